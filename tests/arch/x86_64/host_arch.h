/*
 * What the host tests expect of x86_64's page-table entries, written out
 * from the Intel SDM's formats independently of the kernel's <arch/pte.h>,
 * and the test names of arch_names.h.
 */
#ifndef HOST_ARCH_H
#define HOST_ARCH_H

#include <arch_api.h>
#include "arch_names.h"

#define HOST_X86_P   0x1ul
#define HOST_X86_W   0x2ul
#define HOST_X86_U   0x4ul
#define HOST_X86_PWT 0x8ul
#define HOST_X86_PCD 0x10ul
#define HOST_X86_PS  0x80ul                 /* PAT in a 4 KiB entry */

static inline pte_t expected_table_entry(const void *table)
{
    return (word_t)table | HOST_X86_P | HOST_X86_W | HOST_X86_U;
}

/* A frame of size index `size` (4 KiB, 2 MiB, 1 GiB) mapped with `rights`. */
static inline pte_t expected_frame_entry(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    pte_t e = frame | HOST_X86_P | (attributes & 1 ? HOST_X86_PWT : 0) | (attributes & 2 ? HOST_X86_PCD : 0);
    e |= rights == vm_read_write || rights == vm_read_only ? HOST_X86_U : 0;
    e |= rights == vm_read_write || rights == vm_kernel_only ? HOST_X86_W : 0;
    if (size == 0) {
        return e | (attributes & 4 ? HOST_X86_PS : 0);
    }
    return e | HOST_X86_PS | (size == 1 && (attributes & 4) ? 0x1000ul : 0);
}

/* For the tests' own walker: an entry of a table at the tests' `level`
 * (tests/host/support/levels.h) that points to a table. */
static inline bool host_entry_is_table(pte_t e, word_t level)
{
    return (e & HOST_X86_P) && !(level > 0 && (e & HOST_X86_PS));
}

static inline paddr_t host_entry_address(pte_t e)
{
    return e & 0x000ffffffffff000ul;
}

#endif
