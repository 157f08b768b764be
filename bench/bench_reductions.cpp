// SPDX-License-Identifier: BSD-3-Clause

// NumPy's prod, argmin, min and ptp (issue 17, item 5): parray against the loop a C++ programmer
// would write with OpenMP and against xtensor's serial reducers.
//   reductions/<function>/<where>/<method>/n:N
// function: prod (np.prod), argmin (np.argmin), min (np.min), ptp (np.ptp = max - min).
// where: axis0 and axis1 of a 10^4 x 10^4 array of doubles (N = 10^8, 800 MB, left out of the
// ctest smoke run), whole for 10^7 doubles.
// Methods: parray (parallel_prod, parallel_argmin, parallel_min, parallel_ptp), openmp (`omp
// parallel for` over the outputs, or a reduction over the whole array), xtensor_serial
// (xt::prod, xt::argmin, xt::amin, xt::amax - xt::amin).
// Every benchmark checks its answer after timing against a serial loop's: bit for bit, except
// the OpenMP and xtensor whole-array products, whose order of multiplication is their own.

// g++ 12 warns (-Warray-bounds) inside xtensor 0.24's xt::argmin along an axis, where
// get_permutations inserts into an svector: a warning about code this file does not own, given
// wherever it is inlined, so silenced for the file before xtensor's headers come in.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Warray-bounds"
#endif

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include <parray/parray.hpp>

#include <xtensor/xmath.hpp>
#include <xtensor/xsort.hpp>

#include "bench_common.hpp"

#if defined(PARRAY_BENCH_HAVE_OPENMP)
#include <omp.h>
#endif

namespace {

using parray_bench::fail;
using grid = parray::ndarray<double>;

constexpr std::size_t side = 10'000;
constexpr std::size_t whole_size = 10'000'000;

enum class function { prod, argmin, min, ptp };
enum class where { axis0, axis1, whole };
enum class method { parray, openmp, xtensor_serial };

// Uniform values close to 1, 1 + (u - 1/2) / 1024, so that products of 10^4 and 10^7 of them
// neither overflow nor vanish.
grid make_input(std::vector<std::size_t> shape, std::uint64_t seed) {
    auto g = grid::from_shape(shape);
    parray_bench::fill_uniform(g.data(), g.size(), seed);
    for (std::size_t i = 0; i < g.size(); ++i) {
        g.data()[i] = 1.0 + (g.data()[i] - 0.5) / 1024.0;
    }
    return g;
}

const grid& input(where w) {
    if (w == where::whole) {
        static const grid line = make_input({whole_size}, 0x3c6ef372fe94f82bULL);
        return line;
    }
    static const grid square = make_input({side, side}, 0xa54ff53a5f1d36f1ULL);
    return square;
}

// The outputs of a reduction as doubles (indices converted), for one comparison.
template <class A>
std::vector<double> as_doubles(const A& a) {
    std::vector<double> values;
    for (const auto& x : a) {
        values.push_back(static_cast<double>(x));
    }
    return values;
}

// The serial answer, one output after another, each folded in memory order.
std::vector<double> serial_answer(function f, where w) {
    const grid& a = input(w);
    const std::size_t outputs = w == where::whole ? 1 : side;
    const std::size_t length = w == where::whole ? whole_size : side;
    // Element l of output m.
    const auto at = [&](std::size_t m, std::size_t l) {
        return w == where::axis0 ? a.data()[l * side + m] : a.data()[m * length + l];
    };
    std::vector<double> answer(outputs);
    for (std::size_t m = 0; m < outputs; ++m) {
        double product = 1.0;
        double low = at(m, 0);
        double high = low;
        std::size_t best = 0;
        for (std::size_t l = 0; l < length; ++l) {
            const double x = at(m, l);
            product *= x;
            if (x < low) {
                low = x;
                best = l;
            }
            high = std::max(high, x);
        }
        answer[m] = f == function::prod     ? product
                    : f == function::argmin ? static_cast<double>(best)
                    : f == function::min    ? low
                                            : high - low;
    }
    return answer;
}

// The hand-written OpenMP loops.
std::vector<double> openmp_answer(function f, where w) {
    const grid& a = input(w);
    const double* data = a.data();
    if (w == where::whole) {
        double product = 1.0;
        double low = data[0];
        double high = data[0];
        const auto n = static_cast<std::int64_t>(whole_size);
        if (f == function::prod) {
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for reduction(* : product)
#endif
            for (std::int64_t i = 0; i < n; ++i) {
                product *= data[i];
            }
            return {product};
        }
        if (f == function::ptp || f == function::min) {
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for reduction(min : low) reduction(max : high)
#endif
            for (std::int64_t i = 0; i < n; ++i) {
                low = std::min(low, data[i]);
                high = std::max(high, data[i]);
            }
            return {f == function::min ? low : high - low};
        }
        // argmin: each thread's first best, then the threads' in order.
        std::size_t best = 0;
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel
#endif
        {
            std::size_t mine = 0;
            double mine_value = data[0];
            bool any = false;
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp for schedule(static) nowait
#endif
            for (std::int64_t i = 0; i < n; ++i) {
                if (!any || data[i] < mine_value) {
                    mine_value = data[i];
                    mine = static_cast<std::size_t>(i);
                    any = true;
                }
            }
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp critical
#endif
            if (any && (mine_value < data[best] || (mine_value == data[best] && mine < best))) {
                best = mine;
            }
        }
        return {static_cast<double>(best)};
    }
    std::vector<double> answer(side);
    double* out = answer.data();
    const auto outputs = static_cast<std::int64_t>(side);
    if (w == where::axis1) {
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel for schedule(static)
#endif
        for (std::int64_t m = 0; m < outputs; ++m) {
            const double* row = data + static_cast<std::size_t>(m) * side;
            double product = 1.0;
            double low = row[0];
            double high = row[0];
            std::size_t best = 0;
            for (std::size_t l = 0; l < side; ++l) {
                if (f == function::prod) {
                    product *= row[l];
                } else if (f == function::argmin) {
                    if (row[l] < low) {
                        low = row[l];
                        best = l;
                    }
                } else if (f == function::min) {
                    low = std::min(low, row[l]);
                } else {
                    low = std::min(low, row[l]);
                    high = std::max(high, row[l]);
                }
            }
            out[m] = f == function::prod     ? product
                     : f == function::argmin ? static_cast<double>(best)
                     : f == function::min    ? low
                                             : high - low;
        }
        return answer;
    }
    // Along axis 0: each thread a block of columns, walking the rows in order.
#if defined(PARRAY_BENCH_HAVE_OPENMP)
#pragma omp parallel
#endif
    {
        const auto [first, last] = parray_bench::openmp_share(outputs);
        const auto count = static_cast<std::size_t>(last - first);
        std::vector<double> low(data + first, data + last);
        std::vector<double> high(low);
        std::vector<double> best(count, 0.0);
        std::vector<double> product(count, 1.0);
        for (std::size_t l = 0; l < side; ++l) {
            const double* row = data + l * side + first;
            for (std::size_t j = 0; j < count; ++j) {
                if (f == function::prod) {
                    product[j] *= row[j];
                } else if (f == function::argmin) {
                    if (row[j] < low[j]) {
                        low[j] = row[j];
                        best[j] = static_cast<double>(l);
                    }
                } else if (f == function::min) {
                    low[j] = std::min(low[j], row[j]);
                } else {
                    low[j] = std::min(low[j], row[j]);
                    high[j] = std::max(high[j], row[j]);
                }
            }
        }
        for (std::size_t j = 0; j < count; ++j) {
            out[static_cast<std::size_t>(first) + j] = f == function::prod     ? product[j]
                                                       : f == function::argmin ? best[j]
                                                       : f == function::min    ? low[j]
                                                                               : high[j] - low[j];
        }
    }
    return answer;
}

std::vector<double> parray_answer(function f, where w) {
    const grid& a = input(w);
    if (w == where::whole) {
        switch (f) {
        case function::prod:
            return {parray::parallel_prod(a)};
        case function::argmin:
            return {static_cast<double>(parray::parallel_argmin(a))};
        case function::min:
            return {parray::parallel_min(a)};
        case function::ptp:
            return {parray::parallel_ptp(a)};
        }
    }
    const std::size_t axis = w == where::axis0 ? 0 : 1;
    switch (f) {
    case function::prod:
        return as_doubles(parray::parallel_prod(a, axis));
    case function::argmin:
        return as_doubles(parray::parallel_argmin(a, axis));
    case function::min:
        return as_doubles(parray::parallel_min(a, axis));
    case function::ptp:
        break;
    }
    return as_doubles(parray::parallel_ptp(a, axis));
}

// xtensor's serial reducers, out of line (as bench_slices.cpp's: g++ 12 warns about xreducer's
// shapes when they are inlined into the benchmark loop).
[[gnu::noinline]] std::vector<double> xtensor_answer(function f, where w) {
    const grid& a = input(w);
    if (w == where::whole) {
        switch (f) {
        case function::prod:
            return {xt::prod(a)()};
        case function::argmin:
            return {static_cast<double>(xt::argmin(a)())};
        case function::min:
            return {xt::amin(a)()};
        case function::ptp:
            return {xt::amax(a)() - xt::amin(a)()};
        }
    }
    const std::size_t axis = w == where::axis0 ? 0 : 1;
    const std::vector<std::size_t> axes{axis};
    switch (f) {
    case function::prod:
        return as_doubles(grid(xt::prod(a, axes)));
    case function::argmin:
        return as_doubles(xt::eval(xt::argmin(a, axis)));
    case function::min:
        return as_doubles(grid(xt::amin(a, axes)));
    case function::ptp:
        break;
    }
    return as_doubles(grid(xt::amax(a, axes) - xt::amin(a, axes)));
}

void run(benchmark::State& state, function f, where w, method m) {
    (void)input(w); // made before the timing
    std::vector<double> answer;
    for (auto _ : state) {
        switch (m) {
        case method::parray:
            answer = parray_answer(f, w);
            break;
        case method::openmp:
            answer = openmp_answer(f, w);
            break;
        case method::xtensor_serial:
            answer = xtensor_answer(f, w);
            break;
        }
        parray_bench::keep(answer[0]);
    }
    const std::vector<double> expected = serial_answer(f, w);
    // A whole-array product in another order (an OpenMP reduction, xtensor's) rounds otherwise.
    const bool reordered = f == function::prod && w == where::whole && m != method::parray;
    if (answer.size() != expected.size()) {
        fail(state, "wrong number of outputs");
    } else if (reordered ? !parray_bench::close_to(answer[0], expected[0], 1e-9)
                         : std::memcmp(answer.data(), expected.data(),
                                       answer.size() * sizeof(double)) != 0) {
        fail(state, "the result differs from the serial loop's");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, input(w).size() * sizeof(double)));
}

const bool registered = [] {
    const std::pair<const char*, function> functions[] = {{"prod", function::prod},
                                                          {"argmin", function::argmin},
                                                          {"min", function::min},
                                                          {"ptp", function::ptp}};
    const std::pair<const char*, where> places[] = {
        {"axis0", where::axis0}, {"axis1", where::axis1}, {"whole", where::whole}};
    const std::pair<const char*, method> methods[] = {{"parray", method::parray},
                                                      {"openmp", method::openmp},
                                                      {"xtensor_serial", method::xtensor_serial}};
    for (const auto& [function_name, f] : functions) {
        for (const auto& [place_name, w] : places) {
            for (const auto& [method_name, m] : methods) {
#if !defined(PARRAY_BENCH_HAVE_OPENMP)
                if (m == method::openmp) {
                    continue;
                }
#endif
                const std::size_t n = w == where::whole ? whole_size : side * side;
                const std::string name = std::string("reductions/") + function_name + "/" +
                                         place_name + "/" + method_name + "/n:" + std::to_string(n);
                benchmark::RegisterBenchmark(name.c_str(), run, f, w, m)
                    ->UseRealTime()
                    ->Unit(benchmark::kMillisecond);
            }
        }
    }
    return true;
}();

} // namespace
