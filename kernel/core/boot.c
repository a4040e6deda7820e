/*
 * Boot: build the root task's initial environment, as seL4 does.
 *
 * Root CNode slots, in the order they are filled:
 *   0..15         the fixed capabilities of enum seL4_RootCNodeCapSlots
 *   userImagePaging   the image's paging structures, level by level
 *   userImageFrames   one 4 KiB frame per image page, in address order
 *   untyped           all remaining RAM, as power-of-two untypeds
 *   empty             the rest
 *
 * Address space: the ELF image, then the IPC buffer page, then BootInfo.
 */
#include <boot.h>
#include <elf.h>
#include <memory.h>
#include <object.h>
#include <printf.h>
#include <thread.h>
#include <util.h>
#include <vspace.h>
#include <sel4/bootinfo_types.h>

#define INIT_ASID 1

struct root_task {
    struct boot_memory *memory;
    cte_t *cnode;
    word_t next_slot;
    pte_t *vspace;
    seL4_BootInfo *bootinfo;
    struct elf_image image;
    vaddr_t ipc_buffer, bootinfo_vaddr;
};

struct boot_options boot_options;

/* Whether the word at `word` (up to a space or the end) is `option`. */
static bool is_option(const char *word, const char *option)
{
    const char *rest = skip_prefix(word, option);
    return rest != NULL && (*rest == ' ' || *rest == '\0');
}

void boot_read_options(const char *command_line)
{
    for (const char *p = command_line; *p != '\0'; p++) {
        bool word_start = p == command_line || p[-1] == ' ';
        if (word_start && is_option(p, "dump-vspace-at-power-off")) {
            boot_options.dump_vspace_at_power_off = true;
        }
    }
}

void boot_memory_add(struct boot_memory *memory, paddr_t start, paddr_t end)
{
    if (start >= end) {
        return;
    }
    if (memory->free_count == MAX_BOOT_REGIONS) {
        panic("too many free memory regions");
    }
    memory->free[memory->free_count++] = (struct boot_region){ start, end };
}

void boot_memory_reserve(struct boot_memory *memory, paddr_t start, paddr_t end)
{
    struct boot_region old[MAX_BOOT_REGIONS];
    word_t count = memory->free_count;
    memcpy(old, memory->free, count * sizeof(old[0]));
    memory->free_count = 0;
    for (word_t i = 0; i < count; i++) {
        boot_memory_add(memory, old[i].start, old[i].end < start ? old[i].end : start);
        boot_memory_add(memory, old[i].start > end ? old[i].start : end, old[i].end);
    }
}

/* A zeroed, naturally aligned block of 2^bits bytes, in the kernel window,
 * clear of the root task's ELF file (which stays free RAM until loaded). */
static void *boot_alloc(struct boot_memory *memory, word_t bits)
{
    const struct boot_region file = memory->root_task;
    for (word_t i = 0; i < memory->free_count; i++) {
        paddr_t start = ALIGN_UP(memory->free[i].start, bits);
        if (start < file.end && file.start < start + BIT(bits)) {
            start = ALIGN_UP(file.end, bits);
        }
        if (start >= memory->free[i].start && start + BIT(bits) <= memory->free[i].end) {
            boot_memory_reserve(memory, start, start + BIT(bits));
            return memset(phys_to_kernel(start), 0, BIT(bits));
        }
    }
    panic("not enough memory to create the root task");
}

static word_t add_cap(struct root_task *rt, cap_t cap)
{
    kassert(rt->next_slot < BIT(ROOT_CNODE_RADIX));
    cte_insert_original(&rt->cnode[rt->next_slot], cap);
    return rt->next_slot++;
}

static void create_cspace(struct root_task *rt)
{
    rt->cnode = boot_alloc(rt->memory, ROOT_CNODE_RADIX + seL4_SlotBits);
    rt->next_slot = seL4_NumInitialCaps;
    cte_insert_original(&rt->cnode[seL4_CapInitThreadCNode],
                        cap_cnode_new(rt->cnode, ROOT_CNODE_RADIX, WORD_BITS - ROOT_CNODE_RADIX, 0));
    cte_insert_original(&rt->cnode[seL4_CapIRQControl], cap_object_new(cap_irq_control, NULL));
    cte_insert_original(&rt->cnode[seL4_CapDomain], cap_object_new(cap_domain, NULL));
    arch_boot_root_caps(rt->cnode);
}

static void create_vspace(struct root_task *rt)
{
    struct asid_pool *pool = boot_alloc(rt->memory, seL4_ASIDPoolBits);
    rt->vspace = boot_alloc(rt->memory, table_size_bits(0));
    arch_vspace_root_init(rt->vspace);
    asid_table[INIT_ASID >> seL4_ASIDPoolIndexBits] = pool;
    pool->root[INIT_ASID] = rt->vspace;

    cap_t vspace = cap_object_new(cap_vspace, rt->vspace);
    vspace.vspace.asid = INIT_ASID;
    cap_t pool_cap = cap_object_new(cap_asid_pool, pool);
    cte_insert_original(&rt->cnode[seL4_CapInitThreadVSpace], vspace);
    cte_insert_original(&rt->cnode[seL4_CapInitThreadASIDPool], pool_cap);
    cte_insert_original(&rt->cnode[seL4_CapASIDControl], cap_object_new(cap_asid_control, NULL));
}

/* Creates every paging structure [start, end) needs, one level at a time. */
static void create_tables(struct root_task *rt, vaddr_t start, vaddr_t end)
{
    rt->bootinfo->userImagePaging.start = rt->next_slot;
    for (word_t level = 1; level < arch_paging.levels; level++) {
        word_t bits = level_entry_bits(level - 1);
        for (vaddr_t v = ALIGN_DOWN(start, bits); v < end; v += BIT(bits)) {
            struct walk w = vspace_walk(rt->vspace, v, level - 1);
            kassert(w.level == level - 1 && arch_pte_kind(*w.entry, w.level) == pte_empty);
            void *table = boot_alloc(rt->memory, table_size_bits(level));
            arch_pte_write(w.entry, arch_pte_table(kernel_to_phys(table), level - 1, ARCH_DEFAULT_VM_ATTRIBUTES));
            cap_t cap = cap_table_new(table, table_type_at(level));
            cap.table.is_mapped = 1;
            cap.table.level = level;
            cap.table.asid = INIT_ASID;
            cap.table.mapped_page = v >> PAGE_BITS;
            add_cap(rt, cap);
        }
    }
    rt->bootinfo->userImagePaging.end = rt->next_slot;
}

/* Maps `frame` (a 4 KiB page) read-write at `vaddr`; returns its capability. */
static cap_t map_frame(struct root_task *rt, vaddr_t vaddr, void *frame, word_t attributes)
{
    word_t level = arch_paging.frame_level[0];
    struct walk w = vspace_walk(rt->vspace, vaddr, level);
    kassert(w.level == level);
    arch_pte_write(w.entry, arch_pte_frame(kernel_to_phys(frame), 0, vm_read_write, attributes));
    cap_t cap = cap_frame_new(frame, 0, vm_read_write, false);
    cap.frame.asid = INIT_ASID;
    cap.frame.mapped_page = vaddr >> PAGE_BITS;
    return cap;
}

static void copy_segment(vaddr_t vaddr, const void *data, word_t size, void *context)
{
    struct root_task *rt = context;
    while (size > 0) {
        paddr_t paddr;
        word_t chunk = BIT(PAGE_BITS) - (vaddr & mask_bits(PAGE_BITS));
        chunk = chunk < size ? chunk : size;
        bool mapped = vspace_translate(rt->vspace, vaddr, &paddr);
        kassert(mapped);
        memcpy(phys_to_kernel(paddr), data, chunk);
        arch_code_written(phys_to_kernel(paddr), chunk);
        vaddr += chunk;
        data = (const char *)data + chunk;
        size -= chunk;
    }
}

/* Maps the image's frames, IPC buffer and BootInfo, and copies the image in. */
static void load_image(struct root_task *rt, const void *file)
{
    void *ipc_buffer = boot_alloc(rt->memory, PAGE_BITS);
    create_tables(rt, rt->image.low, rt->bootinfo_vaddr + BIT(PAGE_BITS));
    rt->bootinfo->userImageFrames.start = rt->next_slot;
    for (vaddr_t v = rt->image.low; v < rt->image.high; v += BIT(PAGE_BITS)) {
        add_cap(rt, map_frame(rt, v, boot_alloc(rt->memory, PAGE_BITS), ARCH_DEFAULT_VM_ATTRIBUTES));
    }
    rt->bootinfo->userImageFrames.end = rt->next_slot;
    cte_insert_original(&rt->cnode[seL4_CapInitThreadIPCBuffer],
                        map_frame(rt, rt->ipc_buffer, ipc_buffer, ARCH_BOOT_DATA_VM_ATTRIBUTES));
    cte_insert_original(&rt->cnode[seL4_CapBootInfoFrame],
                        map_frame(rt, rt->bootinfo_vaddr, rt->bootinfo, ARCH_BOOT_DATA_VM_ATTRIBUTES));
    elf_for_each_segment(file, copy_segment, rt);
}

static void create_thread(struct root_task *rt)
{
    struct tcb *tcb = boot_alloc(rt->memory, seL4_TCBBits);
    cte_t *cnode = rt->cnode;
    cap_t ipc_frame = cnode[seL4_CapInitThreadIPCBuffer].cap;

    thread_set_name(tcb, "rootserver");
    tcb->state = thread_running;
    arch_context_init_user(&tcb->context, rt->image.entry, rt->bootinfo_vaddr);
    ipc_frame.frame.asid = 0;
    ipc_frame.frame.mapped_page = 0;
    cte_insert_child(&cnode[seL4_CapInitThreadCNode], &tcb->cspace_root, cnode[seL4_CapInitThreadCNode].cap, false);
    cte_insert_child(&cnode[seL4_CapInitThreadVSpace], &tcb->vspace_root, cnode[seL4_CapInitThreadVSpace].cap, false);
    cte_insert_child(&cnode[seL4_CapInitThreadIPCBuffer], &tcb->ipc_buffer_frame, ipc_frame, false);
    thread_set_ipc_buffer(tcb, rt->ipc_buffer);
    cte_insert_original(&cnode[seL4_CapInitThreadTCB], cap_object_new(cap_thread, tcb));
    current_thread = tcb;
}

/* The largest naturally aligned block at `start` that fits before `end`. */
static word_t block_bits(paddr_t start, paddr_t end)
{
    word_t align = start == 0 ? WORD_BITS - 1 : word_ctz(start);
    word_t fit = word_log2(end - start);
    word_t bits = align < fit ? align : fit;
    return bits < seL4_MaxUntypedBits ? bits : seL4_MaxUntypedBits;
}

/*
 * Hands every free block to the root task as an untyped, largest first, so
 * that a program taking the first untyped with room finds one at once.
 * None is clean: the root task's ELF file, among others, has been lying in
 * that RAM, which Retype clears as it hands it out (clearing all of it here
 * would cost boot a pass over every byte).
 */
static void create_untypeds(struct root_task *rt)
{
    seL4_BootInfo *bootinfo = rt->bootinfo;
    seL4_UntypedDesc *list = bootinfo->untypedList;
    struct boot_memory *memory = rt->memory;
    word_t count = 0, limit = BIT(ROOT_CNODE_RADIX) - rt->next_slot;

    if (limit > CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS) {
        limit = CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS;
    }
    for (word_t i = 0; i < memory->free_count; i++) {
        paddr_t start = ALIGN_UP(memory->free[i].start, seL4_MinUntypedBits), end = memory->free[i].end;
        word_t bits;
        while (start < end && count < limit && (bits = block_bits(start, end)) >= seL4_MinUntypedBits) {
            word_t at = count++;
            for (; at > 0 && list[at - 1].sizeBits < bits; at--) {
                list[at] = list[at - 1];
            }
            list[at] = (seL4_UntypedDesc){ .paddr = start, .sizeBits = bits };
            start += BIT(bits);
        }
    }
    bootinfo->untyped.start = rt->next_slot;
    for (word_t i = 0; i < count; i++) {
        add_cap(rt, cap_untyped_new(phys_to_kernel(list[i].paddr), list[i].sizeBits, false, false, 0));
    }
    bootinfo->untyped.end = rt->next_slot;
}

static void fill_bootinfo(struct root_task *rt)
{
    seL4_BootInfo *b = rt->bootinfo;
    b->numNodes = 1;
    b->numIOPTLevels = ARCH_BOOTINFO_IOPT_LEVELS;
    b->ipcBuffer = (seL4_IPCBuffer *)rt->ipc_buffer;
    b->extraBIPages = (seL4_SlotRegion){ b->userImageFrames.start, b->userImageFrames.start };
    b->initThreadCNodeSizeBits = ROOT_CNODE_RADIX;
    b->empty = (seL4_SlotRegion){ rt->next_slot, BIT(ROOT_CNODE_RADIX) };
}

/* What no object may take: the kernel's own memory, and the window's first
 * page, whose first byte packs as no object on 32-bit machines
 * (cap_layout32.h). */
static void reserve_kernel_memory(struct boot_memory *memory)
{
    paddr_t start, end;
    arch_kernel_region(&start, &end);
    boot_memory_reserve(memory, start, end);
    boot_memory_reserve(memory, KERNEL_WINDOW_PADDR, KERNEL_WINDOW_PADDR + BIT(PAGE_BITS));
}

void boot_root_task(struct boot_memory *memory)
{
    struct root_task rt = { .memory = memory };
    struct boot_region file = memory->root_task;
    const void *elf = phys_to_kernel(file.start);

    reserve_kernel_memory(memory);
    if (!elf_check(elf, file.end - file.start, &rt.image)) {
        panic("the root task is not an ELF executable for this machine within user memory");
    }
    rt.ipc_buffer = rt.image.high;
    rt.bootinfo_vaddr = rt.image.high + BIT(PAGE_BITS);
    if (rt.bootinfo_vaddr + BIT(PAGE_BITS) - 1 > USER_TOP) {
        panic("the root task leaves no room for its IPC buffer and BootInfo");
    }
    create_cspace(&rt);
    create_vspace(&rt);
    rt.bootinfo = boot_alloc(memory, PAGE_BITS);
    load_image(&rt, elf);
    create_thread(&rt);
    create_untypeds(&rt);
    fill_bootinfo(&rt);
}
