// SPDX-License-Identifier: BSD-3-Clause

// np.histogram and np.bincount on parray (issue 18) beside the loops a C++ programmer would
// write under OpenMP: a private array of bins per thread, added up at the end.
//   counting/histogram/n:10000000/<method>          100 equal bins over [0, 1) of 10^7 doubles
//   counting/bincount/n:10000000/<method>           np.bincount of 10^7 int64 in [0, 1000)
//   counting/bincount_weighted/n:10000000/<method>  the same with double weights
// Methods: parray (parallel_histogram, parallel_bincount), openmp (private bins per thread; for
// the histogram the same bins as NumPy's, its edge corrections included), serial (one loop on
// one thread: for the weighted bincount, the loop whose bits NumPy's are, which the OpenMP
// private-bins loop does not keep). Every benchmark checks its counts after timing.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include <parray/parray.hpp>

#include "bench_common.hpp"

#if defined(PARRAY_BENCH_HAVE_OPENMP)
#define PARRAY_BENCH_OMP(directive) _Pragma(#directive)
#else
#define PARRAY_BENCH_OMP(directive)
#endif

namespace {

using parray_bench::fail;

constexpr std::size_t size = 10'000'000;
constexpr std::size_t histogram_bins = 100;
constexpr std::int64_t bincount_values = 1000;

enum class method { parray, openmp, serial };

const parray::ndarray<double>& uniform_input() {
    static const parray::ndarray<double> values = [] {
        auto a = parray::ndarray<double>::from_shape({size});
        parray_bench::fill_uniform(a.data(), a.size(), 0x243f6a8885a308d3ULL);
        return a;
    }();
    return values;
}

const parray::ndarray<std::int64_t>& integer_input() {
    static const parray::ndarray<std::int64_t> values = [] {
        const parray::ndarray<double>& uniform = uniform_input();
        auto a = parray::ndarray<std::int64_t>::from_shape({size});
        for (std::size_t i = 0; i < size; ++i) {
            a.data()[i] = static_cast<std::int64_t>(uniform.data()[i] * bincount_values);
        }
        return a;
    }();
    return values;
}

// np.histogram's bins for [first, last]: np.linspace's edges, and the bin of x from
// (x - first) * norm corrected against them, the last bin closed.
struct equal_bins {
    double first;
    double last;
    double norm;
    std::vector<double> edges;

    equal_bins(double low, double high, std::size_t bins)
        : first(low), last(high), norm(static_cast<double>(bins) / (high - low)), edges(bins + 1) {
        const double step = (high - low) / static_cast<double>(bins);
        for (std::size_t i = 0; i < bins; ++i) {
            const volatile double offset = static_cast<double>(i) * step;
            edges[i] = offset + low;
        }
        edges[bins] = high;
    }

    std::size_t bin_of(double x) const {
        return bin_in(x, first, norm, edges.data(), edges.size() - 1);
    }

    // Every bound a parameter: a loop that reads them through `this` reloads them for every
    // element (a counter store may alias them), at twice the time.
    static std::size_t bin_in(double x, double first, double norm, const double* edges,
                              std::size_t bins) {
        const double scaled = (x - first) * norm;
        std::size_t index = scaled < static_cast<double>(bins)
                                ? static_cast<std::size_t>(static_cast<std::int64_t>(scaled))
                                : bins;
        if (index == bins) {
            --index;
        }
        if (x < edges[index]) {
            --index;
        } else if (index != bins - 1 && x >= edges[index + 1]) {
            ++index;
        }
        return index;
    }
};

std::vector<std::int64_t> openmp_histogram(const double* x, std::size_t n) {
    const equal_bins bins(0.0, 1.0, histogram_bins);
    std::vector<std::int64_t> totals(histogram_bins, 0);
    const auto count = static_cast<std::int64_t>(n);
    PARRAY_BENCH_OMP(omp parallel) {
        std::vector<std::int64_t> mine(histogram_bins, 0);
        std::int64_t* const counts = mine.data();
        const double first = bins.first;
        const double last = bins.last;
        const double norm = bins.norm;
        const double* const edges = bins.edges.data();
        PARRAY_BENCH_OMP(omp for nowait)
        for (std::int64_t i = 0; i < count; ++i) {
            const double value = x[i];
            if (value >= first && value <= last) {
                ++counts[equal_bins::bin_in(value, first, norm, edges, histogram_bins)];
            }
        }
        PARRAY_BENCH_OMP(omp critical)
        for (std::size_t b = 0; b < histogram_bins; ++b) {
            totals[b] += mine[b];
        }
    }
    return totals;
}

std::vector<std::int64_t> openmp_bincount(const std::int64_t* x, std::size_t n) {
    std::vector<std::int64_t> totals(bincount_values, 0);
    const auto count = static_cast<std::int64_t>(n);
    PARRAY_BENCH_OMP(omp parallel) {
        std::vector<std::int64_t> mine(bincount_values, 0);
        PARRAY_BENCH_OMP(omp for nowait)
        for (std::int64_t i = 0; i < count; ++i) {
            ++mine[static_cast<std::size_t>(x[i])];
        }
        PARRAY_BENCH_OMP(omp critical)
        for (std::size_t b = 0; b < static_cast<std::size_t>(bincount_values); ++b) {
            totals[b] += mine[b];
        }
    }
    return totals;
}

// np.bincount(x, weights): each bin adds its weights in element order.
std::vector<double> serial_weighted_bincount(const std::int64_t* x, const double* weights,
                                             std::size_t n) {
    std::vector<double> sums(bincount_values, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        sums[static_cast<std::size_t>(x[i])] += weights[i];
    }
    return sums;
}

template <class Result, class Reference>
bool same_values(const Result& result, const Reference& reference) {
    if (result.size() != reference.size()) {
        return false;
    }
    for (std::size_t i = 0; i < reference.size(); ++i) {
        if (result[i] != reference[i]) {
            return false;
        }
    }
    return true;
}

void run_histogram(benchmark::State& state, method m) {
    const parray::ndarray<double>& a = uniform_input();
    static const std::vector<std::int64_t> reference = [&] {
        const equal_bins bins(0.0, 1.0, histogram_bins);
        std::vector<std::int64_t> counts(histogram_bins, 0);
        for (std::size_t i = 0; i < size; ++i) {
            ++counts[bins.bin_of(a.data()[i])];
        }
        return counts;
    }();
    std::vector<std::int64_t> counts;
    for (auto _ : state) {
        if (m == method::parray) {
            const auto result =
                parray::parallel_histogram(a, histogram_bins, parray::histogram_range{0.0, 1.0});
            counts.assign(result.counts.begin(), result.counts.end());
        } else {
            counts = openmp_histogram(a.data(), a.size());
        }
        benchmark::DoNotOptimize(counts.data());
    }
    if (!same_values(counts, reference)) {
        fail(state, "wrong histogram");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, size * sizeof(double)));
}

void run_bincount(benchmark::State& state, method m) {
    const parray::ndarray<std::int64_t>& a = integer_input();
    static const std::vector<std::int64_t> reference = [&] {
        std::vector<std::int64_t> counts(bincount_values, 0);
        for (std::size_t i = 0; i < size; ++i) {
            ++counts[static_cast<std::size_t>(a.data()[i])];
        }
        return counts;
    }();
    std::vector<std::int64_t> counts;
    for (auto _ : state) {
        if (m == method::parray) {
            const auto result = parray::parallel_bincount(a);
            counts.assign(result.begin(), result.end());
        } else {
            counts = openmp_bincount(a.data(), a.size());
        }
        benchmark::DoNotOptimize(counts.data());
    }
    if (!same_values(counts, reference)) {
        fail(state, "wrong bincount");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, size * sizeof(std::int64_t)));
}

void run_weighted_bincount(benchmark::State& state, method m) {
    const parray::ndarray<std::int64_t>& a = integer_input();
    const parray::ndarray<double>& weights = uniform_input();
    static const std::vector<double> reference =
        serial_weighted_bincount(a.data(), weights.data(), size);
    std::vector<double> sums;
    for (auto _ : state) {
        if (m == method::parray) {
            const auto result = parray::parallel_bincount(a, weights);
            sums.assign(result.begin(), result.end());
        } else {
            sums = serial_weighted_bincount(a.data(), weights.data(), a.size());
        }
        benchmark::DoNotOptimize(sums.data());
    }
    if (!same_values(sums, reference)) {
        fail(state, "weighted bincount: not the serial loop's bits");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, size * 2 * sizeof(double)));
}

const bool registered = [] {
    const std::string n = "/n:" + std::to_string(size) + "/";
    std::vector<std::pair<const char*, method>> peers = {{"parray", method::parray}};
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    peers.emplace_back("openmp", method::openmp);
#endif
    for (const auto& [name, m] : peers) {
        benchmark::RegisterBenchmark(("counting/histogram" + n + name).c_str(), run_histogram, m)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("counting/bincount" + n + name).c_str(), run_bincount, m)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    }
    for (const auto& [name, m] : {std::pair<const char*, method>{"parray", method::parray},
                                  std::pair<const char*, method>{"serial", method::serial}}) {
        benchmark::RegisterBenchmark(("counting/bincount_weighted" + n + name).c_str(),
                                     run_weighted_bincount, m)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    }
    return true;
}();

} // namespace
