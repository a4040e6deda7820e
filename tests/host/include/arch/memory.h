/*
 * Host stand-in for an architecture's <arch/memory.h>, found first on the
 * include path.  The kernel window starts at 0 and covers the host's user
 * address space, so a "physical address" is simply a host pointer and
 * kernel objects can live in ordinary (aligned_alloc'd) host memory.
 */
#ifndef ARCH_MEMORY_H
#define ARCH_MEMORY_H

#define KERNEL_WINDOW_BASE  0x0ul
#define KERNEL_WINDOW_PADDR 0x0
#define KERNEL_WINDOW_SIZE  (1ul << 47)

/* Highest user virtual address (inclusive), as seL4's USER_TOP: the
 * architecture's own, which tests/host/kernel-sources.cmake reads from its
 * <arch/memory.h>, since the checks of user addresses and the walks that
 * skip the kernel's root entries depend on it. */
#define USER_TOP            PAGODA_HOST_USER_TOP

#endif
