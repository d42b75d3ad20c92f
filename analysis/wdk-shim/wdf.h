/*
 * wdf.h - drvls WDK supplement: the core of KMDF (the Kernel-Mode Driver Framework) for parsing
 * KMDF drivers without the Windows Driver Kit.
 *
 * mingw-w64 has no framework headers at all, so `#include <wdf.h>` stopped most of Microsoft's KMDF
 * samples at their first line. This header declares the framework interface a KMDF driver is written
 * against: the handle types, the object model and context macros, the driver and device objects with
 * their initialisation calls and PnP/power callbacks, FDOs, PDOs and child lists, file objects,
 * registry, strings, collections, memory and lookaside lists, locks, timers, DPCs, work items,
 * interrupts, hardware resources, DMA, the STATUS_WDF_* values and the verifier helpers. Queues, requests, I/O targets and WMI
 * come from drvls_wdf_io.h, which is included at the end and builds on the types declared here.
 *
 * Written from the public KMDF reference documentation (the wdf*.h pages of the WDK reference). Names,
 * signatures, structure members and enumerator values follow the documentation; the inline _INIT
 * helpers do what the documentation says they do (zero the structure, set Size, store the arguments,
 * apply the documented defaults). The framework calls are ordinary function declarations, not the
 * WDK's function-table dispatch macros, and each callback role is a function typedef
 * (`typedef VOID EVT_WDF_TIMER(WDFTIMER Timer);`) with a PFN_ pointer type, so that
 * `EVT_WDF_TIMER MyTimerFunc;` declares a function and drvls can see which routine plays which role.
 * It describes the interface only; it is not meant for building drivers.
 *
 * The enumerations are complete where drivers use the values; the framework-internal state machine
 * enumerations (WDF_DEVICE_PNP_STATE, WDF_DEVICE_POWER_STATE, WDF_DEVICE_POWER_POLICY_STATE) carry only
 * their first values. KMDF_VERSION_MAJOR / KMDF_VERSION_MINOR default to 1.33 when the build does not
 * define them; every declaration is visible whatever the version.
 */
#ifndef DRVLS_WDK_SHIM_WDF_H
#define DRVLS_WDK_SHIM_WDF_H

/* KMDF drivers include ntddk.h, wdm.h or ntifs.h first. When none is there yet, bring in the kernel
 * base types ourselves (mingw-w64's wdm.h defines _WDMDDK_; the shim's wdm.h wraps it). */
#if !defined(_WDMDDK_) && !defined(DRVLS_WDK_SHIM_WDM_H)
#include <wdm.h>
#endif

/* The WDK's wdf.h brings in wdmsec.h, so KMDF drivers name the SDDL_DEVOBJ_* security descriptors (for
 * WdfDeviceInitAssignSDDLString) without including it themselves. */
#include <wdmsec.h>

#ifndef KMDF_VERSION_MAJOR
#define KMDF_VERSION_MAJOR 1
#endif
#ifndef KMDF_VERSION_MINOR
#define KMDF_VERSION_MINOR 33
#endif

#ifdef __cplusplus
#define WDF_EXTERN_C extern "C"
#define WDF_EXTERN_C_START extern "C" {
#define WDF_EXTERN_C_END }
#else
#define WDF_EXTERN_C
#define WDF_EXTERN_C_START
#define WDF_EXTERN_C_END
#endif

#ifndef WDFAPI
#define WDFAPI
#endif

#ifndef DECLSPEC_SELECTANY
#define DECLSPEC_SELECTANY __declspec(selectany)
#endif

WDF_EXTERN_C_START

/* ===================================================================================================
 * Handles and basic types (wdftypes.h)
 * ================================================================================================= */

/* WDFOBJECT is an untyped handle: every framework handle converts to it without a cast. */
typedef PVOID WDFOBJECT, *PWDFOBJECT;

typedef struct drvls_WDFDRIVER_s *WDFDRIVER;
typedef struct drvls_WDFDEVICE_s *WDFDEVICE;
typedef struct drvls_WDFWMIPROVIDER_s *WDFWMIPROVIDER;
typedef struct drvls_WDFWMIINSTANCE_s *WDFWMIINSTANCE;
typedef struct drvls_WDFQUEUE_s *WDFQUEUE;
typedef struct drvls_WDFREQUEST_s *WDFREQUEST;
typedef struct drvls_WDFFILEOBJECT_s *WDFFILEOBJECT;
typedef struct drvls_WDFDPC_s *WDFDPC;
typedef struct drvls_WDFTIMER_s *WDFTIMER;
typedef struct drvls_WDFWORKITEM_s *WDFWORKITEM;
typedef struct drvls_WDFINTERRUPT_s *WDFINTERRUPT;
typedef struct drvls_WDFWAITLOCK_s *WDFWAITLOCK;
typedef struct drvls_WDFSPINLOCK_s *WDFSPINLOCK;
typedef struct drvls_WDFMEMORY_s *WDFMEMORY;
typedef struct drvls_WDFLOOKASIDE_s *WDFLOOKASIDE;
typedef struct drvls_WDFCOMMONBUFFER_s *WDFCOMMONBUFFER;
typedef struct drvls_WDFDMAENABLER_s *WDFDMAENABLER;
typedef struct drvls_WDFDMATRANSACTION_s *WDFDMATRANSACTION;
typedef struct drvls_WDFKEY_s *WDFKEY;
typedef struct drvls_WDFSTRING_s *WDFSTRING;
typedef struct drvls_WDFCOLLECTION_s *WDFCOLLECTION;
typedef struct drvls_WDFCHILDLIST_s *WDFCHILDLIST;
typedef struct drvls_WDFIOTARGET_s *WDFIOTARGET;
typedef struct drvls_WDFUSBDEVICE_s *WDFUSBDEVICE;
typedef struct drvls_WDFUSBINTERFACE_s *WDFUSBINTERFACE;
typedef struct drvls_WDFUSBPIPE_s *WDFUSBPIPE;
typedef struct drvls_WDFCMRESLIST_s *WDFCMRESLIST;
typedef struct drvls_WDFIORESREQLIST_s *WDFIORESREQLIST;
typedef struct drvls_WDFIORESLIST_s *WDFIORESLIST;
typedef struct drvls_WDFCOMPANIONTARGET_s *WDFCOMPANIONTARGET;
typedef struct drvls_WDFTASKQUEUE_s *WDFTASKQUEUE;

/* The opaque initialisation blocks a driver fills before creating a device. */
typedef struct drvls_WDFDEVICE_INIT_s *PWDFDEVICE_INIT;
typedef struct drvls_WDFCXDEVICE_INIT_s *PWDFCXDEVICE_INIT;

typedef PVOID WDFCONTEXT;

typedef enum _WDF_TRI_STATE {
    WdfFalse = FALSE,
    WdfTrue = TRUE,
    WdfUseDefault = 2
} WDF_TRI_STATE, *PWDF_TRI_STATE;

#define WDF_NO_OBJECT_ATTRIBUTES NULL
#define WDF_NO_EVENT_CALLBACK NULL
#define WDF_NO_HANDLE NULL
#define WDF_NO_CONTEXT NULL
#define WDF_NO_SEND_OPTIONS NULL

/* Pointer and size helpers. */
#define WDF_PTR_ADD_OFFSET_TYPE(_ptr, _offset, _type) ((_type)(((PUCHAR)(_ptr)) + (_offset)))
#define WDF_PTR_ADD_OFFSET(_ptr, _offset) WDF_PTR_ADD_OFFSET_TYPE(_ptr, _offset, PVOID)
#define WDF_PTR_GET_OFFSET(_base, _ptr) ((size_t)(((PUCHAR)(_ptr)) - ((PUCHAR)(_base))))

FORCEINLINE size_t WDF_ALIGN_SIZE_DOWN(size_t Length, size_t AlignTo) {
    return Length & ~(AlignTo - 1);
}

FORCEINLINE size_t WDF_ALIGN_SIZE_UP(size_t Length, size_t AlignTo) {
    return WDF_ALIGN_SIZE_DOWN(Length + AlignTo - 1, AlignTo);
}

/* Compile-time check used in some framework samples. */
#ifdef __cplusplus
#define WDFCASSERT(c) static_assert((c), #c)
#else
#define WDFCASSERT(c) _Static_assert((c), #c)
#endif

/* A framework memory buffer's offset and length, for calls that take part of a WDFMEMORY. */
typedef struct _WDFMEMORY_OFFSET {
    size_t BufferOffset;
    size_t BufferLength;
} WDFMEMORY_OFFSET, *PWDFMEMORY_OFFSET;

/* ===================================================================================================
 * Framework status values (wdfstatus.h): facility 0x20, as casts so that they fold to constants
 * ================================================================================================= */

#ifndef STATUS_WDF_QUEUED
#define STATUS_WDF_QUEUED ((NTSTATUS)0x40200000L)
#define STATUS_WDF_POSTED ((NTSTATUS)0x40200002L)
#define STATUS_WDF_NO_PACKAGE ((NTSTATUS)0xC0200200L)
#define STATUS_WDF_INTERNAL_ERROR ((NTSTATUS)0xC0200201L)
#define STATUS_WDF_PAUSED ((NTSTATUS)0xC0200203L)
#define STATUS_WDF_BUSY ((NTSTATUS)0xC0200204L)
#define STATUS_WDF_IO_TIMEOUT_NOT_SENT ((NTSTATUS)0xC0200205L)
#define STATUS_WDF_REQUEST_ALREADY_PENDING ((NTSTATUS)0xC0200207L)
#define STATUS_WDF_REQUEST_INVALID_STATE ((NTSTATUS)0xC0200209L)
#define STATUS_WDF_TOO_FRAGMENTED ((NTSTATUS)0xC020020AL)
#define STATUS_WDF_NO_CALLBACK ((NTSTATUS)0xC020020BL)
#define STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL ((NTSTATUS)0xC020020CL)
#define STATUS_WDF_PARENT_ALREADY_ASSIGNED ((NTSTATUS)0xC020020DL)
#define STATUS_WDF_PARENT_IS_SELF ((NTSTATUS)0xC020020EL)
#define STATUS_WDF_PARENT_ASSIGNMENT_NOT_ALLOWED ((NTSTATUS)0xC020020FL)
#define STATUS_WDF_SYNCHRONIZATION_SCOPE_INVALID ((NTSTATUS)0xC0200210L)
#define STATUS_WDF_EXECUTION_LEVEL_INVALID ((NTSTATUS)0xC0200211L)
#define STATUS_WDF_PARENT_NOT_SPECIFIED ((NTSTATUS)0xC0200212L)
#endif

/* ===================================================================================================
 * Driver globals (wdfglobals.h)
 * ================================================================================================= */

typedef struct _WDF_DRIVER_GLOBALS {
    WDFDRIVER Driver;
    ULONG DriverFlags;
    ULONG DriverTag;
    CHAR DriverName[32];
    BOOLEAN DisplaceDriverUnload;
} WDF_DRIVER_GLOBALS, *PWDF_DRIVER_GLOBALS;

extern PWDF_DRIVER_GLOBALS WdfDriverGlobals;

/* ===================================================================================================
 * Object model (wdfobject.h)
 * ================================================================================================= */

typedef enum _WDF_EXECUTION_LEVEL {
    WdfExecutionLevelInvalid = 0x00,
    WdfExecutionLevelInheritFromParent,
    WdfExecutionLevelPassive,
    WdfExecutionLevelDispatch
} WDF_EXECUTION_LEVEL;

typedef enum _WDF_SYNCHRONIZATION_SCOPE {
    WdfSynchronizationScopeInvalid = 0x00,
    WdfSynchronizationScopeInheritFromParent,
    WdfSynchronizationScopeDevice,
    WdfSynchronizationScopeQueue,
    WdfSynchronizationScopeNone
} WDF_SYNCHRONIZATION_SCOPE;

typedef VOID EVT_WDF_OBJECT_CONTEXT_CLEANUP(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP *PFN_WDF_OBJECT_CONTEXT_CLEANUP;

typedef VOID EVT_WDF_OBJECT_CONTEXT_DESTROY(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY *PFN_WDF_OBJECT_CONTEXT_DESTROY;

typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO WDF_OBJECT_CONTEXT_TYPE_INFO, *PWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef const struct _WDF_OBJECT_CONTEXT_TYPE_INFO *PCWDF_OBJECT_CONTEXT_TYPE_INFO;

typedef PCWDF_OBJECT_CONTEXT_TYPE_INFO (__cdecl *PFN_GET_UNIQUE_CONTEXT_TYPE)(VOID);

struct _WDF_OBJECT_CONTEXT_TYPE_INFO {
    ULONG Size;
    LPCSTR ContextName;
    size_t ContextSize;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO UniqueType;
    PFN_GET_UNIQUE_CONTEXT_TYPE EvtDriverGetUniqueContextType;
};

typedef struct _WDF_OBJECT_ATTRIBUTES {
    ULONG Size;
    PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback;
    PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback;
    WDF_EXECUTION_LEVEL ExecutionLevel;
    WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
    WDFOBJECT ParentObject;
    size_t ContextSizeOverride;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO ContextTypeInfo;
} WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;

/* Zero, set Size, and inherit execution level and synchronization scope from the parent. */
FORCEINLINE VOID WDF_OBJECT_ATTRIBUTES_INIT(PWDF_OBJECT_ATTRIBUTES Attributes) {
    RtlZeroMemory(Attributes, sizeof(WDF_OBJECT_ATTRIBUTES));
    Attributes->Size = sizeof(WDF_OBJECT_ATTRIBUTES);
    Attributes->ExecutionLevel = WdfExecutionLevelInheritFromParent;
    Attributes->SynchronizationScope = WdfSynchronizationScopeInheritFromParent;
}

/* Context types. WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(T, Get) defines the type-information record
 * _WDF_T_TYPE_INFO and an accessor `T *Get(WDFOBJECT)`; WDF_DECLARE_CONTEXT_TYPE(T) names the accessor
 * WdfObjectGet_T. */
#define WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) _WDF_##_contexttype##_TYPE_INFO
#define WDF_TYPE_NAME_POINTER_TYPE(_contexttype) WDF_POINTER_TYPE_##_contexttype
#define WDF_GET_CONTEXT_TYPE_INFO(_contexttype) (WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype).UniqueType)

#ifdef __cplusplus
#define DRVLS_WDF_CONTEXT_INFO_STORAGE extern "C" DECLSPEC_SELECTANY
#else
#define DRVLS_WDF_CONTEXT_INFO_STORAGE DECLSPEC_SELECTANY
#endif

#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)                              \
    typedef _contexttype *WDF_TYPE_NAME_POINTER_TYPE(_contexttype);                                    \
    DRVLS_WDF_CONTEXT_INFO_STORAGE const WDF_OBJECT_CONTEXT_TYPE_INFO                                  \
        WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) = {sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO),              \
                                                    #_contexttype,                                     \
                                                    sizeof(_contexttype),                              \
                                                    &WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype),         \
                                                    NULL};                                             \
    FORCEINLINE _contexttype *_castingfunction(WDFOBJECT Handle) {                                     \
        return (_contexttype *)WdfObjectGetTypedContextWorker(                                         \
            Handle, WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype).UniqueType);                              \
    }

#define WDF_DECLARE_CONTEXT_TYPE(_contexttype)                                                         \
    WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, WdfObjectGet_##_contexttype)

/* A context type shared with another component: only the accessor, the type information lives
 * elsewhere. */
#define WDF_DECLARE_SHARED_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)                       \
    typedef _contexttype *WDF_TYPE_NAME_POINTER_TYPE(_contexttype);                                    \
    extern const WDF_OBJECT_CONTEXT_TYPE_INFO WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype);                \
    FORCEINLINE _contexttype *_castingfunction(WDFOBJECT Handle) {                                     \
        return (_contexttype *)WdfObjectGetTypedContextWorker(                                         \
            Handle, WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype).UniqueType);                              \
    }

#define WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)                               \
    ((void)((_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype)))

#define WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(_attributes, _contexttype)                              \
    ((void)(WDF_OBJECT_ATTRIBUTES_INIT(_attributes),                                                   \
            (_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype)))

#define WdfObjectGetTypedContext(handle, type)                                                         \
    ((type *)WdfObjectGetTypedContextWorker((WDFOBJECT)(handle), WDF_GET_CONTEXT_TYPE_INFO(type)))

PVOID WdfObjectGetTypedContextWorker(WDFOBJECT Handle, PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo);
NTSTATUS WdfObjectAllocateContext(WDFOBJECT Handle, PWDF_OBJECT_ATTRIBUTES ContextAttributes,
                                  PVOID *Context);
WDFOBJECT WdfObjectContextGetObject(PVOID ContextPointer);
VOID WdfObjectReferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line, PCCH File);
VOID WdfObjectDereferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line, PCCH File);
VOID WdfObjectReference(WDFOBJECT Handle);
VOID WdfObjectReferenceWithTag(WDFOBJECT Handle, PVOID Tag);
VOID WdfObjectDereference(WDFOBJECT Handle);
VOID WdfObjectDereferenceWithTag(WDFOBJECT Handle, PVOID Tag);
NTSTATUS WdfObjectCreate(PWDF_OBJECT_ATTRIBUTES Attributes, WDFOBJECT *Object);
VOID WdfObjectDelete(WDFOBJECT Object);
NTSTATUS WdfObjectQuery(WDFOBJECT Object, CONST GUID *Guid, ULONG QueryBufferLength, PVOID QueryBuffer);

/* ===================================================================================================
 * Verifier and bug checks (wdfverifier.h, wdfbugcodes.h)
 * ================================================================================================= */

VOID WdfVerifierDbgBreakPoint(VOID);
VOID WdfVerifierKeBugCheck(ULONG BugCheckCode, ULONG_PTR BugCheckParameter1, ULONG_PTR BugCheckParameter2,
                           ULONG_PTR BugCheckParameter3, ULONG_PTR BugCheckParameter4);
PVOID WdfGetTriageInfo(VOID);

/* Break into the debugger (under the framework verifier) when the expression is false. */
#define WDFVERIFY(exp)                                                                                 \
    do {                                                                                               \
        if (!(exp)) {                                                                                  \
            WdfVerifierDbgBreakPoint();                                                                \
        }                                                                                              \
    } while (0)

#define VERIFY_IS_IRQL_PASSIVE_LEVEL() WDFVERIFY(KeGetCurrentIrql() == PASSIVE_LEVEL)


/* ===================================================================================================
 * Memory descriptors, memory objects and lookaside lists (wdfmemory.h)
 * ================================================================================================= */

typedef enum _WDF_MEMORY_DESCRIPTOR_TYPE {
    WdfMemoryDescriptorTypeInvalid = 0,
    WdfMemoryDescriptorTypeBuffer,
    WdfMemoryDescriptorTypeMdl,
    WdfMemoryDescriptorTypeHandle
} WDF_MEMORY_DESCRIPTOR_TYPE;

typedef struct _WDF_MEMORY_DESCRIPTOR {
    WDF_MEMORY_DESCRIPTOR_TYPE Type;
    union {
        struct {
            PVOID Buffer;
            ULONG Length;
        } BufferType;
        struct {
            PMDL Mdl;
            ULONG BufferLength;
        } MdlType;
        struct {
            WDFMEMORY Memory;
            PWDFMEMORY_OFFSET Offsets;
        } HandleType;
    } u;
} WDF_MEMORY_DESCRIPTOR, *PWDF_MEMORY_DESCRIPTOR;

FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(PWDF_MEMORY_DESCRIPTOR Descriptor, PVOID Buffer,
                                                   ULONG BufferLength) {
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeBuffer;
    Descriptor->u.BufferType.Buffer = Buffer;
    Descriptor->u.BufferType.Length = BufferLength;
}

FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_MDL(PWDF_MEMORY_DESCRIPTOR Descriptor, PMDL Mdl,
                                                ULONG BufferLength) {
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeMdl;
    Descriptor->u.MdlType.Mdl = Mdl;
    Descriptor->u.MdlType.BufferLength = BufferLength;
}

FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(PWDF_MEMORY_DESCRIPTOR Descriptor, WDFMEMORY Memory,
                                                   PWDFMEMORY_OFFSET Offsets) {
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeHandle;
    Descriptor->u.HandleType.Memory = Memory;
    Descriptor->u.HandleType.Offsets = Offsets;
}

NTSTATUS WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES Attributes, POOL_TYPE PoolType, ULONG PoolTag,
                         size_t BufferSize, WDFMEMORY *Memory, PVOID *Buffer);
NTSTATUS WdfMemoryCreatePreallocated(PWDF_OBJECT_ATTRIBUTES Attributes, PVOID Buffer, size_t BufferSize,
                                     WDFMEMORY *Memory);
PVOID WdfMemoryGetBuffer(WDFMEMORY Memory, size_t *BufferSize);
NTSTATUS WdfMemoryAssignBuffer(WDFMEMORY Memory, PVOID Buffer, size_t BufferSize);
NTSTATUS WdfMemoryCopyToBuffer(WDFMEMORY SourceMemory, size_t SourceOffset, PVOID Buffer,
                               size_t NumBytesToCopyTo);
NTSTATUS WdfMemoryCopyFromBuffer(WDFMEMORY DestinationMemory, size_t DestinationOffset, PVOID Buffer,
                                 size_t NumBytesToCopyFrom);
NTSTATUS WdfLookasideListCreate(PWDF_OBJECT_ATTRIBUTES LookasideAttributes, size_t BufferSize,
                                POOL_TYPE PoolType, PWDF_OBJECT_ATTRIBUTES MemoryAttributes, ULONG PoolTag,
                                WDFLOOKASIDE *Lookaside);
NTSTATUS WdfMemoryCreateFromLookaside(WDFLOOKASIDE Lookaside, WDFMEMORY *Memory);

/* The options block of the request-sending calls; the flags, the _INIT helpers and the calls that take
 * it are declared with requests and I/O targets in drvls_wdf_io.h. */
typedef struct _WDF_REQUEST_SEND_OPTIONS {
    ULONG Size;
    ULONG Flags;
    LONGLONG Timeout;
} WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;

/* ===================================================================================================
 * Driver object (wdfdriver.h)
 * ================================================================================================= */

typedef enum _WDF_DRIVER_INIT_FLAGS {
    WdfDriverInitNonPnpDriver = 0x00000001,
    WdfDriverInitNoDispatchOverride = 0x00000002,
    WdfVerifyOn = 0x00000004,
    WdfVerifierOn = 0x00000008,
    WdfDriverInitCompanion = 0x00000010
} WDF_DRIVER_INIT_FLAGS;

typedef NTSTATUS EVT_WDF_DRIVER_DEVICE_ADD(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit);
typedef EVT_WDF_DRIVER_DEVICE_ADD *PFN_WDF_DRIVER_DEVICE_ADD;

typedef VOID EVT_WDF_DRIVER_UNLOAD(WDFDRIVER Driver);
typedef EVT_WDF_DRIVER_UNLOAD *PFN_WDF_DRIVER_UNLOAD;

/* WdfDriverRegisterTraceInfo is framework-internal and its callback's signature is not documented. */
typedef PVOID PFN_WDF_TRACE_CALLBACK;

typedef struct _WDF_DRIVER_CONFIG {
    ULONG Size;
    PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd;
    PFN_WDF_DRIVER_UNLOAD EvtDriverUnload;
    ULONG DriverInitFlags;
    ULONG DriverPoolTag;
} WDF_DRIVER_CONFIG, *PWDF_DRIVER_CONFIG;

FORCEINLINE VOID WDF_DRIVER_CONFIG_INIT(PWDF_DRIVER_CONFIG Config,
                                        PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd) {
    RtlZeroMemory(Config, sizeof(WDF_DRIVER_CONFIG));
    Config->Size = sizeof(WDF_DRIVER_CONFIG);
    Config->EvtDriverDeviceAdd = EvtDriverDeviceAdd;
}

typedef struct _WDF_DRIVER_VERSION_AVAILABLE_PARAMS {
    ULONG Size;
    ULONG MajorVersion;
    ULONG MinorVersion;
} WDF_DRIVER_VERSION_AVAILABLE_PARAMS, *PWDF_DRIVER_VERSION_AVAILABLE_PARAMS;

FORCEINLINE VOID WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(PWDF_DRIVER_VERSION_AVAILABLE_PARAMS Params,
                                                          ULONG MajorVersion, ULONG MinorVersion) {
    RtlZeroMemory(Params, sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS));
    Params->Size = sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS);
    Params->MajorVersion = MajorVersion;
    Params->MinorVersion = MinorVersion;
}

NTSTATUS WdfDriverCreate(PDRIVER_OBJECT DriverObject, PCUNICODE_STRING RegistryPath,
                         PWDF_OBJECT_ATTRIBUTES DriverAttributes, PWDF_DRIVER_CONFIG DriverConfig,
                         WDFDRIVER *Driver);
PWSTR WdfDriverGetRegistryPath(WDFDRIVER Driver);
PDRIVER_OBJECT WdfDriverWdmGetDriverObject(WDFDRIVER Driver);
WDFDRIVER WdfWdmDriverGetWdfDriverHandle(PDRIVER_OBJECT DriverObject);
WDFDRIVER WdfGetDriver(VOID);
NTSTATUS WdfDriverOpenParametersRegistryKey(WDFDRIVER Driver, ACCESS_MASK DesiredAccess,
                                            PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
NTSTATUS WdfDriverOpenPersistentStateRegistryKey(WDFDRIVER Driver, ACCESS_MASK DesiredAccess,
                                                 PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
NTSTATUS WdfDriverRegisterTraceInfo(PDRIVER_OBJECT DriverObject, PFN_WDF_TRACE_CALLBACK EvtTraceCallback,
                                    PVOID ControlBlock);
NTSTATUS WdfDriverRetrieveVersionString(WDFDRIVER Driver, WDFSTRING String);
BOOLEAN WdfDriverIsVersionAvailable(WDFDRIVER Driver,
                                    PWDF_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams);
NTSTATUS WdfDriverRetrieveDriverDataDirectoryString(WDFDRIVER Driver, WDFSTRING String);

/* ===================================================================================================
 * Strings and collections (wdfstring.h, wdfcollection.h)
 * ================================================================================================= */

NTSTATUS WdfStringCreate(PCUNICODE_STRING UnicodeString, PWDF_OBJECT_ATTRIBUTES StringAttributes,
                         WDFSTRING *String);
VOID WdfStringGetUnicodeString(WDFSTRING String, PUNICODE_STRING UnicodeString);

NTSTATUS WdfCollectionCreate(PWDF_OBJECT_ATTRIBUTES CollectionAttributes, WDFCOLLECTION *Collection);
ULONG WdfCollectionGetCount(WDFCOLLECTION Collection);
NTSTATUS WdfCollectionAdd(WDFCOLLECTION Collection, WDFOBJECT Object);
VOID WdfCollectionRemove(WDFCOLLECTION Collection, WDFOBJECT Item);
VOID WdfCollectionRemoveItem(WDFCOLLECTION Collection, ULONG Index);
WDFOBJECT WdfCollectionGetItem(WDFCOLLECTION Collection, ULONG Index);
WDFOBJECT WdfCollectionGetFirstItem(WDFCOLLECTION Collection);
WDFOBJECT WdfCollectionGetLastItem(WDFCOLLECTION Collection);

/* ===================================================================================================
 * Registry (wdfregistry.h)
 * ================================================================================================= */

NTSTATUS WdfRegistryOpenKey(WDFKEY ParentKey, PCUNICODE_STRING KeyName, ACCESS_MASK DesiredAccess,
                            PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
NTSTATUS WdfRegistryCreateKey(WDFKEY ParentKey, PCUNICODE_STRING KeyName, ACCESS_MASK DesiredAccess,
                              ULONG CreateOptions, PULONG CreateDisposition,
                              PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
VOID WdfRegistryClose(WDFKEY Key);
HANDLE WdfRegistryWdmGetHandle(WDFKEY Key);
NTSTATUS WdfRegistryRemoveKey(WDFKEY Key);
NTSTATUS WdfRegistryRemoveValue(WDFKEY Key, PCUNICODE_STRING ValueName);
NTSTATUS WdfRegistryQueryValue(WDFKEY Key, PCUNICODE_STRING ValueName, ULONG ValueLength, PVOID Value,
                               PULONG ValueLengthQueried, PULONG ValueType);
NTSTATUS WdfRegistryQueryMemory(WDFKEY Key, PCUNICODE_STRING ValueName, POOL_TYPE PoolType,
                                PWDF_OBJECT_ATTRIBUTES MemoryAttributes, WDFMEMORY *Memory,
                                PULONG ValueType);
NTSTATUS WdfRegistryQueryMultiString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                     PWDF_OBJECT_ATTRIBUTES StringsAttributes, WDFCOLLECTION Collection);
NTSTATUS WdfRegistryQueryUnicodeString(WDFKEY Key, PCUNICODE_STRING ValueName, PUSHORT ValueByteLength,
                                       PUNICODE_STRING Value);
NTSTATUS WdfRegistryQueryString(WDFKEY Key, PCUNICODE_STRING ValueName, WDFSTRING String);
NTSTATUS WdfRegistryQueryULong(WDFKEY Key, PCUNICODE_STRING ValueName, PULONG Value);
NTSTATUS WdfRegistryAssignValue(WDFKEY Key, PCUNICODE_STRING ValueName, ULONG ValueType, ULONG ValueLength,
                                PVOID Value);
NTSTATUS WdfRegistryAssignMemory(WDFKEY Key, PCUNICODE_STRING ValueName, ULONG ValueType, WDFMEMORY Memory,
                                 PWDFMEMORY_OFFSET MemoryOffsets);
NTSTATUS WdfRegistryAssignMultiString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                      WDFCOLLECTION StringsCollection);
NTSTATUS WdfRegistryAssignUnicodeString(WDFKEY Key, PCUNICODE_STRING ValueName, PCUNICODE_STRING Value);
NTSTATUS WdfRegistryAssignString(WDFKEY Key, PCUNICODE_STRING ValueName, WDFSTRING String);
NTSTATUS WdfRegistryAssignULong(WDFKEY Key, PCUNICODE_STRING ValueName, ULONG Value);

/* ===================================================================================================
 * Locks (wdfsync.h)
 * ================================================================================================= */

NTSTATUS WdfSpinLockCreate(PWDF_OBJECT_ATTRIBUTES SpinLockAttributes, WDFSPINLOCK *SpinLock);
VOID WdfSpinLockAcquire(WDFSPINLOCK SpinLock);
VOID WdfSpinLockRelease(WDFSPINLOCK SpinLock);

NTSTATUS WdfWaitLockCreate(PWDF_OBJECT_ATTRIBUTES LockAttributes, WDFWAITLOCK *Lock);
NTSTATUS WdfWaitLockAcquire(WDFWAITLOCK Lock, PLONGLONG Timeout);
VOID WdfWaitLockRelease(WDFWAITLOCK Lock);

/* ===================================================================================================
 * Time values (wdfcore.h): 100-nanosecond units, negative for relative times
 * ================================================================================================= */

#define WDF_TIMEOUT_TO_SEC ((LONGLONG)10000000)
#define WDF_TIMEOUT_TO_MS ((LONGLONG)10000)
#define WDF_TIMEOUT_TO_US ((LONGLONG)10)

FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_SEC(ULONGLONG Time) {
    return -((LONGLONG)Time * WDF_TIMEOUT_TO_SEC);
}
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_SEC(ULONGLONG Time) {
    return (LONGLONG)Time * WDF_TIMEOUT_TO_SEC;
}
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_MS(ULONGLONG Time) {
    return -((LONGLONG)Time * WDF_TIMEOUT_TO_MS);
}
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_MS(ULONGLONG Time) {
    return (LONGLONG)Time * WDF_TIMEOUT_TO_MS;
}
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_US(ULONGLONG Time) {
    return -((LONGLONG)Time * WDF_TIMEOUT_TO_US);
}
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_US(ULONGLONG Time) {
    return (LONGLONG)Time * WDF_TIMEOUT_TO_US;
}

/* ===================================================================================================
 * Timers (wdftimer.h)
 * ================================================================================================= */

typedef VOID EVT_WDF_TIMER(WDFTIMER Timer);
typedef EVT_WDF_TIMER *PFN_WDF_TIMER;

#define TolerableDelayUnlimited ((ULONG)-1)

typedef struct _WDF_TIMER_CONFIG {
    ULONG Size;
    PFN_WDF_TIMER EvtTimerFunc;
    ULONG Period;
    BOOLEAN AutomaticSerialization;
    ULONG TolerableDelay;
    BOOLEAN UseHighResolutionTimer;
} WDF_TIMER_CONFIG, *PWDF_TIMER_CONFIG;

/* One-shot timer: Period and TolerableDelay zero, automatic serialization on. */
FORCEINLINE VOID WDF_TIMER_CONFIG_INIT(PWDF_TIMER_CONFIG Config, PFN_WDF_TIMER EvtTimerFunc) {
    RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
    Config->Size = sizeof(WDF_TIMER_CONFIG);
    Config->EvtTimerFunc = EvtTimerFunc;
    Config->Period = 0;
    Config->AutomaticSerialization = TRUE;
    Config->TolerableDelay = 0;
}

/* Periodic timer: as above with the given period in milliseconds. */
FORCEINLINE VOID WDF_TIMER_CONFIG_INIT_PERIODIC(PWDF_TIMER_CONFIG Config, PFN_WDF_TIMER EvtTimerFunc,
                                                LONG Period) {
    RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
    Config->Size = sizeof(WDF_TIMER_CONFIG);
    Config->EvtTimerFunc = EvtTimerFunc;
    Config->Period = (ULONG)Period;
    Config->AutomaticSerialization = TRUE;
    Config->TolerableDelay = 0;
}

NTSTATUS WdfTimerCreate(PWDF_TIMER_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes, WDFTIMER *Timer);
BOOLEAN WdfTimerStart(WDFTIMER Timer, LONGLONG DueTime);
BOOLEAN WdfTimerStop(WDFTIMER Timer, BOOLEAN Wait);
WDFOBJECT WdfTimerGetParentObject(WDFTIMER Timer);

/* ===================================================================================================
 * DPCs (wdfdpc.h)
 * ================================================================================================= */

typedef VOID EVT_WDF_DPC(WDFDPC Dpc);
typedef EVT_WDF_DPC *PFN_WDF_DPC;

typedef struct _WDF_DPC_CONFIG {
    ULONG Size;
    PFN_WDF_DPC EvtDpcFunc;
    BOOLEAN AutomaticSerialization;
} WDF_DPC_CONFIG, *PWDF_DPC_CONFIG;

FORCEINLINE VOID WDF_DPC_CONFIG_INIT(PWDF_DPC_CONFIG Config, PFN_WDF_DPC EvtDpcFunc) {
    RtlZeroMemory(Config, sizeof(WDF_DPC_CONFIG));
    Config->Size = sizeof(WDF_DPC_CONFIG);
    Config->EvtDpcFunc = EvtDpcFunc;
    Config->AutomaticSerialization = TRUE;
}

NTSTATUS WdfDpcCreate(PWDF_DPC_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes, WDFDPC *Dpc);
BOOLEAN WdfDpcEnqueue(WDFDPC Dpc);
BOOLEAN WdfDpcCancel(WDFDPC Dpc, BOOLEAN Wait);
WDFOBJECT WdfDpcGetParentObject(WDFDPC Dpc);
PKDPC WdfDpcWdmGetDpc(WDFDPC Dpc);

/* ===================================================================================================
 * Work items (wdfworkitem.h)
 * ================================================================================================= */

typedef VOID EVT_WDF_WORKITEM(WDFWORKITEM WorkItem);
typedef EVT_WDF_WORKITEM *PFN_WDF_WORKITEM;

typedef struct _WDF_WORKITEM_CONFIG {
    ULONG Size;
    PFN_WDF_WORKITEM EvtWorkItemFunc;
    BOOLEAN AutomaticSerialization;
} WDF_WORKITEM_CONFIG, *PWDF_WORKITEM_CONFIG;

/* Zero, set Size, store the callback, automatic serialization on. */
FORCEINLINE VOID WDF_WORKITEM_CONFIG_INIT(PWDF_WORKITEM_CONFIG Config, PFN_WDF_WORKITEM EvtWorkItemFunc) {
    RtlZeroMemory(Config, sizeof(WDF_WORKITEM_CONFIG));
    Config->Size = sizeof(WDF_WORKITEM_CONFIG);
    Config->EvtWorkItemFunc = EvtWorkItemFunc;
    Config->AutomaticSerialization = TRUE;
}

NTSTATUS WdfWorkItemCreate(PWDF_WORKITEM_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes,
                           WDFWORKITEM *WorkItem);
VOID WdfWorkItemEnqueue(WDFWORKITEM WorkItem);
WDFOBJECT WdfWorkItemGetParentObject(WDFWORKITEM WorkItem);
VOID WdfWorkItemFlush(WDFWORKITEM WorkItem);

/* ===================================================================================================
 * Device object: enumerations (wdfdevice.h)
 * ================================================================================================= */

typedef enum _WDF_POWER_DEVICE_STATE {
    WdfPowerDeviceInvalid = 0,
    WdfPowerDeviceD0,
    WdfPowerDeviceD1,
    WdfPowerDeviceD2,
    WdfPowerDeviceD3,
    WdfPowerDeviceD3Final,
    WdfPowerDevicePrepareForHibernation,
    WdfPowerDeviceMaximum
} WDF_POWER_DEVICE_STATE, *PWDF_POWER_DEVICE_STATE;

/* The framework's internal state machines; only the first values are given. */
typedef enum _WDF_DEVICE_PNP_STATE {
    WdfDevStatePnpInvalid = 0x00,
    WdfDevStatePnpObjectCreated = 0x100
} WDF_DEVICE_PNP_STATE, *PWDF_DEVICE_PNP_STATE;

typedef enum _WDF_DEVICE_POWER_STATE {
    WdfDevStatePowerInvalid = 0x00,
    WdfDevStatePowerObjectCreated = 0x300
} WDF_DEVICE_POWER_STATE, *PWDF_DEVICE_POWER_STATE;

typedef enum _WDF_DEVICE_POWER_POLICY_STATE {
    WdfDevStatePwrPolInvalid = 0x00,
    WdfDevStatePwrPolObjectCreated = 0x500
} WDF_DEVICE_POWER_POLICY_STATE, *PWDF_DEVICE_POWER_POLICY_STATE;

typedef enum _WDF_STATE_NOTIFICATION_TYPE {
    StateNotificationInvalid = 0x0000,
    StateNotificationEnterState = 0x0001,
    StateNotificationPostProcessState = 0x0002,
    StateNotificationLeaveState = 0x0004,
    StateNotificationAllStates = StateNotificationEnterState | StateNotificationPostProcessState |
                                 StateNotificationLeaveState
} WDF_STATE_NOTIFICATION_TYPE;

typedef enum _WDF_DEVICE_IO_TYPE {
    WdfDeviceIoUndefined = 0,
    WdfDeviceIoNeither,
    WdfDeviceIoBuffered,
    WdfDeviceIoDirect,
    WdfDeviceIoBufferedOrDirect = 4,
    WdfDeviceIoMaximum
} WDF_DEVICE_IO_TYPE, *PWDF_DEVICE_IO_TYPE;

typedef enum _WDF_FILEOBJECT_CLASS {
    WdfFileObjectInvalid = 0,
    WdfFileObjectNotRequired = 1,
    WdfFileObjectWdfCanUseFsContext = 2,
    WdfFileObjectWdfCanUseFsContext2 = 3,
    WdfFileObjectWdfCannotUseFsContexts = 4,
    WdfFileObjectCanBeOptional = 0x80000000
} WDF_FILEOBJECT_CLASS, *PWDF_FILEOBJECT_CLASS;

typedef enum _WDF_DEVICE_FAILED_ACTION {
    WdfDeviceFailedUndefined = 0,
    WdfDeviceFailedAttemptRestart,
    WdfDeviceFailedNoRestart
} WDF_DEVICE_FAILED_ACTION;

typedef enum _WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE {
    WdfReleaseHardwareOrderOnFailureInvalid = 0,
    WdfReleaseHardwareOrderOnFailureEarly,
    WdfReleaseHardwareOrderOnFailureAfterDescendants
} WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE;

typedef enum _WDF_SPECIAL_FILE_TYPE {
    WdfSpecialFileUndefined = 0,
    WdfSpecialFilePaging = 1,
    WdfSpecialFileHibernation,
    WdfSpecialFileDump,
    WdfSpecialFileBoot,
    WdfSpecialFilePostDisplay,
    WdfSpecialFileGuestAssigned,
    WdfSpecialFileMax
} WDF_SPECIAL_FILE_TYPE, *PWDF_SPECIAL_FILE_TYPE;

typedef enum _WDF_POWER_POLICY_S0_IDLE_CAPABILITIES {
    IdleCapsInvalid = 0,
    IdleCannotWakeFromS0,
    IdleCanWakeFromS0,
    IdleUsbSelectiveSuspend
} WDF_POWER_POLICY_S0_IDLE_CAPABILITIES;

typedef enum _WDF_POWER_POLICY_S0_IDLE_USER_CONTROL {
    IdleUserControlInvalid = 0,
    IdleDoNotAllowUserControl,
    IdleAllowUserControl
} WDF_POWER_POLICY_S0_IDLE_USER_CONTROL;

typedef enum _WDF_POWER_POLICY_IDLE_TIMEOUT_CONSTANTS {
    IdleTimeoutDefaultConstant = 0
} WDF_POWER_POLICY_IDLE_TIMEOUT_CONSTANTS;

#define IdleTimeoutDefaultValue ((ULONG)IdleTimeoutDefaultConstant)

typedef enum _WDF_POWER_POLICY_SX_WAKE_USER_CONTROL {
    WakeUserControlInvalid = 0,
    WakeDoNotAllowUserControl,
    WakeAllowUserControl
} WDF_POWER_POLICY_SX_WAKE_USER_CONTROL;

typedef enum _WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE {
    DriverManagedIdleTimeout = 0,
    SystemManagedIdleTimeout = 1,
    SystemManagedIdleTimeoutWithHint = 2
} WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE, *PWDF_POWER_POLICY_IDLE_TIMEOUT_TYPE;

typedef enum _WDF_DEVICE_SHUTDOWN_FLAGS {
    WdfDeviceShutdown = 0x01,
    WdfDeviceLastChanceShutdown = 0x02
} WDF_DEVICE_SHUTDOWN_FLAGS;

typedef enum _WDF_DEVICE_IO_BUFFER_RETRIEVAL {
    WdfDeviceIoBufferRetrievalUndefined = 0,
    WdfDeviceIoBufferRetrievalCopyImmediately,
    WdfDeviceIoBufferRetrievalDeferred
} WDF_DEVICE_IO_BUFFER_RETRIEVAL;

typedef enum _WDF_REMOVE_LOCK_OPTIONS_FLAGS {
    WDF_REMOVE_LOCK_OPTION_ACQUIRE_FOR_IO = 0x00000001
} WDF_REMOVE_LOCK_OPTIONS_FLAGS;


/* ===================================================================================================
 * Device object: callback roles (wdfdevice.h)
 * ================================================================================================= */

typedef VOID EVT_WDF_DEVICE_CONTEXT_CLEANUP(WDFOBJECT Device);
typedef EVT_WDF_DEVICE_CONTEXT_CLEANUP *PFN_WDF_DEVICE_CONTEXT_CLEANUP;
typedef VOID EVT_WDF_DEVICE_CONTEXT_DESTROY(WDFOBJECT Device);
typedef EVT_WDF_DEVICE_CONTEXT_DESTROY *PFN_WDF_DEVICE_CONTEXT_DESTROY;

typedef VOID EVT_WDF_FILE_CONTEXT_CLEANUP_CALLBACK(WDFOBJECT FileObject);
typedef EVT_WDF_FILE_CONTEXT_CLEANUP_CALLBACK *PFN_WDF_FILE_CONTEXT_CLEANUP_CALLBACK;
typedef VOID EVT_WDF_FILE_CONTEXT_DESTROY_CALLBACK(WDFOBJECT FileObject);
typedef EVT_WDF_FILE_CONTEXT_DESTROY_CALLBACK *PFN_WDF_FILE_CONTEXT_DESTROY_CALLBACK;

typedef VOID EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION *PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION;

/* File objects. */
typedef VOID EVT_WDF_DEVICE_FILE_CREATE(WDFDEVICE Device, WDFREQUEST Request, WDFFILEOBJECT FileObject);
typedef EVT_WDF_DEVICE_FILE_CREATE *PFN_WDF_DEVICE_FILE_CREATE;
typedef VOID EVT_WDF_FILE_CLOSE(WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLOSE *PFN_WDF_FILE_CLOSE;
typedef VOID EVT_WDF_FILE_CLEANUP(WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLEANUP *PFN_WDF_FILE_CLEANUP;

/* PnP and power. */
typedef NTSTATUS EVT_WDF_DEVICE_D0_ENTRY(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_WDF_DEVICE_D0_ENTRY *PFN_WDF_DEVICE_D0_ENTRY;
typedef NTSTATUS EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED(WDFDEVICE Device,
                                                               WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED *PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED;
typedef NTSTATUS EVT_WDF_DEVICE_D0_EXIT(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_WDF_DEVICE_D0_EXIT *PFN_WDF_DEVICE_D0_EXIT;
typedef NTSTATUS EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED(WDFDEVICE Device,
                                                              WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED *PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED;
typedef NTSTATUS EVT_WDF_DEVICE_PREPARE_HARDWARE(WDFDEVICE Device, WDFCMRESLIST ResourcesRaw,
                                                WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_PREPARE_HARDWARE *PFN_WDF_DEVICE_PREPARE_HARDWARE;
typedef NTSTATUS EVT_WDF_DEVICE_RELEASE_HARDWARE(WDFDEVICE Device, WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_RELEASE_HARDWARE *PFN_WDF_DEVICE_RELEASE_HARDWARE;
typedef VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP *PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP;
typedef VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH *PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT *PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND *PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART *PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART;
typedef VOID EVT_WDF_DEVICE_SURPRISE_REMOVAL(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SURPRISE_REMOVAL *PFN_WDF_DEVICE_SURPRISE_REMOVAL;
typedef NTSTATUS EVT_WDF_DEVICE_QUERY_REMOVE(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_REMOVE *PFN_WDF_DEVICE_QUERY_REMOVE;
typedef NTSTATUS EVT_WDF_DEVICE_QUERY_STOP(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_STOP *PFN_WDF_DEVICE_QUERY_STOP;
typedef VOID EVT_WDF_DEVICE_USAGE_NOTIFICATION(WDFDEVICE Device, WDF_SPECIAL_FILE_TYPE NotificationType,
                                               BOOLEAN IsInNotificationPath);
typedef EVT_WDF_DEVICE_USAGE_NOTIFICATION *PFN_WDF_DEVICE_USAGE_NOTIFICATION;
typedef NTSTATUS EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX(WDFDEVICE Device,
                                                     WDF_SPECIAL_FILE_TYPE NotificationType,
                                                     BOOLEAN IsInNotificationPath);
typedef EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX *PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX;
typedef VOID EVT_WDF_DEVICE_RELATIONS_QUERY(WDFDEVICE Device, DEVICE_RELATION_TYPE RelationType);
typedef EVT_WDF_DEVICE_RELATIONS_QUERY *PFN_WDF_DEVICE_RELATIONS_QUERY;

/* Power policy. */
typedef NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_S0(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_S0 *PFN_WDF_DEVICE_ARM_WAKE_FROM_S0;
typedef VOID EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0 *PFN_WDF_DEVICE_DISARM_WAKE_FROM_S0;
typedef VOID EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED *PFN_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED;
typedef NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_SX *PFN_WDF_DEVICE_ARM_WAKE_FROM_SX;
typedef NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON(WDFDEVICE Device, BOOLEAN DeviceWakeEnabled,
                                                           BOOLEAN ChildrenArmedForWake);
typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON *PFN_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON;
typedef VOID EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX *PFN_WDF_DEVICE_DISARM_WAKE_FROM_SX;
typedef VOID EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED *PFN_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED;

/* Framework state machine notifications. */
typedef struct _WDF_DEVICE_PNP_NOTIFICATION_DATA {
    WDF_STATE_NOTIFICATION_TYPE Type;
    union {
        struct {
            WDF_DEVICE_PNP_STATE CurrentState;
            WDF_DEVICE_PNP_STATE NewState;
        } EnterState;
        struct {
            WDF_DEVICE_PNP_STATE CurrentState;
        } PostProcessState;
        struct {
            WDF_DEVICE_PNP_STATE CurrentState;
            WDF_DEVICE_PNP_STATE NewState;
        } LeaveState;
    } Data;
} WDF_DEVICE_PNP_NOTIFICATION_DATA;
typedef const WDF_DEVICE_PNP_NOTIFICATION_DATA *PCWDF_DEVICE_PNP_NOTIFICATION_DATA;

typedef struct _WDF_DEVICE_POWER_NOTIFICATION_DATA {
    WDF_STATE_NOTIFICATION_TYPE Type;
    union {
        struct {
            WDF_DEVICE_POWER_STATE CurrentState;
            WDF_DEVICE_POWER_STATE NewState;
        } EnterState;
        struct {
            WDF_DEVICE_POWER_STATE CurrentState;
        } PostProcessState;
        struct {
            WDF_DEVICE_POWER_STATE CurrentState;
            WDF_DEVICE_POWER_STATE NewState;
        } LeaveState;
    } Data;
} WDF_DEVICE_POWER_NOTIFICATION_DATA;
typedef const WDF_DEVICE_POWER_NOTIFICATION_DATA *PCWDF_DEVICE_POWER_NOTIFICATION_DATA;

typedef struct _WDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA {
    WDF_STATE_NOTIFICATION_TYPE Type;
    union {
        struct {
            WDF_DEVICE_POWER_POLICY_STATE CurrentState;
            WDF_DEVICE_POWER_POLICY_STATE NewState;
        } EnterState;
        struct {
            WDF_DEVICE_POWER_POLICY_STATE CurrentState;
        } PostProcessState;
        struct {
            WDF_DEVICE_POWER_POLICY_STATE CurrentState;
            WDF_DEVICE_POWER_POLICY_STATE NewState;
        } LeaveState;
    } Data;
} WDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA;
typedef const WDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA *PCWDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA;

typedef VOID EVT_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION(WDFDEVICE Device,
                                                          PCWDF_DEVICE_PNP_NOTIFICATION_DATA NotificationData);
typedef EVT_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION *PFN_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION;
typedef VOID EVT_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION(
    WDFDEVICE Device, PCWDF_DEVICE_POWER_NOTIFICATION_DATA NotificationData);
typedef EVT_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION *PFN_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION;
typedef VOID EVT_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION(
    WDFDEVICE Device, PCWDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA NotificationData);
typedef EVT_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION
    *PFN_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION;

/* WDM escape hatches. */
typedef NTSTATUS EVT_WDFDEVICE_WDM_IRP_PREPROCESS(WDFDEVICE Device, PIRP Irp);
typedef EVT_WDFDEVICE_WDM_IRP_PREPROCESS *PFN_WDFDEVICE_WDM_IRP_PREPROCESS;
typedef NTSTATUS EVT_WDFDEVICE_WDM_IRP_DISPATCH(WDFDEVICE Device, UCHAR MajorFunction, UCHAR MinorFunction,
                                               ULONG Code, WDFCONTEXT DriverContext, PIRP Irp,
                                               WDFCONTEXT DispatchContext);
typedef EVT_WDFDEVICE_WDM_IRP_DISPATCH *PFN_WDFDEVICE_WDM_IRP_DISPATCH;
typedef NTSTATUS EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE(WDFDEVICE Device, POHANDLE PoHandle);
typedef EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE *PFN_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE;
typedef VOID EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE(WDFDEVICE Device, POHANDLE PoHandle);
typedef EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE *PFN_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE;

/* Requests seen in the caller's context, before they are queued. */
typedef VOID EVT_WDF_IO_IN_CALLER_CONTEXT(WDFDEVICE Device, WDFREQUEST Request);
typedef EVT_WDF_IO_IN_CALLER_CONTEXT *PFN_WDF_IO_IN_CALLER_CONTEXT;

/* Driver-defined interfaces (IRP_MN_QUERY_INTERFACE). */
typedef NTSTATUS EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST(WDFDEVICE Device, LPGUID InterfaceType,
                                                               PINTERFACE ExposedInterface,
                                                               PVOID ExposedInterfaceSpecificData);
typedef EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST *PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST;

/* PDO roles (bus drivers). */
typedef NTSTATUS EVT_WDF_DEVICE_RESOURCES_QUERY(WDFDEVICE Device, WDFCMRESLIST Resources);
typedef EVT_WDF_DEVICE_RESOURCES_QUERY *PFN_WDF_DEVICE_RESOURCES_QUERY;
typedef NTSTATUS EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY(WDFDEVICE Device,
                                                           WDFIORESREQLIST IoResourceRequirementsList);
typedef EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY *PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY;
typedef NTSTATUS EVT_WDF_DEVICE_EJECT(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_EJECT *PFN_WDF_DEVICE_EJECT;
typedef NTSTATUS EVT_WDF_DEVICE_SET_LOCK(WDFDEVICE Device, BOOLEAN IsLocked);
typedef EVT_WDF_DEVICE_SET_LOCK *PFN_WDF_DEVICE_SET_LOCK;
typedef NTSTATUS EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS(WDFDEVICE Device, SYSTEM_POWER_STATE PowerState);
typedef EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS;
typedef VOID EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS;
typedef VOID EVT_WDF_DEVICE_REPORTED_MISSING(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_REPORTED_MISSING *PFN_WDF_DEVICE_REPORTED_MISSING;

/* FDO roles (resource filtering). */
typedef NTSTATUS EVT_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS(WDFDEVICE Device,
                                                            WDFIORESREQLIST IoResourceRequirementsList);
typedef EVT_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS *PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS;
typedef NTSTATUS EVT_WDF_DEVICE_REMOVE_ADDED_RESOURCES(WDFDEVICE Device, WDFCMRESLIST ResourcesRaw,
                                                      WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_REMOVE_ADDED_RESOURCES *PFN_WDF_DEVICE_REMOVE_ADDED_RESOURCES;

/* ===================================================================================================
 * Device object: configuration structures (wdfdevice.h)
 * ================================================================================================= */

typedef struct _WDF_FILEOBJECT_CONFIG {
    ULONG Size;
    PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate;
    PFN_WDF_FILE_CLOSE EvtFileClose;
    PFN_WDF_FILE_CLEANUP EvtFileCleanup;
    WDF_TRI_STATE AutoForwardCleanupClose;
    WDF_FILEOBJECT_CLASS FileObjectClass;
} WDF_FILEOBJECT_CONFIG, *PWDF_FILEOBJECT_CONFIG;

/* Store the three callbacks; the framework keeps its own file-object context and decides whether
 * cleanup and close are forwarded. */
FORCEINLINE VOID WDF_FILEOBJECT_CONFIG_INIT(PWDF_FILEOBJECT_CONFIG FileEventCallbacks,
                                            PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate,
                                            PFN_WDF_FILE_CLOSE EvtFileClose,
                                            PFN_WDF_FILE_CLEANUP EvtFileCleanup) {
    RtlZeroMemory(FileEventCallbacks, sizeof(WDF_FILEOBJECT_CONFIG));
    FileEventCallbacks->Size = sizeof(WDF_FILEOBJECT_CONFIG);
    FileEventCallbacks->EvtDeviceFileCreate = EvtDeviceFileCreate;
    FileEventCallbacks->EvtFileClose = EvtFileClose;
    FileEventCallbacks->EvtFileCleanup = EvtFileCleanup;
    FileEventCallbacks->FileObjectClass = WdfFileObjectWdfCannotUseFsContexts;
    FileEventCallbacks->AutoForwardCleanupClose = WdfUseDefault;
}

typedef struct _WDF_PNPPOWER_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_D0_ENTRY EvtDeviceD0Entry;
    PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED EvtDeviceD0EntryPostInterruptsEnabled;
    PFN_WDF_DEVICE_D0_EXIT EvtDeviceD0Exit;
    PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED EvtDeviceD0ExitPreInterruptsDisabled;
    PFN_WDF_DEVICE_PREPARE_HARDWARE EvtDevicePrepareHardware;
    PFN_WDF_DEVICE_RELEASE_HARDWARE EvtDeviceReleaseHardware;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP EvtDeviceSelfManagedIoCleanup;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH EvtDeviceSelfManagedIoFlush;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT EvtDeviceSelfManagedIoInit;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND EvtDeviceSelfManagedIoSuspend;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART EvtDeviceSelfManagedIoRestart;
    PFN_WDF_DEVICE_SURPRISE_REMOVAL EvtDeviceSurpriseRemoval;
    PFN_WDF_DEVICE_QUERY_REMOVE EvtDeviceQueryRemove;
    PFN_WDF_DEVICE_QUERY_STOP EvtDeviceQueryStop;
    PFN_WDF_DEVICE_USAGE_NOTIFICATION EvtDeviceUsageNotification;
    PFN_WDF_DEVICE_RELATIONS_QUERY EvtDeviceRelationsQuery;
    PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX EvtDeviceUsageNotificationEx;
} WDF_PNPPOWER_EVENT_CALLBACKS, *PWDF_PNPPOWER_EVENT_CALLBACKS;

FORCEINLINE VOID WDF_PNPPOWER_EVENT_CALLBACKS_INIT(PWDF_PNPPOWER_EVENT_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(WDF_PNPPOWER_EVENT_CALLBACKS));
    Callbacks->Size = sizeof(WDF_PNPPOWER_EVENT_CALLBACKS);
}

typedef struct _WDF_POWER_POLICY_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_ARM_WAKE_FROM_S0 EvtDeviceArmWakeFromS0;
    PFN_WDF_DEVICE_DISARM_WAKE_FROM_S0 EvtDeviceDisarmWakeFromS0;
    PFN_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED EvtDeviceWakeFromS0Triggered;
    PFN_WDF_DEVICE_ARM_WAKE_FROM_SX EvtDeviceArmWakeFromSx;
    PFN_WDF_DEVICE_DISARM_WAKE_FROM_SX EvtDeviceDisarmWakeFromSx;
    PFN_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED EvtDeviceWakeFromSxTriggered;
    PFN_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON EvtDeviceArmWakeFromSxWithReason;
} WDF_POWER_POLICY_EVENT_CALLBACKS, *PWDF_POWER_POLICY_EVENT_CALLBACKS;

FORCEINLINE VOID WDF_POWER_POLICY_EVENT_CALLBACKS_INIT(PWDF_POWER_POLICY_EVENT_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS));
    Callbacks->Size = sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS);
}

typedef struct _WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS {
    ULONG Size;
    WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps;
    DEVICE_POWER_STATE DxState;
    ULONG IdleTimeout;
    WDF_POWER_POLICY_S0_IDLE_USER_CONTROL UserControlOfIdleSettings;
    WDF_TRI_STATE Enabled;
    WDF_TRI_STATE PowerUpIdleDeviceOnSystemWake;
    WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE IdleTimeoutType;
    WDF_TRI_STATE ExcludeD3Cold;
} WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS, *PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS;

/* Defaults: default idle timeout, user control allowed, tri-states left to the framework, driver
 * managed timeout; DxState D3 when the device cannot wake itself, otherwise the deepest it can. */
FORCEINLINE VOID WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings,
                                                            WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps) {
    RtlZeroMemory(Settings, sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS));
    Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS);
    Settings->IdleTimeout = IdleTimeoutDefaultValue;
    Settings->UserControlOfIdleSettings = IdleAllowUserControl;
    Settings->Enabled = WdfUseDefault;
    Settings->PowerUpIdleDeviceOnSystemWake = WdfUseDefault;
    Settings->IdleTimeoutType = DriverManagedIdleTimeout;
    Settings->ExcludeD3Cold = WdfUseDefault;
    Settings->IdleCaps = IdleCaps;
    if (IdleCaps == IdleCannotWakeFromS0) {
        Settings->DxState = PowerDeviceD3;
    } else {
        Settings->DxState = PowerDeviceMaximum;
    }
}

typedef struct _WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS {
    ULONG Size;
    DEVICE_POWER_STATE DxState;
    WDF_POWER_POLICY_SX_WAKE_USER_CONTROL UserControlOfWakeSettings;
    WDF_TRI_STATE Enabled;
    BOOLEAN ArmForWakeIfChildrenAreArmedForWake;
    BOOLEAN IndicateChildWakeOnParentWake;
} WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS, *PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS;

FORCEINLINE VOID WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings) {
    RtlZeroMemory(Settings, sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS));
    Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS);
    Settings->Enabled = WdfUseDefault;
    Settings->DxState = PowerDeviceMaximum;
    Settings->UserControlOfWakeSettings = WakeAllowUserControl;
}

typedef struct _WDF_DEVICE_STATE {
    ULONG Size;
    WDF_TRI_STATE Disabled;
    WDF_TRI_STATE DontDisplayInUI;
    WDF_TRI_STATE Failed;
    WDF_TRI_STATE NotDisableable;
    WDF_TRI_STATE Removed;
    WDF_TRI_STATE ResourcesChanged;
} WDF_DEVICE_STATE, *PWDF_DEVICE_STATE;

FORCEINLINE VOID WDF_DEVICE_STATE_INIT(PWDF_DEVICE_STATE PnpDeviceState) {
    RtlZeroMemory(PnpDeviceState, sizeof(WDF_DEVICE_STATE));
    PnpDeviceState->Size = sizeof(WDF_DEVICE_STATE);
    PnpDeviceState->Disabled = WdfUseDefault;
    PnpDeviceState->DontDisplayInUI = WdfUseDefault;
    PnpDeviceState->Failed = WdfUseDefault;
    PnpDeviceState->NotDisableable = WdfUseDefault;
    PnpDeviceState->Removed = WdfUseDefault;
    PnpDeviceState->ResourcesChanged = WdfUseDefault;
}

typedef struct _WDF_DEVICE_PNP_CAPABILITIES {
    ULONG Size;
    WDF_TRI_STATE LockSupported;
    WDF_TRI_STATE EjectSupported;
    WDF_TRI_STATE Removable;
    WDF_TRI_STATE DockDevice;
    WDF_TRI_STATE UniqueID;
    WDF_TRI_STATE SilentInstall;
    WDF_TRI_STATE SurpriseRemovalOK;
    WDF_TRI_STATE HardwareDisabled;
    WDF_TRI_STATE NoDisplayInUI;
    ULONG Address;
    ULONG UINumber;
} WDF_DEVICE_PNP_CAPABILITIES, *PWDF_DEVICE_PNP_CAPABILITIES;

/* Every capability left to the framework; Address and UINumber not given ((ULONG)-1). */
FORCEINLINE VOID WDF_DEVICE_PNP_CAPABILITIES_INIT(PWDF_DEVICE_PNP_CAPABILITIES Caps) {
    RtlZeroMemory(Caps, sizeof(WDF_DEVICE_PNP_CAPABILITIES));
    Caps->Size = sizeof(WDF_DEVICE_PNP_CAPABILITIES);
    Caps->LockSupported = WdfUseDefault;
    Caps->EjectSupported = WdfUseDefault;
    Caps->Removable = WdfUseDefault;
    Caps->DockDevice = WdfUseDefault;
    Caps->UniqueID = WdfUseDefault;
    Caps->SilentInstall = WdfUseDefault;
    Caps->SurpriseRemovalOK = WdfUseDefault;
    Caps->HardwareDisabled = WdfUseDefault;
    Caps->NoDisplayInUI = WdfUseDefault;
    Caps->Address = (ULONG)-1;
    Caps->UINumber = (ULONG)-1;
}

typedef struct _WDF_DEVICE_POWER_CAPABILITIES {
    ULONG Size;
    WDF_TRI_STATE DeviceD1;
    WDF_TRI_STATE DeviceD2;
    WDF_TRI_STATE WakeFromD0;
    WDF_TRI_STATE WakeFromD1;
    WDF_TRI_STATE WakeFromD2;
    WDF_TRI_STATE WakeFromD3;
    DEVICE_POWER_STATE DeviceState[PowerSystemMaximum];
    DEVICE_POWER_STATE DeviceWake;
    SYSTEM_POWER_STATE SystemWake;
    ULONG D1Latency;
    ULONG D2Latency;
    ULONG D3Latency;
    DEVICE_POWER_STATE IdealDxStateForSx;
} WDF_DEVICE_POWER_CAPABILITIES, *PWDF_DEVICE_POWER_CAPABILITIES;

/* Every capability left to the framework: tri-states WdfUseDefault, states "maximum", latencies
 * (ULONG)-1. */
FORCEINLINE VOID WDF_DEVICE_POWER_CAPABILITIES_INIT(PWDF_DEVICE_POWER_CAPABILITIES Caps) {
    ULONG i;
    RtlZeroMemory(Caps, sizeof(WDF_DEVICE_POWER_CAPABILITIES));
    Caps->Size = sizeof(WDF_DEVICE_POWER_CAPABILITIES);
    Caps->DeviceD1 = WdfUseDefault;
    Caps->DeviceD2 = WdfUseDefault;
    Caps->WakeFromD0 = WdfUseDefault;
    Caps->WakeFromD1 = WdfUseDefault;
    Caps->WakeFromD2 = WdfUseDefault;
    Caps->WakeFromD3 = WdfUseDefault;
    for (i = 0; i < sizeof(Caps->DeviceState) / sizeof(Caps->DeviceState[0]); i++) {
        Caps->DeviceState[i] = PowerDeviceMaximum;
    }
    Caps->DeviceWake = PowerDeviceMaximum;
    Caps->SystemWake = PowerSystemMaximum;
    Caps->D1Latency = (ULONG)-1;
    Caps->D2Latency = (ULONG)-1;
    Caps->D3Latency = (ULONG)-1;
    Caps->IdealDxStateForSx = PowerDeviceMaximum;
}

typedef struct _WDF_REMOVE_LOCK_OPTIONS {
    ULONG Size;
    ULONG Flags;
} WDF_REMOVE_LOCK_OPTIONS, *PWDF_REMOVE_LOCK_OPTIONS;

FORCEINLINE VOID WDF_REMOVE_LOCK_OPTIONS_INIT(PWDF_REMOVE_LOCK_OPTIONS RemoveLockOptions, ULONG Flags) {
    RtlZeroMemory(RemoveLockOptions, sizeof(WDF_REMOVE_LOCK_OPTIONS));
    RemoveLockOptions->Size = sizeof(WDF_REMOVE_LOCK_OPTIONS);
    RemoveLockOptions->Flags = Flags;
}

typedef struct _WDF_IO_TYPE_CONFIG {
    ULONG Size;
    WDF_DEVICE_IO_TYPE ReadWriteIoType;
    WDF_DEVICE_IO_TYPE DeviceControlIoType;
    ULONG DirectTransferThreshold;
} WDF_IO_TYPE_CONFIG, *PWDF_IO_TYPE_CONFIG;

FORCEINLINE VOID WDF_IO_TYPE_CONFIG_INIT(PWDF_IO_TYPE_CONFIG IoTypeConfig) {
    RtlZeroMemory(IoTypeConfig, sizeof(WDF_IO_TYPE_CONFIG));
    IoTypeConfig->Size = sizeof(WDF_IO_TYPE_CONFIG);
    IoTypeConfig->ReadWriteIoType = WdfDeviceIoBuffered;
    IoTypeConfig->DeviceControlIoType = WdfDeviceIoBuffered;
}

typedef struct _WDF_POWER_FRAMEWORK_SETTINGS {
    ULONG Size;
    PFN_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE EvtDeviceWdmPostPoFxRegisterDevice;
    PFN_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE EvtDeviceWdmPrePoFxUnregisterDevice;
    PPO_FX_COMPONENT Component;
    PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
    PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
    PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
    PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
    PVOID PoFxDeviceContext;
} WDF_POWER_FRAMEWORK_SETTINGS, *PWDF_POWER_FRAMEWORK_SETTINGS;

FORCEINLINE VOID WDF_POWER_FRAMEWORK_SETTINGS_INIT(PWDF_POWER_FRAMEWORK_SETTINGS PowerFrameworkSettings) {
    RtlZeroMemory(PowerFrameworkSettings, sizeof(WDF_POWER_FRAMEWORK_SETTINGS));
    PowerFrameworkSettings->Size = sizeof(WDF_POWER_FRAMEWORK_SETTINGS);
}

typedef struct _WDF_DEVICE_PROPERTY_DATA {
    ULONG Size;
    const DEVPROPKEY *PropertyKey;
    LCID Lcid;
    ULONG Flags;
} WDF_DEVICE_PROPERTY_DATA, *PWDF_DEVICE_PROPERTY_DATA;

FORCEINLINE VOID WDF_DEVICE_PROPERTY_DATA_INIT(PWDF_DEVICE_PROPERTY_DATA PropertyData,
                                               const DEVPROPKEY *PropertyKey) {
    RtlZeroMemory(PropertyData, sizeof(WDF_DEVICE_PROPERTY_DATA));
    PropertyData->Size = sizeof(WDF_DEVICE_PROPERTY_DATA);
    PropertyData->PropertyKey = PropertyKey;
}

typedef struct _WDF_DEVICE_INTERFACE_PROPERTY_DATA {
    ULONG Size;
    const GUID *InterfaceClassGUID;
    PCUNICODE_STRING ReferenceString;
    const DEVPROPKEY *PropertyKey;
    LCID Lcid;
    ULONG Flags;
} WDF_DEVICE_INTERFACE_PROPERTY_DATA, *PWDF_DEVICE_INTERFACE_PROPERTY_DATA;

FORCEINLINE VOID WDF_DEVICE_INTERFACE_PROPERTY_DATA_INIT(PWDF_DEVICE_INTERFACE_PROPERTY_DATA PropertyData,
                                                         const GUID *InterfaceClassGUID,
                                                         const DEVPROPKEY *PropertyKey) {
    RtlZeroMemory(PropertyData, sizeof(WDF_DEVICE_INTERFACE_PROPERTY_DATA));
    PropertyData->Size = sizeof(WDF_DEVICE_INTERFACE_PROPERTY_DATA);
    PropertyData->InterfaceClassGUID = InterfaceClassGUID;
    PropertyData->PropertyKey = PropertyKey;
}

/* Query-interface configuration (wdfqueryinterface.h). */
typedef struct _WDF_QUERY_INTERFACE_CONFIG {
    ULONG Size;
    PINTERFACE Interface;
    const GUID *InterfaceType;
    BOOLEAN SendQueryToParentStack;
    PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST EvtDeviceProcessQueryInterfaceRequest;
    BOOLEAN ImportInterface;
} WDF_QUERY_INTERFACE_CONFIG, *PWDF_QUERY_INTERFACE_CONFIG;

FORCEINLINE VOID WDF_QUERY_INTERFACE_CONFIG_INIT(
    PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig, PINTERFACE Interface, const GUID *InterfaceType,
    PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST EvtDeviceProcessQueryInterfaceRequest) {
    RtlZeroMemory(InterfaceConfig, sizeof(WDF_QUERY_INTERFACE_CONFIG));
    InterfaceConfig->Size = sizeof(WDF_QUERY_INTERFACE_CONFIG);
    InterfaceConfig->Interface = Interface;
    InterfaceConfig->InterfaceType = InterfaceType;
    InterfaceConfig->EvtDeviceProcessQueryInterfaceRequest = EvtDeviceProcessQueryInterfaceRequest;
}

/* No-op reference routines for an exported INTERFACE whose lifetime the framework manages. */
VOID WdfDeviceInterfaceReferenceNoOp(PVOID Context);
VOID WdfDeviceInterfaceDereferenceNoOp(PVOID Context);

/* PDO and FDO event callback blocks (wdfpdo.h, wdffdo.h). */
typedef struct _WDF_PDO_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_RESOURCES_QUERY EvtDeviceResourcesQuery;
    PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY EvtDeviceResourceRequirementsQuery;
    PFN_WDF_DEVICE_EJECT EvtDeviceEject;
    PFN_WDF_DEVICE_SET_LOCK EvtDeviceSetLock;
    PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS EvtDeviceEnableWakeAtBus;
    PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS EvtDeviceDisableWakeAtBus;
    PFN_WDF_DEVICE_REPORTED_MISSING EvtDeviceReportedMissing;
} WDF_PDO_EVENT_CALLBACKS, *PWDF_PDO_EVENT_CALLBACKS;

FORCEINLINE VOID WDF_PDO_EVENT_CALLBACKS_INIT(PWDF_PDO_EVENT_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(WDF_PDO_EVENT_CALLBACKS));
    Callbacks->Size = sizeof(WDF_PDO_EVENT_CALLBACKS);
}

typedef struct _WDF_FDO_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS EvtDeviceFilterAddResourceRequirements;
    PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS EvtDeviceFilterRemoveResourceRequirements;
    PFN_WDF_DEVICE_REMOVE_ADDED_RESOURCES EvtDeviceRemoveAddedResources;
} WDF_FDO_EVENT_CALLBACKS, *PWDF_FDO_EVENT_CALLBACKS;

FORCEINLINE VOID WDF_FDO_EVENT_CALLBACKS_INIT(PWDF_FDO_EVENT_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(WDF_FDO_EVENT_CALLBACKS));
    Callbacks->Size = sizeof(WDF_FDO_EVENT_CALLBACKS);
}

/* ===================================================================================================
 * Child lists (wdfchildlist.h)
 * ================================================================================================= */

typedef struct _WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER {
    ULONG IdentificationDescriptionSize;
} WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER, *PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER;

FORCEINLINE VOID WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER_INIT(
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Header, ULONG IdentificationDescriptionSize) {
    RtlZeroMemory(Header, IdentificationDescriptionSize);
    Header->IdentificationDescriptionSize = IdentificationDescriptionSize;
}

typedef struct _WDF_CHILD_ADDRESS_DESCRIPTION_HEADER {
    ULONG AddressDescriptionSize;
} WDF_CHILD_ADDRESS_DESCRIPTION_HEADER, *PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER;

FORCEINLINE VOID WDF_CHILD_ADDRESS_DESCRIPTION_HEADER_INIT(PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER Header,
                                                           ULONG AddressDescriptionSize) {
    RtlZeroMemory(Header, AddressDescriptionSize);
    Header->AddressDescriptionSize = AddressDescriptionSize;
}

typedef enum _WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS {
    WdfChildListRetrieveDeviceUndefined = 0,
    WdfChildListRetrieveDeviceSuccess,
    WdfChildListRetrieveDeviceNotYetCreated,
    WdfChildListRetrieveDeviceNoSuchDevice
} WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS, *PWDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS;

typedef enum _WDF_RETRIEVE_CHILD_FLAGS {
    WdfRetrieveUnspecified = 0x0000,
    WdfRetrievePresentChildren = 0x0001,
    WdfRetrieveMissingChildren = 0x0002,
    WdfRetrievePendingChildren = 0x0004,
    WdfRetrieveAddedChildren = WdfRetrievePresentChildren | WdfRetrievePendingChildren,
    WdfRetrieveAllChildren = WdfRetrievePresentChildren | WdfRetrievePendingChildren | WdfRetrieveMissingChildren
} WDF_RETRIEVE_CHILD_FLAGS;

typedef NTSTATUS EVT_WDF_CHILD_LIST_CREATE_DEVICE(
    WDFCHILDLIST ChildList, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    PWDFDEVICE_INIT ChildInit);
typedef EVT_WDF_CHILD_LIST_CREATE_DEVICE *PFN_WDF_CHILD_LIST_CREATE_DEVICE;

typedef VOID EVT_WDF_CHILD_LIST_SCAN_FOR_CHILDREN(WDFCHILDLIST ChildList);
typedef EVT_WDF_CHILD_LIST_SCAN_FOR_CHILDREN *PFN_WDF_CHILD_LIST_SCAN_FOR_CHILDREN;

typedef VOID EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY(
    WDFCHILDLIST ChildList, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SourceIdentificationDescription,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER DestinationIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY;

typedef NTSTATUS EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE(
    WDFCHILDLIST ChildList, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SourceIdentificationDescription,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER DestinationIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE;

typedef BOOLEAN EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE(
    WDFCHILDLIST ChildList, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER FirstIdentificationDescription,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SecondIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE;

typedef VOID EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP(
    WDFCHILDLIST ChildList, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP;

typedef VOID EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY(
    WDFCHILDLIST ChildList, PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER SourceAddressDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER DestinationAddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY;

typedef NTSTATUS EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE(
    WDFCHILDLIST ChildList, PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER SourceAddressDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER DestinationAddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE;

typedef VOID EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP(
    WDFCHILDLIST ChildList, PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP;

typedef BOOLEAN EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED(WDFCHILDLIST ChildList, WDFDEVICE OldDevice,
                                                       PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER OldAddressDescription,
                                                       PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER NewAddressDescription);
typedef EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED *PFN_WDF_CHILD_LIST_DEVICE_REENUMERATED;

typedef struct _WDF_CHILD_RETRIEVE_INFO {
    ULONG Size;
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription;
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription;
    WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS Status;
    PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE EvtChildListIdentificationDescriptionCompare;
} WDF_CHILD_RETRIEVE_INFO, *PWDF_CHILD_RETRIEVE_INFO;

FORCEINLINE VOID WDF_CHILD_RETRIEVE_INFO_INIT(
    PWDF_CHILD_RETRIEVE_INFO Info, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription) {
    RtlZeroMemory(Info, sizeof(WDF_CHILD_RETRIEVE_INFO));
    Info->Size = sizeof(WDF_CHILD_RETRIEVE_INFO);
    Info->IdentificationDescription = IdentificationDescription;
}

typedef struct _WDF_CHILD_LIST_CONFIG {
    ULONG Size;
    ULONG IdentificationDescriptionSize;
    ULONG AddressDescriptionSize;
    PFN_WDF_CHILD_LIST_CREATE_DEVICE EvtChildListCreateDevice;
    PFN_WDF_CHILD_LIST_SCAN_FOR_CHILDREN EvtChildListScanForChildren;
    PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY EvtChildListIdentificationDescriptionCopy;
    PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE EvtChildListIdentificationDescriptionDuplicate;
    PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP EvtChildListIdentificationDescriptionCleanup;
    PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE EvtChildListIdentificationDescriptionCompare;
    PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY EvtChildListAddressDescriptionCopy;
    PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE EvtChildListAddressDescriptionDuplicate;
    PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP EvtChildListAddressDescriptionCleanup;
    PFN_WDF_CHILD_LIST_DEVICE_REENUMERATED EvtChildListDeviceReenumerated;
} WDF_CHILD_LIST_CONFIG, *PWDF_CHILD_LIST_CONFIG;

FORCEINLINE VOID WDF_CHILD_LIST_CONFIG_INIT(PWDF_CHILD_LIST_CONFIG Config, ULONG IdentificationDescriptionSize,
                                            PFN_WDF_CHILD_LIST_CREATE_DEVICE EvtChildListCreateDevice) {
    RtlZeroMemory(Config, sizeof(WDF_CHILD_LIST_CONFIG));
    Config->Size = sizeof(WDF_CHILD_LIST_CONFIG);
    Config->IdentificationDescriptionSize = IdentificationDescriptionSize;
    Config->EvtChildListCreateDevice = EvtChildListCreateDevice;
}

typedef struct _WDF_CHILD_LIST_ITERATOR {
    ULONG Size;
    ULONG Flags;
    PVOID Reserved[4];
} WDF_CHILD_LIST_ITERATOR, *PWDF_CHILD_LIST_ITERATOR;

FORCEINLINE VOID WDF_CHILD_LIST_ITERATOR_INIT(PWDF_CHILD_LIST_ITERATOR Iterator, ULONG Flags) {
    RtlZeroMemory(Iterator, sizeof(WDF_CHILD_LIST_ITERATOR));
    Iterator->Size = sizeof(WDF_CHILD_LIST_ITERATOR);
    Iterator->Flags = Flags;
}

NTSTATUS WdfChildListCreate(WDFDEVICE Device, PWDF_CHILD_LIST_CONFIG Config,
                            PWDF_OBJECT_ATTRIBUTES ChildListAttributes, WDFCHILDLIST *ChildList);
WDFDEVICE WdfChildListGetDevice(WDFCHILDLIST ChildList);
WDFDEVICE WdfChildListRetrievePdo(WDFCHILDLIST ChildList, PWDF_CHILD_RETRIEVE_INFO RetrieveInfo);
NTSTATUS WdfChildListRetrieveAddressDescription(
    WDFCHILDLIST ChildList, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
VOID WdfChildListBeginScan(WDFCHILDLIST ChildList);
VOID WdfChildListEndScan(WDFCHILDLIST ChildList);
VOID WdfChildListBeginIteration(WDFCHILDLIST ChildList, PWDF_CHILD_LIST_ITERATOR Iterator);
NTSTATUS WdfChildListRetrieveNextDevice(WDFCHILDLIST ChildList, PWDF_CHILD_LIST_ITERATOR Iterator,
                                        WDFDEVICE *Device, PWDF_CHILD_RETRIEVE_INFO Info);
VOID WdfChildListEndIteration(WDFCHILDLIST ChildList, PWDF_CHILD_LIST_ITERATOR Iterator);
NTSTATUS WdfChildListAddOrUpdateChildDescriptionAsPresent(
    WDFCHILDLIST ChildList, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
NTSTATUS WdfChildListUpdateChildDescriptionAsMissing(
    WDFCHILDLIST ChildList, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
VOID WdfChildListUpdateAllChildDescriptionsAsPresent(WDFCHILDLIST ChildList);
BOOLEAN WdfChildListRequestChildEject(WDFCHILDLIST ChildList,
                                      PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);

/* ===================================================================================================
 * Device initialisation (wdfdevice.h)
 * ================================================================================================= */

VOID WdfDeviceInitFree(PWDFDEVICE_INIT DeviceInit);
VOID WdfDeviceInitSetPnpPowerEventCallbacks(PWDFDEVICE_INIT DeviceInit,
                                            PWDF_PNPPOWER_EVENT_CALLBACKS PnpPowerEventCallbacks);
VOID WdfDeviceInitSetPowerPolicyEventCallbacks(PWDFDEVICE_INIT DeviceInit,
                                               PWDF_POWER_POLICY_EVENT_CALLBACKS PowerPolicyEventCallbacks);
VOID WdfDeviceInitSetPowerPolicyOwnership(PWDFDEVICE_INIT DeviceInit, BOOLEAN IsPowerPolicyOwner);
NTSTATUS WdfDeviceInitRegisterPnpStateChangeCallback(
    PWDFDEVICE_INIT DeviceInit, WDF_DEVICE_PNP_STATE PnpState,
    PFN_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION EvtDevicePnpStateChange, ULONG CallbackTypes);
NTSTATUS WdfDeviceInitRegisterPowerStateChangeCallback(
    PWDFDEVICE_INIT DeviceInit, WDF_DEVICE_POWER_STATE PowerState,
    PFN_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION EvtDevicePowerStateChange, ULONG CallbackTypes);
NTSTATUS WdfDeviceInitRegisterPowerPolicyStateChangeCallback(
    PWDFDEVICE_INIT DeviceInit, WDF_DEVICE_POWER_POLICY_STATE PowerPolicyState,
    PFN_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION EvtDevicePowerPolicyStateChange,
    ULONG CallbackTypes);
VOID WdfDeviceInitSetExclusive(PWDFDEVICE_INIT DeviceInit, BOOLEAN IsExclusive);
VOID WdfDeviceInitSetIoType(PWDFDEVICE_INIT DeviceInit, WDF_DEVICE_IO_TYPE IoType);
VOID WdfDeviceInitSetIoTypeEx(PWDFDEVICE_INIT DeviceInit, PWDF_IO_TYPE_CONFIG IoTypeConfig);
VOID WdfDeviceInitSetPowerNotPageable(PWDFDEVICE_INIT DeviceInit);
VOID WdfDeviceInitSetPowerPageable(PWDFDEVICE_INIT DeviceInit);
VOID WdfDeviceInitSetPowerInrush(PWDFDEVICE_INIT DeviceInit);
VOID WdfDeviceInitSetDeviceType(PWDFDEVICE_INIT DeviceInit, DEVICE_TYPE DeviceType);
NTSTATUS WdfDeviceInitAssignName(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING DeviceName);
NTSTATUS WdfDeviceInitAssignSDDLString(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING SDDLString);
VOID WdfDeviceInitSetDeviceClass(PWDFDEVICE_INIT DeviceInit, CONST GUID *DeviceClassGuid);
VOID WdfDeviceInitSetCharacteristics(PWDFDEVICE_INIT DeviceInit, ULONG DeviceCharacteristics,
                                     BOOLEAN OrInValues);
VOID WdfDeviceInitSetFileObjectConfig(PWDFDEVICE_INIT DeviceInit, PWDF_FILEOBJECT_CONFIG FileObjectConfig,
                                      PWDF_OBJECT_ATTRIBUTES FileObjectAttributes);
VOID WdfDeviceInitSetRequestAttributes(PWDFDEVICE_INIT DeviceInit, PWDF_OBJECT_ATTRIBUTES RequestAttributes);
NTSTATUS WdfDeviceInitAssignWdmIrpPreprocessCallback(PWDFDEVICE_INIT DeviceInit,
                                                     PFN_WDFDEVICE_WDM_IRP_PREPROCESS EvtDeviceWdmIrpPreprocess,
                                                     UCHAR MajorFunction, PUCHAR MinorFunctions,
                                                     ULONG NumMinorFunctions);
VOID WdfDeviceInitSetIoInCallerContextCallback(PWDFDEVICE_INIT DeviceInit,
                                               PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext);
VOID WdfDeviceInitSetRemoveLockOptions(PWDFDEVICE_INIT DeviceInit, PWDF_REMOVE_LOCK_OPTIONS Options);
VOID WdfDeviceInitSetReleaseHardwareOrderOnFailure(PWDFDEVICE_INIT DeviceInit,
                                                   WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE ReleaseHardwareOrderOnFailure);
VOID WdfDeviceInitAllowSelfIoTarget(PWDFDEVICE_INIT DeviceInit);

/* Control (non-PnP) devices (wdfcontrol.h). */
PWDFDEVICE_INIT WdfControlDeviceInitAllocate(WDFDRIVER Driver, CONST UNICODE_STRING *SDDLString);
VOID WdfControlDeviceInitSetShutdownNotification(PWDFDEVICE_INIT DeviceInit,
                                                 PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification,
                                                 UCHAR Flags);
VOID WdfControlFinishInitializing(WDFDEVICE Device);

/* Function and filter drivers (wdffdo.h). */
VOID WdfFdoInitSetFilter(PWDFDEVICE_INIT DeviceInit);
PDEVICE_OBJECT WdfFdoInitWdmGetPhysicalDevice(PWDFDEVICE_INIT DeviceInit);
NTSTATUS WdfFdoInitOpenRegistryKey(PWDFDEVICE_INIT DeviceInit, ULONG DeviceInstanceKeyType,
                                   ACCESS_MASK DesiredAccess, PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
NTSTATUS WdfFdoInitQueryProperty(PWDFDEVICE_INIT DeviceInit, DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                 ULONG BufferLength, PVOID PropertyBuffer, PULONG ResultLength);
NTSTATUS WdfFdoInitAllocAndQueryProperty(PWDFDEVICE_INIT DeviceInit, DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                         POOL_TYPE PoolType, PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
                                         WDFMEMORY *PropertyMemory);
NTSTATUS WdfFdoInitQueryPropertyEx(PWDFDEVICE_INIT DeviceInit, PWDF_DEVICE_PROPERTY_DATA DeviceProperty,
                                   ULONG BufferLength, PVOID PropertyBuffer, PULONG ResultLength,
                                   PDEVPROPTYPE Type);
NTSTATUS WdfFdoInitAllocAndQueryPropertyEx(PWDFDEVICE_INIT DeviceInit,
                                           PWDF_DEVICE_PROPERTY_DATA DeviceProperty, POOL_TYPE PoolType,
                                           PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
                                           WDFMEMORY *PropertyMemory, PDEVPROPTYPE Type);
VOID WdfFdoInitSetEventCallbacks(PWDFDEVICE_INIT DeviceInit, PWDF_FDO_EVENT_CALLBACKS FdoEventCallbacks);
VOID WdfFdoInitSetDefaultChildListConfig(PWDFDEVICE_INIT DeviceInit, PWDF_CHILD_LIST_CONFIG Config,
                                         PWDF_OBJECT_ATTRIBUTES DefaultChildListAttributes);
NTSTATUS WdfFdoQueryForInterface(WDFDEVICE Fdo, LPCGUID InterfaceType, PINTERFACE Interface, USHORT Size,
                                 USHORT Version, PVOID InterfaceSpecificData);
WDFCHILDLIST WdfFdoGetDefaultChildList(WDFDEVICE Fdo);
NTSTATUS WdfFdoAddStaticChild(WDFDEVICE Fdo, WDFDEVICE Child);
VOID WdfFdoLockStaticChildListForIteration(WDFDEVICE Fdo);
WDFDEVICE WdfFdoRetrieveNextStaticChild(WDFDEVICE Fdo, WDFDEVICE PreviousChild, ULONG Flags);
VOID WdfFdoUnlockStaticChildListFromIteration(WDFDEVICE Fdo);

/* Bus drivers: physical device objects (wdfpdo.h). */
PWDFDEVICE_INIT WdfPdoInitAllocate(WDFDEVICE ParentDevice);
VOID WdfPdoInitSetEventCallbacks(PWDFDEVICE_INIT DeviceInit, PWDF_PDO_EVENT_CALLBACKS DispatchTable);
NTSTATUS WdfPdoInitAssignDeviceID(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING DeviceID);
NTSTATUS WdfPdoInitAssignInstanceID(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING InstanceID);
NTSTATUS WdfPdoInitAddHardwareID(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING HardwareID);
NTSTATUS WdfPdoInitAddCompatibleID(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING CompatibleID);
NTSTATUS WdfPdoInitAssignContainerID(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING ContainerID);
NTSTATUS WdfPdoInitAddDeviceText(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING DeviceDescription,
                                 PCUNICODE_STRING DeviceLocation, LCID LocaleId);
VOID WdfPdoInitSetDefaultLocale(PWDFDEVICE_INIT DeviceInit, LCID LocaleId);
NTSTATUS WdfPdoInitAssignRawDevice(PWDFDEVICE_INIT DeviceInit, CONST GUID *DeviceClassGuid);
VOID WdfPdoInitAllowForwardingRequestToParent(PWDFDEVICE_INIT DeviceInit);
VOID WdfPdoInitRemovePowerDependencyOnParent(PWDFDEVICE_INIT DeviceInit);
NTSTATUS WdfPdoMarkMissing(WDFDEVICE Device);
VOID WdfPdoRequestEject(WDFDEVICE Device);
WDFDEVICE WdfPdoGetParent(WDFDEVICE Device);
NTSTATUS WdfPdoRetrieveIdentificationDescription(WDFDEVICE Device,
                                                 PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
NTSTATUS WdfPdoRetrieveAddressDescription(WDFDEVICE Device,
                                          PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
NTSTATUS WdfPdoUpdateAddressDescription(WDFDEVICE Device,
                                        PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
NTSTATUS WdfPdoAddEjectionRelationsPhysicalDevice(WDFDEVICE Device, PDEVICE_OBJECT PhysicalDevice);
VOID WdfPdoRemoveEjectionRelationsPhysicalDevice(WDFDEVICE Device, PDEVICE_OBJECT PhysicalDevice);
VOID WdfPdoClearEjectionRelationsDevices(WDFDEVICE Device);

/* ===================================================================================================
 * Device object: calls (wdfdevice.h)
 * ================================================================================================= */

NTSTATUS WdfDeviceCreate(PWDFDEVICE_INIT *DeviceInit, PWDF_OBJECT_ATTRIBUTES DeviceAttributes,
                         WDFDEVICE *Device);
WDFDRIVER WdfDeviceGetDriver(WDFDEVICE Device);
PDEVICE_OBJECT WdfDeviceWdmGetDeviceObject(WDFDEVICE Device);
PDEVICE_OBJECT WdfDeviceWdmGetAttachedDevice(WDFDEVICE Device);
PDEVICE_OBJECT WdfDeviceWdmGetPhysicalDevice(WDFDEVICE Device);
WDFDEVICE WdfWdmDeviceGetWdfDeviceHandle(PDEVICE_OBJECT DeviceObject);
NTSTATUS WdfDeviceWdmDispatchPreprocessedIrp(WDFDEVICE Device, PIRP Irp);
NTSTATUS WdfDeviceWdmDispatchIrp(WDFDEVICE Device, PIRP Irp, WDFCONTEXT DispatchContext);
NTSTATUS WdfDeviceWdmDispatchIrpToIoQueue(WDFDEVICE Device, PIRP Irp, WDFQUEUE Queue, ULONG Flags);
NTSTATUS WdfDeviceConfigureWdmIrpDispatchCallback(WDFDEVICE Device, WDFDRIVER Driver, UCHAR MajorFunction,
                                                  PFN_WDFDEVICE_WDM_IRP_DISPATCH EvtDeviceWdmIrpDisptach,
                                                  WDFCONTEXT DriverContext);
NTSTATUS WdfDeviceCreateDeviceInterface(WDFDEVICE Device, CONST GUID *InterfaceClassGUID,
                                        PCUNICODE_STRING ReferenceString);
VOID WdfDeviceSetDeviceInterfaceState(WDFDEVICE Device, CONST GUID *InterfaceClassGUID,
                                      PCUNICODE_STRING ReferenceString, BOOLEAN IsInterfaceEnabled);
NTSTATUS WdfDeviceSetDeviceInterfaceStateEx(WDFDEVICE Device, CONST GUID *InterfaceClassGUID,
                                            PCUNICODE_STRING ReferenceString, BOOLEAN IsInterfaceEnabled);
NTSTATUS WdfDeviceRetrieveDeviceInterfaceString(WDFDEVICE Device, CONST GUID *InterfaceClassGUID,
                                                PCUNICODE_STRING ReferenceString, WDFSTRING String);
NTSTATUS WdfDeviceCreateSymbolicLink(WDFDEVICE Device, PCUNICODE_STRING SymbolicLinkName);
NTSTATUS WdfDeviceRetrieveDeviceName(WDFDEVICE Device, WDFSTRING String);
NTSTATUS WdfDeviceAssignMofResourceName(WDFDEVICE Device, PCUNICODE_STRING MofResourceName);
NTSTATUS WdfDeviceQueryProperty(WDFDEVICE Device, DEVICE_REGISTRY_PROPERTY DeviceProperty, ULONG BufferLength,
                                PVOID PropertyBuffer, PULONG ResultLength);
NTSTATUS WdfDeviceAllocAndQueryProperty(WDFDEVICE Device, DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                        POOL_TYPE PoolType, PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
                                        WDFMEMORY *PropertyMemory);
NTSTATUS WdfDeviceQueryPropertyEx(WDFDEVICE Device, PWDF_DEVICE_PROPERTY_DATA DeviceProperty,
                                  ULONG BufferLength, PVOID PropertyBuffer, PULONG RequiredSize,
                                  PDEVPROPTYPE Type);
NTSTATUS WdfDeviceAllocAndQueryPropertyEx(WDFDEVICE Device, PWDF_DEVICE_PROPERTY_DATA DeviceProperty,
                                          POOL_TYPE PoolType, PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
                                          WDFMEMORY *PropertyMemory, PDEVPROPTYPE Type);
NTSTATUS WdfDeviceAssignProperty(WDFDEVICE Device, PWDF_DEVICE_PROPERTY_DATA DeviceProperty,
                                 DEVPROPTYPE Type, ULONG Size, PVOID Data);
NTSTATUS WdfDeviceQueryInterfaceProperty(WDFDEVICE Device, PWDF_DEVICE_INTERFACE_PROPERTY_DATA PropertyData,
                                         ULONG BufferLength, PVOID PropertyBuffer, PULONG ResultLength,
                                         PDEVPROPTYPE Type);
NTSTATUS WdfDeviceAllocAndQueryInterfaceProperty(WDFDEVICE Device,
                                                 PWDF_DEVICE_INTERFACE_PROPERTY_DATA PropertyData,
                                                 POOL_TYPE PoolType, PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
                                                 WDFMEMORY *PropertyMemory, PDEVPROPTYPE Type);
NTSTATUS WdfDeviceAssignInterfaceProperty(WDFDEVICE Device, PWDF_DEVICE_INTERFACE_PROPERTY_DATA PropertyData,
                                          DEVPROPTYPE Type, ULONG BufferLength, PVOID PropertyBuffer);
NTSTATUS WdfDeviceOpenRegistryKey(WDFDEVICE Device, ULONG DeviceInstanceKeyType, ACCESS_MASK DesiredAccess,
                                  PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
NTSTATUS WdfDeviceOpenDevicemapKey(WDFDEVICE Device, PCUNICODE_STRING KeyName, ACCESS_MASK DesiredAccess,
                                   PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
VOID WdfDeviceGetDeviceState(WDFDEVICE Device, PWDF_DEVICE_STATE DeviceState);
VOID WdfDeviceSetDeviceState(WDFDEVICE Device, PWDF_DEVICE_STATE DeviceState);
WDF_DEVICE_PNP_STATE WdfDeviceGetDevicePnpState(WDFDEVICE Device);
WDF_DEVICE_POWER_STATE WdfDeviceGetDevicePowerState(WDFDEVICE Device);
WDF_DEVICE_POWER_POLICY_STATE WdfDeviceGetDevicePowerPolicyState(WDFDEVICE Device);
VOID WdfDeviceSetPnpCapabilities(WDFDEVICE Device, PWDF_DEVICE_PNP_CAPABILITIES PnpCapabilities);
VOID WdfDeviceSetPowerCapabilities(WDFDEVICE Device, PWDF_DEVICE_POWER_CAPABILITIES PowerCapabilities);
VOID WdfDeviceSetBusInformationForChildren(WDFDEVICE Device, PPNP_BUS_INFORMATION BusInformation);
NTSTATUS WdfDeviceAssignS0IdleSettings(WDFDEVICE Device, PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings);
NTSTATUS WdfDeviceAssignSxWakeSettings(WDFDEVICE Device, PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings);
NTSTATUS WdfDeviceWdmAssignPowerFrameworkSettings(WDFDEVICE Device,
                                                  PWDF_POWER_FRAMEWORK_SETTINGS PowerFrameworkSettings);
NTSTATUS WdfDeviceIndicateWakeStatus(WDFDEVICE Device, NTSTATUS WaitWakeStatus);
VOID WdfDeviceSetFailed(WDFDEVICE Device, WDF_DEVICE_FAILED_ACTION FailedAction);
NTSTATUS WdfDeviceStopIdle(WDFDEVICE Device, BOOLEAN WaitForD0);
NTSTATUS WdfDeviceStopIdleWithTag(WDFDEVICE Device, BOOLEAN WaitForD0, PVOID Tag);
NTSTATUS WdfDeviceStopIdleActual(WDFDEVICE Device, BOOLEAN WaitForD0, PVOID Tag, LONG Line, PCHAR File);
VOID WdfDeviceResumeIdle(WDFDEVICE Device);
VOID WdfDeviceResumeIdleWithTag(WDFDEVICE Device, PVOID Tag);
VOID WdfDeviceResumeIdleActual(WDFDEVICE Device, PVOID Tag, LONG Line, PCHAR File);
VOID WdfDeviceSetStaticStopRemove(WDFDEVICE Device, BOOLEAN Stoppable);
VOID WdfDeviceSetSpecialFileSupport(WDFDEVICE Device, WDF_SPECIAL_FILE_TYPE FileType,
                                    BOOLEAN FileTypeIsSupported);
POWER_ACTION WdfDeviceGetSystemPowerAction(WDFDEVICE Device);
VOID WdfDeviceSetCharacteristics(WDFDEVICE Device, ULONG DeviceCharacteristics);
ULONG WdfDeviceGetCharacteristics(WDFDEVICE Device);
ULONG WdfDeviceGetAlignmentRequirement(WDFDEVICE Device);
VOID WdfDeviceSetAlignmentRequirement(WDFDEVICE Device, ULONG AlignmentRequirement);
NTSTATUS WdfDeviceAddDependentUsageDeviceObject(WDFDEVICE Device, PDEVICE_OBJECT DependentDevice);
VOID WdfDeviceRemoveDependentUsageDeviceObject(WDFDEVICE Device, PDEVICE_OBJECT DependentDevice);
NTSTATUS WdfDeviceAddRemovalRelationsPhysicalDevice(WDFDEVICE Device, PDEVICE_OBJECT PhysicalDevice);
VOID WdfDeviceRemoveRemovalRelationsPhysicalDevice(WDFDEVICE Device, PDEVICE_OBJECT PhysicalDevice);
VOID WdfDeviceClearRemovalRelationsDevices(WDFDEVICE Device);
NTSTATUS WdfDeviceAddQueryInterface(WDFDEVICE Device, PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig);
WDFQUEUE WdfDeviceGetDefaultQueue(WDFDEVICE Device);
NTSTATUS WdfDeviceEnqueueRequest(WDFDEVICE Device, WDFREQUEST Request);
WDFIOTARGET WdfDeviceGetIoTarget(WDFDEVICE Device);
WDFIOTARGET WdfDeviceGetSelfIoTarget(WDFDEVICE Device);
WDFFILEOBJECT WdfDeviceGetFileObject(WDFDEVICE Device, PFILE_OBJECT FileObject);

/* ===================================================================================================
 * File objects (wdffileobject.h)
 * ================================================================================================= */

PUNICODE_STRING WdfFileObjectGetFileName(WDFFILEOBJECT FileObject);
ULONG WdfFileObjectGetFlags(WDFFILEOBJECT FileObject);
WDFDEVICE WdfFileObjectGetDevice(WDFFILEOBJECT FileObject);
PFILE_OBJECT WdfFileObjectWdmGetFileObject(WDFFILEOBJECT FileObject);
ULONG WdfFileObjectGetInitiatorProcessId(WDFFILEOBJECT FileObject);
WDFFILEOBJECT WdfFileObjectGetRelatedFileObject(WDFFILEOBJECT FileObject);

/* ===================================================================================================
 * Interrupts (wdfinterrupt.h)
 * ================================================================================================= */

typedef enum _WDF_INTERRUPT_POLARITY {
    WdfInterruptPolarityUnknown = 0,
    WdfInterruptActiveHigh,
    WdfInterruptActiveLow
} WDF_INTERRUPT_POLARITY, *PWDF_INTERRUPT_POLARITY;

typedef enum _WDF_INTERRUPT_POLICY {
    WdfIrqPolicyMachineDefault = 0,
    WdfIrqPolicyAllCloseProcessors,
    WdfIrqPolicyOneCloseProcessor,
    WdfIrqPolicyAllProcessorsInMachine,
    WdfIrqPolicySpecifiedProcessors,
    WdfIrqPolicySpreadMessagesAcrossAllProcessors
} WDF_INTERRUPT_POLICY, *PWDF_INTERRUPT_POLICY;

typedef enum _WDF_INTERRUPT_PRIORITY {
    WdfIrqPriorityUndefined = 0,
    WdfIrqPriorityLow,
    WdfIrqPriorityNormal,
    WdfIrqPriorityHigh
} WDF_INTERRUPT_PRIORITY, *PWDF_INTERRUPT_PRIORITY;

typedef BOOLEAN EVT_WDF_INTERRUPT_ISR(WDFINTERRUPT Interrupt, ULONG MessageID);
typedef EVT_WDF_INTERRUPT_ISR *PFN_WDF_INTERRUPT_ISR;
typedef BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(WDFINTERRUPT Interrupt, WDFCONTEXT Context);
typedef EVT_WDF_INTERRUPT_SYNCHRONIZE *PFN_WDF_INTERRUPT_SYNCHRONIZE;
typedef VOID EVT_WDF_INTERRUPT_DPC(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_DPC *PFN_WDF_INTERRUPT_DPC;
typedef VOID EVT_WDF_INTERRUPT_WORKITEM(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_WORKITEM *PFN_WDF_INTERRUPT_WORKITEM;
typedef NTSTATUS EVT_WDF_INTERRUPT_ENABLE(WDFINTERRUPT Interrupt, WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_ENABLE *PFN_WDF_INTERRUPT_ENABLE;
typedef NTSTATUS EVT_WDF_INTERRUPT_DISABLE(WDFINTERRUPT Interrupt, WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_DISABLE *PFN_WDF_INTERRUPT_DISABLE;

typedef struct _WDF_INTERRUPT_CONFIG {
    ULONG Size;
    WDFSPINLOCK SpinLock;
    WDF_TRI_STATE ShareVector;
    BOOLEAN FloatingSave;
    BOOLEAN AutomaticSerialization;
    PFN_WDF_INTERRUPT_ISR EvtInterruptIsr;
    PFN_WDF_INTERRUPT_DPC EvtInterruptDpc;
    PFN_WDF_INTERRUPT_ENABLE EvtInterruptEnable;
    PFN_WDF_INTERRUPT_DISABLE EvtInterruptDisable;
    PFN_WDF_INTERRUPT_WORKITEM EvtInterruptWorkItem;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptRaw;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptTranslated;
    WDFWAITLOCK WaitLock;
    BOOLEAN PassiveHandling;
    WDF_TRI_STATE ReportInactiveOnPowerDown;
    BOOLEAN CanWakeDevice;
} WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;

/* Store the ISR and DPC; vector sharing and power-down reporting left to the framework. */
FORCEINLINE VOID WDF_INTERRUPT_CONFIG_INIT(PWDF_INTERRUPT_CONFIG Configuration,
                                           PFN_WDF_INTERRUPT_ISR EvtInterruptIsr,
                                           PFN_WDF_INTERRUPT_DPC EvtInterruptDpc) {
    RtlZeroMemory(Configuration, sizeof(WDF_INTERRUPT_CONFIG));
    Configuration->Size = sizeof(WDF_INTERRUPT_CONFIG);
    Configuration->ShareVector = WdfUseDefault;
    Configuration->EvtInterruptIsr = EvtInterruptIsr;
    Configuration->EvtInterruptDpc = EvtInterruptDpc;
    Configuration->ReportInactiveOnPowerDown = WdfUseDefault;
}

typedef struct _WDF_INTERRUPT_INFO {
    ULONG Size;
    PHYSICAL_ADDRESS MessageAddress;
    KAFFINITY TargetProcessorSet;
    ULONG MessageData;
    ULONG MessageNumber;
    ULONG Vector;
    KIRQL Irql;
    KINTERRUPT_MODE Mode;
    WDF_INTERRUPT_POLARITY Polarity;
    BOOLEAN MessageSignaled;
    UCHAR ShareDisposition;
    DECLSPEC_ALIGN(8) USHORT Group;
} WDF_INTERRUPT_INFO, *PWDF_INTERRUPT_INFO;

FORCEINLINE VOID WDF_INTERRUPT_INFO_INIT(PWDF_INTERRUPT_INFO Info) {
    RtlZeroMemory(Info, sizeof(WDF_INTERRUPT_INFO));
    Info->Size = sizeof(WDF_INTERRUPT_INFO);
}

typedef struct _WDF_INTERRUPT_EXTENDED_POLICY {
    ULONG Size;
    WDF_INTERRUPT_POLICY Policy;
    WDF_INTERRUPT_PRIORITY Priority;
    GROUP_AFFINITY TargetProcessorSetAndGroup;
} WDF_INTERRUPT_EXTENDED_POLICY, *PWDF_INTERRUPT_EXTENDED_POLICY;

FORCEINLINE VOID WDF_INTERRUPT_EXTENDED_POLICY_INIT(PWDF_INTERRUPT_EXTENDED_POLICY ExtendedPolicy) {
    RtlZeroMemory(ExtendedPolicy, sizeof(WDF_INTERRUPT_EXTENDED_POLICY));
    ExtendedPolicy->Size = sizeof(WDF_INTERRUPT_EXTENDED_POLICY);
    ExtendedPolicy->Policy = WdfIrqPolicyMachineDefault;
    ExtendedPolicy->Priority = WdfIrqPriorityUndefined;
}

NTSTATUS WdfInterruptCreate(WDFDEVICE Device, PWDF_INTERRUPT_CONFIG Configuration,
                            PWDF_OBJECT_ATTRIBUTES Attributes, WDFINTERRUPT *Interrupt);
BOOLEAN WdfInterruptQueueDpcForIsr(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptQueueWorkItemForIsr(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptSynchronize(WDFINTERRUPT Interrupt, PFN_WDF_INTERRUPT_SYNCHRONIZE Callback,
                                WDFCONTEXT Context);
VOID WdfInterruptAcquireLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptReleaseLock(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptTryToAcquireLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptEnable(WDFINTERRUPT Interrupt);
VOID WdfInterruptDisable(WDFINTERRUPT Interrupt);
PKINTERRUPT WdfInterruptWdmGetInterrupt(WDFINTERRUPT Interrupt);
VOID WdfInterruptGetInfo(WDFINTERRUPT Interrupt, PWDF_INTERRUPT_INFO Info);
VOID WdfInterruptSetPolicy(WDFINTERRUPT Interrupt, WDF_INTERRUPT_POLICY Policy,
                           WDF_INTERRUPT_PRIORITY Priority, KAFFINITY TargetProcessorSet);
VOID WdfInterruptSetExtendedPolicy(WDFINTERRUPT Interrupt, PWDF_INTERRUPT_EXTENDED_POLICY PolicyAndGroup);
WDFDEVICE WdfInterruptGetDevice(WDFINTERRUPT Interrupt);
VOID WdfInterruptReportActive(WDFINTERRUPT Interrupt);
VOID WdfInterruptReportInactive(WDFINTERRUPT Interrupt);

/* ===================================================================================================
 * Hardware resources (wdfresource.h)
 * ================================================================================================= */

ULONG WdfCmResourceListGetCount(WDFCMRESLIST List);
PCM_PARTIAL_RESOURCE_DESCRIPTOR WdfCmResourceListGetDescriptor(WDFCMRESLIST List, ULONG Index);
NTSTATUS WdfCmResourceListAppendDescriptor(WDFCMRESLIST List, PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor);
NTSTATUS WdfCmResourceListInsertDescriptor(WDFCMRESLIST List, PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor,
                                           ULONG Index);
VOID WdfCmResourceListRemove(WDFCMRESLIST List, ULONG Index);
VOID WdfCmResourceListRemoveByDescriptor(WDFCMRESLIST List, PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor);

VOID WdfIoResourceRequirementsListSetSlotNumber(WDFIORESREQLIST RequirementsList, ULONG SlotNumber);
VOID WdfIoResourceRequirementsListSetInterfaceType(WDFIORESREQLIST RequirementsList,
                                                   INTERFACE_TYPE InterfaceType);
NTSTATUS WdfIoResourceRequirementsListAppendIoResList(WDFIORESREQLIST RequirementsList,
                                                      WDFIORESLIST IoResList);
NTSTATUS WdfIoResourceRequirementsListInsertIoResList(WDFIORESREQLIST RequirementsList,
                                                      WDFIORESLIST IoResList, ULONG Index);
ULONG WdfIoResourceRequirementsListGetCount(WDFIORESREQLIST RequirementsList);
WDFIORESLIST WdfIoResourceRequirementsListGetIoResList(WDFIORESREQLIST RequirementsList, ULONG Index);
VOID WdfIoResourceRequirementsListRemove(WDFIORESREQLIST RequirementsList, ULONG Index);
VOID WdfIoResourceRequirementsListRemoveByIoResList(WDFIORESREQLIST RequirementsList,
                                                    WDFIORESLIST IoResList);
NTSTATUS WdfIoResourceListCreate(WDFIORESREQLIST RequirementsList, PWDF_OBJECT_ATTRIBUTES Attributes,
                                 WDFIORESLIST *ResourceList);
NTSTATUS WdfIoResourceListAppendDescriptor(WDFIORESLIST ResourceList, PIO_RESOURCE_DESCRIPTOR Descriptor);
NTSTATUS WdfIoResourceListInsertDescriptor(WDFIORESLIST ResourceList, PIO_RESOURCE_DESCRIPTOR Descriptor,
                                           ULONG Index);
VOID WdfIoResourceListUpdateDescriptor(WDFIORESLIST ResourceList, PIO_RESOURCE_DESCRIPTOR Descriptor,
                                       ULONG Index);
ULONG WdfIoResourceListGetCount(WDFIORESLIST ResourceList);
PIO_RESOURCE_DESCRIPTOR WdfIoResourceListGetDescriptor(WDFIORESLIST ResourceList, ULONG Index);
VOID WdfIoResourceListRemove(WDFIORESLIST ResourceList, ULONG Index);
VOID WdfIoResourceListRemoveByDescriptor(WDFIORESLIST ResourceList, PIO_RESOURCE_DESCRIPTOR Descriptor);

/* ===================================================================================================
 * DMA (wdfdmaenabler.h, wdfdmatransaction.h, wdfcommonbuffer.h)
 * ================================================================================================= */

typedef enum _WDF_DMA_PROFILE {
    WdfDmaProfileInvalid = 0,
    WdfDmaProfilePacket,
    WdfDmaProfileScatterGather,
    WdfDmaProfilePacket64,
    WdfDmaProfileScatterGather64,
    WdfDmaProfileScatterGatherDuplex,
    WdfDmaProfileScatterGather64Duplex,
    WdfDmaProfileSystem,
    WdfDmaProfileSystemDuplex
} WDF_DMA_PROFILE;

typedef enum _WDF_DMA_DIRECTION {
    WdfDmaDirectionReadFromDevice = FALSE,
    WdfDmaDirectionWriteToDevice = TRUE
} WDF_DMA_DIRECTION;

typedef enum _WDF_DMA_ENABLER_CONFIG_FLAGS {
    WDF_DMA_ENABLER_CONFIG_NO_SGLIST_PREALLOCATION = 0x00000001,
    WDF_DMA_ENABLER_CONFIG_REQUIRE_SINGLE_TRANSFER = 0x00000002
} WDF_DMA_ENABLER_CONFIG_FLAGS;

#define WDF_DMA_ENABLER_UNLIMITED_FRAGMENTS ((ULONG)-1)

typedef NTSTATUS EVT_WDF_DMA_ENABLER_FILL(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FILL *PFN_WDF_DMA_ENABLER_FILL;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_FLUSH(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FLUSH *PFN_WDF_DMA_ENABLER_FLUSH;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_ENABLE(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_ENABLE *PFN_WDF_DMA_ENABLER_ENABLE;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_DISABLE(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_DISABLE *PFN_WDF_DMA_ENABLER_DISABLE;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP;

typedef struct _WDF_DMA_ENABLER_CONFIG {
    ULONG Size;
    WDF_DMA_PROFILE Profile;
    size_t MaximumLength;
    PFN_WDF_DMA_ENABLER_FILL EvtDmaEnablerFill;
    PFN_WDF_DMA_ENABLER_FLUSH EvtDmaEnablerFlush;
    PFN_WDF_DMA_ENABLER_DISABLE EvtDmaEnablerDisable;
    PFN_WDF_DMA_ENABLER_ENABLE EvtDmaEnablerEnable;
    PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START EvtDmaEnablerSelfManagedIoStart;
    PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP EvtDmaEnablerSelfManagedIoStop;
    ULONG AddressWidthOverride;
    ULONG WdmDmaVersionOverride;
    ULONG Flags;
} WDF_DMA_ENABLER_CONFIG, *PWDF_DMA_ENABLER_CONFIG;

FORCEINLINE VOID WDF_DMA_ENABLER_CONFIG_INIT(PWDF_DMA_ENABLER_CONFIG Config, WDF_DMA_PROFILE Profile,
                                             size_t MaximumLength) {
    RtlZeroMemory(Config, sizeof(WDF_DMA_ENABLER_CONFIG));
    Config->Size = sizeof(WDF_DMA_ENABLER_CONFIG);
    Config->Profile = Profile;
    Config->MaximumLength = MaximumLength;
}

typedef struct _WDF_DMA_SYSTEM_PROFILE_CONFIG {
    ULONG Size;
    BOOLEAN DemandMode;
    BOOLEAN LoopedTransfer;
    DMA_WIDTH DmaWidth;
    PHYSICAL_ADDRESS DeviceAddress;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR DmaDescriptor;
} WDF_DMA_SYSTEM_PROFILE_CONFIG, *PWDF_DMA_SYSTEM_PROFILE_CONFIG;

FORCEINLINE VOID WDF_DMA_SYSTEM_PROFILE_CONFIG_INIT(PWDF_DMA_SYSTEM_PROFILE_CONFIG DmaConfig,
                                                    PHYSICAL_ADDRESS Address, DMA_WIDTH DmaWidth,
                                                    PCM_PARTIAL_RESOURCE_DESCRIPTOR DmaDescriptor) {
    RtlZeroMemory(DmaConfig, sizeof(WDF_DMA_SYSTEM_PROFILE_CONFIG));
    DmaConfig->Size = sizeof(WDF_DMA_SYSTEM_PROFILE_CONFIG);
    DmaConfig->DeviceAddress = Address;
    DmaConfig->DmaWidth = DmaWidth;
    DmaConfig->DmaDescriptor = DmaDescriptor;
}

NTSTATUS WdfDmaEnablerCreate(WDFDEVICE Device, PWDF_DMA_ENABLER_CONFIG Config,
                             PWDF_OBJECT_ATTRIBUTES Attributes, WDFDMAENABLER *DmaEnablerHandle);
NTSTATUS WdfDmaEnablerConfigureSystemProfile(WDFDMAENABLER DmaEnabler,
                                             PWDF_DMA_SYSTEM_PROFILE_CONFIG ProfileConfig,
                                             WDF_DMA_DIRECTION ConfigDirection);
size_t WdfDmaEnablerGetMaximumLength(WDFDMAENABLER DmaEnabler);
size_t WdfDmaEnablerGetMaximumScatterGatherElements(WDFDMAENABLER DmaEnabler);
VOID WdfDmaEnablerSetMaximumScatterGatherElements(WDFDMAENABLER DmaEnabler, size_t MaximumFragments);
size_t WdfDmaEnablerGetFragmentLength(WDFDMAENABLER DmaEnabler, WDF_DMA_DIRECTION DmaDirection);
PDMA_ADAPTER WdfDmaEnablerWdmGetDmaAdapter(WDFDMAENABLER DmaEnabler, WDF_DMA_DIRECTION DmaDirection);

typedef BOOLEAN EVT_WDF_PROGRAM_DMA(WDFDMATRANSACTION Transaction, WDFDEVICE Device, WDFCONTEXT Context,
                                    WDF_DMA_DIRECTION Direction, PSCATTER_GATHER_LIST SgList);
typedef EVT_WDF_PROGRAM_DMA *PFN_WDF_PROGRAM_DMA;
typedef VOID EVT_WDF_RESERVE_DMA(WDFDMATRANSACTION DmaTransaction, PVOID Context);
typedef EVT_WDF_RESERVE_DMA *PFN_WDF_RESERVE_DMA;
typedef BOOLEAN EVT_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL(WDFDMATRANSACTION DmaTransaction,
                                                              WDFDEVICE Device, PVOID Context, PMDL Mdl,
                                                              size_t Offset, size_t Length);
typedef EVT_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL *PFN_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL;
typedef VOID EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE(WDFDMATRANSACTION Transaction, WDFDEVICE Device,
                                                           WDFCONTEXT Context, WDF_DMA_DIRECTION Direction,
                                                           DMA_COMPLETION_STATUS Status);
typedef EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE *PFN_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE;

NTSTATUS WdfDmaTransactionCreate(WDFDMAENABLER DmaEnabler, PWDF_OBJECT_ATTRIBUTES Attributes,
                                 WDFDMATRANSACTION *DmaTransaction);
NTSTATUS WdfDmaTransactionInitialize(WDFDMATRANSACTION DmaTransaction, PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
                                     WDF_DMA_DIRECTION DmaDirection, PMDL Mdl, PVOID VirtualAddress,
                                     size_t Length);
NTSTATUS WdfDmaTransactionInitializeUsingOffset(WDFDMATRANSACTION DmaTransaction,
                                                PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
                                                WDF_DMA_DIRECTION DmaDirection, PMDL Mdl, size_t Offset,
                                                size_t Length);
NTSTATUS WdfDmaTransactionInitializeUsingRequest(WDFDMATRANSACTION DmaTransaction, WDFREQUEST Request,
                                                 PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
                                                 WDF_DMA_DIRECTION DmaDirection);
NTSTATUS WdfDmaTransactionExecute(WDFDMATRANSACTION DmaTransaction, WDFCONTEXT Context);
NTSTATUS WdfDmaTransactionRelease(WDFDMATRANSACTION DmaTransaction);
BOOLEAN WdfDmaTransactionDmaCompleted(WDFDMATRANSACTION DmaTransaction, NTSTATUS *Status);
BOOLEAN WdfDmaTransactionDmaCompletedWithLength(WDFDMATRANSACTION DmaTransaction, size_t TransferredLength,
                                                NTSTATUS *Status);
BOOLEAN WdfDmaTransactionDmaCompletedFinal(WDFDMATRANSACTION DmaTransaction, size_t FinalTransferredLength,
                                           NTSTATUS *Status);
size_t WdfDmaTransactionGetBytesTransferred(WDFDMATRANSACTION DmaTransaction);
VOID WdfDmaTransactionSetMaximumLength(WDFDMATRANSACTION DmaTransaction, size_t MaximumLength);
WDFREQUEST WdfDmaTransactionGetRequest(WDFDMATRANSACTION DmaTransaction);
size_t WdfDmaTransactionGetCurrentDmaTransferLength(WDFDMATRANSACTION DmaTransaction);
WDFDEVICE WdfDmaTransactionGetDevice(WDFDMATRANSACTION DmaTransaction);
VOID WdfDmaTransactionGetTransferInfo(WDFDMATRANSACTION DmaTransaction, ULONG *MapRegisterCount,
                                      ULONG *ScatterGatherElementCount);
VOID WdfDmaTransactionSetChannelConfigurationCallback(
    WDFDMATRANSACTION DmaTransaction, PFN_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL ConfigureRoutine,
    PVOID ConfigureContext);
VOID WdfDmaTransactionSetTransferCompleteCallback(
    WDFDMATRANSACTION DmaTransaction, PFN_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE DmaCompletionRoutine,
    PVOID DmaCompletionContext);
VOID WdfDmaTransactionSetImmediateExecution(WDFDMATRANSACTION DmaTransaction, BOOLEAN UseImmediateExecution);
NTSTATUS WdfDmaTransactionAllocateResources(WDFDMATRANSACTION DmaTransaction,
                                            PFN_WDF_RESERVE_DMA EvtReserveDmaFunction,
                                            PVOID EvtReserveDmaContext);
VOID WdfDmaTransactionSetDeviceAddressOffset(WDFDMATRANSACTION DmaTransaction, ULONG Offset);
VOID WdfDmaTransactionFreeResources(WDFDMATRANSACTION DmaTransaction);
BOOLEAN WdfDmaTransactionCancel(WDFDMATRANSACTION DmaTransaction);
PVOID WdfDmaTransactionWdmGetTransferContext(WDFDMATRANSACTION DmaTransaction);
VOID WdfDmaTransactionStopSystemTransfer(WDFDMATRANSACTION DmaTransaction);
VOID WdfDmaTransactionSetSingleTransferRequirement(WDFDMATRANSACTION DmaTransaction,
                                                   BOOLEAN RequireSingleTransfer);

typedef struct _WDF_COMMON_BUFFER_CONFIG {
    ULONG Size;
    ULONG AlignmentRequirement;
} WDF_COMMON_BUFFER_CONFIG, *PWDF_COMMON_BUFFER_CONFIG;

FORCEINLINE VOID WDF_COMMON_BUFFER_CONFIG_INIT(PWDF_COMMON_BUFFER_CONFIG Config, ULONG AlignmentRequirement) {
    RtlZeroMemory(Config, sizeof(WDF_COMMON_BUFFER_CONFIG));
    Config->Size = sizeof(WDF_COMMON_BUFFER_CONFIG);
    Config->AlignmentRequirement = AlignmentRequirement;
}

NTSTATUS WdfCommonBufferCreate(WDFDMAENABLER DmaEnabler, size_t Length, PWDF_OBJECT_ATTRIBUTES Attributes,
                               WDFCOMMONBUFFER *CommonBuffer);
NTSTATUS WdfCommonBufferCreateWithConfig(WDFDMAENABLER DmaEnabler, size_t Length,
                                         PWDF_COMMON_BUFFER_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes,
                                         WDFCOMMONBUFFER *CommonBuffer);
PVOID WdfCommonBufferGetAlignedVirtualAddress(WDFCOMMONBUFFER CommonBuffer);
PHYSICAL_ADDRESS WdfCommonBufferGetAlignedLogicalAddress(WDFCOMMONBUFFER CommonBuffer);
size_t WdfCommonBufferGetLength(WDFCOMMONBUFFER CommonBuffer);

WDF_EXTERN_C_END

/* Queues, requests, I/O targets and WMI build on everything above. */
#if __has_include("drvls_wdf_io.h")
#include "drvls_wdf_io.h"
#endif

#endif /* DRVLS_WDK_SHIM_WDF_H */
