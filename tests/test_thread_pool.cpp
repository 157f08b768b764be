// SPDX-License-Identifier: BSD-3-Clause
#include <parray/thread_pool.hpp>

#include <catch2/catch.hpp>

#include "test_helpers.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <future>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using parray_test::process_cpu_time;

} // namespace

TEST_CASE("thread_pool starts the number of workers asked for", "[thread_pool]") {
    const std::size_t n = GENERATE(1, 2, 3, 8);
    parray::thread_pool pool(n);
    REQUIRE(pool.size() == n);
}

TEST_CASE("thread_pool() starts one worker per CPU the process may use", "[thread_pool]") {
    parray::thread_pool pool;
    REQUIRE(pool.size() == parray::detail::available_cpus());
    REQUIRE(pool.size() >= 1);
    REQUIRE(pool.size() <= std::max(1u, std::thread::hardware_concurrency()));
}

// ctest also runs this case under `taskset -c 0` with PARRAY_EXPECT_CPUS=1 (tests/CMakeLists.txt).
TEST_CASE("the default sizes follow the CPU affinity mask", "[thread_pool][affinity]") {
    const std::size_t cpus = parray::detail::available_cpus();
    if (const char* expected = std::getenv("PARRAY_EXPECT_CPUS")) {
        REQUIRE(cpus == parray::detail::parse_num_threads(expected));
    }
    REQUIRE(parray::thread_pool().size() == cpus);
    if (std::getenv("PARRAY_NUM_THREADS") == nullptr) {
        REQUIRE(parray::default_pool().size() == cpus);
    }
}

TEST_CASE("cgroup CPU quotas round up to whole CPUs", "[thread_pool][affinity]") {
    using parray::detail::parse_cgroup_cpu_max;
    using parray::detail::quota_cpus;
    REQUIRE(parse_cgroup_cpu_max("max 100000\n") == 0);
    REQUIRE(parse_cgroup_cpu_max("100000 100000\n") == 1);
    REQUIRE(parse_cgroup_cpu_max("150000 100000\n") == 2);
    REQUIRE(parse_cgroup_cpu_max("50000 100000") == 1);
    REQUIRE(parse_cgroup_cpu_max("800000 100000") == 8);
    REQUIRE(parse_cgroup_cpu_max("") == 0);
    REQUIRE(parse_cgroup_cpu_max("garbage") == 0);
    REQUIRE(parse_cgroup_cpu_max("12x 100000") == 0);
    REQUIRE(quota_cpus(-1, 100000) == 0); // cgroup v1: no limit
    REQUIRE(quota_cpus(250000, 100000) == 3);
    REQUIRE(quota_cpus(100000, 0) == 0);
}

TEST_CASE("thread_pool(0) throws invalid_argument", "[thread_pool]") {
    REQUIRE_THROWS_AS(parray::thread_pool(0), std::invalid_argument);
}

TEST_CASE("submit returns a future of the result and forwards arguments", "[thread_pool]") {
    parray::thread_pool pool(2);
    auto sum = pool.submit([](int a, int b) { return a + b; }, 40, 2);
    auto text = pool.submit([](const std::string& s) { return s + "!"; }, std::string("hi"));
    auto nothing = pool.submit([] {});
    REQUIRE(sum.get() == 42);
    REQUIRE(text.get() == "hi!");
    nothing.get();
}

TEST_CASE("submit accepts move-only callables and arguments", "[thread_pool]") {
    parray::thread_pool pool(2);
    auto owned = std::make_unique<int>(7);
    auto result = pool.submit([p = std::move(owned)](std::unique_ptr<int> q) { return *p * *q; },
                              std::make_unique<int>(6));
    REQUIRE(result.get() == 42);
}

TEST_CASE("an exception thrown by a task reaches its future and the pool stays usable",
          "[thread_pool]") {
    parray::thread_pool pool(2);
    auto failing = pool.submit([]() -> int { throw std::runtime_error("task failed"); });
    REQUIRE_THROWS_WITH(failing.get(), "task failed");
    REQUIRE(pool.submit([] { return 5; }).get() == 5);
}

TEST_CASE("every submitted task runs exactly once", "[thread_pool]") {
    const std::size_t n = GENERATE(1, 3, 8);
    parray::thread_pool pool(n);
    constexpr int tasks = 10000;
    std::vector<std::atomic<int>> runs(tasks);
    std::vector<std::future<void>> futures;
    futures.reserve(tasks);
    for (int i = 0; i < tasks; ++i) {
        futures.push_back(pool.submit([&runs, i] { runs[i].fetch_add(1); }));
    }
    for (auto& f : futures) {
        f.get();
    }
    for (const auto& r : runs) {
        REQUIRE(r.load() == 1);
    }
}

TEST_CASE("tasks of one submitter start in submission order on a pool of one", "[thread_pool]") {
    parray::thread_pool pool(1);
    std::vector<int> order;
    std::mutex order_mutex;
    std::vector<std::future<void>> futures;
    for (int i = 0; i < 100; ++i) {
        futures.push_back(pool.submit([&, i] {
            std::lock_guard<std::mutex> lock(order_mutex);
            order.push_back(i);
        }));
    }
    for (auto& f : futures) {
        f.get();
    }
    REQUIRE(order.size() == 100);
    for (int i = 0; i < 100; ++i) {
        REQUIRE(order[i] == i);
    }
}

TEST_CASE("several threads can submit to one pool at once", "[thread_pool]") {
    parray::thread_pool pool(3);
    std::atomic<long> total{0};
    std::vector<std::thread> submitters;
    for (int t = 0; t < 4; ++t) {
        submitters.emplace_back([&] {
            std::vector<std::future<void>> futures;
            for (int i = 1; i <= 1000; ++i) {
                futures.push_back(pool.submit([&total, i] { total.fetch_add(i); }));
            }
            for (auto& f : futures) {
                f.get();
            }
        });
    }
    for (auto& s : submitters) {
        s.join();
    }
    REQUIRE(total.load() == 4 * 500500);
}

TEST_CASE("the destructor runs every task submitted before it", "[thread_pool]") {
    std::atomic<int> done{0};
    {
        parray::thread_pool pool(2);
        for (int i = 0; i < 200; ++i) {
            // Discarded futures: the destructor, not get(), must wait for these.
            (void)pool.submit([&done] {
                std::this_thread::sleep_for(std::chrono::microseconds(50));
                done.fetch_add(1);
            });
        }
    }
    REQUIRE(done.load() == 200);
}

TEST_CASE("a task that submits to its own pool and waits does not deadlock a pool of one",
          "[thread_pool]") {
    parray::thread_pool pool(1);
    auto outer = pool.submit([&pool] {
        auto inner = pool.submit([] { return 20; });
        return inner.get() + 22;
    });
    REQUIRE(outer.wait_for(std::chrono::seconds(30)) == std::future_status::ready);
    REQUIRE(outer.get() == 42);
}

TEST_CASE("tasks waiting for the tasks they submit never deadlock, nested, on small pools",
          "[thread_pool]") {
    const std::size_t threads = GENERATE(1, 2, 3);
    parray::thread_pool pool(threads);
    // fib(n) = fib(n - 1) + fib(n - 2), each term a task waiting for two tasks it submitted:
    // a few hundred tasks blocked in get() at once, on a pool of one to three workers.
    struct fibonacci {
        parray::thread_pool& pool;
        long operator()(int n) const {
            if (n < 2) {
                return n;
            }
            auto a = pool.submit(*this, n - 1);
            auto b = pool.submit(*this, n - 2);
            return a.get() + b.get();
        }
    };
    auto answer = pool.submit(fibonacci{pool}, 14);
    REQUIRE(answer.wait_for(std::chrono::seconds(60)) == std::future_status::ready);
    REQUIRE(answer.get() == 377);
}

TEST_CASE("a chain of 10^6 tasks, each submitting the next, keeps the stack flat",
          "[thread_pool]") {
    const std::size_t threads = GENERATE(1, 2);
    parray::thread_pool pool(threads);
    constexpr long length = 1000000;
    struct chain {
        parray::thread_pool* pool;
        std::atomic<long>* remaining;
        std::atomic<std::uintptr_t>* deepest; // lowest stack address seen, on any worker
        std::promise<void>* done;
        void operator()() const {
            const char here = 0;
            const auto address = reinterpret_cast<std::uintptr_t>(&here);
            std::uintptr_t seen = deepest->load();
            while (address < seen && !deepest->compare_exchange_weak(seen, address)) {
            }
            if (remaining->fetch_sub(1) == 1) {
                done->set_value();
                return;
            }
            (void)pool->submit(*this); // not waited for: the worker runs it next
        }
    };
    std::atomic<long> remaining{length};
    std::atomic<std::uintptr_t> deepest{UINTPTR_MAX};
    std::promise<void> done;
    auto finished = done.get_future();
    auto first = pool.submit(chain{&pool, &remaining, &deepest, &done});
    first.get();
    const std::uintptr_t after_first = deepest.load();
    REQUIRE(finished.wait_for(std::chrono::seconds(300)) == std::future_status::ready);
    REQUIRE(remaining.load() == 0);
    // Run inline, each task would sit a frame or more below the last: 10^6 frames, far past
    // any stack (the SIGSEGV of issue 15). Queued, every one starts where the first did (or
    // where another worker's first did: the bound allows for a second stack's placement only
    // when there is a second worker).
    if (threads == 1) {
        REQUIRE(after_first - deepest.load() < 4096);
    }
}

TEST_CASE("tasks submitted by a task run at the same time on free workers", "[thread_pool]") {
    parray::thread_pool pool(2);
    // Each of the two waits (at most 60 s) for the other to start: run one after the other,
    // as when submit ran them inline, the first would wait out its whole minute.
    std::atomic<int> started{0};
    const auto meet = [&started] {
        started.fetch_add(1);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (started.load() < 2 && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        return started.load() == 2;
    };
    auto outer = pool.submit([&] {
        auto first = pool.submit(meet);
        auto second = pool.submit(meet);
        return first.get() && second.get();
    });
    REQUIRE(outer.get());
}

TEST_CASE("submit's task_future converts to std::future and shares", "[thread_pool]") {
    parray::thread_pool pool(2);
    std::future<int> plain = pool.submit([] { return 7; });
    REQUIRE(plain.get() == 7);
    auto shared = pool.submit([] { return 8; }).share();
    REQUIRE(shared.get() == 8);
    REQUIRE(shared.get() == 8);
    parray::task_future<int> kept = pool.submit([] { return 9; });
    REQUIRE(kept.valid());
    kept.wait();
    REQUIRE(kept.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    REQUIRE(kept.get() == 9);
    REQUIRE_FALSE(kept.valid());
    parray::task_future<int> empty;
    REQUIRE_FALSE(empty.valid());
    REQUIRE_THROWS_AS(empty.get(), std::future_error);
}

TEST_CASE("an idle pool burns no CPU", "[thread_pool]") {
    parray::thread_pool pool(4);
    // Wake every worker once, then let them go idle.
    std::vector<std::future<void>> futures;
    for (int i = 0; i < 16; ++i) {
        futures.push_back(pool.submit([] {}));
    }
    for (auto& f : futures) {
        f.get();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const auto before = process_cpu_time();
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const auto used = process_cpu_time() - before;
    // Four busy-waiting workers would use about 2 s here; sleeping ones use next to nothing.
    // The bound is loose so that a noisy machine cannot fail it.
    REQUIRE(used < std::chrono::milliseconds(100));
}

TEST_CASE("default_pool is one process-wide pool", "[thread_pool][default_pool]") {
    parray::thread_pool& a = parray::default_pool();
    parray::thread_pool& b = parray::default_pool();
    REQUIRE(&a == &b);
    REQUIRE(a.size() >= 1);
    REQUIRE(a.submit([] { return 3; }).get() == 3);
}

TEST_CASE("PARRAY_NUM_THREADS accepts positive whole numbers only", "[thread_pool][default_pool]") {
    using parray::detail::parse_num_threads;
    REQUIRE(parse_num_threads("1") == 1);
    REQUIRE(parse_num_threads("16") == 16);
    REQUIRE(parse_num_threads("4096") == 4096);
    for (const char* bad : {"", "0", "-1", "-3", "+2", "99999999999999999999", " 4", "4 ", "4x",
                            "2.5", "four", "4097", "99999999999999999999999"}) {
        INFO("PARRAY_NUM_THREADS=\"" << bad << "\"");
        REQUIRE_THROWS_AS(parse_num_threads(bad), std::invalid_argument);
    }
    REQUIRE_THROWS_WITH(parse_num_threads("abc"),
                        Catch::Contains("PARRAY_NUM_THREADS") && Catch::Contains("\"abc\""));
}

// ctest also runs this case with PARRAY_NUM_THREADS set to "3" and to "lots"
// (tests/CMakeLists.txt): the default pool is made once per process, so each setting needs its own
// process.
TEST_CASE("default_pool follows PARRAY_NUM_THREADS", "[thread_pool][default_pool_environment]") {
    const char* value = std::getenv("PARRAY_NUM_THREADS");
    if (value == nullptr) {
        REQUIRE(parray::default_pool().size() == parray::detail::available_cpus());
    } else if (std::string(value) == "lots") {
        REQUIRE_THROWS_WITH(parray::default_pool(),
                            Catch::Contains("PARRAY_NUM_THREADS") && Catch::Contains("lots"));
        // A failed construction leaves nothing made: the next call tries (and fails) again.
        REQUIRE_THROWS_AS(parray::default_pool(), std::invalid_argument);
    } else {
        REQUIRE(parray::default_pool().size() == parray::detail::parse_num_threads(value));
    }
}

TEST_CASE("a job's lanes hand out every chunk exactly once", "[thread_pool][job]") {
    const std::size_t chunks = GENERATE(0, 1, 2, 7, 64, 1000);
    const std::size_t lanes = GENERATE(1, 2, 3, 5, 32, 40);
    std::vector<std::atomic<int>> runs(chunks);
    struct context_type {
        std::vector<std::atomic<int>>* runs;
    } context{&runs};
    parray::detail::job job(
        chunks,
        [](void* opaque, std::size_t index) {
            static_cast<context_type*>(opaque)->runs->at(index).fetch_add(1);
        },
        &context);
    job.split_into_lanes(lanes);
    REQUIRE(job.num_lanes() ==
            std::max<std::size_t>(1, std::min({lanes, chunks, std::size_t{32}})));
    // Threads start on different lanes (and some on the same one), as pool workers do.
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 4; ++t) {
        threads.emplace_back([&job, t, lanes] { job.work(nullptr, t * lanes / 3); });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (std::size_t i = 0; i < chunks; ++i) {
        INFO("chunk " << i);
        REQUIRE(runs[i].load() == 1);
    }
    REQUIRE_FALSE(job.has_unclaimed_chunks());
}

TEST_CASE("a task may destroy its own pool", "[thread_pool]") {
    // The destructor then runs on one of the pool's own workers: that worker is let go instead
    // of joined (joining itself would throw from the destructor: std::terminate), and it
    // touches nothing of the pool once the task returns (ASan and TSan watch that).
    const std::size_t size = GENERATE(1, 2, 3);
    auto* pool = new parray::thread_pool(size);
    std::atomic<int> ran{0};
    auto first = pool->submit([&ran] { ran.fetch_add(1); });
    auto destroying = pool->submit([pool] {
        delete pool;
        return 7;
    });
    first.get();
    REQUIRE(destroying.get() == 7);
    REQUIRE(ran.load() == 1);
}

TEST_CASE("an exception in one lane stops the chunks of every lane", "[thread_pool][job]") {
    std::atomic<int> runs{0};
    parray::detail::job job(
        100,
        [](void* opaque, std::size_t index) {
            static_cast<std::atomic<int>*>(opaque)->fetch_add(1);
            if (index == 60) {
                throw std::runtime_error("chunk 60");
            }
        },
        &runs);
    job.split_into_lanes(4); // lanes start at chunks 0, 25, 50 and 75
    job.work(nullptr, 2);    // runs 50..60, then stops
    REQUIRE(runs.load() == 11);
    REQUIRE_FALSE(job.has_unclaimed_chunks());
    job.work(nullptr, 0); // a thread arriving late finds nothing to run
    REQUIRE(runs.load() == 11);
    REQUIRE_THROWS_WITH(job.finish(nullptr), "chunk 60");
}
