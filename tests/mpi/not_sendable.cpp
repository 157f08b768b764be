// SPDX-License-Identifier: BSD-3-Clause
// Must not compile: parray::mpi sends values as bytes, and a std::string is not trivially
// copyable. ctest builds this target and expects the static_assert's message.
#include <parray/mpi.hpp>

#include <string>

std::string concatenate(const parray::mpi::distributed_array<char>& d) {
    return parray::mpi::parallel_reduce(d, std::string(),
                                        [](std::string s, char c) { return s + c; });
}
