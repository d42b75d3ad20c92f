/*
 * wlan/1.0/TLVGeneratorParser.hpp - drvls WDK supplement: the WDI TLV generator and parser library.
 *
 * Drivers include it as <wlan\1.0\TLVGeneratorParser.hpp>. It declares the interface of the WDI TLV
 * library: TLV_CONTEXT (peer WDI version and allocation context), the parsed message structures for
 * the task and property commands a miniport receives (WDI_TASK_CONNECT_PARAMETERS,
 * WDI_SCAN_PARAMETERS, WDI_SET_ADD_CIPHER_KEYS_PARAMETERS, ...), the structures for the responses and
 * indications it generates (WDI_GET_ADAPTER_CAPABILITIES_PARAMETERS,
 * WDI_INDICATION_BSS_ENTRY_LIST_PARAMETERS, ...), and the routines:
 *   ParseWdiXxx(BufferLength, pBuffer, Context, pParsed) and CleanupParsedWdiXxx(pParsed)
 *     (caller allocation model), Parse / FreeParsed (callee allocation model);
 *   GenerateWdiXxx(pInput, ReservedHeaderLength, Context, pOutputLength, ppOutput) and FreeGenerated.
 *
 * The WDK's header is C++; C drivers include it too, so this one is written in the common subset (see
 * wditypes.hpp for the array structures). Each parsed structure has the members its documented TLVs
 * carry and an Optional block of <member>_IsPresent bits for the optional ones; the member order is not
 * the WDK's layout. A message with no payload has only the member _Reserved.
 */
#ifndef DRVLS_WDK_SHIM_TLVGENERATORPARSER_HPP
#define DRVLS_WDK_SHIM_TLVGENERATORPARSER_HPP

#include <wditypes.hpp>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef DRVLS_TLV_API
#define DRVLS_TLV_API
#endif

/* What the library needs to know about the other side: its WDI version and the context passed to the
 * allocator (operator new with a ULONG_PTR argument in the WDK). */
typedef struct _TLV_CONTEXT {
    UINT32 PeerVersion;
    ULONG_PTR AllocationContext;
} TLV_CONTEXT, *PTLV_CONTEXT;
typedef const TLV_CONTEXT *PCTLV_CONTEXT;

typedef struct _WDI_TASK_OPEN_PARAMETERS {
    UINT8 _Reserved;
} WDI_TASK_OPEN_PARAMETERS, *PWDI_TASK_OPEN_PARAMETERS;

typedef struct _WDI_TASK_CLOSE_PARAMETERS {
    UINT8 _Reserved;
} WDI_TASK_CLOSE_PARAMETERS, *PWDI_TASK_CLOSE_PARAMETERS;

typedef struct _WDI_SCAN_DWELL_TIME {
    UINT32 ActiveChannelDwellTime;
    UINT32 PassiveChannelDwellTime;
    UINT32 MaximumScanTime;
} WDI_SCAN_DWELL_TIME, *PWDI_SCAN_DWELL_TIME;

typedef struct _WDI_SCAN_MODE_PARAMETERS {
    UINT32 ScanRepeatCount;
    UINT32 AllowedScanType;
    WDI_SCAN_TRIGGER ScanTrigger;
} WDI_SCAN_MODE_PARAMETERS, *PWDI_SCAN_MODE_PARAMETERS;

typedef struct _WDI_SCAN_PARAMETERS {
    WDI_SCAN_MODE_PARAMETERS ScanModeParameters;
    WDI_SCAN_DWELL_TIME DwellTime;
    WDI_MAC_ADDRESS BSSID;
    ArrayOfElementsOfWDI_SSID SSIDList;
    ArrayOfElementsOfWDI_BAND_CHANNEL_LIST_CONTAINER BandChannelList;
    ArrayOfElementsOfUINT8 VendorIEs;
    struct {
        UINT8 SSIDList_IsPresent : 1;
        UINT8 BandChannelList_IsPresent : 1;
        UINT8 VendorIEs_IsPresent : 1;
    } Optional;
} WDI_SCAN_PARAMETERS, *PWDI_SCAN_PARAMETERS;

typedef struct _WDI_P2P_DISCOVER_MODE {
    WDI_P2P_DISCOVER_TYPE DiscoveryType;
    WDI_P2P_SCAN_TYPE ScanType;
    BOOLEAN ForcedDiscovery;
} WDI_P2P_DISCOVER_MODE, *PWDI_P2P_DISCOVER_MODE;

typedef struct _WDI_TASK_P2P_DISCOVER_PARAMETERS {
    WDI_P2P_DISCOVER_MODE DiscoverMode;
    WDI_SCAN_DWELL_TIME DwellTime;
    ArrayOfElementsOfWDI_P2P_DISCOVERY_CHANNEL_SETTINGS_CONTAINER DiscoveryChannelSettings;
    ArrayOfElementsOfWDI_SSID SSIDList;
    ArrayOfElementsOfUINT8 VendorIEs;
    struct {
        UINT8 DiscoveryChannelSettings_IsPresent : 1;
        UINT8 SSIDList_IsPresent : 1;
        UINT8 VendorIEs_IsPresent : 1;
        UINT8 DeviceFilterList_IsPresent : 1;
    } Optional;
} WDI_TASK_P2P_DISCOVER_PARAMETERS, *PWDI_TASK_P2P_DISCOVER_PARAMETERS;

typedef struct _WDI_CONNECTION_SETTINGS {
    BOOLEAN HiddenNetwork;
    BOOLEAN ExcludeUnencrypted;
    BOOLEAN MFPEnabled;
    BOOLEAN HostFIPSModeEnabled;
    BOOLEAN RoamRequest;
    UINT32 RoamTrigger;
    UINT32 RoamNeededReason;
    UINT32 SelectedAuthAlgorithm;
} WDI_CONNECTION_SETTINGS, *PWDI_CONNECTION_SETTINGS;

typedef struct _WDI_CONNECT_PARAMETERS {
    WDI_CONNECTION_SETTINGS ConnectionSettings;
    ArrayOfElementsOfWDI_SSID SSIDList;
    ArrayOfElementsOfWDI_AUTH_ALGORITHM AuthenticationAlgorithms;
    ArrayOfElementsOfWDI_CIPHER_ALGORITHM MulticastCipherAlgorithms;
    ArrayOfElementsOfWDI_CIPHER_ALGORITHM UnicastCipherAlgorithms;
    ArrayOfElementsOfUINT8 AssociationRequestVendorIE;
    ArrayOfElementsOfWDI_PHY_TYPE ActivePhyTypeList;
    ArrayOfElementsOfWDI_MAC_ADDRESS DisallowedBSSIDs;
    ArrayOfElementsOfWDI_MAC_ADDRESS AllowedBSSIDs;
    struct {
        UINT8 AssociationRequestVendorIE_IsPresent : 1;
        UINT8 ActivePhyTypeList_IsPresent : 1;
        UINT8 DisallowedBSSIDs_IsPresent : 1;
        UINT8 AllowedBSSIDs_IsPresent : 1;
    } Optional;
} WDI_CONNECT_PARAMETERS, *PWDI_CONNECT_PARAMETERS;

typedef struct _WDI_TASK_CONNECT_PARAMETERS {
    WDI_CONNECT_PARAMETERS ConnectParameters;
    ArrayOfElementsOfWDI_CONNECT_BSS_ENTRY_CONTAINER PreferredBSSEntryList;
    ArrayOfElementsOfUINT8 DeviceSpecificContext;
    struct {
        UINT8 DeviceSpecificContext_IsPresent : 1;
    } Optional;
} WDI_TASK_CONNECT_PARAMETERS, *PWDI_TASK_CONNECT_PARAMETERS;

typedef struct _WDI_TASK_ROAM_PARAMETERS {
    WDI_CONNECT_PARAMETERS ConnectParameters;
    ArrayOfElementsOfWDI_CONNECT_BSS_ENTRY_CONTAINER PreferredBSSEntryList;
    struct {
        UINT8 DeviceSpecificContext_IsPresent : 1;
    } Optional;
} WDI_TASK_ROAM_PARAMETERS, *PWDI_TASK_ROAM_PARAMETERS;

typedef struct _WDI_DOT11_RESET_PARAMETERS {
    BOOLEAN SetDefaultMIB;
} WDI_DOT11_RESET_PARAMETERS, *PWDI_DOT11_RESET_PARAMETERS;

typedef struct _WDI_TASK_DOT11_RESET_PARAMETERS {
    WDI_DOT11_RESET_PARAMETERS Dot11ResetParameters;
    WDI_MAC_ADDRESS ResetMACAddress;
    struct {
        UINT8 ResetMACAddress_IsPresent : 1;
    } Optional;
} WDI_TASK_DOT11_RESET_PARAMETERS, *PWDI_TASK_DOT11_RESET_PARAMETERS;

typedef struct _WDI_DISCONNECT_PARAMETERS {
    WDI_MAC_ADDRESS MacAddress;
    UINT32 DisassociationWABIReason;
    UINT16 Disassociation80211ReasonCode;
} WDI_DISCONNECT_PARAMETERS, *PWDI_DISCONNECT_PARAMETERS;

typedef struct _WDI_TASK_DISCONNECT_PARAMETERS {
    WDI_DISCONNECT_PARAMETERS DisconnectParameters;
} WDI_TASK_DISCONNECT_PARAMETERS, *PWDI_TASK_DISCONNECT_PARAMETERS;

typedef struct _WDI_P2P_ACTION_FRAME_PARAMETERS {
    WDI_MAC_ADDRESS PeerDeviceAddress;
    UINT8 DialogToken;
    UINT32 RequestFrameType;
    UINT32 ResponseFrameType;
    UINT32 SendTimeout;
    UINT32 PostACKDwellTime;
    UINT8 ChannelNumber;
    WDI_MAC_ADDRESS DestinationAddress;
    UINT32 StatusCode;
    UINT8 GroupCapability;
    UINT8 GOIntent;
    BOOLEAN TieBreaker;
    UINT32 GOConfigTimeout;
    UINT32 ClientConfigTimeout;
    WDI_MAC_ADDRESS IntendedInterfaceAddress;
    UINT8 InvitationFlags;
    BOOLEAN IsLocalGO;
    UINT32 ActionFrameType;
} WDI_P2P_ACTION_FRAME_PARAMETERS, *PWDI_P2P_ACTION_FRAME_PARAMETERS;

typedef struct _WDI_P2P_GROUP_ID {
    WDI_MAC_ADDRESS DeviceAddress;
    ArrayOfElementsOfUINT8 GroupSSID;
} WDI_P2P_GROUP_ID, *PWDI_P2P_GROUP_ID;

typedef struct _WDI_P2P_ACTION_INFO {
    WDI_P2P_ACTION_FRAME_PARAMETERS RequestParams;
    WDI_P2P_ACTION_FRAME_PARAMETERS ResponseParams;
    WDI_P2P_ACTION_FRAME_PARAMETERS ConfirmationParams;
    WDI_P2P_GROUP_ID GroupID;
    WDI_P2P_CHANNEL_CONTAINER OperatingChannel;
    WDI_MAC_ADDRESS GroupBSSID;
    struct {
        UINT8 GroupID_IsPresent : 1;
        UINT8 OperatingChannel_IsPresent : 1;
        UINT8 GroupBSSID_IsPresent : 1;
        UINT8 PersistentGroupID_IsPresent : 1;
        UINT8 ServiceAttributes_IsPresent : 1;
        UINT8 ServiceSessionInfo_IsPresent : 1;
    } Optional;
} WDI_P2P_ACTION_INFO, *PWDI_P2P_ACTION_INFO;

typedef struct _WDI_TASK_P2P_SEND_REQUEST_ACTION_FRAME_PARAMETERS {
    WDI_BSS_ENTRY_CONTAINER DeviceDescriptor;
    WDI_P2P_ACTION_FRAME_PARAMETERS RequestParams;
    WDI_P2P_ACTION_INFO GONegotiationRequestInfo;
    WDI_P2P_ACTION_INFO GONegotiationConfirmationInfo;
    WDI_P2P_ACTION_INFO InvitationRequestInfo;
    WDI_P2P_ACTION_INFO ProvisionDiscoveryRequestInfo;
    ArrayOfElementsOfUINT8 VendorIEs;
    struct {
        UINT8 GONegotiationRequestInfo_IsPresent : 1;
        UINT8 GONegotiationConfirmationInfo_IsPresent : 1;
        UINT8 InvitationRequestInfo_IsPresent : 1;
        UINT8 ProvisionDiscoveryRequestInfo_IsPresent : 1;
        UINT8 VendorIEs_IsPresent : 1;
    } Optional;
} WDI_TASK_P2P_SEND_REQUEST_ACTION_FRAME_PARAMETERS, *PWDI_TASK_P2P_SEND_REQUEST_ACTION_FRAME_PARAMETERS;

typedef struct _WDI_TASK_P2P_SEND_RESPONSE_ACTION_FRAME_PARAMETERS {
    WDI_P2P_ACTION_FRAME_PARAMETERS ResponseParams;
    WDI_P2P_ACTION_INFO GONegotiationResponseInfo;
    WDI_P2P_ACTION_INFO InvitationResponseInfo;
    WDI_P2P_ACTION_INFO GONegotiationConfirmationInfo;
    WDI_P2P_ACTION_INFO ProvisionDiscoveryResponseInfo;
    ArrayOfElementsOfUINT8 VendorIEs;
    struct {
        UINT8 GONegotiationResponseInfo_IsPresent : 1;
        UINT8 GONegotiationConfirmationInfo_IsPresent : 1;
        UINT8 InvitationResponseInfo_IsPresent : 1;
        UINT8 ProvisionDiscoveryResponseInfo_IsPresent : 1;
        UINT8 VendorIEs_IsPresent : 1;
    } Optional;
} WDI_TASK_P2P_SEND_RESPONSE_ACTION_FRAME_PARAMETERS, *PWDI_TASK_P2P_SEND_RESPONSE_ACTION_FRAME_PARAMETERS;

typedef struct _WDI_RADIO_STATE {
    BOOLEAN SoftwareState;
    BOOLEAN HardwareState;
} WDI_RADIO_STATE, *PWDI_RADIO_STATE;

typedef struct _WDI_SET_RADIO_STATE_PARAMETERS {
    BOOLEAN SoftwareRadioState;
} WDI_SET_RADIO_STATE_PARAMETERS, *PWDI_SET_RADIO_STATE_PARAMETERS;

typedef struct _WDI_CREATE_PORT_PARAMETERS {
    WDI_OPERATION_MODE OpModeMask;
    NDIS_PORT_NUMBER NdisPortNumber;
} WDI_CREATE_PORT_PARAMETERS, *PWDI_CREATE_PORT_PARAMETERS;

typedef struct _WDI_TASK_CREATE_PORT_PARAMETERS {
    WDI_CREATE_PORT_PARAMETERS CreatePortParameters;
} WDI_TASK_CREATE_PORT_PARAMETERS, *PWDI_TASK_CREATE_PORT_PARAMETERS;

typedef struct _WDI_DELETE_PORT_PARAMETERS {
    NDIS_PORT_NUMBER PortNumber;
} WDI_DELETE_PORT_PARAMETERS, *PWDI_DELETE_PORT_PARAMETERS;

typedef struct _WDI_TASK_DELETE_PORT_PARAMETERS {
    WDI_DELETE_PORT_PARAMETERS DeletePortParameters;
} WDI_TASK_DELETE_PORT_PARAMETERS, *PWDI_TASK_DELETE_PORT_PARAMETERS;

typedef struct _WDI_P2P_ADDITIONAL_IES {
    ArrayOfElementsOfUINT8 AdditionalBeaconIEs;
    ArrayOfElementsOfUINT8 AdditionalProbeResponseIEs;
    ArrayOfElementsOfUINT8 AdditionalProbeRequestDefaultIEs;
} WDI_P2P_ADDITIONAL_IES, *PWDI_P2P_ADDITIONAL_IES;

typedef struct _WDI_TASK_START_AP_PARAMETERS {
    WDI_SSID DesiredSSID;
    ArrayOfElementsOfWDI_SSID SSIDList;
    WDI_P2P_GROUP_OWNER_CAPABILITY_CONTAINER GroupOwnerCapability;
    ArrayOfElementsOfWDI_AUTH_ALGORITHM AuthenticationAlgorithms;
    ArrayOfElementsOfWDI_CIPHER_ALGORITHM UnicastCipherAlgorithms;
    ArrayOfElementsOfWDI_CIPHER_ALGORITHM MulticastCipherAlgorithms;
    ArrayOfElementsOfWDI_P2P_CHANNEL_CONTAINER OperatingChannel;
    WDI_P2P_ADDITIONAL_IES AdditionalIEs;
    BOOLEAN MustUseSpecifiedChannel;
    struct {
        UINT8 GroupOwnerCapability_IsPresent : 1;
        UINT8 AdditionalIEs_IsPresent : 1;
    } Optional;
} WDI_TASK_START_AP_PARAMETERS, *PWDI_TASK_START_AP_PARAMETERS;

typedef struct _WDI_TASK_STOP_AP_PARAMETERS {
    UINT8 _Reserved;
} WDI_TASK_STOP_AP_PARAMETERS, *PWDI_TASK_STOP_AP_PARAMETERS;

typedef struct _WDI_ASSOC_RESPONSE_PARAMETERS {
    WDI_MAC_ADDRESS PeerMacAddress;
    BOOLEAN AcceptRequest;
    UINT16 ReasonCode;
    BOOLEAN IsReassociationRequest;
} WDI_ASSOC_RESPONSE_PARAMETERS, *PWDI_ASSOC_RESPONSE_PARAMETERS;

typedef struct _WDI_AP_ASSOCIATION_REQUEST_INFO {
    WDI_ASSOC_RESPONSE_PARAMETERS AssocRequestParams;
    ArrayOfElementsOfUINT8 AssocRequestFrame;
} WDI_AP_ASSOCIATION_REQUEST_INFO, *PWDI_AP_ASSOCIATION_REQUEST_INFO;

typedef struct _WDI_TASK_SEND_AP_ASSOCIATION_RESPONSE_PARAMETERS {
    WDI_AP_ASSOCIATION_REQUEST_INFO IncomingRequestInfo;
    WDI_ASSOC_RESPONSE_PARAMETERS AssocResponseParameters;
    ArrayOfElementsOfUINT8 VendorIEs;
    struct {
        UINT8 VendorIEs_IsPresent : 1;
    } Optional;
} WDI_TASK_SEND_AP_ASSOCIATION_RESPONSE_PARAMETERS, *PWDI_TASK_SEND_AP_ASSOCIATION_RESPONSE_PARAMETERS;

typedef struct _WDI_TASK_CHANGE_OPERATION_MODE_PARAMETERS {
    WDI_OPERATION_MODE OperationMode;
} WDI_TASK_CHANGE_OPERATION_MODE_PARAMETERS, *PWDI_TASK_CHANGE_OPERATION_MODE_PARAMETERS;

typedef struct _WDI_ACTION_FRAME_PARAMETERS {
    WDI_MAC_ADDRESS DestinationAddress;
    UINT8 DialogToken;
    UINT32 SendTimeout;
    UINT32 PostACKDwellTime;
    WDI_BAND_ID BandId;
    WDI_CHANNEL_NUMBER ChannelNumber;
} WDI_ACTION_FRAME_PARAMETERS, *PWDI_ACTION_FRAME_PARAMETERS;

typedef struct _WDI_TASK_SEND_REQUEST_ACTION_FRAME_PARAMETERS {
    WDI_ACTION_FRAME_PARAMETERS RequestParams;
    ArrayOfElementsOfUINT8 ActionFrameBody;
    ArrayOfElementsOfWDI_BAND_CHANNEL_LIST_CONTAINER BandChannelList;
} WDI_TASK_SEND_REQUEST_ACTION_FRAME_PARAMETERS, *PWDI_TASK_SEND_REQUEST_ACTION_FRAME_PARAMETERS;

typedef struct _WDI_TASK_SEND_RESPONSE_ACTION_FRAME_PARAMETERS {
    WDI_ACTION_FRAME_PARAMETERS ResponseParams;
    ArrayOfElementsOfUINT8 ActionFrameBody;
} WDI_TASK_SEND_RESPONSE_ACTION_FRAME_PARAMETERS, *PWDI_TASK_SEND_RESPONSE_ACTION_FRAME_PARAMETERS;

typedef struct _WDI_SET_P2P_LISTEN_STATE_PARAMETERS {
    WDI_P2P_LISTEN_STATE_CONTAINER ListenState;
    WDI_P2P_CHANNEL_CONTAINER ListenChannel;
    struct {
        UINT8 ListenChannel_IsPresent : 1;
    } Optional;
} WDI_SET_P2P_LISTEN_STATE_PARAMETERS, *PWDI_SET_P2P_LISTEN_STATE_PARAMETERS;

/* WDI_TLV_CIPHER_KEY_ID. */
typedef struct _WDI_CIPHER_KEY_ID_CONTAINER {
    UINT32 CipherKeyID;
} WDI_CIPHER_KEY_ID_CONTAINER, *PWDI_CIPHER_KEY_ID_CONTAINER;

/* WDI_TLV_CIPHER_KEY_TYPE_INFO: the algorithm, direction, whether the key is static, and its type. */
typedef struct _WDI_CIPHER_KEY_TYPE_INFO_CONTAINER {
    WDI_CIPHER_ALGORITHM CipherAlgorithm;
    WDI_CIPHER_KEY_DIRECTION Direction;
    BOOLEAN Static;
    WDI_CIPHER_KEY_TYPE KeyType;
} WDI_CIPHER_KEY_TYPE_INFO_CONTAINER, *PWDI_CIPHER_KEY_TYPE_INFO_CONTAINER;

/* WDI_TLV_CIPHER_KEY_RECEIVE_SEQUENCE_COUNT: the 6-byte receive sequence counter. */
typedef struct _WDI_CIPHER_KEY_RECEIVE_SEQUENCE_COUNT_CONTAINER {
    UINT8 ReceiveSequenceCount[6];
} WDI_CIPHER_KEY_RECEIVE_SEQUENCE_COUNT_CONTAINER, *PWDI_CIPHER_KEY_RECEIVE_SEQUENCE_COUNT_CONTAINER;

/* WDI_TLV_CIPHER_KEY_TKIP_INFO: the TKIP key and its MIC key. */
typedef struct _WDI_CIPHER_KEY_TKIP_INFO_CONTAINER {
    ArrayOfElementsOfUINT8 TKIPKey;
    ArrayOfElementsOfUINT8 TKIPMIC;
} WDI_CIPHER_KEY_TKIP_INFO_CONTAINER, *PWDI_CIPHER_KEY_TKIP_INFO_CONTAINER;

typedef struct _WDI_SET_ADD_CIPHER_KEYS_CONTAINER {
    WDI_MAC_ADDRESS PeerMacAddress;
    WDI_CIPHER_KEY_ID_CONTAINER CipherKeyID;
    WDI_CIPHER_KEY_TYPE_INFO_CONTAINER CipherKeyTypeInfo;
    ArrayOfElementsOfUINT8 WEPKey;
    WDI_CIPHER_KEY_TKIP_INFO_CONTAINER TKIPInfo;
    ArrayOfElementsOfUINT8 CCMPKey;
    ArrayOfElementsOfUINT8 BIPKey;
    WDI_CIPHER_KEY_RECEIVE_SEQUENCE_COUNT_CONTAINER ReceiveSequenceCount;
    struct {
        UINT8 PeerMacAddress_IsPresent : 1;
        UINT8 CipherKeyID_IsPresent : 1;
        UINT8 WEPKey_IsPresent : 1;
        UINT8 CCMPKey_IsPresent : 1;
        UINT8 BIPKey_IsPresent : 1;
        UINT8 TKIPInfo_IsPresent : 1;
        UINT8 ReceiveSequenceCount_IsPresent : 1;
    } Optional;
} WDI_SET_ADD_CIPHER_KEYS_CONTAINER, *PWDI_SET_ADD_CIPHER_KEYS_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_SET_ADD_CIPHER_KEYS_CONTAINER)
typedef struct _WDI_SET_ADD_CIPHER_KEYS_PARAMETERS {
    ArrayOfElementsOfWDI_SET_ADD_CIPHER_KEYS_CONTAINER SetCipherKey;
} WDI_SET_ADD_CIPHER_KEYS_PARAMETERS, *PWDI_SET_ADD_CIPHER_KEYS_PARAMETERS;

typedef struct _WDI_SET_DELETE_CIPHER_KEYS_CONTAINER {
    WDI_MAC_ADDRESS PeerMacAddress;
    WDI_CIPHER_KEY_ID_CONTAINER CipherKeyID;
    WDI_CIPHER_KEY_TYPE_INFO_CONTAINER CipherKeyTypeInfo;
    struct {
        UINT8 PeerMacAddress_IsPresent : 1;
        UINT8 CipherKeyID_IsPresent : 1;
    } Optional;
} WDI_SET_DELETE_CIPHER_KEYS_CONTAINER, *PWDI_SET_DELETE_CIPHER_KEYS_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_SET_DELETE_CIPHER_KEYS_CONTAINER)
typedef struct _WDI_SET_DELETE_CIPHER_KEYS_PARAMETERS {
    ArrayOfElementsOfWDI_SET_DELETE_CIPHER_KEYS_CONTAINER CipherKeyInfo;
} WDI_SET_DELETE_CIPHER_KEYS_PARAMETERS, *PWDI_SET_DELETE_CIPHER_KEYS_PARAMETERS;

typedef struct _WDI_DEFAULT_KEY_ID_PARAMETERS {
    UINT32 KeyID;
} WDI_DEFAULT_KEY_ID_PARAMETERS, *PWDI_DEFAULT_KEY_ID_PARAMETERS;

typedef struct _WDI_SET_DEFAULT_KEY_ID_PARAMETERS {
    WDI_DEFAULT_KEY_ID_PARAMETERS DefaultKeyIdParameters;
    WDI_MAC_ADDRESS PeerMacAddress;
    struct {
        UINT8 PeerMacAddress_IsPresent : 1;
    } Optional;
} WDI_SET_DEFAULT_KEY_ID_PARAMETERS, *PWDI_SET_DEFAULT_KEY_ID_PARAMETERS;

typedef struct _WDI_LOW_LATENCY_PARAMETERS {
    UINT32 MaximumOffChannelOperationTime;
    UINT32 RoamingNeededLinkQualityThreshold;
} WDI_LOW_LATENCY_PARAMETERS, *PWDI_LOW_LATENCY_PARAMETERS;

typedef struct _WDI_SET_CONNECTION_QUALITY_PARAMETERS {
    WDI_CONNECTION_QUALITY_HINT Quality;
    WDI_LOW_LATENCY_PARAMETERS LowLatencyParameters;
    struct {
        UINT8 LowLatencyParameters_IsPresent : 1;
    } Optional;
} WDI_SET_CONNECTION_QUALITY_PARAMETERS, *PWDI_SET_CONNECTION_QUALITY_PARAMETERS;

typedef struct _WDI_GET_AUTO_POWER_SAVE_PARAMETERS {
    UINT8 _Reserved;
} WDI_GET_AUTO_POWER_SAVE_PARAMETERS, *PWDI_GET_AUTO_POWER_SAVE_PARAMETERS;

/* WDI_TLV_AUTO_POWER_SAVE: the power-save state the port reports. PowerMode and PowerModeinDx
 * hold WDI_POWER_SAVE_LEVEL values. */
typedef struct _WDI_AUTO_POWER_SAVE_PARAMETERS {
    BOOLEAN EnableAutoPSM;
    UINT32 MillisecondsInPowerSave;
    UINT32 MillisecondsSinceStart;
    UINT32 BeaconInterval;
    UINT32 ListenInterval;
    UINT32 ListenIntervalInDx;
    UINT32 PowerMode;
    UINT32 PowerModeinDx;
    UINT32 Reason;
    UINT32 ReceivedMulticastPackets;
    UINT32 SentMulticastPackets;
    UINT32 ReceivedUnicastPackets;
    UINT32 SentUnicastPacket;
} WDI_AUTO_POWER_SAVE_PARAMETERS, *PWDI_AUTO_POWER_SAVE_PARAMETERS;

typedef struct _WDI_GET_AUTO_POWER_SAVE_RESULTS {
    WDI_AUTO_POWER_SAVE_PARAMETERS AutoPowerSaveParameters;
} WDI_GET_AUTO_POWER_SAVE_RESULTS, *PWDI_GET_AUTO_POWER_SAVE_RESULTS;

typedef struct _WDI_GET_STATISTICS_PARAMETERS {
    ArrayOfElementsOfWDI_MAC_STATISTICS_CONTAINER PeerMACStatistics;
    ArrayOfElementsOfWDI_PHY_STATISTICS_CONTAINER PhyStatistics;
} WDI_GET_STATISTICS_PARAMETERS, *PWDI_GET_STATISTICS_PARAMETERS;

typedef struct _WDI_SET_RECEIVE_PACKET_FILTER_PARAMETERS {
    UINT32 PacketFilter;
} WDI_SET_RECEIVE_PACKET_FILTER_PARAMETERS, *PWDI_SET_RECEIVE_PACKET_FILTER_PARAMETERS;

/* WDI_TLV_COMMUNICATION_CAPABILITIES. */
typedef struct _WDI_COMMUNICATION_CAPABILITIES {
    UINT32 MaxCommandSize;
} WDI_COMMUNICATION_CAPABILITIES, *PWDI_COMMUNICATION_CAPABILITIES;

/* WDI_TLV_COMMUNICATION_ATTRIBUTES. */
typedef struct _WDI_COMMUNICATION_ATTRIBUTES_CONTAINER {
    WDI_COMMUNICATION_CAPABILITIES CommunicationCapabilities;
    struct {
        UINT8 CommunicationCapabilities_IsPresent : 1;
    } Optional;
} WDI_COMMUNICATION_ATTRIBUTES_CONTAINER, *PWDI_COMMUNICATION_ATTRIBUTES_CONTAINER;

/* OID_WDI_GET_ADAPTER_CAPABILITIES: one member per attribute TLV of the response. */
typedef struct _WDI_GET_ADAPTER_CAPABILITIES_PARAMETERS {
    WDI_INTERFACE_ATTRIBUTES_CONTAINER InterfaceAttributes;
    WDI_COMMUNICATION_ATTRIBUTES_CONTAINER CommunicationAttributes;
    ArrayOfElementsOfWDI_BAND_INFO_CONTAINER BandInfo;
    ArrayOfElementsOfWDI_PHY_INFO_CONTAINER PhyInfo;
    WDI_PM_CAPABILITIES_CONTAINER PmCapabilities;
    WDI_STATION_ATTRIBUTES_CONTAINER StationAttributes;
    WDI_AP_ATTRIBUTES_CONTAINER APAttributes;
    WDI_VIRTUALIZATION_ATTRIBUTES_CONTAINER VirtualizationAttributes;
    WDI_P2P_ATTRIBUTES_CONTAINER P2PAttributes;
    WDI_DATAPATH_ATTRIBUTES_CONTAINER DatapathAttributes;
    WDI_RECEIVE_COALESCING_CAPABILITIES_CONTAINER ReceiveCoalescingCapabilities;
    struct {
        UINT8 CommunicationAttributes_IsPresent : 1;
        UINT8 BandInfo_IsPresent : 1;
        UINT8 PhyInfo_IsPresent : 1;
        UINT8 PmCapabilities_IsPresent : 1;
        UINT8 StationAttributes_IsPresent : 1;
        UINT8 APAttributes_IsPresent : 1;
        UINT8 VirtualizationAttributes_IsPresent : 1;
        UINT8 P2PAttributes_IsPresent : 1;
        UINT8 DatapathAttributes_IsPresent : 1;
        UINT8 ReceiveCoalescingCapabilities_IsPresent : 1;
    } Optional;
} WDI_GET_ADAPTER_CAPABILITIES_PARAMETERS, *PWDI_GET_ADAPTER_CAPABILITIES_PARAMETERS;

typedef struct _WDI_NETWORK_LIST_OFFLOAD_PARAMETERS {
    WDI_NETWORK_LIST_OFFLOAD_INFO NetworkListOffload;
    struct {
        UINT8 NetworkListOffload_IsPresent : 1;
    } Optional;
} WDI_NETWORK_LIST_OFFLOAD_PARAMETERS, *PWDI_NETWORK_LIST_OFFLOAD_PARAMETERS;

typedef struct _WDI_SET_RECEIVE_COALESCING_PARAMETERS {
    UINT32 ReceiveCoalescing;
} WDI_SET_RECEIVE_COALESCING_PARAMETERS, *PWDI_SET_RECEIVE_COALESCING_PARAMETERS;

typedef struct _WDI_SET_PRIVACY_EXEMPTION_LIST_PARAMETERS {
    ArrayOfElementsOfWDI_PRIVACY_EXEMPTION_LIST_CONTAINER PrivacyExemptionEntry;
    struct {
        UINT8 PrivacyExemptionEntry_IsPresent : 1;
    } Optional;
} WDI_SET_PRIVACY_EXEMPTION_LIST_PARAMETERS, *PWDI_SET_PRIVACY_EXEMPTION_LIST_PARAMETERS;

typedef struct _WDI_SET_POWER_PARAMETERS {
    NDIS_DEVICE_POWER_STATE PowerState;
    UINT32 WakeUpFlags;
    UINT32 MediaSpecificWakeUpEvents;
} WDI_SET_POWER_PARAMETERS, *PWDI_SET_POWER_PARAMETERS;

typedef struct _WDI_CANCEL_PARAMETERS {
    NDIS_OID OriginalTaskOID;
    WDI_PORT_ID OriginalPortId;
    UINT32 OriginalTransactionId;
} WDI_CANCEL_PARAMETERS, *PWDI_CANCEL_PARAMETERS;

typedef struct _WDI_TASK_ABORT_PARAMETERS {
    WDI_CANCEL_PARAMETERS CancelParameters;
} WDI_TASK_ABORT_PARAMETERS, *PWDI_TASK_ABORT_PARAMETERS;

/* OID_WDI_SET_ADD_WOL_PATTERN: the wake patterns to add, each kind optional. */
typedef struct _WDI_SET_ADD_WOL_PATTERN_PARAMETERS {
    ArrayOfElementsOfWDI_PACKET_PATTERN_CONTAINER WakePacketPattern;
    UINT32 WakePacketMagicPacketPatternId;
    ArrayOfElementsOfWDI_IPv4_TCP_SYNC_CONTAINER WakePacketIpv4TcpSync;
    ArrayOfElementsOfWDI_IPv6TCP_SYNC_CONTAINER WakePacketIpv6TcpSync;
    UINT32 WakePacketEapolRequestIdPatternId;
    struct {
        UINT8 WakePacketPattern_IsPresent : 1;
        UINT8 WakePacketMagicPacketPatternId_IsPresent : 1;
        UINT8 WakePacketIpv4TcpSync_IsPresent : 1;
        UINT8 WakePacketIpv6TcpSync_IsPresent : 1;
        UINT8 WakePacketEapolRequestIdPatternId_IsPresent : 1;
    } Optional;
} WDI_SET_ADD_WOL_PATTERN_PARAMETERS, *PWDI_SET_ADD_WOL_PATTERN_PARAMETERS;

typedef struct _WDI_SET_REMOVE_WOL_PATTERN_PARAMETERS {
    UINT32 PatternId;
} WDI_SET_REMOVE_WOL_PATTERN_PARAMETERS, *PWDI_SET_REMOVE_WOL_PATTERN_PARAMETERS;

typedef struct _WDI_SET_MULTICAST_LIST_PARAMETERS {
    ArrayOfElementsOfWDI_MAC_ADDRESS MulticastList;
    struct {
        UINT8 MulticastList_IsPresent : 1;
    } Optional;
} WDI_SET_MULTICAST_LIST_PARAMETERS, *PWDI_SET_MULTICAST_LIST_PARAMETERS;

/* WDI_TLV_IPV4_ARP_OFFLOAD (ARP offload): remote and host IPv4 addresses and the MAC address. */
typedef struct _WDI_IPV4_ARP_OFFLOAD_CONTAINER {
    UINT32 ProtocolOffloadId;
    UINT8 RemoteIPV4Address[4];
    UINT8 HostIPV4Address[4];
    WDI_MAC_ADDRESS MacAddress;
} WDI_IPV4_ARP_OFFLOAD_CONTAINER, *PWDI_IPV4_ARP_OFFLOAD_CONTAINER;

/* WDI_TLV_IPV6_NS_OFFLOAD (neighbor solicitation offload). */
typedef struct _WDI_IPV6_NS_OFFLOAD_CONTAINER {
    UINT32 ProtocolOffloadId;
    UINT8 RemoteIPV6Address[16];
    UINT8 SolicitdNodeIPv6Address[16];
    WDI_MAC_ADDRESS MacAddress;
    UINT8 TargetIPV6Address1[16];
    UINT8 TargetIPV6Address2[16];
} WDI_IPV6_NS_OFFLOAD_CONTAINER, *PWDI_IPV6_NS_OFFLOAD_CONTAINER;

/* The 802.11 RSN rekey offload: the KCK and KEK (16 bytes each, contiguous) and the replay counter. */
typedef struct _WDI_RSN_KEY_INFO {
    UINT32 ProtocolOffloadId;
    UINT8 KCK_CONTENT[16];
    UINT8 KEK_CONTENT[16];
    UINT64 ReplayCounter;
} WDI_RSN_KEY_INFO, *PWDI_RSN_KEY_INFO;

typedef struct _WDI_DOT11_RSN_REKEY_OFFLOAD_CONTAINER {
    WDI_RSN_KEY_INFO RsnKeyInfo;
} WDI_DOT11_RSN_REKEY_OFFLOAD_CONTAINER, *PWDI_DOT11_RSN_REKEY_OFFLOAD_CONTAINER;

/* OID_WDI_SET_ADD_PM_PROTOCOL_OFFLOAD: one offload of the three kinds. */
typedef struct _WDI_SET_ADD_PM_PROTOCOL_OFFLOAD_PARAMETERS_PARAMETERS {
    WDI_IPV4_ARP_OFFLOAD_CONTAINER ipv4ARPOffload;
    WDI_IPV6_NS_OFFLOAD_CONTAINER ipv6ARPOffload;
    WDI_DOT11_RSN_REKEY_OFFLOAD_CONTAINER DOT11RSNREKeyOffload;
    struct {
        UINT8 ipv4ARPOffload_IsPresent : 1;
        UINT8 ipv6ARPOffload_IsPresent : 1;
        UINT8 DOT11RSNREKeyOffload_IsPresent : 1;
    } Optional;
} WDI_SET_ADD_PM_PROTOCOL_OFFLOAD_PARAMETERS_PARAMETERS, *PWDI_SET_ADD_PM_PROTOCOL_OFFLOAD_PARAMETERS_PARAMETERS;

typedef struct _WDI_SET_REMOVE_PM_PROTOCOL_OFFLOAD_PARAMETERS {
    UINT32 RemovePMOffload;
} WDI_SET_REMOVE_PM_PROTOCOL_OFFLOAD_PARAMETERS, *PWDI_SET_REMOVE_PM_PROTOCOL_OFFLOAD_PARAMETERS;

typedef struct _WDI_SET_FIRMWARE_CONFIGURATION_PARAMETERS {
    UINT8 _Reserved;
} WDI_SET_FIRMWARE_CONFIGURATION_PARAMETERS, *PWDI_SET_FIRMWARE_CONFIGURATION_PARAMETERS;

typedef struct _WDI_GET_RECEIVE_COALESCING_MATCH_COUNT_INPUTS {
    UINT32 FilterId;
} WDI_GET_RECEIVE_COALESCING_MATCH_COUNT_INPUTS, *PWDI_GET_RECEIVE_COALESCING_MATCH_COUNT_INPUTS;

typedef struct _WDI_SET_ADVERTISEMENT_INFORMATION_PARAMETERS {
    WDI_P2P_DEVICE_CAPABILITY_CONTAINER DeviceCapability;
    WDI_P2P_DEVICE_INFO_CONTAINER DeviceInformation;
    WDI_P2P_GROUP_OWNER_CAPABILITY_CONTAINER GroupOwnerCapability;
    WDI_P2P_SECONDARY_DEVICE_TYPE_CONTAINER SecondaryDeviceTypeList;
    WDI_P2P_ADDITIONAL_IES AdditionalIEs;
    struct {
        UINT8 DeviceCapability_IsPresent : 1;
        UINT8 DeviceInformation_IsPresent : 1;
        UINT8 GroupOwnerCapability_IsPresent : 1;
        UINT8 SecondaryDeviceTypeList_IsPresent : 1;
        UINT8 AdditionalIEs_IsPresent : 1;
        UINT8 AdvertisedServices_IsPresent : 1;
    } Optional;
} WDI_SET_ADVERTISEMENT_INFORMATION_PARAMETERS, *PWDI_SET_ADVERTISEMENT_INFORMATION_PARAMETERS;

typedef struct _WDI_IHV_REQUEST_PARAMETERS {
    ArrayOfElementsOfUINT8 IhvData;
} WDI_IHV_REQUEST_PARAMETERS, *PWDI_IHV_REQUEST_PARAMETERS;

typedef struct _WDI_GET_NEXT_ACTION_FRAME_DIALOG_TOKEN_INPUTS {
    UINT8 _Reserved;
} WDI_GET_NEXT_ACTION_FRAME_DIALOG_TOKEN_INPUTS, *PWDI_GET_NEXT_ACTION_FRAME_DIALOG_TOKEN_INPUTS;

typedef struct _WDI_GET_NEXT_ACTION_FRAME_DIALOG_TOKEN_PARAMETERS {
    UINT8 NextDialogToken;
} WDI_GET_NEXT_ACTION_FRAME_DIALOG_TOKEN_PARAMETERS, *PWDI_GET_NEXT_ACTION_FRAME_DIALOG_TOKEN_PARAMETERS;

typedef struct _WDI_SET_P2P_WPS_ENABLED_PARAMETERS {
    BOOLEAN WPSEnabled;
} WDI_SET_P2P_WPS_ENABLED_PARAMETERS, *PWDI_SET_P2P_WPS_ENABLED_PARAMETERS;

typedef struct _WDI_GET_BSS_ENTRY_LIST_UPDATE_PARAMETERS {
    UINT32 MaxBSSEntryAge;
    WDI_SSID SSID;
} WDI_GET_BSS_ENTRY_LIST_UPDATE_PARAMETERS, *PWDI_GET_BSS_ENTRY_LIST_UPDATE_PARAMETERS;

typedef struct _WDI_SET_FAST_BSS_TRANSITION_PARAMETERS_COMMAND {
    WDI_MAC_ADDRESS BSSID;
    ArrayOfElementsOfUINT8 MDE;
    ArrayOfElementsOfUINT8 FTE;
    ArrayOfElementsOfUINT8 RSNIE;
    WDI_STATUS_CONTAINER status;
    struct {
        UINT8 MDE_IsPresent : 1;
        UINT8 FTE_IsPresent : 1;
        UINT8 RSNIE_IsPresent : 1;
    } Optional;
} WDI_SET_FAST_BSS_TRANSITION_PARAMETERS_COMMAND, *PWDI_SET_FAST_BSS_TRANSITION_PARAMETERS_COMMAND;

typedef struct _WDI_INDICATION_BSS_ENTRY_LIST_PARAMETERS {
    ArrayOfElementsOfWDI_BSS_ENTRY_CONTAINER DeviceDescriptor;
    struct {
        UINT8 DeviceDescriptor_IsPresent : 1;
    } Optional;
} WDI_INDICATION_BSS_ENTRY_LIST_PARAMETERS, *PWDI_INDICATION_BSS_ENTRY_LIST_PARAMETERS;

/* NDIS_STATUS_WDI_INDICATION_ASSOCIATION_RESULT: one WDI_TLV_ASSOCIATION_RESULT per attempted BSS. */
typedef struct _WDI_INDICATION_ASSOCIATION_RESULT_LIST {
    ArrayOfElementsOfWDI_ASSOCIATION_RESULT_CONTAINER AssociationResults;
} WDI_INDICATION_ASSOCIATION_RESULT_LIST, *PWDI_INDICATION_ASSOCIATION_RESULT_LIST;

typedef struct _WDI_INDICATION_DISASSOCIATION_PARAMETERS {
    WDI_DISCONNECT_PARAMETERS DisconnectIndicationParameters;
    ArrayOfElementsOfUINT8 DeauthFrame;
    ArrayOfElementsOfUINT8 DisassociationFrame;
    BOOLEAN NeedPeerStateCleanup;
    struct {
        UINT8 DeauthFrame_IsPresent : 1;
        UINT8 DisassociationFrame_IsPresent : 1;
        UINT8 NeedPeerStateCleanup_IsPresent : 1;
    } Optional;
} WDI_INDICATION_DISASSOCIATION_PARAMETERS, *PWDI_INDICATION_DISASSOCIATION_PARAMETERS;

typedef struct _WDI_LINK_STATE_CHANGE_PARAMETERS {
    WDI_MAC_ADDRESS PeerMACAddress;
    UINT32 TxLinkSpeed;
    UINT32 RxLinkSpeed;
    UINT32 LinkQuality;
} WDI_LINK_STATE_CHANGE_PARAMETERS, *PWDI_LINK_STATE_CHANGE_PARAMETERS;

typedef struct _WDI_INDICATION_LINK_STATE_CHANGE_PARAMETERS {
    WDI_LINK_STATE_CHANGE_PARAMETERS LinkStateChangeParameters;
} WDI_INDICATION_LINK_STATE_CHANGE_PARAMETERS, *PWDI_INDICATION_LINK_STATE_CHANGE_PARAMETERS;

typedef struct _WDI_INDICATION_ROAMING_NEEDED_PARAMETERS {
    UINT32 RoamingReason;
} WDI_INDICATION_ROAMING_NEEDED_PARAMETERS, *PWDI_INDICATION_ROAMING_NEEDED_PARAMETERS;

typedef struct _WDI_TKIP_MIC_FAILURE_INFO {
    WDI_MAC_ADDRESS PeerMacAddress;
    UINT32 KeyIndex;
    BOOLEAN DefaultKeyFailure;
} WDI_TKIP_MIC_FAILURE_INFO, *PWDI_TKIP_MIC_FAILURE_INFO;

typedef struct _WDI_INDICATION_TKIP_MIC_FAILURE_PARAMETERS {
    WDI_TKIP_MIC_FAILURE_INFO FailureInfo;
} WDI_INDICATION_TKIP_MIC_FAILURE_PARAMETERS, *PWDI_INDICATION_TKIP_MIC_FAILURE_PARAMETERS;

typedef struct _WDI_INDICATION_P2P_GROUP_OPERATING_CHANNEL_PARAMETERS {
    WDI_P2P_CHANNEL_CONTAINER Channel;
    WDI_P2P_CHANNEL_INDICATE_REASON IndicateReason;
} WDI_INDICATION_P2P_GROUP_OPERATING_CHANNEL_PARAMETERS, *PWDI_INDICATION_P2P_GROUP_OPERATING_CHANNEL_PARAMETERS;

typedef struct _WDI_ACTION_FRAME_INFO {
    WDI_P2P_ACTION_FRAME_PARAMETERS FrameParams;
    ArrayOfElementsOfUINT8 FrameIEs;
    struct {
        UINT8 DeviceContext_IsPresent : 1;
    } Optional;
} WDI_ACTION_FRAME_INFO, *PWDI_ACTION_FRAME_INFO;

typedef struct _WDI_INDICATION_P2P_ACTION_FRAME_RECEIVED_PARAMETERS {
    WDI_ACTION_FRAME_INFO FrameInfo;
} WDI_INDICATION_P2P_ACTION_FRAME_RECEIVED_PARAMETERS, *PWDI_INDICATION_P2P_ACTION_FRAME_RECEIVED_PARAMETERS;

typedef struct _WDI_INDICATION_ACTION_FRAME_RECEIVED_PARAMETERS {
    WDI_MAC_ADDRESS SourceAddress;
    WDI_CHANNEL_INFO_CONTAINER ChannelInfo;
    ArrayOfElementsOfUINT8 ActionFrameBody;
} WDI_INDICATION_ACTION_FRAME_RECEIVED_PARAMETERS, *PWDI_INDICATION_ACTION_FRAME_RECEIVED_PARAMETERS;

typedef struct _WDI_INDICATION_AP_ASSOCIATION_REQUEST_PARAMETERS {
    WDI_AP_ASSOCIATION_REQUEST_INFO IncomingRequestInfo;
} WDI_INDICATION_AP_ASSOCIATION_REQUEST_PARAMETERS, *PWDI_INDICATION_AP_ASSOCIATION_REQUEST_PARAMETERS;

typedef struct _WDI_SEND_ACTION_FRAME_RESULT {
    WDI_P2P_ACTION_FRAME_PARAMETERS FrameParameters;
    ArrayOfElementsOfUINT8 FrameIEs;
} WDI_SEND_ACTION_FRAME_RESULT, *PWDI_SEND_ACTION_FRAME_RESULT;

typedef struct _WDI_INDICATION_P2P_SEND_REQUEST_ACTION_FRAME_COMPLETE_PARAMETERS {
    WDI_SEND_ACTION_FRAME_RESULT SendActionFrameResult;
} WDI_INDICATION_P2P_SEND_REQUEST_ACTION_FRAME_COMPLETE_PARAMETERS, *PWDI_INDICATION_P2P_SEND_REQUEST_ACTION_FRAME_COMPLETE_PARAMETERS;

typedef struct _WDI_INDICATION_P2P_SEND_RESPONSE_ACTION_FRAME_COMPLETE_PARAMETERS {
    WDI_SEND_ACTION_FRAME_RESULT SendActionFrameResult;
} WDI_INDICATION_P2P_SEND_RESPONSE_ACTION_FRAME_COMPLETE_PARAMETERS, *PWDI_INDICATION_P2P_SEND_RESPONSE_ACTION_FRAME_COMPLETE_PARAMETERS;

typedef struct _WDI_INDICATION_SEND_REQUEST_ACTION_FRAME_COMPLETE_PARAMETERS {
    WDI_SEND_ACTION_FRAME_RESULT SendActionFrameResult;
} WDI_INDICATION_SEND_REQUEST_ACTION_FRAME_COMPLETE_PARAMETERS, *PWDI_INDICATION_SEND_REQUEST_ACTION_FRAME_COMPLETE_PARAMETERS;

typedef struct _WDI_INDICATION_SEND_RESPONSE_ACTION_FRAME_COMPLETE_PARAMETERS {
    WDI_SEND_ACTION_FRAME_RESULT SendActionFrameResult;
} WDI_INDICATION_SEND_RESPONSE_ACTION_FRAME_COMPLETE_PARAMETERS, *PWDI_INDICATION_SEND_RESPONSE_ACTION_FRAME_COMPLETE_PARAMETERS;

typedef struct _WDI_ASSOC_RESPONSE_RESULT {
    WDI_MAC_ADDRESS PeerMACAddress;
    BOOLEAN IsReassociationRequest;
    BOOLEAN IsReAssociationResponse;
    WDI_AUTH_ALGORITHM AuthAlgorithm;
    WDI_CIPHER_ALGORITHM UnicastCipherAlgorithm;
    WDI_CIPHER_ALGORITHM MulticastCipherAlgorithm;
} WDI_ASSOC_RESPONSE_RESULT, *PWDI_ASSOC_RESPONSE_RESULT;

typedef struct _WDI_INDICATION_SEND_AP_ASSOCIATION_RESPONSE_COMPLETE_PARAMETERS {
    WDI_ASSOC_RESPONSE_RESULT AssocResponseResult;
    ArrayOfElementsOfUINT8 AssocRequestFrame;
    ArrayOfElementsOfUINT8 AssocResponseFrame;
    ArrayOfElementsOfUINT8 BeaconIEs;
} WDI_INDICATION_SEND_AP_ASSOCIATION_RESPONSE_COMPLETE_PARAMETERS, *PWDI_INDICATION_SEND_AP_ASSOCIATION_RESPONSE_COMPLETE_PARAMETERS;

typedef struct _WDI_INDICATION_RADIO_STATUS_PARAMETERS {
    WDI_RADIO_STATE RadioState;
} WDI_INDICATION_RADIO_STATUS_PARAMETERS, *PWDI_INDICATION_RADIO_STATUS_PARAMETERS;

typedef struct _WDI_INDICATION_NLO_DISCOVERY_PARAMETERS {
    ArrayOfElementsOfWDI_BSS_ENTRY_CONTAINER DeviceDescriptor;
} WDI_INDICATION_NLO_DISCOVERY_PARAMETERS, *PWDI_INDICATION_NLO_DISCOVERY_PARAMETERS;

typedef struct _WDI_INDICATION_WAKE_REASON_PARAMETERS {
    WDI_WAKE_REASON_CODE WakeEventCode;
    UINT32 WakePacketPatternId;
    UINT32 WakePacketMagicPacketPatternId;
    UINT32 WakePacketEapolRequestIdPatternId;
    ArrayOfElementsOfUINT8 WakePacket;
    WDI_PACKET_PATTERN_CONTAINER WakePacketPattern;
    WDI_IPv4_TCP_SYNC_CONTAINER WakePacketIpv4TcpSync;
    WDI_IPv6TCP_SYNC_CONTAINER WakePacketIpv6TcpSync;
    struct {
        UINT8 WakePacket_IsPresent : 1;
        UINT8 WakePacketPattern_IsPresent : 1;
        UINT8 WakePacketPatternId_IsPresent : 1;
        UINT8 WakePacketMagicPacketPatternId_IsPresent : 1;
        UINT8 WakePacketIpv4TcpSync_IsPresent : 1;
        UINT8 WakePacketIpv6TcpSync_IsPresent : 1;
        UINT8 WakePacketEapolRequestIdPatternId_IsPresent : 1;
    } Optional;
} WDI_INDICATION_WAKE_REASON_PARAMETERS, *PWDI_INDICATION_WAKE_REASON_PARAMETERS;

/* NDIS_STATUS_WDI_INDICATION_FT_ASSOC_PARAMS_NEEDED: the target BSSID and the bodies of the FT
 * authentication request and response. */
typedef struct _WDI_INDICATION_FT_ASSOC_PARAMS_NEEDED_PARAMETERS {
    WDI_MAC_ADDRESS BssId;
    ArrayOfElementsOfUINT8 AuthRequest;
    ArrayOfElementsOfUINT8 AuthResponse;
} WDI_INDICATION_FT_ASSOC_PARAMS_NEEDED_PARAMETERS, *PWDI_INDICATION_FT_ASSOC_PARAMS_NEEDED_PARAMETERS;

typedef struct _WDI_PORT_ATTRIBUTES_CONTAINER {
    NDIS_PORT_NUMBER PortNumber;
    WDI_MAC_ADDRESS MacAddress;
} WDI_PORT_ATTRIBUTES_CONTAINER, *PWDI_PORT_ATTRIBUTES_CONTAINER;

typedef struct _WDI_INDICATION_CREATE_PORT_COMPLETE_PARAMETERS {
    WDI_PORT_ATTRIBUTES_CONTAINER PortAttributes;
} WDI_INDICATION_CREATE_PORT_COMPLETE_PARAMETERS, *PWDI_INDICATION_CREATE_PORT_COMPLETE_PARAMETERS;

typedef struct _WDI_INDICATION_DELETE_PORT_COMPLETE_PARAMETERS {
    UINT8 _Reserved;
} WDI_INDICATION_DELETE_PORT_COMPLETE_PARAMETERS, *PWDI_INDICATION_DELETE_PORT_COMPLETE_PARAMETERS;

typedef struct _WDI_INDICATION_DOT11_RESET_COMPLETE_PARAMETERS {
    UINT8 _Reserved;
} WDI_INDICATION_DOT11_RESET_COMPLETE_PARAMETERS, *PWDI_INDICATION_DOT11_RESET_COMPLETE_PARAMETERS;

typedef struct _WDI_INDICATION_CHANGE_OPERATION_MODE_COMPLETE_PARAMETERS {
    UINT8 _Reserved;
} WDI_INDICATION_CHANGE_OPERATION_MODE_COMPLETE_PARAMETERS, *PWDI_INDICATION_CHANGE_OPERATION_MODE_COMPLETE_PARAMETERS;


/* Names the documentation also uses for these messages. */
typedef WDI_INDICATION_FT_ASSOC_PARAMS_NEEDED_PARAMETERS WDI_INDICATION_FT_ASSOC_PARAMS_NEEDED;
typedef WDI_INDICATION_LINK_STATE_CHANGE_PARAMETERS WDI_INDICATION_LINK_STATE_CHANGE;

/* ---- Routines ---- */

/* Callee allocation model: parse by message id, free with the same id. */
NDIS_STATUS DRVLS_TLV_API Parse(ULONG BufferLength, UINT8 const *pBuffer, UINT32 MessageId,
                                PCTLV_CONTEXT Context, PVOID *ppParsedMessage);
void DRVLS_TLV_API FreeParsed(UINT32 MessageId, PVOID pParsedMessage);
NDIS_STATUS DRVLS_TLV_API Generate(PVOID pInput, UINT32 MessageId, ULONG ReservedHeaderLength,
                                   PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
/* Frees a buffer a GenerateWdiXxx routine returned. */
void DRVLS_TLV_API FreeGenerated(UINT8 *pGeneratedBuffer);

/* Parsers for the commands a miniport receives (caller allocation model). */
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskScan(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SCAN_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskScan(WDI_SCAN_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskP2pDiscover(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_P2P_DISCOVER_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskP2pDiscover(WDI_TASK_P2P_DISCOVER_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskConnect(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_CONNECT_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskConnect(WDI_TASK_CONNECT_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskDot11Reset(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_DOT11_RESET_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskDot11Reset(WDI_TASK_DOT11_RESET_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskDisconnect(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_DISCONNECT_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskDisconnect(WDI_TASK_DISCONNECT_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskP2pSendRequestActionFrame(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_P2P_SEND_REQUEST_ACTION_FRAME_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskP2pSendRequestActionFrame(WDI_TASK_P2P_SEND_REQUEST_ACTION_FRAME_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskP2pSendResponseActionFrame(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_P2P_SEND_RESPONSE_ACTION_FRAME_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskP2pSendResponseActionFrame(WDI_TASK_P2P_SEND_RESPONSE_ACTION_FRAME_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskSetRadioState(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_RADIO_STATE_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskSetRadioState(WDI_SET_RADIO_STATE_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskCreatePort(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_CREATE_PORT_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskCreatePort(WDI_TASK_CREATE_PORT_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskDeletePort(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_DELETE_PORT_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskDeletePort(WDI_TASK_DELETE_PORT_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskStartAp(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_START_AP_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskStartAp(WDI_TASK_START_AP_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskStopAp(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_STOP_AP_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskStopAp(WDI_TASK_STOP_AP_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskOpen(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_OPEN_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskOpen(WDI_TASK_OPEN_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskClose(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_CLOSE_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskClose(WDI_TASK_CLOSE_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskSendApAssociationResponse(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_SEND_AP_ASSOCIATION_RESPONSE_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskSendApAssociationResponse(WDI_TASK_SEND_AP_ASSOCIATION_RESPONSE_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskChangeOperationMode(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_CHANGE_OPERATION_MODE_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskChangeOperationMode(WDI_TASK_CHANGE_OPERATION_MODE_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskRoam(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_ROAM_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskRoam(WDI_TASK_ROAM_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskSendRequestActionFrame(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_SEND_REQUEST_ACTION_FRAME_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskSendRequestActionFrame(WDI_TASK_SEND_REQUEST_ACTION_FRAME_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiTaskSendResponseActionFrame(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_SEND_RESPONSE_ACTION_FRAME_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiTaskSendResponseActionFrame(WDI_TASK_SEND_RESPONSE_ACTION_FRAME_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetP2pListenState(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_P2P_LISTEN_STATE_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetP2pListenState(WDI_SET_P2P_LISTEN_STATE_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetAddCipherKeys(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_ADD_CIPHER_KEYS_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetAddCipherKeys(WDI_SET_ADD_CIPHER_KEYS_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetDeleteCipherKeys(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_DELETE_CIPHER_KEYS_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetDeleteCipherKeys(WDI_SET_DELETE_CIPHER_KEYS_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetDefaultKeyId(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_DEFAULT_KEY_ID_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetDefaultKeyId(WDI_SET_DEFAULT_KEY_ID_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetConnectionQuality(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_CONNECTION_QUALITY_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetConnectionQuality(WDI_SET_CONNECTION_QUALITY_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiGetAutoPowerSave(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_GET_AUTO_POWER_SAVE_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiGetAutoPowerSave(WDI_GET_AUTO_POWER_SAVE_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiGetStatistics(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_GET_STATISTICS_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiGetStatistics(WDI_GET_STATISTICS_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetReceivePacketFilter(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_RECEIVE_PACKET_FILTER_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetReceivePacketFilter(WDI_SET_RECEIVE_PACKET_FILTER_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiGetAdapterCapabilities(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_GET_ADAPTER_CAPABILITIES_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiGetAdapterCapabilities(WDI_GET_ADAPTER_CAPABILITIES_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetNetworkListOffload(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_NETWORK_LIST_OFFLOAD_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetNetworkListOffload(WDI_NETWORK_LIST_OFFLOAD_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetReceiveCoalescing(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_RECEIVE_COALESCING_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetReceiveCoalescing(WDI_SET_RECEIVE_COALESCING_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetPrivacyExemptionList(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_PRIVACY_EXEMPTION_LIST_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetPrivacyExemptionList(WDI_SET_PRIVACY_EXEMPTION_LIST_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetPowerState(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_POWER_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetPowerState(WDI_SET_POWER_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiAbortTask(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_TASK_ABORT_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiAbortTask(WDI_TASK_ABORT_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetAddWolPattern(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_ADD_WOL_PATTERN_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetAddWolPattern(WDI_SET_ADD_WOL_PATTERN_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetRemoveWolPattern(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_REMOVE_WOL_PATTERN_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetRemoveWolPattern(WDI_SET_REMOVE_WOL_PATTERN_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetMulticastList(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_MULTICAST_LIST_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetMulticastList(WDI_SET_MULTICAST_LIST_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetAddPmProtocolOffload(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_ADD_PM_PROTOCOL_OFFLOAD_PARAMETERS_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetAddPmProtocolOffload(WDI_SET_ADD_PM_PROTOCOL_OFFLOAD_PARAMETERS_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetRemovePmProtocolOffload(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_REMOVE_PM_PROTOCOL_OFFLOAD_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetRemovePmProtocolOffload(WDI_SET_REMOVE_PM_PROTOCOL_OFFLOAD_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetAdapterConfiguration(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_FIRMWARE_CONFIGURATION_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetAdapterConfiguration(WDI_SET_FIRMWARE_CONFIGURATION_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiGetReceiveCoalescingMatchCount(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_GET_RECEIVE_COALESCING_MATCH_COUNT_INPUTS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiGetReceiveCoalescingMatchCount(WDI_GET_RECEIVE_COALESCING_MATCH_COUNT_INPUTS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetAdvertisementInformation(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_ADVERTISEMENT_INFORMATION_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetAdvertisementInformation(WDI_SET_ADVERTISEMENT_INFORMATION_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiIhvRequest(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_IHV_REQUEST_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiIhvRequest(WDI_IHV_REQUEST_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiGetNextActionFrameDialogToken(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_GET_NEXT_ACTION_FRAME_DIALOG_TOKEN_INPUTS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiGetNextActionFrameDialogToken(WDI_GET_NEXT_ACTION_FRAME_DIALOG_TOKEN_INPUTS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetP2pWpsEnabled(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_P2P_WPS_ENABLED_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetP2pWpsEnabled(WDI_SET_P2P_WPS_ENABLED_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiGetBssEntryList(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_GET_BSS_ENTRY_LIST_UPDATE_PARAMETERS *pParsed);
void DRVLS_TLV_API CleanupParsedWdiGetBssEntryList(WDI_GET_BSS_ENTRY_LIST_UPDATE_PARAMETERS *pParsed);
NDIS_STATUS DRVLS_TLV_API ParseWdiSetFastBssTransitionParameters(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, WDI_SET_FAST_BSS_TRANSITION_PARAMETERS_COMMAND *pParsed);
void DRVLS_TLV_API CleanupParsedWdiSetFastBssTransitionParameters(WDI_SET_FAST_BSS_TRANSITION_PARAMETERS_COMMAND *pParsed);

/* Generators for the responses and indications a miniport sends. */
NDIS_STATUS DRVLS_TLV_API GenerateWdiGetAdapterCapabilities(WDI_GET_ADAPTER_CAPABILITIES_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiGetAutoPowerSave(WDI_GET_AUTO_POWER_SAVE_RESULTS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiGetNextActionFrameDialogToken(WDI_GET_NEXT_ACTION_FRAME_DIALOG_TOKEN_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiGetStatistics(WDI_GET_STATISTICS_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationActionFrameReceived(WDI_INDICATION_ACTION_FRAME_RECEIVED_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationApAssociationRequestReceived(WDI_INDICATION_AP_ASSOCIATION_REQUEST_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationAssociationResult(WDI_INDICATION_ASSOCIATION_RESULT_LIST const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationBssEntryList(WDI_INDICATION_BSS_ENTRY_LIST_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationChangeOperationModeComplete(WDI_INDICATION_CHANGE_OPERATION_MODE_COMPLETE_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationCreatePortComplete(WDI_INDICATION_CREATE_PORT_COMPLETE_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationDeletePortComplete(WDI_INDICATION_DELETE_PORT_COMPLETE_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationDisassociation(WDI_INDICATION_DISASSOCIATION_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationDot11ResetComplete(WDI_INDICATION_DOT11_RESET_COMPLETE_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationFtAssocParamsNeeded(WDI_INDICATION_FT_ASSOC_PARAMS_NEEDED_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationLinkStateChange(WDI_INDICATION_LINK_STATE_CHANGE_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationNloDiscovery(WDI_INDICATION_NLO_DISCOVERY_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationP2pActionFrameReceived(WDI_INDICATION_P2P_ACTION_FRAME_RECEIVED_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationP2pGroupOperatingChannel(WDI_INDICATION_P2P_GROUP_OPERATING_CHANNEL_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationP2pSendRequestActionFrameComplete(WDI_INDICATION_P2P_SEND_REQUEST_ACTION_FRAME_COMPLETE_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationP2pSendResponseActionFrameComplete(WDI_INDICATION_P2P_SEND_RESPONSE_ACTION_FRAME_COMPLETE_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationRadioStatus(WDI_INDICATION_RADIO_STATUS_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationRoamingNeeded(WDI_INDICATION_ROAMING_NEEDED_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationSendApAssociationResponseComplete(WDI_INDICATION_SEND_AP_ASSOCIATION_RESPONSE_COMPLETE_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationSendRequestActionFrameComplete(WDI_INDICATION_SEND_REQUEST_ACTION_FRAME_COMPLETE_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationSendResponseActionFrameComplete(WDI_INDICATION_SEND_RESPONSE_ACTION_FRAME_COMPLETE_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationTkipMicFailure(WDI_INDICATION_TKIP_MIC_FAILURE_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
NDIS_STATUS DRVLS_TLV_API GenerateWdiIndicationWakeReasonFromIhv(WDI_INDICATION_WAKE_REASON_PARAMETERS const *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_TLVGENERATORPARSER_HPP */
