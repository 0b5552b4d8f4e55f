# Builds the .deb with CPack in a scratch folder and checks what people install it for:
# its files and the runtime packages Qt only loads at run time (ctest: packaging_deb).
# Usage: cmake -DBUILD_DIR=<build> -DOUT_DIR=<scratch> -P check-deb.cmake
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
execute_process(
    COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB -B "${OUT_DIR}" --config "${BUILD_DIR}/CPackConfig.cmake"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${output}")
endif()
file(GLOB debs "${OUT_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends RESULT_VARIABLE result)
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents)
message(STATUS "Depends: ${depends}")
foreach(package libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n libqt6widgets6 libsodium23)
    if(NOT depends MATCHES "(^|, )${package}( |,|$)")
        message(FATAL_ERROR "the .deb does not depend on ${package}: ${depends}")
    endif()
endforeach()
foreach(path usr/bin/partnerdesk usr/share/applications/org.partnerdesk.PartnerDesk.desktop
        usr/share/metainfo/org.partnerdesk.PartnerDesk.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/org.partnerdesk.PartnerDesk.svg)
    string(FIND "${contents}" "./${path}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "the .deb lacks /${path}")
    endif()
endforeach()
file(REMOVE_RECURSE "${OUT_DIR}")
