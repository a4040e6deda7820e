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

#ifndef __ASSEMBLER__
#define SECTION_SIZE        0x100000u           /* what a page-directory entry maps */

_Static_assert(KERNEL_ROOT_SLOT * SECTION_SIZE == KERNEL_WINDOW_BASE, "the window starts at the kernel's first slot");
_Static_assert(USER_TOP + 1 == KERNEL_WINDOW_BASE, "user memory ends where the window starts");
_Static_assert(KERNEL_WINDOW_BASE + KERNEL_WINDOW_SIZE == GIC_BASE, "the GIC's section follows the window");
_Static_assert(GIC_BASE + SECTION_SIZE == PL011_BASE && PL011_BASE + SECTION_SIZE - 1 == 0xffffffff,
               "the PL011's section follows, the last one");
_Static_assert(KERNEL_WINDOW_SIZE % SECTION_SIZE == 0 && GIC_PADDR % SECTION_SIZE == 0 &&
               PL011_PADDR % SECTION_SIZE == 0, "the window and the devices are whole sections");
_Static_assert(KERNEL_WINDOW_PADDR == RAM_BASE, "the window starts where RAM does");
#endif

#endif
