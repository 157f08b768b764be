// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Parallel evaluation of lazy xtensor expressions: what `out = expr` and `xt::eval(expr)` do on
// one thread, done in chunks on the pool. An expression that reads out's memory other than
// element for element is evaluated into a temporary first (detail/overlap.hpp).

#include <cstddef>
#include <type_traits>
#include <utility>

#include "chunking.hpp"
#include "detail/array_access.hpp"
#include "detail/expression_rows.hpp"
#include "detail/overlap.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "parallel.hpp"

namespace parray {

namespace detail {

// out and e have the same shape. When e is made of strided arrays (views included), scalars and
// element-wise functions, each chunk reads it row by row (expression_rows.hpp): a loop over
// pointers, as a hand-written one, and one row of all its elements when every operand is laid
// out like a contiguous out. Otherwise, when every operand of e is laid out like out (xtensor's
// own test for its fast "linear" assignment), each chunk walks e's linear iterator; anything
// else is walked in row-major order by its steppers, as parallel_map does.
template <class Out, class E>
void assign_same_shape(Out& out, const E& e, const options& opts) {
    detail::prepare_for_concurrent_reads(e);
    const auto out_data = contiguous_data(out);
    if constexpr (readable_by_rows_v<E> && has_strided_storage<Out>::value) {
        // One row when out is contiguous and e's operands are laid out like it (the test
        // computes lazy strides of views inside e: done here, on the caller).
        bool flat = false;
        if constexpr (!std::is_null_pointer_v<decltype(out_data)>) {
            flat = out_data != nullptr && reads_flat(e);
        }
        auto body = assign_by_rows_body(out, e, flat);
        for_each_elementwise<short_path_for<E>>(out.size(), opts, body);
    } else {
        using out_value = value_type_t<Out>;
        if constexpr (has_linear_storage_access<E>::value &&
                      !std::is_null_pointer_v<decltype(out_data)>) {
            if (out_data != nullptr && e.has_linear_assign(out.strides())) {
                auto body = [&](std::size_t, chunk_range r) {
                    auto source = xt::linear_begin(e);
                    source += static_cast<std::ptrdiff_t>(r.begin);
                    out_value* dest = out_data + r.begin;
                    for (std::size_t i = 0; i < r.size(); ++i, ++source) {
                        dest[i] = static_cast<out_value>(*source);
                    }
                };
                for_each_elementwise<short_path_for<E>>(out.size(), opts, body);
                return;
            }
        }
        const auto convert = [](const auto& x) { return static_cast<out_value>(x); };
        map_into(e, out, convert, opts);
    }
}

template <class E, class = void>
struct is_resizable : std::false_type {};

template <class E>
struct is_resizable<E, std::void_t<decltype(std::declval<E&>().resize(
                           std::declval<const typename E::shape_type&>()))>>
    : std::bool_constant<is_container_v<E>> {};

// A new array holding the value of e, evaluated in parallel chunks.
template <class E>
ndarray<value_type_t<E>> evaluate(const E& e, const options& opts) {
    auto out = ndarray<value_type_t<E>>::from_shape(e.shape());
    assign_same_shape(out, e, opts);
    return out;
}

} // namespace detail

/// Writes the value of the xtensor expression `e` into `out`, in parallel chunks: the result of
/// xtensor's `out = e` (NumPy's `out[...] = e` for a view), element for element. A container
/// `out` is resized to e's shape; a view keeps its shape and e is broadcast to it
/// (xt::broadcast_error when it cannot be). out may share memory with e's operands. Element
/// for element (`parallel_assign(a, 2 * a + b)`) it is written in place, at no extra cost; any
/// other overlap (a shifted view of out, a transpose of out, an operand broadcast along out)
/// gives NumPy's answer, as if e were evaluated into a temporary first, and costs that
/// temporary (one allocation and one more parallel pass). Throws std::invalid_argument, naming
/// parallel_assign, when out has a zero stride along an axis of more than one element (a
/// broadcast output). Both checks come before anything is written. Rethrows the first
/// exception of the evaluation; chunks not run leave their elements as they were.
template <class Out, class E,
          std::enable_if_t<detail::is_expression_v<Out> && detail::is_expression_v<E>, int> = 0>
void parallel_assign(Out&& out, const E& e, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_assign", out, e);
    using out_type = std::remove_reference_t<Out>;
    const bool shapes_equal = detail::same_shape(out.shape(), e.shape());
    if (shapes_equal || !detail::is_resizable<out_type>::value) {
        // A container about to be resized gets new strides: only one that keeps its own is
        // checked.
        detail::require_no_zero_stride("parallel_assign", out);
    }
    if (detail::must_copy_input_first(out, e)) {
        parallel_assign(out, detail::evaluate(e, detail::pool_only(opts)), opts);
    } else if (shapes_equal) {
        detail::assign_same_shape(out, e, opts);
    } else if constexpr (detail::is_resizable<out_type>::value) {
        out.resize(typename out_type::shape_type(e.shape().begin(), e.shape().end()));
        detail::assign_same_shape(out, e, opts);
    } else {
        const auto broadcast = xt::broadcast(e, out.shape());
        detail::assign_same_shape(out, broadcast, opts);
    }
}

/// Returns an ndarray holding the value of the xtensor expression `e` (broadcasting included),
/// computed in parallel chunks: equal to `xt::eval(e)`. The result is a new array, which no
/// operand of e can overlap: nothing e reads is written. Rethrows the first exception.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_eval(const E& e, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_eval", e);
    return detail::evaluate(e, opts);
}

} // namespace parray
