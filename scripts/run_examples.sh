#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The README's first command: installs what is missing, builds the examples (Release) and runs
# them. The article's two examples, a 2-D image filter, per-column statistics of a 2-D data set,
# a heat stencil written as slices and as a row loop (the same bits), a million taxi trips ranked,
# deduplicated, binned and filtered (NumPy's numbers), a progress bar over a long map (Ctrl-C
# stops it), then the article's sum across 4 MPI ranks (Open MPI from Debian).
#     scripts/run_examples.sh            build directory: build/examples-release
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install_deps.sh libopenmpi-dev openmpi-bin

build=build/examples-release
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARRAY_BUILD_TESTS=OFF \
      -DPARRAY_BUILD_EXAMPLES=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

for example in doubling summing blur column_stats heat trips progress_bar; do
    echo
    echo "=== examples/$example.cpp ==="
    "$build/examples/$example"
done

# The article's sum across MPI ranks. As root, Open MPI wants --allow-run-as-root; with fewer
# cores than ranks, --oversubscribe.
echo
echo "=== examples/mpi_sum.cpp: mpirun -n 4 ==="
mpi_flags=(--oversubscribe)
if [ "$(id -u)" -eq 0 ]; then
    mpi_flags+=(--allow-run-as-root)
fi
mpirun "${mpi_flags[@]}" -n 4 "$build/examples/mpi_sum"
