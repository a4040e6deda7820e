#ifndef SEL4_SEL4_ARCH_CLIENT_H
#define SEL4_SEL4_ARCH_CLIENT_H

static inline seL4_Error seL4_X86_PDPT_Map(seL4_X86_PDPT service, seL4_X64_PML4 pml4, seL4_Word vaddr,
                                           seL4_X86_VMAttributes attr)
{
    return seL4_PagodaTableMap(service, X86PDPTMap, pml4, vaddr, attr);
}

static inline seL4_Error seL4_X86_PDPT_Unmap(seL4_X86_PDPT service)
{
    return seL4_PagodaNoArguments(service, X86PDPTUnmap);
}

#endif
