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

/* CNode operations on the slot (index, depth) of the invoked CNode. */
static inline seL4_Error seL4_PagodaCNodeSlotOperation(seL4_CNode service, seL4_Word label, seL4_Word index,
                                                       seL4_Uint8 depth)
{
    seL4_Word mr[4] = { index, depth };
    return seL4_PagodaInvokeError(service, label, 0, 2, mr);
}

static inline seL4_Error seL4_CNode_Revoke(seL4_CNode service, seL4_Word index, seL4_Uint8 depth)
{
    return seL4_PagodaCNodeSlotOperation(service, CNodeRevoke, index, depth);
}

static inline seL4_Error seL4_CNode_Delete(seL4_CNode service, seL4_Word index, seL4_Uint8 depth)
{
    return seL4_PagodaCNodeSlotOperation(service, CNodeDelete, index, depth);
}

static inline seL4_Error seL4_CNode_CancelBadgedSends(seL4_CNode service, seL4_Word index, seL4_Uint8 depth)
{
    return seL4_PagodaCNodeSlotOperation(service, CNodeCancelBadgedSends, index, depth);
}

static inline seL4_Error seL4_CNode_SaveCaller(seL4_CNode service, seL4_Word index, seL4_Uint8 depth)
{
    return seL4_PagodaCNodeSlotOperation(service, CNodeSaveCaller, index, depth);
}

/* Copy, Mint, Move and Mutate: dest slot, source slot, then `extra` words. */
static inline seL4_Error seL4_PagodaCNodeTransfer(seL4_CNode service, seL4_Word label, seL4_Word dest_index,
                                                  seL4_Uint8 dest_depth, seL4_CNode src_root, seL4_Word src_index,
                                                  seL4_Uint8 src_depth, seL4_Word extra, seL4_Word mr4,
                                                  seL4_Word mr5)
{
    seL4_Word mr[4] = { dest_index, dest_depth, src_index, src_depth };
    seL4_SetCap(0, src_root);
    seL4_SetMR(4, mr4);
    seL4_SetMR(5, mr5);
    return seL4_PagodaInvokeError(service, label, 1, 4 + extra, mr);
}

static inline seL4_Error seL4_CNode_Copy(seL4_CNode service, seL4_Word dest_index, seL4_Uint8 dest_depth,
                                         seL4_CNode src_root, seL4_Word src_index, seL4_Uint8 src_depth,
                                         seL4_CapRights_t rights)
{
    return seL4_PagodaCNodeTransfer(service, CNodeCopy, dest_index, dest_depth, src_root, src_index, src_depth, 1,
                                    rights.words[0], 0);
}

static inline seL4_Error seL4_CNode_Mint(seL4_CNode service, seL4_Word dest_index, seL4_Uint8 dest_depth,
                                         seL4_CNode src_root, seL4_Word src_index, seL4_Uint8 src_depth,
                                         seL4_CapRights_t rights, seL4_Word badge)
{
    return seL4_PagodaCNodeTransfer(service, CNodeMint, dest_index, dest_depth, src_root, src_index, src_depth, 2,
                                    rights.words[0], badge);
}

static inline seL4_Error seL4_CNode_Move(seL4_CNode service, seL4_Word dest_index, seL4_Uint8 dest_depth,
                                         seL4_CNode src_root, seL4_Word src_index, seL4_Uint8 src_depth)
{
    return seL4_PagodaCNodeTransfer(service, CNodeMove, dest_index, dest_depth, src_root, src_index, src_depth, 0,
                                    0, 0);
}

static inline seL4_Error seL4_CNode_Mutate(seL4_CNode service, seL4_Word dest_index, seL4_Uint8 dest_depth,
                                           seL4_CNode src_root, seL4_Word src_index, seL4_Uint8 src_depth,
                                           seL4_Word badge)
{
    return seL4_PagodaCNodeTransfer(service, CNodeMutate, dest_index, dest_depth, src_root, src_index, src_depth, 1,
                                    badge, 0);
}

static inline seL4_Error seL4_CNode_Rotate(seL4_CNode service, seL4_Word dest_index, seL4_Uint8 dest_depth,
                                           seL4_CNode pivot_root, seL4_Word pivot_index, seL4_Uint8 pivot_depth,
                                           seL4_Word pivot_badge, seL4_CNode src_root, seL4_Word src_index,
                                           seL4_Uint8 src_depth, seL4_Word src_badge)
{
    seL4_Word mr[4] = { dest_index, dest_depth, pivot_badge, pivot_index };
    seL4_SetCap(0, pivot_root);
    seL4_SetCap(1, src_root);
    seL4_SetMR(4, pivot_depth);
    seL4_SetMR(5, src_badge);
    seL4_SetMR(6, src_index);
    seL4_SetMR(7, src_depth);
    return seL4_PagodaInvokeError(service, CNodeRotate, 2, 8, mr);
}

/*
 * The shapes of the VM invocations every architecture has, which its
 * stubs (sel4/arch/client.h, sel4/sel4_arch/client.h) give their names.
 */
static inline seL4_Error seL4_PagodaTableMap(seL4_CPtr service, seL4_Word label, seL4_CPtr vspace, seL4_Word vaddr,
                                             seL4_Word attr)
{
    seL4_Word mr[4] = { vaddr, attr };
    seL4_SetCap(0, vspace);
    return seL4_PagodaInvokeError(service, label, 1, 2, mr);
}

static inline seL4_Error seL4_PagodaPageMap(seL4_CPtr service, seL4_Word label, seL4_CPtr vspace, seL4_Word vaddr,
                                            seL4_CapRights_t rights, seL4_Word attr)
{
    seL4_Word mr[4] = { vaddr, rights.words[0], attr };
    seL4_SetCap(0, vspace);
    return seL4_PagodaInvokeError(service, label, 1, 3, mr);
}

static inline seL4_Error seL4_PagodaNoArguments(seL4_CPtr service, seL4_Word label)
{
    seL4_Word mr[4] = { 0 };
    return seL4_PagodaInvokeError(service, label, 0, 0, mr);
}

/* GetAddress: the error, and the frame's physical address in *paddr. */
static inline int seL4_PagodaGetAddress(seL4_CPtr service, seL4_Word label, seL4_Word *paddr)
{
    seL4_Word mr[4] = { 0 };
    seL4_MessageInfo_t reply = seL4_PagodaInvoke(service, label, 0, 0, mr);
    *paddr = mr[0];
    return (int)seL4_MessageInfo_get_label(reply);
}

static inline seL4_Error seL4_PagodaMakePool(seL4_CPtr service, seL4_Word label, seL4_Untyped untyped,
                                             seL4_CNode root, seL4_Word index, seL4_Uint8 depth)
{
    seL4_Word mr[4] = { index, depth };
    seL4_SetCap(0, untyped);
    seL4_SetCap(1, root);
    return seL4_PagodaInvokeError(service, label, 2, 2, mr);
}

static inline seL4_Error seL4_PagodaAssign(seL4_CPtr service, seL4_Word label, seL4_CPtr vspace)
{
    seL4_Word mr[4] = { 0 };
    seL4_SetCap(0, vspace);
    return seL4_PagodaInvokeError(service, label, 1, 0, mr);
}

#include <sel4/sel4_arch/client.h>
#include <sel4/arch/client.h>

#endif
