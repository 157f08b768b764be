# Warning flags for parray's own tests, examples and benchmarks. A private target: it is never
# exported, so consumers of parray::parray inherit none of these flags.
add_library(parray_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(parray_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
    if(PARRAY_WARNINGS_AS_ERRORS)
        target_compile_options(parray_warnings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(parray_warnings INTERFACE /W4 $<$<BOOL:${PARRAY_WARNINGS_AS_ERRORS}>:/WX>)
endif()
