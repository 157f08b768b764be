// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Cumulative sums and products, as np.cumsum and np.cumprod: of the flattened array, or along
// one axis. See detail/scan.hpp for the two ways a scan is split among the threads.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "detail/array_access.hpp"
#include "detail/expression_traits.hpp"
#include "detail/scan.hpp"
#include "detail/shape.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "parallel.hpp"

namespace parray {
namespace detail {

// The (outer, length, inner) layout of a scan along `axis` of an array of `shape`, and the
// result's shape (a 0-d array scans as one of shape (1,), as NumPy does). Throws
// std::invalid_argument naming `caller` for an axis out of range.
template <class Shape>
scan_layout layout_along(const Shape& shape, std::ptrdiff_t axis, const char* caller,
                         std::vector<std::size_t>& result_shape) {
    result_shape.assign(shape.begin(), shape.end());
    if (result_shape.empty()) {
        result_shape.push_back(1);
    }
    // Checked against the result's dimensions: NumPy scans a 0-d array as 1-d, and says so.
    const std::size_t along = normalize_axis(axis, result_shape.size(), caller);
    scan_layout layout;
    for (std::size_t k = 0; k < result_shape.size(); ++k) {
        if (k < along) {
            layout.outer *= result_shape[k];
        } else if (k == along) {
            layout.length = result_shape[k];
        } else {
            layout.inner *= result_shape[k];
        }
    }
    return layout;
}

// The scan `Op` of `a` laid out as `layout`, written into `out`, given `result_shape` (its
// storage kept when it has as many elements). A contiguous a is read in place; any other
// expression is first evaluated into out (in parallel, converted to the result type) and
// scanned there.
template <class Op, class E, class R>
void scan_expression_into(const E& a, const scan_layout& layout,
                          const std::vector<std::size_t>& result_shape, ndarray<R>& out,
                          const options& opts) {
    using T = value_type_t<E>;
    static_assert(std::is_same_v<R, scan_result_t<T>>,
                  "parray: the out array of a scan must have NumPy's result type");
    const auto data = contiguous_data(a);
    if constexpr (!std::is_null_pointer_v<std::remove_const_t<decltype(data)>>) {
        if (data != nullptr || a.size() == 0) {
            if (static_cast<const void*>(data) == static_cast<const void*>(out.data()) &&
                a.size() != 0) {
                // out is a itself (a cumsum in place, as np.cumsum(a, out=a)): no copy needed.
                out.reshape(result_shape);
                scan_layout_into(out.data(), out.data(), layout, opts, Op{});
                return;
            }
            out.resize(result_shape);
            scan_layout_into(data, out.data(), layout, opts, Op{});
            return;
        }
    }
    out.resize(std::vector<std::size_t>(a.shape().begin(), a.shape().end()));
    parallel_map(
        a, out, [](const T& x) { return static_cast<R>(x); }, pool_only(opts));
    out.reshape(result_shape);
    scan_layout_into(out.data(), out.data(), layout, opts, Op{});
}

template <class Op, class E>
auto scan_expression(const E& a, const scan_layout& layout,
                     const std::vector<std::size_t>& result_shape, const options& opts) {
    ndarray<scan_result_t<value_type_t<E>>> out;
    scan_expression_into<Op>(a, layout, result_shape, out, opts);
    return out;
}

template <class Op, class E, class... Out>
auto scan_flat(const E& a, const options& opts, const char* caller, Out&... out) {
    require_valid_shapes(caller, a);
    scan_layout layout;
    layout.length = a.size();
    if constexpr (sizeof...(Out) == 0) {
        return scan_expression<Op>(a, layout, {a.size()}, opts);
    } else {
        scan_expression_into<Op>(a, layout, {a.size()}, out..., opts);
    }
}

template <class Op, class E, class... Out>
auto scan_along(const E& a, std::ptrdiff_t axis, const options& opts, const char* caller,
                Out&... out) {
    require_valid_shapes(caller, a);
    std::vector<std::size_t> result_shape;
    const scan_layout layout = layout_along(a.shape(), axis, caller, result_shape);
    if constexpr (sizeof...(Out) == 0) {
        return scan_expression<Op>(a, layout, result_shape, opts);
    } else {
        scan_expression_into<Op>(a, layout, result_shape, out..., opts);
    }
}

} // namespace detail

/// The cumulative sum of the flattened array (row-major), as np.cumsum(a): a 1-d ndarray of
/// a.size() elements, of NumPy's type (std::int64_t for bool and signed integers,
/// std::uint64_t for unsigned ones, float and double kept). `a` is an ndarray or any xtensor
/// expression (`parallel_cumsum(a > 0)`); a contiguous one is read in place, any other is
/// evaluated into the result first. Integers are exact, wrapping around as NumPy's do. Up to
/// 32768 elements (one automatic chunk) the sum is NumPy's sequential loop, bit for bit;
/// longer arrays are scanned in two parallel passes (totals of fixed parts, then each part
/// from its offset), whose floating result is the same on every pool and within the
/// sequential loop's error bound (docs/api.md states it). Cost: about two reads of a and one
/// write of the result, split among the threads.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_cumsum(const E& a, const options& opts = {}) {
    return detail::scan_flat<detail::scan_add>(a, opts, "parray::parallel_cumsum");
}

/// The cumulative sums along `axis` (negative counts from the end), as np.cumsum(a, axis): an
/// ndarray of a's shape (shape (1,) for a 0-d a), typed as parallel_cumsum(a). Each lane is
/// summed sequentially, NumPy's bits, the lanes in parallel; fewer than 16 lanes longer than
/// 32768 elements are each scanned in two passes as the flattened parallel_cumsum. Throws
/// std::invalid_argument naming the axis when it is out of range.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_cumsum(const E& a, std::ptrdiff_t axis, const options& opts = {}) {
    return detail::scan_along<detail::scan_add>(a, axis, opts, "parray::parallel_cumsum");
}

/// parallel_cumsum(a) and parallel_cumsum(a, axis), written into `out` (np.cumsum(a, out=out)),
/// an ndarray of the result type (a compile-time error otherwise), resized to the result's
/// shape: its storage is reused when it has as many elements, which saves the allocation and
/// first touch of a new result (as costly as the scan itself for 10^7 doubles). out may be a
/// itself (a scan in place, where the types are the same); it must not overlap a otherwise.
/// Results, throws and cost otherwise as parallel_cumsum.
template <class E, class R, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
void parallel_cumsum(const E& a, ndarray<R>& out, const options& opts = {}) {
    detail::scan_flat<detail::scan_add>(a, opts, "parray::parallel_cumsum", out);
}

/// See parallel_cumsum(a, out): along an axis.
template <class E, class R, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
void parallel_cumsum(const E& a, std::ptrdiff_t axis, ndarray<R>& out, const options& opts = {}) {
    detail::scan_along<detail::scan_add>(a, axis, opts, "parray::parallel_cumsum", out);
}

/// The cumulative product of the flattened array, as np.cumprod(a): typed, split, exact for
/// integers (wrapping around) and bit for bit as parallel_cumsum(a), with products. A floating
/// product is within the sequential loop's relative error bound (docs/api.md).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_cumprod(const E& a, const options& opts = {}) {
    return detail::scan_flat<detail::scan_multiply>(a, opts, "parray::parallel_cumprod");
}

/// The cumulative products along `axis`, as np.cumprod(a, axis): as parallel_cumsum along an
/// axis, with products. Throws std::invalid_argument naming the axis when it is out of range.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_cumprod(const E& a, std::ptrdiff_t axis, const options& opts = {}) {
    return detail::scan_along<detail::scan_multiply>(a, axis, opts, "parray::parallel_cumprod");
}

/// parallel_cumprod(a) and parallel_cumprod(a, axis), written into `out`, as
/// parallel_cumsum(a, out).
template <class E, class R, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
void parallel_cumprod(const E& a, ndarray<R>& out, const options& opts = {}) {
    detail::scan_flat<detail::scan_multiply>(a, opts, "parray::parallel_cumprod", out);
}

/// See parallel_cumprod(a, out): along an axis.
template <class E, class R, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
void parallel_cumprod(const E& a, std::ptrdiff_t axis, ndarray<R>& out, const options& opts = {}) {
    detail::scan_along<detail::scan_multiply>(a, axis, opts, "parray::parallel_cumprod", out);
}

} // namespace parray
