/* Constants shared by the entry assembly and C (usable from assembly). */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

/* sizeof(struct user_context): the PC, then x1..x31. */
#define CONTEXT_SIZE (32 * 8)

#endif
