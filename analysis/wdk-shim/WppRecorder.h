/*
 * WppRecorder.h - drvls WDK supplement: the WPP Inflight Trace Recorder (IFR) interface, for parsing
 * KMDF and ACX drivers that keep their own recorder logs without the WDK.
 *
 * Drivers include <WppRecorder.h> (usually from their trace.h) to create, configure and delete recorder
 * logs and to pass RECORDER_LOG handles to their WPP trace macros. This header declares the handle type,
 * the tri-state used by the timestamp options, RECORDER_CONFIGURE_PARAMS and RECORDER_LOG_CREATE_PARAMS
 * with their _INIT helpers, and the recorder calls: WppRecorderConfigure, WppRecorderLogCreate,
 * WppRecorderLogDelete, WppRecorderLogGetDefault, WppRecorderIsDefaultLogAvailable and
 * WppRecorderLogSetIdentifier. The trace macros themselves come from the WPP preprocessor's .tmh files,
 * which drvls stands in for.
 *
 * Written from the public WPP recorder reference documentation; the _INIT helpers do what the
 * documentation says (zero the structure, set Size, apply the documented defaults). It describes the
 * interface for parsing; it is not meant for building drivers.
 */
#ifndef DRVLS_WDK_SHIM_WPPRECORDER_H
#define DRVLS_WDK_SHIM_WPPRECORDER_H

#if !defined(_WDMDDK_) && !defined(DRVLS_WDK_SHIM_WDM_H)
#include <wdm.h>
#endif

#ifndef DRVLS_WPPREC_INLINE
#define DRVLS_WPPREC_INLINE static __inline
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _WPP_RECORDER_TRI_STATE {
    WppRecorderFalse = FALSE,
    WppRecorderTrue = TRUE,
    WppRecorderUseDefault = 2
} WPP_RECORDER_TRI_STATE, *PWPP_RECORDER_TRI_STATE;

/* An opaque handle to a recorder log. */
typedef struct RECORDER_LOG__ *RECORDER_LOG;

#define RECORDER_LOG_IDENTIFIER_MAX_CHARS 16
#define RECORDER_LOG_DEFAULT_BUFFER_SIZE 1024
#define RECORDER_LOG_DEFAULT_ERR_PARTITION_SIZE 200

/* Configuration of the default log (WppRecorderConfigure). */
typedef struct _RECORDER_CONFIGURE_PARAMS {
    ULONG Size;
    BOOLEAN CreateDefaultLog;
    WPP_RECORDER_TRI_STATE UseTimeStamp;
    WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_CONFIGURE_PARAMS, *PRECORDER_CONFIGURE_PARAMS;

DRVLS_WPPREC_INLINE VOID RECORDER_CONFIGURE_PARAMS_INIT(PRECORDER_CONFIGURE_PARAMS Params) {
    RtlZeroMemory(Params, sizeof(RECORDER_CONFIGURE_PARAMS));
    Params->Size = sizeof(RECORDER_CONFIGURE_PARAMS);
    Params->CreateDefaultLog = TRUE;
    Params->UseTimeStamp = WppRecorderUseDefault;
    Params->PreciseTimeStamp = WppRecorderUseDefault;
}

/* Parameters of a driver-created log (WppRecorderLogCreate). */
typedef struct _RECORDER_LOG_CREATE_PARAMS {
    ULONG Size;
    ULONG LogTag;
    ULONG TotalBufferSize;
    ULONG ErrorPartitionSize;
    ULONG_PTR LogIdentifierAppendValue;
    BOOLEAN LogIdentifierAppendValueSet;
    ULONG LogIdentifierSize;
    CHAR LogIdentifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS];
    WPP_RECORDER_TRI_STATE UseTimeStamp;
    WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;

/* Defaults: the default buffer and error-partition sizes, the given identifier (truncated). */
DRVLS_WPPREC_INLINE VOID RECORDER_LOG_CREATE_PARAMS_INIT(PRECORDER_LOG_CREATE_PARAMS Params,
                                                         PCSTR LogIdentifier) {
    ULONG i;
    RtlZeroMemory(Params, sizeof(RECORDER_LOG_CREATE_PARAMS));
    Params->Size = sizeof(RECORDER_LOG_CREATE_PARAMS);
    Params->TotalBufferSize = RECORDER_LOG_DEFAULT_BUFFER_SIZE;
    Params->ErrorPartitionSize = RECORDER_LOG_DEFAULT_ERR_PARTITION_SIZE;
    Params->LogIdentifierSize = RECORDER_LOG_IDENTIFIER_MAX_CHARS;
    Params->UseTimeStamp = WppRecorderUseDefault;
    Params->PreciseTimeStamp = WppRecorderUseDefault;
    if (LogIdentifier != NULL) {
        for (i = 0; i + 1 < RECORDER_LOG_IDENTIFIER_MAX_CHARS && LogIdentifier[i] != '\0'; i++) {
            Params->LogIdentifier[i] = LogIdentifier[i];
        }
    }
}

VOID WppRecorderConfigure(PRECORDER_CONFIGURE_PARAMS ConfigureParams);
NTSTATUS WppRecorderLogCreate(PRECORDER_LOG_CREATE_PARAMS CreateParams, RECORDER_LOG *RecorderLog);
VOID WppRecorderLogDelete(RECORDER_LOG RecorderLog);
RECORDER_LOG WppRecorderLogGetDefault(VOID);
BOOLEAN WppRecorderIsDefaultLogAvailable(VOID);
NTSTATUS WppRecorderLogSetIdentifier(RECORDER_LOG RecorderLog, PSTR LogIdentifier);

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_WPPRECORDER_H */
