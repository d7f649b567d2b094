#pragma once
// Undoable reshaping of features of a layer the atlas owns (moved, rotated, vertices
// edited): redo writes the new geometries, undo the old ones. All or nothing per step.

#include "gis/store/layer_editor.h"

#include <QUndoCommand>
#include <memory>

namespace atlas::ui {

class ChangeGeometriesCommand : public QUndoCommand {
public:
    struct Change {
        qint64 fid = -1;
        QByteArray before, after;  // WKB in the layer's CRS
    };

    // `error` receives what went wrong in the last redo or undo (empty when done); shared
    // so that it outlives a command the stack drops at once because its first redo failed.
    ChangeGeometriesCommand(const QString& atlasPath, const QString& table, QList<Change> changes, const QString& text,
                            std::shared_ptr<QString> error = std::make_shared<QString>());

    void redo() override;
    void undo() override;
    QList<qint64> featureIds() const;

private:
    // Writes one side of every change; on failure puts back what it had written.
    bool write(bool after);

    gis::LayerEditor m_editor;
    QList<Change> m_changes;
    std::shared_ptr<QString> m_error;
    bool m_done = false;
};

}  // namespace atlas::ui
