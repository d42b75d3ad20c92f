// The storage helper of the fan fixture: nonpaged, IoSizeofWorkItem() bytes.
#include "fan.h"

PIO_WORKITEM
FanAllocateItemStorage(VOID)
{
    return (PIO_WORKITEM)ExAllocatePool2(POOL_FLAG_NON_PAGED, IoSizeofWorkItem(), FAN_TAG);
}
