// SPDX-License-Identifier: BSD-3-Clause

// np.var on parray (issue 17, item 5) beside the two-pass loop a C++ programmer would write
// under OpenMP and xtensor's serial xt::variance.
//   statistics/var_whole/<method>   np.var(a) over 10^7 doubles
//   statistics/var_axis0/<method>   np.var(a, axis=0) over 4000 x 4000 doubles
//   statistics/var_axis1/<method>   np.var(a, axis=1) over 4000 x 4000 doubles
// Methods: parray (parallel_var), openmp (the mean, then the sum of squared deviations, each an
// `omp parallel for` reduction), xtensor_serial (xt::variance). Every benchmark checks its
// answer against a long double two-pass reference after timing.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include <parray/parray.hpp>

#include <xtensor/xmath.hpp>

#include "bench_common.hpp"

// An OpenMP pragma where OpenMP was found (the openmp method is registered only then), nothing
// otherwise: no unknown-pragma warning.
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#define PARRAY_BENCH_OMP(directive) _Pragma(#directive)
#else
#define PARRAY_BENCH_OMP(directive)
#endif

namespace {

using parray_bench::fail;
using grid = parray::ndarray<double>;

constexpr std::size_t whole_size = 10'000'000;
constexpr std::size_t side = 4000;

enum class method { parray, openmp, xtensor_serial };
enum class shape { whole, axis0, axis1 };

const grid& input_of(shape s) {
    static const grid flat = [] {
        auto g = grid::from_shape({whole_size});
        parray_bench::fill_uniform(g.data(), g.size(), 0x9e3779b97f4a7c15ULL);
        return g;
    }();
    static const grid square = [] {
        auto g = grid::from_shape({side, side});
        parray_bench::fill_uniform(g.data(), g.size(), 0xbf58476d1ce4e5b9ULL);
        return g;
    }();
    return s == shape::whole ? flat : square;
}

// xtensor's reducers, out of line (inlined into the benchmark loop, g++ 12 warns inside
// xtensor: see bench_slices.cpp).
[[gnu::noinline]] grid xtensor_variance(const grid& a, shape s) {
    if (s == shape::whole) {
        return xt::variance(a);
    }
    return xt::variance(a, {s == shape::axis0 ? std::size_t{0} : std::size_t{1}});
}

// Two passes under OpenMP: the mean of each output, then the sums of squared deviations.
grid openmp_variance(const grid& a, shape s) {
    const double* data = a.data();
    if (s == shape::whole) {
        const auto n = static_cast<std::int64_t>(a.size());
        double sum = 0.0;
PARRAY_BENCH_OMP(omp parallel for reduction(+ : sum))
for (std::int64_t i = 0; i < n; ++i) {
    sum += data[i];
}
const double mean = sum / static_cast<double>(n);
double squares = 0.0;
PARRAY_BENCH_OMP(omp parallel for reduction(+ : squares))
for (std::int64_t i = 0; i < n; ++i) {
    const double d = data[i] - mean;
    squares += d * d;
}
grid result = grid::from_shape({1});
result.data()[0] = squares / static_cast<double>(n);
return result;
    }
    const auto rows = static_cast<std::int64_t>(side);
    grid result = grid::from_shape({side});
    double* out = result.data();
    if (s == shape::axis1) {
PARRAY_BENCH_OMP(omp parallel for)
for (std::int64_t i = 0; i < rows; ++i) {
    const double* row = data + static_cast<std::size_t>(i) * side;
    double sum = 0.0;
    for (std::size_t j = 0; j < side; ++j) {
        sum += row[j];
    }
    const double mean = sum / static_cast<double>(side);
    double squares = 0.0;
    for (std::size_t j = 0; j < side; ++j) {
        const double d = row[j] - mean;
        squares += d * d;
    }
    out[i] = squares / static_cast<double>(side);
}
return result;
    }
    // Along axis 0: each thread takes a band of columns and walks the rows over it, twice.
    std::vector<double> means(side, 0.0);
    constexpr std::int64_t band = 256;
    const std::int64_t bands = (static_cast<std::int64_t>(side) + band - 1) / band;
PARRAY_BENCH_OMP(omp parallel for)
for (std::int64_t b = 0; b < bands; ++b) {
    const std::size_t first = static_cast<std::size_t>(b * band);
    const std::size_t last = std::min(side, first + static_cast<std::size_t>(band));
    for (std::size_t i = 0; i < side; ++i) {
        const double* row = data + i * side;
        for (std::size_t j = first; j < last; ++j) {
            means[j] += row[j];
        }
    }
    for (std::size_t j = first; j < last; ++j) {
        means[j] /= static_cast<double>(side);
        out[j] = 0.0;
    }
    for (std::size_t i = 0; i < side; ++i) {
        const double* row = data + i * side;
        for (std::size_t j = first; j < last; ++j) {
            const double d = row[j] - means[j];
            out[j] += d * d;
        }
    }
    for (std::size_t j = first; j < last; ++j) {
        out[j] /= static_cast<double>(side);
    }
}
return result;
}

// The variance of `count` values first[0], first[stride], ..., in long double.
double reference_variance(const double* first, std::size_t count, std::size_t stride) {
    long double sum = 0.0L;
    for (std::size_t i = 0; i < count; ++i) {
        sum += first[i * stride];
    }
    const long double mean = sum / static_cast<long double>(count);
    long double squares = 0.0L;
    for (std::size_t i = 0; i < count; ++i) {
        const long double d = first[i * stride] - mean;
        squares += d * d;
    }
    return static_cast<double>(squares / static_cast<long double>(count));
}

void run_variance(benchmark::State& state, shape s, method m) {
    const grid& a = input_of(s);
    grid variance;
    for (auto _ : state) {
        switch (m) {
        case method::parray:
            if (s == shape::whole) {
                variance = grid::from_shape({1});
                variance.data()[0] = parray::parallel_var(a);
            } else {
                variance = parray::parallel_var(a, s == shape::axis0 ? 0 : 1);
            }
            break;
        case method::openmp:
            variance = openmp_variance(a, s);
            break;
        case method::xtensor_serial:
            variance = xtensor_variance(a, s);
            break;
        }
        parray_bench::keep(variance.data()[0]);
    }
    const std::size_t outputs = s == shape::whole ? 1 : side;
    if (variance.size() != outputs) {
        fail(state, "wrong variance shape");
        return;
    }
    for (std::size_t k = 0; k<outputs; k += outputs> 1 ? 97 : 1) {
        const double expected = s == shape::whole ? reference_variance(a.data(), a.size(), 1)
                                : s == shape::axis0
                                    ? reference_variance(a.data() + k, side, side)
                                    : reference_variance(a.data() + k * side, side, 1);
        if (!parray_bench::close_to(variance.data()[k], expected, 1e-9)) {
            fail(state, "wrong variance");
            return;
        }
    }
    state.SetBytesProcessed(parray_bench::bytes(state, a.size() * sizeof(double)));
}

const bool registered = [] {
    const std::pair<const char*, shape> shapes[] = {
        {"var_whole", shape::whole}, {"var_axis0", shape::axis0}, {"var_axis1", shape::axis1}};
    const std::pair<const char*, method> methods[] = {{"parray", method::parray},
#if defined(PARRAY_BENCH_HAVE_OPENMP)
                                                      {"openmp", method::openmp},
#endif
                                                      {"xtensor_serial", method::xtensor_serial}};
    for (const auto& [shape_name, s] : shapes) {
        for (const auto& [method_name, m] : methods) {
            benchmark::RegisterBenchmark(
                (std::string("statistics/") + shape_name + "/" + method_name).c_str(), run_variance,
                s, m)
                ->UseRealTime()
                ->Unit(benchmark::kMicrosecond);
        }
    }
    return true;
}();

} // namespace
