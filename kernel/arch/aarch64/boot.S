/*
 * Entry from QEMU's loader: EL1, MMU and caches off, at the image's
 * physical address.  The image is linked at KERNEL_WINDOW_BASE + its
 * physical address, so PC-relative addressing (adr, adrp) finds physical
 * addresses until the MMU is on, and virtual ones after.
 *
 * Boot page tables (kept for the life of the kernel):
 *
 *   kernel_l0[511]     -> boot_l1   the window at KERNEL_WINDOW_BASE (TTBR1)
 *   empty_user_root[0] -> boot_l1   identity, until arch_boot drops it (TTBR0)
 *   boot_l1[0]         1 GiB block, device memory (the virt machine's devices)
 *   boot_l1[1..3]      1 GiB blocks, normal write-back memory (RAM)
 */
#include <arch/memory.h>

#define DESC_TABLE   0x3
#define BLOCK_DEVICE 0x0060000000000401     /* AttrIndx 0, AF, PXN, UXN */
#define BLOCK_NORMAL 0x0040000000000705     /* AttrIndx 1, inner shareable, AF, UXN */
#define GIB          0x40000000

/* MAIR: 0 Device-nGnRnE, 1 normal write-back, 2 normal non-cacheable. */
#define MAIR_VALUE   0x44ff00
/* TCR: 48-bit halves with 4 KiB granules, write-back walks, 40-bit
 * physical addresses, 16-bit ASIDs taken from TTBR0. */
#define TCR_VALUE    ((16 << 0) | (1 << 8) | (1 << 10) | (3 << 12) | (16 << 16) | (1 << 24) | (1 << 26) | \
                      (3 << 28) | (2 << 30) | (2 << 32) | (1 << 36))
#define SCTLR_SET    ((1 << 0) | (1 << 2) | (1 << 3) | (1 << 12))   /* MMU, caches, SP alignment */
/* Off: alignment faults, WFI and WFE in EL0 (they trap instead: nothing
 * would wake them), WXN, big-endian data. */
#define SCTLR_CLEAR  ((1 << 1) | (1 << 16) | (1 << 18) | (1 << 19) | (1 << 24) | (1 << 25))
#define CPACR_FP     (3 << 20)             /* FP/SIMD for user code; the kernel never uses it */

    .section .boot.text, "ax"
    .global boot_entry
boot_entry:
    msr daifset, #0xf
    mrs x0, CurrentEL
    cmp x0, #(1 << 2)
    b.ne boot_halt                          /* Pagoda runs at EL1 only */

    adrp x0, __bss_start
    add x0, x0, :lo12:__bss_start
    adrp x1, __bss_end
    add x1, x1, :lo12:__bss_end
1:  cmp x0, x1
    b.hs 2f
    str xzr, [x0], #8
    b 1b

2:  adrp x0, boot_l1
    ldr x1, =BLOCK_DEVICE
    str x1, [x0]
    ldr x1, =(BLOCK_NORMAL + GIB)
    mov x2, #GIB
    mov x3, #1
3:  str x1, [x0, x3, lsl #3]
    add x1, x1, x2
    add x3, x3, #1
    cmp x3, #4
    b.ne 3b

    orr x1, x0, #DESC_TABLE
    adrp x0, empty_user_root
    str x1, [x0]
    adrp x0, kernel_l0
    str x1, [x0, #(511 * 8)]

    ldr x0, =MAIR_VALUE
    msr mair_el1, x0
    ldr x0, =TCR_VALUE
    msr tcr_el1, x0
    adrp x0, empty_user_root
    msr ttbr0_el1, x0
    adrp x0, kernel_l0
    msr ttbr1_el1, x0
    mov x0, #CPACR_FP
    msr cpacr_el1, x0
    dsb sy
    tlbi vmalle1
    dsb nsh
    isb
    mrs x0, sctlr_el1
    ldr x1, =SCTLR_SET
    orr x0, x0, x1
    ldr x1, =SCTLR_CLEAR
    bic x0, x0, x1
    msr sctlr_el1, x0
    isb
    ldr x0, =boot_high
    br x0

boot_halt:
    wfe
    b boot_halt

    .text
boot_high:
    msr spsel, #1
    adrp x0, kernel_stack_top
    add x0, x0, :lo12:kernel_stack_top
    mov sp, x0
    adrp x0, exception_vectors
    add x0, x0, :lo12:exception_vectors
    msr vbar_el1, x0
    isb
    bl arch_boot
    b boot_halt

    .bss
    .balign 4096
    .global kernel_l0, empty_user_root
kernel_l0:          .skip 4096
empty_user_root:    .skip 4096
boot_l1:            .skip 4096
    .balign 16
    .global kernel_stack_top
kernel_stack:       .skip 16384
kernel_stack_top:

    .section .note.GNU-stack, "", @progbits
