/*
 * What the host tests expect of aarch64's translation-table descriptors,
 * written out from the Arm ARM's stage-1 formats independently of the
 * kernel's <arch/pte.h>, and the test names of arch_names.h.
 */
#ifndef HOST_ARCH_H
#define HOST_ARCH_H

#include <arch_api.h>
#include "arch_names.h"

#define HOST_ARM_VALID  0x1ul
#define HOST_ARM_TABLE  0x3ul          /* a table, or a page at level 3 */
#define HOST_ARM_NORMAL      (1ul << 2)     /* AttrIndx 1: normal write-back */
#define HOST_ARM_INNER       (3ul << 8)
#define HOST_ARM_AP_RW       (1ul << 6)
#define HOST_ARM_AP_RO       (3ul << 6)
#define HOST_ARM_AF    (1ul << 10)
#define HOST_ARM_NG  (1ul << 11)
#define HOST_ARM_PXN     (1ul << 53)
#define HOST_ARM_UXN     (1ul << 54)
#define HOST_ARM_PARITY  (1ul << 55)    /* software bit: seL4_ARM_ParityEnabled */

static inline pte_t expected_table_entry(const void *table)
{
    return (word_t)table | HOST_ARM_TABLE;
}

/* A frame of size index `size` (4 KiB page, 2 MiB and 1 GiB blocks) mapped
 * with `rights`: accessed, tagged with its ASID, never the kernel's to run. */
static inline pte_t expected_frame_entry(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    pte_t e = frame | (size == 0 ? HOST_ARM_TABLE : HOST_ARM_VALID) | HOST_ARM_AF | HOST_ARM_NG | HOST_ARM_PXN;
    e |= attributes & seL4_ARM_PageCacheable ? HOST_ARM_NORMAL | HOST_ARM_INNER : 0;
    e |= attributes & seL4_ARM_ExecuteNever ? HOST_ARM_UXN : 0;
    e |= attributes & seL4_ARM_ParityEnabled ? HOST_ARM_PARITY : 0;
    e |= rights == vm_read_write ? HOST_ARM_AP_RW : rights == vm_read_only ? HOST_ARM_AP_RO : 0;
    return e;
}

/* For the tests' own walker: an entry of a table at the tests' `level`
 * (tests/host/support/levels.h) that points to a table. */
static inline bool host_entry_is_table(pte_t e, word_t level)
{
    return level < 3 && (e & HOST_ARM_TABLE) == HOST_ARM_TABLE;
}

static inline paddr_t host_entry_address(pte_t e)
{
    return e & 0x0000fffffffff000ul;
}

/* The last page cache operation the kernel performed (host_stubs.c). */
struct cache_operation {
    word_t label, start, end;
};

extern struct cache_operation last_cache_operation;

#endif
