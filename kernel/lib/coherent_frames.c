/* For the architectures whose caches need nothing when a new frame is
 * zeroed: x86's CPUs snoop their caches on uncached accesses, and RISC-V
 * has no memory types for a user to choose. */
#include <arch_api.h>

void arch_frame_zeroed(void *frame, word_t bytes)
{
    (void)frame;
    (void)bytes;
}
