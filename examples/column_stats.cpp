// SPDX-License-Identifier: BSD-3-Clause
// Per-column statistics of a large 2-D data set, then its normalisation, as a NumPy user writes
//     mean = a.mean(axis=0); low = a.min(axis=0); high = a.max(axis=0)
//     z = (a - mean) / a.std(axis=0)
// with every reduction and the whole expression evaluated on the pool, and checked against
// xtensor's own (single-threaded) results.
#include <parray/parray.hpp>

#include <xtensor/xmath.hpp>
#include <xtensor/xreducer.hpp>
#include <xtensor/xview.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main() {
    // 2,000,000 rows of 8 measurements (128 MB), column j around 10 * j with spread j + 1.
    const std::size_t rows = 2'000'000;
    const std::size_t columns = 8;
    parray::random::RandomState random(42);
    auto data = random.standard_normal({rows, columns});
    for (std::size_t j = 0; j < columns; ++j) {
        auto column = xt::view(data, xt::all(), j);
        parray::parallel_assign(column, column * double(j + 1) + 10.0 * double(j));
    }

    auto start = std::chrono::steady_clock::now();
    const auto mean = parray::parallel_mean(data, 0);
    const auto low = parray::parallel_min(data, 0);
    const auto high = parray::parallel_max(data, 0);
    // std = sqrt(mean((a - mean)^2)): the squares are a lazy expression, reduced in one pass.
    const auto variance = parray::parallel_mean(xt::square(data - mean), 0);
    const auto deviation = parray::parallel_eval(xt::sqrt(variance));
    const double stats_seconds = seconds_since(start);

    start = std::chrono::steady_clock::now();
    const auto normalised = parray::parallel_eval((data - mean) / deviation);
    const double normalise_seconds = seconds_since(start);

    std::cout << "rows: " << rows << ", columns: " << columns
              << ", threads: " << parray::default_pool().size() << "\n";
    std::cout << "column      mean       min       max       std\n";
    for (std::size_t j = 0; j < columns; ++j) {
        std::printf("%6zu %9.4f %9.4f %9.4f %9.4f\n", j, mean(j), low(j), high(j), deviation(j));
    }
    std::cout << "statistics: " << stats_seconds * 1e3
              << " ms, normalisation: " << normalise_seconds * 1e3 << " ms\n";

    // The same with xtensor alone, on one thread.
    start = std::chrono::steady_clock::now();
    const parray::ndarray<double> xt_mean = xt::mean(data, {0});
    const parray::ndarray<double> xt_low = xt::amin(data, {0});
    const parray::ndarray<double> xt_high = xt::amax(data, {0});
    const parray::ndarray<double> xt_deviation =
        xt::sqrt(xt::mean(xt::square(data - xt_mean), {0}));
    const parray::ndarray<double> xt_normalised = (data - xt_mean) / xt_deviation;
    std::cout << "xtensor alone, both steps: " << seconds_since(start) * 1e3 << " ms\n";

    // min and max are exact; sums fold in chunks of rows (their partials added in order), so
    // they differ from xtensor's one long loop in the last bits only.
    const bool same = low == xt_low && high == xt_high &&
                      xt::allclose(mean, xt_mean, 1e-12, 1e-12) &&
                      xt::allclose(deviation, xt_deviation, 1e-10, 0.0) &&
                      xt::allclose(normalised, xt_normalised, 1e-9, 1e-9) &&
                      std::abs(parray::parallel_mean(normalised) - 0.0) < 1e-9;
    std::cout << (same ? "results match xtensor" : "RESULTS DIFFER FROM XTENSOR") << "\n";
    return same ? EXIT_SUCCESS : EXIT_FAILURE;
}
