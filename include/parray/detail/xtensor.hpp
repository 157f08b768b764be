// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Every xtensor include of parray goes through this file (and detail/xtensor_io.hpp, its
// printing, kept apart because it is costly to parse), so that moving to xtensor >= 0.26
// (headers under xtensor/containers/, xtensor/views/ ...) is a change of these two files only.
#include <xtensor/xadapt.hpp>
#include <xtensor/xarray.hpp>
#include <xtensor/xbroadcast.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xexpression.hpp>
#include <xtensor/xgenerator.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xoperation.hpp>
#include <xtensor/xscalar.hpp>
#include <xtensor/xslice.hpp>
#include <xtensor/xstrides.hpp>
#include <xtensor/xview.hpp>
