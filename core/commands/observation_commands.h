#pragma once
// Undoable edits of fiches: add, edit, delete. Each keeps ids and values (never pointers)
// and writes through the repository, so undo and redo land in the change log too.

#include "core/commands/observation_repository.h"

#include <QUndoCommand>
#include <functional>

namespace atlas::core {

// Shared by the three commands: the repository and the outcome of the last redo/undo.
class ObservationCommand : public QUndoCommand {
public:
    // Ok, or why the last redo()/undo() could not write.
    const Status& status() const { return m_status; }
    // Called with the error whenever a write fails (the UI shows it). A command whose very
    // first redo fails marks itself obsolete, so QUndoStack::push drops it.
    void setFailureReporter(std::function<void(const Error&)> reporter) { m_reporter = std::move(reporter); }

protected:
    ObservationCommand(ObservationRepository& repository, const QString& text);
    void record(const Result<Observation>& saved);
    void record(const Status& status);
    ObservationRepository& m_repository;

private:
    Status m_status = Done{};
    bool m_succeededOnce = false;
    std::function<void(const Error&)> m_reporter;
};

class AddObservationCommand : public ObservationCommand {
public:
    AddObservationCommand(ObservationRepository& repository, Observation observation);
    void redo() override;
    void undo() override;
    // As stored (version, commune) after the last redo.
    const Observation& observation() const { return m_observation; }

private:
    Observation m_observation;
};

class EditObservationCommand : public ObservationCommand {
public:
    EditObservationCommand(ObservationRepository& repository, Observation before, Observation after);
    void redo() override;
    void undo() override;
    int id() const override { return 4001; }
    // Successive moves of the same fiche (a drag) are one undo step.
    bool mergeWith(const QUndoCommand* other) override;

private:
    Observation m_before, m_after;
};

class DeleteObservationCommand : public ObservationCommand {
public:
    DeleteObservationCommand(ObservationRepository& repository, Observation observation);
    void redo() override;
    void undo() override;

private:
    Observation m_observation;
};

}  // namespace atlas::core
