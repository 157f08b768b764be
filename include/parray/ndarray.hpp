// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

#include "detail/aligned_allocator.hpp"
#include "detail/constants.hpp"
#include "detail/shape.hpp"
#include "detail/xtensor.hpp"

namespace parray {

/// Byte alignment of every ndarray's storage: one cache line.
inline constexpr std::size_t storage_alignment = detail::cache_line_size;

/// The class behind ndarray<T>: the xtensor container `Array` (an xt::xarray), derived from and
/// unchanged but for its members that take a shape, which refuse one that no array can have
/// before anything is allocated, as NumPy does. Everything else, and every xtensor expression,
/// view, reducer and function, is xtensor's own. Use it as ndarray<T>.
///
/// The template parameter is the container itself, not its element type: xtensor recognises an
/// expression by its CRTP base `xexpression<D>`, and accepts a derived class only when D is the
/// derived class's template argument (xt::is_crtp_base_of).
template <class Array>
class basic_ndarray : public Array {
public:
    /// The xt::xarray type this one extends.
    using xarray_type = Array;
    using typename Array::const_reference;
    using typename Array::expression_tag;
    using typename Array::inner_shape_type;
    using typename Array::inner_strides_type;
    using typename Array::shape_type;
    using typename Array::storage_type;
    using typename Array::strides_type;
    using typename Array::value_type;

    // A value (a 0-d array) and nested initializer lists (`ndarray<int> m{{1, 2}, {3, 4}}`) as
    // xt::xarray; the constructors that take a shape are replaced below.
    using Array::Array;

    /// A 0-d array of one element, as xt::xarray's default. No throw but std::bad_alloc.
    basic_ndarray() = default;

    /// An array of `shape` (elements default-initialised: arithmetic ones are left
    /// uninitialised), as xt::xarray's. Throws std::invalid_argument naming the shape when it
    /// has an extent above PTRDIFF_MAX or more bytes than PTRDIFF_MAX (see from_shape); one
    /// allocation.
    explicit basic_ndarray(const shape_type& shape, xt::layout_type l = Array::static_layout)
        : Array(checked(shape), l) {}

    /// An array of `shape` with every element `value`. Throws as the constructor from a shape.
    explicit basic_ndarray(const shape_type& shape, const_reference value,
                           xt::layout_type l = Array::static_layout)
        : Array(checked(shape), value, l) {}

    /// An array of `shape` with the given strides, as xt::xarray's. Throws as the constructor
    /// from a shape.
    explicit basic_ndarray(const shape_type& shape, const strides_type& strides)
        : Array(checked(shape), strides) {}

    /// An array of `shape` with the given strides and every element `value`. Throws as the
    /// constructor from a shape.
    explicit basic_ndarray(const shape_type& shape, const strides_type& strides,
                           const_reference value)
        : Array(checked(shape), strides, value) {}

    /// An array that takes over `storage`, with that shape and those strides, as xt::xarray's.
    /// Throws as the constructor from a shape.
    explicit basic_ndarray(storage_type&& storage, inner_shape_type&& shape,
                           inner_strides_type&& strides)
        : Array(std::move(storage), std::move(checked(shape)), std::move(strides)) {}

    /// Takes over an xt::xtensor's elements, as xt::xarray does. Throws as the constructor from
    /// a shape.
    template <std::size_t N>
    explicit basic_ndarray(
        xt::xtensor_container<storage_type, N, Array::static_layout, expression_tag>&& other)
        : Array(std::move(checked_container(other))) {}

    /// The xt::xarray `other`, copied or moved. Throws as the constructor from a shape (a plain
    /// xt::xarray can hold any shape).
    basic_ndarray(const Array& other) : Array(checked_container(other)) {}       // NOLINT: implicit
    basic_ndarray(Array&& other) : Array(std::move(checked_container(other))) {} // NOLINT

    /// The value of the xtensor expression `e` (`ndarray<double> c = 2.0 * a + 1.0;`), evaluated
    /// as xt::xarray does. Throws as the constructor from a shape, for e's shape, before
    /// evaluating anything.
    template <class E>
    basic_ndarray(const xt::xexpression<E>& e) : Array(checked_expression(e)) {} // NOLINT

    basic_ndarray(const basic_ndarray&) = default;
    basic_ndarray(basic_ndarray&&) = default;
    basic_ndarray& operator=(const basic_ndarray&) = default;
    basic_ndarray& operator=(basic_ndarray&&) = default;
    ~basic_ndarray() = default;

    /// Assigns the value of the xtensor expression `e` (resizing to its shape), as xt::xarray
    /// does. Throws as the constructor from a shape, for e's shape, before evaluating anything.
    template <class E>
    basic_ndarray& operator=(const xt::xexpression<E>& e) {
        Array::operator=(checked_expression(e));
        return *this;
    }

    // The rest of xtensor's assignments, as xt::xarray's but returning this ndarray (what
    // xt::noalias(a) = e needs of a). Those from an expression check the shape the array
    // would take (the broadcast of both shapes) as the constructor from a shape does, before
    // evaluating anything; those from a scalar keep the shape.

    /// `xt::noalias(a) = e`: a takes e's value without a temporary. Throws as operator=.
    template <class E>
    basic_ndarray& assign(const xt::xexpression<E>& e) {
        Array::assign(checked_expression(e));
        return *this;
    }

    /// `xt::noalias(a) += e` and the other computed assignments without a temporary: a op= e,
    /// with a taking the broadcast shape. Throws as operator= for that shape.
    template <class E>
    basic_ndarray& plus_assign(const xt::xexpression<E>& e) {
        Array::plus_assign(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& minus_assign(const xt::xexpression<E>& e) {
        Array::minus_assign(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& multiplies_assign(const xt::xexpression<E>& e) {
        Array::multiplies_assign(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& divides_assign(const xt::xexpression<E>& e) {
        Array::divides_assign(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& modulus_assign(const xt::xexpression<E>& e) {
        Array::modulus_assign(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& bit_and_assign(const xt::xexpression<E>& e) {
        Array::bit_and_assign(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& bit_or_assign(const xt::xexpression<E>& e) {
        Array::bit_or_assign(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& bit_xor_assign(const xt::xexpression<E>& e) {
        Array::bit_xor_assign(checked_broadcast(e));
        return *this;
    }

    /// a = f(a, scalar) element by element, as xt::xarray's (`a += 1.0`, `xt::noalias(a) += 1.0`).
    template <class E, class F>
    basic_ndarray& scalar_computed_assign(const E& e, F&& f) {
        Array::scalar_computed_assign(e, std::forward<F>(f));
        return *this;
    }

    template <class E>
    basic_ndarray& operator+=(const xt::xexpression<E>& e) {
        Array::operator+=(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& operator-=(const xt::xexpression<E>& e) {
        Array::operator-=(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& operator*=(const xt::xexpression<E>& e) {
        Array::operator*=(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& operator/=(const xt::xexpression<E>& e) {
        Array::operator/=(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& operator%=(const xt::xexpression<E>& e) {
        Array::operator%=(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& operator&=(const xt::xexpression<E>& e) {
        Array::operator&=(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& operator|=(const xt::xexpression<E>& e) {
        Array::operator|=(checked_broadcast(e));
        return *this;
    }
    template <class E>
    basic_ndarray& operator^=(const xt::xexpression<E>& e) {
        Array::operator^=(checked_broadcast(e));
        return *this;
    }

    template <class E>
    xt::disable_xexpression<E, basic_ndarray&> operator+=(const E& e) {
        Array::operator+=(e);
        return *this;
    }
    template <class E>
    xt::disable_xexpression<E, basic_ndarray&> operator-=(const E& e) {
        Array::operator-=(e);
        return *this;
    }
    template <class E>
    xt::disable_xexpression<E, basic_ndarray&> operator*=(const E& e) {
        Array::operator*=(e);
        return *this;
    }
    template <class E>
    xt::disable_xexpression<E, basic_ndarray&> operator/=(const E& e) {
        Array::operator/=(e);
        return *this;
    }
    template <class E>
    xt::disable_xexpression<E, basic_ndarray&> operator%=(const E& e) {
        Array::operator%=(e);
        return *this;
    }
    template <class E>
    xt::disable_xexpression<E, basic_ndarray&> operator&=(const E& e) {
        Array::operator&=(e);
        return *this;
    }
    template <class E>
    xt::disable_xexpression<E, basic_ndarray&> operator|=(const E& e) {
        Array::operator|=(e);
        return *this;
    }
    template <class E>
    xt::disable_xexpression<E, basic_ndarray&> operator^=(const E& e) {
        Array::operator^=(e);
        return *this;
    }

    /// An array of `shape`, any sequence of integers (`from_shape({3, 4})`,
    /// `from_shape(std::vector<int>{...})`), with arithmetic elements left uninitialised, as
    /// np.empty. Throws std::invalid_argument naming the shape, before allocating, as NumPy
    /// raises ValueError: "negative dimensions are not allowed" for a negative signed extent;
    /// "is too big" for an extent above PTRDIFF_MAX (a negative one converted to an unsigned
    /// type) or when the product of the non-zero extents times sizeof(T) exceeds PTRDIFF_MAX
    /// bytes. Cost: O(dimensions), then one allocation.
    template <class S = shape_type>
    static basic_ndarray from_shape(S&& shape) {
        check(shape);
        return basic_ndarray(Array::from_shape(std::forward<S>(shape)), already_checked{});
    }

    /// Gives the array `shape` (any sequence of integers); its elements are not kept, as
    /// xt::xarray's resize. Throws as from_shape, leaving the array as it was.
    template <class S = shape_type>
    void resize(S&& shape, bool force = false) {
        check(shape);
        Array::resize(std::forward<S>(shape), force);
    }

    /// resize with a layout, as xt::xarray's. Throws as from_shape, and xtensor's
    /// std::runtime_error for a layout other than row-major.
    template <class S = shape_type>
    void resize(S&& shape, xt::layout_type l) {
        check(shape);
        Array::resize(std::forward<S>(shape), l);
    }

    /// resize with strides, as xt::xarray's. Throws as from_shape, and xtensor's
    /// std::runtime_error (a row-major array takes no strides).
    template <class S = shape_type>
    void resize(S&& shape, const strides_type& strides) {
        check(shape);
        Array::resize(std::forward<S>(shape), strides);
    }

    /// Gives the array `shape`, keeping its elements in row-major order, as np.reshape: one
    /// extent of a signed shape may be -1, inferred from the others. Throws, leaving the array
    /// as it was: std::invalid_argument as from_shape (an extent below -1 is negative), and for
    /// two -1 ("can only specify one unknown dimension"); std::runtime_error, as xtensor, when
    /// the element count differs or -1 cannot be inferred. O(dimensions).
    template <class S = shape_type>
    basic_ndarray& reshape(S&& shape, xt::layout_type layout = Array::static_layout) & {
        Array::reshape(resolved_shape(shape), layout);
        return *this;
    }

    /// reshape from a braced list: `a.reshape({-1, 4})`.
    template <class I>
    basic_ndarray& reshape(std::initializer_list<I> shape,
                           xt::layout_type layout = Array::static_layout) & {
        Array::reshape(resolved_shape(shape), layout);
        return *this;
    }

private:
    struct already_checked {};

    basic_ndarray(Array&& checked_array, already_checked) : Array(std::move(checked_array)) {}

    template <class S>
    static void check(const S& shape) {
        detail::checked_element_count(shape, sizeof(value_type), "parray::ndarray");
    }

    template <class S>
    static S& checked(S& shape) {
        check(shape);
        return shape;
    }

    template <class Container>
    static Container& checked_container(Container& c) {
        check(c.shape());
        return c;
    }

    template <class E>
    static const xt::xexpression<E>& checked_expression(const xt::xexpression<E>& e) {
        check(e.derived_cast().shape());
        return e;
    }

    // e, once the shape that a computed assignment of e would give this array (the broadcast
    // of both shapes) is checked; xt::broadcast_error, as xtensor, when there is none.
    template <class E>
    const xt::xexpression<E>& checked_broadcast(const xt::xexpression<E>& e) const {
        const auto& other = e.derived_cast().shape();
        check(other);
        shape_type combined(std::max<std::size_t>(this->dimension(), other.size()),
                            std::numeric_limits<std::size_t>::max());
        xt::broadcast_shape(this->shape(), combined);
        xt::broadcast_shape(other, combined);
        check(combined);
        return e;
    }

    // `shape` as std::size_t extents, its -1 (if any) replaced by the extent it stands for, as
    // np.reshape infers it; checked as from_shape checks a shape.
    template <class S>
    shape_type resolved_shape(const S& shape) const {
        constexpr const char* caller = "parray::ndarray";
        shape_type resolved(shape.size());
        std::size_t unknown = shape.size();
        std::size_t i = 0;
        for (const auto extent : shape) {
            if constexpr (std::is_signed_v<std::remove_cv_t<decltype(extent)>>) {
                if (extent == -1 && unknown == shape.size()) {
                    unknown = i;
                    resolved[i++] = 1; // the known extents' product is computed below
                    continue;
                }
                if (extent == -1) {
                    throw std::invalid_argument(std::string(caller) + ": reshape to " +
                                                detail::shape_to_string(shape) +
                                                ": can only specify one unknown dimension");
                }
            }
            resolved[i++] = static_cast<std::size_t>(extent);
        }
        if (unknown == shape.size()) {
            check(shape);
            return resolved;
        }
        for (const auto extent : shape) {
            if constexpr (std::is_signed_v<std::remove_cv_t<decltype(extent)>>) {
                if (extent < -1) {
                    detail::throw_negative_extent(shape, caller);
                }
            }
        }
        std::size_t known = 0;
        if (!detail::fits_in_memory(resolved, sizeof(value_type), &known)) {
            detail::throw_too_many_bytes(shape, sizeof(value_type), caller);
        }
        if (known == 0 || this->size() % known != 0) {
            // What xtensor throws for a shape of another size.
            throw std::runtime_error(std::string(caller) + ": cannot reshape an array of size " +
                                     std::to_string(this->size()) + " into shape " +
                                     detail::shape_to_string(shape));
        }
        resolved[unknown] = this->size() / known;
        return resolved;
    }
};

namespace detail {
// Every member of basic_ndarray that sets a shape checks it: the parallel calls need not.
template <class Array>
struct shape_checked_by_type<basic_ndarray<Array>> : std::true_type {};
} // namespace detail

/// An n-dimensional, row-major, contiguous array with 64-byte-aligned storage, as np.ndarray.
/// It *is* an xtensor container: a class derived from `xt::xarray` with an aligned allocator,
/// so every xtensor expression, view, reducer and assignment works on it unchanged, and it
/// converts to and from that xt::xarray. Its members that take a shape (the constructors,
/// from_shape, resize, reshape, assignment from an expression) throw std::invalid_argument for
/// a shape that no array can have: see basic_ndarray::from_shape.
///     parray::ndarray<double> a = parray::ndarray<double>::from_shape({3, 4});
///     parray::ndarray<int> b{1, 2, 3};          // 1-D, size 3
///     parray::ndarray<double> c = 2 * a + 1;    // any xtensor expression
template <class T>
using ndarray = basic_ndarray<
    xt::xarray<T, xt::layout_type::row_major, detail::aligned_allocator<T, storage_alignment>>>;

} // namespace parray
