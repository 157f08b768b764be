// SPDX-License-Identifier: BSD-3-Clause
// Shapes no array can have (issue #15, item 5): every way to make an ndarray, and every parallel
// call given an expression, refuses them with std::invalid_argument naming the shape, as NumPy
// raises "array is too big" and "negative dimensions are not allowed", before anything is
// allocated or read. And ndarray, a class derived from xt::xarray, is still an xtensor
// container wherever xt::xarray is one.
#include <parray/parray.hpp>

#include <catch2/catch.hpp>

#include <xtensor/xadapt.hpp>
#include <xtensor/xbroadcast.hpp>
#include <xtensor/xexception.hpp>
#include <xtensor/xio.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xnpy.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

using parray::ndarray;
using shape_type = ndarray<double>::shape_type;
using strides_type = ndarray<double>::strides_type;

constexpr std::size_t two_to(int power) {
    return std::size_t{1} << power;
}

// The message of the std::invalid_argument that call throws; another exception propagates (and
// fails the test), and none at all gives a message that no check below accepts.
template <class Call>
std::string invalid_argument_from(Call&& call) {
    try {
        call();
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "(nothing was thrown)";
}

const auto is_too_big = [](const std::string& shape_text) {
    return Catch::Contains("shape " + shape_text + " is too big");
};
const auto is_negative = [](const std::string& shape_text) {
    return Catch::Contains("shape " + shape_text + ": negative dimensions are not allowed");
};

// A lazy array of ones of `shape`, which nothing stores: xt::broadcast of a one-element array
// (not of a scalar, whose empty shape g++ warns about inside xtensor's assignment).
auto ones(std::vector<std::size_t> shape) {
    return xt::broadcast(ndarray<double>{1.0}, std::move(shape));
}

// A function template that deduces T from an ndarray<T>, as users' code does.
template <class T>
T first_of(const ndarray<T>& a) {
    return a.flat(0);
}

} // namespace

TEST_CASE("ndarray is an xtensor container wherever xt::xarray is one", "[shapes][ndarray]") {
    using array = ndarray<double>;
    STATIC_REQUIRE(xt::is_xexpression<array>::value);
    STATIC_REQUIRE(xt::has_container_semantics<array>::value);
    STATIC_REQUIRE(std::is_base_of_v<array::xarray_type, array>);
    STATIC_REQUIRE(std::is_base_of_v<xt::xcontainer<array::xarray_type>, array>);
    STATIC_REQUIRE(parray::detail::is_container_v<array>);
    STATIC_REQUIRE(parray::detail::is_row_major_container_v<const array&>);
    STATIC_REQUIRE(std::is_nothrow_move_constructible_v<array>);

    // Construction as xtensor's, and from xtensor's containers and expressions.
    ndarray<int> v{1, 2, 3};
    ndarray<int> m{{1, 2, 3}, {4, 5, 6}};
    REQUIRE(m.shape() == std::vector<std::size_t>{2, 3});
    array scalar = 2.5;
    REQUIRE(scalar.dimension() == 0);
    REQUIRE(scalar() == 2.5);
    array filled(shape_type{2, 3}, 1.5);
    REQUIRE(bool(xt::all(xt::equal(filled, 1.5))));
    REQUIRE(first_of(filled) == 1.5);
    xt::xarray<double> plain{{1.0, 2.0}, {3.0, 4.0}};
    array from_plain = plain;
    array::xarray_type aligned_plain = from_plain;
    array moved_in = std::move(aligned_plain);
    xt::xtensor<double, 2> fixed_rank = from_plain;
    array from_xtensor(std::move(fixed_rank));
    REQUIRE(bool(from_xtensor == plain));
    REQUIRE(bool(moved_in == plain));

    // Expressions, views, reducers, sorting, adaptors, shared expressions.
    array doubled = 2.0 * from_plain + 1.0;
    REQUIRE(doubled(1, 1) == 9.0);
    array column = xt::view(m, xt::all(), 1);
    REQUIRE(bool(column == ndarray<int>{2, 5}));
    array transposed = xt::transpose(from_plain);
    REQUIRE(transposed(0, 1) == 3.0);
    REQUIRE(xt::sum(from_plain)() == 10.0);
    array sums = xt::sum(from_plain, {0});
    REQUIRE(bool(sums == array{4.0, 6.0}));
    REQUIRE(xt::allclose(xt::eval(from_plain), plain));
    std::vector<double> storage{1.0, 2.0, 3.0, 4.0};
    auto adapted = xt::adapt(storage, std::vector<std::size_t>{2, 2});
    adapted = from_plain + 1.0;
    REQUIRE(storage[3] == 5.0);
    auto shared = xt::make_xshared(array(from_plain));
    array from_shared = shared * 2.0;
    REQUIRE(from_shared(1, 0) == 6.0);

    // Assignments: each returns the ndarray itself, so they chain as on xt::xarray.
    array target = from_plain;
    array& same = (target += 1.0);
    REQUIRE(&same == &target);
    REQUIRE(&(target *= from_plain) == &target);
    REQUIRE(&(xt::noalias(target) = from_plain * 3.0) == &target);
    REQUIRE(&(xt::noalias(target) += from_plain) == &target);
    REQUIRE(&(xt::noalias(target) -= 1.0) == &target);
    REQUIRE(target(1, 1) == 15.0);
    target = 7.0;
    REQUIRE(target.dimension() == 0);
    target = xt::view(from_plain, 1);
    REQUIRE(bool(target == array{3.0, 4.0}));

    // Printing and NumPy's files.
    std::ostringstream printed;
    printed << from_plain;
    REQUIRE(printed.str() == "{{ 1.,  2.},\n { 3.,  4.}}");
    REQUIRE(parray::to_string(from_plain) == "[[1. 2.]\n [3. 4.]]");
    const auto path = std::filesystem::temp_directory_path() / "parray_test_shapes.npy";
    xt::dump_npy(path.string(), from_plain);
    array loaded = xt::load_npy<double>(path.string());
    std::remove(path.string().c_str());
    REQUIRE(bool(loaded == from_plain));

    // The parallel calls take it and give it back.
    auto squares = parray::parallel_map(from_plain, [](double x) { return x * x; });
    STATIC_REQUIRE(std::is_same_v<decltype(squares), array>);
    REQUIRE(squares(1, 1) == 16.0);
    STATIC_REQUIRE(std::is_same_v<decltype(parray::parallel_eval(from_plain + 1.0)), array>);
    REQUIRE(parray::parallel_sum(from_plain) == 10.0);
}

TEST_CASE("ndarray refuses shapes whose size in bytes overflows", "[shapes][ndarray]") {
    const std::size_t huge = two_to(32);
    const shape_type overflowing{huge, huge};
    const std::string text = "(4294967296, 4294967296)";

    CHECK_THAT(invalid_argument_from([&] {
                   ndarray<double>::from_shape({huge, huge});
               }),
               Catch::StartsWith("parray::ndarray: shape " + text + " is too big"));
    CHECK_THAT(invalid_argument_from([&] { ndarray<double> a(overflowing); }), is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] { ndarray<double> a(overflowing, 1.0); }),
               is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] {
                   ndarray<double> a(overflowing, strides_type{0, 0});
               }),
               is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] {
                   ndarray<double> a(overflowing, {0, 0}, 1.0);
               }),
               is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] {
                   ndarray<double> a(ndarray<double>::storage_type(0), shape_type(overflowing),
                                     strides_type{0, 0});
               }),
               is_too_big(text));

    // The elements' size counts: 2^60 bytes fit, 2^60 elements of 8 bytes do not.
    CHECK_THAT(invalid_argument_from([] {
                   ndarray<double>::from_shape({two_to(30), two_to(30)});
               }),
               is_too_big("(1073741824, 1073741824)"));
    CHECK(parray::detail::checked_element_count(shape_type{two_to(30), two_to(30)}, 1, "") ==
          two_to(60));
    const std::size_t most_doubles = static_cast<std::size_t>(PTRDIFF_MAX) / 8;
    CHECK(parray::detail::checked_element_count(shape_type{most_doubles}, 8, "") == most_doubles);
    CHECK_THAT(invalid_argument_from([&] {
                   parray::detail::checked_element_count(shape_type{most_doubles + 1}, 8, "f");
               }),
               Catch::StartsWith("f: shape (1152921504606846976,) is too big"));

    // A zero extent makes an empty array, but as in NumPy the other extents must still fit:
    // xtensor's strides multiply them.
    CHECK(ndarray<double>::from_shape({two_to(40), 0, 3}).size() == 0);
    CHECK(ndarray<double>::from_shape({0, two_to(59)}).size() == 0);
    CHECK_THAT(invalid_argument_from([&] {
                   ndarray<double>::from_shape({huge, 0, huge});
               }),
               is_too_big("(4294967296, 0, 4294967296)"));
    CHECK_THAT(invalid_argument_from([&] {
                   ndarray<double>::from_shape({0, two_to(60)});
               }),
               is_too_big("(0, 1152921504606846976)"));

    // resize and reshape refuse, leaving the array as it was.
    ndarray<double> a{{1.0, 2.0}, {3.0, 4.0}};
    const double* const data = a.data();
    CHECK_THAT(invalid_argument_from([&] { a.resize({huge, huge}); }), is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] { a.resize(overflowing, true); }), is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] { a.resize(overflowing, xt::layout_type::row_major); }),
               is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] {
                   a.resize(overflowing, strides_type{0, 0});
               }),
               is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] { a.reshape(overflowing); }), is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] {
                   a.reshape({std::int64_t{-1}, std::int64_t{1} << 62, std::int64_t{1} << 62});
               }),
               is_too_big("(-1, 4611686018427387904, 4611686018427387904)"));
    ndarray<double> empty = ndarray<double>::from_shape({0});
    CHECK_THAT(invalid_argument_from([&] { empty.reshape({huge, huge}); }), is_too_big(text));
    CHECK(empty.shape() == std::vector<std::size_t>{0});
    CHECK(a.shape() == std::vector<std::size_t>{2, 2});
    CHECK(a.data() == data);
    CHECK(a(1, 0) == 3.0);
}

TEST_CASE("ndarray refuses negative extents, before and after their conversion to size_t",
          "[shapes][ndarray]") {
    CHECK_THAT(invalid_argument_from([] {
                   ndarray<double>::from_shape(std::vector<int>{-2, -2});
               }),
               Catch::Equals("parray::ndarray: shape (-2, -2): negative dimensions are not "
                             "allowed"));
    // NumPy refuses a negative extent even where another is zero.
    CHECK_THAT(invalid_argument_from([] {
                   ndarray<double>::from_shape(std::vector<long>{0, -1});
               }),
               is_negative("(0, -1)"));
    // Converted to std::size_t, a negative extent is one above PTRDIFF_MAX: refused as such,
    // with a word on where it may come from.
    const std::size_t minus_two = static_cast<std::size_t>(-2);
    CHECK_THAT(invalid_argument_from([&] {
                   ndarray<double>::from_shape({minus_two, minus_two});
               }),
               is_too_big("(18446744073709551614, 18446744073709551614)") &&
                   Catch::Contains("negative dimensions are not allowed"));
    CHECK_THAT(invalid_argument_from([&] {
                   ndarray<char> a(shape_type{0, minus_two});
               }),
               Catch::Contains("(0, 18446744073709551614)"));
    CHECK_THAT(invalid_argument_from([&] { ndarray<char> a(shape_type{two_to(63)}, 'x'); }),
               is_too_big("(9223372036854775808,)"));

    ndarray<int> a{1, 2, 3, 4, 5, 6};
    CHECK_THAT(invalid_argument_from([&] {
                   a.resize(std::vector<long>{2, -3});
               }),
               is_negative("(2, -3)"));
    CHECK_THAT(invalid_argument_from([&] { a.resize(std::vector<int>{-1}, true); }),
               is_negative("(-1,)"));
    CHECK_THAT(invalid_argument_from([&] { a.reshape({-2, -3}); }), is_negative("(-2, -3)"));
    CHECK_THAT(invalid_argument_from([&] { a.reshape({-1, -3}); }), is_negative("(-1, -3)"));
    CHECK_THAT(invalid_argument_from([&] {
                   a.reshape(std::vector<int>{-3, -1});
               }),
               is_negative("(-3, -1)"));
    CHECK_THAT(invalid_argument_from([&] {
                   a.reshape({-1, -1});
               }),
               Catch::Contains("(-1, -1)") &&
                   Catch::Contains("can only specify one unknown dimension"));
    CHECK(a.shape() == std::vector<std::size_t>{6});
}

TEST_CASE("reshape infers one extent of -1 as np.reshape does", "[shapes][ndarray]") {
    ndarray<int> a{1, 2, 3, 4, 5, 6, 7, 8};
    a.reshape({-1, 4});
    CHECK(a.shape() == std::vector<std::size_t>{2, 4});
    CHECK(a(1, 0) == 5);
    a.reshape(std::vector<long>{2, -1, 2});
    CHECK(a.shape() == std::vector<std::size_t>{2, 2, 2});
    CHECK(&a.reshape({8}) == &a);
    CHECK(a.shape() == std::vector<std::size_t>{8});
    // Shapes of another size are xtensor's std::runtime_error, -1 included; so is -1 beside a
    // zero extent, as in NumPy (xtensor would divide by zero).
    CHECK_THROWS_AS(a.reshape({3, 3}), std::runtime_error);
    CHECK_THROWS_AS(a.reshape({3, -1}), std::runtime_error);
    ndarray<int> empty = ndarray<int>::from_shape({0, 3});
    CHECK_THROWS_AS(empty.reshape({0, -1}), std::runtime_error);
    CHECK_THROWS_AS(empty.reshape({-1, 0}), std::runtime_error);
    CHECK(empty.shape() == std::vector<std::size_t>{0, 3});
}

TEST_CASE("ndarray refuses expressions of such shapes, before evaluating them",
          "[shapes][ndarray]") {
    const std::size_t huge = two_to(32);
    const auto broadcast = ones({huge, huge});
    const std::string text = "(4294967296, 4294967296)";

    CHECK_THAT(invalid_argument_from([&] { ndarray<double> a = broadcast; }), is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] { ndarray<double> a(broadcast + 1.0); }),
               is_too_big(text));
    ndarray<double> a{1.0, 2.0};
    CHECK_THAT(invalid_argument_from([&] { a = broadcast; }), is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] { xt::noalias(a) = broadcast; }), is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] { a += broadcast; }), is_too_big(text));
    CHECK_THAT(invalid_argument_from([&] { xt::noalias(a) -= broadcast; }), is_too_big(text));
    // Two shapes that fit, broadcast to one that does not: (2^59, 1) with (1, 16).
    ndarray<double> row = ndarray<double>::from_shape({1, 16});
    const auto column = ones({two_to(59), 1});
    CHECK_THAT(invalid_argument_from([&] { row *= column; }),
               is_too_big("(576460752303423488, 16)"));
    CHECK_THAT(invalid_argument_from([&] { xt::noalias(row) += column; }),
               is_too_big("(576460752303423488, 16)"));
    // Shapes that do not broadcast: xtensor's own error, as before.
    CHECK_THROWS_AS(row += ndarray<double>::from_shape({3}), xt::broadcast_error);
    CHECK(row.shape() == std::vector<std::size_t>{1, 16});

    // A plain xt::xarray holds whatever shape it was given (this one wrapped around to a size
    // of 4): converting it to an ndarray refuses it.
    const auto wrapped = xt::xarray<double>::from_shape(std::vector<int>{-2, -2});
    REQUIRE(wrapped.size() == 4);
    CHECK_THAT(invalid_argument_from([&] { ndarray<double> b = wrapped; }),
               Catch::Contains("(18446744073709551614, 18446744073709551614) is too big"));
    CHECK(a.shape() == std::vector<std::size_t>{2});
}

namespace {

// Every parallel call that takes an expression, given `bad` (of doubles, at least 2-D): each
// must throw std::invalid_argument naming itself and the shape, before reading anything.
template <class E>
void require_every_parallel_call_refuses(const E& bad, const std::string& shape_text) {
    const auto refuses = [&](const std::string& name, auto&& call) {
        INFO(name);
        CHECK_THAT(invalid_argument_from(call),
                   Catch::StartsWith("parray::" + name + ": shape " + shape_text));
    };
    const auto identity = [](double x) { return x; };
    const auto positive = [](double x) { return x > 0.0; };
    ndarray<double> small{1.0, 2.0};
    refuses("parallel_map", [&] { parray::parallel_map(bad, identity); });
    refuses("parallel_map", [&] { parray::parallel_map(bad, small, identity); });
    refuses("parallel_map_chunks", [&] {
        parray::parallel_map_chunks(bad, [](const auto& chunk) { return chunk.size(); });
    });
    refuses("parallel_reduce", [&] { parray::parallel_reduce(bad, 0.0, std::plus<>()); });
    refuses("parallel_transform_reduce",
            [&] { parray::parallel_transform_reduce(bad, 0.0, std::plus<>(), identity); });
    refuses("parallel_sum", [&] { parray::parallel_sum(bad); });
    refuses("parallel_mean", [&] { parray::parallel_mean(bad); });
    refuses("parallel_min", [&] { parray::parallel_min(bad); });
    refuses("parallel_max", [&] { parray::parallel_max(bad); });
    refuses("parallel_argmin", [&] { parray::parallel_argmin(bad); });
    refuses("parallel_argmax", [&] { parray::parallel_argmax(bad); });
    refuses("parallel_any", [&] { parray::parallel_any(bad); });
    refuses("parallel_any", [&] { parray::parallel_any(bad, positive); });
    refuses("parallel_all", [&] { parray::parallel_all(bad); });
    refuses("parallel_all", [&] { parray::parallel_all(bad, positive); });
    refuses("parallel_reduce", [&] { parray::parallel_reduce(bad, 1, 0.0, std::plus<>()); });
    refuses("parallel_sum", [&] { parray::parallel_sum(bad, 1); });
    refuses("parallel_sum", [&] { parray::parallel_sum(bad, {0, 1}); });
    refuses("parallel_mean", [&] { parray::parallel_mean(bad, 0); });
    refuses("parallel_min", [&] { parray::parallel_min(bad, 1); });
    refuses("parallel_max", [&] { parray::parallel_max(bad, -1); });
    refuses("parallel_eval", [&] { parray::parallel_eval(bad); });
    refuses("parallel_assign", [&] { parray::parallel_assign(small, bad); });
    refuses("parallel_eval", [&] { parray::parallel_eval(bad + 1.0); });
    // With options that send even a short call to the pool.
    const auto pool_options = parray::options{}.num_chunks(4);
    refuses("parallel_sum", [&] { parray::parallel_sum(bad, pool_options); });
    refuses("parallel_sum", [&] { parray::parallel_sum(bad, 0, pool_options); });
}

} // namespace

TEST_CASE("every parallel call refuses an expression whose shape no array can have",
          "[shapes][parallel]") {
    SECTION("an xt::broadcast to (2^32, 2^32): its size() wrapped around to 0") {
        const std::size_t huge = two_to(32);
        require_every_parallel_call_refuses(ones({huge, huge}), "(4294967296, 4294967296)");
    }
    SECTION("an xt::broadcast to (2, 2^63), the reviewer's parallel_sum(a, 1) read past it") {
        require_every_parallel_call_refuses(ones({2, two_to(63)}),
                                            "(2, 9223372036854775808) is too big");
    }
    SECTION("a plain xt::xarray made from the shape (-2, -2): shape (2^64 - 2, 2^64 - 2), size 4") {
        const auto wrapped = xt::xarray<double>::from_shape(std::vector<int>{-2, -2});
        require_every_parallel_call_refuses(
            wrapped, "(18446744073709551614, 18446744073709551614) is too big");
    }
    SECTION("a plain empty xt::xarray whose other extents' product overflows, as NumPy refuses") {
        const auto empty = xt::xarray<double>::from_shape({0, two_to(31), two_to(31)});
        REQUIRE(empty.size() == 0);
        require_every_parallel_call_refuses(empty, "(0, 2147483648, 2147483648) is too big");
    }
    SECTION("the output of parallel_assign") {
        const auto wrapped = xt::xarray<double>::from_shape(std::vector<int>{-2, -2});
        auto out = xt::xarray<double>(wrapped);
        CHECK_THAT(invalid_argument_from([&] {
                       parray::parallel_assign(out, ndarray<double>{1.0, 2.0});
                   }),
                   Catch::StartsWith("parray::parallel_assign: shape (18446744073709551614, "
                                     "18446744073709551614) is too big"));
    }
}
