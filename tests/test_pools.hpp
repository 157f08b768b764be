// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The thread pools the unit tests run their calls on: one of each size, made on first use and
// kept for the whole test program (making pools per test would mostly test thread start-up).

#include <parray/thread_pool.hpp>

#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

namespace parray_test {

inline parray::thread_pool& pool_of(std::size_t size) {
    static std::mutex pools_mutex;
    static std::vector<std::unique_ptr<parray::thread_pool>> pools;
    std::lock_guard<std::mutex> lock(pools_mutex);
    for (auto& pool : pools) {
        if (pool->size() == size) {
            return *pool;
        }
    }
    pools.push_back(std::make_unique<parray::thread_pool>(size));
    return *pools.back();
}

} // namespace parray_test
