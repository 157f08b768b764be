// SPDX-License-Identifier: BSD-3-Clause
// Parallel calls after main returns (issue 15, item 2): from the destructor of a static made
// before the default pool (destroyed after it, in reverse order of construction), and from a
// detached thread still calling while the process exits. Neither may crash or touch freed
// memory (run under ASan and TSan in CI); the destructor's sum must be right.
#include <parray/parallel.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace {

constexpr std::size_t elements = 1'000'000; // enough chunks to go through the pool

double sum_of_first(std::size_t n) {
    auto a = parray::ndarray<double>::from_shape({n});
    parray::parallel_for(std::size_t{0}, n, [&a](std::size_t i) { a(i) = double(i); });
    return parray::parallel_sum(a);
}

struct sums_after_main {
    ~sums_after_main() {
        const double expected = double(elements) * double(elements - 1) / 2;
        const double sum = sum_of_first(elements);
        std::printf("static destructor: sum %s\n", sum == expected ? "right" : "WRONG");
        std::fflush(stdout);
    }
};
// Made before main, so destroyed after everything main made, the default pool included.
sums_after_main at_exit;
std::atomic<bool> thread_started{false}; // static: the thread outlives main's frame

} // namespace

int main() {
    std::printf("default pool of %zu threads\n", parray::default_pool().size());
    std::thread([] {
        for (;;) {
            sum_of_first(elements / 4);
            thread_started.store(true);
        }
    }).detach();
    while (!thread_started.load()) {
        std::this_thread::yield();
    }
    std::printf("main returns while a detached thread calls\n");
    return 0;
}
