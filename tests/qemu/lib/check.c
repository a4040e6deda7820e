#include "check.h"
#include <stdio.h>

static const char *const error_names[] = {
    "seL4_NoError", "seL4_InvalidArgument", "seL4_InvalidCapability", "seL4_IllegalOperation",
    "seL4_RangeError", "seL4_AlignmentError", "seL4_FailedLookup", "seL4_TruncatedMessage",
    "seL4_DeleteFirst", "seL4_RevokeFirst", "seL4_NotEnoughMemory",
};

seL4_Word table_type(int level)
{
    static const seL4_Word types[] = {
#if FIRST_TABLE_LEVEL == 1
        [1] = L1_TABLE_OBJECT,
#endif
#if FIRST_TABLE_LEVEL <= 2
        [2] = L2_TABLE_OBJECT,
#endif
        [3] = L3_TABLE_OBJECT,
    };
    return types[level];
}

const char *error_name(seL4_Error error)
{
    return (unsigned)error < ARRAY_SIZE(error_names) ? error_names[error] : "an unknown error";
}

const char *outcome_differs(seL4_Error got, struct outcome want)
{
    static char problem[200];
    if (got != want.error) {
        snprintf(problem, sizeof(problem), "got %s (%d), expected %s", error_name(got), (int)got,
                 error_name(want.error));
        return problem;
    }
    for (int i = 0; i < want.mrs; i++) {
        seL4_Word mr = seL4_GetMR(i);
        if (mr != want.mr[i]) {
            snprintf(problem, sizeof(problem), "%s with MR%d = %lu, expected %lu", error_name(got), i, mr,
                     want.mr[i]);
            return problem;
        }
    }
    return NULL;
}

void load_message(const struct message *m)
{
    for (unsigned i = 0; i < ARRAY_SIZE(m->mr); i++) {
        seL4_SetMR(i, m->mr[i]);
    }
    for (unsigned i = 0; i < ARRAY_SIZE(m->caps); i++) {
        seL4_SetCap(i, m->caps[i]);
    }
}

seL4_Error call_message_info(seL4_CPtr service, const struct message *m, seL4_MessageInfo_t info)
{
    load_message(m);
    return (seL4_Error)seL4_MessageInfo_get_label(seL4_Call(service, info));
}

seL4_Error call_message(seL4_CPtr service, const struct message *m)
{
    return call_message_info(service, m, seL4_MessageInfo_new(m->label, 0, m->extra_caps, m->length));
}
