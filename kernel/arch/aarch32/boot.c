/*
 * From boot.S to the root task: find RAM and the boot options in the device
 * tree and the root task where the loader put it, and let the generic
 * kernel boot.
 */
#include <arch/cpu.h>
#include <loader.h>
#include <memory.h>
#include <thread.h>

#define SECTION_BITS   20       /* what a page-directory entry maps */
#define TABLE_ENTRIES  256

/* A small page of the kernel's: normal write-back memory (C and B, TEX
 * remap index 3), shareable, global, kernel read-write (AP 01), as boot.S's
 * sections are. */
#define KERNEL_PAGE    (ARM_PT_SMALL | ARM_NORMAL_MEMORY | (AP_KERNEL_ONLY << 4) | BIT(10))

/* RAM below the kernel image holds the device tree. */
void arch_kernel_region(paddr_t *start, paddr_t *end)
{
    *start = KERNEL_WINDOW_PADDR;
    *end = kernel_to_phys(kernel_image_end);
}

void arch_boot_root_caps(cte_t *root_cnode)
{
    (void)root_cnode;
}

/*
 * The window's section that holds the kernel stack's guard page, as 4 KiB
 * pages but for the guard: a stack overflow aborts there (traps.c) instead
 * of running on into the page directory.  The pages map what the section
 * did, so the kernel, which runs in it, sees no change but the guard.
 */
static void unmap_kernel_stack_guard(void)
{
    static pte_t table[TABLE_ENTRIES] __attribute__((aligned(1024)));
    paddr_t guard = kernel_to_phys(kernel_stack_guard), base = ALIGN_DOWN(guard, SECTION_BITS);
    for (word_t i = 0; i < ARRAY_SIZE(table); i++) {
        table[i] = (base + (i << PAGE_BITS)) | KERNEL_PAGE;
    }
    table[(guard - base) >> PAGE_BITS] = 0;
    kernel_pd[(word_t)kernel_stack_guard >> SECTION_BITS] = kernel_to_phys(table) | ARM_PD_TABLE;
}

/*
 * The benchmark (bench/) reads the cycle counter, PMCCNTR, from user mode:
 * under QEMU's -icount shift=0 it advances once per guest instruction.
 * ARMv7 has no finer user-access bit than PMUSERENR.EN; PMCR.E and
 * PMCNTENSET's bit 31 start the counter.
 */
#define CP15_PMUSERENR  "c9, c14, 0"
#define CP15_PMCNTENSET "c9, c12, 1"
#define CP15_PMCR       "c9, c12, 0"
#define PMUSERENR_EN    BIT(0)
#define PMCR_E          BIT(0)
#define PMCNTENSET_C    BIT(31)

static void start_user_cycle_counter(void)
{
    CP15_WRITE(CP15_PMUSERENR, PMUSERENR_EN);
    CP15_WRITE(CP15_PMCNTENSET, PMCNTENSET_C);
    CP15_WRITE(CP15_PMCR, PMCR_E);
    __asm__ volatile("isb" : : : "memory");
}

NORETURN void arch_boot(void)
{
    start_user_cycle_counter();
    kernel_pd[kernel_to_phys(boot_entry) >> arch_paging.level[0].shift] = 0;   /* boot.S's identity mapping */
    unmap_kernel_stack_guard();
    __asm__ volatile("dsb ishst; mcr p15, 0, %0, " CP15_TLBIALL "; dsb ish; isb" : : "r"(0) : "memory");
    keep_interrupt_pending();
    loader_boot_root_task(DTB_PADDR, ROOT_TASK_PADDR);
}
