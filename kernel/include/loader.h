/* What a boot loader left in RAM without saying how large it is: the root
 * task's ELF file, where QEMU's generic loader puts it on the machines
 * that boot from a device tree (kernel/lib/loader.c). */
#ifndef LOADER_H
#define LOADER_H

#include <boot.h>

/* Records the ELF file at `paddr` as the root task's, as far as its headers
 * say it extends; panics unless it lies within the first free region. */
void loader_find_root_task(struct boot_memory *memory, paddr_t paddr);

#endif
