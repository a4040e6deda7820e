/*
 * The invocation stubs the QEMU test programs use on ia32, under the names
 * every architecture's table gives (arch_names.h has the rest).
 */
#ifndef ARCH_TEST_H
#define ARCH_TEST_H

#include <sel4/sel4.h>
#include "arch_names.h"

static inline seL4_Error page_map(seL4_CPtr frame, seL4_CPtr vspace, seL4_Word vaddr, seL4_CapRights_t rights,
                                  seL4_Word attr)
{
    return seL4_X86_Page_Map(frame, vspace, vaddr, rights, (seL4_X86_VMAttributes)attr);
}

static inline seL4_Error page_unmap(seL4_CPtr frame)
{
    return seL4_X86_Page_Unmap(frame);
}

struct page_address {
    int error;
    seL4_Word paddr;
};

static inline struct page_address page_get_address(seL4_CPtr frame)
{
    seL4_X86_Page_GetAddress_t r = seL4_X86_Page_GetAddress(frame);
    return (struct page_address){ r.error, r.paddr };
}

/* Map and Unmap of the table type of `level`: the page table, level 3. */
static inline seL4_Error table_map(int level, seL4_CPtr table, seL4_CPtr vspace, seL4_Word vaddr, seL4_Word attr)
{
    (void)level;
    return seL4_X86_PageTable_Map(table, vspace, vaddr, (seL4_X86_VMAttributes)attr);
}

static inline seL4_Error table_unmap(int level, seL4_CPtr table)
{
    (void)level;
    return seL4_X86_PageTable_Unmap(table);
}

static inline seL4_Error asid_make_pool(seL4_CPtr control, seL4_CPtr untyped, seL4_CPtr root, seL4_Word index,
                                        seL4_Uint8 depth)
{
    return seL4_X86_ASIDControl_MakePool(control, untyped, root, index, depth);
}

static inline seL4_Error asid_assign(seL4_CPtr pool, seL4_CPtr vspace)
{
    return seL4_X86_ASIDPool_Assign(pool, vspace);
}

#endif
