// SPDX-License-Identifier: BSD-3-Clause

// NumPy's nan-functions (issue 17) on 10^7 doubles, one in 16 of them NaN:
//   nan/sum/<method>         np.nansum(a)
//   nan/mean/<method>        np.nanmean(a)
//   nan/var/<method>         np.nanvar(a)
//   nan/min/<method>         np.nanmin(a)
//   nan/argmax/<method>      np.nanargmax(a)
//   nan/sum_axis1/<method>   np.nansum(a.reshape(1000, 10000), axis=1)
// Methods: parray (the NumPy-style call), openmp (the loop a C++ programmer writes by hand
// under `omp parallel for`), xtensor_serial (xt::nansum, xt::nanmean). xt::nanvar is left out:
// it nests a lazy nanmean in its expression, evaluated again for every element (10^7 elements
// did not finish in 5 minutes). Every benchmark checks its answer against a serial loop's
// after timing.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include <parray/nan_reductions.hpp>

#include <xtensor/xmath.hpp>

#include "bench_common.hpp"

#if defined(PARRAY_BENCH_HAVE_OPENMP)
#include <omp.h>
#endif

namespace {

using parray_bench::fail;
using array = parray::ndarray<double>;

constexpr std::size_t nan_size = 10'000'000;
constexpr std::size_t nan_rows = 1'000;

const array& input() {
    static const array a = [] {
        auto g = array::from_shape({nan_size});
        parray_bench::fill_uniform(g.data(), g.size(), 0x3c6ef372fe94f82bULL);
        for (std::size_t i = 7; i < g.size(); i += 16) {
            g.data()[i] = std::numeric_limits<double>::quiet_NaN();
        }
        return g;
    }();
    return a;
}

enum class what { sum, mean, var, min, argmax, sum_axis1 };
enum class method { parray, openmp, xtensor_serial };

// The serial answers, in long double where a sum is involved.
struct reference {
    double sum = 0.0, mean = 0.0, var = 0.0, min = 0.0;
    std::size_t argmax = 0;
    std::vector<double> row_sums;
};

const reference& serial_reference() {
    static const reference r = [] {
        const array& a = input();
        reference out;
        long double total = 0.0L;
        std::size_t count = 0;
        double best_min = std::numeric_limits<double>::infinity();
        double best_max = -std::numeric_limits<double>::infinity();
        out.row_sums.assign(nan_rows, 0.0);
        long double row_total = 0.0L;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const double x = a.data()[i];
            if (!std::isnan(x)) {
                total += x;
                row_total += x;
                ++count;
                best_min = std::min(best_min, x);
                if (x > best_max) {
                    best_max = x;
                    out.argmax = i;
                }
            }
            if ((i + 1) % (nan_size / nan_rows) == 0) {
                out.row_sums[i / (nan_size / nan_rows)] = static_cast<double>(row_total);
                row_total = 0.0L;
            }
        }
        out.sum = static_cast<double>(total);
        out.mean = static_cast<double>(total / static_cast<long double>(count));
        long double squares = 0.0L;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const double x = a.data()[i];
            if (!std::isnan(x)) {
                const long double d = x - static_cast<long double>(out.mean);
                squares += d * d;
            }
        }
        out.var = static_cast<double>(squares / static_cast<long double>(count));
        out.min = best_min;
        return out;
    }();
    return r;
}

// The hand-written loops (the OpenMP peer), or serial ones without OpenMP.
double openmp_nansum(const double* data, std::int64_t n) {
    double total = 0.0;
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for reduction(+ : total)
#endif
    for (std::int64_t i = 0; i < n; ++i) {
        total += std::isnan(data[i]) ? 0.0 : data[i];
    }
    return total;
}

double openmp_nanmean(const double* data, std::int64_t n) {
    double total = 0.0;
    std::int64_t count = 0;
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for reduction(+ : total, count)
#endif
    for (std::int64_t i = 0; i < n; ++i) {
        const bool number = !std::isnan(data[i]);
        total += number ? data[i] : 0.0;
        count += number ? 1 : 0;
    }
    return total / static_cast<double>(count);
}

double openmp_nanvar(const double* data, std::int64_t n) {
    double total = 0.0;
    std::int64_t count = 0;
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for reduction(+ : total, count)
#endif
    for (std::int64_t i = 0; i < n; ++i) {
        const bool number = !std::isnan(data[i]);
        total += number ? data[i] : 0.0;
        count += number ? 1 : 0;
    }
    const double mean = total / static_cast<double>(count);
    double squares = 0.0;
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for reduction(+ : squares)
#endif
    for (std::int64_t i = 0; i < n; ++i) {
        const double d = data[i] - mean;
        squares += std::isnan(data[i]) ? 0.0 : d * d;
    }
    return squares / static_cast<double>(count);
}

double openmp_nanmin(const double* data, std::int64_t n) {
    double best = std::numeric_limits<double>::infinity();
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for reduction(min : best)
#endif
    for (std::int64_t i = 0; i < n; ++i) {
        best = data[i] < best ? data[i] : best; // false for NaN
    }
    return best;
}

std::size_t openmp_nanargmax(const double* data, std::int64_t n) {
    double best = -std::numeric_limits<double>::infinity();
    std::int64_t best_index = 0;
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel
#endif
    {
        double mine = -std::numeric_limits<double>::infinity();
        std::int64_t mine_index = 0;
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp for nowait
#endif
        for (std::int64_t i = 0; i < n; ++i) {
            if (data[i] > mine) { // false for NaN
                mine = data[i];
                mine_index = i;
            }
        }
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp critical
#endif
        if (mine > best || (mine == best && mine_index < best_index)) {
            best = mine;
            best_index = mine_index;
        }
    }
    return static_cast<std::size_t>(best_index);
}

std::vector<double> openmp_row_nansums(const double* data) {
    const auto rows = static_cast<std::int64_t>(nan_rows);
    const std::size_t columns = nan_size / nan_rows;
    std::vector<double> sums(nan_rows);
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for
#endif
    for (std::int64_t r = 0; r < rows; ++r) {
        const double* row = data + static_cast<std::size_t>(r) * columns;
        double total = 0.0;
        for (std::size_t j = 0; j < columns; ++j) {
            total += std::isnan(row[j]) ? 0.0 : row[j];
        }
        sums[static_cast<std::size_t>(r)] = total;
    }
    return sums;
}

void run(benchmark::State& state, what w, method m) {
    const array& a = input();
    const auto n = static_cast<std::int64_t>(a.size());
    static const array matrix = [&a] {
        auto rows_of = array::from_shape({nan_rows, nan_size / nan_rows});
        std::copy(a.begin(), a.end(), rows_of.begin());
        return rows_of;
    }();
    double value = 0.0;
    std::size_t index = 0;
    std::vector<double> rows;
    for (auto _ : state) {
        switch (w) {
        case what::sum:
            value = m == method::parray   ? parray::parallel_nansum(a)
                    : m == method::openmp ? openmp_nansum(a.data(), n)
                                          : static_cast<double>(xt::nansum(a)());
            break;
        case what::mean:
            value = m == method::parray   ? parray::parallel_nanmean(a)
                    : m == method::openmp ? openmp_nanmean(a.data(), n)
                                          : static_cast<double>(xt::nanmean(a)());
            break;
        case what::var:
            value = m == method::parray ? parray::parallel_nanvar(a) : openmp_nanvar(a.data(), n);
            break;
        case what::min:
            value = m == method::parray ? parray::parallel_nanmin(a) : openmp_nanmin(a.data(), n);
            break;
        case what::argmax:
            index =
                m == method::parray ? parray::parallel_nanargmax(a) : openmp_nanargmax(a.data(), n);
            value = static_cast<double>(index);
            break;
        case what::sum_axis1:
            if (m == method::parray) {
                const array sums = parray::parallel_nansum(matrix, 1);
                rows.assign(sums.begin(), sums.end());
            } else {
                rows = openmp_row_nansums(a.data());
            }
            value = rows[0];
            break;
        }
        parray_bench::keep(value);
    }
    const reference& r = serial_reference();
    bool right = true;
    switch (w) {
    case what::sum:
        right = parray_bench::close_to(value, r.sum);
        break;
    case what::mean:
        right = parray_bench::close_to(value, r.mean);
        break;
    case what::var:
        right = parray_bench::close_to(value, r.var);
        break;
    case what::min:
        right = value == r.min;
        break;
    case what::argmax:
        right = index == r.argmax;
        break;
    case what::sum_axis1:
        right = rows.size() == r.row_sums.size();
        for (std::size_t i = 0; right && i < rows.size(); ++i) {
            right = parray_bench::close_to(rows[i], r.row_sums[i]);
        }
        break;
    }
    if (!right) {
        fail(state, "wrong answer");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, a.size() * sizeof(double)));
}

const bool registered = [] {
    const std::pair<const char*, what> workloads[] = {
        {"sum", what::sum}, {"mean", what::mean},     {"var", what::var},
        {"min", what::min}, {"argmax", what::argmax}, {"sum_axis1", what::sum_axis1}};
    for (const auto& [name, w] : workloads) {
        std::vector<std::pair<const char*, method>> methods = {{"parray", method::parray}};
#if defined(PARRAY_BENCH_HAVE_OPENMP)
        methods.emplace_back("openmp", method::openmp);
#endif
        if (w == what::sum || w == what::mean) {
            methods.emplace_back("xtensor_serial", method::xtensor_serial);
        }
        for (const auto& [method_name, m] : methods) {
            benchmark::RegisterBenchmark((std::string("nan/") + name + "/" + method_name).c_str(),
                                         run, w, m)
                ->UseRealTime()
                ->Unit(benchmark::kMicrosecond);
        }
    }
    return true;
}();

} // namespace
