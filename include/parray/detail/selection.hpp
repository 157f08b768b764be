// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Selection: the elements of rank r and r + 1 (np.partition's job in np.median and
// np.percentile) without sorting. Elements are compared by an order-preserving unsigned key
// (key_of), under which -0.0 comes before 0.0: the element of a rank is then unique, bit for bit,
// so that every way of finding it (a radix selection on the pool, std::nth_element on one
// thread) gives the same bits. NaN is looked for apart: it makes the statistic NaN.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

#include "../chunking.hpp"
#include "../options.hpp"
#include "constants.hpp"
#include "executor.hpp"

namespace parray::detail {

// The unsigned key type of an element type: as wide as the element, at least 32 bits.
template <class T>
struct order_key {
    static_assert(std::is_integral_v<T> || std::is_same_v<T, float> || std::is_same_v<T, double>,
                  "parray: keys are made of integers, bool, float and double");
    using type = std::conditional_t<sizeof(T) <= 4, std::uint32_t, std::uint64_t>;
};
template <class T>
using order_key_t = typename order_key<T>::type;

// The key of x: x < y exactly when key_of(x) < key_of(y), -0.0 < 0.0 besides (NaN aside). A
// float's sign bit set flips every bit, else only the sign bit; an integer's sign bit flips.
template <class T>
order_key_t<T> key_of(T x) noexcept {
    using K = order_key_t<T>;
    constexpr K sign = K(1) << (std::numeric_limits<K>::digits - 1);
    if constexpr (std::is_floating_point_v<T>) {
        K bits;
        std::memcpy(&bits, &x, sizeof bits);
        const K flip = K(0) - (bits >> (std::numeric_limits<K>::digits - 1));
        return bits ^ (flip | sign);
    } else if constexpr (std::is_signed_v<T>) {
        return static_cast<K>(static_cast<std::make_signed_t<K>>(x)) ^ sign;
    } else {
        return static_cast<K>(x);
    }
}

// The element whose key is `key`.
template <class T>
T from_key(order_key_t<T> key) noexcept {
    using K = order_key_t<T>;
    constexpr K sign = K(1) << (std::numeric_limits<K>::digits - 1);
    if constexpr (std::is_floating_point_v<T>) {
        const K bits = (key & sign) != 0 ? key ^ sign : ~key;
        T x;
        std::memcpy(&x, &bits, sizeof x);
        return x;
    } else if constexpr (std::is_signed_v<T>) {
        return static_cast<T>(static_cast<std::make_signed_t<K>>(key ^ sign));
    } else {
        return static_cast<T>(key);
    }
}

// The keys of ranks r1 and r2 of a selection, or that a NaN was found (then neither is).
template <class K>
struct selected_keys {
    K first = 0;
    K second = 0;
    bool nan = false;
};

// The keys of ranks r1 <= r2 <= r1 + 1 of `keys` (reordered), on the calling thread.
template <class K>
selected_keys<K> select_in(std::vector<K>& keys, std::size_t r1, std::size_t r2) {
    const auto nth = keys.begin() + static_cast<std::ptrdiff_t>(r1);
    std::nth_element(keys.begin(), nth, keys.end());
    selected_keys<K> result;
    result.first = *nth;
    result.second = r2 == r1 ? *nth : *std::min_element(nth + 1, keys.end());
    return result;
}

// The chunks of make_chunk_plan(n, opts) grouped into at most max_selection_chunks runs of
// consecutive chunks, in order: a selection keeps a histogram per chunk.
class selection_plan {
public:
    selection_plan(std::size_t n, const options& opts)
        : plan_(make_chunk_plan(n, opts)), groups_(std::min(plan_.size(), max_selection_chunks)) {}

    std::size_t size() const noexcept { return groups_; }

    chunk_range operator[](std::size_t index) const noexcept {
        const std::size_t first = first_chunk(index);
        const std::size_t last = first_chunk(index + 1);
        return {plan_[first].begin, plan_[last - 1].end};
    }

private:
    // Balanced: group g holds the chunks [g * chunks / groups, (g + 1) * chunks / groups).
    std::size_t first_chunk(std::size_t group) const noexcept {
        const std::size_t chunks = plan_.size();
        return group / groups_ * chunks + group % groups_ * chunks / groups_;
    }

    chunk_plan plan_;
    std::size_t groups_;
};

// The candidates of a radix selection: the keys whose bits above `low` are `prefix`.
template <class K>
struct key_filter {
    K prefix = 0;
    K mask = 0;
    unsigned low = std::numeric_limits<K>::digits;

    bool passes(K key) const noexcept { return (key & mask) == prefix; }
    // The filter of the candidates whose next digit is `digit`.
    key_filter narrowed(K digit) const noexcept {
        const unsigned bits = digit_bits();
        const unsigned shift = low - bits;
        return {prefix | static_cast<K>(digit << shift),
                mask | static_cast<K>(((K(1) << bits) - 1) << shift), shift};
    }
    unsigned digit_bits() const noexcept { return std::min(radix_digit_bits, low); }
    std::size_t digit_of(K key) const noexcept {
        const unsigned bits = digit_bits();
        return static_cast<std::size_t>((key >> (low - bits)) & ((K(1) << bits) - 1));
    }
};

// A source of a selection: n elements read a chunk at a time by read(range, visit), which calls
// visit(first, count) with an iterator to element range.begin; to_key(element) is its key.
// nan(element) says whether it is NaN (never, for keys).
template <class K, class Read, class ToKey, class IsNan>
struct selection_source {
    std::size_t n;
    Read& read;
    ToKey& to_key;
    IsNan& is_nan;
};

// One counting pass: per chunk of `plan`, the number of candidates of `filter` with each
// value of the next digit (buckets() counters a chunk), and whether the chunk holds a NaN.
template <class K, class Source>
std::vector<std::size_t> count_digits(const selection_plan& plan, Source& source,
                                      const key_filter<K>& filter, std::vector<char>& nans,
                                      const options& opts) {
    const std::size_t buckets = std::size_t{1} << filter.digit_bits();
    std::vector<std::size_t> counts(plan.size() * buckets, 0);
    nans.assign(plan.size(), 0);
    auto body = [&](std::size_t index, chunk_range r) {
        std::size_t* const count = counts.data() + index * buckets;
        source.read(r, [&](auto first, std::size_t n) {
            bool nan = false;
            for (std::size_t i = 0; i < n; ++i, ++first) {
                const auto x = *first;
                nan |= source.is_nan(x);
                const K key = source.to_key(x);
                if (filter.passes(key)) {
                    ++count[filter.digit_of(key)];
                }
            }
            nans[index] = nan ? 1 : 0;
        });
    };
    for_each_chunk(plan, opts, body);
    return counts;
}

// The keys of the candidates of `filter`, chunk after chunk: chunk c holds per_chunk[c] of them.
template <class K, class Source>
std::vector<K> gather_keys(const selection_plan& plan, Source& source, const key_filter<K>& filter,
                           const std::vector<std::size_t>& per_chunk, const options& opts) {
    std::vector<std::size_t> offsets(plan.size() + 1, 0);
    for (std::size_t c = 0; c < plan.size(); ++c) {
        offsets[c + 1] = offsets[c] + per_chunk[c];
    }
    std::vector<K> keys(offsets.back());
    auto body = [&](std::size_t index, chunk_range r) {
        K* out = keys.data() + offsets[index];
        source.read(r, [&](auto first, std::size_t n) {
            for (std::size_t i = 0; i < n; ++i, ++first) {
                const K key = source.to_key(*first);
                if (filter.passes(key)) {
                    *out++ = key;
                }
            }
        });
    };
    for_each_chunk(plan, opts, body);
    return keys;
}

// The largest key of `below`'s candidates and the smallest of `above`'s (both have some).
template <class K, class Source>
std::pair<K, K> last_and_first(const selection_plan& plan, Source& source,
                               const key_filter<K>& below, const key_filter<K>& above,
                               const options& opts) {
    std::vector<std::pair<K, K>> partial(plan.size(), {K(0), std::numeric_limits<K>::max()});
    auto body = [&](std::size_t index, chunk_range r) {
        std::pair<K, K> found = partial[index];
        source.read(r, [&](auto first, std::size_t n) {
            for (std::size_t i = 0; i < n; ++i, ++first) {
                const K key = source.to_key(*first);
                if (below.passes(key)) {
                    found.first = std::max(found.first, key);
                } else if (above.passes(key)) {
                    found.second = std::min(found.second, key);
                }
            }
        });
        partial[index] = found;
    };
    for_each_chunk(plan, opts, body);
    std::pair<K, K> result{K(0), std::numeric_limits<K>::max()};
    for (const auto& p : partial) {
        result.first = std::max(result.first, p.first);
        result.second = std::min(result.second, p.second);
    }
    return result;
}

// What a counting pass over a source decided.
enum class selection_step { done, gather, count_again };

// The state of a radix selection of ranks r1 <= r2 <= r1 + 1 among the candidates of filter.
template <class K>
struct radix_state {
    key_filter<K> filter;
    std::size_t r1 = 0;
    std::size_t r2 = 0;
    std::size_t candidates = 0;
    selected_keys<K> result;
    std::vector<std::size_t> per_chunk; // the candidates left in each chunk, once narrowed
};

// One counting pass over `source`, narrowing `state` by a digit (or finding the two keys when
// they part there, or a NaN).
template <class K, class Source>
selection_step radix_pass(radix_state<K>& state, Source& source, const options& opts) {
    const selection_plan plan(source.n, opts);
    std::vector<char> nans;
    const std::vector<std::size_t> counts = count_digits(plan, source, state.filter, nans, opts);
    if (std::find(nans.begin(), nans.end(), 1) != nans.end()) {
        state.result.nan = true;
        return selection_step::done;
    }
    const std::size_t buckets = std::size_t{1} << state.filter.digit_bits();
    std::vector<std::size_t> totals(buckets, 0);
    for (std::size_t c = 0; c < plan.size(); ++c) {
        for (std::size_t b = 0; b < buckets; ++b) {
            totals[b] += counts[c * buckets + b];
        }
    }
    // The digits of ranks r1 and r2, and the candidates below r1's.
    std::size_t below = 0;
    std::size_t digit = 0;
    while (below + totals[digit] <= state.r1) {
        below += totals[digit++];
    }
    const key_filter<K> first = state.filter.narrowed(static_cast<K>(digit));
    if (below + totals[digit] <= state.r2) {
        // r1 is the last of its digit, r2 the first of the next digit that has candidates.
        std::size_t next = digit + 1;
        while (totals[next] == 0) {
            ++next;
        }
        const auto keys =
            last_and_first(plan, source, first, state.filter.narrowed(static_cast<K>(next)), opts);
        state.result.first = keys.first;
        state.result.second = keys.second;
        return selection_step::done;
    }
    const std::size_t read = state.candidates;
    state.filter = first;
    state.r1 -= below;
    state.r2 -= below;
    state.candidates = totals[digit];
    if (state.filter.low == 0) {
        state.result.first = state.filter.prefix;
        state.result.second = state.filter.prefix;
        return selection_step::done;
    }
    if (state.candidates <= serial_selection_max ||
        state.candidates <= read / selection_gather_fraction) {
        state.per_chunk.resize(plan.size());
        for (std::size_t c = 0; c < plan.size(); ++c) {
            state.per_chunk[c] = counts[c * buckets + digit];
        }
        return selection_step::gather;
    }
    return selection_step::count_again;
}

// The keys of ranks r1 <= r2 <= r1 + 1 (< source.n) of a source, or that it holds a NaN: a radix
// selection on the pool. Counting passes over the source narrow the candidates a digit at a
// time (highest first); once they are few, their keys are gathered and the passes go on over
// them; at most serial_selection_max keys are finished by std::nth_element. Each pass reads
// every candidate left once: expected O(n) for any data, at most one pass a digit. The keys
// found do not depend on the chunks or the pool. Every pass runs with `opts` (its stop flag and
// progress callback included).
template <class K, class Source>
selected_keys<K> radix_select(Source& source, std::size_t r1, std::size_t r2, const options& opts) {
    radix_state<K> state;
    state.r1 = r1;
    state.r2 = r2;
    state.candidates = source.n;
    if (source.n <= serial_selection_max) {
        // Few: the keys of all, and a NaN looked for on the way, as one chunk (which watches
        // the stop flag and reports progress when opts ask for it).
        std::vector<K> keys(source.n);
        bool nan = false;
        auto body = [&](std::size_t, chunk_range r) {
            source.read(r, [&](auto first, std::size_t n) {
                for (std::size_t i = 0; i < n; ++i, ++first) {
                    const auto x = *first;
                    nan |= source.is_nan(x);
                    keys[r.begin + i] = source.to_key(x);
                }
            });
        };
        for_each_chunk(chunk_plan::balanced(source.n, 1), opts, body);
        if (nan) {
            state.result.nan = true;
            return state.result;
        }
        return select_in(keys, r1, r2);
    }
    selection_step step = selection_step::count_again;
    while (step == selection_step::count_again) {
        step = radix_pass(state, source, opts);
    }
    if (step == selection_step::done) {
        return state.result;
    }
    // Passes over the keys gathered (NaN is ruled out by now).
    std::vector<K> keys =
        gather_keys(selection_plan(source.n, opts), source, state.filter, state.per_chunk, opts);
    auto read_keys = [&keys](chunk_range r, auto&& visit) {
        visit(keys.data() + r.begin, r.size());
    };
    auto same_key = [](K key) { return key; };
    auto never_nan = [](K) { return false; };
    while (keys.size() > serial_selection_max) {
        selection_source<K, decltype(read_keys), decltype(same_key), decltype(never_nan)> gathered{
            keys.size(), read_keys, same_key, never_nan};
        step = radix_pass(state, gathered, opts);
        if (step == selection_step::done) {
            return state.result;
        }
        if (step == selection_step::gather) {
            keys = gather_keys(selection_plan(keys.size(), opts), gathered, state.filter,
                               state.per_chunk, opts);
        }
    }
    return select_in(keys, state.r1, state.r2);
}

} // namespace parray::detail
