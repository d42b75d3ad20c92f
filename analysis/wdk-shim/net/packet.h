/*
 * net/packet.h - drvls WDK supplement: the NetAdapterCx NET_PACKET descriptor and its layout.
 *
 * Written from the public NetAdapterCx reference documentation (NET_PACKET, NET_PACKET_LAYOUT and the
 * NET_PACKET_LAYERn_TYPE enumerations). Bit-field widths and enumerator values follow the documentation.
 * Interface only, for parsing drivers with drvls.
 */
#ifndef DRVLS_WDK_SHIM_NET_PACKET_H
#define DRVLS_WDK_SHIM_NET_PACKET_H

#include <net/drvls_netbase.h>

typedef enum _NET_PACKET_LAYER2_TYPE {
    NetPacketLayer2TypeUnspecified = 0,
    NetPacketLayer2TypeNull = 1,
    NetPacketLayer2TypeEthernet = 2
} NET_PACKET_LAYER2_TYPE;

typedef enum _NET_PACKET_LAYER3_TYPE {
    NetPacketLayer3TypeUnspecified = 0,
    NetPacketLayer3TypeIPv4UnspecifiedOptions = 1,
    NetPacketLayer3TypeIPv4WithOptions = 2,
    NetPacketLayer3TypeIPv4NoOptions = 3,
    NetPacketLayer3TypeIPv6UnspecifiedExtensions = 4,
    NetPacketLayer3TypeIPv6WithExtensions = 5,
    NetPacketLayer3TypeIPv6NoExtensions = 6
} NET_PACKET_LAYER3_TYPE;

typedef enum _NET_PACKET_LAYER4_TYPE {
    NetPacketLayer4TypeUnspecified = 0,
    NetPacketLayer4TypeTcp = 1,
    NetPacketLayer4TypeUdp = 2,
    NetPacketLayer4TypeIPFragment = 3,
    NetPacketLayer4TypeIPNotFragment = 4
} NET_PACKET_LAYER4_TYPE;

typedef struct _NET_PACKET_LAYOUT {
    UINT8 Layer2HeaderLength : 7;
    UINT16 Layer3HeaderLength : 9;
    UINT8 Layer4HeaderLength : 8;
    UINT8 Layer2Type : 4;
    UINT8 Layer3Type : 4;
    UINT8 Layer4Type : 4;
    UINT8 Reserved0 : 4;
} NET_PACKET_LAYOUT;

typedef struct _NET_PACKET {
    UINT32 FragmentIndex;
    UINT16 FragmentCount;
    UINT8 Scratch : 1;
    UINT8 Ignore : 1;
    UINT8 Reserved0 : 6;
    UINT8 Reserved1;
    NET_PACKET_LAYOUT Layout;
    UINT32 Reserved2;
} NET_PACKET;

#endif /* DRVLS_WDK_SHIM_NET_PACKET_H */
