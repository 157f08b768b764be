// SPDX-License-Identifier: BSD-3-Clause
// The article's Example 2 across MPI ranks: the sum of 1..10 split over the ranks, then the
// sum of 1..10^8, each rank holding one block and summing it on its own thread pool. Run with
//     mpirun -n 4 build/examples-release/examples/mpi_sum
// (add --oversubscribe with fewer cores than ranks, --allow-run-as-root as root).
// The distributed sums are bit-identical to one process's: the last line checks it on a sum
// of doubles, where the order of the additions shows in the last bits.
#include <parray/mpi.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <iostream>
#include <utility>
#include <vector>

namespace {

// Runs f three times, each start aligned by a barrier; the slowest rank's best time.
template <class F>
double best_time_over_ranks(MPI_Comm comm, F&& f) {
    double best = 1e300;
    for (int run = 0; run < 3; ++run) {
        MPI_Barrier(comm);
        const auto start = std::chrono::steady_clock::now();
        f();
        const double mine =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        double slowest = 0.0;
        MPI_Allreduce(&mine, &slowest, 1, MPI_DOUBLE, MPI_MAX, comm);
        best = std::min(best, slowest);
    }
    return best;
}

// This rank's block of rows of an n-element 1-D array, as scatter() would split it.
std::pair<std::size_t, std::size_t> my_rows(std::size_t n, int rank, int ranks) {
    const auto r = static_cast<std::size_t>(rank);
    const auto p = static_cast<std::size_t>(ranks);
    const std::size_t begin = r * (n / p) + std::min(r, n % p);
    return {begin, begin + n / p + (r < n % p ? 1 : 0)};
}

} // namespace

int main(int argc, char** argv) {
    parray::mpi::environment environment(argc, argv);
    const MPI_Comm world = MPI_COMM_WORLD;
    int rank = 0;
    int ranks = 0;
    MPI_Comm_rank(world, &rank);
    MPI_Comm_size(world, &ranks);
    const bool root = rank == 0;
    if (root) {
        std::cout << "ranks: " << ranks << ", threads per rank: " << parray::default_pool().size()
                  << '\n';
    }

    // The article's ten numbers, scattered from rank 0 and summed across the ranks.
    const parray::ndarray<std::int64_t> arr{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    std::int64_t small = 0;
    const double small_seconds = best_time_over_ranks(
        world, [&] { small = parray::mpi::parallel_sum(parray::mpi::scatter(world, arr)); });
    if (root) {
        std::cout << small << '\n' << small_seconds << '\n';
    }

    // 1..10^8 as 32-bit integers, summed as 64-bit ones: each rank makes only its own block.
    constexpr std::size_t n = 100'000'000;
    const std::pair<std::size_t, std::size_t> rows = my_rows(n, rank, ranks);
    const std::size_t begin = rows.first;
    const std::size_t end = rows.second;
    auto block = parray::ndarray<std::int32_t>::from_shape({end - begin});
    parray::parallel_for(
        begin, end, [&](std::size_t i) { block(i - begin) = static_cast<std::int32_t>(i + 1); });
    const parray::mpi::distributed_array<std::int32_t> big(world, std::move(block));
    std::int64_t big_sum = 0;
    const double big_seconds =
        best_time_over_ranks(world, [&] { big_sum = parray::mpi::parallel_sum(big); });
    if (root) {
        std::cout << "\nsum of 1..10^8 over " << ranks << " ranks x "
                  << parray::default_pool().size() << " threads: " << big_sum << " in "
                  << big_seconds << " s\n";
    }

    // 1/1 + 1/2 + ... + 1/10^8 in doubles: the distributed sum against one process's.
    auto harmonic_block = parray::ndarray<double>::from_shape({end - begin});
    parray::parallel_for(begin, end, [&](std::size_t i) {
        harmonic_block(i - begin) = 1.0 / static_cast<double>(i + 1);
    });
    const parray::mpi::distributed_array<double> harmonic(world, std::move(harmonic_block));
    const double distributed = parray::mpi::parallel_sum(harmonic);
    bool right = small == 55 && big_sum == static_cast<std::int64_t>(n * (n + 1) / 2);
    if (root) {
        auto whole = parray::ndarray<double>::from_shape({n});
        parray::parallel_for(std::size_t{0}, n,
                             [&](std::size_t i) { whole(i) = 1.0 / static_cast<double>(i + 1); });
        const double one_process = parray::parallel_sum(whole);
        const bool same_bits = std::memcmp(&distributed, &one_process, sizeof(double)) == 0;
        std::cout.precision(17);
        std::cout << "harmonic sum of 10^8 doubles over " << ranks << " ranks: " << distributed
                  << ", in one process: " << one_process
                  << (same_bits ? " (the same bits)" : " (BITS DIFFER)") << '\n';
        right = right && same_bits;
    }
    MPI_Bcast(&right, 1, MPI_CXX_BOOL, 0, world);
    if (root) {
        std::cout << (right ? "all sums agree" : "SUMS DIFFER") << '\n';
    }
    return right ? 0 : 1;
}
