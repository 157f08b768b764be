// SPDX-License-Identifier: BSD-3-Clause

// a[a > 0.5] and np.flatnonzero on parray (issue 18) beside std::copy_if.
//   selecting/extract/n:<n>/<method>       the elements x > 0.5 of n uniform doubles in [0, 1)
//   selecting/flatnonzero/n:<n>/<method>   the indices of those elements
// Methods: parray (parallel_extract(a > 0.5, a), parallel_flatnonzero(a > 0.5)), parray_filter
// (parallel_filter(a, x > 0.5)), std_copy_if_par (std::copy_if(std::execution::par), libstdc++'s
// on oneTBB, of the values; of the indices for flatnonzero, over a counting range), serial
// (std::copy_if). The peers write into a buffer of n allocated once; parray allocates its
// result in each iteration. Every benchmark checks its result after timing.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include <parray/parray.hpp>

#include "bench_common.hpp"

#include <algorithm>
#include <numeric>

#if defined(PARRAY_BENCH_HAVE_TBB)
#include <execution>
#endif

namespace {

using parray_bench::fail;

enum class method { parray, parray_filter, std_copy_if_par, serial };

constexpr double threshold = 0.5;

const std::vector<std::int64_t>& positions(std::size_t n) {
    static std::vector<std::int64_t> all;
    if (all.size() != n) {
        all.resize(n);
        std::iota(all.begin(), all.end(), std::int64_t{0});
    }
    return all;
}

void run_extract(benchmark::State& state, method m, std::size_t n) {
    const auto& a = parray_bench::random_input(n);
    const double* first = a.data();
    std::vector<double> buffer(n);
    parray::ndarray<double> result;
    const double* got = nullptr;
    std::size_t count = 0;
    const auto above = [](double x) { return x > threshold; };
    for (auto _ : state) {
        switch (m) {
        case method::parray:
            result = parray::parallel_extract(a > threshold, a);
            got = result.data();
            count = result.size();
            break;
        case method::parray_filter:
            result = parray::parallel_filter(a, above);
            got = result.data();
            count = result.size();
            break;
        case method::std_copy_if_par:
#if defined(PARRAY_BENCH_HAVE_TBB)
            count = static_cast<std::size_t>(
                std::copy_if(std::execution::par, first, first + n, buffer.data(), above) -
                buffer.data());
#endif
            got = buffer.data();
            break;
        case method::serial:
            count = static_cast<std::size_t>(std::copy_if(first, first + n, buffer.data(), above) -
                                             buffer.data());
            got = buffer.data();
            break;
        }
        benchmark::DoNotOptimize(got);
        benchmark::ClobberMemory();
    }
    std::vector<double> expected;
    std::copy_if(first, first + n, std::back_inserter(expected), above);
    if (count != expected.size() || !std::equal(expected.begin(), expected.end(), got)) {
        fail(state, "wrong selection");
        return;
    }
    state.SetBytesProcessed(parray_bench::bytes(state, n * sizeof(double)));
}

void run_flatnonzero(benchmark::State& state, method m, std::size_t n) {
    const auto& a = parray_bench::random_input(n);
    const double* first = a.data();
    const auto& all = positions(n);
    std::vector<std::int64_t> buffer(n);
    parray::ndarray<std::int64_t> result;
    const std::int64_t* got = nullptr;
    std::size_t count = 0;
    const auto above = [first](std::int64_t i) { return first[i] > threshold; };
    for (auto _ : state) {
        switch (m) {
        case method::parray:
        case method::parray_filter:
            result = parray::parallel_flatnonzero(a > threshold);
            got = result.data();
            count = result.size();
            break;
        case method::std_copy_if_par:
#if defined(PARRAY_BENCH_HAVE_TBB)
            count = static_cast<std::size_t>(
                std::copy_if(std::execution::par, all.begin(), all.end(), buffer.begin(), above) -
                buffer.begin());
#endif
            got = buffer.data();
            break;
        case method::serial:
            count = static_cast<std::size_t>(
                std::copy_if(all.begin(), all.end(), buffer.begin(), above) - buffer.begin());
            got = buffer.data();
            break;
        }
        benchmark::DoNotOptimize(got);
        benchmark::ClobberMemory();
    }
    std::vector<std::int64_t> expected;
    std::copy_if(all.begin(), all.end(), std::back_inserter(expected), above);
    if (count != expected.size() || !std::equal(expected.begin(), expected.end(), got)) {
        fail(state, "wrong indices");
        return;
    }
    state.SetBytesProcessed(parray_bench::bytes(state, n * sizeof(double)));
}

const bool registered = [] {
    const std::pair<const char*, method> methods[] = {{"parray", method::parray},
#if defined(PARRAY_BENCH_HAVE_TBB)
                                                      {"std_copy_if_par", method::std_copy_if_par},
#endif
                                                      {"serial", method::serial}};
    for (const std::size_t n :
         {std::size_t{1'000'000}, std::size_t{10'000'000}, std::size_t{100'000'000}}) {
        const std::string size = "/n:" + std::to_string(n) + "/";
        for (const auto& [name, m] : methods) {
            benchmark::RegisterBenchmark(("selecting/extract" + size + name).c_str(), run_extract,
                                         m, n)
                ->UseRealTime()
                ->Unit(benchmark::kMillisecond);
            benchmark::RegisterBenchmark(("selecting/flatnonzero" + size + name).c_str(),
                                         run_flatnonzero, m, n)
                ->UseRealTime()
                ->Unit(benchmark::kMillisecond);
        }
        benchmark::RegisterBenchmark(("selecting/extract" + size + "parray_filter").c_str(),
                                     run_extract, method::parray_filter, n)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    }
    return true;
}();

} // namespace
