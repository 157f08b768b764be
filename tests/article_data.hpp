// SPDX-License-Identifier: BSD-3-Clause
// The two output blocks of the article's Example 1
// (shared/reference/numpy-multiprocessing-article.txt), kept as test data: what `print(arr)` showed
// for np.random.seed(0); np.random.randint(0, 100, (100,)), and the values of the 100 one-element
// arrays that pool.map(multiply_elements, ...) returned.
#pragma once

#include <array>
#include <cstdint>

namespace parray_test {

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

} // namespace parray_test
