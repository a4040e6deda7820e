#ifndef SEL4_SEL4_ARCH_OBJECTTYPE_H
#define SEL4_SEL4_ARCH_OBJECTTYPE_H

/* ia32 adds no object types of its own: the page directory, which is the
 * VSpace root, and the rest are the x86 family's (sel4/arch/objecttype.h). */
typedef enum _mode_object {
    seL4_ModeObjectTypeCount = seL4_NonArchObjectTypeCount
} seL4_seL4ArchObjectType;

/* There is no PDPT without PAE: Retype rejects the type. */
#define seL4_IA32_PDPTObject 0xffffffff

#endif
