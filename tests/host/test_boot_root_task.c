/*
 * boot_root_task() (kernel/core/boot.c) on 4 MiB of host memory holding a
 * two-page ELF image: the root CNode's capabilities, the VSpace, the
 * thread, BootInfo, and the untypeds that account for the rest of RAM
 * (including the ELF file's, which boot must not allocate over, and but for
 * the kernel's own memory and the kernel window's first page); and the
 * VSpace power_off() prints when the boot options ask for it.
 */
#include "harness.h"
#include "host_memory.h"
#include "levels.h"
#include <stdio.h>
#include <boot.h>
#include <elf.h>
#include <vspace.h>
#include <sel4/bootinfo_types.h>

#define RAM_BITS   22
#define TEXT_VADDR 0x400000ul
#define ENTRY      0x400010ul
#define IPC_VADDR  0x402000ul       /* the page after the image */
#define BI_VADDR   0x403000ul       /* and BootInfo after that */

/* One table of each level below the root maps the image. */
#define BOOT_TABLES (LAST_LEVEL - ROOT_LEVEL)

/* What boot takes for the kernel's objects: the root CNode, ASID pool, root,
 * the tables, two image frames, IPC buffer and BootInfo, and the TCB. */
static word_t boot_object_bytes(void)
{
    word_t bytes = BIT(12 + seL4_SlotBits) + BIT(seL4_ASIDPoolBits) + 4 * 4096 + BIT(seL4_TCBBits);
    for (word_t level = ROOT_LEVEL; level <= LAST_LEVEL; level++) {
        bytes += TABLE_BYTES(level);
    }
    return bytes;
}

/* The ELF file sits where the root CNode would otherwise go. */
#define FILE_OFFSET 0x3000ul
#define FILE_SIZE   0x2000ul

/* Where arch_kernel_region() puts the kernel, when a test asks for one. */
#define KERNEL_OFFSET 0x200000ul
#define KERNEL_SIZE   0x10000ul

static char *ram, *file;
static cte_t *cnode;
static seL4_BootInfo *bootinfo;

static char file_byte(int i)
{
    return (char)(0x40 + i);
}

/* An image of two pages in memory, 32 bytes of which come from the file. */
static void make_file(void)
{
    file = ram + FILE_OFFSET;
    elf_header_t *h = (elf_header_t *)file;
    *h = (elf_header_t){ .ident = { 0x7f, 'E', 'L', 'F', ELF_CLASS, 1, 1 }, .type = 2, .machine = ARCH_ELF_MACHINE,
                         .version = 1, .entry = ENTRY, .phoff = sizeof(*h), .ehsize = sizeof(*h),
                         .phentsize = sizeof(elf_phdr_t), .phnum = 1 };
    *(elf_phdr_t *)(file + sizeof(*h)) = (elf_phdr_t){ .type = PT_LOAD, .flags = 5, .offset = 0x1000,
                                                       .vaddr = TEXT_VADDR, .filesz = 32, .memsz = 0x2000,
                                                       .align = 0x1000 };
    for (int i = 0; i < 32; i++) {
        file[0x1000 + i] = file_byte(i);
    }
}

/* What RAM holds before boot: not zero, so that boot's clearing shows. */
#define RAM_FILL 0xaa

/* Boots with RAM from `ram_offset` bytes into the 4 MiB `block` to its end. */
static void boot(char *block, word_t ram_offset)
{
    current_thread = NULL;
    ram = block;
    memset(ram, RAM_FILL, BIT(RAM_BITS));
    make_file();
    static struct boot_memory memory;
    memset(&memory, 0, sizeof(memory));
    boot_memory_add(&memory, (paddr_t)ram + ram_offset, (paddr_t)ram + BIT(RAM_BITS));
    memory.root_task = (struct boot_region){ (paddr_t)file, (paddr_t)file + FILE_SIZE };
    boot_root_task(&memory);
    cnode = cap_object(current_thread->cspace_root.cap);
    bootinfo = cap_object(cnode[seL4_CapBootInfoFrame].cap);
}

static int setup(void **state)
{
    harness_setup(state);
    boot(test_alloc(RAM_BITS), 0);
    return 0;
}

/* RAM that starts 8 bytes into a 16-byte block. */
static int setup_unaligned_ram(void **state)
{
    harness_setup(state);
    boot(test_alloc(RAM_BITS), 8);
    return 0;
}

/* A kernel image in the middle of RAM. */
static int setup_kernel_in_ram(void **state)
{
    harness_setup(state);
    char *block = test_alloc(RAM_BITS);
    host_kernel_region = (struct boot_region){ (paddr_t)block + KERNEL_OFFSET,
                                               (paddr_t)block + KERNEL_OFFSET + KERNEL_SIZE };
    boot(block, 0);
    return 0;
}

#if WORD_BITS == 32
/* RAM from the kernel window's first byte, which no 64-bit host can map
 * (its window starts at address 0) but a 32-bit one can. */
static int setup_ram_at_window_start(void **state)
{
    static bool mapped;
    harness_setup(state);
    if (!mapped) {
        host_memory_map(KERNEL_WINDOW_PADDR, BIT(RAM_BITS), true);
        mapped = true;
    }
    boot((char *)KERNEL_WINDOW_PADDR, 0);
    return 0;
}
#endif

static int teardown(void **state)
{
    memset(asid_table, 0, sizeof(asid_table));
    current_thread = NULL;
    host_kernel_region = (struct boot_region){ 0, 0 };
    return harness_teardown(state);
}

static void test_fixed_capabilities(void **state)
{
    (void)state;
    cap_t root = cnode[seL4_CapInitThreadCNode].cap;
    assert_int_equal(cap_type(root), cap_cnode);
    assert_int_equal(root.cnode.radix, 12);
    assert_int_equal(root.cnode.guard_size, WORD_BITS - 12);
    assert_int_equal(root.cnode.guard, 0);
    assert_ptr_equal(cap_object(root), cnode);
    assert_true(cap_is_null(cnode[seL4_CapNull].cap));
    assert_int_equal(cap_type(cnode[seL4_CapIRQControl].cap), cap_irq_control);
    assert_int_equal(cap_type(cnode[seL4_CapDomain].cap), cap_domain);
    assert_int_equal(cap_type(cnode[seL4_CapASIDControl].cap), cap_asid_control);
    assert_int_equal(cap_type(cnode[seL4_CapInitThreadTCB].cap), cap_thread);
    assert_ptr_equal(cap_object(cnode[seL4_CapInitThreadTCB].cap), current_thread);

    cap_t vspace = cnode[seL4_CapInitThreadVSpace].cap, pool = cnode[seL4_CapInitThreadASIDPool].cap;
    assert_int_equal(cap_type(vspace), cap_vspace);
    assert_int_equal(vspace.vspace.asid, 1);
    assert_int_equal(cap_type(pool), cap_asid_pool);
    assert_int_equal(pool.asid_pool.asid_base, 0);
    assert_ptr_equal(asid_table[0], cap_object(pool));
    assert_ptr_equal(asid_lookup(1), cap_object(vspace));
    assert_int_equal(arch_log.root_init_count, 1);
    assert_ptr_equal(arch_log.root_init_last, cap_object(vspace));
    /* seL4 leaves slot 8 (IOSpace) and 12.. empty without those features. */
    for (word_t slot = seL4_CapIOSpace; slot < seL4_NumInitialCaps; slot++) {
        if (slot != seL4_CapBootInfoFrame && slot != seL4_CapInitThreadIPCBuffer && slot != seL4_CapDomain) {
            assert_true(cap_is_null(cnode[slot].cap));
        }
    }
}

static void test_the_thread(void **state)
{
    (void)state;
    struct tcb *t = current_thread;
    assert_string_equal(t->name, "rootserver");
    assert_int_equal(t->state, thread_running);
    assert_int_equal(arch_context_pc(&t->context), ENTRY);
    assert_int_equal(arch_context_cptr(&t->context), BI_VADDR);    /* the first argument's register */
    assert_int_equal(t->ipc_buffer, IPC_VADDR);
    assert_ptr_equal(thread_ipc_buffer(t), cap_object(cnode[seL4_CapInitThreadIPCBuffer].cap));
    /* The thread's own capabilities derive from the root CNode's. */
    assert_ptr_equal(mdb_prev(&t->cspace_root), &cnode[seL4_CapInitThreadCNode]);
    assert_ptr_equal(mdb_prev(&t->vspace_root), &cnode[seL4_CapInitThreadVSpace]);
    assert_int_equal(t->ipc_buffer_frame.cap.frame.asid, 0);
}

/* Where `vaddr` leads in the root task's VSpace. */
static void *user_page(vaddr_t vaddr)
{
    paddr_t paddr;
    assert_true(vspace_translate(cap_object(cnode[seL4_CapInitThreadVSpace].cap), vaddr, &paddr));
    return (void *)paddr;
}

static void test_address_space(void **state)
{
    (void)state;
    const seL4_SlotRegion frames = bootinfo->userImageFrames, paging = bootinfo->userImagePaging;
    assert_int_equal(paging.start, seL4_NumInitialCaps);
    assert_int_equal(paging.end, paging.start + BOOT_TABLES);
    for (word_t level = FIRST_TABLE_LEVEL; level <= LAST_LEVEL; level++) {
        cap_t table = cnode[paging.start + level - FIRST_TABLE_LEVEL].cap;
        assert_int_equal(table.table.level, KERNEL_LEVEL(level));
        assert_true(table.table.is_mapped);
        assert_int_equal(table.table.asid, 1);
    }
    assert_int_equal(frames.start, paging.end);
    assert_int_equal(frames.end, frames.start + 2);
    for (word_t i = 0; i < 2; i++) {
        cap_t frame = cnode[frames.start + i].cap;
        assert_int_equal(cap_frame_mapped_address(frame), TEXT_VADDR + i * 0x1000);
        assert_ptr_equal(user_page(TEXT_VADDR + i * 0x1000), cap_object(frame));
    }
    for (int i = 0; i < 32; i++) {
        assert_int_equal(((char *)user_page(TEXT_VADDR))[i], file_byte(i));
    }
    /* What the file gave, the thread may run. */
    assert_int_equal(arch_log.code_written_count, 1);
    assert_ptr_equal(arch_log.code_written_last, user_page(TEXT_VADDR));
    assert_int_equal(arch_log.code_written_bytes, 32);
    assert_true(all_zero((char *)user_page(TEXT_VADDR) + 32, 0x2000 - 32 - 0x1000));
    assert_true(all_zero(user_page(TEXT_VADDR + 0x1000), 0x1000));
    assert_ptr_equal(user_page(IPC_VADDR), cap_object(cnode[seL4_CapInitThreadIPCBuffer].cap));
    assert_ptr_equal(user_page(BI_VADDR), bootinfo);
    assert_int_equal(cap_frame_mapped_address(cnode[seL4_CapBootInfoFrame].cap), BI_VADDR);
}

static void test_bootinfo_and_untypeds(void **state)
{
    (void)state;
    const seL4_SlotRegion untyped = bootinfo->untyped;
    assert_int_equal(bootinfo->numNodes, 1);
    assert_int_equal(bootinfo->numIOPTLevels, BOOTINFO_IOPT_LEVELS);
    assert_int_equal((word_t)bootinfo->ipcBuffer, IPC_VADDR);
    assert_int_equal(bootinfo->initThreadCNodeSizeBits, 12);
    assert_int_equal(bootinfo->extraBIPages.start, bootinfo->extraBIPages.end);
    assert_int_equal(untyped.start, bootinfo->userImageFrames.end);
    assert_int_equal(bootinfo->empty.start, untyped.end);
    assert_int_equal(bootinfo->empty.end, 4096);

    word_t total = 0;
    for (word_t i = 0; i < untyped.end - untyped.start; i++) {
        const seL4_UntypedDesc *d = &bootinfo->untypedList[i];
        cap_t cap = cnode[untyped.start + i].cap;
        assert_int_equal(cap_type(cap), cap_untyped);
        assert_int_equal((word_t)cap_object(cap), d->paddr);
        assert_int_equal(cap.untyped.size_bits, d->sizeBits);
        assert_false(cap.untyped.is_device || d->isDevice);
        assert_true(IS_ALIGNED(d->paddr, d->sizeBits));
        if (i > 0) {
            assert_true(d->sizeBits <= bootinfo->untypedList[i - 1].sizeBits);   /* largest first */
        }
        total += BIT(d->sizeBits);
    }
    assert_int_equal(total, BIT(RAM_BITS) - boot_object_bytes());
    assert_no_console();
}

/* Boot clears none of the RAM it hands out, which would cost it a pass
 * over all of it: no untyped is clean, and the ELF file is still there. */
static void test_untypeds_are_not_clean(void **state)
{
    (void)state;
    for (word_t slot = bootinfo->untyped.start; slot < bootinfo->untyped.end; slot++) {
        assert_false(cnode[slot].cap.untyped.is_clean);
        assert_int_equal(cap_untyped_free_offset(cnode[slot].cap), 0);
    }
    assert_int_equal(arch_log.clear_count, 0);
    assert_int_equal(file[0x1000], file_byte(0));
}

/* So Retype clears what it makes of that RAM: an untyped of each one's
 * whole size, the ELF file's memory among them, is zero and clean. */
static void test_untypeds_hand_out_zero(void **state)
{
    (void)state;
    cte_t *root_cnode = &cnode[seL4_CapInitThreadCNode];
    word_t count = bootinfo->untyped.end - bootinfo->untyped.start;
    for (word_t i = 0; i < count; i++) {
        const seL4_UntypedDesc *d = &bootinfo->untypedList[i];
        const word_t args[] = { seL4_UntypedObject, d->sizeBits, 0, 0, bootinfo->empty.start + i, 1 };
        struct invocation inv = make_invocation(&cnode[bootinfo->untyped.start + i], UntypedRetype, args,
                                                ARRAY_SIZE(args), &root_cnode, 1);
        assert_int_equal(decode_untyped_invocation(&inv), seL4_NoError);
        cap_t child = cnode[bootinfo->empty.start + i].cap;
        assert_true(child.untyped.is_clean);
        assert_true(all_zero((void *)d->paddr, BIT(d->sizeBits)));
    }
    assert_int_equal(arch_log.clear_count, count);
    assert_true(all_zero(file, FILE_SIZE));
}

/* The bytes of RAM the untypeds hand out; none of them in [start, end). */
static word_t untyped_bytes_outside(paddr_t start, paddr_t end)
{
    word_t total = 0;
    for (word_t i = 0; i < bootinfo->untyped.end - bootinfo->untyped.start; i++) {
        const seL4_UntypedDesc *d = &bootinfo->untypedList[i];
        assert_true(d->paddr + BIT(d->sizeBits) <= start || d->paddr >= end);
        total += BIT(d->sizeBits);
    }
    return total;
}

/* Only the unaligned head, smaller than any untyped, is lost. */
static void test_unaligned_ram_start(void **state)
{
    (void)state;
    assert_int_equal(untyped_bytes_outside(0, 0), BIT(RAM_BITS) - 16 - boot_object_bytes());
    assert_int_equal(ram[8], (char)RAM_FILL);   /* no untyped's, so not cleared */
}

/* What arch_kernel_region() names is neither an untyped nor a boot object. */
static void test_kernel_region_kept(void **state)
{
    (void)state;
    paddr_t kernel = (paddr_t)ram + KERNEL_OFFSET;
    assert_int_equal(untyped_bytes_outside(kernel, kernel + KERNEL_SIZE),
                     BIT(RAM_BITS) - KERNEL_SIZE - boot_object_bytes());
}

#if WORD_BITS == 32
/* The window's first page is neither: its first byte packs as no object. */
static void test_window_first_page_kept(void **state)
{
    (void)state;
    assert_int_equal(untyped_bytes_outside(KERNEL_WINDOW_PADDR, KERNEL_WINDOW_PADDR + BIT(PAGE_BITS)),
                     BIT(RAM_BITS) - BIT(PAGE_BITS) - boot_object_bytes());
    assert_true((paddr_t)cnode >= KERNEL_WINDOW_PADDR + BIT(PAGE_BITS));
}
#endif

/* power_off() prints the root task's VSpace, as the dump call does, only
 * when the boot options ask for it. */
static void test_power_off_dump(void **state)
{
    (void)state;
    console_clear();
    expect_power_off(power_off(3));
    assert_int_equal(arch_log.power_off_status, 3);
    assert_no_console();

    vspace_dump(cnode[seL4_CapInitThreadVSpace].cap);
    char dump[4096];
    assert_true(strlen(console_text()) < sizeof(dump) - sizeof("VSpace at power-off:\n"));
    snprintf(dump, sizeof(dump), "VSpace at power-off:\n%s", console_text());
    assert_non_null(strstr(dump, "\nVSpace asid 1\n"));
    assert_non_null(strstr(dump, " -> frame "));
    console_clear();
    boot_options.dump_vspace_at_power_off = true;
    expect_power_off(power_off(0));
    boot_options.dump_vspace_at_power_off = false;
    assert_int_equal(arch_log.power_off_status, 0);
    assert_console(dump);
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_fixed_capabilities),
        TEST(test_the_thread),
        TEST(test_address_space),
        TEST(test_bootinfo_and_untypeds),
        TEST(test_untypeds_are_not_clean),
        TEST(test_untypeds_hand_out_zero),
        TEST(test_power_off_dump),
        cmocka_unit_test_setup_teardown(test_unaligned_ram_start, setup_unaligned_ram, teardown),
        cmocka_unit_test_setup_teardown(test_kernel_region_kept, setup_kernel_in_ram, teardown),
#if WORD_BITS == 32
        cmocka_unit_test_setup_teardown(test_window_first_page_kept, setup_ram_at_window_start, teardown),
#endif
    };
    return cmocka_run_group_tests_name("boot-root-task", tests, NULL, NULL);
}
