// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The first least and the first greatest element of a contiguous run of numbers, as np.argmin,
// np.argmax, np.min, np.max, np.ptp and their nan-versions need them, found a block at a time:
// a block's extremes are folded in SIMD registers, lane by lane, and only a block that holds a
// new extreme (or a NaN) is read again, from the first-level cache, to find where. A loop that
// compares each element with the best so far, keeps its index and checks for NaN runs at a
// third of memory's speed (argmin of 10^7 doubles: 6.2 ms on 2 threads, an OpenMP loop without
// the NaN checks 2.2 ms).
//
// Written with GCC's vector extensions (GCC and clang), for floating elements and integers of
// up to 32 bits, in 16-byte vectors, which every x86-64 and ARMv8 core has. 64-bit integers
// have no SIMD compare before SSE4.2, and other compilers have no vector extensions: there the
// callers keep their element loop (has_extremes_search_v is false).
//
// Along the other axis (argmin and ptp along axis 0 of a matrix), column_folds.hpp folds rows of
// columns with column_takes, the same rule a vector of columns at a time.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

#include "constants.hpp"

namespace parray::detail {

// How a search treats NaN: `propagate` stops at the first NaN, which is both extremes (np.min,
// np.argmin); `omit` skips NaN (np.nanmin, np.nanargmin).
enum class nan_policy { propagate, omit };

// What find_first_extremes found in x[0, n): the first least and the first greatest element
// (the first of equal ones, -0.0 and 0.0 being equal), or with nan_policy::propagate the first
// NaN as both (is_nan). With nan_policy::omit, found is false when every element is NaN.
struct first_extremes {
    std::size_t low = 0;
    std::size_t high = 0;
    bool found = false;
    bool is_nan = false;
};

// Which extremes a search wants: the other is neither folded nor found.
enum class extremes_wanted { low, high, both };

#if defined(__GNUC__) || defined(__clang__)

// The 16-byte vector of T and the vector of its comparison masks; `value` is void where T has
// none (has_extremes_search_v).
template <class T>
struct search_vector {
    using value = void;
};
#define PARRAY_SEARCH_VECTOR(element, mask_element)                                                \
    template <>                                                                                    \
    struct search_vector<element> {                                                                \
        typedef element value __attribute__((vector_size(16)));                                    \
        typedef mask_element mask __attribute__((vector_size(16)));                                \
    }
PARRAY_SEARCH_VECTOR(double, std::int64_t);
PARRAY_SEARCH_VECTOR(float, std::int32_t);
PARRAY_SEARCH_VECTOR(std::int32_t, std::int32_t);
PARRAY_SEARCH_VECTOR(std::uint32_t, std::int32_t);
PARRAY_SEARCH_VECTOR(std::int16_t, std::int16_t);
PARRAY_SEARCH_VECTOR(std::uint16_t, std::int16_t);
PARRAY_SEARCH_VECTOR(std::int8_t, std::int8_t);
PARRAY_SEARCH_VECTOR(std::uint8_t, std::int8_t);
#undef PARRAY_SEARCH_VECTOR

template <class T>
inline constexpr bool has_extremes_search_v =
    !std::is_void_v<typename search_vector<std::remove_cv_t<T>>::value>;

#else

template <class T>
inline constexpr bool has_extremes_search_v = false;

#endif

template <class T>
bool differs_from_itself(const T& x) noexcept {
    return x != x; // NaN only; always false for integers
}

// The position of the first element of `block` equal to `value`, which it holds.
template <class T>
std::size_t first_equal(const T* block, const T& value) noexcept {
    std::size_t j = 0;
    while (!(block[j] == value)) {
        ++j;
    }
    return j;
}

#if defined(__GNUC__) || defined(__clang__)

// The first least and greatest elements of x[0, n), n > 0, as `first_extremes` says; T has a
// search_vector (has_extremes_search_v). Cost: one read of x, plus a second read of each
// extremes_search_block-element block that holds a new extreme: for values in random order,
// about log(n) blocks.
template <nan_policy Nan, extremes_wanted Wanted, class T>
first_extremes find_first_extremes(const T* x, std::size_t n) noexcept {
    using vector = typename search_vector<T>::value;
    using mask = typename search_vector<T>::mask;
    constexpr std::size_t lanes = sizeof(vector) / sizeof(T);
    constexpr std::size_t step = extremes_search_vectors * lanes;
    constexpr bool want_low = Wanted != extremes_wanted::high;
    constexpr bool want_high = Wanted != extremes_wanted::low;

    first_extremes found;
    std::size_t start = 0;
    // The first element that counts starts both extremes.
    if constexpr (Nan == nan_policy::omit) {
        while (start < n && differs_from_itself(x[start])) {
            ++start;
        }
        if (start == n) {
            return found;
        }
    } else if (differs_from_itself(x[0])) {
        return {0, 0, true, true};
    }
    found = {start, start, true, false};
    T low = x[start];
    T high = x[start];

    while (start < n) {
        const std::size_t length = std::min(extremes_search_block, n - start);
        const T* const block = x + start;
        vector low_lanes[extremes_search_vectors];
        vector high_lanes[extremes_search_vectors];
        mask nan_lanes[extremes_search_vectors];
        for (std::size_t v = 0; v < extremes_search_vectors; ++v) {
            // Broadcast whole (vector + scalar): a lane-by-lane store reads as a use of the
            // uninitialised rest to g++ 12 -O3 (-Wmaybe-uninitialized).
            low_lanes[v] = vector{} + low;
            high_lanes[v] = vector{} + high;
            nan_lanes[v] = mask{};
        }
        // The vector loop: a comparison and a select a vector for each extreme (minpd and maxpd
        // on x86-64), a NaN's lane keeps its extreme; with propagate, NaN is OR-ed into a mask.
        std::size_t i = 0;
        for (; i + step <= length; i += step) {
            for (std::size_t v = 0; v < extremes_search_vectors; ++v) {
                vector values;
                std::memcpy(&values, block + i + v * lanes, sizeof(values));
                if constexpr (want_low) {
                    low_lanes[v] = values < low_lanes[v] ? values : low_lanes[v];
                }
                if constexpr (want_high) {
                    high_lanes[v] = high_lanes[v] < values ? values : high_lanes[v];
                }
                if constexpr (Nan == nan_policy::propagate && std::is_floating_point_v<T>) {
                    nan_lanes[v] |= values != values;
                }
            }
        }
        // The block's extremes: its lanes, then its last elements one by one.
        bool block_has_nan = false;
        T block_low = low;
        T block_high = high;
        for (std::size_t v = 0; v < extremes_search_vectors; ++v) {
            for (std::size_t lane = 0; lane < lanes; ++lane) {
                block_has_nan = block_has_nan || nan_lanes[v][lane] != 0;
                block_low = low_lanes[v][lane] < block_low ? low_lanes[v][lane] : block_low;
                block_high = block_high < high_lanes[v][lane] ? high_lanes[v][lane] : block_high;
            }
        }
        for (; i < length; ++i) {
            const T value = block[i];
            block_has_nan = block_has_nan || differs_from_itself(value);
            block_low = value < block_low ? value : block_low;
            block_high = block_high < value ? value : block_high;
        }
        // Where: the first NaN, the first element equal to a new extreme (its own sign of zero).
        if constexpr (Nan == nan_policy::propagate) {
            if (block_has_nan) {
                std::size_t j = 0;
                while (!differs_from_itself(block[j])) {
                    ++j;
                }
                return {start + j, start + j, true, true};
            }
        }
        if (want_low && block_low < low) {
            found.low = start + first_equal(block, block_low);
            low = x[found.low];
        }
        if (want_high && high < block_high) {
            found.high = start + first_equal(block, block_high);
            high = x[found.high];
        }
        start += length;
    }
    return found;
}

#else

// Declared for the callers' templates to name; never called where has_extremes_search_v is
// false for every T.
template <nan_policy Nan, extremes_wanted Wanted, class T>
first_extremes find_first_extremes(const T* x, std::size_t n) noexcept;

#endif

// Whether a column whose best so far is `best` takes x: np.argmin's rule (Least) or np.argmax's,
// the first of equal ones kept; with propagate the first NaN wins and stays, with omit NaN
// loses to every number. Branch-free, so that it vectorises. Works on elements of type T and on
// their search_vector values alike (`worst` is then a vector too).
template <bool Least, nan_policy Nan, class T, class Value>
auto column_takes(const Value& x, const Value& best, const Value& worst) noexcept {
    if constexpr (!std::is_floating_point_v<T>) {
        (void)worst;
        return Least ? x < best : best < x;
    } else if constexpr (Nan == nan_policy::propagate) {
        return (best == best) & ((x != x) | (Least ? x < best : best < x));
    } else {
        // NaN's key is the worst number: +inf for a least, -inf for a greatest.
        const Value x_key = x != x ? worst : x;
        const Value best_key = best != best ? worst : best;
        return Least ? x_key < best_key : best_key < x_key;
    }
}

// The worst key of column_takes<Least, omit> for T: a NaN reads as +inf for a least.
template <bool Least, class T>
constexpr T worst_key() noexcept {
    if constexpr (std::numeric_limits<T>::has_infinity) {
        return Least ? std::numeric_limits<T>::infinity() : -std::numeric_limits<T>::infinity();
    } else {
        return T{}; // integers have no NaN: never read
    }
}

} // namespace parray::detail
