// SPDX-License-Identifier: BSD-3-Clause
#include <parray/options.hpp>
#include <parray/parallel.hpp>

#include <catch2/catch.hpp>

#include "test_helpers.hpp"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

using parray_test::pool_of;

struct progress_call {
    std::size_t done;
    std::size_t total;
    std::thread::id thread;
    std::chrono::steady_clock::time_point when;
};

// Records every on_progress call. Only the calling thread calls it, so no lock is needed; the
// thread ids recorded check exactly that.
struct progress_log {
    std::vector<progress_call> calls;
    parray::progress_callback callback() {
        return [this](std::size_t done, std::size_t total) {
            calls.push_back(
                {done, total, std::this_thread::get_id(), std::chrono::steady_clock::now()});
        };
    }
};

} // namespace

TEST_CASE("on_progress: on the calling thread, done never decreases, once at the end",
          "[options][progress]") {
    for (const std::size_t threads : {1, 2, 4}) {
        progress_log log;
        std::atomic<std::size_t> runs{0};
        // 40 chunks of about 20 ms: a call of 200 to 800 ms, so reports come during it.
        parray::parallel_for(
            0, 40,
            [&runs](int) {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                runs.fetch_add(1);
            },
            parray::options{}.pool(pool_of(threads)).num_chunks(40).on_progress(log.callback()));
        REQUIRE(runs.load() == 40);
        REQUIRE(log.calls.size() >= 2);
        std::size_t previous = 0;
        for (std::size_t i = 0; i < log.calls.size(); ++i) {
            const progress_call& call = log.calls[i];
            REQUIRE(call.thread == std::this_thread::get_id());
            REQUIRE(call.total == 40);
            REQUIRE(call.done >= previous);
            REQUIRE(call.done <= 40);
            previous = call.done;
            // At most every 100 ms (by the same clock), except the final call.
            if (i > 0 && i + 1 < log.calls.size()) {
                REQUIRE(call.when - log.calls[i - 1].when >= std::chrono::milliseconds(100));
            }
        }
        REQUIRE(log.calls.back().done == 40);
    }
}

TEST_CASE("on_progress: a call of one chunk or none reports once", "[options][progress]") {
    progress_log log;
    const auto small = parray::ndarray<double>{1.0, 2.0, 3.0};
    REQUIRE(parray::parallel_sum(small, parray::options{}.on_progress(log.callback())) == 6.0);
    REQUIRE(log.calls.size() == 1);
    REQUIRE(log.calls[0].done == 1);
    REQUIRE(log.calls[0].total == 1);

    progress_log empty_log;
    const auto empty = parray::ndarray<double>::from_shape({0});
    REQUIRE(parray::parallel_sum(empty, parray::options{}.on_progress(empty_log.callback())) ==
            0.0);
    REQUIRE(empty_log.calls.size() == 1);
    REQUIRE(empty_log.calls[0].total == 0);
}

TEST_CASE("on_progress does not change results", "[options][progress]") {
    auto a = parray::ndarray<double>::from_shape({300007});
    for (std::size_t i = 0; i < a.size(); ++i) {
        a.data()[i] = 1.0 / static_cast<double>(i + 1);
    }
    progress_log log;
    const double watched =
        parray::parallel_sum(a, parray::options{}.pool(pool_of(2)).on_progress(log.callback()));
    REQUIRE(watched == parray::parallel_sum(a));
    REQUIRE(log.calls.back().done == log.calls.back().total);
}

TEST_CASE("an exception from the progress callback ends the call", "[options][progress]") {
    std::atomic<int> runs{0};
    const auto throwing = [](std::size_t, std::size_t) { throw std::runtime_error("stop here"); };
    REQUIRE_THROWS_WITH(parray::parallel_for(
                            0, 8,
                            [&runs](int) {
                                std::this_thread::sleep_for(std::chrono::milliseconds(30));
                                runs.fetch_add(1);
                            },
                            parray::options{}.pool(pool_of(2)).num_chunks(8).on_progress(throwing)),
                        "stop here");
    // The pool is still usable.
    std::atomic<int> after{0};
    parray::parallel_for(
        0, 100, [&after](int) { after.fetch_add(1); },
        parray::options{}.pool(pool_of(2)).num_chunks(4));
    REQUIRE(after.load() == 100);
}

TEST_CASE("a progress callback that throws is not called again", "[options][progress]") {
    // 8 chunks of 40 ms on one thread: a report falls due mid-call (after 100 ms), throws, and
    // the call ends; the report at the end must not call the callback a second time.
    int calls = 0;
    const auto throwing = [&calls](std::size_t, std::size_t) {
        ++calls;
        throw std::runtime_error("stop here");
    };
    REQUIRE_THROWS_WITH(parray::parallel_for(
                            0, 8,
                            [](int) { std::this_thread::sleep_for(std::chrono::milliseconds(40)); },
                            parray::options{}.pool(pool_of(1)).num_chunks(8).on_progress(throwing)),
                        "stop here");
    REQUIRE(calls == 1);
}

namespace {
template <class Flag, class = void>
struct takes_as_stop_flag : std::false_type {};
template <class Flag>
struct takes_as_stop_flag<
    Flag, std::void_t<decltype(std::declval<parray::options&>().stop_when(std::declval<Flag>()))>>
    : std::true_type {};
} // namespace

TEST_CASE("options built on a temporary are returned by value and never dangle", "[options]") {
    // Setters on a temporary return the options themselves: a reference bound to the result
    // extends their life (ASan reports a stack-use-after-scope otherwise).
    STATIC_REQUIRE(std::is_same_v<decltype(parray::options{}.num_chunks(8)), parray::options>);
    STATIC_REQUIRE(
        std::is_same_v<decltype(std::declval<parray::options&>().num_chunks(8)), parray::options&>);
    const auto& kept =
        parray::options{}.pool(pool_of(2)).num_chunks(8).on_progress([](std::size_t, std::size_t) {
        });
    REQUIRE(kept.num_chunks() == 8);
    REQUIRE(kept.pool() == &pool_of(2));
    REQUIRE(bool(kept.progress()));
    // A named options is changed in place.
    parray::options named;
    named.chunk_size(5).pool(pool_of(1));
    REQUIRE(named.chunk_size() == 5);
    REQUIRE(named.pool() == &pool_of(1));
    // A temporary stop flag would be gone before the call: it does not compile.
    STATIC_REQUIRE(takes_as_stop_flag<std::atomic<bool>&>::value);
    STATIC_REQUIRE_FALSE(takes_as_stop_flag<std::atomic<bool>>::value);
}

TEST_CASE("stop_when: a call started with the flag set runs nothing and throws cancelled",
          "[options][cancel]") {
    const std::atomic<bool> stop{true};
    std::atomic<int> runs{0};
    for (const std::size_t threads : {1, 2, 4}) {
        for (const std::size_t chunks : {1, 2, 50}) {
            REQUIRE_THROWS_AS(
                parray::parallel_for(
                    0, 100, [&runs](int) { runs.fetch_add(1); },
                    parray::options{}.pool(pool_of(threads)).num_chunks(chunks).stop_when(stop)),
                parray::cancelled);
        }
    }
    REQUIRE(runs.load() == 0);
    // Whole-array calls too, short cuts included.
    const auto small = parray::ndarray<double>{1.0, 2.0};
    REQUIRE_THROWS_AS(parray::parallel_sum(small, parray::options{}.stop_when(stop)),
                      parray::cancelled);
    REQUIRE_THROWS_AS(parray::parallel_map(
                          small, [](double x) { return x; }, parray::options{}.stop_when(stop)),
                      parray::cancelled);
}

TEST_CASE("stop_when: set during the call, chunks not started are skipped, the pool goes on",
          "[options][cancel]") {
    for (const std::size_t threads : {1, 2, 4}) {
        std::atomic<bool> stop{false};
        std::atomic<int> chunks_run{0};
        // Chunk 3 raises the flag; with 1000 one-item chunks, most are never started.
        REQUIRE_THROWS_AS(
            parray::parallel_for(
                0, 1000,
                [&](int i) {
                    chunks_run.fetch_add(1);
                    if (i == 3) {
                        stop.store(true);
                    }
                },
                parray::options{}.pool(pool_of(threads)).num_chunks(1000).stop_when(stop)),
            parray::cancelled);
        REQUIRE(chunks_run.load() < 1000);
        REQUIRE(chunks_run.load() >= 4);
        // The same pool runs the next call in full.
        std::atomic<int> after{0};
        stop.store(false);
        parray::parallel_for(
            0, 1000, [&after](int) { after.fetch_add(1); },
            parray::options{}.pool(pool_of(threads)).num_chunks(1000).stop_when(stop));
        REQUIRE(after.load() == 1000);
    }
}

TEST_CASE("stop_when: an exception from f wins over the cancellation", "[options][cancel]") {
    std::atomic<bool> stop{false};
    REQUIRE_THROWS_AS(parray::parallel_for(
                          0, 100,
                          [&stop](int i) {
                              if (i == 0) {
                                  stop.store(true);
                                  throw std::out_of_range("first");
                              }
                          },
                          parray::options{}.pool(pool_of(1)).num_chunks(100).stop_when(stop)),
                      std::out_of_range);
}

TEST_CASE("cancelled says what happened", "[options][cancel]") {
    const parray::cancelled error;
    REQUIRE(std::string(error.what()).find("cancelled") != std::string::npos);
    const std::runtime_error& base = error; // catchable as std::runtime_error
    REQUIRE(base.what() == error.what());
}
