/*
 * fwpmtypes.h - drvls WDK supplement: the Windows Filtering Platform management types, for kernel code.
 *
 * The structures the base filtering engine management API (fwpmk.h in kernel mode) takes and returns:
 * sessions, providers, provider contexts, sublayers, layers, callouts and filters, with their flags and
 * the unversioned names (FWPM_FILTER, FWPM_CALLOUT, ...) a driver normally writes. mingw-w64's
 * fwpmtypes.h is user-mode only (it reaches windows.h through its fwptypes.h) and predates Windows 8.
 *
 * Of the IPsec and IKE types that a provider context can point to, only those whose members WFP
 * callout drivers read are complete here (IPSEC_KEYING_POLICY0/1, IPSEC_DOSP_OPTIONS0); the policy
 * structures (IPSEC_TRANSPORT_POLICY*, IPSEC_TUNNEL_POLICY*, IKEEXT_POLICY*) are declared but left
 * incomplete, which is enough for the pointers the provider context holds.
 *
 * Written from the public WFP reference documentation (fwpmtypes.h, ipsectypes.h); no header text is
 * copied. Declarations only.
 */
#ifndef DRVLS_WDK_SHIM_FWPMTYPES_H
#define DRVLS_WDK_SHIM_FWPMTYPES_H

/* mingw-w64's user-mode fwpmtypes.h uses this guard: keep it out if both are reached. */
#ifndef _INC_FWPMTYPES
#define _INC_FWPMTYPES
#endif

#include <fwptypes.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------------------
 * IPsec and IKE types referenced by provider contexts (ipsectypes.h / iketypes.h)
 * ------------------------------------------------------------------------------------------------- */
typedef struct IPSEC_KEYING_POLICY0_ {
    UINT32 numKeyMods;
    GUID *keyModKeys;
} IPSEC_KEYING_POLICY0;

typedef struct IPSEC_KEYING_POLICY1_ {
    UINT32 numKeyMods;
    GUID *keyModKeys;
    UINT32 flags;
} IPSEC_KEYING_POLICY1;

#define IPSEC_KEYING_POLICY_FLAG_TERMINATING_MATCH 0x00000001

/* IPsec denial-of-service protection options (Windows 7 and later). */
typedef struct IPSEC_DOSP_OPTIONS0_ {
    UINT32 stateIdleTimeoutSeconds;
    UINT32 perIPRateLimitQueueIdleTimeoutSeconds;
    UINT8 ipV6IPsecUnauthDscp;
    UINT32 ipV6IPsecUnauthRateLimitBytesPerSec;
    UINT32 ipV6IPsecUnauthPerIPRateLimitBytesPerSec;
    UINT8 ipV6IPsecAuthDscp;
    UINT32 ipV6IPsecAuthRateLimitBytesPerSec;
    UINT8 icmpV6Dscp;
    UINT32 icmpV6RateLimitBytesPerSec;
    UINT8 ipV6FilterExemptDscp;
    UINT32 ipV6FilterExemptRateLimitBytesPerSec;
    UINT8 defBlockExemptDscp;
    UINT32 defBlockExemptRateLimitBytesPerSec;
    UINT32 maxStateEntries;
    UINT32 maxPerIPRateLimitQueues;
    UINT32 flags;
    UINT32 numPublicIFLuids;
    UINT64 *publicIFLuids;
    UINT32 numInternalIFLuids;
    UINT64 *internalIFLuids;
    FWP_V6_ADDR_AND_MASK publicV6AddrMask;
    FWP_V6_ADDR_AND_MASK internalV6AddrMask;
} IPSEC_DOSP_OPTIONS0;

#define IPSEC_DOSP_FLAG_ENABLE_IKEV1 0x00000001
#define IPSEC_DOSP_FLAG_ENABLE_IKEV2 0x00000002
#define IPSEC_DOSP_FLAG_DISABLE_AUTHIP 0x00000004
#define IPSEC_DOSP_FLAG_DISABLE_DEFAULT_BLOCK 0x00000008
#define IPSEC_DOSP_FLAG_FILTER_BLOCK 0x00000010
#define IPSEC_DOSP_FLAG_FILTER_EXEMPT 0x00000020
#define IPSEC_DOSP_DSCP_DISABLE_VALUE 0xff
#define IPSEC_DOSP_RATE_LIMIT_DISABLE_VALUE 0

/* Policies a provider context can point to; not described further here. */
typedef struct IPSEC_TRANSPORT_POLICY0_ IPSEC_TRANSPORT_POLICY0;
typedef struct IPSEC_TRANSPORT_POLICY1_ IPSEC_TRANSPORT_POLICY1;
typedef struct IPSEC_TRANSPORT_POLICY2_ IPSEC_TRANSPORT_POLICY2;
typedef struct IPSEC_TUNNEL_POLICY0_ IPSEC_TUNNEL_POLICY0;
typedef struct IPSEC_TUNNEL_POLICY1_ IPSEC_TUNNEL_POLICY1;
typedef struct IPSEC_TUNNEL_POLICY2_ IPSEC_TUNNEL_POLICY2;
typedef struct IPSEC_TUNNEL_POLICY3_ IPSEC_TUNNEL_POLICY3;
typedef struct IKEEXT_POLICY0_ IKEEXT_POLICY0;
typedef struct IKEEXT_POLICY1_ IKEEXT_POLICY1;
typedef struct IKEEXT_POLICY2_ IKEEXT_POLICY2;
typedef struct FWPM_NETWORK_CONNECTION_POLICY_SETTINGS0_ FWPM_NETWORK_CONNECTION_POLICY_SETTINGS0;

#define IPSEC_DOSP_OPTIONS IPSEC_DOSP_OPTIONS0
#if defined(NTDDI_VERSION) && (NTDDI_VERSION >= 0x06020000)
#define IPSEC_KEYING_POLICY IPSEC_KEYING_POLICY1
#else
#define IPSEC_KEYING_POLICY IPSEC_KEYING_POLICY0
#endif

/* ---------------------------------------------------------------------------------------------------
 * Enumerations
 * ------------------------------------------------------------------------------------------------- */
typedef enum FWPM_CHANGE_TYPE_ {
    FWPM_CHANGE_ADD = 1,
    FWPM_CHANGE_DELETE = 2,
    FWPM_CHANGE_TYPE_MAX = 3
} FWPM_CHANGE_TYPE;

#define FWPM_SUBSCRIPTION_FLAG_NOTIFY_ON_ADD 0x00000001
#define FWPM_SUBSCRIPTION_FLAG_NOTIFY_ON_DELETE 0x00000002

typedef enum FWPM_SERVICE_STATE_ {
    FWPM_SERVICE_STOPPED = 0,
    FWPM_SERVICE_START_PENDING = 1,
    FWPM_SERVICE_STOP_PENDING = 2,
    FWPM_SERVICE_RUNNING = 3,
    FWPM_SERVICE_STATE_MAX = 4
} FWPM_SERVICE_STATE;

typedef enum FWPM_ENGINE_OPTION_ {
    FWPM_ENGINE_COLLECT_NET_EVENTS = 0,
    FWPM_ENGINE_NET_EVENT_MATCH_ANY_KEYWORDS = 1,
    FWPM_ENGINE_NAME_CACHE = 2,
    FWPM_ENGINE_MONITOR_IPSEC_CONNECTIONS = 3,
    FWPM_ENGINE_PACKET_QUEUING = 4,
    FWPM_ENGINE_TXN_WATCHDOG_TIMEOUT_IN_MSEC = 5,
    FWPM_ENGINE_OPTION_MAX = 6
} FWPM_ENGINE_OPTION;

#define FWPM_ENGINE_OPTION_PACKET_QUEUE_NONE 0x00000000
#define FWPM_ENGINE_OPTION_PACKET_QUEUE_INBOUND 0x00000001
#define FWPM_ENGINE_OPTION_PACKET_QUEUE_FORWARD 0x00000002
#define FWPM_ENGINE_OPTION_PACKET_BATCH_INBOUND 0x00000004

typedef enum FWPM_PROVIDER_CONTEXT_TYPE_ {
    FWPM_IPSEC_KEYING_CONTEXT = 0,
    FWPM_IPSEC_IKE_QM_TRANSPORT_CONTEXT = 1,
    FWPM_IPSEC_IKE_QM_TUNNEL_CONTEXT = 2,
    FWPM_IPSEC_AUTHIP_QM_TRANSPORT_CONTEXT = 3,
    FWPM_IPSEC_AUTHIP_QM_TUNNEL_CONTEXT = 4,
    FWPM_IPSEC_IKE_MM_CONTEXT = 5,
    FWPM_IPSEC_AUTHIP_MM_CONTEXT = 6,
    FWPM_CLASSIFY_OPTIONS_CONTEXT = 7,
    FWPM_GENERAL_CONTEXT = 8,
    FWPM_IPSEC_IKEV2_QM_TUNNEL_CONTEXT = 9,
    FWPM_IPSEC_IKEV2_MM_CONTEXT = 10,
    FWPM_IPSEC_DOSP_CONTEXT = 11,
    FWPM_IPSEC_IKEV2_QM_TRANSPORT_CONTEXT = 12,
    FWPM_NETWORK_CONNECTION_POLICY_CONTEXT = 13,
    FWPM_PROVIDER_CONTEXT_TYPE_MAX = 14
} FWPM_PROVIDER_CONTEXT_TYPE;

typedef enum FWPM_FIELD_TYPE_ {
    FWPM_FIELD_RAW_DATA = 0,
    FWPM_FIELD_IP_ADDRESS = 1,
    FWPM_FIELD_FLAGS = 2,
    FWPM_FIELD_TYPE_MAX = 3
} FWPM_FIELD_TYPE;

typedef enum FWPM_SYSTEM_PORT_TYPE_ {
    FWPM_SYSTEM_PORT_RPC_EPMAP = 0,
    FWPM_SYSTEM_PORT_TEREDO = 1,
    FWPM_SYSTEM_PORT_IPHTTPS_IN = 2,
    FWPM_SYSTEM_PORT_IPHTTPS_OUT = 3,
    FWPM_SYSTEM_PORT_TYPE_MAX = 4
} FWPM_SYSTEM_PORT_TYPE;

/* ---------------------------------------------------------------------------------------------------
 * Objects
 * ------------------------------------------------------------------------------------------------- */
typedef struct FWPM_DISPLAY_DATA0_ {
    wchar_t *name;
    wchar_t *description;
} FWPM_DISPLAY_DATA0;

/* A session with the filter engine (FwpmEngineOpen0). */
typedef struct FWPM_SESSION0_ {
    GUID sessionKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    UINT32 txnWaitTimeoutInMSec;
    DWORD processId;
    struct _SID *sid;
    wchar_t *username;
    BOOL kernelMode;
} FWPM_SESSION0;

#define FWPM_SESSION_FLAG_DYNAMIC 0x00000001
#define FWPM_SESSION_FLAG_RESERVED 0x10000000

typedef struct FWPM_SESSION_ENUM_TEMPLATE0_ {
    UINT64 reserved;
} FWPM_SESSION_ENUM_TEMPLATE0;

typedef struct FWPM_PROVIDER0_ {
    GUID providerKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    FWP_BYTE_BLOB providerData;
    wchar_t *serviceName;
} FWPM_PROVIDER0;

#define FWPM_PROVIDER_FLAG_PERSISTENT 0x00000001
#define FWPM_PROVIDER_FLAG_DISABLED 0x00000010

typedef struct FWPM_PROVIDER_ENUM_TEMPLATE0_ {
    UINT64 reserved;
} FWPM_PROVIDER_ENUM_TEMPLATE0;

typedef struct FWPM_CLASSIFY_OPTION0_ {
    FWP_CLASSIFY_OPTION_TYPE type;
    FWP_VALUE0 value;
} FWPM_CLASSIFY_OPTION0;

typedef struct FWPM_CLASSIFY_OPTIONS0_ {
    UINT32 numOptions;
    FWPM_CLASSIFY_OPTION0 *options;
} FWPM_CLASSIFY_OPTIONS0;

/* Provider contexts: data a provider attaches to filters; the type selects the union member. */
typedef struct FWPM_PROVIDER_CONTEXT0_ {
    GUID providerContextKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    FWPM_PROVIDER_CONTEXT_TYPE type;
    union {
        IPSEC_KEYING_POLICY0 *keyingPolicy;
        IPSEC_TRANSPORT_POLICY0 *ikeQmTransportPolicy;
        IPSEC_TUNNEL_POLICY0 *ikeQmTunnelPolicy;
        IPSEC_TRANSPORT_POLICY0 *authipQmTransportPolicy;
        IPSEC_TUNNEL_POLICY0 *authipQmTunnelPolicy;
        IKEEXT_POLICY0 *ikeMmPolicy;
        IKEEXT_POLICY0 *authIpMmPolicy;
        FWP_BYTE_BLOB *dataBuffer;
        FWPM_CLASSIFY_OPTIONS0 *classifyOptions;
    };
    UINT64 providerContextId;
} FWPM_PROVIDER_CONTEXT0;

typedef struct FWPM_PROVIDER_CONTEXT1_ {
    GUID providerContextKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    FWPM_PROVIDER_CONTEXT_TYPE type;
    union {
        IPSEC_KEYING_POLICY0 *keyingPolicy;
        IPSEC_TRANSPORT_POLICY1 *ikeQmTransportPolicy;
        IPSEC_TUNNEL_POLICY1 *ikeQmTunnelPolicy;
        IPSEC_TRANSPORT_POLICY1 *authipQmTransportPolicy;
        IPSEC_TUNNEL_POLICY1 *authipQmTunnelPolicy;
        IKEEXT_POLICY1 *ikeMmPolicy;
        IKEEXT_POLICY1 *authIpMmPolicy;
        FWP_BYTE_BLOB *dataBuffer;
        FWPM_CLASSIFY_OPTIONS0 *classifyOptions;
        IPSEC_TUNNEL_POLICY1 *ikeV2QmTunnelPolicy;
        IKEEXT_POLICY1 *ikeV2MmPolicy;
        IPSEC_DOSP_OPTIONS0 *idpOptions;
    };
    UINT64 providerContextId;
} FWPM_PROVIDER_CONTEXT1;

typedef struct FWPM_PROVIDER_CONTEXT2_ {
    GUID providerContextKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    FWPM_PROVIDER_CONTEXT_TYPE type;
    union {
        IPSEC_KEYING_POLICY1 *keyingPolicy;
        IPSEC_TRANSPORT_POLICY2 *ikeQmTransportPolicy;
        IPSEC_TUNNEL_POLICY2 *ikeQmTunnelPolicy;
        IPSEC_TRANSPORT_POLICY2 *authipQmTransportPolicy;
        IPSEC_TUNNEL_POLICY2 *authipQmTunnelPolicy;
        IKEEXT_POLICY2 *ikeMmPolicy;
        IKEEXT_POLICY2 *authIpMmPolicy;
        FWP_BYTE_BLOB *dataBuffer;
        FWPM_CLASSIFY_OPTIONS0 *classifyOptions;
        IPSEC_TUNNEL_POLICY2 *ikeV2QmTunnelPolicy;
        IPSEC_TRANSPORT_POLICY2 *ikeV2QmTransportPolicy;
        IKEEXT_POLICY2 *ikeV2MmPolicy;
        IPSEC_DOSP_OPTIONS0 *idpOptions;
    };
    UINT64 providerContextId;
} FWPM_PROVIDER_CONTEXT2;

typedef struct FWPM_PROVIDER_CONTEXT3_ {
    GUID providerContextKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    FWPM_PROVIDER_CONTEXT_TYPE type;
    union {
        IPSEC_KEYING_POLICY1 *keyingPolicy;
        IPSEC_TRANSPORT_POLICY2 *ikeQmTransportPolicy;
        IPSEC_TUNNEL_POLICY3 *ikeQmTunnelPolicy;
        IPSEC_TRANSPORT_POLICY2 *authipQmTransportPolicy;
        IPSEC_TUNNEL_POLICY3 *authipQmTunnelPolicy;
        IKEEXT_POLICY2 *ikeMmPolicy;
        IKEEXT_POLICY2 *authIpMmPolicy;
        FWP_BYTE_BLOB *dataBuffer;
        FWPM_CLASSIFY_OPTIONS0 *classifyOptions;
        IPSEC_TUNNEL_POLICY3 *ikeV2QmTunnelPolicy;
        IPSEC_TRANSPORT_POLICY2 *ikeV2QmTransportPolicy;
        IKEEXT_POLICY2 *ikeV2MmPolicy;
        IPSEC_DOSP_OPTIONS0 *idpOptions;
        FWPM_NETWORK_CONNECTION_POLICY_SETTINGS0 *networkConnectionPolicy;
    };
    UINT64 providerContextId;
} FWPM_PROVIDER_CONTEXT3;

#define FWPM_PROVIDER_CONTEXT_FLAG_PERSISTENT 0x00000001
#define FWPM_PROVIDER_CONTEXT_FLAG_DOWNLEVEL 0x00000002

typedef struct FWPM_PROVIDER_CONTEXT_ENUM_TEMPLATE0_ {
    GUID *providerKey;
    FWPM_PROVIDER_CONTEXT_TYPE providerContextType;
} FWPM_PROVIDER_CONTEXT_ENUM_TEMPLATE0;

typedef struct FWPM_SUBLAYER0_ {
    GUID subLayerKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    UINT16 weight;
} FWPM_SUBLAYER0;

#define FWPM_SUBLAYER_FLAG_PERSISTENT 0x00000001

typedef struct FWPM_SUBLAYER_ENUM_TEMPLATE0_ {
    GUID *providerKey;
} FWPM_SUBLAYER_ENUM_TEMPLATE0;

typedef struct FWPM_FIELD0_ {
    GUID *fieldKey;
    FWPM_FIELD_TYPE type;
    FWP_DATA_TYPE dataType;
} FWPM_FIELD0;

typedef struct FWPM_LAYER0_ {
    GUID layerKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    UINT32 numFields;
    FWPM_FIELD0 *field;
    GUID defaultSubLayerKey;
    UINT16 layerId;
} FWPM_LAYER0;

#define FWPM_LAYER_FLAG_KERNEL 0x00000001
#define FWPM_LAYER_FLAG_BUILTIN 0x00000002
#define FWPM_LAYER_FLAG_CLASSIFY_MOSTLY 0x00000004
#define FWPM_LAYER_FLAG_BUFFERED 0x00000008

typedef struct FWPM_LAYER_ENUM_TEMPLATE0_ {
    UINT64 reserved;
} FWPM_LAYER_ENUM_TEMPLATE0;

typedef struct FWPM_CALLOUT0_ {
    GUID calloutKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    GUID applicableLayer;
    UINT32 calloutId;
} FWPM_CALLOUT0;

#define FWPM_CALLOUT_FLAG_PERSISTENT 0x00010000
#define FWPM_CALLOUT_FLAG_USES_PROVIDER_CONTEXT 0x00020000
#define FWPM_CALLOUT_FLAG_REGISTERED 0x00040000

typedef struct FWPM_CALLOUT_ENUM_TEMPLATE0_ {
    GUID *providerKey;
    GUID layerKey;
} FWPM_CALLOUT_ENUM_TEMPLATE0;

typedef struct FWPM_ACTION0_ {
    FWP_ACTION_TYPE type;
    union {
        GUID filterType;
        GUID calloutKey;
        UINT8 bitmapIndex;
    };
} FWPM_ACTION0;

typedef struct FWPM_FILTER_CONDITION0_ {
    GUID fieldKey;
    FWP_MATCH_TYPE matchType;
    FWP_CONDITION_VALUE0 conditionValue;
} FWPM_FILTER_CONDITION0;

typedef struct FWPM_FILTER0_ {
    GUID filterKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    GUID layerKey;
    GUID subLayerKey;
    FWP_VALUE0 weight;
    UINT32 numFilterConditions;
    FWPM_FILTER_CONDITION0 *filterCondition;
    FWPM_ACTION0 action;
    union {
        UINT64 rawContext;
        GUID providerContextKey;
    };
    GUID *reserved;
    UINT64 filterId;
    FWP_VALUE0 effectiveWeight;
} FWPM_FILTER0;

#define FWPM_FILTER_FLAG_NONE 0x00000000
#define FWPM_FILTER_FLAG_PERSISTENT 0x00000001
#define FWPM_FILTER_FLAG_BOOTTIME 0x00000002
#define FWPM_FILTER_FLAG_HAS_PROVIDER_CONTEXT 0x00000004
#define FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT 0x00000008
#define FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED 0x00000010
#define FWPM_FILTER_FLAG_DISABLED 0x00000020
#define FWPM_FILTER_FLAG_INDEXED 0x00000040
#define FWPM_FILTER_FLAG_HAS_SECURITY_REALM_PROVIDER_CONTEXT 0x00000080
#define FWPM_FILTER_FLAG_SYSTEMOS_ONLY 0x00000100
#define FWPM_FILTER_FLAG_GAMEOS_ONLY 0x00000200
#define FWPM_FILTER_FLAG_SILENT_MODE 0x00000400
#define FWPM_FILTER_FLAG_IPSEC_NO_ACQUIRE_INITIATE 0x00000800

typedef struct FWPM_FILTER_ENUM_TEMPLATE0_ {
    GUID *providerKey;
    GUID layerKey;
    FWP_FILTER_ENUM_TYPE enumType;
    UINT32 flags;
    FWPM_PROVIDER_CONTEXT_ENUM_TEMPLATE0 *providerContextTemplate;
    UINT32 numFilterConditions;
    FWPM_FILTER_CONDITION0 *filterCondition;
    UINT32 actionMask;
    GUID *calloutKey;
} FWPM_FILTER_ENUM_TEMPLATE0;

/* Weights: the high bits of an automatic filter weight, and the IPsec weight ranges. */
#define FWPM_AUTO_WEIGHT_BITS 60
#define FWPM_AUTO_WEIGHT_MAX 0x0fffffffffffffffULL
#define FWPM_WEIGHT_RANGE_MAX 15
#define FWPM_WEIGHT_RANGE_IPSEC 0x0
#define FWPM_WEIGHT_RANGE_IKE_EXEMPTIONS 0xc

/* Change notifications and subscriptions. */
typedef struct FWPM_CALLOUT_CHANGE0_ {
    FWPM_CHANGE_TYPE changeType;
    GUID calloutKey;
    UINT32 calloutId;
} FWPM_CALLOUT_CHANGE0;

typedef struct FWPM_CALLOUT_SUBSCRIPTION0_ {
    FWPM_CALLOUT_ENUM_TEMPLATE0 *enumTemplate;
    UINT32 flags;
    GUID sessionKey;
} FWPM_CALLOUT_SUBSCRIPTION0;

typedef struct FWPM_FILTER_CHANGE0_ {
    FWPM_CHANGE_TYPE changeType;
    GUID filterKey;
    UINT64 filterId;
} FWPM_FILTER_CHANGE0;

typedef struct FWPM_FILTER_SUBSCRIPTION0_ {
    FWPM_FILTER_ENUM_TEMPLATE0 *enumTemplate;
    UINT32 flags;
    GUID sessionKey;
} FWPM_FILTER_SUBSCRIPTION0;

typedef struct FWPM_PROVIDER_CHANGE0_ {
    FWPM_CHANGE_TYPE changeType;
    GUID providerKey;
} FWPM_PROVIDER_CHANGE0;

typedef struct FWPM_PROVIDER_SUBSCRIPTION0_ {
    FWPM_PROVIDER_ENUM_TEMPLATE0 *enumTemplate;
    UINT32 flags;
    GUID sessionKey;
} FWPM_PROVIDER_SUBSCRIPTION0;

typedef struct FWPM_PROVIDER_CONTEXT_CHANGE0_ {
    FWPM_CHANGE_TYPE changeType;
    GUID providerContextKey;
    UINT64 providerContextId;
} FWPM_PROVIDER_CONTEXT_CHANGE0;

typedef struct FWPM_PROVIDER_CONTEXT_SUBSCRIPTION0_ {
    FWPM_PROVIDER_CONTEXT_ENUM_TEMPLATE0 *enumTemplate;
    UINT32 flags;
    GUID sessionKey;
} FWPM_PROVIDER_CONTEXT_SUBSCRIPTION0;

typedef struct FWPM_SUBLAYER_CHANGE0_ {
    FWPM_CHANGE_TYPE changeType;
    GUID subLayerKey;
} FWPM_SUBLAYER_CHANGE0;

typedef struct FWPM_SUBLAYER_SUBSCRIPTION0_ {
    FWPM_SUBLAYER_ENUM_TEMPLATE0 *enumTemplate;
    UINT32 flags;
    GUID sessionKey;
} FWPM_SUBLAYER_SUBSCRIPTION0;

/* ---------------------------------------------------------------------------------------------------
 * Unversioned names: the current version of each structure for the target Windows version.
 * ------------------------------------------------------------------------------------------------- */
#define FWPM_DISPLAY_DATA FWPM_DISPLAY_DATA0
#define FWPM_SESSION FWPM_SESSION0
#define FWPM_SESSION_ENUM_TEMPLATE FWPM_SESSION_ENUM_TEMPLATE0
#define FWPM_PROVIDER FWPM_PROVIDER0
#define FWPM_PROVIDER_ENUM_TEMPLATE FWPM_PROVIDER_ENUM_TEMPLATE0
#define FWPM_CLASSIFY_OPTION FWPM_CLASSIFY_OPTION0
#define FWPM_CLASSIFY_OPTIONS FWPM_CLASSIFY_OPTIONS0
#if defined(NTDDI_VERSION) && (NTDDI_VERSION >= 0x0A000002) /* Windows 10 version 1607 */
#define FWPM_PROVIDER_CONTEXT FWPM_PROVIDER_CONTEXT3
#elif defined(NTDDI_VERSION) && (NTDDI_VERSION >= 0x06020000) /* Windows 8 */
#define FWPM_PROVIDER_CONTEXT FWPM_PROVIDER_CONTEXT2
#elif defined(NTDDI_VERSION) && (NTDDI_VERSION >= 0x06010000) /* Windows 7 */
#define FWPM_PROVIDER_CONTEXT FWPM_PROVIDER_CONTEXT1
#else
#define FWPM_PROVIDER_CONTEXT FWPM_PROVIDER_CONTEXT0
#endif
#define FWPM_PROVIDER_CONTEXT_ENUM_TEMPLATE FWPM_PROVIDER_CONTEXT_ENUM_TEMPLATE0
#define FWPM_SUBLAYER FWPM_SUBLAYER0
#define FWPM_SUBLAYER_ENUM_TEMPLATE FWPM_SUBLAYER_ENUM_TEMPLATE0
#define FWPM_FIELD FWPM_FIELD0
#define FWPM_LAYER FWPM_LAYER0
#define FWPM_LAYER_ENUM_TEMPLATE FWPM_LAYER_ENUM_TEMPLATE0
#define FWPM_CALLOUT FWPM_CALLOUT0
#define FWPM_CALLOUT_ENUM_TEMPLATE FWPM_CALLOUT_ENUM_TEMPLATE0
#define FWPM_CALLOUT_CHANGE FWPM_CALLOUT_CHANGE0
#define FWPM_CALLOUT_SUBSCRIPTION FWPM_CALLOUT_SUBSCRIPTION0
#define FWPM_ACTION FWPM_ACTION0
#define FWPM_FILTER_CONDITION FWPM_FILTER_CONDITION0
#define FWPM_FILTER FWPM_FILTER0
#define FWPM_FILTER_ENUM_TEMPLATE FWPM_FILTER_ENUM_TEMPLATE0
#define FWPM_FILTER_CHANGE FWPM_FILTER_CHANGE0
#define FWPM_FILTER_SUBSCRIPTION FWPM_FILTER_SUBSCRIPTION0

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_FWPMTYPES_H */
