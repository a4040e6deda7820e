/*
 * What the host tests expect of ia32's page-directory and page-table
 * entries (32-bit paging, no PAE), written out from the Intel SDM's
 * tables 4-4 to 4-6 independently of the kernel's <arch/pte.h>, and the
 * test names of arch_names.h.
 */
#ifndef HOST_ARCH_H
#define HOST_ARCH_H

#include <arch_api.h>
#include "arch_names.h"

#define HOST_IA32_P       0x1u
#define HOST_IA32_RW      0x2u
#define HOST_IA32_US      0x4u
#define HOST_IA32_PWT     0x8u
#define HOST_IA32_PCD     0x10u
#define HOST_IA32_PS      0x80u         /* a PDE that maps a 4 MiB page */
#define HOST_IA32_PTE_PAT 0x80u         /* the same bit in a PTE */
#define HOST_IA32_PDE_PAT 0x1000u       /* in a 4 MiB page's PDE */

/* A PDE pointing to a page table: present, writable and user, so that its
 * pages' own bits decide. */
static inline pte_t expected_table_entry(const void *table)
{
    return (word_t)table | HOST_IA32_P | HOST_IA32_RW | HOST_IA32_US;
}

/* A frame of size index `size` (4 KiB, 4 MiB) mapped with `rights`: the
 * attributes word's bits 0, 1 and 2 are PWT, PCD and PAT. */
static inline pte_t expected_frame_entry(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    pte_t pat = size == 0 ? HOST_IA32_PTE_PAT : HOST_IA32_PDE_PAT;
    pte_t e = frame | HOST_IA32_P | (size == 0 ? 0 : HOST_IA32_PS);
    e |= (attributes & 1 ? HOST_IA32_PWT : 0) | (attributes & 2 ? HOST_IA32_PCD : 0) | (attributes & 4 ? pat : 0);
    e |= rights == vm_read_write || rights == vm_read_only ? HOST_IA32_US : 0;
    e |= rights == vm_read_write || rights == vm_kernel_only ? HOST_IA32_RW : 0;
    return e;
}

/* For the tests' own walker: an entry of a table at the tests' `level`
 * (tests/host/support/levels.h) that points to a table: a present PDE
 * without PS (the page directory is level 2). */
static inline bool host_entry_is_table(pte_t e, word_t level)
{
    return level == 2 && (e & HOST_IA32_P) && !(e & HOST_IA32_PS);
}

static inline paddr_t host_entry_address(pte_t e)
{
    return e & 0xfffff000u;
}

#endif
