#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Regenerates the np.sum / np.mean reference values of complex arrays pasted into
tests/test_reductions.cpp.

Run with a Python that has NumPy (Debian: /usr/bin/python3, python3-numpy 1.24):
    /usr/bin/python3 tests/data/make_complex_sum_reference.py
and paste its output over the block between the GENERATED markers of the test case
"parallel_sum and parallel_mean of complex numbers equal NumPy's bit for bit".
The test sums complex_sawtooth(n) and compares the bits of the real and imaginary parts with
NumPy's, which adds complex numbers pairwise (loops_utils.h.src, CFLOAT/CDOUBLE_pairwise_sum:
leaves of 64 elements, four complex partial sums each) over blocks of 8192 elements, and
divides a mean's sum by the count with its complex division. complex_sawtooth(n) is, in the
arithmetic of the part type T (float64 for complex128, float32 for complex64):
    re[i] = T(i * 7919 % 10007) / T(10007) - T(0.25)
    im[i] = (T(i * 104729 % 10009) / T(10009) - T(0.5)) * T(2 ** (i % 17 - 8))
as the test's complex_sawtooth<T> builds it (the scale, a power of two, spreads the imaginary
parts over 16 binary orders so that the order of additions shows in the bits). Values are
printed as hex-float literals (float32 ones with their 24 significant bits and an f suffix);
the sums and means along axes as an FNV-1a hash of the little-endian bytes of every output
(its real part, then its imaginary part), in row-major order.
"""
import struct
import warnings

import numpy as np

# The lengths: empty, one element, around the 4 complex partial sums and the 64-element leaf of
# NumPy's complex pairwise sum and its halving at 128, around the 8192-element block, deeper
# splits, large ones, and around 65536 (where np.mean(axis=...) of complex64 divides in double).
LENGTHS = [0, 1, 3, 4, 5, 7, 8, 9, 63, 64, 65, 127, 128, 129, 1000, 8191, 8192, 8193, 16384,
           16385, 32769, 65535, 65536, 100000, 1000003]

# Small arrays with infinite, NaN and signed-zero parts: [v, 2+3j, -1-0.5j] for each v.
SPECIAL = [complex("inf+1j"), complex("1+infj"), complex("-inf-infj"), complex("nan+1j"),
           complex("1+nanj"), complex(-0.0, -0.0)]

# (shape, axes, data) of the sums and means along axes compared by hash: single axes of 2-D and
# 3-D arrays (contiguous ones summed pairwise, others element after element, as NumPy does),
# rows longer than a block of 8192, folds of two non-contiguous axes, and keeping every axis.
# Data "sawtooth" is complex_sawtooth; "steps" is complex_steps, whose sums are exact in any
# order: those cases check np.mean's division of complex64, which along axes is in float32 for
# counts below 65536 and in float64 from 65536 on, or where the result is a scalar (all axes
# folded); at these counts the two give different bits.
AXIS_CASES = [
    ((37, 260), (0,), "sawtooth"),
    ((37, 260), (1,), "sawtooth"),
    ((3, 9000), (1,), "sawtooth"),
    ((9000, 3), (0,), "sawtooth"),
    ((6, 7, 150), (0,), "sawtooth"),
    ((6, 7, 150), (1,), "sawtooth"),
    ((6, 7, 150), (2,), "sawtooth"),
    ((6, 7, 150), (0, 1), "sawtooth"),
    ((6, 7, 150), (0, 2), "sawtooth"),
    ((6, 7, 150), (), "sawtooth"),
    ((65544, 1), (0,), "steps"),
    ((1, 65548), (1,), "steps"),
    ((1011, 1), (0,), "steps"),
    ((1011,), (0,), "steps"),
    ((3, 337), (0, 1), "steps"),
]

TYPES = [(np.complex128, np.float64), (np.complex64, np.float32)]


def complex_sawtooth(n, ctype, ftype):
    i = np.arange(n, dtype=np.int64)
    re = (i * 7919 % 10007).astype(ftype) / ftype(10007) - ftype(0.25)
    scale = np.ldexp(ftype(1), (i % 17 - 8).astype(np.int32)).astype(ftype)
    im = ((i * 104729 % 10009).astype(ftype) / ftype(10009) - ftype(0.5)) * scale
    assert re.dtype == ftype and im.dtype == ftype
    a = np.empty(n, dtype=ctype)
    a.real = re
    a.imag = im
    return a


def complex_steps(n, ctype):
    """re[i] = i % 100 - 50, im[i] = (i % 37) / 2 + (i % 5) / 4: every partial sum exact."""
    i = np.arange(n, dtype=np.int64)
    return ((i % 100 - 50) + 1j * ((i % 37) * 0.5 + (i % 5) * 0.25)).astype(ctype)


def literal(v, ftype):
    """A float as a C++ hex-float literal (float32: its 24 bits, then f), or inf / nan."""
    v = ftype(v)
    if np.isnan(v):
        return "nan" if ftype == np.float64 else "nan_f"
    if np.isinf(v):
        text = "inf" if ftype == np.float64 else "inf_f"
        return "-" + text if v < 0 else text
    text = float.hex(float(v))
    if ftype == np.float64:
        return text
    if float(v) == 0.0:
        return text + "f"
    mantissa, exponent = text.split("p")
    whole, fraction = mantissa.split(".")
    assert fraction[6:] == "0" * len(fraction[6:]), "not a float32"
    return "%s.%sp%sf" % (whole, fraction[:6], exponent)


def complex_literal(z, ftype):
    return "{%s, %s}" % (literal(z.real, ftype), literal(z.imag, ftype))


def fnv1a(array):
    h = 14695981039346656037
    for byte in np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes():
        h = ((h ^ byte) * 1099511628211) % 2**64
    return h


def main():
    warnings.simplefilter("ignore")  # the mean of nothing, and infinities
    print("    // BEGIN GENERATED by tests/data/make_complex_sum_reference.py (NumPy %s)"
          % np.__version__)
    print("    // clang-format off")
    for ctype, ftype in TYPES:
        name = "complex%d" % (np.dtype(ctype).itemsize * 8)
        cpp = "std::complex<%s>" % ("double" if ftype == np.float64 else "float")
        print("    // {n, np.sum(complex_sawtooth(n)), np.mean(...)} for %s" % name)
        print("    const whole_reference<%s> %s_whole[] = {" % (cpp, name))
        for n in LENGTHS:
            a = complex_sawtooth(n, ctype, ftype)
            print("        {%d, %s, %s}," % (n, complex_literal(np.sum(a), ftype),
                                             complex_literal(np.mean(a), ftype)))
        print("    };")
        print("    // {v, np.sum([v, 2+3j, -1-0.5j]), np.mean(...)} for %s" % name)
        print("    const special_reference<%s> %s_special[] = {" % (cpp, name))
        for v in SPECIAL:
            a = np.array([v, 2 + 3j, -1 - 0.5j], dtype=ctype)
            print("        {%s, %s, %s}," % (complex_literal(a[0], ftype),
                                             complex_literal(np.sum(a), ftype),
                                             complex_literal(np.mean(a), ftype)))
        print("    };")
        print("    // {shape, axes, data, FNV-1a of a.sum(axis=axes), of a.mean(axis=axes)} for %s"
              % name)
        print("    const axis_reference %s_axes[] = {" % name)
        for shape, axes, data in AXIS_CASES:
            n = int(np.prod(shape))
            if data == "sawtooth":
                a = complex_sawtooth(n, ctype, ftype).reshape(shape)
            else:
                a = complex_steps(n, ctype).reshape(shape)
            sums = np.asarray(a.sum(axis=axes), dtype=ctype)
            means = np.asarray(a.mean(axis=axes), dtype=ctype)
            print("        {{%s}, {%s}, data::%s, 0x%016xu, 0x%016xu}," % (
                ", ".join(map(str, shape)), ", ".join(map(str, axes)), data, fnv1a(sums),
                fnv1a(means)))
        print("    };")
    print("    // clang-format on")
    print("    // END GENERATED")


if __name__ == "__main__":
    main()
