/*
 * Just enough of the flattened device tree to find RAM: the reg property
 * of the first node named memory or memory@..., in the root's
 * #address-cells and #size-cells (QEMU's virt machine: 2 and 2).  The
 * tree's fields are big-endian.
 */
#include <fdt.h>

#define FDT_MAGIC      0xd00dfeed
#define FDT_BEGIN_NODE 1
#define FDT_END_NODE   2
#define FDT_PROP       3
#define FDT_NOP        4

struct fdt_header {
    uint32_t magic, totalsize, off_dt_struct, off_dt_strings, off_mem_rsvmap, version;
    uint32_t last_comp_version, boot_cpuid_phys, size_dt_strings, size_dt_struct;
};

static uint32_t be32(const void *p)
{
    const uint8_t *b = p;
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

/* A number of `cells` 32-bit cells (at most two), wider than a word on
 * 32-bit machines. */
static uint64_t read_cells(const uint32_t *p, word_t cells)
{
    uint64_t value = 0;
    for (word_t i = 0; i < cells; i++) {
        value = value << 32 | be32(&p[i]);
    }
    return value;
}

static bool streq(const char *a, const char *b)
{
    while (*a != '\0' && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static bool is_memory_node(const char *name)
{
    const char *m = "memory";
    while (*m != '\0' && *name == *m) {
        name++;
        m++;
    }
    return *m == '\0' && (*name == '\0' || *name == '@');
}

/* The part of the region [base, base + size) a word can address. */
static bool word_region(uint64_t base, uint64_t size, paddr_t *start, word_t *length)
{
    uint64_t word_max = (word_t)-1;
    if (base > word_max) {
        return false;
    }
    *start = (paddr_t)base;
    *length = (word_t)(size < word_max - base ? size : word_max - base);
    return true;
}

bool fdt_find_memory(const void *dtb, paddr_t *base, word_t *size)
{
    const struct fdt_header *h = dtb;
    if (be32(&h->magic) != FDT_MAGIC) {
        return false;
    }
    const uint32_t *p = (const uint32_t *)((const char *)dtb + be32(&h->off_dt_struct));
    const char *strings = (const char *)dtb + be32(&h->off_dt_strings);
    word_t depth = 0, address_cells = 2, size_cells = 1;
    bool in_memory = false;
    for (;;) {
        uint32_t token = be32(p++);
        if (token == FDT_BEGIN_NODE) {
            const char *name = (const char *)p;
            in_memory = ++depth == 2 && is_memory_node(name);
            word_t length = 0;
            while (name[length] != '\0') {
                length++;
            }
            p += (length + 4) / 4;
        } else if (token == FDT_END_NODE) {
            depth--;
            in_memory = false;
        } else if (token == FDT_PROP) {
            word_t length = be32(p), name = be32(p + 1);
            const uint32_t *value = p + 2;
            p = value + (length + 3) / 4;
            if (depth == 1 && streq(strings + name, "#address-cells")) {
                address_cells = be32(value);
            } else if (depth == 1 && streq(strings + name, "#size-cells")) {
                size_cells = be32(value);
            } else if (in_memory && streq(strings + name, "reg")) {
                return word_region(read_cells(value, address_cells), read_cells(value + address_cells, size_cells),
                                   base, size);
            }
        } else if (token != FDT_NOP) {          /* FDT_END, or something unreadable */
            return false;
        }
    }
}
