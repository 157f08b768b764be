// SPDX-License-Identifier: BSD-3-Clause
// A long map with a progress bar, as Python users get from tqdm over Pool.imap, that Ctrl-C
// stops cleanly: the chunks already running finish, the others are skipped, and the call
// throws parray::cancelled.
//     progress_bar [elements]      (default 20,000,000: a few seconds on two cores)
#include <parray/parray.hpp>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// Set by Ctrl-C. A lock-free atomic may be written from a signal handler.
std::atomic<bool> stop_requested{false};

extern "C" void on_interrupt(int) {
    stop_requested.store(true);
}

// Some work per element: 64 steps of the logistic map from x.
double slow_function(double x) {
    double y = 0.25 + 0.5 * x;
    for (int step = 0; step < 64; ++step) {
        y = 3.7 * y * (1.0 - y);
    }
    return y;
}

void draw_bar(std::size_t done, std::size_t total) {
    constexpr std::size_t width = 40;
    const std::size_t filled = total == 0 ? width : done * width / total;
    std::printf("\r[%s%s] %3zu%% %zu/%zu chunks", std::string(filled, '#').c_str(),
                std::string(width - filled, '.').c_str(), total == 0 ? 100 : done * 100 / total,
                done, total);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t elements = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 20'000'000;
    std::signal(SIGINT, on_interrupt);
    static_assert(std::atomic<bool>::is_always_lock_free);

    const auto x = parray::random::RandomState(7).random_sample({elements});
    // 200 chunks: the bar moves in steps of 0.5%, and a stop waits for one chunk per thread.
    const auto opts =
        parray::options{}.num_chunks(200).on_progress(draw_bar).stop_when(stop_requested);
    try {
        const auto y = parray::parallel_map(x, slow_function, opts);
        std::printf("\ndone: mean of f(x) over %zu elements = %.6f\n", elements,
                    parray::parallel_mean(y));
        return EXIT_SUCCESS;
    } catch (const parray::cancelled&) {
        std::printf("\nstopped by Ctrl-C: the chunks not started were skipped\n");
        return 130; // what a shell reports for a program ended by SIGINT
    }
}
