/*
 * The capability layout for 32-bit words: 64 bits, as in seL4, packed as
 * one 64-bit bit-field unit:
 *
 *   bits 0..3        type
 *   bits 4..         per type
 *   top bits         the object, as its offset in the kernel window in
 *                    units of the type's alignment (OBJECT_SHIFT)
 *
 * The kernel window is smaller than 512 MiB, so an object of 2^s-byte
 * alignment takes 29 - s bits: frames, VSpace roots and ASID pools 17,
 * page tables (ARMv7's are 1 KiB) 19, everything else 25; and an untyped,
 * smaller than the window, keeps its free offset (up to its size, when it
 * is full) in 16-byte units in 25 bits, as seL4 does: nothing Retype makes
 * is smaller, and all is naturally aligned.  That leaves room for a
 * frame's ASID (seL4's 17 bits) and mapped page, but not for a whole
 * pointer: a zombie's parent is packed like an object.  Bit-fields are
 * allocated from bit 0 up on every 32-bit architecture Pagoda builds.
 */
#ifndef CAP_LAYOUT32_H
#define CAP_LAYOUT32_H

#include <arch/memory.h>
#include <printf.h>
#include <sel4/constants.h>

#define WINDOW_BITS 29

/* Strictly smaller: a 2^29-byte untyped, once full, would read as empty. */
_Static_assert(KERNEL_WINDOW_SIZE < (1ul << WINDOW_BITS), "the kernel window fits a packed object");

/* log2 of the alignment every object of a type has. */
static inline word_t object_shift(enum cap_type type)
{
    switch (type) {
    case cap_frame:
    case cap_vspace:
    case cap_asid_pool:
        return 12;
    case cap_page_table:
        return 10;
    default:
        return 4;
    }
}

#define OBJECT_BITS(shift) (WINDOW_BITS - (shift))

typedef union cap {
    struct { uint64_t type : 4; uint64_t : 60; } any;
    struct {
        uint64_t type : 4;
        uint64_t size_bits : 5;
        uint64_t is_device : 1;
        uint64_t is_clean : 1;       /* all beyond the free offset is zero */
        uint64_t free_index : WINDOW_BITS - seL4_MinUntypedBits;   /* the free offset in 16-byte units */
        uint64_t : 3;
        uint64_t object : OBJECT_BITS(4);
    } untyped;
    struct {
        uint64_t type : 4;
        uint64_t radix : 5;
        uint64_t guard_size : 5;
        uint64_t guard : 18;         /* seL4's 32-bit guard */
        uint64_t : 7;
        uint64_t object : OBJECT_BITS(4);
    } cnode;
    struct {
        uint64_t type : 4;
        uint64_t rights : 4;
        uint64_t badge : 28;         /* seL4's 32-bit badge */
        uint64_t : 3;
        uint64_t object : OBJECT_BITS(4);
    } endpoint;
    struct {
        uint64_t type : 4;
        uint64_t size : 2;
        uint64_t rights : 2;
        uint64_t is_device : 1;
        uint64_t asid : 17;          /* 0: not mapped */
        uint64_t mapped_page : 20;
        uint64_t : 1;
        uint64_t object : OBJECT_BITS(12);
    } frame;
    struct {
        uint64_t type : 4;
        uint64_t table_type : 1;     /* one type below the root on 32-bit machines */
        uint64_t level : 2;
        uint64_t is_mapped : 1;
        uint64_t asid : 17;
        uint64_t mapped_page : 20;
        uint64_t object : OBJECT_BITS(10);
    } table;
    struct {
        uint64_t type : 4;
        uint64_t asid : 17;
        uint64_t : 26;
        uint64_t object : OBJECT_BITS(12);
    } vspace;
    struct {
        uint64_t type : 4;
        uint64_t asid_base : 17;
        uint64_t : 26;
        uint64_t object : OBJECT_BITS(12);
    } asid_pool;
    struct {
        uint64_t type : 4;
        uint64_t radix : 5;
        uint64_t is_thread : 1;
        uint64_t exhausted : 1;
        uint64_t parent : OBJECT_BITS(4);    /* packed like an object */
        uint64_t : 3;
        uint64_t object : OBJECT_BITS(4);
    } zombie;
    uint64_t raw;
    word_t words[2];
} cap_t;

_Static_assert(sizeof(cap_t) == 2 * sizeof(word_t), "a capability is two words");

/* An object's packed value: its offset in the window in units of its
 * alignment; 0 for none (boot keeps the window's first page out of every
 * object).  Debug kernels check that the object can be packed. */
static inline word_t pack_object(enum cap_type type, const void *object)
{
    word_t offset = (word_t)object - KERNEL_WINDOW_BASE;
    if (object == NULL) {
        return 0;
    }
    if (CONFIG_DEBUG_BUILD) {
        kassert(offset != 0 && offset < KERNEL_WINDOW_SIZE && IS_ALIGNED(offset, object_shift(type)));
    }
    return offset >> object_shift(type);
}

static inline void *unpack_object(enum cap_type type, word_t packed)
{
    return packed == 0 ? NULL : (void *)(KERNEL_WINDOW_BASE + (packed << object_shift(type)));
}

static inline void *cap_object(cap_t cap)
{
    enum cap_type type = (enum cap_type)cap.any.type;
    return unpack_object(type, (word_t)(cap.raw >> (64 - OBJECT_BITS(object_shift(type)))));
}

static inline void cap_set_object(cap_t *cap, const void *object)
{
    enum cap_type type = (enum cap_type)cap->any.type;
    word_t low_bits = 64 - OBJECT_BITS(object_shift(type));
    cap->raw = (cap->raw & ((1ull << low_bits) - 1)) | (uint64_t)pack_object(type, object) << low_bits;
}

/* An untyped's free offset: the bytes it has handed out (in an
 * initializer, and read and set). */
#define UNTYPED_FREE_OFFSET(offset) .free_index = (offset) >> seL4_MinUntypedBits

static inline word_t cap_untyped_free_offset(cap_t cap)
{
    return (word_t)cap.untyped.free_index << seL4_MinUntypedBits;
}

static inline void cap_untyped_set_free_offset(cap_t *cap, word_t free_offset)
{
    if (CONFIG_DEBUG_BUILD) {
        kassert(IS_ALIGNED(free_offset, seL4_MinUntypedBits));
    }
    cap->untyped.free_index = free_offset >> seL4_MinUntypedBits;
}

/* A zombie's parent: the zombie of the container it lies in, or NULL. */
static inline struct cte *cap_zombie_parent(cap_t cap)
{
    return unpack_object(cap_zombie, (word_t)cap.zombie.parent);
}

static inline void cap_zombie_set_parent(cap_t *cap, struct cte *parent)
{
    cap->zombie.parent = pack_object(cap_zombie, parent);
}

#endif
