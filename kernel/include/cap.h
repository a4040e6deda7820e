/*
 * Capabilities.
 *
 * A capability is two words.  Every type starts with the same header: the
 * type and the address of the object it names.  The rest is per type:
 *
 *   word 0: type (5) | object address bits 47..4 (44) | per-type (15)
 *   word 1: per-type
 *
 * Objects are at least 16 bytes and naturally aligned, so 44 bits of
 * address (sign-extended from bit 47) name any kernel object.
 */
#ifndef CAP_H
#define CAP_H

#include <types.h>

struct cte;

enum cap_type {
    cap_null,               /* zeroed memory holds null capabilities */
    cap_untyped,
    cap_endpoint,
    cap_notification,
    cap_cnode,
    cap_thread,
    cap_irq_control,
    cap_domain,
    cap_frame,
    cap_page_table,         /* a paging structure below the root; see .level */
    cap_vspace,             /* the root of a paging hierarchy */
    cap_asid_control,
    cap_asid_pool,
    cap_io_port_control,    /* x86 only */
    cap_zombie,             /* a CNode or TCB being emptied; exists only inside a deletion */
    cap_type_count
};

/* A frame capability's rights over its mappings. */
enum vm_rights {
    vm_no_access,
    vm_kernel_only,
    vm_read_only,
    vm_read_write,
};

#define CAP_HEADER word_t type : 5; word_t object : 44

typedef union cap {
    struct { CAP_HEADER; word_t : 15; word_t : 64; } any;
    struct {
        CAP_HEADER;
        word_t size_bits : 6;
        word_t is_device : 1;
        word_t : 8;
        word_t free_offset;          /* bytes already handed out */
    } untyped;
    struct {
        CAP_HEADER;
        word_t radix : 6;
        word_t guard_size : 6;
        word_t : 3;
        word_t guard;
    } cnode;
    struct {
        CAP_HEADER;
        word_t rights : 4;           /* seL4_CapRights_t bits; notifications use read and write */
        word_t : 11;
        word_t badge;
    } endpoint;                      /* and notification */
    struct {
        CAP_HEADER;
        word_t size : 2;             /* index into arch_paging.frame_bits */
        word_t rights : 2;           /* enum vm_rights */
        word_t is_device : 1;
        word_t : 10;
        word_t asid : 16;            /* 0: not mapped */
        word_t mapped_page : 36;     /* mapped address >> 12 */
        word_t : 12;
    } frame;
    struct {
        CAP_HEADER;
        word_t level : 3;            /* its level in the hierarchy; the root is 0 */
        word_t is_mapped : 1;
        word_t : 11;
        word_t asid : 16;
        word_t mapped_page : 36;
        word_t : 12;
    } table;
    struct {
        CAP_HEADER;
        word_t : 15;
        word_t asid : 16;            /* 0: not yet assigned */
        word_t : 48;
    } vspace;
    struct {
        CAP_HEADER;
        word_t : 15;
        word_t asid_base : 16;
        word_t : 48;
    } asid_pool;
    struct {
        CAP_HEADER;                  /* object: the container's next slot to examine */
        word_t radix : 6;            /* a CNode's; unused for a TCB */
        word_t is_thread : 1;
        word_t exhausted : 1;        /* every slot has been examined */
        word_t : 7;
        struct cte *parent;          /* the zombie of the container this one lies in */
    } zombie;
    word_t words[2];
} cap_t;

_Static_assert(sizeof(cap_t) == 2 * sizeof(word_t), "a capability is two words");

#define PAGE_BITS 12

static inline word_t pack_object(const void *object)
{
    return ((word_t)object >> 4) & mask_bits(44);
}

static inline void *cap_object(cap_t cap)
{
    return (void *)((intptr_t)((word_t)cap.any.object << 20) >> 16);
}

static inline enum cap_type cap_type(cap_t cap)
{
    return (enum cap_type)cap.any.type;
}

static inline bool cap_is_null(cap_t cap)
{
    return cap.any.type == cap_null;
}

static inline cap_t cap_null_new(void)
{
    return (cap_t){ .words = { 0, 0 } };
}

static inline cap_t cap_untyped_new(void *base, word_t size_bits, bool is_device, word_t free_offset)
{
    return (cap_t){ .untyped = { .type = cap_untyped, .object = pack_object(base),
                                 .size_bits = size_bits, .is_device = is_device,
                                 .free_offset = free_offset } };
}

static inline cap_t cap_cnode_new(void *slots, word_t radix, word_t guard_size, word_t guard)
{
    return (cap_t){ .cnode = { .type = cap_cnode, .object = pack_object(slots), .radix = radix,
                               .guard_size = guard_size, .guard = guard } };
}

/* An endpoint or notification capability. */
static inline cap_t cap_endpoint_new(void *object, enum cap_type type, word_t rights)
{
    return (cap_t){ .endpoint = { .type = type, .object = pack_object(object), .rights = rights } };
}

static inline cap_t cap_frame_new(void *base, word_t size, enum vm_rights rights, bool is_device)
{
    return (cap_t){ .frame = { .type = cap_frame, .object = pack_object(base), .size = size,
                               .rights = rights, .is_device = is_device } };
}

static inline cap_t cap_table_new(void *table, word_t level)
{
    return (cap_t){ .table = { .type = cap_page_table, .object = pack_object(table), .level = level } };
}

/* A capability with every per-type field zero.  It starts from zeroed words:
 * an initialiser of .any would leave its unnamed bit-fields, where VSpace,
 * ASID pool and zombie capabilities keep their fields, indeterminate. */
static inline cap_t cap_object_new(enum cap_type type, void *object)
{
    cap_t cap = cap_null_new();
    cap.any.type = type;
    cap.any.object = pack_object(object);
    return cap;
}

static inline vaddr_t cap_frame_mapped_address(cap_t cap)
{
    return (vaddr_t)cap.frame.mapped_page << PAGE_BITS;
}

static inline vaddr_t cap_table_mapped_address(cap_t cap)
{
    return (vaddr_t)cap.table.mapped_page << PAGE_BITS;
}

#endif
