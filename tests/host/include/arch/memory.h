/*
 * Host stand-in for an architecture's <arch/memory.h>, found first on the
 * include path.  The kernel window starts at 0 and covers the host's user
 * address space, so a "physical address" is simply a host pointer and
 * kernel objects can live in ordinary (aligned_alloc'd) host memory.  Both
 * architectures' user address spaces end where the host's does.
 */
#ifndef ARCH_MEMORY_H
#define ARCH_MEMORY_H

#define KERNEL_WINDOW_BASE  0x0ul
#define KERNEL_WINDOW_SIZE  (1ul << 47)

/* Highest user virtual address (inclusive), as seL4's USER_TOP. */
#define USER_TOP            0x00007fffffffffff

#endif
