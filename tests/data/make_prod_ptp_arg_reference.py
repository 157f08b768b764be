#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Regenerates the NumPy reference tables of np.prod, np.ptp, np.argmin, np.argmax, np.any and
np.all pasted into tests/test_reductions.cpp (issue 17).

Run with a Python that has NumPy (Debian: /usr/bin/python3, python3-numpy 1.24):
    /usr/bin/python3 tests/data/make_prod_ptp_arg_reference.py
and paste its output over the block between the GENERATED markers of the test case
"prod, ptp, argmin, argmax, any and all equal NumPy's, bit for bit".

Two tables:
- Small arrays (shapes 0-D to 4-D drawn at random, and zero-size ones) of int32, int64, uint8,
  float32, float64, complex64 and complex128, printed in full: random values with ties, the types' extremes
  for integers, NaN, +-inf and +-0 among floats. For each array, each function and each axis
  set NumPy takes (None, every combination of axes for prod, ptp, any and all; None and every
  single axis, positive and negative, for argmin and argmax; no ptp, argmin or argmax of complex,
  which parray does not order), the result's shape, its shape with keepdims=True, whether NumPy
  raises ValueError, and an FNV-1a hash of the result's little-endian bytes in row-major order
  (every NaN hashed as the bytes of np.nan: NumPy does not fix a NaN's sign or payload).
- Long folds (over 32768 elements, where parray cuts other reductions into chunks), of values
  the test computes by the same formulas: float64 and complex128 products folded in order,
  wrapping int64 products, ptp and argmin with many ties, any and all.

The generator asserts what parray relies on: that np.prod of floats is the product of the
elements one after another in row-major order, starting from 1 (1+0j), and that complex
products are those of (ar*br - ai*bi) + (ar*bi + ai*br)j: for complex128 with each part
computed as a fused multiply-add (fma(ar, br, -(ai*bi)), fma(ar, bi, ai*br)), NumPy 1.24's
reduction loop on x86-64 with AVX-512, compiled with contraction; for complex64 with every
operation rounded on its own. NumPy elsewhere (another build, another CPU) may round otherwise:
the assertion then fails, and these references do not apply.
"""
import itertools
import math
import warnings
from fractions import Fraction

import numpy as np

SEED = 20261206
DTYPES = ["int32", "int64", "uint8", "float32", "float64", "complex64", "complex128"]
CPP_TYPES = {"int32": "std::int32_t", "int64": "std::int64_t", "uint8": "std::uint8_t",
             "float32": "float", "float64": "double", "complex64": "std::complex<float>",
             "complex128": "std::complex<double>"}
# Zero-size shapes, besides the random ones.
ZERO_SHAPES = [(0,), (2, 0, 3)]
RANDOM_SHAPES = 5  # one of each rank 0 to 4


def random_shapes(rng):
    shapes = []
    for rank in range(RANDOM_SHAPES):
        shapes.append(tuple(int(e) for e in rng.integers(1, 6, size=rank)))
    return shapes + ZERO_SHAPES


def random_floats(rng, n, dtype):
    """Values with ties (quarters), inexact ones (normals), and NaN, +-inf, +-0 now and then."""
    kind = rng.integers(0, 10, size=n)
    normal = rng.standard_normal(n) * 1.5
    quarter = rng.integers(-8, 9, size=n) / 4.0
    special = rng.choice([np.nan, np.inf, -np.inf, 0.0, -0.0], size=n)
    values = np.where(kind < 5, normal, np.where(kind < 8, quarter, special))
    return values.astype(dtype)


def random_values(rng, shape, dtype):
    n = int(np.prod(shape))
    if dtype.startswith("complex"):
        part = "float32" if dtype == "complex64" else "float64"
        return make_complex(random_floats(rng, n, part),
                            random_floats(rng, n, part)).astype(dtype).reshape(shape)
    if dtype.startswith("float"):
        return random_floats(rng, n, dtype).reshape(shape)
    info = np.iinfo(dtype)
    small = rng.integers(max(info.min, -3), 4, size=n)
    large = rng.integers(info.min, int(info.max) + 1, size=n, dtype=dtype)
    extreme = rng.choice([info.min, info.max], size=n)
    kind = rng.integers(0, 10, size=n)
    values = np.where(kind < 6, small, np.where(kind < 9, large, extreme))
    return values.astype(dtype).reshape(shape)


def make_complex(re, im):
    a = np.empty(len(re), dtype=np.complex128)
    a.real = re
    a.imag = im
    return a


def literal(v, dtype):
    if dtype.startswith("complex"):
        part = "float32" if dtype == "complex64" else "float64"
        return "{%s, %s}" % (literal(v.real, part), literal(v.imag, part))
    if dtype.startswith("float"):
        suffix = "_f" if dtype == "float32" else ""
        if np.isnan(v):
            return "nan" + suffix
        if np.isinf(v):
            return ("-" if v < 0 else "") + "inf" + suffix
        return float.hex(float(v)) + ("f" if dtype == "float32" else "")
    v = int(v)
    if dtype != "uint8" and v == np.iinfo(dtype).min:
        return "(%d - 1)" % (v + 1)
    return str(v)


def fnv1a(array):
    """FNV-1a of the little-endian bytes of `array` in row-major order, every NaN as np.nan."""
    a = np.array(array)
    if a.dtype.kind == "c":
        parts = np.empty(a.shape + (2,), dtype=a.real.dtype)
        parts[..., 0] = a.real
        parts[..., 1] = a.imag
        a = parts
    if a.dtype.kind == "f":
        a = np.where(np.isnan(a), a.dtype.type(np.nan), a).astype(a.dtype)
    h = 14695981039346656037
    for byte in np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<")).tobytes():
        h = ((h ^ byte) * 1099511628211) % 2**64
    return h


def cpp_list(values):
    return "{" + ", ".join(str(v) for v in values) + "}"


def fma(x, y, z):
    """x * y + z rounded once (to float64), with IEEE's signed zeros."""
    if not all(np.isfinite([x, y, z])):
        return x * y + z
    exact = Fraction(x) * Fraction(y) + Fraction(z)
    if exact == 0:
        # -0 only when both terms are zeros of negative sign; an exact cancellation is +0.
        negative_product = math.copysign(1.0, x) * math.copysign(1.0, y) < 0
        if (x == 0 or y == 0) and z == 0 and negative_product and math.copysign(1.0, z) < 0:
            return -0.0
        return 0.0
    return float(exact)


def numpy_complex_multiply(a, b):
    ar, ai, br, bi = a.real, a.imag, b.real, b.imag
    return complex(fma(ar, br, -(ai * bi)), fma(ar, bi, ai * br))


def numpy_complex64_multiply(a, b):
    """complex64: every product and sum rounded to float32 on its own."""
    ar, ai, br, bi = (np.float32(x) for x in (a.real, a.imag, b.real, b.imag))
    return np.complex64(complex(ar * br - ai * bi, ar * bi + ai * br))


def sequential_product(values, dtype):
    if dtype == "complex64":
        p = np.complex64(1)
        for x in values:
            p = numpy_complex64_multiply(p, x)
        return p
    if dtype == "complex128":
        p = complex(1, 0)
        for x in values:
            p = numpy_complex_multiply(p, complex(x))
        return np.complex128(p)
    p = np.dtype(dtype).type(1)
    for x in values:
        p = p * x
    return p


def folds(a, axes):
    """The elements folded into each output of a reduction along `axes`, in row-major order."""
    moved = np.moveaxis(a, axes, tuple(range(a.ndim - len(axes), a.ndim)))
    length = int(np.prod([a.shape[i] for i in axes]))
    return moved.reshape(-1, length)


def check_product_order(a, axes, result, dtype):
    """Asserts that np.prod is the sequential product of each fold (finite folds only: NumPy's
    fused multiply-add with infinities is not what fma() above emulates)."""
    if dtype not in ("float32", "float64", "complex64", "complex128") or a.size == 0:
        return
    for fold, value in zip(folds(a, axes), np.ravel(result)):
        if not np.all(np.isfinite(fold)):
            continue
        expected = sequential_product(fold, dtype)
        assert fnv1a(expected) == fnv1a(value), (dtype, axes, fold, value, expected)


def outcome(function, a, axis, keepdims):
    try:
        return function(a, axis=axis, keepdims=keepdims)
    except ValueError:
        return None


def axis_sets(ndim, single_only):
    """(axes as parray spells them, whether all_axes, NumPy's axis=)."""
    sets = [((), True, None)]
    if single_only:
        for axis in range(ndim):
            sets.append(((axis,), False, axis))
            sets.append(((axis - ndim,), False, axis - ndim))
        if ndim == 0:
            sets.append(((0,), False, 0))
        return sets
    for r in range(1, ndim + 1):
        for axes in itertools.combinations(range(ndim), r):
            sets.append((axes, False, axes))
    if ndim == 0:
        sets.append(((0,), False, 0))
    elif ndim >= 2:
        sets.append(((-1,), False, -1))
    return sets


FUNCTIONS = [("prod", np.prod, False), ("ptp", np.ptp, False), ("any", np.any, False),
             ("all", np.all, False), ("argmin", np.argmin, True), ("argmax", np.argmax, True)]


def small_tables(rng):
    for dtype in DTYPES:
        cpp = CPP_TYPES[dtype]
        arrays = [random_values(rng, shape, dtype) for shape in random_shapes(rng)]
        print("    // %s arrays: {shape, values}" % dtype)
        print("    const std::vector<reference_input<%s>> %s_inputs = {" % (cpp, dtype))
        for a in arrays:
            print("        {%s, {%s}}," % (cpp_list(a.shape),
                                          ", ".join(literal(v, dtype) for v in a.ravel())))
        print("    };")
        print("    // {input, function, axes, all_axes, raises, shape, keepdims shape, FNV-1a}")
        print("    static constexpr reference_result %s_results[] = {" % dtype)
        for index, a in enumerate(arrays):
            for name, function, single_only in FUNCTIONS:
                if dtype.startswith("complex") and name in ("ptp", "argmin", "argmax"):
                    continue
                for axes, every, axis in axis_sets(a.ndim, single_only):
                    result = outcome(function, a, axis, False)
                    kept = outcome(function, a, axis, True)
                    if result is None:
                        assert kept is None
                        print('        {%d, "%s", %s, %s, true, {}, {}, 0x0u},'
                              % (index, name, cpp_list(axes), str(every).lower()))
                        continue
                    result = np.asarray(result)
                    kept = np.asarray(kept)
                    assert fnv1a(result) == fnv1a(kept)
                    if name == "prod":
                        normalized = tuple(range(a.ndim)) if axis is None else \
                            tuple(sorted(x % a.ndim for x in np.atleast_1d(axis))) \
                            if a.ndim else ()
                        check_product_order(a, normalized, result, dtype)
                    print('        {%d, "%s", %s, %s, false, %s, %s, 0x%016xu},'
                          % (index, name, cpp_list(axes), str(every).lower(),
                             cpp_list(result.shape), cpp_list(kept.shape), fnv1a(result)))
        print("    };")


# Long folds: (function, dtype, shape, axes or None, data). The data, as the test computes it:
#   "near_one":  1 + ((i * 7919 % 1001) - 500) / 4096, as float64 (or its complex with imaginary
#                part ((i * 104729 % 1009) - 504) / 8192)
#   "odd":       2 * (i * 7919 % 1001) - 1001, as int64
#   "ties":      (i * 7919 % 1001) / 8, as float64
#   "one_zero":  0 at flat index n / 3 + 17, else 1 + i % 5, as float64
LONG_CASES = [
    ("prod", "float64", (100003,), None, "near_one"),
    ("prod", "float64", (40000, 3), (0,), "near_one"),
    ("prod", "float64", (3, 40000), (1,), "near_one"),
    ("prod", "float64", (200, 300), (0, 1), "near_one"),
    ("prod", "float64", (2, 200, 170), (0, 2), "near_one"),
    ("prod", "complex128", (3, 40000), (1,), "near_one"),
    ("prod", "complex128", (40000, 2), (0,), "near_one"),
    ("prod", "int64", (100003,), None, "odd"),
    ("prod", "int64", (3, 40000), (1,), "odd"),
    ("ptp", "float64", (100003,), None, "ties"),
    ("ptp", "float64", (40000, 3), (0,), "ties"),
    ("argmin", "float64", (3, 40000), (1,), "ties"),
    ("argmax", "float64", (40000, 3), (0,), "ties"),
    ("argmin", "float64", (100003,), None, "ties"),
    ("any", "float64", (3, 40000), (1,), "one_zero"),
    ("all", "float64", (3, 40000), (1,), "one_zero"),
    ("all", "float64", (40000, 3), (0,), "one_zero"),
]


def long_data(dtype, shape, data):
    n = int(np.prod(shape))
    i = np.arange(n, dtype=np.int64)
    if data == "near_one":
        re = 1 + ((i * 7919 % 1001) - 500) / 4096.0
        if dtype == "complex128":
            return make_complex(re, ((i * 104729 % 1009) - 504) / 8192.0).reshape(shape)
        return re.reshape(shape)
    if data == "odd":
        return (2 * (i * 7919 % 1001) - 1001).astype(np.int64).reshape(shape)
    if data == "ties":
        return ((i * 7919 % 1001) / 8.0).reshape(shape)
    values = (1 + i % 5).astype(np.float64)
    values[n // 3 + 17] = 0
    return values.reshape(shape)


def long_table():
    print("    // {function, type, shape, axes (none: the whole array), data, FNV-1a}")
    print("    static constexpr long_reference long_results[] = {")
    for name, dtype, shape, axes, data in LONG_CASES:
        a = long_data(dtype, shape, data)
        axis = axes[0] if axes is not None and name.startswith("arg") else axes
        result = np.asarray(getattr(np, name)(a, axis=axis))
        if name == "prod":
            check_product_order(a, tuple(range(a.ndim)) if axes is None else axes, result, dtype)
        print('        {"%s", "%s", %s, %s, %s, long_data::%s, 0x%016xu},'
              % (name, dtype, cpp_list(shape), cpp_list(axes or ()),
                 str(axes is None).lower(), data, fnv1a(result)))
    print("    };")


def main():
    warnings.simplefilter("ignore")  # invalid values in ptp and prod of infinities
    rng = np.random.default_rng(SEED)
    print("    // BEGIN GENERATED by tests/data/make_prod_ptp_arg_reference.py (NumPy %s)"
          % np.__version__)
    print("    // clang-format off")
    small_tables(rng)
    long_table()
    print("    // clang-format on")
    print("    // END GENERATED")


if __name__ == "__main__":
    main()
