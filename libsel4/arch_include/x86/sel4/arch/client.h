#ifndef SEL4_ARCH_CLIENT_H
#define SEL4_ARCH_CLIENT_H

static inline seL4_Error seL4_X86_PageDirectory_Map(seL4_X86_PageDirectory service, seL4_CPtr vspace,
                                                    seL4_Word vaddr, seL4_X86_VMAttributes attr)
{
    return seL4_PagodaTableMap(service, X86PageDirectoryMap, vspace, vaddr, attr);
}

static inline seL4_Error seL4_X86_PageDirectory_Unmap(seL4_X86_PageDirectory service)
{
    return seL4_PagodaNoArguments(service, X86PageDirectoryUnmap);
}

static inline seL4_Error seL4_X86_PageTable_Map(seL4_X86_PageTable service, seL4_CPtr vspace, seL4_Word vaddr,
                                                seL4_X86_VMAttributes attr)
{
    return seL4_PagodaTableMap(service, X86PageTableMap, vspace, vaddr, attr);
}

static inline seL4_Error seL4_X86_PageTable_Unmap(seL4_X86_PageTable service)
{
    return seL4_PagodaNoArguments(service, X86PageTableUnmap);
}

static inline seL4_Error seL4_X86_Page_Map(seL4_X86_Page service, seL4_CPtr vspace, seL4_Word vaddr,
                                           seL4_CapRights_t rights, seL4_X86_VMAttributes attr)
{
    return seL4_PagodaPageMap(service, X86PageMap, vspace, vaddr, rights, attr);
}

static inline seL4_Error seL4_X86_Page_Unmap(seL4_X86_Page service)
{
    return seL4_PagodaNoArguments(service, X86PageUnmap);
}

typedef struct seL4_X86_Page_GetAddress {
    int error;
    seL4_Word paddr;
} seL4_X86_Page_GetAddress_t;

static inline seL4_X86_Page_GetAddress_t seL4_X86_Page_GetAddress(seL4_X86_Page service)
{
    seL4_X86_Page_GetAddress_t result;
    result.error = seL4_PagodaGetAddress(service, X86PageGetAddress, &result.paddr);
    return result;
}

static inline seL4_Error seL4_X86_ASIDControl_MakePool(seL4_X86_ASIDControl service, seL4_Untyped untyped,
                                                       seL4_CNode root, seL4_Word index, seL4_Uint8 depth)
{
    return seL4_PagodaMakePool(service, X86ASIDControlMakePool, untyped, root, index, depth);
}

static inline seL4_Error seL4_X86_ASIDPool_Assign(seL4_X86_ASIDPool service, seL4_CPtr vspace)
{
    return seL4_PagodaAssign(service, X86ASIDPoolAssign, vspace);
}

#endif
