// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "../chunking.hpp"
#include "shape.hpp"
#include "xtensor.hpp"

namespace parray::detail {

template <class E>
inline constexpr bool is_expression_v = xt::is_xexpression<std::decay_t<E>>::value;

template <class E>
inline constexpr bool is_container_v =
    std::is_base_of_v<xt::xcontainer<std::decay_t<E>>, std::decay_t<E>>;

// The storage of `e` when its elements lie contiguously in row-major order, else nullptr: the
// algorithms then walk a plain pointer, which the compiler vectorises, instead of an xtensor
// iterator, which works on any expression (views, broadcasts, lazy functions) but slower.
// Expressions that are not containers have no storage: std::nullptr_t, known at compile time.
template <class E>
auto contiguous_data(E& e) noexcept {
    if constexpr (is_container_v<E>) {
        using pointer = decltype(e.data());
        if (e.layout() == xt::layout_type::row_major || e.dimension() <= 1) {
            return static_cast<pointer>(e.data());
        }
        return static_cast<pointer>(nullptr);
    } else {
        (void)e;
        return nullptr;
    }
}

// A row-major cursor over any xtensor expression, started at a flat position in O(ndim) steps:
// xtensor's iterator `+= n` walks there row by row, which made a call over a non-contiguous
// input cost (elements x chunks / last extent). Offers what the algorithms use: * and ++.
template <class E>
class flat_cursor {
public:
    flat_cursor(E& e, std::size_t position)
        : shape_(e.shape().begin(), e.shape().end()), index_(shape_.size(), 0),
          stepper_(e.stepper_begin(e.shape())) {
        for (std::size_t axis = shape_.size(); axis-- > 0;) {
            index_[axis] = position % shape_[axis];
            position /= shape_[axis];
        }
        for (std::size_t axis = 0; axis < shape_.size(); ++axis) {
            if (index_[axis] != 0) {
                stepper_.step(axis, index_[axis]);
            }
        }
    }

    decltype(auto) operator*() const { return *stepper_; }

    flat_cursor& operator++() {
        xt::stepper_tools<xt::layout_type::row_major>::increment_stepper(stepper_, index_, shape_);
        return *this;
    }

private:
    using stepper_type = decltype(std::declval<E&>().stepper_begin(std::declval<E&>().shape()));

    std::vector<std::size_t> shape_;
    std::vector<std::size_t> index_;
    stepper_type stepper_;
};

// Calls visit(first, count) with an iterator to element r.begin of e in row-major order:
// a raw pointer when `data` is not null, else a flat_cursor.
template <class E, class Pointer, class Visitor>
decltype(auto) with_range(E& e, Pointer data, chunk_range r, Visitor&& visit) {
    if constexpr (!std::is_null_pointer_v<Pointer>) {
        if (data != nullptr) {
            return visit(data + r.begin, r.size());
        }
    }
    return visit(flat_cursor<E>(e, r.begin), r.size());
}

// xtensor computes some things lazily, on first use, into mutable members: a view its strides
// and offset, a function its broadcast shape. Concurrent first uses from several workers would
// be a data race; doing them once here, on the calling thread before the workers start (the
// pool's mutex orders the two), leaves the workers nothing but reads.
template <class E>
void prepare_for_concurrent_reads(E& e) {
    (void)e.shape();
    if constexpr (!is_container_v<E>) {
        if (e.size() != 0) {
            (void)e.template begin<xt::layout_type::row_major>();
        }
    }
}

} // namespace parray::detail
