/*
 * From boot.S to the root task: find RAM and the boot options in the device
 * tree and the root task where the loader put it, and let the generic
 * kernel boot.
 */
#include <arch/cpu.h>
#include <loader.h>
#include <memory.h>
#include <thread.h>

void arch_kernel_region(paddr_t *start, paddr_t *end)
{
    *start = 0;
    *end = kernel_to_phys(kernel_image_end);
}

void arch_boot_root_caps(cte_t *root_cnode)
{
    (void)root_cnode;
}

/*
 * The benchmark (bench/) reads the cycle counter, PMCCNTR_EL0, from user
 * mode: under QEMU's -icount shift=0 it advances once per guest
 * instruction.  PMUSERENR_EL0.CR lets EL0 read that counter and no other
 * PMU register; PMCR_EL0.E and PMCNTENSET_EL0's bit 31 start it.
 */
#define PMUSERENR_CR    BIT(2)
#define PMCR_E          BIT(0)
#define PMCNTENSET_C    BIT(31)

static void start_user_cycle_counter(void)
{
    __asm__ volatile("msr pmuserenr_el0, %0\n"
                     "msr pmcntenset_el0, %1\n"
                     "msr pmcr_el0, %2\n"
                     "isb"
                     : : "r"(PMUSERENR_CR), "r"(PMCNTENSET_C), "r"(PMCR_E));
}

NORETURN void arch_boot(void)
{
    start_user_cycle_counter();
    empty_user_root[0] = 0;             /* boot.S's identity mapping */
    __asm__ volatile("dsb ishst; tlbi vmalle1; dsb ish; isb" : : : "memory");
    loader_boot_root_task(DTB_PADDR, ROOT_TASK_PADDR);
}
