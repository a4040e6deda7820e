/*
 * riscv64 (Sv39) kernel address-space layout (usable from assembly).  One
 * root table translates both halves: every VSpace root carries the
 * kernel's entries (root slots 256..511), global and not user-accessible.
 *
 *   0x0000000000000000 .. 0x0000003fffffffff   user
 *   0xffffffc000000000 .. +8 GiB               window onto physical memory,
 *                                              the kernel image included
 *
 * QEMU's virt machine has devices below 2 GiB and RAM from 2 GiB; OpenSBI
 * keeps the first 2 MiB of RAM.
 */
#ifndef ARCH_MEMORY_H
#define ARCH_MEMORY_H

#define KERNEL_WINDOW_BASE  0xffffffc000000000
#define KERNEL_WINDOW_PADDR 0x0
#define KERNEL_WINDOW_SIZE  0x200000000         /* physical memory the kernel can reach */
#define KERNEL_ROOT_SLOT    256                 /* the root slot of KERNEL_WINDOW_BASE */

/* Highest user virtual address (inclusive): Sv39's lower half. */
#define USER_TOP            0x0000003fffffffff

#define UART_PADDR          0x10000000          /* a 16550 */
#define TEST_DEVICE_PADDR   0x100000            /* SiFive's test finisher: power-off */

/* Where the boot loader puts the root task's ELF file (tools/simulate
 * passes it with QEMU's generic loader at this address). */
#define ROOT_TASK_PADDR     0x84000000

#endif
