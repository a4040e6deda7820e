/* What a boot loader left in RAM on the machines that boot from a device
 * tree (kernel/lib/loader.c): the device tree, with RAM and the boot
 * command line, and the root task's ELF file where QEMU's generic loader
 * puts it without saying how large it is. */
#ifndef LOADER_H
#define LOADER_H

#include <types.h>

/*
 * Boots the root task (boot_root_task(), then return_to_user()) with the
 * first memory region the device tree at `dtb` names, as far as the
 * kernel window reaches, and the ELF file at `root_task`, as far as its
 * headers say it extends; reads the boot options of the device tree's
 * command line (boot_read_options()).  Panics if there is no such region in the
 * window, or no such file within it.
 */
NORETURN void loader_boot_root_task(paddr_t dtb, paddr_t root_task);

#endif
