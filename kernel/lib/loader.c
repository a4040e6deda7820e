/* What the boot loader left in RAM: the device tree's memory and boot
 * options, and the root task's ELF file, found by its headers (<loader.h>). */
#include <boot.h>
#include <elf.h>
#include <fdt.h>
#include <loader.h>
#include <memory.h>
#include <printf.h>
#include <thread.h>

/* Records the ELF file at `paddr` as the root task's; it must lie within
 * the first free region. */
static void find_root_task(struct boot_memory *memory, paddr_t paddr)
{
    const elf_header_t *h = phys_to_kernel(paddr);
    paddr_t ram_end = memory->free[0].end;
    word_t room = ram_end > paddr ? ram_end - paddr : 0;
    if (room < sizeof(*h) || h->phoff > room || h->phnum > (room - h->phoff) / sizeof(elf_phdr_t)) {
        panic("no root task at %p: pass its ELF file there", (void *)paddr);
    }
    const elf_phdr_t *p = (const elf_phdr_t *)((const char *)h + h->phoff);
    word_t extent = h->phoff + h->phnum * sizeof(elf_phdr_t);
    for (word_t i = 0; i < h->phnum; i++) {
        if (p[i].offset <= room && p[i].filesz <= room - p[i].offset && p[i].offset + p[i].filesz > extent) {
            extent = p[i].offset + p[i].filesz;
        }
    }
    memory->root_task = (struct boot_region){ paddr, paddr + extent };
}

/* Adds the first memory region the device tree at `dtb` names, as far as
 * the kernel window reaches, and reads the boot options of its command line. */
static void read_device_tree(struct boot_memory *memory, paddr_t dtb)
{
    paddr_t base;
    word_t size;
    paddr_t window_end = KERNEL_WINDOW_PADDR + KERNEL_WINDOW_SIZE;
    if (!phys_in_window(dtb) || !fdt_find_memory(phys_to_kernel(dtb), &base, &size) || !phys_in_window(base)) {
        panic("no device tree with a memory node in the window at %p", (void *)dtb);
    }
    boot_memory_add(memory, base, base + (size < window_end - base ? size : window_end - base));
    const char *bootargs = fdt_find_bootargs(phys_to_kernel(dtb));
    if (bootargs != NULL) {
        boot_read_options(bootargs);
    }
}

NORETURN void loader_boot_root_task(paddr_t dtb, paddr_t root_task)
{
    static struct boot_memory memory;
    read_device_tree(&memory, dtb);
    find_root_task(&memory, root_task);
    boot_root_task(&memory);
    return_to_user();
}
