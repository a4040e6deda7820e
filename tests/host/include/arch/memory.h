/*
 * Host stand-in for an architecture's <arch/memory.h>, found first on the
 * include path.  The kernel window maps physical memory at the same
 * addresses (PADDR is BASE), so a "physical address" is simply a host
 * pointer.  A 64-bit host's window covers its whole user address space; a
 * 32-bit host's is the 508 MiB at 0x80000000, as large as ia32's: a window
 * must be smaller than the 512 MiB cap_layout32.h can pack objects in
 * (support/host_memory.h puts every object the tests make there).
 */
#ifndef ARCH_MEMORY_H
#define ARCH_MEMORY_H

#if __SIZEOF_POINTER__ == 8
#define KERNEL_WINDOW_BASE  0x0ul
#define KERNEL_WINDOW_SIZE  (1ul << 47)
#else
#define KERNEL_WINDOW_BASE  0x80000000ul
#define KERNEL_WINDOW_SIZE  0x1fc00000ul
#endif
#define KERNEL_WINDOW_PADDR KERNEL_WINDOW_BASE

/* Highest user virtual address (inclusive), as seL4's USER_TOP: the
 * architecture's own, which tests/host/kernel-sources.cmake reads from its
 * <arch/memory.h>, since the checks of user addresses and the walks that
 * skip the kernel's root entries depend on it. */
#define USER_TOP            PAGODA_HOST_USER_TOP

#endif
