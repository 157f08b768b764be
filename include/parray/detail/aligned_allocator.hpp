// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <new>
#include <type_traits>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "constants.hpp"

namespace parray::detail {

// Asks Linux to back a large block with transparent huge pages, as NumPy does for every array
// of 4 MiB or more (numpy/core/src/multiarray/alloc.c): where THP is "madvise" (Debian's
// default), a fresh 64 MiB result is otherwise mapped by 16384 page faults on first touch, and
// parallel_eval of `(a - m) / s` over 10^6 x 8 doubles took 58 ms instead of 12. Only advice:
// nothing changes where the kernel has no huge pages.
inline void advise_huge_pages(void* block, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes < huge_page_advice_min_bytes) {
        return;
    }
    // madvise wants a page-aligned start: the first whole page of the block on.
    const auto address = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t offset = (small_page_size - address % small_page_size) % small_page_size;
    (void)madvise(reinterpret_cast<void*>(address + offset), bytes - offset, MADV_HUGEPAGE);
#else
    (void)block;
    (void)bytes;
#endif
}

// A standard allocator that aligns every block to `Alignment` bytes: a cache line, so that
// chunks handed to different threads start on their own line and SIMD loads are aligned.
template <class T, std::size_t Alignment>
struct aligned_allocator {
    static_assert(Alignment >= alignof(T), "alignment must not be weaker than T's own");
    static_assert((Alignment & (Alignment - 1)) == 0, "alignment must be a power of two");
    static_assert(Alignment <= 256, "the distance to the block's start is kept in one byte");

    using value_type = T;
    using size_type = std::size_t;
    using difference_type = std::ptrdiff_t;
    using is_always_equal = std::true_type;

    template <class U>
    struct rebind {
        using other = aligned_allocator<U, Alignment>;
    };

    aligned_allocator() noexcept = default;
    template <class U>
    aligned_allocator(const aligned_allocator<U, Alignment>&) noexcept {}

    // Over-allocates by Alignment bytes with the plain operator new and aligns by hand, keeping
    // the distance to the block's start in the byte before the aligned address. glibc's aligned
    // new (memalign) splits and frees a piece of a larger block each time: a call making 10^5
    // one-element arrays spent 65% of its time in malloc and free that way.
    [[nodiscard]] T* allocate(std::size_t n) {
        if (n > (std::numeric_limits<std::size_t>::max() - Alignment) / sizeof(T)) {
            throw std::bad_array_new_length();
        }
        const std::size_t bytes = n * sizeof(T) + Alignment;
        auto* block = static_cast<unsigned char*>(::operator new(bytes));
        advise_huge_pages(block, bytes);
        const std::size_t misalignment = reinterpret_cast<std::uintptr_t>(block) % Alignment;
        // The block is aligned to at least 2 bytes, so the distance is 1..Alignment, and the
        // byte before the aligned address is inside the block.
        const std::size_t distance = Alignment - misalignment;
        unsigned char* aligned = block + distance;
        aligned[-1] = static_cast<unsigned char>(distance - 1);
        return reinterpret_cast<T*>(aligned);
    }

    void deallocate(T* p, std::size_t) noexcept {
        if (p == nullptr) {
            return;
        }
        auto* aligned = reinterpret_cast<unsigned char*>(p);
        ::operator delete(aligned - (std::size_t{aligned[-1]} + 1));
    }

    template <class U>
    bool operator==(const aligned_allocator<U, Alignment>&) const noexcept {
        return true;
    }
    template <class U>
    bool operator!=(const aligned_allocator<U, Alignment>&) const noexcept {
        return false;
    }
};

} // namespace parray::detail
