// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Every xtensor include of parray goes through this file, so that moving to xtensor >= 0.26
// (headers under xtensor/containers/, xtensor/views/ ...) is a change of this file only.
#include <xtensor/xarray.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xexpression.hpp>
#include <xtensor/xio.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xslice.hpp>
#include <xtensor/xstrides.hpp>
#include <xtensor/xview.hpp>
