/*
 * What the tests need to know of aarch64: its VM object types and labels
 * under the names every architecture's table gives, and the
 * names its reason lines use, for the host tests and the QEMU test
 * programs alike (arch_test.h adds the stubs).  The shared tests use only
 * these; tests that make sense on aarch64 alone live in this folder.
 *
 * Levels are numbered from the root (0).  The tests' level-1 and level-2
 * types are the older API's PageUpperDirectory and PageDirectory, fixed
 * to their levels; the level-3 type is PageTable, which goes at the first
 * level an address lacks.
 */
#ifndef ARCH_NAMES_H
#define ARCH_NAMES_H

#include <sel4/types.h>
#include <sel4/invocation.h>
#include <sel4/sel4_arch/mapping.h>

#define ARCH_NAME "aarch64"

#define FRAME_OBJECT       seL4_ARM_SmallPageObject
#define LARGE_FRAME_OBJECT seL4_ARM_LargePageObject
#define HUGE_FRAME_OBJECT  seL4_ARM_HugePageObject
#define VSPACE_OBJECT      seL4_ARM_VSpaceObject
#define L1_TABLE_OBJECT    seL4_ARM_PageUpperDirectoryObject
#define L2_TABLE_OBJECT    seL4_ARM_PageDirectoryObject
#define L3_TABLE_OBJECT    seL4_ARM_PageTableObject

/* Whether the level-2 and level-3 types are fixed to their levels, as
 * level 1's is: PageTable takes a missing level 1 or 2 instead. */
#define L2_TABLE_IS_FIXED  1
#define L3_TABLE_IS_FIXED  0

/* Whether the VSpace root's type is a table type too (riscv64's). */
#define VSPACE_IS_TABLE    0

/* The level whose table type boot's tables for `level` are of: boot makes
 * PageTables (seL4's current API) at every level. */
#define BOOT_TABLE_LEVEL(level) 3

#define PAGE_MAP_LABEL          ARMPageMap
#define PAGE_UNMAP_LABEL        ARMPageUnmap
#define PAGE_GET_ADDRESS_LABEL  ARMPageGetAddress
#define L1_TABLE_MAP_LABEL      ARMPageUpperDirectoryMap
#define L1_TABLE_UNMAP_LABEL    ARMPageUpperDirectoryUnmap
#define L2_TABLE_MAP_LABEL      ARMPageDirectoryMap
#define L2_TABLE_UNMAP_LABEL    ARMPageDirectoryUnmap
#define L3_TABLE_MAP_LABEL      ARMPageTableMap
#define L3_TABLE_UNMAP_LABEL    ARMPageTableUnmap
#define ASID_MAKE_POOL_LABEL    ARMASIDControlMakePool
#define ASID_ASSIGN_LABEL       ARMASIDPoolAssign

/* Whether a frame answers to `label` beyond Map, Unmap and GetAddress:
 * the page cache operations. */
#define IS_ARCH_FRAME_LABEL(label) ((label) >= ARMPageClean_Data && (label) <= ARMPageUnify_Instruction)

#define DEFAULT_ATTRIBUTES seL4_ARM_Default_VMAttributes

/* The first of the tests' levels below the root, and the address bits an
 * entry of the root covers: what a Map in a fresh region lacks (its
 * level-1 table). */
#define FIRST_TABLE_LEVEL  1
#define ROOT_ENTRY_BITS    SEL4_MAPPING_LOOKUP_NO_PUD

/* The address bits one entry of a table at `level` covers (level 0 is
 * x86_64's and aarch64's root, whose entries cover 512 GiB). */
#define ENTRY_BITS(level)  (39 - 9 * (level))

/* The address bits the root's entries cover together: a 48-bit address space. */
#define VADDR_BITS 48

/* The mapping tutorial's TEST_VADDR. */
#define TUTORIAL_VADDR 0xa000000000ul

/* The first address above the user's half of the address space. */
#define BEYOND_USER 0x800000000000ul

/* An address in the kernel's half: the kernel window's first page. */
#define KERNEL_ADDRESS 0xffffff8000000000ul

/* Every attribute value, and junk bits: each maps RAM that reads and
 * writes (uncached RAM is Device-nGnRnE memory, which aligned accesses
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
#define L1_TABLE_NAME "ARM_PageUpperDirectory"
#define L2_TABLE_NAME "ARM_PageDirectory"
#define L3_TABLE_NAME "ARM_PageTable"

#endif
