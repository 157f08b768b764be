// SPDX-License-Identifier: BSD-3-Clause
// A downstream MPI program: the article's sum of 1..10, split over the ranks.
#include <parray/mpi.hpp>

#include <iostream>

int main(int argc, char** argv) {
    parray::mpi::environment environment(argc, argv);
    const parray::ndarray<int> a{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const auto d = parray::mpi::scatter(MPI_COMM_WORLD, a);
    const auto sum = parray::mpi::parallel_sum(d);
    if (d.offset() == 0) {
        std::cout << "sum = " << sum << '\n';
    }
    return sum == 55 ? 0 : 1;
}
