/*
 * netadaptercx.h - drvls WDK supplement: the network adapter class extension (NetAdapterCx) for parsing
 * NetAdapterCx client drivers without the Windows Driver Kit.
 *
 * NetAdapterCx is built on KMDF, so this header starts from drvls's wdf.h and the net/ companions in
 * this directory (rings, packet and fragment descriptors, extensions). It declares the object handles
 * (NETADAPTER, NETPACKETQUEUE, NETOFFLOAD, NETRECEIVEFILTER, NETCONFIGURATION, the NETADAPTER_INIT /
 * NETTXQUEUE_INIT / NETRXQUEUE_INIT initialisation objects), the NET_ADAPTER_* configuration and
 * capability structures with their _INIT helpers, the callback roles (EVT_NET_ADAPTER_*,
 * EVT_PACKET_QUEUE_*) each as a function typedef with a PFN_ pointer type, and the NetAdapter*,
 * NetDevice*, NetConfiguration*, NetTxQueue*, NetRxQueue*, NetOffload*, NetReceiveFilter* calls as plain
 * declarations.
 *
 * Written from the public NetAdapterCx reference documentation (netadapter.h, netdevice.h,
 * netconfiguration.h, nettxqueue.h, netrxqueue.h, netpacketqueue.h, netadapteroffload.h,
 * netreceivefilter.h and netadapterpacket pages). The inline _INIT helpers do what the documentation
 * says: zero the structure, set Size, store the arguments. Where the documentation gives no enumerator
 * value, a plausible distinct value is used (any distinct value parses). Interface only; not meant for
 * building drivers.
 */
#ifndef DRVLS_WDK_SHIM_NETADAPTERCX_H
#define DRVLS_WDK_SHIM_NETADAPTERCX_H

#include <wdf.h>
#include <net/drvls_netbase.h>
#include <net/packet.h>
#include <net/fragment.h>
#include <net/ring.h>
#include <net/ringcollection.h>
#include <net/extension.h>
#include <net/returncontext.h>

#ifndef NETADAPTER_VERSION_MAJOR
#define NETADAPTER_VERSION_MAJOR 2
#endif
#ifndef NETADAPTER_VERSION_MINOR
#define NETADAPTER_VERSION_MINOR 5
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Handles and initialisation objects ---------------------------------------------------------- */

typedef struct drvls_NETADAPTER_s *NETADAPTER;
typedef struct drvls_NETPACKETQUEUE_s *NETPACKETQUEUE;
typedef NETPACKETQUEUE NETTXQUEUE;
typedef NETPACKETQUEUE NETRXQUEUE;
typedef struct drvls_NETOFFLOAD_s *NETOFFLOAD;
typedef struct drvls_NETRECEIVEFILTER_s *NETRECEIVEFILTER;
typedef struct drvls_NETCONFIGURATION_s *NETCONFIGURATION;
typedef struct drvls_NETPOWERSETTINGS_s *NETPOWERSETTINGS;
typedef struct drvls_NETWAKESOURCE_s *NETWAKESOURCE;

typedef struct NETADAPTER_INIT NETADAPTER_INIT;
typedef struct NETTXQUEUE_INIT NETTXQUEUE_INIT;
typedef struct NETRXQUEUE_INIT NETRXQUEUE_INIT;

/* ---- Device and adapter creation ----------------------------------------------------------------- */

NTSTATUS NetDeviceInitConfig(PWDFDEVICE_INIT DeviceInit);

NETADAPTER_INIT *NetAdapterInitAllocate(WDFDEVICE Device);
VOID NetAdapterInitFree(NETADAPTER_INIT *AdapterInit);

typedef NTSTATUS EVT_NET_ADAPTER_CREATE_TXQUEUE(NETADAPTER Adapter, NETTXQUEUE_INIT *TxQueueInit);
typedef EVT_NET_ADAPTER_CREATE_TXQUEUE *PFN_NET_ADAPTER_CREATE_TXQUEUE;
typedef NTSTATUS EVT_NET_ADAPTER_CREATE_RXQUEUE(NETADAPTER Adapter, NETRXQUEUE_INIT *RxQueueInit);
typedef EVT_NET_ADAPTER_CREATE_RXQUEUE *PFN_NET_ADAPTER_CREATE_RXQUEUE;

typedef struct _NET_ADAPTER_DATAPATH_CALLBACKS {
    ULONG Size;
    PFN_NET_ADAPTER_CREATE_TXQUEUE EvtAdapterCreateTxQueue;
    PFN_NET_ADAPTER_CREATE_RXQUEUE EvtAdapterCreateRxQueue;
} NET_ADAPTER_DATAPATH_CALLBACKS;

FORCEINLINE VOID NET_ADAPTER_DATAPATH_CALLBACKS_INIT(NET_ADAPTER_DATAPATH_CALLBACKS *Callbacks,
                                                     PFN_NET_ADAPTER_CREATE_TXQUEUE EvtAdapterCreateTxQueue,
                                                     PFN_NET_ADAPTER_CREATE_RXQUEUE EvtAdapterCreateRxQueue) {
    RtlZeroMemory(Callbacks, sizeof(*Callbacks));
    Callbacks->Size = sizeof(*Callbacks);
    Callbacks->EvtAdapterCreateTxQueue = EvtAdapterCreateTxQueue;
    Callbacks->EvtAdapterCreateRxQueue = EvtAdapterCreateRxQueue;
}

VOID NetAdapterInitSetDatapathCallbacks(NETADAPTER_INIT *AdapterInit,
                                        NET_ADAPTER_DATAPATH_CALLBACKS const *DatapathCallbacks);

NTSTATUS NetAdapterCreate(NETADAPTER_INIT *AdapterInit, PWDF_OBJECT_ATTRIBUTES AdapterAttributes,
                          NETADAPTER *Adapter);
NTSTATUS NetAdapterStart(NETADAPTER Adapter);
VOID NetAdapterStop(NETADAPTER Adapter);
WDFDEVICE NetAdapterGetParent(NETADAPTER Adapter);
NET_LUID NetAdapterGetNetLuid(NETADAPTER Adapter);

/* ---- Link layer --------------------------------------------------------------------------------- */

#ifndef NET_ADAPTER_LINK_LAYER_ADDRESS_MAX_LENGTH
#define NET_ADAPTER_LINK_LAYER_ADDRESS_MAX_LENGTH IF_MAX_PHYS_ADDRESS_LENGTH
#endif

typedef struct _NET_ADAPTER_LINK_LAYER_ADDRESS {
    USHORT Length;
    UCHAR Address[IF_MAX_PHYS_ADDRESS_LENGTH];
} NET_ADAPTER_LINK_LAYER_ADDRESS;

FORCEINLINE VOID NET_ADAPTER_LINK_LAYER_ADDRESS_INIT(NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress,
                                                     USHORT Length, CONST UCHAR *Value) {
    RtlZeroMemory(LinkLayerAddress, sizeof(*LinkLayerAddress));
    LinkLayerAddress->Length = Length;
    RtlCopyMemory(LinkLayerAddress->Address, Value, Length);
}

typedef struct _NET_ADAPTER_LINK_LAYER_CAPABILITIES {
    ULONG Size;
    ULONG64 MaxTxLinkSpeed;
    ULONG64 MaxRxLinkSpeed;
} NET_ADAPTER_LINK_LAYER_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_LINK_LAYER_CAPABILITIES_INIT(NET_ADAPTER_LINK_LAYER_CAPABILITIES *Capabilities,
                                                          ULONG64 MaxTxLinkSpeed, ULONG64 MaxRxLinkSpeed) {
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
    Capabilities->MaxTxLinkSpeed = MaxTxLinkSpeed;
    Capabilities->MaxRxLinkSpeed = MaxRxLinkSpeed;
}

typedef enum _NET_ADAPTER_PAUSE_FUNCTION_TYPE {
    NetAdapterPauseFunctionTypeUnsupported = 0,
    NetAdapterPauseFunctionTypeSendOnly = 1,
    NetAdapterPauseFunctionTypeReceiveOnly = 2,
    NetAdapterPauseFunctionTypeSendAndReceive = 3,
    NetAdapterPauseFunctionTypeUnknown = 4
} NET_ADAPTER_PAUSE_FUNCTION_TYPE;

typedef enum _NET_ADAPTER_AUTO_NEGOTIATION_FLAGS {
    NetAdapterAutoNegotiationFlagNone = 0x0,
    NetAdapterAutoNegotiationFlagXmitLinkSpeedAutoNegotiated = 0x1,
    NetAdapterAutoNegotiationFlagRcvLinkSpeedautoNegotiated = 0x2,
    NetAdapterAutoNegotiationFlagDuplexAutoNegotiated = 0x4,
    NetAdapterAutoNegotiationFlagPauseFunctionsAutoNegotiated = 0x8
} NET_ADAPTER_AUTO_NEGOTIATION_FLAGS;

typedef struct _NET_ADAPTER_LINK_STATE {
    ULONG Size;
    ULONG64 TxLinkSpeed;
    ULONG64 RxLinkSpeed;
    NET_IF_MEDIA_CONNECT_STATE MediaConnectState;
    NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState;
    NET_ADAPTER_PAUSE_FUNCTION_TYPE SupportedPauseFunctions;
    NET_ADAPTER_AUTO_NEGOTIATION_FLAGS AutoNegotiationFlags;
} NET_ADAPTER_LINK_STATE;

FORCEINLINE VOID NET_ADAPTER_LINK_STATE_INIT(NET_ADAPTER_LINK_STATE *LinkState, ULONG64 LinkSpeed,
                                             NET_IF_MEDIA_CONNECT_STATE MediaConnectState,
                                             NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState,
                                             NET_ADAPTER_PAUSE_FUNCTION_TYPE SupportedPauseFunctions,
                                             NET_ADAPTER_AUTO_NEGOTIATION_FLAGS AutoNegotiationFlags) {
    RtlZeroMemory(LinkState, sizeof(*LinkState));
    LinkState->Size = sizeof(*LinkState);
    LinkState->TxLinkSpeed = LinkSpeed;
    LinkState->RxLinkSpeed = LinkSpeed;
    LinkState->MediaConnectState = MediaConnectState;
    LinkState->MediaDuplexState = MediaDuplexState;
    LinkState->SupportedPauseFunctions = SupportedPauseFunctions;
    LinkState->AutoNegotiationFlags = AutoNegotiationFlags;
}

FORCEINLINE VOID NET_ADAPTER_LINK_STATE_INIT_DISCONNECTED(NET_ADAPTER_LINK_STATE *LinkState) {
    RtlZeroMemory(LinkState, sizeof(*LinkState));
    LinkState->Size = sizeof(*LinkState);
    LinkState->MediaConnectState = MediaConnectStateDisconnected;
    LinkState->MediaDuplexState = MediaDuplexStateUnknown;
    LinkState->SupportedPauseFunctions = NetAdapterPauseFunctionTypeUnknown;
    LinkState->AutoNegotiationFlags = NetAdapterAutoNegotiationFlagNone;
}

VOID NetAdapterSetLinkLayerCapabilities(NETADAPTER Adapter,
                                        NET_ADAPTER_LINK_LAYER_CAPABILITIES const *LinkLayerCapabilities);
VOID NetAdapterSetLinkLayerMtuSize(NETADAPTER Adapter, ULONG MtuSize);
VOID NetAdapterSetPermanentLinkLayerAddress(NETADAPTER Adapter, NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress);
VOID NetAdapterSetCurrentLinkLayerAddress(NETADAPTER Adapter, NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress);
VOID NetAdapterSetLinkState(NETADAPTER Adapter, NET_ADAPTER_LINK_STATE *CurrentState);

/* ---- Data path capabilities --------------------------------------------------------------------- */

typedef enum _NET_MEMORY_MAPPING_REQUIREMENT {
    NetMemoryMappingRequirementNone = 0,
    NetMemoryMappingRequirementDmaMapping = 1
} NET_MEMORY_MAPPING_REQUIREMENT;

typedef enum _NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE {
    NetRxFragmentBufferAllocationModeSystem = 0,
    NetRxFragmentBufferAllocationModeDriver = 1
} NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE;

typedef enum _NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE {
    NetRxFragmentBufferAttachmentModeSystem = 0,
    NetRxFragmentBufferAttachmentModeDriver = 1
} NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE;

typedef struct _NET_ADAPTER_DMA_CAPABILITIES {
    ULONG Size;
    WDFDMAENABLER DmaEnabler;
    PHYSICAL_ADDRESS MaximumPhysicalAddress;
    MEMORY_CACHING_TYPE CacheEnabled;
    ULONG PreferredNode;
} NET_ADAPTER_DMA_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_DMA_CAPABILITIES_INIT(NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities,
                                                   WDFDMAENABLER DmaEnabler) {
    RtlZeroMemory(DmaCapabilities, sizeof(*DmaCapabilities));
    DmaCapabilities->Size = sizeof(*DmaCapabilities);
    DmaCapabilities->DmaEnabler = DmaEnabler;
    DmaCapabilities->CacheEnabled = MmNonCached;
}

typedef struct _NET_ADAPTER_TX_CAPABILITIES {
    ULONG Size;
    NET_MEMORY_MAPPING_REQUIREMENT MappingRequirement;
    SIZE_T FragmentBufferAlignment;
    SIZE_T MaximumNumberOfQueues;
    SIZE_T PayloadBackfill;
    NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities;
    SIZE_T MaximumNumberOfFragments;
    UINT32 FragmentRingNumberOfElementsHint;
} NET_ADAPTER_TX_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_TX_CAPABILITIES_INIT(NET_ADAPTER_TX_CAPABILITIES *TxCapabilities,
                                                  SIZE_T MaximumNumberOfQueues) {
    RtlZeroMemory(TxCapabilities, sizeof(*TxCapabilities));
    TxCapabilities->Size = sizeof(*TxCapabilities);
    TxCapabilities->MappingRequirement = NetMemoryMappingRequirementNone;
    TxCapabilities->FragmentBufferAlignment = 1;
    TxCapabilities->MaximumNumberOfQueues = MaximumNumberOfQueues;
}

FORCEINLINE VOID NET_ADAPTER_TX_CAPABILITIES_INIT_FOR_DMA(NET_ADAPTER_TX_CAPABILITIES *TxCapabilities,
                                                          NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities,
                                                          SIZE_T MaximumNumberOfQueues) {
    NET_ADAPTER_TX_CAPABILITIES_INIT(TxCapabilities, MaximumNumberOfQueues);
    TxCapabilities->MappingRequirement = NetMemoryMappingRequirementDmaMapping;
    TxCapabilities->DmaCapabilities = DmaCapabilities;
}

typedef VOID EVT_NET_ADAPTER_RETURN_RX_BUFFER(NETADAPTER Adapter,
                                              NET_FRAGMENT_RETURN_CONTEXT_HANDLE RxReturnContext);
typedef EVT_NET_ADAPTER_RETURN_RX_BUFFER *PFN_NET_ADAPTER_RETURN_RX_BUFFER;

typedef struct _NET_ADAPTER_RX_CAPABILITIES {
    ULONG Size;
    NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE AllocationMode;
    NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE AttachmentMode;
    UINT32 FragmentRingNumberOfElementsHint;
    SIZE_T MaximumFrameSize;
    SIZE_T MaximumNumberOfQueues;
    union {
        struct {
            PFN_NET_ADAPTER_RETURN_RX_BUFFER EvtAdapterReturnRxBuffer;
        };
        struct {
            NET_MEMORY_MAPPING_REQUIREMENT MappingRequirement;
            SIZE_T FragmentBufferAlignment;
            NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities;
        };
    };
} NET_ADAPTER_RX_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED(NET_ADAPTER_RX_CAPABILITIES *RxCapabilities,
                                                                 SIZE_T MaximumFrameSize,
                                                                 SIZE_T MaximumNumberOfQueues) {
    RtlZeroMemory(RxCapabilities, sizeof(*RxCapabilities));
    RxCapabilities->Size = sizeof(*RxCapabilities);
    RxCapabilities->AllocationMode = NetRxFragmentBufferAllocationModeSystem;
    RxCapabilities->AttachmentMode = NetRxFragmentBufferAttachmentModeSystem;
    RxCapabilities->MaximumFrameSize = MaximumFrameSize;
    RxCapabilities->MaximumNumberOfQueues = MaximumNumberOfQueues;
    RxCapabilities->MappingRequirement = NetMemoryMappingRequirementNone;
    RxCapabilities->FragmentBufferAlignment = 1;
}

FORCEINLINE VOID NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED_DMA(NET_ADAPTER_RX_CAPABILITIES *RxCapabilities,
                                                                     NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities,
                                                                     SIZE_T MaximumFrameSize,
                                                                     SIZE_T MaximumNumberOfQueues) {
    NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED(RxCapabilities, MaximumFrameSize, MaximumNumberOfQueues);
    RxCapabilities->MappingRequirement = NetMemoryMappingRequirementDmaMapping;
    RxCapabilities->DmaCapabilities = DmaCapabilities;
}

FORCEINLINE VOID NET_ADAPTER_RX_CAPABILITIES_INIT_DRIVER_MANAGED(NET_ADAPTER_RX_CAPABILITIES *RxCapabilities,
                                                                 PFN_NET_ADAPTER_RETURN_RX_BUFFER EvtAdapterReturnRxBuffer,
                                                                 SIZE_T MaximumFrameSize,
                                                                 SIZE_T MaximumNumberOfQueues) {
    RtlZeroMemory(RxCapabilities, sizeof(*RxCapabilities));
    RxCapabilities->Size = sizeof(*RxCapabilities);
    RxCapabilities->AllocationMode = NetRxFragmentBufferAllocationModeDriver;
    RxCapabilities->AttachmentMode = NetRxFragmentBufferAttachmentModeDriver;
    RxCapabilities->MaximumFrameSize = MaximumFrameSize;
    RxCapabilities->MaximumNumberOfQueues = MaximumNumberOfQueues;
    RxCapabilities->EvtAdapterReturnRxBuffer = EvtAdapterReturnRxBuffer;
}

VOID NetAdapterSetDataPathCapabilities(NETADAPTER Adapter, NET_ADAPTER_TX_CAPABILITIES const *TxCapabilities,
                                       NET_ADAPTER_RX_CAPABILITIES const *RxCapabilities);

/* ---- Receive filter ----------------------------------------------------------------------------- */

typedef enum _NET_PACKET_FILTER_FLAGS {
    NetPacketFilterFlagDirected = 0x00000001,
    NetPacketFilterFlagMulticast = 0x00000002,
    NetPacketFilterFlagAllMulticast = 0x00000004,
    NetPacketFilterFlagBroadcast = 0x00000008,
    NetPacketFilterFlagPromiscuous = 0x00000020,
    NetPacketFilterFlagAllLocal = 0x00000080
} NET_PACKET_FILTER_FLAGS;

typedef VOID EVT_NET_ADAPTER_SET_RECEIVE_FILTER(NETADAPTER Adapter, NETRECEIVEFILTER ReceiveFilter);
typedef EVT_NET_ADAPTER_SET_RECEIVE_FILTER *PFN_NET_ADAPTER_SET_RECEIVE_FILTER;

typedef struct _NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES {
    ULONG Size;
    NET_PACKET_FILTER_FLAGS SupportedPacketFilters;
    SIZE_T MaximumMulticastAddresses;
    PFN_NET_ADAPTER_SET_RECEIVE_FILTER EvtSetReceiveFilter;
} NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES_INIT(NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES *Capabilities,
                                                              PFN_NET_ADAPTER_SET_RECEIVE_FILTER EvtSetReceiveFilter) {
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
    Capabilities->EvtSetReceiveFilter = EvtSetReceiveFilter;
}

VOID NetAdapterSetReceiveFilterCapabilities(NETADAPTER Adapter,
                                            NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES const *Capabilities);
NET_PACKET_FILTER_FLAGS NetReceiveFilterGetPacketFilter(NETRECEIVEFILTER ReceiveFilter);
SIZE_T NetReceiveFilterGetMulticastAddressCount(NETRECEIVEFILTER ReceiveFilter);
NET_ADAPTER_LINK_LAYER_ADDRESS const *NetReceiveFilterGetMulticastAddressList(NETRECEIVEFILTER ReceiveFilter);

/* ---- Offloads ----------------------------------------------------------------------------------- */

typedef enum _NET_ADAPTER_OFFLOAD_LAYER3_FLAGS {
    NetAdapterOffloadLayer3FlagIPv4NoOptions = 0x1,
    NetAdapterOffloadLayer3FlagIPv4WithOptions = 0x2,
    NetAdapterOffloadLayer3FlagIPv6NoExtensions = 0x4,
    NetAdapterOffloadLayer3FlagIPv6WithExtensions = 0x8
} NET_ADAPTER_OFFLOAD_LAYER3_FLAGS;

typedef enum _NET_ADAPTER_OFFLOAD_LAYER4_FLAGS {
    NetAdapterOffloadLayer4FlagTcpNoOptions = 0x1,
    NetAdapterOffloadLayer4FlagTcpWithOptions = 0x2,
    NetAdapterOffloadLayer4FlagUdp = 0x4
} NET_ADAPTER_OFFLOAD_LAYER4_FLAGS;

typedef VOID EVT_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM(NETADAPTER Adapter, NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM *PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM;
typedef VOID EVT_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM(NETADAPTER Adapter, NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM *PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM;
typedef VOID EVT_NET_ADAPTER_OFFLOAD_SET_GSO(NETADAPTER Adapter, NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_GSO *PFN_NET_ADAPTER_OFFLOAD_SET_GSO;
typedef VOID EVT_NET_ADAPTER_OFFLOAD_SET_RSC(NETADAPTER Adapter, NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_RSC *PFN_NET_ADAPTER_OFFLOAD_SET_RSC;
typedef VOID EVT_NET_ADAPTER_OFFLOAD_SET_IEEE8021Q_TAG(NETADAPTER Adapter, NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_IEEE8021Q_TAG *PFN_NET_ADAPTER_OFFLOAD_SET_IEEE8021Q_TAG;

typedef struct _NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES {
    ULONG Size;
    NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
    USHORT Layer3HeaderOffsetLimit;
    NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
    USHORT Layer4HeaderOffsetLimit;
    PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM EvtAdapterOffloadSetTxChecksum;
} NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES_INIT(
    NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES *Capabilities, NET_ADAPTER_OFFLOAD_LAYER3_FLAGS SupportedL3,
    PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM EvtAdapterOffloadSetTxChecksum) {
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
    Capabilities->Layer3Flags = SupportedL3;
    Capabilities->EvtAdapterOffloadSetTxChecksum = EvtAdapterOffloadSetTxChecksum;
}

typedef struct _NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES {
    ULONG Size;
    PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM EvtAdapterOffloadSetRxChecksum;
} NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES_INIT(
    NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES *Capabilities,
    PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM EvtAdapterOffloadSetRxChecksum) {
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
    Capabilities->EvtAdapterOffloadSetRxChecksum = EvtAdapterOffloadSetRxChecksum;
}

typedef struct _NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES {
    ULONG Size;
    NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
    NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
    SIZE_T MaximumOffloadSize;
    SIZE_T MinimumSegmentCount;
    USHORT Layer4HeaderOffsetLimit;
    PFN_NET_ADAPTER_OFFLOAD_SET_GSO EvtAdapterOffloadSetGso;
} NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES_INIT(NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES *Capabilities,
                                                           NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags,
                                                           NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags,
                                                           SIZE_T MaximumOffloadSize, SIZE_T MinimumSegmentCount,
                                                           PFN_NET_ADAPTER_OFFLOAD_SET_GSO EvtAdapterOffloadSetGso) {
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
    Capabilities->Layer3Flags = Layer3Flags;
    Capabilities->Layer4Flags = Layer4Flags;
    Capabilities->MaximumOffloadSize = MaximumOffloadSize;
    Capabilities->MinimumSegmentCount = MinimumSegmentCount;
    Capabilities->EvtAdapterOffloadSetGso = EvtAdapterOffloadSetGso;
}

typedef struct _NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES {
    ULONG Size;
    NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
    NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
    BOOLEAN TcpTimestampOption;
    PFN_NET_ADAPTER_OFFLOAD_SET_RSC EvtAdapterOffloadSetRsc;
} NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES_INIT(NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES *Capabilities,
                                                           NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags,
                                                           NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags,
                                                           PFN_NET_ADAPTER_OFFLOAD_SET_RSC EvtAdapterOffloadSetRsc) {
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
    Capabilities->Layer3Flags = Layer3Flags;
    Capabilities->Layer4Flags = Layer4Flags;
    Capabilities->TcpTimestampOption = TRUE;
    Capabilities->EvtAdapterOffloadSetRsc = EvtAdapterOffloadSetRsc;
}

VOID NetAdapterOffloadSetTxChecksumCapabilities(NETADAPTER Adapter,
                                                NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES const *Capabilities);
VOID NetAdapterOffloadSetRxChecksumCapabilities(NETADAPTER Adapter,
                                                NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES const *Capabilities);
VOID NetAdapterOffloadSetGsoCapabilities(NETADAPTER Adapter,
                                         NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES const *Capabilities);
VOID NetAdapterOffloadSetRscCapabilities(NETADAPTER Adapter,
                                         NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES const *Capabilities);

BOOLEAN NetOffloadIsTxChecksumIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTxChecksumTcpEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTxChecksumUdpEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRxChecksumIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRxChecksumTcpEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRxChecksumUdpEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsLsoIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsLsoIPv6Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsUsoIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsUsoIPv6Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTcpRscIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTcpRscIPv6Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsUdpRscEnabled(NETOFFLOAD Offload);
SIZE_T NetOffloadGetLsoMaxOffloadSize(NETOFFLOAD Offload);
SIZE_T NetOffloadGetLsoMinSegmentCount(NETOFFLOAD Offload);
SIZE_T NetOffloadGetUsoMaxOffloadSize(NETOFFLOAD Offload);
SIZE_T NetOffloadGetUsoMinSegmentCount(NETOFFLOAD Offload);

/* ---- Wake on LAN -------------------------------------------------------------------------------- */

typedef struct _NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES {
    ULONG Size;
    BOOLEAN PacketFilterMatch;
} NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES_INIT(
    NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES *Capabilities) {
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
}

typedef struct _NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES {
    ULONG Size;
    BOOLEAN MagicPacket;
} NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES_INIT(
    NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES *Capabilities) {
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
}

typedef struct _NET_ADAPTER_WAKE_BITMAP_CAPABILITIES {
    ULONG Size;
    BOOLEAN BitmapPattern;
    SIZE_T MaximumPatternCount;
    SIZE_T MaximumPatternSize;
} NET_ADAPTER_WAKE_BITMAP_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_WAKE_BITMAP_CAPABILITIES_INIT(NET_ADAPTER_WAKE_BITMAP_CAPABILITIES *Capabilities) {
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
}

typedef struct _NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES {
    ULONG Size;
    BOOLEAN MediaConnect;
    BOOLEAN MediaDisconnect;
} NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES;

FORCEINLINE VOID NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES_INIT(
    NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES *Capabilities) {
    RtlZeroMemory(Capabilities, sizeof(*Capabilities));
    Capabilities->Size = sizeof(*Capabilities);
}

VOID NetAdapterWakeSetPacketFilterCapabilities(NETADAPTER Adapter,
                                               NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES const *Capabilities);
VOID NetAdapterWakeSetMagicPacketCapabilities(NETADAPTER Adapter,
                                              NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES const *Capabilities);
VOID NetAdapterWakeSetBitmapCapabilities(NETADAPTER Adapter,
                                         NET_ADAPTER_WAKE_BITMAP_CAPABILITIES const *Capabilities);
VOID NetAdapterWakeSetMediaChangeCapabilities(NETADAPTER Adapter,
                                              NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES const *Capabilities);

/* ---- Configuration (registry) ------------------------------------------------------------------- */

typedef enum _NET_CONFIGURATION_QUERY_ULONG_FLAGS {
    NET_CONFIGURATION_QUERY_ULONG_NO_FLAGS = 0x00000000,
    NET_CONFIGURATION_QUERY_ULONG_MAY_BE_STORED_AS_HEX_STRING = 0x00000001
} NET_CONFIGURATION_QUERY_ULONG_FLAGS;

NTSTATUS NetAdapterOpenConfiguration(NETADAPTER Adapter, PWDF_OBJECT_ATTRIBUTES ConfigurationAttributes,
                                     NETCONFIGURATION *Configuration);
NTSTATUS NetDeviceOpenConfiguration(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES ConfigurationAttributes,
                                    NETCONFIGURATION *Configuration);
VOID NetConfigurationClose(NETCONFIGURATION Configuration);
NTSTATUS NetConfigurationOpenSubConfiguration(NETCONFIGURATION Configuration, PCUNICODE_STRING SubConfigurationName,
                                              PWDF_OBJECT_ATTRIBUTES SubConfigurationAttributes,
                                              NETCONFIGURATION *SubConfiguration);
NTSTATUS NetConfigurationQueryUlong(NETCONFIGURATION Configuration, NET_CONFIGURATION_QUERY_ULONG_FLAGS Flags,
                                    PCUNICODE_STRING ValueName, PULONG Value);
NTSTATUS NetConfigurationQueryString(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName,
                                     PWDF_OBJECT_ATTRIBUTES StringAttributes, WDFSTRING *WdfString);
NTSTATUS NetConfigurationQueryMultiString(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName,
                                          PWDF_OBJECT_ATTRIBUTES StringsAttributes, WDFCOLLECTION Collection);
NTSTATUS NetConfigurationQueryBinary(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName,
                                     POOL_TYPE PoolType, PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
                                     WDFMEMORY *Memory);
NTSTATUS NetConfigurationQueryLinkLayerAddress(NETCONFIGURATION Configuration,
                                               NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress);
NTSTATUS NetConfigurationAssignUlong(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName, ULONG Value);
NTSTATUS NetConfigurationAssignUnicodeString(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName,
                                             PCUNICODE_STRING Value);
NTSTATUS NetConfigurationAssignBinary(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName,
                                      PVOID Buffer, ULONG BufferLength);
NTSTATUS NetConfigurationAssignMultiString(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName,
                                           WDFCOLLECTION StringsCollection);

/* ---- Packet queues ------------------------------------------------------------------------------ */

typedef VOID EVT_PACKET_QUEUE_START(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_START *PFN_PACKET_QUEUE_START;
typedef VOID EVT_PACKET_QUEUE_STOP(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_STOP *PFN_PACKET_QUEUE_STOP;
typedef VOID EVT_PACKET_QUEUE_ADVANCE(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_ADVANCE *PFN_PACKET_QUEUE_ADVANCE;
typedef VOID EVT_PACKET_QUEUE_CANCEL(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_CANCEL *PFN_PACKET_QUEUE_CANCEL;
typedef VOID EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED(NETPACKETQUEUE PacketQueue, BOOLEAN NotificationEnabled);
typedef EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED *PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED;

typedef struct _NET_PACKET_QUEUE_CONFIG {
    ULONG Size;
    PFN_PACKET_QUEUE_ADVANCE EvtAdvance;
    PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED EvtSetNotificationEnabled;
    PFN_PACKET_QUEUE_CANCEL EvtCancel;
    PFN_PACKET_QUEUE_START EvtStart;
    PFN_PACKET_QUEUE_STOP EvtStop;
} NET_PACKET_QUEUE_CONFIG;

FORCEINLINE VOID NET_PACKET_QUEUE_CONFIG_INIT(NET_PACKET_QUEUE_CONFIG *NetPacketQueueConfig,
                                              PFN_PACKET_QUEUE_ADVANCE EvtAdvance,
                                              PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED EvtSetNotificationEnabled,
                                              PFN_PACKET_QUEUE_CANCEL EvtCancel) {
    RtlZeroMemory(NetPacketQueueConfig, sizeof(*NetPacketQueueConfig));
    NetPacketQueueConfig->Size = sizeof(*NetPacketQueueConfig);
    NetPacketQueueConfig->EvtAdvance = EvtAdvance;
    NetPacketQueueConfig->EvtSetNotificationEnabled = EvtSetNotificationEnabled;
    NetPacketQueueConfig->EvtCancel = EvtCancel;
}

NTSTATUS NetTxQueueCreate(NETTXQUEUE_INIT *NetTxQueueInit, PWDF_OBJECT_ATTRIBUTES TxQueueAttributes,
                          NET_PACKET_QUEUE_CONFIG const *Configuration, NETPACKETQUEUE *TxQueue);
ULONG NetTxQueueInitGetQueueId(NETTXQUEUE_INIT *NetTxQueueInit);
VOID NetTxQueueNotifyMoreCompletedPacketsAvailable(NETPACKETQUEUE TxQueue);
NET_RING_COLLECTION const *NetTxQueueGetRingCollection(NETPACKETQUEUE NetTxQueue);
VOID NetTxQueueGetExtension(NETPACKETQUEUE NetTxQueue, NET_EXTENSION_QUERY const *Query, NET_EXTENSION *Extension);

NTSTATUS NetRxQueueCreate(NETRXQUEUE_INIT *NetRxQueueInit, PWDF_OBJECT_ATTRIBUTES RxQueueAttributes,
                          NET_PACKET_QUEUE_CONFIG const *Configuration, NETPACKETQUEUE *RxQueue);
ULONG NetRxQueueInitGetQueueId(NETRXQUEUE_INIT *NetRxQueueInit);
VOID NetRxQueueNotifyMoreReceivedPacketsAvailable(NETPACKETQUEUE RxQueue);
NET_RING_COLLECTION const *NetRxQueueGetRingCollection(NETPACKETQUEUE NetRxQueue);
VOID NetRxQueueGetExtension(NETPACKETQUEUE NetRxQueue, NET_EXTENSION_QUERY const *Query, NET_EXTENSION *Extension);

#ifdef __cplusplus
}
#endif

#ifdef __cplusplus
DEFINE_ENUM_FLAG_OPERATORS(NET_ADAPTER_AUTO_NEGOTIATION_FLAGS)
DEFINE_ENUM_FLAG_OPERATORS(NET_PACKET_FILTER_FLAGS)
DEFINE_ENUM_FLAG_OPERATORS(NET_ADAPTER_OFFLOAD_LAYER3_FLAGS)
DEFINE_ENUM_FLAG_OPERATORS(NET_ADAPTER_OFFLOAD_LAYER4_FLAGS)
#endif

#endif /* DRVLS_WDK_SHIM_NETADAPTERCX_H */
