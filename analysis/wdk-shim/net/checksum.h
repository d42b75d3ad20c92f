/*
 * net/checksum.h - drvls WDK supplement: the NetAdapterCx checksum packet extension (NET_PACKET_CHECKSUM,
 * its Rx evaluation and Tx action values, the extension name and NetExtensionGetPacketChecksum).
 *
 * Written from the public NetAdapterCx reference documentation. Interface only.
 */
#ifndef DRVLS_WDK_SHIM_NET_CHECKSUM_H
#define DRVLS_WDK_SHIM_NET_CHECKSUM_H

#include <net/extension.h>

#ifndef NET_PACKET_EXTENSION_CHECKSUM_NAME
#define NET_PACKET_EXTENSION_CHECKSUM_NAME L"ms_packetchecksum"
#endif
#ifndef NET_PACKET_EXTENSION_CHECKSUM_VERSION_1
#define NET_PACKET_EXTENSION_CHECKSUM_VERSION_1 1U
#endif

typedef enum _NET_PACKET_TX_CHECKSUM_ACTION {
    NetPacketTxChecksumActionPassthrough = 0,
    NetPacketTxChecksumActionRequired = 2
} NET_PACKET_TX_CHECKSUM_ACTION;

typedef enum _NET_PACKET_RX_CHECKSUM_EVALUATION {
    NetPacketRxChecksumEvaluationNotChecked = 0,
    NetPacketRxChecksumEvaluationValid = 1,
    NetPacketRxChecksumEvaluationInvalid = 2
} NET_PACKET_RX_CHECKSUM_EVALUATION;

typedef struct _NET_PACKET_CHECKSUM {
    UINT8 Layer2 : 2;
    UINT8 Layer3 : 2;
    UINT8 Layer4 : 2;
    UINT8 Reserved : 2;
} NET_PACKET_CHECKSUM;

FORCEINLINE NET_PACKET_CHECKSUM *NetExtensionGetPacketChecksum(NET_EXTENSION const *Extension, UINT32 Index) {
    return (NET_PACKET_CHECKSUM *)NetExtensionGetData(Extension, Index);
}

#endif /* DRVLS_WDK_SHIM_NET_CHECKSUM_H */
