#include "gis/render/line_label.h"

#include <QLineF>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas::gis {

double polylineLength(const QPolygonF& line)
{
    double total = 0;
    for (qsizetype i = 1; i < line.size(); ++i)
        total += QLineF(line[i - 1], line[i]).length();
    return total;
}

LinePlacement placeOnLine(const QPolygonF& line)
{
    LinePlacement out;
    out.length = polylineLength(line);
    if (line.isEmpty())
        return out;
    out.anchor = line.first();
    double remaining = out.length / 2;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QLineF segment(line[i - 1], line[i]);
        const double l = segment.length();
        if (l <= 0)
            continue;
        if (remaining <= l || i + 1 == line.size()) {
            out.anchor = segment.pointAt(std::min(1.0, remaining / l));
            out.angle = std::atan2(segment.dy(), segment.dx()) * 180.0 / std::numbers::pi;
            break;
        }
        remaining -= l;
    }
    if (out.angle > 90)
        out.angle -= 180;
    else if (out.angle <= -90)
        out.angle += 180;
    return out;
}

}  // namespace atlas::gis
