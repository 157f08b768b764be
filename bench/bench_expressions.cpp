// SPDX-License-Identifier: BSD-3-Clause

// parray's axis reductions and expression evaluation against xtensor's own parallel evaluation
// (XTENSOR_USE_TBB) and against xtensor on one thread. This file is the program
// parray_bench_xtensor_tbb: every one of its translation units is compiled with XTENSOR_USE_TBB,
// which changes xtensor's inline templates, so none of it may be linked into parray_bench (ODR).
//   axis0_sum/<method>/n:N    column sums, a.sum(axis=0), of an N x N row-major matrix of
//                             doubles, N = 2000 and 10000 (32 MB and 800 MB)
//   axis1_sum/<method>/n:N    row sums, a.sum(axis=1), of a 4 x N matrix, N = 10^6 and 4 * 10^7
//   expression/<method>/n:N   out = 2.0 * a + xt::sin(b) - a * b over N doubles into a
//                             preallocated out, N = 10^5, 10^6, 10^7
// Methods:
//   parray           parallel_sum(a, axis) (returns a new ndarray), parallel_assign(out, expr)
//   xtensor_tbb      xt::noalias(out) = xt::sum(a, {axis}), xt::noalias(out) = expr: xtensor
//                    with TBB
//   xtensor_serial   the same xtensor code inside a one-thread tbb::task_arena: xtensor's serial
//                    evaluation
//   openmp_loop      hand-written OpenMP loops over the raw data (when OpenMP is found)
// Every benchmark checks its answer after timing and fails the program when it is wrong.

#if !defined(XTENSOR_USE_TBB) || !defined(PARRAY_BENCH_HAVE_TBB)
#error "bench_expressions.cpp is parray_bench_xtensor_tbb's: compile it with XTENSOR_USE_TBB"
#endif

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>
#include <tbb/task_arena.h>
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xreducer.hpp>

#include <parray/parray.hpp>

#include "bench_common.hpp"

#if defined(PARRAY_BENCH_HAVE_OPENMP)
#include <omp.h>
#endif

namespace {

using parray_bench::bytes;
using parray_bench::fail;
using parray_bench::size_arg;
using array_type = parray::ndarray<double>;

// ---------------------------------------------------------------------------------------------
// Inputs and references, made once per size, outside any timing

// An array of `shape` holding parray_bench::fill_uniform's doubles from `seed`, made once.
const array_type& input(const std::vector<std::size_t>& shape, std::uint64_t seed) {
    static std::map<std::pair<std::vector<std::size_t>, std::uint64_t>, std::unique_ptr<array_type>>
        cache;
    auto& slot = cache[{shape, seed}];
    if (!slot) {
        slot = std::make_unique<array_type>(array_type::from_shape(shape));
        parray_bench::fill_uniform(slot->data(), slot->size(), seed);
    }
    return *slot;
}

// The matrix of axis0_sum (N x N, axis = 0) or of axis1_sum (4 x N, axis = 1).
const array_type& axis_input(std::size_t axis, std::size_t n) {
    return input({axis == 0 ? n : 4, n}, 0x853c49e6748fea9bULL + axis);
}

// The sums of axis_input(axis, n) along `axis`, in long double, one row after another.
const std::vector<double>& axis_reference(std::size_t axis, std::size_t n) {
    static std::map<std::pair<std::size_t, std::size_t>, std::vector<double>> cache;
    auto& reference = cache[{axis, n}];
    if (reference.empty()) {
        const array_type& a = axis_input(axis, n);
        const std::size_t rows = a.shape()[0];
        const std::size_t columns = a.shape()[1];
        const double* data = a.data();
        std::vector<long double> sums(axis == 0 ? columns : rows, 0.0L);
        for (std::size_t r = 0; r < rows; ++r) {
            for (std::size_t c = 0; c < columns; ++c) {
                sums[axis == 0 ? c : r] += data[r * columns + c];
            }
        }
        reference.assign(sums.begin(), sums.end());
    }
    return reference;
}

const array_type& expression_a(std::size_t n) {
    return input({n}, 0x2545f4914f6cdd1dULL);
}
const array_type& expression_b(std::size_t n) {
    return input({n}, 0x9e3779b97f4a7c15ULL);
}

// The expression under test, lazily: xtensor's xfunction over a and b.
auto expression(const array_type& a, const array_type& b) {
    return 2.0 * a + xt::sin(b) - a * b;
}

// One thread for TBB: xtensor's TBB loops then run on the calling thread alone.
tbb::task_arena& serial_arena() {
    static tbb::task_arena arena(1);
    return arena;
}

// ---------------------------------------------------------------------------------------------
// Axis sums

#if defined(PARRAY_BENCH_HAVE_OPENMP)
// Sums of a rows x columns row-major matrix along `axis` into out, by hand: for axis 0 each
// thread owns a stretch of columns and adds every row's part of it in turn (rows read left to
// right, the stretch's sums in cache); for axis 1 each row is an OpenMP reduction.
void openmp_axis_sum(const double* data, std::size_t rows, std::size_t columns, std::size_t axis,
                     double* out) {
    if (axis == 0) {
#pragma omp parallel
        {
            const auto threads = static_cast<std::size_t>(omp_get_num_threads());
            const auto thread = static_cast<std::size_t>(omp_get_thread_num());
            const std::size_t begin = columns * thread / threads;
            const std::size_t end = columns * (thread + 1) / threads;
            std::fill(out + begin, out + end, 0.0);
            for (std::size_t r = 0; r < rows; ++r) {
                const double* row = data + r * columns;
                for (std::size_t c = begin; c < end; ++c) {
                    out[c] += row[c];
                }
            }
        }
    } else {
        const auto count = static_cast<std::int64_t>(columns);
        for (std::size_t r = 0; r < rows; ++r) {
            const double* row = data + r * columns;
            double total = 0.0;
#pragma omp parallel for simd reduction(+ : total)
            for (std::int64_t c = 0; c < count; ++c) {
                total += row[c];
            }
            out[r] = total;
        }
    }
}
#endif

// Times method(a, axis, out) on axis_input(axis, n), out preallocated with the result's shape
// and zeroed (so that no earlier answer can pass for this one's); then every sum must be within
// 1e-9 (relative) of the long double reference.
template <class Method>
void run_axis_sum(benchmark::State& state, std::size_t axis, const Method& method) {
    const std::size_t n = size_arg(state);
    const array_type& a = axis_input(axis, n);
    const std::vector<double>& reference = axis_reference(axis, n);
    array_type out = array_type::from_shape({reference.size()});
    std::fill(out.begin(), out.end(), 0.0);
    for (auto _ : state) {
        method(a, axis, out);
        benchmark::ClobberMemory();
    }
    if (out.dimension() != 1 || out.size() != reference.size()) {
        fail(state, "wrong result shape");
    } else {
        for (std::size_t i = 0; i < reference.size(); ++i) {
            if (!parray_bench::close_to(out.data()[i], reference[i])) {
                fail(state, "wrong sum " + std::to_string(out.data()[i]) + " at " +
                                std::to_string(i) + ", expected " + std::to_string(reference[i]));
                break;
            }
        }
    }
    state.SetBytesProcessed(bytes(state, a.size() * sizeof(double)));
}

template <class Method>
void add_axis_sum(std::size_t axis, const std::string& name, const std::vector<std::int64_t>& sizes,
                  Method method) {
    benchmark::RegisterBenchmark(
        ("axis" + std::to_string(axis) + "_sum/" + name).c_str(),
        [axis, method](benchmark::State& state) { run_axis_sum(state, axis, method); })
        ->ArgName("n")
        ->ArgsProduct({sizes})
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
}

// ---------------------------------------------------------------------------------------------
// Expression

// Times method(a, b, out) into a preallocated, zeroed out; then every element must be within
// 1e-12 of 2a + sin(b) - ab computed here element by element (relative to the terms' size: the
// methods do the same operations, so they agree exactly unless the compiler contracts a * b
// into a fused multiply-add somewhere).
template <class Method>
void run_expression(benchmark::State& state, const Method& method) {
    const std::size_t n = size_arg(state);
    const array_type& a = expression_a(n);
    const array_type& b = expression_b(n);
    array_type out = array_type::from_shape({n});
    std::fill(out.begin(), out.end(), 0.0);
    for (auto _ : state) {
        method(a, b, out);
        benchmark::ClobberMemory();
    }
    if (out.size() != n) {
        fail(state, "wrong result shape");
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            const double x = a.data()[i];
            const double y = b.data()[i];
            const double reference = 2.0 * x + std::sin(y) - x * y;
            const double scale = std::abs(2.0 * x) + std::abs(std::sin(y)) + std::abs(x * y);
            if (!(std::abs(out.data()[i] - reference) <= 1e-12 * scale)) {
                fail(state, "wrong element " + std::to_string(i) + ": " +
                                std::to_string(out.data()[i]) + ", expected " +
                                std::to_string(reference));
                break;
            }
        }
    }
    // Read a and b, write out.
    state.SetBytesProcessed(bytes(state, 3 * n * sizeof(double)));
}

template <class Method>
void add_expression(const std::string& name, Method method) {
    benchmark::RegisterBenchmark(
        ("expression/" + name).c_str(),
        [method](benchmark::State& state) { run_expression(state, method); })
        ->ArgName("n")
        ->Arg(100'000)
        ->Arg(1'000'000)
        ->Arg(10'000'000)
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
}

[[maybe_unused]] const bool registered = [] {
    for (const std::size_t axis : {std::size_t{0}, std::size_t{1}}) {
        const std::vector<std::int64_t> sizes =
            axis == 0 ? std::vector<std::int64_t>{2'000, 10'000}
                      : std::vector<std::int64_t>{1'000'000, 40'000'000};
        add_axis_sum(axis, "parray", sizes,
                     [](const array_type& a, std::size_t along, array_type& out) {
                         out = parray::parallel_sum(a, along);
                     });
        add_axis_sum(axis, "xtensor_tbb", sizes,
                     [](const array_type& a, std::size_t along, array_type& out) {
                         xt::noalias(out) = xt::sum(a, {along});
                     });
        add_axis_sum(axis, "xtensor_serial", sizes,
                     [](const array_type& a, std::size_t along, array_type& out) {
                         serial_arena().execute([&] { xt::noalias(out) = xt::sum(a, {along}); });
                     });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
        add_axis_sum(axis, "openmp_loop", sizes,
                     [](const array_type& a, std::size_t along, array_type& out) {
                         openmp_axis_sum(a.data(), a.shape()[0], a.shape()[1], along, out.data());
                     });
#endif
    }

    add_expression("parray", [](const array_type& a, const array_type& b, array_type& out) {
        parray::parallel_assign(out, expression(a, b));
    });
    add_expression("xtensor_tbb", [](const array_type& a, const array_type& b, array_type& out) {
        xt::noalias(out) = expression(a, b);
    });
    add_expression("xtensor_serial", [](const array_type& a, const array_type& b, array_type& out) {
        serial_arena().execute([&] { xt::noalias(out) = expression(a, b); });
    });
#if defined(PARRAY_BENCH_HAVE_OPENMP)
    add_expression("openmp_loop", [](const array_type& a, const array_type& b, array_type& out) {
        const double* x = a.data();
        const double* y = b.data();
        double* dest = out.data();
        const auto count = static_cast<std::int64_t>(a.size());
        // No simd: a vectorised sin could differ from std::sin in the last bit.
#pragma omp parallel for schedule(static)
        for (std::int64_t i = 0; i < count; ++i) {
            dest[i] = 2.0 * x[i] + std::sin(y[i]) - x[i] * y[i];
        }
    });
#endif
    return true;
}();

} // namespace
