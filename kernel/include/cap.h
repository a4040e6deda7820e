/*
 * Capabilities: two words each, laid out per word size (cap_layout64.h,
 * cap_layout32.h).  Every type has the type and the object it names; the
 * rest is per type.  Generic code uses the fields by name, and the object
 * and a zombie's parent, which a layout may pack by type, through
 * pack_object(), cap_object(), cap_set_object() and cap_zombie_parent(),
 * and an untyped's free offset, which a layout may keep in units, through
 * cap_untyped_free_offset() and cap_untyped_set_free_offset().
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
    cap_page_table,         /* a paging structure below the root */
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

#if WORD_BITS == 64
#include <cap_layout64.h>
#else
#include <cap_layout32.h>
#endif

#define PAGE_BITS 12

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

/* An untyped that has handed out its first `free_offset` bytes.  A clean
 * one promises that all its memory beyond that is zero; device memory,
 * which the kernel never clears, is never clean. */
static inline cap_t cap_untyped_new(void *base, word_t size_bits, bool is_device, bool is_clean,
                                    word_t free_offset)
{
    return (cap_t){ .untyped = { .type = cap_untyped, .object = pack_object(cap_untyped, base),
                                 .size_bits = size_bits, .is_device = is_device, .is_clean = is_clean,
                                 UNTYPED_FREE_OFFSET(free_offset) } };
}

static inline cap_t cap_cnode_new(void *slots, word_t radix, word_t guard_size, word_t guard)
{
    return (cap_t){ .cnode = { .type = cap_cnode, .object = pack_object(cap_cnode, slots), .radix = radix,
                               .guard_size = guard_size, .guard = guard } };
}

/* An endpoint or notification capability. */
static inline cap_t cap_endpoint_new(void *object, enum cap_type type, word_t rights)
{
    return (cap_t){ .endpoint = { .type = type, .object = pack_object(type, object), .rights = rights } };
}

static inline cap_t cap_frame_new(void *base, word_t size, enum vm_rights rights, bool is_device)
{
    return (cap_t){ .frame = { .type = cap_frame, .object = pack_object(cap_frame, base), .size = size,
                               .rights = rights, .is_device = is_device } };
}

/* An unmapped table of table type `type` (an index of arch_paging.table). */
static inline cap_t cap_table_new(void *table, word_t type)
{
    return (cap_t){ .table = { .type = cap_page_table, .object = pack_object(cap_page_table, table),
                               .table_type = type } };
}

/* A capability with every per-type field zero.  It starts from zeroed words:
 * an initialiser of .any would leave its unnamed bit-fields, where VSpace,
 * ASID pool and zombie capabilities keep their fields, indeterminate. */
static inline cap_t cap_object_new(enum cap_type type, void *object)
{
    cap_t cap = cap_null_new();
    cap.any.type = type;
    cap_set_object(&cap, object);
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
