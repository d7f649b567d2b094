#pragma once
// Undoable addition of one feature to a layer the atlas owns: redo writes it (with
// the same id the second time), undo deletes it. Ids and values, never pointers.

#include "gis/store/layer_editor.h"

#include <QUndoCommand>
#include <memory>

namespace atlas::ui {

class AddFeatureCommand : public QUndoCommand {
public:
    // What the last redo/undo did; shared so that it outlives a command the stack
    // deletes at once because its first redo failed.
    struct Outcome {
        qint64 fid = -1;
        QString error;  // empty: done
    };

    AddFeatureCommand(const QString& atlasPath, const QString& table, gis::FeatureRecord feature,
                      std::shared_ptr<Outcome> outcome = std::make_shared<Outcome>(), QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 featureId() const { return m_feature.fid; }

private:
    gis::LayerEditor m_editor;
    gis::FeatureRecord m_feature;
    std::shared_ptr<Outcome> m_outcome;
};

}  // namespace atlas::ui
