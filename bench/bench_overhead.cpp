// SPDX-License-Identifier: BSD-3-Clause

// What a parallel call costs when there is almost nothing to do: the article's sum of 1..10,
// and sums of 10^4 and 10^5 elements, around the point where parray starts using its pool.
//   overhead/<method>/n:N
// The input is 1, 2, ..., n, so every method must return exactly n (n + 1) / 2. The OpenMP and
// TBB bodies are plain loops (one dependent add chain per thread); serial_numpy_order runs
// parray's own kernel on one thread, to tell the kernel's share from the threads'.
//   map_chunks/<split>_<method>/n:N
// parallel_map_chunks(a, [](const auto& c) { return c * 2.0; }) over 1, 2, ..., n, against
// the serial loop that makes the same arrays (a view per chunk, evaluated into an ndarray,
// pushed into a reserved std::vector): chunk_size_1 is the article's pattern (issue 16: at
// most 0.6x the serial loop on 2 threads at 10^5), default the automatic split (64 chunks up to
// 32768 elements; at n = 10 at most 2x the serial loop). per_chunk is the time of one chunk.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

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

// The article's pattern and its serial loop: `make(a, ranges)` returns one array per range.
template <class Make>
void run_map_chunks(benchmark::State& state, const parray::options& split, const Make& make) {
    const std::size_t n = size_arg(state);
    const array_type& a = parray_bench::counting_input(n);
    const std::vector<parray::chunk_range> ranges = parray::chunk_ranges(n, split);
    std::vector<array_type> doubled;
    for (auto _ : state) {
        doubled = make(a, ranges);
        parray_bench::keep(doubled.back()(0));
    }
    bool right = doubled.size() == ranges.size();
    for (std::size_t c = 0; right && c < ranges.size(); ++c) {
        right = doubled[c].size() == ranges[c].size() &&
                doubled[c](0) == 2.0 * static_cast<double>(ranges[c].begin + 1) &&
                doubled[c](ranges[c].size() - 1) == 2.0 * static_cast<double>(ranges[c].end);
    }
    if (!right) {
        parray_bench::fail(state, "wrong chunks: " + std::to_string(doubled.size()) + " of " +
                                      std::to_string(ranges.size()));
    }
    state.counters["per_chunk"] = benchmark::Counter(static_cast<double>(ranges.size()),
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}

void add_map_chunks(const std::string& split_name, const parray::options& split,
                    const std::vector<std::int64_t>& sizes) {
    const auto twice = [](const auto& chunk) { return chunk * 2.0; };
    const auto serial = [twice](const array_type& a,
                                const std::vector<parray::chunk_range>& ranges) {
        std::vector<array_type> out;
        out.reserve(ranges.size());
        for (const parray::chunk_range& r : ranges) {
            out.emplace_back(twice(xt::view(a, xt::range(static_cast<std::ptrdiff_t>(r.begin),
                                                         static_cast<std::ptrdiff_t>(r.end)))));
        }
        return out;
    };
    // The parray call is given the options of the split only when they are not automatic.
    const bool automatic = split.chunk_size() == 0 && split.num_chunks() == 0;
    const parray::options call = automatic ? parray::options{} : split;
    const auto parallel = [twice, call](const array_type& a,
                                        const std::vector<parray::chunk_range>&) {
        return parray::parallel_map_chunks(a, twice, call);
    };
    for (const auto& [method, make] :
         {std::pair<std::string, std::function<std::vector<array_type>(
                                     const array_type&, const std::vector<parray::chunk_range>&)>>{
              "serial", serial},
          {"parray", parallel}}) {
        auto* b = benchmark::RegisterBenchmark(
            ("map_chunks/" + split_name + "_" + method).c_str(),
            [split, make = make](benchmark::State& state) { run_map_chunks(state, split, make); });
        b->ArgName("n")->UseRealTime();
        for (const std::int64_t n : sizes) {
            b->Arg(n);
        }
    }
}

[[maybe_unused]] const bool registered = [] {
    add_map_chunks("chunk_size_1", parray::options{}.chunk_size(1), {10, 1'000, 100'000});
    // The automatic split of a short input, as parallel_map_chunks makes it.
    add_map_chunks("default", parray::options{}.num_chunks(64), {10, 1'000, 32'768});

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
