// SPDX-License-Identifier: BSD-3-Clause
#include <parray/nan_reductions.hpp>

#include <catch2/catch.hpp>

#include "test_helpers.hpp"

#include <xtensor/xmanipulation.hpp>
#include <xtensor/xview.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace {

using parray_test::pool_of;

// An input of the NumPy reference: its shape, and its elements in nan_data (none: pattern).
struct nan_case {
    const char* dtype;
    std::size_t rank;
    std::size_t shape[4];
    std::size_t data_begin;
    std::size_t data_size;
};

// What NumPy computed: function(case, axis=..., ddof=ddof) raises, or has these shapes (without
// and with keepdims=True) and values (in nan_values). axis_kind 0 is axis=None, 1 an int, 2 a
// tuple.
struct nan_expected {
    std::size_t case_index;
    const char* function;
    std::size_t ddof;
    int axis_kind;
    std::size_t axis_count;
    std::ptrdiff_t axes[4];
    bool raises;
    std::size_t rank;
    std::size_t shape[4];
    std::size_t kept_rank;
    std::size_t kept_shape[4];
    std::size_t values_begin;
    std::size_t values_size;
};

// The large inputs, as tests/data/make_nan_reference.py makes them: k / 7 in T (k spread from
// -1000 to 1002), NaN at every 13th element from the 6th; k itself for integers.
template <class T>
parray::ndarray<T> pattern(const std::vector<std::size_t>& shape) {
    auto a = parray::ndarray<T>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto k = static_cast<std::int64_t>((i * 7919U) % 2003U) - 1000;
        if constexpr (std::is_floating_point_v<T>) {
            a.data()[i] = i % 13 == 5 ? std::numeric_limits<T>::quiet_NaN()
                                      : static_cast<T>(k) / static_cast<T>(7);
        } else {
            a.data()[i] = static_cast<T>(k);
        }
    }
    return a;
}

template <class T>
parray::ndarray<T> input_of(const nan_case& c, const double* data) {
    const std::vector<std::size_t> shape(c.shape, c.shape + c.rank);
    if (c.data_size == 0) {
        return pattern<T>(shape);
    }
    auto a = parray::ndarray<T>::from_shape(shape);
    REQUIRE(a.size() == c.data_size);
    for (std::size_t i = 0; i < a.size(); ++i) {
        a.data()[i] = static_cast<T>(data[c.data_begin + i]);
    }
    return a;
}

// A result as NumPy's is written: raised, or a shape and values as doubles (exact for every
// result type here).
struct outcome {
    bool raised = false;
    std::vector<std::size_t> shape;
    std::vector<double> values;
};

template <class R>
outcome outcome_of(const R& result) {
    outcome o;
    if constexpr (std::is_arithmetic_v<R>) {
        o.values.push_back(static_cast<double>(result));
    } else {
        o.shape.assign(result.shape().begin(), result.shape().end());
        for (const auto& x : result) {
            o.values.push_back(static_cast<double>(x));
        }
    }
    return o;
}

// Calls parray's `function` on a (whole, or along the one axis_list given), as NumPy's with ddof.
template <class A, class... Axes>
outcome call(const std::string& function, const A& a, std::size_t ddof, const parray::options& opts,
             const Axes&... axes) {
    try {
        if (function == "nansum") {
            return outcome_of(parray::parallel_nansum(a, axes..., opts));
        }
        if (function == "nanmean") {
            return outcome_of(parray::parallel_nanmean(a, axes..., opts));
        }
        if (function == "nanmin") {
            return outcome_of(parray::parallel_nanmin(a, axes..., opts));
        }
        if (function == "nanmax") {
            return outcome_of(parray::parallel_nanmax(a, axes..., opts));
        }
        if (function == "nanargmin") {
            return outcome_of(parray::parallel_nanargmin(a, axes..., opts));
        }
        if (function == "nanargmax") {
            return outcome_of(parray::parallel_nanargmax(a, axes..., opts));
        }
        if (function == "nanvar") {
            return outcome_of(parray::parallel_nanvar(a, axes..., parray::ddof{ddof}, opts));
        }
        if (function == "nanstd") {
            return outcome_of(parray::parallel_nanstd(a, axes..., parray::ddof{ddof}, opts));
        }
    } catch (const std::invalid_argument&) {
        return outcome{true, {}, {}};
    }
    FAIL("no such function: " << function);
    return {};
}

// Equal bits, any NaN equal to any NaN (NumPy's 0/0 has the sign bit set, a constant NaN not).
// With zero_sign_free, -0.0 equals 0.0: np.fmin.reduce picks one of tied zeros by SIMD lane
// (docs/api.md, parallel_nanmin), which parray does not reproduce.
bool same_bits(double x, double y, bool zero_sign_free) {
    if (zero_sign_free && x == 0.0 && y == 0.0) {
        return true;
    }
    return (std::isnan(x) && std::isnan(y)) || parray_test::bits_of(x) == parray_test::bits_of(y);
}

std::string describe(const std::vector<double>& values) {
    std::string text;
    for (const double v : values) {
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%a ", v);
        text += buffer;
    }
    return text;
}

void check_outcome(const outcome& got, const nan_expected& e, bool kept,
                   const double* expected_values) {
    const bool raises = e.raises;
    const std::vector<std::size_t> shape =
        kept ? std::vector<std::size_t>(e.kept_shape, e.kept_shape + e.kept_rank)
             : std::vector<std::size_t>(e.shape, e.shape + e.rank);
    const std::vector<double> values(expected_values + e.values_begin,
                                     expected_values + e.values_begin + e.values_size);
    const std::string function = e.function;
    const bool zero_sign_free = function == "nanmin" || function == "nanmax";
    REQUIRE(got.raised == raises);
    if (raises) {
        return;
    }
    REQUIRE(got.shape == shape);
    INFO("parray: " << describe(got.values) << "\nNumPy:  " << describe(values));
    REQUIRE(got.values.size() == values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        REQUIRE(same_bits(got.values[i], values[i], zero_sign_free));
    }
}

// Every way parray spells NumPy's axis= of `e`, each checked (with and without keepdims)
// against e on `opts`.
template <class T>
void check_expected(const nan_expected& e, const double* values, const parray::ndarray<T>& a,
                    const parray::options& opts) {
    const auto rank = static_cast<std::ptrdiff_t>(a.dimension());
    const std::string f = e.function;
    if (e.axis_kind == 0) {
        check_outcome(call(f, a, e.ddof, opts), e, false, values);
        check_outcome(call(f, a, e.ddof, opts, parray::all_axes()), e, false, values);
        check_outcome(call(f, a, e.ddof, opts, parray::keepdims()), e, true, values);
    } else if (e.axis_kind == 1) {
        const std::ptrdiff_t axis = e.axes[0];
        check_outcome(call(f, a, e.ddof, opts, parray::axis_list(axis)), e, false, values);
        check_outcome(call(f, a, e.ddof, opts, parray::axis_list(axis - rank)), e, false, values);
        check_outcome(call(f, a, e.ddof, opts, parray::keepdims(axis)), e, true, values);
    } else {
        const std::vector<std::ptrdiff_t> axes(e.axes, e.axes + e.axis_count);
        check_outcome(call(f, a, e.ddof, opts, parray::axis_list(axes)), e, false, values);
        // The same axes from the end, in reverse order.
        std::vector<std::ptrdiff_t> negative;
        for (auto axis = axes.rbegin(); axis != axes.rend(); ++axis) {
            negative.push_back(*axis - rank);
        }
        check_outcome(call(f, a, e.ddof, opts, parray::axis_list(negative)), e, false, values);
        check_outcome(call(f, a, e.ddof, opts, parray::keepdims(axes)), e, true, values);
    }
}

} // namespace

TEST_CASE("the nan-functions equal NumPy's bit for bit, on pools of 1, 2, 3 and 8 threads",
          "[nan_reductions]") {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    // BEGIN GENERATED by tests/data/make_nan_reference.py (NumPy 1.24.2)
    // clang-format off
    static const double nan_data[] = {
        0x1.4p+1, nan, -0x1.00a2bc7da5bdep+4, 0x1.19cb534754997p+1, 0x1.211d78f65b8fbp+2, -0x1.04997adf13113p+1, 0x1.1fe457efc332bp+1, -0x1.5910fe52c8a57p+4,
        -0x1.aa785d1a4e4bdp+3, inf, -0x0p+0, nan, nan, nan, nan, -0x1.838d63e98a88cp+2,
        nan, 0x1.6c125a8be18d6p-1, 0x1.f7acc425636bep-2, 0x1.775a2f03317a5p+3, 0x1.d9b53ac2b874ap+2, 0x1.1498d5dda45cdp+2, -0x1.e5fe499f01c51p+3, -0x1.14fdfeb58535ap-1,
        0x1.1676d080733ccp+2, 0x1.721393f725aecp+2, 0x1.314c825e5c81ep+2, -0x1.da27b074b5423p+0, -0x1.d4f459a8463f9p+3, -0x1.2fd6a21174bf4p+1, 0x1.19aa825dd4535p+1, -0x1.233e1c2f39bf7p+2,
        nan, nan, nan, nan, nan, nan, 0x1.06e4dedfc23b1p+4, 0x1.2b3fcbfddb6bbp+2,
        nan, nan, -inf, 0x1.c4ba893b6b131p+3, -0x1.c81a4d2c0e6dp+1, 0x1.b368f9d8c1764p+2, -0x0p+0, 0x1.8cea789ed29ep+4,
        0x0p+0, 0x1.f8413a64591a3p+1, 0x1.2c0a7c343909ap+3, -0x1.6a50e0125c955p+4, nan, -0x1.d20ba22aa2114p+2, -0x1.4652db38b4266p+3, 0x1.1fb57d177e5b1p+4,
        -0x1.eb29e17b0a57ap+1, 0x1.03c1834b3cbcep+3, nan, -0x1.566eddc31b055p+2, 0x1.cecea960db6c1p+2, 0x1.1269c8e472f5fp+2, 0x1.ba19c6a45002fp+0, -0x1.928ee207e7d9ep+1,
        -0x1.4d2ade7e039cep+2, -0x1.377fd161ad924p+2, nan, -0x1.25d7a3f55b3ecp+2, -0x1.d6838fce50f91p+3, nan, 0x1.daddb8facf628p+3, nan,
        -0x1.b9eabe9ada6e6p+2, nan, -0x0p+0, nan, -0x1.37315b5c3c4bep-2, 0x1.3efb69a28ff32p+4, -0x1.2e1b44efb72c2p+2, -0x1.8019cd45d5564p+3,
        nan, 0x0p+0, -0x1.b31472c30516ep+1, 0x1.70eb34ab9303cp+3, 0x1.e3b801166647p-1, nan, -inf, inf,
        0x1.1bd83fb68bbb8p+3, 0x1.0695fe625b6afp+3, 0x1.8d455f3e0fecap+1, 0x1.47c683fc900bdp+4, 0x0p+0, 0x1.044d63b759bc4p+3, -0x1.e6c5a820dc6eep+3, inf,
        -0x1.6604a14deda32p+2, -0x0p+0, -inf, 0x1.2098c5e533b96p+2, -0x1.d9d3bd14430cp+2, -0x1.430859edd8d24p+2, 0x1.9f8726f3babdep+3, 0x1p+0,
        0x0p+0, -0x0p+0, 0x0p+0, -0x0p+0, -0x0p+0, 0x1p+0, 0x0p+0, 0x1p+0,
        0x1p+0, -0x0p+0, 0x1p+0, nan, 0x0p+0, 0x1p+0, nan, nan,
        0x0p+0, nan, 0x1p+0, -0x0p+0, nan, -0x0p+0, nan, 0x0p+0,
        0x0p+0, 0x0p+0, -0x0p+0, -0x0p+0, 0x0p+0, nan, -0x0p+0, -0x0p+0,
        nan, nan, -0x0p+0, 0x0p+0, 0x1p+0, -0x0p+0, 0x0p+0, 0x0p+0,
        -0x0p+0, 0x0p+0, 0x0p+0, 0x1.4p+1, nan, 0x1.612082p+3, 0x1.5077bcp+3, -0x1.327c2cp+1,
        0x1.25409ap+1, nan, nan, -inf, -0x1.a1606ap+2, inf, nan, nan,
        nan, nan, 0x1.319854p+1, -0x1.1848bep+2, 0x1.f5cb5cp+2, 0x1.84696p+2, -0x1.eff172p+1, -0x1.6b041ap+3,
        -0x1.940fa8p+3, -0x1.6065e4p+2, 0x1.cdbf7ap+3, -0x1.40da3ap+3, -0x1.db489p+0, -0x1.746432p+3, 0x1.9cb51p+2, -0x1.a4dce2p+1,
        0x1.15c58p+2, 0x1.7a8ddap+1, 0x1.415cb2p+4, 0x1.9e6c04p+2, -0x1.078ab2p+3, -0x1.3d889cp-2, 0x1.78a132p+1, 0x1.6aa2dep+1,
        -0x1.7a2ac6p+3, nan, nan, nan, 0x0p+0, -0x1.41c36ep+3, 0x1.b6b4f4p+3, -0x1.da8a1ap+2,
        0x1.d7c66cp+3, -inf, -0x0p+0, 0x1.c71016p+3, 0x1.219b7cp+3, 0x1.7fb06cp+4, inf, nan,
        -0x1.80efecp+4, 0x1.2efb9ap+0, 0x1.e7e26p+1, -0x1.d618fap+1, -0x1.5acb04p+1, nan, 0x1.5d78cep+0, -0x1.9d45p+2,
        0x1.61f278p+3, -0x1.bc9ce2p+2, 0x1.b7dea4p+2, nan, -0x1.df5234p+1, -0x1.84c24cp+2, nan, 0x1.5ccb66p+1,
        0x1.05e8ecp+4, nan, -0x1.2d07e8p+4, nan, 0x1.9ffe9ap+2, 0x1.9d02d2p+1, -0x0p+0, -0x1.9ed04cp+2,
        inf, 0x1.0ea7a2p+3, 0x1.325ae8p+3, -0x1.2098a6p+2, 0x1.53aa5ap-1, -0x1.a2d4f8p+3, -0x1.14f116p+1, 0x0p+0,
        0x1.82829p-1, 0x1.68c0fcp+1, 0x1.d039dcp+2, nan, nan, -inf, 0x1.03688ap+4, -0x1.36a492p+3,
        inf, -0x1.377956p+3, -inf, 0x1.3f4922p+2, 0x1.012b78p+2, -0x0p+0, 0x1.d0b0aep+2, -0x1.44c068p+0,
        0x0p+0, 0x1.584f2ap+1, 0x0p+0, 0x1p+0, -0x0p+0, 0x0p+0, -0x0p+0, 0x0p+0,
        nan, nan, 0x0p+0, -0x0p+0, nan, 0x0p+0, -0x0p+0, -0x0p+0,
        0x1p+0, -0x0p+0, 0x1p+0, 0x1p+0, 0x1p+0, -0x0p+0, -0x0p+0, 0x0p+0,
        -0x0p+0, nan, 0x1p+0, -0x0p+0, 0x0p+0, -0x0p+0, -0x0p+0, 0x0p+0,
        -0x0p+0, -0x0p+0, 0x0p+0, nan, nan, nan, 0x0p+0, 0x0p+0,
        -0x0p+0, -0x0p+0, 0x1p+0, 0x1p+0, -0x0p+0, -0x0p+0, 7, 46,
        10, -6, -33, 5, -12, -41, -33, -41,
        -5, -33, -4, -41, -7, 7, 30, 15,
        25, -23, 49, -14, -44, 10, -15, -45,
        -3, -12, 22, 1, -18, -9, 24, -19,
        -18, 18, -36, 27, -28, -33, 34, 41,
        -42, -35, -45, 11, -29, 30, 33, -6,
        0, 30, 23, 26, -22, -33, 39, 3,
        -15, 35, 19, -40, -5, 36, -1, 9,
        25, 46, 17, -1, -4, 45, -17, 19,
        6, 26, -33, 26,
    };
    // {dtype, rank, shape, first in nan_data, count (0: pattern(dtype, shape))}
    static const nan_case nan_cases[] = {
        {"float64", 0, {0, 0, 0, 0}, 0, 1},
        {"float64", 0, {0, 0, 0, 0}, 1, 1},
        {"float64", 1, {5, 0, 0, 0}, 2, 5},
        {"float64", 2, {3, 4, 0, 0}, 7, 12},
        {"float64", 2, {3, 4, 0, 0}, 19, 12},
        {"float64", 3, {2, 3, 4, 0}, 31, 24},
        {"float64", 4, {2, 3, 2, 3}, 55, 36},
        {"float64", 4, {3, 1, 2, 2}, 91, 12},
        {"float64", 2, {4, 5, 0, 0}, 103, 20},
        {"float64", 3, {2, 3, 4, 0}, 123, 24},
        {"float64", 1, {0, 0, 0, 0}, 147, 0},
        {"float64", 2, {2, 0, 0, 0}, 147, 0},
        {"float64", 2, {0, 3, 0, 0}, 147, 0},
        {"float64", 1, {20000, 0, 0, 0}, 147, 0},
        {"float64", 1, {70000, 0, 0, 0}, 147, 0},
        {"float64", 2, {3, 9000, 0, 0}, 147, 0},
        {"float64", 2, {9000, 3, 0, 0}, 147, 0},
        {"float64", 2, {7, 10000, 0, 0}, 147, 0},
        {"float64", 3, {5, 3, 700, 0}, 147, 0},
        {"float32", 0, {0, 0, 0, 0}, 147, 1},
        {"float32", 0, {0, 0, 0, 0}, 148, 1},
        {"float32", 1, {5, 0, 0, 0}, 149, 5},
        {"float32", 2, {3, 4, 0, 0}, 154, 12},
        {"float32", 2, {3, 4, 0, 0}, 166, 12},
        {"float32", 3, {2, 3, 4, 0}, 178, 24},
        {"float32", 4, {2, 3, 2, 3}, 202, 36},
        {"float32", 4, {3, 1, 2, 2}, 238, 12},
        {"float32", 2, {4, 5, 0, 0}, 250, 20},
        {"float32", 3, {2, 3, 4, 0}, 270, 24},
        {"float32", 1, {0, 0, 0, 0}, 294, 0},
        {"float32", 2, {2, 0, 0, 0}, 294, 0},
        {"float32", 2, {0, 3, 0, 0}, 294, 0},
        {"float32", 1, {20000, 0, 0, 0}, 294, 0},
        {"float32", 1, {70000, 0, 0, 0}, 294, 0},
        {"float32", 2, {3, 9000, 0, 0}, 294, 0},
        {"float32", 2, {9000, 3, 0, 0}, 294, 0},
        {"float32", 2, {7, 10000, 0, 0}, 294, 0},
        {"float32", 3, {5, 3, 700, 0}, 294, 0},
        {"int32", 0, {0, 0, 0, 0}, 294, 1},
        {"int32", 1, {5, 0, 0, 0}, 295, 5},
        {"int32", 2, {3, 4, 0, 0}, 300, 12},
        {"int32", 3, {2, 3, 4, 0}, 312, 24},
        {"int32", 4, {2, 3, 2, 3}, 336, 36},
        {"int32", 2, {2, 0, 0, 0}, 372, 0},
        {"int32", 2, {3, 9000, 0, 0}, 372, 0},
    };
    static const double nan_values[] = {
        0x1.4p+1, 0x1.4p+1, 0x1.4p+1, 0x1.4p+1, 0x0p+0, nan, nan, 0x0p+0,
        nan, 0, 0, 0x1.4p+1, 0x1.4p+1, 0x1.4p+1, 0x1.4p+1, 0x0p+0,
        nan, nan, 0x0p+0, nan, 0, 0, 0x0p+0, nan,
        nan, nan, nan, nan, nan, nan, nan, 0x0p+0,
        nan, nan, nan, nan, nan, nan, nan, nan,
        -0x1.2371306a1c852p+3, -0x1.d24eb3dcfa6eap+0, -0x1.00a2bc7da5bdep+4, 0x1.211d78f65b8fbp+2, 0x1.b839b94a45713p+5, 0x1.132413ce6b66cp+6, 0x1.132413ce6b66cp+7, 0x1.dac2203c666cp+2,
        0x1.0965e0bb157e8p+3, 0, 2, -0x1.2371306a1c852p+3, -0x1.d24eb3dcfa6eap+0, -0x1.00a2bc7da5bdep+4, 0x1.211d78f65b8fbp+2, 0x1.b839b94a45713p+5,
        0x1.132413ce6b66cp+6, 0x1.132413ce6b66cp+7, 0x1.dac2203c666cp+2, 0x1.0965e0bb157e8p+3, 0, 2, inf, inf,
        -0x1.5910fe52c8a57p+4, inf, nan, nan, nan, nan, nan, 0,
        2, -0x1.b9f4574d2b47ap+4, -0x1.aa785d1a4e4bdp+3, inf, 0x1.f7acc425636bep-2, -0x1.b9f4574d2b47ap+3, -0x1.aa785d1a4e4bdp+3, inf,
        0x1.f7acc425636bep-3, -0x1.5910fe52c8a57p+4, -0x1.aa785d1a4e4bdp+3, 0x1.6c125a8be18d6p-1, -0x0p+0, -0x1.838d63e98a88cp+2, -0x1.aa785d1a4e4bdp+3, inf,
        0x1.f7acc425636bep-2, 0x1.e130f0fda30a7p+5, 0x0p+0, nan, 0x1.ef7c2fb18a9c6p-5, 0x1.e130f0fda30a7p+6, nan, nan,
        0x1.ef7c2fb18a9c6p-4, nan, nan, nan, nan, 0x1.f05b4ab0cc068p+2, 0x0p+0, nan,
        0x1.f7acc425636bep-3, 0x1.5efa24c799917p+3, nan, nan, 0x1.6426e3e0c118p-2, 0, 0, 2,
        0, 2, 0, 0, 2, inf, 0x0p+0, -0x1.36904c55b8205p+2,
        inf, nan, -0x1.9e15bb1cf5807p+0, -0x1.5910fe52c8a57p+4, nan, -0x1.838d63e98a88cp+2, inf, nan,
        0x1.6c125a8be18d6p-1, nan, nan, 0x1.3b634382b67b8p+3, nan, nan, 0x1.d914e54411b94p+3, nan,
        nan, nan, nan, nan, 0x1.91d80a704c4dp+1, nan, nan, 0x1.ec28011d156cep+1,
        inf, inf, -0x1.5910fe52c8a57p+4, inf, nan, nan, nan, nan,
        nan, 0x1.7cb4532076fd2p+2, 0x1.fb9b19809ea6dp-2, -0x1.e5fe499f01c51p+3, 0x1.775a2f03317a5p+3, 0x1.ef3a9153a55b5p+5, 0x1.0e1ff22da0034p+6, 0x1.4a270b8d18e79p+6,
        0x1.f78b6907a6c28p+2, 0x1.06f7b30ef43bap+3, 3, 0, 0x1.2ac55909427ebp+3, -0x1.7379501ac19b8p+1, 0x1.eec118cc0fabep+2, -0x1.06ed67d85e6f5p+3,
        0x1.8e5c76b703539p+1, -0x1.ef4c6ace577ap-1, 0x1.49d610880a729p+1, -0x1.5e91dfcb28947p+1, -0x1.da27b074b5423p+0, -0x1.d4f459a8463f9p+3, -0x1.2fd6a21174bf4p+1, -0x1.e5fe499f01c51p+3,
        0x1.775a2f03317a5p+3, 0x1.d9b53ac2b874ap+2, 0x1.721393f725aecp+2, 0x1.314c825e5c81ep+2, 0x1.2b577a7487cbbp+5, 0x1.7ce59c5b35338p+6, 0x1.9382ad96fb9d3p+3, 0x1.3a54be86e8c45p+6,
        0x1.c10337aecbb18p+5, 0x1.1dac354467e6ap+7, 0x1.2ea202313cb5ep+4, 0x1.d77f1dca5d267p+6, nan, nan, nan, nan,
        0x1.877cf62686161p+2, 0x1.3843e9fc43cffp+3, 0x1.c687a2344becep+1, 0x1.1bab8dd2d4d2dp+3, 0x1.df791bcf715fcp+2, 0x1.7e71ffec30bc4p+3, 0x1.16576ea7fbb83p+2, 0x1.5b6c6d23729d5p+3,
        2, 2, 2, 0, 0, 0, 1, 1,
        0x1.0882edb45e1dfp+3, 0x1.cb9b937fa2635p+3, -0x1.0ae22bd1e2817p+4, 0x1.0882edb45e1dfp+1, 0x1.cb9b937fa2635p+1, -0x1.0ae22bd1e2817p+2, -0x1.e5fe499f01c51p+3, -0x1.14fdfeb58535ap-1,
        -0x1.d4f459a8463f9p+3, 0x1.775a2f03317a5p+3, 0x1.721393f725aecp+2, 0x1.19aa825dd4535p+1, 0x1.a89f622c669abp+6, 0x1.7d81d3e154012p+2, 0x1.3e3a5d6e6b80fp+5, 0x1.1b14ec1d99bc7p+7,
        0x1.fcad1a81c556dp+2, 0x1.a84dd1e88f569p+5, 0x1.a89f622c669abp+8, 0x1.7d81d3e154012p+4, 0x1.3e3a5d6e6b80fp+7, 0x1.49b3b3c191634p+3, 0x1.3883ec43f7f48p+1, 0x1.93a6364bb6b9cp+2,
        0x1.7cb5001642054p+3, 0x1.68dc92a6e4702p+1, 0x1.d218120193889p+2, 3, 0, 1, 0, 2,
        3, 0x1.7cb4532076fd2p+2, 0x1.fb9b19809ea6dp-2, -0x1.e5fe499f01c51p+3, 0x1.775a2f03317a5p+3, 0x1.ef3a9153a55b5p+5, 0x1.0e1ff22da0034p+6, 0x1.4a270b8d18e79p+6,
        0x1.f78b6907a6c28p+2, 0x1.06f7b30ef43bap+3, -inf, -inf, -inf, 0x1.8cea789ed29ep+4, nan, nan,
        nan, nan, nan, 11, 16, 0x1.331b7b23ce336p+3, -0x1.c81a4d2c0e6dp+1, 0x1.b368f9d8c1764p+2,
        0x0p+0, 0x1.8cea789ed29ep+4, 0x0p+0, 0x1.f8413a64591a3p+1, 0x1.9cea1cf9debfep+4, -0x1.1f80ed12e5ba6p+4, 0x0p+0, -0x1.d20ba22aa2114p+2,
        -inf, 0x1.331b7b23ce336p+2, -0x1.c81a4d2c0e6dp+1, 0x1.b368f9d8c1764p+2, 0x0p+0, 0x1.8cea789ed29ep+4, 0x0p+0, 0x1.f8413a64591a3p+1,
        0x1.9cea1cf9debfep+3, -0x1.1f80ed12e5ba6p+3, nan, -0x1.d20ba22aa2114p+2, -inf, -0x1.233e1c2f39bf7p+2, -0x1.c81a4d2c0e6dp+1, 0x1.b368f9d8c1764p+2,
        -0x0p+0, 0x1.8cea789ed29ep+4, 0x0p+0, 0x1.f8413a64591a3p+1, 0x1.2c0a7c343909ap+3, -0x1.6a50e0125c955p+4, nan, -0x1.d20ba22aa2114p+2,
        -inf, 0x1.c4ba893b6b131p+3, -0x1.c81a4d2c0e6dp+1, 0x1.b368f9d8c1764p+2, -0x0p+0, 0x1.8cea789ed29ep+4, 0x0p+0, 0x1.f8413a64591a3p+1,
        0x1.06e4dedfc23b1p+4, 0x1.2b3fcbfddb6bbp+2, nan, -0x1.d20ba22aa2114p+2, -0x1.4652db38b4266p+3, 0x1.5da1ab949e943p+6, 0x0p+0, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.8e238033726eap+3, 0x1.75348a68272c4p+7, nan, 0x0p+0,
        nan, 0x1.5da1ab949e943p+7, nan, nan, nan, nan, nan, nan,
        0x1.8e238033726eap+4, 0x1.75348a68272c4p+8, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, 0x1.2b2ccba983f96p+3, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0,
        0x1.c37e831696d9p+1, 0x1.b520d311d3704p+3, nan, 0x0p+0, nan, 0x1.a718e9d4986cbp+3, nan, nan,
        nan, nan, nan, nan, 0x1.3f412d95c652ap+2, 0x1.3518a905cf525p+4, nan, nan,
        nan, 0x1.0035f9d43588p-3, 0x0p+0, 0x0p+0, -inf, 0x1.04f6dd2a2b923p+4, -0x1.c81a4d2c0e6dp+1, 0x1.bafbe9c097e44p+1,
        -0x1.a485f047b1ccp-1, 0x1.0035f9d43588p-4, nan, nan, -inf, 0x1.5bf3d18d8f6d9p+2, -0x1.c81a4d2c0e6dp+0, 0x1.27529bd5ba983p+0,
        -0x1.18594ada7688p-2, -0x1.233e1c2f39bf7p+2, nan, nan, -inf, -0x1.6a50e0125c955p+4, -0x1.c81a4d2c0e6dp+1, -0x1.d20ba22aa2114p+2,
        -0x1.4652db38b4266p+3, 0x1.2b3fcbfddb6bbp+2, nan, nan, 0x1.06e4dedfc23b1p+4, 0x1.8cea789ed29ep+4, 0x0p+0, 0x1.b368f9d8c1764p+2,
        0x1.2c0a7c343909ap+3, 0x1.54822607170adp+4, nan, nan, nan, 0x1.9d39069fe8813p+8, 0x1.964edad05bcd6p+1, 0x1.2791eed978313p+5,
        0x1.ff264c0fd716p+5, 0x1.54822607170adp+5, nan, nan, nan, 0x1.35eac4f7ee60ep+9, 0x1.964edad05bcd6p+2, 0x1.bb5ae6463449cp+5,
        0x1.7f5cb90be1508p+6, nan, nan, nan, nan, nan, nan, nan,
        nan, 0x1.273ef4168a959p+2, nan, nan, nan, 0x1.453f0070e985fp+4, 0x1.c81a4d2c0e6dp+0, 0x1.8503934c63fa8p+2,
        0x1.ff931a734c67ep+2, 0x1.a18a7018e77d5p+2, nan, nan, nan, 0x1.8e57ef30b23a2p+4, 0x1.42836a46ec8f5p+1, 0x1.dc715f48ea261p+2,
        0x1.394631cf2c4cap+3, -0x1.233e1c2f39bf7p+2, 0x1.06e4dedfc23b1p+4, -inf, 0x1.1634396e64198p+4, 0x1.30fbef02bd23p+5, -0x1.40fe9b1caf966p+5, -0x1.233e1c2f39bf7p+2,
        0x1.06e4dedfc23b1p+4, -inf, 0x1.1634396e64198p+2, 0x1.30fbef02bd23p+3, -0x1.abfe24263f733p+3, -0x1.233e1c2f39bf7p+2, 0x1.06e4dedfc23b1p+4, -inf,
        -0x1.c81a4d2c0e6dp+1, 0x0p+0, -0x1.6a50e0125c955p+4, -0x1.233e1c2f39bf7p+2, 0x1.06e4dedfc23b1p+4, 0x1.2b3fcbfddb6bbp+2, 0x1.c4ba893b6b131p+3, 0x1.8cea789ed29ep+4,
        -0x1.d20ba22aa2114p+2, 0x0p+0, 0x0p+0, nan, 0x1.6f1d8dc289dbp+5, 0x1.637e14d343dccp+6, 0x1.6310717b6e7cp+5, nan,
        nan, nan, 0x1.e97cbd0362795p+5, 0x1.d9fd7119afd1p+6, 0x1.0a4c551c92ddp+6, nan, nan, nan,
        0x1.6f1d8dc289dbp+7, 0x1.637e14d343dccp+8, nan, 0x0p+0, 0x0p+0, nan, 0x1.b18c1039bda4cp+2, 0x1.2dac118203628p+3,
        0x1.aa5f2c5803985p+2, nan, nan, nan, 0x1.f49df9fe82b9ap+2, 0x1.5c574aca36a14p+3, 0x1.05192b782e1abp+3, 0,
        3, 3, 1, 1, 0, 0, 3, 0,
        0, 0, 2, 0x1.06f7491dd3fd5p+4, -0x1.c81a4d2c0e6dp+1, 0x1.bafbe9c097e44p+1, -inf, 0x1.a4bedb62ecc88p+1,
        -0x1.c81a4d2c0e6dp+0, 0x1.27529bd5ba983p+0, -inf, -0x1.6a50e0125c955p+4, -0x1.c81a4d2c0e6dp+1, -0x1.d20ba22aa2114p+2, -inf, 0x1.8cea789ed29ep+4,
        0x0p+0, 0x1.b368f9d8c1764p+2, 0x1.06e4dedfc23b1p+4, 0x1.0760c8c26899ep+8, 0x1.964edad05bcd6p+1, 0x1.2791eed978313p+5, nan, 0x1.4938faf302c06p+8,
        0x1.964edad05bcd6p+2, 0x1.bb5ae6463449cp+5, nan, 0x1.4938faf302c06p+9, nan, nan, nan, 0x1.03a9af179b05ep+4,
        0x1.c81a4d2c0e6dp+0, 0x1.8503934c63fa8p+2, nan, 0x1.224fd68857c15p+4, 0x1.42836a46ec8f5p+1, 0x1.dc715f48ea261p+2, nan, 0x1.9ac964c52b534p+3,
        0x1.b46e5e729e408p+5, -inf, 0x1.48a11d6a890f6p+1, 0x1.5d25185bb1cd3p+3, -inf, -0x1.233e1c2f39bf7p+2, 0x0p+0, -inf,
        0x1.c4ba893b6b131p+3, 0x1.8cea789ed29ep+4, 0x1.2b3fcbfddb6bbp+2, 0x1.8b06cc948323cp+5, 0x1.3add90c934fddp+6, nan, 0x1.edc87fb9a3ecbp+5, 0x1.8994f4fb823d4p+6,
        nan, 0x1.edc87fb9a3ecbp+6, 0x1.8994f4fb823d4p+7, nan, 0x1.c1b9e41cf2152p+2, 0x1.1be943f389562p+3, nan, 0x1.f6cf219f14713p+2,
        0x1.3d6c2006a69c4p+3, nan, -inf, 0x1.ec5dc274fe658p+3, -inf, 0x1.6615a4b22d611p+0, -inf, -0x1.6a50e0125c955p+4,
        0x1.06e4dedfc23b1p+4, 0x1.8cea789ed29ep+4, nan, 0x1.27aecc700367p+7, nan, 0x1.4540474803be2p+7, nan, 0x1.9690591a04adap+7,
        nan, 0x1.851691bb1d82cp+3, nan, 0x1.9814404d26ad1p+3, -inf, -inf, -inf, 0x1.8cea789ed29ep+4,
        nan, nan, nan, nan, nan, nan, nan, -inf,
        inf, nan, nan, nan, nan, nan, 31, 32,
        0x1.1fb57d177e5b1p+4, -0x1.eb29e17b0a57ap+1, 0x1.03c1834b3cbcep+3, -0x1.37315b5c3c4bep-2, 0x1.d2bf64639263ap+3, 0x1.4166c8e2487fep+1, -0x1.edc9d1a737b69p+2, 0x1.ba19c6a45002fp+0,
        -0x1.928ee207e7d9ep+1, -0x1.135a8befc3142p+3, 0x1.aa5697f578754p+2, 0x1.e3b801166647p-1, -0x1.25d7a3f55b3ecp+2, -inf, inf, 0x1.7b5afc58ad8fp+4,
        0x1.0695fe625b6afp+3, -0x1.e6901df7a4f02p+1, 0x1.1fb57d177e5b1p+4, -0x1.eb29e17b0a57ap+0, 0x1.03c1834b3cbcep+3, -0x1.37315b5c3c4bep-2, 0x1.d2bf64639263ap+2, 0x1.4166c8e2487fep+0,
        -0x1.edc9d1a737b69p+1, 0x1.ba19c6a45002fp+0, -0x1.928ee207e7d9ep+0, -0x1.135a8befc3142p+2, 0x1.aa5697f578754p+1, 0x1.e3b801166647p-1, -0x1.25d7a3f55b3ecp+2, -inf,
        inf, 0x1.7b5afc58ad8fp+3, 0x1.0695fe625b6afp+3, -0x1.e6901df7a4f02p+0, 0x1.1fb57d177e5b1p+4, -0x1.eb29e17b0a57ap+1, 0x1.03c1834b3cbcep+3, -0x1.37315b5c3c4bep-2,
        -0x1.566eddc31b055p+2, -0x1.2e1b44efb72c2p+2, -0x1.8019cd45d5564p+3, 0x1.ba19c6a45002fp+0, -0x1.928ee207e7d9ep+1, -0x1.4d2ade7e039cep+2, -0x1.377fd161ad924p+2, 0x1.e3b801166647p-1,
        -0x1.25d7a3f55b3ecp+2, -inf, inf, 0x1.1bd83fb68bbb8p+3, 0x1.0695fe625b6afp+3, -0x1.b9eabe9ada6e6p+2, 0x1.1fb57d177e5b1p+4, -0x0p+0,
        0x1.03c1834b3cbcep+3, -0x1.37315b5c3c4bep-2, 0x1.3efb69a28ff32p+4, 0x1.cecea960db6c1p+2, 0x1.1269c8e472f5fp+2, 0x1.ba19c6a45002fp+0, 0x0p+0, -0x1.b31472c30516ep+1,
        0x1.70eb34ab9303cp+3, 0x1.e3b801166647p-1, -0x1.25d7a3f55b3ecp+2, -0x1.d6838fce50f91p+3, inf, 0x1.daddb8facf628p+3, 0x1.0695fe625b6afp+3, 0x1.8d455f3e0fecap+1,
        0x0p+0, 0x1.d72cd6e3fcd78p+1, 0x0p+0, 0x0p+0, 0x1.3fb6acce895ffp+7, 0x1.1db0a38692f03p+5, 0x1.096459e3fcf63p+6, 0x0p+0,
        0x1.3c8286d02e3fbp+1, 0x1.a1cdc93350a61p-1, 0x1.0cd33ca4a37c8p+6, 0x0p+0, 0x0p+0, nan, nan, 0x1.1d125623a61eep+3,
        0x0p+0, 0x1.90b0dd5101cc4p+4, nan, 0x1.d72cd6e3fcd78p+2, nan, nan, 0x1.3fb6acce895ffp+8, 0x1.1db0a38692f03p+6,
        0x1.096459e3fcf63p+7, nan, 0x1.3c8286d02e3fbp+2, 0x1.a1cdc93350a61p+0, 0x1.0cd33ca4a37c8p+7, nan, nan, nan,
        nan, 0x1.1d125623a61eep+4, nan, 0x1.90b0dd5101cc4p+5, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, 0x0p+0, 0x1.eb29e17b0a57ap+0,
        0x0p+0, 0x0p+0, 0x1.9497211356b47p+3, 0x1.7e74f728494c2p+2, 0x1.04a758dc0768ap+3, 0x0p+0, 0x1.928ee207e7d9ep+0, 0x1.ce8294720445cp-1,
        0x1.06558eae34e67p+3, 0x0p+0, 0x0p+0, nan, nan, 0x1.7e0af288874ep+1, 0x0p+0, 0x1.4046b71cf1326p+2,
        nan, 0x1.5b4e1baffe024p+1, nan, nan, 0x1.1e16ad1cca026p+4, 0x1.0e7017ea05a87p+3, 0x1.709eb821738bbp+3, nan,
        0x1.1ca6ce7a7afbep+1, 0x1.470b4462c928p+0, 0x1.72ff20dfbf4f5p+3, nan, nan, nan, nan, 0x1.0e2520984716bp+2,
        nan, 0x1.c4f061acf2fcbp+2, 0, 0, 0, 1, 0, 1,
        1, 0, 0, 0, 0, 1, 0, 1,
        0, 1, 1, 0, 0, 1, 0, 1,
        1, 0, 0, 0, 1, 1, 1, 1,
        0, 0, 1, 0, 1, 1, 0x1.1ada06534448ep+4, -0x1.0d0567ac44c75p+4,
        0x1.3e3b9592858cdp+2, 0x1.344849bbcd941p+3, -0x1.46f75792644bcp+3, 0x1.4e3eac600fdbp-2, -0x1.8019cd45d5564p+3, -inf, inf, 0x1.4ab33055d126dp+2,
        0x1.3d5e0194c3954p+5, -0x1.580ca96f13678p-1, 0x1.7922b319b0613p+2, -0x1.66b1df905bb47p+2, 0x1.3e3b9592858cdp+1, 0x1.344849bbcd941p+2, -0x1.46f75792644bcp+2, 0x1.4e3eac600fdbp-3,
        -0x1.8019cd45d5564p+3, -inf, inf, 0x1.b8eeeb1d16de7p+0, 0x1.a728021baf71bp+3, -0x1.cabb8c9419df5p-3, -0x1.25d7a3f55b3ecp+2, -0x1.d6838fce50f91p+3,
        -0x1.928ee207e7d9ep+1, -0x1.4d2ade7e039cep+2, -0x1.566eddc31b055p+2, -0x1.b9eabe9ada6e6p+2, -0x1.8019cd45d5564p+3, -inf, 0x0p+0, -0x1.b31472c30516ep+1,
        0x1.0695fe625b6afp+3, -0x1.2e1b44efb72c2p+2, 0x1.1fb57d177e5b1p+4, 0x1.ba19c6a45002fp+0, 0x1.03c1834b3cbcep+3, 0x1.daddb8facf628p+3, -0x1.377fd161ad924p+2, 0x1.cecea960db6c1p+2,
        -0x1.8019cd45d5564p+3, -0x0p+0, inf, 0x1.1bd83fb68bbb8p+3, 0x1.3efb69a28ff32p+4, 0x1.8d455f3e0fecap+1, 0x1.58d944dd4be71p+6, 0x1.74719d491f585p+5,
        0x1.fb5ce03967bdep+4, 0x1.91d078cfacf6ep+6, 0x1.de730f7a154ep-5, 0x1.8fabbe95250c1p+5, 0x0p+0, nan, nan, 0x1.b2450538ee40dp+4,
        0x1.85eea26e49f98p+4, 0x1.5c57ee2eb62d3p+3, 0x1.02a2f3a5f8ed5p+7, 0x1.175535f6d7824p+6, 0x1.fb5ce03967bdep+5, 0x1.91d078cfacf6ep+7, 0x1.de730f7a154ep-4, 0x1.8fabbe95250c1p+6,
        nan, nan, nan, 0x1.45b3c3eab2b0ap+5, 0x1.2472f9d2b77b2p+5, 0x1.0541f2a308a1ep+4, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, 0x1.291f23cdd636dp+3, 0x1.b4ae9c0790d2fp+2, 0x1.68653bcd36b36p+2, 0x1.40b9941ce8988p+3, 0x1.eef0c616d731p-3, 0x1.c45cb3fddaed4p+2,
        0x0p+0, nan, nan, 0x1.4d6d1a6aa3415p+2, 0x1.3bf27bd5b60dfp+2, 0x1.a6513762ad79ap+1, 0x1.6be5f0c1000d7p+3, 0x1.0b697ce1e0063p+3,
        0x1.fdad167c9527ep+2, 0x1.c592d2a00d051p+3, 0x1.5df9ce0447965p-2, 0x1.3fde4a75229a2p+3, nan, nan, nan, 0x1.985caca36800dp+2,
        0x1.82f46839e4dd2p+2, 0x1.029d8dba7cbd8p+2, 2, 2, 1, 1, 0, 2,
        1, 2, 1, 1, 2, 0, 0, 1,
        0, 2, 1, 0, 1, 0, 2, 2,
        0, 2, 0x1.1fb57d177e5b1p+4, -0x1.2601e74050189p+3, 0x1.eb28d7fbaa72ep+3, -0x1.d608accc85378p-1, -0x1.91f2bf713323p+1, -0x1.928ee207e7d9ep+1,
        0x1.47f1e70021c32p+3, -0x1.d6838fce50f91p+3, -0x1.b9eabe9ada6e6p+2, -0x1.37315b5c3c4bep-2, 0x1.3efb69a28ff32p+4, -0x1.2e1b44efb72c2p+2, -0x1.ecdee9f6969cp+3, 0x1.70eb34ab9303cp+3,
        0x1.e3b801166647p-1, 0x1.1bd83fb68bbb8p+3, -inf, inf, 0x1.1fb57d177e5b1p+4, -0x1.2601e74050189p+2, 0x1.eb28d7fbaa72ep+2, -0x1.d608accc85378p-2,
        -0x1.91f2bf713323p+0, -0x1.928ee207e7d9ep+1, 0x1.47f1e70021c32p+2, -0x1.d6838fce50f91p+3, -0x1.b9eabe9ada6e6p+2, -0x1.37315b5c3c4bep-2, 0x1.3efb69a28ff32p+3, -0x1.2e1b44efb72c2p+2,
        -0x1.ecdee9f6969cp+2, 0x1.70eb34ab9303cp+3, 0x1.e3b801166647p-2, 0x1.1bd83fb68bbb8p+3, -inf, inf, 0x1.1fb57d177e5b1p+4, -0x1.566eddc31b055p+2,
        0x1.cecea960db6c1p+2, -0x1.4d2ade7e039cep+2, -0x1.377fd161ad924p+2, -0x1.928ee207e7d9ep+1, -0x1.25d7a3f55b3ecp+2, -0x1.d6838fce50f91p+3, -0x1.b9eabe9ada6e6p+2, -0x1.37315b5c3c4bep-2,
        -0x0p+0, -0x1.2e1b44efb72c2p+2, -0x1.8019cd45d5564p+3, 0x1.70eb34ab9303cp+3, 0x0p+0, 0x1.1bd83fb68bbb8p+3, -inf, 0x1.8d455f3e0fecap+1,
        0x1.1fb57d177e5b1p+4, -0x1.eb29e17b0a57ap+1, 0x1.03c1834b3cbcep+3, 0x1.1269c8e472f5fp+2, 0x1.ba19c6a45002fp+0, -0x1.928ee207e7d9ep+1, 0x1.daddb8facf628p+3, -0x1.d6838fce50f91p+3,
        -0x1.b9eabe9ada6e6p+2, -0x1.37315b5c3c4bep-2, 0x1.3efb69a28ff32p+4, -0x1.2e1b44efb72c2p+2, -0x1.b31472c30516ep+1, 0x1.70eb34ab9303cp+3, 0x1.e3b801166647p-1, 0x1.1bd83fb68bbb8p+3,
        0x1.0695fe625b6afp+3, inf, 0x0p+0, 0x1.25215a3efa741p-1, 0x1.91ecfb554f88p-3, 0x1.68809205b965bp+4, 0x1.5bdc529756203p+3, 0x0p+0,
        0x1.798edab5a059cp+6, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.8d7591582dfd1p+6, 0x0p+0, 0x1.281f0f64a4bep+4, 0x0p+0,
        0x1.c8ffec2e0b121p-3, 0x0p+0, nan, nan, nan, 0x1.25215a3efa741p+0, 0x1.91ecfb554f88p-2, 0x1.68809205b965bp+5,
        0x1.5bdc529756203p+4, nan, 0x1.798edab5a059cp+7, nan, nan, nan, 0x1.8d7591582dfd1p+7, nan,
        0x1.281f0f64a4bep+5, nan, 0x1.c8ffec2e0b121p-2, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        0x0p+0, 0x1.8367b4165766p-1, 0x1.c5a2e9acf06d8p-2, 0x1.2fca53b13b496p+2, 0x1.a606430ac193p+1, 0x0p+0, 0x1.36e4c57abe80fp+3, 0x0p+0,
        0x0p+0, 0x0p+0, 0x1.3efb69a28ff32p+3, 0x0p+0, 0x1.1354b09514108p+2, 0x0p+0, 0x1.e3b801166647p-2, 0x0p+0,
        nan, nan, nan, 0x1.11efcffcb3dfp+0, 0x1.40c4f4b8aaba7p-1, 0x1.ad9fd9e0b1e6ep+2, 0x1.2a6a966d47d54p+2, nan,
        0x1.b7ab851a4a2b3p+3, nan, nan, nan, 0x1.c31bd94dfe085p+3, nan, 0x1.8560677ae77a8p+2, nan,
        0x1.560a732eb97c7p-1, nan, nan, nan, 0, 1, 1, 1,
        1, 0, 0, 0, 1, 1, 0, 1,
        0, 1, 0, 1, 0, 1, 0, 0,
        0, 0, 0, 0, 1, 0, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 0,
        0x1.6431028dbb6e9p+4, 0x1.e17f2e77019bp+0, 0x1.6f51931326138p+1, -0x1.425557efd8979p+3, -0x1.34b7b0e47f4c4p+4, 0x1.fbd0b35ac456ap+2, 0x0p+0, 0x1.dd2fa5f2626ddp+3,
        -0x1.8019cd45d5564p+3, 0x1.2261980c38227p+3, nan, 0x1.42dfcaf43590dp+4, 0x1.daec0367a4937p+2, 0x1.e17f2e77019bp-1, 0x1.e9c2196edd6f5p-1, -0x1.425557efd8979p+2,
        -0x1.34b7b0e47f4c4p+3, 0x1.fbd0b35ac456ap+1, 0x0p+0, 0x1.3e1fc3f6ec493p+2, -0x1.8019cd45d5564p+2, 0x1.832ccabaf5834p+1, nan, 0x1.ae7fb9459cc11p+2,
        -0x1.eb29e17b0a57ap+1, -0x1.566eddc31b055p+2, -0x1.928ee207e7d9ep+1, -0x1.4d2ade7e039cep+2, -0x1.d6838fce50f91p+3, -0x1.b9eabe9ada6e6p+2, -0x0p+0, -0x1.2e1b44efb72c2p+2,
        -0x1.8019cd45d5564p+3, -0x1.b31472c30516ep+1, -inf, 0x1.8d455f3e0fecap+1, 0x1.1fb57d177e5b1p+4, 0x1.cecea960db6c1p+2, 0x1.1269c8e472f5fp+2, -0x1.377fd161ad924p+2,
        -0x1.25d7a3f55b3ecp+2, 0x1.daddb8facf628p+3, -0x0p+0, 0x1.3efb69a28ff32p+4, 0x0p+0, 0x1.70eb34ab9303cp+3, inf, 0x1.1bd83fb68bbb8p+3,
        0x1.3e59c83e8a297p+6, 0x1.3c9b80563b4bfp+5, 0x1.3022bd880bd87p+3, 0x1.d582712aa4945p-6, 0x1.990842f58aa14p+4, 0x1.d8d2f6fa509b1p+6, 0x0p+0, 0x1.ccf293a32c3c3p+6,
        0x1.2026b5359e1fbp+5, 0x1.3a6c964d8238fp+5, nan, 0x1.a8b676d76a5a8p+2, 0x1.dd86ac5dcf3e3p+6, 0x1.3c9b80563b4bfp+6, 0x1.c8341c4c11c4ap+3, 0x1.d582712aa4945p-5,
        0x1.990842f58aa14p+5, 0x1.d8d2f6fa509b1p+7, nan, 0x1.59b5eeba612d2p+7, 0x1.2026b5359e1fbp+6, 0x1.d7a2e17443556p+5, nan, 0x1.3e88d9218fc3ep+3,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, 0x1.1d7a68f72a037p+3, 0x1.929ec391fb38bp+2, 0x1.8a9c4c8d39664p+1, 0x1.5ab0d1c560aap-3,
        0x1.4397bdd3a359bp+2, 0x1.5be98c241e4cep+3, 0x0p+0, 0x1.5783d916ddf19p+3, 0x1.8019cd45d5564p+2, 0x1.913ac59f3dd6fp+2, nan, 0x1.49bca98d988b6p+1,
        0x1.5da34e8e8d6cep+3, 0x1.1cb2093fb725cp+3, 0x1.e34c17d83dba1p+1, 0x1.ea4b70e01e52p-3, 0x1.c9a11600ac1ecp+2, 0x1.ec05b4821a3cep+3, nan, 0x1.a4b7e0b9d0483p+3,
        0x1.0f99ab700ed14p+3, 0x1.eb6763e28a882p+2, nan, 0x1.93d7f9aa2f113p+1, 1, 1, 2, 0,
        1, 2, 1, 2, 0, 0, 1, 2,
        0, 2, 0, 1, 0, 0, 1, 1,
        2, 1, 2, 0, 0x1.6b347ec16677p+2, -inf, inf, 0x1.d9a1e1e6b6278p+3,
        0x1.d74057605504ap+4, -0x1.61daa67e16f4p-2, 0x1.6b347ec16677p+0, -inf, inf, 0x1.7ae7e7ebc4ec6p+1, 0x1.790045e6aa6a2p+2, -0x1.1b1551fe78c33p-4,
        -0x1.8019cd45d5564p+3, -inf, -0x1.928ee207e7d9ep+1, -0x1.4d2ade7e039cep+2, -0x1.566eddc31b055p+2, -0x1.b9eabe9ada6e6p+2, 0x1.1fb57d177e5b1p+4, 0x1.ba19c6a45002fp+0,
        inf, 0x1.daddb8facf628p+3, 0x1.3efb69a28ff32p+4, 0x1.cecea960db6c1p+2, 0x1.f2d57121e9f32p+6, nan, nan, 0x1.d61e4b8bb246ep+5,
        0x1.7d384c6156692p+6, 0x1.a8d0c0b6967e3p+4, 0x1.4c8e4b6bf14ccp+7, nan, nan, 0x1.25d2ef374f6c5p+6, 0x1.dc865f79ac036p+6, 0x1.098278721e0eep+5,
        0x1.f2d57121e9f32p+8, nan, nan, 0x1.25d2ef374f6c5p+7, 0x1.dc865f79ac036p+7, 0x1.098278721e0eep+6, 0x1.655a77740ffe2p+3, nan,
        nan, 0x1.ea9cca771f269p+2, 0x1.3865cd1619b65p+3, 0x1.49c6ddda20ff9p+2, 0x1.9ca2da7bd9492p+3, nan, nan, 0x1.1242bd9417abfp+3,
        0x1.5d456d883b4f4p+3, 0x1.70b3a2614e46ap+2, 0x1.1ad8b7aa0d69ep+4, 0x1.57f4ec04cfcdbp+3, 0x1.541b3583cedcdp+3, -0x1.051fba61af77cp+4, 0x1.0c6e84cf463bp+3, -0x1.19a0e1c24e482p+1,
        0x1.31e5135b56bf5p+4, -inf, inf, 0x1.1ad8b7aa0d69ep+3, 0x1.57f4ec04cfcdbp+1, 0x1.c5799cafbe7bcp+1, -0x1.051fba61af77cp+2, 0x1.65e8b1145da4p+1,
        -0x1.77812d03130adp-1, 0x1.97dc19cf1e547p+2, -inf, inf, -0x1.37315b5c3c4bep-2, -0x1.566eddc31b055p+2, -0x1.2e1b44efb72c2p+2, -0x1.8019cd45d5564p+3,
        -0x1.377fd161ad924p+2, -0x1.928ee207e7d9ep+1, -0x1.25d7a3f55b3ecp+2, -inf, -0x1.b9eabe9ada6e6p+2, 0x1.1fb57d177e5b1p+4, 0x1.3efb69a28ff32p+4, 0x1.03c1834b3cbcep+3,
        0x1.1269c8e472f5fp+2, 0x1.70eb34ab9303cp+3, 0x1.e3b801166647p-1, 0x1.daddb8facf628p+3, 0x1.0695fe625b6afp+3, inf, 0x1.4e5dfb4f32cfbp+6, 0x1.9bed9aeb5d697p+6,
        0x1.122af4cc2e8d7p+5, 0x1.0d0d33adf89f2p+5, 0x1.6b019ffbafdbp+5, 0x1.873f3bb7bc678p+1, 0x1.082dc29cc114fp+6, nan, nan, 0x1.4e5dfb4f32cfbp+7,
        0x1.129e6747939bap+7, 0x1.9b406f3245d42p+5, 0x1.66bc44e7f6298p+5, 0x1.104137fcc3e44p+6, 0x1.256f6cc9cd4dap+2, 0x1.8c44a3eb219f7p+6, nan, nan,
        nan, 0x1.9bed9aeb5d697p+8, nan, 0x1.0d0d33adf89f2p+7, nan, nan, nan, nan,
        nan, 0x1.24924284ef4c4p+3, 0x1.44bc782a226b3p+3, 0x1.76aa41d5db167p+2, 0x1.73271e25dcdcdp+2, 0x1.af1d2cbcf1792p+2, 0x1.bf91cb6d36d1cp+0, 0x1.040ea649ead26p+3,
        nan, nan, 0x1.9dc222868639p+3, 0x1.76f91b6f27087p+3, 0x1.cade7e9b96b1p+2, 0x1.ac9201f48b2d9p+2, 0x1.08009744149c9p+3, 0x1.1214487e50d5dp+1,
        0x1.3e80f5eb2f941p+3, nan, nan, 0x1.6431028dbb6e9p+4, 0x1.0cafc5e0a150ap+4, -0x1.244568810bd16p+3, -0x1.ff3bfe3a0752p-1, nan,
        0x1.c1d3f7cae6a68p+4, 0x1.6431028dbb6e9p+2, 0x1.ade609676881p+1, -0x1.d3a240ce794fp+0, -0x1.98fccb619f74dp-3, nan, 0x1.67dcc63bebb86p+2, -0x1.eb29e17b0a57ap+1,
        -0x1.566eddc31b055p+2, -0x1.8019cd45d5564p+3, -0x1.4d2ade7e039cep+2, -inf, -0x1.b9eabe9ada6e6p+2, 0x1.1fb57d177e5b1p+4, 0x1.3efb69a28ff32p+4, 0x1.1269c8e472f5fp+2,
        0x1.70eb34ab9303cp+3, inf, 0x1.daddb8facf628p+3, 0x1.1810083940961p+6, 0x1.637bbc4c3f829p+6, 0x1.fbad7c44874fdp+4, 0x1.3983f28d118a6p+5, nan,
        0x1.a8bafec4f4856p+5, 0x1.756ab5a1ab72cp+6, 0x1.bc5aab5f4f633p+6, 0x1.3d4c6daad491ep+5, 0x1.87e4ef3055edp+5, nan, 0x1.0974df3b18d36p+6, 0x1.1810083940961p+8,
        0x1.bc5aab5f4f633p+7, 0x1.3d4c6daad491ep+6, 0x1.87e4ef3055edp+6, nan, 0x1.0974df3b18d36p+7, 0x1.0bc2da906cddep+3, 0x1.2dab12b390b19p+3, 0x1.6881dbdfb71cbp+2,
        0x1.90a63b4065b67p+2, nan, 0x1.d25404ef278dep+2, 0x1.352f16c54d73fp+3, 0x1.51467e1612b17p+3, 0x1.930f32f4c5a86p+2, 0x1.bff088698dd1p+2, nan,
        0x1.04af75a5ed3fp+3, 0x1.b4fe2b312b12fp+4, -0x1.b081137576ed3p+4, 0x1.531f8058868a6p+2, -0x1.b5806a35d985cp+2, -inf, inf, 0x1.5d98228dbc0f2p+2,
        -0x1.5a00dc5df8bdcp+2, 0x1.531f8058868a6p+0, -0x1.b5806a35d985cp+0, -inf, inf, -0x1.4d2ade7e039cep+2, -0x1.d6838fce50f91p+3, -0x1.b9eabe9ada6e6p+2,
        -0x1.8019cd45d5564p+3, -inf, -0x1.2e1b44efb72c2p+2, 0x1.1fb57d177e5b1p+4, 0x1.ba19c6a45002fp+0, 0x1.03c1834b3cbcep+3, 0x1.1bd83fb68bbb8p+3, 0x1.3efb69a28ff32p+4,
        inf, 0x1.70befee6fa648p+6, 0x1.c04009660f1ebp+4, 0x1.5177fb9b8d19dp+5, 0x1.bd6fdebdd9a76p+5, nan, nan, 0x1.cceebea0b8fdap+6,
        0x1.182805dfc9733p+5, 0x1.c1f54f7a1177cp+5, 0x1.28f53f293bc4fp+6, nan, nan, 0x1.cceebea0b8fdap+7, 0x1.182805dfc9733p+6, 0x1.5177fb9b8d19dp+7,
        0x1.bd6fdebdd9a76p+7, nan, nan, 0x1.333e8399d6668p+3, 0x1.52c02ddf22ea1p+2, 0x1.9fac43a38394ap+2, 0x1.dd8f68f624d6ep+2, nan,
        nan, 0x1.57826b8b50b9dp+3, 0x1.7abc1b9b6ef18p+2, 0x1.dffa4c7cb3b6dp+2, 0x1.13b831a1e8733p+3, nan, nan, 0x1.758e102e8393p+2,
        -0x1.07a30e72c71cp-2, nan, 0x1.615434f9c16c8p+5, 0x1.758e102e8393p-1, -0x1.5f841343b4255p-5, nan, 0x1.3a11f63356995p+2, -0x1.d6838fce50f91p+3,
        -0x1.b9eabe9ada6e6p+2, -inf, -0x1.2e1b44efb72c2p+2, 0x1.1fb57d177e5b1p+4, 0x1.daddb8facf628p+3, inf, 0x1.3efb69a28ff32p+4, 0x1.4e1e1afa0dcdp+6,
        0x1.0a64aa4dd7f4dp+6, nan, 0x1.c016e08d3e8a2p+5, 0x1.7dd94366eb337p+6, 0x1.3fabff909cbf6p+6, nan, 0x1.f819bc9ee65b6p+5, 0x1.0b4b48c80b0a6p+7,
        0x1.0a64aa4dd7f4dp+7, nan, 0x1.50112869eee79p+6, 0x1.24764f093f81ap+3, 0x1.052518f9ed023p+3, nan, 0x1.defadb63f3a3fp+2, 0x1.38a7ba0e36be2p+3,
        0x1.1e11e62ea64dap+3, nan, 0x1.fc08f01bb1d59p+2, 0x1.8248f5752b884p+4, -0x1.cd01e6561e256p+2, -0x1.6b87081b9c6d3p+3, 0x1.dd2fa5f2626ddp+3, -0x1.76e0d4e674cf4p+1,
        nan, 0x1.35072ac422d36p+2, -0x1.70ce51de7e845p+0, -0x1.6b87081b9c6d3p+1, 0x1.dd2fa5f2626ddp+1, -0x1.2be710b85d72ap-1, nan, -0x1.566eddc31b055p+2,
        -0x1.4d2ade7e039cep+2, -0x1.d6838fce50f91p+3, -0x1.2e1b44efb72c2p+2, -0x1.8019cd45d5564p+3, -inf, 0x1.1fb57d177e5b1p+4, 0x1.1269c8e472f5fp+2, 0x1.daddb8facf628p+3,
        0x1.3efb69a28ff32p+4, 0x1.70eb34ab9303cp+3, inf, 0x1.26a544a6c917ep+6, 0x1.caaf64fd98f88p+3, 0x1.d8e6e596e1449p+6, 0x1.6c3dd1ebdf1f1p+6, 0x1.cc591591ef2d3p+5,
        nan, 0x1.704e95d07b5dep+6, 0x1.1ead9f1e7f9b5p+4, 0x1.3b44990f40d86p+7, 0x1.e5a7c28fd4297p+6, 0x1.1fb7ad7b357c4p+6, nan, 0x1.704e95d07b5dep+7,
        0x1.1ead9f1e7f9b5p+5, 0x1.d8e6e596e1449p+8, 0x1.6c3dd1ebdf1f1p+8, 0x1.1fb7ad7b357c4p+7, nan, 0x1.12a4d632498cep+3, 0x1.e49c24b14f7e6p+1, 0x1.5bf0e15c0e1ebp+3,
        0x1.315c9df86cbb5p+3, 0x1.e57cd091fc91cp+2, nan, 0x1.330fab4d1de57p+3, 0x1.0ee7ba7b7606p+2, 0x1.91c480bac6d96p+3, 0x1.6099f68871543p+3, 0x1.0f6552d5d75bp+3,
        nan, 0x1.479e10a3b4b18p+4, -inf, inf, 0x1.23372b3c2ed6bp+1, -inf, inf, -0x1.8019cd45d5564p+3,
        -inf, -0x1.b9eabe9ada6e6p+2, 0x1.1fb57d177e5b1p+4, 0x1.3efb69a28ff32p+4, inf, 0x1.62a3958a3fa84p+6, nan, nan,
        0x1.8ef8083b879d4p+6, nan, nan, 0x1.09fab027afbe3p+7, nan, nan, 0x1.2d4f4dcf27306p+3, nan,
        nan, 0x1.3f965840328acp+3, nan, nan, nan, 0x1.5f44eedcdbde4p+5, nan, 0x1.76afedb861fe2p+1,
        -inf, -0x1.b9eabe9ada6e6p+2, inf, 0x1.3efb69a28ff32p+4, nan, 0x1.08824951ebb6cp+6, nan, 0x1.1b67056a0ed61p+6,
        nan, 0x1.4aa2dba666a47p+6, nan, 0x1.04383d8563ba4p+3, nan, 0x1.0d5a5c157fceep+3, 0x1.387064372e5f9p+5, -0x1.44392864ac468p+3,
        nan, 0x1.15b93ca2d3e33p+2, -0x1.0360ed1d569edp+0, nan, -0x1.566eddc31b055p+2, -0x1.8019cd45d5564p+3, -inf, 0x1.3efb69a28ff32p+4,
        0x1.70eb34ab9303cp+3, inf, 0x1.46c5f9a355057p+6, 0x1.20f8aa1d0636ap+5, nan, 0x1.6f9eb8d7bfa62p+6, 0x1.41144b3cb192p+5, nan,
        0x1.ea28f674ff883p+6, 0x1.9cd0f304e44ep+5, nan, 0x1.213adf44d4338p+3, 0x1.80a5a304d5765p+2, nan, 0x1.32c65353231b2p+3, 0x1.95741c627f486p+2,
        nan, 0x1.6513df4757216p+2, nan, 0x1.9816b6086393ep-2, nan, -0x1.d6838fce50f91p+3, -inf, 0x1.1fb57d177e5b1p+4,
        inf, 0x1.31ad6de5df386p+6, nan, 0x1.4930ec81668b7p+6, nan, 0x1.850b460d4aa4dp+6, nan, 0x1.17bcf703bbd24p+3,
        nan, 0x1.224c492b33313p+3, nan, nan, nan, -inf, inf, nan,
        nan, nan, nan, nan, nan, nan, -inf, inf,
        nan, nan, nan, nan, nan, 7, 4, inf,
        -0x1.9fec2f3118579p+3, 0x1.8b24db01b54c8p+1, -inf, inf, -0x1.15481f76103a6p+2, 0x1.076de75678ddbp+0, -inf, 0x1.2098c5e533b96p+2,
        -0x1.d9d3bd14430cp+2, -0x1.430859edd8d24p+2, -inf, inf, 0x0p+0, 0x1.044d63b759bc4p+3, 0x1.9f8726f3babdep+3, nan,
        0x1.3dcbbbe7ea39dp+3, 0x1.d7d538f5e9eedp+4, nan, nan, 0x1.dcb199dbdf56cp+3, 0x1.61dfeab86f732p+5, nan, nan,
        nan, nan, nan, nan, 0x1.9360064967f03p+1, 0x1.5b8c24f9e52bep+2, nan, nan,
        0x1.ee0815a03ac68p+1, 0x1.a9a82d7703ccep+2, nan, 2, 2, 2, 1, 1,
        0, 0, 2, 0x1.47c683fc900bdp+4, 0x0p+0, 0x1.044d63b759bc4p+3, -0x1.e6c5a820dc6eep+3, inf,
        -0x1.6604a14deda32p+2, 0x0p+0, -inf, 0x1.2098c5e533b96p+2, -0x1.d9d3bd14430cp+2, -0x1.430859edd8d24p+2, 0x1.9f8726f3babdep+3, 0x1.47c683fc900bdp+4,
        0x0p+0, 0x1.044d63b759bc4p+3, -0x1.e6c5a820dc6eep+3, inf, -0x1.6604a14deda32p+2, 0x0p+0, -inf, 0x1.2098c5e533b96p+2,
        -0x1.d9d3bd14430cp+2, -0x1.430859edd8d24p+2, 0x1.9f8726f3babdep+3, 0x1.47c683fc900bdp+4, 0x0p+0, 0x1.044d63b759bc4p+3, -0x1.e6c5a820dc6eep+3, inf,
        -0x1.6604a14deda32p+2, -0x0p+0, -inf, 0x1.2098c5e533b96p+2, -0x1.d9d3bd14430cp+2, -0x1.430859edd8d24p+2, 0x1.9f8726f3babdep+3, 0x1.47c683fc900bdp+4,
        0x0p+0, 0x1.044d63b759bc4p+3, -0x1.e6c5a820dc6eep+3, inf, -0x1.6604a14deda32p+2, -0x0p+0, -inf, 0x1.2098c5e533b96p+2,
        -0x1.d9d3bd14430cp+2, -0x1.430859edd8d24p+2, 0x1.9f8726f3babdep+3, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, nan,
        0x0p+0, 0x0p+0, nan, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, nan, 0x0p+0, 0x0p+0, nan, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x1.c9ed35d83ce9fp+4,
        -0x1.e6c5a820dc6eep+3, inf, -inf, -0x1.137ca04528c7p-1, 0x1.653a90d3326fcp+2, 0x1.c9ed35d83ce9fp+3, -0x1.e6c5a820dc6eep+2, inf,
        -inf, -0x1.137ca04528c7p-2, 0x1.653a90d3326fcp+1, 0x1.044d63b759bc4p+3, -0x1.e6c5a820dc6eep+3, -0x0p+0, -inf, -0x1.430859edd8d24p+2,
        -0x1.d9d3bd14430cp+2, 0x1.47c683fc900bdp+4, 0x0p+0, inf, -0x1.6604a14deda32p+2, 0x1.2098c5e533b96p+2, 0x1.9f8726f3babdep+3, 0x1.311eba5a9df1p+5,
        0x1.cec9897c7af9bp+5, nan, nan, 0x1.6d52a0d49e534p+4, 0x1.9fb3f977bccd1p+6, 0x1.311eba5a9df1p+6, 0x1.cec9897c7af9bp+6, nan,
        nan, 0x1.6d52a0d49e534p+5, 0x1.9fb3f977bccd1p+7, nan, nan, nan, nan, nan,
        nan, 0x1.8b3fa441c65b6p+2, 0x1.e6c5a820dc6eep+2, nan, nan, 0x1.31d08fe98645dp+2, 0x1.463882beee21fp+3, 0x1.177ba39ebaa62p+3,
        0x1.583329664f72ap+3, nan, nan, 0x1.b07cbf12d674ap+2, 0x1.cd588679d23ebp+3, 1, 1, 1,
        1, 1, 0, 0, 0, 0, 0, 0,
        1, 0x1.47c683fc900bdp+4, -0x1.c4f088d305654p+2, inf, -inf, -0x1.7275ee5e1ea54p+1, 0x1.fc05f3f99ca98p+2, 0x1.47c683fc900bdp+3,
        -0x1.c4f088d305654p+1, inf, -inf, -0x1.7275ee5e1ea54p+0, 0x1.fc05f3f99ca98p+1, 0x0p+0, -0x1.e6c5a820dc6eep+3, -0x1.6604a14deda32p+2,
        -inf, -0x1.d9d3bd14430cp+2, -0x1.430859edd8d24p+2, 0x1.47c683fc900bdp+4, 0x1.044d63b759bc4p+3, inf, -0x0p+0, 0x1.2098c5e533b96p+2,
        0x1.9f8726f3babdep+3, 0x1.a3acbf1fa6b97p+6, 0x1.1085051151d88p+7, nan, nan, 0x1.1bd545367b91bp+5, 0x1.452d043205ca9p+6, 0x1.a3acbf1fa6b97p+7,
        0x1.1085051151d88p+8, nan, nan, 0x1.1bd545367b91bp+6, 0x1.452d043205ca9p+7, nan, nan, nan,
        nan, nan, nan, 0x1.47c683fc900bdp+3, 0x1.758985ec1b159p+3, nan, nan, 0x1.7d36417cbb62bp+2,
        0x1.2085a9f553938p+3, 0x1.cf8b639f3b18fp+3, 0x1.082174b367f2cp+4, nan, nan, 0x1.0d8ebb4e1c7d1p+3, 0x1.98082ab520fbfp+3, 1,
        1, 1, 1, 1, 0, 0, 0, 0,
        0, 0, 1, inf, -0x1.9fec2f3118579p+3, 0x1.8b24db01b54c8p+1, -inf, inf,
        -0x1.15481f76103a6p+2, 0x1.076de75678ddbp+0, -inf, 0x1.2098c5e533b96p+2, -0x1.d9d3bd14430cp+2, -0x1.430859edd8d24p+2, -inf, inf,
        0x0p+0, 0x1.044d63b759bc4p+3, 0x1.9f8726f3babdep+3, nan, 0x1.3dcbbbe7ea39dp+3, 0x1.d7d538f5e9eedp+4, nan, nan,
        0x1.dcb199dbdf56cp+3, 0x1.61dfeab86f732p+5, nan, nan, nan, nan, nan, nan,
        0x1.9360064967f03p+1, 0x1.5b8c24f9e52bep+2, nan, nan, 0x1.ee0815a03ac68p+1, 0x1.a9a82d7703ccep+2, nan, inf,
        -inf, inf, -inf, -0x1.430859edd8d24p+2, -inf, inf, 0x1.9f8726f3babdep+3, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, inf, -inf, inf, -inf, -0x1.d9d3bd14430cp+2, -inf, inf,
        0x1.9f8726f3babdep+3, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, 0x1.c9ed35d83ce9fp+4, -0x1.e6c5a820dc6eep+3, inf, -inf, -0x1.137ca04528c7p-1,
        0x1.653a90d3326fcp+2, 0x1.c9ed35d83ce9fp+3, -0x1.e6c5a820dc6eep+2, inf, -inf, -0x1.137ca04528c7p-2, 0x1.653a90d3326fcp+1, 0x1.044d63b759bc4p+3,
        -0x1.e6c5a820dc6eep+3, -0x0p+0, -inf, -0x1.430859edd8d24p+2, -0x1.d9d3bd14430cp+2, 0x1.47c683fc900bdp+4, 0x0p+0, inf,
        -0x1.6604a14deda32p+2, 0x1.2098c5e533b96p+2, 0x1.9f8726f3babdep+3, 0x1.311eba5a9df1p+5, 0x1.cec9897c7af9bp+5, nan, nan, 0x1.6d52a0d49e534p+4,
        0x1.9fb3f977bccd1p+6, 0x1.311eba5a9df1p+6, 0x1.cec9897c7af9bp+6, nan, nan, 0x1.6d52a0d49e534p+5, 0x1.9fb3f977bccd1p+7, nan,
        nan, nan, nan, nan, nan, 0x1.8b3fa441c65b6p+2, 0x1.e6c5a820dc6eep+2, nan,
        nan, 0x1.31d08fe98645dp+2, 0x1.463882beee21fp+3, 0x1.177ba39ebaa62p+3, 0x1.583329664f72ap+3, nan, nan, 0x1.b07cbf12d674ap+2,
        0x1.cd588679d23ebp+3, 0x1.47c683fc900bdp+4, -0x1.c4f088d305654p+2, inf, -inf, -0x1.7275ee5e1ea54p+1, 0x1.fc05f3f99ca98p+2, 0x1.47c683fc900bdp+3,
        -0x1.c4f088d305654p+1, inf, -inf, -0x1.7275ee5e1ea54p+0, 0x1.fc05f3f99ca98p+1, 0x0p+0, -0x1.e6c5a820dc6eep+3, -0x1.6604a14deda32p+2,
        -inf, -0x1.d9d3bd14430cp+2, -0x1.430859edd8d24p+2, 0x1.47c683fc900bdp+4, 0x1.044d63b759bc4p+3, inf, -0x0p+0, 0x1.2098c5e533b96p+2,
        0x1.9f8726f3babdep+3, 0x1.a3acbf1fa6b97p+6, 0x1.1085051151d88p+7, nan, nan, 0x1.1bd545367b91bp+5, 0x1.452d043205ca9p+6, 0x1.a3acbf1fa6b97p+7,
        0x1.1085051151d88p+8, nan, nan, 0x1.1bd545367b91bp+6, 0x1.452d043205ca9p+7, nan, nan, nan,
        nan, nan, nan, 0x1.47c683fc900bdp+3, 0x1.758985ec1b159p+3, nan, nan, 0x1.7d36417cbb62bp+2,
        0x1.2085a9f553938p+3, 0x1.cf8b639f3b18fp+3, 0x1.082174b367f2cp+4, nan, nan, 0x1.0d8ebb4e1c7d1p+3, 0x1.98082ab520fbfp+3, 0x1.ad14c38f9d65p+3,
        nan, 0x1.42cafcca8d56ep+2, 0x1.ad14c38f9d65p+1, nan, 0x1.42cafcca8d56ep+0, -0x1.e6c5a820dc6eep+3, -inf, -0x1.d9d3bd14430cp+2,
        0x1.47c683fc900bdp+4, inf, 0x1.9f8726f3babdep+3, 0x1.5024f664307d9p+7, nan, 0x1.06e1358d2447ap+6, 0x1.c031488595fccp+7, nan,
        0x1.5e819cbc305f8p+6, 0x1.5024f664307d9p+9, nan, 0x1.06e1358d2447ap+8, 0x1.9edb44525e8d7p+3, nan, 0x1.036ac436653c8p+3, 0x1.df08f82d9edf3p+3,
        nan, 0x1.2b8c8c3b4ba53p+3, inf, -inf, inf, -inf, -0x1.430859edd8d24p+2, -inf,
        inf, 0x1.9f8726f3babdep+3, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, inf, -inf, inf, -inf,
        -0x1.d9d3bd14430cp+2, -inf, inf, 0x1.9f8726f3babdep+3, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        -inf, inf, nan, nan, nan, nan, nan, 0x1.ad14c38f9d65p+3,
        nan, 0x1.42cafcca8d56ep+2, 0x1.ad14c38f9d65p+1, nan, 0x1.42cafcca8d56ep+0, -0x1.e6c5a820dc6eep+3, -inf, -0x1.d9d3bd14430cp+2,
        0x1.47c683fc900bdp+4, inf, 0x1.9f8726f3babdep+3, 0x1.5024f664307d9p+7, nan, 0x1.06e1358d2447ap+6, 0x1.c031488595fccp+7, nan,
        0x1.5e819cbc305f8p+6, 0x1.5024f664307d9p+9, nan, 0x1.06e1358d2447ap+8, 0x1.9edb44525e8d7p+3, nan, 0x1.036ac436653c8p+3, 0x1.df08f82d9edf3p+3,
        nan, 0x1.2b8c8c3b4ba53p+3, nan, nan, -inf, inf, nan, nan,
        nan, nan, nan, 0x1.cp+2, 0x1.cp-2, -0x0p+0, 0x1p+0, 0x1.f8p-3,
        0x1.0cccccccccccdp-2, 0x1.3627627627627p-2, 0x1.fbfbf7ebc755fp-2, 0x1.06526aa25a13bp-1, 1, 0, 0x1p+0, 0x1p+1,
        0x0p+0, 0x1p+0, 0x1.8p+1, 0x1.5555555555555p-2, 0x1.5555555555555p-1, 0x0p+0, 0x1.5555555555555p-2, 0x1.8p-1,
        -0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, -0x0p+0, 0x1p+0, 0x1p+0, 0x0p+0,
        0x1p+0, 0x1p+0, 0x1.c71c71c71c71dp-3, 0x1.c71c71c71c71dp-3, 0x0p+0, 0x1.c71c71c71c71dp-3, 0x1.8p-3, 0x1.5555555555556p-2,
        0x1.5555555555556p-2, 0x0p+0, 0x1.5555555555556p-2, 0x1p-2, nan, nan, nan, nan,
        0x1.8p-1, 0x1.e2b7dddfefa66p-2, 0x1.e2b7dddfefa66p-2, 0x0p+0, 0x1.e2b7dddfefa66p-2, 0x1.bb67ae8584caap-2, 0x1.279a74590331dp-1, 0x1.279a74590331dp-1,
        0x0p+0, 0x1.279a74590331dp-1, 0x1p-1, 1, 0, 0, 0, 0,
        0, 1, 0, 1, 1, 0x1p+0, 0x1.8p+1, 0x1p+1,
        0x1p+0, 0x1.999999999999ap-3, 0x1.3333333333333p-1, 0x1p-1, 0x1p-1, 0x0p+0, -0x0p+0, -0x0p+0,
        0x0p+0, 0x1p+0, 0x1p+0, 0x1p+0, 0x1p+0, 0x1.47ae147ae147dp-3, 0x1.eb851eb851ebap-3, 0x1p-2,
        0x1p-2, 0x1.999999999999cp-3, 0x1.3333333333334p-2, 0x1.5555555555555p-2, 0x1p-1, 0x1.999999999999cp-2, 0x1.3333333333334p-1, 0x1p+0,
        nan, 0x1.999999999999bp-2, 0x1.f5a7cecdb684bp-2, 0x1p-1, 0x1p-1, 0x1.c9f25c5bfeddbp-2, 0x1.186f174f88473p-1, 0x1.279a74590331cp-1,
        0x1.6a09e667f3bcdp-1, 1, 0, 0, 2, 0, 1, 1,
        4, 0x1.cp+2, 0x1.cp-2, -0x0p+0, 0x1p+0, 0x1.f8p-3, 0x1.0cccccccccccdp-2, 0x1.3627627627627p-2,
        0x1.fbfbf7ebc755fp-2, 0x1.06526aa25a13bp-1, 0x1p+0, 0x1.af286bca1af28p-5, -0x0p+0, 0x1p+0, 0x1.987722bf77d85p-5, 0x1.af286bca1af29p-5,
        0x1.e50d79435e50ep-5, 0x1.c94fdfabba9dap-3, 0x1.d5d7ea914b937p-3, 0, 17, 0x0p+0, 0x0p+0, 0x0p+0,
        0x0p+0, 0x0p+0, 0x1p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0,
        0x0p+0, 0x0p+0, nan, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p-1, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, -0x0p+0, nan, -0x0p+0,
        -0x0p+0, 0x0p+0, 0x0p+0, -0x0p+0, 0x0p+0, 0x0p+0, -0x0p+0, 0x0p+0,
        0x0p+0, -0x0p+0, nan, -0x0p+0, -0x0p+0, 0x0p+0, 0x1p+0, -0x0p+0,
        0x0p+0, 0x0p+0, -0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, nan, 0x0p+0,
        0x0p+0, 0x0p+0, 0x1p-2, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0,
        0x0p+0, 0x0p+0, nan, nan, nan, 0x0p+0, 0x1p-1, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, nan, 0x0p+0, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, 0x0p+0, nan, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p-1, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, nan, nan,
        nan, 0x0p+0, 0x1.6a09e667f3bcdp-1, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, nan,
        0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p+0, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p-1, 0x0p+0,
        0x0p+0, -0x0p+0, 0x0p+0, 0x0p+0, -0x0p+0, 0x0p+0, -0x0p+0, 0x0p+0,
        0x0p+0, -0x0p+0, 0x0p+0, 0x0p+0, -0x0p+0, 0x0p+0, 0x1p+0, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p-2, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p-1, 0x0p+0,
        0x0p+0, nan, nan, nan, nan, nan, nan, nan,
        nan, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p-1, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.6a09e667f3bcdp-1, 0x0p+0,
        0x0p+0, 0, 1, 0, 1, 0, 2, 1,
        0, 0, 1, 0, 1, 0, 1, 1,
        0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p+0, 0x0p+0, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x1p-2, 0x0p+0, -0x0p+0, 0x0p+0, -0x0p+0,
        -0x0p+0, 0x0p+0, 0x0p+0, -0x0p+0, 0x0p+0, -0x0p+0, -0x0p+0, 0x1p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.8p-3, 0x0p+0, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x1p-2, 0x0p+0, nan, 0x0p+0, nan,
        nan, 0x1.8p-1, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.bb67ae8584caap-2,
        0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p-1, 0x0p+0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 0, 0x0p+0, 0x1p+0, 0x0p+0, 0x0p+0, 0x0p+0,
        0x1p-2, 0x0p+0, 0x0p+0, 0x0p+0, -0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0,
        0x1p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.8p-3, 0x0p+0, 0x0p+0, 0x0p+0,
        0x1p-2, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.8p-1, 0x0p+0, 0x0p+0, 0x0p+0,
        0x1.bb67ae8584caap-2, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p-1, 0x0p+0, 0x0p+0, 0x0p+0,
        0x1p+0, 0x0p+0, 0x0p+0, 0x1p-3, 0x0p+0, -0x0p+0, 0x0p+0, -0x0p+0,
        -0x0p+0, 0x1p+0, -0x0p+0, 0x0p+0, 0x1.cp-4, 0x0p+0, 0x0p+0, 0x1p-3,
        0x0p+0, 0x0p+0, 0x1.6666666666666p-3, 0x0p+0, 0x0p+0, 0x1.52a7fa9d2f8eap-2, 0x0p+0, 0x0p+0,
        0x1.6a09e667f3bcdp-2, 0x0p+0, 0x0p+0, 0x1p+0, 0x0p+0, 0x1.999999999999ap-4, -0x0p+0, -0x0p+0,
        -0x0p+0, 0x1p+0, 0x0p+0, 0x1.70a3d70a3d70bp-4, 0x0p+0, 0x1.999999999999bp-4, 0x0p+0, 0x1.0750750750751p-3,
        0x0p+0, 0x1.3333333333334p-2, 0x0p+0, 0x1.43d136248490fp-2, 0x1p+0, 0x1.af286bca1af28p-5, -0x0p+0, 0x1p+0,
        0x1.987722bf77d85p-5, 0x1.af286bca1af29p-5, 0x1.e50d79435e50ep-5, 0x1.c94fdfabba9dap-3, 0x1.d5d7ea914b937p-3, 0x0p+0, nan, nan,
        nan, nan, nan, nan, 0x0p+0, nan, nan, nan,
        nan, nan, nan, 0x0p+0, nan, nan, nan, nan,
        nan, nan, 0x0p+0, 0x0p+0, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        0x0p+0, nan, nan, nan, nan, nan, nan, 0x0p+0,
        nan, nan, nan, nan, nan, nan, 0x0p+0, 0x0p+0,
        0x0p+0, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, 0x0p+0, nan, nan, nan, nan,
        nan, nan, 0x1.a629249249252p+11, 0x1.76aa1bfdde522p-3, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa73ef5b35419p+12, 0x1.aa79d95551b3bp+12,
        0x1.aa85adc787462p+12, 0x1.4a69697bee354p+6, 0x1.4a6bb3fbe06e2p+6, 0, 280, 0x1.a629249249252p+11, 0x1.76aa1bfdde522p-3, -0x1.1db6db6db6db7p+7,
        0x1.1e49249249249p+7, 0x1.aa73ef5b35419p+12, 0x1.aa79d95551b3bp+12, 0x1.aa85adc787462p+12, 0x1.4a69697bee354p+6, 0x1.4a6bb3fbe06e2p+6, 0, 280,
        0x1.2c5b6db6db6e3p+13, 0x1.30a3699dd43ecp-3, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa78ceed3682cp+12, 0x1.aa7a7f7be758dp+12, 0x1.aa7de0a3917abp+12, 0x1.4a6b4cc81f1aep+6,
        0x1.4a6bf4591bc8cp+6, 0, 280, 0x1.2c5b6db6db6e3p+13, 0x1.30a3699dd43ecp-3, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa78ceed3682cp+12,
        0x1.aa7a7f7be758dp+12, 0x1.aa7de0a3917abp+12, 0x1.4a6b4cc81f1aep+6, 0x1.4a6bf4591bc8cp+6, 0, 280, 0x1.fe0000000000fp+11, 0x1.4f4426fdbadfdp-3,
        -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa717f47965dp+12, 0x1.aa75e0ac8ddfdp+12, 0x1.aa7ea3bb9b873p+12, 0x1.4a6877b7e4726p+6, 0x1.4a6a2a2451037p+6, 0,
        280, 0x1.f0b6db6db6dc6p+9, 0x1.0fa4924924927p+11, 0x1.c8b6db6db6dccp+9, 0x1.e9c76892a34c7p-4, 0x1.0be1de914a6efp-2, 0x1.c25662496cb2cp-4, -0x1.1db6db6db6db7p+7,
        -0x1.1db6db6db6db7p+7, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.aa5c0b21a8153p+12, 0x1.aa661706bb2eep+12, 0x1.aa9220435870fp+12,
        0x1.aa692ec9dca59p+12, 0x1.aa733b65e07p+12, 0x1.aa9f459638b5cp+12, 0x1.aa8378886081bp+12, 0x1.aa8d86927ab22p+12, 0x1.aab992aa62e46p+12, 0x1.4a6027f5025cap+6, 0x1.4a640c6227867p+6,
        0x1.4a751b6b8c1ap+6, 0x1.4a653f2030bfbp+6, 0x1.4a6923c4dabf4p+6, 0x1.4a7a32e95eb3cp+6, 0, 3018, 27, 280,
        1295, 307, 0x1.fe0000000000fp+11, 0x1.4f4426fdbadfdp-3, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa717f47965dp+12, 0x1.aa75e0ac8ddfdp+12,
        0x1.aa7ea3bb9b873p+12, 0x1.4a6877b7e4726p+6, 0x1.4a6a2a2451037p+6, 0x1.fe0000000000fp+11, 0x1.4f4426fdbadfdp-3, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa717f47965dp+12,
        0x1.aa75e0ac8ddfdp+12, 0x1.aa7ea3bb9b873p+12, 0x1.4a6877b7e4726p+6, 0x1.4a6a2a2451037p+6, 0, 280, 0x1.7f89249249234p+10, 0x1.b9c924924923ep+10,
        0x1.855b6db6db6ddp+9, 0x1.7a2e3cf54fe1bp-3, 0x1.b39e07b65432bp-3, 0x1.7ff78c1767528p-4, -0x1.1db6db6db6db7p+7, -0x1.1db6db6db6db7p+7, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7,
        0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.aa85b33b4a842p+12, 0x1.aa6cacbf5fab1p+12, 0x1.aa61fdb3ea8cep+12, 0x1.aa92d82c22d51p+12, 0x1.aa79d0eac9a14p+12, 0x1.aa6f21f2b86ecp+12,
        0x1.aaad247c2afa8p+12, 0x1.aa941bafd08d7p+12, 0x1.aa896cde9df6fp+12, 0x1.4a704b3d0a785p+6, 0x1.4a669974a584ep+6, 0x1.4a6275d9c8bfcp+6, 0x1.4a7562a7e0b8ep+6, 0x1.4a6bb0b93e5d1p+6,
        0x1.4a678d3638351p+6, 0, 1335, 667, 761, 93, 1428, 0x1.fe0000000000fp+11,
        0x1.4f4426fdbadfdp-3, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa717f47965dp+12, 0x1.aa75e0ac8ddfdp+12, 0x1.aa7ea3bb9b873p+12, 0x1.4a6877b7e4726p+6, 0x1.4a6a2a2451037p+6,
        0x1.2c5b6db6db6e3p+13, 0x1.30a3699dd43ecp-3, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa78ceed3682cp+12, 0x1.aa7a7f7be758dp+12, 0x1.aa7de0a3917abp+12, 0x1.4a6b4cc81f1aep+6,
        0x1.4a6bf4591bc8cp+6, 0, 280, 0x1.cca492492492cp+10, 0x1.7fadb6db6db72p+10, 0x1.4da492492493bp+9, 0x1.73b6db6db6dbdp+10, 0x1.6a00000000008p+10,
        0x1.18c0000000009p+10, 0x1.7940000000004p+10, 0x1.98cb8291b92p-3, 0x1.5487c313a100ap-3, 0x1.2816ea42f663cp-4, 0x1.49e033da2417ep-3, 0x1.414141414141bp-3, 0x1.f24cd1c50a592p-4,
        0x1.4ed31fac92392p-3, -0x1.1db6db6db6db7p+7, -0x1.1db6db6db6db7p+7, -0x1.1db6db6db6db7p+7, -0x1.1db6db6db6db7p+7, -0x1.1db6db6db6db7p+7, -0x1.1db6db6db6db7p+7, -0x1.1db6db6db6db7p+7,
        0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.aab14107f8cd4p+12,
        0x1.aa3699b48514fp+12, 0x1.aa5a889134df5p+12, 0x1.aac0ec6e4bc2ep+12, 0x1.aa3cd6abd5c63p+12, 0x1.aa4a1d5a0d609p+12, 0x1.aac33c5ea031ep+12, 0x1.aabd16af94497p+12, 0x1.aa426c4930da9p+12,
        0x1.aa665bd111d91p+12, 0x1.aaccc285297dp+12, 0x1.aa48a918dad15p+12, 0x1.aa55f02556283p+12, 0x1.aacf12d9f649p+12, 0x1.aad4c3f7146e1p+12, 0x1.aa5a136a5c8ffp+12, 0x1.aa7e0448ae7b3p+12,
        0x1.aae470ab40a24p+12, 0x1.aa604feaa47dcp+12, 0x1.aa6d97b3b6fe8p+12, 0x1.aae6c1c91ce04p+12, 0x1.4a8129d669749p+6, 0x1.4a51a5e1cb85fp+6, 0x1.4a5f922fdb7d9p+6, 0x1.4a873b57ea003p+6,
        0x1.4a5410b4500a5p+6, 0x1.4a5935a13f9f1p+6, 0x1.4a88209364a21p+6, 0x1.4a85bf268e8b3p+6, 0x1.4a563aa9c8aa1p+6, 0x1.4a642708bf3fap+6, 0x1.4a8bd0bd9a235p+6, 0x1.4a58a5645b23cp+6,
        0x1.4a5dca638de4dp+6, 0x1.4a8cb61cced3bp+6, 0, 2018, 30, 45, 60, 75,
        90, 280, 295, 310, 325, 340, 355, 370,
        0x1.2c5b6db6db6e3p+13, 0x1.30a3699dd43ecp-3, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa78ceed3682cp+12, 0x1.aa7a7f7be758dp+12, 0x1.aa7de0a3917abp+12, 0x1.4a6b4cc81f1aep+6,
        0x1.4a6bf4591bc8cp+6, 0x1.b0b6db6db6dbcp+10, 0x1.6dbe95c1d85dap-3, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa8e09084821ap+12, 0x1.aa994da2e5a1fp+12, 0x1.aaafd8a16cb1fp+12,
        0x1.4a7385c7afa33p+6, 0x1.4a77e319976b6p+6, 0, 280, 0x1.70c924924924ap+9, -0x1.5b6db6db6db68p+8, 0x1.1d49249249246p+9, -0x1.749249249249p+8,
        0x1.92edb6db6db7p+9, -0x1.a9b6db6db6dbap+9, 0x1.ce80000000002p+9, -0x1.6e24924924921p+9, 0x1.7b00000000001p+9, -0x1.329249249249p+9, 0x1.ae12492492492p+9, -0x1.db12492492492p+9,
        0x1.9d24924924928p+9, -0x1.9f7fffffffffep+9, 0x1.d8b6db6db6db6p+9, 0x1.2449d27bde087p+0, -0x1.135c81135c80dp-1, 0x1.c437b4d1b0f7ep-1, -0x1.26d5190a5810ap-1, 0x1.3f59557bfb04cp+0,
        -0x1.516881874d8f3p+0, 0x1.6e903f67d39ddp+0, -0x1.2231979b74f5cp+0, 0x1.2c624754ce118p+0, -0x1.e5f55b5f38b97p-1, 0x1.5455b0fa84617p+0, -0x1.7886f69a361fp+0, 0x1.4771ca54eb0dep+0,
        -0x1.49500cae5d85ep+0, 0x1.76a8b440c3a6cp+0, -0x1.1db6db6db6db7p+7, -0x1.1cdb6db6db6dbp+7, -0x1.1db6db6db6db7p+7, -0x1.1c49249249249p+7, -0x1.1d24924924925p+7, -0x1.1db6db6db6db7p+7,
        -0x1.1c92492492492p+7, -0x1.1d24924924925p+7, -0x1.1db6db6db6db7p+7, -0x1.1c92492492492p+7, -0x1.1d24924924925p+7, -0x1.1db6db6db6db7p+7, -0x1.1c92492492492p+7, -0x1.1d6db6db6db6ep+7,
        -0x1.1cp+7, 0x1.1e49249249249p+7, 0x1.1db6db6db6db7p+7, 0x1.1d24924924925p+7, 0x1.1e49249249249p+7, 0x1.1db6db6db6db7p+7, 0x1.1cdb6db6db6dbp+7, 0x1.1e49249249249p+7,
        0x1.1d6db6db6db6ep+7, 0x1.1e49249249249p+7, 0x1.1ep+7, 0x1.1d24924924925p+7, 0x1.1e49249249249p+7, 0x1.1db6db6db6db7p+7, 0x1.1d6db6db6db6ep+7, 0x1.1e49249249249p+7,
        0x1.ab774ad6120ep+12, 0x1.a964834e4cfdap+12, 0x1.ac094aee6701bp+12, 0x1.a9b771bc8a19fp+12, 0x1.aa01aa53d4819p+12, 0x1.aa4f75ac3835ep+12, 0x1.ab0a00a25feaap+12, 0x1.a9cce5e9935a1p+12,
        0x1.ab8c2545016b3p+12, 0x1.a8cfc1e72091cp+12, 0x1.aad699b7fee12p+12, 0x1.aa96b10dd07dp+12, 0x1.aa566a69897fdp+12, 0x1.aa397256a80d4p+12, 0x1.aaed244b43b12p+12, 0x1.ac20f40803cb5p+12,
        0x1.aa0d59d5c3c87p+12, 0x1.acb32e12e3cafp+12, 0x1.aa602638de53dp+12, 0x1.aaaabf3af4967p+12, 0x1.aaf8a973bae0ap+12, 0x1.abb37e73cad4cp+12, 0x1.aa75e5df38b0cp+12, 0x1.ac35d6bdc517ap+12,
        0x1.a9785d641ca6ap+12, 0x1.ab7fc000020c5p+12, 0x1.ab40011aeef9ep+12, 0x1.aaffa0f3d2585p+12, 0x1.aae29d6181d03p+12, 0x1.ab9696a8416a6p+12, 0x1.ad75dbb53a59bp+12, 0x1.ab609a36c72ddp+12,
        0x1.ae088a2f9d3c3p+12, 0x1.abb3219216ab8p+12, 0x1.abfe7cf04a26ap+12, 0x1.ac4ca53397a07p+12, 0x1.ad080ef855375p+12, 0x1.abc9797f9140ap+12, 0x1.ad8acf0c64f57p+12, 0x1.aacb2723211e9p+12,
        0x1.acd3a000020dfp+12, 0x1.ac9435a98c958p+12, 0x1.ac53a23fd3cbap+12, 0x1.ac3687932ddp+12, 0x1.aceb1028946e5p+12, 0x1.4acdd3879b2f9p+6, 0x1.4a0032ee4245bp+6, 0x1.4b064cde3e74dp+6,
        0x1.4a205c2d86061p+6, 0x1.4a3d22073683cp+6, 0x1.4a5b47ce630aap+6, 0x1.4aa3870cd88eep+6, 0x1.4a28ad8e4e0c7p+6, 0x1.4ad5e5104d50dp+6, 0x1.49c67af30c46ep+6, 0x1.4a8fa03f72b0cp+6,
        0x1.4a76e0231295ep+6, 0x1.4a5df9c2c2d6dp+6, 0x1.4a52c03a8c7d7p+6, 0x1.4a985a9e1294cp+6, 0x1.4b0f72e3e7d72p+6, 0x1.4a41a98019053p+6, 0x1.4b47f76e7c457p+6, 0x1.4a61bf2f7cb9fp+6,
        0x1.4a7ea4af7cdbap+6, 0x1.4a9cd071a895dp+6, 0x1.4ae51e0511ef8p+6, 0x1.4a6a2c27ce64ep+6, 0x1.4b17860658dc1p+6, 0x1.4a07e611bc16bp+6, 0x1.4ad1194b21b24p+6, 0x1.4ab86e3fb70adp+6,
        0x1.4a9f82eee6a3dp+6, 0x1.4a94472ca87d8p+6, 0x1.4ad9ef5edd63ap+6, 0, 463, 603, 506, 646,
        506, 689, 549, 409, 592, 452, 312, 495,
        635, 538, 280, 140, 0, 183, 43, 183,
        86, 226, 689, 269, 409, 592, 452, 32,
        495, 0x1.77c924924924ep+10, -0x1.e96db6db6db44p+7, 0x1.d86db6db6db62p+8, 0x1.dc640393a7c26p-2, -0x1.363a9bff52229p-4, 0x1.2b8bc96170d66p-3, -0x1.1db6db6db6db7p+7,
        -0x1.1d6db6db6db6ep+7, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa56951ddeb15p+12, 0x1.aa225d939d4ddp+12, 0x1.ab2ed7654448bp+12,
        0x1.aa785f6d37221p+12, 0x1.aa4423bf7d40fp+12, 0x1.ab50b587a0827p+12, 0x1.aabc042009f68p+12, 0x1.aa87c02966f78p+12, 0x1.ab9481eb3111fp+12, 0x1.4a5e0a4e77b85p+6, 0x1.4a49ce778ca5ap+6,
        0x1.4ab1c9aaf7dacp+6, 0x1.4a6b21968b33dp+6, 0x1.4a56e4f25f491p+6, 0x1.4abee54e866b9p+6, 0x1.e05b6db6db6dfp+9, -0x1.a224924924928p+8, 0x1.db5b6db6db6e4p+9, -0x1.5f9249249248dp+9,
        0x1.d65b6db6db6e2p+9, 0x1.fb9f3b240b058p-2, -0x1.b9a6087cc8c1dp-3, 0x1.f656942c3ba23p-2, -0x1.7355b91ed672bp-2, 0x1.f10ded346c3e8p-2, -0x1.1db6db6db6db7p+7, -0x1.1db6db6db6db7p+7,
        -0x1.1db6db6db6db7p+7, -0x1.1db6db6db6db7p+7, -0x1.1d6db6db6db6ep+7, 0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.1e49249249249p+7, 0x1.1e49249249249p+7,
        0x1.aaffc1a99efb1p+12, 0x1.aa15661d2125ep+12, 0x1.aae0f676d4f1ap+12, 0x1.aa2c1d8ef229cp+12, 0x1.aa9834ad58608p+12, 0x1.ab3830a5be62bp+12, 0x1.aa4daeafc5185p+12, 0x1.ab1961611613fp+12,
        0x1.aa646921c6f5fp+12, 0x1.aad095f9f5093p+12, 0x1.aba93b69fbb46p+12, 0x1.aabe6c7ca54c7p+12, 0x1.ab8a63fe5bd2ap+12, 0x1.aad52cf16a57p+12, 0x1.ab4185544fc84p+12, 0x1.4a9f8f98cc44cp+6,
        0x1.4a44c800e1228p+6, 0x1.4a93a36bbb4e7p+6, 0x1.4a4d95bd19eb4p+6, 0x1.4a777646a9216p+6, 0x1.4ab567fd7d8dap+6, 0x1.4a5a978438cep+6, 0x1.4aa97b06c1f3cp+6, 0x1.4a6365d5472c9p+6,
        0x1.4a8d4c05179a7p+6, 0x1.b0b6db6db6dbcp+10, 0x1.6dbe95c1d85dap-3, -0x1.1db6db6db6db7p+7, 0x1.1e49249249249p+7, 0x1.aa8e09084821ap+12, 0x1.aa994da2e5a1fp+12, 0x1.aaafd8a16cb1fp+12,
        0x1.4a7385c7afa33p+6, 0x1.4a77e319976b6p+6, 0x1.4p+1, 0x1.4p+1, 0x1.4p+1, 0x1.4p+1, 0x0p+0, nan,
        nan, 0x0p+0, nan, 0, 0, 0x1.4p+1, 0x1.4p+1, 0x1.4p+1,
        0x1.4p+1, 0x0p+0, nan, nan, 0x0p+0, nan, 0, 0,
        0x0p+0, nan, nan, nan, nan, nan, nan, nan,
        nan, 0x0p+0, nan, nan, nan, nan, nan, nan,
        nan, nan, 0x1.5724aep+4, 0x1.5724aep+2, -0x1.327c2cp+1, 0x1.612082p+3, 0x1.00a7c2p+5, 0x1.563502p+5,
        0x1.00a7c2p+7, 0x1.6a8072p+2, 0x1.a294bap+2, 2, 0, 0x1.5724aep+4, 0x1.5724aep+2, -0x1.327c2cp+1,
        0x1.612082p+3, 0x1.00a7c2p+5, 0x1.563502p+5, 0x1.00a7c2p+7, 0x1.6a8072p+2, 0x1.a294bap+2, 2, 0,
        nan, nan, -inf, inf, nan, nan, nan, nan,
        nan, 1, 3, 0x1.319854p+1, -inf, 0x1.51abc8p+0, inf, 0x1.319854p+1,
        -inf, 0x1.51abc8p-1, inf, 0x1.319854p+1, -inf, -0x1.a1606ap+2, 0x1.84696p+2, 0x1.319854p+1,
        -0x1.1848bep+2, 0x1.f5cb5cp+2, inf, 0x0p+0, nan, 0x1.9c896cp+5, nan, nan,
        nan, 0x1.9c896cp+6, nan, nan, nan, nan, nan, 0x0p+0,
        nan, 0x1.cb95e4p+2, nan, nan, nan, 0x1.44f9dep+3, nan, 2,
        0, 0, 2, 2, 2, 2, 0, nan,
        0x0p+0, 0x1.7d5c14p+3, nan, nan, 0x1.7d5c14p+1, -inf, nan, -0x1.1848bep+2,
        inf, nan, 0x1.f5cb5cp+2, nan, nan, 0x1.5eb71p+4, nan, nan,
        0x1.d39ecp+4, nan, nan, 0x1.5eb71p+6, nan, nan, 0x1.2ba362p+2, nan,
        nan, 0x1.59fe0ep+2, nan, nan, -inf, inf, nan, nan,
        nan, nan, nan, -0x1.ffc0c4p+4, -0x1.552b2ep+1, -0x1.940fa8p+3, 0x1.cdbf7ap+3, 0x1.029a5p+6,
        0x1.1a1cb4p+6, 0x1.58cdcp+6, 0x1.014c5p+3, 0x1.0cbd36p+3, 2, 4, 0x1.100ed4p+4, -0x1.8a8ac6p+4,
        -0x1.4495fap+3, -0x1.c5f3aep+3, 0x1.6abe7p+2, -0x1.07072ep+3, -0x1.b0c7f8p+1, -0x1.2ea274p+2, -0x1.eff172p+1, -0x1.6b041ap+3,
        -0x1.940fa8p+3, -0x1.746432p+3, 0x1.cdbf7ap+3, -0x1.a4dce2p+1, 0x1.15c58p+2, 0x1.7a8ddap+1, 0x1.c1296ap+5, 0x1.8e655p+3,
        0x1.8923bep+5, 0x1.1e6ccp+5, 0x1.50df1p+6, 0x1.2acbfcp+4, 0x1.26dacep+6, 0x1.ada32p+5, nan, nan,
        nan, nan, 0x1.df8d8p+2, 0x1.c3a3d2p+1, 0x1.c0a696p+2, 0x1.7ef2ccp+2, 0x1.25aa36p+3, 0x1.149264p+2,
        0x1.12bdc8p+3, 0x1.d5039ep+2, 0, 0, 0, 1, 1, 2,
        2, 2, -0x1.0ad0c4p+5, -0x1.22e804p+3, 0x1.4ea986p+3, -0x1.0ad0c4p+3, -0x1.22e804p+1, 0x1.4ea986p+1,
        -0x1.940fa8p+3, -0x1.746432p+3, -0x1.a4dce2p+1, -0x1.eff172p+1, 0x1.cdbf7ap+3, 0x1.9cb51p+2, 0x1.bafd2ep+3, 0x1.aaf572p+6,
        0x1.a51458p+3, 0x1.275374p+4, 0x1.1ca3a2p+7, 0x1.18b83ap+4, 0x1.bafd2ep+5, 0x1.aaf572p+8, 0x1.a51458p+5, 0x1.dc3f02p+1,
        0x1.4a9b92p+3, 0x1.d051d2p+1, 0x1.12f5f8p+2, 0x1.7dc0bep+3, 0x1.0c1336p+2, 2, 3, 1,
        0, 0, 0, -0x1.ffc0c4p+4, -0x1.552b2ep+1, -0x1.940fa8p+3, 0x1.cdbf7ap+3, 0x1.029a5p+6,
        0x1.1a1cb4p+6, 0x1.58cdcp+6, 0x1.014c5p+3, 0x1.0cbd36p+3, nan, nan, -inf, inf,
        nan, nan, nan, nan, nan, 15, 20, 0x1.0e5b96p+5,
        -0x1.e0f0bp-1, 0x1.a07774p+2, -inf, 0x1.78a132p+1, 0x1.10dc66p+4, -0x1.623d28p+1, 0x1.7fb06cp+4, inf,
        0x0p+0, -0x1.80efecp+4, -0x1.1be3fap+3, 0x1.0e5b96p+4, -0x1.e0f0bp-2, 0x1.a07774p+1, -inf, 0x1.78a132p+0,
        0x1.10dc66p+3, -0x1.623d28p+0, 0x1.7fb06cp+4, inf, nan, -0x1.80efecp+3, -0x1.1be3fap+2, 0x1.b6b4f4p+3,
        -0x1.da8a1ap+2, -0x1.078ab2p+3, -inf, -0x0p+0, 0x1.6aa2dep+1, -0x1.7a2ac6p+3, 0x1.7fb06cp+4, inf,
        nan, -0x1.80efecp+4, -0x1.41c36ep+3, 0x1.415cb2p+4, 0x1.9e6c04p+2, 0x1.d7c66cp+3, -0x1.3d889cp-2, 0x1.78a132p+1,
        0x1.c71016p+3, 0x1.219b7cp+3, 0x1.7fb06cp+4, inf, nan, 0x0p+0, 0x1.2efb9ap+0, 0x1.452e26p+3,
        0x1.81dd8ep+5, 0x1.08025ep+7, nan, 0x1.150cf4p+1, 0x1.035b1p+5, 0x1.b378aap+6, 0x0p+0, nan,
        nan, 0x1.216852p+7, 0x1.f93a3cp+4, 0x1.452e26p+4, 0x1.81dd8ep+6, 0x1.08025ep+8, nan, 0x1.150cf4p+2,
        0x1.035b1p+6, 0x1.b378aap+7, nan, nan, nan, 0x1.216852p+8, 0x1.f93a3cp+5, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, 0x1.9808ep+1, 0x1.bc7b1p+2, 0x1.6fa89p+3, nan, 0x1.78a132p+0,
        0x1.6c676p+2, 0x1.4de32p+3, 0x0p+0, nan, nan, 0x1.80efecp+3, 0x1.67a2e2p+2, 0x1.20862ap+2,
        0x1.3a4b9ap+3, 0x1.03f94ap+4, nan, 0x1.0a514p+1, 0x1.01ac22p+3, 0x1.d83014p+3, nan, nan,
        nan, 0x1.103114p+4, 0x1.fc9a3cp+2, 0x1.7070d8p+4, 0x1.29debap+3, -0x1.40dabcp+4, -0x1.4bafb2p+3, inf,
        0x1.b39612p+2, -0x1.0fbep-2, -inf, 0x1.7070d8p+3, 0x1.29debap+2, -0x1.abce5p+2, -0x1.4bafb2p+2, inf,
        0x1.b39612p+1, -0x1.6a52aap-4, -inf, 0x1.78a132p+1, 0x1.6aa2dep+1, -0x1.7a2ac6p+3, -0x1.41c36ep+3, -0x0p+0,
        -0x1.da8a1ap+2, -0x1.80efecp+4, -inf, 0x1.415cb2p+4, 0x1.9e6c04p+2, 0x0p+0, -0x1.3d889cp-2, inf,
        0x1.c71016p+3, 0x1.d7c66cp+3, 0x1.7fb06cp+4, 0x1.25df6p+6, 0x1.a882ccp+1, 0x1.87ac4p+4, 0x1.7bdc7ap+4, nan,
        0x1.d4171ap+6, 0x1.24af3ap+8, nan, 0x1.25df6p+7, 0x1.a882ccp+2, 0x1.25c13p+5, 0x1.7bdc7ap+5, nan,
        0x1.d4171ap+7, 0x1.b706d8p+8, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, 0x1.12488cp+3, 0x1.d2352ap+0, 0x1.3ca6dp+2, 0x1.37d728p+2, nan,
        0x1.5a2a92p+3, 0x1.11ba78p+4, nan, 0x1.83e532p+3, 0x1.49a89ap+1, 0x1.83d144p+2, 0x1.b9024ep+2, nan,
        0x1.e98d96p+3, 0x1.4f3f58p+4, nan, 1, 1, 1, 2, 1,
        0, 2, 0, 0, 0, 2, 0, 2,
        1, 0, 1, 0x1.203c3ap+4, -0x1.82b384p+2, -0x1.41c36ep+3, -inf, 0x1.7a031ap+5,
        inf, 0x1.203c3ap+2, -0x1.01cd02p+1, -0x1.41c36ep+2, -inf, 0x1.7a031ap+3, inf, -0x1.078ab2p+3,
        -0x1.7a2ac6p+3, -0x1.41c36ep+3, -inf, -0x0p+0, -0x1.80efecp+4, 0x1.415cb2p+4, 0x1.78a132p+1, 0x0p+0,
        0x1.d7c66cp+3, 0x1.7fb06cp+4, inf, 0x1.b022p+6, 0x1.80765ep+5, 0x1.946bbp+4, nan, 0x1.2d06d8p+6,
        nan, 0x1.2016aap+7, 0x1.2058c6p+6, 0x1.946bbp+5, nan, 0x1.915e76p+6, nan, 0x1.b022p+8,
        nan, nan, nan, 0x1.2d06d8p+8, nan, 0x1.4c9ad8p+3, 0x1.bbacp+2, 0x1.41c36ep+2,
        nan, 0x1.159a1ap+3, nan, 0x1.800f1cp+3, 0x1.0fb142p+3, 0x1.c70accp+2, nan, 0x1.408c1p+3,
        nan, 2, 2, 3, 3, 0, 2, 0,
        0, 2, 2, 3, 0, inf, 0x1.01d4e2p+4, -0x1.4519b4p+4,
        -inf, inf, 0x1.01d4e2p+2, -0x1.b1779ap+1, -inf, -0x0p+0, -0x1.da8a1ap+2, -0x1.80efecp+4,
        -inf, inf, 0x1.c71016p+3, 0x1.d7c66cp+3, 0x1.7fb06cp+4, nan, 0x1.e47cb8p+5, 0x1.52eaeep+7,
        nan, nan, 0x1.42fddp+6, 0x1.96b384p+7, nan, nan, 0x1.e47cb8p+7, 0x1.52eaeep+8,
        nan, nan, 0x1.f20dbcp+2, 0x1.a0907ap+3, nan, nan, 0x1.1f8d2ap+3, 0x1.c852cap+3,
        nan, -inf, 0x1.49acaap+5, inf, -inf, 0x1.78c554p+2, inf, -inf,
        -0x1.7a2ac6p+3, -0x1.80efecp+4, 0x1.415cb2p+4, 0x1.7fb06cp+4, inf, nan, 0x1.b9aedp+6, nan,
        nan, 0x1.01a5fap+7, nan, nan, 0x1.8278f6p+7, nan, nan, 0x1.504292p+3,
        nan, nan, 0x1.6b33cep+3, nan, 0x1.eadap+0, nan, 0x1.b45p-3, nan,
        -0x1.7a2ac6p+3, -inf, 0x1.415cb2p+4, inf, 0x1.565b8cp+6, nan, 0x1.8126fep+6, nan,
        0x1.00c4aap+7, nan, 0x1.280beap+3, nan, 0x1.3a0138p+3, nan, nan, nan,
        -inf, inf, nan, nan, nan, nan, nan, nan,
        nan, -inf, inf, nan, nan, nan, nan, nan,
        35, 22, 0x1.49f7e4p+3, -0x1.c8b14p-2, -0x1.5acb04p+1, -0x1.9ed04cp+2, inf, 0x1.001488p+1,
        0x1.4a26bp+4, -0x1.6e9ac4p+3, 0x1.e253fp+2, -0x1.a2d4f8p+3, -0x1.7a21a4p+2, -0x1.84c24cp+2, 0x1.82829p-1, 0x1.62c63p+2,
        0x1.79f764p+4, 0x0p+0, -0x1.2d07e8p+4, -inf, 0x1.49f7e4p+2, -0x1.c8b14p-3, -0x1.5acb04p+0, -0x1.9ed04cp+2,
        inf, 0x1.001488p+0, 0x1.4a26bp+3, -0x1.6e9ac4p+2, 0x1.e253fp+1, -0x1.a2d4f8p+3, -0x1.7a21a4p+1, -0x1.84c24cp+1,
        0x1.82829p-1, 0x1.62c63p+1, 0x1.79f764p+3, nan, -0x1.2d07e8p+4, -inf, 0x1.e7e26p+1, -0x1.d618fap+1,
        -0x1.5acb04p+1, -0x1.9ed04cp+2, 0x1.5d78cep+0, -0x1.9d45p+2, 0x1.325ae8p+3, -0x1.bc9ce2p+2, 0x1.53aa5ap-1, -0x1.a2d4f8p+3,
        -0x1.df5234p+1, -0x1.84c24cp+2, 0x1.82829p-1, 0x1.5ccb66p+1, 0x1.d039dcp+2, nan, -0x1.2d07e8p+4, -inf,
        0x1.9ffe9ap+2, 0x1.9d02d2p+1, -0x0p+0, -0x1.9ed04cp+2, inf, 0x1.0ea7a2p+3, 0x1.61f278p+3, -0x1.2098a6p+2,
        0x1.b7dea4p+2, -0x1.a2d4f8p+3, -0x1.14f116p+1, 0x0p+0, 0x1.82829p-1, 0x1.68c0fcp+1, 0x1.05e8ecp+4, nan,
        -0x1.2d07e8p+4, -inf, 0x1.ce881cp+0, 0x1.7ccd18p+3, 0x1.d5c968p+0, 0x0p+0, nan, 0x1.bceeacp+5,
        0x1.1b2014p-1, 0x1.7c54a4p+0, 0x1.3477f4p+3, 0x0p+0, 0x1.3ffadp-1, 0x1.272ec4p+3, 0x0p+0, 0x1.1e0cf8p-9,
        0x1.4c64ccp+4, nan, 0x0p+0, nan, 0x1.ce881cp+1, 0x1.7ccd18p+4, 0x1.d5c968p+1, nan,
        nan, 0x1.bceeacp+6, 0x1.1b2014p+0, 0x1.7c54a4p+1, 0x1.3477f4p+4, nan, 0x1.3ffadp+0, 0x1.272ec4p+4,
        nan, 0x1.1e0cf8p-8, 0x1.4c64ccp+5, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        0x1.581ad4p+0, 0x1.b98de6p+1, 0x1.5acb04p+0, 0x0p+0, nan, 0x1.dd4a22p+2, 0x1.7cbc8p-1, 0x1.380878p+0,
        0x1.8d6958p+1, 0x0p+0, 0x1.94c23cp-1, 0x1.84c24cp+1, 0x0p+0, 0x1.7eb2cp-5, 0x1.23b4eap+2, nan,
        0x0p+0, nan, 0x1.e6a33ep+0, 0x1.3839dep+2, 0x1.ea707ep+0, nan, nan, 0x1.517ea4p+3,
        0x1.0d38a4p+0, 0x1.b9480ap+0, 0x1.19032ap+2, nan, 0x1.1e3528p+0, 0x1.12e4e4p+2, nan, 0x1.0e9bc8p-4,
        0x1.9c891ap+2, nan, nan, nan, 0x1.dbeb1p+3, -0x1.f943acp+2, 0x1.488734p+4, 0x0p+0,
        -0x1.531aa2p+4, -0x1.9103a6p+3, 0x1.0d412ep+4, 0x1.892504p+0, 0x1.faaf28p+2, -0x1.391e9p+4, inf, -inf,
        0x1.dbeb1p+2, -0x1.50d7c8p+1, 0x1.b6099ap+2, nan, -0x1.c42382p+2, -0x1.9103a6p+2, 0x1.670192p+2, 0x1.0618aep-1,
        0x1.51ca1ap+1, -0x1.391e9p+3, inf, -inf, 0x1.e7e26p+1, -0x1.bc9ce2p+2, -0x1.5acb04p+1, nan,
        -0x1.2d07e8p+4, -0x1.9d45p+2, 0x1.82829p-1, -0x1.2098a6p+2, -0x0p+0, -0x1.a2d4f8p+3, -0x1.14f116p+1, -inf,
        0x1.61f278p+3, 0x1.5ccb66p+1, 0x1.05e8ecp+4, nan, 0x1.5d78cep+0, -0x1.84c24cp+2, 0x1.325ae8p+3, 0x1.9d02d2p+1,
        0x1.d039dcp+2, -0x1.9ed04cp+2, inf, 0x1.0ea7a2p+3, 0x1.a469ccp+3, 0x1.0221dap+4, 0x1.e554e6p+5, nan,
        0x1.25854ep+6, 0x1.2c623ep-5, 0x1.ab74cap+3, 0x1.944acp+3, 0x1.570d7ap+3, 0x1.5d392p+3, nan, nan,
        0x1.a469ccp+4, 0x1.8332c8p+4, 0x1.6bffacp+6, nan, 0x1.b847f4p+6, 0x1.2c623ep-4, 0x1.409798p+4, 0x1.2f381p+4,
        0x1.014a1cp+4, 0x1.5d392p+4, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        0x1.cff3cp+1, 0x1.01105cp+2, 0x1.f27ccep+2, nan, 0x1.121e8p+3, 0x1.882b4p-3, 0x1.d3d27ap+1, 0x1.c6f844p+1,
        0x1.a31908p+1, 0x1.a6d9a4p+1, nan, nan, 0x1.48105p+2, 0x1.3ad674p+2, 0x1.31429p+3, nan,
        0x1.4fb9dcp+3, 0x1.154e2ap-2, 0x1.1e7b3ep+2, 0x1.169c68p+2, 0x1.00a4d8p+2, 0x1.2b000ep+2, nan, nan,
        0x1.e7e26p+1, -0x1.275c94p+1, -0x1.25554p+3, 0x1.61f278p+3, -0x1.5622fep+3, 0x1.98e2cp-1, 0x0p+0, -0x1.016e7cp+4,
        0x1.05e8ecp+4, 0x1.2e4ep-6, inf, 0x1.0ea7a2p+3, -0x1.c1e84p+1, -0x1.ab113p+2, 0x1.53aa5ap-1, 0x1.82829p-1,
        0x1.68c0fcp+1, -inf, 0x1.e7e26p+1, -0x1.275c94p+0, -0x1.25554p+2, 0x1.61f278p+3, -0x1.5622fep+2, 0x1.98e2cp-2,
        nan, -0x1.016e7cp+3, 0x1.05e8ecp+4, 0x1.2e4ep-7, inf, 0x1.0ea7a2p+2, -0x1.c1e84p+0, -0x1.ab113p+1,
        0x1.53aa5ap-2, 0x1.82829p-1, 0x1.68c0fcp+1, -inf, 0x1.e7e26p+1, -0x1.d618fap+1, -0x1.9d45p+2, 0x1.61f278p+3,
        -0x1.bc9ce2p+2, -0x1.84c24cp+2, nan, -0x1.2d07e8p+4, 0x1.05e8ecp+4, -0x1.9ed04cp+2, 0x1.9d02d2p+1, -0x0p+0,
        -0x1.a2d4f8p+3, -0x1.2098a6p+2, 0x0p+0, 0x1.82829p-1, 0x1.68c0fcp+1, -inf, 0x1.e7e26p+1, 0x1.5d78cep+0,
        -0x1.5acb04p+1, 0x1.61f278p+3, -0x1.df5234p+1, 0x1.b7dea4p+2, nan, 0x1.5ccb66p+1, 0x1.05e8ecp+4, 0x1.9ffe9ap+2,
        inf, 0x1.0ea7a2p+3, 0x1.325ae8p+3, -0x1.14f116p+1, 0x1.53aa5ap-1, 0x1.82829p-1, 0x1.68c0fcp+1, 0x1.d039dcp+2,
        0x0p+0, 0x1.96109p+2, 0x1.c1862p+1, 0x0p+0, 0x1.482adep+1, 0x1.4f442ep+5, nan, 0x1.cff1fap+6,
        0x0p+0, 0x1.51084ap+5, nan, 0x1.1e2608p+4, 0x1.00c906p+7, 0x1.60269p+0, 0x1.c2ac9cp-4, 0x0p+0,
        0x0p+0, nan, nan, 0x1.96109p+3, 0x1.c1862p+2, nan, 0x1.482adep+2, 0x1.4f442ep+6,
        nan, 0x1.cff1fap+7, nan, 0x1.51084ap+6, nan, 0x1.1e2608p+5, 0x1.00c906p+8, 0x1.60269p+1,
        0x1.c2ac9cp-3, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, 0x0p+0, 0x1.426abp+1,
        0x1.dfbefcp+0, 0x0p+0, 0x1.99e79p+0, 0x1.9e5078p+2, nan, 0x1.58a154p+3, 0x0p+0, 0x1.9f6774p+2,
        nan, 0x1.0ea7a2p+2, 0x1.6a97fp+3, 0x1.2c4036p+0, 0x1.53aa5ap-2, 0x0p+0, 0x0p+0, nan,
        nan, 0x1.c7f756p+1, 0x1.533b4ep+1, nan, 0x1.21d8a6p+1, 0x1.24f6e8p+3, nan, 0x1.e76176p+3,
        nan, 0x1.25bc2ep+3, nan, 0x1.7ec382p+2, 0x1.00647p+4, 0x1.a89e6ap+0, 0x1.e05c06p-2, nan,
        nan, nan, -0x1.49019ep+1, -0x1.45e6ccp+2, 0x1.5f9358p+3, -0x1.3a35b4p+3, 0x1.318258p+4, -0x1.2d07e8p+4,
        0x1.374002p+3, inf, 0x1.6e9276p+2, -0x1.e8113ep+3, 0x1.5a7556p+3, -inf, -0x1.b6acd2p-1, -0x1.45e6ccp+1,
        0x1.d4c476p+1, -0x1.3a35b4p+2, 0x1.318258p+3, -0x1.2d07e8p+4, 0x1.9f0002p+1, inf, 0x1.e8c348p+0, -0x1.4560d4p+2,
        0x1.cdf1c8p+1, -inf, -0x1.d618fap+1, -0x1.9d45p+2, -0x1.bc9ce2p+2, -0x1.84c24cp+2, 0x1.5ccb66p+1, -0x1.2d07e8p+4,
        -0x0p+0, -0x1.9ed04cp+2, -0x1.2098a6p+2, -0x1.a2d4f8p+3, 0x1.82829p-1, -inf, 0x1.e7e26p+1, 0x1.5d78cep+0,
        0x1.61f278p+3, -0x1.df5234p+1, 0x1.05e8ecp+4, -0x1.2d07e8p+4, 0x1.9ffe9ap+2, inf, 0x1.325ae8p+3, 0x0p+0,
        0x1.d039dcp+2, -inf, 0x1.61a66ap+3, 0x1.e986f6p+3, 0x1.d99d8p+5, 0x1.5b595cp+0, 0x1.7456fap+5, 0x0p+0,
        0x1.c2a99ep+2, nan, 0x1.0ea56ep+5, 0x1.0686fcp+5, 0x1.d679c8p+2, nan, 0x1.093cdp+4, 0x1.e986f6p+4,
        0x1.63362p+6, 0x1.5b595cp+1, 0x1.7456fap+6, nan, 0x1.51ff36p+3, nan, 0x1.95f826p+5, 0x1.89ca7ap+5,
        0x1.60db56p+3, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, 0x1.a98596p+1, 0x1.f4a334p+1,
        0x1.ec6f0ap+2, 0x1.2a3264p+0, 0x1.b49efep+2, 0x0p+0, 0x1.53a93ap+1, nan, 0x1.744046p+2, 0x1.6ea006p+2,
        0x1.5b0c18p+1, nan, 0x1.0493eep+2, 0x1.620112p+2, 0x1.2d8d88p+3, 0x1.a5b6cap+0, 0x1.34bcdap+3, nan,
        0x1.9fff84p+1, nan, 0x1.c7e9ap+2, 0x1.c105bp+2, 0x1.a90b58p+1, nan, 1, 2,
        1, 2, 1, 1, 2, 0, 1, 0,
        0, 2, 0, 1, 0, 1, 2, 1,
        0, 1, 0, 2, 2, 0, 0x1.fb36b6p+4, -0x1.96fa6ap+2,
        0x1.c732fcp+4, -0x1.391e9p+4, inf, -inf, 0x1.95c55ep+2, -0x1.0f519cp+0, 0x1.2f7752p+2, -0x1.391e9p+3,
        inf, -inf, 0x1.82829p-1, -0x1.bc9ce2p+2, -0x1.5acb04p+1, -0x1.a2d4f8p+3, -0x1.2d07e8p+4, -inf,
        0x1.61f278p+3, 0x1.9d02d2p+1, 0x1.05e8ecp+4, -0x1.9ed04cp+2, inf, 0x1.0ea7a2p+3, 0x1.c2447p+3, 0x1.0daa5p+4,
        0x1.40eadep+5, 0x1.5d392p+3, nan, nan, 0x1.196ac6p+4, 0x1.43992cp+4, 0x1.8119d6p+5, 0x1.5d392p+4,
        nan, nan, 0x1.196ac6p+5, 0x1.0daa5p+5, 0x1.40eadep+6, nan, nan, nan,
        0x1.e0247ep+1, 0x1.06be6ap+2, 0x1.9559f4p+2, 0x1.a6d9a4p+1, nan, nan, 0x1.0c6868p+2, 0x1.1fd248p+2,
        0x1.bc0a48p+2, 0x1.2b000ep+2, nan, nan, 0x1.ea3ef8p+1, inf, -0x1.6ad9ep-1, 0x1.e2f0dp+2,
        -0x1.15d5cap+4, 0x1.76468cp+0, 0x1.82829p-1, -0x1.a8acb8p+3, -inf, 0x1.46d4a6p+0, inf, -0x1.6ad9ep-3,
        0x1.41f5ep+1, -0x1.15d5cap+2, 0x1.76468cp-2, 0x1.82829p-1, -0x1.1b1ddp+2, -inf, -0x1.9ed04cp+2, -0x1.d618fap+1,
        -0x1.9d45p+2, -0x1.a2d4f8p+3, -0x1.bc9ce2p+2, -0x1.84c24cp+2, 0x1.82829p-1, -0x1.2d07e8p+4, -inf, 0x1.9ffe9ap+2,
        inf, 0x1.0ea7a2p+3, 0x1.61f278p+3, -0x1.14f116p+1, 0x1.b7dea4p+2, 0x1.82829p-1, 0x1.68c0fcp+1, 0x1.05e8ecp+4,
        0x1.f4c866p+4, nan, 0x1.e1cbf8p+4, 0x1.e86ebep+6, 0x1.7d5498p+1, 0x1.502a3p+4, 0x0p+0, 0x1.9e314p+6,
        nan, 0x1.77964cp+5, nan, 0x1.4132a6p+5, 0x1.6e530ep+7, 0x1.fc70cap+1, 0x1.c0384p+4, nan,
        0x1.36a4fp+7, nan, nan, nan, 0x1.e1cbf8p+6, nan, 0x1.7d5498p+3, 0x1.502a3p+6,
        nan, nan, nan, 0x1.660d04p+2, nan, 0x1.5f32aap+2, 0x1.619bb2p+3, 0x1.b9dc6ep+0,
        0x1.255b54p+2, 0x0p+0, 0x1.45a0a2p+3, nan, 0x1.b6855ap+2, nan, 0x1.958746p+2, 0x1.b1146ep+3,
        0x1.fe379ap+0, 0x1.52bd3cp+2, nan, 0x1.8ecf82p+3, nan, 0x1.c9ff34p+2, inf, 0x1.0b6e4ap+4,
        -0x1.912378p+4, 0x1.debd04p+4, -inf, 0x1.3154cep+0, inf, 0x1.64930ep+1, -0x1.40e92cp+2, 0x1.7efd9cp+2,
        -inf, -0x1.d618fap+1, -0x1.9ed04cp+2, -0x1.bc9ce2p+2, -0x1.a2d4f8p+3, 0x1.82829p-1, -inf, 0x1.9ffe9ap+2,
        inf, 0x1.61f278p+3, 0x0p+0, 0x1.05e8ecp+4, -0x1.2d07e8p+4, 0x1.a7e748p+3, nan, 0x1.7a46ep+5,
        0x1.43d558p+4, 0x1.f7d9dcp+4, nan, 0x1.fcaf24p+3, nan, 0x1.c5eea6p+5, 0x1.94caaep+4, 0x1.3ae82ap+5,
        nan, 0x1.a7e748p+4, nan, 0x1.7a46ep+6, 0x1.94caaep+5, 0x1.3ae82ap+6, nan, 0x1.d1dfbcp+1,
        nan, 0x1.b8169ep+2, 0x1.1fed0ap+2, 0x1.672562p+2, nan, 0x1.fe56e2p+1, nan, 0x1.e217b6p+2,
        0x1.41e936p+2, 0x1.918996p+2, nan, 0x1.dbeb1p+3, -0x1.d16b8cp+4, 0x1.000ac4p+3, -0x1.5eeafcp+1, inf,
        -inf, 0x1.dbeb1p+2, -0x1.3647b2p+2, 0x1.99aad4p+0, -0x1.18bbfcp-1, inf, -inf, 0x1.e7e26p+1,
        -0x1.2d07e8p+4, -0x1.9d45p+2, -0x1.a2d4f8p+3, -0x1.2098a6p+2, -inf, 0x1.61f278p+3, 0x1.5ccb66p+1, 0x1.05e8ecp+4,
        0x1.325ae8p+3, inf, 0x1.0ea7a2p+3, 0x1.a469ccp+3, 0x1.8d5bb2p+5, 0x1.36a8f6p+6, 0x1.1507acp+6, nan,
        nan, 0x1.a469ccp+4, 0x1.dcd47p+5, 0x1.845334p+6, 0x1.5a4996p+6, nan, nan, nan,
        0x1.8d5bb2p+6, 0x1.845334p+7, 0x1.5a4996p+7, nan, nan, 0x1.cff3cp+1, 0x1.c30d2ap+2, 0x1.1a024p+3,
        0x1.0a4eb6p+3, nan, nan, 0x1.48105p+2, 0x1.ee1a22p+2, 0x1.3b4bap+3, 0x1.29bda6p+3, nan,
        nan, 0x1.b82bdp+4, -0x1.0dce3ap+5, 0x1.a47f48p+4, nan, 0x1.b82bdp+1, -0x1.afb05cp+2, 0x1.75c678p+1,
        nan, -0x1.bc9ce2p+2, -0x1.2d07e8p+4, -0x1.2098a6p+2, -inf, 0x1.05e8ecp+4, 0x1.5d78cep+0, 0x1.325ae8p+3,
        inf, 0x1.b1f9bcp+5, 0x1.61914p+5, 0x1.09b9e8p+4, nan, 0x1.eff8d6p+5, 0x1.b9f59p+5, 0x1.2af126p+4,
        nan, 0x1.5b2e3p+6, 0x1.b9f59p+6, 0x1.8e96dep+4, nan, 0x1.d7604ap+2, 0x1.a978dap+2, 0x1.04d15ap+2,
        nan, 0x1.f7ec1cp+2, 0x1.dbb138p+2, 0x1.14a396p+2, nan, -0x1.ea679cp+2, 0x1.2aed28p+0, 0x1.1e9cp-2,
        inf, -0x1.30c802p+3, -inf, -0x1.8852e4p+0, 0x1.de484p-3, 0x1.7e2556p-4, inf, -0x1.966002p+0,
        -inf, -0x1.9d45p+2, -0x1.bc9ce2p+2, -0x1.2d07e8p+4, -0x1.9ed04cp+2, -0x1.a2d4f8p+3, -inf, 0x1.e7e26p+1,
        0x1.61f278p+3, 0x1.05e8ecp+4, inf, 0x1.325ae8p+3, 0x1.d039dcp+2, 0x1.adeb06p+3, 0x1.ad956ap+5, 0x1.a38f0ep+7,
        nan, 0x1.6c65fp+5, nan, 0x1.0cb2e4p+4, 0x1.0c7d62p+6, 0x1.3aab4ap+8, nan, 0x1.b5472p+5,
        nan, 0x1.0cb2e4p+5, 0x1.0c7d62p+7, nan, nan, 0x1.6c65fp+6, nan, 0x1.d52adap+1,
        0x1.d4fc22p+2, 0x1.cf7afep+3, nan, 0x1.aff08ep+2, nan, 0x1.0645c6p+2, 0x1.062ba8p+3, 0x1.1bd298p+4,
        nan, 0x1.d92a8cp+2, nan, 0x1.84305p+3, inf, -inf, 0x1.bba4eep+0, inf,
        -inf, -0x1.a2d4f8p+3, -0x1.2d07e8p+4, -inf, 0x1.61f278p+3, inf, 0x1.05e8ecp+4, 0x1.08efb4p+6,
        nan, nan, 0x1.3517a8p+6, nan, nan, 0x1.cfa37cp+6, nan, nan,
        0x1.046e0ap+3, nan, nan, 0x1.194bep+3, nan, nan, 0x1.ae558cp+5, nan,
        0x1.950538p+1, nan, -0x1.bc9ce2p+2, -inf, 0x1.05e8ecp+4, inf, 0x1.13197p+5, nan,
        0x1.244b06p+5, nan, 0x1.4e0c9ap+5, nan, 0x1.774d12p+2, nan, 0x1.82d9f8p+2, nan,
        inf, -0x1.0b6a5cp+3, -inf, inf, -0x1.84f7ccp-1, -inf, -0x1.9ed04cp+2, -0x1.a2d4f8p+3,
        -inf, inf, 0x1.61f278p+3, 0x1.05e8ecp+4, nan, 0x1.909ad2p+5, nan, nan,
        0x1.b8aa4cp+5, nan, nan, 0x1.136a7p+6, nan, nan, 0x1.c4e3ecp+2, nan,
        nan, 0x1.dafedp+2, nan, -0x1.8dc288p+2, nan, -0x1.e98cf6p-2, nan, -0x1.2d07e8p+4,
        -inf, 0x1.05e8ecp+4, inf, 0x1.2bb6fep+6, nan, 0x1.44b0eap+6, nan, 0x1.85a118p+6,
        nan, 0x1.14ff12p+3, nan, 0x1.204e96p+3, nan, nan, nan, -inf,
        inf, nan, nan, nan, nan, nan, nan, nan,
        -inf, inf, nan, nan, nan, nan, nan, 4,
        2, -inf, -0x1.7f301cp+2, inf, -0x1.c2cb18p+2, -inf, -0x1.feeadp+0, inf,
        -0x1.2c8766p+1, -inf, -0x1.36a492p+3, 0x0p+0, -0x1.377956p+3, 0x1.03688ap+4, 0x1.3f4922p+2, inf,
        0x1.584f2ap+1, nan, 0x1.221866p+5, nan, 0x1.c7ae6p+4, nan, 0x1.b3249ap+5, nan,
        0x1.55c2c8p+5, nan, nan, nan, nan, nan, 0x1.8164f4p+2, nan,
        0x1.558c0ap+2, nan, 0x1.d8027ep+2, nan, 0x1.a24ed8p+2, 1, 0, 2,
        0, 0, 1, 0, 2, 0x1.03688ap+4, -0x1.36a492p+3, inf,
        -0x1.377956p+3, -inf, 0x1.3f4922p+2, 0x1.012b78p+2, 0x0p+0, 0x1.d0b0aep+2, -0x1.44c068p+0, 0x0p+0,
        0x1.584f2ap+1, 0x1.03688ap+4, -0x1.36a492p+3, inf, -0x1.377956p+3, -inf, 0x1.3f4922p+2, 0x1.012b78p+2,
        0x0p+0, 0x1.d0b0aep+2, -0x1.44c068p+0, 0x0p+0, 0x1.584f2ap+1, 0x1.03688ap+4, -0x1.36a492p+3, inf,
        -0x1.377956p+3, -inf, 0x1.3f4922p+2, 0x1.012b78p+2, -0x0p+0, 0x1.d0b0aep+2, -0x1.44c068p+0, 0x0p+0,
        0x1.584f2ap+1, 0x1.03688ap+4, -0x1.36a492p+3, inf, -0x1.377956p+3, -inf, 0x1.3f4922p+2, 0x1.012b78p+2,
        -0x0p+0, 0x1.d0b0aep+2, -0x1.44c068p+0, 0x0p+0, 0x1.584f2ap+1, 0x0p+0, 0x0p+0, nan,
        0x0p+0, nan, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0,
        0x0p+0, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, 0x0p+0, 0x0p+0, nan, 0x0p+0, nan, 0x0p+0, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, inf, -0x1.370ef4p+4, -inf, 0x1.3f4922p+2, 0x1.d0b0aep+2, 0x1.6bddecp+0, inf,
        -0x1.370ef4p+3, -inf, 0x1.3f4922p+1, 0x1.d0b0aep+1, 0x1.6bddecp-1, 0x1.03688ap+4, -0x1.377956p+3, -inf,
        -0x0p+0, 0x0p+0, -0x1.44c068p+0, inf, -0x1.36a492p+3, 0x1.012b78p+2, 0x1.3f4922p+2, 0x1.d0b0aep+2,
        0x1.584f2ap+1, nan, 0x1.61aa6cp-13, nan, 0x1.8e3758p+2, 0x1.a5c078p+3, 0x1.f56cdcp+1, nan,
        0x1.61aa6cp-12, nan, 0x1.8e3758p+3, 0x1.a5c078p+4, 0x1.f56cdcp+2, nan, nan, nan,
        nan, nan, nan, nan, 0x1.a988p-7, nan, 0x1.3f4922p+1, 0x1.d0b0aep+1,
        0x1.faaf5ep+0, nan, 0x1.2ce562p-6, nan, 0x1.c389c4p+1, 0x1.4895e8p+2, 0x1.6647cap+1, 0,
        1, 0, 1, 1, 0, 1, 0, 1,
        0, 0, 1, 0x1.a05904p+2, inf, -inf, 0x1.012b78p+2, 0x1.7f8094p+2,
        0x1.584f2ap+1, 0x1.a05904p+1, inf, -inf, 0x1.012b78p+1, 0x1.7f8094p+1, 0x1.584f2ap+0, -0x1.36a492p+3,
        -0x1.377956p+3, -inf, -0x0p+0, -0x1.44c068p+0, 0x0p+0, 0x1.03688ap+4, inf, 0x1.3f4922p+2,
        0x1.012b78p+2, 0x1.d0b0aep+2, 0x1.584f2ap+1, 0x1.4ff068p+7, nan, nan, 0x1.02584ep+2, 0x1.22ffb6p+4,
        0x1.cf14dap+0, 0x1.4ff068p+8, nan, nan, 0x1.02584ep+3, 0x1.22ffb6p+5, 0x1.cf14dap+1, nan,
        nan, nan, nan, nan, nan, 0x1.9ebad4p+3, nan, nan,
        0x1.012b78p+1, 0x1.10f064p+2, 0x1.584f2ap+0, 0x1.25421ep+4, nan, nan, 0x1.6bb16ap+1, 0x1.81fe7cp+2,
        0x1.e6ed42p+0, 1, 1, 0, 1, 1, 0, 0,
        0, 1, 0, 0, 1, -inf, -0x1.7f301cp+2, inf,
        -0x1.c2cb18p+2, -inf, -0x1.feeadp+0, inf, -0x1.2c8766p+1, -inf, -0x1.36a492p+3, 0x0p+0,
        -0x1.377956p+3, 0x1.03688ap+4, 0x1.3f4922p+2, inf, 0x1.584f2ap+1, nan, 0x1.221866p+5, nan,
        0x1.c7ae6p+4, nan, 0x1.b3249ap+5, nan, 0x1.55c2c8p+5, nan, nan, nan,
        nan, nan, 0x1.8164f4p+2, nan, 0x1.558c0ap+2, nan, 0x1.d8027ep+2, nan,
        0x1.a24ed8p+2, nan, -0x1.a0fd9ap+3, nan, -0x1.15fe66p+1, -inf, -0x1.377956p+3, inf,
        0x1.3f4922p+2, nan, 0x1.033746p+5, nan, 0x1.370f2p+5, nan, 0x1.033746p+6, nan,
        0x1.6c4e3ap+2, nan, 0x1.8f13a6p+2, -inf, inf, -inf, inf, -inf,
        -0x1.377956p+3, 0x1.03688ap+4, inf, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, inf, -0x1.370ef4p+4, -inf,
        0x1.3f4922p+2, 0x1.d0b0aep+2, 0x1.6bddecp+0, inf, -0x1.370ef4p+3, -inf, 0x1.3f4922p+1, 0x1.d0b0aep+1,
        0x1.6bddecp-1, 0x1.03688ap+4, -0x1.377956p+3, -inf, -0x0p+0, 0x0p+0, -0x1.44c068p+0, inf,
        -0x1.36a492p+3, 0x1.012b78p+2, 0x1.3f4922p+2, 0x1.d0b0aep+2, 0x1.584f2ap+1, nan, 0x1.61aa6cp-13, nan,
        0x1.8e3758p+2, 0x1.a5c078p+3, 0x1.f56cdcp+1, nan, 0x1.61aa6cp-12, nan, 0x1.8e3758p+3, 0x1.a5c078p+4,
        0x1.f56cdcp+2, nan, nan, nan, nan, nan, nan, nan,
        0x1.a988p-7, nan, 0x1.3f4922p+1, 0x1.d0b0aep+1, 0x1.faaf5ep+0, nan, 0x1.2ce562p-6, nan,
        0x1.c389c4p+1, 0x1.4895e8p+2, 0x1.6647cap+1, 0x1.a05904p+2, inf, -inf, 0x1.012b78p+2, 0x1.7f8094p+2,
        0x1.584f2ap+1, 0x1.a05904p+1, inf, -inf, 0x1.012b78p+1, 0x1.7f8094p+1, 0x1.584f2ap+0, -0x1.36a492p+3,
        -0x1.377956p+3, -inf, -0x0p+0, -0x1.44c068p+0, 0x0p+0, 0x1.03688ap+4, inf, 0x1.3f4922p+2,
        0x1.012b78p+2, 0x1.d0b0aep+2, 0x1.584f2ap+1, 0x1.4ff068p+7, nan, nan, 0x1.02584ep+2, 0x1.22ffb6p+4,
        0x1.cf14dap+0, 0x1.4ff068p+8, nan, nan, 0x1.02584ep+3, 0x1.22ffb6p+5, 0x1.cf14dap+1, nan,
        nan, nan, nan, nan, nan, 0x1.9ebad4p+3, nan, nan,
        0x1.012b78p+1, 0x1.10f064p+2, 0x1.584f2ap+0, 0x1.25421ep+4, nan, nan, 0x1.6bb16ap+1, 0x1.81fe7cp+2,
        0x1.e6ed42p+0, inf, -inf, 0x1.15d414p+3, inf, -inf, 0x1.15d414p+1, -0x1.377956p+3,
        -inf, -0x1.44c068p+0, inf, 0x1.3f4922p+2, 0x1.d0b0aep+2, nan, nan, 0x1.55c07ep+3,
        nan, nan, 0x1.c7ab52p+3, nan, nan, 0x1.55c07ep+5, nan, nan,
        0x1.a24d7p+1, nan, nan, 0x1.e3039ep+1, nan, -0x1.a0fd9ap+3, nan, -0x1.15fe66p+1,
        -inf, -0x1.377956p+3, inf, 0x1.3f4922p+2, nan, 0x1.033746p+5, nan, 0x1.370f2p+5,
        nan, 0x1.033746p+6, nan, 0x1.6c4e3ap+2, nan, 0x1.8f13a6p+2, -inf, inf,
        -inf, inf, -inf, -0x1.377956p+3, 0x1.03688ap+4, inf, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, -inf, inf, nan, nan, nan, nan,
        nan, inf, -inf, 0x1.15d414p+3, inf, -inf, 0x1.15d414p+1, -0x1.377956p+3,
        -inf, -0x1.44c068p+0, inf, 0x1.3f4922p+2, 0x1.d0b0aep+2, nan, nan, 0x1.55c07ep+3,
        nan, nan, 0x1.c7ab52p+3, nan, nan, 0x1.55c07ep+5, nan, nan,
        0x1.a24d7p+1, nan, nan, 0x1.e3039ep+1, nan, nan, -inf, inf,
        nan, nan, nan, nan, nan, 0x1.4p+2, 0x1.2d2d2ep-2, -0x0p+0,
        0x1p+0, 0x1.a930b6p-3, 0x1.c3c3c2p-3, 0x1.0226b8p-2, 0x1.d294ap-2, 0x1.e0f0b4p-2, 0, 1,
        0x0p+0, 0x1p+1, 0x1p+0, 0x1p+0, 0x1p+0, 0x0p+0, 0x1.555556p-1, 0x1.555556p-2,
        0x1p-2, 0x1p-2, -0x0p+0, 0x0p+0, -0x0p+0, -0x0p+0, -0x0p+0, -0x0p+0,
        0x1p+0, 0x1p+0, 0x1p+0, 0x1p+0, 0x0p+0, 0x1.c71c72p-3, 0x1.c71c7p-3, 0x1.8p-3,
        0x1.8p-3, 0x0p+0, 0x1.555556p-2, 0x1.555554p-2, 0x1p-2, 0x1p-2, nan, nan,
        nan, 0x1.8p-1, 0x1.8p-1, 0x0p+0, 0x1.e2b7dep-2, 0x1.e2b7dcp-2, 0x1.bb67aep-2, 0x1.bb67aep-2,
        0x0p+0, 0x1.279a74p-1, 0x1.279a74p-1, 0x1p-1, 0x1p-1, 0, 2, 0,
        0, 0, 0, 0, 3, 3, 2, 0x1p+0,
        0x0p+0, 0x1p+0, 0x1.8p+1, 0x1.99999ap-3, 0x0p+0, 0x1p-2, 0x1.333334p-1, 0x0p+0,
        0x0p+0, 0x0p+0, -0x0p+0, 0x1p+0, 0x0p+0, 0x1p+0, 0x1p+0, 0x1.47ae18p-3,
        0x0p+0, 0x1.8p-3, 0x1.eb851cp-3, 0x1.99999ep-3, 0x0p+0, 0x1p-2, 0x1.333332p-2, 0x1.99999ep-2,
        nan, 0x1.8p-1, 0x1.333332p-1, 0x1.99999cp-2, 0x0p+0, 0x1.bb67aep-2, 0x1.f5a7cep-2, 0x1.c9f25ep-2,
        0x0p+0, 0x1p-1, 0x1.186f16p-1, 0, 0, 1, 0, 1,
        0, 4, 1, 0x1.4p+2, 0x1.2d2d2ep-2, -0x0p+0, 0x1p+0, 0x1.a930b6p-3,
        0x1.c3c3c2p-3, 0x1.0226b8p-2, 0x1.d294ap-2, 0x1.e0f0b4p-2, 0x1.8p+1, 0x1.333334p-3, -0x0p+0, 0x1p+0,
        0x1.051eb8p-3, 0x1.12dcf8p-3, 0x1.333332p-3, 0x1.6da422p-2, 0x1.7723dp-2, 0, 4, 0x0p+0,
        0x0p+0, 0x0p+0, 0x0p+0, 0x1p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p+0,
        0x1p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, nan, 0x1p-1,
        0x0p+0, 0x0p+0, 0x0p+0, 0x1p-1, 0x1p-1, 0x0p+0, 0x0p+0, 0x0p+0,
        0x0p+0, -0x0p+0, nan, 0x0p+0, 0x0p+0, -0x0p+0, -0x0p+0, -0x0p+0,
        0x0p+0, -0x0p+0, -0x0p+0, 0x0p+0, 0x0p+0, -0x0p+0, nan, 0x1p+0,
        0x0p+0, -0x0p+0, -0x0p+0, 0x1p+0, 0x1p+0, -0x0p+0, -0x0p+0, 0x0p+0,
        0x0p+0, 0x0p+0, nan, 0x1p-2, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p-2,
        0x1p-2, 0x0p+0, 0x0p+0, 0x0p+0, nan, nan, nan, 0x1p-1,
        0x0p+0, 0x0p+0, 0x0p+0, 0x1p-1, 0x1p-1, 0x0p+0, 0x0p+0, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, 0x0p+0, 0x0p+0, 0x0p+0, nan, 0x1p-1,
        0x0p+0, 0x0p+0, 0x0p+0, 0x1p-1, 0x1p-1, 0x0p+0, 0x0p+0, 0x0p+0,
        nan, nan, nan, 0x1.6a09e6p-1, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.6a09e6p-1,
        0x1.6a09e6p-1, 0x0p+0, 0x0p+0, 0x1p+0, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p+0,
        0x1p+0, 0x0p+0, 0x0p+0, 0x1.555556p-2, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.555556p-2,
        0x1p-1, 0x0p+0, 0x0p+0, -0x0p+0, 0x0p+0, -0x0p+0, -0x0p+0, 0x0p+0,
        0x0p+0, -0x0p+0, -0x0p+0, 0x1p+0, 0x0p+0, -0x0p+0, -0x0p+0, 0x1p+0,
        0x1p+0, -0x0p+0, -0x0p+0, 0x1.c71c7p-3, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.c71c7p-3,
        0x1p-2, 0x0p+0, 0x0p+0, 0x1.555554p-2, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.555554p-2,
        0x1p-1, 0x0p+0, 0x0p+0, nan, nan, nan, nan, nan,
        nan, nan, nan, 0x1.e2b7dcp-2, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.e2b7dcp-2,
        0x1p-1, 0x0p+0, 0x0p+0, 0x1.279a74p-1, 0x0p+0, 0x0p+0, 0x0p+0, 0x1.279a74p-1,
        0x1.6a09e6p-1, 0x0p+0, 0x0p+0, 0, 0, 0, 1, 0,
        1, 1, 1, 1, 0, 0, 1, 2,
        2, 1, 1, 0x0p+0, 0x1p+0, 0x0p+0, 0x0p+0, 0x0p+0,
        0x1p+1, 0x0p+0, 0x1p-2, 0x0p+0, 0x0p+0, 0x0p+0, 0x1p-1, -0x0p+0,
        -0x0p+0, -0x0p+0, 0x0p+0, 0x0p+0, -0x0p+0, -0x0p+0, 0x1p+0, -0x0p+0,
        0x0p+0, 0x0p+0, 0x1p+0, 0x0p+0, 0x1.8p-3, 0x0p+0, 0x0p+0, 0x0p+0,
        0x1p-2, 0x0p+0, 0x1p-2, 0x0p+0, nan, 0x0p+0, 0x1.555556p-2, nan,
        0x1.8p-1, 0x0p+0, nan, 0x0p+0, 0x1p+0, 0x0p+0, 0x1.bb67aep-2, 0x0p+0,
        0x0p+0, 0x0p+0, 0x1p-1, 0x0p+0, 0x1p-1, 0x0p+0, nan, 0x0p+0,
        0x1.279a74p-1, 0, 1, 0, 0, 0, 2, 0,
        0, 0, 0, 0, 0, 0x1p+1, 0x1p+0, 0x0p+0,
        0x0p+0, 0x1.555556p-2, 0x1.99999ap-3, 0x0p+0, 0x0p+0, 0x0p+0, 0x0p+0, -0x0p+0,
        -0x0p+0, 0x1p+0, 0x1p+0, -0x0p+0, -0x0p+0, 0x1.c71c7p-3, 0x1.47ae16p-3, 0x0p+0,
        0x0p+0, 0x1.11111p-2, 0x1.99999cp-3, 0x0p+0, 0x0p+0, 0x1.c71c7p-2, 0x1.99999cp-2, 0x0p+0,
        0x0p+0, 0x1.e2b7dcp-2, 0x1.99999ap-2, 0x0p+0, 0x0p+0, 0x1.08654ap-1, 0x1.c9f25ep-2, 0x0p+0,
        0x0p+0, 0x0p+0, 0x1p+0, 0x1p+1, 0x0p+0, 0x1p-3, 0x1p-2, -0x0p+0,
        -0x0p+0, -0x0p+0, -0x0p+0, 0x1p+0, 0x1p+0, 0x0p+0, 0x1.cp-4, 0x1.8p-3,
        0x0p+0, 0x1p-3, 0x1.b6db6ep-3, 0x0p+0, 0x1.666666p-3, 0x1.333334p-2, 0x0p+0, 0x1.52a7fap-2,
        0x1.bb67aep-2, 0x0p+0, 0x1.6a09e6p-2, 0x1.da0518p-2, 0x1p+0, 0x1p+1, 0x1.745d18p-4, 0x1.c71c72p-3,
        -0x0p+0, 0x0p+0, 0x1p+0, 0x1p+0, 0x1.52832ep-4, 0x1.61f9acp-3, 0x1.745d18p-4, 0x1.8e38e2p-3,
        0x1.d1745ep-4, 0x1.097b42p-2, 0x1.26611ap-2, 0x1.a9b7aap-2, 0x1.34bf64p-2, 0x1.c38aa2p-2, 0x1.8p+1, 0x1.333334p-3,
        -0x0p+0, 0x1p+0, 0x1.051eb8p-3, 0x1.12dcf8p-3, 0x1.333332p-3, 0x1.6da422p-2, 0x1.7723dp-2, 0x0p+0,
        nan, nan, nan, nan, nan, nan, 0x0p+0, nan,
        nan, nan, nan, nan, nan, 0x0p+0, nan, nan,
        nan, nan, nan, nan, 0x0p+0, 0x0p+0, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, 0x0p+0, nan, nan, nan, nan, nan,
        nan, 0x0p+0, nan, nan, nan, nan, nan, nan,
        0x0p+0, 0x0p+0, 0x0p+0, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, nan, nan, nan, 0x0p+0, nan, nan,
        nan, nan, nan, nan, 0x1.a6293p+11, 0x1.76aa26p-3, -0x1.1db6dcp+7, 0x1.1e4924p+7,
        0x1.aa73fp+12, 0x1.aa79dap+12, 0x1.aa85aep+12, 0x1.4a696ap+6, 0x1.4a6bb4p+6, 0, 280, 0x1.a6293p+11,
        0x1.76aa26p-3, -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.aa73fp+12, 0x1.aa79dap+12, 0x1.aa85aep+12, 0x1.4a696ap+6, 0x1.4a6bb4p+6,
        0, 280, 0x1.2c5b74p+13, 0x1.30a37p-3, -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.aa78dp+12, 0x1.aa7a82p+12,
        0x1.aa7de2p+12, 0x1.4a6b4ep+6, 0x1.4a6bf6p+6, 0, 280, 0x1.2c5b74p+13, 0x1.30a37p-3, -0x1.1db6dcp+7,
        0x1.1e4924p+7, 0x1.aa78dp+12, 0x1.aa7a82p+12, 0x1.aa7de2p+12, 0x1.4a6b4ep+6, 0x1.4a6bf6p+6, 0, 280,
        0x1.fe000ap+11, 0x1.4f442ep-3, -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.aa718p+12, 0x1.aa75e2p+12, 0x1.aa7ea4p+12, 0x1.4a6878p+6,
        0x1.4a6a2ap+6, 0, 280, 0x1.f0b6e8p+9, 0x1.0fa498p+11, 0x1.c8b6f4p+9, 0x1.e9c774p-4, 0x1.0be1e4p-2,
        0x1.c2567ap-4, -0x1.1db6dcp+7, -0x1.1db6dcp+7, -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.1e4924p+7, 0x1.1e4924p+7, 0x1.aa5c0ap+12,
        0x1.aa6616p+12, 0x1.aa922p+12, 0x1.aa692ep+12, 0x1.aa733ap+12, 0x1.aa9f46p+12, 0x1.aa8378p+12, 0x1.aa8d84p+12, 0x1.aab992p+12,
        0x1.4a6028p+6, 0x1.4a640cp+6, 0x1.4a751cp+6, 0x1.4a653ep+6, 0x1.4a6924p+6, 0x1.4a7a34p+6, 0, 3018,
        27, 280, 1295, 307, 0x1.fe000ap+11, 0x1.4f442ep-3, -0x1.1db6dcp+7, 0x1.1e4924p+7,
        0x1.aa718p+12, 0x1.aa75e2p+12, 0x1.aa7ea4p+12, 0x1.4a6878p+6, 0x1.4a6a2ap+6, 0x1.fe000ap+11, 0x1.4f442ep-3, -0x1.1db6dcp+7,
        0x1.1e4924p+7, 0x1.aa718p+12, 0x1.aa75e2p+12, 0x1.aa7ea4p+12, 0x1.4a6878p+6, 0x1.4a6a2ap+6, 0, 280,
        0x1.7f892ep+10, 0x1.b9c928p+10, 0x1.855b54p+9, 0x1.7a2e46p-3, 0x1.b39e0cp-3, 0x1.7ff772p-4, -0x1.1db6dcp+7, -0x1.1db6dcp+7,
        -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.1e4924p+7, 0x1.1e4924p+7, 0x1.aa859ep+12, 0x1.aa6cb2p+12, 0x1.aa61fep+12, 0x1.aa92c2p+12,
        0x1.aa79d6p+12, 0x1.aa6f22p+12, 0x1.aaad0ep+12, 0x1.aa942p+12, 0x1.aa896ep+12, 0x1.4a7044p+6, 0x1.4a669cp+6, 0x1.4a6276p+6,
        0x1.4a755ap+6, 0x1.4a6bb2p+6, 0x1.4a678ep+6, 0, 1335, 667, 761, 93,
        1428, 0x1.fe000ap+11, 0x1.4f442ep-3, -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.aa718p+12, 0x1.aa75e2p+12, 0x1.aa7ea4p+12,
        0x1.4a6878p+6, 0x1.4a6a2ap+6, 0x1.2c5b74p+13, 0x1.30a37p-3, -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.aa78dp+12, 0x1.aa7a82p+12,
        0x1.aa7de2p+12, 0x1.4a6b4ep+6, 0x1.4a6bf6p+6, 0, 280, 0x1.cca496p+10, 0x1.7fadbap+10, 0x1.4da4b4p+9,
        0x1.73b6d2p+10, 0x1.6a0004p+10, 0x1.18c008p+10, 0x1.794p+10, 0x1.98cb86p-3, 0x1.5487c6p-3, 0x1.281708p-4, 0x1.49e02cp-3,
        0x1.414144p-3, 0x1.f24cep-4, 0x1.4ed32p-3, -0x1.1db6dcp+7, -0x1.1db6dcp+7, -0x1.1db6dcp+7, -0x1.1db6dcp+7, -0x1.1db6dcp+7,
        -0x1.1db6dcp+7, -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.1e4924p+7, 0x1.1e4924p+7, 0x1.1e4924p+7, 0x1.1e4924p+7, 0x1.1e4924p+7,
        0x1.1e4924p+7, 0x1.aab14p+12, 0x1.aa3698p+12, 0x1.aa5a88p+12, 0x1.aac0ecp+12, 0x1.aa3cd8p+12, 0x1.aa4a1ep+12, 0x1.aac33cp+12,
        0x1.aabd16p+12, 0x1.aa426cp+12, 0x1.aa665cp+12, 0x1.aaccc2p+12, 0x1.aa48aap+12, 0x1.aa55fp+12, 0x1.aacf12p+12, 0x1.aad4c4p+12,
        0x1.aa5a12p+12, 0x1.aa7e04p+12, 0x1.aae47p+12, 0x1.aa6052p+12, 0x1.aa6d98p+12, 0x1.aae6cp+12, 0x1.4a812ap+6, 0x1.4a51a6p+6,
        0x1.4a5f92p+6, 0x1.4a873cp+6, 0x1.4a5412p+6, 0x1.4a5936p+6, 0x1.4a882p+6, 0x1.4a85bep+6, 0x1.4a563ap+6, 0x1.4a6428p+6,
        0x1.4a8bdp+6, 0x1.4a58a6p+6, 0x1.4a5dcap+6, 0x1.4a8cb6p+6, 0, 2018, 30, 45,
        60, 75, 90, 280, 295, 310, 325, 340,
        355, 370, 0x1.2c5b74p+13, 0x1.30a37p-3, -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.aa78dp+12, 0x1.aa7a82p+12,
        0x1.aa7de2p+12, 0x1.4a6b4ep+6, 0x1.4a6bf6p+6, 0x1.b0b6dcp+10, 0x1.6dbe96p-3, -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.aa8e0ap+12,
        0x1.aa994ep+12, 0x1.aaafdap+12, 0x1.4a7386p+6, 0x1.4a77e4p+6, 0, 280, 0x1.70c922p+9, -0x1.5b6dacp+8,
        0x1.1d4928p+9, -0x1.749248p+8, 0x1.92edacp+9, -0x1.a9b6dep+9, 0x1.ce8004p+9, -0x1.6e2494p+9, 0x1.7afffcp+9, -0x1.32924ep+9,
        0x1.ae1246p+9, -0x1.db1248p+9, 0x1.9d2492p+9, -0x1.9f7ffep+9, 0x1.d8b6dep+9, 0x1.2449dp+0, -0x1.135c78p-1, 0x1.c437bap-1,
        -0x1.26d518p-1, 0x1.3f594cp+0, -0x1.516884p+0, 0x1.6e9042p+0, -0x1.223198p+0, 0x1.2c6244p+0, -0x1.e5f564p-1, 0x1.5455aep+0,
        -0x1.7886f6p+0, 0x1.4771cap+0, -0x1.49500cp+0, 0x1.76a8b6p+0, -0x1.1db6dcp+7, -0x1.1cdb6ep+7, -0x1.1db6dcp+7, -0x1.1c4924p+7,
        -0x1.1d2492p+7, -0x1.1db6dcp+7, -0x1.1c924ap+7, -0x1.1d2492p+7, -0x1.1db6dcp+7, -0x1.1c924ap+7, -0x1.1d2492p+7, -0x1.1db6dcp+7,
        -0x1.1c924ap+7, -0x1.1d6db6p+7, -0x1.1cp+7, 0x1.1e4924p+7, 0x1.1db6dcp+7, 0x1.1d2492p+7, 0x1.1e4924p+7, 0x1.1db6dcp+7,
        0x1.1cdb6ep+7, 0x1.1e4924p+7, 0x1.1d6db6p+7, 0x1.1e4924p+7, 0x1.1ep+7, 0x1.1d2492p+7, 0x1.1e4924p+7, 0x1.1db6dcp+7,
        0x1.1d6db6p+7, 0x1.1e4924p+7, 0x1.ab774cp+12, 0x1.a96486p+12, 0x1.ac094ap+12, 0x1.a9b772p+12, 0x1.aa01a8p+12, 0x1.aa4f74p+12,
        0x1.ab0a02p+12, 0x1.a9cce8p+12, 0x1.ab8c22p+12, 0x1.a8cfcp+12, 0x1.aad69ap+12, 0x1.aa96bp+12, 0x1.aa566ap+12, 0x1.aa3972p+12,
        0x1.aaed24p+12, 0x1.ac20f4p+12, 0x1.aa0d5cp+12, 0x1.acb32cp+12, 0x1.aa6026p+12, 0x1.aaaabep+12, 0x1.aaf8a8p+12, 0x1.abb38p+12,
        0x1.aa75e8p+12, 0x1.ac35d4p+12, 0x1.a9785cp+12, 0x1.ab7fcp+12, 0x1.ab4p+12, 0x1.aaffap+12, 0x1.aae29ep+12, 0x1.ab9696p+12,
        0x1.ad75dcp+12, 0x1.ab609cp+12, 0x1.ae0888p+12, 0x1.abb322p+12, 0x1.abfe7cp+12, 0x1.ac4ca4p+12, 0x1.ad081p+12, 0x1.abc97cp+12,
        0x1.ad8accp+12, 0x1.aacb26p+12, 0x1.acd3ap+12, 0x1.ac9434p+12, 0x1.ac53a2p+12, 0x1.ac3688p+12, 0x1.aceb1p+12, 0x1.4acdd4p+6,
        0x1.4a0034p+6, 0x1.4b064cp+6, 0x1.4a205cp+6, 0x1.4a3d22p+6, 0x1.4a5b48p+6, 0x1.4aa388p+6, 0x1.4a28aep+6, 0x1.4ad5e4p+6,
        0x1.49c67ap+6, 0x1.4a8fap+6, 0x1.4a76ep+6, 0x1.4a5dfap+6, 0x1.4a52cp+6, 0x1.4a985ap+6, 0x1.4b0f72p+6, 0x1.4a41aap+6,
        0x1.4b47f6p+6, 0x1.4a61cp+6, 0x1.4a7ea4p+6, 0x1.4a9cdp+6, 0x1.4ae51ep+6, 0x1.4a6a2cp+6, 0x1.4b1784p+6, 0x1.4a07e6p+6,
        0x1.4ad11ap+6, 0x1.4ab86ep+6, 0x1.4a9f82p+6, 0x1.4a9448p+6, 0x1.4ad9fp+6, 0, 463, 603,
        506, 646, 506, 689, 549, 409, 592, 452,
        312, 495, 635, 538, 280, 140, 0, 183,
        43, 183, 86, 226, 689, 269, 409, 592,
        452, 32, 495, 0x1.77c922p+10, -0x1.e96dd8p+7, 0x1.d86db8p+8, 0x1.dc64p-2, -0x1.363ab2p-4,
        0x1.2b8bcap-3, -0x1.1db6dcp+7, -0x1.1d6db6p+7, -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.aa5694p+12,
        0x1.aa225ep+12, 0x1.ab2edap+12, 0x1.aa786p+12, 0x1.aa4424p+12, 0x1.ab50b8p+12, 0x1.aabc04p+12, 0x1.aa87cp+12, 0x1.ab9484p+12,
        0x1.4a5e0ap+6, 0x1.4a49cep+6, 0x1.4ab1cap+6, 0x1.4a6b22p+6, 0x1.4a56e6p+6, 0x1.4abee6p+6, 0x1.e05b7p+9, -0x1.a22488p+8,
        0x1.db5b6cp+9, -0x1.5f9248p+9, 0x1.d65b68p+9, 0x1.fb9f3ep-2, -0x1.b9a5fep-3, 0x1.f65692p-2, -0x1.7355b8p-2, 0x1.f10de8p-2,
        -0x1.1db6dcp+7, -0x1.1db6dcp+7, -0x1.1db6dcp+7, -0x1.1db6dcp+7, -0x1.1d6db6p+7, 0x1.1e4924p+7, 0x1.1e4924p+7, 0x1.1e4924p+7,
        0x1.1e4924p+7, 0x1.1e4924p+7, 0x1.aaffcp+12, 0x1.aa1566p+12, 0x1.aae0f6p+12, 0x1.aa2c1ep+12, 0x1.aa9834p+12, 0x1.ab383p+12,
        0x1.aa4daep+12, 0x1.ab196p+12, 0x1.aa6468p+12, 0x1.aad096p+12, 0x1.aba93ap+12, 0x1.aabe6cp+12, 0x1.ab8a62p+12, 0x1.aad52cp+12,
        0x1.ab4186p+12, 0x1.4a9f8ep+6, 0x1.4a44c8p+6, 0x1.4a93a4p+6, 0x1.4a4d96p+6, 0x1.4a7776p+6, 0x1.4ab568p+6, 0x1.4a5a98p+6,
        0x1.4aa97ap+6, 0x1.4a6366p+6, 0x1.4a8d4cp+6, 0x1.b0b6dcp+10, 0x1.6dbe96p-3, -0x1.1db6dcp+7, 0x1.1e4924p+7, 0x1.aa8e0ap+12,
        0x1.aa994ep+12, 0x1.aaafdap+12, 0x1.4a7386p+6, 0x1.4a77e4p+6, 7, 0x1.cp+2, 7, 7,
        0x0p+0, nan, nan, 0x0p+0, nan, 0, 0, 7,
        7, 7, 0, 0, 22, 0x1.199999999999ap+2, -33, 46,
        0x1.46eb851eb851fp+9, 0x1.98a6666666667p+9, 0x1.98a6666666667p+10, 0x1.991fededd5688p+4, 0x1.c96a54345d79ep+4, 3, 0, 22,
        0x1.199999999999ap+2, -33, 46, 0x1.46eb851eb851fp+9, 0x1.98a6666666667p+9, 0x1.98a6666666667p+10, 0x1.991fededd5688p+4, 0x1.c96a54345d79ep+4,
        3, 0, -165, -0x1.b8p+3, -41, 30, 0x1.0902aaaaaaaabp+9, 0x1.211a2e8ba2e8cp+9,
        0x1.6158e38e38e39p+9, 0x1.705adad042bcep+4, 0x1.80bbf109bf8acp+4, 1, 10, -24, -67, -7,
        -67, -0x1p+3, -0x1.6555555555555p+4, -0x1.2aaaaaaaaaaabp+1, -0x1.6555555555555p+4, -12, -41, -33,
        -41, -5, 7, 30, 15, 0x1.1555555555555p+3, 0x1.b8e38e38e38e3p+8, 0x1.4b71c71c71c73p+9,
        0x1.5c71c71c71c71p+9, 0x1.ap+3, 0x1.4aaaaaaaaaaaap+9, 0x1.f12aaaaaaaaacp+9, 0x1.0555555555555p+10, inf, inf, inf,
        inf, 0x1.78d26149296afp+1, 0x1.4ff529d08df61p+4, 0x1.9bf230eccd14ep+4, 0x1.a660e223f1b19p+4, 0x1.cd82b446159f3p+1, 0x1.9b7661f96b1aap+4, 0x1.f88760f349266p+4,
        0x1.02a725cde2cb9p+5, 0, 0, 0, 0, 1, 2, 2,
        2, -127, -83, 45, -0x1.fcp+4, -0x1.4cp+4, 0x1.68p+3, -41,
        -41, -7, -12, -4, 30, 0x1.196p+7, 0x1.103p+8, 0x1.666p+7,
        0x1.772aaaaaaaaabp+7, 0x1.6aeaaaaaaaaabp+8, 0x1.ddd5555555555p+7, 0x1.196p+9, 0x1.103p+10, 0x1.666p+9, 0x1.7b8ec150b53p+3, 0x1.07f83df25568bp+4,
        0x1.ac5ae0d1b0c9p+3, 0x1.b6468124f44d9p+3, 0x1.30ce52afc8ddap+4, 0x1.ee9f2a6affab7p+3, 1, 3, 0, 0,
        2, 2, -165, -0x1.b8p+3, -41, 30, 0x1.0902aaaaaaaabp+9, 0x1.211a2e8ba2e8cp+9,
        0x1.6158e38e38e39p+9, 0x1.705adad042bcep+4, 0x1.80bbf109bf8acp+4, -66, -0x1.6p+1, -45, 49, 0x1.66b8p+9,
        0x1.7650b21642c86p+9, 0x1.99f6db6db6db7p+9, 0x1.ac8f751de431ep+4, 0x1.b5c71d1658514p+4, 7, 2, 7, -32,
        73, -33, -62, 28, -51, -18, -31, -45,
        56, 42, 0x1.cp+1, -0x1p+4, 0x1.24p+5, -0x1.08p+4, -0x1.fp+4, 0x1.cp+3,
        -0x1.98p+4, -0x1.2p+3, -0x1.fp+3, -0x1.68p+4, 0x1.cp+4, 0x1.5p+4, -18, -23,
        24, -19, -44, 10, -36, -45, -28, -33,
        22, 1, 25, -9, 49, -14, -18, 18,
        -15, 27, -3, -12, 34, 41, 0x1.ce4p+8, 0x1.88p+5,
        0x1.388p+7, 0x1.9p+2, 0x1.52p+7, 0x1p+4, 0x1.b9p+6, 0x1.44p+10, 0x1.388p+7, 0x1.b9p+6,
        0x1.2p+5, 0x1.9p+8, 0x1.ce4p+9, 0x1.88p+6, 0x1.388p+8, 0x1.9p+3, 0x1.52p+8, 0x1p+5,
        0x1.b9p+7, 0x1.44p+11, 0x1.388p+8, 0x1.b9p+7, 0x1.2p+6, 0x1.9p+9, inf, inf,
        inf, inf, inf, inf, inf, inf, inf, inf,
        inf, inf, 0x1.58p+4, 0x1.cp+2, 0x1.9p+3, 0x1.4p+1, 0x1.ap+3, 0x1p+2,
        0x1.5p+3, 0x1.2p+5, 0x1.9p+3, 0x1.5p+3, 0x1.8p+2, 0x1.4p+4, 0x1.e67d4d9baf85bp+4, 0x1.3cc8a99af5453p+3,
        0x1.1ad7bc01366b8p+4, 0x1.c48c6001f0acp+1, 0x1.26280b3476096p+4, 0x1.6a09e667f3bcdp+2, 0x1.db2cfe686fe7cp+3, 0x1.974b2334f2346p+5, 0x1.1ad7bc01366b8p+4, 0x1.db2cfe686fe7cp+3,
        0x1.0f876ccdf6cd9p+3, 0x1.c48c6001f0acp+4, 1, 0, 1, 1, 0, 0,
        1, 0, 1, 1, 0, 0, 0, 1,
        0, 0, 1, 1, 0, 1, 0, 0,
        1, 1, -22, -25, 56, -58, -64, -24,
        22, 49, -0x1.d555555555555p+2, -0x1.0aaaaaaaaaaabp+3, 0x1.2aaaaaaaaaaabp+4, -0x1.3555555555555p+4, -0x1.5555555555555p+4, -0x1p+3,
        0x1.d555555555555p+2, 0x1.0555555555555p+4, -44, -23, -15, -45, -28, -33,
        -36, -19, 25, 10, 49, 1, -18, 18,
        34, 41, 0x1.9171c71c71c71p+9, 0x1.7871c71c71c73p+7, 0x1.581c71c71c71dp+9, 0x1.6ee38e38e38e4p+8, 0x1.638e38e38e38dp+4, 0x1.b2p+8,
        0x1.ddc71c71c71c8p+9, 0x1.4871c71c71c71p+9, 0x1.2d15555555555p+10, 0x1.1a55555555556p+8, 0x1.0215555555556p+10, 0x1.132aaaaaaaaabp+9, 0x1.0aaaaaaaaaaaap+5, 0x1.458p+9,
        0x1.6655555555556p+10, 0x1.ecaaaaaaaaaaap+9, inf, inf, inf, inf, inf, inf,
        inf, inf, 0x1.c55d5d4b27434p+4, 0x1.b70568ff4e4aep+3, 0x1.a3be6c1dcd975p+4, 0x1.32783145b6adbp+4, 0x1.2db2eaabf5c7fp+2, 0x1.4d529a457fcfcp+4,
        0x1.ee97cdf55c857p+4, 0x1.9a13d70105412p+4, 0x1.15a0c7c9edfa9p+5, 0x1.0cd82d4535bfap+4, 0x1.010a20570e2bp+5, 0x1.7758d1c1599d3p+4, 0x1.7181116f43fe3p+2, 0x1.983c37ca9aa04p+4,
        0x1.2ee007534a53cp+5, 0x1.f63d853d56e2bp+4, 1, 0, 1, 1, 2, 2,
        1, 0, 0, 1, 0, 2, 0, 1,
        2, 2, 37, -94, 8, -22, -9, 14,
        0x1.28p+3, -0x1.78p+4, 0x1p+1, -0x1.6p+2, -0x1.2p+1, 0x1.cp+1, -23, -45,
        -12, -19, -36, -33, 49, 10, 22, 24,
        27, 41, 0x1.aa18p+9, 0x1.03ap+9, 0x1.37p+7, 0x1.314p+8, 0x1.4b98p+9, 0x1.235p+10,
        0x1.1c1p+10, 0x1.5a2aaaaaaaaabp+9, 0x1.9eaaaaaaaaaabp+7, 0x1.97p+8, 0x1.ba2p+9, 0x1.846aaaaaaaaabp+10, 0x1.aa18p+11, 0x1.03ap+11,
        0x1.37p+9, 0x1.314p+10, 0x1.4b98p+11, 0x1.235p+12, 0x1.d3137574099p+4, 0x1.6c97c9d8b52bbp+4, 0x1.8f09f1c2c30b9p+3, 0x1.178ae0306a31ep+4,
        0x1.9c09f0f7aa2e3p+4, 0x1.1116087cf89c4p+5, 0x1.0daa9d2a4bd19p+5, 0x1.a4fee29bb1ea6p+4, 0x1.ccc536ee1ee7ap+3, 0x1.42c9b0eec7da4p+4, 0x1.dbc80dec1fe0dp+4, 0x1.3b5527260d938p+5,
        1, 3, 1, 3, 2, 1, 2, 1,
        2, 2, 3, 3, -86, -49, 78, -9,
        -0x1.caaaaaaaaaaabp+3, -0x1.0555555555555p+3, 0x1.ap+3, -0x1.8p+0, -44, -33, -36, -45,
        25, 18, 49, 41, 0x1.cd8e38e38e38dp+8, 0x1.37238e38e38e3p+8, 0x1.abp+9, 0x1.9ef5555555555p+9,
        0x1.14eeeeeeeeeeep+9, 0x1.755dddddddddep+8, 0x1.0033333333333p+10, 0x1.f1f3333333333p+9, 0x1.cd8e38e38e38dp+9, 0x1.37238e38e38e3p+9, 0x1.abp+10, 0x1.9ef5555555555p+10,
        0x1.57bdd344a2e6ap+4, 0x1.1a39dfd5fd86bp+4, 0x1.d3928c5d14856p+4, 0x1.cceeb10169165p+4, 0x1.788cc9ae857aap+4, 0x1.3529c59cfc49cp+4, 0x1.001998520c45ap+5, 0x1.f8ed1710ef7bbp+4,
        15, -103, 22, 0x1.ep+0, -0x1.9cp+3, 0x1.6p+1, -23, -45,
        -33, 49, 27, 41, 0x1.3c8ep+9, 0x1.600ep+9, 0x1.4a78p+9, 0x1.69c6db6db6db7p+9,
        0x1.9259249249249p+9, 0x1.79adb6db6db6ep+9, 0x1.fa7cccccccccdp+9, 0x1.19a4ccccccccdp+10, 0x1.086p+10, 0x1.92962dd199874p+4, 0x1.a88f9a6614c7dp+4, 0x1.9b56dacb23aa8p+4,
        0x1.ae621a922e269p+4, 0x1.c5dfef66be476p+4, 0x1.b7bd7ca293bcep+4, -49, -17, -0x1.0555555555555p+2, -0x1.6aaaaaaaaaaabp+0, -45,
        -36, 49, 41, 0x1.611f1c71c71c7p+9, 0x1.6a89c71c71c71p+9, 0x1.8139364d9364dp+9, 0x1.8b7f07c1f07c1p+9, 0x1.d6d425ed097b4p+9,
        0x1.e3625ed097b42p+9, 0x1.a934286fc47f1p+4, 0x1.aed5fc3c7b59dp+4, 0x1.bc1c5efae10ecp+4, 0x1.c1fe4f80dc3e4p+4, -66, -0x1.6p+1, -45,
        49, 0x1.66b8p+9, 0x1.7650b21642c86p+9, 0x1.99f6db6db6db7p+9, 0x1.ac8f751de431ep+4, 0x1.b5c71d1658514p+4, 176, 0x1.38e38e38e38e4p+2,
        -45, 46, 0x1.603e6b74f0328p+9, 0x1.6a4ed4ed4ed4ep+9, 0x1.804418227a65ap+9, 0x1.a8accb8e679a2p+4, 0x1.aeb2f4518c3b5p+4, 2,
        25, -23, -75, -50, 47, -30, 39, 58,
        40, 17, 29, 19, 71, -39, -14, 45,
        29, -48, 61, -0x1.7p+3, -0x1.2cp+5, -0x1.9p+4, 0x1.78p+4, -0x1.ep+3,
        0x1.38p+4, 0x1.dp+4, 0x1.4p+4, 0x1.1p+3, 0x1.dp+3, 0x1.3p+3, 0x1.1cp+5, -0x1.38p+4,
        -0x1.cp+2, 0x1.68p+4, 0x1.dp+3, -0x1.8p+4, 0x1.e8p+4, -42, -40, -45,
        11, -29, 9, 25, -6, 0, -1, -4,
        26, -22, -33, 6, 3, -33, 26, 19,
        -35, -5, 36, -1, 30, 33, 46, 17,
        30, 23, 45, -17, 19, 39, 26, -15,
        35, 0x1.d12p+9, 0x1.9p+2, 0x1.9p+8, 0x1.388p+7, 0x1.88p+7, 0x1.b9p+6, 0x1p+4,
        0x1.52p+9, 0x1.21p+6, 0x1.e08p+7, 0x1.6c8p+7, 0x1.69p+6, 0x1.9p+2, 0x1.52p+9, 0x1.104p+8,
        0x1.088p+7, 0x1.44p+6, 0x1.44p+4, 0x1.d12p+10, 0x1.9p+3, 0x1.9p+9, 0x1.388p+8, 0x1.88p+8,
        0x1.b9p+7, 0x1p+5, 0x1.52p+10, 0x1.21p+7, 0x1.e08p+8, 0x1.6c8p+8, 0x1.69p+7, 0x1.9p+3,
        0x1.52p+10, 0x1.104p+9, 0x1.088p+8, 0x1.44p+7, 0x1.44p+5, inf, inf, inf,
        inf, inf, inf, inf, inf, inf, inf, inf,
        inf, inf, inf, inf, inf, inf, inf, 0x1.e8p+4,
        0x1.4p+1, 0x1.4p+4, 0x1.9p+3, 0x1.cp+3, 0x1.5p+3, 0x1p+2, 0x1.ap+4, 0x1.1p+3,
        0x1.fp+3, 0x1.bp+3, 0x1.3p+3, 0x1.4p+1, 0x1.ap+4, 0x1.08p+4, 0x1.7p+3, 0x1.2p+3,
        0x1.2p+2, 0x1.59116f9b144ffp+5, 0x1.c48c6001f0acp+1, 0x1.c48c6001f0acp+4, 0x1.1ad7bc01366b8p+4, 0x1.3cc8a99af5453p+4, 0x1.db2cfe686fe7cp+3, 0x1.6a09e667f3bcdp+2,
        0x1.26280b3476096p+5, 0x1.80aa84ce72f89p+3, 0x1.5eb99734b41eep+4, 0x1.31785a67b5a75p+4, 0x1.adebc19b71703p+3, 0x1.c48c6001f0acp+1, 0x1.26280b3476096p+5, 0x1.755a359b335abp+4,
        0x1.04371d9ab72fbp+4, 0x1.974b2334f2346p+3, 0x1.974b2334f2346p+2, 0, 1, 0, 0, 0,
        1, 1, 0, 0, 1, 1, 0, 0,
        0, 1, 0, 1, 1, 1, 0, 1,
        1, 1, 0, 0, 1, 1, 0, 0,
        1, 1, 1, 0, 1, 0, 0, -31,
        -74, -6, 44, -21, 91, 27, 25, 18,
        61, -38, 80, -0x1.4aaaaaaaaaaabp+3, -0x1.8aaaaaaaaaaabp+4, -0x1p+1, 0x1.d555555555555p+3, -0x1.cp+2,
        0x1.e555555555555p+4, 0x1.2p+3, 0x1.0aaaaaaaaaaabp+3, 0x1.8p+2, 0x1.4555555555555p+4, -0x1.9555555555555p+3, 0x1.aaaaaaaaaaaabp+4, -42,
        -35, -45, 3, -29, 26, -17, -40, -5,
        -1, -33, 9, 33, -6, 39, 30, 23,
        35, 25, 46, 17, 36, -1, 45, 0x1.f6c71c71c71c8p+9,
        0x1.5dc71c71c71c8p+7, 0x1.268p+10, 0x1.0071c71c71c71p+7, 0x1.e2aaaaaaaaaabp+8, 0x1.b1c71c71c71c8p+3, 0x1.58p+8, 0x1.42638e38e38e3p+10, 0x1.42aaaaaaaaaabp+6,
        0x1.e871c71c71c71p+7, 0x1.a071c71c71c73p+7, 0x1.b071c71c71c71p+7, 0x1.7915555555556p+10, 0x1.0655555555556p+8, 0x1.b9cp+10, 0x1.80aaaaaaaaaaap+7, 0x1.6ap+9,
        0x1.4555555555556p+4, 0x1.02p+9, 0x1.e395555555555p+10, 0x1.e4p+6, 0x1.6e55555555555p+8, 0x1.3855555555556p+8, 0x1.4455555555555p+8, inf,
        inf, inf, inf, inf, inf, inf, inf, inf,
        inf, inf, inf, 0x1.fb5e310978246p+4, 0x1.a72f90a895a8dp+3, 0x1.1293772648366p+5, 0x1.6a5a5173ce928p+3, 0x1.5f83cb0e4da9cp+4,
        0x1.d744cbee38db6p+1, 0x1.28c17b9337834p+4, 0x1.1f4876815847dp+5, 0x1.1f6823d085e6bp+3, 0x1.f41563707e12cp+3, 0x1.cdc1ccc661e94p+3, 0x1.d68b3c97f9832p+3, 0x1.36b2b93631899p+5,
        0x1.0325b6bf4205dp+4, 0x1.50491c9df7e3bp+5, 0x1.bbca2c66a4045p+3, 0x1.ae841693db8b4p+4, 0x1.20978c4677b4ep+2, 0x1.6b733bfd8c648p+4, 0x1.5fd9342a3fd89p+5, 0x1.6p+3,
        0x1.323cc4fb267fep+4, 0x1.1ac46c4f92013p+4, 0x1.2025ea8a882e6p+4, 0, 0, 0, 2, 0,
        1, 2, 0, 0, 1, 2, 0, 1,
        1, 2, 1, 1, 2, 1, 1, 1,
        0, 0, 1, -31, -64, -15, 63, 17,
        26, -19, -48, 74, 55, -41, 4, 24,
        42, 62, 9, -14, 32, -0x1.fp+3, -0x1p+5, -0x1.ep+2,
        0x1.f8p+4, 0x1.1p+3, 0x1.ap+3, -0x1.3p+3, -0x1.8p+4, 0x1.28p+5, 0x1.b8p+4, -0x1.48p+4,
        0x1p+1, 0x1.8p+3, 0x1.5p+4, 0x1.fp+4, 0x1.2p+2, -0x1.cp+2, 0x1p+4, -42,
        -35, -45, 30, -6, 0, -22, -33, 35,
        19, -40, -5, -1, -4, 17, -17, -33,
        6, 11, -29, 30, 33, 23, 26, 3,
        -15, 39, 36, -1, 9, 25, 46, 45,
        26, 19, 26, 0x1.5f2p+9, 0x1.2p+3, 0x1.5f9p+10, 0x1.2p+1, 0x1.a48p+7,
        0x1.52p+7, 0x1.388p+7, 0x1.44p+6, 0x1p+2, 0x1.21p+6, 0x1.7c4p+8, 0x1.88p+5, 0x1.52p+7,
        0x1.388p+9, 0x1.88p+7, 0x1.ce4p+8, 0x1.52p+9, 0x1.9p+6, 0x1.5f2p+10, 0x1.2p+4, 0x1.5f9p+11,
        0x1.2p+2, 0x1.a48p+8, 0x1.52p+8, 0x1.388p+8, 0x1.44p+7, 0x1p+3, 0x1.21p+7, 0x1.7c4p+9,
        0x1.88p+6, 0x1.52p+8, 0x1.388p+10, 0x1.88p+8, 0x1.ce4p+9, 0x1.52p+10, 0x1.9p+7, inf,
        inf, inf, inf, inf, inf, inf, inf, inf,
        inf, inf, inf, inf, inf, inf, inf, inf,
        inf, 0x1.a8p+4, 0x1.8p+1, 0x1.2cp+5, 0x1.8p+0, 0x1.dp+3, 0x1.ap+3, 0x1.9p+3,
        0x1.2p+3, 0x1p+1, 0x1.1p+3, 0x1.38p+4, 0x1.cp+2, 0x1.ap+3, 0x1.9p+4, 0x1.cp+3,
        0x1.58p+4, 0x1.ap+4, 0x1.4p+3, 0x1.2bd032ce15d85p+5, 0x1.0f876ccdf6cd9p+2, 0x1.a8439a01d1a14p+5, 0x1.0f876ccdf6cd9p+1, 0x1.4818f8ce34e31p+4,
        0x1.26280b3476096p+4, 0x1.1ad7bc01366b8p+4, 0x1.974b2334f2346p+3, 0x1.6a09e667f3bcdp+1, 0x1.80aa84ce72f89p+3, 0x1.b93c10ceb10e1p+4, 0x1.3cc8a99af5453p+3, 0x1.26280b3476096p+4,
        0x1.1ad7bc01366b8p+5, 0x1.3cc8a99af5453p+4, 0x1.e67d4d9baf85bp+4, 0x1.26280b3476096p+5, 0x1.c48c6001f0acp+3, 0, 0, 0,
        1, 0, 0, 0, 0, 1, 0, 0,
        0, 1, 1, 0, 0, 1, 0, 1,
        1, 1, 0, 1, 1, 1, 1, 0,
        1, 1, 1, 0, 0, 1, 1, 0,
        1, -122, 12, 27, 79, -16, 23, -26,
        44, 88, 40, 8, 19, -0x1.4555555555555p+5, 0x1p+2, 0x1.2p+3,
        0x1.a555555555555p+4, -0x1.5555555555555p+2, 0x1.eaaaaaaaaaaabp+2, -0x1.1555555555555p+3, 0x1.d555555555555p+3, 0x1.d555555555555p+4, 0x1.aaaaaaaaaaaabp+3, 0x1.5555555555555p+1,
        0x1.9555555555555p+2, -45, -29, -6, 23, -33, -15, -40,
        -1, 17, -4, -17, -33, -35, 30, 33,
        30, 39, 35, 19, 36, 46, 45, 19,
        26, 0x1.18e38e38e38e4p+4, 0x1.2e55555555555p+9, 0x1.26p+8, 0x1.071c71c71c71dp+3, 0x1.f571c71c71c73p+9, 0x1.ab8e38e38e38fp+8, 0x1.2571c71c71c71p+9,
        0x1.e871c71c71c73p+7, 0x1.2b1c71c71c71dp+7, 0x1.f6e38e38e38e3p+8, 0x1.bb1c71c71c71cp+7, 0x1.82c71c71c71c8p+9, 0x1.a555555555556p+4, 0x1.c58p+9, 0x1.b9p+8,
        0x1.8aaaaaaaaaaabp+3, 0x1.7815555555556p+10, 0x1.40aaaaaaaaaabp+9, 0x1.b82aaaaaaaaaap+9, 0x1.6e55555555556p+8, 0x1.c0aaaaaaaaaabp+7, 0x1.792aaaaaaaaaap+9, 0x1.4c55555555555p+8,
        0x1.2215555555556p+10, inf, inf, inf, inf, inf, inf, inf,
        inf, inf, inf, inf, inf, 0x1.0c27e5418b989p+2, 0x1.8970854794baap+4, 0x1.1257c5187fd09p+4,
        0x1.6f0854d9eac68p+1, 0x1.fab1da3904ba6p+4, 0x1.4ad6b2beecb09p+4, 0x1.839cd5b5d2deap+4, 0x1.f41563707e12dp+3, 0x1.875659d6aa99ep+3, 0x1.66cd8e017bdaep+4, 0x1.dc4fcf3d7d169p+3,
        0x1.bd01808a70ed7p+4, 0x1.486c2871a1fa2p+2, 0x1.e1dcf0ea74a3bp+4, 0x1.5p+4, 0x1.c1856f1e69e81p+1, 0x1.36493010e1b9fp+5, 0x1.953165b48a5efp+4, 0x1.daba01ab73a08p+4,
        0x1.323cc4fb267ffp+4, 0x1.df49d20cca79p+3, 0x1.b7712b886b26fp+4, 0x1.23ae20f147be4p+4, 0x1.108263420ef1ep+5, 2, 1, 1,
        1, 1, 1, 1, 1, 2, 1, 0,
        1, 1, 2, 0, 0, 2, 2, 0,
        0, 1, 2, 1, 0, -4, -49, 12,
        105, -59, 171, -0x1.5555555555555p-1, -0x1.0555555555555p+3, 0x1p+1, 0x1.18p+4, -0x1.3aaaaaaaaaaabp+3,
        0x1.c8p+4, -42, -40, -45, -1, -33, 9, 33,
        46, 39, 36, 23, 45, 0x1.801c71c71c71cp+9, 0x1.f63c71c71c71cp+9, 0x1.42aaaaaaaaaabp+9,
        0x1.848p+7, 0x1.6178e38e38e38p+8, 0x1.d9p+6, 0x1.cceeeeeeeeeeep+9, 0x1.2d57777777777p+10, 0x1.8333333333333p+9, 0x1.d233333333333p+7, 0x1.a82aaaaaaaaaap+8,
        0x1.1bccccccccccdp+7, 0x1.801c71c71c71cp+10, 0x1.f63c71c71c71cp+10, 0x1.42aaaaaaaaaabp+10, 0x1.848p+8, 0x1.6178e38e38e38p+9, 0x1.d9p+7, 0x1.bb781a5a95746p+4,
        0x1.fb1834d526613p+4, 0x1.96745ffa64647p+4, 0x1.bdfeda1d7824ap+3, 0x1.2cd04f61c3295p+4, 0x1.5bfa1d602241cp+3, 0x1.e5cbce48113f7p+4, 0x1.15bf43ba60c7ap+5, 0x1.bd3faa7236474p+4,
        0x1.e89048ad42d87p+3, 0x1.4986608984656p+4, 0x1.7d3091437637p+3, 24, -105, -11, 87, 59,
        88, -10, -62, 106, 0x1.8p+2, -0x1.a4p+4, -0x1.6p+1, 0x1.5cp+4,
        0x1.d8p+3, 0x1.6p+4, -0x1.4p+1, -0x1.fp+3, 0x1.a8p+4, -42, -40, -45,
        -1, -6, 0, -22, -33, 6, 36, -1,
        30, 33, 46, 45, 26, 19, 39, 0x1.a8cp+9,
        0x1.c76p+7, 0x1.7718p+9, 0x1.696p+7, 0x1.c8bp+8, 0x1.078p+8, 0x1.664p+8, 0x1.c2cp+8, 0x1.448p+7,
        0x1.1b2aaaaaaaaabp+10, 0x1.2f95555555555p+8, 0x1.f42p+9, 0x1.e1d5555555555p+7, 0x1.3075555555555p+9, 0x1.5f55555555555p+8, 0x1.ddaaaaaaaaaabp+8, 0x1.2c8p+9,
        0x1.b0aaaaaaaaaabp+7, 0x1.a8cp+11, 0x1.c76p+9, 0x1.7718p+11, 0x1.696p+9, 0x1.c8bp+10, 0x1.078p+10, 0x1.664p+10,
        0x1.c2cp+10, 0x1.448p+9, 0x1.d256c448631f7p+4, 0x1.e2dbb03125e1ap+3, 0x1.b63b99c0cf221p+4, 0x1.ae24e7cb02bp+3, 0x1.55ec892d576bdp+4, 0x1.03b911e4e2516p+4,
        0x1.2ed70324552ap+4, 0x1.53b1a8ab2b1c7p+4, 0x1.979b8f3ea7eeep+3, 0x1.0d3dac297a58dp+5, 0x1.16c73dd2083a6p+4, 0x1.fa0715330e889p+4, 0x1.f0b00ccca9731p+3, 0x1.8ad1ddc3d6ac5p+4,
        0x1.2be6f6fdaf2c8p+4, 0x1.5db07b997bf29p+4, 0x1.883eac9f5314p+4, 0x1.d6aa2ee596489p+3, -148, 56, 115, 119,
        -8, 42, -0x1.8aaaaaaaaaaabp+4, 0x1.2aaaaaaaaaaabp+3, 0x1.32aaaaaaaaaabp+4, 0x1.3d55555555555p+4, -0x1.5555555555555p+0, 0x1.cp+2,
        -45, -29, -6, -4, -33, -33, 19, 36,
        46, 45, 39, 35, 0x1.171c71c71c71dp+9, 0x1.c4e38e38e38e4p+8, 0x1.45238e38e38e4p+8, 0x1.29ce38e38e38ep+8,
        0x1.3a1c71c71c71dp+9, 0x1.2c8p+9, 0x1.4eeeeeeeeeefp+9, 0x1.0fbbbbbbbbbbcp+9, 0x1.862aaaaaaaaabp+8, 0x1.655dddddddddep+8, 0x1.78eeeeeeeeeefp+9, 0x1.689999999999ap+9,
        0x1.171c71c71c71dp+10, 0x1.c4e38e38e38e4p+9, 0x1.45238e38e38e4p+9, 0x1.29ce38e38e38ep+9, 0x1.3a1c71c71c71dp+10, 0x1.2c8p+10, 0x1.7a0712bf0c8d6p+4, 0x1.547fbd2b8a00cp+4,
        0x1.2081777176e0dp+4, 0x1.141cd9cd89414p+4, 0x1.9107a00668dc3p+4, 0x1.883eac9f5314p+4, 0x1.9e1bc7fe2aabep+4, 0x1.74ff794be77e7p+4, 0x1.3c0acd0c277c7p+4, 0x1.2e775fdf9db2bp+4,
        0x1.b74e5dd9abaecp+4, 0x1.adaec3b2999adp+4, 13, -95, 85, 88, -13, 98,
        0x1.1555555555555p+1, -0x1.faaaaaaaaaaabp+3, 0x1.c555555555555p+3, 0x1.d555555555555p+3, -0x1.1555555555555p+1, 0x1.0555555555555p+4, -42, -35,
        -45, -17, -40, -5, 33, 23, 39, 36,
        46, 45, 0x1.6991c71c71c71p+9, 0x1.96ce38e38e38fp+8, 0x1.ac91c71c71c73p+9, 0x1.4638e38e38e38p+8, 0x1.ad91c71c71c71p+9, 0x1.fe71c71c71c73p+7,
        0x1.b1e2222222222p+9, 0x1.e82aaaaaaaaabp+8, 0x1.0124444444445p+10, 0x1.8777777777776p+8, 0x1.01bdddddddddep+10, 0x1.3244444444445p+8, 0x1.6991c71c71c71p+10, 0x1.96ce38e38e38fp+9,
        0x1.ac91c71c71c73p+10, 0x1.4638e38e38e38p+9, 0x1.ad91c71c71c71p+10, 0x1.fe71c71c71c73p+8, 0x1.ae4286d3ac792p+4, 0x1.42b5f31bc7951p+4, 0x1.d46e52c8a77aep+4, 0x1.20fc684e88c9fp+4,
        0x1.d4fa25afef25fp+4, 0x1.ff38bcc7d424fp+3, 0x1.d753797da01bdp+4, 0x1.61830c2d661e7p+4, 0x1.0091f8846683bp+5, 0x1.3c9179d794c3dp+4, 0x1.00de8e31788afp+5, 0x1.1801f350ab24ep+4,
        -111, 114, 70, 103, -0x1.8aaaaaaaaaaabp+3, 0x1.9555555555555p+3, 0x1.f1c71c71c71c7p+2, 0x1.6e38e38e38e39p+3,
        -45, -29, -40, -33, 39, 35, 46, 45,
        0x1.b4e38e38e38e4p+9, 0x1.ba71c71c71c72p+8, 0x1.1e87e6b74f033p+9, 0x1.041f9add3c0cbp+9, 0x1.eb80000000001p+9, 0x1.f1cp+8, 0x1.4258e38e38e39p+9, 0x1.24a38e38e38e4p+9,
        0x1.47aaaaaaaaaabp+10, 0x1.4bd5555555555p+9, 0x1.adcbda12f684cp+9, 0x1.862f684bda13p+9, 0x1.d8f4a9edf1039p+4, 0x1.508cc0a80f9cp+4, 0x1.7f04f268fd0f5p+4, 0x1.6cf157fbac4f7p+4,
        0x1.f5a531ec3a304p+4, 0x1.64f70935a7991p+4, 0x1.9640db0337bd6p+4, 0x1.83148a843f569p+4, -110, 106, 7, 18,
        128, 27, -0x1.2555555555555p+4, 0x1.1aaaaaaaaaaabp+4, 0x1.2aaaaaaaaaaabp+0, 0x1.8p+1, 0x1.5555555555555p+4, 0x1.2p+2,
        -45, -6, -33, -40, -4, -33, 30, 33,
        39, 36, 46, 26, 0x1.94f1c71c71c71p+9, 0x1.c471c71c71c71p+7, 0x1.7abc71c71c71dp+9, 0x1.13d5555555555p+9,
        0x1.8638e38e38e39p+8, 0x1.f4eaaaaaaaaabp+8, 0x1.e5eeeeeeeeeeep+9, 0x1.0f77777777777p+8, 0x1.c67bbbbbbbbbdp+9, 0x1.4bp+9, 0x1.d444444444445p+8, 0x1.2c8cccccccccdp+9,
        0x1.94f1c71c71c71p+10, 0x1.c471c71c71c71p+8, 0x1.7abc71c71c71dp+10, 0x1.13d5555555555p+10, 0x1.8638e38e38e39p+9, 0x1.f4eaaaaaaaaabp+9, 0x1.c756353921c9ap+4, 0x1.e14d4bcf9ea89p+3,
        0x1.b85afc481b389p+4, 0x1.77cd265203454p+4, 0x1.3c108f96aabddp+4, 0x1.66194347abf9p+4, 0x1.f2cbe20dc5811p+4, 0x1.079eb3a136b78p+4, 0x1.e2629b7b3c32cp+4, 0x1.9bab76157ff0dp+4,
        0x1.5a3b4502bb572p+4, 0x1.8847072615a41p+4, 101, -108, 183, 0x1.0d55555555555p+3, -0x1.2p+3, 0x1.e8p+3,
        -42, -40, -45, 36, 46, 45, 0x1.19df1c71c71c7p+9, 0x1.53d5555555555p+9,
        0x1.16ad555555555p+9, 0x1.337f07c1f07c2p+9, 0x1.72ba2e8ba2e8cp+9, 0x1.3002e8ba2e8bap+9, 0x1.77d425ed097b4p+9, 0x1.c51c71c71c71cp+9, 0x1.7391c71c71c72p+9, 0x1.7be4732ca5c8cp+4,
        0x1.a1206e0fa4f8p+4, 0x1.79bbccb294be3p+4, 0x1.8cc8deff9331cp+4, 0x1.b3acb3140d6b4p+4, 0x1.8a87a58c74ebcp+4, -41, 217, -0x1.238e38e38e38ep+1,
        0x1.81c71c71c71c7p+3, -45, -33, 46, 45, 0x1.9c44587e6b74fp+9, 0x1.e1b81948b0fcep+8, 0x1.b48499ef4499fp+9,
        0x1.fe0e38e38e38fp+8, 0x1.eeb86a314dbf9p+9, 0x1.21080f2b9d649p+9, 0x1.cb6f686fdaff2p+4, 0x1.5f2b6be9d9affp+4, 0x1.d8c1419f0ecb4p+4, 0x1.6959bdd8ff7c8p+4, -92,
        234, 34, -0x1.eaaaaaaaaaaabp+2, 0x1.38p+4, 0x1.6aaaaaaaaaaabp+1, -45, -6, -33,
        36, 46, 39, 0x1.8d471c71c71c7p+9, 0x1.3795555555555p+8, 0x1.3bfc71c71c71dp+9, 0x1.b164d9364d936p+9, 0x1.53e8ba2e8ba2fp+8,
        0x1.58b64d9364d94p+9, 0x1.08da12f684bdap+10, 0x1.9f71c71c71c72p+8, 0x1.a55097b425ed1p+9, 0x1.c3017b6ccd716p+4, 0x1.1a6d75590d7c1p+4, 0x1.923994920fccep+4, 0x1.d70f68385104cp+4,
        0x1.26fc690f790f3p+4, 0x1.a41c3816b21dcp+4, 3, 173, 0x1.5555555555555p-3, 0x1.338e38e38e38ep+3, -45, -40,
        39, 46, 0x1.972e38e38e38ep+9, 0x1.1301f9add3c0cp+9, 0x1.af21e1e1e1e1ep+9, 0x1.232f4499ef449p+9, 0x1.e89dddddddddep+9, 0x1.4a025ed097b42p+9,
        0x1.c8979af23bc31p+4, 0x1.773d0ff8d860bp+4, 0x1.d5d45a814b395p+4, 0x1.821e04898d56p+4, 176, 0x1.38e38e38e38e4p+2, -45, 46,
        0x1.603e6b74f0328p+9, 0x1.6a4ed4ed4ed4ep+9, 0x1.804418227a65ap+9, 0x1.a8accb8e679a2p+4, 0x1.aeb2f4518c3b5p+4, 0, nan, nan,
        nan, nan, nan, nan, 0, 0, nan, nan,
        nan, nan, nan, nan, nan, nan, nan, nan,
        nan, nan, 0, nan, nan, nan, nan, nan,
        nan, 31699, 0x1.2c8db0f65de79p+0, -1000, 1002, 0x1.467c7720d040cp+18, 0x1.467f8f9fc9326p+18, 0x1.4685c0cad1ed1p+18,
        0x1.211a55394ef1ap+9, 0x1.211bb418efb7bp+9, 0, 280, 10657, 11234, 9808, 0x1.2f21e7e10d6dp+0,
        0x1.3f8b7dd695bb4p+0, 0x1.16fbad2b768e7p+0, -1000, -1000, -1000, 1002, 1002, 1002,
        0x1.46651f4d77156p+18, 0x1.467f666cb8432p+18, 0x1.4690ded81aa9ap+18, 0x1.466e684d79499p+18, 0x1.4688b02c19514p+18, 0x1.469a2916b6807p+18, 0x1.4680fbe34d0a3p+18, 0x1.469b4540cb71ep+18,
        0x1.46acbf29f3eadp+18, 0x1.210fff3f95519p+9, 0x1.211ba1db5158cp+9, 0x1.21235de0afbebp+9, 0x1.21141bc7cdf9ap+9, 0x1.211fbe8de7b06p+9, 0x1.21277aaf6fb97p+9, 0,
        1015, 27, 280, 1295, 307, 31699, 0x1.2c8db0f65de79p+0, -1000,
        1002, 0x1.467c7720d040cp+18, 0x1.467f8f9fc9326p+18, 0x1.4685c0cad1ed1p+18, 0x1.211a55394ef1ap+9, 0x1.211bb418efb7bp+9,
    };
    // {case, function, ddof, axis kind (0: None, 1: an int, 2: a tuple), axis count,
    //  axes, raises, rank, shape, rank and shape with keepdims=True, first in
    //  nan_values, count}
    static const nan_expected nan_expectations[] = {
        {0, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 0, 1},
        {0, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 1, 1},
        {0, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2, 1},
        {0, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3, 1},
        {0, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 4, 1},
        {0, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 5, 1},
        {0, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6, 1},
        {0, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 7, 1},
        {0, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 8, 1},
        {0, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 9, 1},
        {0, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 10, 1},
        {0, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 11, 1},
        {0, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 12, 1},
        {0, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 13, 1},
        {0, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 14, 1},
        {0, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 15, 1},
        {0, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 16, 1},
        {0, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 17, 1},
        {0, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 18, 1},
        {0, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 19, 1},
        {0, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 20, 1},
        {0, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 21, 1},
        {1, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 22, 1},
        {1, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 23, 1},
        {1, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 24, 1},
        {1, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 25, 1},
        {1, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 26, 1},
        {1, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 27, 1},
        {1, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 28, 1},
        {1, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 29, 1},
        {1, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 30, 1},
        {1, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 31, 0},
        {1, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 31, 0},
        {1, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 31, 1},
        {1, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 32, 1},
        {1, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 33, 1},
        {1, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 34, 1},
        {1, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 35, 1},
        {1, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 36, 1},
        {1, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 37, 1},
        {1, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 38, 1},
        {1, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 39, 1},
        {1, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 40, 0},
        {1, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 40, 0},
        {2, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 40, 1},
        {2, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 41, 1},
        {2, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 42, 1},
        {2, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 43, 1},
        {2, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 44, 1},
        {2, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 45, 1},
        {2, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 46, 1},
        {2, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 47, 1},
        {2, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 48, 1},
        {2, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 49, 1},
        {2, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 50, 1},
        {2, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 51, 1},
        {2, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 52, 1},
        {2, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 53, 1},
        {2, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 54, 1},
        {2, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 55, 1},
        {2, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 56, 1},
        {2, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 57, 1},
        {2, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 58, 1},
        {2, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 59, 1},
        {2, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 60, 1},
        {2, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 61, 1},
        {3, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 62, 1},
        {3, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 63, 1},
        {3, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 64, 1},
        {3, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 65, 1},
        {3, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 66, 1},
        {3, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 67, 1},
        {3, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 68, 1},
        {3, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 69, 1},
        {3, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 70, 1},
        {3, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 71, 1},
        {3, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 72, 1},
        {3, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 73, 4},
        {3, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 77, 4},
        {3, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 81, 4},
        {3, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 85, 4},
        {3, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 89, 4},
        {3, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 93, 4},
        {3, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 97, 4},
        {3, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 101, 4},
        {3, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 105, 4},
        {3, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 109, 4},
        {3, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 113, 4},
        {3, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 117, 3},
        {3, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 120, 3},
        {3, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 123, 3},
        {3, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 126, 3},
        {3, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 129, 3},
        {3, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 132, 3},
        {3, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 135, 3},
        {3, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 138, 3},
        {3, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 141, 3},
        {3, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 144, 0},
        {3, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 144, 0},
        {3, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 144, 1},
        {3, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 145, 1},
        {3, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 146, 1},
        {3, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 147, 1},
        {3, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 148, 1},
        {3, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 149, 1},
        {3, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 150, 1},
        {3, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 151, 1},
        {3, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 152, 1},
        {4, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 153, 1},
        {4, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 154, 1},
        {4, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 155, 1},
        {4, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 156, 1},
        {4, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 157, 1},
        {4, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 158, 1},
        {4, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 159, 1},
        {4, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 160, 1},
        {4, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 161, 1},
        {4, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 162, 1},
        {4, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 163, 1},
        {4, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 164, 4},
        {4, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 168, 4},
        {4, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 172, 4},
        {4, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 176, 4},
        {4, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 180, 4},
        {4, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 184, 4},
        {4, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 188, 4},
        {4, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 192, 4},
        {4, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 196, 4},
        {4, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 200, 4},
        {4, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 204, 4},
        {4, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 208, 3},
        {4, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 211, 3},
        {4, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 214, 3},
        {4, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 217, 3},
        {4, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 220, 3},
        {4, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 223, 3},
        {4, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 226, 3},
        {4, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 229, 3},
        {4, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 232, 3},
        {4, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 235, 3},
        {4, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 238, 3},
        {4, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 241, 1},
        {4, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 242, 1},
        {4, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 243, 1},
        {4, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 244, 1},
        {4, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 245, 1},
        {4, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 246, 1},
        {4, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 247, 1},
        {4, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 248, 1},
        {4, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 249, 1},
        {5, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 250, 1},
        {5, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 251, 1},
        {5, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 252, 1},
        {5, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 253, 1},
        {5, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 254, 1},
        {5, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 255, 1},
        {5, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 256, 1},
        {5, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 257, 1},
        {5, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 258, 1},
        {5, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 259, 1},
        {5, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 260, 1},
        {5, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 261, 12},
        {5, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 273, 12},
        {5, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 285, 12},
        {5, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 297, 12},
        {5, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 309, 12},
        {5, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 321, 12},
        {5, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 333, 12},
        {5, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 345, 12},
        {5, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 357, 12},
        {5, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 369, 0},
        {5, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 369, 0},
        {5, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 369, 8},
        {5, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 377, 8},
        {5, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 385, 8},
        {5, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 393, 8},
        {5, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 401, 8},
        {5, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 409, 8},
        {5, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 417, 8},
        {5, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 425, 8},
        {5, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 433, 8},
        {5, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 441, 0},
        {5, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 441, 0},
        {5, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 441, 6},
        {5, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 447, 6},
        {5, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 453, 6},
        {5, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 459, 6},
        {5, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 465, 6},
        {5, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 471, 6},
        {5, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 477, 6},
        {5, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 483, 6},
        {5, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 489, 6},
        {5, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 495, 6},
        {5, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 501, 6},
        {5, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 507, 4},
        {5, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 511, 4},
        {5, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 515, 4},
        {5, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 519, 4},
        {5, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 523, 4},
        {5, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 527, 4},
        {5, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 531, 4},
        {5, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 535, 4},
        {5, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 539, 4},
        {5, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 543, 3},
        {5, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 546, 3},
        {5, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 549, 3},
        {5, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 552, 3},
        {5, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 555, 3},
        {5, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 558, 3},
        {5, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 561, 3},
        {5, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 564, 3},
        {5, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 567, 3},
        {5, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 570, 2},
        {5, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 572, 2},
        {5, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 574, 2},
        {5, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 576, 2},
        {5, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 578, 2},
        {5, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 580, 2},
        {5, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 582, 2},
        {5, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 584, 2},
        {5, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 586, 2},
        {5, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 588, 1},
        {5, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 589, 1},
        {5, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 590, 1},
        {5, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 591, 1},
        {5, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 592, 1},
        {5, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 593, 1},
        {5, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 594, 1},
        {5, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 595, 1},
        {5, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 596, 1},
        {6, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 597, 1},
        {6, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 598, 1},
        {6, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 599, 1},
        {6, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 600, 1},
        {6, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 601, 1},
        {6, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 602, 1},
        {6, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 603, 1},
        {6, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 604, 1},
        {6, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 605, 1},
        {6, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 606, 1},
        {6, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 607, 1},
        {6, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 608, 18},
        {6, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 626, 18},
        {6, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 644, 18},
        {6, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 662, 18},
        {6, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 680, 18},
        {6, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 698, 18},
        {6, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 716, 18},
        {6, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 734, 18},
        {6, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 752, 18},
        {6, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 770, 18},
        {6, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 788, 18},
        {6, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 806, 12},
        {6, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 818, 12},
        {6, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 830, 12},
        {6, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 842, 12},
        {6, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 854, 12},
        {6, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 866, 12},
        {6, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 878, 12},
        {6, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 890, 12},
        {6, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 902, 12},
        {6, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 914, 12},
        {6, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 926, 12},
        {6, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 938, 18},
        {6, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 956, 18},
        {6, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 974, 18},
        {6, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 992, 18},
        {6, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 1010, 18},
        {6, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 1028, 18},
        {6, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 1046, 18},
        {6, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 1064, 18},
        {6, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 1082, 18},
        {6, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 1100, 18},
        {6, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 1118, 18},
        {6, "nansum", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 1136, 12},
        {6, "nanmean", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 1148, 12},
        {6, "nanmin", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 1160, 12},
        {6, "nanmax", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 1172, 12},
        {6, "nanvar", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 1184, 12},
        {6, "nanvar", 1, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 1196, 12},
        {6, "nanvar", 3, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 1208, 12},
        {6, "nanstd", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 1220, 12},
        {6, "nanstd", 1, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 1232, 12},
        {6, "nanargmin", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 1244, 12},
        {6, "nanargmax", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 1256, 12},
        {6, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 1268, 6},
        {6, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 1274, 6},
        {6, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 1280, 6},
        {6, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 1286, 6},
        {6, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 1292, 6},
        {6, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 1298, 6},
        {6, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 1304, 6},
        {6, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 1310, 6},
        {6, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 1316, 6},
        {6, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 1322, 9},
        {6, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 1331, 9},
        {6, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 1340, 9},
        {6, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 1349, 9},
        {6, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 1358, 9},
        {6, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 1367, 9},
        {6, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 1376, 9},
        {6, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 1385, 9},
        {6, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 1394, 9},
        {6, "nansum", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 1403, 6},
        {6, "nanmean", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 1409, 6},
        {6, "nanmin", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 1415, 6},
        {6, "nanmax", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 1421, 6},
        {6, "nanvar", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 1427, 6},
        {6, "nanvar", 1, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 1433, 6},
        {6, "nanvar", 3, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 1439, 6},
        {6, "nanstd", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 1445, 6},
        {6, "nanstd", 1, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 1451, 6},
        {6, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 1457, 6},
        {6, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 1463, 6},
        {6, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 1469, 6},
        {6, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 1475, 6},
        {6, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 1481, 6},
        {6, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 1487, 6},
        {6, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 1493, 6},
        {6, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 1499, 6},
        {6, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 1505, 6},
        {6, "nansum", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 1511, 4},
        {6, "nanmean", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 1515, 4},
        {6, "nanmin", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 1519, 4},
        {6, "nanmax", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 1523, 4},
        {6, "nanvar", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 1527, 4},
        {6, "nanvar", 1, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 1531, 4},
        {6, "nanvar", 3, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 1535, 4},
        {6, "nanstd", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 1539, 4},
        {6, "nanstd", 1, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 1543, 4},
        {6, "nansum", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 1547, 6},
        {6, "nanmean", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 1553, 6},
        {6, "nanmin", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 1559, 6},
        {6, "nanmax", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 1565, 6},
        {6, "nanvar", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 1571, 6},
        {6, "nanvar", 1, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 1577, 6},
        {6, "nanvar", 3, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 1583, 6},
        {6, "nanstd", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 1589, 6},
        {6, "nanstd", 1, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 1595, 6},
        {6, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 1601, 3},
        {6, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 1604, 3},
        {6, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 1607, 3},
        {6, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 1610, 3},
        {6, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 1613, 3},
        {6, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 1616, 3},
        {6, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 1619, 3},
        {6, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 1622, 3},
        {6, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 1625, 3},
        {6, "nansum", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 1628, 2},
        {6, "nanmean", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 1630, 2},
        {6, "nanmin", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 1632, 2},
        {6, "nanmax", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 1634, 2},
        {6, "nanvar", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 1636, 2},
        {6, "nanvar", 1, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 1638, 2},
        {6, "nanvar", 3, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 1640, 2},
        {6, "nanstd", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 1642, 2},
        {6, "nanstd", 1, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 1644, 2},
        {6, "nansum", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 1646, 3},
        {6, "nanmean", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 1649, 3},
        {6, "nanmin", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 1652, 3},
        {6, "nanmax", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 1655, 3},
        {6, "nanvar", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 1658, 3},
        {6, "nanvar", 1, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 1661, 3},
        {6, "nanvar", 3, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 1664, 3},
        {6, "nanstd", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 1667, 3},
        {6, "nanstd", 1, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 1670, 3},
        {6, "nansum", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 1673, 2},
        {6, "nanmean", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 1675, 2},
        {6, "nanmin", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 1677, 2},
        {6, "nanmax", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 1679, 2},
        {6, "nanvar", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 1681, 2},
        {6, "nanvar", 1, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 1683, 2},
        {6, "nanvar", 3, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 1685, 2},
        {6, "nanstd", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 1687, 2},
        {6, "nanstd", 1, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 1689, 2},
        {6, "nansum", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1691, 1},
        {6, "nanmean", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1692, 1},
        {6, "nanmin", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1693, 1},
        {6, "nanmax", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1694, 1},
        {6, "nanvar", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1695, 1},
        {6, "nanvar", 1, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1696, 1},
        {6, "nanvar", 3, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1697, 1},
        {6, "nanstd", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1698, 1},
        {6, "nanstd", 1, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1699, 1},
        {7, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1700, 1},
        {7, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1701, 1},
        {7, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1702, 1},
        {7, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1703, 1},
        {7, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1704, 1},
        {7, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1705, 1},
        {7, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1706, 1},
        {7, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1707, 1},
        {7, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1708, 1},
        {7, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1709, 1},
        {7, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 1710, 1},
        {7, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 1711, 4},
        {7, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 1715, 4},
        {7, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 1719, 4},
        {7, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 1723, 4},
        {7, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 1727, 4},
        {7, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 1731, 4},
        {7, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 1735, 4},
        {7, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 1739, 4},
        {7, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 1743, 4},
        {7, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 1747, 4},
        {7, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 1751, 4},
        {7, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 1755, 12},
        {7, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 1767, 12},
        {7, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 1779, 12},
        {7, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 1791, 12},
        {7, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 1803, 12},
        {7, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 1815, 12},
        {7, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 1827, 12},
        {7, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 1839, 12},
        {7, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 1851, 12},
        {7, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 1863, 12},
        {7, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 1875, 12},
        {7, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 1887, 6},
        {7, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 1893, 6},
        {7, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 1899, 6},
        {7, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 1905, 6},
        {7, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 1911, 6},
        {7, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 1917, 6},
        {7, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 1923, 6},
        {7, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 1929, 6},
        {7, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 1935, 6},
        {7, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 1941, 6},
        {7, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 1947, 6},
        {7, "nansum", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 1953, 6},
        {7, "nanmean", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 1959, 6},
        {7, "nanmin", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 1965, 6},
        {7, "nanmax", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 1971, 6},
        {7, "nanvar", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 1977, 6},
        {7, "nanvar", 1, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 1983, 6},
        {7, "nanvar", 3, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 1989, 6},
        {7, "nanstd", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 1995, 6},
        {7, "nanstd", 1, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 2001, 6},
        {7, "nanargmin", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 2007, 6},
        {7, "nanargmax", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 2013, 6},
        {7, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 2019, 4},
        {7, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 2023, 4},
        {7, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 2027, 4},
        {7, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 2031, 4},
        {7, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 2035, 4},
        {7, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 2039, 4},
        {7, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 2043, 4},
        {7, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 2047, 4},
        {7, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 2051, 4},
        {7, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 2055, 2},
        {7, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 2057, 2},
        {7, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 2059, 2},
        {7, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 2061, 2},
        {7, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 2063, 2},
        {7, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 2065, 2},
        {7, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 2067, 2},
        {7, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 2069, 2},
        {7, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 2071, 2},
        {7, "nansum", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 2073, 2},
        {7, "nanmean", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 2075, 2},
        {7, "nanmin", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 2077, 2},
        {7, "nanmax", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 2079, 2},
        {7, "nanvar", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 2081, 2},
        {7, "nanvar", 1, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 2083, 2},
        {7, "nanvar", 3, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 2085, 2},
        {7, "nanstd", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 2087, 2},
        {7, "nanstd", 1, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 2089, 2},
        {7, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 2091, 6},
        {7, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 2097, 6},
        {7, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 2103, 6},
        {7, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 2109, 6},
        {7, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 2115, 6},
        {7, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 2121, 6},
        {7, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 2127, 6},
        {7, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 2133, 6},
        {7, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 2139, 6},
        {7, "nansum", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 2145, 6},
        {7, "nanmean", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 2151, 6},
        {7, "nanmin", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 2157, 6},
        {7, "nanmax", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 2163, 6},
        {7, "nanvar", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 2169, 6},
        {7, "nanvar", 1, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 2175, 6},
        {7, "nanvar", 3, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 2181, 6},
        {7, "nanstd", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 2187, 6},
        {7, "nanstd", 1, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 2193, 6},
        {7, "nansum", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 2199, 3},
        {7, "nanmean", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 2202, 3},
        {7, "nanmin", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 2205, 3},
        {7, "nanmax", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 2208, 3},
        {7, "nanvar", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 2211, 3},
        {7, "nanvar", 1, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 2214, 3},
        {7, "nanvar", 3, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 2217, 3},
        {7, "nanstd", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 2220, 3},
        {7, "nanstd", 1, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 2223, 3},
        {7, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 2226, 2},
        {7, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 2228, 2},
        {7, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 2230, 2},
        {7, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 2232, 2},
        {7, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 2234, 2},
        {7, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 2236, 2},
        {7, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 2238, 2},
        {7, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 2240, 2},
        {7, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 2242, 2},
        {7, "nansum", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 2244, 2},
        {7, "nanmean", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 2246, 2},
        {7, "nanmin", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 2248, 2},
        {7, "nanmax", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 2250, 2},
        {7, "nanvar", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 2252, 2},
        {7, "nanvar", 1, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 2254, 2},
        {7, "nanvar", 3, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 2256, 2},
        {7, "nanstd", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 2258, 2},
        {7, "nanstd", 1, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 2260, 2},
        {7, "nansum", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 2262, 1},
        {7, "nanmean", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 2263, 1},
        {7, "nanmin", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 2264, 1},
        {7, "nanmax", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 2265, 1},
        {7, "nanvar", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 2266, 1},
        {7, "nanvar", 1, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 2267, 1},
        {7, "nanvar", 3, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 2268, 1},
        {7, "nanstd", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 2269, 1},
        {7, "nanstd", 1, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 2270, 1},
        {7, "nansum", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 2271, 3},
        {7, "nanmean", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 2274, 3},
        {7, "nanmin", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 2277, 3},
        {7, "nanmax", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 2280, 3},
        {7, "nanvar", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 2283, 3},
        {7, "nanvar", 1, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 2286, 3},
        {7, "nanvar", 3, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 2289, 3},
        {7, "nanstd", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 2292, 3},
        {7, "nanstd", 1, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 2295, 3},
        {7, "nansum", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 2298, 1},
        {7, "nanmean", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 2299, 1},
        {7, "nanmin", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 2300, 1},
        {7, "nanmax", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 2301, 1},
        {7, "nanvar", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 2302, 1},
        {7, "nanvar", 1, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 2303, 1},
        {7, "nanvar", 3, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 2304, 1},
        {7, "nanstd", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 2305, 1},
        {7, "nanstd", 1, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 2306, 1},
        {8, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2307, 1},
        {8, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2308, 1},
        {8, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2309, 1},
        {8, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2310, 1},
        {8, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2311, 1},
        {8, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2312, 1},
        {8, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2313, 1},
        {8, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2314, 1},
        {8, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2315, 1},
        {8, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2316, 1},
        {8, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2317, 1},
        {8, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 2318, 5},
        {8, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 2323, 5},
        {8, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 2328, 5},
        {8, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 2333, 5},
        {8, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 2338, 5},
        {8, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 2343, 5},
        {8, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 2348, 5},
        {8, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 2353, 5},
        {8, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 2358, 5},
        {8, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 2363, 5},
        {8, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 2368, 5},
        {8, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 2373, 4},
        {8, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 2377, 4},
        {8, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 2381, 4},
        {8, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 2385, 4},
        {8, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 2389, 4},
        {8, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 2393, 4},
        {8, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 2397, 4},
        {8, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 2401, 4},
        {8, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 2405, 4},
        {8, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 2409, 4},
        {8, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 2413, 4},
        {8, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2417, 1},
        {8, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2418, 1},
        {8, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2419, 1},
        {8, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2420, 1},
        {8, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2421, 1},
        {8, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2422, 1},
        {8, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2423, 1},
        {8, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2424, 1},
        {8, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2425, 1},
        {9, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2426, 1},
        {9, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2427, 1},
        {9, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2428, 1},
        {9, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2429, 1},
        {9, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2430, 1},
        {9, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2431, 1},
        {9, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2432, 1},
        {9, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2433, 1},
        {9, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2434, 1},
        {9, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2435, 1},
        {9, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2436, 1},
        {9, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 2437, 12},
        {9, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 2449, 12},
        {9, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 2461, 12},
        {9, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 2473, 12},
        {9, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 2485, 12},
        {9, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 2497, 12},
        {9, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 2509, 12},
        {9, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 2521, 12},
        {9, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 2533, 12},
        {9, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2545, 0},
        {9, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2545, 0},
        {9, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 2545, 8},
        {9, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 2553, 8},
        {9, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 2561, 8},
        {9, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 2569, 8},
        {9, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 2577, 8},
        {9, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 2585, 8},
        {9, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 2593, 8},
        {9, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 2601, 8},
        {9, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 2609, 8},
        {9, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 2617, 8},
        {9, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 2625, 8},
        {9, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 2633, 6},
        {9, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 2639, 6},
        {9, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 2645, 6},
        {9, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 2651, 6},
        {9, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 2657, 6},
        {9, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 2663, 6},
        {9, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 2669, 6},
        {9, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 2675, 6},
        {9, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 2681, 6},
        {9, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 2687, 6},
        {9, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 2693, 6},
        {9, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 2699, 4},
        {9, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 2703, 4},
        {9, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 2707, 4},
        {9, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 2711, 4},
        {9, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 2715, 4},
        {9, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 2719, 4},
        {9, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 2723, 4},
        {9, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 2727, 4},
        {9, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 2731, 4},
        {9, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 2735, 3},
        {9, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 2738, 3},
        {9, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 2741, 3},
        {9, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 2744, 3},
        {9, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 2747, 3},
        {9, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 2750, 3},
        {9, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 2753, 3},
        {9, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 2756, 3},
        {9, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 2759, 3},
        {9, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 2762, 2},
        {9, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 2764, 2},
        {9, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 2766, 2},
        {9, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 2768, 2},
        {9, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 2770, 2},
        {9, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 2772, 2},
        {9, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 2774, 2},
        {9, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 2776, 2},
        {9, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 2778, 2},
        {9, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2780, 1},
        {9, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2781, 1},
        {9, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2782, 1},
        {9, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2783, 1},
        {9, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2784, 1},
        {9, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2785, 1},
        {9, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2786, 1},
        {9, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2787, 1},
        {9, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 2788, 1},
        {10, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2789, 1},
        {10, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2790, 1},
        {10, "nanmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2791, 0},
        {10, "nanmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2791, 0},
        {10, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2791, 1},
        {10, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2792, 1},
        {10, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2793, 1},
        {10, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2794, 1},
        {10, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2795, 1},
        {10, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2796, 0},
        {10, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2796, 0},
        {10, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2796, 1},
        {10, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2797, 1},
        {10, "nanmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2798, 0},
        {10, "nanmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2798, 0},
        {10, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2798, 1},
        {10, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2799, 1},
        {10, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2800, 1},
        {10, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2801, 1},
        {10, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2802, 1},
        {10, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2803, 0},
        {10, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2803, 0},
        {11, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2803, 1},
        {11, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2804, 1},
        {11, "nanmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2805, 0},
        {11, "nanmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2805, 0},
        {11, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2805, 1},
        {11, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2806, 1},
        {11, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2807, 1},
        {11, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2808, 1},
        {11, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2809, 1},
        {11, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2810, 0},
        {11, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2810, 0},
        {11, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 2810, 0},
        {11, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 2810, 0},
        {11, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 2810, 0},
        {11, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 2810, 0},
        {11, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 2810, 0},
        {11, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 2810, 0},
        {11, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 2810, 0},
        {11, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 2810, 0},
        {11, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 2810, 0},
        {11, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 2810, 0},
        {11, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 2810, 0},
        {11, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 2810, 2},
        {11, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 2812, 2},
        {11, "nanmin", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2814, 0},
        {11, "nanmax", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2814, 0},
        {11, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 2814, 2},
        {11, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 2816, 2},
        {11, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 2818, 2},
        {11, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 2820, 2},
        {11, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 2822, 2},
        {11, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2824, 0},
        {11, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2824, 0},
        {11, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2824, 1},
        {11, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2825, 1},
        {11, "nanmin", 0, 2, 2, {0, 1, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2826, 0},
        {11, "nanmax", 0, 2, 2, {0, 1, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2826, 0},
        {11, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2826, 1},
        {11, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2827, 1},
        {11, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2828, 1},
        {11, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2829, 1},
        {11, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2830, 1},
        {12, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2831, 1},
        {12, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2832, 1},
        {12, "nanmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2833, 0},
        {12, "nanmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2833, 0},
        {12, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2833, 1},
        {12, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2834, 1},
        {12, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2835, 1},
        {12, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2836, 1},
        {12, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2837, 1},
        {12, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2838, 0},
        {12, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2838, 0},
        {12, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2838, 3},
        {12, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2841, 3},
        {12, "nanmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2844, 0},
        {12, "nanmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2844, 0},
        {12, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2844, 3},
        {12, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2847, 3},
        {12, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2850, 3},
        {12, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2853, 3},
        {12, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2856, 3},
        {12, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2859, 0},
        {12, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2859, 0},
        {12, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 2859, 0},
        {12, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 2859, 0},
        {12, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 2859, 0},
        {12, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 2859, 0},
        {12, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 2859, 0},
        {12, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 2859, 0},
        {12, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 2859, 0},
        {12, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 2859, 0},
        {12, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 2859, 0},
        {12, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 2859, 0},
        {12, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 2859, 0},
        {12, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2859, 1},
        {12, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2860, 1},
        {12, "nanmin", 0, 2, 2, {0, 1, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2861, 0},
        {12, "nanmax", 0, 2, 2, {0, 1, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 2861, 0},
        {12, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2861, 1},
        {12, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2862, 1},
        {12, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2863, 1},
        {12, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2864, 1},
        {12, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2865, 1},
        {13, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2866, 1},
        {13, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2867, 1},
        {13, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2868, 1},
        {13, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2869, 1},
        {13, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2870, 1},
        {13, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2871, 1},
        {13, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2872, 1},
        {13, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2873, 1},
        {13, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2874, 1},
        {13, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2875, 1},
        {13, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2876, 1},
        {13, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2877, 1},
        {13, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2878, 1},
        {13, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2879, 1},
        {13, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2880, 1},
        {13, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2881, 1},
        {13, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2882, 1},
        {13, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2883, 1},
        {13, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2884, 1},
        {13, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2885, 1},
        {13, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2886, 1},
        {13, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2887, 1},
        {14, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2888, 1},
        {14, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2889, 1},
        {14, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2890, 1},
        {14, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2891, 1},
        {14, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2892, 1},
        {14, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2893, 1},
        {14, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2894, 1},
        {14, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2895, 1},
        {14, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2896, 1},
        {14, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2897, 1},
        {14, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2898, 1},
        {14, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2899, 1},
        {14, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2900, 1},
        {14, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2901, 1},
        {14, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2902, 1},
        {14, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2903, 1},
        {14, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2904, 1},
        {14, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2905, 1},
        {14, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2906, 1},
        {14, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2907, 1},
        {14, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2908, 1},
        {14, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 2909, 1},
        {15, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2910, 1},
        {15, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2911, 1},
        {15, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2912, 1},
        {15, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2913, 1},
        {15, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2914, 1},
        {15, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2915, 1},
        {15, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2916, 1},
        {15, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2917, 1},
        {15, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2918, 1},
        {15, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2919, 1},
        {15, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2920, 1},
        {15, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 2921, 3},
        {15, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 2924, 3},
        {15, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 2927, 3},
        {15, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 2930, 3},
        {15, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 2933, 3},
        {15, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 2936, 3},
        {15, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 2939, 3},
        {15, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 2942, 3},
        {15, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 2945, 3},
        {15, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 2948, 3},
        {15, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 2951, 3},
        {15, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2954, 1},
        {15, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2955, 1},
        {15, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2956, 1},
        {15, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2957, 1},
        {15, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2958, 1},
        {15, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2959, 1},
        {15, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2960, 1},
        {15, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2961, 1},
        {15, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2962, 1},
        {16, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2963, 1},
        {16, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2964, 1},
        {16, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2965, 1},
        {16, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2966, 1},
        {16, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2967, 1},
        {16, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2968, 1},
        {16, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2969, 1},
        {16, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2970, 1},
        {16, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2971, 1},
        {16, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2972, 1},
        {16, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 2973, 1},
        {16, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2974, 3},
        {16, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2977, 3},
        {16, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2980, 3},
        {16, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2983, 3},
        {16, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2986, 3},
        {16, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2989, 3},
        {16, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2992, 3},
        {16, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2995, 3},
        {16, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 2998, 3},
        {16, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 3001, 3},
        {16, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 3004, 3},
        {16, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3007, 1},
        {16, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3008, 1},
        {16, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3009, 1},
        {16, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3010, 1},
        {16, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3011, 1},
        {16, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3012, 1},
        {16, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3013, 1},
        {16, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3014, 1},
        {16, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3015, 1},
        {17, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3016, 1},
        {17, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3017, 1},
        {17, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3018, 1},
        {17, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3019, 1},
        {17, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3020, 1},
        {17, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3021, 1},
        {17, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3022, 1},
        {17, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3023, 1},
        {17, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3024, 1},
        {17, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3025, 1},
        {17, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3026, 1},
        {17, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 3027, 7},
        {17, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 3034, 7},
        {17, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 3041, 7},
        {17, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 3048, 7},
        {17, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 3055, 7},
        {17, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 3062, 7},
        {17, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 3069, 7},
        {17, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 3076, 7},
        {17, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 3083, 7},
        {17, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 3090, 7},
        {17, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 3097, 7},
        {17, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3104, 1},
        {17, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3105, 1},
        {17, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3106, 1},
        {17, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3107, 1},
        {17, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3108, 1},
        {17, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3109, 1},
        {17, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3110, 1},
        {17, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3111, 1},
        {17, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3112, 1},
        {18, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3113, 1},
        {18, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3114, 1},
        {18, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3115, 1},
        {18, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3116, 1},
        {18, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3117, 1},
        {18, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3118, 1},
        {18, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3119, 1},
        {18, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3120, 1},
        {18, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3121, 1},
        {18, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3122, 1},
        {18, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3123, 1},
        {18, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 3124, 15},
        {18, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 3139, 15},
        {18, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 3154, 15},
        {18, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 3169, 15},
        {18, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 3184, 15},
        {18, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 3199, 15},
        {18, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 3214, 15},
        {18, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 3229, 15},
        {18, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 3244, 15},
        {18, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 3259, 15},
        {18, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 3274, 15},
        {18, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3289, 3},
        {18, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3292, 3},
        {18, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3295, 3},
        {18, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3298, 3},
        {18, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3301, 3},
        {18, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3304, 3},
        {18, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3307, 3},
        {18, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3310, 3},
        {18, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3313, 3},
        {18, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 3316, 5},
        {18, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 3321, 5},
        {18, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 3326, 5},
        {18, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 3331, 5},
        {18, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 3336, 5},
        {18, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 3341, 5},
        {18, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 3346, 5},
        {18, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 3351, 5},
        {18, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 3356, 5},
        {18, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3361, 1},
        {18, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3362, 1},
        {18, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3363, 1},
        {18, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3364, 1},
        {18, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3365, 1},
        {18, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3366, 1},
        {18, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3367, 1},
        {18, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3368, 1},
        {18, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3369, 1},
        {19, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3370, 1},
        {19, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3371, 1},
        {19, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3372, 1},
        {19, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3373, 1},
        {19, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3374, 1},
        {19, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3375, 1},
        {19, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3376, 1},
        {19, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3377, 1},
        {19, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3378, 1},
        {19, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3379, 1},
        {19, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3380, 1},
        {19, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3381, 1},
        {19, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3382, 1},
        {19, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3383, 1},
        {19, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3384, 1},
        {19, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3385, 1},
        {19, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3386, 1},
        {19, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3387, 1},
        {19, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3388, 1},
        {19, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3389, 1},
        {19, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3390, 1},
        {19, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3391, 1},
        {20, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3392, 1},
        {20, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3393, 1},
        {20, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3394, 1},
        {20, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3395, 1},
        {20, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3396, 1},
        {20, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3397, 1},
        {20, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3398, 1},
        {20, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3399, 1},
        {20, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3400, 1},
        {20, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3401, 0},
        {20, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3401, 0},
        {20, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3401, 1},
        {20, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3402, 1},
        {20, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3403, 1},
        {20, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3404, 1},
        {20, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3405, 1},
        {20, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3406, 1},
        {20, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3407, 1},
        {20, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3408, 1},
        {20, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3409, 1},
        {20, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3410, 0},
        {20, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3410, 0},
        {21, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3410, 1},
        {21, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3411, 1},
        {21, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3412, 1},
        {21, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3413, 1},
        {21, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3414, 1},
        {21, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3415, 1},
        {21, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3416, 1},
        {21, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3417, 1},
        {21, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3418, 1},
        {21, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3419, 1},
        {21, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3420, 1},
        {21, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3421, 1},
        {21, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3422, 1},
        {21, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3423, 1},
        {21, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3424, 1},
        {21, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3425, 1},
        {21, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3426, 1},
        {21, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3427, 1},
        {21, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3428, 1},
        {21, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3429, 1},
        {21, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3430, 1},
        {21, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 3431, 1},
        {22, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3432, 1},
        {22, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3433, 1},
        {22, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3434, 1},
        {22, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3435, 1},
        {22, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3436, 1},
        {22, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3437, 1},
        {22, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3438, 1},
        {22, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3439, 1},
        {22, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3440, 1},
        {22, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3441, 1},
        {22, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3442, 1},
        {22, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3443, 4},
        {22, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3447, 4},
        {22, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3451, 4},
        {22, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3455, 4},
        {22, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3459, 4},
        {22, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3463, 4},
        {22, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3467, 4},
        {22, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3471, 4},
        {22, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3475, 4},
        {22, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3479, 4},
        {22, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3483, 4},
        {22, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3487, 3},
        {22, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3490, 3},
        {22, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3493, 3},
        {22, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3496, 3},
        {22, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3499, 3},
        {22, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3502, 3},
        {22, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3505, 3},
        {22, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3508, 3},
        {22, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3511, 3},
        {22, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3514, 0},
        {22, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3514, 0},
        {22, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3514, 1},
        {22, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3515, 1},
        {22, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3516, 1},
        {22, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3517, 1},
        {22, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3518, 1},
        {22, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3519, 1},
        {22, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3520, 1},
        {22, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3521, 1},
        {22, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3522, 1},
        {23, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3523, 1},
        {23, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3524, 1},
        {23, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3525, 1},
        {23, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3526, 1},
        {23, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3527, 1},
        {23, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3528, 1},
        {23, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3529, 1},
        {23, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3530, 1},
        {23, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3531, 1},
        {23, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3532, 1},
        {23, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3533, 1},
        {23, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3534, 4},
        {23, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3538, 4},
        {23, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3542, 4},
        {23, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3546, 4},
        {23, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3550, 4},
        {23, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3554, 4},
        {23, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3558, 4},
        {23, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3562, 4},
        {23, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3566, 4},
        {23, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3570, 4},
        {23, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 3574, 4},
        {23, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3578, 3},
        {23, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3581, 3},
        {23, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3584, 3},
        {23, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3587, 3},
        {23, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3590, 3},
        {23, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3593, 3},
        {23, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3596, 3},
        {23, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3599, 3},
        {23, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3602, 3},
        {23, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3605, 3},
        {23, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 3608, 3},
        {23, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3611, 1},
        {23, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3612, 1},
        {23, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3613, 1},
        {23, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3614, 1},
        {23, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3615, 1},
        {23, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3616, 1},
        {23, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3617, 1},
        {23, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3618, 1},
        {23, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 3619, 1},
        {24, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3620, 1},
        {24, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3621, 1},
        {24, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3622, 1},
        {24, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3623, 1},
        {24, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3624, 1},
        {24, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3625, 1},
        {24, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3626, 1},
        {24, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3627, 1},
        {24, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3628, 1},
        {24, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3629, 1},
        {24, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3630, 1},
        {24, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 3631, 12},
        {24, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 3643, 12},
        {24, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 3655, 12},
        {24, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 3667, 12},
        {24, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 3679, 12},
        {24, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 3691, 12},
        {24, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 3703, 12},
        {24, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 3715, 12},
        {24, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 3727, 12},
        {24, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3739, 0},
        {24, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 3739, 0},
        {24, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 3739, 8},
        {24, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 3747, 8},
        {24, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 3755, 8},
        {24, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 3763, 8},
        {24, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 3771, 8},
        {24, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 3779, 8},
        {24, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 3787, 8},
        {24, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 3795, 8},
        {24, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 3803, 8},
        {24, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 3811, 8},
        {24, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 3819, 8},
        {24, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 3827, 6},
        {24, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 3833, 6},
        {24, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 3839, 6},
        {24, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 3845, 6},
        {24, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 3851, 6},
        {24, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 3857, 6},
        {24, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 3863, 6},
        {24, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 3869, 6},
        {24, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 3875, 6},
        {24, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 3881, 6},
        {24, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 3887, 6},
        {24, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 3893, 4},
        {24, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 3897, 4},
        {24, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 3901, 4},
        {24, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 3905, 4},
        {24, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 3909, 4},
        {24, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 3913, 4},
        {24, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 3917, 4},
        {24, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 3921, 4},
        {24, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 3925, 4},
        {24, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3929, 3},
        {24, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3932, 3},
        {24, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3935, 3},
        {24, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3938, 3},
        {24, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3941, 3},
        {24, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3944, 3},
        {24, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3947, 3},
        {24, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3950, 3},
        {24, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 3953, 3},
        {24, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 3956, 2},
        {24, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 3958, 2},
        {24, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 3960, 2},
        {24, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 3962, 2},
        {24, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 3964, 2},
        {24, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 3966, 2},
        {24, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 3968, 2},
        {24, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 3970, 2},
        {24, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 3972, 2},
        {24, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3974, 1},
        {24, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3975, 1},
        {24, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3976, 1},
        {24, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3977, 1},
        {24, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3978, 1},
        {24, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3979, 1},
        {24, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3980, 1},
        {24, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3981, 1},
        {24, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 3982, 1},
        {25, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 3983, 1},
        {25, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 3984, 1},
        {25, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 3985, 1},
        {25, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 3986, 1},
        {25, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 3987, 1},
        {25, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 3988, 1},
        {25, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 3989, 1},
        {25, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 3990, 1},
        {25, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 3991, 1},
        {25, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 3992, 1},
        {25, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 3993, 1},
        {25, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 3994, 18},
        {25, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 4012, 18},
        {25, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 4030, 18},
        {25, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 4048, 18},
        {25, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 4066, 18},
        {25, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 4084, 18},
        {25, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 4102, 18},
        {25, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 4120, 18},
        {25, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 4138, 18},
        {25, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 4156, 0},
        {25, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 4156, 0},
        {25, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 4156, 12},
        {25, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 4168, 12},
        {25, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 4180, 12},
        {25, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 4192, 12},
        {25, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 4204, 12},
        {25, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 4216, 12},
        {25, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 4228, 12},
        {25, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 4240, 12},
        {25, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 4252, 12},
        {25, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 4264, 0},
        {25, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 4264, 0},
        {25, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 4264, 18},
        {25, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 4282, 18},
        {25, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 4300, 18},
        {25, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 4318, 18},
        {25, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 4336, 18},
        {25, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 4354, 18},
        {25, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 4372, 18},
        {25, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 4390, 18},
        {25, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 4408, 18},
        {25, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 4426, 0},
        {25, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 4426, 0},
        {25, "nansum", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 4426, 12},
        {25, "nanmean", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 4438, 12},
        {25, "nanmin", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 4450, 12},
        {25, "nanmax", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 4462, 12},
        {25, "nanvar", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 4474, 12},
        {25, "nanvar", 1, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 4486, 12},
        {25, "nanvar", 3, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 4498, 12},
        {25, "nanstd", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 4510, 12},
        {25, "nanstd", 1, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 4522, 12},
        {25, "nanargmin", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 4534, 12},
        {25, "nanargmax", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 4546, 12},
        {25, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 4558, 6},
        {25, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 4564, 6},
        {25, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 4570, 6},
        {25, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 4576, 6},
        {25, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 4582, 6},
        {25, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 4588, 6},
        {25, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 4594, 6},
        {25, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 4600, 6},
        {25, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 4606, 6},
        {25, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 4612, 9},
        {25, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 4621, 9},
        {25, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 4630, 9},
        {25, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 4639, 9},
        {25, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 4648, 9},
        {25, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 4657, 9},
        {25, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 4666, 9},
        {25, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 4675, 9},
        {25, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 4684, 9},
        {25, "nansum", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 4693, 6},
        {25, "nanmean", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 4699, 6},
        {25, "nanmin", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 4705, 6},
        {25, "nanmax", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 4711, 6},
        {25, "nanvar", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 4717, 6},
        {25, "nanvar", 1, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 4723, 6},
        {25, "nanvar", 3, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 4729, 6},
        {25, "nanstd", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 4735, 6},
        {25, "nanstd", 1, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 4741, 6},
        {25, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 4747, 6},
        {25, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 4753, 6},
        {25, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 4759, 6},
        {25, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 4765, 6},
        {25, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 4771, 6},
        {25, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 4777, 6},
        {25, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 4783, 6},
        {25, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 4789, 6},
        {25, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 4795, 6},
        {25, "nansum", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 4801, 4},
        {25, "nanmean", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 4805, 4},
        {25, "nanmin", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 4809, 4},
        {25, "nanmax", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 4813, 4},
        {25, "nanvar", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 4817, 4},
        {25, "nanvar", 1, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 4821, 4},
        {25, "nanvar", 3, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 4825, 4},
        {25, "nanstd", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 4829, 4},
        {25, "nanstd", 1, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 4833, 4},
        {25, "nansum", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 4837, 6},
        {25, "nanmean", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 4843, 6},
        {25, "nanmin", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 4849, 6},
        {25, "nanmax", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 4855, 6},
        {25, "nanvar", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 4861, 6},
        {25, "nanvar", 1, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 4867, 6},
        {25, "nanvar", 3, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 4873, 6},
        {25, "nanstd", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 4879, 6},
        {25, "nanstd", 1, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 4885, 6},
        {25, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 4891, 3},
        {25, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 4894, 3},
        {25, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 4897, 3},
        {25, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 4900, 3},
        {25, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 4903, 3},
        {25, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 4906, 3},
        {25, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 4909, 3},
        {25, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 4912, 3},
        {25, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 4915, 3},
        {25, "nansum", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 4918, 2},
        {25, "nanmean", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 4920, 2},
        {25, "nanmin", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 4922, 2},
        {25, "nanmax", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 4924, 2},
        {25, "nanvar", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 4926, 2},
        {25, "nanvar", 1, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 4928, 2},
        {25, "nanvar", 3, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 4930, 2},
        {25, "nanstd", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 4932, 2},
        {25, "nanstd", 1, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 4934, 2},
        {25, "nansum", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 4936, 3},
        {25, "nanmean", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 4939, 3},
        {25, "nanmin", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 4942, 3},
        {25, "nanmax", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 4945, 3},
        {25, "nanvar", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 4948, 3},
        {25, "nanvar", 1, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 4951, 3},
        {25, "nanvar", 3, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 4954, 3},
        {25, "nanstd", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 4957, 3},
        {25, "nanstd", 1, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 4960, 3},
        {25, "nansum", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 4963, 2},
        {25, "nanmean", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 4965, 2},
        {25, "nanmin", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 4967, 2},
        {25, "nanmax", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 4969, 2},
        {25, "nanvar", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 4971, 2},
        {25, "nanvar", 1, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 4973, 2},
        {25, "nanvar", 3, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 4975, 2},
        {25, "nanstd", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 4977, 2},
        {25, "nanstd", 1, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 4979, 2},
        {25, "nansum", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4981, 1},
        {25, "nanmean", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4982, 1},
        {25, "nanmin", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4983, 1},
        {25, "nanmax", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4984, 1},
        {25, "nanvar", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4985, 1},
        {25, "nanvar", 1, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4986, 1},
        {25, "nanvar", 3, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4987, 1},
        {25, "nanstd", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4988, 1},
        {25, "nanstd", 1, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4989, 1},
        {26, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4990, 1},
        {26, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4991, 1},
        {26, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4992, 1},
        {26, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4993, 1},
        {26, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4994, 1},
        {26, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4995, 1},
        {26, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4996, 1},
        {26, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4997, 1},
        {26, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4998, 1},
        {26, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 4999, 1},
        {26, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 5000, 1},
        {26, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 5001, 4},
        {26, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 5005, 4},
        {26, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 5009, 4},
        {26, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 5013, 4},
        {26, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 5017, 4},
        {26, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 5021, 4},
        {26, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 5025, 4},
        {26, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 5029, 4},
        {26, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 5033, 4},
        {26, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 5037, 4},
        {26, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 3, {1, 2, 2, 0}, 4, {1, 1, 2, 2}, 5041, 4},
        {26, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 5045, 12},
        {26, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 5057, 12},
        {26, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 5069, 12},
        {26, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 5081, 12},
        {26, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 5093, 12},
        {26, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 5105, 12},
        {26, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 5117, 12},
        {26, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 5129, 12},
        {26, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 5141, 12},
        {26, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 5153, 12},
        {26, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 3, {3, 2, 2, 0}, 4, {3, 1, 2, 2}, 5165, 12},
        {26, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 5177, 6},
        {26, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 5183, 6},
        {26, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 5189, 6},
        {26, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 5195, 6},
        {26, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 5201, 6},
        {26, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 5207, 6},
        {26, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 5213, 6},
        {26, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 5219, 6},
        {26, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 5225, 6},
        {26, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 5231, 6},
        {26, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 1, 2}, 5237, 6},
        {26, "nansum", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 5243, 6},
        {26, "nanmean", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 5249, 6},
        {26, "nanmin", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 5255, 6},
        {26, "nanmax", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 5261, 6},
        {26, "nanvar", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 5267, 6},
        {26, "nanvar", 1, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 5273, 6},
        {26, "nanvar", 3, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 5279, 6},
        {26, "nanstd", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 5285, 6},
        {26, "nanstd", 1, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 5291, 6},
        {26, "nanargmin", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 5297, 6},
        {26, "nanargmax", 0, 1, 1, {3, 0, 0, 0}, false, 3, {3, 1, 2, 0}, 4, {3, 1, 2, 1}, 5303, 6},
        {26, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 5309, 4},
        {26, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 5313, 4},
        {26, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 5317, 4},
        {26, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 5321, 4},
        {26, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 5325, 4},
        {26, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 5329, 4},
        {26, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 5333, 4},
        {26, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 5337, 4},
        {26, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {1, 1, 2, 2}, 5341, 4},
        {26, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 5345, 2},
        {26, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 5347, 2},
        {26, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 5349, 2},
        {26, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 5351, 2},
        {26, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 5353, 2},
        {26, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 5355, 2},
        {26, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 5357, 2},
        {26, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 5359, 2},
        {26, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 1, 2}, 5361, 2},
        {26, "nansum", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 5363, 2},
        {26, "nanmean", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 5365, 2},
        {26, "nanmin", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 5367, 2},
        {26, "nanmax", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 5369, 2},
        {26, "nanvar", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 5371, 2},
        {26, "nanvar", 1, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 5373, 2},
        {26, "nanvar", 3, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 5375, 2},
        {26, "nanstd", 0, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 5377, 2},
        {26, "nanstd", 1, 2, 2, {0, 3, 0, 0}, false, 2, {1, 2, 0, 0}, 4, {1, 1, 2, 1}, 5379, 2},
        {26, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 5381, 6},
        {26, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 5387, 6},
        {26, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 5393, 6},
        {26, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 5399, 6},
        {26, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 5405, 6},
        {26, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 5411, 6},
        {26, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 5417, 6},
        {26, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 5423, 6},
        {26, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 1, 2}, 5429, 6},
        {26, "nansum", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 5435, 6},
        {26, "nanmean", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 5441, 6},
        {26, "nanmin", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 5447, 6},
        {26, "nanmax", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 5453, 6},
        {26, "nanvar", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 5459, 6},
        {26, "nanvar", 1, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 5465, 6},
        {26, "nanvar", 3, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 5471, 6},
        {26, "nanstd", 0, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 5477, 6},
        {26, "nanstd", 1, 2, 2, {1, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {3, 1, 2, 1}, 5483, 6},
        {26, "nansum", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 5489, 3},
        {26, "nanmean", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 5492, 3},
        {26, "nanmin", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 5495, 3},
        {26, "nanmax", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 5498, 3},
        {26, "nanvar", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 5501, 3},
        {26, "nanvar", 1, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 5504, 3},
        {26, "nanvar", 3, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 5507, 3},
        {26, "nanstd", 0, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 5510, 3},
        {26, "nanstd", 1, 2, 2, {2, 3, 0, 0}, false, 2, {3, 1, 0, 0}, 4, {3, 1, 1, 1}, 5513, 3},
        {26, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 5516, 2},
        {26, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 5518, 2},
        {26, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 5520, 2},
        {26, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 5522, 2},
        {26, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 5524, 2},
        {26, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 5526, 2},
        {26, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 5528, 2},
        {26, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 5530, 2},
        {26, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 1, 2}, 5532, 2},
        {26, "nansum", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 5534, 2},
        {26, "nanmean", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 5536, 2},
        {26, "nanmin", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 5538, 2},
        {26, "nanmax", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 5540, 2},
        {26, "nanvar", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 5542, 2},
        {26, "nanvar", 1, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 5544, 2},
        {26, "nanvar", 3, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 5546, 2},
        {26, "nanstd", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 5548, 2},
        {26, "nanstd", 1, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 5550, 2},
        {26, "nansum", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 5552, 1},
        {26, "nanmean", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 5553, 1},
        {26, "nanmin", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 5554, 1},
        {26, "nanmax", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 5555, 1},
        {26, "nanvar", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 5556, 1},
        {26, "nanvar", 1, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 5557, 1},
        {26, "nanvar", 3, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 5558, 1},
        {26, "nanstd", 0, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 5559, 1},
        {26, "nanstd", 1, 2, 3, {0, 2, 3, 0}, false, 1, {1, 0, 0, 0}, 4, {1, 1, 1, 1}, 5560, 1},
        {26, "nansum", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 5561, 3},
        {26, "nanmean", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 5564, 3},
        {26, "nanmin", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 5567, 3},
        {26, "nanmax", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 5570, 3},
        {26, "nanvar", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 5573, 3},
        {26, "nanvar", 1, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 5576, 3},
        {26, "nanvar", 3, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 5579, 3},
        {26, "nanstd", 0, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 5582, 3},
        {26, "nanstd", 1, 2, 3, {1, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {3, 1, 1, 1}, 5585, 3},
        {26, "nansum", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 5588, 1},
        {26, "nanmean", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 5589, 1},
        {26, "nanmin", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 5590, 1},
        {26, "nanmax", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 5591, 1},
        {26, "nanvar", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 5592, 1},
        {26, "nanvar", 1, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 5593, 1},
        {26, "nanvar", 3, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 5594, 1},
        {26, "nanstd", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 5595, 1},
        {26, "nanstd", 1, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 5596, 1},
        {27, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5597, 1},
        {27, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5598, 1},
        {27, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5599, 1},
        {27, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5600, 1},
        {27, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5601, 1},
        {27, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5602, 1},
        {27, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5603, 1},
        {27, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5604, 1},
        {27, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5605, 1},
        {27, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5606, 1},
        {27, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5607, 1},
        {27, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 5608, 5},
        {27, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 5613, 5},
        {27, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 5618, 5},
        {27, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 5623, 5},
        {27, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 5628, 5},
        {27, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 5633, 5},
        {27, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 5638, 5},
        {27, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 5643, 5},
        {27, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 5648, 5},
        {27, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 5653, 5},
        {27, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {5, 0, 0, 0}, 2, {1, 5, 0, 0}, 5658, 5},
        {27, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 5663, 4},
        {27, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 5667, 4},
        {27, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 5671, 4},
        {27, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 5675, 4},
        {27, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 5679, 4},
        {27, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 5683, 4},
        {27, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 5687, 4},
        {27, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 5691, 4},
        {27, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 5695, 4},
        {27, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 5699, 4},
        {27, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {4, 1, 0, 0}, 5703, 4},
        {27, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5707, 1},
        {27, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5708, 1},
        {27, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5709, 1},
        {27, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5710, 1},
        {27, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5711, 1},
        {27, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5712, 1},
        {27, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5713, 1},
        {27, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5714, 1},
        {27, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 5715, 1},
        {28, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 5716, 1},
        {28, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 5717, 1},
        {28, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 5718, 1},
        {28, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 5719, 1},
        {28, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 5720, 1},
        {28, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 5721, 1},
        {28, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 5722, 1},
        {28, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 5723, 1},
        {28, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 5724, 1},
        {28, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 5725, 1},
        {28, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 5726, 1},
        {28, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 5727, 12},
        {28, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 5739, 12},
        {28, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 5751, 12},
        {28, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 5763, 12},
        {28, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 5775, 12},
        {28, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 5787, 12},
        {28, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 5799, 12},
        {28, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 5811, 12},
        {28, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 5823, 12},
        {28, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 5835, 0},
        {28, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 5835, 0},
        {28, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 5835, 8},
        {28, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 5843, 8},
        {28, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 5851, 8},
        {28, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 5859, 8},
        {28, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 5867, 8},
        {28, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 5875, 8},
        {28, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 5883, 8},
        {28, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 5891, 8},
        {28, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 5899, 8},
        {28, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 5907, 8},
        {28, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 5915, 8},
        {28, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 5923, 6},
        {28, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 5929, 6},
        {28, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 5935, 6},
        {28, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 5941, 6},
        {28, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 5947, 6},
        {28, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 5953, 6},
        {28, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 5959, 6},
        {28, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 5965, 6},
        {28, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 5971, 6},
        {28, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 5977, 6},
        {28, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 5983, 6},
        {28, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 5989, 4},
        {28, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 5993, 4},
        {28, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 5997, 4},
        {28, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 6001, 4},
        {28, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 6005, 4},
        {28, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 6009, 4},
        {28, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 6013, 4},
        {28, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 6017, 4},
        {28, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 6021, 4},
        {28, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6025, 3},
        {28, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6028, 3},
        {28, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6031, 3},
        {28, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6034, 3},
        {28, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6037, 3},
        {28, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6040, 3},
        {28, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6043, 3},
        {28, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6046, 3},
        {28, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6049, 3},
        {28, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 6052, 2},
        {28, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 6054, 2},
        {28, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 6056, 2},
        {28, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 6058, 2},
        {28, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 6060, 2},
        {28, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 6062, 2},
        {28, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 6064, 2},
        {28, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 6066, 2},
        {28, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 6068, 2},
        {28, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6070, 1},
        {28, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6071, 1},
        {28, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6072, 1},
        {28, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6073, 1},
        {28, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6074, 1},
        {28, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6075, 1},
        {28, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6076, 1},
        {28, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6077, 1},
        {28, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6078, 1},
        {29, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6079, 1},
        {29, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6080, 1},
        {29, "nanmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6081, 0},
        {29, "nanmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6081, 0},
        {29, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6081, 1},
        {29, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6082, 1},
        {29, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6083, 1},
        {29, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6084, 1},
        {29, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6085, 1},
        {29, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6086, 0},
        {29, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6086, 0},
        {29, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6086, 1},
        {29, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6087, 1},
        {29, "nanmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6088, 0},
        {29, "nanmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6088, 0},
        {29, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6088, 1},
        {29, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6089, 1},
        {29, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6090, 1},
        {29, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6091, 1},
        {29, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6092, 1},
        {29, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6093, 0},
        {29, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6093, 0},
        {30, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6093, 1},
        {30, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6094, 1},
        {30, "nanmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6095, 0},
        {30, "nanmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6095, 0},
        {30, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6095, 1},
        {30, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6096, 1},
        {30, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6097, 1},
        {30, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6098, 1},
        {30, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6099, 1},
        {30, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6100, 0},
        {30, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6100, 0},
        {30, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 6100, 0},
        {30, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 6100, 0},
        {30, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 6100, 0},
        {30, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 6100, 0},
        {30, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 6100, 0},
        {30, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 6100, 0},
        {30, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 6100, 0},
        {30, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 6100, 0},
        {30, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 6100, 0},
        {30, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 6100, 0},
        {30, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 6100, 0},
        {30, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 6100, 2},
        {30, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 6102, 2},
        {30, "nanmin", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6104, 0},
        {30, "nanmax", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6104, 0},
        {30, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 6104, 2},
        {30, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 6106, 2},
        {30, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 6108, 2},
        {30, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 6110, 2},
        {30, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 6112, 2},
        {30, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6114, 0},
        {30, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6114, 0},
        {30, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6114, 1},
        {30, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6115, 1},
        {30, "nanmin", 0, 2, 2, {0, 1, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6116, 0},
        {30, "nanmax", 0, 2, 2, {0, 1, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6116, 0},
        {30, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6116, 1},
        {30, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6117, 1},
        {30, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6118, 1},
        {30, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6119, 1},
        {30, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6120, 1},
        {31, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6121, 1},
        {31, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6122, 1},
        {31, "nanmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6123, 0},
        {31, "nanmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6123, 0},
        {31, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6123, 1},
        {31, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6124, 1},
        {31, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6125, 1},
        {31, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6126, 1},
        {31, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6127, 1},
        {31, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6128, 0},
        {31, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6128, 0},
        {31, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6128, 3},
        {31, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6131, 3},
        {31, "nanmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6134, 0},
        {31, "nanmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6134, 0},
        {31, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6134, 3},
        {31, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6137, 3},
        {31, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6140, 3},
        {31, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6143, 3},
        {31, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6146, 3},
        {31, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6149, 0},
        {31, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6149, 0},
        {31, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 6149, 0},
        {31, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 6149, 0},
        {31, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 6149, 0},
        {31, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 6149, 0},
        {31, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 6149, 0},
        {31, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 6149, 0},
        {31, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 6149, 0},
        {31, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 6149, 0},
        {31, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 6149, 0},
        {31, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 6149, 0},
        {31, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {0, 1, 0, 0}, 6149, 0},
        {31, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6149, 1},
        {31, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6150, 1},
        {31, "nanmin", 0, 2, 2, {0, 1, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6151, 0},
        {31, "nanmax", 0, 2, 2, {0, 1, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6151, 0},
        {31, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6151, 1},
        {31, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6152, 1},
        {31, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6153, 1},
        {31, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6154, 1},
        {31, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6155, 1},
        {32, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6156, 1},
        {32, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6157, 1},
        {32, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6158, 1},
        {32, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6159, 1},
        {32, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6160, 1},
        {32, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6161, 1},
        {32, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6162, 1},
        {32, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6163, 1},
        {32, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6164, 1},
        {32, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6165, 1},
        {32, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6166, 1},
        {32, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6167, 1},
        {32, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6168, 1},
        {32, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6169, 1},
        {32, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6170, 1},
        {32, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6171, 1},
        {32, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6172, 1},
        {32, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6173, 1},
        {32, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6174, 1},
        {32, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6175, 1},
        {32, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6176, 1},
        {32, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6177, 1},
        {33, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6178, 1},
        {33, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6179, 1},
        {33, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6180, 1},
        {33, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6181, 1},
        {33, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6182, 1},
        {33, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6183, 1},
        {33, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6184, 1},
        {33, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6185, 1},
        {33, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6186, 1},
        {33, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6187, 1},
        {33, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6188, 1},
        {33, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6189, 1},
        {33, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6190, 1},
        {33, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6191, 1},
        {33, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6192, 1},
        {33, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6193, 1},
        {33, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6194, 1},
        {33, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6195, 1},
        {33, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6196, 1},
        {33, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6197, 1},
        {33, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6198, 1},
        {33, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6199, 1},
        {34, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6200, 1},
        {34, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6201, 1},
        {34, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6202, 1},
        {34, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6203, 1},
        {34, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6204, 1},
        {34, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6205, 1},
        {34, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6206, 1},
        {34, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6207, 1},
        {34, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6208, 1},
        {34, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6209, 1},
        {34, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6210, 1},
        {34, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6211, 3},
        {34, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6214, 3},
        {34, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6217, 3},
        {34, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6220, 3},
        {34, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6223, 3},
        {34, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6226, 3},
        {34, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6229, 3},
        {34, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6232, 3},
        {34, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6235, 3},
        {34, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6238, 3},
        {34, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6241, 3},
        {34, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6244, 1},
        {34, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6245, 1},
        {34, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6246, 1},
        {34, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6247, 1},
        {34, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6248, 1},
        {34, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6249, 1},
        {34, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6250, 1},
        {34, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6251, 1},
        {34, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6252, 1},
        {35, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6253, 1},
        {35, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6254, 1},
        {35, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6255, 1},
        {35, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6256, 1},
        {35, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6257, 1},
        {35, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6258, 1},
        {35, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6259, 1},
        {35, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6260, 1},
        {35, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6261, 1},
        {35, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6262, 1},
        {35, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6263, 1},
        {35, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6264, 3},
        {35, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6267, 3},
        {35, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6270, 3},
        {35, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6273, 3},
        {35, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6276, 3},
        {35, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6279, 3},
        {35, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6282, 3},
        {35, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6285, 3},
        {35, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6288, 3},
        {35, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6291, 3},
        {35, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {1, 3, 0, 0}, 6294, 3},
        {35, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6297, 1},
        {35, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6298, 1},
        {35, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6299, 1},
        {35, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6300, 1},
        {35, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6301, 1},
        {35, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6302, 1},
        {35, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6303, 1},
        {35, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6304, 1},
        {35, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6305, 1},
        {36, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6306, 1},
        {36, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6307, 1},
        {36, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6308, 1},
        {36, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6309, 1},
        {36, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6310, 1},
        {36, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6311, 1},
        {36, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6312, 1},
        {36, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6313, 1},
        {36, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6314, 1},
        {36, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6315, 1},
        {36, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6316, 1},
        {36, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 6317, 7},
        {36, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 6324, 7},
        {36, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 6331, 7},
        {36, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 6338, 7},
        {36, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 6345, 7},
        {36, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 6352, 7},
        {36, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 6359, 7},
        {36, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 6366, 7},
        {36, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 6373, 7},
        {36, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 6380, 7},
        {36, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {7, 0, 0, 0}, 2, {7, 1, 0, 0}, 6387, 7},
        {36, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6394, 1},
        {36, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6395, 1},
        {36, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6396, 1},
        {36, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6397, 1},
        {36, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6398, 1},
        {36, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6399, 1},
        {36, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6400, 1},
        {36, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6401, 1},
        {36, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6402, 1},
        {37, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6403, 1},
        {37, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6404, 1},
        {37, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6405, 1},
        {37, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6406, 1},
        {37, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6407, 1},
        {37, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6408, 1},
        {37, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6409, 1},
        {37, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6410, 1},
        {37, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6411, 1},
        {37, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6412, 1},
        {37, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6413, 1},
        {37, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 6414, 15},
        {37, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 6429, 15},
        {37, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 6444, 15},
        {37, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 6459, 15},
        {37, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 6474, 15},
        {37, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 6489, 15},
        {37, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 6504, 15},
        {37, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 6519, 15},
        {37, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 6534, 15},
        {37, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 6549, 15},
        {37, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {5, 3, 0, 0}, 3, {5, 3, 1, 0}, 6564, 15},
        {37, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6579, 3},
        {37, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6582, 3},
        {37, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6585, 3},
        {37, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6588, 3},
        {37, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6591, 3},
        {37, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6594, 3},
        {37, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6597, 3},
        {37, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6600, 3},
        {37, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 6603, 3},
        {37, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 6606, 5},
        {37, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 6611, 5},
        {37, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 6616, 5},
        {37, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 6621, 5},
        {37, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 6626, 5},
        {37, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 6631, 5},
        {37, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 6636, 5},
        {37, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 6641, 5},
        {37, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 1, {5, 0, 0, 0}, 3, {5, 1, 1, 0}, 6646, 5},
        {37, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6651, 1},
        {37, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6652, 1},
        {37, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6653, 1},
        {37, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6654, 1},
        {37, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6655, 1},
        {37, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6656, 1},
        {37, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6657, 1},
        {37, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6658, 1},
        {37, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6659, 1},
        {38, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6660, 1},
        {38, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6661, 1},
        {38, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6662, 1},
        {38, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6663, 1},
        {38, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6664, 1},
        {38, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6665, 1},
        {38, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6666, 1},
        {38, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6667, 1},
        {38, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6668, 1},
        {38, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6669, 1},
        {38, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6670, 1},
        {38, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6671, 1},
        {38, "nanmean", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6672, 0},
        {38, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6672, 1},
        {38, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6673, 1},
        {38, "nanvar", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6674, 0},
        {38, "nanvar", 1, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6674, 0},
        {38, "nanvar", 3, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6674, 0},
        {38, "nanstd", 0, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6674, 0},
        {38, "nanstd", 1, 1, 1, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6674, 0},
        {38, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6674, 1},
        {38, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 6675, 1},
        {39, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6676, 1},
        {39, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6677, 1},
        {39, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6678, 1},
        {39, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6679, 1},
        {39, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6680, 1},
        {39, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6681, 1},
        {39, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6682, 1},
        {39, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6683, 1},
        {39, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6684, 1},
        {39, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6685, 1},
        {39, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6686, 1},
        {39, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6687, 1},
        {39, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6688, 1},
        {39, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6689, 1},
        {39, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6690, 1},
        {39, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6691, 1},
        {39, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6692, 1},
        {39, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6693, 1},
        {39, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6694, 1},
        {39, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6695, 1},
        {39, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6696, 1},
        {39, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 1, {1, 0, 0, 0}, 6697, 1},
        {40, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6698, 1},
        {40, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6699, 1},
        {40, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6700, 1},
        {40, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6701, 1},
        {40, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6702, 1},
        {40, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6703, 1},
        {40, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6704, 1},
        {40, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6705, 1},
        {40, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6706, 1},
        {40, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6707, 1},
        {40, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6708, 1},
        {40, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 6709, 4},
        {40, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 6713, 4},
        {40, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 6717, 4},
        {40, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 6721, 4},
        {40, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 6725, 4},
        {40, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 6729, 4},
        {40, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 6733, 4},
        {40, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 6737, 4},
        {40, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 6741, 4},
        {40, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 6745, 4},
        {40, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {4, 0, 0, 0}, 2, {1, 4, 0, 0}, 6749, 4},
        {40, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6753, 3},
        {40, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6756, 3},
        {40, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6759, 3},
        {40, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6762, 3},
        {40, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6765, 3},
        {40, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6768, 3},
        {40, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6771, 3},
        {40, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6774, 3},
        {40, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6777, 3},
        {40, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6780, 3},
        {40, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 6783, 3},
        {40, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6786, 1},
        {40, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6787, 1},
        {40, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6788, 1},
        {40, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6789, 1},
        {40, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6790, 1},
        {40, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6791, 1},
        {40, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6792, 1},
        {40, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6793, 1},
        {40, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 6794, 1},
        {41, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6795, 1},
        {41, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6796, 1},
        {41, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6797, 1},
        {41, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6798, 1},
        {41, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6799, 1},
        {41, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6800, 1},
        {41, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6801, 1},
        {41, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6802, 1},
        {41, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6803, 1},
        {41, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6804, 1},
        {41, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 6805, 1},
        {41, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 6806, 12},
        {41, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 6818, 12},
        {41, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 6830, 12},
        {41, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 6842, 12},
        {41, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 6854, 12},
        {41, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 6866, 12},
        {41, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 6878, 12},
        {41, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 6890, 12},
        {41, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 6902, 12},
        {41, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 6914, 12},
        {41, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 2, {3, 4, 0, 0}, 3, {1, 3, 4, 0}, 6926, 12},
        {41, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 6938, 8},
        {41, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 6946, 8},
        {41, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 6954, 8},
        {41, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 6962, 8},
        {41, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 6970, 8},
        {41, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 6978, 8},
        {41, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 6986, 8},
        {41, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 6994, 8},
        {41, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 7002, 8},
        {41, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 7010, 8},
        {41, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 2, {2, 4, 0, 0}, 3, {2, 1, 4, 0}, 7018, 8},
        {41, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 7026, 6},
        {41, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 7032, 6},
        {41, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 7038, 6},
        {41, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 7044, 6},
        {41, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 7050, 6},
        {41, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 7056, 6},
        {41, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 7062, 6},
        {41, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 7068, 6},
        {41, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 7074, 6},
        {41, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 7080, 6},
        {41, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, false, 2, {2, 3, 0, 0}, 3, {2, 3, 1, 0}, 7086, 6},
        {41, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 7092, 4},
        {41, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 7096, 4},
        {41, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 7100, 4},
        {41, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 7104, 4},
        {41, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 7108, 4},
        {41, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 7112, 4},
        {41, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 7116, 4},
        {41, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 7120, 4},
        {41, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 1, {4, 0, 0, 0}, 3, {1, 1, 4, 0}, 7124, 4},
        {41, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 7128, 3},
        {41, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 7131, 3},
        {41, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 7134, 3},
        {41, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 7137, 3},
        {41, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 7140, 3},
        {41, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 7143, 3},
        {41, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 7146, 3},
        {41, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 7149, 3},
        {41, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 1, {3, 0, 0, 0}, 3, {1, 3, 1, 0}, 7152, 3},
        {41, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 7155, 2},
        {41, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 7157, 2},
        {41, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 7159, 2},
        {41, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 7161, 2},
        {41, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 7163, 2},
        {41, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 7165, 2},
        {41, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 7167, 2},
        {41, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 7169, 2},
        {41, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 1, {2, 0, 0, 0}, 3, {2, 1, 1, 0}, 7171, 2},
        {41, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 7173, 1},
        {41, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 7174, 1},
        {41, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 7175, 1},
        {41, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 7176, 1},
        {41, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 7177, 1},
        {41, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 7178, 1},
        {41, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 7179, 1},
        {41, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 7180, 1},
        {41, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 0, {0, 0, 0, 0}, 3, {1, 1, 1, 0}, 7181, 1},
        {42, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 7182, 1},
        {42, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 7183, 1},
        {42, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 7184, 1},
        {42, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 7185, 1},
        {42, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 7186, 1},
        {42, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 7187, 1},
        {42, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 7188, 1},
        {42, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 7189, 1},
        {42, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 7190, 1},
        {42, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 7191, 1},
        {42, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 7192, 1},
        {42, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 7193, 18},
        {42, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 7211, 18},
        {42, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 7229, 18},
        {42, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 7247, 18},
        {42, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 7265, 18},
        {42, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 7283, 18},
        {42, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 7301, 18},
        {42, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 7319, 18},
        {42, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 7337, 18},
        {42, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 7355, 18},
        {42, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 3, {3, 2, 3, 0}, 4, {1, 3, 2, 3}, 7373, 18},
        {42, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 7391, 12},
        {42, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 7403, 12},
        {42, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 7415, 12},
        {42, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 7427, 12},
        {42, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 7439, 12},
        {42, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 7451, 12},
        {42, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 7463, 12},
        {42, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 7475, 12},
        {42, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 7487, 12},
        {42, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 7499, 12},
        {42, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 3, {2, 2, 3, 0}, 4, {2, 1, 2, 3}, 7511, 12},
        {42, "nansum", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 7523, 18},
        {42, "nanmean", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 7541, 18},
        {42, "nanmin", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 7559, 18},
        {42, "nanmax", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 7577, 18},
        {42, "nanvar", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 7595, 18},
        {42, "nanvar", 1, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 7613, 18},
        {42, "nanvar", 3, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 7631, 18},
        {42, "nanstd", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 7649, 18},
        {42, "nanstd", 1, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 7667, 18},
        {42, "nanargmin", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 7685, 18},
        {42, "nanargmax", 0, 1, 1, {2, 0, 0, 0}, false, 3, {2, 3, 3, 0}, 4, {2, 3, 1, 3}, 7703, 18},
        {42, "nansum", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 7721, 12},
        {42, "nanmean", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 7733, 12},
        {42, "nanmin", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 7745, 12},
        {42, "nanmax", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 7757, 12},
        {42, "nanvar", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 7769, 12},
        {42, "nanvar", 1, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 7781, 12},
        {42, "nanvar", 3, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 7793, 12},
        {42, "nanstd", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 7805, 12},
        {42, "nanstd", 1, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 7817, 12},
        {42, "nanargmin", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 7829, 12},
        {42, "nanargmax", 0, 1, 1, {3, 0, 0, 0}, false, 3, {2, 3, 2, 0}, 4, {2, 3, 2, 1}, 7841, 12},
        {42, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 7853, 6},
        {42, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 7859, 6},
        {42, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 7865, 6},
        {42, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 7871, 6},
        {42, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 7877, 6},
        {42, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 7883, 6},
        {42, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 7889, 6},
        {42, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 7895, 6},
        {42, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {1, 1, 2, 3}, 7901, 6},
        {42, "nansum", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 7907, 9},
        {42, "nanmean", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 7916, 9},
        {42, "nanmin", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 7925, 9},
        {42, "nanmax", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 7934, 9},
        {42, "nanvar", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 7943, 9},
        {42, "nanvar", 1, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 7952, 9},
        {42, "nanvar", 3, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 7961, 9},
        {42, "nanstd", 0, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 7970, 9},
        {42, "nanstd", 1, 2, 2, {0, 2, 0, 0}, false, 2, {3, 3, 0, 0}, 4, {1, 3, 1, 3}, 7979, 9},
        {42, "nansum", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 7988, 6},
        {42, "nanmean", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 7994, 6},
        {42, "nanmin", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 8000, 6},
        {42, "nanmax", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 8006, 6},
        {42, "nanvar", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 8012, 6},
        {42, "nanvar", 1, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 8018, 6},
        {42, "nanvar", 3, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 8024, 6},
        {42, "nanstd", 0, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 8030, 6},
        {42, "nanstd", 1, 2, 2, {0, 3, 0, 0}, false, 2, {3, 2, 0, 0}, 4, {1, 3, 2, 1}, 8036, 6},
        {42, "nansum", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 8042, 6},
        {42, "nanmean", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 8048, 6},
        {42, "nanmin", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 8054, 6},
        {42, "nanmax", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 8060, 6},
        {42, "nanvar", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 8066, 6},
        {42, "nanvar", 1, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 8072, 6},
        {42, "nanvar", 3, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 8078, 6},
        {42, "nanstd", 0, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 8084, 6},
        {42, "nanstd", 1, 2, 2, {1, 2, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 1, 1, 3}, 8090, 6},
        {42, "nansum", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 8096, 4},
        {42, "nanmean", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 8100, 4},
        {42, "nanmin", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 8104, 4},
        {42, "nanmax", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 8108, 4},
        {42, "nanvar", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 8112, 4},
        {42, "nanvar", 1, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 8116, 4},
        {42, "nanvar", 3, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 8120, 4},
        {42, "nanstd", 0, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 8124, 4},
        {42, "nanstd", 1, 2, 2, {1, 3, 0, 0}, false, 2, {2, 2, 0, 0}, 4, {2, 1, 2, 1}, 8128, 4},
        {42, "nansum", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 8132, 6},
        {42, "nanmean", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 8138, 6},
        {42, "nanmin", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 8144, 6},
        {42, "nanmax", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 8150, 6},
        {42, "nanvar", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 8156, 6},
        {42, "nanvar", 1, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 8162, 6},
        {42, "nanvar", 3, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 8168, 6},
        {42, "nanstd", 0, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 8174, 6},
        {42, "nanstd", 1, 2, 2, {2, 3, 0, 0}, false, 2, {2, 3, 0, 0}, 4, {2, 3, 1, 1}, 8180, 6},
        {42, "nansum", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 8186, 3},
        {42, "nanmean", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 8189, 3},
        {42, "nanmin", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 8192, 3},
        {42, "nanmax", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 8195, 3},
        {42, "nanvar", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 8198, 3},
        {42, "nanvar", 1, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 8201, 3},
        {42, "nanvar", 3, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 8204, 3},
        {42, "nanstd", 0, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 8207, 3},
        {42, "nanstd", 1, 2, 3, {0, 1, 2, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 1, 1, 3}, 8210, 3},
        {42, "nansum", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 8213, 2},
        {42, "nanmean", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 8215, 2},
        {42, "nanmin", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 8217, 2},
        {42, "nanmax", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 8219, 2},
        {42, "nanvar", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 8221, 2},
        {42, "nanvar", 1, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 8223, 2},
        {42, "nanvar", 3, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 8225, 2},
        {42, "nanstd", 0, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 8227, 2},
        {42, "nanstd", 1, 2, 3, {0, 1, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {1, 1, 2, 1}, 8229, 2},
        {42, "nansum", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 8231, 3},
        {42, "nanmean", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 8234, 3},
        {42, "nanmin", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 8237, 3},
        {42, "nanmax", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 8240, 3},
        {42, "nanvar", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 8243, 3},
        {42, "nanvar", 1, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 8246, 3},
        {42, "nanvar", 3, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 8249, 3},
        {42, "nanstd", 0, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 8252, 3},
        {42, "nanstd", 1, 2, 3, {0, 2, 3, 0}, false, 1, {3, 0, 0, 0}, 4, {1, 3, 1, 1}, 8255, 3},
        {42, "nansum", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 8258, 2},
        {42, "nanmean", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 8260, 2},
        {42, "nanmin", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 8262, 2},
        {42, "nanmax", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 8264, 2},
        {42, "nanvar", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 8266, 2},
        {42, "nanvar", 1, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 8268, 2},
        {42, "nanvar", 3, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 8270, 2},
        {42, "nanstd", 0, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 8272, 2},
        {42, "nanstd", 1, 2, 3, {1, 2, 3, 0}, false, 1, {2, 0, 0, 0}, 4, {2, 1, 1, 1}, 8274, 2},
        {42, "nansum", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 8276, 1},
        {42, "nanmean", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 8277, 1},
        {42, "nanmin", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 8278, 1},
        {42, "nanmax", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 8279, 1},
        {42, "nanvar", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 8280, 1},
        {42, "nanvar", 1, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 8281, 1},
        {42, "nanvar", 3, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 8282, 1},
        {42, "nanstd", 0, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 8283, 1},
        {42, "nanstd", 1, 2, 4, {0, 1, 2, 3}, false, 0, {0, 0, 0, 0}, 4, {1, 1, 1, 1}, 8284, 1},
        {43, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8285, 1},
        {43, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8286, 1},
        {43, "nanmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 8287, 0},
        {43, "nanmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 8287, 0},
        {43, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8287, 1},
        {43, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8288, 1},
        {43, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8289, 1},
        {43, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8290, 1},
        {43, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8291, 1},
        {43, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 8292, 0},
        {43, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 8292, 0},
        {43, "nansum", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 8292, 0},
        {43, "nanmean", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 8292, 0},
        {43, "nanmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 8292, 0},
        {43, "nanmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 8292, 0},
        {43, "nanvar", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 8292, 0},
        {43, "nanvar", 1, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 8292, 0},
        {43, "nanvar", 3, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 8292, 0},
        {43, "nanstd", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 8292, 0},
        {43, "nanstd", 1, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 8292, 0},
        {43, "nanargmin", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 8292, 0},
        {43, "nanargmax", 0, 1, 1, {0, 0, 0, 0}, false, 1, {0, 0, 0, 0}, 2, {1, 0, 0, 0}, 8292, 0},
        {43, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 8292, 2},
        {43, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 8294, 2},
        {43, "nanmin", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 8296, 0},
        {43, "nanmax", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 8296, 0},
        {43, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 8296, 2},
        {43, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 8298, 2},
        {43, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 8300, 2},
        {43, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 8302, 2},
        {43, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {2, 0, 0, 0}, 2, {2, 1, 0, 0}, 8304, 2},
        {43, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 8306, 0},
        {43, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 8306, 0},
        {43, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8306, 1},
        {43, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8307, 1},
        {43, "nanmin", 0, 2, 2, {0, 1, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 8308, 0},
        {43, "nanmax", 0, 2, 2, {0, 1, 0, 0}, true, 0, {0, 0, 0, 0}, 0, {0, 0, 0, 0}, 8308, 0},
        {43, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8308, 1},
        {43, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8309, 1},
        {43, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8310, 1},
        {43, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8311, 1},
        {43, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8312, 1},
        {44, "nansum", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8313, 1},
        {44, "nanmean", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8314, 1},
        {44, "nanmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8315, 1},
        {44, "nanmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8316, 1},
        {44, "nanvar", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8317, 1},
        {44, "nanvar", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8318, 1},
        {44, "nanvar", 3, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8319, 1},
        {44, "nanstd", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8320, 1},
        {44, "nanstd", 1, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8321, 1},
        {44, "nanargmin", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8322, 1},
        {44, "nanargmax", 0, 0, 0, {0, 0, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8323, 1},
        {44, "nansum", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 8324, 3},
        {44, "nanmean", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 8327, 3},
        {44, "nanmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 8330, 3},
        {44, "nanmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 8333, 3},
        {44, "nanvar", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 8336, 3},
        {44, "nanvar", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 8339, 3},
        {44, "nanvar", 3, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 8342, 3},
        {44, "nanstd", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 8345, 3},
        {44, "nanstd", 1, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 8348, 3},
        {44, "nanargmin", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 8351, 3},
        {44, "nanargmax", 0, 1, 1, {1, 0, 0, 0}, false, 1, {3, 0, 0, 0}, 2, {3, 1, 0, 0}, 8354, 3},
        {44, "nansum", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8357, 1},
        {44, "nanmean", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8358, 1},
        {44, "nanmin", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8359, 1},
        {44, "nanmax", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8360, 1},
        {44, "nanvar", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8361, 1},
        {44, "nanvar", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8362, 1},
        {44, "nanvar", 3, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8363, 1},
        {44, "nanstd", 0, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8364, 1},
        {44, "nanstd", 1, 2, 2, {0, 1, 0, 0}, false, 0, {0, 0, 0, 0}, 2, {1, 1, 0, 0}, 8365, 1},
    };
    // clang-format on
    // END GENERATED
    const std::size_t threads = GENERATE(1, 2, 3, 8);
    const auto opts = parray::options{}.pool(pool_of(threads));
    std::size_t checked = 0;
    for (const nan_expected& e : nan_expectations) {
        const nan_case& c = nan_cases[e.case_index];
        const std::string dtype = c.dtype;
        INFO("pool of " << threads << ": np." << e.function << " of case " << e.case_index << " ("
                        << dtype << ", shape "
                        << parray::detail::shape_to_string(
                               std::vector<std::size_t>(c.shape, c.shape + c.rank))
                        << "), axis kind " << e.axis_kind << ", axes "
                        << parray::detail::shape_to_string(
                               std::vector<std::ptrdiff_t>(e.axes, e.axes + e.axis_count))
                        << ", ddof " << e.ddof);
        if (dtype == "float64") {
            check_expected(e, nan_values, input_of<double>(c, nan_data), opts);
        } else if (dtype == "float32") {
            check_expected(e, nan_values, input_of<float>(c, nan_data), opts);
        } else {
            REQUIRE(dtype == "int32");
            check_expected(e, nan_values, input_of<std::int32_t>(c, nan_data), opts);
        }
        ++checked;
    }
    REQUIRE(checked > 2000);
}

TEST_CASE("the nan-functions give the same bits on every pool, whatever the chunking",
          "[nan_reductions]") {
    const auto a = pattern<double>({7, 10000});
    const auto f = pattern<float>({70000});
    const auto same = [](const outcome& x, const outcome& y) {
        if (x.raised != y.raised || x.shape != y.shape || x.values.size() != y.values.size()) {
            return false;
        }
        for (std::size_t i = 0; i < x.values.size(); ++i) {
            if (!same_bits(x.values[i], y.values[i], false)) {
                return false;
            }
        }
        return true;
    };
    // Pools of 1, 2 and 4 threads, each with automatic chunks, 3 chunks and chunks of 1000:
    // sets[k] chunks as sets[k % 3] does, on a pool of 1. Explicit chunks may change the
    // bits of a whole-array sum (as they do parallel_sum's), never the pool.
    const std::vector<parray::options> sets = parray_test::option_sets(3, 1000);
    for (const char* function :
         {"nansum", "nanmean", "nanmin", "nanmax", "nanargmin", "nanargmax", "nanvar", "nanstd"}) {
        for (std::size_t k = 0; k < sets.size(); ++k) {
            INFO(function << ", option set " << k);
            const parray::options& opts = sets[k];
            const parray::options& reference = sets[k % 3];
            REQUIRE(same(call(function, a, 1, opts), call(function, a, 1, reference)));
            REQUIRE(same(call(function, f, 0, opts), call(function, f, 0, reference)));
            REQUIRE(same(call(function, a, 1, opts, parray::axis_list(1)),
                         call(function, a, 1, reference, parray::axis_list(1))));
            REQUIRE(same(call(function, a, 0, opts, parray::axis_list(0)),
                         call(function, a, 0, reference, parray::axis_list(0))));
        }
    }
}

TEST_CASE("the nan-functions read views and lazy expressions as their values", "[nan_reductions]") {
    auto a = pattern<double>({6, 5, 40});
    a(1, 2, 3) = std::numeric_limits<double>::infinity();
    a(2, 0, 0) = -0.0;
    const auto transposed = xt::transpose(a, {2, 0, 1});
    const auto lazy = 2.0 * a - 1.0;
    const parray::ndarray<double> transposed_values = transposed;
    const parray::ndarray<double> lazy_values = lazy;
    for (const std::size_t threads : {1, 3}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        for (const char* function : {"nansum", "nanmean", "nanmin", "nanmax", "nanargmin",
                                     "nanargmax", "nanvar", "nanstd"}) {
            INFO(function << " on a pool of " << threads);
            const auto same = [](const outcome& x, const outcome& y) {
                REQUIRE(x.raised == y.raised);
                REQUIRE(x.shape == y.shape);
                REQUIRE(x.values.size() == y.values.size());
                for (std::size_t i = 0; i < x.values.size(); ++i) {
                    REQUIRE(same_bits(x.values[i], y.values[i], false));
                }
            };
            // The sums of a transposed array add in memory order, as NumPy's (see "reductions of
            // transposed arrays add in memory order"): only the searches equal the copy's.
            const bool order_free = std::string(function).find("sum") == std::string::npos &&
                                    std::string(function).find("mean") == std::string::npos &&
                                    std::string(function).find("var") == std::string::npos &&
                                    std::string(function).find("std") == std::string::npos;
            same(call(function, lazy, 1, opts), call(function, lazy_values, 1, opts));
            if (order_free) {
                same(call(function, transposed, 1, opts),
                     call(function, transposed_values, 1, opts));
            }
            for (const std::ptrdiff_t axis : {0, 1, 2}) {
                same(call(function, lazy, 1, opts, parray::axis_list(axis)),
                     call(function, lazy_values, 1, opts, parray::axis_list(axis)));
                if (order_free) {
                    same(call(function, transposed, 1, opts, parray::keepdims(axis)),
                         call(function, transposed_values, 1, opts, parray::keepdims(axis)));
                }
            }
        }
    }
}

TEST_CASE("the nan-functions: NumPy's result types, ddof 0 by default, no copy of lazy input",
          "[nan_reductions]") {
    using parray::ndarray;
    static_assert(
        std::is_same_v<decltype(parray::parallel_nansum(ndarray<std::int32_t>{})), std::int64_t>);
    static_assert(std::is_same_v<decltype(parray::parallel_nansum(ndarray<float>{})), float>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_nanmean(ndarray<std::int32_t>{})), double>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_nanmean(ndarray<float>{}, 0)), ndarray<float>>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_nanvar(ndarray<std::int32_t>{})), double>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_nanvar(ndarray<float>{}, 0)), ndarray<float>>);
    static_assert(std::is_same_v<decltype(parray::parallel_nanstd(ndarray<std::int32_t>{}, 0)),
                                 ndarray<double>>);
    static_assert(std::is_same_v<decltype(parray::parallel_nanmin(ndarray<std::int32_t>{}, 0)),
                                 ndarray<std::int32_t>>);
    static_assert(std::is_same_v<decltype(parray::parallel_nanargmax(ndarray<float>{}, 0)),
                                 ndarray<std::int64_t>>);
    static_assert(
        std::is_same_v<decltype(parray::parallel_nanargmin(ndarray<float>{})), std::size_t>);
    // What the reductions are handed stays readable by rows: folded in place, not copied.
    const ndarray<double> a = pattern<double>({4, 5});
    static_assert(
        parray::detail::readable_by_rows_v<decltype(parray::detail::nan_replaced(a, 0.0))>);
    static_assert(parray::detail::readable_by_rows_v<decltype(parray::detail::not_nan(a))>);
    const auto lazy = a * 2.0;
    static_assert(
        parray::detail::readable_by_rows_v<decltype(parray::detail::nan_replaced(lazy, 0.0))>);

    REQUIRE(parray_test::bits_of(parray::parallel_nanvar(a)) ==
            parray_test::bits_of(parray::parallel_nanvar(a, parray::ddof{0})));
    REQUIRE(parray_test::bits_of(parray::parallel_nanstd(a)) ==
            parray_test::bits_of(parray::parallel_nanstd(a, parray::ddof{0})));
    const ndarray<double> by_default = parray::parallel_nanstd(a, 1);
    const ndarray<double> explicit_ddof = parray::parallel_nanstd(a, 1, parray::ddof{0});
    REQUIRE(std::equal(by_default.begin(), by_default.end(), explicit_ddof.begin(),
                       explicit_ddof.end()));
    // ddof 1 differs from ddof 0 (the overloads are not mixed up).
    REQUIRE(parray::parallel_nanvar(a, parray::ddof{1}) > parray::parallel_nanvar(a));
}

TEST_CASE("the nan-functions throw std::invalid_argument naming themselves, as NumPy raises",
          "[nan_reductions]") {
    using Catch::Matchers::Contains;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const parray::ndarray<double> a = {{1.0, nan, 3.0}, {nan, nan, nan}};
    REQUIRE_THROWS_WITH(parray::parallel_nansum(a, 2),
                        Contains("parray::parallel_nansum") && Contains("out of bounds"));
    REQUIRE_THROWS_WITH(parray::parallel_nanvar(a, {0, -2}, parray::ddof{1}),
                        Contains("parray::parallel_nanvar") && Contains("repeated"));
    REQUIRE_THROWS_WITH(parray::parallel_nanstd(a, -3), Contains("parray::parallel_nanstd"));
    REQUIRE_THROWS_WITH(parray::parallel_nanmean(a, 5), Contains("parray::parallel_nanmean"));
    REQUIRE_THROWS_WITH(parray::parallel_nanargmin(a, 1),
                        Contains("parray::parallel_nanargmin: All-NaN slice encountered"));
    REQUIRE_THROWS_WITH(parray::parallel_nanargmax(a, 0), Contains("All-NaN slice encountered"));
    const parray::ndarray<double> b = {{1.0, nan, 3.0}, {nan, 2.0, -1.0}};
    const auto columns = parray::parallel_nanargmin(b, 0);
    REQUIRE(std::vector<std::int64_t>(columns.begin(), columns.end()) ==
            std::vector<std::int64_t>{0, 1, 1});
    const auto rows = parray::parallel_nanargmax(b, parray::keepdims(1));
    REQUIRE(rows.dimension() == 2);
    REQUIRE(rows.shape()[1] == 1);
    REQUIRE(std::vector<std::int64_t>(rows.begin(), rows.end()) == std::vector<std::int64_t>{2, 1});
    REQUIRE_THROWS_WITH(parray::parallel_nanargmax(a, {0, 1}),
                        Contains("parray::parallel_nanargmax") && Contains("takes one axis"));
    REQUIRE_THROWS_WITH(parray::parallel_nanargmax(parray::ndarray<double>{nan, nan}),
                        Contains("All-NaN slice encountered"));
    REQUIRE_THROWS_AS(parray::parallel_nanargmin(parray::ndarray<double>::from_shape({0})),
                      std::invalid_argument);
    REQUIRE_THROWS_WITH(parray::parallel_nanmin(parray::ndarray<float>::from_shape({2, 0}), 1),
                        Contains("parray::parallel_nanmin"));
    REQUIRE_THROWS_WITH(parray::parallel_nanmax(parray::ndarray<float>::from_shape({0})),
                        Contains("parray::parallel_nanmax"));
    // NaN read as +inf: [NaN, inf] gives 0, as np.nanargmin; a number beats a NaN before it.
    const double inf = std::numeric_limits<double>::infinity();
    REQUIRE(parray::parallel_nanargmin(parray::ndarray<double>{nan, inf}) == 0);
    REQUIRE(parray::parallel_nanargmax(parray::ndarray<double>{nan, -inf, 2.0}) == 2);
}

TEST_CASE("parallel_nanmin and parallel_nanmax keep the first of tied zeros", "[nan_reductions]") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const std::size_t n : {3, 9, 1000, 100000}) {
        // NaN, then 0.0 and -0.0: the first zero is 0.0.
        auto zeros = parray::ndarray<double>::from_shape({n});
        std::fill(zeros.begin(), zeros.end(), 0.0);
        zeros(0) = nan;
        zeros(n - 1) = -0.0;
        auto negative = zeros;
        std::fill(negative.begin(), negative.end(), -0.0);
        negative(n - 1) = 0.0;
        for (const std::size_t threads : {1, 2, 3, 8}) {
            INFO(n << " elements on a pool of " << threads);
            const auto opts = parray::options{}.pool(pool_of(threads));
            REQUIRE(!std::signbit(parray::parallel_nanmin(zeros, opts)));
            REQUIRE(!std::signbit(parray::parallel_nanmax(zeros, opts)));
            REQUIRE(std::signbit(parray::parallel_nanmin(negative, opts)));
            REQUIRE(std::signbit(parray::parallel_nanmax(negative, opts)));
            REQUIRE(!std::signbit(parray::parallel_nanmin(zeros, 0, opts)()));
            REQUIRE(std::signbit(parray::parallel_nanmax(negative, 0, opts)()));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// nanargmin, nanargmax, nanmin and nanmax of contiguous numbers, searched a block at a time

// np.nanargmin's (least) or np.nanargmax's answer by a plain loop over keys that read NaN as
// the worst value (NumPy's _replace_nan); the caller checks for all NaN first.
template <class T>
std::size_t first_best_key_by_loop(const std::vector<T>& values, bool least) {
    const T worst =
        least ? std::numeric_limits<T>::infinity() : -std::numeric_limits<T>::infinity();
    const auto key = [worst](T x) { return x != x ? worst : x; };
    std::size_t best = 0;
    for (std::size_t i = 1; i < values.size(); ++i) {
        if (least ? key(values[i]) < key(values[best]) : key(values[best]) < key(values[i])) {
            best = i;
        }
    }
    return best;
}

// np.fmin.reduce (least) or np.fmax.reduce by a plain loop: NaN loses, the first of equals.
template <class T>
T fold_ignoring_nan(const std::vector<T>& values, bool least) {
    T best = values[0];
    for (const T x : values) {
        const bool better = least ? x < best : best < x;
        if (x == x && (better || best != best)) {
            best = x;
        }
    }
    return best;
}

TEMPLATE_TEST_CASE("nanargmin, nanargmax, nanmin and nanmax of long arrays give a plain loop's "
                   "answers",
                   "[nan]", double, float) {
    using T = TestType;
    for (const auto& input : parray_test::extremes_inputs<T>()) {
        INFO(input.name);
        const std::vector<T>& values = input.values;
        auto a = parray::ndarray<T>::from_shape({values.size()});
        std::copy(values.begin(), values.end(), a.begin());
        const bool all_nan = std::all_of(values.begin(), values.end(), [](T x) { return x != x; });
        for (const auto& opts : parray_test::extremes_options()) {
            if (all_nan) {
                REQUIRE_THROWS_AS(parray::parallel_nanargmin(a, opts), std::invalid_argument);
                REQUIRE_THROWS_AS(parray::parallel_nanargmax(a, opts), std::invalid_argument);
            } else {
                REQUIRE(parray::parallel_nanargmin(a, opts) ==
                        first_best_key_by_loop(values, true));
                REQUIRE(parray::parallel_nanargmax(a, opts) ==
                        first_best_key_by_loop(values, false));
            }
            REQUIRE(parray_test::same_element(parray::parallel_nanmin(a, opts),
                                              fold_ignoring_nan(values, true)));
            REQUIRE(parray_test::same_element(parray::parallel_nanmax(a, opts),
                                              fold_ignoring_nan(values, false)));
        }
        // Along the last axis (contiguous rows, searched) and along the first (strided columns,
        // folded element by element), the values beside themselves reversed.
        const std::size_t n = values.size();
        std::vector<T> reversed(values.rbegin(), values.rend());
        auto rows = parray::ndarray<T>::from_shape({2, n});
        std::copy(values.begin(), values.end(), rows.begin());
        std::copy(reversed.begin(), reversed.end(), rows.begin() + static_cast<std::ptrdiff_t>(n));
        const parray::ndarray<T> columns = xt::transpose(rows);
        for (const auto& opts : parray_test::extremes_options()) {
            for (const auto& [m, axis] : {std::pair{rows, 1}, std::pair{columns, 0}}) {
                if (all_nan) {
                    REQUIRE_THROWS_AS(parray::parallel_nanargmin(m, axis, opts),
                                      std::invalid_argument);
                } else {
                    const auto lows = parray::parallel_nanargmin(m, axis, opts);
                    const auto highs = parray::parallel_nanargmax(m, axis, opts);
                    REQUIRE(static_cast<std::size_t>(lows(0)) ==
                            first_best_key_by_loop(values, true));
                    REQUIRE(static_cast<std::size_t>(lows(1)) ==
                            first_best_key_by_loop(reversed, true));
                    REQUIRE(static_cast<std::size_t>(highs(1)) ==
                            first_best_key_by_loop(reversed, false));
                }
                const auto least = parray::parallel_nanmin(m, axis, opts);
                const auto greatest = parray::parallel_nanmax(m, axis, opts);
                REQUIRE(parray_test::same_element(least(0), fold_ignoring_nan(values, true)));
                REQUIRE(parray_test::same_element(least(1), fold_ignoring_nan(reversed, true)));
                REQUIRE(parray_test::same_element(greatest(1), fold_ignoring_nan(reversed, false)));
            }
        }
    }
}

TEMPLATE_TEST_CASE("nanargmin and nanargmax along axis 0 give a plain loop's answers for every "
                   "column",
                   "[nan]", double, float) {
    using T = TestType;
    for (const auto& input : parray_test::column_inputs<T>()) {
        INFO(input.name());
        const auto a = parray_test::matrix_of(input);
        bool some_column_all_nan = false;
        for (std::size_t j = 0; j < input.width; ++j) {
            const std::vector<T> column = parray_test::column_of(input, j);
            some_column_all_nan = some_column_all_nan || std::all_of(column.begin(), column.end(),
                                                                     [](T x) { return x != x; });
        }
        for (const auto& opts : parray_test::extremes_options()) {
            if (some_column_all_nan) {
                REQUIRE_THROWS_AS(parray::parallel_nanargmin(a, 0, opts), std::invalid_argument);
                continue;
            }
            const auto lows = parray::parallel_nanargmin(a, 0, opts);
            const auto highs = parray::parallel_nanargmax(a, 0, opts);
            for (std::size_t j = 0; j < input.width; ++j) {
                INFO("column " << j);
                const std::vector<T> column = parray_test::column_of(input, j);
                REQUIRE(static_cast<std::size_t>(lows(j)) == first_best_key_by_loop(column, true));
                REQUIRE(static_cast<std::size_t>(highs(j)) ==
                        first_best_key_by_loop(column, false));
            }
        }
    }
}

TEMPLATE_TEST_CASE("nanmean and nanvar along either axis of a contiguous matrix, summed and "
                   "counted in one pass, have the bits of the two-pass lazy path",
                   "[nan]", double, float) {
    using T = TestType;
    for (const auto& input : parray_test::column_inputs<T>()) {
        INFO(input.name());
        const auto a = parray_test::matrix_of(input);
        // The same values every other column of a wider matrix: a strided view, which takes
        // the nansum and count passes of the lazy path.
        auto spaced = parray::ndarray<T>::from_shape({input.rows, 2 * input.width});
        spaced.fill(T(5));
        for (std::size_t b = 0; b < input.rows; ++b) {
            for (std::size_t j = 0; j < input.width; ++j) {
                spaced(b, 2 * j) = a(b, j);
            }
        }
        const auto strided = xt::view(
            spaced, xt::all(), xt::range(0, static_cast<std::ptrdiff_t>(2 * input.width), 2));
        const auto same = [](const auto& x, const auto& y) {
            REQUIRE(x.size() == y.size());
            for (std::size_t i = 0; i < x.size(); ++i) {
                REQUIRE(parray_test::same_element(x.flat(i), y.flat(i)));
            }
        };
        for (const auto& opts : parray_test::extremes_options()) {
            for (const std::size_t axis : {0, 1}) {
                INFO("axis " << axis);
                same(parray::parallel_nanmean(a, axis, opts),
                     parray::parallel_nanmean(strided, axis, opts));
                same(parray::parallel_nanmean(a, parray::keepdims(axis), opts),
                     parray::parallel_nanmean(strided, parray::keepdims(axis), opts));
                same(parray::parallel_nanvar(a, axis, parray::ddof{1}, opts),
                     parray::parallel_nanvar(strided, axis, parray::ddof{1}, opts));
            }
        }
    }
}

TEST_CASE("nanmin and nanargmin of integers are min and argmin", "[nan]") {
    for (const auto& input : parray_test::extremes_inputs<std::int32_t>()) {
        INFO(input.name);
        auto a = parray::ndarray<std::int32_t>::from_shape({input.values.size()});
        std::copy(input.values.begin(), input.values.end(), a.begin());
        for (const auto& opts : parray_test::extremes_options()) {
            REQUIRE(parray::parallel_nanmin(a, opts) == parray::parallel_min(a, opts));
            REQUIRE(parray::parallel_nanmax(a, opts) == parray::parallel_max(a, opts));
            REQUIRE(parray::parallel_nanargmin(a, opts) == parray::parallel_argmin(a, opts));
        }
    }
}

// One element type: the strided view and lazy paths compared with are costly to compile, and
// the code under test is the same template for float.
TEST_CASE("nanmean and nanvar of contiguous arrays, summed and counted in one pass, have the bits "
          "of the lazy and along-axes paths",
          "[nan]") {
    using T = double;
    for (const auto& input : parray_test::extremes_inputs<T>()) {
        INFO(input.name);
        const std::vector<T>& values = input.values;
        const std::size_t n = values.size();
        auto a = parray::ndarray<T>::from_shape({n});
        std::copy(values.begin(), values.end(), a.begin());
        // Along every axis, the sums are parallel_sum's of the lazy xt::where(a != a, 0, ...),
        // cut by n only; nanvar's are too, whatever chunks are set. Set chunks cut nanmean's
        // whole-array sum as they cut parallel_sum's.
        const T expected_mean = parray::parallel_nanmean(a, parray::all_axes())();
        for (const auto& opts : parray_test::extremes_options()) {
            if (opts.num_chunks() == 0) {
                REQUIRE(
                    parray_test::same_element(parray::parallel_nanmean(a, opts), expected_mean));
            }
            for (const std::size_t ddof : {0, 1}) {
                REQUIRE(parray_test::same_element(
                    parray::parallel_nanvar(a, parray::ddof{ddof}, opts),
                    parray::parallel_nanvar(a, parray::all_axes(), parray::ddof{ddof}, opts)()));
            }
        }
        // Along the rows of a contiguous matrix (read in place, NaN as 0) and of a strided view
        // of the same values (the lazy path): the same bits.
        auto rows = parray::ndarray<T>::from_shape({2, n});
        auto spaced_rows = parray::ndarray<T>::from_shape({2, 2 * n});
        for (std::size_t i = 0; i < n; ++i) {
            rows(0, i) = spaced_rows(0, 2 * i) = values[i];
            rows(1, i) = spaced_rows(1, 2 * i) = values[n - 1 - i];
            spaced_rows(0, 2 * i + 1) = spaced_rows(1, 2 * i + 1) = T(7);
        }
        const auto strided_rows =
            xt::view(spaced_rows, xt::all(), xt::range(0, static_cast<std::ptrdiff_t>(2 * n), 2));
        for (const auto& opts : parray_test::extremes_options()) {
            const auto sums = parray::parallel_nansum(rows, 1, opts);
            const auto strided_sums = parray::parallel_nansum(strided_rows, 1, opts);
            const auto means = parray::parallel_nanmean(rows, 1, opts);
            const auto strided_means = parray::parallel_nanmean(strided_rows, 1, opts);
            const auto variances = parray::parallel_nanvar(rows, 1, opts);
            const auto strided_variances = parray::parallel_nanvar(strided_rows, 1, opts);
            for (std::size_t row = 0; row < 2; ++row) {
                REQUIRE(parray_test::same_element(sums(row), strided_sums(row)));
                REQUIRE(parray_test::same_element(means(row), strided_means(row)));
                REQUIRE(parray_test::same_element(variances(row), strided_variances(row)));
            }
        }
    }
}

namespace {

// Values of many magnitudes, so that a sum's bits depend on the order of its additions.
parray::ndarray<double> scrambled(const std::vector<std::size_t>& shape) {
    auto a = parray::ndarray<double>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        a.flat(i) = std::sin(static_cast<double>(i) * 1.618) * std::pow(10.0, double(i % 7) - 3.0);
    }
    return a;
}

// Evaluated first: flat(i) of a view is its storage's element i, not its row-major i-th.
template <class A, class B>
bool same_array_bits(const A& x_expression, const B& y_expression) {
    const parray::ndarray<double> x = x_expression;
    const parray::ndarray<double> y = y_expression;
    if (!std::equal(x.shape().begin(), x.shape().end(), y.shape().begin(), y.shape().end())) {
        return false;
    }
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (parray_test::bits_of(x.flat(i)) != parray_test::bits_of(y.flat(i))) {
            return false;
        }
    }
    return true;
}

} // namespace

// NumPy 1.24 reduces a transposed or axis-permuted array in memory order (its iterator's 'K'
// order): np.sum(a.T) has the bits of np.sum(a), np.var(a.T, axis=0) those of
// np.var(a, axis=1), np.sum(np.transpose(b, (2, 0, 1)), axis=(0, 2)) those of
// np.sum(b, axis=(1, 2)) (checked against NumPy). Row-major order gives other bits for this data.
TEST_CASE("reductions of transposed arrays add in memory order, as NumPy's", "[nan][layout]") {
    using parray::keepdims;
    const auto a = scrambled({67, 45});
    const auto t = xt::transpose(a);
    CHECK(parray_test::bits_of(parray::parallel_sum(t)) ==
          parray_test::bits_of(parray::parallel_sum(a)));
    CHECK(parray_test::bits_of(parray::parallel_mean(t)) ==
          parray_test::bits_of(parray::parallel_mean(a)));
    CHECK(parray_test::bits_of(parray::parallel_var(t)) ==
          parray_test::bits_of(parray::parallel_var(a)));
    CHECK(parray_test::bits_of(parray::parallel_prod(t)) ==
          parray_test::bits_of(parray::parallel_prod(a)));
    CHECK(parray_test::bits_of(parray::parallel_nansum(t)) ==
          parray_test::bits_of(parray::parallel_nansum(a)));
    CHECK(parray_test::bits_of(parray::parallel_nanmean(t)) ==
          parray_test::bits_of(parray::parallel_nanmean(a)));
    CHECK(parray_test::bits_of(parray::parallel_nanvar(t, parray::ddof{1})) ==
          parray_test::bits_of(parray::parallel_nanvar(a, parray::ddof{1})));
    for (const int axis : {0, 1}) {
        INFO("axis " << axis);
        const int other = 1 - axis;
        CHECK(same_array_bits(parray::parallel_sum(t, axis), parray::parallel_sum(a, other)));
        CHECK(same_array_bits(parray::parallel_mean(t, axis), parray::parallel_mean(a, other)));
        CHECK(same_array_bits(parray::parallel_var(t, axis), parray::parallel_var(a, other)));
        CHECK(same_array_bits(parray::parallel_std(t, axis, parray::ddof{1}),
                              parray::parallel_std(a, other, parray::ddof{1})));
        CHECK(same_array_bits(parray::parallel_prod(t, axis), parray::parallel_prod(a, other)));
        CHECK(same_array_bits(parray::parallel_nansum(t, axis), parray::parallel_nansum(a, other)));
        CHECK(
            same_array_bits(parray::parallel_nanmean(t, axis), parray::parallel_nanmean(a, other)));
        CHECK(same_array_bits(parray::parallel_nanvar(t, axis), parray::parallel_nanvar(a, other)));
        // keepdims: the kept axis of length 1 where the transposed array has it.
        const auto kept = parray::parallel_var(t, keepdims(axis));
        CHECK(kept.shape()[static_cast<std::size_t>(axis)] == 1);
        CHECK(same_array_bits(xt::transpose(kept), parray::parallel_var(a, keepdims(other))));
    }
    // Three axes permuted: the folded axes (0, 2) are b's axes (1, 2), one run of 42 in memory.
    const auto b = scrambled({5, 6, 7});
    const auto p = xt::transpose(b, {2, 0, 1});
    CHECK(same_array_bits(parray::parallel_sum(p, {0, 2}), parray::parallel_sum(b, {1, 2})));
    CHECK(same_array_bits(parray::parallel_var(p, {0, 2}), parray::parallel_var(b, {1, 2})));
    // The kept axes come back in p's order: sum along p's axis 1 (b's axis 0) has shape (7, 6).
    const auto along_first = parray::parallel_sum(p, 1);
    CHECK(same_array_bits(along_first, xt::transpose(parray::parallel_sum(b, 0))));
    CHECK(parray_test::bits_of(parray::parallel_sum(p)) ==
          parray_test::bits_of(parray::parallel_sum(b)));
}

TEST_CASE("lazy expressions of transposed arrays reduce in memory order, as NumPy's temporaries",
          "[nan][layout]") {
    const auto a = scrambled({67, 45});
    const auto c = scrambled({45, 67});
    const parray::ndarray<double> shifted = a + 0.5;
    const auto t = xt::transpose(a);
    const auto t_expression = xt::square(t - 0.25) * 3.0;
    const auto a_expression = xt::square(a - 0.25) * 3.0;
    CHECK(parray_test::bits_of(parray::parallel_sum(t_expression)) ==
          parray_test::bits_of(parray::parallel_sum(a_expression)));
    CHECK(parray_test::bits_of(parray::parallel_mean(t_expression)) ==
          parray_test::bits_of(parray::parallel_mean(a_expression)));
    CHECK(parray_test::bits_of(parray::parallel_var(t_expression)) ==
          parray_test::bits_of(parray::parallel_var(a_expression)));
    CHECK(parray_test::bits_of(parray::parallel_sum(xt::transpose(a_expression))) ==
          parray_test::bits_of(parray::parallel_sum(a_expression)));
    for (const int axis : {0, 1}) {
        INFO("axis " << axis);
        const int other = 1 - axis;
        CHECK(same_array_bits(parray::parallel_sum(t_expression, axis),
                              parray::parallel_sum(a_expression, other)));
        CHECK(same_array_bits(parray::parallel_var(t_expression, axis),
                              parray::parallel_var(a_expression, other)));
        CHECK(same_array_bits(parray::parallel_nanmean(t_expression, axis),
                              parray::parallel_nanmean(a_expression, other)));
        // The transpose of a lazy expression: NumPy's temporary is row-major, read as it lies.
        CHECK(same_array_bits(parray::parallel_sum(xt::transpose(a_expression), axis),
                              parray::parallel_sum(a_expression, other)));
        CHECK(same_array_bits(parray::parallel_var(xt::transpose(a_expression), axis),
                              parray::parallel_var(a_expression, other)));
        // Two transposed arrays laid out alike: the same.
        CHECK(same_array_bits(parray::parallel_sum(t - xt::transpose(shifted), axis),
                              parray::parallel_sum(a - shifted, other)));
        // A transposed array with a row-major one: NumPy's C order wins, so the row-major
        // reading of the evaluated expression.
        const parray::ndarray<double> mixed = t + c;
        CHECK(
            same_array_bits(parray::parallel_sum(t + c, axis), parray::parallel_sum(mixed, axis)));
    }
    const parray::ndarray<double> mixed = t + c;
    CHECK(parray_test::bits_of(parray::parallel_sum(t + c)) ==
          parray_test::bits_of(parray::parallel_sum(mixed)));
}

TEST_CASE("reshaped and flattened arrays (xt::reshape_view, xt::flatten, xt::ravel) are reduced",
          "[nan][layout]") {
    // They have strides but no data() (or one that does not compile): read as expressions (this
    // did not compile).
    const auto a = scrambled({6, 35});
    parray::ndarray<double> copy = a;
    copy.reshape({6, 5, 7});
    const auto reshaped = xt::reshape_view(a, {6, 5, 7});
    for (const std::size_t threads : {1, 2, 3}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        CHECK(same_array_bits(parray::parallel_sum(reshaped, {0, 2}, opts),
                              parray::parallel_sum(copy, {0, 2}, opts)));
        CHECK(same_array_bits(parray::parallel_var(reshaped * 2.0, 1, opts),
                              parray::parallel_var(copy * 2.0, 1, opts)));
        CHECK(same_array_bits(parray::parallel_any(reshaped > 0.5, {0, 1}, opts),
                              parray::parallel_any(copy > 0.5, {0, 1}, opts)));
        CHECK(parray_test::bits_of(parray::parallel_sum(xt::flatten(a), opts)) ==
              parray_test::bits_of(parray::parallel_sum(a, opts)));
        CHECK(parray_test::bits_of(parray::parallel_nanmean(xt::ravel(a), opts)) ==
              parray_test::bits_of(parray::parallel_nanmean(a, opts)));
        CHECK(parray::parallel_argmax(xt::flatten(a), opts) == parray::parallel_argmax(a, opts));
        // np.sum(a.T.ravel()), np.sum(a[:, ::2].ravel()): the flattened copy of a view that is
        // not contiguous (xtensor holds an iterator of the view, whose data() does not compile).
        const auto transposed_flat = xt::flatten(xt::transpose(a));
        const parray::ndarray<double> transposed_copy = transposed_flat;
        CHECK(parray_test::bits_of(parray::parallel_sum(transposed_flat, opts)) ==
              parray_test::bits_of(parray::parallel_sum(transposed_copy, opts)));
        CHECK(parray_test::bits_of(parray::parallel_var(transposed_flat, opts)) ==
              parray_test::bits_of(parray::parallel_var(transposed_copy, opts)));
        CHECK(parray::parallel_argmax(transposed_flat, opts) ==
              parray::parallel_argmax(transposed_copy, opts));
        const auto strided_flat = xt::ravel(xt::view(a, xt::all(), xt::range(0, 35, 2)));
        const parray::ndarray<double> strided_copy = strided_flat;
        CHECK(parray_test::bits_of(parray::parallel_nansum(strided_flat, opts)) ==
              parray_test::bits_of(parray::parallel_nansum(strided_copy, opts)));
        CHECK(parray_test::bits_of(parray::parallel_nanvar(strided_flat, opts)) ==
              parray_test::bits_of(parray::parallel_nanvar(strided_copy, opts)));
    }
}

namespace {

// The generator's base(name): exact dyadic rationals whose sums round by the order of addition.
parray::ndarray<double> layout_base(const std::vector<std::size_t>& shape) {
    auto a = parray::ndarray<double>::from_shape(shape);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto mantissa =
            static_cast<std::int64_t>((i * 2654435761U) % (std::uint64_t{1} << 32)) -
            (std::int64_t{1} << 31);
        a.flat(i) = std::ldexp(static_cast<double>(mantissa), -static_cast<int>(31 + (i * 7) % 23));
    }
    return a;
}

struct layout_case {
    const char* base;
    const char* view;
    const char* function;
    bool whole;
    std::initializer_list<std::ptrdiff_t> axes;
    std::uint64_t digest;
};

// The reductions of the table, each named as the generator names it. A view is given only the
// ones its rows use (layout_result's Functions): each one a view type instantiates costs
// seconds of compile time, in every build of this file.
#define PARRAY_LAYOUT_FUNCTION(type, function)                                                     \
    struct type {                                                                                  \
        static constexpr const char* name = #function;                                             \
        template <class V>                                                                         \
        static double whole(const V& v, const parray::options& opts) {                             \
            return parray::parallel_##function(v, opts);                                           \
        }                                                                                          \
        template <class V>                                                                         \
        static parray::ndarray<double> along(const V& v, const parray::axis_list& axes,            \
                                             const parray::options& opts) {                        \
            return parray::parallel_##function(v, axes, opts);                                     \
        }                                                                                          \
    }
PARRAY_LAYOUT_FUNCTION(sum_of, sum);
PARRAY_LAYOUT_FUNCTION(mean_of, mean);
PARRAY_LAYOUT_FUNCTION(var_of, var);
PARRAY_LAYOUT_FUNCTION(prod_of, prod);
PARRAY_LAYOUT_FUNCTION(nansum_of, nansum);
#undef PARRAY_LAYOUT_FUNCTION

// The row's function of view v, one of Functions, as an ndarray (a 0-d one for a whole-array
// call). A function the view was not given fails the test (add it to the view's list).
template <class... Functions, class V>
parray::ndarray<double> layout_result(const V& v, const layout_case& row,
                                      const parray::options& opts) {
    const std::string function = row.function;
    const parray::axis_list axes(std::vector<std::ptrdiff_t>(row.axes));
    parray::ndarray<double> result;
    bool given = false;
    const auto compute = [&](auto tag) {
        using reduction = decltype(tag);
        if (!given && function == reduction::name) {
            result = row.whole ? parray::ndarray<double>(reduction::whole(v, opts))
                               : reduction::along(v, axes, opts);
            given = true;
        }
    };
    (compute(Functions{}), ...);
    if (!given) {
        FAIL("view " << row.view << " was not given the function " << function);
    }
    return result;
}

} // namespace

TEST_CASE("sums of strided and transposed views add in NumPy's order, bit for bit",
          "[nan][layout]") {
    static const layout_case layout_reference[] = {
        // BEGIN GENERATED by tests/data/make_layout_reference.py (NumPy 1.24.2)
        // clang-format off
        {"a", "transpose", "sum", true, {}, 16944438651627244263U},
        {"a", "transpose", "var", true, {}, 3927829076106725221U},
        {"a", "transpose", "sum", false, {0}, 11806734724583747484U},
        {"a", "transpose", "var", false, {0}, 5722915572586343746U},
        {"a", "rows_step_2_transposed", "sum", true, {}, 14680010779445031189U},
        {"a", "rows_step_2_transposed", "mean", false, {0}, 5336495817858757915U},
        {"a", "columns_step_2", "sum", false, {1}, 6035486618274585530U},
        {"a", "columns_step_2", "var", false, {1}, 10875607139856351340U},
        {"a", "columns_reversed", "sum", false, {1}, 18231264359908188999U},
        {"a", "columns_reversed", "var", false, {1}, 13130816924472270440U},
        {"a", "columns_step_minus_3", "mean", false, {1}, 5148108513041049089U},
        {"a", "columns_step_2", "nansum", false, {1}, 6035486618274585530U},
        {"a", "rows_step_3", "sum", false, {0}, 11989843593200660511U},
        {"a", "rows_reversed", "sum", true, {}, 732809399933794686U},
        {"b", "last_step_2", "sum", false, {1, 2}, 4600666190450691827U},
        {"b", "middle_reversed", "sum", false, {1, 2}, 14048290760472630911U},
        {"b", "last_reversed", "mean", false, {1, 2}, 7566302633481972627U},
        {"b", "permuted_201", "sum", false, {0, 2}, 13774246702175833155U},
        {"b", "permuted_201", "var", false, {1}, 1844361269229774609U},
        {"c", "last_step_2", "sum", false, {1, 2}, 6277627464344626933U},
        {"d", "columns_step_2", "sum", false, {1}, 12392792040584514630U},
        {"e", "middle_step_2", "sum", false, {0, 2}, 4506116665316274553U},
        {"e", "last_step_2", "sum", false, {0, 2}, 18073613404346888423U},
        {"a", "transpose_times_2", "sum", true, {}, 16959603116000502775U},
        {"a", "transpose_times_2", "sum", false, {1}, 17056710837076939712U},
        {"a", "transpose_squared_minus_1", "mean", false, {0}, 6443107137342233267U},
        {"a", "transpose_squared_minus_1", "var", true, {}, 6300963671861390574U},
        {"b", "permuted_201_plus_half", "var", false, {1}, 7612571599876360077U},
        {"b", "permuted_201_plus_half", "nansum", false, {0, 2}, 2731200855142298716U},
        {"a", "transpose_minus_row_means", "sum", false, {1}, 14862890013949025378U},
        {"a", "transpose_minus_row_means", "var", true, {}, 9009735661106552714U},
        {"a", "transpose_times_column", "sum", false, {0}, 1021137271790978242U},
        {"a", "transpose_times_column", "mean", true, {}, 6002441305760165093U},
        {"a", "transpose_plus_outer", "sum", false, {0}, 14539752083219507368U},
        {"a", "transpose_of_times_2", "sum", false, {1}, 17056710837076939712U},
        {"a", "transpose_of_times_2", "var", true, {}, 3897289041127591685U},
        {"a", "transpose_of_times_2", "nansum", false, {0}, 10380829366097694076U},
        {"a", "rows_step_2_transposed", "var", false, {0}, 3955147473139006447U},
        {"a", "rows_step_2_transposed", "var", true, {}, 15083432504536148333U},
        {"a", "rows_step_2_transposed", "nansum", false, {0}, 16278450881621521990U},
        {"a", "rows_step_2_transposed", "nansum", true, {}, 14680010779445031189U},
        {"a", "rows_step_2_transposed", "prod", false, {1}, 15967667404438404989U},
        {"b", "middle_step_2_permuted_201", "var", false, {0, 2}, 1321103423116215688U},
        {"b", "middle_step_2_permuted_201", "prod", false, {0}, 4054437379434039563U},
        {"a", "rows_reversed_transposed", "var", false, {0}, 4031103946227647150U},
        {"a", "rows_reversed_transposed", "var", true, {}, 3927829076106725221U},
        {"a", "rows_reversed_transposed", "nansum", false, {0}, 3003194886474799772U},
        {"a", "rows_reversed_transposed", "prod", true, {}, 12161821475553763397U},
        {"a", "rows_reversed_transposed", "sum", false, {1}, 11945882477701107689U},
        {"a", "columns_reversed_transposed", "var", false, {1}, 12077896554321241244U},
        {"a", "columns_reversed_transposed", "nansum", true, {}, 15754631774427001716U},
        {"a", "rows_reversed_transposed_squared", "sum", false, {1}, 2826438336651694529U},
        {"a", "rows_reversed_transposed_squared", "mean", true, {}, 7170209541027209409U},
        {"a", "columns_reversed_transposed_times_reversed_column", "sum", false, {0}, 4244296585483640173U},
        {"a", "reversed_transposes_added", "sum", false, {0}, 605221172360392076U},
        {"b", "reversed_step_minus_2_permuted_201", "var", false, {1}, 6829861296368000912U},
        {"b", "reversed_step_minus_2_permuted_201", "nansum", false, {0, 2}, 14699363207777916427U},
        {"b", "reversed_step_minus_2_permuted_201", "prod", false, {0}, 14321931522676543881U},
        // clang-format on
        // END GENERATED
    };
    using xt::all;
    using xt::range;
    using xt::placeholders::_;
    const std::map<std::string, std::vector<std::size_t>> shapes = {{"a", {67, 45}},
                                                                    {"b", {5, 6, 7}},
                                                                    {"c", {40, 300, 3}},
                                                                    {"d", {3, 40000}},
                                                                    {"e", {9, 6, 11}}};
    for (const std::size_t threads : {1, 2, 3}) {
        const auto opts = parray::options{}.pool(pool_of(threads));
        for (const layout_case& row : layout_reference) {
            INFO(row.function << " of " << row.base << " " << row.view << ", pool of " << threads);
            const auto x = layout_base(shapes.at(row.base));
            const std::string view = row.view;
            parray::ndarray<double> result;
            if (view == "transpose") {
                result = layout_result<sum_of, var_of>(xt::transpose(x), row, opts);
            } else if (view == "rows_step_2_transposed") {
                result = layout_result<sum_of, mean_of, var_of, prod_of, nansum_of>(
                    xt::transpose(xt::view(x, range(_, _, 2))), row, opts);
            } else if (view == "columns_step_2") {
                result = layout_result<sum_of, var_of, nansum_of>(
                    xt::view(x, all(), range(_, _, 2)), row, opts);
            } else if (view == "columns_reversed") {
                result =
                    layout_result<sum_of, var_of>(xt::view(x, all(), range(_, _, -1)), row, opts);
            } else if (view == "columns_step_minus_3") {
                result = layout_result<mean_of>(xt::view(x, all(), range(_, _, -3)), row, opts);
            } else if (view == "rows_step_3") {
                result = layout_result<sum_of>(xt::view(x, range(_, _, 3)), row, opts);
            } else if (view == "rows_reversed") {
                result = layout_result<sum_of>(xt::view(x, range(_, _, -1)), row, opts);
            } else if (view == "last_step_2") {
                result =
                    layout_result<sum_of>(xt::view(x, all(), all(), range(_, _, 2)), row, opts);
            } else if (view == "middle_reversed") {
                result =
                    layout_result<sum_of>(xt::view(x, all(), range(_, _, -1), all()), row, opts);
            } else if (view == "last_reversed") {
                result =
                    layout_result<mean_of>(xt::view(x, all(), all(), range(_, _, -1)), row, opts);
            } else if (view == "middle_step_2") {
                result =
                    layout_result<sum_of>(xt::view(x, all(), range(_, _, 2), all()), row, opts);
            } else if (view == "transpose_times_2") {
                result = layout_result<sum_of>(xt::transpose(x) * 2, row, opts);
            } else if (view == "transpose_squared_minus_1") {
                result =
                    layout_result<mean_of, var_of>(xt::square(xt::transpose(x) - 1), row, opts);
            } else if (view == "transpose_minus_row_means") {
                const auto t = xt::transpose(x);
                result = layout_result<sum_of, var_of>(
                    t - parray::parallel_mean(t, parray::keepdims(1)), row, opts);
            } else if (view == "transpose_times_column") {
                result = layout_result<sum_of, mean_of>(xt::transpose(x) * xt::view(x, all(), 0),
                                                        row, opts);
            } else if (view == "transpose_plus_outer") {
                result = layout_result<sum_of>(
                    xt::transpose(x) + xt::view(x, 0, all(), xt::newaxis()) * xt::view(x, all(), 0),
                    row, opts);
            } else if (view == "transpose_of_times_2") {
                result =
                    layout_result<sum_of, var_of, nansum_of>(xt::transpose(x * 2.0), row, opts);
            } else if (view == "middle_step_2_permuted_201") {
                result = layout_result<var_of, prod_of>(
                    xt::transpose(xt::view(x, all(), range(_, _, 2)), {2, 0, 1}), row, opts);
            } else if (view == "rows_reversed_transposed") {
                result = layout_result<sum_of, var_of, prod_of, nansum_of>(
                    xt::transpose(xt::view(x, range(_, _, -1))), row, opts);
            } else if (view == "columns_reversed_transposed") {
                result = layout_result<var_of, nansum_of>(
                    xt::transpose(xt::view(x, all(), range(_, _, -1))), row, opts);
            } else if (view == "rows_reversed_transposed_squared") {
                result = layout_result<sum_of, mean_of>(
                    xt::square(xt::transpose(xt::view(x, range(_, _, -1)))), row, opts);
            } else if (view == "columns_reversed_transposed_times_reversed_column") {
                result = layout_result<sum_of>(xt::transpose(xt::view(x, all(), range(_, _, -1))) *
                                                   xt::view(x, range(_, _, -1), 0),
                                               row, opts);
            } else if (view == "reversed_transposes_added") {
                result =
                    layout_result<sum_of>(xt::transpose(xt::view(x, range(_, _, -1))) +
                                              xt::transpose(xt::view(x, all(), range(_, _, -1))),
                                          row, opts);
            } else if (view == "reversed_step_minus_2_permuted_201") {
                result = layout_result<var_of, prod_of, nansum_of>(
                    xt::transpose(xt::view(x, range(_, _, -1), all(), range(_, _, -2)), {2, 0, 1}),
                    row, opts);
            } else if (view == "permuted_201_plus_half") {
                result =
                    layout_result<var_of, nansum_of>(xt::transpose(x, {2, 0, 1}) + 0.5, row, opts);
            } else {
                REQUIRE(view == "permuted_201");
                result = layout_result<sum_of, var_of>(xt::transpose(x, {2, 0, 1}), row, opts);
            }
            CHECK(parray_test::fnv1a_of_bytes(result) == row.digest);
        }
    }
}
