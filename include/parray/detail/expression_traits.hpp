// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// What an xtensor expression is, told from its type: an expression, a container, row-major by
// type, strided storage, a broadcast.

#include <type_traits>
#include <utility>

#include "xtensor.hpp"

namespace parray::detail {

template <class E>
inline constexpr bool is_expression_v = xt::is_xexpression<std::decay_t<E>>::value;

// The element type of an expression.
template <class E>
using value_type_t = typename std::decay_t<E>::value_type;

// The class whose CRTP bases an xtensor class has: the class itself, but for a class derived
// from an xtensor container (ndarray), the container it inherits `self_type` from.
template <class E, class = void>
struct crtp_self {
    using type = E;
};
template <class E>
struct crtp_self<E, std::void_t<typename E::self_type>> {
    using type = typename E::self_type;
};

// Whether E is an xtensor container (xt::xarray, xt::xtensor, their adaptors, ndarray).
template <class E>
inline constexpr bool is_container_v =
    std::is_base_of_v<xt::xcontainer<typename crtp_self<std::decay_t<E>>::type>, std::decay_t<E>>;

// Whether E is a container whose type makes it row-major, hence contiguous (ndarray,
// xt::xarray and xt::xtensor with their default layout): contiguous_data never fails for it.
template <class E, bool = is_container_v<E>>
struct is_row_major_container : std::false_type {};
template <class E>
struct is_row_major_container<E, true>
    : std::bool_constant<std::decay_t<E>::static_layout == xt::layout_type::row_major> {};
template <class E>
inline constexpr bool is_row_major_container_v = is_row_major_container<E>::value;

// Whether E's storage, where it has one, is reached through a pointer. xt::flatten and
// xt::ravel of a view that is not contiguous are containers over an iterator of the view
// (xt::xiterator_owner_adaptor): their data() is declared but does not compile.
template <class E, class = void>
struct has_pointer_storage : std::true_type {};
template <class E>
struct has_pointer_storage<E, std::void_t<decltype(std::declval<E&>().storage().data())>>
    : std::is_pointer<decltype(std::declval<E&>().storage().data())> {};

// Whether E exposes strided storage: data(), data_offset() and strides(), as xtensor's
// containers, adaptors and strided views (xt::view with all/range/integer slices,
// xt::transpose, xt::strided_view) do; lazy functions and broadcasts do not. data() is
// checked in the SFINAE context too: xt::reshape_view, xt::flatten and xt::ravel have
// data_offset() and strides() but remove data() (they read through a flat adaptor), or, of a
// view that is not contiguous, hold an iterator of it (has_pointer_storage).
template <class E, class = void>
struct has_strided_storage : std::false_type {};

template <class E>
struct has_strided_storage<
    E, std::void_t<decltype(std::declval<E&>().data_offset()),
                   decltype(std::declval<E&>().strides()), decltype(std::declval<E&>().data())>>
    : std::bool_constant<std::is_pointer_v<decltype(std::declval<E&>().data())> &&
                         has_pointer_storage<E>::value> {};

template <class E>
struct is_broadcast : std::false_type {};
template <class CT, class X>
struct is_broadcast<xt::xbroadcast<CT, X>> : std::true_type {};

} // namespace parray::detail
