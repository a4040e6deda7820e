#ifndef SEL4_SEL4_ARCH_OBJECTTYPE_H
#define SEL4_SEL4_ARCH_OBJECTTYPE_H

typedef enum _mode_object {
    seL4_RISCV_Giga_Page = seL4_NonArchObjectTypeCount,
    seL4_ModeObjectTypeCount
} seL4_ModeObjectType;

/* Sv39 has no 512 GiB pages. */
#define seL4_RISCV_Tera_Page 0xffffffff

#endif
