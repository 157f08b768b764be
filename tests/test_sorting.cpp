// SPDX-License-Identifier: BSD-3-Clause
#include <parray/sorting.hpp>

#include <catch2/catch.hpp>

#include "test_helpers.hpp"

#include <xtensor/xview.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace {

using parray_test::pool_of;

// splitmix64 of seed * 2^32 + i: the generator's stream (tests/data/make_sorting_reference.py).
std::uint64_t splitmix64(std::uint64_t seed, std::uint64_t i) {
    std::uint64_t z = (seed << 32) + i + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The test data of make_sorting_reference.py (its docstring says how they are made): NaNs of
// both signs and with payloads, infinities, signed zeros and many equal elements among floats;
// the type's extremes, raw 32- or 64-bit values and many equal elements among integers.
template <class T>
parray::ndarray<T> sort_data(const std::vector<std::size_t>& shape, std::uint64_t seed) {
    auto a = parray::ndarray<T>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::uint64_t h = splitmix64(seed, i);
        T x;
        if constexpr (std::is_floating_point_v<T>) {
            using U = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;
            const U quiet = sizeof(T) == 8 ? U(0x7FF8000000000000ULL) : U(0x7FC00000U);
            const U sign = U(1) << (sizeof(T) * 8 - 1);
            const std::uint64_t r = h % 64;
            U bits = 0;
            if (r <= 2) {
                bits = r == 0 ? quiet : r == 1 ? U(quiet | sign) : U(quiet | ((h >> 40) & 0xFFF));
                if (r == 2 && ((h >> 39) & 1) != 0) {
                    bits = U(bits | sign);
                }
                std::memcpy(&x, &bits, sizeof x);
            } else if (r == 3 || r == 4) {
                x = r == 3 ? std::numeric_limits<T>::infinity()
                           : -std::numeric_limits<T>::infinity();
            } else if (r == 5 || r == 6) {
                x = r == 5 ? T(-0.0) : T(0.0);
            } else if (r < 32) {
                x = static_cast<T>((h >> 32) % 5) / T(4);
            } else {
                x = static_cast<T>((h >> 20) % 200001) / T(64) - T(1500);
            }
        } else {
            const std::uint64_t r = h % 16;
            if (r == 0) {
                x = std::numeric_limits<T>::lowest();
            } else if (r == 1) {
                x = std::numeric_limits<T>::max();
            } else if (r <= 4) {
                x = sizeof(T) == 4 ? static_cast<T>(static_cast<std::int32_t>(
                                         static_cast<std::uint32_t>(h & 0xFFFFFFFFU)))
                                   : static_cast<T>(h);
            } else {
                x = static_cast<T>(static_cast<std::int64_t>((h >> 24) % 2001) - 1000);
            }
        }
        a.data()[i] = x;
    }
    return a;
}

// FNV-1a of the little-endian bytes of a's elements in row-major order (NaNs as they are): the
// generator's digest.
template <class R>
std::uint64_t fnv1a(const parray::ndarray<R>& a) {
    std::uint64_t hash = 14695981039346656037ULL;
    const auto* bytes = reinterpret_cast<const unsigned char*>(a.data());
    for (std::size_t i = 0; i < a.size() * sizeof(R); ++i) {
        hash = (hash ^ bytes[i]) * 1099511628211ULL;
    }
    return hash;
}

struct sort_case {
    std::vector<std::size_t> shape;
    std::uint64_t seed;
    int axis; // 99: None
    std::uint64_t sort_hash;
    std::uint64_t argsort_hash;
};

struct unique_case {
    std::size_t n;
    std::uint64_t seed;
    std::size_t count;
    std::uint64_t values_hash;
    std::uint64_t index_hash;
    std::uint64_t inverse_hash;
    std::uint64_t counts_hash;
};

// np.sort(kind='stable')'s order as a comparator: NaN last, -0.0 equal to 0.0.
struct numpy_less {
    template <class T>
    bool operator()(T x, T y) const {
        if constexpr (std::is_floating_point_v<T>) {
            return x < y || (std::isnan(y) && !std::isnan(x));
        } else {
            return x < y;
        }
    }
};

parray::axis_list axis_of(int axis) {
    return axis == 99 ? parray::all_axes() : parray::axis_list(axis);
}

// Every sort case on pools of 1, 2, 3 and 8: the sorted copy, argsort, the in-place sort, the
// negative axis and (up to 200000 elements) the comparator overloads against NumPy's digests.
template <class T, std::size_t N>
void check_sorts(const sort_case (&cases)[N]) {
    for (const sort_case& c : cases) {
        const parray::ndarray<T> x = sort_data<T>(c.shape, c.seed);
        const parray::axis_list axis = axis_of(c.axis);
        for (const std::size_t threads : {1, 2, 3, 8}) {
            if (x.size() > 200000 && x.dimension() == 1 && c.axis == 99 && threads != 3) {
                continue; // as axis 0: on one pool (CI time)
            }
            INFO("shape size " << x.size() << ", dimension " << x.dimension() << ", seed " << c.seed
                               << ", axis " << c.axis << ", threads " << threads);
            const auto opts = parray::options{}.pool(pool_of(threads));
            const parray::ndarray<T> sorted = parray::parallel_sort(x, axis, opts);
            REQUIRE(fnv1a(sorted) == c.sort_hash);
            const parray::ndarray<std::int64_t> order = parray::parallel_argsort(x, axis, opts);
            REQUIRE(fnv1a(order) == c.argsort_hash);
            // The other forms of the same call, on one pool for the large cases (CI time).
            if (c.axis != 99 && (x.size() <= 200000 || threads == 3)) {
                const int negative = c.axis - static_cast<int>(x.dimension());
                parray::ndarray<T> in_place = x;
                parray::parallel_sort_in_place(in_place, negative, opts);
                REQUIRE(fnv1a(in_place) == c.sort_hash);
                REQUIRE(fnv1a(parray::parallel_argsort(x, negative, opts)) == c.argsort_hash);
                if (c.axis + 1 == static_cast<int>(x.dimension())) {
                    REQUIRE(fnv1a(parray::parallel_sort(x, opts)) == c.sort_hash);
                    REQUIRE(fnv1a(parray::parallel_argsort(x, opts)) == c.argsort_hash);
                }
            }
            if (x.size() <= 200000 && (threads == 1 || threads == 3)) {
                REQUIRE(fnv1a(parray::parallel_sort(x, axis, numpy_less{}, opts)) == c.sort_hash);
                REQUIRE(fnv1a(parray::parallel_argsort(x, axis, numpy_less{}, opts)) ==
                        c.argsort_hash);
            }
        }
    }
}

// Every unique case on pools of 1, 2, 3 and 8: values alone, and all four outputs.
template <class T, std::size_t N>
void check_uniques(const unique_case (&cases)[N]) {
    for (const unique_case& c : cases) {
        const parray::ndarray<T> x = sort_data<T>({c.n}, c.seed);
        for (const std::size_t threads : {1, 2, 3, 8}) {
            INFO("n " << c.n << ", seed " << c.seed << ", threads " << threads);
            const auto opts = parray::options{}.pool(pool_of(threads));
            const parray::ndarray<T> values = parray::parallel_unique(x, opts);
            REQUIRE(values.size() == c.count);
            REQUIRE(fnv1a(values) == c.values_hash);
            const auto all = parray::parallel_unique(
                x, parray::return_index | parray::return_inverse | parray::return_counts, opts);
            REQUIRE(fnv1a(all.values) == c.values_hash);
            REQUIRE(fnv1a(all.index) == c.index_hash);
            REQUIRE(fnv1a(all.inverse) == c.inverse_hash);
            REQUIRE(fnv1a(all.counts) == c.counts_hash);
            if (c.n > 200000 && threads != 3) {
                continue;
            }
            const auto counted = parray::parallel_unique(x, parray::return_counts, opts);
            REQUIRE(fnv1a(counted.values) == c.values_hash);
            REQUIRE(fnv1a(counted.counts) == c.counts_hash);
            REQUIRE(counted.index.size() == 0);
            REQUIRE(counted.inverse.size() == 0);
        }
    }
}

} // namespace

TEST_CASE("sort, argsort and unique equal NumPy's, bit for bit, on every pool", "[sorting]") {
    // BEGIN GENERATED by tests/data/make_sorting_reference.py (NumPy 1.24.2)
    // clang-format off
    // {shape, seed, axis (99: None), FNV-1a of np.sort(x, axis, kind='stable'), of np.argsort(x, axis, kind='stable')} of sort_data<double>
    const sort_case double_sorts[] = {
        {{0}, 1, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0}, 1, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{1}, 2, 0, 0xab22d12762d29f3cu, 0xa8c7f832281a39c5u},
        {{1}, 2, 99, 0xab22d12762d29f3cu, 0xa8c7f832281a39c5u},
        {{2}, 3, 0, 0x15163281f27957edu, 0x692558b056101a44u},
        {{2}, 3, 99, 0x15163281f27957edu, 0x692558b056101a44u},
        {{31}, 4, 0, 0xcf5e0b1ea1136e2bu, 0xc94d0005be8ae4bau},
        {{31}, 4, 99, 0xcf5e0b1ea1136e2bu, 0xc94d0005be8ae4bau},
        {{32}, 5, 0, 0x5864fcd7603c243eu, 0x779f00305ca88005u},
        {{32}, 5, 99, 0x5864fcd7603c243eu, 0x779f00305ca88005u},
        {{33}, 6, 0, 0xeda68a1db01b81d0u, 0xb0b5a48322c29565u},
        {{33}, 6, 99, 0xeda68a1db01b81d0u, 0xb0b5a48322c29565u},
        {{100}, 7, 0, 0x93fe9546b6880ffdu, 0xf5046db88f18ed25u},
        {{100}, 7, 99, 0x93fe9546b6880ffdu, 0xf5046db88f18ed25u},
        {{1000}, 8, 0, 0x5ed3eee8a22792c8u, 0xc6cfb6c947e06971u},
        {{1000}, 8, 99, 0x5ed3eee8a22792c8u, 0xc6cfb6c947e06971u},
        {{32769}, 9, 0, 0x2af46b56747dab20u, 0xecccf992b50a7c0du},
        {{32769}, 9, 99, 0x2af46b56747dab20u, 0xecccf992b50a7c0du},
        {{65537}, 10, 0, 0x22236f39e6b6ffcau, 0x184c28dc2791e1a0u},
        {{65537}, 10, 99, 0x22236f39e6b6ffcau, 0x184c28dc2791e1a0u},
        {{3, 7}, 11, 0, 0x714dcdc2795c355eu, 0x277949463b4fdac6u},
        {{3, 7}, 11, 1, 0x85d0a228c4219726u, 0x1afb222593f8daa2u},
        {{3, 7}, 11, 99, 0x1d8c1b847f6ba19au, 0x1995b8424ee5ea51u},
        {{7, 3}, 12, 0, 0x424242920510d0e3u, 0xd9047904ebf48842u},
        {{7, 3}, 12, 1, 0xfe95c6e80dc036e7u, 0xac7b408933208e26u},
        {{7, 3}, 12, 99, 0x0f2caaaada35bc03u, 0xa66236a9c6da9591u},
        {{0, 5}, 13, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{40, 50}, 15, 0, 0xbb3d14adf9c708e4u, 0x5695f6f7189a6fa5u},
        {{40, 50}, 15, 1, 0x3c73d97d2c54a8f0u, 0x6b52655631aee405u},
        {{40, 50}, 15, 99, 0x96e8393bac7b51e4u, 0x677514d2f4b56f5du},
        {{2, 70001}, 16, 0, 0x360503d973173351u, 0xd87dbe66cdc552c4u},
        {{2, 70001}, 16, 1, 0x06992a6e7327539du, 0xded907abf4a1caf1u},
        {{2, 70001}, 16, 99, 0x8f5a763f1bab4a65u, 0x278a7356ef56ebfcu},
        {{70001, 2}, 17, 0, 0xa4b205e2f03739eeu, 0x56ee5c58fa84674du},
        {{70001, 2}, 17, 1, 0xc61a684833a22a82u, 0xfdc0e7178e0ff0c4u},
        {{70001, 2}, 17, 99, 0x72272fe1c2dfede2u, 0xa35e9d528a779698u},
        {{3, 4, 5}, 18, 0, 0x6c656c581f495c8bu, 0xb9dfe0b04afe6a65u},
        {{3, 4, 5}, 18, 1, 0x0d91fc041bdd0e07u, 0xe64e102a38e6f445u},
        {{3, 4, 5}, 18, 2, 0x4f54d2b868d8752bu, 0x8edfcd45aba62465u},
        {{3, 4, 5}, 18, 99, 0x59ead551e6d7b687u, 0x2eea85e715dc4805u},
        {{2, 33, 40}, 19, 0, 0x233ac298727af60cu, 0x66a0fb857e6f78a5u},
        {{2, 33, 40}, 19, 1, 0x3e19a37e16ab4894u, 0x6c38ab69fa04a1a5u},
        {{2, 33, 40}, 19, 2, 0x172554ad81132454u, 0x3169a901429d2fc5u},
        {{2, 33, 40}, 19, 99, 0xc7cb0d339b7790acu, 0x4c242466f640e769u},
        {{4, 1, 6}, 20, 0, 0xe2a9006cd0f4810eu, 0x49e0b30d1cc032e5u},
        {{4, 1, 6}, 20, 1, 0x4f5c5d0bb0661706u, 0xab0c262759a1d225u},
        {{4, 1, 6}, 20, 2, 0x488db394d11855aau, 0xed8c55a963c5d425u},
        {{4, 1, 6}, 20, 99, 0x58e72ac733929c6eu, 0xb760548e1c9a72a5u},
        {{1, 1, 1}, 21, 0, 0xab1de9322a161618u, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 1, 0xab1de9322a161618u, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 2, 0xab1de9322a161618u, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 99, 0xab1de9322a161618u, 0xa8c7f832281a39c5u},
        {{1000003}, 31, 0, 0x9614dea29bef6f47u, 0x66e15c6b997df57bu},
        {{1000003}, 31, 99, 0x9614dea29bef6f47u, 0x66e15c6b997df57bu},
    };
    // {n, seed, number of unique values, FNV-1a of np.unique(x, return_index=True, return_inverse=True, return_counts=True)'s values, index, inverse, counts} of sort_data<double>
    const unique_case double_uniques[] = {
        {0, 41, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {1, 42, 1, 0xf7a656254936cde3u, 0xa8c7f832281a39c5u, 0xa8c7f832281a39c5u, 0x89cd31291d2aefa4u},
        {5, 43, 5, 0xfe493a147a570da3u, 0xcae41209b4d7de61u, 0xd623375b4a7e3e21u, 0xb0eeedac6bd5e5e4u},
        {33, 44, 23, 0xb86b252faa0f4f3cu, 0x7887f09a0bc9aa3eu, 0x93786c651395cfc2u, 0xcc9a97e335d72c42u},
        {1000, 45, 492, 0xe18ecea4d72f40cbu, 0xb65ec533bcef1f59u, 0x65c3a5e281ae2c0du, 0xa9bc8b2f8711e62fu},
        {70001, 46, 32269, 0x5ade29179f4a9a10u, 0xadc472e93a14c135u, 0x9136b86b1dc5bc82u, 0x7cfbc4f95770205eu},
        {1000003, 31, 183666, 0xbad2dc4e117551d3u, 0x2ac99a5dd13d4e5fu, 0x57ff7a4d3af08a83u, 0x8aaba8ebecc89b99u},
    };
    // {shape, seed, axis (99: None), FNV-1a of np.sort(x, axis, kind='stable'), of np.argsort(x, axis, kind='stable')} of sort_data<float>
    const sort_case float_sorts[] = {
        {{0}, 1, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0}, 1, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{1}, 2, 0, 0x4460077f98cdaef6u, 0xa8c7f832281a39c5u},
        {{1}, 2, 99, 0x4460077f98cdaef6u, 0xa8c7f832281a39c5u},
        {{2}, 3, 0, 0x70f2e112ea360e87u, 0x692558b056101a44u},
        {{2}, 3, 99, 0x70f2e112ea360e87u, 0x692558b056101a44u},
        {{31}, 4, 0, 0x8ff43c5a27c2cd21u, 0xc94d0005be8ae4bau},
        {{31}, 4, 99, 0x8ff43c5a27c2cd21u, 0xc94d0005be8ae4bau},
        {{32}, 5, 0, 0x6e87c9841e02060du, 0x779f00305ca88005u},
        {{32}, 5, 99, 0x6e87c9841e02060du, 0x779f00305ca88005u},
        {{33}, 6, 0, 0x50e2d98a601bd786u, 0xb0b5a48322c29565u},
        {{33}, 6, 99, 0x50e2d98a601bd786u, 0xb0b5a48322c29565u},
        {{100}, 7, 0, 0x332ea2054af04fd6u, 0xf5046db88f18ed25u},
        {{100}, 7, 99, 0x332ea2054af04fd6u, 0xf5046db88f18ed25u},
        {{1000}, 8, 0, 0xfbcc3835e2478294u, 0xc6cfb6c947e06971u},
        {{1000}, 8, 99, 0xfbcc3835e2478294u, 0xc6cfb6c947e06971u},
        {{32769}, 9, 0, 0x43ad8f872ca953edu, 0xecccf992b50a7c0du},
        {{32769}, 9, 99, 0x43ad8f872ca953edu, 0xecccf992b50a7c0du},
        {{65537}, 10, 0, 0xf9e2164c9de209b2u, 0x184c28dc2791e1a0u},
        {{65537}, 10, 99, 0xf9e2164c9de209b2u, 0x184c28dc2791e1a0u},
        {{3, 7}, 11, 0, 0x6cd3098a4c11d106u, 0x277949463b4fdac6u},
        {{3, 7}, 11, 1, 0xf6299577a701ca42u, 0x1afb222593f8daa2u},
        {{3, 7}, 11, 99, 0xf699829d50e90c6eu, 0x1995b8424ee5ea51u},
        {{7, 3}, 12, 0, 0x03413138cceead01u, 0xd9047904ebf48842u},
        {{7, 3}, 12, 1, 0x75b73dda4f295815u, 0xac7b408933208e26u},
        {{7, 3}, 12, 99, 0x788db74a5ef4d955u, 0xa66236a9c6da9591u},
        {{0, 5}, 13, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{40, 50}, 15, 0, 0xc49d873211c18131u, 0x5695f6f7189a6fa5u},
        {{40, 50}, 15, 1, 0x5ea910056b0d0c69u, 0x6b52655631aee405u},
        {{40, 50}, 15, 99, 0xf18cc9fd5ff4e68du, 0x677514d2f4b56f5du},
        {{2, 70001}, 16, 0, 0x644d501c6988eb42u, 0xd87dbe66cdc552c4u},
        {{2, 70001}, 16, 1, 0xac76d48b29d3b8a6u, 0xded907abf4a1caf1u},
        {{2, 70001}, 16, 99, 0xf70ab60634d72feeu, 0x278a7356ef56ebfcu},
        {{70001, 2}, 17, 0, 0x93d3989c1ad25347u, 0x56ee5c58fa84674du},
        {{70001, 2}, 17, 1, 0x8ecfb1cf812df30fu, 0xfdc0e7178e0ff0c4u},
        {{70001, 2}, 17, 99, 0xf24b1e9dc19741bbu, 0xa35e9d528a779698u},
        {{3, 4, 5}, 18, 0, 0xbfa24a9297d89f71u, 0xb9dfe0b04afe6a65u},
        {{3, 4, 5}, 18, 1, 0xf3ae6fa490fa8155u, 0xe64e102a38e6f445u},
        {{3, 4, 5}, 18, 2, 0xd642aecbc4fdfa91u, 0x8edfcd45aba62465u},
        {{3, 4, 5}, 18, 99, 0x771e66d4f8303c3du, 0x2eea85e715dc4805u},
        {{2, 33, 40}, 19, 0, 0xf30b9d9ff52bbda5u, 0x66a0fb857e6f78a5u},
        {{2, 33, 40}, 19, 1, 0x803c3d57b2a0edb5u, 0x6c38ab69fa04a1a5u},
        {{2, 33, 40}, 19, 2, 0xe045a963f9575511u, 0x3169a901429d2fc5u},
        {{2, 33, 40}, 19, 99, 0xde3bc6d250b2fb89u, 0x4c242466f640e769u},
        {{4, 1, 6}, 20, 0, 0x99fffddfe88c2e0eu, 0x49e0b30d1cc032e5u},
        {{4, 1, 6}, 20, 1, 0x9fd11950e713e416u, 0xab0c262759a1d225u},
        {{4, 1, 6}, 20, 2, 0xc317507b219f516au, 0xed8c55a963c5d425u},
        {{4, 1, 6}, 20, 99, 0x9a3cdb469da7fb3eu, 0xb760548e1c9a72a5u},
        {{1, 1, 1}, 21, 0, 0x4b72487f9c5c314bu, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 1, 0x4b72487f9c5c314bu, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 2, 0x4b72487f9c5c314bu, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 99, 0x4b72487f9c5c314bu, 0xa8c7f832281a39c5u},
        {{200003}, 32, 0, 0xa790de80e0859d6fu, 0xa0ecf9d89a7bf5beu},
        {{200003}, 32, 99, 0xa790de80e0859d6fu, 0xa0ecf9d89a7bf5beu},
    };
    // {n, seed, number of unique values, FNV-1a of np.unique(x, return_index=True, return_inverse=True, return_counts=True)'s values, index, inverse, counts} of sort_data<float>
    const unique_case float_uniques[] = {
        {0, 41, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {1, 42, 1, 0xe9ab917ed45db59du, 0xa8c7f832281a39c5u, 0xa8c7f832281a39c5u, 0x89cd31291d2aefa4u},
        {5, 43, 5, 0x4a590411eaf2b5c4u, 0xcae41209b4d7de61u, 0xd623375b4a7e3e21u, 0xb0eeedac6bd5e5e4u},
        {33, 44, 23, 0x6a7c6c7cc90ab7eau, 0x7887f09a0bc9aa3eu, 0x93786c651395cfc2u, 0xcc9a97e335d72c42u},
        {1000, 45, 492, 0xb06d1e8e8e4eb0b0u, 0xb65ec533bcef1f59u, 0x65c3a5e281ae2c0du, 0xa9bc8b2f8711e62fu},
        {70001, 46, 32269, 0xc6ca2f13704b2929u, 0xadc472e93a14c135u, 0x9136b86b1dc5bc82u, 0x7cfbc4f95770205eu},
        {200003, 32, 78472, 0x92e63eb29cd0e146u, 0x5e4e89ddae1b9f55u, 0xc17568eda658cb8eu, 0xf8a676d81ae59f7du},
    };
    // {shape, seed, axis (99: None), FNV-1a of np.sort(x, axis, kind='stable'), of np.argsort(x, axis, kind='stable')} of sort_data<std::int32_t>
    const sort_case int32_t_sorts[] = {
        {{0}, 1, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0}, 1, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{1}, 2, 0, 0x3f121a0d8ecd498du, 0xa8c7f832281a39c5u},
        {{1}, 2, 99, 0x3f121a0d8ecd498du, 0xa8c7f832281a39c5u},
        {{2}, 3, 0, 0x7e011796bb2bbba9u, 0x392209f14dea4c24u},
        {{2}, 3, 99, 0x7e011796bb2bbba9u, 0x392209f14dea4c24u},
        {{31}, 4, 0, 0xcaa72243a852ba54u, 0x64e7abc161990fdau},
        {{31}, 4, 99, 0xcaa72243a852ba54u, 0x64e7abc161990fdau},
        {{32}, 5, 0, 0x608590810ed17ad6u, 0x1fe32014be3b19c5u},
        {{32}, 5, 99, 0x608590810ed17ad6u, 0x1fe32014be3b19c5u},
        {{33}, 6, 0, 0xcfc0872686bb11a2u, 0xb6f7fa4e8959fd45u},
        {{33}, 6, 99, 0xcfc0872686bb11a2u, 0xb6f7fa4e8959fd45u},
        {{100}, 7, 0, 0x8d3e9e0113ec71d3u, 0x4135f8fc33ba6065u},
        {{100}, 7, 99, 0x8d3e9e0113ec71d3u, 0x4135f8fc33ba6065u},
        {{1000}, 8, 0, 0x6313589f48d02bb5u, 0x9e0093f134f490f5u},
        {{1000}, 8, 99, 0x6313589f48d02bb5u, 0x9e0093f134f490f5u},
        {{32769}, 9, 0, 0x48f2b53b49738e17u, 0x32800488887d8f79u},
        {{32769}, 9, 99, 0x48f2b53b49738e17u, 0x32800488887d8f79u},
        {{65537}, 10, 0, 0x99fd62c727a40d5bu, 0x10d62ba6fde66eccu},
        {{65537}, 10, 99, 0x99fd62c727a40d5bu, 0x10d62ba6fde66eccu},
        {{3, 7}, 11, 0, 0x40066687fbc958c8u, 0x56018ee62e40ee26u},
        {{3, 7}, 11, 1, 0x30f0e0f94bb908b0u, 0x9f3d5676f858b1a2u},
        {{3, 7}, 11, 99, 0x94fdf58a37743a78u, 0xc069265a06ef6c71u},
        {{7, 3}, 12, 0, 0x26c9f6bb4dbcff9au, 0x25ef170ad22ceca2u},
        {{7, 3}, 12, 1, 0x6079d77587e700beu, 0xeb8208ca2b7842c6u},
        {{7, 3}, 12, 99, 0x9e376e1594d85b92u, 0xe2f3f9675ffb5ff1u},
        {{0, 5}, 13, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{40, 50}, 15, 0, 0xf7bf74fcd87bf12cu, 0x3a63fae445404165u},
        {{40, 50}, 15, 1, 0x532eff4267db4654u, 0x991dbded6470bb25u},
        {{40, 50}, 15, 99, 0xf6c8983cc27d42d0u, 0x9d0ba59334172099u},
        {{2, 70001}, 16, 0, 0x44392bcf38cf93d3u, 0x360f090b0d908124u},
        {{2, 70001}, 16, 1, 0x5ffe2a57f781f91bu, 0x5c8ef1680f57b169u},
        {{2, 70001}, 16, 99, 0x1c170de0c1f28ae7u, 0x41e8a474e5851e0cu},
        {{70001, 2}, 17, 0, 0x3cdeee527c7d1864u, 0xd8b3f580d4595ffdu},
        {{70001, 2}, 17, 1, 0xd3843d50456a3018u, 0x5c5d17ea5f55ac04u},
        {{70001, 2}, 17, 99, 0x683259026048b5c0u, 0xcf7d124a1138b2bcu},
        {{3, 4, 5}, 18, 0, 0x76c5787e64190b95u, 0x2e4eb7726d41a5a5u},
        {{3, 4, 5}, 18, 1, 0x9f25305ec649613du, 0x16b89a447ac52465u},
        {{3, 4, 5}, 18, 2, 0xa156bbb8341cb225u, 0x7e207e67bad19c25u},
        {{3, 4, 5}, 18, 99, 0x65916befdac26415u, 0x41a40e1db3ca1025u},
        {{2, 33, 40}, 19, 0, 0x6eb0528098d70aeeu, 0x433e8344711b2b25u},
        {{2, 33, 40}, 19, 1, 0x79883549bedbf536u, 0x75a73afeaf76afe5u},
        {{2, 33, 40}, 19, 2, 0x5ccb2922da26b1c6u, 0x0fe7bd7cc65e2385u},
        {{2, 33, 40}, 19, 99, 0xf39adaa282bb89eau, 0xf7cd84727d78cf11u},
        {{4, 1, 6}, 20, 0, 0xe1e13efc23d9af33u, 0x944024451d173be5u},
        {{4, 1, 6}, 20, 1, 0x41830349d5cca24fu, 0xab0c262759a1d225u},
        {{4, 1, 6}, 20, 2, 0xc753f64cfe3ea337u, 0xbc5ff4a6b2846f85u},
        {{4, 1, 6}, 20, 99, 0xec2bba1b0959f2c7u, 0x4d9288aeada3b3a5u},
        {{1, 1, 1}, 21, 0, 0x3ee84fd095359966u, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 1, 0x3ee84fd095359966u, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 2, 0x3ee84fd095359966u, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 99, 0x3ee84fd095359966u, 0xa8c7f832281a39c5u},
        {{1000003}, 33, 0, 0x2bf77b8a40349965u, 0x3d346736057f1067u},
        {{1000003}, 33, 99, 0x2bf77b8a40349965u, 0x3d346736057f1067u},
    };
    // {n, seed, number of unique values, FNV-1a of np.unique(x, return_index=True, return_inverse=True, return_counts=True)'s values, index, inverse, counts} of sort_data<std::int32_t>
    const unique_case int32_t_uniques[] = {
        {0, 41, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {1, 42, 1, 0xdf55c79b0c08e23fu, 0xa8c7f832281a39c5u, 0xa8c7f832281a39c5u, 0x89cd31291d2aefa4u},
        {5, 43, 5, 0xc8363a393bf30cb0u, 0x65364e03d04d11e1u, 0xe90a3f5ac07585e1u, 0xb0eeedac6bd5e5e4u},
        {33, 44, 29, 0x60db55e52cbb2809u, 0x0acd5129ddce0451u, 0x1554cf3d04031859u, 0x5c3a7a1b7a2254e0u},
        {1000, 45, 754, 0x28a5f6561ad80b1eu, 0xa5c0824f3158ef32u, 0xf6587cb1354fd409u, 0xc82ebae1682eba25u},
        {70001, 46, 15291, 0x7121d33c61da7102u, 0xc36909773a2c4e71u, 0xc6639de580cb677du, 0x6bf93c39c6d63d6cu},
        {1000003, 33, 189581, 0xd0a57da3995561eeu, 0xb36d9be16e6d2d16u, 0x53e1f072dd28126du, 0x9ef86a7050c7e574u},
    };
    // {shape, seed, axis (99: None), FNV-1a of np.sort(x, axis, kind='stable'), of np.argsort(x, axis, kind='stable')} of sort_data<std::int64_t>
    const sort_case int64_t_sorts[] = {
        {{0}, 1, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0}, 1, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{1}, 2, 0, 0x2ffdb3a9b6d168a6u, 0xa8c7f832281a39c5u},
        {{1}, 2, 99, 0x2ffdb3a9b6d168a6u, 0xa8c7f832281a39c5u},
        {{2}, 3, 0, 0xac78ccc20c4533c7u, 0x392209f14dea4c24u},
        {{2}, 3, 99, 0xac78ccc20c4533c7u, 0x392209f14dea4c24u},
        {{31}, 4, 0, 0x9a77e0bb82268962u, 0xb2348c0463eed97au},
        {{31}, 4, 99, 0x9a77e0bb82268962u, 0xb2348c0463eed97au},
        {{32}, 5, 0, 0x2207966e913ba428u, 0x62b4ee8571c70205u},
        {{32}, 5, 99, 0x2207966e913ba428u, 0x62b4ee8571c70205u},
        {{33}, 6, 0, 0x6f97613716122c5au, 0xb82faad4d96ad645u},
        {{33}, 6, 99, 0x6f97613716122c5au, 0xb82faad4d96ad645u},
        {{100}, 7, 0, 0xcb70ad6e39d017b5u, 0x28f3dcb377c03045u},
        {{100}, 7, 99, 0xcb70ad6e39d017b5u, 0x28f3dcb377c03045u},
        {{1000}, 8, 0, 0xa37e05b2ce4a9f9bu, 0xe255cd0269493a5du},
        {{1000}, 8, 99, 0xa37e05b2ce4a9f9bu, 0xe255cd0269493a5du},
        {{32769}, 9, 0, 0x804b3cda9f4654fau, 0x381dd2db5f73013du},
        {{32769}, 9, 99, 0x804b3cda9f4654fau, 0x381dd2db5f73013du},
        {{65537}, 10, 0, 0xe76309b0d315f8e3u, 0x12749f3216e00aacu},
        {{65537}, 10, 99, 0xe76309b0d315f8e3u, 0x12749f3216e00aacu},
        {{3, 7}, 11, 0, 0x5513af0682e0fc71u, 0x7c18d28e922cd1e6u},
        {{3, 7}, 11, 1, 0x5c8868617b5ddb89u, 0xbb27f3abde9fc702u},
        {{3, 7}, 11, 99, 0x3c261afdd1f2c5e5u, 0xb37b12072cef70d1u},
        {{7, 3}, 12, 0, 0x7227ee9342bb0c73u, 0x25ef170ad22ceca2u},
        {{7, 3}, 12, 1, 0x6354764dff9eb933u, 0xeb8208ca2b7842c6u},
        {{7, 3}, 12, 99, 0x837fe2f2c266bc53u, 0xe2f3f9675ffb5ff1u},
        {{0, 5}, 13, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{40, 50}, 15, 0, 0xa11fed98dc298756u, 0x96b0c30a62b00125u},
        {{40, 50}, 15, 1, 0x9b1e9dc17b5f1742u, 0x183a110632c20205u},
        {{40, 50}, 15, 99, 0x16fb59292f94adf2u, 0xd1bea1dd08d85f21u},
        {{2, 70001}, 16, 0, 0x167a2227926aee27u, 0xaaf3eb83b39bde04u},
        {{2, 70001}, 16, 1, 0x86c1ea99148a1effu, 0xf81fef4fecaaf2fdu},
        {{2, 70001}, 16, 99, 0x66c5e0aebc27f977u, 0xdf1ba62e4e822198u},
        {{70001, 2}, 17, 0, 0x156fe92974711ed0u, 0x2186dd0876b511b9u},
        {{70001, 2}, 17, 1, 0xd2810c652846db70u, 0xa4c7904427bb76c4u},
        {{70001, 2}, 17, 99, 0x059f8367c9c35dd8u, 0xbe9737d9a43b14a8u},
        {{3, 4, 5}, 18, 0, 0x84e7458b2fb3bdddu, 0x78fc3e4bbbc823a5u},
        {{3, 4, 5}, 18, 1, 0x1c1ae4c611aeb0edu, 0x5365a85c762de2c5u},
        {{3, 4, 5}, 18, 2, 0xe234157f848e7fc1u, 0x24d63dcad3d85985u},
        {{3, 4, 5}, 18, 99, 0x2433c57f0f008c81u, 0xa7e9d4c54df51e25u},
        {{2, 33, 40}, 19, 0, 0x209a508f06505fe5u, 0x45e6b0e8d74f6d65u},
        {{2, 33, 40}, 19, 1, 0x9ce38a1327768dc1u, 0xc2b9db61f7837925u},
        {{2, 33, 40}, 19, 2, 0xd5afdddc35ef6d6du, 0x74b836d632e54ac5u},
        {{2, 33, 40}, 19, 99, 0x4b0385dc260c75f9u, 0x13411e5fa89bb5adu},
        {{4, 1, 6}, 20, 0, 0x7efc9ae08cae31bcu, 0xaf4bc743503d2765u},
        {{4, 1, 6}, 20, 1, 0xb90b66a1f57b09b0u, 0xab0c262759a1d225u},
        {{4, 1, 6}, 20, 2, 0x98b5dc8101e45cccu, 0x813eec890d379d65u},
        {{4, 1, 6}, 20, 99, 0xcf2d4c03c33560b0u, 0xd9f2ecf48c1009c5u},
        {{1, 1, 1}, 21, 0, 0xa8da9b88e620cac6u, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 1, 0xa8da9b88e620cac6u, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 2, 0xa8da9b88e620cac6u, 0xa8c7f832281a39c5u},
        {{1, 1, 1}, 21, 99, 0xa8da9b88e620cac6u, 0xa8c7f832281a39c5u},
        {{200003}, 34, 0, 0x0a9789b757b18a09u, 0xef5a6e12e60b7e02u},
        {{200003}, 34, 99, 0x0a9789b757b18a09u, 0xef5a6e12e60b7e02u},
    };
    // {n, seed, number of unique values, FNV-1a of np.unique(x, return_index=True, return_inverse=True, return_counts=True)'s values, index, inverse, counts} of sort_data<std::int64_t>
    const unique_case int64_t_uniques[] = {
        {0, 41, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {1, 42, 1, 0x3b2851ae3816170bu, 0xa8c7f832281a39c5u, 0xa8c7f832281a39c5u, 0x89cd31291d2aefa4u},
        {5, 43, 5, 0x5a15268db9aa6c06u, 0x8c2c6ae0beffec01u, 0xf3528f17c3794f01u, 0xb0eeedac6bd5e5e4u},
        {33, 44, 29, 0x75a469a1e6fc0614u, 0xeb4bcd0059397a51u, 0x423dd3192f6be859u, 0x5c3a7a1b7a2254e0u},
        {1000, 45, 754, 0x51a505845ea9c001u, 0x47befa763a8aed4au, 0x112a2a47bdeb73c0u, 0x988f321acea01225u},
        {70001, 46, 15291, 0x401c97976dd83fb6u, 0x7a45b669c45bda39u, 0x49e1fa827cf578b4u, 0x555366de295d092cu},
        {200003, 34, 39332, 0x2ec949f975302908u, 0xb14e6bf4307e645au, 0xb80773ccf8193483u, 0x59ef8a0aa0ca7464u},
    };
    // np.unique(x) alone kept other bits than with return_index=True in 7 of these cases
    // clang-format on
    // END GENERATED
    SECTION("float64") {
        check_sorts<double>(double_sorts);
        check_uniques<double>(double_uniques);
    }
    SECTION("float32") {
        check_sorts<float>(float_sorts);
        check_uniques<float>(float_uniques);
    }
    SECTION("int32") {
        check_sorts<std::int32_t>(int32_t_sorts);
        check_uniques<std::int32_t>(int32_t_uniques);
    }
    SECTION("int64") {
        check_sorts<std::int64_t>(int64_t_sorts);
        check_uniques<std::int64_t>(int64_t_uniques);
    }
}

TEST_CASE("sorts take one axis in range, as NumPy", "[sorting]") {
    const parray::ndarray<double> a = sort_data<double>({3, 4}, 7);
    const auto message_of = [](auto call) {
        try {
            call();
        } catch (const std::invalid_argument& e) {
            return std::string(e.what());
        }
        return std::string("no exception");
    };
    const std::string too_large = message_of([&] { (void)parray::parallel_sort(a, 2); });
    REQUIRE(too_large.find("parray::parallel_sort") != std::string::npos);
    REQUIRE(too_large.find("axis 2") != std::string::npos);
    REQUIRE(too_large.find("dimension 2") != std::string::npos);
    REQUIRE(message_of([&] { (void)parray::parallel_argsort(a, -3); }).find("axis -3") !=
            std::string::npos);
    parray::ndarray<double> b = a;
    REQUIRE_THROWS_AS(parray::parallel_sort_in_place(b, 5), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_sort(a, {0, 1}), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_sort(a, parray::keepdims(1)), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_sort(a, 3, std::less<>{}), std::invalid_argument);
    // A 0-d array has no last axis; all_axes() sorts its one element.
    const parray::ndarray<double> scalar(2.5);
    REQUIRE_THROWS_AS(parray::parallel_sort(scalar), std::invalid_argument);
    REQUIRE_THROWS_AS(parray::parallel_argsort(scalar), std::invalid_argument);
    const auto flat = parray::parallel_sort(scalar, parray::all_axes());
    REQUIRE(flat.dimension() == 1);
    REQUIRE(flat(0) == 2.5);
    REQUIRE(parray::parallel_argsort(scalar, parray::all_axes())(0) == 0);
    const auto unique = parray::parallel_unique(scalar);
    REQUIRE(unique.size() == 1);
    REQUIRE(unique(0) == 2.5);
}

TEST_CASE("a comparator sorts stably in its own order, on every pool", "[sorting]") {
    const std::size_t n =
        GENERATE(std::size_t{0}, std::size_t{7}, std::size_t{1000}, std::size_t{100003});
    auto a = parray::ndarray<std::int64_t>::from_shape({n});
    for (std::size_t i = 0; i < n; ++i) {
        a.data()[i] = static_cast<std::int64_t>(splitmix64(5, i) % 1000);
    }
    // Descending by tens: elements of one ten keep their order.
    const auto by_tens = [](std::int64_t x, std::int64_t y) { return x / 10 > y / 10; };
    std::vector<std::int64_t> expected(a.begin(), a.end());
    std::stable_sort(expected.begin(), expected.end(), by_tens);
    std::vector<std::int64_t> expected_order(n);
    std::iota(expected_order.begin(), expected_order.end(), std::int64_t{0});
    std::stable_sort(
        expected_order.begin(), expected_order.end(),
        [&](std::int64_t i, std::int64_t j) { return by_tens(a.data()[i], a.data()[j]); });
    for (const std::size_t threads : {1, 2, 3, 8}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        const auto sorted = parray::parallel_sort(a, by_tens, opts);
        REQUIRE(std::vector<std::int64_t>(sorted.begin(), sorted.end()) == expected);
        const auto order = parray::parallel_argsort(a, by_tens, opts);
        REQUIRE(std::vector<std::int64_t>(order.begin(), order.end()) == expected_order);
        parray::ndarray<std::int64_t> in_place = a;
        parray::parallel_sort_in_place(in_place, parray::all_axes(), by_tens, opts);
        REQUIRE(std::vector<std::int64_t>(in_place.begin(), in_place.end()) == expected);
    }
}

TEST_CASE("sorts read views and lazy expressions as their values", "[sorting]") {
    const parray::ndarray<double> a = sort_data<double>({40, 70}, 9);
    const parray::ndarray<double> doubled = 2.0 * a;
    const parray::ndarray<double> transposed = xt::transpose(a);
    const parray::ndarray<double> strided = xt::view(a, xt::all(), xt::range(0, 70, 3));
    for (const std::size_t threads : {1, 3}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        for (const int axis : {0, 1, 99}) {
            const parray::axis_list along = axis_of(axis);
            REQUIRE(fnv1a(parray::parallel_sort(2.0 * a, along, opts)) ==
                    fnv1a(parray::parallel_sort(doubled, along, opts)));
            REQUIRE(fnv1a(parray::parallel_argsort(2.0 * a, along, opts)) ==
                    fnv1a(parray::parallel_argsort(doubled, along, opts)));
            REQUIRE(fnv1a(parray::parallel_sort(xt::transpose(a), along, opts)) ==
                    fnv1a(parray::parallel_sort(transposed, along, opts)));
            const auto view = xt::view(a, xt::all(), xt::range(0, 70, 3));
            REQUIRE(fnv1a(parray::parallel_sort(view, along, opts)) ==
                    fnv1a(parray::parallel_sort(strided, along, opts)));
            REQUIRE(fnv1a(parray::parallel_argsort(view, along, opts)) ==
                    fnv1a(parray::parallel_argsort(strided, along, opts)));
        }
        REQUIRE(fnv1a(parray::parallel_unique(2.0 * a, opts)) ==
                fnv1a(parray::parallel_unique(doubled, opts)));
        const auto lazy = parray::parallel_unique(xt::transpose(a), parray::return_inverse, opts);
        const auto evaluated = parray::parallel_unique(transposed, parray::return_inverse, opts);
        REQUIRE(fnv1a(lazy.inverse) == fnv1a(evaluated.inverse));
    }
}

TEST_CASE("in-place sorts along all axes keep the shape", "[sorting]") {
    parray::ndarray<float> a = sort_data<float>({5, 6, 7}, 3);
    const auto flat = parray::parallel_sort(a, parray::all_axes());
    parray::parallel_sort_in_place(a, parray::all_axes());
    REQUIRE(a.dimension() == 3);
    REQUIRE(a.shape()[2] == 7);
    REQUIRE(std::memcmp(a.data(), flat.data(), a.size() * sizeof(float)) == 0);
}

TEMPLATE_TEST_CASE("other integer types sort as std::stable_sort does", "[sorting]", std::int8_t,
                   std::uint8_t, std::int16_t, std::uint16_t, std::uint32_t, std::uint64_t) {
    const std::size_t n = GENERATE(std::size_t{33}, std::size_t{70001});
    auto a = parray::ndarray<TestType>::from_shape({n});
    for (std::size_t i = 0; i < n; ++i) {
        a.data()[i] = static_cast<TestType>(splitmix64(11, i));
    }
    std::vector<TestType> expected(a.begin(), a.end());
    std::stable_sort(expected.begin(), expected.end());
    std::vector<std::int64_t> expected_order(n);
    std::iota(expected_order.begin(), expected_order.end(), std::int64_t{0});
    std::stable_sort(expected_order.begin(), expected_order.end(),
                     [&](std::int64_t i, std::int64_t j) { return a.data()[i] < a.data()[j]; });
    for (const std::size_t threads : {1, 3}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        const auto sorted = parray::parallel_sort(a, opts);
        REQUIRE(std::vector<TestType>(sorted.begin(), sorted.end()) == expected);
        const auto order = parray::parallel_argsort(a, opts);
        REQUIRE(std::vector<std::int64_t>(order.begin(), order.end()) == expected_order);
        const auto unique = parray::parallel_unique(a, parray::return_counts, opts);
        std::vector<TestType> distinct = expected;
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        REQUIRE(std::vector<TestType>(unique.values.begin(), unique.values.end()) == distinct);
        std::int64_t total = 0;
        for (const std::int64_t count : unique.counts) {
            total += count;
        }
        REQUIRE(total == static_cast<std::int64_t>(n));
    }
}
