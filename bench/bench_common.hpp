// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// What the benchmark files share: the input arrays (made once per size, outside any timing),
// the reference answers, and the failure flag that makes a wrong answer fail the program.

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>

#if defined(PARRAY_BENCH_HAVE_OPENMP)
#include <omp.h>
#endif

#include <parray/parray.hpp>

namespace parray_bench {

// Set by fail(); main() then returns 1, so that a wrong answer fails the ctest smoke run
// (SkipWithError alone only marks the benchmark in the report).
inline std::atomic<bool> any_failure{false};

inline void fail(benchmark::State& state, const std::string& what) {
    any_failure.store(true);
    state.SkipWithError(what.c_str());
}

// benchmark::DoNotOptimize(result), without letting g++ drop writes to result: Google
// Benchmark 1.7.1 passes a non-const argument through an "+m,r" asm constraint, which g++ 12
// at -O2 miscompiles here (a sum computed by an OpenMP reduction read back as 0; GCC bug 92597,
// google/benchmark#903). The const overload only reads the value.
inline void keep(const double& result) {
    benchmark::DoNotOptimize(result);
}

// The stretch [first, last) of `count` outputs that the calling thread of an OpenMP parallel
// region takes, an equal share each in thread order (all of them without OpenMP): the blocks
// of columns of the hand-written loops along axis 0.
inline std::pair<std::int64_t, std::int64_t> openmp_share(std::int64_t count) {
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    const std::int64_t threads = omp_get_num_threads();
    const std::int64_t thread = omp_get_thread_num();
    return {count * thread / threads, count * (thread + 1) / threads};
#else
    return {0, count};
#endif
}

// Runs f(index) for index in [0, threads) on the calling thread and threads - 1 std::threads.
template <class F>
inline void on_threads(int threads, const F& f) {
    std::vector<std::thread> helpers;
    for (int index = 1; index < threads; ++index) {
        helpers.emplace_back(f, index);
    }
    f(0);
    for (std::thread& helper : helpers) {
        helper.join();
    }
}

// The sizes of the main workloads (sum, sum_int32, map, inplace): from a call that must never
// touch the pool to one whose data is far larger than the last-level cache.
inline const std::vector<std::int64_t>& workload_sizes() {
    static const std::vector<std::int64_t> sizes = {10,        1'000,      100'000,
                                                    1'000'000, 10'000'000, 100'000'000};
    return sizes;
}

inline bool close_to(double value, double reference, double tolerance = 1e-9) {
    return std::abs(value - reference) <= tolerance * std::abs(reference);
}

inline std::int64_t bytes(benchmark::State& state, std::size_t bytes_per_iteration) {
    return static_cast<std::int64_t>(state.iterations()) *
           static_cast<std::int64_t>(bytes_per_iteration);
}

inline std::size_t size_arg(const benchmark::State& state, int index = 0) {
    return static_cast<std::size_t>(state.range(index));
}

// Fills data[0, n) with doubles uniform in [0, 1) from splitmix64 started at `seed`: the same
// values on every machine.
inline void fill_uniform(double* data, std::size_t n, std::uint64_t seed) {
    std::uint64_t state = seed;
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
        z ^= z >> 31U;
        data[i] = static_cast<double>(z >> 11U) * 0x1.0p-53;
    }
}

// n doubles uniform in [0, 1) (fill_uniform), made once per n.
inline const parray::ndarray<double>& random_input(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<parray::ndarray<double>>> cache;
    auto& slot = cache[n];
    if (!slot) {
        slot = std::make_unique<parray::ndarray<double>>(parray::ndarray<double>::from_shape({n}));
        fill_uniform(slot->data(), n, 0x853c49e6748fea9bULL);
    }
    return *slot;
}

// The values 1, 2, ..., n as doubles: every partial sum is an exact integer, so every
// summation order gives exactly n (n + 1) / 2.
inline const parray::ndarray<double>& counting_input(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<parray::ndarray<double>>> cache;
    auto& slot = cache[n];
    if (!slot) {
        slot = std::make_unique<parray::ndarray<double>>(parray::ndarray<double>::from_shape({n}));
        for (std::size_t i = 0; i < n; ++i) {
            slot->data()[i] = static_cast<double>(i + 1);
        }
    }
    return *slot;
}

// The sum of random_input(n) in long double: what every method is compared with (1e-9).
inline double reference_sum(std::size_t n) {
    static std::map<std::size_t, double> cache;
    const auto found = cache.find(n);
    if (found != cache.end()) {
        return found->second;
    }
    const double* data = random_input(n).data();
    long double total = 0.0L;
    for (std::size_t i = 0; i < n; ++i) {
        total += data[i];
    }
    return cache[n] = static_cast<double>(total);
}

// np.sum's own order, serially: NumPy's pairwise sum over each 8192-element block, the block
// sums added in order. parallel_sum with automatic chunks must equal this bit for bit.
inline double numpy_style_sum(const double* data, std::size_t n) {
    constexpr std::size_t block = 8192;
    double total = 0.0;
    for (std::size_t begin = 0; begin < n; begin += block) {
        total += parray::detail::numpy_pairwise_sum(data + begin, std::min(block, n - begin));
    }
    return total;
}

inline double numpy_reference_sum(std::size_t n) {
    static std::map<std::size_t, double> cache;
    const auto found = cache.find(n);
    if (found != cache.end()) {
        return found->second;
    }
    return cache[n] = numpy_style_sum(random_input(n).data(), n);
}

} // namespace parray_bench
