// SPDX-License-Identifier: BSD-3-Clause
#include <parray/order_statistics.hpp>

#include <catch2/catch.hpp>

#include "test_helpers.hpp"

#include <xtensor/xsort.hpp>
#include <xtensor/xview.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <type_traits>
#include <vector>

namespace {

using parray_test::bits_of;
using parray_test::pool_of;

// The test data of tests/data/make_order_statistics_reference.py (its docstring says how they
// are made): duplicates, infinities, signed zeros and NaN among floats; the extremes of the type
// among integers.
template <class T>
parray::ndarray<T> order_data(const std::vector<std::size_t>& shape, std::uint64_t nan_every,
                              std::uint64_t seed) {
    auto a = parray::ndarray<T>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::uint64_t h = (i * 2654435761ULL + seed * 40503ULL) % (1ULL << 32);
        T x;
        if constexpr (std::is_floating_point_v<T>) {
            x = static_cast<T>(static_cast<std::int64_t>(h % 20011) - 10005) / T(7);
            if (h % 11 == 0) {
                x = static_cast<T>(h % 5) / T(7);
            }
            if (h % 1009 == 2 || h % 1009 == 3) {
                const T inf = std::numeric_limits<T>::infinity();
                x = h % 1009 == 2 ? inf : -inf;
            }
            if (h % 83 == 4 || h % 83 == 5) {
                x = h % 83 == 4 ? T(-0.0) : T(0.0);
            }
            if (nan_every != 0 && h % nan_every == 1) {
                x = std::numeric_limits<T>::quiet_NaN();
            }
        } else {
            x = static_cast<T>(static_cast<std::int64_t>(h % 2001) - 1000);
            if (h % 101 == 7) {
                x = std::numeric_limits<T>::lowest();
            }
            if (h % 101 == 8) {
                x = std::numeric_limits<T>::max();
            }
        }
        a.data()[i] = x;
    }
    return a;
}

// Whether two results are the same: bit for bit, any NaN equal to any NaN.
template <class R>
bool same_bits(R a, R b) {
    return (std::isnan(a) && std::isnan(b)) || bits_of(a) == bits_of(b);
}

// FNV-1a of the little-endian bytes of a's elements in row-major order, each NaN as the bits of
// np.nan: the generator's hash.
template <class R>
std::uint64_t fnv1a(const parray::ndarray<R>& a) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const R value = std::isnan(a.data()[i]) ? std::numeric_limits<R>::quiet_NaN() : a.data()[i];
        unsigned char bytes[sizeof(R)];
        std::memcpy(bytes, &value, sizeof(R));
        for (const unsigned char byte : bytes) {
            hash = (hash ^ byte) * 1099511628211ULL;
        }
    }
    return hash;
}

template <class R>
struct whole_case {
    std::size_t n;
    std::uint64_t nan_every;
    std::uint64_t seed;
    R median;
    double percentiles[6];
    double quantiles[5];
};

// The axes of a generated case: `all` (axis=None) or a list. The generated tables are constant
// data, of literal types (see parray_test::short_list).
struct axes_spec {
    constexpr explicit axes_spec(bool every_axis) : every(every_axis) {}
    constexpr axes_spec(std::initializer_list<std::ptrdiff_t> list) : values(list) {}

    parray::axis_list to_axis_list(bool keepdims) const {
        const parray::axis_list axes =
            every ? parray::all_axes() : parray::axis_list(values.to_vector());
        return keepdims ? parray::keepdims(axes) : axes;
    }

    bool every = false;
    parray_test::short_list<std::ptrdiff_t> values;
};
constexpr axes_spec all(true); // not all{true}: a list of the one axis 1

struct axis_case {
    parray_test::short_list<std::size_t> shape;
    axes_spec axes;
    bool keepdims;
    parray_test::short_list<std::size_t> result_shape;
    std::uint64_t hashes[12]; // the median, the 6 percentiles, the 5 quantiles; 0: raises
};

struct list_case {
    parray_test::short_list<std::size_t> shape;
    axes_spec axes;
    bool keepdims;
    parray_test::short_list<std::size_t> percentile_shape;
    std::uint64_t percentile_hash;
    parray_test::short_list<std::size_t> quantile_shape;
    std::uint64_t quantile_hash;
};

constexpr double q_percent[] = {0.0, 12.5, 50.0, 66.6, 99.9, 100.0};
constexpr double q_fraction[] = {0.0, 0.3, 1.0 / 3.0, 0.5, 1.0};

template <class T, class R, std::size_t N>
void check_whole(const whole_case<R> (&cases)[N], std::size_t threads) {
    const auto opts = parray::options{}.pool(pool_of(threads));
    for (const auto& c : cases) {
        if (!parray_test::checked_on_pool(c.n, threads)) {
            continue;
        }
        INFO("n " << c.n << " seed " << c.seed);
        const auto a = order_data<T>({c.n}, c.nan_every, c.seed);
        const auto median = parray::parallel_median(a, opts);
        static_assert(std::is_same_v<decltype(median), const R>);
        REQUIRE(same_bits(median, c.median));
        for (std::size_t i = 0; i < 6; ++i) {
            INFO("percentile " << q_percent[i]);
            REQUIRE(
                same_bits(parray::parallel_percentile(a, q_percent[i], opts), c.percentiles[i]));
        }
        for (std::size_t i = 0; i < 5; ++i) {
            INFO("quantile " << q_fraction[i]);
            REQUIRE(same_bits(parray::parallel_quantile(a, q_fraction[i], opts), c.quantiles[i]));
        }
    }
}

template <class T, std::size_t N>
void check_axes(const axis_case (&cases)[N], std::size_t threads) {
    const auto opts = parray::options{}.pool(pool_of(threads));
    const std::uint64_t nan_every = std::is_floating_point_v<T> ? 17 : 0;
    for (const auto& c : cases) {
        const auto shape = c.shape.to_vector();
        if (!parray_test::checked_on_pool(
                std::accumulate(shape.begin(), shape.end(), std::size_t{1}, std::multiplies<>()),
                threads)) {
            continue;
        }
        INFO("shape " << parray::detail::shape_to_string(c.shape.to_vector()) << " axes "
                      << (c.axes.every ? "all"
                                       : parray::detail::shape_to_string(c.axes.values.to_vector()))
                      << " keepdims " << c.keepdims);
        const auto a = order_data<T>(c.shape.to_vector(), nan_every, 3);
        const parray::axis_list axes = c.axes.to_axis_list(c.keepdims);
        const auto median = parray::parallel_median(a, axes, opts);
        REQUIRE(std::vector<std::size_t>(median.shape().begin(), median.shape().end()) ==
                c.result_shape.to_vector());
        REQUIRE(fnv1a(median) == c.hashes[0]);
        for (std::size_t i = 0; i < 11; ++i) {
            const bool percentile = i < 6;
            const double q = percentile ? q_percent[i] : q_fraction[i - 6];
            INFO((percentile ? "percentile " : "quantile ") << q);
            const auto call = [&] {
                return percentile ? parray::parallel_percentile(a, q, axes, opts)
                                  : parray::parallel_quantile(a, q, axes, opts);
            };
            if (c.hashes[i + 1] == 0) {
                REQUIRE_THROWS_AS(call(), std::invalid_argument);
            } else {
                const auto result = call();
                REQUIRE(std::vector<std::size_t>(result.shape().begin(), result.shape().end()) ==
                        c.result_shape.to_vector());
                REQUIRE(fnv1a(result) == c.hashes[i + 1]);
            }
        }
    }
}

} // namespace

TEST_CASE("median, percentile and quantile equal NumPy's bit for bit", "[order_statistics]") {
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr float inf_f = std::numeric_limits<float>::infinity();
    constexpr float nan_f = std::numeric_limits<float>::quiet_NaN();
    // BEGIN GENERATED by tests/data/make_order_statistics_reference.py (NumPy 1.24.2)
    // clang-format off
    // {n, nan_every, seed, np.median(x), np.percentile(x, Q_PERCENT...), np.quantile(x, Q_FRACTION...)} of order_data<float64>
    const whole_case<double> float64_whole[] = {
        {1, 0, 1, -0x1.5424924924925p+10, {-0x1.5424924924925p+10, -0x1.5424924924925p+10, -0x1.5424924924925p+10, -0x1.5424924924925p+10, -0x1.5424924924925p+10, -0x1.5424924924925p+10}, {-0x1.5424924924925p+10, -0x1.5424924924925p+10, -0x1.5424924924925p+10, -0x1.5424924924925p+10, -0x1.5424924924925p+10}},
        {2, 0, 2, -0x1.9f24924924928p+6, {-0x1.42f6db6db6db7p+10, -0x1.f16b6db6db6dcp+9, -0x1.9f24924924920p+6, 0x1.22a76c8b43956p+8, 0x1.0e7a366b14c5dp+10, 0x1.0f12492492492p+10}, {-0x1.42f6db6db6db7p+10, -0x1.2181d41d41d43p+9, -0x1.f3cf3cf3cf3d2p+8, -0x1.9f24924924920p+6, 0x1.0f12492492492p+10}},
        {3, 0, 3, -0x1.de00000000000p+7, {-0x1.31c9249249249p+10, -0x1.e88db6db6db6ep+9, -0x1.de00000000000p+7, 0x1.be49ba5e353f0p+7, 0x1.1f8dd2f1a9fc0p+10, 0x1.2040000000000p+10}, {-0x1.31c9249249249p+10, -0x1.3c541d41d41d4p+9, -0x1.1b86186186186p+9, -0x1.de00000000000p+7, 0x1.2040000000000p+10}},
        {4, 0, 4, -0x1.9b92492492492p+8, {-0x1.209b6db6db6dbp+10, -0x1.e32b6db6db6dbp+9, -0x1.9b92492492492p+8, -0x1.56807058f1147p+7, 0x1.30627345ecb0ep+10, 0x1.316db6db6db6ep+10}, {-0x1.209b6db6db6dbp+10, -0x1.5f81d41d41d42p+9, -0x1.466db6db6db6ep+9, -0x1.9b92492492492p+8, 0x1.316db6db6db6ep+10}},
        {7, 0, 5, -0x1.fd6db6db6db6ep+8, {-0x1.0f6db6db6db6ep+10, -0x1.fbb6db6db6db7p+9, -0x1.fd6db6db6db6ep+8, -0x1.9ccfb9c869543p+6, 0x1.41fecfb9c8696p+10, 0x1.429b6db6db6dbp+10}, {-0x1.0f6db6db6db6ep+10, -0x1.4cdb6db6db6dcp+9, -0x1.2412492492492p+9, -0x1.fd6db6db6db6ep+8, 0x1.429b6db6db6dbp+10}},
        {10, 0, 6, 0x0.0p+0, {-0x1.4cc9249249249p+10, -0x1.f6a4924924925p+9, 0x0.0p+0, 0x1.22d0e56041892p-1, 0x1.51f34a9b1017cp+10, 0x1.53c9249249249p+10}, {-0x1.4cc9249249249p+10, -0x1.3ee4924924926p+9, -0x1.01b6db6db6db7p+9, 0x0.0p+0, 0x1.53c9249249249p+10}},
        {11, 0, 7, 0x1.2492492492492p-1, {-0x1.da24924924925p+9, -0x1.1700000000000p+8, 0x1.2492492492492p-1, 0x1.86d593bfa2604p+6, 0x1.62eccccccccd4p+10, 0x1.64f6db6db6db7p+10}, {-0x1.da24924924925p+9, 0x0.0p+0, 0x1.249249249248dp-3, 0x1.2492492492492p-1, 0x1.64f6db6db6db7p+10}},
        {100, 0, 8, 0x1.2492492492492p-3, {-0x1.609b6db6db6dbp+10, -0x1.fc62492492492p+9, 0x1.2492492492492p-3, 0x1.406608c6f2d58p+8, 0x1.6332a215a6795p+10, 0x1.6464924924925p+10}, {-0x1.609b6db6db6dbp+10, -0x1.96abe2be2be2cp+8, -0x1.48db6db6db6dbp+8, 0x1.2492492492492p-3, 0x1.6464924924925p+10}},
        {101, 0, 9, 0x1.2492492492492p-2, {nan, -0x1.06edb6db6db6ep+10, 0x1.2492492492492p-2, 0x1.a199999999995p+8, 0x1.629d41d41d41ep+10, 0x1.63d2492492492p+10}, {nan, -0x1.ac92492492492p+8, -0x1.43db6db6db6ddp+8, 0x1.2492492492492p-2, 0x1.63d2492492492p+10}},
        {999, 0, 10, 0x1.2492492492492p-2, {nan, -0x1.ff9b6db6db6dcp+9, 0x1.2492492492492p-2, 0x1.70b72653ace8dp+8, 0x1.64895cbec1aebp+10, 0x1.64f6db6db6db7p+10}, {nan, -0x1.c45f15f15f15fp+8, -0x1.5f92492492493p+8, 0x1.2492492492492p-2, 0x1.64f6db6db6db7p+10}},
        {1000, 300, 11, nan, {nan, nan, nan, nan, nan, nan}, {nan, nan, nan, nan, nan}},
        {40000, 0, 12, 0x1.2492492492492p-3, {nan, -0x1.012edb6db6db7p+10, 0x1.2492492492492p-3, 0x1.629e802572fa4p+8, 0x1.654926e978d52p+10, nan}, {nan, -0x1.d00af8af8af8ep+8, -0x1.6524924924925p+8, 0x1.2492492492492p-3, nan}},
        {40001, 0, 13, 0x1.2492492492492p-3, {nan, -0x1.0152492492492p+10, 0x1.2492492492492p-3, 0x1.616db6db6db65p+8, 0x1.654924924924ep+10, nan}, {nan, -0x1.d049249249249p+8, -0x1.6424924924925p+8, 0x1.2492492492492p-3, nan}},
        {1000003, 0, 14, 0x1.2492492492492p-3, {nan, -0x1.0136db6db6db7p+10, 0x1.2492492492492p-3, 0x1.6200000000000p+8, 0x1.6549249249249p+10, nan}, {nan, -0x1.cfdb6db6db6dbp+8, -0x1.6449249249249p+8, 0x1.2492492492492p-3, nan}},
        {1000004, 0, 15, 0x1.2492492492492p-3, {nan, -0x1.0136db6db6db7p+10, 0x1.2492492492492p-3, 0x1.6224924924925p+8, 0x1.6552492492492p+10, nan}, {nan, -0x1.cfdb6db6db6dbp+8, -0x1.6449249249249p+8, 0x1.2492492492492p-3, nan}},
        {1000003, 999983, 16, nan, {nan, nan, nan, nan, nan, nan}, {nan, nan, nan, nan, nan}},
    };
    // {shape, axes, keepdims, result shape, FNV-1a of the median, the percentiles, the quantiles} of order_data<float64>(size, nan_every 17, seed 3) (0: raises)
    static constexpr axis_case float64_axes[] = {
        {{}, all, false, {}, {0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu}},
        {{}, {}, true, {}, {0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu, 0x459298fd436d3d5cu}},
        {{5}, all, false, {}, {0xe7bcea33fe975ef0u, 0x459298fd436d3d5cu, 0x1583d994f947ce34u, 0xe7bcea33fe975ef0u, 0x0ad30dbb98dcdc44u, 0x9ebc479ccda220d2u, 0x87a5b83215c3d41bu, 0x459298fd436d3d5cu, 0xafaa67676d6b7132u, 0xe94691cc2ccc0df3u, 0xe7bcea33fe975ef0u, 0x87a5b83215c3d41bu}},
        {{5}, {}, false, {5}, {0x10bc2b5b659fe3e2u, 0x10bc2b5b659fe3e2u, 0x10bc2b5b659fe3e2u, 0x10bc2b5b659fe3e2u, 0x10bc2b5b659fe3e2u, 0x10bc2b5b659fe3e2u, 0x10bc2b5b659fe3e2u, 0x10bc2b5b659fe3e2u, 0x10bc2b5b659fe3e2u, 0x10bc2b5b659fe3e2u, 0x10bc2b5b659fe3e2u, 0x10bc2b5b659fe3e2u}},
        {{5}, {0}, true, {1}, {0xe7bcea33fe975ef0u, 0x459298fd436d3d5cu, 0x1583d994f947ce34u, 0xe7bcea33fe975ef0u, 0x0ad30dbb98dcdc44u, 0x9ebc479ccda220d2u, 0x87a5b83215c3d41bu, 0x459298fd436d3d5cu, 0xafaa67676d6b7132u, 0xe94691cc2ccc0df3u, 0xe7bcea33fe975ef0u, 0x87a5b83215c3d41bu}},
        {{6}, all, false, {}, {0x2b5c63986b467915u, 0x459298fd436d3d5cu, 0x67b003749bba4fdeu, 0x2b5c63986b467915u, 0xf903d4f8bf4f4569u, 0x78e40e1356bbc03bu, 0x87a5b83215c3d41bu, 0x459298fd436d3d5cu, 0x5ade2dd0641e82c3u, 0xdcbf7f27bf359cb8u, 0x2b5c63986b467915u, 0x87a5b83215c3d41bu}},
        {{6}, {}, false, {6}, {0x0a8fa62e39c4916du, 0x0a8fa62e39c4916du, 0x0a8fa62e39c4916du, 0x0a8fa62e39c4916du, 0x0a8fa62e39c4916du, 0x0a8fa62e39c4916du, 0x0a8fa62e39c4916du, 0x0a8fa62e39c4916du, 0x0a8fa62e39c4916du, 0x0a8fa62e39c4916du, 0x0a8fa62e39c4916du, 0x0a8fa62e39c4916du}},
        {{6}, {0}, true, {1}, {0x2b5c63986b467915u, 0x459298fd436d3d5cu, 0x67b003749bba4fdeu, 0x2b5c63986b467915u, 0xf903d4f8bf4f4569u, 0x78e40e1356bbc03bu, 0x87a5b83215c3d41bu, 0x459298fd436d3d5cu, 0x5ade2dd0641e82c3u, 0xdcbf7f27bf359cb8u, 0x2b5c63986b467915u, 0x87a5b83215c3d41bu}},
        {{0}, all, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0}, {0}, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{4, 6}, all, true, {1, 1}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{4, 6}, {}, false, {4, 6}, {0x0ffb82cf767efe26u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u}},
        {{4, 6}, {0}, false, {6}, {0x2d150652905da42fu, 0x5b6c82b202c6d976u, 0xa3265380c3b10b78u, 0xdca629ca6d76134cu, 0xeebb43442f2b4c8cu, 0xdd07ca944a67e0f1u, 0x4efd0c37a5654e07u, 0x5b6c82b202c6d976u, 0x30286fd0f803b31cu, 0x50d55fb6a2beb6b8u, 0xdca629ca6d76134cu, 0x4efd0c37a5654e07u}},
        {{4, 6}, {1}, true, {4, 1}, {0xbb0cc7340c0e7640u, 0xca24c1c6fd6e0344u, 0xcbf33198ec7af74cu, 0xad55cf4d3fcbbd73u, 0x6b4f3d7007c4ac31u, 0xfe13a9fac03b693bu, 0xf140e14d7eb468c7u, 0xca24c1c6fd6e0344u, 0x9d19f71d75128896u, 0xcf0a3781cc79750au, 0xad55cf4d3fcbbd73u, 0xf140e14d7eb468c7u}},
        {{4, 6}, {0, 1}, false, {}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{7, 3}, all, false, {}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{7, 3}, {}, true, {7, 3}, {0x50d7f770a8c490c1u, 0x8a24cc17dd7b1a41u, 0x8a24cc17dd7b1a41u, 0x8a24cc17dd7b1a41u, 0x8a24cc17dd7b1a41u, 0x8a24cc17dd7b1a41u, 0x8a24cc17dd7b1a41u, 0x8a24cc17dd7b1a41u, 0x8a24cc17dd7b1a41u, 0x8a24cc17dd7b1a41u, 0x8a24cc17dd7b1a41u, 0x8a24cc17dd7b1a41u}},
        {{7, 3}, {0}, false, {3}, {0x814fc2490a3f5af5u, 0xacd2c0fccf986a8cu, 0xd87073474d15d577u, 0x814fc2490a3f5af5u, 0xd9f74308f9541ca7u, 0xecfe7b572e80ae06u, 0x4039ee1f05fe1bdbu, 0xacd2c0fccf986a8cu, 0x7d63c1db6cd1576bu, 0x057b62bb880552d1u, 0x814fc2490a3f5af5u, 0x4039ee1f05fe1bdbu}},
        {{7, 3}, {1}, false, {7}, {0x6e876d27aeb07036u, 0x68f498008b937df1u, 0x5bff6032dbcb9f77u, 0x6e876d27aeb07036u, 0xfb299564f5246e91u, 0x710ca348c6171910u, 0x26036841b5311668u, 0x68f498008b937df1u, 0x79138e9f8b01cad1u, 0x87bb5390a6e572c1u, 0x6e876d27aeb07036u, 0x26036841b5311668u}},
        {{7, 3}, {0, 1}, true, {1, 1}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{1, 9}, all, false, {}, {0xe7bcea33fe975ef0u, 0x459298fd436d3d5cu, 0xf626dd500f2e1804u, 0xe7bcea33fe975ef0u, 0xa29c8a4622e230feu, 0xb281afb21247ecd9u, 0x87a5b83215c3d41bu, 0x459298fd436d3d5cu, 0x3e6fd9cd314059c3u, 0xdcbf7f27bf359cb8u, 0xe7bcea33fe975ef0u, 0x87a5b83215c3d41bu}},
        {{1, 9}, {}, false, {1, 9}, {0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u}},
        {{1, 9}, {0}, true, {1, 9}, {0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u, 0xbb416b98b6ea96f3u}},
        {{1, 9}, {1}, false, {1}, {0xe7bcea33fe975ef0u, 0x459298fd436d3d5cu, 0xf626dd500f2e1804u, 0xe7bcea33fe975ef0u, 0xa29c8a4622e230feu, 0xb281afb21247ecd9u, 0x87a5b83215c3d41bu, 0x459298fd436d3d5cu, 0x3e6fd9cd314059c3u, 0xdcbf7f27bf359cb8u, 0xe7bcea33fe975ef0u, 0x87a5b83215c3d41bu}},
        {{1, 9}, {0, 1}, false, {}, {0xe7bcea33fe975ef0u, 0x459298fd436d3d5cu, 0xf626dd500f2e1804u, 0xe7bcea33fe975ef0u, 0xa29c8a4622e230feu, 0xb281afb21247ecd9u, 0x87a5b83215c3d41bu, 0x459298fd436d3d5cu, 0x3e6fd9cd314059c3u, 0xdcbf7f27bf359cb8u, 0xe7bcea33fe975ef0u, 0x87a5b83215c3d41bu}},
        {{0, 4}, all, true, {1, 1}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0, 4}, {0}, false, {4}, {0xcb78d0fe07bedd85u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0, 4}, {1}, false, {0}, {0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u}},
        {{0, 4}, {0, 1}, true, {1, 1}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, all, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, {0}, false, {0}, {0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u}},
        {{3, 0}, {1}, true, {3, 1}, {0xeb295c248e0f0670u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, {0, 1}, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{2, 3, 5}, all, false, {}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{2, 3, 5}, {}, true, {2, 3, 5}, {0x84a67827fb0dc1e0u, 0x930d9066297dd060u, 0x930d9066297dd060u, 0x930d9066297dd060u, 0x930d9066297dd060u, 0x930d9066297dd060u, 0x930d9066297dd060u, 0x930d9066297dd060u, 0x930d9066297dd060u, 0x930d9066297dd060u, 0x930d9066297dd060u, 0x930d9066297dd060u}},
        {{2, 3, 5}, {0}, false, {3, 5}, {0x276de0f367902b2cu, 0x478dc4204b74ad23u, 0x313e2c4c38b550e0u, 0x96e3a4810212d7a2u, 0x7742f0e21f6eb86eu, 0x469054708afcc7cdu, 0xb7f1d487f66d3a9cu, 0x478dc4204b74ad23u, 0x791581668bf59814u, 0xdcef86d6185afd6bu, 0x96e3a4810212d7a2u, 0xb7f1d487f66d3a9cu}},
        {{2, 3, 5}, {1}, false, {2, 5}, {0xfb02a512118053e8u, 0xe08528f28bf061cbu, 0xcf0a14cdf5a6058au, 0xfb02a512118053e8u, 0x954f549ace003295u, 0x86b90b8ea55751bdu, 0x73afb68152f0d232u, 0xe08528f28bf061cbu, 0xb5d247476304b31fu, 0x98934572c4f59f51u, 0xfb02a512118053e8u, 0x73afb68152f0d232u}},
        {{2, 3, 5}, {2}, true, {2, 3, 1}, {0x7a5457d5bf982b8cu, 0xec346cfa099a88edu, 0x60018a8ea26aff26u, 0x7a5457d5bf982b8cu, 0x9582a7f93fbc30aeu, 0x77f7a83c2097e2e8u, 0xee777958ea598201u, 0xec346cfa099a88edu, 0x1d39809804b509afu, 0x92be4d6f5a2fc897u, 0x7a5457d5bf982b8cu, 0xee777958ea598201u}},
        {{2, 3, 5}, {0, 1}, false, {5}, {0xb249f09f1904489bu, 0x979209c7719d008cu, 0xe0f603e0fe50933fu, 0xb249f09f1904489bu, 0x838997f2a2eeb992u, 0x720ca3a315980612u, 0x5c42fad3396cd172u, 0x979209c7719d008cu, 0x67582995d6035efeu, 0x466dfcdf4b8a16fbu, 0xb249f09f1904489bu, 0x5c42fad3396cd172u}},
        {{2, 3, 5}, {0, 2}, false, {3}, {0xdbf871696c798c96u, 0x09b09296d1848ae3u, 0x636f77d4a1eacf0cu, 0xdbf871696c798c96u, 0xeccd3dad70de4358u, 0x34b157b8f6cc382eu, 0x7cbec49835a623d2u, 0x09b09296d1848ae3u, 0xda3fb5f148c53719u, 0xb2e107df9b97b1dbu, 0xdbf871696c798c96u, 0x7cbec49835a623d2u}},
        {{2, 3, 5}, {1, 2}, true, {2, 1, 1}, {0x9e5a96c2954a6f05u, 0x0eafe8c125cc6fa9u, 0xca7bb80a28f318fau, 0x9e5a96c2954a6f05u, 0xbb8aa3f5038861beu, 0x900f2844385e5fa1u, 0x9ca3efce7f90099au, 0x0eafe8c125cc6fa9u, 0x674b1b82b042c1b6u, 0x7d0d74e8b1cbd5f5u, 0x9e5a96c2954a6f05u, 0x9ca3efce7f90099au}},
        {{2, 3, 5}, {0, 1, 2}, false, {}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{4, 1, 6}, all, false, {}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{4, 1, 6}, {}, true, {4, 1, 6}, {0x0ffb82cf767efe26u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u}},
        {{4, 1, 6}, {0}, false, {1, 6}, {0x2d150652905da42fu, 0x5b6c82b202c6d976u, 0xa3265380c3b10b78u, 0xdca629ca6d76134cu, 0xeebb43442f2b4c8cu, 0xdd07ca944a67e0f1u, 0x4efd0c37a5654e07u, 0x5b6c82b202c6d976u, 0x30286fd0f803b31cu, 0x50d55fb6a2beb6b8u, 0xdca629ca6d76134cu, 0x4efd0c37a5654e07u}},
        {{4, 1, 6}, {1}, false, {4, 6}, {0x0ffb82cf767efe26u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u, 0x25343968fa5a36a6u}},
        {{4, 1, 6}, {2}, true, {4, 1, 1}, {0xbb0cc7340c0e7640u, 0xca24c1c6fd6e0344u, 0xcbf33198ec7af74cu, 0xad55cf4d3fcbbd73u, 0x6b4f3d7007c4ac31u, 0xfe13a9fac03b693bu, 0xf140e14d7eb468c7u, 0xca24c1c6fd6e0344u, 0x9d19f71d75128896u, 0xcf0a3781cc79750au, 0xad55cf4d3fcbbd73u, 0xf140e14d7eb468c7u}},
        {{4, 1, 6}, {0, 1}, false, {6}, {0x2d150652905da42fu, 0x5b6c82b202c6d976u, 0xa3265380c3b10b78u, 0xdca629ca6d76134cu, 0xeebb43442f2b4c8cu, 0xdd07ca944a67e0f1u, 0x4efd0c37a5654e07u, 0x5b6c82b202c6d976u, 0x30286fd0f803b31cu, 0x50d55fb6a2beb6b8u, 0xdca629ca6d76134cu, 0x4efd0c37a5654e07u}},
        {{4, 1, 6}, {0, 2}, false, {1}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{4, 1, 6}, {1, 2}, true, {4, 1, 1}, {0xbb0cc7340c0e7640u, 0xca24c1c6fd6e0344u, 0xcbf33198ec7af74cu, 0xad55cf4d3fcbbd73u, 0x6b4f3d7007c4ac31u, 0xfe13a9fac03b693bu, 0xf140e14d7eb468c7u, 0xca24c1c6fd6e0344u, 0x9d19f71d75128896u, 0xcf0a3781cc79750au, 0xad55cf4d3fcbbd73u, 0xf140e14d7eb468c7u}},
        {{4, 1, 6}, {0, 1, 2}, false, {}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{3, 4, 2, 5}, all, false, {}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{3, 4, 2, 5}, {}, true, {3, 4, 2, 5}, {0xa12dfa797343dec7u, 0x34de317f32328347u, 0x34de317f32328347u, 0x34de317f32328347u, 0x34de317f32328347u, 0x34de317f32328347u, 0x34de317f32328347u, 0x34de317f32328347u, 0x34de317f32328347u, 0x34de317f32328347u, 0x34de317f32328347u, 0x34de317f32328347u}},
        {{3, 4, 2, 5}, {0}, false, {4, 2, 5}, {0xa1baaf4e0f6350c2u, 0x9397dcd9550673fbu, 0x3fa377710affd9c6u, 0xa1baaf4e0f6350c2u, 0x9fceb19e29581663u, 0x7a2e06ad219012deu, 0x8366ccf8ab80e98eu, 0x9397dcd9550673fbu, 0x17e385f6664b9f7cu, 0xe2b0c1467366f2dbu, 0xa1baaf4e0f6350c2u, 0x8366ccf8ab80e98eu}},
        {{3, 4, 2, 5}, {1}, false, {3, 2, 5}, {0xda4083657d426667u, 0x935c1d3ffde502c8u, 0x1944965475c98513u, 0xcad2b7356f363658u, 0xc97357052bb92ac1u, 0xbc79ce0a478bc301u, 0xd30b59e8860991c3u, 0x935c1d3ffde502c8u, 0x05916371f4449dd7u, 0xe84bf60de2111e41u, 0xcad2b7356f363658u, 0xd30b59e8860991c3u}},
        {{3, 4, 2, 5}, {2}, true, {3, 4, 1, 5}, {0x6f97d74802243efdu, 0x99031c8da798fbb6u, 0xa5af51a2157a6abdu, 0xc6cd75dbaa270ed3u, 0x944c74b4e64a6329u, 0x6451158a3d0c87a3u, 0x8fb639e5815c84b7u, 0x99031c8da798fbb6u, 0xf7e7131d0457cdbbu, 0xbffb4f5f246253ccu, 0xc6cd75dbaa270ed3u, 0x8fb639e5815c84b7u}},
        {{3, 4, 2, 5}, {3}, false, {3, 4, 2}, {0x6ea7d5f4ae050931u, 0x1629472284d07fe8u, 0x9d7bde0577a41bd1u, 0x6ea7d5f4ae050931u, 0x0db00c87b1553bcdu, 0xfe4c10e5acd72e70u, 0x1e8923bc380bb143u, 0x1629472284d07fe8u, 0xd5137557380e32eeu, 0xeb77d04ba1735eeeu, 0x6ea7d5f4ae050931u, 0x1e8923bc380bb143u}},
        {{3, 4, 2, 5}, {0, 1}, false, {2, 5}, {0xa42d2510c94f1293u, 0xc3179521d1e079b3u, 0x115d75430de7a598u, 0xe7647bd030ac6db8u, 0xe49355ed8dc2e14au, 0xf3694cf2cfd2251au, 0xe869f66eff3662bau, 0xc3179521d1e079b3u, 0xf48be30246e06939u, 0xe2b5d10c134e4868u, 0xe7647bd030ac6db8u, 0xe869f66eff3662bau}},
        {{3, 4, 2, 5}, {0, 2}, true, {1, 4, 1, 5}, {0x4065af42a31dbc05u, 0x8203201fb737be77u, 0x11a43c2b2fb069f3u, 0xe259c4c473efff1au, 0x1dbd49472ab9a111u, 0xaf82105b97d6a51bu, 0xf8147687378c8613u, 0x8203201fb737be77u, 0x970a14d7337c69f0u, 0x7ebdac1ab30b354du, 0xe259c4c473efff1au, 0xf8147687378c8613u}},
        {{3, 4, 2, 5}, {0, 3}, false, {4, 2}, {0x0170fbf881fa7f78u, 0x8012843bcb2e5dcbu, 0x6f94a9f4288c11ecu, 0x0170fbf881fa7f78u, 0x0765d7de7df8d1b6u, 0xfcd4edb70070b245u, 0x89523705f015d34au, 0x8012843bcb2e5dcbu, 0x9442a830eb2d0dd9u, 0xf80e3efd01a6f4fcu, 0x0170fbf881fa7f78u, 0x89523705f015d34au}},
        {{3, 4, 2, 5}, {1, 2}, false, {3, 5}, {0xe879dd814196eaa2u, 0xc8a251d805c1d030u, 0x29e77fab7c88a2beu, 0xe879dd814196eaa2u, 0x9f539c8c46e24c85u, 0x5bb9a6a32f9f8f72u, 0xb0d739310daac738u, 0xc8a251d805c1d030u, 0x5f93093a58ec2554u, 0xdef6bc5b1f06a99du, 0xe879dd814196eaa2u, 0xb0d739310daac738u}},
        {{3, 4, 2, 5}, {1, 3}, true, {3, 1, 2, 1}, {0x4b70554ec937ec9du, 0xa91ad1ba21bf9528u, 0x259d6df0b46fa502u, 0x4b70554ec937ec9du, 0x0262c8d37284d72fu, 0x8400b1bb3de6bc9du, 0xb3ce3d4057632416u, 0xa91ad1ba21bf9528u, 0x86f14df8cf504b12u, 0x726d5a42124cdac8u, 0x4b70554ec937ec9du, 0xb3ce3d4057632416u}},
        {{3, 4, 2, 5}, {2, 3}, false, {3, 4}, {0xa17189518c23c475u, 0x8ce522e7864486cdu, 0x81c7d7093eed30c0u, 0x86cc59e8e07d1997u, 0xab524edbcffd39c0u, 0x323722c2ccc68100u, 0x6db4f3dbd2089b8cu, 0x8ce522e7864486cdu, 0x3654b6e8c24139e5u, 0xfd5dbb5cbfa5def1u, 0x86cc59e8e07d1997u, 0x6db4f3dbd2089b8cu}},
        {{3, 4, 2, 5}, {0, 1, 2}, false, {5}, {0x4b2447fe64fa8b03u, 0xaa336f0b18feab3eu, 0x4b07509229ca1af2u, 0x4b2447fe64fa8b03u, 0x49d5f7074ede5ea8u, 0xc7ccd9f9eb79bf9au, 0x80c84186aed5d477u, 0xaa336f0b18feab3eu, 0xb45bbb48e437d103u, 0xd1aa518744dd2685u, 0x4b2447fe64fa8b03u, 0x80c84186aed5d477u}},
        {{3, 4, 2, 5}, {0, 1, 3}, true, {1, 1, 2, 1}, {0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u}},
        {{3, 4, 2, 5}, {0, 2, 3}, false, {4}, {0xfd6ba3afc9de4dd7u, 0xd6384e9feadbf976u, 0xb5c59813236f0114u, 0xfd6ba3afc9de4dd7u, 0x46d408201af8ad99u, 0xa8676e5f00948ef5u, 0xdbfdcbe6fc62bde7u, 0xd6384e9feadbf976u, 0x7cc5e25aace24f00u, 0x6164213ff81b8b20u, 0xfd6ba3afc9de4dd7u, 0xdbfdcbe6fc62bde7u}},
        {{3, 4, 2, 5}, {1, 2, 3}, false, {3}, {0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u}},
        {{3, 4, 2, 5}, {0, 1, 2, 3}, true, {1, 1, 1, 1}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{2, 2, 3, 4}, all, false, {}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{2, 2, 3, 4}, {}, false, {2, 2, 3, 4}, {0xc3a2c409b95cb650u, 0xa23fa7458be7e2d0u, 0xa23fa7458be7e2d0u, 0xa23fa7458be7e2d0u, 0xa23fa7458be7e2d0u, 0xa23fa7458be7e2d0u, 0xa23fa7458be7e2d0u, 0xa23fa7458be7e2d0u, 0xa23fa7458be7e2d0u, 0xa23fa7458be7e2d0u, 0xa23fa7458be7e2d0u, 0xa23fa7458be7e2d0u}},
        {{2, 2, 3, 4}, {0}, true, {1, 2, 3, 4}, {0xb1987a78d40798f1u, 0x0f3b49d0a5e5ad6du, 0x09b7d621f4b99800u, 0xa16092cbb9ad733bu, 0xe0f1414b8df9ba8fu, 0x5ea5fb3ac6feb9c9u, 0x87661809c2f728efu, 0x0f3b49d0a5e5ad6du, 0xa6c2d3784c52be1eu, 0x62921cbb3e7306b9u, 0xa16092cbb9ad733bu, 0x87661809c2f728efu}},
        {{2, 2, 3, 4}, {1}, false, {2, 3, 4}, {0xd602ad0af085b855u, 0xd6b9d583a295021du, 0x39730b0acdf080f7u, 0x99bf9995720daa8au, 0xf5a75620f6576bc2u, 0x18c20dd5939a383au, 0x4df8f47acf6977ffu, 0xd6b9d583a295021du, 0x55d2c62aacdf8835u, 0x398398e8148ebe14u, 0x99bf9995720daa8au, 0x4df8f47acf6977ffu}},
        {{2, 2, 3, 4}, {2}, false, {2, 2, 4}, {0x6548b4215dbe1f02u, 0x990525aad5abfa1cu, 0x7994e0993be96113u, 0x6548b4215dbe1f02u, 0x2aed59740bc3396eu, 0xb60481ae590f49ceu, 0x0aa18c3822f1cc34u, 0x990525aad5abfa1cu, 0x0f0142ec9a2fe242u, 0x4e90ffb7b3ce2d95u, 0x6548b4215dbe1f02u, 0x0aa18c3822f1cc34u}},
        {{2, 2, 3, 4}, {3}, true, {2, 2, 3, 1}, {0x5447edcac42e77b8u, 0xfb8b5681311bc239u, 0x31c1c27def0ff8f1u, 0x4960b93956755f59u, 0x3d03f5524e85ed20u, 0x3f3ff6e71c79301bu, 0x1a59cee3763b9146u, 0xfb8b5681311bc239u, 0xed075ba4e78cf21fu, 0x1724f819873f155du, 0x4960b93956755f59u, 0x1a59cee3763b9146u}},
        {{2, 2, 3, 4}, {0, 1}, false, {3, 4}, {0x24a62cf27a76beb7u, 0x10e9397a704868bbu, 0x090c29775c4441afu, 0xadfb1d095e6e1274u, 0x040423b1ebf7ec93u, 0x65b85ead808d8be8u, 0x3fad21de523e21d7u, 0x10e9397a704868bbu, 0xd615cb85a6064aa2u, 0x0506a5b0c286b0c8u, 0xadfb1d095e6e1274u, 0x3fad21de523e21d7u}},
        {{2, 2, 3, 4}, {0, 2}, false, {2, 4}, {0xd2d2be3593b3f376u, 0x6740cedff19c8e2cu, 0x351e60108c87ea85u, 0xb5478f57fb4f69d6u, 0xa52a024eed578ca7u, 0x34184040d0d96f7eu, 0x3a1ed5514e58936fu, 0x6740cedff19c8e2cu, 0xad6fd66d9027a655u, 0x46385efe1c63ba68u, 0xb5478f57fb4f69d6u, 0x3a1ed5514e58936fu}},
        {{2, 2, 3, 4}, {0, 3}, true, {1, 2, 3, 1}, {0x217d53532da9b36au, 0xa40ba6a84cd46594u, 0xfa166e41a550a2f7u, 0x217d53532da9b36au, 0x8398c46415407aacu, 0x94bb660c1285d252u, 0xcbde86a138626a60u, 0xa40ba6a84cd46594u, 0xcdb9ea683354db55u, 0xe4dcab380342e2f6u, 0x217d53532da9b36au, 0xcbde86a138626a60u}},
        {{2, 2, 3, 4}, {1, 2}, false, {2, 4}, {0x0ac1ffd154f4b8d2u, 0x2d0fef4242f8a7e9u, 0x3595e0d2f8e821f1u, 0xcb10bdd0ab102c83u, 0xd030b88bd1ce962du, 0x171d99fd395ab709u, 0x8f429e37ebbf3af9u, 0x2d0fef4242f8a7e9u, 0xac4a91590990cbe4u, 0x70815f58ac58292du, 0xcb10bdd0ab102c83u, 0x8f429e37ebbf3af9u}},
        {{2, 2, 3, 4}, {1, 3}, false, {2, 3}, {0xaacb8dbf482e5089u, 0x60c6cb2b8ba0045eu, 0x4642a8473bb7d46eu, 0xaacb8dbf482e5089u, 0x16bb22d15ca7dd30u, 0x5fd96eb91ff2044bu, 0x2d8a4c05eeedb670u, 0x60c6cb2b8ba0045eu, 0x21e78921cadff281u, 0xff8582ffd828d104u, 0xaacb8dbf482e5089u, 0x2d8a4c05eeedb670u}},
        {{2, 2, 3, 4}, {2, 3}, true, {2, 2, 1, 1}, {0xc2fd7147a12962afu, 0xfa41e1b269b95328u, 0xce0a9304ca37f969u, 0xc2fd7147a12962afu, 0x5a8a0ab7d8433180u, 0xf2c70c5ccdf28d83u, 0x658f9db3ccab8697u, 0xfa41e1b269b95328u, 0x0bdf65717147d014u, 0xe3fd5ed626621b5eu, 0xc2fd7147a12962afu, 0x658f9db3ccab8697u}},
        {{2, 2, 3, 4}, {0, 1, 2}, false, {4}, {0x0e53c1b61ab70c7fu, 0xae937eb842dd6b9eu, 0x03aedc4d921f703cu, 0x0e53c1b61ab70c7fu, 0xe86fc37f34a68033u, 0x751f418960b64c87u, 0x1d8f30bf8da23d51u, 0xae937eb842dd6b9eu, 0x968b0817fda4fb9cu, 0x77995665dfe55d29u, 0x0e53c1b61ab70c7fu, 0x1d8f30bf8da23d51u}},
        {{2, 2, 3, 4}, {0, 1, 3}, false, {3}, {0x020c64e2d2011177u, 0xacd2c0fccf986a8cu, 0x59fb69aacea04306u, 0x020c64e2d2011177u, 0xfcfa251d30dcca2cu, 0xe2bcd5aa80aacc28u, 0x688461c11049504bu, 0xacd2c0fccf986a8cu, 0xaf3ff7451261320eu, 0x58ed343c90900d00u, 0x020c64e2d2011177u, 0x688461c11049504bu}},
        {{2, 2, 3, 4}, {0, 2, 3}, true, {1, 2, 1, 1}, {0x85ae90b95eebb3e0u, 0x0eafe8c125cc6fa9u, 0xcbe03e7e26b9a6d4u, 0x85ae90b95eebb3e0u, 0xb14a47503a9a9ae2u, 0x43ee58ccbe8465ccu, 0x2cfb7d146286b073u, 0x0eafe8c125cc6fa9u, 0x19d7395f4437b275u, 0x82eb4d8f67e53b76u, 0x85ae90b95eebb3e0u, 0x2cfb7d146286b073u}},
        {{2, 2, 3, 4}, {1, 2, 3}, false, {2}, {0x464e5256d9b35fa9u, 0x934f05b673e2a0bbu, 0x0e8292249da368b3u, 0x464e5256d9b35fa9u, 0x356f48f486e56705u, 0xe9a0b8309dde8b0cu, 0x07ad3c5d8cfcc317u, 0x934f05b673e2a0bbu, 0x12a5dc05acac050au, 0x3343fef4b82c9140u, 0x464e5256d9b35fa9u, 0x07ad3c5d8cfcc317u}},
        {{2, 2, 3, 4}, {0, 1, 2, 3}, false, {}, {0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{2, 50001}, {1}, true, {2, 1}, {0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u}},
        {{50001, 2}, {0}, false, {2}, {0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u}},
        {{2, 150, 201}, {1, 2}, false, {2}, {0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u}},
        {{3, 40000}, {1}, true, {3, 1}, {0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u}},
    };
    // {n, nan_every, seed, np.median(x), np.percentile(x, Q_PERCENT...), np.quantile(x, Q_FRACTION...)} of order_data<float32>
    const whole_case<float> float32_whole[] = {
        {1, 0, 1, -0x1.542492p+10f, {-0x1.5424920000000p+10, -0x1.5424920000000p+10, -0x1.5424920000000p+10, -0x1.5424920000000p+10, -0x1.5424920000000p+10, -0x1.5424920000000p+10}, {-0x1.5424920000000p+10, -0x1.5424920000000p+10, -0x1.5424920000000p+10, -0x1.5424920000000p+10, -0x1.5424920000000p+10}},
        {2, 0, 2, -0x1.9f2490p+6f, {-0x1.42f6dc0000000p+10, -0x1.f16b6e0000000p+9, -0x1.9f24a00000000p+6, 0x1.22a76b645a1c8p+8, 0x1.0e7a3745a1cadp+10, 0x1.0f124a0000000p+10}, {-0x1.42f6dc0000000p+10, -0x1.2181d33333333p+9, -0x1.f3cf3aaaaaaacp+8, -0x1.9f24a00000000p+6, 0x1.0f124a0000000p+10}},
        {3, 0, 3, -0x1.de0000p+7f, {-0x1.31c9240000000p+10, -0x1.e88db60000000p+9, -0x1.de00000000000p+7, 0x1.be49ba5e353f0p+7, 0x1.1f8dd2f1a9fc0p+10, 0x1.2040000000000p+10}, {-0x1.31c9240000000p+10, -0x1.3c541cccccccdp+9, -0x1.1b86180000000p+9, -0x1.de00000000000p+7, 0x1.2040000000000p+10}},
        {4, 0, 4, -0x1.9b9248p+8f, {-0x1.209b6e0000000p+10, -0x1.e32b6dc000000p+9, -0x1.9b92490000000p+8, -0x1.5680713333337p+7, 0x1.3062726a7efa0p+10, 0x1.316db60000000p+10}, {-0x1.209b6e0000000p+10, -0x1.5f81d36666667p+9, -0x1.466db60000000p+9, -0x1.9b92490000000p+8, 0x1.316db60000000p+10}},
        {7, 0, 5, -0x1.fd6db6p+8f, {-0x1.0f6db60000000p+10, -0x1.fbb6db0000000p+9, -0x1.fd6db60000000p+8, -0x1.9ccfb92f1aa09p+6, 0x1.41fed0020c49dp+10, 0x1.429b6e0000000p+10}, {-0x1.0f6db60000000p+10, -0x1.4cdb6e6666667p+9, -0x1.24124a0000000p+9, -0x1.fd6db60000000p+8, 0x1.429b6e0000000p+10}},
        {10, 0, 6, 0x0.0p+0f, {-0x1.4cc9240000000p+10, -0x1.f6a4924000000p+9, 0x0.0p+0, 0x1.22d0e63a5e353p-1, 0x1.51f34a0ac0836p+10, 0x1.53c9240000000p+10}, {-0x1.4cc9240000000p+10, -0x1.3ee492999999ap+9, -0x1.01b6dc0000000p+9, 0x0.0p+0, 0x1.53c9240000000p+10}},
        {11, 0, 7, 0x1.24924ap-1f, {-0x1.da24920000000p+9, -0x1.1700000000000p+8, 0x1.24924a0000000p-1, 0x1.86d593c28f5bep+6, 0x1.62eccd5eb8526p+10, 0x1.64f6dc0000000p+10}, {-0x1.da24920000000p+9, 0x0.0p+0, 0x1.2492495555551p-3, 0x1.24924a0000000p-1, 0x1.64f6dc0000000p+10}},
        {100, 0, 8, 0x1.24924ap-3f, {-0x1.609b6e0000000p+10, -0x1.fc624a0000000p+9, 0x1.24924a0000000p-3, 0x1.4066088c49ba5p+8, 0x1.6332a1e978d52p+10, 0x1.6464920000000p+10}, {-0x1.609b6e0000000p+10, -0x1.96abe33333333p+8, -0x1.48db6e0000000p+8, 0x1.24924a0000000p-3, 0x1.6464920000000p+10}},
        {101, 0, 9, 0x1.24924ap-2f, {nan, -0x1.06edb70000000p+10, 0x1.24924a0000000p-2, 0x1.a19999333332fp+8, 0x1.629d42999999bp+10, 0x1.63d24a0000000p+10}, {nan, -0x1.ac924a0000000p+8, -0x1.43db6d5555557p+8, 0x1.24924a0000000p-2, 0x1.63d24a0000000p+10}},
        {999, 0, 10, 0x1.24924ap-2f, {nan, -0x1.ff9b6d8000000p+9, 0x1.24924a0000000p-2, 0x1.70b7263b645a0p+8, 0x1.64895c2d0e561p+10, 0x1.64f6dc0000000p+10}, {nan, -0x1.c45f166666667p+8, -0x1.5f92495555556p+8, 0x1.24924a0000000p-2, 0x1.64f6dc0000000p+10}},
        {1000, 300, 11, nan_f, {nan, nan, nan, nan, nan, nan}, {nan, nan, nan, nan, nan}},
        {40000, 0, 12, 0x1.24924ap-3f, {nan, -0x1.012edac000000p+10, 0x1.24924a0000000p-3, 0x1.629e80e872af6p+8, 0x1.654926578d500p+10, nan}, {nan, -0x1.d00af8999999cp+8, -0x1.6524920000000p+8, 0x1.24924a0000000p-3, nan}},
        {40001, 0, 13, 0x1.24924ap-3f, {nan, -0x1.01524a0000000p+10, 0x1.24924a0000000p-3, 0x1.616db5ffffff7p+8, 0x1.6549240000005p+10, nan}, {nan, -0x1.d049240000000p+8, -0x1.6424920000000p+8, 0x1.24924a0000000p-3, nan}},
        {1000003, 0, 14, 0x1.24924ap-3f, {nan, -0x1.0136dc0000000p+10, 0x1.24924a0000000p-3, 0x1.6200000000000p+8, 0x1.6549240000000p+10, nan}, {nan, -0x1.cfdb6e0000000p+8, -0x1.6449240000000p+8, 0x1.24924a0000000p-3, nan}},
        {1000004, 0, 15, 0x1.24924ap-3f, {nan, -0x1.0136dc0000000p+10, 0x1.24924a0000000p-3, 0x1.6224920000000p+8, 0x1.65524a0000000p+10, nan}, {nan, -0x1.cfdb6e0000000p+8, -0x1.6449240000000p+8, 0x1.24924a0000000p-3, nan}},
        {1000003, 999983, 16, nan_f, {nan, nan, nan, nan, nan, nan}, {nan, nan, nan, nan, nan}},
    };
    // {shape, axes, keepdims, result shape, FNV-1a of the median, the percentiles, the quantiles} of order_data<float32>(size, nan_every 17, seed 3) (0: raises)
    static constexpr axis_case float32_axes[] = {
        {{}, all, false, {}, {0xd1c95b3c68a9d2bfu, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u}},
        {{}, {}, true, {}, {0xd1c95b3c68a9d2bfu, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u, 0xc625a0320d8144a8u}},
        {{5}, all, false, {}, {0x4bb9137f9c97d9dfu, 0xc625a0320d8144a8u, 0xb538495c5bb6e826u, 0xe7bcea33fe975ef0u, 0xbe93a732eec9ad94u, 0x6873a87ce041491eu, 0x87a5b83215c3d41bu, 0xc625a0320d8144a8u, 0x7a1c226073617a13u, 0xeae990ab2ab2f69au, 0xe7bcea33fe975ef0u, 0x87a5b83215c3d41bu}},
        {{5}, {}, false, {5}, {0x3c688b91f73eb0d7u, 0xd961c7d32dad502bu, 0xd961c7d32dad502bu, 0xd961c7d32dad502bu, 0xd961c7d32dad502bu, 0xd961c7d32dad502bu, 0xd961c7d32dad502bu, 0xd961c7d32dad502bu, 0xd961c7d32dad502bu, 0xd961c7d32dad502bu, 0xd961c7d32dad502bu, 0xd961c7d32dad502bu}},
        {{5}, {0}, true, {1}, {0x4bb9137f9c97d9dfu, 0xc625a0320d8144a8u, 0xb538495c5bb6e826u, 0xe7bcea33fe975ef0u, 0xbe93a732eec9ad94u, 0x6873a87ce041491eu, 0x87a5b83215c3d41bu, 0xc625a0320d8144a8u, 0x7a1c226073617a13u, 0xeae990ab2ab2f69au, 0xe7bcea33fe975ef0u, 0x87a5b83215c3d41bu}},
        {{6}, all, false, {}, {0xb1be4a9246110ce8u, 0xc625a0320d8144a8u, 0x07dbef7b9cea3087u, 0x12488b5ff6998eefu, 0xac586ecf19c081d3u, 0x1bae4decf832a864u, 0x87a5b83215c3d41bu, 0xc625a0320d8144a8u, 0x7ccb8b96316693a5u, 0x516820635002ade3u, 0x12488b5ff6998eefu, 0x87a5b83215c3d41bu}},
        {{6}, {}, false, {6}, {0xdd35cabfaa54c903u, 0x2297be3857e7f096u, 0x2297be3857e7f096u, 0x2297be3857e7f096u, 0x2297be3857e7f096u, 0x2297be3857e7f096u, 0x2297be3857e7f096u, 0x2297be3857e7f096u, 0x2297be3857e7f096u, 0x2297be3857e7f096u, 0x2297be3857e7f096u, 0x2297be3857e7f096u}},
        {{6}, {0}, true, {1}, {0xb1be4a9246110ce8u, 0xc625a0320d8144a8u, 0x07dbef7b9cea3087u, 0x12488b5ff6998eefu, 0xac586ecf19c081d3u, 0x1bae4decf832a864u, 0x87a5b83215c3d41bu, 0xc625a0320d8144a8u, 0x7ccb8b96316693a5u, 0x516820635002ade3u, 0x12488b5ff6998eefu, 0x87a5b83215c3d41bu}},
        {{0}, all, false, {}, {0x4a98877f9ba2f898u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0}, {0}, false, {}, {0x4a98877f9ba2f898u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{4, 6}, all, true, {1, 1}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{4, 6}, {}, false, {4, 6}, {0x63f24b5041616cdeu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu}},
        {{4, 6}, {0}, false, {6}, {0xeec9db0dee07dc82u, 0x8d10b5b4ce5aecc3u, 0x4f34c9a6318f937cu, 0x9c75267a0582ba91u, 0x026f37f77f858425u, 0x4c7e2242bf131a0au, 0xc1533201f4e57612u, 0x8d10b5b4ce5aecc3u, 0x4a4d079daa4ca834u, 0xc92a1c4e595cf2a3u, 0x9c75267a0582ba91u, 0xc1533201f4e57612u}},
        {{4, 6}, {1}, true, {4, 1}, {0x8bfd459d267833c3u, 0x9d5d35edff92a038u, 0x7561f17bb99a42c9u, 0x5469f57bfb14f826u, 0x847e8af71cf58850u, 0x6f72b4b530739681u, 0x8d6ae0eae5dd406bu, 0x9d5d35edff92a038u, 0x518d1fb6e4c79dceu, 0x6d9951905f73be31u, 0x5469f57bfb14f826u, 0x8d6ae0eae5dd406bu}},
        {{4, 6}, {0, 1}, false, {}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{7, 3}, all, false, {}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{7, 3}, {}, true, {7, 3}, {0xf4b25f7dd764bbb9u, 0x9b80146cedffa39fu, 0x9b80146cedffa39fu, 0x9b80146cedffa39fu, 0x9b80146cedffa39fu, 0x9b80146cedffa39fu, 0x9b80146cedffa39fu, 0x9b80146cedffa39fu, 0x9b80146cedffa39fu, 0x9b80146cedffa39fu, 0x9b80146cedffa39fu, 0x9b80146cedffa39fu}},
        {{7, 3}, {0}, false, {3}, {0xda610befe62a1d45u, 0xde891cce2bc31dd8u, 0x7e879ba1cd815963u, 0x814fc2490a3f5af5u, 0x779f336f51692ef5u, 0xd56b17eaa1dd788eu, 0x6c52dbe44efbe8ffu, 0xde891cce2bc31dd8u, 0x588dd5b04cc968e2u, 0x08a248eda90c0385u, 0x814fc2490a3f5af5u, 0x6c52dbe44efbe8ffu}},
        {{7, 3}, {1}, false, {7}, {0x2d3b7a2a05d53c26u, 0x9a7c12ae7a1999e8u, 0xd8699c4f3ae14425u, 0xfe65dccb0afa2c13u, 0x9c70f545bee16516u, 0xde742a51089b25e1u, 0xd7439e87a737b1c0u, 0x9a7c12ae7a1999e8u, 0x42a662a160be2b13u, 0x6e03f28ad3c78ea7u, 0xfe65dccb0afa2c13u, 0xd7439e87a737b1c0u}},
        {{7, 3}, {0, 1}, true, {1, 1}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{1, 9}, all, false, {}, {0x4bb9137f9c97d9dfu, 0xc625a0320d8144a8u, 0x049c038ead60d70du, 0xe7bcea33fe975ef0u, 0xfb877e0fae4c9bb4u, 0xff1b709890ea9d9eu, 0x87a5b83215c3d41bu, 0xc625a0320d8144a8u, 0xa4c377624d8529cau, 0x516820635002ade3u, 0xe7bcea33fe975ef0u, 0x87a5b83215c3d41bu}},
        {{1, 9}, {}, false, {1, 9}, {0xc0ae531f252fbbb7u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u}},
        {{1, 9}, {0}, true, {1, 9}, {0xc0ae531f252fbbb7u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u, 0xa2a34836183a3114u}},
        {{1, 9}, {1}, false, {1}, {0x4bb9137f9c97d9dfu, 0xc625a0320d8144a8u, 0x049c038ead60d70du, 0xe7bcea33fe975ef0u, 0xfb877e0fae4c9bb4u, 0xff1b709890ea9d9eu, 0x87a5b83215c3d41bu, 0xc625a0320d8144a8u, 0xa4c377624d8529cau, 0x516820635002ade3u, 0xe7bcea33fe975ef0u, 0x87a5b83215c3d41bu}},
        {{1, 9}, {0, 1}, false, {}, {0x4bb9137f9c97d9dfu, 0xc625a0320d8144a8u, 0x049c038ead60d70du, 0xe7bcea33fe975ef0u, 0xfb877e0fae4c9bb4u, 0xff1b709890ea9d9eu, 0x87a5b83215c3d41bu, 0xc625a0320d8144a8u, 0xa4c377624d8529cau, 0x516820635002ade3u, 0xe7bcea33fe975ef0u, 0x87a5b83215c3d41bu}},
        {{0, 4}, all, true, {1, 1}, {0x4a98877f9ba2f898u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0, 4}, {0}, false, {4}, {0x5b8d06a18c5404c5u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0, 4}, {1}, false, {0}, {0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u}},
        {{0, 4}, {0, 1}, true, {1, 1}, {0x4a98877f9ba2f898u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, all, false, {}, {0x4a98877f9ba2f898u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, {0}, false, {0}, {0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u}},
        {{3, 0}, {1}, true, {3, 1}, {0x3a96128d5b3828c8u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, {0, 1}, false, {}, {0x4a98877f9ba2f898u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{2, 3, 5}, all, false, {}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{2, 3, 5}, {}, true, {2, 3, 5}, {0xa05deb3d64cc541du, 0xabd235f4c4c929b9u, 0xabd235f4c4c929b9u, 0xabd235f4c4c929b9u, 0xabd235f4c4c929b9u, 0xabd235f4c4c929b9u, 0xabd235f4c4c929b9u, 0xabd235f4c4c929b9u, 0xabd235f4c4c929b9u, 0xabd235f4c4c929b9u, 0xabd235f4c4c929b9u, 0xabd235f4c4c929b9u}},
        {{2, 3, 5}, {0}, false, {3, 5}, {0x176c1b2fcccfe194u, 0x4c71c45fac745490u, 0x31f63205cd5b0f76u, 0x15b379269ba9ee8eu, 0x0ef793e4402f5146u, 0xf85f1d127dec9638u, 0x306cf8fec1654b71u, 0x4c71c45fac745490u, 0x172bb8ef4e11d63eu, 0xb25eb297835cac6eu, 0x15b379269ba9ee8eu, 0x306cf8fec1654b71u}},
        {{2, 3, 5}, {1}, false, {2, 5}, {0x27602d40fe2a45c3u, 0x721d596513fe7400u, 0x28e4345f3203b525u, 0x9cdca649044bc5b4u, 0x3d9dd7724b017cf6u, 0x4b302ca34587b2e6u, 0x8e398aaaf7869f9bu, 0x721d596513fe7400u, 0xd3c6af332249202au, 0x087e6c707628c7dau, 0x9cdca649044bc5b4u, 0x8e398aaaf7869f9bu}},
        {{2, 3, 5}, {2}, true, {2, 3, 1}, {0x16256eebe42fb5c4u, 0x8eb5d3765b14c295u, 0xa3002ddf756c16a0u, 0xf684bb4837837ecfu, 0x588762506c3432ccu, 0x27f4032ff8a4302eu, 0x6fbedfb50a6cbdb4u, 0x8eb5d3765b14c295u, 0x9dde76deae474236u, 0x6c080505e869e070u, 0xf684bb4837837ecfu, 0x6fbedfb50a6cbdb4u}},
        {{2, 3, 5}, {0, 1}, false, {5}, {0x014cb41a1578bdc6u, 0x8d570eb22ef654d0u, 0x3cb705bb37455f7eu, 0x452bf123f327e336u, 0x0bef1251edc181a4u, 0xd7ac6faceec8ec19u, 0x90b4af914c41a1d7u, 0x8d570eb22ef654d0u, 0x42eaaacd55bdf182u, 0xe33cf5597510b90eu, 0x452bf123f327e336u, 0x90b4af914c41a1d7u}},
        {{2, 3, 5}, {0, 2}, false, {3}, {0x6bbf9144495f78a8u, 0x3372af3d22e26c3au, 0xe23d950dc12bc291u, 0x71d52b4341ef04b2u, 0x621380299144ea1fu, 0xdc63b04a9894dd1au, 0x1c5b3d3e38e3b96bu, 0x3372af3d22e26c3au, 0xfb01362f4cf252c8u, 0x79cc206069487811u, 0x71d52b4341ef04b2u, 0x1c5b3d3e38e3b96bu}},
        {{2, 3, 5}, {1, 2}, true, {2, 1, 1}, {0xe53968e03a7484beu, 0xa0ebd7a0c4ce1cbdu, 0x26e01bf409ea4fb4u, 0x9e5a96c2954a6f05u, 0xd7750359970ca00eu, 0x10931a0316b66f02u, 0x9ca3efce7f90099au, 0xa0ebd7a0c4ce1cbdu, 0xf3873346e8d69d21u, 0x43f379478bfc17e4u, 0x9e5a96c2954a6f05u, 0x9ca3efce7f90099au}},
        {{2, 3, 5}, {0, 1, 2}, false, {}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{4, 1, 6}, all, false, {}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{4, 1, 6}, {}, true, {4, 1, 6}, {0x63f24b5041616cdeu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu}},
        {{4, 1, 6}, {0}, false, {1, 6}, {0xeec9db0dee07dc82u, 0x8d10b5b4ce5aecc3u, 0x4f34c9a6318f937cu, 0x9c75267a0582ba91u, 0x026f37f77f858425u, 0x4c7e2242bf131a0au, 0xc1533201f4e57612u, 0x8d10b5b4ce5aecc3u, 0x4a4d079daa4ca834u, 0xc92a1c4e595cf2a3u, 0x9c75267a0582ba91u, 0xc1533201f4e57612u}},
        {{4, 1, 6}, {1}, false, {4, 6}, {0x63f24b5041616cdeu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu, 0x3b28f4d8c9bc72bcu}},
        {{4, 1, 6}, {2}, true, {4, 1, 1}, {0x8bfd459d267833c3u, 0x9d5d35edff92a038u, 0x7561f17bb99a42c9u, 0x5469f57bfb14f826u, 0x847e8af71cf58850u, 0x6f72b4b530739681u, 0x8d6ae0eae5dd406bu, 0x9d5d35edff92a038u, 0x518d1fb6e4c79dceu, 0x6d9951905f73be31u, 0x5469f57bfb14f826u, 0x8d6ae0eae5dd406bu}},
        {{4, 1, 6}, {0, 1}, false, {6}, {0xeec9db0dee07dc82u, 0x8d10b5b4ce5aecc3u, 0x4f34c9a6318f937cu, 0x9c75267a0582ba91u, 0x026f37f77f858425u, 0x4c7e2242bf131a0au, 0xc1533201f4e57612u, 0x8d10b5b4ce5aecc3u, 0x4a4d079daa4ca834u, 0xc92a1c4e595cf2a3u, 0x9c75267a0582ba91u, 0xc1533201f4e57612u}},
        {{4, 1, 6}, {0, 2}, false, {1}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{4, 1, 6}, {1, 2}, true, {4, 1, 1}, {0x8bfd459d267833c3u, 0x9d5d35edff92a038u, 0x7561f17bb99a42c9u, 0x5469f57bfb14f826u, 0x847e8af71cf58850u, 0x6f72b4b530739681u, 0x8d6ae0eae5dd406bu, 0x9d5d35edff92a038u, 0x518d1fb6e4c79dceu, 0x6d9951905f73be31u, 0x5469f57bfb14f826u, 0x8d6ae0eae5dd406bu}},
        {{4, 1, 6}, {0, 1, 2}, false, {}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{3, 4, 2, 5}, all, false, {}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{3, 4, 2, 5}, {}, true, {3, 4, 2, 5}, {0xdf192645827f5377u, 0xc0baed7267a2e416u, 0xc0baed7267a2e416u, 0xc0baed7267a2e416u, 0xc0baed7267a2e416u, 0xc0baed7267a2e416u, 0xc0baed7267a2e416u, 0xc0baed7267a2e416u, 0xc0baed7267a2e416u, 0xc0baed7267a2e416u, 0xc0baed7267a2e416u, 0xc0baed7267a2e416u}},
        {{3, 4, 2, 5}, {0}, false, {4, 2, 5}, {0x2e8750c37cd8ca10u, 0x6af1eae8dfa3e039u, 0x99ac0c2eeba68848u, 0x2eb7fca3597ae3f8u, 0xc34eb1d86399d2ddu, 0x1fbc44a9509235c4u, 0x9440a77638d1ab43u, 0x6af1eae8dfa3e039u, 0x59fd77d214673cceu, 0x481aad900ff48b88u, 0x2eb7fca3597ae3f8u, 0x9440a77638d1ab43u}},
        {{3, 4, 2, 5}, {1}, false, {3, 2, 5}, {0xb6eb6fd7841a9b3bu, 0x24aa78475a1dfd70u, 0x4ddd09a9be842573u, 0x65dd8c0cefee17d0u, 0xe04e1c24c4f2d5fcu, 0x7dd2d2d3ffd8aec9u, 0xc70121b8987eb013u, 0x24aa78475a1dfd70u, 0x91df557ffc70f249u, 0x45d31551f9161797u, 0x65dd8c0cefee17d0u, 0xc70121b8987eb013u}},
        {{3, 4, 2, 5}, {2}, true, {3, 4, 1, 5}, {0xe1bab0bac011813du, 0x9cfbee69590a6b18u, 0x7d971d8f3b9354a2u, 0x2569a2f0d3d81bd4u, 0xc6fb9487549f97c2u, 0x854dac76c599e101u, 0xf75d358bfdb20b6du, 0x9cfbee69590a6b18u, 0x50779cb5f397078cu, 0x939dea30c6876a9fu, 0x2569a2f0d3d81bd4u, 0xf75d358bfdb20b6du}},
        {{3, 4, 2, 5}, {3}, false, {3, 4, 2}, {0x2df96b3ea9d1fedau, 0x0afaceb13c09dbebu, 0x06d7c18c09e48468u, 0x300698f815183ff7u, 0x15fb001f1aded4ffu, 0xb0f11a8c41dec6ffu, 0xde5d296bd9fad65cu, 0x0afaceb13c09dbebu, 0xfe900bd81c6e4aeeu, 0x60c2d80820853507u, 0x300698f815183ff7u, 0xde5d296bd9fad65cu}},
        {{3, 4, 2, 5}, {0, 1}, false, {2, 5}, {0x1ae682167275f2d9u, 0xc6ca303b71991bdcu, 0x0e1da81afb5dc836u, 0x772c4fecebd2bc75u, 0x242225fbe2655c70u, 0x9048dc012e69120bu, 0x1d7a2eee4eff8022u, 0xc6ca303b71991bdcu, 0x847536762f525325u, 0x9f168032f9e11597u, 0x772c4fecebd2bc75u, 0x1d7a2eee4eff8022u}},
        {{3, 4, 2, 5}, {0, 2}, true, {1, 4, 1, 5}, {0xe2b517eb929fa2ddu, 0x3f10bcae5b6fab8du, 0x96d266d67b67a0beu, 0xf799c3d7abfe2f91u, 0x673400cb79f5b17du, 0x1deba55993aa9b4cu, 0x63897cc3657faee5u, 0x3f10bcae5b6fab8du, 0xb3c67107b780401bu, 0x640c25dd1b2f7fb7u, 0xf799c3d7abfe2f91u, 0x63897cc3657faee5u}},
        {{3, 4, 2, 5}, {0, 3}, false, {4, 2}, {0x897b8acda6c9ce59u, 0x37dc905664ad2e46u, 0xe9fdc08c7f5de0ffu, 0x43d043ced71646b7u, 0xd1030b6ab0830150u, 0x21f335d3018ed62au, 0xabed6986706af8eau, 0x37dc905664ad2e46u, 0xebbc52a09978cc5cu, 0x757fe50f77bdb1c9u, 0x43d043ced71646b7u, 0xabed6986706af8eau}},
        {{3, 4, 2, 5}, {1, 2}, false, {3, 5}, {0x55935fd109d30365u, 0xd89c43a9b096e791u, 0x957cc623c64c60a1u, 0x902b7c0fcbb43783u, 0xcd629ebf7bbc9d60u, 0x60bed633a218cb09u, 0x7a50a02e0259b680u, 0xd89c43a9b096e791u, 0x77baf9e3a71a5da9u, 0xe86625c8eb4bcb41u, 0x902b7c0fcbb43783u, 0x7a50a02e0259b680u}},
        {{3, 4, 2, 5}, {1, 3}, true, {3, 1, 2, 1}, {0xe89a6ac2da907515u, 0xa91ad1ba21bf9528u, 0xc1fe6f7edcdf76beu, 0x191fa0a5674b1dc5u, 0xae1801d2bae76903u, 0x41ace0f2ba724928u, 0xc95f4b65a27a4e7eu, 0xa91ad1ba21bf9528u, 0x538cdfd36ed0b832u, 0x511d01f0ebace9fcu, 0x191fa0a5674b1dc5u, 0xc95f4b65a27a4e7eu}},
        {{3, 4, 2, 5}, {2, 3}, false, {3, 4}, {0xf51a0ef55c6c8dc6u, 0x10d8c5d89595b954u, 0xfe1fe462d006928au, 0xb6b88eba5ba0f2c7u, 0xf5f6c4013c0cb541u, 0xfd3dc6dabc37203au, 0xda5e1d3c5c33e51cu, 0x10d8c5d89595b954u, 0x36fabecc675af432u, 0x4f5841a8e0f643feu, 0xb6b88eba5ba0f2c7u, 0xda5e1d3c5c33e51cu}},
        {{3, 4, 2, 5}, {0, 1, 2}, false, {5}, {0x5185335535548487u, 0xaa7fbf8200975684u, 0x187903e70f28515fu, 0x32382a167b7d0ddbu, 0x5da481be3d4eb1a4u, 0x335c0ae9389b3a93u, 0x3e0ab059aa94822au, 0xaa7fbf8200975684u, 0x70b52241af6245d9u, 0x2773348a68ee2810u, 0x32382a167b7d0ddbu, 0x3e0ab059aa94822au}},
        {{3, 4, 2, 5}, {0, 1, 3}, true, {1, 1, 2, 1}, {0xb901c1935e0f1b75u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u}},
        {{3, 4, 2, 5}, {0, 2, 3}, false, {4}, {0xd21245089be1af3au, 0xab40c436c4973582u, 0xde8f9e5182ad3f38u, 0xa9b05dc0f9192edau, 0x912a58f658dc667eu, 0x91aa8abe58e1b712u, 0x3715c0320b947ddfu, 0xab40c436c4973582u, 0x7b55879af0b3a9dfu, 0x7062dd500cabad21u, 0xa9b05dc0f9192edau, 0x3715c0320b947ddfu}},
        {{3, 4, 2, 5}, {1, 2, 3}, false, {3}, {0x3a96128d5b3828c8u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u}},
        {{3, 4, 2, 5}, {0, 1, 2, 3}, true, {1, 1, 1, 1}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{2, 2, 3, 4}, all, false, {}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{2, 2, 3, 4}, {}, false, {2, 2, 3, 4}, {0x6583b2bdd0719577u, 0xa679e3604f4b80aau, 0xa679e3604f4b80aau, 0xa679e3604f4b80aau, 0xa679e3604f4b80aau, 0xa679e3604f4b80aau, 0xa679e3604f4b80aau, 0xa679e3604f4b80aau, 0xa679e3604f4b80aau, 0xa679e3604f4b80aau, 0xa679e3604f4b80aau, 0xa679e3604f4b80aau}},
        {{2, 2, 3, 4}, {0}, true, {1, 2, 3, 4}, {0xf570e6aca0c8f6d3u, 0x8e34fc5527cd8b71u, 0x920d88927d2f422bu, 0x58052ec3b4079552u, 0x6643bf064f9f19b4u, 0x7611b6c9599daeafu, 0x3bd2adb7e13211a0u, 0x8e34fc5527cd8b71u, 0x30519f928e539fecu, 0x3c8d1ead5dd0fb0eu, 0x58052ec3b4079552u, 0x3bd2adb7e13211a0u}},
        {{2, 2, 3, 4}, {1}, false, {2, 3, 4}, {0x8cdef69be59a818eu, 0x4adf95e418b99592u, 0x45848969bf8c6ef9u, 0x088f73a8c97acaeeu, 0x54683175efd84d20u, 0x17184d0394456431u, 0x1e00c78f418004b3u, 0x4adf95e418b99592u, 0x9dc1de805b5e4d49u, 0xf9c4e518085034f7u, 0x088f73a8c97acaeeu, 0x1e00c78f418004b3u}},
        {{2, 2, 3, 4}, {2}, false, {2, 2, 4}, {0x77deb0de0fb27df1u, 0xc1674ac0c1b4bd1au, 0xbfdeb529464e8960u, 0x891e07eb8dbef2b4u, 0xf92abf55a4788606u, 0xaf5203314b6dcc0eu, 0x2781fe9ddb8e5c9eu, 0xc1674ac0c1b4bd1au, 0xd5bcc6fe71968ea7u, 0x8022e294764ff1d3u, 0x891e07eb8dbef2b4u, 0x2781fe9ddb8e5c9eu}},
        {{2, 2, 3, 4}, {3}, true, {2, 2, 3, 1}, {0x46f2a0ba7dffb29du, 0x0170ada30c987834u, 0x256fd767f8b2421du, 0xa0ad417e7c400bb0u, 0x81870931cd4f5f10u, 0xd4516a0cc0d32190u, 0x79a2d54750f28a0fu, 0x0170ada30c987834u, 0xca9501dc672e26c4u, 0x7c6c3fbfc83daf57u, 0xa0ad417e7c400bb0u, 0x79a2d54750f28a0fu}},
        {{2, 2, 3, 4}, {0, 1}, false, {3, 4}, {0x59dc00b093af5b44u, 0x826b249b34c94582u, 0x03f0669a761fa389u, 0xb3cb171bbdbe92bdu, 0x184585ef9af59e9au, 0xf4276a0f7def7abeu, 0x6a597ca7fb23537du, 0x826b249b34c94582u, 0xc0e518e7b96cd62du, 0x2d86debf3b7e6a8fu, 0xb3cb171bbdbe92bdu, 0x6a597ca7fb23537du}},
        {{2, 2, 3, 4}, {0, 2}, false, {2, 4}, {0xa15a9bbf50539399u, 0xb982f9267287b169u, 0x862300058348f164u, 0x7fca0027eeb8c93du, 0x287f4589c3d4856du, 0x0bf3ce4b727caafcu, 0x1361f156ccac43e3u, 0xb982f9267287b169u, 0xc9af133fb7744799u, 0x626687dd285fedd9u, 0x7fca0027eeb8c93du, 0x1361f156ccac43e3u}},
        {{2, 2, 3, 4}, {0, 3}, true, {1, 2, 3, 1}, {0x7b7eb190091e8002u, 0xbef9be691f7b51f4u, 0xf61be43242ef3dfau, 0xbc8c5581dd70b526u, 0x88dd406237cf0a5fu, 0x1bd78a014eec3ecbu, 0xd429a9057f12e0b0u, 0xbef9be691f7b51f4u, 0xd6d7fb8fc83b2cd5u, 0x6c4a56584d6929afu, 0xbc8c5581dd70b526u, 0xd429a9057f12e0b0u}},
        {{2, 2, 3, 4}, {1, 2}, false, {2, 4}, {0x46067ffaebe7cf23u, 0xbbabe8c6c73679b4u, 0x39e9083e39e67d16u, 0xcd9be778ca6cfd58u, 0x909cae79a48b01bdu, 0x2f9ac625ecb47a02u, 0x0d766338c0be0fbcu, 0xbbabe8c6c73679b4u, 0x0b89c47cb49b8341u, 0x306727c829dec4a0u, 0xcd9be778ca6cfd58u, 0x0d766338c0be0fbcu}},
        {{2, 2, 3, 4}, {1, 3}, false, {2, 3}, {0x533cc1c4c415482fu, 0x07ea7d28cdfb88bau, 0xb1b57c173acc9c11u, 0x248f3cb13a60b534u, 0xcd2355a672b30caeu, 0xd7fa109a15c3e7ffu, 0x67acd0df12a4b578u, 0x07ea7d28cdfb88bau, 0x17a9ce5bca035ad6u, 0x1f8a712055a8b083u, 0x248f3cb13a60b534u, 0x67acd0df12a4b578u}},
        {{2, 2, 3, 4}, {2, 3}, true, {2, 2, 1, 1}, {0x7524a98e75706496u, 0x26792b9890cc7125u, 0x9f9493aae2fbac6du, 0x5cc4bc14004cc8cau, 0xf5deec6dd8aac63cu, 0x163d4e070e5b1e2au, 0xc81680399fb70debu, 0x26792b9890cc7125u, 0x2f391273244181efu, 0xca1aa8c8f5a172a5u, 0x5cc4bc14004cc8cau, 0xc81680399fb70debu}},
        {{2, 2, 3, 4}, {0, 1, 2}, false, {4}, {0x16cf1037b56fe564u, 0x18a1a5887fc3969fu, 0x154280cb5c37186du, 0xbcec3a0570cdd702u, 0x92ada4a5b6754a1fu, 0x04b9c7c61871d470u, 0x1ec0f9118b55a8b0u, 0x18a1a5887fc3969fu, 0xf4b695de998da0e1u, 0x479777a4a8953e16u, 0xbcec3a0570cdd702u, 0x1ec0f9118b55a8b0u}},
        {{2, 2, 3, 4}, {0, 1, 3}, false, {3}, {0x897ec3d923a91fa0u, 0xde891cce2bc31dd8u, 0x5d6f8c5a1bef63d3u, 0xac58e9058a74d79eu, 0xd4c8f4c0c2f411c1u, 0xf341ea0ebffdc123u, 0x688461c11049504bu, 0xde891cce2bc31dd8u, 0x30fd527e8c547f23u, 0xf90a8a9bd0731a4du, 0xac58e9058a74d79eu, 0x688461c11049504bu}},
        {{2, 2, 3, 4}, {0, 2, 3}, true, {1, 2, 1, 1}, {0xab5429322a441248u, 0xa0ebd7a0c4ce1cbdu, 0xec8ea73dd2279569u, 0x85ae90b95eebb3e0u, 0x3958e0ff3a982f50u, 0xff03584dded8a985u, 0xe788d7c4d6dc7f3au, 0xa0ebd7a0c4ce1cbdu, 0x548b117e3e98514cu, 0x079be4d78dedb658u, 0x85ae90b95eebb3e0u, 0xe788d7c4d6dc7f3au}},
        {{2, 2, 3, 4}, {1, 2, 3}, false, {2}, {0x3e93cfc92f9a9fd5u, 0x90af7ec081cdff87u, 0x9f81661070815322u, 0x8843061aeda033e8u, 0x62df803afbdd8a7eu, 0xbf019c4e8d97314du, 0xfe38e93bdcbd7512u, 0x90af7ec081cdff87u, 0xd7ac7c8c339e1c53u, 0x3343fef4b82c9140u, 0x8843061aeda033e8u, 0xfe38e93bdcbd7512u}},
        {{2, 2, 3, 4}, {0, 1, 2, 3}, false, {}, {0x4a98877f9ba2f898u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u, 0xaa96293229a2e940u}},
        {{2, 50001}, {1}, true, {2, 1}, {0xb901c1935e0f1b75u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u}},
        {{50001, 2}, {0}, false, {2}, {0xb901c1935e0f1b75u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u}},
        {{2, 150, 201}, {1, 2}, false, {2}, {0xb901c1935e0f1b75u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u, 0x34dbfdf4b9875c55u}},
        {{3, 40000}, {1}, true, {3, 1}, {0x3a96128d5b3828c8u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u, 0xeb295c248e0f0670u}},
    };
    // {n, nan_every, seed, np.median(x), np.percentile(x, Q_PERCENT...), np.quantile(x, Q_FRACTION...)} of order_data<int32>
    const whole_case<double> int32_whole[] = {
        {1, 0, 1, -0x1.0280000000000p+9, {-0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9}, {-0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9}},
        {2, 0, 2, -0x1.af00000000000p+8, {-0x1.9e00000000000p+9, -0x1.6c60000000000p+9, -0x1.af00000000000p+8, -0x1.2b322d0e56043p+8, -0x1.165a1cac08306p+5, -0x1.1000000000000p+5}, {-0x1.9e00000000000p+9, -0x1.26e6666666666p+9, -0x1.19aaaaaaaaaabp+9, -0x1.af00000000000p+8, -0x1.1000000000000p+5}},
        {3, 0, 3, -0x1.8000000000000p+4, {-0x1.5900000000000p+8, -0x1.08c0000000000p+8, -0x1.8000000000000p+4, 0x1.0a126e978d4fbp+7, 0x1.c00dd2f1a9fc0p+8, 0x1.c100000000000p+8}, {-0x1.5900000000000p+8, -0x1.30ccccccccccdp+7, -0x1.0600000000000p+7, -0x1.8000000000000p+4, 0x1.c100000000000p+8}},
        {4, 0, 4, 0x1.2a80000000000p+8, {-0x1.4f00000000000p+8, -0x1.3b40000000000p+7, 0x1.2a80000000000p+8, 0x1.ca5ba5e353f7cp+8, 0x1.fe76c8b5be770p+30, 0x1.fffffffc00000p+30}, {-0x1.4f00000000000p+8, 0x1.6accccccccccap+6, 0x1.1400000000000p+7, 0x1.2a80000000000p+8, 0x1.fffffffc00000p+30}},
        {7, 0, 5, 0x1.d500000000000p+8, {-0x1.2500000000000p+9, -0x1.2b00000000000p+7, 0x1.d500000000000p+8, 0x1.36322d0e56041p+9, 0x1.d68b439581063p+9, 0x1.d700000000000p+9}, {-0x1.2500000000000p+9, 0x1.d666666666664p+6, 0x1.2800000000000p+7, 0x1.d500000000000p+8, 0x1.d700000000000p+9}},
        {10, 0, 6, 0x1.4d00000000000p+7, {-0x1.c080000000000p+9, -0x1.6280000000000p+9, 0x1.4d00000000000p+7, 0x1.de16872b020c4p+8, 0x1.db50e56041895p+9, 0x1.dc00000000000p+9}, {-0x1.c080000000000p+9, -0x1.e9cccccccccd1p+7, -0x1.9c00000000000p+6, 0x1.4d00000000000p+7, 0x1.dc00000000000p+9}},
        {11, 0, 7, -0x1.ea00000000000p+7, {-0x1.bb80000000000p+9, -0x1.a000000000000p+9, -0x1.ea00000000000p+7, 0x1.b65c28f5c28e9p+7, 0x1.e03d70a3d70a6p+9, 0x1.e100000000000p+9}, {-0x1.bb80000000000p+9, -0x1.1b00000000000p+9, -0x1.01aaaaaaaaaabp+9, -0x1.ea00000000000p+7, 0x1.e100000000000p+9}},
        {100, 0, 8, -0x1.0000000000000p-1, {-0x1.e200000000000p+9, -0x1.6bd0000000000p+9, -0x1.0000000000000p-1, 0x1.3767ef9db22d0p+8, 0x1.fffffffc00000p+30, 0x1.fffffffc00000p+30}, {-0x1.e200000000000p+9, -0x1.881999999999ap+8, -0x1.4200000000000p+8, -0x1.0000000000000p-1, 0x1.fffffffc00000p+30}},
        {101, 0, 9, 0x1.a800000000000p+5, {-0x1.0000000000000p+31, -0x1.58c0000000000p+9, 0x1.a800000000000p+5, 0x1.7266666666666p+8, 0x1.fffffffc00000p+30, 0x1.fffffffc00000p+30}, {-0x1.0000000000000p+31, -0x1.2f00000000000p+8, -0x1.0100000000001p+8, 0x1.a800000000000p+5, 0x1.fffffffc00000p+30}},
        {999, 0, 10, 0x1.0000000000000p+0, {-0x1.0000000000000p+31, -0x1.7d80000000000p+9, 0x1.0000000000000p+0, 0x1.5aac083126e90p+8, 0x1.fffffffc00000p+30, 0x1.fffffffc00000p+30}, {-0x1.0000000000000p+31, -0x1.9566666666668p+8, -0x1.5355555555558p+8, 0x1.0000000000000p+0, 0x1.fffffffc00000p+30}},
        {1000, 0, 11, -0x1.5000000000000p+3, {-0x1.0000000000000p+31, -0x1.8140000000000p+9, -0x1.5000000000000p+3, 0x1.4c55810624dd2p+8, 0x1.fffffffc00000p+30, 0x1.fffffffc00000p+30}, {-0x1.0000000000000p+31, -0x1.9e4cccccccccdp+8, -0x1.5d00000000000p+8, -0x1.5000000000000p+3, 0x1.fffffffc00000p+30}},
        {40000, 0, 12, 0x0.0p+0, {-0x1.0000000000000p+31, -0x1.7f00000000000p+9, 0x0.0p+0, 0x1.5300000000000p+8, 0x1.fffffffc00000p+30, 0x1.fffffffc00000p+30}, {-0x1.0000000000000p+31, -0x1.9900000000000p+8, -0x1.5500000000000p+8, 0x0.0p+0, 0x1.fffffffc00000p+30}},
        {40001, 0, 13, 0x0.0p+0, {-0x1.0000000000000p+31, -0x1.7f00000000000p+9, 0x0.0p+0, 0x1.5300000000000p+8, 0x1.fffffffc00000p+30, 0x1.fffffffc00000p+30}, {-0x1.0000000000000p+31, -0x1.9800000000000p+8, -0x1.5400000000000p+8, 0x0.0p+0, 0x1.fffffffc00000p+30}},
        {1000003, 0, 14, 0x0.0p+0, {-0x1.0000000000000p+31, -0x1.7f00000000000p+9, 0x0.0p+0, 0x1.5300000000000p+8, 0x1.fffffffc00000p+30, 0x1.fffffffc00000p+30}, {-0x1.0000000000000p+31, -0x1.9800000000000p+8, -0x1.5400000000000p+8, 0x0.0p+0, 0x1.fffffffc00000p+30}},
        {1000004, 0, 15, 0x0.0p+0, {-0x1.0000000000000p+31, -0x1.7f00000000000p+9, 0x0.0p+0, 0x1.5300000000000p+8, 0x1.fffffffc00000p+30, 0x1.fffffffc00000p+30}, {-0x1.0000000000000p+31, -0x1.9800000000000p+8, -0x1.5400000000000p+8, 0x0.0p+0, 0x1.fffffffc00000p+30}},
        {1000003, 0, 16, 0x0.0p+0, {-0x1.0000000000000p+31, -0x1.7f00000000000p+9, 0x0.0p+0, 0x1.5300000000000p+8, 0x1.fffffffc00000p+30, 0x1.fffffffc00000p+30}, {-0x1.0000000000000p+31, -0x1.9800000000000p+8, -0x1.5400000000000p+8, 0x0.0p+0, 0x1.fffffffc00000p+30}},
    };
    // {shape, axes, keepdims, result shape, FNV-1a of the median, the percentiles, the quantiles} of order_data<int32>(size, nan_every 0, seed 3) (0: raises)
    static constexpr axis_case int32_axes[] = {
        {{}, all, false, {}, {0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u}},
        {{}, {}, true, {}, {0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u}},
        {{5}, all, false, {}, {0x86fc8a34e9a47a18u, 0x864ad234e90ca2c4u, 0x97540c3462b653a5u, 0x86fc8a34e9a47a18u, 0x5d216c05d11497dau, 0x73737ba40ae6b29cu, 0x3226c032759014f9u, 0x864ad234e90ca2c4u, 0x4651abc4501a3bddu, 0xa0a9bf2768282793u, 0x86fc8a34e9a47a18u, 0x3226c032759014f9u}},
        {{5}, {}, false, {5}, {0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au}},
        {{5}, {0}, true, {1}, {0x86fc8a34e9a47a18u, 0x864ad234e90ca2c4u, 0x97540c3462b653a5u, 0x86fc8a34e9a47a18u, 0x5d216c05d11497dau, 0x73737ba40ae6b29cu, 0x3226c032759014f9u, 0x864ad234e90ca2c4u, 0x4651abc4501a3bddu, 0xa0a9bf2768282793u, 0x86fc8a34e9a47a18u, 0x3226c032759014f9u}},
        {{6}, all, false, {}, {0x380e4030c5f4e31du, 0x864ad234e90ca2c4u, 0x1d78e130b6baf8e7u, 0x380e4030c5f4e31du, 0x96699e438fd1bd50u, 0xbbd12fac590cf52cu, 0x3226c032759014f9u, 0x864ad234e90ca2c4u, 0x098fe4313d142b2fu, 0x92ab427f513a34b0u, 0x380e4030c5f4e31du, 0x3226c032759014f9u}},
        {{6}, {}, false, {6}, {0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu}},
        {{6}, {0}, true, {1}, {0x380e4030c5f4e31du, 0x864ad234e90ca2c4u, 0x1d78e130b6baf8e7u, 0x380e4030c5f4e31du, 0x96699e438fd1bd50u, 0xbbd12fac590cf52cu, 0x3226c032759014f9u, 0x864ad234e90ca2c4u, 0x098fe4313d142b2fu, 0x92ab427f513a34b0u, 0x380e4030c5f4e31du, 0x3226c032759014f9u}},
        {{0}, all, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0}, {0}, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{4, 6}, all, true, {1, 1}, {0x13f126353a26574au, 0x072c2c313b0c725bu, 0xbda9b435095fc3c6u, 0x13f126353a26574au, 0xdc4e44fe6c4bf618u, 0x57fbd0a6bf335dbeu, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0xb9a107c3ffd21ddfu, 0x93ea5725bc8207d5u, 0x13f126353a26574au, 0xdab64631b3e6576eu}},
        {{4, 6}, {}, false, {4, 6}, {0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u}},
        {{4, 6}, {0}, false, {6}, {0xe39248a17b9f5736u, 0x85eb8e69a1c7d635u, 0x29397159b000d331u, 0xe39248a17b9f5736u, 0xcb56b269fb7e5037u, 0x521c82e64439eb04u, 0x35e1b40966c33256u, 0x85eb8e69a1c7d635u, 0x2fb202d0156fa9b8u, 0x2d7e860f01d20c94u, 0xe39248a17b9f5736u, 0x35e1b40966c33256u}},
        {{4, 6}, {1}, true, {4, 1}, {0xfe3175d72a92c864u, 0xd1f96e0099d9bb8du, 0x87a54e838d2fc202u, 0xfe3175d72a92c864u, 0x5b0440b00598c36cu, 0xa2f7b702b50dc015u, 0xc37802283a31f676u, 0xd1f96e0099d9bb8du, 0x842788aa17d38e97u, 0xdc76dabe1bfe92abu, 0xfe3175d72a92c864u, 0xc37802283a31f676u}},
        {{4, 6}, {0, 1}, false, {}, {0x13f126353a26574au, 0x072c2c313b0c725bu, 0xbda9b435095fc3c6u, 0x13f126353a26574au, 0xdc4e44fe6c4bf618u, 0x57fbd0a6bf335dbeu, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0xb9a107c3ffd21ddfu, 0x93ea5725bc8207d5u, 0x13f126353a26574au, 0xdab64631b3e6576eu}},
        {{7, 3}, all, false, {}, {0xa983a23228ba4dd4u, 0x072c2c313b0c725bu, 0x180b9e30b491ca50u, 0xa983a23228ba4dd4u, 0xb5686efdc1ace448u, 0xeca470d86e890369u, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0x484f36331364640au, 0x50c0367d7838c20eu, 0xa983a23228ba4dd4u, 0xdab64631b3e6576eu}},
        {{7, 3}, {}, true, {7, 3}, {0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u}},
        {{7, 3}, {0}, false, {3}, {0x5cd94742eaf3905fu, 0xeec9e4fdd8a85db0u, 0xe1a23e95937510b9u, 0x5cd94742eaf3905fu, 0x4271cda811f45216u, 0x8759982008aeec48u, 0xa449c070e592a7a4u, 0xeec9e4fdd8a85db0u, 0x657de7f2880e5a5au, 0x346a658928eb129bu, 0x5cd94742eaf3905fu, 0xa449c070e592a7a4u}},
        {{7, 3}, {1}, false, {7}, {0xeadec8188a2e9330u, 0xda4e447ec3a363bfu, 0x9efd7da92c7327b7u, 0xeadec8188a2e9330u, 0x7e0762e1626afa33u, 0x2ad027d24c337c62u, 0x6688eda201da7ac8u, 0xda4e447ec3a363bfu, 0xb0d2ee576c5423d4u, 0xff32be468462b071u, 0xeadec8188a2e9330u, 0x6688eda201da7ac8u}},
        {{7, 3}, {0, 1}, true, {1, 1}, {0xa983a23228ba4dd4u, 0x072c2c313b0c725bu, 0x180b9e30b491ca50u, 0xa983a23228ba4dd4u, 0xb5686efdc1ace448u, 0xeca470d86e890369u, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0x484f36331364640au, 0x50c0367d7838c20eu, 0xa983a23228ba4dd4u, 0xdab64631b3e6576eu}},
        {{1, 9}, all, false, {}, {0x86fc8a34e9a47a18u, 0x072c2c313b0c725bu, 0x864ad234e90ca2c4u, 0x86fc8a34e9a47a18u, 0x04828d8bc57d7b3au, 0x7e4093846c70cdaau, 0x1fdfa231db0893acu, 0x072c2c313b0c725bu, 0x292071c560ede7e2u, 0x303a0b2606411031u, 0x86fc8a34e9a47a18u, 0x1fdfa231db0893acu}},
        {{1, 9}, {}, false, {1, 9}, {0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u}},
        {{1, 9}, {0}, true, {1, 9}, {0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u}},
        {{1, 9}, {1}, false, {1}, {0x86fc8a34e9a47a18u, 0x072c2c313b0c725bu, 0x864ad234e90ca2c4u, 0x86fc8a34e9a47a18u, 0x04828d8bc57d7b3au, 0x7e4093846c70cdaau, 0x1fdfa231db0893acu, 0x072c2c313b0c725bu, 0x292071c560ede7e2u, 0x303a0b2606411031u, 0x86fc8a34e9a47a18u, 0x1fdfa231db0893acu}},
        {{1, 9}, {0, 1}, false, {}, {0x86fc8a34e9a47a18u, 0x072c2c313b0c725bu, 0x864ad234e90ca2c4u, 0x86fc8a34e9a47a18u, 0x04828d8bc57d7b3au, 0x7e4093846c70cdaau, 0x1fdfa231db0893acu, 0x072c2c313b0c725bu, 0x292071c560ede7e2u, 0x303a0b2606411031u, 0x86fc8a34e9a47a18u, 0x1fdfa231db0893acu}},
        {{0, 4}, all, true, {1, 1}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0, 4}, {0}, false, {4}, {0xcb78d0fe07bedd85u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0, 4}, {1}, false, {0}, {0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u}},
        {{0, 4}, {0, 1}, true, {1, 1}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, all, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, {0}, false, {0}, {0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u}},
        {{3, 0}, {1}, true, {3, 1}, {0xeb295c248e0f0670u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, {0, 1}, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{2, 3, 5}, all, false, {}, {0x13c1123539fd118cu, 0xaae7773229e7c4f2u, 0xd7b53d351825d8ebu, 0x13c1123539fd118cu, 0x03f22e42ed9ce580u, 0x22a20e5d0db30c6fu, 0xdab64631b3e6576eu, 0xaae7773229e7c4f2u, 0x86687a6e7f76a17cu, 0xd8e59f25e37e6455u, 0x13c1123539fd118cu, 0xdab64631b3e6576eu}},
        {{2, 3, 5}, {}, true, {2, 3, 5}, {0x45fb94312a11efd8u, 0x45fb94312a11efd8u, 0x45fb94312a11efd8u, 0x45fb94312a11efd8u, 0x45fb94312a11efd8u, 0x45fb94312a11efd8u, 0x45fb94312a11efd8u, 0x45fb94312a11efd8u, 0x45fb94312a11efd8u, 0x45fb94312a11efd8u, 0x45fb94312a11efd8u, 0x45fb94312a11efd8u}},
        {{2, 3, 5}, {0}, false, {3, 5}, {0xbf003b3dd0ced859u, 0xc1bc0a52a9ebe777u, 0xdae59983fd87bc37u, 0xb75123b4a1836465u, 0x5ad77a827b46fedau, 0x069c19492c6e3d84u, 0x113a93a96661c14au, 0xc1bc0a52a9ebe777u, 0x7c476a033b80ef61u, 0xe0528b48e0c55e72u, 0xb75123b4a1836465u, 0x113a93a96661c14au}},
        {{2, 3, 5}, {1}, false, {2, 5}, {0x14875573215cb5d0u, 0x31deddf879173d0du, 0x8813713a1edcdbeau, 0x14875573215cb5d0u, 0x327838bcb1730f7fu, 0x9b56f96587151101u, 0x4a78990d04461d71u, 0x31deddf879173d0du, 0x1b5016bf8ecf4ff0u, 0xf44e16b73e03c1f3u, 0x14875573215cb5d0u, 0x4a78990d04461d71u}},
        {{2, 3, 5}, {2}, true, {2, 3, 1}, {0x4465de48451601b5u, 0x148ce6eaab181a2cu, 0xa183e5b35c4b2383u, 0x4465de48451601b5u, 0x91ddaeddccdbf3a5u, 0x9e8a6a87852bbde3u, 0x17266fdf638eb5aeu, 0x148ce6eaab181a2cu, 0x19d234f6c840dea3u, 0x10e24dd59f9ee118u, 0x4465de48451601b5u, 0x17266fdf638eb5aeu}},
        {{2, 3, 5}, {0, 1}, false, {5}, {0x7d4aecac23d25fa3u, 0x8241de9022320be0u, 0xd6a839e9e1a880c1u, 0x7d4aecac23d25fa3u, 0x967a5a946eb3a2cfu, 0xef27824c1f2de6b9u, 0xc0f15025e85ada35u, 0x8241de9022320be0u, 0xc61f2b6e6e1c3762u, 0x0a23fc5a35b412a8u, 0x7d4aecac23d25fa3u, 0xc0f15025e85ada35u}},
        {{2, 3, 5}, {0, 2}, false, {3}, {0xf0a9f4e2ddd64e39u, 0x42284d941c1b4990u, 0xb9f6e1eb342e0823u, 0xf0a9f4e2ddd64e39u, 0xf410210cc2457209u, 0xfcd340302b685e63u, 0x8c50629ac7fd5a6du, 0x42284d941c1b4990u, 0x0d38569ab7eadd85u, 0x48fc350fec77b52du, 0xf0a9f4e2ddd64e39u, 0x8c50629ac7fd5a6du}},
        {{2, 3, 5}, {1, 2}, true, {2, 1, 1}, {0xa577f2be3a2154f5u, 0xf834cbb387b1f328u, 0x883373c28f7af162u, 0xa577f2be3a2154f5u, 0x9c89258a37624860u, 0xaa9a17357bfa11a5u, 0x7b3a9ebab209c6ecu, 0xf834cbb387b1f328u, 0xbf1a22d315062a52u, 0x294025813f43d1bdu, 0xa577f2be3a2154f5u, 0x7b3a9ebab209c6ecu}},
        {{2, 3, 5}, {0, 1, 2}, false, {}, {0x13c1123539fd118cu, 0xaae7773229e7c4f2u, 0xd7b53d351825d8ebu, 0x13c1123539fd118cu, 0x03f22e42ed9ce580u, 0x22a20e5d0db30c6fu, 0xdab64631b3e6576eu, 0xaae7773229e7c4f2u, 0x86687a6e7f76a17cu, 0xd8e59f25e37e6455u, 0x13c1123539fd118cu, 0xdab64631b3e6576eu}},
        {{4, 1, 6}, all, false, {}, {0x13f126353a26574au, 0x072c2c313b0c725bu, 0xbda9b435095fc3c6u, 0x13f126353a26574au, 0xdc4e44fe6c4bf618u, 0x57fbd0a6bf335dbeu, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0xb9a107c3ffd21ddfu, 0x93ea5725bc8207d5u, 0x13f126353a26574au, 0xdab64631b3e6576eu}},
        {{4, 1, 6}, {}, true, {4, 1, 6}, {0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u}},
        {{4, 1, 6}, {0}, false, {1, 6}, {0xe39248a17b9f5736u, 0x85eb8e69a1c7d635u, 0x29397159b000d331u, 0xe39248a17b9f5736u, 0xcb56b269fb7e5037u, 0x521c82e64439eb04u, 0x35e1b40966c33256u, 0x85eb8e69a1c7d635u, 0x2fb202d0156fa9b8u, 0x2d7e860f01d20c94u, 0xe39248a17b9f5736u, 0x35e1b40966c33256u}},
        {{4, 1, 6}, {1}, false, {4, 6}, {0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u}},
        {{4, 1, 6}, {2}, true, {4, 1, 1}, {0xfe3175d72a92c864u, 0xd1f96e0099d9bb8du, 0x87a54e838d2fc202u, 0xfe3175d72a92c864u, 0x5b0440b00598c36cu, 0xa2f7b702b50dc015u, 0xc37802283a31f676u, 0xd1f96e0099d9bb8du, 0x842788aa17d38e97u, 0xdc76dabe1bfe92abu, 0xfe3175d72a92c864u, 0xc37802283a31f676u}},
        {{4, 1, 6}, {0, 1}, false, {6}, {0xe39248a17b9f5736u, 0x85eb8e69a1c7d635u, 0x29397159b000d331u, 0xe39248a17b9f5736u, 0xcb56b269fb7e5037u, 0x521c82e64439eb04u, 0x35e1b40966c33256u, 0x85eb8e69a1c7d635u, 0x2fb202d0156fa9b8u, 0x2d7e860f01d20c94u, 0xe39248a17b9f5736u, 0x35e1b40966c33256u}},
        {{4, 1, 6}, {0, 2}, false, {1}, {0x13f126353a26574au, 0x072c2c313b0c725bu, 0xbda9b435095fc3c6u, 0x13f126353a26574au, 0xdc4e44fe6c4bf618u, 0x57fbd0a6bf335dbeu, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0xb9a107c3ffd21ddfu, 0x93ea5725bc8207d5u, 0x13f126353a26574au, 0xdab64631b3e6576eu}},
        {{4, 1, 6}, {1, 2}, true, {4, 1, 1}, {0xfe3175d72a92c864u, 0xd1f96e0099d9bb8du, 0x87a54e838d2fc202u, 0xfe3175d72a92c864u, 0x5b0440b00598c36cu, 0xa2f7b702b50dc015u, 0xc37802283a31f676u, 0xd1f96e0099d9bb8du, 0x842788aa17d38e97u, 0xdc76dabe1bfe92abu, 0xfe3175d72a92c864u, 0xc37802283a31f676u}},
        {{4, 1, 6}, {0, 1, 2}, false, {}, {0x13f126353a26574au, 0x072c2c313b0c725bu, 0xbda9b435095fc3c6u, 0x13f126353a26574au, 0xdc4e44fe6c4bf618u, 0x57fbd0a6bf335dbeu, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0xb9a107c3ffd21ddfu, 0x93ea5725bc8207d5u, 0x13f126353a26574au, 0xdab64631b3e6576eu}},
        {{3, 4, 2, 5}, all, false, {}, {0x7d534c30ed2f1223u, 0xaae7773229e7c4f2u, 0xe73bab324bfd54a3u, 0x7d534c30ed2f1223u, 0x70573df2abbf0558u, 0x0ce62a8f85482cc6u, 0x0ce62a8f85482cc6u, 0xaae7773229e7c4f2u, 0x63ede60d27a6e7a5u, 0x5090227d780f7c50u, 0x7d534c30ed2f1223u, 0x0ce62a8f85482cc6u}},
        {{3, 4, 2, 5}, {}, true, {3, 4, 2, 5}, {0xb209a5326b7f2311u, 0xb209a5326b7f2311u, 0xb209a5326b7f2311u, 0xb209a5326b7f2311u, 0xb209a5326b7f2311u, 0xb209a5326b7f2311u, 0xb209a5326b7f2311u, 0xb209a5326b7f2311u, 0xb209a5326b7f2311u, 0xb209a5326b7f2311u, 0xb209a5326b7f2311u, 0xb209a5326b7f2311u}},
        {{3, 4, 2, 5}, {0}, false, {4, 2, 5}, {0x8338b4bb6bf23cb0u, 0x5f251a4e5b96e4acu, 0x2d7f3a21133300d3u, 0x8338b4bb6bf23cb0u, 0xdc2bd33c207b5d5du, 0x958a1250891e4516u, 0x7deeb7d42ed1c2e1u, 0x5f251a4e5b96e4acu, 0x1c97d33d12097f7bu, 0x1117f085f07fe302u, 0x8338b4bb6bf23cb0u, 0x7deeb7d42ed1c2e1u}},
        {{3, 4, 2, 5}, {1}, false, {3, 2, 5}, {0xd0a918573ec9754du, 0x719c94d0bd376bbau, 0xfde519295812e2b2u, 0xd0a918573ec9754du, 0x2254764aa021290eu, 0xc21881382a3403f9u, 0x43c8227423719ca8u, 0x719c94d0bd376bbau, 0xf30b06536977c58du, 0x8afcc4f4336afe1eu, 0xd0a918573ec9754du, 0x43c8227423719ca8u}},
        {{3, 4, 2, 5}, {2}, true, {3, 4, 1, 5}, {0xaf63267efd3aa4a4u, 0x9b44ef6b88ac15f4u, 0x6b628a9da7f678ceu, 0x98853c3c22cd7544u, 0xf4649aed5b3cca7bu, 0x5564fb7e934e2230u, 0x2c7693f3f99818c4u, 0x9b44ef6b88ac15f4u, 0x93613f12820da5c6u, 0x3e28795a40fdad4fu, 0x98853c3c22cd7544u, 0x2c7693f3f99818c4u}},
        {{3, 4, 2, 5}, {3}, false, {3, 4, 2}, {0xf69b30d264b06443u, 0x2711ef07d1d6a87bu, 0x013f51f443983fb8u, 0xf69b30d264b06443u, 0xafe2f96dbc5f9d00u, 0x494799132fe24ccbu, 0x8fa31dd04f5f1e07u, 0x2711ef07d1d6a87bu, 0x114d9332af469ff0u, 0xa09eba87ba01844du, 0xf69b30d264b06443u, 0x8fa31dd04f5f1e07u}},
        {{3, 4, 2, 5}, {0, 1}, false, {2, 5}, {0xc19dd2eb9463e8e4u, 0x077e6cae75e2177du, 0x49dbd4bab9b5ca97u, 0xc19dd2eb9463e8e4u, 0xebca952131f40dbfu, 0x9d38d5ea9a78ae75u, 0xea6ff5daf751b796u, 0x077e6cae75e2177du, 0xa687a1574d1f58dbu, 0x8d76b33b5a1986b3u, 0xc19dd2eb9463e8e4u, 0xea6ff5daf751b796u}},
        {{3, 4, 2, 5}, {0, 2}, true, {1, 4, 1, 5}, {0xde0368364e9419c5u, 0x3bc66a0576b23ebbu, 0xdc595252dc7b460au, 0xde0368364e9419c5u, 0x277c035b6c1a6740u, 0xb4d7319c693abed8u, 0xb04ab218e1687d09u, 0x3bc66a0576b23ebbu, 0x5d16ae7ab73ef522u, 0x9a684e45bb83a529u, 0xde0368364e9419c5u, 0xb04ab218e1687d09u}},
        {{3, 4, 2, 5}, {0, 3}, false, {4, 2}, {0xa6c9e30435ad26fau, 0xdb9e6600be70c189u, 0x11b095cd4053d5b6u, 0xa6c9e30435ad26fau, 0xcacadd365bf30408u, 0x486886466b9b96ddu, 0xb72a20d2a0b9aba5u, 0xdb9e6600be70c189u, 0x7ffc4de19a5daff6u, 0xf8163c33a503d5a8u, 0xa6c9e30435ad26fau, 0xb72a20d2a0b9aba5u}},
        {{3, 4, 2, 5}, {1, 2}, false, {3, 5}, {0x25405e072be15ddau, 0x503b733d4be184ceu, 0x5034bf3544d29ea5u, 0x25405e072be15ddau, 0x5ce9bb0301107186u, 0x456b4dd08e3d23b6u, 0x61e0cd3d549d8bb0u, 0x503b733d4be184ceu, 0x3ae6a5223d0e0decu, 0xb0e32f1af1b99338u, 0x25405e072be15ddau, 0x61e0cd3d549d8bb0u}},
        {{3, 4, 2, 5}, {1, 3}, true, {3, 1, 2, 1}, {0xf1f689f19067d968u, 0x0a89a5403ff4482cu, 0xa3d34e0d71d508aeu, 0xf1f689f19067d968u, 0xbeca1c27ef067fc3u, 0x4ce898456734ccafu, 0xf15309f75a69aa87u, 0x0a89a5403ff4482cu, 0xd6a48e0682f908f9u, 0xb49fee3761b4deb4u, 0xf1f689f19067d968u, 0xf15309f75a69aa87u}},
        {{3, 4, 2, 5}, {2, 3}, false, {3, 4}, {0xd2ab6d3a0495a44eu, 0x66cc7eeb85b72fc4u, 0xdf0b739ad3d8fee3u, 0xd2ab6d3a0495a44eu, 0xf24d9648490f49feu, 0xf974d94e7fd287aeu, 0x10b2163745006e21u, 0x66cc7eeb85b72fc4u, 0xe35348da311207d8u, 0x19fe979107c0c73fu, 0xd2ab6d3a0495a44eu, 0x10b2163745006e21u}},
        {{3, 4, 2, 5}, {0, 1, 2}, false, {5}, {0x91a75b457c50ce97u, 0x732af93b7ac3c67cu, 0x21fc4b27c4733c32u, 0x91a75b457c50ce97u, 0x11de929e64993669u, 0x4d11c030f029923eu, 0xe5b3b7314e531a9eu, 0x732af93b7ac3c67cu, 0xe623f9eca0a29b41u, 0x1a298204d296b5ecu, 0x91a75b457c50ce97u, 0xe5b3b7314e531a9eu}},
        {{3, 4, 2, 5}, {0, 1, 3}, true, {1, 1, 2, 1}, {0x2dec8817937a81b2u, 0x62a11b7012aab335u, 0xf4d275927b5a343du, 0x2dec8817937a81b2u, 0xdd725d13de0b7315u, 0xa9c13e46e7eefab1u, 0x5183a273d7dc3bb4u, 0x62a11b7012aab335u, 0x0317b1a32306e72au, 0xeac143917cc06902u, 0x2dec8817937a81b2u, 0x5183a273d7dc3bb4u}},
        {{3, 4, 2, 5}, {0, 2, 3}, false, {4}, {0x4ab70a896ae81305u, 0x3b9f716327ea1bbfu, 0xbbeb2c1e846a268au, 0x4ab70a896ae81305u, 0x818d05926f7e10e9u, 0x632c79f0d872b9d8u, 0x574bd5ef52f59e39u, 0x3b9f716327ea1bbfu, 0x5c3a728c5a73c956u, 0x2ca58f83b02ce14eu, 0x4ab70a896ae81305u, 0x574bd5ef52f59e39u}},
        {{3, 4, 2, 5}, {1, 2, 3}, false, {3}, {0x4241d003fc304f05u, 0x085af9ac16d1f5e4u, 0x28a80d78923052c1u, 0x4241d003fc304f05u, 0x26840e9a360e1b52u, 0x02bd37451ceebae2u, 0xb73e35b6ee3bb636u, 0x085af9ac16d1f5e4u, 0xb1b7421b96c4f111u, 0x4ff5830b0a8165e6u, 0x4241d003fc304f05u, 0xb73e35b6ee3bb636u}},
        {{3, 4, 2, 5}, {0, 1, 2, 3}, true, {1, 1, 1, 1}, {0x7d534c30ed2f1223u, 0xaae7773229e7c4f2u, 0xe73bab324bfd54a3u, 0x7d534c30ed2f1223u, 0x70573df2abbf0558u, 0x0ce62a8f85482cc6u, 0x0ce62a8f85482cc6u, 0xaae7773229e7c4f2u, 0x63ede60d27a6e7a5u, 0x5090227d780f7c50u, 0x7d534c30ed2f1223u, 0x0ce62a8f85482cc6u}},
        {{2, 2, 3, 4}, all, false, {}, {0x095a04313ce6d21fu, 0xaae7773229e7c4f2u, 0x4403e9315d90e898u, 0x095a04313ce6d21fu, 0x1892db9a7d2203cbu, 0xa0a17cd66b3cfc44u, 0x4498f434c4dcd8d3u, 0xaae7773229e7c4f2u, 0xe268968e218adb50u, 0xa5666c7fec24baefu, 0x095a04313ce6d21fu, 0x4498f434c4dcd8d3u}},
        {{2, 2, 3, 4}, {}, false, {2, 2, 3, 4}, {0x493241755584efa1u, 0x493241755584efa1u, 0x493241755584efa1u, 0x493241755584efa1u, 0x493241755584efa1u, 0x493241755584efa1u, 0x493241755584efa1u, 0x493241755584efa1u, 0x493241755584efa1u, 0x493241755584efa1u, 0x493241755584efa1u, 0x493241755584efa1u}},
        {{2, 2, 3, 4}, {0}, true, {1, 2, 3, 4}, {0xbeb54963d0d69505u, 0x111c3f5c843d03d4u, 0x8d29c0c82d17d4ceu, 0xbeb54963d0d69505u, 0x6e32b0c607321da0u, 0xac60a511f4f6d4eeu, 0x60a3799bbca5329cu, 0x111c3f5c843d03d4u, 0x04c23ba160c01865u, 0xc5d5f34f6a835f4au, 0xbeb54963d0d69505u, 0x60a3799bbca5329cu}},
        {{2, 2, 3, 4}, {1}, false, {2, 3, 4}, {0x5b6ec9f4674b4358u, 0xc82e1e54d2b3f50eu, 0x30378cae30402518u, 0x5b6ec9f4674b4358u, 0xfff563a20701fa32u, 0x3901d2dc607e1a33u, 0x19ee0c7510fd3686u, 0xc82e1e54d2b3f50eu, 0xa50a7f817c96fafbu, 0xf03c342c4539a1f3u, 0x5b6ec9f4674b4358u, 0x19ee0c7510fd3686u}},
        {{2, 2, 3, 4}, {2}, false, {2, 2, 4}, {0xcfc48ae13854c37du, 0x14cedee32946157fu, 0xf9d599eb4f87065au, 0xcfc48ae13854c37du, 0xe4c23f47347541bau, 0xf17af7a39fbc9224u, 0xd533c91e3b4ed1cfu, 0x14cedee32946157fu, 0x4f97d66ba092b4c7u, 0xde916c94057ec7f2u, 0xcfc48ae13854c37du, 0xd533c91e3b4ed1cfu}},
        {{2, 2, 3, 4}, {3}, true, {2, 2, 3, 1}, {0xa7482d5be315748eu, 0x0d93010bbe44641bu, 0x5a3475c06dd59af3u, 0xa7482d5be315748eu, 0xe79c9da33c861d7cu, 0x30cc69f85b3fa67du, 0x807b7539ad1064c2u, 0x0d93010bbe44641bu, 0x161a56a8edbe57adu, 0xc9547953c9491a0cu, 0xa7482d5be315748eu, 0x807b7539ad1064c2u}},
        {{2, 2, 3, 4}, {0, 1}, false, {3, 4}, {0xa252b96eec2fd002u, 0xb9d4741848c76841u, 0xdc67c418f14fd540u, 0xa252b96eec2fd002u, 0x151dd537ba273956u, 0x06842455860505b6u, 0xcd99dcd90e89d518u, 0xb9d4741848c76841u, 0xf589eb3fd1e5c98au, 0x2f3abfac86fd97b7u, 0xa252b96eec2fd002u, 0xcd99dcd90e89d518u}},
        {{2, 2, 3, 4}, {0, 2}, false, {2, 4}, {0xacbacf9365426f07u, 0x79e58535937d4226u, 0x577b61f793026310u, 0xacbacf9365426f07u, 0x83a59c4d1572134bu, 0x266eb5f9f1d309c5u, 0x9bc009a930cda016u, 0x79e58535937d4226u, 0x1c8add0b2a6c2089u, 0x4b4bd5aa409c74cbu, 0xacbacf9365426f07u, 0x9bc009a930cda016u}},
        {{2, 2, 3, 4}, {0, 3}, true, {1, 2, 3, 1}, {0xd6af2e25ed730372u, 0x178782bbfe21ea26u, 0x6710d39e09649338u, 0xd6af2e25ed730372u, 0x8d3c53e557f592d9u, 0xcc93eb50f7d8eb5eu, 0x83abdb6e1364de98u, 0x178782bbfe21ea26u, 0x605ead286e77109du, 0x906711a901bb66f4u, 0xd6af2e25ed730372u, 0x83abdb6e1364de98u}},
        {{2, 2, 3, 4}, {1, 2}, false, {2, 4}, {0x083c0af4f50955e4u, 0x6ae1fe5199ba51f0u, 0x9284a4cdfde24a8du, 0x083c0af4f50955e4u, 0x9716eccad7a32d44u, 0xc09d61dd83580cb1u, 0xf70076ccbb24f2ceu, 0x6ae1fe5199ba51f0u, 0xe80874a6967695e8u, 0xd8d6a264909870e6u, 0x083c0af4f50955e4u, 0xf70076ccbb24f2ceu}},
        {{2, 2, 3, 4}, {1, 3}, false, {2, 3}, {0xd6e82ed5e1359a7eu, 0x55ca1be106fd021au, 0x565dd6eafb0114f7u, 0xd6e82ed5e1359a7eu, 0x02446923ccbc7c1au, 0xc14cee98f06d8689u, 0xc2a84bbcad8405edu, 0x55ca1be106fd021au, 0x87c81a82b156c6c7u, 0xdc570a6fb5ec9232u, 0xd6e82ed5e1359a7eu, 0xc2a84bbcad8405edu}},
        {{2, 2, 3, 4}, {2, 3}, true, {2, 2, 1, 1}, {0x853b5f33d3ac2f78u, 0x9f2fc9623f40450bu, 0xcf70c0627c3bbd77u, 0x853b5f33d3ac2f78u, 0xdcef609bd2f131e1u, 0x1bc42f53380e07d6u, 0x5de6c6a4e1ab80f5u, 0x9f2fc9623f40450bu, 0xb67d647402b3e1f0u, 0x54a3fb8b65840160u, 0x853b5f33d3ac2f78u, 0x5de6c6a4e1ab80f5u}},
        {{2, 2, 3, 4}, {0, 1, 2}, false, {4}, {0xe5e6b30185ff2524u, 0xcb4607a8b16f473du, 0x5ed3d2706d7701c3u, 0xe5e6b30185ff2524u, 0x3642c4a92aff9cb6u, 0x9ead00b44352ca39u, 0x71e9ff5597de4fe4u, 0xcb4607a8b16f473du, 0xb1f472ff0dc18cd2u, 0xda470e686948de06u, 0xe5e6b30185ff2524u, 0x71e9ff5597de4fe4u}},
        {{2, 2, 3, 4}, {0, 1, 3}, false, {3}, {0x86e1961bf41de3edu, 0xd4360b13d1962477u, 0x65bca5061e7b8c57u, 0x86e1961bf41de3edu, 0xbcf7ee5d9d19007du, 0x7e9cbec50220b05bu, 0xb91aebae5a5e077au, 0xd4360b13d1962477u, 0x84f8ee9fe4faf5e3u, 0x507845984b9cee20u, 0x86e1961bf41de3edu, 0xb91aebae5a5e077au}},
        {{2, 2, 3, 4}, {0, 2, 3}, true, {1, 2, 1, 1}, {0x5151530764fc0b07u, 0x9a853b27a382d08fu, 0x1d1c5a8f2139a627u, 0x5151530764fc0b07u, 0x9ee08cd618618f55u, 0x6fe714c2902a6d34u, 0xf094d6ba637d7618u, 0x9a853b27a382d08fu, 0x8b5e7a117e3b3fe0u, 0x200811122d15cc72u, 0x5151530764fc0b07u, 0xf094d6ba637d7618u}},
        {{2, 2, 3, 4}, {1, 2, 3}, false, {2}, {0x55c4747a4548a6d8u, 0xf834cbb387b1f328u, 0x1e7f71900b1800afu, 0x55c4747a4548a6d8u, 0x9571a0d864087dfcu, 0x7ec0b3d48ec3aaf5u, 0xf094d6ba637d7618u, 0xf834cbb387b1f328u, 0x30cc9148abebde67u, 0xa82b9166fe9b4f5bu, 0x55c4747a4548a6d8u, 0xf094d6ba637d7618u}},
        {{2, 2, 3, 4}, {0, 1, 2, 3}, false, {}, {0x095a04313ce6d21fu, 0xaae7773229e7c4f2u, 0x4403e9315d90e898u, 0x095a04313ce6d21fu, 0x1892db9a7d2203cbu, 0xa0a17cd66b3cfc44u, 0x4498f434c4dcd8d3u, 0xaae7773229e7c4f2u, 0xe268968e218adb50u, 0xa5666c7fec24baefu, 0x095a04313ce6d21fu, 0x4498f434c4dcd8d3u}},
        {{2, 50001}, {1}, true, {2, 1}, {0x88201fb960ff6465u, 0x7e5c1628b53601c5u, 0xec10986b4377bf85u, 0x88201fb960ff6465u, 0xf52f4e5aab773a85u, 0x39a05b2943b056adu, 0x39a05b2943b056adu, 0x7e5c1628b53601c5u, 0xe4524e7614369ff5u, 0x67a6d1b227639ac5u, 0x88201fb960ff6465u, 0x39a05b2943b056adu}},
        {{50001, 2}, {0}, false, {2}, {0x88201fb960ff6465u, 0x7e5c1628b53601c5u, 0xfc194b490399b79du, 0x88201fb960ff6465u, 0xf52f4e5aab773a85u, 0x39a05b2943b056adu, 0x39a05b2943b056adu, 0x7e5c1628b53601c5u, 0x776dff1476e708c5u, 0x67a6d1b227639ac5u, 0x88201fb960ff6465u, 0x39a05b2943b056adu}},
        {{2, 150, 201}, {1, 2}, false, {2}, {0x88201fb960ff6465u, 0x7e5c1628b53601c5u, 0xec10986b4377bf85u, 0x88201fb960ff6465u, 0xf52f4e5aab773a85u, 0x39a05b2943b056adu, 0x39a05b2943b056adu, 0x7e5c1628b53601c5u, 0xe4524e7614369ff5u, 0x67a6d1b227639ac5u, 0x88201fb960ff6465u, 0x39a05b2943b056adu}},
        {{3, 40000}, {1}, true, {3, 1}, {0x81d23fd7003c2305u, 0x57e41b0b4f95c452u, 0x4d2ef2a5c52000bau, 0x81d23fd7003c2305u, 0xdeefaf8615fe3918u, 0x3a85f0c7d0a1094eu, 0x3a85f0c7d0a1094eu, 0x57e41b0b4f95c452u, 0xda779ce9da2dc6d4u, 0x858b275149586368u, 0x81d23fd7003c2305u, 0x3a85f0c7d0a1094eu}},
    };
    // {n, nan_every, seed, np.median(x), np.percentile(x, Q_PERCENT...), np.quantile(x, Q_FRACTION...)} of order_data<int64>
    const whole_case<double> int64_whole[] = {
        {1, 0, 1, -0x1.0280000000000p+9, {-0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9}, {-0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9, -0x1.0280000000000p+9}},
        {2, 0, 2, -0x1.af00000000000p+8, {-0x1.9e00000000000p+9, -0x1.6c60000000000p+9, -0x1.af00000000000p+8, -0x1.2b322d0e56043p+8, -0x1.165a1cac08306p+5, -0x1.1000000000000p+5}, {-0x1.9e00000000000p+9, -0x1.26e6666666666p+9, -0x1.19aaaaaaaaaabp+9, -0x1.af00000000000p+8, -0x1.1000000000000p+5}},
        {3, 0, 3, -0x1.8000000000000p+4, {-0x1.5900000000000p+8, -0x1.08c0000000000p+8, -0x1.8000000000000p+4, 0x1.0a126e978d4fbp+7, 0x1.c00dd2f1a9fc0p+8, 0x1.c100000000000p+8}, {-0x1.5900000000000p+8, -0x1.30ccccccccccdp+7, -0x1.0600000000000p+7, -0x1.8000000000000p+4, 0x1.c100000000000p+8}},
        {4, 0, 4, 0x1.2a80000000000p+8, {-0x1.4f00000000000p+8, -0x1.3b40000000000p+7, 0x1.2a80000000000p+8, 0x1.ca5ba5e353f7cp+8, 0x1.fe76c8b439584p+62, 0x1.0000000000000p+63}, {-0x1.4f00000000000p+8, 0x1.6accccccccccap+6, 0x1.1400000000000p+7, 0x1.2a80000000000p+8, 0x1.0000000000000p+63}},
        {7, 0, 5, 0x1.d500000000000p+8, {-0x1.2500000000000p+9, -0x1.2b00000000000p+7, 0x1.d500000000000p+8, 0x1.36322d0e56041p+9, 0x1.d68b439581063p+9, 0x1.d700000000000p+9}, {-0x1.2500000000000p+9, 0x1.d666666666664p+6, 0x1.2800000000000p+7, 0x1.d500000000000p+8, 0x1.d700000000000p+9}},
        {10, 0, 6, 0x1.4d00000000000p+7, {-0x1.c080000000000p+9, -0x1.6280000000000p+9, 0x1.4d00000000000p+7, 0x1.de16872b020c4p+8, 0x1.db50e56041895p+9, 0x1.dc00000000000p+9}, {-0x1.c080000000000p+9, -0x1.e9cccccccccd1p+7, -0x1.9c00000000000p+6, 0x1.4d00000000000p+7, 0x1.dc00000000000p+9}},
        {11, 0, 7, -0x1.ea00000000000p+7, {-0x1.bb80000000000p+9, -0x1.a000000000000p+9, -0x1.ea00000000000p+7, 0x1.b65c28f5c28e9p+7, 0x1.e03d70a3d70a6p+9, 0x1.e100000000000p+9}, {-0x1.bb80000000000p+9, -0x1.1b00000000000p+9, -0x1.01aaaaaaaaaabp+9, -0x1.ea00000000000p+7, 0x1.e100000000000p+9}},
        {100, 0, 8, -0x1.0000000000000p-1, {-0x1.e200000000000p+9, -0x1.6bd0000000000p+9, -0x1.0000000000000p-1, 0x1.3767ef9db22d0p+8, 0x1.0000000000000p+63, 0x1.0000000000000p+63}, {-0x1.e200000000000p+9, -0x1.881999999999ap+8, -0x1.4200000000000p+8, -0x1.0000000000000p-1, 0x1.0000000000000p+63}},
        {101, 0, 9, 0x1.a800000000000p+5, {-0x1.0000000000000p+63, -0x1.58c0000000000p+9, 0x1.a800000000000p+5, 0x1.7266666666666p+8, 0x1.0000000000000p+63, 0x1.0000000000000p+63}, {-0x1.0000000000000p+63, -0x1.2f00000000000p+8, -0x1.0100000000001p+8, 0x1.a800000000000p+5, 0x1.0000000000000p+63}},
        {999, 0, 10, 0x1.0000000000000p+0, {-0x1.0000000000000p+63, -0x1.7d80000000000p+9, 0x1.0000000000000p+0, 0x1.5aac083126e90p+8, 0x1.0000000000000p+63, 0x1.0000000000000p+63}, {-0x1.0000000000000p+63, -0x1.9566666666668p+8, -0x1.5355555555558p+8, 0x1.0000000000000p+0, 0x1.0000000000000p+63}},
        {1000, 0, 11, -0x1.5000000000000p+3, {-0x1.0000000000000p+63, -0x1.8140000000000p+9, -0x1.5000000000000p+3, 0x1.4c55810624dd2p+8, 0x1.0000000000000p+63, 0x1.0000000000000p+63}, {-0x1.0000000000000p+63, -0x1.9e4cccccccccdp+8, -0x1.5d00000000000p+8, -0x1.5000000000000p+3, 0x1.0000000000000p+63}},
        {40000, 0, 12, 0x0.0p+0, {-0x1.0000000000000p+63, -0x1.7f00000000000p+9, 0x0.0p+0, 0x1.5300000000000p+8, 0x1.0000000000000p+63, 0x1.0000000000000p+63}, {-0x1.0000000000000p+63, -0x1.9900000000000p+8, -0x1.5500000000000p+8, 0x0.0p+0, 0x1.0000000000000p+63}},
        {40001, 0, 13, 0x0.0p+0, {-0x1.0000000000000p+63, -0x1.7f00000000000p+9, 0x0.0p+0, 0x1.5300000000000p+8, 0x1.0000000000000p+63, 0x1.0000000000000p+63}, {-0x1.0000000000000p+63, -0x1.9800000000000p+8, -0x1.5400000000000p+8, 0x0.0p+0, 0x1.0000000000000p+63}},
        {1000003, 0, 14, 0x0.0p+0, {-0x1.0000000000000p+63, -0x1.7f00000000000p+9, 0x0.0p+0, 0x1.5300000000000p+8, 0x1.0000000000000p+63, 0x1.0000000000000p+63}, {-0x1.0000000000000p+63, -0x1.9800000000000p+8, -0x1.5400000000000p+8, 0x0.0p+0, 0x1.0000000000000p+63}},
        {1000004, 0, 15, 0x0.0p+0, {-0x1.0000000000000p+63, -0x1.7f00000000000p+9, 0x0.0p+0, 0x1.5300000000000p+8, 0x1.0000000000000p+63, 0x1.0000000000000p+63}, {-0x1.0000000000000p+63, -0x1.9800000000000p+8, -0x1.5400000000000p+8, 0x0.0p+0, 0x1.0000000000000p+63}},
        {1000003, 0, 16, 0x0.0p+0, {-0x1.0000000000000p+63, -0x1.7f00000000000p+9, 0x0.0p+0, 0x1.5300000000000p+8, 0x1.0000000000000p+63, 0x1.0000000000000p+63}, {-0x1.0000000000000p+63, -0x1.9800000000000p+8, -0x1.5400000000000p+8, 0x0.0p+0, 0x1.0000000000000p+63}},
    };
    // {shape, axes, keepdims, result shape, FNV-1a of the median, the percentiles, the quantiles} of order_data<int64>(size, nan_every 0, seed 3) (0: raises)
    static constexpr axis_case int64_axes[] = {
        {{}, all, false, {}, {0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u}},
        {{}, {}, true, {}, {0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u, 0x3226c032759014f9u}},
        {{5}, all, false, {}, {0x86fc8a34e9a47a18u, 0x864ad234e90ca2c4u, 0x97540c3462b653a5u, 0x86fc8a34e9a47a18u, 0x5d216c05d11497dau, 0x73737ba40ae6b29cu, 0x3226c032759014f9u, 0x864ad234e90ca2c4u, 0x4651abc4501a3bddu, 0xa0a9bf2768282793u, 0x86fc8a34e9a47a18u, 0x3226c032759014f9u}},
        {{5}, {}, false, {5}, {0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au, 0x93b7b90432a0bd8au}},
        {{5}, {0}, true, {1}, {0x86fc8a34e9a47a18u, 0x864ad234e90ca2c4u, 0x97540c3462b653a5u, 0x86fc8a34e9a47a18u, 0x5d216c05d11497dau, 0x73737ba40ae6b29cu, 0x3226c032759014f9u, 0x864ad234e90ca2c4u, 0x4651abc4501a3bddu, 0xa0a9bf2768282793u, 0x86fc8a34e9a47a18u, 0x3226c032759014f9u}},
        {{6}, all, false, {}, {0x380e4030c5f4e31du, 0x864ad234e90ca2c4u, 0x1d78e130b6baf8e7u, 0x380e4030c5f4e31du, 0x96699e438fd1bd50u, 0xbbd12fac590cf52cu, 0x3226c032759014f9u, 0x864ad234e90ca2c4u, 0x098fe4313d142b2fu, 0x92ab427f513a34b0u, 0x380e4030c5f4e31du, 0x3226c032759014f9u}},
        {{6}, {}, false, {6}, {0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu, 0x0b43577f55b937fcu}},
        {{6}, {0}, true, {1}, {0x380e4030c5f4e31du, 0x864ad234e90ca2c4u, 0x1d78e130b6baf8e7u, 0x380e4030c5f4e31du, 0x96699e438fd1bd50u, 0xbbd12fac590cf52cu, 0x3226c032759014f9u, 0x864ad234e90ca2c4u, 0x098fe4313d142b2fu, 0x92ab427f513a34b0u, 0x380e4030c5f4e31du, 0x3226c032759014f9u}},
        {{0}, all, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0}, {0}, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{4, 6}, all, true, {1, 1}, {0x13f126353a26574au, 0x072c2c313b0c725bu, 0xbda9b435095fc3c6u, 0x13f126353a26574au, 0xdc4e44fe6c4bf618u, 0x57fbd0a6bf335dbeu, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0xb9a107c3ffd21ddfu, 0x93ea5725bc8207d5u, 0x13f126353a26574au, 0xdab64631b3e6576eu}},
        {{4, 6}, {}, false, {4, 6}, {0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u}},
        {{4, 6}, {0}, false, {6}, {0xe39248a17b9f5736u, 0x85eb8e69a1c7d635u, 0x29397159b000d331u, 0xe39248a17b9f5736u, 0xcb56b269fb7e5037u, 0x521c82e64439eb04u, 0x35e1b40966c33256u, 0x85eb8e69a1c7d635u, 0x2fb202d0156fa9b8u, 0x2d7e860f01d20c94u, 0xe39248a17b9f5736u, 0x35e1b40966c33256u}},
        {{4, 6}, {1}, true, {4, 1}, {0xfe3175d72a92c864u, 0xd1f96e0099d9bb8du, 0x87a54e838d2fc202u, 0xfe3175d72a92c864u, 0x5b0440b00598c36cu, 0xa2f7b702b50dc015u, 0xc37802283a31f676u, 0xd1f96e0099d9bb8du, 0x842788aa17d38e97u, 0xdc76dabe1bfe92abu, 0xfe3175d72a92c864u, 0xc37802283a31f676u}},
        {{4, 6}, {0, 1}, false, {}, {0x13f126353a26574au, 0x072c2c313b0c725bu, 0xbda9b435095fc3c6u, 0x13f126353a26574au, 0xdc4e44fe6c4bf618u, 0x57fbd0a6bf335dbeu, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0xb9a107c3ffd21ddfu, 0x93ea5725bc8207d5u, 0x13f126353a26574au, 0xdab64631b3e6576eu}},
        {{7, 3}, all, false, {}, {0xa983a23228ba4dd4u, 0x072c2c313b0c725bu, 0x180b9e30b491ca50u, 0xa983a23228ba4dd4u, 0xb5686efdc1ace448u, 0xeca470d86e890369u, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0x484f36331364640au, 0x50c0367d7838c20eu, 0xa983a23228ba4dd4u, 0xdab64631b3e6576eu}},
        {{7, 3}, {}, true, {7, 3}, {0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u, 0x94f165dd9d6e3797u}},
        {{7, 3}, {0}, false, {3}, {0x5cd94742eaf3905fu, 0xeec9e4fdd8a85db0u, 0xe1a23e95937510b9u, 0x5cd94742eaf3905fu, 0x4271cda811f45216u, 0x8759982008aeec48u, 0xa449c070e592a7a4u, 0xeec9e4fdd8a85db0u, 0x657de7f2880e5a5au, 0x346a658928eb129bu, 0x5cd94742eaf3905fu, 0xa449c070e592a7a4u}},
        {{7, 3}, {1}, false, {7}, {0xeadec8188a2e9330u, 0xda4e447ec3a363bfu, 0x9efd7da92c7327b7u, 0xeadec8188a2e9330u, 0x7e0762e1626afa33u, 0x2ad027d24c337c62u, 0x6688eda201da7ac8u, 0xda4e447ec3a363bfu, 0xb0d2ee576c5423d4u, 0xff32be468462b071u, 0xeadec8188a2e9330u, 0x6688eda201da7ac8u}},
        {{7, 3}, {0, 1}, true, {1, 1}, {0xa983a23228ba4dd4u, 0x072c2c313b0c725bu, 0x180b9e30b491ca50u, 0xa983a23228ba4dd4u, 0xb5686efdc1ace448u, 0xeca470d86e890369u, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0x484f36331364640au, 0x50c0367d7838c20eu, 0xa983a23228ba4dd4u, 0xdab64631b3e6576eu}},
        {{1, 9}, all, false, {}, {0x86fc8a34e9a47a18u, 0x072c2c313b0c725bu, 0x864ad234e90ca2c4u, 0x86fc8a34e9a47a18u, 0x04828d8bc57d7b3au, 0x7e4093846c70cdaau, 0x1fdfa231db0893acu, 0x072c2c313b0c725bu, 0x292071c560ede7e2u, 0x303a0b2606411031u, 0x86fc8a34e9a47a18u, 0x1fdfa231db0893acu}},
        {{1, 9}, {}, false, {1, 9}, {0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u}},
        {{1, 9}, {0}, true, {1, 9}, {0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u, 0x65dbd62e74cc3de7u}},
        {{1, 9}, {1}, false, {1}, {0x86fc8a34e9a47a18u, 0x072c2c313b0c725bu, 0x864ad234e90ca2c4u, 0x86fc8a34e9a47a18u, 0x04828d8bc57d7b3au, 0x7e4093846c70cdaau, 0x1fdfa231db0893acu, 0x072c2c313b0c725bu, 0x292071c560ede7e2u, 0x303a0b2606411031u, 0x86fc8a34e9a47a18u, 0x1fdfa231db0893acu}},
        {{1, 9}, {0, 1}, false, {}, {0x86fc8a34e9a47a18u, 0x072c2c313b0c725bu, 0x864ad234e90ca2c4u, 0x86fc8a34e9a47a18u, 0x04828d8bc57d7b3au, 0x7e4093846c70cdaau, 0x1fdfa231db0893acu, 0x072c2c313b0c725bu, 0x292071c560ede7e2u, 0x303a0b2606411031u, 0x86fc8a34e9a47a18u, 0x1fdfa231db0893acu}},
        {{0, 4}, all, true, {1, 1}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0, 4}, {0}, false, {4}, {0xcb78d0fe07bedd85u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{0, 4}, {1}, false, {0}, {0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u}},
        {{0, 4}, {0, 1}, true, {1, 1}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, all, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, {0}, false, {0}, {0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u}},
        {{3, 0}, {1}, true, {3, 1}, {0xeb295c248e0f0670u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{3, 0}, {0, 1}, false, {}, {0xaa96293229a2e940u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u, 0x0u}},
        {{2, 3, 5}, all, false, {}, {0x13c1123539fd118cu, 0xaae7753229e7c18cu, 0xd7b53d351825d8ebu, 0x13c1123539fd118cu, 0x03f22e42ed9ce580u, 0x22a20e5d0db30c6fu, 0xdab64631b3e6576eu, 0xaae7753229e7c18cu, 0x86687a6e7f76a17cu, 0xd8e59f25e37e6455u, 0x13c1123539fd118cu, 0xdab64631b3e6576eu}},
        {{2, 3, 5}, {}, true, {2, 3, 5}, {0x45fb96312a11f33eu, 0x45fb96312a11f33eu, 0x45fb96312a11f33eu, 0x45fb96312a11f33eu, 0x45fb96312a11f33eu, 0x45fb96312a11f33eu, 0x45fb96312a11f33eu, 0x45fb96312a11f33eu, 0x45fb96312a11f33eu, 0x45fb96312a11f33eu, 0x45fb96312a11f33eu, 0x45fb96312a11f33eu}},
        {{2, 3, 5}, {0}, false, {3, 5}, {0xf25c4dd0ccba91beu, 0xc1bc0c52a9ebeaddu, 0x1ef91a30bd180300u, 0xf25ccdd0ccbb6b3eu, 0x036f25f1654fa27du, 0x07509c615547ecd9u, 0x113a93a96661c14au, 0xc1bc0c52a9ebeaddu, 0x86505fb09b1109c5u, 0xdd7f05857def746eu, 0xf25ccdd0ccbb6b3eu, 0x113a93a96661c14au}},
        {{2, 3, 5}, {1}, false, {2, 5}, {0x14875573215cb5d0u, 0x31dedbf8791739a7u, 0xb5cd1a2bcc3ae416u, 0x14875573215cb5d0u, 0x327838bcb1730f7fu, 0x9b56f96587151101u, 0x4a78990d04461d71u, 0x31dedbf8791739a7u, 0x2808d7f3e6502420u, 0x0f3cbc1d5a248dffu, 0x14875573215cb5d0u, 0x4a78990d04461d71u}},
        {{2, 3, 5}, {2}, true, {2, 3, 1}, {0x4465de48451601b5u, 0x148ce8eaab181d92u, 0xfc53b8eae214b12cu, 0x4465de48451601b5u, 0x91ddaeddccdbf3a5u, 0x9e8a6a87852bbde3u, 0x17266fdf638eb5aeu, 0x148ce8eaab181d92u, 0x19d234f6c840dea3u, 0x10e24dd59f9ee118u, 0x4465de48451601b5u, 0x17266fdf638eb5aeu}},
        {{2, 3, 5}, {0, 1}, false, {5}, {0x7d4aecac23d25fa3u, 0x8241e09022320f46u, 0x30f8783fc58807fau, 0x7d4aecac23d25fa3u, 0x967a5a946eb3a2cfu, 0xef27824c1f2de6b9u, 0xc0f15025e85ada35u, 0x8241e09022320f46u, 0xc61f2b6e6e1c3762u, 0x0a23fc5a35b412a8u, 0x7d4aecac23d25fa3u, 0xc0f15025e85ada35u}},
        {{2, 3, 5}, {0, 2}, false, {3}, {0xf0a9f4e2ddd64e39u, 0x42284f941c1b4cf6u, 0xb9f6e1eb342e0823u, 0xf0a9f4e2ddd64e39u, 0xf410210cc2457209u, 0xfcd340302b685e63u, 0x8c50629ac7fd5a6du, 0x42284f941c1b4cf6u, 0x0d38569ab7eadd85u, 0x48fc350fec77b52du, 0xf0a9f4e2ddd64e39u, 0x8c50629ac7fd5a6du}},
        {{2, 3, 5}, {1, 2}, true, {2, 1, 1}, {0xa577f2be3a2154f5u, 0xf834cdb387b1f68eu, 0x883373c28f7af162u, 0xa577f2be3a2154f5u, 0x9c89258a37624860u, 0xaa9a17357bfa11a5u, 0x7b3a9ebab209c6ecu, 0xf834cdb387b1f68eu, 0xbf1a22d315062a52u, 0x294025813f43d1bdu, 0xa577f2be3a2154f5u, 0x7b3a9ebab209c6ecu}},
        {{2, 3, 5}, {0, 1, 2}, false, {}, {0x13c1123539fd118cu, 0xaae7753229e7c18cu, 0xd7b53d351825d8ebu, 0x13c1123539fd118cu, 0x03f22e42ed9ce580u, 0x22a20e5d0db30c6fu, 0xdab64631b3e6576eu, 0xaae7753229e7c18cu, 0x86687a6e7f76a17cu, 0xd8e59f25e37e6455u, 0x13c1123539fd118cu, 0xdab64631b3e6576eu}},
        {{4, 1, 6}, all, false, {}, {0x13f126353a26574au, 0x072c2c313b0c725bu, 0xbda9b435095fc3c6u, 0x13f126353a26574au, 0xdc4e44fe6c4bf618u, 0x57fbd0a6bf335dbeu, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0xb9a107c3ffd21ddfu, 0x93ea5725bc8207d5u, 0x13f126353a26574au, 0xdab64631b3e6576eu}},
        {{4, 1, 6}, {}, true, {4, 1, 6}, {0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u}},
        {{4, 1, 6}, {0}, false, {1, 6}, {0xe39248a17b9f5736u, 0x85eb8e69a1c7d635u, 0x29397159b000d331u, 0xe39248a17b9f5736u, 0xcb56b269fb7e5037u, 0x521c82e64439eb04u, 0x35e1b40966c33256u, 0x85eb8e69a1c7d635u, 0x2fb202d0156fa9b8u, 0x2d7e860f01d20c94u, 0xe39248a17b9f5736u, 0x35e1b40966c33256u}},
        {{4, 1, 6}, {1}, false, {4, 6}, {0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u, 0xc2fa06fb0c26e754u}},
        {{4, 1, 6}, {2}, true, {4, 1, 1}, {0xfe3175d72a92c864u, 0xd1f96e0099d9bb8du, 0x87a54e838d2fc202u, 0xfe3175d72a92c864u, 0x5b0440b00598c36cu, 0xa2f7b702b50dc015u, 0xc37802283a31f676u, 0xd1f96e0099d9bb8du, 0x842788aa17d38e97u, 0xdc76dabe1bfe92abu, 0xfe3175d72a92c864u, 0xc37802283a31f676u}},
        {{4, 1, 6}, {0, 1}, false, {6}, {0xe39248a17b9f5736u, 0x85eb8e69a1c7d635u, 0x29397159b000d331u, 0xe39248a17b9f5736u, 0xcb56b269fb7e5037u, 0x521c82e64439eb04u, 0x35e1b40966c33256u, 0x85eb8e69a1c7d635u, 0x2fb202d0156fa9b8u, 0x2d7e860f01d20c94u, 0xe39248a17b9f5736u, 0x35e1b40966c33256u}},
        {{4, 1, 6}, {0, 2}, false, {1}, {0x13f126353a26574au, 0x072c2c313b0c725bu, 0xbda9b435095fc3c6u, 0x13f126353a26574au, 0xdc4e44fe6c4bf618u, 0x57fbd0a6bf335dbeu, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0xb9a107c3ffd21ddfu, 0x93ea5725bc8207d5u, 0x13f126353a26574au, 0xdab64631b3e6576eu}},
        {{4, 1, 6}, {1, 2}, true, {4, 1, 1}, {0xfe3175d72a92c864u, 0xd1f96e0099d9bb8du, 0x87a54e838d2fc202u, 0xfe3175d72a92c864u, 0x5b0440b00598c36cu, 0xa2f7b702b50dc015u, 0xc37802283a31f676u, 0xd1f96e0099d9bb8du, 0x842788aa17d38e97u, 0xdc76dabe1bfe92abu, 0xfe3175d72a92c864u, 0xc37802283a31f676u}},
        {{4, 1, 6}, {0, 1, 2}, false, {}, {0x13f126353a26574au, 0x072c2c313b0c725bu, 0xbda9b435095fc3c6u, 0x13f126353a26574au, 0xdc4e44fe6c4bf618u, 0x57fbd0a6bf335dbeu, 0xdab64631b3e6576eu, 0x072c2c313b0c725bu, 0xb9a107c3ffd21ddfu, 0x93ea5725bc8207d5u, 0x13f126353a26574au, 0xdab64631b3e6576eu}},
        {{3, 4, 2, 5}, all, false, {}, {0x7d534c30ed2f1223u, 0xaae7753229e7c18cu, 0xe73bab324bfd54a3u, 0x7d534c30ed2f1223u, 0x70573df2abbf0558u, 0xaae7f53229e89b0cu, 0xaae7f53229e89b0cu, 0xaae7753229e7c18cu, 0x63ede60d27a6e7a5u, 0x5090227d780f7c50u, 0x7d534c30ed2f1223u, 0xaae7f53229e89b0cu}},
        {{3, 4, 2, 5}, {}, true, {3, 4, 2, 5}, {0x827f33987e11ff53u, 0x827f33987e11ff53u, 0x827f33987e11ff53u, 0x827f33987e11ff53u, 0x827f33987e11ff53u, 0x827f33987e11ff53u, 0x827f33987e11ff53u, 0x827f33987e11ff53u, 0x827f33987e11ff53u, 0x827f33987e11ff53u, 0x827f33987e11ff53u, 0x827f33987e11ff53u}},
        {{3, 4, 2, 5}, {0}, false, {4, 2, 5}, {0x8338b4bb6bf23cb0u, 0xbeb1aa13fce01036u, 0xfccec1778bb3a7a4u, 0x8338b4bb6bf23cb0u, 0xe304cee957532f5cu, 0xbb71522df25d5738u, 0xe43cd648a1085355u, 0xbeb1aa13fce01036u, 0xfad8f26fcde65d54u, 0xada3d49c53c4ae92u, 0x8338b4bb6bf23cb0u, 0xe43cd648a1085355u}},
        {{3, 4, 2, 5}, {1}, false, {3, 2, 5}, {0xd0a918573ec9754du, 0x7b329191790ec340u, 0x4bc176b53834bf0au, 0xd0a918573ec9754du, 0x2254764aa021290eu, 0x426450ecca1e9446u, 0x0f6749fc6b50f804u, 0x7b329191790ec340u, 0xcafaacb69efe7d86u, 0x8afcc4f4336afe1eu, 0xd0a918573ec9754du, 0x0f6749fc6b50f804u}},
        {{3, 4, 2, 5}, {2}, true, {3, 4, 1, 5}, {0x1b82d7ef72b66e3cu, 0xf7c59994562c05feu, 0x26d2bab98c9571bdu, 0x455c8039011ba224u, 0x35f238d7e7cd209eu, 0x28121d8cc06b28eeu, 0xfd1c47f166c93d00u, 0xf7c59994562c05feu, 0xcaf785e7ea549430u, 0x6cf3576fe9974a69u, 0x455c8039011ba224u, 0xfd1c47f166c93d00u}},
        {{3, 4, 2, 5}, {3}, false, {3, 4, 2}, {0xf69b30d264b06443u, 0x441e1fe894e9aae5u, 0xd8471f36bd4585d7u, 0xf69b30d264b06443u, 0xafe2f96dbc5f9d00u, 0x34f03fda6c4c55b7u, 0x2e7e01f7c534ccbfu, 0x441e1fe894e9aae5u, 0x114d9332af469ff0u, 0xa09eba87ba01844du, 0xf69b30d264b06443u, 0x2e7e01f7c534ccbfu}},
        {{3, 4, 2, 5}, {0, 1}, false, {2, 5}, {0xc19dd2eb9463e8e4u, 0x077e6aae75e21417u, 0x49dbd4bab9b5ca97u, 0xc19dd2eb9463e8e4u, 0xebca952131f40dbfu, 0xd826bc975631d907u, 0x92489a50335d4976u, 0x077e6aae75e21417u, 0xa687a1574d1f58dbu, 0x8d76b33b5a1986b3u, 0xc19dd2eb9463e8e4u, 0x92489a50335d4976u}},
        {{3, 4, 2, 5}, {0, 2}, true, {1, 4, 1, 5}, {0xde0368364e9419c5u, 0x9401de718b1d2041u, 0xb18692b7e249ed49u, 0xde0368364e9419c5u, 0x277c035b6c1a6740u, 0x5a206cca12346b6bu, 0x4e90ee8bc5905495u, 0x9401de718b1d2041u, 0x5d16ae7ab73ef522u, 0x9a684e45bb83a529u, 0xde0368364e9419c5u, 0x4e90ee8bc5905495u}},
        {{3, 4, 2, 5}, {0, 3}, false, {4, 2}, {0xa6c9e30435ad26fau, 0x9da0ca72aa931607u, 0x11b095cd4053d5b6u, 0xa6c9e30435ad26fau, 0xcacadd365bf30408u, 0xbe8025d59cd37809u, 0xfb777c62dca6c235u, 0x9da0ca72aa931607u, 0x7ffc4de19a5daff6u, 0xf8163c33a503d5a8u, 0xa6c9e30435ad26fau, 0xfb777c62dca6c235u}},
        {{3, 4, 2, 5}, {1, 2}, false, {3, 5}, {0x25405e072be15ddau, 0x01205d527fac5b68u, 0xd126fabc46fc2602u, 0x25405e072be15ddau, 0x5ce9bb0301107186u, 0x2c2ac81f41e7c888u, 0x716952a5cf3b2d84u, 0x01205d527fac5b68u, 0x3ae6a5223d0e0decu, 0xb0e32f1af1b99338u, 0x25405e072be15ddau, 0x716952a5cf3b2d84u}},
        {{3, 4, 2, 5}, {1, 3}, true, {3, 1, 2, 1}, {0xf1f689f19067d968u, 0xac7d3227cec4a746u, 0xa3d34e0d71d508aeu, 0xf1f689f19067d968u, 0xbeca1c27ef067fc3u, 0x3a9afd3d32b79215u, 0x2f235aa392ef66ffu, 0xac7d3227cec4a746u, 0xd6a48e0682f908f9u, 0xb49fee3761b4deb4u, 0xf1f689f19067d968u, 0x2f235aa392ef66ffu}},
        {{3, 4, 2, 5}, {2, 3}, false, {3, 4}, {0xd2ab6d3a0495a44eu, 0xc5c688944d5d67beu, 0xdf0b739ad3d8fee3u, 0xd2ab6d3a0495a44eu, 0xf24d9648490f49feu, 0x801c433b6bfa7012u, 0xb388035d159dad09u, 0xc5c688944d5d67beu, 0xe35348da311207d8u, 0x19fe979107c0c73fu, 0xd2ab6d3a0495a44eu, 0xb388035d159dad09u}},
        {{3, 4, 2, 5}, {0, 1, 2}, false, {5}, {0x91a75b457c50ce97u, 0x732afb3b7ac3c9e2u, 0x21fc4b27c4733c32u, 0x91a75b457c50ce97u, 0x11de929e64993669u, 0xccc2fc4c9628c1d6u, 0xe8956fb6f674e776u, 0x732afb3b7ac3c9e2u, 0xe623f9eca0a29b41u, 0x1a298204d296b5ecu, 0x91a75b457c50ce97u, 0xe8956fb6f674e776u}},
        {{3, 4, 2, 5}, {0, 1, 3}, true, {1, 1, 2, 1}, {0x2dec8817937a81b2u, 0x62a1197012aaafcfu, 0xf4d275927b5a343du, 0x2dec8817937a81b2u, 0xdd725d13de0b7315u, 0x95d0de65fe2b92f7u, 0x28a74bc6df9ac246u, 0x62a1197012aaafcfu, 0x0317b1a32306e72au, 0xeac143917cc06902u, 0x2dec8817937a81b2u, 0x28a74bc6df9ac246u}},
        {{3, 4, 2, 5}, {0, 2, 3}, false, {4}, {0x4ab70a896ae81305u, 0x56492ea279d85525u, 0xbbeb2c1e846a268au, 0x4ab70a896ae81305u, 0x818d05926f7e10e9u, 0xa4ec38a71121fe87u, 0x3ba0a752f2690371u, 0x56492ea279d85525u, 0x5c3a728c5a73c956u, 0x2ca58f83b02ce14eu, 0x4ab70a896ae81305u, 0x3ba0a752f2690371u}},
        {{3, 4, 2, 5}, {1, 2, 3}, false, {3}, {0x4241d003fc304f05u, 0x3137896f2cd7398au, 0x28a80d78923052c1u, 0x4241d003fc304f05u, 0x26840e9a360e1b52u, 0xafa04afa0b6afb72u, 0x6a131e7c4891ec8eu, 0x3137896f2cd7398au, 0xb1b7421b96c4f111u, 0x4ff5830b0a8165e6u, 0x4241d003fc304f05u, 0x6a131e7c4891ec8eu}},
        {{3, 4, 2, 5}, {0, 1, 2, 3}, true, {1, 1, 1, 1}, {0x7d534c30ed2f1223u, 0xaae7753229e7c18cu, 0xe73bab324bfd54a3u, 0x7d534c30ed2f1223u, 0x70573df2abbf0558u, 0xaae7f53229e89b0cu, 0xaae7f53229e89b0cu, 0xaae7753229e7c18cu, 0x63ede60d27a6e7a5u, 0x5090227d780f7c50u, 0x7d534c30ed2f1223u, 0xaae7f53229e89b0cu}},
        {{2, 2, 3, 4}, all, false, {}, {0x095a04313ce6d21fu, 0xaae7753229e7c18cu, 0x4403e9315d90e898u, 0x095a04313ce6d21fu, 0x1892db9a7d2203cbu, 0xa0a17cd66b3cfc44u, 0x4498f434c4dcd8d3u, 0xaae7753229e7c18cu, 0xe268968e218adb50u, 0xa5666c7fec24baefu, 0x095a04313ce6d21fu, 0x4498f434c4dcd8d3u}},
        {{2, 2, 3, 4}, {}, false, {2, 2, 3, 4}, {0x77d947cb9ced98f7u, 0x77d947cb9ced98f7u, 0x77d947cb9ced98f7u, 0x77d947cb9ced98f7u, 0x77d947cb9ced98f7u, 0x77d947cb9ced98f7u, 0x77d947cb9ced98f7u, 0x77d947cb9ced98f7u, 0x77d947cb9ced98f7u, 0x77d947cb9ced98f7u, 0x77d947cb9ced98f7u, 0x77d947cb9ced98f7u}},
        {{2, 2, 3, 4}, {0}, true, {1, 2, 3, 4}, {0x1f3d128a601884d9u, 0x1a3440fbbf637622u, 0x05991592f03119cfu, 0x1f3d128a601884d9u, 0x3d1d8df49efab3d8u, 0x3527044838d60c53u, 0x60a3799bbca5329cu, 0x1a3440fbbf637622u, 0x6e53cfe6b933285au, 0x93be07ab655098f7u, 0x1f3d128a601884d9u, 0x60a3799bbca5329cu}},
        {{2, 2, 3, 4}, {1}, false, {2, 3, 4}, {0x4adf1ef210ad80d6u, 0xa41a8958f99a79c4u, 0x27f3106411a77f1bu, 0x4adf1ef210ad80d6u, 0xd224a06a0c11afe0u, 0xe6d2ab6007afb864u, 0x19ee0c7510fd3686u, 0xa41a8958f99a79c4u, 0xaa9fd748c5c23470u, 0xb4c521e5ae9c0edeu, 0x4adf1ef210ad80d6u, 0x19ee0c7510fd3686u}},
        {{2, 2, 3, 4}, {2}, false, {2, 2, 4}, {0xcfc48ae13854c37du, 0x18ad484f91aef685u, 0x0d05889eb7e7fbb2u, 0xcfc48ae13854c37du, 0xe4c23f47347541bau, 0xf17af7a39fbc9224u, 0xd533c91e3b4ed1cfu, 0x18ad484f91aef685u, 0x0189b1cd5a591025u, 0x077a191ff9dd5e3eu, 0xcfc48ae13854c37du, 0xd533c91e3b4ed1cfu}},
        {{2, 2, 3, 4}, {3}, true, {2, 2, 3, 1}, {0xa7482d5be315748eu, 0x955e5e3a4a8cf4c1u, 0xe54d313b8bac1988u, 0xa7482d5be315748eu, 0xe79c9da33c861d7cu, 0x30cc69f85b3fa67du, 0x807b7539ad1064c2u, 0x955e5e3a4a8cf4c1u, 0x7a797ea37b49335au, 0xc9547953c9491a0cu, 0xa7482d5be315748eu, 0x807b7539ad1064c2u}},
        {{2, 2, 3, 4}, {0, 1}, false, {3, 4}, {0xa252b96eec2fd002u, 0xe2f75d0f18b230a7u, 0x37f7ac1131fe6f99u, 0xa252b96eec2fd002u, 0x151dd537ba273956u, 0x06842455860505b6u, 0xcd99dcd90e89d518u, 0xe2f75d0f18b230a7u, 0x4b00cb56955fd4cbu, 0x2f3abfac86fd97b7u, 0xa252b96eec2fd002u, 0xcd99dcd90e89d518u}},
        {{2, 2, 3, 4}, {0, 2}, false, {2, 4}, {0xacbacf9365426f07u, 0x284e5b83e7d3c65cu, 0x3d1b62981942a5a0u, 0xacbacf9365426f07u, 0x83a59c4d1572134bu, 0x266eb5f9f1d309c5u, 0x9bc009a930cda016u, 0x284e5b83e7d3c65cu, 0x1c8add0b2a6c2089u, 0x4b4bd5aa409c74cbu, 0xacbacf9365426f07u, 0x9bc009a930cda016u}},
        {{2, 2, 3, 4}, {0, 3}, true, {1, 2, 3, 1}, {0xd6af2e25ed730372u, 0x3a0a4e8c1e436f4cu, 0xa07c9cc7718ac15eu, 0xd6af2e25ed730372u, 0x8d3c53e557f592d9u, 0xcc93eb50f7d8eb5eu, 0x83abdb6e1364de98u, 0x3a0a4e8c1e436f4cu, 0x605ead286e77109du, 0x906711a901bb66f4u, 0xd6af2e25ed730372u, 0x83abdb6e1364de98u}},
        {{2, 2, 3, 4}, {1, 2}, false, {2, 4}, {0x083c0af4f50955e4u, 0xd6b2915d4c9c05eeu, 0x7bf89b7be737995du, 0x083c0af4f50955e4u, 0x9716eccad7a32d44u, 0xc09d61dd83580cb1u, 0xf70076ccbb24f2ceu, 0xd6b2915d4c9c05eeu, 0xe80874a6967695e8u, 0xd8d6a264909870e6u, 0x083c0af4f50955e4u, 0xf70076ccbb24f2ceu}},
        {{2, 2, 3, 4}, {1, 3}, false, {2, 3}, {0xd6e82ed5e1359a7eu, 0x53d16ea25509b9dcu, 0xc1f6e1113fe86a09u, 0xd6e82ed5e1359a7eu, 0x02446923ccbc7c1au, 0xc14cee98f06d8689u, 0xc2a84bbcad8405edu, 0x53d16ea25509b9dcu, 0x87c81a82b156c6c7u, 0xdc570a6fb5ec9232u, 0xd6e82ed5e1359a7eu, 0xc2a84bbcad8405edu}},
        {{2, 2, 3, 4}, {2, 3}, true, {2, 2, 1, 1}, {0x853b5f33d3ac2f78u, 0xcba2e6a22b4b2ad1u, 0xcf70c0627c3bbd77u, 0x853b5f33d3ac2f78u, 0xdcef609bd2f131e1u, 0x1bc42f53380e07d6u, 0x5de6c6a4e1ab80f5u, 0xcba2e6a22b4b2ad1u, 0xb67d647402b3e1f0u, 0x54a3fb8b65840160u, 0x853b5f33d3ac2f78u, 0x5de6c6a4e1ab80f5u}},
        {{2, 2, 3, 4}, {0, 1, 2}, false, {4}, {0xe5e6b30185ff2524u, 0xe362561f6cd2a477u, 0x5ed3d2706d7701c3u, 0xe5e6b30185ff2524u, 0x3642c4a92aff9cb6u, 0x9ead00b44352ca39u, 0x71e9ff5597de4fe4u, 0xe362561f6cd2a477u, 0xb1f472ff0dc18cd2u, 0xda470e686948de06u, 0xe5e6b30185ff2524u, 0x71e9ff5597de4fe4u}},
        {{2, 2, 3, 4}, {0, 1, 3}, false, {3}, {0x86e1961bf41de3edu, 0xd77c2859e22623ddu, 0x65bca5061e7b8c57u, 0x86e1961bf41de3edu, 0xbcf7ee5d9d19007du, 0x7e9cbec50220b05bu, 0xb91aebae5a5e077au, 0xd77c2859e22623ddu, 0x84f8ee9fe4faf5e3u, 0x507845984b9cee20u, 0x86e1961bf41de3edu, 0xb91aebae5a5e077au}},
        {{2, 2, 3, 4}, {0, 2, 3}, true, {1, 2, 1, 1}, {0x5151530764fc0b07u, 0x20abc07165441eb1u, 0x1d1c5a8f2139a627u, 0x5151530764fc0b07u, 0x9ee08cd618618f55u, 0x6fe714c2902a6d34u, 0xf094d6ba637d7618u, 0x20abc07165441eb1u, 0x8b5e7a117e3b3fe0u, 0x200811122d15cc72u, 0x5151530764fc0b07u, 0xf094d6ba637d7618u}},
        {{2, 2, 3, 4}, {1, 2, 3}, false, {2}, {0x55c4747a4548a6d8u, 0xf834cdb387b1f68eu, 0x1e7f71900b1800afu, 0x55c4747a4548a6d8u, 0x9571a0d864087dfcu, 0x7ec0b3d48ec3aaf5u, 0xf094d6ba637d7618u, 0xf834cdb387b1f68eu, 0x30cc9148abebde67u, 0xa82b9166fe9b4f5bu, 0x55c4747a4548a6d8u, 0xf094d6ba637d7618u}},
        {{2, 2, 3, 4}, {0, 1, 2, 3}, false, {}, {0x095a04313ce6d21fu, 0xaae7753229e7c18cu, 0x4403e9315d90e898u, 0x095a04313ce6d21fu, 0x1892db9a7d2203cbu, 0xa0a17cd66b3cfc44u, 0x4498f434c4dcd8d3u, 0xaae7753229e7c18cu, 0xe268968e218adb50u, 0xa5666c7fec24baefu, 0x095a04313ce6d21fu, 0x4498f434c4dcd8d3u}},
        {{2, 50001}, {1}, true, {2, 1}, {0x88201fb960ff6465u, 0x5c9fed6d9053fd05u, 0xec10986b4377bf85u, 0x88201fb960ff6465u, 0xf52f4e5aab773a85u, 0x0e651c37daecb705u, 0x0e651c37daecb705u, 0x5c9fed6d9053fd05u, 0xe4524e7614369ff5u, 0x67a6d1b227639ac5u, 0x88201fb960ff6465u, 0x0e651c37daecb705u}},
        {{50001, 2}, {0}, false, {2}, {0x88201fb960ff6465u, 0x5c9fed6d9053fd05u, 0xfc194b490399b79du, 0x88201fb960ff6465u, 0xf52f4e5aab773a85u, 0x0e651c37daecb705u, 0x0e651c37daecb705u, 0x5c9fed6d9053fd05u, 0x776dff1476e708c5u, 0x67a6d1b227639ac5u, 0x88201fb960ff6465u, 0x0e651c37daecb705u}},
        {{2, 150, 201}, {1, 2}, false, {2}, {0x88201fb960ff6465u, 0x5c9fed6d9053fd05u, 0xec10986b4377bf85u, 0x88201fb960ff6465u, 0xf52f4e5aab773a85u, 0x0e651c37daecb705u, 0x0e651c37daecb705u, 0x5c9fed6d9053fd05u, 0xe4524e7614369ff5u, 0x67a6d1b227639ac5u, 0x88201fb960ff6465u, 0x0e651c37daecb705u}},
        {{3, 40000}, {1}, true, {3, 1}, {0x81d23fd7003c2305u, 0x28a992504e27882cu, 0x4d2ef2a5c52000bau, 0x81d23fd7003c2305u, 0xdeefaf8615fe3918u, 0xa455b9cdb79c5bacu, 0xa455b9cdb79c5bacu, 0x28a992504e27882cu, 0xda779ce9da2dc6d4u, 0x858b275149586368u, 0x81d23fd7003c2305u, 0xa455b9cdb79c5bacu}},
    };
    // {shape, axes, keepdims, shape and FNV-1a of np.percentile(x, Q_PERCENT, axis=axes), of np.quantile(x, Q_FRACTION, axis=axes)} of order_data<float64>(size, 17, 4)
    static constexpr list_case list_cases[] = {
        {{}, all, false, {6}, 0xcae864ef5641b665u, {5}, 0xf018dabb946e0debu},
        {{7}, all, false, {6}, 0xb925218afff624d3u, {5}, 0x3f55174a91a8df18u},
        {{7}, {0}, true, {6, 1}, 0xb925218afff624d3u, {5, 1}, 0x3f55174a91a8df18u},
        {{4, 6}, {0}, false, {6, 6}, 0x69087a48e5dc9048u, {5, 6}, 0x8f1f14775b6f8a53u},
        {{4, 6}, {1}, true, {6, 4, 1}, 0x9ca270445c89e47eu, {5, 4, 1}, 0x0513f0a46e9411a1u},
        {{4, 6}, {0, 1}, false, {6}, 0x81673aacf9954997u, {5}, 0x7386984ca85c89f5u},
        {{3, 4, 5}, {0, 2}, true, {6, 1, 4, 1}, 0xb18dd026fd436782u, {5, 1, 4, 1}, 0xe6acd46ffe2c9221u},
        {{3, 4, 5}, {1}, false, {6, 3, 5}, 0xb9da9b1d0081197eu, {5, 3, 5}, 0xdc6be69fd1c3c2c3u},
    };
    // clang-format on
    // END GENERATED
    (void)inf;
    (void)inf_f;
    (void)nan_f;
    const std::size_t threads = GENERATE(1, 2, 3, 8);
    INFO("pool of " << threads);
    const auto opts = parray::options{}.pool(pool_of(threads));
    check_whole<double>(float64_whole, threads);
    check_whole<float>(float32_whole, threads);
    check_whole<std::int32_t>(int32_whole, threads);
    check_whole<std::int64_t>(int64_whole, threads);
    check_axes<double>(float64_axes, threads);
    check_axes<float>(float32_axes, threads);
    check_axes<std::int32_t>(int32_axes, threads);
    check_axes<std::int64_t>(int64_axes, threads);

    // Lists of q: NumPy's leading axis of len(q); slab i is the call with q[i].
    const std::vector<double> percents(std::begin(q_percent), std::end(q_percent));
    const std::vector<double> fractions(std::begin(q_fraction), std::end(q_fraction));
    for (const auto& c : list_cases) {
        INFO("shape " << parray::detail::shape_to_string(c.shape.to_vector()) << " axes "
                      << (c.axes.every ? "all"
                                       : parray::detail::shape_to_string(c.axes.values.to_vector()))
                      << " keepdims " << c.keepdims);
        const auto a = order_data<double>(c.shape.to_vector(), 17, 4);
        const bool whole = c.axes.every && !c.keepdims;
        const parray::axis_list axes = c.axes.to_axis_list(c.keepdims);
        const auto percentiles = whole ? parray::parallel_percentile(a, percents, opts)
                                       : parray::parallel_percentile(a, percents, axes, opts);
        const auto quantiles = whole ? parray::parallel_quantile(a, fractions, opts)
                                     : parray::parallel_quantile(a, fractions, axes, opts);
        REQUIRE(std::vector<std::size_t>(percentiles.shape().begin(), percentiles.shape().end()) ==
                c.percentile_shape.to_vector());
        REQUIRE(fnv1a(percentiles) == c.percentile_hash);
        REQUIRE(std::vector<std::size_t>(quantiles.shape().begin(), quantiles.shape().end()) ==
                c.quantile_shape.to_vector());
        REQUIRE(fnv1a(quantiles) == c.quantile_hash);
    }
}

TEST_CASE("order statistics have NumPy's result types", "[order_statistics]") {
    using parray::ndarray;
    static_assert(std::is_same_v<decltype(parray::parallel_median(ndarray<float>{})), float>);
    static_assert(std::is_same_v<decltype(parray::parallel_median(ndarray<double>{})), double>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_median(ndarray<std::int32_t>{})), double>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_median(ndarray<float>{}, 0)), ndarray<float>>);
    static_assert(std::is_same_v<decltype(parray::parallel_median(ndarray<std::int64_t>{}, 0)),
                                 ndarray<double>>);
    // np.percentile of float32 is float64: NumPy interpolates in float64.
    static_assert(
        std::is_same_v<decltype(parray::parallel_percentile(ndarray<float>{}, 50.0)), double>);
    static_assert(std::is_same_v<decltype(parray::parallel_quantile(ndarray<float>{}, 0.5, 0)),
                                 ndarray<double>>);
    auto a = ndarray<std::uint8_t>::from_shape({5});
    for (std::size_t i = 0; i < 5; ++i) {
        a(i) = static_cast<std::uint8_t>(250 - 60 * i % 256);
    }
    // {250, 190, 130, 70, 10}: np.median 130.0, np.percentile(.., 30) 82.0.
    REQUIRE(parray::parallel_median(a) == 130.0);
    REQUIRE(parray::parallel_percentile(a, 30.0) == 82.0);
}

TEST_CASE("order statistics: q out of range, empty input, axes as NumPy checks them",
          "[order_statistics]") {
    const auto a = order_data<double>({4, 6}, 0, 1);
    for (const double q : {101.0, -1.0, 100.00000000000001, std::nan("")}) {
        INFO("q " << q);
        REQUIRE_THROWS_WITH(parray::parallel_percentile(a, q), Catch::Contains("q = "));
        REQUIRE_THROWS_AS(parray::parallel_percentile(a, q, 0), std::invalid_argument);
        REQUIRE_THROWS_WITH(parray::parallel_quantile(a, q / 100.0),
                            Catch::Contains("parray::parallel_quantile"));
    }
    REQUIRE_THROWS_AS(parray::parallel_quantile(a, 1.0000000000000002), std::invalid_argument);
    // -0.0 is in [0, 1], as in NumPy.
    REQUIRE(parray::parallel_quantile(a, -0.0) == parray::parallel_quantile(a, 0.0));

    // Empty: np.median gives NaN, np.percentile raises IndexError.
    const auto empty = parray::ndarray<float>::from_shape({0, 3});
    REQUIRE(std::isnan(parray::parallel_median(empty)));
    REQUIRE(std::isnan(parray::parallel_median(parray::ndarray<std::int32_t>::from_shape({0}))));
    REQUIRE_THROWS_WITH(parray::parallel_percentile(empty, 50.0), Catch::Contains("empty"));
    REQUIRE_THROWS_AS(parray::parallel_quantile(empty, 0.5), std::invalid_argument);
    const auto medians = parray::parallel_median(empty, 0);
    REQUIRE(medians.size() == 3);
    REQUIRE(std::all_of(medians.begin(), medians.end(), [](float m) { return std::isnan(m); }));
    REQUIRE(parray::parallel_median(empty, 1).size() == 0);
    // NumPy's NaN of an empty median is its mean of an empty slice, computed as 0.0 / 0 (-NaN on
    // x86, where a constant quiet_NaN would be +NaN): the bits of parallel_mean's.
    const auto empty_means = parray::parallel_mean(empty, 0);
    REQUIRE(parray_test::bits_of(parray::parallel_median(empty)) ==
            parray_test::bits_of(parray::parallel_mean(empty)));
    REQUIRE(parray_test::bits_of(medians(0)) == parray_test::bits_of(empty_means(0)));
    const auto no_ints = parray::ndarray<std::int32_t>::from_shape({0});
    REQUIRE(parray_test::bits_of(parray::parallel_median(no_ints)) ==
            parray_test::bits_of(parray::parallel_mean(no_ints)));
    REQUIRE_THROWS_AS(parray::parallel_percentile(empty, 50.0, 0), std::invalid_argument);
    REQUIRE(parray::parallel_percentile(empty, 50.0, 1).size() == 0);

    // Axes: out of range, repeated; a 0-d array takes no axis but an empty list or all_axes.
    REQUIRE_THROWS_WITH(parray::parallel_median(a, 2), Catch::Contains("out of bounds"));
    REQUIRE_THROWS_WITH(parray::parallel_quantile(a, 0.5, {1, -1}), Catch::Contains("repeated"));
    auto scalar = parray::ndarray<double>::from_shape({});
    scalar() = -2.5;
    REQUIRE_THROWS_WITH(parray::parallel_median(scalar, 0), Catch::Contains("out of bounds"));
    REQUIRE(parray::parallel_median(scalar, parray::all_axes())() == -2.5);
    REQUIRE(parray::parallel_percentile(scalar, 10.0, std::vector<int>{})() == -2.5);
    REQUIRE(parray::parallel_median(scalar) == -2.5);
    REQUIRE(parray::parallel_quantile(scalar, 0.7) == -2.5);

    // Lists of q: every q checked before anything is read; NumPy's IndexError for an empty
    // slice even with no q at all.
    REQUIRE_THROWS_WITH(parray::parallel_percentile(a, {50.0, 101.0}), Catch::Contains("101"));
    REQUIRE_THROWS_AS(parray::parallel_quantile(a, {0.5, -0.1}, 0), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_quantile(empty, std::vector<double>{}),
                      std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_quantile(empty, std::vector<double>{}, 0),
                      std::invalid_argument);
    REQUIRE(parray::parallel_quantile(a, std::vector<double>{}, 1).shape()[0] == 0);
    REQUIRE(parray::parallel_quantile(a, std::vector<double>{}, 1).shape()[1] == 4);
    // A vector of one is a list (a braced {0.5} is the double overload's q).
    REQUIRE(parray::parallel_quantile(a, std::vector<double>{0.5}).shape()[0] == 1);
    // A lazy expression is evaluated once for all q: the same bits as its value.
    const auto lazy = a * 3.0 + 1.0;
    const parray::ndarray<double> lazy_values = lazy;
    REQUIRE(fnv1a(parray::parallel_percentile(lazy, {10.0, 90.0}, 1)) ==
            fnv1a(parray::parallel_percentile(lazy_values, {10.0, 90.0}, 1)));
}

TEST_CASE("order statistics give the same bits under every option, for views and for lazy "
          "expressions",
          "[order_statistics]") {
    const auto a = order_data<double>({200003}, 0, 5);
    const double median = parray::parallel_median(a);
    const double percentile = parray::parallel_percentile(a, 37.5);
    for (const auto& opts : parray_test::option_sets(7, 1000)) {
        REQUIRE(same_bits(parray::parallel_median(a, opts), median));
        REQUIRE(same_bits(parray::parallel_percentile(a, 37.5, opts), percentile));
    }

    const auto table = order_data<float>({230, 170}, 29, 6);
    const auto strided = xt::view(table, xt::range(3, 230, 2), xt::range(1, 160));
    const parray::ndarray<float> strided_values = strided;
    const auto lazy = table * 2.0F - 1.0F;
    const parray::ndarray<float> lazy_values = lazy;
    const auto transposed = xt::transpose(table);
    const parray::ndarray<float> transposed_values = transposed;
    for (const auto& opts : parray_test::option_sets(7, 1000)) {
        REQUIRE(same_bits(parray::parallel_median(strided, opts),
                          parray::parallel_median(strided_values)));
        REQUIRE(same_bits(parray::parallel_quantile(lazy, 0.61, opts),
                          parray::parallel_quantile(lazy_values, 0.61)));
        for (const auto& axes : {parray::axis_list(0), parray::axis_list(1),
                                 parray::axis_list({0, 1}), parray::keepdims(-1)}) {
            REQUIRE(fnv1a(parray::parallel_median(strided, axes, opts)) ==
                    fnv1a(parray::parallel_median(strided_values, axes)));
            REQUIRE(fnv1a(parray::parallel_percentile(lazy, 12.3, axes, opts)) ==
                    fnv1a(parray::parallel_percentile(lazy_values, 12.3, axes)));
            REQUIRE(fnv1a(parray::parallel_quantile(transposed, 0.77, axes, opts)) ==
                    fnv1a(parray::parallel_quantile(transposed_values, 0.77, axes)));
        }
    }
}

TEST_CASE("the whole-array selection on the pool finds what std::nth_element finds, for "
          "adversarial data",
          "[order_statistics]") {
    // Along the last axis of a single row on a pool of one, a slice is selected by
    // std::nth_element; the whole array on a pool of 8, by the radix selection: through every
    // digit for equal elements, parting between digits for two values, -0.0 before 0.0.
    const std::size_t n = GENERATE(std::size_t{100001}, std::size_t{100002});
    INFO("n " << n);
    const auto with = [n](auto pattern) {
        auto a = parray::ndarray<decltype(pattern(std::size_t{0}))>::from_shape({1, n});
        for (std::size_t i = 0; i < n; ++i) {
            a.data()[i] = pattern(i);
        }
        return a;
    };
    const auto check = [](const auto& a) {
        const auto pool = parray::options{}.pool(pool_of(8));
        const auto one = parray::options{}.pool(pool_of(1));
        REQUIRE(same_bits(parray::parallel_median(a, pool), parray::parallel_median(a, 1, one)()));
        for (const double q : {0.0, 0.25, 0.5, 0.999, 1.0}) {
            INFO("q " << q);
            REQUIRE(same_bits(parray::parallel_quantile(a, q, pool),
                              parray::parallel_quantile(a, q, 1, one)()));
        }
    };
    check(with([](std::size_t) { return 0.1; }));
    check(with([](std::size_t i) { return i % 2 == 0 ? -0.0 : 0.0; }));
    check(with([](std::size_t i) { return i % 3 == 0 ? -0.0F : 0.0F; }));
    check(with([](std::size_t i) { return i % 2 == 0 ? 1.0 : 1.0000000000000002; }));
    check(with([n](std::size_t i) { return i < n / 2 ? -1e300 : 1e300; }));
    check(with([n](std::size_t i) { return static_cast<double>(n - i); }));
    check(with([](std::size_t i) {
        return i % 2 == 0 ? std::numeric_limits<std::int64_t>::lowest()
                          : std::numeric_limits<std::int64_t>::max() - std::int64_t(i % 5);
    }));
    check(with([](std::size_t i) { return static_cast<std::int32_t>(i % 7) - 3; }));
    check(with([](std::size_t i) { return static_cast<std::uint16_t>(i * 7919 % 65536); }));
    check(with([](std::size_t i) {
        return i % 4 == 0 ? -std::numeric_limits<float>::infinity() : std::ldexp(1.0F, -149);
    }));
}

TEST_CASE("order statistics watch the stop flag and report progress", "[order_statistics]") {
    const std::size_t n = GENERATE(std::size_t{1000}, std::size_t{100003});
    INFO("n " << n);
    const auto a = order_data<double>({n}, 0, 2);
    const auto table = order_data<double>({n / 10, 10}, 0, 2);
    std::atomic<bool> stop{true};
    const auto stopped = parray::options{}.pool(pool_of(2)).stop_when(stop);
    REQUIRE_THROWS_AS(parray::parallel_median(a, stopped), parray::cancelled);
    REQUIRE_THROWS_AS(parray::parallel_percentile(a, 10.0, stopped), parray::cancelled);
    REQUIRE_THROWS_AS(parray::parallel_quantile(table, 0.5, 0, stopped), parray::cancelled);
    std::size_t reports = 0;
    const auto watched = parray::options{}
                             .pool(pool_of(2))
                             .on_progress([&reports](std::size_t done, std::size_t total) {
                                 reports += done == total ? 1 : 0;
                             });
    REQUIRE(same_bits(parray::parallel_median(a, watched), parray::parallel_median(a)));
    REQUIRE(reports >= 1);
}
