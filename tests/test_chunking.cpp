// SPDX-License-Identifier: BSD-3-Clause
#include <parray/chunking.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <stdexcept>
#include <vector>

namespace {

// The ranges are in order, non-empty, and cover [0, n) exactly once.
void require_partition(const std::vector<parray::chunk_range>& ranges, std::size_t n) {
    std::size_t next = 0;
    for (const auto& r : ranges) {
        REQUIRE(r.begin == next);
        REQUIRE(r.end > r.begin);
        next = r.end;
    }
    REQUIRE(next == n);
}

} // namespace

TEST_CASE("chunk_size(k) gives chunks of k items, the last one shorter", "[chunking]") {
    const auto ranges = parray::chunk_ranges(10, parray::options{}.chunk_size(4));
    REQUIRE(ranges == std::vector<parray::chunk_range>{{0, 4}, {4, 8}, {8, 10}});
    REQUIRE(parray::chunk_ranges(10, parray::options{}.chunk_size(2)).size() == 5);
    REQUIRE(parray::chunk_ranges(10, parray::options{}.chunk_size(100)) ==
            std::vector<parray::chunk_range>{{0, 10}});
}

TEST_CASE("num_chunks(c) gives c chunks whose sizes differ by at most one", "[chunking]") {
    const auto ranges = parray::chunk_ranges(10, parray::options{}.num_chunks(4));
    REQUIRE(ranges == std::vector<parray::chunk_range>{{0, 3}, {3, 6}, {6, 8}, {8, 10}});
    const std::size_t n = GENERATE(1, 2, 7, 100, 1001);
    const std::size_t c = GENERATE(1, 3, 8, 64);
    const auto balanced = parray::chunk_ranges(n, parray::options{}.num_chunks(c));
    require_partition(balanced, n);
    REQUIRE(balanced.size() == std::min(n, c));
    for (const auto& r : balanced) {
        REQUIRE(r.size() >= n / balanced.size());
        REQUIRE(r.size() <= n / balanced.size() + 1);
    }
}

TEST_CASE("num_chunks larger than the input gives one item a chunk", "[chunking]") {
    REQUIRE(parray::chunk_ranges(3, parray::options{}.num_chunks(8)) ==
            std::vector<parray::chunk_range>{{0, 1}, {1, 2}, {2, 3}});
}

TEST_CASE("no items, no chunks", "[chunking]") {
    REQUIRE(parray::chunk_ranges(0).empty());
    REQUIRE(parray::chunk_ranges(0, parray::options{}.chunk_size(3)).empty());
    REQUIRE(parray::chunk_ranges(0, parray::options{}.num_chunks(3)).empty());
}

TEST_CASE("automatic chunking: one chunk for small inputs, whole NumPy blocks for large ones",
          "[chunking]") {
    REQUIRE(parray::chunk_ranges(1).size() == 1);
    REQUIRE(parray::chunk_ranges(32768).size() == 1);
    const std::size_t n = GENERATE(32769, 100000, 1000003, 10000000, 123456789);
    const auto ranges = parray::chunk_ranges(n);
    require_partition(ranges, n);
    REQUIRE(ranges.size() >= 2);
    REQUIRE(ranges.size() <= 1024);
    for (std::size_t i = 0; i + 1 < ranges.size(); ++i) {
        REQUIRE(ranges[i].size() % 8192 == 0);
        REQUIRE(ranges[i].size() == ranges[0].size());
    }
}

TEST_CASE("setting both chunk_size and num_chunks is an error", "[chunking]") {
    REQUIRE_THROWS_AS(parray::chunk_ranges(10, parray::options{}.chunk_size(2).num_chunks(3)),
                      std::invalid_argument);
    REQUIRE_THROWS_WITH(parray::chunk_ranges(10, parray::options{}.chunk_size(2).num_chunks(3)),
                        Catch::Contains("chunk_size") && Catch::Contains("num_chunks"));
}

TEST_CASE("0 resets an option to automatic", "[chunking]") {
    REQUIRE(parray::chunk_ranges(100000, parray::options{}.chunk_size(5).chunk_size(0)) ==
            parray::chunk_ranges(100000));
    REQUIRE(parray::chunk_ranges(10, parray::options{}.num_chunks(4).chunk_size(2).num_chunks(0))
                .size() == 5);
}
