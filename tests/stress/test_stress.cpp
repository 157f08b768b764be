// SPDX-License-Identifier: BSD-3-Clause
//
// Stress tests of thread_pool and the parallel algorithms: many threads making many calls into
// one pool, calls nested three deep, exceptions from random chunks, pools made and destroyed by
// the thousand, oversubscribed pools and an idle pool. A program of its own, test_stress (ctest
// label "stress"), apart from the unit tests.
//
// Every test stops by itself: its loops are bounded, its waits for other threads have deadlines,
// and a watchdog aborts the program, naming the test, should one ever hang (a deadlock).
// Catch2's assertions are not thread-safe, so threads record what went wrong in a failure_log
// and the test's own thread checks it once they are joined.
//
// PARRAY_STRESS_SCALE (a positive number, default 1) multiplies every repetition count: scale 1
// is sized for a quick run on a 2-core machine, under ThreadSanitizer and AddressSanitizer too;
// PARRAY_STRESS_SCALE=10 soaks ten times longer, 0.1 is a smoke run.

#include <parray/parallel.hpp>
#include <parray/random.hpp>

#include <catch2/catch.hpp>

#include "../test_helpers.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace {

using parray_test::bits_of;
using parray_test::process_cpu_time;
using steady = std::chrono::steady_clock;

// PARRAY_STRESS_SCALE, default 1. Anything but a positive finite number is an error.
double stress_scale() {
    static const double scale = [] {
        const char* text = std::getenv("PARRAY_STRESS_SCALE");
        if (text == nullptr || *text == '\0') {
            return 1.0;
        }
        char* end = nullptr;
        const double value = std::strtod(text, &end);
        if (end == text || *end != '\0' || !std::isfinite(value) || value <= 0.0) {
            throw std::invalid_argument("PARRAY_STRESS_SCALE must be a positive number, got \"" +
                                        std::string(text) + "\"");
        }
        return value;
    }();
    return scale;
}

// A repetition count: `base` at scale 1, multiplied by the scale, at least 1.
std::size_t scaled(std::size_t base) {
    const double value = std::round(static_cast<double>(base) * stress_scale());
    return value < 1.0 ? 1 : static_cast<std::size_t>(value);
}

// The watchdog's limit, per test: far above the time any test takes, even under a sanitizer.
#ifndef PARRAY_STRESS_WATCHDOG_SECONDS
#define PARRAY_STRESS_WATCHDOG_SECONDS 300
#endif

// Aborts the program, naming the test, if the test is still running after `limit` (times the
// scale when above 1): a deadlocked test then fails instead of hanging.
class watchdog {
public:
    explicit watchdog(std::string test, std::chrono::seconds limit =
                                            std::chrono::seconds(PARRAY_STRESS_WATCHDOG_SECONDS))
        : test_(std::move(test)), limit_(std::chrono::duration_cast<std::chrono::milliseconds>(
                                      limit * std::max(1.0, stress_scale()))),
          thread_([this] { watch(); }) {}
    watchdog(const watchdog&) = delete;
    watchdog& operator=(const watchdog&) = delete;
    ~watchdog() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            finished_ = true;
        }
        finished_changed_.notify_one();
        thread_.join();
    }

private:
    void watch() {
        std::unique_lock<std::mutex> lock(mutex_);
        if (!finished_changed_.wait_for(lock, limit_, [this] { return finished_; })) {
            std::fprintf(stderr, "test_stress: \"%s\" still running after %lld ms: deadlock?\n",
                         test_.c_str(), static_cast<long long>(limit_.count()));
            std::fflush(stderr);
            std::abort();
        }
    }

    std::string test_;
    std::chrono::milliseconds limit_;
    std::mutex mutex_;
    std::condition_variable finished_changed_;
    bool finished_ = false;
    std::thread thread_; // last: starts once the members it uses exist
};

// What went wrong, recorded from any thread; the test's thread checks it with Catch2.
class failure_log {
public:
    void add(const std::string& message) {
        std::lock_guard<std::mutex> lock(mutex_);
        ++count_;
        if (first_.size() < 10) {
            first_.push_back(message);
        }
    }
    std::size_t count() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return count_;
    }
    std::string report() const {
        std::lock_guard<std::mutex> lock(mutex_);
        std::string text = std::to_string(count_) + " failure(s)";
        for (const std::string& message : first_) {
            text += "\n  " + message;
        }
        return text;
    }

private:
    mutable std::mutex mutex_;
    std::size_t count_ = 0;
    std::vector<std::string> first_;
};

// Runs body(t) for t in [0, n) on n threads at once and joins them; an exception that escapes
// body is a failure.
template <class Body>
void run_on_threads(std::size_t n, failure_log& log, Body body) {
    std::vector<std::thread> threads;
    threads.reserve(n);
    for (std::size_t t = 0; t < n; ++t) {
        threads.emplace_back([&body, &log, t] {
            try {
                body(t);
            } catch (const std::exception& e) {
                log.add("thread " + std::to_string(t) + " stopped by an exception: " + e.what());
            } catch (...) {
                log.add("thread " + std::to_string(t) + " stopped by an unknown exception");
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
}

// Calls f when it goes out of scope, however the scope is left: a thread that stops early still
// tells the threads that wait for it.
template <class F>
class scope_exit {
public:
    explicit scope_exit(F f) : f_(std::move(f)) {}
    scope_exit(const scope_exit&) = delete;
    scope_exit& operator=(const scope_exit&) = delete;
    ~scope_exit() { f_(); }

private:
    F f_;
};

// Counts the caller in, then waits until `expected` threads are in: true when they all are
// before `deadline`. Threads that all get past it were running at the same time.
bool meet(std::atomic<std::size_t>& arrived, std::size_t expected, steady::time_point deadline) {
    arrived.fetch_add(1);
    while (arrived.load() < expected) {
        if (steady::now() > deadline) {
            return false;
        }
        std::this_thread::yield();
    }
    return true;
}

// The CPU time the process uses while this thread sleeps for `period`, after 50 ms to settle.
std::chrono::microseconds cpu_time_while_sleeping(std::chrono::milliseconds period) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const auto before = process_cpu_time();
    std::this_thread::sleep_for(period);
    return process_cpu_time() - before;
}

parray::ndarray<std::int64_t> int_range(std::size_t n, std::int64_t scale, std::int64_t offset) {
    return xt::arange<std::int64_t>(static_cast<std::int64_t>(n)) * scale + offset;
}

// x -> a * x + b on wrapping 64-bit integers. Composition is associative but not commutative, so
// a reduction with it checks that chunk results are combined in order.
struct affine {
    std::uint64_t a = 1;
    std::uint64_t b = 0;
};
bool operator==(const affine& x, const affine& y) {
    return x.a == y.a && x.b == y.b;
}

const auto compose = [](const affine& first, const affine& second) {
    return affine{first.a * second.a, first.b * second.a + second.b};
};
const auto affine_of = [](std::int64_t v) {
    const auto u = static_cast<std::uint64_t>(v);
    return affine{2 * u + 1, u ^ 0x9e3779b97f4a7c15u};
};

template <class Array>
affine serial_affine_fold(const Array& a) {
    affine result;
    for (const std::int64_t v : a) {
        result = compose(result, affine_of(v));
    }
    return result;
}

// Checks that every worker of `pool` is free and that it still runs calls and tasks: a call of
// size() chunks that each wait for all the others (only size() threads running at once get
// through: the caller and every helper), size() tasks that each wait for all the others (only
// every worker at once gets through), and a plain call and a task with results.
void check_pool_idle_and_usable(parray::thread_pool& pool, failure_log& log) {
    const std::size_t n = pool.size();
    const auto deadline = steady::now() + std::chrono::seconds(60);

    std::atomic<std::size_t> in_call{0};
    std::atomic<bool> call_met{true};
    parray::parallel_for(
        std::size_t{0}, n,
        [&](std::size_t) {
            if (!meet(in_call, n, deadline)) {
                call_met = false;
            }
        },
        parray::options{}.pool(pool).chunk_size(1));
    if (!call_met) {
        log.add("a call of " + std::to_string(n) + " chunks did not get " + std::to_string(n) +
                " threads at once: a worker is stuck or lost");
    }

    std::atomic<std::size_t> in_tasks{0};
    std::vector<std::future<bool>> tasks;
    for (std::size_t i = 0; i < n; ++i) {
        tasks.push_back(
            pool.submit([&in_tasks, n, deadline] { return meet(in_tasks, n, deadline); }));
    }
    for (std::future<bool>& task : tasks) {
        if (task.wait_until(deadline + std::chrono::seconds(5)) != std::future_status::ready) {
            log.add("a submitted task never ran: a worker is stuck");
            // The tasks hold references to in_tasks: wait for them whatever it takes.
        }
        if (!task.get()) {
            log.add(std::to_string(n) + " tasks did not all run at once: a worker is stuck");
        }
    }

    const parray::ndarray<std::int64_t> a = int_range(10000, 1, 0);
    const std::int64_t sum =
        parray::parallel_sum(a, parray::options{}.pool(pool).num_chunks(4 * n + 1));
    if (sum != std::int64_t{9999} * 10000 / 2) {
        log.add("a final call returned " + std::to_string(sum));
    }
    const int answer = pool.submit([](int x) { return x * 2; }, 21).get();
    if (answer != 42) {
        log.add("a final task returned " + std::to_string(answer));
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Many callers, one pool

namespace {

// One input size of the shared-pool test: its arrays, the options it is called with, and every
// expected result, computed serially before the callers start (floating sums, which depend on the
// chunking, once per recipe by the same call).
struct workload {
    workload(std::size_t n, std::vector<parray::options> recipe_list, std::uint32_t seed)
        : recipes(std::move(recipe_list)), ints(int_range(n, 7, -3000)),
          doubles(parray::random::RandomState(seed).random_sample({n})),
          int_sum(std::accumulate(ints.begin(), ints.end(), std::int64_t{0})), mapped(ints * 2 + 1),
          halved(doubles * 0.5), fold(serial_affine_fold(ints)) {
        for (const parray::options& recipe : recipes) {
            double_sums.push_back(bits_of(parray::parallel_sum(doubles, recipe)));
            std::vector<std::int64_t> sums;
            // parallel_map_chunks' split: 64 near-equal chunks for a short automatic call.
            const bool automatic = recipe.chunk_size() == 0 && recipe.num_chunks() == 0;
            const parray::options split =
                automatic && n <= 32768 ? parray::options{}.num_chunks(64) : recipe;
            for (const parray::chunk_range r : parray::chunk_ranges(n, split)) {
                sums.push_back(std::accumulate(ints.begin() + static_cast<std::ptrdiff_t>(r.begin),
                                               ints.begin() + static_cast<std::ptrdiff_t>(r.end),
                                               std::int64_t{0}));
            }
            chunk_sums.push_back(std::move(sums));
        }
    }

    std::vector<parray::options> recipes;
    parray::ndarray<std::int64_t> ints;
    parray::ndarray<double> doubles;
    std::int64_t int_sum;
    parray::ndarray<std::int64_t> mapped;
    parray::ndarray<double> halved;
    affine fold;
    std::vector<std::uint64_t> double_sums;            // per recipe
    std::vector<std::vector<std::int64_t>> chunk_sums; // per recipe
};

// Makes call `operation` of the shared-pool test on `w` with recipe r; true when its result is
// right. `out` is the caller's own array of w's size.
bool call_and_check(int operation, const workload& w, std::size_t r, std::size_t caller,
                    parray::ndarray<double>& out) {
    const parray::options& opts = w.recipes[r];
    switch (operation) {
    case 0:
        return parray::parallel_sum(w.ints, opts) == w.int_sum;
    case 1:
        return bits_of(parray::parallel_sum(w.doubles, opts)) == w.double_sums[r];
    case 2:
        return bool(parray::parallel_map(
                        w.ints, [](std::int64_t x) { return 2 * x + 1; }, opts) == w.mapped);
    case 3:
        out.fill(-1.0);
        parray::parallel_map(
            w.doubles, out, [](double x) { return x * 0.5; }, opts);
        return bool(out == w.halved);
    case 4: {
        // init enters once, whatever the chunking: a caller-specific one shows it.
        const auto init = static_cast<std::int64_t>(caller * 1000003);
        return parray::parallel_reduce(w.ints, init, std::plus<>(), opts) == init + w.int_sum;
    }
    case 5:
        return parray::parallel_transform_reduce(w.ints, affine{}, compose, affine_of, opts) ==
               w.fold;
    case 6:
        return parray::parallel_map_chunks(
                   w.ints, [](const auto& chunk) { return std::int64_t(xt::sum(chunk)()); },
                   opts) == w.chunk_sums[r];
    default: {
        // Helpers that outlast the caller: it runs its chunks at once, finds the others still
        // running, and must sleep until the last helper leaves and wakes it.
        const auto caller_id = std::this_thread::get_id();
        std::atomic<int> visits{0};
        parray::parallel_for(
            0, 16,
            [&](int) {
                if (std::this_thread::get_id() != caller_id) {
                    std::this_thread::sleep_for(std::chrono::microseconds(500));
                }
                visits.fetch_add(1);
            },
            parray::options(opts).chunk_size(1).num_chunks(0));
        return visits.load() == 16;
    }
    }
}

} // namespace

// 8 callers x 10^4 calls (scale 1) on one pool of 4 threads: parallel_sum (integer and floating),
// parallel_map (to a new array and into one), parallel_reduce, parallel_transform_reduce and
// parallel_map_chunks, drawn at random, on 1000 elements (on the calling thread with automatic
// chunks, through the pool in 2 to 1000 chunks with explicit ones) 5 times in 6, and on 50000
// elements (2 automatic chunks, or 3 to 64 explicit ones) 1 time in 6; and 1 call in 40 one whose
// helpers outlast its caller, which then waits for them. Every result is checked.
TEST_CASE("8 threads make 10^4 small and large calls each on one shared pool",
          "[stress][concurrency]") {
    const watchdog guard("8 threads make 10^4 small and large calls each on one shared pool");
    constexpr std::size_t callers = 8;
    const std::size_t calls_per_caller = scaled(10000);
    parray::thread_pool pool(4);
    const parray::options on_pool = parray::options{}.pool(pool);
    const workload small(
        1000,
        {on_pool, parray::options(on_pool).chunk_size(1), parray::options(on_pool).chunk_size(64),
         parray::options(on_pool).num_chunks(2), parray::options(on_pool).num_chunks(16)},
        1);
    const workload large(50000,
                         {on_pool, parray::options(on_pool).chunk_size(4096),
                          parray::options(on_pool).num_chunks(3),
                          parray::options(on_pool).num_chunks(64)},
                         2);
    REQUIRE(parray::chunk_ranges(50000).size() == 2);
    for (const workload* w : {&small, &large}) {
        // The floating references against a plain sum.
        const double plain = std::accumulate(w->doubles.begin(), w->doubles.end(), 0.0);
        for (const parray::options& recipe : w->recipes) {
            REQUIRE(parray::parallel_sum(w->doubles, recipe) == Approx(plain));
        }
    }

    failure_log log;
    std::atomic<std::size_t> calls_checked{0};
    run_on_threads(callers, log, [&](std::size_t t) {
        std::mt19937 rng(static_cast<std::uint32_t>(1000 + t));
        std::uniform_int_distribution<int> pick_operation(0, 6);
        std::uniform_int_distribution<int> pick_size(0, 5);
        std::uniform_int_distribution<int> pick_rare(0, 39);
        auto small_out = parray::ndarray<double>::from_shape({small.ints.size()});
        auto large_out = parray::ndarray<double>::from_shape({large.ints.size()});
        for (std::size_t call = 0; call < calls_per_caller; ++call) {
            const int operation = pick_rare(rng) == 0 ? 7 : pick_operation(rng);
            const bool is_large = pick_size(rng) == 0;
            const workload& w = is_large ? large : small;
            const std::size_t r =
                std::uniform_int_distribution<std::size_t>(0, w.recipes.size() - 1)(rng);
            if (!call_and_check(operation, w, r, t, is_large ? large_out : small_out)) {
                log.add("caller " + std::to_string(t) + ", call " + std::to_string(call) +
                        ": operation " + std::to_string(operation) + " on " +
                        std::to_string(w.ints.size()) + " elements with recipe " +
                        std::to_string(r) + " gave a wrong result");
            }
            calls_checked.fetch_add(1);
        }
    });
    INFO(log.report());
    REQUIRE(log.count() == 0);
    REQUIRE(calls_checked.load() == callers * calls_per_caller);
    failure_log after;
    check_pool_idle_and_usable(pool, after);
    INFO(after.report());
    REQUIRE(after.count() == 0);
}

// ---------------------------------------------------------------------------------------------
// Nesting

// Three levels of calls, each level a different algorithm and chunking, 2 callers x 1000 times
// (scale 1) on each pool, plus a two-level call from inside a task submitted to the pool. On a
// pool of 1 each caller runs every chunk of every level itself; on the others the workers join in
// at every level.
TEST_CASE("parallel calls nest 3 deep on pools of 1 2 and 8 threads many times",
          "[stress][nested]") {
    const watchdog guard("parallel calls nest 3 deep on pools of 1 2 and 8 threads many times");
    const std::size_t repeats = scaled(1000);
    const parray::ndarray<int> outer = xt::arange<int>(6);
    const parray::ndarray<int> middle = xt::arange<int>(5);
    const parray::ndarray<std::int64_t> inner = int_range(4, 1, 0);
    // sum over j < 5, k < 4 of (100 i + 10 j + k) = 2000 i + 430
    const auto expected_total = [](std::int64_t i) { return 2000 * i + 430; };

    for (const std::size_t threads : {std::size_t{1}, std::size_t{2}, std::size_t{8}}) {
        INFO("pool of " << threads);
        parray::thread_pool pool(threads);
        const parray::options on_pool = parray::options{}.pool(pool);
        failure_log log;
        std::atomic<std::size_t> nests_checked{0};
        run_on_threads(2, log, [&](std::size_t t) {
            for (std::size_t repeat = 0; repeat < repeats; ++repeat) {
                const std::size_t variant = (repeat + t) % 3;
                // Level 3: the sum over k of 100 i + 10 j + k, three ways.
                const auto level3 = [&](int i, int j) -> std::int64_t {
                    const std::int64_t base = 100 * i + 10 * j;
                    if (variant == 0) {
                        std::atomic<std::int64_t> total{0};
                        parray::parallel_for(
                            0, 4, [&](int k) { total += base + k; },
                            parray::options(on_pool).chunk_size(1));
                        return total.load();
                    }
                    if (variant == 1) {
                        const auto values = parray::parallel_map(
                            inner, [&](std::int64_t k) { return base + k; },
                            parray::options(on_pool).num_chunks(4));
                        return parray::parallel_sum(values, parray::options(on_pool).chunk_size(2));
                    }
                    return parray::parallel_reduce(inner, base * 4, std::plus<>(),
                                                   parray::options(on_pool).chunk_size(1));
                };
                // Level 2: over j; level 1: over i.
                const auto level2 = [&](int i) {
                    return parray::parallel_transform_reduce(
                        middle, std::int64_t{0}, std::plus<>(), [&](int j) { return level3(i, j); },
                        parray::options(on_pool).num_chunks(variant == 2 ? 2 : 5));
                };
                const auto totals = parray::parallel_map(
                    outer, level2, parray::options(on_pool).chunk_size(variant == 1 ? 2 : 1));
                for (int i = 0; i < 6; ++i) {
                    if (totals(static_cast<std::size_t>(i)) != expected_total(i)) {
                        log.add("caller " + std::to_string(t) + ", repeat " +
                                std::to_string(repeat) + ": level 1 entry " + std::to_string(i) +
                                " is " + std::to_string(totals(static_cast<std::size_t>(i))));
                    }
                }
                // From inside a task, on one of the pool's workers.
                auto from_task = pool.submit([&] {
                    return parray::parallel_transform_reduce(
                        outer, std::int64_t{0}, std::plus<>(), level2,
                        parray::options(on_pool).chunk_size(1));
                });
                if (from_task.wait_for(std::chrono::seconds(120)) != std::future_status::ready) {
                    log.add("a nested call inside a task did not finish in 120 s");
                }
                if (from_task.get() != 6 * 430 + 2000 * 15) {
                    log.add("a nested call inside a task gave a wrong result");
                }
                nests_checked.fetch_add(1);
            }
        });
        INFO(log.report());
        REQUIRE(log.count() == 0);
        REQUIRE(nests_checked.load() == 2 * repeats);
        failure_log after;
        check_pool_idle_and_usable(pool, after);
        INFO(after.report());
        REQUIRE(after.count() == 0);
    }
}

// ---------------------------------------------------------------------------------------------
// Exceptions

namespace {

// An exception type that is no std::exception.
struct stress_failure {
    std::string message;
};

// What one throwing call does, drawn from a seeded generator.
struct throwing_call {
    int algorithm = 0;      // parallel_for, _map, _transform_reduce, _map_chunks, _reduce
    int exception_type = 0; // runtime_error, out_of_range, stress_failure, int
    std::size_t n = 0;
    parray::options opts;
    std::vector<char> throws_at; // elements whose visit throws
    std::size_t throwing = 0;    // how many of them
    std::string prefix;          // of every message
    bool slow_helpers = false;   // the first 2 visits on pool workers take 300 us
};

throwing_call draw_throwing_call(std::mt19937& rng, parray::thread_pool& pool,
                                 const std::string& prefix) {
    throwing_call call;
    call.prefix = prefix;
    call.algorithm = std::uniform_int_distribution<int>(0, 4)(rng);
    call.exception_type = std::uniform_int_distribution<int>(0, 3)(rng);
    // 1 call in 16 has helpers that outlast its caller, which must then wait for them.
    call.slow_helpers = std::uniform_int_distribution<int>(0, 15)(rng) == 0;
    const std::size_t sizes[] = {100, 1000, 5000};
    call.n = sizes[std::uniform_int_distribution<int>(0, 2)(rng)];
    // A reduction's op never sees the first element of a chunk (it starts the chunk's fold), so
    // parallel_reduce gets chunks of at least 2 elements and throws at one of the others.
    const bool need_two = call.algorithm == 4;
    const int recipe = std::uniform_int_distribution<int>(need_two ? 1 : 0, need_two ? 4 : 5)(rng);
    call.opts = parray::options{}.pool(pool);
    switch (recipe) {
    case 0:
        call.opts.chunk_size(1);
        break;
    case 1:
        call.opts.chunk_size(3);
        break;
    case 2:
        call.opts.chunk_size(50);
        break;
    case 3:
        call.opts.num_chunks(2);
        break;
    case 4:
        call.opts.num_chunks(7);
        break;
    default:
        call.opts.num_chunks(64);
        break;
    }
    const auto ranges = parray::chunk_ranges(call.n, call.opts);
    call.throws_at.assign(call.n, 0);
    // 1 in 8 calls throws nowhere, 1 in 8 in every chunk, the others in 1 to 3 chunks.
    const int mode = std::uniform_int_distribution<int>(0, 7)(rng);
    std::vector<std::size_t> chunks;
    if (mode == 1) {
        for (std::size_t c = 0; c < ranges.size(); ++c) {
            chunks.push_back(c);
        }
    } else if (mode != 0) {
        const int count = 1 + mode % 3;
        for (int i = 0; i < count; ++i) {
            chunks.push_back(std::uniform_int_distribution<std::size_t>(0, ranges.size() - 1)(rng));
        }
    }
    for (const std::size_t c : chunks) {
        if (need_two && ranges[c].size() < 2) {
            continue; // chunk_size(3) leaves a last chunk of 1 element for some n
        }
        const std::size_t first = ranges[c].begin + (need_two ? 1 : 0);
        const std::size_t e =
            std::uniform_int_distribution<std::size_t>(first, ranges[c].end - 1)(rng);
        if (!call.throws_at[e]) {
            call.throws_at[e] = 1;
            ++call.throwing;
        }
    }
    return call;
}

[[noreturn]] void throw_at(const throwing_call& call, std::size_t element) {
    const std::string message = call.prefix + std::to_string(element);
    switch (call.exception_type) {
    case 0:
        throw std::runtime_error(message);
    case 1:
        throw std::out_of_range(message);
    case 2:
        throw stress_failure{message};
    default:
        throw static_cast<int>(element);
    }
}

// A running total that knows whether it is a single element: a reduction's op then throws at
// flagged elements only, never when the partial results of chunks are combined.
struct tagged_sum {
    tagged_sum(std::int64_t v) : sum(v), single(true) {} // NOLINT: implicit on purpose
    tagged_sum(std::int64_t v, bool is_single) : sum(v), single(is_single) {}
    std::int64_t sum;
    bool single;
};

// Counts the visits running right now; a call must return with none.
class visit_guard {
public:
    explicit visit_guard(std::atomic<int>& running) : running_(running) { ++running_; }
    visit_guard(const visit_guard&) = delete;
    visit_guard& operator=(const visit_guard&) = delete;
    ~visit_guard() { --running_; }

private:
    std::atomic<int>& running_;
};

// Runs `call`; returns what is wrong with its outcome, or an empty string.
std::string run_throwing_call(const throwing_call& call,
                              const parray::ndarray<std::int64_t>& elements) {
    std::atomic<int> running{0};
    std::atomic<std::size_t> visited{0};
    const auto caller_id = std::this_thread::get_id();
    std::atomic<int> lingered{0};
    const auto linger = [&] {
        if (call.slow_helpers && std::this_thread::get_id() != caller_id &&
            lingered.fetch_add(1) < 2) {
            std::this_thread::sleep_for(std::chrono::microseconds(300));
        }
    };
    const auto visit = [&](std::int64_t x) {
        const visit_guard guard(running);
        linger();
        const auto e = static_cast<std::size_t>(x);
        if (call.throws_at[e]) {
            throw_at(call, e);
        }
        visited.fetch_add(1, std::memory_order_relaxed);
        return x;
    };
    const auto view = xt::view(elements, xt::range(0, static_cast<std::ptrdiff_t>(call.n)));
    const parray::ndarray<std::int64_t> a = view;
    const std::int64_t expected_sum =
        static_cast<std::int64_t>(call.n) * static_cast<std::int64_t>(call.n - 1) / 2;
    std::string outcome; // what the call returned, when it did
    std::string thrown;  // the message of what it threw
    int thrown_type = -1;
    try {
        switch (call.algorithm) {
        case 0:
            parray::parallel_for(std::int64_t{0}, static_cast<std::int64_t>(call.n), visit,
                                 call.opts);
            if (visited.load() != call.n) {
                outcome = "parallel_for visited " + std::to_string(visited.load()) + " elements";
            }
            break;
        case 1:
            if (!bool(parray::parallel_map(a, visit, call.opts) == a)) {
                outcome = "parallel_map gave a wrong array";
            }
            break;
        case 2:
            if (parray::parallel_transform_reduce(a, std::int64_t{0}, std::plus<>(), visit,
                                                  call.opts) != expected_sum) {
                outcome = "parallel_transform_reduce gave a wrong sum";
            }
            break;
        case 3: {
            const auto sums = parray::parallel_map_chunks(
                a,
                [&](const auto& chunk) {
                    const visit_guard guard(running);
                    linger();
                    std::int64_t sum = 0;
                    for (const std::int64_t x : chunk) {
                        if (call.throws_at[static_cast<std::size_t>(x)]) {
                            throw_at(call, static_cast<std::size_t>(x));
                        }
                        sum += x;
                    }
                    return sum;
                },
                call.opts);
            if (std::accumulate(sums.begin(), sums.end(), std::int64_t{0}) != expected_sum) {
                outcome = "parallel_map_chunks gave wrong sums";
            }
            break;
        }
        default: {
            const tagged_sum total = parray::parallel_reduce(
                a, tagged_sum(0, false),
                [&](const tagged_sum& x, const tagged_sum& y) {
                    const visit_guard guard(running);
                    linger();
                    // (Bounds checked: a broken pool could pass anything here.)
                    if (y.single && y.sum >= 0 && static_cast<std::size_t>(y.sum) < call.n &&
                        call.throws_at[static_cast<std::size_t>(y.sum)]) {
                        throw_at(call, static_cast<std::size_t>(y.sum));
                    }
                    return tagged_sum(x.sum + y.sum, false);
                },
                call.opts);
            if (total.sum != expected_sum) {
                outcome = "parallel_reduce gave a wrong sum";
            }
            break;
        }
        }
    } catch (const std::runtime_error& e) {
        thrown_type = 0;
        thrown = e.what();
    } catch (const std::out_of_range& e) {
        thrown_type = 1;
        thrown = e.what();
    } catch (const stress_failure& e) {
        thrown_type = 2;
        thrown = e.message;
    } catch (const int& e) {
        thrown_type = 3;
        thrown = call.prefix + std::to_string(e);
    } catch (...) {
        return "an exception of an unexpected type";
    }
    if (running.load() != 0) {
        return std::to_string(running.load()) + " visits still running when the call returned";
    }
    if (call.throwing == 0) {
        if (thrown_type >= 0) {
            return "threw \"" + thrown + "\" where nothing throws";
        }
        return outcome;
    }
    if (thrown_type < 0) {
        return "returned (" + (outcome.empty() ? "result right" : outcome) +
               ") where an exception was due";
    }
    if (thrown_type != call.exception_type) {
        return "threw type " + std::to_string(thrown_type) + " where type " +
               std::to_string(call.exception_type) + " was thrown";
    }
    // The message must be one the call's own elements throw.
    if (thrown.compare(0, call.prefix.size(), call.prefix) != 0) {
        return "threw another call's exception: \"" + thrown + "\"";
    }
    const std::string number = thrown.substr(call.prefix.size());
    const std::size_t element = std::strtoull(number.c_str(), nullptr, 10);
    if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos ||
        element >= call.n || !call.throws_at[element]) {
        return "threw \"" + thrown + "\", which no element of the call throws";
    }
    return {};
}

} // namespace

// 2 callers make 10^4 calls in all (scale 1), most throwing from 1 to 3 random chunks or from
// every chunk, with the algorithm, the chunking, the exception type and the throwing elements
// drawn from seeded generators; 2 other callers make calls that do not throw, on the same pool of
// 3, all along. Each exception must reach its own caller, with its type and one of its own
// messages, after every chunk of the call has stopped; no other call may notice.
TEST_CASE("exceptions from random chunks of 10^4 calls reach their callers and disturb no one",
          "[stress][exceptions]") {
    const watchdog guard("exceptions from random chunks of 10^4 calls reach their callers");
    constexpr std::size_t throwing_callers = 2;
    constexpr std::size_t clean_callers = 2;
    const std::size_t calls_per_thrower = (scaled(10000) + throwing_callers - 1) / throwing_callers;
    parray::thread_pool pool(3);
    const parray::ndarray<std::int64_t> elements = int_range(5000, 1, 0);
    const parray::ndarray<std::int64_t> large = int_range(100000, 5, -7);
    const std::int64_t large_sum = std::accumulate(large.begin(), large.end(), std::int64_t{0});
    const parray::ndarray<std::int64_t> mid = int_range(5000, 3, 1);
    const parray::ndarray<std::int64_t> mid_mapped = mid * mid;
    const affine mid_fold = serial_affine_fold(mid);

    failure_log log;
    std::atomic<std::size_t> throwers_done{0};
    std::atomic<std::size_t> thrown_calls{0};
    std::atomic<std::size_t> clean_calls{0};
    run_on_threads(throwing_callers + clean_callers, log, [&](std::size_t t) {
        if (t < throwing_callers) {
            const scope_exit done([&] { throwers_done.fetch_add(1); });
            std::mt19937 rng(static_cast<std::uint32_t>(20240 + t));
            for (std::size_t i = 0; i < calls_per_thrower; ++i) {
                const std::string prefix =
                    "call " + std::to_string(t) + "." + std::to_string(i) + " threw at ";
                const throwing_call call = draw_throwing_call(rng, pool, prefix);
                const std::string wrong = run_throwing_call(call, elements);
                if (!wrong.empty()) {
                    log.add("caller " + std::to_string(t) + ", call " + std::to_string(i) +
                            " (algorithm " + std::to_string(call.algorithm) + ", n " +
                            std::to_string(call.n) + ", chunk_size " +
                            std::to_string(call.opts.chunk_size()) + ", num_chunks " +
                            std::to_string(call.opts.num_chunks()) + "): " + wrong);
                }
                if (call.throwing > 0) {
                    thrown_calls.fetch_add(1);
                }
            }
            return;
        }
        // A caller that never throws, until the throwers are done (and 20 calls at least).
        const parray::options on_pool = parray::options{}.pool(pool);
        std::size_t i = 0;
        for (; throwers_done.load() < throwing_callers || i < 20; ++i) {
            bool ok = true;
            switch (i % 3) {
            case 0:
                ok = parray::parallel_sum(large, on_pool) == large_sum;
                break;
            case 1:
                ok = bool(parray::parallel_map(
                              mid, [](std::int64_t x) { return x * x; },
                              parray::options(on_pool).chunk_size(50)) == mid_mapped);
                break;
            default:
                ok = parray::parallel_transform_reduce(mid, affine{}, compose, affine_of,
                                                       parray::options(on_pool).num_chunks(7)) ==
                     mid_fold;
                break;
            }
            if (!ok) {
                log.add("clean caller " + std::to_string(t) + ", call " + std::to_string(i) +
                        " gave a wrong result");
            }
        }
        clean_calls.fetch_add(i);
    });
    INFO(log.report());
    REQUIRE(log.count() == 0);
    // About 7 in 8 calls throw; the generators are seeded, so this is the same every run.
    REQUIRE(thrown_calls.load() > throwing_callers * calls_per_thrower / 2);
    REQUIRE(clean_calls.load() >= clean_callers * 20);
    // The pool ends idle: no worker is left busy, on a call that is gone, say.
    const auto idle_cpu = cpu_time_while_sleeping(std::chrono::milliseconds(500));
    INFO("CPU time used while the pool sat idle for 0.5 s: " << idle_cpu.count() << " us");
    REQUIRE(idle_cpu.count() < 25000);
    failure_log after;
    check_pool_idle_and_usable(pool, after);
    INFO(after.report());
    REQUIRE(after.count() == 0);
}

// ---------------------------------------------------------------------------------------------
// Pools made and destroyed

// 10^3 pools (scale 1) of 1 to 4 threads, made by 2 threads at once. Each runs a call and a task;
// some tasks' futures go to a third thread that holds them while the pool is destroyed and only
// then reads them, some tasks throw, some are slow, some futures are dropped. The destructor runs
// every task first, so every future is ready once its pool is gone.
TEST_CASE("10^3 pools are made used and destroyed while other threads hold their futures",
          "[stress][thread_pool]") {
    const watchdog guard("10^3 pools are made used and destroyed");
    constexpr std::size_t makers = 2;
    const std::size_t pools_per_maker = (scaled(1000) + makers - 1) / makers;
    const parray::ndarray<std::int64_t> a = int_range(1000, 1, 0);

    // Futures handed to the holder, with what they should give.
    struct held_future {
        std::future<std::int64_t> future;
        std::int64_t expected;
        bool throws;
        std::shared_ptr<std::atomic<bool>> pool_gone;
    };
    std::mutex held_mutex;
    std::condition_variable held_changed;
    std::deque<held_future> held;
    bool makers_done = false;
    std::atomic<std::size_t> dropped_ran{0};
    std::atomic<std::size_t> dropped_submitted{0};
    std::atomic<std::size_t> held_checked{0};
    std::atomic<std::size_t> held_submitted{0};
    std::atomic<std::size_t> pools_made{0};
    std::atomic<std::size_t> makers_finished{0};

    failure_log log;
    run_on_threads(makers + 1, log, [&](std::size_t t) {
        if (t == makers) {
            // The holder: takes futures in batches, so that many pools are gone by the time it
            // reads them and some are not.
            std::vector<held_future> batch;
            for (;;) {
                {
                    std::unique_lock<std::mutex> lock(held_mutex);
                    held_changed.wait(lock, [&] { return makers_done || held.size() >= 16; });
                    if (held.empty() && makers_done) {
                        return;
                    }
                    while (!held.empty()) {
                        batch.push_back(std::move(held.front()));
                        held.pop_front();
                    }
                }
                for (held_future& item : batch) {
                    const bool gone = item.pool_gone->load();
                    const auto status = item.future.wait_for(gone ? std::chrono::seconds(0)
                                                                  : std::chrono::seconds(60));
                    if (status != std::future_status::ready) {
                        log.add(gone ? "a future was not ready after its pool was destroyed"
                                     : "a held future was not ready after 60 s");
                        continue;
                    }
                    try {
                        const std::int64_t value = item.future.get();
                        if (item.throws || value != item.expected) {
                            log.add("a held future gave " + std::to_string(value));
                        }
                    } catch (const std::runtime_error& e) {
                        if (!item.throws ||
                            std::string(e.what()) != "task " + std::to_string(item.expected)) {
                            log.add(std::string("a held future threw ") + e.what());
                        }
                    } catch (const std::exception& e) { // std::future_error: a task never ran
                        log.add(std::string("a held future threw ") + e.what());
                    }
                    held_checked.fetch_add(1);
                }
                batch.clear();
            }
        }
        // The last maker out tells the holder.
        const scope_exit done([&] {
            if (makers_finished.fetch_add(1) + 1 == makers) {
                {
                    std::lock_guard<std::mutex> lock(held_mutex);
                    makers_done = true;
                }
                held_changed.notify_one();
            }
        });
        for (std::size_t i = 0; i < pools_per_maker; ++i) {
            const std::size_t id = t * pools_per_maker + i;
            const auto value = static_cast<std::int64_t>(id);
            const auto pool_gone = std::make_shared<std::atomic<bool>>(false);
            std::future<std::int64_t> kept;
            {
                parray::thread_pool pool(1 + id / 4 % 4); // every size meets every case
                pools_made.fetch_add(1);
                const std::int64_t sum =
                    parray::parallel_sum(a, parray::options{}.pool(pool).chunk_size(100));
                if (sum != 999 * 1000 / 2) {
                    log.add("pool " + std::to_string(id) + ": a call gave " + std::to_string(sum));
                }
                switch (id % 4) {
                case 0: // read before the pool goes
                    if (pool.submit([value] { return value * 3; }).get() != value * 3) {
                        log.add("pool " + std::to_string(id) + ": a task gave a wrong result");
                    }
                    break;
                case 1: { // held elsewhere while the pool goes
                    std::lock_guard<std::mutex> lock(held_mutex);
                    held.push_back(
                        {pool.submit([value] { return value * 3; }), value * 3, false, pool_gone});
                    held_submitted.fetch_add(1);
                    break;
                }
                case 2: { // slow tasks, one kept here, others' futures dropped
                    for (int k = 0; k < 3; ++k) {
                        dropped_submitted.fetch_add(1);
                        (void)pool.submit([&dropped_ran] {
                            std::this_thread::sleep_for(std::chrono::microseconds(200));
                            dropped_ran.fetch_add(1);
                        });
                    }
                    kept = pool.submit([value] {
                        std::this_thread::sleep_for(std::chrono::microseconds(300));
                        return value * 3;
                    });
                    break;
                }
                default: { // a task that throws, held elsewhere
                    std::lock_guard<std::mutex> lock(held_mutex);
                    held.push_back({pool.submit([value]() -> std::int64_t {
                                        throw std::runtime_error("task " + std::to_string(value));
                                    }),
                                    value, true, pool_gone});
                    held_submitted.fetch_add(1);
                    break;
                }
                }
            }
            pool_gone->store(true);
            held_changed.notify_one();
            if (kept.valid()) {
                // The destructor ran the slow task: its result is there at once.
                if (kept.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
                    log.add("pool " + std::to_string(id) +
                            ": a task was not done when its pool's destructor returned");
                } else {
                    try {
                        if (kept.get() != value * 3) {
                            log.add("pool " + std::to_string(id) +
                                    ": a slow task gave a wrong result");
                        }
                    } catch (const std::exception& e) {
                        log.add("pool " + std::to_string(id) + ": a slow task's future threw " +
                                e.what());
                    }
                }
            }
        }
    });
    INFO(log.report());
    REQUIRE(log.count() == 0);
    REQUIRE(pools_made.load() == makers * pools_per_maker);
    REQUIRE(held_checked.load() == held_submitted.load());
    REQUIRE(held_submitted.load() > 0);
    REQUIRE(dropped_ran.load() == dropped_submitted.load());
}

// ---------------------------------------------------------------------------------------------
// Oversubscription

// 4 pools of hardware_concurrency() threads each, used at once by 4 threads that each go from
// pool to pool, 100 times (scale 1): 4 x (N + 1) threads on N cores.
TEST_CASE("4 pools of one thread per CPU used at once from 4 threads all finish correctly",
          "[stress][oversubscription]") {
    const watchdog guard("4 pools of one thread per CPU used at once from 4 threads");
    const std::size_t cpus = std::max(1u, std::thread::hardware_concurrency());
    constexpr std::size_t pool_count = 4;
    const std::size_t repeats = scaled(100);
    std::vector<std::unique_ptr<parray::thread_pool>> pools;
    for (std::size_t i = 0; i < pool_count; ++i) {
        pools.push_back(std::make_unique<parray::thread_pool>(cpus));
    }
    const parray::ndarray<std::int64_t> ints = int_range(200000, 3, -100);
    const std::int64_t int_sum = std::accumulate(ints.begin(), ints.end(), std::int64_t{0});
    const parray::ndarray<double> doubles = parray::random::RandomState(5).random_sample({200000});
    // x * 4 is exact, so the result is the same with or without a fused multiply-add.
    const parray::ndarray<double> doubles_mapped = doubles * 4.0 - 1.0;
    constexpr std::size_t indices = 20;

    failure_log log;
    std::atomic<std::size_t> rounds{0};
    run_on_threads(pool_count, log, [&](std::size_t t) {
        for (std::size_t repeat = 0; repeat < repeats; ++repeat) {
            parray::thread_pool& pool = *pools[(t + repeat) % pool_count];
            const parray::options on_pool = parray::options{}.pool(pool);
            const std::string where =
                "thread " + std::to_string(t) + ", repeat " + std::to_string(repeat) + ": ";
            if (parray::parallel_sum(ints, on_pool) != int_sum) {
                log.add(where + "parallel_sum gave a wrong sum");
            }
            if (parray::parallel_reduce(ints, std::int64_t{0}, std::plus<>(),
                                        parray::options(on_pool).num_chunks(4 * cpus + 1)) !=
                int_sum) {
                log.add(where + "parallel_reduce gave a wrong sum");
            }
            const auto mapped = parray::parallel_map(
                doubles, [](double x) { return x * 4.0 - 1.0; },
                parray::options(on_pool).chunk_size(10000));
            if (!bool(mapped == doubles_mapped)) {
                log.add(where + "parallel_map gave a wrong array");
            }
            std::vector<std::atomic<int>> hits(indices);
            parray::parallel_for(
                std::size_t{0}, indices, [&](std::size_t i) { hits[i].fetch_add(1); },
                parray::options(on_pool).chunk_size(1));
            if (!std::all_of(hits.begin(), hits.end(), [](const auto& h) { return h == 1; })) {
                log.add(where + "parallel_for did not visit every index once");
            }
            rounds.fetch_add(1);
        }
    });
    INFO(log.report());
    REQUIRE(log.count() == 0);
    REQUIRE(rounds.load() == pool_count * repeats);
    for (auto& pool : pools) {
        failure_log after;
        check_pool_idle_and_usable(*pool, after);
        INFO(after.report());
        REQUIRE(after.count() == 0);
    }
}

// ---------------------------------------------------------------------------------------------
// Idleness

// Not scaled: one second of idleness is what is measured.
TEST_CASE("an idle pool of 8 burns under 50 ms of CPU in 1 s", "[stress][idle]") {
    const watchdog guard("an idle pool of 8 burns under 50 ms of CPU in 1 s");
    parray::thread_pool pool(8);
    // Warm up: calls that use every worker, and tasks.
    const parray::ndarray<std::int64_t> a = int_range(100000, 1, 0);
    for (int i = 0; i < 20; ++i) {
        REQUIRE(parray::parallel_sum(a, parray::options{}.pool(pool).num_chunks(64)) ==
                std::int64_t{99999} * 100000 / 2);
    }
    std::vector<std::future<int>> tasks;
    for (int i = 0; i < 32; ++i) {
        tasks.push_back(pool.submit([i] { return i; }));
    }
    for (int i = 0; i < 32; ++i) {
        REQUIRE(tasks[static_cast<std::size_t>(i)].get() == i);
    }
    const auto used = cpu_time_while_sleeping(std::chrono::seconds(1));
    INFO("CPU time used by the process while the pool was idle for 1 s: " << used.count() << " us");
    REQUIRE(used.count() < 50000);
    // And it wakes up.
    failure_log after;
    check_pool_idle_and_usable(pool, after);
    INFO(after.report());
    REQUIRE(after.count() == 0);
}
