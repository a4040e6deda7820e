#include "harness.h"
#include <stdio.h>
#include <string.h>
#include <sel4platsupport/bootinfo.h>

extern const struct conformance_case __start_conformance_cases[], __stop_conformance_cases[];

seL4_BootInfo *bootinfo;

static const struct conformance_case *running;
static char failure[240];

static void fail(const char *fmt, const char *detail, int line)
{
    if (failure[0] == '\0') {
        snprintf(failure, sizeof(failure), fmt, detail, line);
    }
}

void expect(seL4_Error got, struct outcome want)
{
    const char *why = outcome_differs(got, want);
    if (why != NULL) {
        fail("%s", why, 0);
    }
}

void expect_true(int holds, const char *what, int line)
{
    if (!holds) {
        fail("%s does not hold (line %d)", what, line);
    }
}

void expect_missing_table(seL4_Error got, seL4_Word bits)
{
    expect(got, MISSING(bits));
    EXPECT(seL4_MappingFailedLookupLevel() == bits);
}

/* ---- Allocation ---------------------------------------------------------- */

#define HUGE_BITS 30

seL4_CPtr new_slot(void)
{
    if (bootinfo->empty.start == bootinfo->empty.end) {
        fail("%s", "out of root CNode slots", 0);
        return seL4_CapNull;
    }
    return bootinfo->empty.start++;
}

/* The untyped that huge frames come from: the first of at least 1 GiB. */
static seL4_CPtr huge_untyped(void)
{
    for (seL4_CPtr u = bootinfo->untyped.start; u < bootinfo->untyped.end; u++) {
        if (bootinfo->untypedList[u - bootinfo->untyped.start].sizeBits >= HUGE_BITS) {
            return u;
        }
    }
    return seL4_CapNull;
}

seL4_CPtr new_object(seL4_Word type, seL4_Word size_bits)
{
    seL4_CPtr slot = new_slot(), huge = huge_untyped();
    if (type == seL4_X64_HugePageObject) {
        seL4_CNode_Revoke(ROOT, huge, DEPTH);
        expect(seL4_Untyped_Retype(huge, type, 0, ROOT, 0, 0, slot, 1), NO_ERROR);
        return slot;
    }
    for (seL4_CPtr u = bootinfo->untyped.start; u < bootinfo->untyped.end; u++) {
        if (u != huge && seL4_Untyped_Retype(u, type, size_bits, ROOT, 0, 0, slot, 1) == seL4_NoError) {
            return slot;
        }
    }
    fail("%s", "out of untyped memory", 0);
    return slot;
}

seL4_CPtr new_untyped(seL4_Word size_bits)
{
    return new_object(seL4_UntypedObject, size_bits);
}

/* ---- Address space ------------------------------------------------------- */

#define REGION_BITS 39
#define FIRST_REGION 1                  /* PML4 slot 0 holds the program */
#define REGIONS 256                     /* the user half of the PML4 */

seL4_Word new_region(void)
{
    static seL4_Word next = FIRST_REGION;
    if (next == REGIONS) {
        fail("%s", "out of address-space regions", 0);
        return 0;
    }
    return next++ << REGION_BITS;
}

seL4_CPtr map_tables(seL4_CPtr vspace, seL4_Word vaddr, seL4_Word frame_bits)
{
    seL4_CPtr pdpt = new_object(seL4_X86_PDPTObject, 0);
    expect(seL4_X86_PDPT_Map(pdpt, vspace, vaddr, seL4_X86_Default_VMAttributes), NO_ERROR);
    if (frame_bits >= HUGE_BITS) {
        return pdpt;
    }
    seL4_CPtr pd = new_object(seL4_X86_PageDirectoryObject, 0);
    expect(seL4_X86_PageDirectory_Map(pd, vspace, vaddr, seL4_X86_Default_VMAttributes), NO_ERROR);
    if (frame_bits >= seL4_LargePageBits) {
        return pd;
    }
    seL4_CPtr pt = new_object(seL4_X86_PageTableObject, 0);
    expect(seL4_X86_PageTable_Map(pt, vspace, vaddr, seL4_X86_Default_VMAttributes), NO_ERROR);
    return pt;
}

seL4_CPtr mapped_frame(seL4_Word vaddr, seL4_CapRights_t rights)
{
    seL4_CPtr frame = new_object(seL4_X86_4K, 0);
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(seL4_X86_Page_Map(frame, VSPACE, vaddr, rights, seL4_X86_Default_VMAttributes), NO_ERROR);
    return frame;
}

/* ---- Running ------------------------------------------------------------- */

static int by_name(const struct conformance_case *a, const struct conformance_case *b)
{
    return strcmp(a->name, b->name);
}

int main(void)
{
    static const struct conformance_case *cases[1024];
    size_t count = (size_t)(__stop_conformance_cases - __start_conformance_cases);
    int passed = 0, failed = 0;

    bootinfo = platsupport_get_bootinfo();
    for (size_t i = 0; i < count && i < ARRAY_SIZE(cases); i++) {
        size_t at = i;
        for (; at > 0 && by_name(cases[at - 1], &__start_conformance_cases[i]) > 0; at--) {
            cases[at] = cases[at - 1];
        }
        cases[at] = &__start_conformance_cases[i];
    }
    for (size_t i = 0; i < count && i < ARRAY_SIZE(cases); i++) {
        running = cases[i];
        failure[0] = '\0';
        running->run();
        if (failure[0] == '\0') {
            passed++;
            printf("ok %s - %s\n", running->name, running->description);
        } else {
            failed++;
            printf("not ok %s - %s: %s\n", running->name, running->description, failure);
        }
    }
    printf("# conformance: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
