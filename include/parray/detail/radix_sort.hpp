// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Stable sorting for parallel_sort, parallel_argsort and parallel_unique: an LSD radix sort of
// arithmetic elements by their sort keys (np.sort(kind='stable')'s order), run on the pool, and
// a merge sort for a comparator. Both are stable, so their results are exact: the split into
// chunks changes how fast they run, never what they return.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

#include "../chunking.hpp"
#include "../options.hpp"
#include "aligned_allocator.hpp"
#include "constants.hpp"
#include "executor.hpp"
#include "selection.hpp"

namespace parray::detail {

// ---- Sort keys

// The sort key of x: x before y in np.sort(kind='stable')'s order exactly when
// sort_key(x) < sort_key(y), equal keys for elements NumPy holds equal. Unlike key_of, -0.0 and
// 0.0 share a key (x + 0 is 0.0 for both: NumPy compares them equal, so a stable sort keeps
// their order) and every NaN, whatever its sign and payload, has the largest key (NumPy puts
// NaNs last, in their order).
template <class T>
order_key_t<T> sort_key(T x) noexcept {
    if constexpr (std::is_floating_point_v<T>) {
        if (x != x) {
            return std::numeric_limits<order_key_t<T>>::max();
        }
        return key_of<T>(x + T(0));
    } else {
        return key_of<T>(x);
    }
}

// Whether T sorts by radix: integers, bool (false before true, as NumPy), float and double.
template <class T>
inline constexpr bool is_radix_sortable_v =
    std::is_integral_v<T> || std::is_same_v<T, float> || std::is_same_v<T, double>;

// ---- The radix sort

// An array of n elements left uninitialised (every pass writes all of it before reading it),
// from ndarray's allocator: large ones are advised onto huge pages, which the scatters'
// 256 streams a chunk need (10^7 doubles sorted in about 0.75 of the time so, one thread).
template <class T, bool = std::is_trivial_v<T>>
class sort_buffer {
public:
    explicit sort_buffer(std::size_t n)
        : data_(n == 0 ? nullptr : allocator_type().allocate(n)), size_(n) {}
    sort_buffer(const sort_buffer&) = delete;
    sort_buffer& operator=(const sort_buffer&) = delete;
    ~sort_buffer() { allocator_type().deallocate(data_, size_); }

    T* data() noexcept { return data_; }
    // Makes room for n elements (their values lost when it grows).
    void reserve(std::size_t n) {
        if (n > size_) {
            sort_buffer grown(n);
            std::swap(data_, grown.data_);
            std::swap(size_, grown.size_);
        }
    }

private:
    using allocator_type = aligned_allocator<T, cache_line_size>;
    T* data_;
    std::size_t size_;
};

// Elements that must be constructed (a comparator sort of strings): a std::vector of them.
template <class T>
class sort_buffer<T, false> {
public:
    explicit sort_buffer(std::size_t n) : elements_(n) {}
    T* data() noexcept { return elements_.data(); }
    void reserve(std::size_t n) {
        if (n > elements_.size()) {
            elements_.resize(n);
        }
    }

private:
    std::vector<T> elements_;
};

// What one pass of the radix sort moves: its source and destination (values, or keys and
// indices), and how it reads a key.
//
// A value sort moves the elements and computes each key from them (a pass reads a value and
// writes it: no key array). An argsort moves (key, index) pairs: its first pass computes the
// keys from the values and the indices from the positions, its last pass writes no key.
template <class T>
struct value_pass {
    const T* source;
    T* destination;

    order_key_t<T> key(std::size_t i) const noexcept { return sort_key(source[i]); }
    void move(std::size_t i, std::size_t position) const noexcept {
        destination[position] = source[i];
    }
};

template <class T, class Index>
struct pair_pass {
    using K = order_key_t<T>;
    const T* values;      // first pass: the keys are computed from these, the index is i
    const K* keys;        // later passes
    const Index* indices; // later passes
    K* key_destination;   // nullptr on the last pass
    Index* index_destination;
    Index first_index; // the index of element 0 of the first pass

    K key(std::size_t i) const noexcept {
        return values != nullptr ? sort_key(values[i]) : keys[i];
    }
    void move(std::size_t i, std::size_t position) const noexcept {
        if (key_destination != nullptr) {
            key_destination[position] = key(i);
        }
        index_destination[position] =
            values != nullptr ? first_index + static_cast<Index>(i) : indices[i];
    }
};

// The digits of a key of K: digit d holds bits [d * radix_sort_digit_bits, ...).
template <class K>
inline constexpr unsigned key_digits =
    (std::numeric_limits<K>::digits + radix_sort_digit_bits - 1) / radix_sort_digit_bits;
inline constexpr std::size_t radix_buckets = std::size_t{1} << radix_sort_digit_bits;

template <class K>
std::size_t digit_of(K key, unsigned digit) noexcept {
    return static_cast<std::size_t>(key >> (digit * radix_sort_digit_bits)) & (radix_buckets - 1);
}

// The chunks a radix sort of n elements counts and scatters: fixed by n alone.
inline chunk_plan radix_sort_plan(std::size_t n) noexcept {
    return chunk_plan::balanced(
        n, std::max<std::size_t>(1, std::min(max_radix_sort_chunks, n / min_radix_sort_chunk)));
}

// Reusable memory of the radix sorts of one thread (the lanes of a sort along an axis).
struct radix_workspace {
    std::vector<std::size_t> counts; // chunks x buckets: a pass's counts, then offsets
    std::vector<unsigned> digits;    // the digits that are not the same for every element
};

// Finds the digits worth a pass: those on which not every key agrees, low to high, into
// ws.digits. A digit is the same in every key where the keys' bitwise OR and AND agree on it:
// one read of the keys, whose loop the compiler vectorises (counting every digit of every key
// instead took several times as long, its counters chained where a digit rarely changes).
template <class K, class KeyAt>
void find_varying_digits(const chunk_plan& plan, const KeyAt& key_at, radix_workspace& ws,
                         const options& opts) {
    std::vector<K> ors(plan.size(), K(0));
    std::vector<K> ands(plan.size(), static_cast<K>(~K(0)));
    auto body = [&](std::size_t c, chunk_range r) {
        K any = 0;
        K all = static_cast<K>(~K(0));
        for (std::size_t i = r.begin; i < r.end; ++i) {
            const K key = key_at(i);
            any |= key;
            all &= key;
        }
        ors[c] = any;
        ands[c] = all;
    };
    for_each_chunk(plan, opts, body);
    K all_ors = 0;
    K all_ands = static_cast<K>(~K(0));
    for (std::size_t c = 0; c < plan.size(); ++c) {
        all_ors |= ors[c];
        all_ands &= ands[c];
    }
    const auto varying = static_cast<K>(all_ors ^ all_ands);
    ws.digits.clear();
    for (unsigned d = 0; d < key_digits<K>; ++d) {
        if (digit_of(varying, d) != 0) {
            ws.digits.push_back(d);
        }
    }
}

// Turns per-chunk counts (chunk-major) into each chunk's first position for each bucket: all
// of bucket 0 (chunk 0, chunk 1, ...) before bucket 1, which is what makes the pass stable.
inline void counts_to_offsets(std::vector<std::size_t>& counts, std::size_t chunks) {
    std::size_t position = 0;
    for (std::size_t b = 0; b < radix_buckets; ++b) {
        for (std::size_t c = 0; c < chunks; ++c) {
            std::size_t& slot = counts[c * radix_buckets + b];
            const std::size_t count = slot;
            slot = position;
            position += count;
        }
    }
}

// One stable pass on digit d: each chunk's digits counted, then each element of each chunk
// moved to its bucket's next position.
template <class K, class Pass>
void radix_pass(const chunk_plan& plan, const Pass& pass, unsigned d, radix_workspace& ws,
                const options& opts) {
    const std::size_t chunks = plan.size();
    ws.counts.assign(chunks * radix_buckets, 0);
    auto count_body = [&](std::size_t c, chunk_range r) {
        std::size_t* const count = ws.counts.data() + c * radix_buckets;
        for (std::size_t i = r.begin; i < r.end; ++i) {
            ++count[digit_of(pass.key(i), d)];
        }
    };
    for_each_chunk(plan, opts, count_body);
    counts_to_offsets(ws.counts, chunks);
    auto scatter_body = [&](std::size_t c, chunk_range r) {
        std::size_t* const next = ws.counts.data() + c * radix_buckets;
        for (std::size_t i = r.begin; i < r.end; ++i) {
            pass.move(i, next[digit_of(pass.key(i), d)]++);
        }
    };
    for_each_chunk(plan, opts, scatter_body);
}

// Copies n elements from `source` to `destination` on the pool.
template <class T>
void parallel_copy(const T* source, T* destination, std::size_t n, const options& opts) {
    auto body = [&](std::size_t, chunk_range r) {
        std::copy(source + r.begin, source + r.end, destination + r.begin);
    };
    for_each_chunk(radix_sort_plan(n), opts, body);
}

// Stable insertion sort by key: the short lanes.
template <class T, class Key>
void insertion_sort_by(T* first, std::size_t n, const Key& key) {
    for (std::size_t i = 1; i < n; ++i) {
        const T x = first[i];
        const auto k = key(x);
        std::size_t j = i;
        for (; j > 0 && k < key(first[j - 1]); --j) {
            first[j] = first[j - 1];
        }
        first[j] = x;
    }
}

// ---- The value sort: the most significant digit first, then each bucket within the cache

// Elements [begin, end) of a value sort, held in its output or its scratch array, that agree on
// every digit from `digits_left` up: what remains is to order them by digits [0, digits_left)
// and leave them in the output.
struct radix_bucket {
    std::size_t begin;
    std::size_t end;
    unsigned digits_left;
    bool in_output;

    std::size_t size() const noexcept { return end - begin; }
};

// The most elements of T a bucket may have to be sorted within the cache: it and its place in
// the other array fit in a core's second-level cache.
template <class T>
inline constexpr std::size_t cache_sorted_bucket_max = radix_sort_cache_bytes / sizeof(T);

// Moves the n elements of `from` to `to`, stably, in the order of digit d of their keys, given
// in `counts` how many have each value of it; leaves in counts where each value's run ends.
template <class T>
void scatter_by_digit(const T* from, T* to, std::size_t n, unsigned d, std::size_t* counts) {
    std::size_t position = 0;
    for (std::size_t b = 0; b < radix_buckets; ++b) {
        const std::size_t count = counts[b];
        counts[b] = position;
        position += count;
    }
    for (std::size_t i = 0; i < n; ++i) {
        to[counts[digit_of(sort_key(from[i]), d)]++] = from[i];
    }
}

// Sorts a bucket of at most cache_sorted_bucket_max elements by its remaining digits, least
// significant first, moving it between its places in `output` and `scratch` (so within the
// cache) and ending in output. One read counts every digit: a digit's counts do not depend on
// the order of the elements, and a digit on which all agree is skipped.
template <class T>
void sort_bucket_in_cache(T* output, T* scratch, const radix_bucket& bucket) {
    using K = order_key_t<T>;
    const std::size_t n = bucket.size();
    T* here = (bucket.in_output ? output : scratch) + bucket.begin;
    T* there = (bucket.in_output ? scratch : output) + bucket.begin;
    if (n <= insertion_sort_max) {
        if (!bucket.in_output) {
            std::copy(here, here + n, there);
        }
        insertion_sort_by(output + bucket.begin, n, [](T x) { return sort_key(x); });
        return;
    }
    std::size_t counts[key_digits<K>][radix_buckets];
    std::memset(counts, 0, sizeof(counts[0]) * bucket.digits_left);
    for (std::size_t i = 0; i < n; ++i) {
        const K key = sort_key(here[i]);
        for (unsigned d = 0; d < bucket.digits_left; ++d) {
            ++counts[d][digit_of(key, d)];
        }
    }
    const K first_key = sort_key(here[0]);
    unsigned digits[key_digits<K>];
    std::size_t passes = 0;
    for (unsigned d = 0; d < bucket.digits_left; ++d) {
        if (counts[d][digit_of(first_key, d)] != n) {
            digits[passes++] = d;
        }
    }
    // Each pass moves the bucket to its other place, and the last must write the output: an odd
    // count starts from scratch, an even one from the output (a copy first, where it is not).
    if ((passes % 2 == 1) == bucket.in_output) {
        std::copy(here, here + n, there);
        std::swap(here, there);
    }
    for (std::size_t j = 0; j < passes; ++j) {
        scatter_by_digit(here, there, n, digits[j], counts[digits[j]]);
        std::swap(here, there);
    }
}

// The highest digit below `below` on which keys whose bitwise OR is `any` and AND is `all`
// differ, or key_digits<K> when they agree on every one.
template <class K>
unsigned highest_varying_digit(K any, K all, unsigned below) noexcept {
    const auto varying = static_cast<K>(any ^ all);
    for (unsigned d = below; d-- > 0;) {
        if (digit_of(varying, d) != 0) {
            return d;
        }
    }
    return key_digits<K>;
}

// Sorts a bucket on the calling thread: within the cache when it fits, else by a stable
// counting pass on its highest digit that varies (into its other place) and each part so made
// in turn.
template <class T>
void sort_bucket(T* output, T* scratch, const radix_bucket& bucket) {
    using K = order_key_t<T>;
    if (bucket.size() <= cache_sorted_bucket_max<T>) {
        sort_bucket_in_cache(output, scratch, bucket);
        return;
    }
    const std::size_t n = bucket.size();
    const T* const here = (bucket.in_output ? output : scratch) + bucket.begin;
    T* const there = (bucket.in_output ? scratch : output) + bucket.begin;
    K any = 0;
    auto all = static_cast<K>(~K(0));
    for (std::size_t i = 0; i < n; ++i) {
        const K key = sort_key(here[i]);
        any |= key;
        all &= key;
    }
    const unsigned d = highest_varying_digit(any, all, bucket.digits_left);
    if (d == key_digits<K>) {
        if (!bucket.in_output) {
            std::copy(here, here + n, output + bucket.begin);
        }
        return;
    }
    std::size_t ends[radix_buckets] = {};
    for (std::size_t i = 0; i < n; ++i) {
        ++ends[digit_of(sort_key(here[i]), d)];
    }
    scatter_by_digit(here, there, n, d, ends);
    std::size_t begin = 0;
    for (const std::size_t end : ends) {
        if (end > begin) {
            sort_bucket(
                output, scratch,
                radix_bucket{bucket.begin + begin, bucket.begin + end, d, !bucket.in_output});
        }
        begin = end;
    }
}

// Sorts the n elements of `input` into `output` (which may be `input`), in
// np.sort(kind='stable')'s order, using `scratch` (n elements, distinct from both), on the pool
// of opts. A stable counting pass on the highest digit on which the keys differ splits them
// into buckets, in parallel chunks (radix_sort_plan's); buckets larger than a share of the
// threads' work are split again so, one after another; the others are sorted each on one
// thread (sort_bucket), within the cache. For uniform keys memory is read and written two or
// three times, where a pass a digit from the lowest (as argsort does) takes eight reads and
// writes of 64-bit keys: 10^7 int64 sort in 87 ms instead of 230, 10^7 doubles in 140 instead
// of 209 (two threads, docs/performance.md).
template <class T>
void radix_sort_values(const T* input, T* output, T* scratch, std::size_t n, radix_workspace& ws,
                       const options& opts) {
    using K = order_key_t<T>;
    if (n <= cache_sorted_bucket_max<T>) {
        if (input != output) {
            std::copy(input, input + n, output);
        }
        sort_bucket_in_cache(output, scratch, radix_bucket{0, n, key_digits<K>, true});
        return;
    }
    // Buckets above this size are split by a parallel pass; the others are work items.
    const std::size_t shared_bucket_min =
        std::max(cache_sorted_bucket_max<T>, n / radix_sort_shared_bucket_fraction);
    std::vector<radix_bucket> shared;
    std::vector<radix_bucket> items;
    // Splits the bucket (its elements in `source`) by a parallel pass on its highest varying
    // digit into `destination`, filing the parts. The first bucket is all of the input.
    const auto split = [&](const T* source, T* destination, const radix_bucket& bucket) {
        const chunk_plan plan = radix_sort_plan(bucket.size());
        const T* const first = source + bucket.begin;
        find_varying_digits<K>(
            plan, [first](std::size_t i) { return sort_key(first[i]); }, ws, opts);
        unsigned d = key_digits<K>;
        for (const unsigned digit : ws.digits) {
            if (digit < bucket.digits_left) {
                d = digit; // ws.digits is in increasing order: the last one below wins
            }
        }
        if (d == key_digits<K>) {                      // every key the same: in order already
            if (bucket.digits_left == key_digits<K>) { // the first bucket: in the input
                if (input != output) {
                    parallel_copy(input, output, n, opts);
                }
            } else {
                items.push_back(radix_bucket{bucket.begin, bucket.end, 0, bucket.in_output});
            }
            return;
        }
        radix_pass<K>(plan, value_pass<T>{first, destination + bucket.begin}, d, ws, opts);
        // After the pass, the last chunk's next position of each value is where its part ends.
        const std::size_t* const ends = ws.counts.data() + (plan.size() - 1) * radix_buckets;
        std::size_t begin = bucket.begin;
        for (std::size_t b = 0; b < radix_buckets; ++b) {
            const std::size_t end = bucket.begin + ends[b];
            if (end > begin) {
                const radix_bucket part{begin, end, d, destination == output};
                (part.size() > shared_bucket_min ? shared : items).push_back(part);
            }
            begin = end;
        }
    };
    split(input, scratch, radix_bucket{0, n, key_digits<K>, input == output});
    while (!shared.empty()) {
        const radix_bucket bucket = shared.back();
        shared.pop_back();
        split(bucket.in_output ? output : scratch, bucket.in_output ? scratch : output, bucket);
    }
    // The largest first, so that the last items to start are short.
    std::sort(items.begin(), items.end(),
              [](const radix_bucket& x, const radix_bucket& y) { return x.size() > y.size(); });
    auto sort_item = [&](std::size_t i, chunk_range) { sort_bucket(output, scratch, items[i]); };
    for_each_chunk(chunk_plan::balanced(items.size(), items.size()), opts, sort_item);
}

// Writes to `order` the indices (first_index + i) of the n elements of `values` in
// np.argsort(kind='stable')'s order. Uses up to two arrays of n keys (the second only for more
// than two passes) and `scratch` (n indices).
template <class T, class Index>
void radix_argsort(const T* values, Index* order, Index* scratch, std::size_t n, Index first_index,
                   radix_workspace& ws, const options& opts) {
    using K = order_key_t<T>;
    if (n <= insertion_sort_max) {
        for (std::size_t i = 0; i < n; ++i) {
            order[i] = static_cast<Index>(i);
        }
        insertion_sort_by(order, n, [values](Index i) { return sort_key(values[i]); });
        for (std::size_t i = 0; i < n; ++i) {
            order[i] += first_index;
        }
        return;
    }
    const chunk_plan plan = radix_sort_plan(n);
    find_varying_digits<K>(
        plan, [values](std::size_t i) { return sort_key(values[i]); }, ws, opts);
    const std::size_t passes = ws.digits.size();
    if (passes == 0) {
        auto body = [&](std::size_t, chunk_range r) {
            for (std::size_t i = r.begin; i < r.end; ++i) {
                order[i] = first_index + static_cast<Index>(i);
            }
        };
        for_each_chunk(plan, opts, body);
        return;
    }
    sort_buffer<K> keys[2] = {sort_buffer<K>(passes >= 2 ? n : 0),
                              sort_buffer<K>(passes >= 3 ? n : 0)};
    pair_pass<T, Index> pass{values, nullptr, nullptr, nullptr, nullptr, first_index};
    for (std::size_t j = 0; j < passes; ++j) {
        const bool to_order = (passes - 1 - j) % 2 == 0;
        pass.index_destination = to_order ? order : scratch;
        pass.key_destination = j + 1 == passes ? nullptr : keys[j % 2].data();
        radix_pass<K>(plan, pass, ws.digits[j], ws, opts);
        pass.values = nullptr;
        pass.keys = pass.key_destination;
        pass.indices = pass.index_destination;
    }
}

// ---- The merge sort (a comparator)

// Merges the sorted runs [first, middle) and [middle, last) into `out`, stably (the left run's
// elements first among equals), on the pool: the left run is cut into pieces at fixed
// positions, and each piece's partner in the right run found by binary search.
template <class T, class Compare>
void parallel_merge(const T* first, const T* middle, const T* last, T* out, const Compare& comp,
                    std::size_t pieces, const options& opts) {
    const auto left = static_cast<std::size_t>(middle - first);
    pieces = std::max<std::size_t>(1, std::min(pieces, left));
    // Piece p covers the left run's [p * left / pieces, (p + 1) * left / pieces) and the right
    // elements that sort before the left run's next piece's first element.
    auto right_bound = [&](std::size_t p) -> const T* {
        if (p == pieces) {
            return last;
        }
        const std::size_t split = p * left / pieces;
        return p == 0 ? middle : std::lower_bound(middle, last, first[split], comp);
    };
    auto body = [&](std::size_t p, chunk_range) {
        const T* const left_begin = first + p * left / pieces;
        const T* const left_end = first + (p + 1) * left / pieces;
        const T* const right_begin = right_bound(p);
        const T* const right_end = right_bound(p + 1);
        T* const destination = out + (left_begin - first) + (right_begin - middle);
        std::merge(left_begin, left_end, right_begin, right_end, destination,
                   [&](const T& a, const T& b) { return comp(a, b); });
    };
    // std::merge takes from the right run only where it is strictly smaller: stable.
    for_each_chunk(chunk_plan::balanced(pieces, pieces), opts, body);
}

// Sorts data[0, n) stably by comp on the pool, using `scratch` (n elements): each chunk by
// std::stable_sort, then pairs of runs merged, round after round, each merge cut into pieces.
template <class T, class Compare>
void parallel_merge_sort(T* data, T* scratch, std::size_t n, const Compare& comp,
                         const options& opts) {
    const chunk_plan plan = radix_sort_plan(n);
    auto sort_body = [&](std::size_t, chunk_range r) {
        std::stable_sort(data + r.begin, data + r.end, comp);
    };
    for_each_chunk(plan, opts, sort_body);
    std::vector<std::size_t> bounds;
    for (std::size_t c = 0; c < plan.size(); ++c) {
        bounds.push_back(plan[c].begin);
    }
    bounds.push_back(n);
    T* source = data;
    T* destination = scratch;
    while (bounds.size() > 2) {
        const std::size_t runs = bounds.size() - 1;
        std::vector<std::size_t> merged;
        // Every merge of the round is cut into pieces of about a chunk each.
        const std::size_t pieces_per_merge = std::max<std::size_t>(1, plan.size() / (runs / 2));
        for (std::size_t r = 0; r + 1 < runs; r += 2) {
            parallel_merge(source + bounds[r], source + bounds[r + 1], source + bounds[r + 2],
                           destination + bounds[r], comp, pieces_per_merge, opts);
            merged.push_back(bounds[r]);
        }
        if (runs % 2 == 1) {
            std::copy(source + bounds[runs - 1], source + bounds[runs],
                      destination + bounds[runs - 1]);
            merged.push_back(bounds[runs - 1]);
        }
        merged.push_back(n);
        bounds = std::move(merged);
        std::swap(source, destination);
    }
    if (source != data) {
        parallel_copy(source, data, n, opts);
    }
}

} // namespace parray::detail
