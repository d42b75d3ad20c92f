/*
 * bthddi.h - drvls fallback header: the Bluetooth profile driver interface.
 *
 * A profile driver talks to the Bluetooth stack by sending Bluetooth Request Blocks (BRBs) down
 * with IOCTL_INTERNAL_BTH_SUBMIT_BRB (bthioctl.h). Every BRB starts with a BRB_HEADER; the BRB
 * union covers them all. BTH_PROFILE_DRIVER_INTERFACE (queried with
 * GUID_BTHDDI_PROFILE_DRIVER_INTERFACE, bthguid.h) allocates, frees, initializes and reuses
 * BRBs. Also declared: the L2CAP channel configuration types, the L2CAP and SCO indication
 * callbacks and their parameters, and the CF_ / CFG_ / CM_ / CALLBACK_ / ACL_ / SCO_ flags.
 * Where a value is not given by the documentation, a comment says so; any distinct value parses.
 */
#ifndef DRVLS_WDK_SHIM_BTHDDI_H
#define DRVLS_WDK_SHIM_BTHDDI_H

#include <bthdef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Interface versions ---- */
#ifndef BTHDDI_PROFILE_DRIVER_INTERFACE_VERSION_FOR_QI
/* Value not documented; any value parses. */
#define BTHDDI_PROFILE_DRIVER_INTERFACE_VERSION_FOR_QI 0x0200
#endif

#ifndef BTHPORT_CONTEXT_SIZE
#define BTHPORT_CONTEXT_SIZE 4
#endif
#ifndef BTHPORT_RESERVED_FIELD_SIZE
#define BTHPORT_RESERVED_FIELD_SIZE 2
#endif

/* ---- Handles ---- */
typedef struct _L2CAP_CHANNEL_HANDLE__ *L2CAP_CHANNEL_HANDLE;
typedef struct _L2CAP_SERVER_HANDLE__ *L2CAP_SERVER_HANDLE;
typedef struct _SCO_CHANNEL_HANDLE__ *SCO_CHANNEL_HANDLE;
typedef struct _SCO_SERVER_HANDLE__ *SCO_SERVER_HANDLE;

/* ---- BRB types ---- */
typedef enum _BRB_TYPE {
    BRB_HCI_GET_LOCAL_BD_ADDR = 0x0001,
    BRB_HCI_RESERVED1 = 0x0002,
    BRB_HCI_RESERVED2 = 0x0003,

    BRB_L2CA_REGISTER_SERVER = 0x0100,
    BRB_L2CA_UNREGISTER_SERVER = 0x0101,
    BRB_L2CA_OPEN_CHANNEL = 0x0102,
    BRB_L2CA_OPEN_CHANNEL_RESPONSE = 0x0103,
    BRB_L2CA_CLOSE_CHANNEL = 0x0104,
    BRB_L2CA_ACL_TRANSFER = 0x0105,
    BRB_L2CA_UPDATE_CHANNEL = 0x0106,
    BRB_L2CA_PING = 0x0107,
    BRB_L2CA_OPEN_ENHANCED_CHANNEL = 0x0108,
    BRB_L2CA_OPEN_ENHANCED_CHANNEL_RESPONSE = 0x0109,

    BRB_REGISTER_PSM = 0x0200,
    BRB_UNREGISTER_PSM = 0x0201,

    BRB_SCO_REGISTER_SERVER = 0x0300,
    BRB_SCO_UNREGISTER_SERVER = 0x0301,
    BRB_SCO_OPEN_CHANNEL = 0x0302,
    BRB_SCO_OPEN_CHANNEL_RESPONSE = 0x0303,
    BRB_SCO_CLOSE_CHANNEL = 0x0304,
    BRB_SCO_TRANSFER = 0x0305,
    BRB_SCO_GET_CHANNEL_INFO = 0x0306,
    BRB_SCO_GET_SYSTEM_INFO = 0x0307,
    BRB_SCO_FLUSH_CHANNEL = 0x0308,

    BRB_ACL_GET_MODE = 0x0400,
    BRB_ACL_ENTER_ACTIVE_MODE = 0x0401,

    BRB_GET_DEVICE_INTERFACE_STRING = 0x0500
} BRB_TYPE;

typedef struct _BRB_HEADER {
    LIST_ENTRY ListEntry;
    ULONG Length;
    USHORT Version;
    USHORT Type;
    ULONG BthportFlags;
    NTSTATUS Status;
    BTHSTATUS BtStatus;
    PVOID Context[BTHPORT_CONTEXT_SIZE];
    PVOID ClientContext[BTHPORT_CONTEXT_SIZE];
    ULONG Reserved[BTHPORT_RESERVED_FIELD_SIZE];
} BRB_HEADER, *PBRB_HEADER;

/* ---- L2CAP configuration ---- */
#ifndef L2CAP_MIN_MTU
#define L2CAP_MIN_MTU 48
#endif
#ifndef L2CAP_DEFAULT_MTU
#define L2CAP_DEFAULT_MTU 672
#endif
#ifndef L2CAP_MAX_MTU
#define L2CAP_MAX_MTU 0xFFFF
#endif
/* Enhanced retransmission defaults: values not documented; any value parses. */
#ifndef L2CAP_RAF_DEFAULT_TX_WINDOW_SIZE
#define L2CAP_RAF_DEFAULT_TX_WINDOW_SIZE 10
#endif
#ifndef L2CAP_RAF_DEFAULT_MAXTRANSMIT
#define L2CAP_RAF_DEFAULT_MAXTRANSMIT 3
#endif
#ifndef L2CAP_RAF_DEFAULT_MAX_PDU_SIZE
#define L2CAP_RAF_DEFAULT_MAX_PDU_SIZE 1010
#endif

/* ChannelFlags */
#ifndef CF_LINK_AUTHENTICATED
#define CF_LINK_AUTHENTICATED 0x00000001
#endif
#ifndef CF_LINK_ENCRYPTED
#define CF_LINK_ENCRYPTED 0x00000002
#endif
#ifndef CF_LINK_SUPPRESS_PIN
#define CF_LINK_SUPPRESS_PIN 0x00000004
#endif
#ifndef CF_LINK_MASK
#define CF_LINK_MASK (CF_LINK_AUTHENTICATED | CF_LINK_ENCRYPTED | CF_LINK_SUPPRESS_PIN)
#endif
#ifndef CF_ROLE_EITHER
#define CF_ROLE_EITHER 0x00000000
#endif
#ifndef CF_ROLE_MASTER
#define CF_ROLE_MASTER 0x00010000
#endif
#ifndef CF_ROLE_SLAVE
#define CF_ROLE_SLAVE 0x00020000
#endif
#ifndef CF_ROLE_MASK
#define CF_ROLE_MASK (CF_ROLE_MASTER | CF_ROLE_SLAVE)
#endif

/* ConfigOut.Flags / ConfigIn.Flags (values not documented; distinct bits parse) */
#ifndef CFG_MTU
#define CFG_MTU 0x00000001
#endif
#ifndef CFG_FLUSHTO
#define CFG_FLUSHTO 0x00000002
#endif
#ifndef CFG_QOS
#define CFG_QOS 0x00000004
#endif
#ifndef CFG_EXTRA
#define CFG_EXTRA 0x00000008
#endif
#ifndef CFG_ENHANCED
#define CFG_ENHANCED 0x00000010
#endif
#ifndef CFG_FCS
#define CFG_FCS 0x00000020
#endif
#ifndef CFG_EXTENDED_FLOW_SPEC
#define CFG_EXTENDED_FLOW_SPEC 0x00000040
#endif
#ifndef CFG_EXTENDED_WINDOW_SIZE
#define CFG_EXTENDED_WINDOW_SIZE 0x00000080
#endif
#ifndef CFG_LINKTO
#define CFG_LINKTO 0x00000100
#endif

/* ModeConfig.Flags */
#ifndef CM_BASIC
#define CM_BASIC 0x00000001
#endif
#ifndef CM_RETRANSMISSION_AND_FLOW
#define CM_RETRANSMISSION_AND_FLOW 0x00000002
#endif
#ifndef CM_STREAMING
#define CM_STREAMING 0x00000004
#endif

/* CallbackFlags */
#ifndef CALLBACK_RECV_PACKET
#define CALLBACK_RECV_PACKET 0x00000001
#endif
#ifndef CALLBACK_DISCONNECT
#define CALLBACK_DISCONNECT 0x00000002
#endif
#ifndef CALLBACK_CONFIG_EXTRA_IN
#define CALLBACK_CONFIG_EXTRA_IN 0x00000004
#endif
#ifndef CALLBACK_CONFIG_EXTRA_OUT
#define CALLBACK_CONFIG_EXTRA_OUT 0x00000008
#endif
#ifndef CALLBACK_CONFIG_QOS
#define CALLBACK_CONFIG_QOS 0x00000010
#endif

/* _BRB_L2CA_REGISTER_SERVER IndicationFlags (values not documented; distinct bits parse) */
#ifndef INDICATION_PAIR_DEVICE
#define INDICATION_PAIR_DEVICE 0x00000001
#endif
#ifndef INDICATION_UNPAIR_DEVICE
#define INDICATION_UNPAIR_DEVICE 0x00000002
#endif
#ifndef INDICATION_UNPERSONALIZE_DEVICE
#define INDICATION_UNPERSONALIZE_DEVICE 0x00000004
#endif

/* Response to a remote connect (L2CAP connection response result codes) */
#ifndef CONNECT_RSP_RESULT_SUCCESS
#define CONNECT_RSP_RESULT_SUCCESS 0x0000
#endif
#ifndef CONNECT_RSP_RESULT_PENDING
#define CONNECT_RSP_RESULT_PENDING 0x0001
#endif
#ifndef CONNECT_RSP_RESULT_PSM_NEG
#define CONNECT_RSP_RESULT_PSM_NEG 0x0002
#endif
#ifndef CONNECT_RSP_RESULT_SECURITY_BLOCK
#define CONNECT_RSP_RESULT_SECURITY_BLOCK 0x0003
#endif
#ifndef CONNECT_RSP_RESULT_NO_RESOURCES
#define CONNECT_RSP_RESULT_NO_RESOURCES 0x0004
#endif

/* Configuration response result codes */
#ifndef CONFIG_STATUS_SUCCESS
#define CONFIG_STATUS_SUCCESS 0x0000
#endif
#ifndef CONFIG_STATUS_DISCONNECT
#define CONFIG_STATUS_DISCONNECT 0x0001
#endif
#ifndef CONFIG_STATUS_INVALID_PARAMETER
#define CONFIG_STATUS_INVALID_PARAMETER 0x0002
#endif
#ifndef CONFIG_STATUS_REJECT
#define CONFIG_STATUS_REJECT 0x0003
#endif
#ifndef CONFIG_STATUS_UNKNOWN_OPTION
#define CONFIG_STATUS_UNKNOWN_OPTION 0x0004
#endif

/* ACL TransferFlags */
#ifndef ACL_TRANSFER_DIRECTION_OUT
#define ACL_TRANSFER_DIRECTION_OUT 0x00000000
#endif
#ifndef ACL_TRANSFER_DIRECTION_IN
#define ACL_TRANSFER_DIRECTION_IN 0x00000001
#endif
#ifndef ACL_SHORT_TRANSFER_OK
#define ACL_SHORT_TRANSFER_OK 0x00000002
#endif
#ifndef ACL_TRANSFER_TIMEOUT
#define ACL_TRANSFER_TIMEOUT 0x00000004
#endif

typedef UCHAR CO_TYPE, *PCO_TYPE;

typedef struct _L2CAP_CONFIG_VALUE_RANGE {
    USHORT Min;
    USHORT Preferred;
    USHORT Max;
} L2CAP_CONFIG_VALUE_RANGE, *PL2CAP_CONFIG_VALUE_RANGE;

typedef struct _L2CAP_FLOWSPEC {
    UCHAR Flags;
    UCHAR ServiceType;
    ULONG TokenRate;
    ULONG TokenBucketSize;
    ULONG PeakBandwidth;
    ULONG Latency;
    ULONG DelayVariation;
} L2CAP_FLOWSPEC, *PL2CAP_FLOWSPEC;

typedef struct _L2CAP_CONFIG_OPTION {
    UCHAR Type;
    USHORT Length;
    UCHAR Data[1];
} L2CAP_CONFIG_OPTION, *PL2CAP_CONFIG_OPTION;

typedef struct _L2CAP_RETRANSMISSION_AND_FLOW_CONTROL {
    UCHAR Mode;
    UCHAR TxWindowSize;
    UCHAR MaxTransmit;
    USHORT RetransmissionTimeout;
    USHORT MonitorTimeout;
    USHORT MaxPDUSize;
} L2CAP_RETRANSMISSION_AND_FLOW_CONTROL, *PL2CAP_RETRANSMISSION_AND_FLOW_CONTROL;

typedef struct _L2CAP_EXTENDED_FLOW_SPEC {
    UCHAR Identifier;
    UCHAR ServiceType;
    USHORT MaxSDUSize;
    ULONG SDUInterArrivalTime;
    ULONG AccessLatency;
    ULONG FlushTimeout;
} L2CAP_EXTENDED_FLOW_SPEC, *PL2CAP_EXTENDED_FLOW_SPEC;

typedef struct _CHANNEL_CONFIG_PARAMETERS {
    ULONG Flags;
    USHORT Mtu;
    USHORT FlushTO;
    ULONG NumExtraOptions;
    PL2CAP_CONFIG_OPTION ExtraOptions;
    L2CAP_FLOWSPEC Flow;
} CHANNEL_CONFIG_PARAMETERS, *PCHANNEL_CONFIG_PARAMETERS;

typedef struct _CHANNEL_CONFIG_RESULTS {
    CHANNEL_CONFIG_PARAMETERS Params;
    ULONG ExtraOptionsBufferSize;
    PL2CAP_CONFIG_OPTION ExtraOptionsBuffer;
} CHANNEL_CONFIG_RESULTS, *PCHANNEL_CONFIG_RESULTS;

typedef struct _CHANNEL_CONFIG_PARAMETERS_ENHANCED {
    ULONG Flags;
    USHORT Mtu;
    USHORT FlushTO;
    ULONG NumExtraOptions;
    PL2CAP_CONFIG_OPTION ExtraOptions;
    L2CAP_FLOWSPEC Flow;
    L2CAP_RETRANSMISSION_AND_FLOW_CONTROL RetransmissionAndFlow;
    UCHAR Fcs;
    L2CAP_EXTENDED_FLOW_SPEC ExtendedFlowSpec;
    USHORT ExtendedWindowSize;
} CHANNEL_CONFIG_PARAMETERS_ENHANCED, *PCHANNEL_CONFIG_PARAMETERS_ENHANCED;

typedef struct _CHANNEL_CONFIG_RESULTS_ENHANCED {
    CHANNEL_CONFIG_PARAMETERS_ENHANCED Params;
    ULONG ExtraOptionsBufferSize;
    PL2CAP_CONFIG_OPTION ExtraOptionsBuffer;
} CHANNEL_CONFIG_RESULTS_ENHANCED, *PCHANNEL_CONFIG_RESULTS_ENHANCED;

/* ---- L2CAP indications ---- */
typedef enum _INDICATION_CODE {
    IndicationAddReference = 0,
    IndicationReleaseReference,
    IndicationRemoteConnect,
    IndicationRemoteDisconnect,
    IndicationRemoteConfigRequest,
    IndicationRemoteConfigResponse,
    IndicationFreeExtraOptions,
    IndicationRecvPacket,
    IndicationPairDevice,
    IndicationUnpairDevice,
    IndicationUnpersonalizeDevice,
    IndicationRemoteConnectLE
} INDICATION_CODE, *PINDICATION_CODE;

typedef enum _L2CAP_DISCONNECT_REASON {
    HciDisconnect = 0,
    L2capDisconnectRequest,
    RadioPoweredDown,
    HardwareRemoval
} L2CAP_DISCONNECT_REASON;

typedef struct _INDICATION_PARAMETERS {
    L2CAP_CHANNEL_HANDLE ConnectionHandle;
    BTH_ADDR BtAddress;
    union {
        struct {
            struct {
                USHORT PSM;
            } Request;
        } Connect;
        struct {
            CHANNEL_CONFIG_PARAMETERS CurrentParams;
            CHANNEL_CONFIG_PARAMETERS RequestedParams;
            CHANNEL_CONFIG_PARAMETERS ResponseParams;
            USHORT Response;
        } ConfigRequest;
        struct {
            CHANNEL_CONFIG_PARAMETERS CurrentParams;
            CHANNEL_CONFIG_PARAMETERS RequestedParams;
            CHANNEL_CONFIG_PARAMETERS RejectedParams;
            PCO_TYPE UnknownTypes;
            ULONG NumUnknownTypes;
            CHANNEL_CONFIG_PARAMETERS NewRequestParams;
            USHORT Response;
        } ConfigResponse;
        struct {
            ULONG NumExtraOptions;
            PL2CAP_CONFIG_OPTION ExtraOptions;
        } FreeExtraOptions;
        struct {
            L2CAP_DISCONNECT_REASON Reason;
            BOOLEAN CloseNow;
        } Disconnect;
        struct {
            ULONG PacketLength;
            ULONG TotalQueueLength;
        } RecvPacket;
    } Parameters;
} INDICATION_PARAMETERS, *PINDICATION_PARAMETERS;

typedef struct _INDICATION_PARAMETERS_ENHANCED {
    L2CAP_CHANNEL_HANDLE ConnectionHandle;
    BTH_ADDR BtAddress;
    union {
        struct {
            struct {
                USHORT PSM;
            } Request;
        } Connect;
        struct {
            CHANNEL_CONFIG_PARAMETERS_ENHANCED CurrentParams;
            CHANNEL_CONFIG_PARAMETERS_ENHANCED RequestedParams;
            CHANNEL_CONFIG_PARAMETERS_ENHANCED ResponseParams;
            USHORT Response;
        } ConfigRequest;
        struct {
            CHANNEL_CONFIG_PARAMETERS_ENHANCED CurrentParams;
            CHANNEL_CONFIG_PARAMETERS_ENHANCED RequestedParams;
            CHANNEL_CONFIG_PARAMETERS_ENHANCED RejectedParams;
            PCO_TYPE UnknownTypes;
            ULONG NumUnknownTypes;
            CHANNEL_CONFIG_PARAMETERS_ENHANCED NewRequestParams;
            USHORT Response;
        } ConfigResponse;
        struct {
            ULONG NumExtraOptions;
            PL2CAP_CONFIG_OPTION ExtraOptions;
        } FreeExtraOptions;
        struct {
            L2CAP_DISCONNECT_REASON Reason;
            BOOLEAN CloseNow;
        } Disconnect;
        struct {
            ULONG PacketLength;
            ULONG TotalQueueLength;
        } RecvPacket;
    } Parameters;
} INDICATION_PARAMETERS_ENHANCED, *PINDICATION_PARAMETERS_ENHANCED;

typedef VOID BTHPORT_INDICATION_CALLBACK(PVOID Context, INDICATION_CODE Indication,
                                         PINDICATION_PARAMETERS Parameters);
typedef BTHPORT_INDICATION_CALLBACK *PFNBTHPORT_INDICATION_CALLBACK;

typedef VOID BTHPORT_INDICATION_CALLBACK_ENHANCED(PVOID Context, INDICATION_CODE Indication,
                                                  PINDICATION_PARAMETERS_ENHANCED Parameters);
typedef BTHPORT_INDICATION_CALLBACK_ENHANCED *PFNBTHPORT_INDICATION_CALLBACK_ENHANCED;

/* ---- HCI / PSM BRBs ---- */
struct _BRB_GET_LOCAL_BD_ADDR {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
};

struct _BRB_PSM {
    BRB_HEADER Hdr;
    USHORT Psm;
};

/* ---- L2CAP BRBs ---- */
struct _BRB_L2CA_REGISTER_SERVER {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    USHORT PSM;
    ULONG IndicationFlags;
    PFNBTHPORT_INDICATION_CALLBACK IndicationCallback;
    PVOID IndicationCallbackContext;
    PVOID ReferenceObject;
    L2CAP_SERVER_HANDLE ServerHandle;
};

struct _BRB_L2CA_UNREGISTER_SERVER {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    PVOID ServerHandle;
    USHORT Psm;
};

struct _BRB_L2CA_OPEN_CHANNEL {
    BRB_HEADER Hdr;
    L2CAP_CHANNEL_HANDLE ChannelHandle;
    union {
        struct {
            USHORT Response;
            USHORT ResponseStatus;
        };
        USHORT Psm;
    };
    ULONG ChannelFlags;
    BTH_ADDR BtAddress;
    struct {
        ULONG Flags;
        L2CAP_CONFIG_VALUE_RANGE Mtu;
        L2CAP_CONFIG_VALUE_RANGE FlushTO;
        L2CAP_FLOWSPEC Flow;
        USHORT LinkTO;
        ULONG NumExtraOptions;
        PL2CAP_CONFIG_OPTION ExtraOptions;
        struct {
            UCHAR ServiceType;
            ULONG Latency;
        } LocalQos;
    } ConfigOut;
    struct {
        ULONG Flags;
        L2CAP_CONFIG_VALUE_RANGE Mtu;
        L2CAP_CONFIG_VALUE_RANGE FlushTO;
    } ConfigIn;
    ULONG CallbackFlags;
    PFNBTHPORT_INDICATION_CALLBACK Callback;
    PVOID CallbackContext;
    PVOID ReferenceObject;
    CHANNEL_CONFIG_RESULTS OutResults;
    CHANNEL_CONFIG_RESULTS InResults;
    UCHAR IncomingQueueDepth;
};

struct _BRB_L2CA_OPEN_ENHANCED_CHANNEL {
    BRB_HEADER Hdr;
    L2CAP_CHANNEL_HANDLE ChannelHandle;
    union {
        struct {
            USHORT Response;
            USHORT ResponseStatus;
        };
        USHORT Psm;
    };
    ULONG ChannelFlags;
    BTH_ADDR BtAddress;
    struct {
        ULONG Flags;
        L2CAP_CONFIG_VALUE_RANGE Mtu;
        L2CAP_CONFIG_VALUE_RANGE FlushTO;
        L2CAP_FLOWSPEC Flow;
        USHORT LinkTO;
        ULONG NumExtraOptions;
        PL2CAP_CONFIG_OPTION ExtraOptions;
        struct {
            ULONG Flags;
            L2CAP_RETRANSMISSION_AND_FLOW_CONTROL RetransmissionAndFlow;
        } ModeConfig;
        UCHAR Fcs;
        L2CAP_EXTENDED_FLOW_SPEC ExtendedFlowSpec;
        USHORT ExtendedWindowSize;
    } ConfigOut;
    struct {
        ULONG Flags;
        L2CAP_CONFIG_VALUE_RANGE Mtu;
        L2CAP_CONFIG_VALUE_RANGE FlushTO;
    } ConfigIn;
    ULONG CallbackFlags;
    PFNBTHPORT_INDICATION_CALLBACK_ENHANCED Callback;
    PVOID CallbackContext;
    PVOID ReferenceObject;
    CHANNEL_CONFIG_RESULTS_ENHANCED OutResults;
    CHANNEL_CONFIG_RESULTS_ENHANCED InResults;
    UCHAR IncomingQueueDepth;
};

struct _BRB_L2CA_CLOSE_CHANNEL {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    L2CAP_CHANNEL_HANDLE ChannelHandle;
};

struct _BRB_L2CA_ACL_TRANSFER {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    L2CAP_CHANNEL_HANDLE ChannelHandle;
    ULONG TransferFlags;
    ULONG BufferSize;
    PVOID Buffer;
    PMDL BufferMDL;
    LONGLONG Timeout;
    ULONG RemainingBufferSize;
};

struct _BRB_L2CA_UPDATE_CHANNEL {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    USHORT NewChannelFlags;
};

struct _BRB_L2CA_PING {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    UCHAR DataLength;
    UCHAR Data[44];
};

/* ---- ACL mode BRBs ---- */
struct _BRB_ACL_GET_MODE {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    UCHAR AclMode;
};

struct _BRB_ACL_ENTER_ACTIVE_MODE {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
};

struct _BRB_GET_DEVICE_INTERFACE_STRING {
    BRB_HEADER Hdr;
    PWCHAR DeviceInterfaceString;
    ULONG DeviceInterfaceStringCbLength;
};

/* ---- SCO ---- */
typedef enum _SCO_INDICATION_CODE {
    ScoIndicationAddReference = 0,
    ScoIndicationReleaseReference,
    ScoIndicationRemoteConnect,
    ScoIndicationRemoteDisconnect
} SCO_INDICATION_CODE, *PSCO_INDICATION_CODE;

typedef enum _SCO_LINK_TYPE {
    ScoLinkType = 0,
    eScoLinkType = 1
} SCO_LINK_TYPE;

typedef enum _SCO_DISCONNECT_REASON {
    ScoHciDisconnect = 0,
    ScoDisconnectRequest,
    ScoRadioPoweredDown,
    ScoHardwareRemoval
} SCO_DISCONNECT_REASON;

typedef enum _SCO_RETRANSMISSION_EFFORT {
    SCO_RETRANSMISSION_NONE = 0x00,
    SCO_RETRANSMISSION_MIN1_POWER = 0x01,
    SCO_RETRANSMISSION_MIN1_QUALITY = 0x02,
    SCO_RETRANSMISSION_DONT_CARE = 0xFF
} SCO_RETRANSMISSION_EFFORT;

typedef struct _SCO_INDICATION_PARAMETERS {
    SCO_CHANNEL_HANDLE ConnectionHandle;
    BTH_ADDR BtAddress;
    union {
        struct {
            struct {
                SCO_LINK_TYPE LinkType;
            } Request;
        } Connect;
        struct {
            SCO_DISCONNECT_REASON Reason;
        } Disconnect;
    } Parameters;
} SCO_INDICATION_PARAMETERS, *PSCO_INDICATION_PARAMETERS;

typedef VOID SCO_INDICATION_CALLBACK(PVOID Context, SCO_INDICATION_CODE Indication,
                                     PSCO_INDICATION_PARAMETERS Parameters);
typedef SCO_INDICATION_CALLBACK *PFNSCO_INDICATION_CALLBACK;

/* SCO flags (values not documented; distinct bits parse) */
#ifndef SCO_HV1
#define SCO_HV1 0x0001
#endif
#ifndef SCO_HV2
#define SCO_HV2 0x0002
#endif
#ifndef SCO_HV3
#define SCO_HV3 0x0004
#endif
#ifndef SCO_EV3
#define SCO_EV3 0x0008
#endif
#ifndef SCO_EV4
#define SCO_EV4 0x0010
#endif
#ifndef SCO_EV5
#define SCO_EV5 0x0020
#endif
#ifndef SCO_VS_AIR_CODING_FORMAT_MASK
#define SCO_VS_AIR_CODING_FORMAT_MASK 0x0003
#endif
#ifndef SCO_VS_AIR_CODING_FORMAT_CVSD
#define SCO_VS_AIR_CODING_FORMAT_CVSD 0x0000
#endif
#ifndef SCO_VS_AIR_CODING_FORMAT_MU_LAW
#define SCO_VS_AIR_CODING_FORMAT_MU_LAW 0x0001
#endif
#ifndef SCO_VS_AIR_CODING_FORMAT_A_LAW
#define SCO_VS_AIR_CODING_FORMAT_A_LAW 0x0002
#endif
#ifndef SCO_VS_AIR_CODING_FORMAT_TRANSPARENT
#define SCO_VS_AIR_CODING_FORMAT_TRANSPARENT 0x0003
#endif
#ifndef SCO_TRANSFER_DIRECTION_IN
#define SCO_TRANSFER_DIRECTION_IN 0x00000001
#endif
#ifndef SCO_CALLBACK_DISCONNECT
#define SCO_CALLBACK_DISCONNECT 0x00000001
#endif

struct _BRB_SCO_REGISTER_SERVER {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    ULONG Reserved;
    PFNSCO_INDICATION_CALLBACK IndicationCallback;
    PVOID IndicationCallbackContext;
    PVOID ReferenceObject;
    SCO_SERVER_HANDLE ServerHandle;
};

struct _BRB_SCO_UNREGISTER_SERVER {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    PVOID ServerHandle;
};

struct _BRB_SCO_OPEN_CHANNEL {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    ULONG TransmitBandwidth;
    ULONG ReceiveBandwidth;
    USHORT MaxLatency;
    USHORT PacketType;
    USHORT ContentFormat;
    USHORT Reserved;
    SCO_RETRANSMISSION_EFFORT RetransmissionEffort;
    ULONG ChannelFlags;
    ULONG CallbackFlags;
    PFNSCO_INDICATION_CALLBACK Callback;
    PVOID CallbackContext;
    PVOID ReferenceObject;
    SCO_CHANNEL_HANDLE ChannelHandle;
    UCHAR Response;
};

struct _BRB_SCO_CLOSE_CHANNEL {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    SCO_CHANNEL_HANDLE ChannelHandle;
};

struct _BRB_SCO_TRANSFER {
    BRB_HEADER Hdr;
    SCO_CHANNEL_HANDLE ChannelHandle;
    ULONG TransferFlags;
    ULONG BufferSize;
    PVOID Buffer;
    PMDL BufferMDL;
    ULONGLONG Reserved;
    USHORT DataTag;
};

struct _BRB_SCO_GET_CHANNEL_INFO {
    BRB_HEADER Hdr;
    SCO_CHANNEL_HANDLE ChannelHandle;
    ULONG InfoFlags;
    ULONG TransmitBandwidth;
    ULONG ReceiveBandwidth;
    USHORT TransmitLatency;
    USHORT ReceiveLatency;
    USHORT PacketType;
    USHORT ContentFormat;
    USHORT Reserved;
    SCO_RETRANSMISSION_EFFORT RetransmissionEffort;
    ULONG ChannelFlags;
    ULONG HciConnectionHandle;
    SCO_LINK_TYPE LinkType;
};

struct _BRB_SCO_GET_SYSTEM_INFO {
    BRB_HEADER Hdr;
    ULONG Features;
    ULONG MaxChannels;
    ULONG TransferUnit;
    USHORT PacketTypes;
    USHORT DataFormats;
    ULONG Reserved;
};

struct _BRB_SCO_FLUSH_CHANNEL {
    BRB_HEADER Hdr;
    SCO_CHANNEL_HANDLE ChannelHandle;
    ULONG FlushFlags;
};

/* ---- BRB: a structure holding an anonymous union of every BRB kind ---- */
typedef struct _BRB {
    union {
        BRB_HEADER BrbHeader;
        struct _BRB_GET_DEVICE_INTERFACE_STRING BrbGetDeviceInterfaceString;
        struct _BRB_GET_LOCAL_BD_ADDR BrbGetLocalBdAddress;
        struct _BRB_PSM BrbPsm;
        struct _BRB_L2CA_REGISTER_SERVER BrbL2caRegisterServer;
        struct _BRB_L2CA_UNREGISTER_SERVER BrbL2caUnregisterServer;
        struct _BRB_L2CA_OPEN_CHANNEL BrbL2caOpenChannel;
        struct _BRB_L2CA_OPEN_ENHANCED_CHANNEL BrbL2caOpenEnhancedChannel;
        struct _BRB_L2CA_CLOSE_CHANNEL BrbL2caCloseChannel;
        struct _BRB_L2CA_ACL_TRANSFER BrbL2caAclTransfer;
        struct _BRB_L2CA_UPDATE_CHANNEL BrbL2caUpdateChannel;
        struct _BRB_L2CA_PING BrbL2caPing;
        struct _BRB_ACL_GET_MODE BrbAclGetMode;
        struct _BRB_ACL_ENTER_ACTIVE_MODE BrbAclEnterActiveMode;
        struct _BRB_SCO_REGISTER_SERVER BrbScoRegisterServer;
        struct _BRB_SCO_UNREGISTER_SERVER BrbScoUnregisterServer;
        struct _BRB_SCO_OPEN_CHANNEL BrbScoOpenChannel;
        struct _BRB_SCO_CLOSE_CHANNEL BrbScoCloseChannel;
        struct _BRB_SCO_TRANSFER BrbScoTransfer;
        struct _BRB_SCO_GET_CHANNEL_INFO BrbScoGetChannelInfo;
        struct _BRB_SCO_GET_SYSTEM_INFO BrbScoGetSystemInfo;
        struct _BRB_SCO_FLUSH_CHANNEL BrbScoFlushChannel;
    };
} BRB, *PBRB;

/* ---- Profile driver interface ---- */
typedef PBRB (*PFNBTH_ALLOCATE_BRB)(BRB_TYPE brbType, ULONG tag);
typedef VOID (*PFNBTH_FREE_BRB)(PBRB pBrb);
typedef VOID (*PFNBTH_INITIALIZE_BRB)(PBRB pBrb, BRB_TYPE brbType);
typedef VOID (*PFNBTH_REUSE_BRB)(PBRB pBrb, BRB_TYPE brbType);
typedef BOOLEAN (*PFNBTH_IS_BLUETOOTH_VERSION_AVAILABLE)(UCHAR MajorVersion, UCHAR MinorVersion);

typedef struct _BTH_PROFILE_DRIVER_INTERFACE {
    INTERFACE Interface;
    PFNBTH_ALLOCATE_BRB BthAllocateBrb;
    PFNBTH_FREE_BRB BthFreeBrb;
    PFNBTH_INITIALIZE_BRB BthInitializeBrb;
    PFNBTH_REUSE_BRB BthReuseBrb;
    PFNBTH_IS_BLUETOOTH_VERSION_AVAILABLE IsBluetoothVersionAvailable;
} BTH_PROFILE_DRIVER_INTERFACE, *PBTH_PROFILE_DRIVER_INTERFACE;

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_BTHDDI_H */
