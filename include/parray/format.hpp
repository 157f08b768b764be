// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <system_error>
#include <type_traits>
#include <vector>

#include "detail/printing.hpp"
#include "detail/xtensor.hpp"
#include "detail/xtensor_io.hpp"
#include "ndarray.hpp"

namespace parray {

/// The subset of NumPy's print options (`np.set_printoptions`) that to_string honours.
/// The defaults are NumPy's; floatmode is always 'maxprec', sign '-', nanstr 'nan' and
/// infstr 'inf'.
struct print_options {
    /// Characters per line, brackets included (NumPy's `linewidth`); the maximum of
    /// std::size_t means no wrapping.
    std::size_t linewidth = 75;
    /// Most digits after the decimal point of a float; in scientific notation, most digits
    /// after the first significant one (NumPy's `precision`).
    std::size_t precision = 8;
    /// Arrays with more elements than this are summarised with "..." (NumPy's `threshold`);
    /// the maximum of std::size_t means never.
    std::size_t threshold = 1000;
    /// Items kept at each end of each summarised axis; must be at least 1 (NumPy's
    /// `edgeitems`).
    std::size_t edgeitems = 3;
    /// If true, small values never switch the array to scientific notation (NumPy's
    /// `suppress`).
    bool suppress = false;
};

/// The text NumPy's `print(a)` (that is `str(a)`) shows for the same array under the print
/// options given (NumPy's defaults when omitted): integers right-aligned to a common width;
/// floats in 'maxprec' mode (shortest round-trip digits, at most `precision` after the point,
/// scientific notation when the largest magnitude is >= 1e8, or unless `suppress`, the smallest
/// non-zero one < 1e-4 or their ratio > 1000); bools as True/False; lines wrapped at
/// `linewidth`; arrays of more than `threshold` elements summarised with "..."; N-D arrays
/// nested with blank lines between blocks; an empty array is "[]" and a 0-D one prints as its
/// scalar. Works on any xtensor expression (evaluated element by element, only the shown
/// elements when summarised) of bool, an integer type, float or double.
/// Throws std::invalid_argument if options.edgeitems is 0; std::bad_alloc if out of memory.
template <class E>
std::string to_string(const xt::xexpression<E>& expression,
                      const print_options& options = print_options{}) {
    using value_type = std::decay_t<typename E::value_type>;
    static_assert(std::is_integral_v<value_type> || std::is_same_v<value_type, float> ||
                      std::is_same_v<value_type, double>,
                  "parray::to_string supports bool, integer, float and double elements");
    namespace p = detail::printing;
    if (options.edgeitems == 0) {
        throw std::invalid_argument("parray::to_string: print_options::edgeitems must be >= 1");
    }
    const E& e = expression.derived_cast();
    const std::size_t ndim = e.dimension();
    std::vector<std::size_t> index(ndim, 0);
    if (ndim == 0) {
        return p::scalar_text(static_cast<value_type>(e.element(index.begin(), index.end())));
    }
    std::size_t size = 1;
    for (const auto extent : e.shape()) {
        size *= static_cast<std::size_t>(extent);
    }
    if (size == 0) {
        return "[]";
    }

    // Indices shown along each axis: all of them, or the first and last edgeitems.
    const bool summarise = size > options.threshold;
    p::layout l;
    l.edgeitems = options.edgeitems;
    std::vector<std::vector<std::size_t>> axis_indices(ndim);
    for (std::size_t axis = 0; axis < ndim; ++axis) {
        const auto extent = static_cast<std::size_t>(e.shape()[axis]);
        const bool cut = summarise && extent > options.edgeitems &&
                         extent - options.edgeitems > options.edgeitems;
        for (std::size_t i = 0; i < extent; ++i) {
            if (!cut || i < options.edgeitems || i >= extent - options.edgeitems) {
                axis_indices[axis].push_back(i);
            }
        }
        l.shown.push_back(axis_indices[axis].size());
        l.summarised.push_back(cut);
    }
    std::vector<value_type> shown;
    std::vector<std::size_t> position(ndim, 0);
    for (bool done = false; !done;) {
        for (std::size_t axis = 0; axis < ndim; ++axis) {
            index[axis] = axis_indices[axis][position[axis]];
        }
        shown.push_back(static_cast<value_type>(e.element(index.begin(), index.end())));
        done = true;
        for (std::size_t axis = ndim; axis-- > 0;) {
            if (++position[axis] < l.shown[axis]) {
                done = false;
                break;
            }
            position[axis] = 0;
        }
    }

    l.words.reserve(shown.size());
    if constexpr (std::is_same_v<value_type, bool>) {
        for (const bool x : shown) {
            l.words.emplace_back(x ? " True" : "False");
        }
    } else if constexpr (std::is_integral_v<value_type>) {
        const p::integer_formatter<value_type> format(shown);
        for (const value_type x : shown) {
            l.words.push_back(format(x));
        }
    } else {
        const p::float_formatter<value_type> format(shown, options.precision, options.suppress);
        for (const value_type x : shown) {
            l.words.push_back(format(x));
        }
    }
    std::size_t next_word = 0;
    const auto width = static_cast<std::ptrdiff_t>(
        std::min<std::size_t>(options.linewidth, std::numeric_limits<std::ptrdiff_t>::max() / 2));
    return p::format_block(l, 0, next_word, " ", width);
}

} // namespace parray
