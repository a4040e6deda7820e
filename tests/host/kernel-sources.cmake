# The generic kernel code as the host builds it (tests/host, tests/fuzz):
# the real sources, the x86_64 paging description, and the shared formatter.
# The architecture's hooks come from tests/host/support/stubs.c instead.
set(PAGODA_HOST_KERNEL_INCLUDES
    ${PAGODA_ROOT}/tests/host/include
    ${PAGODA_ROOT}/kernel/include
    ${PAGODA_ROOT}/kernel/arch/x86_64/include
    ${PAGODA_ROOT}/common/include
    ${PAGODA_ROOT}/libsel4/include
    ${PAGODA_ROOT}/libsel4/arch_include/x86
    ${PAGODA_ROOT}/libsel4/sel4_arch_include/x86_64)

set(PAGODA_HOST_KERNEL_SOURCES
    ${PAGODA_ROOT}/kernel/core/boot.c
    ${PAGODA_ROOT}/kernel/core/cnode.c
    ${PAGODA_ROOT}/kernel/core/cnode_invocations.c
    ${PAGODA_ROOT}/kernel/core/delete.c
    ${PAGODA_ROOT}/kernel/core/derive.c
    ${PAGODA_ROOT}/kernel/core/elf.c
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
    ${PAGODA_ROOT}/kernel/arch/x86_64/paging.c
    ${PAGODA_ROOT}/common/format.c)
