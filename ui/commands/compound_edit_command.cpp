#include "ui/commands/compound_edit_command.h"

namespace atlas::ui {

CompoundEditCommand::CompoundEditCommand(const QString& text, std::shared_ptr<QString> error)
    : m_error(std::move(error))
{
    setText(text);
}

CompoundEditCommand::~CompoundEditCommand() = default;

void CompoundEditCommand::add(QUndoCommand* step, ErrorProbe error)
{
    m_steps.push_back({std::unique_ptr<QUndoCommand>(step), std::move(error)});
}

void CompoundEditCommand::redo()
{
    m_error->clear();
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        m_steps[i].command->redo();
        const QString failed = m_steps[i].error();
        if (failed.isEmpty())
            continue;
        for (std::size_t j = i; j-- > 0;)
            m_steps[j].command->undo();
        *m_error = failed;
        setObsolete(true);  // nothing of it is left in the layer: the stack drops it
        return;
    }
}

void CompoundEditCommand::undo()
{
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
        it->command->undo();
}

}  // namespace atlas::ui
