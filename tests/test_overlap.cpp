// SPDX-License-Identifier: BSD-3-Clause
// Outputs that share memory with their inputs (include/parray/detail/overlap.hpp): parallel_map
// into out and parallel_assign give NumPy's answer, as if the input were copied first, and
// write in place, with no copy, when the overlap is element for element. A zero-stride output
// is refused.
#include <parray/expressions.hpp>
#include <parray/parallel.hpp>

#include <catch2/catch.hpp>

#include "test_helpers.hpp"

#include <xtensor/xadapt.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xstrided_view.hpp>
#include <xtensor/xview.hpp>

#include <algorithm>
#include <cstddef>
#include <stdexcept>
#include <vector>

namespace {

using parray::detail::must_copy_input_first;
using parray_test::pool_of;

// Large enough that chunks run on several threads at once.
constexpr std::size_t n = 1000000;

// A pool of 4 with 8 chunks, so that chunks surely run at once, and automatic chunks on a pool
// of 3.
std::vector<parray::options> concurrent_options() {
    return {parray::options{}.pool(pool_of(4)).num_chunks(8), parray::options{}.pool(pool_of(3))};
}

// 1, 1.5, 2, ...: every element different, so any element read after its neighbour was
// written shows.
parray::ndarray<double> distinct_values(const std::vector<std::size_t>& shape) {
    auto a = parray::ndarray<double>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        a.data()[i] = 1.0 + 0.5 * static_cast<double>(i);
    }
    return a;
}

double plus_ten(double x) {
    return x + 10.0;
}

// NumPy's `a[to:to+count] = f(a[from:from+count])`, computed serially: the input is read as it
// was before anything was written.
template <class F>
parray::ndarray<double> shifted_reference(const parray::ndarray<double>& before, std::size_t from,
                                          std::size_t to, std::size_t count, F f) {
    parray::ndarray<double> after = before;
    for (std::size_t i = 0; i < count; ++i) {
        after(to + i) = f(before(from + i));
    }
    return after;
}

template <class A, class B>
bool same_elements(const A& a, const B& b) {
    return a.shape() == b.shape() && std::equal(a.begin(), a.end(), b.begin());
}

auto elements(std::size_t begin, std::size_t end) {
    return xt::range(static_cast<long>(begin), static_cast<long>(end));
}

} // namespace

TEST_CASE("parallel_map between shifted views of one array gives NumPy's answer, both ways",
          "[overlap][map]") {
    for (const auto& opts : concurrent_options()) {
        // a[1:] = f(a[:-1]), np.add(a[:-1], 10, out=a[1:])
        auto a = distinct_values({n});
        auto expected = shifted_reference(a, 0, 1, n - 1, plus_ten);
        parray::parallel_map(xt::view(a, elements(0, n - 1)), xt::view(a, elements(1, n)), plus_ten,
                             opts);
        REQUIRE(same_elements(a, expected));

        // a[:-1] = f(a[1:])
        a = distinct_values({n});
        expected = shifted_reference(a, 1, 0, n - 1, plus_ten);
        parray::parallel_map(xt::view(a, elements(1, n)), xt::view(a, elements(0, n - 1)), plus_ten,
                             opts);
        REQUIRE(same_elements(a, expected));
    }
}

TEST_CASE("parallel_assign between shifted views of one array gives NumPy's answer, both ways",
          "[overlap][assign]") {
    const auto identity = [](double x) { return x; };
    for (const auto& opts : concurrent_options()) {
        // a[1:] = a[:-1]
        auto a = distinct_values({n});
        auto expected = shifted_reference(a, 0, 1, n - 1, identity);
        parray::parallel_assign(xt::view(a, elements(1, n)), xt::view(a, elements(0, n - 1)), opts);
        REQUIRE(same_elements(a, expected));

        // a[:-1] = a[1:] + 10
        a = distinct_values({n});
        expected = shifted_reference(a, 1, 0, n - 1, plus_ten);
        parray::parallel_assign(xt::view(a, elements(0, n - 1)), xt::view(a, elements(1, n)) + 10.0,
                                opts);
        REQUIRE(same_elements(a, expected));

        // a[1:] = a[:-1] + 10, an expression read by its linear iterator when nothing overlaps
        a = distinct_values({n});
        expected = shifted_reference(a, 0, 1, n - 1, plus_ten);
        parray::parallel_assign(xt::view(a, elements(1, n)), xt::view(a, elements(0, n - 1)) + 10.0,
                                opts);
        REQUIRE(same_elements(a, expected));
    }
}

TEST_CASE("parallel_assign of an overlapping operand beside a separate one: a[1:] = a[:-1] + b",
          "[overlap][assign]") {
    const auto b = distinct_values({n - 1}) * 3.0;
    for (const auto& opts : concurrent_options()) {
        auto a = distinct_values({n});
        parray::ndarray<double> expected = a;
        for (std::size_t i = 1; i < n; ++i) {
            expected(i) = a(i - 1) + b(i - 1);
        }
        parray::parallel_assign(xt::view(a, elements(1, n)), xt::view(a, elements(0, n - 1)) + b,
                                opts);
        REQUIRE(same_elements(a, expected));
    }
}

TEST_CASE("a transpose read into its own array gives NumPy's answer", "[overlap][map][assign]") {
    for (const auto& opts : concurrent_options()) {
        // m[...] = f(m.T)
        auto m = distinct_values({1000, 1000});
        parray::ndarray<double> expected = xt::transpose(m) + 10.0;
        parray::parallel_map(xt::transpose(m), m, plus_ten, opts);
        REQUIRE(same_elements(m, expected));

        // a[...] = a.T
        auto a = distinct_values({1000, 1000});
        parray::ndarray<double> transposed = xt::transpose(a);
        double* const storage = a.data();
        parray::parallel_assign(a, xt::transpose(a), opts);
        REQUIRE(same_elements(a, transposed));
        REQUIRE(a.data() == storage); // written into a's own storage
    }
}

TEST_CASE("operands broadcast along their own output are read as they were", "[overlap][assign]") {
    for (const auto& opts : concurrent_options()) {
        // m -= m[0]: NumPy subtracts the first row as it was from every row, itself included.
        auto m = distinct_values({1000, 1000});
        parray::ndarray<double> expected = m - xt::view(m, 0, xt::all());
        parray::parallel_assign(m, m - xt::view(m, 0, xt::all()), opts);
        REQUIRE(same_elements(m, expected));

        // a * a[0], with a[0] held by reference by the expression.
        auto a = distinct_values({n});
        const double& first = a(0);
        parray::ndarray<double> scaled = a * a(0);
        parray::parallel_assign(a, a * first, opts);
        REQUIRE(same_elements(a, scaled));

        // A container resized to the expression's shape: the old a is read, then replaced.
        auto row = distinct_values({1000});
        const auto table = distinct_values({300, 1000});
        parray::ndarray<double> sums = row + table;
        parray::parallel_assign(row, row + table, opts);
        REQUIRE(same_elements(row, sums));
    }
}

TEST_CASE("an output with no strides of its own that overlaps the input gives NumPy's answer",
          "[overlap][assign][map]") {
    const std::size_t count = 100000;
    std::vector<long> reversed(count);
    for (std::size_t i = 0; i < count; ++i) {
        reversed[i] = static_cast<long>(count - 1 - i);
    }
    for (const auto& opts : concurrent_options()) {
        // a[reversed] = a: a reversed.
        auto a = distinct_values({count});
        parray::ndarray<double> expected = xt::flip(a, 0);
        parray::parallel_assign(xt::view(a, xt::keep(reversed)), a, opts);
        REQUIRE(same_elements(a, expected));

        // a[reversed] = f(a)
        a = distinct_values({count});
        expected = xt::flip(a, 0) + 10.0;
        parray::parallel_map(a, xt::view(a, xt::keep(reversed)), plus_ten, opts);
        REQUIRE(same_elements(a, expected));
    }
}

TEST_CASE("element-for-element calls stay in place, with no copy", "[overlap][map][assign]") {
    auto a = distinct_values({n});
    const auto b = distinct_values({n}) * 0.25;
    const parray::ndarray<double> original = a;
    double* const storage = a.data();

    // Decided on the calling thread: no copy where each element is read only where it is
    // written, a copy for any other overlap.
    REQUIRE_FALSE(must_copy_input_first(a, a));
    REQUIRE_FALSE(must_copy_input_first(a, a + 1.0));
    REQUIRE_FALSE(must_copy_input_first(a, 2.0 * a + b));
    REQUIRE_FALSE(must_copy_input_first(a, xt::sin(xt::view(a, xt::all())) * b));
    REQUIRE_FALSE(must_copy_input_first(xt::view(a, elements(1, n)), xt::view(a, elements(1, n))));
    REQUIRE_FALSE(must_copy_input_first(a, b + xt::arange<double>(static_cast<double>(n))));
    REQUIRE_FALSE(
        must_copy_input_first(xt::view(a, elements(0, n / 2)), xt::view(a, elements(n / 2, n))));
    REQUIRE(must_copy_input_first(xt::view(a, elements(1, n)), xt::view(a, elements(0, n - 1))));
    REQUIRE(must_copy_input_first(a, xt::flip(a, 0)));
    // Every other element, written from its neighbours: an interleaved overlap.
    auto evens = [] { return xt::range(0L, static_cast<long>(n), 2L); };
    auto odds = [] { return xt::range(1L, static_cast<long>(n), 2L); };
    REQUIRE(
        must_copy_input_first(xt::view(a, evens()), xt::view(a, odds()) + xt::view(a, evens())));

    for (const auto& opts : concurrent_options()) {
        a = original;
        parray::parallel_map(a, a, plus_ten, opts);
        REQUIRE(bool(a == original + 10.0));

        a = original;
        parray::parallel_assign(a, a + 1.0, opts);
        REQUIRE(bool(a == original + 1.0));

        a = original;
        parray::parallel_assign(a, 2.0 * a + b, opts);
        REQUIRE(bool(a == 2.0 * original + b));
        REQUIRE(a.data() == storage);
    }
}

TEST_CASE("a zero-stride output is refused before anything is written", "[overlap][map][assign]") {
    const auto input = distinct_values({3, 4});
    // Three rows that are one row of memory: NumPy's broadcast_to(row, (3, 4)). (xtensor sizes
    // an adaptor's buffer by its shape, 12 elements, of which the rows use the first 4.)
    std::vector<double> buffer(12, -1.0);
    auto broadcast_rows =
        xt::adapt(buffer, std::vector<std::size_t>{3, 4}, std::vector<std::ptrdiff_t>{0, 1});
    REQUIRE_THROWS_WITH(parray::parallel_map(input, broadcast_rows, plus_ten),
                        Catch::Contains("parray::parallel_map") && Catch::Contains("zero stride") &&
                            Catch::Contains("axis 0"));
    REQUIRE_THROWS_AS(parray::parallel_assign(broadcast_rows, input), std::invalid_argument);
    REQUIRE_THROWS_WITH(parray::parallel_assign(broadcast_rows, input),
                        Catch::Contains("parray::parallel_assign") &&
                            Catch::Contains("zero stride"));
    REQUIRE(std::all_of(buffer.begin(), buffer.end(), [](double x) { return x == -1.0; }));

    // The same through a strided view of an array.
    auto row = distinct_values({4});
    const parray::ndarray<double> row_before = row;
    auto repeated =
        xt::strided_view(row, std::vector<std::size_t>{3, 4}, std::vector<std::ptrdiff_t>{0, 1});
    REQUIRE_THROWS_WITH(parray::parallel_assign(repeated, input, parray::options{}),
                        Catch::Contains("parray::parallel_assign") &&
                            Catch::Contains("zero stride"));
    REQUIRE_THROWS_AS(parray::parallel_map(input, repeated, plus_ten), std::invalid_argument);
    REQUIRE(same_elements(row, row_before));

    // Axes of extent 1 and empty arrays carry stride 0 in xtensor itself: both are fine.
    auto column = parray::ndarray<double>::from_shape({3, 1});
    parray::parallel_map(xt::view(input, xt::all(), xt::range(0, 1)), column, plus_ten);
    REQUIRE(column(2, 0) == input(2, 0) + 10.0);
    auto empty = parray::ndarray<double>::from_shape({3, 0});
    parray::parallel_assign(empty, parray::ndarray<double>::from_shape({3, 0}));
    REQUIRE(empty.size() == 0);
}
