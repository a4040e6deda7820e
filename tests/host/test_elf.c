/*
 * elf_check() and elf_for_each_segment() (kernel/core/elf.c) on a small
 * image built here (ELF64, or ELF32 on a 32-bit machine), then on copies
 * with one or two fields patched.
 */
#include "harness.h"
#include <arch/memory.h>
#include <elf.h>

#define PT_NOTE 4

/*
 * The image: text at 0x401000 (32 bytes in the file, 0x1800 in memory),
 * data at 0x400100 (16 bytes), a note with absurd addresses (ignored) and
 * an empty load segment at 0x500000 (checked, but not part of the extent).
 * Extent 0x400000..0x403000.
 */
struct image {
    elf_header_t h;
    elf_phdr_t ph[4];
    uint8_t contents[48];
};

#define TEXT_VADDR 0x401000ul
#define DATA_VADDR 0x400100ul
#define ENTRY      0x401010ul

/* A program header (the two classes order its fields differently). */
#define SEGMENT(type_, flags_, offset_, vaddr_, filesz_, memsz_, align_)                                     \
    { .type = type_, .flags = flags_, .offset = offset_, .vaddr = vaddr_, .filesz = filesz_, .memsz = memsz_, \
      .align = align_ }

static struct image good(void)
{
    struct image image = {
        .h = { .ident = { 0x7f, 'E', 'L', 'F', ELF_CLASS, 1, 1 }, .type = 2, .machine = ARCH_ELF_MACHINE,
               .version = 1, .entry = ENTRY, .phoff = offsetof(struct image, ph), .ehsize = sizeof(elf_header_t),
               .phentsize = sizeof(elf_phdr_t), .phnum = 4 },
        .ph = {
            SEGMENT(PT_LOAD, 5, offsetof(struct image, contents), TEXT_VADDR, 32, 0x1800, 0x1000),
            SEGMENT(PT_LOAD, 6, offsetof(struct image, contents) + 32, DATA_VADDR, 16, 16, 0x1000),
            SEGMENT(PT_NOTE, 4, 0x7fffffff, KERNEL_ADDRESS, 0x1000000, 0x10, 8),
            SEGMENT(PT_LOAD, 6, offsetof(struct image, contents), 0x500000, 0, 0, 0x1000),   /* empty */
        },
    };
    for (size_t i = 0; i < sizeof(image.contents); i++) {
        image.contents[i] = (uint8_t)i;
    }
    return image;
}

static void test_accepts_a_good_image(void **state)
{
    (void)state;
    struct image image = good();
    struct elf_image extent;
    assert_true(elf_check(&image, sizeof(image), &extent));
    assert_int_equal(extent.low, 0x400000);
    assert_int_equal(extent.high, 0x403000);
    assert_int_equal(extent.entry, ENTRY);
}

static void test_accepts_edge_cases(void **state)
{
    (void)state;
    struct elf_image extent;
    struct image image = good();
    image.h.entry = 0x400000;                   /* first byte */
    assert_true(elf_check(&image, sizeof(image), &extent));
    image.h.entry = 0x402fff;                   /* last byte of the last page */
    assert_true(elf_check(&image, sizeof(image), &extent));

    image = good();
    image.ph[0].vaddr = USER_TOP - 0x1800;      /* ends exactly at USER_TOP */
    image.h.entry = USER_TOP - 0x1800;
    assert_true(elf_check(&image, sizeof(image), &extent));
    assert_int_equal(extent.high, USER_TOP + 1);

    image = good();
    image.ph[1].offset = sizeof(image) - 16;    /* contents end at the end of the file */
    assert_true(elf_check(&image, sizeof(image), &extent));
}

/* ---- Rejections: up to two patched fields ----------------------------- */

struct patch {
    size_t offset, size;
    uint64_t value;
};

#define PATCH(field, v) { offsetof(struct image, field), sizeof(((struct image *)0)->field), (v) }

#define REJECT(name_, ...) { .name = name_, .patch = { __VA_ARGS__ } }

struct reject_row {
    const char *name;
    struct patch patch[2];
    size_t size;                /* 0: the whole image */
};

static const struct reject_row rejects[] = {
    REJECT("magic byte 0", PATCH(h.ident[0], 0x7e)),
    REJECT("magic byte 3", PATCH(h.ident[3], 'G')),
    REJECT("the other class", PATCH(h.ident[4], ELF_CLASS == 2 ? 1 : 2)),
    REJECT("i386's machine (ARM's on ia32)", PATCH(h.machine, ARCH_ELF_MACHINE == 3 ? 40 : 3)),
    REJECT("x86_64's machine (AArch64's on x86_64)", PATCH(h.machine, ARCH_ELF_MACHINE == 62 ? 183 : 62)),
    REJECT("program header size", PATCH(h.phentsize, sizeof(elf_phdr_t) - 8)),
    REJECT("program headers at the end", PATCH(h.phoff, sizeof(struct image))),
    REJECT("program headers past the end", PATCH(h.phoff, (word_t)-8)),
    REJECT("too many program headers", PATCH(h.phnum, 6)),
    { .name = "file shorter than the header", .size = sizeof(elf_header_t) - 1 },
    { .name = "file shorter than the program headers", .size = offsetof(struct image, ph[3]) + 8 },
    REJECT("segment above USER_TOP", PATCH(ph[0].vaddr, BEYOND_USER)),
    REJECT("segment in the kernel", PATCH(ph[1].vaddr, KERNEL_ADDRESS)),
    REJECT("segment across USER_TOP", PATCH(ph[0].vaddr, BEYOND_USER - 0x1000)),
    REJECT("segment wrapping around", PATCH(ph[0].vaddr, 0x1000), PATCH(ph[0].memsz, ~0ul - 0x800)),
    REJECT("filesz > memsz", PATCH(ph[0].memsz, 31)),
    REJECT("filesz > memsz at the end of the file", PATCH(ph[1].filesz, 17)),
    REJECT("offset past the end", PATCH(ph[1].offset, sizeof(struct image) + 1)),
    REJECT("contents past the end", PATCH(ph[1].offset, sizeof(struct image) - 15)),
    REJECT("filesz past the end", PATCH(ph[0].filesz, 0x1000)),
    REJECT("filesz wrapping around", PATCH(ph[0].filesz, ~0ul), PATCH(ph[0].memsz, ~0ul)),
    REJECT("entry below the image", PATCH(h.entry, 0x3fffff)),
    REJECT("entry at the end", PATCH(h.entry, 0x403000)),
    REJECT("entry far away", PATCH(h.entry, 0)),
    REJECT("no load segments", PATCH(ph[0].type, PT_NOTE), PATCH(ph[1].type, PT_NOTE)),
    REJECT("only empty load segments", PATCH(ph[0].memsz, 0), PATCH(ph[1].memsz, 0)),
    REJECT("program headers misaligned", PATCH(h.phoff, offsetof(struct image, ph) + 1)),
    REJECT("empty load segment with contents outside the file", PATCH(ph[1].memsz, 0),
           PATCH(ph[1].offset, 0x7fffffff)),
};

static void apply(struct image *image, const struct patch *patch)
{
    if (patch->size == 0) {
        return;
    }
    assert_true(patch->size <= sizeof(patch->value));
    memcpy((char *)image + patch->offset, &patch->value, patch->size);    /* little-endian host */
}

static void test_rejects_malformed_images(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_SIZE(rejects); i++) {
        const struct reject_row *row = &rejects[i];
        struct image image = good();
        struct elf_image extent;
        print_message("reject: %s\n", row->name);
        apply(&image, &row->patch[0]);
        apply(&image, &row->patch[1]);
        assert_false(elf_check(&image, row->size ? row->size : sizeof(image), &extent));
    }
}

/* ---- Segments --------------------------------------------------------- */

struct copy_log {
    int count;
    vaddr_t vaddr[4];
    const void *data[4];
    word_t size[4];
};

static void record_copy(vaddr_t vaddr, const void *data, word_t size, void *context)
{
    struct copy_log *log = context;
    assert_true(log->count < 4);
    log->vaddr[log->count] = vaddr;
    log->data[log->count] = data;
    log->size[log->count] = size;
    log->count++;
}

static void test_for_each_segment(void **state)
{
    (void)state;
    struct image image = good();
    struct copy_log log = { 0 };
    elf_for_each_segment(&image, record_copy, &log);
    assert_int_equal(log.count, 2);
    assert_int_equal(log.vaddr[0], TEXT_VADDR);
    assert_ptr_equal(log.data[0], image.contents);
    assert_int_equal(log.size[0], 32);
    assert_int_equal(log.vaddr[1], DATA_VADDR);
    assert_ptr_equal(log.data[1], image.contents + 32);
    assert_int_equal(log.size[1], 16);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_accepts_a_good_image),
        cmocka_unit_test(test_accepts_edge_cases),
        cmocka_unit_test(test_rejects_malformed_images),
        cmocka_unit_test(test_for_each_segment),
    };
    return cmocka_run_group_tests_name("elf", tests, NULL, NULL);
}
