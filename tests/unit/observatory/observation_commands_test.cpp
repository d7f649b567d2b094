// core observation commands on a QUndoStack over the real store: undo and redo write the
// store and the change log, ids and values survive, drags merge into one step.

#include "core/commands/observation_commands.h"
#include "core/model/wkb_point.h"
#include "gis/store/change_log.h"
#include "observatory_fixture.h"
#include "support/test_support.h"

#include <QUndoStack>

using namespace atlas;
using core::ObservationKind;
using atlas::test::ObservatoryFixture;

namespace {

QStringList operations(gis::ObservationStore& store)
{
    QStringList ops;
    const auto log = gis::readChangeLog(store.database());
    for (const auto& e : log.value())
        ops << e.operation;
    return ops;
}

}  // namespace

TEST_CASE("Add, edit and delete are undoable and every step is logged", "[observatory][commands]")
{
    ObservatoryFixture f;
    QUndoStack stack;
    const auto fiche = ObservatoryFixture::fiche(ObservationKind::Landmark, "Beffroi", "Belfort");
    const QUuid id = fiche.identity.uuid;

    auto* add = new core::AddObservationCommand(*f.store, fiche);
    stack.push(add);
    CHECK(add->status().ok());
    CHECK(stack.undoText().contains("Beffroi"));
    CHECK(f.store->count({}).value() == 1);

    auto before = f.store->observation(id).value();
    auto after = before;
    after.titleFr = QStringLiteral("Beffroi de Bergues");
    stack.push(new core::EditObservationCommand(*f.store, before, after));
    CHECK(f.store->observation(id).value().titleFr == "Beffroi de Bergues");

    stack.push(new core::DeleteObservationCommand(*f.store, f.store->observation(id).value()));
    CHECK(f.store->count({}).value() == 0);

    stack.undo();  // delete undone
    CHECK(f.store->count({}).value() == 1);
    CHECK(f.store->observation(id).value().titleFr == "Beffroi de Bergues");
    stack.undo();  // edit undone
    CHECK(f.store->observation(id).value().titleFr == "Beffroi");
    stack.undo();  // add undone: a tombstone
    CHECK(f.store->count({}).value() == 0);
    CHECK(f.store->observation(id).value().identity.deleted);

    stack.redo();
    stack.redo();
    CHECK(f.store->observation(id).value().titleFr == "Beffroi de Bergues");
    CHECK(f.store->observation(id).value().identity.uuid == id);

    CHECK(operations(*f.store) ==
          QStringList{"insert", "update", "delete", "update", "update", "delete", "update", "update"});
    // Versions only grow, so the sync can order them.
    CHECK(f.store->observation(id).value().identity.version == 8);
}

TEST_CASE("Successive moves of one fiche merge into one undo step; other edits do not",
          "[observatory][commands]")
{
    ObservatoryFixture f;
    QUndoStack stack;
    const auto fiche = ObservatoryFixture::fiche(ObservationKind::Landmark, "Moulin", "Molen", 2.0, 50.0);
    stack.push(new core::AddObservationCommand(*f.store, fiche));
    auto current = f.store->observation(fiche.identity.uuid).value();
    for (int i = 1; i <= 3; ++i) {
        auto moved = current;
        moved.geometryWkb = core::pointWkb(2.0 + i * 0.01, 50.0);
        stack.push(new core::EditObservationCommand(*f.store, current, moved));
        current = moved;
    }
    CHECK(stack.count() == 2);
    auto renamed = current;
    renamed.titleNl = QStringLiteral("Windmolen");
    stack.push(new core::EditObservationCommand(*f.store, current, renamed));
    CHECK(stack.count() == 3);

    stack.undo();
    stack.undo();  // the three moves at once
    const auto p = core::wkbPoint(f.store->observation(fiche.identity.uuid).value().geometryWkb);
    REQUIRE(p.has_value());
    CHECK(p->x() == Approx(2.0));
}

TEST_CASE("A command whose write fails says why and changes nothing", "[observatory][commands]")
{
    ObservatoryFixture f;
    core::DeleteObservationCommand del(*f.store, ObservatoryFixture::fiche(ObservationKind::Project, "Fantôme", {}));
    del.redo();
    REQUIRE_FALSE(del.status().ok());
    CHECK(del.status().error().reason.contains("no such observation"));
    CHECK(atlas::test::sqlValue(*f.store, "SELECT count(*) FROM change_log") == "0");
}

TEST_CASE("A command refused on its first redo reports why and does not stay on the stack",
          "[observatory][commands]")
{
    ObservatoryFixture f;
    QUndoStack stack;
    QString reported;
    auto* del = new core::DeleteObservationCommand(*f.store, ObservatoryFixture::fiche(ObservationKind::Project, "X", {}));
    del->setFailureReporter([&](const core::Error& e) { reported = e.reason; });
    stack.push(del);  // deleted by the stack: obsolete after its failed redo
    CHECK(reported.contains("no such observation"));
    CHECK(stack.count() == 0);
    CHECK_FALSE(stack.canUndo());
}
