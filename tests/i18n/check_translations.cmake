# Fails when a string given to tr() in the scanned sources has no finished translation
# in one of the .ts files: French and Dutch ship complete, not English with holes.
#
#   cmake -DSCAN_DIRS="dir1|dir2" -DTS_FILES="atlas_fr.ts|atlas_nl.ts" [-DEXPECT_MISSING=n]
#         -P check_translations.cmake
#
# Only single-literal calls are checked (tr("…"), tr("…", "disambiguation") and
# QCoreApplication::translate("context", "…")); lupdate itself
# is too slow for a test. EXPECT_MISSING lets a second test prove that the check bites.

cmake_minimum_required(VERSION 3.25)

foreach(required SCAN_DIRS TS_FILES)
  if(NOT ${required})
    message(FATAL_ERROR "${required} is required")
  endif()
endforeach()
string(REPLACE "|" ";" SCAN_DIRS "${SCAN_DIRS}")
string(REPLACE "|" ";" TS_FILES "${TS_FILES}")

# Both sides are brought to one spelling first: the XML entities lupdate writes become
# their characters, and the characters that would break CMake lists or the regular
# expressions (; [ ] < >) become placeholders.
function(normalise text out xml)
  if(xml)
    string(REPLACE "&quot;" "\"" text "${text}")
    string(REPLACE "&apos;" "'" text "${text}")
    string(REPLACE "&lt;" "@LT@" text "${text}")
    string(REPLACE "&gt;" "@GT@" text "${text}")
    string(REPLACE "&amp;" "&" text "${text}")
  else()
    string(REPLACE "<" "@LT@" text "${text}")
    string(REPLACE ">" "@GT@" text "${text}")
  endif()
  string(REPLACE ";" "@SEMI@" text "${text}")
  string(REPLACE "[" "@LB@" text "${text}")
  string(REPLACE "]" "@RB@" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The sources with a finished translation, per .ts file.
set(ts_index 0)
foreach(ts IN LISTS TS_FILES)
  file(READ "${ts}" content)
  string(REPLACE ";" "@SEMI@" content "${content}")
  string(REPLACE "[" "@LB@" content "${content}")
  string(REPLACE "]" "@RB@" content "${content}")
  # A finished translation is text, or for plurals (%n) one or more non-empty numerus forms;
  # comments of any kind may sit between the source and the translation.
  string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<[a-z]*comment>[^<]*</[a-z]*comment>[ \t\r\n]*)*<translation>([^<]*[^< \t\r\n][^<]*|[ \t\r\n]*(<numerusform>[^<]+</numerusform>[ \t\r\n]*)+)</translation>"
         finished "${content}")
  set(sources "")
  foreach(message IN LISTS finished)
    string(REGEX REPLACE "^<source>([^<]*)</source>.*$" "\\1" source "${message}")
    string(REPLACE "@SEMI@" ";" source "${source}")
    string(REPLACE "@LB@" "[" source "${source}")
    string(REPLACE "@RB@" "]" source "${source}")
    normalise("${source}" source TRUE)
    list(APPEND sources "${source}")
  endforeach()
  set(finished_${ts_index} "${sources}")
  math(EXPR ts_index "${ts_index} + 1")
endforeach()

set(missing 0)
foreach(dir IN LISTS SCAN_DIRS)
  file(GLOB_RECURSE files "${dir}/*.cpp" "${dir}/*.h")
  foreach(file IN LISTS files)
    file(READ "${file}" code)
    string(REPLACE ";" "@SEMI@" code "${code}")
    string(REPLACE "[" "@LB@" code "${code}")
    string(REPLACE "]" "@RB@" code "${code}")
    # tr("…") and QCoreApplication::translate("context", "…")
    string(REGEX MATCHALL "[^a-zA-Z_]tr\\(\"([^\"\\\\]|\\\\.)*\"[,)]" calls "${code}")
    string(REGEX MATCHALL "translate\\(\"[^\"]*\",[ \t\r\n]*\"([^\"\\\\]|\\\\.)*\"[,)]" translates "${code}")
    foreach(call IN LISTS calls translates)
      string(REGEX REPLACE "^(.tr|translate)\\((\"[^\"]*\",[ \t\r\n]*)?\"(.*)\"[,)]$" "\\3" text "${call}")
      # C escapes as the compiler reads them.
      string(REPLACE "\\\"" "\"" text "${text}")
      string(REPLACE "\\n" "\n" text "${text}")
      string(REPLACE "\\\\" "\\" text "${text}")
      string(REPLACE "@SEMI@" ";" text "${text}")
      string(REPLACE "@LB@" "[" text "${text}")
      string(REPLACE "@RB@" "]" text "${text}")
      normalise("${text}" text FALSE)
      set(i 0)
      foreach(ts IN LISTS TS_FILES)
        list(FIND finished_${i} "${text}" found)
        if(found EQUAL -1)
          file(RELATIVE_PATH where "${CMAKE_CURRENT_LIST_DIR}/../.." "${file}")
          get_filename_component(ts_name "${ts}" NAME)
          string(REPLACE "@SEMI@" ";" shown "${text}")
          string(REPLACE "@LB@" "[" shown "${shown}")
          string(REPLACE "@RB@" "]" shown "${shown}")
          string(REPLACE "@LT@" "<" shown "${shown}")
          string(REPLACE "@GT@" ">" shown "${shown}")
          message("${where}: \"${shown}\" has no finished translation in ${ts_name}")
          math(EXPR missing "${missing} + 1")
        endif()
        math(EXPR i "${i} + 1")
      endforeach()
    endforeach()
  endforeach()
endforeach()

if(DEFINED EXPECT_MISSING)
  if(NOT missing EQUAL EXPECT_MISSING)
    message(FATAL_ERROR "expected ${EXPECT_MISSING} missing translations, found ${missing}")
  endif()
elseif(missing GREATER 0)
  message(FATAL_ERROR "${missing} missing translation(s); add them to the .ts files")
endif()
