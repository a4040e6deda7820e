#ifndef SEL4_ARCH_OBJECTTYPE_H
#define SEL4_ARCH_OBJECTTYPE_H

typedef enum _object {
    seL4_RISCV_4K_Page = seL4_ModeObjectTypeCount,
    seL4_RISCV_Mega_Page,
    seL4_RISCV_PageTableObject,         /* any level, and the VSpace root */
    seL4_ObjectTypeCount
} seL4_ArchObjectType;

#endif
