// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The one place the version lives; CMake reads it from here.
#define PARRAY_VERSION_MAJOR 0
#define PARRAY_VERSION_MINOR 1
#define PARRAY_VERSION_PATCH 0

#define PARRAY_VERSION                                                                             \
    (PARRAY_VERSION_MAJOR * 10000 + PARRAY_VERSION_MINOR * 100 + PARRAY_VERSION_PATCH)

// Keeps a function out of its callers: the parallel path of a call, so that the short path
// that small calls take is inlined without the large stack frame of the other.
#if defined(__GNUC__) || defined(__clang__)
#define PARRAY_NOINLINE __attribute__((noinline))
#elif defined(_MSC_VER)
#define PARRAY_NOINLINE __declspec(noinline)
#else
#define PARRAY_NOINLINE
#endif

// Unrolls the next loop 4 times (after vectorisation). An element-wise loop of one vector
// operation a turn ran at half or a third of its speed depending on where it fell in the
// code (one thread, x = -x over 10^6 doubles: 180 or 320-790 us, moved by -falign-loops=32);
// four turns a pass keep it at the speed of memory.
#if defined(__GNUC__) || defined(__clang__)
#define PARRAY_UNROLL_4 _Pragma("GCC unroll 4")
#else
#define PARRAY_UNROLL_4
#endif

// For a function that only calls another: inlines that call and every call under it (the
// loop an algorithm runs on one chunk, and the functions it applies), so that a short call
// costs what the loop costs. A chunk body called from several places in the executor is
// otherwise left out of line by the compiler's heuristics.
#if defined(__GNUC__) || defined(__clang__)
#define PARRAY_FLATTEN __attribute__((flatten))
#else
#define PARRAY_FLATTEN
#endif
