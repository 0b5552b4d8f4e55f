# Checks the manual page (ctest: packaging_manpage): man formats it without a warning, run as
# lintian runs it, and its OPTIONS are those "partnerdesk --help" lists, with the same values.
# Usage: cmake -DPARTNERDESK=<executable> -DMANPAGE=<partnerdesk.1> [-DMAN=<man>] -P check-manpage.cmake
if(MAN)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 MANROFFSEQ= MANWIDTH=80
                "${MAN}" --warnings -E UTF-8 -l -Tutf8 -Z "${MANPAGE}"
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE warnings)
    if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
        message(FATAL_ERROR "man --warnings on ${MANPAGE} (exit code ${result}):\n${warnings}")
    endif()
endif()

# --help's options, as "-h, --help" or "--database <workspace>".
execute_process(COMMAND "${PARTNERDESK}" --language en --help
    RESULT_VARIABLE result OUTPUT_VARIABLE help ERROR_VARIABLE help)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "partnerdesk --help failed (exit code ${result}):\n${help}")
endif()
string(REGEX MATCHALL "\n  (-[a-zA-Z?], )?--[a-z-]+( <[a-z]+>)?" help_options "${help}")
list(TRANSFORM help_options STRIP)

# The page's: the line after each .TP of OPTIONS, e.g. '.BR \-h ", " \-\-help' or
# '.BI \-\-database " workspace"'.
file(STRINGS "${MANPAGE}" lines)
set(section "")
set(after_tp FALSE)
set(page_options)
foreach(line IN LISTS lines)
    if(line MATCHES "^\\.SH (.*)")
        set(section "${CMAKE_MATCH_1}")
    elseif(line STREQUAL ".TP")
        set(after_tp TRUE)
        continue()
    elseif(after_tp AND section STREQUAL "OPTIONS" AND line MATCHES "^\\.B[IR]? ")
        string(REPLACE "\\-" "-" option "${line}")
        if(option MATCHES "^\\.BR (-[a-zA-Z?]) \", \" (--[a-z-]+)$")
            list(APPEND page_options "${CMAKE_MATCH_1}, ${CMAKE_MATCH_2}")
        elseif(option MATCHES "^\\.BI (--[a-z-]+) \" ([a-z]+)\"$")
            list(APPEND page_options "${CMAKE_MATCH_1} <${CMAKE_MATCH_2}>")
        elseif(option MATCHES "^\\.B (--[a-z-]+)$")
            list(APPEND page_options "${CMAKE_MATCH_1}")
        else()
            message(FATAL_ERROR "${MANPAGE}: an option line the check doesn't read: ${line}")
        endif()
    endif()
    set(after_tp FALSE)
endforeach()

if(NOT help_options STREQUAL page_options)
    message(FATAL_ERROR "the OPTIONS of ${MANPAGE} are not those of --help, in its order\n"
        "  --help:   ${help_options}\n  man page: ${page_options}")
endif()
list(LENGTH page_options count)
message(STATUS "${count} options, as --help lists them: ${page_options}")
