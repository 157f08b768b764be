// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The executor: how an algorithm's chunk work runs. An algorithm states its work on one chunk
// once, as a body; the three ways of running it are here and nowhere else:
// - inline: a short call (automatic chunks, nothing watched, one chunk's worth of elements)
//   runs its body on the calling thread, without planning, allocating or touching a pool;
// - pool: the chunks are shared with the pool's workers (thread_pool.hpp's run_job);
// - watched: a progress callback or stop flag sends even one chunk through the job, which
//   checks the flag and reports.
// Three shapes of work use it: for_each_chunk (any body, a given plan), for_each_elementwise
// (bodies whose results cannot depend on the chunks: maps, index loops, evaluations) and
// ordered_reduce (chunks yield partial results, combined in chunk order).

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "../chunking.hpp"
#include "../config.hpp"
#include "../options.hpp"
#include "../thread_pool.hpp"
#include "constants.hpp"
#include "job.hpp"

namespace parray::detail {

// How the inline path of a short call is compiled:
// - flattened: with everything the body calls inlined into it (run_inline), so that a short call
//   over an array costs what its loop costs (bf540b4: a 10-element map, 133 instructions a call
//   against 170 with the body called, callgrind);
// - called: the body called as the compiler sees fit. For a body that walks a lazy expression,
//   flattening copies the whole walk into every inline path for no gain a call could measure,
//   and the optimiser's time grows with those copies (g++ -O2 of tests/test_nan_reductions.cpp:
//   120 s with every inline path flattened, 68 s with none).
enum class short_path { flattened, called };

// Calls f(args...) with f and all it calls inlined: a flattened inline path.
template <class F, class... Args>
PARRAY_FLATTEN inline void run_inline(F& f, Args&&... args) {
    f(std::forward<Args>(args)...);
}

// Calls f(args...) on the caller as `Path` says: the inline path of a short call.
template <short_path Path, class F, class... Args>
void run_short(F& f, Args&&... args) {
    if constexpr (Path == short_path::flattened) {
        run_inline(f, std::forward<Args>(args)...);
    } else {
        f(std::forward<Args>(args)...);
    }
}

// The pool a call with these options runs on.
inline thread_pool& pool_for(const options& opts) {
    return opts.pool() != nullptr ? *opts.pool() : default_pool();
}

// Whether a call takes the automatic chunks and reports to no one: the calls that may run
// inline.
inline bool automatic_and_unwatched(const options& opts) noexcept {
    return opts.chunk_size() == 0 && opts.num_chunks() == 0 && !opts.is_watched();
}

// Runs run_chunk(context, i) for the chunks i in [0, count) of one call through a job: on the
// pool of `opts`, or on the caller alone when watched with one chunk. The part of
// for_each_chunk that is the same whatever the body: one copy a program, not one an algorithm.
PARRAY_NOINLINE inline void run_chunks_in_job(std::size_t count, job::run_chunk_function run_chunk,
                                              void* context, const options& opts) {
    job parallel_job(count, run_chunk, context, opts.stop_flag(), bool(opts.progress()));
    std::optional<progress_reporter> reporter;
    if (opts.progress()) {
        reporter.emplace(opts.progress(), count);
    }
    progress_reporter* const report = reporter ? &*reporter : nullptr;
    if (count <= 1) {
        // Watched, but nothing to share: run it here, with the job's checks and reports.
        parallel_job.work(report);
        parallel_job.finish(report);
        return;
    }
    run_job(pool_for(opts), parallel_job, report);
}

// Runs body(chunk_index, range) for every chunk of `plan` and returns when all are done. One
// chunk runs on the calling thread without touching any pool; more run on the pool of `opts`,
// the calling thread taking its share. The first exception is rethrown here; a set stop flag
// makes it throw parray::cancelled, and a progress callback is called as options documents.
// `plan` is a chunk_plan, or anything else with size() and operator[] giving chunk_ranges.
template <class Plan, class Body>
void for_each_chunk(const Plan& plan, const options& opts, Body& body) {
    if (!opts.is_watched()) {
        if (plan.size() == 0) {
            return;
        }
        if (plan.size() == 1) {
            body(std::size_t{0}, plan[0]);
            return;
        }
    }
    struct context_type {
        const Plan* plan;
        Body* body;
    } context{&plan, &body};
    run_chunks_in_job(
        plan.size(),
        [](void* opaque, std::size_t index) {
            auto& ctx = *static_cast<context_type*>(opaque);
            (*ctx.body)(index, (*ctx.plan)[index]);
        },
        &context, opts);
}

// The chunks of a call whose results cannot depend on them: the automatic plan, made finer when
// it has fewer than chunks_per_thread chunks a thread, down to chunks of
// smallest_elementwise_chunk elements (constants.hpp says why). Set chunks are kept as they are.
inline chunk_plan elementwise_plan(std::size_t n, const options& opts) {
    chunk_plan plan = make_chunk_plan(n, opts);
    if (opts.chunk_size() != 0 || opts.num_chunks() != 0 || plan.size() <= 1) {
        return plan;
    }
    const std::size_t wanted =
        std::min(chunks_per_thread * pool_for(opts).size(),
                 (n + smallest_elementwise_chunk - 1) / smallest_elementwise_chunk);
    if (wanted <= plan.size()) {
        return plan;
    }
    const std::size_t chunk = ((n + wanted - 1) / wanted + 7) / 8 * 8;
    return chunk_plan::fixed(n, chunk);
}

// What the elements of one body type cost, as last timed: a body type is one algorithm with one
// function (a lambda is a type of its own), so calls from one place share it.
template <class Body>
struct element_cost {
    static inline std::atomic<float> nanoseconds{-1.0F}; // below 0: never timed
    static inline thread_local unsigned calls_since_timed = 0;
};

// Whether a short call of n elements may run inline without timing: its body's elements were
// timed cheap, and this thread's retime_interval-th call since is not due.
template <class Body>
bool known_cheap(std::size_t n) noexcept {
    const float per_element = element_cost<Body>::nanoseconds.load(std::memory_order_relaxed);
    if (per_element < 0.0F || ++element_cost<Body>::calls_since_timed >= retime_interval) {
        return false;
    }
    return per_element * static_cast<float>(n) <
           static_cast<float>(std::chrono::nanoseconds(share_work_above).count());
}

// What one body type's elements were timed at, and this thread's calls since (element_cost).
struct element_cost_record {
    std::atomic<float>& nanoseconds;
    unsigned& calls_since_timed;
};

// share_costly_elementwise past its body's type: run(context, chunk_index, range) runs the body.
// One copy a program, not one an algorithm.
using run_range_function = void (*)(void* context, std::size_t chunk_index, chunk_range range);
PARRAY_NOINLINE inline void share_costly_range(std::size_t n, const options& opts,
                                               run_range_function run, void* context,
                                               element_cost_record cost) {
    thread_pool& pool = pool_for(opts);
    if (pool.size() < 2) {
        run(context, 0, chunk_range{0, n});
        return;
    }
    // Many chunks: costly elements are often unevenly costly (see constants.hpp).
    const auto share = [&](std::size_t first) {
        const chunk_plan plan =
            chunk_plan::balanced(n - first, std::min(n - first, chunks_per_thread * pool.size()));
        auto shifted = [&](std::size_t index, chunk_range r) {
            run(context, index, chunk_range{r.begin + first, r.end + first});
        };
        for_each_chunk(plan, opts, shifted);
    };
    const float per_element = cost.nanoseconds.load(std::memory_order_relaxed);
    const auto threshold = static_cast<float>(std::chrono::nanoseconds(share_work_above).count());
    if (per_element >= 0.0F && cost.calls_since_timed < retime_interval) {
        share(0); // known costly (known_cheap counted the call)
        return;
    }
    cost.calls_since_timed = 0;
    const std::size_t probe = std::max<std::size_t>(1, n / probe_fraction);
    const auto start = std::chrono::steady_clock::now();
    run(context, 0, chunk_range{0, probe});
    const std::chrono::duration<float, std::nano> elapsed =
        std::chrono::steady_clock::now() - start;
    const float timed = elapsed.count() / static_cast<float>(probe);
    cost.nanoseconds.store(timed, std::memory_order_relaxed);
    if (probe == n) {
        return;
    }
    if (timed * static_cast<float>(n - probe) < threshold) {
        run(context, 0, chunk_range{probe, n});
        return;
    }
    share(probe);
}

// for_each_elementwise of a short call (up to serial_grain elements, automatic chunks) whose
// body is not known cheap: shared with the pool at once when its elements are known costly,
// else timed on its first 1/probe_fraction on the caller, the rest shared if the whole would
// take longer than share_work_above (an index loop whose element i took i / 16 steps ran in
// 24 ms inline over 2 * 10^4 elements, 12 ms shared on 2 threads). The work is out of line in
// share_costly_range, so that the inline path stays small enough to be inlined into the caller.
template <class Body>
void share_costly_elementwise(std::size_t n, const options& opts, Body& body) {
    share_costly_range(n, opts,
                       [](void* opaque, std::size_t index, chunk_range range) {
                           (*static_cast<Body*>(opaque))(index, range);
                       },
                       &body,
                       {element_cost<Body>::nanoseconds, element_cost<Body>::calls_since_timed});
}

// for_each_elementwise past its short calls. Out of line, as the other paths to the pool: the
// inline path is compiled with everything it calls inlined (run_inline), and a parallel call
// nested in a body would otherwise pull the whole pool machinery into it (a test file of nested
// calls took 200 s to compile instead of 12).
template <class Body>
PARRAY_NOINLINE void for_each_elementwise_in_chunks(std::size_t n, const options& opts,
                                                    Body& body) {
    for_each_chunk(elementwise_plan(n, opts), opts, body);
}

// Runs body(chunk_index, range) over [0, n) for work whose results cannot depend on its chunks
// (a map, an index loop, an evaluation), so that the chunks may differ from call to call. A
// short call (up to serial_grain elements, automatic chunks, unwatched) runs inline when its
// body's elements are known cheap, and is shared with the pool when they are costly (see
// share_costly_elementwise); longer ones use elementwise_plan's chunks.
template <short_path Path = short_path::flattened, class Body>
void for_each_elementwise(std::size_t n, const options& opts, Body& body) {
    if (n <= serial_grain && automatic_and_unwatched(opts)) {
        if (n == 0) {
            return;
        }
        if (n == 1 || known_cheap<Body>(n)) {
            run_short<Path>(body, std::size_t{0}, chunk_range{0, n});
            return;
        }
        share_costly_elementwise(n, opts, body);
        return;
    }
    for_each_elementwise_in_chunks(n, opts, body);
}

// The partials of the chunks of `plan`, in chunk order and, within a chunk, in the order the
// chunk emitted them: chunk i calls emit_chunk(range, emit) and passes slots_of(range) values to
// emit. Each chunk writes to slots of its own, so the order never depends on which thread ran
// what. Exceptions and stop flags as for_each_chunk.
template <class T, class Plan, class EmitChunk, class SlotCount>
std::vector<std::optional<T>> chunk_partials(const Plan& plan, const options& opts,
                                             EmitChunk& emit_chunk, SlotCount& slots_of) {
    std::vector<std::size_t> first_slot(plan.size() + 1, 0);
    for (std::size_t i = 0; i < plan.size(); ++i) {
        first_slot[i + 1] = first_slot[i] + slots_of(plan[i]);
    }
    std::vector<std::optional<T>> partials(first_slot.back());
    auto body = [&](std::size_t index, chunk_range r) {
        std::optional<T>* slot = partials.data() + first_slot[index];
        emit_chunk(r, [&slot](T&& partial) { (slot++)->emplace(std::move(partial)); });
    };
    for_each_chunk(plan, opts, body);
    return partials;
}

// How ordered_reduce runs a short call (automatic chunks, up to serial_grain elements):
// - one_chunk: as one chunk on the caller, whatever its elements cost (the sums, whose chunks
//   must stay whole NumPy blocks for np.sum's bits);
// - by_cost: in short_reduction_chunks chunks, fixed by n alone, run on the caller when the
//   elements are known cheap and shared with the pool when they are costly: where they run
//   depends on timing, the partials and their order never do.
enum class short_reduction { one_chunk, by_cost };

// The chunks of a short by_cost reduction: depends on n only.
inline chunk_plan short_reduction_plan(std::size_t n) noexcept {
    return chunk_plan::balanced(n, short_reduction_chunks);
}

// The chunks of a call whose short form runs by cost (a by_cost reduction, parallel_map_chunks)
// over n items of item_elements elements each: short_reduction_plan's when its chunks are
// automatic and it has up to serial_grain elements (watched or not: the same results either
// way; is_short_by_cost), else make_chunk_plan's.
inline bool is_short_by_cost(std::size_t n, const options& opts,
                             std::size_t item_elements = 1) noexcept {
    return n <= serial_grain / std::max<std::size_t>(item_elements, 1) && opts.chunk_size() == 0 &&
           opts.num_chunks() == 0;
}
inline chunk_plan by_cost_plan(std::size_t n, const options& opts, std::size_t item_elements = 1) {
    return is_short_by_cost(n, opts, item_elements) ? short_reduction_plan(n)
                                                    : make_chunk_plan(n, opts, item_elements);
}

// The chunks of a reduction: make_chunk_plan's, except for a short by_cost one (by_cost_plan).
template <short_reduction Short>
chunk_plan reduction_plan(std::size_t n, const options& opts) {
    if constexpr (Short == short_reduction::by_cost) {
        return by_cost_plan(n, opts);
    } else {
        return make_chunk_plan(n, opts);
    }
}

// ordered_reduce past its inline path (kept out of line as share_costly_elementwise).
template <class Partial, short_reduction Short, class T, class EmitChunk, class Combine,
          class SlotCount>
PARRAY_NOINLINE T ordered_reduce_in_chunks(std::size_t n, const options& opts, T init,
                                           EmitChunk& emit_chunk, Combine& combine,
                                           SlotCount& slots_of) {
    const chunk_plan plan = reduction_plan<Short>(n, opts);
    for (std::optional<Partial>& partial :
         chunk_partials<Partial>(plan, opts, emit_chunk, slots_of)) {
        init = combine(std::move(init), std::move(*partial));
    }
    return init;
}

// The chunks of `plan` from its chunk `first` on.
struct plan_from {
    const chunk_plan& plan;
    std::size_t first;
    std::size_t size() const noexcept { return plan.size() - first; }
    chunk_range operator[](std::size_t index) const noexcept { return plan[first + index]; }
};

// Where the rest of a short by_cost call goes once known_cheap<Key> has said no: all of it to
// the pool when Key's elements are known costly; else its chunk 0 runs here first, timed
// (run_first), and the other chunks are shared only if they would take longer than
// share_work_above on one thread. What is timed is recorded for Key.
struct short_call_route {
    std::size_t first; // chunks [0, first) have run
    bool share;        // whether chunks [first, size) go to the pool
};
template <class Key, class Plan, class RunFirst>
short_call_route route_short_call(const Plan& plan, RunFirst&& run_first) {
    const float per_element = element_cost<Key>::nanoseconds.load(std::memory_order_relaxed);
    unsigned& calls_since_timed = element_cost<Key>::calls_since_timed;
    if (per_element >= 0.0F && calls_since_timed < retime_interval) {
        return {0, true}; // known costly (known_cheap counted the call)
    }
    calls_since_timed = 0;
    const std::size_t timed_elements = plan[0].size();
    const auto start = std::chrono::steady_clock::now();
    run_first();
    const std::chrono::duration<float, std::nano> elapsed =
        std::chrono::steady_clock::now() - start;
    const float timed = elapsed.count() / static_cast<float>(timed_elements);
    element_cost<Key>::nanoseconds.store(timed, std::memory_order_relaxed);
    const auto rest = static_cast<float>(plan[plan.size() - 1].end - timed_elements);
    return {1,
            timed * rest >= static_cast<float>(std::chrono::nanoseconds(share_work_above).count())};
}

// for_each_chunk_by_cost past known_cheap: routed by route_short_call (kept out of line as
// share_costly_elementwise).
template <class Body>
PARRAY_NOINLINE void share_costly_chunks(const chunk_plan& plan, const options& opts, Body& body) {
    const auto run_here = [&](std::size_t first) {
        for (std::size_t i = first; i < plan.size(); ++i) {
            body(i, plan[i]);
        }
    };
    if (pool_for(opts).size() < 2) {
        run_here(0);
        return;
    }
    const short_call_route route = route_short_call<Body>(plan, [&] { body(0, plan[0]); });
    if (!route.share) {
        run_here(route.first);
        return;
    }
    const plan_from rest{plan, route.first};
    auto shifted = [&](std::size_t index, chunk_range r) { body(route.first + index, r); };
    for_each_chunk(rest, opts, shifted);
}

// Runs body(chunk_index, range) for every chunk of `plan`, as for_each_chunk, for a call whose
// chunks are by_cost_plan's: a short one (is_short_by_cost) that is unwatched runs on the caller
// when its items are known cheap and is shared with the pool when they are costly
// (route_short_call), item costs being recorded per Body; other calls go to for_each_chunk. Where a
// chunk runs depends on timing, the chunks never do.
template <class Body>
void for_each_chunk_by_cost(const chunk_plan& plan, bool is_short, const options& opts,
                            Body& body) {
    if (!is_short || !automatic_and_unwatched(opts)) {
        for_each_chunk(plan, opts, body);
        return;
    }
    const std::size_t count = plan.size();
    if (count == 0) {
        return;
    }
    if (count == 1 || known_cheap<Body>(plan[count - 1].end)) {
        auto each_chunk = [&] {
            for (std::size_t i = 0; i < count; ++i) {
                body(i, plan[i]);
            }
        };
        run_inline(each_chunk);
        return;
    }
    share_costly_chunks(plan, opts, body);
}

// A short by_cost reduction whose elements are not known cheap: timed on its first chunk on the
// caller (see share_costly_elementwise) unless known costly, the rest run on the caller or
// shared with the pool accordingly. The partials are combined in chunk order either way.
template <class Partial, class T, class EmitChunk, class Combine, class SlotCount>
PARRAY_NOINLINE T share_costly_reduction(const chunk_plan& plan, const options& opts, T init,
                                         EmitChunk& emit_chunk, Combine& combine,
                                         SlotCount& slots_of) {
    auto fold = [&](Partial&& partial) { init = combine(std::move(init), std::move(partial)); };
    const auto run_here = [&](std::size_t first) {
        for (std::size_t i = first; i < plan.size(); ++i) {
            emit_chunk(plan[i], fold);
        }
    };
    if (pool_for(opts).size() < 2) {
        run_here(0);
        return init;
    }
    const short_call_route route =
        route_short_call<EmitChunk>(plan, [&] { emit_chunk(plan[0], fold); });
    if (!route.share) {
        run_here(route.first);
        return init;
    }
    const plan_from rest{plan, route.first};
    for (std::optional<Partial>& partial :
         chunk_partials<Partial>(rest, opts, emit_chunk, slots_of)) {
        init = combine(std::move(init), std::move(*partial));
    }
    return init;
}

// init ⊕ p_0 ⊕ p_1 ⊕ ... over the partials p that the chunks of make_chunk_plan(n, opts) emit
// (see chunk_partials), combined in order with `combine`, which must be associative: the chunks
// depend on n and the options only, so the result is the same for every pool. A short call runs
// as `Short` says (short_reduction); on the caller its partials are combined as they come: the
// same order, the same bits. The partials are of type Partial (T unless given).
template <class Partial = void, short_reduction Short = short_reduction::one_chunk,
          short_path Path = short_path::flattened, class T, class EmitChunk, class Combine,
          class SlotCount>
T ordered_reduce(std::size_t n, const options& opts, T init, EmitChunk& emit_chunk,
                 Combine& combine, SlotCount& slots_of) {
    using partial_type = std::conditional_t<std::is_void_v<Partial>, T, Partial>;
    if (n <= serial_grain && automatic_and_unwatched(opts)) {
        if (n == 0) {
            return init;
        }
        auto fold = [&](partial_type&& partial) {
            init = combine(std::move(init), std::move(partial));
        };
        if constexpr (Short == short_reduction::one_chunk) {
            run_short<Path>(emit_chunk, chunk_range{0, n}, fold);
        } else {
            const chunk_plan plan = short_reduction_plan(n);
            if (n != 1 && !known_cheap<EmitChunk>(n)) {
                return share_costly_reduction<partial_type>(plan, opts, std::move(init), emit_chunk,
                                                            combine, slots_of);
            }
            // plan's chunks, without its two divisions a chunk (most of a cheap 10-element call).
            auto each_chunk = [&] {
                const std::size_t count = plan.size();
                const std::size_t base = n / count;
                const std::size_t larger = n % count;
                std::size_t begin = 0;
                for (std::size_t i = 0; i < count; ++i) {
                    const std::size_t end = begin + base + (i < larger ? 1 : 0);
                    emit_chunk(chunk_range{begin, end}, fold);
                    begin = end;
                }
            };
            run_short<Path>(each_chunk);
        }
        return init;
    }
    return ordered_reduce_in_chunks<partial_type, Short>(n, opts, std::move(init), emit_chunk,
                                                         combine, slots_of);
}

// slots_of for chunks that emit one partial each.
struct one_partial_per_chunk {
    std::size_t operator()(chunk_range) const noexcept { return 1; }
};

} // namespace parray::detail
