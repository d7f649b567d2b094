#pragma once
// Split and merge of features as one undo step each, made of the reshape, add and delete
// commands: a split feature keeps its first piece and its id, its other pieces become new
// features with its attributes; merged features become the first one, the others go.

#include "gis/store/editable_feature.h"
#include "ui/commands/compound_edit_command.h"

#include <QList>
#include <memory>

namespace atlas::ui {

struct FeatureSplit {
    gis::FeatureRecord original;  // as stored before the split
    QList<QByteArray> pieces;     // WKB in the layer's CRS; the first stays with the feature
};

// Push it, then read `error` (empty: done). `added` receives the ids of the new features.
CompoundEditCommand* splitFeaturesCommand(const QString& atlasPath, const QString& table, const QList<FeatureSplit>& splits,
                                          std::shared_ptr<QString> error,
                                          std::shared_ptr<QList<qint64>> added = std::make_shared<QList<qint64>>());

// Features `ids` (the first keeps its id) replaced by one with geometry `merged` and the
// attributes `attributes` (those of the feature the user chose). Reads them now: null, with
// `error` set, when one cannot be read.
CompoundEditCommand* mergeFeaturesCommand(const QString& atlasPath, const QString& table, const QList<qint64>& ids,
                                          const QByteArray& merged, const QVariantMap& attributes,
                                          std::shared_ptr<QString> error);

}  // namespace atlas::ui
