/*
 * What the tests need to know of aarch32: its VM object types and labels
 * under the names every architecture's table gives, and the names its
 * reason lines use, for the host tests and the QEMU test programs alike
 * (arch_test.h adds the stubs).  The shared tests use only these; tests
 * that make sense on aarch32 alone live in this folder.
 *
 * The tests name table levels by what one entry of theirs maps: level 3's
 * 4 KiB pages, level 2's large frames.  On aarch32 the root, the 16 KiB
 * page directory, is level 2 (its entries map 1 MiB sections): the 1 KiB
 * page table is the one type below it, and there are no huge frames.
 * The 64 KiB large pages and 16 MiB supersections fill 16 entries each;
 * the tests of this folder cover them.
 */
#ifndef ARCH_NAMES_H
#define ARCH_NAMES_H

#include <sel4/types.h>
#include <sel4/invocation.h>
#include <sel4/sel4_arch/mapping.h>

#define ARCH_NAME "aarch32"

#define FRAME_OBJECT       seL4_ARM_SmallPageObject
#define LARGE_FRAME_OBJECT seL4_ARM_SectionObject
#define VSPACE_OBJECT      seL4_ARM_PageDirectoryObject
#define L3_TABLE_OBJECT    seL4_ARM_PageTableObject

/* The frames that fill 16 entries of a level: 64 KiB pages (level 3's)
 * and 16 MiB supersections (level 2's). */
#define FRAME_X16_OBJECT       seL4_ARM_LargePageObject
#define LARGE_FRAME_X16_OBJECT seL4_ARM_SuperSectionObject

/* The page table is fixed to its level. */
#define L3_TABLE_IS_FIXED  1

/* Whether the VSpace root's type is a table type too (riscv64's). */
#define VSPACE_IS_TABLE    0

/* The level whose table type boot's tables for `level` are of. */
#define BOOT_TABLE_LEVEL(level) (level)

#define PAGE_MAP_LABEL          ARMPageMap
#define PAGE_UNMAP_LABEL        ARMPageUnmap
#define PAGE_GET_ADDRESS_LABEL  ARMPageGetAddress
#define L3_TABLE_MAP_LABEL      ARMPageTableMap
#define L3_TABLE_UNMAP_LABEL    ARMPageTableUnmap
#define ASID_MAKE_POOL_LABEL    ARMASIDControlMakePool
#define ASID_ASSIGN_LABEL       ARMASIDPoolAssign

/* Whether a frame answers to `label` beyond Map, Unmap and GetAddress:
 * the page cache operations. */
#define IS_ARCH_FRAME_LABEL(label) ((label) >= ARMPageClean_Data && (label) <= ARMPageUnify_Instruction)

#define DEFAULT_ATTRIBUTES seL4_ARM_Default_VMAttributes

/* The first of the tests' levels below the root, and the address bits an
 * entry of the root covers: what a Map in a fresh region lacks (its page
 * table). */
#define FIRST_TABLE_LEVEL  3
#define ROOT_ENTRY_BITS    SEL4_MAPPING_LOOKUP_NO_PT

/* The address bits one entry of a table at `level` covers: 4 KiB, 1 MiB,
 * and the whole 32-bit space above the root. */
#define ENTRY_BITS(level)  ((level) == 3 ? 12 : (level) == 2 ? 20 : 32)

/* The address bits the root's entries cover together: the whole 32-bit space. */
#define VADDR_BITS 32

/* The mapping tutorial's TEST_VADDR. */
#define TUTORIAL_VADDR 0xa0000000ul

/* The first address above user memory: the kernel window. */
#define BEYOND_USER 0xe0000000ul

/* An address in the kernel's half: the window's first page. */
#define KERNEL_ADDRESS 0xe0000000ul

/* Every attribute value, and junk bits: each maps RAM that reads and
 * writes (uncached RAM is strongly-ordered memory, which aligned accesses
 * read and write).  And one other than the default, for remaps. */
#define ATTRIBUTE_VALUES                                                                            \
    { seL4_ARM_Default_VMAttributes, seL4_ARM_PageCacheable, seL4_ARM_ParityEnabled,               \
      seL4_ARM_Uncached_VMAttributes, seL4_ARM_Default_VMAttributes | seL4_ARM_ExecuteNever, ~0ul }
#define OTHER_ATTRIBUTES (seL4_ARM_PageCacheable | seL4_ARM_ExecuteNever)

/* BootInfo's numIOPTLevels: no SMMU. */
#define BOOTINFO_IOPT_LEVELS 0

/* An object type of a configuration Pagoda does not build. */
#define UNBUILT_OBJECT seL4_ARM_VCPUObject
#define UNBUILT_OBJECT_DECIMAL "65534"

/* Names in the kernel's reason lines. */
#define FRAME_NAME "ARM_Page"
#define L3_TABLE_NAME "ARM_PageTable"

#endif
