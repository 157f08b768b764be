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

// FNV-1a over a's elements in row-major order, one element (its bits zero-extended to 64 bits)
// a step, NaNs as they are: the generator's digest.
template <class R>
std::uint64_t fnv1a(const parray::ndarray<R>& a) {
    using word_type = std::conditional_t<
        sizeof(R) == 1, std::uint8_t,
        std::conditional_t<sizeof(R) == 2, std::uint16_t,
                           std::conditional_t<sizeof(R) == 4, std::uint32_t, std::uint64_t>>>;
    std::uint64_t hash = 14695981039346656037ULL;
    for (std::size_t i = 0; i < a.size(); ++i) {
        word_type word;
        std::memcpy(&word, a.data() + i, sizeof word);
        hash = (hash ^ word) * 1099511628211ULL;
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
            if ((x.size() > 200000 && x.dimension() == 1 && c.axis == 99 && threads != 3) ||
                !parray_test::checked_on_pool(x.size(), threads)) {
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
            if (!parray_test::checked_on_pool(c.n, threads)) {
                continue;
            }
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
        {{1}, 2, 0, 0x979686ec8601b7dfu, 0xaf63bd4c8601b7dfu},
        {{1}, 2, 99, 0x979686ec8601b7dfu, 0xaf63bd4c8601b7dfu},
        {{2}, 3, 0, 0xe729f387b4ded51cu, 0x08328707b4eb6e3au},
        {{2}, 3, 99, 0xe729f387b4ded51cu, 0x08328707b4eb6e3au},
        {{31}, 4, 0, 0x4a1e4d45fa4b0f47u, 0x17e07b499ccf39e2u},
        {{31}, 4, 99, 0x4a1e4d45fa4b0f47u, 0x17e07b499ccf39e2u},
        {{32}, 5, 0, 0xc48392a84d88ebfcu, 0xa33e47da019b5a8bu},
        {{32}, 5, 99, 0xc48392a84d88ebfcu, 0xa33e47da019b5a8bu},
        {{33}, 6, 0, 0xac0b4406a9a69897u, 0x87cb2434dfb712b3u},
        {{33}, 6, 99, 0xac0b4406a9a69897u, 0x87cb2434dfb712b3u},
        {{100}, 7, 0, 0xd8a8607337858375u, 0xa3ab4bf12e4e39a1u},
        {{100}, 7, 99, 0xd8a8607337858375u, 0xa3ab4bf12e4e39a1u},
        {{1000}, 8, 0, 0xaf3faf0e37033dd2u, 0x49f7f719453b9b7fu},
        {{1000}, 8, 99, 0xaf3faf0e37033dd2u, 0x49f7f719453b9b7fu},
        {{32769}, 9, 0, 0xb22e819777fdf222u, 0x072d9618fd191b07u},
        {{32769}, 9, 99, 0xb22e819777fdf222u, 0x072d9618fd191b07u},
        {{65537}, 10, 0, 0x8ebf6b12691eb144u, 0xc76af9745337ce1du},
        {{65537}, 10, 99, 0x8ebf6b12691eb144u, 0xc76af9745337ce1du},
        {{3, 7}, 11, 0, 0x42d3a3418e80a50fu, 0x365b8de4296fb5e0u},
        {{3, 7}, 11, 1, 0x5b7e7fc18e80a50fu, 0x3d94eaa542a1741au},
        {{3, 7}, 11, 99, 0x79ab7c418e80a50fu, 0xd96f161ca683b5ffu},
        {{7, 3}, 12, 0, 0x0f48b5f18e80a50fu, 0x19452b5f5e1398b0u},
        {{7, 3}, 12, 1, 0x6e666d518e80a50fu, 0x43883fbdd48029b6u},
        {{7, 3}, 12, 99, 0x3980b9918e80a50fu, 0x2e46f120aef6efa3u},
        {{0, 5}, 13, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{40, 50}, 15, 0, 0xd1bc94e7073ccf2bu, 0x65cf3761b14a9895u},
        {{40, 50}, 15, 1, 0x78a34c884b6eb57fu, 0x4b57832c75bb005bu},
        {{40, 50}, 15, 99, 0xbd63648ea8a1e79du, 0xcb928a37635cf845u},
        {{2, 70001}, 16, 0, 0x11bb4609fe71cf7du, 0x43d2fd5de2b4f2fau},
        {{2, 70001}, 16, 1, 0x544257004cfb198fu, 0xa36ab237027040e3u},
        {{2, 70001}, 16, 99, 0xa146a95ccb76623fu, 0x24408635db4f2044u},
        {{70001, 2}, 17, 0, 0x162a8341d714b68bu, 0x5c97d4f22a9adea9u},
        {{70001, 2}, 17, 1, 0x9cd8aa79d4a40a61u, 0xb3b67c351a5a34d2u},
        {{70001, 2}, 17, 99, 0xf6ea1ff8ef8760cfu, 0xadbd437b3702c5dcu},
        {{3, 4, 5}, 18, 0, 0x36a5da66cf34ac55u, 0xea6b8c7460d287bdu},
        {{3, 4, 5}, 18, 1, 0x4b9b6466cf34ac55u, 0x7be2033e249a3927u},
        {{3, 4, 5}, 18, 2, 0x766a73e6cf34ac55u, 0xec71ebbc176eec5du},
        {{3, 4, 5}, 18, 99, 0xec04a1c6cf34ac55u, 0x23795514171112b3u},
        {{2, 33, 40}, 19, 0, 0x36fd46f8bfb612abu, 0x78b50d659c94327du},
        {{2, 33, 40}, 19, 1, 0x983f08f0b262c087u, 0x6ec69c002e8a13edu},
        {{2, 33, 40}, 19, 2, 0xb4b4b4b952b021e1u, 0x0c56fe7426ef81d7u},
        {{2, 33, 40}, 19, 99, 0x07a7647a3d611913u, 0x10591b57c358f53fu},
        {{4, 1, 6}, 20, 0, 0x487dfd970546c79cu, 0x4bab219cfd03d371u},
        {{4, 1, 6}, 20, 1, 0xc061e32bf7013fecu, 0x81d23fd7003c2305u},
        {{4, 1, 6}, 20, 2, 0x283d5508a3108502u, 0xa193a4772db111cdu},
        {{4, 1, 6}, 20, 99, 0xb9c3a937003f1a92u, 0x8fbb0603a7dba065u},
        {{1, 1, 1}, 21, 0, 0xf8f3bd4c8601b7dfu, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 1, 0xf8f3bd4c8601b7dfu, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 2, 0xf8f3bd4c8601b7dfu, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 99, 0xf8f3bd4c8601b7dfu, 0xaf63bd4c8601b7dfu},
        {{1000003}, 31, 0, 0x55ec0bcd814804bdu, 0xac58e96d277a7fcau},
        {{1000003}, 31, 99, 0x55ec0bcd814804bdu, 0xac58e96d277a7fcau},
    };
    // {n, seed, number of unique values, FNV-1a of np.unique(x, return_index=True, return_inverse=True, return_counts=True)'s values, index, inverse, counts} of sort_data<double>
    const unique_case double_uniques[] = {
        {0, 41, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {1, 42, 1, 0xac8af5ec8601b7dfu, 0xaf63bd4c8601b7dfu, 0xaf63bd4c8601b7dfu, 0xaf63bc4c8601b62cu},
        {5, 43, 5, 0x99d80c79252be94fu, 0x915f170bf8ab50bdu, 0x781bd725d84cf6b9u, 0x6f6202b6f92d1e48u},
        {33, 44, 23, 0x9f46807d2f14bc67u, 0x1d098671a08ba85au, 0x4790f86fad421a5cu, 0xa84ea92f43618664u},
        {1000, 45, 492, 0xb13d8c0432cac215u, 0x1988e451b8b1e7ccu, 0x1e0df6faeef2d255u, 0xe5b2bf41e3c21737u},
        {70001, 46, 32269, 0x72ca336c02464f98u, 0x97311bc3e8774e9au, 0xcb8067701d11880bu, 0x3799d93b64507956u},
        {1000003, 31, 183666, 0x96dd491d214386f4u, 0x52c8251b130b1be7u, 0xfd35d4eea0f11750u, 0x7d25c7cd96c95676u},
    };
    // {shape, seed, axis (99: None), FNV-1a of np.sort(x, axis, kind='stable'), of np.argsort(x, axis, kind='stable')} of sort_data<float>
    const sort_case float_sorts[] = {
        {{0}, 1, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0}, 1, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{1}, 2, 0, 0xb762bcd9079804dfu, 0xaf63bd4c8601b7dfu},
        {{1}, 2, 99, 0xb762bcd9079804dfu, 0xaf63bd4c8601b7dfu},
        {{2}, 3, 0, 0xd25bdfeb5a0d691cu, 0x08328707b4eb6e3au},
        {{2}, 3, 99, 0xd25bdfeb5a0d691cu, 0x08328707b4eb6e3au},
        {{31}, 4, 0, 0xfa7031a21dcc1ac7u, 0x17e07b499ccf39e2u},
        {{31}, 4, 99, 0xfa7031a21dcc1ac7u, 0x17e07b499ccf39e2u},
        {{32}, 5, 0, 0xde62b193a76f767cu, 0xa33e47da019b5a8bu},
        {{32}, 5, 99, 0xde62b193a76f767cu, 0xa33e47da019b5a8bu},
        {{33}, 6, 0, 0xb06fa27d41fa5e17u, 0x87cb2434dfb712b3u},
        {{33}, 6, 99, 0xb06fa27d41fa5e17u, 0x87cb2434dfb712b3u},
        {{100}, 7, 0, 0xd080aca595d34375u, 0xa3ab4bf12e4e39a1u},
        {{100}, 7, 99, 0xd080aca595d34375u, 0xa3ab4bf12e4e39a1u},
        {{1000}, 8, 0, 0xfc3963f7f642e0d2u, 0x49f7f719453b9b7fu},
        {{1000}, 8, 99, 0xfc3963f7f642e0d2u, 0x49f7f719453b9b7fu},
        {{32769}, 9, 0, 0x39afacafbf73af22u, 0x072d9618fd191b07u},
        {{32769}, 9, 99, 0x39afacafbf73af22u, 0x072d9618fd191b07u},
        {{65537}, 10, 0, 0x3c39dc3685c3b7c4u, 0xc76af9745337ce1du},
        {{65537}, 10, 99, 0x3c39dc3685c3b7c4u, 0xc76af9745337ce1du},
        {{3, 7}, 11, 0, 0x6237765f7ed4330fu, 0x365b8de4296fb5e0u},
        {{3, 7}, 11, 1, 0x29a064d3664b9b0fu, 0x3d94eaa542a1741au},
        {{3, 7}, 11, 99, 0x1c32c71fc370cb0fu, 0xd96f161ca683b5ffu},
        {{7, 3}, 12, 0, 0x7223d1a3a55a7b8fu, 0x19452b5f5e1398b0u},
        {{7, 3}, 12, 1, 0x32f8d349713f458fu, 0x43883fbdd48029b6u},
        {{7, 3}, 12, 99, 0xd508566d4da41d8fu, 0x2e46f120aef6efa3u},
        {{0, 5}, 13, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{40, 50}, 15, 0, 0xfa0abc5fa09238abu, 0x65cf3761b14a9895u},
        {{40, 50}, 15, 1, 0x00e584799f9447ffu, 0x4b57832c75bb005bu},
        {{40, 50}, 15, 99, 0xd4315c8adfa27d1du, 0xcb928a37635cf845u},
        {{2, 70001}, 16, 0, 0x85d1530967736d7du, 0x43d2fd5de2b4f2fau},
        {{2, 70001}, 16, 1, 0x80fef5dc37c07c8fu, 0xa36ab237027040e3u},
        {{2, 70001}, 16, 99, 0x8e3c932f4ff2443fu, 0x24408635db4f2044u},
        {{70001, 2}, 17, 0, 0xc5dd80c7bfc3540bu, 0x5c97d4f22a9adea9u},
        {{70001, 2}, 17, 1, 0x72e5f0b8838a13e1u, 0xb3b67c351a5a34d2u},
        {{70001, 2}, 17, 99, 0xe1406408ed3f924fu, 0xadbd437b3702c5dcu},
        {{3, 4, 5}, 18, 0, 0xd442162c792f7b55u, 0xea6b8c7460d287bdu},
        {{3, 4, 5}, 18, 1, 0xd6d1886cd8cc2b55u, 0x7be2033e249a3927u},
        {{3, 4, 5}, 18, 2, 0xe9e1b8c839f81855u, 0xec71ebbc176eec5du},
        {{3, 4, 5}, 18, 99, 0xb23a4a592a7ce055u, 0x23795514171112b3u},
        {{2, 33, 40}, 19, 0, 0x48ca98cf7b1ffcabu, 0x78b50d659c94327du},
        {{2, 33, 40}, 19, 1, 0xcdde9a5369f84287u, 0x6ec69c002e8a13edu},
        {{2, 33, 40}, 19, 2, 0xf3fa01192d6ed5e1u, 0x0c56fe7426ef81d7u},
        {{2, 33, 40}, 19, 99, 0x7b1fea5d36852613u, 0x10591b57c358f53fu},
        {{4, 1, 6}, 20, 0, 0x4c6985dd4d8b289cu, 0x4bab219cfd03d371u},
        {{4, 1, 6}, 20, 1, 0x45f115b7452b64ecu, 0x81d23fd7003c2305u},
        {{4, 1, 6}, 20, 2, 0xd87af4666b323a02u, 0xa193a4772db111cdu},
        {{4, 1, 6}, 20, 99, 0x4a0482c5d692b692u, 0x8fbb0603a7dba065u},
        {{1, 1, 1}, 21, 0, 0x2f63bda92181b7dfu, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 1, 0x2f63bda92181b7dfu, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 2, 0x2f63bda92181b7dfu, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 99, 0x2f63bda92181b7dfu, 0xaf63bd4c8601b7dfu},
        {{200003}, 32, 0, 0x93493cd6a4fb03ebu, 0x7d4786bf0e58d412u},
        {{200003}, 32, 99, 0x93493cd6a4fb03ebu, 0x7d4786bf0e58d412u},
    };
    // {n, seed, number of unique values, FNV-1a of np.unique(x, return_index=True, return_inverse=True, return_counts=True)'s values, index, inverse, counts} of sort_data<float>
    const unique_case float_uniques[] = {
        {0, 41, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {1, 42, 1, 0xd68abcd93c88fcdfu, 0xaf63bd4c8601b7dfu, 0xaf63bd4c8601b7dfu, 0xaf63bc4c8601b62cu},
        {5, 43, 5, 0x92606f8e6620464fu, 0x915f170bf8ab50bdu, 0x781bd725d84cf6b9u, 0x6f6202b6f92d1e48u},
        {33, 44, 23, 0xb7accd347c8a4067u, 0x1d098671a08ba85au, 0x4790f86fad421a5cu, 0xa84ea92f43618664u},
        {1000, 45, 492, 0xfc5e580d49588295u, 0x1988e451b8b1e7ccu, 0x1e0df6faeef2d255u, 0xe5b2bf41e3c21737u},
        {70001, 46, 32269, 0x0e0a94a385623698u, 0x97311bc3e8774e9au, 0xcb8067701d11880bu, 0x3799d93b64507956u},
        {200003, 32, 78472, 0x64d709c75f0aec45u, 0xfb3376e2966b7878u, 0x91a81608695912a0u, 0xe9b0fa473fd20cd0u},
    };
    // {shape, seed, axis (99: None), FNV-1a of np.sort(x, axis, kind='stable'), of np.argsort(x, axis, kind='stable')} of sort_data<std::int32_t>
    const sort_case int32_t_sorts[] = {
        {{0}, 1, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0}, 1, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{1}, 2, 0, 0x7bd6b01ee2690915u, 0xaf63bd4c8601b7dfu},
        {{1}, 2, 99, 0x7bd6b01ee2690915u, 0xaf63bd4c8601b7dfu},
        {{2}, 3, 0, 0x0ca4a4d21631f7aau, 0x082f2207b4e88cc4u},
        {{2}, 3, 99, 0x0ca4a4d21631f7aau, 0x082f2207b4e88cc4u},
        {{31}, 4, 0, 0x0740075e5340280cu, 0x0034ec76b7e52164u},
        {{31}, 4, 99, 0x0740075e5340280cu, 0x0034ec76b7e52164u},
        {{32}, 5, 0, 0xa11aa43fd9aa4a11u, 0x38e9e60262a07bd3u},
        {{32}, 5, 99, 0xa11aa43fd9aa4a11u, 0x38e9e60262a07bd3u},
        {{33}, 6, 0, 0x867a1f8db2da7b3du, 0xc0dfdf68a7548bc5u},
        {{33}, 6, 99, 0x867a1f8db2da7b3du, 0xc0dfdf68a7548bc5u},
        {{100}, 7, 0, 0xcc01a87146cb9e0du, 0x6a6f5de0017e99a5u},
        {{100}, 7, 99, 0xcc01a87146cb9e0du, 0x6a6f5de0017e99a5u},
        {{1000}, 8, 0, 0x228d8c6ddea5dbefu, 0xec4444f79b155883u},
        {{1000}, 8, 99, 0x228d8c6ddea5dbefu, 0xec4444f79b155883u},
        {{32769}, 9, 0, 0x157ec44c5816e8f5u, 0x1300a94851c3b057u},
        {{32769}, 9, 99, 0x157ec44c5816e8f5u, 0x1300a94851c3b057u},
        {{65537}, 10, 0, 0x5655831bbc6dd769u, 0x326898002c1879c5u},
        {{65537}, 10, 99, 0x5655831bbc6dd769u, 0x326898002c1879c5u},
        {{3, 7}, 11, 0, 0xacbe7799e057f678u, 0x4425a10a0b2929b2u},
        {{3, 7}, 11, 1, 0x4e64733cb3e7dd8au, 0xa955ef10593f8bf6u},
        {{3, 7}, 11, 99, 0xe95363fb9948b0b6u, 0xd9cfc262003cbd89u},
        {{7, 3}, 12, 0, 0x2817818fc61357e2u, 0xace1c78d1ed6994au},
        {{7, 3}, 12, 1, 0x681faab370db2ee4u, 0x95484838f409518cu},
        {{7, 3}, 12, 99, 0xdf8b7dc629c5af32u, 0x5dcb9921320bac1du},
        {{0, 5}, 13, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{40, 50}, 15, 0, 0xb730503752cc2608u, 0x996fff96357e96bdu},
        {{40, 50}, 15, 1, 0x398332abdcce878cu, 0x57ea241734563531u},
        {{40, 50}, 15, 99, 0xf60d36eb0c74de7eu, 0xa566911b98cd40e7u},
        {{2, 70001}, 16, 0, 0x55fb0f171b742591u, 0xe8ed0b9b5bc82574u},
        {{2, 70001}, 16, 1, 0x44a57fdce46d1ac9u, 0xa0501feb938a904fu},
        {{2, 70001}, 16, 99, 0xd1eb4115584b354bu, 0x3824b27daa3edb46u},
        {{70001, 2}, 17, 0, 0x8117afa27f5a6e02u, 0x2f4fbd651aba94e9u},
        {{70001, 2}, 17, 1, 0x794445cb2e91b96au, 0x381a6d43937b024eu},
        {{70001, 2}, 17, 99, 0x22245282596c924eu, 0xb54fde69af2f1254u},
        {{3, 4, 5}, 18, 0, 0xa524e153d0679e67u, 0xe98a2555e93812d1u},
        {{3, 4, 5}, 18, 1, 0xf6434cbdf6e3ea4du, 0x13bd1e8dcb7a70e1u},
        {{3, 4, 5}, 18, 2, 0x4f9d722cf66b6eedu, 0xbd8ebef9dd4a2e4du},
        {{3, 4, 5}, 18, 99, 0xc45665c2c4458855u, 0x3aaec5f2fe166b7du},
        {{2, 33, 40}, 19, 0, 0x1c3a7c68556c2ac2u, 0x5fb345c426ba26f5u},
        {{2, 33, 40}, 19, 1, 0xc5ee24ed8e3fa7aau, 0xef364c204a086b59u},
        {{2, 33, 40}, 19, 2, 0xad50ae4b0a58f3eau, 0xbd2708db7cbda9e3u},
        {{2, 33, 40}, 19, 99, 0x67c498180510e07eu, 0x563f914d8a9bb983u},
        {{4, 1, 6}, 20, 0, 0xe4f818fdd0515860u, 0xe0b4e5df9c3c0911u},
        {{4, 1, 6}, 20, 1, 0x7c5d5e65ce625e2cu, 0x81d23fd7003c2305u},
        {{4, 1, 6}, 20, 2, 0xb7c168fab97a903au, 0xe435777117a9df3fu},
        {{4, 1, 6}, 20, 99, 0x9b96794d73205650u, 0xd2f59fd2fd8fb1edu},
        {{1, 1, 1}, 21, 0, 0xaf61a84c85fe2e30u, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 1, 0xaf61a84c85fe2e30u, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 2, 0xaf61a84c85fe2e30u, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 99, 0xaf61a84c85fe2e30u, 0xaf63bd4c8601b7dfu},
        {{1000003}, 33, 0, 0x8bb655ad9be93dfeu, 0x770fa2f2c3025828u},
        {{1000003}, 33, 99, 0x8bb655ad9be93dfeu, 0x770fa2f2c3025828u},
    };
    // {n, seed, number of unique values, FNV-1a of np.unique(x, return_index=True, return_inverse=True, return_counts=True)'s values, index, inverse, counts} of sort_data<std::int32_t>
    const unique_case int32_t_uniques[] = {
        {0, 41, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {1, 42, 1, 0x6b1f5a3e7a0183a6u, 0xaf63bd4c8601b7dfu, 0xaf63bd4c8601b7dfu, 0xaf63bc4c8601b62cu},
        {5, 43, 5, 0xb32cc15c58c3e924u, 0xe01b9f0398ae32b9u, 0xc95062c7b44dab29u, 0x6f6202b6f92d1e48u},
        {33, 44, 29, 0xa0d5cfc3b9680341u, 0x7c7a96441558050bu, 0x509d720399049bdfu, 0x733e467503d347a4u},
        {1000, 45, 754, 0x9b37e3b6394475cbu, 0x88911bf6a3ce5c23u, 0x1d6665595b164befu, 0x7ccf51ebcaa486a9u},
        {70001, 46, 15291, 0xa8ff04fbf22feb57u, 0x8a1c73507767c6efu, 0x4fd93ebc1d5c78c5u, 0xa2d873d203d33224u},
        {1000003, 33, 189581, 0xf62e5235351008abu, 0x1ee5d0741ec22923u, 0x2916c858f2813054u, 0xcaf9bc2e57f834a8u},
    };
    // {shape, seed, axis (99: None), FNV-1a of np.sort(x, axis, kind='stable'), of np.argsort(x, axis, kind='stable')} of sort_data<std::int64_t>
    const sort_case int64_t_sorts[] = {
        {{0}, 1, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0}, 1, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{1}, 2, 0, 0x20a6e674e2690915u, 0xaf63bd4c8601b7dfu},
        {{1}, 2, 99, 0x20a6e674e2690915u, 0xaf63bd4c8601b7dfu},
        {{2}, 3, 0, 0xe7a40e651631f7aau, 0x082f2207b4e88cc4u},
        {{2}, 3, 99, 0xe7a40e651631f7aau, 0x082f2207b4e88cc4u},
        {{31}, 4, 0, 0x883572a5708a147eu, 0xb5a3f2cbf97047b2u},
        {{31}, 4, 99, 0x883572a5708a147eu, 0xb5a3f2cbf97047b2u},
        {{32}, 5, 0, 0xed0b9893c7f90023u, 0x9a8db2eb040fffcfu},
        {{32}, 5, 99, 0xed0b9893c7f90023u, 0x9a8db2eb040fffcfu},
        {{33}, 6, 0, 0xccc40a40f2d7979fu, 0xfcdf778de7e6f3a1u},
        {{33}, 6, 99, 0xccc40a40f2d7979fu, 0xfcdf778de7e6f3a1u},
        {{100}, 7, 0, 0x97e2a1972026ab77u, 0xefeda6af0563bd87u},
        {{100}, 7, 99, 0x97e2a1972026ab77u, 0xefeda6af0563bd87u},
        {{1000}, 8, 0, 0xef57dd8fff89799fu, 0x78c30185dba1ac0du},
        {{1000}, 8, 99, 0xef57dd8fff89799fu, 0x78c30185dba1ac0du},
        {{32769}, 9, 0, 0xaf48abcd7f4fc0f9u, 0x0f175818975bd6a9u},
        {{32769}, 9, 99, 0xaf48abcd7f4fc0f9u, 0x0f175818975bd6a9u},
        {{65537}, 10, 0, 0xef91aa36001076cdu, 0x1b493968ad566e2bu},
        {{65537}, 10, 99, 0xef91aa36001076cdu, 0x1b493968ad566e2bu},
        {{3, 7}, 11, 0, 0x6015d7dbc48886eau, 0x64267170734b3472u},
        {{3, 7}, 11, 1, 0xcc017aa44877e9d0u, 0xa8d2071a69ad6174u},
        {{3, 7}, 11, 99, 0xe3ef50b7f5aa97feu, 0x5a2b644fa75f5133u},
        {{7, 3}, 12, 0, 0xb10fa738c61357e2u, 0xace1c78d1ed6994au},
        {{7, 3}, 12, 1, 0x3d8136ad70db2ee4u, 0x95484838f409518cu},
        {{7, 3}, 12, 99, 0x78129f5f29c5af32u, 0x5dcb9921320bac1du},
        {{0, 5}, 13, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{0, 5}, 13, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 1, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{5, 0}, 14, 99, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {{40, 50}, 15, 0, 0xec661730c5410864u, 0xe4462f710a852a91u},
        {{40, 50}, 15, 1, 0x474b0ca7ab17b6beu, 0xf8ea131c4acc070fu},
        {{40, 50}, 15, 99, 0x5ea1e7de298a5448u, 0xed3e017c36fbefffu},
        {{2, 70001}, 16, 0, 0xe7153936410f6431u, 0x25d5eaa126e5df52u},
        {{2, 70001}, 16, 1, 0xbadf33c744549851u, 0x56c12e2e487124f5u},
        {{2, 70001}, 16, 99, 0x9692a566ad63efdfu, 0x55d35fd2fc4fc520u},
        {{70001, 2}, 17, 0, 0xe2777872e9fe1e06u, 0x42b55a6e0cb80231u},
        {{70001, 2}, 17, 1, 0xd9270ba03d42f4f6u, 0xebdb42671b2229f2u},
        {{70001, 2}, 17, 99, 0x6ca489597e180b88u, 0x6b6ef8a0cd15e424u},
        {{3, 4, 5}, 18, 0, 0xa6e39690f89e5cd3u, 0xb30a6274c28122fdu},
        {{3, 4, 5}, 18, 1, 0xfead70546d3970b3u, 0x1b53b63ad9129a9bu},
        {{3, 4, 5}, 18, 2, 0xd4128b8b46b828bbu, 0xf65307249de9881bu},
        {{3, 4, 5}, 18, 99, 0xfea45d171b0d2b11u, 0xeb0fcd13f0239899u},
        {{2, 33, 40}, 19, 0, 0x8d61e458670259c6u, 0x0b261a58347bb779u},
        {{2, 33, 40}, 19, 1, 0x56ca068d518c755eu, 0x38af0cff7cd03b25u},
        {{2, 33, 40}, 19, 2, 0x3f3d5bf87b6f587au, 0x5661510da16ccbafu},
        {{2, 33, 40}, 19, 99, 0xed9b52cdbd8bab08u, 0xbfaa546ad72518d3u},
        {{4, 1, 6}, 20, 0, 0xba9fe49d35025638u, 0x22a59dd116c42c29u},
        {{4, 1, 6}, 20, 1, 0x72eb464e4e625e2cu, 0x81d23fd7003c2305u},
        {{4, 1, 6}, 20, 2, 0x05342af192f87280u, 0x1d9f1c115bbdf999u},
        {{4, 1, 6}, 20, 99, 0x71fe71a22d44614cu, 0x3abb200782c1a20fu},
        {{1, 1, 1}, 21, 0, 0xaf61a84c85fe2e30u, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 1, 0xaf61a84c85fe2e30u, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 2, 0xaf61a84c85fe2e30u, 0xaf63bd4c8601b7dfu},
        {{1, 1, 1}, 21, 99, 0xaf61a84c85fe2e30u, 0xaf63bd4c8601b7dfu},
        {{200003}, 34, 0, 0xf27da681effb5c90u, 0x8dbf662587f9a09eu},
        {{200003}, 34, 99, 0xf27da681effb5c90u, 0x8dbf662587f9a09eu},
    };
    // {n, seed, number of unique values, FNV-1a of np.unique(x, return_index=True, return_inverse=True, return_counts=True)'s values, index, inverse, counts} of sort_data<std::int64_t>
    const unique_case int64_t_uniques[] = {
        {0, 41, 0, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u, 0xcbf29ce484222325u},
        {1, 42, 1, 0x509e29b37a0183a6u, 0xaf63bd4c8601b7dfu, 0xaf63bd4c8601b7dfu, 0xaf63bc4c8601b62cu},
        {5, 43, 5, 0x29acc9e64bb537f8u, 0xfa071403a757c253u, 0x3aa8afbf67e7f107u, 0x6f6202b6f92d1e48u},
        {33, 44, 29, 0x3c8cafe8e9f23683u, 0x16046d3e37552633u, 0xeb92bd12d6d5accfu, 0x733e467503d347a4u},
        {1000, 45, 754, 0x66d810ad5db1a9bbu, 0xb32d358f1de7e00bu, 0x819b93b260f638a3u, 0x245231c154baa5f1u},
        {70001, 46, 15291, 0x58002ac2dbe417bbu, 0x9fc559977e62dcd5u, 0x346cd93808e86ea3u, 0xd4ee94732bf2f4a4u},
        {200003, 34, 39332, 0x6d2f641507f80f53u, 0x0dfb5709127f3f3cu, 0x5d87ea3581a138a4u, 0x446a9dda4c6abd6eu},
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

// The elements' bits, to compare sorts of doubles exactly (-0.0 apart from 0.0, NaN payloads).
std::vector<std::uint64_t> bits_of_all(const double* first, std::size_t n) {
    std::vector<std::uint64_t> bits(n);
    for (std::size_t i = 0; i < n; ++i) {
        bits[i] = parray_test::bits_of(first[i]);
    }
    return bits;
}

// std::stable_sort by parray's sort keys: np.sort(kind='stable')'s order, which the generated
// cases check against NumPy itself.
template <class T>
std::vector<T> stable_sorted_by_key(const T* first, std::size_t n) {
    std::vector<T> sorted(first, first + n);
    std::stable_sort(sorted.begin(), sorted.end(), [](T x, T y) {
        return parray::detail::sort_key(x) < parray::detail::sort_key(y);
    });
    return sorted;
}

TEST_CASE("the value sort's paths: keys skewed, narrow, wide and equal, as std::stable_sort",
          "[sorting]") {
    // 300007 elements: uniform doubles in [0, 1) share their top digits (one bucket split in
    // parallel, then many sorted within the cache, the smallest by insertion); integers below
    // 1000 vary in two digits only (parts of 75000, split in parallel, then copied); full-range
    // integers make 256 buckets at once; equal keys need no pass at all.
    const std::size_t n = 300007;
    auto uniform = parray::ndarray<double>::from_shape({n});
    auto specials = parray::ndarray<double>::from_shape({n});
    auto narrow = parray::ndarray<std::int64_t>::from_shape({n});
    auto wide = parray::ndarray<std::int64_t>::from_shape({n});
    auto equal = parray::ndarray<double>::from_shape({n});
    const double special_values[] = {std::numeric_limits<double>::quiet_NaN(),
                                     -std::numeric_limits<double>::quiet_NaN(),
                                     -0.0,
                                     0.0,
                                     std::numeric_limits<double>::infinity(),
                                     -std::numeric_limits<double>::infinity()};
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t h = splitmix64(77, i);
        uniform.data()[i] = static_cast<double>(h >> 11) * 0x1.0p-53;
        specials.data()[i] =
            h % 5 == 0 ? special_values[(h >> 8) % 6] : static_cast<double>(h % 2001) - 1000.0;
        narrow.data()[i] = static_cast<std::int64_t>(h % 1000);
        wide.data()[i] = static_cast<std::int64_t>(h);
        equal.data()[i] = -0.0;
    }
    const auto check = [](const auto& a, const parray::options& opts) {
        using T = typename std::decay_t<decltype(a)>::value_type;
        const std::vector<T> expected = stable_sorted_by_key(a.data(), a.size());
        const auto sorted = parray::parallel_sort(a, opts);
        auto in_place = a;
        parray::parallel_sort_in_place(in_place, opts);
        if constexpr (std::is_floating_point_v<T>) {
            const auto expected_bits = bits_of_all(expected.data(), expected.size());
            CHECK(bits_of_all(sorted.data(), sorted.size()) == expected_bits);
            CHECK(bits_of_all(in_place.data(), in_place.size()) == expected_bits);
        } else {
            CHECK(std::vector<T>(sorted.begin(), sorted.end()) == expected);
            CHECK(std::vector<T>(in_place.begin(), in_place.end()) == expected);
        }
    };
    for (const std::size_t threads : {1, 2, 3, 8}) {
        INFO("pool of " << threads);
        const auto opts = parray::options{}.pool(pool_of(threads));
        check(uniform, opts);
        check(specials, opts);
        check(narrow, opts);
        check(wide, opts);
        check(equal, opts);
    }
}

TEST_CASE("a bucket larger than the cache is split on its highest varying digit first",
          "[sorting]") {
    // Twice the elements sort_bucket sorts within the cache, starting in the scratch array.
    const std::size_t n = 2 * parray::detail::cache_sorted_bucket_max<double>;
    std::vector<double> output(n);
    std::vector<double> scratch(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t h = splitmix64(78, i);
        scratch[i] = h % 7 == 0 ? -0.0 : static_cast<double>(h >> 11) * 0x1.0p-40 - 1000.0;
    }
    const std::vector<double> expected = stable_sorted_by_key(scratch.data(), n);
    parray::detail::sort_bucket(
        output.data(), scratch.data(),
        parray::detail::radix_bucket{0, n, parray::detail::key_digits<std::uint64_t>, false});
    CHECK(bits_of_all(output.data(), n) == bits_of_all(expected.data(), n));
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
        // np.sort(a.ravel()), np.sort(a.reshape(70, 40)): strides but no data() (this did not
        // compile).
        REQUIRE(fnv1a(parray::parallel_sort(xt::flatten(a), opts)) ==
                fnv1a(parray::parallel_sort(a, parray::all_axes(), opts)));
        parray::ndarray<double> reshaped = a;
        reshaped.reshape({70, 40});
        REQUIRE(fnv1a(parray::parallel_argsort(xt::reshape_view(a, {70, 40}), 0, opts)) ==
                fnv1a(parray::parallel_argsort(reshaped, 0, opts)));
        // np.argsort(a.T.ravel()), np.unique(a.T.ravel()): xt::flatten of a view that is not
        // contiguous holds an iterator of it, whose data() does not compile (this did not).
        const parray::ndarray<double> transposed_flat = xt::flatten(xt::transpose(a));
        REQUIRE(fnv1a(parray::parallel_argsort(xt::flatten(xt::transpose(a)), opts)) ==
                fnv1a(parray::parallel_argsort(transposed_flat, opts)));
        REQUIRE(fnv1a(parray::parallel_unique(xt::flatten(xt::transpose(a)), opts)) ==
                fnv1a(parray::parallel_unique(transposed_flat, opts)));
    }
}

TEST_CASE("in-place sorts of views sort the view's elements and leave the rest", "[sorting]") {
    // NumPy: m[:, 2].sort(), m[1:3].sort(axis=0), m.T.sort(), m[:, ::2].sort(axis=None) has no
    // axis=None: all_axes() sorts the view's elements in row-major order, keeping its shape.
    const parray::ndarray<double> m = sort_data<double>({50, 9}, 4);
    const auto by_magnitude = [](double x, double y) { return std::abs(x) < std::abs(y); };
    for (const std::size_t threads : {1, 3}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        auto column = m;
        parray::parallel_sort_in_place(xt::view(column, xt::all(), 2), opts);
        parray::ndarray<double> expected = m;
        xt::view(expected, xt::all(), 2) = parray::parallel_sort(xt::view(m, xt::all(), 2), opts);
        REQUIRE(fnv1a(column) == fnv1a(expected));

        auto rows = m; // contiguous rows, sorted where they lie, along axis 0
        parray::parallel_sort_in_place(xt::view(rows, xt::range(10, 30)), 0, opts);
        expected = m;
        xt::view(expected, xt::range(10, 30)) =
            parray::parallel_sort(xt::view(m, xt::range(10, 30)), 0, opts);
        REQUIRE(fnv1a(rows) == fnv1a(expected));

        auto transposed = m; // m.T.sort(): each column of m sorted
        parray::parallel_sort_in_place(xt::transpose(transposed), opts);
        REQUIRE(fnv1a(transposed) == fnv1a(parray::parallel_sort(m, 0, opts)));

        auto strided = m;
        auto strided_view = xt::view(strided, xt::all(), xt::range(0, 9, 2));
        parray::parallel_sort_in_place(strided_view, parray::all_axes(), by_magnitude, opts);
        expected = m;
        auto sorted = parray::parallel_sort(xt::view(m, xt::all(), xt::range(0, 9, 2)),
                                            parray::all_axes(), by_magnitude, opts);
        sorted.reshape({50, 5});
        xt::view(expected, xt::all(), xt::range(0, 9, 2)) = sorted;
        REQUIRE(fnv1a(strided) == fnv1a(expected));
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

// bool as NumPy sorts it: false before true.
TEMPLATE_TEST_CASE("other integer types and bool sort as std::stable_sort does", "[sorting]",
                   std::int8_t, std::uint8_t, std::int16_t, std::uint16_t, std::uint32_t,
                   std::uint64_t, bool) {
    const std::size_t n = GENERATE(std::size_t{33}, std::size_t{70001});
    auto a = parray::ndarray<TestType>::from_shape({n});
    for (std::size_t i = 0; i < n; ++i) {
        if constexpr (std::is_same_v<TestType, bool>) {
            a.data()[i] = (splitmix64(11, i) & 1) != 0;
        } else {
            a.data()[i] = static_cast<TestType>(splitmix64(11, i));
        }
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

TEST_CASE("a comparator sorts elements of any type", "[sorting]") {
    parray::ndarray<std::string> words = parray::ndarray<std::string>::from_shape({40});
    for (std::size_t i = 0; i < words.size(); ++i) {
        words.data()[i] = std::string(splitmix64(13, i) % 7, 'a') + std::to_string(i);
    }
    const auto by_length = [](const std::string& x, const std::string& y) {
        return x.size() < y.size();
    };
    std::vector<std::string> expected(words.begin(), words.end());
    std::stable_sort(expected.begin(), expected.end(), by_length);
    for (const std::size_t threads : {1, 3}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        const auto sorted = parray::parallel_sort(words, by_length, opts);
        REQUIRE(std::vector<std::string>(sorted.begin(), sorted.end()) == expected);
    }
}
