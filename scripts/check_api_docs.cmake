# SPDX-License-Identifier: BSD-3-Clause
#
# Fails when a public name declared under include/parray/ is missing from docs/api.md.
#
#   cmake -DPARRAY_SOURCE_DIR=<repository root> -P scripts/check_api_docs.cmake
#
# Optional: -DPARRAY_API_DOC=<file> checks another copy of api.md.
#
# Public names: in every header under include/parray/ (recursively) outside the detail/
# folders and outside `namespace detail { ... }` blocks, the namespace-scope classes, structs,
# unions and enums, `using X =` aliases, functions and variables, the macros the headers
# #define, and the public members (functions, data members, aliases, constants and nested
# types) of public classes; constructors, destructors, operators, friends and private or
# protected sections are skipped. A name of namespace parray must appear in a `code span` of
# api.md; a name of another namespace (parray::mpi, parray::random) as `ns::name`; a member as
# `Class::member` (longer qualified spans such as `parray::mpi::environment::owns_mpi` count).
# CMake only, so that it runs wherever CMake does.

cmake_minimum_required(VERSION 3.16)

if(NOT PARRAY_SOURCE_DIR)
    message(FATAL_ERROR "check_api_docs: pass -DPARRAY_SOURCE_DIR=<repository root>")
endif()
if(NOT PARRAY_API_DOC)
    set(PARRAY_API_DOC "${PARRAY_SOURCE_DIR}/docs/api.md")
endif()
if(NOT EXISTS "${PARRAY_API_DOC}")
    message(FATAL_ERROR "check_api_docs: ${PARRAY_API_DOC} does not exist")
endif()

set(_identifier "[A-Za-z_][A-Za-z0-9_]*")

# Removes a leading `template <...>` (several, when nested) from `text`: the angle brackets are
# matched outside parentheses, so a comparison inside a default argument cannot unbalance them.
function(_strip_templates text out)
    while(text MATCHES "^template *<")
        string(LENGTH "${text}" length)
        string(FIND "${text}" "<" i)
        set(angle 0)
        set(paren 0)
        set(end -1)
        while(i LESS length)
            string(SUBSTRING "${text}" ${i} 1 c)
            if(c STREQUAL "(")
                math(EXPR paren "${paren} + 1")
            elseif(c STREQUAL ")")
                math(EXPR paren "${paren} - 1")
            elseif(paren EQUAL 0 AND c STREQUAL "<")
                math(EXPR angle "${angle} + 1")
            elseif(paren EQUAL 0 AND c STREQUAL ">")
                math(EXPR angle "${angle} - 1")
                if(angle EQUAL 0)
                    set(end ${i})
                    break()
                endif()
            endif()
            math(EXPR i "${i} + 1")
        endwhile()
        if(end LESS 0)
            set(text "")
            break()
        endif()
        math(EXPR end "${end} + 1")
        string(SUBSTRING "${text}" ${end} -1 text)
        string(STRIP "${text}" text)
    endwhile()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Appends the names declared in header `file` to the list named by `out`.
function(_collect_names file out)
    set(names ${${out}})
    file(READ "${file}" content)
    # Line continuations, comments, string and character literals.
    string(REPLACE "\\\n" " " content "${content}")
    string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" " " content "${content}")
    string(REGEX REPLACE "//[^\n]*" "" content "${content}")
    string(REGEX REPLACE "\"([^\"\\\\\n]|\\\\.)*\"" "\"\"" content "${content}")
    string(REGEX REPLACE "'([^'\\\\\n]|\\\\.)'" "' '" content "${content}")
    # Macros, then every preprocessor line.
    string(REGEX MATCHALL "(^|\n)[ \t]*#[ \t]*define[ \t]+${_identifier}" defines "${content}")
    foreach(define IN LISTS defines)
        string(REGEX REPLACE ".*define[ \t]+" "" define "${define}")
        list(APPEND names "${define}")
    endforeach()
    string(REGEX REPLACE "(^|\n)[ \t]*#[^\n]*" "\n" content "${content}")
    # One line of code; `;` (a CMake list separator) becomes a backtick and brackets become `|`,
    # which C++ code outside comments and strings never uses.
    string(REGEX REPLACE "[ \t\r\n]+" " " content "${content}")
    string(REPLACE ";" "`" content "${content}")
    string(REPLACE "[" "|" content "${content}")
    string(REPLACE "]" "|" content "${content}")
    # Statements: the text before each `{`, `}` or `;`.
    string(REGEX MATCHALL "[^{}`]*[{}`]" segments "${content}")

    # The scopes open at this point, innermost last: N:<namespace>, C:<class>:<access>,
    # or I (ignored: detail namespaces, bodies, enumerators, private sections).
    set(stack "")
    foreach(segment IN LISTS segments)
        string(LENGTH "${segment}" length)
        math(EXPR last "${length} - 1")
        string(SUBSTRING "${segment}" ${last} 1 delimiter)
        string(SUBSTRING "${segment}" 0 ${last} text)
        string(STRIP "${text}" text)
        set(top "N:parray")
        list(LENGTH stack depth)
        if(depth GREATER 0)
            list(GET stack -1 top)
        endif()

        if(top STREQUAL "I")
            if(delimiter STREQUAL "{")
                list(APPEND stack "I")
            elseif(delimiter STREQUAL "}")
                list(REMOVE_AT stack -1)
            endif()
            continue()
        endif()
        if(delimiter STREQUAL "}")
            if(depth GREATER 0)
                list(REMOVE_AT stack -1)
            endif()
            continue()
        endif()

        # Where a name declared here is recorded, and access specifiers of a class.
        set(prefix "")
        set(class_name "")
        if(top MATCHES "^C:([^:]+):(.*)$")
            set(class_name "${CMAKE_MATCH_1}")
            set(access "${CMAKE_MATCH_2}")
            while(text MATCHES "^(public|private|protected) *:([^:].*|)$")
                set(access "${CMAKE_MATCH_1}")
                set(text "${CMAKE_MATCH_2}")
                string(STRIP "${text}" text)
            endwhile()
            list(REMOVE_AT stack -1)
            list(APPEND stack "C:${class_name}:${access}")
            if(NOT access STREQUAL "public")
                if(delimiter STREQUAL "{")
                    list(APPEND stack "I")
                endif()
                continue()
            endif()
            set(prefix "${class_name}::")
        elseif(top MATCHES "^N:(.*)$" AND NOT CMAKE_MATCH_1 STREQUAL "parray")
            set(prefix "${CMAKE_MATCH_1}::")
        endif()

        _strip_templates("${text}" text)
        set(name "")
        set(push "I")
        if(text MATCHES "^inline namespace" OR text MATCHES "^namespace *([A-Za-z0-9_:]*) *$")
            string(REGEX REPLACE "^(inline )?namespace *" "" namespace_name "${text}")
            string(STRIP "${namespace_name}" namespace_name)
            string(REPLACE "::" ";" parts "${namespace_name}")
            list(LENGTH parts part_count)
            if(part_count EQUAL 0 OR "detail" IN_LIST parts)
                set(push "I")
            else()
                list(GET parts -1 innermost)
                set(push "N:${innermost}")
            endif()
        elseif(text MATCHES "^(friend|static_assert|using namespace)[^A-Za-z0-9_]"
               OR text MATCHES "(^|[^A-Za-z0-9_])operator([^A-Za-z0-9_]|$)"
               OR text MATCHES "^extern \"\"")
            # Friends, assertions, operators, extern "C" blocks: nothing to record.
        elseif(text MATCHES "^(class|struct|union|enum class|enum struct|enum) +(alignas\\([^)]*\\) +)?(${_identifier})")
            set(kind "${CMAKE_MATCH_1}")
            set(name "${CMAKE_MATCH_3}")
            if(NOT kind MATCHES "^enum" AND delimiter STREQUAL "{")
                if(kind STREQUAL "class")
                    set(push "C:${name}:private")
                else()
                    set(push "C:${name}:public")
                endif()
            endif()
        elseif(text MATCHES "^using +(${_identifier}) *=")
            set(name "${CMAKE_MATCH_1}")
        elseif(text MATCHES "^using ")
            # using-declarations (inherited constructors, names brought in): nothing new.
        else()
            string(FIND "${text}" "(" paren)
            string(FIND "${text}" "=" equals)
            set(declarator "")
            if(equals GREATER_EQUAL 0 AND (paren LESS 0 OR equals LESS paren))
                string(SUBSTRING "${text}" 0 ${equals} declarator) # a variable
            elseif(paren GREATER_EQUAL 0)
                string(SUBSTRING "${text}" 0 ${paren} declarator) # a function
            elseif(NOT text STREQUAL "")
                set(declarator "${text}") # a variable without initialiser, or brace-initialised
            endif()
            string(STRIP "${declarator}" declarator)
            # Not a destructor, not the out-of-class definition of a member (X::f).
            if(declarator MATCHES "(^|[^A-Za-z0-9_:~])(${_identifier})$")
                set(name "${CMAKE_MATCH_2}")
                if(name STREQUAL class_name
                   OR name MATCHES "^(decltype|noexcept|alignas|sizeof|requires|return|if|for|while|switch)$")
                    set(name "")
                endif()
            endif()
        endif()

        if(NOT name STREQUAL "")
            list(APPEND names "${prefix}${name}")
        endif()
        if(delimiter STREQUAL "{")
            list(APPEND stack "${push}")
        endif()
    endforeach()
    set(${out} "${names}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE headers LIST_DIRECTORIES false "${PARRAY_SOURCE_DIR}/include/parray/*.hpp"
     "${PARRAY_SOURCE_DIR}/include/parray/*.h")
list(SORT headers)
set(public_names "")
set(header_count 0)
foreach(header IN LISTS headers)
    file(RELATIVE_PATH relative "${PARRAY_SOURCE_DIR}/include/parray" "${header}")
    if(relative MATCHES "(^|/)detail/")
        continue()
    endif()
    math(EXPR header_count "${header_count} + 1")
    _collect_names("${header}" public_names)
endforeach()
list(REMOVE_DUPLICATES public_names)
list(SORT public_names)
if(header_count EQUAL 0)
    message(FATAL_ERROR "check_api_docs: no public header under ${PARRAY_SOURCE_DIR}/include/parray")
endif()

# What api.md documents: every identifier in a `code span` (fenced blocks left out), and every
# pair a::b of neighbours in a qualified name written in one.
file(READ "${PARRAY_API_DOC}" doc)
string(REPLACE ";" "," doc "${doc}")
string(REPLACE "[" "(" doc "${doc}")
string(REPLACE "]" ")" doc "${doc}")
string(REGEX REPLACE "```[^`]*```" " " doc "${doc}")
string(REGEX MATCHALL "`[^`]+`" spans "${doc}")
set(documented "")
foreach(span IN LISTS spans)
    string(REGEX MATCHALL "${_identifier}(::~?${_identifier})*" words "${span}")
    foreach(word IN LISTS words)
        string(REPLACE "::" ";" parts "${word}")
        list(APPEND documented ${parts})
        list(LENGTH parts part_count)
        math(EXPR last_pair "${part_count} - 2")
        if(last_pair GREATER_EQUAL 0)
            foreach(i RANGE 0 ${last_pair})
                math(EXPR j "${i} + 1")
                list(GET parts ${i} left)
                list(GET parts ${j} right)
                list(APPEND documented "${left}::${right}")
            endforeach()
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES documented)

set(missing "")
foreach(name IN LISTS public_names)
    if(NOT name IN_LIST documented)
        list(APPEND missing "${name}")
    endif()
endforeach()

list(LENGTH public_names checked)
if(PARRAY_LIST_NAMES)
    string(REPLACE ";" "\n  " listing "${public_names}")
    message(STATUS "check_api_docs: public names:\n  ${listing}")
endif()
if(missing)
    list(LENGTH missing missing_count)
    string(REPLACE ";" "\n  " listing "${missing}")
    message(FATAL_ERROR "check_api_docs: ${missing_count} of ${checked} public names declared "
                        "in ${header_count} headers under include/parray/ are missing from "
                        "${PARRAY_API_DOC} (write each in a `code span`; members as "
                        "`Class::member`, names of parray::mpi as `mpi::name`):\n  ${listing}")
endif()
message(STATUS "check_api_docs: ${checked} public names from ${header_count} headers under "
               "include/parray/, all documented in ${PARRAY_API_DOC}")
