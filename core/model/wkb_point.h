#pragma once
// Points as well-known binary, so core can place a fiche without a geometry library.

#include <QByteArray>
#include <QPointF>
#include <optional>

namespace atlas::core {

// Little-endian 2D WKB point (21 bytes).
QByteArray pointWkb(double x, double y);
// The coordinates of a 2D WKB point (either byte order); nullopt for anything else.
std::optional<QPointF> wkbPoint(const QByteArray& wkb);

}  // namespace atlas::core
