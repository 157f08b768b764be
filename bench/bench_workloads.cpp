// SPDX-License-Identifier: BSD-3-Clause

// The workloads of issue #3 beyond sum and map: each against its serial, OpenMP and TBB peers.
//   probe/compute/threads:T      fixed compute work split over T std::threads: time(1)/time(2)
//                                near 2 means both vCPUs ran, near 1 that the host squeezed them
//   sum_int32/<method>/n:N       the sum of N int32 into int64
//   sum/read_bandwidth_*/n:N     reference: NumPy-order sums of halves on 1 or 2 std::threads
//   inplace/<method>/n:N         x = -x in place (the sign flips each iteration)
//   compute/<method>/n:N         y = sin(x) * exp(-x): a map bound by arithmetic, not memory
//   imbalanced/<method>/n:N      element i costs i / 16 steps: load balancing
//   chunks/<method>/n:N          the article's pattern: parallel_map_chunks with chunk_size(1)
//   costly_loop/<shape>/<method> short loops of costly iterations, with no options (issue 16):
//                                1000 x 100 us, 8 x 10 ms, 1998 x 24 us (a stencil's rows), and
//                                10 x a few ns (the cost of a cheap short loop)
//   costly_reduce/<shape>/<method> the same iterations summed: parallel_transform_reduce
// Every benchmark checks its answer after timing and fails the program when it is wrong.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include <benchmark/benchmark.h>

#include <parray/parray.hpp>

#include "bench_common.hpp"

#if defined(PARRAY_BENCH_HAVE_OPENMP)
#include <omp.h>
#endif

#if defined(PARRAY_BENCH_HAVE_TBB)
#include <execution>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_reduce.h>
#endif

namespace {

using parray_bench::bytes;
using parray_bench::fail;
using parray_bench::on_threads;
using parray_bench::size_arg;
using array_type = parray::ndarray<double>;
using int32_array = parray::ndarray<std::int32_t>;

// Registers `name` over the sizes given, timed in real time.
template <class Run>
void add(const std::string& name, const std::vector<std::int64_t>& sizes, Run run) {
    auto* b = benchmark::RegisterBenchmark(name.c_str(), run)->ArgName("n")->UseRealTime();
    for (const std::int64_t n : sizes) {
        b->Arg(n);
    }
    b->Unit(benchmark::kMicrosecond);
}

// ---------------------------------------------------------------------------------------------
// Probe: 2^26 steps of a xorshift generator, split over T threads; the same total every time.

std::uint64_t xorshift_steps(std::uint64_t seed, std::uint64_t steps) {
    std::uint64_t x = seed | 1U;
    for (std::uint64_t i = 0; i < steps; ++i) {
        x ^= x << 13U;
        x ^= x >> 7U;
        x ^= x << 17U;
    }
    return x;
}

void run_probe(benchmark::State& state) {
    const auto threads = static_cast<int>(state.range(0));
    constexpr std::uint64_t total_steps = std::uint64_t{1} << 26U;
    std::vector<std::uint64_t> results(static_cast<std::size_t>(threads));
    for (auto _ : state) {
        on_threads(threads, [&](int index) {
            results[static_cast<std::size_t>(index)] =
                xorshift_steps(static_cast<std::uint64_t>(index) + 1, total_steps / threads);
        });
        benchmark::DoNotOptimize(results.data());
    }
    // Each thread's result is a pure function of its seed and step count.
    for (int index = 0; index < threads; ++index) {
        if (results[static_cast<std::size_t>(index)] !=
            xorshift_steps(static_cast<std::uint64_t>(index) + 1, total_steps / threads)) {
            fail(state, "probe: wrong result");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Sum of int32 into int64.

const parray::ndarray<std::int32_t>& int32_input(std::size_t n) {
    static std::vector<std::unique_ptr<parray::ndarray<std::int32_t>>> cache;
    for (auto& a : cache) {
        if (a->size() == n) {
            return *a;
        }
    }
    auto a = std::make_unique<parray::ndarray<std::int32_t>>(
        parray::ndarray<std::int32_t>::from_shape({n}));
    for (std::size_t i = 0; i < n; ++i) {
        a->data()[i] =
            static_cast<std::int32_t>(i % 2001) - 1000 + static_cast<std::int32_t>(i % 7);
    }
    cache.push_back(std::move(a));
    return *cache.back();
}

template <class Sum>
void run_sum_int32(benchmark::State& state, const Sum& sum) {
    const std::size_t n = size_arg(state);
    const auto& a = int32_input(n);
    std::int64_t expected = 0;
    for (std::size_t i = 0; i < n; ++i) {
        expected += a.data()[i];
    }
    std::int64_t result = 0;
    for (auto _ : state) {
        result = sum(a.data(), n, a);
        benchmark::DoNotOptimize(static_cast<const std::int64_t&>(result));
    }
    if (result != expected) {
        fail(state, "wrong int32 sum");
    }
    state.SetBytesProcessed(bytes(state, n * sizeof(std::int32_t)));
}

// ---------------------------------------------------------------------------------------------
// In place: x = -x.

template <class Negate>
void run_inplace(benchmark::State& state, const Negate& negate) {
    const std::size_t n = size_arg(state);
    const array_type& original = parray_bench::random_input(n);
    array_type a = original;
    std::int64_t flips = 0;
    for (auto _ : state) {
        negate(a.data(), n, a);
        ++flips;
        benchmark::ClobberMemory();
    }
    const double sign = flips % 2 == 0 ? 1.0 : -1.0;
    for (const std::size_t i : {std::size_t{0}, n / 2, n - 1}) {
        if (a.data()[i] != sign * original.data()[i]) {
            fail(state, "wrong element " + std::to_string(i));
            break;
        }
    }
    state.SetBytesProcessed(bytes(state, 2 * n * sizeof(double)));
}

// ---------------------------------------------------------------------------------------------
// Compute-bound map: y = sin(x) * exp(-x).

double compute_kernel(double x) {
    return std::sin(x) * std::exp(-x);
}

template <class Map>
void run_compute(benchmark::State& state, const Map& map) {
    const std::size_t n = size_arg(state);
    const array_type& a = parray_bench::random_input(n);
    array_type out = array_type::from_shape({n});
    for (auto _ : state) {
        map(a.data(), out.data(), n, a, out);
        benchmark::ClobberMemory();
    }
    for (const std::size_t i : {std::size_t{0}, n / 3, n - 1}) {
        if (out.data()[i] != compute_kernel(a.data()[i])) {
            fail(state, "wrong element " + std::to_string(i));
            break;
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(n));
}

// ---------------------------------------------------------------------------------------------
// Imbalanced: element i costs i / 16 xorshift steps; out[i] records the result.

std::uint64_t imbalanced_kernel(std::size_t i) {
    return xorshift_steps(i + 1, i / 16);
}

template <class Loop>
void run_imbalanced(benchmark::State& state, const Loop& loop) {
    const std::size_t n = size_arg(state);
    std::vector<std::uint64_t> out(n, 0);
    for (auto _ : state) {
        loop(out.data(), n);
        benchmark::ClobberMemory();
    }
    for (const std::size_t i : {std::size_t{0}, n / 2, n - 1}) {
        if (out[i] != imbalanced_kernel(i)) {
            fail(state, "wrong element " + std::to_string(i));
            break;
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(n));
}

// ---------------------------------------------------------------------------------------------
// Short loops of costly iterations: each iteration is `steps` xorshift steps, calibrated once
// to a duration on this machine.

struct costly_shape {
    const char* name;
    std::size_t iterations;
    double microseconds; // per iteration
};

std::uint64_t steps_per_microsecond() {
    static const std::uint64_t steps = [] {
        constexpr std::uint64_t trial = 1U << 24U;
        const auto start = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(xorshift_steps(7, trial));
        const std::chrono::duration<double, std::micro> took =
            std::chrono::steady_clock::now() - start;
        return std::max<std::uint64_t>(1, static_cast<std::uint64_t>(trial / took.count()));
    }();
    return steps;
}

template <class Loop>
void run_costly(benchmark::State& state, const costly_shape& shape, const Loop& loop) {
    const std::size_t n = shape.iterations;
    const auto steps = static_cast<std::uint64_t>(shape.microseconds *
                                                  static_cast<double>(steps_per_microsecond()));
    std::vector<std::uint64_t> out(n, 0);
    for (auto _ : state) {
        loop(out.data(), n, steps);
        benchmark::ClobberMemory();
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (out[i] != xorshift_steps(i + 1, steps)) {
            fail(state, "wrong iteration " + std::to_string(i));
            break;
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(n));
}

// The same iterations summed (wrapping): a reduction, which must stay deterministic.
template <class Reduce>
void run_costly_reduce(benchmark::State& state, const costly_shape& shape, const Reduce& reduce) {
    const std::size_t n = shape.iterations;
    const auto steps = static_cast<std::uint64_t>(shape.microseconds *
                                                  static_cast<double>(steps_per_microsecond()));
    const parray::ndarray<std::uint64_t> ids = xt::arange<std::uint64_t>(n);
    std::uint64_t total = 0;
    for (auto _ : state) {
        total = reduce(ids, steps);
        benchmark::DoNotOptimize(total);
    }
    std::uint64_t expected = 0;
    for (std::size_t i = 0; i < n; ++i) {
        expected += xorshift_steps(i + 1, steps);
    }
    if (total != expected) {
        fail(state, "wrong total");
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(n));
}

void add_costly_reduce(const costly_shape& shape) {
    using ids_type = parray::ndarray<std::uint64_t>;
    const std::string prefix = std::string("costly_reduce/") + shape.name + "/";
    const auto add_one = [&](const std::string& method, auto reduce) {
        benchmark::RegisterBenchmark(
            (prefix + method).c_str(),
            [shape, reduce](benchmark::State& state) { run_costly_reduce(state, shape, reduce); })
            ->UseRealTime()
            ->Unit(benchmark::kMicrosecond);
    };
    add_one("serial_loop", [](const ids_type& ids, std::uint64_t steps) {
        std::uint64_t total = 0;
        for (const std::uint64_t i : ids) {
            total += xorshift_steps(i + 1, steps);
        }
        return total;
    });
    add_one("parray_transform_reduce", [](const ids_type& ids, std::uint64_t steps) {
        return parray::parallel_transform_reduce(
            ids, std::uint64_t{0}, std::plus<>(),
            [steps](std::uint64_t i) { return xorshift_steps(i + 1, steps); });
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_one("openmp_dynamic", [](const ids_type& ids, std::uint64_t steps) {
        std::uint64_t total = 0;
        const auto count = static_cast<std::int64_t>(ids.size());
        const std::uint64_t* data = ids.data();
#pragma omp parallel for schedule(dynamic) reduction(+ : total)
        for (std::int64_t i = 0; i < count; ++i) {
            total += xorshift_steps(data[i] + 1, steps);
        }
        return total;
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add_one("tbb_parallel_reduce", [](const ids_type& ids, std::uint64_t steps) {
        const std::uint64_t* data = ids.data();
        return tbb::parallel_reduce(
            tbb::blocked_range<std::size_t>(0, ids.size()), std::uint64_t{0},
            [data, steps](const tbb::blocked_range<std::size_t>& r, std::uint64_t partial) {
                for (std::size_t i = r.begin(); i < r.end(); ++i) {
                    partial += xorshift_steps(data[i] + 1, steps);
                }
                return partial;
            },
            std::plus<>());
    });
#endif
}

void add_costly(const costly_shape& shape) {
    const std::string prefix = std::string("costly_loop/") + shape.name + "/";
    const auto add_one = [&](const std::string& method, auto loop) {
        benchmark::RegisterBenchmark(
            (prefix + method).c_str(),
            [shape, loop](benchmark::State& state) { run_costly(state, shape, loop); })
            ->UseRealTime()
            ->Unit(benchmark::kMicrosecond);
    };
    add_one("serial_loop", [](std::uint64_t* out, std::size_t n, std::uint64_t steps) {
        for (std::size_t i = 0; i < n; ++i) {
            out[i] = xorshift_steps(i + 1, steps);
        }
    });
    add_one("parray_parallel_for", [](std::uint64_t* out, std::size_t n, std::uint64_t steps) {
        parray::parallel_for(std::size_t{0}, n, [out, steps](std::size_t i) {
            out[i] = xorshift_steps(i + 1, steps);
        });
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_one("openmp_dynamic", [](std::uint64_t* out, std::size_t n, std::uint64_t steps) {
        const auto count = static_cast<std::int64_t>(n);
#pragma omp parallel for schedule(dynamic)
        for (std::int64_t i = 0; i < count; ++i) {
            out[i] = xorshift_steps(static_cast<std::uint64_t>(i) + 1, steps);
        }
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add_one("tbb_parallel_for", [](std::uint64_t* out, std::size_t n, std::uint64_t steps) {
        tbb::parallel_for(std::size_t{0}, n,
                          [out, steps](std::size_t i) { out[i] = xorshift_steps(i + 1, steps); });
    });
#endif
}

// ---------------------------------------------------------------------------------------------
// The article's pattern: every element its own chunk, each chunk doubled into a new array.

void run_chunks(benchmark::State& state) {
    const std::size_t n = size_arg(state);
    const array_type& a = parray_bench::counting_input(n);
    std::size_t count = 0;
    double last = 0.0;
    for (auto _ : state) {
        const auto doubled = parray::parallel_map_chunks(
            a, [](const auto& chunk) { return chunk * 2.0; }, parray::options{}.chunk_size(1));
        count = doubled.size();
        last = doubled.back()(0);
        parray_bench::keep(last);
    }
    if (count != n || last != 2.0 * static_cast<double>(n)) {
        fail(state,
             "wrong chunks: " + std::to_string(count) + " chunks, last " + std::to_string(last));
    }
    // Seconds per chunk (Google Benchmark prints it with a unit prefix, e.g. 40n = 40 ns).
    state.counters["per_chunk"] =
        benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate |
                                                       benchmark::Counter::kInvert);
}

[[maybe_unused]] const bool registered = [] {
    benchmark::RegisterBenchmark("probe/compute", run_probe)
        ->ArgName("threads")
        ->Arg(1)
        ->Arg(2)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();

    // Read-bandwidth references: parray's own block kernel on 1 or 2 plain threads.
    for (const int threads : {1, 2}) {
        add("sum/read_bandwidth_" + std::to_string(threads) +
                (threads == 1 ? "_thread" : "_threads"),
            {1'000'000, 10'000'000, 100'000'000}, [threads](benchmark::State& state) {
                const std::size_t n = size_arg(state);
                const array_type& a = parray_bench::random_input(n);
                constexpr std::size_t block = parray::detail::numpy_block_size;
                const std::size_t blocks = (n + block - 1) / block;
                std::vector<double> partial(static_cast<std::size_t>(threads));
                double total = 0.0;
                for (auto _ : state) {
                    on_threads(threads, [&](int index) {
                        const std::size_t first =
                            blocks * static_cast<std::size_t>(index) / threads;
                        const std::size_t last =
                            blocks * static_cast<std::size_t>(index + 1) / threads;
                        double sum = 0.0;
                        for (std::size_t b = first; b < last; ++b) {
                            sum += parray::detail::numpy_pairwise_sum(
                                a.data() + b * block, std::min(block, n - b * block));
                        }
                        partial[static_cast<std::size_t>(index)] = sum;
                    });
                    total = std::accumulate(partial.begin(), partial.end(), 0.0);
                    parray_bench::keep(total);
                }
                if (!parray_bench::close_to(total, parray_bench::reference_sum(n))) {
                    fail(state, "wrong sum");
                }
                state.SetBytesProcessed(bytes(state, n * sizeof(double)));
            });
    }

    const std::vector<std::int64_t>& sizes = parray_bench::workload_sizes();
    add("sum_int32/serial_accumulate", sizes, [](benchmark::State& state) {
        run_sum_int32(state, [](const std::int32_t* data, std::size_t n, const int32_array&) {
            return std::accumulate(data, data + n, std::int64_t{0});
        });
    });
    add("sum_int32/parray_parallel_sum", sizes, [](benchmark::State& state) {
        run_sum_int32(state, [](const std::int32_t*, std::size_t, const int32_array& a) {
            return parray::parallel_sum(a);
        });
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add("sum_int32/openmp_simd_reduction", sizes, [](benchmark::State& state) {
        run_sum_int32(state, [](const std::int32_t* data, std::size_t n, const int32_array&) {
            std::int64_t total = 0;
            const auto count = static_cast<std::int64_t>(n);
#pragma omp parallel for simd reduction(+ : total)
            for (std::int64_t i = 0; i < count; ++i) {
                total += data[i];
            }
            return total;
        });
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add("sum_int32/tbb_parallel_reduce", sizes, [](benchmark::State& state) {
        run_sum_int32(state, [](const std::int32_t* data, std::size_t n, const int32_array&) {
            return tbb::parallel_reduce(
                tbb::blocked_range<std::size_t>(0, n, 32768), std::int64_t{0},
                [data](const tbb::blocked_range<std::size_t>& r, std::int64_t partial) {
                    return std::accumulate(data + r.begin(), data + r.end(), partial);
                },
                std::plus<>());
        });
    });
    add("sum_int32/std_reduce_par", sizes, [](benchmark::State& state) {
        run_sum_int32(state, [](const std::int32_t* data, std::size_t n, const int32_array&) {
            return std::reduce(std::execution::par, data, data + n, std::int64_t{0});
        });
    });
#endif

    add("inplace/serial_loop", sizes, [](benchmark::State& state) {
        run_inplace(state, [](double* data, std::size_t n, array_type&) {
            for (std::size_t i = 0; i < n; ++i) {
                data[i] = -data[i];
            }
        });
    });
    add("inplace/parray_parallel_map", sizes, [](benchmark::State& state) {
        run_inplace(state, [](double*, std::size_t, array_type& a) {
            parray::parallel_map(a, a, [](double x) { return -x; });
        });
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add("inplace/openmp_parallel_for", sizes, [](benchmark::State& state) {
        run_inplace(state, [](double* data, std::size_t n, array_type&) {
            const auto count = static_cast<std::int64_t>(n);
#pragma omp parallel for simd
            for (std::int64_t i = 0; i < count; ++i) {
                data[i] = -data[i];
            }
        });
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add("inplace/tbb_parallel_for", sizes, [](benchmark::State& state) {
        run_inplace(state, [](double* data, std::size_t n, array_type&) {
            tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, 32768),
                              [data](const tbb::blocked_range<std::size_t>& r) {
                                  for (std::size_t i = r.begin(); i < r.end(); ++i) {
                                      data[i] = -data[i];
                                  }
                              });
        });
    });
    add("inplace/std_transform_par", sizes, [](benchmark::State& state) {
        run_inplace(state, [](double* data, std::size_t n, array_type&) {
            std::transform(std::execution::par, data, data + n, data, [](double x) { return -x; });
        });
    });
#endif

    const std::vector<std::int64_t> compute_sizes = {100'000, 1'000'000, 10'000'000};
    add("compute/serial_loop", compute_sizes, [](benchmark::State& state) {
        run_compute(state, [](const double* in, double* out, std::size_t n, const array_type&,
                              array_type&) {
            for (std::size_t i = 0; i < n; ++i) {
                out[i] = compute_kernel(in[i]);
            }
        });
    });
    add("compute/parray_parallel_map", compute_sizes, [](benchmark::State& state) {
        run_compute(state,
                    [](const double*, double*, std::size_t, const array_type& a, array_type& out) {
                        // A lambda, as the peers' loops call compute_kernel directly: passed by
                        // name, the function would be called through a pointer (its address is not
                        // in its type).
                        parray::parallel_map(a, out, [](double x) { return compute_kernel(x); });
                    });
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add("compute/openmp_parallel_for", compute_sizes, [](benchmark::State& state) {
        run_compute(state, [](const double* in, double* out, std::size_t n, const array_type&,
                              array_type&) {
            const auto count = static_cast<std::int64_t>(n);
#pragma omp parallel for
            for (std::int64_t i = 0; i < count; ++i) {
                out[i] = compute_kernel(in[i]);
            }
        });
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add("compute/tbb_parallel_for", compute_sizes, [](benchmark::State& state) {
        run_compute(state, [](const double* in, double* out, std::size_t n, const array_type&,
                              array_type&) {
            tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n),
                              [in, out](const tbb::blocked_range<std::size_t>& r) {
                                  for (std::size_t i = r.begin(); i < r.end(); ++i) {
                                      out[i] = compute_kernel(in[i]);
                                  }
                              });
        });
    });
#endif

    const std::vector<std::int64_t> imbalanced_sizes = {20'000, 100'000};
    add("imbalanced/serial_loop", imbalanced_sizes, [](benchmark::State& state) {
        run_imbalanced(state, [](std::uint64_t* out, std::size_t n) {
            for (std::size_t i = 0; i < n; ++i) {
                out[i] = imbalanced_kernel(i);
            }
        });
    });
    add("imbalanced/parray_parallel_for", imbalanced_sizes, [](benchmark::State& state) {
        run_imbalanced(state, [](std::uint64_t* out, std::size_t n) {
            parray::parallel_for(std::size_t{0}, n,
                                 [out](std::size_t i) { out[i] = imbalanced_kernel(i); });
        });
    });
    // The same with many small chunks: what a user does when elements are expensive.
    add("imbalanced/parray_num_chunks_256", imbalanced_sizes, [](benchmark::State& state) {
        run_imbalanced(state, [](std::uint64_t* out, std::size_t n) {
            parray::parallel_for(
                std::size_t{0}, n, [out](std::size_t i) { out[i] = imbalanced_kernel(i); },
                parray::options{}.num_chunks(256));
        });
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add("imbalanced/openmp_dynamic", imbalanced_sizes, [](benchmark::State& state) {
        run_imbalanced(state, [](std::uint64_t* out, std::size_t n) {
            const auto count = static_cast<std::int64_t>(n);
#pragma omp parallel for schedule(dynamic, 64)
            for (std::int64_t i = 0; i < count; ++i) {
                out[i] = imbalanced_kernel(static_cast<std::size_t>(i));
            }
        });
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add("imbalanced/tbb_parallel_for", imbalanced_sizes, [](benchmark::State& state) {
        run_imbalanced(state, [](std::uint64_t* out, std::size_t n) {
            tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n),
                              [out](const tbb::blocked_range<std::size_t>& r) {
                                  for (std::size_t i = r.begin(); i < r.end(); ++i) {
                                      out[i] = imbalanced_kernel(i);
                                  }
                              });
        });
    });
#endif

    add("chunks/parray_parallel_map_chunks", {100, 1'000, 10'000, 100'000}, run_chunks);

    for (const costly_shape& shape :
         {costly_shape{"1000x100us", 1000, 100.0}, costly_shape{"8x10ms", 8, 10'000.0},
          costly_shape{"1998x24us", 1998, 24.0}, costly_shape{"10xcheap", 10, 0.002}}) {
        add_costly(shape);
        add_costly_reduce(shape);
    }
    return true;
}();

} // namespace
