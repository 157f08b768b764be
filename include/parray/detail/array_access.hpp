// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "../chunking.hpp"
#include "../config.hpp"
#include "expression_rows.hpp"
#include "expression_traits.hpp"
#include "shape.hpp"
#include "xtensor.hpp"

namespace parray::detail {

// Whether strides (in elements) lay `shape` out row-major without gaps. Axes of extent 1 are
// skipped: xtensor gives them stride 0.
template <class Shape, class Strides>
bool is_row_major_dense(const Shape& shape, const Strides& strides) noexcept {
    std::size_t expected = 1;
    for (std::size_t axis = shape.size(); axis-- > 0;) {
        const auto extent = static_cast<std::size_t>(shape[axis]);
        if (extent != 1 &&
            static_cast<std::ptrdiff_t>(strides[axis]) != static_cast<std::ptrdiff_t>(expected)) {
            return false;
        }
        expected *= extent;
    }
    return true;
}

// A pointer to the first element of `e` when its elements lie contiguously in row-major order
// (a row-major container, or a view of a contiguous block of one), else nullptr: the algorithms
// then walk a plain pointer, which the compiler vectorises, instead of a flat_cursor, which
// works on any expression but slower. Expressions without storage give std::nullptr_t, known
// at compile time. Must run on the calling thread: a view computes its strides on first use.
template <class E>
auto contiguous_data(E& e) noexcept {
    if constexpr (has_strided_storage<E>::value) {
        using pointer = decltype(e.data());
        if constexpr (is_row_major_container_v<E>) {
            // Dense by construction: no need to look at its strides.
            return static_cast<pointer>(e.data());
        } else if constexpr (is_container_v<E>) {
            if (e.layout() == xt::layout_type::row_major) {
                return static_cast<pointer>(e.data());
            }
        }
        if (e.size() != 0 && is_row_major_dense(e.shape(), e.strides())) {
            return static_cast<pointer>(e.data() + e.data_offset());
        }
        return static_cast<pointer>(nullptr);
    } else {
        (void)e;
        return nullptr;
    }
}

// Whether e may lay its elements out in another order than row-major: it has strides, and is
// not a container that is row-major by its type.
template <class E>
inline constexpr bool may_be_permuted_v =
    has_strided_storage<const E>::value && !is_row_major_container_v<E>;

// A pointer to the first element of `e` when its elements fill one dense block in memory with
// positive strides, in another order of its axes than row-major (a transposed or axis-permuted
// array, a column-major one), else nullptr. NumPy reduces such an array in memory order (its
// iterator's 'K' order: np.sum(a.T) adds a's elements in a's order, not in a.T's row-major
// order), so a reduction that wants NumPy's bits reads the block as it lies.
template <class E>
auto permuted_dense_data(const E& e) {
    using pointer = decltype(e.data());
    if constexpr (may_be_permuted_v<E>) {
        if (e.size() == 0 || is_row_major_dense(e.shape(), e.strides())) {
            return static_cast<pointer>(nullptr);
        }
        std::vector<std::pair<std::ptrdiff_t, std::size_t>> axes; // (stride, extent)
        for (std::size_t axis = 0; axis < e.dimension(); ++axis) {
            const auto extent = static_cast<std::size_t>(e.shape()[axis]);
            if (extent != 1) {
                axes.emplace_back(static_cast<std::ptrdiff_t>(e.strides()[axis]), extent);
            }
        }
        std::sort(axes.begin(), axes.end());
        std::ptrdiff_t expected = 1;
        for (const auto& [stride, extent] : axes) {
            if (stride != expected) {
                return static_cast<pointer>(nullptr);
            }
            expected *= static_cast<std::ptrdiff_t>(extent);
        }
        return static_cast<pointer>(e.data() + e.data_offset());
    } else {
        (void)e;
        return static_cast<pointer>(nullptr);
    }
}

// The order of e's axes in memory (NumPy's 'K' order): by decreasing stride magnitude, axes of
// extent 1 first, ties in axis order. Empty when that is e's own order.
template <class E>
std::vector<std::size_t> memory_order_of_axes(const E& e) {
    const auto magnitude = [&e](std::size_t axis) {
        const auto stride = static_cast<std::ptrdiff_t>(e.strides()[axis]);
        return e.shape()[axis] == 1 ? std::numeric_limits<std::ptrdiff_t>::max()
                                    : (stride < 0 ? -stride : stride);
    };
    std::vector<std::size_t> order(e.dimension());
    for (std::size_t axis = 0; axis < order.size(); ++axis) {
        order[axis] = axis;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return magnitude(x) > magnitude(y); });
    if (std::is_sorted(order.begin(), order.end())) {
        order.clear();
    }
    return order;
}

// The `size` elements from `data` as a row-major 1-d array (an adaptor: no copy).
template <class Pointer>
auto dense_elements(Pointer data, std::size_t size) {
    const std::array<std::size_t, 1> shape{size};
    return xt::adapt(data, size, xt::no_ownership(), shape);
}

// f(e), or f of e's elements as one row-major 1-d array in memory order where they fill a dense
// block in another order (permuted_dense_data): the same elements, in the order NumPy's
// reductions add them. For reductions whose result depends on the order of the elements only
// (sum, mean, var, prod), not on where each one is.
template <class E, class F>
auto in_memory_order(const E& e, F&& f) {
    if constexpr (may_be_permuted_v<E>) {
        if (const auto data = permuted_dense_data(e)) {
            return f(dense_elements(data, e.size()));
        }
    }
    return f(e);
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

// Positions position, position + 1, ... of a row-major shape, with their storage offsets;
// moves run by run along the innermost axis.
class strided_walk {
public:
    strided_walk(std::vector<std::size_t> shape, std::vector<std::ptrdiff_t> strides,
                 std::size_t position)
        : shape_(std::move(shape)), strides_(std::move(strides)), index_(shape_.size(), 0) {
        if (shape_.empty()) {
            shape_.push_back(1);
            strides_.push_back(0);
            index_.push_back(0);
        }
        for (std::size_t axis = shape_.size(); axis-- > 0;) {
            index_[axis] = position % shape_[axis];
            position /= shape_[axis];
            offset_ += static_cast<std::ptrdiff_t>(index_[axis]) * strides_[axis];
        }
    }

    std::ptrdiff_t offset() const noexcept { return offset_; }
    std::ptrdiff_t inner_stride() const noexcept { return strides_.back(); }
    // Positions left before the innermost axis wraps.
    std::size_t run_left() const noexcept { return shape_.back() - index_.back(); }

    // Moves `count` (<= run_left()) positions on.
    void advance(std::size_t count) noexcept {
        std::size_t axis = shape_.size() - 1;
        index_[axis] += count;
        offset_ += static_cast<std::ptrdiff_t>(count) * strides_[axis];
        while (index_[axis] == shape_[axis] && axis > 0) {
            offset_ -= static_cast<std::ptrdiff_t>(shape_[axis]) * strides_[axis];
            index_[axis] = 0;
            --axis;
            ++index_[axis];
            offset_ += strides_[axis];
        }
    }

private:
    std::vector<std::size_t> shape_;
    std::vector<std::ptrdiff_t> strides_;
    std::vector<std::size_t> index_;
    std::ptrdiff_t offset_ = 0;
};

// A row-major cursor over an expression with strided storage that is not contiguous (a
// transpose, a stepped or partial view): a strided_walk over its elements, so that most steps
// are one addition. Offers what the algorithms use: * and ++.
template <class Pointer>
class strided_cursor {
public:
    template <class E>
    strided_cursor(E& e, std::size_t position)
        : first_(e.data() + e.data_offset()),
          walk_(std::vector<std::size_t>(e.shape().begin(), e.shape().end()),
                std::vector<std::ptrdiff_t>(e.strides().begin(), e.strides().end()), position) {}

    // From `first`, walking (shape, strides) in row-major order.
    strided_cursor(Pointer first, std::vector<std::size_t> shape,
                   std::vector<std::ptrdiff_t> strides, std::size_t position)
        : first_(first), walk_(std::move(shape), std::move(strides), position) {}

    decltype(auto) operator*() const { return first_[walk_.offset()]; }

    strided_cursor& operator++() {
        walk_.advance(1);
        return *this;
    }

private:
    Pointer first_;
    strided_walk walk_;
};

// A strided_cursor over e's elements in the order of its axes `order` (memory_order_of_axes),
// from the `position`-th of them in that order.
template <class E>
auto memory_order_cursor(const E& e, const std::vector<std::size_t>& order, std::size_t position) {
    std::vector<std::size_t> shape;
    std::vector<std::ptrdiff_t> strides;
    for (const std::size_t axis : order) {
        shape.push_back(static_cast<std::size_t>(e.shape()[axis]));
        strides.push_back(static_cast<std::ptrdiff_t>(e.strides()[axis]));
    }
    const auto first = e.data() + e.data_offset();
    return strided_cursor<decltype(first)>(first, std::move(shape), std::move(strides), position);
}

// Whether E can be walked by xtensor's linear iterator. xt::broadcast results are left out: an
// explicit broadcast is rarely linear, and its test compares shapes with a memcmp that g++
// flags (-Wnonnull) for the empty shape of a broadcast scalar.
template <class E, class = void>
struct has_linear_storage_access : std::false_type {};

template <class E>
struct has_linear_storage_access<
    E, std::void_t<decltype(xt::linear_begin(std::declval<const E&>())),
                   decltype(std::declval<const E&>().has_linear_assign(
                       std::declval<const xt::svector<std::ptrdiff_t>&>()))>>
    : std::bool_constant<!is_broadcast<std::remove_cv_t<E>>::value> {};

// Whether every operand of the lazy expression e is laid out as a row-major array of e's shape
// (xtensor's own test for its fast "linear" assignment): then its linear iterator walks e in
// row-major order at about the cost of a loop over pointers. `a > 0` and `a * b` over ndarrays
// of one shape are; a view, a transpose or a broadcast operand is not. The test computes the
// lazy strides of views inside e: prepare_for_concurrent_reads does it first, on the caller.
template <class E>
bool walks_linearly(const E& e) {
    xt::svector<std::ptrdiff_t> row_major(e.dimension());
    xt::compute_strides(e.shape(), xt::layout_type::row_major, row_major);
    return e.has_linear_assign(row_major);
}

// Whether e, readable by rows, may be read as one row of e.size() elements: it has no axis, or
// every operand is laid out as a row-major array of its shape (walks_linearly).
template <class E>
bool reads_flat(const E& e) {
    if (e.dimension() == 0) {
        return true;
    }
    if constexpr (has_linear_storage_access<E>::value) {
        return walks_linearly(e);
    } else {
        return false;
    }
}

// with_range's walk of an expression that is not contiguous: by a strided_cursor over strided
// storage; else by rows when e is made of strided arrays and element-wise functions
// (expression_rows.hpp: as one row when its operands are all laid out alike), by xtensor's
// linear iterator when e walks linearly, by a flat_cursor otherwise.
// Out of line, so that the short calls, which inline with_range, carry only its pointer path.
template <class E, class Visitor>
PARRAY_NOINLINE decltype(auto) with_cursor(E& e, chunk_range r, Visitor& visit) {
    if constexpr (has_strided_storage<E>::value) {
        return visit(strided_cursor<decltype(e.data())>(e, r.begin), r.size());
    } else {
        if constexpr (readable_by_rows_v<E>) {
            return visit(make_row_cursor(e, r.begin, reads_flat(e)), r.size());
        } else {
            if constexpr (has_linear_storage_access<E>::value) {
                if (walks_linearly(e)) {
                    auto first = xt::linear_begin(e);
                    first += static_cast<std::ptrdiff_t>(r.begin);
                    return visit(first, r.size());
                }
            }
            return visit(flat_cursor<E>(e, r.begin), r.size());
        }
    }
}

// Calls visit(first, count) with an iterator to element r.begin of e in row-major order:
// a raw pointer when `data` (from contiguous_data) is not null, else a strided_cursor when e
// has strided storage, else a flat_cursor.
template <class E, class Pointer, class Visitor>
decltype(auto) with_range(E& e, Pointer data, chunk_range r, Visitor&& visit) {
    if constexpr (is_row_major_container_v<E>) {
        return visit(data + r.begin, r.size()); // contiguous by type: no cursor to compile
    } else {
        if constexpr (!std::is_null_pointer_v<Pointer>) {
            if (data != nullptr) {
                return visit(data + r.begin, r.size());
            }
        }
        return with_cursor(e, r, visit);
    }
}

// xtensor computes some things lazily, on first use, into mutable members: a view its strides
// and offset, a function its broadcast shape. Concurrent first uses from several workers would
// be a data race; doing them once here, on the calling thread before the workers start (the
// pool's mutex orders the two), leaves the workers nothing but reads.
template <class E>
void prepare_for_concurrent_reads(E& e) {
    (void)e.shape();
    if constexpr (has_strided_storage<E>::value) {
        (void)e.strides();
    }
    if constexpr (!is_container_v<E>) {
        if (e.size() != 0) {
            (void)e.template begin<xt::layout_type::row_major>();
            if constexpr (has_linear_storage_access<E>::value) {
                (void)walks_linearly(e);
            }
        }
    }
}

} // namespace parray::detail
