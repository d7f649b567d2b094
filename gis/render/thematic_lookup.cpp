#include "gis/render/thematic_lookup.h"

#include <algorithm>
#include <cmath>

namespace atlas::gis {
namespace {

bool isNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

}  // namespace

ThematicLookup::ThematicLookup(const core::StyleClassification& thematic) : m_kind(thematic.kind)
{
    for (qsizetype i = 0; i < thematic.categories.size(); ++i) {
        const QString& value = thematic.categories[i].value;
        m_byText.insert(value, int(i));
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok && !m_byNumber.contains(number))
            m_byNumber.insert(number, int(i));
    }
    for (const core::StyleClass& c : thematic.classes) {
        m_lower.push_back(c.lower);
        m_upper.push_back(c.upper);
    }
}

int ThematicLookup::indexOf(const QVariant& value) const
{
    if (value.isNull())
        return -1;
    if (m_kind == core::ClassificationKind::Categorized) {
        // Numbers compare as numbers: no text is made for each feature.
        if (isNumber(value))
            return m_byNumber.value(value.toDouble(), -1);
        return m_byText.value(value.toString(), -1);
    }
    if (m_kind != core::ClassificationKind::Graduated)
        return -1;
    bool ok = isNumber(value);
    const double v = ok ? value.toDouble() : value.toString().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return -1;
    const auto it = std::lower_bound(m_upper.begin(), m_upper.end(), v);
    if (it == m_upper.end())
        return -1;
    const auto i = std::size_t(it - m_upper.begin());
    return v >= m_lower[i] ? int(i) : -1;
}

}  // namespace atlas::gis
