/*
 * aarch64 kernel address-space layout (usable from assembly).  The kernel
 * lives in the upper half, translated through TTBR1; user address spaces
 * are TTBR0's, so a VSpace root holds no kernel entries.
 *
 *   0x0000000000000000 .. 0x00007fffffffffff   user (TTBR0)
 *   0xffffff8000000000 .. +4 GiB               window onto physical memory (TTBR1),
 *                                              the kernel image included
 *
 * QEMU's virt machine has devices below 1 GiB and RAM from 1 GiB; the
 * window maps the first GiB as device memory and the rest as normal.
 */
#ifndef ARCH_MEMORY_H
#define ARCH_MEMORY_H

#define KERNEL_WINDOW_BASE  0xffffff8000000000
#define KERNEL_WINDOW_PADDR 0x0
#define KERNEL_WINDOW_SIZE  0x100000000         /* physical memory the kernel can reach */

/* Highest user virtual address (inclusive), as seL4's USER_TOP. */
#define USER_TOP            0x00007fffffffffff

#define RAM_BASE            0x40000000
#define DTB_PADDR           RAM_BASE            /* where QEMU puts the device tree */
#define PL011_PADDR         0x09000000

/* Where the boot loader puts the root task's ELF file (tools/simulate
 * passes it with QEMU's generic loader at this address). */
#define ROOT_TASK_PADDR     0x48000000

#endif
