// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>

#include "constants.hpp"

namespace parray {

namespace detail {

// Parses the value of PARRAY_NUM_THREADS: a whole positive decimal integer, nothing else.
inline std::size_t parse_num_threads(std::string_view text) {
    std::size_t value = 0;
    const char* const first = text.data();
    const char* const last = text.data() + text.size();
    const auto [end, error] = std::from_chars(first, last, value);
    if (text.empty() || error != std::errc() || end != last || value == 0 ||
        value > max_pool_threads) {
        throw std::invalid_argument("parray: PARRAY_NUM_THREADS must be a whole number from 1 to " +
                                    std::to_string(max_pool_threads) + ", got \"" +
                                    std::string(text) + "\"");
    }
    return value;
}

inline std::size_t default_pool_size() {
    if (const char* value = std::getenv("PARRAY_NUM_THREADS")) {
        return parse_num_threads(value);
    }
    return available_cpus();
}

} // namespace detail

inline thread_pool& default_pool() {
    // Made once, thread-safely, on first use; a constructor that throws (a bad
    // PARRAY_NUM_THREADS) leaves it unmade, and the next call tries again. Never destroyed, so
    // that a parallel call from a static's destructor or from a thread still running after main
    // returns finds it alive (as a destroyed static it was a use after free); its workers sleep
    // until the process ends. A pointer still refers to it at exit: no leak is reported.
    static thread_pool* const pool = new thread_pool(detail::default_pool_size());
    return *pool;
}

} // namespace parray
