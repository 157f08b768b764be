// SPDX-License-Identifier: BSD-3-Clause
#include <parray/ndarray.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <type_traits>

#include <xtensor/xmath.hpp>

TEST_CASE("ndarray is an xtensor container with aligned row-major storage", "[ndarray]") {
    STATIC_REQUIRE(
        std::is_base_of_v<xt::xcontainer<parray::ndarray<double>>, parray::ndarray<double>>);
    STATIC_REQUIRE(parray::ndarray<float>::static_layout == xt::layout_type::row_major);

    auto a = parray::ndarray<double>::from_shape({3, 5});
    REQUIRE(a.dimension() == 2);
    REQUIRE(a.size() == 15);
    REQUIRE(reinterpret_cast<std::uintptr_t>(a.data()) % parray::storage_alignment == 0);

    parray::ndarray<std::int8_t> small = parray::ndarray<std::int8_t>::from_shape({3});
    REQUIRE(reinterpret_cast<std::uintptr_t>(small.data()) % parray::storage_alignment == 0);
}

TEST_CASE("ndarray constructs as xtensor does", "[ndarray]") {
    parray::ndarray<int> v{1, 2, 3};
    REQUIRE(v.dimension() == 1);
    REQUIRE(v.size() == 3);
    REQUIRE(v(2) == 3);

    parray::ndarray<int> m{{1, 2}, {3, 4}, {5, 6}};
    REQUIRE(m.shape() == std::vector<std::size_t>{3, 2});
    REQUIRE(m(2, 1) == 6);

    parray::ndarray<double> filled({2, 3}, 1.5);
    REQUIRE(filled.size() == 6);
    REQUIRE(bool(xt::all(xt::equal(filled, 1.5))));
}

TEST_CASE("xtensor expressions work on ndarray unchanged", "[ndarray]") {
    parray::ndarray<int> v{1, 2, 3, 4};
    parray::ndarray<int> doubled = v * 2;
    REQUIRE(bool(doubled == parray::ndarray<int>{2, 4, 6, 8}));
    const int total = xt::sum(v)();
    REQUIRE(total == 10);

    parray::ndarray<int> m{{1, 2, 3}, {4, 5, 6}};
    parray::ndarray<int> column = xt::view(m, xt::all(), 1);
    REQUIRE(bool(column == parray::ndarray<int>{2, 5}));

    parray::ndarray<double> copy = m; // assignment from another container type's expression
    REQUIRE(copy(1, 2) == 6.0);
}
