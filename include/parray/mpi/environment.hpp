// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <mpi.h>

#include <stdexcept>
#include <string>

#include "errors.hpp"

namespace parray::mpi {

/// RAII over MPI_Init_thread / MPI_Finalize. Asks for MPI_THREAD_FUNNELED (only the thread that
/// initialised MPI calls it) and throws std::runtime_error when MPI provides less. When the
/// program has already initialised MPI itself, only checks its thread level and leaves the
/// finalisation to the program. Throws std::logic_error when MPI was already finalised.
class environment {
public:
    /// The thread support parray::mpi needs from MPI.
    static constexpr int required_thread_level = MPI_THREAD_FUNNELED;

    environment(int& argc, char**& argv) { start(&argc, &argv); }
    environment() { start(nullptr, nullptr); }
    environment(const environment&) = delete;
    environment& operator=(const environment&) = delete;

    /// Finalises MPI if this object initialised it (and nothing finalised it since).
    ~environment() {
        if (owns_mpi_) {
            int finalized = 0;
            MPI_Finalized(&finalized);
            if (finalized == 0) {
                MPI_Finalize();
            }
        }
    }

    /// The thread level MPI provides (MPI_THREAD_SINGLE ... MPI_THREAD_MULTIPLE).
    int thread_level() const noexcept { return thread_level_; }
    /// Whether this object initialised MPI, and so will finalise it.
    bool owns_mpi() const noexcept { return owns_mpi_; }

private:
    void start(int* argc, char*** argv) {
        int finalized = 0;
        detail::check(MPI_Finalized(&finalized), "MPI_Finalized");
        if (finalized != 0) {
            throw std::logic_error("parray::mpi::environment: MPI was already finalised");
        }
        int initialized = 0;
        detail::check(MPI_Initialized(&initialized), "MPI_Initialized");
        if (initialized != 0) {
            detail::check(MPI_Query_thread(&thread_level_), "MPI_Query_thread");
        } else {
            detail::check(MPI_Init_thread(argc, argv, required_thread_level, &thread_level_),
                          "MPI_Init_thread");
            owns_mpi_ = true;
        }
        if (thread_level_ < required_thread_level) {
            if (owns_mpi_) {
                MPI_Finalize();
                owns_mpi_ = false;
            }
            throw std::runtime_error("parray::mpi::environment: MPI provides thread level " +
                                     std::to_string(thread_level_) +
                                     ", parray::mpi needs MPI_THREAD_FUNNELED (" +
                                     std::to_string(required_thread_level) + ") or more");
        }
    }

    int thread_level_ = MPI_THREAD_SINGLE;
    bool owns_mpi_ = false;
};

} // namespace parray::mpi
