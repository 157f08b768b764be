#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Times the two examples of the article "Multiprocessing with NumPy Arrays" as it writes them.

    bench/python/article.py [out.json]        (JSON to out.json, or to stdout when none)

Example 1 doubles 100 random integers with pool.map over one-element slices on a pool of
mp.cpu_count() processes. Example 2 sums 1..10 with np.sum in one process, then with a pool of
4 processes over chunks of int(len(arr) / 4) = 2 elements. Each is run with the "fork" and the
"spawn" start method (multiprocessing.get_context), 5 repetitions, and checked: the doubled
array must equal arr * 2 and every sum 55; a wrong answer exits with status 1.

What is timed, with time.perf_counter() as the article does:
  * example2_single_sum: the call single_process_sum(arr), i.e. np.sum(arr): the article's window.
  * example2_pool_sum: the call multi_process_sum(arr), the article's window: cutting the
    chunks, creating the pool (starting 4 processes), pool.map, adding the results, and whatever
    happens when the function returns. The article never closes its pool; CPython finalises a
    running pool when its last reference goes (it terminates and joins the workers), which is
    at the function's return, so inside the window, as in the article's program (checked on
    CPython 3.11: no worker is left when the call returns, even with the gc switched off).
  * example1_pool_map: the article does not time Example 1. Timed here as Example 2 is: the
    body of the article's `if __name__ == '__main__':` block after the array is made and without
    its prints, i.e. creating the pool of mp.cpu_count() processes, building the 100 slices and
    pool.map, run as one function whose pool is dropped at its return.
  * example2_pool_sum_warm (not in the article): the same chunks, pool.map and sum on a pool
    created beforehand (its creation and shutdown are not timed): what one call costs once the
    processes exist, the fair counterpart of a call on parray's already running thread pool.
"""

import gc
import json
import multiprocessing as mp
import os
import platform
import statistics
import sys
import time

import numpy as np

REPETITIONS = 5
START_METHODS = ("fork", "spawn")

# What the article printed on its own machine, for reference (seconds).
ARTICLE_REPORTED_S = {"example2_single_sum": 4.579999999998474e-05,
                      "example2_pool_sum": 0.3379081}


# --- The article's code. Only `mp.Pool` became `ctx.Pool`, to choose the start method. ---

def multiply_elements(array):
    return array * 2


def single_process_sum(arr):
    return np.sum(arr)


def worker(arr):
    return np.sum(arr)


def multi_process_sum(arr, ctx):
    num_processes = 4
    chunk_size = int(arr.shape[0] / num_processes)
    chunks = [arr[i:i + chunk_size] for i in range(0, arr.shape[0], chunk_size)]

    pool = ctx.Pool(processes=num_processes)
    results = pool.map(worker, chunks)

    return sum(results)


def example1(arr, ctx):
    # The article's main block after `print(arr)`, without the prints.
    pool = ctx.Pool(ctx.cpu_count())
    result = pool.map(multiply_elements, [arr[i:i+1]
                                          for i in range(0, 100, 1)])
    return result


# --- Not in the article: the pool of Example 2 made beforehand. ---

def chunks_of(arr):
    num_processes = 4
    chunk_size = int(arr.shape[0] / num_processes)
    return [arr[i:i + chunk_size] for i in range(0, arr.shape[0], chunk_size)]


def timed(function, check, repetitions=REPETITIONS):
    """Runs function() `repetitions` times; returns the wall times. check(result) -> bool."""
    times = []
    for _ in range(repetitions):
        gc.collect()
        start_time = time.perf_counter()
        result = function()
        end_time = time.perf_counter()
        times.append(end_time - start_time)
        if not check(result):
            raise WrongAnswer(f"{function!r} returned {result!r}")
        del result
        gc.collect()
    return times


class WrongAnswer(Exception):
    pass


def summary(name, example, start_method, processes, times, what):
    return {
        "name": name,
        "example": example,
        "start_method": start_method,
        "processes": processes,
        "repetitions": len(times),
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "times_s": times,
        "what": what,
    }


def main(argv):
    if len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    np.random.seed(0)
    arr1 = np.random.randint(0, 100, (100,))
    arr2 = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expected_doubled = arr1 * 2

    def check_doubled(result):
        return (len(result) == 100 and all(r.shape == (1,) for r in result)
                and np.array_equal(np.concatenate(result), expected_doubled))

    def check_sum(result):
        return result == 55

    results = []
    results.append(summary(
        "example2_single_sum", 2, None, 1,
        timed(lambda: single_process_sum(arr2), check_sum),
        "np.sum of 1..10 in this process"))
    for method in START_METHODS:
        ctx = mp.get_context(method)
        results.append(summary(
            "example1_pool_map", 1, method, ctx.cpu_count(),
            timed(lambda: example1(arr1, ctx), check_doubled),
            "pool creation + pool.map doubling 100 one-element slices"))
        results.append(summary(
            "example2_pool_sum", 2, method, 4,
            timed(lambda: multi_process_sum(arr2, ctx), check_sum),
            "pool creation + pool.map of np.sum over 5 chunks of 2 + sum (the article's window)"))
        with ctx.Pool(processes=4) as pool:
            chunks = chunks_of(arr2)
            pool.map(worker, chunks)  # every worker has started and imported NumPy
            warm = timed(lambda: sum(pool.map(worker, chunks)), check_sum)
        results.append(summary(
            "example2_pool_sum_warm", 2, method, 4, warm,
            "pool.map of np.sum over 5 chunks of 2 + sum on an existing pool (not in the article)"))
    leftover = mp.active_children()
    for child in leftover:
        child.join(5)

    report = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "default_start_method": mp.get_start_method(),
        "repetitions": REPETITIONS,
        "article_reported_s": ARTICLE_REPORTED_S,
        "results": results,
    }

    print(f"The article's examples: Python {report['python']}, NumPy {report['numpy']}, "
          f"{report['cpu_count']} CPUs, default start method {report['default_start_method']}; "
          f"median (min-max) of {REPETITIONS}, seconds", file=sys.stderr)
    for r in results:
        method = r["start_method"] or "-"
        print(f"  {r['name']:<24} {method:<6} {r['processes']:>2} processes  "
              f"{r['median_s']:.3g} ({r['min_s']:.3g}-{r['max_s']:.3g})  {r['what']}",
              file=sys.stderr)
    print("  results checked: arr * 2 for Example 1, 55 for every sum", file=sys.stderr)

    text = json.dumps(report, indent=2) + "\n"
    if len(argv) == 2:
        with open(argv[1], "w", encoding="utf-8") as out:
            out.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except WrongAnswer as error:
        print(f"article.py: wrong answer: {error}", file=sys.stderr)
        sys.exit(1)
