// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <algorithm>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "detail/constants.hpp"
#include "options.hpp"

namespace parray {

/// The half-open range of item indices [begin, end) of one chunk.
struct chunk_range {
    std::size_t begin = 0;
    std::size_t end = 0;

    std::size_t size() const noexcept { return end - begin; }
    friend bool operator==(const chunk_range& a, const chunk_range& b) noexcept {
        return a.begin == b.begin && a.end == b.end;
    }
    friend bool operator!=(const chunk_range& a, const chunk_range& b) noexcept {
        return !(a == b);
    }
};

namespace detail {

// How n items split into chunks; chunk i is computed on demand, nothing is allocated.
// Either fixed-size chunks (the last one shorter) or `count` chunks whose sizes differ by at
// most one (the larger ones first). Depends on n and the options only, never on a thread count.
class chunk_plan {
public:
    chunk_plan() = default;

    static chunk_plan fixed(std::size_t n, std::size_t chunk_size) noexcept {
        chunk_plan plan;
        plan.items_ = n;
        plan.fixed_size_ = chunk_size;
        plan.count_ = n / chunk_size + (n % chunk_size != 0 ? 1 : 0);
        return plan;
    }

    static chunk_plan balanced(std::size_t n, std::size_t count) noexcept {
        chunk_plan plan;
        plan.items_ = n;
        plan.count_ = std::min(count, n);
        return plan;
    }

    std::size_t size() const noexcept { return count_; }

    // The index of the chunk holding item `item` (< items()).
    std::size_t index_of(std::size_t item) const noexcept {
        if (fixed_size_ != 0) {
            return item / fixed_size_;
        }
        const std::size_t base = items_ / count_;
        const std::size_t larger = items_ % count_;
        const std::size_t in_larger = larger * (base + 1);
        return item < in_larger ? item / (base + 1) : larger + (item - in_larger) / base;
    }

    chunk_range operator[](std::size_t index) const noexcept {
        if (fixed_size_ != 0) {
            const std::size_t begin = index * fixed_size_;
            return {begin, begin + std::min(fixed_size_, items_ - begin)};
        }
        const std::size_t base = items_ / count_;
        const std::size_t larger = items_ % count_;
        const std::size_t begin = index * base + std::min(index, larger);
        return {begin, begin + base + (index < larger ? 1 : 0)};
    }

private:
    std::size_t items_ = 0;
    std::size_t count_ = 0;
    std::size_t fixed_size_ = 0; // 0: balanced
};

// The plan for n items of `item_elements` elements each (1 for flat arrays; a row's length for
// parallel_map_chunks over a 2-D array). Throws std::invalid_argument when both chunk_size and
// num_chunks are set.
inline chunk_plan make_chunk_plan(std::size_t n, const options& opts,
                                  std::size_t item_elements = 1) {
    if (opts.chunk_size() != 0 && opts.num_chunks() != 0) {
        throw std::invalid_argument("parray: options set both chunk_size(" +
                                    std::to_string(opts.chunk_size()) + ") and num_chunks(" +
                                    std::to_string(opts.num_chunks()) + "); set at most one");
    }
    if (opts.chunk_size() != 0) {
        return chunk_plan::fixed(n, opts.chunk_size());
    }
    if (opts.num_chunks() != 0) {
        return chunk_plan::balanced(n, opts.num_chunks());
    }
    // Automatic: about max(serial_grain, elements / max_automatic_chunks) elements a chunk,
    // rounded up to whole NumPy blocks.
    item_elements = std::max<std::size_t>(item_elements, 1);
    const std::size_t elements = n > std::numeric_limits<std::size_t>::max() / item_elements
                                     ? std::numeric_limits<std::size_t>::max()
                                     : n * item_elements;
    if (elements <= serial_grain) {
        return chunk_plan::balanced(n, 1);
    }
    std::size_t chunk_elements = elements / max_automatic_chunks + 1;
    chunk_elements = (chunk_elements + numpy_block_size - 1) / numpy_block_size * numpy_block_size;
    chunk_elements = std::max(chunk_elements, serial_grain);
    return chunk_plan::fixed(n, std::max<std::size_t>(1, chunk_elements / item_elements));
}

} // namespace detail

/// The [begin, end) ranges, in order, that a parallel call over n items with these options uses
/// (reductions and parallel_map_chunks; element-wise calls may cut automatic chunks finer on a
/// larger pool or for costly elements, which changes none of their results; parallel_reduce,
/// parallel_transform_reduce and parallel_map_chunks cut up to 32768 automatic elements into
/// the chunks of num_chunks(64)).
/// They cover [0, n) exactly once with no empty range (none at all when n == 0), and depend only
/// on n and the options, never on the pool. Throws std::invalid_argument when both chunk_size
/// and num_chunks are set. Automatic chunking: one chunk up to 32768 items, else chunks of a
/// multiple of 8192 items, at most about 1024 of them.
inline std::vector<chunk_range> chunk_ranges(std::size_t n, const options& opts = {}) {
    const detail::chunk_plan plan = detail::make_chunk_plan(n, opts);
    std::vector<chunk_range> ranges;
    ranges.reserve(plan.size());
    for (std::size_t i = 0; i < plan.size(); ++i) {
        ranges.push_back(plan[i]);
    }
    return ranges;
}

} // namespace parray
