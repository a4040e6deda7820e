/*
 * ia32 kernel address-space layout (usable from assembly).
 *
 *   0x00000000 .. 0xdfffffff   user
 *   0xe0000000 .. 0xffbfffff   window onto the first 508 MiB of physical
 *                              memory, the kernel image included (it is
 *                              linked at KERNEL_WINDOW_BASE + its load address)
 *   0xffc00000 .. 0xffffffff   unmapped, so that no object's end wraps to 0
 *
 * The window is page-directory slots 896..1022, 4 MiB pages that every
 * VSpace root copies from the kernel's page directory.
 */
#ifndef ARCH_MEMORY_H
#define ARCH_MEMORY_H

#define KERNEL_WINDOW_BASE  0xe0000000
#define KERNEL_WINDOW_PADDR 0x0
#define KERNEL_WINDOW_SIZE  0x1fc00000          /* physical memory the kernel can reach */
#define KERNEL_WINDOW_SLOT  (KERNEL_WINDOW_BASE >> 22)
#define KERNEL_WINDOW_SLOTS (KERNEL_WINDOW_SIZE >> 22)

/* Highest user virtual address (inclusive), as seL4's seL4_UserVSpaceTop. */
#define USER_TOP            0xdfffffff

#endif
