#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Regenerates the NumPy reference table pasted into tests/test_counting.cpp (issue 18).

Run with a Python that has NumPy (Debian: /usr/bin/python3, python3-numpy 1.24):
    /usr/bin/python3 tests/data/make_counting_reference.py
and paste its output over the block between the GENERATED markers of the test ("histogram and
bincount equal NumPy's bit for bit").

Each case's input (and weights) is made from splitmix64, here and in the test alike, so no data
is pasted: only the case's recipe and a digest of what np.histogram / np.bincount return (the
length and FNV-1a 64 of the bytes of the counts and of the edges, the first counts), or that
NumPy raises ValueError. Inputs are int32, int64, float32 and float64 of 1 to 3 dimensions and
0 to 10**6 + 3 elements: uniform values partly outside the range, values on the bin edges
(lo + j * ((hi - lo) / bins), j from -1 to bins + 1), and NaN, +-inf and +-0 among floats.
"""
import numpy as np

M64 = (1 << 64) - 1
DTYPES = {"i4": np.int32, "i8": np.int64, "f4": np.float32, "f8": np.float64}
KINDS = {"range": 0, "auto": 1, "edges": 2, "bincount": 3}
PROFILES = {"uniform": 0, "on_edges": 1, "integers": 2}
SPECIALS = np.array([np.nan, np.inf, -np.inf, -0.0, 0.0])


def splitmix64(seed, n):
    """z_i for i = 1..n: splitmix64's outputs from state seed (the test's `splitmix64`)."""
    with np.errstate(over="ignore"):
        state = np.uint64(seed) + np.arange(1, n + 1, dtype=np.uint64) * np.uint64(
            0x9E3779B97F4A7C15)
        z = (state ^ (state >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def unit(z):
    """The top 53 bits as a double in [0, 1)."""
    return (z >> np.uint64(11)).astype(np.float64) * 2.0**-53


def make_values(case):
    n = case["n"]
    z = splitmix64(case["seed"], n)
    lo, hi, dtype = case["lo"], case["hi"], DTYPES[case["dtype"]]
    profile = case["profile"]
    if profile == "integers":
        span = np.uint64(int(hi) - int(lo) + 1)
        values = (z % span).astype(np.int64) + np.int64(int(lo))
        return values.astype(dtype)
    if profile == "uniform":
        values = lo + unit(z) * (hi - lo)
    else:  # on_edges: lo + j * ((hi - lo) / k), j in [-1, k + 1]
        k = case["edge_bins"]
        j = (z % np.uint64(k + 3)).astype(np.int64) - 1
        values = lo + j.astype(np.float64) * ((hi - lo) / k)
    if np.issubdtype(dtype, np.integer):
        values = np.floor(values).astype(dtype)
    else:
        values = values.astype(dtype)
        rate = case["special_rate"]
        if rate:
            chosen = ((z >> np.uint64(40)) % np.uint64(rate)) == 0
            which = ((z >> np.uint64(50)) % np.uint64(5)).astype(np.int64)
            values[chosen] = SPECIALS[which[chosen]].astype(dtype)
    return values


def make_weights(case):
    kind = case["weights"]
    if kind == "none":
        return None
    z = splitmix64(case["seed"] ^ 0x5DEECE66D, case["n"])
    if kind in ("i4", "i8"):
        return ((z % np.uint64(201)).astype(np.int64) - 100).astype(DTYPES[kind])
    # Magnitudes 10^-3 to 10^9, of both signs: the order of additions shows in the bits.
    scale = np.array([1.0, 1e3, 1e-3, 1e9, 7.0, 1e6, 0.1, 3.0])[(z & np.uint64(7)).astype(np.int64)]
    return ((unit(z) - 0.5) * scale).astype(DTYPES[kind])


def make_edges(case):
    """m edges lo + (hi - lo) * (j * j) / (m * m) - 1 ... in the edge type; NaN as asked."""
    m, lo, hi = case["edge_count"], case["lo"], case["hi"]
    j = np.arange(m, dtype=np.float64)
    edges = lo + ((hi - lo) * (j * j)) / float((m - 1) * (m - 1) if m > 1 else 1)
    dtype = DTYPES[case["edge_dtype"]]
    edges = np.floor(edges).astype(dtype) if np.issubdtype(dtype, np.integer) else edges.astype(dtype)
    if case["edge_nan"] == 1:
        edges[-1] = np.nan
    elif case["edge_nan"] == 2:
        edges[m // 2] = np.nan
    elif case["edge_nan"] == 3:
        edges[0], edges[1] = edges[1], edges[0]  # decreasing: NumPy raises
    return edges


def fnv1a(array):
    h = 0xCBF29CE484222325
    for byte in np.ascontiguousarray(array).tobytes():
        h = ((h ^ byte) * 0x100000001B3) & M64
    return h


def case(**fields):
    base = dict(kind="range", dtype="f8", n=1000, shape=None, seed=1, profile="uniform", lo=0.0,
                hi=1.0, edge_bins=10, special_rate=0, bins=10, range_lo=0.0, range_hi=1.0,
                weights="none", edge_count=0, edge_dtype="f8", edge_nan=0, minlength=0)
    base.update(fields)
    if base["shape"] is None:
        base["shape"] = (base["n"],)
    assert int(np.prod(base["shape"])) == base["n"]
    return base


def make_cases():
    cases = []
    big = 10**6 + 3
    for index, dtype in enumerate(["f8", "f4", "i4", "i8"]):
        floats = dtype[0] == "f"
        lo, hi = (-1.5, 3.25) if floats else (-40.0, 97.0)
        seed = 100 + index
        # Sizes around NumPy's blocks of 65536, 1-d to 3-d.
        for n, shape in [(0, None), (1, None), (7, None), (1000, (10, 100)), (65535, None),
                         (65536, (256, 256)), (65537, None), (131082, (3, 7, 6242))]:
            cases.append(case(dtype=dtype, n=n, shape=shape, seed=seed + n, lo=lo - 0.5,
                              hi=hi + 0.5, bins=13, range_lo=lo, range_hi=hi,
                              special_rate=17 if floats else 0))
            cases.append(case(dtype=dtype, n=n, shape=shape, seed=seed + n + 1, profile="on_edges",
                              lo=lo, hi=hi, edge_bins=100, bins=100, range_lo=lo, range_hi=hi,
                              special_rate=29 if floats else 0))
        # Without a range: extremes of the data, the same value everywhere, an empty array.
        for n, profile, special in [(0, "uniform", 0), (1, "uniform", 0), (5000, "uniform", 0),
                                    (70000, "on_edges", 0), (1000, "uniform", 31)]:
            cases.append(case(kind="auto", dtype=dtype, n=n, seed=seed + 7 * n, profile=profile,
                              lo=lo, hi=hi, edge_bins=37, bins=37, special_rate=special if floats else 0))
        cases.append(case(kind="auto", dtype=dtype, n=64, seed=seed, lo=2.0, hi=2.0, bins=5,
                          profile="uniform"))
        # Weights of each type, with and without a range.
        for weights in ["f8", "f4", "i4", "i8"]:
            cases.append(case(dtype=dtype, n=200003, shape=(200003,), seed=seed + 11, lo=lo - 1,
                              hi=hi + 1, bins=50, range_lo=lo, range_hi=hi, weights=weights,
                              special_rate=23 if floats else 0))
            cases.append(case(kind="auto", dtype=dtype, n=70001, seed=seed + 13, profile="on_edges",
                              lo=lo, hi=hi, edge_bins=20, bins=20, weights=weights))
        # Given edges: numbers, a NaN last, a NaN inside, decreasing (raises), int edges.
        for edge_dtype in ["f8", "f4", "i4", "i8"]:
            cases.append(case(kind="edges", dtype=dtype, n=30000, seed=seed + 17, lo=lo - 1,
                              hi=hi + 1, edge_count=12, edge_dtype=edge_dtype,
                              special_rate=19 if floats else 0))
        for edge_nan in [1, 2, 3]:
            cases.append(case(kind="edges", dtype=dtype, n=5000, seed=seed + 19, lo=lo - 1,
                              hi=hi + 1, edge_count=9, edge_nan=edge_nan,
                              special_rate=19 if floats else 0))
        for m in [0, 1, 2]:
            cases.append(case(kind="edges", dtype=dtype, n=100, seed=seed + 23, lo=lo, hi=hi,
                              edge_count=m))
        # Bad input: bins 0, low > high, a non-finite range.
        cases.append(case(dtype=dtype, n=10, bins=0))
        cases.append(case(dtype=dtype, n=10, range_lo=2.0, range_hi=1.0))
        cases.append(case(dtype=dtype, n=10, range_lo=0.0, range_hi=float("inf")))
        # One large case per type.
        cases.append(case(dtype=dtype, n=big, shape=(big,), seed=seed + 31, lo=lo - 0.25,
                          hi=hi + 0.25, bins=100, range_lo=lo, range_hi=hi,
                          special_rate=1001 if floats else 0))
    # Odd ranges: narrow, not representable in float32, equal ends.
    for dtype in ["f8", "f4"]:
        cases.append(case(dtype=dtype, n=20000, seed=300, lo=0.1, hi=0.1000001, bins=7,
                          range_lo=0.1, range_hi=0.10000009))
        cases.append(case(dtype=dtype, n=20000, seed=301, profile="on_edges", lo=-0.3, hi=0.7,
                          edge_bins=10, bins=10, range_lo=-0.3, range_hi=0.7))
        cases.append(case(dtype=dtype, n=20000, seed=302, lo=0.0, hi=2.0, bins=3,
                          range_lo=1.0, range_hi=1.0))
        cases.append(case(dtype=dtype, n=20000, seed=303, lo=-1e30, hi=1e30, bins=1000,
                          range_lo=-1e30, range_hi=1e30))
        cases.append(case(dtype=dtype, n=5000, seed=304, profile="on_edges", lo=0.0, hi=1.0,
                          edge_bins=3, bins=3, range_lo=0.0, range_hi=1.0))
    # int64 beyond 2**53.
    cases.append(case(kind="auto", dtype="i8", n=3000, seed=305, profile="integers",
                      lo=float(2**60), hi=float(2**60 + 2**20), bins=9))
    # bincount: sizes, minlength, weights, bad input.
    for index, dtype in enumerate(["i4", "i8"]):
        for n, hi, minlength, weights in [(0, 0.0, 0, "none"), (0, 0.0, 4, "f8"),
                                          (1, 5.0, 0, "none"), (1000, 30.0, 0, "none"),
                                          (1000, 30.0, 100, "f8"), (65537, 999.0, 10, "f8"),
                                          (300001, 70000.0, 0, "f8"), (200000, 5.0, 0, "f4"),
                                          (200000, 50.0, 0, "i4"), (big, 4095.0, 0, "none"),
                                          (big, 4095.0, 0, "f8"), (10, 5.0, -1, "none")]:
            cases.append(case(kind="bincount", dtype=dtype, n=n, seed=400 + index + n,
                              profile="integers", lo=0.0, hi=hi, minlength=minlength,
                              weights=weights))
        cases.append(case(kind="bincount", dtype=dtype, n=100, seed=410, profile="integers",
                          lo=-1.0, hi=50.0))
    return cases


def expected(c):
    a = make_values(c).reshape(c["shape"])
    w = make_weights(c)
    if w is not None:
        w = w.reshape(c["shape"])
    try:
        if c["kind"] == "range":
            counts, edges = np.histogram(a, bins=c["bins"], range=(c["range_lo"], c["range_hi"]),
                                         weights=w)
        elif c["kind"] == "auto":
            counts, edges = np.histogram(a, bins=c["bins"], weights=w)
        elif c["kind"] == "edges":
            counts, edges = np.histogram(a, bins=make_edges(c), weights=w)
        else:
            counts = np.bincount(a, weights=w, minlength=c["minlength"])
            edges = np.zeros(0)
    except ValueError:
        return None
    return counts, edges


def hexfloat(x):
    return float(x).hex() if np.isfinite(x) else ("nan" if np.isnan(x) else
                                                   ("inf" if x > 0 else "-inf"))


def main():
    print("// BEGIN GENERATED by tests/data/make_counting_reference.py (NumPy %s)" % np.__version__)
    print("// clang-format off")
    print("static const counting_case counting_cases[] = {")
    import warnings
    warnings.simplefilter("ignore")
    for c in make_cases():
        result = expected(c)
        shape = list(c["shape"]) + [0] * (3 - len(c["shape"]))
        if result is None:
            digest = "true, 0, 0, 0, 0, {0, 0, 0}"
        else:
            counts, edges = result
            first = ", ".join(hexfloat(x) for x in (list(counts[:3]) + [0, 0, 0])[:3])
            digest = "false, %d, 0x%016xULL, %d, 0x%016xULL, {%s}" % (
                counts.size, fnv1a(counts), edges.size, fnv1a(edges), first)
        print('    {%d, "%s", %d, %d, {%s}, %dULL, %d, %s, %s, %d, %d, %d, %s, %s, "%s", %d, "%s", '
              '%d, %d, %s},' % (
                  KINDS[c["kind"]], c["dtype"], c["n"], len(c["shape"]),
                  ", ".join(str(s) for s in shape), c["seed"], PROFILES[c["profile"]],
                  hexfloat(c["lo"]), hexfloat(c["hi"]), c["edge_bins"], c["special_rate"],
                  c["bins"], hexfloat(c["range_lo"]), hexfloat(c["range_hi"]), c["weights"],
                  c["edge_count"], c["edge_dtype"], c["edge_nan"], c["minlength"], digest))
    print("};")
    print("// clang-format on")
    print("// END GENERATED")


if __name__ == "__main__":
    main()
