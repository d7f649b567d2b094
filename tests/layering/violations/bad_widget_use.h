#pragma once
// Fixture for layering_check_detects_widgets: three includes the check must flag,
// and look-alikes it must not (QtGui's QAction, a comment, a similar name).

#include <QAction>
#include <QDialog>
#include <QtWidgets/QLabel>
#include "qwidget.h"
#include <QImage>
// #include <QMainWindow> is only a comment
#include <QWidgetsLookAlike>
