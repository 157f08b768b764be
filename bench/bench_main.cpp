// SPDX-License-Identifier: BSD-3-Clause

// main() for parray_bench: Google Benchmark's, except that it fails (exit status 1) when a
// benchmark got a wrong answer or the filter matched nothing, so the ctest smoke run catches both.

#include <cstdio>

#include <benchmark/benchmark.h>

#include "bench_common.hpp"

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    const std::size_t ran = benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (ran == 0) {
        std::fprintf(stderr, "parray_bench: no benchmark matched the filter\n");
        return 1;
    }
    if (parray_bench::any_failure.load()) {
        std::fprintf(stderr, "parray_bench: a benchmark got a wrong answer (see above)\n");
        return 1;
    }
    return 0;
}
