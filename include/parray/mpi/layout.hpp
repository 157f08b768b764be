// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// How an array lies over the ranks of a communicator, in parray's terms (rows of axis 0) and in
// MPI's (int counts and displacements of a contiguous datatype).

#include <mpi.h>

#include <climits>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "../chunking.hpp"
#include "errors.hpp"

namespace parray::mpi::detail {

// This process's rank in comm, and the number of ranks of comm.
inline int rank_in(MPI_Comm comm) {
    int rank = 0;
    check(MPI_Comm_rank(comm, &rank), "MPI_Comm_rank");
    return rank;
}

inline int ranks_in(MPI_Comm comm) {
    int size = 0;
    check(MPI_Comm_size(comm, &size), "MPI_Comm_size");
    return size;
}

// An MPI datatype of `bytes` contiguous bytes, freed at scope exit: counts and displacements
// are then in values (or rows), not bytes, which keeps them within MPI's int counts longer.
class contiguous_type {
public:
    explicit contiguous_type(std::size_t bytes) {
        if (bytes > static_cast<std::size_t>(INT_MAX)) {
            throw std::length_error("parray::mpi: a row of " + std::to_string(bytes) +
                                    " bytes is more than MPI can send as one item");
        }
        check(MPI_Type_contiguous(static_cast<int>(bytes), MPI_BYTE, &type_),
              "MPI_Type_contiguous");
        check(MPI_Type_commit(&type_), "MPI_Type_commit");
    }
    contiguous_type(const contiguous_type&) = delete;
    contiguous_type& operator=(const contiguous_type&) = delete;
    ~contiguous_type() { MPI_Type_free(&type_); }

    MPI_Datatype get() const noexcept { return type_; }

private:
    MPI_Datatype type_ = MPI_DATATYPE_NULL;
};

// How an array is split over the ranks: the global shape, and the rows [row_offsets[r],
// row_offsets[r + 1]) of axis 0 that rank r holds. Identical on every rank.
struct block_layout {
    MPI_Comm comm = MPI_COMM_NULL;
    int rank = 0;
    std::vector<std::size_t> global_shape;
    std::vector<std::size_t> row_offsets;

    int ranks() const noexcept { return static_cast<int>(row_offsets.size()) - 1; }

    std::size_t row_elements() const noexcept {
        std::size_t elements = 1;
        for (std::size_t axis = 1; axis < global_shape.size(); ++axis) {
            elements *= global_shape[axis];
        }
        return elements;
    }
    std::size_t rows(int r) const noexcept { return row_offsets[r + 1] - row_offsets[r]; }
    // Rank r's block as a range of flat (row-major) element indices of the whole array.
    std::size_t element_begin(int r) const noexcept { return row_offsets[r] * row_elements(); }
    std::size_t element_end(int r) const noexcept { return row_offsets[r + 1] * row_elements(); }
    std::size_t global_size() const noexcept { return element_end(ranks() - 1); }

    std::vector<std::size_t> block_shape(int r) const {
        std::vector<std::size_t> shape = global_shape;
        shape[0] = rows(r);
        return shape;
    }
    // The rank holding flat element `element` (< global_size()).
    int owner_of(std::size_t element) const noexcept {
        int r = 0;
        while (element >= element_end(r)) {
            ++r;
        }
        return r;
    }
    // The next (previous) rank after (before) r whose block is not empty, or -1.
    int next_nonempty(int r) const noexcept {
        for (int q = r + 1; q < ranks(); ++q) {
            if (rows(q) != 0) {
                return q;
            }
        }
        return -1;
    }
    int previous_nonempty(int r) const noexcept {
        for (int q = r - 1; q >= 0; --q) {
            if (rows(q) != 0) {
                return q;
            }
        }
        return -1;
    }
};

// Rows split as evenly as they go, the larger blocks first: the core's chunk_plan::balanced with
// one chunk a rank (the ranks beyond the number of rows get none).
inline block_layout balanced_layout(MPI_Comm comm, std::vector<std::size_t> global_shape) {
    block_layout layout;
    layout.comm = comm;
    layout.rank = rank_in(comm);
    const auto ranks = static_cast<std::size_t>(ranks_in(comm));
    layout.global_shape = std::move(global_shape);
    const std::size_t rows = layout.global_shape[0];
    const parray::detail::chunk_plan plan = parray::detail::chunk_plan::balanced(rows, ranks);
    layout.row_offsets.assign(ranks + 1, rows);
    layout.row_offsets[0] = 0;
    for (std::size_t r = 0; r < plan.size(); ++r) {
        layout.row_offsets[r + 1] = plan[r].end;
    }
    return layout;
}

// The int counts and displacements of MPI's v-collectives for rank r's items [offsets[r],
// offsets[r + 1]). Throws std::length_error naming `count_name` or `offset_name` beyond INT_MAX.
inline std::pair<std::vector<int>, std::vector<int>>
v_counts(const std::vector<std::size_t>& offsets, const char* count_name, const char* offset_name) {
    std::vector<int> counts;
    std::vector<int> displacements;
    for (std::size_t r = 0; r + 1 < offsets.size(); ++r) {
        counts.push_back(to_int_count(offsets[r + 1] - offsets[r], count_name));
        displacements.push_back(to_int_count(offsets[r], offset_name));
    }
    return {std::move(counts), std::move(displacements)};
}

// The rows each rank holds and where they start, in units of one row (see v_counts).
inline std::pair<std::vector<int>, std::vector<int>> row_counts(const block_layout& layout) {
    return v_counts(layout.row_offsets, "a block's rows", "a row offset");
}

} // namespace parray::mpi::detail
