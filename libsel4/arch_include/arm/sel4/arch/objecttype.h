#ifndef SEL4_ARCH_OBJECTTYPE_H
#define SEL4_ARCH_OBJECTTYPE_H

#include <sel4/config.h>

typedef enum _object {
    seL4_ARM_SmallPageObject = seL4_ModeObjectTypeCount,
    seL4_ARM_LargePageObject,
#ifdef CONFIG_ARCH_AARCH32
    seL4_ARM_SectionObject,
    seL4_ARM_SuperSectionObject,
#endif
    seL4_ARM_PageTableObject,
#ifdef CONFIG_ARCH_AARCH64
    /* The older aarch64 API's tables, each fixed to its level (Pagoda keeps
     * them beside PageTableObject, which takes any level). */
    seL4_ARM_PageUpperDirectoryObject,
    seL4_ARM_PageDirectoryObject,
#endif
    seL4_ObjectTypeCount
} seL4_ArchObjectType;

/* Object types of configurations Pagoda does not build: Retype rejects them. */
#define seL4_ARM_VCPUObject        0xfffe
#define seL4_ARM_IOPageTableObject 0xffff

#endif
