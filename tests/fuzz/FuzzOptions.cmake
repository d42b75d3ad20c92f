# FuzzOptions.cmake - compile options for a -DDRVLS_FUZZ=ON build (included by the top-level
# CMakeLists.txt before any target is defined): every library is built with libFuzzer's coverage
# instrumentation plus AddressSanitizer and UndefinedBehaviorSanitizer, so the fuzz targets under
# tests/fuzz see the code they exercise. libFuzzer comes with clang only:
#   CC=clang cmake -S . -B build-fuzz -DDRVLS_FUZZ=ON
if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "DRVLS_FUZZ=ON needs clang as the C compiler (libFuzzer): "
                      "CC=clang cmake -S . -B build-fuzz -DDRVLS_FUZZ=ON")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                    -fno-sanitize-recover=undefined -g)
add_link_options(-fsanitize=address,undefined)
