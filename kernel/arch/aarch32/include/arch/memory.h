/*
 * aarch32 kernel address-space layout (usable from assembly).  ARMv7's
 * short descriptors can split the address space between TTBR0 and TTBR1
 * only at a power of two, and user space runs up to 0xdfffffff, so one
 * page directory translates both halves: every VSpace root carries the
 * kernel's entries (directory slots 0xe00..0xfff), global and not
 * user-accessible.
 *
 *   0x00000000 .. 0xdfffffff   user
 *   0xe0000000 .. 0xffdfffff   window onto RAM from 0x40000000 (510 MiB),
 *                              the kernel image included
 *   0xffe00000 .. 0xffefffff   the 1 MiB of devices holding the GIC
 *   0xfff00000 .. 0xffffffff   the 1 MiB of devices holding the PL011
 *
 * QEMU's virt machine has devices below 1 GiB and RAM from 1 GiB.
 */
#ifndef ARCH_MEMORY_H
#define ARCH_MEMORY_H

#define KERNEL_WINDOW_BASE  0xe0000000
#define KERNEL_WINDOW_PADDR 0x40000000
#define KERNEL_WINDOW_SIZE  0x1fe00000          /* physical memory the kernel can reach */
#define KERNEL_ROOT_SLOT    0xe00               /* the directory slot of KERNEL_WINDOW_BASE */
#define GIC_BASE            0xffe00000          /* the device sections, after the window */
#define PL011_BASE          0xfff00000

/* Highest user virtual address (inclusive). */
#define USER_TOP            0xdfffffff

#define RAM_BASE            0x40000000
#define DTB_PADDR           RAM_BASE            /* where QEMU puts the device tree */
#define GIC_PADDR           0x08000000          /* its distributor; the CPU interface follows */
#define PL011_PADDR         0x09000000

/* Where the boot loader puts the root task's ELF file (tools/simulate
 * passes it with QEMU's generic loader at this address). */
#define ROOT_TASK_PADDR     0x48000000

#endif
