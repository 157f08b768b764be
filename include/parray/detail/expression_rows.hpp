// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Lazy expressions read row by row. xtensor walks an expression that is not laid out like its
// destination (slices, broadcasting) with steppers and an index vector, element by element: the
// heat stencil written with views ran 7 times slower than a loop over pointers. Most such
// expressions are element-wise functions of strided arrays and scalars. For those a row reader
// holds a pointer into each array and the array's strides along the result's axes, so that a
// row of the result is a loop over j of f(p1[j * s1], p2[j * s2], ...): over unit strides, a
// loop the compiler vectorises.

#include <algorithm>
#include <cstddef>
#include <memory>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "../chunking.hpp"
#include "../config.hpp"
#include "constants.hpp"
#include "expression_traits.hpp"
#include "xtensor.hpp"

namespace parray::detail {

// A leaf's strides along the result's axes; four axes without a heap allocation.
using row_strides = xt::svector<std::ptrdiff_t, 4>;

// The result's axes, and a position in them.
using row_index = xt::svector<std::size_t, 4>;

// A resizable array of T read and written through T*, for every element type: std::vector<bool>
// is a bit set without data(), and a reduction of `a > 0` along an axis reads rows of bools.
template <class T>
class element_buffer {
public:
    element_buffer() noexcept = default;
    explicit element_buffer(std::size_t size)
        : data_(size == 0 ? nullptr : new T[size]()), size_(size) {}
    element_buffer(const element_buffer& other) : element_buffer(other.size_) {
        std::copy_n(other.data(), size_, data());
    }
    element_buffer(element_buffer&& other) noexcept
        : data_(std::move(other.data_)), size_(std::exchange(other.size_, 0)) {}
    element_buffer& operator=(const element_buffer& other) {
        if (this != &other) {
            *this = element_buffer(other);
        }
        return *this;
    }
    element_buffer& operator=(element_buffer&& other) noexcept {
        data_ = std::move(other.data_);
        size_ = std::exchange(other.size_, 0);
        return *this;
    }
    ~element_buffer() = default;

    // Makes it `size` value-initialised elements long (the old ones are not kept).
    void resize(std::size_t size) { *this = element_buffer(size); }

    T* data() noexcept { return data_.get(); }
    const T* data() const noexcept { return data_.get(); }
    T* begin() noexcept { return data(); }
    T* end() noexcept { return data() + size_; }
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    T& operator[](std::size_t i) noexcept { return data_[i]; }
    const T& operator[](std::size_t i) const noexcept { return data_[i]; }

private:
    std::unique_ptr<T[]> data_;
    std::size_t size_ = 0;
};

// The rows of an expression with strided storage (an array, a strided view), broadcast to a
// result of `dimension` axes: its axes are the last ones, and an axis of extent 1 does not move.
template <class Pointer>
class strided_rows {
public:
    using value_type = std::remove_cv_t<std::remove_pointer_t<Pointer>>;

    // flat: read e as one row (dimension 1) of its e.size() elements, which must be contiguous.
    template <class E>
    strided_rows(E& e, std::size_t dimension, bool flat = false)
        : origin_(e.data() + e.data_offset()), row_start_(origin_), current_(origin_),
          strides_(dimension, 0) {
        if (flat) {
            strides_[0] = 1; // dimension is 1
            inner_stride_ = 1;
            return;
        }
        const std::size_t first_axis = dimension - e.dimension();
        for (std::size_t axis = 0; axis < e.dimension(); ++axis) {
            if (e.shape()[axis] != 1) {
                strides_[first_axis + axis] = static_cast<std::ptrdiff_t>(e.strides()[axis]);
            }
        }
        inner_stride_ = dimension == 0 ? 0 : strides_.back();
        outer_stride_ = dimension < 2 ? 0 : strides_[dimension - 2];
    }

    // Copies point into their own blocks of copies, not into the original's.
    strided_rows(const strided_rows& other)
        : origin_(other.origin_), row_start_(other.row_start_), current_(other.current_),
          strides_(other.strides_), inner_stride_(other.inner_stride_),
          outer_stride_(other.outer_stride_), column_(other.column_),
          row_copies_(other.row_copies_), merged_copies_(other.merged_copies_),
          merged_length_(other.merged_length_), copied_row_(other.copied_row_) {
        current_ = other.rebased(other.current_, *this);
    }
    strided_rows& operator=(const strided_rows& other) {
        if (this != &other) {
            strided_rows copy(other);
            *this = std::move(copy);
        }
        return *this;
    }
    strided_rows(strided_rows&&) noexcept = default; // a vector's storage moves with it
    strided_rows& operator=(strided_rows&&) noexcept = default;
    ~strided_rows() = default;

    // Makes the rows run along `axis` (the last axis unless set).
    void set_row_axis(std::size_t axis) noexcept { inner_stride_ = strides_[axis]; }

    // An operand broadcast along the rows (a column of means, `(a - m) / s` with m of shape
    // (n, 1)) has the same value all along a row. at<true> reads it from a block of copies of
    // that value, remade for each row: the loop stays one over unit strides, which the
    // compiler vectorises (a row normalisation ran at half a hand-written loop's speed without).
    void read_rows_by_copy() {
        if (inner_stride_ == 0) {
            row_copies_.resize(row_block);
        }
    }

    // Whether `rows` whole rows of `length` elements, one after another along the next-to-last
    // axis, may be read as one row of rows * length elements (merge_rows, then next_outer_rows):
    // they follow one another in memory, or they are all the same row (a row of means broadcast
    // down a matrix), read from a block of its copies. A 10^6 x 8 matrix read row by row ran at a
    // third of a plain loop's speed.
    // An output (a pointer to non-const) is never read from copies: its rows must follow one
    // another.
    bool can_merge_rows(std::size_t length) const noexcept {
        constexpr bool read_only = std::is_const_v<std::remove_pointer_t<Pointer>>;
        return (inner_stride_ == 1 && outer_stride_ == static_cast<std::ptrdiff_t>(length)) ||
               (read_only && outer_stride_ == 0 && (inner_stride_ == 0 || inner_stride_ == 1));
    }

    // Prepares reads of up to `rows` merged rows of `length` elements (can_merge_rows), from the
    // current row on.
    void merge_rows(std::size_t length, std::size_t rows) {
        if (outer_stride_ == 0) {
            merged_length_ = length;
            merged_copies_.resize(length * rows);
            copied_row_ = nullptr;
            enter_row();
        }
    }

    void move_to(const row_index& index) {
        column_ = index.empty() ? 0 : index.back();
        row_start_ = origin_;
        for (std::size_t axis = 0; axis < index.size(); ++axis) {
            row_start_ += static_cast<std::ptrdiff_t>(index[axis]) * strides_[axis];
        }
        enter_row();
    }

    // Moves from where the last move_to went `count` steps along the next-to-last axis: to the
    // start of a later row when that was the start of a row (one addition, where move_to
    // recomputes the position from the index: rows of 8 elements spent more time there than in
    // the row); count > 1 goes from one row of merged rows to the next.
    void next_outer_rows(std::size_t count) {
        row_start_ += static_cast<std::ptrdiff_t>(count) * outer_stride_;
        enter_row();
    }

    // Moves count elements along the row.
    void advance(std::size_t count) noexcept {
        current_ += static_cast<std::ptrdiff_t>(count) * inner_stride_;
    }

    // Whether at<true> may be used: the rows are contiguous, or read from copies.
    bool unit_inner_stride() const noexcept {
        return inner_stride_ == 1 || !row_copies_.empty() || !merged_copies_.empty();
    }

    // Element j of the current row (from the last move_to and advance); Unit: see
    // unit_inner_stride.
    template <bool Unit>
    decltype(auto) at(std::size_t j) const noexcept {
        if constexpr (Unit) {
            return current_[j];
        } else {
            return current_[static_cast<std::ptrdiff_t>(j) * inner_stride_];
        }
    }

private:
    void enter_row() {
        current_ = row_start_;
        if (!merged_copies_.empty()) {
            // The row from its first element (row_start_ is at column_), copied once for all the
            // rows that repeat it.
            const Pointer row = row_start_ - static_cast<std::ptrdiff_t>(column_) * inner_stride_;
            if (row != copied_row_) {
                fill_merged_copies(row);
                copied_row_ = row;
            }
            current_ = merged_copies_.data() + column_;
        } else if (!row_copies_.empty()) {
            std::fill(row_copies_.begin(), row_copies_.end(), *row_start_);
            current_ = row_copies_.data();
        }
    }

    void fill_merged_copies(Pointer row) {
        for (std::size_t j = 0; j < merged_length_; ++j) {
            merged_copies_[j] = row[static_cast<std::ptrdiff_t>(j) * inner_stride_];
        }
        for (std::size_t r = merged_length_; r < merged_copies_.size(); r += merged_length_) {
            std::copy_n(merged_copies_.begin(), merged_length_, merged_copies_.begin() + r);
        }
    }

    // Where `p`, a pointer of this reader, points in `copy`: its place in copy's own blocks.
    Pointer rebased(Pointer p, strided_rows& copy) const noexcept {
        const auto inside = [p](const element_buffer<value_type>& block) {
            return !block.empty() && p >= block.data() && p <= block.data() + block.size();
        };
        if (inside(row_copies_)) {
            return copy.row_copies_.data() + (p - row_copies_.data());
        }
        if (inside(merged_copies_)) {
            return copy.merged_copies_.data() + (p - merged_copies_.data());
        }
        return p;
    }

    Pointer origin_;
    Pointer row_start_;
    Pointer current_;
    row_strides strides_;
    std::ptrdiff_t inner_stride_ = 0;
    std::ptrdiff_t outer_stride_ = 0;
    std::size_t column_ = 0; // of the element move_to went to, along the rows
    element_buffer<value_type> row_copies_;
    // merge_rows' block: copies of the row at copied_row_, merged_length_ elements long.
    element_buffer<value_type> merged_copies_;
    std::size_t merged_length_ = 0;
    Pointer copied_row_ = nullptr;
};

// A scalar operand (`2.0 * a`): the same value everywhere.
template <class T>
class scalar_rows {
public:
    explicit scalar_rows(const T& value) : value_(value) {}
    void set_row_axis(std::size_t) noexcept {}
    void read_rows_by_copy() noexcept {}
    void move_to(const row_index&) noexcept {}
    void next_outer_rows(std::size_t) noexcept {}
    bool can_merge_rows(std::size_t) const noexcept { return true; }
    void merge_rows(std::size_t, std::size_t) noexcept {}
    void advance(std::size_t) noexcept {}
    bool unit_inner_stride() const noexcept { return true; }
    template <bool Unit>
    const T& at(std::size_t) const noexcept {
        return value_;
    }

private:
    T value_;
};

// An element-wise function of operands that are read by rows.
template <class F, class... Operands>
class function_rows {
public:
    function_rows(F functor, Operands... operands)
        : functor_(std::move(functor)), operands_(std::move(operands)...) {}

    void set_row_axis(std::size_t axis) noexcept {
        std::apply([axis](auto&... operand) { (operand.set_row_axis(axis), ...); }, operands_);
    }
    void read_rows_by_copy() {
        std::apply([](auto&... operand) { (operand.read_rows_by_copy(), ...); }, operands_);
    }
    void move_to(const row_index& index) {
        std::apply([&](auto&... operand) { (operand.move_to(index), ...); }, operands_);
    }
    void next_outer_rows(std::size_t count) {
        std::apply([count](auto&... operand) { (operand.next_outer_rows(count), ...); }, operands_);
    }
    bool can_merge_rows(std::size_t length) const noexcept {
        return std::apply(
            [length](const auto&... operand) { return (operand.can_merge_rows(length) && ...); },
            operands_);
    }
    void merge_rows(std::size_t length, std::size_t rows) {
        std::apply([&](auto&... operand) { (operand.merge_rows(length, rows), ...); }, operands_);
    }
    void advance(std::size_t count) noexcept {
        std::apply([&](auto&... operand) { (operand.advance(count), ...); }, operands_);
    }
    bool unit_inner_stride() const noexcept {
        return std::apply(
            [](const auto&... operand) { return (operand.unit_inner_stride() && ...); }, operands_);
    }
    template <bool Unit>
    auto at(std::size_t j) const {
        return at<Unit>(j, std::index_sequence_for<Operands...>());
    }

private:
    template <bool Unit, std::size_t... I>
    auto at(std::size_t j, std::index_sequence<I...>) const {
        if constexpr (std::is_same_v<F, xt::detail::conditional_ternary>) {
            return select_at<Unit>(j);
        } else {
            return functor_(std::get<I>(operands_).template at<Unit>(j)...);
        }
    }

    // xt::where's functor chooses through xtl::select, between references: g++ 12 makes that a
    // branch, and the row loop stays scalar (half of nanvar's time along rows, in its
    // where(isnan(a), 0, square(a - mean))). The same choice between two values is a blend it
    // vectorises. The result's type is xtl::select's.
    template <bool Unit>
    auto select_at(std::size_t j) const {
        const auto& [condition, if_true, if_false] = operands_;
        using true_type = std::decay_t<decltype(if_true.template at<Unit>(j))>;
        using false_type = std::decay_t<decltype(if_false.template at<Unit>(j))>;
        using result = std::common_type_t<true_type, false_type>;
        const bool chosen = static_cast<bool>(condition.template at<Unit>(j));
        const result when_true = if_true.template at<Unit>(j);
        const result when_false = if_false.template at<Unit>(j);
        return chosen ? when_true : when_false;
    }

    F functor_;
    std::tuple<Operands...> operands_;
};

// Whether a row reader chooses between values somewhere (xt::where: function_rows::select_at).
template <class Reader>
struct selects : std::false_type {};
template <class F, class... Operands>
struct selects<function_rows<F, Operands...>>
    : std::bool_constant<std::is_same_v<F, xt::detail::conditional_ternary> ||
                         (selects<Operands>::value || ...)> {};
template <class Reader>
inline constexpr bool selects_v = selects<Reader>::value;

// rows_type_t<E>: the row reader of an expression of type E, or void when E is not made only of
// element-wise functions, scalars, broadcasts and strided storage (a generator, a reducer, an
// index view: read by the general walks of array_access.hpp).
template <class E, class = void>
struct rows_type {
    using type = void;
};
template <class E>
using rows_type_t = typename rows_type<std::decay_t<E>>::type;

template <class E>
struct rows_type<E, std::enable_if_t<has_strided_storage<const E>::value>> {
    using type = strided_rows<decltype(std::declval<const E&>().data())>;
};
template <class CT>
struct rows_type<xt::xscalar<CT>> {
    using type = scalar_rows<std::decay_t<CT>>;
};
template <class CT, class X>
struct rows_type<xt::xbroadcast<CT, X>> {
    using type = rows_type_t<CT>; // broadcasting is what the strides of its leaves do already
};
template <class F, class... CT>
struct rows_type<xt::xfunction<F, CT...>> {
    // Each chunk reads through a copy of the function (xt::vectorize of a move-only lambda
    // cannot be copied: such an expression is walked element by element).
    using type = std::conditional_t<std::is_copy_constructible_v<F> &&
                                        (!std::is_void_v<rows_type_t<CT>> && ...),
                                    function_rows<F, rows_type_t<CT>...>, void>;
};

template <class E>
inline constexpr bool readable_by_rows_v = !std::is_void_v<rows_type_t<E>>;

// The row reader of e, as a part of a result of `dimension` axes; flat: of one axis, all of e's
// operands being laid out as row-major arrays of its shape (reads_flat). Must run on the calling
// thread (a view computes its strides on first use); copies of it may then be used by any
// thread.
template <class E>
rows_type_t<E> make_rows(const E& e, std::size_t dimension, bool flat = false) {
    using reader = rows_type_t<E>;
    if constexpr (has_strided_storage<const E>::value) {
        return reader(e, dimension, flat);
    } else if constexpr (xt::is_xscalar<E>::value) {
        return reader(e());
    } else if constexpr (is_broadcast<E>::value) {
        return make_rows(e.expression(), dimension, flat);
    } else {
        return std::apply(
            [&](const auto&... operand) {
                return reader(e.functor(), make_rows(operand, dimension, flat)...);
            },
            e.arguments());
    }
}

// The shape e is read by rows in: its own, or one axis of e.size() elements when flat.
template <class E>
row_index rows_shape(const E& e, bool flat) {
    return flat ? row_index(1, e.size()) : row_index(e.shape().begin(), e.shape().end());
}

// Calls visit_rows(length, rows) for the pieces of rows that positions [r.begin, r.end) of a
// row-major `shape` cover, after moving every reader to the first piece's first element: `rows`
// pieces of `length` elements, the next one reached by next_outer_rows(1) (whole rows, along the
// next-to-last axis, without wrapping it), or a single piece (rows == 1).
template <class VisitRows, class... Readers>
void for_each_row_piece(const row_index& shape, chunk_range r, VisitRows&& visit_rows,
                        Readers&... readers) {
    const std::size_t dimension = shape.size();
    row_index index(dimension, 0);
    std::size_t position = r.begin;
    for (std::size_t axis = dimension; axis-- > 0;) {
        index[axis] = position % shape[axis];
        position /= shape[axis];
    }
    const std::size_t row_length = shape.back();
    for (std::size_t left = r.size(); left != 0;) {
        (readers.move_to(index), ...);
        std::size_t axis = dimension - 1; // the axis moved along, then carried from
        std::size_t step = 0;
        if (dimension >= 2 && index.back() == 0 && left >= row_length) {
            axis = dimension - 2;
            step = std::min(left / row_length, shape[axis] - index[axis]);
            visit_rows(row_length, step);
            left -= step * row_length;
        } else {
            step = std::min(left, row_length - index.back());
            visit_rows(step, std::size_t{1});
            left -= step;
        }
        index[axis] += step;
        for (; axis > 0 && index[axis] == shape[axis]; --axis) {
            index[axis] = 0;
            ++index[axis - 1];
        }
    }
}

// dest[j] = source[j] for j < length, converted to dest's type, in blocks of row_block.
template <bool Unit, class Dest, class Source>
PARRAY_FLATTEN void assign_row(Dest& dest, Source& source, std::size_t length) {
    using out_value = typename Dest::value_type;
    for (std::size_t done = 0; done < length; done += row_block) {
        const std::size_t block = std::min(row_block, length - done);
        for (std::size_t j = 0; j < block; ++j) {
            dest.template at<Unit>(j) = static_cast<out_value>(source.template at<Unit>(j));
        }
        dest.advance(block);
        source.advance(block);
    }
}

// assign_row over `rows` rows, the next one reached by next_outer_rows; `merge` rows at a time
// as one row where both were told to merge_rows (short rows).
template <bool Unit, class Dest, class Source>
PARRAY_FLATTEN void assign_rows(Dest& dest, Source& source, std::size_t length, std::size_t rows,
                                std::size_t merge) {
    for (std::size_t k = 0;;) {
        const std::size_t merged = std::min(merge, rows - k);
        assign_row<Unit>(dest, source, merged * length);
        k += merged;
        if (k == rows) {
            return;
        }
        dest.next_outer_rows(merged);
        source.next_outer_rows(merged);
    }
}

// How many whole rows of `length` elements the readers may read as one (strided_rows::
// merge_rows), after telling them: short rows that all of them can merge, else 1.
template <class... Readers>
std::size_t merge_short_rows(const row_index& shape, Readers&... readers) {
    const std::size_t length = shape.back();
    if (shape.size() < 2 || shape[shape.size() - 2] < 2 || length > row_block / 2 ||
        !(readers.can_merge_rows(length) && ...)) {
        return 1;
    }
    const std::size_t merge = row_block / length;
    (readers.merge_rows(length, merge), ...);
    return merge;
}

// A contiguous buffer written as rows: the destination of read_row.
template <class T>
struct dense_rows {
    using value_type = T;
    T* current;
    template <bool Unit>
    T& at(std::size_t j) const noexcept {
        return current[j];
    }
    void advance(std::size_t count) noexcept { current += count; }
};

// dest[j] = source's element j of its current row, for j < length (source moved to the row
// first, its rows run along the axis wanted, read_rows_by_copy done).
template <class T, class Source>
void read_row(T* dest, Source& source, std::size_t length, bool unit) {
    dense_rows<T> out{dest};
    if (unit) {
        assign_row<true>(out, source, length);
    } else {
        assign_row<false>(out, source, length);
    }
}

// out = e by rows, for out with strided storage and e readable by rows, both of e's shape;
// flat: out is contiguous and e reads_flat, and both are read as one row. Returns a body for
// for_each_elementwise. Contiguous rows get a loop over unit strides, which the compiler
// vectorises.
template <class Out, class E>
auto assign_by_rows_body(Out& out, const E& e, bool flat) {
    using dest_type = strided_rows<decltype(out.data())>;
    row_index shape = rows_shape(e, flat);
    dest_type dest(out, shape.size(), flat);
    rows_type_t<E> source = make_rows(e, shape.size(), flat);
    return [shape = std::move(shape), dest, source](std::size_t, chunk_range r) {
        dest_type d = dest;
        rows_type_t<E> s = source;
        s.read_rows_by_copy();
        const std::size_t merge = merge_short_rows(shape, d, s);
        const bool unit = shape.back() == 1 || (d.unit_inner_stride() && s.unit_inner_stride());
        for_each_row_piece(
            shape, r,
            [&](std::size_t length, std::size_t rows) {
                if (unit) {
                    assign_rows<true>(d, s, length, rows, merge);
                } else {
                    assign_rows<false>(d, s, length, rows, 1);
                }
            },
            d, s);
    };
}

// A row-major cursor over an expression readable by rows: * and ++, as the algorithms use, and
// read_into, which evaluates many elements at once, a row piece at a time (vectorised where the
// rows are contiguous).
template <class Reader>
class row_cursor {
public:
    row_cursor(const Reader& reader, row_index shape, std::size_t position)
        : reader_(reader), shape_(std::move(shape)), index_(shape_.size(), 0) {
        for (std::size_t axis = shape_.size(); axis-- > 0;) {
            index_[axis] = position % shape_[axis];
            position /= shape_[axis];
        }
        reader_.move_to(index_);
        merge_ = merge_short_rows(shape_, reader_);
        unit_ = reader_.unit_inner_stride();
        left_in_row_ = shape_.back() - index_.back();
    }

    decltype(auto) operator*() const { return reader_.template at<false>(0); }

    row_cursor& operator++() {
        reader_.advance(1);
        if (--left_in_row_ == 0) {
            next_row();
        }
        return *this;
    }

    // Writes the next count elements to dest, converted to T, and moves past them.
    template <class T>
    void read_into(T* dest, std::size_t count) {
        const std::size_t dimension = shape_.size();
        const std::size_t row_length = shape_.back();
        while (count != 0) {
            if (dimension >= 2 && left_in_row_ == row_length && count >= row_length) {
                // Whole rows, one after another along the next-to-last axis.
                const std::size_t outer = dimension - 2;
                const std::size_t rows =
                    std::min(count / row_length, shape_[outer] - index_[outer]);
                // Short rows are read merge_ at a time, as one row (strided_rows::merge_rows).
                for (std::size_t k = 0;;) {
                    const std::size_t merged = std::min(merge_, rows - k);
                    read_row(dest, reader_, merged * row_length, unit_);
                    dest += merged * row_length;
                    k += merged;
                    if (k == rows) {
                        break;
                    }
                    reader_.next_outer_rows(merged);
                }
                count -= rows * row_length;
                index_[outer] += rows - 1;
                next_row();
                continue;
            }
            const std::size_t piece = std::min(count, left_in_row_);
            read_row(dest, reader_, piece, unit_);
            dest += piece;
            count -= piece;
            left_in_row_ -= piece;
            if (left_in_row_ == 0) {
                next_row();
            }
        }
    }

    // Calls visit(elements), elements[i] being the next i-th element as a T for i < count, and
    // moves past them, when they lie in one contiguous row; else returns false, reading nothing.
    template <class T, class Visit>
    bool visit_contiguous(std::size_t count, Visit&& visit) {
        // A select (xt::where) added up element by element is vectorised by g++ 12 across the
        // leaf's eight sums, with shuffles, slower than the branch it replaced (nanvar: 8 -> 10
        // ms); read_into's loop over a buffer is a plain vector loop.
        if (selects_v<Reader> || !unit_ || count > left_in_row_) {
            return false;
        }
        visit(contiguous_elements<T>{&reader_});
        reader_.advance(count);
        left_in_row_ -= count;
        if (left_in_row_ == 0) {
            next_row();
        }
        return true;
    }

    // visit_contiguous over whole short rows that the reader reads as one (merge_rows): count
    // elements from the start of a row, a whole number of rows, up to a merge of them. Where the
    // elements are then added up in a loop (the pairwise leaf) a buffer filled by read_into is
    // faster: g++ vectorises that loop over a pointer, not over several operands at once.
    template <class T, class Visit>
    bool visit_merged_rows(std::size_t count, Visit&& visit) {
        const std::size_t row_length = shape_.back();
        if (!unit_ || merge_ == 1 || left_in_row_ != row_length || count % row_length != 0 ||
            count > merge_ * row_length) {
            return false;
        }
        const std::size_t outer = shape_.size() - 2;
        const std::size_t rows = count / row_length;
        if (rows > shape_[outer] - index_[outer]) {
            return false;
        }
        visit(contiguous_elements<T>{&reader_});
        index_[outer] += rows - 1;
        next_row();
        return true;
    }

private:
    template <class T>
    struct contiguous_elements {
        const Reader* reader;
        T operator[](std::size_t i) const { return static_cast<T>(reader->template at<true>(i)); }
    };

    void next_row() {
        index_.back() = 0;
        for (std::size_t axis = shape_.size() - 1; axis-- > 0;) {
            if (++index_[axis] != shape_[axis]) {
                break;
            }
            index_[axis] = 0;
        }
        reader_.move_to(index_);
        left_in_row_ = shape_.back();
    }

    Reader reader_; // at the current element
    row_index shape_;
    row_index index_; // of the current row's first element read; the last axis is not kept
    std::size_t left_in_row_ = 0;
    std::size_t merge_ = 1; // whole rows read at once (see read_into)
    bool unit_ = false;     // every operand's rows are contiguous
};

// A row_cursor over e (readable by rows; flat: read as one row, which reads_flat(e) allows)
// from row-major position `position`. The readers are made here: after
// prepare_for_concurrent_reads, any thread may call it.
template <class E>
row_cursor<rows_type_t<E>> make_row_cursor(const E& e, std::size_t position, bool flat) {
    row_index shape = rows_shape(e, flat);
    const std::size_t dimension = shape.size();
    return row_cursor<rows_type_t<E>>(make_rows(e, dimension, flat), std::move(shape), position);
}

} // namespace parray::detail
