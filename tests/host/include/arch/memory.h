/*
 * Host stand-in for kernel/arch/x86_64/include/arch/memory.h, found first
 * on the include path.  The kernel window starts at 0 and covers the host's
 * user address space, so a "physical address" is simply a host pointer and
 * kernel objects can live in ordinary (aligned_alloc'd) host memory.
 */
#ifndef ARCH_MEMORY_H
#define ARCH_MEMORY_H

#define KERNEL_WINDOW_BASE  0x0ul
#define KERNEL_WINDOW_SIZE  (1ul << 47)
#define KERNEL_IMAGE_BASE   0xffffffff80000000
#define KERNEL_PML4_SLOT    511

/* Highest user virtual address (inclusive), as seL4's USER_TOP. */
#define USER_TOP            0x00007fffffffffff

#endif
