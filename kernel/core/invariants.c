/*
 * Debug: the kernel's state checked against its invariants.
 *
 * The checker sees every slot reachable from a thread's CSpace (through
 * CNode and TCB capabilities) and every live VSpace (through the ASID
 * table), and reports, one line each:
 *
 *   - derivation-tree links that do not point back, zombies left behind,
 *     CNode capabilities with no slots;
 *   - objects outside their untyped's used part, or overlapping each other;
 *   - page-table entries (tables and frames) of live VSpaces that no
 *     capability records as its mapping, with at least the entry's rights
 *     (copies of a mapped table all record it, so more than one may);
 *   - user-accessible entries into the kernel's own memory;
 *   - ASID pools and VSpaces in the ASID table without their capability.
 *
 * Capabilities in CNodes nothing reachable names are not seen: when the
 * slots found fall short of the kernel's capability count (or of the
 * checker's room), the check is incomplete.  It says so, and leaves out
 * the page tables and the ASID table, whose entries the missing
 * capabilities may well account for.
 */
#include <invariants.h>
#include <memory.h>
#include <object.h>
#include <printf.h>
#include <thread.h>
#include <vspace.h>

#define MAX_CONTAINERS 1024
#define MAX_SLOTS      16384

struct census {
    cte_t *slots[MAX_SLOTS];            /* every reachable slot holding a capability */
    word_t slot_count;
    cap_t containers[MAX_CONTAINERS];   /* CNodes and TCBs visited */
    word_t container_count;
    bool full;                          /* a limit above was reached */
    word_t violations;
};

static struct census census;

static void violation(const char *fmt, ...) PRINTF_FORMAT(1, 2);

static void violation(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    kprintf("invariant violated: ");
    kvprintf(fmt, args);
    kprintf("\n");
    va_end(args);
    census.violations++;
}

/* ---- Finding the slots ---------------------------------------------------- */

static bool is_container(cap_t cap)
{
    return cap_type(cap) == cap_cnode || cap_type(cap) == cap_thread;
}

static void add_container(cap_t cap)
{
    for (word_t i = 0; i < census.container_count; i++) {
        if (cap_same_object(census.containers[i], cap)) {
            return;
        }
    }
    if (census.container_count == MAX_CONTAINERS) {
        census.full = true;
        return;
    }
    census.containers[census.container_count++] = cap;
}

static void visit_slots(cte_t *slots, word_t count)
{
    for (word_t i = 0; i < count; i++) {
        cte_t *slot = &slots[i];
        if (cap_is_null(slot->cap)) {
            if (slot->mdb.prev_and_flags != 0 || slot->mdb.next != NULL) {
                violation("empty slot %p is linked in the derivation tree", (void *)slot);
            }
            continue;
        }
        if (census.slot_count == MAX_SLOTS) {
            census.full = true;
            return;
        }
        census.slots[census.slot_count++] = slot;
        if (is_container(slot->cap)) {
            add_container(slot->cap);
        }
    }
}

/* Breadth first from the thread's TCB; the container list is the queue.
 * Each container is visited once, so no slot is counted twice. */
static void find_slots(struct tcb *thread)
{
    census.slot_count = census.container_count = 0;
    census.full = false;
    add_container(cap_object_new(cap_thread, thread));
    for (word_t i = 0; i < census.container_count; i++) {
        cap_t container = census.containers[i];
        if (cap_type(container) == cap_thread) {
            visit_slots(tcb_cap_slots(cap_object(container)), TCB_CAP_SLOTS);
        } else {
            visit_slots(cap_object(container), BIT(container.cnode.radix));
        }
    }
}

/* ---- Capabilities and the objects they name -------------------------------- */

static void check_links(const cte_t *slot)
{
    const cte_t *prev = mdb_prev(slot), *next = slot->mdb.next;
    if ((prev != NULL && prev->mdb.next != slot) || (next != NULL && mdb_prev(next) != slot)) {
        violation("the derivation tree's links through %p do not point back", (void *)slot);
    }
    if (cap_type(slot->cap) == cap_zombie) {
        violation("a zombie outlived its deletion in %p", (void *)slot);
    }
}

/* What an untyped has handed out lies in its used part.  Its children are
 * the capabilities after it inside its region (cte_is_parent_of), so an
 * object outside the region is not one of them; the overlap check is what
 * catches it meeting another object. */
static void check_untyped(const cte_t *untyped)
{
    word_t base = (word_t)cap_object(untyped->cap);
    word_t used_end = base + cap_untyped_free_offset(untyped->cap);
    for (const cte_t *child = untyped->mdb.next; child != NULL && cte_is_parent_of(untyped, child);
         child = child->mdb.next) {
        word_t start = (word_t)cap_object(child->cap);
        if (start + BIT(cap_object_size_bits(child->cap)) > used_end) {
            violation("%s at %p lies outside the used part of its untyped at %p",
                      cap_type_name(cap_type(child->cap)), (void *)start, (void *)base);
        }
    }
}

/* Memory an object occupies, if it is one the kernel must keep apart. */
static bool object_extent(cap_t cap, word_t *start, word_t *end)
{
    enum cap_type type = cap_type(cap);
    word_t bits = cap_object_size_bits(cap);
    if (type == cap_untyped || bits == 0) {
        return false;
    }
    *start = (word_t)cap_object(cap);
    *end = *start + BIT(bits);
    return true;
}

static void check_overlaps(void)
{
    for (word_t i = 0; i < census.slot_count; i++) {
        word_t a_start, a_end, b_start, b_end;
        cap_t a = census.slots[i]->cap;
        if (!object_extent(a, &a_start, &a_end)) {
            continue;
        }
        for (word_t j = i + 1; j < census.slot_count; j++) {
            cap_t b = census.slots[j]->cap;
            if (object_extent(b, &b_start, &b_end) && !cap_same_object(a, b) && a_start < b_end &&
                b_start < a_end) {
                violation("%s at %p overlaps %s at %p", cap_type_name(cap_type(a)), (void *)a_start,
                          cap_type_name(cap_type(b)), (void *)b_start);
            }
        }
    }
}

static void check_capabilities(void)
{
    for (word_t i = 0; i < census.slot_count; i++) {
        cap_t cap = census.slots[i]->cap;
        check_links(census.slots[i]);
        if (cap_type(cap) == cap_untyped) {
            check_untyped(census.slots[i]);
        }
        /* The CSpace lookup (cnode_resolve()) relies on it to make progress. */
        if (cap_type(cap) == cap_cnode && cap.cnode.radix == 0) {
            violation("a CNode capability with no slots (radix 0)");
        }
    }
    check_overlaps();
}

/* ---- Page tables -------------------------------------------------------------- */

/*
 * How many capabilities record the mapping of `object` at (asid, vaddr,
 * level), with at least the rights the entry gives.  The other direction,
 * from a frame capability's record to the tables, is not an invariant: as
 * in seL4, a record goes stale when its table is emptied or its VSpace
 * deleted, and the kernel confirms the entry before acting on a record.
 */
static word_t claims(word_t asid, vaddr_t vaddr, word_t level, pte_t pte)
{
    enum pte_kind kind = arch_pte_kind(pte, level);
    paddr_t object = arch_pte_address(pte, level);
    word_t size = kind == pte_frame ? arch_pte_frame_size(pte, level) : 0;
    word_t count = 0;
    for (word_t i = 0; i < census.slot_count; i++) {
        cap_t cap = census.slots[i]->cap;
        if (kind == pte_frame && cap_type(cap) == cap_frame) {
            count += cap.frame.asid == asid && cap.frame.size == size &&
                     cap_frame_mapped_address(cap) == ALIGN_DOWN(vaddr, arch_paging.frame_bits[size]) &&
                     kernel_to_phys(cap_object(cap)) == object && cap.frame.rights >= arch_pte_rights(pte, level);
        } else if (kind == pte_table && cap_type(cap) == cap_page_table) {
            count += cap.table.is_mapped && cap.table.asid == asid && cap_table_mapped_address(cap) == vaddr &&
                     cap.table.level == level + 1 && kernel_to_phys(cap_object(cap)) == object;
        }
    }
    return count;
}

/* Whether [paddr, paddr + size) overlaps memory the kernel keeps for itself. */
static bool is_kernel_memory(paddr_t paddr, word_t size)
{
    paddr_t start, end;
    arch_kernel_region(&start, &end);
    if (paddr < end && start < paddr + size) {
        return true;
    }
    for (word_t i = 0; i < census.slot_count; i++) {
        word_t object_start, object_end;
        cap_t cap = census.slots[i]->cap;
        if (cap_type(cap) != cap_frame && object_extent(cap, &object_start, &object_end) &&
            kernel_to_phys((void *)object_start) < paddr + size && paddr < kernel_to_phys((void *)object_end)) {
            return true;
        }
    }
    return false;
}

/* Checks one present entry; true if a capability records it.  Only then
 * is a table entry followed: unrecorded, it may point anywhere. */
static bool check_entry(word_t asid, pte_t pte, word_t level, vaddr_t vaddr)
{
    enum pte_kind kind = arch_pte_kind(pte, level);
    paddr_t paddr = arch_pte_address(pte, level);
    bool recorded = claims(asid, vaddr, level, pte) != 0;
    if (!recorded) {
        violation("ASID %lu: no capability with its rights records the %s entry for %p", asid,
                  kind == pte_frame ? "frame" : "table", (void *)vaddr);
    }
    if (kind == pte_frame && arch_pte_rights(pte, level) != vm_kernel_only &&
        is_kernel_memory(paddr, BIT(arch_paging.frame_bits[arch_pte_frame_size(pte, level)]))) {
        violation("ASID %lu: %p gives user access to kernel memory at %p", asid, (void *)vaddr, (void *)paddr);
    }
    return recorded;
}

static void check_table(word_t asid, const pte_t *table, word_t level, vaddr_t base)
{
    const struct paging_level *l = &arch_paging.level[level];
    for (word_t i = 0; i < BIT(l->index_bits); i++) {
        vaddr_t vaddr = base + (i << l->shift);
        if (vaddr > USER_TOP || arch_pte_kind(table[i], level) == pte_empty) {
            continue;
        }
        if (check_entry(asid, table[i], level, vaddr) && arch_pte_kind(table[i], level) == pte_table) {
            check_table(asid, phys_to_kernel(arch_pte_address(table[i], level)), level + 1, vaddr);
        }
    }
}

/* Every pool and VSpace in the ASID table has its capability; every live
 * VSpace's entries check out. */
static void check_address_spaces(void)
{
    for (word_t p = 0; p < ASID_POOLS; p++) {
        if (asid_table[p] == NULL) {
            continue;
        }
        cap_t pool = cap_object_new(cap_asid_pool, asid_table[p]);
        word_t pool_caps = 0;
        for (word_t i = 0; i < census.slot_count; i++) {
            pool_caps += cap_same_object(census.slots[i]->cap, pool) &&
                         census.slots[i]->cap.asid_pool.asid_base == p << seL4_ASIDPoolIndexBits;
        }
        if (pool_caps == 0) {
            violation("ASID pool %lu has no capability", p);
        }
        for (word_t e = 0; e < ASID_POOL_ENTRIES; e++) {
            word_t asid = p << seL4_ASIDPoolIndexBits | e;
            pte_t *root = asid_table[p]->root[e];
            if (root == NULL) {
                continue;
            }
            word_t vspace_caps = 0;
            for (word_t i = 0; i < census.slot_count; i++) {
                vspace_caps += cap_type(census.slots[i]->cap) == cap_vspace &&
                               cap_object(census.slots[i]->cap) == root && census.slots[i]->cap.vspace.asid == asid;
            }
            if (vspace_caps == 0) {
                violation("ASID %lu names a VSpace no capability has", asid);
            }
            check_table(asid, root, 0, 0);
        }
    }
}

/* Whether the census holds every capability; a census holding more than
 * the kernel counts is a violation. */
static bool census_is_complete(void)
{
    if (census.slot_count > capability_count) {
        violation("%lu capabilities found, but the kernel counts %lu", census.slot_count, capability_count);
    }
    if (census.full || census.slot_count < capability_count) {
        kprintf("invariant check incomplete: %lu of %lu capabilities reachable%s; "
                "page tables and ASID table not checked\n",
                census.slot_count, capability_count, census.full ? " and room for no more" : "");
        return false;
    }
    return true;
}

word_t check_invariants(struct tcb *thread, bool *complete)
{
    census.violations = 0;
    find_slots(thread);
    check_capabilities();
    *complete = census_is_complete();
    if (*complete) {
        check_address_spaces();
    }
    return census.violations;
}
