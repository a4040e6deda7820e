#ifndef SEL4_SEL4_ARCH_CLIENT_H
#define SEL4_SEL4_ARCH_CLIENT_H

static inline seL4_Error seL4_X86_PDPT_Map(seL4_X86_PDPT service, seL4_X64_PML4 pml4, seL4_Word vaddr,
                                           seL4_X86_VMAttributes attr)
{
    seL4_Word mr[4] = { vaddr, attr };
    seL4_SetCap(0, pml4);
    return seL4_PagodaInvokeError(service, X86PDPTMap, 1, 2, mr);
}

static inline seL4_Error seL4_X86_PDPT_Unmap(seL4_X86_PDPT service)
{
    seL4_Word mr[4] = { 0 };
    return seL4_PagodaInvokeError(service, X86PDPTUnmap, 0, 0, mr);
}

#endif
