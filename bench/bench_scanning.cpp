// SPDX-License-Identifier: BSD-3-Clause

// np.cumsum on parray (issue 18) beside the parallel scans of oneTBB and the standard library.
//   scanning/cumsum_<type>/n:<n>/<method>   the cumulative sum of n uniform doubles in [0, 1)
//                                           (type double) or n int64 in [0, 2^20) (type int64)
// Methods: parray (parallel_cumsum, a new result each call, as np.cumsum), parray_out
// (parallel_cumsum(a, out) into an array allocated once, as the peers), tbb_parallel_scan
// (tbb::parallel_scan, the textbook pre-scan / final-scan body), std_inclusive_scan_par
// (std::inclusive_scan(std::execution::par), libstdc++'s on oneTBB), serial (a plain loop). The
// peers write into a buffer allocated once. Every benchmark checks its result after timing
// (integers exactly, doubles within 1e-9 of the serial sums).

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include <benchmark/benchmark.h>

#include <parray/parray.hpp>

#include "bench_common.hpp"

#if defined(PARRAY_BENCH_HAVE_TBB)
#include <execution>
#include <numeric>

#include <tbb/blocked_range.h>
#include <tbb/parallel_scan.h>
#endif

namespace {

using parray_bench::fail;

enum class method { parray, parray_out, tbb_parallel_scan, std_inclusive_scan_par, serial };

template <class T>
const parray::ndarray<T>& scan_input(std::size_t n) {
    if constexpr (std::is_same_v<T, double>) {
        return parray_bench::random_input(n);
    } else {
        static std::map<std::size_t, std::unique_ptr<parray::ndarray<T>>> cache;
        auto& slot = cache[n];
        if (!slot) {
            const auto& uniform = parray_bench::random_input(n);
            slot = std::make_unique<parray::ndarray<T>>(parray::ndarray<T>::from_shape({n}));
            for (std::size_t i = 0; i < n; ++i) {
                slot->data()[i] = static_cast<T>(uniform.data()[i] * 1048576.0);
            }
        }
        return *slot;
    }
}

template <class T>
void serial_scan(const T* in, T* out, std::size_t n) {
    T running = 0;
    for (std::size_t i = 0; i < n; ++i) {
        running += in[i];
        out[i] = running;
    }
}

#if defined(PARRAY_BENCH_HAVE_TBB)
template <class T>
void tbb_scan(const T* in, T* out, std::size_t n) {
    tbb::parallel_scan(
        tbb::blocked_range<std::size_t>(0, n), T(0),
        [in, out](const tbb::blocked_range<std::size_t>& r, T running, bool is_final) {
            for (std::size_t i = r.begin(); i < r.end(); ++i) {
                running += in[i];
                if (is_final) {
                    out[i] = running;
                }
            }
            return running;
        },
        [](T left, T right) { return left + right; });
}
#endif

template <class T>
void run_cumsum(benchmark::State& state, method m, std::size_t n) {
    const auto& a = scan_input<T>(n);
    std::vector<T> buffer(n);
    parray::ndarray<T> result;
    parray::ndarray<T> out = parray::ndarray<T>::from_shape({n});
    const T* got = nullptr;
    for (auto _ : state) {
        switch (m) {
        case method::parray:
            result = parray::parallel_cumsum(a);
            got = result.data();
            break;
        case method::parray_out:
            parray::parallel_cumsum(a, out);
            got = out.data();
            break;
        case method::tbb_parallel_scan:
#if defined(PARRAY_BENCH_HAVE_TBB)
            tbb_scan(a.data(), buffer.data(), n);
#endif
            got = buffer.data();
            break;
        case method::std_inclusive_scan_par:
#if defined(PARRAY_BENCH_HAVE_TBB)
            std::inclusive_scan(std::execution::par, a.data(), a.data() + n, buffer.data());
#endif
            got = buffer.data();
            break;
        case method::serial:
            serial_scan(a.data(), buffer.data(), n);
            got = buffer.data();
            break;
        }
        benchmark::DoNotOptimize(got);
        benchmark::ClobberMemory();
    }
    std::vector<T> expected(n);
    serial_scan(a.data(), expected.data(), n);
    for (std::size_t i = 0; i < n; i += 1 + n / 1000) {
        const bool ok = std::is_integral_v<T>
                            ? got[i] == expected[i]
                            : parray_bench::close_to(static_cast<double>(got[i]),
                                                     static_cast<double>(expected[i]), 1e-9);
        if (!ok) {
            fail(state, "wrong cumulative sum at " + std::to_string(i));
            return;
        }
    }
    state.SetBytesProcessed(parray_bench::bytes(state, n * sizeof(T)));
}

const bool registered = [] {
    const std::pair<const char*, method> methods[] = {
        {"parray", method::parray},
        {"parray_out", method::parray_out},
#if defined(PARRAY_BENCH_HAVE_TBB)
        {"tbb_parallel_scan", method::tbb_parallel_scan},
        {"std_inclusive_scan_par", method::std_inclusive_scan_par},
#endif
        {"serial", method::serial}};
    for (const std::size_t n :
         {std::size_t{1'000'000}, std::size_t{10'000'000}, std::size_t{100'000'000}}) {
        for (const auto& [name, m] : methods) {
            const std::string suffix = "/n:" + std::to_string(n) + "/" + name;
            benchmark::RegisterBenchmark(("scanning/cumsum_double" + suffix).c_str(),
                                         run_cumsum<double>, m, n)
                ->UseRealTime()
                ->Unit(benchmark::kMillisecond);
            benchmark::RegisterBenchmark(("scanning/cumsum_int64" + suffix).c_str(),
                                         run_cumsum<std::int64_t>, m, n)
                ->UseRealTime()
                ->Unit(benchmark::kMillisecond);
        }
    }
    return true;
}();

} // namespace
