/*
 * Map anywhere: the mapping tutorial's frame, mapped at TEST_VADDR by
 * vspace_map_anywhere(), which makes whatever paging structures the address
 * lacks.  The program uses the page, unmaps it and frees the structures
 * with vspace_unmap_free(), and maps it again from the same memory.
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4/sel4_arch/mapping.h>
#include <sel4platsupport/bootinfo.h>
#include <sel4tutorials/alloc.h>
#include <sel4tutorials/test_vaddr.h>
#include <utils/util.h>
#include <vspace/map_anywhere.h>

/* 16 KiB: room for the three 4 KiB structures an x86_64 or aarch64 page
 * needs, but not for six, so the second mapping fits only if the first
 * one's memory came back. */
#define HELPER_UNTYPED_BITS 14

static void map_and_show(vspace_alloc_t *alloc, seL4_CPtr frame, vspace_mapping_t *mapping)
{
    seL4_Error error = vspace_map_anywhere(alloc, frame, seL4_CapInitThreadVSpace, TEST_VADDR, seL4_ReadWrite,
                                           vspace_arch_paging.default_attributes, mapping);
    ZF_LOGF_IF(error != seL4_NoError, "vspace_map_anywhere failed: error %d, failure %d", error, mapping->failure);
    for (size_t i = 0; i < mapping->num_tables; i++) {
        printf("made for level %lu: %s\n", mapping->tables[i].level->bits, mapping->tables[i].level->name);
    }
}

int main(void)
{
    seL4_BootInfo *info = platsupport_get_bootinfo();
    seL4_CPtr frame = alloc_object(info, FRAME_OBJECT, 0);
    vspace_alloc_t alloc = { .untyped = alloc_object(info, seL4_UntypedObject, HELPER_UNTYPED_BITS),
                             .cspace = seL4_CapInitThreadCNode, .slots = &info->empty };
    vspace_mapping_t mapping;

    printf("Mapping a frame at %p with vspace_map_anywhere\n", (void *)TEST_VADDR);
    map_and_show(&alloc, frame, &mapping);
    volatile seL4_Word *x = (volatile seL4_Word *)TEST_VADDR;
    printf("Read x: %lu\n", *x);
    printf("Set x to 5\n");
    *x = 5;
    printf("Read x: %lu\n", *x);

    seL4_Error error = vspace_unmap_free(&alloc, &mapping);
    ZF_LOGF_IF(error != seL4_NoError, "vspace_unmap_free failed: error %d", error);
    error = vspace_arch_paging.map_frame(frame, seL4_CapInitThreadVSpace, TEST_VADDR, seL4_ReadWrite,
                                         vspace_arch_paging.default_attributes);
    printf("Freed; a Map now lacks level %lu\n", error == seL4_FailedLookup ? seL4_MappingFailedLookupLevel() : 0);

    printf("Mapping it again, from the same untyped\n");
    map_and_show(&alloc, frame, &mapping);
    printf("Read x: %lu\n", *x);
    error = vspace_unmap_free(&alloc, &mapping);
    ZF_LOGF_IF(error != seL4_NoError, "vspace_unmap_free failed: error %d", error);
    printf("Success!\n");
    return 0;
}
