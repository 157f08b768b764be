// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <exception>

#include "../options.hpp"

namespace parray::detail {

// Calls an options::on_progress callback on the calling thread: at most every 100 ms while the
// call runs (the first time 100 ms after it started), and once at the end.
class progress_reporter {
public:
    static constexpr std::chrono::milliseconds interval{100};

    progress_reporter(const progress_callback& callback, std::size_t total)
        : callback_(callback), total_(total), last_(std::chrono::steady_clock::now()) {}

    // Time until the next report is due (zero when it is).
    std::chrono::steady_clock::duration time_to_next() const {
        const auto next = last_ + interval;
        const auto now = std::chrono::steady_clock::now();
        return next > now ? next - now : std::chrono::steady_clock::duration::zero();
    }

    void report_if_due(std::size_t done) {
        const auto now = std::chrono::steady_clock::now();
        if (now - last_ >= interval) {
            last_ = now;
            callback_(done, total_);
        }
    }

    void report_end(std::size_t done) { callback_(done, total_); }

private:
    const progress_callback& callback_;
    std::size_t total_;
    std::chrono::steady_clock::time_point last_;
};

// The chunks of one parallel call. Whoever joins (the caller, or a pool worker) claims chunk
// indices with one fetch_add each, so the hot path of a large call takes no lock. The job lives
// on the caller's stack; thread_pool guarantees no worker touches it after run_job returns.
class job {
public:
    using run_chunk_function = void (*)(void* context, std::size_t chunk_index);

    job(std::size_t num_chunks, run_chunk_function run_chunk, void* context,
        const std::atomic<bool>* stop_flag = nullptr, bool counts_finished = false) noexcept
        : num_chunks_(num_chunks), run_chunk_(run_chunk), context_(context), stop_flag_(stop_flag),
          counts_finished_(counts_finished) {}

    job(const job&) = delete;
    job& operator=(const job&) = delete;

    // Runs chunks until none is left to claim. The first exception is kept for the caller;
    // after it, or once the stop flag is seen set, chunks not yet started are skipped. The
    // caller passes its progress reporter, called between the chunks it runs.
    void work(progress_reporter* reporter = nullptr) noexcept {
        for (;;) {
            if (stop_flag_ != nullptr && stop_flag_->load(std::memory_order_relaxed)) {
                if (has_unclaimed_chunks()) {
                    cancelled_.store(true, std::memory_order_relaxed);
                }
                close();
                return;
            }
            const std::size_t index = next_chunk_.fetch_add(1, std::memory_order_relaxed);
            if (index >= num_chunks_) {
                return;
            }
            try {
                run_chunk_(context_, index);
                if (counts_finished_) {
                    // Only for progress reports: a shared counter costs a contended cache line.
                    finished_.fetch_add(1, std::memory_order_relaxed);
                }
                if (reporter != nullptr) {
                    reporter->report_if_due(finished());
                }
            } catch (...) {
                record_error(std::current_exception());
                return;
            }
        }
    }

    // Keeps the first error and stops further chunks from being claimed.
    void record_error(std::exception_ptr error) noexcept {
        if (!failed_.exchange(true, std::memory_order_acq_rel)) {
            error_ = std::move(error);
        }
        close();
    }

    bool has_unclaimed_chunks() const noexcept {
        return next_chunk_.load(std::memory_order_relaxed) < num_chunks_;
    }

    std::size_t num_chunks() const noexcept { return num_chunks_; }

    // Chunks run to completion so far (counted only when the job was made with counts_finished).
    std::size_t finished() const noexcept { return finished_.load(std::memory_order_relaxed); }

    // Called by the caller once every worker has left the job: makes the final progress report
    // (its exception counts as the job's), then rethrows as rethrow_if_failed does.
    void finish(progress_reporter* reporter) {
        if (reporter != nullptr) {
            try {
                reporter->report_end(finished());
            } catch (...) {
                record_error(std::current_exception());
            }
        }
        rethrow_if_failed();
    }

    // Rethrows the first exception of a chunk (or of the progress callback), else throws
    // parray::cancelled if chunks were skipped because of the stop flag.
    void rethrow_if_failed() const {
        if (error_) {
            std::rethrow_exception(error_);
        }
        if (cancelled_.load(std::memory_order_relaxed)) {
            throw cancelled();
        }
    }

    // Pool workers currently inside work(); owned by thread_pool.
    std::atomic<std::size_t> active_workers{0};

private:
    // Nobody claims another chunk; the few fetch_adds past the end are harmless.
    void close() noexcept { next_chunk_.store(num_chunks_, std::memory_order_relaxed); }

    std::atomic<std::size_t> next_chunk_{0};
    std::atomic<std::size_t> finished_{0};
    const std::size_t num_chunks_;
    const run_chunk_function run_chunk_;
    void* const context_;
    const std::atomic<bool>* const stop_flag_;
    const bool counts_finished_;
    std::atomic<bool> failed_{false};
    std::atomic<bool> cancelled_{false};
    std::exception_ptr error_;
};

} // namespace parray::detail
