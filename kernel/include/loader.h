/* What a boot loader left in RAM on the machines that boot from a device
 * tree (kernel/lib/loader.c): the device tree, with RAM and the boot
 * command line, and the root task's ELF file where QEMU's generic loader
 * puts it without saying how large it is. */
#ifndef LOADER_H
#define LOADER_H

#include <boot.h>

/* Records the ELF file at `paddr` as the root task's, as far as its headers
 * say it extends; panics unless it lies within the first free region. */
void loader_find_root_task(struct boot_memory *memory, paddr_t paddr);

/* Adds the first memory region the device tree at `dtb` names, as far as
 * the kernel window reaches, and reads the boot options of its command
 * line; panics if there is no memory region in the window. */
void loader_read_device_tree(struct boot_memory *memory, paddr_t dtb);

#endif
