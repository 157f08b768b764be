#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# What including parray costs a program's compile: the CPU time (user + system) of compiling a
# hello world that sums 1000 doubles, with -O2, in four versions:
#   xtensor    <xtensor/xarray.hpp> and a serial loop (the baseline)
#   parallel   <parray/parallel.hpp> and parallel_sum
#   parray     <parray/parray.hpp> (everything but MPI) and parallel_sum
#   lines      the preprocessed line count of each
# Each is compiled --runs times (default 5), interleaved, and the fastest run is reported, so
# that a busy machine slows every version alike.
#     scripts/compile_time.sh [--runs N] [--compiler g++|clang++|...]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
compiler=g++
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift ;;
        --compiler) compiler=$2; shift ;;
        *) echo "usage: scripts/compile_time.sh [--runs N] [--compiler CXX]" >&2; exit 2 ;;
    esac
    shift
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

body='int main() {
    parray::ndarray<double> a = parray::ndarray<double>::from_shape({1000});
    for (std::size_t i = 0; i < a.size(); ++i) a.flat(i) = double(i);
    std::cout << parray::parallel_sum(a) << "\n";
}'
printf '#include <iostream>\n#include <xtensor/xarray.hpp>\n%s\n' 'int main() {
    xt::xarray<double> a = xt::xarray<double>::from_shape({1000});
    for (std::size_t i = 0; i < a.size(); ++i) a.flat(i) = double(i);
    double total = 0;
    for (std::size_t i = 0; i < a.size(); ++i) total += a.flat(i);
    std::cout << total << "\n";
}' >"$work/xtensor.cpp"
printf '#include <iostream>\n#include <parray/parallel.hpp>\n%s\n' "$body" >"$work/parallel.cpp"
printf '#include <iostream>\n#include <parray/parray.hpp>\n%s\n' "$body" >"$work/parray.cpp"

declare -A best
for ((run = 0; run < runs; ++run)); do
    for version in xtensor parallel parray; do
        seconds=$( { /usr/bin/time -f '%U %S' "$compiler" -std=c++17 -O2 -Iinclude \
                       -c "$work/$version.cpp" -o "$work/$version.o"; } 2>&1 |
                   awk '{ printf "%.2f", $1 + $2 }')
        if [ -z "${best[$version]:-}" ] || awk -v a="$seconds" -v b="${best[$version]}" \
                                               'BEGIN { exit !(a < b) }'; then
            best[$version]=$seconds
        fi
    done
done

echo "compiler: $($compiler --version | head -n 1); fastest of $runs runs, -O2, CPU seconds"
printf '%-10s %8s %8s %16s\n' version seconds ratio "preprocessed lines"
for version in xtensor parallel parray; do
    lines=$("$compiler" -std=c++17 -Iinclude -E "$work/$version.cpp" | wc -l)
    ratio=$(awk -v a="${best[$version]}" -v b="${best[xtensor]}" 'BEGIN { printf "%.2f", a / b }')
    printf '%-10s %8s %8s %16s\n' "$version" "${best[$version]}" "${ratio}x" "$lines"
done
