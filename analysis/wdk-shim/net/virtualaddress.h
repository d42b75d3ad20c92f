/*
 * net/virtualaddress.h - drvls WDK supplement: the NetAdapterCx fragment virtual address extension
 * (NET_FRAGMENT_VIRTUAL_ADDRESS, the extension name and NetExtensionGetFragmentVirtualAddress).
 *
 * Written from the public NetAdapterCx reference documentation. Interface only.
 */
#ifndef DRVLS_WDK_SHIM_NET_VIRTUALADDRESS_H
#define DRVLS_WDK_SHIM_NET_VIRTUALADDRESS_H

#include <net/extension.h>

#ifndef NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_NAME
#define NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_NAME L"ms_fragment_virtualaddress"
#endif
#ifndef NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_VERSION_1
#define NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_VERSION_1 1U
#endif

typedef struct _NET_FRAGMENT_VIRTUAL_ADDRESS {
    void *VirtualAddress;
} NET_FRAGMENT_VIRTUAL_ADDRESS;

FORCEINLINE NET_FRAGMENT_VIRTUAL_ADDRESS *
NetExtensionGetFragmentVirtualAddress(NET_EXTENSION const *Extension, UINT32 Index) {
    return (NET_FRAGMENT_VIRTUAL_ADDRESS *)NetExtensionGetData(Extension, Index);
}

#endif /* DRVLS_WDK_SHIM_NET_VIRTUALADDRESS_H */
