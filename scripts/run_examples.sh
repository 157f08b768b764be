#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The README's first command: installs what is missing, builds the examples (Release) and runs
# them. The article's two examples, then a 2-D image filter.
#     scripts/run_examples.sh            build directory: build/examples-release
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install_deps.sh

build=build/examples-release
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARRAY_BUILD_TESTS=OFF \
      -DPARRAY_BUILD_EXAMPLES=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

for example in doubling summing blur; do
    echo
    echo "=== examples/$example.cpp ==="
    "$build/examples/$example"
done
