#include "gis/render/layer_classifier.h"

#include "core/model/translate.h"

#include <QSet>
#include <cmath>

namespace atlas::gis {
namespace {

// Every value of `field`, or an error naming the field and the ones the layer has.
core::Result<QVariantList> readField(LayerSource& source, const QString& field, const std::atomic<bool>* cancel)
{
    QStringList names;
    for (const FieldInfo& f : source.fields())
        names << f.name;
    if (!names.contains(field))
        return core::Error{{}, field, tr("the layer has no field of that name (fields: %1)").arg(names.join(QStringLiteral(", ")))};
    FeatureRequest request;
    request.fields << field;
    auto it = source.features(request);
    if (!it)
        return core::Error{{}, field, tr("the layer cannot be read")};
    QVariantList values;
    Feature feature;
    while (it->next(feature)) {
        if (cancel && values.size() % 4096 == 0 && cancel->load())
            return core::Error{{}, field, tr("cancelled")};
        values << feature.attributes.value(0);
    }
    return values;
}

}  // namespace

core::Result<core::StyleClassification> categorizeLayer(LayerSource& source, const QString& field,
                                                        const QString& ramp, const std::atomic<bool>* cancel)
{
    auto values = readField(source, field, cancel);
    if (!values)
        return values.error();
    QSet<QString> distinct;
    for (const QVariant& v : values.value()) {
        if (v.isNull())
            continue;
        distinct.insert(v.toString());
        if (distinct.size() > kMaxCategories)
            return core::Error{{}, field, tr("the field has more than %1 distinct values; use a graduated style or another field")
                                              .arg(kMaxCategories)};
    }
    if (distinct.isEmpty())
        return core::Error{{}, field, tr("the field has no values to categorize (all NULL or no features)")};
    return core::categorize(field, QStringList(distinct.cbegin(), distinct.cend()), ramp);
}

core::Result<core::StyleClassification> graduateLayer(LayerSource& source, const QString& field, int classes,
                                                      core::ClassMethod method, const QString& ramp,
                                                      const std::atomic<bool>* cancel)
{
    if (classes < 1 || classes > 32)
        return core::Error{{}, field, tr("the number of classes must be from 1 to 32")};
    auto values = readField(source, field, cancel);
    if (!values)
        return values.error();
    QList<double> numbers;
    numbers.reserve(values.value().size());
    for (const QVariant& v : values.value()) {
        if (v.isNull())
            continue;
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return core::Error{{}, field, tr("the value '%1' is not a number; graduated styles need a numeric field")
                                              .arg(v.toString())};
        numbers << d;
    }
    if (numbers.isEmpty())
        return core::Error{{}, field, tr("the field has no values to classify (all NULL or no features)")};
    return core::graduate(field, numbers, classes, method, ramp);
}

}  // namespace atlas::gis
