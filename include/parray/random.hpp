// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "detail/shape.hpp"
#include "ndarray.hpp"

namespace parray::random {

namespace detail {

// Smallest all-ones mask covering x: NumPy's gen_mask for masked rejection sampling.
inline constexpr std::uint64_t gen_mask(std::uint64_t x) noexcept {
    x |= x >> 1;
    x |= x >> 2;
    x |= x >> 4;
    x |= x >> 8;
    x |= x >> 16;
    x |= x >> 32;
    return x;
}

// x * x rounded to double on its own. The volatile store keeps the compiler from contracting
// the square into an FMA with a later addition (as GCC and Clang do when the target has FMA,
// e.g. -march=haswell or aarch64), which would change the last bit of some normal deviates.
inline double rounded_square(double x) noexcept {
    const volatile double square = x * x;
    return square;
}

} // namespace detail

/// NumPy's legacy generator `np.random.RandomState` (MT19937): seeded with the same integer,
/// every method draws the same numbers, in the same order, from the same stream as its NumPy
/// namesake, so calls of different kinds can be interleaved as in NumPy. Integers match
/// exactly; doubles match bit for bit (for standard_normal, see its note on std::log).
/// Checked against NumPy 1.24 on x86-64 by tests/test_random.cpp.
/// Not thread-safe: one RandomState per thread, or external locking.
class RandomState {
public:
    /// Equivalent to `np.random.RandomState(seed)`.
    /// Throws std::invalid_argument naming the value if seed is outside [0, 2**32 - 1].
    explicit RandomState(std::int64_t seed) { this->seed(seed); }

    /// Re-seeds as `RandomState.seed(seed)` (and `np.random.seed(seed)`) does: MT19937's
    /// init_genrand, and the cached normal deviate is dropped.
    /// Throws std::invalid_argument naming the value if seed is outside [0, 2**32 - 1];
    /// the state is then unchanged.
    void seed(std::int64_t seed) {
        if (seed < 0 || seed > std::int64_t{0xFFFFFFFF}) {
            throw std::invalid_argument("parray::random::RandomState: seed must be between 0 and "
                                        "2**32 - 1, got " +
                                        std::to_string(seed));
        }
        mt_.seed(static_cast<std::uint32_t>(seed));
        has_gauss_ = false;
        gauss_ = 0.0;
    }

    /// One integer uniform on [low, high), as `np.random.randint(low, high)` with NumPy's
    /// default dtype on LP64 platforms (int64): masked rejection sampling that takes one 32-bit
    /// draw per try when high - low - 1 < 2**32 and one 64-bit draw (two 32-bit draws, the
    /// first the high half) per try otherwise; low + 1 == high draws nothing.
    /// Throws std::invalid_argument if low >= high (NumPy: ValueError).
    std::int64_t randint(std::int64_t low, std::int64_t high) {
        const bounds b = make_bounds(low, high);
        return static_cast<std::int64_t>(b.off + bounded_uint64(b.rng, b.mask));
    }

    /// Integers uniform on [low, high) in an array of the given shape (an empty shape gives a
    /// 0-D array of one element), element for element `np.random.randint(low, high, shape)`
    /// (dtype int64), drawn in row-major order. Throws std::invalid_argument if low >= high,
    /// even when the shape has no elements (NumPy returns an empty array there), and, naming
    /// the shape, if it has more elements than memory can hold; nothing is drawn then.
    ndarray<std::int64_t> randint(std::int64_t low, std::int64_t high,
                                  const std::vector<std::size_t>& shape) {
        const bounds b = make_bounds(low, high);
        return fill<std::int64_t>(shape, [&] {
            return static_cast<std::int64_t>(b.off + bounded_uint64(b.rng, b.mask));
        });
    }

    /// One double uniform on [0, 1) with 53 random bits, as `np.random.random_sample()`:
    /// two 32-bit draws, (a >> 5) * 2**26 + (b >> 6), divided by 2**53.
    double random_sample() {
        const std::uint32_t a = next_uint32() >> 5;
        const std::uint32_t b = next_uint32() >> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /// Doubles uniform on [0, 1) in an array of the given shape, bit for bit
    /// `np.random.random_sample(shape)`, drawn in row-major order. Throws std::invalid_argument
    /// naming the shape if it has more elements than memory can hold; nothing is drawn then.
    ndarray<double> random_sample(const std::vector<std::size_t>& shape) {
        return fill<double>(shape, [this] { return random_sample(); });
    }

    /// One standard normal deviate, as `np.random.standard_normal()`: the legacy polar
    /// Box-Muller method, which makes two deviates and keeps the second for the next call
    /// (of standard_normal, scalar or array; other kinds of calls in between leave it cached,
    /// seed() drops it). Bit for bit NumPy's value when std::log is the libm log that NumPy
    /// uses (glibc's on Linux). `x1*x1 + x2*x2` is always computed unfused, as NumPy's x86-64
    /// builds do; NumPy builds that contract it into an FMA (reportedly linux-aarch64 and
    /// ppc64le) differ from those in the last bits of some deviates.
    double standard_normal() {
        if (has_gauss_) {
            has_gauss_ = false;
            const double cached = gauss_;
            gauss_ = 0.0;
            return cached;
        }
        double x1 = 0.0;
        double x2 = 0.0;
        double r2 = 0.0;
        do {
            x1 = 2.0 * random_sample() - 1.0;
            x2 = 2.0 * random_sample() - 1.0;
            r2 = detail::rounded_square(x1) + detail::rounded_square(x2);
        } while (r2 >= 1.0 || r2 == 0.0);
        const double f = std::sqrt(-2.0 * std::log(r2) / r2);
        gauss_ = f * x1;
        has_gauss_ = true;
        return f * x2;
    }

    /// Standard normal deviates in an array of the given shape, as
    /// `np.random.standard_normal(shape)`, drawn in row-major order as successive scalar calls
    /// (the cached deviate included; same note on std::log as the scalar overload). Throws
    /// std::invalid_argument naming the shape if it has more elements than memory can hold.
    ndarray<double> standard_normal(const std::vector<std::size_t>& shape) {
        return fill<double>(shape, [this] { return standard_normal(); });
    }

private:
    // The closed range [off, off + rng] as NumPy's _rand_int64 sets it up, plus its mask.
    struct bounds {
        std::uint64_t off;
        std::uint64_t rng;
        std::uint64_t mask;
    };

    static bounds make_bounds(std::int64_t low, std::int64_t high) {
        if (low >= high) {
            throw std::invalid_argument(
                "parray::random::RandomState::randint: low >= high (low = " + std::to_string(low) +
                ", high = " + std::to_string(high) + ")");
        }
        // Unsigned arithmetic: high - 1 - low cannot overflow there and is at most 2**64 - 2.
        const auto off = static_cast<std::uint64_t>(low);
        const std::uint64_t rng = static_cast<std::uint64_t>(high) - 1 - off;
        return {off, rng, detail::gen_mask(rng)};
    }

    std::uint32_t next_uint32() { return static_cast<std::uint32_t>(mt_()); }

    // NumPy's next_uint64 for MT19937: the first 32-bit draw is the high half.
    std::uint64_t next_uint64() {
        const std::uint64_t high = next_uint32();
        return (high << 32) | next_uint32();
    }

    // NumPy's random_bounded_uint64_fill in masked mode, for one value in [0, rng]. Ranges that
    // fit in 32 bits take one 32-bit draw per try (rng == 2**32 - 1: one raw draw), wider ones
    // one 64-bit draw per try; rng 0 draws nothing. NumPy's raw 64-bit case, rng == 2**64 - 1,
    // cannot arise: high <= INT64_MAX makes rng at most 2**64 - 2.
    std::uint64_t bounded_uint64(std::uint64_t rng, std::uint64_t mask) {
        if (rng == 0) {
            return 0;
        }
        if (rng <= 0xFFFFFFFFu) {
            if (rng == 0xFFFFFFFFu) {
                return next_uint32();
            }
            std::uint64_t value = 0;
            do {
                value = next_uint32() & mask;
            } while (value > rng);
            return value;
        }
        std::uint64_t value = 0;
        do {
            value = next_uint64() & mask;
        } while (value > rng);
        return value;
    }

    // A new array of `shape` whose elements, in row-major order, are successive draw() calls.
    template <class T, class Draw>
    static ndarray<T> fill(const std::vector<std::size_t>& shape, Draw draw) {
        parray::detail::checked_element_count(shape, sizeof(T), "parray::random::RandomState");
        auto out = ndarray<T>::from_shape(shape);
        T* data = out.data();
        for (std::size_t i = 0, n = out.size(); i < n; ++i) {
            data[i] = draw();
        }
        return out;
    }

    std::mt19937 mt_; // same init_genrand seeding and output as NumPy's MT19937
    bool has_gauss_ = false;
    double gauss_ = 0.0;
};

} // namespace parray::random
