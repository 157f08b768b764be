// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// What parray::mpi throws, and the checks that throw it: an MPI error code, a count beyond MPI's
// int counts, a type MPI cannot send as bytes.

#include <mpi.h>

#include <climits>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace parray::mpi {

/// Thrown on the ranks of a collective call that did not fail themselves when another rank
/// did: what() names that rank and repeats its error. (The failing rank throws its own.)
class remote_error : public std::runtime_error {
public:
    remote_error(int rank, const std::string& message)
        : std::runtime_error("parray::mpi: rank " + std::to_string(rank) + " failed: " + message),
          rank_(rank) {}

    /// The rank whose error this is.
    int rank() const noexcept { return rank_; }

private:
    int rank_;
};

/// Thrown when an MPI function returns an error code (with an error handler that returns).
class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

namespace detail {

// Throws parray::mpi::error naming `function` when an MPI call returned an error code.
inline void check(int code, const char* function) {
    if (code != MPI_SUCCESS) {
        char text[MPI_MAX_ERROR_STRING] = {};
        int length = 0;
        MPI_Error_string(code, text, &length);
        throw error(std::string("parray::mpi: ") + function +
                    " failed: " + std::string(text, length));
    }
}

// `count` as the int MPI takes; std::length_error naming `what` when it does not fit.
inline int to_int_count(std::size_t count, const char* what) {
    if (count > static_cast<std::size_t>(INT_MAX)) {
        throw std::length_error(std::string("parray::mpi: ") + what + " of " +
                                std::to_string(count) + " exceeds MPI's int count limit");
    }
    return static_cast<int>(count);
}

// parray::mpi sends every value as its bytes: a compile-time error for a T that is not trivially
// copyable.
template <class T>
inline constexpr void check_sendable() {
    static_assert(std::is_trivially_copyable_v<T>,
                  "parray::mpi sends values as their bytes: the element or result type must be "
                  "trivially copyable (no std::string, std::vector, ...)");
}

} // namespace detail

} // namespace parray::mpi
