// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// xtensor's operator<< for expressions, apart from detail/xtensor.hpp: only <parray/format.hpp>
// (and so the umbrella <parray/parray.hpp>) brings it in, sparing <parray/parallel.hpp> the
// parsing of xtensor's printing.
#include <xtensor/xio.hpp>
