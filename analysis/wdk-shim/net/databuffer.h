/*
 * net/databuffer.h - drvls WDK supplement: the NetAdapterCx fragment data buffer extension.
 *
 * NetAdapterCx samples include this header for the data buffer fragment extension. Its name string
 * and version below are not in the reference documentation (any distinct value parses); the payload
 * is an opaque pointer-sized value. Interface only, for parsing drivers with drvls.
 */
#ifndef DRVLS_WDK_SHIM_NET_DATABUFFER_H
#define DRVLS_WDK_SHIM_NET_DATABUFFER_H

#include <net/extension.h>

#ifndef NET_FRAGMENT_EXTENSION_DATA_BUFFER_NAME
#define NET_FRAGMENT_EXTENSION_DATA_BUFFER_NAME L"ms_fragment_databuffer"
#endif
#ifndef NET_FRAGMENT_EXTENSION_DATA_BUFFER_VERSION_1
#define NET_FRAGMENT_EXTENSION_DATA_BUFFER_VERSION_1 1U
#endif

typedef struct _NET_FRAGMENT_DATA_BUFFER {
    void *DataBuffer;
} NET_FRAGMENT_DATA_BUFFER;

FORCEINLINE NET_FRAGMENT_DATA_BUFFER *NetExtensionGetFragmentDataBuffer(NET_EXTENSION const *Extension, UINT32 Index) {
    return (NET_FRAGMENT_DATA_BUFFER *)NetExtensionGetData(Extension, Index);
}

#endif /* DRVLS_WDK_SHIM_NET_DATABUFFER_H */
