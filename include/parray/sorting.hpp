// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Sorting and unique values on the pool: np.sort, np.argsort (kind='stable': NaN last, equal
// elements in their order) and np.unique with NumPy 1.24's results, by a stable parallel radix
// sort for integers, float and double (detail/radix_sort.hpp), or a stable parallel merge sort
// for a comparator.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "chunking.hpp"
#include "detail/array_access.hpp"
#include "detail/executor.hpp"
#include "detail/radix_sort.hpp"
#include "expressions.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "reductions.hpp"

namespace parray {

namespace detail {

// How a sort along one axis sees its array: `lanes` lanes of `length` elements, lane m starting
// at offset (m / stride) * length * stride + m % stride and stepping by `stride`.
struct lane_geometry {
    std::size_t lanes = 0;
    std::size_t length = 0;
    std::size_t stride = 1;

    std::size_t first(std::size_t lane) const noexcept {
        return lane / stride * length * stride + lane % stride;
    }
};

// The one axis a sort takes (all_axes(): the flattened array, as NumPy's axis=None) for an
// array of `shape`, as np.sort checks it; std::invalid_argument naming `caller` otherwise.
template <class Shape>
lane_geometry sort_geometry(const Shape& shape, const axis_list& axis, const char* caller) {
    std::size_t n = 1;
    for (const auto extent : shape) {
        n *= static_cast<std::size_t>(extent);
    }
    if (axis.every_axis()) {
        return {n == 0 ? std::size_t{0} : std::size_t{1}, n, 1};
    }
    if (axis.keeps_dims() || axis.values().size() != 1) {
        throw std::invalid_argument(
            std::string(caller) + ": takes one axis or all_axes(), not " +
            (axis.keeps_dims() ? std::string("keepdims") : shape_to_string(axis.values())));
    }
    const std::size_t k = normalize_axis(axis.values()[0], shape.size(), caller);
    lane_geometry g;
    g.length = static_cast<std::size_t>(shape[k]);
    for (std::size_t d = k + 1; d < shape.size(); ++d) {
        g.stride *= static_cast<std::size_t>(shape[d]);
    }
    g.lanes = g.length == 0 ? 0 : n / g.length;
    return g;
}

// Runs sort_lane(lane, lane_options, workspace) for every lane: one after another, each on the
// whole pool, when the lanes are long and fewer than two a thread; otherwise the lanes are
// shared among the threads (chunks of make_chunk_plan(lanes, opts, length)), each sorted on
// its thread. The Workspace is default-constructed once a chunk.
template <class Workspace, class SortLane>
void for_each_lane(const lane_geometry& g, const options& opts, SortLane& sort_lane) {
    if (g.lanes == 0) {
        return;
    }
    if (g.length >= min_pool_sorted_lane && g.lanes < 2 * pool_for(opts).size()) {
        Workspace workspace;
        for (std::size_t lane = 0; lane < g.lanes; ++lane) {
            sort_lane(lane, opts, workspace);
        }
        return;
    }
    const options serial; // one chunk: runs inline on the thread of the lane
    auto body = [&](std::size_t, chunk_range r) {
        Workspace workspace;
        for (std::size_t lane = r.begin; lane < r.end; ++lane) {
            sort_lane(lane, serial, workspace);
        }
    };
    for_each_chunk(make_chunk_plan(g.lanes, opts, g.length), opts, body);
}

// The memory a lane sort reuses from lane to lane (sort_buffers: huge pages for long lanes).
template <class T>
struct value_sort_workspace {
    sort_buffer<T> lane{0};    // a strided lane, gathered
    sort_buffer<T> scratch{0}; // the radix or merge sort's second buffer
    radix_workspace radix;
};

template <class T, class Index>
struct argsort_workspace {
    sort_buffer<T> lane{0};
    sort_buffer<Index> order{0};
    sort_buffer<Index> scratch{0};
    radix_workspace radix;
};

// Sorts every lane of the contiguous array `data` in place: with the radix sort's order when
// comp is null_compare, else stably by comp.
struct null_compare {};

template <class T, class Compare>
void sort_values(T* data, const lane_geometry& g, const Compare& comp, const options& opts) {
    auto sort_lane = [&](std::size_t lane, const options& lane_opts, value_sort_workspace<T>& ws) {
        T* const first = data + g.first(lane);
        T* run = first;
        if (g.stride != 1) {
            ws.lane.reserve(g.length);
            for (std::size_t i = 0; i < g.length; ++i) {
                ws.lane.data()[i] = first[i * g.stride];
            }
            run = ws.lane.data();
        }
        ws.scratch.reserve(g.length);
        if constexpr (std::is_same_v<Compare, null_compare>) {
            radix_sort_values(run, run, ws.scratch.data(), g.length, ws.radix, lane_opts);
        } else {
            parallel_merge_sort(run, ws.scratch.data(), g.length, comp, lane_opts);
        }
        if (g.stride != 1) {
            for (std::size_t i = 0; i < g.length; ++i) {
                first[i * g.stride] = ws.lane.data()[i];
            }
        }
    };
    for_each_lane<value_sort_workspace<T>>(g, opts, sort_lane);
}

// Writes to `order` (laid out as `values`) the indices that sort each lane of the contiguous
// `values`: the radix sort's order, or stably by comp.
template <class T, class Index, class Compare>
void argsort_values(const T* values, Index* order, const lane_geometry& g, const Compare& comp,
                    const options& opts) {
    auto sort_lane = [&](std::size_t lane, const options& lane_opts,
                         argsort_workspace<T, Index>& ws) {
        const std::size_t offset = g.first(lane);
        const T* lane_values = values + offset;
        Index* lane_order = order + offset;
        if (g.stride != 1) {
            ws.order.reserve(g.length);
            lane_order = ws.order.data();
        }
        ws.scratch.reserve(g.length);
        if constexpr (std::is_same_v<Compare, null_compare>) {
            if (g.stride != 1) {
                ws.lane.reserve(g.length);
                for (std::size_t i = 0; i < g.length; ++i) {
                    ws.lane.data()[i] = lane_values[i * g.stride];
                }
                lane_values = ws.lane.data();
            }
            radix_argsort(lane_values, lane_order, ws.scratch.data(), g.length, Index{0}, ws.radix,
                          lane_opts);
        } else {
            for (std::size_t i = 0; i < g.length; ++i) {
                lane_order[i] = static_cast<Index>(i);
            }
            const std::size_t stride = g.stride;
            const auto by_value = [&comp, lane_values, stride](Index i, Index j) {
                return comp(lane_values[static_cast<std::size_t>(i) * stride],
                            lane_values[static_cast<std::size_t>(j) * stride]);
            };
            parallel_merge_sort(lane_order, ws.scratch.data(), g.length, by_value, lane_opts);
        }
        if (g.stride != 1) {
            for (std::size_t i = 0; i < g.length; ++i) {
                order[offset + i * g.stride] = ws.order.data()[i];
            }
        }
    };
    for_each_lane<argsort_workspace<T, Index>>(g, opts, sort_lane);
}

template <class T>
void require_radix_sortable() {
    static_assert(is_radix_sortable_v<T>,
                  "parray: parallel_sort, parallel_argsort and parallel_unique without a "
                  "comparator take integers, bool, float and double; pass a comparator for "
                  "other types");
}

// The lanes of a sort of T's by comp (null_compare: NumPy's order, by the radix sort) along
// `axis` of an array of `shape`: sort_geometry's, once T is known to be radix-sortable where
// no comparator is given (a compile-time error otherwise).
template <class T, class Compare, class Shape>
lane_geometry checked_sort_geometry(const Shape& shape, const axis_list& axis, const char* caller) {
    if constexpr (std::is_same_v<Compare, null_compare>) {
        require_radix_sortable<T>();
    }
    return sort_geometry(shape, axis, caller);
}

// The shape of a sort's result: a's, or (n,) for all_axes().
template <class E>
std::vector<std::size_t> sorted_shape(const E& a, const axis_list& axis) {
    if (axis.every_axis()) {
        return {static_cast<std::size_t>(a.size())};
    }
    return std::vector<std::size_t>(a.shape().begin(), a.shape().end());
}

template <class E, class Compare>
ndarray<value_type_t<E>> sorted_copy(const E& a, const axis_list& axis, const Compare& comp,
                                     const options& opts, const char* caller) {
    using T = value_type_t<E>;
    require_valid_shapes(caller, a);
    const lane_geometry g = checked_sort_geometry<T, Compare>(a.shape(), axis, caller);
    const std::vector<std::size_t> shape = sorted_shape(a, axis);
    if constexpr (std::is_same_v<Compare, null_compare> && has_strided_storage<const E>::value) {
        // One lane read in place: the radix sort's first pass reads a, the last writes the
        // result, and no copy of a is made besides its one scratch array.
        const auto data = contiguous_data(a);
        if (data != nullptr && g.lanes == 1 && g.stride == 1 && g.length >= min_pool_sorted_lane) {
            auto result = ndarray<T>::from_shape(shape);
            sort_buffer<T> scratch(g.length);
            radix_workspace ws;
            radix_sort_values(static_cast<const T*>(data), result.data(), scratch.data(), g.length,
                              ws, opts);
            return result;
        }
    }
    ndarray<T> result = parallel_eval(a, pool_only(opts));
    if (axis.every_axis()) {
        result.reshape({result.size()});
    }
    sort_values(result.data(), g, comp, opts);
    return result;
}

// Whether a's elements can be written where they lie: an array or a strided view (xt::view,
// xt::transpose) of a non-const one.
template <class E, class = void>
struct is_writable_strided : std::false_type {};
template <class E>
struct is_writable_strided<E, std::enable_if_t<has_strided_storage<E>::value>>
    : std::negation<std::is_const<std::remove_pointer_t<decltype(std::declval<E&>().data())>>> {};

template <class E, class Compare>
void sort_in_place(E& a, const axis_list& axis, const Compare& comp, const options& opts,
                   const char* caller) {
    static_assert(is_writable_strided<E>::value,
                  "parray::parallel_sort_in_place: a must be an array or a view of one whose "
                  "elements can be written (xt::view, xt::transpose of a non-const array)");
    if constexpr (is_writable_strided<E>::value) {
        using T = value_type_t<E>;
        require_valid_shapes(caller, a);
        const lane_geometry g = checked_sort_geometry<T, Compare>(a.shape(), axis, caller);
        if (T* const data = contiguous_data(a)) {
            sort_values(data, g, comp, opts);
            return;
        }
        // A strided view (a[:, 2].sort() in NumPy): its lanes are not contiguous, so it is
        // sorted in a row-major copy and written back.
        ndarray<T> values = parallel_eval(a, pool_only(opts));
        sort_values(values.data(), g, comp, opts);
        parallel_assign(a, values, pool_only(opts));
    }
}

template <class E, class Compare>
ndarray<std::int64_t> argsorted(const E& a, const axis_list& axis, const Compare& comp,
                                const options& opts, const char* caller) {
    using T = value_type_t<E>;
    require_valid_shapes(caller, a);
    const lane_geometry g = checked_sort_geometry<T, Compare>(a.shape(), axis, caller);
    auto order = ndarray<std::int64_t>::from_shape(sorted_shape(a, axis));
    if constexpr (has_strided_storage<const E>::value) {
        const auto data = contiguous_data(a);
        if (data != nullptr) {
            argsort_values(static_cast<const T*>(data), order.data(), g, comp, opts);
            return order;
        }
    }
    const ndarray<T> values = parallel_eval(a, pool_only(opts));
    argsort_values(values.data(), order.data(), g, comp, opts);
    return order;
}

} // namespace detail

// ---------------------------------------------------------------------------------------------
// Sorting

/// A sorted copy of a along its last axis, as np.sort(a, kind='stable'): an ndarray of a's
/// value type and shape. The order is NumPy's: NaN last (every NaN, whatever its sign or
/// payload, in its order), -0.0 and 0.0 equal (in their order), equal elements in their order;
/// the elements are moved, never changed, so their bits are kept. Integers, bool, float
/// and double; other types take a comparator. Throws std::invalid_argument for a 0-d a (as
/// NumPy's AxisError). Cost: a stable radix sort of 8-bit digits, most significant first,
/// O(n) a digit, skipping the digits on which all elements agree: parallel passes split the
/// keys into buckets, which the threads then sort each within the cache (docs/api.md). One
/// extra array of n elements (the radix sort's second buffer; a lazy or non-contiguous a is
/// evaluated into the result first). The result is exact: the same on every pool.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_sort(const E& a, const options& opts = {}) {
    return detail::sorted_copy(a, -1, detail::null_compare{}, opts, "parray::parallel_sort");
}

/// A sorted copy of a along `axis` (negative counts from the end), as
/// np.sort(a, axis=axis, kind='stable'); all_axes() sorts the flattened array into shape (n,),
/// as axis=None. Long lanes fewer than two a thread are sorted one after another on the whole
/// pool; otherwise the lanes are shared among the threads, each sorted on one (a lane along an
/// axis other than the last is gathered into a buffer of its length first). Throws
/// std::invalid_argument for an axis out of range (naming the axis and the number of
/// dimensions), a list of axes or keepdims. As parallel_sort(a) otherwise.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
auto parallel_sort(const E& a, const axis_list& axis, const options& opts = {}) {
    return detail::sorted_copy(a, axis, detail::null_compare{}, opts, "parray::parallel_sort");
}

/// A copy of a sorted stably along its last axis by comp, a strict weak ordering as
/// std::stable_sort takes (comp(x, y): x goes before y): elements comp holds equivalent keep
/// their order. Any element type. Cost: each of up to 64 chunks (fixed by n) sorted by
/// std::stable_sort, then merged in pairs, round after round, each merge cut into pieces
/// shared among the threads: O(n log n) comparisons, one extra array of n elements. comp is
/// called concurrently and must not change anything shared. The result is exact: the same on
/// every pool.
template <class E, class Compare,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_predicate_argument_v<Compare>,
                           int> = 0>
auto parallel_sort(const E& a, Compare comp, const options& opts = {}) {
    return detail::sorted_copy(a, -1, comp, opts, "parray::parallel_sort");
}

/// A copy of a sorted stably along `axis` (or all_axes()) by comp: see parallel_sort(a, comp)
/// and parallel_sort(a, axis).
template <class E, class Compare,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_predicate_argument_v<Compare>,
                           int> = 0>
auto parallel_sort(const E& a, const axis_list& axis, Compare comp, const options& opts = {}) {
    return detail::sorted_copy(a, axis, comp, opts, "parray::parallel_sort");
}

/// Sorts a in place along its last axis, as a.sort(kind='stable') in NumPy; the order, types
/// and cost of parallel_sort(a), besides one array of n elements. a is an array or a writable
/// strided view of one, taken by reference or as a temporary view:
/// parallel_sort_in_place(xt::view(m, xt::all(), 2)) is m[:, 2].sort(); a view whose lanes
/// are not contiguous is sorted in a copy and written back (one more array of n elements).
/// Throws std::invalid_argument for a 0-d a. A const a, or a lazy expression, does not compile.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
void parallel_sort_in_place(E&& a, const options& opts = {}) {
    detail::sort_in_place(a, -1, detail::null_compare{}, opts, "parray::parallel_sort_in_place");
}

/// Sorts a in place along `axis`, as a.sort(axis=axis, kind='stable'); all_axes() sorts its
/// elements in row-major order, keeping its shape (NumPy's a.sort takes no axis=None).
/// Throws as parallel_sort(a, axis).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
void parallel_sort_in_place(E&& a, const axis_list& axis, const options& opts = {}) {
    detail::sort_in_place(a, axis, detail::null_compare{}, opts, "parray::parallel_sort_in_place");
}

/// Sorts a in place along its last axis, stably by comp: see parallel_sort(a, comp).
template <class E, class Compare,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_predicate_argument_v<Compare>,
                           int> = 0>
void parallel_sort_in_place(E&& a, Compare comp, const options& opts = {}) {
    detail::sort_in_place(a, -1, comp, opts, "parray::parallel_sort_in_place");
}

/// Sorts a in place along `axis` (or all_axes()), stably by comp.
template <class E, class Compare,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_predicate_argument_v<Compare>,
                           int> = 0>
void parallel_sort_in_place(E&& a, const axis_list& axis, Compare comp, const options& opts = {}) {
    detail::sort_in_place(a, axis, comp, opts, "parray::parallel_sort_in_place");
}

/// The indices that sort a along its last axis, as np.argsort(a, kind='stable'): an ndarray
/// of std::int64_t (NumPy's intp, as parallel_argmin returns) of a's shape, each an index
/// along that axis; sorting by them gives parallel_sort(a). Integers, bool, float and
/// double. Throws std::invalid_argument for a 0-d a. Cost: the radix sort of parallel_sort,
/// moving (key, index) pairs: besides the result, up to two arrays of n keys (as wide as the
/// elements, at least 32 bits; the second only with more than two passes) and one of n
/// indices; a lazy or non-contiguous a is evaluated first (one more array of n elements).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<std::int64_t> parallel_argsort(const E& a, const options& opts = {}) {
    return detail::argsorted(a, -1, detail::null_compare{}, opts, "parray::parallel_argsort");
}

/// The indices that sort a along `axis`, as np.argsort(a, axis=axis, kind='stable');
/// all_axes(): flat indices of shape (n,), as axis=None. Throws and shares lanes as
/// parallel_sort(a, axis).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<std::int64_t> parallel_argsort(const E& a, const axis_list& axis,
                                       const options& opts = {}) {
    return detail::argsorted(a, axis, detail::null_compare{}, opts, "parray::parallel_argsort");
}

/// The indices that sort a along its last axis stably by comp (see parallel_sort(a, comp)):
/// a merge sort of the indices, comparing the elements they point to. Besides the result, one
/// array of n indices.
template <class E, class Compare,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_predicate_argument_v<Compare>,
                           int> = 0>
ndarray<std::int64_t> parallel_argsort(const E& a, Compare comp, const options& opts = {}) {
    return detail::argsorted(a, -1, comp, opts, "parray::parallel_argsort");
}

/// The indices that sort a along `axis` (or all_axes()) stably by comp.
template <class E, class Compare,
          std::enable_if_t<detail::is_expression_v<E> && detail::is_predicate_argument_v<Compare>,
                           int> = 0>
ndarray<std::int64_t> parallel_argsort(const E& a, const axis_list& axis, Compare comp,
                                       const options& opts = {}) {
    return detail::argsorted(a, axis, comp, opts, "parray::parallel_argsort");
}

// ---------------------------------------------------------------------------------------------
// Unique values

/// Which of np.unique's optional outputs parallel_unique(a, returns) computes, combined with |:
/// `parray::return_index | parray::return_counts` is np.unique(a, return_index=True,
/// return_counts=True). unique_returns::values alone asks for none of them.
enum class unique_returns : unsigned { values = 0, index = 1, inverse = 2, counts = 4 };

/// Both sets of outputs.
constexpr unique_returns operator|(unique_returns x, unique_returns y) noexcept {
    return static_cast<unique_returns>(static_cast<unsigned>(x) | static_cast<unsigned>(y));
}

/// np.unique's return_index=True, return_inverse=True and return_counts=True.
inline constexpr unique_returns return_index = unique_returns::index;
inline constexpr unique_returns return_inverse = unique_returns::inverse;
inline constexpr unique_returns return_counts = unique_returns::counts;

/// What parallel_unique(a, returns) gives, as np.unique's tuple: the sorted unique values and,
/// where `returns` asked for them (else empty, shape (0,)), the flat index of each value's
/// first occurrence in a, for each element of a (flattened) the index of its value in
/// `values`, and each value's number of occurrences, all of std::int64_t (NumPy's intp),
/// 1-D as NumPy 1.24's.
template <class T>
struct unique_result {
    ndarray<T> values;
    ndarray<std::int64_t> index;
    ndarray<std::int64_t> inverse;
    ndarray<std::int64_t> counts;
};

namespace detail {

inline bool asks_for(unique_returns returns, unique_returns part) noexcept {
    return (static_cast<unsigned>(returns) & static_cast<unsigned>(part)) != 0;
}

template <class E>
unique_result<value_type_t<E>> unique_of(const E& a, unique_returns returns, const options& opts,
                                         const char* caller) {
    using T = value_type_t<E>;
    using Index = std::int64_t;
    require_valid_shapes(caller, a);
    require_radix_sortable<T>();
    const auto n = static_cast<std::size_t>(a.size());
    const bool needs_order = asks_for(returns, return_index) || asks_for(returns, return_inverse);
    // The elements in sorted order, and (for index and inverse) where each came from: the
    // stable order keeps, of equal elements (-0.0 and 0.0, every NaN), the first occurrence.
    ndarray<T> flat;
    const T* values = nullptr;
    if constexpr (has_strided_storage<const E>::value) {
        values = static_cast<const T*>(contiguous_data(a));
    }
    if (values == nullptr && n != 0) {
        flat = parallel_eval(a, pool_only(opts));
        values = flat.data();
    }
    auto sorted = ndarray<T>::from_shape({n});
    auto order = ndarray<Index>::from_shape({needs_order ? n : 0});
    radix_workspace ws;
    if (needs_order) {
        sort_buffer<Index> scratch(n);
        radix_argsort(values, order.data(), scratch.data(), n, Index{0}, ws, opts);
        auto gather = [&](std::size_t, chunk_range r) {
            for (std::size_t i = r.begin; i < r.end; ++i) {
                sorted.data()[i] = values[static_cast<std::size_t>(order.data()[i])];
            }
        };
        for_each_chunk(radix_sort_plan(n), opts, gather);
    } else {
        sort_buffer<T> scratch(n);
        radix_sort_values(values, sorted.data(), scratch.data(), n, ws, opts);
    }
    flat = ndarray<T>::from_shape({0});
    // Runs of equal keys (NaNs collapse into one, NumPy 1.24's equal_nan=True), counted per
    // chunk, then written from each chunk's first run on.
    const T* const s = sorted.data();
    const auto starts_run = [s](std::size_t i) {
        return i == 0 || sort_key(s[i]) != sort_key(s[i - 1]);
    };
    const chunk_plan plan = radix_sort_plan(n);
    std::vector<std::size_t> first_run(plan.size() + 1, 0);
    auto count = [&](std::size_t c, chunk_range r) {
        std::size_t runs = 0;
        for (std::size_t i = r.begin; i < r.end; ++i) {
            runs += starts_run(i) ? 1 : 0;
        }
        first_run[c + 1] = runs;
    };
    for_each_chunk(plan, opts, count);
    for (std::size_t c = 0; c < plan.size(); ++c) {
        first_run[c + 1] += first_run[c];
    }
    const std::size_t k = first_run.back();
    unique_result<T> result;
    result.values = ndarray<T>::from_shape({k});
    result.index = ndarray<Index>::from_shape({asks_for(returns, return_index) ? k : 0});
    result.inverse = ndarray<Index>::from_shape({asks_for(returns, return_inverse) ? n : 0});
    // The counts array holds each run's start until the starts are all written.
    result.counts = ndarray<Index>::from_shape({asks_for(returns, return_counts) ? k : 0});
    const bool index = result.index.size() != 0;
    const bool inverse = result.inverse.size() != 0;
    const bool counts = result.counts.size() != 0;
    auto write = [&](std::size_t c, chunk_range r) {
        std::size_t run = first_run[c]; // the next run to start
        for (std::size_t i = r.begin; i < r.end; ++i) {
            if (starts_run(i)) {
                result.values.data()[run] = s[i];
                if (index) {
                    result.index.data()[run] = order.data()[i];
                }
                if (counts) {
                    result.counts.data()[run] = static_cast<Index>(i);
                }
                ++run;
            }
            if (inverse) {
                result.inverse.data()[order.data()[i]] = static_cast<Index>(run - 1);
            }
        }
    };
    for_each_chunk(plan, opts, write);
    if (counts) {
        // Each count is the next start minus its own: a chunk's last needs the next chunk's
        // first start, read before any chunk changes it.
        const chunk_plan run_plan = radix_sort_plan(k);
        std::vector<Index> next_start(run_plan.size());
        for (std::size_t c = 0; c < run_plan.size(); ++c) {
            const std::size_t end = run_plan[c].end;
            next_start[c] = end < k ? result.counts.data()[end] : static_cast<Index>(n);
        }
        auto by_chunk = [&](std::size_t c, chunk_range r) {
            Index* const start = result.counts.data();
            for (std::size_t j = r.begin; j + 1 < r.end; ++j) {
                start[j] = start[j + 1] - start[j];
            }
            start[r.end - 1] = next_start[c] - start[r.end - 1];
        };
        for_each_chunk(run_plan, opts, by_chunk);
    }
    return result;
}

} // namespace detail

/// The sorted unique elements of a (flattened), as np.unique(a) in NumPy 1.24: a 1-D ndarray
/// of a's value type. Elements NumPy holds equal are one: -0.0 and 0.0 (the value kept is the
/// first occurrence's, as np.unique(a, return_index=True) keeps it; np.unique(a) alone sorts
/// with an unstable quicksort and may keep the other), and every NaN (equal_nan=True: one NaN
/// at the end, the first NaN of a, bits kept). Integers, bool, float and double. Cost:
/// parallel_sort's radix sort of a copy (two arrays of n elements), then one pass counting the
/// values a chunk and one writing them.
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
ndarray<detail::value_type_t<E>> parallel_unique(const E& a, const options& opts = {}) {
    return detail::unique_of(a, unique_returns::values, opts, "parray::parallel_unique").values;
}

/// np.unique(a, return_index=..., return_inverse=..., return_counts=...) in NumPy 1.24, the
/// outputs chosen by `returns` (see unique_returns): a unique_result whose values are
/// parallel_unique(a)'s, index the flat index of each value's first occurrence, inverse (of
/// length n) the index in values of each element of the flattened a, counts the occurrences.
/// Cost: with index or inverse, parallel_argsort's radix sort of a (flattened) and a gather of
/// the sorted elements: besides the results, n indices, n elements and up to two arrays of n
/// keys; with counts alone, as parallel_unique(a).
template <class E, std::enable_if_t<detail::is_expression_v<E>, int> = 0>
unique_result<detail::value_type_t<E>> parallel_unique(const E& a, unique_returns returns,
                                                       const options& opts = {}) {
    return detail::unique_of(a, returns, opts, "parray::parallel_unique");
}

} // namespace parray
