// SPDX-License-Identifier: BSD-3-Clause

// What a parallel call costs when there is almost nothing to do: the article's sum of 1..10,
// and sums of 10^4 and 10^5 elements, around the point where parray starts using its pool.
//   overhead/<method>/n:N
// The input is 1, 2, ..., n, so every method must return exactly n (n + 1) / 2. The OpenMP and
// TBB bodies are plain loops (one dependent add chain per thread); serial_numpy_order runs
// parray's own kernel on one thread, to tell the kernel's share from the threads'.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <numeric>
#include <string>

#include <benchmark/benchmark.h>

#include <parray/parray.hpp>

#include "bench_common.hpp"

#if defined(PARRAY_BENCH_HAVE_OPENMP)
#include <omp.h>
#endif

#if defined(PARRAY_BENCH_HAVE_TBB)
#include <tbb/blocked_range.h>
#include <tbb/parallel_reduce.h>
#include <tbb/partitioner.h>
#endif

namespace {

using parray_bench::size_arg;
using array_type = parray::ndarray<double>;

template <class Sum>
void run_overhead(benchmark::State& state, const Sum& sum) {
    const std::size_t n = size_arg(state);
    const array_type& a = parray_bench::counting_input(n);
    const double expected = static_cast<double>(n) * static_cast<double>(n + 1) / 2.0;
    double result = 0.0;
    for (auto _ : state) {
        result = sum(a);
        parray_bench::keep(result);
    }
    if (result != expected) {
        parray_bench::fail(state, "wrong sum " + std::to_string(result) + ", expected " +
                                      std::to_string(expected));
    }
    state.SetBytesProcessed(parray_bench::bytes(state, n * sizeof(double)));
}

template <class Sum>
void add_overhead(const std::string& name, Sum sum) {
    benchmark::RegisterBenchmark(("overhead/" + name).c_str(),
                                 [sum](benchmark::State& state) { run_overhead(state, sum); })
        ->ArgName("n")
        ->Arg(10)
        ->Arg(10'000)
        ->Arg(100'000)
        ->UseRealTime();
}

#if defined(PARRAY_BENCH_HAVE_TBB)
// Exactly two chunks, each its own task: the counterpart of parray's num_chunks(2).
double tbb_two_chunks(const double* data, std::size_t n) {
    return tbb::parallel_reduce(
        tbb::blocked_range<std::size_t>(0, n, (n + 1) / 2), 0.0,
        [data](const tbb::blocked_range<std::size_t>& r, double partial) {
            return std::accumulate(data + r.begin(), data + r.end(), partial);
        },
        std::plus<>(), tbb::simple_partitioner());
}

// TBB left to itself: grain 1, auto_partitioner.
double tbb_auto(const double* data, std::size_t n) {
    return tbb::parallel_reduce(
        tbb::blocked_range<std::size_t>(0, n), 0.0,
        [data](const tbb::blocked_range<std::size_t>& r, double partial) {
            return std::accumulate(data + r.begin(), data + r.end(), partial);
        },
        std::plus<>());
}
#endif

[[maybe_unused]] const bool registered = [] {
    add_overhead("serial_accumulate", [](const array_type& a) {
        return std::accumulate(a.data(), a.data() + a.size(), 0.0);
    });
    // parray's kernel on the calling thread: what parray_default does below 32768 elements.
    add_overhead("serial_numpy_order", [](const array_type& a) {
        return parray_bench::numpy_style_sum(a.data(), a.size());
    });
    // Automatic chunking: up to 32768 elements run inline, on the calling thread.
    add_overhead("parray_default", [](const array_type& a) { return parray::parallel_sum(a); });
    // Forced through the default pool: two chunks, the caller runs one, a worker the other.
    add_overhead("parray_two_chunks", [](const array_type& a) {
        return parray::parallel_sum(a, parray::options{}.num_chunks(2));
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_overhead("openmp_reduction", [](const array_type& a) {
        const double* data = a.data();
        const auto count = static_cast<std::int64_t>(a.size());
        double total = 0.0;
#pragma omp parallel for simd reduction(+ : total)
        for (std::int64_t i = 0; i < count; ++i) {
            total += data[i];
        }
        return total;
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add_overhead("tbb_two_chunks",
                 [](const array_type& a) { return tbb_two_chunks(a.data(), a.size()); });
    add_overhead("tbb_auto", [](const array_type& a) { return tbb_auto(a.data(), a.size()); });
#endif
    return true;
}();

} // namespace
