# Building Pagoda programs: the kernel, the SDK, and root tasks that use it.
#
#   pagoda_add_sdk()                     kernel and user libraries
#   pagoda_root_task(NAME SOURCES...)    a root-task executable
#   pagoda_simulation(NAME [TUTORIAL T]) ./simulate (and ./check) for NAME

get_filename_component(PAGODA_DIR "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
include(${PAGODA_DIR}/kernel/arch/${PAGODA_ARCH}/arch.cmake)

# The image QEMU boots: unless the architecture says otherwise, the linked
# ELF file itself, which QEMU loads by physical address.
if(NOT COMMAND pagoda_kernel_image)
    function(pagoda_kernel_image target)
        add_custom_command(TARGET ${target} POST_BUILD
            COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:${target}> $<TARGET_FILE_DIR:${target}>/kernel.img
            VERBATIM)
    endfunction()
endif()

execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=include
                OUTPUT_VARIABLE PAGODA_COMPILER_INCLUDE OUTPUT_STRIP_TRAILING_WHITESPACE)
# The compiler's run-time library, unless the toolchain file names it.
if(NOT PAGODA_LIBGCC)
    execute_process(COMMAND ${CMAKE_C_COMPILER} -print-libgcc-file-name
                    OUTPUT_VARIABLE PAGODA_LIBGCC OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()

# Every freestanding compile.  No loop-to-memset rewriting: memset itself is
# written as such a loop (clang never rewrites the body of memset itself).
set(PAGODA_FREESTANDING_FLAGS
    -std=gnu11 -ffreestanding -nostdinc -isystem ${PAGODA_COMPILER_INCLUDE}
    -fno-pic -fno-pie -fno-stack-protector -fno-strict-aliasing
    $<$<C_COMPILER_ID:GNU>:-fno-tree-loop-distribute-patterns> -fno-asynchronous-unwind-tables
    -O2 -g ${PAGODA_ARCH_USER_FLAGS})
# Our own code is held to no warnings.
set(PAGODA_STRICT_FLAGS -Wall -Wextra -Werror)

set(PAGODA_LIBSEL4_INCLUDES
    ${PAGODA_DIR}/libsel4/include
    ${PAGODA_DIR}/libsel4/arch_include/${PAGODA_ARCH_FAMILY}
    ${PAGODA_DIR}/libsel4/sel4_arch_include/${PAGODA_ARCH})

function(pagoda_add_sdk)
    add_subdirectory(${PAGODA_DIR}/kernel ${CMAKE_BINARY_DIR}/pagoda/kernel)
    add_subdirectory(${PAGODA_DIR}/libsel4 ${CMAKE_BINARY_DIR}/pagoda/libsel4)
    add_subdirectory(${PAGODA_DIR}/lib ${CMAKE_BINARY_DIR}/pagoda/lib)
endfunction()

# A user library of the SDK.
function(pagoda_user_library name)
    add_library(${name} STATIC ${ARGN})
    target_compile_options(${name} PRIVATE ${PAGODA_FREESTANDING_FLAGS} ${PAGODA_STRICT_FLAGS})
endfunction()

function(pagoda_root_task name)
    add_executable(${name} ${ARGN})
    target_compile_options(${name} PRIVATE ${PAGODA_FREESTANDING_FLAGS} -Wall)
    target_link_options(${name} PRIVATE -nostdlib -static -no-pie -Wl,-z,noexecstack
                        -Wl,-z,max-page-size=4096 -Wl,--build-id=none ${PAGODA_ARCH_USER_LINK_FLAGS})
    target_link_libraries(${name} PRIVATE pagoda_crt0 -Wl,--start-group sel4tutorials sel4vspace sel4platsupport
                          utils sel4runtime c sel4 ${PAGODA_LIBGCC} -Wl,--end-group)
endfunction()

# Writes ./simulate, which boots the kernel with NAME as root task in QEMU;
# with TUTORIAL, also ./check and a `check` target that say which stage of
# that tutorial the program's output has reached.
function(pagoda_simulation name)
    cmake_parse_arguments(SIM "" "TUTORIAL" "" ${ARGN})
    set(simulate "${PAGODA_DIR}/tools/simulate --arch ${PAGODA_ARCH} --kernel $<TARGET_FILE_DIR:kernel>/kernel.img --root-task $<TARGET_FILE:${name}>")
    file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/simulate
         CONTENT "#!/bin/sh\n# Runs ${name} on Pagoda in QEMU.\nexec ${simulate} \"$@\"\n"
         FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
    if(SIM_TUTORIAL)
        file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/check
             CONTENT "#!/bin/sh\n# Builds and runs ${name}, then says which stage of the ${SIM_TUTORIAL} tutorial it has reached.\ncd \"${CMAKE_BINARY_DIR}\" && ninja ${name} kernel >/dev/null && exec ${PAGODA_DIR}/tools/check --tutorial ${SIM_TUTORIAL} --arch ${PAGODA_ARCH} -- ${simulate} \"$@\"\n"
             FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
        add_custom_target(check COMMAND ${CMAKE_BINARY_DIR}/check USES_TERMINAL)
    endif()
endfunction()
