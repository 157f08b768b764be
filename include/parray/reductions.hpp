// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// NumPy's everyday reductions on the pool: min, max, mean, prod, ptp, argmin, argmax, any, all
// of a whole array, and reduce, sum, mean, min, max, prod, ptp, argmin, argmax, any, all along
// axes (`a.sum(axis=0)`), deterministically.

#include <algorithm>
#include <atomic>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "chunking.hpp"
#include "detail/array_access.hpp"
#include "detail/axis_reduction.hpp"
#include "detail/column_folds.hpp"
#include "detail/extremes_search.hpp"
#include "detail/numpy_sum.hpp"
#include "detail/shape.hpp"
#include "expressions.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "parallel.hpp"

namespace parray {

/// The axes a reduction runs along, as NumPy's `axis=`: one axis (`0`, or `-1` for the last) or
/// several (`{0, 2}`, a std::vector). Negative axes count from the end.
class axis_list {
public:
    template <
        class Integer,
        std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>, int> = 0>
    axis_list(Integer axis) : axes_{to_signed(axis)} { // NOLINT: implicit, like NumPy's axis=1
        single_ = true;
    }

    axis_list(std::initializer_list<std::ptrdiff_t> axes) : axes_(axes) {}

    template <class Container,
              std::enable_if_t<std::is_integral_v<std::decay_t<
                                   decltype(*std::begin(std::declval<const Container&>()))>>,
                               int> = 0>
    axis_list(const Container& axes) { // NOLINT: implicit, like NumPy's axis=(0, 2)
        for (const auto axis : axes) {
            axes_.push_back(to_signed(axis));
        }
    }

    const std::vector<std::ptrdiff_t>& values() const noexcept { return axes_; }

    /// Whether it was made from one integer (NumPy's axis=0, not axis=(0,)): then, as in NumPy's
    /// sum, min and max, a 0-d array accepts axis 0 or -1 and folds nothing.
    bool single() const noexcept { return single_; }

    /// Whether it stands for every axis of the array reduced (NumPy's axis=None): see all_axes.
    bool every_axis() const noexcept { return every_axis_; }

    /// Whether results keep the folded axes, as axes of length 1 (NumPy's keepdims=True): see
    /// keepdims.
    bool keeps_dims() const noexcept { return keeps_dims_; }

private:
    template <class Integer>
    static std::ptrdiff_t to_signed(Integer axis) noexcept {
        if constexpr (std::is_unsigned_v<Integer>) {
            // Too large to be an axis: kept too large, so that it is reported as out of range.
            constexpr auto largest = static_cast<std::make_unsigned_t<std::ptrdiff_t>>(
                std::numeric_limits<std::ptrdiff_t>::max());
            return axis > largest ? std::numeric_limits<std::ptrdiff_t>::max()
                                  : static_cast<std::ptrdiff_t>(axis);
        } else {
            return static_cast<std::ptrdiff_t>(axis);
        }
    }

    std::vector<std::ptrdiff_t> axes_;
    bool single_ = false;
    bool every_axis_ = false;
    bool keeps_dims_ = false;

    friend axis_list all_axes();
    friend axis_list keepdims(const axis_list& axes);
};

/// Every axis, as NumPy's axis=None: `parallel_sum(a, parray::all_axes())` is a 0-dimensional
/// array, `parallel_sum(a, parray::keepdims(parray::all_axes()))` has a's rank, all ones.
inline axis_list all_axes() {
    axis_list every{};
    every.every_axis_ = true;
    return every;
}

/// `axes` keeping the folded axes as axes of length 1, as NumPy's keepdims=True, so that the
/// result broadcasts against the input: `a - parallel_mean(a, parray::keepdims(1))`. With no
/// argument, every axis (axis=None, keepdims=True).
inline axis_list keepdims(const axis_list& axes) {
    axis_list kept = axes;
    kept.keeps_dims_ = true;
    return kept;
}
inline axis_list keepdims() {
    return keepdims(all_axes());
}

/// NumPy's ddof= ("delta degrees of freedom") for parallel_var, parallel_std, parallel_nanvar
/// and parallel_nanstd: the sum of squared deviations is divided by N - ddof (by 0, giving inf
/// or NaN, where N <= ddof, as NumPy). Its own type, never an integer, so that it cannot be read
/// as an axis: `parallel_var(a, 1)` is np.var(a, 1), along axis 1, as in NumPy;
/// `parallel_var(a, parray::ddof{1})` and `parallel_var(a, parray::ddof(1))` are
/// np.var(a, ddof=1).
struct ddof {
    std::size_t value = 0;

    constexpr ddof() noexcept = default;
    // Not an aggregate, so that ddof(1) compiles in C++17 as keepdims(1) does.
    constexpr explicit ddof(std::size_t delta) noexcept : value(delta) {}
};

namespace detail {

template <class T>
bool is_nan(const T& x) noexcept {
    if constexpr (std::is_floating_point_v<T>) {
        return std::isnan(x);
    } else {
        (void)x;
        return false;
    }
}

// NumPy's minimum and maximum: a NaN wins (it propagates); between equal values the first.
struct minimum_op {
    template <class T>
    T operator()(const T& a, const T& b) const {
        return (b < a || is_nan(b)) && !is_nan(a) ? b : a;
    }
};
struct maximum_op {
    template <class T>
    T operator()(const T& a, const T& b) const {
        return (a < b || is_nan(b)) && !is_nan(a) ? b : a;
    }
};

// The identities of minimum_op and maximum_op: +-infinity, else the type's extremes.
template <class T>
T min_identity() noexcept {
    if constexpr (std::numeric_limits<T>::has_infinity) {
        return std::numeric_limits<T>::infinity();
    } else {
        return std::numeric_limits<T>::max();
    }
}
template <class T>
T max_identity() noexcept {
    if constexpr (std::numeric_limits<T>::has_infinity) {
        return -std::numeric_limits<T>::infinity();
    } else {
        return std::numeric_limits<T>::lowest();
    }
}

struct identity_op {
    template <class T>
    const T& operator()(const T& x) const noexcept {
        return x;
    }
};

// What np.mean returns: the floating or complex type for such input, double for integers and
// bool.
template <class T>
using mean_result_t = std::conditional_t<is_pairwise_summed_v<T>, T, double>;

// `a` in the type np.mean and np.var sum it in (mean_result_t): integers and bool cast to double
// lazily (NumPy's dtype='f8', which never wraps), other elements as they are.
template <class E>
decltype(auto) as_mean_type(const E& a) {
    using T = value_type_t<E>;
    if constexpr (std::is_same_v<mean_result_t<T>, T>) {
        return (a);
    } else {
        return xt::cast<double>(a);
    }
}

// np.mean's quotient of a sum by the count of its elements. A complex sum is divided as NumPy
// divides it (numpy_complex_divide): a whole-array mean, or one along all axes, divides a NumPy
// scalar by an np.intp scalar, which makes complex128; along axes, np.true_divide of a complex64
// array keeps complex64 for small counts (numpy_complex64_divide_in_float_below).
template <class T>
T mean_of_sum(const T& sum, std::size_t count, bool scalar_result) noexcept {
    if constexpr (std::is_same_v<T, std::complex<float>>) {
        if (!scalar_result && count < numpy_complex64_divide_in_float_below) {
            return numpy_complex_divide<float>(sum, count);
        }
        return numpy_complex_divide<double>(sum, count);
    } else if constexpr (is_complex_v<T>) {
        (void)scalar_result;
        return numpy_complex_divide<double>(sum, count);
    } else if constexpr (std::is_same_v<T, float>) {
        // A NumPy float32 scalar divided by an integer is computed in double, then rounded
        // (ret.dtype.type(ret / rcount)); an array is divided in float32, by float32(count).
        // They differ where count is past 2^24.
        if (scalar_result) {
            return static_cast<float>(static_cast<double>(sum) / static_cast<double>(count));
        }
        return sum / static_cast<float>(count);
    } else {
        (void)scalar_result;
        return sum / static_cast<T>(count);
    }
}

// The sorted, distinct axes of `axes` for an array of `dimension` axes; NumPy's errors as
// std::invalid_argument naming `caller`.
inline std::vector<std::size_t> normalize_axes(const axis_list& axes, std::size_t dimension,
                                               const char* caller) {
    std::vector<std::size_t> result;
    if (axes.every_axis()) {
        for (std::size_t axis = 0; axis < dimension; ++axis) {
            result.push_back(axis);
        }
        return result;
    }
    // np.sum(3.5, axis=0) and axis=-1 are 3.5: NumPy's reductions take a single 0 or -1 on a
    // 0-d array (not a tuple, nor np.mean: see parallel_mean).
    if (dimension == 0 && axes.single() && (axes.values()[0] == 0 || axes.values()[0] == -1)) {
        return result;
    }
    for (const std::ptrdiff_t axis : axes.values()) {
        result.push_back(normalize_axis(axis, dimension, caller));
    }
    std::sort(result.begin(), result.end());
    if (std::adjacent_find(result.begin(), result.end()) != result.end()) {
        throw std::invalid_argument(std::string(caller) + ": repeated axis in " +
                                    shape_to_string(axes.values()));
    }
    return result;
}

// The axes np.mean and np.var (and their nan forms) take: normalize_axes's, except that a 0-d
// array takes no axis at all (np.sum's single 0 or -1 there does not apply to them).
inline std::vector<std::size_t> normalize_mean_axes(const axis_list& axes, std::size_t dimension,
                                                    const char* caller) {
    return normalize_axes(dimension == 0 ? axis_list(axes.values()) : axes, dimension, caller);
}

// For an `a` laid out in another order of its axes than row-major, where permuted_dense_data
// (a dense block, or a lazy expression of them) or permuted_view_data (a strided view too)
// found `data`: f of a as a row-major array whose axes are a's in memory order, along the same
// axes there, with the axes of its result put back in a's order. NumPy's iterator walks such an
// a in memory order, so its sums along axes add in that order: np.var(a.T, axis=0) has the bits
// of np.var(a, axis=1). For reductions whose results depend on the order of the elements only;
// f returns an ndarray.
template <class E, class Data, class F>
auto along_axes_in_memory_order(const E& a, const Data& data, const axis_list& axes,
                                const char* caller, F&& f) {
    const std::size_t rank = a.dimension();
    const std::vector<std::size_t> folded = normalize_axes(axes, rank, caller);
    const std::vector<std::size_t> order = memory_axes(a, data);
    std::vector<std::size_t> shape(rank);
    std::vector<std::ptrdiff_t> mapped;
    std::vector<std::size_t> result_axes; // a's axis of each axis of f's result
    for (std::size_t k = 0; k < rank; ++k) {
        shape[k] = static_cast<std::size_t>(a.shape()[order[k]]);
        const bool is_folded = std::binary_search(folded.begin(), folded.end(), order[k]);
        if (is_folded) {
            mapped.push_back(static_cast<std::ptrdiff_t>(k));
        }
        if (!is_folded || axes.keeps_dims()) {
            result_axes.push_back(order[k]);
        }
    }
    const auto block = block_in_memory_order(a, data, shape, order);
    auto result = f(block, axes.keeps_dims() ? keepdims(mapped) : axis_list(mapped));
    if (std::is_sorted(result_axes.begin(), result_axes.end())) {
        return result;
    }
    std::vector<std::size_t> back(result_axes.size());
    std::iota(back.begin(), back.end(), std::size_t{0});
    std::sort(back.begin(), back.end(),
              [&](std::size_t x, std::size_t y) { return result_axes[x] < result_axes[y]; });
    return decltype(result)(xt::transpose(result, back));
}

// reduce_geometry over `a` along the `folded` axes (sorted, distinct): a with strided storage
// (containers, strided views) is read in place; so is an expression of them readable by rows
// (expression_rows.hpp), a run at a time (reduce_lazy: the same bits as evaluating it first); any
// other expression is first evaluated into a temporary, in parallel.
template <class T, class E, class Reduce, class Transform>
ndarray<T> reduce_along_kept_axes(const E& a, const std::vector<std::size_t>& folded, const T& init,
                                  Reduce& reduce, Transform& transform, bool pairwise,
                                  const options& opts) {
    if constexpr (has_strided_storage<const E>::value) {
        prepare_for_concurrent_reads(a);
        // NumPy's sums walk the folded axes in memory order; other folds go in row-major order.
        const reduction_geometry g = make_geometry(a.shape(), a.strides(), folded, pairwise);
        return reduce_geometry(a.data() + a.data_offset(), g, init, reduce, transform, pairwise,
                               opts);
    } else {
        using element_pointer = const value_type_t<E>*;
        if constexpr (readable_by_rows_v<E> &&
                      starts_from_element_v<T, transformed_t<Transform, element_pointer>>) {
            if (a.dimension() != 0) {
                prepare_for_concurrent_reads(a);
                return reduce_lazy(a, folded, init, reduce, transform, pairwise, opts);
            }
        }
        const auto evaluated = parallel_eval(a, pool_only(opts));
        const reduction_geometry g = make_geometry(evaluated.shape(), evaluated.strides(), folded);
        return reduce_geometry(evaluated.data(), g, init, reduce, transform, pairwise, opts);
    }
}

// `result`, of the kept axes' shape, given the `folded` axes of an array of `dimension` axes
// back as axes of length 1 when `axes` keeps dims (NumPy's keepdims=True).
template <class T>
ndarray<T> with_kept_dims(ndarray<T>&& result, const axis_list& axes,
                          const std::vector<std::size_t>& folded, std::size_t dimension) {
    if (!axes.keeps_dims() || folded.empty()) {
        return std::move(result);
    }
    std::vector<std::size_t> shape;
    std::size_t kept = 0;
    for (std::size_t axis = 0; axis < dimension; ++axis) {
        const bool is_folded = std::binary_search(folded.begin(), folded.end(), axis);
        shape.push_back(is_folded ? 1 : result.shape()[kept++]);
    }
    result.reshape(shape);
    return std::move(result);
}

// Whether the `folded` axes (sorted) are every axis of `shape` longer than 1.
template <class Shape>
bool folds_every_long_axis(const Shape& shape, const std::vector<std::size_t>& folded) {
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        if (shape[axis] != 1 && !std::binary_search(folded.begin(), folded.end(), axis)) {
            return false;
        }
    }
    return true;
}

// The result of folding the `folded` axes of `shape` where every output is `value` (the kept
// axes are all of length 1): of the kept axes' shape.
template <class Shape, class T>
ndarray<T> filled_result(const Shape& shape, const std::vector<std::size_t>& folded,
                         const T& value) {
    std::vector<std::size_t> kept_shape;
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        if (!std::binary_search(folded.begin(), folded.end(), axis)) {
            kept_shape.push_back(static_cast<std::size_t>(shape[axis]));
        }
    }
    auto result = ndarray<T>::from_shape(kept_shape);
    std::fill(result.begin(), result.end(), value);
    return result;
}

// reduce_along_kept_axes along `axes`, checked and normalised, the result shaped as `axes` asks
// (keepdims).
template <class T, class E, class Reduce, class Transform>
ndarray<T> reduce_along(const E& a, const axis_list& axes, const T& init, Reduce& reduce,
                        Transform& transform, bool pairwise, const options& opts,
                        const char* caller) {
    const std::vector<std::size_t> folded = normalize_axes(axes, a.dimension(), caller);
    return with_kept_dims(
        reduce_along_kept_axes(a, folded, init, reduce, transform, pairwise, opts), axes, folded,
        a.dimension());
}

// The element at flat (row-major) position `index` of a.
template <class E>
value_type_t<E> element_at(const E& a, std::size_t index) {
    return with_range(a, contiguous_data(a), chunk_range{index, index + 1},
                      [](auto first, std::size_t) { return value_type_t<E>(*first); });
}
template <class E>
value_type_t<E> first_element(const E& a) {
    return element_at(a, 0);
}

// Throws std::invalid_argument, as np.min does, for a reduction without identity over nothing.
inline void require_elements(std::size_t count, const char* caller) {
    if (count == 0) {
        throw std::invalid_argument(std::string(caller) +
                                    ": zero-size reduction, which has no identity");
    }
}

// What np.argmin (`Least`) and np.argmax prefer: with nan_policy::propagate a NaN wins (the
// first NaN is the answer), else the smaller (larger) element; with nan_policy::omit, as
// np.nanargmin's _replace_nan, a NaN counts as the worst value, +inf (-inf). On a tie, never:
// the first of equal elements is kept. arg_best finds it with find_first_extremes where the
// elements allow.
template <bool Least, nan_policy Nan>
struct arg_preference {
    static constexpr bool least = Least;
    static constexpr nan_policy nan = Nan;

    template <class T>
    static T key(const T& x) noexcept {
        if constexpr (Nan == nan_policy::omit && std::numeric_limits<T>::has_quiet_NaN) {
            if (is_nan(x)) {
                return Least ? std::numeric_limits<T>::infinity()
                             : -std::numeric_limits<T>::infinity();
            }
        }
        return x;
    }

    template <class T>
    bool operator()(const T& x, const T& best) const noexcept {
        if constexpr (Nan == nan_policy::propagate) {
            return !is_nan(best) && (is_nan(x) || (Least ? x < best : best < x));
        } else {
            return Least ? key(x) < key(best) : key(best) < key(x);
        }
    }
};

template <class Better>
struct is_arg_preference : std::false_type {};
template <bool Least, nan_policy Nan>
struct is_arg_preference<arg_preference<Least, Nan>> : std::true_type {};

// The index in first[0, count), count > 0, of the first element that `Better` (an
// arg_preference) prefers to all before it, by find_first_extremes. Under nan_policy::omit the
// search skips NaN, whose key is the worst: where every element is NaN, or the best number has
// the first element's key (+inf, as NaN, for a least), the first element is the answer.
template <class Better, class T>
std::size_t first_preferred(const T* first, std::size_t count) noexcept {
    constexpr extremes_wanted side = Better::least ? extremes_wanted::low : extremes_wanted::high;
    const first_extremes found = find_first_extremes<Better::nan, side>(first, count);
    const std::size_t index = Better::least ? found.low : found.high;
    if constexpr (Better::nan == nan_policy::omit) {
        if (!found.found || Better::key(first[index]) == Better::key(first[0])) {
            return 0;
        }
    }
    return index;
}

// The flat index of the first element that `better` prefers to all before it: each chunk
// emits its own first best, and the chunks' winners are compared in chunk order, an earlier
// one kept on a tie. An arg_preference over contiguous elements is searched a block at a time
// (find_first_extremes); anything else compares element by element.
template <class E, class Better>
std::size_t arg_best(const E& a, Better better, const options& opts, const char* caller) {
    require_elements(a.size(), caller);
    using candidate = std::pair<value_type_t<E>, std::size_t>;
    const auto data = contiguous_data(a);
    prepare_for_concurrent_reads(a);
    auto best_of_chunk = [&](chunk_range r, auto&& emit) {
        with_range(a, data, r, [&](auto first, std::size_t count) {
            using iterator = decltype(first);
            if constexpr (std::is_pointer_v<iterator> && is_arg_preference<Better>::value &&
                          has_extremes_search_v<value_type_t<E>>) {
                const std::size_t index = first_preferred<Better>(first, count);
                emit(candidate{first[index], r.begin + index});
            } else {
                candidate best{*first, r.begin};
                ++first;
                for (std::size_t i = 1; i < count; ++i, ++first) {
                    if (better(*first, best.first)) {
                        best = candidate{*first, r.begin + i};
                    }
                }
                emit(std::move(best));
            }
        });
    };
    auto keep_better = [&](candidate&& best, candidate&& challenger) {
        return better(challenger.first, best.first) ? std::move(challenger) : std::move(best);
    };
    one_partial_per_chunk slots;
    return ordered_reduce(a.size(), opts, candidate{first_element(a), 0}, best_of_chunk,
                          keep_better, slots)
        .second;
}

// Whether a's elements are searched a block at a time (find_first_extremes): contiguous
// numbers with a search vector (has_extremes_search_v).
template <class E>
bool searches_extremes(const E& a) noexcept {
    if constexpr (has_extremes_search_v<value_type_t<E>>) {
        return contiguous_data(a) != nullptr;
    } else {
        (void)a;
        return false;
    }
}

// np.min (Least) or np.max of a non-empty a, NaN winning and the first of equal elements kept:
// the element arg_best finds where a's elements are searched, else the fold of minimum_op or
// maximum_op, which gives the same element.
template <bool Least, class E>
value_type_t<E> extreme_of(const E& a, const options& opts, const char* caller) {
    require_elements(a.size(), caller);
    if (searches_extremes(a)) {
        return element_at(
            a, arg_best(a, arg_preference<Least, nan_policy::propagate>{}, opts, caller));
    }
    if constexpr (Least) {
        return parallel_reduce(a, first_element(a), minimum_op{}, opts);
    } else {
        return parallel_reduce(a, first_element(a), maximum_op{}, opts);
    }
}

// Whether pred holds for some element; once one chunk finds one, the others stop within 1024
// elements and chunks not yet started return at once.
template <class E, class Predicate>
bool any_element(const E& a, Predicate& pred, const options& opts) {
    const auto data = contiguous_data(a);
    prepare_for_concurrent_reads(a);
    std::atomic<bool> found{false};
    auto body = [&](std::size_t, chunk_range r) {
        with_range(a, data, r, [&](auto first, std::size_t count) {
            for (std::size_t begin = 0; begin < count; begin += stop_check_interval) {
                if (found.load(std::memory_order_relaxed)) {
                    return;
                }
                const std::size_t end = std::min(count, begin + stop_check_interval);
                for (std::size_t i = begin; i < end; ++i, ++first) {
                    if (std::invoke(pred, *first)) {
                        found.store(true, std::memory_order_relaxed);
                        return;
                    }
                }
            }
        });
    };
    for_each_elementwise(a.size(), opts, body);
    return found.load(std::memory_order_relaxed);
}

// Throws as require_elements when an axis of `axes` is empty, even where the result is empty
// too, as NumPy's reductions without identity do (np.max(np.zeros((0, 3)), axis=0) raises;
// axis=1 gives an empty array).
template <class E>
void require_nonempty_folds(const E& a, const axis_list& axes, const char* caller) {
    for (const std::size_t axis : normalize_axes(axes, a.dimension(), caller)) {
        if (a.shape()[axis] == 0) {
            require_elements(0, caller);
        }
    }
}

// parallel_min / parallel_max along axes: `identity` is op's identity (so init changes nothing).
template <class E, class T, class Op>
ndarray<T> extremes_along(const E& a, const axis_list& axes, const T& identity, Op op,
                          const options& opts, const char* caller) {
    require_nonempty_folds(a, axes, caller);
    identity_op no_transform;
    return reduce_along(a, axes, identity, op, no_transform, false, opts, caller);
}

// np.any's and np.all's truth of an element: not equal to zero (NaN is true, -0.0 false; a
// complex number is true when either part is non-zero).
struct truthy_op {
    template <class T>
    bool operator()(const T& x) const {
        return x != T(0);
    }
};

// np.any and np.all along axes fold truths as bytes, 0 or 1 (partials in a std::vector<bool>
// would be bits), then give them as bools.
struct truth_byte_op {
    template <class T>
    std::uint8_t operator()(const T& x) const {
        return truthy_op{}(x) ? 1 : 0;
    }
};
struct bitwise_or_op {
    std::uint8_t operator()(std::uint8_t a, std::uint8_t b) const noexcept {
        return static_cast<std::uint8_t>(a | b);
    }
};
struct bitwise_and_op {
    std::uint8_t operator()(std::uint8_t a, std::uint8_t b) const noexcept {
        return static_cast<std::uint8_t>(a & b);
    }
};

// np.any (`any` true) or np.all along `axes`.
template <class E>
ndarray<bool> truths_along(const E& a, const axis_list& axes, bool any, const options& opts,
                           const char* caller) {
    truth_byte_op truth;
    ndarray<std::uint8_t> folded;
    if (any) {
        bitwise_or_op either;
        folded = reduce_along(a, axes, std::uint8_t{0}, either, truth, false, opts, caller);
    } else {
        bitwise_and_op both;
        folded = reduce_along(a, axes, std::uint8_t{1}, both, truth, false, opts, caller);
    }
    return parallel_map(
        folded, [](std::uint8_t x) { return x != 0; }, pool_only(opts));
}

// An element's index along the folded positions, found as a fold: `count` positions seen, the
// best of them `value`, first seen at position `best`. Combining two runs in order (arg_best_op)
// is associative, so that the folds may be cut into chunks like any other.
template <class T>
struct arg_candidate {
    T value;
    std::int64_t count;
    std::int64_t best;
};

// The fold of arg_candidate: the later run's best wins only where `better` prefers it (the
// first occurrence on a tie); a run of no positions (count 0, the init) changes nothing.
template <class Better>
struct arg_best_op {
    Better better;

    template <class T>
    arg_candidate<T> operator()(const arg_candidate<T>& a, const arg_candidate<T>& b) const {
        if (a.count == 0) {
            return b;
        }
        if (better(b.value, a.value)) {
            return {b.value, a.count + b.count, a.count + b.best};
        }
        return {a.value, a.count + b.count, a.best};
    }
};

// An element as a run of one position: the transform of arg_best_op's fold.
struct arg_candidate_of {
    template <class T>
    arg_candidate<T> operator()(const T& x) const noexcept {
        return {x, 1, 0};
    }
};

// arg_best_op of an arg_preference over a contiguous run: the run's first best element, by
// find_first_extremes (first_preferred).
template <bool Least, nan_policy Nan, class T>
struct contiguous_run_fold<arg_best_op<arg_preference<Least, Nan>>, arg_candidate_of, T,
                           std::enable_if_t<has_extremes_search_v<T>>> {
    static constexpr bool available = true;
    static arg_candidate<T> fold(const T* first, std::size_t run) noexcept {
        const std::size_t index = first_preferred<arg_preference<Least, Nan>>(first, run);
        return {first[index], static_cast<std::int64_t>(run), static_cast<std::int64_t>(index)};
    }
};

// arg_best_op of an arg_preference over rows of contiguous outputs (argmin along axis 0): the
// values and the indices of the best held in two arrays, folded by fold_best_columns, the count
// of positions folded shared by the tile. Not for bools (a std::vector<bool> has no data()).
template <bool Least, nan_policy Nan, class T>
struct columns_fold<arg_best_op<arg_preference<Least, Nan>>, arg_candidate_of, T,
                    std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>>> {
    static constexpr bool available = true;
    class state {
    public:
        state(const arg_candidate<T>* partials, std::size_t length)
            : values_(length), best_(length), count_(length != 0 ? partials[0].count : 0) {
            for (std::size_t j = 0; j < length; ++j) {
                values_[j] = partials[j].value;
                best_[j] = partials[j].best;
            }
        }

        void fold(const T* first, std::ptrdiff_t stride, std::size_t rows) noexcept {
            fold_best_columns<Least, Nan>(first, stride, rows, values_.data(), best_.data(),
                                          values_.size(), count_);
            count_ += static_cast<std::int64_t>(rows);
        }

        void store(arg_candidate<T>* partials) const noexcept {
            for (std::size_t j = 0; j < values_.size(); ++j) {
                partials[j] = {values_[j], count_, best_[j]};
            }
        }

    private:
        std::vector<T> values_;
        std::vector<std::int64_t> best_;
        std::int64_t count_;
    };
};

// np.argmin and np.argmax along one axis (or every axis, the flat index): the index of the
// element that `better` prefers to all before it along the folded axis, as an ndarray of
// std::int64_t (NumPy's intp).
template <class E, class Better>
ndarray<std::int64_t> arg_best_along(const E& a, const axis_list& axis, Better better,
                                     const options& opts, const char* caller) {
    if (!axis.every_axis() && axis.values().size() != 1) {
        throw std::invalid_argument(std::string(caller) + ": takes one axis, not " +
                                    shape_to_string(axis.values()));
    }
    using T = value_type_t<E>;
    static_assert(std::is_arithmetic_v<T>, "parallel_argmin and parallel_argmax along an axis take "
                                           "integer or floating elements (complex ones are not "
                                           "ordered here)");
    require_nonempty_folds(a, axis, caller);
    arg_candidate_of candidate;
    arg_best_op<Better> op{better};
    const auto found =
        reduce_along(a, axis, arg_candidate<T>{T{}, 0, 0}, op, candidate, false, opts, caller);
    return parallel_map(
        found, [](const arg_candidate<T>& c) { return c.best; }, pool_only(opts));
}

// The smallest and largest elements of a fold, for np.ptp in one pass.
template <class T>
struct extremes {
    T low;
    T high;
};
struct extremes_op {
    template <class T>
    extremes<T> operator()(const extremes<T>& a, const extremes<T>& b) const {
        return {minimum_op{}(a.low, b.low), maximum_op{}(a.high, b.high)};
    }
};

// An element as the extremes of a run of one.
struct extremes_of_element {
    template <class T>
    extremes<T> operator()(const T& x) const noexcept {
        return {x, x};
    }
};

// The extremes of ptp over a contiguous run: its first least and greatest elements, NaN winning,
// by find_first_extremes.
template <class T>
struct contiguous_run_fold<extremes_op, extremes_of_element, T,
                           std::enable_if_t<has_extremes_search_v<T>>> {
    static constexpr bool available = true;
    static extremes<T> fold(const T* first, std::size_t run) noexcept {
        const first_extremes found =
            find_first_extremes<nan_policy::propagate, extremes_wanted::both>(first, run);
        return {first[found.low], first[found.high]};
    }
};

// A floating sum over rows of contiguous outputs (np.sum along axis 0): fold_sum_columns, each
// row added on in order, as fold_rows adds them: the same bits.
template <class T>
struct columns_fold<std::plus<T>, identity_op, T, std::enable_if_t<std::is_floating_point_v<T>>> {
    static constexpr bool available = true;
    using state = column_results<T, fold_sum_columns<T>>;
};

// The extremes (Wanted both: a partial of extremes<T>) or one of them (low or high: T) over rows
// of contiguous outputs: np.ptp, np.min and np.max along axis 0, folded by fold_extreme_columns
// into arrays of the lows, the highs and the first NaN of each column, stored back as the other
// folds make them: a column's first NaN as its extremes.
template <extremes_wanted Wanted, class T>
class extreme_columns {
public:
    using partial = std::conditional_t<Wanted == extremes_wanted::both, extremes<T>, T>;

    extreme_columns(const partial* partials, std::size_t length)
        : low_(Wanted != extremes_wanted::high ? length : 0),
          high_(Wanted != extremes_wanted::low ? length : 0),
          nan_(std::is_floating_point_v<T> ? length : 0) {
        for (std::size_t j = 0; j < length; ++j) {
            if constexpr (Wanted == extremes_wanted::both) {
                low_[j] = partials[j].low;
                high_[j] = partials[j].high;
            } else {
                (Wanted == extremes_wanted::low ? low_ : high_)[j] = partials[j];
            }
        }
        // A partial that is NaN already is the column's first NaN.
        const std::vector<T>& either = Wanted == extremes_wanted::high ? high_ : low_;
        for (std::size_t j = 0; j < nan_.size(); ++j) {
            nan_[j] = is_nan(either[j]) ? either[j] : T{};
        }
    }

    void fold(const T* first, std::ptrdiff_t stride, std::size_t rows) noexcept {
        fold_extreme_columns<Wanted>(first, stride, rows, low_.data(), high_.data(), nan_.data(),
                                     std::max(low_.size(), high_.size()));
    }

    void store(partial* partials) const noexcept {
        const std::size_t length = std::max(low_.size(), high_.size());
        for (std::size_t j = 0; j < length; ++j) {
            const bool has_nan = !nan_.empty() && is_nan(nan_[j]);
            if constexpr (Wanted == extremes_wanted::both) {
                partials[j] =
                    has_nan ? extremes<T>{nan_[j], nan_[j]} : extremes<T>{low_[j], high_[j]};
            } else {
                partials[j] =
                    has_nan ? nan_[j] : (Wanted == extremes_wanted::low ? low_ : high_)[j];
            }
        }
    }

private:
    std::vector<T> low_;
    std::vector<T> high_;
    std::vector<T> nan_;
};

template <class T>
struct columns_fold<extremes_op, extremes_of_element, T,
                    std::enable_if_t<std::is_arithmetic_v<T>>> {
    static constexpr bool available = true;
    using state = extreme_columns<extremes_wanted::both, T>;
};
template <class T>
struct columns_fold<minimum_op, identity_op, T, std::enable_if_t<std::is_arithmetic_v<T>>> {
    static constexpr bool available = true;
    using state = extreme_columns<extremes_wanted::low, T>;
};
template <class T>
struct columns_fold<maximum_op, identity_op, T, std::enable_if_t<std::is_arithmetic_v<T>>> {
    static constexpr bool available = true;
    using state = extreme_columns<extremes_wanted::high, T>;
};

// minimum_op (Least) and maximum_op over a contiguous run (nan_policy::propagate: NaN wins),
// and np.fmin.reduce and np.fmax.reduce (omit: NaN loses; a run of NaN alone gives NaN): its
// first least (greatest) element, by find_first_extremes.
template <bool Least, nan_policy Nan, class T>
struct extreme_run_fold {
    static constexpr bool available = true;
    static T fold(const T* first, std::size_t run) noexcept {
        constexpr extremes_wanted side = Least ? extremes_wanted::low : extremes_wanted::high;
        const first_extremes found = find_first_extremes<Nan, side>(first, run);
        return found.found ? first[Least ? found.low : found.high] : first[0];
    }
};
template <class T>
struct contiguous_run_fold<minimum_op, identity_op, T, std::enable_if_t<has_extremes_search_v<T>>>
    : extreme_run_fold<true, nan_policy::propagate, T> {};
template <class T>
struct contiguous_run_fold<maximum_op, identity_op, T, std::enable_if_t<has_extremes_search_v<T>>>
    : extreme_run_fold<false, nan_policy::propagate, T> {};

// np.ptp's high - low in T: integers wrap in their own type as NumPy's subtract does (np.ptp of
// int8 [-128, 127] is -1).
template <class T>
T numpy_difference(const T& high, const T& low) noexcept {
    if constexpr (std::is_integral_v<T>) {
        using unsigned_type = std::make_unsigned_t<T>;
        return static_cast<T>(static_cast<unsigned_type>(static_cast<unsigned_type>(high) -
                                                         static_cast<unsigned_type>(low)));
    } else {
        return high - low;
    }
}

// np.ptp along `axes` (every axis for the whole array): one pass folding the least and the
// greatest element together, then their differences.
template <class E>
auto ptp_along(const E& a, const axis_list& axes, const options& opts, const char* caller) {
    using T = value_type_t<E>;
    static_assert(std::is_arithmetic_v<T> && !std::is_same_v<T, bool>,
                  "parallel_ptp takes integer or floating elements (NumPy's subtract takes no "
                  "bools; complex elements are not ordered here)");
    require_nonempty_folds(a, axes, caller);
    extremes_of_element both;
    extremes_op op;
    const auto found = reduce_along(a, axes, extremes<T>{min_identity<T>(), max_identity<T>()}, op,
                                    both, false, opts, caller);
    return parallel_map(
        found, [](const extremes<T>& e) { return numpy_difference(e.high, e.low); },
        pool_only(opts));
}

// np.ptp of all of a non-empty a whose elements are searched (searches_extremes): each
// chunk's first extremes, combined in chunk order as ptp_along's fold combines them.
template <class E>
value_type_t<E> ptp_searched(const E& a, const options& opts) {
    using T = value_type_t<E>;
    const auto data = contiguous_data(a);
    auto extremes_of_chunk = [&](chunk_range r, auto&& emit) {
        emit(contiguous_run_fold<extremes_op, extremes_of_element, T>::fold(data + r.begin,
                                                                            r.size()));
    };
    extremes_op combine;
    one_partial_per_chunk slots;
    const extremes<T> found = ordered_reduce(a.size(), opts, extremes<T>{data[0], data[0]},
                                             extremes_of_chunk, combine, slots);
    return numpy_difference(found.high, found.low);
}

// np.multiply of complex numbers in a reduction, as NumPy 1.24 computes np.prod on x86-64 with
// AVX-512, with no C99 Annex G recovery of infinities (std::complex's operator* may do it):
// complex128 as (ar*br - ai*bi) + (ar*bi + ai*br)j with each part a fused multiply-add, rounded
// once after its second product (NumPy's reduction loop is compiled with contraction there);
// complex64 with every product and sum rounded on its own, which volatile stores keep the
// compiler from contracting. Both checked bit for bit against np.prod by
// tests/data/make_prod_ptp_arg_reference.py.
template <class R>
std::complex<R> numpy_complex_multiply(const std::complex<R>& a, const std::complex<R>& b) {
    const R ar = a.real();
    const R ai = a.imag();
    const R br = b.real();
    const R bi = b.imag();
    if constexpr (std::is_same_v<R, float>) {
        const volatile R real_real = ar * br;
        const volatile R imag_imag = ai * bi;
        const volatile R real_imag = ar * bi;
        const volatile R imag_real = ai * br;
        return {real_real - imag_imag, real_imag + imag_real};
    } else {
        return {std::fma(ar, br, -(ai * bi)), std::fma(ar, bi, ai * br)};
    }
}

// A complex element of np.prod, of its own type: a fold into a complex product then starts
// from the init 1+0j, as NumPy's multiply.reduce does, since (1+0j) * x is not x where a part of
// x is infinite (reduce_outputs_from_init: each output's elements in order, on one thread).
template <class C>
struct complex_factor {
    C value;
};
struct complex_product_op {
    template <class C>
    C operator()(const C& product, const complex_factor<C>& x) const {
        return numpy_complex_multiply(product, x.value);
    }
};

// np.multiply.reduce of real floating numbers: a plain loop in memory order, so each output's
// product is folded in one chunk, never as products of chunks (keeps_folds_whole_v).
struct sequential_multiply_op {
    static constexpr bool keeps_folds_whole = true;
    template <class T>
    T operator()(const T& a, const T& b) const {
        return a * b;
    }
};

// A floating product over rows of contiguous outputs (np.prod along axis 0): fold_product_columns,
// each row multiplied in in order, as fold_rows multiplies them: the same bits.
template <class T>
struct columns_fold<sequential_multiply_op, identity_op, T,
                    std::enable_if_t<std::is_floating_point_v<T>>> {
    static constexpr bool available = true;
    using state = column_results<T, fold_product_columns<T>>;
};

// Integer products as NumPy's: in 64 bits (sum_result's type), wrapping modulo 2^64; exact, so
// that folds may be cut into chunks freely.
template <class T>
struct integer_product_op {
    using result_type = typename sum_result<T>::type;
    using unsigned_type = std::make_unsigned_t<result_type>;
    result_type operator()(const result_type& a, const result_type& b) const noexcept {
        return static_cast<result_type>(static_cast<unsigned_type>(a) *
                                        static_cast<unsigned_type>(b));
    }
};

// np.prod along `axes` (every axis for the whole array), typed as NumPy's: integers and bools
// as 64-bit integers (unsigned ones unsigned), floating and complex types as themselves.
template <class E>
auto prod_along(const E& a, const axis_list& axes, const options& opts, const char* caller) {
    using value_type = value_type_t<E>;
    if constexpr (reads_in_memory_order_v<E> && !std::is_integral_v<value_type>) {
        if (const auto data =
                permuted_view_data(a)) { // a floating product's bits depend on the order
            return along_axes_in_memory_order(a, data, axes, caller,
                                              [&](const auto& x, const axis_list& x_axes) {
                                                  return prod_along(x, x_axes, opts, caller);
                                              });
        }
    }
    if constexpr (is_complex_v<value_type>) {
        const auto factor = [](const value_type& x) { return complex_factor<value_type>{x}; };
        complex_product_op multiply;
        return reduce_along(a, axes, value_type(1), multiply, factor, false, opts, caller);
    } else if constexpr (std::is_floating_point_v<value_type>) {
        sequential_multiply_op multiply;
        identity_op identity;
        return reduce_along(a, axes, value_type(1), multiply, identity, false, opts, caller);
    } else {
        using result_type = typename sum_result<value_type>::type;
        integer_product_op<value_type> multiply;
        const auto widen = [](const value_type& x) { return static_cast<result_type>(x); };
        return reduce_along(a, axes, result_type(1), multiply, widen, false, opts, caller);
    }
}

template <class F>
inline constexpr bool is_options_v = std::is_same_v<std::decay_t<F>, options>;

// Whether the second argument of parallel_any / parallel_all is a predicate: neither options nor
// anything an axis_list is made from (an integer, a list of them, an axis_list), which selects
// the overload along axes, as np.any(a, 0) is along axis 0.
template <class F>
inline constexpr bool is_predicate_argument_v =
    !is_options_v<F> && !std::is_constructible_v<axis_list, F>;

} // namespace detail

// ---------------------------------------------------------------------------------------------
// Whole array

/// The smallest element, as np.min: a NaN anywhere gives NaN. Throws std::invalid_argument when
/// a is empty. Deterministic: the chunk results are combined in chunk order.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_min(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_min", a);
    return detail::extreme_of<true>(a, opts, "parray::parallel_min");
}

/// The largest element, as np.max: a NaN anywhere gives NaN. Throws std::invalid_argument when
/// a is empty.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_max(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_max", a);
    return detail::extreme_of<false>(a, opts, "parray::parallel_max");
}

/// The mean, as np.mean: parallel_sum(a) / a.size(), in the floating or complex type for such
/// input and in double otherwise (integers summed as doubles, as NumPy's dtype='f8': no
/// wrapping; float32 divided in double, as NumPy divides a scalar). A complex sum is
/// divided as NumPy divides it, for np.mean's bits (an infinite or NaN part makes the other
/// NaN). NaN (NaN+NaNj for complex) for an empty a.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_mean(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_mean", a);
    return detail::in_memory_order(a, [&](const auto& elements) {
        return detail::mean_of_sum(parallel_sum(detail::as_mean_type(elements), opts), a.size(),
                                   true);
    });
}

/// The flat (row-major) index of the first smallest element, as np.argmin: the first NaN if
/// there is one. Throws std::invalid_argument when a is empty.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
std::size_t parallel_argmin(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_argmin", a);
    return detail::arg_best(a, detail::arg_preference<true, detail::nan_policy::propagate>{}, opts,
                            "parray::parallel_argmin");
}

/// The flat (row-major) index of the first largest element, as np.argmax: the first NaN if
/// there is one. Throws std::invalid_argument when a is empty.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
std::size_t parallel_argmax(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_argmax", a);
    return detail::arg_best(a, detail::arg_preference<false, detail::nan_policy::propagate>{}, opts,
                            "parray::parallel_argmax");
}

/// Whether pred(x) holds for some element (false for an empty a). Stops early: once a chunk
/// finds one, the other chunks stop and those not started are skipped. A second argument that
/// makes an axis_list (`0`, `{0, 1}`, a std::vector of axes) is never a predicate: it selects
/// parallel_any along axes, as np.any(a, 0).
template <class E, class Predicate,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_predicate_argument_v<Predicate>,
                           int> = 0>
bool parallel_any(const E& a, Predicate&& pred, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_any", a);
    return detail::any_element(a, pred, opts);
}

/// Whether some element is non-zero (true), as np.any: NaN counts as true, -0.0 as false, a
/// complex element as true when either part is non-zero.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
bool parallel_any(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_any", a);
    detail::truthy_op truthy;
    return detail::any_element(a, truthy, opts);
}

/// Whether pred(x) holds for every element (true for an empty a); stops early at the first
/// element for which it does not, as parallel_any does.
template <class E, class Predicate,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_predicate_argument_v<Predicate>,
                           int> = 0>
bool parallel_all(const E& a, Predicate&& pred, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_all", a);
    auto fails = [&pred](const auto& x) { return !static_cast<bool>(std::invoke(pred, x)); };
    return !detail::any_element(a, fails, opts);
}

/// Whether every element is non-zero (true), as np.all.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
bool parallel_all(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_all", a);
    auto falsy = [](const auto& x) { return !detail::truthy_op{}(x); };
    return !detail::any_element(a, falsy, opts);
}

/// The number of non-zero elements, as np.count_nonzero(a): NaN counts, -0.0 does not, a
/// complex element counts when either part is non-zero. The sum of `a != 0` as parallel_sum
/// adds bools (exact, in 64 bits), reading a lazy a where it lies: no temporary.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
std::int64_t parallel_count_nonzero(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_count_nonzero", a);
    return parallel_sum(xt::not_equal(a, detail::value_type_t<E>(0)), opts);
}

/// The product of the elements, as np.prod: integers and bools as std::int64_t (unsigned ones
/// as std::uint64_t), wrapping modulo 2^64 as NumPy's do; floating and complex elements in
/// their own type. 1 for an empty a. A floating product has np.prod's bits: NumPy multiplies
/// in memory order, one element after another, so parray does too, on one thread (integer
/// products, exact, are shared among the threads). Complex numbers are multiplied as NumPy
/// multiplies them (see detail::numpy_complex_multiply), from 1+0j.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_prod(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_prod", a);
    // prod_along reads a transposed array in memory order (NumPy's), for every axis too.
    const auto product = detail::prod_along(a, all_axes(), opts, "parray::parallel_prod");
    return *product.data();
}

/// The range of the elements, max - min, as np.ptp, in a's value type: integers wrap in it as
/// NumPy's subtract does (np.ptp of int8 [-128, 127] is -1); a NaN anywhere gives NaN. The
/// least and the greatest element are found in one pass. Throws std::invalid_argument when a is
/// empty. Integer and floating elements only.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_ptp(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_ptp", a);
    detail::require_elements(a.size(), "parray::parallel_ptp");
    if constexpr (detail::has_extremes_search_v<detail::value_type_t<E>>) {
        if (detail::searches_extremes(a)) {
            return detail::ptp_searched(a, opts);
        }
    }
    const auto range = detail::ptp_along(a, all_axes(), opts, "parray::parallel_ptp");
    return *range.data();
}

// ---------------------------------------------------------------------------------------------
// Along axes

/// Folds a along `axes` (as `xt::reduce(op, a, axes)` with init): an ndarray of the other axes'
/// shape whose element m is init ⊕ x_0 ⊕ ... ⊕ x_{L-1} over the L elements folded into it, in
/// row-major order. op must be associative, not commutative. The fold splits into chunks that
/// depend only on L (one up to 32768 elements), so results are the same for every pool size;
/// outputs and long folds alike are shared among the threads. Throws std::invalid_argument for
/// an axis out of range or repeated. A strided view is read in place, and so is an element-wise
/// expression of arrays, strided views and scalars (with the bits of its evaluated array);
/// other lazy expressions are evaluated into a temporary first.
template <class E, class T, class ReduceOp, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<detail::init_type_t<T>> parallel_reduce(const E& a, const axis_list& axes, T init,
                                                ReduceOp op, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_reduce", a);
    detail::check_init_type<T, ReduceOp, const detail::value_type_t<E>&>();
    detail::identity_op identity;
    const detail::init_type_t<T> start = detail::init_traits<T>::value(init);
    return detail::reduce_along(a, axes, start, op, identity, false, opts,
                                "parray::parallel_reduce");
}

/// The sums along `axes` (as `a.sum(axis=...)`), typed as parallel_sum: integers exact (64
/// bits, wrapping like NumPy); floating and complex sums in NumPy's order, for its bits on
/// row-major input: element after element, except along a contiguous run (the last axis and
/// the folded axes merged with it, as NumPy's iterator merges them), summed pairwise 8192 at a
/// time. The same bits for every pool size and option. Throws std::invalid_argument for an
/// axis out of range or repeated.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_sum(const E& a, const axis_list& axes, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_sum", a);
    using value_type = detail::value_type_t<E>;
    using result_type = typename detail::sum_result<value_type>::type;
    if constexpr (detail::is_pairwise_summed_v<value_type>) {
        if constexpr (detail::reads_in_memory_order_v<E>) {
            if (const auto data = detail::permuted_dense_data(a)) {
                return detail::along_axes_in_memory_order(
                    a, data, axes, "parray::parallel_sum",
                    [&](const auto& x, const axis_list& x_axes) {
                        return parallel_sum(x, x_axes, opts);
                    });
            }
        }
        // Folding every axis longer than 1 is one pairwise run in NumPy (its iterator merges
        // them): the whole-array sum's, which also splits a long run among the threads, in its
        // automatic chunks whatever the options (the bits must not depend on them).
        const std::vector<std::size_t> folded =
            detail::normalize_axes(axes, a.dimension(), "parray::parallel_sum");
        if (detail::folds_every_long_axis(a.shape(), folded)) {
            const result_type sum = parallel_sum(a, detail::pool_only(opts));
            return detail::with_kept_dims(detail::filled_result(a.shape(), folded, sum), axes,
                                          folded, a.dimension());
        }
        std::plus<result_type> add;
        detail::identity_op identity;
        return detail::reduce_along(a, axes, result_type(0), add, identity, true, opts,
                                    "parray::parallel_sum");
    } else {
        auto add = detail::integer_sum<value_type>::add;
        auto widen = [](const value_type& x) { return static_cast<result_type>(x); };
        return detail::reduce_along(a, axes, result_type(0), add, widen, false, opts,
                                    "parray::parallel_sum");
    }
}

/// The means along `axes` (as `a.mean(axis=...)`): parallel_sum(a, axes) divided by the number
/// of elements folded into each, typed as parallel_mean (NaN where that number is 0); complex
/// sums divided as np.mean divides them (see parallel_mean). As np.mean, a 0-d array takes no
/// axis at all (only an empty list).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_mean(const E& a, const axis_list& axes, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_mean", a);
    (void)detail::normalize_mean_axes(axes, a.dimension(), "parray::parallel_mean");
    if constexpr (detail::reads_in_memory_order_v<E>) {
        if (const auto data = detail::permuted_dense_data(a)) {
            return detail::along_axes_in_memory_order(a, data, axes, "parray::parallel_mean",
                                                      [&](const auto& x, const axis_list& x_axes) {
                                                          return parallel_mean(x, x_axes, opts);
                                                      });
        }
    }
    using result_type = detail::mean_result_t<detail::value_type_t<E>>;
    auto sums = parallel_sum(detail::as_mean_type(a), axes, opts);
    const std::size_t outputs = sums.size();
    const std::size_t count = outputs == 0 ? 0 : a.size() / outputs;
    // NumPy's mean along every axis is a scalar (divided as the whole-array mean is).
    const bool scalar_result = sums.dimension() == 0;
    const auto divide = [count, scalar_result](const auto& sum) {
        return detail::mean_of_sum(static_cast<result_type>(sum), count, scalar_result);
    };
    if constexpr (std::is_same_v<typename decltype(sums)::value_type, result_type>) {
        parallel_map(sums, sums, divide, detail::pool_only(opts));
        return sums;
    } else {
        return parallel_map(sums, divide, detail::pool_only(opts));
    }
}

/// The numbers of non-zero elements along `axes`, as np.count_nonzero(a, axis=...): an ndarray
/// of std::int64_t, the sums of `a != 0` along them (as parallel_sum along axes).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<std::int64_t> parallel_count_nonzero(const E& a, const axis_list& axes,
                                             const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_count_nonzero", a);
    return parallel_sum(xt::not_equal(a, detail::value_type_t<E>(0)), axes, opts);
}

/// The minima along `axes` (as `a.min(axis=...)`; NaN propagates). Throws std::invalid_argument
/// when a folded axis is empty, even where the result is empty too, as NumPy does.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_min(const E& a, const axis_list& axes, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_min", a);
    using T = detail::value_type_t<E>;
    return detail::extremes_along(a, axes, detail::min_identity<T>(), detail::minimum_op{}, opts,
                                  "parray::parallel_min");
}

/// The maxima along `axes` (as `a.max(axis=...)`; NaN propagates). Throws std::invalid_argument
/// when a folded axis is empty, even where the result is empty too, as NumPy does.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_max(const E& a, const axis_list& axes, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_max", a);
    using T = detail::value_type_t<E>;
    return detail::extremes_along(a, axes, detail::max_identity<T>(), detail::maximum_op{}, opts,
                                  "parray::parallel_max");
}

/// The indices of the first smallest elements along one axis, as np.argmin(a, axis=axis): an
/// ndarray of std::int64_t (NumPy's intp) of the other axes' shape, each an index along that
/// axis; the first NaN where there is one. `axis` is one axis (negative counts from the end;
/// a 0-d array takes 0 or -1, giving 0), keepdims(axis) keeps it as length 1, all_axes() gives
/// the flat index as a 0-d array (np.argmin(a, axis=None, keepdims=...)). The folds are cut
/// into chunks and the outputs shared as parallel_reduce along axes does; the same result for
/// every pool. Throws std::invalid_argument for a list of axes, an axis out of range, or an
/// empty folded axis (as NumPy's "attempt to get argmin of an empty sequence").
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<std::int64_t> parallel_argmin(const E& a, const axis_list& axis, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_argmin", a);
    return detail::arg_best_along(a, axis,
                                  detail::arg_preference<true, detail::nan_policy::propagate>{},
                                  opts, "parray::parallel_argmin");
}

/// The indices of the first largest elements along one axis, as np.argmax(a, axis=axis); as
/// parallel_argmin along an axis otherwise.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<std::int64_t> parallel_argmax(const E& a, const axis_list& axis, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_argmax", a);
    return detail::arg_best_along(a, axis,
                                  detail::arg_preference<false, detail::nan_policy::propagate>{},
                                  opts, "parray::parallel_argmax");
}

/// Whether some element is non-zero along `axes`, as np.any(a, axis=axes): an ndarray<bool> of
/// the kept axes' shape (false where the folded axes are empty). The second argument is read as
/// axes whenever it makes an axis_list: `parallel_any(a, 0)` is along axis 0, as in NumPy, never
/// a predicate. Folds every element (no early stop); as parallel_reduce along axes otherwise.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<bool> parallel_any(const E& a, const axis_list& axes, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_any", a);
    return detail::truths_along(a, axes, true, opts, "parray::parallel_any");
}

/// Whether every element is non-zero along `axes`, as np.all(a, axis=axes): true where the
/// folded axes are empty; as parallel_any along axes otherwise.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<bool> parallel_all(const E& a, const axis_list& axes, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_all", a);
    return detail::truths_along(a, axes, false, opts, "parray::parallel_all");
}

/// The products along `axes`, as np.prod(a, axis=axes), typed as parallel_prod (1 where the
/// folded axes are empty). Each floating or complex output is the product of its elements in
/// row-major order, one after another, as NumPy's: its fold is never cut into chunks, and the
/// outputs are shared among the threads (a single long fold runs on one thread). Integer
/// products, exact, are cut and shared as parallel_reduce along axes. A complex a, and a lazy a
/// other than what parallel_reduce reads in place, is read output by output.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_prod(const E& a, const axis_list& axes, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_prod", a);
    return detail::prod_along(a, axes, opts, "parray::parallel_prod");
}

/// The ranges max - min along `axes`, as np.ptp(a, axis=axes), typed and wrapping as
/// parallel_ptp; one pass. Throws std::invalid_argument when a folded axis is empty, even where
/// the result is empty too, as NumPy does; as parallel_reduce along axes otherwise.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_ptp(const E& a, const axis_list& axes, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_ptp", a);
    return detail::ptp_along(a, axes, opts, "parray::parallel_ptp");
}

} // namespace parray
