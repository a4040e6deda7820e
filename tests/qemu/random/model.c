#include "model.h"
#include "random.h"
#include <string.h>

struct model model;

#define S model.slots
#define O model.objects

static const seL4_Word fixed_size_bits[obj_types] = {
    [obj_frame] = seL4_PageBits, [obj_large_frame] = LARGE_BITS, [obj_frame_x16] = seL4_PageBits + X16_BITS,
    [obj_large_frame_x16] = LARGE_BITS + X16_BITS, [obj_l1_table] = seL4_PageTableBits,
    [obj_l2_table] = seL4_PageTableBits, [obj_l3_table] = seL4_PageTableBits, [obj_vspace] = seL4_VSpaceBits,
    [obj_endpoint] = seL4_EndpointBits, [obj_cnode] = CNODE_RADIX + seL4_SlotBits, [obj_asid_pool] = seL4_ASIDPoolBits,
};

seL4_Word object_size_bits(enum object_type type)
{
    return fixed_size_bits[type];
}

/* Empties a slot in the model, outside the tree; the object loses a reference. */
static void clear_slot(int slot)
{
    if (S[slot].object != NONE) {
        O[S[slot].object].refs--;
    }
    S[slot] = (struct slot){ .object = NONE, .prev = NONE, .next = NONE, .home = S[slot].home };
}

void set_cap(int slot, int object)
{
    S[slot].object = object;
    O[object].refs++;
}

int cnode_block_free(void)
{
    for (int i = 0; i < CNODES; i++) {
        if (model.cnode_owner[i] == NONE) {
            return 1;
        }
    }
    return 0;
}

void take_cnode_block(int cnode)
{
    for (int i = 0; i < CNODES; i++) {
        if (model.cnode_owner[i] == NONE) {
            model.cnode_owner[i] = cnode;
            O[cnode].first_slot = ROOT_SLOTS + i * (1 << CNODE_RADIX);
            for (int k = 0; k < 1 << CNODE_RADIX; k++) {
                S[O[cnode].first_slot + k].home = cnode;
            }
            return;
        }
    }
}

static void release_cnode_block(int cnode)
{
    for (int i = 0; i < CNODES; i++) {
        if (model.cnode_owner[i] == cnode) {
            model.cnode_owner[i] = NONE;
        }
    }
}

/* Objects the model needs but never frees: the root task's VSpace root
 * and the initial ASID pool. */
static int permanent_object(enum object_type type)
{
    int id = new_object(type, 0, 12);
    O[id].refs = 1;
    return id;
}

void model_init(seL4_CPtr root_base)
{
    memset(&model, 0, sizeof(model));
    model.root_base = root_base;
    for (int i = 0; i < SLOTS; i++) {
        S[i] = (struct slot){ .object = NONE, .prev = NONE, .next = NONE, .home = NONE };
    }
    for (int i = 0; i < CNODES; i++) {
        model.cnode_owner[i] = NONE;
    }
    for (int p = 0; p < POOLS; p++) {
        model.pools[p] = NONE;
        for (int e = 0; e < POOL_ENTRIES; e++) {
            model.asids[p][e] = NONE;
        }
    }
    model.pools[0] = permanent_object(obj_asid_pool);
    assign_asid(permanent_object(obj_vspace), ROOT_ASID);
}

int new_object(enum object_type type, seL4_Word paddr, seL4_Word size_bits)
{
    for (int id = 0; id < OBJECTS; id++) {
        if (O[id].refs == 0) {
            O[id] = (struct object){ .type = type, .paddr = paddr, .size_bits = size_bits, .first_slot = NONE,
                                     .pool = NONE };
            return id;
        }
    }
    return NONE;
}

/* ---- The derivation tree ------------------------------------------------- */

void tree_insert(int parent, int child, int revocable)
{
    S[child].prev = parent;
    S[child].next = S[parent].next;
    if (S[parent].next != NONE) {
        S[S[parent].next].prev = child;
    }
    S[parent].next = child;
    S[child].revocable = S[child].first_badged = revocable;
}

void tree_move(int src, int dst)
{
    struct slot moved = S[src];
    moved.home = S[dst].home;
    S[dst] = moved;
    if (moved.prev != NONE) {
        S[moved.prev].next = dst;
    }
    if (moved.next != NONE) {
        S[moved.next].prev = dst;
    }
    S[src].object = NONE;       /* the capability moved: its object keeps the reference */
    clear_slot(src);
}

static void tree_remove(int slot)
{
    int prev = S[slot].prev, next = S[slot].next;
    if (prev != NONE) {
        S[prev].next = next;
    }
    if (next != NONE) {
        S[next].prev = prev;
        S[next].first_badged |= S[slot].first_badged;
    }
    clear_slot(slot);
}

static int region_contains(const struct object *outer, const struct object *inner)
{
    return outer->paddr <= inner->paddr &&
           inner->paddr + (1ul << inner->size_bits) <= outer->paddr + (1ul << outer->size_bits);
}

static int same_region(int a, int b)
{
    const struct object *oa = &O[S[a].object], *ob = &O[S[b].object];
    if (oa->type == obj_untyped) {
        return region_contains(oa, ob);
    }
    return S[a].object == S[b].object;
}

static int same_object(int a, int b)
{
    return O[S[a].object].type != obj_untyped && S[a].object == S[b].object;
}

int is_parent_of(int parent, int child)
{
    if (!S[parent].revocable || !same_region(parent, child)) {
        return 0;
    }
    if (O[S[parent].object].type == obj_endpoint && S[parent].badge != 0) {
        return S[child].badge == S[parent].badge && !S[child].first_badged;
    }
    return 1;
}

int has_children(int slot)
{
    return S[slot].next != NONE && is_parent_of(slot, S[slot].next);
}

int is_final(int slot)
{
    return !(S[slot].prev != NONE && same_object(S[slot].prev, slot)) &&
           !(S[slot].next != NONE && same_object(slot, S[slot].next));
}

/* ---- ASIDs ---------------------------------------------------------------- */

struct vspace *vspace_of_asid(seL4_Word asid)
{
    for (int i = 0; i < VSPACES; i++) {
        if (model.vspaces[i].in_use && model.vspaces[i].asid == asid) {
            return &model.vspaces[i];
        }
    }
    return NULL;
}

seL4_Word lowest_free_asid(int pool)
{
    for (int e = pool == 0 ? 1 : 0; e < POOL_ENTRIES; e++) {
        if (model.asids[pool][e] == NONE) {
            return (seL4_Word)pool * POOL_ENTRIES + e;
        }
    }
    return 0;
}

int vspace_slot_free(void)
{
    for (int i = 0; i < VSPACES; i++) {
        if (!model.vspaces[i].in_use) {
            return 1;
        }
    }
    return 0;
}

void assign_asid(int root, seL4_Word asid)
{
    for (int i = 0; i < VSPACES; i++) {
        if (!model.vspaces[i].in_use) {
            struct vspace *vs = &model.vspaces[i];
            memset(vs, 0, sizeof(*vs));
            vs->in_use = 1;
            vs->asid = asid;
            vs->root = root;
            break;
        }
    }
    model.asids[asid / POOL_ENTRIES][asid % POOL_ENTRIES] = root;
    O[root].type = obj_vspace;      /* a table made a root (VSPACE_IS_TABLE) is one for good */
    O[root].asid = asid;
}

static void release_asid(seL4_Word asid)
{
    struct vspace *vs = vspace_of_asid(asid);
    if (vs != NULL) {
        vs->in_use = 0;
    }
    model.asids[asid / POOL_ENTRIES][asid % POOL_ENTRIES] = NONE;
}

int free_pool_index(void)
{
    int p = 0;
    while (p < POOLS && model.pools[p] != NONE) {
        p++;
    }
    return p;
}

static void release_pool(int pool)
{
    for (int e = 0; e < POOL_ENTRIES; e++) {
        if (model.asids[pool][e] != NONE) {
            release_asid((seL4_Word)pool * POOL_ENTRIES + e);
        }
    }
    model.pools[pool] = NONE;
}

/* ---- Page tables --------------------------------------------------------- */

struct entry *find_entry(struct vspace *vs, int level, seL4_Word vaddr)
{
    return entry_in_the_way(vs, level, vaddr, level_shift(level), NONE);
}

struct entry *entry_in_the_way(struct vspace *vs, int level, seL4_Word vaddr, int bits, int object)
{
    for (int i = 0; i < ENTRIES; i++) {
        struct entry *e = &vs->entries[i];
        int wider = e->bits > bits ? e->bits : bits;    /* both are aligned to their own size */
        if (e->in_use && e->level == level && align_down(e->vaddr, wider) == align_down(vaddr, wider) &&
            e->object != object) {
            return e;
        }
    }
    return NULL;
}

void add_entry(struct vspace *vs, int level, seL4_Word vaddr, int object, int rights)
{
    int bits = is_frame_object(&O[object]) ? (int)O[object].size_bits : level_shift(level);
    for (int i = 0; i < ENTRIES; i++) {
        if (!vs->entries[i].in_use) {
            vs->entries[i] = (struct entry){ level, align_down(vaddr, bits), bits, object, rights, 1 };
            return;
        }
    }
    diverge("the model", "no room for another page-table entry");
}

int is_frame_object(const struct object *o)
{
    return o->type == obj_frame || o->type == obj_large_frame || o->type == obj_frame_x16 ||
           o->type == obj_large_frame_x16;
}

/* The deepest level whose entries map no more than the frame. */
int frame_level(const struct object *frame)
{
    int level = 3;
    while (level - 1 >= ROOT_LEVEL && (seL4_Word)level_shift(level - 1) <= frame->size_bits) {
        level--;
    }
    return level;
}

int table_first_level(const struct object *table)
{
    return table->type == obj_l1_table ? 1
           : table->type == obj_l2_table ? 2
           : L3_TABLE_IS_FIXED           ? 3
                                         : FIRST_TABLE_LEVEL;
}

/* Removes the entry a frame capability records, if it still maps that
 * frame (the kernel checks the same before clearing it). */
void frame_unmap(int slot)
{
    struct vspace *vs = vspace_of_asid(S[slot].mapped_asid);
    if (S[slot].mapped_asid == 0 || vs == NULL) {
        return;
    }
    struct entry *e = find_entry(vs, frame_level(&O[S[slot].object]), S[slot].mapped_vaddr);
    if (e != NULL && e->object == S[slot].object) {
        e->in_use = 0;
    }
}

/* Unlinks the table from where its capability records it, if it is still
 * there: everything below it leaves the VSpace's view. */
void table_unlink(int slot)
{
    struct vspace *vs = vspace_of_asid(S[slot].mapped_asid);
    if (S[slot].mapped_asid == 0 || vs == NULL) {
        return;
    }
    int level = S[slot].mapped_level - 1;
    seL4_Word vaddr = S[slot].mapped_vaddr;
    struct entry *e = find_entry(vs, level, vaddr);
    if (e == NULL || e->object != S[slot].object) {
        return;
    }
    for (int i = 0; i < ENTRIES; i++) {
        struct entry *below = &vs->entries[i];
        if (below->in_use && below->level > level && align_down(below->vaddr, level_shift(level)) == vaddr) {
            below->in_use = 0;
        }
    }
    e->in_use = 0;
}

/* ---- Deletion ------------------------------------------------------------ */

/* What deleting the capability in `slot` does besides emptying it. */
static void finalise(int slot, int final)
{
    int id = S[slot].object;
    struct object *o = &O[id];
    switch (o->type) {
    case obj_frame:
    case obj_large_frame:
    case obj_frame_x16:
    case obj_large_frame_x16:
        frame_unmap(slot);
        break;
    case obj_l1_table:
    case obj_l2_table:
    case obj_l3_table:
        if (final) {
            table_unlink(slot);
        }
        break;
    case obj_vspace:
        if (final && o->asid != 0 && model.asids[o->asid / POOL_ENTRIES][o->asid % POOL_ENTRIES] == id) {
            release_asid(o->asid);
        }
        break;
    case obj_asid_pool:
        if (final && model.pools[o->pool] == id) {
            release_pool(o->pool);
        }
        break;
    case obj_cnode:
        if (final) {
            for (int i = 0; i < CNODE_SLOTS; i++) {
                delete_slot(o->first_slot + i);
            }
            release_cnode_block(id);
        }
        break;
    default:
        break;
    }
}

void delete_slot(int slot)
{
    if (S[slot].object != NONE) {
        finalise(slot, is_final(slot));
        tree_remove(slot);
    }
}

/* Stops, as the kernel does, if deleting a descendant empties `slot`. */
void revoke_slot(int slot)
{
    while (S[slot].object != NONE && has_children(slot)) {
        delete_slot(S[slot].next);
    }
}
