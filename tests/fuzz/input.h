/*
 * Reading the fuzz input: bytes, and values chosen by them.
 *
 * Every value starts with a tag byte.  Most tags pick a value that means
 * something to the kernel (a valid object type, an address on a table
 * boundary, a guard that fits ...), so that a mutated input still gets past
 * the first checks; the tag 0xff is followed by a raw little-endian word
 * (or fields, where said) for everything else.  Past the end of the input
 * every byte reads as 0.
 */
#ifndef FUZZ_INPUT_H
#define FUZZ_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include <types.h>

#define TAG_RAW 0xff

struct input {
    const uint8_t *data;
    size_t size;
    size_t next;
};

bool input_left(const struct input *in);
uint8_t take_byte(struct input *in);
/* Little-endian, count <= 8: a word's worth (the low bytes on a 32-bit machine). */
word_t take_bytes(struct input *in, unsigned count);

/* A virtual address near something interesting: a mapped page of the root
 * task, a table boundary, the top of user memory, the kernel half, a
 * non-canonical address; or one chosen earlier in this input. */
word_t choose_vaddr(struct input *in);

/* Forgets the addresses chosen so far (for a new input). */
void forget_vaddrs(void);

/* seL4_CapRights_t words: all, read-write, read, write, none, ... */
word_t choose_rights(struct input *in);

/* The architecture's VM attributes: the three defined bits. */
word_t choose_attributes(struct input *in);

/* Badge or CNode guard data, for Mint, Mutate and Rotate. */
word_t choose_cap_data(struct input *in);

/* An object type for Untyped_Retype, and its size in bits. */
word_t choose_object_type(struct input *in);
word_t choose_size_bits(struct input *in);

/* How many objects one Retype makes. */
word_t choose_object_count(struct input *in);

#endif
