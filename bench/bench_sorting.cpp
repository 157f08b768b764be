// SPDX-License-Identifier: BSD-3-Clause

// Sorting and unique values (issue 18) beside the standard library's and oneTBB's sorts.
//   sorting/sort/<type>/n:<n>/<method>      a sorted copy of n uniform elements
//   sorting/argsort/<type>/n:<n>/<method>   the indices that sort them (stable)
//   sorting/unique/<type>/n:<n>/<method>    their sorted unique values
// Types: float64 (uniform in [0, 1)) and int64 (uniform over all 2^64 values); n: 10^6, 10^7
// and 10^8 (the last skipped by the smoke run: its names carry n:100000000).
// Methods: parray (parallel_sort, parallel_argsort, parallel_unique on the default pool);
// std_sort (serial std::sort); and, where oneTBB was found (libstdc++'s parallel algorithms run
// on it), std_sort_par and std_stable_sort_par (std::execution::par), tbb_parallel_sort;
// tbb_pair_sort (tbb::parallel_sort of (value, index) pairs: a stable argsort); and
// std_sort_par_unique (std::sort(par) then std::unique). Every method copies the input as part
// of its timing, as parray's calls return new arrays; each result is checked after timing.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>

#include <parray/parray.hpp>

#include "bench_common.hpp"

#if defined(PARRAY_BENCH_HAVE_TBB)
#include <execution>

#include <tbb/parallel_sort.h>
#endif

namespace {

using parray_bench::fail;

enum class method {
    parray,
    std_sort,
    std_sort_par,
    std_stable_sort_par,
    tbb_parallel_sort,
    tbb_pair_sort,
    std_sort_par_unique
};

std::uint64_t mixed(std::uint64_t z) {
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31U);
}

// n uniform elements of T, made once per n.
template <class T>
const parray::ndarray<T>& input(std::size_t n) {
    if constexpr (std::is_same_v<T, double>) {
        return parray_bench::random_input(n);
    } else {
        static std::map<std::size_t, std::unique_ptr<parray::ndarray<T>>> cache;
        auto& slot = cache[n];
        if (!slot) {
            slot = std::make_unique<parray::ndarray<T>>(parray::ndarray<T>::from_shape({n}));
            for (std::size_t i = 0; i < n; ++i) {
                slot->data()[i] = static_cast<T>(mixed(0x853c49e6748fea9bULL + i));
            }
        }
        return *slot;
    }
}

template <class T>
std::uint64_t bits_of(T x) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &x, sizeof x);
    return bits;
}

// An order-independent digest of n elements: equal for any permutation of them.
template <class T>
std::uint64_t multiset_digest(const T* data, std::size_t n) {
    std::uint64_t digest = 0;
    for (std::size_t i = 0; i < n; ++i) {
        digest += mixed(bits_of(data[i]));
    }
    return digest;
}

// The number of distinct elements of input<T>(n), counted once.
template <class T>
std::size_t distinct_count(std::size_t n) {
    static std::map<std::size_t, std::size_t> cache;
    const auto found = cache.find(n);
    if (found != cache.end()) {
        return found->second;
    }
    std::vector<T> copy(input<T>(n).begin(), input<T>(n).end());
    std::sort(copy.begin(), copy.end());
    return cache[n] =
               static_cast<std::size_t>(std::unique(copy.begin(), copy.end()) - copy.begin());
}

template <class T>
void run_sort(benchmark::State& state, method m, std::size_t n) {
    const parray::ndarray<T>& a = input<T>(n);
    parray::ndarray<T> sorted;
    std::vector<T> copy;
    for (auto _ : state) {
        switch (m) {
        case method::parray:
            sorted = parray::parallel_sort(a);
            break;
        case method::std_sort:
            copy.assign(a.begin(), a.end());
            std::sort(copy.begin(), copy.end());
            break;
#if defined(PARRAY_BENCH_HAVE_TBB)
        case method::std_sort_par:
            copy.assign(a.begin(), a.end());
            std::sort(std::execution::par, copy.begin(), copy.end());
            break;
        case method::std_stable_sort_par:
            copy.assign(a.begin(), a.end());
            std::stable_sort(std::execution::par, copy.begin(), copy.end());
            break;
        case method::tbb_parallel_sort:
            copy.assign(a.begin(), a.end());
            tbb::parallel_sort(copy.begin(), copy.end());
            break;
#endif
        default:
            break;
        }
        benchmark::ClobberMemory();
    }
    const T* result = m == method::parray ? sorted.data() : copy.data();
    const std::size_t size = m == method::parray ? sorted.size() : copy.size();
    if (size != n || !std::is_sorted(result, result + n) ||
        multiset_digest(result, n) != multiset_digest(a.data(), n)) {
        fail(state, "not a sorted permutation of the input");
        return;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
}

template <class T>
void run_argsort(benchmark::State& state, method m, std::size_t n) {
    const parray::ndarray<T>& a = input<T>(n);
    parray::ndarray<std::int64_t> order;
    std::vector<std::pair<T, std::int64_t>> pairs;
    for (auto _ : state) {
        if (m == method::parray) {
            order = parray::parallel_argsort(a);
        } else {
#if defined(PARRAY_BENCH_HAVE_TBB)
            pairs.resize(n);
            for (std::size_t i = 0; i < n; ++i) {
                pairs[i] = {a.data()[i], static_cast<std::int64_t>(i)};
            }
            tbb::parallel_sort(pairs.begin(), pairs.end());
#endif
        }
        benchmark::ClobberMemory();
    }
    if (m != method::parray) {
        order = parray::ndarray<std::int64_t>::from_shape({pairs.size()});
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            order.data()[i] = pairs[i].second;
        }
    }
    // A stable order: values non-decreasing, equal values by increasing index; and a
    // permutation of 0 .. n - 1.
    bool sorted = order.size() == n;
    for (std::size_t i = 1; sorted && i < n; ++i) {
        const auto previous = static_cast<std::size_t>(order.data()[i - 1]);
        const auto current = static_cast<std::size_t>(order.data()[i]);
        const T x = a.data()[previous];
        const T y = a.data()[current];
        sorted = x < y || (x == y && previous < current);
    }
    std::uint64_t expected = 0;
    for (std::size_t i = 0; i < n; ++i) {
        expected += mixed(i);
    }
    if (!sorted || multiset_digest(order.data(), n) != expected) {
        fail(state, "not a stable argsort of the input");
        return;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
}

template <class T>
void run_unique(benchmark::State& state, method m, std::size_t n) {
    const parray::ndarray<T>& a = input<T>(n);
    parray::ndarray<T> values;
    std::vector<T> copy;
    for (auto _ : state) {
        if (m == method::parray) {
            values = parray::parallel_unique(a);
        } else {
#if defined(PARRAY_BENCH_HAVE_TBB)
            copy.assign(a.begin(), a.end());
            std::sort(std::execution::par, copy.begin(), copy.end());
            copy.erase(std::unique(copy.begin(), copy.end()), copy.end());
#endif
        }
        benchmark::ClobberMemory();
    }
    const T* result = m == method::parray ? values.data() : copy.data();
    const std::size_t size = m == method::parray ? values.size() : copy.size();
    bool increasing = size == distinct_count<T>(n);
    for (std::size_t i = 1; increasing && i < size; ++i) {
        increasing = result[i - 1] < result[i];
    }
    if (!increasing) {
        fail(state, "not the sorted unique values of the input");
        return;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
}

template <class T>
void register_type(const char* type) {
    const std::pair<const char*, method> sorts[] = {
        {"parray", method::parray},
        {"std_sort", method::std_sort},
#if defined(PARRAY_BENCH_HAVE_TBB)
        {"std_sort_par", method::std_sort_par},
        {"std_stable_sort_par", method::std_stable_sort_par},
        {"tbb_parallel_sort", method::tbb_parallel_sort},
#endif
    };
    const std::pair<const char*, method> argsorts[] = {
        {"parray", method::parray},
#if defined(PARRAY_BENCH_HAVE_TBB)
        {"tbb_pair_sort", method::tbb_pair_sort},
#endif
    };
    const std::pair<const char*, method> uniques[] = {
        {"parray", method::parray},
#if defined(PARRAY_BENCH_HAVE_TBB)
        {"std_sort_par_unique", method::std_sort_par_unique},
#endif
    };
    for (const std::int64_t n : {1'000'000, 10'000'000, 100'000'000}) {
        const std::string size = "/n:" + std::to_string(n) + "/";
        const auto add = [&](const std::string& name, auto run, method m) {
            benchmark::RegisterBenchmark(name.c_str(), run, m, static_cast<std::size_t>(n))
                ->UseRealTime()
                ->Unit(benchmark::kMillisecond);
        };
        for (const auto& [name, m] : sorts) {
            add(std::string("sorting/sort/") + type + size + name, run_sort<T>, m);
        }
        for (const auto& [name, m] : argsorts) {
            add(std::string("sorting/argsort/") + type + size + name, run_argsort<T>, m);
        }
        for (const auto& [name, m] : uniques) {
            add(std::string("sorting/unique/") + type + size + name, run_unique<T>, m);
        }
    }
}

const bool registered = [] {
    register_type<double>("float64");
    register_type<std::int64_t>("int64");
    return true;
}();

} // namespace
