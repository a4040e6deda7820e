/*
 * invocation_errors: every bad invocation a root task can make returns
 * seL4's error code with the right message registers, and none crashes or
 * hangs the kernel.  (The debug kernel also prints a one-line reason for
 * each rejected argument; tests/qemu/invocation-errors.txt expects them.)
 *
 * Each case prints one line, TAP style:
 *     ok N - description
 *     not ok N - description: what differed
 * then a summary line.  The last case, a seL4_Call on a cptr the root CNode
 * cannot resolve, is a cap fault: the thread stops and, with nothing left
 * to run, the machine powers off with status 127.
 *
 * Where it can, a case sends values in the message registers that differ
 * from the reply it expects there, so that a match shows the kernel wrote
 * them.
 *
 * Descriptions name addresses as check.h does: BASE is region 1
 * (0x8000000000 on x86_64, 0x40000000 on riscv64, 0x1000000 on the 32-bit
 * machines), BEYOND_USER the first address above user space, and values
 * that follow from the word size by seL4's names.  Cases about a level-1
 * table type run only where there is one (FIRST_TABLE_LEVEL 1), those
 * about a PD where one lies below the root (FIRST_TABLE_LEVEL 2 or less),
 * and those about a level-2 type of its own only where it is fixed to its
 * level (L2_TABLE_IS_FIXED).
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4/sel4_arch/mapping.h>
#include <sel4platsupport/bootinfo.h>
#include <sel4tutorials/alloc.h>
#include "check.h"

#define MAX_BITS               seL4_MaxUntypedBits   /* named so in descriptions */
#define ROOT_SLOTS        BIT(ROOT_CNODE_BITS)
#define UNRESOLVABLE      BIT(20)                 /* a cptr beyond the root CNode */
#define EMPTY_SLOT        (ROOT_SLOTS - 1)        /* never filled */
#define NBSEND_SLOT       (ROOT_SLOTS - 2)        /* filled by an NBSend */
#define WINDOW_256        (ROOT_SLOTS - 2 - 256)  /* 256 empty slots */

/* Where the test maps things: region 1, clear of the program's image; the
 * large frames at 8 MiB and 12 MiB into it, aligned for every size. */
#define BASE              REGION_SIZE
#define LARGE_VADDR       (BASE + 0x800000)
#define LARGE_VADDR2      (BASE + 0xc00000)
#define PAGE_SIZE         BIT(12)
#define DEPTH             seL4_WordBits

/* ------------------------------------------------------------------ */
/* Reporting                                                           */

static int passed, failed;
static char problem[200];

/* Prints the case's line; `why` is NULL if it passed. */
static void report(const char *description, const char *why)
{
    int number = passed + failed + 1;
    if (why == NULL) {
        passed++;
        printf("ok %d - %s\n", number, description);
    } else {
        failed++;
        printf("not ok %d - %s: %s\n", number, description, why);
    }
}

static void check(const char *description, seL4_Error got, struct outcome want)
{
    report(description, outcome_differs(got, want));
}

/* A Map that must fail for lack of the paging structure covering `bits`. */
static void check_missing_table(const char *description, seL4_Error got, seL4_Word bits)
{
    const char *why = outcome_differs(got, MISSING(bits));
    if (why == NULL && seL4_MappingFailedLookupLevel() != bits) {
        snprintf(problem, sizeof(problem), "seL4_MappingFailedLookupLevel() = %lu, expected %lu",
                 seL4_MappingFailedLookupLevel(), bits);
        why = problem;
    }
    report(description, why);
}

/* A condition on memory or on a returned value. */
static void check_that(const char *description, int holds, const char *why)
{
    report(description, holds ? NULL : why);
}

/* ------------------------------------------------------------------ */
/* The objects the cases use                                           */

static seL4_BootInfo *info;
static seL4_CPtr untyped;             /* a large RAM untyped */
static seL4_CPtr frame, frame2, masked_frame, unmapped_frame, ro_frame, wo_frame, junk_frame, long_frame;
static seL4_CPtr large_frame, large_frame2;
static seL4_CPtr notification;        /* made by retype_cases */
static seL4_CPtr pt, pt2, lone_vspace;
#if FIRST_TABLE_LEVEL <= 2
static seL4_CPtr pd, pd2;
#endif
#if FIRST_TABLE_LEVEL == 1
static seL4_CPtr pdpt, pdpt2;
#endif
static seL4_CPtr boot_pt;             /* mapped at boot, for the image */

static seL4_CPtr first_ram_untyped(void)
{
    for (seL4_CPtr u = info->untyped.start; u < info->untyped.end; u++) {
        if (!info->untypedList[u - info->untyped.start].isDevice) {
            return u;
        }
    }
    return seL4_CapNull;
}

static void allocate(void)
{
    untyped = first_ram_untyped();
    frame = alloc_object(info, FRAME_OBJECT, 0);
    frame2 = alloc_object(info, FRAME_OBJECT, 0);
    masked_frame = alloc_object(info, FRAME_OBJECT, 0);
    unmapped_frame = alloc_object(info, FRAME_OBJECT, 0);
    ro_frame = alloc_object(info, FRAME_OBJECT, 0);
    wo_frame = alloc_object(info, FRAME_OBJECT, 0);
    junk_frame = alloc_object(info, FRAME_OBJECT, 0);
    long_frame = alloc_object(info, FRAME_OBJECT, 0);
    large_frame = alloc_object(info, LARGE_FRAME_OBJECT, 0);
    large_frame2 = alloc_object(info, LARGE_FRAME_OBJECT, 0);
#if FIRST_TABLE_LEVEL == 1
    pdpt = alloc_object(info, L1_TABLE_OBJECT, 0);
    pdpt2 = alloc_object(info, L1_TABLE_OBJECT, 0);
#endif
#if FIRST_TABLE_LEVEL <= 2
    pd = alloc_object(info, L2_TABLE_OBJECT, 0);
    pd2 = alloc_object(info, L2_TABLE_OBJECT, 0);
#endif
    pt = alloc_object(info, L3_TABLE_OBJECT, 0);
    pt2 = alloc_object(info, L3_TABLE_OBJECT, 0);
    lone_vspace = alloc_object(info, VSPACE_OBJECT, 0);
    boot_pt = info->userImagePaging.end - 1;      /* level by level: the last is a level-3 table */
}

/* ------------------------------------------------------------------ */
/* Dispatch: empty slots, labels a cap does not have, short messages   */

struct labelled_case {
    const char *description;
    seL4_CPtr cap;
    seL4_Word label;
};

/* Each label is one its capability does not have. */
static void check_illegal(const struct labelled_case *cases, unsigned count)
{
    for (unsigned i = 0; i < count; i++) {
        struct message m = { .label = cases[i].label };
        check(cases[i].description, call_message(cases[i].cap, &m), ILLEGAL_OPERATION);
    }
}

static void dispatch_cases(void)
{
    seL4_CPtr spare = alloc_slot(info);

    check("invoking an empty slot -> InvalidCapability, MR0 0",
          seL4_Untyped_Retype(EMPTY_SLOT, FRAME_OBJECT, 0, seL4_CapInitThreadCNode, 0, 0, spare, 1),
          INVALID_CAPABILITY(0));
    struct message poisoned = { PAGE_GET_ADDRESS_LABEL, 0, 1, { 0 }, { 0xdead } };
    check("invoking the null slot 0 -> InvalidCapability, MR0 0", call_message(seL4_CapNull, &poisoned),
          INVALID_CAPABILITY(0));

    const struct labelled_case illegal[] = {
        { "Page_Map label on the CNode cap -> IllegalOperation", seL4_CapInitThreadCNode, PAGE_MAP_LABEL },
        { "UntypedRetype label on a frame cap -> IllegalOperation", frame, UntypedRetype },
        { "label 0 on a frame cap -> IllegalOperation", frame, InvalidInvocation },
        { "Page_GetAddress label on a PT cap -> IllegalOperation", pt, PAGE_GET_ADDRESS_LABEL },
        { "Page_Map label on an untyped cap -> IllegalOperation", untyped, PAGE_MAP_LABEL },
        { "UntypedRetype label on the TCB cap -> IllegalOperation", seL4_CapInitThreadTCB, UntypedRetype },
        { "Page_Unmap label on the ASID pool cap -> IllegalOperation", seL4_CapInitThreadASIDPool, PAGE_UNMAP_LABEL },
        { "label 0 on the ASID control cap -> IllegalOperation", seL4_CapASIDControl, InvalidInvocation },
        { "label 0 on the IRQ control cap -> IllegalOperation", seL4_CapIRQControl, InvalidInvocation },
    };
    check_illegal(illegal, ARRAY_SIZE(illegal));
#if FIRST_TABLE_LEVEL <= 2
    if (L2_TABLE_IS_FIXED) {
        const struct labelled_case pd_label = { "PageTable_Map label on a PD cap -> IllegalOperation", pd,
                                                L3_TABLE_MAP_LABEL };
        check_illegal(&pd_label, 1);
    }
#endif
#if FIRST_TABLE_LEVEL == 1
    const struct labelled_case level1_labels[] = {
        { "level-1 table Unmap label on a PT cap -> IllegalOperation", pt, L1_TABLE_UNMAP_LABEL },
        { "level-1 table Map label on the VSpace cap -> IllegalOperation", seL4_CapInitThreadVSpace, L1_TABLE_MAP_LABEL },
    };
    check_illegal(level1_labels, ARRAY_SIZE(level1_labels));
#endif

    const struct { const char *description; seL4_CPtr cap; struct message m; } truncated[] = {
        { "Untyped_Retype with 5 words -> TruncatedMessage", untyped,
          { UntypedRetype, 1, 5, { seL4_CapInitThreadCNode }, { FRAME_OBJECT, 0, 0, 0, spare, 1 } } },
        { "Untyped_Retype without its CNode cap -> TruncatedMessage", untyped,
          { UntypedRetype, 0, 6, { 0 }, { FRAME_OBJECT, 0, 0, 0, spare, 1 } } },
        { "Untyped_Retype with an empty message -> TruncatedMessage", untyped, { UntypedRetype, 0, 0, { 0 }, { 0 } } },
        { "Page_Map with 2 words -> TruncatedMessage", frame,
          { PAGE_MAP_LABEL, 1, 2, { seL4_CapInitThreadVSpace }, { BASE, 3 } } },
        { "Page_Map without its VSpace cap -> TruncatedMessage", frame, { PAGE_MAP_LABEL, 0, 3, { 0 }, { BASE, 3, 0 } } },
        { "PageTable_Map with 1 word -> TruncatedMessage", pt,
          { L3_TABLE_MAP_LABEL, 1, 1, { seL4_CapInitThreadVSpace }, { BASE } } },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(truncated); i++) {
        check(truncated[i].description, call_message(truncated[i].cap, &truncated[i].m), TRUNCATED_MESSAGE);
    }
#if FIRST_TABLE_LEVEL <= 2
    struct message nothing_for_pd = { L2_TABLE_MAP_LABEL, 0, 0, { 0 }, { 0 } };
    check("PageDirectory_Map with nothing -> TruncatedMessage", call_message(pd, &nothing_for_pd), TRUNCATED_MESSAGE);
#endif
#if FIRST_TABLE_LEVEL == 1
    struct message no_vspace = { L1_TABLE_MAP_LABEL, 0, 2, { 0 }, { BASE, 0 } };
    check("level-1 table Map without its VSpace cap -> TruncatedMessage", call_message(pdpt, &no_vspace),
          TRUNCATED_MESSAGE);
#endif

    /* Over-long messages are clipped to 120 words; unused extra caps are ignored. */
    struct message retype = { UntypedRetype, 1, 127, { seL4_CapInitThreadCNode },
                              { FRAME_OBJECT, 0, 0, 0, spare, 1 } };
    check("Untyped_Retype with length 127 (clipped to 120) -> succeeds", call_message(untyped, &retype), NO_ERROR);
    struct message get_address = { PAGE_GET_ADDRESS_LABEL, 3, 127, { seL4_CapNull, seL4_CapInitThreadCNode, frame }, { 0 } };
    seL4_Error error = call_message(spare, &get_address);
    seL4_Word paddr = seL4_GetMR(0);
    check_that("Page_GetAddress with length 127 and 3 unused extra caps -> the new frame's address",
               error == seL4_NoError && paddr != 0 && paddr % PAGE_SIZE == 0, "no page-aligned address");
    struct message nothing = { 0 };
    seL4_MessageInfo_t all_ones = { { ~0ul } };
    check("message info of all ones (the largest label, 3 extra caps, length 127) -> IllegalOperation",
          call_message_info(frame, &nothing, all_ones), ILLEGAL_OPERATION);
}

/* ------------------------------------------------------------------ */
/* Untyped_Retype: every check of seL4's decodeUntypedInvocation       */

struct retype_case {
    const char *description;
    seL4_CPtr untyped;
    seL4_Word type, size_bits;
    seL4_CPtr root;
    seL4_Word index, depth, offset, count;
    struct outcome want;
};

static void retype_cases(void)
{
    seL4_CPtr cnode = alloc_object(info, seL4_CapTableObject, 1);   /* 2 slots */
    seL4_CPtr small = alloc_object(info, seL4_UntypedObject, 12);   /* 4 KiB */
    seL4_CPtr slot = alloc_slot(info);
    seL4_CPtr smallest = alloc_slot(info);
    seL4_CPtr pair = alloc_slot(info);
    alloc_slot(info);                                                /* pair + 1 */
    notification = alloc_slot(info);
    const seL4_CPtr root = seL4_CapInitThreadCNode;
    const seL4_Word k4 = FRAME_OBJECT;

    const struct retype_case cases[] = {
        { "type seL4_ObjectTypeCount -> InvalidArgument, MR0 0",
          untyped, seL4_ObjectTypeCount, 0, root, 0, 0, slot, 1, INVALID_ARGUMENT(0) },
        { "type of an unbuilt configuration -> InvalidArgument, MR0 0",
          untyped, UNBUILT_OBJECT, 0, root, 0, 0, slot, 1, INVALID_ARGUMENT(0) },
        { "type ~0 -> InvalidArgument, MR0 0",
          untyped, ~0ul, 0, root, 0, 0, slot, 1, INVALID_ARGUMENT(0) },
        { "CNode with size_bits seL4_WordBits -> RangeError 0..MAX_BITS",
          untyped, seL4_CapTableObject, seL4_WordBits, root, 0, 0, slot, 1, RANGE_ERROR(0, MAX_BITS) },
        { "untyped with size_bits ~0 -> RangeError 0..MAX_BITS",
          untyped, seL4_UntypedObject, ~0ul, root, 0, 0, slot, 1, RANGE_ERROR(0, MAX_BITS) },
        { "untyped with size_bits MAX_BITS + 1 -> RangeError 0..MAX_BITS",
          untyped, seL4_UntypedObject, MAX_BITS + 1, root, 0, 0, slot, 1, RANGE_ERROR(0, MAX_BITS) },
        { "CNode of 2^(MAX_BITS + 1 - seL4_SlotBits) slots (2^(MAX_BITS + 1) bytes) -> RangeError 0..MAX_BITS",
          untyped, seL4_CapTableObject, MAX_BITS + 1 - seL4_SlotBits, root, 0, 0, slot, 1, RANGE_ERROR(0, MAX_BITS) },
        { "untyped with size_bits 4 (the smallest) -> succeeds",
          untyped, seL4_UntypedObject, 4, root, 0, 0, smallest, 1, NO_ERROR },
        { "CNode with size_bits 0 -> InvalidArgument, MR0 1",
          untyped, seL4_CapTableObject, 0, root, 0, 0, slot, 1, INVALID_ARGUMENT(1) },
        { "untyped with size_bits 3 -> InvalidArgument, MR0 1",
          untyped, seL4_UntypedObject, 3, root, 0, 0, slot, 1, INVALID_ARGUMENT(1) },
        { "destination depth seL4_WordBits + 1 -> RangeError 1..seL4_WordBits",
          untyped, k4, 0, root, slot, DEPTH + 1, 0, 1, RANGE_ERROR(1, DEPTH) },
        { "destination depth ~0 -> RangeError 1..seL4_WordBits",
          untyped, k4, 0, root, slot, ~0ul, 0, 1, RANGE_ERROR(1, DEPTH) },
        { "destination root a frame, full depth -> FailedLookup, invalid root",
          untyped, k4, 0, frame, slot, DEPTH, 0, 1, INVALID_ROOT },
        { "destination depth 12 (the root CNode's guard takes the other bits) -> FailedLookup, guard mismatch",
          untyped, k4, 0, root, root, ROOT_CNODE_BITS, 0, 1, GUARD_MISMATCH(ROOT_CNODE_BITS, 0, ROOT_GUARD_BITS) },
        { "destination index 2^20 at full depth -> FailedLookup, guard mismatch",
          untyped, k4, 0, root, UNRESOLVABLE, DEPTH, 0, 1, GUARD_MISMATCH(DEPTH, 0, ROOT_GUARD_BITS) },
        { "destination depth seL4_WordBits - 4 -> FailedLookup, depth mismatch",
          untyped, k4, 0, root, root, DEPTH - 4, 0, 1, DEPTH_MISMATCH(DEPTH - 4, DEPTH) },
        { "destination a frame cap (depth 0) -> FailedLookup, missing capability, MR2 0",
          untyped, k4, 0, frame, 5, 0, 0, 1, MISSING(0) },
        { "destination an empty slot (depth 0) -> FailedLookup, missing capability, MR2 0",
          untyped, k4, 0, EMPTY_SLOT, 5, 0, 0, 1, MISSING(0) },
        { "destination index naming a frame, full depth -> FailedLookup, missing capability, MR2 the depth",
          untyped, k4, 0, root, frame, DEPTH, 0, 1, MISSING(DEPTH) },
        { "destination index naming an empty slot, full depth -> FailedLookup, MR2 the depth",
          untyped, k4, 0, root, EMPTY_SLOT, DEPTH, 0, 1, MISSING(DEPTH) },
        { "offset 4096 in a 4096-slot CNode -> RangeError 0..4095",
          untyped, k4, 0, root, 0, 0, ROOT_SLOTS, 1, RANGE_ERROR(0, ROOT_SLOTS - 1) },
        { "offset ~0 -> RangeError 0..4095",
          untyped, k4, 0, root, 0, 0, ~0ul, 1, RANGE_ERROR(0, ROOT_SLOTS - 1) },
        { "offset 2 in a 2-slot CNode -> RangeError 0..1",
          untyped, k4, 0, cnode, 0, 0, 2, 1, RANGE_ERROR(0, 1) },
        { "num_objects 0 -> RangeError 1..256",
          untyped, k4, 0, root, 0, 0, slot, 0, RANGE_ERROR(1, 256) },
        { "num_objects 257 -> RangeError 1..256",
          untyped, k4, 0, root, 0, 0, slot, 257, RANGE_ERROR(1, 256) },
        { "10 objects at offset 4090 -> RangeError 1..6",
          untyped, k4, 0, root, 0, 0, ROOT_SLOTS - 6, 10, RANGE_ERROR(1, 6) },
        { "2 objects at offset 1 of a 2-slot CNode -> RangeError 1..1",
          untyped, k4, 0, cnode, 0, 0, 1, 2, RANGE_ERROR(1, 1) },
        { "destination slot 1 (the TCB) occupied -> DeleteFirst",
          untyped, k4, 0, root, 0, 0, seL4_CapInitThreadTCB, 1, DELETE_FIRST },
        { "endpoint into slot 1 of a CNode named by index at full depth -> succeeds",
          untyped, seL4_EndpointObject, 0, root, cnode, DEPTH, 1, 1, NO_ERROR },
        { "window [0, 2) of that CNode, slot 1 occupied -> DeleteFirst",
          untyped, seL4_EndpointObject, 0, cnode, 0, 0, 0, 2, DELETE_FIRST },
        { "notification into the root CNode named by index at full depth -> succeeds",
          untyped, seL4_NotificationObject, 0, root, root, DEPTH, notification, 1, NO_ERROR },
        { "two 4 KiB frames from a fresh 4 KiB untyped -> NotEnoughMemory, MR0 4096",
          small, k4, 0, root, 0, 0, pair, 2, NOT_ENOUGH_MEMORY(4096) },
        { "endpoint from the 4 KiB untyped -> succeeds",
          small, seL4_EndpointObject, 0, cnode, 0, 0, 0, 1, NO_ERROR },
        { "4 KiB frame from the 4 KiB untyped holding an endpoint -> NotEnoughMemory, MR0 4080",
          small, k4, 0, root, 0, 0, slot, 1, NOT_ENOUGH_MEMORY(4080) },
        { "CNode of 2^(MAX_BITS - seL4_SlotBits) slots (2^MAX_BITS bytes) from it -> NotEnoughMemory, MR0 4080",
          small, seL4_CapTableObject, MAX_BITS - seL4_SlotBits, root, 0, 0, slot, 1, NOT_ENOUGH_MEMORY(4080) },
        { "untyped of 2^MAX_BITS bytes (the largest) from it -> NotEnoughMemory, MR0 4080",
          small, seL4_UntypedObject, MAX_BITS, root, 0, 0, slot, 1, NOT_ENOUGH_MEMORY(4080) },
        { "256 endpoints from it (255 fit) -> NotEnoughMemory, MR0 4080",
          small, seL4_EndpointObject, 0, root, 0, 0, WINDOW_256, 256, NOT_ENOUGH_MEMORY(4080) },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(cases); i++) {
        const struct retype_case *c = &cases[i];
        check(c->description, seL4_Untyped_Retype(c->untyped, c->type, c->size_bits, c->root, c->index, c->depth,
                                                  c->offset, c->count),
              c->want);
    }
}

/* ------------------------------------------------------------------ */
/* Frames and paging structures                                        */

static seL4_Error map(seL4_CPtr page, seL4_Word vaddr, seL4_CapRights_t rights)
{
    return page_map(page, seL4_CapInitThreadVSpace, vaddr, rights, DEFAULT_ATTRIBUTES);
}

static seL4_Error map_table(seL4_CPtr table, seL4_Word label, seL4_Word vaddr)
{
    struct message m = { label, 1, 2, { seL4_CapInitThreadVSpace }, { vaddr, DEFAULT_ATTRIBUTES } };
    return call_message(table, &m);
}

/* Writes a pattern through one address and reads it back; 1 if it held. */
static int write_and_read(seL4_Word vaddr, seL4_Word pattern)
{
    volatile seL4_Word *word = (volatile seL4_Word *)vaddr;
    word[0] = pattern;
    word[PAGE_SIZE / sizeof(seL4_Word) - 1] = ~pattern;
    return word[0] == pattern && word[PAGE_SIZE / sizeof(seL4_Word) - 1] == ~pattern;
}

static int reads(seL4_Word vaddr, seL4_Word value)
{
    return *(volatile seL4_Word *)vaddr == value;
}

static void vspace_argument_cases(void)
{
    check("Page_Map with the CNode cap as VSpace -> InvalidCapability, MR0 1",
          page_map(frame, seL4_CapInitThreadCNode, BASE, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    check("Page_Map with an empty slot as VSpace -> InvalidCapability, MR0 1",
          page_map(frame, EMPTY_SLOT, BASE, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    check("Page_Map into a VSpace with no ASID -> InvalidCapability, MR0 1",
          page_map(frame, lone_vspace, BASE, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    check("PageTable_Map with a frame cap as VSpace -> InvalidCapability, MR0 1",
          table_map(3, pt, frame, BASE, 0), INVALID_CAPABILITY(1));
#if FIRST_TABLE_LEVEL == 1
    check("level-1 table Map with a PD cap as VSpace -> InvalidCapability, MR0 1",
          table_map(1, pdpt, pd, BASE, 0), INVALID_CAPABILITY(1));
#endif
}

struct address_case {
    const char *description;
    seL4_CPtr cap;
    seL4_Word label;
    seL4_Word vaddr;
};

static void check_out_of_range(const struct address_case *cases, unsigned count)
{
    for (unsigned i = 0; i < count; i++) {
        seL4_Error error = cases[i].label == PAGE_MAP_LABEL ? map(cases[i].cap, cases[i].vaddr, seL4_ReadWrite)
                                                           : map_table(cases[i].cap, cases[i].label, cases[i].vaddr);
        check(cases[i].description, error, INVALID_ARGUMENT(0));
    }
}

static void address_range_cases(void)
{
    const struct address_case high[] = {
        { "Page_Map at BEYOND_USER (above user space) -> InvalidArgument, MR0 0", frame, PAGE_MAP_LABEL, BEYOND_USER },
        { "Page_Map at KERNEL_ADDRESS (the kernel's) -> InvalidArgument, MR0 0",
          frame, PAGE_MAP_LABEL, KERNEL_ADDRESS },
        { "Page_Map at BEYOND_USER - 0x1000 (ends past user space) -> InvalidArgument, MR0 0",
          frame, PAGE_MAP_LABEL, BEYOND_USER - PAGE_SIZE },
        { "PageTable_Map at BEYOND_USER -> InvalidArgument, MR0 0", pt, L3_TABLE_MAP_LABEL, BEYOND_USER },
    };
    check_out_of_range(high, ARRAY_SIZE(high));
#if FIRST_TABLE_LEVEL <= 2
    const struct address_case pd_high = { "PageDirectory_Map at 0xffffffff80000000 -> InvalidArgument, MR0 0",
                                          pd, L2_TABLE_MAP_LABEL, 0xffffffff80000000ul };
    check_out_of_range(&pd_high, 1);
#endif
#if FIRST_TABLE_LEVEL == 1
    const struct address_case level1_high[] = {
        { "level-1 table Map at BEYOND_USER -> InvalidArgument, MR0 0", pdpt, L1_TABLE_MAP_LABEL, BEYOND_USER },
        { "level-1 table Map at kernel address 0xffffff8000000000 -> InvalidArgument, MR0 0",
          pdpt, L1_TABLE_MAP_LABEL, KERNEL_ADDRESS },
    };
    check_out_of_range(level1_high, ARRAY_SIZE(level1_high));
#endif
}

/* The first lookup fails at the root's entry: the level-1 table, or where
 * the root's entries map 1 GiB (Sv39) the PD, or where they map large
 * frames (the 32-bit machines) the PT. */
static void lookup_level_cases(void)
{
    check_missing_table("Page_Map at the last user page, nothing mapped -> FailedLookup, a root entry's bits",
                        map(frame, LAST_USER_PAGE, seL4_ReadWrite), ROOT_ENTRY_BITS);
    check_missing_table("Page_Map at BASE, nothing mapped -> FailedLookup, a root entry's bits",
                        map(frame, BASE, seL4_ReadWrite), ROOT_ENTRY_BITS);
#if FIRST_TABLE_LEVEL == 1
    check_missing_table("PageDirectory_Map, no level-1 table -> FailedLookup, level 39",
                        table_map(2, pd, seL4_CapInitThreadVSpace, BASE, 0), TABLE_BITS(1));
    check("level-1 table Map at BASE -> succeeds", table_map(1, pdpt, seL4_CapInitThreadVSpace, BASE, 0),
          NO_ERROR);
#endif
#if FIRST_TABLE_LEVEL <= 2
    check_missing_table("Page_Map, no PD -> FailedLookup, level 30",
                        map(frame, BASE, seL4_ReadWrite), TABLE_BITS(2));
    check_missing_table("large Page_Map, no PD -> FailedLookup, level 30",
                        map(large_frame, LARGE_VADDR, seL4_ReadWrite), TABLE_BITS(2));
    check("PageDirectory_Map -> succeeds", table_map(2, pd, seL4_CapInitThreadVSpace, BASE, 0),
          NO_ERROR);
    check_missing_table("Page_Map, no PT -> FailedLookup, level 21",
                        map(frame, BASE, seL4_ReadWrite), TABLE_BITS(3));
#endif
    check("PageTable_Map -> succeeds", table_map(3, pt, seL4_CapInitThreadVSpace, BASE, 0), NO_ERROR);
    check("Page_Map at BASE -> succeeds", map(frame, BASE, seL4_ReadWrite), NO_ERROR);
    check_that("the frame at BASE is zeroed and writable",
               reads(BASE, 0) && write_and_read(BASE, 0x5a5a0001), "data differs");
    check("large Page_Map at LARGE_VADDR -> succeeds", map(large_frame, LARGE_VADDR, seL4_ReadWrite), NO_ERROR);
    check_that("the large frame is writable at both ends",
               write_and_read(LARGE_VADDR, 0x5a5a0002) && write_and_read(LARGE_VADDR + LARGE_SIZE - PAGE_SIZE, 3),
               "data differs");
}

static void occupied_cases(void)
{
#if FIRST_TABLE_LEVEL == 1
    check("level-1 table Map of a mapped level-1 table -> InvalidCapability, MR0 0",
          table_map(1, pdpt, seL4_CapInitThreadVSpace, BASE, 0), INVALID_CAPABILITY(0));
    check("a second level-1 table at BASE -> DeleteFirst",
          table_map(1, pdpt2, seL4_CapInitThreadVSpace, BASE, 0), DELETE_FIRST);
#endif
    check("PageTable_Map of the image's page table -> InvalidCapability, MR0 0",
          table_map(3, boot_pt, seL4_CapInitThreadVSpace, 2 * BASE, 0), INVALID_CAPABILITY(0));
#if FIRST_TABLE_LEVEL <= 2
    check("a second PD at BASE + 0x1234 (masked to BASE) -> DeleteFirst",
          table_map(2, pd2, seL4_CapInitThreadVSpace, BASE + 0x1234, 0), DELETE_FIRST);
#endif
    check("a second PT at BASE -> DeleteFirst",
          table_map(3, pt2, seL4_CapInitThreadVSpace, BASE, 0), DELETE_FIRST);
    check("a PT where the large frame is mapped -> DeleteFirst",
          table_map(3, pt2, seL4_CapInitThreadVSpace, LARGE_VADDR, 0), DELETE_FIRST);
    check("another frame at BASE -> DeleteFirst", map(frame2, BASE, seL4_ReadWrite), DELETE_FIRST);
    check("a 4 KiB frame inside the large mapping -> DeleteFirst",
          map(frame2, LARGE_VADDR + PAGE_SIZE, seL4_ReadWrite), DELETE_FIRST);
    check("a large frame where a PT is mapped -> DeleteFirst", map(large_frame2, BASE, seL4_ReadWrite),
          DELETE_FIRST);
    check("the mapped frame again at BASE + 0x1000 -> InvalidArgument, MR0 0",
          map(frame, BASE + PAGE_SIZE, seL4_ReadWrite), INVALID_ARGUMENT(0));
    check("the mapped frame again at BASE + 0x123 (masked: a remap) -> succeeds",
          map(frame, BASE + 0x123, seL4_ReadWrite), NO_ERROR);
    check_that("the remapped frame kept its data", reads(BASE, 0x5a5a0001), "data differs");
}

static void frame_cases(void)
{
    const seL4_Word masked = BASE + 0x3000;
    check("Page_Map at BASE + 0x3abc (masked to BASE + 0x3000) -> succeeds",
          map(masked_frame, masked + 0xabc, seL4_ReadWrite), NO_ERROR);
    check_that("the frame reads zero and holds data at the aligned address BASE + 0x3000",
               reads(masked, 0) && write_and_read(masked, 0x5a5a0003), "data differs");
    struct page_address address = page_get_address(masked_frame);
    check_that("Page_GetAddress -> a page-aligned non-zero address",
               address.error == seL4_NoError && address.paddr != 0 && address.paddr % PAGE_SIZE == 0,
               "no page-aligned address");
    address = page_get_address(large_frame);
    check_that("Page_GetAddress of the large frame -> an address aligned to its size",
               address.error == seL4_NoError && address.paddr != 0 && address.paddr % LARGE_SIZE == 0,
               "no aligned address");
    check("large Page_Map at LARGE_VADDR2 + 0x1234 (masked to LARGE_VADDR2) -> succeeds",
          map(large_frame2, LARGE_VADDR2 + 0x1234, seL4_ReadWrite), NO_ERROR);
    check_that("the masked large frame holds data at LARGE_VADDR2 and at its last page",
               write_and_read(LARGE_VADDR2, 0x5a5a0005) && write_and_read(LARGE_VADDR2 + LARGE_SIZE - PAGE_SIZE, 5),
               "data differs");
    check("Page_Unmap of the mapped frame -> succeeds", page_unmap(masked_frame), NO_ERROR);
    check("the same mapping again -> succeeds", map(masked_frame, masked, seL4_ReadWrite), NO_ERROR);
    check_that("the frame mapped again kept its data", reads(masked, 0x5a5a0003), "data differs");
    check("Page_Unmap of a frame never mapped -> succeeds", page_unmap(unmapped_frame), NO_ERROR);
    check("Page_Unmap of it again -> succeeds", page_unmap(unmapped_frame), NO_ERROR);
#if FIRST_TABLE_LEVEL == 1
    check("level-1 table Unmap of one never mapped -> succeeds", table_unmap(1, pdpt2), NO_ERROR);
#endif

    const seL4_Word ro = BASE + 0x4000;
    check("Page_Map read-only at BASE + 0x4000 -> succeeds", map(ro_frame, ro, seL4_CanRead), NO_ERROR);
    check_that("the read-only frame reads zero", reads(ro, 0), "data differs");
    check("remap read-write at the same address -> succeeds", map(ro_frame, ro, seL4_ReadWrite), NO_ERROR);
    check_that("the remapped frame is writable", write_and_read(ro, 0x5a5a0004), "data differs");

    check("write-only Page_Map (a kernel-only mapping) -> succeeds",
          map(wo_frame, BASE + 0x5000, seL4_CanWrite), NO_ERROR);
    check("Page_Unmap of the kernel-only mapping -> succeeds", page_unmap(wo_frame), NO_ERROR);
    seL4_CapRights_t all_rights = { { ~0ul } };
    check("Page_Map with rights and attributes of all ones -> succeeds",
          page_map(junk_frame, seL4_CapInitThreadVSpace, BASE + 0x6000, all_rights, ~0ul), NO_ERROR);
    check_that("the frame mapped with junk attributes is writable", write_and_read(BASE + 0x6000, 0x5a5a0006),
               "data differs");
    struct message long_map = { PAGE_MAP_LABEL, 3, 127, { seL4_CapInitThreadVSpace, seL4_CapNull, frame },
                                { BASE + 0x7000, seL4_ReadWrite.words[0], 0 } };
    check("Page_Map with length 127 and 3 extra caps -> succeeds", call_message(long_frame, &long_map), NO_ERROR);
    check_that("the frame mapped by the long message is writable", write_and_read(BASE + 0x7000, 0x5a5a0007),
               "data differs");

    /* Unmapping the page table leaves the frame caps with stale records. */
    check("PageTable_Unmap -> succeeds", table_unmap(3, pt), NO_ERROR);
    check_missing_table("remapping a frame whose page table went -> FailedLookup, SEL4_MAPPING_LOOKUP_NO_PT",
                        map(frame, BASE, seL4_ReadWrite), SEL4_MAPPING_LOOKUP_NO_PT);
    check("PageTable_Map again -> succeeds", table_map(3, pt, seL4_CapInitThreadVSpace, BASE, 0),
          NO_ERROR);
    check("the frame at its recorded address -> succeeds", map(frame, BASE, seL4_ReadWrite), NO_ERROR);
    check_that("the frame kept its data", reads(BASE, 0x5a5a0001), "data differs");
}

/* ------------------------------------------------------------------ */
/* System calls with junk                                              */

static void syscall_cases(void)
{
    struct message bad_type = { UntypedRetype, 1, 6, { seL4_CapInitThreadCNode },
                                { seL4_ObjectTypeCount, 0, 0, 0, NBSEND_SLOT, 1 } };
    load_message(&bad_type);
    seL4_NBSend(UNRESOLVABLE, seL4_MessageInfo_new(UntypedRetype, 0, 1, 6));
    report("NBSend to an unresolvable cptr -> nothing happens", NULL);

    load_message(&bad_type);
    seL4_SetCap(0, UNRESOLVABLE);
    seL4_NBSend(untyped, seL4_MessageInfo_new(UntypedRetype, 0, 1, 6));
    report("NBSend with an unresolvable extra cap -> nothing happens", NULL);

    load_message(&bad_type);
    seL4_NBSend(untyped, seL4_MessageInfo_new(UntypedRetype, 0, 1, 6));
    report("NBSend of a rejected Retype -> no reply, nothing happens", NULL);

    load_message(&bad_type);
    seL4_Send(untyped, seL4_MessageInfo_new(UntypedRetype, 0, 1, 6));
    check_that("Send of a rejected Retype -> no reply: MR0 keeps the type sent", seL4_GetMR(0) == seL4_ObjectTypeCount,
               "the kernel wrote MR0");

    struct message retype = bad_type;
    retype.mr[0] = seL4_EndpointObject;
    load_message(&retype);
    seL4_NBSend(untyped, seL4_MessageInfo_new(UntypedRetype, 0, 1, 6));
    check("NBSend of a good Retype made its object (retyping into its slot -> DeleteFirst)",
          call_message(untyped, &retype), DELETE_FIRST);

    seL4_Word badge = 0xbad;
    seL4_MessageInfo_t reply = seL4_NBRecv(notification, &badge);
    check_that("NBRecv on a notification with nothing pending -> returns at once, badge 0",
               badge == 0 && seL4_MessageInfo_get_label(reply) == 0, "badge or label not 0");

    seL4_Yield();
    report("Yield -> returns", NULL);
    seL4_Reply(seL4_MessageInfo_new(0, 0, 0, 0));
    report("Reply with no caller -> returns", NULL);
    seL4_DebugNameThread(frame, "not a thread");
    report("DebugNameThread on a frame cap -> refused, the thread keeps its name", NULL);
}

int main(void)
{
    info = platsupport_get_bootinfo();
    allocate();
    dispatch_cases();
    retype_cases();
    vspace_argument_cases();
    address_range_cases();
    lookup_level_cases();
    occupied_cases();
    frame_cases();
    syscall_cases();
    printf("# %d passed, %d failed\n", passed, failed);

    /* The last case: a Call on a cptr the root CNode cannot resolve is a
     * cap fault, which stops this thread; nothing follows. */
    seL4_Call(UNRESOLVABLE, seL4_MessageInfo_new(0, 0, 0, 0));
    report("seL4_Call on an unresolvable cptr -> cap fault", "the call returned");
    return 1;
}
