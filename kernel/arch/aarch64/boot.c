/*
 * From boot.S to the root task: find RAM in the device tree and the root
 * task where the loader put it, and let the generic kernel boot.
 */
#include <arch/cpu.h>
#include <boot.h>
#include <elf.h>
#include <fdt.h>
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

/*
 * The root task's ELF file lies at ROOT_TASK_PADDR; its headers say how
 * far it extends (the loader passes no size).  It must fit in free RAM.
 */
static void find_root_task(struct boot_memory *memory)
{
    const elf_header_t *h = phys_to_kernel(ROOT_TASK_PADDR);
    paddr_t ram_end = memory->free[0].end;
    word_t room = ram_end > ROOT_TASK_PADDR ? ram_end - ROOT_TASK_PADDR : 0;
    if (room < sizeof(*h) || h->phoff > room || h->phnum > (room - h->phoff) / sizeof(elf_phdr_t)) {
        panic("no root task at %p: pass its ELF file there", (void *)ROOT_TASK_PADDR);
    }
    const elf_phdr_t *p = (const elf_phdr_t *)((const char *)h + h->phoff);
    word_t extent = h->phoff + h->phnum * sizeof(elf_phdr_t);
    for (word_t i = 0; i < h->phnum; i++) {
        if (p[i].offset <= room && p[i].filesz <= room - p[i].offset && p[i].offset + p[i].filesz > extent) {
            extent = p[i].offset + p[i].filesz;
        }
    }
    memory->root_task = (struct boot_region){ ROOT_TASK_PADDR, ROOT_TASK_PADDR + extent };
}

NORETURN void arch_boot(void)
{
    static struct boot_memory memory;

    empty_user_root[0] = 0;             /* boot.S's identity mapping */
    __asm__ volatile("dsb ishst; tlbi vmalle1; dsb ish; isb" : : : "memory");
    find_free_memory(&memory);
    find_root_task(&memory);
    boot_memory_reserve(&memory, 0, kernel_to_phys(kernel_image_end));
    boot_root_task(&memory);
    return_to_user();
}
