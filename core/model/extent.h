#pragma once
// An axis-aligned rectangle in map units (x east, y north).

#include <QPointF>
#include <QString>

namespace atlas::core {

struct Extent {
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;

    static Extent null() { return {1, 1, 0, 0}; }
    bool isNull() const { return xMin > xMax || yMin > yMax; }
    double width() const { return xMax - xMin; }
    double height() const { return yMax - yMin; }
    QPointF center() const { return {(xMin + xMax) / 2, (yMin + yMax) / 2}; }

    Extent united(const Extent& other) const;
    bool intersects(const Extent& other) const;
    // Grows by `fraction` of its size on each side (0.05 = 5 %).
    Extent buffered(double fraction) const;
    // Same centre, scaled so that its aspect ratio matches width/height.
    Extent fittedTo(double width, double height) const;

    // "minx,miny,maxx,maxy"; parse returns a null extent on malformed text.
    QString toString() const;
    static Extent parse(const QString& text);

    bool operator==(const Extent&) const = default;
};

}  // namespace atlas::core
