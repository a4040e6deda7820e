/* A machine of its own: the case prints the VSpace dump. */
#include <pagoda/syscalls.h>
#include "harness.h"

#define TEST_VADDR 0xa000000000ul

CASE(DUMP0001, "pagoda-dump", "the mapping tutorial's solution, dumped: PML4, PDPT, PD, PT, the frame read-write")
{
    seL4_CPtr frame = new_object(seL4_X86_4K, 0), pdpt = new_object(seL4_X86_PDPTObject, 0);
    seL4_CPtr pd = new_object(seL4_X86_PageDirectoryObject, 0), pt = new_object(seL4_X86_PageTableObject, 0);
    expect(seL4_X86_PDPT_Map(pdpt, VSPACE, TEST_VADDR, seL4_X86_Default_VMAttributes), NO_ERROR);
    expect(seL4_X86_PageDirectory_Map(pd, VSPACE, TEST_VADDR, seL4_X86_Default_VMAttributes), NO_ERROR);
    expect(seL4_X86_PageTable_Map(pt, VSPACE, TEST_VADDR, seL4_X86_Default_VMAttributes), NO_ERROR);
    expect(seL4_X86_Page_Map(frame, VSPACE, TEST_VADDR, seL4_CanRead, seL4_X86_Default_VMAttributes), NO_ERROR);
    expect(seL4_X86_Page_Map(frame, VSPACE, TEST_VADDR, seL4_ReadWrite, seL4_X86_Default_VMAttributes), NO_ERROR);
    poke(TEST_VADDR, 5);
    pagoda_debug_dump_vspace(VSPACE);
}
