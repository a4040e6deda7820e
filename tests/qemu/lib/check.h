/*
 * Checking invocation results in the QEMU test programs: the outcome an
 * invocation should have (its error and reply message registers), and
 * messages built by hand for the cases libsel4's stubs cannot send.
 */
#ifndef QEMU_CHECK_H
#define QEMU_CHECK_H

#include <sel4/sel4.h>
#include <arch_test.h>

#define BIT(n)        (1ul << (n))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

struct outcome {
    seL4_Error error;
    int mrs;                    /* how many of mr[] the reply must carry */
    seL4_Word mr[5];
};

#define NO_ERROR               ((struct outcome){ seL4_NoError, 0, { 0 } })
#define INVALID_ARGUMENT(n)    ((struct outcome){ seL4_InvalidArgument, 1, { (n) } })
#define INVALID_CAPABILITY(n)  ((struct outcome){ seL4_InvalidCapability, 1, { (n) } })
#define ILLEGAL_OPERATION      ((struct outcome){ seL4_IllegalOperation, 0, { 0 } })
#define RANGE_ERROR(lo, hi)    ((struct outcome){ seL4_RangeError, 2, { (lo), (hi) } })
#define TRUNCATED_MESSAGE      ((struct outcome){ seL4_TruncatedMessage, 0, { 0 } })
#define DELETE_FIRST           ((struct outcome){ seL4_DeleteFirst, 0, { 0 } })
#define REVOKE_FIRST           ((struct outcome){ seL4_RevokeFirst, 0, { 0 } })
#define NOT_ENOUGH_MEMORY(b)   ((struct outcome){ seL4_NotEnoughMemory, 1, { (b) } })
/* seL4_FailedLookup: MR0 whether the source slot of a CNode operation
 * failed, MR1 the lookup-failure type, then its details. */
#define LOOKUP_INVALID_ROOT(source) ((struct outcome){ seL4_FailedLookup, 2, { (source), seL4_InvalidRoot } })
#define LOOKUP_MISSING(source, bits) \
    ((struct outcome){ seL4_FailedLookup, 3, { (source), seL4_MissingCapability, (bits) } })
#define LOOKUP_DEPTH_MISMATCH(source, left, found) \
    ((struct outcome){ seL4_FailedLookup, 4, { (source), seL4_DepthMismatch, (left), (found) } })
#define LOOKUP_GUARD_MISMATCH(source, left, guard, found) \
    ((struct outcome){ seL4_FailedLookup, 5, { (source), seL4_GuardMismatch, (left), (guard), (found) } })
#define INVALID_ROOT                       LOOKUP_INVALID_ROOT(0)
#define MISSING(bits)                      LOOKUP_MISSING(0, bits)
#define DEPTH_MISMATCH(left, found)        LOOKUP_DEPTH_MISMATCH(0, left, found)
#define GUARD_MISMATCH(left, guard, found) LOOKUP_GUARD_MISMATCH(0, left, guard, found)

/* ---- The address space -----------------------------------------------------
 *
 * The tests name table levels by what one entry of theirs maps: level 3's
 * entries map 4 KiB pages, level 2's large frames (2 MiB; 4 MiB on ia32,
 * 1 MiB on aarch32), level 1's huge ones (1 GiB); ENTRY_BITS(level)
 * (arch_names.h) says how many address bits that is.  FIRST_TABLE_LEVEL is
 * the first level below the root: 2 where the root's entries map 1 GiB
 * themselves (Sv39), 3 where they map large frames (the 32-bit machines,
 * which have no huge frames: no HUGE_FRAME_OBJECT).
 */
#define LARGE_BITS     ((seL4_Word)ENTRY_BITS(2))
#define LARGE_SIZE     BIT(LARGE_BITS)
#ifdef HUGE_FRAME_OBJECT
#define HUGE_BITS      ((seL4_Word)ENTRY_BITS(1))
#define HUGE_SIZE      BIT(HUGE_BITS)
#endif

/* The address bits a table of `level` covers: what a Map that lacks it
 * leaves unresolved (39, 30, 21; 22 or 20 for the 32-bit machines' page
 * table). */
#define TABLE_BITS(level) ((seL4_Word)ENTRY_BITS((level) - 1))

/* What one entry of the root VSpace covers (512 GiB, 1 GiB, 4 MiB or 1 MiB). */
#define ROOT_ENTRY_SIZE BIT(ROOT_ENTRY_BITS)

/* The address space the tests hand out in pieces: one root entry, or
 * 16 MiB where a root entry is smaller (room for four large frames).
 * Region 0 holds the program, at 0x400000; region 1 is free. */
#define REGION_BITS (ROOT_ENTRY_BITS > 24 ? ROOT_ENTRY_BITS : 24)
#define REGION_SIZE BIT(REGION_BITS)

/* The highest user address, and the highest page a frame maps at: a frame
 * must end below the highest address. */
#define LAST_USER      (BEYOND_USER - 1)
#define LAST_USER_PAGE (BEYOND_USER - 2 * BIT(seL4_PageBits))

/* The root CNode's slots (seL4's default), and its guard: the bits of a
 * full-depth cptr its radix leaves. */
#define ROOT_CNODE_BITS 12
#define ROOT_GUARD_BITS (seL4_WordBits - ROOT_CNODE_BITS)

/* The table object type of `level` (FIRST_TABLE_LEVEL to 3). */
seL4_Word table_type(int level);

const char *error_name(seL4_Error error);

/* What differs between an invocation's result `got`, with the MRs it left
 * in the IPC buffer, and `want`; NULL if nothing.  The text is valid until
 * the next call. */
const char *outcome_differs(seL4_Error got, struct outcome want);

/* A message built by hand: label, extra capabilities and message registers. */
struct message {
    seL4_Word label, extra_caps, length;
    seL4_CPtr caps[3];
    seL4_Word mr[8];
};

/* Puts the message's registers and capabilities in the IPC buffer. */
void load_message(const struct message *m);

/* seL4_Call of `m` with its own message info, or with `info` instead; the
 * reply's MR0..3 land in the IPC buffer. */
seL4_Error call_message(seL4_CPtr service, const struct message *m);
seL4_Error call_message_info(seL4_CPtr service, const struct message *m, seL4_MessageInfo_t info);

#endif
