/*
 * What the host tests expect of aarch32's translation-table descriptors
 * (ARMv7-A short descriptors, TEX remap on), written out from the Arm
 * ARM's formats (B3.5.1) independently of the kernel's <arch/pte.h>, and
 * the test names of arch_names.h.
 *
 * First level (the page directory): bits 1:0 01 a page table; 1x a section,
 * or with bit 18 a supersection.  Second level (the page table): 01 a large
 * page, 1x a small page.  The two formats put the same fields in different
 * places.  User frames are not global, never the kernel's to run (PXN),
 * and in domain 0; AP[1:0] is 01 kernel-only, 10 read-only, 11 read-write.
 * seL4_ARM_PageCacheable sets C, B and S (TEX remap index 3), ExecuteNever
 * XN, and ParityEnabled TEX[1], which TEX remap leaves to software.
 */
#ifndef HOST_ARCH_H
#define HOST_ARCH_H

#include <arch_api.h>
#include "arch_names.h"

/* The kernel's frame size indices. */
enum { HOST_SMALL_PAGE, HOST_LARGE_PAGE, HOST_SECTION, HOST_SUPERSECTION };

#define HOST_ARM_PD_TABLE    0x1u
#define HOST_ARM_PD_PXN      0x4u       /* a page-table descriptor's PXN */
#define HOST_ARM_B           0x4u
#define HOST_ARM_C           0x8u

/* Sections and supersections. */
#define HOST_ARM_SECTION     0x2u
#define HOST_ARM_SECTION_PXN 0x1u
#define HOST_ARM_SECTION_XN  0x10u
#define HOST_ARM_SECTION_AP  10         /* AP[1:0]'s shift */
#define HOST_ARM_SECTION_TEX1 0x2000u
#define HOST_ARM_SECTION_S   0x10000u
#define HOST_ARM_SECTION_NG  0x20000u
#define HOST_ARM_SUPER       0x40000u

/* Small and large pages. */
#define HOST_ARM_SMALL       0x2u
#define HOST_ARM_SMALL_XN    0x1u
#define HOST_ARM_SMALL_TEX1  0x80u
#define HOST_ARM_LARGE       0x1u
#define HOST_ARM_LARGE_TEX1  0x2000u
#define HOST_ARM_LARGE_XN    0x8000u
#define HOST_ARM_PAGE_AP     4
#define HOST_ARM_PAGE_S      0x400u
#define HOST_ARM_PAGE_NG     0x800u

static inline pte_t expected_table_entry(const void *table)
{
    return (word_t)table | HOST_ARM_PD_PXN | HOST_ARM_PD_TABLE;
}

static inline pte_t host_ap(enum vm_rights rights)
{
    return rights == vm_read_write ? 3 : rights == vm_read_only ? 2 : 1;
}

static inline pte_t host_page_entry(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    bool small = size == HOST_SMALL_PAGE;
    pte_t e = frame | (small ? HOST_ARM_SMALL : HOST_ARM_LARGE) | HOST_ARM_PAGE_NG | host_ap(rights) << HOST_ARM_PAGE_AP;
    e |= attributes & seL4_ARM_PageCacheable ? HOST_ARM_C | HOST_ARM_B | HOST_ARM_PAGE_S : 0;
    e |= attributes & seL4_ARM_ExecuteNever ? (small ? HOST_ARM_SMALL_XN : HOST_ARM_LARGE_XN) : 0;
    e |= attributes & seL4_ARM_ParityEnabled ? (small ? HOST_ARM_SMALL_TEX1 : HOST_ARM_LARGE_TEX1) : 0;
    return e;
}

static inline pte_t host_section_entry(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    pte_t e = frame | HOST_ARM_SECTION | HOST_ARM_SECTION_PXN | HOST_ARM_SECTION_NG |
              host_ap(rights) << HOST_ARM_SECTION_AP | (size == HOST_SUPERSECTION ? HOST_ARM_SUPER : 0);
    e |= attributes & seL4_ARM_PageCacheable ? HOST_ARM_C | HOST_ARM_B | HOST_ARM_SECTION_S : 0;
    e |= attributes & seL4_ARM_ExecuteNever ? HOST_ARM_SECTION_XN : 0;
    e |= attributes & seL4_ARM_ParityEnabled ? HOST_ARM_SECTION_TEX1 : 0;
    return e;
}

/* A frame of size index `size` (4 KiB and 64 KiB pages, 1 MiB sections,
 * 16 MiB supersections) mapped with `rights`; each of the 16 entries of a
 * large page or supersection is this one. */
static inline pte_t expected_frame_entry(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    if (size == HOST_SMALL_PAGE || size == HOST_LARGE_PAGE) {
        return host_page_entry(frame, size, rights, attributes);
    }
    return host_section_entry(frame, size, rights, attributes);
}

/* For the tests' own walker: an entry of a table at the tests' `level`
 * (tests/host/support/levels.h) that points to a table: a page-table
 * descriptor (the page directory is level 2). */
static inline bool host_entry_is_table(pte_t e, word_t level)
{
    return level == 2 && (e & 3) == HOST_ARM_PD_TABLE;
}

static inline paddr_t host_entry_address(pte_t e)
{
    return e & 0xfffffc00u;
}

#endif
