// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The umbrella header: every component of parray but the optional MPI layer.
#include "chunking.hpp"
#include "config.hpp"
#include "counting.hpp"
#include "expressions.hpp"
#include "format.hpp"
#include "nan_reductions.hpp"
#include "ndarray.hpp"
#include "options.hpp"
#include "order_statistics.hpp"
#include "parallel.hpp"
#include "random.hpp"
#include "reductions.hpp"
#include "scanning.hpp"
#include "selecting.hpp"
#include "sorting.hpp"
#include "statistics.hpp"
#include "thread_pool.hpp"
