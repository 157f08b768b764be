// SPDX-License-Identifier: BSD-3-Clause
#include <parray/ndarray.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

#include <xtensor/xmath.hpp>

TEST_CASE("ndarray is an xtensor container with aligned row-major storage", "[ndarray]") {
    using array = parray::ndarray<double>;
    STATIC_REQUIRE(xt::is_xexpression<array>::value);
    STATIC_REQUIRE(std::is_base_of_v<xt::xcontainer<array::xarray_type>, array>);
    STATIC_REQUIRE(parray::ndarray<float>::static_layout == xt::layout_type::row_major);

    auto a = parray::ndarray<double>::from_shape({3, 5});
    REQUIRE(a.dimension() == 2);
    REQUIRE(a.size() == 15);
    REQUIRE(reinterpret_cast<std::uintptr_t>(a.data()) % parray::storage_alignment == 0);

    parray::ndarray<std::int8_t> small = parray::ndarray<std::int8_t>::from_shape({3});
    REQUIRE(reinterpret_cast<std::uintptr_t>(small.data()) % parray::storage_alignment == 0);
}

TEST_CASE("the aligned allocator aligns every block and gives back the one it took",
          "[ndarray][allocator]") {
    // Blocks of every size from 0 to 300 bytes, with others kept alive in between, so that
    // the underlying operator new returns blocks at many different offsets from a cache line.
    parray::detail::aligned_allocator<std::uint8_t, 64> bytes;
    parray::detail::aligned_allocator<double, 64> doubles;
    std::vector<std::pair<std::uint8_t*, std::size_t>> kept;
    for (std::size_t n = 0; n <= 300; ++n) {
        std::uint8_t* p = bytes.allocate(n);
        REQUIRE(reinterpret_cast<std::uintptr_t>(p) % 64 == 0);
        for (std::size_t i = 0; i < n; ++i) {
            p[i] = static_cast<std::uint8_t>(i); // the whole block is usable (ASan checks)
        }
        kept.emplace_back(p, n);
        double* d = doubles.allocate(n);
        REQUIRE(reinterpret_cast<std::uintptr_t>(d) % 64 == 0);
        doubles.deallocate(d, n);
    }
    for (auto& [p, n] : kept) {
        for (std::size_t i = 0; i < n; ++i) {
            REQUIRE(p[i] == static_cast<std::uint8_t>(i));
        }
        bytes.deallocate(p, n); // a wrong start would be caught by ASan or crash glibc
    }
    doubles.deallocate(nullptr, 0);
    REQUIRE_THROWS_AS(doubles.allocate(std::numeric_limits<std::size_t>::max() / 4),
                      std::bad_array_new_length);
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
