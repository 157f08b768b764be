// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <cstddef>

#include "detail/aligned_allocator.hpp"
#include "detail/constants.hpp"
#include "detail/xtensor.hpp"

namespace parray {

/// Byte alignment of every ndarray's storage: one cache line.
inline constexpr std::size_t storage_alignment = detail::cache_line_size;

/// An n-dimensional, row-major, contiguous array with 64-byte-aligned storage.
/// It *is* an xtensor container (`xt::xarray` with an aligned allocator), so every xtensor
/// expression, view, reducer and assignment works on it unchanged:
///     parray::ndarray<double> a = parray::ndarray<double>::from_shape({3, 4});
///     parray::ndarray<int> b{1, 2, 3};          // 1-D, size 3
///     parray::ndarray<double> c = 2 * a + 1;    // any xtensor expression
template <class T>
using ndarray =
    xt::xarray<T, xt::layout_type::row_major, detail::aligned_allocator<T, storage_alignment>>;

} // namespace parray
