// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>

namespace parray::detail {

// The chunks of one parallel call. Whoever joins (the caller, or a pool worker) claims chunk
// indices with one fetch_add each, so the hot path of a large call takes no lock. The job lives
// on the caller's stack; thread_pool guarantees no worker touches it after run_job returns.
class job {
public:
    using run_chunk_function = void (*)(void* context, std::size_t chunk_index);

    job(std::size_t num_chunks, run_chunk_function run_chunk, void* context) noexcept
        : num_chunks_(num_chunks), run_chunk_(run_chunk), context_(context) {}

    job(const job&) = delete;
    job& operator=(const job&) = delete;

    // Runs chunks until none is left to claim. The first exception is kept for the caller;
    // after it, chunks not yet started are skipped.
    void work() noexcept {
        for (;;) {
            const std::size_t index = next_chunk_.fetch_add(1, std::memory_order_relaxed);
            if (index >= num_chunks_) {
                return;
            }
            try {
                run_chunk_(context_, index);
            } catch (...) {
                if (!failed_.exchange(true, std::memory_order_acq_rel)) {
                    error_ = std::current_exception();
                }
                // Nobody claims another chunk; the few fetch_adds past the end are harmless.
                next_chunk_.store(num_chunks_, std::memory_order_relaxed);
                return;
            }
        }
    }

    bool has_unclaimed_chunks() const noexcept {
        return next_chunk_.load(std::memory_order_relaxed) < num_chunks_;
    }

    std::size_t num_chunks() const noexcept { return num_chunks_; }

    // Called by the caller once every worker has left the job.
    void rethrow_if_failed() const {
        if (error_) {
            std::rethrow_exception(error_);
        }
    }

    // Pool workers currently inside work(); owned by thread_pool.
    std::atomic<std::size_t> active_workers{0};

private:
    std::atomic<std::size_t> next_chunk_{0};
    const std::size_t num_chunks_;
    const run_chunk_function run_chunk_;
    void* const context_;
    std::atomic<bool> failed_{false};
    std::exception_ptr error_;
};

} // namespace parray::detail
