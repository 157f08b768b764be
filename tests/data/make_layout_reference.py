#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Regenerates the strided and transposed reduction references of tests/test_nan_reductions.cpp.

Run with a Python that has NumPy (Debian: /usr/bin/python3, python3-numpy 1.24):
    /usr/bin/python3 tests/data/make_layout_reference.py
and paste its output over the block between the GENERATED markers of the test case
"sums of strided and transposed views add in NumPy's order, bit for bit".

NumPy's reductions walk a view in memory order ('K' order: a transposed array as it lies) and
sum a strided run pairwise, as a contiguous one; where a view cannot be walked with one stride,
its folded axes inside every kept axis are copied into a buffer and summed pairwise as one
sequence. Each case names a base array, a view of it, a function and its axes; the test builds
the same view with xtensor and compares the FNV-1a 64 digest of the result's bytes (C order).
The base arrays hold dyadic rationals, exactly the same doubles in the script and the test:
    base(shape)[i] = ((i * 2654435761) % 2**32 - 2**31) * 2**-(31 + (i * 7) % 23)
so that sums round, and in a way that depends on the order of the additions.
"""
import numpy as np

SHAPES = {"a": (67, 45), "b": (5, 6, 7), "c": (40, 300, 3), "d": (3, 40000), "e": (9, 6, 11)}


def base(name):
    shape = SHAPES[name]
    n = int(np.prod(shape))
    i = np.arange(n, dtype=np.int64)
    mantissa = (i * 2654435761) % 2**32 - 2**31
    exponent = -(31 + (i * 7) % 23)
    return np.ldexp(mantissa.astype(np.float64), exponent.astype(np.int32)).reshape(shape)


# (base, view as the test spells it, NumPy's view, function, axes; None: the whole array)
CASES = [
    ("a", "transpose", lambda x: x.T, "sum", None),
    ("a", "transpose", lambda x: x.T, "var", None),
    ("a", "transpose", lambda x: x.T, "sum", (0,)),
    ("a", "transpose", lambda x: x.T, "var", (0,)),
    ("a", "rows_step_2_transposed", lambda x: x[::2].T, "sum", None),
    ("a", "rows_step_2_transposed", lambda x: x[::2].T, "mean", (0,)),
    ("a", "columns_step_2", lambda x: x[:, ::2], "sum", (1,)),
    ("a", "columns_step_2", lambda x: x[:, ::2], "var", (1,)),
    ("a", "columns_reversed", lambda x: x[:, ::-1], "sum", (1,)),
    ("a", "columns_reversed", lambda x: x[:, ::-1], "var", (1,)),
    ("a", "columns_step_minus_3", lambda x: x[:, ::-3], "mean", (1,)),
    ("a", "columns_step_2", lambda x: x[:, ::2], "nansum", (1,)),
    ("a", "rows_step_3", lambda x: x[::3], "sum", (0,)),
    ("a", "rows_reversed", lambda x: x[::-1], "sum", None),
    ("b", "last_step_2", lambda x: x[:, :, ::2], "sum", (1, 2)),
    ("b", "middle_reversed", lambda x: x[:, ::-1, :], "sum", (1, 2)),
    ("b", "last_reversed", lambda x: x[:, :, ::-1], "mean", (1, 2)),
    ("b", "permuted_201", lambda x: np.transpose(x, (2, 0, 1)), "sum", (0, 2)),
    ("b", "permuted_201", lambda x: np.transpose(x, (2, 0, 1)), "var", (1,)),
    ("c", "last_step_2", lambda x: x[:, :, ::2], "sum", (1, 2)),
    ("d", "columns_step_2", lambda x: x[:, ::2], "sum", (1,)),
    ("e", "middle_step_2", lambda x: x[:, ::2, :], "sum", (0, 2)),
    ("e", "last_step_2", lambda x: x[:, :, ::2], "sum", (0, 2)),
    # Lazy expressions of transposed arrays: NumPy's temporary is laid out as its inputs.
    ("a", "transpose_times_2", lambda x: x.T * 2, "sum", None),
    ("a", "transpose_times_2", lambda x: x.T * 2, "sum", (1,)),
    ("a", "transpose_squared_minus_1", lambda x: (x.T - 1) ** 2, "mean", (0,)),
    ("a", "transpose_squared_minus_1", lambda x: (x.T - 1) ** 2, "var", None),
    ("b", "permuted_201_plus_half", lambda x: np.transpose(x, (2, 0, 1)) + 0.5, "var", (1,)),
    ("b", "permuted_201_plus_half", lambda x: np.transpose(x, (2, 0, 1)) + 0.5, "nansum", (0, 2)),
    # Broadcast operands take no part in the order; a nested temporary does (C order wins).
    ("a", "transpose_minus_row_means", lambda x: x.T - x.T.mean(axis=1, keepdims=True), "sum", (1,)),
    ("a", "transpose_minus_row_means", lambda x: x.T - x.T.mean(axis=1, keepdims=True), "var", None),
    ("a", "transpose_times_column", lambda x: x.T * x[:, 0], "sum", (0,)),
    ("a", "transpose_times_column", lambda x: x.T * x[:, 0], "mean", None),
    ("a", "transpose_plus_outer", lambda x: x.T + x[0, :][:, None] * x[:, 0], "sum", (0,)),
    # A transposed lazy expression: NumPy's row-major temporary, read in memory order.
    ("a", "transpose_of_times_2", lambda x: (x * 2).T, "sum", (1,)),
    ("a", "transpose_of_times_2", lambda x: (x * 2).T, "var", None),
    ("a", "transpose_of_times_2", lambda x: (x * 2).T, "nansum", (0,)),
    # Permuted views that are not dense: var's deviations and nansum's copy are NumPy
    # temporaries laid out in memory order; a product follows the iteration order.
    ("a", "rows_step_2_transposed", lambda x: x[::2].T, "var", (0,)),
    ("a", "rows_step_2_transposed", lambda x: x[::2].T, "var", None),
    ("a", "rows_step_2_transposed", lambda x: x[::2].T, "nansum", (0,)),
    ("a", "rows_step_2_transposed", lambda x: x[::2].T, "nansum", None),
    ("a", "rows_step_2_transposed", lambda x: x[::2].T, "prod", (1,)),
    ("b", "middle_step_2_permuted_201", lambda x: np.transpose(x[:, ::2], (2, 0, 1)), "var", (0, 2)),
    ("b", "middle_step_2_permuted_201", lambda x: np.transpose(x[:, ::2], (2, 0, 1)), "prod", (0,)),
    # Reversed axes: ordered by their strides' magnitude and read in index order (NumPy's
    # reductions do not flip them; its temporaries have positive strides).
    ("a", "rows_reversed_transposed", lambda x: x[::-1].T, "var", (0,)),
    ("a", "rows_reversed_transposed", lambda x: x[::-1].T, "var", None),
    ("a", "rows_reversed_transposed", lambda x: x[::-1].T, "nansum", (0,)),
    ("a", "rows_reversed_transposed", lambda x: x[::-1].T, "prod", None),
    ("a", "rows_reversed_transposed", lambda x: x[::-1].T, "sum", (1,)),
    ("a", "columns_reversed_transposed", lambda x: x[:, ::-1].T, "var", (1,)),
    ("a", "columns_reversed_transposed", lambda x: x[:, ::-1].T, "nansum", None),
    ("a", "rows_reversed_transposed_squared", lambda x: x[::-1].T ** 2, "sum", (1,)),
    ("a", "rows_reversed_transposed_squared", lambda x: x[::-1].T ** 2, "mean", None),
    ("a", "columns_reversed_transposed_times_reversed_column",
     lambda x: x[:, ::-1].T * x[::-1, 0], "sum", (0,)),
    ("a", "reversed_transposes_added", lambda x: x[::-1].T + x[:, ::-1].T, "sum", (0,)),
    ("b", "reversed_step_minus_2_permuted_201",
     lambda x: np.transpose(x[::-1, :, ::-2], (2, 0, 1)), "var", (1,)),
    ("b", "reversed_step_minus_2_permuted_201",
     lambda x: np.transpose(x[::-1, :, ::-2], (2, 0, 1)), "nansum", (0, 2)),
    ("b", "reversed_step_minus_2_permuted_201",
     lambda x: np.transpose(x[::-1, :, ::-2], (2, 0, 1)), "prod", (0,)),
]


def fnv1a(data):
    h = 0xCBF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) % 2**64
    return h


def main():
    functions = {"sum": np.sum, "mean": np.mean, "var": np.var, "nansum": np.nansum,
                 "prod": np.prod}
    print("        // BEGIN GENERATED by tests/data/make_layout_reference.py (NumPy %s)" % np.__version__)
    print("        // clang-format off")
    for name, view_name, view, function, axes in CASES:
        x = view(base(name))
        result = np.ascontiguousarray(functions[function](x, axis=axes))
        assert result.dtype == np.float64
        axes_text = "{}" if axes is None else "{" + ", ".join(str(k) for k in axes) + "}"
        print('        {"%s", "%s", "%s", %s, %s, %dU},' % (
            name, view_name, function, "true" if axes is None else "false", axes_text,
            fnv1a(result.tobytes())))
    print("        // clang-format on")
    print("        // END GENERATED")


main()
