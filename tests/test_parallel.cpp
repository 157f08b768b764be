// SPDX-License-Identifier: BSD-3-Clause
#include <parray/parallel.hpp>
#include <parray/random.hpp>

#include <catch2/catch.hpp>

#include "test_helpers.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <functional>
#include <future>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

namespace {

using parray_test::bits_of;
using parray_test::pool_of;

parray::options on_pool(std::size_t size) {
    return parray::options{}.pool(pool_of(size));
}

// a[i] = (i * 7919 % 10007) / 10007 - 0.25 in T's arithmetic, as in
// tests/data/make_sum_reference.py.
template <class T>
parray::ndarray<T> sawtooth(std::size_t n) {
    auto a = parray::ndarray<T>::from_shape({n});
    for (std::size_t i = 0; i < n; ++i) {
        a(i) = static_cast<T>(static_cast<T>(i * 7919 % 10007) / T(10007)) - T(0.25);
    }
    return a;
}

// Blocks the only worker of `pool` until release() is called, so that a parallel call on that
// pool runs every chunk on the calling thread, in order: what is skipped becomes deterministic.
class worker_blocker {
public:
    explicit worker_blocker(parray::thread_pool& pool) {
        std::promise<void> started;
        auto started_future = started.get_future();
        done_ = pool.submit([this, &started] {
            started.set_value();
            gate_.get_future().wait();
        });
        started_future.wait();
    }
    ~worker_blocker() { release(); }
    void release() {
        if (!released_) {
            released_ = true;
            gate_.set_value();
            done_.get();
        }
    }

private:
    std::promise<void> gate_;
    std::future<void> done_;
    bool released_ = false;
};

const std::array<std::size_t, 5> determinism_pool_sizes = {1, 2, 3, 8, 64};

} // namespace

// ---------------------------------------------------------------------------------------------
// The article's examples

TEST_CASE("article example 2: the sum of 1..10 is 55 however it is split", "[parallel][article]") {
    const parray::ndarray<std::int64_t> arr{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    REQUIRE(parray::parallel_sum(arr) == 55);
    const auto four_threads = on_pool(4);
    // The article's pool: 4 processes over chunks of int(10 / 4) = 2 elements.
    REQUIRE(parray::parallel_sum(arr, parray::options(four_threads).chunk_size(2)) == 55);
    REQUIRE(parray::parallel_reduce(arr, std::int64_t{0}, std::plus<>(),
                                    parray::options(four_threads).num_chunks(4)) == 55);
    REQUIRE(parray::parallel_reduce(arr, std::int64_t{0}, std::plus<>(),
                                    parray::options(four_threads).chunk_size(2)) == 55);
}

// ---------------------------------------------------------------------------------------------
// parallel_map

TEST_CASE("parallel_map applies f to every element and keeps the shape", "[parallel][map]") {
    const std::size_t threads = GENERATE(1, 2, 3, 8);
    const std::size_t n = GENERATE(0, 1, 5, 1000, 32769, 100003);
    const parray::ndarray<double> a = xt::arange<double>(static_cast<double>(n)) - 7.0;
    const auto f = [](double x) { return x * x + 1.0; };
    const parray::ndarray<double> expected = a * a + 1.0;
    for (const auto& opts : {on_pool(threads), on_pool(threads).chunk_size(3),
                             on_pool(threads).num_chunks(threads + 1)}) {
        const auto result = parray::parallel_map(a, f, opts);
        static_assert(std::is_same_v<std::decay_t<decltype(result)>, parray::ndarray<double>>);
        REQUIRE(result.shape() == a.shape());
        REQUIRE(bool(result == expected));
    }
}

TEST_CASE("parallel_map's result type is f's decayed result type", "[parallel][map]") {
    const parray::ndarray<int> a{{1, 2, 3}, {4, 5, 6}};
    const auto halves = parray::parallel_map(a, [](int x) { return x / 2.0; });
    static_assert(std::is_same_v<std::decay_t<decltype(halves)>, parray::ndarray<double>>);
    REQUIRE(bool(halves == parray::ndarray<double>{{0.5, 1.0, 1.5}, {2.0, 2.5, 3.0}}));

    const auto words = parray::parallel_map(a, [](int x) { return std::string(x, '*'); });
    static_assert(std::is_same_v<std::decay_t<decltype(words)>, parray::ndarray<std::string>>);
    REQUIRE(words(1, 2) == "******");
    REQUIRE(words.shape() == a.shape());
}

TEST_CASE("parallel_map takes N-D arrays and any xtensor expression", "[parallel][map]") {
    const std::size_t threads = GENERATE(1, 3);
    parray::ndarray<double> a = xt::reshape_view(xt::arange<double>(2 * 3 * 40000), {2, 3, 40000});
    const auto twice = [](double x) { return 2 * x; };

    const auto mapped = parray::parallel_map(a, twice, on_pool(threads));
    REQUIRE(mapped.shape() == a.shape());
    REQUIRE(bool(mapped == 2.0 * a));

    // A lazy expression, a strided view and a transposed (non-contiguous) view.
    REQUIRE(bool(parray::parallel_map(a + 1.0, twice, on_pool(threads)) == 2.0 * (a + 1.0)));
    const auto strided = xt::view(a, xt::all(), xt::all(), xt::range(0, 40000, 3));
    REQUIRE(bool(parray::parallel_map(strided, twice, on_pool(threads)) == 2.0 * strided));
    const auto transposed = xt::transpose(a);
    const auto mapped_transposed = parray::parallel_map(transposed, twice, on_pool(threads));
    REQUIRE(mapped_transposed.shape() == transposed.shape());
    REQUIRE(bool(mapped_transposed == 2.0 * transposed));
}

TEST_CASE("parallel_map writes into out, which may be the input itself", "[parallel][map]") {
    const std::size_t threads = GENERATE(1, 2, 8);
    parray::ndarray<double> a = xt::arange<double>(100000.0);
    const parray::ndarray<double> original = a;
    auto out = parray::ndarray<double>::from_shape({100000});
    parray::parallel_map(
        a, out, [](double x) { return x + 0.5; }, on_pool(threads));
    REQUIRE(bool(out == original + 0.5));

    parray::parallel_map(
        a, a, [](double x) { return -x; }, on_pool(threads));
    REQUIRE(bool(a == -original));

    // out can be a view too: here a column of a 2-D array.
    parray::ndarray<double> table = xt::zeros<double>({100000, 2});
    auto column = xt::view(table, xt::all(), 1);
    parray::parallel_map(
        original, column, [](double x) { return x * 3; }, on_pool(threads));
    REQUIRE(bool(xt::view(table, xt::all(), 1) == original * 3));
    REQUIRE(bool(xt::view(table, xt::all(), 0) == xt::zeros<double>({100000})));
}

TEST_CASE("views of a contiguous block are read and written through their storage",
          "[parallel][map][sum]") {
    const std::size_t threads = GENERATE(1, 3);
    parray::ndarray<double> a = parray::random::RandomState(5).random_sample({6, 400, 100});
    const parray::ndarray<double> original = a;

    // Contiguous: whole leading slices, a leading range, a single row kept as (1, n).
    auto block = xt::view(a, xt::range(1, 4));
    auto plane = xt::view(a, 2);
    auto row = xt::view(a, 5, xt::range(7, 8), xt::all());
    REQUIRE(parray::detail::contiguous_data(block) == a.data() + 400 * 100);
    REQUIRE(parray::detail::contiguous_data(plane) == a.data() + 2 * 400 * 100);
    REQUIRE(parray::detail::contiguous_data(row) == a.data() + 5 * 400 * 100 + 7 * 100);
    // Not contiguous: a range of columns, a step, a transpose, a lazy function.
    const auto columns = xt::view(a, xt::all(), xt::all(), xt::range(0, 50));
    const auto stepped = xt::view(a, xt::range(0, 6, 2));
    const auto transposed = xt::transpose(a);
    REQUIRE(parray::detail::contiguous_data(columns) == nullptr);
    REQUIRE(parray::detail::contiguous_data(stepped) == nullptr);
    REQUIRE(parray::detail::contiguous_data(transposed) == nullptr);
    const auto shifted = a + 1.0;
    REQUIRE(std::is_null_pointer_v<decltype(parray::detail::contiguous_data(shifted))>);

    // The results are the same whichever way the elements are reached.
    // Even the plane, the smallest, is large enough to be split into chunks.
    REQUIRE(plane.size() > parray::detail::serial_grain);
    REQUIRE(bits_of(parray::parallel_sum(block, on_pool(threads))) ==
            bits_of(parray::parallel_sum(parray::ndarray<double>(block), on_pool(1))));
    REQUIRE(bits_of(parray::parallel_sum(plane, on_pool(threads))) ==
            bits_of(parray::parallel_sum(parray::ndarray<double>(plane), on_pool(1))));
    REQUIRE(bool(parray::parallel_map(
                     block, [](double x) { return -x; }, on_pool(threads)) ==
                 -xt::view(original, xt::range(1, 4))));

    // Writing into a contiguous view changes those elements and no others.
    parray::parallel_map(
        plane, plane, [](double x) { return x + 1.0; }, on_pool(threads));
    REQUIRE(bool(xt::view(a, 2) == xt::view(original, 2) + 1.0));
    REQUIRE(bool(xt::view(a, xt::range(0, 2)) == xt::view(original, xt::range(0, 2))));
    REQUIRE(bool(xt::view(a, xt::range(3, 6)) == xt::view(original, xt::range(3, 6))));
}

TEST_CASE("large maps write through streaming stores with the same results at any alignment",
          "[parallel][map]") {
    const std::size_t threads = GENERATE(1, 3);
    // Past the streaming threshold in doubles, and an odd count.
    const std::size_t n = parray::detail::streaming_store_min_bytes / sizeof(double) + 13;
    const auto a = parray::random::RandomState(9).random_sample({n});
    const auto f = [](double x) { return 3.0 * x - 1.0; };
    REQUIRE(parray::detail::use_streaming_stores(a.data(), a.data() + n, n));
    REQUIRE_FALSE(parray::detail::use_streaming_stores(a.data(), a.data(), n)); // in place

    // Into a fresh array (64-byte aligned), and into views starting 1 and 3 elements in.
    REQUIRE(bool(parray::parallel_map(a, f, on_pool(threads)) == 3.0 * a - 1.0));
    for (const std::size_t shift : {1, 3}) {
        parray::ndarray<double> wide = xt::zeros<double>({n + 8});
        auto window = xt::view(wide, xt::range(shift, shift + n));
        REQUIRE(parray::detail::contiguous_data(window) == wide.data() + shift);
        parray::parallel_map(a, window, f, on_pool(threads));
        REQUIRE(bool(xt::view(wide, xt::range(shift, shift + n)) == 3.0 * a - 1.0));
        REQUIRE(xt::all(xt::equal(xt::view(wide, xt::range(0, shift)), 0.0)));
        REQUIRE(xt::all(xt::equal(xt::view(wide, xt::range(shift + n, n + 8)), 0.0)));
    }
    // One-byte elements, past the threshold too.
    const std::size_t m = parray::detail::streaming_store_min_bytes + 5;
    const parray::ndarray<std::int8_t> bytes =
        xt::cast<std::int8_t>(xt::arange<int>(int(m)) % 200 - 100);
    const auto halved = parray::parallel_map(
        bytes, [](std::int8_t x) { return static_cast<std::int8_t>(x / 2); }, on_pool(threads));
    REQUIRE(bool(halved == xt::cast<std::int8_t>(xt::cast<int>(bytes) / 2)));
}

TEST_CASE("large maps of a costly function keep ordinary stores", "[parallel][map]") {
    // Each element takes at least 100 ns, far above the streaming limit per element: the
    // first chunk's probe sees it, and every chunk after it writes the usual way.
    const auto costly = [](double x) {
        const auto until = std::chrono::steady_clock::now() + std::chrono::nanoseconds(100);
        while (std::chrono::steady_clock::now() < until) {
        }
        return x + 1.0;
    };
    std::vector<double> in(3000), out(3000, 0.0);
    std::iota(in.begin(), in.end(), 0.0);
    parray::detail::store_choice stores;
    REQUIRE_FALSE(stores.streams());
    // A chunk too short to time, one past the probe's length, one more starting mid-line:
    // whatever the choice, every element is written once and right.
    stores.map(in.data(), out.data(), 100, costly);
    stores.map(in.data() + 100, out.data() + 100, 1400, costly);
    REQUIRE_FALSE(stores.streams());
    stores.map(in.data() + 1500, out.data() + 1500, 500, costly);
    stores.map(in.data() + 2000, out.data() + 2000, 1000, costly);
    REQUIRE_FALSE(stores.streams());
    for (std::size_t i = 0; i < in.size(); ++i) {
        REQUIRE(out[i] == in[i] + 1.0);
    }
}

TEST_CASE("parallel_map into an out of another shape throws, naming both shapes",
          "[parallel][map]") {
    const parray::ndarray<int> a = xt::zeros<int>({3, 4});
    auto out = parray::ndarray<int>::from_shape({4, 3});
    REQUIRE_THROWS_AS(parray::parallel_map(a, out, [](int x) { return x; }), std::invalid_argument);
    REQUIRE_THROWS_WITH(parray::parallel_map(a, out, [](int x) { return x; }),
                        Catch::Contains("(3, 4)") && Catch::Contains("(4, 3)"));
    auto flat = parray::ndarray<int>::from_shape({12});
    REQUIRE_THROWS_WITH(parray::parallel_map(a, flat, [](int x) { return x; }),
                        Catch::Contains("(12,)") && Catch::Contains("(3, 4)"));
}

TEST_CASE("small inputs run on the calling thread without touching the pool", "[parallel]") {
    // The pool's only worker is blocked: a call that needed it would never finish.
    auto& pool = pool_of(1);
    worker_blocker blocker(pool);
    const parray::ndarray<int> a = xt::arange<int>(1000);
    const auto caller = std::this_thread::get_id();
    std::atomic<bool> elsewhere{false};
    const auto result = parray::parallel_map(
        a,
        [&](int x) {
            if (std::this_thread::get_id() != caller) {
                elsewhere = true;
            }
            return x + 1;
        },
        parray::options{}.pool(pool));
    REQUIRE_FALSE(elsewhere.load());
    REQUIRE(bool(result == a + 1));
    REQUIRE(parray::parallel_sum(a, parray::options{}.pool(pool)) == 999 * 1000 / 2);
}

namespace {

// Runs parallel_for over n indices on a pool of two: the first `timed` indices take `cost`, the
// others wait (at most 30 s) until a second thread has run one of them, so the call cannot finish
// on its caller alone before it shares. Returns whether another thread ran any.
bool costly_loop_is_shared(std::size_t n, std::size_t timed, std::chrono::microseconds cost) {
    auto& pool = pool_of(2);
    const auto caller = std::this_thread::get_id();
    std::atomic<bool> other_thread{false};
    std::atomic<bool> timed_out{false};
    parray::parallel_for(
        std::size_t{0}, n,
        [&](std::size_t i) {
            if (std::this_thread::get_id() != caller) {
                other_thread = true;
            }
            if (i < timed) {
                // Asleep rather than busy: on a loaded machine the worker still gets a CPU.
                std::this_thread::sleep_for(cost);
                return;
            }
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
            while (!other_thread.load()) {
                if (std::chrono::steady_clock::now() > deadline) {
                    timed_out = true;
                    return;
                }
                std::this_thread::yield();
            }
        },
        parray::options{}.pool(pool));
    return other_thread.load() && !timed_out.load();
}

} // namespace

TEST_CASE("short loops of costly elements are shared, with no options", "[parallel][for]") {
    // 20000 indices fit one automatic chunk; each of the first 1250 (the sixteenth that is
    // timed) takes 20 us.
    REQUIRE(costly_loop_is_shared(20000, 20000 / 16, std::chrono::microseconds(20)));
    // The README's shape: 1000 costly iterations (the first 62 timed, 100 us each).
    REQUIRE(costly_loop_is_shared(1000, 1000 / 16, std::chrono::microseconds(100)));
    // 8 iterations of 2 ms: the first alone is timed.
    REQUIRE(costly_loop_is_shared(8, 1, std::chrono::milliseconds(2)));
    // Two iterations: the worker must take index 1 while the caller sleeps in index 0, or the
    // caller takes it after. 2 ms was too short a window for a worker's wake-up under ASan on a
    // loaded CI machine (it failed there once); 50 ms is the window the map_chunks test uses.
    REQUIRE(costly_loop_is_shared(2, 1, std::chrono::milliseconds(50)));
}

TEST_CASE("short reductions of costly elements are shared, with the same bits",
          "[parallel][reduce]") {
    // 200 elements of 200 us: the first chunk is timed, the rest shared; later elements wait
    // (at most 30 s) until a second thread has run one, so the call cannot pass on its caller.
    auto& pool = pool_of(2);
    const auto caller = std::this_thread::get_id();
    std::atomic<bool> other_thread{false};
    const parray::ndarray<double> a = xt::linspace<double>(0.1, 7.3, 200);
    const auto costly = [&](double x) {
        if (std::this_thread::get_id() != caller) {
            other_thread = true;
        }
        if (x < 1.0) {
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        } else {
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
            while (!other_thread.load() && std::chrono::steady_clock::now() < deadline) {
                std::this_thread::yield();
            }
        }
        return x * x / 3.0;
    };
    const double shared = parray::parallel_transform_reduce(a, 0.0, std::plus<>(), costly,
                                                            parray::options{}.pool(pool));
    REQUIRE(other_thread.load());
    // The split depends on n only: the same bits on one thread, inline, and on other pools.
    const auto cheap = [](double x) { return x * x / 3.0; };
    for (const std::size_t threads : {1, 2, 3, 8}) {
        const double again =
            parray::parallel_transform_reduce(a, 0.0, std::plus<>(), cheap, on_pool(threads));
        REQUIRE(bits_of(again) == bits_of(shared));
    }
    // ... and the chunks are short_reduction_chunks balanced ones, folded in order.
    double expected = 0.0;
    const parray::detail::chunk_plan plan = parray::detail::short_reduction_plan(a.size());
    for (std::size_t c = 0; c < plan.size(); ++c) {
        double partial = cheap(a(plan[c].begin));
        for (std::size_t i = plan[c].begin + 1; i < plan[c].end; ++i) {
            partial += cheap(a(i));
        }
        expected += partial;
    }
    REQUIRE(bits_of(expected) == bits_of(shared));
}

TEST_CASE("short loops of cheap elements stay on the calling thread", "[parallel][for]") {
    auto& pool = pool_of(2);
    const auto caller = std::this_thread::get_id();
    // Timed cheap on the first call, they then run inline without timing. 100 elements take
    // well under the 20 us above which a call is shared, even under a sanitizer. A timing can
    // be fooled by the machine stalling the caller: at most 5 of the 50 calls may share.
    int shared_calls = 0;
    std::vector<double> out(100);
    for (int call = 0; call < 50; ++call) {
        std::atomic<bool> elsewhere{false};
        parray::parallel_for(
            std::size_t{0}, out.size(),
            [&](std::size_t i) {
                if (std::this_thread::get_id() != caller) {
                    elsewhere.store(true, std::memory_order_relaxed);
                }
                out[i] = static_cast<double>(i) * 0.5;
            },
            parray::options{}.pool(pool));
        shared_calls += elsewhere.load() ? 1 : 0;
    }
    REQUIRE(shared_calls <= 5);
    REQUIRE(out[99] == 49.5);
}

TEST_CASE("element-wise calls cut automatic chunks finer on a larger pool",
          "[parallel][for][chunks]") {
    // 32 chunks a thread of at least 1024 elements (10^5 / 1024 rounds up to 98), each index
    // once. The progress callback counts chunks.
    const auto [threads, expected_chunks] =
        GENERATE(table<std::size_t, std::size_t>({{1, 32}, {2, 64}, {8, 98}}));
    std::vector<int> visits(100000, 0);
    std::size_t total = 0;
    parray::parallel_for(
        std::size_t{0}, visits.size(), [&](std::size_t i) { ++visits[i]; },
        parray::options{}.pool(pool_of(threads)).on_progress([&](std::size_t, std::size_t all) {
            total = all;
        }));
    REQUIRE(total == expected_chunks);
    REQUIRE(std::count(visits.begin(), visits.end(), 1) == 100000);
}

// ---------------------------------------------------------------------------------------------
// parallel_map_chunks

TEST_CASE("parallel_map_chunks calls f on consecutive slices along axis 0", "[parallel][chunks]") {
    const std::size_t threads = GENERATE(1, 2, 3, 8);
    const parray::ndarray<int> a = xt::reshape_view(xt::arange<int>(7 * 3), {7, 3});

    // Scalar results, in chunk order: the sum of each slab of (up to) 2 rows.
    const auto sums = parray::parallel_map_chunks(
        a, [](const auto& rows) { return int(xt::sum(rows)()); }, on_pool(threads).chunk_size(2));
    static_assert(std::is_same_v<std::decay_t<decltype(sums)>, std::vector<int>>);
    REQUIRE(sums == std::vector<int>{0 + 1 + 2 + 3 + 4 + 5, 6 + 7 + 8 + 9 + 10 + 11,
                                     12 + 13 + 14 + 15 + 16 + 17, 18 + 19 + 20});

    // Expression results are evaluated into ndarrays that keep the slab's shape.
    const auto doubled = parray::parallel_map_chunks(
        a, [](const auto& rows) { return rows * 2; }, on_pool(threads).num_chunks(3));
    REQUIRE(doubled.size() == 3);
    REQUIRE(doubled[0].shape() == std::vector<std::size_t>{3, 3});
    REQUIRE(doubled[2].shape() == std::vector<std::size_t>{2, 3});
    REQUIRE(bool(doubled[1] == xt::view(a, xt::range(3, 5)) * 2));

    // A lazy reducer becomes a 0-d ndarray; a ready ndarray is stored as returned.
    const auto totals = parray::parallel_map_chunks(
        a, [](const auto& rows) { return xt::sum(rows); }, on_pool(threads).chunk_size(3));
    REQUIRE(totals.size() == 3);
    REQUIRE(totals[0].dimension() == 0);
    REQUIRE(totals[1]() == 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17);
    const auto copies = parray::parallel_map_chunks(
        a, [](const auto& rows) { return parray::ndarray<int>(rows); },
        on_pool(threads).chunk_size(4));
    REQUIRE(copies.size() == 2);
    REQUIRE(copies[1].shape() == std::vector<std::size_t>{3, 3});
    REQUIRE(bool(copies[1] == xt::view(a, xt::range(4, 7))));
}

TEST_CASE("parallel_map_chunks: automatic chunks, empty input, results without a default "
          "constructor",
          "[parallel][chunks]") {
    const parray::ndarray<double> a = xt::ones<double>({50000, 4});
    const auto row_counts =
        parray::parallel_map_chunks(a, [](const auto& rows) { return rows.shape()[0]; });
    REQUIRE(std::accumulate(row_counts.begin(), row_counts.end(), std::size_t{0}) == 50000);
    REQUIRE(row_counts.size() == parray::chunk_ranges(50000 * 4).size());

    const parray::ndarray<double> empty = parray::ndarray<double>::from_shape({0, 4});
    REQUIRE(parray::parallel_map_chunks(empty, [](const auto&) { return 1; }).empty());

    struct no_default {
        explicit no_default(std::size_t v) : value(v) {}
        std::size_t value;
    };
    const auto wrapped = parray::parallel_map_chunks(
        a, [](const auto& rows) { return no_default(rows.shape()[0]); },
        on_pool(2).chunk_size(20000));
    REQUIRE(wrapped.size() == 3);
    REQUIRE(wrapped[2].value == 10000);
}

TEST_CASE("parallel_map_chunks: a short input's automatic chunks depend on its size only",
          "[parallel][chunks]") {
    // Up to 32768 elements, min(rows, 64) near-equal runs of rows, whatever the pool and
    // whether f is timed cheap or costly; above, the plan of make_chunk_plan.
    const std::size_t row_size = GENERATE(1, 4);
    const std::size_t rows = GENERATE(1, 2, 10, 63, 64, 65, 1000, 8192, 8193, 32768, 32769);
    auto a = parray::ndarray<double>::from_shape({rows, row_size});
    for (std::size_t i = 0; i < a.size(); ++i) {
        a.data()[i] = 1.0 / static_cast<double>(i + 3);
    }
    struct chunk_summary {
        std::size_t first_row;
        std::size_t row_count;
        double sum; // left to right: its bits depend on where the chunk starts and ends
    };
    const auto summary = [](const auto& chunk) {
        double sum = 0.0;
        for (const double x : chunk) {
            sum += x;
        }
        return chunk_summary{static_cast<std::size_t>(std::lround(1.0 / chunk(0, 0))),
                             chunk.shape()[0], sum};
    };
    const bool is_short = rows * row_size <= 32768;
    const parray::detail::chunk_plan plan =
        is_short ? parray::detail::short_reduction_plan(rows)
                 : parray::detail::make_chunk_plan(rows, {}, row_size);
    REQUIRE(plan.size() == (is_short ? std::min<std::size_t>(rows, 64) : plan.size()));
    std::vector<chunk_summary> reference;
    for (std::size_t threads : {1, 2, 3, 8}) {
        const auto results = parray::parallel_map_chunks(a, summary, on_pool(threads));
        REQUIRE(results.size() == plan.size());
        for (std::size_t c = 0; c < plan.size(); ++c) {
            REQUIRE(results[c].first_row == plan[c].begin * row_size + 3);
            REQUIRE(results[c].row_count == plan[c].size());
        }
        if (reference.empty()) {
            reference = results;
        }
        for (std::size_t c = 0; c < plan.size(); ++c) {
            REQUIRE(bits_of(results[c].sum) == bits_of(reference[c].sum));
        }
    }
    // The same split when f is costly (shared with the pool) or the call is watched.
    const auto costly = [&summary](const auto& chunk) {
        std::this_thread::sleep_for(std::chrono::microseconds(50));
        return summary(chunk);
    };
    std::size_t reported_total = 0;
    for (std::size_t threads : {2, 8}) {
        const auto costly_results = parray::parallel_map_chunks(a, costly, on_pool(threads));
        const auto watched = parray::parallel_map_chunks(
            a, summary, on_pool(threads).on_progress([&](std::size_t, std::size_t total) {
                reported_total = total;
            }));
        REQUIRE(reported_total == plan.size());
        REQUIRE(costly_results.size() == plan.size());
        REQUIRE(watched.size() == plan.size());
        for (std::size_t c = 0; c < plan.size(); ++c) {
            REQUIRE(bits_of(costly_results[c].sum) == bits_of(reference[c].sum));
            REQUIRE(bits_of(watched[c].sum) == bits_of(reference[c].sum));
        }
    }
}

namespace {

// parallel_map_chunks over `rows` rows with no options on a pool of `threads`: the rows of the
// first chunk take `cost` each (asleep, so that a loaded machine still runs the workers), the
// others wait (at most 30 s) until every thread has run a chunk, so the call cannot finish on
// fewer threads. Returns the number of distinct threads that ran chunks, 0 on a time-out.
std::size_t threads_running_costly_rows(std::size_t rows, std::size_t threads,
                                        std::chrono::microseconds cost) {
    const parray::ndarray<int> a = xt::arange<int>(static_cast<int>(rows));
    const std::size_t first_chunk_rows = parray::detail::short_reduction_plan(rows)[0].size();
    std::mutex mutex;
    std::set<std::thread::id> seen;
    std::atomic<bool> timed_out{false};
    const auto results = parray::parallel_map_chunks(
        a,
        [&](const auto& chunk) {
            {
                const std::lock_guard<std::mutex> lock(mutex);
                seen.insert(std::this_thread::get_id());
            }
            if (static_cast<std::size_t>(chunk(0)) < first_chunk_rows) {
                std::this_thread::sleep_for(cost * chunk.size());
                return int(xt::sum(chunk)());
            }
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
            for (;;) {
                {
                    const std::lock_guard<std::mutex> lock(mutex);
                    if (seen.size() == threads) {
                        break;
                    }
                }
                if (std::chrono::steady_clock::now() > deadline) {
                    timed_out = true;
                    break;
                }
                std::this_thread::sleep_for(std::chrono::microseconds(100));
            }
            return int(xt::sum(chunk)());
        },
        on_pool(threads));
    const int total = std::accumulate(results.begin(), results.end(), 0);
    REQUIRE(total == static_cast<int>(rows * (rows - 1) / 2));
    return timed_out.load() ? 0 : seen.size();
}

} // namespace

TEST_CASE("parallel_map_chunks of short costly inputs uses every thread, with no options",
          "[parallel][chunks]") {
    const std::size_t threads = GENERATE(2, 3);
    // The shapes: 8 rows of 2 ms, 1000 rows of 100 us, 2 rows.
    REQUIRE(threads_running_costly_rows(8, threads, std::chrono::milliseconds(2)) == threads);
    REQUIRE(threads_running_costly_rows(1000, threads, std::chrono::microseconds(100)) == threads);
    if (threads == 2) {
        // Two chunks: the worker must take chunk 1 while the caller runs chunk 0, or the caller
        // takes it after. 2 ms was too short a window for a worker's wake-up under ASan on a
        // loaded CI machine; 50 ms is not.
        REQUIRE(threads_running_costly_rows(2, threads, std::chrono::milliseconds(50)) == 2);
    }
}

TEST_CASE("short parallel_map_chunks of cheap rows stays on the calling thread",
          "[parallel][chunks]") {
    // Timed cheap on the first call and again every retime_interval calls; the calls between
    // run inline without timing. 10 one-row chunks take about a microsecond, far below the 20 us
    // above which a call is shared, even under ASan (1000 rows in 64 chunks could cross it
    // there). One timing can still be fooled by the machine stalling the caller (it happened in
    // CI: a stall on the first timing shared 36 of 50 calls), so the calls run in 4 windows,
    // each after its own timing: in at least one, at most 5 calls may share. A call that always
    // shared would share every call of every window.
    auto& pool = pool_of(2);
    const auto caller = std::this_thread::get_id();
    const parray::ndarray<double> a = xt::arange<double>(10.0);
    constexpr int window = static_cast<int>(parray::detail::retime_interval);
    int fewest_shared = window;
    for (int w = 0; w < 4; ++w) {
        int shared_calls = 0;
        for (int call = 0; call < window; ++call) {
            std::atomic<bool> elsewhere{false};
            const auto lasts = parray::parallel_map_chunks(
                a,
                [&](const auto& chunk) {
                    if (std::this_thread::get_id() != caller) {
                        elsewhere.store(true, std::memory_order_relaxed);
                    }
                    return chunk(chunk.size() - 1) * 2.0;
                },
                parray::options{}.pool(pool));
            // 10 rows: 10 chunks of one row each.
            REQUIRE(lasts.size() == 10);
            REQUIRE(lasts[3] == 2.0 * 3);
            REQUIRE(lasts[9] == 2.0 * 9);
            shared_calls += elsewhere.load() ? 1 : 0;
        }
        fewest_shared = std::min(fewest_shared, shared_calls);
    }
    REQUIRE(fewest_shared <= 5);
}

TEST_CASE("parallel_map_chunks of a 0-dimensional array throws", "[parallel][chunks]") {
    const parray::ndarray<int> scalar(5);
    REQUIRE(scalar.dimension() == 0);
    REQUIRE_THROWS_AS(parray::parallel_map_chunks(scalar, [](const auto&) { return 0; }),
                      std::invalid_argument);
}

// ---------------------------------------------------------------------------------------------
// parallel_for

TEST_CASE("parallel_for calls f once for every index from first up to last", "[parallel][for]") {
    const std::size_t threads = GENERATE(1, 2, 3, 8);
    const int first = GENERATE(-50, 0, 7);
    const int n = GENERATE(0, 1, 10, 100000);
    std::vector<std::atomic<int>> calls(static_cast<std::size_t>(n));
    for (const auto& opts :
         {on_pool(threads), on_pool(threads).chunk_size(7), on_pool(threads).num_chunks(5)}) {
        for (auto& c : calls) {
            c = 0;
        }
        // The count of all calls too: for n == 0 the all_of below holds whatever f did.
        std::atomic<int> total{0};
        parray::parallel_for(
            first, first + n,
            [&](int i) {
                total++;
                if (i >= first && i < first + n) {
                    calls[static_cast<std::size_t>(i - first)]++;
                }
            },
            opts);
        REQUIRE(total.load() == n);
        REQUIRE(std::all_of(calls.begin(), calls.end(), [](const auto& c) { return c == 1; }));
    }
}

TEST_CASE("parallel_for covers ranges wider than its index type's positive half",
          "[parallel][for]") {
    std::vector<int> seen;
    std::mutex seen_mutex;
    const auto record = [&](auto i) {
        std::lock_guard<std::mutex> lock(seen_mutex);
        seen.push_back(static_cast<int>(i));
    };
    parray::parallel_for(std::int8_t{-100}, std::int8_t{100}, record, on_pool(3).chunk_size(7));
    std::sort(seen.begin(), seen.end());
    std::vector<int> expected(200);
    std::iota(expected.begin(), expected.end(), -100);
    REQUIRE(seen == expected);

    seen.clear();
    parray::parallel_for(
        std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::min() + 3,
        [&](std::int64_t i) { record(i - std::numeric_limits<std::int64_t>::min()); },
        on_pool(2).chunk_size(1));
    std::sort(seen.begin(), seen.end());
    REQUIRE(seen == std::vector<int>{0, 1, 2});
}

TEST_CASE("parallel_for takes bounds of different integer types", "[parallel][for]") {
    // parallel_for(0, a.size(), f): int and std::size_t meet in their common type.
    std::vector<std::atomic<int>> seen(1000);
    parray::parallel_for(0, seen.size(), [&seen](std::size_t i) { seen[i].fetch_add(1); });
    REQUIRE(std::all_of(seen.begin(), seen.end(), [](const auto& x) { return x.load() == 1; }));
    std::atomic<long> total{0};
    parray::parallel_for(std::int8_t{-100}, 100, [&total](int i) { total.fetch_add(i); });
    REQUIRE(total.load() == -100);
    // A negative bound cannot become unsigned: an error, not 2^64 indices.
    REQUIRE_THROWS_AS(parray::parallel_for(-1, seen.size(), [](std::size_t) {}),
                      std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_for(std::size_t{0}, -1, [](std::size_t) {}),
                      std::invalid_argument);
}

TEST_CASE("parallel_for with last before first throws", "[parallel][for]") {
    REQUIRE_THROWS_AS(parray::parallel_for(5, 4, [](int) {}), std::invalid_argument);
    bool called = false;
    parray::parallel_for(3, 3, [&](int) { called = true; });
    REQUIRE_FALSE(called);
}

// ---------------------------------------------------------------------------------------------
// parallel_reduce, parallel_transform_reduce

TEST_CASE("parallel_reduce equals a left fold for every pool and chunking", "[parallel][reduce]") {
    const std::size_t threads = GENERATE(1, 2, 3, 8);
    const std::size_t n = GENERATE(0, 1, 3, 1000, 65537);
    const parray::ndarray<std::int64_t> a = xt::arange<std::int64_t>(static_cast<long>(n)) * 3 - 11;
    const std::int64_t expected = std::accumulate(a.begin(), a.end(), std::int64_t{100});
    for (const auto& opts : {on_pool(threads), on_pool(threads).chunk_size(1),
                             on_pool(threads).chunk_size(1000), on_pool(threads).num_chunks(7)}) {
        // init enters exactly once, whatever the number of chunks.
        REQUIRE(parray::parallel_reduce(a, std::int64_t{100}, std::plus<>(), opts) == expected);
    }
}

TEST_CASE("parallel_reduce keeps the order of a non-commutative op", "[parallel][reduce]") {
    const std::size_t threads = GENERATE(1, 2, 3, 8);
    const std::size_t n = GENERATE(0, 1, 26, 50000);
    auto letters = parray::ndarray<std::string>::from_shape({n});
    std::string expected = ">";
    for (std::size_t i = 0; i < n; ++i) {
        letters(i) = std::string(1, static_cast<char>('a' + i % 26));
        expected += letters(i);
    }
    for (const auto& opts : {on_pool(threads), on_pool(threads).chunk_size(1),
                             on_pool(threads).chunk_size(3), on_pool(threads).num_chunks(7)}) {
        REQUIRE(parray::parallel_reduce(letters, std::string(">"), std::plus<>(), opts) ==
                expected);
    }
}

TEST_CASE("parallel_reduce walks N-D arrays and views in row-major order", "[parallel][reduce]") {
    parray::ndarray<std::string> grid = parray::ndarray<std::string>::from_shape({2, 3});
    const char* cells[] = {"a", "b", "c", "d", "e", "f"};
    std::copy(std::begin(cells), std::end(cells), grid.begin());
    const auto concat = std::plus<>();
    REQUIRE(parray::parallel_reduce(grid, std::string(), concat, on_pool(3).chunk_size(1)) ==
            "abcdef");
    REQUIRE(parray::parallel_reduce(xt::transpose(grid), std::string(), concat,
                                    on_pool(3).chunk_size(1)) == "adbecf");
}

TEST_CASE("allow_narrowing keeps an init's type, truncating each partial as std::reduce does",
          "[parallel][reduce]") {
    // An int init over doubles does not compile (tests/compile_errors/narrowing_init.cpp);
    // wrapped, it keeps its type: every partial is truncated, as in a left fold into an int.
    // No int is made from an element (see "parallel_reduce meets std::reduce's contract"): a
    // short reduction's four elements are four one-element chunks, each folded into the int
    // total as it comes, a left fold; a chunk of more would start from op(x_0, x_1).
    const parray::ndarray<double> a{0.5, 1.5, 2.5, 3.5};
    const auto kept = parray::parallel_reduce(a, parray::allow_narrowing(0), std::plus<>());
    STATIC_REQUIRE(std::is_same_v<decltype(kept), const int>);
    int fold = 0;
    for (const double x : a) {
        fold = static_cast<int>(fold + x);
    }
    REQUIRE(kept == fold);
    const auto pairs = parray::parallel_reduce(a, parray::allow_narrowing(0), std::plus<>(),
                                               parray::options{}.num_chunks(2));
    REQUIRE(pairs == static_cast<int>(a(0) + a(1)) + static_cast<int>(a(2) + a(3)));
    REQUIRE(parray::parallel_reduce(a, 0.0, std::plus<>()) == 8.0);
    const auto transformed = parray::parallel_transform_reduce(
        a, parray::allow_narrowing(std::int64_t{10}), std::plus<>(), [](double x) { return x; });
    STATIC_REQUIRE(std::is_same_v<decltype(transformed), const std::int64_t>);
    REQUIRE(transformed == 10 + fold);
}

namespace {

using parray_test::concatenate;

// The same for chars into a std::string (which has no constructor from one char).
struct join {
    std::string operator()(std::string a, const std::string& b) const { return a + b; }
    std::string operator()(std::string a, char b) const { return a + b; }
    std::string operator()(char a, const std::string& b) const { return a + b; }
    std::string operator()(char a, char b) const { return std::string{a, b}; }
};

// A 2x2 matrix of integers mod 2^64 and its product: associative, not commutative.
struct matrix2 {
    std::array<std::uint64_t, 4> m{1, 0, 0, 1};
    friend bool operator==(const matrix2& x, const matrix2& y) { return x.m == y.m; }
};
struct multiply {
    matrix2 operator()(const matrix2& x, const matrix2& y) const {
        return {{x.m[0] * y.m[0] + x.m[1] * y.m[2], x.m[0] * y.m[1] + x.m[1] * y.m[3],
                 x.m[2] * y.m[0] + x.m[3] * y.m[2], x.m[2] * y.m[1] + x.m[3] * y.m[3]}};
    }
};

// A T that records being made from an element; the op makes it only from other tallies.
std::atomic<int> tallies_made_from_elements{0};
struct tally {
    long total = 0;
    tally() = default;
    explicit tally(long t, bool) : total(t) {}
    explicit tally(int) { tallies_made_from_elements.fetch_add(1); }
};
struct add_tally {
    tally operator()(const tally& a, const tally& b) const {
        return tally(a.total + b.total, true);
    }
    tally operator()(const tally& a, int b) const { return tally(a.total + b, true); }
    tally operator()(int a, const tally& b) const { return tally(a + b.total, true); }
    tally operator()(int a, int b) const { return tally(long{a} + b, true); }
};

std::vector<parray::options> reduce_option_sets() {
    std::vector<parray::options> sets;
    for (const std::size_t threads : {1, 2, 3}) {
        sets.push_back(on_pool(threads));
        sets.push_back(on_pool(threads).chunk_size(1));
        sets.push_back(on_pool(threads).chunk_size(2));
        sets.push_back(on_pool(threads).num_chunks(7));
    }
    return sets;
}

} // namespace

TEST_CASE("parallel_reduce meets std::reduce's contract: no T made from an element",
          "[parallel][reduce]") {
    SECTION("ints into a std::vector<int>, concatenated") {
        const parray::ndarray<int> small{3, 1, 2};
        const parray::ndarray<int> large = xt::arange<int>(100000);
        for (const parray::options& opts : reduce_option_sets()) {
            REQUIRE(parray::parallel_reduce(small, std::vector<int>{}, concatenate{}, opts) ==
                    std::vector<int>{3, 1, 2});
            const std::vector<int> all =
                parray::parallel_reduce(large, std::vector<int>{-1}, concatenate{}, opts);
            std::vector<int> expected{-1};
            expected.insert(expected.end(), large.begin(), large.end());
            REQUIRE(all == expected); // 100,001 elements, in order
            REQUIRE(parray::parallel_reduce(parray::ndarray<int>{5}, std::vector<int>{4},
                                            concatenate{}, opts) == std::vector<int>{4, 5});
        }
    }
    SECTION("chars into a std::string, and strings into a string") {
        const std::string text = "the quick brown fox jumps over the lazy dog";
        auto letters = parray::ndarray<char>::from_shape({text.size()});
        std::copy(text.begin(), text.end(), letters.begin());
        parray::ndarray<std::string> words = parray::ndarray<std::string>::from_shape({9});
        for (std::size_t i = 0; i < words.size(); ++i) {
            words(i) = std::string(1, text[i]) + "|";
        }
        for (const parray::options& opts : reduce_option_sets()) {
            REQUIRE(parray::parallel_reduce(letters, std::string(">"), join{}, opts) == ">" + text);
            REQUIRE(parray::parallel_reduce(words, std::string(), std::plus<>(), opts) ==
                    std::reduce(words.begin(), words.end(), std::string(), std::plus<>()));
        }
    }
    SECTION("a 2x2 matrix product, in order") {
        parray::ndarray<matrix2> matrices = parray::ndarray<matrix2>::from_shape({1000});
        for (std::size_t i = 0; i < matrices.size(); ++i) {
            const auto k = static_cast<std::uint64_t>(i % 5);
            matrices(i) = matrix2{{1, k, k % 2, 1 - k % 2}};
        }
        matrix2 expected;
        for (const matrix2& x : matrices) {
            expected = multiply{}(expected, x);
        }
        for (const parray::options& opts : reduce_option_sets()) {
            REQUIRE(parray::parallel_reduce(matrices, matrix2{}, multiply{}, opts) == expected);
        }
    }
    SECTION("a T that records its making from an element") {
        const parray::ndarray<int> a = xt::arange<int>(1, 1001);
        tallies_made_from_elements = 0;
        for (const parray::options& opts : reduce_option_sets()) {
            REQUIRE(parray::parallel_reduce(a, tally(), add_tally{}, opts).total == 500500);
            REQUIRE(parray::parallel_transform_reduce(
                        a, tally(), add_tally{}, [](int x) { return 2 * x; }, opts)
                        .total == 1001000);
        }
        REQUIRE(tallies_made_from_elements.load() == 0);
    }
    SECTION("ints into a 64-bit init: the sum does not overflow in int") {
        const parray::ndarray<int> big = xt::full_like(parray::ndarray<int>::from_shape({100000}),
                                                       std::numeric_limits<int>::max());
        const std::int64_t expected = std::int64_t{std::numeric_limits<int>::max()} * 100000;
        for (const parray::options& opts : reduce_option_sets()) {
            REQUIRE(parray::parallel_reduce(big, std::int64_t{0}, std::plus<>(), opts) == expected);
        }
    }
}

TEST_CASE("parallel_transform_reduce transforms each element before reducing",
          "[parallel][reduce]") {
    const parray::ndarray<int> a = xt::arange<int>(-1000, 1000);
    const auto square = [](int x) { return std::int64_t{x} * x; };
    std::int64_t expected = 0;
    for (const int x : a) {
        expected += square(x);
    }
    REQUIRE(parray::parallel_transform_reduce(a, std::int64_t{0}, std::plus<>(), square,
                                              on_pool(3).chunk_size(17)) == expected);
    const auto longest = parray::parallel_transform_reduce(
        a, std::size_t{0}, [](std::size_t x, std::size_t y) { return std::max(x, y); },
        [](int x) { return std::to_string(x).size(); }, on_pool(2).num_chunks(4));
    REQUIRE(longest == 5); // "-1000"
}

// ---------------------------------------------------------------------------------------------
// parallel_sum

TEST_CASE("parallel_sum's result type follows NumPy", "[parallel][sum]") {
    using parray::parallel_sum;
    static_assert(
        std::is_same_v<decltype(parallel_sum(parray::ndarray<std::int8_t>{})), std::int64_t>);
    static_assert(std::is_same_v<decltype(parallel_sum(parray::ndarray<int>{})), std::int64_t>);
    static_assert(
        std::is_same_v<decltype(parallel_sum(parray::ndarray<std::int64_t>{})), std::int64_t>);
    static_assert(
        std::is_same_v<decltype(parallel_sum(parray::ndarray<std::uint8_t>{})), std::uint64_t>);
    static_assert(
        std::is_same_v<decltype(parallel_sum(parray::ndarray<unsigned>{})), std::uint64_t>);
    static_assert(std::is_same_v<decltype(parallel_sum(parray::ndarray<bool>{})), std::int64_t>);
    static_assert(std::is_same_v<decltype(parallel_sum(parray::ndarray<float>{})), float>);
    static_assert(std::is_same_v<decltype(parallel_sum(parray::ndarray<double>{})), double>);

    // Widening happens before adding: these overflow in their own type.
    const parray::ndarray<std::uint8_t> bytes = xt::ones<std::uint8_t>({1000}) * 255;
    REQUIRE(parallel_sum(bytes) == 255000u);
    const parray::ndarray<int> big = xt::ones<int>({100000}) * 2000000000;
    REQUIRE(parallel_sum(big, on_pool(2)) == 200000000000000LL);
    const parray::ndarray<bool> flags = xt::equal(xt::arange<int>(10) % 3, 0);
    REQUIRE(parallel_sum(flags) == 4);
}

TEST_CASE("parallel_sum of integers wraps around on overflow, as np.sum does", "[parallel][sum]") {
    // np.sum(np.array([2**63 - 1, 1])) == -2**63
    const parray::ndarray<std::int64_t> a{std::numeric_limits<std::int64_t>::max(), 1};
    REQUIRE(parray::parallel_sum(a, on_pool(2).chunk_size(1)) ==
            std::numeric_limits<std::int64_t>::min());
    // Narrower integers widen first: no wrap-around here (np.sum gives -10737418240).
    const parray::ndarray<std::int32_t> b = xt::ones<std::int32_t>({5}) * (-2147483647 - 1);
    REQUIRE(parray::parallel_sum(b) == -10737418240LL);
}

TEST_CASE("parallel_sum of floats equals np.sum bit for bit", "[parallel][sum]") {
    // BEGIN GENERATED by tests/data/make_sum_reference.py (NumPy 1.24.2)
    // {n, np.sum(sawtooth(n)) for float64, float32}; np.sum of the 2-D table (float64).
    // clang-format off
    struct reference {
        std::size_t n;
        double sum64;
        float sum32;
    };
    const reference references[] = {
        {0, 0x0.0p+0, 0x0.0p+0f},
        {1, -0x1.0000000000000p-2, -0x1.000000p-2f},
        {7, 0x1.de46c293d0367p+0, 0x1.de46c2p+0f},
        {8, 0x1.142f2c628acf0p+1, 0x1.142f2cp+1f},
        {9, 0x1.1e85cb5a202ebp+1, 0x1.1e85ccp+1f},
        {127, 0x1.fcf4f95fce106p+4, 0x1.fcf4f8p+4f},
        {128, 0x1.007c6e698d3d2p+5, 0x1.007c6ep+5f},
        {129, 0x1.00d30d61229cdp+5, 0x1.00d30ep+5f},
        {1000, 0x1.f4b63216f9041p+7, 0x1.f4b632p+7f},
        {8191, 0x1.ffddbb2f25d60p+10, 0x1.ffddbcp+10f},
        {8192, 0x1.000429da308e1p+11, 0x1.00042ap+11f},
        {8193, 0x1.0012c8d1c5edcp+11, 0x1.0012c8p+11f},
        {32768, 0x1.ffe52bb8448f4p+12, 0x1.ffe52ep+12f},
        {32769, 0x1.ffee69a76f4eap+12, 0x1.ffee6cp+12f},
        {100000, 0x1.868dfad5194cfp+14, 0x1.868dfap+14f},
        {1000003, 0x1.e82fc6bb35b27p+17, 0x1.e82fc6p+17f},
    };
    // np.sum(sawtooth(300 * 517).reshape(300, 517))
    const double table_sum64 = 0x1.2ee126b4a9261p+15;
    // clang-format on
    // END GENERATED
    const std::size_t threads = GENERATE(1, 2, 8);
    for (const auto& r : references) {
        INFO("n = " << r.n << ", pool of " << threads);
        REQUIRE(bits_of(parray::parallel_sum(sawtooth<double>(r.n), on_pool(threads))) ==
                bits_of(r.sum64));
        REQUIRE(bits_of(parray::parallel_sum(sawtooth<float>(r.n), on_pool(threads))) ==
                bits_of(r.sum32));
    }
    // 2-D, contiguous: the table of the GENERATED block.
    const parray::ndarray<double> table = xt::reshape_view(sawtooth<double>(300 * 517), {300, 517});
    REQUIRE(bits_of(parray::parallel_sum(table, on_pool(threads))) == bits_of(table_sum64));
}

TEST_CASE("parallel_sum and parallel_reduce give the same bits for every pool size",
          "[parallel][determinism]") {
    const auto a = parray::random::RandomState(7).random_sample({1000003}) - 0.5;
    const auto opts = GENERATE(parray::options{}, parray::options{}.num_chunks(5),
                               parray::options{}.chunk_size(1000), parray::options{}.chunk_size(1));
    const double sum = parray::parallel_sum(a, parray::options(opts).pool(pool_of(1)));
    const double reduced =
        parray::parallel_reduce(a, 0.0, std::plus<>(), parray::options(opts).pool(pool_of(1)));
    for (const std::size_t threads : determinism_pool_sizes) {
        if (!parray_test::checked_on_pool(a.size(), threads)) {
            continue;
        }
        INFO("pool of " << threads);
        for (int repeat = 0; repeat < 3; ++repeat) {
            const auto on = parray::options(opts).pool(pool_of(threads));
            REQUIRE(bits_of(parray::parallel_sum(a, on)) == bits_of(sum));
            REQUIRE(bits_of(parray::parallel_reduce(a, 0.0, std::plus<>(), on)) ==
                    bits_of(reduced));
        }
    }
}

TEST_CASE("parallel_sum of 10^7 doubles is at least as accurate as NumPy's pairwise sum",
          "[parallel][sum]") {
    const auto a = parray::random::RandomState(2024).random_sample({10000000});
    // Reference: Kahan-Babuska (Neumaier) summation in long double.
    long double sum = 0.0L;
    long double compensation = 0.0L;
    for (const double x : a) {
        const long double t = sum + x;
        compensation += std::fabs(sum) >= std::fabs(static_cast<long double>(x)) ? (sum - t) + x
                                                                                 : (x - t) + sum;
        sum = t;
    }
    const long double exact = sum + compensation;
    // NumPy's pairwise sum of the same data, serially, one block of 8192 after another.
    double numpy_sum = 0.0;
    for (std::size_t begin = 0; begin < a.size(); begin += 8192) {
        numpy_sum += parray::detail::numpy_pairwise_sum(
            a.data() + begin, std::min<std::size_t>(8192, a.size() - begin));
    }
    const double naive = std::accumulate(a.begin(), a.end(), 0.0);
    const auto error = [&](double value) {
        return std::fabs(static_cast<long double>(value) - exact);
    };
    INFO("numpy-style error " << static_cast<double>(error(numpy_sum)) << ", naive error "
                              << static_cast<double>(error(naive)));
    for (const auto& opts : {on_pool(2), on_pool(8).num_chunks(3), on_pool(3).chunk_size(12345)}) {
        const double parallel = parray::parallel_sum(a, opts);
        INFO("parallel_sum error " << static_cast<double>(error(parallel)));
        REQUIRE(error(parallel) <= error(numpy_sum));
        REQUIRE(error(parallel) <= error(naive));
        // Pairwise summation's bound, well above what it reaches: log2(n) * eps * sum|x|.
        REQUIRE(error(parallel) <= 24 * 0x1p-53L * exact);
    }
}

TEST_CASE("parallel_sum of non-contiguous input equals the sum of its contiguous copy",
          "[parallel][sum]") {
    const auto a = parray::random::RandomState(3).random_sample({300, 517});
    const auto stepped = xt::view(a, xt::range(1, 300, 2), xt::range(516, 0, -3));
    const parray::ndarray<double> copy = stepped;
    REQUIRE(bits_of(parray::parallel_sum(stepped, on_pool(3))) ==
            bits_of(parray::parallel_sum(copy, on_pool(2))));
    // A transposed array is summed in memory order, as np.sum(a.T) is: np.sum(a)'s bits.
    REQUIRE(bits_of(parray::parallel_sum(xt::transpose(a), on_pool(3))) ==
            bits_of(parray::parallel_sum(a, on_pool(2))));
    REQUIRE(bits_of(parray::parallel_sum(a * 2.0, on_pool(3))) ==
            bits_of(parray::parallel_sum(parray::ndarray<double>(a * 2.0), on_pool(1))));
}

TEST_CASE("reductions of lazy expressions read them in place, with the bits of their value",
          "[parallel][sum]") {
    // a > 0 and a * b over arrays of one shape walk xtensor's linear iterator chunk by chunk,
    // never evaluating the expression into a temporary; a broadcast operand takes the stepper.
    const auto a = parray::random::RandomState(5).standard_normal({400, 301});
    const auto b = parray::random::RandomState(6).standard_normal({400, 301});
    const parray::ndarray<double> row = xt::view(b, 0, xt::all());
    for (const auto& opts :
         {on_pool(1), on_pool(3), on_pool(2).chunk_size(1000), on_pool(3).num_chunks(7)}) {
        const parray::ndarray<bool> positive = a > 0.0;
        REQUIRE(parray::parallel_sum(a > 0.0, opts) == parray::parallel_sum(positive, opts));
        const parray::ndarray<double> product = a * b;
        REQUIRE(bits_of(parray::parallel_sum(a * b, opts)) ==
                bits_of(parray::parallel_sum(product, opts)));
        const parray::ndarray<double> broadcast = a * row;
        REQUIRE(bits_of(parray::parallel_sum(a * row, opts)) ==
                bits_of(parray::parallel_sum(broadcast, opts)));
        REQUIRE(bits_of(parray::parallel_reduce(a - 2.0 * b, 0.0, std::plus<>(), opts)) ==
                bits_of(parray::parallel_reduce(parray::ndarray<double>(a - 2.0 * b), 0.0,
                                                std::plus<>(), opts)));
        REQUIRE(bits_of(parray::parallel_transform_reduce(
                    a * b, 0.0, std::plus<>(), [](double x) { return x * x; }, opts)) ==
                bits_of(parray::parallel_transform_reduce(
                    product, 0.0, std::plus<>(), [](double x) { return x * x; }, opts)));
    }
}

TEST_CASE("parallel_sum of empty input is zero, and of negative zeros +0 like NumPy",
          "[parallel][sum]") {
    REQUIRE(parray::parallel_sum(parray::ndarray<int>::from_shape({0})) == 0);
    REQUIRE(parray::parallel_sum(parray::ndarray<double>::from_shape({3, 0})) == 0.0);
    const parray::ndarray<double> negative_zeros = xt::zeros<double>({5}) * -1.0;
    REQUIRE(bits_of(parray::parallel_sum(negative_zeros)) == bits_of(0.0));
}

// ---------------------------------------------------------------------------------------------
// Exceptions

TEST_CASE("an exception from f reaches the caller and the pool stays usable",
          "[parallel][exceptions]") {
    const std::size_t threads = GENERATE(1, 2, 3, 8);
    const parray::ndarray<int> a = xt::arange<int>(100000);
    const auto opts = on_pool(threads).chunk_size(100);
    const auto throw_at_777 = [](int x) {
        if (x == 777) {
            throw std::runtime_error("bad element 777");
        }
        return x;
    };
    REQUIRE_THROWS_WITH(parray::parallel_map(a, throw_at_777, opts), "bad element 777");
    REQUIRE_THROWS_WITH(parray::parallel_for(0, 100000, throw_at_777, opts), "bad element 777");
    REQUIRE_THROWS_WITH(parray::parallel_transform_reduce(a, 0L, std::plus<>(), throw_at_777, opts),
                        "bad element 777");
    REQUIRE_THROWS_AS(parray::parallel_reduce(
                          a, 0L,
                          [](long x, long y) -> long {
                              if (y == 99999) {
                                  throw std::out_of_range("op failed");
                              }
                              return x + y;
                          },
                          opts),
                      std::out_of_range);
    REQUIRE_THROWS_AS(parray::parallel_map_chunks(
                          a, [](const auto&) -> int { throw std::logic_error("chunk"); }, opts),
                      std::logic_error);
    // The pool still works, for calls and for tasks.
    REQUIRE(parray::parallel_sum(a, opts) == std::int64_t{99999} * 100000 / 2);
    REQUIRE(pool_of(threads).submit([] { return 1; }).get() == 1);
}

TEST_CASE("after an exception, chunks not yet started are skipped", "[parallel][exceptions]") {
    // With its only worker blocked, the pool leaves every chunk to the caller, in order.
    auto& pool = pool_of(1);
    worker_blocker blocker(pool);
    std::atomic<int> calls{0};
    REQUIRE_THROWS_AS(parray::parallel_for(
                          0, 1000,
                          [&](int i) {
                              ++calls;
                              if (i == 10) {
                                  throw std::runtime_error("stop");
                              }
                          },
                          parray::options{}.pool(pool).chunk_size(1)),
                      std::runtime_error);
    REQUIRE(calls.load() == 11);
}

TEST_CASE("the exception arrives only after the chunks already running have finished",
          "[parallel][exceptions]") {
    std::atomic<int> started{0};
    std::atomic<int> finished{0};
    REQUIRE_THROWS(parray::parallel_for(
        0, 8,
        [&](int i) {
            if (i == 0) {
                throw std::runtime_error("first chunk fails at once");
            }
            ++started;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            ++finished;
        },
        on_pool(8).chunk_size(1)));
    REQUIRE(started.load() == finished.load());
}

// ---------------------------------------------------------------------------------------------
// Nesting and concurrency

TEST_CASE("parallel calls nest three deep without deadlock, even on a pool of one",
          "[parallel][nested]") {
    const std::size_t threads = GENERATE(1, 2, 8);
    const auto opts = on_pool(threads).chunk_size(1);
    const parray::ndarray<int> outer = xt::arange<int>(6);
    const auto totals = parray::parallel_map(
        outer,
        [&](int i) {
            const parray::ndarray<int> middle = xt::arange<int>(5);
            return parray::parallel_transform_reduce(
                middle, std::int64_t{0}, std::plus<>(),
                [&](int j) {
                    std::atomic<std::int64_t> inner{0};
                    parray::parallel_for(
                        0, 4, [&](int k) { inner += i * 100 + j * 10 + k; }, opts);
                    return inner.load();
                },
                opts);
        },
        opts);
    for (int i = 0; i < 6; ++i) {
        // sum over j < 5, k < 4 of (100 i + 10 j + k) = 2000 i + 400 + 30
        REQUIRE(totals(i) == 2000 * i + 430);
    }
}

TEST_CASE("a parallel call inside a submitted task completes on a pool of one",
          "[parallel][nested]") {
    auto& pool = pool_of(1);
    auto result = pool.submit([&pool] {
        const parray::ndarray<int> a = xt::arange<int>(100);
        return parray::parallel_sum(a, parray::options{}.pool(pool).chunk_size(10));
    });
    REQUIRE(result.wait_for(std::chrono::seconds(60)) == std::future_status::ready);
    REQUIRE(result.get() == 4950);
}

TEST_CASE("several threads can call into one pool at once", "[parallel][concurrency]") {
    const std::size_t threads = GENERATE(1, 2, 3);
    auto& pool = pool_of(threads);
    const parray::ndarray<std::int64_t> a = xt::arange<std::int64_t>(200000);
    constexpr std::int64_t expected = std::int64_t{199999} * 200000 / 2;
    std::atomic<int> wrong{0};
    std::vector<std::thread> callers;
    for (int t = 0; t < 4; ++t) {
        callers.emplace_back([&, t] {
            for (int repeat = 0; repeat < 20; ++repeat) {
                const auto opts = parray::options{}.pool(pool).chunk_size(1000 + 1000 * t);
                if (parray::parallel_sum(a, opts) != expected) {
                    ++wrong;
                }
            }
        });
    }
    for (auto& c : callers) {
        c.join();
    }
    REQUIRE(wrong.load() == 0);
}

TEST_CASE("a calling thread runs only its own call's chunks", "[parallel][concurrency]") {
    // Were a caller to run another call's chunk, a lock it holds could be taken twice.
    auto& pool = pool_of(2);
    std::mutex held_by_a;
    std::atomic<std::thread::id> thread_a{};
    std::atomic<bool> a_ran_b_chunk{false};
    std::atomic<bool> a_done{false};
    std::thread a([&] {
        thread_a = std::this_thread::get_id();
        std::lock_guard<std::mutex> lock(held_by_a);
        parray::parallel_for(
            0, 2000, [](int) { std::this_thread::sleep_for(std::chrono::microseconds(20)); },
            parray::options{}.pool(pool).chunk_size(1));
        a_done = true;
    });
    std::thread b([&] {
        while (!a_done) {
            parray::parallel_for(
                0, 64,
                [&](int) {
                    if (std::this_thread::get_id() == thread_a.load()) {
                        a_ran_b_chunk = true;
                    }
                },
                parray::options{}.pool(pool).chunk_size(1));
        }
    });
    a.join();
    b.join();
    REQUIRE_FALSE(a_ran_b_chunk.load());
}

TEST_CASE("a call on a pool of N runs on N threads at once, and on no more",
          "[parallel][concurrency]") {
    const std::size_t threads = GENERATE(2, 3, 8);
    auto& pool = pool_of(threads);
    // Every chunk waits until all N have started: only N threads running at once get past.
    std::atomic<std::size_t> started{0};
    std::atomic<bool> all_met{true};
    parray::parallel_for(
        std::size_t{0}, threads,
        [&](std::size_t) {
            ++started;
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
            while (started.load() < threads) {
                if (std::chrono::steady_clock::now() > deadline) {
                    all_met = false;
                    return;
                }
                std::this_thread::yield();
            }
        },
        parray::options{}.pool(pool).chunk_size(1));
    REQUIRE(all_met.load());

    std::set<std::thread::id> seen;
    std::mutex seen_mutex;
    parray::parallel_for(
        0, 400,
        [&](int) {
            std::this_thread::sleep_for(std::chrono::microseconds(100));
            std::lock_guard<std::mutex> lock(seen_mutex);
            seen.insert(std::this_thread::get_id());
        },
        parray::options{}.pool(pool).chunk_size(1));
    REQUIRE(seen.size() <= threads);
}

TEST_CASE("zero-size dimensions give empty results, not errors", "[parallel][empty]") {
    const parray::ndarray<double> a = parray::ndarray<double>::from_shape({3, 0, 4});
    const auto mapped = parray::parallel_map(
        a, [](double x) { return x + 1; }, on_pool(2));
    REQUIRE(mapped.shape() == a.shape());
    REQUIRE(parray::parallel_sum(a, on_pool(2).num_chunks(4)) == 0.0);
    REQUIRE(parray::parallel_reduce(a, 7.0, std::plus<>(), on_pool(2).chunk_size(1)) == 7.0);
    bool called = false;
    parray::parallel_map(a, parray::ndarray<double>::from_shape({3, 0, 4}), [&](double x) {
        called = true;
        return x;
    });
    REQUIRE_FALSE(called);
    // Three rows of nothing: chunks of rows still come, each empty.
    const auto rows = parray::parallel_map_chunks(
        a, [](const auto& chunk) { return chunk.size(); }, on_pool(2).chunk_size(1));
    REQUIRE(rows == std::vector<std::size_t>{0, 0, 0});
}

TEST_CASE("invalid options are reported by the call", "[parallel][options]") {
    const parray::ndarray<int> a = xt::arange<int>(10);
    const auto both = parray::options{}.chunk_size(2).num_chunks(2);
    REQUIRE_THROWS_AS(parray::parallel_sum(a, both), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_map(
                          a, [](int x) { return x; }, both),
                      std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_for(
                          0, 10, [](int) {}, both),
                      std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_reduce(a, 0, std::plus<>(), both), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_map_chunks(
                          a, [](const auto&) { return 0; }, both),
                      std::invalid_argument);
}

TEST_CASE("the calls split their input exactly as chunk_ranges says", "[parallel][chunking]") {
    constexpr std::size_t huge = std::numeric_limits<std::size_t>::max();
    for (std::size_t n = 0; n <= 100000; n = n < 20 ? n + 1 : n * 3 + 1) {
        const parray::ndarray<std::size_t> indices = xt::arange<std::size_t>(n);
        for (const auto& opts :
             {parray::options{}, parray::options{}.chunk_size(1), parray::options{}.chunk_size(7),
              parray::options{}.chunk_size(n + 1), parray::options{}.num_chunks(3),
              parray::options{}.num_chunks(huge)}) {
            INFO("n = " << n << ", chunk_size " << opts.chunk_size() << ", num_chunks "
                        << opts.num_chunks());
            const auto seen = parray::parallel_map_chunks(
                indices,
                [](const auto& chunk) {
                    return parray::chunk_range{chunk(0), chunk(0) + chunk.size()};
                },
                parray::options(opts).pool(pool_of(3)));
            // parallel_map_chunks cuts a short input (up to 32768 elements) with automatic
            // chunks into 64 near-equal ones, so that costly chunks can be shared.
            const bool automatic = opts.chunk_size() == 0 && opts.num_chunks() == 0;
            REQUIRE(seen == parray::chunk_ranges(n, automatic && n <= 32768
                                                        ? parray::options{}.num_chunks(64)
                                                        : opts));
        }
    }
}
