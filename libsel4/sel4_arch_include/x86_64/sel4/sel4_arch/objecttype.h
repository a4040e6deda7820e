#ifndef SEL4_SEL4_ARCH_OBJECTTYPE_H
#define SEL4_SEL4_ARCH_OBJECTTYPE_H

typedef enum _mode_object {
    seL4_X86_PDPTObject = seL4_NonArchObjectTypeCount,
    seL4_X64_PML4Object,
    seL4_X64_HugePageObject,
    seL4_ModeObjectTypeCount
} seL4_seL4ArchObjectType;

#define seL4_IA32_PDPTObject seL4_X86_PDPTObject

#endif
