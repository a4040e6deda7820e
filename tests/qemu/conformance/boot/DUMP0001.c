/* A machine of its own: the case prints the VSpace dump. */
#include <pagoda/syscalls.h>
#include "harness.h"

CASE(DUMP0001, "pagoda-dump", "the mapping tutorial's remap stage, dumped: the root, each table, the frame read-write")
{
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0);
    map_tables(VSPACE, TUTORIAL_VADDR, seL4_PageBits);
    expect(page_map(frame, VSPACE, TUTORIAL_VADDR, seL4_CanRead, DEFAULT_ATTRIBUTES), NO_ERROR);
    expect(page_map(frame, VSPACE, TUTORIAL_VADDR, seL4_ReadWrite, DEFAULT_ATTRIBUTES), NO_ERROR);
    poke(TUTORIAL_VADDR, 5);
    pagoda_debug_dump_vspace(VSPACE);
}
