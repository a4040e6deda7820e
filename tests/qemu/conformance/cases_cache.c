/*
 * The page cache operations of the Arm machines (the reference's section
 * 3.4): Page_Clean_Data, _Invalidate_Data, _CleanInvalidate_Data and
 * _Unify_Instruction.  The other architectures have none.
 */
#include "harness.h"

#if CONFIG_ARCH_ARM
static seL4_Error (*const cache_operations[])(seL4_ARM_Page, seL4_Word, seL4_Word) = {
    seL4_ARM_Page_Clean_Data, seL4_ARM_Page_Invalidate_Data, seL4_ARM_Page_CleanInvalidate_Data,
    seL4_ARM_Page_Unify_Instruction,
};

static const seL4_Word cache_labels[] = {
    ARMPageClean_Data, ARMPageInvalidate_Data, ARMPageCleanInvalidate_Data, ARMPageUnify_Instruction,
};

CASE(ARMCACHE0001, "3.4-cache-truncated 3.4-cache-unmapped",
     "a cache operation with one word -> TruncatedMessage; on an unmapped frame -> IllegalOperation")
{
    seL4_CPtr frame = new_object(seL4_ARM_SmallPageObject, 0);
    for (unsigned i = 0; i < ARRAY_SIZE(cache_labels); i++) {
        struct message one = { cache_labels[i], 0, 1, { 0 }, { 0 } };
        expect(call_message(frame, &one), TRUNCATED_MESSAGE);
        expect(cache_operations[i](frame, 0, PAGE_SIZE), ILLEGAL_OPERATION);
    }
}

CASE(ARMCACHE0002, "3.4-cache-range", "an empty or backwards range -> InvalidArgument 1; beyond the page -> 0")
{
    seL4_CPtr frame = mapped_frame(new_region(), seL4_ReadWrite);
    for (unsigned i = 0; i < ARRAY_SIZE(cache_operations); i++) {
        expect(cache_operations[i](frame, 64, 64), INVALID_ARGUMENT(1));
        expect(cache_operations[i](frame, 128, 64), INVALID_ARGUMENT(1));
        expect(cache_operations[i](frame, 0, PAGE_SIZE + 1), INVALID_ARGUMENT(0));
        expect(cache_operations[i](frame, PAGE_SIZE, PAGE_SIZE + 64), INVALID_ARGUMENT(0));
        expect(cache_operations[i](frame, PAGE_SIZE, PAGE_SIZE), INVALID_ARGUMENT(1));   /* range first */
    }
}

CASE(ARMCACHE0003, "3.4-cache-stale 3.4-cache-readonly",
     "through a mapping that is gone -> InvalidCapability 0; Invalidate_Data read-only -> IllegalOperation")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), frame = frame_at(vaddr);
    seL4_CPtr read_only = copy_of(frame, seL4_CanRead);
    expect(map_page(read_only, vaddr + PAGE_SIZE, seL4_CanRead), NO_ERROR);
    expect(seL4_ARM_Page_Invalidate_Data(read_only, 0, PAGE_SIZE), ILLEGAL_OPERATION);
    expect(seL4_ARM_Page_Clean_Data(read_only, 0, PAGE_SIZE), NO_ERROR);
    expect(seL4_ARM_PageTable_Unmap(pt), NO_ERROR);
    for (unsigned i = 0; i < ARRAY_SIZE(cache_operations); i++) {
        expect(cache_operations[i](frame, 0, PAGE_SIZE), INVALID_CAPABILITY(0));
    }
}

CASE(ARMCACHE0004, "3.4-cache-success", "each operation on a mapped frame succeeds; its data stays")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr + 0x800, 0xcafe);
    for (unsigned i = 0; i < ARRAY_SIZE(cache_operations); i++) {
        if (cache_labels[i] != ARMPageInvalidate_Data) {
            expect(cache_operations[i](frame, 0x800, 0x808), NO_ERROR);
            expect(cache_operations[i](frame, 0, PAGE_SIZE), NO_ERROR);
            EXPECT(peek(vaddr + 0x800) == 0xcafe);
        }
    }
    expect(seL4_ARM_Page_Clean_Data(frame, 0x800, 0x808), NO_ERROR);
    expect(seL4_ARM_Page_Invalidate_Data(frame, 0x800, 0x808), NO_ERROR);
    EXPECT(peek(vaddr + 0x800) == 0xcafe);          /* cleaned to memory first */
    seL4_Word large_at = new_region();
    map_tables(VSPACE, large_at, seL4_LargePageBits);
    seL4_CPtr large = new_object(seL4_ARM_LargePageObject, 0);
    expect(map_page(large, large_at, seL4_ReadWrite), NO_ERROR);
    expect(seL4_ARM_Page_CleanInvalidate_Data(large, 0, BIT(seL4_LargePageBits)), NO_ERROR);
}
#endif
