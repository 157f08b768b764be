// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "../chunking.hpp"
#include "../config.hpp"
#include "constants.hpp"
#include "fold.hpp"

namespace parray::detail {

// NumPy's pairwise summation (numpy/core/src/umath/loops_utils.h.src, @TYPE@_pairwise_sum),
// operation for operation, so that the rounding is NumPy's: eight running sums over blocks of at
// most 128 elements, combined as a tree, and halving (at a multiple of 8) above that.

// The leaf of the recursion, n <= numpy_pairwise_leaf_size; not recursive itself, so that short
// sums inline it. `a` is a pointer, or anything whose a[i] gives element i as a T.
template <class T, class Elements = const T*>
T numpy_pairwise_leaf(Elements a, std::size_t n) noexcept {
    if (n < 8) {
        T sum = T(0);
        for (std::size_t i = 0; i < n; ++i) {
            sum += a[i];
        }
        return sum;
    }
    T r[8];
    for (std::size_t j = 0; j < 8; ++j) {
        r[j] = a[j];
    }
    std::size_t i = 8;
    for (; i < n - (n % 8); i += 8) {
        for (std::size_t j = 0; j < 8; ++j) {
            r[j] += a[i + j];
        }
    }
    T sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i) {
        sum += a[i];
    }
    return sum;
}

template <class T>
T numpy_pairwise_sum(const T* a, std::size_t n) noexcept;

// The recursion of numpy_pairwise_sum, n > numpy_pairwise_leaf_size; apart, so that a short
// sum inlines only the leaf.
template <class T>
PARRAY_NOINLINE T numpy_pairwise_halves(const T* a, std::size_t n) noexcept {
    std::size_t half = n / 2;
    half -= half % 8;
    return numpy_pairwise_sum(a, half) + numpy_pairwise_sum(a + half, n - half);
}

template <class T>
T numpy_pairwise_sum(const T* a, std::size_t n) noexcept {
    return n <= numpy_pairwise_leaf_size ? numpy_pairwise_leaf<T>(a, n)
                                         : numpy_pairwise_halves(a, n);
}

// The number of pieces chunk r splits into when also cut at every multiple of the NumPy block.
inline std::size_t block_segments(chunk_range r) noexcept {
    return r.size() == 0 ? 0 : (r.end - 1) / numpy_block_size - r.begin / numpy_block_size + 1;
}

// numpy_pairwise_sum over the next n elements of `source`, which has read_into and
// visit_contiguous (row_cursor, expression_rows.hpp): the same tree of
// additions, its leaves read into a small buffer one after another as the recursion reaches
// them (left to right), so that reading a lazy expression overlaps with adding it.
template <class T, class Source>
T numpy_pairwise_sum_reading(Source& source, std::size_t n) {
    if (n <= numpy_pairwise_leaf_size) {
        T sum;
        // Straight from the operands where the leaf lies in one contiguous row: no buffer.
        if (source.template visit_contiguous<T>(
                n, [&](const auto& elements) { sum = numpy_pairwise_leaf<T>(elements, n); })) {
            return sum;
        }
        T leaf[numpy_pairwise_leaf_size];
        source.read_into(leaf, n);
        return numpy_pairwise_leaf<T>(leaf, n);
    }
    std::size_t half = n / 2;
    half -= half % 8;
    const T left = numpy_pairwise_sum_reading<T>(source, half);
    return left + numpy_pairwise_sum_reading<T>(source, n - half);
}

// Calls emit(pairwise sum) for each piece of chunk r cut at multiples of the NumPy block, in
// order. `first` is an iterator (or pointer) to element r.begin.
template <class T, class Iterator, class Emit>
void sum_block_segments(Iterator first, chunk_range r, Emit&& emit) {
    if constexpr (std::is_pointer_v<Iterator>) {
        if (r.size() <= numpy_pairwise_leaf_size && r.begin % numpy_block_size == 0) {
            emit(numpy_pairwise_leaf<T>(first, r.size())); // a short sum: one leaf
            return;
        }
    }
    std::size_t begin = r.begin;
    while (begin < r.end) {
        const std::size_t block_end = (begin / numpy_block_size + 1) * numpy_block_size;
        const std::size_t end = block_end < r.end ? block_end : r.end;
        const std::size_t count = end - begin;
        if constexpr (std::is_pointer_v<Iterator>) {
            emit(numpy_pairwise_sum<T>(first, count));
            first += count;
        } else {
            if constexpr (has_read_into<Iterator, T>::value) {
                emit(numpy_pairwise_sum_reading<T>(first, count));
            } else {
                // Not contiguous: copy the piece into a buffer (as NumPy's own buffering does).
                T buffer[numpy_block_size];
                for (std::size_t i = 0; i < count; ++i, ++first) {
                    buffer[i] = *first;
                }
                emit(numpy_pairwise_sum<T>(buffer, count));
            }
        }
        begin = end;
    }
}

// The type parallel_sum returns for elements of type T: NumPy's rule.
template <class T, class = void>
struct sum_result {
    using type = T;
};
template <class T>
struct sum_result<T, std::enable_if_t<std::is_integral_v<T> && std::is_signed_v<T>>> {
    using type = std::conditional_t<(sizeof(T) < sizeof(std::int64_t)), std::int64_t, T>;
};
template <class T>
struct sum_result<T, std::enable_if_t<std::is_integral_v<T> && std::is_unsigned_v<T>>> {
    // bool sums to a signed count, as in NumPy.
    using type = std::conditional_t<
        std::is_same_v<T, bool>, std::int64_t,
        std::conditional_t<(sizeof(T) < sizeof(std::uint64_t)), std::uint64_t, T>>;
};

// How parallel_sum adds integers of type T: each one widened to NumPy's result type and added
// as that type's unsigned twin, where overflow wraps (as NumPy's sum does) instead of being
// undefined; two's complement makes the bits the same either way.
template <class T>
struct integer_sum {
    using result_type = typename sum_result<T>::type;
    using unsigned_type = std::make_unsigned_t<result_type>;

    // The transform of a reduction in unsigned_type (with std::plus<unsigned_type>): for every
    // integer T the same value as static_cast<unsigned_type>(x) (fold.hpp's is_conversion_v).
    static constexpr bool is_conversion = true;
    unsigned_type operator()(const T& x) const noexcept {
        return static_cast<unsigned_type>(static_cast<result_type>(x));
    }
    static result_type to_result(unsigned_type total) noexcept {
        return static_cast<result_type>(total);
    }
    // The same addition on result_type values.
    static result_type add(result_type x, result_type y) noexcept {
        return to_result(static_cast<unsigned_type>(x) + static_cast<unsigned_type>(y));
    }
};

} // namespace parray::detail
