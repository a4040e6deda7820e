#ifndef SEL4_SEL4_ARCH_OBJECTTYPE_H
#define SEL4_SEL4_ARCH_OBJECTTYPE_H

typedef enum _mode_object {
    seL4_ARM_PageDirectoryObject = seL4_NonArchObjectTypeCount,
    seL4_ModeObjectTypeCount
} seL4_ModeObjectType;

#endif
