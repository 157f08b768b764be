// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "../chunking.hpp"
#include "../config.hpp"
#include "constants.hpp"
#include "fold.hpp"

namespace parray::detail {

// NumPy's pairwise summation (numpy/core/src/umath/loops_utils.h.src, @TYPE@_pairwise_sum),
// operation for operation, so that the rounding is NumPy's: eight running sums over blocks of at
// most 128 elements, combined as a tree, and halving (at a multiple of 8) above that.

// Whether T is std::complex<float> or std::complex<double> (NumPy's complex64 and complex128).
template <class T>
struct is_complex : std::false_type {};
template <>
struct is_complex<std::complex<float>> : std::true_type {};
template <>
struct is_complex<std::complex<double>> : std::true_type {};
template <class T>
inline constexpr bool is_complex_v = is_complex<T>::value;

// The element types parallel_sum adds with NumPy's pairwise summation: NumPy's floating and
// complex types.
template <class T>
inline constexpr bool is_pairwise_summed_v = std::is_floating_point_v<T> || is_complex_v<T>;

// The shape of NumPy's pairwise kernel for T: how many running sums a leaf keeps, the longest
// leaf, and where a longer run is halved.
template <class T>
struct pairwise_kernel {
    static constexpr std::size_t accumulators = 8;
    static constexpr std::size_t leaf_size = numpy_pairwise_leaf_size;
    static std::size_t left_half(std::size_t n) noexcept {
        const std::size_t half = n / 2;
        return half - half % 8;
    }
};
// NumPy's complex kernel (@TYPE@_pairwise_sum for CFLOAT, CDOUBLE) runs the real one over the
// 2n floats of n elements, real and imaginary parts interleaved: its eight running sums are four
// complex ones, its leaf of 128 floats is 64 elements, and it halves the 2n floats at n - n % 8
// (a multiple of 8 floats, so whole elements).
template <class T>
struct pairwise_kernel<std::complex<T>> {
    static constexpr std::size_t accumulators = 4;
    static constexpr std::size_t leaf_size = numpy_pairwise_leaf_size / 2;
    static std::size_t left_half(std::size_t n) noexcept { return (n - n % 8) / 2; }
};

// The leaf of the recursion, n <= pairwise_kernel<T>::leaf_size; not recursive itself, so that
// short sums inline it. `a` is a pointer, or anything whose a[i] gives element i as a T.
template <class T, class Elements = const T*>
T numpy_pairwise_leaf(Elements a, std::size_t n) noexcept {
    constexpr std::size_t k = pairwise_kernel<T>::accumulators;
    if (n < k) {
        T sum = T(0);
        for (std::size_t i = 0; i < n; ++i) {
            sum += a[i];
        }
        return sum;
    }
    T r[k];
    for (std::size_t j = 0; j < k; ++j) {
        r[j] = a[j];
    }
    std::size_t i = k;
    for (; i < n - (n % k); i += k) {
        for (std::size_t j = 0; j < k; ++j) {
            r[j] += a[i + j];
        }
    }
    // Complex: NumPy's ((r[0] + r[2]) + (r[4] + r[6])) over real parts, the same over odd
    // (imaginary) ones.
    T sum;
    if constexpr (k == 8) {
        sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    } else {
        sum = (r[0] + r[1]) + (r[2] + r[3]);
    }
    for (; i < n; ++i) {
        sum += a[i];
    }
    return sum;
}

template <class T, class Elements>
T numpy_pairwise_sum_of(Elements a, std::size_t n) noexcept;

// The recursion of numpy_pairwise_sum, n > pairwise_kernel<T>::leaf_size; apart, so that a
// short sum inlines only the leaf.
template <class T, class Elements>
PARRAY_NOINLINE T numpy_pairwise_halves(Elements a, std::size_t n) noexcept {
    const std::size_t half = pairwise_kernel<T>::left_half(n);
    return numpy_pairwise_sum_of<T>(a, half) + numpy_pairwise_sum_of<T>(a + half, n - half);
}

// NumPy's pairwise sum of a[0, n): `a` is a pointer, or an accessor of elements computed from
// one (a[i] gives element i as a T, a + k the accessor from element k on).
template <class T, class Elements>
T numpy_pairwise_sum_of(Elements a, std::size_t n) noexcept {
    return n <= pairwise_kernel<T>::leaf_size ? numpy_pairwise_leaf<T>(a, n)
                                              : numpy_pairwise_halves<T>(a, n);
}

template <class T>
T numpy_pairwise_sum(const T* a, std::size_t n) noexcept {
    return numpy_pairwise_sum_of<T>(a, n);
}

// The number of pieces chunk r splits into when also cut at every multiple of the NumPy block.
inline std::size_t block_segments(chunk_range r) noexcept {
    return r.size() == 0 ? 0 : (r.end - 1) / numpy_block_size - r.begin / numpy_block_size + 1;
}

// numpy_pairwise_sum over the next n elements of `source`, which has read_into and
// visit_contiguous (row_cursor, expression_rows.hpp): the same tree of
// additions, its leaves read into a small buffer one after another as the recursion reaches
// them (left to right), so that reading a lazy expression overlaps with adding it.
template <class T, class Source>
T numpy_pairwise_sum_reading(Source& source, std::size_t n) {
    if (n <= pairwise_kernel<T>::leaf_size) {
        T sum;
        // Straight from the operands where the leaf lies in one contiguous row: no buffer.
        if (source.template visit_contiguous<T>(
                n, [&](const auto& elements) { sum = numpy_pairwise_leaf<T>(elements, n); })) {
            return sum;
        }
        T leaf[pairwise_kernel<T>::leaf_size];
        source.read_into(leaf, n);
        return numpy_pairwise_leaf<T>(leaf, n);
    }
    const std::size_t half = pairwise_kernel<T>::left_half(n);
    const T left = numpy_pairwise_sum_reading<T>(source, half);
    return left + numpy_pairwise_sum_reading<T>(source, n - half);
}

// Calls emit(pairwise sum) for each piece of chunk r cut at multiples of the NumPy block, in
// order. `first` is an iterator (or pointer) to element r.begin.
template <class T, class Iterator, class Emit>
void sum_block_segments(Iterator first, chunk_range r, Emit&& emit) {
    if constexpr (std::is_pointer_v<Iterator>) {
        if (r.size() <= pairwise_kernel<T>::leaf_size && r.begin % numpy_block_size == 0) {
            emit(numpy_pairwise_leaf<T>(first, r.size())); // a short sum: one leaf
            return;
        }
    }
    std::size_t begin = r.begin;
    while (begin < r.end) {
        const std::size_t block_end = (begin / numpy_block_size + 1) * numpy_block_size;
        const std::size_t end = block_end < r.end ? block_end : r.end;
        const std::size_t count = end - begin;
        if constexpr (std::is_pointer_v<Iterator>) {
            emit(numpy_pairwise_sum<T>(first, count));
            first += count;
        } else {
            if constexpr (has_read_into<Iterator, T>::value) {
                emit(numpy_pairwise_sum_reading<T>(first, count));
            } else {
                // Not contiguous: copy the piece into a buffer (as NumPy's own buffering does).
                T buffer[numpy_block_size];
                for (std::size_t i = 0; i < count; ++i, ++first) {
                    buffer[i] = *first;
                }
                emit(numpy_pairwise_sum<T>(buffer, count));
            }
        }
        begin = end;
    }
}

// The type parallel_sum returns for elements of type T: NumPy's rule.
template <class T, class = void>
struct sum_result {
    using type = T;
};
template <class T>
struct sum_result<T, std::enable_if_t<std::is_integral_v<T> && std::is_signed_v<T>>> {
    using type = std::conditional_t<(sizeof(T) < sizeof(std::int64_t)), std::int64_t, T>;
};
template <class T>
struct sum_result<T, std::enable_if_t<std::is_integral_v<T> && std::is_unsigned_v<T>>> {
    // bool sums to a signed count, as in NumPy.
    using type = std::conditional_t<
        std::is_same_v<T, bool>, std::int64_t,
        std::conditional_t<(sizeof(T) < sizeof(std::uint64_t)), std::uint64_t, T>>;
};

// np.true_divide of complex numbers as NumPy 1.24 computes it (@TYPE@_divide in
// numpy/core/src/umath/loops.c.src, also what its complex scalars use): Smith's method, which
// multiplies by the reciprocal of the scaled divisor rather than dividing, and adds the other
// part times the ratio even where that is 0, so that an infinite or NaN part makes the other
// NaN. Each product is rounded on its own (volatile stores keep the compiler from contracting
// it into an FMA, as NumPy's x86-64 loop does not). std::complex's operator/ computes otherwise
// (libgcc's __divdc3 divides, and scales). Checked bit for bit against NumPy by
// tests/test_statistics.cpp.
template <class T>
std::complex<T> numpy_complex_quotient(const std::complex<T>& x,
                                       const std::complex<T>& y) noexcept {
    const T xr = x.real();
    const T xi = x.imag();
    const T yr = y.real();
    const T yi = y.imag();
    const T yr_magnitude = std::fabs(yr);
    const T yi_magnitude = std::fabs(yi);
    if (yr_magnitude >= yi_magnitude) {
        if (yr_magnitude == T(0) && yi_magnitude == T(0)) {
            return {xr / yr_magnitude, xi / yr_magnitude}; // a complex infinity or NaN
        }
        const T ratio = yi / yr;
        const volatile T divisor_part = yi * ratio;
        const T scale = T(1) / (yr + divisor_part);
        const volatile T xi_part = xi * ratio;
        const volatile T xr_part = xr * ratio;
        return {(xr + xi_part) * scale, (xi - xr_part) * scale};
    }
    const T ratio = yr / yi;
    const volatile T divisor_part = yr * ratio;
    const T scale = T(1) / (yi + divisor_part);
    const volatile T xr_part = xr * ratio;
    const volatile T xi_part = xi * ratio;
    return {(xr_part + xi) * scale, (xi_part - xr) * scale};
}

// x / y as NumPy divides them: numpy_complex_quotient for complex numbers, else the division.
struct numpy_quotient {
    template <class T>
    T operator()(const T& x, const T& y) const noexcept {
        if constexpr (is_complex_v<T>) {
            return numpy_complex_quotient(x, y);
        } else {
            return x / y;
        }
    }
};

// np.mean's division of a complex sum by the count of its elements: NumPy divides by the count
// as a complex number (count + 0j), with its complex division (numpy_complex_quotient), not by
// the parts: np.mean([inf+1j]) is inf+nanj. Computed in Wide (double where NumPy divides a
// complex64 sum as complex128), then rounded to T's parts.
template <class Wide, class T>
std::complex<T> numpy_complex_divide(std::complex<T> sum, std::size_t count) noexcept {
    const std::complex<Wide> quotient =
        numpy_complex_quotient(std::complex<Wide>(sum.real(), sum.imag()),
                               std::complex<Wide>(static_cast<Wide>(count), Wide(0)));
    return {static_cast<T>(quotient.real()), static_cast<T>(quotient.imag())};
}

// How parallel_sum adds integers of type T: each one widened to NumPy's result type and added
// as that type's unsigned twin, where overflow wraps (as NumPy's sum does) instead of being
// undefined; two's complement makes the bits the same either way.
template <class T>
struct integer_sum {
    using result_type = typename sum_result<T>::type;
    using unsigned_type = std::make_unsigned_t<result_type>;

    // The transform of a reduction in unsigned_type (with std::plus<unsigned_type>): for every
    // integer T the same value as static_cast<unsigned_type>(x) (fold.hpp's is_conversion_v).
    static constexpr bool is_conversion = true;
    unsigned_type operator()(const T& x) const noexcept {
        return static_cast<unsigned_type>(static_cast<result_type>(x));
    }
    static result_type to_result(unsigned_type total) noexcept {
        return static_cast<result_type>(total);
    }
    // The same addition on result_type values.
    static result_type add(result_type x, result_type y) noexcept {
        return to_result(static_cast<unsigned_type>(x) + static_cast<unsigned_type>(y));
    }
};

} // namespace parray::detail
