// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Every tuning constant of parray, in one place, with the reason for its value.

#include <chrono>
#include <cstddef>

namespace parray::detail {

// ---- Memory

// One cache line on the x86-64 and ARM server cores parray is tuned on: the alignment of every
// ndarray's storage, of the job's per-lane counters, and the unit of a streaming store.
inline constexpr std::size_t cache_line_size = 64;

// ndarray storage of at least this many bytes is advised onto transparent huge pages, as NumPy
// advises its arrays (see aligned_allocator.hpp); small_page_size is the page madvise aligns to.
inline constexpr std::size_t huge_page_advice_min_bytes = std::size_t{4} << 20;
inline constexpr std::size_t small_page_size = 4096;

// ---- NumPy's summation

// NumPy's reductions run over buffers of this many elements (NPY_BUFSIZE); automatic chunks are
// multiples of it, so that parallel_sum adds exactly the blocks np.sum adds.
inline constexpr std::size_t numpy_block_size = 8192;
// NumPy's pairwise summation sums runs of up to this many elements with eight accumulators,
// and halves longer ones (numpy/core/src/umath/loops_utils.h.src). Its complex kernel counts
// real and imaginary parts: runs of half as many complex elements, four complex accumulators.
inline constexpr std::size_t numpy_pairwise_leaf_size = 128;

// np.mean(a, axis=...) of complex64 divides by the count (an np.intp) with np.true_divide,
// whose type NumPy 1.24 picks by the count's value: complex64 while the count fits in a uint16,
// complex128 (then rounded back) from this count on, as uint32 does not fit in float32.
inline constexpr std::size_t numpy_complex64_divide_in_float_below = 65536;

// ---- Lazy expressions

// A lazy expression is evaluated this many elements at a time (its rows in blocks, see
// expression_rows.hpp, and a reduction's elements into a buffer on the stack, see fold.hpp):
// long enough that the loop over them is vectorised and its set-up costs nothing, short enough
// for the buffer to stay in the first-level cache.
inline constexpr std::size_t row_block = 256;

// ---- Extremes (extremes_search.hpp)

// argmin, min, ptp and their kin fold a block of this many elements in SIMD registers, then
// read it again, from the first-level cache (4 KiB of doubles), only where it holds a new
// extreme: so rarely, for values in random order, that the search runs at memory's speed.
inline constexpr std::size_t extremes_search_block = 512;
// Independent 16-byte vectors folded a step: four hide the latency of the compare and select.
inline constexpr std::size_t extremes_search_vectors = 4;
// The column folds along axis 0 (column_folds.hpp) read and write a vector of columns' results
// once for this many rows.
inline constexpr std::size_t column_fold_rows = 4;

// ---- Reductions along axes

// A reduction along axis 0 of a matrix with rows of up to this many elements (np.var(a, axis=0)
// of 10^6 x 8) folds each row into its outputs' partials held in registers, fold_register_width
// at a time over a block of rows, rather than loading and storing every partial for every row:
// 8 partials of double fill four SSE registers. Longer rows keep the row by row loop, which
// reads memory in one stream and vectorises over the outputs.
inline constexpr std::size_t register_fold_max_row = 64;
inline constexpr std::size_t fold_register_width = 8;

// ---- Selection (median, percentile)

// A whole-array selection counts the keys of its candidates by digits of this many bits (the
// highest first): 2048 counters a chunk, 16 KiB, stay in the first-level cache.
inline constexpr unsigned radix_digit_bits = 11;
// Each counting pass keeps one histogram a chunk; the chunks of the call's plan are grouped into
// at most this many runs, so that the histograms take at most 4 MiB and their merge is short.
inline constexpr std::size_t max_selection_chunks = 256;
// Once the candidates left are at most 1/selection_gather_fraction of those read by the last
// pass, they are copied out (their keys) and the next passes read only them: the copies made
// never add up to more than a third of the input.
inline constexpr std::size_t selection_gather_fraction = 4;
// Up to this many candidates are finished by std::nth_element on the caller: a handful of
// passes over 32768 keys cost less than handing them to the pool.
inline constexpr std::size_t serial_selection_max = 4 * numpy_block_size;

// ---- Sorting (radix_sort.hpp)

// The radix sort's digit: 8 bits, 256 buckets a chunk. On 10^7 uniform doubles, one thread,
// 11-bit digits (6 passes instead of 8) took as long within the noise (0.33 of std::sort's time
// against 0.27-0.32), and so did gathering each bucket's elements a cache line at a time before
// writing them (2 to 3 times slower).
inline constexpr unsigned radix_sort_digit_bits = 8;
// A value sort's buckets of at most this many bytes are sorted by one thread within its cache:
// with their places in the other array, half of a 2 MiB second-level cache.
inline constexpr std::size_t radix_sort_cache_bytes = std::size_t{1} << 19;
// A value sort's buckets larger than 1/radix_sort_shared_bucket_fraction of its elements are
// split by a parallel pass; the others are work items, one thread each (16 of them at least
// keep 2 to 8 threads busy to the end).
inline constexpr std::size_t radix_sort_shared_bucket_fraction = 16;
// A radix sort counts and scatters in chunks fixed by n alone: about n / min_radix_sort_chunk
// of them, at most max_radix_sort_chunks (each keeps 256 counters a digit), so that their
// counts stay small beside the elements and a pool of up to 64 threads has work.
inline constexpr std::size_t min_radix_sort_chunk = std::size_t{1} << 15;
inline constexpr std::size_t max_radix_sort_chunks = 64;
// Up to this many elements a lane is sorted by insertion: a radix sort's counting costs more.
inline constexpr std::size_t insertion_sort_max = 32;
// A sort along an axis sorts its lanes one after another, each on the whole pool, when they are
// at least this long and fewer than two a thread; otherwise it shares the lanes among the
// threads, each lane sorted on one.
inline constexpr std::size_t min_pool_sorted_lane = std::size_t{1} << 16;

// ---- Chunking

// Below this many elements a call runs on the calling thread: handing work to another thread
// costs microseconds, more than a simple loop over this many elements.
inline constexpr std::size_t serial_grain = 4 * numpy_block_size;
// Enough chunks to balance load over many threads, few enough that claiming them costs nothing.
inline constexpr std::size_t max_automatic_chunks = 1024;
// Element-wise calls (whose results cannot depend on the chunks) cut automatic plans finer, to
// this many chunks a thread of at least smallest_elementwise_chunk elements (a multiple of 8:
// whole cache lines of doubles). Costly elements are often unevenly costly, and the last chunk
// to finish decides the call's time: a loop whose element i costs i steps took 1.08 times TBB's
// time in 8 chunks a thread, 1.03 in 32 (10^5 elements, 2 threads); cheap maps of 10^5-10^7
// doubles did not slow down measurably.
inline constexpr std::size_t chunks_per_thread = 32;
inline constexpr std::size_t smallest_elementwise_chunk = 1024;

// Element-wise calls of up to serial_grain elements with automatic chunks run on the calling
// thread, unless their elements are known to be costly: the whole would take longer than this
// on one thread. Then they go to the pool. A hand-off to waiting workers costs about a
// microsecond, to sleeping ones tens of microseconds.
inline constexpr std::chrono::nanoseconds share_work_above{20'000};
// What is known is the cost per element of the last timing of the same body (one algorithm with
// one function: a call site), timed on its first call and again every retime_interval calls
// on each thread, on the first 1/probe_fraction of the elements (at least one). Two clock reads
// cost about 50 ns on our virtual machine, as much as a loop over 10 cheap elements: timing
// every call would make short cheap loops several times slower.
inline constexpr std::size_t probe_fraction = 16;
inline constexpr unsigned retime_interval = 64;
// A short reduction of user code (parallel_reduce, parallel_transform_reduce) is cut into this
// many chunks (fewer when it has fewer elements), by its size alone, so that its bits do not
// depend on whether timing sends it to the pool: enough for 32 threads at 2 chunks each. Run
// on the caller, the chunks cost next to nothing: each partial is folded in as it comes.
inline constexpr std::size_t short_reduction_chunks = 64;

// A search that may stop early (parallel_any) looks at the other chunks' verdict this often.
inline constexpr std::size_t stop_check_interval = 1024;

// ---- Streaming stores

// Outputs at least this large are written with non-temporal (streaming) stores: they cannot
// stay in the last-level cache anyway, and a streaming store skips the read of each output
// line that an ordinary store does first (read for ownership), a third of the memory traffic
// of a map. Smaller outputs are written normally, so that a following call finds them cached.
inline constexpr std::size_t streaming_store_min_bytes = std::size_t{16} << 20;
// Streaming stores pay where memory bandwidth limits a map; where f is costly they only cost
// (a map of sin(x) exp(-x) over 10^7 doubles ran 4-10% slower with them, one thread). So the
// first elements of a call are written the usual way and timed: above this much per element,
// f is costly and the call keeps ordinary stores. A memory-bound map takes about 1 ns.
inline constexpr std::chrono::nanoseconds streaming_max_element_time{4};
inline constexpr std::size_t streaming_probe_elements = 1024;

// ---- The pool

// The most threads a pool may have (PARRAY_NUM_THREADS beyond it is an error).
inline constexpr std::size_t max_pool_threads = 4096;
// The most lanes a job deals its chunks into: the threads of a call beyond it share lanes.
inline constexpr std::size_t max_lanes = 32;
// A progress callback is called at most this often.
inline constexpr std::chrono::milliseconds progress_interval{100};
// How long a worker spins for the next call after finishing one, and a caller for its helpers
// to finish, before sleeping: a hand-off through a condition variable costs tens of
// microseconds on a virtual machine, a spin a fraction of one.
inline constexpr std::chrono::microseconds worker_spin_budget{50};
inline constexpr std::chrono::microseconds caller_spin_budget{200};
// Checks between two looks at the clock while spinning, and tries of a pool mutex before
// blocking on it.
inline constexpr int spin_pause_rounds = 64;
inline constexpr int lock_spin_attempts = 256;

} // namespace parray::detail
