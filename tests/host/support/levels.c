#include "levels.h"

const struct test_table_type test_table_types[LAST_LEVEL + 1] = {
/* Only where a level-1 table goes below the root, and its type is fixed
 * to level 1. */
#if FIRST_TABLE_LEVEL == 1
    [1] = { L1_TABLE_NAME, L1_TABLE_OBJECT, L1_TABLE_MAP_LABEL, L1_TABLE_UNMAP_LABEL, true },
#endif
/* Only where a level-2 table goes below the root. */
#if FIRST_TABLE_LEVEL <= 2
    [2] = { L2_TABLE_NAME, L2_TABLE_OBJECT, L2_TABLE_MAP_LABEL, L2_TABLE_UNMAP_LABEL, L2_TABLE_IS_FIXED },
#endif
    [3] = { L3_TABLE_NAME, L3_TABLE_OBJECT, L3_TABLE_MAP_LABEL, L3_TABLE_UNMAP_LABEL, L3_TABLE_IS_FIXED },
};
