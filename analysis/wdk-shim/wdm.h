/*
 * wdm.h - drvls WDK supplement: the mingw-w64 wdm.h plus what it lacks.
 *
 * drvls parses driver sources on machines without the WDK by putting this directory ahead of mingw-w64's
 * ddk/ directory. This file forwards to mingw-w64's own wdm.h with #include_next and then declares the
 * kernel routines, constants and annotation macros that newer drivers use and mingw-w64 does not provide
 * (pool allocation with POOL_FLAGS, IoTryQueueWorkItem, the driver-runtime opt-in, driver SAL macros).
 * ntddk.h, ntifs.h and ndis.h all reach this file through `#include <wdm.h>`.
 *
 * Every addition is guarded so that a header that already declares it wins and nothing is declared
 * twice. Declarations are written from the public kernel-mode API documentation; they describe the
 * interface only, so that drivers parse and the checker can see the calls.
 */
#ifndef DRVLS_WDK_SHIM_WDM_H
#define DRVLS_WDK_SHIM_WDM_H

/* C++: mingw-w64's intrin.h defines InterlockedBitTestAndSet/Reset as extern gnu_inline functions and
 * its wdm.h defines them again as static inline ones. C accepts the pair; C++ calls it a redefinition.
 * Load intrin.h first, then let wdm.h's copies take another name (wdm.h maps the public names to the
 * _interlockedbittest* intrinsics right after, so callers are unaffected). */
#if defined(__cplusplus) && !defined(_WDMDDK_)
#include <intrin.h>
#define InterlockedBitTestAndSet drvls_mingw_wdm_InterlockedBitTestAndSet
#define InterlockedBitTestAndReset drvls_mingw_wdm_InterlockedBitTestAndReset
#endif

/* DMA version 3: mingw-w64's DEVICE_DESCRIPTION and DMA_OPERATIONS stop at version 2 (no DmaRequestLine,
 * no MapTransferEx, ...). The newer members are appended to its own structures, in the documented
 * order, by expanding the name of each structure's last member (DmaPort, BuildMdlFromScatterGatherList;
 * each occurs once in mingw-w64's wdm.h) while that header is read. The members are written with the
 * types available at that point; the documented P* typedefs of the same types follow further down. */
#if !defined(_WDMDDK_)
#define DRVLS_DMA_COMPLETION_PTR VOID(NTAPI *)(PDMA_ADAPTER, PDEVICE_OBJECT, PVOID, DMA_COMPLETION_STATUS)
#define DmaPort                                                                                        \
    DmaPort;                                                                                           \
    ULONG DmaAddressWidth;                                                                             \
    ULONG DmaControllerInstance;                                                                       \
    ULONG DmaRequestLine;                                                                              \
    PHYSICAL_ADDRESS DeviceAddress
#define BuildMdlFromScatterGatherList                                                                  \
    BuildMdlFromScatterGatherList;                                                                     \
    NTSTATUS(NTAPI *GetDmaAdapterInfo)(PDMA_ADAPTER, struct _DMA_ADAPTER_INFO *);                      \
    NTSTATUS(NTAPI *GetDmaTransferInfo)(PDMA_ADAPTER, PMDL, ULONGLONG, ULONG, BOOLEAN,                 \
                                        struct _DMA_TRANSFER_INFO *);                                  \
    NTSTATUS(NTAPI *InitializeDmaTransferContext)(PDMA_ADAPTER, PVOID);                                \
    PVOID(NTAPI *AllocateCommonBufferEx)(PDMA_ADAPTER, PPHYSICAL_ADDRESS, ULONG, PPHYSICAL_ADDRESS,    \
                                         BOOLEAN, NODE_REQUIREMENT);                                   \
    NTSTATUS(NTAPI *AllocateAdapterChannelEx)(PDMA_ADAPTER, PDEVICE_OBJECT, PVOID, ULONG, ULONG,       \
                                              PDRIVER_CONTROL, PVOID, PVOID *);                        \
    NTSTATUS(NTAPI *ConfigureAdapterChannel)(PDMA_ADAPTER, ULONG, PVOID);                              \
    BOOLEAN(NTAPI *CancelAdapterChannel)(PDMA_ADAPTER, PDEVICE_OBJECT, PVOID);                         \
    NTSTATUS(NTAPI *MapTransferEx)(PDMA_ADAPTER, PMDL, PVOID, ULONGLONG, ULONG, PULONG, BOOLEAN,        \
                                   PSCATTER_GATHER_LIST, ULONG, DRVLS_DMA_COMPLETION_PTR, PVOID);      \
    NTSTATUS(NTAPI *GetScatterGatherListEx)(PDMA_ADAPTER, PDEVICE_OBJECT, PVOID, PMDL, ULONGLONG,      \
                                            ULONG, ULONG, PDRIVER_LIST_CONTROL, PVOID, BOOLEAN,        \
                                            DRVLS_DMA_COMPLETION_PTR, PVOID, PSCATTER_GATHER_LIST *);  \
    NTSTATUS(NTAPI *BuildScatterGatherListEx)(PDMA_ADAPTER, PDEVICE_OBJECT, PVOID, PMDL, ULONGLONG,    \
                                              ULONG, ULONG, PDRIVER_LIST_CONTROL, PVOID, BOOLEAN,      \
                                              PVOID, ULONG, DRVLS_DMA_COMPLETION_PTR, PVOID,           \
                                              PVOID);                                                  \
    NTSTATUS(NTAPI *FlushAdapterBuffersEx)(PDMA_ADAPTER, PMDL, PVOID, ULONGLONG, ULONG, BOOLEAN);       \
    VOID(NTAPI *FreeAdapterObject)(PDMA_ADAPTER, IO_ALLOCATION_ACTION);                                \
    NTSTATUS(NTAPI *CancelMappedTransfer)(PDMA_ADAPTER, PVOID);                                        \
    NTSTATUS(NTAPI *AllocateDomainCommonBuffer)(PDMA_ADAPTER, HANDLE, PPHYSICAL_ADDRESS, ULONG, ULONG, \
                                                MEMORY_CACHING_TYPE *, NODE_REQUIREMENT,               \
                                                PPHYSICAL_ADDRESS, PVOID *);                           \
    NTSTATUS(NTAPI *FlushDmaBuffer)(PDMA_ADAPTER, PMDL, BOOLEAN);                                      \
    NTSTATUS(NTAPI *JoinDmaDomain)(PDMA_ADAPTER, HANDLE);                                              \
    NTSTATUS(NTAPI *LeaveDmaDomain)(PDMA_ADAPTER);                                                     \
    HANDLE(NTAPI *GetDmaDomain)(PDMA_ADAPTER);                                                         \
    PVOID(NTAPI *AllocateCommonBufferWithBounds)(PDMA_ADAPTER, PPHYSICAL_ADDRESS, PPHYSICAL_ADDRESS,   \
                                                 ULONG, ULONG, MEMORY_CACHING_TYPE *,                  \
                                                 NODE_REQUIREMENT, PPHYSICAL_ADDRESS)
#define DRVLS_WDK_SHIM_DMA_V3
#endif

/* MmMapLockedPagesSpecifyCache: the documented Priority parameter is a ULONG (an MM_PAGE_PRIORITY value
 * ORed with MdlMappingNo* flags); mingw-w64 declares it as the MM_PAGE_PRIORITY enumeration, which C++
 * will not convert an ORed value to. mingw-w64's declaration is read under another name and the
 * documented one is declared below; its MmGetSystemAddressForMdlSafe macro expands to the public name
 * where it is used, so it reaches the documented declaration. */
#if !defined(_WDMDDK_) && !defined(MmMapLockedPagesSpecifyCache)
#define MmMapLockedPagesSpecifyCache drvls_mingw_MmMapLockedPagesSpecifyCache
#define DRVLS_WDK_SHIM_MAP_LOCKED_PAGES
#endif

#include_next <wdm.h>

#ifdef DRVLS_WDK_SHIM_DMA_V3
#undef DmaPort
#undef BuildMdlFromScatterGatherList
#undef DRVLS_DMA_COMPLETION_PTR
#endif

#ifdef DRVLS_WDK_SHIM_MAP_LOCKED_PAGES
#undef MmMapLockedPagesSpecifyCache
#ifdef __cplusplus
extern "C"
#endif
NTKERNELAPI PVOID NTAPI MmMapLockedPagesSpecifyCache(PMDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode,
                                                     MEMORY_CACHING_TYPE CacheType, PVOID RequestedAddress,
                                                     ULONG BugCheckOnFailure, ULONG Priority);
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------------------
 * Names that the WDK's kernel headers provide and mingw-w64 declares only in its user-mode headers
 * (winnt.h) or not at all. Kernel C++ (COM-style KS / PortCls interfaces, AVStream) needs the first
 * group before any interface is declared.
 * ------------------------------------------------------------------------------------------------- */
#ifndef DECLSPEC_NOVTABLE
#define DECLSPEC_NOVTABLE __declspec(novtable)
#endif
#ifndef DECLSPEC_UUID
#define DECLSPEC_UUID(x) __declspec(uuid(x))
#endif
#ifndef DECLSPEC_NOINLINE
#define DECLSPEC_NOINLINE __declspec(noinline)
#endif
#ifndef DECLSPEC_ALIGN
#define DECLSPEC_ALIGN(x) __declspec(align(x))
#endif
#ifndef EXTERN_C
#ifdef __cplusplus
#define EXTERN_C extern "C"
#else
#define EXTERN_C extern
#endif
#endif
#ifndef _TCHAR_DEFINED
#define _TCHAR_DEFINED
#ifdef UNICODE
typedef WCHAR TCHAR, *PTCHAR;
#else
typedef char TCHAR, *PTCHAR;
#endif
#endif

/* Code placement: a routine marked PAGED_CODE_SEG goes to the pageable PAGE section, INIT_CODE_SEG to
 * the discardable INIT section. Spelled exactly as drivers that define these themselves spell them, so
 * their own definitions are not redefinitions. */
#ifndef CODE_SEG
#define CODE_SEG(segment) __declspec(code_seg(segment))
#endif
#ifndef PAGED_CODE_SEG
#define PAGED_CODE_SEG __declspec(code_seg("PAGE"))
#endif
#ifndef INIT_CODE_SEG
#define INIT_CODE_SEG __declspec(code_seg("INIT"))
#endif
#ifndef PAGED_CODE_SEG_BEGIN
#define PAGED_CODE_SEG_BEGIN __pragma(code_seg(push)) __pragma(code_seg("PAGE"))
#endif
#ifndef PAGED_CODE_SEG_END
#define PAGED_CODE_SEG_END __pragma(code_seg(pop))
#endif

/* NT_ASSERTMSG(Message, Expression) and friends take two arguments; mingw-w64 maps them to the
 * one-argument NT_ASSERT outside MSVC, so every use is an arity error. Checked builds assert the
 * expression, free builds evaluate to nothing (NT_VERIFY* still evaluate it). */
#undef NT_ASSERTMSG
#undef NT_ASSERTMSGW
#undef NT_VERIFYMSG
#undef NT_VERIFYMSGW
#if DBG
#define NT_ASSERTMSG(Message, Expression) NT_ASSERT(Expression)
#define NT_ASSERTMSGW(Message, Expression) NT_ASSERT(Expression)
#define NT_VERIFYMSG(Message, Expression) NT_ASSERT(Expression)
#define NT_VERIFYMSGW(Message, Expression) NT_ASSERT(Expression)
#else
#define NT_ASSERTMSG(Message, Expression) ((VOID)0)
#define NT_ASSERTMSGW(Message, Expression) ((VOID)0)
#define NT_VERIFYMSG(Message, Expression) ((Expression) ? TRUE : FALSE)
#define NT_VERIFYMSGW(Message, Expression) ((Expression) ? TRUE : FALSE)
#endif
#ifndef NT_ASSERT_ACTION
#define NT_ASSERT_ACTION(Expression) NT_ASSERT(Expression)
#endif
#ifndef NT_ASSERT_ASSUME
#define NT_ASSERT_ASSUME(Expression) NT_ASSERT(Expression)
#endif
#ifndef NT_FRE_ASSERT
#define NT_FRE_ASSERT(Expression) ((VOID)((Expression) ? TRUE : (DbgRaiseAssertionFailure(), FALSE)))
#endif

/* ---------------------------------------------------------------------------------------------------
 * Annotation macros. mingw-w64's sal.h and driverspecs.h define most of the SAL 2 and driver
 * annotations as empty; these are the ones that drivers commonly write and that mingw-w64 leaves out.
 * They carry no meaning for parsing, so all of them expand to nothing.
 * ------------------------------------------------------------------------------------------------- */
#ifndef _Dispatch_type_
#define _Dispatch_type_(...)
#endif
#ifndef _Kernel_clear_do_init_
#define _Kernel_clear_do_init_(...)
#endif
#ifndef _Kernel_float_saved_
#define _Kernel_float_saved_
#endif
#ifndef _Kernel_float_restored_
#define _Kernel_float_restored_
#endif
#ifndef _Kernel_float_used_
#define _Kernel_float_used_
#endif
#ifndef _Kernel_acquires_resource_
#define _Kernel_acquires_resource_(...)
#endif
#ifndef _Kernel_releases_resource_
#define _Kernel_releases_resource_(...)
#endif
#ifndef _Kernel_requires_resource_held_
#define _Kernel_requires_resource_held_(...)
#endif
#ifndef _Kernel_requires_resource_not_held_
#define _Kernel_requires_resource_not_held_(...)
#endif
#ifndef _Kernel_IoGetDmaAdapter_
#define _Kernel_IoGetDmaAdapter_
#endif
#ifndef _IRQL_saves_global_
#define _IRQL_saves_global_(...)
#endif
#ifndef _IRQL_restores_global_
#define _IRQL_restores_global_(...)
#endif
#ifndef _IRQL_always_function_min_
#define _IRQL_always_function_min_(...)
#endif
#ifndef _IRQL_always_function_max_
#define _IRQL_always_function_max_(...)
#endif
#ifndef _IRQL_uses_cancel_
#define _IRQL_uses_cancel_
#endif
#ifndef _IRQL_is_cancel_
#define _IRQL_is_cancel_
#endif
#ifndef _Frees_ptr_
#define _Frees_ptr_
#endif
#ifndef _Frees_ptr_opt_
#define _Frees_ptr_opt_
#endif
#ifndef _Pre_valid_
#define _Pre_valid_
#endif
#ifndef _Pre_opt_valid_
#define _Pre_opt_valid_
#endif
#ifndef _Post_valid_
#define _Post_valid_
#endif
#ifndef _Post_opt_valid_
#define _Post_opt_valid_
#endif
#ifndef _Post_invalid_
#define _Post_invalid_
#endif
#ifndef _Post_ptr_invalid_
#define _Post_ptr_invalid_
#endif
#ifndef _Valid_
#define _Valid_
#endif
#ifndef _Notvalid_
#define _Notvalid_
#endif
#ifndef _Maybevalid_
#define _Maybevalid_
#endif
#ifndef _Pre_null_
#define _Pre_null_
#endif
#ifndef _Pre_maybenull_
#define _Pre_maybenull_
#endif
#ifndef _Post_null_
#define _Post_null_
#endif
#ifndef _Post_notnull_
#define _Post_notnull_
#endif
#ifndef _Post_maybenull_
#define _Post_maybenull_
#endif
#ifndef _Post_z_
#define _Post_z_
#endif
#ifndef _Deref_pre_null_
#define _Deref_pre_null_
#endif
#ifndef _Deref_pre_notnull_
#define _Deref_pre_notnull_
#endif
#ifndef _Deref_pre_maybenull_
#define _Deref_pre_maybenull_
#endif
#ifndef _Deref_post_null_
#define _Deref_post_null_
#endif
#ifndef _Deref_post_notnull_
#define _Deref_post_notnull_
#endif
#ifndef _Deref_post_maybenull_
#define _Deref_post_maybenull_
#endif
#ifndef _Pre_defensive_
#define _Pre_defensive_
#endif
#ifndef _Post_defensive_
#define _Post_defensive_
#endif
#ifndef _In_defensive_
#define _In_defensive_(...)
#endif
#ifndef _Out_defensive_
#define _Out_defensive_(...)
#endif
#ifndef _Inout_defensive_
#define _Inout_defensive_(...)
#endif
#ifndef _Inexpressible_
#define _Inexpressible_(...)
#endif
#ifndef _Old_
#define _Old_(...)
#endif
#ifndef _Param_
#define _Param_(...)
#endif
#ifndef _Analysis_noreturn_
#define _Analysis_noreturn_
#endif
#ifndef _Enum_is_bitflag_
#define _Enum_is_bitflag_
#endif
#ifndef _Interlocked_operand_
#define _Interlocked_operand_
#endif
#ifndef _Lock_kind_spin_lock_
#define _Lock_kind_spin_lock_
#endif
#ifndef _Lock_kind_mutex_
#define _Lock_kind_mutex_
#endif
#ifndef _Lock_kind_event_
#define _Lock_kind_event_
#endif
#ifndef _Lock_kind_semaphore_
#define _Lock_kind_semaphore_
#endif
#ifndef __callback
#define __callback
#endif
#ifndef __reserved
#define __reserved
#endif
#ifndef __nullterminated
#define __nullterminated
#endif
#ifndef __in_z
#define __in_z
#endif
#ifndef __out_z
#define __out_z
#endif
#ifndef __in_bcount_opt
#define __in_bcount_opt(...)
#endif
#ifndef __out_bcount_opt
#define __out_bcount_opt(...)
#endif
#ifndef __field_bcount
#define __field_bcount(...)
#endif
#ifndef __field_ecount
#define __field_ecount(...)
#endif
#ifndef __success
#define __success(...)
#endif
/* Older (driverspecs 1.x) spellings. */
#ifndef __drv_functionClass
#define __drv_functionClass(...)
#endif
#ifndef __drv_minIRQL
#define __drv_minIRQL(...)
#endif
#ifndef __drv_minFunctionIRQL
#define __drv_minFunctionIRQL(...)
#endif
#ifndef __drv_maxFunctionIRQL
#define __drv_maxFunctionIRQL(...)
#endif
#ifndef __drv_sameIRQL
#define __drv_sameIRQL
#endif
#ifndef __drv_isCancelIRQL
#define __drv_isCancelIRQL
#endif
#ifndef __drv_clearDoInit
#define __drv_clearDoInit(...)
#endif
#ifndef __drv_completionType
#define __drv_completionType(...)
#endif
#ifndef __drv_constant
#define __drv_constant
#endif
#ifndef __drv_declspec
#define __drv_declspec(...)
#endif
#ifndef __drv_fun
#define __drv_fun(...)
#endif
#ifndef __drv_ret
#define __drv_ret(...)
#endif
#ifndef __drv_floatSaved
#define __drv_floatSaved
#endif
#ifndef __drv_floatRestored
#define __drv_floatRestored
#endif
#ifndef __drv_floatUsed
#define __drv_floatUsed
#endif
#ifndef __drv_inTry
#define __drv_inTry
#endif
#ifndef __drv_notInTry
#define __drv_notInTry
#endif
#ifndef __drv_interlocked
#define __drv_interlocked
#endif
#ifndef __drv_isObjectPointer
#define __drv_isObjectPointer
#endif
#ifndef __drv_preferredFunction
#define __drv_preferredFunction(...)
#endif
#ifndef __drv_reportError
#define __drv_reportError(...)
#endif
#ifndef __drv_strictType
#define __drv_strictType(...)
#endif
#ifndef __drv_strictTypeMatch
#define __drv_strictTypeMatch(...)
#endif
#ifndef __drv_acquiresResource
#define __drv_acquiresResource(...)
#endif
#ifndef __drv_releasesResource
#define __drv_releasesResource(...)
#endif
#ifndef __drv_acquiresExclusiveResource
#define __drv_acquiresExclusiveResource(...)
#endif
#ifndef __drv_releasesExclusiveResource
#define __drv_releasesExclusiveResource(...)
#endif
#ifndef __drv_acquiresResourceGlobal
#define __drv_acquiresResourceGlobal(...)
#endif
#ifndef __drv_releasesResourceGlobal
#define __drv_releasesResourceGlobal(...)
#endif
#ifndef __drv_mustHold
#define __drv_mustHold(...)
#endif
#ifndef __drv_mustHoldGlobal
#define __drv_mustHoldGlobal(...)
#endif
#ifndef __drv_neverHold
#define __drv_neverHold(...)
#endif
#ifndef __drv_neverHoldGlobal
#define __drv_neverHoldGlobal(...)
#endif
#ifndef __drv_innerMustHoldGlobal
#define __drv_innerMustHoldGlobal(...)
#endif
#ifndef __drv_innerNeverHoldGlobal
#define __drv_innerNeverHoldGlobal(...)
#endif
#ifndef __drv_mustHoldCriticalRegion
#define __drv_mustHoldCriticalRegion
#endif
#ifndef __drv_acquiresCancelSpinLock
#define __drv_acquiresCancelSpinLock
#endif
#ifndef __drv_releasesCancelSpinLock
#define __drv_releasesCancelSpinLock
#endif
#ifndef __drv_mustHoldCancelSpinLock
#define __drv_mustHoldCancelSpinLock
#endif

#ifndef DECLSPEC_RESTRICT
#define DECLSPEC_RESTRICT __declspec(restrict)
#endif
#ifndef DECLSPEC_NOTHROW
#define DECLSPEC_NOTHROW __declspec(nothrow)
#endif

/* ---------------------------------------------------------------------------------------------------
 * Pool allocation with POOL_FLAGS (Windows 10 2004 and later): ExAllocatePool2 / ExAllocatePool3 /
 * ExFreePool2, and the zeroing wrappers. POOL_FLAGS is a 64-bit mask; the low 32 bits are "required"
 * flags the allocator must honour, the high 32 bits "optional" ones it may ignore.
 * ------------------------------------------------------------------------------------------------- */
#ifndef POOL_FLAG_NON_PAGED
typedef ULONG64 POOL_FLAGS;

#define POOL_FLAG_REQUIRED_START 0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA 0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED 0x0000000000000002ULL
#define POOL_FLAG_SESSION 0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED 0x0000000000000008ULL
#define POOL_FLAG_RESERVED1 0x0000000000000010ULL
#define POOL_FLAG_RAISE_ON_FAILURE 0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE 0x0000000000000080ULL
#define POOL_FLAG_PAGED 0x0000000000000100ULL
#define POOL_FLAG_RESERVED2 0x0000000000000200ULL
#define POOL_FLAG_RESERVED3 0x0000000000000400ULL
#define POOL_FLAG_REQUIRED_END 0x0000000080000000ULL
#define POOL_FLAG_OPTIONAL_START 0x0000000100000000ULL
#define POOL_FLAG_SPECIAL_POOL 0x0000000100000000ULL
#define POOL_FLAG_OPTIONAL_END 0x8000000000000000ULL

typedef enum _POOL_EXTENDED_PARAMETER_TYPE {
    PoolExtendedParameterInvalidType = 0,
    PoolExtendedParameterPriority,
    PoolExtendedParameterSecurePool,
    PoolExtendedParameterNumaNode,
    PoolExtendedParameterMax
} POOL_EXTENDED_PARAMETER_TYPE, *PPOOL_EXTENDED_PARAMETER_TYPE;

#define POOL_EXTENDED_PARAMETER_TYPE_BITS 8
#define POOL_EXTENDED_PARAMETER_REQUIRED_FIELD_BITS 1
#define POOL_EXTENDED_PARAMETER_RESERVED_BITS                                                          \
    (64 - POOL_EXTENDED_PARAMETER_TYPE_BITS - POOL_EXTENDED_PARAMETER_REQUIRED_FIELD_BITS)

typedef ULONG POOL_NODE_REQUIREMENT;
#define POOL_NODE_REQUIREMENT_ANY_NODE ((POOL_NODE_REQUIREMENT)0x80000000UL)

typedef struct _POOL_EXTENDED_PARAMS_SECURE_POOL POOL_EXTENDED_PARAMS_SECURE_POOL;

/* One optional argument of ExAllocatePool3 / ExFreePool2: a type tag and a value. */
typedef struct _POOL_EXTENDED_PARAMETER {
    struct {
        ULONG64 Type : POOL_EXTENDED_PARAMETER_TYPE_BITS;
        ULONG64 Optional : POOL_EXTENDED_PARAMETER_REQUIRED_FIELD_BITS;
        ULONG64 Reserved : POOL_EXTENDED_PARAMETER_RESERVED_BITS;
    };
    union {
        ULONG64 Reserved2;
        PVOID Reserved3;
        EX_POOL_PRIORITY Priority;
        POOL_EXTENDED_PARAMS_SECURE_POOL *SecurePoolParams;
        POOL_NODE_REQUIREMENT PreferredNode;
    };
} POOL_EXTENDED_PARAMETER, *PPOOL_EXTENDED_PARAMETER;

typedef const POOL_EXTENDED_PARAMETER *PCPOOL_EXTENDED_PARAMETER;

/* Allocates NumberOfBytes from the pool selected by Flags, zeroed unless POOL_FLAG_UNINITIALIZED.
 * Returns NULL on failure unless POOL_FLAG_RAISE_ON_FAILURE. Free with ExFreePool / ExFreePoolWithTag
 * / ExFreePool2. */
DECLSPEC_RESTRICT
NTKERNELAPI
PVOID
NTAPI
ExAllocatePool2(_In_ POOL_FLAGS Flags, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);

/* ExAllocatePool2 with extended parameters (priority, NUMA node, secure pool). */
DECLSPEC_RESTRICT
NTKERNELAPI
PVOID
NTAPI
ExAllocatePool3(_In_ POOL_FLAGS Flags, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag,
                _In_reads_opt_(ExtendedParametersCount) PCPOOL_EXTENDED_PARAMETER ExtendedParameters,
                _In_ ULONG ExtendedParametersCount);

/* Frees a block from ExAllocatePool2/3; Tag must match the allocation's tag. */
NTKERNELAPI
VOID
NTAPI
ExFreePool2(_Pre_notnull_ PVOID P, _In_ ULONG Tag,
            _In_reads_opt_(ExtendedParametersCount) PCPOOL_EXTENDED_PARAMETER ExtendedParameters,
            _In_ ULONG ExtendedParametersCount);
#endif /* POOL_FLAG_NON_PAGED */

#ifndef DRVLS_WDK_SHIM_POOL_ZERO
#define DRVLS_WDK_SHIM_POOL_ZERO
/* Wrappers over the POOL_TYPE allocators: the first returns zeroed memory, the second says in its name
 * that the memory is not initialised. In the WDK these are inline functions; here they are declared only. */
DECLSPEC_RESTRICT
PVOID
ExAllocatePoolZero(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);

DECLSPEC_RESTRICT
PVOID
ExAllocatePoolUninitialized(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);

DECLSPEC_RESTRICT
PVOID
ExAllocatePoolQuotaZero(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
#endif

/* ---------------------------------------------------------------------------------------------------
 * Driver runtime initialisation. A driver built with POOL_NX_OPTIN=1 calls
 * ExInitializeDriverRuntime(DrvRtPoolNxOptIn) early in DriverEntry so that NonPagedPool requests are
 * served from no-execute pool.
 * ------------------------------------------------------------------------------------------------- */
#ifndef DrvRtPoolNxOptIn
#define DrvRtPoolNxOptIn 0x00000001UL
VOID
ExInitializeDriverRuntime(_In_ ULONG RuntimeFlags);
#endif

/* ---------------------------------------------------------------------------------------------------
 * Work items: IoTryQueueWorkItem (Windows 10 and later) queues like IoQueueWorkItemEx but returns FALSE
 * instead of queueing when the work item is already queued.
 * ------------------------------------------------------------------------------------------------- */
#ifndef DRVLS_WDK_SHIM_IO_TRY_QUEUE
#define DRVLS_WDK_SHIM_IO_TRY_QUEUE
NTKERNELAPI
BOOLEAN
NTAPI
IoTryQueueWorkItem(_Inout_ PIO_WORKITEM IoWorkItem, _In_ PIO_WORKITEM_ROUTINE_EX WorkerRoutine,
                   _In_ WORK_QUEUE_TYPE QueueType, _In_opt_ PVOID Context);
#endif

/* ---------------------------------------------------------------------------------------------------
 * Memory manager and pool constants added after Windows 7.
 * ------------------------------------------------------------------------------------------------- */
/* POOL_TYPE value of no-execute non-paged pool (NonPagedPoolNx in the enumeration). */
#ifndef POOL_NX_ALLOCATION
#define POOL_NX_ALLOCATION 512
#endif
#ifndef POOL_QUOTA_FAIL_INSTEAD_OF_RAISE
#define POOL_QUOTA_FAIL_INSTEAD_OF_RAISE 8
#endif
#ifndef POOL_RAISE_IF_ALLOCATION_FAILURE
#define POOL_RAISE_IF_ALLOCATION_FAILURE 16
#endif
/* Flags ORed into the MM_PAGE_PRIORITY argument of MmGetSystemAddressForMdlSafe and
 * MmMapLockedPagesSpecifyCache (Windows 8 and later). */
#ifndef MdlMappingNoWrite
#define MdlMappingNoWrite 0x80000000
#endif
#ifndef MdlMappingNoExecute
#define MdlMappingNoExecute 0x40000000
#endif

/* RtlQueryRegistryValues: with RTL_QUERY_REGISTRY_TYPECHECK set in Flags, the expected REG_xxx type of
 * a RTL_QUERY_REGISTRY_DIRECT entry is stored in the top byte of DefaultType. */
#ifndef RTL_QUERY_REGISTRY_TYPECHECK
#define RTL_QUERY_REGISTRY_TYPECHECK 0x00000100
#endif
#ifndef RTL_QUERY_REGISTRY_TYPECHECK_SHIFT
#define RTL_QUERY_REGISTRY_TYPECHECK_SHIFT 24
#endif
#ifndef RTL_QUERY_REGISTRY_TYPECHECK_MASK
#define RTL_QUERY_REGISTRY_TYPECHECK_MASK (0xff << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT)
#endif

/* Lookaside list allocate / free routines as function types, so that drivers can declare theirs with
 * `ALLOCATE_FUNCTION MyAllocate;` (mingw-w64 has only the pointer types, which these match). */
#ifndef DRVLS_WDK_SHIM_LOOKASIDE_ROLES
#define DRVLS_WDK_SHIM_LOOKASIDE_ROLES
typedef PVOID NTAPI ALLOCATE_FUNCTION(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
typedef PVOID NTAPI ALLOCATE_FUNCTION_EX(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag,
                                         _Inout_ PLOOKASIDE_LIST_EX Lookaside);
typedef VOID NTAPI FREE_FUNCTION(_In_ PVOID Buffer);
typedef VOID NTAPI FREE_FUNCTION_EX(_In_ PVOID Buffer, _Inout_ PLOOKASIDE_LIST_EX Lookaside);
#endif

/* Status codes and device characteristics newer than mingw-w64's lists. */
#ifndef STATUS_DEVICE_FEATURE_NOT_SUPPORTED
#define STATUS_DEVICE_FEATURE_NOT_SUPPORTED ((NTSTATUS)0xC0000463L)
#endif
#ifndef STATUS_INVALID_STATE_TRANSITION
#define STATUS_INVALID_STATE_TRANSITION ((NTSTATUS)0xC000A003L)
#endif
#ifndef FILE_PORTABLE_DEVICE
#define FILE_PORTABLE_DEVICE 0x00040000
#endif

/* ---------------------------------------------------------------------------------------------------
 * Time (Windows 8 and later).
 * ------------------------------------------------------------------------------------------------- */
#ifndef DRVLS_WDK_SHIM_PRECISE_TIME
#define DRVLS_WDK_SHIM_PRECISE_TIME
/* System time (100 ns units since 1601, UTC) with the precision of the performance counter. */
NTKERNELAPI
VOID
NTAPI
KeQuerySystemTimePrecise(_Out_ PLARGE_INTEGER CurrentTime);

/* Interrupt time (100 ns units since boot) and the performance counter value it was read at. */
NTKERNELAPI
ULONGLONG
NTAPI
KeQueryInterruptTimePrecise(_Out_ PULONG64 QpcTimeStamp);

NTKERNELAPI
ULONGLONG
NTAPI
KeQueryUnbiasedInterruptTimePrecise(_Out_ PULONG64 QpcTimeStamp);
#endif

/* ---------------------------------------------------------------------------------------------------
 * Floating point. On x64 the routines exist (the kernel saves the state itself); mingw-w64 declares them
 * for x86 only.
 * ------------------------------------------------------------------------------------------------- */
#if defined(_AMD64_) || defined(_M_AMD64) || defined(_ARM64_)
#ifndef DRVLS_WDK_SHIM_FLOAT_SAVE
#define DRVLS_WDK_SHIM_FLOAT_SAVE
NTKERNELAPI
NTSTATUS
NTAPI
KeSaveFloatingPointState(_Out_ PKFLOATING_SAVE FloatSave);

NTKERNELAPI
NTSTATUS
NTAPI
KeRestoreFloatingPointState(_In_ PKFLOATING_SAVE FloatSave);
#endif
#endif

/* ---------------------------------------------------------------------------------------------------
 * Kernel Transaction Manager objects and the TmXxx routines a resource manager calls (mingw-w64 has the
 * ZwXxx transaction calls and the object types' access rights, but not the object pointers).
 * ------------------------------------------------------------------------------------------------- */
#ifndef DRVLS_WDK_SHIM_KTM
#define DRVLS_WDK_SHIM_KTM
typedef struct _KTRANSACTION *PKTRANSACTION, *PRKTRANSACTION;
typedef struct _KENLISTMENT *PKENLISTMENT, *PRKENLISTMENT;
typedef struct _KRESOURCEMANAGER *PKRESOURCEMANAGER, *PRKRESOURCEMANAGER;
typedef struct _KTM *PKTM, *PRKTM;

/* A resource manager's ResourceManagerNotification routine, registered with TmEnableCallbacks. */
typedef NTSTATUS NTAPI TM_RM_NOTIFICATION(_In_ PKENLISTMENT EnlistmentObject, _In_ PVOID RMContext,
                                          _In_ PVOID TransactionContext, _In_ ULONG TransactionNotification,
                                          _Inout_ PLARGE_INTEGER TmVirtualClock, _In_ ULONG ArgumentLength,
                                          _In_ PVOID Argument);
typedef TM_RM_NOTIFICATION *PTM_RM_NOTIFICATION;

NTKERNELAPI NTSTATUS NTAPI TmEnableCallbacks(_In_ PKRESOURCEMANAGER ResourceManager,
                                             _In_ PTM_RM_NOTIFICATION CallbackRoutine, _In_opt_ PVOID RMKey);
NTKERNELAPI NTSTATUS NTAPI TmCreateEnlistment(_Out_ PHANDLE EnlistmentHandle, _In_ KPROCESSOR_MODE PreviousMode,
                                              _In_ ACCESS_MASK DesiredAccess,
                                              _In_ POBJECT_ATTRIBUTES ObjectAttributes,
                                              _In_ PRKRESOURCEMANAGER ResourceManager,
                                              _In_ PKTRANSACTION Transaction, _In_opt_ ULONG CreateOptions,
                                              _In_ NOTIFICATION_MASK NotificationMask,
                                              _In_opt_ PVOID EnlistmentKey);
NTKERNELAPI NTSTATUS NTAPI TmPrePrepareComplete(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmPrepareComplete(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmCommitComplete(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmRollbackComplete(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmReadOnlyEnlistment(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmSinglePhaseReject(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmPrePrepareEnlistment(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmPrepareEnlistment(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmCommitEnlistment(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmRollbackEnlistment(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmCommitTransaction(_In_ PKTRANSACTION Transaction, _In_ BOOLEAN Wait);
NTKERNELAPI NTSTATUS NTAPI TmRollbackTransaction(_In_ PKTRANSACTION Transaction, _In_ BOOLEAN Wait);
NTKERNELAPI NTSTATUS NTAPI TmRecoverResourceManager(_In_ PKRESOURCEMANAGER ResourceManager);
NTKERNELAPI NTSTATUS NTAPI TmRequestOutcomeEnlistment(_In_ PKENLISTMENT Enlistment,
                                                      _In_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI VOID NTAPI TmGetTransactionId(_In_ PKTRANSACTION Transaction, _Out_ PUOW TransactionId);
NTKERNELAPI BOOLEAN NTAPI TmIsTransactionActive(_In_ PKTRANSACTION Transaction);
NTKERNELAPI NTSTATUS NTAPI TmDereferenceEnlistmentKey(_In_ PKENLISTMENT Enlistment, _Out_opt_ PBOOLEAN LastReference);
NTKERNELAPI NTSTATUS NTAPI TmReferenceEnlistmentKey(_In_ PKENLISTMENT Enlistment, _Out_ PVOID *Key);
#endif

/* ---------------------------------------------------------------------------------------------------
 * Registry callbacks (Windows 8 and later): the key object's identifier with its full name.
 * ------------------------------------------------------------------------------------------------- */
#ifndef DRVLS_WDK_SHIM_CM_OBJECT_ID_EX
#define DRVLS_WDK_SHIM_CM_OBJECT_ID_EX
NTKERNELAPI NTSTATUS NTAPI CmCallbackGetKeyObjectIDEx(_In_ PLARGE_INTEGER Cookie, _In_ PVOID Object,
                                                      _Out_opt_ PULONG_PTR ObjectID,
                                                      _Outptr_opt_ PCUNICODE_STRING *ObjectName,
                                                      _In_ ULONG Flags);
NTKERNELAPI VOID NTAPI CmCallbackReleaseKeyObjectIDEx(_In_ PCUNICODE_STRING ObjectName);
#endif

/* ---------------------------------------------------------------------------------------------------
 * DMA version 3 (Windows 8 and later): the types of the DMA_OPERATIONS members appended above, the
 * adapter and transfer information structures and the transfer context.
 * ------------------------------------------------------------------------------------------------- */
#ifdef DRVLS_WDK_SHIM_DMA_V3
#define DEVICE_DESCRIPTION_VERSION3 0x0003
#define DMA_TRANSFER_CONTEXT_VERSION1 1
#define DMA_TRANSFER_CONTEXT_SIZE_V1 128
#define DMA_ADAPTER_INFO_VERSION1 1
#define DMA_TRANSFER_INFO_VERSION1 1
#define DMA_TRANSFER_INFO_VERSION2 2
#define ADAPTER_INFO_SYNCHRONOUS_CALLBACK 0x0001
#define ADAPTER_INFO_API_BYPASS 0x0002
#define DMA_SYNCHRONOUS_CALLBACK 0x01

typedef struct _DMA_ADAPTER_INFO_V1 {
    ULONG ReadDmaCounterAvailable;
    ULONG ScatterGatherLimit;
    ULONG DmaAddressWidth;
    ULONG Flags;
    ULONG MinimumTransferUnit;
} DMA_ADAPTER_INFO_V1, *PDMA_ADAPTER_INFO_V1;

typedef struct _DMA_ADAPTER_INFO {
    ULONG Version;
    union {
        DMA_ADAPTER_INFO_V1 V1;
    };
} DMA_ADAPTER_INFO, *PDMA_ADAPTER_INFO;

typedef struct _DMA_TRANSFER_INFO_V1 {
    ULONG MapRegisterCount;
    ULONG ScatterGatherElementCount;
    ULONG ScatterGatherListSize;
} DMA_TRANSFER_INFO_V1, *PDMA_TRANSFER_INFO_V1;

typedef struct _DMA_TRANSFER_INFO_V2 {
    ULONG MapRegisterCount;
    ULONG ScatterGatherElementCount;
    ULONG ScatterGatherListSize;
    ULONG LogicalPageCount;
} DMA_TRANSFER_INFO_V2, *PDMA_TRANSFER_INFO_V2;

typedef struct _DMA_TRANSFER_INFO {
    ULONG Version;
    union {
        DMA_TRANSFER_INFO_V1 V1;
        DMA_TRANSFER_INFO_V2 V2;
    };
} DMA_TRANSFER_INFO, *PDMA_TRANSFER_INFO;

/* Called when a system-DMA transfer started with MapTransferEx / GetScatterGatherListEx completes. */
typedef VOID NTAPI DMA_COMPLETION_ROUTINE(_In_ PDMA_ADAPTER DmaAdapter, _In_ PDEVICE_OBJECT DeviceObject,
                                          _In_ PVOID CompletionContext, _In_ DMA_COMPLETION_STATUS Status);
typedef DMA_COMPLETION_ROUTINE *PDMA_COMPLETION_ROUTINE;

typedef NTSTATUS(NTAPI *PGET_DMA_ADAPTER_INFO)(_In_ PDMA_ADAPTER DmaAdapter,
                                               _Inout_ PDMA_ADAPTER_INFO AdapterInfo);
typedef NTSTATUS(NTAPI *PGET_DMA_TRANSFER_INFO)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PMDL Mdl,
                                                _In_ ULONGLONG Offset, _In_ ULONG Length,
                                                _In_ BOOLEAN WriteOnly,
                                                _Inout_ PDMA_TRANSFER_INFO TransferInfo);
typedef NTSTATUS(NTAPI *PINITIALIZE_DMA_TRANSFER_CONTEXT)(_In_ PDMA_ADAPTER DmaAdapter,
                                                          _Out_ PVOID DmaTransferContext);
typedef PVOID(NTAPI *PALLOCATE_COMMON_BUFFER_EX)(_In_ PDMA_ADAPTER DmaAdapter,
                                                 _In_opt_ PPHYSICAL_ADDRESS MaximumAddress, _In_ ULONG Length,
                                                 _Out_ PPHYSICAL_ADDRESS LogicalAddress,
                                                 _In_ BOOLEAN CacheEnabled, _In_ NODE_REQUIREMENT PreferredNode);
typedef NTSTATUS(NTAPI *PALLOCATE_ADAPTER_CHANNEL_EX)(_In_ PDMA_ADAPTER DmaAdapter,
                                                      _In_ PDEVICE_OBJECT DeviceObject,
                                                      _In_ PVOID DmaTransferContext,
                                                      _In_ ULONG NumberOfMapRegisters, _In_ ULONG Flags,
                                                      _In_opt_ PDRIVER_CONTROL ExecutionRoutine,
                                                      _In_opt_ PVOID ExecutionContext,
                                                      _Out_opt_ PVOID *MapRegisterBase);
typedef NTSTATUS(NTAPI *PCONFIGURE_ADAPTER_CHANNEL)(_In_ PDMA_ADAPTER DmaAdapter, _In_ ULONG FunctionNumber,
                                                    _In_ PVOID Context);
typedef BOOLEAN(NTAPI *PCANCEL_ADAPTER_CHANNEL)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PDEVICE_OBJECT DeviceObject,
                                                _In_ PVOID DmaTransferContext);
typedef NTSTATUS(NTAPI *PMAP_TRANSFER_EX)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PMDL Mdl,
                                          _In_ PVOID MapRegisterBase, _In_ ULONGLONG Offset,
                                          _In_ ULONG DeviceOffset, _Inout_ PULONG Length,
                                          _In_ BOOLEAN WriteToDevice,
                                          _Out_writes_bytes_opt_(ScatterGatherBufferLength)
                                              PSCATTER_GATHER_LIST ScatterGatherBuffer,
                                          _In_ ULONG ScatterGatherBufferLength,
                                          _In_opt_ PDMA_COMPLETION_ROUTINE DmaCompletionRoutine,
                                          _In_opt_ PVOID CompletionContext);
typedef NTSTATUS(NTAPI *PFLUSH_ADAPTER_BUFFERS_EX)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PMDL Mdl,
                                                   _In_ PVOID MapRegisterBase, _In_ ULONGLONG Offset,
                                                   _In_ ULONG Length, _In_ BOOLEAN WriteToDevice);
typedef VOID(NTAPI *PFREE_ADAPTER_OBJECT)(_In_ PDMA_ADAPTER DmaAdapter,
                                          _In_ IO_ALLOCATION_ACTION AllocationAction);
typedef NTSTATUS(NTAPI *PCANCEL_MAPPED_TRANSFER)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PVOID DmaTransferContext);
typedef NTSTATUS(NTAPI *PFLUSH_DMA_BUFFER)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PMDL Mdl,
                                           _In_ BOOLEAN ReadOperation);
typedef NTSTATUS(NTAPI *PJOIN_DMA_DOMAIN)(_In_ PDMA_ADAPTER DmaAdapter, _In_ HANDLE DomainHandle);
typedef NTSTATUS(NTAPI *PLEAVE_DMA_DOMAIN)(_In_ PDMA_ADAPTER DmaAdapter);
typedef HANDLE(NTAPI *PGET_DMA_DOMAIN)(_In_ PDMA_ADAPTER DmaAdapter);
#endif

/* The driver's own registry keys (Windows 10 1803). */
#ifndef DRVLS_DRIVER_REGKEY_TYPE
#define DRVLS_DRIVER_REGKEY_TYPE
typedef enum _DRIVER_REGKEY_TYPE {
    DriverRegKeyParameters,
    DriverRegKeyPersistentState,
    DriverRegKeySharedPersistentState
} DRIVER_REGKEY_TYPE, *PDRIVER_REGKEY_TYPE;
NTSTATUS NTAPI IoOpenDriverRegistryKey(PDRIVER_OBJECT DriverObject, DRIVER_REGKEY_TYPE RegKeyType,
                                       ACCESS_MASK DesiredAccess, ULONG Flags,
                                       PHANDLE DriverRegKey);
#endif

/* A pointer to a constant GUID, the spelling newer kernel interfaces (ACX, SoundWire) use besides
 * guiddef.h's LPCGUID. */
#ifndef __PCGUID_DEFINED__
#define __PCGUID_DEFINED__
typedef const GUID *PCGUID;
#endif

/* Device interface properties of the unified device property model (Windows Vista and later), the
 * device-interface counterparts of IoSetDevicePropertyData / IoGetDevicePropertyData. */
#ifndef DRVLS_DEVICE_INTERFACE_PROPERTY_DATA
#define DRVLS_DEVICE_INTERFACE_PROPERTY_DATA
NTKERNELAPI NTSTATUS NTAPI IoSetDeviceInterfacePropertyData(PUNICODE_STRING SymbolicLinkName,
                                                            const DEVPROPKEY *PropertyKey, LCID Lcid,
                                                            ULONG Flags, DEVPROPTYPE Type, ULONG Size,
                                                            PVOID Data);
NTKERNELAPI NTSTATUS NTAPI IoGetDeviceInterfacePropertyData(PUNICODE_STRING SymbolicLinkName,
                                                            const DEVPROPKEY *PropertyKey, LCID Lcid,
                                                            ULONG Flags, ULONG Size, PVOID Data,
                                                            PULONG RequiredSize, PDEVPROPTYPE Type);
#endif
#ifndef PLUGPLAY_PROPERTY_PERSISTENT
#define PLUGPLAY_PROPERTY_PERSISTENT 0x00000001
#endif

/* An IRQL annotation newer than mingw-w64's driverspecs.h. */
#ifndef _IRQL_limited_to_
#define _IRQL_limited_to_(irql)
#endif

#ifdef __cplusplus
}
#endif

/* Locale ids and double-word halves that kernel drivers use without the user-mode headers that
 * mingw-w64 keeps them in (winnt.h, minwindef.h). */
#ifndef LOCALE_NEUTRAL
#define LOCALE_NEUTRAL 0x0000
#endif
#ifndef LOCALE_INVARIANT
#define LOCALE_INVARIANT 0x007f
#endif
#ifndef LODWORD
#define LODWORD(v) ((ULONG)(((ULONG64)(v)) & 0xffffffff))
#endif
#ifndef HIDWORD
#define HIDWORD(v) ((ULONG)((((ULONG64)(v)) >> 32) & 0xffffffff))
#endif

/* C++17 aligned allocation: a kernel driver declares its own `operator new` / `delete` overloads
 * taking `std::align_val_t` when __cpp_aligned_new is set (kernel code has no <new>). An opaque
 * declaration is enough for those signatures and agrees with a full one that may follow. */
#if defined(__cplusplus) && defined(__cpp_aligned_new)
namespace std {
enum class align_val_t : __SIZE_TYPE__;
}
#endif

/* Structured exception handling spelled as keywords, as C drivers built by the WDK write it
 * (`try { ... } finally { ... }`, `except (...)`, `leave`): the Microsoft forms. C only; in C++
 * `try` is the language's own. */
#if !defined(__cplusplus) && !defined(DRVLS_NO_SEH_KEYWORDS)
#ifndef try
#define try __try
#endif
#ifndef except
#define except __except
#endif
#ifndef finally
#define finally __finally
#endif
#ifndef leave
#define leave __leave
#endif
#endif

#endif /* DRVLS_WDK_SHIM_WDM_H */
