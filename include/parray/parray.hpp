// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The umbrella header: every component of parray but the optional MPI layer.
#include "config.hpp"
#include "ndarray.hpp"
