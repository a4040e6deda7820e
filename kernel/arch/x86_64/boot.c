/*
 * From the multiboot hand-over to the root task: set up the PC and the
 * CPU, leave the boot code's mappings, and boot the root task from what
 * the multiboot loader passed (kernel/lib/multiboot.c).
 */
#include <arch/cpu.h>
#include <arch/memory.h>
#include <boot.h>
#include <invariants.h>
#include <memory.h>
#include <multiboot.h>
#include <paging.h>
#include <pc99.h>
#include <thread.h>

extern char kernel_image_end[];

void arch_kernel_region(paddr_t *start, paddr_t *end)
{
    *start = 0;
    *end = (paddr_t)kernel_image_end - KERNEL_IMAGE_BASE;
}

NORETURN void arch_boot(uint32_t magic, uint32_t info_paddr)
{
    pc99_init();
    cpu_init();
    kernel_pml4[0] = 0;                 /* the boot code's identity mapping */
    arch_tlb_flush_asid(0, NULL);
    multiboot_boot_root_task(magic, info_paddr);
}
