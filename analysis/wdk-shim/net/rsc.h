/*
 * net/rsc.h - drvls WDK supplement: the NetAdapterCx receive segment coalescing packet extension
 * (NET_PACKET_RSC with its TCP and UDP views, the extension name and NetExtensionGetPacketRsc).
 *
 * Written from the public NetAdapterCx reference documentation. Interface only.
 */
#ifndef DRVLS_WDK_SHIM_NET_RSC_H
#define DRVLS_WDK_SHIM_NET_RSC_H

#include <net/extension.h>

#ifndef NET_PACKET_EXTENSION_RSC_NAME
#define NET_PACKET_EXTENSION_RSC_NAME L"ms_packetrsc"
#endif
#ifndef NET_PACKET_EXTENSION_RSC_VERSION_1
#define NET_PACKET_EXTENSION_RSC_VERSION_1 1U
#endif
#ifndef NET_PACKET_EXTENSION_RSC_VERSION_2
#define NET_PACKET_EXTENSION_RSC_VERSION_2 2U
#endif

typedef struct _NET_PACKET_RSC {
    union {
        struct {
            UINT16 CoalescedSegmentCount;
            UINT16 DuplicateAckCount;
        } TCP;
        struct {
            UINT16 CoalescedSegmentSize;
            UINT16 CoalescedSegmentCount;
        } UDP;
    };
} NET_PACKET_RSC;

FORCEINLINE NET_PACKET_RSC *NetExtensionGetPacketRsc(NET_EXTENSION const *Extension, UINT32 Index) {
    return (NET_PACKET_RSC *)NetExtensionGetData(Extension, Index);
}

#endif /* DRVLS_WDK_SHIM_NET_RSC_H */
