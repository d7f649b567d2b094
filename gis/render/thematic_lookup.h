#pragma once
// Finds a feature's category or class from its attribute, with lookups built once per render.

#include "core/model/style_classification.h"

#include <QHash>
#include <QVariant>
#include <vector>

namespace atlas::gis {

class ThematicLookup {
public:
    explicit ThematicLookup(const core::StyleClassification& thematic);

    // Index into the categories or classes, or -1 (no match, NULL, not a number).
    int indexOf(const QVariant& value) const;

private:
    core::ClassificationKind m_kind;
    QHash<QString, int> m_byText;
    QHash<double, int> m_byNumber;  // categories whose value reads as a number
    std::vector<double> m_lower, m_upper;
};

}  // namespace atlas::gis
