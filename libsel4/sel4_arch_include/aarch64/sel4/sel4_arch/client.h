#ifndef SEL4_SEL4_ARCH_CLIENT_H
#define SEL4_SEL4_ARCH_CLIENT_H

/* The older API's tables, each fixed to its level. */
static inline seL4_Error seL4_ARM_PageUpperDirectory_Map(seL4_ARM_PageUpperDirectory service, seL4_CPtr vspace,
                                                         seL4_Word vaddr, seL4_ARM_VMAttributes attr)
{
    return seL4_PagodaTableMap(service, ARMPageUpperDirectoryMap, vspace, vaddr, attr);
}

static inline seL4_Error seL4_ARM_PageUpperDirectory_Unmap(seL4_ARM_PageUpperDirectory service)
{
    return seL4_PagodaNoArguments(service, ARMPageUpperDirectoryUnmap);
}

static inline seL4_Error seL4_ARM_PageDirectory_Map(seL4_ARM_PageDirectory service, seL4_CPtr vspace,
                                                    seL4_Word vaddr, seL4_ARM_VMAttributes attr)
{
    return seL4_PagodaTableMap(service, ARMPageDirectoryMap, vspace, vaddr, attr);
}

static inline seL4_Error seL4_ARM_PageDirectory_Unmap(seL4_ARM_PageDirectory service)
{
    return seL4_PagodaNoArguments(service, ARMPageDirectoryUnmap);
}

#endif
