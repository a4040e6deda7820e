# The generic kernel code as the host builds it (tests/host, tests/fuzz) for
# the architecture PAGODA_HOST_ARCH: the real sources, that architecture's
# paging description and entry format (its paging.c, and the kernel/lib/
# files its arch.cmake lists in PAGODA_KERNEL_LIB_PAGING_SOURCES), and the
# shared formatter; and the architecture's word size.  The architecture's
# other hooks come from tests/host/support/stubs.c and
# tests/arch/<arch>/host_stubs.c instead.
file(STRINGS ${PAGODA_ROOT}/cmake/toolchain-${PAGODA_HOST_ARCH}.cmake family_line REGEX "PAGODA_ARCH_FAMILY")
string(REGEX REPLACE ".*PAGODA_ARCH_FAMILY ([a-z0-9_]+).*" "\\1" host_arch_family "${family_line}")

# The host's <arch/memory.h> keeps the architecture's user address range.
file(STRINGS ${PAGODA_ROOT}/kernel/arch/${PAGODA_HOST_ARCH}/include/arch/memory.h user_top_line
     REGEX "^#define USER_TOP ")
string(REGEX REPLACE "^#define USER_TOP +(0x[0-9a-fA-F]+).*" "\\1" host_user_top "${user_top_line}")
set(PAGODA_HOST_KERNEL_DEFINITIONS PAGODA_HOST_USER_TOP=${host_user_top})

# The kernel/lib/ files that complete the architecture's paging.c.
set(host_arch_cmake ${PAGODA_ROOT}/kernel/arch/${PAGODA_HOST_ARCH}/arch.cmake)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${host_arch_cmake})
file(STRINGS ${host_arch_cmake} paging_lib_line REGEX "^set\\(PAGODA_KERNEL_LIB_PAGING_SOURCES ")
string(REGEX REPLACE "^set\\(PAGODA_KERNEL_LIB_PAGING_SOURCES (.*)\\)$" "\\1" host_paging_lib "${paging_lib_line}")
separate_arguments(host_paging_lib)
list(TRANSFORM host_paging_lib PREPEND ${PAGODA_ROOT}/kernel/lib/)

# The architecture's word size.  The host build of a 32-bit architecture is
# a 32-bit program (clang -m32), so that word_t has its size: a build that
# includes this file before project() compiles with -m32.
file(STRINGS ${PAGODA_ROOT}/libsel4/sel4_arch_include/${PAGODA_HOST_ARCH}/sel4/sel4_arch/config.h word_line
     REGEX "^#define CONFIG_WORD_SIZE ")
string(REGEX REPLACE "^#define CONFIG_WORD_SIZE +([0-9]+).*" "\\1" PAGODA_HOST_WORD_BITS "${word_line}")
if(PAGODA_HOST_WORD_BITS EQUAL 32)
    set(CMAKE_C_FLAGS_INIT -m32)
endif()

set(PAGODA_HOST_KERNEL_INCLUDES
    ${PAGODA_ROOT}/tests/host/include
    ${PAGODA_ROOT}/kernel/include
    ${PAGODA_ROOT}/kernel/arch/${PAGODA_HOST_ARCH}/include
    ${PAGODA_ROOT}/common/include
    ${PAGODA_ROOT}/libsel4/include
    ${PAGODA_ROOT}/libsel4/arch_include/${host_arch_family}
    ${PAGODA_ROOT}/libsel4/sel4_arch_include/${PAGODA_HOST_ARCH}
    ${PAGODA_ROOT}/tests/arch/${PAGODA_HOST_ARCH})

set(PAGODA_HOST_KERNEL_SOURCES
    ${PAGODA_ROOT}/kernel/core/boot.c
    ${PAGODA_ROOT}/kernel/core/cnode.c
    ${PAGODA_ROOT}/kernel/core/cnode_invocations.c
    ${PAGODA_ROOT}/kernel/core/delete.c
    ${PAGODA_ROOT}/kernel/core/derive.c
    ${PAGODA_ROOT}/kernel/core/elf.c
    ${PAGODA_ROOT}/kernel/core/explain.c
    ${PAGODA_ROOT}/kernel/core/fault.c
    ${PAGODA_ROOT}/kernel/core/invariants.c
    ${PAGODA_ROOT}/kernel/core/invocation.c
    ${PAGODA_ROOT}/kernel/core/object.c
    ${PAGODA_ROOT}/kernel/core/printf.c
    ${PAGODA_ROOT}/kernel/core/syscall.c
    ${PAGODA_ROOT}/kernel/core/thread.c
    ${PAGODA_ROOT}/kernel/core/untyped.c
    ${PAGODA_ROOT}/kernel/vspace/asid.c
    ${PAGODA_ROOT}/kernel/vspace/dump.c
    ${PAGODA_ROOT}/kernel/vspace/invocations.c
    ${PAGODA_ROOT}/kernel/vspace/lifecycle.c
    ${PAGODA_ROOT}/kernel/vspace/walk.c
    ${PAGODA_ROOT}/kernel/arch/${PAGODA_HOST_ARCH}/paging.c
    ${host_paging_lib}
    ${PAGODA_ROOT}/tests/arch/${PAGODA_HOST_ARCH}/host_stubs.c
    ${PAGODA_ROOT}/common/format.c)
