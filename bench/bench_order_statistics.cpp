// SPDX-License-Identifier: BSD-3-Clause

// np.median and np.percentile (issue 17): parray's selections beside std::nth_element on one
// thread and xtensor's serial xt::median, on doubles uniform in [0, 1).
//   order/median/<method>/n:N               the median of N doubles (10^6, 10^7)
//   order/percentile90/<method>/n:N         np.percentile(a, 90) of N doubles
//   order/median_axis<k>/<method>/n:R*C     the medians along axis k of an R x C matrix
//                                           (1000 x 1000; 10^4 x 10^4, named n:100000000 so
//                                           that the smoke run leaves it out)
// Methods: parray (parallel_median / parallel_percentile on the default pool), nth_element
// (std::nth_element on a copy, serially; along axes slice after slice), xtensor_serial
// (xt::median, whole and along an axis; not for percentiles, which xtensor lacks).
// Every benchmark checks its answer against nth_element's after timing: parray bit for bit,
// xtensor within 1e-15 (it divides the sum of the middle two as NumPy does, without the 0 NumPy
// adds first, which matters only for -0.0).

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

#include <parray/parray.hpp>

#include <xtensor/xsort.hpp>

#include "bench_common.hpp"

namespace {

using parray_bench::fail;

enum class method { parray, nth_element, xtensor_serial };

// The statistic of data[0, n) by std::nth_element on a copy: the elements of ranks floor(v)
// and the next, v = (n - 1) q, interpolated as parray (NumPy) does; q = 0.5 with an even n is
// the mean of the middle two.
double nth_element_statistic(const double* data, std::size_t n, double q, bool median) {
    std::vector<double> copy(data, data + n);
    if (median) {
        const auto middle = copy.begin() + static_cast<std::ptrdiff_t>(n / 2);
        std::nth_element(copy.begin(), middle, copy.end());
        if (n % 2 == 1) {
            return *middle;
        }
        return (*middle + *std::max_element(copy.begin(), middle)) / 2.0;
    }
    const double virtual_index = static_cast<double>(n - 1) * q;
    const auto previous = static_cast<std::size_t>(std::floor(virtual_index));
    const auto at = copy.begin() + static_cast<std::ptrdiff_t>(previous);
    std::nth_element(copy.begin(), at, copy.end());
    const double low = *at;
    const double high = previous + 1 < n ? *std::min_element(at + 1, copy.end()) : low;
    return parray::detail::numpy_lerp(low, high, virtual_index - std::floor(virtual_index));
}

// ---- The whole array

void run_whole(benchmark::State& state, method m, bool median, std::size_t n) {
    const auto& a = parray_bench::random_input(n);
    constexpr double q = 0.9;
    double result = 0.0;
    for (auto _ : state) {
        switch (m) {
        case method::parray:
            result = median ? parray::parallel_median(a) : parray::parallel_percentile(a, 90.0);
            break;
        case method::nth_element:
            result = nth_element_statistic(a.data(), n, q, median);
            break;
        case method::xtensor_serial:
            result = xt::median(a);
            break;
        }
        parray_bench::keep(result);
    }
    const double expected = nth_element_statistic(a.data(), n, q, median);
    const bool right = m == method::xtensor_serial ? parray_bench::close_to(result, expected, 1e-15)
                                                   : result == expected;
    if (!right) {
        fail(state, "the statistic differs from std::nth_element's");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, n * sizeof(double)));
}

// ---- Along an axis

const parray::ndarray<double>& matrix(std::size_t side) {
    static std::map<std::size_t, std::unique_ptr<parray::ndarray<double>>> cache;
    auto& slot = cache[side];
    if (!slot) {
        slot = std::make_unique<parray::ndarray<double>>(
            parray::ndarray<double>::from_shape({side, side}));
        parray_bench::fill_uniform(slot->data(), side * side, 0x9e3779b97f4a7c15ULL);
    }
    return *slot;
}

// The medians along `axis` of matrix(side), slice after slice by std::nth_element.
std::vector<double> nth_element_medians(std::size_t side, std::size_t axis) {
    const double* data = matrix(side).data();
    std::vector<double> slice(side);
    std::vector<double> medians(side);
    for (std::size_t m = 0; m < side; ++m) {
        for (std::size_t i = 0; i < side; ++i) {
            slice[i] = axis == 0 ? data[i * side + m] : data[m * side + i];
        }
        medians[m] = nth_element_statistic(slice.data(), side, 0.5, true);
    }
    return medians;
}

void run_along(benchmark::State& state, method m, std::size_t axis, std::size_t side) {
    const auto& a = matrix(side);
    std::vector<double> result;
    for (auto _ : state) {
        switch (m) {
        case method::parray: {
            const auto medians = parray::parallel_median(a, axis);
            result.assign(medians.begin(), medians.end());
            break;
        }
        case method::nth_element:
            result = nth_element_medians(side, axis);
            break;
        case method::xtensor_serial: {
            const xt::xarray<double> medians = xt::median(a, static_cast<std::ptrdiff_t>(axis));
            result.assign(medians.begin(), medians.end());
            break;
        }
        }
        benchmark::DoNotOptimize(result.data());
    }
    const std::vector<double> expected = nth_element_medians(side, axis);
    bool right = result.size() == expected.size();
    for (std::size_t i = 0; right && i < expected.size(); ++i) {
        right = m == method::xtensor_serial ? parray_bench::close_to(result[i], expected[i], 1e-15)
                                            : result[i] == expected[i];
    }
    if (!right) {
        fail(state, "the medians differ from std::nth_element's");
    }
    state.SetBytesProcessed(parray_bench::bytes(state, side * side * sizeof(double)));
}

const bool registered = [] {
    const std::pair<const char*, method> methods[] = {{"parray", method::parray},
                                                      {"nth_element", method::nth_element},
                                                      {"xtensor_serial", method::xtensor_serial}};
    for (const auto& [name, m] : methods) {
        for (const std::size_t n : {1'000'000, 10'000'000}) {
            benchmark::RegisterBenchmark(
                (std::string("order/median/") + name + "/n:" + std::to_string(n)).c_str(),
                run_whole, m, true, n)
                ->UseRealTime()
                ->Unit(benchmark::kMillisecond);
            if (m != method::xtensor_serial) {
                benchmark::RegisterBenchmark(
                    (std::string("order/percentile90/") + name + "/n:" + std::to_string(n)).c_str(),
                    run_whole, m, false, n)
                    ->UseRealTime()
                    ->Unit(benchmark::kMillisecond);
            }
        }
        for (const std::size_t axis : {0, 1}) {
            for (const std::size_t side : {1'000, 10'000}) {
                benchmark::RegisterBenchmark((std::string("order/median_axis") +
                                              std::to_string(axis) + "/" + name +
                                              "/n:" + std::to_string(side * side))
                                                 .c_str(),
                                             run_along, m, axis, side)
                    ->UseRealTime()
                    ->Unit(benchmark::kMillisecond);
            }
        }
    }
    return true;
}();

} // namespace
