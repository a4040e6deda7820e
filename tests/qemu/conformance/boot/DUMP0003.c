/* A machine of its own: the case prints the VSpace dump. */
#include <pagoda/syscalls.h>
#include "harness.h"

CASE(DUMP0003, "pagoda-dump 7.3-pool", "a VSpace whose pool is gone is dead: the dump does not walk it")
{
    seL4_CPtr untyped, pool = new_asid_pool(&untyped);
    seL4_CPtr vspace = new_vspace(pool);
    table_at(FIRST_TABLE_LEVEL, vspace, new_region());
    delete_cap(pool);
    pagoda_debug_dump_vspace(vspace);
}
