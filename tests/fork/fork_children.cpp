// SPDX-License-Identifier: BSD-3-Clause
// fork() while parray's pools are idle or busy (issue 15, item 1). The parent forks 300 children
// in a row, each guarded by a timeout; for the last 200 two of its threads keep making parallel
// calls on the default pool and on an explicit one while it forks. Every child makes parallel
// calls and submit().get() on both pools, checks the answers and exits; none may hang. The
// parent's own calls go on giving the right answers throughout.
#include <parray/parallel.hpp>

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <thread>
#include <vector>

namespace {

// PARRAY_FORK_CHILDREN=N forks N instead: the sanitizer presets ask for fewer (a child under
// ASan or TSan costs about 0.2 s), and a third of them are always forked with the pools idle.
constexpr int default_children = 300;
constexpr auto child_time_limit = std::chrono::seconds(60);

// What a child and the parent's busy threads both compute; true when every answer is right.
bool calls_are_right(parray::thread_pool& explicit_pool) {
    std::vector<double> values(100000);
    std::iota(values.begin(), values.end(), 0.0);
    auto a = parray::ndarray<double>::from_shape({values.size()});
    std::copy(values.begin(), values.end(), a.begin());
    const double expected = 100000.0 * 99999.0 / 2.0;
    bool right = parray::parallel_sum(a) == expected;
    right = right && parray::parallel_sum(a, parray::options{}.pool(explicit_pool)) == expected;

    std::atomic<long> visited{0};
    parray::parallel_for(
        0, 10000, [&](int) { visited.fetch_add(1, std::memory_order_relaxed); },
        parray::options{}.pool(explicit_pool).num_chunks(16));
    right = right && visited.load() == 10000;

    right = right && parray::default_pool().submit([] { return 6 * 7; }).get() == 42;
    right = right && explicit_pool.submit([] { return 7 * 6; }).get() == 42;
    return right;
}

// Waits for the child, killing it once it has run past the limit: 0 when it exited with 0.
int wait_for_child(pid_t child) {
    const auto deadline = std::chrono::steady_clock::now() + child_time_limit;
    for (;;) {
        int status = 0;
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child) {
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
}

} // namespace

int main() {
    const char* const requested = std::getenv("PARRAY_FORK_CHILDREN");
    const int children = requested != nullptr ? std::atoi(requested) : default_children;
    const int idle_children = children / 3; // forked before the parent's threads start calling
    if (children < 3) {
        std::printf("WRONG: PARRAY_FORK_CHILDREN must be at least 3\n");
        return 1;
    }
    parray::thread_pool explicit_pool(3);
    if (!calls_are_right(explicit_pool)) { // both pools started before any fork
        std::printf("WRONG before fork\n");
        return 1;
    }
    std::atomic<bool> busy{false};
    std::atomic<bool> stop{false};
    std::atomic<long> parent_calls{0};
    std::atomic<bool> parent_wrong{false};
    std::vector<std::thread> callers;
    for (int t = 0; t < 2; ++t) {
        callers.emplace_back([&] {
            while (!stop.load()) {
                if (!busy.load()) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    continue;
                }
                if (!calls_are_right(explicit_pool)) {
                    parent_wrong.store(true);
                }
                parent_calls.fetch_add(1);
            }
        });
    }

    int hung = 0;
    int failed = 0;
    for (int i = 0; i < children; ++i) {
        busy.store(i >= idle_children);
        const pid_t child = ::fork();
        if (child < 0) {
            std::perror("fork");
            return 1;
        }
        if (child == 0) {
            ::_exit(calls_are_right(explicit_pool) ? 0 : 1);
        }
        const int status = wait_for_child(child);
        hung += status == -1 ? 1 : 0;
        failed += status != 0 && status != -1 ? 1 : 0;
    }
    stop.store(true);
    for (std::thread& caller : callers) {
        caller.join();
    }
    const bool parent_right = !parent_wrong.load() && calls_are_right(explicit_pool);
    std::printf("%d children: %d hung, %d failed; the parent made %ld calls meanwhile: %s\n",
                children, hung, failed, parent_calls.load(), parent_right ? "right" : "WRONG");
    return hung == 0 && failed == 0 && parent_right && parent_calls.load() > 0 ? 0 : 1;
}
