// SPDX-License-Identifier: BSD-3-Clause
// parray::mpi::parallel_sum over ranks x threads per rank, next to the single-process call.
// Run under mpirun (bench/run_mpi.sh runs the configurations of bench/README.md):
//     PARRAY_NUM_THREADS=T mpirun -n R build/gcc-release/bench/parray_mpi_bench [max_n]
// For n = 10^6, 10^7, 10^8 (up to max_n) doubles, each rank makes its own block; every
// repetition starts at a barrier and takes the slowest rank's time. With one rank it also times
// parray::parallel_sum on the same block, the single-process call. Every result is checked
// against one process's sum of the whole array, bit for bit; a mismatch exits with status 1.
#include <parray/mpi.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr int repetitions = 21;

// Element i of the input: uniform in [0, 1), from splitmix64 of i, the same on every rank.
double element(std::size_t i) {
    std::uint64_t z = 0x853c49e6748fea9bULL + (i + 1) * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    z ^= z >> 31U;
    return static_cast<double>(z >> 11U) * 0x1.0p-53;
}

parray::ndarray<double> make_range(std::size_t begin, std::size_t end) {
    auto a = parray::ndarray<double>::from_shape({end - begin});
    parray::parallel_for(begin, end, [&](std::size_t i) { a(i - begin) = element(i); });
    return a;
}

struct timing {
    double median;
    double min;
    double max;
};

// f() `repetitions` times, each from a barrier; the slowest rank's time of each.
template <class F>
timing time_over_ranks(MPI_Comm comm, F&& f) {
    std::vector<double> times;
    for (int run = 0; run < repetitions; ++run) {
        MPI_Barrier(comm);
        const auto start = std::chrono::steady_clock::now();
        f();
        const double mine =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        double slowest = 0.0;
        MPI_Allreduce(&mine, &slowest, 1, MPI_DOUBLE, MPI_MAX, comm);
        times.push_back(slowest);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.front(), times.back()};
}

void print_row(const char* what, int ranks, std::size_t threads, std::size_t n, timing t) {
    std::printf("%-22s ranks %d x threads %zu  n = %-10zu median %9.3f ms  min %9.3f  max %9.3f  "
                "(%5.1f GB/s)\n",
                what, ranks, threads, n, t.median * 1e3, t.min * 1e3, t.max * 1e3,
                static_cast<double>(n * sizeof(double)) / t.median * 1e-9);
}

} // namespace

int main(int argc, char** argv) {
    parray::mpi::environment environment(argc, argv);
    const MPI_Comm world = MPI_COMM_WORLD;
    int rank = 0;
    int ranks = 0;
    MPI_Comm_rank(world, &rank);
    MPI_Comm_size(world, &ranks);
    const std::size_t max_n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100'000'000;
    const std::size_t threads = parray::default_pool().size();
    bool right = true;

    for (std::size_t n = 1'000'000; n <= max_n; n *= 10) {
        const auto r = static_cast<std::size_t>(rank);
        const auto p = static_cast<std::size_t>(ranks);
        const std::size_t begin = r * (n / p) + std::min(r, n % p);
        const std::size_t end = begin + n / p + (r < n % p ? 1 : 0);
        const parray::mpi::distributed_array<double> d(world, make_range(begin, end));

        double result = 0.0;
        const timing distributed =
            time_over_ranks(world, [&] { result = parray::mpi::parallel_sum(d); });
        if (ranks == 1) {
            double single_result = 0.0;
            const timing single =
                time_over_ranks(world, [&] { single_result = parray::parallel_sum(d.local()); });
            right = right && std::memcmp(&single_result, &result, sizeof(double)) == 0;
            print_row("parray::parallel_sum", ranks, threads, n, single);
        }
        if (rank == 0) {
            print_row("parray::mpi::parallel_sum", ranks, threads, n, distributed);
            // One process's sum of the whole array: the distributed one must have its bits.
            const double expected = parray::parallel_sum(make_range(0, n));
            if (std::memcmp(&expected, &result, sizeof(double)) != 0) {
                std::printf("WRONG: n = %zu: %.17g, one process %.17g\n", n, result, expected);
                right = false;
            }
        }
    }
    MPI_Bcast(&right, 1, MPI_CXX_BOOL, 0, world);
    return right ? 0 : 1;
}
