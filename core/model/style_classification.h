#pragma once
// How a layer's features get their colour: one symbol, categories of a field, or classes of a number.

#include <QColor>
#include <QList>
#include <QString>

namespace atlas::core {

enum class ClassificationKind { Single, Categorized, Graduated };
enum class ClassMethod { EqualInterval, Quantile, Jenks };

// A feature whose field, as text, equals `value` is drawn in `colour`.
struct StyleCategory {
    QString value;
    QColor colour;
    QString label;  // shown in legends; the value when empty
    bool operator==(const StyleCategory&) const = default;
};

// A feature whose number lies in [lower, upper] (the first class that holds it) is drawn in `colour`.
struct StyleClass {
    double lower = 0;
    double upper = 0;
    QColor colour;
    QString label;  // shown in legends; "lower – upper" when empty
    bool operator==(const StyleClass&) const = default;
};

struct StyleClassification {
    ClassificationKind kind = ClassificationKind::Single;
    QString field;  // attribute classified; unused for Single
    QString ramp;   // colour ramp the colours came from (kept to recolour later)
    ClassMethod method = ClassMethod::Quantile;  // Graduated only
    QList<StyleCategory> categories;              // Categorized only
    QList<StyleClass> classes;                    // Graduated only, ascending

    bool isThematic() const { return kind != ClassificationKind::Single && !field.isEmpty(); }
    // Index into categories/classes for a value, or -1 (no match, NULL, not a number).
    int categoryIndex(const QString& value) const;
    int classIndex(double value) const;
    bool operator==(const StyleClassification&) const = default;
};

const char* classMethodName(ClassMethod m);
// Accepts "equal", "quantile", "jenks"; false for anything else.
bool classMethodFromName(const QString& name, ClassMethod& out);
const char* classificationKindName(ClassificationKind k);
ClassificationKind classificationKindFromName(const QString& name);

// The label a legend shows for a class (its own label, or its bounds).
QString classLabel(const StyleClass& c);

// A categorized classification of `field` over its distinct values (sorted, NULLs dropped),
// coloured from the qualitative ramp `ramp`.
StyleClassification categorize(const QString& field, QStringList distinctValues, const QString& ramp);
// A graduated classification of `field` in at most `classes` classes over `values`
// (NaNs dropped), coloured from the sequential ramp `ramp`. No classes when no values.
StyleClassification graduate(const QString& field, const QList<double>& values, int classes, ClassMethod method,
                             const QString& ramp);

}  // namespace atlas::core
