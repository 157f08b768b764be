// SPDX-License-Identifier: BSD-3-Clause

// NumPy's nan-functions (issue 17) on 10^7 doubles, one in 16 of them NaN:
//   nan/sum/<method>         np.nansum(a)
//   nan/mean/<method>        np.nanmean(a)
//   nan/var/<method>         np.nanvar(a)
//   nan/min/<method>         np.nanmin(a)
//   nan/argmax/<method>      np.nanargmax(a)
//   nan/sum_axis1/<method>   np.nansum(a.reshape(1000, 10000), axis=1)
//   nan/mean_axis1/<method>  np.nanmean(a.reshape(1000, 10000), axis=1)
//   nan/mean_axis0/<method>  np.nanmean(a.reshape(1000, 10000), axis=0) (a column in 16 all NaN)
//   nan/var_axis1/<method>   np.nanvar(a.reshape(1000, 10000), axis=1)
//   nan/var_axis0/<method>   np.nanvar(a.reshape(1000, 10000), axis=0)
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

enum class what {
    sum,
    mean,
    var,
    min,
    argmax,
    sum_axis1,
    mean_axis1,
    mean_axis0,
    var_axis1,
    var_axis0
};
enum class method { parray, openmp, xtensor_serial };

// The serial answers, in long double where a sum is involved.
struct reference {
    double sum = 0.0, mean = 0.0, var = 0.0, min = 0.0;
    std::size_t argmax = 0;
    std::vector<double> row_sums;
    std::vector<double> row_means;
    std::vector<double> column_means;
    std::vector<double> row_vars;
    std::vector<double> column_vars;
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
        const std::size_t columns = nan_size / nan_rows;
        std::vector<long double> column_totals(columns, 0.0L);
        std::vector<std::size_t> column_counts(columns, 0);
        for (std::size_t row = 0; row < nan_rows; ++row) {
            long double row_sum = 0.0L;
            std::size_t row_count = 0;
            for (std::size_t j = 0; j < columns; ++j) {
                const double x = a.data()[row * columns + j];
                if (!std::isnan(x)) {
                    row_sum += x;
                    ++row_count;
                    column_totals[j] += x;
                    ++column_counts[j];
                }
            }
            out.row_means.push_back(
                static_cast<double>(row_sum / static_cast<long double>(row_count)));
        }
        for (std::size_t j = 0; j < columns; ++j) {
            out.column_means.push_back(
                static_cast<double>(column_totals[j] / static_cast<long double>(column_counts[j])));
        }
        // The variances along each axis: the squares about the mean in long double, divided by
        // the count (0 / 0, NaN, for an all-NaN column).
        std::vector<long double> column_squares(columns, 0.0L);
        for (std::size_t row = 0; row < nan_rows; ++row) {
            const double* values = a.data() + row * columns;
            long double row_sum = 0.0L;
            std::size_t row_count = 0;
            for (std::size_t j = 0; j < columns; ++j) {
                if (!std::isnan(values[j])) {
                    row_sum += values[j];
                    ++row_count;
                    const long double d =
                        values[j] - column_totals[j] / static_cast<long double>(column_counts[j]);
                    column_squares[j] += d * d;
                }
            }
            const long double row_mean = row_sum / static_cast<long double>(row_count);
            long double row_squares = 0.0L;
            for (std::size_t j = 0; j < columns; ++j) {
                if (!std::isnan(values[j])) {
                    const long double d = values[j] - row_mean;
                    row_squares += d * d;
                }
            }
            out.row_vars.push_back(
                static_cast<double>(row_squares / static_cast<long double>(row_count)));
        }
        for (std::size_t j = 0; j < columns; ++j) {
            out.column_vars.push_back(static_cast<double>(
                column_squares[j] / static_cast<long double>(column_counts[j])));
        }
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

// The mean of a row's numbers, by the loop each thread runs.
double row_nanmean(const double* row, std::size_t columns) {
    double total = 0.0;
    std::int64_t count = 0;
    for (std::size_t j = 0; j < columns; ++j) {
        const bool number = !std::isnan(row[j]);
        total += number ? row[j] : 0.0;
        count += number ? 1 : 0;
    }
    return total / static_cast<double>(count);
}

std::vector<double> openmp_row_nanmeans(const double* data) {
    const auto rows = static_cast<std::int64_t>(nan_rows);
    const std::size_t columns = nan_size / nan_rows;
    std::vector<double> means(nan_rows);
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for
#endif
    for (std::int64_t r = 0; r < rows; ++r) {
        means[static_cast<std::size_t>(r)] =
            row_nanmean(data + static_cast<std::size_t>(r) * columns, columns);
    }
    return means;
}

// Along axis 0: each thread a block of columns, walking the rows in order.
std::vector<double> openmp_column_nanmeans(const double* data) {
    const auto columns = static_cast<std::int64_t>(nan_size / nan_rows);
    std::vector<double> means(static_cast<std::size_t>(columns));
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel
#endif
    {
        const auto [first, last] = parray_bench::openmp_share(columns);
        const auto count = static_cast<std::size_t>(last - first);
        std::vector<double> totals(count, 0.0);
        std::vector<std::int64_t> counts(count, 0);
        for (std::size_t r = 0; r < nan_rows; ++r) {
            const double* row =
                data + r * static_cast<std::size_t>(columns) + static_cast<std::size_t>(first);
            for (std::size_t j = 0; j < count; ++j) {
                const bool number = !std::isnan(row[j]);
                totals[j] += number ? row[j] : 0.0;
                counts[j] += number ? 1 : 0;
            }
        }
        for (std::size_t j = 0; j < count; ++j) {
            means[static_cast<std::size_t>(first) + j] = totals[j] / static_cast<double>(counts[j]);
        }
    }
    return means;
}

std::vector<double> openmp_row_nanvars(const double* data) {
    const auto rows = static_cast<std::int64_t>(nan_rows);
    const std::size_t columns = nan_size / nan_rows;
    std::vector<double> vars(nan_rows);
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for
#endif
    for (std::int64_t r = 0; r < rows; ++r) {
        const double* row = data + static_cast<std::size_t>(r) * columns;
        const double mean = row_nanmean(row, columns);
        double squares = 0.0;
        std::int64_t count = 0;
        for (std::size_t j = 0; j < columns; ++j) {
            const bool number = !std::isnan(row[j]);
            const double d = row[j] - mean;
            squares += number ? d * d : 0.0;
            count += number ? 1 : 0;
        }
        vars[static_cast<std::size_t>(r)] = squares / static_cast<double>(count);
    }
    return vars;
}

// Along axis 0, two passes over each thread's block of columns: the means (as nanmean's loop),
// then the squares and the counts.
std::vector<double> openmp_column_nanvars(const double* data) {
    const auto columns = static_cast<std::int64_t>(nan_size / nan_rows);
    const std::vector<double> means = openmp_column_nanmeans(data);
    std::vector<double> vars(static_cast<std::size_t>(columns));
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel
#endif
    {
        const auto [first, last] = parray_bench::openmp_share(columns);
        const auto count = static_cast<std::size_t>(last - first);
        const double* const mean = means.data() + first;
        std::vector<double> squares(count, 0.0);
        std::vector<std::int64_t> counts(count, 0);
        for (std::size_t r = 0; r < nan_rows; ++r) {
            const double* row =
                data + r * static_cast<std::size_t>(columns) + static_cast<std::size_t>(first);
            for (std::size_t j = 0; j < count; ++j) {
                const bool number = !std::isnan(row[j]);
                const double d = row[j] - mean[j];
                squares[j] += number ? d * d : 0.0;
                counts[j] += number ? 1 : 0;
            }
        }
        for (std::size_t j = 0; j < count; ++j) {
            vars[static_cast<std::size_t>(first) + j] = squares[j] / static_cast<double>(counts[j]);
        }
    }
    return vars;
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
        case what::mean_axis1:
        case what::mean_axis0:
        case what::var_axis1:
        case what::var_axis0: {
            const bool mean = w == what::mean_axis1 || w == what::mean_axis0;
            const std::size_t axis = w == what::mean_axis1 || w == what::var_axis1 ? 1 : 0;
            if (m == method::parray) {
                const array outputs = mean ? parray::parallel_nanmean(matrix, axis)
                                           : parray::parallel_nanvar(matrix, axis);
                rows.assign(outputs.begin(), outputs.end());
            } else if (mean) {
                rows = axis == 1 ? openmp_row_nanmeans(a.data()) : openmp_column_nanmeans(a.data());
            } else {
                rows = axis == 1 ? openmp_row_nanvars(a.data()) : openmp_column_nanvars(a.data());
            }
            value = rows[0];
            break;
        }
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
    case what::mean_axis1:
    case what::mean_axis0:
    case what::var_axis1:
    case what::var_axis0: {
        const std::vector<double>& expected = w == what::sum_axis1    ? r.row_sums
                                              : w == what::mean_axis1 ? r.row_means
                                              : w == what::mean_axis0 ? r.column_means
                                              : w == what::var_axis1  ? r.row_vars
                                                                      : r.column_vars;
        right = rows.size() == expected.size();
        for (std::size_t i = 0; right && i < rows.size(); ++i) {
            // Every 16th column is all NaN (the NaN fall every 16 elements): NaN, as NumPy.
            right = std::isnan(expected[i]) ? std::isnan(rows[i])
                                            : parray_bench::close_to(rows[i], expected[i]);
        }
        break;
    }
    }
    if (!right) {
        fail(state, "wrong answer");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, a.size() * sizeof(double)));
}

const bool registered = [] {
    const std::pair<const char*, what> workloads[] = {{"sum", what::sum},
                                                      {"mean", what::mean},
                                                      {"var", what::var},
                                                      {"min", what::min},
                                                      {"argmax", what::argmax},
                                                      {"sum_axis1", what::sum_axis1},
                                                      {"mean_axis1", what::mean_axis1},
                                                      {"mean_axis0", what::mean_axis0},
                                                      {"var_axis1", what::var_axis1},
                                                      {"var_axis0", what::var_axis0}};
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
