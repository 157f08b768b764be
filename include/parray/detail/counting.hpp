// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The machinery of counting.hpp: NumPy's histogram (numpy/lib/histograms.py of NumPy 1.24) and
// bincount (numpy/core/src/multiarray/compiled_base.c), step for step where the steps decide
// bits, and the parallel schemes that keep them.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "../chunking.hpp"
#include "../expressions.hpp"
#include "../ndarray.hpp"
#include "../options.hpp"
#include "array_access.hpp"
#include "constants.hpp"
#include "executor.hpp"
#include "expression_traits.hpp"

namespace parray::detail {

// ---- Constants

// np.histogram works through its input in blocks of this many elements (BLOCK in
// histograms.py): with weights, each block's sums per bin are made by np.bincount and added to
// the counts block after block, an order the weighted sums here keep for NumPy's bits.
inline constexpr std::size_t numpy_histogram_block = 65536;
// Unweighted counts are made in runs of consecutive chunks, each run with counters of its own,
// added up at the end: at most this many runs (enough to balance many threads) ...
inline constexpr std::size_t max_counting_runs = 256;
// ... and at most this many counters over all runs (32 MiB of int64), so that many bins mean
// fewer runs rather than gigabytes of counters.
inline constexpr std::size_t counting_counter_budget = std::size_t{1} << 22;
// The one-pass bincount counts in this many runs a thread, each with counters that start at
// this many (or minlength) and double as larger values come.
inline constexpr std::size_t runs_per_thread = 4;
inline constexpr std::size_t first_bincount_size = 1024;
// A run's counters start on a cache line of their own (8 int64 or double), so that two threads
// never write one line.
inline constexpr std::size_t counters_per_line = cache_line_size / sizeof(std::int64_t);
// Weighted sums per block are made this many blocks at a time (a wave), each wave's partial
// sums then added into the result in block order: the partials of a wave take at most
// counting_counter_budget doubles.
inline constexpr std::size_t max_blocks_per_wave = 256;
// The weighted bincount sends its elements to groups of consecutive bins, this many groups a
// thread, so that the groups (summed one thread each) balance over the threads ...
inline constexpr std::size_t bincount_groups_per_thread = 8;
// ... on pools of at least this many threads. Its three passes and its buffer of 16 bytes an
// element cost about four serial loops of work: on 2 threads it took 82-100 ms where the serial
// loop took 19-33 ms (10^7 int64, 1000 bins, a loaded 2-core machine), so smaller pools run
// the serial loop, whose bits are the same. The break-even near 5 threads is an estimate from
// that measure, not a measure.
inline constexpr std::size_t bincount_partition_min_threads = 8;
// np.result_type keeps a Python float with a float32 array only when the value lies strictly
// within this bound (min_scalar_type, numpy/core/src/multiarray/convert_datatype.c); beyond
// it NumPy computes in float64.
inline constexpr double numpy_float32_scalar_bound = 3.4e38;

// ---- Reading the input

// The elements of an expression as one contiguous row-major run: its own storage when it has
// one, else an evaluated copy (a view with gaps, a lazy expression).
template <class T>
class flat_values {
public:
    template <class E>
    flat_values(const E& e, const options& opts) : size_(e.size()) {
        if constexpr (!std::is_same_v<decltype(contiguous_data(e)), std::nullptr_t>) {
            pointer_ = contiguous_data(e);
        }
        if (pointer_ == nullptr && size_ != 0) {
            storage_ = evaluate(e, pool_only(opts));
        }
    }
    const T* data() const noexcept { return pointer_ != nullptr ? pointer_ : storage_.data(); }
    std::size_t size() const noexcept { return size_; }

private:
    std::size_t size_;
    const T* pointer_ = nullptr;
    ndarray<T> storage_;
};

template <class T>
std::string number_to_string(T value) {
    std::ostringstream text;
    text.precision(std::numeric_limits<T>::max_digits10);
    text << +value;
    return text.str();
}

// ---- NumPy's arithmetic

// NumPy's "a < b" of sort and searchsorted: NaN after every number.
template <class T>
bool nan_aware_less(T a, T b) noexcept {
    if constexpr (std::is_floating_point_v<T>) {
        return a < b || (b != b && a == a);
    } else {
        return a < b;
    }
}

// A double converted to an integer type as NumPy's astype does on x86-64: truncated, and the
// "integer indefinite" value (the lowest) for NaN and values out of range, where C++ has none.
template <class I>
I numpy_double_to_integer(double value) noexcept {
    constexpr double upper = -static_cast<double>(std::numeric_limits<I>::min()); // max + 1
    if (value > static_cast<double>(std::numeric_limits<I>::min()) - 1.0 && value < upper) {
        return static_cast<I>(value);
    }
    return std::numeric_limits<I>::min();
}

// a + b in T, as NumPy adds arrays: integers wrap around.
template <class T>
T numpy_add(T a, T b) noexcept {
    if constexpr (std::is_integral_v<T>) {
        using U = std::make_unsigned_t<T>;
        return static_cast<T>(static_cast<U>(static_cast<U>(a) + static_cast<U>(b)));
    } else {
        return a + b;
    }
}

// The type NumPy compares an array of A with an array of B in (np.promote_types), for the
// real types parray counts.
template <class A, class B, class = void>
struct numpy_promoted {
    using type = double;
};
template <class A, class B>
struct numpy_promoted<A, B, std::enable_if_t<std::is_same_v<A, B>>> {
    using type = A;
};
template <class A, class B>
struct numpy_promoted<
    A, B,
    std::enable_if_t<!std::is_same_v<A, B> && std::is_integral_v<A> && std::is_integral_v<B> &&
                     std::is_signed_v<A> == std::is_signed_v<B>>> {
    using type = std::conditional_t<(sizeof(A) >= sizeof(B)), A, B>;
};
template <class A, class B>
struct numpy_promoted<A, B,
                      std::enable_if_t<!std::is_same_v<A, B> && std::is_floating_point_v<A> &&
                                       std::is_floating_point_v<B>>> {
    using type = std::conditional_t<(sizeof(A) >= sizeof(B)), A, B>;
};
template <class A, class B>
using numpy_promoted_t = typename numpy_promoted<A, B>::type;

// Whether NumPy keeps float32 for a float32 array beside the Python float `value`.
inline bool fits_float32_scalar(double value) noexcept {
    return !std::isfinite(value) ||
           (value > -numpy_float32_scalar_bound && value < numpy_float32_scalar_bound);
}

// x * y rounded on its own: no FMA may be contracted from it and the addition after it.
inline double separately_rounded_product(double x, double y) noexcept {
    const volatile double product = x * y;
    return product;
}

// ---- Histograms of equal bins

// What np.histogram computes its equal bins in (bin_type): float32 for float32 input, else
// float64.
template <class T>
using histogram_edge_t = std::conditional_t<std::is_same_v<T, float>, float, double>;

// The outer edges of np.histogram's equal bins (_get_outer_edges) and its scale factor
// `norm`, as NumPy's scalars compute them.
struct outer_edges {
    double first = 0.0;
    double last = 1.0;
    double norm = 0.0;
};

// np.linspace(first, last, bins + 1) in double (NumPy's dtype for every start and stop here),
// then converted to V: the edges of equal bins, bit for bit.
template <class V>
ndarray<V> numpy_linspace_edges(double start, double stop, std::int64_t bins) {
    auto edges = ndarray<V>::from_shape({static_cast<std::size_t>(bins) + 1});
    const double delta = stop - start;
    const auto divisor = static_cast<double>(bins);
    const double step = delta / divisor;
    for (std::int64_t i = 0; i < bins; ++i) {
        const auto position = static_cast<double>(i);
        // NumPy: y = arange(num) * step + start, or (arange(num) / div) * delta + start when
        // the step underflows to 0 (gh-5437).
        const double offset = step == 0.0 ? separately_rounded_product(position / divisor, delta)
                                          : separately_rounded_product(position, step);
        edges[static_cast<std::size_t>(i)] = static_cast<V>(offset + start);
    }
    edges[static_cast<std::size_t>(bins)] = static_cast<V>(stop);
    return edges;
}

[[noreturn]] inline void throw_float32_range(const char* caller, double first, double last) {
    throw std::invalid_argument(
        std::string(caller) + ": range [" + number_to_string(first) + ", " +
        number_to_string(last) +
        "] reaches beyond float32 (|value| >= 3.4e38) for a float32 array, where NumPy switches "
        "its bins to float64; histogram a double array instead");
}

// Equal bins from a given range (numpy: first > last raises, non-finite raises, equal ends are
// widened by 0.5).
template <class T>
outer_edges given_outer_edges(double low, double high, std::int64_t bins, const char* caller) {
    if (low > high) {
        throw std::invalid_argument(std::string(caller) + ": range [" + number_to_string(low) +
                                    ", " + number_to_string(high) +
                                    "]: max must be larger than min in range parameter");
    }
    if (!std::isfinite(low) || !std::isfinite(high)) {
        throw std::invalid_argument(std::string(caller) + ": supplied range of [" +
                                    number_to_string(low) + ", " + number_to_string(high) +
                                    "] is not finite");
    }
    outer_edges outer{low, high, 0.0};
    if (low == high) {
        outer.first = low - 0.5;
        outer.last = high + 0.5;
    }
    if (std::is_same_v<T, float> &&
        (!fits_float32_scalar(outer.first) || !fits_float32_scalar(outer.last))) {
        throw_float32_range(caller, outer.first, outer.last);
    }
    outer.norm = static_cast<double>(bins) / (outer.last - outer.first);
    return outer;
}

// Equal bins from the data's extremes, as NumPy computes them: a.min() and a.max() as scalars
// of a's type, widened by 0.5 (in double) when equal, their difference taken in a's type
// (unsigned for integers: _unsigned_subtract) and divided into bins in double.
template <class T>
outer_edges detected_outer_edges(T low, T high, std::int64_t bins, const char* caller) {
    if constexpr (std::is_floating_point_v<T>) {
        if (!std::isfinite(low) || !std::isfinite(high)) {
            throw std::invalid_argument(std::string(caller) + ": autodetected range of [" +
                                        number_to_string(low) + ", " + number_to_string(high) +
                                        "] is not finite");
        }
    }
    outer_edges outer{static_cast<double>(low), static_cast<double>(high), 0.0};
    double width = 0.0;
    if (low == high) {
        outer.first -= 0.5;
        outer.last += 0.5;
        if (std::is_same_v<T, float> &&
            (!fits_float32_scalar(outer.first) || !fits_float32_scalar(outer.last))) {
            throw_float32_range(caller, outer.first, outer.last);
        }
        width = outer.last - outer.first;
    } else if constexpr (std::is_integral_v<T>) {
        using U = std::make_unsigned_t<T>;
        width = static_cast<double>(static_cast<U>(static_cast<U>(high) - static_cast<U>(low)));
    } else {
        width = static_cast<double>(static_cast<T>(high - low));
    }
    outer.norm = static_cast<double>(bins) / width;
    return outer;
}

// The bin of x (already converted to V, and within [first, last]) among equal bins, as
// np.histogram's fast path computes it: (x - first) * norm truncated (M is the type of that
// product: V, or double where norm does not fit float32), the last edge put in the last bin,
// then corrected by one against the edges where the product rounded across one.
template <class M, class V>
std::size_t equal_bin_of(V x, V first, M norm, const V* edges, std::size_t bins) noexcept {
    const M scaled = static_cast<M>(static_cast<V>(x - first)) * norm;
    // scaled is not negative (x >= first). The comparison also sends NaN (0 * inf from an
    // infinite range) to the last bin instead of a conversion without a result; the conversion
    // goes through int64, one instruction on x86-64 where size_t takes a branch.
    std::size_t index = scaled < static_cast<M>(bins)
                            ? static_cast<std::size_t>(static_cast<std::int64_t>(scaled))
                            : bins;
    if (index >= bins) {
        index = bins - 1;
    }
    if (x < edges[index]) {
        --index;
    } else if (index != bins - 1 && x >= edges[index + 1]) {
        ++index;
    }
    return index;
}

// Calls count_chunk(range, counters) over the runs of consecutive chunks of
// make_chunk_plan(n, opts), each run with `width` zeroed int64 counters of its own, and
// returns their sums. The counts do not depend on the chunks; the runs only spread the work.
template <class CountChunk>
std::vector<std::int64_t> count_in_runs(std::size_t n, std::size_t width, const options& opts,
                                        CountChunk& count_chunk) {
    std::vector<std::int64_t> totals(width, 0);
    const chunk_plan plan = make_chunk_plan(n, opts);
    if (plan.size() == 0 || width == 0) {
        return totals;
    }
    const std::size_t stride =
        (width + counters_per_line - 1) / counters_per_line * counters_per_line;
    const std::size_t budget_runs = std::max<std::size_t>(1, counting_counter_budget / stride);
    const chunk_plan runs =
        chunk_plan::balanced(plan.size(), std::min({plan.size(), max_counting_runs, budget_runs}));
    if (runs.size() == 1) {
        count_chunk(chunk_range{0, n}, totals.data());
        return totals;
    }
    std::vector<std::int64_t> counters(runs.size() * stride, 0);
    auto count_run = [&](std::size_t run, chunk_range chunks) {
        count_chunk(chunk_range{plan[chunks.begin].begin, plan[chunks.end - 1].end},
                    counters.data() + run * stride);
    };
    for_each_chunk(runs, opts, count_run);
    auto add_runs = [&](std::size_t, chunk_range bins) {
        for (std::size_t run = 0; run < runs.size(); ++run) {
            const std::int64_t* mine = counters.data() + run * stride;
            for (std::size_t bin = bins.begin; bin < bins.end; ++bin) {
                totals[bin] += mine[bin];
            }
        }
    };
    for_each_elementwise(width, pool_only(opts), add_runs);
    return totals;
}

// Counts n values into equal bins. Every bound is a parameter, a local no store to `counts`
// can alias: read through a lambda's captures (even by value, through the closure), g++
// reloaded the bin count (a size_t, which may alias int64) and the edges for every element,
// and the loop took 2.5 times a plain one.
// How far from a whole number (x - first) * norm must lie for its truncation to be NumPy's bin
// without looking at the edges. Every rounding in it and in np.linspace's edges is at most a
// unit roundoff of V (or of double) relative to the value rounded, so in units of bins the
// product is within 4u * bins of its exact value and an edge within u * (4 bins + |first| *
// norm) of its exact place: 16u * (bins + (|first| + |last|) * norm) covers both with room to
// spare. Where that reaches 1/4 (huge offsets against narrow bins), the edges decide always.
template <class V, class M>
M equal_bin_margin(V first, V last, M norm, std::size_t bins) noexcept {
    const double unit = std::numeric_limits<V>::epsilon() / 2;
    const double margin = 16.0 * unit *
                          (static_cast<double>(bins) + (std::abs(static_cast<double>(first)) +
                                                        std::abs(static_cast<double>(last))) *
                                                           static_cast<double>(norm));
    return margin < 0.25 ? static_cast<M>(margin) : M(1);
}

// Counts n values into equal bins: NumPy's bin (equal_bin_of), read from the truncated product
// alone where its fraction is clear of a whole number by equal_bin_margin (the edges' check
// can only confirm it there), else with the edges. Every bound is a parameter, a local no
// store to `counts` can alias: read through a lambda's captures (even by value, through the
// closure), g++ reloaded the bin count (a size_t, which may alias int64) and the edges for
// every element, and the loop took 2.5 times a plain one.
template <class M, class T, class V>
void count_equal_bins_in(const T* values, std::size_t n, V first, V last, M norm, const V* edges,
                         std::size_t bins, std::int64_t* counts) noexcept {
    const M margin = equal_bin_margin(first, last, norm, bins);
    const M upper = M(1) - margin;
    const auto bin_count = static_cast<M>(bins);
    for (std::size_t i = 0; i < n; ++i) {
        const auto x = static_cast<V>(values[i]);
        if (x >= first && x <= last) {
            const M scaled = static_cast<M>(static_cast<V>(x - first)) * norm;
            const std::int64_t whole =
                scaled < bin_count ? static_cast<std::int64_t>(scaled) : std::int64_t{-1};
            const M fraction = scaled - static_cast<M>(whole);
            if (whole >= 0 && fraction > margin && fraction < upper) {
                ++counts[whole];
            } else {
                ++counts[equal_bin_of(x, first, norm, edges, bins)];
            }
        }
    }
}

// The counts of equal bins, unweighted: one pass, each run counting into its own bins.
template <class M, class T, class V>
std::vector<std::int64_t> count_equal_bins(const T* values, std::size_t n, V first, V last, M norm,
                                           const V* edges, std::size_t bins, const options& opts) {
    auto count_chunk = [=](chunk_range r, std::int64_t* counts) {
        count_equal_bins_in(values + r.begin, r.size(), first, last, norm, edges, bins, counts);
    };
    return count_in_runs(n, bins, opts, count_chunk);
}

// The weighted sums of equal bins with np.histogram's bits: each block of numpy_histogram_block
// elements sums its weights per bin in double in element order (np.bincount), and the blocks'
// sums, converted to W, are added to the counts (in W) in block order. The blocks run in
// parallel a wave at a time; each wave's sums are then added in order, in parallel over bins.
template <class M, class T, class V, class W>
std::vector<W> sum_equal_bins(const T* values, const W* weights, std::size_t n, V first, V last,
                              M norm, const V* edges, std::size_t bins, const options& opts) {
    make_chunk_plan(0, opts); // the blocks are NumPy's, but options setting both still throw
    std::vector<W> counts(bins, W(0));
    const std::size_t blocks = (n + numpy_histogram_block - 1) / numpy_histogram_block;
    const std::size_t stride =
        (bins + counters_per_line - 1) / counters_per_line * counters_per_line;
    const std::size_t wave_size =
        std::max<std::size_t>(1, std::min(max_blocks_per_wave, counting_counter_budget / stride));
    std::vector<double> sums;
    for (std::size_t wave_begin = 0; wave_begin < blocks; wave_begin += wave_size) {
        const std::size_t wave_blocks = std::min(wave_size, blocks - wave_begin);
        sums.assign(wave_blocks * stride, 0.0);
        auto sum_block = [&, values, weights, first, last, norm, edges, bins](std::size_t block,
                                                                              chunk_range) {
            double* mine = sums.data() + block * stride;
            const std::size_t begin = (wave_begin + block) * numpy_histogram_block;
            const std::size_t end = std::min(n, begin + numpy_histogram_block);
            for (std::size_t i = begin; i < end; ++i) {
                const auto x = static_cast<V>(values[i]);
                if (x >= first && x <= last) {
                    mine[equal_bin_of(x, first, norm, edges, bins)] +=
                        static_cast<double>(weights[i]);
                }
            }
        };
        for_each_chunk(chunk_plan::balanced(wave_blocks, wave_blocks), opts, sum_block);
        auto add_blocks = [&](std::size_t, chunk_range r) {
            for (std::size_t block = 0; block < wave_blocks; ++block) {
                const double* mine = sums.data() + block * stride;
                for (std::size_t bin = r.begin; bin < r.end; ++bin) {
                    W block_sum;
                    if constexpr (std::is_integral_v<W>) {
                        block_sum = numpy_double_to_integer<W>(mine[bin]);
                    } else {
                        block_sum = static_cast<W>(mine[bin]);
                    }
                    counts[bin] = numpy_add(counts[bin], block_sum);
                }
            }
        };
        for_each_elementwise(bins, pool_only(opts), add_blocks);
    }
    return counts;
}

// ---- Histograms of given edges

// The counts of np.histogram with an array of edges (m of them, m >= 2), as its searchsorted
// on each block sorted computes them: cum[j] is the count of x < e[j] (j < m - 1) and of
// x <= e[m - 1] (j = m - 1), in NumPy's order with NaN last, compared in C; the counts are
// cum's differences. Edges in that order (a NaN only after every number) give each x one bin,
// found by a binary search; others (a NaN before a number, which NumPy's check lets through)
// are counted edge by edge, O(n m), for NumPy's very counts, negative ones included.
template <class C, class T>
std::vector<std::int64_t> count_given_edges(const T* values, std::size_t n,
                                            const std::vector<C>& edges, const options& opts) {
    const std::size_t m = edges.size();
    bool nan_last = true;
    for (std::size_t j = 0; j + 1 < m; ++j) {
        if (nan_aware_less(edges[j + 1], edges[j])) {
            nan_last = false;
        }
    }
    const C* e = edges.data();
    const C top = edges[m - 1];
    if (nan_last) {
        auto count_chunk = [=](chunk_range r, std::int64_t* counts) {
            for (std::size_t i = r.begin; i < r.end; ++i) {
                const auto x = static_cast<C>(values[i]);
                // below: the edges e <= x, NaN last.
                const auto below =
                    static_cast<std::size_t>(std::upper_bound(e, e + m, x, nan_aware_less<C>) - e);
                if (below >= 1 && below < m) {
                    ++counts[below - 1];
                } else if (below == m && !nan_aware_less(top, x)) {
                    ++counts[m - 2];
                }
            }
        };
        return count_in_runs(n, m - 1, opts, count_chunk);
    }
    auto cumulate_chunk = [=](chunk_range r, std::int64_t* cum) {
        for (std::size_t i = r.begin; i < r.end; ++i) {
            const auto x = static_cast<C>(values[i]);
            for (std::size_t j = 0; j + 1 < m; ++j) {
                cum[j] += nan_aware_less(x, e[j]) ? 1 : 0;
            }
            cum[m - 1] += nan_aware_less(top, x) ? 0 : 1;
        }
    };
    const std::vector<std::int64_t> cum = count_in_runs(n, m, opts, cumulate_chunk);
    std::vector<std::int64_t> counts(m - 1);
    for (std::size_t j = 0; j + 1 < m; ++j) {
        counts[j] = cum[j + 1] - cum[j];
    }
    return counts;
}

// ---- bincount

// The least and the greatest of n integers, in parallel.
template <class T>
std::pair<T, T> integer_extremes(const T* values, std::size_t n, const options& opts) {
    const chunk_plan plan = make_chunk_plan(n, opts);
    std::vector<std::pair<T, T>> extremes(plan.size(), {values[0], values[0]});
    auto body = [&](std::size_t chunk, chunk_range r) {
        T low = values[r.begin];
        T high = values[r.begin];
        for (std::size_t i = r.begin; i < r.end; ++i) {
            low = std::min(low, values[i]);
            high = std::max(high, values[i]);
        }
        extremes[chunk] = {low, high};
    };
    for_each_chunk(plan, opts, body);
    std::pair<T, T> result = extremes[0];
    for (const auto& chunk : extremes) {
        result.first = std::min(result.first, chunk.first);
        result.second = std::max(result.second, chunk.second);
    }
    return result;
}

// Counts n values into `counts`, grown (doubling, up to cap) to the largest value met; a
// negative value is not counted but recorded (`negative`, the least in `least`). Returns false
// at a value of cap or more. Every bound is a parameter or a local: read through a closure or
// a chunk_plan (size_t members, which an int64 store may alias), g++ reloads them for every
// element.
template <class T>
bool count_growing(const T* values, std::size_t n, std::size_t cap,
                   std::vector<std::int64_t>& counts, bool& negative, T& least) {
    using U = std::make_unsigned_t<T>;
    std::int64_t* slots = counts.data();
    std::size_t size = counts.size();
    bool any_negative = false;
    T lowest = T(0);
    for (std::size_t i = 0; i < n; ++i) {
        const auto slot = static_cast<U>(values[i]);
        if (slot >= size) {
            if constexpr (std::is_signed_v<T>) {
                if (values[i] < 0) {
                    lowest = any_negative ? std::min(lowest, values[i]) : values[i];
                    any_negative = true;
                    continue;
                }
            }
            if (slot >= cap) {
                return false;
            }
            counts.resize(std::min(cap, std::max<std::size_t>(slot + 1, 2 * size)), 0);
            slots = counts.data();
            size = counts.size();
        }
        ++slots[slot];
    }
    negative = any_negative;
    least = lowest;
    return true;
}

// The unweighted bincount in one pass where the bins stay few: each run of chunks counts into
// counters of its own that grow (doubling) to the largest value it meets, up to a share of
// counting_counter_budget; the bins are then the highest counter in use. A negative value is
// remembered (the least one, to name it) and not counted; a value past the share makes the
// call return no counts (std::nullopt), and the caller counts in two passes instead (the
// extremes first). The runs depend on the pool (a few a thread); integer counts do not.
template <class T>
std::optional<std::vector<std::int64_t>>
count_values_one_pass(const T* values, std::size_t n, std::size_t minlength, const options& opts) {
    const chunk_plan plan = make_chunk_plan(n, opts);
    const std::size_t run_count = std::min(plan.size(), runs_per_thread * pool_for(opts).size());
    const chunk_plan runs = chunk_plan::balanced(plan.size(), run_count);
    const std::size_t cap = counting_counter_budget / std::max<std::size_t>(runs.size(), 1);
    if (minlength > cap) {
        return std::nullopt;
    }
    struct run_counters {
        std::vector<std::int64_t> counts;
        bool overflow = false;
        bool negative = false;
        T least = T(0);
        char padding[cache_line_size]; // neighbouring runs' flags on lines of their own
    };
    std::vector<run_counters> counters(runs.size());
    const std::size_t first_size = std::max<std::size_t>(minlength, first_bincount_size);
    auto count_run = [&](std::size_t run, chunk_range chunks) {
        run_counters& mine = counters[run];
        mine.counts.assign(std::min(first_size, cap), 0);
        const std::size_t begin = plan[chunks.begin].begin;
        mine.overflow = !count_growing(values + begin, plan[chunks.end - 1].end - begin, cap,
                                       mine.counts, mine.negative, mine.least);
    };
    for_each_chunk(runs, opts, count_run);
    std::size_t bins = minlength;
    for (const run_counters& run : counters) {
        if (run.negative) {
            T least = run.least;
            for (const run_counters& other : counters) {
                if (other.negative) {
                    least = std::min(least, other.least);
                }
            }
            throw std::invalid_argument("parray::parallel_bincount: the value " +
                                        std::to_string(least) +
                                        ": 'list' argument must have no negative elements");
        }
    }
    for (const run_counters& run : counters) {
        if (run.overflow) {
            return std::nullopt;
        }
        std::size_t used = run.counts.size();
        while (used > bins && run.counts[used - 1] == 0) {
            --used;
        }
        bins = std::max(bins, used);
    }
    std::vector<std::int64_t> totals(bins, 0);
    for (const run_counters& run : counters) {
        const std::size_t used = std::min(bins, run.counts.size());
        for (std::size_t bin = 0; bin < used; ++bin) {
            totals[bin] += run.counts[bin];
        }
    }
    return totals;
}

// Whether the weighted bincount of n elements with these options partitions its elements by
// bin (sum_bincount); otherwise it is NumPy's serial loop.
inline bool partitions_bincount(std::size_t n, const options& opts) {
    return make_chunk_plan(n, opts).size() > 1 &&
           pool_for(opts).size() >= bincount_partition_min_threads;
}

// np.bincount's weighted loop in one pass on the calling thread, its sums (at least minlength)
// grown as larger values come; std::nullopt at a negative value, which the caller then names.
template <class T, class W>
std::optional<std::vector<double>> sum_values_serial(const T* values, const W* weights,
                                                     std::size_t n, std::size_t minlength) {
    using U = std::make_unsigned_t<T>;
    std::vector<double> sums(minlength, 0.0);
    std::size_t size = sums.size();
    std::size_t used = minlength;
    double* slots = sums.data();
    for (std::size_t i = 0; i < n; ++i) {
        const auto slot = static_cast<U>(values[i]);
        if (slot >= size) {
            if constexpr (std::is_signed_v<T>) {
                if (values[i] < 0) {
                    return std::nullopt;
                }
            }
            sums.resize(std::max<std::size_t>(slot + 1, 2 * size), 0.0);
            slots = sums.data();
            size = sums.size();
        }
        used = std::max<std::size_t>(used, static_cast<std::size_t>(slot) + 1);
        slots[slot] += static_cast<double>(weights[i]);
    }
    sums.resize(used);
    return sums;
}

// The weighted bincount with np.bincount's bits, where each bin adds its weights in double in
// element order, starting from 0: the elements are sorted, stably, into groups of consecutive
// bins (a counting pass, then a scattering pass, both in parallel chunks), and each group adds
// its elements in order into its own bins, one group a task. Costs two passes over a and one
// over weights, a buffer of 2n doubles, and a third pass over that buffer; on pools of fewer
// than bincount_partition_min_threads threads, a serial loop.
template <class T, class W>
void sum_bincount(const T* values, const W* weights, std::size_t n, double* out, std::size_t bins,
                  const options& opts) {
    const chunk_plan plan = make_chunk_plan(n, opts);
    thread_pool& pool = pool_for(opts);
    if (!partitions_bincount(n, opts)) {
        for (std::size_t i = 0; i < n; ++i) {
            out[static_cast<std::size_t>(values[i])] += static_cast<double>(weights[i]);
        }
        return;
    }
    // Groups of 2^shift consecutive bins.
    const std::size_t wanted_groups = std::min(bins, bincount_groups_per_thread * pool.size());
    unsigned shift = 0;
    while (((bins - 1) >> shift) + 1 > wanted_groups) {
        ++shift;
    }
    const std::size_t groups = ((bins - 1) >> shift) + 1;
    std::vector<std::size_t> cursors(plan.size() * groups, 0);
    auto count_groups = [&](std::size_t chunk, chunk_range r) {
        std::size_t* mine = cursors.data() + chunk * groups;
        for (std::size_t i = r.begin; i < r.end; ++i) {
            ++mine[static_cast<std::size_t>(values[i]) >> shift];
        }
    };
    for_each_chunk(plan, opts, count_groups);
    // Group-major positions: each group's elements in element order.
    std::vector<std::size_t> group_begin(groups + 1, 0);
    std::size_t position = 0;
    for (std::size_t group = 0; group < groups; ++group) {
        group_begin[group] = position;
        for (std::size_t chunk = 0; chunk < plan.size(); ++chunk) {
            const std::size_t count = cursors[chunk * groups + group];
            cursors[chunk * groups + group] = position;
            position += count;
        }
    }
    group_begin[groups] = position;
    // Each element as two doubles, its bin (exact: a bin count fits in 53 bits) and its weight,
    // so that a group is written as one stream. Uninitialised, and advised onto huge pages as
    // every large ndarray: zeroing it page by page cost more than the three passes together.
    auto sorted = ndarray<double>::from_shape({2 * n});
    double* const sorted_data = sorted.data();
    auto scatter = [&](std::size_t chunk, chunk_range r) {
        // The chunk's cursors in a copy of its own, which no store to `sorted` can alias.
        std::vector<std::size_t> slots(
            cursors.begin() + static_cast<std::ptrdiff_t>(chunk * groups),
            cursors.begin() + static_cast<std::ptrdiff_t>((chunk + 1) * groups));
        std::size_t* const next = slots.data();
        for (std::size_t i = r.begin; i < r.end; ++i) {
            const auto bin = static_cast<std::size_t>(values[i]);
            double* const entry = sorted_data + 2 * next[bin >> shift]++;
            entry[0] = static_cast<double>(bin);
            entry[1] = static_cast<double>(weights[i]);
        }
    };
    for_each_chunk(plan, opts, scatter);
    auto add_group = [&](std::size_t group, chunk_range) {
        const double* entry = sorted_data + 2 * group_begin[group];
        const double* const end = sorted_data + 2 * group_begin[group + 1];
        for (; entry != end; entry += 2) {
            out[static_cast<std::size_t>(entry[0])] += entry[1];
        }
    };
    for_each_chunk(chunk_plan::balanced(groups, groups), pool_only(opts), add_group);
}

} // namespace parray::detail
