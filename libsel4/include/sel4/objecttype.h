#ifndef SEL4_OBJECTTYPE_H
#define SEL4_OBJECTTYPE_H

/* Object types are numbered in three layers, as in seL4: generic, then the
 * word-size specific ("sel4_arch"), then the architecture's. */
typedef enum api_object {
    seL4_UntypedObject,
    seL4_TCBObject,
    seL4_EndpointObject,
    seL4_NotificationObject,
    seL4_CapTableObject,
    seL4_NonArchObjectTypeCount,
} seL4_ObjectType;

typedef seL4_Word api_object_t;

#include <sel4/sel4_arch/objecttype.h>
#include <sel4/arch/objecttype.h>

#endif
