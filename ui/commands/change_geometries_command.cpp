#include "ui/commands/change_geometries_command.h"

namespace atlas::ui {

ChangeGeometriesCommand::ChangeGeometriesCommand(const QString& atlasPath, const QString& table, QList<Change> changes,
                                                 const QString& text, std::shared_ptr<QString> error)
    : m_editor(atlasPath, table), m_changes(std::move(changes)), m_error(std::move(error))
{
    setText(text);
}

void ChangeGeometriesCommand::redo()
{
    const bool written = write(true);
    if (!written && !m_done)
        setObsolete(true);  // the first redo wrote nothing: the stack drops the command
    m_done = true;
}

void ChangeGeometriesCommand::undo()
{
    write(false);
}

QList<qint64> ChangeGeometriesCommand::featureIds() const
{
    QList<qint64> ids;
    for (const Change& c : m_changes)
        ids << c.fid;
    return ids;
}

bool ChangeGeometriesCommand::write(bool after)
{
    m_error->clear();
    for (int i = 0; i < m_changes.size(); ++i) {
        const Change& c = m_changes[i];
        const core::Status s = m_editor.replaceGeometry(c.fid, after ? c.after : c.before);
        if (s)
            continue;
        *m_error = s.error().message();
        for (int j = i - 1; j >= 0; --j)
            m_editor.replaceGeometry(m_changes[j].fid, after ? m_changes[j].before : m_changes[j].after);
        return false;
    }
    return true;
}

}  // namespace atlas::ui
