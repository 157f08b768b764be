// SPDX-License-Identifier: BSD-3-Clause
// The article's Example 1 end to end, from the seed: generate, print, map over one-element
// chunks on the default pool, and compare with both output blocks the article shows.
#include <parray/parray.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "test_helpers.hpp"

TEST_CASE("article example 1 from the seed: both output blocks", "[article]") {
    parray::random::RandomState random_state(0);
    const auto arr = random_state.randint(0, 100, {100});
    REQUIRE(parray::to_string(arr) == std::string(parray_test::article_first_block));

    const auto result = parray::parallel_map_chunks(
        arr, [](const auto& chunk) { return chunk * 2; }, parray::options{}.chunk_size(1));
    REQUIRE(result.size() == 100);
    for (std::size_t i = 0; i < result.size(); ++i) {
        INFO("chunk " << i);
        REQUIRE(parray::to_string(result[i]) ==
                "[" + std::to_string(parray_test::article_doubled_values[i]) + "]");
    }
}

TEST_CASE("article example 2: 55 by one thread, by a pool of 4 over chunks of 2", "[article]") {
    const parray::ndarray<std::int64_t> arr{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    parray::thread_pool pool(4);
    const std::size_t chunk = arr.size() / 4; // int(len(arr) / 4) = 2
    const auto chunk_sums = parray::parallel_map_chunks(
        arr, [](const auto& c) { return parray::parallel_sum(c); },
        parray::options{}.pool(pool).chunk_size(chunk));
    REQUIRE(chunk_sums == std::vector<std::int64_t>{3, 7, 11, 15, 19});
    REQUIRE(parray::parallel_sum(arr) == 55);
}
