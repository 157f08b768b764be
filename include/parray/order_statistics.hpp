// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// NumPy's order statistics on the pool: np.median, np.percentile and np.quantile (NumPy's
// default method, 'linear'), of a whole array and along axes, with NumPy 1.24's bits. They
// select the elements they need (detail/selection.hpp) rather than sort.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "chunking.hpp"
#include "detail/array_access.hpp"
#include "detail/axis_reduction.hpp"
#include "detail/executor.hpp"
#include "detail/selection.hpp"
#include "expressions.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "reductions.hpp"

namespace parray {

namespace detail {

// What np.median returns: the floating type for such input, double for integers.
template <class T>
struct median_result {
    // np.percentile and np.quantile of bool raise TypeError (no boolean subtract).
    static_assert(!std::is_same_v<T, bool>,
                  "parray: median, percentile and quantile take integers (not bool), float and "
                  "double");
    using type = std::conditional_t<std::is_floating_point_v<T>, T, double>;
};
template <class T>
using median_result_t = typename median_result<T>::type;

// x * y rounded to double on its own: an FMA contracted from it and the addition after it
// (-march=haswell, aarch64) would change the last bit of NumPy's interpolation.
inline double rounded_product(double x, double y) noexcept {
    const volatile double product = x * y;
    return product;
}

// b - a in T, as np.subtract computes it: integers wrap around.
template <class T>
T numpy_subtract(T b, T a) noexcept {
    if constexpr (std::is_integral_v<T>) {
        using U = std::make_unsigned_t<T>;
        return static_cast<T>(static_cast<U>(static_cast<U>(b) - static_cast<U>(a)));
    } else {
        return b - a;
    }
}

// NumPy's _lerp(a, b, t) (numpy/lib/function_base.py): a + (b - a) * t, but b - (b - a) * (1 - t)
// where t >= 0.5, with b - a in the elements' type (float32, or wrapping integers) and the rest
// in double.
template <class T>
double numpy_lerp(T a, T b, double t) noexcept {
    const double difference = static_cast<double>(numpy_subtract(b, a));
    if (t >= 0.5) {
        return static_cast<double>(b) - rounded_product(difference, 1.0 - t);
    }
    return static_cast<double>(a) + rounded_product(difference, t);
}

// np.median of n elements: the mean of the middle one or two, as np.mean computes it (summed
// from np.add's identity 0, so -0.0 gives 0.0, then divided by the count).
struct median_statistic {
    static constexpr bool needs_elements = false;

    std::pair<std::size_t, std::size_t> ranks(std::size_t n) const noexcept {
        return {(n - 1) / 2, n / 2};
    }
    template <class R, class T>
    R value(T low, T high, std::size_t n) const noexcept {
        const R first = R(0) + static_cast<R>(low);
        if (n % 2 == 1) {
            return first;
        }
        return (first + static_cast<R>(high)) / R(2);
    }
};

// np.quantile(x, q) of n elements, method 'linear', as NumPy's _quantile computes it.
struct quantile_statistic {
    static constexpr bool needs_elements = true;
    double q;

    struct position {
        std::size_t previous;
        std::size_t next;
        double gamma;
    };
    // _compute_virtual_index, _get_indexes and _get_gamma: the virtual index (n - 1) * q, its
    // floor and the next index; at or past the last index both are the last, which NumPy writes
    // -1, and gamma is the virtual index minus that -1.
    position locate(std::size_t n) const noexcept {
        const double last = static_cast<double>(n - 1);
        const double virtual_index = last * q;
        if (virtual_index >= last) {
            return {n - 1, n - 1, virtual_index - -1.0};
        }
        const double previous = std::floor(virtual_index);
        const auto index = static_cast<std::int64_t>(previous);
        return {static_cast<std::size_t>(index), static_cast<std::size_t>(index) + 1,
                virtual_index - static_cast<double>(index)};
    }
    std::pair<std::size_t, std::size_t> ranks(std::size_t n) const noexcept {
        const position p = locate(n);
        return {p.previous, p.next};
    }
    template <class R, class T>
    R value(T low, T high, std::size_t n) const noexcept {
        return numpy_lerp(low, high, locate(n).gamma);
    }
};

template <class R>
R quiet_nan() noexcept {
    return std::numeric_limits<R>::quiet_NaN();
}

// The median of no elements as NumPy makes it: the mean of an empty slice, 0.0 / 0 computed at
// run time, whose sign is the hardware's (np.median(np.zeros(0)) is -NaN on x86). volatile keeps
// the compiler from folding it into the constant +NaN.
template <class R>
R nan_of_no_elements() noexcept {
    volatile R zero = 0;
    return zero / zero;
}

// The statistic of the n elements that read(range, visit) reads, selected on the pool.
template <class R, class T, class Statistic, class Read>
R statistic_of_source(std::size_t n, Read& read, const Statistic& statistic, const options& opts) {
    using K = order_key_t<T>;
    auto to_key = [](const T& x) { return key_of(x); };
    auto nan = [](const T& x) { return is_nan(x); };
    selection_source<K, Read, decltype(to_key), decltype(nan)> source{n, read, to_key, nan};
    const auto [first, second] = statistic.ranks(n);
    const selected_keys<K> keys = radix_select<K>(source, first, second, opts);
    if (keys.nan) {
        return quiet_nan<R>();
    }
    return statistic.template value<R>(from_key<T>(keys.first), from_key<T>(keys.second), n);
}

// The statistic of all of a's elements (NaN when a is empty).
template <class R, class E, class Statistic>
R statistic_of(const E& a, const Statistic& statistic, const options& opts) {
    if constexpr (!has_strided_storage<const E>::value) {
        return statistic_of<R>(parallel_eval(a, pool_only(opts)), statistic, opts);
    } else {
        if (a.size() == 0) {
            return nan_of_no_elements<R>();
        }
        const auto data = contiguous_data(a);
        prepare_for_concurrent_reads(a);
        auto read = [&](chunk_range r, auto&& visit) { with_range(a, data, r, visit); };
        return statistic_of_source<R, value_type_t<E>>(a.size(), read, statistic, opts);
    }
}

// A row-major cursor over the positions of a strided walk from `first`: * and ++.
template <class Pointer>
class walk_cursor {
public:
    walk_cursor(Pointer first, const std::vector<std::size_t>& shape,
                const std::vector<std::ptrdiff_t>& strides, std::size_t position)
        : first_(first), walk_(shape, strides, position) {}

    decltype(auto) operator*() const { return first_[walk_.offset()]; }
    walk_cursor& operator++() {
        walk_.advance(1);
        return *this;
    }

private:
    Pointer first_;
    strided_walk walk_;
};

// The statistic of a along the `folded` axes (sorted, distinct), of the kept axes' shape. Many
// outputs: shared among the threads, each output's elements copied (as keys) and selected by
// std::nth_element. Fewer outputs than threads, each long: one after another, each selected on
// the pool. Either way the same bits.
template <class R, class E, class Statistic>
ndarray<R> statistic_along(const E& a, const std::vector<std::size_t>& folded,
                           const Statistic& statistic, const options& opts, const char* caller) {
    if constexpr (!has_strided_storage<const E>::value) {
        return statistic_along<R>(parallel_eval(a, pool_only(opts)), folded, statistic, opts,
                                  caller);
    } else {
        using T = value_type_t<E>;
        using K = order_key_t<T>;
        prepare_for_concurrent_reads(a);
        const reduction_geometry g = make_geometry(a.shape(), a.strides(), folded);
        auto result = ndarray<R>::from_shape(g.result_shape);
        R* const out = result.data();
        if (g.outputs == 0) {
            return result;
        }
        if (g.length == 0) {
            if constexpr (Statistic::needs_elements) {
                throw std::invalid_argument(std::string(caller) +
                                            ": an empty slice has no quantile");
            }
            std::fill(out, out + g.outputs, nan_of_no_elements<R>());
            return result;
        }
        const auto* const base = a.data() + a.data_offset();
        const bool contiguous_slices =
            g.folded_shape.empty() || (g.folded_shape.size() == 1 && g.folded_strides[0] == 1);
        if (g.length > serial_selection_max && g.outputs < pool_for(opts).size()) {
            strided_walk outputs(g.kept_shape, g.kept_strides, 0);
            for (std::size_t m = 0; m < g.outputs; ++m, outputs.advance(1)) {
                const auto* const first = base + outputs.offset();
                auto read = [&](chunk_range r, auto&& visit) {
                    if (contiguous_slices) {
                        visit(first + r.begin, r.size());
                    } else {
                        visit(walk_cursor<decltype(first)>(first, g.folded_shape, g.folded_strides,
                                                           r.begin),
                              r.size());
                    }
                };
                out[m] = statistic_of_source<R, T>(g.length, read, statistic, opts);
            }
            return result;
        }
        // Not a structured binding: C++17 lambdas cannot capture one.
        const std::pair<std::size_t, std::size_t> ranks = statistic.ranks(g.length);
        auto body = [&](std::size_t, chunk_range r) {
            std::vector<K> keys(g.length);
            strided_walk outputs(g.kept_shape, g.kept_strides, r.begin);
            for (std::size_t m = r.begin; m < r.end; ++m, outputs.advance(1)) {
                const auto* const first = base + outputs.offset();
                bool nan = false;
                if (contiguous_slices) {
                    for (std::size_t i = 0; i < g.length; ++i) {
                        nan |= is_nan(first[i]);
                        keys[i] = key_of(first[i]);
                    }
                } else {
                    walk_cursor<decltype(first)> element(first, g.folded_shape, g.folded_strides,
                                                         0);
                    for (std::size_t i = 0; i < g.length; ++i, ++element) {
                        nan |= is_nan(*element);
                        keys[i] = key_of(*element);
                    }
                }
                if (nan) {
                    out[m] = quiet_nan<R>();
                    continue;
                }
                const selected_keys<K> selected = select_in(keys, ranks.first, ranks.second);
                out[m] = statistic.template value<R>(from_key<T>(selected.first),
                                                     from_key<T>(selected.second), g.length);
            }
        };
        for_each_chunk(make_chunk_plan(g.outputs, opts, g.length), opts, body);
        return result;
    }
}

// statistic_along `axes`, checked as NumPy's median and percentile check them (_ureduce: on a
// 0-d array only an empty list or all_axes), shaped as `axes` asks (keepdims).
template <class R, class E, class Statistic>
ndarray<R> statistic_along_axes(const E& a, const axis_list& axes, const Statistic& statistic,
                                const options& opts, const char* caller) {
    if (a.dimension() == 0) {
        (void)normalize_axes(axis_list(axes.values()), 0, caller);
    }
    const std::vector<std::size_t> folded = normalize_axes(axes, a.dimension(), caller);
    return with_kept_dims(statistic_along<R>(a, folded, statistic, opts, caller), axes, folded,
                          a.dimension());
}

// q checked as np.quantile checks it (NaN is outside too).
inline quantile_statistic checked_quantile(double q, const char* caller) {
    if (!(q >= 0.0 && q <= 1.0)) {
        throw std::invalid_argument(std::string(caller) + ": q = " + std::to_string(q) +
                                    " is outside [0, 1]");
    }
    return quantile_statistic{q};
}

// q / 100 checked as np.percentile checks it: the quotient must lie in [0, 1].
inline quantile_statistic checked_percentile(double q, const char* caller) {
    const double quantile = q / 100.0;
    if (!(quantile >= 0.0 && quantile <= 1.0)) {
        throw std::invalid_argument(std::string(caller) + ": q = " + std::to_string(q) +
                                    " is outside [0, 100]");
    }
    return quantile_statistic{quantile};
}

// Throws std::invalid_argument, as NumPy raises IndexError, for a quantile of nothing.
inline void require_quantile_elements(std::size_t count, const char* caller) {
    if (count == 0) {
        throw std::invalid_argument(std::string(caller) + ": an empty array has no quantile");
    }
}

// One statistic a q of `qs`, each checked by `check` (all before anything is read, as NumPy).
template <class Check>
std::vector<quantile_statistic> checked_quantiles(const std::vector<double>& qs, Check check,
                                                  const char* caller) {
    std::vector<quantile_statistic> statistics;
    statistics.reserve(qs.size());
    for (const double q : qs) {
        statistics.push_back(check(q, caller));
    }
    return statistics;
}

// np.quantile(a, qs) of a whole array: its quantiles one after another, shape (len(qs),).
template <class E>
ndarray<double> quantiles_of(const E& a, const std::vector<quantile_statistic>& statistics,
                             const options& opts, const char* caller) {
    require_quantile_elements(a.size(), caller);
    if constexpr (!has_strided_storage<const E>::value) {
        return quantiles_of(parallel_eval(a, pool_only(opts)), statistics, opts, caller);
    } else {
        auto result = ndarray<double>::from_shape({statistics.size()});
        for (std::size_t i = 0; i < statistics.size(); ++i) {
            result.data()[i] = statistic_of<double>(a, statistics[i], opts);
        }
        return result;
    }
}

// np.quantile(a, qs, axis=axes): the quantiles along axes of each q one after another, stacked
// along a new first axis of length len(qs), as NumPy prepends it.
template <class E>
ndarray<double> quantiles_along(const E& a, const std::vector<quantile_statistic>& statistics,
                                const axis_list& axes, const options& opts, const char* caller) {
    if constexpr (!has_strided_storage<const E>::value) {
        return quantiles_along(parallel_eval(a, pool_only(opts)), statistics, axes, opts, caller);
    } else {
        if (a.dimension() == 0) {
            (void)normalize_axes(axis_list(axes.values()), 0, caller);
        }
        const std::vector<std::size_t> folded = normalize_axes(axes, a.dimension(), caller);
        std::vector<std::size_t> shape{statistics.size()};
        std::size_t outputs = 1;
        std::size_t length = 1;
        for (std::size_t axis = 0; axis < a.dimension(); ++axis) {
            const auto extent = static_cast<std::size_t>(a.shape()[axis]);
            if (std::binary_search(folded.begin(), folded.end(), axis)) {
                length *= extent;
                if (axes.keeps_dims()) {
                    shape.push_back(1);
                }
            } else {
                outputs *= extent;
                shape.push_back(extent);
            }
        }
        if (outputs != 0 && length == 0) {
            throw std::invalid_argument(std::string(caller) + ": an empty slice has no quantile");
        }
        auto result = ndarray<double>::from_shape(shape);
        for (std::size_t i = 0; i < statistics.size(); ++i) {
            const ndarray<double> part =
                statistic_along_axes<double>(a, axes, statistics[i], opts, caller);
            std::copy(part.data(), part.data() + part.size(), result.data() + i * outputs);
        }
        return result;
    }
}

} // namespace detail

// ---------------------------------------------------------------------------------------------
// Whole array

/// The median, as np.median(a): the middle element of the sorted elements, or the mean of the
/// middle two (np.mean's bits: (0 + x + y) / 2), in the floating type for such input and in
/// double for integers. NaN where a holds a NaN, and for an empty a (NumPy's value, without its
/// warning). Expected O(n), on the pool: a radix selection over the elements' order-preserving
/// keys (a pass over a per 11-bit digit at most, counting into a histogram per chunk; once few
/// candidates are left, their keys are copied out, at most a third of a in all), not a sort.
/// The same bits for every pool and option. Where the middle elements are zeros of both signs,
/// -0.0 counts as smaller than 0.0 (NumPy leaves their order to its introselect).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_median(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_median", a);
    using result_type = detail::median_result_t<detail::value_type_t<E>>;
    return detail::statistic_of<result_type>(a, detail::median_statistic{}, opts);
}

/// The q-th quantile (0 <= q <= 1), as np.quantile(a, q) with its default method 'linear': the
/// elements of ranks floor((n - 1) q) and the next, selected as parallel_median selects them,
/// interpolated by NumPy's formula (_lerp: a + (b - a) t, or b - (b - a) (1 - t) where
/// t >= 0.5), bit for bit. A double, as NumPy's result for integer, float and double elements
/// alike. NaN where a holds a NaN. Throws std::invalid_argument for q outside [0, 1] (NaN
/// included) and for an empty a (NumPy's IndexError).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
double parallel_quantile(const E& a, double q, const options& opts = {}) {
    const char* const caller = "parray::parallel_quantile";
    detail::require_valid_shapes(caller, a);
    const detail::quantile_statistic statistic = detail::checked_quantile(q, caller);
    detail::require_quantile_elements(a.size(), caller);
    return detail::statistic_of<double>(a, statistic, opts);
}

/// The q-th percentile (0 <= q <= 100), as np.percentile(a, q): parallel_quantile(a, q / 100),
/// q / 100 rounded as NumPy divides it. Throws std::invalid_argument for q outside [0, 100]
/// (NaN included) and for an empty a.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
double parallel_percentile(const E& a, double q, const options& opts = {}) {
    const char* const caller = "parray::parallel_percentile";
    detail::require_valid_shapes(caller, a);
    const detail::quantile_statistic statistic = detail::checked_percentile(q, caller);
    detail::require_quantile_elements(a.size(), caller);
    return detail::statistic_of<double>(a, statistic, opts);
}

// ---------------------------------------------------------------------------------------------
// Along axes

/// The medians along `axes`, as np.median(a, axis=...): an ndarray of the other axes' shape
/// (keepdims and all_axes as for parallel_sum), typed as parallel_median, NaN for a slice that
/// holds a NaN or is empty. As NumPy, a 0-d array takes no axis (only an empty list or
/// all_axes()). Many outputs are shared among the threads, each selected by std::nth_element on
/// a copy of its slice; fewer outputs than threads, each long, are selected one after another
/// on the pool. The same bits for every pool. Throws std::invalid_argument for an axis out of
/// range or repeated.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_median(const E& a, const axis_list& axes, const options& opts = {}) {
    const char* const caller = "parray::parallel_median";
    detail::require_valid_shapes(caller, a);
    using result_type = detail::median_result_t<detail::value_type_t<E>>;
    return detail::statistic_along_axes<result_type>(a, axes, detail::median_statistic{}, opts,
                                                     caller);
}

/// The q-th quantiles along `axes`, as np.quantile(a, q, axis=...): an ndarray<double> of the
/// other axes' shape (keepdims as parallel_median), each as parallel_quantile computes it.
/// Throws std::invalid_argument for q outside [0, 1], an axis out of range or repeated, and an
/// empty slice (unless the result is empty too: NumPy's IndexError).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<double> parallel_quantile(const E& a, double q, const axis_list& axes,
                                  const options& opts = {}) {
    const char* const caller = "parray::parallel_quantile";
    detail::require_valid_shapes(caller, a);
    return detail::statistic_along_axes<double>(a, axes, detail::checked_quantile(q, caller), opts,
                                                caller);
}

/// The q-th percentiles along `axes`, as np.percentile(a, q, axis=...):
/// parallel_quantile(a, q / 100, axes). Throws as parallel_quantile, for q outside [0, 100].
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<double> parallel_percentile(const E& a, double q, const axis_list& axes,
                                    const options& opts = {}) {
    const char* const caller = "parray::parallel_percentile";
    detail::require_valid_shapes(caller, a);
    return detail::statistic_along_axes<double>(a, axes, detail::checked_percentile(q, caller),
                                                opts, caller);
}

// ---------------------------------------------------------------------------------------------
// Several quantiles

/// The quantiles of a whole array for each q of `qs`, as np.quantile(a, [q0, q1, ...]): an
/// ndarray<double> of shape (qs.size(),), element i parallel_quantile(a, qs[i]). A braced list
/// of one (`{0.5}`) is the double overload's q; `std::vector<double>{0.5}` is a list. Throws
/// std::invalid_argument for any q outside [0, 1] (before reading a) and for an empty a. Cost:
/// a selection per q (a lazy a is evaluated once first).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<double> parallel_quantile(const E& a, const std::vector<double>& qs,
                                  const options& opts = {}) {
    const char* const caller = "parray::parallel_quantile";
    detail::require_valid_shapes(caller, a);
    return detail::quantiles_of(a, detail::checked_quantiles(qs, detail::checked_quantile, caller),
                                opts, caller);
}

/// The percentiles of a whole array for each q of `qs` (in [0, 100]), as
/// np.percentile(a, [q0, q1, ...]): parallel_quantile of the list of q / 100.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<double> parallel_percentile(const E& a, const std::vector<double>& qs,
                                    const options& opts = {}) {
    const char* const caller = "parray::parallel_percentile";
    detail::require_valid_shapes(caller, a);
    return detail::quantiles_of(
        a, detail::checked_quantiles(qs, detail::checked_percentile, caller), opts, caller);
}

/// The quantiles along `axes` for each q of `qs`, as np.quantile(a, [q0, ...], axis=...): an
/// ndarray<double> whose first axis, of length qs.size(), NumPy prepends to the shape of
/// parallel_quantile(a, q, axes) (keepdims included); slab i is parallel_quantile(a, qs[i],
/// axes). Throws as parallel_quantile along axes (every q checked first). Cost: one
/// parallel_quantile along axes per q (a lazy a is evaluated once first).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<double> parallel_quantile(const E& a, const std::vector<double>& qs, const axis_list& axes,
                                  const options& opts = {}) {
    const char* const caller = "parray::parallel_quantile";
    detail::require_valid_shapes(caller, a);
    return detail::quantiles_along(
        a, detail::checked_quantiles(qs, detail::checked_quantile, caller), axes, opts, caller);
}

/// The percentiles along `axes` for each q of `qs` (in [0, 100]), as
/// np.percentile(a, [q0, ...], axis=...): see parallel_quantile of a list along axes.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<double> parallel_percentile(const E& a, const std::vector<double>& qs,
                                    const axis_list& axes, const options& opts = {}) {
    const char* const caller = "parray::parallel_percentile";
    detail::require_valid_shapes(caller, a);
    return detail::quantiles_along(
        a, detail::checked_quantiles(qs, detail::checked_percentile, caller), axes, opts, caller);
}

} // namespace parray
