#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Regenerates the np.median / np.percentile / np.quantile references pasted into
tests/test_order_statistics.cpp.

Run with a Python that has NumPy (Debian: /usr/bin/python3, python3-numpy 1.24):
    /usr/bin/python3 tests/data/make_order_statistics_reference.py
and paste its output over the block between the GENERATED markers of the test case
"median, percentile and quantile equal NumPy's bit for bit".

The data are order_data(n, dtype, nan_every, seed), as the test's order_data<T> builds it:
    h[i] = (i * 2654435761 + seed * 40503) mod 2**32
    float32, float64: x = T(h % 20011 - 10005) / T(7) (divided in T), except
        h % 11 == 0: T(h % 5) / T(7)      (many equal elements)
        h % 1009 == 2, 3: +inf, -inf
        h % 83 == 4, 5: -0.0, 0.0
        nan_every != 0 and h % nan_every == 1: NaN
    int32, int64: x = h % 2001 - 1000, except h % 101 == 7, 8: the type's lowest and highest
        (so that NumPy's b - a wraps around in the interpolation)
The whole-array cases print each result as a hex-float literal; the cases along axes print the
shape of the result and an FNV-1a hash of its bytes (little-endian, each NaN as the bits of
np.nan: a NaN's sign is no part of NumPy's contract).
Percentiles and quantiles are of Q_PERCENT (np.percentile) and Q_FRACTION (np.quantile), one q
a call, and as lists (LIST_CASES).
"""
import itertools
import warnings

import numpy as np

TYPES = [("float64", np.float64), ("float32", np.float32), ("int32", np.int32),
         ("int64", np.int64)]
Q_PERCENT = [0.0, 12.5, 50.0, 66.6, 99.9, 100.0]
Q_FRACTION = [0.0, 0.3, 1.0 / 3.0, 0.5, 1.0]

# (n, nan_every, seed) of the whole-array cases: small odd and even counts, a NaN among many,
# counts past the selection's serial size (32768), and 10^6 + 3 for its passes on the pool.
WHOLE = [(1, 0, 1), (2, 0, 2), (3, 0, 3), (4, 0, 4), (7, 0, 5), (10, 0, 6), (11, 0, 7),
         (100, 0, 8), (101, 0, 9), (999, 0, 10), (1000, 300, 11), (40000, 0, 12),
         (40001, 0, 13), (1000003, 0, 14), (1000004, 0, 15), (1000003, 999983, 16)]

# Shapes 0-D to 4-D for every set of axes (None too), with NaN in some slices (float types).
SHAPES = [(), (5,), (6,), (0,), (4, 6), (7, 3), (1, 9), (0, 4), (3, 0), (2, 3, 5), (4, 1, 6),
          (3, 4, 2, 5), (2, 2, 3, 4)]
# Long slices, fewer outputs than threads: each selected on the pool (contiguous and strided).
LONG = [((2, 50001), (1,)), ((50001, 2), (0,)), ((2, 150, 201), (1, 2)), ((3, 40000), (1,))]

# Lists of q (NumPy prepends an axis of len(q) to the result): whole arrays and along axes.
LIST_CASES = [((), None, False), ((7,), None, False), ((7,), (0,), True), ((4, 6), (0,), False),
              ((4, 6), (1,), True), ((4, 6), (0, 1), False), ((3, 4, 5), (0, 2), True),
              ((3, 4, 5), (1,), False)]


def order_data(n, dtype, nan_every, seed):
    i = np.arange(n, dtype=np.uint64)
    h = (i * np.uint64(2654435761) + np.uint64(seed * 40503)) % np.uint64(2 ** 32)
    h = h.astype(np.int64)
    if np.dtype(dtype).kind == "f":
        x = (h % 20011 - 10005).astype(dtype) / dtype(7)
        dup = h % 11 == 0
        x[dup] = (h[dup] % 5).astype(dtype) / dtype(7)
        x[h % 1009 == 2] = np.inf
        x[h % 1009 == 3] = -np.inf
        x[h % 83 == 4] = -0.0
        x[h % 83 == 5] = 0.0
        if nan_every:
            x[h % nan_every == 1] = np.nan
    else:
        x = (h % 2001 - 1000).astype(dtype)
        x[h % 101 == 7] = np.iinfo(dtype).min
        x[h % 101 == 8] = np.iinfo(dtype).max
    assert x.dtype == dtype
    return x


def literal(v, ftype):
    """A float as a C++ hex-float literal (float32: its 24 bits, then f), or inf / nan."""
    v = ftype(v)
    suffix = "" if ftype == np.float64 else "f"
    if np.isnan(v):
        return "nan" + ("" if ftype == np.float64 else "_f")
    if np.isinf(v):
        text = "inf" if ftype == np.float64 else "inf_f"
        return "-" + text if v < 0 else text
    text = float.hex(float(v))
    if ftype == np.float64 or float(v) == 0.0:
        return text + suffix
    mantissa, exponent = text.split("p")
    whole, fraction = mantissa.split(".")
    assert fraction[6:] == "0" * len(fraction[6:]), "not a float32"
    return "%s.%sp%sf" % (whole, fraction[:6], exponent)


def fnv1a(array):
    array = np.array(array)
    array[np.isnan(array)] = np.nan
    h = 14695981039346656037
    for byte in np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes():
        h = ((h ^ byte) * 1099511628211) % 2**64
    return h


def nan_every(dtype):
    return 17 if np.dtype(dtype).kind == "f" else 0


def all_axes(ndim):
    return [None] + [c for r in range(0, ndim + 1) for c in itertools.combinations(range(ndim), r)]


def axes_literal(axes):
    return "all" if axes is None else "{" + ", ".join(map(str, axes)) + "}"


def statistic_outcomes(a, axes, median_type):
    """The results along axes: median, then each percentile, then each quantile (or raises)."""
    results = [np.asarray(np.median(a, axis=axes), dtype=median_type)]
    for q in Q_PERCENT:
        results.append(np.percentile(a, q, axis=axes))
    for q in Q_FRACTION:
        results.append(np.quantile(a, q, axis=axes))
    return results


def main():
    warnings.simplefilter("ignore")  # the median of nothing, infinities, wrapping integers
    print("    // BEGIN GENERATED by tests/data/make_order_statistics_reference.py (NumPy %s)"
          % np.__version__)
    print("    // clang-format off")
    for name, dtype in TYPES:
        ftype = dtype if np.dtype(dtype).kind == "f" else np.float64
        print("    // {n, nan_every, seed, np.median(x), np.percentile(x, Q_PERCENT...), "
              "np.quantile(x, Q_FRACTION...)} of order_data<%s>" % name)
        print("    const whole_case<%s> %s_whole[] = {" % (
            "float" if dtype == np.float32 else "double", name))
        for n, every, seed in WHOLE:
            if np.dtype(dtype).kind != "f":
                every = 0
            x = order_data(n, dtype, every, seed)
            median = np.median(x)
            assert np.asarray(median).dtype == (dtype if ftype == dtype else np.float64)
            percentiles = [np.percentile(x, q) for q in Q_PERCENT]
            quantiles = [np.quantile(x, q) for q in Q_FRACTION]
            # float64, but for a NaN result of float32 elements: NumPy returns np.float32(nan).
            assert all(np.asarray(v).dtype == np.float64 or np.isnan(v)
                       for v in percentiles + quantiles)
            print("        {%d, %d, %d, %s, {%s}, {%s}}," % (
                n, every, seed, literal(median, ftype),
                ", ".join(literal(v, np.float64) for v in percentiles),
                ", ".join(literal(v, np.float64) for v in quantiles)))
        print("    };")
        print("    // {shape, axes, keepdims, result shape, FNV-1a of the median, the percentiles, "
              "the quantiles} of order_data<%s>(size, nan_every %d, seed 3) (0: raises)"
              % (name, nan_every(dtype)))
        print("    static constexpr axis_case %s_axes[] = {" % name)
        # NumPy 1.24 raises ValueError for axis=() on an empty array (_ureduce reshapes it to
        # (..., -1)); parray returns the empty result: those cases are left out.
        cases = [(shape, axes) for shape in SHAPES for axes in all_axes(len(shape))
                 if not (axes == () and 0 in shape)]
        cases += LONG
        for index, (shape, axes) in enumerate(cases):
            keepdims = index % 3 == 1
            x = order_data(int(np.prod(shape)), dtype, nan_every(dtype), 3).reshape(shape)
            median = np.median(x, axis=axes, keepdims=keepdims)
            median_type = ftype
            result_shape = np.shape(median)
            hashes = ["0x%016xu" % fnv1a(np.asarray(median, dtype=median_type))]
            for function, qs in ((np.percentile, Q_PERCENT), (np.quantile, Q_FRACTION)):
                for q in qs:
                    try:
                        value = function(x, q, axis=axes, keepdims=keepdims)
                        assert np.asarray(value).dtype == np.float64 or np.isnan(value)
                        hashes.append("0x%016xu" % fnv1a(np.asarray(value, dtype=np.float64)))
                    except IndexError:
                        hashes.append("0x0u")
            print("        {{%s}, %s, %s, {%s}, {%s}}," % (
                ", ".join(map(str, shape)), axes_literal(axes), str(keepdims).lower(),
                ", ".join(map(str, result_shape)), ", ".join(hashes)))
        print("    };")
    print("    // {shape, axes, keepdims, shape and FNV-1a of np.percentile(x, Q_PERCENT, axis=axes), "
          "of np.quantile(x, Q_FRACTION, axis=axes)} of order_data<float64>(size, 17, 4)")
    print("    static constexpr list_case list_cases[] = {")
    for shape, axes, keepdims in LIST_CASES:
        x = order_data(int(np.prod(shape)), np.float64, 17, 4).reshape(shape)
        columns = []
        for function, qs in ((np.percentile, Q_PERCENT), (np.quantile, Q_FRACTION)):
            value = np.asarray(function(x, qs, axis=axes, keepdims=keepdims))
            assert value.dtype == np.float64
            columns.append("{%s}, 0x%016xu" % (", ".join(map(str, value.shape)), fnv1a(value)))
        print("        {{%s}, %s, %s, %s}," % (", ".join(map(str, shape)), axes_literal(axes),
                                             str(keepdims).lower(), ", ".join(columns)))
    print("    };")
    print("    // clang-format on")
    print("    // END GENERATED")


if __name__ == "__main__":
    main()
