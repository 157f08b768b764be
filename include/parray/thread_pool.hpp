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
#include <new>
#include <stdexcept>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#if defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
#include <intrin.h>
#endif
#if defined(__unix__) || defined(__APPLE__)
#include <pthread.h>
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

// Every live pool, so that a child made by fork() gets fresh ones: the parent's workers do not
// exist in the child, and its mutexes and condition variables may be held or waited on by them.
// Locked for the whole of a fork (pthread_atfork), and by a pool's constructor and destructor.
struct pool_registry {
    std::mutex mutex;
    std::vector<thread_pool*> pools;

    static pool_registry& instance();
};

} // namespace detail

/// The result of thread_pool::submit: a std::future<R> that knows its pool. get() and wait()
/// called from one of that pool's own workers (a task waiting for a task it submitted) run the
/// pool's queued tasks while they wait, so that such a wait can never deadlock the pool, even a
/// pool of one thread. From any other thread they wait as std::future's do. Converts to
/// std::future<R> (`std::future<int> f = pool.submit(...)`), which waits without helping.
template <class R>
class task_future {
public:
    task_future() noexcept = default;

    /// Waits for the result (see above) and returns it, or rethrows the task's exception.
    /// std::future_error when !valid(), and (no_state) after get().
    R get() {
        wait();
        return future_.get();
    }

    /// Waits until the result is ready, running queued tasks when called on the pool's worker.
    void wait() const;

    /// As std::future's: wait at most `timeout` (or until `deadline`), without running tasks.
    template <class Rep, class Period>
    std::future_status wait_for(const std::chrono::duration<Rep, Period>& timeout) const {
        return future_.wait_for(timeout);
    }
    template <class Clock, class Duration>
    std::future_status wait_until(const std::chrono::time_point<Clock, Duration>& deadline) const {
        return future_.wait_until(deadline);
    }

    /// Whether it refers to a result (false once get() has been called).
    bool valid() const noexcept { return future_.valid(); }

    /// A std::shared_future of the result (this one is then no longer valid()).
    std::shared_future<R> share() noexcept { return future_.share(); }

    /// The plain std::future of the result.
    operator std::future<R>() && noexcept { return std::move(future_); }

private:
    friend class thread_pool;
    task_future(std::future<R>&& future, thread_pool* pool) noexcept
        : future_(std::move(future)), pool_(pool) {}

    std::future<R> future_;
    thread_pool* pool_ = nullptr;
};

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
        num_threads_ = num_threads;
        // Registered before its workers start, under the registry's lock, so that a fork()
        // meanwhile sees either no pool or a whole one.
        detail::pool_registry& registry = detail::pool_registry::instance();
        std::lock_guard<std::mutex> registered(registry.mutex);
        try {
            start_workers();
            registry.pools.push_back(this);
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
    ~thread_pool() {
        {
            detail::pool_registry& registry = detail::pool_registry::instance();
            std::lock_guard<std::mutex> registered(registry.mutex);
            registry.pools.erase(std::find(registry.pools.begin(), registry.pools.end(), this));
        }
        stop_and_join();
    }

    /// The number of worker threads.
    std::size_t size() const noexcept { return num_threads_; }

    /// Queues `f(args...)` and returns a task_future of its result; an exception thrown by f is
    /// stored in it. Tasks run in FIFO order on the workers, also when submitted by a task: a
    /// chain of tasks each submitting the next runs one after another at the same stack depth,
    /// and tasks a task submits run at the same time on free workers. A task that waits for a
    /// task it submitted runs queued tasks meanwhile (task_future::wait), so it never deadlocks.
    /// Throws std::runtime_error once the pool's destructor has begun, unless called from one
    /// of its own tasks (those still run before the destructor returns).
    template <class F, class... Args>
    auto submit(F&& f, Args&&... args)
        -> task_future<std::invoke_result_t<std::decay_t<F>, std::decay_t<Args>...>> {
        using result_type = std::invoke_result_t<std::decay_t<F>, std::decay_t<Args>...>;
        std::packaged_task<result_type()> packaged(
            [f = std::forward<F>(f),
             arguments = std::make_tuple(std::forward<Args>(args)...)]() mutable -> result_type {
                return std::apply(std::move(f), std::move(arguments));
            });
        std::future<result_type> result = packaged.get_future();
        auto queued = std::make_unique<detail::task<decltype(packaged)>>(std::move(packaged));
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopping_ && detail::current_worker_pool != this) {
            throw std::runtime_error("parray::thread_pool::submit: the pool is shutting down");
        }
        restart_workers_after_fork_locked();
        tasks_.push_back(std::move(queued));
        // Posted and signalled before the lock is released: from then on a worker may run the
        // task, and the task may destroy this pool (see stop_and_join).
        work_posted_.fetch_add(1, std::memory_order_release);
        if (sleeping_workers_ > 0) {
            work_available_.notify_one();
        }
        if (helping_waiters_ > 0) {
            task_finished_.notify_all();
        }
        return task_future<result_type>(std::move(result), this);
    }

private:
    friend struct detail::pool_registry;
    template <class R>
    friend class task_future;

    void start_workers() {
        workers_.reserve(num_threads_);
        for (std::size_t i = 0; i < num_threads_; ++i) {
            workers_.emplace_back([this, i] { worker_loop(i); });
        }
    }

    // In a child made by fork(), the first use of the pool starts its workers (see
    // reset_in_forked_child). A relaxed load on every call otherwise.
    void restart_workers_after_fork_locked() {
        if (workers_lost_in_fork_.load(std::memory_order_relaxed)) {
            start_workers();
            workers_lost_in_fork_.store(false, std::memory_order_relaxed);
        }
    }

    void restart_workers_after_fork() {
        if (workers_lost_in_fork_.load(std::memory_order_relaxed)) {
            std::lock_guard<std::mutex> lock(mutex_);
            restart_workers_after_fork_locked();
        }
    }

    // Runs queued tasks on this worker until ready() (a future's result is set), sleeping when
    // there are none until a task finishes or is queued.
    template <class Ready>
    void run_tasks_until(Ready ready) {
        std::unique_lock<std::mutex> lock(mutex_);
        while (!ready()) {
            if (!tasks_.empty()) {
                std::unique_ptr<detail::task_base> next = std::move(tasks_.front());
                tasks_.pop_front();
                lock.unlock();
                next->run();
                if (detail::current_worker_pool != this) {
                    return; // the task destroyed this pool: touch nothing
                }
                next.reset();
                lock.lock();
                if (helping_waiters_ > 0) {
                    task_finished_.notify_all();
                }
                continue;
            }
            ++helping_waiters_;
            task_finished_.wait(lock);
            --helping_waiters_;
        }
    }

    // Called in the child of a fork, on its only thread, with every registered pool's mutex held
    // since the fork began (pool_registry's handlers). The parent's workers, calls in progress and
    // queued tasks are not the child's: its pool starts empty, with new workers on first use.
    // Nothing that the parent's threads may have held or waited on is touched, only made anew.
    void reset_in_forked_child() noexcept {
        // Their threads are gone; destroying a joinable std::thread would terminate.
        static_cast<void>(new std::vector<std::thread>(std::move(workers_)));
        workers_ = std::vector<std::thread>();
        new (&work_available_) std::condition_variable();
        new (&job_left_) std::condition_variable();
        new (&task_finished_) std::condition_variable();
        jobs_.clear();
        sleeping_workers_ = 0;
        helping_waiters_ = 0;
        spinning_workers_.store(0, std::memory_order_relaxed);
        waiting_callers_.store(0, std::memory_order_relaxed);
        workers_lost_in_fork_.store(true, std::memory_order_relaxed);
        // Tasks queued in the parent are dropped: a child waiting for one gets
        // std::future_error (broken_promise) rather than running the parent's work twice.
        std::deque<std::unique_ptr<detail::task_base>> dropped = std::move(tasks_);
        tasks_.clear();
        new (&mutex_) std::mutex();
        dropped.clear();
    }

    friend void detail::run_job(thread_pool& pool, detail::job& parallel_job,
                                detail::progress_reporter* reporter);

    // At most size() threads work on one call: its caller and size() - 1 workers. One more would
    // only share the cores with the caller (one worker per CPU plus the caller are
    // one thread per core too many) and pay for context switches.
    std::size_t max_helpers() const noexcept { return num_threads_ - 1; }

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
                if (helping_waiters_ > 0) {
                    task_finished_.notify_all();
                }
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
    std::size_t num_threads_ = 0;
    mutable std::mutex mutex_;
    std::condition_variable work_available_;
    std::condition_variable job_left_;
    std::condition_variable task_finished_; // a task finished or was queued: for helping_waiters_
    std::size_t helping_waiters_ = 0;       // workers in task_future::wait, with nothing to run
    std::atomic<bool> workers_lost_in_fork_{false};
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
    pool.restart_workers_after_fork();
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
        // Absent only in the child of a fork() made by this call's own body (the child's pool
        // starts without the parent's calls).
        const auto listed = std::find(pool.jobs_.begin(), pool.jobs_.end(), &parallel_job);
        if (listed != pool.jobs_.end()) {
            pool.jobs_.erase(listed);
        }
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

inline pool_registry& pool_registry::instance() {
    // Never destroyed, as default_pool: pools may be made and destroyed during static destruction.
    static pool_registry* const registry = [] {
        auto* made = new pool_registry();
#if defined(__unix__) || defined(__APPLE__)
        // Before fork: no pool is mid-change (every pool's lock held). After it, the parent
        // lets go; the child resets every pool, which then starts new workers on first use.
        const auto prepare = [] {
            pool_registry& r = instance();
            r.mutex.lock();
            for (thread_pool* pool : r.pools) {
                pool->mutex_.lock();
            }
        };
        const auto parent = [] {
            pool_registry& r = instance();
            for (thread_pool* pool : r.pools) {
                pool->mutex_.unlock();
            }
            r.mutex.unlock();
        };
        const auto child = [] {
            pool_registry& r = instance();
            for (thread_pool* pool : r.pools) {
                pool->reset_in_forked_child();
            }
            // The forking thread's own role in the parent, if it was a worker, is not its role
            // here: it is the child's main thread, with no pool of its own.
            current_worker_pool = nullptr;
            new (&r.mutex) std::mutex();
        };
        ::pthread_atfork(+prepare, +parent, +child);
#endif
        return made;
    }();
    return *registry;
}

} // namespace detail

template <class R>
void task_future<R>::wait() const {
    if (pool_ != nullptr && future_.valid() && detail::current_worker_pool == pool_) {
        pool_->run_tasks_until([this] {
            return future_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
        });
    }
    future_.wait();
}

/// The process-wide pool used by parallel calls without options::pool(), made on first use.
/// Its size is PARRAY_NUM_THREADS when that environment variable is set, else the number of CPUs
/// this process may use (as thread_pool()). Throws std::invalid_argument, naming the variable and
/// its value, when PARRAY_NUM_THREADS is not a positive integer (at most 4096). Never destroyed:
/// parallel calls from static destructors and from threads still running after main returns
/// work; tasks submitted to it and not waited for may not run before the process ends.
thread_pool& default_pool();

} // namespace parray

#include "detail/default_pool.hpp"
