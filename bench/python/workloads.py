#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Times the workloads of parray_bench's `workloads/` group in NumPy, written as NumPy users do.

    bench/python/workloads.py [--repetitions N] [out.json]   (JSON to out.json, else stdout)

The same sizes as bench/bench_workloads.cpp, in one process (NumPy runs each on one thread):
  * pi: 1000 blocks of 10^4 points, block b drawn from np.random.RandomState(b).random_sample(
    (10000, 2)), the points with x * x + y * y < 1 counted. The same points as parray's
    random::RandomState, so the count must be the one parray_bench reports (`hits`).
  * heat: 20 steps of v[1:-1, 1:-1] = u[1:-1, 1:-1] + alpha * (u[2:, 1:-1] + u[:-2, 1:-1] +
    u[1:-1, 2:] + u[1:-1, :-2] - 4.0 * u[1:-1, 1:-1]) on 2000 x 2000, then u, v = v, u. The start
    is parray_bench's (splitmix64 doubles, top edge 1, other edges 0) and the additions are in
    the same order, so the final field must be the same bits: `checksum` is the sum of its
    64-bit patterns modulo 2^48, as parray_bench computes it. Resetting u and v is not timed.
  * zscore: z = (a - a.mean(axis=0)) / a.std(axis=0) of 10^6 x 8 doubles (column j uniform in
    [10 j, 11 j + 1)); checked: every column of z has mean 0 and standard deviation 1 (1e-9).
  * mandelbrot: escape counts (at most 256 iterations) of a 1000 x 1000 grid over
    [-2, 0.6] x [-1.2, 1.2], the usual vectorised loop over iterations on the points still
    inside; `total` (the sum of the counts) must be parray_bench's.
Each is timed with time.perf_counter() (median, min and max of the repetitions, 5 by default)
and its answer must be the same in every repetition; a wrong answer exits with status 1.
bench/run writes this JSON beside parray_bench's and bench/report.py puts it in the
workloads table.
"""

import argparse
import gc
import json
import math
import os
import platform
import statistics
import sys
import time

import numpy as np

# The sizes of bench/bench_workloads.cpp.
PI_BLOCKS = 1000
PI_POINTS = 10_000
HEAT_SIZE = 2000
HEAT_STEPS = 20
HEAT_ALPHA = 0.1
HEAT_SEED = 0x2545F4914F6CDD1D
ZSCORE_ROWS = 1_000_000
ZSCORE_COLUMNS = 8
ZSCORE_SEED = 0x9E3779B97F4A7C15
MANDELBROT_SIZE = 1000
MANDELBROT_ITERATIONS = 256


class WrongAnswer(Exception):
    pass


def fill_uniform(n, seed):
    """n doubles in [0, 1) from splitmix64 started at seed: parray_bench's fill_uniform."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + np.arange(1, n + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
    return (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53


def bits_checksum(a):
    """The sum of the 64-bit patterns of a's elements modulo 2^48 (exact in a double)."""
    return int(np.ascontiguousarray(a).view(np.uint64).sum(dtype=np.uint64)) % (1 << 48)


# --- The workloads, as a NumPy user writes them. ---

def count_hits(block):
    points = np.random.RandomState(block).random_sample((PI_POINTS, 2))
    x = points[:, 0]
    y = points[:, 1]
    return int(np.count_nonzero(x * x + y * y < 1.0))


def monte_carlo_pi():
    return sum(count_hits(block) for block in range(PI_BLOCKS))


def heat(u, v):
    alpha = HEAT_ALPHA
    for _ in range(HEAT_STEPS):
        v[1:-1, 1:-1] = u[1:-1, 1:-1] + alpha * (u[2:, 1:-1] + u[:-2, 1:-1] + u[1:-1, 2:]
                                                 + u[1:-1, :-2] - 4.0 * u[1:-1, 1:-1])
        u, v = v, u
    return u


def zscore(a):
    return (a - a.mean(axis=0)) / a.std(axis=0)


def mandelbrot():
    n = MANDELBROT_SIZE
    cr = -2.0 + (2.6 / n) * np.arange(n)
    ci = -1.2 + (2.4 / n) * np.arange(n)
    c = (cr[np.newaxis, :] + 1j * ci[:, np.newaxis]).ravel()
    counts = np.full(c.shape, MANDELBROT_ITERATIONS, dtype=np.int64)
    index = np.arange(c.size)
    z = np.zeros_like(c)
    for k in range(MANDELBROT_ITERATIONS):
        escaped = z.real * z.real + z.imag * z.imag > 4.0
        counts[index[escaped]] = k
        inside = ~escaped
        z, c, index = z[inside], c[inside], index[inside]
        z = z * z + c
    return counts.reshape(n, n)


# --- Timing and checks. ---

def timed(function, repetitions, setup=None):
    """[(seconds, result)] of `repetitions` calls of function(*setup()), setup not timed."""
    runs = []
    for _ in range(repetitions):
        arguments = setup() if setup else ()
        gc.collect()
        start = time.perf_counter()
        result = function(*arguments)
        runs.append((time.perf_counter() - start, result))
        del arguments
    return runs


def summary(name, runs, answer_of, what, answer_name=None, extra=None):
    answers = [answer_of(result) for _, result in runs]
    if any(a != answers[0] for a in answers):
        raise WrongAnswer(f"{name}: the answer changed between repetitions: {answers}")
    times = [t for t, _ in runs]
    entry = {
        "name": name,
        "repetitions": len(times),
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "times_s": times,
        "what": what,
    }
    if answer_name:
        entry["answer"] = {answer_name: answers[0]}
    if extra:
        entry.update(extra)
    return entry


def run_pi(repetitions):
    runs = timed(monte_carlo_pi, repetitions)
    hits = runs[0][1]
    estimate = 4.0 * hits / (PI_BLOCKS * PI_POINTS)
    if abs(estimate - math.pi) > 0.01:
        raise WrongAnswer(f"pi: {hits} hits give {estimate}")
    return summary("pi", runs, lambda hits: hits,
                   f"{PI_BLOCKS} blocks of {PI_POINTS} points, block b from RandomState(b)",
                   "hits", {"estimate": estimate})


def run_heat(repetitions):
    n = HEAT_SIZE
    start = fill_uniform(n * n, HEAT_SEED).reshape(n, n)
    start[:, 0] = 0.0
    start[:, -1] = 0.0
    start[-1, :] = 0.0
    start[0, :] = 1.0
    runs = timed(heat, repetitions, lambda: (start.copy(), start.copy()))
    field = runs[0][1]
    if not (np.array_equal(field[0], start[0]) and np.array_equal(field[-1], start[-1])
            and np.array_equal(field[:, 0], start[:, 0])
            and np.array_equal(field[:, -1], start[:, -1])):
        raise WrongAnswer("heat: an edge changed")
    if not (field.min() >= 0.0 and field.max() <= 1.0) or np.array_equal(field, start):
        raise WrongAnswer("heat: the field is outside [0, 1] or did not change")
    return summary("heat", runs, bits_checksum,
                   f"{HEAT_STEPS} steps of the slice expression on {n} x {n}", "checksum")


def run_zscore(repetitions):
    a = fill_uniform(ZSCORE_ROWS * ZSCORE_COLUMNS, ZSCORE_SEED).reshape(ZSCORE_ROWS,
                                                                         ZSCORE_COLUMNS)
    a = a * np.arange(1, ZSCORE_COLUMNS + 1) + 10.0 * np.arange(ZSCORE_COLUMNS)
    runs = timed(zscore, repetitions, lambda: (a,))
    z = runs[0][1]
    if not (np.allclose(z.mean(axis=0), 0.0, rtol=0, atol=1e-9)
            and np.allclose(z.std(axis=0), 1.0, rtol=0, atol=1e-9)):
        raise WrongAnswer("zscore: the columns of z do not have mean 0 and deviation 1")
    return summary("zscore", runs, bits_checksum,
                   f"(a - a.mean(axis=0)) / a.std(axis=0), {ZSCORE_ROWS} x {ZSCORE_COLUMNS}")


def run_mandelbrot(repetitions):
    runs = timed(mandelbrot, repetitions)
    counts = runs[0][1]
    if counts.min() < 0 or counts.max() != MANDELBROT_ITERATIONS or counts[0, 0] != 1:
        raise WrongAnswer("mandelbrot: counts out of range")
    return summary("mandelbrot", runs, lambda counts: int(counts.sum()),
                   f"escape counts of {MANDELBROT_SIZE} x {MANDELBROT_SIZE}, at most "
                   f"{MANDELBROT_ITERATIONS} iterations", "total")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", help="where to write the JSON (default: stdout)")
    parser.add_argument("--repetitions", type=int, default=5)
    args = parser.parse_args(argv[1:])
    if args.repetitions < 1:
        parser.error("--repetitions must be at least 1")

    results = [run(args.repetitions) for run in (run_pi, run_heat, run_zscore, run_mandelbrot)]
    report = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "repetitions": args.repetitions,
        "results": results,
    }
    print(f"Workloads in NumPy: Python {report['python']}, NumPy {report['numpy']}; median "
          f"(min-max) of {args.repetitions}, seconds", file=sys.stderr)
    for r in results:
        answer = ", ".join(f"{k} {v}" for k, v in r.get("answer", {}).items())
        print(f"  {r['name']:<11} {r['median_s']:.3g} ({r['min_s']:.3g}-{r['max_s']:.3g})  "
              f"{r['what']}{'; ' + answer if answer else ''}", file=sys.stderr)

    text = json.dumps(report, indent=2) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except WrongAnswer as error:
        print(f"workloads.py: wrong answer: {error}", file=sys.stderr)
        sys.exit(1)
