#ifndef SEL4_SHARED_TYPES_H
#define SEL4_SHARED_TYPES_H

/*
 * One-word bitfield types shared by the kernel and user level.
 *
 * seL4_MessageInfo_t: label 63..12 (31..12) | capsUnwrapped 11..9 | extraCaps 8..7 | length 6..0
 * seL4_CapRights_t:   grantReply 3 | grant 2 | read 1 | write 0
 * seL4_CNode_CapData: guard 63..6 | guardSize 5..0 (32-bit: guard 25..8 | guardSize 7..3)
 */

#include <sel4/simple_types.h>
#include <sel4/constants.h>

#define SEL4_LABEL_BITS (seL4_WordBits - 12)
#if CONFIG_WORD_SIZE == 64
#define SEL4_GUARD_SIZE_SHIFT 0
#else
#define SEL4_GUARD_SIZE_SHIFT 3
#endif
#define SEL4_GUARD_SHIFT (SEL4_GUARD_SIZE_SHIFT + seL4_GuardSizeBits)

#define SEL4_BITFIELD_GET(word, shift, bits) (((word) >> (shift)) & ((1ull << (bits)) - 1))
#define SEL4_BITFIELD_SET(word, shift, bits, v) \
    (((word) & ~(((1ull << (bits)) - 1) << (shift))) | (((seL4_Word)(v) & ((1ull << (bits)) - 1)) << (shift)))

typedef struct seL4_MessageInfo {
    seL4_Word words[1];
} seL4_MessageInfo_t;

static inline seL4_MessageInfo_t seL4_MessageInfo_new(seL4_Word label, seL4_Word capsUnwrapped,
                                                      seL4_Word extraCaps, seL4_Word length)
{
    seL4_MessageInfo_t info = { { 0 } };
    info.words[0] = SEL4_BITFIELD_SET(info.words[0], 12, SEL4_LABEL_BITS, label);
    info.words[0] = SEL4_BITFIELD_SET(info.words[0], 9, 3, capsUnwrapped);
    info.words[0] = SEL4_BITFIELD_SET(info.words[0], 7, 2, extraCaps);
    info.words[0] = SEL4_BITFIELD_SET(info.words[0], 0, 7, length);
    return info;
}

#define SEL4_MESSAGE_INFO_FIELD(name, shift, bits) \
    static inline seL4_Word seL4_MessageInfo_get_##name(seL4_MessageInfo_t info) \
    { return SEL4_BITFIELD_GET(info.words[0], shift, bits); } \
    static inline seL4_MessageInfo_t seL4_MessageInfo_set_##name(seL4_MessageInfo_t info, seL4_Word v) \
    { info.words[0] = SEL4_BITFIELD_SET(info.words[0], shift, bits, v); return info; }

SEL4_MESSAGE_INFO_FIELD(label, 12, SEL4_LABEL_BITS)
SEL4_MESSAGE_INFO_FIELD(capsUnwrapped, 9, 3)
SEL4_MESSAGE_INFO_FIELD(extraCaps, 7, 2)
SEL4_MESSAGE_INFO_FIELD(length, 0, 7)

typedef struct seL4_CapRights {
    seL4_Word words[1];
} seL4_CapRights_t;

static inline seL4_CapRights_t seL4_CapRights_new(seL4_Word grantReply, seL4_Word grant,
                                                  seL4_Word read, seL4_Word write)
{
    seL4_CapRights_t rights = { { (grantReply & 1) << 3 | (grant & 1) << 2 | (read & 1) << 1 | (write & 1) } };
    return rights;
}

#define SEL4_CAP_RIGHTS_FIELD(name, shift) \
    static inline seL4_Word seL4_CapRights_get_##name(seL4_CapRights_t r) \
    { return SEL4_BITFIELD_GET(r.words[0], shift, 1); } \
    static inline seL4_CapRights_t seL4_CapRights_set_##name(seL4_CapRights_t r, seL4_Word v) \
    { r.words[0] = SEL4_BITFIELD_SET(r.words[0], shift, 1, v); return r; }

SEL4_CAP_RIGHTS_FIELD(capAllowGrantReply, 3)
SEL4_CAP_RIGHTS_FIELD(capAllowGrant, 2)
SEL4_CAP_RIGHTS_FIELD(capAllowRead, 1)
SEL4_CAP_RIGHTS_FIELD(capAllowWrite, 0)

typedef struct seL4_CNode_CapData {
    seL4_Word words[1];
} seL4_CNode_CapData_t;

static inline seL4_CNode_CapData_t seL4_CNode_CapData_new(seL4_Word guard, seL4_Word guardSize)
{
    seL4_CNode_CapData_t data = { { SEL4_BITFIELD_SET(SEL4_BITFIELD_SET(0, SEL4_GUARD_SHIFT, seL4_GuardBits, guard),
                                                            SEL4_GUARD_SIZE_SHIFT, seL4_GuardSizeBits, guardSize) } };
    return data;
}

static inline seL4_Word seL4_CNode_CapData_get_guard(seL4_CNode_CapData_t d)
{
    return SEL4_BITFIELD_GET(d.words[0], SEL4_GUARD_SHIFT, seL4_GuardBits);
}

static inline seL4_Word seL4_CNode_CapData_get_guardSize(seL4_CNode_CapData_t d)
{
    return SEL4_BITFIELD_GET(d.words[0], SEL4_GUARD_SIZE_SHIFT, seL4_GuardSizeBits);
}

#endif
