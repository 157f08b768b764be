// SPDX-License-Identifier: BSD-3-Clause
#include <parray/scanning.hpp>

#include <catch2/catch.hpp>

#include "test_helpers.hpp"

#include <xtensor/xmanipulation.hpp>

#include <atomic>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace {

using parray_test::pool_of;

// What NumPy computed for one input (made by `values`, as tests/data/make_scanning_reference.py
// makes it): function(a, axis) (axis `flat`: flattened) has `size` elements and this digest.
struct scan_expected {
    int kind;
    const char* dtype;
    std::size_t rank;
    std::size_t shape[3];
    std::uint64_t seed;
    const char* function;
    int axis;
    std::size_t size;
    std::uint64_t digest;
};

constexpr int flat = -99;
constexpr std::uint64_t golden = 0x9E3779B97F4A7C15ULL;

// splitmix64's finaliser.
std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The generator's `values`: element i of input (kind, seed), in T.
template <class T>
T value_of(int kind, std::uint64_t seed, std::size_t i) {
    const std::uint64_t u = mix(seed + (i + 1) * golden);
    if constexpr (std::is_integral_v<T>) {
        if (kind == 0) {
            if constexpr (sizeof(T) == 8) {
                std::int64_t x = 0;
                std::memcpy(&x, &u, sizeof x);
                return x;
            } else {
                return static_cast<T>(static_cast<std::int64_t>((u >> 40) % 201) - 100);
            }
        }
        std::int64_t k = static_cast<std::int64_t>((u >> 40) % 6) - 3;
        return static_cast<T>(k >= 0 ? k + 1 : k);
    } else {
        const double unit = static_cast<double>(u >> 11) * 0x1p-53;
        if (kind != 0) {
            return static_cast<T>(1.0 + (unit - 0.5) / 8.0);
        }
        const std::uint64_t s = u >> 48;
        double x = unit * 2.0 - 1.0;
        if (s == 0) {
            x = std::numeric_limits<double>::quiet_NaN();
        } else if (s == 1) {
            x = std::numeric_limits<double>::infinity();
        } else if (s == 2) {
            x = -std::numeric_limits<double>::infinity();
        } else if (s < 10) {
            x = 0.0;
        } else if (s < 17) {
            x = -0.0;
        }
        return static_cast<T>(x);
    }
}

template <class T>
parray::ndarray<T> input_of(int kind, std::uint64_t seed, const std::vector<std::size_t>& shape) {
    auto a = parray::ndarray<T>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        a.data()[i] = value_of<T>(kind, seed, i);
    }
    return a;
}

// An element's bits as the generator's `digest` takes them: NaN canonical, 32-bit types
// zero-extended.
template <class T>
std::uint64_t bits_of(T x) {
    if constexpr (std::is_same_v<T, double>) {
        if (std::isnan(x)) {
            return 0x7FF8000000000000ULL;
        }
        std::uint64_t b = 0;
        std::memcpy(&b, &x, sizeof b);
        return b;
    } else if constexpr (std::is_same_v<T, float>) {
        if (std::isnan(x)) {
            return 0x7FC00000ULL;
        }
        std::uint32_t b = 0;
        std::memcpy(&b, &x, sizeof b);
        return b;
    } else {
        return static_cast<std::uint64_t>(x);
    }
}

template <class A>
std::uint64_t digest_of(const A& result) {
    std::uint64_t sum = 0;
    for (std::size_t i = 0; i < result.size(); ++i) {
        sum += mix(bits_of(result.data()[i]) + (i + 1) * golden);
    }
    return sum;
}

// Whether two arrays hold the same bits (NaN payloads included).
template <class A>
bool same_bits(const A& x, const A& y) {
    return x.shape() == y.shape() &&
           std::memcmp(x.data(), y.data(), x.size() * sizeof(*x.data())) == 0;
}

// A scan's lanes, as the test reads them: `length` elements `inner` apart, `outer` blocks.
struct lanes {
    std::size_t outer = 1;
    std::size_t length = 0;
    std::size_t inner = 1;
};

lanes lanes_along(const std::vector<std::size_t>& shape, int axis) {
    lanes l;
    if (axis == flat || shape.empty()) {
        l.length = 1;
        for (const std::size_t extent : shape) {
            l.length *= extent;
        }
        return l;
    }
    const auto along = static_cast<std::size_t>(axis);
    for (std::size_t k = 0; k < shape.size(); ++k) {
        if (k < along) {
            l.outer *= shape[k];
        } else if (k == along) {
            l.length = shape[k];
        } else {
            l.inner *= shape[k];
        }
    }
    return l;
}

// Whether parallel_cumsum scans these lanes in two passes (detail/scan.hpp): fewer than
// scan_min_parallel_lanes lanes, longer than one chunk.
bool in_two_passes(const lanes& l, const parray::options& opts) {
    return l.outer * l.inner < parray::detail::scan_min_parallel_lanes &&
           parray::detail::make_chunk_plan(l.length, opts, l.inner).size() > 1;
}

// The depth bound of docs/api.md: 2P + Q, P the longest part (a quarter of a chunk, rounded
// up), Q the number of parts.
std::size_t two_pass_depth(const lanes& l, const parray::options& opts) {
    const auto plan = parray::detail::make_chunk_plan(l.length, opts, l.inner);
    std::size_t longest = 0;
    for (std::size_t c = 0; c < plan.size(); ++c) {
        longest = std::max(longest, plan[c].size());
    }
    const std::size_t parts = parray::detail::scan_parts;
    return 2 * ((longest + parts - 1) / parts) + parts * plan.size();
}

// The number of elements of a floating scan `r` of `a` outside the bounds of docs/api.md, the
// sequential loop in long double taken as exact (its own error allowed for): for sums
// |r_i - s_i| <= gamma_d sum |x_j| with d = min(i, depth), for products
// |r_i - p_i| <= gamma_i |p_i|, checked up to where the product underflows in R. NaN and inf
// where the reference has them.
template <class T, class R>
std::size_t outside_bound(const parray::ndarray<T>& a, const parray::ndarray<R>& r, const lanes& l,
                          bool product, std::size_t depth) {
    const long double u = std::numeric_limits<R>::epsilon() / 2;
    const long double reference_u = std::numeric_limits<long double>::epsilon() / 2;
    std::size_t failures = 0;
    for (std::size_t o = 0; o < l.outer; ++o) {
        for (std::size_t j = 0; j < l.inner; ++j) {
            long double exact = 0;
            long double magnitude = 0;
            for (std::size_t i = 0; i < l.length; ++i) {
                const std::size_t at = (o * l.length + i) * l.inner + j;
                const long double x = a.data()[at];
                exact = i == 0 ? x : product ? exact * x : exact + x;
                magnitude += std::fabs(x);
                if (product && std::fabs(exact) < std::numeric_limits<R>::min()) {
                    break; // underflow in R: the relative bound stops there (0 * inf is NaN)
                }
                const long double got = r.data()[at];
                if (std::isnan(exact) || std::isinf(exact)) {
                    failures += (std::isnan(exact) ? !std::isnan(got) : got != exact) ? 1 : 0;
                    continue;
                }
                const long double d = static_cast<long double>(product ? i : std::min(i, depth));
                const long double gamma = d * u / (1 - d * u);
                const long double scale = product ? std::fabs(exact) : magnitude;
                const long double tolerance =
                    gamma * scale + (i + 1) * reference_u * scale +
                    (product
                         ? (i + 1) * static_cast<long double>(std::numeric_limits<R>::denorm_min())
                         : 0);
                failures += std::fabs(got - exact) <= tolerance ? 0 : 1;
            }
        }
    }
    return failures;
}

// Calls function(a, axis, opts) for one row of the reference.
template <class T>
auto scan_of(const parray::ndarray<T>& a, const std::string& function, int axis,
             const parray::options& opts) {
    if (function == "cumprod") {
        return axis == flat ? parray::parallel_cumprod(a, opts)
                            : parray::parallel_cumprod(a, axis, opts);
    }
    return axis == flat ? parray::parallel_cumsum(a, opts) : parray::parallel_cumsum(a, axis, opts);
}

// The options each result of `elements` elements is computed with: pools of 1, 2, 3 and 8
// threads (checked_on_pool), with automatic chunks (family 0) or chunks of 1000 elements
// (family 1).
std::vector<parray::options> family_options(int family, std::size_t elements) {
    std::vector<parray::options> sets;
    for (const std::size_t threads : {1, 2, 3, 8}) {
        if (!parray_test::checked_on_pool(elements, threads)) {
            continue;
        }
        parray::options o = parray::options{}.pool(pool_of(threads));
        if (family == 1) {
            o.chunk_size(1000);
        }
        sets.push_back(o);
    }
    return sets;
}

template <class T>
void check_row(const scan_expected& row) {
    const std::vector<std::size_t> shape(row.shape, row.shape + row.rank);
    const auto a = input_of<T>(row.kind, row.seed, shape);
    const std::string function = row.function;
    const lanes l = lanes_along(shape, row.axis);
    for (const int family : {0, 1}) {
        const auto sets = family_options(family, a.size());
        if (function == "cumsum_positive") {
            const auto first = parray::parallel_cumsum(a > T(0), sets[0]);
            static_assert(std::is_same_v<std::int64_t, std::decay_t<decltype(*first.data())>>);
            CHECK(first.size() == row.size);
            CHECK(digest_of(first) == row.digest);
            for (const auto& opts : sets) {
                CHECK(same_bits(parray::parallel_cumsum(a > T(0), opts), first));
            }
            continue;
        }
        const auto first = scan_of(a, function, row.axis, sets[0]);
        using R = std::decay_t<decltype(*first.data())>;
        for (const auto& opts : sets) {
            CHECK(same_bits(scan_of(a, function, row.axis, opts), first));
        }
        CHECK(first.size() == row.size);
        if (std::is_floating_point_v<R> && in_two_passes(l, sets[0])) {
            CHECK(outside_bound(a, first, l, function == "cumprod", two_pass_depth(l, sets[0])) ==
                  0);
        } else {
            CHECK(digest_of(first) == row.digest);
        }
        if (row.axis != flat && family == 0) {
            // The same axis counted from the end.
            const int from_end = row.axis - static_cast<int>(std::max<std::size_t>(row.rank, 1));
            CHECK(same_bits(scan_of(a, function, from_end, sets[0]), first));
        }
    }
}

} // namespace

TEST_CASE("cumsum and cumprod equal NumPy's, flattened and along every axis", "[scanning]") {
    // BEGIN GENERATED by tests/data/make_scanning_reference.py (NumPy 1.24.2)
    // clang-format off
    static const scan_expected scan_reference[] = {
        {0, "int32", 1, {0}, 1, "cumsum", flat, 0, 0U},
        {0, "int32", 1, {0}, 1, "cumprod", flat, 0, 0U},
        {0, "int32", 1, {0}, 1, "cumsum_positive", flat, 0, 0U},
        {0, "int32", 1, {0}, 1, "cumsum", 0, 0, 0U},
        {0, "int32", 1, {0}, 1, "cumprod", 0, 0, 0U},
        {0, "int32", 1, {1}, 2, "cumsum", flat, 1, 10260536580878929050U},
        {0, "int32", 1, {1}, 2, "cumprod", flat, 1, 10260536580878929050U},
        {0, "int32", 1, {1}, 2, "cumsum_positive", flat, 1, 10451216379200822465U},
        {0, "int32", 1, {1}, 2, "cumsum", 0, 1, 10260536580878929050U},
        {0, "int32", 1, {1}, 2, "cumprod", 0, 1, 10260536580878929050U},
        {0, "int32", 1, {2}, 3, "cumsum", flat, 2, 2252331920372391710U},
        {0, "int32", 1, {2}, 3, "cumprod", flat, 2, 17211406834508022259U},
        {0, "int32", 1, {2}, 3, "cumsum_positive", flat, 2, 5823844796812131075U},
        {0, "int32", 1, {2}, 3, "cumsum", 0, 2, 2252331920372391710U},
        {0, "int32", 1, {2}, 3, "cumprod", 0, 2, 17211406834508022259U},
        {0, "int32", 1, {7}, 4, "cumsum", flat, 7, 3394312346828513455U},
        {0, "int32", 1, {7}, 4, "cumprod", flat, 7, 14018145892012617194U},
        {0, "int32", 1, {7}, 4, "cumsum_positive", flat, 7, 13127895180255143969U},
        {0, "int32", 1, {7}, 4, "cumsum", 0, 7, 3394312346828513455U},
        {0, "int32", 1, {7}, 4, "cumprod", 0, 7, 14018145892012617194U},
        {0, "int32", 1, {100}, 5, "cumsum", flat, 100, 7471789509264650453U},
        {0, "int32", 1, {100}, 5, "cumprod", flat, 100, 6626383009359129379U},
        {0, "int32", 1, {100}, 5, "cumsum_positive", flat, 100, 14652420515677283251U},
        {0, "int32", 1, {100}, 5, "cumsum", 0, 100, 7471789509264650453U},
        {0, "int32", 1, {100}, 5, "cumprod", 0, 100, 6626383009359129379U},
        {0, "int32", 1, {1000}, 6, "cumsum", flat, 1000, 2509877542319772912U},
        {0, "int32", 1, {1000}, 6, "cumprod", flat, 1000, 3519467019846265749U},
        {0, "int32", 1, {1000}, 6, "cumsum_positive", flat, 1000, 14461840825092738142U},
        {0, "int32", 1, {1000}, 6, "cumsum", 0, 1000, 2509877542319772912U},
        {0, "int32", 1, {1000}, 6, "cumprod", 0, 1000, 3519467019846265749U},
        {0, "int32", 1, {32768}, 7, "cumsum", flat, 32768, 1250678488827770190U},
        {0, "int32", 1, {32768}, 7, "cumprod", flat, 32768, 17380489624188914715U},
        {0, "int32", 1, {32768}, 7, "cumsum_positive", flat, 32768, 756627204036939169U},
        {0, "int32", 1, {32768}, 7, "cumsum", 0, 32768, 1250678488827770190U},
        {0, "int32", 1, {32768}, 7, "cumprod", 0, 32768, 17380489624188914715U},
        {0, "int32", 1, {32769}, 8, "cumsum", flat, 32769, 3669765026771441978U},
        {0, "int32", 1, {32769}, 8, "cumprod", flat, 32769, 10552737226245702344U},
        {0, "int32", 1, {32769}, 8, "cumsum_positive", flat, 32769, 629484473597766515U},
        {0, "int32", 1, {32769}, 8, "cumsum", 0, 32769, 3669765026771441978U},
        {0, "int32", 1, {32769}, 8, "cumprod", 0, 32769, 10552737226245702344U},
        {0, "int32", 1, {100003}, 9, "cumsum", flat, 100003, 9802571900723870917U},
        {0, "int32", 1, {100003}, 9, "cumprod", flat, 100003, 15816436959862989241U},
        {0, "int32", 1, {100003}, 9, "cumsum_positive", flat, 100003, 15097907981485921743U},
        {0, "int32", 1, {100003}, 9, "cumsum", 0, 100003, 9802571900723870917U},
        {0, "int32", 1, {100003}, 9, "cumprod", 0, 100003, 15816436959862989241U},
        {0, "int32", 2, {0, 5}, 10, "cumsum", flat, 0, 0U},
        {0, "int32", 2, {0, 5}, 10, "cumprod", flat, 0, 0U},
        {0, "int32", 2, {0, 5}, 10, "cumsum_positive", flat, 0, 0U},
        {0, "int32", 2, {0, 5}, 10, "cumsum", 0, 0, 0U},
        {0, "int32", 2, {0, 5}, 10, "cumprod", 0, 0, 0U},
        {0, "int32", 2, {0, 5}, 10, "cumsum", 1, 0, 0U},
        {0, "int32", 2, {0, 5}, 10, "cumprod", 1, 0, 0U},
        {0, "int32", 2, {1, 1}, 11, "cumsum", flat, 1, 7958955049054603978U},
        {0, "int32", 2, {1, 1}, 11, "cumprod", flat, 1, 7958955049054603978U},
        {0, "int32", 2, {1, 1}, 11, "cumsum_positive", flat, 1, 10451216379200822465U},
        {0, "int32", 2, {1, 1}, 11, "cumsum", 0, 1, 7958955049054603978U},
        {0, "int32", 2, {1, 1}, 11, "cumprod", 0, 1, 7958955049054603978U},
        {0, "int32", 2, {1, 1}, 11, "cumsum", 1, 1, 7958955049054603978U},
        {0, "int32", 2, {1, 1}, 11, "cumprod", 1, 1, 7958955049054603978U},
        {0, "int32", 2, {3, 4}, 12, "cumsum", flat, 12, 1113547061323065018U},
        {0, "int32", 2, {3, 4}, 12, "cumprod", flat, 12, 10844411692960969926U},
        {0, "int32", 2, {3, 4}, 12, "cumsum_positive", flat, 12, 15130494611070115401U},
        {0, "int32", 2, {3, 4}, 12, "cumsum", 0, 12, 8086011182619943161U},
        {0, "int32", 2, {3, 4}, 12, "cumprod", 0, 12, 8024734346853247193U},
        {0, "int32", 2, {3, 4}, 12, "cumsum", 1, 12, 11672390792435208398U},
        {0, "int32", 2, {3, 4}, 12, "cumprod", 1, 12, 3334557589508306392U},
        {0, "int32", 2, {7, 1}, 13, "cumsum", flat, 7, 17465175839785675634U},
        {0, "int32", 2, {7, 1}, 13, "cumprod", flat, 7, 17110583943046468442U},
        {0, "int32", 2, {7, 1}, 13, "cumsum_positive", flat, 7, 15299639897640454352U},
        {0, "int32", 2, {7, 1}, 13, "cumsum", 0, 7, 17465175839785675634U},
        {0, "int32", 2, {7, 1}, 13, "cumprod", 0, 7, 17110583943046468442U},
        {0, "int32", 2, {7, 1}, 13, "cumsum", 1, 7, 16719931214572583125U},
        {0, "int32", 2, {7, 1}, 13, "cumprod", 1, 7, 16719931214572583125U},
        {0, "int32", 2, {1, 40000}, 14, "cumsum", flat, 40000, 5388966206997991109U},
        {0, "int32", 2, {1, 40000}, 14, "cumprod", flat, 40000, 5407199060487710132U},
        {0, "int32", 2, {1, 40000}, 14, "cumsum_positive", flat, 40000, 10903533990667885093U},
        {0, "int32", 2, {1, 40000}, 14, "cumsum", 0, 40000, 9000946730081235098U},
        {0, "int32", 2, {1, 40000}, 14, "cumprod", 0, 40000, 9000946730081235098U},
        {0, "int32", 2, {1, 40000}, 14, "cumsum", 1, 40000, 5388966206997991109U},
        {0, "int32", 2, {1, 40000}, 14, "cumprod", 1, 40000, 5407199060487710132U},
        {0, "int32", 2, {40000, 3}, 15, "cumsum", flat, 120000, 6580863740711246703U},
        {0, "int32", 2, {40000, 3}, 15, "cumprod", flat, 120000, 15386495572251808634U},
        {0, "int32", 2, {40000, 3}, 15, "cumsum_positive", flat, 120000, 753707710225541491U},
        {0, "int32", 2, {40000, 3}, 15, "cumsum", 0, 120000, 6586555473923161984U},
        {0, "int32", 2, {40000, 3}, 15, "cumprod", 0, 120000, 1055160706212308789U},
        {0, "int32", 2, {40000, 3}, 15, "cumsum", 1, 120000, 18041060855126192579U},
        {0, "int32", 2, {40000, 3}, 15, "cumprod", 1, 120000, 1851354189903757303U},
        {0, "int32", 2, {300, 200}, 16, "cumsum", flat, 60000, 982540422160600101U},
        {0, "int32", 2, {300, 200}, 16, "cumprod", flat, 60000, 14942553264635807156U},
        {0, "int32", 2, {300, 200}, 16, "cumsum_positive", flat, 60000, 7458410428555917043U},
        {0, "int32", 2, {300, 200}, 16, "cumsum", 0, 60000, 10376610610978002767U},
        {0, "int32", 2, {300, 200}, 16, "cumprod", 0, 60000, 6390190733436927636U},
        {0, "int32", 2, {300, 200}, 16, "cumsum", 1, 60000, 9758743151000045141U},
        {0, "int32", 2, {300, 200}, 16, "cumprod", 1, 60000, 17950932824722192379U},
        {0, "int32", 2, {20, 5000}, 17, "cumsum", flat, 100000, 15059531164389034259U},
        {0, "int32", 2, {20, 5000}, 17, "cumprod", flat, 100000, 13910487068760110226U},
        {0, "int32", 2, {20, 5000}, 17, "cumsum_positive", flat, 100000, 3253825860355172097U},
        {0, "int32", 2, {20, 5000}, 17, "cumsum", 0, 100000, 15479479787491309587U},
        {0, "int32", 2, {20, 5000}, 17, "cumprod", 0, 100000, 12904895104210987053U},
        {0, "int32", 2, {20, 5000}, 17, "cumsum", 1, 100000, 17938384978854450675U},
        {0, "int32", 2, {20, 5000}, 17, "cumprod", 1, 100000, 5650656524876864080U},
        {0, "int32", 3, {2, 3, 4}, 18, "cumsum", flat, 24, 15821698239523230748U},
        {0, "int32", 3, {2, 3, 4}, 18, "cumprod", flat, 24, 17966460137202234101U},
        {0, "int32", 3, {2, 3, 4}, 18, "cumsum_positive", flat, 24, 8816163166529788869U},
        {0, "int32", 3, {2, 3, 4}, 18, "cumsum", 0, 24, 12563884357926022669U},
        {0, "int32", 3, {2, 3, 4}, 18, "cumprod", 0, 24, 11337796044819031072U},
        {0, "int32", 3, {2, 3, 4}, 18, "cumsum", 1, 24, 9266855511423653680U},
        {0, "int32", 3, {2, 3, 4}, 18, "cumprod", 1, 24, 10953708054368799148U},
        {0, "int32", 3, {2, 3, 4}, 18, "cumsum", 2, 24, 9454658165175667804U},
        {0, "int32", 3, {2, 3, 4}, 18, "cumprod", 2, 24, 5119012391271046051U},
        {0, "int32", 3, {4, 0, 3}, 19, "cumsum", flat, 0, 0U},
        {0, "int32", 3, {4, 0, 3}, 19, "cumprod", flat, 0, 0U},
        {0, "int32", 3, {4, 0, 3}, 19, "cumsum_positive", flat, 0, 0U},
        {0, "int32", 3, {4, 0, 3}, 19, "cumsum", 0, 0, 0U},
        {0, "int32", 3, {4, 0, 3}, 19, "cumprod", 0, 0, 0U},
        {0, "int32", 3, {4, 0, 3}, 19, "cumsum", 1, 0, 0U},
        {0, "int32", 3, {4, 0, 3}, 19, "cumprod", 1, 0, 0U},
        {0, "int32", 3, {4, 0, 3}, 19, "cumsum", 2, 0, 0U},
        {0, "int32", 3, {4, 0, 3}, 19, "cumprod", 2, 0, 0U},
        {0, "int32", 3, {5, 7, 9}, 20, "cumsum", flat, 315, 10671233308567896465U},
        {0, "int32", 3, {5, 7, 9}, 20, "cumprod", flat, 315, 2205340818364370398U},
        {0, "int32", 3, {5, 7, 9}, 20, "cumsum_positive", flat, 315, 3771644606827720789U},
        {0, "int32", 3, {5, 7, 9}, 20, "cumsum", 0, 315, 2047510993503836446U},
        {0, "int32", 3, {5, 7, 9}, 20, "cumprod", 0, 315, 16593011501950031568U},
        {0, "int32", 3, {5, 7, 9}, 20, "cumsum", 1, 315, 1995130869814243507U},
        {0, "int32", 3, {5, 7, 9}, 20, "cumprod", 1, 315, 7414534166495476488U},
        {0, "int32", 3, {5, 7, 9}, 20, "cumsum", 2, 315, 7364710394506976028U},
        {0, "int32", 3, {5, 7, 9}, 20, "cumprod", 2, 315, 4115264249467539668U},
        {0, "int32", 3, {3, 50000, 2}, 21, "cumsum", flat, 300000, 11113831550396587339U},
        {0, "int32", 3, {3, 50000, 2}, 21, "cumprod", flat, 300000, 9608824925807013063U},
        {0, "int32", 3, {3, 50000, 2}, 21, "cumsum_positive", flat, 300000, 12046740035786200647U},
        {0, "int32", 3, {3, 50000, 2}, 21, "cumsum", 0, 300000, 13372492336348959692U},
        {0, "int32", 3, {3, 50000, 2}, 21, "cumprod", 0, 300000, 1302247745149809782U},
        {0, "int32", 3, {3, 50000, 2}, 21, "cumsum", 1, 300000, 13541371944658186645U},
        {0, "int32", 3, {3, 50000, 2}, 21, "cumprod", 1, 300000, 2770497597925472278U},
        {0, "int32", 3, {3, 50000, 2}, 21, "cumsum", 2, 300000, 7521552019761105890U},
        {0, "int32", 3, {3, 50000, 2}, 21, "cumprod", 2, 300000, 16495368431160279939U},
        {0, "int32", 3, {17, 33, 65}, 22, "cumsum", flat, 36465, 5480831989674288922U},
        {0, "int32", 3, {17, 33, 65}, 22, "cumprod", flat, 36465, 2826807129267031511U},
        {0, "int32", 3, {17, 33, 65}, 22, "cumsum_positive", flat, 36465, 5923971842152358890U},
        {0, "int32", 3, {17, 33, 65}, 22, "cumsum", 0, 36465, 8028780431236153206U},
        {0, "int32", 3, {17, 33, 65}, 22, "cumprod", 0, 36465, 15807106703368774524U},
        {0, "int32", 3, {17, 33, 65}, 22, "cumsum", 1, 36465, 4427232660293513941U},
        {0, "int32", 3, {17, 33, 65}, 22, "cumprod", 1, 36465, 4144251404331541557U},
        {0, "int32", 3, {17, 33, 65}, 22, "cumsum", 2, 36465, 13852051726411172842U},
        {0, "int32", 3, {17, 33, 65}, 22, "cumprod", 2, 36465, 10058643324671008318U},
        {0, "int32", 0, {0}, 23, "cumsum", flat, 1, 9870940514099297810U},
        {0, "int32", 0, {0}, 23, "cumprod", flat, 1, 9870940514099297810U},
        {0, "int32", 0, {0}, 23, "cumsum_positive", flat, 1, 16294208416658607535U},
        {0, "int32", 0, {0}, 23, "cumsum", 0, 1, 9870940514099297810U},
        {0, "int32", 0, {0}, 23, "cumprod", 0, 1, 9870940514099297810U},
        {0, "int64", 1, {0}, 24, "cumsum", flat, 0, 0U},
        {0, "int64", 1, {0}, 24, "cumprod", flat, 0, 0U},
        {0, "int64", 1, {0}, 24, "cumsum_positive", flat, 0, 0U},
        {0, "int64", 1, {0}, 24, "cumsum", 0, 0, 0U},
        {0, "int64", 1, {0}, 24, "cumprod", 0, 0, 0U},
        {0, "int64", 1, {1}, 25, "cumsum", flat, 1, 912783784034556681U},
        {0, "int64", 1, {1}, 25, "cumprod", flat, 1, 912783784034556681U},
        {0, "int64", 1, {1}, 25, "cumsum_positive", flat, 1, 16294208416658607535U},
        {0, "int64", 1, {1}, 25, "cumsum", 0, 1, 912783784034556681U},
        {0, "int64", 1, {1}, 25, "cumprod", 0, 1, 912783784034556681U},
        {0, "int64", 1, {2}, 26, "cumsum", flat, 2, 10011072091629939302U},
        {0, "int64", 1, {2}, 26, "cumprod", flat, 2, 5306320100059766727U},
        {0, "int64", 1, {2}, 26, "cumsum_positive", flat, 2, 11604709554015484438U},
        {0, "int64", 1, {2}, 26, "cumsum", 0, 2, 10011072091629939302U},
        {0, "int64", 1, {2}, 26, "cumprod", 0, 2, 5306320100059766727U},
        {0, "int64", 1, {7}, 27, "cumsum", flat, 7, 10110890939800471588U},
        {0, "int64", 1, {7}, 27, "cumprod", flat, 7, 16687511812788969434U},
        {0, "int64", 1, {7}, 27, "cumsum_positive", flat, 7, 15000110828601121268U},
        {0, "int64", 1, {7}, 27, "cumsum", 0, 7, 10110890939800471588U},
        {0, "int64", 1, {7}, 27, "cumprod", 0, 7, 16687511812788969434U},
        {0, "int64", 1, {100}, 28, "cumsum", flat, 100, 7807207789436331858U},
        {0, "int64", 1, {100}, 28, "cumprod", flat, 100, 16851304597108851842U},
        {0, "int64", 1, {100}, 28, "cumsum_positive", flat, 100, 1696995167311352323U},
        {0, "int64", 1, {100}, 28, "cumsum", 0, 100, 7807207789436331858U},
        {0, "int64", 1, {100}, 28, "cumprod", 0, 100, 16851304597108851842U},
        {0, "int64", 1, {1000}, 29, "cumsum", flat, 1000, 11223795687152244113U},
        {0, "int64", 1, {1000}, 29, "cumprod", flat, 1000, 1218518332159966990U},
        {0, "int64", 1, {1000}, 29, "cumsum_positive", flat, 1000, 2906521802968135492U},
        {0, "int64", 1, {1000}, 29, "cumsum", 0, 1000, 11223795687152244113U},
        {0, "int64", 1, {1000}, 29, "cumprod", 0, 1000, 1218518332159966990U},
        {0, "int64", 1, {32768}, 30, "cumsum", flat, 32768, 7503589390413021342U},
        {0, "int64", 1, {32768}, 30, "cumprod", flat, 32768, 11704205890725428941U},
        {0, "int64", 1, {32768}, 30, "cumsum_positive", flat, 32768, 6109357557073548977U},
        {0, "int64", 1, {32768}, 30, "cumsum", 0, 32768, 7503589390413021342U},
        {0, "int64", 1, {32768}, 30, "cumprod", 0, 32768, 11704205890725428941U},
        {0, "int64", 1, {32769}, 31, "cumsum", flat, 32769, 11381556598114770578U},
        {0, "int64", 1, {32769}, 31, "cumprod", flat, 32769, 6648562934177597093U},
        {0, "int64", 1, {32769}, 31, "cumsum_positive", flat, 32769, 13757650027587236233U},
        {0, "int64", 1, {32769}, 31, "cumsum", 0, 32769, 11381556598114770578U},
        {0, "int64", 1, {32769}, 31, "cumprod", 0, 32769, 6648562934177597093U},
        {0, "int64", 1, {100003}, 32, "cumsum", flat, 100003, 15154055943755543122U},
        {0, "int64", 1, {100003}, 32, "cumprod", flat, 100003, 9544480578895705527U},
        {0, "int64", 1, {100003}, 32, "cumsum_positive", flat, 100003, 1191259346811137655U},
        {0, "int64", 1, {100003}, 32, "cumsum", 0, 100003, 15154055943755543122U},
        {0, "int64", 1, {100003}, 32, "cumprod", 0, 100003, 9544480578895705527U},
        {0, "int64", 2, {0, 5}, 33, "cumsum", flat, 0, 0U},
        {0, "int64", 2, {0, 5}, 33, "cumprod", flat, 0, 0U},
        {0, "int64", 2, {0, 5}, 33, "cumsum_positive", flat, 0, 0U},
        {0, "int64", 2, {0, 5}, 33, "cumsum", 0, 0, 0U},
        {0, "int64", 2, {0, 5}, 33, "cumprod", 0, 0, 0U},
        {0, "int64", 2, {0, 5}, 33, "cumsum", 1, 0, 0U},
        {0, "int64", 2, {0, 5}, 33, "cumprod", 1, 0, 0U},
        {0, "int64", 2, {1, 1}, 34, "cumsum", flat, 1, 17539930972006947322U},
        {0, "int64", 2, {1, 1}, 34, "cumprod", flat, 1, 17539930972006947322U},
        {0, "int64", 2, {1, 1}, 34, "cumsum_positive", flat, 1, 16294208416658607535U},
        {0, "int64", 2, {1, 1}, 34, "cumsum", 0, 1, 17539930972006947322U},
        {0, "int64", 2, {1, 1}, 34, "cumprod", 0, 1, 17539930972006947322U},
        {0, "int64", 2, {1, 1}, 34, "cumsum", 1, 1, 17539930972006947322U},
        {0, "int64", 2, {1, 1}, 34, "cumprod", 1, 1, 17539930972006947322U},
        {0, "int64", 2, {3, 4}, 35, "cumsum", flat, 12, 17107746039776818057U},
        {0, "int64", 2, {3, 4}, 35, "cumprod", flat, 12, 7551292785710878440U},
        {0, "int64", 2, {3, 4}, 35, "cumsum_positive", flat, 12, 1489693635927442608U},
        {0, "int64", 2, {3, 4}, 35, "cumsum", 0, 12, 16948343677767294203U},
        {0, "int64", 2, {3, 4}, 35, "cumprod", 0, 12, 1393503408242478210U},
        {0, "int64", 2, {3, 4}, 35, "cumsum", 1, 12, 7079788610188120794U},
        {0, "int64", 2, {3, 4}, 35, "cumprod", 1, 12, 766412505263629325U},
        {0, "int64", 2, {7, 1}, 36, "cumsum", flat, 7, 7995316167041402114U},
        {0, "int64", 2, {7, 1}, 36, "cumprod", flat, 7, 5635663027788329424U},
        {0, "int64", 2, {7, 1}, 36, "cumsum_positive", flat, 7, 5264786844765961577U},
        {0, "int64", 2, {7, 1}, 36, "cumsum", 0, 7, 7995316167041402114U},
        {0, "int64", 2, {7, 1}, 36, "cumprod", 0, 7, 5635663027788329424U},
        {0, "int64", 2, {7, 1}, 36, "cumsum", 1, 7, 8300961328090858833U},
        {0, "int64", 2, {7, 1}, 36, "cumprod", 1, 7, 8300961328090858833U},
        {0, "int64", 2, {1, 40000}, 37, "cumsum", flat, 40000, 9608466037945090561U},
        {0, "int64", 2, {1, 40000}, 37, "cumprod", flat, 40000, 9763694768557392515U},
        {0, "int64", 2, {1, 40000}, 37, "cumsum_positive", flat, 40000, 16177895404399960547U},
        {0, "int64", 2, {1, 40000}, 37, "cumsum", 0, 40000, 4461177023251633106U},
        {0, "int64", 2, {1, 40000}, 37, "cumprod", 0, 40000, 4461177023251633106U},
        {0, "int64", 2, {1, 40000}, 37, "cumsum", 1, 40000, 9608466037945090561U},
        {0, "int64", 2, {1, 40000}, 37, "cumprod", 1, 40000, 9763694768557392515U},
        {0, "int64", 2, {40000, 3}, 38, "cumsum", flat, 120000, 14693755969772842078U},
        {0, "int64", 2, {40000, 3}, 38, "cumprod", flat, 120000, 246016380801998260U},
        {0, "int64", 2, {40000, 3}, 38, "cumsum_positive", flat, 120000, 4281451458642814967U},
        {0, "int64", 2, {40000, 3}, 38, "cumsum", 0, 120000, 2270412609077204092U},
        {0, "int64", 2, {40000, 3}, 38, "cumprod", 0, 120000, 8169132813436023436U},
        {0, "int64", 2, {40000, 3}, 38, "cumsum", 1, 120000, 18406824488798810625U},
        {0, "int64", 2, {40000, 3}, 38, "cumprod", 1, 120000, 11141973744528400659U},
        {0, "int64", 2, {300, 200}, 39, "cumsum", flat, 60000, 11269627827294606314U},
        {0, "int64", 2, {300, 200}, 39, "cumprod", flat, 60000, 9408081389165354539U},
        {0, "int64", 2, {300, 200}, 39, "cumsum_positive", flat, 60000, 6004714966401424265U},
        {0, "int64", 2, {300, 200}, 39, "cumsum", 0, 60000, 14890154388629808786U},
        {0, "int64", 2, {300, 200}, 39, "cumprod", 0, 60000, 642714788316675931U},
        {0, "int64", 2, {300, 200}, 39, "cumsum", 1, 60000, 5057698314686405671U},
        {0, "int64", 2, {300, 200}, 39, "cumprod", 1, 60000, 16140657490741197595U},
        {0, "int64", 2, {20, 5000}, 40, "cumsum", flat, 100000, 853885367111255037U},
        {0, "int64", 2, {20, 5000}, 40, "cumprod", flat, 100000, 16831852482105786738U},
        {0, "int64", 2, {20, 5000}, 40, "cumsum_positive", flat, 100000, 11547053102357370914U},
        {0, "int64", 2, {20, 5000}, 40, "cumsum", 0, 100000, 15843763707058554498U},
        {0, "int64", 2, {20, 5000}, 40, "cumprod", 0, 100000, 2564936928202631755U},
        {0, "int64", 2, {20, 5000}, 40, "cumsum", 1, 100000, 15521888475351515837U},
        {0, "int64", 2, {20, 5000}, 40, "cumprod", 1, 100000, 12024734224348391857U},
        {0, "int64", 3, {2, 3, 4}, 41, "cumsum", flat, 24, 3671824339164047969U},
        {0, "int64", 3, {2, 3, 4}, 41, "cumprod", flat, 24, 7940206769780160683U},
        {0, "int64", 3, {2, 3, 4}, 41, "cumsum_positive", flat, 24, 3175484921620084520U},
        {0, "int64", 3, {2, 3, 4}, 41, "cumsum", 0, 24, 10360744812258244836U},
        {0, "int64", 3, {2, 3, 4}, 41, "cumprod", 0, 24, 4210936803217443482U},
        {0, "int64", 3, {2, 3, 4}, 41, "cumsum", 1, 24, 17074732411746687138U},
        {0, "int64", 3, {2, 3, 4}, 41, "cumprod", 1, 24, 6368315362060520970U},
        {0, "int64", 3, {2, 3, 4}, 41, "cumsum", 2, 24, 3998890730800111332U},
        {0, "int64", 3, {2, 3, 4}, 41, "cumprod", 2, 24, 10408000315421770993U},
        {0, "int64", 3, {4, 0, 3}, 42, "cumsum", flat, 0, 0U},
        {0, "int64", 3, {4, 0, 3}, 42, "cumprod", flat, 0, 0U},
        {0, "int64", 3, {4, 0, 3}, 42, "cumsum_positive", flat, 0, 0U},
        {0, "int64", 3, {4, 0, 3}, 42, "cumsum", 0, 0, 0U},
        {0, "int64", 3, {4, 0, 3}, 42, "cumprod", 0, 0, 0U},
        {0, "int64", 3, {4, 0, 3}, 42, "cumsum", 1, 0, 0U},
        {0, "int64", 3, {4, 0, 3}, 42, "cumprod", 1, 0, 0U},
        {0, "int64", 3, {4, 0, 3}, 42, "cumsum", 2, 0, 0U},
        {0, "int64", 3, {4, 0, 3}, 42, "cumprod", 2, 0, 0U},
        {0, "int64", 3, {5, 7, 9}, 43, "cumsum", flat, 315, 15381091401143661848U},
        {0, "int64", 3, {5, 7, 9}, 43, "cumprod", flat, 315, 12802844791722116839U},
        {0, "int64", 3, {5, 7, 9}, 43, "cumsum_positive", flat, 315, 14351130641797291758U},
        {0, "int64", 3, {5, 7, 9}, 43, "cumsum", 0, 315, 16416657685951850971U},
        {0, "int64", 3, {5, 7, 9}, 43, "cumprod", 0, 315, 1441779666812222499U},
        {0, "int64", 3, {5, 7, 9}, 43, "cumsum", 1, 315, 3825891319909071249U},
        {0, "int64", 3, {5, 7, 9}, 43, "cumprod", 1, 315, 1445383662950419841U},
        {0, "int64", 3, {5, 7, 9}, 43, "cumsum", 2, 315, 13760443800470956175U},
        {0, "int64", 3, {5, 7, 9}, 43, "cumprod", 2, 315, 2063030292845215447U},
        {0, "int64", 3, {3, 50000, 2}, 44, "cumsum", flat, 300000, 3240191390205292811U},
        {0, "int64", 3, {3, 50000, 2}, 44, "cumprod", flat, 300000, 10345988358309578957U},
        {0, "int64", 3, {3, 50000, 2}, 44, "cumsum_positive", flat, 300000, 6502931592184200358U},
        {0, "int64", 3, {3, 50000, 2}, 44, "cumsum", 0, 300000, 2184161646237120704U},
        {0, "int64", 3, {3, 50000, 2}, 44, "cumprod", 0, 300000, 3603581087097255941U},
        {0, "int64", 3, {3, 50000, 2}, 44, "cumsum", 1, 300000, 13673837256862034333U},
        {0, "int64", 3, {3, 50000, 2}, 44, "cumprod", 1, 300000, 12551022076191345215U},
        {0, "int64", 3, {3, 50000, 2}, 44, "cumsum", 2, 300000, 3458708426720365393U},
        {0, "int64", 3, {3, 50000, 2}, 44, "cumprod", 2, 300000, 16274943979886944206U},
        {0, "int64", 3, {17, 33, 65}, 45, "cumsum", flat, 36465, 10106755435397982875U},
        {0, "int64", 3, {17, 33, 65}, 45, "cumprod", flat, 36465, 14970696270377388272U},
        {0, "int64", 3, {17, 33, 65}, 45, "cumsum_positive", flat, 36465, 18348696830107591249U},
        {0, "int64", 3, {17, 33, 65}, 45, "cumsum", 0, 36465, 825036389634839749U},
        {0, "int64", 3, {17, 33, 65}, 45, "cumprod", 0, 36465, 5409857510393320528U},
        {0, "int64", 3, {17, 33, 65}, 45, "cumsum", 1, 36465, 2294750455806692250U},
        {0, "int64", 3, {17, 33, 65}, 45, "cumprod", 1, 36465, 7739248479876881734U},
        {0, "int64", 3, {17, 33, 65}, 45, "cumsum", 2, 36465, 18044614101984751296U},
        {0, "int64", 3, {17, 33, 65}, 45, "cumprod", 2, 36465, 11082145835077066666U},
        {0, "int64", 0, {0}, 46, "cumsum", flat, 1, 17964723838602837166U},
        {0, "int64", 0, {0}, 46, "cumprod", flat, 1, 17964723838602837166U},
        {0, "int64", 0, {0}, 46, "cumsum_positive", flat, 1, 16294208416658607535U},
        {0, "int64", 0, {0}, 46, "cumsum", 0, 1, 17964723838602837166U},
        {0, "int64", 0, {0}, 46, "cumprod", 0, 1, 17964723838602837166U},
        {0, "int64", 1, {1000003}, 47, "cumsum", flat, 1000003, 14407768481827747429U},
        {0, "int64", 1, {1000003}, 47, "cumprod", flat, 1000003, 7205456441058106205U},
        {0, "int64", 1, {1000003}, 47, "cumsum_positive", flat, 1000003, 8035621962836305874U},
        {0, "int64", 1, {1000003}, 47, "cumsum", 0, 1000003, 14407768481827747429U},
        {0, "int64", 1, {1000003}, 47, "cumprod", 0, 1000003, 7205456441058106205U},
        {0, "float32", 1, {0}, 48, "cumsum", flat, 0, 0U},
        {0, "float32", 1, {0}, 48, "cumprod", flat, 0, 0U},
        {0, "float32", 1, {0}, 48, "cumsum_positive", flat, 0, 0U},
        {0, "float32", 1, {0}, 48, "cumsum", 0, 0, 0U},
        {0, "float32", 1, {0}, 48, "cumprod", 0, 0, 0U},
        {0, "float32", 1, {1}, 49, "cumsum", flat, 1, 6039801402111242617U},
        {0, "float32", 1, {1}, 49, "cumprod", flat, 1, 6039801402111242617U},
        {0, "float32", 1, {1}, 49, "cumsum_positive", flat, 1, 16294208416658607535U},
        {0, "float32", 1, {1}, 49, "cumsum", 0, 1, 6039801402111242617U},
        {0, "float32", 1, {1}, 49, "cumprod", 0, 1, 6039801402111242617U},
        {0, "float32", 1, {2}, 50, "cumsum", flat, 2, 10614838084941809964U},
        {0, "float32", 1, {2}, 50, "cumprod", flat, 2, 7618900264834726026U},
        {0, "float32", 1, {2}, 50, "cumsum_positive", flat, 2, 5823844796812131075U},
        {0, "float32", 1, {2}, 50, "cumsum", 0, 2, 10614838084941809964U},
        {0, "float32", 1, {2}, 50, "cumprod", 0, 2, 7618900264834726026U},
        {0, "float32", 1, {7}, 51, "cumsum", flat, 7, 12121148223490117941U},
        {0, "float32", 1, {7}, 51, "cumprod", flat, 7, 10920559022132057327U},
        {0, "float32", 1, {7}, 51, "cumsum_positive", flat, 7, 14298036298294500922U},
        {0, "float32", 1, {7}, 51, "cumsum", 0, 7, 12121148223490117941U},
        {0, "float32", 1, {7}, 51, "cumprod", 0, 7, 10920559022132057327U},
        {0, "float32", 1, {100}, 52, "cumsum", flat, 100, 16837641827681592296U},
        {0, "float32", 1, {100}, 52, "cumprod", flat, 100, 3558561355014075651U},
        {0, "float32", 1, {100}, 52, "cumsum_positive", flat, 100, 7221605176517581683U},
        {0, "float32", 1, {100}, 52, "cumsum", 0, 100, 16837641827681592296U},
        {0, "float32", 1, {100}, 52, "cumprod", 0, 100, 3558561355014075651U},
        {0, "float32", 1, {1000}, 53, "cumsum", flat, 1000, 3643380194628994400U},
        {0, "float32", 1, {1000}, 53, "cumprod", flat, 1000, 184690479672122303U},
        {0, "float32", 1, {1000}, 53, "cumsum_positive", flat, 1000, 4250168334403875851U},
        {0, "float32", 1, {1000}, 53, "cumsum", 0, 1000, 3643380194628994400U},
        {0, "float32", 1, {1000}, 53, "cumprod", 0, 1000, 184690479672122303U},
        {0, "float32", 1, {32768}, 54, "cumsum", flat, 32768, 14638182857611804318U},
        {0, "float32", 1, {32768}, 54, "cumprod", flat, 32768, 9290353383723765715U},
        {0, "float32", 1, {32768}, 54, "cumsum_positive", flat, 32768, 11950224738314884238U},
        {0, "float32", 1, {32768}, 54, "cumsum", 0, 32768, 14638182857611804318U},
        {0, "float32", 1, {32768}, 54, "cumprod", 0, 32768, 9290353383723765715U},
        {0, "float32", 1, {32769}, 55, "cumsum", flat, 32769, 11738705073561891301U},
        {0, "float32", 1, {32769}, 55, "cumprod", flat, 32769, 16891338043246555329U},
        {0, "float32", 1, {32769}, 55, "cumsum_positive", flat, 32769, 16965621972858080252U},
        {0, "float32", 1, {32769}, 55, "cumsum", 0, 32769, 11738705073561891301U},
        {0, "float32", 1, {32769}, 55, "cumprod", 0, 32769, 16891338043246555329U},
        {0, "float32", 1, {100003}, 56, "cumsum", flat, 100003, 13439661149159678510U},
        {0, "float32", 1, {100003}, 56, "cumprod", flat, 100003, 14893671530830542793U},
        {0, "float32", 1, {100003}, 56, "cumsum_positive", flat, 100003, 11352332239668714190U},
        {0, "float32", 1, {100003}, 56, "cumsum", 0, 100003, 13439661149159678510U},
        {0, "float32", 1, {100003}, 56, "cumprod", 0, 100003, 14893671530830542793U},
        {0, "float32", 2, {0, 5}, 57, "cumsum", flat, 0, 0U},
        {0, "float32", 2, {0, 5}, 57, "cumprod", flat, 0, 0U},
        {0, "float32", 2, {0, 5}, 57, "cumsum_positive", flat, 0, 0U},
        {0, "float32", 2, {0, 5}, 57, "cumsum", 0, 0, 0U},
        {0, "float32", 2, {0, 5}, 57, "cumprod", 0, 0, 0U},
        {0, "float32", 2, {0, 5}, 57, "cumsum", 1, 0, 0U},
        {0, "float32", 2, {0, 5}, 57, "cumprod", 1, 0, 0U},
        {0, "float32", 2, {1, 1}, 58, "cumsum", flat, 1, 10497193608341954617U},
        {0, "float32", 2, {1, 1}, 58, "cumprod", flat, 1, 10497193608341954617U},
        {0, "float32", 2, {1, 1}, 58, "cumsum_positive", flat, 1, 16294208416658607535U},
        {0, "float32", 2, {1, 1}, 58, "cumsum", 0, 1, 10497193608341954617U},
        {0, "float32", 2, {1, 1}, 58, "cumprod", 0, 1, 10497193608341954617U},
        {0, "float32", 2, {1, 1}, 58, "cumsum", 1, 1, 10497193608341954617U},
        {0, "float32", 2, {1, 1}, 58, "cumprod", 1, 1, 10497193608341954617U},
        {0, "float32", 2, {3, 4}, 59, "cumsum", flat, 12, 15925658614444042914U},
        {0, "float32", 2, {3, 4}, 59, "cumprod", flat, 12, 6761092274037467517U},
        {0, "float32", 2, {3, 4}, 59, "cumsum_positive", flat, 12, 6291263714629453887U},
        {0, "float32", 2, {3, 4}, 59, "cumsum", 0, 12, 9110004167505197019U},
        {0, "float32", 2, {3, 4}, 59, "cumprod", 0, 12, 16992580297823475587U},
        {0, "float32", 2, {3, 4}, 59, "cumsum", 1, 12, 16679213292833913096U},
        {0, "float32", 2, {3, 4}, 59, "cumprod", 1, 12, 6001730690445946044U},
        {0, "float32", 2, {7, 1}, 60, "cumsum", flat, 7, 13107285552092260104U},
        {0, "float32", 2, {7, 1}, 60, "cumprod", flat, 7, 17213161975717053525U},
        {0, "float32", 2, {7, 1}, 60, "cumsum_positive", flat, 7, 12059340028771225013U},
        {0, "float32", 2, {7, 1}, 60, "cumsum", 0, 7, 13107285552092260104U},
        {0, "float32", 2, {7, 1}, 60, "cumprod", 0, 7, 17213161975717053525U},
        {0, "float32", 2, {7, 1}, 60, "cumsum", 1, 7, 17635775246998350931U},
        {0, "float32", 2, {7, 1}, 60, "cumprod", 1, 7, 17635775246998350931U},
        {0, "float32", 2, {1, 40000}, 61, "cumsum", flat, 40000, 16680688704137496698U},
        {0, "float32", 2, {1, 40000}, 61, "cumprod", flat, 40000, 11414427062659353867U},
        {0, "float32", 2, {1, 40000}, 61, "cumsum_positive", flat, 40000, 14156777527539024059U},
        {0, "float32", 2, {1, 40000}, 61, "cumsum", 0, 40000, 1171532165492963473U},
        {0, "float32", 2, {1, 40000}, 61, "cumprod", 0, 40000, 1171532165492963473U},
        {0, "float32", 2, {1, 40000}, 61, "cumsum", 1, 40000, 16680688704137496698U},
        {0, "float32", 2, {1, 40000}, 61, "cumprod", 1, 40000, 11414427062659353867U},
        {0, "float32", 2, {40000, 3}, 62, "cumsum", flat, 120000, 12908653179944983281U},
        {0, "float32", 2, {40000, 3}, 62, "cumprod", flat, 120000, 16294570035873790266U},
        {0, "float32", 2, {40000, 3}, 62, "cumsum_positive", flat, 120000, 1500226744934874997U},
        {0, "float32", 2, {40000, 3}, 62, "cumsum", 0, 120000, 11984672990083240313U},
        {0, "float32", 2, {40000, 3}, 62, "cumprod", 0, 120000, 14884018042588596999U},
        {0, "float32", 2, {40000, 3}, 62, "cumsum", 1, 120000, 2133380708618037707U},
        {0, "float32", 2, {40000, 3}, 62, "cumprod", 1, 120000, 2638478868921329014U},
        {0, "float32", 2, {300, 200}, 63, "cumsum", flat, 60000, 14164380592850022763U},
        {0, "float32", 2, {300, 200}, 63, "cumprod", flat, 60000, 8059358114244022980U},
        {0, "float32", 2, {300, 200}, 63, "cumsum_positive", flat, 60000, 8734277966373429341U},
        {0, "float32", 2, {300, 200}, 63, "cumsum", 0, 60000, 13461927742345406417U},
        {0, "float32", 2, {300, 200}, 63, "cumprod", 0, 60000, 9988489580074207918U},
        {0, "float32", 2, {300, 200}, 63, "cumsum", 1, 60000, 7537034275393164670U},
        {0, "float32", 2, {300, 200}, 63, "cumprod", 1, 60000, 9269443444166515768U},
        {0, "float32", 2, {20, 5000}, 64, "cumsum", flat, 100000, 6191526569762848555U},
        {0, "float32", 2, {20, 5000}, 64, "cumprod", flat, 100000, 11393149802185630326U},
        {0, "float32", 2, {20, 5000}, 64, "cumsum_positive", flat, 100000, 14660998462627655154U},
        {0, "float32", 2, {20, 5000}, 64, "cumsum", 0, 100000, 5635822988403510757U},
        {0, "float32", 2, {20, 5000}, 64, "cumprod", 0, 100000, 16135425585089373930U},
        {0, "float32", 2, {20, 5000}, 64, "cumsum", 1, 100000, 7316498589603130093U},
        {0, "float32", 2, {20, 5000}, 64, "cumprod", 1, 100000, 17170591018421046923U},
        {0, "float32", 3, {2, 3, 4}, 65, "cumsum", flat, 24, 18122416812388342610U},
        {0, "float32", 3, {2, 3, 4}, 65, "cumprod", flat, 24, 14886387045278818738U},
        {0, "float32", 3, {2, 3, 4}, 65, "cumsum_positive", flat, 24, 17971512703561865789U},
        {0, "float32", 3, {2, 3, 4}, 65, "cumsum", 0, 24, 12390614122651364457U},
        {0, "float32", 3, {2, 3, 4}, 65, "cumprod", 0, 24, 11595339166812643741U},
        {0, "float32", 3, {2, 3, 4}, 65, "cumsum", 1, 24, 15505977917502256525U},
        {0, "float32", 3, {2, 3, 4}, 65, "cumprod", 1, 24, 4614177312140420957U},
        {0, "float32", 3, {2, 3, 4}, 65, "cumsum", 2, 24, 9346316251689019447U},
        {0, "float32", 3, {2, 3, 4}, 65, "cumprod", 2, 24, 18171611051257967819U},
        {0, "float32", 3, {4, 0, 3}, 66, "cumsum", flat, 0, 0U},
        {0, "float32", 3, {4, 0, 3}, 66, "cumprod", flat, 0, 0U},
        {0, "float32", 3, {4, 0, 3}, 66, "cumsum_positive", flat, 0, 0U},
        {0, "float32", 3, {4, 0, 3}, 66, "cumsum", 0, 0, 0U},
        {0, "float32", 3, {4, 0, 3}, 66, "cumprod", 0, 0, 0U},
        {0, "float32", 3, {4, 0, 3}, 66, "cumsum", 1, 0, 0U},
        {0, "float32", 3, {4, 0, 3}, 66, "cumprod", 1, 0, 0U},
        {0, "float32", 3, {4, 0, 3}, 66, "cumsum", 2, 0, 0U},
        {0, "float32", 3, {4, 0, 3}, 66, "cumprod", 2, 0, 0U},
        {0, "float32", 3, {5, 7, 9}, 67, "cumsum", flat, 315, 3815580643556916943U},
        {0, "float32", 3, {5, 7, 9}, 67, "cumprod", flat, 315, 5531964642705942082U},
        {0, "float32", 3, {5, 7, 9}, 67, "cumsum_positive", flat, 315, 12515729196259450035U},
        {0, "float32", 3, {5, 7, 9}, 67, "cumsum", 0, 315, 9798187128139339179U},
        {0, "float32", 3, {5, 7, 9}, 67, "cumprod", 0, 315, 8733431078314283916U},
        {0, "float32", 3, {5, 7, 9}, 67, "cumsum", 1, 315, 961632238399016887U},
        {0, "float32", 3, {5, 7, 9}, 67, "cumprod", 1, 315, 10535116225922419887U},
        {0, "float32", 3, {5, 7, 9}, 67, "cumsum", 2, 315, 8461535410000635388U},
        {0, "float32", 3, {5, 7, 9}, 67, "cumprod", 2, 315, 11320789398952175883U},
        {0, "float32", 3, {3, 50000, 2}, 68, "cumsum", flat, 300000, 2798267191189412946U},
        {0, "float32", 3, {3, 50000, 2}, 68, "cumprod", flat, 300000, 14088320455973057686U},
        {0, "float32", 3, {3, 50000, 2}, 68, "cumsum_positive", flat, 300000, 196296186190321667U},
        {0, "float32", 3, {3, 50000, 2}, 68, "cumsum", 0, 300000, 9036712687923106247U},
        {0, "float32", 3, {3, 50000, 2}, 68, "cumprod", 0, 300000, 8225189075777344678U},
        {0, "float32", 3, {3, 50000, 2}, 68, "cumsum", 1, 300000, 17313448440246477791U},
        {0, "float32", 3, {3, 50000, 2}, 68, "cumprod", 1, 300000, 16297501356885824418U},
        {0, "float32", 3, {3, 50000, 2}, 68, "cumsum", 2, 300000, 9890311916729746447U},
        {0, "float32", 3, {3, 50000, 2}, 68, "cumprod", 2, 300000, 4216300789699826165U},
        {0, "float32", 3, {17, 33, 65}, 69, "cumsum", flat, 36465, 9780037139013397111U},
        {0, "float32", 3, {17, 33, 65}, 69, "cumprod", flat, 36465, 17492589200666900799U},
        {0, "float32", 3, {17, 33, 65}, 69, "cumsum_positive", flat, 36465, 6669619804178350518U},
        {0, "float32", 3, {17, 33, 65}, 69, "cumsum", 0, 36465, 17850808272581845013U},
        {0, "float32", 3, {17, 33, 65}, 69, "cumprod", 0, 36465, 13301607949245869840U},
        {0, "float32", 3, {17, 33, 65}, 69, "cumsum", 1, 36465, 8782686557881166111U},
        {0, "float32", 3, {17, 33, 65}, 69, "cumprod", 1, 36465, 5495428341579689174U},
        {0, "float32", 3, {17, 33, 65}, 69, "cumsum", 2, 36465, 2941123164086849501U},
        {0, "float32", 3, {17, 33, 65}, 69, "cumprod", 2, 36465, 9515513404910051254U},
        {0, "float32", 0, {0}, 70, "cumsum", flat, 1, 18019494019281911501U},
        {0, "float32", 0, {0}, 70, "cumprod", flat, 1, 18019494019281911501U},
        {0, "float32", 0, {0}, 70, "cumsum_positive", flat, 1, 16294208416658607535U},
        {0, "float32", 0, {0}, 70, "cumsum", 0, 1, 18019494019281911501U},
        {0, "float32", 0, {0}, 70, "cumprod", 0, 1, 18019494019281911501U},
        {0, "float64", 1, {0}, 71, "cumsum", flat, 0, 0U},
        {0, "float64", 1, {0}, 71, "cumprod", flat, 0, 0U},
        {0, "float64", 1, {0}, 71, "cumsum_positive", flat, 0, 0U},
        {0, "float64", 1, {0}, 71, "cumsum", 0, 0, 0U},
        {0, "float64", 1, {0}, 71, "cumprod", 0, 0, 0U},
        {0, "float64", 1, {1}, 72, "cumsum", flat, 1, 7347418307555328689U},
        {0, "float64", 1, {1}, 72, "cumprod", flat, 1, 7347418307555328689U},
        {0, "float64", 1, {1}, 72, "cumsum_positive", flat, 1, 10451216379200822465U},
        {0, "float64", 1, {1}, 72, "cumsum", 0, 1, 7347418307555328689U},
        {0, "float64", 1, {1}, 72, "cumprod", 0, 1, 7347418307555328689U},
        {0, "float64", 1, {2}, 73, "cumsum", flat, 2, 15264166224574868680U},
        {0, "float64", 1, {2}, 73, "cumprod", flat, 2, 12111156112117485793U},
        {0, "float64", 1, {2}, 73, "cumsum_positive", flat, 2, 5823844796812131075U},
        {0, "float64", 1, {2}, 73, "cumsum", 0, 2, 15264166224574868680U},
        {0, "float64", 1, {2}, 73, "cumprod", 0, 2, 12111156112117485793U},
        {0, "float64", 1, {7}, 74, "cumsum", flat, 7, 12627727341517424544U},
        {0, "float64", 1, {7}, 74, "cumprod", flat, 7, 4960680222421700894U},
        {0, "float64", 1, {7}, 74, "cumsum_positive", flat, 7, 13265874565013462972U},
        {0, "float64", 1, {7}, 74, "cumsum", 0, 7, 12627727341517424544U},
        {0, "float64", 1, {7}, 74, "cumprod", 0, 7, 4960680222421700894U},
        {0, "float64", 1, {100}, 75, "cumsum", flat, 100, 1614201072036826029U},
        {0, "float64", 1, {100}, 75, "cumprod", flat, 100, 4043998847817088595U},
        {0, "float64", 1, {100}, 75, "cumsum_positive", flat, 100, 5907147871213978085U},
        {0, "float64", 1, {100}, 75, "cumsum", 0, 100, 1614201072036826029U},
        {0, "float64", 1, {100}, 75, "cumprod", 0, 100, 4043998847817088595U},
        {0, "float64", 1, {1000}, 76, "cumsum", flat, 1000, 7160217732227352148U},
        {0, "float64", 1, {1000}, 76, "cumprod", flat, 1000, 3055693769796827732U},
        {0, "float64", 1, {1000}, 76, "cumsum_positive", flat, 1000, 11829778115152575431U},
        {0, "float64", 1, {1000}, 76, "cumsum", 0, 1000, 7160217732227352148U},
        {0, "float64", 1, {1000}, 76, "cumprod", 0, 1000, 3055693769796827732U},
        {0, "float64", 1, {32768}, 77, "cumsum", flat, 32768, 17618548502337078424U},
        {0, "float64", 1, {32768}, 77, "cumprod", flat, 32768, 3208981182102972832U},
        {0, "float64", 1, {32768}, 77, "cumsum_positive", flat, 32768, 16789340799641300453U},
        {0, "float64", 1, {32768}, 77, "cumsum", 0, 32768, 17618548502337078424U},
        {0, "float64", 1, {32768}, 77, "cumprod", 0, 32768, 3208981182102972832U},
        {0, "float64", 1, {32769}, 78, "cumsum", flat, 32769, 9619666192897947025U},
        {0, "float64", 1, {32769}, 78, "cumprod", flat, 32769, 4808025049362350143U},
        {0, "float64", 1, {32769}, 78, "cumsum_positive", flat, 32769, 4502028144060433338U},
        {0, "float64", 1, {32769}, 78, "cumsum", 0, 32769, 9619666192897947025U},
        {0, "float64", 1, {32769}, 78, "cumprod", 0, 32769, 4808025049362350143U},
        {0, "float64", 1, {100003}, 79, "cumsum", flat, 100003, 2362608156076019802U},
        {0, "float64", 1, {100003}, 79, "cumprod", flat, 100003, 4423692295910361042U},
        {0, "float64", 1, {100003}, 79, "cumsum_positive", flat, 100003, 13833927442072761898U},
        {0, "float64", 1, {100003}, 79, "cumsum", 0, 100003, 2362608156076019802U},
        {0, "float64", 1, {100003}, 79, "cumprod", 0, 100003, 4423692295910361042U},
        {0, "float64", 2, {0, 5}, 80, "cumsum", flat, 0, 0U},
        {0, "float64", 2, {0, 5}, 80, "cumprod", flat, 0, 0U},
        {0, "float64", 2, {0, 5}, 80, "cumsum_positive", flat, 0, 0U},
        {0, "float64", 2, {0, 5}, 80, "cumsum", 0, 0, 0U},
        {0, "float64", 2, {0, 5}, 80, "cumprod", 0, 0, 0U},
        {0, "float64", 2, {0, 5}, 80, "cumsum", 1, 0, 0U},
        {0, "float64", 2, {0, 5}, 80, "cumprod", 1, 0, 0U},
        {0, "float64", 2, {1, 1}, 81, "cumsum", flat, 1, 1006477245555569157U},
        {0, "float64", 2, {1, 1}, 81, "cumprod", flat, 1, 1006477245555569157U},
        {0, "float64", 2, {1, 1}, 81, "cumsum_positive", flat, 1, 10451216379200822465U},
        {0, "float64", 2, {1, 1}, 81, "cumsum", 0, 1, 1006477245555569157U},
        {0, "float64", 2, {1, 1}, 81, "cumprod", 0, 1, 1006477245555569157U},
        {0, "float64", 2, {1, 1}, 81, "cumsum", 1, 1, 1006477245555569157U},
        {0, "float64", 2, {1, 1}, 81, "cumprod", 1, 1, 1006477245555569157U},
        {0, "float64", 2, {3, 4}, 82, "cumsum", flat, 12, 146617965519170655U},
        {0, "float64", 2, {3, 4}, 82, "cumprod", flat, 12, 2738560808734402438U},
        {0, "float64", 2, {3, 4}, 82, "cumsum_positive", flat, 12, 15297880409813137956U},
        {0, "float64", 2, {3, 4}, 82, "cumsum", 0, 12, 17929877909955779334U},
        {0, "float64", 2, {3, 4}, 82, "cumprod", 0, 12, 14957559742593793646U},
        {0, "float64", 2, {3, 4}, 82, "cumsum", 1, 12, 9835574372812164394U},
        {0, "float64", 2, {3, 4}, 82, "cumprod", 1, 12, 946360772365003166U},
        {0, "float64", 2, {7, 1}, 83, "cumsum", flat, 7, 2889721922967334009U},
        {0, "float64", 2, {7, 1}, 83, "cumprod", flat, 7, 5963382470048989099U},
        {0, "float64", 2, {7, 1}, 83, "cumsum_positive", flat, 7, 18040124046601415166U},
        {0, "float64", 2, {7, 1}, 83, "cumsum", 0, 7, 2889721922967334009U},
        {0, "float64", 2, {7, 1}, 83, "cumprod", 0, 7, 5963382470048989099U},
        {0, "float64", 2, {7, 1}, 83, "cumsum", 1, 7, 2757458145573231998U},
        {0, "float64", 2, {7, 1}, 83, "cumprod", 1, 7, 2757458145573231998U},
        {0, "float64", 2, {1, 40000}, 84, "cumsum", flat, 40000, 3583992706672993540U},
        {0, "float64", 2, {1, 40000}, 84, "cumprod", flat, 40000, 6985553809966578425U},
        {0, "float64", 2, {1, 40000}, 84, "cumsum_positive", flat, 40000, 6611913734254369296U},
        {0, "float64", 2, {1, 40000}, 84, "cumsum", 0, 40000, 2347108110101404675U},
        {0, "float64", 2, {1, 40000}, 84, "cumprod", 0, 40000, 2347108110101404675U},
        {0, "float64", 2, {1, 40000}, 84, "cumsum", 1, 40000, 3583992706672993540U},
        {0, "float64", 2, {1, 40000}, 84, "cumprod", 1, 40000, 6985553809966578425U},
        {0, "float64", 2, {40000, 3}, 85, "cumsum", flat, 120000, 8901138068280470722U},
        {0, "float64", 2, {40000, 3}, 85, "cumprod", flat, 120000, 17949359342038600096U},
        {0, "float64", 2, {40000, 3}, 85, "cumsum_positive", flat, 120000, 10440212802663082888U},
        {0, "float64", 2, {40000, 3}, 85, "cumsum", 0, 120000, 6885504512502675696U},
        {0, "float64", 2, {40000, 3}, 85, "cumprod", 0, 120000, 3009425835762648121U},
        {0, "float64", 2, {40000, 3}, 85, "cumsum", 1, 120000, 18214634219887864464U},
        {0, "float64", 2, {40000, 3}, 85, "cumprod", 1, 120000, 4106002509113585868U},
        {0, "float64", 2, {300, 200}, 86, "cumsum", flat, 60000, 18104575694350901778U},
        {0, "float64", 2, {300, 200}, 86, "cumprod", flat, 60000, 12391810154206925312U},
        {0, "float64", 2, {300, 200}, 86, "cumsum_positive", flat, 60000, 1919932171832859613U},
        {0, "float64", 2, {300, 200}, 86, "cumsum", 0, 60000, 6657827464873365613U},
        {0, "float64", 2, {300, 200}, 86, "cumprod", 0, 60000, 15820139183246690156U},
        {0, "float64", 2, {300, 200}, 86, "cumsum", 1, 60000, 17270276100037905219U},
        {0, "float64", 2, {300, 200}, 86, "cumprod", 1, 60000, 6877245284331790182U},
        {0, "float64", 2, {20, 5000}, 87, "cumsum", flat, 100000, 13748563457968487309U},
        {0, "float64", 2, {20, 5000}, 87, "cumprod", flat, 100000, 10169926459258071299U},
        {0, "float64", 2, {20, 5000}, 87, "cumsum_positive", flat, 100000, 14606400139340672387U},
        {0, "float64", 2, {20, 5000}, 87, "cumsum", 0, 100000, 7413563758080852603U},
        {0, "float64", 2, {20, 5000}, 87, "cumprod", 0, 100000, 1397652355779440587U},
        {0, "float64", 2, {20, 5000}, 87, "cumsum", 1, 100000, 14535517024549971968U},
        {0, "float64", 2, {20, 5000}, 87, "cumprod", 1, 100000, 9948899904833179758U},
        {0, "float64", 3, {2, 3, 4}, 88, "cumsum", flat, 24, 7379657588702423751U},
        {0, "float64", 3, {2, 3, 4}, 88, "cumprod", flat, 24, 10862278258696142397U},
        {0, "float64", 3, {2, 3, 4}, 88, "cumsum_positive", flat, 24, 7991161504155688957U},
        {0, "float64", 3, {2, 3, 4}, 88, "cumsum", 0, 24, 15280343101435666248U},
        {0, "float64", 3, {2, 3, 4}, 88, "cumprod", 0, 24, 4562055919121032767U},
        {0, "float64", 3, {2, 3, 4}, 88, "cumsum", 1, 24, 3423313731515871042U},
        {0, "float64", 3, {2, 3, 4}, 88, "cumprod", 1, 24, 12033330184113583010U},
        {0, "float64", 3, {2, 3, 4}, 88, "cumsum", 2, 24, 7348831427994065781U},
        {0, "float64", 3, {2, 3, 4}, 88, "cumprod", 2, 24, 78542357150249352U},
        {0, "float64", 3, {4, 0, 3}, 89, "cumsum", flat, 0, 0U},
        {0, "float64", 3, {4, 0, 3}, 89, "cumprod", flat, 0, 0U},
        {0, "float64", 3, {4, 0, 3}, 89, "cumsum_positive", flat, 0, 0U},
        {0, "float64", 3, {4, 0, 3}, 89, "cumsum", 0, 0, 0U},
        {0, "float64", 3, {4, 0, 3}, 89, "cumprod", 0, 0, 0U},
        {0, "float64", 3, {4, 0, 3}, 89, "cumsum", 1, 0, 0U},
        {0, "float64", 3, {4, 0, 3}, 89, "cumprod", 1, 0, 0U},
        {0, "float64", 3, {4, 0, 3}, 89, "cumsum", 2, 0, 0U},
        {0, "float64", 3, {4, 0, 3}, 89, "cumprod", 2, 0, 0U},
        {0, "float64", 3, {5, 7, 9}, 90, "cumsum", flat, 315, 17295067237036220371U},
        {0, "float64", 3, {5, 7, 9}, 90, "cumprod", flat, 315, 10283535187880958970U},
        {0, "float64", 3, {5, 7, 9}, 90, "cumsum_positive", flat, 315, 12169764271007715430U},
        {0, "float64", 3, {5, 7, 9}, 90, "cumsum", 0, 315, 13797611237464618046U},
        {0, "float64", 3, {5, 7, 9}, 90, "cumprod", 0, 315, 12420933427131837250U},
        {0, "float64", 3, {5, 7, 9}, 90, "cumsum", 1, 315, 15564450583051390236U},
        {0, "float64", 3, {5, 7, 9}, 90, "cumprod", 1, 315, 11989917625256275228U},
        {0, "float64", 3, {5, 7, 9}, 90, "cumsum", 2, 315, 7983561522473459438U},
        {0, "float64", 3, {5, 7, 9}, 90, "cumprod", 2, 315, 14031884928006752652U},
        {0, "float64", 3, {3, 50000, 2}, 91, "cumsum", flat, 300000, 17186814245611943563U},
        {0, "float64", 3, {3, 50000, 2}, 91, "cumprod", flat, 300000, 367152834898005278U},
        {0, "float64", 3, {3, 50000, 2}, 91, "cumsum_positive", flat, 300000, 9817766188312193143U},
        {0, "float64", 3, {3, 50000, 2}, 91, "cumsum", 0, 300000, 14995360150261952148U},
        {0, "float64", 3, {3, 50000, 2}, 91, "cumprod", 0, 300000, 9932421147023792088U},
        {0, "float64", 3, {3, 50000, 2}, 91, "cumsum", 1, 300000, 15631879618197128959U},
        {0, "float64", 3, {3, 50000, 2}, 91, "cumprod", 1, 300000, 823121237489696557U},
        {0, "float64", 3, {3, 50000, 2}, 91, "cumsum", 2, 300000, 11227531904284784739U},
        {0, "float64", 3, {3, 50000, 2}, 91, "cumprod", 2, 300000, 5575877240417294495U},
        {0, "float64", 3, {17, 33, 65}, 92, "cumsum", flat, 36465, 778359540126912660U},
        {0, "float64", 3, {17, 33, 65}, 92, "cumprod", flat, 36465, 7332326154217922564U},
        {0, "float64", 3, {17, 33, 65}, 92, "cumsum_positive", flat, 36465, 3228162639664533587U},
        {0, "float64", 3, {17, 33, 65}, 92, "cumsum", 0, 36465, 10854931314580235004U},
        {0, "float64", 3, {17, 33, 65}, 92, "cumprod", 0, 36465, 5981385376791879862U},
        {0, "float64", 3, {17, 33, 65}, 92, "cumsum", 1, 36465, 17847421347637128548U},
        {0, "float64", 3, {17, 33, 65}, 92, "cumprod", 1, 36465, 16595478806187681877U},
        {0, "float64", 3, {17, 33, 65}, 92, "cumsum", 2, 36465, 3772604224848085719U},
        {0, "float64", 3, {17, 33, 65}, 92, "cumprod", 2, 36465, 17233525924297407103U},
        {0, "float64", 0, {0}, 93, "cumsum", flat, 1, 12816952007450235890U},
        {0, "float64", 0, {0}, 93, "cumprod", flat, 1, 12816952007450235890U},
        {0, "float64", 0, {0}, 93, "cumsum_positive", flat, 1, 10451216379200822465U},
        {0, "float64", 0, {0}, 93, "cumsum", 0, 1, 12816952007450235890U},
        {0, "float64", 0, {0}, 93, "cumprod", 0, 1, 12816952007450235890U},
        {0, "float64", 1, {1000003}, 94, "cumsum", flat, 1000003, 18063513507691631859U},
        {0, "float64", 1, {1000003}, 94, "cumprod", flat, 1000003, 1299280962838281906U},
        {0, "float64", 1, {1000003}, 94, "cumsum_positive", flat, 1000003, 17619693248255879993U},
        {0, "float64", 1, {1000003}, 94, "cumsum", 0, 1000003, 18063513507691631859U},
        {0, "float64", 1, {1000003}, 94, "cumprod", 0, 1000003, 1299280962838281906U},
        {1, "int32", 1, {0}, 95, "cumsum", flat, 0, 0U},
        {1, "int32", 1, {0}, 95, "cumprod", flat, 0, 0U},
        {1, "int32", 1, {0}, 95, "cumsum_positive", flat, 0, 0U},
        {1, "int32", 1, {0}, 95, "cumsum", 0, 0, 0U},
        {1, "int32", 1, {0}, 95, "cumprod", 0, 0, 0U},
        {1, "int32", 1, {1}, 96, "cumsum", flat, 1, 10905525725756348110U},
        {1, "int32", 1, {1}, 96, "cumprod", flat, 1, 10905525725756348110U},
        {1, "int32", 1, {1}, 96, "cumsum_positive", flat, 1, 10451216379200822465U},
        {1, "int32", 1, {1}, 96, "cumsum", 0, 1, 10905525725756348110U},
        {1, "int32", 1, {1}, 96, "cumprod", 0, 1, 10905525725756348110U},
        {1, "int32", 1, {2}, 97, "cumsum", flat, 2, 15970404411027015397U},
        {1, "int32", 1, {2}, 97, "cumprod", flat, 2, 10325824407604522886U},
        {1, "int32", 1, {2}, 97, "cumsum_positive", flat, 2, 5823844796812131075U},
        {1, "int32", 1, {2}, 97, "cumsum", 0, 2, 15970404411027015397U},
        {1, "int32", 1, {2}, 97, "cumprod", 0, 2, 10325824407604522886U},
        {1, "int32", 1, {7}, 98, "cumsum", flat, 7, 15198774958980905182U},
        {1, "int32", 1, {7}, 98, "cumprod", flat, 7, 12758823387877540448U},
        {1, "int32", 1, {7}, 98, "cumsum_positive", flat, 7, 2071013654763961075U},
        {1, "int32", 1, {7}, 98, "cumsum", 0, 7, 15198774958980905182U},
        {1, "int32", 1, {7}, 98, "cumprod", 0, 7, 12758823387877540448U},
        {1, "int32", 1, {100}, 99, "cumsum", flat, 100, 3478019643039564183U},
        {1, "int32", 1, {100}, 99, "cumprod", flat, 100, 9609562292769000860U},
        {1, "int32", 1, {100}, 99, "cumsum_positive", flat, 100, 15728119496479353025U},
        {1, "int32", 1, {100}, 99, "cumsum", 0, 100, 3478019643039564183U},
        {1, "int32", 1, {100}, 99, "cumprod", 0, 100, 9609562292769000860U},
        {1, "int32", 1, {1000}, 100, "cumsum", flat, 1000, 16541336865057083973U},
        {1, "int32", 1, {1000}, 100, "cumprod", flat, 1000, 10845898057873185937U},
        {1, "int32", 1, {1000}, 100, "cumsum_positive", flat, 1000, 16143781295241469202U},
        {1, "int32", 1, {1000}, 100, "cumsum", 0, 1000, 16541336865057083973U},
        {1, "int32", 1, {1000}, 100, "cumprod", 0, 1000, 10845898057873185937U},
        {1, "int32", 1, {32768}, 101, "cumsum", flat, 32768, 15951030403819801559U},
        {1, "int32", 1, {32768}, 101, "cumprod", flat, 32768, 13554533320272576674U},
        {1, "int32", 1, {32768}, 101, "cumsum_positive", flat, 32768, 1678182659041130880U},
        {1, "int32", 1, {32768}, 101, "cumsum", 0, 32768, 15951030403819801559U},
        {1, "int32", 1, {32768}, 101, "cumprod", 0, 32768, 13554533320272576674U},
        {1, "int32", 1, {32769}, 102, "cumsum", flat, 32769, 17254903633310880213U},
        {1, "int32", 1, {32769}, 102, "cumprod", flat, 32769, 8637605745958074871U},
        {1, "int32", 1, {32769}, 102, "cumsum_positive", flat, 32769, 6784508740248632912U},
        {1, "int32", 1, {32769}, 102, "cumsum", 0, 32769, 17254903633310880213U},
        {1, "int32", 1, {32769}, 102, "cumprod", 0, 32769, 8637605745958074871U},
        {1, "int32", 1, {100003}, 103, "cumsum", flat, 100003, 764461196977449602U},
        {1, "int32", 1, {100003}, 103, "cumprod", flat, 100003, 2368782522213289040U},
        {1, "int32", 1, {100003}, 103, "cumsum_positive", flat, 100003, 13562442078288050920U},
        {1, "int32", 1, {100003}, 103, "cumsum", 0, 100003, 764461196977449602U},
        {1, "int32", 1, {100003}, 103, "cumprod", 0, 100003, 2368782522213289040U},
        {1, "int32", 2, {0, 5}, 104, "cumsum", flat, 0, 0U},
        {1, "int32", 2, {0, 5}, 104, "cumprod", flat, 0, 0U},
        {1, "int32", 2, {0, 5}, 104, "cumsum_positive", flat, 0, 0U},
        {1, "int32", 2, {0, 5}, 104, "cumsum", 0, 0, 0U},
        {1, "int32", 2, {0, 5}, 104, "cumprod", 0, 0, 0U},
        {1, "int32", 2, {0, 5}, 104, "cumsum", 1, 0, 0U},
        {1, "int32", 2, {0, 5}, 104, "cumprod", 1, 0, 0U},
        {1, "int32", 2, {1, 1}, 105, "cumsum", flat, 1, 17824971123127853533U},
        {1, "int32", 2, {1, 1}, 105, "cumprod", flat, 1, 17824971123127853533U},
        {1, "int32", 2, {1, 1}, 105, "cumsum_positive", flat, 1, 16294208416658607535U},
        {1, "int32", 2, {1, 1}, 105, "cumsum", 0, 1, 17824971123127853533U},
        {1, "int32", 2, {1, 1}, 105, "cumprod", 0, 1, 17824971123127853533U},
        {1, "int32", 2, {1, 1}, 105, "cumsum", 1, 1, 17824971123127853533U},
        {1, "int32", 2, {1, 1}, 105, "cumprod", 1, 1, 17824971123127853533U},
        {1, "int32", 2, {3, 4}, 106, "cumsum", flat, 12, 17946431454504987466U},
        {1, "int32", 2, {3, 4}, 106, "cumprod", flat, 12, 2121515753602169232U},
        {1, "int32", 2, {3, 4}, 106, "cumsum_positive", flat, 12, 8825816918104030894U},
        {1, "int32", 2, {3, 4}, 106, "cumsum", 0, 12, 1648655055592556428U},
        {1, "int32", 2, {3, 4}, 106, "cumprod", 0, 12, 5778581778764837091U},
        {1, "int32", 2, {3, 4}, 106, "cumsum", 1, 12, 16478233086046522425U},
        {1, "int32", 2, {3, 4}, 106, "cumprod", 1, 12, 6860766425351629364U},
        {1, "int32", 2, {7, 1}, 107, "cumsum", flat, 7, 11010184957111986121U},
        {1, "int32", 2, {7, 1}, 107, "cumprod", flat, 7, 14612737849927295307U},
        {1, "int32", 2, {7, 1}, 107, "cumsum_positive", flat, 7, 1592292688337531308U},
        {1, "int32", 2, {7, 1}, 107, "cumsum", 0, 7, 11010184957111986121U},
        {1, "int32", 2, {7, 1}, 107, "cumprod", 0, 7, 14612737849927295307U},
        {1, "int32", 2, {7, 1}, 107, "cumsum", 1, 7, 5452253510009459178U},
        {1, "int32", 2, {7, 1}, 107, "cumprod", 1, 7, 5452253510009459178U},
        {1, "int32", 2, {1, 40000}, 108, "cumsum", flat, 40000, 1584117713486586019U},
        {1, "int32", 2, {1, 40000}, 108, "cumprod", flat, 40000, 641222350963949040U},
        {1, "int32", 2, {1, 40000}, 108, "cumsum_positive", flat, 40000, 16171362107806210900U},
        {1, "int32", 2, {1, 40000}, 108, "cumsum", 0, 40000, 13045623849954803676U},
        {1, "int32", 2, {1, 40000}, 108, "cumprod", 0, 40000, 13045623849954803676U},
        {1, "int32", 2, {1, 40000}, 108, "cumsum", 1, 40000, 1584117713486586019U},
        {1, "int32", 2, {1, 40000}, 108, "cumprod", 1, 40000, 641222350963949040U},
        {1, "int32", 2, {40000, 3}, 109, "cumsum", flat, 120000, 12561265170331427220U},
        {1, "int32", 2, {40000, 3}, 109, "cumprod", flat, 120000, 10329968503066726807U},
        {1, "int32", 2, {40000, 3}, 109, "cumsum_positive", flat, 120000, 2458275419109967983U},
        {1, "int32", 2, {40000, 3}, 109, "cumsum", 0, 120000, 5829032915230622092U},
        {1, "int32", 2, {40000, 3}, 109, "cumprod", 0, 120000, 8557986828043589271U},
        {1, "int32", 2, {40000, 3}, 109, "cumsum", 1, 120000, 7471917153277519165U},
        {1, "int32", 2, {40000, 3}, 109, "cumprod", 1, 120000, 16950915444170457526U},
        {1, "int32", 2, {300, 200}, 110, "cumsum", flat, 60000, 6058903235672994102U},
        {1, "int32", 2, {300, 200}, 110, "cumprod", flat, 60000, 4829538879989234244U},
        {1, "int32", 2, {300, 200}, 110, "cumsum_positive", flat, 60000, 16098186452214597087U},
        {1, "int32", 2, {300, 200}, 110, "cumsum", 0, 60000, 16114416170420364169U},
        {1, "int32", 2, {300, 200}, 110, "cumprod", 0, 60000, 8066933728510625843U},
        {1, "int32", 2, {300, 200}, 110, "cumsum", 1, 60000, 6625161984268387459U},
        {1, "int32", 2, {300, 200}, 110, "cumprod", 1, 60000, 1718763004313816968U},
        {1, "int32", 2, {20, 5000}, 111, "cumsum", flat, 100000, 5295425810757190405U},
        {1, "int32", 2, {20, 5000}, 111, "cumprod", flat, 100000, 994974039625279322U},
        {1, "int32", 2, {20, 5000}, 111, "cumsum_positive", flat, 100000, 17656152337557371813U},
        {1, "int32", 2, {20, 5000}, 111, "cumsum", 0, 100000, 6939844737309404570U},
        {1, "int32", 2, {20, 5000}, 111, "cumprod", 0, 100000, 18129754252483502137U},
        {1, "int32", 2, {20, 5000}, 111, "cumsum", 1, 100000, 16598861879312798335U},
        {1, "int32", 2, {20, 5000}, 111, "cumprod", 1, 100000, 16952562050270013447U},
        {1, "int32", 3, {2, 3, 4}, 112, "cumsum", flat, 24, 885765067801544829U},
        {1, "int32", 3, {2, 3, 4}, 112, "cumprod", flat, 24, 14483412543887578671U},
        {1, "int32", 3, {2, 3, 4}, 112, "cumsum_positive", flat, 24, 14645828776944374043U},
        {1, "int32", 3, {2, 3, 4}, 112, "cumsum", 0, 24, 11233697722398874773U},
        {1, "int32", 3, {2, 3, 4}, 112, "cumprod", 0, 24, 10027455070358128687U},
        {1, "int32", 3, {2, 3, 4}, 112, "cumsum", 1, 24, 3632735170855200124U},
        {1, "int32", 3, {2, 3, 4}, 112, "cumprod", 1, 24, 14152814024535780846U},
        {1, "int32", 3, {2, 3, 4}, 112, "cumsum", 2, 24, 3681930896741894354U},
        {1, "int32", 3, {2, 3, 4}, 112, "cumprod", 2, 24, 13144207289037544006U},
        {1, "int32", 3, {4, 0, 3}, 113, "cumsum", flat, 0, 0U},
        {1, "int32", 3, {4, 0, 3}, 113, "cumprod", flat, 0, 0U},
        {1, "int32", 3, {4, 0, 3}, 113, "cumsum_positive", flat, 0, 0U},
        {1, "int32", 3, {4, 0, 3}, 113, "cumsum", 0, 0, 0U},
        {1, "int32", 3, {4, 0, 3}, 113, "cumprod", 0, 0, 0U},
        {1, "int32", 3, {4, 0, 3}, 113, "cumsum", 1, 0, 0U},
        {1, "int32", 3, {4, 0, 3}, 113, "cumprod", 1, 0, 0U},
        {1, "int32", 3, {4, 0, 3}, 113, "cumsum", 2, 0, 0U},
        {1, "int32", 3, {4, 0, 3}, 113, "cumprod", 2, 0, 0U},
        {1, "int32", 3, {5, 7, 9}, 114, "cumsum", flat, 315, 9230552917113545929U},
        {1, "int32", 3, {5, 7, 9}, 114, "cumprod", flat, 315, 3865191640255009851U},
        {1, "int32", 3, {5, 7, 9}, 114, "cumsum_positive", flat, 315, 12802330163697620871U},
        {1, "int32", 3, {5, 7, 9}, 114, "cumsum", 0, 315, 4361217062775441875U},
        {1, "int32", 3, {5, 7, 9}, 114, "cumprod", 0, 315, 17727524519376326758U},
        {1, "int32", 3, {5, 7, 9}, 114, "cumsum", 1, 315, 3264314856854797701U},
        {1, "int32", 3, {5, 7, 9}, 114, "cumprod", 1, 315, 7807530955228742U},
        {1, "int32", 3, {5, 7, 9}, 114, "cumsum", 2, 315, 14140230255374992101U},
        {1, "int32", 3, {5, 7, 9}, 114, "cumprod", 2, 315, 15457557554883665901U},
        {1, "int32", 3, {3, 50000, 2}, 115, "cumsum", flat, 300000, 6112930606408949523U},
        {1, "int32", 3, {3, 50000, 2}, 115, "cumprod", flat, 300000, 9764830134965942237U},
        {1, "int32", 3, {3, 50000, 2}, 115, "cumsum_positive", flat, 300000, 8881561856715184787U},
        {1, "int32", 3, {3, 50000, 2}, 115, "cumsum", 0, 300000, 12964451881991002462U},
        {1, "int32", 3, {3, 50000, 2}, 115, "cumprod", 0, 300000, 1132253369300340379U},
        {1, "int32", 3, {3, 50000, 2}, 115, "cumsum", 1, 300000, 12138410035369400306U},
        {1, "int32", 3, {3, 50000, 2}, 115, "cumprod", 1, 300000, 9647223872226397959U},
        {1, "int32", 3, {3, 50000, 2}, 115, "cumsum", 2, 300000, 7234446220927928641U},
        {1, "int32", 3, {3, 50000, 2}, 115, "cumprod", 2, 300000, 18192548615382459215U},
        {1, "int32", 3, {17, 33, 65}, 116, "cumsum", flat, 36465, 17918454094138530604U},
        {1, "int32", 3, {17, 33, 65}, 116, "cumprod", flat, 36465, 13033572149353902050U},
        {1, "int32", 3, {17, 33, 65}, 116, "cumsum_positive", flat, 36465, 7498621389804100437U},
        {1, "int32", 3, {17, 33, 65}, 116, "cumsum", 0, 36465, 2897168151785789719U},
        {1, "int32", 3, {17, 33, 65}, 116, "cumprod", 0, 36465, 6374707572477292851U},
        {1, "int32", 3, {17, 33, 65}, 116, "cumsum", 1, 36465, 8415795705597553174U},
        {1, "int32", 3, {17, 33, 65}, 116, "cumprod", 1, 36465, 15093594747078446035U},
        {1, "int32", 3, {17, 33, 65}, 116, "cumsum", 2, 36465, 18048016702171788071U},
        {1, "int32", 3, {17, 33, 65}, 116, "cumprod", 2, 36465, 15284324981955840453U},
        {1, "int32", 0, {0}, 117, "cumsum", flat, 1, 16490336266968443936U},
        {1, "int32", 0, {0}, 117, "cumprod", flat, 1, 16490336266968443936U},
        {1, "int32", 0, {0}, 117, "cumsum_positive", flat, 1, 16294208416658607535U},
        {1, "int32", 0, {0}, 117, "cumsum", 0, 1, 16490336266968443936U},
        {1, "int32", 0, {0}, 117, "cumprod", 0, 1, 16490336266968443936U},
        {1, "int64", 1, {0}, 118, "cumsum", flat, 0, 0U},
        {1, "int64", 1, {0}, 118, "cumprod", flat, 0, 0U},
        {1, "int64", 1, {0}, 118, "cumsum_positive", flat, 0, 0U},
        {1, "int64", 1, {0}, 118, "cumsum", 0, 0, 0U},
        {1, "int64", 1, {0}, 118, "cumprod", 0, 0, 0U},
        {1, "int64", 1, {1}, 119, "cumsum", flat, 1, 17824971123127853533U},
        {1, "int64", 1, {1}, 119, "cumprod", flat, 1, 17824971123127853533U},
        {1, "int64", 1, {1}, 119, "cumsum_positive", flat, 1, 16294208416658607535U},
        {1, "int64", 1, {1}, 119, "cumsum", 0, 1, 17824971123127853533U},
        {1, "int64", 1, {1}, 119, "cumprod", 0, 1, 17824971123127853533U},
        {1, "int64", 1, {2}, 120, "cumsum", flat, 2, 419068174241152194U},
        {1, "int64", 1, {2}, 120, "cumprod", flat, 2, 7014194176771002235U},
        {1, "int64", 1, {2}, 120, "cumsum_positive", flat, 2, 5761717516557699368U},
        {1, "int64", 1, {2}, 120, "cumsum", 0, 2, 419068174241152194U},
        {1, "int64", 1, {2}, 120, "cumprod", 0, 2, 7014194176771002235U},
        {1, "int64", 1, {7}, 121, "cumsum", flat, 7, 4415749807415792862U},
        {1, "int64", 1, {7}, 121, "cumprod", flat, 7, 2185723009534153606U},
        {1, "int64", 1, {7}, 121, "cumsum_positive", flat, 7, 7317128568402210748U},
        {1, "int64", 1, {7}, 121, "cumsum", 0, 7, 4415749807415792862U},
        {1, "int64", 1, {7}, 121, "cumprod", 0, 7, 2185723009534153606U},
        {1, "int64", 1, {100}, 122, "cumsum", flat, 100, 3998630681589661714U},
        {1, "int64", 1, {100}, 122, "cumprod", flat, 100, 13623399600588222168U},
        {1, "int64", 1, {100}, 122, "cumsum_positive", flat, 100, 3533152592277577852U},
        {1, "int64", 1, {100}, 122, "cumsum", 0, 100, 3998630681589661714U},
        {1, "int64", 1, {100}, 122, "cumprod", 0, 100, 13623399600588222168U},
        {1, "int64", 1, {1000}, 123, "cumsum", flat, 1000, 12188556416732487266U},
        {1, "int64", 1, {1000}, 123, "cumprod", flat, 1000, 8470499196265620554U},
        {1, "int64", 1, {1000}, 123, "cumsum_positive", flat, 1000, 73349418046127752U},
        {1, "int64", 1, {1000}, 123, "cumsum", 0, 1000, 12188556416732487266U},
        {1, "int64", 1, {1000}, 123, "cumprod", 0, 1000, 8470499196265620554U},
        {1, "int64", 1, {32768}, 124, "cumsum", flat, 32768, 9216106800529930568U},
        {1, "int64", 1, {32768}, 124, "cumprod", flat, 32768, 10717673038353449748U},
        {1, "int64", 1, {32768}, 124, "cumsum_positive", flat, 32768, 15408505078407543133U},
        {1, "int64", 1, {32768}, 124, "cumsum", 0, 32768, 9216106800529930568U},
        {1, "int64", 1, {32768}, 124, "cumprod", 0, 32768, 10717673038353449748U},
        {1, "int64", 1, {32769}, 125, "cumsum", flat, 32769, 15799013928601173476U},
        {1, "int64", 1, {32769}, 125, "cumprod", flat, 32769, 1648465318463990337U},
        {1, "int64", 1, {32769}, 125, "cumsum_positive", flat, 32769, 8586543979244138219U},
        {1, "int64", 1, {32769}, 125, "cumsum", 0, 32769, 15799013928601173476U},
        {1, "int64", 1, {32769}, 125, "cumprod", 0, 32769, 1648465318463990337U},
        {1, "int64", 1, {100003}, 126, "cumsum", flat, 100003, 6781953492075549472U},
        {1, "int64", 1, {100003}, 126, "cumprod", flat, 100003, 17227654120784791462U},
        {1, "int64", 1, {100003}, 126, "cumsum_positive", flat, 100003, 1656395032190879380U},
        {1, "int64", 1, {100003}, 126, "cumsum", 0, 100003, 6781953492075549472U},
        {1, "int64", 1, {100003}, 126, "cumprod", 0, 100003, 17227654120784791462U},
        {1, "int64", 2, {0, 5}, 127, "cumsum", flat, 0, 0U},
        {1, "int64", 2, {0, 5}, 127, "cumprod", flat, 0, 0U},
        {1, "int64", 2, {0, 5}, 127, "cumsum_positive", flat, 0, 0U},
        {1, "int64", 2, {0, 5}, 127, "cumsum", 0, 0, 0U},
        {1, "int64", 2, {0, 5}, 127, "cumprod", 0, 0, 0U},
        {1, "int64", 2, {0, 5}, 127, "cumsum", 1, 0, 0U},
        {1, "int64", 2, {0, 5}, 127, "cumprod", 1, 0, 0U},
        {1, "int64", 2, {1, 1}, 128, "cumsum", flat, 1, 10905525725756348110U},
        {1, "int64", 2, {1, 1}, 128, "cumprod", flat, 1, 10905525725756348110U},
        {1, "int64", 2, {1, 1}, 128, "cumsum_positive", flat, 1, 10451216379200822465U},
        {1, "int64", 2, {1, 1}, 128, "cumsum", 0, 1, 10905525725756348110U},
        {1, "int64", 2, {1, 1}, 128, "cumprod", 0, 1, 10905525725756348110U},
        {1, "int64", 2, {1, 1}, 128, "cumsum", 1, 1, 10905525725756348110U},
        {1, "int64", 2, {1, 1}, 128, "cumprod", 1, 1, 10905525725756348110U},
        {1, "int64", 2, {3, 4}, 129, "cumsum", flat, 12, 16509007851696445414U},
        {1, "int64", 2, {3, 4}, 129, "cumprod", flat, 12, 6818731087377162741U},
        {1, "int64", 2, {3, 4}, 129, "cumsum_positive", flat, 12, 5625220747395347712U},
        {1, "int64", 2, {3, 4}, 129, "cumsum", 0, 12, 8444443343271470374U},
        {1, "int64", 2, {3, 4}, 129, "cumprod", 0, 12, 4864372713504591864U},
        {1, "int64", 2, {3, 4}, 129, "cumsum", 1, 12, 15821860207320180360U},
        {1, "int64", 2, {3, 4}, 129, "cumprod", 1, 12, 11199224916880466401U},
        {1, "int64", 2, {7, 1}, 130, "cumsum", flat, 7, 10889920971544806946U},
        {1, "int64", 2, {7, 1}, 130, "cumprod", flat, 7, 3928731774804648334U},
        {1, "int64", 2, {7, 1}, 130, "cumsum_positive", flat, 7, 4531761114262673565U},
        {1, "int64", 2, {7, 1}, 130, "cumsum", 0, 7, 10889920971544806946U},
        {1, "int64", 2, {7, 1}, 130, "cumprod", 0, 7, 3928731774804648334U},
        {1, "int64", 2, {7, 1}, 130, "cumsum", 1, 7, 1326887902176038401U},
        {1, "int64", 2, {7, 1}, 130, "cumprod", 1, 7, 1326887902176038401U},
        {1, "int64", 2, {1, 40000}, 131, "cumsum", flat, 40000, 18095983090513655147U},
        {1, "int64", 2, {1, 40000}, 131, "cumprod", flat, 40000, 4210197867720237278U},
        {1, "int64", 2, {1, 40000}, 131, "cumsum_positive", flat, 40000, 934374147291621612U},
        {1, "int64", 2, {1, 40000}, 131, "cumsum", 0, 40000, 8942363236690930234U},
        {1, "int64", 2, {1, 40000}, 131, "cumprod", 0, 40000, 8942363236690930234U},
        {1, "int64", 2, {1, 40000}, 131, "cumsum", 1, 40000, 18095983090513655147U},
        {1, "int64", 2, {1, 40000}, 131, "cumprod", 1, 40000, 4210197867720237278U},
        {1, "int64", 2, {40000, 3}, 132, "cumsum", flat, 120000, 8347935116473387793U},
        {1, "int64", 2, {40000, 3}, 132, "cumprod", flat, 120000, 14381714479027308330U},
        {1, "int64", 2, {40000, 3}, 132, "cumsum_positive", flat, 120000, 10548806661530895973U},
        {1, "int64", 2, {40000, 3}, 132, "cumsum", 0, 120000, 625330071733146189U},
        {1, "int64", 2, {40000, 3}, 132, "cumprod", 0, 120000, 16356248193997580784U},
        {1, "int64", 2, {40000, 3}, 132, "cumsum", 1, 120000, 10559940804499613035U},
        {1, "int64", 2, {40000, 3}, 132, "cumprod", 1, 120000, 4086177112567893496U},
        {1, "int64", 2, {300, 200}, 133, "cumsum", flat, 60000, 13394886479357860311U},
        {1, "int64", 2, {300, 200}, 133, "cumprod", flat, 60000, 14823282760902901545U},
        {1, "int64", 2, {300, 200}, 133, "cumsum_positive", flat, 60000, 13777976368173854011U},
        {1, "int64", 2, {300, 200}, 133, "cumsum", 0, 60000, 5891703165924107831U},
        {1, "int64", 2, {300, 200}, 133, "cumprod", 0, 60000, 7484880805014615355U},
        {1, "int64", 2, {300, 200}, 133, "cumsum", 1, 60000, 152414238468492547U},
        {1, "int64", 2, {300, 200}, 133, "cumprod", 1, 60000, 1009294504116811223U},
        {1, "int64", 2, {20, 5000}, 134, "cumsum", flat, 100000, 15423490629325134575U},
        {1, "int64", 2, {20, 5000}, 134, "cumprod", flat, 100000, 6894806636409537102U},
        {1, "int64", 2, {20, 5000}, 134, "cumsum_positive", flat, 100000, 5348893072420986123U},
        {1, "int64", 2, {20, 5000}, 134, "cumsum", 0, 100000, 5835589750145764468U},
        {1, "int64", 2, {20, 5000}, 134, "cumprod", 0, 100000, 5925042251969272736U},
        {1, "int64", 2, {20, 5000}, 134, "cumsum", 1, 100000, 16957412136793260536U},
        {1, "int64", 2, {20, 5000}, 134, "cumprod", 1, 100000, 15196997984386358895U},
        {1, "int64", 3, {2, 3, 4}, 135, "cumsum", flat, 24, 6226711324625190245U},
        {1, "int64", 3, {2, 3, 4}, 135, "cumprod", flat, 24, 4769710456777962746U},
        {1, "int64", 3, {2, 3, 4}, 135, "cumsum_positive", flat, 24, 8257223707129148902U},
        {1, "int64", 3, {2, 3, 4}, 135, "cumsum", 0, 24, 3476609716017910754U},
        {1, "int64", 3, {2, 3, 4}, 135, "cumprod", 0, 24, 4679275772724600003U},
        {1, "int64", 3, {2, 3, 4}, 135, "cumsum", 1, 24, 14895970800640471741U},
        {1, "int64", 3, {2, 3, 4}, 135, "cumprod", 1, 24, 6248082123768011903U},
        {1, "int64", 3, {2, 3, 4}, 135, "cumsum", 2, 24, 18139720505036287828U},
        {1, "int64", 3, {2, 3, 4}, 135, "cumprod", 2, 24, 12742600789079159922U},
        {1, "int64", 3, {4, 0, 3}, 136, "cumsum", flat, 0, 0U},
        {1, "int64", 3, {4, 0, 3}, 136, "cumprod", flat, 0, 0U},
        {1, "int64", 3, {4, 0, 3}, 136, "cumsum_positive", flat, 0, 0U},
        {1, "int64", 3, {4, 0, 3}, 136, "cumsum", 0, 0, 0U},
        {1, "int64", 3, {4, 0, 3}, 136, "cumprod", 0, 0, 0U},
        {1, "int64", 3, {4, 0, 3}, 136, "cumsum", 1, 0, 0U},
        {1, "int64", 3, {4, 0, 3}, 136, "cumprod", 1, 0, 0U},
        {1, "int64", 3, {4, 0, 3}, 136, "cumsum", 2, 0, 0U},
        {1, "int64", 3, {4, 0, 3}, 136, "cumprod", 2, 0, 0U},
        {1, "int64", 3, {5, 7, 9}, 137, "cumsum", flat, 315, 1544319786246392418U},
        {1, "int64", 3, {5, 7, 9}, 137, "cumprod", flat, 315, 17693101553025804628U},
        {1, "int64", 3, {5, 7, 9}, 137, "cumsum_positive", flat, 315, 6579260808302331099U},
        {1, "int64", 3, {5, 7, 9}, 137, "cumsum", 0, 315, 1210939257015043956U},
        {1, "int64", 3, {5, 7, 9}, 137, "cumprod", 0, 315, 7367886851078296071U},
        {1, "int64", 3, {5, 7, 9}, 137, "cumsum", 1, 315, 10361227050881669301U},
        {1, "int64", 3, {5, 7, 9}, 137, "cumprod", 1, 315, 17765647962767466538U},
        {1, "int64", 3, {5, 7, 9}, 137, "cumsum", 2, 315, 12834205000795543004U},
        {1, "int64", 3, {5, 7, 9}, 137, "cumprod", 2, 315, 18042874104514040201U},
        {1, "int64", 3, {3, 50000, 2}, 138, "cumsum", flat, 300000, 1401941395107045810U},
        {1, "int64", 3, {3, 50000, 2}, 138, "cumprod", flat, 300000, 13470896444897709417U},
        {1, "int64", 3, {3, 50000, 2}, 138, "cumsum_positive", flat, 300000, 4121717755894791146U},
        {1, "int64", 3, {3, 50000, 2}, 138, "cumsum", 0, 300000, 2895047203031658946U},
        {1, "int64", 3, {3, 50000, 2}, 138, "cumprod", 0, 300000, 13868277081654597500U},
        {1, "int64", 3, {3, 50000, 2}, 138, "cumsum", 1, 300000, 17618976843779185223U},
        {1, "int64", 3, {3, 50000, 2}, 138, "cumprod", 1, 300000, 9005737559109472058U},
        {1, "int64", 3, {3, 50000, 2}, 138, "cumsum", 2, 300000, 12158414556761155515U},
        {1, "int64", 3, {3, 50000, 2}, 138, "cumprod", 2, 300000, 3261615947771165980U},
        {1, "int64", 3, {17, 33, 65}, 139, "cumsum", flat, 36465, 6125615894749946212U},
        {1, "int64", 3, {17, 33, 65}, 139, "cumprod", flat, 36465, 1843841718988831081U},
        {1, "int64", 3, {17, 33, 65}, 139, "cumsum_positive", flat, 36465, 8739548278710602328U},
        {1, "int64", 3, {17, 33, 65}, 139, "cumsum", 0, 36465, 17217515901105559683U},
        {1, "int64", 3, {17, 33, 65}, 139, "cumprod", 0, 36465, 15873727856714967527U},
        {1, "int64", 3, {17, 33, 65}, 139, "cumsum", 1, 36465, 16324363241135092424U},
        {1, "int64", 3, {17, 33, 65}, 139, "cumprod", 1, 36465, 4221985310836682115U},
        {1, "int64", 3, {17, 33, 65}, 139, "cumsum", 2, 36465, 14433087992688209134U},
        {1, "int64", 3, {17, 33, 65}, 139, "cumprod", 2, 36465, 15380779914687211614U},
        {1, "int64", 0, {0}, 140, "cumsum", flat, 1, 10451216379200822465U},
        {1, "int64", 0, {0}, 140, "cumprod", flat, 1, 10451216379200822465U},
        {1, "int64", 0, {0}, 140, "cumsum_positive", flat, 1, 10451216379200822465U},
        {1, "int64", 0, {0}, 140, "cumsum", 0, 1, 10451216379200822465U},
        {1, "int64", 0, {0}, 140, "cumprod", 0, 1, 10451216379200822465U},
        {1, "int64", 1, {1000003}, 141, "cumsum", flat, 1000003, 7530838833441513667U},
        {1, "int64", 1, {1000003}, 141, "cumprod", flat, 1000003, 13523727596730732850U},
        {1, "int64", 1, {1000003}, 141, "cumsum_positive", flat, 1000003, 9835215059109046764U},
        {1, "int64", 1, {1000003}, 141, "cumsum", 0, 1000003, 7530838833441513667U},
        {1, "int64", 1, {1000003}, 141, "cumprod", 0, 1000003, 13523727596730732850U},
        {1, "float32", 1, {0}, 142, "cumsum", flat, 0, 0U},
        {1, "float32", 1, {0}, 142, "cumprod", flat, 0, 0U},
        {1, "float32", 1, {0}, 142, "cumsum_positive", flat, 0, 0U},
        {1, "float32", 1, {0}, 142, "cumsum", 0, 0, 0U},
        {1, "float32", 1, {0}, 142, "cumprod", 0, 0, 0U},
        {1, "float32", 1, {1}, 143, "cumsum", flat, 1, 7326926289111650678U},
        {1, "float32", 1, {1}, 143, "cumprod", flat, 1, 7326926289111650678U},
        {1, "float32", 1, {1}, 143, "cumsum_positive", flat, 1, 10451216379200822465U},
        {1, "float32", 1, {1}, 143, "cumsum", 0, 1, 7326926289111650678U},
        {1, "float32", 1, {1}, 143, "cumprod", 0, 1, 7326926289111650678U},
        {1, "float32", 1, {2}, 144, "cumsum", flat, 2, 376695231964162301U},
        {1, "float32", 1, {2}, 144, "cumprod", flat, 2, 17634535407489724059U},
        {1, "float32", 1, {2}, 144, "cumsum_positive", flat, 2, 5823844796812131075U},
        {1, "float32", 1, {2}, 144, "cumsum", 0, 2, 376695231964162301U},
        {1, "float32", 1, {2}, 144, "cumprod", 0, 2, 17634535407489724059U},
        {1, "float32", 1, {7}, 145, "cumsum", flat, 7, 813424088444718780U},
        {1, "float32", 1, {7}, 145, "cumprod", flat, 7, 10085330904039375195U},
        {1, "float32", 1, {7}, 145, "cumsum_positive", flat, 7, 16603201445430208973U},
        {1, "float32", 1, {7}, 145, "cumsum", 0, 7, 813424088444718780U},
        {1, "float32", 1, {7}, 145, "cumprod", 0, 7, 10085330904039375195U},
        {1, "float32", 1, {100}, 146, "cumsum", flat, 100, 17509612033772854558U},
        {1, "float32", 1, {100}, 146, "cumprod", flat, 100, 6657154988320950822U},
        {1, "float32", 1, {100}, 146, "cumsum_positive", flat, 100, 17261808787428543254U},
        {1, "float32", 1, {100}, 146, "cumsum", 0, 100, 17509612033772854558U},
        {1, "float32", 1, {100}, 146, "cumprod", 0, 100, 6657154988320950822U},
        {1, "float32", 1, {1000}, 147, "cumsum", flat, 1000, 1091761939553928916U},
        {1, "float32", 1, {1000}, 147, "cumprod", flat, 1000, 988818363553129405U},
        {1, "float32", 1, {1000}, 147, "cumsum_positive", flat, 1000, 7790556715983589059U},
        {1, "float32", 1, {1000}, 147, "cumsum", 0, 1000, 1091761939553928916U},
        {1, "float32", 1, {1000}, 147, "cumprod", 0, 1000, 988818363553129405U},
        {1, "float32", 1, {32768}, 148, "cumsum", flat, 32768, 16012902005250566893U},
        {1, "float32", 1, {32768}, 148, "cumprod", flat, 32768, 6240994279044837806U},
        {1, "float32", 1, {32768}, 148, "cumsum_positive", flat, 32768, 7002503439331235575U},
        {1, "float32", 1, {32768}, 148, "cumsum", 0, 32768, 16012902005250566893U},
        {1, "float32", 1, {32768}, 148, "cumprod", 0, 32768, 6240994279044837806U},
        {1, "float32", 1, {32769}, 149, "cumsum", flat, 32769, 17977361278696534926U},
        {1, "float32", 1, {32769}, 149, "cumprod", flat, 32769, 7594709657413407910U},
        {1, "float32", 1, {32769}, 149, "cumsum_positive", flat, 32769, 3792590217361885026U},
        {1, "float32", 1, {32769}, 149, "cumsum", 0, 32769, 17977361278696534926U},
        {1, "float32", 1, {32769}, 149, "cumprod", 0, 32769, 7594709657413407910U},
        {1, "float32", 1, {100003}, 150, "cumsum", flat, 100003, 6974561407367242501U},
        {1, "float32", 1, {100003}, 150, "cumprod", flat, 100003, 5693887954668874118U},
        {1, "float32", 1, {100003}, 150, "cumsum_positive", flat, 100003, 13100287480438565192U},
        {1, "float32", 1, {100003}, 150, "cumsum", 0, 100003, 6974561407367242501U},
        {1, "float32", 1, {100003}, 150, "cumprod", 0, 100003, 5693887954668874118U},
        {1, "float32", 2, {0, 5}, 151, "cumsum", flat, 0, 0U},
        {1, "float32", 2, {0, 5}, 151, "cumprod", flat, 0, 0U},
        {1, "float32", 2, {0, 5}, 151, "cumsum_positive", flat, 0, 0U},
        {1, "float32", 2, {0, 5}, 151, "cumsum", 0, 0, 0U},
        {1, "float32", 2, {0, 5}, 151, "cumprod", 0, 0, 0U},
        {1, "float32", 2, {0, 5}, 151, "cumsum", 1, 0, 0U},
        {1, "float32", 2, {0, 5}, 151, "cumprod", 1, 0, 0U},
        {1, "float32", 2, {1, 1}, 152, "cumsum", flat, 1, 12271006176108810863U},
        {1, "float32", 2, {1, 1}, 152, "cumprod", flat, 1, 12271006176108810863U},
        {1, "float32", 2, {1, 1}, 152, "cumsum_positive", flat, 1, 10451216379200822465U},
        {1, "float32", 2, {1, 1}, 152, "cumsum", 0, 1, 12271006176108810863U},
        {1, "float32", 2, {1, 1}, 152, "cumprod", 0, 1, 12271006176108810863U},
        {1, "float32", 2, {1, 1}, 152, "cumsum", 1, 1, 12271006176108810863U},
        {1, "float32", 2, {1, 1}, 152, "cumprod", 1, 1, 12271006176108810863U},
        {1, "float32", 2, {3, 4}, 153, "cumsum", flat, 12, 1384752598564464685U},
        {1, "float32", 2, {3, 4}, 153, "cumprod", flat, 12, 12422517000959003365U},
        {1, "float32", 2, {3, 4}, 153, "cumsum_positive", flat, 12, 11246196488041402297U},
        {1, "float32", 2, {3, 4}, 153, "cumsum", 0, 12, 2204576037952713449U},
        {1, "float32", 2, {3, 4}, 153, "cumprod", 0, 12, 11802631057235487131U},
        {1, "float32", 2, {3, 4}, 153, "cumsum", 1, 12, 16682259576767238198U},
        {1, "float32", 2, {3, 4}, 153, "cumprod", 1, 12, 2259203178044108208U},
        {1, "float32", 2, {7, 1}, 154, "cumsum", flat, 7, 3274478300585133624U},
        {1, "float32", 2, {7, 1}, 154, "cumprod", flat, 7, 8693289152633168811U},
        {1, "float32", 2, {7, 1}, 154, "cumsum_positive", flat, 7, 16603201445430208973U},
        {1, "float32", 2, {7, 1}, 154, "cumsum", 0, 7, 3274478300585133624U},
        {1, "float32", 2, {7, 1}, 154, "cumprod", 0, 7, 8693289152633168811U},
        {1, "float32", 2, {7, 1}, 154, "cumsum", 1, 7, 12579627007354389907U},
        {1, "float32", 2, {7, 1}, 154, "cumprod", 1, 7, 12579627007354389907U},
        {1, "float32", 2, {1, 40000}, 155, "cumsum", flat, 40000, 4069922174983551741U},
        {1, "float32", 2, {1, 40000}, 155, "cumprod", flat, 40000, 5531206932102704452U},
        {1, "float32", 2, {1, 40000}, 155, "cumsum_positive", flat, 40000, 14028027417083484823U},
        {1, "float32", 2, {1, 40000}, 155, "cumsum", 0, 40000, 12429055714731915835U},
        {1, "float32", 2, {1, 40000}, 155, "cumprod", 0, 40000, 12429055714731915835U},
        {1, "float32", 2, {1, 40000}, 155, "cumsum", 1, 40000, 4069922174983551741U},
        {1, "float32", 2, {1, 40000}, 155, "cumprod", 1, 40000, 5531206932102704452U},
        {1, "float32", 2, {40000, 3}, 156, "cumsum", flat, 120000, 15071110923198465626U},
        {1, "float32", 2, {40000, 3}, 156, "cumprod", flat, 120000, 15881042037382455159U},
        {1, "float32", 2, {40000, 3}, 156, "cumsum_positive", flat, 120000, 6359405448192498858U},
        {1, "float32", 2, {40000, 3}, 156, "cumsum", 0, 120000, 2316316649245389547U},
        {1, "float32", 2, {40000, 3}, 156, "cumprod", 0, 120000, 7993372587010038421U},
        {1, "float32", 2, {40000, 3}, 156, "cumsum", 1, 120000, 16371043864902389034U},
        {1, "float32", 2, {40000, 3}, 156, "cumprod", 1, 120000, 9968689895781609783U},
        {1, "float32", 2, {300, 200}, 157, "cumsum", flat, 60000, 7248027197648161638U},
        {1, "float32", 2, {300, 200}, 157, "cumprod", flat, 60000, 2319566367462788664U},
        {1, "float32", 2, {300, 200}, 157, "cumsum_positive", flat, 60000, 12337117143692473074U},
        {1, "float32", 2, {300, 200}, 157, "cumsum", 0, 60000, 5972869634351733209U},
        {1, "float32", 2, {300, 200}, 157, "cumprod", 0, 60000, 14509940343932471160U},
        {1, "float32", 2, {300, 200}, 157, "cumsum", 1, 60000, 702174484186010300U},
        {1, "float32", 2, {300, 200}, 157, "cumprod", 1, 60000, 15275884076882181689U},
        {1, "float32", 2, {20, 5000}, 158, "cumsum", flat, 100000, 2677103661685141003U},
        {1, "float32", 2, {20, 5000}, 158, "cumprod", flat, 100000, 16932836587818799692U},
        {1, "float32", 2, {20, 5000}, 158, "cumsum_positive", flat, 100000, 1944727723265672497U},
        {1, "float32", 2, {20, 5000}, 158, "cumsum", 0, 100000, 972507009879784646U},
        {1, "float32", 2, {20, 5000}, 158, "cumprod", 0, 100000, 17954841020979699363U},
        {1, "float32", 2, {20, 5000}, 158, "cumsum", 1, 100000, 6296891520906251550U},
        {1, "float32", 2, {20, 5000}, 158, "cumprod", 1, 100000, 11930409289224855247U},
        {1, "float32", 3, {2, 3, 4}, 159, "cumsum", flat, 24, 6852615331746596796U},
        {1, "float32", 3, {2, 3, 4}, 159, "cumprod", flat, 24, 4534020131483283339U},
        {1, "float32", 3, {2, 3, 4}, 159, "cumsum_positive", flat, 24, 13502099655457151437U},
        {1, "float32", 3, {2, 3, 4}, 159, "cumsum", 0, 24, 9753716450529326318U},
        {1, "float32", 3, {2, 3, 4}, 159, "cumprod", 0, 24, 7614299435342073252U},
        {1, "float32", 3, {2, 3, 4}, 159, "cumsum", 1, 24, 5494298439677743178U},
        {1, "float32", 3, {2, 3, 4}, 159, "cumprod", 1, 24, 8776208332822265520U},
        {1, "float32", 3, {2, 3, 4}, 159, "cumsum", 2, 24, 11348918923378778272U},
        {1, "float32", 3, {2, 3, 4}, 159, "cumprod", 2, 24, 9164155727366674919U},
        {1, "float32", 3, {4, 0, 3}, 160, "cumsum", flat, 0, 0U},
        {1, "float32", 3, {4, 0, 3}, 160, "cumprod", flat, 0, 0U},
        {1, "float32", 3, {4, 0, 3}, 160, "cumsum_positive", flat, 0, 0U},
        {1, "float32", 3, {4, 0, 3}, 160, "cumsum", 0, 0, 0U},
        {1, "float32", 3, {4, 0, 3}, 160, "cumprod", 0, 0, 0U},
        {1, "float32", 3, {4, 0, 3}, 160, "cumsum", 1, 0, 0U},
        {1, "float32", 3, {4, 0, 3}, 160, "cumprod", 1, 0, 0U},
        {1, "float32", 3, {4, 0, 3}, 160, "cumsum", 2, 0, 0U},
        {1, "float32", 3, {4, 0, 3}, 160, "cumprod", 2, 0, 0U},
        {1, "float32", 3, {5, 7, 9}, 161, "cumsum", flat, 315, 16331901251252868456U},
        {1, "float32", 3, {5, 7, 9}, 161, "cumprod", flat, 315, 1895557417973141668U},
        {1, "float32", 3, {5, 7, 9}, 161, "cumsum_positive", flat, 315, 259575167245152736U},
        {1, "float32", 3, {5, 7, 9}, 161, "cumsum", 0, 315, 9018107204366918033U},
        {1, "float32", 3, {5, 7, 9}, 161, "cumprod", 0, 315, 16858609804765595980U},
        {1, "float32", 3, {5, 7, 9}, 161, "cumsum", 1, 315, 1471101693821471448U},
        {1, "float32", 3, {5, 7, 9}, 161, "cumprod", 1, 315, 2031523185832338643U},
        {1, "float32", 3, {5, 7, 9}, 161, "cumsum", 2, 315, 16421560940858551556U},
        {1, "float32", 3, {5, 7, 9}, 161, "cumprod", 2, 315, 8220869317889790438U},
        {1, "float32", 3, {3, 50000, 2}, 162, "cumsum", flat, 300000, 7007288809296427441U},
        {1, "float32", 3, {3, 50000, 2}, 162, "cumprod", flat, 300000, 1836085880667997315U},
        {1, "float32", 3, {3, 50000, 2}, 162, "cumsum_positive", flat, 300000, 4381254542061883621U},
        {1, "float32", 3, {3, 50000, 2}, 162, "cumsum", 0, 300000, 4875556615717627991U},
        {1, "float32", 3, {3, 50000, 2}, 162, "cumprod", 0, 300000, 14060370697384850450U},
        {1, "float32", 3, {3, 50000, 2}, 162, "cumsum", 1, 300000, 7136806679099781687U},
        {1, "float32", 3, {3, 50000, 2}, 162, "cumprod", 1, 300000, 178544929804590419U},
        {1, "float32", 3, {3, 50000, 2}, 162, "cumsum", 2, 300000, 16457625284028561081U},
        {1, "float32", 3, {3, 50000, 2}, 162, "cumprod", 2, 300000, 12609508319763494431U},
        {1, "float32", 3, {17, 33, 65}, 163, "cumsum", flat, 36465, 14638062396964069570U},
        {1, "float32", 3, {17, 33, 65}, 163, "cumprod", flat, 36465, 14514033644115138931U},
        {1, "float32", 3, {17, 33, 65}, 163, "cumsum_positive", flat, 36465, 15761439345539141162U},
        {1, "float32", 3, {17, 33, 65}, 163, "cumsum", 0, 36465, 5860776969637215505U},
        {1, "float32", 3, {17, 33, 65}, 163, "cumprod", 0, 36465, 2371291128377305515U},
        {1, "float32", 3, {17, 33, 65}, 163, "cumsum", 1, 36465, 9980873675769025045U},
        {1, "float32", 3, {17, 33, 65}, 163, "cumprod", 1, 36465, 3605829928235109973U},
        {1, "float32", 3, {17, 33, 65}, 163, "cumsum", 2, 36465, 9626620859075668844U},
        {1, "float32", 3, {17, 33, 65}, 163, "cumprod", 2, 36465, 13913915795952295356U},
        {1, "float32", 0, {0}, 164, "cumsum", flat, 1, 15309498144160974407U},
        {1, "float32", 0, {0}, 164, "cumprod", flat, 1, 15309498144160974407U},
        {1, "float32", 0, {0}, 164, "cumsum_positive", flat, 1, 10451216379200822465U},
        {1, "float32", 0, {0}, 164, "cumsum", 0, 1, 15309498144160974407U},
        {1, "float32", 0, {0}, 164, "cumprod", 0, 1, 15309498144160974407U},
        {1, "float64", 1, {0}, 165, "cumsum", flat, 0, 0U},
        {1, "float64", 1, {0}, 165, "cumprod", flat, 0, 0U},
        {1, "float64", 1, {0}, 165, "cumsum_positive", flat, 0, 0U},
        {1, "float64", 1, {0}, 165, "cumsum", 0, 0, 0U},
        {1, "float64", 1, {0}, 165, "cumprod", 0, 0, 0U},
        {1, "float64", 1, {1}, 166, "cumsum", flat, 1, 5430237916261562934U},
        {1, "float64", 1, {1}, 166, "cumprod", flat, 1, 5430237916261562934U},
        {1, "float64", 1, {1}, 166, "cumsum_positive", flat, 1, 10451216379200822465U},
        {1, "float64", 1, {1}, 166, "cumsum", 0, 1, 5430237916261562934U},
        {1, "float64", 1, {1}, 166, "cumprod", 0, 1, 5430237916261562934U},
        {1, "float64", 1, {2}, 167, "cumsum", flat, 2, 8934108248437978960U},
        {1, "float64", 1, {2}, 167, "cumprod", flat, 2, 15255985383289037941U},
        {1, "float64", 1, {2}, 167, "cumsum_positive", flat, 2, 5823844796812131075U},
        {1, "float64", 1, {2}, 167, "cumsum", 0, 2, 8934108248437978960U},
        {1, "float64", 1, {2}, 167, "cumprod", 0, 2, 15255985383289037941U},
        {1, "float64", 1, {7}, 168, "cumsum", flat, 7, 2992668959949543963U},
        {1, "float64", 1, {7}, 168, "cumprod", flat, 7, 12900920631195711453U},
        {1, "float64", 1, {7}, 168, "cumsum_positive", flat, 7, 16603201445430208973U},
        {1, "float64", 1, {7}, 168, "cumsum", 0, 7, 2992668959949543963U},
        {1, "float64", 1, {7}, 168, "cumprod", 0, 7, 12900920631195711453U},
        {1, "float64", 1, {100}, 169, "cumsum", flat, 100, 3890569930741844789U},
        {1, "float64", 1, {100}, 169, "cumprod", flat, 100, 5225389478392951307U},
        {1, "float64", 1, {100}, 169, "cumsum_positive", flat, 100, 17261808787428543254U},
        {1, "float64", 1, {100}, 169, "cumsum", 0, 100, 3890569930741844789U},
        {1, "float64", 1, {100}, 169, "cumprod", 0, 100, 5225389478392951307U},
        {1, "float64", 1, {1000}, 170, "cumsum", flat, 1000, 14733213114873875965U},
        {1, "float64", 1, {1000}, 170, "cumprod", flat, 1000, 11543980045202437657U},
        {1, "float64", 1, {1000}, 170, "cumsum_positive", flat, 1000, 7790556715983589059U},
        {1, "float64", 1, {1000}, 170, "cumsum", 0, 1000, 14733213114873875965U},
        {1, "float64", 1, {1000}, 170, "cumprod", 0, 1000, 11543980045202437657U},
        {1, "float64", 1, {32768}, 171, "cumsum", flat, 32768, 16591454349562587808U},
        {1, "float64", 1, {32768}, 171, "cumprod", flat, 32768, 2130556643185111102U},
        {1, "float64", 1, {32768}, 171, "cumsum_positive", flat, 32768, 7002503439331235575U},
        {1, "float64", 1, {32768}, 171, "cumsum", 0, 32768, 16591454349562587808U},
        {1, "float64", 1, {32768}, 171, "cumprod", 0, 32768, 2130556643185111102U},
        {1, "float64", 1, {32769}, 172, "cumsum", flat, 32769, 17769861504877161202U},
        {1, "float64", 1, {32769}, 172, "cumprod", flat, 32769, 12915013825733151700U},
        {1, "float64", 1, {32769}, 172, "cumsum_positive", flat, 32769, 3792590217361885026U},
        {1, "float64", 1, {32769}, 172, "cumsum", 0, 32769, 17769861504877161202U},
        {1, "float64", 1, {32769}, 172, "cumprod", 0, 32769, 12915013825733151700U},
        {1, "float64", 1, {100003}, 173, "cumsum", flat, 100003, 2650745418964233228U},
        {1, "float64", 1, {100003}, 173, "cumprod", flat, 100003, 12820452569525278441U},
        {1, "float64", 1, {100003}, 173, "cumsum_positive", flat, 100003, 13100287480438565192U},
        {1, "float64", 1, {100003}, 173, "cumsum", 0, 100003, 2650745418964233228U},
        {1, "float64", 1, {100003}, 173, "cumprod", 0, 100003, 12820452569525278441U},
        {1, "float64", 2, {0, 5}, 174, "cumsum", flat, 0, 0U},
        {1, "float64", 2, {0, 5}, 174, "cumprod", flat, 0, 0U},
        {1, "float64", 2, {0, 5}, 174, "cumsum_positive", flat, 0, 0U},
        {1, "float64", 2, {0, 5}, 174, "cumsum", 0, 0, 0U},
        {1, "float64", 2, {0, 5}, 174, "cumprod", 0, 0, 0U},
        {1, "float64", 2, {0, 5}, 174, "cumsum", 1, 0, 0U},
        {1, "float64", 2, {0, 5}, 174, "cumprod", 1, 0, 0U},
        {1, "float64", 2, {1, 1}, 175, "cumsum", flat, 1, 16895561166220865393U},
        {1, "float64", 2, {1, 1}, 175, "cumprod", flat, 1, 16895561166220865393U},
        {1, "float64", 2, {1, 1}, 175, "cumsum_positive", flat, 1, 10451216379200822465U},
        {1, "float64", 2, {1, 1}, 175, "cumsum", 0, 1, 16895561166220865393U},
        {1, "float64", 2, {1, 1}, 175, "cumprod", 0, 1, 16895561166220865393U},
        {1, "float64", 2, {1, 1}, 175, "cumsum", 1, 1, 16895561166220865393U},
        {1, "float64", 2, {1, 1}, 175, "cumprod", 1, 1, 16895561166220865393U},
        {1, "float64", 2, {3, 4}, 176, "cumsum", flat, 12, 16449244374216115958U},
        {1, "float64", 2, {3, 4}, 176, "cumprod", flat, 12, 1576507590226451310U},
        {1, "float64", 2, {3, 4}, 176, "cumsum_positive", flat, 12, 11246196488041402297U},
        {1, "float64", 2, {3, 4}, 176, "cumsum", 0, 12, 8473659601552163164U},
        {1, "float64", 2, {3, 4}, 176, "cumprod", 0, 12, 375413800567827741U},
        {1, "float64", 2, {3, 4}, 176, "cumsum", 1, 12, 16933240511725657321U},
        {1, "float64", 2, {3, 4}, 176, "cumprod", 1, 12, 14736908192030981389U},
        {1, "float64", 2, {7, 1}, 177, "cumsum", flat, 7, 17608809551766145074U},
        {1, "float64", 2, {7, 1}, 177, "cumprod", flat, 7, 11322962870470040759U},
        {1, "float64", 2, {7, 1}, 177, "cumsum_positive", flat, 7, 16603201445430208973U},
        {1, "float64", 2, {7, 1}, 177, "cumsum", 0, 7, 17608809551766145074U},
        {1, "float64", 2, {7, 1}, 177, "cumprod", 0, 7, 11322962870470040759U},
        {1, "float64", 2, {7, 1}, 177, "cumsum", 1, 7, 14213737710975831418U},
        {1, "float64", 2, {7, 1}, 177, "cumprod", 1, 7, 14213737710975831418U},
        {1, "float64", 2, {1, 40000}, 178, "cumsum", flat, 40000, 15844895012914873952U},
        {1, "float64", 2, {1, 40000}, 178, "cumprod", flat, 40000, 4202069574612080339U},
        {1, "float64", 2, {1, 40000}, 178, "cumsum_positive", flat, 40000, 14028027417083484823U},
        {1, "float64", 2, {1, 40000}, 178, "cumsum", 0, 40000, 11544159355128802454U},
        {1, "float64", 2, {1, 40000}, 178, "cumprod", 0, 40000, 11544159355128802454U},
        {1, "float64", 2, {1, 40000}, 178, "cumsum", 1, 40000, 15844895012914873952U},
        {1, "float64", 2, {1, 40000}, 178, "cumprod", 1, 40000, 4202069574612080339U},
        {1, "float64", 2, {40000, 3}, 179, "cumsum", flat, 120000, 15279360944533799847U},
        {1, "float64", 2, {40000, 3}, 179, "cumprod", flat, 120000, 9544372497505075656U},
        {1, "float64", 2, {40000, 3}, 179, "cumsum_positive", flat, 120000, 6359405448192498858U},
        {1, "float64", 2, {40000, 3}, 179, "cumsum", 0, 120000, 6973389619477634591U},
        {1, "float64", 2, {40000, 3}, 179, "cumprod", 0, 120000, 14459914114002261828U},
        {1, "float64", 2, {40000, 3}, 179, "cumsum", 1, 120000, 6345325007028047314U},
        {1, "float64", 2, {40000, 3}, 179, "cumprod", 1, 120000, 4779251860189799026U},
        {1, "float64", 2, {300, 200}, 180, "cumsum", flat, 60000, 7636237610363148052U},
        {1, "float64", 2, {300, 200}, 180, "cumprod", flat, 60000, 6959121876007250722U},
        {1, "float64", 2, {300, 200}, 180, "cumsum_positive", flat, 60000, 12337117143692473074U},
        {1, "float64", 2, {300, 200}, 180, "cumsum", 0, 60000, 14076999164082284455U},
        {1, "float64", 2, {300, 200}, 180, "cumprod", 0, 60000, 5126801547536784663U},
        {1, "float64", 2, {300, 200}, 180, "cumsum", 1, 60000, 6520795061503016739U},
        {1, "float64", 2, {300, 200}, 180, "cumprod", 1, 60000, 10573120820282520345U},
        {1, "float64", 2, {20, 5000}, 181, "cumsum", flat, 100000, 3803753655162090723U},
        {1, "float64", 2, {20, 5000}, 181, "cumprod", flat, 100000, 18341275530611962134U},
        {1, "float64", 2, {20, 5000}, 181, "cumsum_positive", flat, 100000, 1944727723265672497U},
        {1, "float64", 2, {20, 5000}, 181, "cumsum", 0, 100000, 17278149508598049397U},
        {1, "float64", 2, {20, 5000}, 181, "cumprod", 0, 100000, 16633995571199881249U},
        {1, "float64", 2, {20, 5000}, 181, "cumsum", 1, 100000, 217565931991839392U},
        {1, "float64", 2, {20, 5000}, 181, "cumprod", 1, 100000, 2760171804221850834U},
        {1, "float64", 3, {2, 3, 4}, 182, "cumsum", flat, 24, 6863246894818979982U},
        {1, "float64", 3, {2, 3, 4}, 182, "cumprod", flat, 24, 6389625490076750560U},
        {1, "float64", 3, {2, 3, 4}, 182, "cumsum_positive", flat, 24, 13502099655457151437U},
        {1, "float64", 3, {2, 3, 4}, 182, "cumsum", 0, 24, 11861374733093301102U},
        {1, "float64", 3, {2, 3, 4}, 182, "cumprod", 0, 24, 17960867549466490346U},
        {1, "float64", 3, {2, 3, 4}, 182, "cumsum", 1, 24, 6159915697372353072U},
        {1, "float64", 3, {2, 3, 4}, 182, "cumprod", 1, 24, 1195185493358021994U},
        {1, "float64", 3, {2, 3, 4}, 182, "cumsum", 2, 24, 11980037926428035800U},
        {1, "float64", 3, {2, 3, 4}, 182, "cumprod", 2, 24, 12628747656854451666U},
        {1, "float64", 3, {4, 0, 3}, 183, "cumsum", flat, 0, 0U},
        {1, "float64", 3, {4, 0, 3}, 183, "cumprod", flat, 0, 0U},
        {1, "float64", 3, {4, 0, 3}, 183, "cumsum_positive", flat, 0, 0U},
        {1, "float64", 3, {4, 0, 3}, 183, "cumsum", 0, 0, 0U},
        {1, "float64", 3, {4, 0, 3}, 183, "cumprod", 0, 0, 0U},
        {1, "float64", 3, {4, 0, 3}, 183, "cumsum", 1, 0, 0U},
        {1, "float64", 3, {4, 0, 3}, 183, "cumprod", 1, 0, 0U},
        {1, "float64", 3, {4, 0, 3}, 183, "cumsum", 2, 0, 0U},
        {1, "float64", 3, {4, 0, 3}, 183, "cumprod", 2, 0, 0U},
        {1, "float64", 3, {5, 7, 9}, 184, "cumsum", flat, 315, 12174172889176766957U},
        {1, "float64", 3, {5, 7, 9}, 184, "cumprod", flat, 315, 89582960544641832U},
        {1, "float64", 3, {5, 7, 9}, 184, "cumsum_positive", flat, 315, 259575167245152736U},
        {1, "float64", 3, {5, 7, 9}, 184, "cumsum", 0, 315, 292548808298121266U},
        {1, "float64", 3, {5, 7, 9}, 184, "cumprod", 0, 315, 17036212024807856030U},
        {1, "float64", 3, {5, 7, 9}, 184, "cumsum", 1, 315, 1584280431599679541U},
        {1, "float64", 3, {5, 7, 9}, 184, "cumprod", 1, 315, 3200613955491811957U},
        {1, "float64", 3, {5, 7, 9}, 184, "cumsum", 2, 315, 15452542655458488603U},
        {1, "float64", 3, {5, 7, 9}, 184, "cumprod", 2, 315, 2137786594958126996U},
        {1, "float64", 3, {3, 50000, 2}, 185, "cumsum", flat, 300000, 18248470160271537446U},
        {1, "float64", 3, {3, 50000, 2}, 185, "cumprod", flat, 300000, 8659280044293778497U},
        {1, "float64", 3, {3, 50000, 2}, 185, "cumsum_positive", flat, 300000, 4381254542061883621U},
        {1, "float64", 3, {3, 50000, 2}, 185, "cumsum", 0, 300000, 8009459353338648741U},
        {1, "float64", 3, {3, 50000, 2}, 185, "cumprod", 0, 300000, 8910071896671043684U},
        {1, "float64", 3, {3, 50000, 2}, 185, "cumsum", 1, 300000, 1930504028820412310U},
        {1, "float64", 3, {3, 50000, 2}, 185, "cumprod", 1, 300000, 17997521167542885167U},
        {1, "float64", 3, {3, 50000, 2}, 185, "cumsum", 2, 300000, 916358091796878708U},
        {1, "float64", 3, {3, 50000, 2}, 185, "cumprod", 2, 300000, 9587110365192293783U},
        {1, "float64", 3, {17, 33, 65}, 186, "cumsum", flat, 36465, 16413064064638326730U},
        {1, "float64", 3, {17, 33, 65}, 186, "cumprod", flat, 36465, 17925297353751504691U},
        {1, "float64", 3, {17, 33, 65}, 186, "cumsum_positive", flat, 36465, 15761439345539141162U},
        {1, "float64", 3, {17, 33, 65}, 186, "cumsum", 0, 36465, 1610365241918554956U},
        {1, "float64", 3, {17, 33, 65}, 186, "cumprod", 0, 36465, 15348255693856588859U},
        {1, "float64", 3, {17, 33, 65}, 186, "cumsum", 1, 36465, 4127501424970128845U},
        {1, "float64", 3, {17, 33, 65}, 186, "cumprod", 1, 36465, 5836653422731261021U},
        {1, "float64", 3, {17, 33, 65}, 186, "cumsum", 2, 36465, 9470203667739531527U},
        {1, "float64", 3, {17, 33, 65}, 186, "cumprod", 2, 36465, 13020191927251234612U},
        {1, "float64", 0, {0}, 187, "cumsum", flat, 1, 17332048480364429855U},
        {1, "float64", 0, {0}, 187, "cumprod", flat, 1, 17332048480364429855U},
        {1, "float64", 0, {0}, 187, "cumsum_positive", flat, 1, 10451216379200822465U},
        {1, "float64", 0, {0}, 187, "cumsum", 0, 1, 17332048480364429855U},
        {1, "float64", 0, {0}, 187, "cumprod", 0, 1, 17332048480364429855U},
        {1, "float64", 1, {1000003}, 188, "cumsum", flat, 1000003, 14404533349441256867U},
        {1, "float64", 1, {1000003}, 188, "cumprod", flat, 1000003, 2853047620029224928U},
        {1, "float64", 1, {1000003}, 188, "cumsum_positive", flat, 1000003, 6478058761348413677U},
        {1, "float64", 1, {1000003}, 188, "cumsum", 0, 1000003, 14404533349441256867U},
        {1, "float64", 1, {1000003}, 188, "cumprod", 0, 1000003, 2853047620029224928U},
    };
    // clang-format on
    // END GENERATED
    for (const scan_expected& row : scan_reference) {
        INFO("kind " << row.kind << ", " << row.dtype << ", rank " << row.rank << ", seed "
                     << row.seed << ": " << row.function << " along " << row.axis);
        const std::string dtype = row.dtype;
        if (dtype == "int32") {
            check_row<std::int32_t>(row);
        } else if (dtype == "int64") {
            check_row<std::int64_t>(row);
        } else if (dtype == "float32") {
            check_row<float>(row);
        } else {
            check_row<double>(row);
        }
    }
}

TEST_CASE("cumsum and cumprod have NumPy's result types", "[scanning]") {
    const parray::ndarray<std::int8_t> i8 = {1, 2};
    const parray::ndarray<std::uint32_t> u32 = {1, 2};
    const parray::ndarray<bool> b = {true, false};
    const parray::ndarray<float> f = {1, 2};
    using parray::parallel_cumprod;
    using parray::parallel_cumsum;
    STATIC_REQUIRE(std::is_same_v<decltype(parallel_cumsum(i8)), parray::ndarray<std::int64_t>>);
    STATIC_REQUIRE(std::is_same_v<decltype(parallel_cumsum(u32)), parray::ndarray<std::uint64_t>>);
    STATIC_REQUIRE(std::is_same_v<decltype(parallel_cumprod(b)), parray::ndarray<std::int64_t>>);
    STATIC_REQUIRE(std::is_same_v<decltype(parallel_cumsum(f, 0)), parray::ndarray<float>>);
    CHECK((parallel_cumsum(b) == parray::ndarray<std::int64_t>{1, 1}));
    // uint32 products past 2^32 are kept, as NumPy's uint64.
    const parray::ndarray<std::uint32_t> big = {4000000000U, 3U};
    CHECK((parallel_cumprod(big) == parray::ndarray<std::uint64_t>{4000000000ULL, 12000000000ULL}));
}

TEST_CASE("a long floating cumsum is within the bound of docs/api.md of the exact sums",
          "[scanning]") {
    const std::size_t n = 1000003;
    const lanes l{1, n, 1};
    const auto check = [&](auto zero) {
        using T = decltype(zero);
        auto mixed = parray::ndarray<T>::from_shape({n});
        auto positive = parray::ndarray<T>::from_shape({n});
        for (std::size_t i = 0; i < n; ++i) {
            const double unit = static_cast<double>(mix(7 + (i + 1) * golden) >> 11) * 0x1p-53;
            mixed.data()[i] = static_cast<T>(unit * 2 - 1);
            positive.data()[i] = static_cast<T>(unit);
        }
        for (const auto& opts : {parray::options{}.pool(pool_of(2)),
                                 parray::options{}.pool(pool_of(3)).num_chunks(3)}) {
            const auto sums = parray::parallel_cumsum(mixed, opts);
            CHECK(outside_bound(mixed, sums, l, false, two_pass_depth(l, opts)) == 0);
            const auto positive_sums = parray::parallel_cumsum(positive, opts);
            CHECK(outside_bound(positive, positive_sums, l, false, two_pass_depth(l, opts)) == 0);
        }
    };
    check(0.0);
    check(0.0F);
}

TEST_CASE("cumsum refuses an axis out of range, naming it", "[scanning]") {
    const parray::ndarray<double> m = {{1, 2, 3}, {4, 5, 6}};
    for (const int axis : {2, -3, 7}) {
        INFO("axis " << axis);
        try {
            (void)parray::parallel_cumsum(m, axis);
            FAIL("no exception");
        } catch (const std::invalid_argument& e) {
            CHECK_THAT(e.what(), Catch::Contains("parray::parallel_cumsum: axis " +
                                                 std::to_string(axis) + " is out of bounds"));
        }
    }
    CHECK_THROWS_AS(parray::parallel_cumprod(m, -3), std::invalid_argument);
    // A 0-d array scans as shape (1,), along axis 0 or -1 as NumPy's.
    const parray::ndarray<double> scalar = 2.5;
    CHECK((parray::parallel_cumsum(scalar, 0) == parray::ndarray<double>{2.5}));
    CHECK((parray::parallel_cumsum(scalar, -1) == parray::ndarray<double>{2.5}));
    CHECK_THROWS_AS(parray::parallel_cumsum(scalar, 1), std::invalid_argument);
}

TEST_CASE("cumsum reads views and expressions as NumPy reads them", "[scanning]") {
    const auto a = input_of<double>(1, 99, {300, 200});
    const parray::ndarray<double> transposed = xt::transpose(a);
    for (const std::size_t threads : {1, 2, 3, 8}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        for (const int axis : {0, 1}) {
            CHECK(same_bits(parray::parallel_cumsum(xt::transpose(a), axis, opts),
                            parray::parallel_cumsum(transposed, axis, opts)));
        }
        CHECK(same_bits(parray::parallel_cumprod(2.0 * a, opts),
                        parray::parallel_cumprod(parray::ndarray<double>(2.0 * a), opts)));
    }
}

TEST_CASE("cumsum and cumprod write into an out array, reusing it, or in place", "[scanning]") {
    for (const std::size_t threads : {1, 2, 3, 8}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        for (const std::size_t n : {std::size_t{1000}, std::size_t{100003}}) {
            const auto a = input_of<double>(1, 11, {n / 1000, 1000});
            auto out = parray::ndarray<double>::from_shape({a.size()});
            const double* storage = out.data();
            parray::parallel_cumsum(a, out, opts);
            CHECK(same_bits(out, parray::parallel_cumsum(a, opts)));
            CHECK(out.data() == storage);
            parray::parallel_cumprod(a, 1, out, opts);
            CHECK(same_bits(out, parray::parallel_cumprod(a, 1, opts)));
            CHECK(out.data() == storage);
            parray::ndarray<std::int64_t> counts;
            parray::parallel_cumsum(a > 1.0, 0, counts, opts);
            CHECK(same_bits(counts, parray::parallel_cumsum(a > 1.0, 0, opts)));
            auto copy = a;
            parray::parallel_cumsum(copy, copy, opts);
            CHECK(same_bits(copy, parray::parallel_cumsum(a, opts)));
            const auto ints = input_of<std::int64_t>(0, 12, {n});
            auto in_place = ints;
            parray::parallel_cumprod(in_place, in_place, opts);
            CHECK(same_bits(in_place, parray::parallel_cumprod(ints, opts)));
        }
    }
}

TEST_CASE("a two-pass scan in several rounds has the bits of one round", "[scanning]") {
    // 2^21 + 5 elements: 65 automatic chunks, three rounds; (3, 1100000) along axis 1: 102
    // chunks of three lanes, four rounds across the lanes. A watched call runs one round.
    const auto flat_input = input_of<double>(0, 21, {(std::size_t{1} << 21) + 5});
    const auto lanes_input = input_of<double>(1, 22, {3, 1100000});
    const auto one_round = parray::options{}.pool(pool_of(2)).on_progress([](auto, auto) {});
    const auto flat_reference = parray::parallel_cumsum(flat_input, one_round);
    const auto lanes_reference = parray::parallel_cumprod(lanes_input, 1, one_round);
    CHECK(outside_bound(flat_input, flat_reference, lanes{1, flat_input.size(), 1}, false,
                        two_pass_depth(lanes{1, flat_input.size(), 1}, one_round)) == 0);
    CHECK(outside_bound(lanes_input, lanes_reference, lanes{3, 1100000, 1}, true, 0) == 0);
    for (const std::size_t threads : {1, 2, 3, 8}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        CHECK(same_bits(parray::parallel_cumsum(flat_input, opts), flat_reference));
        CHECK(same_bits(parray::parallel_cumprod(lanes_input, 1, opts), lanes_reference));
    }
}

TEST_CASE("a cumsum whose stop flag is set throws parray::cancelled", "[scanning]") {
    const auto a = input_of<double>(1, 5, {100000});
    std::atomic<bool> stop{true};
    CHECK_THROWS_AS(parray::parallel_cumsum(a, parray::options{}.pool(pool_of(2)).stop_when(stop)),
                    parray::cancelled);
    CHECK_THROWS_AS(
        parray::parallel_cumsum(a, 0, parray::options{}.pool(pool_of(2)).stop_when(stop)),
        parray::cancelled);
}
