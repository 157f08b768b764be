// SPDX-License-Identifier: BSD-3-Clause
// Real work on a 2-D array: a 5x5 box blur of a 4096x4096 image, each output row written by
// whichever thread takes its chunk. The parallel result is compared with the serial one bit
// for bit: each pixel is computed the same way whoever computes it.
#include <parray/parray.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <iostream>

namespace {

constexpr std::ptrdiff_t radius = 2;

// The mean of the (up to) 5x5 pixels around (row, column), clipped at the borders.
double box_mean(const parray::ndarray<double>& image, std::ptrdiff_t row, std::ptrdiff_t column) {
    const auto rows = static_cast<std::ptrdiff_t>(image.shape()[0]);
    const auto columns = static_cast<std::ptrdiff_t>(image.shape()[1]);
    double sum = 0.0;
    int count = 0;
    for (std::ptrdiff_t r = std::max<std::ptrdiff_t>(0, row - radius);
         r <= std::min(rows - 1, row + radius); ++r) {
        for (std::ptrdiff_t c = std::max<std::ptrdiff_t>(0, column - radius);
             c <= std::min(columns - 1, column + radius); ++c) {
            sum += image(r, c);
            ++count;
        }
    }
    return sum / count;
}

void blur_row(const parray::ndarray<double>& image, parray::ndarray<double>& out,
              std::ptrdiff_t row) {
    const auto columns = static_cast<std::ptrdiff_t>(image.shape()[1]);
    for (std::ptrdiff_t column = 0; column < columns; ++column) {
        out(row, column) = box_mean(image, row, column);
    }
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main() {
    constexpr std::size_t size = 4096;
    const parray::ndarray<double> image =
        parray::random::RandomState(1).random_sample({size, size});
    const auto rows = static_cast<std::ptrdiff_t>(size);

    // Zero-filled, so that page faults on first touch stay out of the timings.
    parray::ndarray<double> serial = xt::zeros<double>({size, size});
    auto start = std::chrono::steady_clock::now();
    for (std::ptrdiff_t row = 0; row < rows; ++row) {
        blur_row(image, serial, row);
    }
    const double serial_seconds = seconds_since(start);

    // One index per row: a row is 4096 pixels of work, so chunks of 8 rows are plenty.
    parray::ndarray<double> parallel = xt::zeros<double>({size, size});
    start = std::chrono::steady_clock::now();
    parray::parallel_for(
        std::ptrdiff_t{0}, rows, [&](std::ptrdiff_t row) { blur_row(image, parallel, row); },
        parray::options{}.chunk_size(8));
    const double parallel_seconds = seconds_since(start);

    const bool same = std::equal(serial.begin(), serial.end(), parallel.begin());
    std::cout << "5x5 box blur of a " << size << "x" << size << " image\n"
              << "single thread:          " << serial_seconds << " s\n"
              << "pool of " << parray::default_pool().size()
              << " threads:       " << parallel_seconds << " s ("
              << serial_seconds / parallel_seconds << "x)\n"
              << "mean before: " << parray::parallel_sum(image) / image.size()
              << ", after: " << parray::parallel_sum(parallel) / parallel.size() << '\n'
              << "results " << (same ? "match" : "DIFFER") << " bit for bit\n";
    return same ? 0 : 1;
}
