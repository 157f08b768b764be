// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <type_traits>

#include "../config.hpp"
#include "constants.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parray::detail {

// Whether out[i] = f(in[i]) over these types can use streaming stores here.
template <class T>
inline constexpr bool can_stream_store_v =
#if defined(__SSE2__)
    std::is_arithmetic_v<T>&& cache_line_size % sizeof(T) == 0;
#else
    false;
#endif

// Whether a map of n elements from `in` into `out` should use streaming stores: large enough,
// and out does not overlap in (in place, the lines are in the cache already).
template <class In, class T>
bool use_streaming_stores(const In* in, const T* out, std::size_t n) noexcept {
    if constexpr (can_stream_store_v<T>) {
        const auto in_begin = reinterpret_cast<std::uintptr_t>(in);
        const auto out_begin = reinterpret_cast<std::uintptr_t>(out);
        const bool disjoint =
            out_begin >= in_begin + n * sizeof(In) || in_begin >= out_begin + n * sizeof(T);
        return n * sizeof(T) >= streaming_store_min_bytes && disjoint;
    } else {
        (void)in;
        (void)out;
        (void)n;
        return false;
    }
}

// out[i] = f(in[i]) for i < count, whole 64-byte lines of out written with streaming stores.
// Ends with a store fence, so the stores are visible before the chunk is reported done.
template <class In, class T, class F>
void map_with_streaming_stores(const In* in, T* out, std::size_t count, F& f) {
    static_assert(can_stream_store_v<T>);
#if defined(__SSE2__)
    static_assert(cache_line_size == 4 * sizeof(__m128i), "four 16-byte stores a line");
    constexpr std::size_t per_line = cache_line_size / sizeof(T);
    std::size_t i = 0;
    // Up to the first line boundary of out, ordinary stores.
    for (; i < count && reinterpret_cast<std::uintptr_t>(out + i) % cache_line_size != 0; ++i) {
        out[i] = static_cast<T>(std::invoke(f, in[i]));
    }
    for (; i + per_line <= count; i += per_line) {
        alignas(cache_line_size) T line[per_line];
        for (std::size_t j = 0; j < per_line; ++j) {
            line[j] = static_cast<T>(std::invoke(f, in[i + j]));
        }
        // __m128i is declared may_alias: reading T's bytes through it is allowed.
        const auto* from = reinterpret_cast<const __m128i*>(line);
        auto* to = reinterpret_cast<__m128i*>(out + i);
        _mm_stream_si128(to + 0, _mm_load_si128(from + 0));
        _mm_stream_si128(to + 1, _mm_load_si128(from + 1));
        _mm_stream_si128(to + 2, _mm_load_si128(from + 2));
        _mm_stream_si128(to + 3, _mm_load_si128(from + 3));
    }
    for (; i < count; ++i) {
        out[i] = static_cast<T>(std::invoke(f, in[i]));
    }
    _mm_sfence();
#else
    for (std::size_t i = 0; i < count; ++i) {
        out[i] = static_cast<T>(std::invoke(f, in[i]));
    }
#endif
}

// What a large map writes with, decided by the first chunk to start; shared by its chunks.
class store_choice {
public:
    // out[i] = f(in[i]) for i < count, with streaming or ordinary stores as decided (deciding
    // first, if no chunk has yet, by timing the first streaming_probe_elements; a shorter
    // chunk writes the usual way and leaves the choice to the next).
    template <class In, class T, class F>
    void map(const In* in, T* out, std::size_t count, F& f) {
        store_kind kind = kind_.load(std::memory_order_relaxed);
        if (kind == store_kind::undecided) {
            if (count < streaming_probe_elements) {
                // Too short to time against the clock's own cost (set small chunks).
                map_with_ordinary_stores(in, out, count, f);
                return;
            }
            const std::size_t probe = streaming_probe_elements;
            const auto start = std::chrono::steady_clock::now();
            map_with_ordinary_stores(in, out, probe, f);
            const auto elapsed = std::chrono::steady_clock::now() - start;
            kind = elapsed < streaming_max_element_time *
                                 static_cast<std::chrono::nanoseconds::rep>(probe)
                       ? store_kind::streaming
                       : store_kind::ordinary;
            // Two first chunks may both decide; each decision rests on a measurement.
            kind_.store(kind, std::memory_order_relaxed);
            in += probe;
            out += probe;
            count -= probe;
        }
        if (kind == store_kind::streaming) {
            map_with_streaming_stores(in, out, count, f);
        } else {
            map_with_ordinary_stores(in, out, count, f);
        }
    }

    // Whether the chunks run from now on use streaming stores (false while undecided).
    bool streams() const noexcept {
        return kind_.load(std::memory_order_relaxed) == store_kind::streaming;
    }

private:
    enum class store_kind { undecided, streaming, ordinary };

    template <class In, class T, class F>
    static void map_with_ordinary_stores(const In* in, T* out, std::size_t count, F& f) {
        PARRAY_UNROLL_4
        for (std::size_t i = 0; i < count; ++i) {
            out[i] = static_cast<T>(std::invoke(f, in[i]));
        }
    }

    std::atomic<store_kind> kind_{store_kind::undecided};
};

} // namespace parray::detail
