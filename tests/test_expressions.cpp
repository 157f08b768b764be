// SPDX-License-Identifier: BSD-3-Clause
#include <parray/expressions.hpp>

#include <catch2/catch.hpp>

#include "test_helpers.hpp"

#include <xtensor/xbroadcast.hpp>
#include <xtensor/xexception.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xvectorize.hpp>
#include <xtensor/xview.hpp>

#include <cmath>
#include <cstdint>
#include <memory>
#include <mutex>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace {

using parray_test::pool_of;

std::vector<parray::options> option_sets() {
    return parray_test::option_sets(7, 1000);
}

parray::ndarray<double> reals(const std::vector<std::size_t>& shape, double phase = 0.0) {
    auto a = parray::ndarray<double>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        a.data()[i] = std::sin(static_cast<double>(i) * 0.37 + phase) * 10.0;
    }
    return a;
}

// Equal shapes and equal elements (exactly: both sides compute the same operations).
template <class A, class B>
bool same_array(const A& a, const B& b) {
    if (a.dimension() != b.dimension() || a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.dimension(); ++i) {
        if (a.shape()[i] != b.shape()[i]) {
            return false;
        }
    }
    return std::equal(a.begin(), a.end(), b.begin());
}

} // namespace

TEST_CASE("parallel_eval of a 3-term expression equals xtensor's evaluation, 1-D to 4-D",
          "[expressions]") {
    for (const auto& shape : std::vector<std::vector<std::size_t>>{{0},
                                                                   {1},
                                                                   {7},
                                                                   {100003},
                                                                   {3, 5},
                                                                   {301, 333},
                                                                   {2, 3, 4},
                                                                   {3, 1, 5, 7},
                                                                   {40, 30, 20, 9}}) {
        const auto a = reals(shape);
        const auto b = reals(shape, 1.0);
        const auto expression = 2.0 * a + xt::sin(b) - a * b;
        const parray::ndarray<double> expected = expression;
        for (const auto& opts : option_sets()) {
            INFO("shape " << parray::detail::shape_to_string(shape));
            REQUIRE(same_array(parray::parallel_eval(expression, opts), expected));
        }
    }
}

TEST_CASE("parallel_eval broadcasts as xtensor does", "[expressions]") {
    const auto a = reals({30, 1, 40});
    const auto b = reals({25, 1}, 0.5);
    const auto row = reals({40}, 2.0);
    const auto expression = a * b + row + 1.0;
    const parray::ndarray<double> expected = expression;
    REQUIRE(expected.shape() == std::vector<std::size_t>{30, 25, 40});
    for (const auto& opts : option_sets()) {
        REQUIRE(same_array(parray::parallel_eval(expression, opts), expected));
    }
    // A scalar broadcast to a shape.
    const auto filled = parray::parallel_eval(xt::broadcast(2.5, std::vector<std::size_t>{3, 4}));
    REQUIRE(filled.size() == 12);
    REQUIRE(std::all_of(filled.begin(), filled.end(), [](double x) { return x == 2.5; }));
}

TEST_CASE("parallel_eval of non-contiguous inputs: strided views and transposes", "[expressions]") {
    const auto a = reals({300, 200});
    const auto b = reals({200, 300}, 1.0);
    const auto stepped = xt::view(a, xt::range(1, 300, 2), xt::range(199, 0, -3));
    const auto expression = xt::transpose(b) * 3.0 - a;
    const parray::ndarray<double> expected_stepped = stepped;
    const parray::ndarray<double> expected = expression;
    const auto mixed = xt::view(a, xt::range(0, 150), xt::all()) + xt::view(b, xt::all(), 0);
    const parray::ndarray<double> expected_mixed = mixed;
    for (const auto& opts : option_sets()) {
        REQUIRE(same_array(parray::parallel_eval(stepped, opts), expected_stepped));
        REQUIRE(same_array(parray::parallel_eval(expression, opts), expected));
        REQUIRE(same_array(parray::parallel_eval(mixed, opts), expected_mixed));
    }
}

TEST_CASE("parallel_eval converts like xtensor: integer expressions and casts", "[expressions]") {
    parray::ndarray<std::int32_t> a = parray::ndarray<std::int32_t>::from_shape({1000, 101});
    for (std::size_t i = 0; i < a.size(); ++i) {
        a.data()[i] = static_cast<std::int32_t>(i % 1009) - 500;
    }
    const auto expression = a * a - 3 * a;
    const parray::ndarray<std::int32_t> expected = expression;
    const auto cast = xt::cast<double>(a) / 7.0;
    const parray::ndarray<double> expected_cast = cast;
    for (const auto& opts : option_sets()) {
        REQUIRE(same_array(parray::parallel_eval(expression, opts), expected));
        REQUIRE(same_array(parray::parallel_eval(cast, opts), expected_cast));
    }
}

TEST_CASE("parallel_assign writes into an existing array, resizing a container", "[expressions]") {
    const auto a = reals({500, 300});
    const auto b = reals({300}, 1.0);
    const parray::ndarray<double> expected = a - b;
    for (const auto& opts : option_sets()) {
        auto out = parray::ndarray<double>::from_shape({500, 300});
        double* const storage = out.data();
        parray::parallel_assign(out, a - b, opts);
        REQUIRE(same_array(out, expected));
        REQUIRE(out.data() == storage); // written in place, no new buffer

        parray::ndarray<double> small = {1.0, 2.0};
        parray::parallel_assign(small, a - b, opts);
        REQUIRE(same_array(small, expected));
    }
    // In place, element for element, as xt::noalias allows.
    auto c = reals({1000, 10});
    parray::ndarray<double> expected_in_place = c * 2.0 + 1.0;
    parray::parallel_assign(c, c * 2.0 + 1.0);
    REQUIRE(same_array(c, expected_in_place));
}

TEST_CASE("parallel_assign into a view broadcasts the expression to the view's shape",
          "[expressions]") {
    auto out = parray::ndarray<double>::from_shape({400, 300});
    out.fill(-1.0);
    const auto row = reals({150}, 3.0);
    auto target = xt::view(out, xt::range(10, 400, 3), xt::range(0, 300, 2));
    parray::parallel_assign(target, row * 2.0);

    parray::ndarray<double> expected = parray::ndarray<double>::from_shape({400, 300});
    expected.fill(-1.0);
    xt::view(expected, xt::range(10, 400, 3), xt::range(0, 300, 2)) = row * 2.0;
    REQUIRE(same_array(out, expected));

    const auto wrong = reals({7});
    REQUIRE_THROWS_AS(parray::parallel_assign(target, wrong), xt::broadcast_error);
}

TEST_CASE("an exception thrown while evaluating reaches the caller", "[expressions]") {
    const auto a = reals({200, 1000});
    auto checked = xt::vectorize([](double x) {
        if (x > 9.9999) {
            throw std::domain_error("too large");
        }
        return x;
    });
    REQUIRE_THROWS_AS(parray::parallel_eval(checked(a)), std::domain_error);
    const auto again = parray::parallel_eval(a + 1.0);
    REQUIRE(again(3, 4) == a(3, 4) + 1.0);
}

TEST_CASE("slice expressions (the heat stencil, a box filter, a row normalisation) are assigned "
          "as xtensor assigns them, rows longer than a block and chunks cut mid-row",
          "[expressions]") {
    const std::vector<parray::options> sets = {parray::options{}.pool(pool_of(1)),
                                               parray::options{}.pool(pool_of(3)),
                                               parray::options{}.pool(pool_of(2)).chunk_size(7),
                                               parray::options{}.pool(pool_of(4)).num_chunks(5)};
    for (const std::size_t n : {3, 13, 600}) {
        INFO("n = " << n);
        const auto u = reals({n, n});
        auto whole = xt::range(0, static_cast<long>(n));
        auto inner = xt::range(1, static_cast<long>(n) - 1);
        auto low = xt::range(0, static_cast<long>(n) - 2);
        auto high = xt::range(2, static_cast<long>(n));
        const auto stencil =
            xt::view(u, inner, inner) +
            0.1 * (xt::view(u, high, inner) + xt::view(u, low, inner) + xt::view(u, inner, high) +
                   xt::view(u, inner, low) - 4.0 * xt::view(u, inner, inner));
        const auto box =
            (xt::view(u, low, low) + xt::view(u, low, inner) + xt::view(u, low, high) +
             xt::view(u, inner, low) + xt::view(u, inner, inner) + xt::view(u, inner, high) +
             xt::view(u, high, low) + xt::view(u, high, inner) + xt::view(u, high, high)) /
            9.0;
        const auto column_means = reals({n, 1}, 0.3);
        const auto row_means = reals({n}, 0.7);
        const auto normalised = (u - column_means) / (xt::abs(column_means) + 1.0) - row_means;
        const auto every_other = xt::view(u, whole, xt::range(0, static_cast<long>(n), 2)) * 2.0;
        auto expected_stencil = u;
        xt::noalias(xt::view(expected_stencil, inner, inner)) = stencil;
        const parray::ndarray<double> expected_box = box;
        const parray::ndarray<double> expected_normalised = normalised;
        const parray::ndarray<double> expected_every_other = every_other;
        for (const auto& opts : sets) {
            auto out = u;
            auto target = xt::view(out, inner, inner);
            parray::parallel_assign(target, stencil, opts);
            REQUIRE(same_array(out, expected_stencil));
            REQUIRE(same_array(parray::parallel_eval(box, opts), expected_box));
            REQUIRE(same_array(parray::parallel_eval(normalised, opts), expected_normalised));
            REQUIRE(same_array(parray::parallel_eval(every_other, opts), expected_every_other));

            // Into a stepped view (rows of stride 2), and from a transpose (rows of stride n).
            auto wide = reals({n, 2 * n});
            auto expected_wide = wide;
            xt::noalias(xt::view(expected_wide, whole, xt::range(0, 2 * static_cast<long>(n), 2))) =
                xt::transpose(u) + row_means;
            auto stepped = xt::view(wide, whole, xt::range(0, 2 * static_cast<long>(n), 2));
            parray::parallel_assign(stepped, xt::transpose(u) + row_means, opts);
            REQUIRE(same_array(wide, expected_wide));
        }
    }
}

TEST_CASE("reductions of slice and broadcast expressions give the bits of the evaluated array",
          "[expressions]") {
    const auto u = reals({301, 77});
    const auto column = reals({301, 1}, 0.2);
    auto inner = xt::range(1, 300);
    const auto shifted =
        xt::view(u, inner, xt::range(0, 76)) * xt::view(u, inner, xt::range(1, 77));
    const auto centred = xt::square(u - column);
    const parray::ndarray<double> shifted_values = shifted;
    const parray::ndarray<double> centred_values = centred;
    for (const auto& opts : option_sets()) {
        REQUIRE(parray_test::bits_of(parray::parallel_sum(shifted, opts)) ==
                parray_test::bits_of(parray::parallel_sum(shifted_values, opts)));
        REQUIRE(parray_test::bits_of(parray::parallel_sum(centred, opts)) ==
                parray_test::bits_of(parray::parallel_sum(centred_values, opts)));
        const auto plus = [](double x, double y) { return x + y; };
        REQUIRE(parray_test::bits_of(parray::parallel_reduce(centred, 0.0, plus, opts)) ==
                parray_test::bits_of(parray::parallel_reduce(centred_values, 0.0, plus, opts)));
        REQUIRE(parray::parallel_sum(xt::view(u, inner, xt::range(0, 76)) > 0.0, opts) ==
                parray::parallel_sum(
                    parray::ndarray<bool>(xt::view(u, inner, xt::range(0, 76)) > 0.0), opts));
    }
}

TEST_CASE("short rows are read many at a time, a row broadcast down them from a block of copies, "
          "with the values and bits of the evaluated array",
          "[expressions]") {
    // Rows of 8 (merged 32 at a time), of 100 (2 at a time) and of 130 (one at a time); an outer
    // axis of extent 1; chunks that start and end mid-row (option_sets).
    for (const auto& shape : std::vector<std::vector<std::size_t>>{
             {1000, 8}, {5, 3, 7}, {2, 1, 8}, {1, 8}, {300, 100}, {40, 130}}) {
        INFO("shape " << parray::detail::shape_to_string(shape));
        const auto a = reals(shape);
        const auto row = reals({shape.back()}, 0.4);
        const auto centred = xt::square(a - row) * 0.5 + 1.0;
        const parray::ndarray<double> expected = centred;
        auto small = parray::ndarray<std::int8_t>::from_shape(shape);
        for (std::size_t i = 0; i < small.size(); ++i) {
            small.data()[i] = static_cast<std::int8_t>(static_cast<int>(i % 251) - 125);
        }
        auto small_row = parray::ndarray<std::int8_t>::from_shape({shape.back()});
        for (std::size_t j = 0; j < small_row.size(); ++j) {
            small_row.data()[j] = static_cast<std::int8_t>(3 - static_cast<int>(j));
        }
        const auto small_lazy = small - small_row; // int elements, many negative
        const parray::ndarray<int> small_expected = small_lazy;
        const auto plus = [](double x, double y) { return x + y; };
        for (const auto& opts : option_sets()) {
            REQUIRE(same_array(parray::parallel_eval(centred, opts), expected));
            auto out = parray::ndarray<double>::from_shape(shape);
            parray::parallel_assign(out, centred, opts);
            REQUIRE(same_array(out, expected));
            REQUIRE(parray_test::bits_of(parray::parallel_sum(centred, opts)) ==
                    parray_test::bits_of(parray::parallel_sum(expected, opts)));
            REQUIRE(parray_test::bits_of(parray::parallel_reduce(centred, 0.0, plus, opts)) ==
                    parray_test::bits_of(parray::parallel_reduce(expected, 0.0, plus, opts)));
            REQUIRE(parray::parallel_sum(centred > 20.0, opts) ==
                    parray::parallel_sum(parray::ndarray<bool>(expected > 20.0), opts));
            REQUIRE(parray::parallel_sum(small_lazy, opts) ==
                    parray::parallel_sum(small_expected, opts));
            REQUIRE(parray::parallel_sum(small_lazy, opts) ==
                    std::accumulate(small_expected.begin(), small_expected.end(), std::int64_t{0}));
        }
    }
}
