/*
 * net/gso.h - drvls WDK supplement: the NetAdapterCx generic segmentation offload packet extension
 * (NET_PACKET_GSO with its TCP and UDP MSS, the extension name and NetExtensionGetPacketGso).
 *
 * Written from the public NetAdapterCx reference documentation. Interface only.
 */
#ifndef DRVLS_WDK_SHIM_NET_GSO_H
#define DRVLS_WDK_SHIM_NET_GSO_H

#include <net/extension.h>

#ifndef NET_PACKET_EXTENSION_GSO_NAME
#define NET_PACKET_EXTENSION_GSO_NAME L"ms_packetgso"
#endif
#ifndef NET_PACKET_EXTENSION_GSO_VERSION_1
#define NET_PACKET_EXTENSION_GSO_VERSION_1 1U
#endif

typedef struct _NET_PACKET_GSO {
    union {
        struct {
            UINT32 Mss : 20;
            UINT32 Reserved0 : 12;
        } TCP;
        struct {
            UINT32 Mss : 20;
            UINT32 Reserved0 : 12;
        } UDP;
    };
} NET_PACKET_GSO;

FORCEINLINE NET_PACKET_GSO *NetExtensionGetPacketGso(NET_EXTENSION const *Extension, UINT32 Index) {
    return (NET_PACKET_GSO *)NetExtensionGetData(Extension, Index);
}

#endif /* DRVLS_WDK_SHIM_NET_GSO_H */
