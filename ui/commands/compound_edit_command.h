#pragma once
// Several feature edits (reshape, add, delete…) as one undo step, all or nothing: when a
// step fails, the steps before it are taken back, the command makes itself obsolete (the
// stack drops it) and the shared error says why. Split and merge are made of it.

#include <QUndoCommand>
#include <functional>
#include <memory>
#include <vector>

namespace atlas::ui {

class CompoundEditCommand : public QUndoCommand {
public:
    // What went wrong in a step's last redo; empty when it was done.
    using ErrorProbe = std::function<QString()>;

    CompoundEditCommand(const QString& text, std::shared_ptr<QString> error);
    ~CompoundEditCommand() override;

    // Appends a step (owned from now on) and how to learn whether it failed.
    void add(QUndoCommand* step, ErrorProbe error);

    void redo() override;
    void undo() override;

private:
    struct Step {
        std::unique_ptr<QUndoCommand> command;
        ErrorProbe error;
    };
    std::vector<Step> m_steps;
    std::shared_ptr<QString> m_error;
};

}  // namespace atlas::ui
