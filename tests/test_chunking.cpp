// SPDX-License-Identifier: BSD-3-Clause
#include <parray/chunking.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <limits>
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

// chunk_ranges' plan as a range of chunk_range, without allocating.
struct plan_ranges {
    plan_ranges(std::size_t n, const parray::options& opts)
        : plan(parray::detail::make_chunk_plan(n, opts)) {}
    struct iterator {
        const parray::detail::chunk_plan* plan;
        std::size_t index;
        parray::chunk_range operator*() const { return (*plan)[index]; }
        iterator& operator++() {
            ++index;
            return *this;
        }
        bool operator!=(const iterator& other) const { return index != other.index; }
    };
    iterator begin() const { return {&plan, 0}; }
    iterator end() const { return {&plan, plan.size()}; }
    std::size_t size() const { return plan.size(); }
    parray::detail::chunk_plan plan;
};

} // namespace

TEST_CASE("chunk_ranges lists its plan's chunks", "[chunking]") {
    for (const std::size_t n : {0, 1, 10, 100000}) {
        for (const auto& opts : {parray::options{}, parray::options{}.chunk_size(3),
                                 parray::options{}.num_chunks(7)}) {
            const auto listed = parray::chunk_ranges(n, opts);
            const plan_ranges planned(n, opts);
            std::vector<parray::chunk_range> walked;
            for (const auto r : planned) {
                walked.push_back(r);
            }
            REQUIRE(walked == listed);
        }
    }
}

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

TEST_CASE("chunk_ranges partitions every n up to 10^4 for a spread of options",
          "[chunking][property]") {
    constexpr std::size_t huge = std::numeric_limits<std::size_t>::max();
    for (std::size_t n = 0; n <= 10000; ++n) {
        const std::size_t values[] = {0, 1, 2, 7, n > 0 ? n - 1 : 0, n, n + 1, 8192, huge};
        for (const std::size_t k : values) {
            // The plans chunk_ranges lists, walked without building the list, and checked
            // without Catch's per-assertion cost: 10^4 * 18 partitions, 10^8 ranges.
            const auto by_size = plan_ranges(n, parray::options{}.chunk_size(k));
            const auto by_count = plan_ranges(n, parray::options{}.num_chunks(k));
            std::size_t next = 0;
            bool ok = true;
            for (const auto& r : by_size) {
                ok = ok && r.begin == next && r.end > r.begin && (k == 0 || r.size() <= k);
                next = r.end;
            }
            ok = ok && next == n;
            if (k != 0) {
                ok = ok && by_size.size() == n / k + (n % k != 0 ? 1 : 0);
            }
            next = 0;
            for (const auto& r : by_count) {
                ok = ok && r.begin == next && r.end > r.begin;
                if (k != 0) {
                    const std::size_t base = n / by_count.size();
                    ok = ok && (r.size() == base || r.size() == base + 1);
                }
                next = r.end;
            }
            ok = ok && next == n;
            if (k != 0) {
                ok = ok && by_count.size() == std::min(n, k);
            }
            if (!ok) {
                FAIL("n = " << n << ", chunk_size or num_chunks = " << k);
            }
        }
    }
    SUCCEED();
}

TEST_CASE("a plan finds the chunk holding any item", "[chunking][property]") {
    for (std::size_t n = 1; n <= 2000; ++n) {
        for (const std::size_t k :
             {std::size_t{0}, std::size_t{1}, std::size_t{3}, n, std::size_t{97}, n + 1}) {
            for (const auto& opts :
                 {parray::options{}.chunk_size(k), parray::options{}.num_chunks(k)}) {
                const parray::detail::chunk_plan plan = parray::detail::make_chunk_plan(n, opts);
                bool ok = true;
                for (std::size_t c = 0; c < plan.size(); ++c) {
                    for (std::size_t item = plan[c].begin; item < plan[c].end; ++item) {
                        ok = ok && plan.index_of(item) == c;
                    }
                }
                if (!ok) {
                    FAIL("n = " << n << ", chunk_size or num_chunks = " << k);
                }
            }
        }
    }
    // Automatic chunking of large inputs.
    const parray::detail::chunk_plan plan = parray::detail::make_chunk_plan(10'000'019, {});
    for (std::size_t c = 0; c < plan.size(); ++c) {
        REQUIRE(plan.index_of(plan[c].begin) == c);
        REQUIRE(plan.index_of(plan[c].end - 1) == c);
    }
}
