// SPDX-License-Identifier: BSD-3-Clause
// A downstream program: both consumer projects (find_package, add_subdirectory) build this file.
#include <parray/parray.hpp>

#include <iostream>

int main() {
    const parray::ndarray<int> a{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    parray::thread_pool pool(4);
    const auto sum = parray::parallel_sum(a, parray::options{}.pool(pool).chunk_size(2));
    std::cout << "sum = " << sum << '\n';
    return sum == 55 ? 0 : 1;
}
