// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The left fold that every reduction runs over its chunks, in one process and over MPI ranks:
// a chunk's partial starts from its first element (never from a made-up value such as T(0),
// which a non-numeric T may not have) and folds the others into it in order.

#include <cstddef>
#include <functional>
#include <optional>
#include <utility>

namespace parray::detail {

// partial ⊕ transform(x_0) ⊕ ... ⊕ transform(x_{count-1}) for the count elements from first.
template <class T, class Iterator, class Reduce, class Transform>
T fold_continue(T partial, Iterator first, std::size_t count, Reduce& reduce,
                Transform& transform) {
    for (std::size_t i = 0; i < count; ++i, ++first) {
        partial = std::invoke(reduce, std::move(partial), std::invoke(transform, *first));
    }
    return partial;
}

// transform(x_0) ⊕ ... ⊕ transform(x_{count-1}); count must be at least 1.
template <class T, class Iterator, class Reduce, class Transform>
T fold_from_first(Iterator first, std::size_t count, Reduce& reduce, Transform& transform) {
    T partial(std::invoke(transform, *first));
    ++first;
    return fold_continue(std::move(partial), first, count - 1, reduce, transform);
}

// Folds count elements from first into partial, which an empty partial starts from the first.
template <class T, class Iterator, class Reduce, class Transform>
void fold_into(std::optional<T>& partial, Iterator first, std::size_t count, Reduce& reduce,
               Transform& transform) {
    if (count == 0) {
        return;
    }
    if (partial) {
        *partial = fold_continue(std::move(*partial), first, count, reduce, transform);
    } else {
        partial.emplace(fold_from_first<T>(first, count, reduce, transform));
    }
}

} // namespace parray::detail
