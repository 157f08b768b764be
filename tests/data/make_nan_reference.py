#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Regenerates the NumPy reference table pasted into tests/test_nan_reductions.cpp (issue 17).

Run with a Python that has NumPy (Debian: /usr/bin/python3, python3-numpy 1.24):
    /usr/bin/python3 tests/data/make_nan_reference.py
and paste its output over the block between the GENERATED markers of the test ("the
nan-functions equal NumPy's bit for bit").
It prints the input arrays (`nan_cases`, their elements in `nan_data`: float64, float32 and int32, 0-D to 4-D, small and
random with NaN, +-inf, +-0 and all-NaN slices, some zero-size; the large ones are made by
`pattern` in the test and here alike) and, for each, what np.nansum, nanmean, nanmin, nanmax,
nanvar (ddof 0, 1 and 3) and nanstd (ddof 0 and 1) give over every set of axes and axis=None,
and np.nanargmin / np.nanargmax over each single axis and axis=None: raises ValueError, or the
result's shape, its shape with keepdims=True, and its values (in `nan_values`), every float
exactly (hex). Plain arrays of numbers, which compile fast.
"""
import itertools
import warnings

import numpy as np

# np.float32 values and doubles alike are written as doubles (exact for both).
NAN, INF = float("nan"), float("inf")


def pattern(dtype, size):
    """Large inputs, the same as the test's `pattern`: k / 7 in the array's type (k from
    1000 below to 1002 above 0, spread), NaN at every 13th element from the 6th."""
    k = (np.arange(size, dtype=np.int64) * 7919) % 2003 - 1000
    if dtype == "int32":
        return k.astype(np.int32)
    t = np.float64 if dtype == "float64" else np.float32
    values = k.astype(t) / t(7)
    values[5::13] = np.nan
    return values


def random_values(rng, dtype, shape, nan=0.2, specials=True):
    size = int(np.prod(shape))
    if dtype == "int32":
        return rng.integers(-50, 50, size=size).astype(np.int32).reshape(shape)
    t = np.float64 if dtype == "float64" else np.float32
    values = rng.standard_normal(size) * 10
    values = values.astype(t)
    values[rng.random(size) < nan] = np.nan
    if specials and size >= 8:
        spots = rng.choice(size, size=4, replace=False)
        values[spots] = [INF, -INF, 0.0, -0.0]
    return values.reshape(shape)


def signed_zeros(rng, dtype, shape):
    t = np.float64 if dtype == "float64" else np.float32
    size = int(np.prod(shape))
    return rng.choice(np.array([0.0, -0.0, NAN, 0.0, -0.0, 1.0], dtype=t), size=size).reshape(shape)


def make_cases():
    rng = np.random.default_rng(20261206)
    cases = []  # (dtype, array, is_pattern)
    for dtype in ("float64", "float32"):
        t = np.float64 if dtype == "float64" else np.float32
        cases.append((dtype, np.array(2.5, dtype=t), False))
        cases.append((dtype, np.array(NAN, dtype=t), False))
        cases.append((dtype, random_values(rng, dtype, (5,)), False))
        a = random_values(rng, dtype, (3, 4))
        a[1, :] = np.nan  # an all-NaN row
        cases.append((dtype, a, False))
        cases.append((dtype, random_values(rng, dtype, (3, 4), nan=0.0, specials=False), False))
        a = random_values(rng, dtype, (2, 3, 4))
        a[:, 2, 1] = np.nan  # an all-NaN slice along axis 0
        cases.append((dtype, a, False))
        cases.append((dtype, random_values(rng, dtype, (2, 3, 2, 3), nan=0.15), False))
        cases.append((dtype, random_values(rng, dtype, (3, 1, 2, 2), nan=0.0), False))
        cases.append((dtype, signed_zeros(rng, dtype, (4, 5)), False))
        cases.append((dtype, signed_zeros(rng, dtype, (2, 3, 4)), False))
        for shape in ((0,), (2, 0), (0, 3)):
            cases.append((dtype, np.zeros(shape, dtype=t), False))
        for shape in ((20000,), (70000,), (3, 9000), (9000, 3), (7, 10000), (5, 3, 700)):
            cases.append((dtype, pattern(dtype, int(np.prod(shape))).reshape(shape), True))
    cases.append(("int32", np.array(7, dtype=np.int32), False))
    cases.append(("int32", random_values(rng, "int32", (5,)), False))
    cases.append(("int32", random_values(rng, "int32", (3, 4)), False))
    cases.append(("int32", random_values(rng, "int32", (2, 3, 4)), False))
    cases.append(("int32", random_values(rng, "int32", (2, 3, 2, 3)), False))
    cases.append(("int32", np.zeros((2, 0), dtype=np.int32), False))
    cases.append(("int32", pattern("int32", 27000).reshape(3, 9000), True))
    return cases


def number(x):
    """x exactly: an integer as one, a float as a hex float without trailing zeros."""
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    x = float(x)
    if np.isnan(x):
        return "nan"
    if np.isinf(x):
        return "inf" if x > 0 else "-inf"
    mantissa, exponent = float.hex(x).split("p")
    return mantissa.rstrip("0").rstrip(".") + "p" + exponent


def outcome(function, a, axis, **kwargs):
    """(raises, shape, kept_shape, values) of function(a, axis=axis, **kwargs)."""
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        try:
            result = np.asarray(function(a, axis=axis, **kwargs))
            kept = np.asarray(function(a, axis=axis, keepdims=True, **kwargs))
        except ValueError:
            return True, (), (), []
    assert kept.size == result.size and np.array_equal(kept.ravel(), result.ravel(),
                                                       equal_nan=kept.dtype.kind == "f")
    return False, result.shape, kept.shape, list(result.ravel())


FUNCTIONS = [("nansum", np.nansum, {}), ("nanmean", np.nanmean, {}),
             ("nanmin", np.nanmin, {}), ("nanmax", np.nanmax, {})]
FUNCTIONS += [("nanvar", np.nanvar, {"ddof": d}) for d in (0, 1, 3)]
FUNCTIONS += [("nanstd", np.nanstd, {"ddof": d}) for d in (0, 1)]
ARG_FUNCTIONS = [("nanargmin", np.nanargmin), ("nanargmax", np.nanargmax)]


def padded(values, kind="0"):
    """A C array of 4 (the most axes here), the rest zeros."""
    values = list(values)
    return "{" + ", ".join([str(v) for v in values] + [kind] * (4 - len(values))) + "}"


def main():
    cases = make_cases()
    print(f"    // BEGIN GENERATED by tests/data/make_nan_reference.py (NumPy {np.__version__})")
    print("    // clang-format off")
    data, case_rows = [], []
    for dtype, a, is_pattern in cases:
        values = [] if is_pattern else [number(x) for x in a.ravel()]
        case_rows.append(f'{{"{dtype}", {a.ndim}, {padded(a.shape)}, {len(data)}, '
                         f"{len(values)}}}")
        data += values
    print("    static const double nan_data[] = {")
    for i in range(0, len(data), 8):
        print("        " + ", ".join(data[i:i + 8]) + ",")
    print("    };")
    print("    // {dtype, rank, shape, first in nan_data, count (0: pattern(dtype, shape))}")
    print("    static const nan_case nan_cases[] = {")
    for row in case_rows:
        print(f"        {row},")
    print("    };")
    values, rows = [], []
    for index, (dtype, a, is_pattern) in enumerate(cases):
        specs = [(0, None)]
        specs += [(1, axis) for axis in range(a.ndim)] if a.ndim > 0 else [(1, 0)]
        specs += [(2, c) for r in range(2, a.ndim + 1)
                  for c in itertools.combinations(range(a.ndim), r)]
        for kind, axis in specs:
            calls = [(name, f, kwargs) for name, f, kwargs in FUNCTIONS]
            if kind != 2:
                calls += [(name, f, {}) for name, f in ARG_FUNCTIONS]
            for name, function, kwargs in calls:
                raises, shape, kept, result = outcome(function, a, axis, **kwargs)
                if is_pattern and len(result) > 16:
                    continue  # a large input's long results are left out
                axes = [] if axis is None else [axis] if isinstance(axis, int) else list(axis)
                rows.append(f'{{{index}, "{name}", {kwargs.get("ddof", 0)}, {kind}, {len(axes)}, '
                            f"{padded(axes)}, {str(raises).lower()}, {len(shape)}, "
                            f"{padded(shape)}, {len(kept)}, {padded(kept)}, {len(values)}, "
                            f"{len(result)}}}")
                values += [number(v) for v in result]
    print("    static const double nan_values[] = {")
    for i in range(0, len(values), 8):
        print("        " + ", ".join(values[i:i + 8]) + ",")
    print("    };")
    print("    // {case, function, ddof, axis kind (0: None, 1: an int, 2: a tuple), axis count,")
    print("    //  axes, raises, rank, shape, rank and shape with keepdims=True, first in")
    print("    //  nan_values, count}")
    print("    static const nan_expected nan_expectations[] = {")
    for row in rows:
        print(f"        {row},")
    print("    };")
    print("    // clang-format on")
    print("    // END GENERATED")


if __name__ == "__main__":
    main()
