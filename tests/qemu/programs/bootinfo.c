/*
 * The root task's initial environment as seL4 defines it: BootInfo's fields
 * and slot regions, the capabilities in the fixed slots, the mappings of the
 * image, IPC buffer and BootInfo, and the untyped list.
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4platsupport/bootinfo.h>
#include "check.h"

#define PAGE 4096ul
#define RAM (256ul << 20)       /* tools/simulate gives the machine 256 MiB */

static int checks, failures;

static void check(int ok, const char *what, seL4_Word value)
{
    checks++;
    if (!ok) {
        failures++;
        printf("not ok - %s (value 0x%lx)\n", what, value);
    }
}

/* The linker's symbols for where the program's image starts and ends. */
extern char __executable_start[], _end[];

static seL4_Word page_round_up(seL4_Word a)
{
    return (a + PAGE - 1) & ~(PAGE - 1);
}

static void check_fields(seL4_BootInfo *bi)
{
    seL4_Word image_end = page_round_up((seL4_Word)_end);
    check(bi->nodeID == 0 && bi->numNodes == 1, "one node", bi->numNodes);
    check(bi->numIOPTLevels == BOOTINFO_IOPT_LEVELS, "no IOMMU levels", bi->numIOPTLevels);
    check(bi->initThreadCNodeSizeBits == 12, "root CNode has 2^12 slots", bi->initThreadCNodeSizeBits);
    check(bi->initThreadDomain == 0 && bi->extraLen == 0, "domain 0, no extra boot info", bi->extraLen);
    check((seL4_Word)bi->ipcBuffer == image_end, "IPC buffer is the page after the image", (seL4_Word)bi->ipcBuffer);
    check((seL4_Word)bi == image_end + PAGE, "BootInfo is the page after the IPC buffer", (seL4_Word)bi);
}

static void check_regions(seL4_BootInfo *bi)
{
    seL4_Word image_pages = (page_round_up((seL4_Word)_end) - (seL4_Word)__executable_start) / PAGE;
    check(bi->userImagePaging.start == seL4_NumInitialCaps, "paging caps follow the fixed slots",
          bi->userImagePaging.start);
    check(bi->userImagePaging.end - bi->userImagePaging.start == 4 - FIRST_TABLE_LEVEL,
          "one table of each level below the root for the image",
          bi->userImagePaging.end - bi->userImagePaging.start);
    check(bi->userImageFrames.start == bi->userImagePaging.end, "frames follow paging", bi->userImageFrames.start);
    check(bi->userImageFrames.end - bi->userImageFrames.start == image_pages, "one frame per image page",
          bi->userImageFrames.end - bi->userImageFrames.start);
    check(bi->untyped.start == bi->userImageFrames.end, "untypeds follow frames", bi->untyped.start);
    check(bi->empty.start == bi->untyped.end && bi->empty.end == 1ul << 12, "the rest is empty", bi->empty.start);
    check(bi->sharedFrames.start == bi->sharedFrames.end && bi->extraBIPages.start == bi->extraBIPages.end,
          "no shared frames or extra BootInfo pages", bi->extraBIPages.end);
}

static void check_untypeds(seL4_BootInfo *bi)
{
    seL4_Word count = bi->untyped.end - bi->untyped.start, total = 0;
    int sorted = 1, aligned = 1, sizes = 1, overlaps = 0;
    for (seL4_Word i = 0; i < count; i++) {
        seL4_UntypedDesc *u = &bi->untypedList[i];
        seL4_Word size = 1ul << u->sizeBits;
        total += size;
        sizes &= u->sizeBits >= seL4_MinUntypedBits && u->sizeBits <= seL4_MaxUntypedBits && !u->isDevice;
        aligned &= (u->paddr & (size - 1)) == 0;
        sorted &= i == 0 || u->sizeBits <= bi->untypedList[i - 1].sizeBits;
        for (seL4_Word j = 0; j < i; j++) {
            seL4_UntypedDesc *v = &bi->untypedList[j];
            overlaps += u->paddr < v->paddr + (1ul << v->sizeBits) && v->paddr < u->paddr + size;
        }
    }
    check(sizes, "untyped sizes are 4..seL4_MaxUntypedBits bits, RAM", count);
    check(aligned, "untypeds are naturally aligned", count);
    check(sorted, "untypeds are listed largest first", count);
    check(overlaps == 0, "untypeds do not overlap", overlaps);
    check(total > RAM - (4ul << 20) && total < RAM, "untypeds cover the free RAM", total);
}

static seL4_Error invoke_get_address(seL4_CPtr cap, seL4_Word *paddr)
{
    struct page_address r = page_get_address(cap);
    *paddr = r.paddr;
    return r.error;
}

static void check_caps(seL4_BootInfo *bi)
{
    seL4_Word ipc, info, frame;
    seL4_Error ipc_error = invoke_get_address(seL4_CapInitThreadIPCBuffer, &ipc);
    seL4_Error info_error = invoke_get_address(seL4_CapBootInfoFrame, &info);
    check(ipc_error == seL4_NoError && ipc % PAGE == 0 && ipc != 0, "slot 10 is the IPC buffer frame", ipc);
    check(info_error == seL4_NoError && info % PAGE == 0 && info != ipc, "slot 9 is the BootInfo frame", info);
    check(invoke_get_address(seL4_CapNull, &frame) == seL4_InvalidCapability && seL4_GetMR(0) == 0,
          "slot 0 is empty", seL4_GetMR(0));
    check(invoke_get_address(bi->empty.start, &frame) == seL4_InvalidCapability, "empty slots are empty",
          bi->empty.start);
    check(invoke_get_address(seL4_CapInitThreadVSpace, &frame) == seL4_IllegalOperation,
          "slot 3 is not a frame", seL4_CapInitThreadVSpace);
    check(table_map(3, bi->userImagePaging.end - 1, seL4_CapInitThreadVSpace, 0x400000, DEFAULT_ATTRIBUTES) ==
                  seL4_InvalidCapability && seL4_GetMR(0) == 0,
          "the image's page table is mapped already", seL4_GetMR(0));

    /* Each image frame cap records its mapping: mapping it again where it is
     * is a remap; anywhere else is refused. */
    seL4_CPtr first = bi->userImageFrames.start;
    seL4_Word vaddr = (seL4_Word)__executable_start;
    check(page_map(first, seL4_CapInitThreadVSpace, vaddr, seL4_ReadWrite, DEFAULT_ATTRIBUTES) == seL4_NoError,
          "the first image frame is mapped at the image start", vaddr);
    check(page_map(first, seL4_CapInitThreadVSpace, vaddr + 0x10000000, seL4_ReadWrite, DEFAULT_ATTRIBUTES) ==
                  seL4_InvalidArgument && seL4_GetMR(0) == 0,
          "and nowhere else", seL4_GetMR(0));
}

int main(void)
{
    seL4_BootInfo *bi = platsupport_get_bootinfo();
    check_fields(bi);
    check_regions(bi);
    check_untypeds(bi);
    check_caps(bi);
    printf("bootinfo: %d checks, %d failed\n", checks, failures);
    return failures;
}
