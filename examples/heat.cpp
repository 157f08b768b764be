// SPDX-License-Identifier: BSD-3-Clause
// Heat spreading over a square plate (the explicit heat equation), written twice. First the
// NumPy way, one slice expression a step, as
//     v[1:-1, 1:-1] = u[1:-1, 1:-1] + alpha * (u[2:, 1:-1] + u[:-2, 1:-1] + u[1:-1, 2:]
//                                              + u[1:-1, :-2] - 4.0 * u[1:-1, 1:-1])
// handed to parray::parallel_assign; then as a loop over the inner rows, parray::parallel_for
// and raw pointers. Both add the same numbers in the same order, so the plates must be the same
// bits after any number of steps: the program checks it and exits with status 1 if not.
#include <parray/parray.hpp>

#include <xtensor/xview.hpp>

#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <utility>

namespace {

constexpr std::size_t size = 60; // grid points a side, edges included
constexpr int steps = 1000;
constexpr double alpha = 0.2; // the scheme is stable up to 0.25

// The top edge held at 100 degrees, the other edges at 0, the inside starting at 0.
parray::ndarray<double> initial_plate() {
    parray::ndarray<double> u = xt::zeros<double>({size, size});
    xt::view(u, 0, xt::all()) = 100.0;
    return u;
}

// The NumPy way: the new inside from the old plate, as one expression of slices.
void step_slices(const parray::ndarray<double>& u, parray::ndarray<double>& v) {
    const auto n = static_cast<std::ptrdiff_t>(size);
    auto inner = xt::range(1, n - 1); // 1:-1
    auto south = xt::range(2, n);     // 2:
    auto north = xt::range(0, n - 2); // :-2
    auto east = xt::range(2, n);
    auto west = xt::range(0, n - 2);
    parray::parallel_assign(xt::view(v, inner, inner),
                            xt::view(u, inner, inner) +
                                alpha * (xt::view(u, south, inner) + xt::view(u, north, inner) +
                                         xt::view(u, inner, east) + xt::view(u, inner, west) -
                                         4.0 * xt::view(u, inner, inner)));
}

// The loop: one inner row at a time, its neighbours added in the expression's order.
void step_rows(const parray::ndarray<double>& u, parray::ndarray<double>& v) {
    const double* in = u.data();
    double* out = v.data();
    parray::parallel_for(std::size_t{1}, size - 1, [in, out](std::size_t i) {
        const double* north = in + (i - 1) * size;
        const double* centre = in + i * size;
        const double* south = in + (i + 1) * size;
        for (std::size_t j = 1; j + 1 < size; ++j) {
            const double c = centre[j];
            out[i * size + j] =
                c + alpha * (south[j] + north[j] + centre[j + 1] + centre[j - 1] - 4.0 * c);
        }
    });
}

// The plate after `steps` steps: each step writes v's inside from u, then the two swap (their
// edges are the same and never written).
template <class Step>
parray::ndarray<double> simulate(Step step, double& seconds) {
    parray::ndarray<double> u = initial_plate();
    parray::ndarray<double> v = u;
    const auto start = std::chrono::steady_clock::now();
    for (int s = 0; s < steps; ++s) {
        step(u, v);
        std::swap(u, v);
    }
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return u;
}

} // namespace

int main() {
    double slices_seconds = 0.0;
    double rows_seconds = 0.0;
    const parray::ndarray<double> slices = simulate(step_slices, slices_seconds);
    const parray::ndarray<double> rows = simulate(step_rows, rows_seconds);

    parray::print_options options;
    options.precision = 3;
    options.suppress = true;
    std::cout << size << "x" << size << " plate, " << steps << " steps, alpha " << alpha
              << ", threads: " << parray::default_pool().size() << "\n\n"
              << "slices (parallel_assign), " << slices_seconds * 1e3 << " ms:\n"
              << parray::to_string(slices, options) << "\n\n"
              << "row loop (parallel_for), " << rows_seconds * 1e3 << " ms:\n"
              << parray::to_string(rows, options) << "\n\n"
              << "mean temperature: " << parray::parallel_mean(slices) << " and "
              << parray::parallel_mean(rows) << '\n';

    const bool same = std::memcmp(slices.data(), rows.data(), slices.size() * sizeof(double)) == 0;
    std::cout << (same ? "the two plates are the same bits" : "THE TWO PLATES DIFFER") << '\n';
    return same ? EXIT_SUCCESS : EXIT_FAILURE;
}
