#include "core/commands/observation_commands.h"

#include <QCoreApplication>

namespace atlas::core {
namespace {

QString label(const char* text, const Observation& o)
{
    return QCoreApplication::translate("atlas::core", text).arg(o.title(QStringLiteral("fr")));
}

}  // namespace

ObservationCommand::ObservationCommand(ObservationRepository& repository, const QString& text)
    : m_repository(repository)
{
    setText(text);
}

void ObservationCommand::record(const Result<Observation>& saved)
{
    record(saved ? Status(Done{}) : Status(saved.error()));
}

void ObservationCommand::record(const Status& status)
{
    m_status = status;
    if (status.ok()) {
        m_succeededOnce = true;
        return;
    }
    if (!m_succeededOnce)
        setObsolete(true);
    if (m_reporter)
        m_reporter(status.error());
}

AddObservationCommand::AddObservationCommand(ObservationRepository& repository, Observation observation)
    : ObservationCommand(repository, label(QT_TRANSLATE_NOOP("atlas::core", "Add observation “%1”"), observation)),
      m_observation(std::move(observation))
{
}

void AddObservationCommand::redo()
{
    // The first redo inserts; a redo after undo brings the tombstone back with the same content.
    auto saved = m_repository.saveObservation(m_observation);
    if (saved)
        m_observation = saved.value();
    record(saved);
}

void AddObservationCommand::undo()
{
    record(m_repository.removeObservation(m_observation.identity.uuid));
}

EditObservationCommand::EditObservationCommand(ObservationRepository& repository, Observation before,
                                               Observation after)
    : ObservationCommand(repository, label(QT_TRANSLATE_NOOP("atlas::core", "Edit observation “%1”"), after)),
      m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditObservationCommand::redo()
{
    record(m_repository.saveObservation(m_after));
}

void EditObservationCommand::undo()
{
    record(m_repository.saveObservation(m_before));
}

bool EditObservationCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditObservationCommand*>(other);
    if (!next || next->m_after.identity.uuid != m_after.identity.uuid || !next->status().ok())
        return false;
    // Only moves merge (a drag is many small moves): anything else stays its own step.
    Observation sameShape = next->m_after;
    sameShape.geometryWkb = m_after.geometryWkb;
    if (!sameShape.sameContent(m_after) || !next->m_before.sameContent(m_after))
        return false;
    m_after = next->m_after;
    return true;
}

DeleteObservationCommand::DeleteObservationCommand(ObservationRepository& repository, Observation observation)
    : ObservationCommand(repository, label(QT_TRANSLATE_NOOP("atlas::core", "Delete observation “%1”"), observation)),
      m_observation(std::move(observation))
{
}

void DeleteObservationCommand::redo()
{
    record(m_repository.removeObservation(m_observation.identity.uuid));
}

void DeleteObservationCommand::undo()
{
    record(m_repository.saveObservation(m_observation));
}

}  // namespace atlas::core
