/*
 * Multiboot entry: QEMU's loader starts us in 32-bit protected mode with
 * paging off, EAX = multiboot magic and EBX = physical address of the
 * multiboot information.  We load our own segments, build the kernel's
 * page directory, turn paging on and jump into the window, where the
 * kernel is linked and C code takes over.
 *
 * The kernel's page directory (4 MiB pages only, until arch_boot maps the
 * one holding the kernel stack's guard page with a page table):
 *
 *   slots   0..126   identity, 508 MiB: the boot code runs here until the
 *                    jump; arch_boot drops these slots
 *   slots 896..1022  the window at KERNEL_WINDOW_BASE, onto the same 508 MiB
 */

#include <arch/memory.h>
#include <multiboot.h>


#define CR0_WP      (1 << 16)
#define CR0_PG      (1 << 31)
#define CR4_PSE     (1 << 4)

#define PDE_LARGE_PAGE 0x83        /* present, writable, 4 MiB page */
#define LARGE_PAGE     0x400000

#define PHYS(sym) ((sym) - KERNEL_WINDOW_BASE)

    .section .multiboot, "a"
    .balign 4
    .long MULTIBOOT_HEADER_MAGIC, MULTIBOOT_HEADER_FLAGS, -(MULTIBOOT_HEADER_MAGIC + MULTIBOOT_HEADER_FLAGS)

    .section .boot.text, "ax"
    .code32
    .global boot_entry
boot_entry:
    cli
    cld
    mov %eax, %esi                      /* keep the magic and info pointer */
    mov %ebx, %ebp

    /* The loader's segment descriptors may be gone already: use ours. */
    lgdt boot_gdt_pointer
    ljmp $0x08, $1f
1:  mov $0x10, %ax
    mov %ax, %ds
    mov %ax, %es
    mov %ax, %ss
    mov %ax, %fs
    mov %ax, %gs

    /* Zero .bss: the page directory and the kernel stack live there. */
    mov $PHYS(__bss_start), %edi
    mov $PHYS(__bss_end), %ecx
    sub %edi, %ecx
    xor %eax, %eax
    rep stosb

    /* Slots i and KERNEL_WINDOW_SLOT + i both map physical i * 4 MiB. */
    mov $PDE_LARGE_PAGE, %eax
    xor %ecx, %ecx
2:  mov %eax, PHYS(kernel_page_directory)(,%ecx,4)
    mov %eax, PHYS(kernel_page_directory) + KERNEL_WINDOW_SLOT * 4(,%ecx,4)
    add $LARGE_PAGE, %eax
    inc %ecx
    cmp $KERNEL_WINDOW_SLOTS, %ecx
    jne 2b

    /* CR4.TSD stays clear (its reset value): user mode may read the TSC,
     * which the benchmark (bench/) does. */
    mov %cr4, %eax
    or $CR4_PSE, %eax
    mov %eax, %cr4
    mov $PHYS(kernel_page_directory), %eax
    mov %eax, %cr3
    mov %cr0, %eax
    or $(CR0_PG | CR0_WP), %eax
    mov %eax, %cr0
    mov $in_window, %eax
    jmp *%eax

    .section .boot.data, "aw"
    .balign 8
boot_gdt:
    .quad 0
    .quad 0x00cf9a000000ffff            /* 0x08: kernel code */
    .quad 0x00cf92000000ffff            /* 0x10: kernel data */
boot_gdt_pointer:
    .word boot_gdt_pointer - boot_gdt - 1
    .long boot_gdt

    .text
in_window:
    mov $kernel_stack_top, %esp
    sub $8, %esp                        /* 16-byte aligned at the call */
    push %ebp                           /* arch_boot(magic, info_paddr) */
    push %esi
    call arch_boot
1:  hlt
    jmp 1b

    /* The stack grows down towards its guard page, which boot.c unmaps, and
     * not into the page directory below. */
    .bss
    .balign 4096
    .global kernel_page_directory
kernel_page_directory:  .skip 4096
    .global kernel_stack_guard
kernel_stack_guard:     .skip 4096
    .global kernel_stack_top
kernel_stack:   .skip 16384
kernel_stack_top:

    .section .note.GNU-stack, "", @progbits
