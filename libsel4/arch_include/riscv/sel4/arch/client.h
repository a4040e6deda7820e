#ifndef SEL4_ARCH_CLIENT_H
#define SEL4_ARCH_CLIENT_H

/* A page table goes at the first level its address lacks. */
static inline seL4_Error seL4_RISCV_PageTable_Map(seL4_RISCV_PageTable service, seL4_RISCV_PageTable vspace,
                                                  seL4_Word vaddr, seL4_RISCV_VMAttributes attr)
{
    return seL4_PagodaTableMap(service, RISCVPageTableMap, vspace, vaddr, attr);
}

static inline seL4_Error seL4_RISCV_PageTable_Unmap(seL4_RISCV_PageTable service)
{
    return seL4_PagodaNoArguments(service, RISCVPageTableUnmap);
}

static inline seL4_Error seL4_RISCV_Page_Map(seL4_RISCV_Page service, seL4_RISCV_PageTable vspace, seL4_Word vaddr,
                                             seL4_CapRights_t rights, seL4_RISCV_VMAttributes attr)
{
    return seL4_PagodaPageMap(service, RISCVPageMap, vspace, vaddr, rights, attr);
}

static inline seL4_Error seL4_RISCV_Page_Unmap(seL4_RISCV_Page service)
{
    return seL4_PagodaNoArguments(service, RISCVPageUnmap);
}

typedef struct seL4_RISCV_Page_GetAddress {
    int error;
    seL4_Word paddr;
} seL4_RISCV_Page_GetAddress_t;

static inline seL4_RISCV_Page_GetAddress_t seL4_RISCV_Page_GetAddress(seL4_RISCV_Page service)
{
    seL4_RISCV_Page_GetAddress_t result;
    result.error = seL4_PagodaGetAddress(service, RISCVPageGetAddress, &result.paddr);
    return result;
}

static inline seL4_Error seL4_RISCV_ASIDControl_MakePool(seL4_RISCV_ASIDControl service, seL4_Untyped untyped,
                                                         seL4_CNode root, seL4_Word index, seL4_Uint8 depth)
{
    return seL4_PagodaMakePool(service, RISCVASIDControlMakePool, untyped, root, index, depth);
}

static inline seL4_Error seL4_RISCV_ASIDPool_Assign(seL4_RISCV_ASIDPool service, seL4_CPtr vspace)
{
    return seL4_PagodaAssign(service, RISCVASIDPoolAssign, vspace);
}

#endif
