/*
 * test_analysis_project.c - compile flags from driver trees: the .vcxproj / .props / .filters /
 * .sln fixture (two NDIS flavours of one source), the KMDF project and the WDK `sources` tree
 * under tests/fixtures/projects, asserted exactly; MSBuild macros and conditions on small
 * generated projects; bad input (malformed XML, a DTD, a missing import, an import cycle, a 5 MB
 * project) giving warnings and defaults; and the fixtures parsing without a single diagnostic
 * under the derived flags.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "flags.h"
#include "project.h"
#include "units.h"

static char fixtures[512]; /* tests/fixtures/projects, absolute */
static char tmp[256];

static int setup_tmp(void **state) {
    (void)state;
    snprintf(tmp, sizeof tmp, "/tmp/drvls-project-XXXXXX");
    return mkdtemp(tmp) ? 0 : -1;
}

static int teardown_tmp(void **state) {
    (void)state;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    return system(cmd) == 0 ? 0 : -1;
}

/* An absolute path under the fixtures (one of 16 static buffers, reused in turn). */
static const char *fx(const char *rel) {
    static char bufs[16][1024];
    static int next;
    char *b = bufs[next++ % 16];
    snprintf(b, sizeof bufs[0], "%s/%s", fixtures, rel);
    return b;
}

/* Write tmp/rel (directories created). Returns the absolute path (heap). */
static char *write_tmp(const char *rel, const char *text) {
    char *path = dls_xasprintf("%s/%s", tmp, rel);
    for (char *s = path + strlen(tmp) + 1; (s = strchr(s, '/')); s++) {
        *s = '\0';
        mkdir(path, 0755);
        *s = '/';
    }
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
    return path;
}

static void assert_strs(const dls_proj_strs *got, const char *const *want, size_t n) {
    for (size_t i = 0; i < got->count && i < n; i++)
        assert_string_equal(got->items[i], want[i]);
    assert_int_equal(got->count, n);
}

#define ASSERT_STRS(got, ...)                                                                      \
    do {                                                                                           \
        const char *const want_[] = {__VA_ARGS__};                                                 \
        assert_strs((got), want_, sizeof want_ / sizeof *want_);                                   \
    } while (0)

static void derive(const char *path, const char *config, dls_proj_flags *f) {
    dls_proj_opts o = {.configuration = config};
    assert_int_equal(dls_proj_flags_for_file(path, &o, f), 1);
}

/* ---- the NDIS solution ------------------------------------------------------------------- */

static void test_shared_source_first_project_debug_x64(void **state) {
    (void)state;
    dls_proj_flags f;
    derive(fx("netvmini/common/miniport.c"), NULL, &f);
    char *origin = dls_xasprintf("project %s (Debug|x64), chosen over %s",
                                 fx("netvmini/ndis60/netvmini60.vcxproj"),
                                 fx("netvmini/ndis620/netvmini620.vcxproj"));
    assert_string_equal(f.origin, origin);
    free(origin);
    assert_string_equal(f.project, fx("netvmini/ndis60/netvmini60.vcxproj"));
    assert_string_equal(f.configuration, "Debug|x64");
    assert_string_equal(f.directory, fx("netvmini/ndis60"));
    assert_string_equal(f.arch, "x86_64");
    assert_string_equal(f.language, "c");
    assert_null(f.standard);
    ASSERT_STRS(&f.defines, "_KERNEL_MODE", "NDIS_MINIPORT_DRIVER=1", "NDIS60_MINIPORT=1",
                "NVM_TRACE_LEVEL=4", "NVM_VENDOR_ID=0x1414", "_WIN64", "_AMD64_", "AMD64",
                "DEPRECATE_DDK_FUNCTIONS=1", "MSC_NOOPT", "_WIN32_WINNT=0x0601", "WINVER=0x0601",
                "WINNT=1", "NTDDI_VERSION=0x06010000", "DBG=1");
    assert_int_equal(f.undefines.count, 0);
    ASSERT_STRS(&f.includes, fx("netvmini/ndis60"), fx("netvmini/inc"), fx("netvmini/common"),
                fx("netvmini/common/hw"));
    assert_int_equal(f.system_includes.count, 0);
    ASSERT_STRS(&f.forced, fx("netvmini/inc/nvm_build.h"));
    assert_int_equal(f.warnings.count, 0);
    dls_proj_flags_free(&f);
}

static void test_release_and_win32_configurations(void **state) {
    (void)state;
    dls_proj_flags f;
    derive(fx("netvmini/common/adapter.c"), "Release|x64", &f);
    assert_string_equal(f.configuration, "Release|x64");
    ASSERT_STRS(&f.defines, "_KERNEL_MODE", "NDIS_MINIPORT_DRIVER=1", "NDIS60_MINIPORT=1",
                "NVM_VENDOR_ID=0x1414", "_WIN64", "_AMD64_", "AMD64", "DEPRECATE_DDK_FUNCTIONS=1",
                "_WIN32_WINNT=0x0601", "WINVER=0x0601", "WINNT=1", "NTDDI_VERSION=0x06010000");
    dls_proj_flags_free(&f);

    derive(fx("netvmini/common/adapter.c"), "debug|win32", &f); /* matched case-insensitively */
    assert_string_equal(f.configuration, "Debug|Win32");
    assert_string_equal(f.arch, "i686");
    ASSERT_STRS(&f.defines, "_KERNEL_MODE", "NDIS_MINIPORT_DRIVER=1", "NDIS60_MINIPORT=1",
                "NVM_VENDOR_ID=0x1414", "_X86_=1", "i386=1", "STD_CALL",
                "DEPRECATE_DDK_FUNCTIONS=1", "MSC_NOOPT", "_WIN32_WINNT=0x0601", "WINVER=0x0601",
                "WINNT=1", "NTDDI_VERSION=0x06010000", "DBG=1");
    dls_proj_flags_free(&f);

    /* a configuration the project does not have: the first Debug|x64 */
    derive(fx("netvmini/common/adapter.c"), "Checked|Itanium", &f);
    assert_string_equal(f.configuration, "Debug|x64");
    dls_proj_flags_free(&f);
    /* a name alone: that configuration for x64 (the project lists Win32 first) */
    derive(fx("netvmini/common/adapter.c"), "release", &f);
    assert_string_equal(f.configuration, "Release|x64");
    assert_string_equal(f.arch, "x86_64");
    dls_proj_flags_free(&f);
}

static void test_source_excluded_in_one_project(void **state) {
    (void)state;
    dls_proj_flags f;
    derive(fx("netvmini/common/rss.c"), NULL, &f);
    char *origin =
        dls_xasprintf("project %s (Debug|x64)", fx("netvmini/ndis620/netvmini620.vcxproj"));
    assert_string_equal(f.origin, origin);
    free(origin);
    /* Release|x64 comes first in this project; the first Debug|x64 is still the default */
    assert_string_equal(f.configuration, "Debug|x64");
    assert_string_equal(f.language, "c");
    assert_string_equal(f.standard, "c17");
    ASSERT_STRS(&f.defines, "_KERNEL_MODE", "NVM_RSS_QUEUES=8", "NVM_TRACE_LEVEL=4",
                "NVM_CHECKED_BUILD", "NDIS_MINIPORT_DRIVER=1", "NDIS620_MINIPORT=1",
                "NVM_VENDOR_ID=0x1414", "_WIN64", "_AMD64_", "AMD64", "DEPRECATE_DDK_FUNCTIONS=1",
                "MSC_NOOPT", "_WIN32_WINNT=0x0A00", "WINVER=0x0A00", "WINNT=1",
                "NTDDI_VERSION=0x0A000000", "DBG=1");
    ASSERT_STRS(&f.includes, fx("netvmini/ndis620"), fx("netvmini/inc"), fx("netvmini/common"),
                fx("netvmini/obj/netvmini620/x64/Debug"));
    ASSERT_STRS(&f.forced, fx("netvmini/inc/nvm_build.h"));
    assert_int_equal(f.warnings.count, 0);
    dls_proj_flags_free(&f);

    derive(fx("netvmini/common/rss.c"), "Debug|ARM64", &f);
    assert_string_equal(f.arch, "aarch64");
    ASSERT_STRS(&f.defines, "_KERNEL_MODE", "NVM_RSS_QUEUES=4", "NVM_TRACE_LEVEL=4",
                "NVM_CHECKED_BUILD", "NDIS_MINIPORT_DRIVER=1", "NDIS620_MINIPORT=1",
                "NVM_VENDOR_ID=0x1414", "_ARM64_", "ARM64", "_USE_DECLSPECS_FOR_SAL=1", "STD_CALL",
                "DEPRECATE_DDK_FUNCTIONS=1", "MSC_NOOPT", "_WIN32_WINNT=0x0A00", "WINVER=0x0A00",
                "WINNT=1", "NTDDI_VERSION=0x0A000000", "DBG=1");
    dls_proj_flags_free(&f);
}

static void test_headers_listed_by_project_or_filters(void **state) {
    (void)state;
    dls_proj_flags f;
    /* listed as ClInclude by the 6.20 project and by the 6.0 project's .filters only */
    derive(fx("netvmini/common/nvm_stats.h"), NULL, &f);
    char *origin = dls_xasprintf("project %s (Debug|x64), chosen over %s",
                                 fx("netvmini/ndis60/netvmini60.vcxproj"),
                                 fx("netvmini/ndis620/netvmini620.vcxproj"));
    assert_string_equal(f.origin, origin);
    free(origin);
    assert_string_equal(f.language, "c");
    ASSERT_STRS(&f.forced, fx("netvmini/inc/nvm_build.h"));
    dls_proj_flags_free(&f);

    /* listed nowhere: the projects with common/ among their include directories */
    derive(fx("netvmini/common/unlisted.h"), NULL, &f);
    origin = dls_xasprintf("project %s (Debug|x64), header found through its include "
                           "directories, chosen over %s",
                           fx("netvmini/ndis60/netvmini60.vcxproj"),
                           fx("netvmini/ndis620/netvmini620.vcxproj"));
    assert_string_equal(f.origin, origin);
    free(origin);
    dls_proj_flags_free(&f);

    /* a `sources` project lists no headers at all */
    derive(fx("legacy_e1k/inc/e1k.h"), NULL, &f);
    origin = dls_xasprintf("sources %s (chk|x64), header found through its include directories",
                           fx("legacy_e1k/sys/sources"));
    assert_string_equal(f.origin, origin);
    free(origin);
    dls_proj_flags_free(&f);

    /* not a header: no guessing */
    dls_proj_opts o = {0};
    assert_int_equal(dls_proj_flags_for_file(fx("netvmini/common/unlisted.c"), &o, &f), 0);
    dls_proj_flags_free(&f);
}

/* ---- KMDF ---------------------------------------------------------------------------------- */

static void test_kmdf_project(void **state) {
    (void)state;
    dls_proj_flags f;
    derive(fx("kmdf_echo/hwutil.c"), NULL, &f);
    char *origin = dls_xasprintf("project %s (Debug|x64)", fx("kmdf_echo/echo.vcxproj"));
    assert_string_equal(f.origin, origin);
    free(origin);
    ASSERT_STRS(&f.defines, "_KERNEL_MODE", "POOL_NX_OPTIN=1", "ECHO_QUEUE_DEPTH=16", "_WIN64",
                "_AMD64_", "AMD64", "DEPRECATE_DDK_FUNCTIONS=1", "MSC_NOOPT", "_WIN32_WINNT=0x0A00",
                "WINVER=0x0A00", "WINNT=1", "NTDDI_VERSION=0x0A000000", "DBG=1",
                "KMDF_VERSION_MAJOR=1", "KMDF_VERSION_MINOR=31");
    ASSERT_STRS(&f.undefines, "MSC_NOOPT");
    ASSERT_STRS(&f.includes, fx("kmdf_echo/inc"), fx("kmdf_echo/x64/Debug"));
    assert_int_equal(f.system_includes.count, 0); /* no WDK given */
    assert_int_equal(f.warnings.count, 0);
    dls_proj_flags_free(&f);

    /* with a WDK, the KMDF headers of the project's version; ARM64 pool flags */
    dls_proj_opts o = {.configuration = "Debug|ARM64", .wdk_include = "/kits/10/Include/10.0.1.0"};
    assert_int_equal(dls_proj_flags_for_file(fx("kmdf_echo/queue.c"), &o, &f), 1);
    ASSERT_STRS(&f.system_includes, "/kits/10/Include/wdf/kmdf/1.31");
    assert_string_equal(f.defines.items[1], "POOL_NX_OPTIN=1");
    assert_string_equal(f.defines.items[2], "POOL_ZERO_DOWN_LEVEL_SUPPORT=1");
    assert_int_equal(f.undefines.count, 0);
    dls_proj_flags_free(&f);
}

/* ---- WDK sources --------------------------------------------------------------------------- */

static void test_sources_tree(void **state) {
    (void)state;
    const char *files[] = {fx("legacy_e1k/sys/miniport.c"), fx("legacy_e1k/common/e1k_util.c")};
    for (size_t i = 0; i < 2; i++) {
        dls_proj_flags f;
        derive(files[i], NULL, &f);
        char *origin = dls_xasprintf("sources %s (chk|x64)", fx("legacy_e1k/sys/sources"));
        assert_string_equal(f.origin, origin);
        free(origin);
        assert_string_equal(f.directory, fx("legacy_e1k/sys"));
        ASSERT_STRS(&f.defines, "_KERNEL_MODE", "_WIN64", "_AMD64_", "AMD64", "_WIN32_WINNT=0x0601",
                    "WINVER=0x0601", "WINNT=1", "NTDDI_VERSION=0x06010000", "DBG=1",
                    "NDIS_MINIPORT_DRIVER=1", "NDIS61_MINIPORT=1", "NDIS_WDM=1",
                    "E1K_MAX_RX_DESCRIPTORS=256", "E1K_DEBUG_TRACE", "E1K_64BIT_DMA=1");
        ASSERT_STRS(&f.includes, fx("legacy_e1k/inc"), fx("legacy_e1k/sys/objchk_win7_amd64"));
        char *w2 = dls_xasprintf("%s: INCLUDES: '$(DDK_INC_PATH)' dropped: $(DDK_INC_PATH) is not "
                                 "known",
                                 fx("legacy_e1k/sys/sources"));
        ASSERT_STRS(&f.warnings, w2);
        free(w2);
        dls_proj_flags_free(&f);
    }
}

/* nmake conditionals in `sources`, and `dirs` reaching it through OPTIONAL_DIRS. */
static void test_sources_conditionals(void **state) {
    (void)state;
    unsetenv("DRVLS_TEST_UNSET");
    free(write_tmp("wdk/dirs", "DIRS=\nOPTIONAL_DIRS= \\\n    drv\n"));
    char *src = write_tmp("wdk/drv/a.c", "int a;\n");
    char *sources =
        write_tmp("wdk/drv/sources",
                  "TARGETNAME=a\n"
                  "TARGETTYPE=DRIVER_LIBRARY\n"
                  "LEVEL=2\n"
                  "!IF $(LEVEL) > 1 || \"$(DRVLS_TEST_UNSET)\" == \"\"\n"
                  "C_DEFINES=$(C_DEFINES) -DLEVEL_HIGH\n"
                  "!ENDIF\n"
                  "!IF [cmd /c exit 1]\n" /* runs a command: not evaluated, taken as true */
                  "C_DEFINES=$(C_DEFINES) -DCOMMAND_RAN\n"
                  "!ENDIF\n"
                  "!IFNDEF DRVLS_TEST_UNSET\n"
                  "!  IF defined(LEVEL) && 0\n"
                  "C_DEFINES=$(C_DEFINES) -DNEVER_AND\n"
                  "!  ELSE IF !defined(NOPE)\n"
                  "C_DEFINES=$(C_DEFINES) -DNESTED_ELSE_IF\n"
                  "!  ELSE\n"
                  "C_DEFINES=$(C_DEFINES) -DNEVER_ELSE\n"
                  "!  ENDIF\n"
                  "!ELSE\n"
                  "C_DEFINES=$(C_DEFINES) -DNEVER_OUTER\n"
                  "!ENDIF\n"
                  "!IF 0\n"
                  "!IF 1\n"
                  "C_DEFINES=$(C_DEFINES) -DNEVER_INNER\n"
                  "!ENDIF\n"
                  "!ELSEIFDEF LEVEL\n"
                  "C_DEFINES=$(C_DEFINES) -DELSEIFDEF\n"
                  "!ENDIF\n"
                  "!IF \"$(_BUILDARCH)\" != \"x86\"\n"
                  "C_DEFINES=$(C_DEFINES) -UOLD -DNOT_X86 -D QUOTED=\"a b\"\n"
                  "!ENDIF\n"
                  "!UNDEF LEVEL\n"
                  "!IFDEF LEVEL\n"
                  "!ELSE\n"
                  "!INCLUDE $(NTMAKEENV)\\makefile.def\n"
                  "!ENDIF\n"
                  "SOURCES=a.c\n"
                  "!IF 1\n");
    dls_proj_flags f;
    derive(src, NULL, &f);
    ASSERT_STRS(&f.defines, "_KERNEL_MODE", "_WIN64", "_AMD64_", "AMD64", "_WIN32_WINNT=0x0601",
                "WINVER=0x0601", "WINNT=1", "NTDDI_VERSION=0x06010000", "DBG=1", "LEVEL_HIGH",
                "COMMAND_RAN", "NESTED_ELSE_IF", "ELSEIFDEF", "NOT_X86", "QUOTED=\"a");
    ASSERT_STRS(&f.undefines, "OLD");
    char *w0 =
        dls_xasprintf("%s: condition '[cmd /c exit 1]' not evaluated; taken as true", sources);
    char *w2 =
        dls_xasprintf("%s: directive '!INCLUDE $(NTMAKEENV)\\makefile.def' not evaluated", sources);
    char *w3 = dls_xasprintf("%s: !IF without !ENDIF", sources);
    char *w4 = dls_xasprintf("%s: C_DEFINES: 'b\"' ignored", sources);
    ASSERT_STRS(&f.warnings, w0, w2, w3, w4);
    free(w4);
    free(w3);
    free(w2);
    free(w0);
    dls_proj_flags_free(&f);
    free(sources);
    free(src);
}

static void test_list_sources(void **state) {
    (void)state;
    dls_proj_strs srcs = {0}, warnings = {0};
    dls_proj_list_sources(fixtures, NULL, &srcs, &warnings);
    ASSERT_STRS(&srcs, fx("fwupdate/fwupdate.c"), fx("kmdf_echo/driver.c"),
                fx("kmdf_echo/hwutil.c"), fx("kmdf_echo/queue.c"),
                fx("legacy_e1k/common/e1k_util.c"), fx("legacy_e1k/sys/miniport.c"),
                fx("netvmini/common/adapter.c"), fx("netvmini/common/miniport.c"),
                fx("netvmini/common/rss.c"));
    assert_int_equal(warnings.count, 1); /* the sources file's, as above */
    dls_proj_strs_free(&srcs);
    dls_proj_strs_free(&warnings);
}

/* ---- MSBuild semantics on generated projects ------------------------------------------------- */

#define PROJECT_HEAD                                                                               \
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"                                                 \
    "<Project DefaultTargets=\"Build\" "                                                           \
    "xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
#define PROJECT_CONFIGS                                                                            \
    "  <ItemGroup Label=\"ProjectConfigurations\">\n"                                              \
    "    <ProjectConfiguration Include=\"Debug|x64\"/>\n"                                          \
    "    <ProjectConfiguration Include=\"Release|x64\"/>\n"                                        \
    "  </ItemGroup>\n"

static void test_macros_and_conditions(void **state) {
    (void)state;
    unsetenv("DRVLS_TEST_NO_SUCH_VAR");
    setenv("DRVLS_TEST_SDK", "/opt/sdk", 1);
    free(write_tmp("build/common.props",
                   PROJECT_HEAD "  <PropertyGroup>\n"
                                "    <CommonInc>$(MSBuildThisFileDirectory)include</CommonInc>\n"
                                "    <Flavor Condition=\"'$(Flavor)' == ''\">base</Flavor>\n"
                                "  </PropertyGroup>\n"
                                "  <ItemDefinitionGroup><ClCompile>\n"
                                "    <AdditionalIncludeDirectories>$(MSBuildThisFileDirectory)gen;"
                                "%(AdditionalIncludeDirectories)</AdditionalIncludeDirectories>\n"
                                "  </ClCompile></ItemDefinitionGroup>\n"
                                "</Project>\n"));
    free(write_tmp("drv/src/a.c", "int a;\n"));
    free(write_tmp("drv/src/b.c", "int b;\n"));
    free(write_tmp("drv/src/skip.c", "int s;\n"));
    free(write_tmp("drv/src/gone.c", "int g;\n"));
    free(write_tmp("drv/main.cpp", "int m;\n"));
    char *proj = write_tmp(
        "drv/drv.vcxproj", PROJECT_HEAD PROJECT_CONFIGS
        "  <PropertyGroup Label=\"Configuration\">\n"
        "    <ConfigurationType>Application</ConfigurationType>\n"
        "    <Flavor>fast</Flavor>\n"
        "  </PropertyGroup>\n"
        "  <Import Project=\"$(VCTargetsPath)\\Microsoft.Cpp.props\" />\n"
        "  <Import Project=\"..\\build\\common.props\" "
        "Condition=\"Exists('..\\build\\common.props') "
        "and !Exists('nothing.props')\" />\n"
        "  <Choose>\n"
        "    <When Condition=\"'$(Flavor)' == 'slow' or '$(Configuration)' == 'Release'\">\n"
        "      <PropertyGroup><Speed>1</Speed></PropertyGroup>\n"
        "    </When>\n"
        "    <Otherwise><PropertyGroup><Speed>9</Speed></PropertyGroup></Otherwise>\n"
        "  </Choose>\n"
        "  <PropertyGroup>\n"
        "    <Extra>$(Extra);EXTRA_ONE</Extra>\n"
        "    <Version Condition=\"$(Speed) &gt;= 5 and HasTrailingSlash('$(ProjectDir)')\">"
        "2</Version>\n"
        "  </PropertyGroup>\n"
        "  <ItemDefinitionGroup Condition=\"'$(Configuration)|$(Platform)'=='Debug|x64'\">\n"
        "    <ClCompile>\n"
        "      <PreprocessorDefinitions>SPEED=$(Speed);FLAVOR_$(Flavor);VERSION=$(Version);"
        "$(Extra);SEP=a%3Bb;HOME_$(DRVLS_TEST_NO_SUCH_VAR);BAD=$([System.IO.Path]::GetTempPath());"
        "%(PreprocessorDefinitions)</PreprocessorDefinitions>\n"
        "      <AdditionalIncludeDirectories>$(CommonInc);$(DRVLS_TEST_SDK)/inc;$(OutDir)gen;"
        "%(AdditionalIncludeDirectories);@(Nothing)</AdditionalIncludeDirectories>\n"
        "      <LanguageStandard>stdcpp20</LanguageStandard>\n"
        "    </ClCompile>\n"
        "  </ItemDefinitionGroup>\n"
        "  <ItemGroup>\n"
        "    <ClCompile Include=\"src\\*.c\" Exclude=\"src\\skip.c\">\n"
        "      <PreprocessorDefinitions>FILE_%(Filename);%(PreprocessorDefinitions)"
        "</PreprocessorDefinitions>\n"
        "      <CompileAs Condition=\"'%(Filename)' == 'b'\">CompileAsCpp</CompileAs>\n"
        "    </ClCompile>\n"
        "    <ClCompile Remove=\"src\\gone.c\" />\n"
        "    <ClCompile Include=\"main.cpp\" />\n"
        "  </ItemGroup>\n"
        "</Project>\n");
    char *a = dls_xasprintf("%s/drv/src/a.c", tmp);
    char *b = dls_xasprintf("%s/drv/src/b.c", tmp);
    char *skip = dls_xasprintf("%s/drv/src/skip.c", tmp);
    char *gone = dls_xasprintf("%s/drv/src/gone.c", tmp);
    char *m = dls_xasprintf("%s/drv/main.cpp", tmp);
    char *inc = dls_xasprintf("%s/build/include", tmp);
    char *gen = dls_xasprintf("%s/build/gen", tmp);
    char *outgen = dls_xasprintf("%s/drv/x64/Debug/gen", tmp);
    char *w_home = dls_xasprintf("%s: PreprocessorDefinitions: 'HOME_$(DRVLS_TEST_NO_SUCH_VAR)' "
                                 "dropped: $(DRVLS_TEST_NO_SUCH_VAR) is not known",
                                 proj);
    char *w_func = dls_xasprintf("%s: PreprocessorDefinitions: "
                                 "'BAD=$([System.IO.Path]::GetTempPath())' dropped: "
                                 "$([System.IO.Path]::GetTempPath()) is not known",
                                 proj);
    char *w_items = dls_xasprintf("%s: AdditionalIncludeDirectories: '@(Nothing)' dropped: "
                                  "@(Nothing) is not known",
                                  proj);

    dls_proj_flags f;
    derive(a, NULL, &f);
    /* not a driver: no WDK defines; the unset $(Extra) in its own definition reads as empty */
    ASSERT_STRS(&f.defines, "FILE_a", "SPEED=9", "FLAVOR_fast", "VERSION=2", "EXTRA_ONE",
                "SEP=a;b");
    ASSERT_STRS(&f.includes, inc, "/opt/sdk/inc", outgen, gen);
    assert_string_equal(f.language, "c");
    assert_null(f.standard); /* LanguageStandard is the C++ one */
    ASSERT_STRS(&f.warnings, w_home, w_func, w_items);
    dls_proj_flags_free(&f);

    derive(b, NULL, &f);
    assert_string_equal(f.defines.items[0], "FILE_b");
    assert_string_equal(f.language, "c++");
    assert_string_equal(f.standard, "c++20");
    dls_proj_flags_free(&f);

    derive(m, "Release|x64", &f); /* no item definitions for Release */
    assert_int_equal(f.defines.count, 0);
    ASSERT_STRS(&f.includes, gen);
    assert_string_equal(f.language, "c++");
    dls_proj_flags_free(&f);

    dls_proj_opts o = {0};
    assert_int_equal(dls_proj_flags_for_file(skip, &o, &f), 0); /* Exclude= */
    dls_proj_flags_free(&f);
    assert_int_equal(dls_proj_flags_for_file(gone, &o, &f), 0); /* Remove= */
    dls_proj_flags_free(&f);

    unsetenv("DRVLS_TEST_SDK");
    free(w_items);
    free(w_func);
    free(w_home);
    free(outgen);
    free(gen);
    free(inc);
    free(m);
    free(gone);
    free(skip);
    free(b);
    free(a);
    free(proj);
}

static void test_case_of_windows_paths(void **state) {
    (void)state;
    free(write_tmp("Drv/Include/drv.h", "#define DRV 1\n"));
    free(write_tmp("Drv/Source/Main.c", "int m;\n"));
    free(write_tmp("Drv/drv.vcxproj",
                   PROJECT_HEAD "  <ItemDefinitionGroup><ClCompile>\n"
                                "    <AdditionalIncludeDirectories>.\\INCLUDE"
                                "</AdditionalIncludeDirectories>\n"
                                "    <ForcedIncludeFiles>DRV.H</ForcedIncludeFiles>\n"
                                "  </ClCompile></ItemDefinitionGroup>\n"
                                "  <ItemGroup><ClCompile Include=\"source\\main.C\"/></ItemGroup>\n"
                                "</Project>\n"));
    char *src = dls_xasprintf("%s/Drv/Source/Main.c", tmp);
    char *inc = dls_xasprintf("%s/Drv/Include", tmp);
    char *h = dls_xasprintf("%s/Drv/Include/drv.h", tmp);
    dls_proj_flags f;
    derive(src, NULL, &f);
    ASSERT_STRS(&f.includes, inc);
    ASSERT_STRS(&f.forced, h);
    assert_string_equal(f.configuration, "Debug|x64"); /* no ProjectConfigurations at all */
    dls_proj_flags_free(&f);
    free(h);
    free(inc);
    free(src);
}

/* Visual Studio has written projects as UTF-16 with a byte order mark. */
static void test_utf16_project(void **state) {
    (void)state;
    char *src = write_tmp("u16/drv.c", "int x;\n");
    const char *text = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n"
                       "<Project><ItemDefinitionGroup><ClCompile>"
                       "<PreprocessorDefinitions>WIDE=1</PreprocessorDefinitions>"
                       "</ClCompile></ItemDefinitionGroup>"
                       "<ItemGroup><ClCompile Include=\"drv.c\"/></ItemGroup></Project>\r\n";
    char *proj = dls_xasprintf("%s/u16/drv.vcxproj", tmp);
    FILE *fp = fopen(proj, "wb");
    assert_non_null(fp);
    fputc(0xFF, fp);
    fputc(0xFE, fp);
    for (const char *c = text; *c; c++) {
        fputc(*c, fp);
        fputc(0, fp);
    }
    fclose(fp);
    dls_proj_flags f;
    derive(src, NULL, &f);
    ASSERT_STRS(&f.defines, "WIDE=1");
    dls_proj_flags_free(&f);
    free(proj);
    free(src);
}

/* ---- bad input: warnings and defaults, never a crash --------------------------------------- */

static void assert_warning_with(const dls_proj_strs *w, const char *part) {
    for (size_t i = 0; i < w->count; i++)
        if (strstr(w->items[i], part))
            return;
    fail_msg("no warning contains \"%s\" (%zu warnings)", part, w->count);
}

/* The file gets the driver default, and the flags carry the project's warnings. */
static void assert_default_with_warning(const char *src, const char *part) {
    dls_flags fl;
    dls_flags_for_file(src, NULL, &fl);
    assert_non_null(strstr(fl.origin, "default"));
    int seen = 0;
    for (int i = 0; i < fl.n_warnings; i++)
        seen |= strstr(fl.warnings[i], part) != NULL;
    assert_true(seen);
    dls_flags_free(&fl);
}

static void test_malformed_xml(void **state) {
    (void)state;
    char *src = write_tmp("bad/driver.c", "int x;\n");
    char *proj = write_tmp("bad/bad.vcxproj", PROJECT_HEAD "  <ItemGroup>\n"
                                                           "    <ClCompile Include=\"driver.c\">\n"
                                                           "  </ItemGroup>\n"
                                                           "</Project>\n");
    dls_proj_flags f;
    dls_proj_opts o = {0};
    assert_int_equal(dls_proj_flags_for_file(src, &o, &f), 0);
    char *want = dls_xasprintf("%s:5: not a valid project file: mismatched tag", proj);
    ASSERT_STRS(&f.warnings, want);
    dls_proj_flags_free(&f);
    assert_default_with_warning(src, "not a valid project file");
    free(want);

    /* a DTD (the way to an entity expansion bomb) is refused outright */
    free(write_tmp("bad/bad.vcxproj",
                   "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\">"
                   "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                   "<Project><ItemGroup><ClCompile Include=\"driver.c\"/></ItemGroup>"
                   "<PropertyGroup><X>&b;</X></PropertyGroup></Project>\n"));
    assert_int_equal(dls_proj_flags_for_file(src, &o, &f), 0);
    assert_warning_with(&f.warnings, "a DTD is not allowed");
    dls_proj_flags_free(&f);

    /* not XML at all, and an empty file */
    free(write_tmp("bad/bad.vcxproj", "\x01\x02 this is not a project"));
    assert_int_equal(dls_proj_flags_for_file(src, &o, &f), 0);
    assert_warning_with(&f.warnings, "not a valid project file");
    dls_proj_flags_free(&f);
    free(write_tmp("bad/bad.vcxproj", ""));
    assert_int_equal(dls_proj_flags_for_file(src, &o, &f), 0);
    assert_warning_with(&f.warnings, "not a valid project file");
    dls_proj_flags_free(&f);
    free(proj);
    free(src);
}

/* An entry of PreprocessorDefinitions that is no macro name (a compiler switch put there) is
 * dropped with a warning naming the project; user-mode projects say so; WPP settings are read. */
static void test_bad_define_user_mode_and_wpp(void **state) {
    (void)state;
    char *src = write_tmp("vals/driver.c", "int x;\n");
    char *proj =
        write_tmp("vals/drv.vcxproj", PROJECT_HEAD PROJECT_CONFIGS
                  "  <PropertyGroup><DriverType>WDM</DriverType></PropertyGroup>\n"
                  "  <ItemGroup>\n"
                  "    <ClCompile Include=\"driver.c\">\n"
                  "      <PreprocessorDefinitions>GOOD=1;/wd4996;9BAD;%(PreprocessorDefinitions)"
                  "</PreprocessorDefinitions>\n"
                  "      <WppEnabled>true</WppEnabled>\n"
                  "      <WppTraceFunction>DEBUGP(LEVEL,MSG,...)</WppTraceFunction>\n"
                  "      <WppScanConfigurationData>trace.h</WppScanConfigurationData>\n"
                  "    </ClCompile>\n"
                  "    <ClInclude Include=\"trace.h\"/>\n"
                  "    <ClInclude Exclude=\"@(ClInclude)\" Include=\"*.h\"/>\n"
                  "    <ClCompile Exclude=\"@(ClCompile);@(None)\" Include=\"*.c\"/>\n"
                  "  </ItemGroup>\n"
                  "</Project>\n");
    dls_proj_flags f;
    derive(src, NULL, &f);
    /* the item-list references of the Visual Studio templates are understood */
    for (size_t i = 0; i < f.warnings.count; i++)
        assert_null(strstr(f.warnings.items[i], "@("));
    assert_warning_with(&f.warnings, "'/wd4996' dropped: not a macro name");
    assert_warning_with(&f.warnings, "'9BAD' dropped: not a macro name");
    /* a WPP configuration file that is not there: said, and the rest still read */
    assert_warning_with(&f.warnings, "WppScanConfigurationData 'trace.h' not found");
    for (size_t i = 0; i < f.defines.count; i++)
        assert_true(f.defines.items[i][0] != '/' && f.defines.items[i][0] != '9');
    assert_int_equal(f.user_mode, 0);
    char *scan = dls_xasprintf("scan:%s/vals/trace.h", tmp);
    ASSERT_STRS(&f.wpp, "func:DEBUGP(LEVEL,MSG,...)", scan);
    free(scan);
    dls_proj_flags_free(&f);

    char *app = write_tmp("app/tool.c", "int main(void) { return 0; }\n");
    char *app_proj = write_tmp("app/tool.vcxproj", PROJECT_HEAD PROJECT_CONFIGS
                               "  <PropertyGroup><ConfigurationType>Application"
                               "</ConfigurationType></PropertyGroup>\n"
                               "  <ItemGroup><ClCompile Include=\"tool.c\"/></ItemGroup>\n"
                               "</Project>\n");
    derive(app, NULL, &f);
    assert_int_equal(f.user_mode, 1);
    dls_proj_flags_free(&f);
    dls_flags fl;
    assert_int_equal(dls_flags_from_project(app, NULL, &fl), 1);
    assert_true(fl.user_mode);
    assert_non_null(strstr(fl.origin, "user-mode headers"));
    for (int i = 0; i < fl.argc; i++)
        assert_null(strstr(fl.argv[i], "/ddk"));
    dls_flags_free(&fl);

    /* sources: a PROGRAM is user mode; a plain LIBRARY may be linked into a driver, so it is not */
    char *prog = write_tmp("prog/tool.c", "int main(void) { return 0; }\n");
    free(write_tmp("prog/sources", "TARGETNAME=tool\nTARGETTYPE=PROGRAM\nSOURCES=tool.c\n"));
    derive(prog, NULL, &f);
    assert_int_equal(f.user_mode, 1);
    dls_proj_flags_free(&f);
    char *lib = write_tmp("lib/util.c", "int util;\n");
    free(write_tmp("lib/sources", "TARGETNAME=util\nTARGETTYPE=LIBRARY\nSOURCES=util.c\n"));
    derive(lib, NULL, &f);
    assert_int_equal(f.user_mode, 0);
    dls_proj_flags_free(&f);
    free(lib);
    free(prog);
    free(app_proj);
    free(app);
    free(proj);
    free(src);
}

static void test_missing_import_and_cycle(void **state) {
    (void)state;
    char *src = write_tmp("miss/driver.c", "int x;\n");
    char *proj = write_tmp("miss/driver.vcxproj", PROJECT_HEAD
                           "  <ImportGroup Label=\"PropertySheets\">\n"
                           "    <Import Project=\"..\\shared\\build.props\" />\n"
                           "    <Import Project=\"loop.props\" />\n"
                           "  </ImportGroup>\n"
                           "  <ItemDefinitionGroup><ClCompile>\n"
                           "    <PreprocessorDefinitions>KEPT=1;LEVEL=$(SharedLevel)"
                           "</PreprocessorDefinitions>\n"
                           "    <AdditionalIncludeDirectories>$(SharedInc);inc"
                           "</AdditionalIncludeDirectories>\n"
                           "    <ForcedIncludeFiles>missing_forced.h</ForcedIncludeFiles>\n"
                           "  </ClCompile></ItemDefinitionGroup>\n"
                           "  <ItemGroup><ClCompile Include=\"driver.c\"/></ItemGroup>\n"
                           "</Project>\n");
    char *loop = write_tmp("miss/loop.props", PROJECT_HEAD "  <Import Project=\"loop.props\"/>\n"
                                                           "  <PropertyGroup>\n"
                                                           "    <SharedLevel>3</SharedLevel>\n"
                                                           "  </PropertyGroup>\n"
                                                           "</Project>\n");
    char *missing = dls_xasprintf("%s/shared/build.props", tmp);
    char *inc = dls_xasprintf("%s/miss/inc", tmp);
    char *w0 = dls_xasprintf("%s: imported project %s not found", proj, missing);
    char *w1 = dls_xasprintf("%s: import of %s skipped (cycle or too deep)", loop, loop);
    char *w2 = dls_xasprintf("%s: AdditionalIncludeDirectories: '$(SharedInc)' dropped: "
                             "$(SharedInc) is not known",
                             proj);
    char *w3 = dls_xasprintf("%s: forced include 'missing_forced.h' not found beside the project "
                             "or in its include directories",
                             proj);
    dls_proj_flags f;
    derive(src, NULL, &f);
    ASSERT_STRS(&f.defines, "KEPT=1", "LEVEL=3");
    ASSERT_STRS(&f.includes, inc);
    ASSERT_STRS(&f.forced, "missing_forced.h");
    ASSERT_STRS(&f.warnings, w0, w1, w2, w3);
    dls_proj_flags_free(&f);
    free(w3);
    free(w2);
    free(w1);
    free(w0);
    free(inc);
    free(missing);
    free(loop);
    free(proj);
    free(src);
}

static void test_five_megabyte_project(void **state) {
    (void)state;
    char *src = write_tmp("big/driver.c", "int x;\n");
    char *proj = dls_xasprintf("%s/big/big.vcxproj", tmp);
    FILE *fp = fopen(proj, "w");
    assert_non_null(fp);
    fputs(PROJECT_HEAD "  <ItemGroup>\n    <ClCompile Include=\"driver.c\" />\n", fp);
    long written = 0;
    for (int i = 0; written < 5L * 1024 * 1024; i++)
        written += fprintf(fp, "    <ClCompile Include=\"generated\\file_%07d.c\" />\n", i);
    fputs("  </ItemGroup>\n</Project>\n", fp);
    fclose(fp);
    dls_proj_flags f;
    dls_proj_opts o = {0};
    assert_int_equal(dls_proj_flags_for_file(src, &o, &f), 0);
    char *want = dls_xasprintf("%s: larger than %u bytes, ignored", proj, DLS_PROJ_MAX_FILE_BYTES);
    ASSERT_STRS(&f.warnings, want);
    dls_proj_flags_free(&f);
    assert_default_with_warning(src, "larger than");
    free(want);
    free(proj);
    free(src);
}

/* A property that doubles on every line: expansion stops at a budget, the entry is dropped. */
static void test_expansion_budget(void **state) {
    (void)state;
    char *src = write_tmp("grow/driver.c", "int x;\n");
    char *proj = dls_xasprintf("%s/grow/grow.vcxproj", tmp);
    FILE *fp = fopen(proj, "w");
    assert_non_null(fp);
    fputs(PROJECT_HEAD "  <PropertyGroup>\n    <A>0123456789abcdef</A>\n", fp);
    for (int i = 0; i < 60; i++)
        fputs("    <A>$(A)$(A)</A>\n", fp);
    fputs("  </PropertyGroup>\n"
          "  <ItemDefinitionGroup><ClCompile>\n"
          "    <PreprocessorDefinitions>HUGE=$(A);OK=1</PreprocessorDefinitions>\n"
          "  </ClCompile></ItemDefinitionGroup>\n"
          "  <ItemGroup><ClCompile Include=\"driver.c\"/></ItemGroup>\n"
          "</Project>\n",
          fp);
    fclose(fp);
    dls_proj_flags f;
    derive(src, NULL, &f);
    ASSERT_STRS(&f.defines, "OK=1");
    assert_warning_with(&f.warnings, "macro expansion stopped after");
    assert_warning_with(&f.warnings, "'HUGE=$(A)' dropped");
    dls_proj_flags_free(&f);
    free(proj);
    free(src);
}

static void test_bad_conditions_and_sln(void **state) {
    (void)state;
    char *src = write_tmp("cond/driver.c", "int x;\n");
    free(write_tmp("cond/cond.sln", "Project(\"{8BC9}\") = \"x\", \"missing\\x.vcxproj\n"
                                    "Project(\"{8BC9}\") = \"y\", \"\", \"{1}\"\nGlobal\n"));
    char *proj = write_tmp("cond/cond.vcxproj", PROJECT_HEAD
                           "  <PropertyGroup Condition=\"'$(Configuration)' == \">\n"
                           "    <A>1</A>\n"
                           "  </PropertyGroup>\n"
                           "  <PropertyGroup Condition=\"'a' &lt; \">\n"
                           "    <B>1</B>\n"
                           "  </PropertyGroup>\n"
                           "  <ItemGroup><ClCompile Include=\"driver.c\" Condition=\"((true)\"/>"
                           "<ClCompile Include=\"driver.c\" Condition=\"maybe\"/>"
                           "<ClCompile Include=\"driver.c\" Condition=\"!false and 1 &lt; 2\"/>"
                           "</ItemGroup>\n"
                           "</Project>\n");
    dls_proj_flags f;
    derive(src, NULL, &f);
    assert_warning_with(&f.warnings, "cannot evaluate condition \"'$(Configuration)' == \"");
    assert_warning_with(&f.warnings, "cannot evaluate condition \"((true)\"");
    assert_warning_with(&f.warnings, "cannot evaluate condition \"maybe\"");
    assert_int_equal(f.warnings.count, 4);
    dls_proj_flags_free(&f);
    free(proj);
    free(src);
}

/* ---- into the command line, and through clang ---------------------------------------------- */

static const char *mingw_include(void) {
    struct stat st;
    return stat("/usr/x86_64-w64-mingw32/include/ddk", &st) == 0 ? "/usr/x86_64-w64-mingw32/include"
                                                                 : "/usr/share/mingw-w64/include";
}

static void test_command_line(void **state) {
    (void)state;
    unsetenv("WDKContentRoot");
    unsetenv("WindowsSdkDir");
    dls_flags f;
    dls_flags_for_file(fx("legacy_e1k/sys/miniport.c"), NULL, &f);
    char *ddk = dls_xasprintf("%s/ddk", mingw_include());
    char *inc = dls_xasprintf("-I%s", fx("legacy_e1k/inc"));
    char *obj = dls_xasprintf("-I%s", fx("legacy_e1k/sys/objchk_win7_amd64"));
    const char *want[] = {"--target=x86_64-w64-mingw32",
                          "-fms-extensions",
                          "-Wno-invalid-token-paste",
                          "-D__FUNCTION__=\"\"",
                          "-fdelayed-template-parsing",
                          "-isystem",
                          dls_flags_shim_dir(),
                          "-isystem",
                          ddk,
                          "-isystem",
                          mingw_include(),
                          "-x",
                          "c",
                          "-std=c11",
                          "-D_KERNEL_MODE",
                          "-D_WIN64",
                          "-D_AMD64_",
                          "-DAMD64",
                          "-D_WIN32_WINNT=0x0601",
                          "-DWINVER=0x0601",
                          "-DWINNT=1",
                          "-DNTDDI_VERSION=0x06010000",
                          "-DDBG=1",
                          "-DNDIS_MINIPORT_DRIVER=1",
                          "-DNDIS61_MINIPORT=1",
                          "-DNDIS_WDM=1",
                          "-DE1K_MAX_RX_DESCRIPTORS=256",
                          "-DE1K_DEBUG_TRACE",
                          "-DE1K_64BIT_DMA=1",
                          inc,
                          obj};
    size_t n = sizeof want / sizeof *want;
    assert_true((size_t)f.argc >= n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(f.argv[i], want[i]);
    /* then only the resource directory */
    assert_true((size_t)f.argc == n ||
                ((size_t)f.argc == n + 2 && strcmp(f.argv[n], "-resource-dir") == 0));
    assert_string_equal(f.directory, fx("legacy_e1k/sys"));
    char *origin = dls_xasprintf("sources %s (chk|x64); mingw-w64 DDK headers + drvls NDIS "
                                 "supplement",
                                 fx("legacy_e1k/sys/sources"));
    assert_string_equal(f.origin, origin);
    assert_int_equal(f.n_warnings, 1);
    free(origin);
    free(obj);
    free(inc);
    free(ddk);
    dls_flags_free(&f);
}

static void test_command_line_with_wdk(void **state) {
    (void)state;
    const char *dirs[] = {"kits/Include/10.0.9200.0/km", "kits/Include/10.0.22621.0/km",
                          "kits/Include/10.0.100000.0"}; /* newest has no km/: not a WDK */
    for (size_t i = 0; i < 3; i++) {
        char *p = dls_xasprintf("%s/%s/x", tmp, dirs[i]);
        free(write_tmp(p + strlen(tmp) + 1, ""));
        free(p);
    }
    char *root = dls_xasprintf("%s/kits", tmp);
    dls_flags_opts o = {.wdk_root = root};
    dls_flags f;
    dls_flags_for_file(fx("kmdf_echo/hwutil.c"), &o, &f);
    char *km = dls_xasprintf("%s/kits/Include/10.0.22621.0/km", tmp);
    char *kmdf = dls_xasprintf("%s/kits/Include/wdf/kmdf/1.31", tmp);
    assert_string_equal(f.argv[0], "--target=x86_64-pc-windows-msvc");
    assert_string_equal(f.argv[4], km);
    int i = 0;
    while (i < f.argc && strcmp(f.argv[i], kmdf) != 0)
        i++;
    assert_true(i < f.argc && strcmp(f.argv[i - 1], "-isystem") == 0);
    assert_non_null(strstr(f.origin, "; WDK headers at "));
    dls_flags_free(&f);

    dls_flags_for_file(fx("kmdf_echo/queue.c"), &o, &f);
    assert_string_equal(f.argv[0], "--target=x86_64-pc-windows-msvc");
    dls_flags_free(&f);
    free(kmdf);
    free(km);
    free(root);
}

static void test_fixtures_parse_without_diagnostics(void **state) {
    (void)state;
    unsetenv("WDKContentRoot");
    unsetenv("WindowsSdkDir");
    /* kmdf_echo's driver.c and queue.c parse with the KMDF fallback headers (wdf.h) */
    const char *files[] = {
        "netvmini/common/miniport.c", "netvmini/common/adapter.c",    "netvmini/common/rss.c",
        "kmdf_echo/hwutil.c",         "kmdf_echo/driver.c",           "kmdf_echo/queue.c",
        "legacy_e1k/sys/miniport.c",  "legacy_e1k/common/e1k_util.c", "fwupdate/fwupdate.c"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        dls_flags f;
        dls_flags_for_file(fx(files[i]), NULL, &f);
        assert_null(strstr(f.origin, "default"));
        dls_unit *u = dls_unit_new(fx(files[i]));
        dls_findings out = {0};
        assert_int_equal(dls_unit_parse(u, &f, NULL, 0, &out), 0);
        for (size_t k = 0; k < out.count; k++)
            print_message("%s:%u: %s\n", files[i], out.items[k].range.line, out.items[k].message);
        assert_int_equal(out.count, 0);
        dls_findings_clear(&out);
        dls_unit_free(u);
        dls_flags_free(&f);
    }
}

/* Without its project the same source does not build: the flags are what makes it parse. */
static void test_same_source_without_project_has_errors(void **state) {
    (void)state;
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "cp -r '%s' '%s/copy' && rm '%s'/copy/*.vcxproj*", fx("kmdf_echo"),
             tmp, tmp);
    assert_int_equal(system(cmd), 0);
    char *src = dls_xasprintf("%s/copy/hwutil.c", tmp);
    dls_flags f;
    dls_flags_for_file(src, NULL, &f);
    assert_non_null(strstr(f.origin, "default"));
    dls_unit *u = dls_unit_new(src);
    dls_findings out = {0};
    dls_unit_parse(u, &f, NULL, 0, &out);
    assert_true(out.count > 0);
    assert_int_equal(out.items[0].severity, DLS_SEV_ERROR);
    dls_findings_clear(&out);
    dls_unit_free(u);
    dls_flags_free(&f);
    free(src);
}

int main(void) {
    const char *root = getenv("DRVLS_FIXTURES");
    if (!root) {
        fprintf(stderr, "DRVLS_FIXTURES is not set (run through ctest)\n");
        return 1;
    }
    snprintf(fixtures, sizeof fixtures, "%s/projects", root);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shared_source_first_project_debug_x64),
        cmocka_unit_test(test_release_and_win32_configurations),
        cmocka_unit_test(test_source_excluded_in_one_project),
        cmocka_unit_test(test_headers_listed_by_project_or_filters),
        cmocka_unit_test(test_kmdf_project),
        cmocka_unit_test(test_sources_tree),
        cmocka_unit_test_setup_teardown(test_sources_conditionals, setup_tmp, teardown_tmp),
        cmocka_unit_test(test_list_sources),
        cmocka_unit_test_setup_teardown(test_macros_and_conditions, setup_tmp, teardown_tmp),
        cmocka_unit_test_setup_teardown(test_case_of_windows_paths, setup_tmp, teardown_tmp),
        cmocka_unit_test_setup_teardown(test_utf16_project, setup_tmp, teardown_tmp),
        cmocka_unit_test_setup_teardown(test_malformed_xml, setup_tmp, teardown_tmp),
        cmocka_unit_test_setup_teardown(test_bad_define_user_mode_and_wpp, setup_tmp, teardown_tmp),
        cmocka_unit_test_setup_teardown(test_missing_import_and_cycle, setup_tmp, teardown_tmp),
        cmocka_unit_test_setup_teardown(test_five_megabyte_project, setup_tmp, teardown_tmp),
        cmocka_unit_test_setup_teardown(test_expansion_budget, setup_tmp, teardown_tmp),
        cmocka_unit_test_setup_teardown(test_bad_conditions_and_sln, setup_tmp, teardown_tmp),
        cmocka_unit_test(test_command_line),
        cmocka_unit_test_setup_teardown(test_command_line_with_wdk, setup_tmp, teardown_tmp),
        cmocka_unit_test(test_fixtures_parse_without_diagnostics),
        cmocka_unit_test_setup_teardown(test_same_source_without_project_has_errors, setup_tmp,
                                        teardown_tmp),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
