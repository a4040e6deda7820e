/*
 * Just enough of the flattened device tree to find RAM, the reg property
 * of the first node named memory or memory@..., in the root's
 * #address-cells and #size-cells (QEMU's virt machine: 2 and 2); and the
 * boot command line, /chosen's bootargs (QEMU's -append).  The tree's
 * fields are big-endian.
 */
#include <fdt.h>
#include <util.h>

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
    const char *rest = skip_prefix(a, b);
    return rest != NULL && *rest == '\0';
}

/* Whether a node called `name` is `wanted`: the same, or with a unit
 * address (memory@40000000). */
static bool node_is(const char *name, const char *wanted)
{
    const char *rest = skip_prefix(name, wanted);
    return rest != NULL && (*rest == '\0' || *rest == '@');
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

/* The value of the property `property` of the root (`node` "") or of the
 * first of its children called `node` that has one, and its length; NULL
 * if there is none, or no device tree at `dtb`. */
static const void *find_property(const void *dtb, const char *node, const char *property, word_t *length)
{
    const struct fdt_header *h = dtb;
    if (be32(&h->magic) != FDT_MAGIC) {
        return NULL;
    }
    const uint32_t *p = (const uint32_t *)((const char *)dtb + be32(&h->off_dt_struct));
    const char *strings = (const char *)dtb + be32(&h->off_dt_strings);
    word_t depth = 0;
    bool in_node = false;
    for (;;) {
        uint32_t token = be32(p++);
        if (token == FDT_BEGIN_NODE) {
            const char *name = (const char *)p;
            depth++;
            in_node = node[0] == '\0' ? depth == 1 : depth == 2 && node_is(name, node);
            word_t name_length = 0;
            while (name[name_length] != '\0') {
                name_length++;
            }
            p += (name_length + 4) / 4;
        } else if (token == FDT_END_NODE) {
            depth--;
            in_node = node[0] == '\0' && depth == 1;
        } else if (token == FDT_PROP) {
            word_t value_length = be32(p), name = be32(p + 1);
            const uint32_t *value = p + 2;
            p = value + (value_length + 3) / 4;
            if (in_node && streq(strings + name, property)) {
                *length = value_length;
                return value;
            }
        } else if (token != FDT_NOP) {          /* FDT_END, or something unreadable */
            return NULL;
        }
    }
}

/* A cell count property of the root, or the specification's default. */
static word_t root_cells(const void *dtb, const char *property, word_t fallback)
{
    word_t length;
    const uint32_t *value = find_property(dtb, "", property, &length);
    return value != NULL && length == 4 ? be32(value) : fallback;
}

bool fdt_find_memory(const void *dtb, paddr_t *base, word_t *size)
{
    word_t address_cells = root_cells(dtb, "#address-cells", 2), size_cells = root_cells(dtb, "#size-cells", 1);
    word_t length;
    const uint32_t *reg = find_property(dtb, "memory", "reg", &length);
    if (reg == NULL || length < (address_cells + size_cells) * 4) {
        return false;
    }
    return word_region(read_cells(reg, address_cells), read_cells(reg + address_cells, size_cells), base, size);
}

const char *fdt_find_bootargs(const void *dtb)
{
    word_t length;
    const char *bootargs = find_property(dtb, "chosen", "bootargs", &length);
    return bootargs != NULL && length > 0 && bootargs[length - 1] == '\0' ? bootargs : NULL;
}
