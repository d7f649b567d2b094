#include "ui/commands/add_feature_command.h"

#include <QCoreApplication>

namespace atlas::ui {

AddFeatureCommand::AddFeatureCommand(const QString& atlasPath, const QString& table, gis::FeatureRecord feature,
                                     std::shared_ptr<Outcome> outcome, QUndoCommand* parent)
    : QUndoCommand(parent), m_editor(atlasPath, table), m_feature(std::move(feature)), m_outcome(std::move(outcome))
{
    setText(QCoreApplication::translate("atlas::ui", "Add feature to %1").arg(table));
}

void AddFeatureCommand::redo()
{
    auto id = m_editor.insert(m_feature);
    if (!id) {
        m_outcome->error = id.error().message();
        setObsolete(true);  // nothing was written: the stack drops the command
        return;
    }
    m_outcome->error.clear();
    m_feature.fid = m_outcome->fid = id.value();
}

void AddFeatureCommand::undo()
{
    const core::Status removed = m_editor.remove(m_feature.fid);
    m_outcome->error = removed ? QString() : removed.error().message();
}

}  // namespace atlas::ui
