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
//   workloads/<workload>/<method> small programs as users write them (issue 16): Monte-Carlo
//                                pi, the heat stencil as slices and as a row loop, column
//                                z-scores, Mandelbrot rows; NumPy's times:
//                                bench/python/workloads.py
// Every benchmark checks its answer after timing and fails the program when it is wrong.

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include <benchmark/benchmark.h>

#include <parray/parray.hpp>

#include <xtensor/xmath.hpp>
#include <xtensor/xreducer.hpp>
#include <xtensor/xview.hpp>

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
// workloads/<workload>/<method>: small programs written as users write them (issue 16), each
// on parray, serial code, OpenMP and oneTBB here, and on NumPy in bench/python/workloads.py
// with the same sizes. After timing, every method's answer is compared with the serial loop's:
// bit for bit where the arithmetic is the same (pi, heat, mandelbrot), within 1e-9 where only
// the order of a sum differs (zscore). This file is compiled with -ffp-contract=off, so that no
// method fuses a multiply and an add that another rounds twice (bench/CMakeLists.txt).
//   pi          Monte-Carlo pi: 1000 blocks of 10^4 points, block b drawn from RandomState(b)
//               (np.random.RandomState(b).random_sample((10000, 2))), the hits summed
//   heat        20 steps of the explicit heat stencil on a 2000 x 2000 grid, edges held fixed:
//               parray_views is parallel_assign of slices as NumPy writes it, *_rows a loop
//               over the 1998 inner rows through raw pointers
//   zscore      column z-scores (a - a.mean(0)) / a.std(0) of 10^6 x 8 doubles into a
//               preallocated result
//   mandelbrot  escape counts (at most 256 iterations) of a 1000 x 1000 grid over
//               [-2, 0.6] x [-1.2, 1.2], one row at a time: rows cost 3 to 500 us, unevenly

// Registers workloads/<workload>/<method>, timed in real time, in milliseconds.
template <class Run>
void add_workload(const std::string& workload, const std::string& method, Run run) {
    benchmark::RegisterBenchmark(("workloads/" + workload + "/" + method).c_str(), run)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
}

// Monte-Carlo pi. Each block is seeded from its index, so the count is the same whoever runs
// which block, and NumPy draws the same points (its count is the same number).
constexpr std::uint64_t pi_blocks = 1000;
constexpr std::size_t pi_points = 10'000; // per block

std::int64_t pi_block_hits(std::uint64_t block) {
    parray::random::RandomState random(static_cast<std::int64_t>(block));
    std::int64_t hits = 0;
    for (std::size_t i = 0; i < pi_points; ++i) {
        const double x = random.random_sample();
        const double y = random.random_sample();
        hits += x * x + y * y < 1.0 ? 1 : 0;
    }
    return hits;
}

template <class Count>
void run_pi(benchmark::State& state, const Count& count) {
    static const std::int64_t expected = [] {
        std::int64_t hits = 0;
        for (std::uint64_t block = 0; block < pi_blocks; ++block) {
            hits += pi_block_hits(block);
        }
        return hits;
    }();
    const parray::ndarray<std::uint64_t> blocks = xt::arange<std::uint64_t>(pi_blocks);
    std::int64_t hits = 0;
    for (auto _ : state) {
        hits = count(blocks);
        benchmark::DoNotOptimize(static_cast<const std::int64_t&>(hits));
    }
    if (hits != expected) {
        fail(state, "pi: " + std::to_string(hits) + " hits, the serial loop counted " +
                        std::to_string(expected));
    }
    state.counters["hits"] = static_cast<double>(hits);
}

void add_pi() {
    using blocks_type = parray::ndarray<std::uint64_t>;
    const auto add_one = [](const std::string& method, auto count) {
        add_workload("pi", method, [count](benchmark::State& state) { run_pi(state, count); });
    };
    add_one("serial_loop", [](const blocks_type& blocks) {
        std::int64_t hits = 0;
        for (const std::uint64_t block : blocks) {
            hits += pi_block_hits(block);
        }
        return hits;
    });
    add_one("parray_transform_reduce", [](const blocks_type& blocks) {
        return parray::parallel_transform_reduce(
            blocks, std::int64_t{0}, std::plus<>(),
            [](std::uint64_t block) { return pi_block_hits(block); });
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_one("openmp_dynamic", [](const blocks_type& blocks) {
        std::int64_t hits = 0;
        const auto count = static_cast<std::int64_t>(blocks.size());
        const std::uint64_t* data = blocks.data();
#pragma omp parallel for schedule(dynamic) reduction(+ : hits)
        for (std::int64_t b = 0; b < count; ++b) {
            hits += pi_block_hits(data[b]);
        }
        return hits;
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add_one("tbb_parallel_reduce", [](const blocks_type& blocks) {
        const std::uint64_t* data = blocks.data();
        return tbb::parallel_reduce(
            tbb::blocked_range<std::size_t>(0, blocks.size()), std::int64_t{0},
            [data](const tbb::blocked_range<std::size_t>& r, std::int64_t partial) {
                for (std::size_t b = r.begin(); b < r.end(); ++b) {
                    partial += pi_block_hits(data[b]);
                }
                return partial;
            },
            std::plus<>());
    });
#endif
}

// The heat stencil: v = u + alpha * (the four neighbours - 4 u) inside, then u and v swap.
constexpr std::size_t heat_size = 2000;
constexpr int heat_steps = 20;
constexpr double heat_alpha = 0.1;

// Uniform in [0, 1) inside; the top edge held at 1, the other edges at 0.
const array_type& heat_start() {
    static const array_type start = [] {
        array_type u = array_type::from_shape({heat_size, heat_size});
        parray_bench::fill_uniform(u.data(), u.size(), 0x2545f4914f6cdd1dULL);
        for (std::size_t k = 0; k < heat_size; ++k) {
            u(0, k) = 1.0;
            u(heat_size - 1, k) = 0.0;
            u(k, 0) = 0.0;
            u(k, heat_size - 1) = 0.0;
        }
        u(0, 0) = u(0, heat_size - 1) = 1.0;
        return u;
    }();
    return start;
}

// One inner row i of a step through raw pointers, in the order the slice expression adds:
// south, north, east, west.
void heat_row(const double* u, double* v, std::size_t n, std::size_t i) {
    const double* north = u + (i - 1) * n;
    const double* centre = u + i * n;
    const double* south = u + (i + 1) * n;
    double* out = v + i * n;
    for (std::size_t j = 1; j + 1 < n; ++j) {
        const double c = centre[j];
        out[j] = c + heat_alpha * (south[j] + north[j] + centre[j + 1] + centre[j - 1] - 4.0 * c);
    }
}

// The right-hand side as NumPy writes it:
//     u[1:-1, 1:-1] + alpha * (u[2:, 1:-1] + u[:-2, 1:-1] + u[1:-1, 2:] + u[1:-1, :-2]
//                              - 4.0 * u[1:-1, 1:-1])
auto heat_expression(const array_type& u) {
    const auto n = static_cast<std::ptrdiff_t>(u.shape()[0]);
    auto inner = xt::range(1, n - 1);
    auto south = xt::range(2, n);
    auto north = xt::range(0, n - 2);
    auto east = xt::range(2, n);
    auto west = xt::range(0, n - 2);
    return xt::view(u, inner, inner) +
           heat_alpha *
               (xt::view(u, south, inner) + xt::view(u, north, inner) + xt::view(u, inner, east) +
                xt::view(u, inner, west) - 4.0 * xt::view(u, inner, inner));
}

void heat_serial_step(const array_type& u, array_type& v) {
    for (std::size_t i = 1; i + 1 < heat_size; ++i) {
        heat_row(u.data(), v.data(), heat_size, i);
    }
}

// The field after heat_steps serial steps from heat_start(): every method must give its bits.
const array_type& heat_reference() {
    static const array_type reference = [] {
        array_type u = heat_start();
        array_type v = heat_start();
        for (int step = 0; step < heat_steps; ++step) {
            heat_serial_step(u, v);
            std::swap(u, v);
        }
        return u;
    }();
    return reference;
}

template <class Step>
void run_heat(benchmark::State& state, const Step& step) {
    const array_type& start = heat_start();
    const array_type& reference = heat_reference();
    array_type u = start;
    array_type v = start;
    for (auto _ : state) {
        // Every iteration starts from the same field (the copies are not timed).
        state.PauseTiming();
        std::copy(start.begin(), start.end(), u.begin());
        std::copy(start.begin(), start.end(), v.begin());
        state.ResumeTiming();
        for (int s = 0; s < heat_steps; ++s) {
            step(u, v);
            std::swap(u, v);
        }
        benchmark::ClobberMemory();
    }
    if (std::memcmp(u.data(), reference.data(), u.size() * sizeof(double)) != 0) {
        fail(state, "heat: the field differs from the serial loop's");
    }
    // The sum of the field's 64-bit patterns modulo 2^48 (exact in a double): NumPy's field
    // (bench/python/workloads.py) must give the same.
    std::uint64_t checksum = 0;
    for (const double x : u) {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &x, sizeof bits);
        checksum += bits;
    }
    state.counters["checksum"] = static_cast<double>(checksum % (std::uint64_t{1} << 48U));
    // Grid points updated per second.
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * heat_steps *
                            static_cast<std::int64_t>((heat_size - 2) * (heat_size - 2)));
}

void add_heat() {
    const auto add_one = [](const std::string& method, auto step) {
        add_workload("heat", method, [step](benchmark::State& state) { run_heat(state, step); });
    };
    add_one("serial_loop", [](const array_type& u, array_type& v) { heat_serial_step(u, v); });
    // The NumPy way on one thread: xtensor's own assignment of the same slices.
    add_one("xtensor_views", [](const array_type& u, array_type& v) {
        auto inner = xt::range(1, static_cast<std::ptrdiff_t>(heat_size) - 1);
        xt::noalias(xt::view(v, inner, inner)) = heat_expression(u);
    });
    add_one("parray_views", [](const array_type& u, array_type& v) {
        auto inner = xt::range(1, static_cast<std::ptrdiff_t>(heat_size) - 1);
        parray::parallel_assign(xt::view(v, inner, inner), heat_expression(u));
    });
    add_one("parray_rows", [](const array_type& u, array_type& v) {
        const double* in = u.data();
        double* out = v.data();
        parray::parallel_for(std::size_t{1}, heat_size - 1,
                             [in, out](std::size_t i) { heat_row(in, out, heat_size, i); });
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_one("openmp_rows", [](const array_type& u, array_type& v) {
        const double* in = u.data();
        double* out = v.data();
        const auto last = static_cast<std::int64_t>(heat_size) - 1;
#pragma omp parallel for
        for (std::int64_t i = 1; i < last; ++i) {
            heat_row(in, out, heat_size, static_cast<std::size_t>(i));
        }
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add_one("tbb_rows", [](const array_type& u, array_type& v) {
        const double* in = u.data();
        double* out = v.data();
        tbb::parallel_for(tbb::blocked_range<std::size_t>(1, heat_size - 1),
                          [in, out](const tbb::blocked_range<std::size_t>& r) {
                              for (std::size_t i = r.begin(); i < r.end(); ++i) {
                                  heat_row(in, out, heat_size, i);
                              }
                          });
    });
#endif
}

// Column z-scores of a tall array: two passes for the means and standard deviations (NumPy's
// std: the square root of the mean squared deviation), one for the result.
constexpr std::size_t zscore_rows = 1'000'000;
constexpr std::size_t zscore_columns = 8;
using column_values = std::array<double, zscore_columns>;

// Column j uniform in [10 j, 11 j + 1).
const array_type& zscore_input() {
    static const array_type a = [] {
        array_type values = array_type::from_shape({zscore_rows, zscore_columns});
        parray_bench::fill_uniform(values.data(), values.size(), 0x9e3779b97f4a7c15ULL);
        for (std::size_t i = 0; i < zscore_rows; ++i) {
            for (std::size_t j = 0; j < zscore_columns; ++j) {
                values(i, j) = values(i, j) * static_cast<double>(j + 1) + 10.0 * double(j);
            }
        }
        return values;
    }();
    return a;
}

// z from the column means and deviations, rows [first, last).
void zscore_rows_of(const double* a, double* z, const column_values& mean,
                    const column_values& deviation, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        for (std::size_t j = 0; j < zscore_columns; ++j) {
            z[i * zscore_columns + j] = (a[i * zscore_columns + j] - mean[j]) / deviation[j];
        }
    }
}

void zscore_serial(const double* a, double* z) {
    column_values mean{};
    for (std::size_t i = 0; i < zscore_rows; ++i) {
        for (std::size_t j = 0; j < zscore_columns; ++j) {
            mean[j] += a[i * zscore_columns + j];
        }
    }
    column_values squares{};
    for (std::size_t j = 0; j < zscore_columns; ++j) {
        mean[j] /= static_cast<double>(zscore_rows);
    }
    for (std::size_t i = 0; i < zscore_rows; ++i) {
        for (std::size_t j = 0; j < zscore_columns; ++j) {
            const double d = a[i * zscore_columns + j] - mean[j];
            squares[j] += d * d;
        }
    }
    column_values deviation{};
    for (std::size_t j = 0; j < zscore_columns; ++j) {
        deviation[j] = std::sqrt(squares[j] / static_cast<double>(zscore_rows));
    }
    zscore_rows_of(a, z, mean, deviation, 0, zscore_rows);
}

const array_type& zscore_reference() {
    static const array_type reference = [] {
        array_type z = array_type::from_shape({zscore_rows, zscore_columns});
        zscore_serial(zscore_input().data(), z.data());
        return z;
    }();
    return reference;
}

template <class Zscore>
void run_zscore(benchmark::State& state, const Zscore& zscore) {
    const array_type& a = zscore_input();
    const array_type& reference = zscore_reference();
    array_type z = xt::zeros<double>({zscore_rows, zscore_columns});
    for (auto _ : state) {
        zscore(a, z);
        benchmark::ClobberMemory();
    }
    // Sums in another order differ in the last bits: 1e-9 is far above that, far below a bug.
    for (std::size_t k = 0; k < z.size(); ++k) {
        const double expected = reference.data()[k];
        if (!(std::abs(z.data()[k] - expected) <= 1e-9 * (1.0 + std::abs(expected)))) {
            fail(state, "zscore: wrong element " + std::to_string(k));
            break;
        }
    }
    state.SetBytesProcessed(bytes(state, 2 * z.size() * sizeof(double)));
}

void add_zscore() {
    const auto add_one = [](const std::string& method, auto zscore) {
        add_workload("zscore", method,
                     [zscore](benchmark::State& state) { run_zscore(state, zscore); });
    };
    add_one("serial_loop",
            [](const array_type& a, array_type& z) { zscore_serial(a.data(), z.data()); });
    // The NumPy way on one thread: xtensor's lazy reducers and assignment.
    add_one("xtensor_expressions", [](const array_type& a, array_type& z) {
        const array_type mean = xt::mean(a, {0});
        const array_type deviation = xt::sqrt(xt::mean(xt::square(a - mean), {0}));
        xt::noalias(z) = (a - mean) / deviation;
    });
    add_one("parray_expressions", [](const array_type& a, array_type& z) {
        const auto mean = parray::parallel_mean(a, 0);
        const array_type deviation = xt::sqrt(parray::parallel_mean(xt::square(a - mean), 0));
        parray::parallel_assign(z, (a - mean) / deviation);
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_one("openmp_loops", [](const array_type& a_array, array_type& z_array) {
        const double* a = a_array.data();
        double* z = z_array.data();
        const auto rows = static_cast<std::int64_t>(zscore_rows);
        double sums[zscore_columns] = {};
#pragma omp parallel for reduction(+ : sums[:zscore_columns])
        for (std::int64_t i = 0; i < rows; ++i) {
            for (std::size_t j = 0; j < zscore_columns; ++j) {
                sums[j] += a[static_cast<std::size_t>(i) * zscore_columns + j];
            }
        }
        column_values mean{};
        for (std::size_t j = 0; j < zscore_columns; ++j) {
            mean[j] = sums[j] / static_cast<double>(zscore_rows);
        }
        double squares[zscore_columns] = {};
#pragma omp parallel for reduction(+ : squares[:zscore_columns])
        for (std::int64_t i = 0; i < rows; ++i) {
            for (std::size_t j = 0; j < zscore_columns; ++j) {
                const double d = a[static_cast<std::size_t>(i) * zscore_columns + j] - mean[j];
                squares[j] += d * d;
            }
        }
        column_values deviation{};
        for (std::size_t j = 0; j < zscore_columns; ++j) {
            deviation[j] = std::sqrt(squares[j] / static_cast<double>(zscore_rows));
        }
#pragma omp parallel for
        for (std::int64_t i = 0; i < rows; ++i) {
            const auto row = static_cast<std::size_t>(i);
            zscore_rows_of(a, z, mean, deviation, row, row + 1);
        }
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add_one("tbb_loops", [](const array_type& a_array, array_type& z_array) {
        const double* a = a_array.data();
        double* z = z_array.data();
        const tbb::blocked_range<std::size_t> rows(0, zscore_rows, 4096);
        const auto add = [](column_values x, const column_values& y) {
            for (std::size_t j = 0; j < zscore_columns; ++j) {
                x[j] += y[j];
            }
            return x;
        };
        column_values mean = tbb::parallel_reduce(
            rows, column_values{},
            [a](const tbb::blocked_range<std::size_t>& r, column_values partial) {
                for (std::size_t i = r.begin(); i < r.end(); ++i) {
                    for (std::size_t j = 0; j < zscore_columns; ++j) {
                        partial[j] += a[i * zscore_columns + j];
                    }
                }
                return partial;
            },
            add);
        for (double& m : mean) {
            m /= static_cast<double>(zscore_rows);
        }
        const column_values squares = tbb::parallel_reduce(
            rows, column_values{},
            [a, &mean](const tbb::blocked_range<std::size_t>& r, column_values partial) {
                for (std::size_t i = r.begin(); i < r.end(); ++i) {
                    for (std::size_t j = 0; j < zscore_columns; ++j) {
                        const double d = a[i * zscore_columns + j] - mean[j];
                        partial[j] += d * d;
                    }
                }
                return partial;
            },
            add);
        column_values deviation{};
        for (std::size_t j = 0; j < zscore_columns; ++j) {
            deviation[j] = std::sqrt(squares[j] / static_cast<double>(zscore_rows));
        }
        tbb::parallel_for(rows, [&](const tbb::blocked_range<std::size_t>& r) {
            zscore_rows_of(a, z, mean, deviation, r.begin(), r.end());
        });
    });
#endif
}

// Mandelbrot escape counts, one row at a time; the same arithmetic as NumPy's z * z + c.
constexpr std::size_t mandelbrot_size = 1000;
constexpr int mandelbrot_iterations = 256;

int escape_count(double cr, double ci) {
    double zr = 0.0;
    double zi = 0.0;
    for (int k = 0; k < mandelbrot_iterations; ++k) {
        const double rr = zr * zr;
        const double ii = zi * zi;
        if (rr + ii > 4.0) {
            return k;
        }
        const double next_i = zr * zi + zi * zr + ci;
        zr = rr - ii + cr;
        zi = next_i;
    }
    return mandelbrot_iterations;
}

void mandelbrot_row(std::int32_t* counts, std::size_t row) {
    constexpr double step_r = 2.6 / mandelbrot_size;
    constexpr double step_i = 2.4 / mandelbrot_size;
    const double ci = -1.2 + step_i * static_cast<double>(row);
    for (std::size_t column = 0; column < mandelbrot_size; ++column) {
        counts[row * mandelbrot_size + column] =
            escape_count(-2.0 + step_r * static_cast<double>(column), ci);
    }
}

template <class Rows>
void run_mandelbrot(benchmark::State& state, const Rows& rows) {
    static const std::vector<std::int32_t> reference = [] {
        std::vector<std::int32_t> counts(mandelbrot_size * mandelbrot_size);
        for (std::size_t row = 0; row < mandelbrot_size; ++row) {
            mandelbrot_row(counts.data(), row);
        }
        return counts;
    }();
    std::vector<std::int32_t> counts(mandelbrot_size * mandelbrot_size, -1);
    for (auto _ : state) {
        rows(counts.data());
        benchmark::ClobberMemory();
    }
    if (counts != reference) {
        fail(state, "mandelbrot: the counts differ from the serial loop's");
    }
    state.counters["total"] =
        static_cast<double>(std::accumulate(counts.begin(), counts.end(), std::int64_t{0}));
}

void add_mandelbrot() {
    const auto add_one = [](const std::string& method, auto rows) {
        add_workload("mandelbrot", method,
                     [rows](benchmark::State& state) { run_mandelbrot(state, rows); });
    };
    add_one("serial_loop", [](std::int32_t* counts) {
        for (std::size_t row = 0; row < mandelbrot_size; ++row) {
            mandelbrot_row(counts, row);
        }
    });
    add_one("parray_parallel_for", [](std::int32_t* counts) {
        parray::parallel_for(std::size_t{0}, mandelbrot_size,
                             [counts](std::size_t row) { mandelbrot_row(counts, row); });
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_one("openmp_dynamic", [](std::int32_t* counts) {
        const auto rows = static_cast<std::int64_t>(mandelbrot_size);
#pragma omp parallel for schedule(dynamic)
        for (std::int64_t row = 0; row < rows; ++row) {
            mandelbrot_row(counts, static_cast<std::size_t>(row));
        }
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add_one("tbb_parallel_for", [](std::int32_t* counts) {
        tbb::parallel_for(std::size_t{0}, mandelbrot_size,
                          [counts](std::size_t row) { mandelbrot_row(counts, row); });
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

    add_pi();
    add_heat();
    add_zscore();
    add_mandelbrot();
    return true;
}();

} // namespace
