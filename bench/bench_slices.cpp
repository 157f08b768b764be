// SPDX-License-Identifier: BSD-3-Clause

// NumPy-style code on parray (issue 16, items 2 and 3): slice expressions assigned with
// parallel_assign, and reductions handed a lazy expression, each beside the loop a C++
// programmer would write by hand on the same threads, on one thread, and xtensor's serial
// evaluation.
//   slices/heat/<method>           one step of the 2000 x 2000 heat stencil,
//                                  v[1:-1, 1:-1] = u[1:-1, 1:-1] + a * (u[2:, 1:-1] + ...)
//   slices/box/<method>            a 3 x 3 box filter written with nine shifted views
//   slices/row_normalise/<method>  (u - m) / s with m and s of shape (2000, 1): broadcasting
//   slices/strided_inner/<method>  2 * u[:, ::2] + 1: a view whose rows are not contiguous
//   lazy_reduce/<what>/<method>    sum(a > 0) and sum(a * b) over 10^7 doubles, and
//                                  mean(square(a - m), axis 0) over 10^6 x 8
//   fresh_output/zscore/<variant>  (a - m) / s over 10^6 x 8 into a new array each time
//                                  (parray_eval), into one made once (parray_assign_kept),
//                                  and OpenMP into a fresh new double[] (openmp_new_vector)
// Methods: parray (the NumPy-style call), pointer_loop_parray (rows by parallel_for over raw
// pointers: the hand-written loop on the same threads), pointer_loop_serial, openmp (the same
// loop under `omp parallel for`), xtensor_serial (xt::noalias(view) = expression, xt::sum).
// Every benchmark checks its answer against the serial loop's after timing.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include <parray/parray.hpp>

#include <xtensor/xmath.hpp>
#include <xtensor/xview.hpp>

#include "bench_common.hpp"

#if defined(PARRAY_BENCH_HAVE_OPENMP)
#include <omp.h>
#endif

namespace {

using parray_bench::fail;
using grid = parray::ndarray<double>;

constexpr std::size_t grid_size = 2000;
constexpr double diffusion = 0.1;
constexpr std::size_t lazy_size = 10'000'000;

const grid& input_grid() {
    static const grid u = [] {
        auto g = grid::from_shape({grid_size, grid_size});
        parray_bench::fill_uniform(g.data(), g.size(), 0x2545f4914f6cdd1dULL);
        return g;
    }();
    return u;
}

// Row i of each workload, written by hand over raw pointers.
struct row_kernels {
    const double* u;
    double* v;
    const double* mean;
    const double* scale;
    std::size_t n;

    void heat(std::size_t i) const {
        const double* up = u + (i - 1) * n;
        const double* centre = u + i * n;
        const double* down = u + (i + 1) * n;
        double* out = v + i * n;
        for (std::size_t j = 1; j + 1 < n; ++j) {
            out[j] = centre[j] + diffusion * (down[j] + up[j] + centre[j + 1] + centre[j - 1] -
                                              4.0 * centre[j]);
        }
    }
    void box(std::size_t i) const {
        const double* r0 = u + (i - 1) * n;
        const double* r1 = r0 + n;
        const double* r2 = r1 + n;
        double* out = v + i * n;
        for (std::size_t j = 1; j + 1 < n; ++j) {
            out[j] = (r0[j - 1] + r0[j] + r0[j + 1] + r1[j - 1] + r1[j] + r1[j + 1] + r2[j - 1] +
                      r2[j] + r2[j + 1]) /
                     9.0;
        }
    }
    void row_normalise(std::size_t i) const {
        const double* in = u + i * n;
        double* out = v + i * n;
        for (std::size_t j = 0; j < n; ++j) {
            out[j] = (in[j] - mean[i]) / scale[i];
        }
    }
    void strided_inner(std::size_t i) const {
        const double* in = u + i * n;
        double* out = v + i * (n / 2);
        for (std::size_t j = 0; j < n / 2; ++j) {
            out[j] = in[2 * j] * 2.0 + 1.0;
        }
    }
};

enum class workload { heat, box, row_normalise, strided_inner };

// The rows a workload writes: [first, last).
std::size_t first_row(workload w) {
    return w == workload::heat || w == workload::box ? 1 : 0;
}
std::size_t last_row(workload w) {
    return w == workload::heat || w == workload::box ? grid_size - 1 : grid_size;
}

void run_rows(const row_kernels& k, workload w, std::size_t i) {
    switch (w) {
    case workload::heat:
        k.heat(i);
        break;
    case workload::box:
        k.box(i);
        break;
    case workload::row_normalise:
        k.row_normalise(i);
        break;
    case workload::strided_inner:
        k.strided_inner(i);
        break;
    }
}

enum class method { parray, pointer_loop_parray, pointer_loop_serial, openmp, xtensor_serial };

struct slice_case {
    const grid& u = input_grid();
    grid v;
    grid mean = grid::from_shape({grid_size, 1});
    grid scale = grid::from_shape({grid_size, 1});

    explicit slice_case(workload w)
        : v(w == workload::strided_inner ? grid::from_shape({grid_size, grid_size / 2}) : u) {
        for (std::size_t i = 0; i < grid_size; ++i) {
            mean.data()[i] = 0.5 + 1e-5 * static_cast<double>(i);
            scale.data()[i] = 0.25 + 1e-4 * static_cast<double>(i);
        }
    }
    row_kernels kernels() { return {u.data(), v.data(), mean.data(), scale.data(), grid_size}; }

    // The NumPy-style expression of a workload, handed to f with its target.
    template <class F>
    void with_expression(workload w, F&& f) {
        const auto n = static_cast<long>(grid_size);
        auto inner = xt::range(1, n - 1);
        auto low = xt::range(0, n - 2);
        auto high = xt::range(2, n);
        switch (w) {
        case workload::heat:
            f(xt::view(v, inner, inner),
              xt::view(u, inner, inner) +
                  diffusion * (xt::view(u, high, inner) + xt::view(u, low, inner) +
                               xt::view(u, inner, high) + xt::view(u, inner, low) -
                               4.0 * xt::view(u, inner, inner)));
            break;
        case workload::box:
            f(xt::view(v, inner, inner),
              (xt::view(u, low, low) + xt::view(u, low, inner) + xt::view(u, low, high) +
               xt::view(u, inner, low) + xt::view(u, inner, inner) + xt::view(u, inner, high) +
               xt::view(u, high, low) + xt::view(u, high, inner) + xt::view(u, high, high)) /
                  9.0);
            break;
        case workload::row_normalise:
            f(xt::view(v, xt::all(), xt::all()), (u - mean) / scale);
            break;
        case workload::strided_inner:
            f(xt::view(v, xt::all(), xt::all()),
              xt::view(u, xt::all(), xt::range(0, n, 2)) * 2.0 + 1.0);
            break;
        }
    }
};

void run_slice(benchmark::State& state, workload w, method m) {
    slice_case c(w);
    const row_kernels k = c.kernels();
    const std::size_t first = first_row(w);
    const std::size_t last = last_row(w);
    for (auto _ : state) {
        switch (m) {
        case method::parray:
            c.with_expression(
                w, [](auto target, const auto& e) { parray::parallel_assign(target, e); });
            break;
        case method::pointer_loop_parray:
            parray::parallel_for(first, last, [&](std::size_t i) { run_rows(k, w, i); });
            break;
        case method::pointer_loop_serial:
            for (std::size_t i = first; i < last; ++i) {
                run_rows(k, w, i);
            }
            break;
        case method::openmp:
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for schedule(static)
            for (std::size_t i = first; i < last; ++i) {
                run_rows(k, w, i);
            }
#endif
            break;
        case method::xtensor_serial:
            c.with_expression(w, [](auto target, const auto& e) { xt::noalias(target) = e; });
            break;
        }
        benchmark::ClobberMemory();
    }
    // The answer: every method writes what the serial loop writes, bit for bit.
    slice_case reference(w);
    const row_kernels rk = reference.kernels();
    for (std::size_t i = first; i < last; ++i) {
        run_rows(rk, w, i);
    }
    if (std::memcmp(c.v.data(), reference.v.data(), c.v.size() * sizeof(double)) != 0) {
        fail(state, "the result differs from the serial loop's");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, 2 * c.v.size() * sizeof(double)));
}

// ---- Reductions of lazy expressions

const grid& lazy_input(int which) {
    static const grid a = [] {
        auto g = grid::from_shape({lazy_size});
        parray_bench::fill_uniform(g.data(), g.size(), 0x9e3779b97f4a7c15ULL);
        for (std::size_t i = 0; i < g.size(); ++i) {
            g.data()[i] -= 0.5;
        }
        return g;
    }();
    static const grid b = [] {
        auto g = grid::from_shape({lazy_size});
        parray_bench::fill_uniform(g.data(), g.size(), 0xd1b54a32d192ed03ULL);
        return g;
    }();
    return which == 0 ? a : b;
}

void run_count_positive(benchmark::State& state, method m) {
    const grid& a = lazy_input(0);
    std::int64_t count = 0;
    for (auto _ : state) {
        switch (m) {
        case method::parray:
            count = parray::parallel_sum(a > 0.0);
            break;
        case method::xtensor_serial:
            count = xt::sum(a > 0.0)();
            break;
        case method::openmp: {
            std::int64_t total = 0;
            const double* data = a.data();
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for simd reduction(+ : total)
#endif
            for (std::size_t i = 0; i < lazy_size; ++i) {
                total += data[i] > 0.0 ? 1 : 0;
            }
            count = total;
            break;
        }
        default:
            break;
        }
        benchmark::DoNotOptimize(count);
    }
    std::int64_t expected = 0;
    for (std::size_t i = 0; i < lazy_size; ++i) {
        expected += a.data()[i] > 0.0 ? 1 : 0;
    }
    if (count != expected) {
        fail(state, "wrong count");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, lazy_size * sizeof(double)));
}

void run_sum_product(benchmark::State& state, method m) {
    const grid& a = lazy_input(0);
    const grid& b = lazy_input(1);
    double total = 0.0;
    for (auto _ : state) {
        switch (m) {
        case method::parray:
            total = parray::parallel_sum(a * b);
            break;
        case method::xtensor_serial:
            total = xt::sum(a * b)();
            break;
        case method::openmp: {
            double sum = 0.0;
            const double* x = a.data();
            const double* y = b.data();
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for simd reduction(+ : sum)
#endif
            for (std::size_t i = 0; i < lazy_size; ++i) {
                sum += x[i] * y[i];
            }
            total = sum;
            break;
        }
        default:
            break;
        }
        parray_bench::keep(total);
    }
    long double expected = 0.0L;
    for (std::size_t i = 0; i < lazy_size; ++i) {
        expected += static_cast<long double>(a.data()[i] * b.data()[i]);
    }
    if (!parray_bench::close_to(total, static_cast<double>(expected), 1e-8)) {
        fail(state, "wrong sum");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, 2 * lazy_size * sizeof(double)));
}

// parallel_mean(xt::square(a - m), 0) over 10^6 x 8: the variance of each column, given its
// mean, the NumPy way ((a - m) ** 2).mean(axis=0).
constexpr std::size_t variance_rows = 1'000'000;
constexpr std::size_t variance_columns = 8;

// xtensor's lazy reducer, out of line: inlined into run_column_variance, g++ 12 -O2 warned
// (-Wstringop-overflow) about a shape that xt::xreducer's constructor never makes.
[[gnu::noinline]] grid xtensor_column_variance(const grid& a, const grid& mean) {
    const std::vector<std::size_t> axes{0};
    return xt::mean(xt::square(a - mean), axes);
}

void run_column_variance(benchmark::State& state, method m) {
    static const grid a = [] {
        auto g = grid::from_shape({variance_rows, variance_columns});
        parray_bench::fill_uniform(g.data(), g.size(), 0x6a09e667f3bcc909ULL);
        return g;
    }();
    const grid mean = parray::parallel_mean(a, 0);
    grid variance;
    for (auto _ : state) {
        switch (m) {
        case method::parray:
            variance = parray::parallel_mean(xt::square(a - mean), 0);
            break;
        case method::xtensor_serial:
            variance = xtensor_column_variance(a, mean);
            break;
        case method::openmp: {
            double sums[variance_columns] = {};
            const double* data = a.data();
            const double* centre = mean.data();
            const auto rows = static_cast<std::int64_t>(variance_rows);
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for reduction(+ : sums[:variance_columns])
#endif
            for (std::int64_t i = 0; i < rows; ++i) {
                const double* row = data + static_cast<std::size_t>(i) * variance_columns;
                for (std::size_t j = 0; j < variance_columns; ++j) {
                    const double d = row[j] - centre[j];
                    sums[j] += d * d;
                }
            }
            variance = grid::from_shape({variance_columns});
            for (std::size_t j = 0; j < variance_columns; ++j) {
                variance.data()[j] = sums[j] / static_cast<double>(variance_rows);
            }
            break;
        }
        default:
            break;
        }
        parray_bench::keep(variance.data()[0]);
    }
    // Uniform values in [0, 1): each column's variance is close to 1/12, and exact in long
    // double here.
    for (std::size_t j = 0; j < variance_columns; ++j) {
        long double total = 0.0L;
        for (std::size_t i = 0; i < variance_rows; ++i) {
            const long double d = static_cast<long double>(a.data()[i * variance_columns + j]) -
                                  static_cast<long double>(mean.data()[j]);
            total += d * d;
        }
        const auto expected = static_cast<double>(total / variance_rows);
        if (variance.size() != variance_columns ||
            !parray_bench::close_to(variance.data()[j], expected, 1e-9)) {
            fail(state, "wrong variance");
            return;
        }
    }
    state.SetBytesProcessed(parray_bench::bytes(state, a.size() * sizeof(double)));
}

// z = (a - m) / s over 10^6 x 8 into a new array each time, as NumPy code does: parray's
// parallel_eval, against parallel_assign into an array made once, and an OpenMP loop into a
// fresh std::vector (plain operator new, no huge-page advice). A fresh 64 MB result is mapped
// page by page on first touch; ndarray storage asks for transparent huge pages (as NumPy does).
void run_fresh_output(benchmark::State& state, int variant) {
    static const grid a = [] {
        auto g = grid::from_shape({variance_rows, variance_columns});
        parray_bench::fill_uniform(g.data(), g.size(), 0x510e527fade682d1ULL);
        return g;
    }();
    const grid mean = parray::parallel_mean(a, 0);
    const grid deviation = xt::sqrt(parray::parallel_mean(xt::square(a - mean), 0));
    grid kept = grid::from_shape(a.shape());
    double checked = 0.0;
    for (auto _ : state) {
        if (variant == 0) {
            const grid z = parray::parallel_eval((a - mean) / deviation);
            checked = z.data()[z.size() - 1];
        } else if (variant == 1) {
            parray::parallel_assign(kept, (a - mean) / deviation);
            checked = kept.data()[kept.size() - 1];
        } else {
            // Not value-initialised: first touched by the loop's threads, as parray's result.
            const std::unique_ptr<double[]> z(new double[a.size()]);
            const double* data = a.data();
            const auto rows = static_cast<std::int64_t>(variance_rows);
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for
#endif
            for (std::int64_t i = 0; i < rows; ++i) {
                const auto row = static_cast<std::size_t>(i) * variance_columns;
                for (std::size_t j = 0; j < variance_columns; ++j) {
                    z[row + j] = (data[row + j] - mean.data()[j]) / deviation.data()[j];
                }
            }
            checked = z[a.size() - 1];
        }
        parray_bench::keep(checked);
    }
    const std::size_t last = a.size() - 1;
    const std::size_t column = last % variance_columns;
    const double expected = (a.data()[last] - mean.data()[column]) / deviation.data()[column];
    if (checked != expected) {
        fail(state, "wrong z-score");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, 2 * a.size() * sizeof(double)));
}

void add(const std::string& name, void (*run)(benchmark::State&, workload, method), workload w,
         method m) {
    benchmark::RegisterBenchmark(name.c_str(), run, w, m)
        ->UseRealTime()
        ->Unit(benchmark::kMicrosecond);
}

const bool registered = [] {
    const std::pair<const char*, workload> workloads[] = {
        {"heat", workload::heat},
        {"box", workload::box},
        {"row_normalise", workload::row_normalise},
        {"strided_inner", workload::strided_inner}};
    const std::pair<const char*, method> methods[] = {
        {"parray", method::parray},
        {"pointer_loop_parray", method::pointer_loop_parray},
        {"pointer_loop_serial", method::pointer_loop_serial},
#if defined(PARRAY_BENCH_HAVE_OPENMP)
        {"openmp", method::openmp},
#endif
        {"xtensor_serial", method::xtensor_serial}};
    for (const auto& [workload_name, w] : workloads) {
        for (const auto& [method_name, m] : methods) {
            add(std::string("slices/") + workload_name + "/" + method_name, run_slice, w, m);
        }
    }
    const std::pair<const char*, method> reduce_methods[] = {
        {"parray", method::parray},
#if defined(PARRAY_BENCH_HAVE_OPENMP)
        {"openmp", method::openmp},
#endif
        {"xtensor_serial", method::xtensor_serial}};
    for (const auto& [method_name, m] : reduce_methods) {
        benchmark::RegisterBenchmark(
            (std::string("lazy_reduce/count_positive/") + method_name).c_str(), run_count_positive,
            m)
            ->UseRealTime()
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(
            (std::string("lazy_reduce/sum_product/") + method_name).c_str(), run_sum_product, m)
            ->UseRealTime()
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(
            (std::string("lazy_reduce/column_variance/") + method_name).c_str(),
            run_column_variance, m)
            ->UseRealTime()
            ->Unit(benchmark::kMicrosecond);
    }
    const std::pair<const char*, int> fresh_variants[] = {{"parray_eval", 0},
                                                          {"parray_assign_kept", 1},
#if defined(PARRAY_BENCH_HAVE_OPENMP)
                                                          {"openmp_new_vector", 2}
#endif
    };
    for (const auto& [variant_name, variant] : fresh_variants) {
        benchmark::RegisterBenchmark((std::string("fresh_output/zscore/") + variant_name).c_str(),
                                     run_fresh_output, variant)
            ->UseRealTime()
            ->Unit(benchmark::kMicrosecond);
    }
    return true;
}();

} // namespace
