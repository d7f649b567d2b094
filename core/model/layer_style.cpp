#include "core/model/layer_style.h"

#include <array>

namespace atlas::core {
namespace {

// One table per enum, in enum order, read both ways.
template <typename E, std::size_t N>
const char* nameOf(const std::array<const char*, N>& names, E value)
{
    const auto i = std::size_t(value);
    return i < N ? names[i] : names[0];
}

template <typename E, std::size_t N>
bool valueOf(const std::array<const char*, N>& names, const QString& name, E& out)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i])) {
            out = E(i);
            return true;
        }
    return false;
}

template <std::size_t N>
QStringList namesOf(const std::array<const char*, N>& names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromLatin1(n);
    return out;
}

constexpr std::array<const char*, 4> kMarkers = {"circle", "square", "triangle", "diamond"};
constexpr std::array<const char*, 4> kDashes = {"solid", "dash", "dot", "dash-dot"};
constexpr std::array<const char*, 2> kUnits = {"px", "mm"};
constexpr std::array<const char*, 6> kBlends = {"normal", "multiply", "screen", "overlay", "darken", "lighten"};

}  // namespace

const char* markerShapeName(MarkerShape m) { return nameOf(kMarkers, m); }
bool markerShapeFromName(const QString& name, MarkerShape& out) { return valueOf(kMarkers, name, out); }
const char* strokeDashName(StrokeDash d) { return nameOf(kDashes, d); }
bool strokeDashFromName(const QString& name, StrokeDash& out) { return valueOf(kDashes, name, out); }
const char* sizeUnitName(SizeUnit u) { return nameOf(kUnits, u); }
bool sizeUnitFromName(const QString& name, SizeUnit& out) { return valueOf(kUnits, name, out); }
const char* blendModeName(BlendMode b) { return nameOf(kBlends, b); }
bool blendModeFromName(const QString& name, BlendMode& out) { return valueOf(kBlends, name, out); }
QStringList markerShapeNames() { return namesOf(kMarkers); }
QStringList strokeDashNames() { return namesOf(kDashes); }
QStringList sizeUnitNames() { return namesOf(kUnits); }
QStringList blendModeNames() { return namesOf(kBlends); }

}  // namespace atlas::core
