# SPDX-License-Identifier: BSD-3-Clause
# Include what you use: <parray/parallel.hpp> must not pull in printing, random or the axis
# reductions (nor xtensor's printing or <random>), which cost a program that only wants the
# parallel calls a third more lines to parse. Run by ctest as
#   cmake -DCXX=<compiler> -DPARRAY_SOURCE_DIR=<repo> -DWORK_DIR=<dir> -P tests/check_includes.cmake
foreach(_variable CXX PARRAY_SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${_variable})
        message(FATAL_ERROR "check_includes: -D${_variable}=... is required")
    endif()
endforeach()

set(_forbidden
    "parray/format.hpp" "parray/random.hpp" "parray/reductions.hpp" "parray/expressions.hpp"
    "parray/detail/printing.hpp" "parray/detail/axis_reduction.hpp" "xtensor/xio.hpp"
    "c\\+\\+/[0-9]+/random$")

file(MAKE_DIRECTORY "${WORK_DIR}")
set(_source "${WORK_DIR}/parallel_only.cpp")
file(WRITE "${_source}" "#include <parray/parallel.hpp>\nint main() { return 0; }\n")
# -H lists every header opened, one a line, on standard error.
execute_process(
    COMMAND "${CXX}" -std=c++17 -H -fsyntax-only "-I${PARRAY_SOURCE_DIR}/include" "${_source}"
    RESULT_VARIABLE _result
    ERROR_VARIABLE _headers
    OUTPUT_QUIET)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "check_includes: <parray/parallel.hpp> does not compile alone:\n${_headers}")
endif()

string(REPLACE "\n" ";" _lines "${_headers}")
set(_found "")
set(_count 0)
foreach(_line IN LISTS _lines)
    if(_line MATCHES "^\\.+ (.*)$")
        math(EXPR _count "${_count} + 1")
        set(_header "${CMAKE_MATCH_1}")
        foreach(_pattern IN LISTS _forbidden)
            if(_header MATCHES "${_pattern}")
                list(APPEND _found "${_header}")
            endif()
        endforeach()
    endif()
endforeach()
if(_count EQUAL 0)
    message(FATAL_ERROR "check_includes: the compiler listed no headers (does it take -H?)")
endif()
if(_found)
    list(JOIN _found "\n  " _list)
    message(FATAL_ERROR "check_includes: <parray/parallel.hpp> pulls in what it does not use:\n  ${_list}")
endif()
message(STATUS "check_includes: <parray/parallel.hpp> opens ${_count} headers, none of the forbidden ones")
