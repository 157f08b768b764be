// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>

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

// The number of elements of `shape`, checked: std::invalid_argument naming `caller` and the
// shape when it overflows std::size_t or its bytes would exceed what an allocation can address
// (an extent that came from a negative signed value shows as a huge one).
template <class Shape>
std::size_t checked_element_count(const Shape& shape, std::size_t element_size,
                                  const char* caller) {
    const std::size_t max_elements =
        static_cast<std::size_t>(std::numeric_limits<std::ptrdiff_t>::max()) / element_size;
    std::size_t count = 1;
    bool zero = false;
    bool too_many = false;
    for (const auto extent : shape) {
        const auto e = static_cast<std::size_t>(extent);
        zero = zero || e == 0;
        if (e != 0 && count > max_elements / e) {
            too_many = true;
        }
        count = too_many ? count : count * e;
    }
    if (too_many && !zero) {
        throw std::invalid_argument(std::string(caller) + ": shape " + shape_to_string(shape) +
                                    " has more elements than memory can hold");
    }
    return zero ? 0 : count;
}

} // namespace parray::detail
