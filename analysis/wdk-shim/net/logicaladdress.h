/*
 * net/logicaladdress.h - drvls WDK supplement: the NetAdapterCx fragment logical (DMA) address
 * extension (NET_FRAGMENT_LOGICAL_ADDRESS, the extension name and NetExtensionGetFragmentLogicalAddress).
 *
 * Written from the public NetAdapterCx reference documentation. Interface only.
 */
#ifndef DRVLS_WDK_SHIM_NET_LOGICALADDRESS_H
#define DRVLS_WDK_SHIM_NET_LOGICALADDRESS_H

#include <net/extension.h>

#ifndef NET_FRAGMENT_EXTENSION_LOGICAL_ADDRESS_NAME
#define NET_FRAGMENT_EXTENSION_LOGICAL_ADDRESS_NAME L"ms_fragment_logicaladdress"
#endif
#ifndef NET_FRAGMENT_EXTENSION_LOGICAL_ADDRESS_VERSION_1
#define NET_FRAGMENT_EXTENSION_LOGICAL_ADDRESS_VERSION_1 1U
#endif

typedef struct _NET_FRAGMENT_LOGICAL_ADDRESS {
    UINT64 LogicalAddress;
} NET_FRAGMENT_LOGICAL_ADDRESS;

FORCEINLINE NET_FRAGMENT_LOGICAL_ADDRESS *
NetExtensionGetFragmentLogicalAddress(NET_EXTENSION const *Extension, UINT32 Index) {
    return (NET_FRAGMENT_LOGICAL_ADDRESS *)NetExtensionGetData(Extension, Index);
}

#endif /* DRVLS_WDK_SHIM_NET_LOGICALADDRESS_H */
