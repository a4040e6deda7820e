/*
 * From the multiboot hand-over to the root task: set up the CPU, describe
 * free memory and the root task module, and let the generic kernel boot.
 */
#include <arch/cpu.h>
#include <arch/memory.h>
#include <boot.h>
#include <invariants.h>
#include <cnode.h>
#include <memory.h>
#include <paging.h>
#include <printf.h>
#include <thread.h>
#include <sel4/bootinfo_types.h>

#define MULTIBOOT_LOADER_MAGIC 0x2badb002
#define MULTIBOOT_INFO_MODULES BIT(3)
#define MULTIBOOT_INFO_MEMORY_MAP BIT(6)
#define MULTIBOOT_MEMORY_AVAILABLE 1
#define LOW_MEMORY_END 0x100000        /* firmware and legacy devices live below 1 MiB */

struct multiboot_info {
    uint32_t flags, mem_lower, mem_upper, boot_device, cmdline, mods_count, mods_addr;
    uint32_t syms[4];
    uint32_t mmap_length, mmap_addr;
};

struct multiboot_module {
    uint32_t start, end, string, reserved;
};

struct multiboot_mmap_entry {
    uint32_t size;
    uint64_t addr, len;
    uint32_t type;
} __attribute__((packed));

extern char kernel_image_end[];

static void find_free_memory(const struct multiboot_info *info, struct boot_memory *memory)
{
    const char *p = phys_to_kernel(info->mmap_addr);
    const char *end = p + info->mmap_length;
    while (p < end) {
        const struct multiboot_mmap_entry *e = (const void *)p;
        if (e->type == MULTIBOOT_MEMORY_AVAILABLE) {
            paddr_t start = ALIGN_UP(e->addr, PAGE_BITS), last = ALIGN_DOWN(e->addr + e->len, PAGE_BITS);
            start = start < LOW_MEMORY_END ? LOW_MEMORY_END : start;
            last = last > KERNEL_WINDOW_SIZE ? KERNEL_WINDOW_SIZE : last;
            boot_memory_add(memory, start, last);
        }
        p += e->size + sizeof(e->size);
    }
}

static void find_root_task(const struct multiboot_info *info, struct boot_memory *memory)
{
    if (!(info->flags & MULTIBOOT_INFO_MODULES) || info->mods_count == 0) {
        panic("no root task: pass its ELF file as the first boot module (-initrd)");
    }
    const struct multiboot_module *module = phys_to_kernel(info->mods_addr);
    memory->root_task = (struct boot_region){ module->start, module->end };
    if (module->end < module->start) {
        panic("the root task module's bounds are inverted");
    }
}

void arch_kernel_region(paddr_t *start, paddr_t *end)
{
    *start = 0;
    *end = (paddr_t)kernel_image_end - KERNEL_IMAGE_BASE;
}

void arch_boot_root_caps(cte_t *root_cnode)
{
    cte_insert_original(&root_cnode[seL4_CapIOPortControl], cap_object_new(cap_io_port_control, NULL));
}

NORETURN void arch_boot(uint32_t magic, uint32_t info_paddr)
{
    static struct boot_memory memory;
    const struct multiboot_info *info = phys_to_kernel(info_paddr);

    serial_init();
    cpu_init();
    kernel_pml4[0] = 0;                 /* the boot code's identity mapping */
    arch_tlb_flush_asid(0, NULL);
    if (magic != MULTIBOOT_LOADER_MAGIC || !(info->flags & MULTIBOOT_INFO_MEMORY_MAP)) {
        panic("not started by a multiboot loader with a memory map");
    }
    find_free_memory(info, &memory);
    find_root_task(info, &memory);
    boot_memory_reserve(&memory, 0, (paddr_t)kernel_image_end - KERNEL_IMAGE_BASE);
    boot_root_task(&memory);
    return_to_user();
}
