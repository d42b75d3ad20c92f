/*
 * storswtr.h - drvls WDK supplement: WPP trace configuration shared by the storage class drivers.
 *
 * Storage drivers (classpnp, disk, cdrom, msdsm, ...) define WPP_CONTROL_GUIDS as
 * WPP_CONTROL_GUIDS_NORMAL_FLAGS(<their control GUID>) and trace with TracePrint((LEVEL, FLAGS, MSG,
 * ...)). This header supplies that macro, naming the common storage trace flags as WPP bits, and the
 * level-and-flags enablement macros a TracePrint configuration relies on. drvls's WPP stand-in for the
 * missing .tmh expands WPP_CONTROL_GUIDS, so the TRACE_FLAG_* names become constants there.
 */
#ifndef DRVLS_WDK_SHIM_STORSWTR_H
#define DRVLS_WDK_SHIM_STORSWTR_H

#define WPP_CONTROL_GUIDS_NORMAL_FLAGS(_ControlGuid)            \
    WPP_DEFINE_CONTROL_GUID(StorageTraceGuid, _ControlGuid,     \
        WPP_DEFINE_BIT(TRACE_FLAG_GENERAL)                      \
        WPP_DEFINE_BIT(TRACE_FLAG_PNP)                          \
        WPP_DEFINE_BIT(TRACE_FLAG_POWER)                        \
        WPP_DEFINE_BIT(TRACE_FLAG_RW)                           \
        WPP_DEFINE_BIT(TRACE_FLAG_IOCTL)                        \
        WPP_DEFINE_BIT(TRACE_FLAG_QUEUE)                        \
        WPP_DEFINE_BIT(TRACE_FLAG_WMI)                          \
        WPP_DEFINE_BIT(TRACE_FLAG_TIMER)                        \
        WPP_DEFINE_BIT(TRACE_FLAG_INIT)                         \
        WPP_DEFINE_BIT(TRACE_FLAG_LOCK)                         \
        WPP_DEFINE_BIT(TRACE_FLAG_DEBUG1)                       \
        WPP_DEFINE_BIT(TRACE_FLAG_DEBUG2)                       \
        WPP_DEFINE_BIT(TRACE_FLAG_MCN)                          \
        WPP_DEFINE_BIT(TRACE_FLAG_ISR)                          \
        WPP_DEFINE_BIT(TRACE_FLAG_ENUM)                         \
        WPP_DEFINE_BIT(TRACE_FLAG_LOGOTEST)                     \
        WPP_DEFINE_BIT(TRACE_FLAG_DUMP)                         \
        WPP_DEFINE_BIT(TRACE_FLAG_SCSI)                         \
    )

#ifndef WPP_LEVEL_FLAGS_LOGGER
#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#endif
#ifndef WPP_LEVEL_FLAGS_ENABLED
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) WPP_LEVEL_ENABLED(flags)
#endif

/* Without WPP (DEBUG_USE_WPP not defined: a build whose WppEnabled is false, such as Debug for
 * the class drivers), TracePrint((LEVEL, FLAGS, MSG, ...)) is a debug print: the levels are
 * evntrace.h's and the flags plain bits. The arguments are parsed inside sizeof, so nothing runs. */
#ifndef DEBUG_USE_WPP
#ifndef TRACE_LEVEL_NONE
#define TRACE_LEVEL_NONE 0
#define TRACE_LEVEL_CRITICAL 1
#define TRACE_LEVEL_FATAL 1
#define TRACE_LEVEL_ERROR 2
#define TRACE_LEVEL_WARNING 3
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_LEVEL_VERBOSE 5
#endif
#ifndef TRACE_FLAG_GENERAL
#define TRACE_FLAG_GENERAL 0x00000001
#define TRACE_FLAG_PNP 0x00000002
#define TRACE_FLAG_POWER 0x00000004
#define TRACE_FLAG_RW 0x00000008
#define TRACE_FLAG_IOCTL 0x00000010
#define TRACE_FLAG_QUEUE 0x00000020
#define TRACE_FLAG_WMI 0x00000040
#define TRACE_FLAG_TIMER 0x00000080
#define TRACE_FLAG_INIT 0x00000100
#define TRACE_FLAG_LOCK 0x00000200
#define TRACE_FLAG_DEBUG1 0x00000400
#define TRACE_FLAG_DEBUG2 0x00000800
#define TRACE_FLAG_MCN 0x00001000
#define TRACE_FLAG_ISR 0x00002000
#define TRACE_FLAG_ENUM 0x00004000
#define TRACE_FLAG_LOGOTEST 0x00008000
#define TRACE_FLAG_DUMP 0x00010000
#define TRACE_FLAG_SCSI 0x00020000
#endif
#ifndef TracePrint
int DrvlsStorTracePrint(int drvls_level, ...);
#define TracePrint(args) ((void)sizeof(DrvlsStorTracePrint args))
#endif
#endif

#endif /* DRVLS_WDK_SHIM_STORSWTR_H */
