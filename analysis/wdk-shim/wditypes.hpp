/*
 * wditypes.hpp - drvls WDK supplement: the WDI TLV types and constants.
 *
 * mingw-w64 has no WDI headers. This file declares the value types the WDI TLVs carry: the algorithm,
 * PHY, band, association-status, power-save, P2P and wake-reason constants, the TLV type ids
 * (WDI_TLV_*), and the containers the TLV parser fills and the generator reads (WDI_BSS_ENTRY_CONTAINER,
 * WDI_ASSOCIATION_RESULT_CONTAINER, the adapter capability containers, P2P containers, ...).
 *
 * The WDK's header is C++ and models a repeated TLV as the template ArrayOfElements<T>. Drivers written
 * in C include it too, so here each such array is a plain structure with the same members
 * (ElementCount, pElements, MemoryInternallyAllocated), named ArrayOfElementsOf<T>, and the header
 * reads the same from C and C++.
 *
 * Constant values that the WDI documentation states (the algorithm ids follow DOT11_AUTH_ALGORITHM and
 * DOT11_CIPHER_ALGORITHM, the PHY types follow DOT11_PHY_TYPE) are those values; the others are not
 * documented, and any distinct value parses. Container members are those the documented TLVs carry;
 * their order is not the WDK's layout.
 */
#ifndef DRVLS_WDK_SHIM_WDITYPES_HPP
#define DRVLS_WDK_SHIM_WDITYPES_HPP

#include <dot11wdi.h>

#ifdef __cplusplus
extern "C" {
#endif

/* An array a TLV carries: ArrayOfElements<T> of the WDK. */
#define DRVLS_WDI_DECLARE_ARRAY(T)            \
    typedef struct _ArrayOfElementsOf##T {    \
        UINT32 ElementCount;                  \
        T *pElements;                         \
        BOOLEAN MemoryInternallyAllocated;    \
    } ArrayOfElementsOf##T;

/* ---- Scalar types ---- */

typedef UINT32 WDI_AUTH_ALGORITHM, *PWDI_AUTH_ALGORITHM;
#define WDI_AUTH_ALGO_80211_OPEN 1
#define WDI_AUTH_ALGO_80211_SHARED_KEY 2
#define WDI_AUTH_ALGO_WPA 3
#define WDI_AUTH_ALGO_WPA_PSK 4
#define WDI_AUTH_ALGO_WPA_NONE 5
#define WDI_AUTH_ALGO_RSNA 6
#define WDI_AUTH_ALGO_RSNA_PSK 7
#define WDI_AUTH_ALGO_WPA3 8
#define WDI_AUTH_ALGO_WPA3_ENT_192 WDI_AUTH_ALGO_WPA3
#define WDI_AUTH_ALGO_WPA3_SAE 9
#define WDI_AUTH_ALGO_OWE 10
#define WDI_AUTH_ALGO_WPA3_ENT 11
#define WDI_AUTH_ALGO_IHV_START 0x80000000
#define WDI_AUTH_ALGO_IHV_END 0xffffffff

typedef UINT32 WDI_CIPHER_ALGORITHM, *PWDI_CIPHER_ALGORITHM;
#define WDI_CIPHER_ALGO_NONE 0x00
#define WDI_CIPHER_ALGO_WEP40 0x01
#define WDI_CIPHER_ALGO_TKIP 0x02
#define WDI_CIPHER_ALGO_CCMP 0x04
#define WDI_CIPHER_ALGO_WEP104 0x05
#define WDI_CIPHER_ALGO_BIP 0x06
#define WDI_CIPHER_ALGO_GCMP 0x08
#define WDI_CIPHER_ALGO_GCMP_256 0x09
#define WDI_CIPHER_ALGO_CCMP_256 0x0a
#define WDI_CIPHER_ALGO_BIP_GMAC_128 0x0b
#define WDI_CIPHER_ALGO_BIP_GMAC_256 0x0c
#define WDI_CIPHER_ALGO_BIP_CMAC_256 0x0d
#define WDI_CIPHER_ALGO_WPA_USE_GROUP 0x100
#define WDI_CIPHER_ALGO_RSN_USE_GROUP 0x100
#define WDI_CIPHER_ALGO_WEP 0x101
#define WDI_CIPHER_ALGO_IHV_START 0x80000000
#define WDI_CIPHER_ALGO_IHV_END 0xffffffff

typedef UINT32 WDI_PHY_TYPE, *PWDI_PHY_TYPE;
#define WDI_PHY_TYPE_UNKNOWN 0
#define WDI_PHY_TYPE_ANY 0
#define WDI_PHY_TYPE_FHSS 1
#define WDI_PHY_TYPE_DSSS 2
#define WDI_PHY_TYPE_IRBASEBAND 3
#define WDI_PHY_TYPE_OFDM 4
#define WDI_PHY_TYPE_HRDSSS 5
#define WDI_PHY_TYPE_ERP 6
#define WDI_PHY_TYPE_HT 7
#define WDI_PHY_TYPE_VHT 8
#define WDI_PHY_TYPE_DMG 9
#define WDI_PHY_TYPE_HE 10
#define WDI_PHY_TYPE_IHV_START 0x80000000
#define WDI_PHY_TYPE_IHV_END 0xffffffff

typedef UINT32 WDI_BAND_ID, *PWDI_BAND_ID;
#define WDI_BAND_ID_ANY 0
#define WDI_BAND_ID_2400 1
#define WDI_BAND_ID_5000 2
#define WDI_BAND_ID_60000 3
#define WDI_BAND_ID_900 4
#define WDI_BAND_ID_6000 5

typedef UINT32 WDI_CHANNEL_NUMBER, *PWDI_CHANNEL_NUMBER;

typedef UINT32 WDI_ASSOC_STATUS;
#define WDI_ASSOC_STATUS_SUCCESS 0
#define WDI_ASSOC_STATUS_FAILURE 0x00000001
#define WDI_ASSOC_STATUS_UNREACHABLE 0x00000002
#define WDI_ASSOC_STATUS_RADIO_OFF 0x00000003
#define WDI_ASSOC_STATUS_PHY_DISABLED 0x00000004
#define WDI_ASSOC_STATUS_CANCELLED 0x00000005
#define WDI_ASSOC_STATUS_CANDIDATE_LIST_EXHAUSTED 0x00000006
#define WDI_ASSOC_STATUS_DISASSOCIATED_BY_OS 0x00000007
#define WDI_ASSOC_STATUS_DISASSOCIATED_BY_ROAMING 0x00000008
#define WDI_ASSOC_STATUS_DISASSOCIATED_BY_RESET 0x00000009
#define WDI_ASSOC_STATUS_SYSTEM_ERROR 0x0000000A
#define WDI_ASSOC_STATUS_ROAMING_BETTER_AP_FOUND 0x0000000B
#define WDI_ASSOC_STATUS_ROAMING_ASSOCIATION_LOST 0x0000000C
#define WDI_ASSOC_STATUS_ROAMING_ADHOC 0x0000000D
#define WDI_ASSOC_STATUS_PEER_DEAUTHENTICATED 0x0000000E
#define WDI_ASSOC_STATUS_PEER_DISASSOCIATED 0x0000000F
#define WDI_ASSOC_STATUS_ASSOCIATION_RESPONSE 0x00000010
#define WDI_ASSOC_STATUS_DISASSOCIATE_NOT_VISIBLE 0x00000011
#define WDI_ASSOC_STATUS_IHV_START 0x80000000
#define WDI_ASSOC_STATUS_IHV_END 0xffffffff

typedef UINT32 WDI_DS_INFO;
#define WDI_DS_UNKNOWN 0
#define WDI_DS_CONNECTED 1
#define WDI_DS_DISCONNECTED 2

typedef UINT32 WDI_POWER_SAVE_LEVEL;
#define WDI_POWER_SAVE_LEVEL_NO_POWER_SAVE 1
#define WDI_POWER_SAVE_LEVEL_FAST_PSP 2
#define WDI_POWER_SAVE_LEVEL_MAX_PSP 3
#define WDI_POWER_SAVE_LEVEL_MAXIMUM_LEVEL 4

typedef UINT32 WDI_CONNECTION_QUALITY_HINT;
#define WDI_CONNECTION_QUALITY_BEST_EFFORT 0
#define WDI_CONNECTION_QUALITY_AUTO_POWER_SAVE 1
#define WDI_CONNECTION_QUALITY_LOW_LATENCY 2

typedef UINT32 WDI_BLUETOOTH_COEXISTENCE_SUPPORT;
#define WDI_BLUETOOTH_COEXISTENCE_UNKNOWN 0
#define WDI_BLUETOOTH_COEXISTENCE_PERFORMANCE_MAINTAINED 1
#define WDI_BLUETOOTH_COEXISTENCE_PERFORMANCE_PRESERVED 2

typedef UINT32 WDI_INTERCONNECT_TYPE;
#define WDI_INTERCONNECT_MESSAGE_BASED 0
#define WDI_INTERCONNECT_MEMORY_MAPPED 1

typedef UINT32 WDI_SCAN_TRIGGER;
#define WDI_SCAN_TRIGGER_MANUAL 1
#define WDI_SCAN_TRIGGER_BACKGROUND 2
#define WDI_SCAN_TRIGGER_ROAM 3
#define WDI_SCAN_TRIGGER_FAST_ROAM 4

typedef UINT32 WDI_SCAN_TYPE;
#define WDI_SCAN_TYPE_AUTO 0
#define WDI_SCAN_TYPE_ACTIVE_ONLY 1
#define WDI_SCAN_TYPE_PASSIVE_ONLY 2

typedef UINT32 WDI_CIPHER_KEY_TYPE;
#define WDI_CIPHER_KEY_TYPE_GROUP_KEY 0
#define WDI_CIPHER_KEY_TYPE_PAIRWISE_KEY 1
#define WDI_CIPHER_KEY_TYPE_IGTK 2

typedef UINT32 WDI_CIPHER_KEY_DIRECTION;
#define WDI_CIPHER_KEY_DIRECTION_TX 0
#define WDI_CIPHER_KEY_DIRECTION_RX 1
#define WDI_CIPHER_KEY_DIRECTION_BOTH 2

/* Data rate flags (WDI_DATA_RATE_LIST.DataRateFlag). */
#define WDI_DATA_RATE_TX_RATE 0x0001
#define WDI_DATA_RATE_RX_RATE 0x0002

typedef UINT32 WDI_P2P_DISCOVER_TYPE;
#define WDI_P2P_DISCOVER_TYPE_SCAN_ONLY 1
#define WDI_P2P_DISCOVER_TYPE_FIND_ONLY 2
#define WDI_P2P_DISCOVER_TYPE_AUTO 3
#define WDI_P2P_DISCOVER_TYPE_SCAN_SOCIAL_CHANNELS 4

typedef UINT32 WDI_P2P_SCAN_TYPE;
#define WDI_P2P_SCAN_TYPE_ACTIVE 1
#define WDI_P2P_SCAN_TYPE_PASSIVE 2
#define WDI_P2P_SCAN_TYPE_AUTO 3

typedef UINT32 WDI_P2P_LISTEN_STATE;
#define WDI_P2P_LISTEN_STATE_OFF 0
#define WDI_P2P_LISTEN_STATE_PASSIVE_AVAILABILITY 1
#define WDI_P2P_LISTEN_STATE_AUTOMATIC_AVAILABILITY 2
#define WDI_P2P_LISTEN_STATE_HIGH_AVAILABILITY 3

typedef UINT32 WDI_P2P_ACTION_FRAME_TYPE;
#define WDI_P2P_ACTION_FRAME_GO_NEGOTIATION_REQUEST 0
#define WDI_P2P_ACTION_FRAME_GO_NEGOTIATION_RESPONSE 1
#define WDI_P2P_ACTION_FRAME_GO_NEGOTIATION_CONFIRM 2
#define WDI_P2P_ACTION_FRAME_INVITATION_REQUEST 3
#define WDI_P2P_ACTION_FRAME_INVITATION_RESPONSE 4
#define WDI_P2P_ACTION_FRAME_PROVISION_DISCOVERY_REQUEST 5
#define WDI_P2P_ACTION_FRAME_PROVISION_DISCOVERY_RESPONSE 6
#define WDI_P2P_ACTION_FRAME_MAX_VALUE 7

typedef UINT32 WDI_P2P_CHANNEL_INDICATE_REASON;
#define WDI_P2P_CHANNEL_INDICATE_REASON_NEW_CONNECTION 0
#define WDI_P2P_CHANNEL_INDICATE_REASON_CHANNEL_SWITCH 1

typedef UINT32 WDI_WAKE_REASON_CODE;
#define WDI_WAKE_REASON_CODE_DEBUG 0
#define WDI_WAKE_REASON_CODE_NLO_DISCOVERY 1
#define WDI_WAKE_REASON_CODE_AP_ASSOCIATION_LOST 2
#define WDI_WAKE_REASON_CODE_GTK_HANDSHAKE_REQUEST 3
#define WDI_WAKE_REASON_CODE_4WAY_HANDSHAKE_REQUEST 4
#define WDI_WAKE_REASON_CODE_PACKET 5
#define WDI_WAKE_REASON_CODE_IHV_START 0x80000000

/* TLV type ids a driver names when it reads raw TLVs (values not documented here; any distinct value
 * parses). */
#define WDI_TLV_SSID 0x0F
#define WDI_TLV_CONNECT_PARAMETERS 0x33
#define WDI_TLV_CONNECTION_SETTINGS 0x34
#define WDI_TLV_AUTH_ALGO_LIST 0x35
#define WDI_TLV_MULTICAST_CIPHER_ALGO_LIST 0x36
#define WDI_TLV_UNICAST_CIPHER_ALGO_LIST 0x37
#define WDI_TLV_EXTRA_ASSOCIATION_REQUEST_IES 0x38
#define WDI_TLV_PHY_TYPE_LIST 0x39
#define WDI_TLV_DISALLOWED_BSSIDS_LIST 0x3A
#define WDI_TLV_ALLOWED_BSSIDS_LIST 0x3B
#define WDI_TLV_PEER_MAC_ADDRESS 0x3C
#define WDI_TLV_CIPHER_KEY_ID 0x40
#define WDI_TLV_CIPHER_KEY_TYPE_INFO 0x41
#define WDI_TLV_CIPHER_KEY_WEP_KEY 0x42
#define WDI_TLV_CIPHER_KEY_TKIP_KEY_INFO 0x43
#define WDI_TLV_CIPHER_KEY_CCMP_KEY 0x44
#define WDI_TLV_CIPHER_KEY_BIP_KEY 0x45
#define WDI_TLV_DELETE_CIPHER_KEY_INFO 0x46
#define WDI_TLV_IHV_DATA 0x47

typedef struct _WDI_ALGO_PAIRS {
    WDI_AUTH_ALGORITHM AuthAlgorithm;
    WDI_CIPHER_ALGORITHM CipherAlgorithm;
} WDI_ALGO_PAIRS, *PWDI_ALGO_PAIRS;

typedef struct _WDI_CHANNEL_MAPPING_ENTRY {
    UINT32 ChannelNumber;
    UINT32 ChannelCenterFrequency;
} WDI_CHANNEL_MAPPING_ENTRY, *PWDI_CHANNEL_MAPPING_ENTRY;

typedef struct _WDI_DATA_RATE_LIST {
    UINT16 DataRateFlag;
    UINT16 DataRateValue;
} WDI_DATA_RATE_LIST, *PWDI_DATA_RATE_LIST;

typedef struct _WDI_TYPE_PMK_NAME {
    UINT8 Name[16];
} WDI_TYPE_PMK_NAME, *PWDI_TYPE_PMK_NAME;

typedef struct _WDI_PMK_NAME_CONTAINER {
    WDI_TYPE_PMK_NAME pmkname;
} WDI_PMK_NAME_CONTAINER, *PWDI_PMK_NAME_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(UINT8)
DRVLS_WDI_DECLARE_ARRAY(UINT16)
DRVLS_WDI_DECLARE_ARRAY(UINT32)
DRVLS_WDI_DECLARE_ARRAY(WDI_MAC_ADDRESS)
DRVLS_WDI_DECLARE_ARRAY(WDI_ALGO_PAIRS)
DRVLS_WDI_DECLARE_ARRAY(WDI_AUTH_ALGORITHM)
DRVLS_WDI_DECLARE_ARRAY(WDI_CIPHER_ALGORITHM)
DRVLS_WDI_DECLARE_ARRAY(WDI_PHY_TYPE)
DRVLS_WDI_DECLARE_ARRAY(WDI_CHANNEL_MAPPING_ENTRY)
DRVLS_WDI_DECLARE_ARRAY(WDI_DATA_RATE_LIST)
DRVLS_WDI_DECLARE_ARRAY(WDI_CHANNEL_NUMBER)
DRVLS_WDI_DECLARE_ARRAY(WDI_BAND_ID)
typedef ArrayOfElementsOfUINT8 WDI_SSID, *PWDI_SSID;
typedef ArrayOfElementsOfUINT8 WDI_BYTE_BLOB, *PWDI_BYTE_BLOB;
DRVLS_WDI_DECLARE_ARRAY(WDI_SSID)
typedef struct _WDI_CHANNEL_INFO_CONTAINER {
    WDI_CHANNEL_NUMBER ChannelNumber;
    WDI_BAND_ID BandId;
} WDI_CHANNEL_INFO_CONTAINER, *PWDI_CHANNEL_INFO_CONTAINER;

typedef struct _WDI_P2P_CHANNEL_CONTAINER {
    UINT8 CountryOrRegionString[3];
    UINT8 OperatingClass;
    UINT8 ChannelNumber;
} WDI_P2P_CHANNEL_CONTAINER, *PWDI_P2P_CHANNEL_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_P2P_CHANNEL_CONTAINER)

typedef struct _WDI_BAND_CHANNEL_LIST_CONTAINER {
    WDI_BAND_ID BandID;
    ArrayOfElementsOfWDI_CHANNEL_NUMBER ChannelList;
} WDI_BAND_CHANNEL_LIST_CONTAINER, *PWDI_BAND_CHANNEL_LIST_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_BAND_CHANNEL_LIST_CONTAINER)
/* WDI_TLV_STATUS carries a bare NDIS_STATUS. */
typedef NDIS_STATUS WDI_STATUS_CONTAINER, *PWDI_STATUS_CONTAINER;

typedef struct _WDI_SIGNAL_INFO_CONTAINER {
    INT32 RSSI;
    UINT32 LinkQuality;
} WDI_SIGNAL_INFO_CONTAINER, *PWDI_SIGNAL_INFO_CONTAINER;

typedef struct _WDI_AGE_INFO_CONTAINER {
    BOOLEAN CachedInformation;
    UINT64 HostTimeStamp;
    BOOLEAN IsPreAssociation;
} WDI_AGE_INFO_CONTAINER, *PWDI_AGE_INFO_CONTAINER;

typedef struct _WDI_BSS_ENTRY_CONTAINER {
    WDI_MAC_ADDRESS BSSID;
    WDI_SIGNAL_INFO_CONTAINER SignalInfo;
    ArrayOfElementsOfUINT8 ProbeResponseFrame;
    ArrayOfElementsOfUINT8 BeaconFrame;
    WDI_CHANNEL_INFO_CONTAINER ChannelInfo;
    WDI_AGE_INFO_CONTAINER EntryAgeInfo;
    ArrayOfElementsOfUINT8 DeviceSpecificContext;
    struct {
        UINT8 ProbeResponseFrame_IsPresent : 1;
        UINT8 BeaconFrame_IsPresent : 1;
        UINT8 DeviceSpecificContext_IsPresent : 1;
    } Optional;
} WDI_BSS_ENTRY_CONTAINER, *PWDI_BSS_ENTRY_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_BSS_ENTRY_CONTAINER)
typedef struct _WDI_FT_REASSOCIATION_PARAMETERS {
    WDI_PMK_NAME_CONTAINER PMKR0Name;
    ArrayOfElementsOfUINT8 MDE;
    ArrayOfElementsOfUINT8 FTE;
} WDI_FT_REASSOCIATION_PARAMETERS, *PWDI_FT_REASSOCIATION_PARAMETERS;

typedef struct _WDI_CONNECT_BSS_ENTRY_CONTAINER {
    WDI_MAC_ADDRESS BSSID;
    WDI_CHANNEL_INFO_CONTAINER ChannelInfo;
    WDI_FT_REASSOCIATION_PARAMETERS FTReAssocParameters;
    WDI_FT_REASSOCIATION_PARAMETERS FTInitialAssocParameters;
    ArrayOfElementsOfUINT8 PMKID;
    struct {
        UINT8 FTReAssocParameters_IsPresent : 1;
        UINT8 FTInitialAssocParameters_IsPresent : 1;
        UINT8 PMKID_IsPresent : 1;
    } Optional;
} WDI_CONNECT_BSS_ENTRY_CONTAINER, *PWDI_CONNECT_BSS_ENTRY_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_CONNECT_BSS_ENTRY_CONTAINER)
typedef struct _WDI_ASSOCIATION_RESULT_PARAMETERS {
    WDI_MAC_ADDRESS BSSID;
    WDI_ASSOC_STATUS AssociationStatus;
    UINT16 StatusCode;
    BOOLEAN ReAssociation;
    WDI_AUTH_ALGORITHM AuthAlgorithm;
    WDI_CIPHER_ALGORITHM UnicastCipherAlgorithm;
    WDI_CIPHER_ALGORITHM MulticastDataCipherAlgorithm;
    WDI_CIPHER_ALGORITHM MulticastMgmtCipherAlgorithm;
    WDI_PHY_TYPE ActivePhyType;
    BOOLEAN FourAddressSupported;
    BOOLEAN PortAuthorized;
    BOOLEAN WMMQoSEnabled;
    WDI_DS_INFO DSInfo;
    UINT32 AssociationComebackTime;
    WDI_BAND_ID BandID;
} WDI_ASSOCIATION_RESULT_PARAMETERS, *PWDI_ASSOCIATION_RESULT_PARAMETERS;

/* One entry of WDI_TLV_ETHERTYPE_ENCAP_TABLE. */
typedef struct _WDI_ETHERTYPE_ENCAPSULATION_CONTAINER {
    UINT16 EtherType;
    UINT32 EncapsulationType;
} WDI_ETHERTYPE_ENCAPSULATION_CONTAINER, *PWDI_ETHERTYPE_ENCAPSULATION_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_ETHERTYPE_ENCAPSULATION_CONTAINER)

/* WDI_TLV_ASSOCIATION_RESULT: one entry of the association-result list. */
typedef struct _WDI_ASSOCIATION_RESULT_CONTAINER {
    WDI_MAC_ADDRESS BSSID;
    WDI_ASSOCIATION_RESULT_PARAMETERS AssociationResultParameters;
    ArrayOfElementsOfUINT8 AssociationRequestFrame;
    ArrayOfElementsOfUINT8 AssociationResponseFrame;
    ArrayOfElementsOfUINT8 BeaconProbeResponse;
    ArrayOfElementsOfWDI_PHY_TYPE ActivePhyTypeList;
    ArrayOfElementsOfWDI_ETHERTYPE_ENCAPSULATION_CONTAINER EthertypeEncapTable;
    struct {
        UINT8 AssociationRequestFrame_IsPresent : 1;
        UINT8 AssociationResponseFrame_IsPresent : 1;
        UINT8 BeaconProbeResponse_IsPresent : 1;
        UINT8 ActivePhyTypeList_IsPresent : 1;
        UINT8 EthertypeEncapTable_IsPresent : 1;
    } Optional;
} WDI_ASSOCIATION_RESULT_CONTAINER, *PWDI_ASSOCIATION_RESULT_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_ASSOCIATION_RESULT_CONTAINER)

/* WDI_TLV_PHY_CAPABILITIES. TemperatureClass and DiversitySupport hold DOT11_TEMP_TYPE and
 * DOT11_DIVERSITY_SUPPORT values. */
typedef struct _WDI_PHY_CAPABILITIES {
    WDI_PHY_TYPE PhyType;
    BOOLEAN SupportsCFPoll;
    UINT32 MPDUMaxLength;
    UINT32 TemperatureClass;
    UINT32 DiversitySupport;
    BOOLEAN SupportsCCA;
    BOOLEAN SupportsED;
    UINT32 RxAntennaCount;
} WDI_PHY_CAPABILITIES, *PWDI_PHY_CAPABILITIES;

typedef struct _WDI_PHY_INFO_CONTAINER {
    WDI_PHY_CAPABILITIES PhyCapabilities;
    ArrayOfElementsOfUINT32 TxPowerLevelList;
    ArrayOfElementsOfWDI_DATA_RATE_LIST DataRateList;
} WDI_PHY_INFO_CONTAINER, *PWDI_PHY_INFO_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_PHY_INFO_CONTAINER)
typedef struct _WDI_BAND_CAPABILITIES {
    WDI_BAND_ID BandID;
    BOOLEAN BandState;
} WDI_BAND_CAPABILITIES, *PWDI_BAND_CAPABILITIES;

typedef struct _WDI_BAND_INFO_CONTAINER {
    WDI_BAND_CAPABILITIES BandCapabilities;
    ArrayOfElementsOfWDI_CHANNEL_MAPPING_ENTRY ValidChannelTypes;
    ArrayOfElementsOfUINT32 ChannelWidthList;
    ArrayOfElementsOfWDI_PHY_TYPE ValidPhyTypes;
} WDI_BAND_INFO_CONTAINER, *PWDI_BAND_INFO_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_BAND_INFO_CONTAINER)
typedef struct _WDI_INTERFACE_CAPABILITIES {
    UINT32 BackFillSize;
    UINT32 MaxMultiCastListSize;
    WDI_MAC_ADDRESS Address;
    UINT32 MaxTxRate;
    UINT32 MaxRxRate;
    UINT32 MTUSize;
    UINT32 NumTxStreams;
    UINT32 NumRxStreams;
    UINT32 NumChannels;
    BOOLEAN HardwareRadioState;
    BOOLEAN SoftwareRadioState;
    BOOLEAN ActionFramesSupported;
    BOOLEAN AntennaDiversity;
    BOOLEAN SupportsNonWdiOidRequests;
    BOOLEAN FastTransitionSupported;
    BOOLEAN MACAddressRandomization;
    WDI_MAC_ADDRESS MACAddressRandomizationMask;
    BOOLEAN CannotSupportMiracastSink;
    BOOLEAN Support_eCSA;
    BOOLEAN SupportPLR;
    BOOLEAN SupportFLR;
    UINT32 BluetoothCoexistenceSupport;
} WDI_INTERFACE_CAPABILITIES, *PWDI_INTERFACE_CAPABILITIES;

typedef struct _WDI_INTERFACE_ATTRIBUTES_CONTAINER {
    WDI_INTERFACE_CAPABILITIES InterfaceCapabilities;
    ArrayOfElementsOfWDI_MAC_ADDRESS InterfaceAddressList;
    ArrayOfElementsOfUINT8 FirmwareVersion;
} WDI_INTERFACE_ATTRIBUTES_CONTAINER, *PWDI_INTERFACE_ATTRIBUTES_CONTAINER;

typedef struct _WDI_VIRTUALIZATION_CAPABILITIES {
    UINT32 ExtSTACount;
    UINT32 WiFiDirectGroupCount;
    UINT32 APCount;
    UINT32 SimultaneousGoCount;
    UINT32 SimultaneousSTAWFDClientCount;
    UINT32 SimultaneousMultiChannelOperationLimit;
} WDI_VIRTUALIZATION_CAPABILITIES, *PWDI_VIRTUALIZATION_CAPABILITIES;

typedef struct _WDI_VIRTUALIZATION_ATTRIBUTES_CONTAINER {
    WDI_VIRTUALIZATION_CAPABILITIES VirtualizationCapabilities;
} WDI_VIRTUALIZATION_ATTRIBUTES_CONTAINER, *PWDI_VIRTUALIZATION_ATTRIBUTES_CONTAINER;

typedef struct _WDI_STATION_CAPABILITIES {
    UINT32 ScanSSIDListSize;
    UINT32 DesiredBSSIDListSize;
    UINT32 DesiredSSIDListSize;
    UINT32 PrivacyExemptionListSize;
    UINT32 KeyMappingTableSize;
    UINT32 DefaultKeyTableSize;
    UINT32 WEPKeyValueMaxLength;
    UINT32 MaxNumPerSTA;
    UINT32 SupportedQOSFlags;
    BOOLEAN HostFIPSModeImplemented;
    BOOLEAN MFPCapable;
    BOOLEAN AutoPowerSaveMode;
    BOOLEAN BSSListCachemanagement;
    BOOLEAN ConnectBSSSelectionOverride;
    UINT32 uMaxNetworkOffloadListSize;
    BOOLEAN HESSIDConnectionSupported;
    BOOLEAN HESSIDConnectionOffloadSupported;
    BOOLEAN DisconnectedStandbySupported;
} WDI_STATION_CAPABILITIES, *PWDI_STATION_CAPABILITIES;

typedef struct _WDI_STATION_ATTRIBUTES_CONTAINER {
    WDI_STATION_CAPABILITIES StationCapabilities;
    ArrayOfElementsOfWDI_ALGO_PAIRS UnicastAlgorithms;
    ArrayOfElementsOfWDI_ALGO_PAIRS MulticastDataAlgorithms;
    ArrayOfElementsOfWDI_ALGO_PAIRS MulticastManagementAlgorithms;
    struct {
        UINT8 UnicastAlgorithms_IsPresent : 1;
        UINT8 MulticastDataAlgorithms_IsPresent : 1;
        UINT8 MulticastManagementAlgorithms_IsPresent : 1;
    } Optional;
} WDI_STATION_ATTRIBUTES_CONTAINER, *PWDI_STATION_ATTRIBUTES_CONTAINER;

typedef struct _WDI_AP_CAPABILITIES {
    UINT32 ScanSSIDListSize;
    UINT32 DesiredSSIDListSize;
    UINT32 PrivacyExemptionListSize;
    UINT32 AssociationTableSize;
    UINT32 KeyMappingTableSize;
    UINT32 DefaultKeyTableSize;
    UINT32 WEPKeyValueMaxLength;
    BOOLEAN RadarDetectionSupported;
} WDI_AP_CAPABILITIES, *PWDI_AP_CAPABILITIES;

typedef struct _WDI_AP_ATTRIBUTES_CONTAINER {
    WDI_AP_CAPABILITIES APCapabilities;
    ArrayOfElementsOfWDI_ALGO_PAIRS UnicastAlgorithms;
    ArrayOfElementsOfWDI_ALGO_PAIRS MulticastDataAlgorithms;
    struct {
        UINT8 UnicastAlgorithms_IsPresent : 1;
        UINT8 MulticastDataAlgorithms_IsPresent : 1;
    } Optional;
} WDI_AP_ATTRIBUTES_CONTAINER, *PWDI_AP_ATTRIBUTES_CONTAINER;

typedef struct _WDI_P2P_CAPABILITIES {
    UINT32 ConcurrentGOCount;
    UINT32 ConcurrentClientCount;
    UINT32 WPSVersionSupport;
    BOOLEAN ServiceDiscoverySupported;
    BOOLEAN ServiceNameDiscoverySupported;
    BOOLEAN ServiceInformationDiscoverySupported;
    UINT32 ServiceNameAdvertisementsMaxBytesSupported;
    UINT32 ServiceInformationAdvertisementsMaxBytesSupported;
    BOOLEAN BackgroundDiscoverySupported;
    BOOLEAN ClientDiscoverabilitySupported;
    BOOLEAN InfrastructureManagementSupported;
    UINT32 MaxSecondaryAdapterTypeListSize;
    UINT8 DeviceAddress[6];
    UINT32 DiscoveryFilterListSize;
    UINT32 GOClientTableSize;
    UINT32 MaxVendorSpecificExtensionIESize;
    BOOLEAN PassiveAvailabilityListenStateSupported;
    BOOLEAN OperatingChannelUpdatesSupported;
} WDI_P2P_CAPABILITIES, *PWDI_P2P_CAPABILITIES;

typedef struct _WDI_P2P_ATTRIBUTES_CONTAINER {
    WDI_P2P_CAPABILITIES P2PCapabilities;
    ArrayOfElementsOfUINT32 InterfaceAddressList;
} WDI_P2P_ATTRIBUTES_CONTAINER, *PWDI_P2P_ATTRIBUTES_CONTAINER;

typedef struct _WDI_DATAPATH_CAPABILITIES {
    UINT32 InterconnectType;
    UINT32 MaxNumPeers;
    UINT32 TxTargetPriorityQueueing;
    UINT32 TxMaxScatterGatherElementsPerFrame;
    BOOLEAN TxExplicitSendCompleteFlagRequired;
    UINT32 TxMinEffectiveFrameSize;
    UINT32 TxFrameSizeGranularity;
    BOOLEAN RxTxForwarding;
    UINT32 RxMaxThroughput;
} WDI_DATAPATH_CAPABILITIES, *PWDI_DATAPATH_CAPABILITIES;

typedef struct _WDI_DATAPATH_ATTRIBUTES_CONTAINER {
    WDI_DATAPATH_CAPABILITIES DataPathCapabilities;
    struct {
        UINT8 DataPathCapabilities_IsPresent : 1;
    } Optional;
} WDI_DATAPATH_ATTRIBUTES_CONTAINER, *PWDI_DATAPATH_ATTRIBUTES_CONTAINER;

/* WDI_TLV_RECEIVE_COALESCING_CAPABILITIES: the fields of NDIS_RECEIVE_FILTER_CAPABILITIES that apply
 * to packet coalescing, with the NDIS_RECEIVE_FILTER_* flag values. */
typedef struct _WDI_RECEIVE_COALESCING_CAPABILITIES_CONTAINER {
    UINT32 EnableFilterTypes;
    UINT32 EnabledQueueTypes;
    UINT32 NumQueues;
    UINT32 SupportedQueueProperties;
    UINT32 SupportedFilterTests;
    UINT32 SupportedHeaders;
    UINT32 SupportedMacHeaderFields;
    UINT32 MaxMacHeaderFilters;
    UINT32 MaxQueueGroups;
    UINT32 MaxQueuesPerQueueGroup;
    UINT32 MinLookaheadSplitSize;
    UINT32 MaxLookaheadSplitSize;
    UINT32 SupportedARPHeaderFields;
    UINT32 SupportedIPv4HeaderFields;
    UINT32 SupportedIPv6HeaderFields;
    UINT32 SupportedUdpHeaderFields;
    UINT32 MaxFieldTestsPerPacketCoalescingFilter;
    UINT32 MaxPacketCoalescingFilters;
} WDI_RECEIVE_COALESCING_CAPABILITIES_CONTAINER, *PWDI_RECEIVE_COALESCING_CAPABILITIES_CONTAINER;

/* WDI_TLV_PM_CAPABILITIES: the fields of NDIS_PM_CAPABILITIES, with its flag values. */
typedef struct _WDI_PM_CAPABILITIES_CONTAINER {
    UINT32 Flags;
    UINT32 SupportedWoLPacketPatterns;
    UINT32 NumTotalWoLPatterns;
    UINT32 MaxWoLPatternSize;
    UINT32 MaxWoLPatternOffset;
    UINT32 MaxWoLPacketSaveBuffer;
    UINT32 SupportedProtocolOffloads;
    UINT32 NumArpOffloadIPv4Addresses;
    UINT32 NumNSOffloadIPv6Addresses;
    NDIS_DEVICE_POWER_STATE MinMagicPacketWakeUp;
    NDIS_DEVICE_POWER_STATE MinPatternWakeUp;
    NDIS_DEVICE_POWER_STATE MinLinkChangeWakeUp;
    UINT32 SupportedWakeUpEvents;
    UINT32 MediaSpecificWakeUpEvents;
} WDI_PM_CAPABILITIES_CONTAINER, *PWDI_PM_CAPABILITIES_CONTAINER;

/* WDI_TLV_MAC_STATISTICS: per-peer counters (those of DOT11_MAC_FRAME_STATISTICS). */
typedef struct _WDI_MAC_STATISTICS_CONTAINER {
    WDI_MAC_ADDRESS MACAddress;
    UINT64 TransmittedFrameCount;
    UINT64 ReceivedFrameCount;
    UINT64 WEPExcludedCount;
    UINT64 TKIPLocalMICFailures;
    UINT64 TKIPReplays;
    UINT64 TKIPICVErrorCount;
    UINT64 CCMPReplays;
    UINT64 CCMPDecryptErrors;
    UINT64 WEPUndecryptableCount;
    UINT64 WEPICVErrorCount;
    UINT64 DecryptSuccessCount;
    UINT64 DecryptFailureCount;
    UINT64 CCMPFormatErrors;
} WDI_MAC_STATISTICS_CONTAINER, *PWDI_MAC_STATISTICS_CONTAINER;

/* WDI_TLV_PHY_STATISTICS: per-PHY counters (those of DOT11_PHY_FRAME_STATISTICS). */
typedef struct _WDI_PHY_STATISTICS_CONTAINER {
    WDI_PHY_TYPE PhyType;
    UINT64 TransmittedFrameCount;
    UINT64 GroupTransmittedFrameCount;
    UINT64 FailedCount;
    UINT64 RetryCount;
    UINT64 MultipleRetryCount;
    UINT64 MaxTXLifetimeExceededCount;
    UINT64 TransmittedFragmentCount;
    UINT64 RTSSuccessCount;
    UINT64 RTSFailureCount;
    UINT64 ACKFailureCount;
    UINT64 ReceivedFrameCount;
    UINT64 GroupReceivedFrameCount;
    UINT64 PromiscuousReceivedFrameCount;
    UINT64 MaxRXLifetimeExceededCount;
    UINT64 FrameDuplicateCount;
    UINT64 ReceivedFragmentCount;
    UINT64 PromiscuousReceivedFragmentCount;
    UINT64 FCSErrorCount;
} WDI_PHY_STATISTICS_CONTAINER, *PWDI_PHY_STATISTICS_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_MAC_STATISTICS_CONTAINER)
DRVLS_WDI_DECLARE_ARRAY(WDI_PHY_STATISTICS_CONTAINER)
typedef struct _WDI_PRIVACY_EXEMPTION_LIST_CONTAINER {
    UINT16 EtherType;
    UINT16 ExemptionActionType;
    UINT16 ExemptionPacketType;
} WDI_PRIVACY_EXEMPTION_LIST_CONTAINER, *PWDI_PRIVACY_EXEMPTION_LIST_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_PRIVACY_EXEMPTION_LIST_CONTAINER)
/* WDI_TLV_WAKE_PACKET_PATTERN: a bitmap wake-on-LAN pattern. */
typedef struct _WDI_PACKET_PATTERN_CONTAINER {
    UINT32 WakePacketPatternId;
    ArrayOfElementsOfUINT8 PacketPatternMask;
    ArrayOfElementsOfUINT8 PacketPattern;
} WDI_PACKET_PATTERN_CONTAINER, *PWDI_PACKET_PATTERN_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_PACKET_PATTERN_CONTAINER)

typedef struct _WDI_IPv4_TCP_SYNC_CONTAINER {
    UINT32 PatternId;
    UINT32 SourceIPv4Address;
    UINT32 DestinationIPv4Address;
    UINT16 SourcePort;
    UINT16 DestinationPort;
} WDI_IPv4_TCP_SYNC_CONTAINER, *PWDI_IPv4_TCP_SYNC_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_IPv4_TCP_SYNC_CONTAINER)

typedef struct _WDI_IPv6TCP_SYNC_CONTAINER {
    UINT32 PatternId;
    UINT8 SourceIPv6Address[16];
    UINT8 DestinationIPv6Address[16];
    UINT16 SourcePort;
    UINT16 DestinationPort;
} WDI_IPv6TCP_SYNC_CONTAINER, *PWDI_IPv6TCP_SYNC_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_IPv6TCP_SYNC_CONTAINER)

typedef struct _WDI_P2P_DEVICE_CAPABILITY_CONTAINER {
    UINT8 DeviceCapabilityBitmap;
    UINT8 GroupCapabilityBitmap;
    UINT8 WPSVersionsEnabled;
} WDI_P2P_DEVICE_CAPABILITY_CONTAINER, *PWDI_P2P_DEVICE_CAPABILITY_CONTAINER;

typedef struct _WDI_P2P_GROUP_OWNER_CAPABILITY_CONTAINER {
    UINT8 GroupCapabilityBitmap;
    UINT32 MaximumGroupLimit;
} WDI_P2P_GROUP_OWNER_CAPABILITY_CONTAINER, *PWDI_P2P_GROUP_OWNER_CAPABILITY_CONTAINER;

typedef struct _WDI_P2P_DEVICE_TYPE {
    UINT16 CategoryID;
    UINT16 SubcategoryID;
    UINT8 OUI[4];
} WDI_P2P_DEVICE_TYPE, *PWDI_P2P_DEVICE_TYPE;

typedef struct _WDI_P2P_DEVICE_INFO_PARAMETERS {
    UINT8 DeviceAddress[6];
    UINT16 ConfigurationMethods;
    WDI_P2P_DEVICE_TYPE DeviceType;
} WDI_P2P_DEVICE_INFO_PARAMETERS, *PWDI_P2P_DEVICE_INFO_PARAMETERS;

typedef struct _WDI_P2P_DEVICE_INFO_CONTAINER {
    WDI_P2P_DEVICE_INFO_PARAMETERS DeviceInfoParameters;
    ArrayOfElementsOfUINT8 DeviceName;
} WDI_P2P_DEVICE_INFO_CONTAINER, *PWDI_P2P_DEVICE_INFO_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_P2P_DEVICE_TYPE)
/* WDI_TLV_P2P_SECONDARY_DEVICE_TYPE_LIST is a bare list of device types. */
typedef ArrayOfElementsOfWDI_P2P_DEVICE_TYPE WDI_P2P_SECONDARY_DEVICE_TYPE_CONTAINER, *PWDI_P2P_SECONDARY_DEVICE_TYPE_CONTAINER;

/* WDI_TLV_P2P_LISTEN_STATE carries a bare WDI_P2P_LISTEN_STATE value. */
typedef WDI_P2P_LISTEN_STATE WDI_P2P_LISTEN_STATE_CONTAINER, *PWDI_P2P_LISTEN_STATE_CONTAINER;

typedef struct _WDI_P2P_DISCOVERY_CHANNEL_SETTINGS_CONTAINER {
    ArrayOfElementsOfWDI_BAND_CHANNEL_LIST_CONTAINER BandChannelList;
} WDI_P2P_DISCOVERY_CHANNEL_SETTINGS_CONTAINER, *PWDI_P2P_DISCOVERY_CHANNEL_SETTINGS_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_P2P_DISCOVERY_CHANNEL_SETTINGS_CONTAINER)

/* ---- Network list offload (OID_WDI_SET_NETWORK_LIST_OFFLOAD) ---- */

/* A channel hint of an offloaded network. */
typedef struct _WDI_BAND_CHANNEL_MAPPING_ENTRY {
    WDI_BAND_ID BandId;
    WDI_CHANNEL_NUMBER ChannelNumber;
} WDI_BAND_CHANNEL_MAPPING_ENTRY, *PWDI_BAND_CHANNEL_MAPPING_ENTRY;

DRVLS_WDI_DECLARE_ARRAY(WDI_BAND_CHANNEL_MAPPING_ENTRY)

/* WDI_TLV_NETWORK_LIST_OFFLOAD_CONFIG: the fast and slow scan schedule. */
typedef struct _WDI_NETWORK_LIST_OFFLOAD_CONFIG {
    UINT32 FastScanPeriodinSeconds;
    UINT32 FastScanIterations;
    UINT32 SlowScanPeriodinSeconds;
} WDI_NETWORK_LIST_OFFLOAD_CONFIG, *PWDI_NETWORK_LIST_OFFLOAD_CONFIG;

/* WDI_TLV_SSID_OFFLOAD: one offloaded network. */
typedef struct _WDI_SSID_OFFLOAD_CONTAINER {
    WDI_SSID SsidToScan;
    ArrayOfElementsOfWDI_ALGO_PAIRS UnicastAlgorithms;
    ArrayOfElementsOfWDI_BAND_CHANNEL_MAPPING_ENTRY BandChannelHintList;
    struct {
        UINT8 BandChannelHintList_IsPresent : 1;
    } Optional;
} WDI_SSID_OFFLOAD_CONTAINER, *PWDI_SSID_OFFLOAD_CONTAINER;

DRVLS_WDI_DECLARE_ARRAY(WDI_SSID_OFFLOAD_CONTAINER)

/* WDI_TLV_NETWORK_LIST_OFFLOAD: the schedule and the offloaded networks. */
typedef struct _WDI_NETWORK_LIST_OFFLOAD_INFO {
    WDI_NETWORK_LIST_OFFLOAD_CONFIG NetworkListOffloadConfig;
    ArrayOfElementsOfWDI_SSID_OFFLOAD_CONTAINER SsidOffload;
    struct {
        UINT8 SsidOffload_IsPresent : 1;
    } Optional;
} WDI_NETWORK_LIST_OFFLOAD_INFO, *PWDI_NETWORK_LIST_OFFLOAD_INFO;


#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_WDITYPES_HPP */
