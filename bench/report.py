#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Markdown tables and a throughput plot from one run of parray_bench (see bench/run).

    bench/report.py RESULTS.json [MORE.json ...] [--probe-before F] [--probe-after F] [--python F]
                    [--numpy-workloads F] [--md OUT.md] [--png OUT.png]
                    [--workloads-png OUT.png] [--compiler S] [--cpu S] [--build-type S]
                    [--cxx-flags S] [--commit S]

RESULTS.json is Google Benchmark's JSON (--benchmark_out_format=json), best with
--benchmark_report_aggregates_only=true. Medians come from the `_median` rows (or from the
repetitions when there are no aggregates); min and max are shown only when the JSON has them
(`_min`/`_max` rows or per-repetition rows). The probe files default to RESULTS-probe-before.json
and RESULTS-probe-after.json beside RESULTS.json, the Python file (bench/python/article.py) to
RESULTS-python.json, NumPy's workloads (bench/python/workloads.py) to
RESULTS-numpy-workloads.json, the outputs to RESULTS.md, RESULTS.png and RESULTS-workloads.png
(a bar plot of the `workloads/` group, made when the run has it); a missing file or field leaves
its part out. --compiler etc. override the `parray_*` keys that bench/run stores in the JSON's
context (--benchmark_context).

Several RESULTS.json files (parray_bench's, then parray_bench_xtensor_tbb's, as bench/run passes
them) are read as one run: their "benchmarks" arrays are joined, the first file's context kept,
and the default paths of the other files and outputs follow the first.

The `workloads/<workload>/<method>` group gets a table of its own: one row per method and
workload with its time, its speed-up over the serial loop, and how many times faster it is than
OpenMP and than NumPy, and a bar plot.

Methods are classified by name: `parray*` are parray's; names containing `memcpy` or
`read_bandwidth` are references; `openmp_*`, `tbb_*`, `xtensor_tbb*` (xtensor built with
XTENSOR_USE_TBB) and `std_*_par` (std::execution::par) are parallel peers; `serial_*`, `std_*`,
other `xtensor_*` (`xtensor_serial` included) and `numpy_order_serial` serial baselines.
Standard library and matplotlib only.
"""

import argparse
import json
import math
import os
import re
import statistics
import sys

TIME_TYPES = ("real_time", "process_time", "manual_time")
TO_NS = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}
GROUP_ORDER = ("sum", "map", "overhead", "scaling", "layout", "axis0_sum", "axis1_sum",
               "expression")
KIND_ORDER = ("parray", "parallel", "serial", "reference", "other")
DASH = "–"

# The parray benchmarks that do the work of the article's Python examples, best first.
PYTHON_COUNTERPARTS = {
    "example2_single_sum": ["overhead/parray_default/n:10"],
    "example2_pool_sum": ["overhead/parray_default/n:10", "overhead/parray_two_chunks/n:10"],
    "example2_pool_sum_warm": ["overhead/parray_two_chunks/n:10"],
    "example1_pool_map": ["chunks/parray_parallel_map_chunks/n:100"],
}
PYTHON_LABELS = {
    "example1_pool_map": "Example 1: pool.map doubling 100 ints (pool creation included)",
    "example2_single_sum": "Example 2: np.sum of 1..10, one process",
    "example2_pool_sum": "Example 2: pool of 4 sums 1..10 (pool creation included)",
    "example2_pool_sum_warm": "Example 2 on an existing pool of 4 (not in the article)",
}


# --------------------------------------------------------------------------------- reading

def load_json(path):
    if not path or not os.path.exists(path):
        return None
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as error:
        print(f"report.py: ignoring {path}: {error}", file=sys.stderr)
        return None


def canonical(run_name):
    """The run name without its time-type component: sum/x/n:10/real_time -> sum/x/n:10."""
    return "/".join(p for p in run_name.split("/") if p not in TIME_TYPES)


def parse_name(run_name):
    """(group, method, args): args a tuple of (name, value) pairs in the name's order."""
    parts = [p for p in run_name.split("/") if p not in TIME_TYPES]
    group = parts[0] if parts else run_name
    method = None
    args = []
    for part in parts[1:]:
        match = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*):(.*)", part)
        if match:
            args.append((match.group(1), match.group(2)))
        elif method is None and not args:
            method = part
        else:
            args.append(("", part))
    return group, method or group, tuple(args)


def kind_of(method):
    if method.startswith("parray"):
        return "parray"
    if "memcpy" in method or "read_bandwidth" in method:
        return "reference"
    if method.startswith(("openmp_", "tbb_", "xtensor_tbb")) or (
            method.startswith("std_") and method.endswith("_par")):
        return "parallel"
    if method.startswith(("serial_", "std_", "xtensor_")) or method == "numpy_order_serial":
        return "serial"
    return "other"


def as_number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def time_ns(entry):
    value = as_number(entry.get("real_time"))
    if value is None:
        return None
    return value * TO_NS.get(entry.get("time_unit", "ns"), 1.0)


def collect(document):
    """{run name: result dict} from a Google Benchmark JSON document, in the JSON's order."""
    if not document:
        return {}
    raw = {}
    for entry in document.get("benchmarks", []) or []:
        if not isinstance(entry, dict) or "name" not in entry:
            continue
        run_name = entry.get("run_name") or entry["name"]
        slot = raw.setdefault(run_name, {"reps": [], "agg": {}, "error": None,
                                         "threads": entry.get("threads"), "family": None})
        family = entry.get("family_index")
        if isinstance(family, int) and (slot["family"] is None or family < slot["family"]):
            slot["family"] = family
        if entry.get("error_occurred"):
            slot["error"] = entry.get("error_message") or "error"
        if entry.get("run_type") == "aggregate":
            slot["agg"][entry.get("aggregate_name", "")] = entry
        else:
            slot["reps"].append(entry)

    results = {}
    for run_name, slot in raw.items():
        group, method, args = parse_name(run_name)
        threads = slot["threads"]
        if not any(k == "threads" for k, _ in args) and isinstance(threads, int) and threads > 1:
            args = args + (("threads", str(threads)),)
        reps = [e for e in slot["reps"] if not e.get("error_occurred")]
        agg = slot["agg"]
        rep_times = [t for t in (time_ns(e) for e in reps) if t is not None]
        median_entry = agg.get("median")
        if median_entry is not None:
            median = time_ns(median_entry)
            counters = median_entry
        elif rep_times:
            median = statistics.median(rep_times)
            counters = {}
            for key in ("bytes_per_second", "items_per_second"):
                values = [as_number(e.get(key)) for e in reps]
                values = [v for v in values if v is not None]
                if values:
                    counters[key] = statistics.median(values)
        else:
            median, counters = None, {}
        if "min" in agg and "max" in agg:
            low, high = time_ns(agg["min"]), time_ns(agg["max"])
        elif len(rep_times) >= 2:
            low, high = min(rep_times), max(rep_times)
        else:
            low = high = None
        cv = None
        if "cv" in agg:
            cv = as_number(agg["cv"].get("real_time"))
        elif len(rep_times) >= 2 and statistics.mean(rep_times) > 0:
            cv = statistics.stdev(rep_times) / statistics.mean(rep_times)
        repetitions = None
        for entry in list(agg.values()) + reps:
            repetitions = entry.get("repetitions", repetitions)
        results[run_name] = {
            "run_name": run_name, "key": canonical(run_name), "group": group,
            "method": method, "kind": kind_of(method), "args": args,
            "median": median, "min": low, "max": high, "cv": cv,
            "bytes_per_second": as_number(counters.get("bytes_per_second")),
            "items_per_second": as_number(counters.get("items_per_second")),
            "error": slot["error"],
            "repetitions": repetitions,
            # Registration order: the JSON's order is shuffled by random interleaving.
            "family": slot["family"] if slot["family"] is not None else len(results),
            # The row user counters are read from (the workloads' answers).
            "entry": median_entry if median_entry is not None else (reps[0] if reps else {}),
        }
    return results


# ------------------------------------------------------------------------------ formatting

def round_sig(x, digits=3):
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def sig3(x):
    """x to 3 significant digits, without an exponent: 83.2, 5.30, 0.0172, 982,000."""
    if x is None or not isinstance(x, (int, float)) or not math.isfinite(x):
        return DASH
    if x == 0:
        return "0"
    x = round_sig(x)
    decimals = 2 - math.floor(math.log10(abs(x)))
    if decimals <= 0:
        return f"{int(round(x)):,}"
    return f"{x:.{decimals}f}"


def time_unit(ns):
    ns = abs(round_sig(ns))
    if ns < 1e3:
        return "ns", 1.0
    if ns < 1e6:
        return "µs", 1e3
    if ns < 1e9:
        return "ms", 1e6
    return "s", 1e9


def fmt_time(ns, low=None, high=None):
    if ns is None or not math.isfinite(ns):
        return DASH
    unit, scale = time_unit(ns)
    text = f"{sig3(ns / scale)} {unit}"
    if low is not None and high is not None:
        text += f" ({sig3(low / scale)}{DASH}{sig3(high / scale)})"
    return text


def fmt_seconds(s):
    return fmt_time(s * 1e9) if s is not None else DASH


def fmt_arg(value):
    number = as_number(value)
    if number is None or number != int(number) or number < 0:
        return str(value)
    n = int(number)
    if n >= 1000:
        k = round(math.log10(n))
        if 10 ** k == n:
            return f"10^{k}"
        k = round(math.log2(n))
        if 2 ** k == n:
            return f"2^{k}"
    return f"{n:,}" if n >= 10000 else str(n)


def arg_sort_key(args):
    key = []
    for _, value in args:
        number = as_number(value)
        key.append((0, number, "") if number is not None else (1, 0.0, str(value)))
    return key


def md_escape(text):
    return str(text).replace("|", "\\|")


# ---------------------------------------------------------------------------------- tables

def ordered_groups(results):
    first = {}
    for r in results.values():
        first[r["group"]] = min(first.get(r["group"], r["family"]), r["family"])
    known = [g for g in GROUP_ORDER if g in first]
    return known + sorted((g for g in first if g not in GROUP_ORDER),
                          key=lambda g: (g == "probe", first[g]))  # the probe last


def group_table(group, rows):
    """Markdown lines for one group: rows = arguments, columns = methods, then ratios."""
    family = {}
    for r in rows:
        family[r["method"]] = min(family.get(r["method"], r["family"]), r["family"])
    # parray first, then parallel peers, serial baselines, references; registration order within.
    methods = sorted(family, key=lambda m: (KIND_ORDER.index(kind_of(m)), family[m], m))
    by_cell = {(r["args"], r["method"]): r for r in rows}
    arg_rows = sorted({r["args"] for r in rows}, key=arg_sort_key)
    arg_names = []
    for args in arg_rows:
        for name, _ in args:
            if name not in arg_names:
                arg_names.append(name)

    parrays = [m for m in methods if kind_of(m) == "parray"]
    peers = [m for m in methods if kind_of(m) == "parallel"]
    references = [m for m in methods if kind_of(m) == "reference" and "1_thread" not in m]

    header = [", ".join(n or "arg" for n in arg_names) or "arguments"]
    header += [f"**{m}**" if kind_of(m) == "parray" else m for m in methods]
    ratio_columns = []
    if parrays and peers:
        for p in parrays:
            label = "parray" if len(parrays) == 1 else p
            ratio_columns.append(("peer", p, None, f"*{label} / best parallel peer*"))
    if parrays:
        for ref in references:
            for p in parrays:
                label = "parray" if len(parrays) == 1 else p
                ref_label = {"memcpy_2_threads": "2-thread memcpy",
                             "read_bandwidth_2_threads": "2-thread read bandwidth"}.get(ref, ref)
                ratio_columns.append(("ref", p, ref, f"*{label} vs {ref_label}*"))
    header += [c[3] for c in ratio_columns]

    lines = ["| " + " | ".join(md_escape(h) for h in header) + " |",
             "|" + "---|" + "---:|" * (len(header) - 1)]
    for args in arg_rows:
        values = dict(args)
        cells = [", ".join(fmt_arg(values[n]) if n in values else DASH for n in arg_names)]
        for m in methods:
            r = by_cell.get((args, m))
            if r is None:
                cells.append(DASH)
            elif r["error"]:
                cells.append("ERROR")
            else:
                text = fmt_time(r["median"], r["min"], r["max"])
                cells.append(f"**{text}**" if r["kind"] == "parray" else text)
        for kind, p, ref, _ in ratio_columns:
            mine = by_cell.get((args, p))
            if mine is None or mine["error"] or not mine["median"]:
                cells.append(DASH)
                continue
            if kind == "peer":
                timed = [(by_cell[(args, q)]["median"], q) for q in peers
                         if (args, q) in by_cell and not by_cell[(args, q)]["error"]
                         and by_cell[(args, q)]["median"]]
                if timed:
                    best, name = min(timed)
                    cells.append(f"{sig3(mine['median'] / best)} ({name})")
                else:
                    cells.append(DASH)
            else:
                other = by_cell.get((args, ref))
                if other is None or other["error"] or not other["median"]:
                    cells.append(DASH)
                elif mine["bytes_per_second"] and other["bytes_per_second"]:
                    cells.append(sig3(mine["bytes_per_second"] / other["bytes_per_second"]))
                else:
                    cells.append(sig3(other["median"] / mine["median"]))
        lines.append("| " + " | ".join(md_escape(c) for c in cells) + " |")

    notes = []
    if any(c[0] == "peer" for c in ratio_columns):
        notes.append("*parray / best parallel peer*: parray's median time over the fastest "
                     "parallel peer's (named) with the same arguments; below 1, parray is faster.")
    if any(c[0] == "ref" for c in ratio_columns):
        notes.append("*parray vs reference*: parray's throughput as a fraction of the "
                     "reference's (bytes per second where both report it, else time ratio).")
    cvs = [(r["cv"], r["run_name"]) for r in rows if r["cv"] is not None and not r["error"]]
    if cvs:
        worst = max(cvs)
        notes.append(f"Coefficient of variation of the repetitions: median "
                     f"{sig3(100 * statistics.median(c for c, _ in cvs))}%, largest "
                     f"{sig3(100 * worst[0])}% (`{worst[1]}`).")
    errors = [r for r in rows if r["error"]]
    for r in errors:
        notes.append(f"**ERROR** `{r['run_name']}`: {r['error']}")
    return lines, notes


# ---------------------------------------------------------------------------------- regime

def probe_ratio(results):
    """(t1 / tT, T) from the probe/ rows of a results dict, or None."""
    probes = [r for r in results.values() if r["group"] == "probe" and not r["error"]
              and r["median"]]
    if not probes:
        return None
    methods = [r["method"] for r in probes]
    method = "compute" if "compute" in methods else methods[0]
    by_threads = {}
    for r in probes:
        if r["method"] != method:
            continue
        threads = dict(r["args"]).get("threads")
        threads = as_number(threads)
        if threads is not None:
            by_threads[int(threads)] = r["median"]
    if 1 not in by_threads or len(by_threads) < 2:
        return None
    most = max(by_threads)
    return by_threads[1] / by_threads[most], most


def regime_line(phases):
    """phases: [(label, (ratio, threads) or None)]."""
    known = [(label, value) for label, value in phases if value is not None]
    if not known:
        return ("**Regime: unknown** (the `probe/` benchmarks did not run, so whether the "
                "host let every vCPU run is not known).")
    threads = known[0][1][1]

    def verdict(ratio, t):
        if ratio >= 0.875 * t:
            return 2, ("both vCPUs available" if t == 2 else f"all {t} threads ran")
        if ratio <= 1.25:
            return 0, "vCPUs squeezed: the host ran the threads about as one"
        return 1, "vCPUs partly available"

    verdicts = [verdict(ratio, t) for _, (ratio, t) in known]
    worst = min(verdicts)[1]
    changed = len({v[0] for v in verdicts}) > 1
    parts = [f"{value[0]:.2f} {label}" if value else f"unknown {label}" for label, value in
             phases]
    text = (f"**Regime: {worst}**{' (changed during the run)' if changed else ''}: "
            f"1-thread/{threads}-thread compute time ratio {', '.join(parts)} "
            f"({threads} means every thread had its own CPU, 1 that the host ran them as one).")
    return text


# ---------------------------------------------------------------------------------- python

def python_section(python, results):
    if not python or not python.get("results"):
        return []
    by_key = {r["key"]: r for r in results.values()}
    reported = python.get("article_reported_s", {}) or {}
    lines = ["## Python (the article's examples)", "",
             f"`bench/python/article.py`: the article's code as it is written, timed with "
             f"`time.perf_counter()`; Python {python.get('python', '?')}, NumPy "
             f"{python.get('numpy', '?')}, {python.get('cpu_count', '?')} CPUs, median "
             f"(min{DASH}max) of {python.get('repetitions', '?')}. Every result was checked "
             f"(arr * 2, sums of 55).", "",
             "| Python | start method | processes | time | article's figure | parray "
             "counterpart | parray time | Python / parray |",
             "|---|---|---:|---:|---:|---|---:|---:|"]
    for r in python["results"]:
        name = r.get("name", "?")
        median = r.get("median_s")
        low, high = r.get("min_s"), r.get("max_s")
        py_time = (fmt_time(median * 1e9, low * 1e9, high * 1e9)
                   if None not in (median, low, high) else fmt_seconds(median))
        article = fmt_seconds(reported[name]) if name in reported else DASH
        first = [md_escape(PYTHON_LABELS.get(name, name)), r.get("start_method") or DASH,
                 str(r.get("processes", DASH)), py_time, article]
        counterparts = [by_key[k] for k in PYTHON_COUNTERPARTS.get(name, []) if k in by_key
                        and not by_key[k]["error"] and by_key[k]["median"]]
        if not counterparts:
            lines.append("| " + " | ".join(first + ["none in this run", DASH, DASH]) + " |")
        for c in counterparts:
            ratio = median * 1e9 / c["median"] if median else None
            lines.append("| " + " | ".join(first + [f"`{c['key']}`", fmt_time(c["median"]),
                                                     f"{sig3(ratio)}×"]) + " |")
    lines += ["",
              "Python / parray: how many times parray's median is shorter. Not like for like: "
              "parray's counterparts work on doubles, the article on int64 (`overhead/*/n:10` "
              "sum 1..10; `chunks/parray_parallel_map_chunks/n:100` doubles 100 one-element "
              "chunks, the article's Example 1 pattern); the "
              "article's pool timings include starting the processes (its timing window), "
              "while parray's pool is started once per program and not timed. "
              "`parray_default` runs 10 elements on the calling thread, `parray_two_chunks` "
              "forces a round trip through the pool; the warm-pool row is the per-call "
              "comparison with the processes already running.", ""]
    return lines


# ------------------------------------------------------------------------------- workloads

WORKLOADS = "workloads"
WORKLOAD_LABELS = {
    "pi": "Monte-Carlo pi: 1000 blocks of 10^4 points",
    "heat": "heat stencil: 20 steps on 2000 x 2000",
    "zscore": "column z-scores of 10^6 x 8",
    "mandelbrot": "Mandelbrot rows: 1000 x 1000, 256 iterations",
}
WORKLOAD_COLORS = {"parray": "tab:red", "parallel": "tab:blue", "serial": "tab:gray",
                   "numpy": "tab:green", "reference": "tab:olive", "other": "tab:purple"}


def workload_parts(run_name):
    """(workload, method) of workloads/<workload>/<method>."""
    parts = [p for p in run_name.split("/") if p not in TIME_TYPES]
    return (parts[1] if len(parts) > 1 else "?", parts[2] if len(parts) > 2 else "?")


def workload_methods(rows, numpy):
    """{workload: [method dict]} in registration order, NumPy's time (when known) last."""
    by_workload = {}
    for r in sorted(rows, key=lambda r: r["family"]):
        workload, method = workload_parts(r["run_name"])
        by_workload.setdefault(workload, []).append({
            "method": method, "kind": kind_of(method), "median": r["median"], "min": r["min"],
            "max": r["max"], "cv": r["cv"], "error": r["error"], "answers": r["entry"] or {},
            "run_name": r["run_name"]})
    numpy_results = {e.get("name"): e for e in (numpy or {}).get("results", []) or []
                     if isinstance(e, dict)}
    for workload, methods in by_workload.items():
        entry = numpy_results.get(workload)
        if not entry or as_number(entry.get("median_s")) is None:
            continue
        low, high = as_number(entry.get("min_s")), as_number(entry.get("max_s"))
        methods.append({
            "method": "numpy", "kind": "numpy", "median": entry["median_s"] * 1e9,
            "min": low * 1e9 if low is not None else None,
            "max": high * 1e9 if high is not None else None, "cv": None, "error": None,
            "answers": entry.get("answer", {}) or {}, "run_name": f"numpy {workload}"})
    return by_workload


def reference_time(methods, pick):
    for m in methods:
        if pick(m["method"]) and not m["error"] and m["median"]:
            return m["median"]
    return None


def workloads_section(rows, numpy, png_name):
    by_workload = workload_methods(rows, numpy)
    lines = [f"## {WORKLOADS}", "",
             "Small programs as users write them (`bench/bench_workloads.cpp`; NumPy: "
             "`bench/python/workloads.py`, one process). Bar plot: "
             f"`{png_name}`.", "",
             "| workload | method | time | speed-up over serial_loop | vs OpenMP | vs NumPy |",
             "|---|---|---:|---:|---:|---:|"]
    notes = []
    for workload, methods in by_workload.items():
        serial = reference_time(methods, lambda name: name == "serial_loop")
        openmp = reference_time(methods, lambda name: name.startswith("openmp_"))
        numpy_time = reference_time(methods, lambda name: name == "numpy")
        for index, m in enumerate(methods):
            # The workload's name on its first row only.
            label = f"`{workload}`" if index == 0 else ""
            method = f"**{m['method']}**" if m["kind"] == "parray" else m["method"]
            if m["error"]:
                cells = ["ERROR", DASH, DASH, DASH]
            else:
                time = fmt_time(m["median"], m["min"], m["max"])
                cells = [f"**{time}**" if m["kind"] == "parray" else time]
                for other in (serial, openmp, numpy_time):
                    cells.append(f"{sig3(other / m['median'])}×" if other and m["median"]
                                 else DASH)
            lines.append("| " + " | ".join(md_escape(c) for c in [label, method] + cells) + " |")
        # NumPy draws the same pi points, runs the same heat arithmetic from the same start and
        # the same Mandelbrot arithmetic: its answers must be parray_bench's.
        numpy_answers = next((m["answers"] for m in methods if m["kind"] == "numpy"), {})
        for name, value in numpy_answers.items():
            ours = {as_number(m["answers"].get(name)) for m in methods
                    if m["kind"] != "numpy" and not m["error"]}
            ours.discard(None)
            if not ours:
                continue
            if ours == {as_number(value)}:
                notes.append(f"{workload}: NumPy's `{name}` equals every C++ method's "
                             f"({value}).")
            else:
                notes.append(f"**{workload}: NumPy's `{name}` ({value}) differs from the C++ "
                             f"methods' ({', '.join(f'{v:.17g}' for v in sorted(ours))}).**")
    lines.append("")
    lines.append("; ".join(f"`{w}`: {WORKLOAD_LABELS[w]}" for w in by_workload
                           if w in WORKLOAD_LABELS) + ".")
    lines.append("")
    lines.append("*speed-up over serial_loop*: the serial loop's median time over this one's; "
                 "*vs OpenMP*, *vs NumPy*: OpenMP's (the workload's `openmp_*` method) and "
                 "NumPy's time over this one's. Above 1, this method is faster. `serial_loop` is "
                 "a plain loop on one thread, `xtensor_*` the NumPy-style code evaluated by "
                 "xtensor on one thread, `openmp_dynamic` `schedule(dynamic)` (costly, uneven "
                 "iterations), the other OpenMP loops the static schedule. parray's methods use "
                 "no options. Every C++ answer was checked against the serial loop's: bit for "
                 "bit (pi, heat, mandelbrot), within 1e-9 (zscore, whose sums run in another "
                 "order).")
    if numpy is None:
        lines.append("NumPy: not in this run (`bench/python/workloads.py`).")
    lines.append("")
    cvs = [(m["cv"], m["run_name"]) for methods in by_workload.values() for m in methods
           if m["cv"] is not None and not m["error"]]
    if cvs:
        worst = max(cvs)
        notes.append(f"Coefficient of variation of the repetitions: median "
                     f"{sig3(100 * statistics.median(c for c, _ in cvs))}%, largest "
                     f"{sig3(100 * worst[0])}% (`{worst[1]}`).")
    for methods in by_workload.values():
        for m in methods:
            if m["error"]:
                notes.append(f"**ERROR** `{m['run_name']}`: {m['error']}")
    if notes:
        lines += notes + [""]
    return lines


def workloads_plot(results, numpy, png, title):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    by_workload = workload_methods(
        [r for r in results.values() if r["group"] == WORKLOADS], numpy)
    workloads = [w for w, methods in by_workload.items()
                 if any(not m["error"] and m["median"] for m in methods)]
    if not workloads:
        return
    ncols = min(2, len(workloads))
    nrows = math.ceil(len(workloads) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(7.2 * ncols, 3.4 * nrows), squeeze=False)
    for index, workload in enumerate(workloads):
        ax = axes[index // ncols][index % ncols]
        methods = [m for m in by_workload[workload] if not m["error"] and m["median"]]
        serial = reference_time(methods, lambda name: name == "serial_loop")
        times = [m["median"] / 1e6 for m in methods]
        positions = range(len(methods))
        bars = ax.barh(positions, times, color=[WORKLOAD_COLORS[m["kind"]] for m in methods])
        ax.set_yticks(list(positions))
        ax.set_yticklabels([m["method"] for m in methods])
        ax.invert_yaxis()
        labels = [fmt_time(m["median"]) +
                  (f", {sig3(serial / m['median'])}× serial" if serial else "")
                  for m in methods]
        ax.bar_label(bars, labels=labels, padding=3, fontsize=8)
        if max(times) > 10 * min(times):
            ax.set_xscale("log")
            ax.set_xlim(min(times) / 1.5, max(times) * 8)
        else:
            ax.set_xlim(0, max(times) * 1.6)
        ax.set_xlabel("median time, ms")
        ax.set_title(WORKLOAD_LABELS.get(workload, workload))
        ax.grid(True, axis="x", which="both", alpha=0.3)
    for index in range(len(workloads), nrows * ncols):
        axes[index // ncols][index % ncols].axis("off")
    fig.suptitle(title + "\nshorter is faster; red: parray, blue: OpenMP and oneTBB, grey: "
                 "serial, green: NumPy (one process)")
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.4 / (3.4 * nrows)))
    fig.savefig(png, dpi=110)
    plt.close(fig)


# ------------------------------------------------------------------------------------ plot

def plot(results, png, title):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import ticker

    panels = []
    for group in ordered_groups(results):
        rows = [r for r in results.values() if r["group"] == group and not r["error"]
                and r["median"] and as_number(dict(r["args"]).get("n")) is not None]
        if not rows:
            continue
        distinct = {}
        for r in rows:
            for name, value in r["args"]:
                if as_number(value) is not None:
                    distinct.setdefault(name, set()).add(as_number(value))
        x_arg = "n"
        if len(distinct.get("n", ())) < 2:
            for name, values in distinct.items():
                if len(values) >= 2:
                    x_arg = name
                    break
        if all(r["bytes_per_second"] for r in rows):
            metric, ylabel = "bytes", "GB/s (10^9 bytes per second)"
        elif all(r["items_per_second"] for r in rows):
            metric, ylabel = "items", "10^9 items per second"
        else:
            metric, ylabel = "elements", "10^9 elements (n) per second"
        panels.append((group, rows, x_arg, metric, ylabel))

    if not panels:
        fig, ax = plt.subplots(figsize=(6, 2))
        ax.axis("off")
        ax.text(0.5, 0.5, "no benchmark with an n argument in this run", ha="center")
        fig.suptitle(title)
        fig.savefig(png, dpi=110)
        plt.close(fig)
        return

    ncols = min(3, len(panels))
    nrows = math.ceil(len(panels) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(6.4 * ncols, 4.8 * nrows), squeeze=False)
    styles = {"parray": "-", "parallel": "-", "serial": ":", "reference": "--", "other": "-"}
    for index, (group, rows, x_arg, metric, ylabel) in enumerate(panels):
        ax = axes[index // ncols][index % ncols]
        series = {}
        for r in rows:
            rest = [f"{k}:{v}" for k, v in r["args"] if k != x_arg and k != "n"
                    and len(distinct_values(rows, k)) > 1]
            label = r["method"] + (" " + " ".join(rest) if rest else "")
            x = as_number(dict(r["args"]).get(x_arg))
            if metric == "bytes":
                y = r["bytes_per_second"] / 1e9
            elif metric == "items":
                y = r["items_per_second"] / 1e9
            else:
                y = as_number(dict(r["args"])["n"]) / (r["median"] * 1e-9) / 1e9
            if x is not None and y and y > 0:
                series.setdefault((KIND_ORDER.index(r["kind"]), r["family"], label),
                                  []).append((x, y, r))
        colors = plt.get_cmap("tab10" if len(series) <= 10 else "tab20").colors
        for i, ((_, _, label), points) in enumerate(sorted(series.items(),
                                                            key=lambda s: s[0])):
            points.sort(key=lambda p: p[0])
            kind = points[0][2]["kind"]
            ax.plot([p[0] for p in points], [p[1] for p in points],
                    linestyle=styles[kind], marker="o",
                    linewidth=3.2 if kind == "parray" else 1.3,
                    markersize=6 if kind == "parray" else 4,
                    color=colors[i % len(colors)], label=label,
                    zorder=3 if kind == "parray" else 2)
        plain = ticker.FuncFormatter(lambda v, _: f"{v:g}")
        ax.set_xscale("log", base=2 if x_arg == "threads" else 10)
        xs = sorted({p[0] for points in series.values() for p in points})
        if 0 < len(xs) <= 8:  # tick the measured x values, labelled like the tables
            ax.set_xticks(xs)
            ax.set_xticklabels([fmt_arg(int(x)) if x == int(x) else f"{x:g}" for x in xs])
            ax.xaxis.set_minor_formatter(ticker.NullFormatter())
            if len(xs) == 1:
                ax.set_xlim(xs[0] / 3, xs[0] * 3)
        ys = [p[1] for points in series.values() for p in points]
        if ys and max(ys) < 10 * min(ys):
            ax.set_ylim(bottom=0, top=1.1 * max(ys))  # within a decade: linear reads better
        else:
            ax.set_yscale("log")
            if ys and max(ys) < 1000 * min(ys):
                ax.yaxis.set_major_locator(ticker.LogLocator(subs=(1.0, 2.0, 5.0)))
            ax.yaxis.set_major_formatter(plain)
            ax.yaxis.set_minor_formatter(ticker.NullFormatter())
        ax.set_xlabel(x_arg)
        ax.set_ylabel(ylabel)
        fixed = [f"{k} = {fmt_arg(next(iter(v)))}" for k, v in
                 ((k, distinct_values(rows, k)) for k in arg_names_of(rows))
                 if k != x_arg and len(v) == 1]
        ax.set_title(group + (f" ({', '.join(fixed)})" if fixed else ""))
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7, loc="best")
    for index in range(len(panels), nrows * ncols):
        axes[index // ncols][index % ncols].axis("off")
    fig.suptitle(title + "\nmedian throughput; thick lines: parray, dotted: serial, dashed: "
                 "references; y linear where the data span less than 10x, else log")
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.5 / (4.8 * nrows)))
    fig.savefig(png, dpi=110)
    plt.close(fig)


def distinct_values(rows, name):
    return {dict(r["args"]).get(name) for r in rows}


def arg_names_of(rows):
    names = []
    for r in rows:
        for name, _ in r["args"]:
            if name not in names:
                names.append(name)
    return names


# ------------------------------------------------------------------------------------ main

def human_bytes(size):
    for unit, scale in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale and size % scale == 0:
            return f"{size // scale} {unit}"
    return f"{size} B"


def describe_caches(caches):
    parts = []
    for c in caches or []:
        try:
            kind = {"Data": "d", "Instruction": "i"}.get(c.get("type"), "")
            text = f"L{c['level']}{kind} {human_bytes(int(c['size']))}"
            if int(c.get("num_sharing", 1)) > 1:
                text += f" (shared by {c['num_sharing']})"
            parts.append(text)
        except (KeyError, TypeError, ValueError):
            continue
    return ", ".join(parts)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", help="Google Benchmark JSON of the main run")
    parser.add_argument("more_results", nargs="*", metavar="more.json",
                        help="more Google Benchmark JSON of the same run (other programs)")
    parser.add_argument("--probe-before")
    parser.add_argument("--probe-after")
    parser.add_argument("--python", dest="python_json")
    parser.add_argument("--numpy-workloads", dest="numpy_workloads_json")
    parser.add_argument("--md")
    parser.add_argument("--png")
    parser.add_argument("--workloads-png")
    parser.add_argument("--compiler")
    parser.add_argument("--cpu")
    parser.add_argument("--build-type")
    parser.add_argument("--cxx-flags")
    parser.add_argument("--commit")
    args = parser.parse_args(argv[1:])

    stem = args.results[:-5] if args.results.endswith(".json") else args.results
    document = load_json(args.results)
    if document is None:
        print(f"report.py: cannot read {args.results}", file=sys.stderr)
        return 1
    for path in args.more_results:
        more = load_json(path)
        if more is None:
            print(f"report.py: cannot read {path}", file=sys.stderr)
            return 1
        document.setdefault("benchmarks", [])
        document["benchmarks"] += more.get("benchmarks", []) or []
    results = collect(document)
    context = document.get("context", {}) or {}
    probe_before = load_json(args.probe_before or stem + "-probe-before.json")
    probe_after = load_json(args.probe_after or stem + "-probe-after.json")
    python = load_json(args.python_json or stem + "-python.json")
    numpy_workloads = load_json(args.numpy_workloads_json or stem + "-numpy-workloads.json")
    md_path = args.md or stem + ".md"
    png_path = args.png or stem + ".png"
    workloads_png_path = args.workloads_png or stem + "-workloads.png"
    has_workloads = any(r["group"] == WORKLOADS for r in results.values())

    def info(option, key):
        return option if option else context.get(key)

    cpu = info(args.cpu, "parray_cpu") or "CPU not recorded"
    compiler = info(args.compiler, "parray_compiler")
    build_type = info(args.build_type, "parray_build_type")
    flags = info(args.cxx_flags, "parray_cxx_flags")
    commit = info(args.commit, "parray_commit")
    date = str(context.get("date", ""))
    day = date[:10] if date else "date not recorded"

    lines = [f"# parray benchmarks: {day}, {cpu}", ""]
    cpu_line = f"- CPU: {cpu}"
    if context.get("num_cpus"):
        cpu_line += f", {context['num_cpus']} CPUs"
    if context.get("mhz_per_cpu"):
        cpu_line += f" at {context['mhz_per_cpu']} MHz"
    caches = describe_caches(context.get("caches"))
    if caches:
        cpu_line += f"; caches {caches}"
    lines.append(f"- Date: {date or 'not recorded'}")
    lines.append(cpu_line)
    build = [compiler or "compiler not recorded"]
    if build_type:
        build.append(f"CMake build type {build_type}")
    if flags:
        build.append(f"flags `{flags.strip()}`")
    lines.append("- Compiler: " + ", ".join(build))
    if commit:
        lines.append(f"- parray commit: {commit}")
    bench_info = []
    if context.get("library_build_type"):
        bench_info.append(f"Google Benchmark library built as {context['library_build_type']}")
    if context.get("load_avg"):
        bench_info.append("load average at the start " +
                          ", ".join(f"{x:.2f}" for x in context["load_avg"]))
    if context.get("cpu_scaling_enabled"):
        bench_info.append("CPU frequency scaling enabled")
    if bench_info:
        lines.append("- " + "; ".join(bench_info))
    repetitions = sorted({r["repetitions"] for r in results.values() if r["repetitions"]})
    if repetitions:
        lines.append(f"- Wall-clock times, medians of {'/'.join(map(str, repetitions))} "
                     f"repetitions" + ("; (min" + DASH + "max) where recorded" if any(
                         r["min"] is not None for r in results.values()) else ""))
    during = probe_ratio(results)
    phases = [("before", probe_ratio(collect(probe_before)))]
    if during is not None:
        phases.append(("during", during))
    phases.append(("after", probe_ratio(collect(probe_after))))
    lines += ["", regime_line(phases), ""]

    for group in ordered_groups(results):
        rows = [r for r in results.values() if r["group"] == group]
        if group == WORKLOADS:
            lines += workloads_section(rows, numpy_workloads,
                                       os.path.basename(workloads_png_path))
            continue
        table, notes = group_table(group, rows)
        lines += [f"## {group}", ""] + table + [""]
        if notes:
            lines += notes + [""]

    lines += python_section(python, results)
    inputs = [args.results, *args.more_results,
              args.probe_before or stem + "-probe-before.json",
              args.probe_after or stem + "-probe-after.json",
              args.python_json or stem + "-python.json",
              args.numpy_workloads_json or stem + "-numpy-workloads.json"]
    files = [os.path.basename(p) for p in inputs if os.path.exists(p)]
    plots = [os.path.basename(png_path)]
    if has_workloads:
        plots.append(os.path.basename(workloads_png_path))
    lines += [f"Files: {', '.join(f'`{f}`' for f in files)}; "
              f"plot{'s' if len(plots) > 1 else ''} {', '.join(f'`{p}`' for p in plots)}.", ""]

    with open(md_path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))
    print(f"report.py: wrote {md_path}", file=sys.stderr)
    try:
        plot(results, png_path, f"parray benchmarks: {cpu}, {day}")
        print(f"report.py: wrote {png_path}", file=sys.stderr)
        if has_workloads:
            workloads_plot(results, numpy_workloads, workloads_png_path,
                           f"parray workloads: {cpu}, {day}")
            print(f"report.py: wrote {workloads_png_path}", file=sys.stderr)
    except ImportError as error:
        print(f"report.py: no plot ({error}); install python3-matplotlib", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
