// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// What the test programs share: the unit tests (tests/test_*.cpp), the stress suite
// (tests/stress), the fuzzer (tests/fuzz) and the MPI tests (tests/mpi). It uses no Catch2, so
// that the fuzzer can include it too.
//   - pool_of, option_sets: the thread pools the tests run their calls on;
//   - article_first_block, article_random_values, article_doubled_values: the article's data;
//   - bits_of: a floating value's bits, to compare results bit for bit;
//   - process_cpu_time: the CPU time the process has used, to tell idle waits from spinning;
//   - short_list: a shape or a list of axes in a generated table of NumPy's results;
//   - extremes_inputs: arrays that put an extreme where a block-wise search could miss it;
//   - column_inputs, column_of, matrix_of: matrices for the same reductions along axis 0;
//   - sanitized_build, checked_on_pool: whether AddressSanitizer or ThreadSanitizer instruments
//     this program, and so which pools a long input is checked on.

#include <parray/ndarray.hpp>
#include <parray/options.hpp>
#include <parray/thread_pool.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

namespace parray_test {

// Whether AddressSanitizer or ThreadSanitizer instruments this program. Their code runs 3 to 15
// times slower; the longest inputs, which reach no code or thread interleaving that shorter
// inputs past serial_grain miss, are left to the uninstrumented builds.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool sanitized_build = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
inline constexpr bool sanitized_build = true;
#else
inline constexpr bool sanitized_build = false;
#endif
#else
inline constexpr bool sanitized_build = false;
#endif

// Inputs longer than this are checked on one pool of several threads under a sanitizer.
inline constexpr std::size_t sanitized_long_input = 100'000;

// Whether a test checks an input of `elements` elements on a pool of `threads` threads. Yes,
// except under a sanitizer, where an input longer than sanitized_long_input is checked on 3
// threads alone: 3 threads meet every race and every chunk path that more would, and the
// uninstrumented builds check that the other pools give the same bits. (The four NumPy tables
// checked on pools of 1, 2, 3 and 8 took 97 of TSan's 284 s.)
inline bool checked_on_pool(std::size_t elements, std::size_t threads) {
    return !sanitized_build || elements <= sanitized_long_input || threads == 3;
}

// ---------------------------------------------------------------------------------------------
// Generated tables

// A shape or a list of axes, written as a braced list in a generated table of NumPy's results.
// A literal type, so that a table of thousands of cases is constant data: with a std::vector in
// each case, clang compiled test_reductions.cpp's tables into code for 70 s under TSan.
template <class T>
struct short_list {
    static constexpr std::size_t capacity = 8;

    constexpr short_list() = default;
    // A list longer than capacity writes past items: a compile-time error in a constant table.
    constexpr short_list(std::initializer_list<T> list) : count(list.size()) {
        std::size_t i = 0;
        for (const T x : list) {
            items[i++] = x;
        }
    }

    constexpr std::size_t size() const noexcept { return count; }
    constexpr const T* begin() const noexcept { return items; }
    constexpr const T* end() const noexcept { return items + count; }
    constexpr T operator[](std::size_t i) const noexcept { return items[i]; }
    std::vector<T> to_vector() const { return std::vector<T>(begin(), end()); }

    T items[capacity] = {};
    std::size_t count = 0;
};

// ---------------------------------------------------------------------------------------------
// Pools

// The thread pools the tests run their calls on: one of each size, made on first use and kept for
// the whole test program (making pools per test would mostly test thread start-up).
inline parray::thread_pool& pool_of(std::size_t size) {
    static std::mutex pools_mutex;
    static std::vector<std::unique_ptr<parray::thread_pool>> pools;
    std::lock_guard<std::mutex> lock(pools_mutex);
    for (auto& pool : pools) {
        if (pool->size() == size) {
            return *pool;
        }
    }
    pools.push_back(std::make_unique<parray::thread_pool>(size));
    return *pools.back();
}

// Options every result of a test must be the same under: pools of 1, 2 and 4 threads, each
// with automatic chunks, with num_chunks(chunks) and with chunk_size(chunk_size).
inline std::vector<parray::options> option_sets(std::size_t chunks, std::size_t chunk_size) {
    std::vector<parray::options> sets;
    for (const std::size_t threads : {1, 2, 4}) {
        sets.push_back(parray::options{}.pool(pool_of(threads)));
        sets.push_back(parray::options{}.pool(pool_of(threads)).num_chunks(chunks));
        sets.push_back(parray::options{}.pool(pool_of(threads)).chunk_size(chunk_size));
    }
    return sets;
}

// ---------------------------------------------------------------------------------------------
// Inputs of argmin, min, ptp and their nan-versions

// An input of an extremes test, with what it is for the test's messages.
template <class T>
struct extremes_input {
    std::string name;
    std::vector<T> values;
};

// Arrays that put the least and greatest elements, their ties, -0.0 beside 0.0, infinities and
// NaN where a block-wise search (find_first_extremes: 512-element blocks, 8-element steps)
// could miss them: at the first, the last and the tail elements of blocks and of arrays of
// odd sizes, with a new extreme in every block, and all NaN. The answer to each is a plain
// loop's.
template <class T>
std::vector<extremes_input<T>> extremes_inputs() {
    std::vector<extremes_input<T>> inputs;
    std::mt19937_64 random(20261207);
    const auto add = [&](std::string name, std::vector<T> values) {
        inputs.push_back({std::move(name), std::move(values)});
    };
    const auto few_values = [&](std::size_t n) {
        // Values in [0, 40): many ties, each extreme repeated in later blocks.
        std::vector<T> values(n);
        for (T& x : values) {
            x = static_cast<T>(random() % 40);
        }
        return values;
    };
    // Past serial_grain (32768) the chunks go to the pool; 300'007 gives 8 threads' chunks
    // several blocks each, except under a sanitizer (sanitized_build).
    std::vector<std::size_t> sizes{1, 7, 8, 9, 33, 511, 512, 513, 1024, 4099, 100'003};
    if (!sanitized_build) {
        sizes.push_back(300'007);
    }
    for (const std::size_t n : sizes) {
        const std::string size = std::to_string(n);
        add("few values, n = " + size, few_values(n));
        std::vector<T> falling(n);
        for (std::size_t i = 0; i < n; ++i) {
            // Clamped into an integer type's range (a double out of it converts undefined).
            const double value = static_cast<double>(n - i) * 0.5;
            falling[i] = value < static_cast<double>(std::numeric_limits<T>::max())
                             ? static_cast<T>(value)
                             : std::numeric_limits<T>::max();
        }
        add("a new least in every element, n = " + size, falling);
        std::vector<T> rising(falling.rbegin(), falling.rend());
        add("a new greatest in every element, n = " + size, rising);
        for (const std::size_t at : {std::size_t{0}, n / 2, n - 1, n - n % 8, n / 512 * 512}) {
            if (at >= n) {
                continue;
            }
            std::vector<T> values = few_values(n);
            values[at] = std::numeric_limits<T>::lowest();
            if (n > 1) {
                values[n - 1 - at] = std::numeric_limits<T>::max();
            }
            add("extremes at " + std::to_string(at) + ", n = " + size, values);
            if constexpr (std::numeric_limits<T>::has_quiet_NaN) {
                std::vector<T> with_nan = few_values(n);
                with_nan[at] = std::numeric_limits<T>::quiet_NaN();
                if (at + 3 < n) {
                    with_nan[at + 3] = std::numeric_limits<T>::quiet_NaN();
                }
                add("NaN at " + std::to_string(at) + ", n = " + size, with_nan);
                std::vector<T> infinite = few_values(n);
                infinite[at] = std::numeric_limits<T>::infinity();
                infinite[n - 1 - at] = -std::numeric_limits<T>::infinity();
                add("infinities at " + std::to_string(at) + ", n = " + size, infinite);
            }
        }
        if constexpr (std::numeric_limits<T>::has_quiet_NaN) {
            // Zeros of both signs, each first in some block: the first of equal ones wins.
            std::vector<T> zeros(n);
            for (std::size_t i = 0; i < n; ++i) {
                zeros[i] = (random() % 3 == 0) ? T(-0.0) : T(random() % 5);
                if (random() % 7 == 0) {
                    zeros[i] = T(0.0);
                }
            }
            add("zeros of both signs, n = " + size, zeros);
            std::vector<T> negative_zeros(n, T(-0.0));
            negative_zeros[n / 3] = T(0.0);
            add("-0.0 and one 0.0, n = " + size, negative_zeros);
            add("all NaN, n = " + size, std::vector<T>(n, std::numeric_limits<T>::quiet_NaN()));
            std::vector<T> nan_and_infinity(n, std::numeric_limits<T>::quiet_NaN());
            nan_and_infinity[n - 1] = std::numeric_limits<T>::infinity();
            nan_and_infinity[n / 2] = -std::numeric_limits<T>::infinity();
            add("NaN and infinities, n = " + size, nan_and_infinity);
            std::vector<T> mostly_nan(n, std::numeric_limits<T>::quiet_NaN());
            mostly_nan[n - 1] = T(3);
            add("NaN then one number, n = " + size, mostly_nan);
        }
    }
    return inputs;
}

// A matrix for argmin, ptp and their kin along axis 0: rows x width, row-major.
template <class T>
struct column_input {
    std::size_t rows;
    std::size_t width;
    std::vector<T> values;

    std::string name() const {
        return std::to_string(rows) + " x " + std::to_string(width) + ", " + kind;
    }
    std::string kind;
};

// Matrices whose columns the column folds (fold_best_columns: whole vectors of columns, 4 rows
// at a time) could get wrong: ties, ±0, ±inf and NaN in rows that start, end and fall inside a
// group of 4; widths inside, at and past a vector of columns; more columns than one tile (256);
// more rows than one chunk of positions (32768); a new extreme in every row.
template <class T>
std::vector<column_input<T>> column_inputs() {
    std::mt19937_64 random(20261208);
    std::vector<column_input<T>> inputs;
    const std::size_t shapes[][2] = {{1, 1},  {1, 19},    {3, 5},    {4, 17},    {5, 2},
                                     {9, 33}, {1027, 19}, {70, 300}, {40'000, 3}};
    for (const auto& shape : shapes) {
        const std::size_t rows = shape[0];
        const std::size_t width = shape[1];
        const auto add = [&](std::string kind, std::vector<T> values) {
            inputs.push_back({rows, width, std::move(values), std::move(kind)});
        };
        std::vector<T> ties(rows * width);
        for (T& x : ties) {
            x = static_cast<T>(random() % 4);
        }
        add("many ties", ties);
        std::vector<T> special(rows * width);
        for (T& x : special) {
            x = static_cast<T>(random() % 40);
            const auto pick = random() % 32;
            if constexpr (std::numeric_limits<T>::has_quiet_NaN) {
                if (pick == 0) {
                    x = std::numeric_limits<T>::quiet_NaN();
                } else if (pick == 1) {
                    x = std::numeric_limits<T>::infinity();
                } else if (pick == 2) {
                    x = -std::numeric_limits<T>::infinity();
                } else if (pick == 3 || pick == 4) {
                    x = pick == 3 ? T(-0.0) : T(0.0);
                }
            } else if (pick == 0) {
                x = std::numeric_limits<T>::lowest();
            } else if (pick == 1) {
                x = std::numeric_limits<T>::max();
            }
        }
        add("NaN, infinities and zeros", special);
        std::vector<T> falling(rows * width);
        for (std::size_t b = 0; b < rows; ++b) {
            for (std::size_t j = 0; j < width; ++j) {
                // A new least in every row (below 127 rows for the narrow types), each column
                // its own offset.
                falling[b * width + j] = static_cast<T>((rows - b) % 100 + j % 7);
            }
        }
        add("falling", falling);
    }
    return inputs;
}

// A column_input as an ndarray.
template <class T>
parray::ndarray<T> matrix_of(const column_input<T>& input) {
    auto matrix = parray::ndarray<T>::from_shape({input.rows, input.width});
    std::copy(input.values.begin(), input.values.end(), matrix.begin());
    return matrix;
}

// Column j of a column_input.
template <class T>
std::vector<T> column_of(const column_input<T>& input, std::size_t j) {
    std::vector<T> column(input.rows);
    for (std::size_t b = 0; b < input.rows; ++b) {
        column[b] = input.values[b * input.width + j];
    }
    return column;
}

// The options an extremes test runs under: pools of 1, 2, 3 and 8 threads with automatic
// chunks, and 7 chunks, whose edges fall inside blocks.
inline std::vector<parray::options> extremes_options() {
    std::vector<parray::options> sets;
    for (const std::size_t threads : {1, 2, 3, 8}) {
        sets.push_back(parray::options{}.pool(pool_of(threads)));
    }
    sets.push_back(parray::options{}.pool(pool_of(3)).num_chunks(7));
    return sets;
}

// Whether two elements are the same value, bit for bit (-0.0 is not 0.0); any two NaN are.
template <class T>
bool same_element(const T& a, const T& b) {
    if constexpr (std::numeric_limits<T>::has_quiet_NaN) {
        if (a != a || b != b) {
            return a != a && b != b;
        }
    }
    return std::memcmp(&a, &b, sizeof(T)) == 0;
}

// ---------------------------------------------------------------------------------------------
// The article's data

// The two output blocks of the article's Example 1
// (shared/reference/numpy-multiprocessing-article.txt, "Multiprocessing with NumPy Arrays"),
// copied from the article's text: what `print(arr)` showed for np.random.seed(0);
// np.random.randint(0, 100, (100,)), and the values of the 100 one-element arrays that
// pool.map(multiply_elements, ...) returned.
inline constexpr const char* article_first_block =
    R"([44 47 64 67 67  9 83 21 36 87 70 88 88 12 58 65 39 87 46 88 81 37 25 77
 72  9 20 80 69 79 47 64 82 99 88 49 29 19 19 14 39 32 65  9 57 32 31 74
 23 35 75 55 28 34  0  0 36 53  5 38 17 79  4 42 58 31  1 65 41 57 35 11
 46 82 91  0 14 99 53 12 42 84 75 68  6 68 47  3 76 52 78 15 20 99 58 23
 79 13 85 48])";

inline constexpr std::array<std::int64_t, 100> article_random_values = {
    44, 47, 64, 67, 67, 9,  83, 21, 36, 87, 70, 88, 88, 12, 58, 65, 39, 87, 46, 88,
    81, 37, 25, 77, 72, 9,  20, 80, 69, 79, 47, 64, 82, 99, 88, 49, 29, 19, 19, 14,
    39, 32, 65, 9,  57, 32, 31, 74, 23, 35, 75, 55, 28, 34, 0,  0,  36, 53, 5,  38,
    17, 79, 4,  42, 58, 31, 1,  65, 41, 57, 35, 11, 46, 82, 91, 0,  14, 99, 53, 12,
    42, 84, 75, 68, 6,  68, 47, 3,  76, 52, 78, 15, 20, 99, 58, 23, 79, 13, 85, 48,
};

inline constexpr std::array<std::int64_t, 100> article_doubled_values = {
    88,  94,  128, 134, 134, 18,  166, 42,  72,  174, 140, 176, 176, 24,  116, 130, 78,
    174, 92,  176, 162, 74,  50,  154, 144, 18,  40,  160, 138, 158, 94,  128, 164, 198,
    176, 98,  58,  38,  38,  28,  78,  64,  130, 18,  114, 64,  62,  148, 46,  70,  150,
    110, 56,  68,  0,   0,   72,  106, 10,  76,  34,  158, 8,   84,  116, 62,  2,   130,
    82,  114, 70,  22,  92,  164, 182, 0,   28,  198, 106, 24,  84,  168, 150, 136, 12,
    136, 94,  6,   152, 104, 156, 30,  40,  198, 116, 46,  158, 26,  170, 96,
};

// ---------------------------------------------------------------------------------------------
// Bits and times

// The bits of a float or double, to compare results bit for bit (and -0.0 apart from 0.0).
template <class T>
auto bits_of(T value) {
    static_assert(std::is_floating_point_v<T> && (sizeof(T) == 4 || sizeof(T) == 8),
                  "bits_of takes a float or a double");
    using bits_type = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;
    bits_type bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

// FNV-1a 64 of an array's element bytes in row-major order, as the generators' fnv1a hashes
// NumPy's `result.tobytes()`.
template <class T>
std::uint64_t fnv1a_of_bytes(const parray::ndarray<T>& array) {
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    const auto* bytes = reinterpret_cast<const unsigned char*>(array.data());
    for (std::size_t i = 0; i < array.size() * sizeof(T); ++i) {
        hash = (hash ^ bytes[i]) * 0x100000001B3ULL;
    }
    return hash;
}

// The CPU time (user + system) of the whole process so far.
inline std::chrono::microseconds process_cpu_time() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto to_us = [](const timeval& t) {
        return std::chrono::seconds(t.tv_sec) + std::chrono::microseconds(t.tv_usec);
    };
    return to_us(usage.ru_utime) + to_us(usage.ru_stime);
}

// std::reduce's four overloads for a fold of ints into a std::vector<int>: concatenation.
struct concatenate {
    std::vector<int> operator()(std::vector<int> a, const std::vector<int>& b) const {
        a.insert(a.end(), b.begin(), b.end());
        return a;
    }
    std::vector<int> operator()(std::vector<int> a, int b) const {
        a.push_back(b);
        return a;
    }
    std::vector<int> operator()(int a, std::vector<int> b) const {
        b.insert(b.begin(), a);
        return b;
    }
    std::vector<int> operator()(int a, int b) const { return {a, b}; }
};

} // namespace parray_test
