// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "../config.hpp"

namespace parray::detail {

// A shape as NumPy writes it: "(3, 4)", "(3,)", "()".
template <class Shape>
std::string shape_to_string(const Shape& shape) {
    std::string text = "(";
    std::size_t i = 0;
    for (const auto extent : shape) {
        text += (i++ == 0 ? "" : ", ") + std::to_string(extent);
    }
    text += shape.size() == 1 ? ",)" : ")";
    return text;
}

template <class ShapeA, class ShapeB>
bool same_shape(const ShapeA& a, const ShapeB& b) noexcept {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (static_cast<std::size_t>(a[i]) != static_cast<std::size_t>(b[i])) {
            return false;
        }
    }
    return true;
}

// The largest size in bytes of an array, as NumPy's: what a pointer difference can span.
inline constexpr std::size_t max_array_bytes = static_cast<std::size_t>(PTRDIFF_MAX);

// Axis `axis` of an array of `dimension` dimensions, counted from the end when negative, as
// NumPy's normalize_axis_index; std::invalid_argument naming `caller` where NumPy raises
// AxisError.
inline std::size_t normalize_axis(std::ptrdiff_t axis, std::size_t dimension, const char* caller) {
    const auto rank = static_cast<std::ptrdiff_t>(dimension);
    if (axis >= rank || axis < -rank) {
        throw std::invalid_argument(std::string(caller) + ": axis " + std::to_string(axis) +
                                    " is out of bounds for an array of dimension " +
                                    std::to_string(dimension));
    }
    return static_cast<std::size_t>(axis < 0 ? axis + rank : axis);
}

// The errors of checked_element_count, out of line: the check that throws them inlines into every
// parallel call and constructor, and they are never on its path.
template <class Shape>
[[noreturn]] PARRAY_NOINLINE void throw_negative_extent(const Shape& shape, const char* caller) {
    throw std::invalid_argument(std::string(caller) + ": shape " + shape_to_string(shape) +
                                ": negative dimensions are not allowed");
}

template <class Shape, class Extent>
[[noreturn]] PARRAY_NOINLINE void throw_extent_too_big(const Shape& shape, Extent extent,
                                                       const char* caller) {
    throw std::invalid_argument(std::string(caller) + ": shape " + shape_to_string(shape) +
                                " is too big: extent " + std::to_string(extent) +
                                " is larger than PTRDIFF_MAX (a negative dimension converted to "
                                "an unsigned type? negative dimensions are not allowed)");
}

template <class Shape>
[[noreturn]] PARRAY_NOINLINE void throw_too_many_bytes(const Shape& shape, std::size_t element_size,
                                                       const char* caller) {
    throw std::invalid_argument(std::string(caller) + ": shape " + shape_to_string(shape) +
                                " is too big: its size in bytes (the product of its non-zero "
                                "extents times " +
                                std::to_string(element_size) +
                                ", the size of an element) is larger than PTRDIFF_MAX, the "
                                "maximum possible size");
}

// Whether a * b overflows std::size_t; when it does not, *product is a * b.
inline bool multiplication_overflows(std::size_t a, std::size_t b, std::size_t* product) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_mul_overflow(a, b, product); // one multiplication, no division
#else
    if (b != 0 && a > SIZE_MAX / b) {
        return true;
    }
    *product = a * b;
    return false;
#endif
}

// Whether an array of `shape` whose elements take `element_size` bytes can exist: every extent,
// taken as std::size_t, is at most max_array_bytes (a negative signed one is not), and so is
// the product of the non-zero extents times element_size. *elements is then its number of
// elements. One multiplication an extent, no division but the last (by a constant once
// inlined), no branch but the loop's: this is the whole cost of a parallel call's check.
template <class Shape>
bool fits_in_memory(const Shape& shape, std::size_t element_size, std::size_t* elements) noexcept {
    std::size_t bytes = element_size;
    bool fits = true;
    bool empty = false;
    for (const auto extent : shape) {
        const auto e = static_cast<std::size_t>(extent);
        fits &= e <= max_array_bytes;
        empty |= e == 0;
        fits &= !multiplication_overflows(bytes, e == 0 ? 1 : e, &bytes);
    }
    *elements = empty ? 0 : bytes / element_size;
    return fits && bytes <= max_array_bytes;
}

// The std::invalid_argument for a shape that fits_in_memory refuses, saying why: a negative
// extent first, then one above PTRDIFF_MAX, else the size in bytes.
template <class Shape>
[[noreturn]] PARRAY_NOINLINE void throw_bad_shape(const Shape& shape, std::size_t element_size,
                                                  const char* caller) {
    for (const auto extent : shape) {
        if constexpr (std::is_signed_v<std::remove_cv_t<decltype(extent)>>) {
            if (extent < 0) {
                throw_negative_extent(shape, caller);
            }
        }
    }
    for (const auto extent : shape) {
        if (static_cast<std::size_t>(extent) > max_array_bytes) {
            throw_extent_too_big(shape, extent, caller);
        }
    }
    throw_too_many_bytes(shape, element_size, caller);
}

// The number of elements of an array of `shape` whose elements take `element_size` bytes,
// checked as NumPy checks a new array's shape: std::invalid_argument naming `caller` and the
// shape for a negative extent ("negative dimensions are not allowed"; signed extents are looked
// at before any conversion, and an unsigned extent above PTRDIFF_MAX, which is what a negative
// one converted to std::size_t looks like, is refused too), and when the product of the
// non-zero extents times element_size exceeds PTRDIFF_MAX bytes ("is too big"). As in NumPy
// the zero extents are left out of that product: xtensor's strides multiply the other extents
// whether or not one is zero. O(dimensions).
template <class Shape>
std::size_t checked_element_count(const Shape& shape, std::size_t element_size,
                                  const char* caller) {
    std::size_t elements = 0;
    if (!fits_in_memory(shape, element_size, &elements)) {
        throw_bad_shape(shape, element_size, caller);
    }
    return elements;
}

// Whether the type E itself guarantees a shape that checked_element_count accepts, by refusing
// any other in every member that sets one: ndarray does (ndarray.hpp). require_valid_shapes
// then has nothing to do, and a short call on an ndarray pays nothing for it.
template <class E>
struct shape_checked_by_type : std::false_type {};

// Refuses, before a parallel call allocates or reads anything, an expression whose shape no
// array could have (see checked_element_count): a plain xt::xarray made with such a shape, or
// an xt::broadcast to one, has a size() that wrapped around, and its storage does not match
// its shape. O(dimensions) an expression, nothing for an ndarray.
template <class E>
void require_valid_shape(const E& e, const char* caller) {
    if constexpr (!shape_checked_by_type<E>::value) {
        std::size_t elements = 0; // unused: only the check is wanted
        if (!fits_in_memory(e.shape(), sizeof(typename E::value_type), &elements)) {
            throw_bad_shape(e.shape(), sizeof(typename E::value_type), caller);
        }
    } else {
        (void)e;
        (void)caller;
    }
}

// require_valid_shape of each expression, in order.
template <class... E>
void require_valid_shapes(const char* caller, const E&... expressions) {
    (require_valid_shape(expressions, caller), ...);
}

} // namespace parray::detail
