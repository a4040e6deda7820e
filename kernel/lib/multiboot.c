/* Booting from the multiboot (version 1) information: memory map, modules
 * and command line. */
#include <boot.h>
#include <memory.h>
#include <multiboot.h>
#include <printf.h>
#include <thread.h>

#define MULTIBOOT_LOADER_MAGIC 0x2badb002
#define MULTIBOOT_INFO_COMMAND_LINE BIT(2)
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

/* Clips the region to what the window reaches in 64 bits, before it can
 * be a paddr_t: entries may lie above 4 GiB. */
static void add_available(struct boot_memory *memory, uint64_t start, uint64_t end)
{
    const uint64_t window_end = (uint64_t)KERNEL_WINDOW_PADDR + KERNEL_WINDOW_SIZE;
    start = start < LOW_MEMORY_END ? LOW_MEMORY_END : start;
    end = end > window_end ? window_end : end;
    if (start < end) {
        boot_memory_add(memory, ALIGN_UP((paddr_t)start, PAGE_BITS), ALIGN_DOWN((paddr_t)end, PAGE_BITS));
    }
}

static void find_free_memory(const struct multiboot_info *info, struct boot_memory *memory)
{
    const char *p = phys_to_kernel(info->mmap_addr);
    const char *end = p + info->mmap_length;
    while (p < end) {
        const struct multiboot_mmap_entry *e = (const void *)p;
        if (e->type == MULTIBOOT_MEMORY_AVAILABLE) {
            add_available(memory, e->addr, e->addr + e->len);
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

NORETURN void multiboot_boot_root_task(uint32_t magic, paddr_t info_paddr)
{
    static struct boot_memory memory;
    const struct multiboot_info *info = phys_to_kernel(info_paddr);
    if (magic != MULTIBOOT_LOADER_MAGIC || !(info->flags & MULTIBOOT_INFO_MEMORY_MAP)) {
        panic("not started by a multiboot loader with a memory map");
    }
    if (info->flags & MULTIBOOT_INFO_COMMAND_LINE) {
        boot_read_options(phys_to_kernel(info->cmdline));    /* QEMU's: the kernel's file name, then -append */
    }
    find_free_memory(info, &memory);
    find_root_task(info, &memory);
    boot_root_task(&memory);
    return_to_user();
}
