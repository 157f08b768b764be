// SPDX-License-Identifier: BSD-3-Clause
#include <parray/reductions.hpp>

#include <catch2/catch.hpp>

#include "test_helpers.hpp"

#include <xtensor/xmanipulation.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xreducer.hpp>
#include <xtensor/xsort.hpp>
#include <xtensor/xview.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <complex>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using parray_test::pool_of;

std::vector<parray::options> option_sets() {
    return parray_test::option_sets(3, 1);
}

// Integers with signs and some spread: 0, 5, -3, ... (no overflow in any sum here).
parray::ndarray<std::int32_t> integers(const std::vector<std::size_t>& shape) {
    auto a = parray::ndarray<std::int32_t>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        a.data()[i] = static_cast<std::int32_t>((i * 7919U) % 2003U) - 1000;
    }
    return a;
}

parray::ndarray<double> reals(const std::vector<std::size_t>& shape) {
    auto a = parray::ndarray<double>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        a.data()[i] = std::sin(static_cast<double>(i) * 0.37) * 100.0 + 0.001 * double(i % 13);
    }
    return a;
}

template <class A, class B>
bool same_values(const A& a, const B& b) {
    if (a.shape().size() != b.shape().size() || a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.shape().size(); ++i) {
        if (a.shape()[i] != b.shape()[i]) {
            return false;
        }
    }
    return std::equal(a.begin(), a.end(), b.begin());
}

template <class A, class B>
bool close_values(const A& a, const B& b, double tolerance = 1e-11) {
    if (a.size() != b.size()) {
        return false;
    }
    auto j = b.begin();
    for (auto i = a.begin(); i != a.end(); ++i, ++j) {
        const double scale = std::max(1.0, std::abs(static_cast<double>(*j)));
        if (!(std::abs(static_cast<double>(*i) - static_cast<double>(*j)) <= tolerance * scale)) {
            return false;
        }
    }
    return true;
}

template <class A>
bool same_bits(const A& a, const A& b) {
    // memcmp must not see the null data() of an empty array, even for 0 bytes.
    return a.size() == b.size() &&
           (a.size() == 0 || std::memcmp(a.data(), b.data(), a.size() * sizeof(*a.data())) == 0);
}

// Every list of distinct axes of a `dimension`-D array (the empty list included).
std::vector<std::vector<std::size_t>> all_axis_lists(std::size_t dimension) {
    std::vector<std::vector<std::size_t>> lists;
    for (std::size_t mask = 0; mask < (std::size_t{1} << dimension); ++mask) {
        std::vector<std::size_t> axes;
        for (std::size_t axis = 0; axis < dimension; ++axis) {
            if ((mask >> axis) & 1U) {
                axes.push_back(axis);
            }
        }
        lists.push_back(axes);
    }
    return lists;
}

// xt::sum<R>(a, axes), except for an empty a, which xtensor's reducer walks with a null
// pointer (UBSan: "applying non-zero offset to null pointer"): zeros of the kept shape then.
template <class R, class A>
parray::ndarray<R> xtensor_sum(const A& a, const std::vector<std::size_t>& axes) {
    if (a.size() != 0) {
        return xt::sum<R>(a, axes);
    }
    std::vector<std::size_t> kept;
    for (std::size_t axis = 0; axis < a.dimension(); ++axis) {
        if (std::find(axes.begin(), axes.end(), axis) == axes.end()) {
            kept.push_back(a.shape()[axis]);
        }
    }
    auto zeros = parray::ndarray<R>::from_shape(kept);
    zeros.fill(R(0));
    return zeros;
}

const std::vector<std::vector<std::size_t>> shapes = {
    {7}, {1}, {0}, {5, 3}, {3, 1, 4}, {4, 0, 3}, {2, 3, 5, 7}, {1, 9, 1, 2}, {33, 17},
};

// complex_sawtooth(n) of tests/data/make_complex_sum_reference.py, in T's arithmetic:
// re[i] = (i * 7919 % 10007) / 10007 - 0.25, im[i] = ((i * 104729 % 10009) / 10009 - 0.5) *
// 2^(i % 17 - 8).
template <class T>
parray::ndarray<std::complex<T>> complex_sawtooth(const std::vector<std::size_t>& shape) {
    auto a = parray::ndarray<std::complex<T>>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const T re = static_cast<T>(static_cast<T>(i * 7919 % 10007) / T(10007)) - T(0.25);
        const T im = (static_cast<T>(static_cast<T>(i * 104729 % 10009) / T(10009)) - T(0.5)) *
                     std::ldexp(T(1), static_cast<int>(i % 17) - 8);
        a.data()[i] = {re, im};
    }
    return a;
}

// complex_steps(n) of the same script: re[i] = i % 100 - 50, im[i] = (i % 37) / 2 + (i % 5) / 4.
template <class T>
parray::ndarray<std::complex<T>> complex_steps(const std::vector<std::size_t>& shape) {
    auto a = parray::ndarray<std::complex<T>>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto re = static_cast<T>(static_cast<int>(i % 100) - 50);
        const T im = static_cast<T>(i % 37) * T(0.5) + static_cast<T>(i % 5) * T(0.25);
        a.data()[i] = {re, im};
    }
    return a;
}

// Whether two complex numbers have the same bits in both parts (a NaN part matches any NaN:
// NumPy leaves the sign and payload of a NaN to the hardware).
template <class T>
bool same_complex_bits(const std::complex<T>& a, const std::complex<T>& b) {
    const auto same_part = [](T x, T y) {
        return (std::isnan(x) && std::isnan(y)) ||
               parray_test::bits_of(x) == parray_test::bits_of(y);
    };
    return same_part(a.real(), b.real()) && same_part(a.imag(), b.imag());
}

// FNV-1a, 64-bit, over the little-endian bytes of every output (real part, then imaginary), as
// make_complex_sum_reference.py hashes NumPy's.
template <class T>
std::uint64_t fnv1a_of_parts(const parray::ndarray<std::complex<T>>& a) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const std::complex<T>& z : a) {
        for (const T part : {z.real(), z.imag()}) {
            auto bits = parray_test::bits_of(part);
            for (std::size_t byte = 0; byte < sizeof bits; ++byte, bits >>= 8) {
                hash = (hash ^ (bits & 0xFFU)) * 1099511628211ULL;
            }
        }
    }
    return hash;
}

template <class Complex>
struct whole_reference {
    std::size_t n;
    Complex sum;
    Complex mean;
};

template <class Complex>
struct special_reference {
    Complex value; // the array is {value, 2+3j, -1-0.5j}
    Complex sum;
    Complex mean;
};

enum class data { sawtooth, steps };

struct axis_reference {
    std::vector<std::size_t> shape;
    std::vector<std::size_t> axes;
    data values;
    std::uint64_t sum_hash;
    std::uint64_t mean_hash;
};

// Checks parallel_sum and parallel_mean of complex<T> against NumPy's values on `opts`: whole
// arrays, arrays with infinite and NaN parts, and along axes.
template <class T, std::size_t Whole, std::size_t Special, std::size_t Axes>
void check_complex_references(const whole_reference<std::complex<T>> (&whole)[Whole],
                              const special_reference<std::complex<T>> (&special)[Special],
                              const axis_reference (&along)[Axes], const parray::options& opts) {
    for (const auto& r : whole) {
        INFO("n = " << r.n);
        const auto a = complex_sawtooth<T>({r.n});
        REQUIRE(same_complex_bits(parray::parallel_sum(a, opts), r.sum));
        REQUIRE(same_complex_bits(parray::parallel_mean(a, opts), r.mean));
    }
    for (const auto& r : special) {
        INFO("value " << r.value);
        const parray::ndarray<std::complex<T>> a = {r.value, {T(2), T(3)}, {T(-1), T(-0.5)}};
        REQUIRE(same_complex_bits(parray::parallel_sum(a, opts), r.sum));
        REQUIRE(same_complex_bits(parray::parallel_mean(a, opts), r.mean));
    }
    for (const auto& r : along) {
        INFO("shape " << parray::detail::shape_to_string(r.shape) << " axes "
                      << parray::detail::shape_to_string(r.axes));
        const auto a =
            r.values == data::sawtooth ? complex_sawtooth<T>(r.shape) : complex_steps<T>(r.shape);
        REQUIRE(fnv1a_of_parts(parray::parallel_sum(a, r.axes, opts)) == r.sum_hash);
        REQUIRE(fnv1a_of_parts(parray::parallel_mean(a, r.axes, opts)) == r.mean_hash);
    }
}

} // namespace

TEST_CASE("parallel_sum along axes equals xt::sum for integers, bit for bit", "[reductions]") {
    for (const auto& shape : shapes) {
        const auto a = integers(shape);
        for (const auto& axes : all_axis_lists(shape.size())) {
            const auto expected = xtensor_sum<std::int64_t>(a, axes);
            for (const auto& opts : option_sets()) {
                const auto result = parray::parallel_sum(a, axes, opts);
                static_assert(std::is_same_v<decltype(result)::value_type, std::int64_t>);
                INFO("shape " << parray::detail::shape_to_string(shape) << " axes "
                              << parray::detail::shape_to_string(axes));
                REQUIRE(same_values(result, expected));
            }
        }
    }
}

TEST_CASE("floating sums along axes: close to xt::sum, the same bits under every option",
          "[reductions]") {
    for (const auto& shape : shapes) {
        const auto a = reals(shape);
        for (const auto& axes : all_axis_lists(shape.size())) {
            const auto expected = xtensor_sum<double>(a, axes);
            const auto first = parray::parallel_sum(a, axes);
            INFO("shape " << parray::detail::shape_to_string(shape) << " axes "
                          << parray::detail::shape_to_string(axes));
            REQUIRE(close_values(first, expected));
            for (const auto& opts : option_sets()) {
                REQUIRE(same_bits(parray::parallel_sum(a, axes, opts), first));
            }
        }
    }
}

TEST_CASE("a single axis that is not contiguous is folded in order: xt::sum's bits",
          "[reductions]") {
    const auto a = reals({300, 7, 5});
    for (const std::size_t axis : {0, 1}) {
        const parray::ndarray<double> expected = xt::sum(a, {axis});
        for (const auto& opts : option_sets()) {
            REQUIRE(same_bits(parray::parallel_sum(a, axis, opts), expected));
        }
    }
}

TEST_CASE("long folds are split into chunks, few outputs use the pool, results do not change",
          "[reductions]") {
    // 3 x 100003: the folds along axis 1 are longer than one chunk; 100003 x 3 along axis 0 too,
    // with the outputs innermost.
    for (const auto& shape : {std::vector<std::size_t>{3, 100003}, {100003, 3}, {2, 40001, 2}}) {
        const auto ints = integers(shape);
        const auto doubles = reals(shape);
        for (const auto& axes : all_axis_lists(shape.size())) {
            const parray::ndarray<std::int64_t> expected = xt::sum<std::int64_t>(ints, axes);
            const auto first = parray::parallel_sum(doubles, axes);
            const parray::ndarray<double> expected_reals = xt::sum(doubles, axes);
            INFO("shape " << parray::detail::shape_to_string(shape) << " axes "
                          << parray::detail::shape_to_string(axes));
            REQUIRE(close_values(first, expected_reals, 1e-9));
            // Chunks of 1000 outputs, not 1: with no axis folded there are 300,000 outputs,
            // and as many one-output tiles made the test take a minute under the sanitizers.
            for (const auto& opts : parray_test::option_sets(3, 1000)) {
                REQUIRE(same_values(parray::parallel_sum(ints, axes, opts), expected));
                REQUIRE(same_bits(parray::parallel_sum(doubles, axes, opts), first));
            }
        }
    }
}

TEST_CASE("parallel_reduce along axes folds in row-major order: op need not commute",
          "[reductions]") {
    // "last" and "first" are associative but not commutative: they give the last and the first
    // element of each fold, whatever the chunks, only if the partials are combined in order.
    const auto a = integers({3, 50001, 2});
    const auto last = [](std::int32_t, std::int32_t y) { return y; };
    const auto first_set = [](std::int32_t x, std::int32_t y) { return x == -99999 ? y : x; };
    for (const auto& opts : option_sets()) {
        const auto lasts = parray::parallel_reduce(a, {1}, std::int32_t{-99999}, last, opts);
        const auto firsts = parray::parallel_reduce(a, {1}, std::int32_t{-99999}, first_set, opts);
        REQUIRE(lasts.shape() == std::vector<std::size_t>{3, 2});
        for (std::size_t i = 0; i < 3; ++i) {
            for (std::size_t k = 0; k < 2; ++k) {
                REQUIRE(lasts(i, k) == a(i, 50000, k));
                REQUIRE(firsts(i, k) == a(i, 0, k));
            }
        }
        const auto whole = parray::parallel_reduce(a, {0, 1, 2}, std::int32_t{-99999}, last, opts);
        REQUIRE(whole.dimension() == 0);
        REQUIRE(whole() == a(2, 50000, 1));
    }
}

TEST_CASE("parallel_reduce along axes with a non-arithmetic type", "[reductions]") {
    parray::ndarray<std::string> words = parray::ndarray<std::string>::from_shape({2, 3, 2});
    const std::string letters = "abcdefghijkl";
    for (std::size_t i = 0; i < words.size(); ++i) {
        words.data()[i] = std::string(1, letters[i]);
    }
    const auto concatenate = [](std::string x, const std::string& y) { return x + y; };
    for (const auto& opts : option_sets()) {
        const auto by_rows =
            parray::parallel_reduce(words, {1}, std::string(">"), concatenate, opts);
        REQUIRE(by_rows(0, 0) == ">ace");
        REQUIRE(by_rows(0, 1) == ">bdf");
        REQUIRE(by_rows(1, 0) == ">gik");
        REQUIRE(by_rows(1, 1) == ">hjl");
        const auto outer = parray::parallel_reduce(words, {0, 2}, std::string(), concatenate, opts);
        REQUIRE(outer(0) == "abgh");
        REQUIRE(outer(2) == "efkl");
    }
}

TEST_CASE("parallel_reduce along axes makes no T from an element (std::reduce's contract)",
          "[reductions]") {
    // ints into a std::vector<int>: std::vector<int>(3) would be three zeros.
    using parray_test::concatenate;
    const parray::ndarray<int> m = xt::reshape_view(xt::arange<int>(12), {3, 4});
    for (const auto& opts : option_sets()) {
        const auto rows =
            parray::parallel_reduce(m, {1}, std::vector<int>{-1}, concatenate{}, opts);
        REQUIRE(rows.size() == 3);
        REQUIRE(rows(1) == std::vector<int>{-1, 4, 5, 6, 7});
        const auto columns =
            parray::parallel_reduce(m, {0}, std::vector<int>{}, concatenate{}, opts);
        REQUIRE(columns.size() == 4);
        REQUIRE(columns(2) == std::vector<int>{2, 6, 10});
        const auto all =
            parray::parallel_reduce(m, {0, 1}, std::vector<int>{}, concatenate{}, opts);
        REQUIRE(all().size() == 12);
        REQUIRE(all()[11] == 11);
    }
}

TEST_CASE("mean, min and max along axes equal xtensor's", "[reductions]") {
    for (const auto& shape : shapes) {
        const auto ints = integers(shape);
        const auto doubles = reals(shape);
        for (const auto& axes : all_axis_lists(shape.size())) {
            INFO("shape " << parray::detail::shape_to_string(shape) << " axes "
                          << parray::detail::shape_to_string(axes));
            bool empty_fold = false;
            std::size_t outputs = 1;
            for (std::size_t axis = 0; axis < shape.size(); ++axis) {
                const bool folded = std::find(axes.begin(), axes.end(), axis) != axes.end();
                empty_fold = empty_fold || (folded && shape[axis] == 0);
                outputs *= folded ? 1 : shape[axis];
            }
            const bool has_outputs = outputs != 0;
            if (ints.size() == 0 && !empty_fold) {
                // No outputs (a kept axis is empty): xtensor's reducers are not called, see
                // xtensor_sum.
                REQUIRE(parray::parallel_mean(ints, axes).size() == 0);
                REQUIRE(parray::parallel_min(doubles, axes).size() == 0);
            } else if (!empty_fold) {
                const parray::ndarray<double> mean = xt::mean(ints, axes);
                const auto result = parray::parallel_mean(ints, axes);
                static_assert(std::is_same_v<decltype(result)::value_type, double>);
                REQUIRE(close_values(result, mean, 1e-14));
                const parray::ndarray<double> real_mean = xt::mean(doubles, axes);
                REQUIRE(close_values(parray::parallel_mean(doubles, axes), real_mean));
                const parray::ndarray<std::int32_t> lowest = xt::amin(ints, axes);
                const parray::ndarray<std::int32_t> highest = xt::amax(ints, axes);
                const parray::ndarray<double> real_lowest = xt::amin(doubles, axes);
                for (const auto& opts : option_sets()) {
                    REQUIRE(same_values(parray::parallel_min(ints, axes, opts), lowest));
                    REQUIRE(same_values(parray::parallel_max(ints, axes, opts), highest));
                    REQUIRE(same_values(parray::parallel_min(doubles, axes, opts), real_lowest));
                }
            } else {
                // NumPy: "zero-size array to reduction operation minimum which has no identity",
                // also where the result is empty (has_outputs false).
                INFO("outputs " << has_outputs);
                REQUIRE_THROWS_AS(parray::parallel_min(ints, axes), std::invalid_argument);
                REQUIRE_THROWS_AS(parray::parallel_max(doubles, axes), std::invalid_argument);
            }
        }
    }
}

TEST_CASE("reductions along axes read strided views in place and evaluate lazy expressions",
          "[reductions]") {
    const auto a = integers({40, 30, 6});
    const auto stepped = xt::view(a, xt::range(1, 40, 3), xt::all(), xt::range(5, 0, -2));
    const auto transposed = xt::transpose(a);
    const auto lazy = 3 * a + 1;
    for (const auto& axes : all_axis_lists(3)) {
        const parray::ndarray<std::int64_t> from_stepped = xt::sum<std::int64_t>(stepped, axes);
        const parray::ndarray<std::int64_t> from_transposed =
            xt::sum<std::int64_t>(transposed, axes);
        const parray::ndarray<std::int64_t> from_lazy = xt::sum<std::int64_t>(lazy, axes);
        const parray::ndarray<std::int32_t> max_stepped = xt::amax(stepped, axes);
        for (const auto& opts : option_sets()) {
            REQUIRE(same_values(parray::parallel_sum(stepped, axes, opts), from_stepped));
            REQUIRE(same_values(parray::parallel_sum(transposed, axes, opts), from_transposed));
            REQUIRE(same_values(parray::parallel_sum(lazy, axes, opts), from_lazy));
            REQUIRE(same_values(parray::parallel_max(stepped, axes, opts), max_stepped));
        }
    }
}

TEST_CASE("axes: one, a list, a vector, negative, and errors when out of range or repeated",
          "[reductions]") {
    const auto a = integers({4, 5, 6});
    const parray::ndarray<std::int64_t> last = xt::sum<std::int64_t>(a, {2});
    REQUIRE(same_values(parray::parallel_sum(a, 2), last));
    REQUIRE(same_values(parray::parallel_sum(a, -1), last));
    REQUIRE(same_values(parray::parallel_sum(a, std::size_t{2}), last));
    REQUIRE(same_values(parray::parallel_sum(a, std::vector<std::size_t>{2}), last));
    const parray::ndarray<std::int64_t> outer = xt::sum<std::int64_t>(a, {0, 2});
    REQUIRE(same_values(parray::parallel_sum(a, {2, 0}), outer));
    REQUIRE(same_values(parray::parallel_sum(a, {-1, -3}), outer));
    REQUIRE_THROWS_AS(parray::parallel_sum(a, 3), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_sum(a, -4), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_sum(a, {1, -2}), std::invalid_argument);
    REQUIRE_THROWS_WITH(parray::parallel_sum(a, 7),
                        Catch::Contains("axis 7 is out of bounds for an array of dimension 3"));
}

TEST_CASE("keepdims keeps folded axes as length 1, and all_axes folds every axis (axis=None)",
          "[reductions]") {
    const auto a = integers({4, 5, 6});
    using shape = std::vector<std::size_t>;
    const auto shape_of = [](const auto& r) { return shape(r.shape().begin(), r.shape().end()); };
    // The values are those without keepdims, in the same order.
    const auto folded_0_2 = parray::parallel_sum(a, {0, 2});
    const auto kept_0_2 = parray::parallel_sum(a, parray::keepdims({0, -1}));
    REQUIRE(shape_of(kept_0_2) == shape{1, 5, 1});
    REQUIRE(std::equal(kept_0_2.begin(), kept_0_2.end(), folded_0_2.begin(), folded_0_2.end()));
    REQUIRE(shape_of(parray::parallel_mean(a, parray::keepdims(1))) == shape{4, 1, 6});
    REQUIRE(shape_of(parray::parallel_min(a, parray::keepdims(2))) == shape{4, 5, 1});
    REQUIRE(shape_of(parray::parallel_max(a, parray::keepdims({0, 1}))) == shape{1, 1, 6});
    REQUIRE(shape_of(parray::parallel_count_nonzero(a, parray::keepdims(0))) == shape{1, 5, 6});
    REQUIRE(shape_of(parray::parallel_reduce(a, parray::keepdims(1), 0, std::plus<>())) ==
            shape{4, 1, 6});
    // The NumPy idiom it is for: a result that broadcasts back against its input.
    const parray::ndarray<double> centred = a - parray::parallel_mean(a, parray::keepdims(1));
    REQUIRE(std::abs(parray::parallel_sum(centred)) < 1e-9);
    // axis=None: a 0-d result, or all ones with keepdims; the value is the whole-array one.
    const auto every = parray::parallel_sum(a, parray::all_axes());
    REQUIRE(every.dimension() == 0);
    REQUIRE(every() == parray::parallel_sum(a));
    const auto every_kept = parray::parallel_sum(a, parray::keepdims());
    REQUIRE(shape_of(every_kept) == shape{1, 1, 1});
    REQUIRE(every_kept(0, 0, 0) == parray::parallel_sum(a));
    REQUIRE(parray::parallel_mean(a, parray::all_axes())() == parray::parallel_mean(a));
    // np.sum(3.5, axis=0, keepdims=True) is 0-d: there is no axis to keep.
    const parray::ndarray<double> scalar = 3.5;
    REQUIRE(parray::parallel_sum(scalar, parray::keepdims(0)).dimension() == 0);
    REQUIRE(parray::parallel_sum(scalar, parray::keepdims()).dimension() == 0);
    // Errors as without keepdims.
    REQUIRE_THROWS_AS(parray::parallel_sum(a, parray::keepdims(3)), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_sum(a, parray::keepdims({1, 1})), std::invalid_argument);
}

TEST_CASE("NumPy's edge cases: min and max over an empty axis raise, a 0-d array takes axis 0",
          "[reductions]") {
    struct zero_size_case {
        std::vector<std::size_t> shape;
        std::vector<std::ptrdiff_t> axes;
        bool raises;
        std::vector<std::size_t> result_shape;
    };
    struct scalar_case {
        const char* function;
        bool single; // axis=0 rather than axis=(0,)
        std::vector<std::ptrdiff_t> axes;
        bool raises;
        double value;
    };
    // BEGIN GENERATED by tests/data/make_edge_case_reference.py (NumPy 1.24.2)
    // clang-format off
    const std::vector<zero_size_case> zero_size_cases = {
        {{0}, {0}, true, {}},
        {{0, 0}, {0}, true, {}},
        {{0, 0}, {1}, true, {}},
        {{0, 0}, {0, 1}, true, {}},
        {{3, 0}, {0}, false, {0}},
        {{3, 0}, {1}, true, {}},
        {{3, 0}, {0, 1}, true, {}},
        {{0, 3}, {0}, true, {}},
        {{0, 3}, {1}, false, {0}},
        {{0, 3}, {0, 1}, true, {}},
        {{0, 10, 0}, {0}, true, {}},
        {{0, 10, 0}, {1}, false, {0, 0}},
        {{0, 10, 0}, {2}, true, {}},
        {{0, 10, 0}, {0, 1}, true, {}},
        {{0, 10, 0}, {0, 2}, true, {}},
        {{0, 10, 0}, {1, 2}, true, {}},
        {{0, 10, 0}, {0, 1, 2}, true, {}},
        {{2, 0, 4}, {0}, false, {0, 4}},
        {{2, 0, 4}, {1}, true, {}},
        {{2, 0, 4}, {2}, false, {2, 0}},
        {{2, 0, 4}, {0, 1}, true, {}},
        {{2, 0, 4}, {0, 2}, false, {0}},
        {{2, 0, 4}, {1, 2}, true, {}},
        {{2, 0, 4}, {0, 1, 2}, true, {}},
        {{1, 0, 1}, {0}, false, {0, 1}},
        {{1, 0, 1}, {1}, true, {}},
        {{1, 0, 1}, {2}, false, {1, 0}},
        {{1, 0, 1}, {0, 1}, true, {}},
        {{1, 0, 1}, {0, 2}, false, {0}},
        {{1, 0, 1}, {1, 2}, true, {}},
        {{1, 0, 1}, {0, 1, 2}, true, {}},
    };
    const std::vector<scalar_case> scalar_cases = {
        {"sum", true, {0}, false, 3.5},
        {"sum", true, {-1}, false, 3.5},
        {"sum", true, {1}, true, 0.0},
        {"sum", false, {0}, true, 0.0},
        {"sum", false, {}, false, 3.5},
        {"min", true, {0}, false, 3.5},
        {"min", true, {-1}, false, 3.5},
        {"min", true, {1}, true, 0.0},
        {"min", false, {0}, true, 0.0},
        {"min", false, {}, false, 3.5},
        {"max", true, {0}, false, 3.5},
        {"max", true, {-1}, false, 3.5},
        {"max", true, {1}, true, 0.0},
        {"max", false, {0}, true, 0.0},
        {"max", false, {}, false, 3.5},
        {"mean", true, {0}, true, 0.0},
        {"mean", true, {-1}, true, 0.0},
        {"mean", true, {1}, true, 0.0},
        {"mean", false, {0}, true, 0.0},
        {"mean", false, {}, false, 3.5},
    };
    // clang-format on
    // END GENERATED
    for (const auto& c : zero_size_cases) {
        INFO("shape " << parray::detail::shape_to_string(c.shape) << " axes "
                      << parray::detail::shape_to_string(c.axes));
        const auto a = reals(c.shape);
        if (c.raises) {
            REQUIRE_THROWS_AS(parray::parallel_max(a, c.axes), std::invalid_argument);
            REQUIRE_THROWS_AS(parray::parallel_min(a, c.axes), std::invalid_argument);
            REQUIRE_THROWS_AS(parray::parallel_max(xt::abs(a), c.axes), std::invalid_argument);
        } else {
            const auto highest = parray::parallel_max(a, c.axes);
            REQUIRE(std::vector<std::size_t>(highest.shape().begin(), highest.shape().end()) ==
                    c.result_shape);
            REQUIRE(parray::parallel_min(a, c.axes).size() == 0);
        }
    }

    auto scalar = parray::ndarray<double>::from_shape({});
    scalar() = 3.5;
    for (const auto& c : scalar_cases) {
        INFO(c.function << " single " << c.single << " axes "
                        << parray::detail::shape_to_string(c.axes));
        const parray::axis_list axes =
            c.single ? parray::axis_list(c.axes[0]) : parray::axis_list(c.axes);
        const auto call = [&] {
            const std::string name = c.function;
            if (name == "sum") {
                return parray::parallel_sum(scalar, axes);
            }
            if (name == "min") {
                return parray::parallel_min(scalar, axes);
            }
            if (name == "max") {
                return parray::parallel_max(scalar, axes);
            }
            return parray::parallel_mean(scalar, axes);
        };
        if (c.raises) {
            REQUIRE_THROWS_WITH(call(), Catch::Contains("out of bounds"));
        } else {
            const auto result = call();
            REQUIRE(result.dimension() == 0);
            REQUIRE(result() == c.value);
        }
    }
    // np.add.reduce(np.float64(3.5), axis=0, initial=5) is 8.5: init enters once.
    REQUIRE(parray::parallel_reduce(scalar, 0, 5.0, std::plus<>())() == 8.5);
    REQUIRE(parray::parallel_sum(3 * scalar, -1)() == 10.5);
}

TEST_CASE("whole-array min, max and mean equal xtensor's and NumPy's rules", "[reductions]") {
    for (const std::size_t n : {1, 2, 1000, 100003}) {
        const auto ints = integers({n});
        const auto doubles = reals({n});
        for (const auto& opts : option_sets()) {
            REQUIRE(parray::parallel_min(ints, opts) == xt::amin(ints)());
            REQUIRE(parray::parallel_max(ints, opts) == xt::amax(ints)());
            REQUIRE(parray::parallel_min(doubles, opts) == xt::amin(doubles)());
            REQUIRE(parray::parallel_max(doubles, opts) == xt::amax(doubles)());
            // Integers are summed exactly, then divided once.
            const double int_mean = parray::parallel_mean(ints, opts);
            REQUIRE(int_mean == static_cast<double>(xt::sum<std::int64_t>(ints)()) / double(n));
            REQUIRE(parray::parallel_mean(doubles, opts) ==
                    parray::parallel_sum(doubles, opts) / double(n));
        }
    }
    const parray::ndarray<float> floats = {1.5F, -2.0F, 4.0F};
    static_assert(std::is_same_v<decltype(parray::parallel_mean(floats)), float>);
    REQUIRE(parray::parallel_mean(floats) == 3.5F / 3.0F);

    // NaN propagates, wherever it is (np.min([1, nan]) is nan).
    auto with_nan = reals({100003});
    with_nan(77777) = std::numeric_limits<double>::quiet_NaN();
    for (const auto& opts : option_sets()) {
        REQUIRE(std::isnan(parray::parallel_min(with_nan, opts)));
        REQUIRE(std::isnan(parray::parallel_max(with_nan, opts)));
    }
    const parray::ndarray<double> nan_first = {std::nan(""), 1.0, -1.0};
    REQUIRE(std::isnan(parray::parallel_min(nan_first)));
    REQUIRE(std::isnan(parray::parallel_max(nan_first)));
    REQUIRE(std::isnan(parray::parallel_min(nan_first, {0})()));

    const parray::ndarray<double> empty = parray::ndarray<double>::from_shape({0});
    REQUIRE_THROWS_AS(parray::parallel_min(empty), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_max(empty), std::invalid_argument);
    REQUIRE(std::isnan(parray::parallel_mean(empty)));
}

TEST_CASE("argmin and argmax: the first occurrence, the first NaN, flat indices", "[reductions]") {
    auto a = parray::ndarray<double>::from_shape({100003});
    a.fill(5.0);
    for (const auto& opts : option_sets()) {
        REQUIRE(parray::parallel_argmin(a, opts) == 0);
        REQUIRE(parray::parallel_argmax(a, opts) == 0);
    }
    a(70000) = -1.0; // in a later chunk than ...
    a(99999) = -1.0;
    a(40000) = 9.0;
    a(90000) = 9.0;
    for (const auto& opts : option_sets()) {
        REQUIRE(parray::parallel_argmin(a, opts) == 70000);
        REQUIRE(parray::parallel_argmax(a, opts) == 40000);
    }
    a(5) = -1.0; // ... this tie in the first chunk
    a(80000) = std::numeric_limits<double>::quiet_NaN();
    a(95000) = std::numeric_limits<double>::quiet_NaN();
    for (const auto& opts : option_sets()) {
        REQUIRE(parray::parallel_argmin(a, opts) == 80000);
        REQUIRE(parray::parallel_argmax(a, opts) == 80000);
    }
    const auto matrix = integers({7, 11});
    const std::size_t expected_min = static_cast<std::size_t>(xt::argmin(xt::flatten(matrix))());
    const std::size_t expected_max = static_cast<std::size_t>(xt::argmax(xt::flatten(matrix))());
    REQUIRE(parray::parallel_argmin(matrix) == expected_min);
    REQUIRE(parray::parallel_argmax(matrix) == expected_max);
    // Of a transposed view: the flat index in the view's own row-major order.
    const auto transposed = xt::transpose(matrix);
    const parray::ndarray<std::int32_t> copy = transposed;
    REQUIRE(parray::parallel_argmin(transposed) == parray::parallel_argmin(copy));
    REQUIRE_THROWS_AS(parray::parallel_argmin(parray::ndarray<int>::from_shape({0})),
                      std::invalid_argument);
}

TEST_CASE("any and all, with and without a predicate", "[reductions]") {
    auto a = parray::ndarray<int>::from_shape({100003});
    a.fill(0);
    for (const auto& opts : option_sets()) {
        REQUIRE_FALSE(parray::parallel_any(a, opts));
        REQUIRE_FALSE(parray::parallel_all(a, opts));
        REQUIRE(parray::parallel_all(
            a, [](int x) { return x == 0; }, opts));
    }
    a(99998) = 3;
    for (const auto& opts : option_sets()) {
        REQUIRE(parray::parallel_any(a, opts));
        REQUIRE(parray::parallel_any(
            a, [](int x) { return x > 2; }, opts));
        REQUIRE_FALSE(parray::parallel_any(
            a, [](int x) { return x > 3; }, opts));
        REQUIRE_FALSE(parray::parallel_all(
            a, [](int x) { return x == 0; }, opts));
    }
    const auto empty = parray::ndarray<int>::from_shape({0});
    REQUIRE_FALSE(parray::parallel_any(empty));
    REQUIRE(parray::parallel_all(empty));
    // Through a view and a lazy expression.
    REQUIRE(parray::parallel_any(xt::view(a, xt::range(99990, 100000))));
    REQUIRE_FALSE(parray::parallel_any(xt::view(a, xt::range(0, 99990))));
    REQUIRE(parray::parallel_all(a + 1));
}

TEST_CASE("any stops early: once an element is found, other chunks stop", "[reductions]") {
    auto a = parray::ndarray<int>::from_shape({1 << 20});
    a.fill(0);
    a(0) = 1;
    // 1024 chunks of 1024 on the caller alone (a pool of 1): the first element decides, and
    // every later chunk sees the flag before it starts, so the predicate runs exactly once.
    std::atomic<std::size_t> any_calls{0};
    REQUIRE(parray::parallel_any(
        a,
        [&any_calls](int x) {
            any_calls.fetch_add(1, std::memory_order_relaxed);
            return x != 0;
        },
        parray::options{}.pool(pool_of(1)).num_chunks(1024)));
    REQUIRE(any_calls.load() == 1);
    // With more threads, how far the others get depends on timing; the answer does not.
    for (const std::size_t threads : {2, 4}) {
        REQUIRE(parray::parallel_any(
            a, [](int x) { return x != 0; },
            parray::options{}.pool(pool_of(threads)).num_chunks(1024)));
    }
    // all stops at the first element that fails.
    std::atomic<std::size_t> calls{0};
    REQUIRE_FALSE(parray::parallel_all(
        a,
        [&calls](int x) {
            calls.fetch_add(1, std::memory_order_relaxed);
            return x == 0;
        },
        parray::options{}.pool(pool_of(1)).num_chunks(1024)));
    REQUIRE(calls.load() == 1);
}

TEST_CASE("exceptions from op or a predicate reach the caller", "[reductions]") {
    const auto a = integers({50, 1000});
    const auto throwing = [](std::int32_t x, std::int32_t y) {
        if (y == 999) {
            throw std::runtime_error("bad element");
        }
        return x + y;
    };
    REQUIRE_THROWS_WITH(parray::parallel_reduce(a, {0}, std::int32_t{0}, throwing), "bad element");
    REQUIRE_THROWS_WITH(parray::parallel_any(a,
                                             [](std::int32_t x) -> bool {
                                                 if (x == 999) {
                                                     throw std::runtime_error("bad predicate");
                                                 }
                                                 return false;
                                             }),
                        "bad predicate");
    // The pool is still usable.
    REQUIRE(parray::parallel_sum(a) == xt::sum<std::int64_t>(a)());
}

TEST_CASE("few long folds and many short ones both run on more than one thread", "[reductions]") {
    // op makes each thread, on its first call, wait until a second thread has arrived too: the
    // call can only return if its work was split so that two threads ran it at once.
    static std::atomic<int> round{0};
    static std::atomic<int> arrivals{0};
    const auto meet_another_thread = [] {
        thread_local int last_round = -1;
        if (last_round == round.load()) {
            return;
        }
        last_round = round.load();
        arrivals.fetch_add(1);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (arrivals.load() < 2) {
            if (std::chrono::steady_clock::now() > deadline) {
                throw std::runtime_error("no second thread joined the reduction");
            }
            std::this_thread::yield();
        }
    };
    const auto add = [&](double x, double y) {
        meet_another_thread();
        return x + y;
    };
    const auto wide = reals({2000, 2000});     // sum(axis=0): 2000 outputs of 2000 elements
    const auto long_rows = reals({4, 200000}); // sum(axis=1): 4 outputs of 200000 elements
    const auto opts = parray::options{}.pool(pool_of(2));
    round.fetch_add(1);
    arrivals.store(0);
    const auto column_sums = parray::parallel_reduce(wide, 0, 0.0, add, opts);
    REQUIRE(close_values(column_sums, xtensor_sum<double>(wide, {0})));
    round.fetch_add(1);
    arrivals.store(0);
    const auto row_sums = parray::parallel_reduce(long_rows, 1, 0.0, add, opts);
    REQUIRE(close_values(row_sums, xtensor_sum<double>(long_rows, {1}), 1e-9));
}

TEST_CASE("reductions along axes of lazy expressions read them in place, with the bits of the "
          "evaluated array",
          "[reductions]") {
    // Views, broadcasting (a column and a row), a transpose, and shapes with axes of extent 1,
    // long runs (more than a block of 8192) and many short ones.
    for (const auto& shape : std::vector<std::vector<std::size_t>>{
             {9000, 3}, {3, 9000}, {40, 1, 30, 6}, {7, 5, 1}, {1000, 8}, {500, 20}, {1}}) {
        INFO("shape " << parray::detail::shape_to_string(shape));
        const auto a = reals(shape);
        std::vector<std::size_t> column_shape(shape.size(), 1);
        column_shape[0] = shape[0];
        const auto column = reals(column_shape);
        const auto row = reals({shape.back()});
        const auto lazy = xt::square(a - column) * 0.5 + row;
        const parray::ndarray<double> evaluated = lazy;
        // Without the column: short rows are read many at a time (merged), the row from copies.
        const auto centred = xt::square(a - row) + 0.25;
        const parray::ndarray<double> centred_evaluated = centred;
        const auto ints = integers(shape);
        const auto int_lazy = 3 * ints - 1;
        const parray::ndarray<std::int32_t> int_evaluated = int_lazy;
        for (const auto& axes : all_axis_lists(shape.size())) {
            for (const auto& opts : option_sets()) {
                REQUIRE(same_values(parray::parallel_sum(lazy, axes, opts),
                                    parray::parallel_sum(evaluated, axes, opts)));
                REQUIRE(same_values(parray::parallel_mean(lazy, axes, opts),
                                    parray::parallel_mean(evaluated, axes, opts)));
                REQUIRE(same_values(parray::parallel_min(lazy, axes, opts),
                                    parray::parallel_min(evaluated, axes, opts)));
                REQUIRE(same_values(parray::parallel_sum(int_lazy, axes, opts),
                                    parray::parallel_sum(int_evaluated, axes, opts)));
                REQUIRE(same_values(parray::parallel_sum(centred, axes, opts),
                                    parray::parallel_sum(centred_evaluated, axes, opts)));
                REQUIRE(same_values(parray::parallel_max(centred, axes, opts),
                                    parray::parallel_max(centred_evaluated, axes, opts)));
            }
        }
    }
    // A slice expression, and a transposed operand.
    const auto u = reals({300, 200});
    const auto shifted = xt::view(u, xt::range(1, 300), xt::all()) -
                         xt::view(u, xt::range(0, 299), xt::all()) +
                         xt::transpose(reals({200, 299}));
    const parray::ndarray<double> shifted_values = shifted;
    for (const auto& axes : all_axis_lists(2)) {
        for (const auto& opts : option_sets()) {
            REQUIRE(same_values(parray::parallel_sum(shifted, axes, opts),
                                parray::parallel_sum(shifted_values, axes, opts)));
        }
    }
}

TEST_CASE("parallel_sum and parallel_mean of complex numbers equal NumPy's bit for bit",
          "[reductions][sum]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr float inf_f = std::numeric_limits<float>::infinity();
    constexpr float nan_f = std::numeric_limits<float>::quiet_NaN();
    // BEGIN GENERATED by tests/data/make_complex_sum_reference.py (NumPy 1.24.2)
    // clang-format off
    // {n, np.sum(complex_sawtooth(n)), np.mean(...)} for complex128
    const whole_reference<std::complex<double>> complex128_whole[] = {
        {0, {0x0.0p+0, 0x0.0p+0}, {nan, nan}},
        {1, {-0x1.0000000000000p-2, -0x1.0000000000000p-9}, {-0x1.0000000000000p-2, -0x1.0000000000000p-9}},
        {3, {0x1.3f81ee73600f9p-1, 0x1.22842174669d6p-8}, {0x1.aa0293448014cp-3, 0x1.835ad745de272p-10}},
        {4, {0x1.7f03dce6c01f2p-1, 0x1.089e93c8a6c32p-10}, {0x1.7f03dce6c01f2p-3, 0x1.089e93c8a6c32p-12}},
        {5, {0x1.53b11ad5eade8p-1, 0x1.7af6eb9061ce7p-6}, {0x1.0fc0e244bbe53p-3, 0x1.2f2befa6b4a53p-8}},
        {7, {0x1.de46c293d0367p+0, 0x1.20e55fd642246p-4}, {0x1.114d01790943bp-2, 0x1.4a2ab6abb94e2p-7}},
        {8, {0x1.142f2c628acefp+1, -0x1.d53a300898076p-5}, {0x1.142f2c628acefp-2, -0x1.d53a300898076p-8}},
        {9, {0x1.1e85cb5a202eap+1, 0x1.34657d4d37872p-3}, {0x1.fd5fa26755a83p-3, 0x1.122152ef4dcd7p-6}},
        {63, {0x1.f7f695f65478ep+3, -0x1.79f3de22d5fa0p+5}, {0x1.fff66fb5291d5p-3, -0x1.7ff3acd62eb4dp-1}},
        {64, {0x1.05a88f76e146ap+4, -0x1.a06d418dc5f0ap+5}, {0x1.05a88f76e146ap-2, -0x1.a06d418dc5f0ap-1}},
        {65, {0x1.0bff2e6e76a65p+4, -0x1.76b9383e6867cp+5}, {0x1.07dfafafb7c73p-2, -0x1.70f562b399ffcp-1}},
        {127, {0x1.fcf4f95fce104p+4, 0x1.cc90c9c050378p+3}, {0x1.007b739715328p-2, 0x1.d0312c188139fp-4}},
        {128, {0x1.007c6e698d3d2p+5, 0x1.d828f20f7fea8p+3}, {0x1.007c6e698d3d2p-2, 0x1.d828f20f7fea8p-4}},
        {129, {0x1.00d30d61229cdp+5, 0x1.cd02f6b72eaf8p+3}, {0x1.fdaac537d58e8p-3, 0x1.c970168a1a7a9p-4}},
        {1000, {0x1.f4b63216f9042p+7, 0x1.1a0f0cf123c8ap+7}, {0x1.005d48bffc6cap-2, 0x1.20d4050f80cd7p-3}},
        {8191, {0x1.ffddbb2f25d60p+10, 0x1.2509fc9927abep+8}, {0x1.ffedba9cfabddp-3, 0x1.25132532513e7p-5}},
        {8192, {0x1.000429da308e1p+11, 0x1.1de1727b896d0p+8}, {0x1.000429da308e1p-2, 0x1.1de1727b896d0p-5}},
        {8193, {0x1.0012c8d1c5edcp+11, 0x1.4ae3c652ebaacp+8}, {0x1.000ac87b8211bp-2, 0x1.4ad96f876f6f4p-5}},
        {16384, {0x1.0003a3302bcbfp+12, 0x1.4419a10ee9509p+7}, {0x1.0003a3302bcbfp-2, 0x1.4419a10ee9509p-7}},
        {16385, {0x1.00064227c12bap+12, 0x1.511bf4e64b8e5p+7}, {0x1.0002421eb8b0cp-2, 0x1.5116b08b89603p-7}},
        {32769, {0x1.ffee69a76f4edp+12, 0x1.b858d46428d82p+5}, {0x1.ffea69d29ba9ap-3, 0x1.b85563b961656p-10}},
        {65535, {0x1.ffec0d2631ae4p+13, -0x1.0e1a34bd5f2d0p+4}, {0x1.ffee0d143ec28p-3, -0x1.0e1b42d8a205ap-12}},
        {65536, {0x1.fff0f6681e7e8p+13, -0x1.0e1c9cd68a208p+4}, {0x1.fff0f6681e7e8p-3, -0x1.0e1c9cd68a208p-12}},
        {100000, {0x1.868dfad5194d0p+14, -0x1.9088cb73bc5eap+8}, {0x1.ffe8616dd2071p-3, -0x1.067e838839423p-8}},
        {1000003, {0x1.e82fc6bb35b28p+17, -0x1.a597578157bf2p+10}, {0x1.ffe634dadf7bep-3, -0x1.ba11ae4d21cd9p-10}},
    };
    // {v, np.sum([v, 2+3j, -1-0.5j]), np.mean(...)} for complex128
    const special_reference<std::complex<double>> complex128_special[] = {
        {{inf, 0x1.0000000000000p+0}, {inf, 0x1.c000000000000p+1}, {inf, nan}},
        {{0x1.0000000000000p+0, inf}, {0x1.0000000000000p+1, inf}, {nan, inf}},
        {{-inf, -inf}, {-inf, -inf}, {nan, nan}},
        {{nan, 0x1.0000000000000p+0}, {nan, 0x1.c000000000000p+1}, {nan, nan}},
        {{0x1.0000000000000p+0, nan}, {0x1.0000000000000p+1, nan}, {nan, nan}},
        {{-0x0.0p+0, -0x0.0p+0}, {0x1.0000000000000p+0, 0x1.4000000000000p+1}, {0x1.5555555555555p-2, 0x1.aaaaaaaaaaaaap-1}},
    };
    // {shape, axes, data, FNV-1a of a.sum(axis=axes), of a.mean(axis=axes)} for complex128
    const axis_reference complex128_axes[] = {
        {{37, 260}, {0}, data::sawtooth, 0x02b1b4abcd95c429u, 0xd8315aea1a750c17u},
        {{37, 260}, {1}, data::sawtooth, 0x763b88455318fe3du, 0xeab7560be1806258u},
        {{3, 9000}, {1}, data::sawtooth, 0x4a0c71d3bd1eaecdu, 0xa5389fe2e5ea78eau},
        {{9000, 3}, {0}, data::sawtooth, 0x192c83bdd2e480c6u, 0xe1b1f28bf69f23e0u},
        {{6, 7, 150}, {0}, data::sawtooth, 0x7b824dd170af3509u, 0x6da6126136ad9574u},
        {{6, 7, 150}, {1}, data::sawtooth, 0xf532b59d5fb40edfu, 0x2f6839f83723b0bbu},
        {{6, 7, 150}, {2}, data::sawtooth, 0x6d64348adcd777c8u, 0xdd2d9a3fe801c974u},
        {{6, 7, 150}, {0, 1}, data::sawtooth, 0x5ec48b656be31e7du, 0x15ccfabb90c43a3fu},
        {{6, 7, 150}, {0, 2}, data::sawtooth, 0x8ca5db01a748ec92u, 0x29d7b95b9f4e8966u},
        {{6, 7, 150}, {}, data::sawtooth, 0x6fc99bb95b931afau, 0x6fc99bb95b931afau},
        {{65544, 1}, {0}, data::steps, 0x6d74809d43829d96u, 0x81ebe33450b11ee8u},
        {{1, 65548}, {1}, data::steps, 0x5c5b235e7aa88823u, 0x1f3286866b0ca80du},
        {{1011, 1}, {0}, data::steps, 0x5fa3c86cc42a62e4u, 0xcb9e3bd5a2f6f9ecu},
        {{1011}, {0}, data::steps, 0x5fa3c86cc42a62e4u, 0xcb9e3bd5a2f6f9ecu},
        {{3, 337}, {0, 1}, data::steps, 0x5fa3c86cc42a62e4u, 0xcb9e3bd5a2f6f9ecu},
    };
    // {n, np.sum(complex_sawtooth(n)), np.mean(...)} for complex64
    const whole_reference<std::complex<float>> complex64_whole[] = {
        {0, {0x0.0p+0f, 0x0.0p+0f}, {nan_f, nan_f}},
        {1, {-0x1.000000p-2f, -0x1.000000p-9f}, {-0x1.000000p-2f, -0x1.000000p-9f}},
        {3, {0x1.3f81eep-1f, 0x1.228420p-8f}, {0x1.aa0292p-3f, 0x1.835ad6p-10f}},
        {4, {0x1.7f03dcp-1f, 0x1.089e90p-10f}, {0x1.7f03dcp-3f, 0x1.089e90p-12f}},
        {5, {0x1.53b11ap-1f, 0x1.7af6ecp-6f}, {0x1.0fc0e2p-3f, 0x1.2f2bf0p-8f}},
        {7, {0x1.de46c2p+0f, 0x1.20e560p-4f}, {0x1.114d02p-2f, 0x1.4a2ab6p-7f}},
        {8, {0x1.142f2cp+1f, -0x1.d53a30p-5f}, {0x1.142f2cp-2f, -0x1.d53a30p-8f}},
        {9, {0x1.1e85ccp+1f, 0x1.34657cp-3f}, {0x1.fd5fa4p-3f, 0x1.122152p-6f}},
        {63, {0x1.f7f694p+3f, -0x1.79f3e4p+5f}, {0x1.fff66ep-3f, -0x1.7ff3b2p-1f}},
        {64, {0x1.05a890p+4f, -0x1.a06d44p+5f}, {0x1.05a890p-2f, -0x1.a06d44p-1f}},
        {65, {0x1.0bff2ep+4f, -0x1.76b934p+5f}, {0x1.07dfb0p-2f, -0x1.70f55ep-1f}},
        {127, {0x1.fcf4fap+4f, 0x1.cc90b8p+3f}, {0x1.007b74p-2f, 0x1.d0311ap-4f}},
        {128, {0x1.007c6ep+5f, 0x1.d828f0p+3f}, {0x1.007c6ep-2f, 0x1.d828f0p-4f}},
        {129, {0x1.00d30ep+5f, 0x1.cd0300p+3f}, {0x1.fdaac6p-3f, 0x1.c97020p-4f}},
        {1000, {0x1.f4b632p+7f, 0x1.1a0f0cp+7f}, {0x1.005d48p-2f, 0x1.20d404p-3f}},
        {8191, {0x1.ffddbcp+10f, 0x1.250a08p+8f}, {0x1.ffedbcp-3f, 0x1.251330p-5f}},
        {8192, {0x1.00042ap+11f, 0x1.1de17cp+8f}, {0x1.00042ap-2f, 0x1.1de17cp-5f}},
        {8193, {0x1.0012c8p+11f, 0x1.4ae3d0p+8f}, {0x1.000ac8p-2f, 0x1.4ad97ap-5f}},
        {16384, {0x1.0003a4p+12f, 0x1.4419a4p+7f}, {0x1.0003a4p-2f, 0x1.4419a4p-7f}},
        {16385, {0x1.000642p+12f, 0x1.511bf8p+7f}, {0x1.000242p-2f, 0x1.5116b4p-7f}},
        {32769, {0x1.ffee6cp+12f, 0x1.b85912p+5f}, {0x1.ffea6cp-3f, 0x1.b855a2p-10f}},
        {65535, {0x1.ffec0ep+13f, -0x1.0e1b00p+4f}, {0x1.ffee0ep-3f, -0x1.0e1c0ep-12f}},
        {65536, {0x1.fff0f8p+13f, -0x1.0e1dd0p+4f}, {0x1.fff0f8p-3f, -0x1.0e1dd0p-12f}},
        {100000, {0x1.868dfap+14f, -0x1.9088e4p+8f}, {0x1.ffe860p-3f, -0x1.067e94p-8f}},
        {1000003, {0x1.e82fc6p+17f, -0x1.a59788p+10f}, {0x1.ffe634p-3f, -0x1.ba11e2p-10f}},
    };
    // {v, np.sum([v, 2+3j, -1-0.5j]), np.mean(...)} for complex64
    const special_reference<std::complex<float>> complex64_special[] = {
        {{inf_f, 0x1.000000p+0f}, {inf_f, 0x1.c00000p+1f}, {inf_f, nan_f}},
        {{0x1.000000p+0f, inf_f}, {0x1.000000p+1f, inf_f}, {nan_f, inf_f}},
        {{-inf_f, -inf_f}, {-inf_f, -inf_f}, {nan_f, nan_f}},
        {{nan_f, 0x1.000000p+0f}, {nan_f, 0x1.c00000p+1f}, {nan_f, nan_f}},
        {{0x1.000000p+0f, nan_f}, {0x1.000000p+1f, nan_f}, {nan_f, nan_f}},
        {{-0x0.0p+0f, -0x0.0p+0f}, {0x1.000000p+0f, 0x1.400000p+1f}, {0x1.555556p-2f, 0x1.aaaaaap-1f}},
    };
    // {shape, axes, data, FNV-1a of a.sum(axis=axes), of a.mean(axis=axes)} for complex64
    const axis_reference complex64_axes[] = {
        {{37, 260}, {0}, data::sawtooth, 0xbd67d7a398f12a01u, 0xf6a19e2fee112f98u},
        {{37, 260}, {1}, data::sawtooth, 0x6bd3a6e8d1015347u, 0x7f121901f2848ff1u},
        {{3, 9000}, {1}, data::sawtooth, 0x04272e305720b202u, 0x1b9f175eeb06f09au},
        {{9000, 3}, {0}, data::sawtooth, 0xd4bf03d0997bbda6u, 0x3df6722ce574c420u},
        {{6, 7, 150}, {0}, data::sawtooth, 0x66431081c40b1e85u, 0x4d8c8271f501f818u},
        {{6, 7, 150}, {1}, data::sawtooth, 0xbee54f470c304eecu, 0xbd9ee656dd63dc5au},
        {{6, 7, 150}, {2}, data::sawtooth, 0x798a49d6ab4d7bcbu, 0x1b58cf60237dd448u},
        {{6, 7, 150}, {0, 1}, data::sawtooth, 0x8bb059c8e24f59f7u, 0xc133e79ffd97cad6u},
        {{6, 7, 150}, {0, 2}, data::sawtooth, 0xf2511db634711cf1u, 0x95cd96df936efec8u},
        {{6, 7, 150}, {}, data::sawtooth, 0x64680e152d827e62u, 0x64680e152d827e62u},
        {{65544, 1}, {0}, data::steps, 0x110da45b40eb9475u, 0x0fc9416165b06f81u},
        {{1, 65548}, {1}, data::steps, 0x0648575e33439412u, 0x255fb38a2fa01101u},
        {{1011, 1}, {0}, data::steps, 0xfb0861ddcef9d5bfu, 0x6a927e72cb13a507u},
        {{1011}, {0}, data::steps, 0xfb0861ddcef9d5bfu, 0x891cdfc9be96cc55u},
        {{3, 337}, {0, 1}, data::steps, 0xfb0861ddcef9d5bfu, 0x891cdfc9be96cc55u},
    };
    // clang-format on
    // END GENERATED
    const std::size_t threads = GENERATE(1, 2, 3, 8);
    INFO("pool of " << threads);
    const auto opts = parray::options{}.pool(pool_of(threads));
    check_complex_references(complex128_whole, complex128_special, complex128_axes, opts);
    check_complex_references(complex64_whole, complex64_special, complex64_axes, opts);
}

TEST_CASE("complex sums and means: NumPy's types, the same bits under every option and for "
          "lazy expressions, empty arrays",
          "[reductions][sum]") {
    using cdouble = std::complex<double>;
    using cfloat = std::complex<float>;
    static_assert(
        std::is_same_v<decltype(parray::parallel_sum(parray::ndarray<cfloat>{})), cfloat>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_mean(parray::ndarray<cdouble>{})), cdouble>);
    static_assert(std::is_same_v<decltype(parray::parallel_mean(parray::ndarray<cfloat>{}, 0)),
                                 parray::ndarray<cfloat>>);

    // Any options: the same bits on every pool (not np.sum's unless the chunks are automatic).
    const auto a = complex_sawtooth<double>({100003});
    const auto table = complex_sawtooth<float>({40, 30, 70});
    const auto lazy = table * cfloat(0.5F, -2.0F) + table;
    const parray::ndarray<cfloat> lazy_values = lazy;
    for (const auto& chosen :
         {parray::options{}, parray::options{}.num_chunks(7), parray::options{}.chunk_size(1000)}) {
        const auto on = [&](std::size_t threads) {
            return parray::options(chosen).pool(pool_of(threads));
        };
        const cdouble sum = parray::parallel_sum(a, on(1));
        const cfloat lazy_sum = parray::parallel_sum(lazy_values, on(1));
        for (const std::size_t threads : {1, 2, 3, 8}) {
            INFO("pool of " << threads);
            REQUIRE(same_complex_bits(parray::parallel_sum(a, on(threads)), sum));
            REQUIRE(same_complex_bits(parray::parallel_sum(lazy, on(threads)), lazy_sum));
        }
    }
    for (const auto& axes : all_axis_lists(3)) {
        INFO("axes " << parray::detail::shape_to_string(axes));
        const auto sums = parray::parallel_sum(table, axes, parray::options{}.pool(pool_of(1)));
        const auto means = parray::parallel_mean(table, axes, parray::options{}.pool(pool_of(1)));
        for (const auto& opts : option_sets()) {
            REQUIRE(same_bits(parray::parallel_sum(table, axes, opts), sums));
            REQUIRE(same_bits(parray::parallel_mean(table, axes, opts), means));
            REQUIRE(same_bits(parray::parallel_sum(lazy, axes, opts),
                              parray::parallel_sum(lazy_values, axes, opts)));
            REQUIRE(same_bits(parray::parallel_mean(lazy, axes, opts),
                              parray::parallel_mean(lazy_values, axes, opts)));
        }
    }

    // np.sum of nothing is 0j, np.mean nan+nanj (a.mean(axis=0) too, where the axis is empty).
    const auto empty = parray::ndarray<cdouble>::from_shape({0});
    REQUIRE(same_complex_bits(parray::parallel_sum(empty), cdouble(0.0, 0.0)));
    const cdouble empty_mean = parray::parallel_mean(empty);
    REQUIRE((std::isnan(empty_mean.real()) && std::isnan(empty_mean.imag())));
    const auto no_rows = parray::ndarray<cfloat>::from_shape({0, 3});
    const auto column_sums = parray::parallel_sum(no_rows, 0);
    const auto column_means = parray::parallel_mean(no_rows, 0);
    REQUIRE((column_sums.size() == 3 && column_means.size() == 3));
    for (std::size_t j = 0; j < 3; ++j) {
        REQUIRE(same_complex_bits(column_sums(j), cfloat(0.0F, 0.0F)));
        REQUIRE((std::isnan(column_means(j).real()) && std::isnan(column_means(j).imag())));
    }
}

TEST_CASE("parallel_count_nonzero counts as np.count_nonzero: NaN counts, -0.0 does not",
          "[reductions]") {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    parray::ndarray<double> a = {
        {0.0, -0.0, nan, 1.0}, {inf, 0.0, 2.0, -3.0}, {0.0, 0.0, 0.0, 0.0}};
    // NumPy 1.24: np.count_nonzero(a) == 5, axis=0 [1 0 2 2], axis=1 [2 3 0].
    const std::vector<std::complex<double>> complex_values = {
        {0.0, 0.0}, {0.0, 1.0}, {1.0, 0.0}, {-0.0, 0.0}}; // np.count_nonzero gives 2
    auto complex_array = parray::ndarray<std::complex<double>>::from_shape({4});
    std::copy(complex_values.begin(), complex_values.end(), complex_array.begin());
    const auto large = integers({301, 77});
    for (const auto& opts : option_sets()) {
        const std::int64_t count = parray::parallel_count_nonzero(a, opts);
        REQUIRE(count == 5);
        REQUIRE(same_values(parray::parallel_count_nonzero(a, 0, opts),
                            parray::ndarray<std::int64_t>{1, 0, 2, 2}));
        REQUIRE(same_values(parray::parallel_count_nonzero(a, 1, opts),
                            parray::ndarray<std::int64_t>{2, 3, 0}));
        REQUIRE(parray::parallel_count_nonzero(complex_array, opts) == 2);
        // Integers, a lazy expression and a view, against a plain count.
        const auto lazy = large % 7 - 3;
        std::int64_t expected = 0;
        for (const int x : parray::ndarray<int>(lazy)) {
            expected += x != 0 ? 1 : 0;
        }
        REQUIRE(parray::parallel_count_nonzero(lazy, opts) == expected);
        const parray::ndarray<std::int64_t> by_column =
            xt::sum<std::int64_t>(xt::not_equal(lazy, 0), {0});
        REQUIRE(same_values(parray::parallel_count_nonzero(lazy, 0, opts), by_column));
        const auto view = xt::view(large, xt::range(1, 300, 2), xt::all());
        const parray::ndarray<std::int64_t> by_row =
            xt::sum<std::int64_t>(xt::not_equal(view, 0), {1});
        REQUIRE(same_values(parray::parallel_count_nonzero(view, -1, opts), by_row));
        // A row of bools broadcast down the rows: read from a block of its copies.
        auto keep = parray::ndarray<bool>::from_shape({77});
        for (std::size_t j = 0; j < keep.size(); ++j) {
            keep(j) = j % 3 != 0;
        }
        const auto masked = xt::not_equal(lazy, 0) && keep;
        const parray::ndarray<std::int64_t> masked_columns = xt::sum<std::int64_t>(masked, {0});
        REQUIRE(same_values(parray::parallel_sum(masked, 0, opts), masked_columns));
        REQUIRE(parray::parallel_count_nonzero(masked, opts) == xt::sum<std::int64_t>(masked)());
    }
    // Empty: 0, and a row of zeros for an empty folded axis (np.count_nonzero(np.zeros((0, 3)),
    // axis=0) is [0 0 0]).
    const auto empty = parray::ndarray<double>::from_shape({0, 3});
    REQUIRE(parray::parallel_count_nonzero(empty) == 0);
    REQUIRE(same_values(parray::parallel_count_nonzero(empty, 0),
                        parray::ndarray<std::int64_t>{0, 0, 0}));
}

// ---------------------------------------------------------------------------------------------
// prod, ptp, argmin and argmax along an axis, any and all along axes (issue 17)

namespace {

template <class T>
struct reference_input {
    std::vector<std::size_t> shape;
    std::vector<T> values;
};

// The generated tables of results are constant data (see short_list).
struct reference_result {
    std::size_t input;
    std::string_view function;
    parray_test::short_list<std::ptrdiff_t> axes;
    bool all_axes;
    bool raises;
    parray_test::short_list<std::size_t> shape;
    parray_test::short_list<std::size_t> kept_shape;
    std::uint64_t hash;
};

enum class long_data { near_one, odd, ties, one_zero };

struct long_reference {
    std::string_view function;
    std::string_view type;
    parray_test::short_list<std::size_t> shape;
    parray_test::short_list<std::ptrdiff_t> axes;
    bool whole;
    long_data values;
    std::uint64_t hash;
};

// FNV-1a, 64-bit, over the little-endian bytes of one value (a complex one's real part, then its
// imaginary part), every NaN as the bits of quiet_NaN() (np.nan's), as
// make_prod_ptp_arg_reference.py hashes NumPy's results.
template <class T>
void hash_value(std::uint64_t& hash, T x) {
    if constexpr (parray::detail::is_complex_v<T>) {
        hash_value(hash, x.real());
        hash_value(hash, x.imag());
    } else {
        if constexpr (std::is_floating_point_v<T>) {
            if (std::isnan(x)) {
                x = std::numeric_limits<T>::quiet_NaN();
            }
        }
        unsigned char bytes[sizeof(T)];
        std::memcpy(bytes, &x, sizeof(T));
        for (const unsigned char byte : bytes) {
            hash = (hash ^ byte) * 1099511628211ULL;
        }
    }
}

template <class T>
std::uint64_t fnv1a_of_value(const T& x) {
    std::uint64_t hash = 14695981039346656037ULL;
    hash_value(hash, x);
    return hash;
}

template <class T>
std::uint64_t fnv1a_of_array(const parray::ndarray<T>& a) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const T& x : a) {
        hash_value(hash, x);
    }
    return hash;
}

template <class A>
std::vector<std::size_t> shape_of(const A& a) {
    return std::vector<std::size_t>(a.shape().begin(), a.shape().end());
}

parray::axis_list axes_of(const reference_result& r) {
    if (r.all_axes) {
        return parray::all_axes();
    }
    // NumPy was given an int for one axis (a 0-d array takes axis=0 only so), a tuple otherwise.
    if (r.axes.size() == 1) {
        return parray::axis_list(r.axes[0]);
    }
    return parray::axis_list(r.axes.to_vector());
}

// Checks along(axes), along(keepdims(axes)) and, for axis=None, whole() against NumPy's result r.
template <class Whole, class Along>
void check_reference(const reference_result& r, Whole whole, Along along) {
    const parray::axis_list axes = axes_of(r);
    if (r.raises) {
        CHECK_THROWS_AS(along(axes), std::invalid_argument);
        CHECK_THROWS_AS(along(parray::keepdims(axes)), std::invalid_argument);
        if (r.all_axes) {
            CHECK_THROWS_AS(whole(), std::invalid_argument);
        }
        return;
    }
    const auto result = along(axes);
    CHECK(shape_of(result) == r.shape.to_vector());
    CHECK(fnv1a_of_array(result) == r.hash);
    const auto kept = along(parray::keepdims(axes));
    CHECK(shape_of(kept) == r.kept_shape.to_vector());
    CHECK(fnv1a_of_array(kept) == r.hash);
    if (r.all_axes) {
        CHECK(fnv1a_of_value(whole()) == r.hash);
    }
}

template <class T, std::size_t N>
void check_small_references(const std::vector<reference_input<T>>& inputs,
                            const reference_result (&results)[N], const parray::options& opts) {
    for (const reference_result& r : results) {
        const reference_input<T>& input = inputs.at(r.input);
        auto a = parray::ndarray<T>::from_shape(input.shape);
        std::copy(input.values.begin(), input.values.end(), a.begin());
        INFO("input " << r.input << " of shape " << parray::detail::shape_to_string(input.shape)
                      << ": " << r.function << " along "
                      << (r.all_axes ? std::string("all axes")
                                     : parray::detail::shape_to_string(r.axes.to_vector())));
        if (r.function == "prod") {
            check_reference(
                r, [&] { return parray::parallel_prod(a, opts); },
                [&](const parray::axis_list& axes) {
                    return parray::parallel_prod(a, axes, opts);
                });
        } else if (r.function == "any") {
            check_reference(
                r, [&] { return parray::parallel_any(a, opts); },
                [&](const parray::axis_list& axes) { return parray::parallel_any(a, axes, opts); });
        } else if (r.function == "all") {
            check_reference(
                r, [&] { return parray::parallel_all(a, opts); },
                [&](const parray::axis_list& axes) { return parray::parallel_all(a, axes, opts); });
        } else if constexpr (!parray::detail::is_complex_v<T>) {
            if (r.function == "ptp") {
                check_reference(
                    r, [&] { return parray::parallel_ptp(a, opts); },
                    [&](const parray::axis_list& axes) {
                        return parray::parallel_ptp(a, axes, opts);
                    });
            } else if (r.function == "argmin") {
                check_reference(
                    r, [&] { return static_cast<std::int64_t>(parray::parallel_argmin(a, opts)); },
                    [&](const parray::axis_list& axes) {
                        return parray::parallel_argmin(a, axes, opts);
                    });
            } else {
                REQUIRE(r.function == "argmax");
                check_reference(
                    r, [&] { return static_cast<std::int64_t>(parray::parallel_argmax(a, opts)); },
                    [&](const parray::axis_list& axes) {
                        return parray::parallel_argmax(a, axes, opts);
                    });
            }
        } else {
            FAIL("no " << r.function << " of complex numbers");
        }
    }
}

// The long arrays of make_prod_ptp_arg_reference.py, by its formulas.
template <class T>
parray::ndarray<T> long_array(const std::vector<std::size_t>& shape, long_data values) {
    auto a = parray::ndarray<T>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto k = static_cast<std::int64_t>(i);
        if constexpr (parray::detail::is_complex_v<T>) {
            a.data()[i] = {1 + static_cast<double>(k * 7919 % 1001 - 500) / 4096.0,
                           static_cast<double>(k * 104729 % 1009 - 504) / 8192.0};
        } else if constexpr (std::is_integral_v<T>) {
            a.data()[i] = static_cast<T>(2 * (k * 7919 % 1001) - 1001);
        } else if (values == long_data::near_one) {
            a.data()[i] = 1 + static_cast<double>(k * 7919 % 1001 - 500) / 4096.0;
        } else if (values == long_data::ties) {
            a.data()[i] = static_cast<double>(k * 7919 % 1001) / 8.0;
        } else {
            a.data()[i] = static_cast<double>(1 + k % 5);
        }
    }
    if (values == long_data::one_zero) {
        a.data()[a.size() / 3 + 17] = 0;
    }
    return a;
}

// The FNV-1a of r.function of the long array of r, on `opts`.
template <class T>
std::uint64_t long_result_hash(const long_reference& r, const parray::options& opts) {
    const auto a = long_array<T>(r.shape.to_vector(), r.values);
    const parray::axis_list axes =
        r.whole ? parray::all_axes() : parray::axis_list(r.axes.to_vector());
    if (r.function == "prod") {
        return r.whole ? fnv1a_of_value(parray::parallel_prod(a, opts))
                       : fnv1a_of_array(parray::parallel_prod(a, axes, opts));
    }
    if constexpr (std::is_same_v<T, double>) {
        if (r.function == "ptp") {
            return r.whole ? fnv1a_of_value(parray::parallel_ptp(a, opts))
                           : fnv1a_of_array(parray::parallel_ptp(a, axes, opts));
        }
        if (r.function == "argmin") {
            return r.whole
                       ? fnv1a_of_value(static_cast<std::int64_t>(parray::parallel_argmin(a, opts)))
                       : fnv1a_of_array(parray::parallel_argmin(a, axes, opts));
        }
        if (r.function == "argmax") {
            return fnv1a_of_array(parray::parallel_argmax(a, axes, opts));
        }
        if (r.function == "any") {
            return fnv1a_of_array(parray::parallel_any(a, axes, opts));
        }
        if (r.function == "all") {
            return fnv1a_of_array(parray::parallel_all(a, axes, opts));
        }
    }
    FAIL("no long case for " << r.function << " of " << r.type);
    return 0;
}

} // namespace

TEST_CASE("prod, ptp, argmin, argmax, any and all equal NumPy's, bit for bit",
          "[reductions][prod]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr float inf_f = std::numeric_limits<float>::infinity();
    constexpr float nan_f = std::numeric_limits<float>::quiet_NaN();
    // BEGIN GENERATED by tests/data/make_prod_ptp_arg_reference.py (NumPy 1.24.2)
    // clang-format off
    // int32 arrays: {shape, values}
    const std::vector<reference_input<std::int32_t>> int32_inputs = {
        {{}, {1063056019}},
        {{4}, {-2, 2147483647, 0, -1723779311}},
        {{5, 2}, {-2029068188, 2147483647, -1, 1, 1878979139, -502733579, -330081612, 0, -1, 3}},
        {{2, 1, 5}, {(-2147483647 - 1), -1684765010, -1, 714642411, 0, 0, -322140683, -251493984, (-2147483647 - 1), 2147483647}},
        {{1, 1, 2, 2}, {409015563, -1, 2, 2147483647}},
        {{0}, {}},
        {{2, 0, 3}, {}},
    };
    // {input, function, axes, all_axes, raises, shape, keepdims shape, FNV-1a}
    static constexpr reference_result int32_results[] = {
        {0, "prod", {}, true, false, {}, {}, 0x3f5d4931df878871u},
        {0, "prod", {0}, false, false, {}, {}, 0x3f5d4931df878871u},
        {0, "ptp", {}, true, false, {}, {}, 0x4d25767f9dce13f5u},
        {0, "ptp", {0}, false, false, {}, {}, 0x4d25767f9dce13f5u},
        {0, "any", {}, true, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "any", {0}, false, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "all", {}, true, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "all", {0}, false, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "argmin", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmin", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmax", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmax", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {1, "prod", {}, true, false, {}, {1}, 0xa8c7f832281a39c5u},
        {1, "prod", {0}, false, false, {}, {1}, 0xa8c7f832281a39c5u},
        {1, "ptp", {}, true, false, {}, {1}, 0xce4f71e3fc92599bu},
        {1, "ptp", {0}, false, false, {}, {1}, 0xce4f71e3fc92599bu},
        {1, "any", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "any", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {}, true, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {1, "all", {0}, false, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {1, "argmin", {}, true, false, {}, {1}, 0xc7c2bf3b330983e6u},
        {1, "argmin", {0}, false, false, {}, {1}, 0xc7c2bf3b330983e6u},
        {1, "argmin", {-1}, false, false, {}, {1}, 0xc7c2bf3b330983e6u},
        {1, "argmax", {}, true, false, {}, {1}, 0x89cd31291d2aefa4u},
        {1, "argmax", {0}, false, false, {}, {1}, 0x89cd31291d2aefa4u},
        {1, "argmax", {-1}, false, false, {}, {1}, 0x89cd31291d2aefa4u},
        {2, "prod", {}, true, false, {}, {1, 1}, 0xa8c7f832281a39c5u},
        {2, "prod", {0}, false, false, {2}, {1, 2}, 0xb5a56558781304bau},
        {2, "prod", {1}, false, false, {5}, {5, 1}, 0x608adf11f574d2a7u},
        {2, "prod", {0, 1}, false, false, {}, {1, 1}, 0xa8c7f832281a39c5u},
        {2, "prod", {-1}, false, false, {5}, {5, 1}, 0x608adf11f574d2a7u},
        {2, "ptp", {}, true, false, {}, {1, 1}, 0x328f127abb9d74b6u},
        {2, "ptp", {0}, false, false, {2}, {1, 2}, 0x7d7ba6971f38964eu},
        {2, "ptp", {1}, false, false, {5}, {5, 1}, 0xdc4dbeff37ebf88eu},
        {2, "ptp", {0, 1}, false, false, {}, {1, 1}, 0x328f127abb9d74b6u},
        {2, "ptp", {-1}, false, false, {5}, {5, 1}, 0xdc4dbeff37ebf88eu},
        {2, "any", {}, true, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {0}, false, false, {2}, {1, 2}, 0x082f2307b4e88e77u},
        {2, "any", {1}, false, false, {5}, {5, 1}, 0x6f6202b6f92d1e48u},
        {2, "any", {0, 1}, false, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {-1}, false, false, {5}, {5, 1}, 0x6f6202b6f92d1e48u},
        {2, "all", {}, true, false, {}, {1, 1}, 0xaf63bd4c8601b7dfu},
        {2, "all", {0}, false, false, {2}, {1, 2}, 0x082f2207b4e88cc4u},
        {2, "all", {1}, false, false, {5}, {5, 1}, 0x6f5e9eb6f92a3e85u},
        {2, "all", {0, 1}, false, false, {}, {1, 1}, 0xaf63bd4c8601b7dfu},
        {2, "all", {-1}, false, false, {5}, {5, 1}, 0x6f5e9eb6f92a3e85u},
        {2, "argmin", {}, true, false, {}, {1, 1}, 0xa8c7f832281a39c5u},
        {2, "argmin", {0}, false, false, {2}, {1, 2}, 0xc615adcb76ddf8a7u},
        {2, "argmin", {-2}, false, false, {2}, {1, 2}, 0xc615adcb76ddf8a7u},
        {2, "argmin", {1}, false, false, {5}, {5, 1}, 0x1a2ef4d1338c71e4u},
        {2, "argmin", {-1}, false, false, {5}, {5, 1}, 0x1a2ef4d1338c71e4u},
        {2, "argmax", {}, true, false, {}, {1, 1}, 0x89cd31291d2aefa4u},
        {2, "argmax", {0}, false, false, {2}, {1, 2}, 0x261c4b49872994e7u},
        {2, "argmax", {-2}, false, false, {2}, {1, 2}, 0x261c4b49872994e7u},
        {2, "argmax", {1}, false, false, {5}, {5, 1}, 0x778ff96a18f43405u},
        {2, "argmax", {-1}, false, false, {5}, {5, 1}, 0x778ff96a18f43405u},
        {3, "prod", {}, true, false, {}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "prod", {0}, false, false, {1, 5}, {1, 1, 5}, 0xde19a1184801bed2u},
        {3, "prod", {1}, false, false, {2, 5}, {2, 1, 5}, 0x8b94778ad46d49b8u},
        {3, "prod", {2}, false, false, {2, 1}, {2, 1, 1}, 0x88201fb960ff6465u},
        {3, "prod", {0, 1}, false, false, {5}, {1, 1, 5}, 0xde19a1184801bed2u},
        {3, "prod", {0, 2}, false, false, {1}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "prod", {1, 2}, false, false, {2}, {2, 1, 1}, 0x88201fb960ff6465u},
        {3, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "prod", {-1}, false, false, {2, 1}, {2, 1, 1}, 0x88201fb960ff6465u},
        {3, "ptp", {}, true, false, {}, {1, 1, 1}, 0x994f76653e2a3951u},
        {3, "ptp", {0}, false, false, {1, 5}, {1, 1, 5}, 0xca3fc7f9d3f7ce71u},
        {3, "ptp", {1}, false, false, {2, 5}, {2, 1, 5}, 0x40d69e0cf0f65c45u},
        {3, "ptp", {2}, false, false, {2, 1}, {2, 1, 1}, 0x738e8354cd7bda35u},
        {3, "ptp", {0, 1}, false, false, {5}, {1, 1, 5}, 0xca3fc7f9d3f7ce71u},
        {3, "ptp", {0, 2}, false, false, {1}, {1, 1, 1}, 0x994f76653e2a3951u},
        {3, "ptp", {1, 2}, false, false, {2}, {2, 1, 1}, 0x738e8354cd7bda35u},
        {3, "ptp", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0x994f76653e2a3951u},
        {3, "ptp", {-1}, false, false, {2, 1}, {2, 1, 1}, 0x738e8354cd7bda35u},
        {3, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {0}, false, false, {1, 5}, {1, 1, 5}, 0x6f6202b6f92d1e48u},
        {3, "any", {1}, false, false, {2, 5}, {2, 1, 5}, 0xf39b5a9f27d5acb5u},
        {3, "any", {2}, false, false, {2, 1}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {3, "any", {0, 1}, false, false, {5}, {1, 1, 5}, 0x6f6202b6f92d1e48u},
        {3, "any", {0, 2}, false, false, {1}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {3, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {-1}, false, false, {2, 1}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {3, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {0}, false, false, {1, 5}, {1, 1, 5}, 0x4d67b8d0d3db4840u},
        {3, "all", {1}, false, false, {2, 5}, {2, 1, 5}, 0xf39b5a9f27d5acb5u},
        {3, "all", {2}, false, false, {2, 1}, {2, 1, 1}, 0x08328807b4eb6fedu},
        {3, "all", {0, 1}, false, false, {5}, {1, 1, 5}, 0x4d67b8d0d3db4840u},
        {3, "all", {0, 2}, false, false, {1}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {1, 2}, false, false, {2}, {2, 1, 1}, 0x08328807b4eb6fedu},
        {3, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {-1}, false, false, {2, 1}, {2, 1, 1}, 0x08328807b4eb6fedu},
        {3, "argmin", {}, true, false, {}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "argmin", {0}, false, false, {1, 5}, {1, 1, 5}, 0x692d0a9946a18a25u},
        {3, "argmin", {-3}, false, false, {1, 5}, {1, 1, 5}, 0x692d0a9946a18a25u},
        {3, "argmin", {1}, false, false, {2, 5}, {2, 1, 5}, 0xf14b84b8290b8965u},
        {3, "argmin", {-2}, false, false, {2, 5}, {2, 1, 5}, 0xf14b84b8290b8965u},
        {3, "argmin", {2}, false, false, {2, 1}, {2, 1, 1}, 0xa71ae6c26beeae86u},
        {3, "argmin", {-1}, false, false, {2, 1}, {2, 1, 1}, 0xa71ae6c26beeae86u},
        {3, "argmax", {}, true, false, {}, {1, 1, 1}, 0x81a3697174a540acu},
        {3, "argmax", {0}, false, false, {1, 5}, {1, 1, 5}, 0x88988120162ab804u},
        {3, "argmax", {-3}, false, false, {1, 5}, {1, 1, 5}, 0x88988120162ab804u},
        {3, "argmax", {1}, false, false, {2, 5}, {2, 1, 5}, 0xf14b84b8290b8965u},
        {3, "argmax", {-2}, false, false, {2, 5}, {2, 1, 5}, 0xf14b84b8290b8965u},
        {3, "argmax", {2}, false, false, {2, 1}, {2, 1, 1}, 0x5b33195d48575422u},
        {3, "argmax", {-1}, false, false, {2, 1}, {2, 1, 1}, 0x5b33195d48575422u},
        {4, "prod", {}, true, false, {}, {1, 1, 1, 1}, 0x55940bd023bb8defu},
        {4, "prod", {0}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x36bc8ebaee57df6au},
        {4, "prod", {1}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x36bc8ebaee57df6au},
        {4, "prod", {2}, false, false, {1, 1, 2}, {1, 1, 1, 2}, 0xa4eddce252876c2eu},
        {4, "prod", {3}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x82da31431bba8c7cu},
        {4, "prod", {0, 1}, false, false, {2, 2}, {1, 1, 2, 2}, 0x36bc8ebaee57df6au},
        {4, "prod", {0, 2}, false, false, {1, 2}, {1, 1, 1, 2}, 0xa4eddce252876c2eu},
        {4, "prod", {0, 3}, false, false, {1, 2}, {1, 1, 2, 1}, 0x82da31431bba8c7cu},
        {4, "prod", {1, 2}, false, false, {1, 2}, {1, 1, 1, 2}, 0xa4eddce252876c2eu},
        {4, "prod", {1, 3}, false, false, {1, 2}, {1, 1, 2, 1}, 0x82da31431bba8c7cu},
        {4, "prod", {2, 3}, false, false, {1, 1}, {1, 1, 1, 1}, 0x55940bd023bb8defu},
        {4, "prod", {0, 1, 2}, false, false, {2}, {1, 1, 1, 2}, 0xa4eddce252876c2eu},
        {4, "prod", {0, 1, 3}, false, false, {2}, {1, 1, 2, 1}, 0x82da31431bba8c7cu},
        {4, "prod", {0, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0x55940bd023bb8defu},
        {4, "prod", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0x55940bd023bb8defu},
        {4, "prod", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0x55940bd023bb8defu},
        {4, "prod", {-1}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x82da31431bba8c7cu},
        {4, "ptp", {}, true, false, {}, {1, 1, 1, 1}, 0x4d24f67f9dcd3a75u},
        {4, "ptp", {0}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x88201fb960ff6465u},
        {4, "ptp", {1}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x88201fb960ff6465u},
        {4, "ptp", {2}, false, false, {1, 1, 2}, {1, 1, 1, 2}, 0x6d6f9d9e2c20c97au},
        {4, "ptp", {3}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x699c17978e0091a5u},
        {4, "ptp", {0, 1}, false, false, {2, 2}, {1, 1, 2, 2}, 0x88201fb960ff6465u},
        {4, "ptp", {0, 2}, false, false, {1, 2}, {1, 1, 1, 2}, 0x6d6f9d9e2c20c97au},
        {4, "ptp", {0, 3}, false, false, {1, 2}, {1, 1, 2, 1}, 0x699c17978e0091a5u},
        {4, "ptp", {1, 2}, false, false, {1, 2}, {1, 1, 1, 2}, 0x6d6f9d9e2c20c97au},
        {4, "ptp", {1, 3}, false, false, {1, 2}, {1, 1, 2, 1}, 0x699c17978e0091a5u},
        {4, "ptp", {2, 3}, false, false, {1, 1}, {1, 1, 1, 1}, 0x4d24f67f9dcd3a75u},
        {4, "ptp", {0, 1, 2}, false, false, {2}, {1, 1, 1, 2}, 0x6d6f9d9e2c20c97au},
        {4, "ptp", {0, 1, 3}, false, false, {2}, {1, 1, 2, 1}, 0x699c17978e0091a5u},
        {4, "ptp", {0, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0x4d24f67f9dcd3a75u},
        {4, "ptp", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0x4d24f67f9dcd3a75u},
        {4, "ptp", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0x4d24f67f9dcd3a75u},
        {4, "ptp", {-1}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x699c17978e0091a5u},
        {4, "any", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0xb5d0e0774c7d7499u},
        {4, "any", {1}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0xb5d0e0774c7d7499u},
        {4, "any", {2}, false, false, {1, 1, 2}, {1, 1, 1, 2}, 0x082f2307b4e88e77u},
        {4, "any", {3}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x082f2307b4e88e77u},
        {4, "any", {0, 1}, false, false, {2, 2}, {1, 1, 2, 2}, 0xb5d0e0774c7d7499u},
        {4, "any", {0, 2}, false, false, {1, 2}, {1, 1, 1, 2}, 0x082f2307b4e88e77u},
        {4, "any", {0, 3}, false, false, {1, 2}, {1, 1, 2, 1}, 0x082f2307b4e88e77u},
        {4, "any", {1, 2}, false, false, {1, 2}, {1, 1, 1, 2}, 0x082f2307b4e88e77u},
        {4, "any", {1, 3}, false, false, {1, 2}, {1, 1, 2, 1}, 0x082f2307b4e88e77u},
        {4, "any", {2, 3}, false, false, {1, 1}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0, 1, 2}, false, false, {2}, {1, 1, 1, 2}, 0x082f2307b4e88e77u},
        {4, "any", {0, 1, 3}, false, false, {2}, {1, 1, 2, 1}, 0x082f2307b4e88e77u},
        {4, "any", {0, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {-1}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x082f2307b4e88e77u},
        {4, "all", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "all", {0}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0xb5d0e0774c7d7499u},
        {4, "all", {1}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0xb5d0e0774c7d7499u},
        {4, "all", {2}, false, false, {1, 1, 2}, {1, 1, 1, 2}, 0x082f2307b4e88e77u},
        {4, "all", {3}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x082f2307b4e88e77u},
        {4, "all", {0, 1}, false, false, {2, 2}, {1, 1, 2, 2}, 0xb5d0e0774c7d7499u},
        {4, "all", {0, 2}, false, false, {1, 2}, {1, 1, 1, 2}, 0x082f2307b4e88e77u},
        {4, "all", {0, 3}, false, false, {1, 2}, {1, 1, 2, 1}, 0x082f2307b4e88e77u},
        {4, "all", {1, 2}, false, false, {1, 2}, {1, 1, 1, 2}, 0x082f2307b4e88e77u},
        {4, "all", {1, 3}, false, false, {1, 2}, {1, 1, 2, 1}, 0x082f2307b4e88e77u},
        {4, "all", {2, 3}, false, false, {1, 1}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "all", {0, 1, 2}, false, false, {2}, {1, 1, 1, 2}, 0x082f2307b4e88e77u},
        {4, "all", {0, 1, 3}, false, false, {2}, {1, 1, 2, 1}, 0x082f2307b4e88e77u},
        {4, "all", {0, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "all", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "all", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "all", {-1}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x082f2307b4e88e77u},
        {4, "argmin", {}, true, false, {}, {1, 1, 1, 1}, 0x89cd31291d2aefa4u},
        {4, "argmin", {0}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x0c8210784d8af5a5u},
        {4, "argmin", {-4}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x0c8210784d8af5a5u},
        {4, "argmin", {1}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x0c8210784d8af5a5u},
        {4, "argmin", {-3}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x0c8210784d8af5a5u},
        {4, "argmin", {2}, false, false, {1, 1, 2}, {1, 1, 1, 2}, 0x392209f14dea4c24u},
        {4, "argmin", {-2}, false, false, {1, 1, 2}, {1, 1, 1, 2}, 0x392209f14dea4c24u},
        {4, "argmin", {3}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x392209f14dea4c24u},
        {4, "argmin", {-1}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x392209f14dea4c24u},
        {4, "argmax", {}, true, false, {}, {1, 1, 1, 1}, 0xc7c2bf3b330983e6u},
        {4, "argmax", {0}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x0c8210784d8af5a5u},
        {4, "argmax", {-4}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x0c8210784d8af5a5u},
        {4, "argmax", {1}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x0c8210784d8af5a5u},
        {4, "argmax", {-3}, false, false, {1, 2, 2}, {1, 1, 2, 2}, 0x0c8210784d8af5a5u},
        {4, "argmax", {2}, false, false, {1, 1, 2}, {1, 1, 1, 2}, 0x692558b056101a44u},
        {4, "argmax", {-2}, false, false, {1, 1, 2}, {1, 1, 1, 2}, 0x692558b056101a44u},
        {4, "argmax", {3}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x692558b056101a44u},
        {4, "argmax", {-1}, false, false, {1, 1, 2}, {1, 1, 2, 1}, 0x692558b056101a44u},
        {5, "prod", {}, true, false, {}, {1}, 0x89cd31291d2aefa4u},
        {5, "prod", {0}, false, false, {}, {1}, 0x89cd31291d2aefa4u},
        {5, "ptp", {}, true, true, {}, {}, 0x0u},
        {5, "ptp", {0}, false, true, {}, {}, 0x0u},
        {5, "any", {}, true, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "any", {0}, false, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "argmin", {}, true, true, {}, {}, 0x0u},
        {5, "argmin", {0}, false, true, {}, {}, 0x0u},
        {5, "argmin", {-1}, false, true, {}, {}, 0x0u},
        {5, "argmax", {}, true, true, {}, {}, 0x0u},
        {5, "argmax", {0}, false, true, {}, {}, 0x0u},
        {5, "argmax", {-1}, false, true, {}, {}, 0x0u},
        {6, "prod", {}, true, false, {}, {1, 1, 1}, 0x89cd31291d2aefa4u},
        {6, "prod", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "prod", {1}, false, false, {2, 3}, {2, 1, 3}, 0xe78b9a1f4dd1d485u},
        {6, "prod", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {0, 1}, false, false, {3}, {1, 1, 3}, 0x8b2de55a4af806c4u},
        {6, "prod", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {1, 2}, false, false, {2}, {2, 1, 1}, 0x581cd0fa58d99645u},
        {6, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0x89cd31291d2aefa4u},
        {6, "prod", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {}, true, true, {}, {}, 0x0u},
        {6, "ptp", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "ptp", {1}, false, true, {}, {}, 0x0u},
        {6, "ptp", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {0, 1}, false, true, {}, {}, 0x0u},
        {6, "ptp", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {1, 2}, false, true, {}, {}, 0x0u},
        {6, "ptp", {0, 1, 2}, false, true, {}, {}, 0x0u},
        {6, "ptp", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "any", {1}, false, false, {2, 3}, {2, 1, 3}, 0xd7e4fcfa299d713du},
        {6, "any", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd94d12186c0f2fb7u},
        {6, "any", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {1, 2}, false, false, {2}, {2, 1, 1}, 0x08328807b4eb6fedu},
        {6, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "all", {1}, false, false, {2, 3}, {2, 1, 3}, 0x70a8e5e967aa760bu},
        {6, "all", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a6fc18672a1282u},
        {6, "all", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {6, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmin", {}, true, true, {}, {}, 0x0u},
        {6, "argmin", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmin", {-3}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmin", {1}, false, true, {}, {}, 0x0u},
        {6, "argmin", {-2}, false, true, {}, {}, 0x0u},
        {6, "argmin", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmin", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmax", {}, true, true, {}, {}, 0x0u},
        {6, "argmax", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmax", {-3}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmax", {1}, false, true, {}, {}, 0x0u},
        {6, "argmax", {-2}, false, true, {}, {}, 0x0u},
        {6, "argmax", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmax", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
    };
    // int64 arrays: {shape, values}
    const std::vector<reference_input<std::int64_t>> int64_inputs = {
        {{}, {(-9223372036854775807 - 1)}},
        {{2}, {1, -1}},
        {{2, 2}, {1, 2, -2, 3}},
        {{1, 3, 3}, {4355200966867031367, 3, 0, 1, 2, -6122440809301656529, 1, 3, 1975706998987276790}},
        {{1, 3, 4, 4}, {9223372036854775807, -4950037719199507811, 2, 8087428328103019878, -3, (-9223372036854775807 - 1), -3, (-9223372036854775807 - 1), -2896710774571879697, 2, 2, -2, 2752301368292834971, -1, 1, 9223372036854775807, 0, -1, -6023201862564998281, 1, 2, -3310878773277192076, -2, 0, 9223372036854775807, -2, 3, 2, 1469270585206585410, 9223372036854775807, -2, 2518046666846125943, 3, 2, -2, 3, 9223372036854775807, 0, 494425204605042202, -7326000054446403251, 2054878434971012359, -7663014043596331929, 9223372036854775807, -3, 4480239931435850435, (-9223372036854775807 - 1), -3, (-9223372036854775807 - 1)}},
        {{0}, {}},
        {{2, 0, 3}, {}},
    };
    // {input, function, axes, all_axes, raises, shape, keepdims shape, FNV-1a}
    static constexpr reference_result int64_results[] = {
        {0, "prod", {}, true, false, {}, {}, 0xa8c7783228196045u},
        {0, "prod", {0}, false, false, {}, {}, 0xa8c7783228196045u},
        {0, "ptp", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "ptp", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "any", {}, true, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "any", {0}, false, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "all", {}, true, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "all", {0}, false, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "argmin", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmin", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmax", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmax", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {1, "prod", {}, true, false, {}, {1}, 0x8cf51a8bfca3883du},
        {1, "prod", {0}, false, false, {}, {1}, 0x8cf51a8bfca3883du},
        {1, "ptp", {}, true, false, {}, {1}, 0xe6bd86443df8ce07u},
        {1, "ptp", {0}, false, false, {}, {1}, 0xe6bd86443df8ce07u},
        {1, "any", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "any", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "argmin", {}, true, false, {}, {1}, 0x89cd31291d2aefa4u},
        {1, "argmin", {0}, false, false, {}, {1}, 0x89cd31291d2aefa4u},
        {1, "argmin", {-1}, false, false, {}, {1}, 0x89cd31291d2aefa4u},
        {1, "argmax", {}, true, false, {}, {1}, 0xa8c7f832281a39c5u},
        {1, "argmax", {0}, false, false, {}, {1}, 0xa8c7f832281a39c5u},
        {1, "argmax", {-1}, false, false, {}, {1}, 0xa8c7f832281a39c5u},
        {2, "prod", {}, true, false, {}, {1, 1}, 0xb7ac8eb34d2c1166u},
        {2, "prod", {0}, false, false, {2}, {1, 2}, 0xc002a833c991cd5au},
        {2, "prod", {1}, false, false, {2}, {2, 1}, 0x82d1b8e150daf6bau},
        {2, "prod", {0, 1}, false, false, {}, {1, 1}, 0xb7ac8eb34d2c1166u},
        {2, "prod", {-1}, false, false, {2}, {2, 1}, 0x82d1b8e150daf6bau},
        {2, "ptp", {}, true, false, {}, {1, 1}, 0x0de21504f16dc720u},
        {2, "ptp", {0}, false, false, {2}, {1, 2}, 0xf618fc8a7f03c6c7u},
        {2, "ptp", {1}, false, false, {2}, {2, 1}, 0xdc31b4d62d1c6dc1u},
        {2, "ptp", {0, 1}, false, false, {}, {1, 1}, 0x0de21504f16dc720u},
        {2, "ptp", {-1}, false, false, {2}, {2, 1}, 0xdc31b4d62d1c6dc1u},
        {2, "any", {}, true, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {0}, false, false, {2}, {1, 2}, 0x082f2307b4e88e77u},
        {2, "any", {1}, false, false, {2}, {2, 1}, 0x082f2307b4e88e77u},
        {2, "any", {0, 1}, false, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {-1}, false, false, {2}, {2, 1}, 0x082f2307b4e88e77u},
        {2, "all", {}, true, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "all", {0}, false, false, {2}, {1, 2}, 0x082f2307b4e88e77u},
        {2, "all", {1}, false, false, {2}, {2, 1}, 0x082f2307b4e88e77u},
        {2, "all", {0, 1}, false, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "all", {-1}, false, false, {2}, {2, 1}, 0x082f2307b4e88e77u},
        {2, "argmin", {}, true, false, {}, {1, 1}, 0xe6bd86443df8ce07u},
        {2, "argmin", {0}, false, false, {2}, {1, 2}, 0x392209f14dea4c24u},
        {2, "argmin", {-2}, false, false, {2}, {1, 2}, 0x392209f14dea4c24u},
        {2, "argmin", {1}, false, false, {2}, {2, 1}, 0x88201fb960ff6465u},
        {2, "argmin", {-1}, false, false, {2}, {2, 1}, 0x88201fb960ff6465u},
        {2, "argmax", {}, true, false, {}, {1, 1}, 0xc7c2bf3b330983e6u},
        {2, "argmax", {0}, false, false, {2}, {1, 2}, 0x692558b056101a44u},
        {2, "argmax", {-2}, false, false, {2}, {1, 2}, 0x692558b056101a44u},
        {2, "argmax", {1}, false, false, {2}, {2, 1}, 0x581cd0fa58d99645u},
        {2, "argmax", {-1}, false, false, {2}, {2, 1}, 0x581cd0fa58d99645u},
        {3, "prod", {}, true, false, {}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "prod", {0}, false, false, {3, 3}, {1, 3, 3}, 0x7ae54718f4e0ebe7u},
        {3, "prod", {1}, false, false, {1, 3}, {1, 1, 3}, 0x249f69e2876935d6u},
        {3, "prod", {2}, false, false, {1, 3}, {1, 3, 1}, 0x24f727b74b2c821cu},
        {3, "prod", {0, 1}, false, false, {3}, {1, 1, 3}, 0x249f69e2876935d6u},
        {3, "prod", {0, 2}, false, false, {3}, {1, 3, 1}, 0x24f727b74b2c821cu},
        {3, "prod", {1, 2}, false, false, {1}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "prod", {-1}, false, false, {1, 3}, {1, 3, 1}, 0x24f727b74b2c821cu},
        {3, "ptp", {}, true, false, {}, {1, 1, 1}, 0xb2fb842fc05e2d49u},
        {3, "ptp", {0}, false, false, {3, 3}, {1, 3, 3}, 0x3ecb33e15783bec5u},
        {3, "ptp", {1}, false, false, {1, 3}, {1, 1, 3}, 0xe2f08824cda6cf18u},
        {3, "ptp", {2}, false, false, {1, 3}, {1, 3, 1}, 0xcf857fac88603361u},
        {3, "ptp", {0, 1}, false, false, {3}, {1, 1, 3}, 0xe2f08824cda6cf18u},
        {3, "ptp", {0, 2}, false, false, {3}, {1, 3, 1}, 0xcf857fac88603361u},
        {3, "ptp", {1, 2}, false, false, {1}, {1, 1, 1}, 0xb2fb842fc05e2d49u},
        {3, "ptp", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xb2fb842fc05e2d49u},
        {3, "ptp", {-1}, false, false, {1, 3}, {1, 3, 1}, 0xcf857fac88603361u},
        {3, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {0}, false, false, {3, 3}, {1, 3, 3}, 0x0a58dcd4d8f1829bu},
        {3, "any", {1}, false, false, {1, 3}, {1, 1, 3}, 0xd0a6fc18672a1282u},
        {3, "any", {2}, false, false, {1, 3}, {1, 3, 1}, 0xd0a6fc18672a1282u},
        {3, "any", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a6fc18672a1282u},
        {3, "any", {0, 2}, false, false, {3}, {1, 3, 1}, 0xd0a6fc18672a1282u},
        {3, "any", {1, 2}, false, false, {1}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {-1}, false, false, {1, 3}, {1, 3, 1}, 0xd0a6fc18672a1282u},
        {3, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {0}, false, false, {3, 3}, {1, 3, 3}, 0x0a58dcd4d8f1829bu},
        {3, "all", {1}, false, false, {1, 3}, {1, 1, 3}, 0xd0a6fd18672a1435u},
        {3, "all", {2}, false, false, {1, 3}, {1, 3, 1}, 0xd949ad186c0c4e41u},
        {3, "all", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a6fd18672a1435u},
        {3, "all", {0, 2}, false, false, {3}, {1, 3, 1}, 0xd949ad186c0c4e41u},
        {3, "all", {1, 2}, false, false, {1}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {-1}, false, false, {1, 3}, {1, 3, 1}, 0xd949ad186c0c4e41u},
        {3, "argmin", {}, true, false, {}, {1, 1, 1}, 0x0de21504f16dc720u},
        {3, "argmin", {0}, false, false, {3, 3}, {1, 3, 3}, 0x3ecb33e15783bec5u},
        {3, "argmin", {-3}, false, false, {3, 3}, {1, 3, 3}, 0x3ecb33e15783bec5u},
        {3, "argmin", {1}, false, false, {1, 3}, {1, 1, 3}, 0x8b2de55a4af806c4u},
        {3, "argmin", {-2}, false, false, {1, 3}, {1, 1, 3}, 0x8b2de55a4af806c4u},
        {3, "argmin", {2}, false, false, {1, 3}, {1, 3, 1}, 0x312566be54e5c745u},
        {3, "argmin", {-1}, false, false, {1, 3}, {1, 3, 1}, 0x312566be54e5c745u},
        {3, "argmax", {}, true, false, {}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "argmax", {0}, false, false, {3, 3}, {1, 3, 3}, 0x3ecb33e15783bec5u},
        {3, "argmax", {-3}, false, false, {3, 3}, {1, 3, 3}, 0x3ecb33e15783bec5u},
        {3, "argmax", {1}, false, false, {1, 3}, {1, 1, 3}, 0xbfc7cde9161ab747u},
        {3, "argmax", {-2}, false, false, {1, 3}, {1, 1, 3}, 0xbfc7cde9161ab747u},
        {3, "argmax", {2}, false, false, {1, 3}, {1, 3, 1}, 0x70c9b82103059f06u},
        {3, "argmax", {-1}, false, false, {1, 3}, {1, 3, 1}, 0x70c9b82103059f06u},
        {4, "prod", {}, true, false, {}, {1, 1, 1, 1}, 0xa8c7f832281a39c5u},
        {4, "prod", {0}, false, false, {3, 4, 4}, {1, 3, 4, 4}, 0x3d04210fc5552556u},
        {4, "prod", {1}, false, false, {1, 4, 4}, {1, 1, 4, 4}, 0xf7edd103de0185f5u},
        {4, "prod", {2}, false, false, {1, 3, 4}, {1, 3, 1, 4}, 0xcdc8ec24591f2ee5u},
        {4, "prod", {3}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0x525b03b52e02f573u},
        {4, "prod", {0, 1}, false, false, {4, 4}, {1, 1, 4, 4}, 0xf7edd103de0185f5u},
        {4, "prod", {0, 2}, false, false, {3, 4}, {1, 3, 1, 4}, 0xcdc8ec24591f2ee5u},
        {4, "prod", {0, 3}, false, false, {3, 4}, {1, 3, 4, 1}, 0x525b03b52e02f573u},
        {4, "prod", {1, 2}, false, false, {1, 4}, {1, 1, 1, 4}, 0xbc3f3676bf05de05u},
        {4, "prod", {1, 3}, false, false, {1, 4}, {1, 1, 4, 1}, 0x8573d5503ca9ff30u},
        {4, "prod", {2, 3}, false, false, {1, 3}, {1, 3, 1, 1}, 0x81d23fd7003c2305u},
        {4, "prod", {0, 1, 2}, false, false, {4}, {1, 1, 1, 4}, 0xbc3f3676bf05de05u},
        {4, "prod", {0, 1, 3}, false, false, {4}, {1, 1, 4, 1}, 0x8573d5503ca9ff30u},
        {4, "prod", {0, 2, 3}, false, false, {3}, {1, 3, 1, 1}, 0x81d23fd7003c2305u},
        {4, "prod", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0xa8c7f832281a39c5u},
        {4, "prod", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xa8c7f832281a39c5u},
        {4, "prod", {-1}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0x525b03b52e02f573u},
        {4, "ptp", {}, true, false, {}, {1, 1, 1, 1}, 0x8cf51a8bfca3883du},
        {4, "ptp", {0}, false, false, {3, 4, 4}, {1, 3, 4, 4}, 0xc86ec345c0ee8125u},
        {4, "ptp", {1}, false, false, {1, 4, 4}, {1, 1, 4, 4}, 0x574bc77469adf234u},
        {4, "ptp", {2}, false, false, {1, 3, 4}, {1, 3, 1, 4}, 0x3a96b4402ae7e400u},
        {4, "ptp", {3}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0x382d69772ce86513u},
        {4, "ptp", {0, 1}, false, false, {4, 4}, {1, 1, 4, 4}, 0x574bc77469adf234u},
        {4, "ptp", {0, 2}, false, false, {3, 4}, {1, 3, 1, 4}, 0x3a96b4402ae7e400u},
        {4, "ptp", {0, 3}, false, false, {3, 4}, {1, 3, 4, 1}, 0x382d69772ce86513u},
        {4, "ptp", {1, 2}, false, false, {1, 4}, {1, 1, 1, 4}, 0x1efc98e22f4de683u},
        {4, "ptp", {1, 3}, false, false, {1, 4}, {1, 1, 4, 1}, 0xa1c5cc6edca1fb93u},
        {4, "ptp", {2, 3}, false, false, {1, 3}, {1, 3, 1, 1}, 0xba150ae3684e8aa6u},
        {4, "ptp", {0, 1, 2}, false, false, {4}, {1, 1, 1, 4}, 0x1efc98e22f4de683u},
        {4, "ptp", {0, 1, 3}, false, false, {4}, {1, 1, 4, 1}, 0xa1c5cc6edca1fb93u},
        {4, "ptp", {0, 2, 3}, false, false, {3}, {1, 3, 1, 1}, 0xba150ae3684e8aa6u},
        {4, "ptp", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0x8cf51a8bfca3883du},
        {4, "ptp", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0x8cf51a8bfca3883du},
        {4, "ptp", {-1}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0x382d69772ce86513u},
        {4, "any", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0}, false, false, {3, 4, 4}, {1, 3, 4, 4}, 0x7e27d82c75abd3a8u},
        {4, "any", {1}, false, false, {1, 4, 4}, {1, 1, 4, 4}, 0xdeddcdeb4df58075u},
        {4, "any", {2}, false, false, {1, 3, 4}, {1, 3, 1, 4}, 0x49be60fc79a8cf41u},
        {4, "any", {3}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0x49be60fc79a8cf41u},
        {4, "any", {0, 1}, false, false, {4, 4}, {1, 1, 4, 4}, 0xdeddcdeb4df58075u},
        {4, "any", {0, 2}, false, false, {3, 4}, {1, 3, 1, 4}, 0x49be60fc79a8cf41u},
        {4, "any", {0, 3}, false, false, {3, 4}, {1, 3, 4, 1}, 0x49be60fc79a8cf41u},
        {4, "any", {1, 2}, false, false, {1, 4}, {1, 1, 1, 4}, 0xb5d0e0774c7d7499u},
        {4, "any", {1, 3}, false, false, {1, 4}, {1, 1, 4, 1}, 0xb5d0e0774c7d7499u},
        {4, "any", {2, 3}, false, false, {1, 3}, {1, 3, 1, 1}, 0xd0a6fc18672a1282u},
        {4, "any", {0, 1, 2}, false, false, {4}, {1, 1, 1, 4}, 0xb5d0e0774c7d7499u},
        {4, "any", {0, 1, 3}, false, false, {4}, {1, 1, 4, 1}, 0xb5d0e0774c7d7499u},
        {4, "any", {0, 2, 3}, false, false, {3}, {1, 3, 1, 1}, 0xd0a6fc18672a1282u},
        {4, "any", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {-1}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0x49be60fc79a8cf41u},
        {4, "all", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {4, "all", {0}, false, false, {3, 4, 4}, {1, 3, 4, 4}, 0x7e27d82c75abd3a8u},
        {4, "all", {1}, false, false, {1, 4, 4}, {1, 1, 4, 4}, 0x753dd10e101923a0u},
        {4, "all", {2}, false, false, {1, 3, 4}, {1, 3, 1, 4}, 0x81ef652c3aa259fcu},
        {4, "all", {3}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0x9ac3fb7b2de20ac8u},
        {4, "all", {0, 1}, false, false, {4, 4}, {1, 1, 4, 4}, 0x753dd10e101923a0u},
        {4, "all", {0, 2}, false, false, {3, 4}, {1, 3, 1, 4}, 0x81ef652c3aa259fcu},
        {4, "all", {0, 3}, false, false, {3, 4}, {1, 3, 4, 1}, 0x9ac3fb7b2de20ac8u},
        {4, "all", {1, 2}, false, false, {1, 4}, {1, 1, 1, 4}, 0x4d22107f9dcb30ccu},
        {4, "all", {1, 3}, false, false, {1, 4}, {1, 1, 4, 1}, 0x4d22117f9dcb327fu},
        {4, "all", {2, 3}, false, false, {1, 3}, {1, 3, 1, 1}, 0xd0a397186727310cu},
        {4, "all", {0, 1, 2}, false, false, {4}, {1, 1, 1, 4}, 0x4d22107f9dcb30ccu},
        {4, "all", {0, 1, 3}, false, false, {4}, {1, 1, 4, 1}, 0x4d22117f9dcb327fu},
        {4, "all", {0, 2, 3}, false, false, {3}, {1, 3, 1, 1}, 0xd0a397186727310cu},
        {4, "all", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {4, "all", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {4, "all", {-1}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0x9ac3fb7b2de20ac8u},
        {4, "argmin", {}, true, false, {}, {1, 1, 1, 1}, 0x0de21504f16dc720u},
        {4, "argmin", {0}, false, false, {3, 4, 4}, {1, 3, 4, 4}, 0xc86ec345c0ee8125u},
        {4, "argmin", {-4}, false, false, {3, 4, 4}, {1, 3, 4, 4}, 0xc86ec345c0ee8125u},
        {4, "argmin", {1}, false, false, {1, 4, 4}, {1, 1, 4, 4}, 0x4326e6d4ad2162c7u},
        {4, "argmin", {-3}, false, false, {1, 4, 4}, {1, 1, 4, 4}, 0x4326e6d4ad2162c7u},
        {4, "argmin", {2}, false, false, {1, 3, 4}, {1, 3, 1, 4}, 0x29afceddc6f8e465u},
        {4, "argmin", {-2}, false, false, {1, 3, 4}, {1, 3, 1, 4}, 0x29afceddc6f8e465u},
        {4, "argmin", {3}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0xa88833b9b0b6b0c5u},
        {4, "argmin", {-1}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0xa88833b9b0b6b0c5u},
        {4, "argmax", {}, true, false, {}, {1, 1, 1, 1}, 0xa8c7f832281a39c5u},
        {4, "argmax", {0}, false, false, {3, 4, 4}, {1, 3, 4, 4}, 0xc86ec345c0ee8125u},
        {4, "argmax", {-4}, false, false, {3, 4, 4}, {1, 3, 4, 4}, 0xc86ec345c0ee8125u},
        {4, "argmax", {1}, false, false, {1, 4, 4}, {1, 1, 4, 4}, 0x08aba31acfd61c45u},
        {4, "argmax", {-3}, false, false, {1, 4, 4}, {1, 1, 4, 4}, 0x08aba31acfd61c45u},
        {4, "argmax", {2}, false, false, {1, 3, 4}, {1, 3, 1, 4}, 0x4b3e2897d353a9c7u},
        {4, "argmax", {-2}, false, false, {1, 3, 4}, {1, 3, 1, 4}, 0x4b3e2897d353a9c7u},
        {4, "argmax", {3}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0x7a9698d27a7f4ae7u},
        {4, "argmax", {-1}, false, false, {1, 3, 4}, {1, 3, 4, 1}, 0x7a9698d27a7f4ae7u},
        {5, "prod", {}, true, false, {}, {1}, 0x89cd31291d2aefa4u},
        {5, "prod", {0}, false, false, {}, {1}, 0x89cd31291d2aefa4u},
        {5, "ptp", {}, true, true, {}, {}, 0x0u},
        {5, "ptp", {0}, false, true, {}, {}, 0x0u},
        {5, "any", {}, true, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "any", {0}, false, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "argmin", {}, true, true, {}, {}, 0x0u},
        {5, "argmin", {0}, false, true, {}, {}, 0x0u},
        {5, "argmin", {-1}, false, true, {}, {}, 0x0u},
        {5, "argmax", {}, true, true, {}, {}, 0x0u},
        {5, "argmax", {0}, false, true, {}, {}, 0x0u},
        {5, "argmax", {-1}, false, true, {}, {}, 0x0u},
        {6, "prod", {}, true, false, {}, {1, 1, 1}, 0x89cd31291d2aefa4u},
        {6, "prod", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "prod", {1}, false, false, {2, 3}, {2, 1, 3}, 0xe78b9a1f4dd1d485u},
        {6, "prod", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {0, 1}, false, false, {3}, {1, 1, 3}, 0x8b2de55a4af806c4u},
        {6, "prod", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {1, 2}, false, false, {2}, {2, 1, 1}, 0x581cd0fa58d99645u},
        {6, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0x89cd31291d2aefa4u},
        {6, "prod", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {}, true, true, {}, {}, 0x0u},
        {6, "ptp", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "ptp", {1}, false, true, {}, {}, 0x0u},
        {6, "ptp", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {0, 1}, false, true, {}, {}, 0x0u},
        {6, "ptp", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {1, 2}, false, true, {}, {}, 0x0u},
        {6, "ptp", {0, 1, 2}, false, true, {}, {}, 0x0u},
        {6, "ptp", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "any", {1}, false, false, {2, 3}, {2, 1, 3}, 0xd7e4fcfa299d713du},
        {6, "any", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd94d12186c0f2fb7u},
        {6, "any", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {1, 2}, false, false, {2}, {2, 1, 1}, 0x08328807b4eb6fedu},
        {6, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "all", {1}, false, false, {2, 3}, {2, 1, 3}, 0x70a8e5e967aa760bu},
        {6, "all", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a6fc18672a1282u},
        {6, "all", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {6, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmin", {}, true, true, {}, {}, 0x0u},
        {6, "argmin", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmin", {-3}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmin", {1}, false, true, {}, {}, 0x0u},
        {6, "argmin", {-2}, false, true, {}, {}, 0x0u},
        {6, "argmin", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmin", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmax", {}, true, true, {}, {}, 0x0u},
        {6, "argmax", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmax", {-3}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmax", {1}, false, true, {}, {}, 0x0u},
        {6, "argmax", {-2}, false, true, {}, {}, 0x0u},
        {6, "argmax", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmax", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
    };
    // uint8 arrays: {shape, values}
    const std::vector<reference_input<std::uint8_t>> uint8_inputs = {
        {{}, {0}},
        {{3}, {2, 0, 88}},
        {{1, 5}, {159, 3, 9, 44, 0}},
        {{3, 2, 4}, {0, 3, 3, 212, 9, 194, 2, 3, 1, 2, 0, 103, 215, 1, 1, 50, 45, 1, 3, 0, 3, 3, 1, 116}},
        {{3, 5, 2, 3}, {2, 146, 11, 1, 255, 2, 138, 1, 196, 3, 3, 203, 122, 0, 2, 0, 3, 2, 2, 1, 120, 38, 2, 0, 0, 0, 0, 1, 0, 180, 2, 99, 0, 2, 229, 3, 3, 0, 0, 1, 3, 38, 3, 3, 197, 154, 3, 173, 2, 108, 2, 0, 0, 0, 0, 255, 1, 6, 197, 2, 3, 0, 63, 2, 53, 1, 2, 29, 1, 0, 79, 2, 2, 0, 1, 1, 225, 2, 2, 2, 184, 137, 212, 1, 0, 84, 2, 122, 1, 2}},
        {{0}, {}},
        {{2, 0, 3}, {}},
    };
    // {input, function, axes, all_axes, raises, shape, keepdims shape, FNV-1a}
    static constexpr reference_result uint8_results[] = {
        {0, "prod", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "prod", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "ptp", {}, true, false, {}, {}, 0xaf63bd4c8601b7dfu},
        {0, "ptp", {0}, false, false, {}, {}, 0xaf63bd4c8601b7dfu},
        {0, "any", {}, true, false, {}, {}, 0xaf63bd4c8601b7dfu},
        {0, "any", {0}, false, false, {}, {}, 0xaf63bd4c8601b7dfu},
        {0, "all", {}, true, false, {}, {}, 0xaf63bd4c8601b7dfu},
        {0, "all", {0}, false, false, {}, {}, 0xaf63bd4c8601b7dfu},
        {0, "argmin", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmin", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmax", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmax", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {1, "prod", {}, true, false, {}, {1}, 0xa8c7f832281a39c5u},
        {1, "prod", {0}, false, false, {}, {1}, 0xa8c7f832281a39c5u},
        {1, "ptp", {}, true, false, {}, {1}, 0xaf64154c86024d67u},
        {1, "ptp", {0}, false, false, {}, {1}, 0xaf64154c86024d67u},
        {1, "any", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "any", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {}, true, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {1, "all", {0}, false, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {1, "argmin", {}, true, false, {}, {1}, 0x89cd31291d2aefa4u},
        {1, "argmin", {0}, false, false, {}, {1}, 0x89cd31291d2aefa4u},
        {1, "argmin", {-1}, false, false, {}, {1}, 0x89cd31291d2aefa4u},
        {1, "argmax", {}, true, false, {}, {1}, 0xe6bd86443df8ce07u},
        {1, "argmax", {0}, false, false, {}, {1}, 0xe6bd86443df8ce07u},
        {1, "argmax", {-1}, false, false, {}, {1}, 0xe6bd86443df8ce07u},
        {2, "prod", {}, true, false, {}, {1, 1}, 0xa8c7f832281a39c5u},
        {2, "prod", {0}, false, false, {5}, {1, 5}, 0xc415d444c17b093cu},
        {2, "prod", {1}, false, false, {1}, {1, 1}, 0xa8c7f832281a39c5u},
        {2, "prod", {0, 1}, false, false, {}, {1, 1}, 0xa8c7f832281a39c5u},
        {2, "prod", {-1}, false, false, {1}, {1, 1}, 0xa8c7f832281a39c5u},
        {2, "ptp", {}, true, false, {}, {1, 1}, 0xaf64524c8602b50eu},
        {2, "ptp", {0}, false, false, {5}, {1, 5}, 0xe4bc4fd9252be94fu},
        {2, "ptp", {1}, false, false, {1}, {1, 1}, 0xaf64524c8602b50eu},
        {2, "ptp", {0, 1}, false, false, {}, {1, 1}, 0xaf64524c8602b50eu},
        {2, "ptp", {-1}, false, false, {1}, {1, 1}, 0xaf64524c8602b50eu},
        {2, "any", {}, true, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {0}, false, false, {5}, {1, 5}, 0x6f6203b6f92d1ffbu},
        {2, "any", {1}, false, false, {1}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {0, 1}, false, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {-1}, false, false, {1}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "all", {}, true, false, {}, {1, 1}, 0xaf63bd4c8601b7dfu},
        {2, "all", {0}, false, false, {5}, {1, 5}, 0x6f6203b6f92d1ffbu},
        {2, "all", {1}, false, false, {1}, {1, 1}, 0xaf63bd4c8601b7dfu},
        {2, "all", {0, 1}, false, false, {}, {1, 1}, 0xaf63bd4c8601b7dfu},
        {2, "all", {-1}, false, false, {1}, {1, 1}, 0xaf63bd4c8601b7dfu},
        {2, "argmin", {}, true, false, {}, {1, 1}, 0x2cdcdc0dfc5d1141u},
        {2, "argmin", {0}, false, false, {5}, {1, 5}, 0x40d69e0cf0f65c45u},
        {2, "argmin", {-2}, false, false, {5}, {1, 5}, 0x40d69e0cf0f65c45u},
        {2, "argmin", {1}, false, false, {1}, {1, 1}, 0x2cdcdc0dfc5d1141u},
        {2, "argmin", {-1}, false, false, {1}, {1, 1}, 0x2cdcdc0dfc5d1141u},
        {2, "argmax", {}, true, false, {}, {1, 1}, 0xa8c7f832281a39c5u},
        {2, "argmax", {0}, false, false, {5}, {1, 5}, 0x40d69e0cf0f65c45u},
        {2, "argmax", {-2}, false, false, {5}, {1, 5}, 0x40d69e0cf0f65c45u},
        {2, "argmax", {1}, false, false, {1}, {1, 1}, 0xa8c7f832281a39c5u},
        {2, "argmax", {-1}, false, false, {1}, {1, 1}, 0xa8c7f832281a39c5u},
        {3, "prod", {}, true, false, {}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "prod", {0}, false, false, {2, 4}, {1, 2, 4}, 0x4f7a4b620c82f22bu},
        {3, "prod", {1}, false, false, {3, 4}, {3, 1, 4}, 0x8b7e7dee8fc37bd1u},
        {3, "prod", {2}, false, false, {3, 2}, {3, 2, 1}, 0xd70d1e1f1867e574u},
        {3, "prod", {0, 1}, false, false, {4}, {1, 1, 4}, 0x263511275ad8296au},
        {3, "prod", {0, 2}, false, false, {2}, {1, 2, 1}, 0x82fd7e3aa40aab82u},
        {3, "prod", {1, 2}, false, false, {3}, {3, 1, 1}, 0x81d23fd7003c2305u},
        {3, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "prod", {-1}, false, false, {3, 2}, {3, 2, 1}, 0xd70d1e1f1867e574u},
        {3, "ptp", {}, true, false, {}, {1, 1, 1}, 0xaf648a4c86031436u},
        {3, "ptp", {0}, false, false, {2, 4}, {1, 2, 4}, 0x4ac24b8baaf677f8u},
        {3, "ptp", {1}, false, false, {3, 4}, {3, 1, 4}, 0xd9f4855237f7f2a6u},
        {3, "ptp", {2}, false, false, {3, 2}, {3, 2, 1}, 0x9bd7970b67c5c0e8u},
        {3, "ptp", {0, 1}, false, false, {4}, {1, 1, 4}, 0xf0aaae3059c084e2u},
        {3, "ptp", {0, 2}, false, false, {2}, {1, 2, 1}, 0x0ae7a207b738266fu},
        {3, "ptp", {1, 2}, false, false, {3}, {3, 1, 1}, 0xbfbb681c54667fd8u},
        {3, "ptp", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf648a4c86031436u},
        {3, "ptp", {-1}, false, false, {3, 2}, {3, 2, 1}, 0x9bd7970b67c5c0e8u},
        {3, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {0}, false, false, {2, 4}, {1, 2, 4}, 0xe7e395a2ad0bc74du},
        {3, "any", {1}, false, false, {3, 4}, {3, 1, 4}, 0x49be60fc79a8cf41u},
        {3, "any", {2}, false, false, {3, 2}, {3, 2, 1}, 0x70a8e5e967aa760bu},
        {3, "any", {0, 1}, false, false, {4}, {1, 1, 4}, 0xb5d0e0774c7d7499u},
        {3, "any", {0, 2}, false, false, {2}, {1, 2, 1}, 0x082f2307b4e88e77u},
        {3, "any", {1, 2}, false, false, {3}, {3, 1, 1}, 0xd0a6fc18672a1282u},
        {3, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {-1}, false, false, {3, 2}, {3, 2, 1}, 0x70a8e5e967aa760bu},
        {3, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {0}, false, false, {2, 4}, {1, 2, 4}, 0x7aca12b027970646u},
        {3, "all", {1}, false, false, {3, 4}, {3, 1, 4}, 0x77ebb228cfb58f5au},
        {3, "all", {2}, false, false, {3, 2}, {3, 2, 1}, 0xd3df93cfb13603d2u},
        {3, "all", {0, 1}, false, false, {4}, {1, 1, 4}, 0x447bfb7f98e6154au},
        {3, "all", {0, 2}, false, false, {2}, {1, 2, 1}, 0x08328707b4eb6e3au},
        {3, "all", {1, 2}, false, false, {3}, {3, 1, 1}, 0xd94d12186c0f2fb7u},
        {3, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {-1}, false, false, {3, 2}, {3, 2, 1}, 0xd3df93cfb13603d2u},
        {3, "argmin", {}, true, false, {}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "argmin", {0}, false, false, {2, 4}, {1, 2, 4}, 0x4aec07b20dcc6306u},
        {3, "argmin", {-3}, false, false, {2, 4}, {1, 2, 4}, 0x4aec07b20dcc6306u},
        {3, "argmin", {1}, false, false, {3, 4}, {3, 1, 4}, 0x7158262c29d08405u},
        {3, "argmin", {-2}, false, false, {3, 4}, {3, 1, 4}, 0x7158262c29d08405u},
        {3, "argmin", {2}, false, false, {3, 2}, {3, 2, 1}, 0x5b814a2c22885545u},
        {3, "argmin", {-1}, false, false, {3, 2}, {3, 2, 1}, 0x5b814a2c22885545u},
        {3, "argmax", {}, true, false, {}, {1, 1, 1}, 0x24b3145653d76249u},
        {3, "argmax", {0}, false, false, {2, 4}, {1, 2, 4}, 0x939bc2e02681b564u},
        {3, "argmax", {-3}, false, false, {2, 4}, {1, 2, 4}, 0x939bc2e02681b564u},
        {3, "argmax", {1}, false, false, {3, 4}, {3, 1, 4}, 0xd8bde3779a9dfc05u},
        {3, "argmax", {-2}, false, false, {3, 4}, {3, 1, 4}, 0xd8bde3779a9dfc05u},
        {3, "argmax", {2}, false, false, {3, 2}, {3, 2, 1}, 0xd51984271bbe0727u},
        {3, "argmax", {-1}, false, false, {3, 2}, {3, 2, 1}, 0xd51984271bbe0727u},
        {4, "prod", {}, true, false, {}, {1, 1, 1, 1}, 0xa8c7f832281a39c5u},
        {4, "prod", {0}, false, false, {5, 2, 3}, {1, 5, 2, 3}, 0x3645e67d14f83135u},
        {4, "prod", {1}, false, false, {3, 2, 3}, {3, 1, 2, 3}, 0x536fda755102fe98u},
        {4, "prod", {2}, false, false, {3, 5, 3}, {3, 5, 1, 3}, 0x9bc18ee8f85c424cu},
        {4, "prod", {3}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0x6241957d7f0984a2u},
        {4, "prod", {0, 1}, false, false, {2, 3}, {1, 1, 2, 3}, 0xa09d945a1cd8d6e5u},
        {4, "prod", {0, 2}, false, false, {5, 3}, {1, 5, 1, 3}, 0xe60f2b8083d9247eu},
        {4, "prod", {0, 3}, false, false, {5, 2}, {1, 5, 2, 1}, 0xe99551c5153b7432u},
        {4, "prod", {1, 2}, false, false, {3, 3}, {3, 1, 1, 3}, 0x5f88bc92bb74995bu},
        {4, "prod", {1, 3}, false, false, {3, 2}, {3, 1, 2, 1}, 0xa09d945a1cd8d6e5u},
        {4, "prod", {2, 3}, false, false, {3, 5}, {3, 5, 1, 1}, 0x1f45fcbfff1fc52du},
        {4, "prod", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0x81d23fd7003c2305u},
        {4, "prod", {0, 1, 3}, false, false, {2}, {1, 1, 2, 1}, 0x88201fb960ff6465u},
        {4, "prod", {0, 2, 3}, false, false, {5}, {1, 5, 1, 1}, 0x40d69e0cf0f65c45u},
        {4, "prod", {1, 2, 3}, false, false, {3}, {3, 1, 1, 1}, 0x81d23fd7003c2305u},
        {4, "prod", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xa8c7f832281a39c5u},
        {4, "prod", {-1}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0x6241957d7f0984a2u},
        {4, "ptp", {}, true, false, {}, {1, 1, 1, 1}, 0xaf64724c8602eb6eu},
        {4, "ptp", {0}, false, false, {5, 2, 3}, {1, 5, 2, 3}, 0x44b222de6660ce7fu},
        {4, "ptp", {1}, false, false, {3, 2, 3}, {3, 1, 2, 3}, 0x1af332c76326c1feu},
        {4, "ptp", {2}, false, false, {3, 5, 3}, {3, 5, 1, 3}, 0x37486fff96a90c3eu},
        {4, "ptp", {3}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0xa0ade3bca73cb878u},
        {4, "ptp", {0, 1}, false, false, {2, 3}, {1, 1, 2, 3}, 0x3a3f1bdbe1875c7bu},
        {4, "ptp", {0, 2}, false, false, {5, 3}, {1, 5, 1, 3}, 0x378ea6a6f386da8cu},
        {4, "ptp", {0, 3}, false, false, {5, 2}, {1, 5, 2, 1}, 0x65a6e8a132887469u},
        {4, "ptp", {1, 2}, false, false, {3, 3}, {3, 1, 1, 3}, 0xe3589c1cf105ff32u},
        {4, "ptp", {1, 3}, false, false, {3, 2}, {3, 1, 2, 1}, 0x4e1aa60389a6f8c7u},
        {4, "ptp", {2, 3}, false, false, {3, 5}, {3, 5, 1, 1}, 0x5a1811e72f05ccbbu},
        {4, "ptp", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0x0ee5151b5f500c67u},
        {4, "ptp", {0, 1, 3}, false, false, {2}, {1, 1, 2, 1}, 0x0a99c907b6f64763u},
        {4, "ptp", {0, 2, 3}, false, false, {5}, {1, 5, 1, 1}, 0x6f6caab013a7240fu},
        {4, "ptp", {1, 2, 3}, false, false, {3}, {3, 1, 1, 1}, 0xf9981a1be47b81e6u},
        {4, "ptp", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf64724c8602eb6eu},
        {4, "ptp", {-1}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0xa0ade3bca73cb878u},
        {4, "any", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0}, false, false, {5, 2, 3}, {1, 5, 2, 3}, 0x738ed9863eabc3eeu},
        {4, "any", {1}, false, false, {3, 2, 3}, {3, 1, 2, 3}, 0x4d7e75bb2e207047u},
        {4, "any", {2}, false, false, {3, 5, 3}, {3, 5, 1, 3}, 0xecc1da3b99380661u},
        {4, "any", {3}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0x3d29a6c8f071c8a9u},
        {4, "any", {0, 1}, false, false, {2, 3}, {1, 1, 2, 3}, 0x70a8e5e967aa760bu},
        {4, "any", {0, 2}, false, false, {5, 3}, {1, 5, 1, 3}, 0x88f4d8eac426d136u},
        {4, "any", {0, 3}, false, false, {5, 2}, {1, 5, 2, 1}, 0x23b3d996b73350dfu},
        {4, "any", {1, 2}, false, false, {3, 3}, {3, 1, 1, 3}, 0x137e8f6c0b03a624u},
        {4, "any", {1, 3}, false, false, {3, 2}, {3, 1, 2, 1}, 0x70a8e5e967aa760bu},
        {4, "any", {2, 3}, false, false, {3, 5}, {3, 5, 1, 1}, 0x88f4d8eac426d136u},
        {4, "any", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0xd0a6fc18672a1282u},
        {4, "any", {0, 1, 3}, false, false, {2}, {1, 1, 2, 1}, 0x082f2307b4e88e77u},
        {4, "any", {0, 2, 3}, false, false, {5}, {1, 5, 1, 1}, 0x6f6202b6f92d1e48u},
        {4, "any", {1, 2, 3}, false, false, {3}, {3, 1, 1, 1}, 0xd0a6fc18672a1282u},
        {4, "any", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {-1}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0x3d29a6c8f071c8a9u},
        {4, "all", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {4, "all", {0}, false, false, {5, 2, 3}, {1, 5, 2, 3}, 0x2a6886ddfddf1053u},
        {4, "all", {1}, false, false, {3, 2, 3}, {3, 1, 2, 3}, 0xd7f12ea97183c812u},
        {4, "all", {2}, false, false, {3, 5, 3}, {3, 5, 1, 3}, 0x9df40ad0e16e3a23u},
        {4, "all", {3}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0x0cc0b25595af5a88u},
        {4, "all", {0, 1}, false, false, {2, 3}, {1, 1, 2, 3}, 0xd7e4fcfa299d713du},
        {4, "all", {0, 2}, false, false, {5, 3}, {1, 5, 1, 3}, 0xd21dde41e64f5c27u},
        {4, "all", {0, 3}, false, false, {5, 2}, {1, 5, 2, 1}, 0x76635e76e291b60bu},
        {4, "all", {1, 2}, false, false, {3, 3}, {3, 1, 1, 3}, 0xe604813a2490280cu},
        {4, "all", {1, 3}, false, false, {3, 2}, {3, 1, 2, 1}, 0xd7e4fcfa299d713du},
        {4, "all", {2, 3}, false, false, {3, 5}, {3, 5, 1, 1}, 0xef45827e623d29adu},
        {4, "all", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0xd94d12186c0f2fb7u},
        {4, "all", {0, 1, 3}, false, false, {2}, {1, 1, 2, 1}, 0x08328807b4eb6fedu},
        {4, "all", {0, 2, 3}, false, false, {5}, {1, 5, 1, 1}, 0xe4bc4fd9252be94fu},
        {4, "all", {1, 2, 3}, false, false, {3}, {3, 1, 1, 1}, 0xd94d12186c0f2fb7u},
        {4, "all", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {4, "all", {-1}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0x0cc0b25595af5a88u},
        {4, "argmin", {}, true, false, {}, {1, 1, 1, 1}, 0x05b84d4d48e81828u},
        {4, "argmin", {0}, false, false, {5, 2, 3}, {1, 5, 2, 3}, 0x96bb5f3564287384u},
        {4, "argmin", {-4}, false, false, {5, 2, 3}, {1, 5, 2, 3}, 0x96bb5f3564287384u},
        {4, "argmin", {1}, false, false, {3, 2, 3}, {3, 1, 2, 3}, 0xa5e74a11ad441904u},
        {4, "argmin", {-3}, false, false, {3, 2, 3}, {3, 1, 2, 3}, 0xa5e74a11ad441904u},
        {4, "argmin", {2}, false, false, {3, 5, 3}, {3, 5, 1, 3}, 0x0f026316ce593644u},
        {4, "argmin", {-2}, false, false, {3, 5, 3}, {3, 5, 1, 3}, 0x0f026316ce593644u},
        {4, "argmin", {3}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0xb7ac9b48340110c4u},
        {4, "argmin", {-1}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0xb7ac9b48340110c4u},
        {4, "argmax", {}, true, false, {}, {1, 1, 1, 1}, 0x2cdcdc0dfc5d1141u},
        {4, "argmax", {0}, false, false, {5, 2, 3}, {1, 5, 2, 3}, 0x4623c08691e49646u},
        {4, "argmax", {-4}, false, false, {5, 2, 3}, {1, 5, 2, 3}, 0x4623c08691e49646u},
        {4, "argmax", {1}, false, false, {3, 2, 3}, {3, 1, 2, 3}, 0x2dce96d0d834b427u},
        {4, "argmax", {-3}, false, false, {3, 2, 3}, {3, 1, 2, 3}, 0x2dce96d0d834b427u},
        {4, "argmax", {2}, false, false, {3, 5, 3}, {3, 5, 1, 3}, 0xfe3795b186ba3644u},
        {4, "argmax", {-2}, false, false, {3, 5, 3}, {3, 5, 1, 3}, 0xfe3795b186ba3644u},
        {4, "argmax", {3}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0x74382aeecdcc4b67u},
        {4, "argmax", {-1}, false, false, {3, 5, 2}, {3, 5, 2, 1}, 0x74382aeecdcc4b67u},
        {5, "prod", {}, true, false, {}, {1}, 0x89cd31291d2aefa4u},
        {5, "prod", {0}, false, false, {}, {1}, 0x89cd31291d2aefa4u},
        {5, "ptp", {}, true, true, {}, {}, 0x0u},
        {5, "ptp", {0}, false, true, {}, {}, 0x0u},
        {5, "any", {}, true, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "any", {0}, false, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "argmin", {}, true, true, {}, {}, 0x0u},
        {5, "argmin", {0}, false, true, {}, {}, 0x0u},
        {5, "argmin", {-1}, false, true, {}, {}, 0x0u},
        {5, "argmax", {}, true, true, {}, {}, 0x0u},
        {5, "argmax", {0}, false, true, {}, {}, 0x0u},
        {5, "argmax", {-1}, false, true, {}, {}, 0x0u},
        {6, "prod", {}, true, false, {}, {1, 1, 1}, 0x89cd31291d2aefa4u},
        {6, "prod", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "prod", {1}, false, false, {2, 3}, {2, 1, 3}, 0xe78b9a1f4dd1d485u},
        {6, "prod", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {0, 1}, false, false, {3}, {1, 1, 3}, 0x8b2de55a4af806c4u},
        {6, "prod", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {1, 2}, false, false, {2}, {2, 1, 1}, 0x581cd0fa58d99645u},
        {6, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0x89cd31291d2aefa4u},
        {6, "prod", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {}, true, true, {}, {}, 0x0u},
        {6, "ptp", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "ptp", {1}, false, true, {}, {}, 0x0u},
        {6, "ptp", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {0, 1}, false, true, {}, {}, 0x0u},
        {6, "ptp", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {1, 2}, false, true, {}, {}, 0x0u},
        {6, "ptp", {0, 1, 2}, false, true, {}, {}, 0x0u},
        {6, "ptp", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "any", {1}, false, false, {2, 3}, {2, 1, 3}, 0xd7e4fcfa299d713du},
        {6, "any", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd94d12186c0f2fb7u},
        {6, "any", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {1, 2}, false, false, {2}, {2, 1, 1}, 0x08328807b4eb6fedu},
        {6, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "all", {1}, false, false, {2, 3}, {2, 1, 3}, 0x70a8e5e967aa760bu},
        {6, "all", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a6fc18672a1282u},
        {6, "all", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {6, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmin", {}, true, true, {}, {}, 0x0u},
        {6, "argmin", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmin", {-3}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmin", {1}, false, true, {}, {}, 0x0u},
        {6, "argmin", {-2}, false, true, {}, {}, 0x0u},
        {6, "argmin", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmin", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmax", {}, true, true, {}, {}, 0x0u},
        {6, "argmax", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmax", {-3}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmax", {1}, false, true, {}, {}, 0x0u},
        {6, "argmax", {-2}, false, true, {}, {}, 0x0u},
        {6, "argmax", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmax", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
    };
    // float32 arrays: {shape, values}
    const std::vector<reference_input<float>> float32_inputs = {
        {{}, {0x0.0p+0f}},
        {{5}, {0x1.9d2bcc0000000p-2f, 0x1.28b1ec0000000p-1f, -0x1.d929680000000p-6f, -0x1.7b1edc0000000p-4f, 0x1.3bca460000000p+1f}},
        {{3, 2}, {-0x1.0000000000000p-1f, -0x1.845d9a0000000p+1f, -0x1.843d860000000p-1f, 0x0.0p+0f, 0x1.5b0ce00000000p+0f, -0x0.0p+0f}},
        {{5, 4, 3}, {nan_f, -0x1.4dc9980000000p+0f, -inf_f, -0x1.6f17ca0000000p+0f, 0x1.eb38680000000p-1f, -0x1.a6b0360000000p+0f, -0x0.0p+0f, 0x1.7578100000000p-3f, 0x1.8000000000000p+0f, 0x1.71295c0000000p-2f, -0x1.c000000000000p+0f, 0x1.4000000000000p+0f, -0x1.0000000000000p-1f, 0x1.d88e360000000p+0f, 0x1.8000000000000p+0f, 0x1.3d59680000000p-8f, -0x1.30c5d60000000p-1f, -0x1.ca32060000000p+0f, -0x1.5d74420000000p+0f, 0x1.8000000000000p-1f, 0x1.a627700000000p-1f, -0x1.6720fa0000000p-2f, inf_f, 0x0.0p+0f, -0x1.f5a7860000000p-4f, 0x1.0000000000000p+0f, 0x0.0p+0f, 0x1.c000000000000p+0f, -0x1.7c0c620000000p-1f, 0x1.35f5580000000p-1f, 0x1.8000000000000p+0f, 0x1.a631320000000p-1f, -0x1.a792980000000p-2f, 0x1.b6f21e0000000p-1f, -0x1.5514d80000000p-1f, -0x1.11b8a80000000p-1f, -0x1.4936460000000p+1f, -0x1.9a6f7c0000000p-1f, 0x1.ddae360000000p-1f, 0x1.3034760000000p-2f, 0x1.0000000000000p+0f, 0x0.0p+0f, 0x1.4000000000000p+0f, 0x1.8000000000000p+0f, -0x1.3ebb640000000p-2f, -0x0.0p+0f, -0x1.dbcb280000000p+0f, -0x1.1ac2820000000p+1f, -0x1.0000000000000p-2f, -0x1.9dab780000000p-1f, -0x1.5414140000000p+1f, -0x1.ebe61c0000000p-1f, -0x1.a341f40000000p-3f, -0x1.0000000000000p-1f, -0x1.0000000000000p+1f, -0x1.b4d4a20000000p-2f, -0x1.a789780000000p-1f, -0x1.8000000000000p+0f, 0x1.81a6960000000p-3f, 0x1.a83dac0000000p-5f}},
        {{5, 4, 1, 4}, {-0x1.4000000000000p+0f, 0x1.edd0720000000p+0f, 0x1.0000000000000p-2f, -0x1.4619e40000000p-1f, -0x1.c000000000000p+0f, 0x1.843f7a0000000p+1f, inf_f, 0x1.0000000000000p+0f, -0x1.37c4100000000p+0f, 0x1.c091840000000p-3f, 0x1.1458220000000p-11f, -0x1.0000000000000p-2f, inf_f, 0x1.58d9800000000p+0f, -0x1.61dd620000000p+0f, 0x1.8000000000000p+0f, -0x1.26ee5a0000000p-2f, 0x1.8000000000000p-1f, -inf_f, -inf_f, 0x1.c7aa0a0000000p-2f, 0x1.d8c0da0000000p+0f, -inf_f, 0x1.bfdab80000000p-1f, -0x0.0p+0f, 0x1.8000000000000p-1f, 0x1.4db9ec0000000p-1f, 0x1.2234300000000p-1f, 0x1.70180c0000000p+0f, 0x1.8000000000000p-1f, -0x1.0000000000000p-2f, 0x1.4000000000000p+0f, -0x1.4a431a0000000p+1f, 0x1.8126920000000p-7f, 0x1.29295c0000000p-1f, -0x1.4d224a0000000p-2f, -0x1.4293f40000000p-3f, 0x1.4000000000000p+0f, -0x1.a362ec0000000p-2f, 0x1.4000000000000p+0f, 0x1.c000000000000p+0f, 0x1.0000000000000p-2f, 0x1.8b33ea0000000p+0f, 0x0.0p+0f, inf_f, 0x1.c000000000000p+0f, 0x1.d6ac940000000p-4f, -0x1.c000000000000p+0f, 0x1.ad194c0000000p-2f, -inf_f, -0x1.0000000000000p-2f, -0x1.0000000000000p+0f, 0x0.0p+0f, -0x1.8000000000000p-1f, 0x1.0000000000000p+1f, 0x1.0287d40000000p-1f, 0x0.0p+0f, -0x1.0000000000000p-2f, inf_f, 0x1.7fe7bc0000000p+0f, -0x1.0000000000000p+0f, 0x1.cbe2740000000p+0f, -0x1.0000000000000p-2f, 0x1.4000000000000p+0f, 0x1.840f060000000p-1f, -0x1.0000000000000p-1f, 0x1.a621cc0000000p+0f, 0x1.0000000000000p-2f, 0x1.19dc800000000p+0f, -0x1.3e24540000000p-1f, -inf_f, -0x1.217c960000000p+1f, -0x0.0p+0f, -0x1.72103c0000000p+1f, 0x0.0p+0f, -0x1.f4d2f80000000p-2f, inf_f, 0x1.8000000000000p-1f, 0x1.63825e0000000p-6f, nan_f}},
        {{0}, {}},
        {{2, 0, 3}, {}},
    };
    // {input, function, axes, all_axes, raises, shape, keepdims shape, FNV-1a}
    static constexpr reference_result float32_results[] = {
        {0, "prod", {}, true, false, {}, {}, 0x4d25767f9dce13f5u},
        {0, "prod", {0}, false, false, {}, {}, 0x4d25767f9dce13f5u},
        {0, "ptp", {}, true, false, {}, {}, 0x4d25767f9dce13f5u},
        {0, "ptp", {0}, false, false, {}, {}, 0x4d25767f9dce13f5u},
        {0, "any", {}, true, false, {}, {}, 0xaf63bd4c8601b7dfu},
        {0, "any", {0}, false, false, {}, {}, 0xaf63bd4c8601b7dfu},
        {0, "all", {}, true, false, {}, {}, 0xaf63bd4c8601b7dfu},
        {0, "all", {0}, false, false, {}, {}, 0xaf63bd4c8601b7dfu},
        {0, "argmin", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmin", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmax", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmax", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {1, "prod", {}, true, false, {}, {1}, 0x0c18ca6fdfeb9facu},
        {1, "prod", {0}, false, false, {}, {1}, 0x0c18ca6fdfeb9facu},
        {1, "ptp", {}, true, false, {}, {1}, 0x0c756a5ebc8f544bu},
        {1, "ptp", {0}, false, false, {}, {1}, 0x0c756a5ebc8f544bu},
        {1, "any", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "any", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "argmin", {}, true, false, {}, {1}, 0xc7c2bf3b330983e6u},
        {1, "argmin", {0}, false, false, {}, {1}, 0xc7c2bf3b330983e6u},
        {1, "argmin", {-1}, false, false, {}, {1}, 0xc7c2bf3b330983e6u},
        {1, "argmax", {}, true, false, {}, {1}, 0x2cdcdc0dfc5d1141u},
        {1, "argmax", {0}, false, false, {}, {1}, 0x2cdcdc0dfc5d1141u},
        {1, "argmax", {-1}, false, false, {}, {1}, 0x2cdcdc0dfc5d1141u},
        {2, "prod", {}, true, false, {}, {1, 1}, 0x4d25767f9dce13f5u},
        {2, "prod", {0}, false, false, {2}, {1, 2}, 0xb6633921371b797cu},
        {2, "prod", {1}, false, false, {3}, {3, 1}, 0x6a3bafc5c10c308du},
        {2, "prod", {0, 1}, false, false, {}, {1, 1}, 0x4d25767f9dce13f5u},
        {2, "prod", {-1}, false, false, {3}, {3, 1}, 0x6a3bafc5c10c308du},
        {2, "ptp", {}, true, false, {}, {1, 1}, 0x3d7fd3901cab2478u},
        {2, "ptp", {0}, false, false, {2}, {1, 2}, 0x5e4224a5127f1ff0u},
        {2, "ptp", {1}, false, false, {3}, {3, 1}, 0x842a77dd834fd66cu},
        {2, "ptp", {0, 1}, false, false, {}, {1, 1}, 0x3d7fd3901cab2478u},
        {2, "ptp", {-1}, false, false, {3}, {3, 1}, 0x842a77dd834fd66cu},
        {2, "any", {}, true, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {0}, false, false, {2}, {1, 2}, 0x082f2307b4e88e77u},
        {2, "any", {1}, false, false, {3}, {3, 1}, 0xd0a6fc18672a1282u},
        {2, "any", {0, 1}, false, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {-1}, false, false, {3}, {3, 1}, 0xd0a6fc18672a1282u},
        {2, "all", {}, true, false, {}, {1, 1}, 0xaf63bd4c8601b7dfu},
        {2, "all", {0}, false, false, {2}, {1, 2}, 0x082f2207b4e88cc4u},
        {2, "all", {1}, false, false, {3}, {3, 1}, 0xd0a397186727310cu},
        {2, "all", {0, 1}, false, false, {}, {1, 1}, 0xaf63bd4c8601b7dfu},
        {2, "all", {-1}, false, false, {3}, {3, 1}, 0xd0a397186727310cu},
        {2, "argmin", {}, true, false, {}, {1, 1}, 0x89cd31291d2aefa4u},
        {2, "argmin", {0}, false, false, {2}, {1, 2}, 0x392209f14dea4c24u},
        {2, "argmin", {-2}, false, false, {2}, {1, 2}, 0x392209f14dea4c24u},
        {2, "argmin", {1}, false, false, {3}, {3, 1}, 0x7a255da44dc182c5u},
        {2, "argmin", {-1}, false, false, {3}, {3, 1}, 0x7a255da44dc182c5u},
        {2, "argmax", {}, true, false, {}, {1, 1}, 0x2cdcdc0dfc5d1141u},
        {2, "argmax", {0}, false, false, {2}, {1, 2}, 0x072184407c3a4ac6u},
        {2, "argmax", {-2}, false, false, {2}, {1, 2}, 0x072184407c3a4ac6u},
        {2, "argmax", {1}, false, false, {3}, {3, 1}, 0x32d42a0eed270ac4u},
        {2, "argmax", {-1}, false, false, {3}, {3, 1}, 0x32d42a0eed270ac4u},
        {3, "prod", {}, true, false, {}, {1, 1, 1}, 0x4a98877f9ba2f898u},
        {3, "prod", {0}, false, false, {4, 3}, {1, 4, 3}, 0xe44a31d1445a57c1u},
        {3, "prod", {1}, false, false, {5, 3}, {5, 1, 3}, 0x4ffd77d1a8611246u},
        {3, "prod", {2}, false, false, {5, 4}, {5, 4, 1}, 0x6ae0b360f36ba385u},
        {3, "prod", {0, 1}, false, false, {3}, {1, 1, 3}, 0xb954348780d15688u},
        {3, "prod", {0, 2}, false, false, {4}, {1, 4, 1}, 0x5e3e4d0e61e9d6f5u},
        {3, "prod", {1, 2}, false, false, {5}, {5, 1, 1}, 0xb0edfd6ea7d55611u},
        {3, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0x4a98877f9ba2f898u},
        {3, "prod", {-1}, false, false, {5, 4}, {5, 4, 1}, 0x6ae0b360f36ba385u},
        {3, "ptp", {}, true, false, {}, {1, 1, 1}, 0x4a98877f9ba2f898u},
        {3, "ptp", {0}, false, false, {4, 3}, {1, 4, 3}, 0x76c1b74affcec561u},
        {3, "ptp", {1}, false, false, {5, 3}, {5, 1, 3}, 0x206550a566431bceu},
        {3, "ptp", {2}, false, false, {5, 4}, {5, 4, 1}, 0x8dc012b01f94eb19u},
        {3, "ptp", {0, 1}, false, false, {3}, {1, 1, 3}, 0xba2d348781894748u},
        {3, "ptp", {0, 2}, false, false, {4}, {1, 4, 1}, 0xbafe913cdba3c169u},
        {3, "ptp", {1, 2}, false, false, {5}, {5, 1, 1}, 0x9925613473b6de42u},
        {3, "ptp", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0x4a98877f9ba2f898u},
        {3, "ptp", {-1}, false, false, {5, 4}, {5, 4, 1}, 0x8dc012b01f94eb19u},
        {3, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {0}, false, false, {4, 3}, {1, 4, 3}, 0x49be60fc79a8cf41u},
        {3, "any", {1}, false, false, {5, 3}, {5, 1, 3}, 0x88f4d8eac426d136u},
        {3, "any", {2}, false, false, {5, 4}, {5, 4, 1}, 0xb4aa1622074c0ee9u},
        {3, "any", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a6fc18672a1282u},
        {3, "any", {0, 2}, false, false, {4}, {1, 4, 1}, 0xb5d0e0774c7d7499u},
        {3, "any", {1, 2}, false, false, {5}, {5, 1, 1}, 0x6f6202b6f92d1e48u},
        {3, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {-1}, false, false, {5, 4}, {5, 4, 1}, 0xb4aa1622074c0ee9u},
        {3, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {0}, false, false, {4, 3}, {1, 4, 3}, 0xaeb663bb32a43102u},
        {3, "all", {1}, false, false, {5, 3}, {5, 1, 3}, 0x802df967fc34632bu},
        {3, "all", {2}, false, false, {5, 4}, {5, 4, 1}, 0xed0191172befbc2au},
        {3, "all", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd949ac186c0c4c8eu},
        {3, "all", {0, 2}, false, false, {4}, {1, 4, 1}, 0x4d25767f9dce13f5u},
        {3, "all", {1, 2}, false, false, {5}, {5, 1, 1}, 0xe4bc4ed9252be79cu},
        {3, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {-1}, false, false, {5, 4}, {5, 4, 1}, 0xed0191172befbc2au},
        {3, "argmin", {}, true, false, {}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "argmin", {0}, false, false, {4, 3}, {1, 4, 3}, 0xb0b551e53199e2a6u},
        {3, "argmin", {-3}, false, false, {4, 3}, {1, 4, 3}, 0xb0b551e53199e2a6u},
        {3, "argmin", {1}, false, false, {5, 3}, {5, 1, 3}, 0x89de175dff810064u},
        {3, "argmin", {-2}, false, false, {5, 3}, {5, 1, 3}, 0x89de175dff810064u},
        {3, "argmin", {2}, false, false, {5, 4}, {5, 4, 1}, 0xe78c8d4a210faec6u},
        {3, "argmin", {-1}, false, false, {5, 4}, {5, 4, 1}, 0xe78c8d4a210faec6u},
        {3, "argmax", {}, true, false, {}, {1, 1, 1}, 0xa8c7f832281a39c5u},
        {3, "argmax", {0}, false, false, {4, 3}, {1, 4, 3}, 0xb5f3c8894fea22e4u},
        {3, "argmax", {-3}, false, false, {4, 3}, {1, 4, 3}, 0xb5f3c8894fea22e4u},
        {3, "argmax", {1}, false, false, {5, 3}, {5, 1, 3}, 0x32528272755d7e44u},
        {3, "argmax", {-2}, false, false, {5, 3}, {5, 1, 3}, 0x32528272755d7e44u},
        {3, "argmax", {2}, false, false, {5, 4}, {5, 4, 1}, 0x651b29fe51882a84u},
        {3, "argmax", {-1}, false, false, {5, 4}, {5, 4, 1}, 0x651b29fe51882a84u},
        {4, "prod", {}, true, false, {}, {1, 1, 1, 1}, 0x4a98877f9ba2f898u},
        {4, "prod", {0}, false, false, {4, 1, 4}, {1, 4, 1, 4}, 0x6ac471031d66ea8du},
        {4, "prod", {1}, false, false, {5, 1, 4}, {5, 1, 1, 4}, 0xd07ffb26020c907fu},
        {4, "prod", {2}, false, false, {5, 4, 4}, {5, 4, 1, 4}, 0xb4b961efd5534b51u},
        {4, "prod", {3}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0x6561a714ca000d29u},
        {4, "prod", {0, 1}, false, false, {1, 4}, {1, 1, 1, 4}, 0xd78b25024a1c0a85u},
        {4, "prod", {0, 2}, false, false, {4, 4}, {1, 4, 1, 4}, 0x6ac471031d66ea8du},
        {4, "prod", {0, 3}, false, false, {4, 1}, {1, 4, 1, 1}, 0x166eddb474f5dd05u},
        {4, "prod", {1, 2}, false, false, {5, 4}, {5, 1, 1, 4}, 0xd07ffb26020c907fu},
        {4, "prod", {1, 3}, false, false, {5, 1}, {5, 1, 1, 1}, 0x84c8a1a0de9c5f38u},
        {4, "prod", {2, 3}, false, false, {5, 4}, {5, 4, 1, 1}, 0x6561a714ca000d29u},
        {4, "prod", {0, 1, 2}, false, false, {4}, {1, 1, 1, 4}, 0xd78b25024a1c0a85u},
        {4, "prod", {0, 1, 3}, false, false, {1}, {1, 1, 1, 1}, 0x4a98877f9ba2f898u},
        {4, "prod", {0, 2, 3}, false, false, {4}, {1, 4, 1, 1}, 0x166eddb474f5dd05u},
        {4, "prod", {1, 2, 3}, false, false, {5}, {5, 1, 1, 1}, 0x84c8a1a0de9c5f38u},
        {4, "prod", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0x4a98877f9ba2f898u},
        {4, "prod", {-1}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0x6561a714ca000d29u},
        {4, "ptp", {}, true, false, {}, {1, 1, 1, 1}, 0x4a98877f9ba2f898u},
        {4, "ptp", {0}, false, false, {4, 1, 4}, {1, 4, 1, 4}, 0x83465f7cf2ea95ceu},
        {4, "ptp", {1}, false, false, {5, 1, 4}, {5, 1, 1, 4}, 0x01c9d465151d5287u},
        {4, "ptp", {2}, false, false, {5, 4, 4}, {5, 4, 1, 4}, 0x183f00a3ca0aba28u},
        {4, "ptp", {3}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0x5112c49fb2cf793au},
        {4, "ptp", {0, 1}, false, false, {1, 4}, {1, 1, 1, 4}, 0x0a08c121eadbb705u},
        {4, "ptp", {0, 2}, false, false, {4, 4}, {1, 4, 1, 4}, 0x83465f7cf2ea95ceu},
        {4, "ptp", {0, 3}, false, false, {4, 1}, {1, 4, 1, 1}, 0x0a08c121eadbb705u},
        {4, "ptp", {1, 2}, false, false, {5, 4}, {5, 1, 1, 4}, 0x01c9d465151d5287u},
        {4, "ptp", {1, 3}, false, false, {5, 1}, {5, 1, 1, 1}, 0x16ba984cc6e69878u},
        {4, "ptp", {2, 3}, false, false, {5, 4}, {5, 4, 1, 1}, 0x5112c49fb2cf793au},
        {4, "ptp", {0, 1, 2}, false, false, {4}, {1, 1, 1, 4}, 0x0a08c121eadbb705u},
        {4, "ptp", {0, 1, 3}, false, false, {1}, {1, 1, 1, 1}, 0x4a98877f9ba2f898u},
        {4, "ptp", {0, 2, 3}, false, false, {4}, {1, 4, 1, 1}, 0x0a08c121eadbb705u},
        {4, "ptp", {1, 2, 3}, false, false, {5}, {5, 1, 1, 1}, 0x16ba984cc6e69878u},
        {4, "ptp", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0x4a98877f9ba2f898u},
        {4, "ptp", {-1}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0x5112c49fb2cf793au},
        {4, "any", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0}, false, false, {4, 1, 4}, {1, 4, 1, 4}, 0xdeddcdeb4df58075u},
        {4, "any", {1}, false, false, {5, 1, 4}, {5, 1, 1, 4}, 0xb4aa1622074c0ee9u},
        {4, "any", {2}, false, false, {5, 4, 4}, {5, 4, 1, 4}, 0x59f78dcaefdbc09bu},
        {4, "any", {3}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0xb4aa1622074c0ee9u},
        {4, "any", {0, 1}, false, false, {1, 4}, {1, 1, 1, 4}, 0xb5d0e0774c7d7499u},
        {4, "any", {0, 2}, false, false, {4, 4}, {1, 4, 1, 4}, 0xdeddcdeb4df58075u},
        {4, "any", {0, 3}, false, false, {4, 1}, {1, 4, 1, 1}, 0xb5d0e0774c7d7499u},
        {4, "any", {1, 2}, false, false, {5, 4}, {5, 1, 1, 4}, 0xb4aa1622074c0ee9u},
        {4, "any", {1, 3}, false, false, {5, 1}, {5, 1, 1, 1}, 0x6f6202b6f92d1e48u},
        {4, "any", {2, 3}, false, false, {5, 4}, {5, 4, 1, 1}, 0xb4aa1622074c0ee9u},
        {4, "any", {0, 1, 2}, false, false, {4}, {1, 1, 1, 4}, 0xb5d0e0774c7d7499u},
        {4, "any", {0, 1, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0, 2, 3}, false, false, {4}, {1, 4, 1, 1}, 0xb5d0e0774c7d7499u},
        {4, "any", {1, 2, 3}, false, false, {5}, {5, 1, 1, 1}, 0x6f6202b6f92d1e48u},
        {4, "any", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {-1}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0xb4aa1622074c0ee9u},
        {4, "all", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {4, "all", {0}, false, false, {4, 1, 4}, {1, 4, 1, 4}, 0x6c066cf8bf6b3373u},
        {4, "all", {1}, false, false, {5, 1, 4}, {5, 1, 1, 4}, 0x9df51642578dc816u},
        {4, "all", {2}, false, false, {5, 4, 4}, {5, 4, 1, 4}, 0x59f78dcaefdbc09bu},
        {4, "all", {3}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0x4f3992f9d9de4f72u},
        {4, "all", {0, 1}, false, false, {1, 4}, {1, 1, 1, 4}, 0x447bfb7f98e6154au},
        {4, "all", {0, 2}, false, false, {4, 4}, {1, 4, 1, 4}, 0x6c066cf8bf6b3373u},
        {4, "all", {0, 3}, false, false, {4, 1}, {1, 4, 1, 1}, 0xad2acb7747985917u},
        {4, "all", {1, 2}, false, false, {5, 4}, {5, 1, 1, 4}, 0x9df51642578dc816u},
        {4, "all", {1, 3}, false, false, {5, 1}, {5, 1, 1, 1}, 0xd80d6caea7dc7eecu},
        {4, "all", {2, 3}, false, false, {5, 4}, {5, 4, 1, 1}, 0x4f3992f9d9de4f72u},
        {4, "all", {0, 1, 2}, false, false, {4}, {1, 1, 1, 4}, 0x447bfb7f98e6154au},
        {4, "all", {0, 1, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {4, "all", {0, 2, 3}, false, false, {4}, {1, 4, 1, 1}, 0xad2acb7747985917u},
        {4, "all", {1, 2, 3}, false, false, {5}, {5, 1, 1, 1}, 0xd80d6caea7dc7eecu},
        {4, "all", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {4, "all", {-1}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0x4f3992f9d9de4f72u},
        {4, "argmin", {}, true, false, {}, {1, 1, 1, 1}, 0x025f9da21a9934aau},
        {4, "argmin", {0}, false, false, {4, 1, 4}, {1, 4, 1, 4}, 0x12d69f9a4082f7a0u},
        {4, "argmin", {-4}, false, false, {4, 1, 4}, {1, 4, 1, 4}, 0x12d69f9a4082f7a0u},
        {4, "argmin", {1}, false, false, {5, 1, 4}, {5, 1, 1, 4}, 0xd37061a5e3126f66u},
        {4, "argmin", {-3}, false, false, {5, 1, 4}, {5, 1, 1, 4}, 0xd37061a5e3126f66u},
        {4, "argmin", {2}, false, false, {5, 4, 4}, {5, 4, 1, 4}, 0x96554ce2cfb01525u},
        {4, "argmin", {-2}, false, false, {5, 4, 4}, {5, 4, 1, 4}, 0x96554ce2cfb01525u},
        {4, "argmin", {3}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0xad426dfaf72a73c7u},
        {4, "argmin", {-1}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0xad426dfaf72a73c7u},
        {4, "argmax", {}, true, false, {}, {1, 1, 1, 1}, 0x025f9da21a9934aau},
        {4, "argmax", {0}, false, false, {4, 1, 4}, {1, 4, 1, 4}, 0x5b0c90ce9e175d81u},
        {4, "argmax", {-4}, false, false, {4, 1, 4}, {1, 4, 1, 4}, 0x5b0c90ce9e175d81u},
        {4, "argmax", {1}, false, false, {5, 1, 4}, {5, 1, 1, 4}, 0x2886f14f32fe8f05u},
        {4, "argmax", {-3}, false, false, {5, 1, 4}, {5, 1, 1, 4}, 0x2886f14f32fe8f05u},
        {4, "argmax", {2}, false, false, {5, 4, 4}, {5, 4, 1, 4}, 0x96554ce2cfb01525u},
        {4, "argmax", {-2}, false, false, {5, 4, 4}, {5, 4, 1, 4}, 0x96554ce2cfb01525u},
        {4, "argmax", {3}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0x8c01c0b2c4a95925u},
        {4, "argmax", {-1}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0x8c01c0b2c4a95925u},
        {5, "prod", {}, true, false, {}, {1}, 0x4b72477f9c5c2f98u},
        {5, "prod", {0}, false, false, {}, {1}, 0x4b72477f9c5c2f98u},
        {5, "ptp", {}, true, true, {}, {}, 0x0u},
        {5, "ptp", {0}, false, true, {}, {}, 0x0u},
        {5, "any", {}, true, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "any", {0}, false, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "argmin", {}, true, true, {}, {}, 0x0u},
        {5, "argmin", {0}, false, true, {}, {}, 0x0u},
        {5, "argmin", {-1}, false, true, {}, {}, 0x0u},
        {5, "argmax", {}, true, true, {}, {}, 0x0u},
        {5, "argmax", {0}, false, true, {}, {}, 0x0u},
        {5, "argmax", {-1}, false, true, {}, {}, 0x0u},
        {6, "prod", {}, true, false, {}, {1, 1, 1}, 0x4b72477f9c5c2f98u},
        {6, "prod", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "prod", {1}, false, false, {2, 3}, {2, 1, 3}, 0x616b7bfc18e4b415u},
        {6, "prod", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {0, 1}, false, false, {3}, {1, 1, 3}, 0x8eec422e25920948u},
        {6, "prod", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {1, 2}, false, false, {2}, {2, 1, 1}, 0x0b2d58ee2f147975u},
        {6, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0x4b72477f9c5c2f98u},
        {6, "prod", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {}, true, true, {}, {}, 0x0u},
        {6, "ptp", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "ptp", {1}, false, true, {}, {}, 0x0u},
        {6, "ptp", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {0, 1}, false, true, {}, {}, 0x0u},
        {6, "ptp", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {1, 2}, false, true, {}, {}, 0x0u},
        {6, "ptp", {0, 1, 2}, false, true, {}, {}, 0x0u},
        {6, "ptp", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "any", {1}, false, false, {2, 3}, {2, 1, 3}, 0xd7e4fcfa299d713du},
        {6, "any", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd94d12186c0f2fb7u},
        {6, "any", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {1, 2}, false, false, {2}, {2, 1, 1}, 0x08328807b4eb6fedu},
        {6, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "all", {1}, false, false, {2, 3}, {2, 1, 3}, 0x70a8e5e967aa760bu},
        {6, "all", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a6fc18672a1282u},
        {6, "all", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {6, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmin", {}, true, true, {}, {}, 0x0u},
        {6, "argmin", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmin", {-3}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmin", {1}, false, true, {}, {}, 0x0u},
        {6, "argmin", {-2}, false, true, {}, {}, 0x0u},
        {6, "argmin", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmin", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmax", {}, true, true, {}, {}, 0x0u},
        {6, "argmax", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmax", {-3}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmax", {1}, false, true, {}, {}, 0x0u},
        {6, "argmax", {-2}, false, true, {}, {}, 0x0u},
        {6, "argmax", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmax", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
    };
    // float64 arrays: {shape, values}
    const std::vector<reference_input<double>> float64_inputs = {
        {{}, {-0x1.0000000000000p+1}},
        {{4}, {-0x1.10454dffc0411p+1, -0x1.32653df63f5f4p-2, 0x1.3d8c5ff43e830p+0, -0x1.472305f2f8a4bp+0}},
        {{5, 2}, {0x0.0p+0, 0x1.0000000000000p-2, nan, 0x1.0000000000000p+1, -0x1.759f0b1951a21p-2, 0x1.e9fe99f6b83e2p-2, -0x1.7de991c2a91a3p-1, -0x1.8000000000000p-1, 0x1.0000000000000p+0, -0x1.8e77c304b936ap-1}},
        {{2, 3, 3}, {0x1.0000000000000p-1, -0x1.edfe4a45ea74ap-1, 0x0.0p+0, -0x1.16cbd1a41c0cfp+0, -0x1.c74d0a587aa46p-2, -0x1.afe6c055ffe3ap-2, -0x1.83bf69b72b8bbp-4, -0x0.0p+0, 0x1.8000000000000p-1, nan, -0x1.0000000000000p-2, -0x1.6df4eb96e6a9cp-3, -0x1.f19d42c5c78d4p-1, 0x1.8000000000000p+0, -inf, 0x1.0000000000000p+1, -0x1.35f6de3db7e7cp-2, 0x1.a630196c8736cp-1}},
        {{1, 5, 5, 3}, {0x1.8000000000000p+0, 0x1.c000000000000p+0, -0x1.8000000000000p+0, 0x1.aff286e1ad4a6p+0, 0x0.0p+0, -0x0.0p+0, nan, -0x1.000f57b23c16ep-1, 0x1.d956129869810p+0, 0x0.0p+0, -0x1.2c992b569c311p+0, -0x0.0p+0, -0x0.0p+0, 0x1.ad1f622fb88f7p-1, -0x1.4000000000000p+0, 0x1.4000000000000p+0, -0x1.4000000000000p+0, -0x1.34bad4560f58ap-1, -0x0.0p+0, -0x1.aa0d55ea21ddbp-1, -inf, 0x0.0p+0, -0x0.0p+0, 0x1.8000000000000p+0, 0x1.634804cc9dd1bp+0, -0x1.43da4e4104992p+0, 0x1.c000000000000p+0, 0x1.ad90893d71a1cp-1, 0x1.2ad23a32c1561p-1, nan, 0x1.91e7fec9754eep-3, -0x1.49cbec7f4e600p+0, -0x1.4c190e0ebfcc5p-5, inf, 0x1.aeb82988c9ab4p-1, 0x1.1cdb92bd39b1ep+1, 0x1.fd22228be385ep-1, 0x1.81531d3034d29p+0, 0x1.4000000000000p+0, inf, 0x1.6d7f0fb15bbe6p+1, 0x1.475ba135f5cfcp-1, -0x0.0p+0, 0x1.33e7ed09931c5p-1, 0x1.4a44599ae9921p-1, 0x1.6497cd16d1fe7p-2, -0x1.0000000000000p+0, -0x1.8000000000000p-1, -0x1.100ce00f6268ep+1, 0x1.3e84332e2b7e6p+0, -0x1.ed3b9f831d8acp+0, 0x1.0000000000000p+0, 0x1.85814db9a1156p+1, -0x1.0000000000000p-1, 0x1.0000000000000p+1, 0x0.0p+0, 0x0.0p+0, inf, 0x1.f24395bfeb225p-3, 0x0.0p+0, -0x1.2272c9d1c3d02p+0, -0x1.0000000000000p+1, 0x0.0p+0, 0x1.0000000000000p-1, -0x1.8000000000000p+0, -0x1.3301cd3dd066fp+1, -0x1.0000000000000p+1, -0x1.69704cb8f2d35p+1, -0x0.0p+0, 0x1.fc82fa192b718p-1, 0x1.0000000000000p+1, -0x1.4e5fdb262bd83p-1, 0x1.fd72ce51cb0cap-1, -0x1.2d4ecf62f60b3p+0, -0x0.0p+0}},
        {{0}, {}},
        {{2, 0, 3}, {}},
    };
    // {input, function, axes, all_axes, raises, shape, keepdims shape, FNV-1a}
    static constexpr reference_result float64_results[] = {
        {0, "prod", {}, true, false, {}, {}, 0xa8c7b8322819cd05u},
        {0, "prod", {0}, false, false, {}, {}, 0xa8c7b8322819cd05u},
        {0, "ptp", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "ptp", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "any", {}, true, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "any", {0}, false, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "all", {}, true, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "all", {0}, false, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "argmin", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmin", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmax", {}, true, false, {}, {}, 0xa8c7f832281a39c5u},
        {0, "argmax", {0}, false, false, {}, {}, 0xa8c7f832281a39c5u},
        {1, "prod", {}, true, false, {}, {1}, 0x02f0064dada6802au},
        {1, "prod", {0}, false, false, {}, {1}, 0x02f0064dada6802au},
        {1, "ptp", {}, true, false, {}, {1}, 0x7a67d8b5dc361861u},
        {1, "ptp", {0}, false, false, {}, {1}, 0x7a67d8b5dc361861u},
        {1, "any", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "any", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "argmin", {}, true, false, {}, {1}, 0xa8c7f832281a39c5u},
        {1, "argmin", {0}, false, false, {}, {1}, 0xa8c7f832281a39c5u},
        {1, "argmin", {-1}, false, false, {}, {1}, 0xa8c7f832281a39c5u},
        {1, "argmax", {}, true, false, {}, {1}, 0xe6bd86443df8ce07u},
        {1, "argmax", {0}, false, false, {}, {1}, 0xe6bd86443df8ce07u},
        {1, "argmax", {-1}, false, false, {}, {1}, 0xe6bd86443df8ce07u},
        {2, "prod", {}, true, false, {}, {1, 1}, 0xaa96293229a2e940u},
        {2, "prod", {0}, false, false, {2}, {1, 2}, 0xaf1ad9410ca35833u},
        {2, "prod", {1}, false, false, {5}, {5, 1}, 0xe8e3715580ffc0efu},
        {2, "prod", {0, 1}, false, false, {}, {1, 1}, 0xaa96293229a2e940u},
        {2, "prod", {-1}, false, false, {5}, {5, 1}, 0xe8e3715580ffc0efu},
        {2, "ptp", {}, true, false, {}, {1, 1}, 0xaa96293229a2e940u},
        {2, "ptp", {0}, false, false, {2}, {1, 2}, 0xc4676db77b7b7462u},
        {2, "ptp", {1}, false, false, {5}, {5, 1}, 0x6c63cd334befb0a7u},
        {2, "ptp", {0, 1}, false, false, {}, {1, 1}, 0xaa96293229a2e940u},
        {2, "ptp", {-1}, false, false, {5}, {5, 1}, 0x6c63cd334befb0a7u},
        {2, "any", {}, true, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {0}, false, false, {2}, {1, 2}, 0x082f2307b4e88e77u},
        {2, "any", {1}, false, false, {5}, {5, 1}, 0x6f6202b6f92d1e48u},
        {2, "any", {0, 1}, false, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {-1}, false, false, {5}, {5, 1}, 0x6f6202b6f92d1e48u},
        {2, "all", {}, true, false, {}, {1, 1}, 0xaf63bd4c8601b7dfu},
        {2, "all", {0}, false, false, {2}, {1, 2}, 0x08328707b4eb6e3au},
        {2, "all", {1}, false, false, {5}, {5, 1}, 0x4d67b9d0d3db49f3u},
        {2, "all", {0, 1}, false, false, {}, {1, 1}, 0xaf63bd4c8601b7dfu},
        {2, "all", {-1}, false, false, {5}, {5, 1}, 0x4d67b9d0d3db49f3u},
        {2, "argmin", {}, true, false, {}, {1, 1}, 0xe6bd86443df8ce07u},
        {2, "argmin", {0}, false, false, {2}, {1, 2}, 0xbd36edcd222d23a0u},
        {2, "argmin", {-2}, false, false, {2}, {1, 2}, 0xbd36edcd222d23a0u},
        {2, "argmin", {1}, false, false, {5}, {5, 1}, 0x10d34f4de8d08e25u},
        {2, "argmin", {-1}, false, false, {5}, {5, 1}, 0x10d34f4de8d08e25u},
        {2, "argmax", {}, true, false, {}, {1, 1}, 0xe6bd86443df8ce07u},
        {2, "argmax", {0}, false, false, {2}, {1, 2}, 0x581cd0fa58d99645u},
        {2, "argmax", {-2}, false, false, {2}, {1, 2}, 0x581cd0fa58d99645u},
        {2, "argmax", {1}, false, false, {5}, {5, 1}, 0xc8e23e7e3b8dac05u},
        {2, "argmax", {-1}, false, false, {5}, {5, 1}, 0xc8e23e7e3b8dac05u},
        {3, "prod", {}, true, false, {}, {1, 1, 1}, 0xaa96293229a2e940u},
        {3, "prod", {0}, false, false, {3, 3}, {1, 3, 3}, 0xbe3634602a662dceu},
        {3, "prod", {1}, false, false, {2, 3}, {2, 1, 3}, 0xf69a8dadfeff1b7eu},
        {3, "prod", {2}, false, false, {2, 3}, {2, 3, 1}, 0xab0e0b05c09ad689u},
        {3, "prod", {0, 1}, false, false, {3}, {1, 1, 3}, 0x992175866b77d1d5u},
        {3, "prod", {0, 2}, false, false, {3}, {1, 3, 1}, 0x81f8735ea085ba3du},
        {3, "prod", {1, 2}, false, false, {2}, {2, 1, 1}, 0x85ae90b95eebb3e0u},
        {3, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaa96293229a2e940u},
        {3, "prod", {-1}, false, false, {2, 3}, {2, 3, 1}, 0xab0e0b05c09ad689u},
        {3, "ptp", {}, true, false, {}, {1, 1, 1}, 0xaa96293229a2e940u},
        {3, "ptp", {0}, false, false, {3, 3}, {1, 3, 3}, 0x955d04445230768eu},
        {3, "ptp", {1}, false, false, {2, 3}, {2, 1, 3}, 0x3784255e67321972u},
        {3, "ptp", {2}, false, false, {2, 3}, {2, 3, 1}, 0xdcd8e445ed75cd70u},
        {3, "ptp", {0, 1}, false, false, {3}, {1, 1, 3}, 0x4a23f6d4190184b3u},
        {3, "ptp", {0, 2}, false, false, {3}, {1, 3, 1}, 0x7519227ee0c7c33du},
        {3, "ptp", {1, 2}, false, false, {2}, {2, 1, 1}, 0x80be980558956505u},
        {3, "ptp", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaa96293229a2e940u},
        {3, "ptp", {-1}, false, false, {2, 3}, {2, 3, 1}, 0xdcd8e445ed75cd70u},
        {3, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {0}, false, false, {3, 3}, {1, 3, 3}, 0x137e8f6c0b03a624u},
        {3, "any", {1}, false, false, {2, 3}, {2, 1, 3}, 0x70a8e5e967aa760bu},
        {3, "any", {2}, false, false, {2, 3}, {2, 3, 1}, 0x70a8e5e967aa760bu},
        {3, "any", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a6fc18672a1282u},
        {3, "any", {0, 2}, false, false, {3}, {1, 3, 1}, 0xd0a6fc18672a1282u},
        {3, "any", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {3, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {-1}, false, false, {2, 3}, {2, 3, 1}, 0x70a8e5e967aa760bu},
        {3, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {0}, false, false, {3, 3}, {1, 3, 3}, 0x0a5c40d4d8f4625eu},
        {3, "all", {1}, false, false, {2, 3}, {2, 1, 3}, 0x03f4aec74090c839u},
        {3, "all", {2}, false, false, {2, 3}, {2, 3, 1}, 0xd3dc2fcfb133240fu},
        {3, "all", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a397186727310cu},
        {3, "all", {0, 2}, false, false, {3}, {1, 3, 1}, 0xd949ac186c0c4c8eu},
        {3, "all", {1, 2}, false, false, {2}, {2, 1, 1}, 0x08328707b4eb6e3au},
        {3, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {3, "all", {-1}, false, false, {2, 3}, {2, 3, 1}, 0xd3dc2fcfb133240fu},
        {3, "argmin", {}, true, false, {}, {1, 1, 1}, 0x81a3697174a540acu},
        {3, "argmin", {0}, false, false, {3, 3}, {1, 3, 3}, 0x3fdf56dd5451c645u},
        {3, "argmin", {-3}, false, false, {3, 3}, {1, 3, 3}, 0x3fdf56dd5451c645u},
        {3, "argmin", {1}, false, false, {2, 3}, {2, 1, 3}, 0xdbfe012c86e28506u},
        {3, "argmin", {-2}, false, false, {2, 3}, {2, 1, 3}, 0xdbfe012c86e28506u},
        {3, "argmin", {2}, false, false, {2, 3}, {2, 3, 1}, 0x149adc57f9cad8c7u},
        {3, "argmin", {-1}, false, false, {2, 3}, {2, 3, 1}, 0x149adc57f9cad8c7u},
        {3, "argmax", {}, true, false, {}, {1, 1, 1}, 0x81a3697174a540acu},
        {3, "argmax", {0}, false, false, {3, 3}, {1, 3, 3}, 0x38430c941462d645u},
        {3, "argmax", {-3}, false, false, {3, 3}, {1, 3, 3}, 0x38430c941462d645u},
        {3, "argmax", {1}, false, false, {2, 3}, {2, 1, 3}, 0xc21bb86bbf5b0726u},
        {3, "argmax", {-2}, false, false, {2, 3}, {2, 1, 3}, 0xc21bb86bbf5b0726u},
        {3, "argmax", {2}, false, false, {2, 3}, {2, 3, 1}, 0x84262a59a97c72e4u},
        {3, "argmax", {-1}, false, false, {2, 3}, {2, 3, 1}, 0x84262a59a97c72e4u},
        {4, "prod", {}, true, false, {}, {1, 1, 1, 1}, 0xaa96293229a2e940u},
        {4, "prod", {0}, false, false, {5, 5, 3}, {1, 5, 5, 3}, 0xfd257eec325c7ab2u},
        {4, "prod", {1}, false, false, {1, 5, 3}, {1, 1, 5, 3}, 0x71e03ca16ee368fdu},
        {4, "prod", {2}, false, false, {1, 5, 3}, {1, 5, 1, 3}, 0x9fd449bf31d09bc0u},
        {4, "prod", {3}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0x57fb4f7ebf9c4959u},
        {4, "prod", {0, 1}, false, false, {5, 3}, {1, 1, 5, 3}, 0x71e03ca16ee368fdu},
        {4, "prod", {0, 2}, false, false, {5, 3}, {1, 5, 1, 3}, 0x9fd449bf31d09bc0u},
        {4, "prod", {0, 3}, false, false, {5, 5}, {1, 5, 5, 1}, 0x57fb4f7ebf9c4959u},
        {4, "prod", {1, 2}, false, false, {1, 3}, {1, 1, 1, 3}, 0x51b22450bbd60455u},
        {4, "prod", {1, 3}, false, false, {1, 5}, {1, 1, 5, 1}, 0x2ccd9c4aed4572a5u},
        {4, "prod", {2, 3}, false, false, {1, 5}, {1, 5, 1, 1}, 0xbe3d3b812cce0025u},
        {4, "prod", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0x51b22450bbd60455u},
        {4, "prod", {0, 1, 3}, false, false, {5}, {1, 1, 5, 1}, 0x2ccd9c4aed4572a5u},
        {4, "prod", {0, 2, 3}, false, false, {5}, {1, 5, 1, 1}, 0xbe3d3b812cce0025u},
        {4, "prod", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaa96293229a2e940u},
        {4, "prod", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaa96293229a2e940u},
        {4, "prod", {-1}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0x57fb4f7ebf9c4959u},
        {4, "ptp", {}, true, false, {}, {1, 1, 1, 1}, 0xaa96293229a2e940u},
        {4, "ptp", {0}, false, false, {5, 5, 3}, {1, 5, 5, 3}, 0x4a164339432ceb35u},
        {4, "ptp", {1}, false, false, {1, 5, 3}, {1, 1, 5, 3}, 0xcd1341c7f73b550bu},
        {4, "ptp", {2}, false, false, {1, 5, 3}, {1, 5, 1, 3}, 0x2251ed60271e6889u},
        {4, "ptp", {3}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0x8fdb385d002f2835u},
        {4, "ptp", {0, 1}, false, false, {5, 3}, {1, 1, 5, 3}, 0xcd1341c7f73b550bu},
        {4, "ptp", {0, 2}, false, false, {5, 3}, {1, 5, 1, 3}, 0x2251ed60271e6889u},
        {4, "ptp", {0, 3}, false, false, {5, 5}, {1, 5, 5, 1}, 0x8fdb385d002f2835u},
        {4, "ptp", {1, 2}, false, false, {1, 3}, {1, 1, 1, 3}, 0xf21e474868d8aef1u},
        {4, "ptp", {1, 3}, false, false, {1, 5}, {1, 1, 5, 1}, 0x90e7bafc7f85704bu},
        {4, "ptp", {2, 3}, false, false, {1, 5}, {1, 5, 1, 1}, 0x4de3a87dae3c7de1u},
        {4, "ptp", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0xf21e474868d8aef1u},
        {4, "ptp", {0, 1, 3}, false, false, {5}, {1, 1, 5, 1}, 0x90e7bafc7f85704bu},
        {4, "ptp", {0, 2, 3}, false, false, {5}, {1, 5, 1, 1}, 0x4de3a87dae3c7de1u},
        {4, "ptp", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaa96293229a2e940u},
        {4, "ptp", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaa96293229a2e940u},
        {4, "ptp", {-1}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0x8fdb385d002f2835u},
        {4, "any", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0}, false, false, {5, 5, 3}, {1, 5, 5, 3}, 0xe74ae0d7b414a195u},
        {4, "any", {1}, false, false, {1, 5, 3}, {1, 1, 5, 3}, 0x88f4d8eac426d136u},
        {4, "any", {2}, false, false, {1, 5, 3}, {1, 5, 1, 3}, 0x88f4d8eac426d136u},
        {4, "any", {3}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0xf9b7ca06837e7314u},
        {4, "any", {0, 1}, false, false, {5, 3}, {1, 1, 5, 3}, 0x88f4d8eac426d136u},
        {4, "any", {0, 2}, false, false, {5, 3}, {1, 5, 1, 3}, 0x88f4d8eac426d136u},
        {4, "any", {0, 3}, false, false, {5, 5}, {1, 5, 5, 1}, 0xf9b7ca06837e7314u},
        {4, "any", {1, 2}, false, false, {1, 3}, {1, 1, 1, 3}, 0xd0a6fc18672a1282u},
        {4, "any", {1, 3}, false, false, {1, 5}, {1, 1, 5, 1}, 0x6f6202b6f92d1e48u},
        {4, "any", {2, 3}, false, false, {1, 5}, {1, 5, 1, 1}, 0x6f6202b6f92d1e48u},
        {4, "any", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0xd0a6fc18672a1282u},
        {4, "any", {0, 1, 3}, false, false, {5}, {1, 1, 5, 1}, 0x6f6202b6f92d1e48u},
        {4, "any", {0, 2, 3}, false, false, {5}, {1, 5, 1, 1}, 0x6f6202b6f92d1e48u},
        {4, "any", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {-1}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0xf9b7ca06837e7314u},
        {4, "all", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {4, "all", {0}, false, false, {5, 5, 3}, {1, 5, 5, 3}, 0xe74ae0d7b414a195u},
        {4, "all", {1}, false, false, {1, 5, 3}, {1, 1, 5, 3}, 0x0e397d876d26ad7cu},
        {4, "all", {2}, false, false, {1, 5, 3}, {1, 5, 1, 3}, 0x43a41692e30a053bu},
        {4, "all", {3}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0x11a753e7d85c238bu},
        {4, "all", {0, 1}, false, false, {5, 3}, {1, 1, 5, 3}, 0x0e397d876d26ad7cu},
        {4, "all", {0, 2}, false, false, {5, 3}, {1, 5, 1, 3}, 0x43a41692e30a053bu},
        {4, "all", {0, 3}, false, false, {5, 5}, {1, 5, 5, 1}, 0x11a753e7d85c238bu},
        {4, "all", {1, 2}, false, false, {1, 3}, {1, 1, 1, 3}, 0xd94d12186c0f2fb7u},
        {4, "all", {1, 3}, false, false, {1, 5}, {1, 1, 5, 1}, 0xe4bc4fd9252be94fu},
        {4, "all", {2, 3}, false, false, {1, 5}, {1, 5, 1, 1}, 0xe4bc4fd9252be94fu},
        {4, "all", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0xd94d12186c0f2fb7u},
        {4, "all", {0, 1, 3}, false, false, {5}, {1, 1, 5, 1}, 0xe4bc4fd9252be94fu},
        {4, "all", {0, 2, 3}, false, false, {5}, {1, 5, 1, 1}, 0xe4bc4fd9252be94fu},
        {4, "all", {1, 2, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {4, "all", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {4, "all", {-1}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0x11a753e7d85c238bu},
        {4, "argmin", {}, true, false, {}, {1, 1, 1, 1}, 0x6ad26a20123ba583u},
        {4, "argmin", {0}, false, false, {5, 5, 3}, {1, 5, 5, 3}, 0xb5f258c150491005u},
        {4, "argmin", {-4}, false, false, {5, 5, 3}, {1, 5, 5, 3}, 0xb5f258c150491005u},
        {4, "argmin", {1}, false, false, {1, 5, 3}, {1, 1, 5, 3}, 0x98cf0a059a753224u},
        {4, "argmin", {-3}, false, false, {1, 5, 3}, {1, 1, 5, 3}, 0x98cf0a059a753224u},
        {4, "argmin", {2}, false, false, {1, 5, 3}, {1, 5, 1, 3}, 0x4593aa163538e787u},
        {4, "argmin", {-2}, false, false, {1, 5, 3}, {1, 5, 1, 3}, 0x4593aa163538e787u},
        {4, "argmin", {3}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0x861eded43a882706u},
        {4, "argmin", {-1}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0x861eded43a882706u},
        {4, "argmax", {}, true, false, {}, {1, 1, 1, 1}, 0x6ad26a20123ba583u},
        {4, "argmax", {0}, false, false, {5, 5, 3}, {1, 5, 5, 3}, 0xb5f258c150491005u},
        {4, "argmax", {-4}, false, false, {5, 5, 3}, {1, 5, 5, 3}, 0xb5f258c150491005u},
        {4, "argmax", {1}, false, false, {1, 5, 3}, {1, 1, 5, 3}, 0x88d4154c438f7f22u},
        {4, "argmax", {-3}, false, false, {1, 5, 3}, {1, 1, 5, 3}, 0x88d4154c438f7f22u},
        {4, "argmax", {2}, false, false, {1, 5, 3}, {1, 5, 1, 3}, 0x3ab9f30ec350aa07u},
        {4, "argmax", {-2}, false, false, {1, 5, 3}, {1, 5, 1, 3}, 0x3ab9f30ec350aa07u},
        {4, "argmax", {3}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0x0dc55eb1c6862905u},
        {4, "argmax", {-1}, false, false, {1, 5, 5}, {1, 5, 5, 1}, 0x0dc55eb1c6862905u},
        {5, "prod", {}, true, false, {}, {1}, 0xaab1693229ba1db8u},
        {5, "prod", {0}, false, false, {}, {1}, 0xaab1693229ba1db8u},
        {5, "ptp", {}, true, true, {}, {}, 0x0u},
        {5, "ptp", {0}, false, true, {}, {}, 0x0u},
        {5, "any", {}, true, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "any", {0}, false, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "argmin", {}, true, true, {}, {}, 0x0u},
        {5, "argmin", {0}, false, true, {}, {}, 0x0u},
        {5, "argmin", {-1}, false, true, {}, {}, 0x0u},
        {5, "argmax", {}, true, true, {}, {}, 0x0u},
        {5, "argmax", {0}, false, true, {}, {}, 0x0u},
        {5, "argmax", {-1}, false, true, {}, {}, 0x0u},
        {6, "prod", {}, true, false, {}, {1, 1, 1}, 0xaab1693229ba1db8u},
        {6, "prod", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "prod", {1}, false, false, {2, 3}, {2, 1, 3}, 0x73d879df6e652b05u},
        {6, "prod", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {0, 1}, false, false, {3}, {1, 1, 3}, 0x439bb40fbb1a9658u},
        {6, "prod", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {1, 2}, false, false, {2}, {2, 1, 1}, 0x2be2cbea19a827c5u},
        {6, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaab1693229ba1db8u},
        {6, "prod", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {}, true, true, {}, {}, 0x0u},
        {6, "ptp", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "ptp", {1}, false, true, {}, {}, 0x0u},
        {6, "ptp", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {0, 1}, false, true, {}, {}, 0x0u},
        {6, "ptp", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "ptp", {1, 2}, false, true, {}, {}, 0x0u},
        {6, "ptp", {0, 1, 2}, false, true, {}, {}, 0x0u},
        {6, "ptp", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "any", {1}, false, false, {2, 3}, {2, 1, 3}, 0xd7e4fcfa299d713du},
        {6, "any", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd94d12186c0f2fb7u},
        {6, "any", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {1, 2}, false, false, {2}, {2, 1, 1}, 0x08328807b4eb6fedu},
        {6, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "all", {1}, false, false, {2, 3}, {2, 1, 3}, 0x70a8e5e967aa760bu},
        {6, "all", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a6fc18672a1282u},
        {6, "all", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {6, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmin", {}, true, true, {}, {}, 0x0u},
        {6, "argmin", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmin", {-3}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmin", {1}, false, true, {}, {}, 0x0u},
        {6, "argmin", {-2}, false, true, {}, {}, 0x0u},
        {6, "argmin", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmin", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmax", {}, true, true, {}, {}, 0x0u},
        {6, "argmax", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmax", {-3}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "argmax", {1}, false, true, {}, {}, 0x0u},
        {6, "argmax", {-2}, false, true, {}, {}, 0x0u},
        {6, "argmax", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "argmax", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
    };
    // complex64 arrays: {shape, values}
    const std::vector<reference_input<std::complex<float>>> complex64_inputs = {
        {{}, {{0x1.0000000000000p+1f, -0x1.8000000000000p-1f}}},
        {{4}, {{-0x1.018a780000000p-2f, -0x1.b8ecba0000000p+0f}, {-0x1.0000000000000p+0f, 0x1.cf738c0000000p-1f}, {0x1.fc5b060000000p+0f, -0x1.8000000000000p-1f}, {-0x1.3df03e0000000p-1f, 0x0.0p+0f}}},
        {{2, 5}, {{-0x1.0d46b00000000p-2f, -0x1.4000000000000p+0f}, {0x0.0p+0f, -0x1.0000000000000p+0f}, {0x1.677c9a0000000p-1f, -0x1.4000000000000p+0f}, {-0x1.0000000000000p-2f, 0x1.0000000000000p+1f}, {-0x1.c000000000000p+0f, 0x1.0000000000000p+0f}, {-0x1.86ee900000000p+0f, -0x1.0000000000000p+0f}, {0x1.596b060000000p+0f, 0x1.0000000000000p-2f}, {-0x1.c000000000000p+0f, -0x0.0p+0f}, {inf_f, -0x1.8000000000000p-1f}, {-0x1.0000000000000p+1f, 0x1.0000000000000p+0f}}},
        {{2, 4, 5}, {{0x1.0000000000000p+0f, -0x1.0000000000000p+1f}, {-0x1.b92c020000000p-4f, 0x1.310ae40000000p+1f}, {-0x1.b875460000000p-3f, 0x1.0704800000000p-1f}, {-0x1.8000000000000p-1f, 0x1.b5507e0000000p+0f}, {0x1.8f6c920000000p+0f, 0x1.1d79d20000000p-1f}, {0x1.70eb120000000p-1f, -0x1.0000000000000p-2f}, {-0x1.6909d00000000p+1f, 0x1.9130160000000p+1f}, {-0x1.40a9120000000p-9f, -inf_f}, {0x1.1338140000000p+0f, -0x1.bddb4e0000000p-1f}, {-0x1.8690640000000p-3f, nan_f}, {-0x1.4000000000000p+0f, 0x0.0p+0f}, {-0x1.e046ac0000000p-2f, -0x1.29c5660000000p-1f}, {0x0.0p+0f, -0x1.0000000000000p+1f}, {0x1.ada54c0000000p-1f, 0x1.4f54520000000p-2f}, {-0x1.0000000000000p-1f, -0x1.8000000000000p+0f}, {0x1.2a6b000000000p+1f, -0x1.8000000000000p+0f}, {0x1.f025a60000000p+1f, 0x1.8000000000000p-1f}, {-0x1.85fa540000000p+0f, -0x1.4a240a0000000p+1f}, {-0x1.7677480000000p-2f, inf_f}, {0x1.87ba660000000p-3f, inf_f}, {0x1.998cc00000000p-1f, 0x1.208f3e0000000p+0f}, {-0x1.96948e0000000p+0f, 0x1.8d66620000000p+0f}, {0x1.4f80ea0000000p+0f, -0x1.715f640000000p-4f}, {-0x1.38f9d80000000p-3f, 0x1.b125720000000p+0f}, {-0x1.8000000000000p+0f, -0x1.0000000000000p+0f}, {0x1.9020d20000000p+0f, 0x1.4000000000000p+0f}, {0x1.0000000000000p-2f, -0x1.8000000000000p+0f}, {0x1.c000000000000p+0f, 0x0.0p+0f}, {0x1.97e0b80000000p-2f, -inf_f}, {0x1.8000000000000p+0f, -0x1.a23a6c0000000p+0f}, {-0x1.0000000000000p-1f, inf_f}, {0x1.8000000000000p-1f, nan_f}, {-0x1.0000000000000p+0f, 0x1.0000000000000p+0f}, {nan_f, 0x1.8000000000000p+0f}, {-0x1.1e483c0000000p-2f, -0x0.0p+0f}, {-0x0.0p+0f, 0x1.3c57080000000p+1f}, {-0x1.506e640000000p-2f, 0x0.0p+0f}, {-0x0.0p+0f, -0x1.0000000000000p-2f}, {-inf_f, 0x1.8000000000000p+0f}, {-0x1.0000000000000p+1f, 0x1.0721ac0000000p-1f}}},
        {{4, 2, 3, 3}, {{inf_f, -0x1.0000000000000p-1f}, {-0x1.0000000000000p-2f, -0x1.6170f40000000p-4f}, {nan_f, -0x1.2773f20000000p-6f}, {0x1.8000000000000p-1f, -0x1.60cd900000000p+0f}, {-0x1.753cd40000000p-1f, -0x1.0000000000000p-1f}, {0x1.5a45d60000000p-1f, -inf_f}, {-0x1.ce94780000000p-3f, -0x1.0000000000000p-2f}, {0x1.24a0000000000p+0f, 0x1.8000000000000p+0f}, {0x0.0p+0f, -inf_f}, {-0x1.79c6120000000p+1f, 0x0.0p+0f}, {0x1.0000000000000p-2f, -0x1.bd6a3a0000000p+0f}, {-0x1.3dbeb00000000p-1f, 0x0.0p+0f}, {-0x1.4005460000000p+1f, -inf_f}, {-0x1.8000000000000p-1f, -0x0.0p+0f}, {-0x1.07316a0000000p+1f, -0x1.0000000000000p+0f}, {-0x1.8000000000000p-1f, -0x1.967f220000000p-1f}, {inf_f, -0x1.8f97aa0000000p-4f}, {-0x1.c000000000000p+0f, -0x1.04ecc40000000p-1f}, {-0x1.bc6d060000000p-4f, 0x1.0000000000000p-2f}, {-0x1.48dd8a0000000p-2f, 0x1.4000000000000p+0f}, {0x1.b588000000000p-9f, -0x0.0p+0f}, {-0x1.c000000000000p+0f, 0x1.0000000000000p-2f}, {inf_f, 0x0.0p+0f}, {-0x1.e7d8a60000000p+1f, nan_f}, {nan_f, 0x1.0000000000000p+1f}, {-0x1.8000000000000p+0f, -inf_f}, {0x1.24e82c0000000p+2f, -0x1.f601e20000000p-5f}, {nan_f, inf_f}, {0x1.8000000000000p-1f, -0x1.99c03c0000000p-1f}, {0x1.bdbb3e0000000p+0f, -0x1.d7cc880000000p-1f}, {-inf_f, -0x1.0000000000000p-1f}, {-0x0.0p+0f, 0x1.357d0a0000000p-2f}, {-0x1.0b7de40000000p+0f, -0x1.2cb27c0000000p+0f}, {0x1.7a1e220000000p+0f, -0x1.8b86200000000p-1f}, {0x1.3ae3160000000p+0f, -0x1.1217b80000000p-1f}, {0x1.0b8f9e0000000p+0f, -0x0.0p+0f}, {-inf_f, 0x1.c4c43a0000000p+0f}, {0x1.e153ac0000000p-3f, -0x0.0p+0f}, {-0x1.0000000000000p+1f, 0x1.0000000000000p+1f}, {0x1.8000000000000p-1f, -0x1.7a032e0000000p+0f}, {0x1.4000000000000p+0f, -0x1.0000000000000p+1f}, {0x0.0p+0f, -0x1.0000000000000p-2f}, {-0x1.4000000000000p+0f, -0x1.0000000000000p-1f}, {-0x1.8000000000000p+0f, 0x1.4000000000000p+0f}, {0x1.a745380000000p-1f, 0x1.59df600000000p+1f}, {0x0.0p+0f, 0x1.a61cae0000000p+1f}, {0x1.cddf9a0000000p+0f, 0x0.0p+0f}, {-0x1.05e9640000000p-2f, 0x1.1353380000000p+0f}, {-0x1.ddb1e60000000p-4f, -0x1.0b74ca0000000p+0f}, {inf_f, 0x1.0afbe00000000p+1f}, {0x0.0p+0f, 0x1.e09c4a0000000p-1f}, {-0x1.0000000000000p-1f, 0x1.529ca60000000p+0f}, {0x0.0p+0f, -0x1.0000000000000p-1f}, {-0x1.459dda0000000p-5f, 0x1.4000000000000p+0f}, {nan_f, -0x1.d637380000000p-1f}, {0x1.0000000000000p+0f, -0x1.0000000000000p-2f}, {-0x1.1ec3ea0000000p-1f, -0x1.8000000000000p-1f}, {-0x1.05a11c0000000p-3f, -0x1.9faeb40000000p+0f}, {-0x0.0p+0f, -0x1.8ff32a0000000p+0f}, {0x1.20ea580000000p+0f, 0x1.062dc80000000p+0f}, {-0x1.8000000000000p+0f, -0x1.8000000000000p+0f}, {inf_f, -0x1.0000000000000p+0f}, {-0x1.5e9ffa0000000p-5f, -0x1.37f8320000000p+1f}, {0x1.0000000000000p-1f, 0x1.4000000000000p+0f}, {-0x1.a0806e0000000p-1f, -0x1.7ba0e20000000p-2f}, {0x1.1bad640000000p-10f, -inf_f}, {-0x1.0000000000000p-1f, 0x1.2e7bc60000000p+1f}, {-0x0.0p+0f, 0x1.e8f8240000000p-3f}, {inf_f, 0x1.0000000000000p+1f}, {0x1.5a73780000000p-1f, -0x1.c000000000000p+0f}, {0x1.7f043a0000000p-1f, 0x0.0p+0f}, {-inf_f, 0x1.23439a0000000p+1f}}},
        {{0}, {}},
        {{2, 0, 3}, {}},
    };
    // {input, function, axes, all_axes, raises, shape, keepdims shape, FNV-1a}
    static constexpr reference_result complex64_results[] = {
        {0, "prod", {}, true, false, {}, {}, 0xd3a7b3d17b3cc848u},
        {0, "prod", {0}, false, false, {}, {}, 0xd3a7b3d17b3cc848u},
        {0, "any", {}, true, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "any", {0}, false, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "all", {}, true, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "all", {0}, false, false, {}, {}, 0xaf63bc4c8601b62cu},
        {1, "prod", {}, true, false, {}, {1}, 0xb9e5a2f13bde4e3du},
        {1, "prod", {0}, false, false, {}, {1}, 0xb9e5a2f13bde4e3du},
        {1, "any", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "any", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {2, "prod", {}, true, false, {}, {1, 1}, 0x8bcb78cc287a51b5u},
        {2, "prod", {0}, false, false, {5}, {1, 5}, 0x0293c1e3e013d21du},
        {2, "prod", {1}, false, false, {2}, {2, 1}, 0x161ab8c6d66ad16du},
        {2, "prod", {0, 1}, false, false, {}, {1, 1}, 0x8bcb78cc287a51b5u},
        {2, "prod", {-1}, false, false, {2}, {2, 1}, 0x161ab8c6d66ad16du},
        {2, "any", {}, true, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {0}, false, false, {5}, {1, 5}, 0x6f6202b6f92d1e48u},
        {2, "any", {1}, false, false, {2}, {2, 1}, 0x082f2307b4e88e77u},
        {2, "any", {0, 1}, false, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {-1}, false, false, {2}, {2, 1}, 0x082f2307b4e88e77u},
        {2, "all", {}, true, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "all", {0}, false, false, {5}, {1, 5}, 0x6f6202b6f92d1e48u},
        {2, "all", {1}, false, false, {2}, {2, 1}, 0x082f2307b4e88e77u},
        {2, "all", {0, 1}, false, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "all", {-1}, false, false, {2}, {2, 1}, 0x082f2307b4e88e77u},
        {3, "prod", {}, true, false, {}, {1, 1, 1}, 0xb901c1935e0f1b75u},
        {3, "prod", {0}, false, false, {4, 5}, {1, 4, 5}, 0x317360207fc0ef26u},
        {3, "prod", {1}, false, false, {2, 5}, {2, 1, 5}, 0x6235c115eee4ce3eu},
        {3, "prod", {2}, false, false, {2, 4}, {2, 4, 1}, 0x9895a79eca944878u},
        {3, "prod", {0, 1}, false, false, {5}, {1, 1, 5}, 0x2d28720e5d0c02b5u},
        {3, "prod", {0, 2}, false, false, {4}, {1, 4, 1}, 0x8761157d5c156562u},
        {3, "prod", {1, 2}, false, false, {2}, {2, 1, 1}, 0x5b8d06a18c5404c5u},
        {3, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xb901c1935e0f1b75u},
        {3, "prod", {-1}, false, false, {2, 4}, {2, 4, 1}, 0x9895a79eca944878u},
        {3, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {0}, false, false, {4, 5}, {1, 4, 5}, 0xb4aa1622074c0ee9u},
        {3, "any", {1}, false, false, {2, 5}, {2, 1, 5}, 0x23b3d996b73350dfu},
        {3, "any", {2}, false, false, {2, 4}, {2, 4, 1}, 0xe7e395a2ad0bc74du},
        {3, "any", {0, 1}, false, false, {5}, {1, 1, 5}, 0x6f6202b6f92d1e48u},
        {3, "any", {0, 2}, false, false, {4}, {1, 4, 1}, 0xb5d0e0774c7d7499u},
        {3, "any", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {3, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {-1}, false, false, {2, 4}, {2, 4, 1}, 0xe7e395a2ad0bc74du},
        {3, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "all", {0}, false, false, {4, 5}, {1, 4, 5}, 0xb4aa1622074c0ee9u},
        {3, "all", {1}, false, false, {2, 5}, {2, 1, 5}, 0x23b3d996b73350dfu},
        {3, "all", {2}, false, false, {2, 4}, {2, 4, 1}, 0xe7e395a2ad0bc74du},
        {3, "all", {0, 1}, false, false, {5}, {1, 1, 5}, 0x6f6202b6f92d1e48u},
        {3, "all", {0, 2}, false, false, {4}, {1, 4, 1}, 0xb5d0e0774c7d7499u},
        {3, "all", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {3, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "all", {-1}, false, false, {2, 4}, {2, 4, 1}, 0xe7e395a2ad0bc74du},
        {4, "prod", {}, true, false, {}, {1, 1, 1, 1}, 0xb901c1935e0f1b75u},
        {4, "prod", {0}, false, false, {2, 3, 3}, {1, 2, 3, 3}, 0x558e9357c2c58628u},
        {4, "prod", {1}, false, false, {4, 3, 3}, {4, 1, 3, 3}, 0xaadf7ee1a8e861d9u},
        {4, "prod", {2}, false, false, {4, 2, 3}, {4, 2, 1, 3}, 0x7ab9622b26899c6eu},
        {4, "prod", {3}, false, false, {4, 2, 3}, {4, 2, 3, 1}, 0x3ba339f4f8289036u},
        {4, "prod", {0, 1}, false, false, {3, 3}, {1, 1, 3, 3}, 0x3faa28b89dedfcfau},
        {4, "prod", {0, 2}, false, false, {2, 3}, {1, 2, 1, 3}, 0x020b205d97e7ae05u},
        {4, "prod", {0, 3}, false, false, {2, 3}, {1, 2, 3, 1}, 0x020b205d97e7ae05u},
        {4, "prod", {1, 2}, false, false, {4, 3}, {4, 1, 1, 3}, 0x211096d8fdce4e4fu},
        {4, "prod", {1, 3}, false, false, {4, 3}, {4, 1, 3, 1}, 0xe7e7a3fdb9b401f2u},
        {4, "prod", {2, 3}, false, false, {4, 2}, {4, 2, 1, 1}, 0x2d3cbcb98cee95a5u},
        {4, "prod", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0x974893680a444e15u},
        {4, "prod", {0, 1, 3}, false, false, {3}, {1, 1, 3, 1}, 0x974893680a444e15u},
        {4, "prod", {0, 2, 3}, false, false, {2}, {1, 2, 1, 1}, 0x5b8d06a18c5404c5u},
        {4, "prod", {1, 2, 3}, false, false, {4}, {4, 1, 1, 1}, 0xb9e7322deb9a5665u},
        {4, "prod", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xb901c1935e0f1b75u},
        {4, "prod", {-1}, false, false, {4, 2, 3}, {4, 2, 3, 1}, 0x3ba339f4f8289036u},
        {4, "any", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0}, false, false, {2, 3, 3}, {1, 2, 3, 3}, 0x4d7e75bb2e207047u},
        {4, "any", {1}, false, false, {4, 3, 3}, {4, 1, 3, 3}, 0x39287ee56cc8bd39u},
        {4, "any", {2}, false, false, {4, 2, 3}, {4, 2, 1, 3}, 0x43b103a307f3ee9du},
        {4, "any", {3}, false, false, {4, 2, 3}, {4, 2, 3, 1}, 0x43b103a307f3ee9du},
        {4, "any", {0, 1}, false, false, {3, 3}, {1, 1, 3, 3}, 0x137e8f6c0b03a624u},
        {4, "any", {0, 2}, false, false, {2, 3}, {1, 2, 1, 3}, 0x70a8e5e967aa760bu},
        {4, "any", {0, 3}, false, false, {2, 3}, {1, 2, 3, 1}, 0x70a8e5e967aa760bu},
        {4, "any", {1, 2}, false, false, {4, 3}, {4, 1, 1, 3}, 0x49be60fc79a8cf41u},
        {4, "any", {1, 3}, false, false, {4, 3}, {4, 1, 3, 1}, 0x49be60fc79a8cf41u},
        {4, "any", {2, 3}, false, false, {4, 2}, {4, 2, 1, 1}, 0xe7e395a2ad0bc74du},
        {4, "any", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0xd0a6fc18672a1282u},
        {4, "any", {0, 1, 3}, false, false, {3}, {1, 1, 3, 1}, 0xd0a6fc18672a1282u},
        {4, "any", {0, 2, 3}, false, false, {2}, {1, 2, 1, 1}, 0x082f2307b4e88e77u},
        {4, "any", {1, 2, 3}, false, false, {4}, {4, 1, 1, 1}, 0xb5d0e0774c7d7499u},
        {4, "any", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {-1}, false, false, {4, 2, 3}, {4, 2, 3, 1}, 0x43b103a307f3ee9du},
        {4, "all", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "all", {0}, false, false, {2, 3, 3}, {1, 2, 3, 3}, 0x4d7e75bb2e207047u},
        {4, "all", {1}, false, false, {4, 3, 3}, {4, 1, 3, 3}, 0x39287ee56cc8bd39u},
        {4, "all", {2}, false, false, {4, 2, 3}, {4, 2, 1, 3}, 0x43b103a307f3ee9du},
        {4, "all", {3}, false, false, {4, 2, 3}, {4, 2, 3, 1}, 0x43b103a307f3ee9du},
        {4, "all", {0, 1}, false, false, {3, 3}, {1, 1, 3, 3}, 0x137e8f6c0b03a624u},
        {4, "all", {0, 2}, false, false, {2, 3}, {1, 2, 1, 3}, 0x70a8e5e967aa760bu},
        {4, "all", {0, 3}, false, false, {2, 3}, {1, 2, 3, 1}, 0x70a8e5e967aa760bu},
        {4, "all", {1, 2}, false, false, {4, 3}, {4, 1, 1, 3}, 0x49be60fc79a8cf41u},
        {4, "all", {1, 3}, false, false, {4, 3}, {4, 1, 3, 1}, 0x49be60fc79a8cf41u},
        {4, "all", {2, 3}, false, false, {4, 2}, {4, 2, 1, 1}, 0xe7e395a2ad0bc74du},
        {4, "all", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0xd0a6fc18672a1282u},
        {4, "all", {0, 1, 3}, false, false, {3}, {1, 1, 3, 1}, 0xd0a6fc18672a1282u},
        {4, "all", {0, 2, 3}, false, false, {2}, {1, 2, 1, 1}, 0x082f2307b4e88e77u},
        {4, "all", {1, 2, 3}, false, false, {4}, {4, 1, 1, 1}, 0xb5d0e0774c7d7499u},
        {4, "all", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "all", {-1}, false, false, {4, 2, 3}, {4, 2, 3, 1}, 0x43b103a307f3ee9du},
        {5, "prod", {}, true, false, {}, {1}, 0x097a29ee2da29518u},
        {5, "prod", {0}, false, false, {}, {1}, 0x097a29ee2da29518u},
        {5, "any", {}, true, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "any", {0}, false, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {6, "prod", {}, true, false, {}, {1, 1, 1}, 0x097a29ee2da29518u},
        {6, "prod", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "prod", {1}, false, false, {2, 3}, {2, 1, 3}, 0x9765fe1783f89005u},
        {6, "prod", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {0, 1}, false, false, {3}, {1, 1, 3}, 0x75e96ccae11ef278u},
        {6, "prod", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {1, 2}, false, false, {2}, {2, 1, 1}, 0x6af9b6af0b2793c5u},
        {6, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0x097a29ee2da29518u},
        {6, "prod", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "any", {1}, false, false, {2, 3}, {2, 1, 3}, 0xd7e4fcfa299d713du},
        {6, "any", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd94d12186c0f2fb7u},
        {6, "any", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {1, 2}, false, false, {2}, {2, 1, 1}, 0x08328807b4eb6fedu},
        {6, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "all", {1}, false, false, {2, 3}, {2, 1, 3}, 0x70a8e5e967aa760bu},
        {6, "all", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a6fc18672a1282u},
        {6, "all", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {6, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
    };
    // complex128 arrays: {shape, values}
    const std::vector<reference_input<std::complex<double>>> complex128_inputs = {
        {{}, {{0x0.0p+0, 0x1.0000000000000p-1}}},
        {{4}, {{-0x1.754e8adc20020p-1, 0x1.0000000000000p-1}, {-0x1.a5f118a05df10p-3, 0x1.0000000000000p+1}, {0x1.580580c377746p-2, 0x0.0p+0}, {-0x1.c94491dcddb36p-3, -0x1.26ff3ca772f19p+2}}},
        {{4, 3}, {{-0x0.0p+0, inf}, {nan, -0x0.0p+0}, {0x1.0000000000000p+1, -0x1.8000000000000p+0}, {0x1.fa89052e43fc6p-3, 0x1.4000000000000p+0}, {0x1.8000000000000p-1, -0x1.70f0dd953ea02p-2}, {-0x1.90a2af2d148f4p+0, 0x1.d669730f47085p-1}, {inf, -0x0.0p+0}, {-0x1.4000000000000p+0, 0x1.0000000000000p-2}, {0x1.8dba2fcb576bep-1, -0x0.0p+0}, {-0x1.8ea9c9b87ab68p-1, -0x1.0000000000000p-1}, {inf, -0x1.0000000000000p+0}, {0x1.e39f7853c06bbp+0, 0x1.29c04e7152a94p+0}}},
        {{2, 1, 2}, {{0x1.8000000000000p+0, 0x1.858182281d2dep-1}, {-0x1.588f221d3a6a1p+1, inf}, {-0x1.5707a7b757516p-1, 0x1.126e5d3eb2dbap+0}, {0x1.4c12332b84c9ap+0, 0x1.2231afef62357p+1}}},
        {{5, 4, 1, 3}, {{inf, 0x1.610c845c9597ep-1}, {0x1.6bd276ef32bb8p+0, -0x1.3c31f18898c82p-3}, {-0x1.05f6c75fe81acp-2, -0x1.0000000000000p+0}, {0x0.0p+0, -0x1.4d3cfde52be13p+0}, {-0x1.57af3901b9720p+1, 0x1.78fa8b5c04f74p+1}, {0x1.74e57ff78a932p+0, 0x1.0b33b4e66ccc1p+0}, {0x1.2318a00732cdcp+1, -0x1.5c7d965f0824dp+0}, {-0x1.65b89d0ffeef2p+1, -0x0.0p+0}, {0x0.0p+0, 0x1.8000000000000p+0}, {inf, 0x1.a636d45607fd8p+0}, {0x1.8000000000000p+0, -0x1.5113566082faep+1}, {-inf, 0x1.30c6ab6af55efp+1}, {0x0.0p+0, -inf}, {inf, 0x0.0p+0}, {0x1.79e9c5c3b1ed9p+1, -0x1.9ca3db2c3922ep+0}, {0x1.057b44d3dbd8ep+1, -0x1.97bc681087ad9p+0}, {0x1.c000000000000p+0, -0x1.0000000000000p-2}, {inf, -0x1.750ac8bfe9a2cp-1}, {-0x1.d750ba5ef8766p+0, 0x1.645a7b10f0044p-1}, {-0x1.5d476df6e4583p-1, -0x1.22e370f866f2bp-2}, {0x1.072d0171ff463p+1, -0x1.3902519a8b81ep-1}, {0x0.0p+0, 0x1.0d183d7107a3ep+0}, {-0x1.7539d94f29297p+1, -0x1.4014e9b19de6ap+1}, {-0x1.e346ab49c46a2p+0, 0x1.6efb17c497fefp-1}, {-0x1.0000000000000p+1, 0x0.0p+0}, {0x1.3efefadad3488p+0, 0x1.4b316326fc2c8p-1}, {-0x1.4000000000000p+0, -0x1.0000000000000p-2}, {-0x0.0p+0, 0x1.c18936dd1443ap-2}, {0x1.6d0d6b47280f2p-1, 0x1.11859b6ff84e8p+1}, {-0x0.0p+0, 0x1.c000000000000p+0}, {0x1.8f4e855473abcp+0, 0x1.0000000000000p+1}, {nan, 0x1.0000000000000p+1}, {-0x1.6d22fe12c1668p+0, -0x1.c8d01189bbdb3p+0}, {-inf, 0x1.181ec039e5005p-4}, {0x1.0000000000000p-2, -inf}, {0x1.8000000000000p-1, 0x1.0000000000000p-1}, {0x1.0000000000000p+1, -0x1.4000000000000p+0}, {0x1.0000000000000p+0, 0x1.cd1de466b51dap+0}, {0x1.709d11d0bc132p+0, 0x1.d9e34ad5c8460p-4}, {-0x1.0000000000000p+0, inf}, {0x1.51647d9c5e535p-5, 0x1.8000000000000p+0}, {-0x1.0deb8b2b08373p+0, 0x1.4000000000000p+0}, {0x0.0p+0, 0x1.0000000000000p+1}, {0x1.87330cb390849p-3, 0x1.2cf8c2c4efc7cp+0}, {-0x1.9d3ed20afd18cp-1, 0x1.adb27b66907d2p-5}, {0x1.b73ef60c69849p-1, 0x1.41106f71236c2p-4}, {0x1.4000000000000p+0, -0x0.0p+0}, {-0x1.60628fc0168e5p+0, 0x1.6cc36c1e08fcap+1}, {-0x1.2cbde5f1b3d71p+1, 0x1.4000000000000p+0}, {-0x1.72a83d710d6aep-1, 0x1.0c181a36573dbp+1}, {0x1.ef59bcd84570cp-2, -0x1.c000000000000p+0}, {-0x1.c000000000000p+0, 0x1.3780befd8a64cp+0}, {0x0.0p+0, inf}, {-0x1.b6706cecfbceap+0, -0x1.1acbe349cad87p-3}, {inf, -0x1.8dd0b015200a8p-1}, {-0x1.ccc66ffc403cep-2, 0x1.7202700e844cbp-2}, {-0x1.23bca1c212cddp+1, 0x1.7ca4ae868d66dp+0}, {-0x1.c000000000000p+0, 0x1.f00ee4c290fecp-1}, {0x1.1de700c056e4fp+1, -0x1.97abe9143661bp-1}, {-0x1.cd183ed0ea318p-1, -0x1.7d9869a32c0f4p+1}}},
        {{0}, {}},
        {{2, 0, 3}, {}},
    };
    // {input, function, axes, all_axes, raises, shape, keepdims shape, FNV-1a}
    static constexpr reference_result complex128_results[] = {
        {0, "prod", {}, true, false, {}, {}, 0x860050b95f315148u},
        {0, "prod", {0}, false, false, {}, {}, 0x860050b95f315148u},
        {0, "any", {}, true, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "any", {0}, false, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "all", {}, true, false, {}, {}, 0xaf63bc4c8601b62cu},
        {0, "all", {0}, false, false, {}, {}, 0xaf63bc4c8601b62cu},
        {1, "prod", {}, true, false, {}, {1}, 0x2d2d9f7fffffc4ecu},
        {1, "prod", {0}, false, false, {}, {1}, 0x2d2d9f7fffffc4ecu},
        {1, "any", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "any", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {1, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {2, "prod", {}, true, false, {}, {1, 1}, 0x34dbfdf4b9875c55u},
        {2, "prod", {0}, false, false, {3}, {1, 3}, 0xd7fe973222cd2cfau},
        {2, "prod", {1}, false, false, {4}, {4, 1}, 0x4d021fbcfb756ccbu},
        {2, "prod", {0, 1}, false, false, {}, {1, 1}, 0x34dbfdf4b9875c55u},
        {2, "prod", {-1}, false, false, {4}, {4, 1}, 0x4d021fbcfb756ccbu},
        {2, "any", {}, true, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {0}, false, false, {3}, {1, 3}, 0xd0a6fc18672a1282u},
        {2, "any", {1}, false, false, {4}, {4, 1}, 0xb5d0e0774c7d7499u},
        {2, "any", {0, 1}, false, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "any", {-1}, false, false, {4}, {4, 1}, 0xb5d0e0774c7d7499u},
        {2, "all", {}, true, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "all", {0}, false, false, {3}, {1, 3}, 0xd0a6fc18672a1282u},
        {2, "all", {1}, false, false, {4}, {4, 1}, 0xb5d0e0774c7d7499u},
        {2, "all", {0, 1}, false, false, {}, {1, 1}, 0xaf63bc4c8601b62cu},
        {2, "all", {-1}, false, false, {4}, {4, 1}, 0xb5d0e0774c7d7499u},
        {3, "prod", {}, true, false, {}, {1, 1, 1}, 0x34dbfdf4b9875c55u},
        {3, "prod", {0}, false, false, {1, 2}, {1, 1, 2}, 0x910663a9f482c56du},
        {3, "prod", {1}, false, false, {2, 2}, {2, 1, 2}, 0xd1f08aeb4e8a9de3u},
        {3, "prod", {2}, false, false, {2, 1}, {2, 1, 1}, 0x6a627714f7448395u},
        {3, "prod", {0, 1}, false, false, {2}, {1, 1, 2}, 0x910663a9f482c56du},
        {3, "prod", {0, 2}, false, false, {1}, {1, 1, 1}, 0x34dbfdf4b9875c55u},
        {3, "prod", {1, 2}, false, false, {2}, {2, 1, 1}, 0x6a627714f7448395u},
        {3, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0x34dbfdf4b9875c55u},
        {3, "prod", {-1}, false, false, {2, 1}, {2, 1, 1}, 0x6a627714f7448395u},
        {3, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {0}, false, false, {1, 2}, {1, 1, 2}, 0x082f2307b4e88e77u},
        {3, "any", {1}, false, false, {2, 2}, {2, 1, 2}, 0xb5d0e0774c7d7499u},
        {3, "any", {2}, false, false, {2, 1}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {3, "any", {0, 1}, false, false, {2}, {1, 1, 2}, 0x082f2307b4e88e77u},
        {3, "any", {0, 2}, false, false, {1}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {3, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "any", {-1}, false, false, {2, 1}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {3, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "all", {0}, false, false, {1, 2}, {1, 1, 2}, 0x082f2307b4e88e77u},
        {3, "all", {1}, false, false, {2, 2}, {2, 1, 2}, 0xb5d0e0774c7d7499u},
        {3, "all", {2}, false, false, {2, 1}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {3, "all", {0, 1}, false, false, {2}, {1, 1, 2}, 0x082f2307b4e88e77u},
        {3, "all", {0, 2}, false, false, {1}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "all", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {3, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {3, "all", {-1}, false, false, {2, 1}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {4, "prod", {}, true, false, {}, {1, 1, 1, 1}, 0x34dbfdf4b9875c55u},
        {4, "prod", {0}, false, false, {4, 1, 3}, {1, 4, 1, 3}, 0xb9cfcdec8845cda2u},
        {4, "prod", {1}, false, false, {5, 1, 3}, {5, 1, 1, 3}, 0xa959e52a0fade510u},
        {4, "prod", {2}, false, false, {5, 4, 3}, {5, 4, 1, 3}, 0xe8d9c470bb36bfbdu},
        {4, "prod", {3}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0x738be6666b7132deu},
        {4, "prod", {0, 1}, false, false, {1, 3}, {1, 1, 1, 3}, 0x0ad9da38e8258ab5u},
        {4, "prod", {0, 2}, false, false, {4, 3}, {1, 4, 1, 3}, 0xb9cfcdec8845cda2u},
        {4, "prod", {0, 3}, false, false, {4, 1}, {1, 4, 1, 1}, 0x648129e0eea4b0e5u},
        {4, "prod", {1, 2}, false, false, {5, 3}, {5, 1, 1, 3}, 0xa959e52a0fade510u},
        {4, "prod", {1, 3}, false, false, {5, 1}, {5, 1, 1, 1}, 0xffd7ab339e799e15u},
        {4, "prod", {2, 3}, false, false, {5, 4}, {5, 4, 1, 1}, 0x738be6666b7132deu},
        {4, "prod", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0x0ad9da38e8258ab5u},
        {4, "prod", {0, 1, 3}, false, false, {1}, {1, 1, 1, 1}, 0x34dbfdf4b9875c55u},
        {4, "prod", {0, 2, 3}, false, false, {4}, {1, 4, 1, 1}, 0x648129e0eea4b0e5u},
        {4, "prod", {1, 2, 3}, false, false, {5}, {5, 1, 1, 1}, 0xffd7ab339e799e15u},
        {4, "prod", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0x34dbfdf4b9875c55u},
        {4, "prod", {-1}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0x738be6666b7132deu},
        {4, "any", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0}, false, false, {4, 1, 3}, {1, 4, 1, 3}, 0x49be60fc79a8cf41u},
        {4, "any", {1}, false, false, {5, 1, 3}, {5, 1, 1, 3}, 0x88f4d8eac426d136u},
        {4, "any", {2}, false, false, {5, 4, 3}, {5, 4, 1, 3}, 0x58fb9d556e1e9831u},
        {4, "any", {3}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0xb4aa1622074c0ee9u},
        {4, "any", {0, 1}, false, false, {1, 3}, {1, 1, 1, 3}, 0xd0a6fc18672a1282u},
        {4, "any", {0, 2}, false, false, {4, 3}, {1, 4, 1, 3}, 0x49be60fc79a8cf41u},
        {4, "any", {0, 3}, false, false, {4, 1}, {1, 4, 1, 1}, 0xb5d0e0774c7d7499u},
        {4, "any", {1, 2}, false, false, {5, 3}, {5, 1, 1, 3}, 0x88f4d8eac426d136u},
        {4, "any", {1, 3}, false, false, {5, 1}, {5, 1, 1, 1}, 0x6f6202b6f92d1e48u},
        {4, "any", {2, 3}, false, false, {5, 4}, {5, 4, 1, 1}, 0xb4aa1622074c0ee9u},
        {4, "any", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0xd0a6fc18672a1282u},
        {4, "any", {0, 1, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {0, 2, 3}, false, false, {4}, {1, 4, 1, 1}, 0xb5d0e0774c7d7499u},
        {4, "any", {1, 2, 3}, false, false, {5}, {5, 1, 1, 1}, 0x6f6202b6f92d1e48u},
        {4, "any", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "any", {-1}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0xb4aa1622074c0ee9u},
        {4, "all", {}, true, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "all", {0}, false, false, {4, 1, 3}, {1, 4, 1, 3}, 0x49be60fc79a8cf41u},
        {4, "all", {1}, false, false, {5, 1, 3}, {5, 1, 1, 3}, 0x88f4d8eac426d136u},
        {4, "all", {2}, false, false, {5, 4, 3}, {5, 4, 1, 3}, 0x58fb9d556e1e9831u},
        {4, "all", {3}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0xb4aa1622074c0ee9u},
        {4, "all", {0, 1}, false, false, {1, 3}, {1, 1, 1, 3}, 0xd0a6fc18672a1282u},
        {4, "all", {0, 2}, false, false, {4, 3}, {1, 4, 1, 3}, 0x49be60fc79a8cf41u},
        {4, "all", {0, 3}, false, false, {4, 1}, {1, 4, 1, 1}, 0xb5d0e0774c7d7499u},
        {4, "all", {1, 2}, false, false, {5, 3}, {5, 1, 1, 3}, 0x88f4d8eac426d136u},
        {4, "all", {1, 3}, false, false, {5, 1}, {5, 1, 1, 1}, 0x6f6202b6f92d1e48u},
        {4, "all", {2, 3}, false, false, {5, 4}, {5, 4, 1, 1}, 0xb4aa1622074c0ee9u},
        {4, "all", {0, 1, 2}, false, false, {3}, {1, 1, 1, 3}, 0xd0a6fc18672a1282u},
        {4, "all", {0, 1, 3}, false, false, {1}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "all", {0, 2, 3}, false, false, {4}, {1, 4, 1, 1}, 0xb5d0e0774c7d7499u},
        {4, "all", {1, 2, 3}, false, false, {5}, {5, 1, 1, 1}, 0x6f6202b6f92d1e48u},
        {4, "all", {0, 1, 2, 3}, false, false, {}, {1, 1, 1, 1}, 0xaf63bc4c8601b62cu},
        {4, "all", {-1}, false, false, {5, 4, 1}, {5, 4, 1, 1}, 0xb4aa1622074c0ee9u},
        {5, "prod", {}, true, false, {}, {1}, 0x2f125cea1c5d04b8u},
        {5, "prod", {0}, false, false, {}, {1}, 0x2f125cea1c5d04b8u},
        {5, "any", {}, true, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "any", {0}, false, false, {}, {1}, 0xaf63bd4c8601b7dfu},
        {5, "all", {}, true, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {5, "all", {0}, false, false, {}, {1}, 0xaf63bc4c8601b62cu},
        {6, "prod", {}, true, false, {}, {1, 1, 1}, 0x2f125cea1c5d04b8u},
        {6, "prod", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "prod", {1}, false, false, {2, 3}, {2, 1, 3}, 0xe464173bef00e5e5u},
        {6, "prod", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {0, 1}, false, false, {3}, {1, 1, 3}, 0x0e40726439010678u},
        {6, "prod", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "prod", {1, 2}, false, false, {2}, {2, 1, 1}, 0xbcb99a05911bb965u},
        {6, "prod", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0x2f125cea1c5d04b8u},
        {6, "prod", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {}, true, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "any", {1}, false, false, {2, 3}, {2, 1, 3}, 0xd7e4fcfa299d713du},
        {6, "any", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd94d12186c0f2fb7u},
        {6, "any", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "any", {1, 2}, false, false, {2}, {2, 1, 1}, 0x08328807b4eb6fedu},
        {6, "any", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bd4c8601b7dfu},
        {6, "any", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {}, true, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {0}, false, false, {0, 3}, {1, 0, 3}, 0xcbf29ce484222325u},
        {6, "all", {1}, false, false, {2, 3}, {2, 1, 3}, 0x70a8e5e967aa760bu},
        {6, "all", {2}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {0, 1}, false, false, {3}, {1, 1, 3}, 0xd0a6fc18672a1282u},
        {6, "all", {0, 2}, false, false, {0}, {1, 0, 1}, 0xcbf29ce484222325u},
        {6, "all", {1, 2}, false, false, {2}, {2, 1, 1}, 0x082f2307b4e88e77u},
        {6, "all", {0, 1, 2}, false, false, {}, {1, 1, 1}, 0xaf63bc4c8601b62cu},
        {6, "all", {-1}, false, false, {2, 0}, {2, 0, 1}, 0xcbf29ce484222325u},
    };
    // {function, type, shape, axes (none: the whole array), data, FNV-1a}
    static constexpr long_reference long_results[] = {
        {"prod", "float64", {100003}, {}, true, long_data::near_one, 0xa99c1a3f6ec43297u},
        {"prod", "float64", {40000, 3}, {0}, false, long_data::near_one, 0x391b4e2d174585f1u},
        {"prod", "float64", {3, 40000}, {1}, false, long_data::near_one, 0xe4c97e39dbebcda8u},
        {"prod", "float64", {200, 300}, {0, 1}, false, long_data::near_one, 0xfb55fa555a41053fu},
        {"prod", "float64", {2, 200, 170}, {0, 2}, false, long_data::near_one, 0x0a31ef4b9e1fdef5u},
        {"prod", "complex128", {3, 40000}, {1}, false, long_data::near_one, 0x5db1fc7af0693877u},
        {"prod", "complex128", {40000, 2}, {0}, false, long_data::near_one, 0xc25728b0302d56b4u},
        {"prod", "int64", {100003}, {}, true, long_data::odd, 0x93e26f78ffdc4264u},
        {"prod", "int64", {3, 40000}, {1}, false, long_data::odd, 0xb11ca37a640c8145u},
        {"ptp", "float64", {100003}, {}, true, long_data::ties, 0x7d33b630ed1362b2u},
        {"ptp", "float64", {40000, 3}, {0}, false, long_data::ties, 0x1e764279f857f592u},
        {"argmin", "float64", {3, 40000}, {1}, false, long_data::ties, 0x87e3d9ed664f177du},
        {"argmax", "float64", {40000, 3}, {0}, false, long_data::ties, 0xa31db86d8e9aa645u},
        {"argmin", "float64", {100003}, {}, true, long_data::ties, 0xa8c7f832281a39c5u},
        {"any", "float64", {3, 40000}, {1}, false, long_data::one_zero, 0xd0a6fc18672a1282u},
        {"all", "float64", {3, 40000}, {1}, false, long_data::one_zero, 0xd0a39818672732bfu},
        {"all", "float64", {40000, 3}, {0}, false, long_data::one_zero, 0xd949ad186c0c4e41u},
    };
    // clang-format on
    // END GENERATED
    const std::size_t threads = GENERATE(1, 2, 3, 8);
    INFO("pool of " << threads);
    const auto on_pool = parray::options{}.pool(pool_of(threads));
    check_small_references(int32_inputs, int32_results, on_pool);
    check_small_references(int64_inputs, int64_results, on_pool);
    check_small_references(uint8_inputs, uint8_results, on_pool);
    check_small_references(float32_inputs, float32_results, on_pool);
    check_small_references(float64_inputs, float64_results, on_pool);
    check_small_references(complex64_inputs, complex64_results, on_pool);
    check_small_references(complex128_inputs, complex128_results, on_pool);
    // Long folds: NumPy's bits whatever the pool and the chunks asked for (a floating product's
    // fold is never cut; the others are exact).
    for (const auto& opts : {on_pool, parray::options{}.pool(pool_of(threads)).num_chunks(7),
                             parray::options{}.pool(pool_of(threads)).chunk_size(1000)}) {
        for (const long_reference& r : long_results) {
            INFO(r.function << " of " << r.type << " "
                            << parray::detail::shape_to_string(r.shape.to_vector()) << " along "
                            << parray::detail::shape_to_string(r.axes.to_vector()));
            std::uint64_t hash = 0;
            if (r.type == "float64") {
                hash = long_result_hash<double>(r, opts);
            } else if (r.type == "complex128") {
                hash = long_result_hash<std::complex<double>>(r, opts);
            } else {
                REQUIRE(r.type == "int64");
                hash = long_result_hash<std::int64_t>(r, opts);
            }
            CHECK(hash == r.hash);
        }
    }
}

TEST_CASE("prod, ptp, argmin, argmax, any and all: NumPy's types, and an axis is never a "
          "predicate",
          "[reductions][prod]") {
    using parray::ndarray;
    static_assert(std::is_same_v<decltype(parray::parallel_prod(ndarray<int>{})), std::int64_t>);
    static_assert(std::is_same_v<decltype(parray::parallel_prod(ndarray<bool>{})), std::int64_t>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_prod(ndarray<std::uint8_t>{})), std::uint64_t>);
    static_assert(std::is_same_v<decltype(parray::parallel_prod(ndarray<float>{})), float>);
    static_assert(std::is_same_v<decltype(parray::parallel_prod(ndarray<std::complex<float>>{})),
                                 std::complex<float>>);
    static_assert(std::is_same_v<decltype(parray::parallel_prod(ndarray<std::int32_t>{}, 0)),
                                 ndarray<std::int64_t>>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_ptp(ndarray<std::int8_t>{})), std::int8_t>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_ptp(ndarray<float>{}, 0)), ndarray<float>>);
    static_assert(std::is_same_v<decltype(parray::parallel_argmin(ndarray<double>{}, 0)),
                                 ndarray<std::int64_t>>);
    // The second argument: an axis, a list, a vector or keepdims select the axes; a lambda is
    // a predicate.
    static_assert(
        std::is_same_v<decltype(parray::parallel_any(ndarray<double>{}, 0)), ndarray<bool>>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_all(ndarray<double>{}, {0, 1})), ndarray<bool>>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_any(ndarray<double>{}, std::vector<int>{0})),
                       ndarray<bool>>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_all(ndarray<double>{}, parray::keepdims(0))),
                       ndarray<bool>>);
    const auto positive = [](double x) { return x > 0; };
    static_assert(
        std::is_same_v<decltype(parray::parallel_any(ndarray<double>{}, positive)), bool>);

    const ndarray<double> a = {{0.0, 2.0, -0.0}, {0.0, 0.0, 0.0}};
    REQUIRE(same_values(parray::parallel_any(a, 0), ndarray<bool>{false, true, false}));
    REQUIRE(same_values(parray::parallel_any(a, 1), ndarray<bool>{true, false}));
    REQUIRE(same_values(parray::parallel_all(a + 1.0, std::vector<std::size_t>{1}),
                        ndarray<bool>{true, true}));
    REQUIRE(parray::parallel_any(a, [](double x) { return x > 1; }));
    // np.ptp of int8 [-128, 127] is -1: the difference wraps in int8.
    const ndarray<std::int8_t> extremes = {-128, 127};
    REQUIRE(parray::parallel_ptp(extremes) == std::int8_t{-1});
    // Errors name the caller: a list of axes for argmin, an empty axis.
    REQUIRE_THROWS_WITH(parray::parallel_argmin(a, {0, 1}),
                        Catch::Contains("parray::parallel_argmin") && Catch::Contains("one axis"));
    const auto empty = ndarray<double>::from_shape({0, 3});
    REQUIRE_THROWS_WITH(parray::parallel_ptp(empty, 0), Catch::Contains("parray::parallel_ptp"));
    REQUIRE_THROWS_AS(parray::parallel_ptp(empty), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_argmax(empty, 0), std::invalid_argument);
    REQUIRE(parray::parallel_argmax(empty, 1).size() == 0);
    REQUIRE(parray::parallel_prod(empty) == 1.0);
    REQUIRE(same_values(parray::parallel_prod(empty, 0), ndarray<double>{1.0, 1.0, 1.0}));
}

TEST_CASE("prod, ptp, argmin and any of views and lazy expressions: the bits of the evaluated "
          "array",
          "[reductions][prod]") {
    const auto a = long_array<double>({300, 257}, long_data::near_one);
    const auto c = long_array<std::complex<double>>({90, 70}, long_data::near_one);
    const std::size_t threads = GENERATE(1, 3);
    const auto opts = parray::options{}.pool(pool_of(threads));
    const auto same = [](const auto& x, const auto& y) {
        return shape_of(x) == shape_of(y) && fnv1a_of_array(x) == fnv1a_of_array(y);
    };
    for (const parray::axis_list& axes :
         {parray::axis_list(0), parray::axis_list(1), parray::axis_list({0, 1})}) {
        const auto lazy = a * 1.5 - 0.25;
        const parray::ndarray<double> lazy_values = lazy;
        CHECK(same(parray::parallel_prod(lazy, axes, opts),
                   parray::parallel_prod(lazy_values, axes, opts)));
        // A transposed array is multiplied in memory order, as NumPy's iterator walks it:
        // np.prod(a.T, axis=0) has the bits of np.prod(a, axis=1), np.prod(a.T) those of
        // np.prod(a) (checked against NumPy 1.24), not those of a contiguous copy of a.T.
        std::vector<std::ptrdiff_t> untransposed;
        for (const std::ptrdiff_t axis : axes.values()) {
            untransposed.push_back(1 - axis);
        }
        CHECK(same(parray::parallel_prod(xt::transpose(a), axes, opts),
                   parray::parallel_prod(a, parray::axis_list(untransposed), opts)));
        CHECK(same(parray::parallel_ptp(lazy, axes, opts),
                   parray::parallel_ptp(lazy_values, axes, opts)));
        CHECK(same(parray::parallel_any(lazy, axes, opts),
                   parray::parallel_any(lazy_values, axes, opts)));
        const auto complex_lazy = c * std::complex<double>(0.5, 1.0);
        const parray::ndarray<std::complex<double>> complex_values = complex_lazy;
        CHECK(same(parray::parallel_prod(complex_lazy, axes, opts),
                   parray::parallel_prod(complex_values, axes, opts)));
    }
    for (const std::size_t axis : {0, 1}) {
        const auto lazy = xt::abs(a - 1.0);
        const parray::ndarray<double> lazy_values = lazy;
        CHECK(same(parray::parallel_argmin(lazy, axis, opts),
                   parray::parallel_argmin(lazy_values, axis, opts)));
        CHECK(same(parray::parallel_argmax(xt::transpose(a), axis, opts),
                   parray::parallel_argmax(parray::ndarray<double>(xt::transpose(a)), axis, opts)));
    }
    // A floating product is the product in row-major order, one element after another.
    double expected = 1.0;
    for (const double x : a) {
        expected *= x;
    }
    CHECK(parray_test::bits_of(parray::parallel_prod(a, opts)) == parray_test::bits_of(expected));
}

// ---------------------------------------------------------------------------------------------
// argmin, argmax, min, max and ptp of contiguous numbers, searched a block at a time

// np.argmin's (least) or np.argmax's answer by a plain loop: the first NaN, else the first of
// the best elements.
template <class T>
std::size_t first_best_by_loop(const std::vector<T>& values, bool least) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < values.size(); ++i) {
        if (values[best] != values[best]) {
            break;
        }
        const T x = values[i];
        if (x != x || (least ? x < values[best] : values[best] < x)) {
            best = i;
        }
    }
    return best;
}

TEMPLATE_TEST_CASE("argmin, argmax, min, max and ptp of long arrays give a plain loop's answers",
                   "[reductions]", double, float, std::int32_t, std::uint8_t, std::int16_t,
                   std::int64_t) {
    using T = TestType;
    for (const auto& input : parray_test::extremes_inputs<T>()) {
        INFO(input.name);
        const std::vector<T>& values = input.values;
        const std::size_t n = values.size();
        // Also as a view of b[1:], whose data starts one element into b's.
        auto a = parray::ndarray<T>::from_shape({n});
        auto b = parray::ndarray<T>::from_shape({n + 1});
        b(0) = T(1);
        std::copy(values.begin(), values.end(), a.begin());
        std::copy(values.begin(), values.end(), b.begin() + 1);
        const auto shifted = xt::view(b, xt::range(1, static_cast<std::ptrdiff_t>(n + 1)));
        const std::size_t low = first_best_by_loop(values, true);
        const std::size_t high = first_best_by_loop(values, false);
        // np.ptp's difference: integers wrap in their type (as unsigned: no overflow).
        T range{};
        if constexpr (std::is_integral_v<T>) {
            using unsigned_type = std::make_unsigned_t<T>;
            range =
                static_cast<T>(static_cast<unsigned_type>(static_cast<unsigned_type>(values[high]) -
                                                          static_cast<unsigned_type>(values[low])));
        } else {
            range = values[high] - values[low];
        }
        for (const auto& opts : parray_test::extremes_options()) {
            REQUIRE(parray::parallel_argmin(a, opts) == low);
            REQUIRE(parray::parallel_argmax(a, opts) == high);
            REQUIRE(parray::parallel_argmin(shifted, opts) == low);
            REQUIRE(parray::parallel_argmax(shifted, opts) == high);
            REQUIRE(parray_test::same_element(parray::parallel_min(a, opts), values[low]));
            REQUIRE(parray_test::same_element(parray::parallel_max(a, opts), values[high]));
            REQUIRE(parray_test::same_element(parray::parallel_min(shifted, opts), values[low]));
            REQUIRE(parray_test::same_element(parray::parallel_ptp(a, opts), range));
            REQUIRE(parray_test::same_element(parray::parallel_ptp(shifted, opts), range));
        }
        // Along the last axis (contiguous rows, searched) and along the first (strided columns,
        // folded element by element) of the values and of themselves reversed.
        std::vector<T> reversed(values.rbegin(), values.rend());
        auto rows = parray::ndarray<T>::from_shape({2, n});
        std::copy(values.begin(), values.end(), rows.begin());
        std::copy(reversed.begin(), reversed.end(), rows.begin() + static_cast<std::ptrdiff_t>(n));
        const parray::ndarray<T> columns = xt::transpose(rows);
        const std::size_t reversed_low = first_best_by_loop(reversed, true);
        const std::size_t reversed_high = first_best_by_loop(reversed, false);
        for (const auto& opts : parray_test::extremes_options()) {
            for (const auto& [m, axis] : {std::pair{rows, 1}, std::pair{columns, 0}}) {
                const auto lows = parray::parallel_argmin(m, axis, opts);
                const auto highs = parray::parallel_argmax(m, axis, opts);
                REQUIRE(static_cast<std::size_t>(lows(0)) == low);
                REQUIRE(static_cast<std::size_t>(lows(1)) == reversed_low);
                REQUIRE(static_cast<std::size_t>(highs(0)) == high);
                REQUIRE(static_cast<std::size_t>(highs(1)) == reversed_high);
                const auto least = parray::parallel_min(m, axis, opts);
                const auto greatest = parray::parallel_max(m, axis, opts);
                REQUIRE(parray_test::same_element(least(0), values[low]));
                REQUIRE(parray_test::same_element(least(1), reversed[reversed_low]));
                REQUIRE(parray_test::same_element(greatest(1), reversed[reversed_high]));
                REQUIRE(parray_test::same_element(parray::parallel_ptp(m, axis, opts)(0), range));
            }
        }
    }
}

TEMPLATE_TEST_CASE("argmin, argmax, min, max and ptp along axis 0 give a plain loop's answers for "
                   "every column",
                   "[reductions]", double, float, std::int32_t, std::uint8_t, std::int16_t,
                   std::int64_t) {
    using T = TestType;
    for (const auto& input : parray_test::column_inputs<T>()) {
        INFO(input.name());
        const auto a = parray_test::matrix_of(input);
        for (const auto& opts : parray_test::extremes_options()) {
            const auto lows = parray::parallel_argmin(a, 0, opts);
            const auto highs = parray::parallel_argmax(a, 0, opts);
            const auto least = parray::parallel_min(a, 0, opts);
            const auto greatest = parray::parallel_max(a, 0, opts);
            const auto ranges = parray::parallel_ptp(a, 0, opts);
            for (std::size_t j = 0; j < input.width; ++j) {
                INFO("column " << j);
                const std::vector<T> column = parray_test::column_of(input, j);
                const std::size_t low = first_best_by_loop(column, true);
                const std::size_t high = first_best_by_loop(column, false);
                REQUIRE(static_cast<std::size_t>(lows(j)) == low);
                REQUIRE(static_cast<std::size_t>(highs(j)) == high);
                REQUIRE(parray_test::same_element(least(j), column[low]));
                REQUIRE(parray_test::same_element(greatest(j), column[high]));
                if constexpr (std::is_integral_v<T>) {
                    using unsigned_type = std::make_unsigned_t<T>;
                    REQUIRE(ranges(j) == static_cast<T>(static_cast<unsigned_type>(
                                             static_cast<unsigned_type>(column[high]) -
                                             static_cast<unsigned_type>(column[low]))));
                } else {
                    REQUIRE(parray_test::same_element(ranges(j), column[high] - column[low]));
                }
            }
        }
    }
}

TEMPLATE_TEST_CASE("min, max and ptp along axis 0 give each column's first NaN, sign and all",
                   "[reductions]", double, float) {
    using T = TestType;
    // 37 columns (whole vectors and a tail) of 50 rows; column j holds NaN of one sign at row
    // j % 50 and of the other sign at rows after it, or none (every fourth column).
    const std::size_t rows = 50;
    const std::size_t columns = 37;
    auto a = parray::ndarray<T>::from_shape({rows, columns});
    const T positive_nan = std::numeric_limits<T>::quiet_NaN();
    const T negative_nan = -positive_nan;
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t j = 0; j < columns; ++j) {
            const std::size_t first_nan = j % rows;
            T x = static_cast<T>((i * 31 + j * 17) % 23) - T(11);
            if (j % 4 != 3 && i == first_nan) {
                x = j % 2 == 0 ? negative_nan : positive_nan;
            } else if (j % 4 != 3 && i > first_nan && (i - first_nan) % 7 == 3) {
                x = j % 2 == 0 ? positive_nan : negative_nan;
            }
            a(i, j) = x;
        }
    }
    for (const auto& opts : parray_test::extremes_options()) {
        const auto least = parray::parallel_min(a, 0, opts);
        const auto greatest = parray::parallel_max(a, 0, opts);
        const auto ranges = parray::parallel_ptp(a, 0, opts);
        for (std::size_t j = 0; j < columns; ++j) {
            INFO("column " << j);
            T low = a(0, j);
            T high = a(0, j);
            for (std::size_t i = 1; i < rows; ++i) {
                low = parray::detail::minimum_op{}(low, a(i, j));
                high = parray::detail::maximum_op{}(high, a(i, j));
            }
            REQUIRE(std::isnan(low) == (j % 4 != 3));
            REQUIRE(std::memcmp(&least(j), &low, sizeof(T)) == 0);
            REQUIRE(std::memcmp(&greatest(j), &high, sizeof(T)) == 0);
            const T range = high - low;
            REQUIRE(std::memcmp(&ranges(j), &range, sizeof(T)) == 0);
        }
    }
}

TEMPLATE_TEST_CASE("parallel_sum and parallel_prod along axis 0 fold each column's rows in "
                   "order, a vector of columns at a time",
                   "[reductions]", double, float) {
    using T = TestType;
    for (const auto& input : parray_test::column_inputs<T>()) {
        INFO(input.name());
        const auto a = parray_test::matrix_of(input);
        for (const auto& opts : parray_test::extremes_options()) {
            const auto sums = parray::parallel_sum(a, 0, opts);
            const auto products = parray::parallel_prod(a, 0, opts);
            for (std::size_t j = 0; j < input.width; ++j) {
                INFO("column " << j);
                // np.sum(a, axis=0) and np.prod(a, axis=0): row after row from the first, then
                // added to 0 (multiplied by 1).
                const std::vector<T> column = parray_test::column_of(input, j);
                T sum = column[0];
                T product = column[0];
                for (std::size_t b = 1; b < column.size(); ++b) {
                    sum = sum + column[b];
                    product = product * column[b];
                }
                REQUIRE(parray_test::same_element(sums(j), T(0) + sum));
                REQUIRE(parray_test::same_element(products(j), T(1) * product));
            }
        }
    }
}
