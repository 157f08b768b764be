// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <cstddef>

namespace parray {

class thread_pool;

/// The optional last argument of every parallel call, built fluently:
///     parray::parallel_sum(a, parray::options{}.pool(my_pool).num_chunks(8));
/// chunk_size(k) asks for chunks of k items (the last may be shorter); num_chunks(c) asks for
/// min(c, n) chunks of near-equal size. 0 means "automatic", the default; setting both to
/// non-zero values is an error reported by the parallel call (std::invalid_argument).
class options {
public:
    /// Runs the call on `pool` instead of parray::default_pool(). The pool must outlive the call.
    options& pool(thread_pool& pool) noexcept {
        pool_ = &pool;
        return *this;
    }
    /// Chunks of `items` items each (for parallel_map_chunks, entries along axis 0); 0: automatic.
    options& chunk_size(std::size_t items) noexcept {
        chunk_size_ = items;
        return *this;
    }
    /// `count` chunks of near-equal size (fewer when there are fewer items); 0: automatic.
    options& num_chunks(std::size_t count) noexcept {
        num_chunks_ = count;
        return *this;
    }

    /// The pool set with pool(p), or nullptr for the default pool.
    thread_pool* pool() const noexcept { return pool_; }
    std::size_t chunk_size() const noexcept { return chunk_size_; }
    std::size_t num_chunks() const noexcept { return num_chunks_; }

private:
    thread_pool* pool_ = nullptr;
    std::size_t chunk_size_ = 0;
    std::size_t num_chunks_ = 0;
};

} // namespace parray
