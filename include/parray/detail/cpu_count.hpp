// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>

#if defined(__linux__)
#include <sched.h>
#endif

namespace parray::detail {

// The CPUs a quota allows: ceil(quota / period), 0 for "no limit" (a non-positive value).
inline std::size_t quota_cpus(std::int64_t quota, std::int64_t period) noexcept {
    if (quota <= 0 || period <= 0) {
        return 0;
    }
    return static_cast<std::size_t>((quota + period - 1) / period);
}

// Parses one whole decimal integer, possibly negative; false if the text is anything else.
inline bool parse_integer(std::string_view text, std::int64_t& value) noexcept {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.remove_suffix(1);
    }
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return !text.empty() && error == std::errc() && end == text.data() + text.size();
}

// cgroup v2's cpu.max: "max 100000" (no limit: 0) or "<quota> <period>" (ceil(quota / period)).
inline std::size_t parse_cgroup_cpu_max(std::string_view text) noexcept {
    const std::size_t space = text.find(' ');
    if (space == std::string_view::npos) {
        return 0;
    }
    std::int64_t quota = 0;
    std::int64_t period = 0;
    if (!parse_integer(text.substr(0, space), quota) ||
        !parse_integer(text.substr(space + 1), period)) {
        return 0; // "max", or something this code does not know: no limit
    }
    return quota_cpus(quota, period);
}

#if defined(__linux__)

// The whole of a small file, or "" when it cannot be read. <cstdio>, not <fstream>: the
// streams would double the cost of parsing this header.
inline std::string read_small_file(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "r");
    if (file == nullptr) {
        return std::string();
    }
    std::string text;
    char buffer[4096];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, file)) > 0;) {
        text.append(buffer, got);
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    return failed ? std::string() : text;
}

// The smaller of two CPU limits, 0 meaning "none".
inline std::size_t tighter_limit(std::size_t a, std::size_t b) noexcept {
    return a == 0 ? b : (b == 0 ? a : std::min(a, b));
}

// The tightest CPU quota on this process's cgroup or its ancestors, cgroup v2 (cpu.max) or v1
// (cpu.cfs_quota_us / cpu.cfs_period_us); 0 when there is none or it cannot be read.
inline std::size_t cgroup_cpu_limit() {
    const std::string lines = read_small_file("/proc/self/cgroup");
    std::size_t limit = 0;
    for (std::size_t start = 0, stop; start < lines.size(); start = stop + 1) {
        stop = std::min(lines.find('\n', start), lines.size());
        const std::string line = lines.substr(start, stop - start);
        // "hierarchy-id:controllers:path"; v2 is "0::path", v1's CPU controller lists "cpu".
        const std::size_t first = line.find(':');
        const std::size_t second = line.find(':', first + 1);
        if (first == std::string::npos || second == std::string::npos) {
            continue;
        }
        const std::string controllers = line.substr(first + 1, second - first - 1);
        std::string path = line.substr(second + 1);
        const bool v2 = line.compare(0, first, "0") == 0 && controllers.empty();
        std::string mount;
        if (v2) {
            mount = "/sys/fs/cgroup";
        } else if (("," + controllers + ",").find(",cpu,") != std::string::npos) {
            mount = "/sys/fs/cgroup/" + controllers;
        } else {
            continue;
        }
        // The quota of every ancestor applies too; in a container the path may name the host's
        // hierarchy, so the mount's own root is read as well.
        for (;;) {
            const std::string directory = mount + (path == "/" ? "" : path);
            if (v2) {
                limit = tighter_limit(
                    limit, parse_cgroup_cpu_max(read_small_file(directory + "/cpu.max")));
            } else {
                std::int64_t quota = 0;
                std::int64_t period = 0;
                if (parse_integer(read_small_file(directory + "/cpu.cfs_quota_us"), quota) &&
                    parse_integer(read_small_file(directory + "/cpu.cfs_period_us"), period)) {
                    limit = tighter_limit(limit, quota_cpus(quota, period));
                }
            }
            if (path.empty() || path == "/") {
                break;
            }
            const std::size_t slash = path.rfind('/');
            path = slash == 0 || slash == std::string::npos ? "/" : path.substr(0, slash);
        }
    }
    return limit;
}

// The CPUs in this process's affinity mask (taskset, Slurm, numactl); 0 if unknown.
inline std::size_t affinity_cpu_count() noexcept {
    for (int cpus = CPU_SETSIZE; cpus <= (1 << 16); cpus *= 2) {
        cpu_set_t* set = CPU_ALLOC(cpus);
        if (set == nullptr) {
            return 0;
        }
        const std::size_t size = CPU_ALLOC_SIZE(cpus);
        const bool ok = sched_getaffinity(0, size, set) == 0;
        const int count = ok ? CPU_COUNT_S(size, set) : 0;
        CPU_FREE(set);
        if (ok) {
            return static_cast<std::size_t>(count);
        }
        // EINVAL: the kernel's mask is larger than ours; try a larger one.
    }
    return 0;
}

#endif

/// The number of CPUs this process may use: std::thread::hardware_concurrency() capped by the
/// CPU affinity mask and by a cgroup CPU quota (rounded up), at least 1. Reads /proc and /sys
/// on Linux (a few small files); elsewhere it is hardware_concurrency().
inline std::size_t available_cpus() {
    std::size_t cpus = std::max(1u, std::thread::hardware_concurrency());
#if defined(__linux__)
    if (const std::size_t affinity = affinity_cpu_count(); affinity > 0) {
        cpus = std::min(cpus, affinity);
    }
    if (const std::size_t quota = cgroup_cpu_limit(); quota > 0) {
        cpus = std::min(cpus, quota);
    }
#endif
    return std::max<std::size_t>(cpus, 1);
}

} // namespace parray::detail
