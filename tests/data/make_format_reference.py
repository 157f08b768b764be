#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Regenerates the NumPy reference strings pasted into tests/test_format.cpp.

Run with a Python that has NumPy (Debian: /usr/bin/python3, python3-numpy 1.24):
    /usr/bin/python3 tests/data/make_format_reference.py
and paste its output over the block between the GENERATED markers of the test.
Each table case is an array given by its shape and row-major values (doubles and floats as
hex-float literals, so bit for bit), the print options, and what NumPy's print() shows for it
under those options. The named strings are for arrays the test builds with xtensor expressions
(the Python expression beside each says which).
"""
import numpy as np

INT64_MIN = -(2**63)

# The print options NumPy uses by default, in print_options' member order:
# linewidth, precision, threshold, edgeitems, suppress.
DEFAULT = (75, 8, 1000, 3, False)

# (NumPy expression, options); the expression is evaluated with np in scope.
CASES = [
    # integers
    ("np.array([], dtype=np.int64)", DEFAULT),
    ("np.zeros((0, 3), dtype=np.int64)", DEFAULT),
    ("np.array(5, dtype=np.int64)", DEFAULT),
    ("np.array(-42, dtype=np.int64)", DEFAULT),
    ("np.array([7], dtype=np.int64)", DEFAULT),
    ("np.array([-1, 5, -100, 0], dtype=np.int64)", DEFAULT),
    ("np.array([np.iinfo(np.int64).min, 0, np.iinfo(np.int64).max])", DEFAULT),
    ("np.arange(30, dtype=np.int64) * 123456789 - 10**9", DEFAULT),
    ("np.arange(12, dtype=np.int64).reshape(3, 4)", DEFAULT),
    ("np.arange(120, dtype=np.int64).reshape(10, 12) * 1000003 - 5", DEFAULT),
    ("np.arange(24, dtype=np.int64).reshape(2, 3, 4)", DEFAULT),
    ("np.arange(16, dtype=np.int64).reshape(2, 2, 2, 2)", DEFAULT),
    ("np.arange(12, dtype=np.int64).reshape(1, 1, 12)", DEFAULT),
    ("np.arange(40, dtype=np.int64)", (20, 8, 1000, 3, False)),
    ("np.arange(40, dtype=np.int64)", (75, 8, 10, 2, False)),
    ("np.arange(60, dtype=np.int64).reshape(6, 10)", (75, 8, 10, 2, False)),
    ("np.array([0, 7, np.iinfo(np.uint64).max], dtype=np.uint64)", DEFAULT),
    # booleans
    ("np.array(True)", DEFAULT),
    ("np.array(False)", DEFAULT),
    ("np.array([True, False, True])", DEFAULT),
    ("np.array([[True, False], [False, False]])", DEFAULT),
    ("np.arange(30) % 3 == 0", DEFAULT),
    # float64
    ("np.array([], dtype=np.float64)", DEFAULT),
    ("np.array(3.5)", DEFAULT),
    ("np.array(2.0)", DEFAULT),
    ("np.array(1e20)", DEFAULT),
    ("np.array(1.5e-5)", DEFAULT),
    ("np.array(-0.0)", DEFAULT),
    ("np.array(np.nan)", DEFAULT),
    ("np.array(-np.inf)", DEFAULT),
    ("np.array(1 / 3)", DEFAULT),
    ("np.array([2.5])", DEFAULT),
    ("np.array([1.0, 2.0, 3.0])", DEFAULT),
    ("np.array([0.1, 0.25])", DEFAULT),
    ("np.array([1.5, 2.0, 3.25])", DEFAULT),
    ("np.array([1 / 3, 2 / 3, 1.0])", DEFAULT),
    ("np.array([np.pi, np.e, -np.sqrt(2)])", DEFAULT),
    ("np.array([0.001953125, 0.5])", DEFAULT),
    ("np.array([0.1 + 0.2, 1e-4])", DEFAULT),
    ("np.array([1e-5, 1.0])", DEFAULT),
    ("np.array([1.0, 1e9])", DEFAULT),
    ("np.array([1.0, 1000.0])", DEFAULT),
    ("np.array([1.0, 1000.5])", DEFAULT),
    ("np.array([99999999.0, 1.0])", DEFAULT),
    ("np.array([100000000.0, 1.0])", DEFAULT),
    ("np.array([1e-5, 1.5e9, -2.25e-7])", DEFAULT),
    ("np.array([0.0, 1e-5])", DEFAULT),
    ("np.array([1e100, 1e-100])", DEFAULT),
    ("np.array([np.nan, np.inf, -np.inf, 1.5])", DEFAULT),
    ("np.array([np.nan, -np.inf])", DEFAULT),
    ("np.array([np.nan])", DEFAULT),
    ("np.array([1e-5, np.nan, -np.inf])", DEFAULT),
    ("np.array([-0.0, 0.0])", DEFAULT),
    ("np.array([-0.0])", DEFAULT),
    ("np.array([0.0, 0.0])", DEFAULT),
    ("np.array([2.0**149, 1.2345678901234567])", (75, 16, 1000, 3, False)),
    ("np.array([1e-10, 1.0, -1e-12])", (75, 8, 1000, 3, True)),
    ("np.array([np.pi, 1.0, 2.5])", (75, 3, 1000, 3, False)),
    ("np.array([np.pi, 1.0, 2.5])", (75, 0, 1000, 3, False)),
    ("np.array([1e-7, 3.0e5])", (75, 2, 1000, 3, False)),
    ("np.arange(20.0) / 7", DEFAULT),
    ("np.arange(20.0) / 7", (40, 3, 1000, 3, False)),
    ("np.arange(12.0).reshape(3, 4) / 4", DEFAULT),
    ("np.random.RandomState(1).standard_normal((4, 5))", DEFAULT),
    ("np.random.RandomState(2).standard_normal((6, 4)) * 1e5", DEFAULT),
    ("np.arange(8.0).reshape(2, 2, 2) - 3.5", DEFAULT),
    # float32
    ("np.array(np.float32(0.1))", DEFAULT),
    ("np.array(np.float32(1e-4))", DEFAULT),
    ("np.array(np.float32(11229238272.0))", DEFAULT),
    ("np.array([0.1, 0.2, 0.3], dtype=np.float32)", DEFAULT),
    ("np.array([1 / 3, 2 / 3, 1.0], dtype=np.float32)", DEFAULT),
    ("np.array([1e-4, 0.5], dtype=np.float32)", DEFAULT),
    ("np.array([59067488.0, 1.5], dtype=np.float32)", DEFAULT),
    ("np.array([1.0, 1000.0001], dtype=np.float32)", DEFAULT),
    ("np.array([np.float32(2.0**-96), np.float32(1e-30)])", DEFAULT),
    ("(np.arange(12, dtype=np.float32).reshape(3, 4) - 5) / 3", DEFAULT),
]

# (C++ name, NumPy expression): arrays the test builds from xtensor expressions.
NAMED = [
    ("arange_2000", "np.arange(2000)"),
    ("arange_2000_halves", "np.arange(2000) * 0.5"),
    ("arange_3000_30x100", "np.arange(3000).reshape(30, 100)"),
    ("arange_2000_10x10x20", "np.arange(2000).reshape(10, 10, 20)"),
    ("arange_1001_sevenths", "np.arange(1001) / 7"),
    ("row_1_of_3x4", "np.arange(12).reshape(3, 4)[1]"),
    ("transpose_of_3x4", "np.arange(12).reshape(3, 4).T"),
    ("greater_than_5_of_3x4", "np.arange(12).reshape(3, 4) > 5"),
]

# print(np.random.randint(0, 100, (100,))) after np.random.seed(0), as the article shows it.
ARTICLE = """\
[44 47 64 67 67  9 83 21 36 87 70 88 88 12 58 65 39 87 46 88 81 37 25 77
 72  9 20 80 69 79 47 64 82 99 88 49 29 19 19 14 39 32 65  9 57 32 31 74
 23 35 75 55 28 34  0  0 36 53  5 38 17 79  4 42 58 31  1 65 41 57 35 11
 46 82 91  0 14 99 53 12 42 84 75 68  6 68 47  3 76 52 78 15 20 99 58 23
 79 13 85 48]"""

TABLES = [
    # (C++ vector name, C++ element type, NumPy dtype)
    ("int64_cases", "std::int64_t", np.dtype(np.int64)),
    ("uint64_cases", "std::uint64_t", np.dtype(np.uint64)),
    ("bool_cases", "bool", np.dtype(np.bool_)),
    ("double_cases", "double", np.dtype(np.float64)),
    ("float_cases", "float", np.dtype(np.float32)),
]


def printed(a, options):
    linewidth, precision, threshold, edgeitems, suppress = options
    with np.printoptions(linewidth=linewidth, precision=precision, threshold=threshold,
                         edgeitems=edgeitems, suppress=suppress):
        return str(a)


def literal(v, dtype):
    if dtype == np.bool_:
        return "true" if v else "false"
    if dtype.kind in "iu":
        v = int(v)
        if v == INT64_MIN:
            return "std::numeric_limits<std::int64_t>::min()"
        return str(v) + ("u" if dtype.kind == "u" else "")
    f = float(v)
    if np.isnan(f):
        return "k_nan"
    if np.isinf(f):
        return "k_inf" if f > 0 else "-k_inf"
    return float.hex(f) + ("f" if dtype == np.float32 else "")


def wrapped(items, indent):
    """Comma-separated items, wrapped so that no line passes 100 columns."""
    lines, line = [], ""
    for item in items:
        piece = item + ","
        if line and len(indent) + len(line) + 1 + len(piece) > 100:
            lines.append(line)
            line = piece
        else:
            line = piece if not line else line + " " + piece
    if line:
        lines.append(line)
    return "\n".join(indent + l for l in lines)


def raw(text):
    assert ')np"' not in text
    return 'R"np(%s)np"' % text


def main():
    article = np.random.RandomState(0).randint(0, 100, (100,))
    assert str(article) == ARTICLE, "NumPy no longer prints the article's block"
    print("// BEGIN GENERATED by tests/data/make_format_reference.py (NumPy %s)" % np.__version__)
    print("// clang-format off")
    arrays = [(expr, options, np.asarray(eval(expr, {"np": np}))) for expr, options in CASES]
    for name, cpp_type, dtype in TABLES:
        print("const std::vector<reference_case<%s>> %s = {" % (cpp_type, name))
        for expr, options, a in arrays:
            if a.dtype != dtype:
                continue
            shape = "{%s}" % ", ".join(str(d) for d in a.shape)
            values = [literal(v, dtype) for v in a.ravel()]
            opts = "{%d, %d, %d, %d, %s}" % (options[:4] + ("true" if options[4] else "false",))
            print('    {"%s",' % expr)
            one_line = "{%s}" % ", ".join(values)
            if len(one_line) + len(shape) + len(opts) + 9 <= 100:
                print("     %s, %s, %s," % (shape, opts, one_line))
            else:
                print("     %s, %s,\n     {\n%s\n     }," % (shape, opts, wrapped(values, " " * 8)))
            print("     %s}," % raw(printed(a, options)))
        print("};")
    for name, expr in NAMED:
        print("const char* const expected_%s = // %s" % (name, expr))
        print("    %s;" % raw(printed(eval(expr, {"np": np}), DEFAULT)))
    print("// clang-format on")
    print("// END GENERATED")


if __name__ == "__main__":
    main()
