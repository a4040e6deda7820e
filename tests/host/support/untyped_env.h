/*
 * A CSpace and untyped memory for Untyped_Retype tests.
 *
 *   root      CNode, radix 8, guard ROOT_GUARD zero bits: slot i is cptr i at
 *             depth WORD_BITS
 *     [ROOT_SLOT]      root's own capability
 *     [DEST_SLOT]      dest, a CNode of radix 4 (16 slots)
 *     [UNTYPED_SLOT]   a 64 KiB clean untyped: its memory zero (as a child
 *                      untyped's is)
 *     [ENDPOINT_SLOT]  an endpoint (not a CNode)
 *     [DEVICE_SLOT]    a 64 KiB device untyped, filled with UNTYPED_FILL
 *     [ALIAS_SLOT]     root again, but with radix 8 and no guard
 *     [BOOT_RAM_SLOT]  a 64 KiB untyped that is not clean, filled with
 *                      UNTYPED_FILL (as boot hands out RAM)
 */
#ifndef UNTYPED_ENV_H
#define UNTYPED_ENV_H

#include "harness.h"
#include <sel4/objecttype.h>

enum { ROOT_SLOT, DEST_SLOT, UNTYPED_SLOT, ENDPOINT_SLOT, DEVICE_SLOT, ALIAS_SLOT, BOOT_RAM_SLOT };

#define ROOT_GUARD   (WORD_BITS - 8)
#define UNTYPED_BITS 16
#define DEST_RADIX   4
#define UNTYPED_FILL 0xaa

extern cte_t *root, *dest;
extern char *untyped_memory, *device_memory, *boot_ram_memory;

/* The arguments of seL4_Untyped_Retype, in message-register order. */
struct retype_args {
    word_t type, size_bits, index, depth, offset, count;
};

/* One endpoint into dest[0]. */
#define RETYPE_DEFAULTS { seL4_EndpointObject, 0, DEST_SLOT, WORD_BITS, 0, 1 }

/* Invokes Untyped_Retype on `untyped` with destination root `node`. */
seL4_Error retype(struct invocation *inv, cte_t *untyped, cte_t *node, struct retype_args args);

/* Builds the CSpace above (after harness_setup); frees with harness_teardown. */
int untyped_env_setup(void **state);

#endif
