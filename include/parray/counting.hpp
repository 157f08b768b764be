// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Counting in parallel: np.histogram and np.bincount of NumPy 1.24, with NumPy's edges, bins,
// counts and weighted sums, bit for bit, on any pool.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "detail/counting.hpp"
#include "detail/expression_traits.hpp"
#include "detail/shape.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "reductions.hpp"

namespace parray {

/// What parallel_histogram returns, as np.histogram's pair: `counts` (one a bin) and `edges`
/// (one more than the bins: bin i is [edges[i], edges[i + 1]), the last one closed).
template <class Count, class Edge>
struct histogram_result {
    ndarray<Count> counts;
    ndarray<Edge> edges;
};

/// np.histogram's `range=(low, high)`: the outer edges of equal bins.
struct histogram_range {
    double low = 0.0;
    double high = 0.0;
};

namespace detail {

template <class E>
void require_histogram_input() {
    using T = value_type_t<E>;
    static_assert(std::is_arithmetic_v<T> && !std::is_same_v<T, bool>,
                  "parray::parallel_histogram: the elements must be integers or floating-point "
                  "numbers (NumPy converts bool to uint8 with a warning: convert it yourself)");
}

inline void require_positive_bins(std::int64_t bins, const char* caller) {
    if (bins < 1) {
        throw std::invalid_argument(std::string(caller) + ": bins = " + std::to_string(bins) +
                                    ": `bins` must be positive, when an integer");
    }
}

template <class E, class W>
void require_same_shape_weights(const E& a, const W& weights, const char* caller) {
    if (!detail::same_shape(a.shape(), weights.shape())) {
        throw std::invalid_argument(std::string(caller) + ": weights of shape " +
                                    shape_to_string(weights.shape()) + " for an array of shape " +
                                    shape_to_string(a.shape()) +
                                    ": weights should have the same shape as a");
    }
}

// np.histogram with `bins` equal bins between `outer`'s edges; `weights` null for counts.
template <class T, class W>
auto equal_bin_histogram(const flat_values<T>& values, const W* weights, std::int64_t bins,
                         const outer_edges& outer, const options& opts) {
    using V = histogram_edge_t<T>;
    using count_type = std::conditional_t<std::is_void_v<W>, std::int64_t, W>;
    histogram_result<count_type, V> result;
    result.edges = numpy_linspace_edges<V>(outer.first, outer.last, bins);
    const auto count = static_cast<std::size_t>(bins);
    result.counts = ndarray<count_type>::from_shape({count});
    const V* edges = result.edges.data();
    const auto first = static_cast<V>(outer.first);
    const auto last = static_cast<V>(outer.last);
    if (!std::isfinite(outer.norm)) {
        // NumPy's index of any value in range is then out of bounds (IndexError).
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto x = static_cast<V>(values.data()[i]);
            if (x >= first && x <= last) {
                throw std::invalid_argument(
                    "parray::parallel_histogram: range [" + number_to_string(outer.first) + ", " +
                    number_to_string(outer.last) + "] is too narrow for " + std::to_string(bins) +
                    " bins: their scale " + number_to_string(outer.norm) +
                    " is not finite (NumPy raises IndexError)");
            }
        }
        std::fill(result.counts.begin(), result.counts.end(), count_type(0));
        return result;
    }
    const auto fill = [&](auto norm) {
        using M = decltype(norm);
        if constexpr (std::is_void_v<W>) {
            const std::vector<std::int64_t> counts = count_equal_bins<M>(
                values.data(), values.size(), first, last, norm, edges, count, opts);
            std::copy(counts.begin(), counts.end(), result.counts.begin());
        } else {
            const std::vector<W> counts = sum_equal_bins<M>(values.data(), weights, values.size(),
                                                            first, last, norm, edges, count, opts);
            std::copy(counts.begin(), counts.end(), result.counts.begin());
        }
    };
    // NumPy multiplies V by its Python float norm in V, unless norm does not fit float32.
    if (std::is_same_v<V, float> && fits_float32_scalar(outer.norm)) {
        fill(static_cast<V>(outer.norm));
    } else {
        fill(outer.norm);
    }
    return result;
}

template <class E>
outer_edges detect_outer_edges(const E& a, const flat_values<value_type_t<E>>& values,
                               std::int64_t bins, const options& opts) {
    using T = value_type_t<E>;
    if (values.size() == 0) {
        return given_outer_edges<T>(0.0, 1.0, bins, "parray::parallel_histogram");
    }
    const T low = parallel_min(a, opts);
    const T high = parallel_max(a, opts);
    return detected_outer_edges<T>(low, high, bins, "parray::parallel_histogram");
}

template <class E, class W>
auto weighted_histogram(const E& a, std::int64_t bins, const histogram_range* range,
                        const W& weights, const options& opts) {
    constexpr const char* caller = "parray::parallel_histogram";
    require_histogram_input<E>();
    require_valid_shapes(caller, a, weights);
    require_positive_bins(bins, caller);
    require_same_shape_weights(a, weights, caller);
    using T = value_type_t<E>;
    const flat_values<T> values(a, opts);
    const outer_edges outer = range != nullptr
                                  ? given_outer_edges<T>(range->low, range->high, bins, caller)
                                  : detect_outer_edges(a, values, bins, opts);
    const flat_values<value_type_t<W>> weight_values(weights, opts);
    return equal_bin_histogram<T, value_type_t<W>>(values, weight_values.data(), bins, outer, opts);
}

} // namespace detail

/// np.histogram(a, bins, range=(range.low, range.high)): the counts of `bins` equal bins from
/// range.low to range.high and their edges, NumPy's bits. a is flattened (any shape); values
/// outside the range and NaN are not counted; a value on an edge goes to the bin NumPy gives
/// it: the bin of (x - low) * bins / (high - low), corrected against the edges, the last bin
/// closed. The edges are np.linspace(low, high, bins + 1) (low, high widened by 0.5 when
/// equal), float for float input and double otherwise; the counts are int64. Throws
/// std::invalid_argument, naming the values, for bins < 1, low > high, a non-finite range, a
/// float range beyond float32 (|value| >= 3.4e38, where NumPy's bins become float64) and a
/// range too narrow for its bins (NumPy's IndexError). Cost: one parallel pass over a, a few
/// operations an element; the threads count into bins of their own, added at the end.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_histogram(const E& a, std::int64_t bins, histogram_range range,
                        const options& opts = {}) {
    constexpr const char* caller = "parray::parallel_histogram";
    detail::require_histogram_input<E>();
    detail::require_valid_shapes(caller, a);
    detail::require_positive_bins(bins, caller);
    using T = detail::value_type_t<E>;
    const detail::outer_edges outer =
        detail::given_outer_edges<T>(range.low, range.high, bins, caller);
    const detail::flat_values<T> values(a, opts);
    return detail::equal_bin_histogram<T, void>(values, nullptr, bins, outer, opts);
}

/// np.histogram(a, bins) without a range: parallel_histogram with the range [a.min(), a.max()]
/// (as NumPy: [0, 1] for an empty a, widened by 0.5 when a.min() == a.max(), the bins' scale
/// taken from a.max() - a.min() in a's type). Throws std::invalid_argument for bins < 1 and
/// for a NaN or an infinity in a ("autodetected range of [...] is not finite"). Cost: two
/// more parallel passes (min, max).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_histogram(const E& a, std::int64_t bins, const options& opts = {}) {
    constexpr const char* caller = "parray::parallel_histogram";
    detail::require_histogram_input<E>();
    detail::require_valid_shapes(caller, a);
    detail::require_positive_bins(bins, caller);
    using T = detail::value_type_t<E>;
    const detail::flat_values<T> values(a, opts);
    const detail::outer_edges outer = detail::detect_outer_edges(a, values, bins, opts);
    return detail::equal_bin_histogram<T, void>(values, nullptr, bins, outer, opts);
}

/// np.histogram(a, bins, range=..., weights=weights): the sums of the weights of the values in
/// each bin, typed as the weights (W), with NumPy's bits: NumPy sums each block of 65536
/// elements per bin in double (np.bincount), converts the block's sums to W and adds them to
/// the counts block after block; so does this, its blocks in parallel and their sums added in
/// block order. The edges as the unweighted form. Throws as the unweighted form, and
/// std::invalid_argument for weights of another shape than a. Cost: one parallel pass, and a
/// sum a bin a block of 65536 (bins * n / 65536 additions, in parallel over bins).
template <class E, class W,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_expression_v<W>, int> = 0>
auto parallel_histogram(const E& a, std::int64_t bins, histogram_range range, const W& weights,
                        const options& opts = {}) {
    return detail::weighted_histogram(a, bins, &range, weights, opts);
}

/// np.histogram(a, bins, weights=weights) without a range: the weighted form over
/// [a.min(), a.max()], as the unweighted form without a range detects it.
template <class E, class W,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_expression_v<W>, int> = 0>
auto parallel_histogram(const E& a, std::int64_t bins, const W& weights, const options& opts = {}) {
    return detail::weighted_histogram(a, bins, nullptr, weights, opts);
}

/// np.histogram(a, bins=edges) with a 1-d array of m edges: m - 1 counts (int64; none when
/// m < 2), bin i holding edges[i] <= x < edges[i + 1] and the last bin also x == edges[m - 1],
/// compared in the type NumPy compares the two in (np.promote_types: double for int64 data and
/// double edges), NaN after every number as np.searchsorted orders it; the edges returned are
/// a copy of `edges`, of its type. Throws std::invalid_argument for edges that are not 1-d or
/// that decrease somewhere (edges[i] > edges[i + 1]). Cost: one parallel pass with a binary
/// search an element (log2 m comparisons); edges with a NaN before a number, which NumPy's
/// check lets through, cost m comparisons an element for NumPy's counts (some negative).
template <class E, class B,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_expression_v<B>, int> = 0>
auto parallel_histogram(const E& a, const B& edges, const options& opts = {}) {
    constexpr const char* caller = "parray::parallel_histogram";
    detail::require_histogram_input<E>();
    detail::require_histogram_input<B>();
    detail::require_valid_shapes(caller, a, edges);
    using T = detail::value_type_t<E>;
    using Edge = detail::value_type_t<B>;
    using C = detail::numpy_promoted_t<T, Edge>;
    if (edges.dimension() != 1) {
        throw std::invalid_argument(std::string(caller) + ": edges of shape " +
                                    detail::shape_to_string(edges.shape()) +
                                    ": `bins` must be 1d, when an array");
    }
    histogram_result<std::int64_t, Edge> result;
    result.edges = edges;
    const std::size_t m = result.edges.size();
    for (std::size_t j = 0; j + 1 < m; ++j) {
        if (result.edges[j] > result.edges[j + 1]) {
            throw std::invalid_argument(std::string(caller) + ": edges[" + std::to_string(j) +
                                        "] = " + detail::number_to_string(result.edges[j]) +
                                        " > edges[" + std::to_string(j + 1) +
                                        "] = " + detail::number_to_string(result.edges[j + 1]) +
                                        ": `bins` must increase monotonically, when an array");
        }
    }
    const std::size_t bins = m < 2 ? 0 : m - 1;
    result.counts = ndarray<std::int64_t>::from_shape({bins});
    if (bins == 0) {
        return result;
    }
    const std::vector<C> compared(result.edges.begin(), result.edges.end());
    const detail::flat_values<T> values(a, opts);
    const std::vector<std::int64_t> counts =
        detail::count_given_edges<C>(values.data(), values.size(), compared, opts);
    std::copy(counts.begin(), counts.end(), result.counts.begin());
    return result;
}

namespace detail {

template <class E>
void require_bincount_input(const E& a) {
    static_assert(std::is_integral_v<value_type_t<E>> && !std::is_same_v<value_type_t<E>, bool>,
                  "parray::parallel_bincount: the elements must be integers (NumPy refuses to "
                  "cast floats to intp)");
    require_valid_shapes("parray::parallel_bincount", a);
    if (a.dimension() != 1) {
        throw std::invalid_argument("parray::parallel_bincount: an array of shape " +
                                    shape_to_string(a.shape()) +
                                    ": np.bincount takes a 1-d array of non-negative integers");
    }
}

// The bins of np.bincount: max(a) + 1, at least minlength. Throws for negative values and
// a negative minlength.
template <class T>
std::size_t bincount_length(const flat_values<T>& values, std::int64_t minlength,
                            const options& opts) {
    if (minlength < 0) {
        throw std::invalid_argument(
            "parray::parallel_bincount: minlength = " + std::to_string(minlength) +
            ": 'minlength' must not be negative");
    }
    std::size_t length = static_cast<std::size_t>(minlength);
    if (values.size() == 0) {
        return length;
    }
    const auto extremes = integer_extremes(values.data(), values.size(), opts);
    if constexpr (std::is_signed_v<T>) {
        if (extremes.first < 0) {
            throw std::invalid_argument("parray::parallel_bincount: the value " +
                                        std::to_string(extremes.first) +
                                        ": 'list' argument must have no negative elements");
        }
    }
    return std::max(length, static_cast<std::size_t>(extremes.second) + 1);
}

} // namespace detail

/// np.bincount(a, minlength=minlength): the number of times each value 0, 1, ..., max(a) occurs
/// in the 1-d integer array a, at least minlength of them (int64). Throws std::invalid_argument
/// naming the value for a negative element or a negative minlength, and for an a that is not
/// 1-d. Cost: one parallel pass, a few runs of chunks a thread counting into counters of their
/// own (growing to the largest value met), added at the end; where a run would need more than
/// its share of 2^22 counters, a second and third pass instead (the extremes, then the counts).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<std::int64_t> parallel_bincount(const E& a, std::int64_t minlength,
                                        const options& opts = {}) {
    detail::require_bincount_input(a);
    using T = detail::value_type_t<E>;
    const detail::flat_values<T> values(a, opts);
    if (minlength < 0) {
        detail::bincount_length(values, minlength, opts); // throws, naming minlength
    }
    std::optional<std::vector<std::int64_t>> counts = detail::count_values_one_pass(
        values.data(), values.size(), static_cast<std::size_t>(minlength), opts);
    if (!counts) {
        // Values too large for one pass's counters: the extremes first, then the counts.
        const std::size_t bins = detail::bincount_length(values, minlength, opts);
        const T* data = values.data();
        auto count_chunk = [data](chunk_range r, std::int64_t* slots) {
            for (std::size_t i = r.begin; i < r.end; ++i) {
                ++slots[static_cast<std::size_t>(data[i])];
            }
        };
        counts = detail::count_in_runs(values.size(), bins, opts, count_chunk);
    }
    const std::size_t bins = counts->size();
    auto result = ndarray<std::int64_t>::from_shape({bins});
    std::copy(counts->begin(), counts->end(), result.begin());
    return result;
}
/// np.bincount(a): parallel_bincount(a, 0, opts).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<std::int64_t> parallel_bincount(const E& a, const options& opts = {}) {
    return parallel_bincount(a, 0, opts);
}

/// np.bincount(a, weights, minlength): the sum of the weights (in double) of each value's
/// elements, with NumPy's bits: each bin adds its weights in element order from 0.0, on any
/// pool. No split into chunks keeps that order (partial sums per chunk round differently), so
/// on pools of fewer than 8 threads this is NumPy's serial loop on the calling thread, in one
/// pass (the sums grow as larger values come). On 8 threads or more (after a parallel pass for
/// the extremes), the elements are first sorted stably
/// into groups of consecutive bins (a counting pass and a scattering pass over a and weights,
/// in parallel chunks), then each group adds its own in order, the groups in parallel: about
/// four serial loops of work and a buffer of 16 bytes an element, which pays only on many
/// threads. Throws as the unweighted form, and std::invalid_argument for weights of another
/// length than a (or not 1-d).
template <class E, class W,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_expression_v<W>, int> = 0>
ndarray<double> parallel_bincount(const E& a, const W& weights, std::int64_t minlength,
                                  const options& opts = {}) {
    detail::require_bincount_input(a);
    detail::require_valid_shapes("parray::parallel_bincount", weights);
    if (weights.dimension() != 1 || weights.size() != a.size()) {
        throw std::invalid_argument("parray::parallel_bincount: weights of shape " +
                                    detail::shape_to_string(weights.shape()) +
                                    " for a list of shape " + detail::shape_to_string(a.shape()) +
                                    ": the weights and list don't have the same length");
    }
    using T = detail::value_type_t<E>;
    const detail::flat_values<T> values(a, opts);
    const detail::flat_values<detail::value_type_t<W>> weight_values(weights, opts);
    if (minlength >= 0 && !detail::partitions_bincount(values.size(), opts)) {
        // NumPy's loop, its bins grown as values come (no pass for the extremes first).
        std::optional<std::vector<double>> sums =
            detail::sum_values_serial(values.data(), weight_values.data(), values.size(),
                                      static_cast<std::size_t>(minlength));
        if (sums) {
            auto result = ndarray<double>::from_shape({sums->size()});
            std::copy(sums->begin(), sums->end(), result.begin());
            return result;
        }
    }
    const std::size_t bins = detail::bincount_length(values, minlength, opts); // throws
    auto result = ndarray<double>::from_shape({bins});
    std::fill(result.begin(), result.end(), 0.0);
    if (values.size() == 0) {
        return result;
    }
    detail::sum_bincount(values.data(), weight_values.data(), values.size(), result.data(), bins,
                         opts);
    return result;
}

/// np.bincount(a, weights): parallel_bincount(a, weights, 0, opts).
template <class E, class W,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_expression_v<W>, int> = 0>
ndarray<double> parallel_bincount(const E& a, const W& weights, const options& opts = {}) {
    return parallel_bincount(a, weights, 0, opts);
}

} // namespace parray
