#pragma once
// Undoable deletion of features of a layer the atlas owns: the features are read back
// whole first (geometry and attributes), so undo puts each one back with its own id.

#include "gis/store/layer_editor.h"

#include <QList>
#include <QUndoCommand>

namespace atlas::ui {

class DeleteFeaturesCommand : public QUndoCommand {
public:
    // Reads features `ids` now; `error()` says why when one cannot be read (nothing is
    // deleted then: push the command only when error() is empty).
    DeleteFeaturesCommand(const QString& atlasPath, const QString& table, const QList<qint64>& ids);

    const QString& error() const { return m_error; }
    int featureCount() const { return int(m_features.size()); }

    void redo() override;
    void undo() override;

private:
    gis::LayerEditor m_editor;
    QList<gis::FeatureRecord> m_features;
    QString m_error;
};

}  // namespace atlas::ui
