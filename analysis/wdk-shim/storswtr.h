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

#endif /* DRVLS_WDK_SHIM_STORSWTR_H */
