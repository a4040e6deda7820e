#ifndef SEL4_ARCH_OBJECTTYPE_H
#define SEL4_ARCH_OBJECTTYPE_H

typedef enum _object {
    seL4_X86_4K = seL4_ModeObjectTypeCount,
    seL4_X86_LargePageObject,
    seL4_X86_PageTableObject,
    seL4_X86_PageDirectoryObject,
    seL4_ObjectTypeCount
} seL4_ArchObjectType;

/* Object types of configurations Pagoda does not build: Retype rejects them. */
#define seL4_X86_IOPageTableObject 0xffffff
#define seL4_X86_VCPUObject        0xfffffe
#define seL4_X86_EPTPML4Object     0xfffffd
#define seL4_X86_EPTPDPTObject     0xfffffc
#define seL4_X86_EPTPDObject       0xfffffb
#define seL4_X86_EPTPTObject       0xfffffa

#endif
