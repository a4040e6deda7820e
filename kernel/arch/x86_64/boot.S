/*
 * Multiboot entry: QEMU's loader starts us in 32-bit protected mode with
 * paging off, EAX = multiboot magic and EBX = physical address of the
 * multiboot information.  We build the boot page tables, enter long mode
 * and jump to the higher half, where C code takes over.
 *
 * Boot page tables (kept for the life of the kernel, minus the identity
 * entry which arch_boot drops once we run in the higher half):
 *
 *   PML4[0]   -> boot_pdpt_low   [0..3] -> boot_pd[0..3]   identity, 4 GiB
 *   PML4[511] -> kernel_pdpt     [0..3] -> boot_pd[0..3]   window at KERNEL_WINDOW_BASE
 *                                [510]  -> boot_pd[0]      image at KERNEL_IMAGE_BASE
 *
 * Every boot_pd entry maps a 2 MiB page, so the four directories cover the
 * first 4 GiB of physical memory.
 */

#include <arch/memory.h>
#include <multiboot.h>
#include <arch/msr.h>


#define CR0_PE      (1 << 0)
#define CR0_PG      (1 << 31)
#define CR4_PAE     (1 << 5)

#define PTE_PRESENT_WRITE 0x3
#define PDE_LARGE_PAGE    0x83     /* present, writable, 2 MiB page */

#define PHYS(sym) ((sym) - KERNEL_IMAGE_BASE)

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

    /* Zero .bss: the boot page tables and the kernel stack live there. */
    mov $PHYS(__bss_start), %edi
    mov $PHYS(__bss_end), %ecx
    sub %edi, %ecx
    xor %eax, %eax
    rep stosb

    /* boot_pd[i][j] maps physical (i * 512 + j) * 2 MiB. */
    mov $PHYS(boot_pd), %edi
    mov $PDE_LARGE_PAGE, %eax
    mov $(4 * 512), %ecx
1:  mov %eax, (%edi)
    add $0x200000, %eax
    add $8, %edi
    loop 1b

    /* Both PDPTs point at the same four directories. */
    mov $PHYS(boot_pd) + PTE_PRESENT_WRITE, %eax
    xor %ecx, %ecx
2:  mov %eax, PHYS(boot_pdpt_low)(,%ecx,8)
    mov %eax, PHYS(kernel_pdpt)(,%ecx,8)
    add $4096, %eax
    inc %ecx
    cmp $4, %ecx
    jne 2b
    movl $PHYS(boot_pd) + PTE_PRESENT_WRITE, PHYS(kernel_pdpt) + 510 * 8

    movl $PHYS(boot_pdpt_low) + PTE_PRESENT_WRITE, PHYS(kernel_pml4)
    movl $PHYS(kernel_pdpt) + PTE_PRESENT_WRITE, PHYS(kernel_pml4) + 511 * 8

    /* Long mode: PAE, page tables, EFER.LME, then paging on.  CR4.TSD
     * stays clear (its reset value): user mode may read the TSC, which the
     * benchmark (bench/) does. */
    mov %cr4, %eax
    or $CR4_PAE, %eax
    mov %eax, %cr4
    mov $PHYS(kernel_pml4), %eax
    mov %eax, %cr3
    mov $MSR_EFER, %ecx
    rdmsr
    or $EFER_LME, %eax
    wrmsr
    mov %cr0, %eax
    or $(CR0_PG | CR0_PE), %eax
    mov %eax, %cr0

    lgdt boot_gdt_pointer
    ljmp $0x08, $long_mode_low

    .code64
long_mode_low:
    movabs $long_mode_high, %rax
    jmp *%rax

    .section .boot.data, "aw"
    .balign 8
boot_gdt:
    .quad 0
    .quad 0x00af9a000000ffff            /* 0x08: 64-bit kernel code */
    .quad 0x00cf92000000ffff            /* 0x10: kernel data */
boot_gdt_pointer:
    .word boot_gdt_pointer - boot_gdt - 1
    .long boot_gdt

    .text
long_mode_high:
    mov $0x10, %eax
    mov %eax, %ds
    mov %eax, %es
    mov %eax, %ss
    xor %eax, %eax
    mov %eax, %fs
    mov %eax, %gs
    lea kernel_stack_top(%rip), %rsp
    mov %esi, %edi                      /* arch_boot(magic, info_paddr) */
    mov %ebp, %esi
    call arch_boot
1:  hlt
    jmp 1b

    .bss
    .balign 4096
    .global kernel_pml4, kernel_pdpt
kernel_pml4:    .skip 4096
kernel_pdpt:    .skip 4096
boot_pdpt_low:  .skip 4096
boot_pd:        .skip 4 * 4096
    .balign 16
    .global kernel_stack_top
kernel_stack:   .skip 16384
kernel_stack_top:

    .section .note.GNU-stack, "", @progbits
