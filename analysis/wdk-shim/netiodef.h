/*
 * netiodef.h - drvls WDK supplement: network I/O definitions shared by NDIS, WFP and WSK drivers.
 *
 * The WDK's netiodef.h describes on-the-wire headers (Ethernet, VLAN, IPv4/IPv6, ICMP, TCP, UDP) and
 * a few network-layer enumerations. This file declares the part drivers use: the header structures
 * with their documented field layout, the protocol numbers, and the IP / transport discard reasons
 * WFP callouts read from their classify metadata. It pulls in the shim's ndis.h
 * prerequisites it needs (the kernel basic types must already be there, as in the WDK).
 *
 * Written from the public protocol definitions (IEEE 802.3, RFC 791, RFC 8200, RFC 793, RFC 768) and
 * the WDK reference documentation; no header text is copied.
 */
#ifndef DRVLS_WDK_SHIM_NETIODEF_H
#define DRVLS_WDK_SHIM_NETIODEF_H

/* IN_ADDR comes from mingw-w64's socket address types (also what the shim's ndis.h uses), IN6_ADDR
 * from in6addr.h; both are plain kernel-safe structures. */
#include <psdk_inc/_ip_types.h>
#include <in6addr.h>

#include <pshpack1.h>

/* ---------------------------------------------------------------------------------------------------
 * Ethernet and 802.1Q
 * ------------------------------------------------------------------------------------------------- */
#define ETHERNET_ADDRESS_LENGTH 6

typedef union _DL_EUI48 {
    UCHAR Byte[ETHERNET_ADDRESS_LENGTH];
} DL_EUI48, *PDL_EUI48;

/* An Ethernet II / 802.3 header: destination, source, then the EtherType (or 802.3 length),
 * big-endian on the wire. */
typedef struct _ETHERNET_HEADER {
    DL_EUI48 Destination;
    DL_EUI48 Source;
    union {
        USHORT Type;
        USHORT Length;
    };
} ETHERNET_HEADER, *PETHERNET_HEADER;

/* EtherType values in host order; compare with RtlUshortByteSwap(Header->Type). */
#define ETHERNET_TYPE_MINIMUM 0x0600
#define ETHERNET_TYPE_IPV4 0x0800
#define ETHERNET_TYPE_ARP 0x0806
#define ETHERNET_TYPE_IPV6 0x86dd
#define ETHERNET_TYPE_802_1Q 0x8100
#define ETHERNET_TYPE_802_1AD 0x88a8

/* An 802.1Q tag: tag control information (priority 3 bits, CFI 1 bit, VLAN id 12 bits) and the
 * encapsulated EtherType. */
typedef struct _VLAN_TAG {
    union {
        USHORT Tag;
        struct {
            USHORT VID : 12;
            USHORT CFI : 1;
            USHORT User_Priority : 3;
        };
    };
    USHORT Type;
} VLAN_TAG, *PVLAN_TAG;

/* ---------------------------------------------------------------------------------------------------
 * IPv4 and IPv6
 * ------------------------------------------------------------------------------------------------- */
#define IPV4_VERSION 4
#define IPV6_VERSION 6

/* IPv4 header (RFC 791) without options. */
typedef struct _IPV4_HEADER {
    union {
        UINT8 VersionAndHeaderLength;
        struct {
            UINT8 HeaderLength : 4;
            UINT8 Version : 4;
        };
    };
    union {
        UINT8 TypeOfServiceAndEcnField;
        struct {
            UINT8 EcnField : 2;
            UINT8 TypeOfService : 6;
        };
    };
    USHORT TotalLength;
    USHORT Identification;
    union {
        USHORT FlagsAndOffset;
        struct {
            USHORT DontUse1 : 5;
            USHORT MoreFragments : 1;
            USHORT DontFragment : 1;
            USHORT Reserved : 1;
            USHORT DontUse2 : 8;
        };
    };
    UINT8 TimeToLive;
    UINT8 Protocol;
    USHORT HeaderChecksum;
    IN_ADDR SourceAddress;
    IN_ADDR DestinationAddress;
} IPV4_HEADER, *PIPV4_HEADER;

#define Ip4HeaderLengthInBytes(Header) ((Header)->HeaderLength << 2)

/* IPv6 fixed header (RFC 8200). */
typedef struct _IPV6_HEADER {
    union {
        UINT32 VersionClassFlow;
        struct {
            UINT32 : 4;
            UINT32 Version : 4;
            UINT32 : 24;
        };
    };
    USHORT PayloadLength;
    UINT8 NextHeader;
    UINT8 HopLimit;
    IN6_ADDR SourceAddress;
    IN6_ADDR DestinationAddress;
} IPV6_HEADER, *PIPV6_HEADER;

/* ICMP headers (type, code, checksum; RFC 792 / RFC 4443). */
typedef struct _ICMP_MESSAGE {
    UINT8 Type;
    UINT8 Code;
    USHORT Checksum;
} ICMP_HEADER, *PICMP_HEADER, ICMPV4_HEADER, *PICMPV4_HEADER, ICMPV6_HEADER, *PICMPV6_HEADER;

#include <poppack.h>

/* ---------------------------------------------------------------------------------------------------
 * Discard reasons: FWPS_DISCARD_METADATA0.discardReason for the network (IP_DISCARD_REASON) and
 * transport (INET_DISCARD_REASON) discard modules. The values are sequential here; the documentation
 * names the reasons but not their values.
 * ------------------------------------------------------------------------------------------------- */
typedef enum _IP_DISCARD_REASON {
    IpDiscardBadSourceAddress,
    IpDiscardNotLocallyDestined,
    IpDiscardProtocolUnreachable,
    IpDiscardPortUnreachable,
    IpDiscardBadLength,
    IpDiscardMalformedHeader,
    IpDiscardNoRoute,
    IpDiscardBeyondScope,
    IpDiscardInspectionDrop,
    IpDiscardTooManyDecapsulations,
    IpDiscardAdministrativelyProhibited,
    IpDiscardBadChecksum,
    IpDiscardReceivePathMax,
    IpDiscardHopLimitExceeded,
    IpDiscardAddressUnreachable,
    IpDiscardRscPacket,
    IpDiscardForwardPathMax,
    IpDiscardArbitrationUnhandled,
    IpDiscardInspectionAbsorb,
    IpDiscardDontFragmentMtuExceeded,
    IpDiscardBufferLengthExceeded,
    IpDiscardAddressResolutionTimeout,
    IpDiscardAddressResolutionFailure,
    IpDiscardIpsecFailure,
    IpDiscardExtensionHeadersFailure,
    IpDiscardSendPathMax,
    IpDiscardIpsnpiClientDrop,
    IpDiscardMax
} IP_DISCARD_REASON, *PIP_DISCARD_REASON;

typedef enum _INET_DISCARD_REASON {
    InetDiscardSourceUnspecified,
    InetDiscardDestinationMulticast,
    InetDiscardHeaderInvalid,
    InetDiscardChecksumInvalid,
    InetDiscardEndpointNotFound,
    InetDiscardConnectedPath,
    InetDiscardSessionState,
    InetDiscardReceiveInspection,
    InetDiscardAckInvalid,
    InetDiscardExpectedSyn,
    InetDiscardRst,
    InetDiscardSynRcvdSyn,
    InetDiscardSimultaneousConnect,
    InetDiscardPawsFailed,
    InetDiscardLandAttack,
    InetDiscardMissedReset,
    InetDiscardOutsideWindow,
    InetDiscardDuplicateSegment,
    InetDiscardClosedWindow,
    InetDiscardTcbRemoved,
    InetDiscardFinWait2,
    InetDiscardReassemblyConflict,
    InetDiscardFinReceived,
    InetDiscardListenerInvalidFlags,
    InetDiscardTcbNotInTcbTable,
    InetDiscardTimeWaitTcbReceivedRstOutsideWindow,
    InetDiscardTimeWaitTcbSynAndOtherFlags,
    InetDiscardTimeWaitTcb,
    InetDiscardSynAckWithFastopenCookieRequest,
    InetDiscardPauseAccept,
    InetDiscardSynAttack,
    InetDiscardAcceptInconsistentSynCookie,
    InetDiscardAcceptRejectedSynCookie,
    InetDiscardMax
} INET_DISCARD_REASON, *PINET_DISCARD_REASON;

#endif /* DRVLS_WDK_SHIM_NETIODEF_H */
