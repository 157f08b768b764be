// SPDX-License-Identifier: BSD-3-Clause
// Thread scaling on a machine with many cores: parray on explicit pools of 1 to 16 threads,
// beside OpenMP with as many threads (when built with OpenMP), for a memory-bound sum and map
// over 10^8 doubles and a compute-bound reduction over 2 * 10^7. Plain timings (median of
// runs), so that one static binary can be carried to a machine without Google Benchmark:
//     parray_scaling [max_threads]        (default 16)
#include <parray/parray.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#if defined(PARRAY_BENCH_HAVE_OPENMP)
#include <omp.h>
#endif

namespace {

template <class F>
double median_ms(F run, int repetitions) {
    std::vector<double> times;
    for (int i = 0; i < repetitions; ++i) {
        const auto start = std::chrono::steady_clock::now();
        run();
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double damped_sine(double x) {
    return std::sin(x) * std::exp(-x);
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t max_threads = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 16;
    constexpr std::size_t n = 100'000'000;
    constexpr std::size_t m = 20'000'000;
    auto a = parray::ndarray<double>::from_shape({n});
    auto out = parray::ndarray<double>::from_shape({n});
    auto b = parray::ndarray<double>::from_shape({m});
    parray::parallel_for(std::size_t{0}, n, [&](std::size_t i) {
        a.data()[i] = static_cast<double>(i % 1000) * 0.001;
        out.data()[i] = 0.0;
    });
    parray::parallel_for(std::size_t{0}, m,
                         [&](std::size_t i) { b.data()[i] = static_cast<double>(i) * 1e-7; });

    std::printf("threads | parray: sum 1e8 ms (GB/s)  map 1e8 ms (GB/s)  sin 2e7 ms (speed-up)");
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    std::printf(" | OpenMP: sum ms  map ms  sin ms");
#endif
    std::printf("\n");
    double first_sum = 0.0;
    double first_sine = 0.0;
    double one_thread_sine_ms = 0.0;
    for (std::size_t threads = 1; threads <= max_threads; threads *= 2) {
        parray::thread_pool pool(threads);
        const auto on_pool = parray::options{}.pool(pool);
        double sum = 0.0;
        double sine = 0.0;
        const double sum_ms = median_ms([&] { sum = parray::parallel_sum(a, on_pool); }, 7);
        const double map_ms = median_ms(
            [&] {
                parray::parallel_map(
                    a, out, [](double x) { return 2 * x + 1; }, on_pool);
            },
            7);
        const double sine_ms = median_ms(
            [&] {
                sine =
                    parray::parallel_transform_reduce(b, 0.0, std::plus<>(), damped_sine, on_pool);
            },
            5);
        if (threads == 1) {
            first_sum = sum;
            first_sine = sine;
            one_thread_sine_ms = sine_ms;
        }
        // parray's results do not depend on the pool: any difference is a bug.
        if (sum != first_sum || sine != first_sine ||
            out.data()[n - 1] != 2 * a.data()[n - 1] + 1) {
            std::printf("WRONG RESULT with %zu threads\n", threads);
            return 1;
        }
        std::printf("%7zu | %8.2f (%5.1f)  %8.2f (%5.1f)  %8.2f (%5.2fx)", threads, sum_ms,
                    8e8 / sum_ms / 1e6, map_ms, 16e8 / map_ms / 1e6, sine_ms,
                    one_thread_sine_ms / sine_ms);
#if defined(PARRAY_BENCH_HAVE_OPENMP)
        omp_set_num_threads(static_cast<int>(threads));
        const double* pa = a.data();
        double* po = out.data();
        const double* pb = b.data();
        double omp_sum = 0.0;
        double omp_sine = 0.0;
        const double omp_sum_ms = median_ms(
            [&] {
                double total = 0.0;
#pragma omp parallel for simd reduction(+ : total) schedule(static)
                for (std::size_t i = 0; i < n; ++i) {
                    total += pa[i];
                }
                omp_sum = total;
            },
            7);
        const double omp_map_ms = median_ms(
            [&] {
#pragma omp parallel for simd schedule(static)
                for (std::size_t i = 0; i < n; ++i) {
                    po[i] = 2 * pa[i] + 1;
                }
            },
            7);
        const double omp_sine_ms = median_ms(
            [&] {
                double total = 0.0;
#pragma omp parallel for reduction(+ : total) schedule(static)
                for (std::size_t i = 0; i < m; ++i) {
                    total += damped_sine(pb[i]);
                }
                omp_sine = total;
            },
            5);
        if (std::fabs(omp_sum - first_sum) > 1e-9 * first_sum ||
            std::fabs(omp_sine - first_sine) > 1e-9 * std::fabs(first_sine)) {
            std::printf("\nOpenMP WRONG RESULT with %zu threads\n", threads);
            return 1;
        }
        std::printf(" | %8.2f %8.2f %8.2f", omp_sum_ms, omp_map_ms, omp_sine_ms);
#endif
        std::printf("\n");
    }
    return 0;
}
