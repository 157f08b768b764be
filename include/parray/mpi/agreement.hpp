// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// How the ranks of a collective call learn whether all of them succeeded, so that every rank
// throws when one fails (instead of the others waiting for it).

#include <mpi.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <stdexcept>
#include <string>
#include <vector>

#include "errors.hpp"
#include "layout.hpp" // ranks_in

namespace parray::mpi::detail {

// What each rank tells the others at the end of a collective step.
enum class outcome : std::int64_t { ok = 0, invalid_argument = 1, other_error = 2 };

// The ranks' reports of one step: whether it failed, the root each rank passed, and a count
// (how many partial results the rank contributes).
struct reports {
    std::vector<outcome> outcomes;
    std::vector<int> roots;
    std::vector<std::size_t> counts;
};

// Makes every rank of comm learn every rank's outcome, root and count, then throws on every
// rank if the ranks disagree on the root, the root is out of range (when `check_root`), or any
// rank failed: a failing rank rethrows its own exception, the others throw the first failing
// rank's error (std::invalid_argument as such, anything else as remote_error). One
// MPI_Allgather of 24 bytes a rank, plus a broadcast of the message when something failed.
inline reports agree(MPI_Comm comm, const char* call, std::exception_ptr failure,
                     std::size_t count = 0, int root = 0, bool check_root = false) {
    outcome mine = outcome::ok;
    std::string message;
    if (failure != nullptr) {
        try {
            std::rethrow_exception(failure);
        } catch (const std::invalid_argument& e) {
            mine = outcome::invalid_argument;
            message = e.what();
        } catch (const std::exception& e) {
            mine = outcome::other_error;
            message = e.what();
        } catch (...) {
            mine = outcome::other_error;
            message = "an exception not derived from std::exception";
        }
    }
    const int ranks = ranks_in(comm);
    const std::int64_t report[3] = {static_cast<std::int64_t>(mine), root,
                                    static_cast<std::int64_t>(count)};
    std::vector<std::int64_t> all(3 * static_cast<std::size_t>(ranks));
    check(MPI_Allgather(report, 3, MPI_INT64_T, all.data(), 3, MPI_INT64_T, comm), "MPI_Allgather");
    reports result;
    int first_failure = -1;
    for (int r = 0; r < ranks; ++r) {
        const std::size_t at = 3 * static_cast<std::size_t>(r);
        result.outcomes.push_back(static_cast<outcome>(all[at]));
        result.roots.push_back(static_cast<int>(all[at + 1]));
        result.counts.push_back(static_cast<std::size_t>(all[at + 2]));
        if (first_failure < 0 && result.outcomes.back() != outcome::ok) {
            first_failure = r;
        }
    }
    if (check_root) {
        for (int r = 0; r < ranks; ++r) {
            if (result.roots[r] != result.roots[0]) {
                throw std::invalid_argument(
                    std::string(call) + ": the ranks disagree on the root: rank 0 passed " +
                    std::to_string(result.roots[0]) + ", rank " + std::to_string(r) + " passed " +
                    std::to_string(result.roots[r]));
            }
        }
        if (root < 0 || root >= ranks) {
            throw std::invalid_argument(std::string(call) + ": root " + std::to_string(root) +
                                        " is not a rank of this communicator (0 to " +
                                        std::to_string(ranks - 1) + ")");
        }
    }
    if (first_failure < 0) {
        return result;
    }
    std::uint64_t length = message.size();
    check(MPI_Bcast(&length, 1, MPI_UINT64_T, first_failure, comm), "MPI_Bcast");
    std::string first_message = failure != nullptr ? message : std::string();
    first_message.resize(length);
    check(MPI_Bcast(first_message.data(), to_int_count(length, "an error message"), MPI_CHAR,
                    first_failure, comm),
          "MPI_Bcast");
    if (failure != nullptr) {
        std::rethrow_exception(failure);
    }
    if (result.outcomes[first_failure] == outcome::invalid_argument) {
        throw std::invalid_argument("rank " + std::to_string(first_failure) + ": " + first_message);
    }
    throw remote_error(first_failure, first_message);
}

} // namespace parray::mpi::detail
