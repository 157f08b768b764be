// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Reductions along axis 0 of a contiguous matrix, as their columns_fold hooks
// (axis_reduction.hpp) run them: the rows of a tile, each a contiguous stretch of columns, folded
// in order into arrays of the columns' results (sums; sums and counts; bests and their indices;
// lows and highs). fold_columns states the loops once: a 16-byte vector of columns at a time,
// its results read and written once every column_fold_rows rows, the columns past the last whole
// vector one at a time; each fold is the one step it does to a column, or to a vector of them.
// The compilers vectorise none of these steps themselves: the generic fold_rows, element by
// element past 64 columns, ran np.sum along axis 0 at 0.68x an OpenMP loop, and g++ 12 makes the
// selects of argmin and nanmean conditional stores.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <tuple>
#include <type_traits>
#include <vector>

#include "constants.hpp"
#include "extremes_search.hpp"

namespace parray::detail {

// The lanes of a column fold's vector of T (T's search_vector), 0 where it has none.
template <class T>
constexpr std::size_t column_lanes() noexcept {
#if defined(__GNUC__) || defined(__clang__)
    if constexpr (has_extremes_search_v<T>) {
        return sizeof(typename search_vector<T>::value) / sizeof(T);
    }
#endif
    return 0;
}

#if defined(__GNUC__) || defined(__clang__)
// A vector of Lanes values of type Held: one result (a sum, a count, an index) of each column of
// a vector of columns.
template <class Held, std::size_t Lanes>
struct lanes_of {
    typedef Held type __attribute__((vector_size(sizeof(Held) * Lanes)));
};
#endif

// target = value where `mask` (a compare of elements: a bool, or a vector's lanes of any width)
// is true: a select of scalars or, lane by lane, of vectors. In place: a function that returned
// a vector wider than 16 bytes would change the ABI with the instruction set (-Wpsabi).
template <class Value, class Mask>
void assign_where(Value& target, const Mask& mask, const Value& value) noexcept {
    if constexpr (std::is_arithmetic_v<Value>) {
        target = mask ? value : target;
    } else {
#if defined(__GNUC__) || defined(__clang__)
        using value_mask = decltype(value < value);
        target = __builtin_convertvector(mask, value_mask) ? value : target;
#endif
    }
}

// For the rows b = 0 .. rows - 1 in order (row b at first + b * stride), column j of
// [0, length) folds first[b * stride + j] into its results held[j]...: step(x, b, held...), with
// x and the results each a scalar, or a vector of column_lanes<T>() columns (then b is x's row).
// Cost: one read of each element, and of each result every column_fold_rows rows.
template <class T, class Step, class... Held>
void fold_columns(const T* first, std::ptrdiff_t stride, std::size_t rows, std::size_t length,
                  Step step, Held*... held) noexcept {
    constexpr std::size_t lanes = column_lanes<T>();
    std::size_t vector_columns = 0;
#if defined(__GNUC__) || defined(__clang__)
    if constexpr (lanes != 0) {
        using vector = typename search_vector<T>::value;
        vector_columns = length / lanes * lanes;
        for (std::size_t b = 0; b < rows; b += column_fold_rows) {
            const T* const row = first + static_cast<std::ptrdiff_t>(b) * stride;
            const std::size_t group = std::min(column_fold_rows, rows - b);
            for (std::size_t j = 0; j < vector_columns; j += lanes) {
                std::tuple<typename lanes_of<Held, lanes>::type...> results;
                // By value: copies the compiler need not reload after each memcpy.
                std::apply(
                    [row, group, stride, b, j, step, held...](auto&... result) {
                        (std::memcpy(&result, held + j, sizeof(result)), ...);
                        for (std::size_t r = 0; r < group; ++r) {
                            vector x;
                            std::memcpy(&x, row + static_cast<std::ptrdiff_t>(r) * stride + j,
                                        sizeof(x));
                            step(x, b + r, result...);
                        }
                        (std::memcpy(held + j, &result, sizeof(result)), ...);
                    },
                    results);
            }
        }
    }
#endif
    for (std::size_t b = 0; b < rows; ++b) {
        const T* const row = first + static_cast<std::ptrdiff_t>(b) * stride;
        for (std::size_t k = vector_columns; k < length; ++k) {
            step(row[k], b, held[k]...);
        }
    }
}

// sums[j] += first[b * stride + j], row after row: np.sum along axis 0, each row added on in
// order, as fold_rows adds them (the same bits).
template <class T>
void fold_sum_columns(const T* first, std::ptrdiff_t stride, std::size_t rows, T* sums,
                      std::size_t length) noexcept {
    fold_columns(
        first, stride, rows, length, [](const auto& x, std::size_t, auto& sum) { sum = sum + x; },
        sums);
}

// A columns_fold state (axis_reduction.hpp) whose partials are the columns' results themselves
// (sums, products), folded by Fold(first, stride, rows, results, length).
template <class T, void (*Fold)(const T*, std::ptrdiff_t, std::size_t, T*, std::size_t) noexcept>
class column_results {
public:
    column_results(const T* partials, std::size_t length) : results_(partials, partials + length) {}

    void fold(const T* first, std::ptrdiff_t stride, std::size_t rows) noexcept {
        Fold(first, stride, rows, results_.data(), results_.size());
    }

    void store(T* partials) const noexcept {
        std::copy(results_.begin(), results_.end(), partials);
    }

private:
    std::vector<T> results_;
};

// products[j] *= first[b * stride + j], row after row: np.prod along axis 0 of floating numbers,
// each column's product in NumPy's order (a plain loop of rows).
template <class T>
void fold_product_columns(const T* first, std::ptrdiff_t stride, std::size_t rows, T* products,
                          std::size_t length) noexcept {
    fold_columns(
        first, stride, rows, length,
        [](const auto& x, std::size_t, auto& product) { product = product * x; }, products);
}

// sums[j] += first[b * stride + j], 0 for NaN, and counts[j] counts it unless NaN: nanmean's
// sum and count along axis 0, in nansum's order.
template <class T>
void fold_nan_sum_columns(const T* first, std::ptrdiff_t stride, std::size_t rows, T* sums,
                          std::int64_t* counts, std::size_t length) noexcept {
    const auto step = [](const auto& x, std::size_t, auto& sum, auto& count) {
        using value = std::remove_cv_t<std::remove_reference_t<decltype(x)>>;
        using counter = std::remove_reference_t<decltype(count)>;
        const auto number = x == x; // false (a lane of 0) for NaN only
        value term{};
        assign_where(term, number, x);
        sum = sum + term;
        counter one{};
        assign_where(one, number, counter{} + 1);
        count = count + one;
    };
    fold_columns(first, stride, rows, length, step, sums, counts);
}

// values[j] takes first[b * stride + j], and best[j] takes count + b, where column_takes says
// so: argmin, argmax and their nan-versions along axis 0.
template <bool Least, nan_policy Nan, class T>
void fold_best_columns(const T* first, std::ptrdiff_t stride, std::size_t rows, T* values,
                       std::int64_t* best, std::size_t length, std::int64_t count) noexcept {
    const auto step = [count](const auto& x, std::size_t b, auto& value, auto& index) {
        using value_type = std::remove_reference_t<decltype(value)>;
        using index_type = std::remove_reference_t<decltype(index)>;
        // Broadcast whole (value_type{} + ...): g++ -O3 read lane-by-lane stores as uninitialised.
        const value_type worst = value_type{} + worst_key<Least, T>();
        const auto take = column_takes<Least, Nan, T>(x, value, worst);
        assign_where(value, take, x);
        assign_where(index, take, index_type{} + (count + static_cast<std::int64_t>(b)));
    };
    fold_columns(first, stride, rows, length, step, values, best);
}

// The steps of the extremes' folds on a column, or a vector of them: held takes x where x is less
// (greater), the first of equal ones kept and NaN left out (for doubles, one minpd or maxpd);
// held takes the first NaN and keeps it.
struct take_least {
    template <class Value>
    void operator()(const Value& x, Value& held) const noexcept {
        assign_where(held, x < held, x);
    }
};
struct take_greatest {
    template <class Value>
    void operator()(const Value& x, Value& held) const noexcept {
        assign_where(held, held < x, x);
    }
};
struct take_first_nan {
    template <class Value>
    void operator()(const Value& x, Value& held) const noexcept {
        assign_where(held, (x != x) & (held == held), x);
    }
};

// The least (Wanted low), the greatest (high) or both elements of each column, into low[j] and
// high[j], NaN left out, and for floating T the first NaN into nan[j] (not NaN where the column
// has none): np.min, np.max and np.ptp along axis 0, whose callers make a column with a NaN NaN.
// A select that let NaN win in the extremes themselves chained 16 SSE2 operations a vector of
// doubles through NaN tests; this makes 7 to 9, the NaN tests off the min's and max's chain.
template <extremes_wanted Wanted, class T>
void fold_extreme_columns(const T* first, std::ptrdiff_t stride, std::size_t rows, T* low, T* high,
                          T* nan, std::size_t length) noexcept {
    const auto fold = [&](auto step, auto*... held) {
        fold_columns(first, stride, rows, length, step, held...);
    };
    if constexpr (Wanted == extremes_wanted::both) {
        if constexpr (std::is_floating_point_v<T>) {
            fold(
                [](const auto& x, std::size_t, auto& least, auto& greatest, auto& first_nan) {
                    take_least{}(x, least);
                    take_greatest{}(x, greatest);
                    take_first_nan{}(x, first_nan);
                },
                low, high, nan);
        } else {
            fold(
                [](const auto& x, std::size_t, auto& least, auto& greatest) {
                    take_least{}(x, least);
                    take_greatest{}(x, greatest);
                },
                low, high);
        }
    } else {
        using take = std::conditional_t<Wanted == extremes_wanted::low, take_least, take_greatest>;
        T* const extreme = Wanted == extremes_wanted::low ? low : high;
        if constexpr (std::is_floating_point_v<T>) {
            fold(
                [](const auto& x, std::size_t, auto& held, auto& first_nan) {
                    take{}(x, held);
                    take_first_nan{}(x, first_nan);
                },
                extreme, nan);
        } else {
            fold([](const auto& x, std::size_t, auto& held) { take{}(x, held); }, extreme);
        }
    }
}

} // namespace parray::detail
