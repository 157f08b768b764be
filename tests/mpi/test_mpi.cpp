// SPDX-License-Identifier: BSD-3-Clause
// parray::mpi, run by ctest under mpiexec with 1, 2, 3 and 4 ranks. Every rank runs every test
// case; the input arrays are made identically on every rank, so each rank can compare the
// distributed results with the single-process calls on the whole array. Assertions are CHECKs
// (which do not leave the test case): a rank that left early would leave the others waiting in
// the next collective call.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <parray/mpi.hpp>
#include <parray/random.hpp>

#include "../test_helpers.hpp"

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include <xtensor/xview.hpp>

namespace {

using parray_test::bits_of;

const MPI_Comm world = MPI_COMM_WORLD;

int world_rank() {
    int rank = 0;
    MPI_Comm_rank(world, &rank);
    return rank;
}

int world_size() {
    int size = 0;
    MPI_Comm_size(world, &size);
    return size;
}

// The same array on every rank: uniform doubles in [0, 1) converted to T.
template <class T>
parray::ndarray<T> random_array(const std::vector<std::size_t>& shape, std::uint32_t seed) {
    const auto sample = parray::random::RandomState(seed).random_sample(shape);
    if constexpr (std::is_floating_point_v<T>) {
        return xt::cast<T>(sample);
    } else {
        return xt::cast<T>(sample * 2000.0 - 1000.0);
    }
}

// rows [offset, offset + rows) of a.
template <class T>
parray::ndarray<T> rows_of(const parray::ndarray<T>& a, std::size_t offset, std::size_t rows) {
    return xt::view(a, xt::range(offset, offset + rows));
}

std::string describe(const std::vector<std::size_t>& shape) {
    return parray::detail::shape_to_string(shape);
}

} // namespace

TEST_CASE("scatter splits rows evenly, and gather and allgather give the array back",
          "[mpi][scatter]") {
    const int rank = world_rank();
    const int ranks = world_size();
    const std::vector<std::vector<std::size_t>> shapes = {
        {0},    {1},       {2},    {3},    {5},    {10},     {1001},
        {7, 3}, {5, 4, 3}, {1, 6}, {0, 4}, {3, 0}, {6, 1, 1}};
    for (const auto& shape : shapes) {
        for (const int root : {0, ranks - 1}) {
            INFO("shape " << describe(shape) << ", root " << root << ", " << ranks << " ranks");
            const auto a = random_array<double>(shape, 7);
            // Only the root's argument matters: the others pass an empty array.
            const auto d =
                parray::mpi::scatter(world, rank == root ? a : parray::ndarray<double>(), root);
            CHECK(d.global_shape() == shape);
            CHECK(d.global_size() == a.size());
            CHECK(d.row_offsets().size() == static_cast<std::size_t>(ranks) + 1);
            // Balanced: the block sizes differ by at most one row, the larger ones first.
            const std::size_t rows = shape[0];
            const auto r = static_cast<std::size_t>(rank);
            const std::size_t expected_rows = rows / ranks + (r < rows % ranks ? 1 : 0);
            CHECK(d.local().shape()[0] == expected_rows);
            CHECK(d.offset() == d.row_offsets()[r]);
            CHECK(bool(d.local() == rows_of(a, d.offset(), expected_rows)));

            const auto gathered = parray::mpi::gather(d, root);
            if (rank == root) {
                CHECK(bool(gathered == a));
            } else {
                CHECK(gathered.shape()[0] == 0);
            }
            CHECK(bool(parray::mpi::allgather(d) == a));
        }
    }
}

TEST_CASE("parallel_sum over ranks is bit-identical to parallel_sum in one process", "[mpi][sum]") {
    const std::vector<std::vector<std::size_t>> shapes = {
        {0},     {1},     {7},      {8191},    {8192},     {8193},     {32768},
        {32769}, {65537}, {100003}, {1000003}, {3, 40000}, {300, 517}, {1001, 3}};
    parray::thread_pool one(1);
    parray::thread_pool two(2);
    for (const auto& shape : shapes) {
        const auto doubles = random_array<double>(shape, 11);
        const auto floats = random_array<float>(shape, 12);
        const auto ints = random_array<std::int32_t>(shape, 13);
        const auto d_doubles = parray::mpi::scatter(world, doubles);
        const auto d_floats = parray::mpi::scatter(world, floats);
        const auto d_ints = parray::mpi::scatter(world, ints);
        const std::size_t n = doubles.size();
        std::vector<parray::options> choices = {parray::options{}, parray::options{}.num_chunks(5),
                                                parray::options{}.chunk_size(1000)};
        if (n <= 100003) {
            choices.push_back(parray::options{}.chunk_size(1));
            choices.push_back(parray::options{}.chunk_size(8191));
        }
        for (std::size_t choice = 0; choice < choices.size(); ++choice) {
            for (parray::thread_pool* pool : {&one, &two}) {
                INFO("shape " << describe(shape) << ", options #" << choice << ", pool of "
                              << pool->size() << ", " << world_size() << " ranks");
                parray::options opts = choices[choice];
                opts.pool(*pool);
                CHECK(bits_of(parray::mpi::parallel_sum(d_doubles, opts)) ==
                      bits_of(parray::parallel_sum(doubles, choices[choice])));
                CHECK(bits_of(parray::mpi::parallel_sum(d_floats, opts)) ==
                      bits_of(parray::parallel_sum(floats, choices[choice])));
                CHECK(parray::mpi::parallel_sum(d_ints, opts) ==
                      parray::parallel_sum(ints, choices[choice]));
            }
        }
    }
}

TEST_CASE("parallel_reduce over ranks folds in one process's order, bit for bit", "[mpi][reduce]") {
    // Neither associative nor commutative: any change of order or grouping changes the bits.
    const auto op = [](double accumulated, double x) { return accumulated * 0.75 + x; };
    parray::thread_pool two(2);
    for (const std::size_t n : {1, 2, 10, 9999, 40000, 100003}) {
        const auto a = random_array<double>({n}, 21);
        const auto d = parray::mpi::scatter(world, a);
        for (const auto& opts : {parray::options{}, parray::options{}.chunk_size(1000),
                                 parray::options{}.chunk_size(7), parray::options{}.num_chunks(3),
                                 parray::options{}.num_chunks(1)}) {
            INFO("n = " << n << ", chunk_size " << opts.chunk_size() << ", num_chunks "
                        << opts.num_chunks() << ", " << world_size() << " ranks");
            parray::options on_two = opts;
            on_two.pool(two);
            const double expected = parray::parallel_reduce(a, 0.5, op, opts);
            CHECK(bits_of(parray::mpi::parallel_reduce(d, 0.5, op, on_two)) == bits_of(expected));
        }
    }
}

TEST_CASE("blocks of any sizes make a distributed array; its sum is still one process's",
          "[mpi][distributed_array]") {
    const int rank = world_rank();
    const int ranks = world_size();
    // Rank r holds 9000 * r + 1 rows of 3: block boundaries fall anywhere.
    std::vector<std::size_t> offsets = {0};
    for (int r = 0; r < ranks; ++r) {
        offsets.push_back(offsets.back() + 9000 * static_cast<std::size_t>(r) + 1);
    }
    const auto whole = random_array<double>({offsets.back(), 3}, 31);
    parray::mpi::distributed_array<double> d(
        world, rows_of(whole, offsets[rank], offsets[rank + 1] - offsets[rank]));
    CHECK(d.global_shape() == std::vector<std::size_t>{offsets.back(), 3});
    CHECK(d.row_offsets() == offsets);
    CHECK(d.offset() == offsets[rank]);
    CHECK(d.comm() == world);
    CHECK(bits_of(parray::mpi::parallel_sum(d)) == bits_of(parray::parallel_sum(whole)));
    const auto chunked = parray::options{}.chunk_size(5000);
    CHECK(bits_of(parray::mpi::parallel_sum(d, chunked)) ==
          bits_of(parray::parallel_sum(whole, chunked)));
    CHECK(bool(parray::mpi::allgather(d) == whole));
}

TEST_CASE("parallel_map maps each rank's block and keeps the layout", "[mpi][map]") {
    const auto a = random_array<double>({1001, 7}, 41);
    const auto d = parray::mpi::scatter(world, a, 0);
    const auto twice = parray::mpi::parallel_map(d, [](double x) { return 2.0 * x + 1.0; });
    CHECK(twice.row_offsets() == d.row_offsets());
    CHECK(twice.global_shape() == d.global_shape());
    CHECK(bool(parray::mpi::allgather(twice) ==
               parray::parallel_map(a, [](double x) { return 2.0 * x + 1.0; })));
    // Another element type.
    const auto rounded = parray::mpi::parallel_map(
        d, [](double x) { return static_cast<std::int64_t>(x * 100.0); },
        parray::options{}.chunk_size(100));
    CHECK(bool(parray::mpi::allgather(rounded) == xt::cast<std::int64_t>(a * 100.0)));
}

TEST_CASE("a bad root throws std::invalid_argument on every rank", "[mpi][errors]") {
    const int rank = world_rank();
    const int ranks = world_size();
    const auto a = random_array<double>({10}, 51);
    for (const int root : {-1, ranks}) {
        CHECK_THROWS_WITH(parray::mpi::scatter(world, a, root),
                          Catch::Contains("root " + std::to_string(root)));
        CHECK_THROWS_AS(parray::mpi::scatter(world, a, root), std::invalid_argument);
    }
    const auto d = parray::mpi::scatter(world, a);
    CHECK_THROWS_AS(parray::mpi::gather(d, ranks), std::invalid_argument);
    if (ranks > 1) {
        // Each rank names itself as the root.
        CHECK_THROWS_WITH(parray::mpi::scatter(world, a, rank), Catch::Contains("disagree"));
        CHECK_THROWS_WITH(parray::mpi::gather(d, rank), Catch::Contains("disagree"));
    }
    // A 0-dimensional array has no rows to split.
    CHECK_THROWS_AS(parray::mpi::scatter(world, parray::ndarray<double>(3.0)),
                    std::invalid_argument);
    // Nothing was left half-sent: the next calls work.
    CHECK(bits_of(parray::mpi::parallel_sum(d)) == bits_of(parray::parallel_sum(a)));
}

TEST_CASE("a block that does not match the layout throws on every rank, naming the rank",
          "[mpi][errors]") {
    const int rank = world_rank();
    const int last = world_size() - 1;
    const auto a = random_array<double>({40, 5}, 61);
    auto d = parray::mpi::scatter(world, a);
    if (rank == last) {
        d.local() = xt::zeros<double>({2, 6});
    }
    const std::string named = "rank " + std::to_string(last) + "'s block has shape (2, 6)";
    CHECK_THROWS_WITH(parray::mpi::parallel_sum(d), Catch::Contains(named));
    CHECK_THROWS_AS(parray::mpi::parallel_sum(d), std::invalid_argument);
    CHECK_THROWS_AS(parray::mpi::parallel_reduce(d, 0.0, std::plus<>()), std::invalid_argument);
    CHECK_THROWS_AS(parray::mpi::parallel_map(d, [](double x) { return x; }),
                    std::invalid_argument);
    CHECK_THROWS_WITH(parray::mpi::gather(d), Catch::Contains(named));
    CHECK_THROWS_AS(parray::mpi::allgather(d), std::invalid_argument);

    // Blocks that disagree on the axes after the first, or on the number of dimensions.
    const std::size_t columns = rank == last ? 4 : 3;
    const auto make = [&] {
        return parray::mpi::distributed_array<double>(
            world, xt::zeros<double>(std::vector<std::size_t>{2, columns}));
    };
    if (world_size() > 1) {
        CHECK_THROWS_WITH(make(), Catch::Contains("rank " + std::to_string(last)) &&
                                      Catch::Contains("(2, 4)") && Catch::Contains("(2, 3)"));
        CHECK_THROWS_AS(make(), std::invalid_argument);
    } else {
        CHECK_NOTHROW(make()); // one rank: nothing to disagree with
    }
    CHECK_THROWS_AS(parray::mpi::distributed_array<double>(
                        world, rank == last ? parray::ndarray<double>(1.0)
                                            : parray::ndarray<double>(xt::zeros<double>({2}))),
                    std::invalid_argument);
}

TEST_CASE("an exception in f or op on one rank reaches every rank", "[mpi][errors]") {
    const int rank = world_rank();
    const int last = world_size() - 1;
    auto a = random_array<double>({50001}, 71);
    const double sentinel = -12345.0;
    a(50000) = sentinel; // held by the last rank
    const auto d = parray::mpi::scatter(world, a);
    // One call per check, so that every rank makes the same calls.
    const auto check_failure = [&](auto&& call) {
        try {
            call();
            FAIL_CHECK("no exception on rank " << rank);
        } catch (const parray::mpi::remote_error& e) {
            // The other ranks learn what failed, and where.
            CHECK(rank != last);
            CHECK(e.rank() == last);
            CHECK_THAT(e.what(), Catch::Contains("sentinel") &&
                                     Catch::Contains("rank " + std::to_string(last)));
        } catch (const std::runtime_error& e) {
            // The failing rank gets its own exception.
            CHECK(rank == last);
            CHECK_THAT(e.what(), Catch::Contains("sentinel"));
        }
    };
    const auto throw_at_sentinel = [sentinel](double x) {
        if (x == sentinel) {
            throw std::runtime_error("f met the sentinel");
        }
        return x;
    };
    check_failure([&] { return parray::mpi::parallel_map(d, throw_at_sentinel); });
    const auto add_unless_sentinel = [sentinel](double total, double x) {
        if (x == sentinel) {
            throw std::runtime_error("op met the sentinel");
        }
        return total + x;
    };
    // One chunk: the fold runs through every rank in turn, the failure travels with it.
    for (const auto& opts :
         {parray::options{}, parray::options{}.num_chunks(1), parray::options{}.chunk_size(3)}) {
        check_failure(
            [&] { return parray::mpi::parallel_reduce(d, 0.0, add_unless_sentinel, opts); });
    }
    // Nothing was left half-sent: the next calls work.
    a(50000) = 0.25;
    const auto fixed = parray::mpi::scatter(world, a);
    CHECK(bits_of(parray::mpi::parallel_reduce(fixed, 0.0, add_unless_sentinel,
                                               parray::options{}.num_chunks(1))) ==
          bits_of(parray::parallel_reduce(a, 0.0, add_unless_sentinel,
                                          parray::options{}.num_chunks(1))));
}

TEST_CASE("an environment over an MPI already initialised leaves it to its owner",
          "[mpi][environment]") {
    {
        parray::mpi::environment again;
        CHECK_FALSE(again.owns_mpi());
        CHECK(again.thread_level() >= MPI_THREAD_FUNNELED);
    }
    int finalized = 1;
    MPI_Finalized(&finalized);
    CHECK(finalized == 0);
    int one = 1;
    int total = 0;
    MPI_Allreduce(&one, &total, 1, MPI_INT, MPI_SUM, world);
    CHECK(total == world_size());
}

int main(int argc, char** argv) {
    parray::mpi::environment environment(argc, argv);
    return Catch::Session().run(argc, argv);
}
