// SPDX-License-Identifier: BSD-3-Clause
// The article's Example 1: 100 random integers, doubled one-element chunk at a time on a pool.
//
// Python:
//     np.random.seed(0)
//     arr = np.random.randint(0, 100, (100,))
//     print(arr)
//     pool = mp.Pool(mp.cpu_count())
//     result = pool.map(multiply_elements, [arr[i:i+1] for i in range(0, 100, 1)])
//     print(result)
#include <parray/parray.hpp>

#include <chrono>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Python's repr of a list of one-dimensional integer arrays: [array([88]), array([94]), ...].
std::string python_list_repr(const std::vector<parray::ndarray<std::int64_t>>& arrays) {
    std::ostringstream text;
    text << '[';
    for (std::size_t i = 0; i < arrays.size(); ++i) {
        text << (i == 0 ? "" : ", ") << "array([";
        for (std::size_t j = 0; j < arrays[i].size(); ++j) {
            text << (j == 0 ? "" : ", ") << arrays[i](j);
        }
        text << "])";
    }
    text << ']';
    return text.str();
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main() {
    // np.random.seed(0); np.random.randint(0, 100, (100,)): the same generator, the same numbers.
    parray::random::RandomState random_state(0);
    const parray::ndarray<std::int64_t> arr = random_state.randint(0, 100, {100});
    std::cout << parray::to_string(arr) << '\n';
    std::cout << "------------------------------------------\n";

    // pool.map(multiply_elements, [arr[i:i+1] for i in range(0, 100, 1)]): chunks of one
    // element, each doubled by a worker of the default pool (one per core).
    const auto multiply_elements = [](const auto& chunk) { return chunk * 2; };
    auto start = std::chrono::steady_clock::now();
    const auto result =
        parray::parallel_map_chunks(arr, multiply_elements, parray::options{}.chunk_size(1));
    const double pool_seconds = seconds_since(start);
    std::cout << python_list_repr(result) << '\n';

    // The same work on the calling thread alone.
    start = std::chrono::steady_clock::now();
    std::vector<parray::ndarray<std::int64_t>> serial;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        serial.emplace_back(multiply_elements(xt::view(arr, xt::range(i, i + 1))));
    }
    const double serial_seconds = seconds_since(start);
    const bool same = python_list_repr(serial) == python_list_repr(result);

    // The first parallel call also starts the default pool's threads, as mp.Pool(...) does.
    std::cout << "\nsingle thread:                          " << serial_seconds << " s\n"
              << "pool of " << parray::default_pool().size()
              << " threads (started by this call): " << pool_seconds << " s\n"
              << "results " << (same ? "match" : "DIFFER") << '\n';
    return same ? 0 : 1;
}
