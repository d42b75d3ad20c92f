/*
 * bthsdpddi.h - drvls fallback header: the Bluetooth SDP query interfaces a profile driver gets
 * with IRP_MN_QUERY_INTERFACE: BTHDDI_SDP_NODE_INTERFACE (build SDP_NODE trees) and
 * BTHDDI_SDP_PARSE_INTERFACE (validate streams, convert between streams and trees, search).
 * Interface GUIDs are in bthguid.h.
 */
#ifndef DRVLS_WDK_SHIM_BTHSDPDDI_H
#define DRVLS_WDK_SHIM_BTHSDPDDI_H

#include <bthsdpdef.h>
#include <sdpnode.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef BTHDDI_SDP_NODE_INTERFACE_VERSION_FOR_QI
#define BTHDDI_SDP_NODE_INTERFACE_VERSION_FOR_QI 0x0100
#endif
#ifndef BTHDDI_SDP_PARSE_INTERFACE_VERSION_FOR_QI
#define BTHDDI_SDP_PARSE_INTERFACE_VERSION_FOR_QI 0x0100
#endif

/* Node construction */
typedef PSDP_TREE_ROOT_NODE (*PCREATENODETREE)(ULONG tag);
typedef NTSTATUS (*PFREETREE)(PSDP_TREE_ROOT_NODE Tree);
typedef PSDP_NODE (*PCREATENODENIL)(ULONG tag);
typedef PSDP_NODE (*PCREATENODEBOOLEAN)(UCHAR bVal, ULONG tag);
typedef PSDP_NODE (*PCREATENODEUINT8)(UCHAR ucVal, ULONG tag);
typedef PSDP_NODE (*PCREATENODEUINT16)(USHORT usVal, ULONG tag);
typedef PSDP_NODE (*PCREATENODEUINT32)(ULONG ulVal, ULONG tag);
typedef PSDP_NODE (*PCREATENODEUINT64)(ULONGLONG ullVal, ULONG tag);
typedef PSDP_NODE (*PCREATENODEUINT128)(PSDP_ULARGE_INTEGER_16 puli16Val, ULONG tag);
typedef PSDP_NODE (*PCREATENODEINT8)(CHAR cVal, ULONG tag);
typedef PSDP_NODE (*PCREATENODEINT16)(SHORT sVal, ULONG tag);
typedef PSDP_NODE (*PCREATENODEINT32)(LONG lVal, ULONG tag);
typedef PSDP_NODE (*PCREATENODEINT64)(LONGLONG llVal, ULONG tag);
typedef PSDP_NODE (*PCREATENODEINT128)(PSDP_LARGE_INTEGER_16 pil16Val, ULONG tag);
typedef PSDP_NODE (*PCREATENODEUUID16)(USHORT uuid16Val, ULONG tag);
typedef PSDP_NODE (*PCREATENODEUUID32)(ULONG uuid32Val, ULONG tag);
typedef PSDP_NODE (*PCREATENODEUUID128)(const GUID *uuid128Val, ULONG tag);
typedef PSDP_NODE (*PCREATENODESTRING)(PCHAR string, ULONG stringLength, ULONG tag);
typedef PSDP_NODE (*PCREATENODEURL)(PCHAR url, ULONG urlLength, ULONG tag);
typedef PSDP_NODE (*PCREATENODEALTERNATIVE)(ULONG tag);
typedef PSDP_NODE (*PCREATENODESEQUENCE)(ULONG tag);
typedef NTSTATUS (*PADDATTRIBUTETOTREE)(PSDP_TREE_ROOT_NODE Root, USHORT AttribId,
                                        PSDP_NODE AttribValue, ULONG tag);
typedef NTSTATUS (*PAPPENDNODETOCONTAINERNODE)(PSDP_NODE Parent, PSDP_NODE Node);

typedef struct _BTHDDI_SDP_NODE_INTERFACE {
    INTERFACE Interface;
    PCREATENODETREE SdpCreateNodeTree;
    PFREETREE SdpFreeTree;
    PCREATENODENIL SdpCreateNodeNil;
    PCREATENODEBOOLEAN SdpCreateNodeBoolean;
    PCREATENODEUINT8 SdpCreateNodeUint8;
    PCREATENODEUINT16 SdpCreateNodeUint16;
    PCREATENODEUINT32 SdpCreateNodeUint32;
    PCREATENODEUINT64 SdpCreateNodeUint64;
    PCREATENODEUINT128 SdpCreateNodeUint128;
    PCREATENODEINT8 SdpCreateNodeInt8;
    PCREATENODEINT16 SdpCreateNodeInt16;
    PCREATENODEINT32 SdpCreateNodeInt32;
    PCREATENODEINT64 SdpCreateNodeInt64;
    PCREATENODEINT128 SdpCreateNodeInt128;
    PCREATENODEUUID16 SdpCreateNodeUuid16;
    PCREATENODEUUID32 SdpCreateNodeUuid32;
    PCREATENODEUUID128 SdpCreateNodeUuid128;
    PCREATENODESTRING SdpCreateNodeString;
    PCREATENODEURL SdpCreateNodeUrl;
    PCREATENODEALTERNATIVE SdpCreateNodeAlternative;
    PCREATENODESEQUENCE SdpCreateNodeSequence;
    PADDATTRIBUTETOTREE SdpAddAttributeToTree;
    PAPPENDNODETOCONTAINERNODE SdpAppendNodeToContainerNode;
} BTHDDI_SDP_NODE_INTERFACE, *PBTHDDI_SDP_NODE_INTERFACE;

/* Stream parsing */
typedef NTSTATUS (*PVALIDATESTREAM)(PUCHAR Stream, ULONG Size, PULONG_PTR ErrorByte);
typedef NTSTATUS (*PCONVERTSTREAMTOTREE)(PUCHAR Stream, ULONG Size,
                                         PSDP_TREE_ROOT_NODE *Node, ULONG tag);
typedef NTSTATUS (*PCONVERTTREETOSTREAM)(PSDP_TREE_ROOT_NODE Root, PUCHAR *Stream,
                                         PULONG Size, ULONG tag);
typedef VOID (*PBYTESWAPUUID128)(GUID *pUuidFrom, GUID *pUuiidTo);
typedef VOID (*PBYTESWAPUINT128)(PSDP_ULARGE_INTEGER_16 pInUint128,
                                 PSDP_ULARGE_INTEGER_16 pOutUint128);
typedef ULONGLONG (*PBYTESWAPUINT64)(ULONGLONG uint64);
typedef VOID (*PRETRIEVEUUID128)(PUCHAR Stream, GUID *uuid128);
typedef VOID (*PRETRIEVEUINT128)(PUCHAR Stream, PSDP_ULARGE_INTEGER_16 pUint128);
typedef VOID (*PRETRIEVEUINT64)(PUCHAR Stream, PULONGLONG pUint16);
typedef NTSTATUS (*PFINDATTRIBUTEINTREE)(PSDP_TREE_ROOT_NODE Tree, USHORT AttribId,
                                         PSDP_NODE *Attribute);
typedef VOID (*PGETNEXTELEMENT)(PUCHAR Stream, ULONG StreamSize, PUCHAR CurrentElement,
                                PUCHAR *NextElement, PULONG NextElementSize);

typedef struct _BTHDDI_SDP_PARSE_INTERFACE {
    INTERFACE Interface;
    PVALIDATESTREAM SdpValidateStream;
    PCONVERTSTREAMTOTREE SdpConvertStreamToTree;
    PCONVERTTREETOSTREAM SdpConvertTreeToStream;
    PFREETREE SdpFreeTree;
    PBYTESWAPUUID128 SdpByteSwapUuid128;
    PBYTESWAPUINT128 SdpByteSwapUint128;
    PBYTESWAPUINT64 SdpByteSwapUint64;
    PRETRIEVEUUID128 SdpRetrieveUuid128;
    PRETRIEVEUINT128 SdpRetrieveUint128;
    PRETRIEVEUINT64 SdpRetrieveUint64;
    PFINDATTRIBUTEINTREE SdpFindAttributeInTree;
    PGETNEXTELEMENT SdpGetNextElement;
    PVOID Reserved[4];
} BTHDDI_SDP_PARSE_INTERFACE, *PBTHDDI_SDP_PARSE_INTERFACE;

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_BTHSDPDDI_H */
