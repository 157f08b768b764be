// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <mpi.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "../detail/shape.hpp"
#include "../ndarray.hpp"
#include "errors.hpp"
#include "layout.hpp"

namespace parray::mpi {

template <class T>
class distributed_array;

namespace detail {
// Builds distributed arrays whose layout is already known and agreed (scatter, parallel_map).
struct distributed_access {
    template <class T>
    static distributed_array<T> make(block_layout layout, ndarray<T> local) {
        return distributed_array<T>(std::move(layout), std::move(local));
    }
    template <class T>
    static const block_layout& layout(const distributed_array<T>& d) noexcept {
        return d.layout_;
    }
};
} // namespace detail

/// An array split along axis 0 into contiguous blocks of rows, one per rank of a communicator,
/// in rank order. Each rank holds its block as an ndarray; the layout is known to every rank.
/// Change the values of local() freely; a block whose shape changed makes the next collective
/// call throw std::invalid_argument on every rank.
template <class T>
class distributed_array {
public:
    using value_type = T;
    using shape_type = std::vector<std::size_t>;

    /// Collective: the array whose rows are the ranks' blocks, in rank order. Every block must
    /// have the same number of dimensions (at least 1) and the same extents after axis 0;
    /// otherwise every rank throws std::invalid_argument naming the first rank that differs.
    distributed_array(MPI_Comm comm, ndarray<T> local) : local_(std::move(local)) {
        layout_.comm = comm;
        layout_.rank = detail::rank_in(comm);
        const int ranks = detail::ranks_in(comm);
        const auto dimension = static_cast<std::uint64_t>(local_.dimension());
        std::vector<std::uint64_t> dimensions(static_cast<std::size_t>(ranks));
        detail::check(
            MPI_Allgather(&dimension, 1, MPI_UINT64_T, dimensions.data(), 1, MPI_UINT64_T, comm),
            "MPI_Allgather");
        for (int r = 0; r < ranks; ++r) {
            if (dimensions[r] == 0 || dimensions[r] != dimensions[0]) {
                throw std::invalid_argument(
                    "parray::mpi::distributed_array: rank " + std::to_string(r) + "'s block has " +
                    std::to_string(dimensions[r]) + " dimensions, rank 0's " +
                    std::to_string(dimensions[0]) + " (blocks need the same number, at least 1)");
            }
        }
        const std::size_t ndim = dimensions[0];
        const std::vector<std::uint64_t> mine(local_.shape().begin(), local_.shape().end());
        std::vector<std::uint64_t> shapes(ndim * static_cast<std::size_t>(ranks));
        detail::check(MPI_Allgather(mine.data(), static_cast<int>(ndim), MPI_UINT64_T,
                                    shapes.data(), static_cast<int>(ndim), MPI_UINT64_T, comm),
                      "MPI_Allgather");
        const auto shape_of = [&](int r) {
            return shape_type(shapes.begin() + static_cast<std::ptrdiff_t>(r * ndim),
                              shapes.begin() + static_cast<std::ptrdiff_t>((r + 1) * ndim));
        };
        layout_.global_shape = shape_of(0);
        layout_.row_offsets.assign(static_cast<std::size_t>(ranks) + 1, 0);
        for (int r = 0; r < ranks; ++r) {
            const shape_type shape = shape_of(r);
            if (!std::equal(shape.begin() + 1, shape.end(), layout_.global_shape.begin() + 1)) {
                throw std::invalid_argument("parray::mpi::distributed_array: rank " +
                                            std::to_string(r) + "'s block has shape " +
                                            parray::detail::shape_to_string(shape) + ", rank 0's " +
                                            parray::detail::shape_to_string(shape_of(0)) +
                                            " (blocks must agree on every axis after the first)");
            }
            layout_.row_offsets[r + 1] = layout_.row_offsets[r] + shape[0];
        }
        layout_.global_shape[0] = layout_.row_offsets.back();
    }

    /// This rank's block: rows [offset(), offset() + local().shape()[0]) of the whole array.
    const ndarray<T>& local() const noexcept { return local_; }
    ndarray<T>& local() noexcept { return local_; }
    /// The shape of the whole array.
    const shape_type& global_shape() const noexcept { return layout_.global_shape; }
    /// The number of elements of the whole array.
    std::size_t global_size() const noexcept { return layout_.global_size(); }
    /// The index along axis 0 of this rank's first row.
    std::size_t offset() const noexcept { return layout_.row_offsets[layout_.rank]; }
    /// Rank r holds rows [row_offsets()[r], row_offsets()[r + 1]).
    const std::vector<std::size_t>& row_offsets() const noexcept { return layout_.row_offsets; }
    /// The communicator the array is split over.
    MPI_Comm comm() const noexcept { return layout_.comm; }

private:
    friend struct detail::distributed_access;

    distributed_array(detail::block_layout layout, ndarray<T> local)
        : layout_(std::move(layout)), local_(std::move(local)) {}

    detail::block_layout layout_;
    ndarray<T> local_;
};

namespace detail {

// Why this rank's block cannot take part in a call on d, or nullptr when it can.
template <class T>
std::exception_ptr block_mismatch(const distributed_array<T>& d, const char* call) {
    const block_layout& layout = distributed_access::layout(d);
    const std::vector<std::size_t> expected = layout.block_shape(layout.rank);
    const auto& actual = d.local().shape();
    if (parray::detail::same_shape(actual, expected)) {
        return nullptr;
    }
    return std::make_exception_ptr(std::invalid_argument(
        std::string(call) + ": rank " + std::to_string(layout.rank) + "'s block has shape " +
        parray::detail::shape_to_string(actual) + " where the distributed array expects " +
        parray::detail::shape_to_string(expected)));
}

} // namespace detail

} // namespace parray::mpi
