#pragma once
// tr() for the free functions of core/ and gis/: their messages live in one context per layer.

#include <QCoreApplication>
#include <QString>

namespace atlas::core {
inline QString tr(const char* text)
{
    return QCoreApplication::translate("atlas::core", text);
}
}  // namespace atlas::core

namespace atlas::gis {
inline QString tr(const char* text)
{
    return QCoreApplication::translate("atlas::gis", text);
}
}  // namespace atlas::gis
