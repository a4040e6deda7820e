/*
 * Entry from OpenSBI: S-mode, paging off, at the image's physical address,
 * a0 = the hart's id, a1 = the device tree's physical address.  The image
 * is linked at KERNEL_WINDOW_BASE + its physical address, so PC-relative
 * addressing (la) finds physical addresses until paging is on, and
 * virtual ones after.
 *
 * The kernel's root table, Sv39, gigapages only:
 *
 *   kernel_root[256..263]  the window: physical 0..8 GiB, global, kernel only
 *   kernel_root[2]         identity for physical 2..3 GiB (the image), until
 *                          arch_boot drops it
 */
#include <arch/memory.h>

#define PTE_KERNEL 0xef                 /* V R W X G A D */
#define GIB_PPN    0x40000              /* 1 GiB in page numbers */
#define SSTATUS_FS_INITIAL (1 << 13)    /* FP for user code; the kernel never uses it */
#define SSTATUS_SPP (1 << 8)

    .section .boot.text, "ax"
    .global boot_entry
boot_entry:
    mv s0, a1

    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b

2:  la t0, kernel_root
    li t1, PTE_KERNEL
    li t2, (KERNEL_ROOT_SLOT * 8)
    add t2, t0, t2
    li t3, 8
    li t4, (GIB_PPN << 10)
3:  sd t1, 0(t2)
    add t1, t1, t4
    addi t2, t2, 8
    addi t3, t3, -1
    bnez t3, 3b
    li t1, ((2 * GIB_PPN) << 10) | PTE_KERNEL
    sd t1, (2 * 8)(t0)

    srli t0, t0, 12
    li t1, 8
    slli t1, t1, 60
    or t0, t0, t1
    sfence.vma
    csrw satp, t0
    sfence.vma
    ld t0, boot_high_address
    jr t0

    .balign 8
boot_high_address:
    .dword boot_high

    .text
boot_high:
    la sp, kernel_stack_top
    la t0, trap_entry
    csrw stvec, t0
    csrw sscratch, zero                 /* in the kernel: see entry.S */
    csrw sie, zero                      /* no interrupts, in user mode either */
    li t0, SSTATUS_SPP
    csrc sstatus, t0
    li t0, SSTATUS_FS_INITIAL
    csrs sstatus, t0
    mv a0, s0
    call arch_boot
4:  wfi
    j 4b

    .bss
    .balign 4096
    .global kernel_root
kernel_root:        .skip 4096
    .balign 16
    .global kernel_stack_top
kernel_stack:       .skip 16384
kernel_stack_top:

    .section .note.GNU-stack, "", @progbits
