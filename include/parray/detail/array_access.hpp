// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <tuple>
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

// The allocator type of the strided adaptors block_in_memory_order makes (it allocates
// nothing: they do not own their data). A type of its own marks those adaptors, whose axes are
// in memory order by construction, as keeping row-major order, so that a reduction reading one
// does not look for another order again (nor instantiate itself on its own type).
template <class T>
struct memory_order_allocator : std::allocator<T> {};

// Whether E keeps row-major order by its type: a row-major container, or an xt::view of one
// (a view drops, steps through, reverses or inserts axes but never reorders them, and a step
// within an axis stays below the stride of the axis before it).
template <class E>
struct keeps_row_major_order : is_row_major_container<E> {};
template <class CT, class... S>
struct keeps_row_major_order<xt::xview<CT, S...>> : keeps_row_major_order<std::decay_t<CT>> {};
template <class P, class O, class T, xt::layout_type L, class S, class Tag>
struct keeps_row_major_order<
    xt::xarray_adaptor<xt::xbuffer_adaptor<P, O, memory_order_allocator<T>>, L, S, Tag>>
    : std::true_type {};

// Whether e may lay its elements out in another order than row-major: it has strides, and is
// not row-major by its type (xt::transpose, xt::strided_view, a column-major container, a view
// of one of these).
template <class E>
inline constexpr bool may_be_permuted_v =
    has_strided_storage<const E>::value && !keeps_row_major_order<std::decay_t<E>>::value;

// A pointer to the first element of `e` when its elements fill one dense block in memory with
// positive strides, in another order of its axes than row-major (a transposed or axis-permuted
// array, a column-major one), else nullptr. NumPy reduces such an array in memory order (its
// iterator's 'K' order: np.sum(a.T) adds a's elements in a's order, not in a.T's row-major
// order), so a reduction that wants NumPy's bits reads the block as it lies.
template <class E>
auto permuted_array_data(const E& e) {
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

// The axes of `shape` laid out with `strides`, in memory order (NumPy's 'K' order): axes of
// extent 1 (which move nothing) first, then by decreasing stride magnitude, ties in axis order.
// A reversed axis (negative stride) keeps its place by magnitude and is read in index order, as
// NumPy's reductions read it and lay out its temporaries (their strides are positive).
template <class Shape, class Strides>
std::vector<std::size_t> axes_in_memory_order(const Shape& shape, const Strides& strides) {
    const auto magnitude = [&](std::size_t axis) {
        const auto stride = static_cast<std::ptrdiff_t>(strides[axis]);
        return shape[axis] == 1 ? std::numeric_limits<std::ptrdiff_t>::max()
                                : (stride < 0 ? -stride : stride);
    };
    std::vector<std::size_t> order(shape.size());
    for (std::size_t axis = 0; axis < order.size(); ++axis) {
        order[axis] = axis;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return magnitude(x) > magnitude(y); });
    return order;
}

// A lazy expression of transposed arrays (np.sum(a.T * 2), ((a.T - m) ** 2).sum(axis=1) with m
// of shape (n, 1)): NumPy evaluates it into a temporary laid out as its inputs (the ufunc's 'K'
// order: its iterator orders the axes by the operands' strides, a broadcast stride of 0 taking
// no part, and C order winning wherever two operands disagree), which its reductions then read
// in memory order. parray finds that order (numpy_axis_order) and reads the expression rebuilt
// over strided adaptors of its arrays with their axes in that order (no copy), for the same
// bits. Known at compile time: only expressions with at least one array that may_be_permuted_v
// (or a transposed lazy expression) take this path, so expressions of ndarrays and their views
// alone get no new code. The same holds for xt::transpose of a lazy expression
// (np.sum((a - m).T, axis=1)): NumPy's temporary a - m is row-major and its transpose is read in
// memory order, which is the lazy expression's own row-major order; parray reads that
// expression itself, along the matching axes.
template <class E>
struct is_xfunction : std::false_type {};
template <class F, class... CT>
struct is_xfunction<xt::xfunction<F, CT...>> : std::true_type {};

// Whether E is a strided view of a lazy expression (xt::transpose of one; xtensor reads the
// expression through a flat adaptor, in its row-major order).
template <class E>
struct is_transposed_function : std::false_type {};
template <class CT, class S, xt::layout_type L, class FST>
struct is_transposed_function<xt::xstrided_view<CT, S, L, FST>> : is_xfunction<std::decay_t<CT>> {};

template <class E>
struct permutable_leaves {
    static constexpr bool has_array = may_be_permuted_v<E> || is_transposed_function<E>::value;
    // Row-major arrays and their views take part too (broadcast ones decide nothing).
    static constexpr bool supported =
        xt::is_xscalar<E>::value || has_array || has_strided_storage<const E>::value;
};
template <class F, class... CT>
struct permutable_leaves<xt::xfunction<F, CT...>> {
    static constexpr bool supported = (permutable_leaves<std::decay_t<CT>>::supported && ...);
    static constexpr bool has_array = (permutable_leaves<std::decay_t<CT>>::has_array || ...);
};

template <class E>
struct is_permutable_function : is_transposed_function<E> {};
template <class F, class... CT>
struct is_permutable_function<xt::xfunction<F, CT...>>
    : std::bool_constant<permutable_leaves<xt::xfunction<F, CT...>>::supported &&
                         permutable_leaves<xt::xfunction<F, CT...>>::has_array> {};

// Whether a reduction reading e in NumPy's memory order may find it laid out in another order
// than row-major: a permuted array (may_be_permuted_v), a transposed lazy expression, or a lazy
// expression of them.
template <class E>
inline constexpr bool reads_in_memory_order_v =
    may_be_permuted_v<E> || is_permutable_function<std::decay_t<E>>::value;

// What permuted_dense_data finds for a lazy expression: the order of its axes in NumPy's
// temporary, outermost first; empty where that is row-major (or the expression is not covered).
struct permuted_layout {
    std::vector<std::size_t> order;
    explicit operator bool() const noexcept { return !order.empty(); }
};

// Whether a strided view of a lazy expression (is_transposed_function) shows all of it with its
// axes permuted, none of extent 1 (xt::transpose): its strides, over the expression's
// row-major layout, are that layout's strides in another order.
template <class E>
bool is_transposed_whole(const E& e) {
    const auto& inner = e.expression().shape();
    if (e.size() == 0 || e.data_offset() != 0 || inner.size() != e.dimension()) {
        return false;
    }
    std::vector<std::pair<std::ptrdiff_t, std::size_t>> view_axes, inner_axes; // (stride, extent)
    std::ptrdiff_t stride = 1;
    for (std::size_t axis = inner.size(); axis-- > 0;) {
        const auto extent = static_cast<std::size_t>(e.shape()[axis]);
        if (extent == 1) {
            return false;
        }
        view_axes.emplace_back(static_cast<std::ptrdiff_t>(e.strides()[axis]), extent);
        inner_axes.emplace_back(stride, static_cast<std::size_t>(inner[axis]));
        stride *= static_cast<std::ptrdiff_t>(inner[axis]);
    }
    std::sort(view_axes.begin(), view_axes.end());
    return view_axes == inner_axes && !is_row_major_dense(e.shape(), e.strides());
}

// Strides over `own_shape` broadcast to `shape` as NumPy broadcasts (aligned on the last axes;
// 0 along an axis missing or of extent 1), into `strides`; false where the shapes do not
// broadcast.
template <class OwnShape, class OwnStrides, class Shape>
bool broadcast_over(const OwnShape& own_shape, const OwnStrides& own_strides, const Shape& shape,
                    std::vector<std::ptrdiff_t>& strides) {
    const std::size_t rank = shape.size();
    const std::size_t own = own_shape.size();
    if (own > rank) {
        return false;
    }
    strides.assign(rank, 0);
    for (std::size_t axis = rank - own; axis < rank; ++axis) {
        const std::size_t inner = axis - (rank - own);
        const auto extent = static_cast<std::size_t>(own_shape[inner]);
        if (extent == 1) {
            continue;
        }
        const auto stride = static_cast<std::ptrdiff_t>(own_strides[inner]);
        if (extent != static_cast<std::size_t>(shape[axis])) {
            return false;
        }
        strides[axis] = stride;
    }
    return true;
}

inline std::vector<std::size_t>
numpy_axis_order(std::size_t rank, const std::vector<std::vector<std::ptrdiff_t>>& operands);

// The strides of e over its own shape as NumPy would hold it: an array's own; for a lazy
// function, those of the temporary its ufunc lays out from its operands' (numpy_axis_order, each
// operand an array or its own temporary, broadcast); a transposed lazy expression's over that
// expression's row-major layout (also recorded in `whole`: it must be read all at once). False
// where e holds something not covered.
template <class E>
bool temporary_strides(const E& e, std::vector<std::ptrdiff_t>& strides,
                       std::vector<std::vector<std::ptrdiff_t>>& whole) {
    if constexpr (is_xfunction<E>::value) {
        const auto& shape = e.shape();
        std::vector<std::vector<std::ptrdiff_t>> operands;
        const bool covered = std::apply(
            [&](const auto&... leaves) {
                const auto add = [&](const auto& leaf) {
                    if constexpr (xt::is_xscalar<std::decay_t<decltype(leaf)>>::value) {
                        return true;
                    } else {
                        std::vector<std::ptrdiff_t> own, broadcast;
                        if (!temporary_strides(leaf, own, whole) ||
                            !broadcast_over(leaf.shape(), own, shape, broadcast)) {
                            return false;
                        }
                        operands.push_back(std::move(broadcast));
                        return true;
                    }
                };
                return (add(leaves) && ...);
            },
            e.arguments());
        if (!covered) {
            return false;
        }
        const std::vector<std::size_t> order = numpy_axis_order(shape.size(), operands);
        strides.assign(shape.size(), 0);
        std::ptrdiff_t stride = 1;
        for (std::size_t k = order.size(); k-- > 0;) {
            const auto extent = static_cast<std::ptrdiff_t>(shape[order[k]]);
            if (extent != 1) {
                strides[order[k]] = stride;
                stride *= extent;
            }
        }
        return true;
    } else if constexpr (is_transposed_function<E>::value) {
        if (!is_transposed_whole(e)) {
            return false;
        }
        strides.assign(e.strides().begin(), e.strides().end());
        whole.push_back(strides);
        return true;
    } else {
        // A reversed axis orders the axes by its stride's magnitude, as NumPy's iterator does;
        // the temporary it lays out has positive strides (is read in index order).
        strides.assign(e.strides().begin(), e.strides().end());
        for (std::size_t axis = 0; axis < strides.size(); ++axis) {
            if (e.shape()[axis] == 1) {
                strides[axis] = 0;
            } else if (strides[axis] < 0) {
                strides[axis] = -strides[axis];
            }
        }
        return true;
    }
}

// The order of the axes of a temporary NumPy's ufuncs would lay out for operands with these
// strides over the same shape, outermost first (npyiter_find_best_axis_ordering in NumPy's
// nditer_api.c): an insertion sort from the innermost axis, an axis moving inward past one
// whose strides are larger, a stride of 0 taking no part, and a conflict between operands
// resolved in C order's favour.
inline std::vector<std::size_t>
numpy_axis_order(std::size_t rank, const std::vector<std::vector<std::ptrdiff_t>>& operands) {
    std::vector<std::size_t> perm(rank); // innermost first, as NumPy's iterator keeps them
    for (std::size_t k = 0; k < rank; ++k) {
        perm[k] = rank - 1 - k;
    }
    for (std::size_t i0 = 1; i0 < rank; ++i0) {
        const std::size_t moving = perm[i0];
        std::size_t position = i0;
        for (std::size_t i1 = i0; i1-- > 0;) {
            bool ambiguous = true;
            bool swap = false;
            for (const auto& strides : operands) {
                const std::ptrdiff_t s0 = strides[moving];
                const std::ptrdiff_t s1 = strides[perm[i1]];
                if (s0 != 0 && s1 != 0) {
                    if (s1 <= s0) {
                        swap = false; // C order wins a conflict
                    } else if (ambiguous) {
                        swap = true;
                    }
                    ambiguous = false;
                }
            }
            if (ambiguous) {
                continue;
            }
            if (!swap) {
                break;
            }
            position = i1;
        }
        if (position != i0) {
            std::rotate(perm.begin() + static_cast<std::ptrdiff_t>(position),
                        perm.begin() + static_cast<std::ptrdiff_t>(i0),
                        perm.begin() + static_cast<std::ptrdiff_t>(i0) + 1);
        }
    }
    std::reverse(perm.begin(), perm.end());
    return perm;
}

// The axes of e in memory order (see permuted_dense_data and permuted_view_data): an array's by
// its strides, a lazy expression's as NumPy's temporary lays them out.
template <class E, class Pointer>
std::vector<std::size_t> memory_axes(const E& e, Pointer) {
    return axes_in_memory_order(e.shape(), e.strides());
}
template <class E>
std::vector<std::size_t> memory_axes(const E&, const permuted_layout& found) {
    return found.order;
}

// A lazy expression's leaf `e` read with the axes of the expression's `shape` in `order`:
// scalars as they are, functions rebuilt, a transposed lazy expression as that expression, an
// array as a strided adaptor of its data (stride 0 where broadcast), marked as row-major.
template <class E, class Shape>
auto rebuilt_in_memory_order(const E& e, const Shape& shape, const std::vector<std::size_t>& order,
                             const std::vector<std::size_t>& memory_shape) {
    if constexpr (xt::is_xscalar<E>::value) {
        (void)shape, (void)order, (void)memory_shape;
        return e;
    } else if constexpr (is_xfunction<E>::value) {
        return std::apply(
            [&](const auto&... leaves) {
                using function = xt::xfunction<typename E::functor_type,
                                               decltype(rebuilt_in_memory_order(
                                                   leaves, shape, order, memory_shape))...>;
                return function(e.functor(),
                                rebuilt_in_memory_order(leaves, shape, order, memory_shape)...);
            },
            e.arguments());
    } else if constexpr (is_transposed_function<E>::value) {
        (void)shape, (void)order, (void)memory_shape; // its own shape, in memory order
        return e.expression();
    } else {
        std::vector<std::ptrdiff_t> strides;
        broadcast_over(e.shape(), e.strides(), shape, strides); // checked by permuted_dense_data
        std::vector<std::ptrdiff_t> memory_strides(order.size());
        std::size_t size = 1;
        for (std::size_t k = 0; k < order.size(); ++k) {
            memory_strides[k] = strides[order[k]];
            size *= memory_shape[k];
        }
        using pointer = decltype(e.data() + e.data_offset());
        using value_type = std::remove_cv_t<std::remove_pointer_t<pointer>>;
        return xt::adapt(static_cast<pointer>(e.data() + e.data_offset()), size, xt::no_ownership(),
                         memory_shape, std::move(memory_strides),
                         memory_order_allocator<value_type>());
    }
}
template <class E, class Pointer, class Shape>
auto block_in_memory_order(const E& e, Pointer data, const Shape& shape,
                           const std::vector<std::size_t>& order) {
    (void)e, (void)order;
    std::size_t size = 1;
    for (const auto extent : shape) {
        size *= static_cast<std::size_t>(extent);
    }
    return xt::adapt(data, size, xt::no_ownership(), shape);
}
template <class E>
auto block_in_memory_order(const E& e, const permuted_layout&,
                           const std::vector<std::size_t>& memory_shape,
                           const std::vector<std::size_t>& order) {
    return rebuilt_in_memory_order(e, e.shape(), order, memory_shape);
}

// permuted_array_data for an array; for a lazy expression of such arrays, a permuted_layout
// holding the axis order of NumPy's temporary (temporary_strides), true where that order is not
// row-major and every transposed lazy expression in it lies row-major in that order.
template <class E>
auto permuted_dense_data(const E& e) {
    if constexpr (is_permutable_function<E>::value) {
        permuted_layout found;
        std::vector<std::ptrdiff_t> strides;
        std::vector<std::vector<std::ptrdiff_t>> whole;
        if (e.size() == 0 || !temporary_strides(e, strides, whole)) {
            return found;
        }
        std::vector<std::size_t> order = axes_in_memory_order(e.shape(), strides);
        if (is_row_major_dense(e.shape(), strides)) {
            return found; // row-major: read as it is
        }
        for (const auto& leaf : whole) { // a transposed lazy expression must lie row-major there
            std::vector<std::size_t> shape(order.size());
            std::vector<std::ptrdiff_t> in_order(order.size());
            for (std::size_t k = 0; k < order.size(); ++k) {
                shape[k] = static_cast<std::size_t>(e.shape()[order[k]]);
                in_order[k] = leaf[order[k]];
            }
            if (!is_row_major_dense(shape, in_order)) {
                return found;
            }
        }
        found.order = std::move(order);
        return found;
    } else {
        return permuted_array_data(e);
    }
}

// Where a view laid out in another order than row-major lies, dense or not, reversed axes
// included: for the reductions NumPy computes from a temporary copy, which it lays out in memory
// order (var and std's deviations, the nan-functions' NaN-free copy), or that follow the
// iteration order (a floating product). permuted_view_data finds it; the reduction then reads
// the view as a strided row-major adaptor of its axes in memory order (a reversed axis in index
// order, as NumPy reads it), whose lazy expressions are that temporary's order.
template <class Pointer>
struct permuted_block {
    Pointer data = nullptr;
    std::vector<std::ptrdiff_t> strides; // in the view's axis order
    explicit operator bool() const noexcept { return data != nullptr; }
};

template <class E>
auto permuted_view_data(const E& e) {
    if constexpr (is_permutable_function<E>::value) {
        return permuted_dense_data(e);
    } else {
        permuted_block<decltype(e.data())> found;
        if constexpr (may_be_permuted_v<E>) {
            if (e.size() == 0) {
                return found;
            }
            const std::vector<std::size_t> order = axes_in_memory_order(e.shape(), e.strides());
            if (std::is_sorted(order.begin(), order.end())) {
                return found; // row-major order already: read as it is
            }
            found.data = e.data() + e.data_offset();
            found.strides.assign(e.strides().begin(), e.strides().end());
        }
        return found;
    }
}

template <class E, class Pointer>
std::vector<std::size_t> memory_axes(const E& e, const permuted_block<Pointer>& found) {
    return axes_in_memory_order(e.shape(), found.strides);
}

template <class E, class Pointer, class Shape>
auto block_in_memory_order(const E& e, const permuted_block<Pointer>& found, const Shape& shape,
                           const std::vector<std::size_t>& order) {
    std::vector<std::ptrdiff_t> strides(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        strides[k] = found.strides[order[k]];
    }
    // The buffer's size is the number of elements, as xtensor requires of an adaptor that does
    // not own its data (the strides reach further; nothing reads the buffer linearly).
    using value_type = std::remove_cv_t<std::remove_pointer_t<Pointer>>;
    return xt::adapt(static_cast<Pointer>(found.data), e.size(), xt::no_ownership(), shape,
                     std::move(strides), memory_order_allocator<value_type>());
}

// e as a row-major array of its axes in memory order (all of them: for whole-array reductions),
// where permuted_view_data or permuted_dense_data found `data`.
template <class E, class Data>
auto view_in_memory_order(const E& e, const Data& data) {
    const std::vector<std::size_t> order = memory_axes(e, data);
    std::vector<std::size_t> shape(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        shape[k] = static_cast<std::size_t>(e.shape()[order[k]]);
    }
    return block_in_memory_order(e, data, shape, order);
}

// The order of e's axes in memory (axes_in_memory_order); empty when that is e's own order.
template <class E>
std::vector<std::size_t> memory_order_of_axes(const E& e) {
    std::vector<std::size_t> order = axes_in_memory_order(e.shape(), e.strides());
    if (std::is_sorted(order.begin(), order.end())) {
        order.clear();
    }
    return order;
}

// e's elements as one row-major 1-d array in memory order, where permuted_dense_data found
// `data` (an array's block or a lazy expression's; no copy).
template <class E, class Data>
auto elements_in_memory_order(const E& e, const Data& data) {
    return block_in_memory_order(e, data, std::array<std::size_t, 1>{e.size()}, {});
}
// A lazy expression's: all of its axes, in memory order (its arrays need not be dense).
template <class E>
auto elements_in_memory_order(const E& e, const permuted_layout& found) {
    return view_in_memory_order(e, found);
}

// f(e), or f of e's elements as one row-major 1-d array in memory order where they fill a dense
// block in another order (permuted_dense_data): the same elements, in the order NumPy's
// reductions add them. For reductions whose result depends on the order of the elements only
// (sum, mean, var, prod), not on where each one is.
template <class E, class F>
auto in_memory_order(const E& e, F&& f) {
    if constexpr (reads_in_memory_order_v<E>) {
        if (const auto data = permuted_dense_data(e)) {
            return f(elements_in_memory_order(e, data));
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
