// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>

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

// Calls visit(first, count) with an iterator to element r.begin of e in row-major order:
// a raw pointer when `data` is not null, else an xtensor iterator.
template <class E, class Pointer, class Visitor>
decltype(auto) with_range(E& e, Pointer data, chunk_range r, Visitor&& visit) {
    if constexpr (!std::is_null_pointer_v<Pointer>) {
        if (data != nullptr) {
            return visit(data + r.begin, r.size());
        }
    }
    auto first = e.template begin<xt::layout_type::row_major>();
    first += static_cast<std::ptrdiff_t>(r.begin);
    return visit(first, r.size());
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
