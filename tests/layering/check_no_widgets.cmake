# Fails when a source under the scanned folders includes a QtWidgets header: core and
# gis must stay usable headless (atlas-cli, server, worker threads).
#
#   cmake -DSCAN_DIRS="dir1|dir2" -DWIDGETS_HEADERS_DIR=<qt6>/QtWidgets
#         [-DOTHER_QT_DIRS="<qt6>/QtGui|<qt6>/QtCore"] [-DEXPECT_VIOLATIONS=n]
#         -P check_no_widgets.cmake
#
# Lists use "|" (a ";" would be split by add_test). EXPECT_VIOLATIONS lets a second
# test prove that the check bites on a known-bad folder.

cmake_minimum_required(VERSION 3.25)

if(NOT SCAN_DIRS)
  message(FATAL_ERROR "SCAN_DIRS is required")
endif()
string(REPLACE "|" ";" SCAN_DIRS "${SCAN_DIRS}")
string(REPLACE "|" ";" OTHER_QT_DIRS "${OTHER_QT_DIRS}")

# Headers of QtWidgets (QWidget, qdialog.h, ...), taken from the installed Qt so the
# list is complete; names QtGui/QtCore also ship (e.g. the qaction.h forwarder) are
# not counted. The fixed list keeps the check meaningful if the folder is missing.
set(widget_names QtWidgets QWidget QMainWindow QDialog QApplication QPushButton QLabel
    QMessageBox QFileDialog QDockWidget QToolBar QMenu QMenuBar QStatusBar QLayout
    QVBoxLayout QHBoxLayout QGraphicsView QTreeView QListView QTableView QLineEdit)
if(WIDGETS_HEADERS_DIR AND IS_DIRECTORY "${WIDGETS_HEADERS_DIR}")
  file(GLOB qt_files RELATIVE "${WIDGETS_HEADERS_DIR}" "${WIDGETS_HEADERS_DIR}/*")
  list(APPEND widget_names ${qt_files})
endif()
foreach(other IN LISTS OTHER_QT_DIRS)
  if(IS_DIRECTORY "${other}")
    file(GLOB other_files RELATIVE "${other}" "${other}/*")
    list(REMOVE_ITEM widget_names ${other_files})
  endif()
endforeach()
list(REMOVE_DUPLICATES widget_names)

set(files)
foreach(dir IN LISTS SCAN_DIRS)
  file(GLOB_RECURSE found "${dir}/*.h" "${dir}/*.hpp" "${dir}/*.cpp" "${dir}/*.cc")
  list(APPEND files ${found})
endforeach()
list(LENGTH files file_count)
if(file_count EQUAL 0)
  message(FATAL_ERROR "no source files found under: ${SCAN_DIRS}")
endif()

set(violations 0)
foreach(file IN LISTS files)
  file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    # <QtWidgets/...>, <QtWidgets>, <qwidget.h> or a class header such as <QDialog>.
    if(line MATCHES "#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
      set(header "${CMAKE_MATCH_1}")
      set(bad FALSE)
      if(header MATCHES "^QtWidgets(/|$)")
        set(bad TRUE)
      elseif(header IN_LIST widget_names)
        set(bad TRUE)
      endif()
      if(bad)
        message("widgets include in ${file}: ${line}")
        math(EXPR violations "${violations} + 1")
      endif()
    endif()
  endforeach()
endforeach()

if(DEFINED EXPECT_VIOLATIONS)
  if(NOT violations EQUAL EXPECT_VIOLATIONS)
    message(FATAL_ERROR "expected ${EXPECT_VIOLATIONS} widgets include(s), found ${violations}")
  endif()
  message("found the ${violations} expected widgets include(s) in ${file_count} file(s)")
elseif(violations GREATER 0)
  message(FATAL_ERROR "${violations} QtWidgets include(s) under ${SCAN_DIRS}: core/ and gis/ must not use widgets")
else()
  message("no QtWidgets include in ${file_count} file(s)")
endif()
