/*
 * Conformance cases that make sense on ia32 alone: 4 MiB pages mapped by
 * the page directory itself, the page directory as the VSpace root with
 * labels of its own, the end of user memory below the kernel window
 * at 0xe0000000, and the SSE register the kernel clears memory with.
 */
#include "harness.h"
#include <string.h>

#define LARGE_PAGE_SIZE BIT(seL4_LargePageBits)

CASE(IA32LARGE0001, "5-large 2.6.1-8d 2.6.1-9",
     "a 4 MiB page needs no table, masked to 4 MiB; a 4 KiB page lacks its page table -> FailedLookup 22")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr large = new_object(seL4_X86_LargePageObject, 0), frame = new_object(seL4_X86_4K, 0);
    expect_missing_table(map_page(frame, vaddr + LARGE_PAGE_SIZE, seL4_ReadWrite), SEL4_MAPPING_LOOKUP_NO_PT);
    expect(map_page(large, vaddr + 0x3abcde, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 0x4a);
    poke(vaddr + LARGE_PAGE_SIZE - 4, 0x4b);
    EXPECT(peek(vaddr) == 0x4a && peek(vaddr + LARGE_PAGE_SIZE - 4) == 0x4b && peek(vaddr + 0x3abcdc) == 0);
    EXPECT(frame_paddr(large) % LARGE_PAGE_SIZE == 0);
    expect(map_page(large, vaddr + LARGE_PAGE_SIZE - 1, seL4_CanRead), NO_ERROR);     /* a remap */
    expect(seL4_X86_PageTable_Map(new_object(seL4_X86_PageTableObject, 0), VSPACE, vaddr + 0x1000, 0), DELETE_FIRST);
    expect(map_page(frame, vaddr + 0x3ff000, seL4_ReadWrite), DELETE_FIRST);
    EXPECT(holds(vaddr, 0x4a));
}

CASE(IA32ROOT0001, "5-pd-labels 2.7.2-0",
     "the page directory, the root, answers PageDirectory_Map and _Unmap with IllegalOperation")
{
    seL4_CPtr unassigned = new_object(seL4_X86_PageDirectoryObject, 0);
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool);
    const seL4_CPtr roots[] = { VSPACE, unassigned, other };
    for (unsigned i = 0; i < ARRAY_SIZE(roots); i++) {
        expect(seL4_X86_PageDirectory_Map(roots[i], VSPACE, new_region(), 0), ILLEGAL_OPERATION);
        expect(seL4_X86_PageDirectory_Unmap(roots[i]), ILLEGAL_OPERATION);
    }
    /* the roots are untouched: both VSpaces map */
    mapped_frame(new_region(), seL4_ReadWrite);
    map_tables(other, 0x10000, seL4_PageBits);
    expect(page_map(new_object(seL4_X86_4K, 0), other, 0x10000, seL4_ReadWrite, 0), NO_ERROR);
    delete_cap(other);
}

CASE(IA32ROOT0002, "5-status-bits",
     "PageDirectory_GetStatusBits, of a mapped address or not, well formed or not -> IllegalOperation")
{
    seL4_Word vaddr = new_region();
    mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 0x5b);
    const struct message asks[] = {
        { X86PageDirectoryGetStatusBits, 0, 1, { 0 }, { vaddr } },
        { X86PageDirectoryGetStatusBits, 0, 1, { 0 }, { vaddr + PAGE_SIZE } },
        { X86PageDirectoryGetStatusBits, 0, 1, { 0 }, { BEYOND_USER } },
        { X86PageDirectoryGetStatusBits, 0, 0, { 0 }, { 0 } },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(asks); i++) {
        expect(call_message(VSPACE, &asks[i]), ILLEGAL_OPERATION);
    }
    EXPECT(holds(vaddr, 0x5b));
}

CASE(IA32RANGE0001, "5-range 2.6.1-3d 2.7.2-5",
     "user memory ends at 0xdfffffff: frames end below it; tables at 0xe0000000 and up -> InvalidArgument 0")
{
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool);
    seL4_CPtr frame = new_object(seL4_X86_4K, 0), large = new_object(seL4_X86_LargePageObject, 0);
    seL4_CPtr pt = new_object(seL4_X86_PageTableObject, 0);
    /* the window, its last page, and the 4 MiB above it */
    const seL4_Word kernel_side[] = { 0xe0000000, 0xe0400000, 0xffbff000, 0xffc00000, 0xfffff000 };
    for (unsigned i = 0; i < ARRAY_SIZE(kernel_side); i++) {
        expect(page_map(frame, other, kernel_side[i], seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
        expect(seL4_X86_PageTable_Map(pt, other, kernel_side[i], 0), INVALID_ARGUMENT(0));
    }
    expect(page_map(frame, other, 0xdffff000, seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
    expect(page_map(large, other, 0xdfc00000, seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
    expect(page_map(large, other, ~0ul, seL4_ReadWrite, 0), INVALID_ARGUMENT(0));     /* its end wraps to 0 */
    expect(page_map(large, other, 0xdf800000, seL4_ReadWrite, 0), NO_ERROR);
    expect(seL4_X86_PageTable_Map(pt, other, 0xdfffffff, 0), NO_ERROR);              /* masked to 0xdfc00000 */
    expect(page_map(frame, other, 0xdfffe000, seL4_ReadWrite, 0), NO_ERROR);
    delete_cap(other);
}

CASE(IA32SSE0001, "5-sse-kept", "a Revoke that clears memory leaves the user's %xmm0 as it was")
{
    static const seL4_Word pattern[4] = { 0x01234567, 0x89abcdef, 0xfedcba98, 0x76543210 };
    seL4_Word after[4];
    seL4_CPtr untyped = new_untyped(seL4_PageBits);
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, ROOT, 0, 0, new_slot(), 1), NO_ERROR);
    __asm__ volatile("movups %0, %%xmm0" : : "m"(pattern));
    seL4_Error error = seL4_CNode_Revoke(ROOT, untyped, DEPTH);
    __asm__ volatile("movups %%xmm0, %0" : "=m"(after));
    expect(error, NO_ERROR);
    EXPECT(memcmp(after, pattern, sizeof(after)) == 0);
}
