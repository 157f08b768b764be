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
