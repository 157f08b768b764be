#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The README's second command, and what CI runs: installs what is missing, then builds and runs
# every test, stopping at the first failure. Each step is a CMake preset (CMakePresets.json),
# so any one can be rerun by hand: cmake --preset P && cmake --build --preset P && ctest --preset P
#   gcc-release    g++, -Werror: unit tests, examples, find_package / add_subdirectory consumers,
#                  benchmark smoke run
#   clang-release  the same with clang++ (no benchmarks)
#   asan           unit and stress tests under AddressSanitizer + UndefinedBehaviorSanitizer
#                  (clang++), and 60 s of libFuzzer
#   tsan           unit and stress tests under ThreadSanitizer (clang++)
#   asan-gcc       as asan, built with g++ (no fuzzer: libFuzzer is clang's)
#   tsan-gcc       as tsan, built with g++
#     scripts/run_tests.sh [--quick]     --quick: gcc-release only
set -euo pipefail
cd "$(dirname "$0")/.."

presets=(gcc-release clang-release asan tsan asan-gcc tsan-gcc)
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
for preset in "${presets[@]}"; do
    echo "=== $preset: configure, build, test ==="
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --parallel "$jobs"
    ctest --preset "$preset" --parallel "$jobs"
done
echo "=== all tests passed: ${presets[*]} ==="
