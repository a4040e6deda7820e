/*
 * Invocation stubs: each sends a labelled message to a capability with
 * seL4_Call and returns the error the kernel replies with.
 */
#ifndef SEL4_CLIENT_H
#define SEL4_CLIENT_H

#include <sel4/invocation.h>
#include <sel4/syscalls.h>

/*
 * Invokes `service` with `label`, `extra_caps` capabilities already set with
 * seL4_SetCap, and `length` message registers: mr[0..3] travel in registers,
 * later ones must already be in the IPC buffer.  Returns the reply, with
 * its register MRs back in mr[].  On an error they are also copied to the
 * IPC buffer, so that seL4_GetMR() (and seL4_MappingFailedLookupLevel())
 * read the error's details, as with seL4's own stubs.
 */
static inline seL4_MessageInfo_t seL4_PagodaInvoke(seL4_CPtr service, seL4_Word label, seL4_Word extra_caps,
                                                   seL4_Word length, seL4_Word mr[4])
{
    seL4_MessageInfo_t reply = seL4_CallWithMRs(service, seL4_MessageInfo_new(label, 0, extra_caps, length),
                                                &mr[0], &mr[1], &mr[2], &mr[3]);
    if (seL4_MessageInfo_get_label(reply) != seL4_NoError) {
        for (int i = 0; i < seL4_FastMessageRegisters; i++) {
            seL4_SetMR(i, mr[i]);
        }
    }
    return reply;
}

static inline seL4_Error seL4_PagodaInvokeError(seL4_CPtr service, seL4_Word label, seL4_Word extra_caps,
                                                seL4_Word length, seL4_Word mr[4])
{
    return (seL4_Error)seL4_MessageInfo_get_label(seL4_PagodaInvoke(service, label, extra_caps, length, mr));
}

static inline seL4_Error seL4_Untyped_Retype(seL4_Untyped service, seL4_Word type, seL4_Word size_bits,
                                             seL4_CNode root, seL4_Word node_index, seL4_Word node_depth,
                                             seL4_Word node_offset, seL4_Word num_objects)
{
    seL4_Word mr[4] = { type, size_bits, node_index, node_depth };
    seL4_SetCap(0, root);
    seL4_SetMR(4, node_offset);
    seL4_SetMR(5, num_objects);
    return seL4_PagodaInvokeError(service, UntypedRetype, 1, 6, mr);
}

#include <sel4/sel4_arch/client.h>
#include <sel4/arch/client.h>

#endif
