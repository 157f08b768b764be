// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The scans behind parallel_cumsum and parallel_cumprod, over an array laid out as
// (outer, length, inner) in row-major order: lanes of `length` elements, `inner` apart, one for
// each (outer, inner) pair. Two ways, chosen by the shape and the options only:
// - lanes in parallel: each lane scanned sequentially, as np.cumsum does, so NumPy's bits;
// - few long lanes (and a flattened array): a two-pass scan along the lanes, split in chunks of
//   make_chunk_plan's and each chunk in scan_parts parts: pass 1 folds each part, a serial
//   prefix over the parts' totals in order gives each part its offset, and pass 2 scans each
//   part from its offset. The chunks depend on the length and the options, never on the pool.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "../chunking.hpp"
#include "../options.hpp"
#include "executor.hpp"

namespace parray::detail {

// A lane with fewer lanes beside it than this, longer than one automatic chunk, is cut into
// chunks scanned in two passes: fewer lanes than threads would leave threads idle.
inline constexpr std::size_t scan_min_parallel_lanes = 16;
// Pass 2 scans the parts of a chunk side by side: a sequential scan waits on the latency of
// each addition (3 to 4 cycles), four independent ones keep the adder busy.
inline constexpr std::size_t scan_parts = 4;
// Pass 1 folds a part of one lane into this many partial totals, added in a fixed tree at the
// end: the fold runs at the speed of memory instead of the latency of one addition.
inline constexpr std::size_t scan_fold_accumulators = 8;
// The two-pass scan runs in rounds of about this many elements (8 MB of doubles), each round's
// pass 2 right after its pass 1, so that pass 2 reads its input from the last-level cache
// rather than from memory.
inline constexpr std::size_t scan_round_elements = std::size_t{1} << 20;
// Lanes along an inner axis are scanned this many side by side (a block of one row), so that
// the loop over them is vectorised and each work item is long enough to share.
inline constexpr std::size_t scan_lane_block = 256;

// np.cumsum's and np.cumprod's result type: int64 for bool and signed integers, uint64 for
// unsigned ones, floating types kept.
template <class T>
struct scan_result {
    static_assert(std::is_arithmetic_v<T>,
                  "parray: parallel_cumsum and parallel_cumprod take real arithmetic elements");
    using type =
        std::conditional_t<std::is_floating_point_v<T>, T,
                           std::conditional_t<std::is_same_v<T, bool> || std::is_signed_v<T>,
                                              std::int64_t, std::uint64_t>>;
};
template <class T>
using scan_result_t = typename scan_result<T>::type;

// Addition as NumPy's integer loops do it, wrapping around (computed unsigned: no overflow).
struct scan_add {
    template <class R>
    R operator()(R a, R b) const noexcept {
        if constexpr (std::is_integral_v<R>) {
            using U = std::make_unsigned_t<R>;
            return static_cast<R>(static_cast<U>(static_cast<U>(a) + static_cast<U>(b)));
        } else {
            return a + b;
        }
    }
};

// Multiplication, wrapping around for integers as scan_add.
struct scan_multiply {
    template <class R>
    R operator()(R a, R b) const noexcept {
        if constexpr (std::is_integral_v<R>) {
            using U = std::make_unsigned_t<R>;
            return static_cast<R>(static_cast<U>(static_cast<U>(a) * static_cast<U>(b)));
        } else {
            return a * b;
        }
    }
};

// The shape of a scan: lanes of `length` elements, `inner` apart, `outer` blocks of them.
struct scan_layout {
    std::size_t outer = 1;
    std::size_t length = 0;
    std::size_t inner = 1;

    std::size_t lanes() const noexcept { return outer * inner; }
};

// Scans the lanes of rows [0, length) of one block, columns [first, last), sequentially along
// each lane (NumPy's order): out row 0 = in row 0, out row i = out row i-1 op in row i. `in` may
// be `out` itself.
template <class R, class Op, class S>
void scan_lanes_sequentially(const S* in, R* out, const scan_layout& layout, std::size_t first,
                             std::size_t last, Op op) {
    const std::size_t inner = layout.inner;
    if (inner == 1) {
        R running = static_cast<R>(in[0]);
        out[0] = running;
        for (std::size_t i = 1; i < layout.length; ++i) {
            running = op(running, static_cast<R>(in[i]));
            out[i] = running;
        }
        return;
    }
    for (std::size_t j = first; j < last; ++j) {
        out[j] = static_cast<R>(in[j]);
    }
    for (std::size_t i = 1; i < layout.length; ++i) {
        const R* previous = out + (i - 1) * inner;
        R* row = out + i * inner;
        const S* source = in + i * inner;
        for (std::size_t j = first; j < last; ++j) {
            row[j] = op(previous[j], static_cast<R>(source[j]));
        }
    }
}

// Every lane scanned sequentially (NumPy's bits), lanes in parallel: blocks of up to
// scan_lane_block lanes side by side are the items shared with the pool.
template <class R, class Op, class S>
void scan_lanes_in_parallel(const S* in, R* out, const scan_layout& layout, const options& opts,
                            Op op) {
    const std::size_t blocks_per_outer = (layout.inner + scan_lane_block - 1) / scan_lane_block;
    const std::size_t block_size = layout.length * layout.inner;
    auto body = [&](std::size_t, chunk_range r) {
        for (std::size_t item = r.begin; item < r.end; ++item) {
            const std::size_t o = item / blocks_per_outer;
            const std::size_t first = (item % blocks_per_outer) * scan_lane_block;
            const std::size_t last = std::min(layout.inner, first + scan_lane_block);
            scan_lanes_sequentially(in + o * block_size, out + o * block_size, layout, first, last,
                                    op);
        }
    };
    for_each_elementwise(layout.outer * blocks_per_outer, opts, body);
}

// The fold of elements [begin, end) (end > begin) of a contiguous lane with
// scan_fold_accumulators partial results, combined in a fixed tree: the same bits on every run.
template <class R, class Op, class S>
R fold_part(const S* in, std::size_t begin, std::size_t end, Op op) {
    constexpr std::size_t k = scan_fold_accumulators;
    if (end - begin < 2 * k) {
        R total = static_cast<R>(in[begin]);
        for (std::size_t i = begin + 1; i < end; ++i) {
            total = op(total, static_cast<R>(in[i]));
        }
        return total;
    }
    R partial[k];
    for (std::size_t j = 0; j < k; ++j) {
        partial[j] = static_cast<R>(in[begin + j]);
    }
    std::size_t i = begin + k;
    for (; i + k <= end; i += k) {
        for (std::size_t j = 0; j < k; ++j) {
            partial[j] = op(partial[j], static_cast<R>(in[i + j]));
        }
    }
    for (std::size_t j = 0; i < end; ++i, ++j) {
        partial[j] = op(partial[j], static_cast<R>(in[i]));
    }
    for (std::size_t width = k / 2; width > 0; width /= 2) {
        for (std::size_t j = 0; j < width; ++j) {
            partial[j] = op(partial[j], partial[j + width]);
        }
    }
    return partial[0];
}

// The two-pass scan along the lanes of a layout with few lanes (see the top of this file).
// Bits: those of the tree described in docs/api.md (parallel_cumsum), fixed by the layout and
// the options. `in` may be `out` itself.
template <class R, class Op, class S>
void scan_in_two_passes(const S* in, R* out, const scan_layout& layout, const chunk_plan& plan,
                        const options& opts, Op op) {
    const std::size_t inner = layout.inner;
    const std::size_t chunks = plan.size();
    const std::size_t block_size = layout.length * inner;
    // Part p of chunk c: rows [part_begin(c, p), part_begin(c, p + 1)).
    const auto part_begin = [&](std::size_t c, std::size_t p) {
        const chunk_range r = plan[c];
        return r.begin + r.size() * p / scan_parts;
    };
    // totals[((o * chunks + c) * scan_parts + p) * inner + j]: the part's total, then its offset.
    std::vector<R> totals(layout.outer * chunks * scan_parts * inner);

    auto fold_chunk = [&](std::size_t item, chunk_range) {
        const std::size_t o = item / chunks;
        const std::size_t c = item % chunks;
        const S* block = in + o * block_size;
        R* total = totals.data() + item * scan_parts * inner;
        for (std::size_t p = 0; p < scan_parts; ++p, total += inner) {
            const std::size_t begin = part_begin(c, p);
            const std::size_t end = part_begin(c, p + 1);
            if (begin == end) {
                continue;
            }
            if (inner == 1) {
                *total = fold_part<R>(block, begin, end, op);
                continue;
            }
            for (std::size_t j = 0; j < inner; ++j) {
                total[j] = static_cast<R>(block[begin * inner + j]);
            }
            for (std::size_t i = begin + 1; i < end; ++i) {
                for (std::size_t j = 0; j < inner; ++j) {
                    total[j] = op(total[j], static_cast<R>(block[i * inner + j]));
                }
            }
        }
    };
    // The serial prefix over items [first, last), in order, turning each part's total into its
    // offset (the first part of each block has none and keeps its slot unused). block_totals holds
    // each block's total so far, from one round to the next.
    std::vector<R> block_totals(layout.outer * inner);
    std::vector<bool> started(layout.outer, false);
    const auto prefix_items = [&](std::size_t first, std::size_t last) {
        for (std::size_t item = first; item < last; ++item) {
            const std::size_t o = item / chunks;
            const std::size_t c = item % chunks;
            R* slot = totals.data() + item * scan_parts * inner;
            R* total_so_far = block_totals.data() + o * inner;
            for (std::size_t p = 0; p < scan_parts; ++p, slot += inner) {
                if (part_begin(c, p) == part_begin(c, p + 1)) {
                    continue;
                }
                if (!started[o]) {
                    started[o] = true; // the block's first part starts from its first element
                    std::copy(slot, slot + inner, total_so_far);
                    continue;
                }
                for (std::size_t j = 0; j < inner; ++j) {
                    const R total = slot[j];
                    slot[j] = total_so_far[j];
                    total_so_far[j] = op(total_so_far[j], total);
                }
            }
        }
    };

    auto scan_chunk = [&](std::size_t item, chunk_range) {
        const std::size_t o = item / chunks;
        const std::size_t c = item % chunks;
        const S* source = in + o * block_size;
        R* target = out + o * block_size;
        const R* offset = totals.data() + item * scan_parts * inner;
        std::size_t begin[scan_parts];
        std::size_t end[scan_parts];
        R running[scan_parts];
        for (std::size_t p = 0; p < scan_parts; ++p) {
            begin[p] = part_begin(c, p);
            end[p] = part_begin(c, p + 1);
            if (begin[p] == end[p]) {
                continue;
            }
            const bool has_offset = c != 0 || begin[p] != 0;
            if (inner == 1) {
                // The first element of the block starts its lane as in the sequential loop
                // (-0.0 stays -0.0); every other part starts from its offset.
                running[p] = has_offset ? op(offset[p], static_cast<R>(source[begin[p]]))
                                        : static_cast<R>(source[begin[p]]);
                target[begin[p]] = running[p];
                ++begin[p];
                continue;
            }
            const R* row_offset = offset + p * inner;
            const S* in_row = source + begin[p] * inner;
            R* out_row = target + begin[p] * inner;
            for (std::size_t j = 0; j < inner; ++j) {
                out_row[j] = has_offset ? op(row_offset[j], static_cast<R>(in_row[j]))
                                        : static_cast<R>(in_row[j]);
            }
            for (std::size_t i = begin[p] + 1; i < end[p]; ++i) {
                const R* previous = target + (i - 1) * inner;
                for (std::size_t j = 0; j < inner; ++j) {
                    target[i * inner + j] = op(previous[j], static_cast<R>(source[i * inner + j]));
                }
            }
        }
        if (inner != 1) {
            return;
        }
        // The parts side by side over the rows they all have, then each part's rest. (Writing
        // them with streaming stores of one element, movnti, made 10^7 doubles 15 times slower
        // on AMD EPYC: four runs interleaved, each store a part of a line.)
        std::size_t common = layout.length;
        for (std::size_t p = 0; p < scan_parts; ++p) {
            common = std::min(common, end[p] - begin[p]);
        }
        for (std::size_t i = 0; i < common; ++i) {
            for (std::size_t p = 0; p < scan_parts; ++p) {
                running[p] = op(running[p], static_cast<R>(source[begin[p] + i]));
                target[begin[p] + i] = running[p];
            }
        }
        for (std::size_t p = 0; p < scan_parts; ++p) {
            for (std::size_t i = begin[p] + common; i < end[p]; ++i) {
                running[p] = op(running[p], static_cast<R>(source[i]));
                target[i] = running[p];
            }
        }
    };
    // Rounds of about scan_round_elements elements: pass 1, the prefix and pass 2 of one round
    // before the next, so that pass 2 finds its input in the cache. The bits do not depend on
    // the rounds. A watched call runs one round: its progress and stop flag follow pass 2.
    const std::size_t item_count = layout.outer * chunks;
    const std::size_t chunk_elements = plan[0].size() * inner;
    const std::size_t per_round =
        opts.is_watched() ? item_count
                          : std::max<std::size_t>(1, scan_round_elements / chunk_elements);
    for (std::size_t first = 0; first < item_count; first += per_round) {
        const std::size_t count = std::min(per_round, item_count - first);
        const chunk_plan round = chunk_plan::balanced(count, count);
        auto fold_round = [&](std::size_t index, chunk_range r) { fold_chunk(first + index, r); };
        // Pass 1 is not watched: the progress and stop flag belong to pass 2, which writes.
        for_each_chunk(round, pool_only(opts), fold_round);
        prefix_items(first, first + count);
        auto scan_round = [&](std::size_t index, chunk_range r) { scan_chunk(first + index, r); };
        for_each_chunk(round, opts, scan_round);
    }
}

// The scan of a contiguous (outer, length, inner) array `in` into `out` (which may be `in`):
// in two passes when the lanes are few and longer than one chunk (options given), else lane by
// lane (NumPy's bits).
template <class R, class Op, class S>
void scan_layout_into(const S* in, R* out, const scan_layout& layout, const options& opts, Op op) {
    if (layout.outer == 0 || layout.length == 0 || layout.inner == 0) {
        return;
    }
    if (layout.lanes() < scan_min_parallel_lanes) {
        const chunk_plan plan = make_chunk_plan(layout.length, opts, layout.inner);
        if (plan.size() > 1) {
            scan_in_two_passes(in, out, layout, plan, opts, op);
            return;
        }
    }
    scan_lanes_in_parallel(in, out, layout, opts, op);
}

} // namespace parray::detail
