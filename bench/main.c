/*
 * The benchmark: what each kernel operation costs, in guest instructions,
 * measured from user mode around the system call with a counter QEMU
 * advances once per instruction under -icount shift=0 (counter.h).
 * tools/bench runs it and makes the table (docs/performance.md).
 *
 * Each row is measured over ROUNDS rounds and printed as
 *
 *     bench NAME MEDIAN MIN MAX
 *
 * after the first line (which tools/bench times boot to) and before the
 * last, "bench done".  Every row but the first, empty_measurement (two
 * counter reads back to back), has the empty measurement's median taken
 * off.  A row ending in /page or /frame is a batch of calls, measured as a
 * whole, divided by the batch's size: its loop's own few instructions per
 * call are in it.
 */
#include <stdio.h>
#include <string.h>
#include <sel4/sel4.h>
#include <sel4/sel4_arch/mapping.h>
#include <sel4platsupport/bootinfo.h>
#include <sel4tutorials/alloc.h>
#include <sel4tutorials/test_vaddr.h>
#include <utils/util.h>
#include <vspace/map_anywhere.h>
#include "counter.h"

/* The frame invocations, called directly: through vspace_arch_paging
 * they would cost an indirect call more. */
#if defined(CONFIG_ARCH_X86)
#define PAGE_MAP         seL4_X86_Page_Map
#define PAGE_UNMAP       seL4_X86_Page_Unmap
#define PAGE_GET_ADDRESS seL4_X86_Page_GetAddress
#elif defined(CONFIG_ARCH_ARM)
#define PAGE_MAP         seL4_ARM_Page_Map
#define PAGE_UNMAP       seL4_ARM_Page_Unmap
#define PAGE_GET_ADDRESS seL4_ARM_Page_GetAddress
#else
#define PAGE_MAP         seL4_RISCV_Page_Map
#define PAGE_UNMAP       seL4_RISCV_Page_Unmap
#define PAGE_GET_ADDRESS seL4_RISCV_Page_GetAddress
#endif

#define ROUNDS        11
#define MAX_ROWS      40
#define ROW_NAME_SIZE 48
#define PAGE_SIZE     BIT(seL4_PageBits)
/* The batch sizes of Retype and of the page runs; seL4 retypes at most
 * RETYPE_LIMIT objects per call. */
static const seL4_Word batch_sizes[] = { 1, 512, 2048 };
#define MAX_BATCH     2048
#define RETYPE_LIMIT  256
#define BATCH_UNTYPED_BITS (seL4_PageBits + 11)     /* MAX_BATCH frames exactly */
#define TABLE_UNTYPED_BITS 16                       /* the batch's paging structures */

#define VSPACE        seL4_CapInitThreadVSpace
#define ATTRIBUTES    (vspace_arch_paging.default_attributes)

/* Runs `call` between two counter reads; `cost` gets the difference. */
#define MEASURE(cost, call) do {                \
        seL4_Word start_ = read_counter();      \
        call;                                   \
        (cost) = read_counter() - start_;       \
    } while (0)

struct row {
    char name[ROW_NAME_SIZE];
    seL4_Word samples[ROUNDS];
    int count;
};

static struct row rows[MAX_ROWS];
static int num_rows;
static seL4_Word empty_cost;    /* taken off every sample once known */

static struct row *find_row(const char *name)
{
    for (int i = 0; i < num_rows; i++) {
        if (strcmp(rows[i].name, name) == 0) {
            return &rows[i];
        }
    }
    ZF_LOGF_IF(num_rows == MAX_ROWS, "too many rows");
    struct row *row = &rows[num_rows++];
    snprintf(row->name, sizeof(row->name), "%s", name);
    return row;
}

/* Records one round's `cost` of `calls` calls as a sample of the row. */
static void record(const char *name, seL4_Word cost, seL4_Word calls)
{
    struct row *row = find_row(name);
    ZF_LOGF_IF(row->count == ROUNDS, "row %s measured more than %d times", name, ROUNDS);
    seL4_Word net = cost > empty_cost ? cost - empty_cost : 0;
    row->samples[row->count++] = net / calls;
}

static void check(seL4_Error error, const char *what)
{
    ZF_LOGF_IF(error != seL4_NoError, "%s failed: error %d", what, error);
}

static void sort(seL4_Word *values, int count)
{
    for (int i = 1; i < count; i++) {
        seL4_Word value = values[i];
        int j = i;
        for (; j > 0 && values[j - 1] > value; j--) {
            values[j] = values[j - 1];
        }
        values[j] = value;
    }
}

static void print_row(struct row *row)
{
    ZF_LOGF_IF(row->count != ROUNDS, "row %s measured %d times", row->name, row->count);
    sort(row->samples, ROUNDS);
    printf("bench %s %lu %lu %lu\n", row->name, (unsigned long)row->samples[ROUNDS / 2],
           (unsigned long)row->samples[0], (unsigned long)row->samples[ROUNDS - 1]);
}

/* The empty measurement's median, which every later row has taken off. */
static void measure_empty(void)
{
    for (int round = 0; round < ROUNDS; round++) {
        seL4_Word cost;
        MEASURE(cost, );
        record("empty_measurement", cost, 1);
    }
    struct row *row = find_row("empty_measurement");
    seL4_Word sorted[ROUNDS];
    memcpy(sorted, row->samples, sizeof(sorted));
    sort(sorted, ROUNDS);
    empty_cost = sorted[ROUNDS / 2];
}

/* A paging structure's row: its type's name without seL4_ and Object, the
 * operation, and the lookup level it is missing at (as
 * seL4_MappingFailedLookupLevel() says). */
static void table_row_name(const vspace_level_t *level, const char *operation, char *name)
{
    const char *type = level->name + strlen("seL4_");
    int length = (int)(strlen(type) - strlen("Object"));
    snprintf(name, ROW_NAME_SIZE, "%.*s_%s(level%lu)", length, type, operation, (unsigned long)level->bits);
}

static void map_tables(const seL4_CPtr *tables)
{
    for (size_t i = 0; i < vspace_arch_paging.num_levels; i++) {
        const vspace_level_t *level = &vspace_arch_paging.levels[i];
        char name[ROW_NAME_SIZE];
        seL4_Error error;
        seL4_Word cost;
        MEASURE(cost, error = level->map(tables[i], VSPACE, TEST_VADDR, ATTRIBUTES));
        check(error, level->name);
        table_row_name(level, "Map", name);
        record(name, cost, 1);
    }
}

static void unmap_tables(const seL4_CPtr *tables)
{
    for (size_t i = vspace_arch_paging.num_levels; i-- > 0;) {
        const vspace_level_t *level = &vspace_arch_paging.levels[i];
        char name[ROW_NAME_SIZE];
        seL4_Error error;
        seL4_Word cost;
        MEASURE(cost, error = level->unmap(tables[i]));
        check(error, level->name);
        table_row_name(level, "Unmap", name);
        record(name, cost, 1);
    }
}

/* A 4 KiB page at TEST_VADDR, under the tables map_tables() mapped. */
static void measure_page(seL4_CPtr frame)
{
    seL4_Error error;
    seL4_Word cost;
    MEASURE(cost, error = PAGE_MAP(frame, VSPACE, TEST_VADDR, seL4_ReadWrite, ATTRIBUTES));
    check(error, "Page_Map");
    record("Page_Map_4K", cost, 1);
    MEASURE(cost, error = PAGE_MAP(frame, VSPACE, TEST_VADDR, seL4_CanRead, ATTRIBUTES));
    check(error, "Page_Map (remap)");
    record("Page_Map_4K_remap_new_rights", cost, 1);
    MEASURE(cost, error = PAGE_GET_ADDRESS(frame).error);
    check(error, "Page_GetAddress");
    record("Page_GetAddress", cost, 1);
    MEASURE(cost, error = PAGE_UNMAP(frame));
    check(error, "Page_Unmap");
    record("Page_Unmap", cost, 1);
}

static void measure_cnode(seL4_CPtr frame, seL4_CPtr slot)
{
    seL4_Error error;
    seL4_Word cost;
    MEASURE(cost, error = seL4_CNode_Copy(seL4_CapInitThreadCNode, slot, seL4_WordBits,
                                          seL4_CapInitThreadCNode, frame, seL4_WordBits, seL4_AllRights));
    check(error, "CNode_Copy");
    record("CNode_Copy", cost, 1);
    MEASURE(cost, error = seL4_CNode_Delete(seL4_CapInitThreadCNode, slot, seL4_WordBits));
    check(error, "CNode_Delete");
    record("CNode_Delete", cost, 1);
}

/* The single calls: a round maps a table at each level below the root, a
 * page under them, and unmaps it all again. */
static void measure_single_calls(seL4_BootInfo *info)
{
    seL4_CPtr frame = alloc_object(info, FRAME_OBJECT, 0);
    seL4_CPtr copy = alloc_slot(info);
    seL4_CPtr tables[VSPACE_MAX_TABLES];
    for (size_t i = 0; i < vspace_arch_paging.num_levels; i++) {
        tables[i] = alloc_object(info, vspace_arch_paging.levels[i].object, 0);
    }
    for (int round = 0; round < ROUNDS; round++) {
        seL4_Word cost;
        MEASURE(cost, seL4_Yield());
        record("seL4_Yield", cost, 1);
        map_tables(tables);
        measure_page(frame);
        unmap_tables(tables);
        measure_cnode(frame, copy);
    }
}

/* Retypes `count` 4 KiB frames from `untyped` into slots from `first`,
 * RETYPE_LIMIT at a time. */
static seL4_Error retype_frames(seL4_CPtr untyped, seL4_CPtr first, seL4_Word count)
{
    for (seL4_Word done = 0; done < count; done += RETYPE_LIMIT) {
        seL4_Word objects = MIN(count - done, (seL4_Word)RETYPE_LIMIT);
        seL4_Error error = seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, seL4_CapInitThreadCNode, 0, 0,
                                               first + done, objects);
        if (error != seL4_NoError) {
            return error;
        }
    }
    return seL4_NoError;
}

/* Deletes every frame retyped from `untyped`, which is then empty again. */
static void free_frames(seL4_CPtr untyped)
{
    check(seL4_CNode_Revoke(seL4_CapInitThreadCNode, untyped, seL4_WordBits), "CNode_Revoke");
}

static void measure_retype(seL4_CPtr untyped, seL4_CPtr first)
{
    for (size_t size = 0; size < ARRAY_SIZE(batch_sizes); size++) {
        seL4_Word count = batch_sizes[size];
        char name[ROW_NAME_SIZE];
        snprintf(name, sizeof(name), "Untyped_Retype_4K_x%lu/frame", (unsigned long)count);
        for (int round = 0; round < ROUNDS; round++) {
            seL4_Error error;
            seL4_Word cost;
            MEASURE(cost, error = retype_frames(untyped, first, count));
            check(error, "Untyped_Retype");
            record(name, cost, count);
            free_frames(untyped);
        }
    }
}

/* Maps (or remaps) frames `first`.. at consecutive pages from TEST_VADDR. */
static seL4_Error map_pages(seL4_CPtr first, seL4_Word count, seL4_CapRights_t rights)
{
    for (seL4_Word i = 0; i < count; i++) {
        seL4_Error error = PAGE_MAP(first + i, VSPACE, TEST_VADDR + i * PAGE_SIZE, rights, ATTRIBUTES);
        if (error != seL4_NoError) {
            return error;
        }
    }
    return seL4_NoError;
}

static seL4_Error unmap_pages(seL4_CPtr first, seL4_Word count)
{
    for (seL4_Word i = 0; i < count; i++) {
        seL4_Error error = PAGE_UNMAP(first + i);
        if (error != seL4_NoError) {
            return error;
        }
    }
    return seL4_NoError;
}

/* Makes the paging structures MAX_BATCH pages from TEST_VADDR need, with
 * frames `first`.., and leaves the pages unmapped. */
static void make_batch_tables(seL4_BootInfo *info, seL4_CPtr first)
{
    vspace_alloc_t alloc = { .untyped = alloc_object(info, seL4_UntypedObject, TABLE_UNTYPED_BITS),
                             .cspace = seL4_CapInitThreadCNode, .slots = &info->empty };
    for (seL4_Word i = 0; i < MAX_BATCH; i++) {
        vspace_mapping_t mapping;
        check(vspace_map_anywhere(&alloc, first + i, VSPACE, TEST_VADDR + i * PAGE_SIZE, seL4_ReadWrite,
                                  ATTRIBUTES, &mapping), "vspace_map_anywhere");
    }
    check(unmap_pages(first, MAX_BATCH), "Page_Unmap");
}

static void record_batch(const char *operation, seL4_Word count, seL4_Word cost)
{
    char name[ROW_NAME_SIZE];
    snprintf(name, sizeof(name), "Page_%s_x%lu/page", operation, (unsigned long)count);
    record(name, cost, count);
}

/* Map, protect (remap read-only), unprotect (remap read-write) and unmap
 * of a run of pages, per page. */
static void measure_page_runs(seL4_CPtr first)
{
    for (size_t size = 0; size < ARRAY_SIZE(batch_sizes); size++) {
        seL4_Word count = batch_sizes[size];
        for (int round = 0; round < ROUNDS; round++) {
            seL4_Error error;
            seL4_Word cost;
            MEASURE(cost, error = map_pages(first, count, seL4_ReadWrite));
            check(error, "Page_Map");
            record_batch("Map", count, cost);
            MEASURE(cost, error = map_pages(first, count, seL4_CanRead));
            check(error, "Page_Map (protect)");
            record_batch("Protect", count, cost);
            MEASURE(cost, error = map_pages(first, count, seL4_ReadWrite));
            check(error, "Page_Map (unprotect)");
            record_batch("Unprotect", count, cost);
            MEASURE(cost, error = unmap_pages(first, count));
            check(error, "Page_Unmap");
            record_batch("Unmap", count, cost);
        }
    }
}

static void measure_batches(seL4_BootInfo *info)
{
    seL4_CPtr untyped = alloc_object(info, seL4_UntypedObject, BATCH_UNTYPED_BITS);
    ZF_LOGF_IF(info->empty.end - info->empty.start < MAX_BATCH, "too few empty slots for %d frames", MAX_BATCH);
    seL4_CPtr first = info->empty.start;
    info->empty.start += MAX_BATCH;
    measure_retype(untyped, first);
    check(retype_frames(untyped, first, MAX_BATCH), "Untyped_Retype");
    make_batch_tables(info, first);
    measure_page_runs(first);
}

int main(void)
{
    seL4_BootInfo *info = platsupport_get_bootinfo();
    printf("bench: guest instructions per operation, %d rounds\n", ROUNDS);
    measure_empty();
    measure_single_calls(info);
    measure_batches(info);
    for (int i = 0; i < num_rows; i++) {
        print_row(&rows[i]);
    }
    printf("bench done\n");
    return 0;
}
