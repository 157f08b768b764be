#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The README's second command, and what CI runs: installs what is missing, then builds and runs
# every test (unit tests, examples, the find_package / add_subdirectory consumers)
#   1. with g++, warnings as errors;
#   2. with clang++, warnings as errors;
#   3. the thread pool and parallel tests again under ThreadSanitizer (clang++).
# Stops at the first failure. Build directories: build/test-*.
#     scripts/run_tests.sh [--quick]     --quick: step 1 only
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
if [ "${1:-}" = "--quick" ]; then
    quick=1
fi
extra_packages=()
if [ $quick -eq 0 ]; then
    extra_packages=(clang libclang-rt-14-dev)
fi
scripts/install_deps.sh "${extra_packages[@]}"

jobs=$(nproc)

# build_and_test <name> <compiler> <cmake args>...
build_and_test() {
    local name=$1 compiler=$2
    shift 2
    local build=build/test-$name
    echo "=== $name: configure, build, test ($compiler) ==="
    cmake -S . -B "$build" -DCMAKE_CXX_COMPILER="$compiler" -DPARRAY_WARNINGS_AS_ERRORS=ON \
          -DPARRAY_BUILD_TESTS=ON -DPARRAY_BUILD_EXAMPLES=ON "$@" >/dev/null
    cmake --build "$build" --parallel "$jobs"
    (cd "$build" && ctest --output-on-failure --parallel "$jobs")
}

build_and_test gcc g++ -DCMAKE_BUILD_TYPE=Release
if [ $quick -eq 1 ]; then
    exit 0
fi
build_and_test clang clang++ -DCMAKE_BUILD_TYPE=Release

echo "=== tsan: thread pool and parallel tests under ThreadSanitizer ==="
build=build/test-tsan
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS="-fsanitize=thread" -DPARRAY_WARNINGS_AS_ERRORS=ON \
      -DPARRAY_BUILD_TESTS=ON -DPARRAY_BUILD_EXAMPLES=OFF -DPARRAY_INSTALL=OFF >/dev/null
cmake --build "$build" --parallel "$jobs" --target test_thread_pool test_parallel
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1"
"$build/tests/test_thread_pool"
"$build/tests/test_parallel"

echo "=== all tests passed ==="
