// The "Colour by" part of the layer style dialog: classifies a real layer off the UI
// thread (categorized, graduated by Jenks), reports a text field refused for classes,
// and hands the classification to the style the dialog returns.

#include "gui/gui_fixture.h"
#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/dialogs/layer_style_dialog.h"

#include <QSignalSpy>
#include <QTreeWidget>

using namespace atlas;

TEST_CASE("the style dialog categorizes and graduates a layer", "[gui][thematic]")
{
    test::TempDir dir;
    using namespace test::geojson;
    QList<QByteArray> features;
    const QList<std::pair<const char*, double>> rows = {{"faune", 1}, {"flore", 2}, {"faune", 3}, {"danger", 40}, {"flore", 41}, {"faune", 42}};
    for (const auto& [kind, score] : rows)
        features << feature(point({3.0 + score / 100, 50.5}),
                            QStringLiteral(R"({"kind":"%1","score":%2})").arg(QLatin1String(kind)).arg(score).toUtf8());
    const QString path = dir.writeFile(QStringLiteral("obs.geojson"), featureCollection(features));

    core::LayerStyle initial;
    ui::LayerStyleDialog dialog(QStringLiteral("obs"), initial, {QStringLiteral("kind"), QStringLiteral("score")},
                                {path, {}, core::LayerKind::Vector});
    dialog.show();
    ui::ThematicStyleEditor* editor = dialog.thematicEditor();
    QSignalSpy done(editor, &ui::ThematicStyleEditor::classified);
    CHECK(dialog.style().thematic.kind == core::ClassificationKind::Single);

    SECTION("categorized: one row per distinct value")
    {
        editor->setKind(core::ClassificationKind::Categorized);
        editor->setField(QStringLiteral("kind"));
        editor->setRamp(QStringLiteral("Set2"));
        editor->classify();
        REQUIRE(done.wait(10000));
        CHECK(done.last().at(0).toBool());
        REQUIRE(editor->rows()->topLevelItemCount() == 3);
        CHECK(editor->rows()->topLevelItem(0)->text(0) == QStringLiteral("danger"));
        const core::LayerStyle s = dialog.style();
        CHECK(s.thematic.kind == core::ClassificationKind::Categorized);
        CHECK(s.thematic.field == QStringLiteral("kind"));
        CHECK(s.thematic.ramp == QStringLiteral("Set2"));
        CHECK(s.thematic.categories.size() == 3);
    }
    SECTION("graduated by natural breaks: the two groups of scores")
    {
        editor->setKind(core::ClassificationKind::Graduated);
        editor->setField(QStringLiteral("score"));
        editor->setMethod(core::ClassMethod::Jenks);
        editor->setClassCount(2);
        editor->setRamp(QStringLiteral("YlOrRd"));
        editor->classify();
        REQUIRE(done.wait(10000));
        const core::StyleClassification t = dialog.style().thematic;
        REQUIRE(t.classes.size() == 2);
        CHECK(t.method == core::ClassMethod::Jenks);
        CHECK(t.classes[0].upper == 3);
        CHECK(t.classes[1].upper == 42);
        CHECK(editor->rows()->topLevelItem(1)->text(0) == QStringLiteral("3 – 42"));

        // Back to one symbol: the dialog returns no classification.
        editor->setKind(core::ClassificationKind::Single);
        CHECK(dialog.style().thematic.kind == core::ClassificationKind::Single);
    }
    SECTION("a text field cannot be graduated: the reason is shown, nothing changes")
    {
        editor->setKind(core::ClassificationKind::Graduated);
        editor->setField(QStringLiteral("kind"));
        editor->classify();
        REQUIRE(done.wait(10000));
        CHECK_FALSE(done.last().at(0).toBool());
        CHECK(editor->status().contains(QStringLiteral("is not a number")));
        CHECK(dialog.style().thematic.kind == core::ClassificationKind::Single);
    }
}
