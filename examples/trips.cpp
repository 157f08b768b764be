// SPDX-License-Identifier: BSD-3-Clause
// Ranking, deduplicating, binning and filtering a million taxi trips, as a NumPy user writes
//     rng = np.random.RandomState(2026)
//     zone = rng.randint(0, 263, size=n); miles = 20 * rng.random_sample(n) ** 2
//     fare = 3.0 + 2.5 * miles + rng.random_sample(n)
//     order = np.argsort(fare, kind='stable')            # rank the trips by fare
//     zones, trips = np.unique(zone, return_counts=True)  # deduplicate the zones
//     counts, edges = np.histogram(fare, 11, range=(0, 55))
//     long_fares = fare[miles > 15]                        # filter
//     revenue = np.cumsum(np.sort(fare)[::-1])             # what the dearest trips earn
// with each call on the pool, the same data as NumPy's (parray::random::RandomState is its
// generator), and each result checked against plain serial C++ after the run. ctest checks
// the printed numbers against NumPy 1.24's (examples/CMakeLists.txt).
#include <parray/parray.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <numeric>
#include <vector>

namespace {

double milliseconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

// Counts what disagrees with the serial answer, and says which check it was.
struct checker {
    int failures = 0;
    void expect(bool ok, const char* what) {
        if (!ok) {
            std::printf("MISMATCH: %s\n", what);
            ++failures;
        }
    }
};

} // namespace

int main() {
    const std::size_t n = 1'000'000;
    const std::int64_t zone_count = 263;

    // The trips: a pick-up zone, the miles driven and the fare, drawn as NumPy draws them.
    parray::random::RandomState random(2026);
    const parray::ndarray<std::int64_t> zone = random.randint(0, zone_count, {n});
    const parray::ndarray<double> uniform = random.random_sample({n});
    const parray::ndarray<double> miles = parray::parallel_eval(20.0 * uniform * uniform);
    const parray::ndarray<double> fare =
        parray::parallel_eval(3.0 + 2.5 * miles + random.random_sample({n}));

    const auto start = std::chrono::steady_clock::now();
    // Rank: the trips by fare, cheapest first, ties in trip order.
    const auto order = parray::parallel_argsort(fare);
    // Deduplicate: the zones that had a trip, and how many each had.
    const auto zones = parray::parallel_unique(zone, parray::return_counts);
    const auto trips_per_zone = parray::parallel_bincount(zone);
    // Bin: the fares into eleven $5 bins.
    const auto histogram = parray::parallel_histogram(fare, 11, parray::histogram_range{0, 55});
    // Filter: the fares of trips over 15 miles, and the trips that cost over $50.
    const auto long_fares = parray::parallel_extract(miles > 15.0, fare);
    const auto dear_trips = parray::parallel_flatnonzero(fare > 50.0);
    // Sort and scan: what the dearest trips earn together, dearest first.
    const auto dearest_first = parray::parallel_sort(fare, std::greater<>());
    const auto revenue = parray::parallel_cumsum(dearest_first);
    const double parallel_ms = milliseconds_since(start);

    std::printf("trips: %zu, threads: %zu\n", n, parray::default_pool().size());
    std::printf("dearest trips:");
    for (std::size_t k = 1; k <= 3; ++k) {
        const auto trip = static_cast<std::size_t>(order(n - k));
        std::printf(" #%zu $%.4f (%.2f mi)", trip, fare(trip), miles(trip));
    }
    std::printf("\n");
    const auto busiest = parray::parallel_argmax(zones.counts);
    std::printf("zones with trips: %zu, busiest: zone %lld with %lld trips\n", zones.values.size(),
                static_cast<long long>(zones.values(busiest)),
                static_cast<long long>(zones.counts(busiest)));
    std::printf("fares by $5 bin:");
    for (std::size_t bin = 0; bin < histogram.counts.size(); ++bin) {
        std::printf(" %lld", static_cast<long long>(histogram.counts(bin)));
    }
    std::printf("\n");
    std::printf("trips over 15 miles: %zu, mean fare $%.6f\n", long_fares.size(),
                parray::parallel_mean(long_fares));
    std::printf("trips over $50: %zu, first #%lld\n", dear_trips.size(),
                static_cast<long long>(dear_trips.size() != 0 ? dear_trips(0) : -1));
    std::printf("the dearest 1000 trips earn $%.2f, all of them $%.2f\n", revenue(999),
                revenue(n - 1));
    std::printf("parallel calls: %.1f ms\n", parallel_ms);

    // The same with the standard library on one thread.
    const auto serial_start = std::chrono::steady_clock::now();
    checker check;
    std::vector<std::int64_t> serial_order(n);
    std::iota(serial_order.begin(), serial_order.end(), 0);
    std::stable_sort(serial_order.begin(), serial_order.end(),
                     [&](std::int64_t x, std::int64_t y) { return fare(x) < fare(y); });
    check.expect(std::equal(serial_order.begin(), serial_order.end(), order.begin()), "argsort");
    std::vector<std::int64_t> serial_counts(static_cast<std::size_t>(zone_count), 0);
    for (const std::int64_t z : zone) {
        ++serial_counts[static_cast<std::size_t>(z)];
    }
    std::vector<std::int64_t> serial_zones;
    std::vector<std::int64_t> serial_zone_trips;
    for (std::int64_t z = 0; z < zone_count; ++z) {
        if (serial_counts[static_cast<std::size_t>(z)] != 0) {
            serial_zones.push_back(z);
            serial_zone_trips.push_back(serial_counts[static_cast<std::size_t>(z)]);
        }
    }
    check.expect(std::equal(serial_zones.begin(), serial_zones.end(), zones.values.begin(),
                            zones.values.end()),
                 "unique values");
    check.expect(std::equal(serial_zone_trips.begin(), serial_zone_trips.end(),
                            zones.counts.begin(), zones.counts.end()),
                 "unique counts");
    check.expect(std::equal(serial_counts.begin(), serial_counts.end(), trips_per_zone.begin(),
                            trips_per_zone.end()),
                 "bincount");
    std::vector<std::int64_t> serial_bins(11, 0);
    for (const double x : fare) {
        if (x >= 0.0 && x <= 55.0) {
            auto bin = std::min<std::size_t>(static_cast<std::size_t>(x / 5.0), 10);
            // The edges 0, 5, ..., 55 are exact, so comparing with them settles a value that
            // the division puts on the wrong side.
            while (bin > 0 && x < 5.0 * static_cast<double>(bin)) {
                --bin;
            }
            while (bin < 10 && x >= 5.0 * static_cast<double>(bin + 1)) {
                ++bin;
            }
            ++serial_bins[bin];
        }
    }
    check.expect(std::equal(serial_bins.begin(), serial_bins.end(), histogram.counts.begin(),
                            histogram.counts.end()),
                 "histogram");
    std::vector<double> serial_long;
    std::vector<std::int64_t> serial_dear;
    for (std::size_t i = 0; i < n; ++i) {
        if (miles(i) > 15.0) {
            serial_long.push_back(fare(i));
        }
        if (fare(i) > 50.0) {
            serial_dear.push_back(static_cast<std::int64_t>(i));
        }
    }
    check.expect(
        std::equal(serial_long.begin(), serial_long.end(), long_fares.begin(), long_fares.end()),
        "extract");
    check.expect(
        std::equal(serial_dear.begin(), serial_dear.end(), dear_trips.begin(), dear_trips.end()),
        "flatnonzero");
    std::vector<double> serial_sorted(fare.begin(), fare.end());
    std::sort(serial_sorted.begin(), serial_sorted.end(), std::greater<>());
    check.expect(std::equal(serial_sorted.begin(), serial_sorted.end(), dearest_first.begin()),
                 "sort");
    // The running sum is split into parts added in parallel: the same bits on any pool, within
    // rounding of the serial loop's (docs/api.md gives the bound).
    double running = 0.0;
    double largest_gap = 0.0;
    for (std::size_t k = 0; k < n; ++k) {
        running += serial_sorted[k];
        largest_gap = std::max(largest_gap, std::abs(running - revenue(k)) / running);
    }
    check.expect(largest_gap < 1e-12, "cumsum");
    const double serial_ms = milliseconds_since(serial_start);
    std::printf("the same in serial C++: %.1f ms\n", serial_ms);
    if (check.failures != 0) {
        return 1;
    }
    std::printf("all results match the serial ones\n");
    return 0;
}
