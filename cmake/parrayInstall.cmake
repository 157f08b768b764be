# Install rules: headers, the exported parray::parray target and a relocatable package config,
# so that downstream projects can call find_package(parray CONFIG REQUIRED).
include(CMakePackageConfigHelpers)

set(PARRAY_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/parray"
    CACHE STRING "Where parray's CMake package files are installed, relative to the prefix")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/parray"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.hpp")

# Only parray::parray is exported. parray::mpi is made by parrayConfig.cmake when a consumer asks
# for COMPONENTS mpi and its MPI is found, whether or not this build found MPI.
install(TARGETS parray EXPORT parrayTargets)
install(EXPORT parrayTargets
        NAMESPACE parray::
        DESTINATION "${PARRAY_INSTALL_CMAKEDIR}")

configure_package_config_file(
    "${CMAKE_CURRENT_LIST_DIR}/parrayConfig.cmake.in"
    "${PROJECT_BINARY_DIR}/parrayConfig.cmake"
    INSTALL_DESTINATION "${PARRAY_INSTALL_CMAKEDIR}")
# Header-only: one installed package serves every architecture. 0.x: minor versions may break.
write_basic_package_version_file(
    "${PROJECT_BINARY_DIR}/parrayConfigVersion.cmake"
    COMPATIBILITY SameMinorVersion
    ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/parrayConfig.cmake"
              "${PROJECT_BINARY_DIR}/parrayConfigVersion.cmake"
        DESTINATION "${PARRAY_INSTALL_CMAKEDIR}")
