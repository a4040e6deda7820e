/* The multiboot hand-over, for the architectures QEMU boots as multiboot
 * kernels (kernel/lib/multiboot.c). */
#ifndef MULTIBOOT_H
#define MULTIBOOT_H

/* The kernel image's header, for assembly: page-aligned modules, and a
 * memory map in the information the loader passes. */
#define MULTIBOOT_HEADER_MAGIC 0x1badb002
#define MULTIBOOT_HEADER_FLAGS 0x3

#ifndef __ASSEMBLER__
#include <types.h>

/*
 * Boots the root task (boot_root_task(), then return_to_user()) with what
 * the multiboot information at `info_paddr` describes: free RAM from 1 MiB
 * up, as far as the kernel window reaches; and the root task's ELF file,
 * the first boot module.
 * Panics unless a multiboot loader (`magic`) passed a memory map and the
 * module.
 */
NORETURN void multiboot_boot_root_task(uint32_t magic, paddr_t info_paddr);
#endif

#endif
