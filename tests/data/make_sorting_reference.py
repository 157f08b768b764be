#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Regenerates the np.sort / np.argsort / np.unique references pasted into tests/test_sorting.cpp.

Run with a Python that has NumPy (Debian: /usr/bin/python3, python3-numpy 1.24):
    /usr/bin/python3 tests/data/make_sorting_reference.py
and paste its output over the block between the GENERATED markers of tests/test_sorting.cpp.

The inputs are sort_data(n, dtype, seed), built by the test's sort_data<T> the same way, from
splitmix64 (h[i] = splitmix64(seed * 2^32 + i), all arithmetic modulo 2^64):
    float32, float64, by r = h % 64:
        0: NaN, 1: -NaN, 2: NaN with payload (h >> 40) & 0xfff and the sign of bit 39 of h,
        3: +inf, 4: -inf, 5: -0.0, 6: 0.0,
        7 to 31: T((h >> 32) % 5) / T(4)          (many equal elements)
        else:    T((h >> 20) % 200001) / T(64) - T(1500)
    int32, int64, by r = h % 16:
        0: the type's lowest, 1: its highest, 2 to 4: the low 32 (int32) or 64 bits of h as a
        two's complement integer, else (h >> 24) % 2001 - 1000
Only digests are stored: an FNV-1a 64 of each output taken an element at a time (the
element's bits zero-extended to 64 bits; the sorted elements with their bits, NaN signs and
payloads included: a stable sort moves them unchanged).
np.unique's values are those of np.unique(x, return_index=True) (a stable argsort: of -0.0 and
0.0, and of the NaNs, the first occurrence is kept); np.unique(x) alone sorts with an unstable
quicksort and may keep another zero: the generator reports how many cases differ so.
"""
import itertools

import numpy as np

TYPES = [("double", np.float64), ("float", np.float32), ("std::int32_t", np.int32),
         ("std::int64_t", np.int64)]
MASK64 = (1 << 64) - 1

# (shape, seed): every axis of each (negative ones by the test), and None. Sizes around the
# insertion sort's limit (32), the radix sort's chunk (32768) and the pool's lanes (65536),
# short and long lanes along every axis, strided long lanes (70001, 2) on axis 0.
SHAPES = [((0,), 1), ((1,), 2), ((2,), 3), ((31,), 4), ((32,), 5), ((33,), 6), ((100,), 7),
          ((1000,), 8), ((32769,), 9), ((65537,), 10), ((3, 7), 11), ((7, 3), 12), ((0, 5), 13),
          ((5, 0), 14), ((40, 50), 15), ((2, 70001), 16), ((70001, 2), 17), ((3, 4, 5), 18),
          ((2, 33, 40), 19), ((4, 1, 6), 20), ((1, 1, 1), 21)]
# Large 1-D cases, sorted on the pool in many chunks: (n, seed) for each type name.
LARGE = {"double": (1000003, 31), "float": (200003, 32), "std::int32_t": (1000003, 33),
         "std::int64_t": (200003, 34)}
# np.unique cases: (n, seed).
UNIQUE = [(0, 41), (1, 42), (5, 43), (33, 44), (1000, 45), (70001, 46)]


def splitmix64(n, seed):
    with np.errstate(over="ignore"):
        z = np.arange(n, dtype=np.uint64) + np.uint64((seed << 32) & MASK64)
        z = z + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def sort_data(n, dtype, seed):
    h = splitmix64(n, seed)
    if np.dtype(dtype).kind == "f":
        r = h % np.uint64(64)
        small = ((h >> np.uint64(32)) % np.uint64(5)).astype(dtype) / dtype(4)
        wide = ((h >> np.uint64(20)) % np.uint64(200001)).astype(dtype) / dtype(64) - dtype(1500)
        x = np.where((r >= 7) & (r < 32), small, wide).astype(dtype)
        x[r == 3] = np.inf
        x[r == 4] = -np.inf
        x[r == 5] = -0.0
        x[r == 6] = 0.0
        bits = x.view(np.uint64 if dtype == np.float64 else np.uint32)
        if dtype == np.float64:
            quiet, sign = 0x7FF8000000000000, 1 << 63
        else:
            quiet, sign = 0x7FC00000, 1 << 31
        payload = (h >> np.uint64(40)) & np.uint64(0xFFF)
        signed = ((h >> np.uint64(39)) & np.uint64(1)) == 1
        ut = bits.dtype.type
        bits[r == 0] = ut(quiet)
        bits[r == 1] = ut(quiet | sign)
        nan_payload = (payload.astype(bits.dtype) | ut(quiet)) | np.where(signed, ut(sign), ut(0))
        bits[r == 2] = nan_payload[r == 2]
        return x
    r = h % np.uint64(16)
    x = ((h >> np.uint64(24)) % np.uint64(2001)).astype(np.int64) - 1000
    if dtype == np.int32:
        raw = (h & np.uint64(0xFFFFFFFF)).astype(np.uint32).view(np.int32).astype(np.int64)
    else:
        raw = h.view(np.int64)
    x = np.where((r >= 2) & (r <= 4), raw, x)
    x = x.astype(dtype)
    x[r == 0] = np.iinfo(dtype).min
    x[r == 1] = np.iinfo(dtype).max
    return x


def fnv1a(array):
    """FNV-1a over the elements' bits, one element (zero-extended to 64 bits) a step."""
    data = np.ascontiguousarray(array).reshape(-1)
    width = {1: np.uint8, 2: np.uint16, 4: np.uint32, 8: np.uint64}[data.dtype.itemsize]
    h = 14695981039346656037
    for word in data.view(width).tolist():
        h = ((h ^ word) * 1099511628211) & MASK64
    return h


def digest(array):
    return "0x%016xu" % fnv1a(array)


def shape_literal(shape):
    return "{" + ", ".join(map(str, shape)) + "}"


def main():
    print("    // BEGIN GENERATED by tests/data/make_sorting_reference.py (NumPy %s)"
          % np.__version__)
    print("    // clang-format off")
    unstable_zero_cases = 0
    for name, dtype in TYPES:
        print("    // {shape, seed, axis (99: None), FNV-1a of np.sort(x, axis, kind='stable'), "
              "of np.argsort(x, axis, kind='stable')} of sort_data<%s>" % name)
        print("    const sort_case %s_sorts[] = {" % name.replace("std::", ""))
        cases = list(SHAPES) + [((LARGE[name][0],), LARGE[name][1])]
        for shape, seed in cases:
            x = sort_data(int(np.prod(shape)), dtype, seed).reshape(shape)
            for axis in list(range(len(shape))) + [None]:
                s = np.sort(x, axis=axis, kind="stable")
                a = np.argsort(x, axis=axis, kind="stable")
                assert s.dtype == dtype and a.dtype == np.int64
                print("        {%s, %d, %d, %s, %s}," % (
                    shape_literal(shape), seed, 99 if axis is None else axis, digest(s),
                    digest(a)))
        print("    };")
        print("    // {n, seed, number of unique values, FNV-1a of np.unique(x, return_index=True,"
              " return_inverse=True, return_counts=True)'s values, index, inverse, counts} of "
              "sort_data<%s>" % name)
        print("    const unique_case %s_uniques[] = {" % name.replace("std::", ""))
        for n, seed in UNIQUE + [LARGE[name]]:
            x = sort_data(n, dtype, seed)
            values, index, inverse, counts = np.unique(x, return_index=True, return_inverse=True,
                                                       return_counts=True)
            assert values.dtype == dtype
            assert index.dtype == inverse.dtype == counts.dtype == np.int64
            if values.tobytes() != np.unique(x).tobytes():
                unstable_zero_cases += 1
            print("        {%d, %d, %d, %s, %s, %s, %s}," % (
                n, seed, values.size, digest(values), digest(index), digest(inverse),
                digest(counts)))
        print("    };")
    print("    // np.unique(x) alone kept other bits than with return_index=True in %d of these "
          "cases" % unstable_zero_cases)
    print("    // clang-format on")
    print("    // END GENERATED")


if __name__ == "__main__":
    main()
