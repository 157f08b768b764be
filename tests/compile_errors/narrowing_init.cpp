// SPDX-License-Identifier: BSD-3-Clause
// Must not compile: an int init over doubles would truncate every partial result (issue 15,
// item 8). ctest builds it and expects the static_assert's advice in the compiler's output.
#include <parray/parallel.hpp>

#include <functional>

int main() {
    const parray::ndarray<double> a{0.5, 0.5, 0.5, 0.5};
    return parray::parallel_reduce(a, 0, std::plus<>());
}
