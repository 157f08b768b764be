#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# parray::mpi::parallel_sum over ranks x threads per rank on this machine: 1x2 (with the
# single-process call beside it), 2x1, 2x2 and, for the record, 4x1. Builds gcc-release first.
#     bench/run_mpi.sh [max_n]          (default 10^8)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset gcc-release >/dev/null
cmake --build --preset gcc-release --target parray_mpi_bench >/dev/null
flags=(--oversubscribe --bind-to none)
if [ "$(id -u)" -eq 0 ]; then
    flags+=(--allow-run-as-root)
fi
export OMPI_MCA_btl=self,vader OMPI_MCA_btl_vader_single_copy_mechanism=none
for config in "1 2" "2 1" "2 2" "4 1"; do
    read -r ranks threads <<<"$config"
    PARRAY_NUM_THREADS=$threads mpirun "${flags[@]}" -n "$ranks" \
        build/gcc-release/bench/parray_mpi_bench "${1:-100000000}"
done
