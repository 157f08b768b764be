// SPDX-License-Identifier: BSD-3-Clause

// Large inputs: parray against serial code, xtensor, OpenMP, oneTBB and std::execution::par.
//   sum/<method>/n:N        the sum of N doubles
//   map/<method>/n:N        out[i] = 2 * a[i] + 1 into a preallocated out; map/memcpy_* copy
//                           a into out on 1 and 2 threads: the memory-bandwidth references
//   scaling/<method>/...    the sum of 10^7 doubles on an explicit number of threads
//   layout/<input>/n:N      parallel_sum of the same N doubles read contiguously, through a
//                           transposed view and through a strided view: what a
//                           non-contiguous input costs (it must stay linear in N)
// Every benchmark checks its answer after timing and fails the program when it is wrong.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <xtensor/xadapt.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xview.hpp>

#include <parray/parray.hpp>

#include "bench_common.hpp"

#if defined(PARRAY_BENCH_HAVE_OPENMP)
#include <omp.h>
#endif

#if defined(PARRAY_BENCH_HAVE_TBB)
#include <execution>
#include <tbb/blocked_range.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_reduce.h>
#include <tbb/task_arena.h>
#endif

namespace {

using parray_bench::bytes;
using parray_bench::fail;
using parray_bench::size_arg;
using array_type = parray::ndarray<double>;

// ---------------------------------------------------------------------------------------------
// Sum

#if defined(PARRAY_BENCH_HAVE_OPENMP)
double openmp_sum(const double* data, std::size_t n, int threads) {
    const auto count = static_cast<std::int64_t>(n);
    double total = 0.0;
#pragma omp parallel for simd reduction(+ : total) num_threads(threads)
    for (std::int64_t i = 0; i < count; ++i) {
        total += data[i];
    }
    return total;
}
#endif

#if defined(PARRAY_BENCH_HAVE_OPENMP) || defined(PARRAY_BENCH_HAVE_TBB)
// The sum of NumPy blocks [first, last) of data[0, n), each by NumPy's pairwise sum: parray's own
// kernel, so that the *_pairwise peers below differ from parray in scheduling only.
double pairwise_blocks(const double* data, std::size_t n, std::size_t first, std::size_t last) {
    constexpr std::size_t block = parray::detail::numpy_block_size;
    double total = 0.0;
    for (std::size_t b = first; b < last; ++b) {
        total +=
            parray::detail::numpy_pairwise_sum(data + b * block, std::min(block, n - b * block));
    }
    return total;
}

std::size_t num_blocks(std::size_t n) {
    return (n + parray::detail::numpy_block_size - 1) / parray::detail::numpy_block_size;
}
#endif

#if defined(PARRAY_BENCH_HAVE_OPENMP)
double openmp_pairwise_sum(const double* data, std::size_t n) {
    const auto blocks = static_cast<std::int64_t>(num_blocks(n));
    double total = 0.0;
#pragma omp parallel for reduction(+ : total) schedule(static)
    for (std::int64_t b = 0; b < blocks; ++b) {
        total +=
            pairwise_blocks(data, n, static_cast<std::size_t>(b), static_cast<std::size_t>(b) + 1);
    }
    return total;
}
#endif

#if defined(PARRAY_BENCH_HAVE_TBB)
// Chunks below this many elements are not worth another thread; parray's own serial grain,
// given to TBB as its grain size so that both split alike.
constexpr std::size_t tbb_grain = 32768;

double tbb_pairwise_sum(const double* data, std::size_t n) {
    return tbb::parallel_reduce(
        tbb::blocked_range<std::size_t>(0, num_blocks(n),
                                        tbb_grain / parray::detail::numpy_block_size),
        0.0,
        [data, n](const tbb::blocked_range<std::size_t>& r, double partial) {
            return partial + pairwise_blocks(data, n, r.begin(), r.end());
        },
        std::plus<>());
}

double tbb_sum(const double* data, std::size_t n) {
    return tbb::parallel_reduce(
        tbb::blocked_range<std::size_t>(0, n, tbb_grain), 0.0,
        [data](const tbb::blocked_range<std::size_t>& r, double partial) {
            return std::accumulate(data + r.begin(), data + r.end(), partial);
        },
        std::plus<>());
}
#endif

// Times sum(a) on random_input(n); the answer must be within 1e-9 of the long double sum, and
// when `numpy_exact`, equal to np.sum's order computed serially, bit for bit.
template <class Sum>
void run_sum(benchmark::State& state, const Sum& sum, bool numpy_exact) {
    const std::size_t n = size_arg(state);
    const array_type& a = parray_bench::random_input(n);
    const double reference = parray_bench::reference_sum(n);
    const double numpy_reference = parray_bench::numpy_reference_sum(n);
    double result = 0.0;
    for (auto _ : state) {
        result = sum(a);
        parray_bench::keep(result);
    }
    if (!parray_bench::close_to(result, reference)) {
        fail(state,
             "wrong sum " + std::to_string(result) + ", expected " + std::to_string(reference));
    } else if (numpy_exact && result != numpy_reference) {
        fail(state, "sum differs from the serial NumPy-order sum");
    }
    state.SetBytesProcessed(bytes(state, n * sizeof(double)));
}

template <class Sum>
void add_sum(const std::string& name, Sum sum, bool numpy_exact = false) {
    benchmark::RegisterBenchmark(
        ("sum/" + name).c_str(),
        [sum, numpy_exact](benchmark::State& state) { run_sum(state, sum, numpy_exact); })
        ->ArgName("n")
        ->ArgsProduct({parray_bench::workload_sizes()})
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
}

// ---------------------------------------------------------------------------------------------
// Map

array_type& map_output(std::size_t n) {
    static std::vector<std::unique_ptr<array_type>> outputs;
    for (auto& out : outputs) {
        if (out->size() == n) {
            return *out;
        }
    }
    outputs.push_back(std::make_unique<array_type>(array_type::from_shape({n})));
    return *outputs.back();
}

// Times map(a, out) on random_input(n) into a preallocated out (zeroed first, so that an
// earlier benchmark's answer cannot pass for this one's), then checks a few elements.
template <class Map>
void run_map(benchmark::State& state, const Map& map) {
    const std::size_t n = size_arg(state);
    const array_type& a = parray_bench::random_input(n);
    array_type& out = map_output(n);
    std::fill(out.data(), out.data() + n, 0.0);
    for (auto _ : state) {
        map(a, out);
        benchmark::ClobberMemory();
    }
    for (const std::size_t i : {std::size_t{0}, std::size_t{1}, n / 3, n / 2, n - 2, n - 1}) {
        if (out.size() != n || out.data()[i] != 2.0 * a.data()[i] + 1.0) {
            fail(state, "wrong element " + std::to_string(i));
            break;
        }
    }
    // Read a, write out.
    state.SetBytesProcessed(bytes(state, 2 * n * sizeof(double)));
}

template <class Map>
void add_map(const std::string& name, Map map) {
    benchmark::RegisterBenchmark(("map/" + name).c_str(),
                                 [map](benchmark::State& state) { run_map(state, map); })
        ->ArgName("n")
        ->ArgsProduct({parray_bench::workload_sizes()})
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
}

// The memory-bandwidth references for a map: memcpy of n doubles (read n, write n) on one
// thread and on `threads` std::threads, each copying its share. glibc's memcpy uses streaming
// stores for copies this large.
void run_copy(benchmark::State& state, int threads) {
    const std::size_t n = size_arg(state);
    const array_type& a = parray_bench::random_input(n);
    array_type& out = map_output(n);
    std::fill(out.data(), out.data() + n, 0.0); // page it in before timing
    const auto copy_share = [&](int index) {
        const std::size_t begin = n * static_cast<std::size_t>(index) / threads;
        const std::size_t end = n * static_cast<std::size_t>(index + 1) / threads;
        std::memcpy(out.data() + begin, a.data() + begin, (end - begin) * sizeof(double));
    };
    for (auto _ : state) {
        parray_bench::on_threads(threads, copy_share);
        benchmark::ClobberMemory();
    }
    if (out.data()[n - 1] != a.data()[n - 1] || out.data()[0] != a.data()[0]) {
        fail(state, "wrong copy");
    }
    state.SetBytesProcessed(bytes(state, 2 * n * sizeof(double)));
}

void add_copy(const std::string& name, int threads) {
    benchmark::RegisterBenchmark(("map/" + name).c_str(),
                                 [threads](benchmark::State& state) { run_copy(state, threads); })
        ->ArgName("n")
        ->Arg(1'000'000)
        ->Arg(10'000'000)
        ->Arg(100'000'000)
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
}

// ---------------------------------------------------------------------------------------------
// Thread scaling: the sum of 10^7 doubles on 1, 2, 4 and 8 threads (8 on 2 cores: oversubscribed).

template <class Sum>
void run_scaling(benchmark::State& state, const Sum& sum) {
    const std::size_t n = size_arg(state, 0);
    const auto threads = static_cast<int>(state.range(1));
    const array_type& a = parray_bench::random_input(n);
    const double reference = parray_bench::reference_sum(n);
    double result = 0.0;
    sum(state, a, threads, result);
    if (!parray_bench::close_to(result, reference)) {
        fail(state, "wrong sum " + std::to_string(result));
    }
    state.SetBytesProcessed(bytes(state, n * sizeof(double)));
}

template <class Sum>
void add_scaling(const std::string& name, Sum sum) {
    benchmark::RegisterBenchmark(("scaling/" + name).c_str(),
                                 [sum](benchmark::State& state) { run_scaling(state, sum); })
        ->ArgNames({"n", "threads"})
        ->Args({10'000'000, 1})
        ->Args({10'000'000, 2})
        ->Args({10'000'000, 4})
        ->Args({10'000'000, 8})
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
}

// ---------------------------------------------------------------------------------------------
// Layout: parallel_sum over n doubles that are not contiguous in the order they are read.

// Times parallel_sum(input(a)) on random_input(n); `elements` is how many elements input reads.
template <class Input>
void run_layout(benchmark::State& state, const Input& input) {
    const std::size_t n = size_arg(state);
    const array_type& a = parray_bench::random_input(n);
    const auto expression = input(a);
    // Serial reference over the very same view, in its own order.
    long double reference = 0.0L;
    for (const double x : expression) {
        reference += x;
    }
    double result = 0.0;
    for (auto _ : state) {
        result = parray::parallel_sum(expression);
        parray_bench::keep(result);
    }
    if (!parray_bench::close_to(result, static_cast<double>(reference))) {
        fail(state, "wrong sum " + std::to_string(result));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(expression.size()));
}

template <class Input>
void add_layout(const std::string& name, Input input) {
    benchmark::RegisterBenchmark(("layout/" + name).c_str(),
                                 [input](benchmark::State& state) { run_layout(state, input); })
        ->ArgName("n")
        ->Arg(1 << 20)
        ->Arg(1 << 24)
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
}

// a's n elements seen as a (rows, n / rows) matrix, without a copy.
auto as_matrix(const array_type& a, std::size_t rows) {
    const std::vector<std::size_t> shape{rows, a.size() / rows};
    return xt::adapt(a.data(), a.size(), xt::no_ownership(), shape);
}

[[maybe_unused]] const bool registered = [] {
    const auto raw = [](const array_type& a) { return a.data(); };

    add_sum("std_accumulate",
            [raw](const array_type& a) { return std::accumulate(raw(a), raw(a) + a.size(), 0.0); });
    add_sum("numpy_order_serial",
            [raw](const array_type& a) { return parray_bench::numpy_style_sum(raw(a), a.size()); });
    add_sum("xtensor_sum", [](const array_type& a) { return xt::sum(a)(); });
    add_sum(
        "parray_parallel_sum", [](const array_type& a) { return parray::parallel_sum(a); }, true);
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_sum("openmp_simd_reduction", [raw](const array_type& a) {
        return openmp_sum(raw(a), a.size(), omp_get_max_threads());
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add_sum("tbb_parallel_reduce",
            [raw](const array_type& a) { return tbb_sum(raw(a), a.size()); });
#endif
    // The same two peers with parray's per-block kernel instead of a plain loop.
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_sum("openmp_pairwise_blocks",
            [raw](const array_type& a) { return openmp_pairwise_sum(raw(a), a.size()); });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add_sum("tbb_pairwise_blocks",
            [raw](const array_type& a) { return tbb_pairwise_sum(raw(a), a.size()); });
    add_sum("std_reduce_par", [raw](const array_type& a) {
        return std::reduce(std::execution::par, raw(a), raw(a) + a.size(), 0.0);
    });
#endif

    add_copy("memcpy_1_thread", 1);
    add_copy("memcpy_2_threads", 2);
    add_map("serial_loop", [](const array_type& a, array_type& out) {
        const double* in = a.data();
        double* dest = out.data();
        for (std::size_t i = 0; i < a.size(); ++i) {
            dest[i] = 2.0 * in[i] + 1.0;
        }
    });
    // Plain assignment evaluates into a new temporary (xtensor cannot rule out aliasing) and
    // swaps it in: a fresh allocation every call. noalias writes into out's storage.
    add_map("xtensor_assign", [](const array_type& a, array_type& out) { out = 2.0 * a + 1.0; });
    add_map("xtensor_noalias",
            [](const array_type& a, array_type& out) { xt::noalias(out) = 2.0 * a + 1.0; });
    add_map("parray_parallel_map", [](const array_type& a, array_type& out) {
        parray::parallel_map(a, out, [](double x) { return 2.0 * x + 1.0; });
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_map("openmp_parallel_for", [](const array_type& a, array_type& out) {
        const double* in = a.data();
        double* dest = out.data();
        const auto count = static_cast<std::int64_t>(a.size());
#pragma omp parallel for simd
        for (std::int64_t i = 0; i < count; ++i) {
            dest[i] = 2.0 * in[i] + 1.0;
        }
    });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    add_map("tbb_parallel_for", [](const array_type& a, array_type& out) {
        const double* in = a.data();
        double* dest = out.data();
        tbb::parallel_for(tbb::blocked_range<std::size_t>(0, a.size(), tbb_grain),
                          [in, dest](const tbb::blocked_range<std::size_t>& r) {
                              for (std::size_t i = r.begin(); i < r.end(); ++i) {
                                  dest[i] = 2.0 * in[i] + 1.0;
                              }
                          });
    });
    add_map("std_transform_par", [](const array_type& a, array_type& out) {
        std::transform(std::execution::par, a.data(), a.data() + a.size(), out.data(),
                       [](double x) { return 2.0 * x + 1.0; });
    });
#endif

    // parray: a pool of `threads` workers; the calling thread also runs chunks.
    add_scaling("parray_pool",
                [](benchmark::State& state, const array_type& a, int threads, double& result) {
                    parray::thread_pool pool(static_cast<std::size_t>(threads));
                    const parray::options opts = parray::options{}.pool(pool);
                    for (auto _ : state) {
                        result = parray::parallel_sum(a, opts);
                        parray_bench::keep(result);
                    }
                });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_scaling("openmp_num_threads",
                [](benchmark::State& state, const array_type& a, int threads, double& result) {
                    for (auto _ : state) {
                        result = openmp_sum(a.data(), a.size(), threads);
                        parray_bench::keep(result);
                    }
                });
#endif
#if defined(PARRAY_BENCH_HAVE_TBB)
    // global_control lifts TBB's cap on workers, the arena asks for that many slots.
    add_scaling("tbb_arena",
                [](benchmark::State& state, const array_type& a, int threads, double& result) {
                    const tbb::global_control limit(tbb::global_control::max_allowed_parallelism,
                                                    static_cast<std::size_t>(threads));
                    tbb::task_arena arena(threads);
                    for (auto _ : state) {
                        result = arena.execute([&] { return tbb_sum(a.data(), a.size()); });
                        parray_bench::keep(result);
                    }
                });
#endif

    add_layout("contiguous", [](const array_type& a) { return xt::view(a, xt::all()); });
    // Read column by column: every step jumps a row. 1024 rows makes each row 8 KiB or more.
    add_layout("transposed", [](const array_type& a) { return xt::transpose(as_matrix(a, 1024)); });
    // Every second element: half the elements, twice the stride.
    add_layout("strided_by_2",
               [](const array_type& a) { return xt::view(a, xt::range(0, a.size(), 2)); });
    return true;
}();

} // namespace
