/*
 * From boot.S to the root task: find RAM and the boot options in the
 * device tree OpenSBI passed and the root task where the loader put it,
 * and let the generic kernel boot.
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
 * The benchmark (bench/) reads instret from user mode: under QEMU's
 * -icount shift=0 it counts guest instructions.  OpenSBI lets S-mode read
 * it (mcounteren); scounteren's IR bit passes that on to U-mode, and
 * nothing else.
 */
#define SCOUNTEREN_IR BIT(2)

static void let_user_read_instret(void)
{
    __asm__ volatile("csrw scounteren, %0" : : "r"(SCOUNTEREN_IR));
}

NORETURN void arch_boot(paddr_t dtb)
{
    let_user_read_instret();
    kernel_root[2] = 0;                 /* boot.S's identity mapping */
    __asm__ volatile("sfence.vma" : : : "memory");
    loader_boot_root_task(dtb, ROOT_TASK_PADDR);
}
