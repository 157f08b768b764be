// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// parray's algorithms over a distributed array: each rank runs the core's chunk bodies on its
// block with its pool, over the chunks planned for the whole array, and the ranks combine the
// chunk results in the order one process would.

#include <mpi.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <exception>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "../chunking.hpp"
#include "../detail/fold.hpp"
#include "../detail/numpy_sum.hpp"
#include "../ndarray.hpp"
#include "../options.hpp"
#include "../parallel.hpp"
#include "agreement.hpp"
#include "collectives.hpp"
#include "distributed_array.hpp"
#include "errors.hpp"
#include "layout.hpp"

namespace parray::mpi {

namespace detail {

// Tags of parray's point-to-point messages (carried partial results and the elements of
// summation blocks cut by a rank boundary); collectives never match them.
inline constexpr int carry_tag = 0x5041;
inline constexpr int piece_tag = 0x5042;

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

// The chunks of `plan` that meet the elements [begin, end), each cut to them: the share of a plan
// made for the whole array that (part of) one rank's block covers.
class plan_part {
public:
    plan_part(const parray::detail::chunk_plan& plan, std::size_t begin, std::size_t end) noexcept
        : plan_(&plan), begin_(begin), end_(end), first_(begin < end ? plan.index_of(begin) : 0),
          count_(begin < end ? plan.index_of(end - 1) + 1 - first_ : 0) {}

    std::size_t size() const noexcept { return count_; }
    chunk_range operator[](std::size_t index) const noexcept {
        const chunk_range chunk = (*plan_)[first_ + index];
        return {std::max(chunk.begin, begin_), std::min(chunk.end, end_)};
    }

private:
    const parray::detail::chunk_plan* plan_;
    std::size_t begin_;
    std::size_t end_;
    std::size_t first_;
    std::size_t count_;
};

// The distributed form of parray::detail::transform_reduce: the same chunks (planned over the
// whole array), each folded from its first element, the chunk partials folded into init in
// order. A chunk cut by a rank boundary is folded across the ranks: the rank where it starts
// folds its part and sends the partial on, the next rank continues from it. Messages a call:
// one carry per cut chunk, then agree() and an MPI_Allgatherv of the chunk partials.
template <class T, class U, class ReduceOp, class Transform>
T transform_reduce(const distributed_array<U>& d, T init, ReduceOp& reduce, Transform& transform,
                   const options& opts, const char* call) {
    check_sendable<T>();
    static_assert(
        parray::detail::starts_from_element_v<T,
                                              parray::detail::transformed_t<Transform, const U*>>,
        "parray::mpi: a rank's partial starts from one element, so init's type must "
        "hold every element's value (a wider arithmetic type, or the element's own)");
    const block_layout& layout = distributed_access::layout(d);
    const MPI_Comm comm = layout.comm;
    const int rank = layout.rank;
    // Depends on the global size and the options only: the same plan on every rank (and in
    // one process). Throws on every rank alike when the options are invalid.
    const parray::detail::chunk_plan plan =
        parray::detail::reduction_plan<parray::detail::short_reduction::by_cost>(
            layout.global_size(), opts);
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
        // [lo, own_begin) continues a chunk from an earlier rank; the chunks from own_begin on
        // start in this block (the last one cut at its end).
        const std::size_t own_begin =
            continues_from_before ? std::min(plan[first_chunk].end, hi) : lo;
        const plan_part own_chunks(plan, own_begin, hi);
        const auto* data = d.local().data();
        // Folds elements [begin, end) (global indices) into `partial`, or from the first.
        const auto fold = [&](std::optional<T>& partial, std::size_t begin, std::size_t end) {
            parray::detail::fold_into(partial, data + (begin - lo), end - begin, reduce, transform);
        };

        // The core's chunk work: each chunk's partial folded from its first element.
        std::vector<std::optional<T>> own(own_chunks.size());
        if (failure == nullptr) {
            try {
                auto fold_chunk = [&](chunk_range r, auto&& emit) {
                    emit(parray::detail::fold_from_first<T>(data + (r.begin - lo), r.size(), reduce,
                                                            transform));
                };
                parray::detail::one_partial_per_chunk slots;
                own = parray::detail::chunk_partials<T>(own_chunks, parray::detail::pool_only(opts),
                                                        fold_chunk, slots);
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
                    fold(partial, lo, own_begin);
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
    const std::vector<T> partials = allgather_values(finalized, agreed.counts, comm);
    auto as_is = [](const T& partial) -> const T& { return partial; };
    return parray::detail::fold_continue(std::move(init), partials.begin(), partials.size(), reduce,
                                         as_is);
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
                // The core's chunk work: the pairwise sums of a chunk's pieces, in order.
                const plan_part whole(plan, whole_begin, whole_end);
                auto sum_chunk = [&](chunk_range r, auto&& emit) {
                    parray::detail::sum_block_segments<T>(data + (r.begin - lo), r, emit);
                };
                auto pieces = [](chunk_range r) { return parray::detail::block_segments(r); };
                for (std::optional<T>& piece : parray::detail::chunk_partials<T>(
                         whole, parray::detail::pool_only(opts), sum_chunk, pieces)) {
                    finalized.push_back(*piece);
                }
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
parray::detail::init_type_t<T> parallel_reduce(const distributed_array<U>& d, T init, ReduceOp&& op,
                                               const options& opts = {}) {
    parray::detail::check_init_type<T, std::remove_reference_t<ReduceOp>, const U&>();
    auto identity = [](const U& x) -> const U& { return x; };
    return detail::transform_reduce(d, parray::detail::init_traits<T>::value(init), op, identity,
                                    opts, "parray::mpi::parallel_reduce");
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
