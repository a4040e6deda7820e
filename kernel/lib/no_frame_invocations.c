/* For the architectures whose frames answer seL4's common invocations
 * alone (Map, Unmap, GetAddress): every other frame label is illegal. */
#include <invocation.h>
#include <printf.h>

seL4_Error arch_decode_frame_invocation(struct invocation *inv)
{
    user_error("%s: illegal operation (label %lu)", arch_frame_name, inv->label);
    return seL4_IllegalOperation;
}
