// SPDX-License-Identifier: BSD-3-Clause
#include <parray/selecting.hpp>

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

// What NumPy computed for one input (made by `values`, as
// tests/data/make_selecting_reference.py makes it): function(a) (for nonzero, its array for
// `dimension`) has `size` elements and this digest.
struct select_expected {
    const char* dtype;
    std::size_t rank;
    std::size_t shape[3];
    std::uint64_t seed;
    const char* function;
    std::size_t dimension;
    std::size_t size;
    std::uint64_t digest;
};

constexpr std::uint64_t golden = 0x9E3779B97F4A7C15ULL;

// splitmix64's finaliser.
std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The generator's `values`: element i of the input of `seed`, in T, with many zeros.
template <class T>
T value_of(std::uint64_t seed, std::size_t i) {
    const std::uint64_t u = mix(seed + (i + 1) * golden);
    if constexpr (std::is_integral_v<T>) {
        return static_cast<T>(static_cast<std::int64_t>((u >> 40) % 3) - 1);
    } else {
        const std::uint64_t s = u >> 56;
        double x = static_cast<double>(u >> 11) * 0x1p-53 * 2.0 - 1.0;
        if (s < 4) {
            x = std::numeric_limits<double>::quiet_NaN();
        } else if (s < 6) {
            x = std::numeric_limits<double>::infinity();
        } else if (s < 8) {
            x = -std::numeric_limits<double>::infinity();
        } else if (s < 72) {
            x = 0.0;
        } else if (s < 136) {
            x = -0.0;
        }
        return static_cast<T>(x);
    }
}

template <class T>
parray::ndarray<T> input_of(std::uint64_t seed, const std::vector<std::size_t>& shape) {
    auto a = parray::ndarray<T>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        a.data()[i] = value_of<T>(seed, i);
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
    } else if constexpr (sizeof(T) == 4) {
        return static_cast<std::uint32_t>(x);
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

// Calls the row's function on a with these options.
template <class T>
parray::ndarray<T> values_selected(const select_expected& row, const parray::ndarray<T>& a,
                                   const parray::options& opts) {
    const std::string function = row.function;
    if (function == "extract_positive") {
        return parray::parallel_extract(a > T(0), a, opts);
    }
    if (function == "extract_mask") {
        const std::vector<std::size_t> shape(a.shape().begin(), a.shape().end());
        return parray::parallel_extract(input_of<std::int32_t>(row.seed + 1000, shape), a, opts);
    }
    return parray::parallel_filter(
        a, [](T x) { return x < 0.25; }, opts);
}

template <class T>
void check_row(const select_expected& row) {
    const std::vector<std::size_t> shape(row.shape, row.shape + row.rank);
    const auto a = input_of<T>(row.seed, shape);
    const std::string function = row.function;
    for (const std::size_t threads : {1, 2, 3, 8}) {
        for (const bool automatic : {true, false}) {
            INFO(threads << " threads, " << (automatic ? "automatic chunks" : "chunks of 1000"));
            parray::options opts = parray::options{}.pool(pool_of(threads));
            if (!automatic) {
                opts.chunk_size(1000);
            }
            if (function == "flatnonzero") {
                const auto indices = parray::parallel_flatnonzero(a, opts);
                CHECK(indices.size() == row.size);
                CHECK(digest_of(indices) == row.digest);
            } else if (function == "nonzero") {
                const auto indices = parray::parallel_nonzero(a, opts);
                REQUIRE(indices.size() == std::max<std::size_t>(row.rank, 1));
                CHECK(indices[row.dimension].dimension() == 1);
                CHECK(indices[row.dimension].size() == row.size);
                CHECK(digest_of(indices[row.dimension]) == row.digest);
            } else {
                const auto selected = values_selected(row, a, opts);
                CHECK(selected.dimension() == 1);
                CHECK(selected.size() == row.size);
                CHECK(digest_of(selected) == row.digest);
            }
        }
    }
}

} // namespace

TEST_CASE("flatnonzero, nonzero, extract and filter equal NumPy's", "[selecting]") {
    // BEGIN GENERATED by tests/data/make_selecting_reference.py (NumPy 1.24.2)
    // clang-format off
    static const select_expected select_reference[] = {
        {"int32", 0, {0}, 1, "flatnonzero", 0, 1, 16294208416658607535U},
        {"int32", 0, {0}, 1, "nonzero", 0, 1, 16294208416658607535U},
        {"int32", 0, {0}, 1, "extract_positive", 0, 1, 10451216379200822465U},
        {"int32", 0, {0}, 1, "extract_mask", 0, 0, 0U},
        {"int32", 0, {0}, 1, "filter_below_quarter", 0, 0, 0U},
        {"int32", 1, {0}, 2, "flatnonzero", 0, 0, 0U},
        {"int32", 1, {0}, 2, "nonzero", 0, 0, 0U},
        {"int32", 1, {0}, 2, "extract_positive", 0, 0, 0U},
        {"int32", 1, {0}, 2, "extract_mask", 0, 0, 0U},
        {"int32", 1, {0}, 2, "filter_below_quarter", 0, 0, 0U},
        {"int32", 1, {1}, 3, "flatnonzero", 0, 1, 16294208416658607535U},
        {"int32", 1, {1}, 3, "nonzero", 0, 1, 16294208416658607535U},
        {"int32", 1, {1}, 3, "extract_positive", 0, 0, 0U},
        {"int32", 1, {1}, 3, "extract_mask", 0, 1, 8336509955162079680U},
        {"int32", 1, {1}, 3, "filter_below_quarter", 0, 1, 8336509955162079680U},
        {"int32", 1, {7}, 4, "flatnonzero", 0, 6, 1342679479659979281U},
        {"int32", 1, {7}, 4, "nonzero", 0, 6, 1342679479659979281U},
        {"int32", 1, {7}, 4, "extract_positive", 0, 3, 5226812733131038342U},
        {"int32", 1, {7}, 4, "extract_mask", 0, 2, 15335177465172743540U},
        {"int32", 1, {7}, 4, "filter_below_quarter", 0, 4, 13522059322085225939U},
        {"int32", 1, {100}, 5, "flatnonzero", 0, 65, 850484193458699166U},
        {"int32", 1, {100}, 5, "nonzero", 0, 65, 850484193458699166U},
        {"int32", 1, {100}, 5, "extract_positive", 0, 40, 18321124619355386222U},
        {"int32", 1, {100}, 5, "extract_mask", 0, 70, 14103374735802784492U},
        {"int32", 1, {100}, 5, "filter_below_quarter", 0, 60, 1377618407833545721U},
        {"int32", 1, {32768}, 6, "flatnonzero", 0, 21760, 4072874669022819105U},
        {"int32", 1, {32768}, 6, "nonzero", 0, 21760, 4072874669022819105U},
        {"int32", 1, {32768}, 6, "extract_positive", 0, 10812, 1623150335860063851U},
        {"int32", 1, {32768}, 6, "extract_mask", 0, 21756, 10857198841072426038U},
        {"int32", 1, {32768}, 6, "filter_below_quarter", 0, 21956, 11691873783465949492U},
        {"int32", 1, {32769}, 7, "flatnonzero", 0, 21901, 14355011883612475214U},
        {"int32", 1, {32769}, 7, "nonzero", 0, 21901, 14355011883612475214U},
        {"int32", 1, {32769}, 7, "extract_positive", 0, 11103, 15672724328232818614U},
        {"int32", 1, {32769}, 7, "extract_mask", 0, 21949, 14734726325309573470U},
        {"int32", 1, {32769}, 7, "filter_below_quarter", 0, 21666, 8674797537157245306U},
        {"int32", 1, {100003}, 8, "flatnonzero", 0, 66779, 5314426374466147367U},
        {"int32", 1, {100003}, 8, "nonzero", 0, 66779, 5314426374466147367U},
        {"int32", 1, {100003}, 8, "extract_positive", 0, 33549, 309160938818119992U},
        {"int32", 1, {100003}, 8, "extract_mask", 0, 66888, 53249365011600554U},
        {"int32", 1, {100003}, 8, "filter_below_quarter", 0, 66454, 3274454265049631062U},
        {"int32", 2, {0, 3}, 9, "flatnonzero", 0, 0, 0U},
        {"int32", 2, {0, 3}, 9, "nonzero", 0, 0, 0U},
        {"int32", 2, {0, 3}, 9, "nonzero", 1, 0, 0U},
        {"int32", 2, {0, 3}, 9, "extract_positive", 0, 0, 0U},
        {"int32", 2, {0, 3}, 9, "extract_mask", 0, 0, 0U},
        {"int32", 2, {0, 3}, 9, "filter_below_quarter", 0, 0, 0U},
        {"int32", 2, {3, 4}, 10, "flatnonzero", 0, 9, 10835638894090252327U},
        {"int32", 2, {3, 4}, 10, "nonzero", 0, 9, 4336220029211757343U},
        {"int32", 2, {3, 4}, 10, "nonzero", 1, 9, 5100190034197669456U},
        {"int32", 2, {3, 4}, 10, "extract_positive", 0, 3, 5226812733131038342U},
        {"int32", 2, {3, 4}, 10, "extract_mask", 0, 7, 6697504121087032188U},
        {"int32", 2, {3, 4}, 10, "filter_below_quarter", 0, 9, 6279635625356168699U},
        {"int32", 2, {300, 200}, 11, "flatnonzero", 0, 39617, 2870190891797379983U},
        {"int32", 2, {300, 200}, 11, "nonzero", 0, 39617, 5028625416227106116U},
        {"int32", 2, {300, 200}, 11, "nonzero", 1, 39617, 16323470231965477536U},
        {"int32", 2, {300, 200}, 11, "extract_positive", 0, 19875, 15395877246172518541U},
        {"int32", 2, {300, 200}, 11, "extract_mask", 0, 40034, 18388774307240162072U},
        {"int32", 2, {300, 200}, 11, "filter_below_quarter", 0, 40125, 15877368190292925699U},
        {"int32", 3, {2, 3, 4}, 12, "flatnonzero", 0, 15, 1489287665506846170U},
        {"int32", 3, {2, 3, 4}, 12, "nonzero", 0, 15, 12106469198193339660U},
        {"int32", 3, {2, 3, 4}, 12, "nonzero", 1, 15, 7953303308891866512U},
        {"int32", 3, {2, 3, 4}, 12, "nonzero", 2, 15, 4774297495906098167U},
        {"int32", 3, {2, 3, 4}, 12, "extract_positive", 0, 5, 3172286650370235722U},
        {"int32", 3, {2, 3, 4}, 12, "extract_mask", 0, 15, 6573661143719120400U},
        {"int32", 3, {2, 3, 4}, 12, "filter_below_quarter", 0, 19, 10665126367193099512U},
        {"int32", 3, {5, 0, 2}, 13, "flatnonzero", 0, 0, 0U},
        {"int32", 3, {5, 0, 2}, 13, "nonzero", 0, 0, 0U},
        {"int32", 3, {5, 0, 2}, 13, "nonzero", 1, 0, 0U},
        {"int32", 3, {5, 0, 2}, 13, "nonzero", 2, 0, 0U},
        {"int32", 3, {5, 0, 2}, 13, "extract_positive", 0, 0, 0U},
        {"int32", 3, {5, 0, 2}, 13, "extract_mask", 0, 0, 0U},
        {"int32", 3, {5, 0, 2}, 13, "filter_below_quarter", 0, 0, 0U},
        {"int32", 3, {17, 33, 65}, 14, "flatnonzero", 0, 24346, 11002772234755114299U},
        {"int32", 3, {17, 33, 65}, 14, "nonzero", 0, 24346, 15962363248872828105U},
        {"int32", 3, {17, 33, 65}, 14, "nonzero", 1, 24346, 8874944362286920765U},
        {"int32", 3, {17, 33, 65}, 14, "nonzero", 2, 24346, 3809629351401873344U},
        {"int32", 3, {17, 33, 65}, 14, "extract_positive", 0, 12175, 7182740365017877275U},
        {"int32", 3, {17, 33, 65}, 14, "extract_mask", 0, 24294, 12428226283375115230U},
        {"int32", 3, {17, 33, 65}, 14, "filter_below_quarter", 0, 24290, 9268861736968931515U},
        {"int32", 1, {1000003}, 15, "flatnonzero", 0, 666113, 14599484267001869841U},
        {"int32", 1, {1000003}, 15, "nonzero", 0, 666113, 14599484267001869841U},
        {"int32", 1, {1000003}, 15, "extract_positive", 0, 332579, 17717076198765590547U},
        {"int32", 1, {1000003}, 15, "extract_mask", 0, 666649, 9517851499356586976U},
        {"int32", 1, {1000003}, 15, "filter_below_quarter", 0, 667424, 12860619803125706607U},
        {"int64", 0, {0}, 16, "flatnonzero", 0, 1, 16294208416658607535U},
        {"int64", 0, {0}, 16, "nonzero", 0, 1, 16294208416658607535U},
        {"int64", 0, {0}, 16, "extract_positive", 0, 1, 10451216379200822465U},
        {"int64", 0, {0}, 16, "extract_mask", 0, 1, 10451216379200822465U},
        {"int64", 0, {0}, 16, "filter_below_quarter", 0, 0, 0U},
        {"int64", 1, {0}, 17, "flatnonzero", 0, 0, 0U},
        {"int64", 1, {0}, 17, "nonzero", 0, 0, 0U},
        {"int64", 1, {0}, 17, "extract_positive", 0, 0, 0U},
        {"int64", 1, {0}, 17, "extract_mask", 0, 0, 0U},
        {"int64", 1, {0}, 17, "filter_below_quarter", 0, 0, 0U},
        {"int64", 1, {1}, 18, "flatnonzero", 0, 1, 16294208416658607535U},
        {"int64", 1, {1}, 18, "nonzero", 0, 1, 16294208416658607535U},
        {"int64", 1, {1}, 18, "extract_positive", 0, 0, 0U},
        {"int64", 1, {1}, 18, "extract_mask", 0, 0, 0U},
        {"int64", 1, {1}, 18, "filter_below_quarter", 0, 1, 16490336266968443936U},
        {"int64", 1, {7}, 19, "flatnonzero", 0, 4, 5489702773162694420U},
        {"int64", 1, {7}, 19, "nonzero", 0, 4, 5489702773162694420U},
        {"int64", 1, {7}, 19, "extract_positive", 0, 2, 5761717516557699368U},
        {"int64", 1, {7}, 19, "extract_mask", 0, 3, 452375847157172228U},
        {"int64", 1, {7}, 19, "filter_below_quarter", 0, 5, 16790273775317412543U},
        {"int64", 1, {100}, 20, "flatnonzero", 0, 73, 11839094685832132426U},
        {"int64", 1, {100}, 20, "nonzero", 0, 73, 11839094685832132426U},
        {"int64", 1, {100}, 20, "extract_positive", 0, 33, 18311341424693457189U},
        {"int64", 1, {100}, 20, "extract_mask", 0, 72, 1121875962459259949U},
        {"int64", 1, {100}, 20, "filter_below_quarter", 0, 67, 4002644941575522987U},
        {"int64", 1, {32768}, 21, "flatnonzero", 0, 21834, 17341134248509668375U},
        {"int64", 1, {32768}, 21, "nonzero", 0, 21834, 17341134248509668375U},
        {"int64", 1, {32768}, 21, "extract_positive", 0, 10877, 17893853271103660536U},
        {"int64", 1, {32768}, 21, "extract_mask", 0, 21758, 12034752519780665175U},
        {"int64", 1, {32768}, 21, "filter_below_quarter", 0, 21891, 7066699329251420376U},
        {"int64", 1, {32769}, 22, "flatnonzero", 0, 21768, 11311497148435367996U},
        {"int64", 1, {32769}, 22, "nonzero", 0, 21768, 11311497148435367996U},
        {"int64", 1, {32769}, 22, "extract_positive", 0, 10936, 8935878224157680294U},
        {"int64", 1, {32769}, 22, "extract_mask", 0, 21863, 13958359518048388310U},
        {"int64", 1, {32769}, 22, "filter_below_quarter", 0, 21833, 1133628348779716437U},
        {"int64", 1, {100003}, 23, "flatnonzero", 0, 66539, 10855649737769389826U},
        {"int64", 1, {100003}, 23, "nonzero", 0, 66539, 10855649737769389826U},
        {"int64", 1, {100003}, 23, "extract_positive", 0, 33280, 15152740798983675659U},
        {"int64", 1, {100003}, 23, "extract_mask", 0, 66780, 15874591396114619898U},
        {"int64", 1, {100003}, 23, "filter_below_quarter", 0, 66723, 4099634066238599158U},
        {"int64", 2, {0, 3}, 24, "flatnonzero", 0, 0, 0U},
        {"int64", 2, {0, 3}, 24, "nonzero", 0, 0, 0U},
        {"int64", 2, {0, 3}, 24, "nonzero", 1, 0, 0U},
        {"int64", 2, {0, 3}, 24, "extract_positive", 0, 0, 0U},
        {"int64", 2, {0, 3}, 24, "extract_mask", 0, 0, 0U},
        {"int64", 2, {0, 3}, 24, "filter_below_quarter", 0, 0, 0U},
        {"int64", 2, {3, 4}, 25, "flatnonzero", 0, 8, 1550207299900355306U},
        {"int64", 2, {3, 4}, 25, "nonzero", 0, 8, 8452885211666466111U},
        {"int64", 2, {3, 4}, 25, "nonzero", 1, 8, 13991775626650898685U},
        {"int64", 2, {3, 4}, 25, "extract_positive", 0, 3, 5226812733131038342U},
        {"int64", 2, {3, 4}, 25, "extract_mask", 0, 7, 11474936101341492646U},
        {"int64", 2, {3, 4}, 25, "filter_below_quarter", 0, 9, 582173649600135813U},
        {"int64", 2, {300, 200}, 26, "flatnonzero", 0, 40058, 18411872180760947054U},
        {"int64", 2, {300, 200}, 26, "nonzero", 0, 40058, 9034977051050842654U},
        {"int64", 2, {300, 200}, 26, "nonzero", 1, 40058, 13918357586594427499U},
        {"int64", 2, {300, 200}, 26, "extract_positive", 0, 20146, 15001919973868594482U},
        {"int64", 2, {300, 200}, 26, "extract_mask", 0, 40188, 790091972505949643U},
        {"int64", 2, {300, 200}, 26, "filter_below_quarter", 0, 39854, 14053588700917688868U},
        {"int64", 3, {2, 3, 4}, 27, "flatnonzero", 0, 17, 3699125379828701380U},
        {"int64", 3, {2, 3, 4}, 27, "nonzero", 0, 17, 17964204176741592008U},
        {"int64", 3, {2, 3, 4}, 27, "nonzero", 1, 17, 5904857614589812736U},
        {"int64", 3, {2, 3, 4}, 27, "nonzero", 2, 17, 6279154560403642984U},
        {"int64", 3, {2, 3, 4}, 27, "extract_positive", 0, 9, 11451534825919946636U},
        {"int64", 3, {2, 3, 4}, 27, "extract_mask", 0, 15, 628177696613290017U},
        {"int64", 3, {2, 3, 4}, 27, "filter_below_quarter", 0, 15, 8193892423087762689U},
        {"int64", 3, {5, 0, 2}, 28, "flatnonzero", 0, 0, 0U},
        {"int64", 3, {5, 0, 2}, 28, "nonzero", 0, 0, 0U},
        {"int64", 3, {5, 0, 2}, 28, "nonzero", 1, 0, 0U},
        {"int64", 3, {5, 0, 2}, 28, "nonzero", 2, 0, 0U},
        {"int64", 3, {5, 0, 2}, 28, "extract_positive", 0, 0, 0U},
        {"int64", 3, {5, 0, 2}, 28, "extract_mask", 0, 0, 0U},
        {"int64", 3, {5, 0, 2}, 28, "filter_below_quarter", 0, 0, 0U},
        {"int64", 3, {17, 33, 65}, 29, "flatnonzero", 0, 24339, 5222906650357137909U},
        {"int64", 3, {17, 33, 65}, 29, "nonzero", 0, 24339, 4787051629429573660U},
        {"int64", 3, {17, 33, 65}, 29, "nonzero", 1, 24339, 9418365812198581254U},
        {"int64", 3, {17, 33, 65}, 29, "nonzero", 2, 24339, 8270134220609585521U},
        {"int64", 3, {17, 33, 65}, 29, "extract_positive", 0, 12191, 2731041382855239168U},
        {"int64", 3, {17, 33, 65}, 29, "extract_mask", 0, 24410, 1156697943943642505U},
        {"int64", 3, {17, 33, 65}, 29, "filter_below_quarter", 0, 24274, 13964074268949275916U},
        {"float32", 0, {0}, 30, "flatnonzero", 0, 1, 16294208416658607535U},
        {"float32", 0, {0}, 30, "nonzero", 0, 1, 16294208416658607535U},
        {"float32", 0, {0}, 30, "extract_positive", 0, 1, 5354886769488984801U},
        {"float32", 0, {0}, 30, "extract_mask", 0, 0, 0U},
        {"float32", 0, {0}, 30, "filter_below_quarter", 0, 0, 0U},
        {"float32", 1, {0}, 31, "flatnonzero", 0, 0, 0U},
        {"float32", 1, {0}, 31, "nonzero", 0, 0, 0U},
        {"float32", 1, {0}, 31, "extract_positive", 0, 0, 0U},
        {"float32", 1, {0}, 31, "extract_mask", 0, 0, 0U},
        {"float32", 1, {0}, 31, "filter_below_quarter", 0, 0, 0U},
        {"float32", 1, {1}, 32, "flatnonzero", 0, 1, 16294208416658607535U},
        {"float32", 1, {1}, 32, "nonzero", 0, 1, 16294208416658607535U},
        {"float32", 1, {1}, 32, "extract_positive", 0, 1, 15191634710549200530U},
        {"float32", 1, {1}, 32, "extract_mask", 0, 0, 0U},
        {"float32", 1, {1}, 32, "filter_below_quarter", 0, 0, 0U},
        {"float32", 1, {7}, 33, "flatnonzero", 0, 1, 7958955049054603978U},
        {"float32", 1, {7}, 33, "nonzero", 0, 1, 7958955049054603978U},
        {"float32", 1, {7}, 33, "extract_positive", 0, 1, 3917219732329634101U},
        {"float32", 1, {7}, 33, "extract_mask", 0, 3, 16242620210081343577U},
        {"float32", 1, {7}, 33, "filter_below_quarter", 0, 6, 11163724884535925994U},
        {"float32", 1, {100}, 34, "flatnonzero", 0, 39, 7559665460525753050U},
        {"float32", 1, {100}, 34, "nonzero", 0, 39, 7559665460525753050U},
        {"float32", 1, {100}, 34, "extract_positive", 0, 36, 384494629219906635U},
        {"float32", 1, {100}, 34, "extract_mask", 0, 62, 7715842092654410459U},
        {"float32", 1, {100}, 34, "filter_below_quarter", 0, 72, 1033724769887647218U},
        {"float32", 1, {32768}, 35, "flatnonzero", 0, 16330, 11636636762490473025U},
        {"float32", 1, {32768}, 35, "nonzero", 0, 16330, 11636636762490473025U},
        {"float32", 1, {32768}, 35, "extract_positive", 0, 15605, 2539542712644555227U},
        {"float32", 1, {32768}, 35, "extract_mask", 0, 21914, 6927855606554979584U},
        {"float32", 1, {32768}, 35, "filter_below_quarter", 0, 19697, 16848068551403052921U},
        {"float32", 1, {32769}, 36, "flatnonzero", 0, 16365, 1998445852089561587U},
        {"float32", 1, {32769}, 36, "nonzero", 0, 16365, 1998445852089561587U},
        {"float32", 1, {32769}, 36, "extract_positive", 0, 15649, 13524179031909050800U},
        {"float32", 1, {32769}, 36, "extract_mask", 0, 21789, 7047718532159723907U},
        {"float32", 1, {32769}, 36, "filter_below_quarter", 0, 19687, 2777157735104955569U},
        {"float32", 1, {100003}, 37, "flatnonzero", 0, 50066, 3186885418594711235U},
        {"float32", 1, {100003}, 37, "nonzero", 0, 50066, 3186885418594711235U},
        {"float32", 1, {100003}, 37, "extract_positive", 0, 47668, 15103202308827670140U},
        {"float32", 1, {100003}, 37, "extract_mask", 0, 66607, 4192562439502185017U},
        {"float32", 1, {100003}, 37, "filter_below_quarter", 0, 60090, 8623022350992426780U},
        {"float32", 2, {0, 3}, 38, "flatnonzero", 0, 0, 0U},
        {"float32", 2, {0, 3}, 38, "nonzero", 0, 0, 0U},
        {"float32", 2, {0, 3}, 38, "nonzero", 1, 0, 0U},
        {"float32", 2, {0, 3}, 38, "extract_positive", 0, 0, 0U},
        {"float32", 2, {0, 3}, 38, "extract_mask", 0, 0, 0U},
        {"float32", 2, {0, 3}, 38, "filter_below_quarter", 0, 0, 0U},
        {"float32", 2, {3, 4}, 39, "flatnonzero", 0, 7, 1628252146224331634U},
        {"float32", 2, {3, 4}, 39, "nonzero", 0, 7, 5587009274681692143U},
        {"float32", 2, {3, 4}, 39, "nonzero", 1, 7, 16945849486371003039U},
        {"float32", 2, {3, 4}, 39, "extract_positive", 0, 7, 17524287997798553298U},
        {"float32", 2, {3, 4}, 39, "extract_mask", 0, 8, 15753151502834948075U},
        {"float32", 2, {3, 4}, 39, "filter_below_quarter", 0, 6, 2614430657995703114U},
        {"float32", 2, {300, 200}, 40, "flatnonzero", 0, 30136, 9188201902856213160U},
        {"float32", 2, {300, 200}, 40, "nonzero", 0, 30136, 12469821304918919621U},
        {"float32", 2, {300, 200}, 40, "nonzero", 1, 30136, 7702589444544835008U},
        {"float32", 2, {300, 200}, 40, "extract_positive", 0, 28769, 8789545548564990451U},
        {"float32", 2, {300, 200}, 40, "extract_mask", 0, 40163, 17803070689645177109U},
        {"float32", 2, {300, 200}, 40, "filter_below_quarter", 0, 35984, 12023372719966532096U},
        {"float32", 3, {2, 3, 4}, 41, "flatnonzero", 0, 11, 13311629742426023205U},
        {"float32", 3, {2, 3, 4}, 41, "nonzero", 0, 11, 17089239243826839384U},
        {"float32", 3, {2, 3, 4}, 41, "nonzero", 1, 11, 8079209707292022445U},
        {"float32", 3, {2, 3, 4}, 41, "nonzero", 2, 11, 15150343621562891285U},
        {"float32", 3, {2, 3, 4}, 41, "extract_positive", 0, 11, 4793580746094010196U},
        {"float32", 3, {2, 3, 4}, 41, "extract_mask", 0, 13, 9511492018628025749U},
        {"float32", 3, {2, 3, 4}, 41, "filter_below_quarter", 0, 16, 12588167668736397555U},
        {"float32", 3, {5, 0, 2}, 42, "flatnonzero", 0, 0, 0U},
        {"float32", 3, {5, 0, 2}, 42, "nonzero", 0, 0, 0U},
        {"float32", 3, {5, 0, 2}, 42, "nonzero", 1, 0, 0U},
        {"float32", 3, {5, 0, 2}, 42, "nonzero", 2, 0, 0U},
        {"float32", 3, {5, 0, 2}, 42, "extract_positive", 0, 0, 0U},
        {"float32", 3, {5, 0, 2}, 42, "extract_mask", 0, 0, 0U},
        {"float32", 3, {5, 0, 2}, 42, "filter_below_quarter", 0, 0, 0U},
        {"float32", 3, {17, 33, 65}, 43, "flatnonzero", 0, 18238, 1644518221457756769U},
        {"float32", 3, {17, 33, 65}, 43, "nonzero", 0, 18238, 2021186486830340468U},
        {"float32", 3, {17, 33, 65}, 43, "nonzero", 1, 18238, 3822682278505664527U},
        {"float32", 3, {17, 33, 65}, 43, "nonzero", 2, 18238, 16725812453336575012U},
        {"float32", 3, {17, 33, 65}, 43, "extract_positive", 0, 17394, 18064808906507534812U},
        {"float32", 3, {17, 33, 65}, 43, "extract_mask", 0, 24374, 10823029716119074866U},
        {"float32", 3, {17, 33, 65}, 43, "filter_below_quarter", 0, 22016, 10316327980866913240U},
        {"float64", 0, {0}, 44, "flatnonzero", 0, 1, 16294208416658607535U},
        {"float64", 0, {0}, 44, "nonzero", 0, 1, 16294208416658607535U},
        {"float64", 0, {0}, 44, "extract_positive", 0, 1, 6913178413731983959U},
        {"float64", 0, {0}, 44, "extract_mask", 0, 1, 6913178413731983959U},
        {"float64", 0, {0}, 44, "filter_below_quarter", 0, 0, 0U},
        {"float64", 1, {0}, 45, "flatnonzero", 0, 0, 0U},
        {"float64", 1, {0}, 45, "nonzero", 0, 0, 0U},
        {"float64", 1, {0}, 45, "extract_positive", 0, 0, 0U},
        {"float64", 1, {0}, 45, "extract_mask", 0, 0, 0U},
        {"float64", 1, {0}, 45, "filter_below_quarter", 0, 0, 0U},
        {"float64", 1, {1}, 46, "flatnonzero", 0, 1, 16294208416658607535U},
        {"float64", 1, {1}, 46, "nonzero", 0, 1, 16294208416658607535U},
        {"float64", 1, {1}, 46, "extract_positive", 0, 1, 11017280516527982720U},
        {"float64", 1, {1}, 46, "extract_mask", 0, 1, 11017280516527982720U},
        {"float64", 1, {1}, 46, "filter_below_quarter", 0, 0, 0U},
        {"float64", 1, {7}, 47, "flatnonzero", 0, 1, 7134611160154358618U},
        {"float64", 1, {7}, 47, "nonzero", 0, 1, 7134611160154358618U},
        {"float64", 1, {7}, 47, "extract_positive", 0, 1, 2638638862653029785U},
        {"float64", 1, {7}, 47, "extract_mask", 0, 4, 11663671843371184137U},
        {"float64", 1, {7}, 47, "filter_below_quarter", 0, 6, 14345308956947689174U},
        {"float64", 1, {100}, 48, "flatnonzero", 0, 52, 13823023407185597661U},
        {"float64", 1, {100}, 48, "nonzero", 0, 52, 13823023407185597661U},
        {"float64", 1, {100}, 48, "extract_positive", 0, 51, 10713928169843203131U},
        {"float64", 1, {100}, 48, "extract_mask", 0, 73, 6611290838935252933U},
        {"float64", 1, {100}, 48, "filter_below_quarter", 0, 59, 13336153670493060767U},
        {"float64", 1, {32768}, 49, "flatnonzero", 0, 16116, 7551525443597694995U},
        {"float64", 1, {32768}, 49, "nonzero", 0, 16116, 7551525443597694995U},
        {"float64", 1, {32768}, 49, "extract_positive", 0, 15359, 17953280079063588653U},
        {"float64", 1, {32768}, 49, "extract_mask", 0, 21887, 12528720489132740580U},
        {"float64", 1, {32768}, 49, "filter_below_quarter", 0, 19916, 3272285030113153982U},
        {"float64", 1, {32769}, 50, "flatnonzero", 0, 16472, 11610975510148715762U},
        {"float64", 1, {32769}, 50, "nonzero", 0, 16472, 11610975510148715762U},
        {"float64", 1, {32769}, 50, "extract_positive", 0, 15675, 1541508148491554764U},
        {"float64", 1, {32769}, 50, "extract_mask", 0, 21896, 2895302332789327302U},
        {"float64", 1, {32769}, 50, "filter_below_quarter", 0, 19601, 6667936115816085027U},
        {"float64", 1, {100003}, 51, "flatnonzero", 0, 50095, 17893306087731891247U},
        {"float64", 1, {100003}, 51, "nonzero", 0, 50095, 17893306087731891247U},
        {"float64", 1, {100003}, 51, "extract_positive", 0, 47796, 2762416842486581380U},
        {"float64", 1, {100003}, 51, "extract_mask", 0, 66554, 7091243199569371012U},
        {"float64", 1, {100003}, 51, "filter_below_quarter", 0, 59828, 6593727525167984778U},
        {"float64", 2, {0, 3}, 52, "flatnonzero", 0, 0, 0U},
        {"float64", 2, {0, 3}, 52, "nonzero", 0, 0, 0U},
        {"float64", 2, {0, 3}, 52, "nonzero", 1, 0, 0U},
        {"float64", 2, {0, 3}, 52, "extract_positive", 0, 0, 0U},
        {"float64", 2, {0, 3}, 52, "extract_mask", 0, 0, 0U},
        {"float64", 2, {0, 3}, 52, "filter_below_quarter", 0, 0, 0U},
        {"float64", 2, {3, 4}, 53, "flatnonzero", 0, 4, 448679576059903017U},
        {"float64", 2, {3, 4}, 53, "nonzero", 0, 4, 945593254558138213U},
        {"float64", 2, {3, 4}, 53, "nonzero", 1, 4, 11555193876558020945U},
        {"float64", 2, {3, 4}, 53, "extract_positive", 0, 3, 7440184369434502159U},
        {"float64", 2, {3, 4}, 53, "extract_mask", 0, 5, 5978043082033899620U},
        {"float64", 2, {3, 4}, 53, "filter_below_quarter", 0, 8, 13215389577600567507U},
        {"float64", 2, {300, 200}, 54, "flatnonzero", 0, 29859, 11954536071816025577U},
        {"float64", 2, {300, 200}, 54, "nonzero", 0, 29859, 12423556165481542590U},
        {"float64", 2, {300, 200}, 54, "nonzero", 1, 29859, 17537544214264253356U},
        {"float64", 2, {300, 200}, 54, "extract_positive", 0, 28429, 14037866699093047241U},
        {"float64", 2, {300, 200}, 54, "extract_mask", 0, 40052, 9185529145060636432U},
        {"float64", 2, {300, 200}, 54, "filter_below_quarter", 0, 36044, 12286587698737084765U},
        {"float64", 3, {2, 3, 4}, 55, "flatnonzero", 0, 15, 4445894992706488466U},
        {"float64", 3, {2, 3, 4}, 55, "nonzero", 0, 15, 2978629530682332714U},
        {"float64", 3, {2, 3, 4}, 55, "nonzero", 1, 15, 9667184058819337965U},
        {"float64", 3, {2, 3, 4}, 55, "nonzero", 2, 15, 12969995117194348848U},
        {"float64", 3, {2, 3, 4}, 55, "extract_positive", 0, 14, 6545305443562535079U},
        {"float64", 3, {2, 3, 4}, 55, "extract_mask", 0, 17, 14232556797937382551U},
        {"float64", 3, {2, 3, 4}, 55, "filter_below_quarter", 0, 12, 8484408129948264293U},
        {"float64", 3, {5, 0, 2}, 56, "flatnonzero", 0, 0, 0U},
        {"float64", 3, {5, 0, 2}, 56, "nonzero", 0, 0, 0U},
        {"float64", 3, {5, 0, 2}, 56, "nonzero", 1, 0, 0U},
        {"float64", 3, {5, 0, 2}, 56, "nonzero", 2, 0, 0U},
        {"float64", 3, {5, 0, 2}, 56, "extract_positive", 0, 0, 0U},
        {"float64", 3, {5, 0, 2}, 56, "extract_mask", 0, 0, 0U},
        {"float64", 3, {5, 0, 2}, 56, "filter_below_quarter", 0, 0, 0U},
        {"float64", 3, {17, 33, 65}, 57, "flatnonzero", 0, 18326, 12350599338571715618U},
        {"float64", 3, {17, 33, 65}, 57, "nonzero", 0, 18326, 13614645970369464399U},
        {"float64", 3, {17, 33, 65}, 57, "nonzero", 1, 18326, 7464435866948170159U},
        {"float64", 3, {17, 33, 65}, 57, "nonzero", 2, 18326, 2870210856791453457U},
        {"float64", 3, {17, 33, 65}, 57, "extract_positive", 0, 17471, 8205154611915949788U},
        {"float64", 3, {17, 33, 65}, 57, "extract_mask", 0, 24269, 7050240907094074097U},
        {"float64", 3, {17, 33, 65}, 57, "filter_below_quarter", 0, 21904, 4438448622802558071U},
        {"float64", 1, {1000003}, 58, "flatnonzero", 0, 499618, 4798482358436401930U},
        {"float64", 1, {1000003}, 58, "nonzero", 0, 499618, 4798482358436401930U},
        {"float64", 1, {1000003}, 58, "extract_positive", 0, 476133, 18117488499571018527U},
        {"float64", 1, {1000003}, 58, "extract_mask", 0, 666290, 98383209576624700U},
        {"float64", 1, {1000003}, 58, "filter_below_quarter", 0, 601780, 2461395280263630471U},
    };
    // clang-format on
    // END GENERATED
    for (const select_expected& row : select_reference) {
        INFO(row.dtype << ", rank " << row.rank << ", seed " << row.seed << ": " << row.function
                       << " " << row.dimension);
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

TEST_CASE("extract refuses a mask of another shape, naming both", "[selecting]") {
    const parray::ndarray<double> a = {{1, 2, 3}, {4, 5, 6}};
    const parray::ndarray<bool> mask = {true, false, true};
    try {
        (void)parray::parallel_extract(mask, a);
        FAIL("no exception");
    } catch (const std::invalid_argument& e) {
        CHECK_THAT(e.what(), Catch::Contains("parray::parallel_extract") &&
                                 Catch::Contains("(3,)") && Catch::Contains("(2, 3)"));
    }
}

TEST_CASE("filter calls its predicate once an element and passes on its exception", "[selecting]") {
    const auto a = input_of<double>(5, {100003});
    for (const std::size_t threads : {1, 2, 3, 8}) {
        std::atomic<std::size_t> calls{0};
        const auto kept = parray::parallel_filter(
            a,
            [&calls](double x) {
                calls.fetch_add(1, std::memory_order_relaxed);
                return x > 0.5;
            },
            parray::options{}.pool(pool_of(threads)));
        CHECK(calls.load() == a.size());
        CHECK(kept.size() == parray::parallel_extract(a > 0.5, a).size());
        CHECK_THROWS_AS(parray::parallel_filter(
                            a,
                            [](double x) -> bool {
                                if (x > 0.999) {
                                    throw std::runtime_error("too large");
                                }
                                return true;
                            },
                            parray::options{}.pool(pool_of(threads))),
                        std::runtime_error);
    }
}

TEST_CASE("selections read views and expressions in row-major order", "[selecting]") {
    const auto a = input_of<float>(9, {300, 200});
    const parray::ndarray<float> transposed = xt::transpose(a);
    for (const std::size_t threads : {1, 2, 3, 8}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        CHECK((parray::parallel_extract(xt::transpose(a) < 0.0F, xt::transpose(a), opts) ==
               parray::parallel_extract(transposed < 0.0F, transposed, opts)));
        CHECK((parray::parallel_flatnonzero(xt::transpose(a), opts) ==
               parray::parallel_flatnonzero(transposed, opts)));
    }
}

TEST_CASE("a selection whose stop flag is set throws parray::cancelled", "[selecting]") {
    const auto a = input_of<double>(3, {100000});
    std::atomic<bool> stop{true};
    const auto opts = parray::options{}.pool(pool_of(2)).stop_when(stop);
    CHECK_THROWS_AS(parray::parallel_flatnonzero(a, opts), parray::cancelled);
    CHECK_THROWS_AS(parray::parallel_extract(a > 0.0, a, opts), parray::cancelled);
}
