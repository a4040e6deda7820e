/*
 * From boot.S to the root task: find RAM in the device tree and the root
 * task where the loader put it, and let the generic kernel boot.
 */
#include <arch/cpu.h>
#include <fdt.h>
#include <loader.h>
#include <memory.h>
#include <printf.h>
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

static void find_free_memory(struct boot_memory *memory)
{
    paddr_t base;
    word_t size;
    if (!fdt_find_memory(phys_to_kernel(DTB_PADDR), &base, &size)) {
        panic("no device tree with a memory node at %p", (void *)DTB_PADDR);
    }
    paddr_t end = base + size < KERNEL_WINDOW_SIZE ? base + size : KERNEL_WINDOW_SIZE;
    boot_memory_add(memory, base, end);
}

NORETURN void arch_boot(void)
{
    static struct boot_memory memory;

    empty_user_root[0] = 0;             /* boot.S's identity mapping */
    __asm__ volatile("dsb ishst; tlbi vmalle1; dsb ish; isb" : : : "memory");
    find_free_memory(&memory);
    loader_find_root_task(&memory, ROOT_TASK_PADDR);
    boot_memory_reserve(&memory, 0, kernel_to_phys(kernel_image_end));
    boot_root_task(&memory);
    return_to_user();
}
