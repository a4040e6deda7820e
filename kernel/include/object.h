#ifndef OBJECT_H
#define OBJECT_H

#include <cap.h>

/* What Retype makes for an object type. */
struct object_kind {
    enum cap_type cap;
    word_t size_bits;       /* object size; for variable-size types, from the caller */
    word_t detail;          /* frame size index, table type, or CNode radix */
};

/*
 * Describes object type `type` created with `user_size_bits` (ignored for
 * fixed-size types).  Returns false if there is no such type.
 */
bool object_kind(word_t type, word_t user_size_bits, struct object_kind *kind);

/* Whether a device untyped may be retyped into this kind. */
static inline bool object_kind_allowed_on_device(const struct object_kind *kind)
{
    return kind->cap == cap_frame || kind->cap == cap_untyped;
}

/* Initialises a new object at `memory` and returns its capability.  The
 * memory is already zero (a clean untyped's free memory, or cleared by
 * Retype), unless it is device memory, which is left as it is: a new RAM
 * untyped is therefore clean. */
cap_t object_create(const struct object_kind *kind, void *memory, bool is_device);

/* Makes all of the untyped in `slot`, which has no children, free again:
 * sets its free offset to 0, after clearing the part it handed out if it
 * is clean (so that it stays clean). */
void untyped_reset(struct cte *slot);

/* The capability type's name, for debug messages. */
const char *cap_type_name(enum cap_type type);

/* log2 of the size of the memory the capability names; 0 if it names none. */
word_t cap_object_size_bits(cap_t cap);

/* Whether `b` names something inside what `a` names (for untyped: inside
 * its memory), which is how the derivation tree recognises a child. */
bool cap_same_region(cap_t a, cap_t b);

/* Whether `a` and `b` name the same object. */
bool cap_same_object(cap_t a, cap_t b);

#endif
