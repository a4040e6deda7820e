/*
 * The tester's operations.  Each picks its arguments at random (mostly
 * valid, sometimes not), predicts the kernel's answer from the model,
 * makes the invocation, compares, and on success brings the model along.
 * Reads and writes through the root VSpace check that mappings lead where
 * the model says, with the data it remembers.
 */
#include "random.h"
#include <stddef.h>
#include <sel4/sel4_arch/mapping.h>

#define S model.slots
#define O model.objects
#define ROOT seL4_CapInitThreadCNode
#define DEPTH seL4_WordBits
#define USER_TOP (BEYOND_USER - 1)
#define LABELS (nArchInvocationLabels + 4)

/* ---- Picking things -------------------------------------------------------- */

static int type_of(int slot)
{
    return S[slot].object == NONE ? NONE : (int)O[S[slot].object].type;
}

static int is_empty(int slot) { return S[slot].object == NONE; }
static int is_full(int slot) { return S[slot].object != NONE; }
static int is_movable(int slot) { return is_full(slot) && slot >= FIXED_UNTYPEDS; }
static int is_untyped(int slot) { return type_of(slot) == obj_untyped; }
static int is_pool_sized_untyped(int slot) { return is_untyped(slot) && O[S[slot].object].size_bits == 12; }
static int is_frame(int slot) { return is_full(slot) && is_frame_object(&O[S[slot].object]); }
static int is_table(int slot)
{
    return type_of(slot) == obj_l1_table || type_of(slot) == obj_l2_table || type_of(slot) == obj_l3_table;
}
static int is_unmapped_frame(int slot) { return is_frame(slot) && S[slot].mapped_asid == 0; }
static int is_unmapped_table(int slot) { return is_table(slot) && S[slot].mapped_asid == 0; }
static int is_vspace(int slot) { return type_of(slot) == obj_vspace; }
/* What ASIDPool_Assign accepts: a VSpace root without an ASID, or an
 * unmapped table of the type that is also the VSpace's (VSPACE_IS_TABLE). */
static int is_unassigned_vspace(int slot)
{
    return (is_vspace(slot) && O[S[slot].object].asid == 0) ||
           (VSPACE_IS_TABLE && type_of(slot) == obj_l3_table && S[slot].mapped_asid == 0);
}
/* A table, or a root that answers its table type's labels (VSPACE_IS_TABLE). */
static int has_table_labels(int slot) { return is_table(slot) || (VSPACE_IS_TABLE && is_vspace(slot)); }
static int is_pool(int slot) { return type_of(slot) == obj_asid_pool; }
static int is_cnode(int slot) { return type_of(slot) == obj_cnode; }
/* Copies are capped, so that no type's capabilities multiply to fill the
 * slots. */
static int is_copyable(int slot) { return is_full(slot) && O[S[slot].object].refs < 3; }
static int is_invocable(int slot) { return is_full(slot) && type_of(slot) != obj_endpoint; }

/* A root slot for which `wanted` holds, or NONE. */
static int slot_where(int (*wanted)(int slot))
{
    int start = (int)random_below(ROOT_SLOTS);
    for (int i = 0; i < ROOT_SLOTS; i++) {
        int slot = (start + i) % ROOT_SLOTS;
        if (wanted(slot)) {
            return slot;
        }
    }
    return NONE;
}

/* A full slot for which `wanted` holds, of a type chosen first, so that
 * types that happen to have many capabilities do not crowd the others out. */
static int wanted_type;
static int (*wanted_filter)(int slot);

static int is_wanted_of_type(int slot)
{
    return type_of(slot) == wanted_type && wanted_filter(slot);
}

static int full_slot_where(int (*wanted)(int slot))
{
    wanted_filter = wanted;
    for (int attempt = 0; attempt < 4; attempt++) {
        wanted_type = (int)random_below(obj_types);
        int slot = slot_where(is_wanted_of_type);
        if (slot != NONE) {
            return slot;
        }
    }
    return slot_where(wanted);
}

static seL4_Word object_bytes(int slot)
{
    return 1ul << O[S[slot].object].size_bits;
}

/* Addresses that often meet: regions 1 and 2 (check.h; region 0 holds
 * the program), two root entries of each where a region has more, then
 * two entries of each table below and four of the last level's;
 * sometimes unaligned, sometimes not a user address at all (in the last
 * root entry, the kernel's, or the last user page). */
static seL4_Word random_address(void)
{
    seL4_Word root_entry = 1ul << level_shift(ROOT_LEVEL);
    if (random_chance(24)) {
        return -root_entry + (random_word() & (root_entry - 1) & ~0xffful);
    }
    if (random_chance(24)) {
        return BEYOND_USER - 0x1000;
    }
    seL4_Word vaddr = (random_below(2) + 1) << REGION_BITS;
    if (REGION_SIZE > root_entry) {
        vaddr |= random_below(2) << level_shift(ROOT_LEVEL);
    }
    for (int level = ROOT_LEVEL + 1; level < 3; level++) {
        vaddr |= random_below(2) << level_shift(level);
    }
    vaddr |= random_below(4) << level_shift(3);
    return random_chance(5) ? vaddr | (random_word() & 0xfff) : vaddr;
}

/* A VSpace argument: mostly the root VSpace, sometimes another, or not a
 * VSpace root at all (root NONE). */
struct vspace_arg {
    seL4_CPtr cptr;
    int root;
};

/* An address whose entry at `level` lies in a table the VSpace already
 * has, so that maps get past the walk; random_address() if it has none. */
static seL4_Word guided_address(struct vspace *vs, int level)
{
    if (level == ROOT_LEVEL) {
        return random_address();
    }
    int start = (int)random_below(ENTRIES);
    for (int i = 0; i < ENTRIES; i++) {
        struct entry *e = &vs->entries[(start + i) % ENTRIES];
        if (e->in_use && e->level == level - 1 && !is_frame_object(&O[e->object])) {
            seL4_Word vaddr = e->vaddr + (random_below(4) << level_shift(level));
            return random_chance(5) ? vaddr | (random_word() & 0xfff) : vaddr;
        }
    }
    return random_address();
}

/* The address for a Map at `level` through `arg`: mostly guided, when the
 * argument names a live VSpace. */
static seL4_Word map_address(struct vspace_arg arg, int level)
{
    struct vspace *vs = arg.root == NONE ? NULL : vspace_of_asid(O[arg.root].asid);
    if (vs == NULL || vs->root != arg.root || random_chance(3)) {
        return random_address();
    }
    return guided_address(vs, level);
}

static seL4_CapRights_t random_rights(void)
{
    return random_chance(3) ? (seL4_CapRights_t){ { random_below(16) } } : seL4_AllRights;
}

static struct vspace_arg random_vspace(void)
{
    int slot = random_chance(4) ? slot_where(is_vspace) : NONE;
    if (slot != NONE) {
        return (struct vspace_arg){ slot_cptr(slot), S[slot].object };
    }
    if (random_chance(8)) {
        slot = slot_where(random_chance(2) ? is_empty : is_full);
        if (slot != NONE && !is_vspace(slot)) {
            return (struct vspace_arg){ slot_cptr(slot), NONE };
        }
    }
    return (struct vspace_arg){ seL4_CapInitThreadVSpace, model.vspaces[0].root };
}

/* ---- Checking the kernel against the model ---------------------------------- */

static int expect_outcome(const char *operation, seL4_Error got, struct outcome want)
{
    const char *why = outcome_differs(got, want);
    if (RANDOM_TRACE) {
        trace(operation, want.error);
    }
    if (why != NULL) {
        diverge(operation, why);
    }
    invocations_checked++;
    return want.error == seL4_NoError;
}

/* Reads through a mapping in the root VSpace, and writes a new value if
 * it is writable. */
static void touch(const struct entry *e)
{
    struct object *frame = &O[e->object];
    if (e->rights == VM_KERNEL_ONLY) {
        return;
    }
    volatile seL4_Word *word = (volatile seL4_Word *)e->vaddr;
    seL4_Word seen = *word;
    if (seen != frame->value) {
        diverge_value("read", e->vaddr, seen, frame->value);
    }
    if (e->rights == VM_READ_WRITE) {
        frame->value = random_word();
        *word = frame->value;
    }
}

static int is_frame_entry(const struct entry *e)
{
    return e->in_use && is_frame_object(&O[e->object]);
}

void touch_all(void)
{
    for (int i = 0; i < ENTRIES; i++) {
        if (is_frame_entry(&model.vspaces[0].entries[i])) {
            touch(&model.vspaces[0].entries[i]);
        }
    }
}

static void op_touch(void)
{
    int start = (int)random_below(ENTRIES);
    for (int i = 0; i < ENTRIES; i++) {
        struct entry *e = &model.vspaces[0].entries[(start + i) % ENTRIES];
        if (is_frame_entry(e)) {
            touch(e);
            return;
        }
    }
}

/* ---- Retype ---------------------------------------------------------------- */

static const enum object_type retype_types[] = {
    obj_frame, obj_frame, obj_frame, obj_large_frame,
#ifdef FRAME_X16_OBJECT
    obj_frame_x16, obj_large_frame_x16,
#endif
#if HAS_L1_TABLE_TYPE
    obj_l1_table, obj_l1_table,
#endif
#if HAS_L2_TABLES
    obj_l2_table, obj_l2_table,
#endif
    obj_l3_table, obj_l3_table, obj_vspace, obj_endpoint, obj_cnode, obj_untyped, obj_untyped,
};

static const seL4_Word sel4_types[obj_types] = {
    [obj_untyped] = seL4_UntypedObject, [obj_frame] = FRAME_OBJECT, [obj_large_frame] = LARGE_FRAME_OBJECT,
#ifdef FRAME_X16_OBJECT
    [obj_frame_x16] = FRAME_X16_OBJECT, [obj_large_frame_x16] = LARGE_FRAME_X16_OBJECT,
#endif
#if HAS_L1_TABLE_TYPE
    [obj_l1_table] = L1_TABLE_OBJECT,
#endif
#if HAS_L2_TABLES
    [obj_l2_table] = L2_TABLE_OBJECT,
#endif
    [obj_l3_table] = L3_TABLE_OBJECT, [obj_vspace] = VSPACE_OBJECT,
    [obj_endpoint] = seL4_EndpointObject, [obj_cnode] = seL4_CapTableObject,
};

/* What Retype makes of the object type of `type`: where the level-3 table
 * type is also level 2's, or the VSpace's, a level-3 table. */
static enum object_type made_type(enum object_type type)
{
    int is_l3_type = (type == obj_l2_table && !HAS_L2_TABLE_TYPE) || (type == obj_vspace && VSPACE_IS_TABLE);
    return is_l3_type ? obj_l3_table : type;
}

/* Where a new capability goes: a root slot, or (not for CNodes, which the
 * tester keeps out of CNodes) a slot of one of the tester's CNodes. */
struct destination {
    int slot;
    seL4_CPtr index;            /* the CNode's cptr, 0 for the root CNode */
    seL4_Word depth, offset;
};

static struct destination random_destination(int may_be_in_cnode)
{
    int cnode = may_be_in_cnode && random_chance(6) ? slot_where(is_cnode) : NONE;
    if (cnode != NONE) {
        seL4_Word k = random_below(CNODE_SLOTS);
        return (struct destination){ O[S[cnode].object].first_slot + (int)k, slot_cptr(cnode), DEPTH, k };
    }
    int slot = slot_where(is_empty);
    return (struct destination){ slot, 0, 0, slot == NONE ? 0 : slot_cptr(slot) };
}

/* Mostly one object, sometimes a few: several land in consecutive slots. */
static seL4_Word random_object_count(enum object_type type)
{
    return type == obj_cnode || !random_chance(4) ? 1 : 2 + random_below(3);
}

/* The slots a Retype of `count` objects fills: in range, then empty, in
 * the kernel's order.  A window past a tester CNode's end is a RangeError;
 * in the root CNode it is kept inside the tester's slots. */
static int retype_window_ok(struct destination dest, seL4_Word count, struct outcome *want)
{
    seL4_Word room = dest.index != 0 ? CNODE_SLOTS - dest.offset : 0;
    if (dest.index != 0 && count > room) {
        *want = RANGE_ERROR(1, room);
        return 0;
    }
    for (seL4_Word i = 0; i < count; i++) {
        if (is_full(dest.slot + (int)i)) {
            *want = DELETE_FIRST;
            return 0;
        }
    }
    return 1;
}

static int free_object_ids(void)
{
    int free = 0;
    for (int id = 0; id < OBJECTS; id++) {
        free += O[id].refs == 0;
    }
    return free;
}

static void op_retype(void)
{
    int untyped = slot_where(is_untyped);
    enum object_type type = retype_types[random_below(ARRAY_SIZE(retype_types))];
    struct destination dest = random_destination(type != obj_cnode);
    seL4_Word user_bits = type == obj_untyped ? 12 + random_below(5) : type == obj_cnode ? CNODE_RADIX : 0;
    seL4_Word bits = type == obj_untyped ? user_bits : object_size_bits(type);
    seL4_Word count = random_object_count(type);
    if (untyped == NONE || dest.slot == NONE || (type == obj_cnode && !cnode_block_free()) ||
        (dest.index == 0 && dest.slot + count > ROOT_SLOTS) || free_object_ids() < (int)count) {
        return;
    }
    struct slot *u = &S[untyped];
    seL4_Word base = O[u->object].paddr;
    seL4_Word used = has_children(untyped) ? u->watermark : 0;
    seL4_Word free = object_bytes(untyped) - used;
    struct outcome want = NO_ERROR;
    if (retype_window_ok(dest, count, &want) && (free >> bits) < count) {
        want = NOT_ENOUGH_MEMORY(free);
    }
    seL4_Error got = seL4_Untyped_Retype(slot_cptr(untyped), sel4_types[type], user_bits, ROOT, dest.index,
                                         dest.depth, dest.offset, count);
    if (!expect_outcome("Untyped_Retype", got, want)) {
        return;
    }
    seL4_Word start = align_down(base + used + (1ul << bits) - 1, (int)bits);
    u->watermark = start + (count << bits) - base;
    for (seL4_Word i = 0; i < count; i++) {
        int slot = dest.slot + (int)i;
        int object = new_object(made_type(type), start + (i << bits), bits);
        if (type == obj_cnode) {
            take_cnode_block(object);
        }
        set_cap(slot, object);
        S[slot].rights = type == obj_endpoint ? seL4_AllRights.words[0] : VM_READ_WRITE;
        tree_insert(untyped, slot, 1);
    }
}

/* ---- Mapping ------------------------------------------------------------------ */

/* The lookup of a Map's VSpace argument, after its type check. */
static int vspace_lookup(struct vspace_arg arg, struct outcome *want)
{
    seL4_Word asid = O[arg.root].asid;
    int owner = model.asids[asid / POOL_ENTRIES][asid % POOL_ENTRIES];
    if (owner == NONE) {
        *want = INVALID_ROOT;
    } else if (owner != arg.root) {
        *want = INVALID_CAPABILITY(1);
    }
    return owner == arg.root;
}

static int is_vspace_arg(struct vspace_arg arg)
{
    return arg.root != NONE && O[arg.root].asid != 0;
}

/* Walks the model's VSpace down to `level`: a missing table is a lookup
 * failure, a frame on the way is in the way. */
static int walk(struct vspace *vs, seL4_Word vaddr, int level, struct outcome *want)
{
    for (int l = ROOT_LEVEL; l < level; l++) {
        struct entry *e = find_entry(vs, l, vaddr);
        if (e == NULL) {
            *want = MISSING(level_shift(l));
            return 0;
        }
        if (is_frame_object(&O[e->object])) {
            *want = DELETE_FIRST;
            return 0;
        }
    }
    return 1;
}

static int mask_vm_rights(int cap_rights, seL4_CapRights_t mask)
{
    if (cap_rights == VM_KERNEL_ONLY || cap_rights == 0) {
        return cap_rights;
    }
    if (!seL4_CapRights_get_capAllowRead(mask)) {
        return VM_KERNEL_ONLY;
    }
    return cap_rights == VM_READ_WRITE && seL4_CapRights_get_capAllowWrite(mask) ? VM_READ_WRITE : VM_READ_ONLY;
}

/* Checks of a frame's own mapping record, in the kernel's order. */
static int frame_target_ok(int slot, seL4_Word asid, seL4_Word vaddr, struct outcome *want)
{
    struct slot *f = &S[slot];
    if (f->mapped_asid == 0 && (vaddr > USER_TOP || vaddr + object_bytes(slot) > USER_TOP)) {
        *want = INVALID_ARGUMENT(0);
    } else if (f->mapped_asid != 0 && f->mapped_asid != asid) {
        *want = INVALID_CAPABILITY(1);
    } else if (f->mapped_asid != 0 && f->mapped_vaddr != vaddr) {
        *want = INVALID_ARGUMENT(0);
    } else {
        return 1;
    }
    return 0;
}

static void op_map_frame(void)
{
    int slot = slot_where(random_chance(4) ? is_frame : is_unmapped_frame);
    if (slot == NONE) {
        return;
    }
    struct vspace_arg arg = random_vspace();
    int object = S[slot].object, level = frame_level(&O[object]), bits = (int)O[object].size_bits;
    seL4_Word requested = map_address(arg, level);
    seL4_CapRights_t rights = random_rights();
    seL4_Word vaddr = align_down(requested, bits);
    struct outcome want = NO_ERROR;
    struct vspace *vs = NULL;
    if (!is_vspace_arg(arg)) {
        want = INVALID_CAPABILITY(1);
    } else if (frame_target_ok(slot, O[arg.root].asid, vaddr, &want) && vspace_lookup(arg, &want)) {
        vs = vspace_of_asid(O[arg.root].asid);
        /* Every entry it takes must be free, or (a remap) still its own. */
        int own = S[slot].mapped_asid != 0 ? object : NONE;
        if (walk(vs, vaddr, level, &want) && entry_in_the_way(vs, level, vaddr, bits, own) != NULL) {
            want = DELETE_FIRST;
        }
    }
    seL4_Error got = page_map(slot_cptr(slot), arg.cptr, requested, rights, random_below(8));
    if (!expect_outcome("Page_Map", got, want)) {
        return;
    }
    int vm_rights = mask_vm_rights((int)S[slot].rights, rights);
    struct entry *e = find_entry(vs, level, vaddr);
    if (e == NULL) {
        add_entry(vs, level, vaddr, object, vm_rights);
        e = find_entry(vs, level, vaddr);
    }
    e->rights = vm_rights;
    S[slot].mapped_asid = vs->asid;
    S[slot].mapped_vaddr = vaddr;
    if (vs == &model.vspaces[0]) {
        touch(e);
    }
}

static void op_unmap_frame(void)
{
    int slot = slot_where(is_frame);
    if (slot == NONE) {
        return;
    }
    expect_outcome("Page_Unmap", page_unmap(slot_cptr(slot)), NO_ERROR);
    frame_unmap(slot);
    S[slot].mapped_asid = 0;
    S[slot].mapped_vaddr = 0;
}

static void op_get_address(void)
{
    int slot = slot_where(is_frame);
    if (slot == NONE) {
        return;
    }
    struct page_address got = page_get_address(slot_cptr(slot));
    expect_outcome("Page_GetAddress", got.error, NO_ERROR);
    if (got.paddr != O[S[slot].object].paddr) {
        diverge_value("Page_GetAddress", 0, got.paddr, O[S[slot].object].paddr);
    }
}

/* The test table's level of the table type (1, 2 or 3), whose stubs map
 * it; 3 for a root that answers the level-3 type's labels. */
static int type_level(int slot)
{
    return type_of(slot) == obj_l1_table ? 1 : type_of(slot) == obj_l2_table ? 2 : 3;
}

/* The VSpace a pick of a table to map considers: a table whose parent
 * entry already exists there can be mapped. */
static struct vspace *picking_for;

static int is_unmapped_table_with_parent(int slot)
{
    int level = is_unmapped_table(slot) ? table_first_level(&O[S[slot].object]) - 1 : NONE;
    if (level == NONE || level == ROOT_LEVEL) {
        return level == ROOT_LEVEL;
    }
    for (int i = 0; i < ENTRIES; i++) {
        struct entry *e = &picking_for->entries[i];
        if (e->in_use && e->level == level - 1 && !is_frame_object(&O[e->object])) {
            return 1;
        }
    }
    return 0;
}

static int pick_table(struct vspace_arg arg)
{
    picking_for = arg.root == NONE ? NULL : vspace_of_asid(O[arg.root].asid);
    if (picking_for != NULL && picking_for->root == arg.root && !random_chance(3)) {
        int slot = slot_where(is_unmapped_table_with_parent);
        if (slot != NONE) {
            return slot;
        }
    }
    return slot_where(random_chance(4) ? has_table_labels : is_unmapped_table);
}

/*
 * The level of the entry a table of levels first..last would take at
 * `vaddr`: the walk goes through the tables there, and the table goes
 * below the first empty entry in its range.  A missing table above it is
 * a lookup failure; a frame on the way, or no empty entry, is in the way.
 */
static int table_entry_level(struct vspace *vs, seL4_Word vaddr, int first, int last, struct outcome *want)
{
    for (int l = ROOT_LEVEL; l < last; l++) {
        struct entry *e = find_entry(vs, l, vaddr);
        if (e == NULL && l >= first - 1) {
            return l;
        }
        if (e == NULL || is_frame_object(&O[e->object])) {
            *want = e == NULL ? MISSING(level_shift(l)) : DELETE_FIRST;
            return NONE;
        }
    }
    *want = DELETE_FIRST;
    return NONE;
}

static void op_map_table(void)
{
    struct vspace_arg arg = random_vspace();
    int slot = pick_table(arg);
    if (slot == NONE) {
        return;
    }
    int first = table_first_level(&O[S[slot].object]), last = type_level(slot);
    seL4_Word requested = map_address(arg, last - 1);
    struct outcome want = NO_ERROR;
    struct vspace *vs = NULL;
    int level = NONE;                                       /* the level of its entry */
    if (S[slot].mapped_asid != 0 || is_vspace(slot)) {
        want = INVALID_CAPABILITY(0);
    } else if (!is_vspace_arg(arg)) {
        want = INVALID_CAPABILITY(1);
    } else if (align_down(requested, level_shift(last - 1)) > USER_TOP) {
        want = INVALID_ARGUMENT(0);
    } else if (vspace_lookup(arg, &want)) {
        vs = vspace_of_asid(O[arg.root].asid);
        level = table_entry_level(vs, requested, first, last, &want);
    }
    seL4_Error got = table_map(last, slot_cptr(slot), arg.cptr, requested, random_below(8));
    if (!expect_outcome("table Map", got, want)) {
        return;
    }
    seL4_Word vaddr = align_down(requested, level_shift(level));
    add_entry(vs, level, vaddr, S[slot].object, 0);
    S[slot].mapped_asid = vs->asid;
    S[slot].mapped_vaddr = vaddr;
    S[slot].mapped_level = level + 1;
}

static void op_unmap_table(void)
{
    int slot = slot_where(has_table_labels);
    if (slot == NONE) {
        return;
    }
    struct outcome want = !is_vspace(slot) && is_final(slot) ? NO_ERROR : REVOKE_FIRST;
    if (!expect_outcome("table Unmap", table_unmap(type_level(slot), slot_cptr(slot)), want)) {
        return;
    }
    table_unlink(slot);
    S[slot].mapped_asid = 0;
    S[slot].mapped_vaddr = 0;
}

/* ---- ASIDs -------------------------------------------------------------------- */

static void op_make_pool(void)
{
    int untyped = slot_where(random_chance(8) ? is_full : is_pool_sized_untyped);
    int dest = slot_where(is_empty);
    if (untyped == NONE || dest == NONE) {
        return;
    }
    int pool = free_pool_index();
    struct outcome want = pool == POOLS ? DELETE_FIRST
                          : !is_pool_sized_untyped(untyped) ? INVALID_CAPABILITY(1)
                          : has_children(untyped) ? REVOKE_FIRST
                          : NO_ERROR;
    int object = want.error == seL4_NoError ? new_object(obj_asid_pool, O[S[untyped].object].paddr, 12) : NONE;
    if (want.error == seL4_NoError && object == NONE) {
        return;
    }
    seL4_Error got = asid_make_pool(seL4_CapASIDControl, slot_cptr(untyped), ROOT, slot_cptr(dest),
                                                   DEPTH);
    if (!expect_outcome("ASIDControl_MakePool", got, want)) {
        return;
    }
    O[object].pool = pool;
    model.pools[pool] = object;
    S[untyped].watermark = object_bytes(untyped);
    set_cap(dest, object);
    tree_insert(untyped, dest, 0);
}

static void op_assign(void)
{
    int pool_slot = random_chance(3) ? slot_where(is_pool) : NONE;
    int pool = pool_slot == NONE ? 0 : O[S[pool_slot].object].pool;
    int target = slot_where(random_chance(8) ? is_full : random_chance(4) ? is_vspace : is_unassigned_vspace);
    if (target == NONE || !vspace_slot_free()) {
        return;
    }
    seL4_Word asid = lowest_free_asid(pool);
    struct outcome want = !is_unassigned_vspace(target) ? INVALID_CAPABILITY(1)
                          : asid == 0                    ? DELETE_FIRST
                                                         : NO_ERROR;
    seL4_CPtr pool_cptr = pool_slot == NONE ? seL4_CapInitThreadASIDPool : slot_cptr(pool_slot);
    if (expect_outcome("ASIDPool_Assign", asid_assign(pool_cptr, slot_cptr(target)), want)) {
        assign_asid(S[target].object, asid);
    }
}

/* ---- CNode operations ----------------------------------------------------------- */

/* A slot as a CNode operation names it: through the root CNode, or
 * through one of the tester's CNodes. */
struct cnode_address {
    int slot;
    seL4_CPtr root, index;
    seL4_Word depth;
};

static struct cnode_address in_root(int slot)
{
    return (struct cnode_address){ slot, ROOT, slot_cptr(slot), DEPTH };
}

static struct cnode_address in_cnode(int cnode_slot, int k)
{
    return (struct cnode_address){ O[S[cnode_slot].object].first_slot + k, slot_cptr(cnode_slot), (seL4_Word)k,
                                   CNODE_RADIX };
}

static seL4_CapRights_t all_rights_or_random(void)
{
    return random_chance(2) ? seL4_AllRights : random_rights();
}

/*
 * What Copy (badge NONE) or Mint puts in a new slot, as the kernel derives
 * it; false, with `want` set, if it refuses.
 */
static int derive(int src, seL4_CapRights_t rights, long badge, struct slot *made, struct outcome *want)
{
    struct object *o = &O[S[src].object];
    *made = S[src];
    if (o->type == obj_endpoint) {
        made->rights &= rights.words[0];
        if (badge != NONE && made->badge != 0) {
            *want = ILLEGAL_OPERATION;
            return 0;
        }
        made->badge = badge != NONE ? (seL4_Word)badge : made->badge;
    } else if (is_frame_object(o)) {
        made->rights = (seL4_Word)mask_vm_rights((int)made->rights, rights);
        made->mapped_asid = 0;
        made->mapped_vaddr = 0;
    } else if (o->type == obj_untyped && has_children(src)) {
        *want = REVOKE_FIRST;
        return 0;
    } else if (is_table(src) && made->mapped_asid == 0) {
        *want = ILLEGAL_OPERATION;
        return 0;
    } else if (o->type == obj_vspace && o->asid == 0) {
        *want = ILLEGAL_OPERATION;
        return 0;
    }
    return 1;
}

/* Copy (badge NONE) or Mint from `src` to `dest`. */
static void copy(struct cnode_address dest, struct cnode_address src, long badge)
{
    seL4_CapRights_t rights = all_rights_or_random();
    struct slot made = { 0 };
    struct outcome want = NO_ERROR;
    if (is_full(dest.slot)) {
        want = DELETE_FIRST;
    } else if (is_empty(src.slot)) {
        want = LOOKUP_MISSING(1, src.depth);
    } else {
        derive(src.slot, rights, badge, &made, &want);
    }
    seL4_Error got = badge == NONE ? seL4_CNode_Copy(dest.root, dest.index, dest.depth, src.root, src.index, src.depth,
                                                     rights)
                                   : seL4_CNode_Mint(dest.root, dest.index, dest.depth, src.root, src.index, src.depth,
                                                     rights, (seL4_Word)badge);
    if (!expect_outcome(badge == NONE ? "CNode_Copy" : "CNode_Mint", got, want)) {
        return;
    }
    int revocable = O[made.object].type == obj_untyped ||
                    (O[made.object].type == obj_endpoint && made.badge != S[src.slot].badge);
    if (O[made.object].type == obj_untyped) {
        S[src.slot].watermark = object_bytes(src.slot);
    }
    int home = S[dest.slot].home;
    set_cap(dest.slot, made.object);
    S[dest.slot] = made;
    S[dest.slot].home = home;
    tree_insert(src.slot, dest.slot, revocable);
}

/* Move, or Mutate with `data` (an endpoint cannot be mutated: its badge
 * would change). */
static void move(struct cnode_address dest, struct cnode_address src, int mutate)
{
    struct outcome want = NO_ERROR;
    if (is_full(dest.slot)) {
        want = DELETE_FIRST;
    } else if (is_empty(src.slot)) {
        want = LOOKUP_MISSING(1, src.depth);
    } else if (mutate && type_of(src.slot) == obj_endpoint) {
        want = ILLEGAL_OPERATION;
    }
    seL4_Error got = mutate ? seL4_CNode_Mutate(dest.root, dest.index, dest.depth, src.root, src.index, src.depth, 0)
                            : seL4_CNode_Move(dest.root, dest.index, dest.depth, src.root, src.index, src.depth);
    if (expect_outcome(mutate ? "CNode_Mutate" : "CNode_Move", got, want)) {
        tree_move(src.slot, dest.slot);
    }
}

static void op_copy(void)
{
    int src = full_slot_where(is_copyable), dest = slot_where(is_empty);
    if (src != NONE && dest != NONE) {
        copy(in_root(dest), in_root(src), NONE);
    }
}

static void op_mint(void)
{
    int src = full_slot_where(is_copyable), dest = slot_where(is_empty);
    if (src != NONE && dest != NONE) {
        copy(in_root(dest), in_root(src), is_cnode(src) ? 0 : (long)random_below(4));
    }
}

static void op_move(void)
{
    int src = full_slot_where(is_movable), dest = slot_where(is_empty);
    if (src != NONE && dest != NONE) {
        move(in_root(dest), in_root(src), random_chance(3));
    }
}

static void op_delete(void)
{
    int slot = slot_where(random_chance(8) ? is_empty : is_movable);
    if (slot != NONE) {
        expect_outcome("CNode_Delete", seL4_CNode_Delete(ROOT, slot_cptr(slot), DEPTH), NO_ERROR);
        delete_slot(slot);
    }
}

static void op_revoke(void)
{
    int slot = random_chance(2) ? slot_where(is_untyped) : full_slot_where(is_full);
    if (slot != NONE) {
        expect_outcome("CNode_Revoke", seL4_CNode_Revoke(ROOT, slot_cptr(slot), DEPTH), NO_ERROR);
        revoke_slot(slot);
    }
}

static int is_movable_not_cnode(int slot)
{
    return is_movable(slot) && !is_cnode(slot);
}

/* Operations on a slot inside one of the tester's CNodes, named through
 * the CNode.  CNode capabilities never go into CNodes, so that deletion
 * has no cycles to break. */
static void op_in_cnode(void)
{
    int cnode = slot_where(is_cnode);
    if (cnode == NONE) {
        return;
    }
    struct cnode_address inner = in_cnode(cnode, (int)random_below(CNODE_SLOTS));
    int outside = random_chance(2) ? slot_where(is_empty) : full_slot_where(is_movable_not_cnode);
    switch (random_below(5)) {
    case 0:
        if (outside != NONE) {
            copy(inner, in_root(outside), NONE);
        }
        break;
    case 1:
        if (outside != NONE) {
            move(inner, in_root(outside), 0);
        }
        break;
    case 2:
        if (outside != NONE) {
            move(in_root(outside), inner, 0);
        }
        break;
    case 3:
        expect_outcome("CNode_Delete", seL4_CNode_Delete(inner.root, inner.index, inner.depth), NO_ERROR);
        delete_slot(inner.slot);
        break;
    default:
        expect_outcome("CNode_Revoke", seL4_CNode_Revoke(inner.root, inner.index, inner.depth), NO_ERROR);
        revoke_slot(inner.slot);
        break;
    }
}

/* ---- Invalid invocations ----------------------------------------------------------- */

/* Whether `label` is one the capability in `slot` answers to. */
static int has_label(int slot, seL4_Word label)
{
    switch (type_of(slot)) {
    case obj_untyped:
        return label == UntypedRetype;
    case obj_cnode:
        return label >= CNodeRevoke && label <= CNodeSaveCaller;
    case obj_frame:
    case obj_large_frame:
    case obj_frame_x16:
    case obj_large_frame_x16:
        return label == PAGE_MAP_LABEL || label == PAGE_UNMAP_LABEL || label == PAGE_GET_ADDRESS_LABEL ||
               IS_ARCH_FRAME_LABEL(label);
#if HAS_L1_TABLE_TYPE
    case obj_l1_table:
        return label == L1_TABLE_MAP_LABEL || label == L1_TABLE_UNMAP_LABEL;
#endif
#if HAS_L2_TABLES
    case obj_l2_table:
        return label == L2_TABLE_MAP_LABEL || label == L2_TABLE_UNMAP_LABEL;
#endif
    case obj_l3_table:
        return label == L3_TABLE_MAP_LABEL || label == L3_TABLE_UNMAP_LABEL;
    case obj_vspace:
        return VSPACE_IS_TABLE && (label == L3_TABLE_MAP_LABEL || label == L3_TABLE_UNMAP_LABEL);
    case obj_asid_pool:
        return label == ASID_ASSIGN_LABEL;
    default:
        return 0;
    }
}

/* The shortest message a label of needs_arguments[] accepts, as far as
 * the kernel checks before anything else: words and extra caps. */
static int is_table_map_label(seL4_Word label)
{
#if HAS_L1_TABLE_TYPE
    if (label == L1_TABLE_MAP_LABEL) {
        return 1;
    }
#endif
#if HAS_L2_TABLES
    if (label == L2_TABLE_MAP_LABEL) {
        return 1;
    }
#endif
    return label == L3_TABLE_MAP_LABEL;
}

static void minimum_message(seL4_Word label, seL4_Word *length, seL4_Word *extra_caps)
{
    if (is_table_map_label(label)) {
        *length = 2, *extra_caps = 1;
        return;
    }
    switch (label) {
    case UntypedRetype:
        *length = 6, *extra_caps = 1;
        break;
    case PAGE_MAP_LABEL:
        *length = 3, *extra_caps = 1;
        break;
    case ASID_ASSIGN_LABEL:
        *length = 0, *extra_caps = 1;
        break;
    default:
        *length = 2, *extra_caps = 0;       /* CNode operations: the target slot */
        break;
    }
}

static void invalid_label(void)
{
    int slot = slot_where(is_invocable);
    seL4_Word label = random_below(LABELS);
    if (slot == NONE || has_label(slot, label)) {
        return;
    }
    struct message m = { .label = label, .extra_caps = random_below(4), .length = random_below(8),
                         .caps = { seL4_CapInitThreadVSpace, ROOT, ROOT }, .mr = { random_word(), random_word() } };
    expect_outcome("wrong label", call_message(slot_cptr(slot), &m), ILLEGAL_OPERATION);
}

/* An empty slot: one of the tester's, or any other of the root CNode's
 * empty region. */
static void invalid_empty_slot(void)
{
    int slot = slot_where(is_empty);
    seL4_CPtr cptr = slot == NONE || random_chance(2)
                         ? model.root_base + SLOTS + random_below(model.root_empty_end - model.root_base - SLOTS)
                         : slot_cptr(slot);
    struct message m = { .label = random_below(LABELS), .length = random_below(4) };
    expect_outcome("invoking an empty slot", call_message(cptr, &m), INVALID_CAPABILITY(0));
}

/* GetAddress with a message far longer than it needs, and extra caps: the
 * kernel clips the length and ignores what it does not use. */
static void oversized_message(void)
{
    int slot = slot_where(is_frame);
    if (slot != NONE) {
        struct message m = { .label = PAGE_GET_ADDRESS_LABEL, .length = random_below(128), .extra_caps = random_below(4),
                             .caps = { ROOT, seL4_CapInitThreadVSpace, slot_cptr(slot) },
                             .mr = { random_word(), random_word(), random_word() } };
        struct outcome want = { seL4_NoError, 1, { O[S[slot].object].paddr } };
        expect_outcome("Page_GetAddress (oversized)", call_message(slot_cptr(slot), &m), want);
    }
}

/* Labels whose messages have a minimum length or extra caps. */
static const seL4_Word needs_arguments[] = {
    UntypedRetype,
    PAGE_MAP_LABEL,
#if HAS_L1_TABLE_TYPE
    L1_TABLE_MAP_LABEL,
#endif
#if HAS_L2_TABLE_TYPE
    L2_TABLE_MAP_LABEL,
#endif
    L3_TABLE_MAP_LABEL,
    ASID_ASSIGN_LABEL,
    CNodeRevoke,
    CNodeDelete,
    CNodeCopy,
    CNodeMint,
    CNodeMove,
    CNodeMutate,
    CNodeRotate,
};

/* A label the capability answers to, with one word or capability too few. */
static void truncated(void)
{
    int slot = slot_where(is_invocable);
    seL4_Word labels[ARRAY_SIZE(needs_arguments)], count = 0, length, extra_caps;
    for (unsigned i = 0; slot != NONE && i < ARRAY_SIZE(needs_arguments); i++) {
        if (has_label(slot, needs_arguments[i])) {
            labels[count++] = needs_arguments[i];
        }
    }
    if (count == 0) {
        return;
    }
    struct message m = { .label = labels[random_below(count)],
                         .caps = { seL4_CapInitThreadVSpace, seL4_CapInitThreadVSpace } };
    minimum_message(m.label, &length, &extra_caps);
    m.length = length;
    m.extra_caps = extra_caps;
    if (extra_caps > 0 && (length == 0 || random_chance(2))) {
        m.extra_caps = random_below(extra_caps);
    } else {
        m.length = random_below(length);
    }
    expect_outcome("truncated message", call_message(slot_cptr(slot), &m), TRUNCATED_MESSAGE);
}

/* Retype with one argument out of range, the rest valid. */
static void invalid_retype(void)
{
    int untyped = slot_where(is_untyped), dest = slot_where(is_empty);
    if (untyped == NONE || dest == NONE) {
        return;
    }
    seL4_Word type = FRAME_OBJECT, offset = slot_cptr(dest), count = 1, index = 0, depth = 0;
    struct outcome want;
    int not_cnode = slot_where(is_full);
    switch (random_below(4)) {
    case 0:
        type = seL4_ObjectTypeCount + random_below(1000);
        want = INVALID_ARGUMENT(0);
        break;
    case 1:
        offset = (1ul << model.root_cnode_bits) + random_below(1000);
        want = RANGE_ERROR(0, (1ul << model.root_cnode_bits) - 1);
        break;
    case 2:
        count = random_chance(2) ? 0 : seL4_UntypedRetypeMaxObjects + 1 + random_below(1000);
        want = RANGE_ERROR(1, seL4_UntypedRetypeMaxObjects);
        break;
    default:
        if (not_cnode == NONE || is_cnode(not_cnode)) {
            return;
        }
        index = slot_cptr(not_cnode);      /* a destination CNode that is none */
        depth = DEPTH;
        want = MISSING(DEPTH);
        break;
    }
    expect_outcome("Untyped_Retype (invalid)",
                   seL4_Untyped_Retype(slot_cptr(untyped), type, 0, ROOT, index, depth, offset, count), want);
}

static void op_invalid(void)
{
    switch (random_below(5)) {
    case 0:
        invalid_label();
        break;
    case 1:
        invalid_empty_slot();
        break;
    case 2:
        truncated();
        break;
    case 3:
        oversized_message();
        break;
    default:
        invalid_retype();
        break;
    }
}

/* ---- Choosing an operation ---------------------------------------------------------- */

struct weighted_op {
    void (*run)(void);
    int weight;
};

static const struct weighted_op ops[] = {
    { op_retype, 14 },     { op_map_frame, 14 },  { op_unmap_frame, 5 }, { op_get_address, 3 },
    { op_map_table, 12 },  { op_unmap_table, 3 }, { op_copy, 6 },        { op_mint, 3 },
    { op_move, 3 },        { op_delete, 6 },      { op_revoke, 2 },      { op_in_cnode, 5 },
    { op_make_pool, 1 },   { op_assign, 3 },      { op_invalid, 8 },     { op_touch, 4 },
};

void random_step(void)
{
    int total = 0;
    for (unsigned i = 0; i < ARRAY_SIZE(ops); i++) {
        total += ops[i].weight;
    }
    int pick = (int)random_below((seL4_Word)total);
    for (unsigned i = 0; i < ARRAY_SIZE(ops); i++) {
        if (pick < ops[i].weight) {
            ops[i].run();
            return;
        }
        pick -= ops[i].weight;
    }
}
