#include "ui/commands/delete_features_command.h"

#include <QCoreApplication>

namespace atlas::ui {

DeleteFeaturesCommand::DeleteFeaturesCommand(const QString& atlasPath, const QString& table, const QList<qint64>& ids)
    : m_editor(atlasPath, table)
{
    for (qint64 id : ids) {
        auto feature = m_editor.read(id);
        if (!feature) {
            m_error = feature.error().message();
            m_features.clear();
            break;
        }
        m_features << feature.value();
    }
    setText(QCoreApplication::translate("atlas::ui", "Delete %n feature(s) from %1", nullptr, int(m_features.size())).arg(table));
}

void DeleteFeaturesCommand::redo()
{
    for (const gis::FeatureRecord& feature : m_features)
        if (const core::Status removed = m_editor.remove(feature.fid); !removed)
            m_error = removed.error().message();
}

void DeleteFeaturesCommand::undo()
{
    // Back in reverse order, each with its id, as the store had them.
    for (auto it = m_features.crbegin(); it != m_features.crend(); ++it)
        if (auto inserted = m_editor.insert(*it, true); !inserted)
            m_error = inserted.error().message();
}

}  // namespace atlas::ui
