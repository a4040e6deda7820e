#ifndef SEL4_ARCH_CLIENT_H
#define SEL4_ARCH_CLIENT_H

/* A page table goes at the first level its address lacks one. */
static inline seL4_Error seL4_ARM_PageTable_Map(seL4_ARM_PageTable service, seL4_CPtr vspace, seL4_Word vaddr,
                                                seL4_ARM_VMAttributes attr)
{
    return seL4_PagodaTableMap(service, ARMPageTableMap, vspace, vaddr, attr);
}

static inline seL4_Error seL4_ARM_PageTable_Unmap(seL4_ARM_PageTable service)
{
    return seL4_PagodaNoArguments(service, ARMPageTableUnmap);
}

static inline seL4_Error seL4_ARM_Page_Map(seL4_ARM_Page service, seL4_CPtr vspace, seL4_Word vaddr,
                                           seL4_CapRights_t rights, seL4_ARM_VMAttributes attr)
{
    return seL4_PagodaPageMap(service, ARMPageMap, vspace, vaddr, rights, attr);
}

static inline seL4_Error seL4_ARM_Page_Unmap(seL4_ARM_Page service)
{
    return seL4_PagodaNoArguments(service, ARMPageUnmap);
}

typedef struct seL4_ARM_Page_GetAddress {
    int error;
    seL4_Word paddr;
} seL4_ARM_Page_GetAddress_t;

static inline seL4_ARM_Page_GetAddress_t seL4_ARM_Page_GetAddress(seL4_ARM_Page service)
{
    seL4_ARM_Page_GetAddress_t result;
    result.error = seL4_PagodaGetAddress(service, ARMPageGetAddress, &result.paddr);
    return result;
}

/* Cache maintenance of bytes [start_offset, end_offset) of a mapped page. */
static inline seL4_Error seL4_PagodaPageCacheOperation(seL4_ARM_Page service, seL4_Word label,
                                                       seL4_Word start_offset, seL4_Word end_offset)
{
    seL4_Word mr[4] = { start_offset, end_offset };
    return seL4_PagodaInvokeError(service, label, 0, 2, mr);
}

static inline seL4_Error seL4_ARM_Page_Clean_Data(seL4_ARM_Page service, seL4_Word start_offset,
                                                  seL4_Word end_offset)
{
    return seL4_PagodaPageCacheOperation(service, ARMPageClean_Data, start_offset, end_offset);
}

static inline seL4_Error seL4_ARM_Page_Invalidate_Data(seL4_ARM_Page service, seL4_Word start_offset,
                                                       seL4_Word end_offset)
{
    return seL4_PagodaPageCacheOperation(service, ARMPageInvalidate_Data, start_offset, end_offset);
}

static inline seL4_Error seL4_ARM_Page_CleanInvalidate_Data(seL4_ARM_Page service, seL4_Word start_offset,
                                                            seL4_Word end_offset)
{
    return seL4_PagodaPageCacheOperation(service, ARMPageCleanInvalidate_Data, start_offset, end_offset);
}

static inline seL4_Error seL4_ARM_Page_Unify_Instruction(seL4_ARM_Page service, seL4_Word start_offset,
                                                         seL4_Word end_offset)
{
    return seL4_PagodaPageCacheOperation(service, ARMPageUnify_Instruction, start_offset, end_offset);
}

static inline seL4_Error seL4_ARM_ASIDControl_MakePool(seL4_ARM_ASIDControl service, seL4_Untyped untyped,
                                                       seL4_CNode root, seL4_Word index, seL4_Uint8 depth)
{
    return seL4_PagodaMakePool(service, ARMASIDControlMakePool, untyped, root, index, depth);
}

static inline seL4_Error seL4_ARM_ASIDPool_Assign(seL4_ARM_ASIDPool service, seL4_CPtr vspace)
{
    return seL4_PagodaAssign(service, ARMASIDPoolAssign, vspace);
}

#endif
