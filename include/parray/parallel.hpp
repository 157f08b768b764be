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
#include "detail/executor.hpp"
#include "detail/expression_rows.hpp"
#include "detail/fold.hpp"
#include "detail/numpy_sum.hpp"
#include "detail/overlap.hpp"
#include "detail/streaming_store.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "thread_pool.hpp"

namespace parray {

/// An init for parallel_reduce / parallel_transform_reduce whose type is kept even where the
/// op's result would be narrowed to it (`allow_narrowing(0)` over doubles truncates every
/// partial result to an int, as std::reduce does). Without it, such an init does not compile.
template <class T>
struct narrowing_allowed {
    T value;
};

/// Wraps init so that parallel_reduce keeps its type: see narrowing_allowed.
template <class T>
narrowing_allowed<T> allow_narrowing(T init) {
    return narrowing_allowed<T>{std::move(init)};
}

namespace detail {

// How a short call over E is run on the caller (short_path): flattened for arrays and strided
// views, whose chunk body is a loop over memory; called for lazy expressions, whose walk is
// larger than a call costs.
template <class E>
inline constexpr short_path short_path_for =
    has_strided_storage<const E>::value ? short_path::flattened : short_path::called;

// The type an init stands for, and its value, whether or not it is wrapped in
// narrowing_allowed.
template <class Init>
struct init_traits {
    using type = Init;
    static constexpr bool allows_narrowing = false;
    static Init&& value(Init& init) noexcept { return std::move(init); }
};
template <class T>
struct init_traits<narrowing_allowed<T>> {
    using type = T;
    static constexpr bool allows_narrowing = true;
    static T&& value(narrowing_allowed<T>& init) noexcept { return std::move(init.value); }
};
template <class Init>
using init_type_t = typename init_traits<Init>::type;

// Refuses, at compile time, an init whose type would silently narrow what op returns for it and
// an element (an int init over doubles with std::plus<>: every partial truncated), unless it
// is wrapped in allow_narrowing.
template <class Init, class ReduceOp, class Element>
constexpr void check_init_type() {
    using T = init_type_t<Init>;
    if constexpr (!init_traits<Init>::allows_narrowing &&
                  std::is_invocable_v<ReduceOp&, T, Element>) {
        using result = std::decay_t<std::invoke_result_t<ReduceOp&, T, Element>>;
        static_assert(!is_narrowing<result, T>::value,
                      "parray: op(init, element) has a type that init's type narrows (for example "
                      "an integer init over floating elements), so every partial result would be "
                      "truncated. Pass an init of op's result type (0.0, not 0), or "
                      "parray::allow_narrowing(init) to keep init's type.");
    }
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

// xt::noalias(out) = e: a chunk function's expression evaluated into its result. Out of line:
// the inline path of a short call is compiled with everything it calls inlined (run_inline),
// and xtensor's whole assignment inlined there made g++ 12 -O2 warn about an svector bound
// that is never crossed (-Warray-bounds), besides costing compile time.
template <class Out, class E>
PARRAY_NOINLINE void evaluate_into(Out& out, const E& e) {
    xt::noalias(out) = e;
}

// transform_reduce's chunk work: each chunk's partial is the left fold of its elements
// (fold_chunk: no T made from an element unless that is what op would do); ordered_reduce folds
// the partials into init in chunk order, so op need not be commutative and init enters once.
template <class T, class E, class ReduceOp, class Transform>
T transform_reduce(const E& a, T init, ReduceOp& reduce, Transform& transform,
                   const options& opts) {
    const auto data = contiguous_data(a);
    prepare_for_concurrent_reads(a);
    using element = decltype(std::invoke(transform, std::declval<const value_type_t<E>&>()));
    using partial = chunk_partial_t<T, std::decay_t<element>>;
    auto fold_chunk = [&](chunk_range r, auto&& emit) {
        emit(with_range(a, data, r, [&](auto first, std::size_t count) -> partial {
            return detail::fold_chunk<T>(first, count, reduce, transform);
        }));
    };
    auto combine = [&](T&& total, partial&& part) {
        return fold_partial(std::move(total), std::move(part), reduce);
    };
    one_partial_per_chunk slots;
    return ordered_reduce<partial, short_reduction::by_cost, short_path_for<E>>(
        a.size(), opts, std::move(init), fold_chunk, combine, slots);
}

// parallel_sum of a floating or complex type: every chunk emits the pairwise sums of its pieces,
// cut at NumPy's block boundaries, and they are added in order; with automatic chunks (whole
// blocks) that is np.sum's own sequence of additions, bit for bit.
template <class E>
auto floating_sum(const E& a, const options& opts) {
    using T = value_type_t<E>;
    const auto data = contiguous_data(a);
    prepare_for_concurrent_reads(a);
    // A view whose axes lie in memory in another order than its own is read in memory order,
    // as NumPy reads it (np.sum(a[::2].T) has np.sum(a[::2])'s bits).
    std::vector<std::size_t> memory_order;
    if constexpr (may_be_permuted_v<E>) {
        if (data == nullptr) {
            memory_order = memory_order_of_axes(a);
        }
    }
    constexpr bool lazy_by_rows = readable_by_rows_v<E> && !has_strided_storage<const E>::value;
    bool flat = false;
    if constexpr (lazy_by_rows) {
        flat = reads_flat(a);
    }
    auto sum_chunk = [&](chunk_range r, auto&& emit) {
        if constexpr (lazy_by_rows) {
            // A lazy expression: evaluated a pairwise leaf at a time by rows (vectorised).
            sum_block_segments<T>(make_row_cursor(a, r.begin, flat), r, emit);
        } else {
            if constexpr (may_be_permuted_v<E>) {
                if (!memory_order.empty()) {
                    sum_block_segments<T>(memory_order_cursor(a, memory_order, r.begin), r, emit);
                    return;
                }
            }
            with_range(a, data, r,
                       [&](auto first, std::size_t) { sum_block_segments<T>(first, r, emit); });
        }
    };
    auto add = [](T total, T partial) { return total + partial; };
    auto pieces = [](chunk_range r) { return block_segments(r); };
    return ordered_reduce<T, short_reduction::one_chunk, short_path_for<E>>(a.size(), opts, T(0),
                                                                            sum_chunk, add, pieces);
}

// out[i] = f(a[i]): one body for every path; a large map between disjoint contiguous arrays
// writes whole cache lines with streaming stores unless f proves costly (store_choice).
template <class E, class Out, class F>
void map_into(const E& a, Out& out, F& f, const options& opts) {
    const auto in_data = contiguous_data(a);
    const auto out_data = contiguous_data(out);
    prepare_for_concurrent_reads(a);
    prepare_for_concurrent_reads(out);
    using out_value = value_type_t<Out>;
    constexpr bool may_stream = !std::is_null_pointer_v<decltype(in_data)> &&
                                !std::is_null_pointer_v<decltype(out_data)> &&
                                can_stream_store_v<out_value>;
    std::optional<store_choice> streaming; // set for a large map only
    if constexpr (may_stream) {
        if (a.size() * sizeof(out_value) >= streaming_store_min_bytes && in_data != nullptr &&
            out_data != nullptr && use_streaming_stores(in_data, out_data, a.size())) {
            streaming.emplace();
        }
    }
    auto body = [&](std::size_t, chunk_range r) {
        if constexpr (may_stream) {
            if (streaming) {
                streaming->map(in_data + r.begin, out_data + r.begin, r.size(), f);
                return;
            }
        }
        with_range(a, in_data, r, [&](auto in, std::size_t count) {
            with_range(out, out_data, r, [&](auto dest, std::size_t) {
                PARRAY_UNROLL_4
                for (std::size_t i = 0; i < count; ++i, ++in, ++dest) {
                    *dest = std::invoke(f, *in);
                }
            });
        });
    };
    for_each_elementwise<short_path_for<E>>(a.size(), opts, body);
}

// A new array holding a's elements, copied in parallel on opts' pool: what an overlapping
// input is read from. The copy is a helper step: the progress callback and the stop flag
// belong to the call's own pass.
template <class E>
ndarray<value_type_t<E>> copy_of(const E& a, const options& opts) {
    auto copy = ndarray<value_type_t<E>>::from_shape(a.shape());
    auto identity = [](const auto& x) { return x; };
    map_into(a, copy, identity, pool_only(opts));
    return copy;
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
    detail::for_each_elementwise(n, opts, body);
}

namespace detail {
template <class Integer>
constexpr bool is_negative(Integer x) noexcept {
    if constexpr (std::is_signed_v<Integer>) {
        return x < 0;
    } else {
        (void)x;
        return false;
    }
}
} // namespace detail

/// parallel_for when the bounds have different integer types, as in
/// `parallel_for(0, a.size(), f)`: both convert to their common type (std::common_type), which
/// is what f receives. Throws std::invalid_argument when a negative bound would have to become
/// unsigned (`parallel_for(-1, a.size(), f)`), rather than loop over 2^64 indices.
template <class First, class Last, class F,
          std::enable_if_t<std::is_integral_v<First> && std::is_integral_v<Last> &&
                               !std::is_same_v<First, Last>,
                           int> = 0>
void parallel_for(First first, Last last, F&& f, const options& opts = {}) {
    using index_type = std::common_type_t<First, Last>;
    if (std::is_unsigned_v<index_type> &&
        (detail::is_negative(first) || detail::is_negative(last))) {
        throw std::invalid_argument("parray::parallel_for: a negative bound (first " +
                                    std::to_string(first) + ", last " + std::to_string(last) +
                                    ") with an unsigned one");
    }
    parallel_for(static_cast<index_type>(first), static_cast<index_type>(last), std::forward<F>(f),
                 opts);
}

/// Writes f(a[i]) into out[i] for every element, in parallel chunks. `out` must have a's shape
/// (std::invalid_argument naming both shapes otherwise). out may share memory with a: element
/// for element (`parallel_map(a, a, f)`, in place) it is written in place; any other overlap
/// (`a[1:]` into `a[:-1]`, a transpose into itself) gives NumPy's answer, as if a were copied
/// first, and costs that copy (one allocation and one parallel pass over a). Throws
/// std::invalid_argument, naming parallel_map, when out has a zero stride along an axis of
/// more than one element (a broadcast output). Both checks come before anything is written.
/// Rethrows the first exception f throws; elements of chunks not run are left as they were.
template <class E, class Out, class F,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_expression_v<Out>, int> = 0>
void parallel_map(const E& a, Out&& out, F&& f, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_map", a);
    if (!detail::same_shape(a.shape(), out.shape())) {
        throw std::invalid_argument(
            "parray::parallel_map: out has shape " + detail::shape_to_string(out.shape()) +
            " but the input has shape " + detail::shape_to_string(a.shape()));
    }
    detail::require_no_zero_stride("parallel_map", out);
    if (detail::must_copy_input_first(out, a)) {
        const auto copy = detail::copy_of(a, opts);
        detail::map_into(copy, out, f, opts);
    } else {
        detail::map_into(a, out, f, opts);
    }
}

/// Returns an ndarray of a's shape holding f(a[i]) for every element, computed in parallel
/// chunks; its type is the decayed result of f. `a` is an ndarray or any xtensor expression.
/// Sequential equivalent: `for (i...) out.flat(i) = f(a.flat(i));` in row-major order.
template <class E, class F, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_map(const E& a, F&& f, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_map", a);
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
    detail::require_valid_shapes("parray::parallel_map_chunks", a);
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
    // Automatic chunks of a short input: min(rows, 64) near-equal runs of rows, run on the caller
    // or on the pool by what f costs (for_each_chunk_by_cost); the split never depends on that.
    const bool is_short = detail::is_short_by_cost(rows, opts, row_elements);
    const detail::chunk_plan plan = detail::by_cost_plan(rows, opts, row_elements);
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
                detail::evaluate_into(results[index], std::invoke(f, chunk));
            } else {
                results[index] = result_type(std::invoke(f, chunk));
            }
        };
        detail::for_each_chunk_by_cost(plan, is_short, opts, body);
        return results;
    } else {
        // Slots for results that cannot be made before their chunk runs; moved out in order.
        std::vector<std::optional<result_type>> slots(plan.size());
        auto body = [&](std::size_t index, chunk_range r) {
            const view_type chunk = view_of(r);
            slots[index].emplace(std::invoke(f, chunk));
        };
        detail::for_each_chunk_by_cost(plan, is_short, opts, body);
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
detail::init_type_t<T> parallel_transform_reduce(const E& a, T init, ReduceOp reduce_op,
                                                 Transform transform, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_transform_reduce", a);
    using element = std::invoke_result_t<Transform&, const detail::value_type_t<E>&>;
    detail::check_init_type<T, ReduceOp, element>();
    return detail::transform_reduce(a, detail::init_traits<T>::value(init), reduce_op, transform,
                                    opts);
}

/// Like std::reduce: init ⊕ a[0] ⊕ ... ⊕ a[n-1], with op associative but not necessarily
/// commutative; see parallel_transform_reduce for the order and the guarantees.
template <class E, class T, class ReduceOp, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
detail::init_type_t<T> parallel_reduce(const E& a, T init, ReduceOp op, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_reduce", a);
    detail::check_init_type<T, ReduceOp, const detail::value_type_t<E>&>();
    auto identity = [](const auto& x) -> const auto& {
        return x;
    };
    return detail::transform_reduce(a, detail::init_traits<T>::value(init), op, identity, opts);
}

/// The sum of all elements, typed as NumPy's sum: integers narrower than 64 bits widen to
/// std::int64_t (std::uint64_t when unsigned; bool counts as std::int64_t), floating types and
/// std::complex<float> / std::complex<double> keep theirs. Floating and complex sums use NumPy's
/// own pairwise summation over blocks of 8192 elements, added in order: with automatic chunking
/// the result equals np.sum bit for bit for contiguous input, and is the same for every pool
/// size whatever the options.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_sum(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_sum", a);
    using value_type = detail::value_type_t<E>;
    if constexpr (detail::is_pairwise_summed_v<value_type>) {
        if constexpr (detail::reads_in_memory_order_v<E>) {
            // NumPy adds a view whose axes lie in another order in memory order (np.sum(a.T)
            // has np.sum(a)'s bits).
            if (const auto data = detail::permuted_dense_data(a)) { // one block: read as it lies
                return detail::floating_sum(detail::elements_in_memory_order(a, data), opts);
            }
        }
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
