/*
 * The host memory the tests give the kernel: fixed regions of the host's
 * address space, inside the kernel window of the host's <arch/memory.h>
 * (where a 32-bit capability can name them) and the same in every process
 * (so that a run reproduces exactly).  No test framework is needed to use
 * them: the fuzz target does.
 *
 *   HOST_OBJECTS  the blocks of host_alloc(), the objects tests make by hand
 *   HOST_RAM      a booted machine's RAM, then its root task's ELF file
 *                 (root_task_env.h)
 *   HOST_DEVICES  its device memory, 2^HOST_DEVICE_BITS bytes
 */
#ifndef HOST_MEMORY_H
#define HOST_MEMORY_H

#include <types.h>

#if WORD_BITS == 64
/* Above AddressSanitizer's shadow memory, which ends at 0x10007fff8000. */
#define HOST_RAM          0x300000000000ul
#define HOST_OBJECTS      0x300010000000ul
#define HOST_OBJECT_BITS  28
#define HOST_DEVICES      0x300040000000ul
#define HOST_DEVICE_BITS  30                /* a 1 GiB frame */
#else
/* The kernel window, above AddressSanitizer's shadow memory (which ends
 * at 0x40000000); its first byte packs as no object, so nothing is there. */
#define HOST_RAM          0x80400000ul
#define HOST_OBJECTS      0x84000000ul
#define HOST_OBJECT_BITS  26
#define HOST_DEVICES      0x90000000ul
#define HOST_DEVICE_BITS  27                /* the window ends at 0x9fc00000 */
#endif

/* Makes [address, address + size) host memory, readable and, if
 * `writable`, writable; aborts if it cannot have exactly those addresses. */
void host_memory_map(word_t address, word_t size, bool writable);

/* A zeroed block of 2^bits bytes from HOST_OBJECTS, aligned to its size
 * (at least 16 bytes); NULL if there is no room left.  AddressSanitizer
 * reports any access to HOST_OBJECTS outside the blocks handed out. */
void *host_alloc(word_t bits);

/* Takes back every block. */
void host_free_all(void);

#endif
