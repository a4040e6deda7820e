/*
 * x86_64 kernel address-space layout.  Usable from assembly.
 *
 *   0x0000000000000000 .. 0x00007fffffffffff   user
 *   0xffffff8000000000 .. +4 GiB               window onto physical memory
 *   0xffffffff80000000 .. +1 GiB               kernel image (physical 0 ..)
 *
 * Both kernel regions hang off PML4 slot 511, so every VSpace shares them
 * by copying that one entry.
 */
#ifndef ARCH_MEMORY_H
#define ARCH_MEMORY_H

#define KERNEL_WINDOW_BASE  0xffffff8000000000
#define KERNEL_WINDOW_PADDR 0x0
#define KERNEL_WINDOW_SIZE  0x100000000         /* physical memory the kernel can reach */
#define KERNEL_IMAGE_BASE   0xffffffff80000000
#define KERNEL_PML4_SLOT    511

/* Highest user virtual address (inclusive), as seL4's USER_TOP. */
#define USER_TOP            0x00007fffffffffff

#endif
