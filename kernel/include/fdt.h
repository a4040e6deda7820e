/* The flattened device tree, for the architectures whose boot loader
 * passes one (kernel/lib/fdt.c). */
#ifndef FDT_H
#define FDT_H

#include <types.h>

/* The first memory region the device tree at `dtb` describes, as far as a
 * word can address it; false if there is no device tree there, no memory
 * node in it, or the region starts beyond a word's reach. */
bool fdt_find_memory(const void *dtb, paddr_t *base, word_t *size);

/* The boot command line (/chosen's bootargs), or NULL if there is none. */
const char *fdt_find_bootargs(const void *dtb);

#endif
