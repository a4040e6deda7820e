/* A machine of its own: the case prints the VSpace dump. */
#include <pagoda/syscalls.h>
#include "harness.h"

#define TEST_VADDR 0xa000000000ul

CASE(DUMP0001, "pagoda-dump", "the mapping tutorial's solution, dumped: root, level 1, 2 and 3 tables, the frame read-write")
{
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0), pdpt = new_object(L1_TABLE_OBJECT, 0);
    seL4_CPtr pd = new_object(L2_TABLE_OBJECT, 0), pt = new_object(L3_TABLE_OBJECT, 0);
    expect(table_map(1, pdpt, VSPACE, TEST_VADDR, DEFAULT_ATTRIBUTES), NO_ERROR);
    expect(table_map(2, pd, VSPACE, TEST_VADDR, DEFAULT_ATTRIBUTES), NO_ERROR);
    expect(table_map(3, pt, VSPACE, TEST_VADDR, DEFAULT_ATTRIBUTES), NO_ERROR);
    expect(page_map(frame, VSPACE, TEST_VADDR, seL4_CanRead, DEFAULT_ATTRIBUTES), NO_ERROR);
    expect(page_map(frame, VSPACE, TEST_VADDR, seL4_ReadWrite, DEFAULT_ATTRIBUTES), NO_ERROR);
    poke(TEST_VADDR, 5);
    pagoda_debug_dump_vspace(VSPACE);
}
