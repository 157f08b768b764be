// SPDX-License-Identifier: BSD-3-Clause
// An environment over an MPI that the program initialised with too little thread support
// (MPI_THREAD_SINGLE) must refuse it, and leave MPI to the program. Run by mpiexec on 1 rank.
#include <parray/mpi.hpp>

#include <cstdio>
#include <stdexcept>
#include <string>

int main(int argc, char** argv) {
    int provided = -1;
    MPI_Init_thread(&argc, &argv, MPI_THREAD_SINGLE, &provided);
    int failures = 0;
    if (provided >= MPI_THREAD_FUNNELED) {
        // This MPI gives more than asked: the case cannot be made here; say so and fail, since
        // the test would otherwise pass without checking anything.
        std::printf("MPI provided thread level %d for MPI_THREAD_SINGLE\n", provided);
        ++failures;
    } else {
        try {
            parray::mpi::environment environment;
            std::printf("FAILED: no exception for thread level %d\n", provided);
            ++failures;
        } catch (const std::runtime_error& e) {
            const bool names_level =
                std::string(e.what()).find("MPI_THREAD_FUNNELED") != std::string::npos;
            std::printf("%s: %s\n", names_level ? "ok" : "FAILED (message)", e.what());
            failures += names_level ? 0 : 1;
        }
    }
    int finalized = 1;
    MPI_Finalized(&finalized);
    if (finalized != 0) {
        std::printf("FAILED: the environment finalised an MPI it did not initialise\n");
        ++failures;
    }
    MPI_Finalize();
    return failures == 0 ? 0 : 1;
}
