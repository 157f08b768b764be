// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#if defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
#include <intrin.h>
#endif

#include "detail/constants.hpp"
#include "detail/cpu_count.hpp"
#include "detail/job.hpp"

namespace parray {

class thread_pool;

namespace detail {

void run_job(thread_pool& pool, job& parallel_job, progress_reporter* reporter = nullptr);

// One pause instruction. GCC's and clang's builtin, not <immintrin.h>: that header alone is
// 45,000 lines, more than half of what a program including parray.hpp used to parse.
inline void cpu_relax() noexcept {
#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
    __builtin_ia32_pause();
#elif (defined(__GNUC__) || defined(__clang__)) && defined(__aarch64__)
    __asm__ __volatile__("yield");
#elif defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
    _mm_pause();
#else
    std::this_thread::yield();
#endif
}

// Waits for `done()` by spinning for at most `budget`, yielding the CPU between checks after a
// short while: a hand-off through a condition variable costs tens of microseconds on a virtual
// machine, a spin a fraction of one. Returns whether `done()` became true; the caller then
// sleeps, so an idle thread never burns more than `budget` of CPU.
template <class Predicate>
bool spin_until(Predicate done, std::chrono::microseconds budget) {
    for (int i = 0; i < spin_pause_rounds; ++i) {
        if (done()) {
            return true;
        }
        cpu_relax();
    }
    const auto deadline = std::chrono::steady_clock::now() + budget;
    while (std::chrono::steady_clock::now() < deadline) {
        for (int i = 0; i < spin_pause_rounds; ++i) {
            if (done()) {
                return true;
            }
            cpu_relax();
        }
        std::this_thread::yield();
    }
    return done();
}

// Locks `mutex`, first trying for a few microseconds without sleeping. The pool's critical
// sections last well under a microsecond, but a contended std::mutex puts the thread to sleep at
// once, and the wake-up costs tens of microseconds on a virtual machine; the caller and a
// worker often take the lock at the same moment, at the start and the end of a call.
inline void lock_spinning(std::mutex& mutex) {
    for (int i = 0; i < lock_spin_attempts; ++i) {
        if (mutex.try_lock()) {
            return;
        }
        cpu_relax();
    }
    mutex.lock();
}

// lock_spinning for a unique_lock that owns nothing at the moment.
inline void relock_spinning(std::unique_lock<std::mutex>& lock) {
    std::mutex& mutex = *lock.release();
    lock_spinning(mutex);
    lock = std::unique_lock<std::mutex>(mutex, std::adopt_lock);
}

// A type-erased, move-only task for submit(); std::function would demand a copyable callable.
struct task_base {
    virtual ~task_base() = default;
    virtual void run() = 0;
};

template <class Callable>
struct task final : task_base {
    explicit task(Callable&& callable) : callable_(std::move(callable)) {}
    void run() override { callable_(); }
    Callable callable_;
};

inline thread_local const thread_pool* current_worker_pool = nullptr;

} // namespace detail

/// A fixed-size pool of std::thread workers. Serves two kinds of work: tasks given to submit(),
/// run in FIFO order, and the chunks of parallel_* calls, which the calling thread helps run:
/// a call on a pool of size() threads runs on at most size() threads, its caller and up to
/// size() - 1 workers (so a pool of one runs a call on its caller alone). Idle workers spin for a
/// few tens of microseconds, then sleep on a condition variable: an idle pool burns no CPU. Not
/// copyable, not movable (workers hold its address).
class thread_pool {
public:
    /// Starts one worker per CPU this process may use: std::thread::hardware_concurrency()
    /// (1 when unknown) capped by the CPU affinity mask (taskset, Slurm) and by a cgroup CPU
    /// quota (containers' cpu.max), so that `taskset -c 0 ./app` gets a pool of 1.
    thread_pool() : thread_pool(detail::available_cpus()) {}

    /// Starts `num_threads` workers. Throws std::invalid_argument when num_threads is 0, and
    /// std::system_error when a thread cannot be started (the ones started are joined first).
    explicit thread_pool(std::size_t num_threads) {
        if (num_threads == 0) {
            throw std::invalid_argument("parray::thread_pool: the number of threads must be at "
                                        "least 1, got 0");
        }
        // Spinning workers wait for the next call without sleeping; more of them than the CPUs
        // left beside the caller would take CPU time from the caller (and from each other).
        max_spinning_ =
            std::max<std::size_t>(1, std::min(num_threads - 1, detail::available_cpus() - 1));
        workers_.reserve(num_threads);
        try {
            for (std::size_t i = 0; i < num_threads; ++i) {
                workers_.emplace_back([this, i] { worker_loop(i); });
            }
        } catch (...) {
            stop_and_join();
            throw;
        }
    }

    thread_pool(const thread_pool&) = delete;
    thread_pool& operator=(const thread_pool&) = delete;
    thread_pool(thread_pool&&) = delete;
    thread_pool& operator=(thread_pool&&) = delete;

    /// Runs every task already submitted, then joins the workers.
    ~thread_pool() { stop_and_join(); }

    /// The number of worker threads.
    std::size_t size() const noexcept { return workers_.size(); }

    /// Queues `f(args...)` and returns a std::future of its result; an exception thrown by f is
    /// stored in the future. Called from one of this pool's own workers, f runs at once on that
    /// worker instead, so a task that waits for what it submits can never deadlock the pool.
    template <class F, class... Args>
    auto submit(F&& f, Args&&... args)
        -> std::future<std::invoke_result_t<std::decay_t<F>, std::decay_t<Args>...>> {
        using result_type = std::invoke_result_t<std::decay_t<F>, std::decay_t<Args>...>;
        std::packaged_task<result_type()> packaged(
            [f = std::forward<F>(f),
             arguments = std::make_tuple(std::forward<Args>(args)...)]() mutable -> result_type {
                return std::apply(std::move(f), std::move(arguments));
            });
        std::future<result_type> result = packaged.get_future();
        if (detail::current_worker_pool == this) {
            packaged();
            return result;
        }
        auto queued = std::make_unique<detail::task<decltype(packaged)>>(std::move(packaged));
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopping_) {
            throw std::runtime_error("parray::thread_pool::submit: the pool is shutting down");
        }
        tasks_.push_back(std::move(queued));
        // Posted and signalled before the lock is released: from then on a worker may run the
        // task, and the task may destroy this pool (see stop_and_join).
        work_posted_.fetch_add(1, std::memory_order_release);
        if (sleeping_workers_ > 0) {
            work_available_.notify_one();
        }
        return result;
    }

private:
    friend void detail::run_job(thread_pool& pool, detail::job& parallel_job,
                                detail::progress_reporter* reporter);

    // At most size() threads work on one call: its caller and size() - 1 workers. One more would
    // only share the cores with the caller (one worker per CPU plus the caller are
    // one thread per core too many) and pay for context switches.
    std::size_t max_helpers() const noexcept { return workers_.size() - 1; }

    detail::job* find_open_job_locked() const noexcept {
        for (detail::job* candidate : jobs_) {
            // active_workers only grows under mutex_, so this bound holds exactly.
            if (candidate->has_unclaimed_chunks() &&
                candidate->active_workers.load(std::memory_order_relaxed) < max_helpers()) {
                return candidate;
            }
        }
        return nullptr;
    }

    bool has_work_locked() const noexcept {
        return !tasks_.empty() || find_open_job_locked() != nullptr;
    }

    // Worker `index` starts on lane 1 + index % (lanes - 1) of a job: the lanes after the
    // caller's, the same one call after call.
    void worker_loop(std::size_t index) {
        detail::current_worker_pool = this;
        std::unique_lock<std::mutex> lock(mutex_);
        bool counted_spinning = false; // whether this worker is in spinning_workers_
        const auto stop_counting = [&] {
            if (counted_spinning) {
                spinning_workers_.fetch_sub(1, std::memory_order_relaxed);
                counted_spinning = false;
            }
        };
        // Done with a job or task, about to look for more: counted as spinning from now on, so
        // that a call posted meanwhile does not wake a sleeping worker for nothing (which then
        // found the call taken, and the two workers took turns sleeping, a wake-up per call).
        const auto start_counting = [&] {
            if (!counted_spinning &&
                spinning_workers_.load(std::memory_order_relaxed) < max_spinning_) {
                spinning_workers_.fetch_add(1, std::memory_order_relaxed);
                counted_spinning = true;
            }
        };
        for (;;) {
            if (detail::job* open_job = find_open_job_locked()) {
                stop_counting();
                open_job->active_workers.fetch_add(1, std::memory_order_relaxed);
                lock.unlock();
                const std::size_t lanes = open_job->num_lanes();
                open_job->work(nullptr, lanes > 1 ? 1 + index % (lanes - 1) : 0);
                start_counting();
                leave_job(*open_job);
                detail::relock_spinning(lock);
                continue;
            }
            if (!tasks_.empty()) {
                stop_counting();
                std::unique_ptr<detail::task_base> next = std::move(tasks_.front());
                tasks_.pop_front();
                lock.unlock();
                next->run(); // a packaged_task: exceptions go to its future
                if (detail::current_worker_pool != this) {
                    return; // the task destroyed this pool (see stop_and_join): touch nothing
                }
                next.reset();
                start_counting();
                detail::relock_spinning(lock);
                continue;
            }
            if (stopping_) {
                stop_counting();
                return;
            }
            // Nothing to do: watch for new work without the lock for a moment (unless enough
            // workers do already), then sleep. Leaving the count happens under the lock, where
            // callers read it, so a caller either sees this worker asleep or its work seen.
            start_counting();
            if (counted_spinning) {
                const std::size_t posted = work_posted_.load(std::memory_order_acquire);
                lock.unlock();
                const bool posted_more = detail::spin_until(
                    [&] { return work_posted_.load(std::memory_order_acquire) != posted; },
                    detail::worker_spin_budget);
                detail::relock_spinning(lock);
                // New work that others took first (a short call's caller often runs all of
                // it) is a reason to keep watching, not to sleep: the next call would have to
                // wake this worker through the condition variable.
                if (posted_more || has_work_locked()) {
                    continue;
                }
                stop_counting();
            }
            ++sleeping_workers_;
            work_available_.wait(lock, [this] { return stopping_ || has_work_locked(); });
            --sleeping_workers_;
        }
    }

    // The last touch of `parallel_job` by a worker: once active_workers reaches 0 the caller may
    // return and destroy it, so only the pool's own members are used afterwards.
    void leave_job(detail::job& parallel_job) {
        parallel_job.active_workers.fetch_sub(1, std::memory_order_seq_cst);
        if (waiting_callers_.load(std::memory_order_seq_cst) > 0) {
            { std::lock_guard<std::mutex> lock(mutex_); }
            job_left_.notify_all();
        }
    }

    void stop_and_join() noexcept {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
        }
        work_available_.notify_all();
        for (std::thread& worker : workers_) {
            if (!worker.joinable()) {
                continue;
            }
            if (worker.get_id() == std::this_thread::get_id()) {
                // Destroyed by one of its own workers (a task that deletes its pool, or
                // std::exit from a task running static destructors): joining itself would
                // throw std::system_error out of a noexcept destructor, std::terminate. That
                // worker is let go instead; it ends when its task returns (worker_loop).
                detail::current_worker_pool = nullptr;
                worker.detach();
            } else {
                worker.join();
            }
        }
    }

    std::vector<std::thread> workers_;
    mutable std::mutex mutex_;
    std::condition_variable work_available_;
    std::condition_variable job_left_;
    std::deque<std::unique_ptr<detail::task_base>> tasks_;
    std::vector<detail::job*> jobs_; // parallel calls in progress, oldest first
    std::size_t sleeping_workers_ = 0;
    // Workers watching work_posted_ or about to look for work (about max_spinning_ at most).
    std::atomic<std::size_t> spinning_workers_{0};
    std::size_t max_spinning_ = 1;
    bool stopping_ = false;
    std::atomic<std::size_t> work_posted_{0};
    std::atomic<std::size_t> waiting_callers_{0};
};

namespace detail {

// Runs every chunk of `parallel_job`, on the calling thread and on whichever workers of `pool`
// join, and returns once all have finished. The caller only ever runs chunks of its own job,
// so a caller holding a lock is never re-entered by unrelated work, and a call from inside a
// worker (a nested parallel call) completes even when every other worker is busy.
inline void run_job(thread_pool& pool, job& parallel_job, progress_reporter* reporter) {
    const std::size_t helpers_wanted = std::min(parallel_job.num_chunks() - 1, pool.max_helpers());
    if (helpers_wanted == 0) {
        // A pool of one runs calls on their caller alone: its worker is left undisturbed.
        parallel_job.work(reporter);
        parallel_job.finish(reporter);
        return;
    }
    parallel_job.split_into_lanes(helpers_wanted + 1);
    std::size_t to_wake = 0;
    {
        detail::lock_spinning(pool.mutex_);
        std::lock_guard<std::mutex> lock(pool.mutex_, std::adopt_lock);
        pool.jobs_.push_back(&parallel_job);
        // Spinning workers see work_posted_ change; sleeping ones are woken only as needed.
        const std::size_t spinning = pool.spinning_workers_.load(std::memory_order_relaxed);
        to_wake = helpers_wanted > spinning
                      ? std::min(helpers_wanted - spinning, pool.sleeping_workers_)
                      : 0;
    }
    pool.work_posted_.fetch_add(1, std::memory_order_release);
    if (to_wake >= pool.size()) {
        pool.work_available_.notify_all();
    } else {
        for (std::size_t i = 0; i < to_wake; ++i) {
            pool.work_available_.notify_one();
        }
    }

    parallel_job.work(reporter);

    {
        // After this, no worker can join: the ones inside are all that remain to wait for.
        detail::lock_spinning(pool.mutex_);
        std::lock_guard<std::mutex> lock(pool.mutex_, std::adopt_lock);
        pool.jobs_.erase(std::find(pool.jobs_.begin(), pool.jobs_.end(), &parallel_job));
    }
    const auto workers_gone = [&] {
        return parallel_job.active_workers.load(std::memory_order_seq_cst) == 0;
    };
    if (!spin_until(workers_gone, caller_spin_budget)) {
        pool.waiting_callers_.fetch_add(1, std::memory_order_seq_cst);
        {
            std::unique_lock<std::mutex> lock(pool.mutex_);
            if (reporter == nullptr) {
                pool.job_left_.wait(lock, workers_gone);
            } else {
                // Wake up when a report is due, to report the workers' progress meanwhile.
                while (!pool.job_left_.wait_for(lock, reporter->time_to_next(), workers_gone)) {
                    lock.unlock();
                    try {
                        reporter->report_if_due(parallel_job.finished());
                    } catch (...) {
                        parallel_job.record_error(std::current_exception());
                    }
                    lock.lock();
                }
            }
        }
        pool.waiting_callers_.fetch_sub(1, std::memory_order_relaxed);
    }
    parallel_job.finish(reporter);
}

} // namespace detail

/// The process-wide pool used by parallel calls without options::pool(), made on first use.
/// Its size is PARRAY_NUM_THREADS when that environment variable is set, else the number of CPUs
/// this process may use (as thread_pool()). Throws std::invalid_argument, naming the variable and
/// its value, when PARRAY_NUM_THREADS is not a positive integer (at most 4096). Never destroyed:
/// parallel calls from static destructors and from threads still running after main returns
/// work; tasks submitted to it and not waited for may not run before the process ends.
thread_pool& default_pool();

} // namespace parray

#include "detail/default_pool.hpp"
