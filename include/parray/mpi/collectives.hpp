// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Moving arrays and values between the ranks: scatter, gather and allgather of distributed
// arrays, and the allgather of the reductions' partial results.

#include <mpi.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "../ndarray.hpp"
#include "agreement.hpp"
#include "distributed_array.hpp"
#include "errors.hpp"
#include "layout.hpp"

namespace parray::mpi {

namespace detail {

// Every rank's values (counts[r] of them from rank r), concatenated in rank order.
template <class T>
std::vector<T> allgather_values(const std::vector<T>& mine, const std::vector<std::size_t>& counts,
                                MPI_Comm comm) {
    std::vector<std::size_t> offsets(1, 0);
    for (const std::size_t count : counts) {
        offsets.push_back(offsets.back() + count);
    }
    const auto [receive_counts, displacements] =
        v_counts(offsets, "a rank's partial results", "the partial results");
    std::vector<T> all(offsets.back());
    const contiguous_type type(sizeof(T));
    check(MPI_Allgatherv(mine.data(), static_cast<int>(mine.size()), type.get(), all.data(),
                         receive_counts.data(), displacements.data(), type.get(), comm),
          "MPI_Allgatherv");
    return all;
}

} // namespace detail

/// Collective: splits `a` (needed on `root` only; other ranks may pass an empty array) into
/// blocks of rows, as even as they go (the first ranks take one row more), one per rank.
/// Throws std::invalid_argument on every rank when root is not a rank of comm, the ranks
/// disagree on it, or a is 0-dimensional; std::length_error when a block has more than
/// INT_MAX rows (MPI's counts are ints).
template <class T>
distributed_array<T> scatter(MPI_Comm comm, const ndarray<T>& a, int root = 0) {
    detail::check_sendable<T>();
    constexpr const char* call = "parray::mpi::scatter";
    const int rank = detail::rank_in(comm);
    std::exception_ptr failure;
    if (rank == root && a.dimension() == 0) {
        failure = std::make_exception_ptr(
            std::invalid_argument(std::string(call) + ": a 0-dimensional array has no rows"));
    }
    detail::agree(comm, call, failure, 0, root, true);

    std::uint64_t dimension = a.dimension();
    detail::check(MPI_Bcast(&dimension, 1, MPI_UINT64_T, root, comm), "MPI_Bcast");
    std::vector<std::uint64_t> shape(a.shape().begin(), a.shape().end());
    shape.resize(dimension);
    detail::check(MPI_Bcast(shape.data(), static_cast<int>(dimension), MPI_UINT64_T, root, comm),
                  "MPI_Bcast");
    detail::block_layout layout =
        detail::balanced_layout(comm, std::vector<std::size_t>(shape.begin(), shape.end()));
    auto local = ndarray<T>::from_shape(layout.block_shape(rank));
    if (layout.global_size() != 0) {
        const auto [counts, displacements] = detail::row_counts(layout);
        const detail::contiguous_type row(layout.row_elements() * sizeof(T));
        detail::check(MPI_Scatterv(rank == root ? a.data() : nullptr, counts.data(),
                                   displacements.data(), row.get(), local.data(), counts[rank],
                                   row.get(), root, comm),
                      "MPI_Scatterv");
    }
    return detail::distributed_access::make(std::move(layout), std::move(local));
}

/// Collective: the whole array on `root`; an empty array (no rows) on the other ranks.
/// Throws std::invalid_argument on every rank when root is not a rank of comm, the ranks
/// disagree on it, or a rank's block no longer has the shape the layout gives it.
template <class T>
ndarray<T> gather(const distributed_array<T>& d, int root = 0) {
    detail::check_sendable<T>();
    constexpr const char* call = "parray::mpi::gather";
    const detail::block_layout& layout = detail::distributed_access::layout(d);
    detail::agree(layout.comm, call, detail::block_mismatch(d, call), 0, root, true);
    std::vector<std::size_t> shape = layout.global_shape;
    if (layout.rank != root) {
        shape[0] = 0;
    }
    auto result = ndarray<T>::from_shape(shape);
    if (layout.global_size() != 0) {
        const auto [counts, displacements] = detail::row_counts(layout);
        const detail::contiguous_type row(layout.row_elements() * sizeof(T));
        detail::check(MPI_Gatherv(d.local().data(), counts[layout.rank], row.get(),
                                  layout.rank == root ? result.data() : nullptr, counts.data(),
                                  displacements.data(), row.get(), root, layout.comm),
                      "MPI_Gatherv");
    }
    return result;
}

/// Collective: the whole array, on every rank. Throws std::invalid_argument on every rank when
/// a rank's block no longer has the shape the layout gives it.
template <class T>
ndarray<T> allgather(const distributed_array<T>& d) {
    detail::check_sendable<T>();
    constexpr const char* call = "parray::mpi::allgather";
    const detail::block_layout& layout = detail::distributed_access::layout(d);
    detail::agree(layout.comm, call, detail::block_mismatch(d, call));
    auto result = ndarray<T>::from_shape(layout.global_shape);
    if (layout.global_size() != 0) {
        const auto [counts, displacements] = detail::row_counts(layout);
        const detail::contiguous_type row(layout.row_elements() * sizeof(T));
        detail::check(MPI_Allgatherv(d.local().data(), counts[layout.rank], row.get(),
                                     result.data(), counts.data(), displacements.data(), row.get(),
                                     layout.comm),
                      "MPI_Allgatherv");
    }
    return result;
}

} // namespace parray::mpi
