/*
 * net/mdl.h - drvls WDK supplement: the NetAdapterCx fragment MDL extension (NET_FRAGMENT_MDL, the
 * extension name and NetExtensionGetFragmentMdl).
 *
 * Written from the public NetAdapterCx reference documentation. Interface only.
 */
#ifndef DRVLS_WDK_SHIM_NET_MDL_H
#define DRVLS_WDK_SHIM_NET_MDL_H

#include <net/extension.h>

#ifndef NET_FRAGMENT_EXTENSION_MDL_NAME
#define NET_FRAGMENT_EXTENSION_MDL_NAME L"ms_fragment_mdl"
#endif
#ifndef NET_FRAGMENT_EXTENSION_MDL_VERSION_1
#define NET_FRAGMENT_EXTENSION_MDL_VERSION_1 1U
#endif

typedef struct _NET_FRAGMENT_MDL {
    PMDL Mdl;
} NET_FRAGMENT_MDL;

FORCEINLINE NET_FRAGMENT_MDL *NetExtensionGetFragmentMdl(NET_EXTENSION const *Extension, UINT32 Index) {
    return (NET_FRAGMENT_MDL *)NetExtensionGetData(Extension, Index);
}

#endif /* DRVLS_WDK_SHIM_NET_MDL_H */
