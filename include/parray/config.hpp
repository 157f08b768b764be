// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The one place the version lives; CMake reads it from here.
#define PARRAY_VERSION_MAJOR 0
#define PARRAY_VERSION_MINOR 1
#define PARRAY_VERSION_PATCH 0

#define PARRAY_VERSION                                                                             \
    (PARRAY_VERSION_MAJOR * 10000 + PARRAY_VERSION_MINOR * 100 + PARRAY_VERSION_PATCH)
