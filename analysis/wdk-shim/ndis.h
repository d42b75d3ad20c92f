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
};

#define NDIS_OID_REQUEST_REVISION_1 1
#define NDIS_SIZEOF_OID_REQUEST_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Reserved2)

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

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_NDIS_H */
