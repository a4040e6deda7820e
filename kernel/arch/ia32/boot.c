/*
 * From the multiboot hand-over to the root task: set up the PC and the
 * CPU, leave the boot code's mappings, and boot the root task from what
 * the multiboot loader passed (kernel/lib/multiboot.c).
 */
#include <arch/cpu.h>
#include <memory.h>
#include <multiboot.h>
#include <pc99.h>
#include <util.h>

#define LARGE_PAGE_BITS 22      /* what a page-directory entry maps */
#define TABLE_ENTRIES   1024

extern char kernel_image_end[];

void arch_kernel_region(paddr_t *start, paddr_t *end)
{
    *start = 0;
    *end = kernel_to_phys(kernel_image_end);
}

/*
 * The window's 4 MiB page that holds the kernel stack's guard page, as
 * 4 KiB pages but for the guard: a stack overflow faults there, and the
 * fault, which cannot be delivered on that stack, becomes a double fault
 * (cpu.c), instead of running on into whatever lies below.
 */
static void unmap_kernel_stack_guard(void)
{
    static pte_t table[TABLE_ENTRIES] __attribute__((aligned(4096)));
    paddr_t guard = kernel_to_phys(kernel_stack_guard), base = ALIGN_DOWN(guard, LARGE_PAGE_BITS);
    for (word_t i = 0; i < ARRAY_SIZE(table); i++) {
        table[i] = (base + (i << PAGE_BITS)) | X86_PRESENT | X86_WRITE;
    }
    table[(guard - base) >> PAGE_BITS] = 0;
    kernel_page_directory[(word_t)kernel_stack_guard >> LARGE_PAGE_BITS] =
        kernel_to_phys(table) | X86_PRESENT | X86_WRITE;
}

NORETURN void arch_boot(uint32_t magic, uint32_t info_paddr)
{
    pc99_init();
    cpu_init();
    /* the boot code's identity mapping: everything below the window */
    memset(kernel_page_directory, 0, KERNEL_WINDOW_SLOT * sizeof(pte_t));
    unmap_kernel_stack_guard();
    arch_tlb_flush_asid(0, NULL);
    multiboot_boot_root_task(magic, info_paddr);
}
