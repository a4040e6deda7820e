/*
 * The conformance suite: named cases, each checking seL4's behaviour (or
 * Pagoda's documented choice) for one situation, with the reference rows
 * it covers (rows.txt lists them all; tools/check-rows checks coverage):
 *
 *     CASE(FRAME0003, "2.6.1-3c", "a mapped frame mapped at another address -> InvalidArgument 0")
 *     {
 *         ...
 *         expect(page_map(...), INVALID_ARGUMENT(0));
 *         EXPECT(peek(vaddr) == 0);
 *     }
 *
 * Cases from every file of the suite are collected through a linker
 * section and run in order of their names, the shared ones first, then
 * the architecture's own (tests/arch/<arch>/conformance/); each prints one line,
 * "ok NAME - description" or "not ok NAME - description: the first check
 * that failed", and the suite ends with "# conformance: N passed, M failed".
 */
#ifndef CONFORMANCE_HARNESS_H
#define CONFORMANCE_HARNESS_H

#include <stddef.h>
#include "check.h"
#include <sel4/sel4_arch/mapping.h>

struct conformance_case {
    const char *name;
    const char *rows;           /* reference rows covered, space separated */
    const char *description;
    void (*run)(void);
    int is_arch_case;           /* one of tests/arch/<arch>/conformance/'s */
};

/* The build defines it for the architecture's own files of cases. */
#ifndef CONFORMANCE_ARCH_CASES
#define CONFORMANCE_ARCH_CASES 0
#endif

#define CASE(name, rows_, description_)                                                         \
    static void name##_run(void);                                                               \
    static const struct conformance_case name##_case                                            \
        __attribute__((section("conformance_cases"), used, aligned(sizeof(void *)))) =          \
            { #name, rows_, description_, name##_run, CONFORMANCE_ARCH_CASES };                 \
    static void name##_run(void)

/* Checks of the running case; the first that fails is reported. */
void fail_case(const char *why);
void expect(seL4_Error got, struct outcome want);
void expect_true(int holds, const char *what, int line);
#define EXPECT(condition) expect_true((condition), #condition, __LINE__)

/* The failure of a Map that lacks the paging structure covering `bits`,
 * as seL4_MappingFailedLookupLevel() reports it. */
void expect_missing_table(seL4_Error got, seL4_Word bits);

/* ---- What the cases work with ----------------------------------------- */

#define ROOT      seL4_CapInitThreadCNode
#define VSPACE    seL4_CapInitThreadVSpace
#define DEPTH     seL4_WordBits         /* every root CNode slot is a cptr at full depth */
#define PAGE_SIZE BIT(seL4_PageBits)

extern seL4_BootInfo *bootinfo;

/* A fresh empty slot of the root CNode. */
seL4_CPtr new_slot(void);

/* A fresh object of `type` (2^size_bits bytes for variable-size types),
 * from untyped memory, in a fresh slot.  1 GiB frames come from an
 * untyped kept for them (each one revokes the previous). */
seL4_CPtr new_object(seL4_Word type, seL4_Word size_bits);

/* A fresh untyped of 2^size_bits bytes with no children. */
seL4_CPtr new_untyped(seL4_Word size_bits);

/* The base of a fresh entry of the root VSpace that no other case uses,
 * with nothing mapped; and of as many fresh entries side by side as
 * `size` bytes take. */
seL4_Word new_region(void);
seL4_Word new_space(seL4_Word size);

/* A fresh table of `level` mapped at `vaddr` in `vspace` (the Map's error,
 * or the table, expecting success). */
seL4_Error map_new_table(int level, seL4_CPtr vspace, seL4_Word vaddr);
seL4_CPtr table_at(int level, seL4_CPtr vspace, seL4_Word vaddr);

/* Maps fresh paging structures at `vaddr` in `vspace`, from the first level
 * below the root down to the one whose entries map `frame_bits`-sized
 * frames.  Returns the last structure mapped (`vspace` if none was). */
seL4_CPtr map_tables(seL4_CPtr vspace, seL4_Word vaddr, seL4_Word frame_bits);

/* A fresh 4 KiB frame mapped with `rights` at `vaddr` in the root VSpace,
 * with the structures it needs (vaddr must be in a fresh region). */
seL4_CPtr mapped_frame(seL4_Word vaddr, seL4_CapRights_t rights);

/* ---- Common steps (each expects its invocations to succeed) ------------- */

#define CNODE_RADIX 4                   /* new_cnode()'s: 16 slots */

int slot_is_empty(seL4_CPtr slot);      /* invoking it is refused as a null capability */
seL4_Word frame_paddr(seL4_CPtr frame); /* Page_GetAddress */
seL4_CPtr new_frame(void);              /* a 4 KiB frame */
seL4_CPtr new_cnode(void);              /* a CNode of CNODE_RADIX, guard 0 */
seL4_CPtr new_endpoint(void);

/* Capabilities in the root CNode: copies with all rights into `dest`
 * (returning the error) or into a fresh slot; a mint with `badge`. */
seL4_Error copy_into(seL4_CPtr dest, seL4_CPtr src);
seL4_CPtr copy_of(seL4_CPtr src, seL4_CapRights_t rights);
seL4_CPtr mint_of(seL4_CPtr src, seL4_Word badge);
void delete_cap(seL4_CPtr cap);
seL4_Error rotate(seL4_CPtr dest, seL4_CPtr pivot, seL4_CPtr src);     /* data 0 for both */

/* Slot `index` at `depth` of `cnode`: the frame there's physical address
 * (read through a temporary copy), or that the slot is empty. */
seL4_Word paddr_in(seL4_CPtr cnode, seL4_Word index, seL4_Word depth);
void expect_empty_in(seL4_CPtr cnode, seL4_Word index, seL4_Word depth);

int is_full_endpoint(seL4_CPtr slot);   /* CancelBadgedSends accepts it: every right */
int is_badged(seL4_CPtr endpoint);      /* minting a badge into a copy of it fails */
/* An untyped of 2^size_bits bytes with no children: an untyped of its whole size fits. */
int untyped_is_free(seL4_CPtr untyped, seL4_Word size_bits);

/* Frames in the root VSpace (below tables that exist). */
seL4_Error map_page(seL4_CPtr frame, seL4_Word vaddr, seL4_CapRights_t rights);
seL4_CPtr frame_at(seL4_Word vaddr);    /* a fresh frame mapped read-write */

/* Whether a fresh frame can be mapped at `vaddr`: NO_ERROR if the entry was
 * free (the frame is unmapped again), else the Map's error and MRs. */
seL4_Error probe(seL4_Word vaddr);

/* Whether `vaddr` is mapped and reads `value`; read only once probe()
 * finds the entry taken, so a kernel that wrongly dropped the mapping
 * fails the check instead of faulting the suite. */
int holds(seL4_Word vaddr, seL4_Word value);

/* Nothing is mapped at `vaddr`: a fresh frame maps there and reads zero. */
void expect_unmapped(seL4_Word vaddr);

/* A fresh ASID pool (its untyped in *untyped, unless NULL), and a fresh
 * VSpace with the pool's lowest free ASID. */
seL4_CPtr new_asid_pool(seL4_CPtr *untyped);
seL4_CPtr new_vspace(seL4_CPtr pool);

/* Reading and writing memory through a mapping. */
static inline seL4_Word peek(seL4_Word vaddr)
{
    return *(volatile seL4_Word *)vaddr;
}

static inline void poke(seL4_Word vaddr, seL4_Word value)
{
    *(volatile seL4_Word *)vaddr = value;
}

/* How the cases that end in a fault begin: maps `frame` read-write at
 * `vaddr`, writes `value` at `at` and reads it back, printing each step. */
void map_and_read_back(seL4_CPtr frame, seL4_Word vaddr, seL4_Word at, seL4_Word value);

#endif
