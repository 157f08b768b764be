// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The thread pools the unit tests run their calls on: one of each size, made on first use and
// kept for the whole test program (making pools per test would mostly test thread start-up).

#include <parray/options.hpp>
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

// Options every result of a test must be the same under: pools of 1, 2 and 4 threads, each
// with automatic chunks, with num_chunks(chunks) and with chunk_size(chunk_size).
inline std::vector<parray::options> option_sets(std::size_t chunks, std::size_t chunk_size) {
    std::vector<parray::options> sets;
    for (const std::size_t threads : {1, 2, 4}) {
        sets.push_back(parray::options{}.pool(pool_of(threads)));
        sets.push_back(parray::options{}.pool(pool_of(threads)).num_chunks(chunks));
        sets.push_back(parray::options{}.pool(pool_of(threads)).chunk_size(chunk_size));
    }
    return sets;
}

} // namespace parray_test
