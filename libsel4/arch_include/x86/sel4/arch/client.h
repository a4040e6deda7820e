#ifndef SEL4_ARCH_CLIENT_H
#define SEL4_ARCH_CLIENT_H

/* Map and Unmap of a paging structure below the root. */
static inline seL4_Error seL4_PagodaTableMap(seL4_CPtr service, seL4_Word label, seL4_CPtr vspace,
                                             seL4_Word vaddr, seL4_X86_VMAttributes attr)
{
    seL4_Word mr[4] = { vaddr, attr };
    seL4_SetCap(0, vspace);
    return seL4_PagodaInvokeError(service, label, 1, 2, mr);
}

static inline seL4_Error seL4_PagodaNoArguments(seL4_CPtr service, seL4_Word label)
{
    seL4_Word mr[4] = { 0 };
    return seL4_PagodaInvokeError(service, label, 0, 0, mr);
}

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
    seL4_Word mr[4] = { vaddr, rights.words[0], attr };
    seL4_SetCap(0, vspace);
    return seL4_PagodaInvokeError(service, X86PageMap, 1, 3, mr);
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
    seL4_Word mr[4] = { 0 };
    seL4_MessageInfo_t reply = seL4_PagodaInvoke(service, X86PageGetAddress, 0, 0, mr);
    seL4_X86_Page_GetAddress_t result = { (int)seL4_MessageInfo_get_label(reply), mr[0] };
    return result;
}

static inline seL4_Error seL4_X86_ASIDControl_MakePool(seL4_X86_ASIDControl service, seL4_Untyped untyped,
                                                       seL4_CNode root, seL4_Word index, seL4_Uint8 depth)
{
    seL4_Word mr[4] = { index, depth };
    seL4_SetCap(0, untyped);
    seL4_SetCap(1, root);
    return seL4_PagodaInvokeError(service, X86ASIDControlMakePool, 2, 2, mr);
}

static inline seL4_Error seL4_X86_ASIDPool_Assign(seL4_X86_ASIDPool service, seL4_CPtr vspace)
{
    seL4_Word mr[4] = { 0 };
    seL4_SetCap(0, vspace);
    return seL4_PagodaInvokeError(service, X86ASIDPoolAssign, 1, 0, mr);
}

#endif
