// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "chunking.hpp"
#include "config.hpp"
#include "detail/array_access.hpp"
#include "detail/numpy_sum.hpp"
#include "detail/streaming_store.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "thread_pool.hpp"

namespace parray {

namespace detail {

// The pool a call with these options runs on.
inline thread_pool& pool_for(const options& opts) {
    return opts.pool() != nullptr ? *opts.pool() : default_pool();
}

// Runs body(chunk_index, range) for every chunk of `plan` and returns when all are done. One
// chunk runs on the calling thread without touching any pool; more run on the pool of `opts`,
// the calling thread taking its share. The first exception is rethrown here; a set stop flag
// makes it throw parray::cancelled, and a progress callback is called as options documents.
template <class Body>
void for_each_chunk(const chunk_plan& plan, const options& opts, Body& body) {
    if (!opts.is_watched()) {
        if (plan.size() == 0) {
            return;
        }
        if (plan.size() == 1) {
            body(std::size_t{0}, plan[0]);
            return;
        }
    }
    struct context_type {
        const chunk_plan* plan;
        Body* body;
    } context{&plan, &body};
    job parallel_job(
        plan.size(),
        [](void* opaque, std::size_t index) {
            auto& ctx = *static_cast<context_type*>(opaque);
            (*ctx.body)(index, (*ctx.plan)[index]);
        },
        &context, opts.stop_flag(), bool(opts.progress()));
    std::optional<progress_reporter> reporter;
    if (opts.progress()) {
        reporter.emplace(opts.progress(), plan.size());
    }
    progress_reporter* const report = reporter ? &*reporter : nullptr;
    if (plan.size() <= 1) {
        // Watched, but nothing to share: run it here, with the job's checks and reports.
        parallel_job.work(report);
        parallel_job.finish(report);
        return;
    }
    run_job(pool_for(opts), parallel_job, report);
}

// Whether a call takes the automatic chunks and reports to no one: the calls that may take a
// short path on the calling thread.
inline bool automatic_and_unwatched(const options& opts) noexcept {
    return opts.chunk_size() == 0 && opts.num_chunks() == 0 && !opts.is_watched();
}

template <class E>
using value_type_t = typename std::decay_t<E>::value_type;

// The chunks of a call whose results cannot depend on them (an element-wise map or
// evaluation, an index loop): the automatic plan, made finer when it has fewer than
// chunks_per_thread chunks a thread, down to chunks of smallest_elementwise_chunk elements
// (see constants.hpp). Set chunks are kept as they are.
inline chunk_plan elementwise_plan(std::size_t n, const options& opts) {
    chunk_plan plan = make_chunk_plan(n, opts);
    if (opts.chunk_size() != 0 || opts.num_chunks() != 0 || plan.size() <= 1) {
        return plan;
    }
    const std::size_t wanted =
        std::min(chunks_per_thread * pool_for(opts).size(),
                 (n + smallest_elementwise_chunk - 1) / smallest_elementwise_chunk);
    if (wanted <= plan.size()) {
        return plan;
    }
    const std::size_t chunk = ((n + wanted - 1) / wanted + 7) / 8 * 8;
    return chunk_plan::fixed(n, chunk);
}

// Runs body(0, range) over [0, n) for a call whose results cannot depend on its chunks (a map,
// an index loop). Automatic chunks: up to serial_grain elements run on the calling thread,
// unless costly elements make sharing them pay (an index loop whose element i takes i / 16
// steps ran in 24 ms inline over 2 * 10^4 elements, 12 ms shared on 2 threads); more run in
// elementwise_plan's chunks. Set chunks are used as they are.
template <class Body>
void for_each_elementwise_chunk(std::size_t n, const options& opts, Body& body) {
    if (n <= serial_grain && automatic_and_unwatched(opts)) {
        if (n == 0) {
            return;
        }
        thread_pool& pool = pool_for(opts);
        if (n < probe_min_elements || pool.size() < 2) {
            body(std::size_t{0}, chunk_range{0, n});
            return;
        }
        const std::size_t probe = n / probe_fraction;
        const auto start = std::chrono::steady_clock::now();
        body(std::size_t{0}, chunk_range{0, probe});
        const auto elapsed = std::chrono::steady_clock::now() - start;
        const std::size_t rest = n - probe;
        if (elapsed * static_cast<std::chrono::steady_clock::rep>(rest / probe) <
            share_work_above) {
            body(std::size_t{0}, chunk_range{probe, n});
            return;
        }
        // Many chunks: costly elements are often unevenly costly (see elementwise_plan).
        const chunk_plan plan = chunk_plan::balanced(rest, chunks_per_thread * pool.size());
        auto shifted = [&](std::size_t index, chunk_range r) {
            body(index, chunk_range{r.begin + probe, r.end + probe});
        };
        for_each_chunk(plan, opts, shifted);
        return;
    }
    const chunk_plan plan = elementwise_plan(n, opts);
    for_each_chunk(plan, opts, body);
}

// What a chunk function's result is stored as: an xtensor expression is evaluated into an
// ndarray (inside the worker, while the chunk it may refer to is alive); anything else decays.
template <class R, bool = is_expression_v<R>>
struct chunk_result {
    using type = std::decay_t<R>;
};
template <class R>
struct chunk_result<R, true> {
    using type = ndarray<typename std::decay_t<R>::value_type>;
};

// Whether R is an xtensor expression other than a container (an xfunction, a view): one
// that can be evaluated into an existing array without a temporary.
template <class R>
inline constexpr bool is_lazy_expression_v = is_expression_v<R> && !is_container_v<R>;

template <class R>
struct is_ndarray : std::false_type {};
template <class T>
struct is_ndarray<ndarray<T>> : std::true_type {};

// A value of R that holds no heap storage, to be overwritten: an ndarray of shape {0} (its
// default is a 0-d array of one element), any other type's default.
template <class R>
R unallocated() {
    if constexpr (is_ndarray<R>::value) {
        return R::from_shape({0});
    } else {
        return R();
    }
}

template <class E>
using chunk_view_t = decltype(xt::view(std::declval<const E&>(), xt::range(0, 0)));

// transform_reduce past its short path (see floating_sum_in_chunks).
template <class E, class Data, class T, class ReduceOp, class Transform>
PARRAY_NOINLINE T transform_reduce_in_chunks(const E& a, Data data, T init, ReduceOp& reduce,
                                             Transform& transform, const options& opts) {
    const chunk_plan plan = make_chunk_plan(a.size(), opts);
    // Chunk i's partial is its left fold from its first element; the result folds the partials
    // into init in chunk order, so op need not be commutative and init enters exactly once.
    const auto fold_chunk = [&](chunk_range r) {
        return with_range(a, data, r, [&](auto first, std::size_t count) {
            T partial(std::invoke(transform, *first));
            ++first;
            for (std::size_t i = 1; i < count; ++i, ++first) {
                partial = std::invoke(reduce, std::move(partial), std::invoke(transform, *first));
            }
            return partial;
        });
    };
    if (plan.size() <= 1 && !opts.is_watched()) {
        return plan.size() == 0 ? init : std::invoke(reduce, std::move(init), fold_chunk(plan[0]));
    }
    prepare_for_concurrent_reads(a);
    std::vector<std::optional<T>> partials(plan.size());
    auto body = [&](std::size_t index, chunk_range r) { partials[index].emplace(fold_chunk(r)); };
    for_each_chunk(plan, opts, body);
    for (std::optional<T>& partial : partials) {
        init = std::invoke(reduce, std::move(init), std::move(*partial));
    }
    return init;
}

template <class E, class T, class ReduceOp, class Transform>
T transform_reduce(const E& a, T init, ReduceOp& reduce, Transform& transform,
                   const options& opts) {
    const auto data = contiguous_data(a);
    if constexpr (!std::is_null_pointer_v<decltype(data)>) {
        // The common small call, kept short: contiguous data, one chunk, nothing to watch. The
        // fold is the one-chunk fold: init, then the left fold from the first element.
        if (data != nullptr && a.size() <= serial_grain && a.size() != 0 &&
            automatic_and_unwatched(opts)) {
            T partial(std::invoke(transform, data[0]));
            for (std::size_t i = 1, n = a.size(); i < n; ++i) {
                partial = std::invoke(reduce, std::move(partial), std::invoke(transform, data[i]));
            }
            return std::invoke(reduce, std::move(init), std::move(partial));
        }
    }
    return transform_reduce_in_chunks(a, data, std::move(init), reduce, transform, opts);
}

// floating_sum past its short path: a function of its own, so that the short path stays small
// enough to be inlined into the caller.
template <class E, class Data>
PARRAY_NOINLINE auto floating_sum_in_chunks(const E& a, Data data, const options& opts) {
    using T = value_type_t<E>;
    if constexpr (!std::is_null_pointer_v<Data>) {
        if (data != nullptr && a.size() <= serial_grain && automatic_and_unwatched(opts)) {
            // One chunk of contiguous data, summed block by block.
            T total = T(0);
            for (std::size_t begin = 0; begin < a.size(); begin += numpy_block_size) {
                total += numpy_pairwise_sum<T>(data + begin,
                                               std::min(numpy_block_size, a.size() - begin));
            }
            return total;
        }
    }
    const chunk_plan plan = make_chunk_plan(a.size(), opts);
    T total = T(0);
    if (plan.size() <= 1 && !opts.is_watched()) {
        if (plan.size() == 1) {
            with_range(a, data, plan[0], [&](auto first, std::size_t) {
                sum_block_segments<T>(first, plan[0], [&](T partial) { total += partial; });
            });
        }
        return total;
    }
    // Every chunk writes the sums of its pieces (cut at NumPy's block boundaries) to its own
    // slots; adding them up in order afterwards gives a result that does not depend on which
    // thread ran what, and, with automatic chunks, equals np.sum bit for bit.
    std::vector<std::size_t> first_slot(plan.size() + 1, 0);
    for (std::size_t i = 0; i < plan.size(); ++i) {
        first_slot[i + 1] = first_slot[i] + block_segments(plan[i]);
    }
    std::vector<T> partials(first_slot.back());
    prepare_for_concurrent_reads(a);
    auto body = [&](std::size_t index, chunk_range r) {
        T* slot = partials.data() + first_slot[index];
        with_range(a, data, r, [&](auto first, std::size_t) {
            sum_block_segments<T>(first, r, [&](T partial) { *slot++ = partial; });
        });
    };
    for_each_chunk(plan, opts, body);
    for (const T partial : partials) {
        total += partial;
    }
    return total;
}

template <class E>
auto floating_sum(const E& a, const options& opts) {
    using T = value_type_t<E>;
    const auto data = contiguous_data(a);
    if constexpr (!std::is_null_pointer_v<decltype(data)>) {
        // The common small call, kept short: one leaf of contiguous data, nothing to watch.
        if (data != nullptr && a.size() <= numpy_pairwise_leaf_size &&
            automatic_and_unwatched(opts)) {
            return T(0) + numpy_pairwise_leaf<T>(data, a.size());
        }
    }
    return floating_sum_in_chunks(a, data, opts);
}

// map_into past its short path (see floating_sum_in_chunks).
template <class E, class Out, class InData, class OutData, class F>
PARRAY_NOINLINE void map_into_in_chunks(const E& a, Out& out, InData in_data, OutData out_data,
                                        F& f, const options& opts) {
    if (a.size() >= probe_min_elements || opts.chunk_size() != 0 || opts.num_chunks() != 0) {
        prepare_for_concurrent_reads(a);
        prepare_for_concurrent_reads(out);
    }
    using out_value = value_type_t<Out>;
    if constexpr (!std::is_null_pointer_v<decltype(in_data)> &&
                  !std::is_null_pointer_v<decltype(out_data)> && can_stream_store_v<out_value>) {
        if (in_data != nullptr && out_data != nullptr &&
            use_streaming_stores(in_data, out_data, a.size())) {
            store_choice stores;
            auto streaming_body = [&](std::size_t, chunk_range r) {
                stores.map(in_data + r.begin, out_data + r.begin, r.size(), f);
            };
            for_each_chunk(elementwise_plan(a.size(), opts), opts, streaming_body);
            return;
        }
    }
    auto body = [&](std::size_t, chunk_range r) {
        with_range(a, in_data, r, [&](auto in, std::size_t count) {
            with_range(out, out_data, r, [&](auto dest, std::size_t) {
                PARRAY_UNROLL_4
                for (std::size_t i = 0; i < count; ++i, ++in, ++dest) {
                    *dest = std::invoke(f, *in);
                }
            });
        });
    };
    for_each_elementwise_chunk(a.size(), opts, body);
}

template <class E, class Out, class F>
void map_into(const E& a, Out& out, F& f, const options& opts) {
    const auto in_data = contiguous_data(a);
    const auto out_data = contiguous_data(out);
    if constexpr (!std::is_null_pointer_v<decltype(in_data)> &&
                  !std::is_null_pointer_v<decltype(out_data)>) {
        // The common small call, kept short: contiguous data, one chunk, nothing to watch.
        if (in_data != nullptr && out_data != nullptr && a.size() < probe_min_elements &&
            automatic_and_unwatched(opts)) {
            PARRAY_UNROLL_4
            for (std::size_t i = 0, n = a.size(); i < n; ++i) {
                out_data[i] = std::invoke(f, in_data[i]);
            }
            return;
        }
    }
    map_into_in_chunks(a, out, in_data, out_data, f, opts);
}

} // namespace detail

/// Calls f(i) for every i in [first, last), in chunks run in parallel; returns when all are done.
/// Sequential equivalent: `for (auto i = first; i != last; ++i) f(i);`. f must be safe to call
/// from several threads at once. Throws std::invalid_argument when last < first, and rethrows
/// the first exception f throws (chunks not yet started are then skipped).
template <class Index, class F, std::enable_if_t<std::is_integral_v<Index>, int> = 0>
void parallel_for(Index first, Index last, F&& f, const options& opts = {}) {
    if (last < first) {
        throw std::invalid_argument("parray::parallel_for: last (" + std::to_string(last) +
                                    ") is before first (" + std::to_string(first) + ")");
    }
    // Unsigned arithmetic: last - first may not fit in Index (think -100..100 as int8_t), and
    // wraps around correctly where a signed subtraction would overflow.
    using unsigned_index = std::make_unsigned_t<Index>;
    const auto n = static_cast<std::size_t>(static_cast<unsigned_index>(
        static_cast<unsigned_index>(last) - static_cast<unsigned_index>(first)));
    auto body = [&](std::size_t, chunk_range r) {
        for (std::size_t i = r.begin; i < r.end; ++i) {
            std::invoke(f, static_cast<Index>(static_cast<unsigned_index>(first) +
                                              static_cast<unsigned_index>(i)));
        }
    };
    detail::for_each_elementwise_chunk(n, opts, body);
}

/// Writes f(a[i]) into out[i] for every element, in parallel chunks. `out` must have a's shape
/// (std::invalid_argument naming both shapes otherwise) and may be `a` itself (in place).
/// Rethrows the first exception f throws; elements of chunks not run are left as they were.
template <class E, class Out, class F,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_expression_v<Out>, int> = 0>
void parallel_map(const E& a, Out&& out, F&& f, const options& opts = {}) {
    if (!detail::same_shape(a.shape(), out.shape())) {
        throw std::invalid_argument(
            "parray::parallel_map: out has shape " + detail::shape_to_string(out.shape()) +
            " but the input has shape " + detail::shape_to_string(a.shape()));
    }
    detail::map_into(a, out, f, opts);
}

/// Returns an ndarray of a's shape holding f(a[i]) for every element, computed in parallel
/// chunks; its type is the decayed result of f. `a` is an ndarray or any xtensor expression.
/// Sequential equivalent: `for (i...) out.flat(i) = f(a.flat(i));` in row-major order.
template <class E, class F, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_map(const E& a, F&& f, const options& opts = {}) {
    using result_type = std::decay_t<std::invoke_result_t<F&, const detail::value_type_t<E>&>>;
    // from_shape leaves arithmetic elements uninitialised: the workers write them first.
    auto out = ndarray<result_type>::from_shape(a.shape());
    detail::map_into(a, out, f, opts);
    return out;
}

/// Python's `pool.map(f, [a[i:i+k] for i in range(0, len(a), k)])`: calls f on each chunk of a
/// along axis 0, as a read-only xtensor view of a[begin:end], and returns one result per chunk,
/// in chunk order. A result that is an xtensor expression (`return chunk * 2;`) is evaluated into
/// an ndarray inside the worker. Throws std::invalid_argument for a 0-dimensional a.
template <class E, class F, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_map_chunks(const E& a, F&& f, const options& opts = {}) {
    using view_type = detail::chunk_view_t<E>;
    using raw_result = std::invoke_result_t<F&, const view_type&>;
    static_assert(!std::is_void_v<raw_result>,
                  "parallel_map_chunks needs f to return a value; use parallel_for otherwise");
    using result_type = typename detail::chunk_result<raw_result>::type;

    if (a.dimension() == 0) {
        throw std::invalid_argument(
            "parray::parallel_map_chunks: the input must have at least one dimension");
    }
    const std::size_t rows = a.shape()[0];
    const std::size_t row_elements = rows == 0 ? 1 : a.size() / rows;
    const detail::chunk_plan plan = detail::make_chunk_plan(rows, opts, row_elements);
    detail::prepare_for_concurrent_reads(a);
    const auto view_of = [&](chunk_range r) {
        return xt::view(
            a, xt::range(static_cast<std::ptrdiff_t>(r.begin), static_cast<std::ptrdiff_t>(r.end)));
    };
    if constexpr (std::is_default_constructible_v<result_type>) {
        // Every slot starts as an array that owns no storage (an ndarray's default is a 0-d
        // array of one element, an allocation per chunk), and an expression is evaluated
        // straight into its slot: with one-element chunks of 10^5 elements, an allocation and
        // a move less per chunk.
        std::vector<result_type> results(plan.size(), detail::unallocated<result_type>());
        auto body = [&](std::size_t index, chunk_range r) {
            const view_type chunk = view_of(r);
            if constexpr (detail::is_lazy_expression_v<raw_result>) {
                xt::noalias(results[index]) = std::invoke(f, chunk);
            } else {
                results[index] = result_type(std::invoke(f, chunk));
            }
        };
        detail::for_each_chunk(plan, opts, body);
        return results;
    } else {
        // Slots for results that cannot be made before their chunk runs; moved out in order.
        std::vector<std::optional<result_type>> slots(plan.size());
        auto body = [&](std::size_t index, chunk_range r) {
            const view_type chunk = view_of(r);
            slots[index].emplace(std::invoke(f, chunk));
        };
        detail::for_each_chunk(plan, opts, body);
        std::vector<result_type> results;
        results.reserve(slots.size());
        for (auto& slot : slots) {
            results.push_back(std::move(*slot));
        }
        return results;
    }
}

/// Like std::transform_reduce: init ⊕ transform(a[0]) ⊕ ... ⊕ transform(a[n-1]) in row-major
/// order, computed in parallel chunks. reduce_op must be associative (not commutative): each
/// chunk folds its elements left to right, and the chunk results are folded into init in chunk
/// order, so init enters exactly once and the result depends only on a's size and the options,
/// never on the pool's size. Empty input returns init. Rethrows the first exception.
template <class E, class T, class ReduceOp, class Transform,
          std::enable_if_t<detail::is_expression_v<E>, int> = 0>
T parallel_transform_reduce(const E& a, T init, ReduceOp reduce_op, Transform transform,
                            const options& opts = {}) {
    return detail::transform_reduce(a, std::move(init), reduce_op, transform, opts);
}

/// Like std::reduce: init ⊕ a[0] ⊕ ... ⊕ a[n-1], with op associative but not necessarily
/// commutative; see parallel_transform_reduce for the order and the guarantees.
template <class E, class T, class ReduceOp, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
T parallel_reduce(const E& a, T init, ReduceOp op, const options& opts = {}) {
    auto identity = [](const auto& x) -> const auto& {
        return x;
    };
    return detail::transform_reduce(a, std::move(init), op, identity, opts);
}

/// The sum of all elements, typed as NumPy's sum: integers narrower than 64 bits widen to
/// std::int64_t (std::uint64_t when unsigned; bool counts as std::int64_t), floating types keep
/// theirs. Floating sums use NumPy's own pairwise summation over blocks of 8192 elements, added
/// in order: with automatic chunking the result equals np.sum bit for bit for contiguous input,
/// and is the same for every pool size whatever the options.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_sum(const E& a, const options& opts = {}) {
    using value_type = detail::value_type_t<E>;
    if constexpr (std::is_floating_point_v<value_type>) {
        return detail::floating_sum(a, opts);
    } else {
        using integer_sum = detail::integer_sum<value_type>;
        integer_sum widen;
        std::plus<typename integer_sum::unsigned_type> add;
        return integer_sum::to_result(
            detail::transform_reduce(a, typename integer_sum::unsigned_type(0), add, widen, opts));
    }
}

} // namespace parray
