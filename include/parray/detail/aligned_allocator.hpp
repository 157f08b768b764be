// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <cstddef>
#include <limits>
#include <new>
#include <type_traits>

namespace parray::detail {

// A standard allocator that aligns every block to `Alignment` bytes: a cache line, so that
// chunks handed to different threads start on their own line and SIMD loads are aligned.
template <class T, std::size_t Alignment>
struct aligned_allocator {
    static_assert(Alignment >= alignof(T), "alignment must not be weaker than T's own");
    static_assert((Alignment & (Alignment - 1)) == 0, "alignment must be a power of two");

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

    [[nodiscard]] T* allocate(std::size_t n) {
        if (n > std::numeric_limits<std::size_t>::max() / sizeof(T)) {
            throw std::bad_array_new_length();
        }
        return static_cast<T*>(::operator new (n * sizeof(T), std::align_val_t{Alignment}));
    }

    void deallocate(T* p, std::size_t) noexcept {
        ::operator delete (p, std::align_val_t{Alignment});
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
