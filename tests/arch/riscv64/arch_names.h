/*
 * What the tests need to know of riscv64 (Sv39): its VM object types and
 * labels under the names every architecture's table gives, and the names
 * its reason lines use, for the host tests and the QEMU test programs
 * alike (arch_test.h adds the stubs).  The shared tests use only these;
 * tests that make sense on riscv64 alone live in this folder.
 *
 * The tests name table levels by what one entry of theirs maps: level 1's
 * 1 GiB, level 2's 2 MiB, level 3's 4 KiB.  Under Sv39 the root's entries
 * map 1 GiB: the root is the tests' level 1, and one type, PageTable,
 * serves every level below it, going at the first level an address lacks.
 */
#ifndef ARCH_NAMES_H
#define ARCH_NAMES_H

#include <sel4/types.h>
#include <sel4/invocation.h>
#include <sel4/sel4_arch/mapping.h>

#define ARCH_NAME "riscv64"

#define FRAME_OBJECT       seL4_RISCV_4K_Page
#define LARGE_FRAME_OBJECT seL4_RISCV_Mega_Page
#define HUGE_FRAME_OBJECT  seL4_RISCV_Giga_Page
#define VSPACE_OBJECT      seL4_RISCV_PageTableObject
#define L2_TABLE_OBJECT    seL4_RISCV_PageTableObject
#define L3_TABLE_OBJECT    seL4_RISCV_PageTableObject

/* The first of the tests' levels below the root, and the address bits an
 * entry of the root covers: what a Map in a fresh region lacks. */
#define FIRST_TABLE_LEVEL  2
#define ROOT_ENTRY_BITS    30

/* The address bits one entry of a table at `level` covers (level 0 is
 * x86_64's and aarch64's root, whose entries cover 512 GiB). */
#define ENTRY_BITS(level)  (39 - 9 * (level))

/* The address bits the root's entries cover together: Sv39. */
#define VADDR_BITS 39

/* Whether the level-2 and level-3 types are fixed to their levels: the
 * one PageTable type takes whichever level is missing. */
#define L2_TABLE_IS_FIXED  0
#define L3_TABLE_IS_FIXED  0

/* Whether the VSpace root's type is the level-3 table type: Retype makes
 * a table, which ASIDPool_Assign makes a root if it is unmapped, and the
 * root still answers the table's labels. */
#define VSPACE_IS_TABLE    1

/* The level whose table type boot's tables for `level` are of: every
 * table is a PageTable. */
#define BOOT_TABLE_LEVEL(level) 3

/* The mapping tutorial's TEST_VADDR. */
#define TUTORIAL_VADDR 0x2000000000ul

/* The first address above the user's half of the address space. */
#define BEYOND_USER 0x4000000000ul

/* An address in the kernel's half (not a valid Sv39 address: bits 63..39
 * do not copy bit 38), the same as the other 64-bit machines'. */
#define KERNEL_ADDRESS 0xffffff8000000000ul

#define PAGE_MAP_LABEL          RISCVPageMap
#define PAGE_UNMAP_LABEL        RISCVPageUnmap
#define PAGE_GET_ADDRESS_LABEL  RISCVPageGetAddress
#define L2_TABLE_MAP_LABEL      RISCVPageTableMap
#define L2_TABLE_UNMAP_LABEL    RISCVPageTableUnmap
#define L3_TABLE_MAP_LABEL      RISCVPageTableMap
#define L3_TABLE_UNMAP_LABEL    RISCVPageTableUnmap
#define ASID_MAKE_POOL_LABEL    RISCVASIDControlMakePool
#define ASID_ASSIGN_LABEL       RISCVASIDPoolAssign

/* Whether a frame answers to `label` beyond Map, Unmap and GetAddress. */
#define IS_ARCH_FRAME_LABEL(label) 0

#define DEFAULT_ATTRIBUTES seL4_RISCV_Default_VMAttributes

/* Every attribute value, and junk bits: each maps RAM that reads and
 * writes.  And one other than the default, for remaps. */
#define ATTRIBUTE_VALUES { seL4_RISCV_Default_VMAttributes, seL4_RISCV_ExecuteNever, ~0ul }
#define OTHER_ATTRIBUTES seL4_RISCV_ExecuteNever

/* BootInfo's numIOPTLevels: no IOMMU. */
#define BOOTINFO_IOPT_LEVELS 0

/* An object type of a configuration Pagoda does not build: Sv48's. */
#define UNBUILT_OBJECT seL4_RISCV_Tera_Page
#define UNBUILT_OBJECT_DECIMAL "4294967295"

/* Names in the kernel's reason lines. */
#define FRAME_NAME "RISCV_Page"
#define L2_TABLE_NAME "RISCV_PageTable"
#define L3_TABLE_NAME "RISCV_PageTable"

#endif
