// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Selecting elements in order: np.flatnonzero, np.nonzero, a[mask] (np.extract) and a filter by
// a predicate. Each is a stream compaction in two passes over fixed chunks: pass 1 marks the
// elements kept, one bit each, and counts them per chunk; a serial prefix over the counts gives
// each chunk its offset in the result; pass 2 writes each chunk's survivors at its offset,
// reading the marks (not the predicate or the mask again).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "chunking.hpp"
#include "detail/array_access.hpp"
#include "detail/executor.hpp"
#include "detail/expression_traits.hpp"
#include "detail/fold.hpp"
#include "detail/shape.hpp"
#include "ndarray.hpp"
#include "options.hpp"

namespace parray {
namespace detail {

// Marks are kept in words of this many bits, one word for each run of 64 elements of a chunk.
inline constexpr std::size_t mark_word_bits = 64;

// Whether an element is nonzero, as NumPy's truth of it: NaN is nonzero.
struct is_nonzero {
    template <class T>
    bool operator()(const T& x) const noexcept {
        return x != T(0);
    }
};

// The index of the lowest set bit of a nonzero word.
inline unsigned lowest_set_bit(std::uint64_t word) noexcept {
    return static_cast<unsigned>(__builtin_ctzll(word));
}

// keep[0], ..., keep[63] as the bits of a word, keep[b] its bit b. Eight bools (bytes 0 or 1)
// at a time: the multiplication moves byte i's low bit to bit 56 + i, with no carries between
// them (a shift and an OR an element made pass 1 of a[a > 0.5] compute-bound).
inline std::uint64_t packed_marks(const bool* keep) noexcept {
    std::uint64_t word = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    static_assert(sizeof(bool) == 1, "packed_marks reads eight bools as one word");
    constexpr std::uint64_t gather_low_bits = 0x0102040810204080ULL;
    for (std::size_t byte = 0; byte < mark_word_bits / 8; ++byte) {
        std::uint64_t eight;
        std::memcpy(&eight, keep + 8 * byte, sizeof eight);
        word |= ((eight * gather_low_bits) >> 56) << (8 * byte);
    }
#else
    for (std::size_t b = 0; b < mark_word_bits; ++b) {
        word |= std::uint64_t{keep[b]} << b;
    }
#endif
    return word;
}

// The number of set bits of a word.
inline std::size_t set_bits(std::uint64_t word) noexcept {
    return static_cast<std::size_t>(__builtin_popcountll(word));
}

// The marks of the next `bits` (at most mark_word_bits) elements from first, moved past them:
// keep(x) once an element, in order, into a buffer packed at the end. A lazy expression is read
// a run at a time (read_into: vectorised, where through its cursor it went element by element).
template <class Iterator, class Keep>
std::uint64_t mark_word(Iterator& first, std::size_t bits, Keep& keep) {
    bool kept[mark_word_bits];
    std::fill(kept + bits, kept + mark_word_bits, false);
    using element = std::decay_t<decltype(*first)>;
    if constexpr (std::is_arithmetic_v<element> && has_read_into<Iterator, element>::value) {
        element values[mark_word_bits];
        first.read_into(values, bits);
        for (std::size_t b = 0; b < bits; ++b) {
            kept[b] = static_cast<bool>(keep(values[b]));
        }
    } else {
        for (std::size_t b = 0; b < bits; ++b, ++first) {
            kept[b] = static_cast<bool>(keep(*first));
        }
    }
    return packed_marks(kept);
}

// The marks of pass 1: chunk c's elements are marked in words [first_word[c], first_word[c+1])
// (bit b of word w is the element r.begin + 64 w + b of its range r), and its survivors go to
// [offset[c], offset[c + 1]) of the result.
struct selection_marks {
    chunk_plan plan;
    std::vector<std::size_t> first_word;
    std::vector<std::uint64_t> words;
    std::vector<std::size_t> offset;

    std::size_t selected() const noexcept { return offset.back(); }
};

// Pass 1 and the prefix: marks the elements x of e (row-major) for which keep(x), in parallel
// chunks of make_chunk_plan's. keep may be called concurrently, once an element.
template <class E, class Keep>
selection_marks mark_selected(const E& e, Keep& keep, const options& opts) {
    selection_marks marks;
    const std::size_t n = e.size();
    marks.plan = make_chunk_plan(n, opts);
    const std::size_t chunks = marks.plan.size();
    marks.first_word.assign(chunks + 1, 0);
    for (std::size_t c = 0; c < chunks; ++c) {
        marks.first_word[c + 1] =
            marks.first_word[c] + (marks.plan[c].size() + mark_word_bits - 1) / mark_word_bits;
    }
    marks.words.resize(marks.first_word.back());
    std::vector<std::size_t> counts(chunks, 0);
    prepare_for_concurrent_reads(e);
    const auto data = contiguous_data(e);
    auto mark_chunk = [&](std::size_t c, chunk_range r) {
        with_range(e, data, r, [&](auto first, std::size_t count) {
            std::uint64_t* word = marks.words.data() + marks.first_word[c];
            std::size_t kept = 0;
            for (std::size_t done = 0; done < count; done += mark_word_bits, ++word) {
                *word = mark_word(first, std::min(mark_word_bits, count - done), keep);
                kept += set_bits(*word);
            }
            counts[c] = kept;
        });
    };
    // Pass 1 is not watched: the progress and stop flag belong to pass 2, which writes the
    // result.
    for_each_chunk(marks.plan, pool_only(opts), mark_chunk);
    marks.offset.assign(chunks + 1, 0);
    for (std::size_t c = 0; c < chunks; ++c) {
        marks.offset[c + 1] = marks.offset[c] + counts[c];
    }
    return marks;
}

// Calls on_selected(position) for each marked element of chunk c in order, with its flat index.
template <class OnSelected>
void for_each_marked(const selection_marks& marks, std::size_t c, OnSelected&& on_selected) {
    const chunk_range r = marks.plan[c];
    const std::uint64_t* word = marks.words.data() + marks.first_word[c];
    const std::size_t words = marks.first_word[c + 1] - marks.first_word[c];
    for (std::size_t w = 0; w < words; ++w) {
        const std::size_t base = r.begin + w * mark_word_bits;
        for (std::uint64_t bits = word[w]; bits != 0; bits &= bits - 1) {
            on_selected(base + lowest_set_bit(bits));
        }
    }
}

// Pass 2 of a selection of values: the marked elements of `a` (row-major), in order, as a 1-d
// ndarray. A contiguous a is read only where marked; any other is walked in order.
template <class E>
ndarray<value_type_t<E>> gather_marked(const E& a, const selection_marks& marks,
                                       const options& opts) {
    using T = value_type_t<E>;
    auto out = ndarray<T>::from_shape({marks.selected()});
    T* const target = out.data();
    prepare_for_concurrent_reads(a);
    const auto data = contiguous_data(a);
    auto gather_chunk = [&](std::size_t c, chunk_range r) {
        T* next = target + marks.offset[c];
        if constexpr (!std::is_null_pointer_v<std::remove_const_t<decltype(data)>>) {
            if (data != nullptr) {
                for_each_marked(marks, c, [&](std::size_t i) { *next++ = data[i]; });
                return;
            }
        }
        with_range(a, data, r, [&](auto first, std::size_t count) {
            const std::uint64_t* word = marks.words.data() + marks.first_word[c];
            for (std::size_t i = 0; i < count; ++i, ++first) {
                if ((word[i / mark_word_bits] >> (i % mark_word_bits)) & 1U) {
                    *next++ = *first;
                }
            }
        });
    };
    for_each_chunk(marks.plan, opts, gather_chunk);
    return out;
}

// The flat indices of the marked elements, in order, as a 1-d array of np.intp's.
inline ndarray<std::int64_t> marked_indices(const selection_marks& marks, const options& opts) {
    auto out = ndarray<std::int64_t>::from_shape({marks.selected()});
    std::int64_t* const target = out.data();
    auto index_chunk = [&](std::size_t c, chunk_range) {
        std::int64_t* next = target + marks.offset[c];
        for_each_marked(marks, c, [&](std::size_t i) { *next++ = static_cast<std::int64_t>(i); });
    };
    for_each_chunk(marks.plan, opts, index_chunk);
    return out;
}

} // namespace detail

/// The flat (row-major) indices of the nonzero elements of a, in increasing order, as
/// np.flatnonzero(a): a 1-d ndarray of std::int64_t (NumPy's intp, the index type of
/// parallel_argmin along an axis). NaN is nonzero. `a` is an ndarray or any xtensor
/// expression (`parallel_flatnonzero(a > 0.5)`). Cost: one read of a, in parallel chunks, then
/// one pass over a bit a element (n / 8 bytes, kept between the passes) writing the indices.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<std::int64_t> parallel_flatnonzero(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_flatnonzero", a);
    detail::is_nonzero keep;
    return detail::marked_indices(detail::mark_selected(a, keep, opts), opts);
}

/// The indices of the nonzero elements of a, one 1-d ndarray of std::int64_t for each
/// dimension, in row-major order of the elements, as np.nonzero(a) (a tuple there): element k
/// of result[d] is the index along axis d of the k-th nonzero element. A 0-d a is taken as
/// shape (1,), as NumPy 1.24 does (with a DeprecationWarning): one array, {0} or empty. NaN is
/// nonzero. Cost: parallel_flatnonzero's, plus a division an axis for each index written.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
std::vector<ndarray<std::int64_t>> parallel_nonzero(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_nonzero", a);
    detail::is_nonzero keep;
    const detail::selection_marks marks = detail::mark_selected(a, keep, opts);
    std::vector<std::size_t> shape(a.shape().begin(), a.shape().end());
    if (shape.empty()) {
        shape.push_back(1);
    }
    const std::size_t dimensions = shape.size();
    std::vector<ndarray<std::int64_t>> result;
    std::vector<std::int64_t*> target;
    for (std::size_t d = 0; d < dimensions; ++d) {
        result.push_back(ndarray<std::int64_t>::from_shape({marks.selected()}));
        target.push_back(result.back().data());
    }
    auto index_chunk = [&](std::size_t c, chunk_range) {
        std::size_t position = marks.offset[c];
        detail::for_each_marked(marks, c, [&](std::size_t flat) {
            for (std::size_t d = dimensions; d-- > 1;) {
                target[d][position] = static_cast<std::int64_t>(flat % shape[d]);
                flat /= shape[d];
            }
            target[0][position] = static_cast<std::int64_t>(flat);
            ++position;
        });
    };
    detail::for_each_chunk(marks.plan, opts, index_chunk);
    return result;
}

/// The elements of a where mask is nonzero, in row-major order, as a[mask] for a mask of a's
/// shape (np.extract(mask, a)): a 1-d ndarray of a's element type. mask and a are ndarrays or
/// any xtensor expressions (`parallel_extract(a > 0.5, a)`); NaN in mask counts as true.
/// Throws std::invalid_argument naming both shapes when mask's is not a's (NumPy's
/// IndexError). Cost: one read of mask, then one pass reading the marked elements of a
/// (a contiguous a) or all of it (another expression), in parallel chunks.
template <class M, class E,
          std::enable_if_t<detail::is_expression_v<M> && detail::is_expression_v<E>, int> = 0>
auto parallel_extract(const M& mask, const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_extract", mask, a);
    if (!detail::same_shape(mask.shape(), a.shape())) {
        throw std::invalid_argument("parray::parallel_extract: a mask of shape " +
                                    detail::shape_to_string(mask.shape()) +
                                    " for an array of shape " + detail::shape_to_string(a.shape()) +
                                    ": the shapes must be the same");
    }
    detail::is_nonzero keep;
    return detail::gather_marked(a, detail::mark_selected(mask, keep, opts), opts);
}

/// The elements x of a (row-major) for which predicate(x) is true, in order, as a 1-d ndarray
/// of a's element type: NumPy's a[predicate(a)] or std::copy_if. predicate is called exactly
/// once an element, from several threads at once (it must be safe to), and is not called
/// again when the survivors are copied. The first exception it throws is rethrown here.
/// Cost: parallel_extract's, with predicate(x) in place of the mask.
template <class E, class Predicate, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_filter(const E& a, Predicate&& predicate, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_filter", a);
    auto keep = [&predicate](const auto& x) { return static_cast<bool>(predicate(x)); };
    return detail::gather_marked(a, detail::mark_selected(a, keep, opts), opts);
}

} // namespace parray
