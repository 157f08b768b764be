// SPDX-License-Identifier: BSD-3-Clause
//
// A libFuzzer target for parray: chunk_ranges, the parallel algorithms and to_string, each
// checked against invariants that must hold for every input. The first input byte picks the
// part; the rest drives sizes, shapes, element values and options through byte_reader (bytes
// past the end read as zero). A failed invariant prints what failed and aborts, which libFuzzer
// reports as a crash and saves the input.
//
//  1. chunk_ranges: both chunk_size and num_chunks set throws std::invalid_argument; otherwise
//     the ranges cover [0, n) once, in order, none empty, as many as the options say.
//  2. parallel_reduce / parallel_transform_reduce with non-commutative ops (2x2 matrices mod
//     2**64, string concatenation) equal the serial left fold; parallel_sum of uint64 wraps as
//     the serial sum; floating sums are the same bits on every pool; exceptions reach the caller.
//  3. parallel_for visits every index once (any integer type, up to its limits);
//     parallel_map, parallel_map_chunks give the serial results; nested calls and tasks complete.
//  4. to_string: the shown elements read back, brackets balance, lines fit linewidth, NumPy's
//     summarising and scientific-notation rules.
//
// Built by tests/fuzz/CMakeLists.txt with clang, or by hand from the repository root:
//     clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined
//         -fno-sanitize-recover=undefined -I include tests/fuzz/fuzz_parallel.cpp
//         -o fuzz_parallel -pthread    (one command)
//     mkdir corpus && cp tests/fuzz/corpus/* corpus/
//     ./fuzz_parallel -max_total_time=60 corpus

#include <parray/parray.hpp>

#include "../test_helpers.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

using parray_test::bits_of;

// What the current check is looking at (to_string's text), printed when an invariant fails.
const std::string* failure_context = nullptr;

[[noreturn]] void fail(const char* condition, int line) {
    std::fprintf(stderr, "fuzz_parallel.cpp:%d: invariant failed: %s\n", line, condition);
    if (failure_context != nullptr) {
        std::fprintf(stderr, "---- text ----\n%s\n--------------\n", failure_context->c_str());
    }
    std::fflush(stderr);
    std::abort();
}

#define FUZZ_CHECK(condition) ((condition) ? void(0) : fail(#condition, __LINE__))

// True when f() throws Exception; any other exception escapes (and terminates the fuzzer).
template <class Exception, class F>
bool throws(F&& f) {
    try {
        f();
    } catch (const Exception&) {
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Input

// Reads the fuzz input front to back; past its end every byte reads as 0, so any input works.
class byte_reader {
public:
    byte_reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    std::uint8_t byte() { return position_ < size_ ? data_[position_++] : 0; }
    bool flag() { return (byte() & 1) != 0; }

    template <class U>
    U bits() {
        static_assert(std::is_unsigned_v<U>);
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < sizeof(U); ++i) {
            value = (value << 8) | byte();
        }
        return static_cast<U>(value);
    }
    std::uint64_t u64() { return bits<std::uint64_t>(); }

    // A number in [0, bound), from as few bytes as bound needs; 0 when bound <= 1.
    std::uint64_t below(std::uint64_t bound) {
        if (bound <= 1) {
            return 0;
        }
        std::uint64_t value = 0;
        for (std::uint64_t span = bound - 1; span != 0; span >>= 8) {
            value = (value << 8) | byte();
        }
        return value % bound;
    }
    // A number in [low, high]; high - low must be below the maximum of std::uint64_t.
    std::uint64_t in_range(std::uint64_t low, std::uint64_t high) {
        return low + below(high - low + 1);
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t position_ = 0;
};

// SplitMix64: fills large arrays from an 8-byte seed, so that short inputs still give varied
// elements.
std::uint64_t next_random(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

template <class T>
T float_from_bits(std::uint64_t word) {
    if constexpr (sizeof(T) == 8) {
        T value;
        std::memcpy(&value, &word, sizeof value);
        return value;
    } else {
        const auto bits = static_cast<std::uint32_t>(word);
        T value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
}

// Values that sit on the edges of NumPy's printing rules, and a few others.
template <class T>
T special_float(std::uint64_t selector, std::uint64_t extra) {
    using limits = std::numeric_limits<T>;
    switch (selector % 24) {
    case 0:
        return T(0);
    case 1:
        return -T(0);
    case 2:
        return limits::quiet_NaN();
    case 3:
        return -limits::quiet_NaN();
    case 4:
        return limits::infinity();
    case 5:
        return -limits::infinity();
    case 6:
        return limits::denorm_min();
    case 7:
        return -limits::denorm_min();
    case 8:
        return limits::min();
    case 9:
        return limits::max();
    case 10:
        return limits::lowest();
    case 11:
        return T(1e-4);
    case 12:
        return std::nextafter(T(1e-4), T(0));
    case 13:
        return T(1e8);
    case 14:
        return std::nextafter(T(1e8), T(0));
    case 15:
        return T(0.1);
    case 16:
        return T(1) / T(3);
    case 17:
        return T(1e16);
    case 18:
        return T(1000);
    case 19:
        return T(0.5);
    case 20:
        return T(-9.5);
    case 21:
        return T(999999.9999);
    case 22: { // a power of two, where NumPy's Dragon4 digits differ from correct rounding
        const int low = limits::min_exponent - limits::digits;
        const int span = limits::max_exponent - low;
        const T power =
            std::ldexp(T(1), low + static_cast<int>(extra % static_cast<std::uint64_t>(span)));
        return (extra >> 32) % 2 == 0 ? power : -power;
    }
    default:
        return float_from_bits<T>(extra);
    }
}

std::int64_t special_int(std::uint64_t selector, std::uint64_t extra) {
    using limits = std::numeric_limits<std::int64_t>;
    constexpr std::int64_t table[] = {0,   1,    -1,    9,     10,     -9,     -10,
                                      99,  100,  -100,  999,   1000,   -1000,  4294967296,
                                      255, -256, 65535, 32767, -32768, 1 << 30};
    constexpr std::uint64_t table_size = sizeof table / sizeof table[0];
    switch (selector % (table_size + 3)) {
    case table_size:
        return limits::min();
    case table_size + 1:
        return limits::max();
    case table_size + 2:
        return static_cast<std::int64_t>(extra);
    default:
        return table[selector % (table_size + 3)];
    }
}

// Fills `a` (any element type to_string supports) from a seed and a style read from the input,
// then overwrites up to 7 elements with values the input names directly.
template <class T>
void fill(byte_reader& in, parray::ndarray<T>& a) {
    const std::uint8_t style = in.byte();
    std::uint64_t state = in.u64();
    const std::size_t n = a.size();
    T* data = a.data();
    if constexpr (std::is_same_v<T, bool>) {
        for (std::size_t i = 0; i < n; ++i) {
            data[i] = (next_random(state) >> (style % 64)) % 2 != 0;
        }
        for (std::size_t k = in.byte() % 8; k > 0 && n > 0; --k) {
            data[in.below(n)] = in.flag();
        }
    } else if constexpr (std::is_integral_v<T>) {
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t word = next_random(state);
            std::uint64_t value = word;
            switch (style % 5) {
            case 1:
                value = word & 0xff;
                break;
            case 2: // [-8, 8)
                value = (word & 0xf) - 8;
                break;
            case 3: // int32
                value = static_cast<std::uint64_t>(std::int64_t{static_cast<std::int32_t>(word)});
                break;
            case 4:
                value = static_cast<std::uint64_t>(special_int(word, next_random(state)));
                break;
            default:
                break;
            }
            data[i] = static_cast<T>(value);
        }
        for (std::size_t k = in.byte() % 8; k > 0 && n > 0; --k) {
            const std::size_t index = in.below(n);
            const std::uint8_t selector = in.byte();
            data[index] = static_cast<T>(special_int(selector, in.u64()));
        }
    } else {
        const int scale = static_cast<int>(in.below(21)) - 10;
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t word = next_random(state);
            const unsigned kind = style % 6 == 5 ? static_cast<unsigned>(word % 5) : style % 6;
            switch (kind) {
            case 1: // small integers
                data[i] = T(static_cast<std::int64_t>(word % 2001) - 1000);
                break;
            case 2: // uniform in [0, 10**scale)
                data[i] = T(static_cast<double>(word >> 11) * 0x1p-53 * std::pow(10.0, scale));
                break;
            case 3:
                data[i] = special_float<T>(22, word);
                break;
            case 4:
                data[i] = special_float<T>(word, next_random(state));
                break;
            default: // raw bits: every exponent, subnormals, NaN payloads
                data[i] = float_from_bits<T>(word);
                break;
            }
        }
        for (std::size_t k = in.byte() % 8; k > 0 && n > 0; --k) {
            const std::size_t index = in.below(n);
            const std::uint8_t selector = in.byte();
            data[index] = special_float<T>(selector, in.u64());
        }
    }
}

// A shape of `ndim` extents whose product is `size` (extents are random divisors); for size 0,
// small extents with at least one 0.
std::vector<std::size_t> random_shape(byte_reader& in, std::size_t size, std::size_t ndim) {
    std::vector<std::size_t> shape(ndim, 1);
    if (ndim == 0) {
        return shape;
    }
    if (size == 0) {
        for (std::size_t& extent : shape) {
            extent = in.below(5);
        }
        shape[in.below(ndim)] = 0;
        return shape;
    }
    std::size_t rest = size;
    for (std::size_t axis = 0; axis + 1 < ndim; ++axis) {
        std::vector<std::size_t> divisors;
        for (std::size_t d = 1; d <= rest; ++d) {
            if (rest % d == 0) {
                divisors.push_back(d);
            }
        }
        shape[axis] = divisors[in.below(divisors.size())];
        rest /= shape[axis];
    }
    shape.back() = rest;
    return shape;
}

// One pool of 1 and one of 3 threads, made once; the default pool is the third choice.
parray::thread_pool& pool_of_one() {
    static parray::thread_pool pool(1);
    return pool;
}
parray::thread_pool& pool_of_three() {
    static parray::thread_pool pool(3);
    return pool;
}

// A chunk count or size: 0, 1, 2, n - 1, n, n + 1, huge ones, or a random one.
std::size_t chunk_parameter(byte_reader& in, std::size_t n) {
    constexpr std::size_t max = std::numeric_limits<std::size_t>::max();
    switch (in.byte() % 12) {
    case 0:
        return 0;
    case 1:
        return 1;
    case 2:
        return 2;
    case 3:
        return n - 1; // max when n == 0
    case 4:
        return n;
    case 5:
        return n + 1;
    case 6:
        return max;
    case 7:
        return max / 2 + 1;
    case 8:
        return std::size_t{1} << 32;
    case 9:
        return in.below(64);
    case 10:
        return in.below(2 * n + 2);
    default:
        return in.u64();
    }
}

struct random_options {
    parray::options options;
    bool throws = false; // both chunk_size and num_chunks are non-zero
};

random_options make_options(byte_reader& in, std::size_t n) {
    random_options out;
    const std::uint8_t choice = in.byte();
    if (choice % 4 == 1 || choice % 4 == 3) {
        out.options.chunk_size(chunk_parameter(in, n));
    }
    if (choice % 4 == 2 || choice % 4 == 3) {
        out.options.num_chunks(chunk_parameter(in, n));
    }
    switch ((choice / 4) % 4) {
    case 0:
        break; // the default pool
    case 1:
        out.options.pool(pool_of_one());
        break;
    default:
        out.options.pool(pool_of_three());
        break;
    }
    out.throws = out.options.chunk_size() != 0 && out.options.num_chunks() != 0;
    return out;
}

// Chunks of a non-contiguous expression start with xtensor's iterator += begin, which steps
// through the rows before begin: many chunks over such an expression cost O(n * chunks).
// Smaller inputs keep these cases fast enough for fuzzing.
constexpr std::size_t max_non_contiguous_size = 256;

std::size_t max_size_for_view(std::uint8_t kind) {
    return kind % 4 == 0 ? 4096 : max_non_contiguous_size;
}

// Calls visit(e) with, by `kind`, `a` itself (0), its transpose (1), a strided view along axis 0
// (2) or a lazy expression of it (3); the last three are not contiguous containers.
template <class T, class Visitor>
void visit_view(std::uint8_t kind, byte_reader& in, const parray::ndarray<T>& a, Visitor&& visit) {
    switch (kind % 4) {
    case 1:
        if (a.dimension() >= 2) {
            visit(xt::transpose(a));
            return;
        }
        break;
    case 2:
        if (a.dimension() >= 1) {
            const auto extent = static_cast<std::ptrdiff_t>(a.shape()[0]);
            const auto start = static_cast<std::ptrdiff_t>(in.below(a.shape()[0] + 1));
            const auto step = static_cast<std::ptrdiff_t>(1 + in.below(3));
            visit(xt::view(a, xt::range(start, extent, step)));
            return;
        }
        break;
    case 3:
        visit(xt::cast<T>(a));
        return;
    default:
        break;
    }
    visit(a);
}

// ---------------------------------------------------------------------------------------------
// Part 1: chunk_ranges

void fuzz_chunk_ranges(byte_reader& in) {
    std::size_t n = 0;
    switch (in.byte() % 6) {
    case 0:
        n = in.below(64);
        break;
    case 1:
        n = in.below(100000);
        break;
    case 2:
        n = in.below(1000000);
        break;
    case 3: // around the automatic grain and block boundaries
        n = std::size_t{8192} * in.below(128) + in.below(5) - 2;
        n = n > 1000000 ? in.below(5) : n;
        break;
    case 4: // huge: fine where the options make few chunks (automatic: at most 1024)
        n = in.u64();
        break;
    default:
        n = std::numeric_limits<std::size_t>::max() - in.below(4);
        break;
    }
    const random_options opts = make_options(in, n);
    const std::size_t size = opts.options.chunk_size();
    const std::size_t count = opts.options.num_chunks();
    if (opts.throws) {
        FUZZ_CHECK(throws<std::invalid_argument>([&] { parray::chunk_ranges(n, opts.options); }));
        return;
    }
    const std::size_t expected_count = size != 0    ? n / size + (n % size != 0 ? 1 : 0)
                                       : count != 0 ? std::min(count, n)
                                                    : 1024;
    if (expected_count > (std::size_t{1} << 20)) {
        return; // too many ranges to hold
    }
    const std::vector<parray::chunk_range> ranges = parray::chunk_ranges(n, opts.options);

    // [0, n) exactly once, in order, no empty chunk.
    std::size_t covered = 0;
    for (const parray::chunk_range& r : ranges) {
        FUZZ_CHECK(r.begin == covered);
        FUZZ_CHECK(r.end > r.begin);
        FUZZ_CHECK(r.size() == r.end - r.begin);
        covered = r.end;
    }
    FUZZ_CHECK(covered == n);
    FUZZ_CHECK(n != 0 || ranges.empty());

    if (size != 0) {
        FUZZ_CHECK(ranges.size() == expected_count);
        for (std::size_t i = 0; i < ranges.size(); ++i) {
            FUZZ_CHECK(i + 1 == ranges.size() ? ranges[i].size() <= size
                                              : ranges[i].size() == size);
        }
    } else if (count != 0) {
        FUZZ_CHECK(ranges.size() == std::min(count, n));
        if (!ranges.empty()) {
            const std::size_t base = n / ranges.size();
            for (std::size_t i = 0; i < ranges.size(); ++i) {
                FUZZ_CHECK(ranges[i].size() == base || ranges[i].size() == base + 1);
                // The larger chunks come first (chunk_plan's contract).
                FUZZ_CHECK(i == 0 || ranges[i].size() <= ranges[i - 1].size());
            }
        }
    } else if (n <= 32768) { // automatic: small inputs stay in one chunk
        FUZZ_CHECK(ranges.size() == (n == 0 ? 0u : 1u));
    } else { // automatic: whole multiples of 8192, at least 32768, at most 1024 chunks
        const std::size_t k = ranges[0].size();
        FUZZ_CHECK(k % 8192 == 0);
        FUZZ_CHECK(k >= 32768);
        FUZZ_CHECK(ranges.size() <= 1024);
        FUZZ_CHECK(ranges.size() == n / k + (n % k != 0 ? 1 : 0));
        for (std::size_t i = 1; i < ranges.size(); ++i) {
            FUZZ_CHECK(i + 1 == ranges.size() ? ranges[i].size() <= k : ranges[i].size() == k);
        }
    }
    // The default argument is the automatic plan, and plans are deterministic.
    if (size == 0 && count == 0) {
        FUZZ_CHECK(parray::chunk_ranges(n) == ranges);
    }
    FUZZ_CHECK(parray::chunk_ranges(n, opts.options) == ranges);
}

// ---------------------------------------------------------------------------------------------
// Part 2: parallel_reduce, parallel_transform_reduce, parallel_sum

// A 2x2 matrix of integers mod 2**64: multiplication is associative, not commutative. Elements
// map to matrices with odd diagonal and even off-diagonal entries, so an odd determinant: every
// product stays invertible and never collapses to zero.
struct mat2 {
    std::uint64_t a = 1, b = 0, c = 0, d = 1;

    mat2() = default;
    explicit mat2(std::int64_t x) {
        const auto u = static_cast<std::uint64_t>(x);
        a = (u & 0xffff) | 1;
        b = ((u >> 16) & 0xffff) << 1;
        c = ((u >> 32) & 0xffff) << 1;
        d = (u >> 48) | 1;
    }
    friend bool operator==(const mat2& l, const mat2& r) {
        return l.a == r.a && l.b == r.b && l.c == r.c && l.d == r.d;
    }
};

struct mat_multiply {
    mat2 operator()(const mat2& l, const mat2& r) const {
        mat2 out;
        out.a = l.a * r.a + l.b * r.c;
        out.b = l.a * r.b + l.b * r.d;
        out.c = l.c * r.a + l.d * r.c;
        out.d = l.c * r.b + l.d * r.d;
        return out;
    }
    // The other overloads std::reduce's contract asks for: parallel_reduce makes no mat2 from an
    // element itself.
    mat2 operator()(const mat2& l, std::int64_t r) const { return (*this)(l, mat2(r)); }
    mat2 operator()(std::int64_t l, const mat2& r) const { return (*this)(mat2(l), r); }
    mat2 operator()(std::int64_t l, std::int64_t r) const { return (*this)(mat2(l), mat2(r)); }
};

std::string token_of(std::int64_t x) {
    const auto u = static_cast<std::uint64_t>(x);
    return std::string(1 + (u >> 8) % 3, static_cast<char>('a' + u % 26));
}

struct fuzz_error {};

// The floating sum parallel_sum must give: each chunk cut at multiples of NumPy's 8192-element
// block, each piece summed pairwise, the pieces added in order.
template <class T>
T expected_floating_sum(const T* data, std::size_t n, const parray::options& opts) {
    T total = T(0);
    for (const parray::chunk_range& r : parray::chunk_ranges(n, opts)) {
        for (std::size_t begin = r.begin; begin < r.end;) {
            const std::size_t end = std::min(r.end, (begin / 8192 + 1) * 8192);
            total += parray::detail::numpy_pairwise_sum(data + begin, end - begin);
            begin = end;
        }
    }
    return total;
}

template <class T>
bool same_float(T x, T y) {
    return (std::isnan(x) && std::isnan(y)) || bits_of(x) == bits_of(y);
}

template <class E>
void check_reductions(byte_reader& in, const E& e) {
    const parray::ndarray<std::int64_t> copy = e; // row-major order of e
    const std::int64_t* data = copy.data();
    const std::size_t n = copy.size();
    const random_options opts = make_options(in, n);
    const parray::options& o = opts.options;

    // Matrix product: non-commutative; the op has all four overloads std::reduce asks for.
    mat2 init(static_cast<std::int64_t>(in.u64()));
    mat2 expected_product = init;
    for (std::size_t i = 0; i < n; ++i) {
        expected_product = mat_multiply{}(expected_product, data[i]);
    }
    // String concatenation, through parallel_transform_reduce.
    const std::string init_text = token_of(static_cast<std::int64_t>(in.u64())) + "|";
    std::string expected_text = init_text;
    for (std::size_t i = 0; i < n; ++i) {
        expected_text += token_of(data[i]);
    }
    const auto concat = [](std::string l, const std::string& r) {
        l += r;
        return l;
    };
    // Unsigned sums wrap around.
    std::uint64_t expected_sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        expected_sum += static_cast<std::uint64_t>(data[i]);
    }
    const auto unsigned_e = xt::cast<std::uint64_t>(e);
    const parray::ndarray<std::uint64_t> unsigned_copy = unsigned_e;

    if (opts.throws) {
        FUZZ_CHECK(throws<std::invalid_argument>(
            [&] { parray::parallel_reduce(e, init, mat_multiply{}, o); }));
        FUZZ_CHECK(throws<std::invalid_argument>(
            [&] { parray::parallel_transform_reduce(e, init_text, concat, token_of, o); }));
        FUZZ_CHECK(throws<std::invalid_argument>([&] { parray::parallel_sum(unsigned_e, o); }));
        FUZZ_CHECK(throws<std::invalid_argument>([&] { parray::parallel_sum(unsigned_copy, o); }));
        return;
    }
    FUZZ_CHECK(parray::parallel_reduce(e, init, mat_multiply{}, o) == expected_product);
    FUZZ_CHECK(parray::parallel_transform_reduce(e, init_text, concat, token_of, o) ==
               expected_text);
    // Lazy expressions only when small: see max_non_contiguous_size.
    const bool small = n <= max_non_contiguous_size;
    FUZZ_CHECK(!small || parray::parallel_sum(unsigned_e, o) == expected_sum);
    FUZZ_CHECK(parray::parallel_sum(unsigned_copy, o) == expected_sum);

    // Floating sums: the same bits on every pool, and NumPy's pairwise blocks per chunk.
    if (in.flag()) {
        parray::ndarray<double> doubles = parray::ndarray<double>::from_shape(copy.shape());
        const bool raw_bits = in.flag();
        for (std::size_t i = 0; i < n; ++i) {
            doubles.data()[i] = raw_bits
                                    ? float_from_bits<double>(static_cast<std::uint64_t>(data[i]))
                                    : static_cast<double>(data[i]) * 0.125;
        }
        const double expected = expected_floating_sum(doubles.data(), n, o);
        parray::options on_one = o;
        parray::options on_three = o;
        on_one.pool(pool_of_one());
        on_three.pool(pool_of_three());
        FUZZ_CHECK(same_float(parray::parallel_sum(doubles, o), expected));
        FUZZ_CHECK(same_float(parray::parallel_sum(doubles, on_one), expected));
        FUZZ_CHECK(same_float(parray::parallel_sum(doubles, on_three), expected));
        // Not contiguous: summed through a buffer, to the same bits.
        const auto lazy = xt::cast<double>(doubles);
        FUZZ_CHECK(!small || same_float(parray::parallel_sum(lazy, on_three), expected));
    }

    // An exception thrown by the transform reaches the caller, and the pool stays usable.
    if (n > 0 && in.flag()) {
        const std::int64_t magic = data[in.below(n)];
        const auto throwing = [magic](std::int64_t x) {
            if (x == magic) {
                throw fuzz_error{};
            }
            return static_cast<std::uint64_t>(x);
        };
        FUZZ_CHECK(throws<fuzz_error>([&] {
            parray::parallel_transform_reduce(e, std::uint64_t{0}, std::plus<>(), throwing, o);
        }));
        FUZZ_CHECK(parray::parallel_sum(unsigned_copy, o) == expected_sum);
    }
}

void fuzz_reductions(byte_reader& in) {
    const std::uint8_t kind = in.byte();
    const std::size_t size = in.below(max_size_for_view(kind) + 1);
    const std::size_t ndim = 1 + in.below(3);
    const std::vector<std::size_t> shape = random_shape(in, size, ndim);
    auto a = parray::ndarray<std::int64_t>::from_shape(shape);
    fill(in, a);
    visit_view(kind, in, a, [&](const auto& e) { check_reductions(in, e); });
}

// ---------------------------------------------------------------------------------------------
// Part 3: parallel_for, parallel_map, parallel_map_chunks, nested calls

// A small reduction and a task made from inside another call's function, on the same pool:
// neither may deadlock, even on a pool of one thread.
void nested_call(const parray::options& outer) {
    static const parray::ndarray<std::uint64_t> numbers = [] {
        auto a = parray::ndarray<std::uint64_t>::from_shape({100});
        for (std::size_t i = 0; i < 100; ++i) {
            a.data()[i] = i;
        }
        return a;
    }();
    parray::options inner;
    if (outer.pool() != nullptr) {
        inner.pool(*outer.pool());
    }
    inner.num_chunks(7);
    FUZZ_CHECK(parray::parallel_sum(numbers, inner) == 4950u);

    parray::thread_pool& pool = outer.pool() != nullptr ? *outer.pool() : parray::default_pool();
    FUZZ_CHECK(pool.submit([](int x) { return 2 * x; }, 21).get() == 42);
    auto failing = pool.submit([] { throw fuzz_error{}; });
    FUZZ_CHECK(throws<fuzz_error>([&] { failing.get(); }));
}

template <class Index>
void check_parallel_for(byte_reader& in) {
    using unsigned_index = std::make_unsigned_t<Index>;
    const auto first_bits = in.bits<unsigned_index>();
    Index first;
    std::memcpy(&first, &first_bits, sizeof first);
    // Indices from first to the largest Index, counted modulo 2**bits like parallel_for does.
    const auto room = static_cast<std::uint64_t>(static_cast<unsigned_index>(
        static_cast<unsigned_index>(std::numeric_limits<Index>::max()) - first_bits));
    const std::size_t count = in.below(std::min<std::uint64_t>(room, 4096) + 1);
    const auto last_bits = static_cast<unsigned_index>(first_bits + count);
    Index last;
    std::memcpy(&last, &last_bits, sizeof last);
    const random_options opts = make_options(in, count);
    const bool backwards = count > 0 && in.byte() % 8 == 0;
    const bool nest = in.byte() % 4 == 0;
    const std::size_t nest_every = std::max<std::size_t>(1, count / 8);

    if (backwards) {
        FUZZ_CHECK(throws<std::invalid_argument>([&] {
            parray::parallel_for(
                last, first, [](Index) {}, opts.options);
        }));
        return;
    }
    std::unique_ptr<std::atomic<unsigned>[]> visits(new std::atomic<unsigned>[count + 1]);
    for (std::size_t i = 0; i <= count; ++i) {
        visits[i].store(0);
    }
    const auto body = [&](Index i) {
        unsigned_index i_bits;
        std::memcpy(&i_bits, &i, sizeof i_bits);
        const auto offset =
            static_cast<std::size_t>(static_cast<unsigned_index>(i_bits - first_bits));
        FUZZ_CHECK(offset < count);
        visits[offset].fetch_add(1, std::memory_order_relaxed);
        if (nest && offset % nest_every == 0) {
            nested_call(opts.options);
        }
    };
    if (opts.throws) {
        FUZZ_CHECK(throws<std::invalid_argument>(
            [&] { parray::parallel_for(first, last, body, opts.options); }));
        return;
    }
    parray::parallel_for(first, last, body, opts.options);
    for (std::size_t i = 0; i < count; ++i) {
        FUZZ_CHECK(visits[i].load() == 1);
    }
    // A throwing f: the exception reaches the caller.
    if (count > 0 && in.flag()) {
        const std::size_t bad = in.below(count);
        FUZZ_CHECK(throws<fuzz_error>([&] {
            parray::parallel_for(
                first, last,
                [&](Index i) {
                    unsigned_index i_bits;
                    std::memcpy(&i_bits, &i, sizeof i_bits);
                    if (static_cast<unsigned_index>(i_bits - first_bits) == bad) {
                        throw fuzz_error{};
                    }
                },
                opts.options);
        }));
    }
}

template <class E>
void check_maps(byte_reader& in, const E& e) {
    const parray::ndarray<std::int64_t> copy = e;
    const std::size_t n = copy.size();
    const random_options opts = make_options(in, n);
    const parray::options& o = opts.options;
    const std::uint64_t salt = in.u64();
    const auto f = [salt](std::int64_t x) { return static_cast<std::uint64_t>(x) * 3 + salt; };

    // A new array.
    if (opts.throws) {
        FUZZ_CHECK(throws<std::invalid_argument>([&] { parray::parallel_map(e, f, o); }));
        return;
    }
    const parray::ndarray<std::uint64_t> mapped = parray::parallel_map(e, f, o);
    FUZZ_CHECK(parray::detail::same_shape(mapped.shape(), copy.shape()));
    for (std::size_t i = 0; i < n; ++i) {
        FUZZ_CHECK(mapped.data()[i] == f(copy.data()[i]));
    }
    // In place.
    parray::ndarray<std::int64_t> in_place = copy;
    parray::parallel_map(
        in_place, in_place, [salt](std::int64_t x) { return x ^ static_cast<std::int64_t>(salt); },
        o);
    for (std::size_t i = 0; i < n; ++i) {
        FUZZ_CHECK(in_place.data()[i] == (copy.data()[i] ^ static_cast<std::int64_t>(salt)));
    }
    // Into an array of another shape: rejected.
    auto wrong = parray::ndarray<std::uint64_t>::from_shape({n + 1});
    FUZZ_CHECK(throws<std::invalid_argument>([&] { parray::parallel_map(e, wrong, f, o); }));
    // A throwing f.
    if (n > 0 && in.flag()) {
        const std::int64_t magic = copy.data()[in.below(n)];
        FUZZ_CHECK(throws<fuzz_error>([&] {
            parray::parallel_map(
                e,
                [magic](std::int64_t x) {
                    if (x == magic) {
                        throw fuzz_error{};
                    }
                    return x;
                },
                o);
        }));
    }
}

// A chunk function's result with no default constructor (parallel_map_chunks' other branch).
struct chunk_values {
    explicit chunk_values(std::vector<std::int64_t> v) : values(std::move(v)) {}
    std::vector<std::int64_t> values;
};

void check_map_chunks(byte_reader& in) {
    const std::size_t size = in.below(4097);
    const std::vector<std::size_t> shape = random_shape(in, size, 1 + in.below(3));
    auto a = parray::ndarray<std::int64_t>::from_shape(shape);
    for (std::size_t i = 0; i < size; ++i) {
        a.data()[i] = static_cast<std::int64_t>(i);
    }
    const std::size_t rows = shape[0];
    const std::size_t row_elements = rows == 0 ? 0 : size / rows;
    const random_options opts = make_options(in, rows);
    const parray::options& o = opts.options;
    const std::uint8_t kind = in.byte() % 3;
    if (opts.throws) {
        FUZZ_CHECK(throws<std::invalid_argument>([&] {
            parray::parallel_map_chunks(
                a, [](const auto& chunk) { return chunk.size(); }, o);
        }));
        return;
    }
    // The chunks: chunk_ranges when set explicitly, 64 near-equal ones (fewer when there are
    // fewer rows) for small automatic inputs.
    const bool automatic = o.chunk_size() == 0 && o.num_chunks() == 0;
    const std::vector<parray::chunk_range> expected =
        parray::chunk_ranges(rows, automatic ? parray::options{}.num_chunks(64) : o);
    const auto values_of = [](const auto& chunk) {
        return std::vector<std::int64_t>(chunk.begin(), chunk.end());
    };
    std::vector<std::vector<std::int64_t>> results;
    if (kind == 0) {
        results = parray::parallel_map_chunks(a, values_of, o);
    } else if (kind == 1) {
        for (chunk_values& r : parray::parallel_map_chunks(
                 a, [&](const auto& chunk) { return chunk_values(values_of(chunk)); }, o)) {
            results.push_back(std::move(r.values));
        }
    } else { // an expression, evaluated into an ndarray
        for (const auto& r : parray::parallel_map_chunks(
                 a, [](const auto& chunk) { return chunk * 2; }, o)) {
            FUZZ_CHECK(r.dimension() == shape.size());
            std::vector<std::int64_t> halves;
            for (const std::int64_t x : r) {
                FUZZ_CHECK(x % 2 == 0);
                halves.push_back(x / 2);
            }
            results.push_back(std::move(halves));
        }
    }
    FUZZ_CHECK(results.size() == expected.size());
    std::int64_t next = 0;
    for (std::size_t k = 0; k < results.size(); ++k) {
        FUZZ_CHECK(results[k].size() == expected[k].size() * row_elements);
        for (const std::int64_t x : results[k]) {
            FUZZ_CHECK(x == next++);
        }
    }
    FUZZ_CHECK(static_cast<std::size_t>(next) == size);
    // A 0-D input has no axis to chunk along.
    if (in.byte() % 8 == 0) {
        const auto scalar = parray::ndarray<std::int64_t>::from_shape(std::vector<std::size_t>{});
        FUZZ_CHECK(throws<std::invalid_argument>([&] {
            parray::parallel_map_chunks(
                scalar, [](const auto& chunk) { return chunk.size(); }, o);
        }));
    }
}

void fuzz_loops_and_maps(byte_reader& in) {
    switch (in.byte() % 9) {
    case 0:
        check_parallel_for<std::int8_t>(in);
        break;
    case 1:
        check_parallel_for<std::uint8_t>(in);
        break;
    case 2:
        check_parallel_for<std::int16_t>(in);
        break;
    case 3:
        check_parallel_for<int>(in);
        break;
    case 4:
        check_parallel_for<std::int64_t>(in);
        break;
    case 5:
        check_parallel_for<std::uint64_t>(in);
        break;
    case 6:
    case 7: {
        const std::uint8_t kind = in.byte();
        const std::size_t size = in.below(max_size_for_view(kind) + 1);
        const std::vector<std::size_t> shape = random_shape(in, size, 1 + in.below(3));
        auto a = parray::ndarray<std::int64_t>::from_shape(shape);
        fill(in, a);
        visit_view(kind, in, a, [&](const auto& e) { check_maps(in, e); });
        break;
    }
    default:
        check_map_chunks(in);
        break;
    }
}

// ---------------------------------------------------------------------------------------------
// Part 4: to_string

// One line of to_string's output: brackets, then space-separated tokens, then brackets.
struct line_parts {
    std::size_t opening = 0; // '[' before the first token
    std::size_t closing = 0; // ']' after the last token
    std::vector<std::string> tokens;
};

line_parts parse_line(const std::string& line) {
    line_parts out;
    std::size_t begin = 0;
    while (begin < line.size() && (line[begin] == '[' || line[begin] == ' ')) {
        out.opening += line[begin] == '[' ? 1 : 0;
        ++begin;
    }
    std::size_t end = line.size();
    while (end > begin && line[end - 1] == ']') {
        ++out.closing;
        --end;
    }
    std::string word;
    for (std::size_t i = begin; i < end; ++i) {
        FUZZ_CHECK(line[i] != '[' && line[i] != ']');
        if (line[i] == ' ') {
            if (!word.empty()) {
                out.tokens.push_back(word);
                word.clear();
            }
        } else {
            word += line[i];
        }
    }
    if (!word.empty()) {
        out.tokens.push_back(word);
    }
    return out;
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t end = text.find('\n', begin);
        lines.push_back(text.substr(begin, end - begin));
        if (end == std::string::npos) {
            return lines;
        }
        begin = end + 1;
    }
}

// The gap above |x| (below it for the largest finite value).
template <class T>
double ulp_of(T x) {
    const T magnitude = std::fabs(x);
    const T above = std::nextafter(magnitude, std::numeric_limits<T>::infinity());
    if (std::isfinite(above)) {
        return static_cast<double>(above) - static_cast<double>(magnitude);
    }
    return static_cast<double>(magnitude) - static_cast<double>(std::nextafter(magnitude, T(0)));
}

bool parse_double(const std::string& token, double& value) {
    if (token.empty()) {
        return false;
    }
    char* end = nullptr;
    value = std::strtod(token.c_str(), &end);
    return end == token.c_str() + token.size();
}

// The number of digits after the first in x's shortest round-trip digits (std::to_chars), and
// the decimal exponent of the first.
template <class T>
std::pair<std::size_t, int> shortest_digits(T x) {
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific);
    const std::string text(buffer, result.ptr);
    const std::size_t e = text.find('e');
    const std::size_t dot = text.find('.');
    return {dot < e ? e - dot - 1 : 0, std::atoi(text.c_str() + e + 1)};
}

// One float element's token: the right non-finite word, the right sign, and digits within half
// a unit of the last digit shown (or half the gap to the next float: Dragon4's unique digits).
// Where the token shows at least x's shortest round-trip digits, it reads back as x exactly
// (NumPy's Dragon4 stays within x's rounding interval even where correct rounding would not).
template <class T>
void check_float_token(const std::string& token, T x, std::size_t precision) {
    if (std::isnan(x)) {
        FUZZ_CHECK(token == "nan");
        return;
    }
    if (std::isinf(x)) {
        FUZZ_CHECK(token == (x < 0 ? "-inf" : "inf"));
        return;
    }
    FUZZ_CHECK((token[0] == '-') == std::signbit(x));
    const std::size_t dot = token.find('.');
    FUZZ_CHECK(dot != std::string::npos);
    const std::size_t e = token.find('e');
    double y = 0;
    FUZZ_CHECK(parse_double(token, y));
    const auto [shortest_fraction, shortest_exponent] = shortest_digits(x);
    double unit = 0;
    bool round_trips = false;
    if (e == std::string::npos) {
        FUZZ_CHECK(token.size() - dot - 1 <= precision);
        unit = std::pow(10.0, -static_cast<double>(precision));
        const std::ptrdiff_t positional_fraction =
            static_cast<std::ptrdiff_t>(shortest_fraction) - shortest_exponent;
        round_trips = positional_fraction <= static_cast<std::ptrdiff_t>(precision);
    } else {
        const std::size_t digits = e - dot - 1;
        FUZZ_CHECK(digits <= precision);
        FUZZ_CHECK(e + 2 < token.size() && (token[e + 1] == '+' || token[e + 1] == '-'));
        const int exponent = std::atoi(token.c_str() + e + 1);
        unit = std::pow(10.0, static_cast<double>(exponent) - static_cast<double>(digits));
        round_trips = shortest_fraction <= digits;
    }
    if (round_trips) {
        char* end = nullptr;
        const T back = std::is_same_v<T, float> ? static_cast<T>(std::strtof(token.c_str(), &end))
                                                : static_cast<T>(std::strtod(token.c_str(), &end));
        FUZZ_CHECK(back == x);
    }
    const double xd = static_cast<double>(x);
    const double tolerance =
        std::max(0.5 * unit, 0.5 * ulp_of(x)) * (1 + 1e-9) + ulp_of(xd) + ulp_of(y);
    FUZZ_CHECK(std::fabs(y - xd) <= tolerance);
}

template <class T>
void check_token(const std::string& token, T x, std::size_t precision) {
    if constexpr (std::is_same_v<T, bool>) {
        FUZZ_CHECK(token == (x ? "True" : "False"));
    } else if constexpr (std::is_integral_v<T>) {
        T parsed{};
        const auto result = std::from_chars(token.data(), token.data() + token.size(), parsed);
        FUZZ_CHECK(result.ec == std::errc{});
        FUZZ_CHECK(result.ptr == token.data() + token.size());
        FUZZ_CHECK(parsed == x);
    } else {
        check_float_token(token, x, precision);
    }
}

// The 0-D text: the scalar, exactly (floats round-trip).
template <class T>
void check_scalar(const std::string& text, T x) {
    if constexpr (std::is_same_v<T, bool>) {
        FUZZ_CHECK(text == (x ? "True" : "False"));
    } else if constexpr (std::is_integral_v<T>) {
        FUZZ_CHECK(text == std::to_string(x));
    } else {
        if (std::isnan(x)) {
            FUZZ_CHECK(text == "nan");
        } else if (std::isinf(x)) {
            FUZZ_CHECK(text == (x < 0 ? "-inf" : "inf"));
        } else {
            FUZZ_CHECK(text.find_first_of(".e") != std::string::npos);
            char* end = nullptr;
            T y{};
            if constexpr (std::is_same_v<T, float>) {
                y = std::strtof(text.c_str(), &end);
            } else {
                y = std::strtod(text.c_str(), &end);
            }
            FUZZ_CHECK(end == text.c_str() + text.size());
            FUZZ_CHECK(bits_of(y) == bits_of(x));
        }
    }
}

template <class T>
void check_text(const std::string& text, const parray::ndarray<T>& a,
                const parray::print_options& options) {
    failure_context = &text;
    const std::size_t ndim = a.dimension();
    if (ndim == 0) {
        check_scalar(text, a.data()[0]);
        failure_context = nullptr;
        return;
    }
    const std::size_t size = a.size();
    if (size == 0) {
        FUZZ_CHECK(text == "[]");
        failure_context = nullptr;
        return;
    }

    // Opens with exactly ndim brackets; brackets balance and nest ndim deep.
    FUZZ_CHECK(text.size() > 2 * ndim);
    FUZZ_CHECK(text.compare(0, ndim, std::string(ndim, '[')) == 0 && text[ndim] != '[');
    FUZZ_CHECK(text.back() == ']');
    std::ptrdiff_t depth = 0;
    std::ptrdiff_t deepest = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        depth += text[i] == '[' ? 1 : text[i] == ']' ? -1 : 0;
        FUZZ_CHECK(depth >= 0);
        FUZZ_CHECK(depth > 0 || i + 1 == text.size());
        deepest = std::max(deepest, depth);
    }
    FUZZ_CHECK(depth == 0);
    FUZZ_CHECK(static_cast<std::size_t>(deepest) == ndim);

    // The elements shown: all, or when summarised the first and last edgeitems of each axis
    // longer than 2 * edgeitems; one "..." per summarised axis per block of it.
    const bool summarise = size > options.threshold;
    std::vector<std::vector<std::size_t>> shown(ndim);
    std::size_t expected_dots = 0;
    std::size_t blocks = 1;
    for (std::size_t axis = 0; axis < ndim; ++axis) {
        const std::size_t extent = a.shape()[axis];
        const bool cut = summarise && extent > 2 * options.edgeitems;
        for (std::size_t i = 0; i < extent; ++i) {
            if (!cut || i < options.edgeitems || i >= extent - options.edgeitems) {
                shown[axis].push_back(i);
            }
        }
        expected_dots += cut ? blocks : 0;
        blocks *= shown[axis].size();
    }
    std::vector<T> expected_values;
    std::vector<std::size_t> position(ndim, 0);
    std::vector<std::size_t> index(ndim, 0);
    for (bool done = false; !done;) {
        for (std::size_t axis = 0; axis < ndim; ++axis) {
            index[axis] = shown[axis][position[axis]];
        }
        expected_values.push_back(a.element(index.begin(), index.end()));
        done = true;
        for (std::size_t axis = ndim; axis-- > 0;) {
            if (++position[axis] < shown[axis].size()) {
                done = false;
                break;
            }
            position[axis] = 0;
        }
    }

    // Tokens, in order: the shown elements, each as its value.
    const std::vector<std::string> lines = split_lines(text);
    std::vector<line_parts> parts;
    std::vector<std::string> numbers;
    std::size_t dots = 0;
    for (const std::string& line : lines) {
        FUZZ_CHECK(line.empty() || line.back() != ' ');
        FUZZ_CHECK(!line.empty() || ndim >= 2);
        parts.push_back(parse_line(line));
        for (const std::string& token : parts.back().tokens) {
            if (token == "...") {
                ++dots;
            } else {
                numbers.push_back(token);
            }
        }
    }
    FUZZ_CHECK(dots == expected_dots);
    FUZZ_CHECK(numbers.size() == expected_values.size());
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        check_token<T>(numbers[i], static_cast<T>(expected_values[i]), options.precision);
    }

    // The width of every element's word, as NumPy pads them: the longest token for integers and
    // bools, the longest whole part + '.' + the longest fraction (or exponent) part for floats.
    std::size_t word = 0;
    bool right_padded = false; // positional floats pad the fraction with trailing spaces
    if constexpr (std::is_same_v<T, bool>) {
        word = 5;
    } else if constexpr (std::is_integral_v<T>) {
        for (const std::string& token : numbers) {
            word = std::max(word, token.size());
        }
    } else {
        std::size_t whole = 0;
        std::size_t after = 0;
        std::size_t non_finite = 0;
        bool any_finite = false;
        bool any_scientific = false;
        bool all_scientific = true;
        std::size_t scientific_digits = std::string::npos;
        for (const std::string& token : numbers) {
            const std::size_t dot = token.find('.');
            if (dot == std::string::npos) {
                non_finite = std::max(non_finite, token.size());
                continue;
            }
            any_finite = true;
            whole = std::max(whole, dot);
            after = std::max(after, token.size() - dot - 1);
            const std::size_t e = token.find('e');
            any_scientific = any_scientific || e != std::string::npos;
            all_scientific = all_scientific && e != std::string::npos;
            if (e != std::string::npos) {
                // Every element in scientific notation shows the same number of digits.
                FUZZ_CHECK(scientific_digits == std::string::npos ||
                           scientific_digits == e - dot - 1);
                scientific_digits = e - dot - 1;
            }
        }
        FUZZ_CHECK(!any_scientific || all_scientific);
        word = std::max(any_finite ? whole + 1 + after : 0, non_finite);
        right_padded = any_finite && !any_scientific;

        // NumPy's rule for scientific notation, from the shown non-zero finite magnitudes.
        bool any_non_zero = false;
        T max_value = 0;
        T min_value = 0;
        for (const T x : expected_values) {
            if (std::isfinite(x) && x != 0) {
                const T m = std::fabs(x);
                max_value = any_non_zero ? std::max(max_value, m) : m;
                min_value = any_non_zero ? std::min(min_value, m) : m;
                any_non_zero = true;
            }
        }
        if (any_finite) {
            const T ratio = any_non_zero ? max_value / min_value : T(1);
            const bool scientific =
                any_non_zero && (static_cast<double>(max_value) >= 1e8 ||
                                 (!options.suppress && (static_cast<double>(min_value) < 1e-4 ||
                                                        static_cast<double>(ratio) > 1000.0)));
            FUZZ_CHECK(scientific == any_scientific);
        }
    }
    word = std::max<std::size_t>(word, 3);

    // Line widths: a line of two or more words fits in linewidth, closing brackets included; a
    // longer line holds one word. A row wraps only when its next word would not fit.
    const auto width = static_cast<std::ptrdiff_t>(
        std::min<std::size_t>(options.linewidth, std::numeric_limits<std::ptrdiff_t>::max() / 2));
    const auto row_width = width - static_cast<std::ptrdiff_t>(ndim);
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const std::string& line = lines[k];
        const line_parts& p = parts[k];
        if (line.empty()) {
            continue;
        }
        const auto content = static_cast<std::ptrdiff_t>(line.size() - p.closing);
        FUZZ_CHECK(!p.tokens.empty());
        FUZZ_CHECK(p.opening <= ndim && p.closing <= ndim);
        if (p.tokens.size() >= 2) {
            FUZZ_CHECK(content <= row_width);
        } else {
            FUZZ_CHECK(content <= static_cast<std::ptrdiff_t>(ndim + word));
        }
        const bool only_dots = p.tokens.size() == 1 && p.tokens[0] == "..." && p.opening == 0;
        if (p.closing == 0 && !only_dots) { // the row goes on on the next line
            FUZZ_CHECK(k + 1 < lines.size() && !lines[k + 1].empty());
            const line_parts& next = parts[k + 1];
            FUZZ_CHECK(next.opening == 0);
            const std::size_t next_word = next.tokens[0] == "..." ? 3 : word;
            const std::size_t stripped = right_padded ? word : 0;
            FUZZ_CHECK(static_cast<std::ptrdiff_t>(line.size() + stripped + 1 + next_word) >
                       row_width);
        }
    }
    if (ndim == 1 && options.linewidth == std::numeric_limits<std::size_t>::max()) {
        FUZZ_CHECK(lines.size() == 1);
    }
    failure_context = nullptr;
}

template <class T>
void fuzz_to_string_of(byte_reader& in) {
    const std::size_t ndim = in.below(4);
    std::size_t size = 1;
    if (ndim > 0) {
        switch (in.byte() % 4) {
        case 0:
            size = in.below(8);
            break;
        case 1:
            size = in.below(64);
            break;
        case 2:
            size = in.below(600);
            break;
        default:
            size = in.below(2600);
            break;
        }
    }
    const std::vector<std::size_t> shape = random_shape(in, size, ndim);
    auto a = parray::ndarray<T>::from_shape(shape);
    fill(in, a);

    constexpr std::size_t max = std::numeric_limits<std::size_t>::max();
    parray::print_options options;
    const std::uint8_t choice = in.byte();
    options.linewidth = choice % 16 == 0 ? max : in.in_range(1, 200);
    options.threshold = choice % 16 == 1 ? max : in.below(2001);
    options.precision = choice % 16 == 2 ? in.in_range(18, 30) : in.below(18);
    options.edgeitems = choice % 32 == 3 ? 0 : in.in_range(1, 5);
    options.suppress = (choice & 0x80) != 0;

    visit_view(in.byte(), in, a, [&](const auto& e) {
        if (options.edgeitems == 0) {
            FUZZ_CHECK(throws<std::invalid_argument>([&] { parray::to_string(e, options); }));
            return;
        }
        const std::string text = parray::to_string(e, options);
        const parray::ndarray<T> copy = e;
        check_text(text, copy, options);
    });
}

void fuzz_to_string(byte_reader& in) {
    switch (in.byte() % 5) {
    case 0:
        fuzz_to_string_of<std::int64_t>(in);
        break;
    case 1:
        fuzz_to_string_of<std::uint64_t>(in);
        break;
    case 2:
        fuzz_to_string_of<bool>(in);
        break;
    case 3:
        fuzz_to_string_of<float>(in);
        break;
    default:
        fuzz_to_string_of<double>(in);
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    byte_reader in(data, size);
    switch (in.byte() % 4) {
    case 0:
        fuzz_chunk_ranges(in);
        break;
    case 1:
        fuzz_reductions(in);
        break;
    case 2:
        fuzz_loops_and_maps(in);
        break;
    default:
        fuzz_to_string(in);
        break;
    }
    return 0;
}
