// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// parray::mpi: parray's calls across the ranks of an MPI communicator. An array is split along
// axis 0 into one contiguous block of rows per rank; each rank runs the ordinary parray calls
// on its block with its own thread pool, and the reductions combine the ranks' partial results
// in the order one process would, so that they are bit-identical to the single-process calls
// for any number of ranks and threads.
//
// Needs MPI (CMake target parray::mpi). MPI is called only from the thread that calls
// parray::mpi's functions, which must be the thread that initialised MPI (MPI_THREAD_FUNNELED);
// the pools' workers never call MPI. Every function taking a communicator or a distributed_array
// is collective: all ranks of the communicator must call it, in the same order, with the same
// options. On failure every rank throws, never only some (which would leave the others waiting).

// The layer's rooms, under parray/mpi/: errors.hpp (what it throws), environment.hpp (MPI's
// start and end), layout.hpp (how rows lie over the ranks), agreement.hpp (every rank throws when
// one fails), distributed_array.hpp, collectives.hpp (scatter, gather, allgather) and
// algorithms.hpp (parallel_map, parallel_reduce, parallel_sum).

#include "mpi/algorithms.hpp"
#include "mpi/collectives.hpp"
#include "mpi/distributed_array.hpp"
#include "mpi/environment.hpp"
#include "mpi/errors.hpp"
