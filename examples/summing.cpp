// SPDX-License-Identifier: BSD-3-Clause
// The article's Example 2: the sum of 1..10 by one thread and by a pool of 4 over chunks of
// int(10 / 4) = 2 elements; then the same sum over 10^8 elements, where the pool pays off.
//
// Python:
//     arr = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
//     result = np.sum(arr)                                     # 55, 4.6e-05 s
//     chunks = [arr[i:i + int(len(arr) / 4)] for i in range(0, len(arr), int(len(arr) / 4))]
//     result = sum(mp.Pool(4).map(worker, chunks))             # 55, 0.338 s
#include <parray/parray.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <numeric>

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main() {
    const parray::ndarray<std::int64_t> arr{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    // single_process_sum: np.sum(arr).
    auto start = std::chrono::steady_clock::now();
    const auto single = std::accumulate(arr.begin(), arr.end(), std::int64_t{0});
    const double single_seconds = seconds_since(start);
    std::cout << single << '\n' << single_seconds << '\n';

    // The pool version: 4 threads, chunks of 2, chunk sums added in order. The article's timing
    // includes starting its 4 processes; here the pool is made before the clock starts, as
    // parray's pools are made once and reused (bench/python/article.py times both ways).
    parray::thread_pool pool(4);
    start = std::chrono::steady_clock::now();
    const auto pooled = parray::parallel_reduce(arr, std::int64_t{0}, std::plus<>(),
                                                parray::options{}.pool(pool).chunk_size(2));
    const double pool_seconds = seconds_since(start);
    std::cout << pooled << '\n' << pool_seconds << '\n';

    // Ten elements are far too few to share out; 10^8 are not. 1..10^8 as 32-bit integers
    // (400 MB), summed as 64-bit ones like np.sum does. Summing is bound by memory bandwidth,
    // so the pool's gain is what the cores' combined bandwidth exceeds one core's.
    constexpr std::int64_t n = 100'000'000;
    auto big = parray::ndarray<std::int32_t>::from_shape({static_cast<std::size_t>(n)});
    parray::parallel_for(std::int64_t{0}, n,
                         [&](std::int64_t i) { big(i) = static_cast<std::int32_t>(i + 1); });

    // Best of three runs each: the first pass over 400 MB also pays for cold caches and TLBs.
    std::int64_t big_single = 0;
    std::int64_t big_pooled = 0;
    double big_single_seconds = 1e300;
    double big_pool_seconds = 1e300;
    for (int run = 0; run < 3; ++run) {
        start = std::chrono::steady_clock::now();
        big_single = std::accumulate(big.begin(), big.end(), std::int64_t{0});
        big_single_seconds = std::min(big_single_seconds, seconds_since(start));
        start = std::chrono::steady_clock::now();
        big_pooled = parray::parallel_sum(big);
        big_pool_seconds = std::min(big_pool_seconds, seconds_since(start));
    }

    std::cout << "\nsum of 1..10^8, single thread:       " << big_single << " in "
              << big_single_seconds << " s\n"
              << "sum of 1..10^8, pool of " << parray::default_pool().size()
              << " threads:    " << big_pooled << " in " << big_pool_seconds << " s ("
              << big_single_seconds / big_pool_seconds << "x)\n";

    const bool right =
        single == 55 && pooled == 55 && big_single == n * (n + 1) / 2 && big_pooled == big_single;
    std::cout << (right ? "all sums agree" : "SUMS DIFFER") << '\n';
    return right ? 0 : 1;
}
