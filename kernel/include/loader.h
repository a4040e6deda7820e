/* What a boot loader left in RAM on the machines that boot from a device
 * tree (kernel/lib/loader.c): the device tree, and the root task's ELF file
 * where QEMU's generic loader puts it without saying how large it is. */
#ifndef LOADER_H
#define LOADER_H

#include <boot.h>

/* Records the ELF file at `paddr` as the root task's, as far as its headers
 * say it extends; panics unless it lies within the first free region. */
void loader_find_root_task(struct boot_memory *memory, paddr_t paddr);

/* Adds the first memory region the device tree at `dtb` names, as far as
 * the kernel window reaches; panics if there is none in the window. */
void loader_add_device_tree_memory(struct boot_memory *memory, paddr_t dtb);

#endif
