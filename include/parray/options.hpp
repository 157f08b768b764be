// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <utility>

namespace parray {

class thread_pool;

/// Thrown by a parallel call whose options::stop_when flag was set before all of its chunks had
/// started: the chunks not started were skipped, so the call has no complete result. The pool
/// is left as usable as before.
class cancelled : public std::runtime_error {
public:
    cancelled() : std::runtime_error("parray: the call was cancelled by its stop_when flag") {}
};

/// What options::on_progress calls: callback(done, total), counted in chunks.
using progress_callback = std::function<void(std::size_t done, std::size_t total)>;

/// The optional last argument of every parallel call, built fluently:
///     parray::parallel_sum(a, parray::options{}.pool(my_pool).num_chunks(8));
/// chunk_size(k) asks for chunks of k items (the last may be shorter); num_chunks(c) asks for
/// min(c, n) chunks of near-equal size. 0 means "automatic", the default; setting both to
/// non-zero values is an error reported by the parallel call (std::invalid_argument).
/// A setter called on a named options changes it and returns a reference to it; called on a
/// temporary (`options{}.num_chunks(8)`), it returns the changed options by value, so that
/// `const auto& o = options{}.num_chunks(8);` keeps them alive instead of dangling.
class options {
public:
    /// Runs the call on `pool` instead of parray::default_pool(). The pool must outlive the call.
    options& pool(thread_pool& pool) & noexcept {
        pool_ = &pool;
        return *this;
    }
    options pool(thread_pool& pool) && noexcept { return std::move(this->pool(pool)); }
    /// Chunks of `items` items each (for parallel_map_chunks, entries along axis 0); 0: automatic.
    options& chunk_size(std::size_t items) & noexcept {
        chunk_size_ = items;
        return *this;
    }
    options chunk_size(std::size_t items) && noexcept { return std::move(chunk_size(items)); }
    /// `count` chunks of near-equal size (fewer when there are fewer items); 0: automatic.
    options& num_chunks(std::size_t count) & noexcept {
        num_chunks_ = count;
        return *this;
    }
    options num_chunks(std::size_t count) && noexcept { return std::move(num_chunks(count)); }

    /// Calls callback(done, total) (in chunks) on the calling thread while the call runs, at
    /// most every 100 ms, and once at the end (also when the call fails or is cancelled, then
    /// with done < total). An exception from the callback ends the call like one from f, and
    /// the callback is not called again.
    options& on_progress(progress_callback callback) & {
        progress_ = std::move(callback);
        return *this;
    }
    options on_progress(progress_callback callback) && {
        return std::move(on_progress(std::move(callback)));
    }
    /// Watches `flag` (which must outlive the call): once it is true, chunks not yet started are
    /// skipped and the call throws parray::cancelled. A call started with it set runs nothing.
    /// A temporary flag does not compile: it would be gone before the call.
    options& stop_when(const std::atomic<bool>& flag) & noexcept {
        stop_flag_ = &flag;
        return *this;
    }
    options stop_when(const std::atomic<bool>& flag) && noexcept {
        return std::move(stop_when(flag));
    }
    void stop_when(const std::atomic<bool>&&) = delete;

    /// The pool set with pool(p), or nullptr for the default pool.
    thread_pool* pool() const noexcept { return pool_; }
    std::size_t chunk_size() const noexcept { return chunk_size_; }
    std::size_t num_chunks() const noexcept { return num_chunks_; }
    /// The callback set with on_progress, empty when none.
    const progress_callback& progress() const noexcept { return progress_; }
    /// The flag set with stop_when, or nullptr.
    const std::atomic<bool>* stop_flag() const noexcept { return stop_flag_; }
    /// Whether the call must report progress or watch a stop flag: such calls take no shortcut
    /// around the chunk machinery, even with one chunk or none.
    bool is_watched() const noexcept { return stop_flag_ != nullptr || bool(progress_); }

private:
    thread_pool* pool_ = nullptr;
    std::size_t chunk_size_ = 0;
    std::size_t num_chunks_ = 0;
    progress_callback progress_;
    const std::atomic<bool>* stop_flag_ = nullptr;
};

namespace detail {

// The options of a helper call made on behalf of `opts`: its pool, nothing else (its chunks
// are the helper's own, and progress and stop flag belong to the outer call).
inline options pool_only(const options& opts) {
    options helper;
    if (opts.pool() != nullptr) {
        helper.pool(*opts.pool());
    }
    return helper;
}

} // namespace detail

} // namespace parray
