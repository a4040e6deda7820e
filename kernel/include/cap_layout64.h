/*
 * The capability layout for 64-bit words:
 *
 *   word 0: type (5) | object address bits 47..4 (44) | per-type (15)
 *   word 1: per-type
 *
 * Objects are at least 16 bytes and naturally aligned, so 44 bits of
 * address (sign-extended from bit 47) name any kernel object.
 */
#ifndef CAP_LAYOUT64_H
#define CAP_LAYOUT64_H

#define CAP_HEADER word_t type : 5; word_t object : 44

typedef union cap {
    struct { CAP_HEADER; word_t : 15; word_t : 64; } any;
    struct {
        CAP_HEADER;
        word_t size_bits : 6;
        word_t is_device : 1;
        word_t is_clean : 1;         /* all beyond the free offset is zero */
        word_t : 7;
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
        word_t table_type : 3;       /* index of arch_paging.table */
        word_t level : 3;            /* while mapped: the level it is mapped at */
        word_t is_mapped : 1;
        word_t : 8;
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

/* The object field's value for `object` in a capability of `type` (every
 * type packs its object alike here). */
static inline word_t pack_object(enum cap_type type, const void *object)
{
    (void)type;
    return ((word_t)object >> 4) & mask_bits(44);
}

static inline void *cap_object(cap_t cap)
{
    return (void *)((intptr_t)((word_t)cap.any.object << 20) >> 16);
}

static inline void cap_set_object(cap_t *cap, const void *object)
{
    cap->any.object = pack_object(cap_null, object);
}

/* An untyped's free offset: the bytes it has handed out (in an
 * initializer, and read and set). */
#define UNTYPED_FREE_OFFSET(offset) .free_offset = (offset)

static inline word_t cap_untyped_free_offset(cap_t cap)
{
    return cap.untyped.free_offset;
}

static inline void cap_untyped_set_free_offset(cap_t *cap, word_t free_offset)
{
    cap->untyped.free_offset = free_offset;
}

/* A zombie's parent: the zombie of the container it lies in, or NULL. */
static inline struct cte *cap_zombie_parent(cap_t cap)
{
    return cap.zombie.parent;
}

static inline void cap_zombie_set_parent(cap_t *cap, struct cte *parent)
{
    cap->zombie.parent = parent;
}

#endif
