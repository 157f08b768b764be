// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// NumPy's nan-functions on the pool: nansum, nanmean, nanmin, nanmax, nanargmin, nanargmax,
// nanvar and nanstd of a whole array and along axes, which ignore NaN as NumPy 1.24 does, with
// its bits. Each is written as NumPy's own algorithm (numpy/lib/nanfunctions.py) over the
// reductions of reductions.hpp: NaN replaced by a lazy xt::where, never by a copy of the input.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "detail/array_access.hpp"
#include "detail/column_folds.hpp"
#include "detail/expression_rows.hpp"
#include "detail/numpy_sum.hpp"
#include "detail/shape.hpp"
#include "expressions.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "parallel.hpp"
#include "reductions.hpp"
#include "statistics.hpp"

namespace parray {

namespace detail {

// The element types the nan-functions treat as NumPy's inexact ones: NaN is possible.
template <class T>
inline constexpr bool has_nan_v = std::is_floating_point_v<T>;

template <class E>
void require_real_elements() {
    static_assert(!is_complex_v<value_type_t<E>>,
                  "parray: the nan-functions take real elements (std::complex is not supported)");
}

// a with every NaN replaced by `value`, lazily (NumPy's _replace_nan makes a copy): x != x only
// for NaN. An expression readable by rows stays one, so that the reductions read it in place.
template <class E, class T>
auto nan_replaced(const E& a, T value) {
    // value moved in: the expression holds it (an lvalue would be held by reference).
    auto replaced = xt::where(xt::not_equal(a, a), std::move(value), a);
    static_assert(!readable_by_rows_v<E> || readable_by_rows_v<decltype(replaced)>,
                  "nan_replaced must stay readable by rows: reductions would copy it first");
    return replaced;
}

// 1 where an element is not NaN: summed, the counts of NumPy's `~mask`.
template <class E>
auto not_nan(const E& a) {
    auto mask = xt::equal(a, a);
    static_assert(!readable_by_rows_v<E> || readable_by_rows_v<decltype(mask)>,
                  "not_nan must stay readable by rows: reductions would copy it first");
    return mask;
}

// NumPy's fmin and fmax as np.fmin.reduce folds them: a NaN loses to any number (a slice of
// NaN alone gives NaN); between equal values, -0.0 and 0.0 included, the first is kept, as
// NumPy keeps it over up to 8 doubles or 16 floats. Over longer slices NumPy's vectorised
// loop picks one of tied zeros by its lane layout, which depends on the CPU (docs/api.md).
struct fmin_op {
    template <class T>
    T operator()(const T& a, const T& b) const {
        return (b < a || is_nan(a)) && !is_nan(b) ? b : a;
    }
};
struct fmax_op {
    template <class T>
    T operator()(const T& a, const T& b) const {
        return (a < b || is_nan(a)) && !is_nan(b) ? b : a;
    }
};

// Element i of `first` with NaN read as 0 (NumPy's _replace_nan(a, 0)): a pairwise sum over it
// adds what np.nansum adds, in the same order.
template <class Elements>
struct nan_as_zero;

// NaN read as 0, as the transform of a reduction along axes: element by element, or, where a
// run is summed pairwise, through nan_as_zero.
struct nan_to_zero_op {
    template <class T>
    T operator()(const T& x) const noexcept {
        return x == x ? x : T(0);
    }
    template <class Elements>
    static nan_as_zero<Elements> pairwise_elements(Elements first) noexcept {
        return {first};
    }
};

// The elements of `first` (a pointer, or an accessor with a[i] and a + k), NaN read as 0.
template <class Elements>
struct nan_as_zero {
    Elements first;
    auto operator[](std::size_t i) const noexcept { return nan_to_zero_op{}(first[i]); }
    nan_as_zero operator+(std::size_t offset) const noexcept { return {first + offset}; }
};

// np.nansum along axes, typed as parallel_sum along axes, with its bits: a row-major contiguous
// a is reduced in place with NaN read as 0 (nan_to_zero_op, no buffer); anything else, and a
// fold of every long axis (parallel_sum's whole-array path), as the sum of the lazy
// nan_replaced(a, 0).
template <class E>
auto nansum_along(const E& a, const axis_list& axes, const options& opts, const char* caller) {
    using T = value_type_t<E>;
    if constexpr (!std::is_null_pointer_v<decltype(contiguous_data(a))>) {
        if (contiguous_data(a) != nullptr &&
            !folds_every_long_axis(a.shape(), normalize_axes(axes, a.dimension(), caller))) {
            std::plus<T> add;
            nan_to_zero_op zero;
            return reduce_along(a, axes, T(0), add, zero, true, opts, caller);
        }
    }
    return parallel_sum(nan_replaced(a, T(0)), axes, opts);
}

// 1 for an element that is not NaN, 0 for NaN: the transform of count_not_nan_along.
struct not_nan_count_op {
    template <class T>
    std::int64_t operator()(const T& x) const noexcept {
        return x == x ? 1 : 0;
    }
};

// The counts of the elements that are not NaN along axes (NumPy's np.sum(~mask, axis=...)), with
// keepdims as asked: a row-major contiguous a is read in place (not_nan_count_op, vectorised);
// anything else is the sum of the lazy not_nan(a), which was 2 to 5 times slower.
template <class E>
ndarray<std::int64_t> count_not_nan_along(const E& a, const axis_list& axes, const options& opts,
                                          const char* caller) {
    if constexpr (!std::is_null_pointer_v<decltype(contiguous_data(a))>) {
        if (contiguous_data(a) != nullptr) {
            std::plus<std::int64_t> add;
            not_nan_count_op count;
            return reduce_along(a, axes, std::int64_t{0}, add, count, false, opts, caller);
        }
    }
    return parallel_sum(not_nan(a), axes, opts);
}

// np.nansum's sum of a contiguous run and the count of its elements that are not NaN.
template <class T>
struct sum_and_count {
    T sum;
    std::int64_t count;
};

// np.nansum's sums and the counts of non-NaN elements along axes together, in one pass
// (nan_sum_and_count_along): the fold of sum_and_count partials, an element x read as
// {x or 0 for NaN, 1 or 0}.
struct sum_and_count_op {
    template <class T>
    sum_and_count<T> operator()(const sum_and_count<T>& a, const sum_and_count<T>& b) const {
        return {a.sum + b.sum, a.count + b.count};
    }
};
struct sum_and_count_of_element {
    template <class T>
    sum_and_count<T> operator()(const T& x) const noexcept {
        return {nan_to_zero_op{}(x), x == x ? 1 : 0};
    }
};

// A piece of at most one NumPy block: its pairwise sum with NaN as 0, and its count of numbers.
template <class T>
sum_and_count<T> block_sum_and_count(const T* first, std::size_t count) noexcept {
    std::int64_t numbers = 0;
    for (std::size_t i = 0; i < count; ++i) {
        numbers += first[i] == first[i] ? 1 : 0;
    }
    return {numpy_pairwise_sum_of<T>(nan_as_zero<const T*>{first}, count), numbers};
}

// The nansum and the count of non-NaN elements of all of a contiguous floating a, in one pass
// (np.nanmean and np.nanvar make one each): every chunk's pieces, cut at NumPy's blocks as
// parallel_sum cuts them, summed pairwise with NaN as 0 and counted while in cache; the sums
// added in order from 0, as parallel_sum adds them: np.nansum's bits.
template <class E>
sum_and_count<value_type_t<E>> nan_sum_and_count(const E& a, const options& opts) {
    using T = value_type_t<E>;
    const T* const data = contiguous_data(a);
    auto chunk_pieces = [&](chunk_range r, auto&& emit) {
        for (std::size_t begin = r.begin; begin < r.end;) {
            const std::size_t end =
                std::min(r.end, (begin / numpy_block_size + 1) * numpy_block_size);
            emit(block_sum_and_count(data + begin, end - begin));
            begin = end;
        }
    };
    auto add = [](sum_and_count<T> total, sum_and_count<T> piece) {
        return sum_and_count<T>{total.sum + piece.sum, total.count + piece.count};
    };
    auto pieces = [](chunk_range r) { return block_segments(r); };
    return ordered_reduce(a.size(), opts, sum_and_count<T>{T(0), 0}, chunk_pieces, add, pieces);
}

// A contiguous run of a nansum-and-count along axes: each NumPy block summed pairwise with NaN
// as 0 (nan_as_zero) and counted while in cache, the blocks added on in order, as
// nansum_along's pairwise runs add them: the same bits.
template <class T>
struct contiguous_run_fold<sum_and_count_op, sum_and_count_of_element, T,
                           std::enable_if_t<std::is_floating_point_v<T>>> {
    static constexpr bool available = true;
    static sum_and_count<T> fold(const T* first, std::size_t run) noexcept {
        sum_and_count<T> total = block_sum_and_count(first, std::min(run, numpy_block_size));
        fold_blocks_after(total, first, numpy_block_size, run);
        return total;
    }
    static void fold_after(sum_and_count<T>& total, const T* first, std::size_t run) noexcept {
        fold_blocks_after(total, first, 0, run);
    }

private:
    static void fold_blocks_after(sum_and_count<T>& total, const T* first, std::size_t begin,
                                  std::size_t run) noexcept {
        for (; begin < run; begin += numpy_block_size) {
            const sum_and_count<T> block =
                block_sum_and_count(first + begin, std::min(numpy_block_size, run - begin));
            total = {total.sum + block.sum, total.count + block.count};
        }
    }
};

// Rows of contiguous outputs of a nansum-and-count (along axis 0): the sums and the counts held
// in two arrays, each row added on in order, as nansum_along's fold adds them: the same bits.
template <class T>
struct columns_fold<sum_and_count_op, sum_and_count_of_element, T,
                    std::enable_if_t<std::is_floating_point_v<T>>> {
    static constexpr bool available = true;
    class state {
    public:
        state(const sum_and_count<T>* partials, std::size_t length)
            : sums_(length), counts_(length) {
            for (std::size_t j = 0; j < length; ++j) {
                sums_[j] = partials[j].sum;
                counts_[j] = partials[j].count;
            }
        }

        void fold(const T* first, std::ptrdiff_t stride, std::size_t rows) noexcept {
            fold_nan_sum_columns(first, stride, rows, sums_.data(), counts_.data(), sums_.size());
        }

        void store(sum_and_count<T>* partials) const noexcept {
            for (std::size_t j = 0; j < sums_.size(); ++j) {
                partials[j] = {sums_[j], counts_[j]};
            }
        }

    private:
        std::vector<T> sums_;
        std::vector<std::int64_t> counts_;
    };
};

// np.nansum's sums along axes and the counts of the elements that are not NaN, keepdims as
// asked, in one pass over a row-major contiguous a (sum_and_count_op, read in place): the sums
// have nansum_along's bits. std::nullopt for any other a, or a fold of every long axis
// (nansum_along's whole-array path): the caller makes its two passes then.
template <class E>
std::optional<ndarray<sum_and_count<value_type_t<E>>>>
nan_sum_and_count_along(const E& a, const axis_list& axes, const options& opts,
                        const char* caller) {
    using T = value_type_t<E>;
    if constexpr (!std::is_null_pointer_v<decltype(contiguous_data(a))>) {
        if (contiguous_data(a) != nullptr &&
            !folds_every_long_axis(a.shape(), normalize_axes(axes, a.dimension(), caller))) {
            sum_and_count_op add;
            sum_and_count_of_element read;
            return reduce_along(a, axes, sum_and_count<T>{T(0), 0}, add, read, true, opts, caller);
        }
    }
    return std::nullopt;
}

// values[i] = values[i] / (counts[i] - offset) as NumPy's _divide_by_count divides a floating
// array by an np.intp one: in double (float32 / int64 is a float64 loop), then rounded to T.
// With `dof_nan`, a quotient by a count - offset <= 0 is NaN (nanvar's degrees of freedom).
template <class T>
void divide_by_count(ndarray<T>& values, const ndarray<std::int64_t>& counts, std::size_t offset,
                     bool dof_nan, const options& opts) {
    T* const out = values.data();
    const std::int64_t* const count = counts.data();
    const auto subtracted = static_cast<std::int64_t>(offset);
    parallel_for(
        std::size_t(0), values.size(),
        [=](std::size_t i) {
            const std::int64_t divisor = count[i] - subtracted;
            out[i] =
                dof_nan && divisor <= 0
                    ? std::numeric_limits<T>::quiet_NaN()
                    : static_cast<T>(static_cast<double>(out[i]) / static_cast<double>(divisor));
        },
        pool_only(opts));
}

template <class T>
T divided_by_count(T value, std::int64_t count) noexcept {
    return static_cast<T>(static_cast<double>(value) / static_cast<double>(count));
}

// `result`, computed along `axes` with keepdims, reshaped as `axes` asks.
template <class T>
ndarray<T> shaped_as_asked(ndarray<T>&& result, const axis_list& axes,
                           const std::vector<std::size_t>& folded) {
    if (axes.keeps_dims()) {
        return std::move(result);
    }
    std::vector<std::size_t> shape;
    for (std::size_t axis = 0; axis < result.dimension(); ++axis) {
        if (!std::binary_search(folded.begin(), folded.end(), axis)) {
            shape.push_back(result.shape()[axis]);
        }
    }
    result.reshape(shape);
    return std::move(result);
}

// NumPy's _nanvar of a floating a along axes, with keepdims: the counts of non-NaN elements,
// their nansums divided by them as the means, then the sums of squared deviations where a is
// not NaN, divided by count - ddof (NaN where that is <= 0); each sum a pairwise parallel_sum
// of a lazy expression of a, read in place.
template <class E>
auto nan_variance_kept(const E& a, const axis_list& axes, std::size_t ddof, const options& opts) {
    using T = value_type_t<E>;
    const axis_list kept = keepdims(axes);
    ndarray<std::int64_t> counts;
    ndarray<T> mean;
    if (const auto found = nan_sum_and_count_along(a, kept, opts, "parray::parallel_nanvar")) {
        // One pass for both: the means and the counts taken apart.
        const std::vector<std::size_t> shape(found->shape().begin(), found->shape().end());
        counts = ndarray<std::int64_t>::from_shape(shape);
        mean = ndarray<T>::from_shape(shape);
        const sum_and_count<T>* const pairs = found->data();
        std::int64_t* const count = counts.data();
        T* const average = mean.data();
        parallel_for(
            std::size_t(0), found->size(),
            [=](std::size_t i) {
                count[i] = pairs[i].count;
                average[i] = divided_by_count(pairs[i].sum, pairs[i].count);
            },
            pool_only(opts));
    } else {
        counts = count_not_nan_along(a, kept, opts, "parray::parallel_nanvar");
        mean = nansum_along(a, kept, opts, "parray::parallel_nanvar");
        divide_by_count(mean, counts, 0, false, opts);
    }
    // NumPy's (arr - avg) ** 2 with 0 written where a is NaN; xt::square reads each deviation
    // once (a product of two deviations computed a - mean twice an element).
    ndarray<T> squares =
        parallel_sum(xt::where(xt::isnan(a), T(0), xt::square(a - mean)), kept, opts);
    divide_by_count(squares, counts, ddof, true, opts);
    return squares;
}

// np.nanvar along axes: _nanvar for floating a; np.var (parallel_var) for integers, which is
// what np.nanvar calls for them. The axes are checked in the name of `caller`.
template <class E>
auto nan_variance_along(const E& a, const axis_list& axes, std::size_t ddof, const options& opts,
                        const char* caller) {
    require_valid_shapes(caller, a);
    require_real_elements<E>();
    if constexpr (has_nan_v<value_type_t<E>>) {
        const std::vector<std::size_t> folded = normalize_axes(axes, a.dimension(), caller);
        if constexpr (reads_in_memory_order_v<E>) {
            if (const auto data =
                    permuted_view_data(a)) { // NumPy's order: see along_axes_in_memory_order
                return along_axes_in_memory_order(
                    a, data, axes, caller, [&](const auto& x, const axis_list& x_axes) {
                        return nan_variance_along(x, x_axes, ddof, opts, caller);
                    });
            }
        }
        return shaped_as_asked(nan_variance_kept(a, axes, ddof, opts), axes, folded);
    } else {
        // np.var, as np.mean, takes no axis on a 0-d array: checked as a list.
        (void)normalize_mean_axes(axes, a.dimension(), caller);
        return parallel_var(a, axes, parray::ddof{ddof}, opts);
    }
}

// np.nanvar of all of a (NumPy's axis=None): nan_variance_kept along every axis, its count and
// sum in one pass where a is contiguous.
template <class E>
auto nan_variance_whole(const E& a, std::size_t ddof, const options& opts, const char* caller) {
    require_valid_shapes(caller, a);
    require_real_elements<E>();
    using T = value_type_t<E>;
    if constexpr (has_nan_v<T>) {
        if constexpr (reads_in_memory_order_v<E>) {
            if (const auto data = permuted_view_data(a)) { // NumPy's order: see in_memory_order
                return nan_variance_whole(view_in_memory_order(a, data), ddof, opts, caller);
            }
        }
        if constexpr (!std::is_null_pointer_v<decltype(contiguous_data(a))>) {
            if (contiguous_data(a) != nullptr) {
                // nan_variance_kept's steps with its first two passes made one, and its sums'
                // bits: a fold along every axis is cut by its length only, never by set chunks.
                options automatic = opts;
                automatic.chunk_size(0).num_chunks(0);
                const sum_and_count<T> found = nan_sum_and_count(a, automatic);
                const T mean = divided_by_count(found.sum, found.count);
                const T squares =
                    parallel_sum(xt::where(xt::isnan(a), T(0), xt::square(a - mean)), automatic);
                const std::int64_t dof = found.count - static_cast<std::int64_t>(ddof);
                return dof <= 0 ? std::numeric_limits<T>::quiet_NaN()
                                : divided_by_count(squares, dof);
            }
        }
        return *nan_variance_kept(a, all_axes(), ddof, opts).data();
    } else {
        return parallel_var(a, parray::ddof{ddof}, opts);
    }
}

inline void throw_all_nan(const char* caller) {
    throw std::invalid_argument(std::string(caller) + ": All-NaN slice encountered");
}

// np.nanmin (Least) or np.nanmax of a non-empty a, as np.fmin.reduce folds it (fmin_op): where
// a's elements are searched, the element at np.nanargmin's index, whose key reads NaN as the
// worst value (+inf for a least); a NaN there means no number beats it, and the answer is that
// infinity where a holds one, else NaN. Otherwise the fold of fmin_op or fmax_op.
template <bool Least, class E>
value_type_t<E> nan_extreme_of(const E& a, const options& opts, const char* caller) {
    require_elements(a.size(), caller);
    using T = value_type_t<E>;
    if constexpr (has_nan_v<T>) {
        if (searches_extremes(a)) {
            const T found =
                element_at(a, arg_best(a, arg_preference<Least, nan_policy::omit>{}, opts, caller));
            if (!is_nan(found)) {
                return found;
            }
            const T worst =
                Least ? std::numeric_limits<T>::infinity() : -std::numeric_limits<T>::infinity();
            auto is_worst = [worst](const T& x) { return x == worst; };
            return any_element(a, is_worst, opts) ? worst : found;
        }
    } else {
        return extreme_of<Least>(a, opts, caller); // no NaN: np.min's element
    }
    if constexpr (Least) {
        return parallel_reduce(a, first_element(a), fmin_op{}, opts);
    } else {
        return parallel_reduce(a, first_element(a), fmax_op{}, opts);
    }
}

// np.nanargmin (Least) / np.nanargmax of a whole array: the flat index of the first best key,
// NaN read as the worst one (arg_preference's nan_policy::omit).
template <bool Least, class E>
std::size_t nan_arg_whole(const E& a, const options& opts, const char* caller) {
    require_valid_shapes(caller, a);
    require_real_elements<E>();
    using T = value_type_t<E>;
    if constexpr (has_nan_v<T>) {
        using preference = arg_preference<Least, nan_policy::omit>;
        if (a.size() == 0) {
            throw_all_nan(caller); // np.all of an empty mask is True
        }
        const std::size_t index = arg_best(a, preference{}, opts, caller);
        // Only a slice whose best key is the worst, NaN's, may hold no number at all.
        const T worst = preference::key(std::numeric_limits<T>::quiet_NaN());
        if (preference::key(element_at(a, index)) == worst) {
            auto is_number = [](const T& x) { return !is_nan(x); };
            if (!any_element(a, is_number, opts)) {
                throw_all_nan(caller);
            }
        }
        return index;
    } else {
        return arg_best(a, arg_preference<Least, nan_policy::propagate>{}, opts, caller);
    }
}

// np.nanargmin (Least) / np.nanargmax along one axis (or every axis, flattened), keepdims as
// asked: as NumPy, the slices are checked for a number first (the counts of non-NaN elements,
// one pass), then arg_best_along (np.argmin's fold) runs over a with NaN read as the worst key
// (arg_preference's nan_policy::omit), in place.
template <bool Least, class E>
ndarray<std::int64_t> nan_arg_along(const E& a, const axis_list& axes, const options& opts,
                                    const char* caller) {
    require_valid_shapes(caller, a);
    require_real_elements<E>();
    using T = value_type_t<E>;
    if constexpr (has_nan_v<T>) {
        const std::vector<std::size_t> folded = normalize_axes(axes, a.dimension(), caller);
        if (axes.every_axis() || axes.values().size() == 1) {
            // NumPy's np.all(isnan(a), axis) is true for an empty slice too.
            const ndarray<std::int64_t> counts = count_not_nan_along(a, axes, opts, caller);
            auto no_number = [](std::int64_t count) { return count == 0; };
            if (any_element(counts, no_number, pool_only(opts))) {
                throw_all_nan(caller);
            }
        }
        return arg_best_along(a, axes, arg_preference<Least, nan_policy::omit>{}, opts, caller);
    } else {
        return arg_best_along(a, axes, arg_preference<Least, nan_policy::propagate>{}, opts,
                              caller);
    }
}

// np.fmin.reduce and np.fmax.reduce over a contiguous run: its first least (greatest) element
// that is not NaN; NaN when every one is.
template <class T>
struct contiguous_run_fold<fmin_op, identity_op, T, std::enable_if_t<has_extremes_search_v<T>>>
    : extreme_run_fold<true, nan_policy::omit, T> {};
template <class T>
struct contiguous_run_fold<fmax_op, identity_op, T, std::enable_if_t<has_extremes_search_v<T>>>
    : extreme_run_fold<false, nan_policy::omit, T> {};

} // namespace detail

// ---------------------------------------------------------------------------------------------
// Whole array

/// The sum of the elements that are not NaN, as np.nansum: NaN counts as 0, then parallel_sum
/// (NumPy's pairwise summation, np.nansum's bits; 0 for an empty or all-NaN a). Integers: as
/// parallel_sum (NumPy's nansum of integers is np.sum). Reads a where it lies, through a lazy
/// xt::where: no copy of a. Same bits for every pool.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nansum(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_nansum", a);
    detail::require_real_elements<E>();
    using T = detail::value_type_t<E>;
    if constexpr (detail::has_nan_v<T>) {
        if constexpr (detail::reads_in_memory_order_v<E>) {
            if (const auto data = detail::permuted_view_data(a)) { // see in_memory_order
                return parallel_nansum(detail::view_in_memory_order(a, data), opts);
            }
        }
        return parallel_sum(detail::nan_replaced(a, T(0)), opts);
    } else {
        return parallel_sum(a, opts);
    }
}

/// The mean of the elements that are not NaN, as np.nanmean: np.nansum divided by their count
/// (in double, rounded to float for float input, as NumPy divides); NaN when there is none (an
/// empty or all-NaN a), without NumPy's warning. Integers: parallel_mean (a double). One
/// parallel pass over a contiguous a (each NumPy block summed and counted while in cache), two
/// over anything else (the sum and the count); no copy of it.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanmean(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_nanmean", a);
    detail::require_real_elements<E>();
    using T = detail::value_type_t<E>;
    if constexpr (detail::has_nan_v<T>) {
        if constexpr (detail::reads_in_memory_order_v<E>) {
            if (const auto data = detail::permuted_view_data(a)) { // see in_memory_order
                return parallel_nanmean(detail::view_in_memory_order(a, data), opts);
            }
        }
        if constexpr (!std::is_null_pointer_v<decltype(detail::contiguous_data(a))>) {
            if (detail::contiguous_data(a) != nullptr) {
                const auto found = detail::nan_sum_and_count(a, opts);
                return detail::divided_by_count(found.sum, found.count);
            }
        }
        const T total = parallel_sum(detail::nan_replaced(a, T(0)), opts);
        const std::int64_t count = parallel_sum(detail::not_nan(a), opts);
        return detail::divided_by_count(total, count);
    } else {
        return parallel_mean(a, opts);
    }
}

/// The smallest element that is not NaN, as np.nanmin (np.fmin.reduce): NaN when all are NaN
/// (without NumPy's warning); between -0.0 and 0.0 the first. Throws std::invalid_argument when
/// a is empty. Deterministic: chunk results combined in chunk order.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanmin(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_nanmin", a);
    detail::require_real_elements<E>();
    return detail::nan_extreme_of<true>(a, opts, "parray::parallel_nanmin");
}

/// The largest element that is not NaN, as np.nanmax (np.fmax.reduce): NaN when all are NaN;
/// between -0.0 and 0.0 the first. Throws std::invalid_argument when a is empty.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanmax(const E& a, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_nanmax", a);
    detail::require_real_elements<E>();
    return detail::nan_extreme_of<false>(a, opts, "parray::parallel_nanmax");
}

/// The flat (row-major) index of the first smallest element, NaN ignored, as np.nanargmin
/// (argmin with NaN read as +inf: [NaN, inf] gives 0, as NumPy). Throws std::invalid_argument
/// when a is empty or all NaN ("All-NaN slice encountered", NumPy's ValueError).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
std::size_t parallel_nanargmin(const E& a, const options& opts = {}) {
    return detail::nan_arg_whole<true>(a, opts, "parray::parallel_nanargmin");
}

/// The flat (row-major) index of the first largest element, NaN ignored, as np.nanargmax
/// (argmax with NaN read as -inf). Throws std::invalid_argument when a is empty or all NaN.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
std::size_t parallel_nanargmax(const E& a, const options& opts = {}) {
    return detail::nan_arg_whole<false>(a, opts, "parray::parallel_nanargmax");
}

/// The variance of the elements that are not NaN, as np.nanvar with ddof (0 unless given):
/// NumPy's _nanvar step for step (the count, np.nansum / count as the mean, the pairwise sum
/// of squared deviations over the non-NaN elements, divided by count - ddof), with its bits.
/// Float input gives its own type, NaN where count - ddof <= 0 (all-NaN, empty). Integer input
/// gives a double, as np.var (what np.nanvar calls): divided by max(n - ddof, 0), so inf or
/// NaN there. Two parallel passes over a contiguous a (the count and sum together, then the
/// squares), three over anything else (count, sum, squares); no copy of it.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanvar(const E& a, parray::ddof delta, const options& opts = {}) {
    return detail::nan_variance_whole(a, delta.value, opts, "parray::parallel_nanvar");
}
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanvar(const E& a, const options& opts = {}) {
    return detail::nan_variance_whole(a, 0, opts, "parray::parallel_nanvar");
}

/// The standard deviation of the elements that are not NaN, as np.nanstd: the square root of
/// parallel_nanvar (same type, same NaN), with ddof as there.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanstd(const E& a, parray::ddof delta, const options& opts = {}) {
    return std::sqrt(detail::nan_variance_whole(a, delta.value, opts, "parray::parallel_nanstd"));
}
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanstd(const E& a, const options& opts = {}) {
    return std::sqrt(detail::nan_variance_whole(a, 0, opts, "parray::parallel_nanstd"));
}

// ---------------------------------------------------------------------------------------------
// Along axes

/// The sums along `axes` of the elements that are not NaN, as np.nansum(a, axis=...): NaN
/// counts as 0, then parallel_sum along axes (typed and summed as it: NumPy's bits), read in
/// place through a lazy xt::where. Integers: parallel_sum. Throws std::invalid_argument for an
/// axis out of range or repeated.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nansum(const E& a, const axis_list& axes, const options& opts = {}) {
    constexpr const char* caller = "parray::parallel_nansum";
    detail::require_valid_shapes(caller, a);
    detail::require_real_elements<E>();
    (void)detail::normalize_axes(axes, a.dimension(), caller);
    using T = detail::value_type_t<E>;
    if constexpr (detail::has_nan_v<T>) {
        if constexpr (detail::reads_in_memory_order_v<E>) {
            if (const auto data = detail::permuted_view_data(a)) { // see along_axes_in_memory_order
                return detail::along_axes_in_memory_order(
                    a, data, axes, caller, [&](const auto& x, const axis_list& x_axes) {
                        return parallel_nansum(x, x_axes, opts);
                    });
            }
        }
        return detail::nansum_along(a, axes, opts, "parray::parallel_nansum");
    } else {
        return parallel_sum(a, axes, opts);
    }
}

/// The means along `axes` of the elements that are not NaN, as np.nanmean(a, axis=...): the
/// nansums divided by the counts of non-NaN elements (in double, rounded to a's type); NaN for
/// a slice with none. Integers: parallel_mean along axes (which, as np.mean, takes no axis on a
/// 0-d array). Throws std::invalid_argument for an axis out of range or repeated.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanmean(const E& a, const axis_list& axes, const options& opts = {}) {
    constexpr const char* caller = "parray::parallel_nanmean";
    detail::require_valid_shapes(caller, a);
    detail::require_real_elements<E>();
    using T = detail::value_type_t<E>;
    if constexpr (detail::has_nan_v<T>) {
        (void)detail::normalize_axes(axes, a.dimension(), caller);
        if constexpr (detail::reads_in_memory_order_v<E>) {
            if (const auto data = detail::permuted_view_data(a)) { // see along_axes_in_memory_order
                return detail::along_axes_in_memory_order(
                    a, data, axes, caller, [&](const auto& x, const axis_list& x_axes) {
                        return parallel_nanmean(x, x_axes, opts);
                    });
            }
        }
        if (const auto found = detail::nan_sum_and_count_along(a, axes, opts, caller)) {
            // One pass: the sums and the counts together.
            auto means = ndarray<T>::from_shape(
                std::vector<std::size_t>(found->shape().begin(), found->shape().end()));
            const detail::sum_and_count<T>* const pairs = found->data();
            T* const out = means.data();
            parallel_for(
                std::size_t(0), found->size(),
                [=](std::size_t i) {
                    out[i] = detail::divided_by_count(pairs[i].sum, pairs[i].count);
                },
                detail::pool_only(opts));
            return means;
        }
        ndarray<T> totals = detail::nansum_along(a, axes, opts, "parray::parallel_nanmean");
        const ndarray<std::int64_t> counts = detail::count_not_nan_along(a, axes, opts, caller);
        detail::divide_by_count(totals, counts, 0, false, opts);
        return totals;
    } else {
        (void)detail::normalize_mean_axes(axes, a.dimension(), caller);
        return parallel_mean(a, axes, opts);
    }
}

/// The minima along `axes` of the elements that are not NaN, as np.nanmin(a, axis=...)
/// (np.fmin.reduce): NaN for an all-NaN slice; between -0.0 and 0.0 the first. Throws
/// std::invalid_argument when a folded axis is empty (even where the result is empty too), or
/// for an axis out of range or repeated.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanmin(const E& a, const axis_list& axes, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_nanmin", a);
    detail::require_real_elements<E>();
    using T = detail::value_type_t<E>;
    // NaN is fmin's identity: fmin(NaN, x) is x.
    const T identity =
        detail::has_nan_v<T> ? std::numeric_limits<T>::quiet_NaN() : detail::min_identity<T>();
    return detail::extremes_along(a, axes, identity, detail::fmin_op{}, opts,
                                  "parray::parallel_nanmin");
}

/// The maxima along `axes` of the elements that are not NaN, as np.nanmax(a, axis=...)
/// (np.fmax.reduce): NaN for an all-NaN slice. Throws as parallel_nanmin.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanmax(const E& a, const axis_list& axes, const options& opts = {}) {
    detail::require_valid_shapes("parray::parallel_nanmax", a);
    detail::require_real_elements<E>();
    using T = detail::value_type_t<E>;
    const T identity =
        detail::has_nan_v<T> ? std::numeric_limits<T>::quiet_NaN() : detail::max_identity<T>();
    return detail::extremes_along(a, axes, identity, detail::fmax_op{}, opts,
                                  "parray::parallel_nanmax");
}

/// The indices along one axis of the first smallest elements, NaN ignored, as
/// np.nanargmin(a, axis=k): std::int64_t (NumPy's intp), as parallel_argmin along an axis;
/// keepdims as `axes` asks; all_axes() gives the flat index as a 0-d array (axis=None). Takes
/// one axis, as parallel_argmin. Throws std::invalid_argument for a list of several axes, an
/// axis out of range, an all-NaN slice ("All-NaN slice encountered", NumPy's ValueError) or an
/// empty one. Two parallel passes over a, in place: the counts of its non-NaN elements (NumPy's
/// all-NaN check), then parallel_argmin's fold with NaN read as +inf.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<std::int64_t> parallel_nanargmin(const E& a, const axis_list& axes,
                                         const options& opts = {}) {
    return detail::nan_arg_along<true>(a, axes, opts, "parray::parallel_nanargmin");
}

/// The indices along one axis of the first largest elements, NaN ignored, as
/// np.nanargmax(a, axis=k) (NaN read as -inf). Takes, returns and throws as parallel_nanargmin.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<std::int64_t> parallel_nanargmax(const E& a, const axis_list& axes,
                                         const options& opts = {}) {
    return detail::nan_arg_along<false>(a, axes, opts, "parray::parallel_nanargmax");
}

/// The variances along `axes` of the elements that are not NaN, as np.nanvar(a, axis=...,
/// ddof=...): parallel_nanvar's algorithm and types slice by slice, the mean kept as an array
/// of a's rank and broadcast against a (no copy of a). Throws std::invalid_argument for an
/// axis out of range or repeated.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanvar(const E& a, const axis_list& axes, parray::ddof delta,
                     const options& opts = {}) {
    return detail::nan_variance_along(a, axes, delta.value, opts, "parray::parallel_nanvar");
}
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanvar(const E& a, const axis_list& axes, const options& opts = {}) {
    return detail::nan_variance_along(a, axes, 0, opts, "parray::parallel_nanvar");
}

/// The standard deviations along `axes` of the elements that are not NaN, as
/// np.nanstd(a, axis=..., ddof=...): the square roots of parallel_nanvar along axes.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanstd(const E& a, const axis_list& axes, parray::ddof delta,
                     const options& opts = {}) {
    auto result = detail::nan_variance_along(a, axes, delta.value, opts, "parray::parallel_nanstd");
    detail::square_root_in_place(result, opts);
    return result;
}
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_nanstd(const E& a, const axis_list& axes, const options& opts = {}) {
    return parallel_nanstd(a, axes, parray::ddof{0}, opts);
}

} // namespace parray
