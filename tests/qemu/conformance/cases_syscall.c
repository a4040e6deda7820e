/* How invocations reach the kernel and how replies come back. */
#include "harness.h"

CASE(SYSCALL0001, "pagoda-send", "a refused invocation sent with Send: no reply, the message registers stay")
{
    seL4_CPtr untyped = new_untyped(12), slot = new_slot();
    struct message bad_type = { UntypedRetype, 1, 6, { ROOT }, { 0xdead, 0, 0, 0, slot, 1 } };
    load_message(&bad_type);
    seL4_Send(untyped, seL4_MessageInfo_new(UntypedRetype, 0, 1, 6));
    EXPECT(seL4_GetMR(0) == 0xdead);
    load_message(&bad_type);
    seL4_NBSend(untyped, seL4_MessageInfo_new(UntypedRetype, 0, 1, 6));
    EXPECT(seL4_GetMR(0) == 0xdead);
}

CASE(SYSCALL0002, "pagoda-send", "a good invocation sent with Send is performed")
{
    seL4_CPtr untyped = new_untyped(12), slot = new_slot();
    struct message retype = { UntypedRetype, 1, 6, { ROOT }, { FRAME_OBJECT, 0, 0, 0, slot, 1 } };
    load_message(&retype);
    seL4_Send(untyped, seL4_MessageInfo_new(UntypedRetype, 0, 1, 6));
    expect(page_get_address(slot).error, NO_ERROR);
}

CASE(SYSCALL0003, "2.6.3-1", "a message longer than 120 words is clipped; unused extra caps are ignored")
{
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0);
    struct message m = { PAGE_GET_ADDRESS_LABEL, 3, 127, { ROOT, ROOT, ROOT }, { 0 } };
    expect(call_message(frame, &m), NO_ERROR);
    EXPECT(seL4_GetMR(0) != 0 && seL4_GetMR(0) % PAGE_SIZE == 0);
}

CASE(SYSCALL0004, "8.1-16", "Retype's fifth and sixth words come from the IPC buffer")
{
    seL4_CPtr untyped = new_untyped(13), first = new_slot();
    new_slot();
    struct message m = { UntypedRetype, 1, 6, { ROOT }, { FRAME_OBJECT, 0, 0, 0, first, 2 } };
    expect(call_message(untyped, &m), NO_ERROR);
    expect(page_get_address(first + 1).error, NO_ERROR);
}

CASE(SYSCALL0005, "2.7.2-0", "an empty slot -> InvalidCapability 0 whatever the label")
{
    struct message m = { PAGE_MAP_LABEL, 1, 3, { VSPACE }, { 0, 0, 0 } };
    expect(call_message(new_slot(), &m), INVALID_CAPABILITY(0));
    m.label = 0x12345;
    expect(call_message(new_slot(), &m), INVALID_CAPABILITY(0));
}
