#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The README's second command, and what CI runs: installs what is missing, then builds and runs
# every test, stopping at the first failure. Each step is a CMake preset (CMakePresets.json),
# so any one can be rerun by hand: cmake --preset P && cmake --build --preset P && ctest --preset P
#   gcc-release    g++, -Werror: unit, stress and MPI tests, examples, benchmark smoke run, and
#                  the package tests (install, find_package, add_subdirectory), once
#   asan           unit, stress and MPI tests under AddressSanitizer + UndefinedBehaviorSanitizer
#                  (clang++, -Werror), and 30 s of libFuzzer
#   tsan           under ThreadSanitizer (clang++, -Werror): the stress tests, and the unit tests
#                  of the code that runs threads its own way (docs/development.md lists them)
# clang++'s warnings and its code are checked by the two sanitizer builds; the clang-release
# preset (the same tests at -O2) stays in CMakePresets.json for a run by hand, as do the g++
# sanitizer presets asan-gcc and tsan-gcc. Dropping it from this list keeps CI near its budget
# of 15 minutes on 2 cores.
# The Release preset compiles at -O2, not CMake's -O3: a third less compile time for the same
# tests (the benchmarks only smoke-run here; bench/run builds its own -O3 Release).
# One compiler for each sanitizer, as Taskflow's CI does.
#     scripts/run_tests.sh [--quick]     --quick: gcc-release only
set -euo pipefail
cd "$(dirname "$0")/.."

presets=(gcc-release asan tsan)
packages=(libbenchmark-dev libtbb-dev libopenmpi-dev openmpi-bin)
if [ "${1:-}" = "--quick" ]; then
    presets=(gcc-release)
elif [ -n "${1:-}" ]; then
    echo "usage: scripts/run_tests.sh [--quick]" >&2
    exit 2
else
    packages+=(clang libclang-rt-14-dev)
fi
scripts/install_deps.sh "${packages[@]}"

jobs=$(nproc)
times=()
for preset in "${presets[@]}"; do
    echo "=== $preset: configure, build, test ==="
    start=$SECONDS
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --parallel "$jobs"
    ctest --preset "$preset" --parallel "$jobs"
    elapsed=$((SECONDS - start))
    times+=("$preset $((elapsed / 60))m$((elapsed % 60))s")
done
summary=$(printf '%s, ' "${times[@]}")
echo "=== all tests passed in $((SECONDS / 60))m$((SECONDS % 60))s: ${summary%, } ==="
