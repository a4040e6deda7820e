#include "input.h"

#include <arch/memory.h>
#include <sel4/objecttype.h>
#include <sel4/shared_types.h>
#include <sel4/types.h>

#include "arch_names.h"
#include "root_task_env.h"

bool input_left(const struct input *in)
{
    return in->next < in->size;
}

uint8_t take_byte(struct input *in)
{
    return input_left(in) ? in->data[in->next++] : 0;
}

word_t take_bytes(struct input *in, unsigned count)
{
    uint64_t value = 0;
    for (unsigned i = 0; i < count; i++) {
        value |= (uint64_t)take_byte(in) << (8 * i);
    }
    return (word_t)value;
}

/* The tag, or the raw word after TAG_RAW. */
static word_t tag_or_raw(struct input *in, uint8_t tag)
{
    return tag == TAG_RAW ? take_bytes(in, 8) : tag;
}

/* ---- Virtual addresses ------------------------------------------------------ */

static const word_t vaddr_bases[16] = {
    0,
    ROOT_TASK_IMAGE_VADDR,                  /* the image, then the IPC buffer and BootInfo */
    ROOT_TASK_IMAGE_VADDR + 0x1000,
    ROOT_TASK_IMAGE_VADDR + 0x2000,
    TUTORIAL_VADDR,                         /* the mapping tutorial's */
    BIT(21),
    BIT(30),
    BIT(ROOT_ENTRY_BITS),                   /* the root's second slot */
    USER_TOP + 1 - BIT(ROOT_ENTRY_BITS),    /* the root's last slot of user memory */
    USER_TOP + 1 - BIT(30),
    USER_TOP + 1 - BIT(21),
    USER_TOP + 1 - BIT(12),
    USER_TOP + 1,                           /* non-canonical, or the kernel's */
    KERNEL_ADDRESS,                         /* in the kernel's half */
    (word_t)0 - BIT(31),                    /* the last 2 GiB of the address space */
    0xdeadbeeful,                           /* unaligned for every frame size */
};

static word_t recent_vaddrs[8];
static unsigned recent_count;

void forget_vaddrs(void)
{
    recent_count = 0;
}

static word_t remember_vaddr(word_t vaddr)
{
    recent_vaddrs[recent_count++ % ARRAY_SIZE(recent_vaddrs)] = vaddr;
    return vaddr;
}

/*
 * Tag bits 0-3 pick a base, bits 4-5 a step (4 KiB, 2 MiB, 1 GiB, a root
 * entry's: 512 GiB below a level-1 table);
 * bit 6: a signed byte follows, the number of steps from the base; bit 7:
 * a byte follows, added as an unaligned offset.  Tags from 0xe0 reuse an
 * address chosen before, so that maps collide, remap and unmap.
 */
word_t choose_vaddr(struct input *in)
{
    static const unsigned step_bits[] = { 12, 21, 30, ROOT_ENTRY_BITS };
    uint8_t tag = take_byte(in);
    if (tag == TAG_RAW) {
        return remember_vaddr(take_bytes(in, 8));
    }
    if (tag >= 0xe0 && recent_count > 0) {
        unsigned known = recent_count < ARRAY_SIZE(recent_vaddrs) ? recent_count : ARRAY_SIZE(recent_vaddrs);
        return recent_vaddrs[(tag - 0xe0) % known];
    }
    word_t vaddr = vaddr_bases[tag & 0xf];
    word_t step = BIT(step_bits[(tag >> 4) & 3]);
    if (tag & 0x40) {
        vaddr += (word_t)(int8_t)take_byte(in) * step;
    }
    if (tag & 0x80) {
        vaddr += take_byte(in);
    }
    return remember_vaddr(vaddr);
}

/* ---- Rights, attributes, data ----------------------------------------------- */

word_t choose_rights(struct input *in)
{
    static const word_t rights[] = { 0xf, 0x3, 0x2, 0x1, 0x0, 0x7, 0xb, 0x6 };
    uint8_t tag = take_byte(in);
    return tag < 0xf0 ? rights[tag % ARRAY_SIZE(rights)] : tag_or_raw(in, tag);
}

word_t choose_attributes(struct input *in)
{
    uint8_t tag = take_byte(in);
    return tag < 0xf0 ? tag & 7u : tag_or_raw(in, tag);
}

/*
 * Tags below 0x40: a guard of that many zero bits; to 0x7f: a guard of
 * tag & 7 bits whose value is the next byte; to 0xfe: a badge.
 */
word_t choose_cap_data(struct input *in)
{
    uint8_t tag = take_byte(in);
    if (tag < 0x40) {
        return seL4_CNode_CapData_new(0, tag).words[0];
    }
    if (tag < 0x80) {
        return seL4_CNode_CapData_new(take_byte(in), tag & 7).words[0];
    }
    return tag == TAG_RAW ? take_bytes(in, 8) : (word_t)tag - 0x80;
}

/* ---- Retype ------------------------------------------------------------------ */

/* Tags to 0xef: a valid type; to 0xfe: just past them. */
word_t choose_object_type(struct input *in)
{
    uint8_t tag = take_byte(in);
    if (tag < 0xf0) {
        return tag % seL4_ObjectTypeCount;
    }
    return tag == TAG_RAW ? take_bytes(in, 8) : seL4_ObjectTypeCount + (word_t)(tag - 0xf0);
}

word_t choose_size_bits(struct input *in)
{
    uint8_t tag = take_byte(in);
    return tag < 0xf0 ? tag % 32u : tag_or_raw(in, tag);
}

word_t choose_object_count(struct input *in)
{
    static const word_t counts[] = { 1, 1, 1, 1, 2, 3, 4, 16, 0, 256, 257 };
    uint8_t tag = take_byte(in);
    return tag < 0xf0 ? counts[tag % ARRAY_SIZE(counts)] : tag_or_raw(in, tag);
}
