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
