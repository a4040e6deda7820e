#include <delete.h>
#include <object.h>
#include <paging.h>
#include <sel4/constants.h>
#include <sel4/objecttype.h>
#include <sel4/types.h>

static const char *const cap_type_names[cap_type_count] = {
    [cap_null] = "null", [cap_untyped] = "Untyped", [cap_endpoint] = "Endpoint",
    [cap_notification] = "Notification", [cap_cnode] = "CNode", [cap_thread] = "TCB",
    [cap_irq_control] = "IRQControl", [cap_domain] = "Domain", [cap_frame] = "Frame",
    [cap_page_table] = "PageTable", [cap_vspace] = "VSpace", [cap_asid_control] = "ASIDControl",
    [cap_asid_pool] = "ASIDPool", [cap_io_port_control] = "IOPortControl", [cap_zombie] = "Zombie",
};

const char *cap_type_name(enum cap_type type)
{
    return (word_t)type < ARRAY_SIZE(cap_type_names) && cap_type_names[type] != NULL ? cap_type_names[type]
                                                                                     : "unknown";
}

bool object_kind(word_t type, word_t user_size_bits, struct object_kind *kind)
{
    switch (type) {
    case seL4_UntypedObject:
        *kind = (struct object_kind){ cap_untyped, user_size_bits, 0 };
        return true;
    case seL4_TCBObject:
        *kind = (struct object_kind){ cap_thread, seL4_TCBBits, 0 };
        return true;
    case seL4_EndpointObject:
        *kind = (struct object_kind){ cap_endpoint, seL4_EndpointBits, 0 };
        return true;
    case seL4_NotificationObject:
        *kind = (struct object_kind){ cap_notification, seL4_NotificationBits, 0 };
        return true;
    case seL4_CapTableObject:
        *kind = (struct object_kind){ cap_cnode, user_size_bits + seL4_SlotBits, user_size_bits };
        return true;
    default:
        return arch_object_kind(type, kind);
    }
}

cap_t object_create(const struct object_kind *kind, void *memory, bool is_device)
{
    switch (kind->cap) {
    case cap_untyped:
        return cap_untyped_new(memory, kind->size_bits, is_device, !is_device, 0);
    case cap_cnode:
        return cap_cnode_new(memory, kind->detail, 0, 0);
    case cap_frame:
        return cap_frame_new(memory, kind->detail, vm_read_write, is_device);
    case cap_page_table:
        return cap_table_new(memory, kind->detail);
    case cap_vspace:
        arch_vspace_root_init(memory);
        return cap_object_new(cap_vspace, memory);
    case cap_endpoint:
        return cap_endpoint_new(memory, cap_endpoint, seL4_AllRights.words[0]);
    case cap_notification:
        return cap_endpoint_new(memory, cap_notification, seL4_ReadWrite.words[0]);
    default:
        return cap_object_new(kind->cap, memory);
    }
}

word_t cap_object_size_bits(cap_t cap)
{
    switch (cap_type(cap)) {
    case cap_untyped: return cap.untyped.size_bits;
    case cap_endpoint: return seL4_EndpointBits;
    case cap_notification: return seL4_NotificationBits;
    case cap_cnode: return cap.cnode.radix + seL4_SlotBits;
    case cap_thread: return seL4_TCBBits;
    case cap_frame: return arch_paging.frame_bits[cap.frame.size];
    case cap_page_table: return table_type_size_bits(cap.table.table_type);
    case cap_vspace: return table_size_bits(0);
    case cap_asid_pool: return seL4_ASIDPoolBits;
    default: return 0;
    }
}

/* Capabilities to things that are not memory: only their type matters. */
static bool is_control_cap(enum cap_type type)
{
    return type == cap_irq_control || type == cap_domain || type == cap_asid_control ||
           type == cap_io_port_control;
}

/* A zombie counts as the container capability it stands for. */
static cap_t unzombie(cap_t cap)
{
    return cap_type(cap) == cap_zombie ? zombie_container(cap) : cap;
}

bool cap_same_region(cap_t a, cap_t b)
{
    a = unzombie(a);
    b = unzombie(b);
    enum cap_type type = cap_type(a);
    if (type == cap_null || cap_type(b) == cap_null) {
        return false;
    }
    if (is_control_cap(type)) {
        return cap_type(b) == type;
    }
    word_t b_bits = cap_object_size_bits(b);
    if (b_bits == 0) {
        return false;
    }
    word_t a_base = (word_t)cap_object(a), b_base = (word_t)cap_object(b);
    word_t a_last = a_base + mask_bits(cap_object_size_bits(a));
    word_t b_last = b_base + mask_bits(b_bits);
    if (type == cap_untyped || type == cap_frame) {
        bool kind_ok = type == cap_untyped || cap_type(b) == cap_frame;
        return kind_ok && a_base <= b_base && b_last <= a_last;
    }
    if (cap_type(b) != type || a_base != b_base) {
        return false;
    }
    return type != cap_cnode || a.cnode.radix == b.cnode.radix;
}

bool cap_same_object(cap_t a, cap_t b)
{
    a = unzombie(a);
    b = unzombie(b);
    if (cap_type(a) == cap_untyped) {
        return false;
    }
    if (cap_type(a) == cap_frame && cap_type(b) == cap_frame) {
        return cap_object(a) == cap_object(b) && a.frame.size == b.frame.size &&
               a.frame.is_device == b.frame.is_device;
    }
    return cap_same_region(a, b);
}
