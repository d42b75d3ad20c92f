/*
 * portcls.h - drvls WDK supplement: mingw-w64's portcls.h plus the PortCls interface added since
 * Windows Vista.
 *
 * mingw-w64's portcls.h (from ReactOS) has the port/miniport pairs up to WaveRT. Current audio
 * miniports (SysVAD, the simple audio sample) also implement signal-processing modes, audio-engine
 * (offload) nodes and packet-mode WaveRT streams, and query PortCls for notifications, ETW, runtime
 * power and stream-resource services. This file forwards to mingw-w64's header with #include_next and
 * declares those interfaces, their IMP_ helper macros and the related types and functions.
 *
 * Interface ids are declared, not defined (as in any translation unit built without INITGUID).
 * Written from the public PortCls reference documentation; interface only.
 */
#ifndef DRVLS_WDK_SHIM_PORTCLS_H
#define DRVLS_WDK_SHIM_PORTCLS_H

#include_next <portcls.h>

#ifdef __cplusplus
#define DRVLS_PC_IID(name) extern "C" const GUID name
#else
#define DRVLS_PC_IID(name) extern const GUID name
#endif

#ifndef IMP_IMiniportTopology
#define IMP_IMiniportTopology                                   \
    IMP_IMiniport;                                              \
    STDMETHODIMP_(NTSTATUS) Init(                               \
        _In_ PUNKNOWN UnknownAdapter,                           \
        _In_ PRESOURCELIST ResourceList,                        \
        _In_ PPORTTOPOLOGY Port)
#endif

#ifndef IMP_IMiniportWaveRTStreamNotification
#define IMP_IMiniportWaveRTStreamNotification                   \
    STDMETHODIMP_(NTSTATUS) AllocateBufferWithNotification(     \
        _In_ ULONG NotificationCount,                           \
        _In_ ULONG RequestedSize,                               \
        _Out_ PMDL *AudioBufferMdl,                             \
        _Out_ ULONG *ActualSize,                                \
        _Out_ ULONG *OffsetFromFirstPage,                       \
        _Out_ MEMORY_CACHING_TYPE *CacheType);                  \
    STDMETHODIMP_(VOID) FreeBufferWithNotification(             \
        _In_ PMDL AudioBufferMdl,                               \
        _In_ ULONG BufferSize);                                 \
    STDMETHODIMP_(NTSTATUS) RegisterNotificationEvent(          \
        _In_ PKEVENT NotificationEvent);                        \
    STDMETHODIMP_(NTSTATUS) UnregisterNotificationEvent(        \
        _In_ PKEVENT NotificationEvent)
#endif
typedef IMiniportWaveRTStreamNotification *PMINIPORTWAVERTSTREAMNOTIFICATION;

/* Automation table with properties and events (mingw-w64 has the property-only form) */
#ifndef DEFINE_PCAUTOMATION_TABLE_PROP_EVENT
#define DEFINE_PCAUTOMATION_TABLE_PROP_EVENT(AutomationTable, PropertyTable, EventTable) \
    const PCAUTOMATION_TABLE AutomationTable = {                                            \
        sizeof(PropertyTable[0]), SIZEOF_ARRAY(PropertyTable), (const PCPROPERTY_ITEM *)PropertyTable, \
        0, 0, NULL,                                                                          \
        sizeof(EventTable[0]), SIZEOF_ARRAY(EventTable), (const PCEVENT_ITEM *)EventTable,  \
        0 }
#endif
#ifndef DEFINE_PCAUTOMATION_TABLE_EVENT
#define DEFINE_PCAUTOMATION_TABLE_EVENT(AutomationTable, EventTable)                         \
    const PCAUTOMATION_TABLE AutomationTable = {                                            \
        0, 0, NULL, 0, 0, NULL,                                                              \
        sizeof(EventTable[0]), SIZEOF_ARRAY(EventTable), (const PCEVENT_ITEM *)EventTable,  \
        0 }
#endif

/* ---------------------------------------------------------------------------------------------------
 * Signal processing modes (IMiniportAudioSignalProcessing)
 * ------------------------------------------------------------------------------------------------- */
DRVLS_PC_IID(IID_IMiniportAudioSignalProcessing);
#undef INTERFACE
#define INTERFACE IMiniportAudioSignalProcessing
DECLARE_INTERFACE_(IMiniportAudioSignalProcessing, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS, GetModes)(THIS_ _In_ ULONG Pin, _Out_writes_opt_(*NumSignalProcessingModes) GUID *SignalProcessingMode,
                                   _Inout_ ULONG *NumSignalProcessingModes) PURE;
};
typedef IMiniportAudioSignalProcessing *PMINIPORTAudioSignalProcessing;
#define IMP_IMiniportAudioSignalProcessing                                                   \
    STDMETHODIMP_(NTSTATUS) GetModes(_In_ ULONG Pin, GUID *SignalProcessingMode,             \
                                     _Inout_ ULONG *NumSignalProcessingModes)

/* ---------------------------------------------------------------------------------------------------
 * Audio engine node (offload) interfaces
 * ------------------------------------------------------------------------------------------------- */
typedef enum {
    eVolumeAttribute,
    eMuteAttribute,
    ePeakMeterAttribute
} eChannelTargetType;

typedef enum {
    eMixFormat,
    eDeviceFormat,
    eSupportedDeviceFormats
} eEngineFormatType;

typedef enum {
    CONSTRICTOR_OPTION_DISABLE = 0,
    CONSTRICTOR_OPTION_MUTE = 1
} CONSTRICTOR_OPTION;

DRVLS_PC_IID(IID_IMiniportAudioEngineNode);
#undef INTERFACE
#define INTERFACE IMiniportAudioEngineNode
DECLARE_INTERFACE_(IMiniportAudioEngineNode, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS, GetAudioEngineDescriptor)(THIS_ ULONG ulNodeId, KSAUDIOENGINE_DESCRIPTOR *pAudioEngineDescriptor) PURE;
    STDMETHOD_(NTSTATUS, GetGfxState)(THIS_ ULONG ulNodeId, BOOL *pbEnable) PURE;
    STDMETHOD_(NTSTATUS, SetGfxState)(THIS_ ULONG ulNodeId, BOOL bEnable) PURE;
    STDMETHOD_(NTSTATUS, GetMixFormat)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceFormat)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize) PURE;
    STDMETHOD_(NTSTATUS, SetDeviceFormat)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize) PURE;
    STDMETHOD_(NTSTATUS, GetSupportedDeviceFormats)(THIS_ ULONG ulNodeId, KSMULTIPLE_ITEM *pFormat, ULONG ulBufferSize) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceChannelVolume)(THIS_ ULONG ulNodeId, UINT32 uiChannel, LONG *pVolume) PURE;
    STDMETHOD_(NTSTATUS, SetDeviceChannelVolume)(THIS_ ULONG ulNodeId, UINT32 uiChannel, LONG Volume) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceChannelPeakMeter)(THIS_ ULONG ulNodeId, UINT32 uiChannel, LONG *pPeakMeterValue) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceChannelMute)(THIS_ ULONG ulNodeId, UINT32 uiChannel, BOOL *pbMute) PURE;
    STDMETHOD_(NTSTATUS, SetDeviceChannelMute)(THIS_ ULONG ulNodeId, UINT32 uiChannel, BOOL bMute) PURE;
    STDMETHOD_(NTSTATUS, GetEngineFormatSize)(THIS_ ULONG ulNodeId, eEngineFormatType formatType, ULONG *pulFormatSize) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceChannelCount)(THIS_ ULONG ulNodeId, eChannelTargetType targetType, UINT32 *pulChannelCount) PURE;
    STDMETHOD_(NTSTATUS, GetDeviceAttributeSteppings)(THIS_ ULONG ulNodeId, eChannelTargetType targetType,
                                                      PKSPROPERTY_STEPPING_LONG pKsPropMembHead, UINT32 ui32DataSize) PURE;
    STDMETHOD_(NTSTATUS, GetBufferSizeRange)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pKsDataFormatWfx,
                                             KSAUDIOENGINE_BUFFER_SIZE_RANGE *pBufferSizeRange) PURE;
};
typedef IMiniportAudioEngineNode *PMINIPORTAUDIOENGINENODE;
#define IMP_IMiniportAudioEngineNode                                                                         \
    STDMETHODIMP_(NTSTATUS) GetAudioEngineDescriptor(ULONG ulNodeId, KSAUDIOENGINE_DESCRIPTOR *pDescriptor); \
    STDMETHODIMP_(NTSTATUS) GetGfxState(ULONG ulNodeId, BOOL *pbEnable);                                     \
    STDMETHODIMP_(NTSTATUS) SetGfxState(ULONG ulNodeId, BOOL bEnable);                                       \
    STDMETHODIMP_(NTSTATUS) GetMixFormat(ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize); \
    STDMETHODIMP_(NTSTATUS) GetDeviceFormat(ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize); \
    STDMETHODIMP_(NTSTATUS) SetDeviceFormat(ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize); \
    STDMETHODIMP_(NTSTATUS) GetSupportedDeviceFormats(ULONG ulNodeId, KSMULTIPLE_ITEM *pFormat, ULONG ulBufferSize); \
    STDMETHODIMP_(NTSTATUS) GetDeviceChannelVolume(ULONG ulNodeId, UINT32 uiChannel, LONG *pVolume);         \
    STDMETHODIMP_(NTSTATUS) SetDeviceChannelVolume(ULONG ulNodeId, UINT32 uiChannel, LONG Volume);           \
    STDMETHODIMP_(NTSTATUS) GetDeviceChannelPeakMeter(ULONG ulNodeId, UINT32 uiChannel, LONG *pPeakMeterValue); \
    STDMETHODIMP_(NTSTATUS) GetDeviceChannelMute(ULONG ulNodeId, UINT32 uiChannel, BOOL *pbMute);            \
    STDMETHODIMP_(NTSTATUS) SetDeviceChannelMute(ULONG ulNodeId, UINT32 uiChannel, BOOL bMute);              \
    STDMETHODIMP_(NTSTATUS) GetEngineFormatSize(ULONG ulNodeId, eEngineFormatType formatType, ULONG *pulFormatSize); \
    STDMETHODIMP_(NTSTATUS) GetDeviceChannelCount(ULONG ulNodeId, eChannelTargetType targetType, UINT32 *pulChannelCount); \
    STDMETHODIMP_(NTSTATUS) GetDeviceAttributeSteppings(ULONG ulNodeId, eChannelTargetType targetType,     \
        PKSPROPERTY_STEPPING_LONG pKsPropMembHead, UINT32 ui32DataSize);                                     \
    STDMETHODIMP_(NTSTATUS) GetBufferSizeRange(ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pKsDataFormatWfx,  \
        KSAUDIOENGINE_BUFFER_SIZE_RANGE *pBufferSizeRange)

DRVLS_PC_IID(IID_IMiniportStreamAudioEngineNode);
#undef INTERFACE
#define INTERFACE IMiniportStreamAudioEngineNode
DECLARE_INTERFACE_(IMiniportStreamAudioEngineNode, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS, GetLfxState)(THIS_ BOOL *pbEnable) PURE;
    STDMETHOD_(NTSTATUS, SetLfxState)(THIS_ BOOL bEnable) PURE;
    STDMETHOD_(NTSTATUS, GetStreamChannelVolume)(THIS_ UINT32 uiChannel, LONG *pVolume) PURE;
    STDMETHOD_(NTSTATUS, SetStreamChannelVolume)(THIS_ UINT32 Channel, LONG TargetVolume, AUDIO_CURVE_TYPE CurveType,
                                                 ULONGLONG CurveDuration) PURE;
    STDMETHOD_(NTSTATUS, GetStreamChannelPeakMeter)(THIS_ UINT32 uiChannel, LONG *pPeakMeterValue) PURE;
    STDMETHOD_(NTSTATUS, GetStreamChannelMute)(THIS_ UINT32 uiChannel, BOOL *pbMute) PURE;
    STDMETHOD_(NTSTATUS, SetStreamChannelMute)(THIS_ UINT32 uiChannel, BOOL bMute) PURE;
    STDMETHOD_(NTSTATUS, GetStreamPresentationPosition)(THIS_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition) PURE;
    STDMETHOD_(NTSTATUS, SetStreamCurrentWritePosition)(THIS_ ULONG ulCurrentWritePosition) PURE;
    STDMETHOD_(NTSTATUS, GetStreamLinearBufferPosition)(THIS_ ULONGLONG *pullLinearBufferPosition) PURE;
    STDMETHOD_(NTSTATUS, SetStreamLoopbackProtection)(THIS_ CONSTRICTOR_OPTION protectionOption) PURE;
    STDMETHOD_(NTSTATUS, GetStreamAttributeSteppings)(THIS_ eChannelTargetType targetType,
                                                      PKSPROPERTY_STEPPING_LONG pKsPropMembHead, UINT32 ui32DataSize) PURE;
    STDMETHOD_(NTSTATUS, GetStreamChannelCount)(THIS_ eChannelTargetType targetType, UINT32 *pulChannelCount) PURE;
};
typedef IMiniportStreamAudioEngineNode *PMINIPORTSTREAMAUDIOENGINENODE;
#define IMP_IMiniportStreamAudioEngineNode                                                               \
    STDMETHODIMP_(NTSTATUS) GetLfxState(BOOL *pbEnable);                                                \
    STDMETHODIMP_(NTSTATUS) SetLfxState(BOOL bEnable);                                                  \
    STDMETHODIMP_(NTSTATUS) GetStreamChannelVolume(UINT32 uiChannel, LONG *pVolume);                    \
    STDMETHODIMP_(NTSTATUS) SetStreamChannelVolume(UINT32 Channel, LONG TargetVolume,                   \
        AUDIO_CURVE_TYPE CurveType, ULONGLONG CurveDuration);                                           \
    STDMETHODIMP_(NTSTATUS) GetStreamChannelPeakMeter(UINT32 uiChannel, LONG *pPeakMeterValue);         \
    STDMETHODIMP_(NTSTATUS) GetStreamChannelMute(UINT32 uiChannel, BOOL *pbMute);                       \
    STDMETHODIMP_(NTSTATUS) SetStreamChannelMute(UINT32 uiChannel, BOOL bMute);                         \
    STDMETHODIMP_(NTSTATUS) GetStreamPresentationPosition(KSAUDIO_PRESENTATION_POSITION *pPosition);    \
    STDMETHODIMP_(NTSTATUS) SetStreamCurrentWritePosition(ULONG ulCurrentWritePosition);                \
    STDMETHODIMP_(NTSTATUS) GetStreamLinearBufferPosition(ULONGLONG *pullLinearBufferPosition);         \
    STDMETHODIMP_(NTSTATUS) SetStreamLoopbackProtection(CONSTRICTOR_OPTION protectionOption);           \
    STDMETHODIMP_(NTSTATUS) GetStreamAttributeSteppings(eChannelTargetType targetType,                  \
        PKSPROPERTY_STEPPING_LONG pKsPropMembHead, UINT32 ui32DataSize);                                \
    STDMETHODIMP_(NTSTATUS) GetStreamChannelCount(eChannelTargetType targetType, UINT32 *pulChannelCount)

DRVLS_PC_IID(IID_IMiniportStreamAudioEngineNode2);
#undef INTERFACE
#define INTERFACE IMiniportStreamAudioEngineNode2
DECLARE_INTERFACE_(IMiniportStreamAudioEngineNode2, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS, SetStreamCurrentWritePositionForLastBuffer)(THIS_ ULONG ulWritePosition) PURE;
};
typedef IMiniportStreamAudioEngineNode2 *PMINIPORTSTREAMAUDIOENGINENODE2;
#define IMP_IMiniportStreamAudioEngineNode2 \
    STDMETHODIMP_(NTSTATUS) SetStreamCurrentWritePositionForLastBuffer(ULONG ulWritePosition)

/* ---------------------------------------------------------------------------------------------------
 * Packet-mode WaveRT streams
 * ------------------------------------------------------------------------------------------------- */
DRVLS_PC_IID(IID_IMiniportWaveRTInputStream);
#undef INTERFACE
#define INTERFACE IMiniportWaveRTInputStream
DECLARE_INTERFACE_(IMiniportWaveRTInputStream, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS, GetReadPacket)(THIS_ _Out_ ULONG *PacketNumber, _Out_ DWORD *Flags,
                                        _Out_ ULONG64 *PerformanceCounterValue, _Out_ BOOL *MoreData) PURE;
};
typedef IMiniportWaveRTInputStream *PMINIPORTWAVERTINPUTSTREAM;
#define IMP_IMiniportWaveRTInputStream \
    STDMETHODIMP_(NTSTATUS) GetReadPacket(ULONG *PacketNumber, DWORD *Flags, ULONG64 *PerformanceCounterValue, BOOL *MoreData)

DRVLS_PC_IID(IID_IMiniportWaveRTOutputStream);
#undef INTERFACE
#define INTERFACE IMiniportWaveRTOutputStream
DECLARE_INTERFACE_(IMiniportWaveRTOutputStream, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS, SetWritePacket)(THIS_ _In_ ULONG PacketNumber, _In_ DWORD Flags, _In_ ULONG EosPacketLength) PURE;
    STDMETHOD_(NTSTATUS, GetOutputStreamPresentationPosition)(THIS_ _Out_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition) PURE;
    STDMETHOD_(NTSTATUS, GetPacketCount)(THIS_ _Out_ ULONG *pPacketCount) PURE;
};
typedef IMiniportWaveRTOutputStream *PMINIPORTWAVERTOUTPUTSTREAM;
#define IMP_IMiniportWaveRTOutputStream                                                      \
    STDMETHODIMP_(NTSTATUS) SetWritePacket(ULONG PacketNumber, DWORD Flags, ULONG EosPacketLength); \
    STDMETHODIMP_(NTSTATUS) GetOutputStreamPresentationPosition(KSAUDIO_PRESENTATION_POSITION *pPresentationPosition); \
    STDMETHODIMP_(NTSTATUS) GetPacketCount(ULONG *pPacketCount)

/* ---------------------------------------------------------------------------------------------------
 * PortCls services a miniport queries from its port: notifications, ETW, power, stream resources
 * ------------------------------------------------------------------------------------------------- */
typedef PVOID PPCNOTIFICATION_BUFFER;

DRVLS_PC_IID(IID_IPortClsNotifications);
#undef INTERFACE
#define INTERFACE IPortClsNotifications
DECLARE_INTERFACE_(IPortClsNotifications, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS, AllocNotificationBuffer)(THIS_ _In_ POOL_TYPE PoolType, _In_ USHORT NumberOfBytes,
                                                  _Out_ PPCNOTIFICATION_BUFFER *NotificationBuffer) PURE;
    STDMETHOD_(void, FreeNotificationBuffer)(THIS_ _In_ PPCNOTIFICATION_BUFFER NotificationBuffer) PURE;
    STDMETHOD_(void, SendNotification)(THIS_ _In_ const GUID *NotificationId,
                                       _In_ PPCNOTIFICATION_BUFFER NotificationBuffer) PURE;
};
typedef IPortClsNotifications *PPORTCLSNOTIFICATIONS;

typedef enum {
    eMINIPORT_IHV_DEFINED = 0,
    eMINIPORT_BUFFER_COMPLETE,
    eMINIPORT_PIN_STATE,
    eMINIPORT_GET_STREAM_POSITION,
    eMINIPORT_SET_WAVERT_BUFFER_WRITE_POSITION,
    eMINIPORT_GET_PRESENTATION_POSITION,
    eMINIPORT_PROGRAM_DMA,
    eMINIPORT_GLITCH_REPORT,
    eMINIPORT_LAST_BUFFER_RENDERED,
    eMINIPORT_PROCESSING_MODE,
    eMINIPORT_FX_CLSID,
    eMINIPORT_MaxValue
} EPcMiniportEngineEvent;

DRVLS_PC_IID(IID_IPortClsEtwHelper);
#undef INTERFACE
#define INTERFACE IPortClsEtwHelper
DECLARE_INTERFACE_(IPortClsEtwHelper, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS, MiniportWriteEtwEvent)(THIS_ _In_ EPcMiniportEngineEvent miniportEventType,
                                                _In_ ULONGLONG ullData1, _In_ ULONGLONG ullData2,
                                                _In_ ULONGLONG ullData3, _In_ ULONGLONG ullData4) PURE;
};
typedef IPortClsEtwHelper *PPORTCLSETWHELPER;

DRVLS_PC_IID(IID_IPortClsPower);
#undef INTERFACE
#define INTERFACE IPortClsPower
DECLARE_INTERFACE_(IPortClsPower, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS, RegisterAdapterPowerManagement)(THIS_ _In_ PUNKNOWN pUnknown, _In_ PDEVICE_OBJECT DeviceObject) PURE;
    STDMETHOD_(NTSTATUS, UnregisterAdapterPowerManagement)(THIS_ _In_ PDEVICE_OBJECT DeviceObject) PURE;
    STDMETHOD_(NTSTATUS, SetIdlePowerManagement)(THIS_ _In_ PDEVICE_OBJECT DeviceObject, _In_ BOOL bEnabled) PURE;
};
typedef IPortClsPower *PPORTCLSPOWER;

typedef NTSTATUS (*PCPFNRUNTIME_POWER_CONTROL_CALLBACK)(_In_ LPCGUID PowerControlCode, _In_opt_ PVOID InBuffer,
    _In_ SIZE_T InBufferSize, _Out_opt_ PVOID OutBuffer, _In_ SIZE_T OutBufferSize, _Out_opt_ PSIZE_T BytesReturned,
    _In_opt_ PVOID Context);

DRVLS_PC_IID(IID_IPortClsRuntimePower);
#undef INTERFACE
#define INTERFACE IPortClsRuntimePower
DECLARE_INTERFACE_(IPortClsRuntimePower, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS, RegisterPowerControlCallback)(THIS_ _In_ PDEVICE_OBJECT DeviceObject,
        _In_ PCPFNRUNTIME_POWER_CONTROL_CALLBACK Callback, _In_opt_ PVOID Context) PURE;
    STDMETHOD_(NTSTATUS, UnregisterPowerControlCallback)(THIS_ _In_ PDEVICE_OBJECT DeviceObject) PURE;
    STDMETHOD_(NTSTATUS, SendPowerControl)(THIS_ _In_ PDEVICE_OBJECT DeviceObject, _In_ LPCGUID PowerControlCode,
        _In_opt_ PVOID InBuffer, _In_ SIZE_T InBufferSize, _Out_opt_ PVOID OutBuffer, _In_ SIZE_T OutBufferSize,
        _Out_opt_ PSIZE_T BytesReturned) PURE;
};
typedef IPortClsRuntimePower *PPORTCLSRUNTIMEPOWER;

typedef PVOID PCSTREAMRESOURCE;

typedef enum {
    ePcStreamResourceThread = 0,
    ePcStreamResourceInterrupt = 1
} PCSTREAMRESOURCE_TYPE;

typedef struct _PCSTREAMRESOURCE_DESCRIPTOR {
    ULONG Size;
    PDEVICE_OBJECT Pdo;
    PCSTREAMRESOURCE_TYPE Type;
    union {
        PETHREAD Thread;
        PKINTERRUPT Interrupt;
    } Resource;
    ULONG Flags;
} PCSTREAMRESOURCE_DESCRIPTOR, *PPCSTREAMRESOURCE_DESCRIPTOR;

#define PCSTREAMRESOURCE_DESCRIPTOR_INIT(Descriptor)                     \
    do {                                                                 \
        RtlZeroMemory((Descriptor), sizeof(PCSTREAMRESOURCE_DESCRIPTOR)); \
        (Descriptor)->Size = sizeof(PCSTREAMRESOURCE_DESCRIPTOR);        \
    } while (0)

DRVLS_PC_IID(IID_IPortClsStreamResourceManager);
#undef INTERFACE
#define INTERFACE IPortClsStreamResourceManager
DECLARE_INTERFACE_(IPortClsStreamResourceManager, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS, AddStreamResource)(THIS_ _In_opt_ PUNKNOWN Unknown,
        _In_ PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor, _Out_ PCSTREAMRESOURCE *ResourceHandle) PURE;
    STDMETHOD_(NTSTATUS, RemoveStreamResource)(THIS_ _In_ PCSTREAMRESOURCE ResourceHandle) PURE;
};
typedef IPortClsStreamResourceManager *PPORTCLSStreamResourceManager;

DRVLS_PC_IID(IID_IPortClsStreamResourceManager2);
#undef INTERFACE
#define INTERFACE IPortClsStreamResourceManager2
DECLARE_INTERFACE_(IPortClsStreamResourceManager2, IPortClsStreamResourceManager)
{
    STDMETHOD_(NTSTATUS, AddStreamResource2)(THIS_ _In_ PDEVICE_OBJECT PhysicalDeviceObject,
        _In_opt_ PUNKNOWN Unknown, _In_ PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,
        _Out_ PCSTREAMRESOURCE *ResourceHandle) PURE;
};
typedef IPortClsStreamResourceManager2 *PPORTCLSStreamResourceManager2;
#undef INTERFACE

/* ---------------------------------------------------------------------------------------------------
 * Power framework (PoFx) integration and other PortCls routines
 * ------------------------------------------------------------------------------------------------- */
typedef NTSTATUS EVT_PC_POST_PO_FX_REGISTER_DEVICE(_In_ PVOID Context, _In_ POHANDLE PoHandle);
typedef EVT_PC_POST_PO_FX_REGISTER_DEVICE *PFN_PC_POST_PO_FX_REGISTER_DEVICE;
typedef VOID EVT_PC_PRE_PO_FX_UNREGISTER_DEVICE(_In_ PVOID Context, _In_ POHANDLE PoHandle);
typedef EVT_PC_PRE_PO_FX_UNREGISTER_DEVICE *PFN_PC_PRE_PO_FX_UNREGISTER_DEVICE;

typedef struct _PC_POWER_FRAMEWORK_SETTINGS {
    ULONG Size;
    PFN_PC_POST_PO_FX_REGISTER_DEVICE EvtPcPostPoFxRegisterDevice;
    PFN_PC_PRE_PO_FX_UNREGISTER_DEVICE EvtPcPrePoFxUnregisterDevice;
    PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
    PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
    PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
    PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
    ULONG ComponentCount;
    PPO_FX_COMPONENT Components;
    PPO_FX_COMPONENT Component;
    PVOID PoFxDeviceContext;
} PC_POWER_FRAMEWORK_SETTINGS, *PPC_POWER_FRAMEWORK_SETTINGS;

#define PC_POWER_FRAMEWORK_SETTINGS_INIT(Settings)                        \
    do {                                                                  \
        RtlZeroMemory((Settings), sizeof(PC_POWER_FRAMEWORK_SETTINGS));   \
        (Settings)->Size = sizeof(PC_POWER_FRAMEWORK_SETTINGS);           \
    } while (0)

#ifdef __cplusplus
extern "C" {
#endif
NTSTATUS NTAPI PcAssignPowerFrameworkSettings(_In_ PDEVICE_OBJECT DeviceObject,
                                              _In_opt_ PPC_POWER_FRAMEWORK_SETTINGS PowerFrameworkSettings);
NTSTATUS NTAPI PcGetPhysicalDeviceObject(_In_ PDEVICE_OBJECT DeviceObject, _Out_ PDEVICE_OBJECT *PhysicalDeviceObject);
#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_PORTCLS_H */
