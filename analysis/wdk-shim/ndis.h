/*
 * ndis.h - drvls WDK supplement: the NDIS 6.x interface for parsing miniport drivers without the WDK.
 *
 * mingw-w64 ships an NDIS 5-era ddk/ndis.h. drvls puts this directory first on the system include path,
 * so `#include <ndis.h>` in a driver lands here instead. This header pulls in mingw-w64's ntddk.h (and
 * through the shim's wdm.h, the kernel additions), mingw-w64's ntddndis.h for the OIDs and the shared
 * NDIS structures (NDIS_OBJECT_HEADER, NDIS_LINK_STATE, NDIS_STATISTICS_INFO, ...), and then declares the
 * NDIS 6 miniport interface itself: status codes, role typedefs, driver and adapter registration,
 * work items, memory, locks, timers, NET_BUFFER_LIST, OID requests, status indications, configuration.
 *
 * Written from the public NDIS reference documentation. It describes shapes, not behaviour: it exists so
 * that libclang can parse a driver with no errors and so that drvls can see which routine plays which
 * role and which calls a routine makes. Structure layouts follow the documented field names; where a
 * documented structure has reserved or version-specific tails they are kept only as far as drivers use
 * them. The miniport version is taken from NDISxxx_MINIPORT (or NDISxxx for protocols and filters);
 * with none given it is 6.30.
 */
#ifndef DRVLS_WDK_SHIM_NDIS_H
#define DRVLS_WDK_SHIM_NDIS_H

/* ---------------------------------------------------------------------------------------------------
 * Target NDIS version, as major * 100 + minor (6.30 -> 630, 6.1 -> 610), and its minor number.
 * ------------------------------------------------------------------------------------------------- */
#if defined(NDIS686_MINIPORT) || defined(NDIS686)
#define DRVLS_NDIS_TARGET 686
#define DRVLS_NDIS_MINOR 86
#elif defined(NDIS685_MINIPORT) || defined(NDIS685)
#define DRVLS_NDIS_TARGET 685
#define DRVLS_NDIS_MINOR 85
#elif defined(NDIS684_MINIPORT) || defined(NDIS684)
#define DRVLS_NDIS_TARGET 684
#define DRVLS_NDIS_MINOR 84
#elif defined(NDIS683_MINIPORT) || defined(NDIS683)
#define DRVLS_NDIS_TARGET 683
#define DRVLS_NDIS_MINOR 83
#elif defined(NDIS682_MINIPORT) || defined(NDIS682)
#define DRVLS_NDIS_TARGET 682
#define DRVLS_NDIS_MINOR 82
#elif defined(NDIS681_MINIPORT) || defined(NDIS681)
#define DRVLS_NDIS_TARGET 681
#define DRVLS_NDIS_MINOR 81
#elif defined(NDIS680_MINIPORT) || defined(NDIS680)
#define DRVLS_NDIS_TARGET 680
#define DRVLS_NDIS_MINOR 80
#elif defined(NDIS670_MINIPORT) || defined(NDIS670)
#define DRVLS_NDIS_TARGET 670
#define DRVLS_NDIS_MINOR 70
#elif defined(NDIS660_MINIPORT) || defined(NDIS660)
#define DRVLS_NDIS_TARGET 660
#define DRVLS_NDIS_MINOR 60
#elif defined(NDIS650_MINIPORT) || defined(NDIS650)
#define DRVLS_NDIS_TARGET 650
#define DRVLS_NDIS_MINOR 50
#elif defined(NDIS640_MINIPORT) || defined(NDIS640)
#define DRVLS_NDIS_TARGET 640
#define DRVLS_NDIS_MINOR 40
#elif defined(NDIS630_MINIPORT) || defined(NDIS630)
#define DRVLS_NDIS_TARGET 630
#define DRVLS_NDIS_MINOR 30
#elif defined(NDIS620_MINIPORT) || defined(NDIS620)
#define DRVLS_NDIS_TARGET 620
#define DRVLS_NDIS_MINOR 20
#elif defined(NDIS61_MINIPORT) || defined(NDIS61)
#define DRVLS_NDIS_TARGET 610
#define DRVLS_NDIS_MINOR 1
#elif defined(NDIS60_MINIPORT) || defined(NDIS60)
#define DRVLS_NDIS_TARGET 600
#define DRVLS_NDIS_MINOR 0
#else
#define DRVLS_NDIS_TARGET 630
#define DRVLS_NDIS_MINOR 30
#endif

#define NDIS_MINIPORT_MAJOR_VERSION (DRVLS_NDIS_TARGET / 100)
#define NDIS_MINIPORT_MINOR_VERSION DRVLS_NDIS_MINOR

/* What the interface below supports; ntddndis.h reads the same switches. */
#ifndef NDIS_SUPPORT_NDIS6
#define NDIS_SUPPORT_NDIS6 1
#endif
#ifndef NDIS_SUPPORT_NDIS61
#define NDIS_SUPPORT_NDIS61 (DRVLS_NDIS_TARGET >= 610)
#endif
#ifndef NDIS_SUPPORT_NDIS620
#define NDIS_SUPPORT_NDIS620 (DRVLS_NDIS_TARGET >= 620)
#endif
#ifndef NDIS_SUPPORT_NDIS630
#define NDIS_SUPPORT_NDIS630 (DRVLS_NDIS_TARGET >= 630)
#endif
#ifndef NDIS_SUPPORT_NDIS640
#define NDIS_SUPPORT_NDIS640 (DRVLS_NDIS_TARGET >= 640)
#endif
#ifndef NDIS_SUPPORT_NDIS650
#define NDIS_SUPPORT_NDIS650 (DRVLS_NDIS_TARGET >= 650)
#endif
#ifndef NDIS_SUPPORT_NDIS660
#define NDIS_SUPPORT_NDIS660 (DRVLS_NDIS_TARGET >= 660)
#endif
#ifndef NDIS_SUPPORT_NDIS670
#define NDIS_SUPPORT_NDIS670 (DRVLS_NDIS_TARGET >= 670)
#endif
#ifndef NDIS_SUPPORT_NDIS680
#define NDIS_SUPPORT_NDIS680 (DRVLS_NDIS_TARGET >= 680)
#endif

/* ---------------------------------------------------------------------------------------------------
 * Kernel headers. ntddk.h includes <wdm.h>, which resolves to the shim's wdm.h.
 * ------------------------------------------------------------------------------------------------- */
#include <ntddk.h>
#include <netevent.h>

/*
 * ntddndis.h (through ws2ipdef.h) needs the socket address types that a kernel build gets from the
 * WDK's ws2def.h. mingw-w64 keeps them in winsock2.h, which cannot be used in kernel mode, so the few
 * that are needed are supplied here unless a Winsock header came first.
 */
#if !defined(_WINSOCK2API_) && !defined(_WINSOCKAPI_) && !defined(DRVLS_NDIS_SOCKADDR_TYPES)
#define DRVLS_NDIS_SOCKADDR_TYPES
#include <psdk_inc/_ip_types.h> /* struct sockaddr, struct sockaddr_in, IN_ADDR */

typedef USHORT ADDRESS_FAMILY;

/* Storage large and aligned enough for any socket address. */
struct sockaddr_storage {
    ADDRESS_FAMILY ss_family;
    CHAR __ss_pad1[6];
    LONGLONG __ss_align;
    CHAR __ss_pad2[112];
};
typedef struct sockaddr_storage SOCKADDR_STORAGE, *PSOCKADDR_STORAGE, *LPSOCKADDR_STORAGE;

#ifndef __CSADDR_DEFINED__
/* A pointer to a socket address and its length. */
typedef struct _SOCKET_ADDRESS {
    struct sockaddr *lpSockaddr;
    INT iSockaddrLength;
} SOCKET_ADDRESS, *PSOCKET_ADDRESS, *LPSOCKET_ADDRESS;
#endif
#endif /* socket address types */

#include <ntddndis.h>

/* ntddndis.h defines NDIS_LINK_SPEED_UNKNOWN in terms of this ifdef.h constant, which mingw-w64's
 * ifdef.h does not have. */
#ifndef NET_IF_LINK_SPEED_UNKNOWN
#define NET_IF_LINK_SPEED_UNKNOWN ((ULONG64)(-1))
#endif

/* Companions the WDK's ndis.h pulls in: Ethernet/FDDI/Token Ring address macros (mingw-w64's
 * xfilter.h: ETH_LENGTH_OF_ADDRESS, ETH_COPY_NETWORK_ADDRESS, ETH_IS_MULTICAST, ...) and the network
 * PnP event codes (the shim's netpnp.h: NET_DEVICE_POWER_STATE, NET_PNP_EVENT, NetEvent*). */
#include <xfilter.h>
#include <netpnp.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------------------
 * Basic types
 * ------------------------------------------------------------------------------------------------- */
#ifndef _WINDEF_
/* The kernel headers have no UINT; NDIS uses it throughout. (C11 accepts windef.h's identical typedef.) */
typedef unsigned int UINT, *PUINT;
#endif

typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef int NDIS_STATUS, *PNDIS_STATUS;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef ANSI_STRING NDIS_ANSI_STRING, *PNDIS_ANSI_STRING;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;
typedef ULONG NDIS_ERROR_CODE, *PNDIS_ERROR_CODE;
typedef CM_PARTIAL_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;

/* A string constant usable as an initialiser of an NDIS_STRING: NDIS_STRING s = NDIS_STRING_CONST("x"); */
#define NDIS_STRING_CONST(x) { sizeof(L##x) - sizeof(WCHAR), sizeof(L##x), (PWSTR)L##x }

#define NdisInitUnicodeString(Destination, Source) RtlInitUnicodeString((Destination), (Source))
#define NdisEqualUnicodeString(String1, String2, CaseInsensitive)                                      \
    RtlEqualUnicodeString((String1), (String2), (CaseInsensitive))

/* Bus the adapter sits on, as reported in the registration attributes. */
typedef enum _NDIS_INTERFACE_TYPE {
    NdisInterfaceInternal = Internal,
    NdisInterfaceIsa = Isa,
    NdisInterfaceEisa = Eisa,
    NdisInterfaceMca = MicroChannel,
    NdisInterfaceTurboChannel = TurboChannel,
    NdisInterfacePci = PCIBus,
    NdisInterfacePcMcia = PCMCIABus,
    NdisInterfaceCBus = CBus,
    NdisInterfaceMPIBus = MPIBus,
    NdisInterfaceMPSABus = MPSABus,
    NdisInterfaceProcessorInternal = ProcessorInternal,
    NdisInterfaceInternalPowerBus = InternalPowerBus,
    NdisInterfacePNPISABus = PNPISABus,
    NdisInterfacePNPBus = PNPBus,
    NdisInterfaceUSB,
    NdisInterfaceIrda,
    NdisInterface1394,
    NdisMaximumInterfaceType
} NDIS_INTERFACE_TYPE, *PNDIS_INTERFACE_TYPE;

/* ---------------------------------------------------------------------------------------------------
 * Status codes. NDIS_STATUS shares its values with NTSTATUS: success and informational codes are
 * below 0x80000000, warnings 0x8xxxxxxx, errors 0xCxxxxxxx.
 * ------------------------------------------------------------------------------------------------- */
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)0x00000000L)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)0x00000103L)
#define NDIS_STATUS_NOT_RECOGNIZED ((NDIS_STATUS)0x00010001L)
#define NDIS_STATUS_NOT_COPIED ((NDIS_STATUS)0x00010002L)
#define NDIS_STATUS_NOT_ACCEPTED ((NDIS_STATUS)0x00010003L)
#define NDIS_STATUS_CALL_ACTIVE ((NDIS_STATUS)0x00010007L)
#define NDIS_STATUS_INDICATION_REQUIRED ((NDIS_STATUS)0x40230001L)

/* Status indications (NdisMIndicateStatusEx StatusCode values). */
#define NDIS_STATUS_ONLINE ((NDIS_STATUS)0x40010003L)
#define NDIS_STATUS_RESET_START ((NDIS_STATUS)0x40010004L)
#define NDIS_STATUS_RESET_END ((NDIS_STATUS)0x40010005L)
#define NDIS_STATUS_RING_STATUS ((NDIS_STATUS)0x40010006L)
#define NDIS_STATUS_CLOSED ((NDIS_STATUS)0x40010007L)
#define NDIS_STATUS_WAN_LINE_UP ((NDIS_STATUS)0x40010008L)
#define NDIS_STATUS_WAN_LINE_DOWN ((NDIS_STATUS)0x40010009L)
#define NDIS_STATUS_WAN_FRAGMENT ((NDIS_STATUS)0x4001000AL)
#define NDIS_STATUS_MEDIA_CONNECT ((NDIS_STATUS)0x4001000BL)
#define NDIS_STATUS_MEDIA_DISCONNECT ((NDIS_STATUS)0x4001000CL)
#define NDIS_STATUS_HARDWARE_LINE_UP ((NDIS_STATUS)0x4001000DL)
#define NDIS_STATUS_HARDWARE_LINE_DOWN ((NDIS_STATUS)0x4001000EL)
#define NDIS_STATUS_INTERFACE_UP ((NDIS_STATUS)0x4001000FL)
#define NDIS_STATUS_INTERFACE_DOWN ((NDIS_STATUS)0x40010010L)
#define NDIS_STATUS_MEDIA_BUSY ((NDIS_STATUS)0x40010011L)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION ((NDIS_STATUS)0x40010012L)
#define NDIS_STATUS_WW_INDICATION NDIS_STATUS_MEDIA_SPECIFIC_INDICATION
#define NDIS_STATUS_LINK_SPEED_CHANGE ((NDIS_STATUS)0x40010013L)
#define NDIS_STATUS_WAN_GET_STATS ((NDIS_STATUS)0x40010014L)
#define NDIS_STATUS_WAN_CO_FRAGMENT ((NDIS_STATUS)0x40010015L)
#define NDIS_STATUS_WAN_CO_LINKPARAMS ((NDIS_STATUS)0x40010016L)
#define NDIS_STATUS_LINK_STATE ((NDIS_STATUS)0x40010017L)
#define NDIS_STATUS_NETWORK_CHANGE ((NDIS_STATUS)0x40010018L)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION_EX ((NDIS_STATUS)0x40010019L)
#define NDIS_STATUS_PORT_STATE ((NDIS_STATUS)0x40010022L)
#define NDIS_STATUS_OPER_STATUS ((NDIS_STATUS)0x40010023L)
#define NDIS_STATUS_PACKET_FILTER ((NDIS_STATUS)0x40010024L)

/* Warnings. */
#define NDIS_STATUS_NOT_RESETTABLE ((NDIS_STATUS)0x80010001L)
#define NDIS_STATUS_SOFT_ERRORS ((NDIS_STATUS)0x80010003L)
#define NDIS_STATUS_HARD_ERRORS ((NDIS_STATUS)0x80010004L)
#define NDIS_STATUS_BUFFER_OVERFLOW ((NDIS_STATUS)0x80000005L)

/* Errors. */
#define NDIS_STATUS_FAILURE ((NDIS_STATUS)0xC0000001L)
#define NDIS_STATUS_INVALID_PARAMETER ((NDIS_STATUS)0xC000000DL)
#define NDIS_STATUS_INVALID_DEVICE_REQUEST ((NDIS_STATUS)0xC0000010L)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)0xC000009AL)
#define NDIS_STATUS_NOT_SUPPORTED ((NDIS_STATUS)0xC00000BBL)
#define NDIS_STATUS_CLOSING ((NDIS_STATUS)0xC0230002L)
#define NDIS_STATUS_BAD_VERSION ((NDIS_STATUS)0xC0230004L)
#define NDIS_STATUS_BAD_CHARACTERISTICS ((NDIS_STATUS)0xC0230005L)
#define NDIS_STATUS_ADAPTER_NOT_FOUND ((NDIS_STATUS)0xC0230006L)
#define NDIS_STATUS_OPEN_FAILED ((NDIS_STATUS)0xC0230007L)
#define NDIS_STATUS_DEVICE_FAILED ((NDIS_STATUS)0xC0230008L)
#define NDIS_STATUS_MULTICAST_FULL ((NDIS_STATUS)0xC0230009L)
#define NDIS_STATUS_MULTICAST_EXISTS ((NDIS_STATUS)0xC023000AL)
#define NDIS_STATUS_MULTICAST_NOT_FOUND ((NDIS_STATUS)0xC023000BL)
#define NDIS_STATUS_REQUEST_ABORTED ((NDIS_STATUS)0xC023000CL)
#define NDIS_STATUS_SEND_ABORTED NDIS_STATUS_REQUEST_ABORTED
#define NDIS_STATUS_RESET_IN_PROGRESS ((NDIS_STATUS)0xC023000DL)
#define NDIS_STATUS_INVALID_PACKET ((NDIS_STATUS)0xC023000FL)
#define NDIS_STATUS_ADAPTER_NOT_READY ((NDIS_STATUS)0xC0230011L)
#define NDIS_STATUS_INVALID_LENGTH ((NDIS_STATUS)0xC0230014L)
#define NDIS_STATUS_INVALID_DATA ((NDIS_STATUS)0xC0230015L)
#define NDIS_STATUS_BUFFER_TOO_SHORT ((NDIS_STATUS)0xC0230016L)
#define NDIS_STATUS_INVALID_OID ((NDIS_STATUS)0xC0230017L)
#define NDIS_STATUS_ADAPTER_REMOVED ((NDIS_STATUS)0xC0230018L)
#define NDIS_STATUS_UNSUPPORTED_MEDIA ((NDIS_STATUS)0xC0230019L)
#define NDIS_STATUS_GROUP_ADDRESS_IN_USE ((NDIS_STATUS)0xC023001AL)
#define NDIS_STATUS_FILE_NOT_FOUND ((NDIS_STATUS)0xC023001BL)
#define NDIS_STATUS_ERROR_READING_FILE ((NDIS_STATUS)0xC023001CL)
#define NDIS_STATUS_ALREADY_MAPPED ((NDIS_STATUS)0xC023001DL)
#define NDIS_STATUS_RESOURCE_CONFLICT ((NDIS_STATUS)0xC023001EL)
#define NDIS_STATUS_MEDIA_DISCONNECTED ((NDIS_STATUS)0xC023001FL)
#define NDIS_STATUS_INVALID_ADDRESS ((NDIS_STATUS)0xC0230022L)
#define NDIS_STATUS_PAUSED ((NDIS_STATUS)0xC023002AL)
#define NDIS_STATUS_INTERFACE_NOT_FOUND ((NDIS_STATUS)0xC023002BL)
#define NDIS_STATUS_UNSUPPORTED_REVISION ((NDIS_STATUS)0xC023002CL)
#define NDIS_STATUS_INVALID_PORT ((NDIS_STATUS)0xC023002DL)
#define NDIS_STATUS_INVALID_PORT_STATE ((NDIS_STATUS)0xC023002EL)
#define NDIS_STATUS_LOW_POWER_STATE ((NDIS_STATUS)0xC023002FL)
#define NDIS_STATUS_REINIT_REQUIRED ((NDIS_STATUS)0xC0230030L)

/* Event-log codes for NdisWriteErrorLogEntry, shared with the system's netevent.h messages. */
#define NDIS_ERROR_CODE_RESOURCE_CONFLICT EVENT_NDIS_RESOURCE_CONFLICT
#define NDIS_ERROR_CODE_OUT_OF_RESOURCES EVENT_NDIS_OUT_OF_RESOURCE
#define NDIS_ERROR_CODE_HARDWARE_FAILURE EVENT_NDIS_HARDWARE_FAILURE
#define NDIS_ERROR_CODE_ADAPTER_NOT_FOUND EVENT_NDIS_ADAPTER_NOT_FOUND
#define NDIS_ERROR_CODE_INTERRUPT_CONNECT EVENT_NDIS_INTERRUPT_CONNECT
#define NDIS_ERROR_CODE_DRIVER_FAILURE EVENT_NDIS_DRIVER_FAILURE
#define NDIS_ERROR_CODE_BAD_VERSION EVENT_NDIS_BAD_VERSION
#define NDIS_ERROR_CODE_TIMEOUT EVENT_NDIS_TIMEOUT
#define NDIS_ERROR_CODE_NETWORK_ADDRESS EVENT_NDIS_NETWORK_ADDRESS
#define NDIS_ERROR_CODE_UNSUPPORTED_CONFIGURATION EVENT_NDIS_UNSUPPORTED_CONFIGURATION
#define NDIS_ERROR_CODE_INVALID_VALUE_FROM_ADAPTER EVENT_NDIS_INVALID_VALUE_FROM_ADAPTER
#define NDIS_ERROR_CODE_MISSING_CONFIGURATION_PARAMETER EVENT_NDIS_MISSING_CONFIGURATION_PARAMETER
#define NDIS_ERROR_CODE_BAD_IO_BASE_ADDRESS EVENT_NDIS_BAD_IO_BASE_ADDRESS
#define NDIS_ERROR_CODE_RECEIVE_SPACE_SMALL EVENT_NDIS_RECEIVE_SPACE_SMALL
#define NDIS_ERROR_CODE_ADAPTER_DISABLED EVENT_NDIS_ADAPTER_DISABLED

/* ---------------------------------------------------------------------------------------------------
 * Memory
 * ------------------------------------------------------------------------------------------------- */
#define NDIS_MEMORY_CONTIGUOUS 0x00000001
#define NDIS_MEMORY_NONCACHED 0x00000002

/* Allocates Length bytes of nonpaged memory tagged with Tag; NdisHandle is the miniport adapter or
 * driver handle. Returns NULL on failure. Free with NdisFreeMemory (MemoryFlags 0). */
_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID
NdisAllocateMemoryWithTagPriority(_In_ NDIS_HANDLE NdisHandle, _In_ UINT Length, _In_ ULONG Tag,
                                  _In_ EX_POOL_PRIORITY Priority);

/* Older form: the block is returned through VirtualAddress; NDIS_STATUS_FAILURE when none. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisAllocateMemoryWithTag(_Outptr_result_bytebuffer_(Length) PVOID *VirtualAddress, _In_ UINT Length,
                          _In_ ULONG Tag);

/* Frees a block from NdisAllocateMemoryWithTag(Priority). Length is ignored for ordinary blocks. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeMemory(_In_ PVOID VirtualAddress, _In_ UINT Length, _In_ UINT MemoryFlags);

/* Frees a block from NdisAllocateMemoryWithTagPriority given the same handle and tag (NDIS 6.20+). */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeMemoryWithTagPriority(_In_ NDIS_HANDLE NdisHandle, _In_ PVOID VirtualAddress, _In_ ULONG Tag);

#define NdisZeroMemory(Destination, Length) RtlZeroMemory((Destination), (Length))
#define NdisMoveMemory(Destination, Source, Length) RtlCopyMemory((Destination), (Source), (Length))
#define NdisFillMemory(Destination, Length, Fill) RtlFillMemory((Destination), (Length), (Fill))
#define NdisEqualMemory(Source1, Source2, Length) RtlEqualMemory((Source1), (Source2), (Length))

/* Shared (DMA-visible) memory of a bus-master adapter. */
_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisMAllocateSharedMemory(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ ULONG Length, _In_ BOOLEAN Cached,
                          _Outptr_result_bytebuffer_(Length) PVOID *VirtualAddress,
                          _Out_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisMFreeSharedMemory(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ ULONG Length, _In_ BOOLEAN Cached,
                      _In_ PVOID VirtualAddress, _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress);

/* Device registers. */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisMMapIoSpace(_Outptr_result_bytebuffer_(Length) PVOID *VirtualAddress,
                _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress,
                _In_ UINT Length);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisMUnmapIoSpace(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PVOID VirtualAddress, _In_ UINT Length);

/* ---------------------------------------------------------------------------------------------------
 * Synchronisation
 * ------------------------------------------------------------------------------------------------- */

/* A spin lock plus the IRQL to restore when it is released. */
typedef struct _NDIS_SPIN_LOCK {
    KSPIN_LOCK SpinLock;
    KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisAllocateSpinLock(_Out_ PNDIS_SPIN_LOCK SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeSpinLock(_In_ PNDIS_SPIN_LOCK SpinLock);

/* Raises to DISPATCH_LEVEL and takes the lock. */
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID
NdisAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
VOID
NdisReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);

/* The caller is already at DISPATCH_LEVEL. */
_IRQL_requires_(DISPATCH_LEVEL)
VOID
NdisDprAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
VOID
NdisDprReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);

/* Reader/writer lock (NDIS 6.20+). The lock itself is opaque; the caller keeps a LOCK_STATE_EX per
 * acquisition on its stack. */
typedef struct _NDIS_RW_LOCK_EX NDIS_RW_LOCK_EX, *PNDIS_RW_LOCK_EX;

typedef struct _LOCK_STATE_EX {
    KIRQL OldIrql;
    UCHAR LockState;
    UCHAR Flags;
} LOCK_STATE_EX, *PLOCK_STATE_EX;

#define NDIS_RWL_AT_DISPATCH_LEVEL 0x01

_IRQL_requires_max_(DISPATCH_LEVEL)
PNDIS_RW_LOCK_EX
NdisAllocateRWLock(_In_ NDIS_HANDLE NdisHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeRWLock(_In_ PNDIS_RW_LOCK_EX Lock);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisAcquireRWLockRead(_In_ PNDIS_RW_LOCK_EX Lock, _Out_ PLOCK_STATE_EX LockState, _In_ UCHAR Flags);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisAcquireRWLockWrite(_In_ PNDIS_RW_LOCK_EX Lock, _Out_ PLOCK_STATE_EX LockState, _In_ UCHAR Flags);

_IRQL_requires_(DISPATCH_LEVEL)
VOID
NdisReleaseRWLock(_In_ PNDIS_RW_LOCK_EX Lock, _In_ PLOCK_STATE_EX LockState);

/* A notification event. */
typedef struct _NDIS_EVENT {
    KEVENT Event;
} NDIS_EVENT, *PNDIS_EVENT;

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisInitializeEvent(_Out_ PNDIS_EVENT Event);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisSetEvent(_In_ PNDIS_EVENT Event);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisResetEvent(_In_ PNDIS_EVENT Event);

/* Waits up to MsToWait milliseconds (0: forever). TRUE when the event was signalled. */
_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN
NdisWaitEvent(_In_ PNDIS_EVENT Event, _In_ UINT MsToWait);

#define NdisInterlockedIncrement(Addend) InterlockedIncrement(Addend)
#define NdisInterlockedDecrement(Addend) InterlockedDecrement(Addend)
#define NdisInterlockedExchange(Target, Value) InterlockedExchange((Target), (Value))

/* Adds Increment to *Addend under SpinLock. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisInterlockedAddUlong(_Inout_ PULONG Addend, _In_ ULONG Increment, _Inout_ PNDIS_SPIN_LOCK SpinLock);

/* ---------------------------------------------------------------------------------------------------
 * Time
 * ------------------------------------------------------------------------------------------------- */

/* Sleeps (PASSIVE_LEVEL only). */
_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisMSleep(_In_ ULONG MicrosecondsToSleep);

/* Busy-waits; keep it to a few tens of microseconds. */
#define NdisStallExecution(MicroSecondsToStall) KeStallExecutionProcessor(MicroSecondsToStall)

_IRQL_requires_max_(HIGH_LEVEL)
VOID
NdisGetCurrentSystemTime(_Out_ PLARGE_INTEGER SystemTime);

_IRQL_requires_max_(HIGH_LEVEL)
VOID
NdisGetSystemUpTimeEx(_Out_ PLARGE_INTEGER SystemUpTime);

/* ---------------------------------------------------------------------------------------------------
 * Timers
 * ------------------------------------------------------------------------------------------------- */

/* Role: the routine a timer object calls when it fires. FunctionContext is the context given at
 * allocation or to NdisSetTimerObject. */
typedef
_Function_class_(NDIS_TIMER_FUNCTION)
_IRQL_requires_(DISPATCH_LEVEL)
VOID
(NDIS_TIMER_FUNCTION)(_In_ PVOID SystemSpecific1, _In_ PVOID FunctionContext, _In_ PVOID SystemSpecific2,
                      _In_ PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION *PNDIS_TIMER_FUNCTION;

typedef struct _NDIS_TIMER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS, revision 1 */
    ULONG AllocationTag;
    PNDIS_TIMER_FUNCTION TimerFunction;
    PVOID FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;

#define NDIS_TIMER_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1                                                   \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_TIMER_CHARACTERISTICS, FunctionContext)

/* Creates a timer object owned by NdisHandle (adapter or driver handle). */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisAllocateTimerObject(_In_ NDIS_HANDLE NdisHandle, _In_ PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
                        _Out_ PNDIS_HANDLE pTimerObject);

/* Arms the timer: DueTime in 100 ns units (negative: relative), optional period in milliseconds.
 * Returns TRUE when the timer was already in the queue. */
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN
NdisSetTimerObject(_In_ NDIS_HANDLE TimerObject, _In_ LARGE_INTEGER DueTime, _In_opt_ LONG MillisecondsPeriod,
                   _In_opt_ PVOID FunctionContext);

/* Dequeues the timer. TRUE when it was queued (its routine will not run for that expiry). */
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN
NdisCancelTimerObject(_In_ NDIS_HANDLE TimerObject);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisFreeTimerObject(_In_ NDIS_HANDLE TimerObject);

/* ---------------------------------------------------------------------------------------------------
 * Work items
 * ------------------------------------------------------------------------------------------------- */

/* Role: the routine an NDIS I/O work item runs at PASSIVE_LEVEL. NdisIoWorkItemHandle is the work
 * item that was queued; a one-shot work item is typically freed here. */
typedef
_Function_class_(NDIS_IO_WORKITEM_FUNCTION)
_IRQL_requires_(PASSIVE_LEVEL)
VOID
(NDIS_IO_WORKITEM_FUNCTION)(_In_opt_ PVOID WorkItemContext, _In_ NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION *NDIS_IO_WORKITEM_ROUTINE;
typedef NDIS_IO_WORKITEM_FUNCTION *PNDIS_IO_WORKITEM_FUNCTION;

/* Allocates a work item tied to NdisObjectHandle (miniport adapter, filter module or driver handle).
 * Returns NULL on failure. Release with NdisFreeIoWorkItem. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_HANDLE
NdisAllocateIoWorkItem(_In_ NDIS_HANDLE NdisObjectHandle);

/* Queues Routine(WorkItemContext, NdisIoWorkItemHandle) on a system worker thread. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisQueueIoWorkItem(_In_ NDIS_HANDLE NdisIoWorkItemHandle, _In_ NDIS_IO_WORKITEM_ROUTINE Routine,
                    _In_ PVOID WorkItemContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeIoWorkItem(_In_ NDIS_HANDLE NdisIoWorkItemHandle);

/* ---------------------------------------------------------------------------------------------------
 * NET_BUFFER and NET_BUFFER_LIST
 * ------------------------------------------------------------------------------------------------- */
typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;
typedef struct _NET_BUFFER_LIST_CONTEXT NET_BUFFER_LIST_CONTEXT, *PNET_BUFFER_LIST_CONTEXT;
typedef struct _NET_BUFFER_SHARED_MEMORY NET_BUFFER_SHARED_MEMORY, *PNET_BUFFER_SHARED_MEMORY;

/* One packet: a chain of MDLs plus the offset and length of the packet data within it. */
struct _NET_BUFFER {
    union {
        struct {
            PNET_BUFFER Next;
            PMDL CurrentMdl;
            ULONG CurrentMdlOffset;
            union {
                ULONG DataLength;
                SIZE_T stDataLength;
            };
            PMDL MdlChain;
            ULONG DataOffset;
        };
        SLIST_HEADER Link;
    };
    USHORT ChecksumBias;
    USHORT Reserved;
    NDIS_HANDLE NdisPoolHandle;
    PVOID NdisReserved[2];
    PVOID ProtocolReserved[6];
    PVOID MiniportReserved[4];
    NDIS_PHYSICAL_ADDRESS DataPhysicalAddress;
    union {
        PNET_BUFFER_SHARED_MEMORY SharedMemoryInfo;
        PSCATTER_GATHER_LIST ScatterGatherList;
    };
};

/* Per-list out-of-band information, indexed into NET_BUFFER_LIST.NetBufferListInfo. */
typedef enum _NDIS_NET_BUFFER_LIST_INFO {
    TcpIpChecksumNetBufferListInfo,
    TcpOffloadBytesTransferred = TcpIpChecksumNetBufferListInfo,
    IPsecOffloadV1NetBufferListInfo,
    IPsecOffloadV2NetBufferListInfo = IPsecOffloadV1NetBufferListInfo,
    TcpLargeSendNetBufferListInfo,
    TcpReceiveNoPush = TcpLargeSendNetBufferListInfo,
    ClassificationHandleNetBufferListInfo,
    Ieee8021QNetBufferListInfo,
    NetBufferListCancelId,
    MediaSpecificInformation,
    NetBufferListFrameType,
    NetBufferListProtocolId = NetBufferListFrameType,
    NetBufferListHashValue,
    NetBufferListHashInfo,
    WfpNetBufferListInfo,
    IPsecOffloadV2TunnelNetBufferListInfo,
    IPsecOffloadV2HeaderNetBufferListInfo,
    NetBufferListCorrelationId,
    NetBufferListFilteringInfo,
    MediaSpecificInformationEx,
    NblOriginalInterfaceIfIndex,
    NblReAuthWfpFlowContext = NblOriginalInterfaceIfIndex,
    TcpReceiveBatchInfo,
    TcpSendOffloadsSupplementalNetBufferListInfo,
    SwitchForwardingReserved,
    SwitchForwardingDetail,
    VirtualSubnetInfo,
    IMReserved,
    MaxNetBufferListInfo
} NDIS_NET_BUFFER_LIST_INFO, *PNDIS_NET_BUFFER_LIST_INFO;

/* A list of NET_BUFFERs that share out-of-band information; lists are chained through Next. */
struct _NET_BUFFER_LIST {
    union {
        struct {
            PNET_BUFFER_LIST Next;
            PNET_BUFFER FirstNetBuffer;
        };
        SLIST_HEADER Link;
    };
    PNET_BUFFER_LIST_CONTEXT Context;
    PNET_BUFFER_LIST ParentNetBufferList;
    NDIS_HANDLE NdisPoolHandle;
    PVOID NdisReserved[2];
    PVOID ProtocolReserved[4];
    PVOID MiniportReserved[2];
    PVOID Scratch;
    NDIS_HANDLE SourceHandle;
    ULONG NblFlags;
    LONG ChildRefCount;
    ULONG Flags;
    union {
        NDIS_STATUS Status;
        ULONG NdisReserved2;
    };
    PVOID NetBufferListInfo[MaxNetBufferListInfo];
};

#define NET_BUFFER_NEXT_NB(Nb) ((Nb)->Next)
#define NET_BUFFER_FIRST_MDL(Nb) ((Nb)->MdlChain)
#define NET_BUFFER_DATA_LENGTH(Nb) ((Nb)->DataLength)
#define NET_BUFFER_DATA_OFFSET(Nb) ((Nb)->DataOffset)
#define NET_BUFFER_CURRENT_MDL(Nb) ((Nb)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(Nb) ((Nb)->CurrentMdlOffset)
#define NET_BUFFER_MINIPORT_RESERVED(Nb) ((Nb)->MiniportReserved)
#define NET_BUFFER_PROTOCOL_RESERVED(Nb) ((Nb)->ProtocolReserved)

#define NET_BUFFER_LIST_NEXT_NBL(Nbl) ((Nbl)->Next)
#define NET_BUFFER_LIST_FIRST_NB(Nbl) ((Nbl)->FirstNetBuffer)
#define NET_BUFFER_LIST_FLAGS(Nbl) ((Nbl)->Flags)
#define NET_BUFFER_LIST_NBL_FLAGS(Nbl) ((Nbl)->NblFlags)
#define NET_BUFFER_LIST_STATUS(Nbl) ((Nbl)->Status)
#define NET_BUFFER_LIST_INFO(Nbl, Id) ((Nbl)->NetBufferListInfo[(Id)])
#define NET_BUFFER_LIST_MINIPORT_RESERVED(Nbl) ((Nbl)->MiniportReserved)
#define NET_BUFFER_LIST_PROTOCOL_RESERVED(Nbl) ((Nbl)->ProtocolReserved)
#define NDIS_GET_NET_BUFFER_LIST_CANCEL_ID(Nbl) (NET_BUFFER_LIST_INFO((Nbl), NetBufferListCancelId))
#define NDIS_SET_NET_BUFFER_LIST_CANCEL_ID(Nbl, CancelId)                                              \
    (NET_BUFFER_LIST_INFO((Nbl), NetBufferListCancelId) = (CancelId))

/* Flags of the send, send-complete, receive and return paths. */
#define NDIS_SEND_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_FLAGS_CHECK_FOR_LOOPBACK 0x00000002
#define NDIS_SEND_FLAGS_SINGLE_QUEUE 0x00000004
#define NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RECEIVE_FLAGS_RESOURCES 0x00000002
#define NDIS_RECEIVE_FLAGS_SINGLE_ETHER_TYPE 0x00000100
#define NDIS_RECEIVE_FLAGS_SINGLE_VLAN 0x00000200
#define NDIS_RECEIVE_FLAGS_PERFECT_FILTERED 0x00000400
#define NDIS_RETURN_FLAGS_DISPATCH_LEVEL 0x00000001

#define NDIS_TEST_SEND_FLAG(Flags, Flag) (((Flags) & (Flag)) == (Flag))
#define NDIS_TEST_SEND_AT_DISPATCH_LEVEL(Flags)                                                        \
    NDIS_TEST_SEND_FLAG((Flags), NDIS_SEND_FLAGS_DISPATCH_LEVEL)
#define NDIS_TEST_SEND_COMPLETE_AT_DISPATCH_LEVEL(Flags)                                               \
    (((Flags) & NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL) != 0)
#define NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(Flags) (((Flags) & NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL) != 0)
#define NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(Flags) (((Flags) & NDIS_RETURN_FLAGS_DISPATCH_LEVEL) != 0)

/* Completes sends: hands NetBufferLists (chained, each with its Status set) back to NDIS. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisMSendNetBufferListsComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
                                _In_ ULONG SendCompleteFlags);

/* Indicates received data up the stack. Unless NDIS_RECEIVE_FLAGS_RESOURCES is set, the lists come
 * back later through MINIPORT_RETURN_NET_BUFFER_LISTS. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisMIndicateReceiveNetBufferLists(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNET_BUFFER_LIST NetBufferList,
                                   _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG NumberOfNetBufferLists,
                                   _In_ ULONG ReceiveFlags);

/* Pools of NET_BUFFER_LIST structures. */
typedef struct _NET_BUFFER_LIST_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_DEFAULT, revision 1 */
    UCHAR ProtocolId;
    BOOLEAN fAllocateNetBuffer;
    USHORT ContextSize;
    ULONG PoolTag;
    ULONG DataSize;
} NET_BUFFER_LIST_POOL_PARAMETERS, *PNET_BUFFER_LIST_POOL_PARAMETERS;

#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1                                         \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, DataSize)

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_HANDLE
NdisAllocateNetBufferListPool(_In_opt_ NDIS_HANDLE NdisHandle, _In_ PNET_BUFFER_LIST_POOL_PARAMETERS Parameters);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeNetBufferListPool(_In_ NDIS_HANDLE PoolHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
PNET_BUFFER_LIST
NdisAllocateNetBufferList(_In_ NDIS_HANDLE PoolHandle, _In_ USHORT ContextSize, _In_ USHORT ContextBackFill);

/* A list with one NET_BUFFER describing MdlChain[DataOffset, DataOffset + DataLength). */
_IRQL_requires_max_(DISPATCH_LEVEL)
PNET_BUFFER_LIST
NdisAllocateNetBufferAndNetBufferList(_In_ NDIS_HANDLE PoolHandle, _In_ USHORT ContextSize,
                                      _In_ USHORT ContextBackFill, _In_opt_ PMDL MdlChain,
                                      _In_ ULONG DataOffset, _In_ SIZE_T DataLength);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeNetBufferList(_In_ PNET_BUFFER_LIST NetBufferList);

/* MDLs over driver memory. */
_IRQL_requires_max_(DISPATCH_LEVEL)
PMDL
NdisAllocateMdl(_In_ NDIS_HANDLE NdisHandle, _In_ PVOID VirtualAddress, _In_ UINT Length);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeMdl(_In_ PMDL Mdl);

/* Returns a pointer to BytesNeeded contiguous bytes of the packet data, copying into Storage when the
 * data spans MDLs; NULL when it cannot. */
_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID
NdisGetDataBuffer(_In_ PNET_BUFFER NetBuffer, _In_ ULONG BytesNeeded, _Out_opt_ PVOID Storage,
                  _In_ UINT AlignMultiple, _In_ UINT AlignOffset);

#define NdisQueryMdl(Mdl, VirtualAddress, Length, Priority)                                            \
    do {                                                                                               \
        if (ARGUMENT_PRESENT(VirtualAddress)) {                                                        \
            *(PVOID *)(VirtualAddress) = MmGetSystemAddressForMdlSafe((Mdl), (Priority));              \
        }                                                                                              \
        *(Length) = MmGetMdlByteCount(Mdl);                                                            \
    } while (0)
#define NdisGetNextMdl(CurrentMdl, NextMdl)                                                            \
    do {                                                                                               \
        *(NextMdl) = (CurrentMdl)->Next;                                                               \
    } while (0)

/* ---------------------------------------------------------------------------------------------------
 * OID requests
 * ------------------------------------------------------------------------------------------------- */
#define NDIS_OID_REQUEST_NDIS_RESERVED_SIZE 16

/* ntddndis.h declares these names only for newer targets; repeating the typedef is harmless in C11. */
typedef struct _NDIS_OID_REQUEST NDIS_OID_REQUEST, *PNDIS_OID_REQUEST;

/* One query, set or method request on an OID. */
struct _NDIS_OID_REQUEST {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_OID_REQUEST, revision 1 */
    NDIS_REQUEST_TYPE RequestType;
    NDIS_PORT_NUMBER PortNumber;
    UINT Timeout;
    PVOID RequestId;
    NDIS_HANDLE RequestHandle;
    union _REQUEST_DATA {
        struct _QUERY {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesWritten;
            UINT BytesNeeded;
        } QUERY_INFORMATION;
        struct _SET {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesRead;
            UINT BytesNeeded;
        } SET_INFORMATION;
        struct _METHOD {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            ULONG InputBufferLength;
            ULONG OutputBufferLength;
            ULONG MethodId;
            UINT BytesWritten;
            UINT BytesRead;
            UINT BytesNeeded;
        } METHOD_INFORMATION;
    } DATA;
    UCHAR NdisReserved[NDIS_OID_REQUEST_NDIS_RESERVED_SIZE * sizeof(PVOID)];
    UCHAR MiniportReserved[2 * sizeof(PVOID)];
    UCHAR SourceReserved[2 * sizeof(PVOID)];
    UCHAR SupportedRevision;
    UCHAR Reserved1;
    USHORT Reserved2;
#if NDIS_SUPPORT_NDIS630
    /* NDIS 6.30 and later (revision 2): the NIC switch and VPort a request is for */
    NDIS_NIC_SWITCH_ID SwitchId;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
    ULONG Flags;
#endif
};

#define NDIS_OID_REQUEST_REVISION_1 1
#define NDIS_SIZEOF_OID_REQUEST_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Reserved2)
#if NDIS_SUPPORT_NDIS630
#define NDIS_OID_REQUEST_REVISION_2 2
#define NDIS_SIZEOF_OID_REQUEST_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Flags)
#endif

/* Completes a request for which the OID handler returned NDIS_STATUS_PENDING. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisMOidRequestComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNDIS_OID_REQUEST OidRequest,
                        _In_ NDIS_STATUS Status);

/* ---------------------------------------------------------------------------------------------------
 * Status indications
 * ------------------------------------------------------------------------------------------------- */
typedef struct _NDIS_STATUS_INDICATION {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_STATUS_INDICATION, revision 1 */
    NDIS_HANDLE SourceHandle;
    NDIS_PORT_NUMBER PortNumber;
    NDIS_STATUS StatusCode;
    ULONG Flags;
    NDIS_HANDLE DestinationHandle;
    PVOID RequestId;
    PVOID StatusBuffer;
    ULONG StatusBufferSize;
    GUID Guid;
    PVOID NdisReserved[4];
} NDIS_STATUS_INDICATION, *PNDIS_STATUS_INDICATION;

#define NDIS_STATUS_INDICATION_REVISION_1 1
#define NDIS_SIZEOF_STATUS_INDICATION_REVISION_1                                                       \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_STATUS_INDICATION, NdisReserved)

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisMIndicateStatusEx(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNDIS_STATUS_INDICATION StatusIndication);

/* ---------------------------------------------------------------------------------------------------
 * Miniport roles. Each is a function type: `MINIPORT_HALT MPHaltEx;` declares MPHaltEx with the
 * right signature, and the *_HANDLER / P* pointer types are what the characteristics table holds.
 * ------------------------------------------------------------------------------------------------- */

/* Why MiniportHaltEx is being called. */
typedef enum _NDIS_HALT_ACTION {
    NdisHaltDeviceDisabled,
    NdisHaltDeviceInstanceDeInstalled,
    NdisHaltDevicePoweredDown,
    NdisHaltDeviceSurpriseRemoved,
    NdisHaltDeviceFailed,
    NdisHaltDeviceInitializationFailed,
    NdisHaltDeviceStopped
} NDIS_HALT_ACTION, *PNDIS_HALT_ACTION;

typedef enum _NDIS_SHUTDOWN_ACTION {
    NdisShutdownPowerOff,
    NdisShutdownBugCheck
} NDIS_SHUTDOWN_ACTION, *PNDIS_SHUTDOWN_ACTION;

typedef enum _NDIS_DEVICE_PNP_EVENT {
    NdisDevicePnPEventQueryRemoved,
    NdisDevicePnPEventRemoved,
    NdisDevicePnPEventSurpriseRemoved,
    NdisDevicePnPEventQueryStopped,
    NdisDevicePnPEventStopped,
    NdisDevicePnPEventPowerProfileChanged,
    NdisDevicePnPEventFilterListChanged,
    NdisDevicePnPEventMaximum
} NDIS_DEVICE_PNP_EVENT, *PNDIS_DEVICE_PNP_EVENT;

/* A PnP event delivered to MiniportDevicePnPEventNotify. */
typedef struct _NET_DEVICE_PNP_EVENT {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_DEFAULT, revision 1 */
    NDIS_PORT_NUMBER PortNumber;
    NDIS_DEVICE_PNP_EVENT DevicePnPEvent;
    PVOID InformationBuffer;
    ULONG InformationBufferLength;
    UCHAR NdisReserved[2 * sizeof(PVOID)];
} NET_DEVICE_PNP_EVENT, *PNET_DEVICE_PNP_EVENT;

#define NET_DEVICE_PNP_EVENT_REVISION_1 1
#define NDIS_SIZEOF_NET_DEVICE_PNP_EVENT_REVISION_1                                                    \
    RTL_SIZEOF_THROUGH_FIELD(NET_DEVICE_PNP_EVENT, NdisReserved)

/* Power profile values carried in InformationBuffer for NdisDevicePnPEventPowerProfileChanged. */
#define NdisPowerProfileBattery 0
#define NdisPowerProfileAcOnLine 1

/* What MiniportInitializeEx receives. */
typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_MINIPORT_INIT_PARAMETERS */
    ULONG Flags;
    PNDIS_RESOURCE_LIST AllocatedResources;
    NDIS_HANDLE IMDeviceInstanceContext;
    NDIS_HANDLE MiniportAddDeviceContext;
    NET_IFINDEX IfIndex;
    NET_LUID NetLuid;
    PNDIS_PORT_AUTHENTICATION_PARAMETERS DefaultPortAuthStates;
    PNDIS_PCI_DEVICE_CUSTOM_PROPERTIES PciDeviceCustomProperties;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;

#define NDIS_MINIPORT_INIT_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_INIT_PARAMETERS_REVISION_1                                                \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_INIT_PARAMETERS, PciDeviceCustomProperties)

/* Why MiniportPause is being called (NDIS_MINIPORT_PAUSE_PARAMETERS.PauseReason). */
#define NDIS_PAUSE_NDIS_INTERNAL 0x00000001
#define NDIS_PAUSE_LOW_POWER 0x00000002
#define NDIS_PAUSE_BIND_PROTOCOL 0x00000004
#define NDIS_PAUSE_UNBIND_PROTOCOL 0x00000008
#define NDIS_PAUSE_ATTACH_FILTER 0x00000010
#define NDIS_PAUSE_DETACH_FILTER 0x00000020
#define NDIS_PAUSE_FILTER_RESTART_STACK 0x00000040
#define NDIS_PAUSE_MINIPORT_DEVICE_REMOVE 0x00000080

typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;

#define NDIS_MINIPORT_PAUSE_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_PAUSE_PARAMETERS_REVISION_1                                               \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_PAUSE_PARAMETERS, PauseReason)

/* A chain of OID-tagged attribute blobs handed to MiniportRestart. */
typedef struct _NDIS_RESTART_ATTRIBUTES NDIS_RESTART_ATTRIBUTES, *PNDIS_RESTART_ATTRIBUTES;
struct _NDIS_RESTART_ATTRIBUTES {
    PNDIS_RESTART_ATTRIBUTES Next;
    NDIS_OID Oid;
    ULONG DataLength;
    UCHAR Data[1];
};

typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    ULONG Flags;
} NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;

#define NDIS_MINIPORT_RESTART_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_RESTART_PARAMETERS_REVISION_1                                             \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_RESTART_PARAMETERS, Flags)

/* MiniportSetOptions: register optional handlers (NdisSetOptionalHandlers) during
 * NdisMRegisterMiniportDriver. */
typedef
_Function_class_(MINIPORT_SET_OPTIONS)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(MINIPORT_SET_OPTIONS)(_In_ NDIS_HANDLE NdisDriverHandle, _In_ NDIS_HANDLE DriverContext);
typedef MINIPORT_SET_OPTIONS *SET_OPTIONS_HANDLER;
/* The driver-type-neutral name of the same role (miniport, protocol or filter SetOptions). */
typedef
_Function_class_(SET_OPTIONS)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(SET_OPTIONS)(_In_ NDIS_HANDLE NdisDriverHandle, _In_ NDIS_HANDLE DriverContext);
typedef MINIPORT_SET_OPTIONS *MINIPORT_SET_OPTIONS_HANDLER;
typedef MINIPORT_SET_OPTIONS *PMINIPORT_SET_OPTIONS;

/* MiniportInitializeEx: bring one adapter up. NdisMiniportHandle identifies the adapter to NDIS. */
typedef
_Function_class_(MINIPORT_INITIALIZE)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(MINIPORT_INITIALIZE)(_In_ NDIS_HANDLE NdisMiniportHandle, _In_ NDIS_HANDLE MiniportDriverContext,
                      _In_ PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef MINIPORT_INITIALIZE *MINIPORT_INITIALIZE_HANDLER;
typedef MINIPORT_INITIALIZE *PMINIPORT_INITIALIZE;

/* MiniportHaltEx: release everything MiniportInitializeEx acquired for the adapter. */
typedef
_Function_class_(MINIPORT_HALT)
_IRQL_requires_(PASSIVE_LEVEL)
VOID
(MINIPORT_HALT)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_HALT_ACTION HaltAction);
typedef MINIPORT_HALT *MINIPORT_HALT_HANDLER;
typedef MINIPORT_HALT *PMINIPORT_HALT;

/* MiniportDriverUnload: release driver-wide resources. */
typedef
_Function_class_(MINIPORT_UNLOAD)
_IRQL_requires_(PASSIVE_LEVEL)
VOID
(MINIPORT_UNLOAD)(_In_ PDRIVER_OBJECT DriverObject);
typedef MINIPORT_UNLOAD *MINIPORT_DRIVER_UNLOAD;
typedef MINIPORT_UNLOAD *MINIPORT_UNLOAD_HANDLER;
typedef MINIPORT_UNLOAD *PMINIPORT_UNLOAD;

/* MiniportPause: stop sends and receives; may return NDIS_STATUS_PENDING and complete with
 * NdisMPauseComplete. */
typedef
_Function_class_(MINIPORT_PAUSE)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(MINIPORT_PAUSE)(_In_ NDIS_HANDLE MiniportAdapterContext,
                 _In_ PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters);
typedef MINIPORT_PAUSE *MINIPORT_PAUSE_HANDLER;
typedef MINIPORT_PAUSE *PMINIPORT_PAUSE;

/* MiniportRestart: resume a paused adapter. */
typedef
_Function_class_(MINIPORT_RESTART)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(MINIPORT_RESTART)(_In_ NDIS_HANDLE MiniportAdapterContext,
                   _In_ PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters);
typedef MINIPORT_RESTART *MINIPORT_RESTART_HANDLER;
typedef MINIPORT_RESTART *PMINIPORT_RESTART;

/* MiniportOidRequest: query or set an OID. */
typedef
_Function_class_(MINIPORT_OID_REQUEST)
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
(MINIPORT_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_OID_REQUEST *MINIPORT_OID_REQUEST_HANDLER;
typedef MINIPORT_OID_REQUEST *PMINIPORT_OID_REQUEST;

/* MiniportDirectOidRequest (NDIS 6.20+): OIDs that bypass the serialised request queue. */
typedef
_Function_class_(MINIPORT_DIRECT_OID_REQUEST)
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
(MINIPORT_DIRECT_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_DIRECT_OID_REQUEST *MINIPORT_DIRECT_OID_REQUEST_HANDLER;
typedef MINIPORT_DIRECT_OID_REQUEST *PMINIPORT_DIRECT_OID_REQUEST;

/* MiniportSendNetBufferLists: transmit; every list is completed with NdisMSendNetBufferListsComplete. */
typedef
_Function_class_(MINIPORT_SEND_NET_BUFFER_LISTS)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(MINIPORT_SEND_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNET_BUFFER_LIST NetBufferList,
                                 _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);
typedef MINIPORT_SEND_NET_BUFFER_LISTS *MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER;
typedef MINIPORT_SEND_NET_BUFFER_LISTS *PMINIPORT_SEND_NET_BUFFER_LISTS;

/* MiniportReturnNetBufferLists: NDIS gives back lists indicated on the receive path. */
typedef
_Function_class_(MINIPORT_RETURN_NET_BUFFER_LISTS)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(MINIPORT_RETURN_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                   _In_ PNET_BUFFER_LIST NetBufferLists, _In_ ULONG ReturnFlags);
typedef MINIPORT_RETURN_NET_BUFFER_LISTS *MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER;
typedef MINIPORT_RETURN_NET_BUFFER_LISTS *PMINIPORT_RETURN_NET_BUFFER_LISTS;

/* MiniportCancelSend: cancel queued sends whose cancel id is CancelId. */
typedef
_Function_class_(MINIPORT_CANCEL_SEND)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(MINIPORT_CANCEL_SEND)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID CancelId);
typedef MINIPORT_CANCEL_SEND *MINIPORT_CANCEL_SEND_HANDLER;
typedef MINIPORT_CANCEL_SEND *PMINIPORT_CANCEL_SEND;

/* MiniportCheckForHangEx: TRUE asks NDIS to reset the adapter. */
typedef
_Function_class_(MINIPORT_CHECK_FOR_HANG)
_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN
(MINIPORT_CHECK_FOR_HANG)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef MINIPORT_CHECK_FOR_HANG *MINIPORT_CHECK_FOR_HANG_HANDLER;
typedef MINIPORT_CHECK_FOR_HANG *PMINIPORT_CHECK_FOR_HANG;

/* MiniportResetEx: reset the hardware; may pend and complete with NdisMResetComplete. */
typedef
_Function_class_(MINIPORT_RESET)
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
(MINIPORT_RESET)(_In_ NDIS_HANDLE MiniportAdapterContext, _Out_ PBOOLEAN AddressingReset);
typedef MINIPORT_RESET *MINIPORT_RESET_HANDLER;
typedef MINIPORT_RESET *PMINIPORT_RESET;

/* MiniportDevicePnPEventNotify: surprise removal, power profile changes and the like. */
typedef
_Function_class_(MINIPORT_DEVICE_PNP_EVENT_NOTIFY)
_IRQL_requires_(PASSIVE_LEVEL)
VOID
(MINIPORT_DEVICE_PNP_EVENT_NOTIFY)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                   _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef MINIPORT_DEVICE_PNP_EVENT_NOTIFY *MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER;
typedef MINIPORT_DEVICE_PNP_EVENT_NOTIFY *MINIPORT_PNP_EVENT_NOTIFY_HANDLER;
typedef MINIPORT_DEVICE_PNP_EVENT_NOTIFY *PMINIPORT_DEVICE_PNP_EVENT_NOTIFY;

/* MiniportShutdownEx: put the hardware in a known state; may run at high IRQL on bugcheck. */
typedef
_Function_class_(MINIPORT_SHUTDOWN)
_IRQL_requires_max_(HIGH_LEVEL)
VOID
(MINIPORT_SHUTDOWN)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_SHUTDOWN_ACTION ShutdownAction);
typedef MINIPORT_SHUTDOWN *MINIPORT_SHUTDOWN_HANDLER;
typedef MINIPORT_SHUTDOWN *PMINIPORT_SHUTDOWN;

/* MiniportCancelOidRequest: cancel a pending OID request whose RequestId matches. */
typedef
_Function_class_(MINIPORT_CANCEL_OID_REQUEST)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(MINIPORT_CANCEL_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID RequestId);
typedef MINIPORT_CANCEL_OID_REQUEST *MINIPORT_CANCEL_OID_REQUEST_HANDLER;
typedef MINIPORT_CANCEL_OID_REQUEST *PMINIPORT_CANCEL_OID_REQUEST;

typedef
_Function_class_(MINIPORT_CANCEL_DIRECT_OID_REQUEST)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(MINIPORT_CANCEL_DIRECT_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID RequestId);
typedef MINIPORT_CANCEL_DIRECT_OID_REQUEST *MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER;
typedef MINIPORT_CANCEL_DIRECT_OID_REQUEST *PMINIPORT_CANCEL_DIRECT_OID_REQUEST;

#if NDIS_SUPPORT_NDIS680
/* MiniportSynchronousOidRequest (NDIS 6.80+): requests that never pend. */
typedef
_Function_class_(MINIPORT_SYNCHRONOUS_OID_REQUEST)
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
(MINIPORT_SYNCHRONOUS_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_SYNCHRONOUS_OID_REQUEST *MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER;
typedef MINIPORT_SYNCHRONOUS_OID_REQUEST *PMINIPORT_SYNCHRONOUS_OID_REQUEST;
#endif

/* ---------------------------------------------------------------------------------------------------
 * Driver registration
 * ------------------------------------------------------------------------------------------------- */
#define NDIS_INTERMEDIATE_DRIVER 0x00000001
#define NDIS_WDM_DRIVER 0x00000002

/* The table of entry points a miniport driver hands to NdisMRegisterMiniportDriver. */
typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS */
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;
    MINIPORT_HALT_HANDLER HaltHandlerEx;
    MINIPORT_DRIVER_UNLOAD UnloadHandler;
    MINIPORT_PAUSE_HANDLER PauseHandler;
    MINIPORT_RESTART_HANDLER RestartHandler;
    MINIPORT_OID_REQUEST_HANDLER OidRequestHandler;
    MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
    MINIPORT_CANCEL_SEND_HANDLER CancelSendHandler;
    MINIPORT_CHECK_FOR_HANG_HANDLER CheckForHangHandlerEx;
    MINIPORT_RESET_HANDLER ResetHandlerEx;
    MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
    MINIPORT_SHUTDOWN_HANDLER ShutdownHandlerEx;
    MINIPORT_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
#if NDIS_SUPPORT_NDIS620
    /* NDIS 6.20 and later (revision 2) */
    MINIPORT_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
    MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
#endif
#if NDIS_SUPPORT_NDIS680
    /* NDIS 6.80 and later (revision 3) */
    MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER SynchronousOidRequestHandler;
#endif
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;

#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1                                         \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, CancelOidRequestHandler)
#if NDIS_SUPPORT_NDIS620
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2                                         \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, CancelDirectOidRequestHandler)
#endif
#if NDIS_SUPPORT_NDIS680
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3 3
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3                                         \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, SynchronousOidRequestHandler)
#endif

/* Registers the driver's entry points; called from DriverEntry. On success *NdisMiniportDriverHandle
 * identifies the driver in later NDIS calls. */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisMRegisterMiniportDriver(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath,
                            _In_opt_ NDIS_HANDLE MiniportDriverContext,
                            _In_ PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
                            _Out_ PNDIS_HANDLE NdisMiniportDriverHandle);

/* Undoes NdisMRegisterMiniportDriver (from MiniportDriverUnload, or DriverEntry on failure). */
_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisMDeregisterMiniportDriver(_In_ NDIS_HANDLE NdisMiniportDriverHandle);

/* Optional PnP handlers, registered from MiniportSetOptions. */
typedef
_Function_class_(MINIPORT_ADD_DEVICE)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(MINIPORT_ADD_DEVICE)(_In_ NDIS_HANDLE NdisMiniportHandle, _In_ NDIS_HANDLE MiniportDriverContext);
typedef MINIPORT_ADD_DEVICE *MINIPORT_ADD_DEVICE_HANDLER;

typedef
_Function_class_(MINIPORT_REMOVE_DEVICE)
_IRQL_requires_(PASSIVE_LEVEL)
VOID
(MINIPORT_REMOVE_DEVICE)(_In_ NDIS_HANDLE MiniportAddDeviceContext);
typedef MINIPORT_REMOVE_DEVICE *MINIPORT_REMOVE_DEVICE_HANDLER;

typedef
_Function_class_(MINIPORT_FILTER_RESOURCE_REQUIREMENTS)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(MINIPORT_FILTER_RESOURCE_REQUIREMENTS)(_In_ NDIS_HANDLE MiniportAddDeviceContext, _In_ PIRP Irp);
typedef MINIPORT_FILTER_RESOURCE_REQUIREMENTS *MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER;

typedef
_Function_class_(MINIPORT_START_DEVICE)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(MINIPORT_START_DEVICE)(_In_ NDIS_HANDLE MiniportAddDeviceContext, _In_ PIRP Irp);
typedef MINIPORT_START_DEVICE *MINIPORT_START_DEVICE_HANDLER;

typedef struct _NDIS_MINIPORT_PNP_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_MINIPORT_PNP_CHARACTERISTICS */
    MINIPORT_ADD_DEVICE_HANDLER MiniportAddDeviceHandler;
    MINIPORT_REMOVE_DEVICE_HANDLER MiniportRemoveDeviceHandler;
    MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER MiniportFilterResourceRequirementsHandler;
    MINIPORT_START_DEVICE_HANDLER MiniportStartDeviceHandler;
    ULONG Flags;
} NDIS_MINIPORT_PNP_CHARACTERISTICS, *PNDIS_MINIPORT_PNP_CHARACTERISTICS;

#define NDIS_MINIPORT_PNP_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_PNP_CHARACTERISTICS_REVISION_1                                            \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_PNP_CHARACTERISTICS, Flags)

typedef union _NDIS_DRIVER_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_MINIPORT_PNP_CHARACTERISTICS MiniportPnpCharacteristics;
} NDIS_DRIVER_OPTIONAL_HANDLERS, *PNDIS_DRIVER_OPTIONAL_HANDLERS;

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisSetOptionalHandlers(_In_ NDIS_HANDLE NdisHandle, _In_ PNDIS_DRIVER_OPTIONAL_HANDLERS OptionalHandlers);

/* ---------------------------------------------------------------------------------------------------
 * Adapter attributes, set from MiniportInitializeEx with NdisMSetMiniportAttributes: registration
 * attributes first (they carry the adapter context), then general attributes.
 * ------------------------------------------------------------------------------------------------- */
#define NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE 0x00000001
#define NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM 0x00000002
#define NDIS_MINIPORT_ATTRIBUTES_SURPRISE_REMOVE_OK 0x00000004
#define NDIS_MINIPORT_ATTRIBUTES_NOT_CO_NDIS 0x00000008
#define NDIS_MINIPORT_ATTRIBUTES_DO_NOT_BIND_TO_ALL_CO 0x00000010
#define NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND 0x00000020
#define NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER 0x00000040
#define NDIS_MINIPORT_ATTRIBUTES_CONTROLS_DEFAULT_PORT 0x00000080
#define NDIS_MINIPORT_ATTRIBUTES_NO_PAUSE_ON_SUSPEND 0x00000100
#define NDIS_MINIPORT_ATTRIBUTES_NO_OID_INTERCEPT_ON_NONDEFAULT_PORTS 0x00000200
#define NDIS_MINIPORT_ATTRIBUTES_REGISTER_BUGCHECK_CALLBACK 0x00000400

typedef struct _NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE MiniportAddDeviceContext;
    ULONG Flags;
} NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES, *PNDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES;

#define NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1                             \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES, Flags)

typedef struct _NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES */
    NDIS_HANDLE MiniportAdapterContext;
    ULONG AttributeFlags;
    UINT CheckForHangTimeInSeconds;
    NDIS_INTERFACE_TYPE InterfaceType;
} NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1                                \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, InterfaceType)

/* NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES.SupportedStatistics: which NDIS_STATISTICS_INFO counters
 * the adapter keeps. */
#define NDIS_STATISTICS_XMIT_OK_SUPPORTED 0x00000001
#define NDIS_STATISTICS_RCV_OK_SUPPORTED 0x00000002
#define NDIS_STATISTICS_XMIT_ERROR_SUPPORTED 0x00000004
#define NDIS_STATISTICS_RCV_ERROR_SUPPORTED 0x00000008
#define NDIS_STATISTICS_RCV_NO_BUFFER_SUPPORTED 0x00000010
#define NDIS_STATISTICS_DIRECTED_BYTES_XMIT_SUPPORTED 0x00000020
#define NDIS_STATISTICS_DIRECTED_FRAMES_XMIT_SUPPORTED 0x00000040
#define NDIS_STATISTICS_MULTICAST_BYTES_XMIT_SUPPORTED 0x00000080
#define NDIS_STATISTICS_MULTICAST_FRAMES_XMIT_SUPPORTED 0x00000100
#define NDIS_STATISTICS_BROADCAST_BYTES_XMIT_SUPPORTED 0x00000200
#define NDIS_STATISTICS_BROADCAST_FRAMES_XMIT_SUPPORTED 0x00000400
#define NDIS_STATISTICS_DIRECTED_BYTES_RCV_SUPPORTED 0x00000800
#define NDIS_STATISTICS_DIRECTED_FRAMES_RCV_SUPPORTED 0x00001000
#define NDIS_STATISTICS_MULTICAST_BYTES_RCV_SUPPORTED 0x00002000
#define NDIS_STATISTICS_MULTICAST_FRAMES_RCV_SUPPORTED 0x00004000
#define NDIS_STATISTICS_BROADCAST_BYTES_RCV_SUPPORTED 0x00008000
#define NDIS_STATISTICS_BROADCAST_FRAMES_RCV_SUPPORTED 0x00010000
#define NDIS_STATISTICS_RCV_CRC_ERROR_SUPPORTED 0x00020000
#define NDIS_STATISTICS_TRANSMIT_QUEUE_LENGTH_SUPPORTED 0x00040000
#define NDIS_STATISTICS_BYTES_RCV_SUPPORTED 0x00080000
#define NDIS_STATISTICS_BYTES_XMIT_SUPPORTED 0x00100000
#define NDIS_STATISTICS_RCV_DISCARDS_SUPPORTED 0x00200000
#define NDIS_STATISTICS_GEN_STATISTICS_SUPPORTED 0x00400000
#define NDIS_STATISTICS_XMIT_DISCARDS_SUPPORTED 0x08000000

typedef struct _NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES */
    ULONG Flags;
    NDIS_MEDIUM MediaType;
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 XmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG LookaheadSize;
    PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
    ULONG MacOptions;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    USHORT MacAddressLength;
    UCHAR PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
    NET_IF_ACCESS_TYPE AccessType;
    NET_IF_DIRECTION_TYPE DirectionType;
    NET_IF_CONNECTION_TYPE ConnectionType;
    NET_IFTYPE IfType;
    BOOLEAN IfConnectorPresent;
    ULONG SupportedStatistics;
    ULONG SupportedPauseFunctions;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    PNDIS_OID SupportedOidList;
    ULONG SupportedOidListLength;
    ULONG AutoNegotiationFlags;
#if NDIS_SUPPORT_NDIS620
    /* NDIS 6.20 and later (revision 2) */
    PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
#endif
} NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1                                     \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, AutoNegotiationFlags)
#if NDIS_SUPPORT_NDIS620
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2                                     \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, PowerManagementCapabilitiesEx)
#endif

typedef struct _NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES */
    PNDIS_OFFLOAD DefaultOffloadConfiguration;
    PNDIS_OFFLOAD HardwareOffloadCapabilities;
    PNDIS_TCP_CONNECTION_OFFLOAD DefaultTcpConnectionOffloadConfiguration;
    PNDIS_TCP_CONNECTION_OFFLOAD TcpConnectionOffloadHardwareCapabilities;
} NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1                                     \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES,                                 \
                             TcpConnectionOffloadHardwareCapabilities)

/* Any one of the attribute blocks; Header.Type says which. */
typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
    NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES AddDeviceRegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES GeneralAttributes;
    NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES OffloadAttributes;
} NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisMSetMiniportAttributes(_In_ NDIS_HANDLE MiniportAdapterHandle,
                           _In_ PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes);

/* Completions of operations a miniport returned NDIS_STATUS_PENDING for. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisMPauseComplete(_In_ NDIS_HANDLE MiniportAdapterHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisMRestartComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_STATUS Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisMResetComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_STATUS Status,
                   _In_ BOOLEAN AddressingReset);

/* The device objects and resources behind an adapter. */
_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisMGetDeviceProperty(_In_ NDIS_HANDLE MiniportAdapterHandle, _Inout_opt_ PDEVICE_OBJECT *PhysicalDeviceObject,
                       _Inout_opt_ PDEVICE_OBJECT *FunctionalDeviceObject,
                       _Inout_opt_ PDEVICE_OBJECT *NextDeviceObject,
                       _Inout_opt_ PCM_RESOURCE_LIST *AllocatedResources,
                       _Inout_opt_ PCM_RESOURCE_LIST *AllocatedResourcesTranslated);

/* ---------------------------------------------------------------------------------------------------
 * Interrupts (line-based and message-signalled)
 * ------------------------------------------------------------------------------------------------- */
typedef enum _NDIS_INTERRUPT_TYPE {
    NDIS_CONNECT_LINE_BASED = 1,
    NDIS_CONNECT_MESSAGE_BASED
} NDIS_INTERRUPT_TYPE, *PNDIS_INTERRUPT_TYPE;

typedef
_Function_class_(MINIPORT_ISR)
_IRQL_requires_min_(DISPATCH_LEVEL + 1)
BOOLEAN
(MINIPORT_ISR)(_In_ NDIS_HANDLE MiniportInterruptContext, _Out_ PBOOLEAN QueueDefaultInterruptDpc,
               _Out_ PULONG TargetProcessors);
typedef MINIPORT_ISR *MINIPORT_ISR_HANDLER;

typedef
_Function_class_(MINIPORT_INTERRUPT_DPC)
_IRQL_requires_(DISPATCH_LEVEL)
VOID
(MINIPORT_INTERRUPT_DPC)(_In_ NDIS_HANDLE MiniportInterruptContext, _In_ PVOID MiniportDpcContext,
                         _In_ PVOID ReceiveThrottleParameters, _In_ PVOID NdisReserved2);
typedef MINIPORT_INTERRUPT_DPC *MINIPORT_INTERRUPT_DPC_HANDLER;

typedef
_Function_class_(MINIPORT_ENABLE_INTERRUPT)
VOID
(MINIPORT_ENABLE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_ENABLE_INTERRUPT *MINIPORT_ENABLE_INTERRUPT_HANDLER;

typedef
_Function_class_(MINIPORT_DISABLE_INTERRUPT)
VOID
(MINIPORT_DISABLE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_DISABLE_INTERRUPT *MINIPORT_DISABLE_INTERRUPT_HANDLER;

typedef
_Function_class_(MINIPORT_MESSAGE_INTERRUPT)
BOOLEAN
(MINIPORT_MESSAGE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext, _In_ ULONG MessageId,
                             _Out_ PBOOLEAN QueueDefaultInterruptDpc, _Out_ PULONG TargetProcessors);
typedef MINIPORT_MESSAGE_INTERRUPT *MINIPORT_MSI_ISR_HANDLER;

typedef
_Function_class_(MINIPORT_MESSAGE_INTERRUPT_DPC)
_IRQL_requires_(DISPATCH_LEVEL)
VOID
(MINIPORT_MESSAGE_INTERRUPT_DPC)(_In_ NDIS_HANDLE MiniportInterruptContext, _In_ ULONG MessageId,
                                 _In_ PVOID MiniportDpcContext, _In_ PVOID ReceiveThrottleParameters,
                                 _In_ PVOID NdisReserved2);
typedef MINIPORT_MESSAGE_INTERRUPT_DPC *MINIPORT_MSI_INTERRUPT_DPC_HANDLER;

typedef
_Function_class_(MINIPORT_ENABLE_MESSAGE_INTERRUPT)
VOID
(MINIPORT_ENABLE_MESSAGE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext, _In_ ULONG MessageId);
typedef MINIPORT_ENABLE_MESSAGE_INTERRUPT *MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER;

typedef
_Function_class_(MINIPORT_DISABLE_MESSAGE_INTERRUPT)
VOID
(MINIPORT_DISABLE_MESSAGE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext, _In_ ULONG MessageId);
typedef MINIPORT_DISABLE_MESSAGE_INTERRUPT *MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER;

typedef
_Function_class_(MINIPORT_SYNCHRONIZE_INTERRUPT)
BOOLEAN
(MINIPORT_SYNCHRONIZE_INTERRUPT)(_In_ NDIS_HANDLE SynchronizeContext);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT *MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER;

typedef struct _NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT */
    MINIPORT_ISR_HANDLER InterruptHandler;
    MINIPORT_INTERRUPT_DPC_HANDLER InterruptDpcHandler;
    MINIPORT_DISABLE_INTERRUPT_HANDLER DisableInterruptHandler;
    MINIPORT_ENABLE_INTERRUPT_HANDLER EnableInterruptHandler;
    BOOLEAN MsiSupported;
    BOOLEAN MsiSyncWithAllMessages;
    MINIPORT_MSI_ISR_HANDLER MessageInterruptHandler;
    MINIPORT_MSI_INTERRUPT_DPC_HANDLER MessageInterruptDpcHandler;
    MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER DisableMessageInterruptHandler;
    MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER EnableMessageInterruptHandler;
    NDIS_INTERRUPT_TYPE InterruptType;
    PIO_INTERRUPT_MESSAGE_INFO MessageInfoTable;
} NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS, *PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS;

#define NDIS_MINIPORT_INTERRUPT_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1                                      \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS, MessageInfoTable)

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisMRegisterInterruptEx(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_HANDLE MiniportInterruptContext,
                         _In_ PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics,
                         _Out_ PNDIS_HANDLE NdisInterruptHandle);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisMDeregisterInterruptEx(_In_ NDIS_HANDLE NdisInterruptHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN
NdisMSynchronizeWithInterruptEx(_In_ NDIS_HANDLE NdisInterruptHandle, _In_ ULONG MessageId,
                                _In_ MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER SynchronizeFunction,
                                _In_ PVOID SynchronizeContext);

/* ---------------------------------------------------------------------------------------------------
 * Configuration (registry parameters of the adapter) and bus data
 * ------------------------------------------------------------------------------------------------- */
typedef struct _NDIS_CONFIGURATION_OBJECT {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT */
    NDIS_HANDLE NdisHandle;
    ULONG Flags;
} NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;

#define NDIS_CONFIGURATION_OBJECT_REVISION_1 1
#define NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1                                                    \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_CONFIGURATION_OBJECT, Flags)
#define NDIS_CONFIG_FLAG_FILTER_INSTANCE_CONFIGURATION 0x00000001

typedef enum _NDIS_PARAMETER_TYPE {
    NdisParameterInteger,
    NdisParameterHexInteger,
    NdisParameterString,
    NdisParameterMultiString,
    NdisParameterBinary
} NDIS_PARAMETER_TYPE, *PNDIS_PARAMETER_TYPE;

typedef struct _BINARY_DATA {
    USHORT Length;
    PVOID Buffer;
} BINARY_DATA;

typedef struct _NDIS_CONFIGURATION_PARAMETER {
    NDIS_PARAMETER_TYPE ParameterType;
    union {
        ULONG IntegerData;
        NDIS_STRING StringData;
        BINARY_DATA BinaryData;
    } ParameterData;
} NDIS_CONFIGURATION_PARAMETER, *PNDIS_CONFIGURATION_PARAMETER;

/* Opens the adapter's (or driver's) parameters key; close with NdisCloseConfiguration. */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisOpenConfigurationEx(_In_ PNDIS_CONFIGURATION_OBJECT ConfigObject, _Out_ PNDIS_HANDLE ConfigurationHandle);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisReadConfiguration(_Out_ PNDIS_STATUS Status, _Out_ PNDIS_CONFIGURATION_PARAMETER *ParameterValue,
                      _In_ NDIS_HANDLE ConfigurationHandle, _In_ PNDIS_STRING Keyword,
                      _In_ NDIS_PARAMETER_TYPE ParameterType);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisWriteConfiguration(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE ConfigurationHandle,
                       _In_ PNDIS_STRING Keyword, _In_ PNDIS_CONFIGURATION_PARAMETER ParameterValue);

/* The locally administered MAC address (NetworkAddress keyword), if the user set one. */
_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisReadNetworkAddress(_Out_ PNDIS_STATUS Status, _Outptr_result_bytebuffer_to_(*NetworkAddressLength, *NetworkAddressLength) PVOID *NetworkAddress,
                       _Out_ PUINT NetworkAddressLength, _In_ NDIS_HANDLE ConfigurationHandle);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisCloseConfiguration(_In_ NDIS_HANDLE ConfigurationHandle);

#ifndef PCI_WHICHSPACE_CONFIG
#define PCI_WHICHSPACE_CONFIG 0x0
#define PCI_WHICHSPACE_ROM 0x52696350
#endif

/* Reads/writes the adapter's bus configuration space; returns the number of bytes transferred. */
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG
NdisMGetBusData(_In_ NDIS_HANDLE NdisMiniportHandle, _In_ ULONG WhichSpace, _In_ ULONG Offset,
                _Out_writes_bytes_(Length) PVOID Buffer, _In_ ULONG Length);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG
NdisMSetBusData(_In_ NDIS_HANDLE NdisMiniportHandle, _In_ ULONG WhichSpace, _In_ ULONG Offset,
                _In_reads_bytes_(Length) PVOID Buffer, _In_ ULONG Length);

/* ---------------------------------------------------------------------------------------------------
 * Older NDIS helpers that NDIS 6 drivers still use: list and interlocked macros, the NDIS 5
 * reader/writer lock, mutex macros, IRQL macros, lookaside lists, strings and physical addresses
 * ------------------------------------------------------------------------------------------------- */
#define NdisInitializeListHead(ListHead) InitializeListHead(ListHead)
#define NdisInterlockedInsertHeadList(ListHead, ListEntry, Lock)                                       \
    ExInterlockedInsertHeadList((ListHead), (ListEntry), &(Lock)->SpinLock)
#define NdisInterlockedInsertTailList(ListHead, ListEntry, Lock)                                       \
    ExInterlockedInsertTailList((ListHead), (ListEntry), &(Lock)->SpinLock)
#define NdisInterlockedRemoveHeadList(ListHead, Lock) ExInterlockedRemoveHeadList((ListHead), &(Lock)->SpinLock)
#define NdisInterlockedPushEntryList(ListHead, ListEntry, Lock)                                        \
    ExInterlockedPushEntryList((ListHead), (ListEntry), &(Lock)->SpinLock)
#define NdisInterlockedPopEntryList(ListHead, Lock) ExInterlockedPopEntryList((ListHead), &(Lock)->SpinLock)
#define NdisInitializeSListHead(SListHead) InitializeSListHead(SListHead)
#define NdisInterlockedPushEntrySList(SListHead, SListEntry, Lock)                                     \
    ExInterlockedPushEntrySList((SListHead), (SListEntry), &(Lock)->SpinLock)
#define NdisInterlockedPopEntrySList(SListHead, Lock) ExInterlockedPopEntrySList((SListHead), &(Lock)->SpinLock)
#define NdisQueryDepthSList(SListHead) ExQueryDepthSList(SListHead)
#define NdisInterlockedAddLargeStatistic(Addend, Increment)                                            \
    InterlockedExchangeAdd64((LONG64 volatile *)(Addend), (LONG64)(Increment))

/* NDIS 5 reader/writer lock: per-processor reference counts behind a spin lock. A LOCK_STATE on the
 * caller's stack records each acquisition. NDIS 6.20 drivers use NDIS_RW_LOCK_EX instead. */
typedef union _NDIS_RW_LOCK_REFCOUNT {
    ULONG RefCount;
    UCHAR cacheLine[16];
} NDIS_RW_LOCK_REFCOUNT;

typedef struct _NDIS_RW_LOCK {
    union {
        struct {
            KSPIN_LOCK SpinLock;
            PVOID Context;
        };
        UCHAR Reserved[16];
    };
    union {
        NDIS_RW_LOCK_REFCOUNT RefCount[MAXIMUM_PROCESSORS];
        ULONG RefCountEx[sizeof(NDIS_RW_LOCK_REFCOUNT) / sizeof(ULONG) * MAXIMUM_PROCESSORS];
    };
} NDIS_RW_LOCK, *PNDIS_RW_LOCK;

typedef struct _LOCK_STATE {
    USHORT LockState;
    KIRQL OldIrql;
} LOCK_STATE, *PLOCK_STATE;

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisInitializeReadWriteLock(_Out_ PNDIS_RW_LOCK Lock);

/* fWrite TRUE: exclusive. Raises to DISPATCH_LEVEL until NdisReleaseReadWriteLock. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisAcquireReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock, _In_ BOOLEAN fWrite, _Out_ PLOCK_STATE LockState);

_IRQL_requires_(DISPATCH_LEVEL)
VOID
NdisReleaseReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock, _In_ PLOCK_STATE LockState);

/* A kernel mutex under NDIS names. */
typedef KMUTEX NDIS_MUTEX, *PNDIS_MUTEX;
#define NDIS_INIT_MUTEX(Mutex) KeInitializeMutex((Mutex), 0xFFFF)
#define NDIS_RELEASE_MUTEX(Mutex) KeReleaseMutex((Mutex), FALSE)
#define NDIS_WAIT_FOR_MUTEX(Mutex)                                                                     \
    KeWaitForSingleObject((Mutex), Executive, KernelMode, FALSE, (PLARGE_INTEGER)NULL)

#define NDIS_CURRENT_IRQL() KeGetCurrentIrql()
#define NDIS_RAISE_IRQL_TO_DISPATCH(pIrql) KeRaiseIrql(DISPATCH_LEVEL, (pIrql))
#define NDIS_LOWER_IRQL(OldIrql, CurIrql)                                                              \
    do {                                                                                               \
        if ((OldIrql) != (CurIrql)) {                                                                  \
            KeLowerIrql(OldIrql);                                                                      \
        }                                                                                              \
    } while (0)

/* Nonpaged lookaside lists. */
#define NdisInitializeNPagedLookasideList(Lookaside, Allocate, Free, Flags, Size, Tag, Depth)          \
    ExInitializeNPagedLookasideList((Lookaside), (Allocate), (Free), (Flags), (Size), (Tag), (Depth))
#define NdisDeleteNPagedLookasideList(Lookaside) ExDeleteNPagedLookasideList(Lookaside)
#define NdisAllocateFromNPagedLookasideList(Lookaside) ExAllocateFromNPagedLookasideList(Lookaside)
#define NdisFreeToNPagedLookasideList(Lookaside, Entry) ExFreeToNPagedLookasideList((Lookaside), (Entry))

#define NdisEqualString(String1, String2, CaseInsensitive)                                             \
    RtlEqualUnicodeString((String1), (String2), (CaseInsensitive))
#define NdisUpcaseUnicodeString(Destination, Source) RtlUpcaseUnicodeString((Destination), (Source), FALSE)
#define NdisAnsiStringToUnicodeString(Destination, Source)                                             \
    RtlAnsiStringToUnicodeString((Destination), (Source), FALSE)
#define NdisUnicodeStringToAnsiString(Destination, Source)                                             \
    RtlUnicodeStringToAnsiString((Destination), (Source), FALSE)

#define NdisGetPhysicalAddressHigh(PhysicalAddress) ((PhysicalAddress).HighPart)
#define NdisGetPhysicalAddressLow(PhysicalAddress) ((PhysicalAddress).LowPart)
#define NdisSetPhysicalAddressHigh(PhysicalAddress, Value) ((PhysicalAddress).HighPart) = (Value)
#define NdisSetPhysicalAddressLow(PhysicalAddress, Value) ((PhysicalAddress).LowPart) = (Value)

/* MDL chain helpers. */
#define NDIS_MDL_LINKAGE(Mdl) ((Mdl)->Next)
#define NdisAdjustMdlLength(Mdl, Length) ((Mdl)->ByteCount = (Length))
#define NdisQueryMdlOffset(Mdl, Offset, Length)                                                        \
    do {                                                                                               \
        *(Offset) = MmGetMdlByteOffset(Mdl);                                                           \
        *(Length) = MmGetMdlByteCount(Mdl);                                                            \
    } while (0)

/* Lookaside-list allocate/free roles. They belong to wdm.h, which in mingw-w64 has only the pointer
 * types; NDIS drivers declare their lookaside callbacks with them. Guarded so that a wdm.h that gains
 * them can define DRVLS_WDM_LOOKASIDE_ROLES and win. */
#ifndef DRVLS_WDM_LOOKASIDE_ROLES
#define DRVLS_WDM_LOOKASIDE_ROLES
typedef
_Function_class_(ALLOCATE_FUNCTION)
_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID
NTAPI
ALLOCATE_FUNCTION(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);

typedef
_Function_class_(FREE_FUNCTION)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NTAPI
FREE_FUNCTION(_In_ PVOID Buffer);
#endif

/* Cache-line alignment NDIS recommends for data shared between processors. */
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG
NdisGetSharedDataAlignment(VOID);

/* Upper byte for send cancel identifiers unique to the calling driver. */
_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR
NdisGeneratePartialCancelId(VOID);

/* Static-analysis hints that the context handed to NDIS is of the given type; empty here. */
#define NDIS_DECLARE_MINIPORT_DRIVER_CONTEXT(Type)
#define NDIS_DECLARE_MINIPORT_ADAPTER_CONTEXT(Type)
#define NDIS_DECLARE_MINIPORT_INTERRUPT_CONTEXT(Type)
#define NDIS_DECLARE_FILTER_DRIVER_CONTEXT(Type)
#define NDIS_DECLARE_FILTER_MODULE_CONTEXT(Type)
#define NDIS_DECLARE_PROTOCOL_DRIVER_CONTEXT(Type)
#define NDIS_DECLARE_PROTOCOL_OPEN_CONTEXT(Type)

/* ---------------------------------------------------------------------------------------------------
 * More status codes (NDIS 6.20+ indications, the Hyper-V switch, data-path results)
 * ------------------------------------------------------------------------------------------------- */
#define NDIS_STATUS_DATA_NOT_ACCEPTED ((NDIS_STATUS)0xC000011BL)
#define NDIS_STATUS_INVALID_STATE ((NDIS_STATUS)0xC0000184L)
#define NDIS_STATUS_OFFLOAD_PAUSE ((NDIS_STATUS)0x40020001L)
#define NDIS_STATUS_UPLOAD_ALL ((NDIS_STATUS)0x40020002L)
#define NDIS_STATUS_OFFLOAD_RESUME ((NDIS_STATUS)0x40020003L)
#define NDIS_STATUS_TASK_OFFLOAD_CURRENT_CONFIG ((NDIS_STATUS)0x40020006L)
#define NDIS_STATUS_TASK_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020007L)
#define NDIS_STATUS_HD_SPLIT_CURRENT_CONFIG ((NDIS_STATUS)0x4002000CL)
#define NDIS_STATUS_RECEIVE_QUEUE_STATE ((NDIS_STATUS)0x4002000DL)
#define NDIS_STATUS_QOS_OPERATIONAL_PARAMETERS_CHANGE ((NDIS_STATUS)0x400200A0L)
#define NDIS_STATUS_QOS_REMOTE_PARAMETERS_CHANGE ((NDIS_STATUS)0x400200A1L)
#define NDIS_STATUS_SWITCH_PORT_REMOVE_VF ((NDIS_STATUS)0xC0241001L)
#define NDIS_STATUS_SWITCH_NIC_STATUS ((NDIS_STATUS)0xC0241002L)

/* ---------------------------------------------------------------------------------------------------
 * Per-NET_BUFFER_LIST out-of-band information and data-path helpers
 * ------------------------------------------------------------------------------------------------- */

/* Ieee8021QNetBufferListInfo: the 802.1Q tag of a packet. */
typedef struct _NDIS_NET_BUFFER_LIST_8021Q_INFO {
    union {
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 Reserved : 16;
        } TagHeader;
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 WMMInfo : 4;
            UINT32 Reserved : 12;
        } WLanTagHeader;
        PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_8021Q_INFO, *PNDIS_NET_BUFFER_LIST_8021Q_INFO;

/* TcpIpChecksumNetBufferListInfo: checksum offload requests (send) and results (receive). */
typedef struct _NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO {
    union {
        struct {
            ULONG IsIPv4 : 1;
            ULONG IsIPv6 : 1;
            ULONG TcpChecksum : 1;
            ULONG UdpChecksum : 1;
            ULONG IpHeaderChecksum : 1;
            ULONG Reserved : 11;
            ULONG TcpHeaderOffset : 10;
        } Transmit;
        struct {
            ULONG TcpChecksumFailed : 1;
            ULONG UdpChecksumFailed : 1;
            ULONG IpChecksumFailed : 1;
            ULONG TcpChecksumSucceeded : 1;
            ULONG UdpChecksumSucceeded : 1;
            ULONG IpChecksumSucceeded : 1;
            ULONG Loopback : 1;
            ULONG TcpChecksumValueInvalid : 1;
            ULONG IpChecksumValueInvalid : 1;
        } Receive;
        PVOID Value;
    };
} NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO, *PNDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO;

/* TcpLargeSendNetBufferListInfo: large send offload parameters and completion. */
#define NDIS_TCP_LARGE_SEND_OFFLOAD_V1_TYPE 0
#define NDIS_TCP_LARGE_SEND_OFFLOAD_V2_TYPE 1
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv4 0
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv6 1

typedef struct _NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO {
    union {
        struct {
            ULONG Unused : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } Transmit;
        struct {
            ULONG MSS : 20;
            ULONG TcpHeaderOffset : 10;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV1Transmit;
        struct {
            ULONG TcpPayload : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV1TransmitComplete;
        struct {
            ULONG MSS : 20;
            ULONG TcpHeaderOffset : 10;
            ULONG Type : 1;
            ULONG IPVersion : 1;
        } LsoV2Transmit;
        struct {
            ULONG Reserved : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV2TransmitComplete;
        PVOID Value;
    };
} NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO, *PNDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO;

/* NetBufferListFilteringInfo: the receive filter and queue (or VPort) that accepted a packet. */
typedef struct _NDIS_NET_BUFFER_LIST_FILTERING_INFO {
    union {
        struct {
            USHORT FilterId;
            union {
                USHORT QueueId;
                USHORT VPortId;
            };
        } FilteringInfo;
        PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_FILTERING_INFO, *PNDIS_NET_BUFFER_LIST_FILTERING_INFO;

#define NET_BUFFER_LIST_RECEIVE_FILTER_ID(Nbl)                                                         \
    (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO((Nbl), NetBufferListFilteringInfo))  \
         ->FilteringInfo.FilterId)
#define NET_BUFFER_LIST_RECEIVE_QUEUE_ID(Nbl)                                                          \
    (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO((Nbl), NetBufferListFilteringInfo))  \
         ->FilteringInfo.QueueId)
#define NET_BUFFER_LIST_RECEIVE_FILTER_VPORT_ID(Nbl)                                                   \
    (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO((Nbl), NetBufferListFilteringInfo))  \
         ->FilteringInfo.VPortId)

/* Frame type (EtherType) a protocol binds to. */
typedef USHORT NET_FRAME_TYPE, *PNET_FRAME_TYPE;

/* Flags bits a driver may keep in NET_BUFFER_LIST.Flags: the protocol-reserved range. */
#define NBL_FLAGS_PROTOCOL_RESERVED 0xFFF00000
#define NBL_FLAGS_MINIPORT_RESERVED 0x0000F000
#define NBL_FLAGS_SCRATCH 0x000F0000
#define NBL_PROT_RSVD_FLAGS NBL_FLAGS_PROTOCOL_RESERVED
#define NBL_SET_PROT_RSVD_FLAG(Nbl, Flag) ((Nbl)->Flags |= ((Flag) & NBL_PROT_RSVD_FLAGS))
#define NBL_CLEAR_PROT_RSVD_FLAG(Nbl, Flag) ((Nbl)->Flags &= ~((Flag) & NBL_PROT_RSVD_FLAGS))
#define NBL_TEST_PROT_RSVD_FLAG(Nbl, Flag) ((Nbl)->Flags & ((Flag) & NBL_PROT_RSVD_FLAGS))
#define NdisSetNblFlag(Nbl, Flag) ((Nbl)->NblFlags |= (Flag))
#define NdisClearNblFlag(Nbl, Flag) ((Nbl)->NblFlags &= ~(Flag))
#define NdisTestNblFlag(Nbl, Flag) (((Nbl)->NblFlags & (Flag)) != 0)

/* Flag helpers of the send, receive and return paths, and the flags the receive path adds. */
#define NDIS_RECEIVE_FLAGS_MORE_NBLS 0x00000008
#define NDIS_RECEIVE_FLAGS_SHARED_MEMORY_INFO_VALID 0x00000010
#define NDIS_RECEIVE_FLAGS_SWITCH_SINGLE_SOURCE 0x00001000
#define NDIS_RECEIVE_FLAGS_SWITCH_DESTINATION_GROUP 0x00002000
#define NDIS_SEND_FLAGS_SWITCH_DESTINATION_GROUP 0x00000010
#define NDIS_SEND_FLAGS_SWITCH_SINGLE_SOURCE 0x00000020
#define NDIS_SEND_COMPLETE_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004
#define NDIS_RETURN_FLAGS_SWITCH_SINGLE_SOURCE 0x00000002
#define NDIS_TEST_RECEIVE_FLAG(Flags, Flag) (((Flags) & (Flag)) == (Flag))
#define NDIS_SET_RECEIVE_FLAG(Flags, Flag) ((Flags) |= (Flag))
#define NDIS_TEST_RECEIVE_CAN_PEND(Flags) (((Flags) & NDIS_RECEIVE_FLAGS_RESOURCES) == 0)
#define NDIS_TEST_RECEIVE_CANNOT_PEND(Flags) (((Flags) & NDIS_RECEIVE_FLAGS_RESOURCES) != 0)
#define NDIS_SET_SEND_FLAG(Flags, Flag) ((Flags) |= (Flag))
#define NDIS_SET_SEND_COMPLETE_FLAG(Flags, Flag) ((Flags) |= (Flag))
#define NDIS_TEST_SEND_COMPLETE_FLAG(Flags, Flag) (((Flags) & (Flag)) == (Flag))
#define NDIS_SET_RETURN_FLAG(Flags, Flag) ((Flags) |= (Flag))
#define NDIS_TEST_RETURN_FLAG(Flags, Flag) (((Flags) & (Flag)) == (Flag))

/* Context area in front of a list's data, allocated with NdisAllocateNetBufferListContext. */
struct _NET_BUFFER_LIST_CONTEXT {
    PNET_BUFFER_LIST_CONTEXT Next;
    USHORT Size;
    USHORT Offset;
    UCHAR ContextData[1];
};

#define NET_BUFFER_LIST_CONTEXT_DATA_START(Nbl)                                                        \
    ((PVOID)(((Nbl)->Context)->ContextData + ((Nbl)->Context)->Offset))
#define NET_BUFFER_LIST_CONTEXT_DATA_SIZE(Nbl) ((((Nbl)->Context)->Size) - (((Nbl)->Context)->Offset))

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisAllocateNetBufferListContext(_In_ PNET_BUFFER_LIST NetBufferList, _In_ USHORT ContextSize,
                                 _In_ USHORT ContextBackFill, _In_ ULONG PoolTag);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeNetBufferListContext(_In_ PNET_BUFFER_LIST NetBufferList, _In_ USHORT ContextSize);

/* Pools of NET_BUFFER structures, and single NET_BUFFERs. */
typedef struct _NET_BUFFER_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_DEFAULT, revision 1 */
    ULONG PoolTag;
    ULONG DataSize;
} NET_BUFFER_POOL_PARAMETERS, *PNET_BUFFER_POOL_PARAMETERS;

#define NET_BUFFER_POOL_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1                                              \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_POOL_PARAMETERS, DataSize)

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_HANDLE
NdisAllocateNetBufferPool(_In_opt_ NDIS_HANDLE NdisHandle, _In_ PNET_BUFFER_POOL_PARAMETERS Parameters);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeNetBufferPool(_In_ NDIS_HANDLE PoolHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
PNET_BUFFER
NdisAllocateNetBuffer(_In_ NDIS_HANDLE PoolHandle, _In_opt_ PMDL MdlChain, _In_ ULONG DataOffset,
                      _In_ SIZE_T DataLength);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeNetBuffer(_In_ PNET_BUFFER NetBuffer);

/* Moves DataOffset back by DataOffsetDelta (allocating MDL space as needed) / forward again. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisRetreatNetBufferDataStart(_In_ PNET_BUFFER NetBuffer, _In_ ULONG DataOffsetDelta, _In_ ULONG DataBackFill,
                              _In_opt_ PVOID AllocateMdlHandler);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisAdvanceNetBufferDataStart(_In_ PNET_BUFFER NetBuffer, _In_ ULONG DataOffsetDelta, _In_ BOOLEAN FreeMdl,
                              _In_opt_ PVOID FreeMdlHandler);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisRetreatNetBufferListDataStart(_In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG DataOffsetDelta,
                                  _In_ ULONG DataBackFill, _In_opt_ PVOID AllocateMdlHandler,
                                  _In_opt_ PVOID FreeMdlHandler);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisAdvanceNetBufferListDataStart(_In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG DataOffsetDelta,
                                  _In_ BOOLEAN FreeMdl, _In_opt_ PVOID FreeMdlMdlHandler);

/* Copies packet data between two NET_BUFFERs; *BytesCopied says how much was copied. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisCopyFromNetBufferToNetBuffer(_In_ PNET_BUFFER Destination, _In_ ULONG DestinationOffset,
                                 _In_ ULONG BytesToCopy, _In_ PNET_BUFFER Source, _In_ ULONG SourceOffset,
                                 _Out_ PULONG BytesCopied);

/* Clones and copies of a NET_BUFFER_LIST (NDIS_CLONE_FLAGS_*, NDIS_COPY_FLAGS_*). */
#define NDIS_CLONE_FLAGS_RESERVED 0x00000001
#define NDIS_CLONE_FLAGS_USE_ORIGINAL_MDLS 0x00000002

_IRQL_requires_max_(DISPATCH_LEVEL)
PNET_BUFFER_LIST
NdisAllocateCloneNetBufferList(_In_ PNET_BUFFER_LIST OriginalNetBufferList,
                               _In_opt_ NDIS_HANDLE NetBufferListPoolHandle,
                               _In_opt_ NDIS_HANDLE NetBufferPoolHandle, _In_ ULONG AllocateCloneFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeCloneNetBufferList(_In_ PNET_BUFFER_LIST CloneNetBufferList, _In_ ULONG FreeCloneFlags);

/* Shared memory segments behind a NET_BUFFER (VMQ and the like). */
struct _NET_BUFFER_SHARED_MEMORY {
    PNET_BUFFER_SHARED_MEMORY NextSharedMemorySegment;
    ULONG SharedMemoryFlags;
    NDIS_HANDLE SharedMemoryHandle;
    ULONG SharedMemoryOffset;
    ULONG SharedMemoryLength;
};

#define NET_BUFFER_FIRST_SHARED_MEM_INFO(Nb) ((Nb)->SharedMemoryInfo)
#define NET_BUFFER_SHARED_MEM_NEXT_SEGMENT(Shm) ((Shm)->NextSharedMemorySegment)
#define NET_BUFFER_SHARED_MEM_FLAGS(Shm) ((Shm)->SharedMemoryFlags)
#define NET_BUFFER_SHARED_MEM_HANDLE(Shm) ((Shm)->SharedMemoryHandle)
#define NET_BUFFER_SHARED_MEM_OFFSET(Shm) ((Shm)->SharedMemoryOffset)
#define NET_BUFFER_SHARED_MEM_LENGTH(Shm) ((Shm)->SharedMemoryLength)
#define NET_BUFFER_SCATTER_GATHER_LIST(Nb) ((Nb)->ScatterGatherList)

/* ---------------------------------------------------------------------------------------------------
 * Network PnP events delivered to protocol and filter drivers (NDIS 6 wrapper of NET_PNP_EVENT)
 * ------------------------------------------------------------------------------------------------- */
typedef struct _NET_PNP_EVENT_NOTIFICATION {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_DEFAULT */
    NDIS_PORT_NUMBER PortNumber;
    NET_PNP_EVENT NetPnPEvent;
    ULONG Flags;
} NET_PNP_EVENT_NOTIFICATION, *PNET_PNP_EVENT_NOTIFICATION;

#define NET_PNP_EVENT_NOTIFICATION_REVISION_1 1
#define NDIS_SIZEOF_NET_PNP_EVENT_NOTIFICATION_REVISION_1                                              \
    RTL_SIZEOF_THROUGH_FIELD(NET_PNP_EVENT_NOTIFICATION, Flags)

/* Attributes a restart hands along (NDIS_RESTART_ATTRIBUTES.Oid == OID_GEN_MINIPORT_RESTART_ATTRIBUTES). */
typedef struct _NDIS_RESTART_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_RESTART_GENERAL_ATTRIBUTES */
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG LookaheadSize;
    ULONG MacOptions;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
    NET_IF_ACCESS_TYPE AccessType;
    ULONG Flags;
    NET_IF_CONNECTION_TYPE ConnectionType;
    ULONG SupportedStatistics;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    PNDIS_OID SupportedOidList;
    ULONG SupportedOidListLength;
    ULONG MaxLookahead;
} NDIS_RESTART_GENERAL_ATTRIBUTES, *PNDIS_RESTART_GENERAL_ATTRIBUTES;

#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_RESTART_GENERAL_ATTRIBUTES_REVISION_1                                              \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RESTART_GENERAL_ATTRIBUTES, SupportedOidListLength)
#define NDIS_SIZEOF_RESTART_GENERAL_ATTRIBUTES_REVISION_2                                              \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RESTART_GENERAL_ATTRIBUTES, MaxLookahead)

/* NDIS_PORT (an NDIS port of a miniport adapter, listed in the bind parameters) comes from ntddndis.h. */

/* ---------------------------------------------------------------------------------------------------
 * Protocol drivers: roles, registration, binding and the protocol-side data and request paths
 * ------------------------------------------------------------------------------------------------- */
#define NDIS_PROTOCOL_MAJOR_VERSION (DRVLS_NDIS_TARGET / 100)
#define NDIS_PROTOCOL_MINOR_VERSION DRVLS_NDIS_MINOR

/* What ProtocolBindAdapterEx learns about the miniport adapter it is asked to bind to. */
typedef struct _NDIS_BIND_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_BIND_PARAMETERS */
    PNDIS_STRING ProtocolSection;
    PNDIS_STRING AdapterName;
    PDEVICE_OBJECT PhysicalDeviceObject;
    NDIS_MEDIUM MediaType;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 XmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG LookaheadSize;
    PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    USHORT MacAddressLength;
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    PNDIS_RECEIVE_SCALE_CAPABILITIES RcvScaleCapabilities;
    NET_LUID BoundIfNetluid;
    NET_IFINDEX BoundIfIndex;
    NET_LUID LowestIfNetluid;
    NET_IFINDEX LowestIfIndex;
    NET_IF_ACCESS_TYPE AccessType;
    NET_IF_DIRECTION_TYPE DirectionType;
    NET_IF_CONNECTION_TYPE ConnectionType;
    NET_IFTYPE IfType;
    BOOLEAN IfConnectorPresent;
    PNDIS_PORT ActivePorts;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    ULONG MacOptions;
    NET_IF_COMPARTMENT_ID CompartmentId;
    PNDIS_OFFLOAD DefaultOffloadConfiguration;
    PNDIS_TCP_CONNECTION_OFFLOAD TcpConnectionOffloadCapabilities;
    PNDIS_STRING BoundAdapterName;
#if NDIS_SUPPORT_NDIS61
    PNDIS_HD_SPLIT_CURRENT_CONFIG HDSplitCurrentConfig;
#endif
#if NDIS_SUPPORT_NDIS620
    PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
    PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
    PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
#endif
#if NDIS_SUPPORT_NDIS630
    BOOLEAN NDKEnabled;
    PNDIS_NDK_CAPABILITIES NDKCapabilities;
    PNDIS_SRIOV_CAPABILITIES SriovCapabilities;
    PNDIS_NIC_SWITCH_INFO_ARRAY NicSwitchArray;
#endif
} NDIS_BIND_PARAMETERS, *PNDIS_BIND_PARAMETERS;

#define NDIS_BIND_PARAMETERS_REVISION_1 1
#define NDIS_BIND_PARAMETERS_REVISION_2 2
#define NDIS_BIND_PARAMETERS_REVISION_3 3
#define NDIS_BIND_PARAMETERS_REVISION_4 4

/* What a protocol passes to NdisOpenAdapterEx. */
typedef struct _NDIS_OPEN_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_OPEN_PARAMETERS */
    PNDIS_STRING AdapterName;
    PNDIS_MEDIUM MediumArray;
    UINT MediumArraySize;
    PUINT SelectedMediumIndex;
    PNET_FRAME_TYPE FrameTypeArray;
    UINT FrameTypeArraySize;
} NDIS_OPEN_PARAMETERS, *PNDIS_OPEN_PARAMETERS;

#define NDIS_OPEN_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1                                                         \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_OPEN_PARAMETERS, FrameTypeArraySize)

/* NetEventRestart / NetEventPause buffers of a protocol binding. */
typedef struct _NDIS_PROTOCOL_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_PROTOCOL_RESTART_PARAMETERS */
    PUCHAR FilterModuleNameBuffer;
    ULONG FilterModuleNameBufferLength;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX BoundIfIndex;
    NET_LUID BoundIfNetluid;
    ULONG Flags;
} NDIS_PROTOCOL_RESTART_PARAMETERS, *PNDIS_PROTOCOL_RESTART_PARAMETERS;

#define NDIS_PROTOCOL_RESTART_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_PROTOCOL_RESTART_PARAMETERS_REVISION_1                                             \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_RESTART_PARAMETERS, Flags)

typedef struct _NDIS_PROTOCOL_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_PROTOCOL_PAUSE_PARAMETERS, *PNDIS_PROTOCOL_PAUSE_PARAMETERS;

#define NDIS_PROTOCOL_PAUSE_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_PROTOCOL_PAUSE_PARAMETERS_REVISION_1                                               \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_PAUSE_PARAMETERS, PauseReason)

/* ProtocolSetOptions: register optional services while NdisRegisterProtocolDriver runs. */
typedef
_Function_class_(PROTOCOL_SET_OPTIONS)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(PROTOCOL_SET_OPTIONS)(_In_ NDIS_HANDLE NdisDriverHandle, _In_ NDIS_HANDLE DriverContext);

/* ProtocolBindAdapterEx: open the adapter (NdisOpenAdapterEx); may pend and complete with
 * NdisCompleteBindAdapterEx. */
typedef
_Function_class_(PROTOCOL_BIND_ADAPTER_EX)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(PROTOCOL_BIND_ADAPTER_EX)(_In_ NDIS_HANDLE ProtocolDriverContext, _In_ NDIS_HANDLE BindContext,
                           _In_ PNDIS_BIND_PARAMETERS BindParameters);
typedef PROTOCOL_BIND_ADAPTER_EX *BIND_HANDLER_EX;

/* ProtocolUnbindAdapterEx: close the binding (NdisCloseAdapterEx); may pend and complete with
 * NdisCompleteUnbindAdapterEx. */
typedef
_Function_class_(PROTOCOL_UNBIND_ADAPTER_EX)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(PROTOCOL_UNBIND_ADAPTER_EX)(_In_ NDIS_HANDLE UnbindContext, _In_ NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_UNBIND_ADAPTER_EX *UNBIND_HANDLER_EX;

/* ProtocolOpenAdapterCompleteEx: a pended NdisOpenAdapterEx finished. */
typedef
_Function_class_(PROTOCOL_OPEN_ADAPTER_COMPLETE_EX)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(PROTOCOL_OPEN_ADAPTER_COMPLETE_EX)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ NDIS_STATUS Status);
typedef PROTOCOL_OPEN_ADAPTER_COMPLETE_EX *OPEN_ADAPTER_COMPLETE_HANDLER_EX;

/* ProtocolCloseAdapterCompleteEx: a pended NdisCloseAdapterEx finished. */
typedef
_Function_class_(PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX)(_In_ NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX *CLOSE_ADAPTER_COMPLETE_HANDLER_EX;

/* ProtocolNetPnPEvent: power, pause/restart, reconfiguration and binding events. */
typedef
_Function_class_(PROTOCOL_NET_PNP_EVENT)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(PROTOCOL_NET_PNP_EVENT)(_In_ NDIS_HANDLE ProtocolBindingContext,
                         _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef PROTOCOL_NET_PNP_EVENT *NET_PNP_EVENT_HANDLER;

/* ProtocolUninstall: the protocol is being uninstalled. */
typedef
_Function_class_(PROTOCOL_UNINSTALL)
_IRQL_requires_(PASSIVE_LEVEL)
VOID
(PROTOCOL_UNINSTALL)(VOID);
typedef PROTOCOL_UNINSTALL *UNINSTALL_PROTOCOL_HANDLER;

/* ProtocolOidRequestComplete: a pended NdisOidRequest finished. */
typedef
_Function_class_(PROTOCOL_OID_REQUEST_COMPLETE)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(PROTOCOL_OID_REQUEST_COMPLETE)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNDIS_OID_REQUEST OidRequest,
                                _In_ NDIS_STATUS Status);
typedef PROTOCOL_OID_REQUEST_COMPLETE *OID_REQUEST_COMPLETE_HANDLER;

/* ProtocolDirectOidRequestComplete (NDIS 6.1+). */
typedef
_Function_class_(PROTOCOL_DIRECT_OID_REQUEST_COMPLETE)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(PROTOCOL_DIRECT_OID_REQUEST_COMPLETE)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                       _In_ PNDIS_OID_REQUEST OidRequest, _In_ NDIS_STATUS Status);
typedef PROTOCOL_DIRECT_OID_REQUEST_COMPLETE *DIRECT_OID_REQUEST_COMPLETE_HANDLER;

/* ProtocolStatusEx: a status indication from the miniport below. */
typedef
_Function_class_(PROTOCOL_STATUS_EX)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(PROTOCOL_STATUS_EX)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNDIS_STATUS_INDICATION StatusIndication);
typedef PROTOCOL_STATUS_EX *STATUS_HANDLER_EX;

/* ProtocolReceiveNetBufferLists: received data; return it with NdisReturnNetBufferLists unless
 * NDIS_RECEIVE_FLAGS_RESOURCES is set. */
typedef
_Function_class_(PROTOCOL_RECEIVE_NET_BUFFER_LISTS)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(PROTOCOL_RECEIVE_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                    _In_ PNET_BUFFER_LIST NetBufferLists, _In_ NDIS_PORT_NUMBER PortNumber,
                                    _In_ ULONG NumberOfNetBufferLists, _In_ ULONG ReceiveFlags);
typedef PROTOCOL_RECEIVE_NET_BUFFER_LISTS *RECEIVE_NET_BUFFER_LISTS_HANDLER;

/* ProtocolSendNetBufferListsComplete: NDIS returns lists sent with NdisSendNetBufferLists. */
typedef
_Function_class_(PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                          _In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG SendCompleteFlags);
typedef PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE *SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER;

/* The table of entry points a protocol driver hands to NdisRegisterProtocolDriver. */
typedef struct _NDIS_PROTOCOL_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS */
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    NDIS_STRING Name;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    BIND_HANDLER_EX BindAdapterHandlerEx;
    UNBIND_HANDLER_EX UnbindAdapterHandlerEx;
    OPEN_ADAPTER_COMPLETE_HANDLER_EX OpenAdapterCompleteHandlerEx;
    CLOSE_ADAPTER_COMPLETE_HANDLER_EX CloseAdapterCompleteHandlerEx;
    NET_PNP_EVENT_HANDLER NetPnPEventHandler;
    UNINSTALL_PROTOCOL_HANDLER UninstallHandler;
    OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
    STATUS_HANDLER_EX StatusHandlerEx;
    RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
#if NDIS_SUPPORT_NDIS61
    /* NDIS 6.1 and later (revision 2) */
    DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
#endif
} NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, *PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS;

#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1                                         \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, SendNetBufferListsCompleteHandler)
#if NDIS_SUPPORT_NDIS61
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2                                         \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, DirectOidRequestCompleteHandler)
#endif

#define NDIS_PROTOCOL_DRIVER_SUPPORTS_CURRENT_MAC_ADDRESS_CHANGE 0x00000002
#define NDIS_PROTOCOL_DRIVER_SUPPORTS_L2_MTU_SIZE_CHANGE 0x00000004

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisRegisterProtocolDriver(_In_opt_ NDIS_HANDLE ProtocolDriverContext,
                           _In_ PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS ProtocolCharacteristics,
                           _Out_ PNDIS_HANDLE NdisProtocolHandle);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisDeregisterProtocolDriver(_In_ NDIS_HANDLE NdisProtocolHandle);

/* Opens a binding to the adapter named in OpenParameters; may return NDIS_STATUS_PENDING. */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisOpenAdapterEx(_In_ NDIS_HANDLE NdisProtocolHandle, _In_ NDIS_HANDLE ProtocolBindingContext,
                  _In_ PNDIS_OPEN_PARAMETERS OpenParameters, _In_ NDIS_HANDLE BindContext,
                  _Out_ PNDIS_HANDLE NdisBindingHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisCloseAdapterEx(_In_ NDIS_HANDLE NdisBindingHandle);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisCompleteBindAdapterEx(_In_ NDIS_HANDLE BindAdapterContext, _In_ NDIS_STATUS Status);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisCompleteUnbindAdapterEx(_In_ NDIS_HANDLE UnbindContext);

/* Asks NDIS to unbind the protocol from the adapter (the protocol's own initiative). */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisUnbindAdapter(_In_ NDIS_HANDLE NdisBindingHandle);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisReEnumerateProtocolBindings(_In_ NDIS_HANDLE NdisProtocolHandle);

/* Completes a NetPnPEvent for which the protocol returned NDIS_STATUS_PENDING. */
_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisCompleteNetPnPEvent(_In_ NDIS_HANDLE NdisBindingHandle,
                        _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification, _In_ NDIS_STATUS Status);

/* Sends on a binding; each list comes back through ProtocolSendNetBufferListsComplete. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisSendNetBufferLists(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
                       _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);

/* Returns lists indicated to ProtocolReceiveNetBufferLists. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisReturnNetBufferLists(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
                         _In_ ULONG ReturnFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisCancelSendNetBufferLists(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PVOID CancelId);

/* Issues an OID request on a binding; may pend (ProtocolOidRequestComplete). */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisOidRequest(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PNDIS_OID_REQUEST OidRequest);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisCancelOidRequest(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PVOID RequestId);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisDirectOidRequest(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PNDIS_OID_REQUEST OidRequest);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisCancelDirectOidRequest(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PVOID RequestId);

/* The friendly name of the adapter under a binding; the caller frees Buffer with NdisFreeMemory. */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisQueryAdapterInstanceName(_Out_ PNDIS_STRING pAdapterInstanceName, _In_ NDIS_HANDLE NdisBindingHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisQueryBindInstanceName(_Out_ PNDIS_STRING pAdapterInstanceName, _In_ NDIS_HANDLE BindingContext);

/* A copy of an OID request for passing it down (filter and intermediate drivers). */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisAllocateCloneOidRequest(_In_ NDIS_HANDLE SourceHandle, _In_ PNDIS_OID_REQUEST OidRequest,
                            _In_ UINT PoolTag, _Out_ PNDIS_OID_REQUEST *CloneOidRequest);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeCloneOidRequest(_In_ NDIS_HANDLE SourceHandle, _In_ PNDIS_OID_REQUEST Request);

/* ---------------------------------------------------------------------------------------------------
 * Intermediate drivers (a protocol edge and a miniport edge in one driver) and the interface stack
 * ------------------------------------------------------------------------------------------------- */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisIMInitializeDeviceInstanceEx(_In_ NDIS_HANDLE DriverHandle, _In_ PNDIS_STRING DriverInstance,
                                 _In_opt_ NDIS_HANDLE DeviceContext);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisIMCancelInitializeDeviceInstance(_In_ NDIS_HANDLE DriverHandle, _In_ PNDIS_STRING DeviceInstance);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisIMDeInitializeDeviceInstance(_In_ NDIS_HANDLE NdisMiniportHandle);

/* Tells NDIS that a miniport driver and a protocol driver are the two edges of one IM driver. */
_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisIMAssociateMiniport(_In_ NDIS_HANDLE DriverHandle, _In_ NDIS_HANDLE ProtocolHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_HANDLE
NdisIMGetBindingContext(_In_ NDIS_HANDLE NdisBindingHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisIfAddIfStackEntry(_In_ NET_IFINDEX HigherLayerIfIndex, _In_ NET_IFINDEX LowerLayerIfIndex);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisIfDeleteIfStackEntry(_In_ NET_IFINDEX HigherLayerIfIndex, _In_ NET_IFINDEX LowerLayerIfIndex);

/* ---------------------------------------------------------------------------------------------------
 * Filter drivers: roles, registration, attach/pause/restart parameters and the filter-side calls
 * ------------------------------------------------------------------------------------------------- */
#define NDIS_FILTER_MAJOR_VERSION (DRVLS_NDIS_TARGET / 100)
#define NDIS_FILTER_MINOR_VERSION DRVLS_NDIS_MINOR

/* What FilterAttach learns about the miniport below it. */
typedef struct _NDIS_FILTER_ATTACH_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_FILTER_ATTACH_PARAMETERS */
    NET_IFINDEX IfIndex;
    NET_LUID NetLuid;
    PNDIS_STRING FilterModuleGuidName;
    NET_IFINDEX BaseMiniportIfIndex;
    PNDIS_STRING BaseMiniportInstanceName;
    PNDIS_STRING BaseMiniportName;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG64 XmitLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIUM MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
    NDIS_HANDLE MiniportMediaSpecificAttributes;
    PNDIS_OFFLOAD DefaultOffloadConfiguration;
    USHORT MacAddressLength;
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NET_LUID BaseMiniportNetLuid;
    NET_IFINDEX LowerIfIndex;
    NET_LUID LowerIfNetLuid;
    ULONG Flags;
#if NDIS_SUPPORT_NDIS61
    PNDIS_HD_SPLIT_CURRENT_CONFIG HDSplitCurrentConfig;
#endif
#if NDIS_SUPPORT_NDIS620
    PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
    PDEVICE_OBJECT MiniportPhysicalDeviceObject;
    PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
#endif
#if NDIS_SUPPORT_NDIS630
    BOOLEAN LowestFilter;
    PNDIS_SRIOV_CAPABILITIES SriovCapabilities;
    PNDIS_NIC_SWITCH_INFO_ARRAY NicSwitchArray;
#endif
} NDIS_FILTER_ATTACH_PARAMETERS, *PNDIS_FILTER_ATTACH_PARAMETERS;

#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_1 1
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_2 2
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_3 3
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_4 4

typedef struct _NDIS_FILTER_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_FILTER_PAUSE_PARAMETERS */
    ULONG Flags;
    ULONG PauseReason;
} NDIS_FILTER_PAUSE_PARAMETERS, *PNDIS_FILTER_PAUSE_PARAMETERS;

#define NDIS_FILTER_PAUSE_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_FILTER_PAUSE_PARAMETERS_REVISION_1                                                 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_PAUSE_PARAMETERS, PauseReason)

typedef struct _NDIS_FILTER_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_FILTER_RESTART_PARAMETERS */
    NDIS_MEDIUM MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX LowerIfIndex;
    NET_LUID LowerIfNetLuid;
    ULONG Flags;
} NDIS_FILTER_RESTART_PARAMETERS, *PNDIS_FILTER_RESTART_PARAMETERS;

#define NDIS_FILTER_RESTART_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_FILTER_RESTART_PARAMETERS_REVISION_1                                               \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_RESTART_PARAMETERS, Flags)

/* Module attributes a filter sets from FilterAttach with NdisFSetAttributes. */
typedef struct _NDIS_FILTER_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_FILTER_ATTRIBUTES */
    ULONG Flags;
} NDIS_FILTER_ATTRIBUTES, *PNDIS_FILTER_ATTRIBUTES;

#define NDIS_FILTER_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_FILTER_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTRIBUTES, Flags)

/* FilterSetOptions: register optional services while NdisFRegisterFilterDriver runs. */
typedef
_Function_class_(FILTER_SET_OPTIONS)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(FILTER_SET_OPTIONS)(_In_ NDIS_HANDLE NdisDriverHandle, _In_ NDIS_HANDLE DriverContext);

/* FilterSetModuleOptions: change a module's data-path handlers (NDIS_FILTER_PARTIAL_CHARACTERISTICS). */
typedef
_Function_class_(FILTER_SET_MODULE_OPTIONS)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(FILTER_SET_MODULE_OPTIONS)(_In_ NDIS_HANDLE FilterModuleContext);
typedef FILTER_SET_MODULE_OPTIONS *FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER;

/* FilterAttach: create a filter module over a miniport; returns its context through NdisFSetAttributes. */
typedef
_Function_class_(FILTER_ATTACH)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(FILTER_ATTACH)(_In_ NDIS_HANDLE NdisFilterHandle, _In_ NDIS_HANDLE FilterDriverContext,
                _In_ PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters);
typedef FILTER_ATTACH *FILTER_ATTACH_HANDLER;

/* FilterDetach: release a (paused) filter module. */
typedef
_Function_class_(FILTER_DETACH)
_IRQL_requires_(PASSIVE_LEVEL)
VOID
(FILTER_DETACH)(_In_ NDIS_HANDLE FilterModuleContext);
typedef FILTER_DETACH *FILTER_DETACH_HANDLER;

/* FilterRestart: resume the data path; may pend and complete with NdisFRestartComplete. */
typedef
_Function_class_(FILTER_RESTART)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(FILTER_RESTART)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_FILTER_RESTART_PARAMETERS RestartParameters);
typedef FILTER_RESTART *FILTER_RESTART_HANDLER;

/* FilterPause: stop the data path; may pend and complete with NdisFPauseComplete. */
typedef
_Function_class_(FILTER_PAUSE)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(FILTER_PAUSE)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters);
typedef FILTER_PAUSE *FILTER_PAUSE_HANDLER;

/* FilterSendNetBufferLists: lists on their way down; pass on with NdisFSendNetBufferLists or complete
 * with NdisFSendNetBufferListsComplete. */
typedef
_Function_class_(FILTER_SEND_NET_BUFFER_LISTS)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(FILTER_SEND_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNET_BUFFER_LIST NetBufferList,
                               _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS *FILTER_SEND_NET_BUFFER_LISTS_HANDLER;

/* FilterSendNetBufferListsComplete: sends coming back up. */
typedef
_Function_class_(FILTER_SEND_NET_BUFFER_LISTS_COMPLETE)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(FILTER_SEND_NET_BUFFER_LISTS_COMPLETE)(_In_ NDIS_HANDLE FilterModuleContext,
                                        _In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG SendCompleteFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS_COMPLETE *FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER;

/* FilterCancelSendNetBufferLists. */
typedef
_Function_class_(FILTER_CANCEL_SEND_NET_BUFFER_LISTS)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(FILTER_CANCEL_SEND_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PVOID CancelId);
typedef FILTER_CANCEL_SEND_NET_BUFFER_LISTS *FILTER_CANCEL_SEND_HANDLER;

/* FilterReceiveNetBufferLists: lists on their way up; indicate with NdisFIndicateReceiveNetBufferLists
 * or return with NdisFReturnNetBufferLists. */
typedef
_Function_class_(FILTER_RECEIVE_NET_BUFFER_LISTS)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(FILTER_RECEIVE_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNET_BUFFER_LIST NetBufferLists,
                                  _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG NumberOfNetBufferLists,
                                  _In_ ULONG ReceiveFlags);
typedef FILTER_RECEIVE_NET_BUFFER_LISTS *FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER;

/* FilterReturnNetBufferLists: indicated lists coming back down. */
typedef
_Function_class_(FILTER_RETURN_NET_BUFFER_LISTS)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(FILTER_RETURN_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNET_BUFFER_LIST NetBufferLists,
                                 _In_ ULONG ReturnFlags);
typedef FILTER_RETURN_NET_BUFFER_LISTS *FILTER_RETURN_NET_BUFFER_LISTS_HANDLER;

/* FilterOidRequest: an OID request from above; pass on (cloned) with NdisFOidRequest. */
typedef
_Function_class_(FILTER_OID_REQUEST)
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
(FILTER_OID_REQUEST)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_OID_REQUEST OidRequest);
typedef FILTER_OID_REQUEST *FILTER_OID_REQUEST_HANDLER;

typedef
_Function_class_(FILTER_OID_REQUEST_COMPLETE)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(FILTER_OID_REQUEST_COMPLETE)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_OID_REQUEST OidRequest,
                              _In_ NDIS_STATUS Status);
typedef FILTER_OID_REQUEST_COMPLETE *FILTER_OID_REQUEST_COMPLETE_HANDLER;

typedef
_Function_class_(FILTER_CANCEL_OID_REQUEST)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(FILTER_CANCEL_OID_REQUEST)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PVOID RequestId);
typedef FILTER_CANCEL_OID_REQUEST *FILTER_CANCEL_OID_REQUEST_HANDLER;

typedef
_Function_class_(FILTER_DIRECT_OID_REQUEST)
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
(FILTER_DIRECT_OID_REQUEST)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_OID_REQUEST OidRequest);
typedef FILTER_DIRECT_OID_REQUEST *FILTER_DIRECT_OID_REQUEST_HANDLER;

typedef
_Function_class_(FILTER_DIRECT_OID_REQUEST_COMPLETE)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(FILTER_DIRECT_OID_REQUEST_COMPLETE)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_OID_REQUEST OidRequest,
                                     _In_ NDIS_STATUS Status);
typedef FILTER_DIRECT_OID_REQUEST_COMPLETE *FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER;

typedef
_Function_class_(FILTER_CANCEL_DIRECT_OID_REQUEST)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(FILTER_CANCEL_DIRECT_OID_REQUEST)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PVOID RequestId);
typedef FILTER_CANCEL_DIRECT_OID_REQUEST *FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER;

#if NDIS_SUPPORT_NDIS680
/* FilterSynchronousOidRequest / ...Complete (NDIS 6.80+). */
typedef
_Function_class_(FILTER_SYNCHRONOUS_OID_REQUEST)
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
(FILTER_SYNCHRONOUS_OID_REQUEST)(_In_ NDIS_HANDLE FilterModuleContext, _Inout_ PNDIS_OID_REQUEST OidRequest,
                                 _Outptr_result_maybenull_ PVOID *CallContext);
typedef FILTER_SYNCHRONOUS_OID_REQUEST *FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER;

typedef
_Function_class_(FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE)(_In_ NDIS_HANDLE FilterModuleContext,
                                          _Inout_ PNDIS_OID_REQUEST OidRequest, _Inout_ NDIS_STATUS *Status,
                                          _In_ PVOID CallContext);
typedef FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE *FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER;
#endif

/* FilterStatus: a status indication from below; pass on with NdisFIndicateStatus. */
typedef
_Function_class_(FILTER_STATUS)
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
(FILTER_STATUS)(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_STATUS_INDICATION StatusIndication);
typedef FILTER_STATUS *FILTER_STATUS_HANDLER;

/* FilterDevicePnPEventNotify: device PnP events on their way down (NdisFDevicePnPEventNotify). */
typedef
_Function_class_(FILTER_DEVICE_PNP_EVENT_NOTIFY)
_IRQL_requires_(PASSIVE_LEVEL)
VOID
(FILTER_DEVICE_PNP_EVENT_NOTIFY)(_In_ NDIS_HANDLE FilterModuleContext,
                                 _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef FILTER_DEVICE_PNP_EVENT_NOTIFY *FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER;

/* FilterNetPnPEvent: network PnP events on their way up (NdisFNetPnPEvent). */
typedef
_Function_class_(FILTER_NET_PNP_EVENT)
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
(FILTER_NET_PNP_EVENT)(_In_ NDIS_HANDLE FilterModuleContext,
                       _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef FILTER_NET_PNP_EVENT *FILTER_NET_PNP_EVENT_HANDLER;

/* The table of entry points a filter driver hands to NdisFRegisterFilterDriver. */
typedef struct _NDIS_FILTER_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS */
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    NDIS_STRING FriendlyName;
    NDIS_STRING UniqueName;
    NDIS_STRING ServiceName;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER SetFilterModuleOptionsHandler;
    FILTER_ATTACH_HANDLER AttachHandler;
    FILTER_DETACH_HANDLER DetachHandler;
    FILTER_RESTART_HANDLER RestartHandler;
    FILTER_PAUSE_HANDLER PauseHandler;
    FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
    FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
    FILTER_OID_REQUEST_HANDLER OidRequestHandler;
    FILTER_OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
    FILTER_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
    FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
    FILTER_NET_PNP_EVENT_HANDLER NetPnPEventHandler;
    FILTER_STATUS_HANDLER StatusHandler;
#if NDIS_SUPPORT_NDIS61
    /* NDIS 6.1 and later (revision 2) */
    FILTER_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
    FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
    FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
#endif
#if NDIS_SUPPORT_NDIS680
    /* NDIS 6.80 and later (revision 3) */
    FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER SynchronousOidRequestHandler;
    FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER SynchronousOidRequestHandlerComplete;
#endif
} NDIS_FILTER_DRIVER_CHARACTERISTICS, *PNDIS_FILTER_DRIVER_CHARACTERISTICS;

#define NDIS_FILTER_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_1                                           \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, StatusHandler)
#if NDIS_SUPPORT_NDIS61
#define NDIS_FILTER_CHARACTERISTICS_REVISION_2 2
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_2                                           \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, CancelDirectOidRequestHandler)
#endif
#if NDIS_SUPPORT_NDIS680
#define NDIS_FILTER_CHARACTERISTICS_REVISION_3 3
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_3                                           \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, SynchronousOidRequestHandlerComplete)
#endif

#define NDIS_FILTER_DRIVER_MANDATORY 0x00000001
#define NDIS_FILTER_DRIVER_SUPPORTS_CURRENT_MAC_ADDRESS_CHANGE 0x00000002
#define NDIS_FILTER_DRIVER_SUPPORTS_L2_MTU_SIZE_CHANGE 0x00000004

/* The data-path handlers a module can swap from FilterSetModuleOptions (NdisSetOptionalHandlers). */
typedef struct _NDIS_FILTER_PARTIAL_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_FILTER_PARTIAL_CHARACTERISTICS */
    ULONG Flags;
    FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
    FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
} NDIS_FILTER_PARTIAL_CHARACTERISTICS, *PNDIS_FILTER_PARTIAL_CHARACTERISTICS;

#define NDIS_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1                                          \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_PARTIAL_CHARACTERISTICS, ReturnNetBufferListsHandler)

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisFRegisterFilterDriver(_In_ PDRIVER_OBJECT DriverObject, _In_ NDIS_HANDLE FilterDriverContext,
                          _In_ PNDIS_FILTER_DRIVER_CHARACTERISTICS FilterDriverCharacteristics,
                          _Out_ PNDIS_HANDLE NdisFilterDriverHandle);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisFDeregisterFilterDriver(_In_ NDIS_HANDLE NdisFilterDriverHandle);

/* Gives NDIS the module context FilterModuleContext for the module NdisFilterHandle. */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisFSetAttributes(_In_ NDIS_HANDLE NdisFilterHandle, _In_ NDIS_HANDLE FilterModuleContext,
                   _In_ PNDIS_FILTER_ATTRIBUTES FilterAttributes);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFPauseComplete(_In_ NDIS_HANDLE NdisFilterHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFRestartComplete(_In_ NDIS_HANDLE NdisFilterHandle, _In_ NDIS_STATUS Status);

/* Asks NDIS to pause and restart the module (to renegotiate its handlers or attributes). */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisFRestartFilter(_In_ NDIS_HANDLE NdisFilterHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFSendNetBufferLists(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_BUFFER_LIST NetBufferList,
                        _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFSendNetBufferListsComplete(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_BUFFER_LIST NetBufferList,
                                _In_ ULONG SendCompleteFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFCancelSendNetBufferLists(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PVOID CancelId);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFIndicateReceiveNetBufferLists(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
                                   _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG NumberOfNetBufferLists,
                                   _In_ ULONG ReceiveFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFReturnNetBufferLists(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
                          _In_ ULONG ReturnFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisFOidRequest(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNDIS_OID_REQUEST OidRequest);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFOidRequestComplete(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNDIS_OID_REQUEST OidRequest,
                        _In_ NDIS_STATUS Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFCancelOidRequest(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PVOID RequestId);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisFDirectOidRequest(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNDIS_OID_REQUEST OidRequest);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFDirectOidRequestComplete(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNDIS_OID_REQUEST OidRequest,
                              _In_ NDIS_STATUS Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFCancelDirectOidRequest(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PVOID RequestId);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFIndicateStatus(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNDIS_STATUS_INDICATION StatusIndication);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisFDevicePnPEventNotify(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisFNetPnPEvent(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);

/* ---------------------------------------------------------------------------------------------------
 * Device objects for a driver's own control interface (NdisRegisterDeviceEx)
 * ------------------------------------------------------------------------------------------------- */
typedef struct _NDIS_DEVICE_OBJECT_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_DEVICE_OBJECT_ATTRIBUTES */
    PNDIS_STRING DeviceName;
    PNDIS_STRING SymbolicName;
    PDRIVER_DISPATCH *MajorFunctions;
    ULONG ExtensionSize;
    PCUNICODE_STRING DefaultSDDLString;
    LPCGUID DeviceClassGuid;
} NDIS_DEVICE_OBJECT_ATTRIBUTES, *PNDIS_DEVICE_OBJECT_ATTRIBUTES;

#define NDIS_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_DEVICE_OBJECT_ATTRIBUTES_REVISION_1                                                \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_DEVICE_OBJECT_ATTRIBUTES, DeviceClassGuid)

/* Creates a named device object (and symbolic link) owned by the NDIS driver NdisObjectHandle. */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisRegisterDeviceEx(_In_ NDIS_HANDLE NdisObjectHandle, _In_ PNDIS_DEVICE_OBJECT_ATTRIBUTES DeviceObjectAttributes,
                     _Out_ PDEVICE_OBJECT *pDeviceObject, _Out_ PNDIS_HANDLE NdisDeviceHandle);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisDeregisterDeviceEx(_In_ NDIS_HANDLE NdisDeviceHandle);

/* The ExtensionSize bytes reserved for the driver in a device object from NdisRegisterDeviceEx. */
_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID
NdisGetDeviceReservedExtension(_In_ PDEVICE_OBJECT DeviceObject);

/* ---------------------------------------------------------------------------------------------------
 * Hyper-V extensible switch extensions (NDIS 6.30+): forwarding data in a NET_BUFFER_LIST, the
 * switch handler table from NdisFGetOptionalSwitchHandlers, NIC status indications
 * ------------------------------------------------------------------------------------------------- */
#if NDIS_SUPPORT_NDIS630 /* the switch types come from ntddndis.h for NDIS 6.30+ */
typedef NDIS_HANDLE NDIS_SWITCH_CONTEXT, *PNDIS_SWITCH_CONTEXT;

#define NDIS_SWITCH_DEFAULT_PORT_ID 0
#define NDIS_SWITCH_DEFAULT_NIC_INDEX 0

/* Forwarding detail kept in the NET_BUFFER_LIST (NET_BUFFER_LIST_SWITCH_FORWARDING_DETAIL). */
typedef union _NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO {
    UINT64 AsUINT64;
    struct {
        UINT32 NumAvailableDestinations : 16;
        UINT32 SourcePortId : 16;
        UINT32 SourceNicIndex : 8;
        UINT32 NativeForwardingRequired : 1;
        UINT32 Reserved1 : 1;
        UINT32 IsPacketDataSafe : 1;
        UINT32 SafePacketDataSize : 12;
        UINT32 IsPacketDataUncached : 1;
        UINT32 IsSafePacketDataUncached : 1;
        UINT32 Reserved2 : 7;
    };
} NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO, *PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO;

#define NET_BUFFER_LIST_SWITCH_FORWARDING_DETAIL(Nbl)                                                  \
    ((PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO)&NET_BUFFER_LIST_INFO((Nbl), SwitchForwardingDetail))

/* One destination port of a packet. */
typedef struct _NDIS_SWITCH_PORT_DESTINATION {
    NDIS_SWITCH_PORT_ID PortId;
    NDIS_SWITCH_NIC_INDEX NicIndex;
    USHORT IsExcluded : 1;
    USHORT PreserveVLAN : 1;
    USHORT PreservePriority : 1;
    USHORT Reserved : 13;
} NDIS_SWITCH_PORT_DESTINATION, *PNDIS_SWITCH_PORT_DESTINATION;

/* The destination ports of a packet (from GetNetBufferListDestinations). */
typedef struct _NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    UINT32 NumElements;
    UINT32 FirstElementOffset;
    UINT32 NumDestinations;
    UINT32 ElementSize;
} NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY, *PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY;

#define NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY_REVISION_1 1
#define NDIS_SWITCH_PORT_DESTINATION_AT_ARRAY_INDEX(DestArray, Index)                                  \
    ((PNDIS_SWITCH_PORT_DESTINATION)((PUCHAR)(DestArray) + (DestArray)->FirstElementOffset +           \
                                     (DestArray)->ElementSize * (Index)))

/* Payload of an NDIS_STATUS_SWITCH_NIC_STATUS indication. */
typedef struct _NDIS_SWITCH_NIC_STATUS_INDICATION {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_DEFAULT */
    ULONG Flags;
    NDIS_SWITCH_PORT_ID SourcePortId;
    NDIS_SWITCH_NIC_INDEX SourceNicIndex;
    NDIS_SWITCH_PORT_ID DestinationPortId;
    NDIS_SWITCH_NIC_INDEX DestinationNicIndex;
    PNDIS_STATUS_INDICATION StatusIndication;
} NDIS_SWITCH_NIC_STATUS_INDICATION, *PNDIS_SWITCH_NIC_STATUS_INDICATION;

#define NDIS_SWITCH_NIC_STATUS_INDICATION_REVISION_1 1
#define NDIS_SIZEOF_SWITCH_NIC_STATUS_REVISION_1                                                       \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_NIC_STATUS_INDICATION, StatusIndication)

/* Flags of the switch handlers. */
#define NDIS_SWITCH_REPORT_FILTERED_NBL_FLAGS_IS_INCOMING 0x00000001
#define NDIS_SWITCH_COPY_NBL_INFO_FLAGS_PRESERVE_DESTINATIONS 0x00000001
#define NDIS_SWITCH_COPY_NBL_INFO_FLAGS_PRESERVE_SWITCH_INFO_ONLY 0x00000002

/* The switch handler functions (called through NDIS_SWITCH_OPTIONAL_HANDLERS). */
typedef NDIS_STATUS (*NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList);
typedef VOID (*NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList);
typedef NDIS_STATUS (*NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ NDIS_SWITCH_PORT_ID PortId, _In_ NDIS_SWITCH_NIC_INDEX NicIndex);
typedef NDIS_STATUS (*NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ PNDIS_SWITCH_PORT_DESTINATION Destination);
typedef NDIS_STATUS (*NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ UINT32 NumberOfNewDestinations, _Out_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef NDIS_STATUS (*NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList,
    _Out_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef NDIS_STATUS (*NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ UINT32 NumberOfNewDestinations, _In_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY Destinations);
typedef NDIS_STATUS (*NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST DestNetBufferList,
    _In_ PNET_BUFFER_LIST SrcNetBufferList, _In_ UINT32 Flags);
typedef NDIS_STATUS (*NDIS_SWITCH_REFERENCE_SWITCH_NIC_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _In_ NDIS_SWITCH_PORT_ID SwitchPortId,
    _In_ NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_STATUS (*NDIS_SWITCH_DEREFERENCE_SWITCH_NIC_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _In_ NDIS_SWITCH_PORT_ID SwitchPortId,
    _In_ NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_STATUS (*NDIS_SWITCH_REFERENCE_SWITCH_PORT_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _In_ NDIS_SWITCH_PORT_ID SwitchPortId);
typedef NDIS_STATUS (*NDIS_SWITCH_DEREFERENCE_SWITCH_PORT_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _In_ NDIS_SWITCH_PORT_ID SwitchPortId);
typedef NDIS_STATUS (*NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _In_ PGUID ExtensionGuid, _In_ PNDIS_STRING ExtensionFriendlyName,
    _In_ NDIS_SWITCH_PORT_ID PortId, _In_ ULONG Flags, _In_ ULONG NumberOfNetBufferLists,
    _In_ PNET_BUFFER_LIST NetBufferLists, _In_ PNDIS_STRING FilterReason);
typedef NDIS_STATUS (*NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ PVOID NetBufferListSwitchContext);
typedef PVOID (*NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _In_ PNET_BUFFER_LIST NetBufferList);

#define NDIS_SWITCH_OPTIONAL_HANDLERS_PD_RESERVED_SIZE 10

typedef struct _NDIS_SWITCH_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_SWITCH_OPTIONAL_HANDLERS */
    NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER AllocateNetBufferListForwardingContext;
    NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER FreeNetBufferListForwardingContext;
    NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE_HANDLER SetNetBufferListSource;
    NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION_HANDLER AddNetBufferListDestination;
    NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS_HANDLER GrowNetBufferListDestinations;
    NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS_HANDLER GetNetBufferListDestinations;
    NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS_HANDLER UpdateNetBufferListDestinations;
    NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO_HANDLER CopyNetBufferListInfo;
    NDIS_SWITCH_REFERENCE_SWITCH_NIC_HANDLER ReferenceSwitchNic;
    NDIS_SWITCH_DEREFERENCE_SWITCH_NIC_HANDLER DereferenceSwitchNic;
    NDIS_SWITCH_REFERENCE_SWITCH_PORT_HANDLER ReferenceSwitchPort;
    NDIS_SWITCH_DEREFERENCE_SWITCH_PORT_HANDLER DereferenceSwitchPort;
    NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS_HANDLER ReportFilteredNetBufferLists;
    NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER SetNetBufferListSwitchContext;
    NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER GetNetBufferListSwitchContext;
    PVOID SwitchPDReserved[NDIS_SWITCH_OPTIONAL_HANDLERS_PD_RESERVED_SIZE];
} NDIS_SWITCH_OPTIONAL_HANDLERS, *PNDIS_SWITCH_OPTIONAL_HANDLERS;

#define NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_1 1
#define NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_2 2
#define NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_1                                                \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_OPTIONAL_HANDLERS, ReportFilteredNetBufferLists)
#define NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_2                                                \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_OPTIONAL_HANDLERS, SwitchPDReserved)

/* Fills NdisSwitchHandlers when the filter module sits in an extensible switch driver stack;
 * NDIS_STATUS_NOT_SUPPORTED otherwise. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS
NdisFGetOptionalSwitchHandlers(_In_ NDIS_HANDLE NdisFilterHandle, _Out_ PNDIS_SWITCH_CONTEXT NdisSwitchContext,
                               _Inout_ PNDIS_SWITCH_OPTIONAL_HANDLERS NdisSwitchHandlers);

#endif /* NDIS_SUPPORT_NDIS630 */

/* ---------------------------------------------------------------------------------------------------
 * Hardware assists of a miniport: VMQ / receive filtering, NIC switch, SR-IOV, QoS, RSS v2, shared
 * memory for receive queues
 * ------------------------------------------------------------------------------------------------- */
typedef struct _NDIS_HD_SPLIT_ATTRIBUTES NDIS_HD_SPLIT_ATTRIBUTES, *PNDIS_HD_SPLIT_ATTRIBUTES;

#if NDIS_SUPPORT_NDIS620 /* receive filter and NIC switch types come from ntddndis.h for NDIS 6.20+ */
/* Reported with NdisMSetMiniportAttributes during MiniportInitializeEx. The later revisions are
 * declared for every NDIS 6.20+ target (drivers size the structure by revision); their capability
 * pointers are untyped before NDIS 6.30. */
typedef struct _NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES */
    PNDIS_HD_SPLIT_ATTRIBUTES HDSplitAttributes;
    PNDIS_RECEIVE_FILTER_CAPABILITIES HardwareReceiveFilterCapabilities;
    PNDIS_RECEIVE_FILTER_CAPABILITIES CurrentReceiveFilterCapabilities;
    PNDIS_NIC_SWITCH_CAPABILITIES HardwareNicSwitchCapabilities;
    PNDIS_NIC_SWITCH_CAPABILITIES CurrentNicSwitchCapabilities;
    /* revision 2 (NDIS 6.30) */
#if NDIS_SUPPORT_NDIS630
    PNDIS_SRIOV_CAPABILITIES HardwareSriovCapabilities;
    PNDIS_SRIOV_CAPABILITIES CurrentSriovCapabilities;
    PNDIS_QOS_CAPABILITIES HardwareQosCapabilities;
    PNDIS_QOS_CAPABILITIES CurrentQosCapabilities;
#else
    PVOID HardwareSriovCapabilities;
    PVOID CurrentSriovCapabilities;
    PVOID HardwareQosCapabilities;
    PVOID CurrentQosCapabilities;
#endif
    /* revision 3 (NDIS 6.60): generic flow table offload capabilities, kept opaque here */
    PVOID HardwareGftOffloadCapabilities;
    PVOID CurrentGftOffloadCapabilities;
} NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1                             \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentNicSwitchCapabilities)
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2                             \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentQosCapabilities)
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3 3
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3                             \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentGftOffloadCapabilities)

/* Payload of an NDIS_STATUS_RECEIVE_QUEUE_STATE indication. */
typedef struct _NDIS_RECEIVE_QUEUE_STATE {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_DEFAULT */
    ULONG Flags;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_RECEIVE_QUEUE_OPERATIONAL_STATE QueueState;
} NDIS_RECEIVE_QUEUE_STATE, *PNDIS_RECEIVE_QUEUE_STATE;

#define NDIS_RECEIVE_QUEUE_STATE_REVISION_1 1
#define NDIS_SIZEOF_NDIS_RECEIVE_QUEUE_STATE_REVISION_1                                                \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_QUEUE_STATE, QueueState)

/* Shared memory that NDIS allocates for a miniport's receive queues (NdisAllocateSharedMemory). */
typedef ULONG NODE_REQUIREMENT;
#ifndef MM_ANY_NODE_OK
#define MM_ANY_NODE_OK 0x80000000
#endif

typedef enum _NDIS_SHARED_MEMORY_USAGE {
    NdisSharedMemoryUsageUndefined,
    NdisSharedMemoryUsageXmit,
    NdisSharedMemoryUsageXmitHeader,
    NdisSharedMemoryUsageXmitData,
    NdisSharedMemoryUsageReceive,
    NdisSharedMemoryUsageReceiveLookahead,
    NdisSharedMemoryUsageReceivePostLookahead,
    NdisSharedMemoryUsageReceiveHeader,
    NdisSharedMemoryUsageReceiveData,
    NdisSharedMemoryUsageOther,
    NdisSharedMemoryUsageMax
} NDIS_SHARED_MEMORY_USAGE, *PNDIS_SHARED_MEMORY_USAGE;

typedef struct _NDIS_SHARED_MEMORY_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_DEFAULT */
    ULONG Flags;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_HANDLE SharedMemoryHandle;
    NODE_REQUIREMENT PreferredNode;
    NDIS_SHARED_MEMORY_USAGE Usage;
    ULONG Length;
    PVOID VirtualAddress;
    ULONG SGListBufferLength;
    PSCATTER_GATHER_LIST SGListBuffer;
#if NDIS_SUPPORT_NDIS630
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
#endif
} NDIS_SHARED_MEMORY_PARAMETERS, *PNDIS_SHARED_MEMORY_PARAMETERS;

#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_1                                                \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SHARED_MEMORY_PARAMETERS, SGListBuffer)
#if NDIS_SUPPORT_NDIS630
#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_2 2
#define NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_2                                                \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SHARED_MEMORY_PARAMETERS, VPortId)
#endif

#define NDIS_SHARED_MEM_PARAMETERS_CONTIGOUS 0x00000001
#define NDIS_SHARED_MEM_PARAMETERS_CONTIGUOUS 0x00000001

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisAllocateSharedMemory(_In_ NDIS_HANDLE NdisHandle, _Inout_ PNDIS_SHARED_MEMORY_PARAMETERS SharedMemoryParameters,
                         _Out_ PNDIS_HANDLE pAllocationHandle);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisFreeSharedMemory(_In_ NDIS_HANDLE NdisHandle, _In_ NDIS_HANDLE AllocationHandle);

/* The processors NDIS lets RSS use, for the caller-supplied buffer of *Size bytes. */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
NdisGetRssProcessorInformation(_In_ NDIS_HANDLE NdisHandle,
                               _Out_writes_bytes_opt_(*Size) PNDIS_RSS_PROCESSOR_INFO RssProcessorInfo,
                               _Inout_ PSIZE_T Size);

#endif /* NDIS_SUPPORT_NDIS620 */

/* Invalid VPort identifier (ntddndis.h has NDIS_DEFAULT_VPORT_ID). */
#ifndef NDIS_INVALID_VPORT_ID
#define NDIS_INVALID_VPORT_ID 0xFFFFFFFF
#endif
#define NDIS_OID_REQUEST_FLAGS_VPORT_ID_VALID 0x0001

#if NDIS_SUPPORT_NDIS630 /* NDIS_NIC_SWITCH_ID and the VPort types come from ntddndis.h for NDIS 6.30+ */
/* RSS version 2 (NDIS 6.80): OID_GEN_RECEIVE_SCALE_PARAMETERS_V2 and
 * OID_GEN_RSS_SET_INDIRECTION_TABLE_ENTRIES. */
#ifndef NDIS_OBJECT_TYPE_RSS_PARAMETERS_V2
#define NDIS_OBJECT_TYPE_RSS_PARAMETERS_V2 0xC8
#endif
#ifndef NDIS_OBJECT_TYPE_RSS_SET_INDIRECTION_ENTRIES
#define NDIS_OBJECT_TYPE_RSS_SET_INDIRECTION_ENTRIES 0xC9
#endif
#ifndef OID_GEN_RECEIVE_SCALE_PARAMETERS_V2
#define OID_GEN_RECEIVE_SCALE_PARAMETERS_V2 0x00010214
#endif
#ifndef OID_GEN_RSS_SET_INDIRECTION_TABLE_ENTRIES
#define OID_GEN_RSS_SET_INDIRECTION_TABLE_ENTRIES 0x000102C0
#endif

#define NDIS_RECEIVE_SCALE_PARAM_ENABLE_RSS 0x00000001
#define NDIS_RECEIVE_SCALE_PARAM_HASH_INFO_CHANGED 0x00000002
#define NDIS_RECEIVE_SCALE_PARAM_HASH_KEY_CHANGED 0x00000004
#define NDIS_RECEIVE_SCALE_PARAM_NUMBER_OF_QUEUES_CHANGED 0x00000008
#define NDIS_RECEIVE_SCALE_PARAM_NUMBER_OF_ENTRIES_CHANGED 0x00000010

typedef struct _NDIS_RECEIVE_SCALE_PARAMETERS_V2 {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_RSS_PARAMETERS_V2 */
    ULONG Flags;
    ULONG HashInformation;
    ULONG HashSecretKeySize;
    ULONG HashSecretKeyOffset;
    ULONG NumberOfQueues;
    ULONG NumberOfIndirectionTableEntries;
} NDIS_RECEIVE_SCALE_PARAMETERS_V2, *PNDIS_RECEIVE_SCALE_PARAMETERS_V2;

#define NDIS_RECEIVE_SCALE_PARAMETERS_V2_REVISION_1 1
#define NDIS_SIZEOF_RECEIVE_SCALE_PARAMETERS_V2_REVISION_1                                             \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_SCALE_PARAMETERS_V2, NumberOfIndirectionTableEntries)

#define NDIS_RSS_SET_INDIRECTION_ENTRY_FLAG_PRIMARY_PROCESSOR 0x00000001
#define NDIS_RSS_SET_INDIRECTION_ENTRY_FLAG_DEFAULT_PROCESSOR 0x00000002

/* One move of an indirection table entry to a target processor. */
typedef struct _NDIS_RSS_SET_INDIRECTION_ENTRY {
    NDIS_NIC_SWITCH_ID SwitchId;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
    ULONG Flags;
    USHORT IndirectionTableIndex;
    PROCESSOR_NUMBER TargetProcessorNumber;
    NDIS_STATUS EntryStatus;
} NDIS_RSS_SET_INDIRECTION_ENTRY, *PNDIS_RSS_SET_INDIRECTION_ENTRY;

typedef struct _NDIS_RSS_SET_INDIRECTION_ENTRIES {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_RSS_SET_INDIRECTION_ENTRIES */
    ULONG Flags;
    ULONG RssEntrySize;
    ULONG RssEntryTableOffset;
    ULONG NumberOfRssEntries;
} NDIS_RSS_SET_INDIRECTION_ENTRIES, *PNDIS_RSS_SET_INDIRECTION_ENTRIES;

#define NDIS_RSS_SET_INDIRECTION_ENTRIES_REVISION_1 1
#define NDIS_SIZEOF_RSS_SET_INDIRECTION_ENTRIES_REVISION_1                                             \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RSS_SET_INDIRECTION_ENTRIES, NumberOfRssEntries)

#ifndef NDIS_RSS_INDIRECTION_TABLE_MAX_SIZE_REVISION_3
#define NDIS_RSS_INDIRECTION_TABLE_MAX_SIZE_REVISION_3 (128 * sizeof(PROCESSOR_NUMBER))
#endif
#endif /* NDIS_SUPPORT_NDIS630 */


/* ---------------------------------------------------------------------------------------------------
 * Miscellaneous
 * ------------------------------------------------------------------------------------------------- */

/* NDIS version of the running system: major in the high 16 bits, minor in the low 16. */
_IRQL_requires_max_(DISPATCH_LEVEL)
UINT
NdisGetVersion(VOID);

/* Writes an event-log entry for the adapter with NumberOfErrorValues ULONG values following. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisWriteErrorLogEntry(_In_ NDIS_HANDLE NdisAdapterHandle, _In_ NDIS_ERROR_CODE ErrorCode,
                       _In_ ULONG NumberOfErrorValues, ...);

/* ---------------------------------------------------------------------------------------------------
 * Generic objects: an NDIS handle for a component that has none (WFP callouts, stream editors).
 * ------------------------------------------------------------------------------------------------- */
#ifndef DRVLS_NDIS_GENERIC_OBJECT
#define DRVLS_NDIS_GENERIC_OBJECT
typedef struct _NDIS_GENERIC_OBJECT {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_GENERIC_OBJECT, NDIS_GENERIC_OBJECT_REVISION_1 */
    PVOID Caller;              /* reserved for NDIS */
    PVOID CallersCaller;       /* reserved for NDIS */
    PDRIVER_OBJECT DriverObject;
} NDIS_GENERIC_OBJECT, *PNDIS_GENERIC_OBJECT;

#ifndef NDIS_GENERIC_OBJECT_REVISION_1
#define NDIS_GENERIC_OBJECT_REVISION_1 1
#endif

/* Size bytes for the caller follow the structure; returns NULL on failure. */
_IRQL_requires_max_(DISPATCH_LEVEL)
PNDIS_GENERIC_OBJECT
NdisAllocateGenericObject(_In_opt_ PDRIVER_OBJECT DriverObject, _In_ ULONG Tag, _In_ USHORT Size);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisFreeGenericObject(_In_ PNDIS_GENERIC_OBJECT NdisObject);
#endif

/* Copy the out-of-band NET_BUFFER_LIST information (checksum, LSO, IPsec, 802.1Q, ...) from one list to
 * another on the send or the receive path. */
#ifndef DRVLS_NDIS_COPY_NBL_INFO
#define DRVLS_NDIS_COPY_NBL_INFO
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisCopySendNetBufferListInfo(_In_ NET_BUFFER_LIST *DestNetBufferList,
                              _In_ NET_BUFFER_LIST const *SrcNetBufferList);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisCopyReceiveNetBufferListInfo(_In_ NET_BUFFER_LIST *DestNetBufferList,
                                 _In_ NET_BUFFER_LIST const *SrcNetBufferList);
#endif

/* The NDIS 5 per-packet checksum information, which NDIS 6 drivers still use as a ULONG view of the
 * TcpIpChecksumNetBufferListInfo value. */
#ifndef DRVLS_NDIS_TCP_IP_CHECKSUM_PACKET_INFO
#define DRVLS_NDIS_TCP_IP_CHECKSUM_PACKET_INFO
typedef struct _NDIS_TCP_IP_CHECKSUM_PACKET_INFO {
    union {
        struct {
            ULONG NdisPacketChecksumV4 : 1;
            ULONG NdisPacketChecksumV6 : 1;
            ULONG NdisPacketTcpChecksum : 1;
            ULONG NdisPacketUdpChecksum : 1;
            ULONG NdisPacketIpChecksum : 1;
        } Transmit;
        struct {
            ULONG NdisPacketTcpChecksumFailed : 1;
            ULONG NdisPacketUdpChecksumFailed : 1;
            ULONG NdisPacketIpChecksumFailed : 1;
            ULONG NdisPacketTcpChecksumSucceeded : 1;
            ULONG NdisPacketUdpChecksumSucceeded : 1;
            ULONG NdisPacketIpChecksumSucceeded : 1;
            ULONG NdisPacketLoopback : 1;
        } Receive;
        ULONG Value;
    };
} NDIS_TCP_IP_CHECKSUM_PACKET_INFO, *PNDIS_TCP_IP_CHECKSUM_PACKET_INFO;
#endif

/* ---------------------------------------------------------------------------------------------------
 * Receive side throttle (NDIS 6.20): what the ReceiveThrottleParameters argument of
 * MiniportInterruptDPC / MiniportMessageInterruptDPC points to.
 * ------------------------------------------------------------------------------------------------- */
#ifndef DRVLS_NDIS_RECEIVE_THROTTLE_PARAMETERS
#define DRVLS_NDIS_RECEIVE_THROTTLE_PARAMETERS
typedef struct _NDIS_RECEIVE_THROTTLE_PARAMETERS {
    ULONG MaxNblsToIndicate;
    ULONG MoreNblsPending : 1;
} NDIS_RECEIVE_THROTTLE_PARAMETERS, *PNDIS_RECEIVE_THROTTLE_PARAMETERS;
#endif
#ifndef NDIS_INDICATE_ALL_NBLS
#define NDIS_INDICATE_ALL_NBLS (~0UL)
#endif

/* ---------------------------------------------------------------------------------------------------
 * NDIS 5 miniport timers, still used by NDIS 6 drivers ported from NDIS 5. The object is opaque to the
 * driver; the members below give it storage of a plausible size (a kernel timer and DPC, the callback
 * and its context, the owning adapter, a link).
 * ------------------------------------------------------------------------------------------------- */
#ifndef DRVLS_NDIS_MINIPORT_TIMER
#define DRVLS_NDIS_MINIPORT_TIMER
typedef struct _NDIS_MINIPORT_TIMER {
    KTIMER Timer;
    KDPC Dpc;
    PNDIS_TIMER_FUNCTION MiniportTimerFunction;
    PVOID MiniportTimerContext;
    struct _NDIS_MINIPORT_BLOCK *Miniport;
    struct _NDIS_MINIPORT_TIMER *NextTimer;
} NDIS_MINIPORT_TIMER, *PNDIS_MINIPORT_TIMER;

_IRQL_requires_(PASSIVE_LEVEL)
VOID
NdisMInitializeTimer(_Inout_ PNDIS_MINIPORT_TIMER Timer, _In_ NDIS_HANDLE MiniportAdapterHandle,
                     _In_ PNDIS_TIMER_FUNCTION TimerFunction, _In_ PVOID FunctionContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisMSetTimer(_In_ PNDIS_MINIPORT_TIMER Timer, _In_ UINT MillisecondsToDelay);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisMSetPeriodicTimer(_In_ PNDIS_MINIPORT_TIMER Timer, _In_ UINT MillisecondPeriod);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
NdisMCancelTimer(_In_ PNDIS_MINIPORT_TIMER Timer, _Out_ PBOOLEAN TimerCancelled);
#endif

/* Revision 2 of the adapter registration attributes (NDIS 6.20 and later); same members. */
#ifndef NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 2
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2                                \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, InterfaceType)
#endif

/* More status codes. NDIS_STATUS_OPEN_LIST_FULL keeps its NDIS 5 value (it has no STATUS_NDIS_*
 * counterpart). NDIS_STATUS_PM_WAKE_REASON (NDIS 6.30) is a power-management status indication; its
 * value is not given on its reference page: any distinct value in the indication range parses. */
#ifndef NDIS_STATUS_OPEN_LIST_FULL
#define NDIS_STATUS_OPEN_LIST_FULL ((NDIS_STATUS)0xC0010010L)
#endif
#ifndef NDIS_STATUS_PM_WAKE_REASON
#define NDIS_STATUS_PM_WAKE_REASON ((NDIS_STATUS)0x40030055L)
#endif

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_NDIS_H */
