/*
 * What the tests need to know of x86_64: its VM object types and labels
 * under the names every architecture's table gives, and the
 * names its reason lines use, for the host tests and the QEMU test
 * programs alike (arch_test.h adds the stubs).  The shared tests use only
 * these; tests that make sense on x86_64 alone live in this folder.
 *
 * Levels are numbered from the root (0); the tests name the table types
 * fixed to levels 1 to 3.
 */
#ifndef ARCH_NAMES_H
#define ARCH_NAMES_H

#include <sel4/types.h>
#include <sel4/invocation.h>
#include <sel4/sel4_arch/mapping.h>

#define ARCH_NAME "x86_64"

#define FRAME_OBJECT       seL4_X86_4K
#define LARGE_FRAME_OBJECT seL4_X86_LargePageObject
#define HUGE_FRAME_OBJECT  seL4_X64_HugePageObject
#define VSPACE_OBJECT      seL4_X64_PML4Object
#define L1_TABLE_OBJECT    seL4_X86_PDPTObject
#define L2_TABLE_OBJECT    seL4_X86_PageDirectoryObject
#define L3_TABLE_OBJECT    seL4_X86_PageTableObject

/* Whether the level-2 and level-3 types are fixed to their levels, as
 * level 1's is. */
#define L2_TABLE_IS_FIXED  1
#define L3_TABLE_IS_FIXED  1

/* Whether the VSpace root's type is a table type too (riscv64's). */
#define VSPACE_IS_TABLE    0

/* The level whose table type boot's tables for `level` are of. */
#define BOOT_TABLE_LEVEL(level) (level)

#define PAGE_MAP_LABEL          X86PageMap
#define PAGE_UNMAP_LABEL        X86PageUnmap
#define PAGE_GET_ADDRESS_LABEL  X86PageGetAddress
#define L1_TABLE_MAP_LABEL      X86PDPTMap
#define L1_TABLE_UNMAP_LABEL    X86PDPTUnmap
#define L2_TABLE_MAP_LABEL      X86PageDirectoryMap
#define L2_TABLE_UNMAP_LABEL    X86PageDirectoryUnmap
#define L3_TABLE_MAP_LABEL      X86PageTableMap
#define L3_TABLE_UNMAP_LABEL    X86PageTableUnmap
#define ASID_MAKE_POOL_LABEL    X86ASIDControlMakePool
#define ASID_ASSIGN_LABEL       X86ASIDPoolAssign

/* Whether a frame answers to `label` beyond Map, Unmap and GetAddress. */
#define IS_ARCH_FRAME_LABEL(label) 0

#define DEFAULT_ATTRIBUTES seL4_X86_Default_VMAttributes

/* The first of the tests' levels below the root, and the address bits an
 * entry of the root covers: what a Map in a fresh region lacks (its
 * level-1 table). */
#define FIRST_TABLE_LEVEL  1
#define ROOT_ENTRY_BITS    SEL4_MAPPING_LOOKUP_NO_PDPT

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
 * writes.  And one other than the default, for remaps. */
#define ATTRIBUTE_VALUES                                                                            \
    { seL4_X86_WriteBack, seL4_X86_WriteThrough, seL4_X86_CacheDisabled, seL4_X86_Uncacheable,     \
      seL4_X86_WriteCombining, ~0ul }
#define OTHER_ATTRIBUTES seL4_X86_CacheDisabled

/* BootInfo's numIOPTLevels: all ones, as seL4 reports it without an IOMMU. */
#define BOOTINFO_IOPT_LEVELS ((seL4_Word)-1)

/* An object type of a configuration Pagoda does not build. */
#define UNBUILT_OBJECT seL4_X86_IOPageTableObject
#define UNBUILT_OBJECT_DECIMAL "16777215"

/* Names in the kernel's reason lines. */
#define FRAME_NAME "X86_Page"
#define L1_TABLE_NAME "X86_PDPT"
#define L2_TABLE_NAME "X86_PageDirectory"
#define L3_TABLE_NAME "X86_PageTable"

#endif
