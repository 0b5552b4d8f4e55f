# Builds the .deb with CPack in a scratch folder and checks it, one step per ctest:
#   build      cpack, and the .deb unpacked beside it          (packaging_deb_build)
#   contents   its files, its Depends, no RUNPATH, stripped    (packaging_deb)
#   lintian    no error or warning from lintian                (packaging_lintian)
#   hardening  hardening-check on the executable               (packaging_hardening)
# Usage: cmake -DSTEP=<step> -DBUILD_DIR=<build> -DOUT_DIR=<scratch> [-DREADELF=<readelf>]
#              [-DLINTIAN=<lintian>] [-DHARDENING_CHECK=<hardening-check>] -P check-deb.cmake
set(root "${OUT_DIR}/root")
set(executable "${root}/usr/bin/partnerdesk")

if(STEP STREQUAL "build")
    file(REMOVE_RECURSE "${OUT_DIR}")
    file(MAKE_DIRECTORY "${OUT_DIR}")
    execute_process(
        COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB -B "${OUT_DIR}" --config "${BUILD_DIR}/CPackConfig.cmake"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "cpack failed:\n${output}")
    endif()
endif()

file(GLOB debs "${OUT_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found: ${debs}")
endif()

if(STEP STREQUAL "build")
    execute_process(COMMAND dpkg-deb --extract ${debs} "${root}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "dpkg-deb --extract ${debs} failed")
    endif()
    message(STATUS "Built ${debs}")

elseif(STEP STREQUAL "contents")
    execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends RESULT_VARIABLE result)
    execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents)
    message(STATUS "Depends: ${depends}")
    foreach(package libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n libqt6widgets6 libsodium23)
        if(NOT depends MATCHES "(^|, )${package}( |,|$)")
            message(FATAL_ERROR "the .deb does not depend on ${package}: ${depends}")
        endif()
    endforeach()
    set(paths usr/bin/partnerdesk usr/share/applications/org.partnerdesk.PartnerDesk.desktop
        usr/share/metainfo/org.partnerdesk.PartnerDesk.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/org.partnerdesk.PartnerDesk.svg
        usr/share/doc/partnerdesk/copyright usr/share/doc/partnerdesk/changelog.gz
        usr/share/man/man1/partnerdesk.1.gz)
    foreach(size 16 22 24 32 48 64 128 256)
        list(APPEND paths usr/share/icons/hicolor/${size}x${size}/apps/org.partnerdesk.PartnerDesk.png)
    endforeach()
    foreach(path IN LISTS paths)
        string(FIND "${contents}" "./${path}\n" found)
        if(found EQUAL -1)
            message(FATAL_ERROR "the .deb lacks /${path}")
        endif()
    endforeach()
    # Qt and every other library are in the system's folders: the executable names no folder to
    # look in (RPATH/RUNPATH), and carries no symbol table or debug information.
    if(READELF)
        execute_process(COMMAND "${READELF}" --dynamic --section-headers --wide "${executable}"
            OUTPUT_VARIABLE elf RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "readelf could not read /usr/bin/partnerdesk")
        endif()
        if(elf MATCHES "\\((RPATH|RUNPATH)\\)[^\n]*")
            message(FATAL_ERROR "/usr/bin/partnerdesk has ${CMAKE_MATCH_0}")
        endif()
        if(elf MATCHES " \\.(symtab|debug_[a-z]+) ")
            message(FATAL_ERROR "/usr/bin/partnerdesk is not stripped: it has a .${CMAKE_MATCH_1} section")
        endif()
    endif()

elseif(STEP STREQUAL "lintian")
    # Every tag, info and pedantic ones included, is printed; an error or a warning fails. Nothing
    # is overridden or suppressed.
    execute_process(
        COMMAND "${LINTIAN}" --no-cfg --fail-on error,warning --display-info --pedantic
                --tag-display-limit 0 --color never ${debs}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    message(STATUS "lintian ${debs}:\n${output}${errors}")
    if(NOT result EQUAL 0 OR output MATCHES "(^|\n)[EW]: ")
        message(FATAL_ERROR "lintian found errors or warnings (exit code ${result})")
    endif()

elseif(STEP STREQUAL "hardening")
    # Debian 12 can't pass two of hardening-check's tests: control flow integrity needs the
    # IBT/SHSTK property, which glibc's start files (crt1.o) lack, so no binary of Debian 12 has
    # it; and the fortify test wants a __*_chk call, which -D_FORTIFY_SOURCE=2 emits only where a
    # buffer's size is known at compile time and the call isn't proven safe: in PartnerDesk,
    # memcpy and memmove work on Qt's containers, of sizes known at run time only.
    execute_process(COMMAND "${HARDENING_CHECK}" --nocfprotection --nofortify "${executable}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    message(STATUS "${output}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "hardening-check failed on /usr/bin/partnerdesk")
    endif()

else()
    message(FATAL_ERROR "unknown STEP \"${STEP}\": build, contents, lintian or hardening")
endif()
