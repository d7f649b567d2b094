#include "core/model/colour_ramp.h"

#include <array>
#include <cmath>
#include <initializer_list>
#include <vector>

namespace atlas::core {
namespace {

struct Ramp {
    const char* name;
    bool qualitative;
    std::vector<QRgb> stops;
};

// Stops of the usual published ramps (matplotlib's Viridis, ColorBrewer's, Tableau 10).
const std::vector<Ramp>& ramps()
{
    static const std::vector<Ramp> all = {
        {"Viridis", false, {0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725}},
        {"YlOrRd", false, {0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026}},
        {"Blues", false, {0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b}},
        {"Greens", false, {0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x006d2c, 0x00441b}},
        {"Reds", false, {0xfee0d2, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xef3b2c, 0xcb181d, 0xa50f15, 0x67000d}},
        {"RdYlGn", false, {0xa50026, 0xd73027, 0xf46d43, 0xfdae61, 0xfee08b, 0xffffbf, 0xd9ef8b, 0xa6d96a, 0x66bd63, 0x1a9850, 0x006837}},
        // Hypsometric tints for elevation: lowland greens, yellow and brown hills, pale summits.
        {"Terrain", false, {0x1a7a3c, 0x4fa64a, 0xa6d96a, 0xf2e9a0, 0xd9b26b, 0xa86f3e, 0x8c6a55, 0xf0ece8}},
        {"Greys", false, {0x000000, 0x252525, 0x525252, 0x737373, 0x969696, 0xbdbdbd, 0xd9d9d9, 0xffffff}},
        {"Tableau", true, {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac}},
        {"Set2", true, {0x66c2a5, 0xfc8d62, 0x8da0cb, 0xe78ac3, 0xa6d854, 0xffd92f, 0xe5c494, 0xb3b3b3}},
        {"Paired", true, {0xa6cee3, 0x1f78b4, 0xb2df8a, 0x33a02c, 0xfb9a99, 0xe31a1c, 0xfdbf6f, 0xff7f00, 0xcab2d6, 0x6a3d9a}},
    };
    return all;
}

const Ramp* find(const QString& name)
{
    for (const Ramp& r : ramps())
        if (name.compare(QLatin1String(r.name), Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

QStringList names(bool qualitative)
{
    QStringList out;
    for (const Ramp& r : ramps())
        if (r.qualitative == qualitative)
            out << QString::fromLatin1(r.name);
    return out;
}

QColor mix(QRgb a, QRgb b, double t)
{
    auto channel = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(channel(qRed(a), qRed(b)), channel(qGreen(a), qGreen(b)), channel(qBlue(a), qBlue(b)));
}

}  // namespace

QStringList sequentialRampNames() { return names(false); }
QStringList qualitativeRampNames() { return names(true); }
bool isRampName(const QString& name) { return find(name) != nullptr; }

QList<QColor> rampColours(const QString& name, int count)
{
    const Ramp* ramp = find(name);
    if (!ramp)
        ramp = &ramps().front();
    QList<QColor> out;
    const auto& stops = ramp->stops;
    const auto n = qsizetype(stops.size());
    for (int i = 0; i < count; ++i) {
        if (ramp->qualitative) {
            // Past the ramp's end, each round is a little lighter so colours stay distinct.
            const QColor c = QColor::fromRgb(stops[std::size_t(i % n)]);
            // Through rgb(): exact 8-bit channels, so the colour survives the style JSON unchanged.
            out << (i < n ? c : QColor(c.lighter(100 + 25 * int(i / n)).rgb()));
            continue;
        }
        const double t = count == 1 ? 1.0 : double(i) / (count - 1) * double(n - 1);
        const auto lo = std::size_t(std::min<double>(std::floor(count == 1 ? double(n - 1) : t), double(n - 1)));
        const std::size_t hi = std::min(lo + 1, std::size_t(n - 1));
        out << mix(stops[lo], stops[hi], count == 1 ? 0.0 : t - double(lo));
    }
    return out;
}

}  // namespace atlas::core
