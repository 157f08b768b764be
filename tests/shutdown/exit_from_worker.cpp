// SPDX-License-Identifier: BSD-3-Clause
// std::exit called from a parallel_for body running on a worker of the default pool (issue 15,
// item 3): exit runs the static destructors on that worker, and the process must end with the
// status given, not in std::terminate (once the pool's destructor joined its own thread).
#include <parray/parallel.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace {
std::atomic<bool> exiting{false};
std::thread::id main_thread;
} // namespace

int main() {
    main_thread = std::this_thread::get_id();
    parray::parallel_for(
        0, 2000,
        [](int) {
            if (std::this_thread::get_id() != main_thread && !exiting.exchange(true)) {
                std::printf("std::exit from a worker\n");
                std::fflush(stdout);
                std::exit(0);
            }
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        },
        parray::options{}.num_chunks(2000));
    std::printf("no chunk ran on a worker\n");
    return 1;
}
