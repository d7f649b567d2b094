#include "core/model/style_classification.h"

#include "core/model/class_breaks.h"
#include "core/model/colour_ramp.h"

#include <algorithm>
#include <cmath>

namespace atlas::core {

int StyleClassification::categoryIndex(const QString& value) const
{
    for (qsizetype i = 0; i < categories.size(); ++i)
        if (categories[i].value == value)
            return int(i);
    return -1;
}

int StyleClassification::classIndex(double value) const
{
    if (classes.isEmpty() || !std::isfinite(value))
        return -1;
    // First class whose upper bound holds the value; below its lower bound means a gap.
    const auto it = std::lower_bound(classes.cbegin(), classes.cend(), value,
                                     [](const StyleClass& c, double v) { return c.upper < v; });
    if (it == classes.cend() || value < it->lower)
        return -1;
    return int(it - classes.cbegin());
}

const char* classMethodName(ClassMethod m)
{
    switch (m) {
    case ClassMethod::EqualInterval: return "equal";
    case ClassMethod::Quantile: return "quantile";
    case ClassMethod::Jenks: break;
    }
    return "jenks";
}

bool classMethodFromName(const QString& name, ClassMethod& out)
{
    for (ClassMethod m : {ClassMethod::EqualInterval, ClassMethod::Quantile, ClassMethod::Jenks}) {
        if (name == QLatin1String(classMethodName(m))) {
            out = m;
            return true;
        }
    }
    return false;
}

const char* classificationKindName(ClassificationKind k)
{
    switch (k) {
    case ClassificationKind::Categorized: return "categorized";
    case ClassificationKind::Graduated: return "graduated";
    case ClassificationKind::Single: break;
    }
    return "single";
}

ClassificationKind classificationKindFromName(const QString& name)
{
    if (name == QLatin1String("categorized"))
        return ClassificationKind::Categorized;
    if (name == QLatin1String("graduated"))
        return ClassificationKind::Graduated;
    return ClassificationKind::Single;
}

QString classLabel(const StyleClass& c)
{
    if (!c.label.isEmpty())
        return c.label;
    return QStringLiteral("%1 – %2").arg(QString::number(c.lower, 'g', 6), QString::number(c.upper, 'g', 6));
}

StyleClassification categorize(const QString& field, QStringList distinctValues, const QString& ramp)
{
    distinctValues.removeAll(QString());
    distinctValues.removeDuplicates();
    // Numbers in numeric order, text in text order.
    bool allNumbers = true;
    for (const QString& v : distinctValues) {
        bool ok = false;
        v.toDouble(&ok);
        allNumbers = allNumbers && ok;
    }
    if (allNumbers)
        std::sort(distinctValues.begin(), distinctValues.end(),
                  [](const QString& a, const QString& b) { return a.toDouble() < b.toDouble(); });
    else
        std::sort(distinctValues.begin(), distinctValues.end());
    StyleClassification c;
    c.kind = ClassificationKind::Categorized;
    c.field = field;
    c.ramp = ramp;
    const QList<QColor> colours = rampColours(ramp, int(distinctValues.size()));
    for (qsizetype i = 0; i < distinctValues.size(); ++i)
        c.categories << StyleCategory{distinctValues[i], colours[i], {}};
    return c;
}

StyleClassification graduate(const QString& field, const QList<double>& values, int classes, ClassMethod method,
                             const QString& ramp)
{
    StyleClassification c;
    c.kind = ClassificationKind::Graduated;
    c.field = field;
    c.ramp = ramp;
    c.method = method;
    const QList<double> b = classBreaks(values, classes, method);
    if (b.size() < 2)
        return c;
    const QList<QColor> colours = rampColours(ramp, int(b.size() - 1));
    for (qsizetype i = 0; i + 1 < b.size(); ++i)
        c.classes << StyleClass{b[i], b[i + 1], colours[i], {}};
    return c;
}

}  // namespace atlas::core
