/*
 * Entry from QEMU's loader: SVC mode, MMU and caches off, at the image's
 * physical address.  The image is linked at its address in the kernel's
 * window, KERNEL_OFFSET above, so until the MMU is on a linked address
 * needs KERNEL_OFFSET taken off.
 *
 * The kernel's page directory, kernel_pd (kept for the life of the kernel):
 *
 *   [0x000..0xdff]  empty, but for the 1 MiB section this code runs in,
 *                   mapped to itself until arch_boot drops it
 *   [0xe00..0xffd]  1 MiB sections, normal write-back memory: RAM from
 *                   KERNEL_WINDOW_PADDR (the window); arch_boot maps the
 *                   one holding the kernel stack's guard page with a page
 *                   table instead
 *   [0xffe]         the 1 MiB section of devices holding the GIC,
 *   [0xfff]         and the PL011's, strongly-ordered
 */
#include <arch/frame.h>
#include <arch/memory.h>

#define KERNEL_OFFSET   (KERNEL_WINDOW_BASE - KERNEL_WINDOW_PADDR)
#define SECTION_SHIFT   20
#define GIC_SLOT        (GIC_BASE >> SECTION_SHIFT)

/* Kernel sections: global, AP[1:0] 01 (kernel only), domain 0.  Normal
 * memory: shareable, C and B (TEX remap index 3); devices: execute-never,
 * index 0. */
#define SECTION_NORMAL  0x1040e
#define SECTION_DEVICE  0x412

/* TEX remap: index 0 strongly-ordered; index 3 normal memory, inner and
 * outer write-back write-allocate, inner shareable when S is set. */
#define PRRR_VALUE      0x080b0080
#define NMRR_VALUE      0x00400040
#define DACR_CLIENT     1               /* domain 0 checks permissions; the others fault */
#define CPACR_FP        (0xf << 20)     /* cp10 and cp11 (VFP) for user code; the kernel never uses them */
#define FPEXC_EN        (1 << 30)

/* SCTLR: MMU, data and instruction caches, branch prediction, TEX remap.
 * Off: alignment faults, high vectors (VBAR says where they are), the
 * access flag, Thumb exceptions, big-endian exceptions, WXN and UWXN. */
#define SCTLR_SET       ((1 << 0) | (1 << 2) | (1 << 11) | (1 << 12) | (1 << 28))
#define SCTLR_CLEAR     ((1 << 1) | (1 << 13) | (1 << 19) | (1 << 20) | (1 << 25) | (1 << 29) | (1 << 30))

    .arm
    .fpu vfpv3-d16
    .section .boot.text, "ax"
    .global boot_entry
boot_entry:
    cpsid aif
    mrs r0, cpsr
    and r0, r0, #MODE_MASK
    cmp r0, #MODE_SVC
    bne boot_halt                       /* Pagoda starts in SVC mode only */

    ldr r0, =__bss_start - KERNEL_OFFSET
    ldr r1, =__bss_end - KERNEL_OFFSET
    mov r2, #0
1:  cmp r0, r1
    strlo r2, [r0], #4
    blo 1b

    ldr r0, =kernel_pd - KERNEL_OFFSET
    ldr r1, =KERNEL_WINDOW_PADDR | SECTION_NORMAL
    add r2, r0, #(KERNEL_ROOT_SLOT * 4)
    ldr r3, =GIC_SLOT * 4
    add r3, r0, r3
2:  str r1, [r2], #4
    add r1, r1, #(1 << SECTION_SHIFT)
    cmp r2, r3
    blo 2b
    ldr r1, =GIC_PADDR | SECTION_DEVICE
    str r1, [r3], #4
    ldr r1, =PL011_PADDR | SECTION_DEVICE
    str r1, [r3]
    adr r1, boot_entry
    lsr r1, r1, #SECTION_SHIFT
    ldr r2, =SECTION_NORMAL
    orr r2, r2, r1, lsl #SECTION_SHIFT
    str r2, [r0, r1, lsl #2]

    ldr r1, =PRRR_VALUE
    mcr p15, 0, r1, c10, c2, 0          /* PRRR */
    ldr r1, =NMRR_VALUE
    mcr p15, 0, r1, c10, c2, 1          /* NMRR */
    mov r1, #0
    mcr p15, 0, r1, c2, c0, 2           /* TTBCR: short descriptors, TTBR0 translates everything */
    mcr p15, 0, r1, c13, c0, 1          /* CONTEXTIDR: hardware ASID 0 */
    orr r1, r0, #TTBR_WALK
    mcr p15, 0, r1, c2, c0, 0           /* TTBR0 */
    mov r1, #DACR_CLIENT
    mcr p15, 0, r1, c3, c0, 0           /* DACR */
    mov r1, #CPACR_FP
    mcr p15, 0, r1, c1, c0, 2           /* CPACR */
    isb
    mov r1, #FPEXC_EN
    vmsr fpexc, r1
    mov r1, #0
    mcr p15, 0, r1, c8, c7, 0           /* TLBIALL */
    mcr p15, 0, r1, c7, c5, 0           /* ICIALLU */
    mcr p15, 0, r1, c7, c5, 6           /* BPIALL */
    dsb
    isb
    mrc p15, 0, r1, c1, c0, 0
    ldr r2, =SCTLR_SET
    orr r1, r1, r2
    ldr r2, =SCTLR_CLEAR
    bic r1, r1, r2
    mcr p15, 0, r1, c1, c0, 0           /* SCTLR */
    isb
    ldr pc, =boot_high

boot_halt:
    wfe
    b boot_halt
    .ltorg

    .text
boot_high:
    ldr sp, =kernel_stack_top
    ldr r0, =exception_vectors
    mcr p15, 0, r0, c12, c0, 0          /* VBAR */
    isb
    bl arch_boot
    b boot_halt

    /* The stack grows down towards its guard page, which boot.c unmaps, and
     * not into the page directory below. */
    .bss
    .balign 16384
    .global kernel_pd
kernel_pd:          .skip 16384
    .global kernel_stack_guard
kernel_stack_guard: .skip 4096
    .global kernel_stack_top
kernel_stack:       .skip 16384
kernel_stack_top:

    .section .note.GNU-stack, "", %progbits
