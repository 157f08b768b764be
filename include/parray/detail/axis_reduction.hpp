// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Reductions along axes (`a.sum(axis=0)`): the split of an array into kept and folded axes,
// the fold of a tile of outputs by positions, and the parallel reduction of strided storage
// into an ndarray. Public calls are in reductions.hpp.

#include <algorithm>
#include <cstddef>
#include <functional>
#include <limits>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "../chunking.hpp"
#include "../ndarray.hpp"
#include "../options.hpp"
#include "array_access.hpp"
#include "constants.hpp"
#include "executor.hpp"
#include "expression_rows.hpp"
#include "fold.hpp"
#include "numpy_sum.hpp"

namespace parray::detail {

// An array split into the axes a reduction keeps and the ones it folds: output m (row-major
// over the kept axes) folds positions l = 0 .. length - 1 (row-major over the folded axes).
// The walks leave out axes of extent 1, which move nothing.
struct reduction_geometry {
    std::vector<std::size_t> result_shape;
    std::vector<std::size_t> kept_shape, folded_shape;
    std::vector<std::ptrdiff_t> kept_strides, folded_strides;
    std::size_t outputs = 1;
    std::size_t length = 1;
    // Where NumPy copies the input through its buffer (it cannot be walked with one stride) and
    // an output's folded axes inside every kept one are more than one run: the positions of
    // such a block, which a sum adds pairwise as one sequence (8192 at a time), not run by run.
    // 0 otherwise.
    std::size_t buffered_block = 0;
};

// Merges each two neighbouring axes of (shape, strides) whose elements follow on in memory (the
// outer one's stride is the inner one's extent times its stride) into one axis: the positions
// keep their row-major order, and a run along the last axis covers them all. NumPy's iterator
// merges such axes too, so that a sum along axes (1, 2) of a row-major (n, 3, 4) array is one
// pairwise run of 12 per output, not three of 4: NumPy's bits.
inline void merge_contiguous_axes(std::vector<std::size_t>& shape,
                                  std::vector<std::ptrdiff_t>& strides) {
    for (std::size_t k = shape.size(); k-- > 1;) {
        if (strides[k - 1] == static_cast<std::ptrdiff_t>(shape[k]) * strides[k]) {
            shape[k - 1] *= shape[k];
            strides[k - 1] = strides[k];
            shape.erase(shape.begin() + static_cast<std::ptrdiff_t>(k));
            strides.erase(strides.begin() + static_cast<std::ptrdiff_t>(k));
        }
    }
}

inline std::ptrdiff_t stride_magnitude(std::ptrdiff_t stride) noexcept {
    return stride < 0 ? -stride : stride;
}

// Sets g.buffered_block (see reduction_geometry) from its kept and folded (merged) axes, the
// folded ones in memory order.
inline void set_buffered_block(reduction_geometry& g) {
    std::vector<std::pair<std::ptrdiff_t, std::size_t>> axes; // (stride magnitude, extent)
    for (std::size_t k = 0; k < g.kept_shape.size(); ++k) {
        axes.emplace_back(stride_magnitude(g.kept_strides[k]), g.kept_shape[k]);
    }
    for (std::size_t k = 0; k < g.folded_shape.size(); ++k) {
        axes.emplace_back(stride_magnitude(g.folded_strides[k]), g.folded_shape[k]);
    }
    std::sort(axes.begin(), axes.end());
    std::ptrdiff_t expected = axes.empty() ? 0 : axes.front().first;
    bool one_stride = true; // all the axes walk the input with the innermost one's stride
    std::vector<std::ptrdiff_t> signed_strides(g.kept_strides);
    signed_strides.insert(signed_strides.end(), g.folded_strides.begin(), g.folded_strides.end());
    for (const auto& [stride, extent] : axes) {
        one_stride = one_stride && stride == expected;
        expected = stride * static_cast<std::ptrdiff_t>(extent);
    }
    const bool same_sign = std::all_of(signed_strides.begin(), signed_strides.end(),
                                       [](std::ptrdiff_t x) { return x > 0; }) ||
                           std::all_of(signed_strides.begin(), signed_strides.end(),
                                       [](std::ptrdiff_t x) { return x < 0; });
    if (one_stride && same_sign) {
        return;
    }
    std::ptrdiff_t closest_kept = std::numeric_limits<std::ptrdiff_t>::max();
    for (const std::ptrdiff_t stride : g.kept_strides) {
        closest_kept = std::min(closest_kept, stride_magnitude(stride));
    }
    std::size_t inner_axes = 0;
    std::size_t block = 1;
    for (std::size_t k = g.folded_shape.size(); k-- > 0;) {
        if (stride_magnitude(g.folded_strides[k]) >= closest_kept) {
            break;
        }
        ++inner_axes;
        block *= g.folded_shape[k];
    }
    if (inner_axes > 1) {
        g.buffered_block = block;
    }
}

// The geometry of a reduction of (shape, strides) along `axes`. Each output folds its positions
// in row-major order over the folded axes; with `memory_order`, over the folded axes ordered as
// they lie in memory (by decreasing stride magnitude, ties in axis order), as NumPy's iterator
// walks them ('K' order): np.sum(a[::2].T, axis=(0, 1)) adds a's rows one after another.
template <class Shape, class Strides>
reduction_geometry make_geometry(const Shape& shape, const Strides& strides,
                                 const std::vector<std::size_t>& axes, bool memory_order = false) {
    reduction_geometry g;
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        const auto extent = static_cast<std::size_t>(shape[axis]);
        const bool folded = std::binary_search(axes.begin(), axes.end(), axis);
        (folded ? g.length : g.outputs) *= extent;
        if (!folded) {
            g.result_shape.push_back(extent);
        }
        if (extent != 1) {
            (folded ? g.folded_shape : g.kept_shape).push_back(extent);
            (folded ? g.folded_strides : g.kept_strides)
                .push_back(static_cast<std::ptrdiff_t>(strides[axis]));
        }
    }
    if (memory_order && !std::is_sorted(g.folded_strides.begin(), g.folded_strides.end(),
                                        [](std::ptrdiff_t x, std::ptrdiff_t y) {
                                            return stride_magnitude(x) > stride_magnitude(y);
                                        })) {
        std::vector<std::size_t> order(g.folded_shape.size());
        for (std::size_t k = 0; k < order.size(); ++k) {
            order[k] = k;
        }
        std::stable_sort(order.begin(), order.end(), [&g](std::size_t x, std::size_t y) {
            return stride_magnitude(g.folded_strides[x]) > stride_magnitude(g.folded_strides[y]);
        });
        reduction_geometry sorted = g;
        for (std::size_t k = 0; k < order.size(); ++k) {
            sorted.folded_shape[k] = g.folded_shape[order[k]];
            sorted.folded_strides[k] = g.folded_strides[order[k]];
        }
        g = std::move(sorted);
    }
    merge_contiguous_axes(g.folded_shape, g.folded_strides);
    if (memory_order) {
        set_buffered_block(g);
    }
    return g;
}

// Whether the axis whose elements lie closest together is a kept one, so that a tile is walked
// position by position with the outputs innermost (a sum along axis 0 of a row-major matrix:
// each row is read once, left to right), each output's elements folded one after another, rather
// than output by output, each folding its runs along the closest folded axis (pairwise, for a
// sum: NumPy's iterator makes that axis its inner loop, a reduction, whatever its stride).
inline bool outputs_innermost(const reduction_geometry& g) noexcept {
    if (g.kept_shape.empty()) {
        return false;
    }
    if (g.folded_shape.empty()) {
        return true;
    }
    std::ptrdiff_t closest_kept = stride_magnitude(g.kept_strides.front());
    for (const std::ptrdiff_t stride : g.kept_strides) {
        closest_kept = std::min(closest_kept, stride_magnitude(stride));
    }
    return closest_kept < stride_magnitude(g.folded_strides.back());
}

// A reduction that folds a contiguous run of its elements faster than one after another:
// contiguous_run_fold<Reduce, Transform, Element>::fold(first, run), run > 0, returns what the
// left fold of transform(x) over first[0, run) returns, and Reduce also combines two such
// partials in order (as it does for the chunks of a long fold). reductions.hpp specialises it
// for the block-wise searches of argmin, min, ptp and their kin (extremes_search.hpp). One
// whose partials must go on from an earlier run as they would element by element (a pairwise
// sum adds each NumPy block on in turn) also has fold_after(partial, first, run).
template <class Reduce, class Transform, class Element, class = void>
struct contiguous_run_fold {
    static constexpr bool available = false;
};
template <class RunFold, class T, class Pointer, class = void>
struct has_fold_after : std::false_type {};
template <class RunFold, class T, class Pointer>
struct has_fold_after<RunFold, T, Pointer,
                      std::void_t<decltype(RunFold::fold_after(
                          std::declval<T&>(), std::declval<Pointer>(), std::size_t{}))>>
    : std::true_type {};

// A reduction that folds whole rows of contiguous outputs faster with its partials held apart,
// a structure of arrays (argmin's values and indices, ptp's lows and highs): a pair of 24 or 16
// bytes a partial does not vectorise. columns_fold<Reduce, Transform, Element>::state
//   state(partials, length): takes partials[0, length), which have all folded the same
//                            positions (those of one tile);
//   fold(first, stride, rows): partials[j] = partials[j] ⊕ transform(first[b * stride + j]) for
//                            the rows b = 0 .. rows - 1 in order;
//   store(partials): gives them back.
// The same operations as fold_rows, in the same order: the same results.
template <class Reduce, class Transform, class Element, class = void>
struct columns_fold {
    static constexpr bool available = false;
};

// What a pairwise sum over a contiguous run from `first` adds: the elements themselves (a sum
// with the identity transform), or what the transform's accessor gives
// (Transform::pairwise_elements(first), nan_reductions.hpp's NaN read as 0).
template <class Transform, class = void>
struct has_pairwise_elements : std::false_type {};
template <class Transform>
struct has_pairwise_elements<
    Transform, std::void_t<decltype(Transform::pairwise_elements(std::declval<const double*>()))>>
    : std::true_type {};
template <class Transform, class Elements>
auto pairwise_elements(Elements first) noexcept {
    if constexpr (has_pairwise_elements<Transform>::value) {
        return Transform::pairwise_elements(first);
    } else {
        return first;
    }
}

// The elements first[0], first[stride], first[2 * stride], ... as numpy_pairwise_sum_of reads
// them (a[i], a + k).
template <class Pointer>
struct strided_elements {
    Pointer first;
    std::ptrdiff_t stride;
    decltype(auto) operator[](std::size_t i) const noexcept {
        return first[static_cast<std::ptrdiff_t>(i) * stride];
    }
    strided_elements operator+(std::size_t k) const noexcept {
        return {first + static_cast<std::ptrdiff_t>(k) * stride, stride};
    }
};

// Folds the run of `run` elements first[0], first[stride], ... into partial (an empty partial
// starts from the first): a floating or complex T summed pairwise (pairwise, and the elements
// are T's), NumPy's pairwise sum over each block of 8192 added on; a contiguous run by
// contiguous_run_fold where the reduction has one; anything else one element after another.
template <class T, class Pointer, class Reduce, class Transform>
void fold_strided_run(Pointer first, std::size_t run, std::ptrdiff_t stride, bool pairwise,
                      std::optional<T>& partial, Reduce& reduce, Transform& transform) {
    using element = std::remove_cv_t<std::remove_pointer_t<Pointer>>;
    using run_fold =
        contiguous_run_fold<std::remove_cv_t<Reduce>, std::remove_cv_t<Transform>, element>;
    if constexpr (run_fold::available) {
        if (stride == 1 && run != 0) {
            if constexpr (has_fold_after<run_fold, T, Pointer>::value) {
                if (partial) {
                    run_fold::fold_after(*partial, first, run);
                    return;
                }
            }
            T folded = run_fold::fold(first, run);
            partial = partial ? std::invoke(reduce, std::move(*partial), std::move(folded))
                              : std::move(folded);
            return;
        }
    }
    if constexpr (is_pairwise_summed_v<T> && std::is_same_v<element, T>) {
        if (pairwise) {
            // NumPy sums a strided run pairwise too, as the elements follow one another.
            const auto add_blocks = [&](auto elements) {
                for (std::size_t begin = 0; begin < run; begin += numpy_block_size) {
                    const T block = numpy_pairwise_sum_of<T>(
                        pairwise_elements<std::remove_cv_t<Transform>>(elements + begin),
                        std::min(numpy_block_size, run - begin));
                    partial = partial ? *partial + block : block;
                }
            };
            if (stride == 1) {
                add_blocks(first);
            } else {
                add_blocks(strided_elements<Pointer>{first, stride});
            }
            return;
        }
    }
    std::size_t i = 0;
    if (!partial) {
        partial.emplace(std::invoke(transform, *first));
        i = 1;
    }
    for (; i < run; ++i) {
        *partial =
            std::invoke(reduce, std::move(*partial),
                        std::invoke(transform, first[static_cast<std::ptrdiff_t>(i) * stride]));
    }
}

// partial[i] = partial[i] ⊕ transform(element(b, i)) for i < length, for the rows b = 0 .. rows - 1
// in order. Short rows of arithmetic partials are folded fold_register_width outputs at a time
// over all the rows, the partials in registers (see register_fold_max_row); every output still
// folds its rows in order: the same bits either way.
template <class T, class Element, class Reduce, class Transform>
void fold_rows(T* partial, std::size_t rows, std::size_t length, const Element& element,
               Reduce& reduce, Transform& transform) {
    std::size_t i = 0;
    if constexpr (std::is_arithmetic_v<T>) {
        if (length <= register_fold_max_row) {
            for (; i + fold_register_width <= length; i += fold_register_width) {
                T held[fold_register_width];
                std::copy_n(partial + i, fold_register_width, held);
                for (std::size_t b = 0; b < rows; ++b) {
                    for (std::size_t k = 0; k < fold_register_width; ++k) {
                        held[k] =
                            std::invoke(reduce, held[k], std::invoke(transform, element(b, i + k)));
                    }
                }
                std::copy_n(held, fold_register_width, partial + i);
            }
        }
    }
    for (std::size_t b = 0; b < rows; ++b) {
        for (std::size_t j = i; j < length; ++j) {
            partial[j] =
                std::invoke(reduce, std::move(partial[j]), std::invoke(transform, element(b, j)));
        }
    }
}

template <class T, class Pointer, class Reduce, class Transform>
struct tile_folder {
    Pointer base;
    const reduction_geometry& g;
    Reduce& reduce;
    Transform& transform;
    // Sum contiguous runs of a floating or complex type with NumPy's pairwise summation (8192 at a
    // time) instead of one addition after another: more accurate, and vectorised.
    bool pairwise;

    // Calls emit(m, partial) for each output m of `outputs`, its partial being the left fold of
    // transform(x) over `positions` (not empty), from the first one.
    template <class Emit>
    void operator()(chunk_range outputs, chunk_range positions, Emit&& emit) const {
        if (outputs_innermost(g)) {
            fold_outputs_innermost(outputs, positions, emit);
        } else {
            fold_output_by_output(outputs, positions, emit);
        }
    }

private:
    template <class Emit>
    void fold_output_by_output(chunk_range outputs, chunk_range positions, Emit& emit) const {
        strided_walk output_walk(g.kept_shape, g.kept_strides, outputs.begin);
        const strided_walk start(g.folded_shape, g.folded_strides, positions.begin);
        strided_walk walk = start;
        using element = std::remove_cv_t<std::remove_pointer_t<Pointer>>;
        if constexpr (is_pairwise_summed_v<T> && std::is_same_v<element, T>) {
            if (pairwise && g.buffered_block != 0) {
                element_buffer<T> buffer(std::min(positions.size(), numpy_block_size));
                for (std::size_t m = outputs.begin; m < outputs.end; ++m, output_walk.advance(1)) {
                    walk = start;
                    emit(m, sum_through_buffer(base + output_walk.offset(), walk, positions,
                                               buffer.data()));
                }
                return;
            }
        }
        for (std::size_t m = outputs.begin; m < outputs.end; ++m, output_walk.advance(1)) {
            walk = start; // same sizes: a copy without allocation
            std::optional<T> partial;
            for (std::size_t left = positions.size(); left > 0;) {
                const std::size_t run = std::min(left, walk.run_left());
                const Pointer first = base + (output_walk.offset() + walk.offset());
                fold_run(first, run, walk.inner_stride(), partial);
                walk.advance(run);
                left -= run;
            }
            emit(m, std::move(*partial));
        }
    }

    // NumPy's sum of one output's `positions` (walk at the first) where it copies them through
    // its buffer (g.buffered_block): each block of g.buffered_block positions is gathered 8192
    // at a time into `buffer` and summed pairwise, the sums added in order.
    T sum_through_buffer(Pointer first, strided_walk& walk, chunk_range positions,
                         T* buffer) const {
        const std::size_t block = g.buffered_block;
        std::optional<T> partial;
        for (std::size_t l = positions.begin; l < positions.end;) {
            const std::size_t block_begin = l - l % block;
            const std::size_t filled_before = (l - block_begin) / numpy_block_size;
            const std::size_t fill_end =
                std::min({positions.end, block_begin + block,
                          block_begin + (filled_before + 1) * numpy_block_size});
            const std::size_t count = fill_end - l;
            for (std::size_t done = 0; done < count;) {
                const std::size_t run = std::min(count - done, walk.run_left());
                const Pointer from = first + walk.offset();
                const std::ptrdiff_t stride = walk.inner_stride();
                for (std::size_t i = 0; i < run; ++i) {
                    buffer[done + i] = from[static_cast<std::ptrdiff_t>(i) * stride];
                }
                walk.advance(run);
                done += run;
            }
            const T sum = numpy_pairwise_sum_of<T>(
                pairwise_elements<std::remove_cv_t<Transform>>(static_cast<const T*>(buffer)),
                count);
            partial = partial ? *partial + sum : sum;
            l = fill_end;
        }
        return *partial;
    }

    void fold_run(Pointer first, std::size_t run, std::ptrdiff_t stride,
                  std::optional<T>& partial) const {
        fold_strided_run(first, run, stride, pairwise, partial, reduce, transform);
    }

    template <class Emit>
    void fold_outputs_innermost(chunk_range outputs, chunk_range positions, Emit& emit) const {
        const std::vector<output_run> runs = output_runs(outputs);
        std::vector<T> partials;
        partials.reserve(outputs.size());
        strided_walk walk(g.folded_shape, g.folded_strides, positions.begin);
        // The first position starts each output's fold; the others continue them.
        for (const output_run& run : runs) {
            const Pointer first = base + (walk.offset() + run.offset);
            for (std::size_t i = 0; i < run.length; ++i) {
                partials.push_back(
                    std::invoke(transform, first[static_cast<std::ptrdiff_t>(i) * run.stride]));
            }
        }
        walk.advance(1);
        if (runs.size() == 1 && runs.front().stride == 1) {
            // One stretch of contiguous outputs (a sum along axis 0 of a matrix): the positions
            // are rows walk.inner_stride() apart up to the next wrap, folded a block at a time
            // (a block small enough to stay in cache while fold_rows walks it).
            const std::size_t length = runs.front().length;
            using held_apart = columns_fold<std::remove_cv_t<Reduce>, std::remove_cv_t<Transform>,
                                            std::remove_cv_t<std::remove_pointer_t<Pointer>>>;
            if constexpr (held_apart::available) {
                typename held_apart::state held(partials.data(), length);
                for (std::size_t l = positions.begin + 1; l < positions.end;) {
                    const std::size_t stretch = std::min(positions.end - l, walk.run_left());
                    held.fold(base + (walk.offset() + runs.front().offset), walk.inner_stride(),
                              stretch);
                    walk.advance(stretch);
                    l += stretch;
                }
                held.store(partials.data());
                for (std::size_t k = 0; k < partials.size(); ++k) {
                    emit(outputs.begin + k, std::move(partials[k]));
                }
                return;
            }
            const std::size_t rows_a_block = std::max<std::size_t>(1, numpy_block_size / length);
            for (std::size_t l = positions.begin + 1; l < positions.end;) {
                const std::size_t stretch = std::min(positions.end - l, walk.run_left());
                const std::ptrdiff_t stride = walk.inner_stride();
                Pointer first = base + (walk.offset() + runs.front().offset);
                for (std::size_t done = 0; done < stretch;) {
                    const std::size_t rows = std::min(rows_a_block, stretch - done);
                    const auto element = [first, stride](std::size_t b, std::size_t j) {
                        return first[static_cast<std::ptrdiff_t>(b) * stride +
                                     static_cast<std::ptrdiff_t>(j)];
                    };
                    fold_rows(partials.data(), rows, length, element, reduce, transform);
                    first += static_cast<std::ptrdiff_t>(rows) * stride;
                    done += rows;
                }
                walk.advance(stretch);
                l += stretch;
            }
            for (std::size_t k = 0; k < partials.size(); ++k) {
                emit(outputs.begin + k, std::move(partials[k]));
            }
            return;
        }
        for (std::size_t l = positions.begin + 1; l < positions.end; ++l, walk.advance(1)) {
            T* partial = partials.data();
            for (const output_run& run : runs) {
                const Pointer first = base + (walk.offset() + run.offset);
                if (run.stride == 1) { // the common case, kept apart so that it vectorises
                    for (std::size_t i = 0; i < run.length; ++i) {
                        partial[i] = std::invoke(reduce, std::move(partial[i]),
                                                 std::invoke(transform, first[i]));
                    }
                } else {
                    for (std::size_t i = 0; i < run.length; ++i) {
                        partial[i] = std::invoke(
                            reduce, std::move(partial[i]),
                            std::invoke(transform,
                                        first[static_cast<std::ptrdiff_t>(i) * run.stride]));
                    }
                }
                partial += run.length;
            }
        }
        for (std::size_t k = 0; k < partials.size(); ++k) {
            emit(outputs.begin + k, std::move(partials[k]));
        }
    }

    // A stretch of outputs along the innermost kept axis: `length` of them, the first at
    // `offset` from a position's element, the next ones `stride` apart.
    struct output_run {
        std::ptrdiff_t offset;
        std::ptrdiff_t stride;
        std::size_t length;
    };

    std::vector<output_run> output_runs(chunk_range outputs) const {
        std::vector<output_run> runs;
        strided_walk output_walk(g.kept_shape, g.kept_strides, outputs.begin);
        for (std::size_t left = outputs.size(); left > 0;) {
            const std::size_t length = std::min(left, output_walk.run_left());
            runs.push_back({output_walk.offset(), output_walk.inner_stride(), length});
            output_walk.advance(length);
            left -= length;
        }
        return runs;
    }
};

// A position in a lazy expression's axes, part of it counted over some of its axes (the kept
// ones or the folded ones of a reduction, those of extent above 1, in order): set from a flat
// position over them, or moved on along them, without a division a step.
class axes_counter {
public:
    axes_counter(const row_index& shape, const std::vector<std::size_t>& axes) : axes_(axes) {
        for (const std::size_t axis : axes_) {
            extents_.push_back(shape[axis]);
        }
    }

    bool empty() const noexcept { return axes_.empty(); }
    std::size_t last_axis() const noexcept { return axes_.back(); }

    void set(row_index& index, std::size_t position) const noexcept {
        for (std::size_t k = axes_.size(); k-- > 0;) {
            index[axes_[k]] = position % extents_[k];
            position /= extents_[k];
        }
    }

    // Copies this part of `from` into `index`.
    void copy(row_index& index, const row_index& from) const noexcept {
        for (const std::size_t axis : axes_) {
            index[axis] = from[axis];
        }
    }

    // Positions left along the last axis (all of them when there is none).
    std::size_t run_left(const row_index& index) const noexcept {
        return axes_.empty() ? std::numeric_limits<std::size_t>::max()
                             : extents_.back() - index[axes_.back()];
    }

    // Positions left in the run over the last `count` axes (1 <= count <= their number): those
    // until the last `count` indices all wrap.
    std::size_t run_left(const row_index& index, std::size_t count) const noexcept {
        if (axes_.empty()) {
            return std::numeric_limits<std::size_t>::max();
        }
        std::size_t done = 0;
        std::size_t size = 1;
        for (std::size_t k = axes_.size(); k-- > axes_.size() - count;) {
            done += index[axes_[k]] * size;
            size *= extents_[k];
        }
        return size - done;
    }

    // How many of the last axes follow on from one another in a row-major array of `shape`
    // (only axes of extent 1 between them): the axes make_geometry merges into one run.
    std::size_t trailing_contiguous(const row_index& shape) const noexcept {
        if (axes_.empty()) {
            return 0;
        }
        std::size_t count = 1;
        for (std::size_t k = axes_.size() - 1; k > 0; --k, ++count) {
            for (std::size_t axis = axes_[k - 1] + 1; axis < axes_[k]; ++axis) {
                if (shape[axis] != 1) {
                    return count;
                }
            }
        }
        return count;
    }

    // Moves `count` (<= run_left) positions on.
    void advance(row_index& index, std::size_t count) const noexcept {
        if (axes_.empty()) {
            return;
        }
        std::size_t k = axes_.size() - 1;
        index[axes_[k]] += count;
        while (k > 0 && index[axes_[k]] == extents_[k]) {
            index[axes_[k]] = 0;
            --k;
            ++index[axes_[k]];
        }
    }

private:
    std::vector<std::size_t> axes_;
    std::vector<std::size_t> extents_;
};

// tile_folder's fold for a lazy expression readable by rows (expression_rows.hpp), read where
// it lies: its elements are evaluated a run at a time into a small buffer, as Value (what a
// temporary of it would hold), and folded exactly as tile_folder folds that temporary, g being
// its geometry (row-major strides): the same operations in the same order, the same bits.
template <class T, class Value, class Reader, class Reduce, class Transform>
struct lazy_tile_folder {
    const Reader& reader;
    const row_index& shape;
    const axes_counter& kept;
    const axes_counter& folded;
    const reduction_geometry& g;
    Reduce& reduce;
    Transform& transform;
    bool pairwise;
    // The number of last folded axes merged into one run (folded.trailing_contiguous).
    std::size_t run_axes;

    template <class Emit>
    void operator()(chunk_range outputs, chunk_range positions, Emit&& emit) const {
        Reader source = reader;
        row_index index(shape.size(), 0);
        kept.set(index, outputs.begin);
        folded.set(index, positions.begin);
        if (outputs_innermost(g)) {
            fold_outputs_innermost(source, index, outputs, positions, emit);
        } else {
            fold_output_by_output(source, index, outputs, positions, emit);
        }
    }

private:
    // Reads rows along `axis`, copies made for operands broadcast along it.
    static bool read_along(Reader& source, const axes_counter& axes) {
        if (!axes.empty()) {
            source.set_row_axis(axes.last_axis());
        }
        source.read_rows_by_copy();
        return source.unit_inner_stride();
    }

    template <class Emit>
    void fold_output_by_output(Reader& source, row_index& index, chunk_range outputs,
                               chunk_range positions, Emit& emit) const {
        const bool unit = read_along(source, folded);
        // tile_folder's runs: along the last folded axis, stride 1 when it has one.
        const bool unit_runs = !g.folded_strides.empty() && g.folded_strides.back() == 1;
        element_buffer<Value> buffer(std::min(positions.size(), numpy_block_size));
        const row_index start = index;
        for (std::size_t m = outputs.begin; m < outputs.end; ++m, kept.advance(index, 1)) {
            folded.copy(index, start);
            std::optional<T> partial;
            for (std::size_t left = positions.size(); left > 0;) {
                // tile_folder's run: over the last folded axes that make_geometry merged.
                const std::size_t run = std::min(left, folded.run_left(index, run_axes));
                for (std::size_t begin = 0; begin < run; begin += buffer.size()) {
                    const std::size_t count = std::min(buffer.size(), run - begin);
                    for (std::size_t filled = 0; filled < count;) {
                        const std::size_t piece = std::min(count - filled, folded.run_left(index));
                        source.move_to(index);
                        read_row(buffer.data() + filled, source, piece, unit);
                        folded.advance(index, piece);
                        filled += piece;
                    }
                    // tile_folder::fold_run's, over a block of the run (at most 8192, as its
                    // own pairwise blocks).
                    fold_strided_run(static_cast<const Value*>(buffer.data()), count, 1,
                                     pairwise && unit_runs, partial, reduce, transform);
                }
                left -= run;
            }
            emit(m, std::move(*partial));
        }
    }

    template <class Emit>
    void fold_outputs_innermost(Reader& source, row_index& index, chunk_range outputs,
                                chunk_range positions, Emit& emit) const {
        const bool unit = read_along(source, kept);
        // The runs of outputs along the last kept axis: where each starts, and its length.
        std::vector<std::pair<row_index, std::size_t>> runs;
        std::size_t longest = 0;
        for (std::size_t left = outputs.size(); left > 0;) {
            const std::size_t length = std::min(left, kept.run_left(index));
            runs.emplace_back(index, length);
            longest = std::max(longest, length);
            kept.advance(index, length);
            left -= length;
        }
        std::vector<T> partials;
        partials.reserve(outputs.size());
        // One run whose elements for consecutive positions follow one another (a sum along
        // axis 0 of 10^6 x 8): read many positions at once, by whole rows.
        if (runs.size() == 1 && longest <= numpy_block_size && !g.folded_strides.empty() &&
            g.folded_strides.back() == static_cast<std::ptrdiff_t>(longest)) {
            fold_consecutive_positions(index, runs.front().first, longest, positions, partials);
        } else {
            fold_position_by_position(source, index, runs, longest, unit, positions, partials);
        }
        for (std::size_t k = 0; k < partials.size(); ++k) {
            emit(outputs.begin + k, std::move(partials[k]));
        }
    }

    // Folds the elements of `count` outputs at one position, from output `offset` of the tile
    // on, into partials; the first position starts each output's fold (offset is then
    // partials.size()).
    void fold_position(const Value* values, std::size_t count, bool first, std::size_t offset,
                       std::vector<T>& partials) const {
        if (first) {
            for (std::size_t i = 0; i < count; ++i) {
                partials.push_back(std::invoke(transform, values[i]));
            }
            return;
        }
        T* partial = partials.data() + offset;
        for (std::size_t i = 0; i < count; ++i) {
            partial[i] =
                std::invoke(reduce, std::move(partial[i]), std::invoke(transform, values[i]));
        }
    }

    // Folds `rows` positions of `length` outputs, elements[b * length + i] being output i's
    // element at position b; the first one starts each output's fold when `starts`.
    template <class Elements>
    void fold_block(const Elements& elements, std::size_t rows, std::size_t length, bool starts,
                    std::vector<T>& partials) const {
        std::size_t first_row = 0;
        if (starts) {
            for (std::size_t i = 0; i < length; ++i) {
                partials.push_back(std::invoke(transform, elements[i]));
            }
            first_row = 1;
        }
        const auto element = [&elements, length, first_row](std::size_t b, std::size_t j) {
            return elements[(first_row + b) * length + j];
        };
        fold_rows(partials.data(), rows - first_row, length, element, reduce, transform);
    }

    void fold_consecutive_positions(row_index& index, const row_index& run_start,
                                    std::size_t length, chunk_range positions,
                                    std::vector<T>& partials) const {
        // As many rows as row_cursor reads as one (merge_rows), or one.
        const std::size_t rows_a_block = std::max<std::size_t>(1, row_block / length);
        element_buffer<Value> buffer(rows_a_block * length);
        for (std::size_t l = positions.begin; l < positions.end;) {
            // Up to the next wrap of the last folded axis, the positions' rows are contiguous.
            const std::size_t stretch = std::min(positions.end - l, folded.run_left(index));
            kept.copy(index, run_start);
            std::size_t flat = 0;
            for (std::size_t axis = 0; axis < shape.size(); ++axis) {
                flat = flat * shape[axis] + index[axis];
            }
            row_cursor<Reader> cursor(reader, shape, flat);
            for (std::size_t done = 0; done < stretch;) {
                const std::size_t rows = std::min(rows_a_block, stretch - done);
                const bool starts = l + done == positions.begin;
                auto fold = [&](const auto& elements) {
                    fold_block(elements, rows, length, starts, partials);
                };
                // Straight from the operands where the rows can be read as one; else through
                // the buffer.
                if (!cursor.template visit_merged_rows<Value>(rows * length, fold) &&
                    !cursor.template visit_contiguous<Value>(rows * length, fold)) {
                    cursor.read_into(buffer.data(), rows * length);
                    fold(static_cast<const Value*>(buffer.data()));
                }
                done += rows;
            }
            folded.advance(index, stretch);
            l += stretch;
        }
    }

    void fold_position_by_position(Reader& source, row_index& index,
                                   const std::vector<std::pair<row_index, std::size_t>>& runs,
                                   std::size_t longest, bool unit, chunk_range positions,
                                   std::vector<T>& partials) const {
        element_buffer<Value> buffer(std::min(longest, numpy_block_size));
        for (std::size_t l = positions.begin; l < positions.end; ++l, folded.advance(index, 1)) {
            std::size_t offset = 0;
            for (const auto& [run_start, length] : runs) {
                kept.copy(index, run_start);
                source.move_to(index);
                for (std::size_t begin = 0; begin < length; begin += buffer.size()) {
                    const std::size_t count = std::min(buffer.size(), length - begin);
                    read_row(buffer.data(), source, count, unit);
                    fold_position(buffer.data(), count, l == positions.begin, offset, partials);
                    offset += count;
                }
            }
        }
    }
};

// Whether a reduction along axes must fold each output's elements in one chunk, x_0 ⊕ x_1 ⊕ ...
// from the first to the last, never as partials of chunks combined: a floating np.prod, whose
// bits are those of NumPy's sequential loop, not of any other bracketing. Reduce says so with a
// member `static constexpr bool keeps_folds_whole = true`; its outputs are still shared among
// the threads, but a single long fold then runs on one thread.
template <class Reduce, class = void>
inline constexpr bool keeps_folds_whole_v = false;
template <class Reduce>
inline constexpr bool keeps_folds_whole_v<Reduce, std::enable_if_t<Reduce::keeps_folds_whole>> =
    true;

// reduce_geometry for g.length and g.outputs not 0, and T made from an element, each tile
// folded by `fold` (a tile_folder or a lazy_tile_folder).
template <class T, class Folder, class Reduce>
void reduce_tiles_with(const Folder& fold, const reduction_geometry& g, const T& init, T* out,
                       Reduce& reduce, bool pairwise, const options& opts) {
    chunk_plan positions = keeps_folds_whole_v<std::remove_const_t<Reduce>>
                               ? chunk_plan::balanced(g.length, 1)
                               : make_chunk_plan(g.length, options{});
    if (pairwise && positions.size() > 1 && g.folded_shape.size() == 1 && !outputs_innermost(g)) {
        // One run an output (contiguous or strided), longer than a chunk: NumPy adds the
        // pairwise sums of its 8192-element blocks one after another. A chunk a block, so that
        // the chunks' partials, added in order below, are those block sums: NumPy's bits.
        positions = chunk_plan::fixed(g.length, numpy_block_size);
    }
    const std::size_t position_chunks = positions.size();
    chunk_plan outputs = make_chunk_plan(g.outputs, opts, positions[0].size());
    if (opts.chunk_size() == 0 && opts.num_chunks() == 0 && outputs_innermost(g) &&
        outputs.size() > 1) {
        // Each row of a tile is then read as one stretch of its outputs' elements: as long a
        // stretch as 2 tiles a thread allow (a short one from each of many rows defeats the
        // prefetcher: sum(axis=0) of 10^4 x 10^4 in tiles of 256 columns took 99 ms, in 2 tiles
        // a thread 43 ms in the 2026-11-25 benchmark run), and never under 256
        // elements. How the outputs are shared out changes no bit of any output.
        const std::size_t tiles = 2 * pool_for(opts).size();
        outputs = chunk_plan::fixed(g.outputs,
                                    std::max<std::size_t>(256, (g.outputs + tiles - 1) / tiles));
    }
    std::vector<std::optional<T>> partials(position_chunks > 1 ? g.outputs * position_chunks : 0);
    const std::size_t tiles = outputs.size() * position_chunks;
    auto body = [&](std::size_t tile, chunk_range) {
        const std::size_t position_chunk = tile % position_chunks;
        fold(outputs[tile / position_chunks], positions[position_chunk],
             [&](std::size_t m, T&& partial) {
                 if (position_chunks == 1) {
                     out[m] = std::invoke(reduce, T(init), std::move(partial));
                 } else {
                     partials[m * position_chunks + position_chunk].emplace(std::move(partial));
                 }
             });
    };
    for_each_chunk(chunk_plan::balanced(tiles, tiles), opts, body);
    if (position_chunks > 1) {
        for (std::size_t m = 0; m < g.outputs; ++m) {
            T total = init;
            for (std::size_t c = 0; c < position_chunks; ++c) {
                total = std::invoke(reduce, std::move(total),
                                    std::move(*partials[m * position_chunks + c]));
            }
            out[m] = std::move(total);
        }
    }
}

// reduce_geometry for g.length and g.outputs not 0, and T made from an element.
template <class T, class Pointer, class Reduce, class Transform>
void reduce_tiles(Pointer base, const reduction_geometry& g, const T& init, T* out, Reduce& reduce,
                  Transform& transform, bool pairwise, const options& opts) {
    const tile_folder<T, Pointer, Reduce, Transform> fold{base, g, reduce, transform, pairwise};
    reduce_tiles_with(fold, g, init, out, reduce, pairwise, opts);
}

// reduce_geometry for a T that is not made from an element (a std::vector<int> over ints, see
// fold.hpp, or a complex np.prod, which starts from 1+0j): each output folds all its elements
// into a copy of init, the outputs shared out in chunks sized by the elements they fold (10^4
// outputs of 10^4 elements each are many chunks, not one).
template <class T, class Pointer, class Reduce, class Transform>
void reduce_outputs_from_init(Pointer base, const reduction_geometry& g, const T& init, T* out,
                              Reduce& reduce, Transform& transform, const options& opts) {
    auto fold_outputs = [&](std::size_t, chunk_range outputs) {
        strided_walk output_walk(g.kept_shape, g.kept_strides, outputs.begin);
        for (std::size_t m = outputs.begin; m < outputs.end; ++m, output_walk.advance(1)) {
            strided_walk walk(g.folded_shape, g.folded_strides, 0);
            T total = init;
            for (std::size_t l = 0; l < g.length; ++l, walk.advance(1)) {
                total =
                    std::invoke(reduce, std::move(total),
                                std::invoke(transform, base[output_walk.offset() + walk.offset()]));
            }
            out[m] = std::move(total);
        }
    };
    for_each_chunk(make_chunk_plan(g.outputs, opts, g.length), opts, fold_outputs);
}

// The reduction of strided storage (base, geometry g) into an ndarray of g.result_shape: output
// m is init ⊕ x_0 ⊕ ... ⊕ x_{length-1}. The folded positions are split into chunks that depend
// on g.length only (one chunk up to 32768 positions; always one where keeps_folds_whole_v<Reduce>):
// the fold order, hence the bits, never
// depends on the pool or on how the outputs are shared out. Tiles of (outputs, position chunk)
// run in parallel, so both many outputs and few long ones use every thread.
template <class T, class Pointer, class Reduce, class Transform>
ndarray<T> reduce_geometry(Pointer base, const reduction_geometry& g, const T& init, Reduce& reduce,
                           Transform& transform, bool pairwise, const options& opts) {
    auto result = ndarray<T>::from_shape(g.result_shape);
    T* const out = result.data();
    if (g.length == 0 || g.outputs == 0) {
        std::fill(out, out + g.outputs, init);
    } else if constexpr (!starts_from_element_v<T, transformed_t<Transform, Pointer>>) {
        reduce_outputs_from_init(base, g, init, out, reduce, transform, opts);
    } else {
        reduce_tiles(base, g, init, out, reduce, transform, pairwise, opts);
    }
    return result;
}

// reduce_geometry over a lazy expression readable by rows (at least one axis, T made from an
// element), read where it lies by lazy_tile_folder: the bits of reduce_geometry over e
// evaluated into a row-major temporary, without the temporary (a buffer of up to
// numpy_block_size elements a tile instead).
template <class T, class E, class Reduce, class Transform>
ndarray<T> reduce_lazy(const E& e, const std::vector<std::size_t>& axes, const T& init,
                       Reduce& reduce, Transform& transform, bool pairwise, const options& opts) {
    const row_index shape(e.shape().begin(), e.shape().end());
    std::vector<std::ptrdiff_t> row_major(shape.size());
    std::ptrdiff_t stride = 1;
    for (std::size_t axis = shape.size(); axis-- > 0;) {
        row_major[axis] = stride;
        stride *= static_cast<std::ptrdiff_t>(shape[axis]);
    }
    const reduction_geometry g = make_geometry(shape, row_major, axes);
    auto result = ndarray<T>::from_shape(g.result_shape);
    if (g.length == 0 || g.outputs == 0) {
        std::fill(result.data(), result.data() + g.outputs, init);
        return result;
    }
    std::vector<std::size_t> kept_axes, folded_axes;
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        if (shape[axis] != 1) {
            const bool is_folded = std::binary_search(axes.begin(), axes.end(), axis);
            (is_folded ? folded_axes : kept_axes).push_back(axis);
        }
    }
    const axes_counter kept(shape, kept_axes);
    const axes_counter folded(shape, folded_axes);
    using reader_type = rows_type_t<E>;
    const reader_type reader = make_rows(e, shape.size());
    const lazy_tile_folder<T, value_type_t<E>, reader_type, Reduce, Transform> fold{
        reader,    shape,    kept,
        folded,    g,        reduce,
        transform, pairwise, folded.trailing_contiguous(shape)};
    reduce_tiles_with(fold, g, init, result.data(), reduce, pairwise, opts);
    return result;
}

} // namespace parray::detail
