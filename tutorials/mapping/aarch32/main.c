/*
 * Mapping: map a frame at TEST_VADDR.  Map fails until every paging structure
 * above the frame exists; seL4_MappingFailedLookupLevel() says which is missing.
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4platsupport/bootinfo.h>
#include <utils/util.h>
#include <sel4tutorials/alloc.h>
#include <sel4/sel4_arch/mapping.h>
#define TEST_VADDR 0xA0000000

int main(int argc, char *argv[])
{
    seL4_BootInfo *info = platsupport_get_bootinfo();
    seL4_Error error;
    seL4_CPtr frame = alloc_object(info, seL4_ARM_SmallPageObject, 0);
    seL4_CPtr pt = alloc_object(info, seL4_ARM_PageTableObject, 0);

    /*
     * aarch32 (ARMv7 short descriptors) has two levels.  The page directory
     * resolves bits 31..20 of TEST_VADDR and is the VSpace itself: nothing
     * to map.  A page table resolves bits 19..12: the one paging structure
     * to map here.
     */
    //@ stage pt
    error = seL4_ARM_PageTable_Map(pt, seL4_CapInitThreadVSpace, TEST_VADDR, seL4_ARM_Default_VMAttributes);
    assert(error == seL4_NoError);
    //@ exercise
    // TODO map a page table object
    //@ end

    /* map a read-only page at TEST_VADDR */
    error = seL4_ARM_Page_Map(frame, seL4_CapInitThreadVSpace, TEST_VADDR, seL4_CanRead, seL4_ARM_Default_VMAttributes);
    if (error == seL4_FailedLookup) {
        printf("Missing intermediate paging structure at level %lu\n", seL4_MappingFailedLookupLevel());
    }
    ZF_LOGF_IF(error != seL4_NoError, "Failed to map page");

    seL4_Word *x = (seL4_Word *) TEST_VADDR;
    printf("Read x: %lu\n", *x);

    //@ stage remap
    error = seL4_ARM_Page_Map(frame, seL4_CapInitThreadVSpace, TEST_VADDR, seL4_ReadWrite, seL4_ARM_Default_VMAttributes);
    assert(error == seL4_NoError);
    //@ exercise
    // TODO remap the page
    //@ end

    /* write to the page we mapped */
    printf("Set x to 5\n");
    *x = 5;

    /*
     * Unmap the page, in two ways.  First, revoke the frame's capability.
     * Revoke deletes the capabilities derived from a capability, not the
     * capability itself, and deleting a frame capability removes its mapping.
     * So map the frame a second time, at y, through a copy of its capability
     * (a frame capability holds one mapping): revoking `frame` deletes the
     * copy, and with it the mapping at y.  `frame` stays mapped at x.
     */
    seL4_CPtr copy = alloc_slot(info);
    error = seL4_CNode_Copy(seL4_CapInitThreadCNode, copy, seL4_WordBits,
                            seL4_CapInitThreadCNode, frame, seL4_WordBits, seL4_AllRights);
    assert(error == seL4_NoError);
    seL4_Word *y = (seL4_Word *) (TEST_VADDR + BIT(seL4_PageBits));
    error = seL4_ARM_Page_Map(copy, seL4_CapInitThreadVSpace, (seL4_Word) y, seL4_ReadWrite, seL4_ARM_Default_VMAttributes);
    assert(error == seL4_NoError);

    //@ stage unmap
    error = seL4_CNode_Revoke(seL4_CapInitThreadCNode, frame, seL4_WordBits);
    assert(error == seL4_NoError);
    //@ exercise
    // TODO unmap the page at y: revoke the frame's capability
    //@ end

    /* the copy maps at y again, unless it was deleted */
    error = seL4_ARM_Page_Map(copy, seL4_CapInitThreadVSpace, (seL4_Word) y, seL4_ReadWrite, seL4_ARM_Default_VMAttributes);
    if (error == seL4_InvalidCapability) {
        printf("The copy is deleted, and its mapping at y with it\n");
    }

    /* Second, unmap the page table: the pages it maps go with it. */
    //@ stage unmap
    error = seL4_ARM_PageTable_Unmap(pt);
    assert(error == seL4_NoError);
    //@ exercise
    // TODO unmap the page table
    //@ end

    /* the page maps at x again, unless its page table is gone */
    error = seL4_ARM_Page_Map(frame, seL4_CapInitThreadVSpace, TEST_VADDR, seL4_ReadWrite, seL4_ARM_Default_VMAttributes);
    if (error == seL4_FailedLookup) {
        printf("Missing intermediate paging structure at level %lu\n", seL4_MappingFailedLookupLevel());
    }

    printf("Success!\n");

    return 0;
}
