// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// parray::mpi: parray's calls across the ranks of an MPI communicator. An array is split along
// axis 0 into one contiguous block of rows per rank; each rank runs the ordinary parray calls
// on its block with its own thread pool, and the reductions combine the ranks' partial results
// in the order one process would, so that they are bit-identical to the single-process calls
// for any number of ranks and threads.
//
// Needs MPI (CMake target parray::mpi). MPI is called only from the thread that calls the
// functions below, which must be the thread that initialised MPI (MPI_THREAD_FUNNELED); the
// pools' workers never call MPI. Every function taking a communicator or a distributed_array is
// collective: all ranks of the communicator must call it, in the same order, with the same
// options. On failure every rank throws, never only some (which would leave the others waiting).

#include <mpi.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "chunking.hpp"
#include "detail/fold.hpp"
#include "detail/numpy_sum.hpp"
#include "detail/shape.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "parallel.hpp"

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

using parray::detail::shape_to_string;

inline void check(int code, const char* function) {
    if (code != MPI_SUCCESS) {
        char text[MPI_MAX_ERROR_STRING] = {};
        int length = 0;
        MPI_Error_string(code, text, &length);
        throw error(std::string("parray::mpi: ") + function +
                    " failed: " + std::string(text, length));
    }
}

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

// Tags of parray's point-to-point messages (carried partial results and the elements of
// summation blocks cut by a rank boundary); collectives never match them.
inline constexpr int carry_tag = 0x5041;
inline constexpr int piece_tag = 0x5042;

template <class T>
inline constexpr void check_sendable() {
    static_assert(std::is_trivially_copyable_v<T>,
                  "parray::mpi sends values as their bytes: the element or result type must be "
                  "trivially copyable (no std::string, std::vector, ...)");
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

inline int to_int_count(std::size_t count, const char* what) {
    if (count > static_cast<std::size_t>(INT_MAX)) {
        throw std::length_error(std::string("parray::mpi: ") + what + " of " +
                                std::to_string(count) + " exceeds MPI's int count limit");
    }
    return static_cast<int>(count);
}

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

// Rows split as evenly as they go, the larger blocks first (as chunk_plan::balanced).
inline block_layout balanced_layout(MPI_Comm comm, std::vector<std::size_t> global_shape) {
    block_layout layout;
    layout.comm = comm;
    layout.rank = rank_in(comm);
    const auto ranks = static_cast<std::size_t>(ranks_in(comm));
    layout.global_shape = std::move(global_shape);
    const std::size_t rows = layout.global_shape[0];
    layout.row_offsets.assign(ranks + 1, 0);
    for (std::size_t r = 0; r < ranks; ++r) {
        layout.row_offsets[r + 1] = layout.row_offsets[r] + rows / ranks + (r < rows % ranks);
    }
    return layout;
}

// The rows each rank holds and where they start, as the int counts and displacements of
// MPI's v-collectives (in units of one row). Throws std::length_error beyond INT_MAX.
inline std::pair<std::vector<int>, std::vector<int>> row_counts(const block_layout& layout) {
    std::vector<int> counts;
    std::vector<int> displacements;
    for (int r = 0; r < layout.ranks(); ++r) {
        counts.push_back(to_int_count(layout.rows(r), "a block's rows"));
        displacements.push_back(to_int_count(layout.row_offsets[r], "a row offset"));
    }
    return {std::move(counts), std::move(displacements)};
}

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

} // namespace detail

/// RAII over MPI_Init_thread / MPI_Finalize. Asks for MPI_THREAD_FUNNELED (only the thread that
/// initialised MPI calls it) and throws std::runtime_error when MPI provides less. When the
/// program has already initialised MPI itself, only checks its thread level and leaves the
/// finalisation to the program. Throws std::logic_error when MPI was already finalised.
class environment {
public:
    /// The thread support parray::mpi needs from MPI.
    static constexpr int required_thread_level = MPI_THREAD_FUNNELED;

    environment(int& argc, char**& argv) { start(&argc, &argv); }
    environment() { start(nullptr, nullptr); }
    environment(const environment&) = delete;
    environment& operator=(const environment&) = delete;

    /// Finalises MPI if this object initialised it (and nothing finalised it since).
    ~environment() {
        if (owns_mpi_) {
            int finalized = 0;
            MPI_Finalized(&finalized);
            if (finalized == 0) {
                MPI_Finalize();
            }
        }
    }

    /// The thread level MPI provides (MPI_THREAD_SINGLE ... MPI_THREAD_MULTIPLE).
    int thread_level() const noexcept { return thread_level_; }
    /// Whether this object initialised MPI, and so will finalise it.
    bool owns_mpi() const noexcept { return owns_mpi_; }

private:
    void start(int* argc, char*** argv) {
        int finalized = 0;
        detail::check(MPI_Finalized(&finalized), "MPI_Finalized");
        if (finalized != 0) {
            throw std::logic_error("parray::mpi::environment: MPI was already finalised");
        }
        int initialized = 0;
        detail::check(MPI_Initialized(&initialized), "MPI_Initialized");
        if (initialized != 0) {
            detail::check(MPI_Query_thread(&thread_level_), "MPI_Query_thread");
        } else {
            detail::check(MPI_Init_thread(argc, argv, required_thread_level, &thread_level_),
                          "MPI_Init_thread");
            owns_mpi_ = true;
        }
        if (thread_level_ < required_thread_level) {
            if (owns_mpi_) {
                MPI_Finalize();
                owns_mpi_ = false;
            }
            throw std::runtime_error("parray::mpi::environment: MPI provides thread level " +
                                     std::to_string(thread_level_) +
                                     ", parray::mpi needs MPI_THREAD_FUNNELED (" +
                                     std::to_string(required_thread_level) + ") or more");
        }
    }

    int thread_level_ = MPI_THREAD_SINGLE;
    bool owns_mpi_ = false;
};

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
                                            detail::shape_to_string(shape) + ", rank 0's " +
                                            detail::shape_to_string(shape_of(0)) +
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
    if (actual.size() == expected.size() &&
        std::equal(actual.begin(), actual.end(), expected.begin())) {
        return nullptr;
    }
    return std::make_exception_ptr(
        std::invalid_argument(std::string(call) + ": rank " + std::to_string(layout.rank) +
                              "'s block has shape " + shape_to_string(actual) +
                              " where the distributed array expects " + shape_to_string(expected)));
}

// Sends (receives) one value as bytes, with a flag saying whether the sender failed.
template <class T>
void send_carry(const T& value, bool failed, int destination, MPI_Comm comm) {
    unsigned char message[sizeof(T) + 1];
    std::memcpy(message, &value, sizeof(T));
    message[sizeof(T)] = failed ? 1 : 0;
    check(
        MPI_Send(message, static_cast<int>(sizeof message), MPI_BYTE, destination, carry_tag, comm),
        "MPI_Send");
}

template <class T>
bool receive_carry(T& value, int source, MPI_Comm comm) {
    unsigned char message[sizeof(T) + 1];
    check(MPI_Recv(message, static_cast<int>(sizeof message), MPI_BYTE, source, carry_tag, comm,
                   MPI_STATUS_IGNORE),
          "MPI_Recv");
    std::memcpy(&value, message, sizeof(T));
    return message[sizeof(T)] == 0;
}

// Every rank's values (counts[r] of them from rank r), concatenated in rank order.
template <class T>
std::vector<T> allgather_values(const std::vector<T>& mine, const std::vector<std::size_t>& counts,
                                MPI_Comm comm) {
    std::vector<int> receive_counts;
    std::vector<int> displacements;
    std::size_t total = 0;
    for (const std::size_t count : counts) {
        receive_counts.push_back(to_int_count(count, "a rank's partial results"));
        displacements.push_back(to_int_count(total, "the partial results"));
        total += count;
    }
    std::vector<T> all(total);
    const contiguous_type type(sizeof(T));
    check(MPI_Allgatherv(mine.data(), static_cast<int>(mine.size()), type.get(), all.data(),
                         receive_counts.data(), displacements.data(), type.get(), comm),
          "MPI_Allgatherv");
    return all;
}

// The distributed form of parray::detail::transform_reduce: the same chunks (planned over the
// whole array), each folded from its first element, the chunk partials folded into init in
// order. A chunk cut by a rank boundary is folded across the ranks: the rank where it starts
// folds its part and sends the partial on, the next rank continues from it. Messages a call:
// one carry per cut chunk, then agree() and an MPI_Allgatherv of the chunk partials.
template <class T, class U, class ReduceOp, class Transform>
T transform_reduce(const distributed_array<U>& d, T init, ReduceOp& reduce, Transform& transform,
                   const options& opts, const char* call) {
    check_sendable<T>();
    const block_layout& layout = distributed_access::layout(d);
    const MPI_Comm comm = layout.comm;
    const int rank = layout.rank;
    // Depends on the global size and the options only: the same plan on every rank (and in
    // one process). Throws on every rank alike when the options are invalid.
    const parray::detail::chunk_plan plan =
        parray::detail::make_chunk_plan(layout.global_size(), opts);
    const std::size_t lo = layout.element_begin(rank);
    const std::size_t hi = layout.element_end(rank);

    std::exception_ptr failure = block_mismatch(d, call);
    std::vector<T> finalized; // partials of the chunks that end in this block, in order
    if (hi > lo) {
        const std::size_t first_chunk = plan.index_of(lo);
        const std::size_t last_chunk = plan.index_of(hi - 1);
        const bool continues_from_before = plan[first_chunk].begin < lo;
        const bool continues_after = plan[last_chunk].end > hi;
        const bool passes_through =
            continues_from_before && continues_after && first_chunk == last_chunk;
        const std::size_t first_own = continues_from_before ? first_chunk + 1 : first_chunk;
        const std::size_t own_count = last_chunk + 1 - first_own; // chunks starting here
        const auto* data = d.local().data();
        // Folds elements [begin, end) (global indices) into `partial`, or from the first.
        const auto fold = [&](std::optional<T>& partial, std::size_t begin, std::size_t end) {
            parray::detail::fold_into(partial, data + (begin - lo), end - begin, reduce, transform);
        };

        std::vector<std::optional<T>> own(own_count);
        if (failure == nullptr) {
            try {
                const parray::detail::chunk_plan own_plan =
                    parray::detail::chunk_plan::fixed(own_count, 1);
                auto body = [&](std::size_t index, chunk_range) {
                    const chunk_range chunk = plan[first_own + index];
                    fold(own[index], chunk.begin, std::min(chunk.end, hi));
                };
                parray::detail::for_each_chunk(own_plan, parray::detail::pool_only(opts), body);
            } catch (...) {
                failure = std::current_exception();
            }
        }
        // The carries run forward only (from lower ranks to higher), so they cannot deadlock;
        // a failed rank still sends, flagged, so that no rank waits for it.
        const int next = layout.next_nonempty(rank);
        if (continues_after && !passes_through) {
            send_carry(own.back().value_or(T(init)), failure != nullptr, next, comm);
            own.pop_back();
        }
        if (continues_from_before) {
            T carried(init);
            const bool carried_ok = receive_carry(carried, layout.previous_nonempty(rank), comm);
            std::optional<T> partial(std::move(carried));
            if (carried_ok && failure == nullptr) {
                try {
                    fold(partial, lo, std::min(plan[first_chunk].end, hi));
                } catch (...) {
                    failure = std::current_exception();
                }
            }
            if (passes_through) {
                send_carry(*partial, failure != nullptr || !carried_ok, next, comm);
            } else {
                finalized.push_back(std::move(*partial));
            }
        }
        for (std::optional<T>& partial : own) {
            finalized.push_back(failure == nullptr ? std::move(*partial) : T(init));
        }
    }
    const reports agreed = agree(comm, call, failure, finalized.size());
    for (const T& partial : allgather_values(finalized, agreed.counts, comm)) {
        init = std::invoke(reduce, std::move(init), partial);
    }
    return init;
}

// The distributed form of parray::detail::floating_sum: the same pieces (chunks planned over
// the whole array, cut at every multiple of NumPy's 8192-element block), each summed pairwise,
// the piece sums added in order. A piece cut by a rank boundary (at most 8191 elements) is sent
// whole to the rank where it starts. Messages a call: at most one piece per rank boundary, then
// agree() and an MPI_Allgatherv of the piece sums.
template <class T>
T floating_sum(const distributed_array<T>& d, const options& opts, const char* call) {
    const block_layout& layout = distributed_access::layout(d);
    const MPI_Comm comm = layout.comm;
    const int rank = layout.rank;
    const parray::detail::chunk_plan plan =
        parray::detail::make_chunk_plan(layout.global_size(), opts);
    constexpr std::size_t block = parray::detail::numpy_block_size;
    // The piece holding element i: its chunk, cut at the blocks around i.
    const auto piece_of = [&](std::size_t i) {
        const chunk_range chunk = plan[plan.index_of(i)];
        return chunk_range{std::max(chunk.begin, i / block * block),
                           std::min(chunk.end, (i / block + 1) * block)};
    };
    const std::size_t lo = layout.element_begin(rank);
    const std::size_t hi = layout.element_end(rank);

    std::exception_ptr failure = block_mismatch(d, call);
    std::vector<T> finalized; // sums of the pieces that start in this block, in order
    if (hi > lo) {
        const T* data = d.local().data();
        const chunk_range head = piece_of(lo);
        const chunk_range tail = piece_of(hi - 1);
        const bool cut_before = head.begin < lo;
        const bool cut_after = tail.end > hi;
        // Whole pieces lie in [whole_begin, whole_end).
        const std::size_t whole_begin = cut_before ? std::min(head.end, hi) : lo;
        const std::size_t whole_end = cut_after ? std::max(tail.begin, whole_begin) : hi;

        if (whole_begin < whole_end && failure == nullptr) {
            try {
                const std::size_t first_chunk = plan.index_of(whole_begin);
                const std::size_t chunk_count = plan.index_of(whole_end - 1) + 1 - first_chunk;
                const auto part = [&](std::size_t index) {
                    const chunk_range chunk = plan[first_chunk + index];
                    return chunk_range{std::max(chunk.begin, whole_begin),
                                       std::min(chunk.end, whole_end)};
                };
                std::vector<std::size_t> first_slot(chunk_count + 1, 0);
                for (std::size_t i = 0; i < chunk_count; ++i) {
                    first_slot[i + 1] = first_slot[i] + parray::detail::block_segments(part(i));
                }
                finalized.resize(first_slot.back());
                auto body = [&](std::size_t index, chunk_range) {
                    const chunk_range r = part(index);
                    T* slot = finalized.data() + first_slot[index];
                    parray::detail::sum_block_segments<T>(data + (r.begin - lo), r,
                                                          [&](T partial) { *slot++ = partial; });
                };
                parray::detail::for_each_chunk(parray::detail::chunk_plan::fixed(chunk_count, 1),
                                               parray::detail::pool_only(opts), body);
            } catch (...) {
                failure = std::current_exception();
                finalized.clear();
            }
        }
        const contiguous_type type(sizeof(T));
        if (cut_before) {
            // This block's part of a piece that started on an earlier rank goes there whole;
            // zeros when this block is not what it should be (the call then fails anyway).
            const std::size_t end = std::min(head.end, hi);
            std::vector<T> part(end - lo, T(0));
            if (failure == nullptr) {
                std::copy(data, data + (end - lo), part.begin());
            }
            check(MPI_Send(part.data(), static_cast<int>(part.size()), type.get(),
                           layout.owner_of(head.begin), piece_tag, comm),
                  "MPI_Send");
        }
        if (cut_after && tail.begin >= lo) {
            // This rank sums the piece that starts here: the rest comes from the next ranks.
            std::vector<T> piece(tail.size(), T(0));
            if (failure == nullptr) {
                std::copy(data + (tail.begin - lo), data + (hi - lo), piece.begin());
            }
            for (int q = layout.next_nonempty(rank); q >= 0 && layout.element_begin(q) < tail.end;
                 q = layout.next_nonempty(q)) {
                const std::size_t begin = layout.element_begin(q);
                const std::size_t end = std::min(layout.element_end(q), tail.end);
                check(MPI_Recv(piece.data() + (begin - tail.begin), static_cast<int>(end - begin),
                               type.get(), q, piece_tag, comm, MPI_STATUS_IGNORE),
                      "MPI_Recv");
            }
            finalized.push_back(parray::detail::numpy_pairwise_sum<T>(piece.data(), piece.size()));
        }
    }
    const reports agreed = agree(comm, call, failure, finalized.size());
    T total = T(0);
    for (const T partial : allgather_values(finalized, agreed.counts, comm)) {
        total += partial;
    }
    return total;
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

/// Collective: f applied to every element, each rank mapping its own block with
/// parray::parallel_map on its pool (opts as there). The result has d's layout. The only
/// message is agree()'s 24 bytes a rank, so that an exception in f on any rank is thrown on
/// every rank (there as remote_error), never leaving the others waiting.
template <class T, class F>
auto parallel_map(const distributed_array<T>& d, F&& f, const options& opts = {}) {
    using result_type = std::decay_t<std::invoke_result_t<F&, const T&>>;
    constexpr const char* call = "parray::mpi::parallel_map";
    const detail::block_layout& layout = detail::distributed_access::layout(d);
    std::exception_ptr failure = detail::block_mismatch(d, call);
    ndarray<result_type> local;
    if (failure == nullptr) {
        try {
            local = parray::parallel_map(d.local(), f, opts);
        } catch (...) {
            failure = std::current_exception();
        }
    }
    detail::agree(layout.comm, call, failure);
    return detail::distributed_access::make(layout, std::move(local));
}

/// Collective: the same value on every rank, bit for bit what parray::parallel_reduce(a, init,
/// op, opts) gives in one process for the gathered array a, whatever the number of ranks and
/// threads. T must be trivially copyable. Exceptions from op reach every rank.
template <class T, class U, class ReduceOp>
T parallel_reduce(const distributed_array<U>& d, T init, ReduceOp&& op, const options& opts = {}) {
    auto identity = [](const U& x) -> const U& { return x; };
    return detail::transform_reduce(d, std::move(init), op, identity, opts,
                                    "parray::mpi::parallel_reduce");
}

/// Collective: the sum of all elements on every rank, bit for bit parray::parallel_sum of the
/// gathered array in one process (so np.sum's with automatic chunks), whatever the number of
/// ranks and threads. Result type as parray::parallel_sum's.
template <class T>
auto parallel_sum(const distributed_array<T>& d, const options& opts = {}) {
    constexpr const char* call = "parray::mpi::parallel_sum";
    if constexpr (std::is_floating_point_v<T>) {
        return detail::floating_sum(d, opts, call);
    } else {
        using integer_sum = parray::detail::integer_sum<T>;
        integer_sum widen;
        std::plus<typename integer_sum::unsigned_type> add;
        return integer_sum::to_result(detail::transform_reduce(
            d, typename integer_sum::unsigned_type(0), add, widen, opts, call));
    }
}

} // namespace parray::mpi
