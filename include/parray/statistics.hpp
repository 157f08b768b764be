// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// NumPy's moments: var, std and average, of a whole array and along axes, with NumPy's
// algorithms (its two passes and its pairwise sums) for NumPy's bits.

#include <cmath>
#include <complex>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "detail/numpy_sum.hpp"
#include "detail/shape.hpp"
#include "expressions.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "parallel.hpp"
#include "reductions.hpp"

#include <xtensor/xfunction.hpp>
#include <xtensor/xmath.hpp>

namespace parray {
namespace detail {

// What np.var returns: the real type of a complex element, else mean_result_t.
template <class T>
struct variance_result {
    using type = mean_result_t<T>;
};
template <class R>
struct variance_result<std::complex<R>> {
    using type = R;
};
template <class T>
using variance_result_t = typename variance_result<T>::type;

// The squared deviation of x from m, as np.var computes it: (x - m)^2, and for complex
// elements re^2 + im^2 of x - m, each square rounded on its own (NumPy squares a real view of
// x - m and adds its two columns).
struct squared_deviation {
    template <class T>
    auto operator()(const T& x, const T& m) const noexcept {
        if constexpr (is_complex_v<T>) {
            const T d = x - m;
            const auto real_square = d.real() * d.real();
            const auto imag_square = d.imag() * d.imag();
            return real_square + imag_square;
        } else {
            const T d = x - m;
            return d * d;
        }
    }
};

// The divisor of np.var: max(N - ddof, 0).
inline std::size_t degrees_of_freedom(std::size_t count, ddof delta) noexcept {
    return count > delta.value ? count - delta.value : 0;
}

// np.var of a whole array: the mean (pairwise sum divided as an array, NumPy's keepdims=True),
// the pairwise sum of the squared deviations, divided as a scalar (np.float32's quotient by
// an integer is computed in double, then rounded).
template <class E>
auto variance_of_all(const E& a, ddof delta, const options& opts) {
    if constexpr (reads_in_memory_order_v<E>) {
        if (const auto data = permuted_view_data(a)) { // NumPy's order: see in_memory_order
            return variance_of_all(view_in_memory_order(a, data), delta, opts);
        }
    }
    using T = mean_result_t<value_type_t<E>>;
    using R = variance_result_t<value_type_t<E>>;
    const auto& values = as_mean_type(a);
    const T mean = mean_of_sum(static_cast<T>(parallel_sum(values, opts)), a.size(), false);
    auto deviations = xt::make_lambda_xfunction(
        [mean](const T& x) { return squared_deviation{}(x, mean); }, values);
    const R squares = parallel_sum(deviations, opts);
    const std::size_t divisor = degrees_of_freedom(a.size(), delta);
    if constexpr (std::is_same_v<R, float>) {
        return static_cast<float>(static_cast<double>(squares) / static_cast<double>(divisor));
    } else {
        return squares / static_cast<R>(divisor);
    }
}

// np.var along axes: the means along them kept as axes of length 1, the sums of the squared
// deviations from them (a lazy expression, read in place: two passes over a), each divided
// as an array (in the result type).
template <class E>
auto variance_along(const E& a, const axis_list& axes, ddof delta, const options& opts,
                    const char* caller) {
    if constexpr (reads_in_memory_order_v<E>) {
        if (const auto data = permuted_view_data(a)) {
            (void)normalize_mean_axes(axes, a.dimension(), caller);
            return along_axes_in_memory_order(
                a, data, axes, caller, [&](const auto& x, const axis_list& x_axes) {
                    return variance_along(x, x_axes, delta, opts, caller);
                });
        }
    }
    using T = mean_result_t<value_type_t<E>>;
    using R = variance_result_t<value_type_t<E>>;
    const std::vector<std::size_t> folded = normalize_mean_axes(axes, a.dimension(), caller);
    std::size_t count = 1;
    for (const std::size_t axis : folded) {
        count *= a.shape()[axis];
    }
    const auto& values = as_mean_type(a);
    ndarray<T> means = parallel_sum(values, keepdims(axes), opts);
    const auto divide_mean = [count](const T& sum) { return mean_of_sum(sum, count, false); };
    parallel_map(means, means, divide_mean, pool_only(opts));
    auto deviations = xt::make_lambda_xfunction(squared_deviation{}, values, means);
    ndarray<R> result = parallel_sum(deviations, axes, opts);
    const auto divisor = static_cast<R>(degrees_of_freedom(count, delta));
    parallel_map(
        result, result, [divisor](const R& squares) { return squares / divisor; }, pool_only(opts));
    return result;
}

// A quotient of std::sqrt's, in place.
template <class R>
void square_root_in_place(ndarray<R>& values, const options& opts) {
    parallel_map(
        values, values, [](const R& x) { return std::sqrt(x); }, pool_only(opts));
}

// The type np.average(a, weights=w) computes in (NumPy's result_type(a, w, 'f8')): double where
// either is an integer or bool, else the wider of the two, complex where either is (complex64
// with float64 weights is complex128).
template <class A, class W>
struct average_type {
    using a_type = mean_result_t<A>;
    using w_type = mean_result_t<W>;
    using real_type = std::common_type_t<variance_result_t<a_type>, variance_result_t<w_type>>;
    using type = std::conditional_t<is_complex_v<a_type> || is_complex_v<w_type>,
                                    std::complex<real_type>, real_type>;
};
template <class A, class W>
using average_type_t = typename average_type<A, W>::type;

// np.average's ZeroDivisionError, as std::domain_error.
[[noreturn]] inline void throw_zero_weight_sum() {
    throw std::domain_error("parray::parallel_average: weights sum to zero, can't be normalized");
}

// The sum of `weights` in R; throws (throw_zero_weight_sum) where it is zero.
template <class R, class W>
R nonzero_weight_sum(const W& weights, const options& opts) {
    const R sum = parallel_sum(xt::cast<R>(weights), opts);
    if (sum == R(0)) {
        throw_zero_weight_sum();
    }
    return sum;
}

// Throws (throw_zero_weight_sum) where any of the weight sums along axes is zero.
template <class Sums>
void require_nonzero_weight_sums(const Sums& sums, const options& opts) {
    using T = typename Sums::value_type;
    if (parallel_any(
            sums, [](const T& sum) { return sum == T(0); }, pool_only(opts))) {
        throw_zero_weight_sum();
    }
}

} // namespace detail

/// The variance, as np.var(a, ddof=...): NumPy's two passes (the mean, then the sum of squared
/// deviations from it, each a pairwise sum as np.sum's) with NumPy's bits. double for integer
/// and bool input, the real type for complex input (the mean of |x - mean|^2), the element type
/// otherwise. Divided by N - ddof: inf or NaN where that is 0 or less (N <= ddof), and NaN for
/// an empty a, as NumPy without its warning. Two passes over a, each split among the threads;
/// a lazy a is read in place (no temporary).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_var(const E& a, ddof delta, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_var", a);
    return detail::variance_of_all(a, delta, opts);
}

/// parallel_var(a, ddof{0}, opts): np.var(a).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_var(const E& a, const options& opts = {}) {
    return parallel_var(a, ddof{0}, opts);
}

/// The variances along `axes` (as np.var(a, axis=..., ddof=...); `parray::keepdims(axes)` keeps
/// them), typed and computed as the whole-array parallel_var: the means along the axes, then
/// the pairwise sums of the squared deviations from them, NumPy's bits. Throws
/// std::invalid_argument for an axis out of range or repeated. Two passes over a.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_var(const E& a, const axis_list& axes, ddof delta, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_var", a);
    return detail::variance_along(a, axes, delta, opts, "parray::parallel_var");
}

/// parallel_var(a, axes, ddof{0}, opts): np.var(a, axis=...).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_var(const E& a, const axis_list& axes, const options& opts = {}) {
    return parallel_var(a, axes, ddof{0}, opts);
}

/// The standard deviation, as np.std(a, ddof=...): the square root of parallel_var's result
/// (the same type, the same two passes).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_std(const E& a, ddof delta, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_std", a);
    return std::sqrt(detail::variance_of_all(a, delta, opts));
}

/// parallel_std(a, ddof{0}, opts): np.std(a).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_std(const E& a, const options& opts = {}) {
    return parallel_std(a, ddof{0}, opts);
}

/// The standard deviations along `axes` (np.std(a, axis=..., ddof=...)): the square roots of
/// parallel_var(a, axes, delta)'s. Throws as parallel_var along axes.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_std(const E& a, const axis_list& axes, ddof delta, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_std", a);
    auto result = detail::variance_along(a, axes, delta, opts, "parray::parallel_std");
    detail::square_root_in_place(result, opts);
    return result;
}

/// parallel_std(a, axes, ddof{0}, opts): np.std(a, axis=...).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_std(const E& a, const axis_list& axes, const options& opts = {}) {
    return parallel_std(a, axes, ddof{0}, opts);
}

/// The mean, as np.average(a) without weights: parallel_mean(a).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_average(const E& a, const options& opts = {}) {
    return parallel_mean(a, opts);
}

/// The weighted mean, as np.average(a, weights=weights): sum(a * w) / sum(w), each a pairwise sum
/// of a lazy expression (no temporary), in double where a or the weights are integers or bool
/// and in the wider element type otherwise (NumPy's float32 with int8 or int16 weights stays
/// float32; here it is double). Throws std::invalid_argument when weights is not of a's shape
/// (np.average's TypeError: with other shapes, give the axis) and std::domain_error when the
/// weights sum to zero (NumPy's ZeroDivisionError). Two passes, each split among the threads.
template <class E, class W,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_expression_v<W>, int> = 0>
auto parallel_average(const E& a, const W& weights, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_average", a, weights);
    using R = detail::average_type_t<detail::value_type_t<E>, detail::value_type_t<W>>;
    if (!detail::same_shape(a.shape(), weights.shape())) {
        throw std::invalid_argument("parray::parallel_average: weights of shape " +
                                    detail::shape_to_string(weights.shape()) +
                                    " for an array of shape " + detail::shape_to_string(a.shape()) +
                                    ": without an axis, the shapes must be the same");
    }
    const R weight_sum = detail::nonzero_weight_sum<R>(weights, opts);
    const R weighted_sum = parallel_sum(xt::cast<R>(a) * xt::cast<R>(weights), opts);
    return detail::numpy_quotient{}(weighted_sum, weight_sum);
}

/// The means along `axes`, as np.average(a, axis=...) without weights: parallel_mean(a, axes).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_average(const E& a, const axis_list& axes, const options& opts = {}) {
    return parallel_mean(a, axes, opts);
}

/// The weighted means along `axes`, as np.average(a, axis=..., weights=weights): weights of a's
/// shape, or 1-dimensional along a single axis (its length that axis's), typed as the
/// whole-array weighted parallel_average. Throws std::invalid_argument for weights of another
/// shape (NumPy's TypeError and ValueError) or an axis out of range, and std::domain_error
/// where weights sum to zero. Two passes over a.
template <class E, class W,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_expression_v<W>, int> = 0>
auto parallel_average(const E& a, const axis_list& axes, const W& weights,
                      const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_average", a, weights);
    using R = detail::average_type_t<detail::value_type_t<E>, detail::value_type_t<W>>;
    constexpr const char* caller = "parray::parallel_average";
    const std::vector<std::size_t> folded = detail::normalize_axes(axes, a.dimension(), caller);
    if (detail::same_shape(a.shape(), weights.shape())) {
        const auto weight_sums = parallel_sum(xt::cast<R>(weights), axes, opts);
        detail::require_nonzero_weight_sums(weight_sums, opts);
        auto result = parallel_sum(xt::cast<R>(a) * xt::cast<R>(weights), axes, opts);
        parallel_assign(result,
                        xt::make_lambda_xfunction(detail::numpy_quotient{}, result, weight_sums),
                        detail::pool_only(opts));
        return result;
    }
    // np.average's other form: 1-d weights along the one axis given, broadcast over the others.
    if (!axes.single() || weights.dimension() != 1 || folded.size() != 1 ||
        weights.shape()[0] != a.shape()[folded[0]]) {
        throw std::invalid_argument(
            std::string(caller) + ": weights of shape " + detail::shape_to_string(weights.shape()) +
            " for an array of shape " + detail::shape_to_string(a.shape()) +
            ": weights must have a's shape, or be 1-d along a single axis, of its length");
    }
    const R weight_sum = detail::nonzero_weight_sum<R>(weights, opts);
    std::vector<std::size_t> along_axis(a.dimension(), 1);
    along_axis[folded[0]] = weights.shape()[0];
    ndarray<R> shaped_weights = xt::cast<R>(weights);
    shaped_weights.reshape(along_axis);
    auto result = parallel_sum(xt::cast<R>(a) * shaped_weights, axes, opts);
    parallel_map(
        result, result,
        [weight_sum](const R& sum) { return detail::numpy_quotient{}(sum, weight_sum); },
        detail::pool_only(opts));
    return result;
}

} // namespace parray
