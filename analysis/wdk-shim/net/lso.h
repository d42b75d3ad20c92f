/*
 * net/lso.h - drvls WDK supplement: the NetAdapterCx large send offload packet extension
 * (NET_PACKET_LARGE_SEND_SEGMENTATION, the extension name and NetExtensionGetPacketLargeSendSegmentation).
 *
 * Written from the public NetAdapterCx reference documentation. Interface only.
 */
#ifndef DRVLS_WDK_SHIM_NET_LSO_H
#define DRVLS_WDK_SHIM_NET_LSO_H

#include <net/extension.h>

#ifndef NET_PACKET_EXTENSION_LSO_NAME
#define NET_PACKET_EXTENSION_LSO_NAME L"ms_packetlargesendsegmentation"
#endif
#ifndef NET_PACKET_EXTENSION_LSO_VERSION_1
#define NET_PACKET_EXTENSION_LSO_VERSION_1 1U
#endif

typedef struct _NET_PACKET_LARGE_SEND_SEGMENTATION {
    union {
        struct {
            UINT32 Mss : 20;
            UINT32 Reserved0 : 12;
        } TCP;
    };
} NET_PACKET_LARGE_SEND_SEGMENTATION;

FORCEINLINE NET_PACKET_LARGE_SEND_SEGMENTATION *
NetExtensionGetPacketLargeSendSegmentation(NET_EXTENSION const *Extension, UINT32 Index) {
    return (NET_PACKET_LARGE_SEND_SEGMENTATION *)NetExtensionGetData(Extension, Index);
}

#endif /* DRVLS_WDK_SHIM_NET_LSO_H */
