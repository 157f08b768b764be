// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Whether an output overlaps the memory an input expression reads: what parallel_map (into
// out) and parallel_assign ask once per call, on the calling thread, before any chunk runs.
// Chunks write out while other chunks still read the input, so an output that shares memory
// with an input other than element for element would race; those calls then copy the input
// first, as NumPy does (np.add(a[:-1], 10, out=a[1:])). The walk costs O(leaves x dimensions)
// and allocates nothing.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "array_access.hpp"
#include "shape.hpp"
#include "xtensor.hpp"

namespace parray::detail {

// Addresses [begin, end) in bytes; empty when begin == end.
struct byte_range {
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;

    bool empty() const noexcept { return begin >= end; }
    static byte_range everything() noexcept {
        return {0, std::numeric_limits<std::uintptr_t>::max()};
    }
};

inline bool intersect(byte_range a, byte_range b) noexcept {
    return !a.empty() && !b.empty() && a.begin < b.end && b.begin < a.end;
}

// The smallest range holding both (an empty one adds nothing).
inline byte_range join(byte_range a, byte_range b) noexcept {
    if (a.empty()) {
        return b;
    }
    if (b.empty()) {
        return a;
    }
    return {a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end};
}

template <class T>
std::uintptr_t address_of(const T* pointer) noexcept {
    return reinterpret_cast<std::uintptr_t>(pointer);
}

// ---------------------------------------------------------------------------------------------
// What a node of an xtensor expression tree is, as far as its memory goes.

// xfunction: element-wise over its arguments (a tuple).
template <class E, class = void>
struct has_arguments : std::false_type {};
template <class E>
struct has_arguments<E, std::void_t<decltype(std::declval<const E&>().arguments())>>
    : std::true_type {};

// Views, broadcasts, reducers: read the expression() they wrap, in some other order.
template <class E, class = void>
struct has_expression : std::false_type {};
template <class E>
struct has_expression<E, std::void_t<decltype(std::declval<const E&>().expression())>>
    : std::bool_constant<is_expression_v<decltype(std::declval<const E&>().expression())>> {};

// A node with storage but no strides to say which of it the node reads.
template <class E, class = void>
struct has_storage_range : std::false_type {};
template <class E>
struct has_storage_range<E, std::void_t<decltype(std::declval<const E&>().storage().size())>>
    : std::is_pointer<decltype(std::declval<const E&>().storage().data())> {};

// Generators known to read no memory: xt::arange, xt::linspace, xt::eye. Any other generator
// (xt::concatenate, xt::stack, xt::diagonal ...) may hold an expression parray cannot see.
template <class F>
struct is_memoryless_functor : std::false_type {};
template <class T, class R, class S>
struct is_memoryless_functor<xt::detail::arange_generator<T, R, S>> : std::true_type {};
template <class T>
struct is_memoryless_functor<xt::detail::fn_impl<xt::detail::eye_fn<T>>> : std::true_type {};
template <class E>
struct is_memoryless_generator : std::false_type {};
template <class F, class R, class S>
struct is_memoryless_generator<xt::xgenerator<F, R, S>> : is_memoryless_functor<F> {};

enum class node_kind {
    strided_memory, // data(), data_offset(), strides(): exactly which bytes, in which order
    function,       // element-wise over arguments()
    scalar,         // one value, held by value or referring to one
    view,           // reads its expression() in another order
    storage,        // storage() only: somewhere in it
    no_memory,      // a generator that computes its values
    unknown,        // cannot tell: assumed to read any memory
};

template <class E>
constexpr node_kind kind_of() noexcept {
    if constexpr (has_strided_storage<const E>::value) {
        return node_kind::strided_memory;
    } else if constexpr (has_arguments<E>::value) {
        return node_kind::function;
    } else if constexpr (xt::is_xscalar<E>::value) {
        return node_kind::scalar;
    } else if constexpr (has_expression<E>::value) {
        return node_kind::view;
    } else if constexpr (has_storage_range<E>::value) {
        return node_kind::storage;
    } else if constexpr (is_memoryless_generator<E>::value) {
        return node_kind::no_memory;
    } else {
        return node_kind::unknown;
    }
}

// Whether E is a container whose layout is fixed by its type (ndarray, xt::xarray,
// xt::xtensor): xtensor computes its strides from its shape, so they are never 0 along an axis
// of more than one element unless another axis is empty. xt::adapt with strides of one's own
// gives a dynamic layout.
template <class E, bool = is_container_v<E>>
struct has_computed_strides : std::false_type {};
template <class E>
struct has_computed_strides<E, true>
    : std::bool_constant<std::decay_t<E>::static_layout != xt::layout_type::dynamic> {};

// The bytes a node with strided storage covers, from its first element and, along each axis,
// the farthest element in either direction (strides may be negative).
template <class E>
byte_range strided_bytes(const E& e) {
    using element = std::remove_pointer_t<decltype(e.data())>;
    if constexpr (has_computed_strides<E>::value) {
        // Its elements are its storage, without gaps: no need to walk the strides.
        const std::uintptr_t first = address_of(e.data());
        return {first, first + e.size() * sizeof(element)};
    } else {
        if (e.size() == 0) {
            return {};
        }
        const auto& shape = e.shape();
        const auto& strides = e.strides();
        std::ptrdiff_t lowest = 0;
        std::ptrdiff_t highest = 0;
        for (std::size_t axis = 0; axis < shape.size(); ++axis) {
            const auto extent = static_cast<std::ptrdiff_t>(shape[axis]);
            const auto reach = (extent - 1) * static_cast<std::ptrdiff_t>(strides[axis]);
            (reach < 0 ? lowest : highest) += reach;
        }
        const auto size = static_cast<std::ptrdiff_t>(sizeof(element));
        const std::uintptr_t first = address_of(e.data() + e.data_offset());
        return {first + static_cast<std::uintptr_t>(lowest * size),
                first + static_cast<std::uintptr_t>((highest + 1) * size)};
    }
}

template <class E>
byte_range storage_bytes(const E& e) {
    const auto& storage = e.storage();
    using element = std::remove_pointer_t<decltype(storage.data())>;
    const std::uintptr_t first = address_of(storage.data());
    return {first, first + static_cast<std::uintptr_t>(storage.size() * sizeof(element))};
}

// A scalar held by reference (`a + x` with x an lvalue) reads x; one held by value reads its
// own copy, which no output can share.
template <class CT>
byte_range scalar_bytes(const xt::xscalar<CT>& s) {
    if constexpr (std::is_reference_v<CT>) {
        const auto& value = s.expression();
        const std::uintptr_t first = address_of(std::addressof(value));
        return {first, first + sizeof(value)};
    } else {
        (void)s;
        return {};
    }
}

// Every byte the tree under `node` may read (everything when some node cannot tell).
template <class E>
byte_range bytes_read(const E& node) {
    constexpr node_kind kind = kind_of<E>();
    if constexpr (kind == node_kind::strided_memory) {
        return strided_bytes(node);
    } else if constexpr (kind == node_kind::function) {
        return std::apply(
            [](const auto&... arguments) {
                byte_range all;
                ((all = join(all, bytes_read(arguments))), ...);
                return all;
            },
            node.arguments());
    } else if constexpr (kind == node_kind::scalar) {
        return scalar_bytes(node);
    } else if constexpr (kind == node_kind::view) {
        return bytes_read(node.expression());
    } else if constexpr (kind == node_kind::storage) {
        return storage_bytes(node);
    } else if constexpr (kind == node_kind::no_memory) {
        (void)node;
        return {};
    } else {
        (void)node;
        return byte_range::everything();
    }
}

// ---------------------------------------------------------------------------------------------
// The output side.

// What writing `out` may change. With strided storage of its own, out is `exact`: its bytes
// are known and its layout can be compared with an input's; otherwise its bytes cover all the
// storage it is a view of.
template <class Out>
class output_footprint {
public:
    static constexpr bool exact = kind_of<Out>() == node_kind::strided_memory;

    explicit output_footprint(const Out& out) noexcept : out_(out) {}

    const Out& out() const noexcept { return out_; }

    // Whether `read` shares a byte with out. out's bytes are found on first use: an input that
    // is out itself, or that reads no memory, never needs them.
    bool overlaps(byte_range read) const {
        if (read.empty()) {
            return false;
        }
        if (!bytes_known_) {
            if constexpr (exact) {
                bytes_ = strided_bytes(out_);
            } else {
                bytes_ = bytes_read(out_);
            }
            bytes_known_ = true;
        }
        return intersect(read, bytes_);
    }

private:
    const Out& out_;
    mutable byte_range bytes_;
    mutable bool bytes_known_ = false;
};

// Whether `leaf` is laid out as `out`: the same first byte, element size, shape and strides
// (axes of extent 1 aside: xtensor gives them stride 0), so that element i of one is element
// i of the other and a chunk reads each element before it writes it, and no other chunk reads
// it.
template <class Out, class Leaf>
bool same_layout(const Out& out, const Leaf& leaf) {
    using out_element = std::remove_pointer_t<decltype(out.data())>;
    using leaf_element = std::remove_pointer_t<decltype(leaf.data())>;
    if (sizeof(out_element) != sizeof(leaf_element) ||
        address_of(out.data() + out.data_offset()) !=
            address_of(leaf.data() + leaf.data_offset()) ||
        !detail::same_shape(out.shape(), leaf.shape())) {
        return false;
    }
    const auto& shape = out.shape();
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        if (shape[axis] != 1 && static_cast<std::ptrdiff_t>(out.strides()[axis]) !=
                                    static_cast<std::ptrdiff_t>(leaf.strides()[axis])) {
            return false;
        }
    }
    return true;
}

// Whether some memory `node` reads overlaps out other than element for element.
// `element_wise_path`: the path from the root to node is of element-wise functions only and the
// root has out's shape, so a leaf of out's shape is read at out's own positions.
template <class Out, class E>
bool reads_overlapping(const output_footprint<Out>& out, const E& node, bool element_wise_path) {
    constexpr node_kind kind = kind_of<E>();
    if constexpr (kind == node_kind::strided_memory) {
        if constexpr (std::is_same_v<E, Out>) {
            // out itself, read where it is written (a = 2 * a + b): the usual in-place case,
            // told by its address alone.
            if (element_wise_path && std::addressof(node) == std::addressof(out.out())) {
                return false;
            }
        }
        if (!out.overlaps(strided_bytes(node))) {
            return false;
        }
        if constexpr (output_footprint<Out>::exact) {
            return !(element_wise_path && same_layout(out.out(), node));
        } else {
            return true;
        }
    } else if constexpr (kind == node_kind::function) {
        return std::apply(
            [&](const auto&... arguments) {
                return (false || ... || reads_overlapping(out, arguments, element_wise_path));
            },
            node.arguments());
    } else if constexpr (kind == node_kind::view) {
        return reads_overlapping(out, node.expression(), false);
    } else {
        return out.overlaps(bytes_read(node));
    }
}

// Whether writing `out` element by element while reading `input` could change what input
// reads: then the input must be evaluated into a temporary first. False for an input that
// shares out's memory only element for element (parallel_assign(a, 2 * a + b)).
template <class Out, class E>
bool must_copy_input_first(const Out& out, const E& input) {
    if constexpr (std::is_same_v<E, Out>) {
        if (std::addressof(input) == std::addressof(out)) {
            return false; // parallel_map(a, a, f): in place
        }
    }
    if (out.size() == 0) {
        return false;
    }
    const output_footprint<Out> footprint(out);
    return reads_overlapping(footprint, input, detail::same_shape(out.shape(), input.shape()));
}

// Throws std::invalid_argument naming `function` when out has an axis of extent > 1 and stride
// 0 (a broadcast, or an adaptor made so): its elements along that axis are one address, which
// concurrent chunks would write in no set order.
template <class Out>
void require_no_zero_stride(const char* function, const Out& out) {
    if constexpr (has_computed_strides<Out>::value) {
        (void)function; // strides xtensor computed from the shape: 0 only where that is fine
        (void)out;
    } else if constexpr (kind_of<Out>() == node_kind::strided_memory) {
        if (out.size() == 0) {
            return; // xtensor itself gives stride 0 beside an empty axis
        }
        const auto& shape = out.shape();
        for (std::size_t axis = 0; axis < shape.size(); ++axis) {
            if (shape[axis] > 1 && out.strides()[axis] == 0) {
                throw std::invalid_argument(
                    std::string("parray::") + function + ": out has a zero stride along axis " +
                    std::to_string(axis) + " (extent " + std::to_string(shape[axis]) +
                    "), so several of its elements are one address; write into an array that "
                    "owns its elements");
            }
        }
    } else {
        (void)function;
        (void)out;
    }
}

} // namespace parray::detail
