// File › New layer, Import into atlas and Export layer, Edit › Copy and Paste features in
// the main window: a layer made from a schema takes a drawn line with a value from its
// choice list, a GeoJSON file is imported with progress and exported to a GeoPackage, and
// selected places are pasted into another layer in another CRS.

#include "gis/datasource/layer_source.h"
#include "gis/store/layer_editor.h"
#include "gis/store/owned_layer_schema.h"
#include "gui_fixture.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/attributes/attribute_table_dock.h"
#include "ui/attributes/attribute_table_feature.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/attribute_form_dialog.h"
#include "ui/dialogs/export_layer_dialog.h"
#include "ui/dialogs/import_layers_dialog.h"
#include "ui/dialogs/new_layer_dialog.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/window/clipboard_actions.h"
#include "ui/window/editing_actions.h"
#include "ui/window/layer_data_actions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace atlas;

namespace {

// Runs `fill` on the modal dialog of type T once it is shown, then presses its OK.
template <typename T>
void whenShown(std::function<void(T*)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        fill(dialog);
        static_cast<QWidget*>(dialog)->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
}

const core::LayerSpec* currentLayer(ui::MainWindow& window)
{
    auto* document = window.findChild<ui::DocumentController*>();
    return document->document().layer(window.findChild<ui::LayersDock*>()->currentLayer());
}

qint64 featuresIn(const QString& path)
{
    auto source = gis::openLayerSource(path, {}, core::LayerKind::Vector);
    REQUIRE(source);
    return source.value()->featureCount();
}

}  // namespace

TEST_CASE("File › New layer: a line layer with a choice field takes a drawn line and a chosen value", "[gui][edit]")
{
    test::GuiFixture f;
    test::TempDir dir;
    REQUIRE(f.window->openAtlas(test::copyDemoAtlas(dir)));
    REQUIRE(f.waitForMap());
    auto* actions = f.window->findChild<ui::LayerDataActions*>();
    REQUIRE(actions);
    const int layersBefore = int(f.window->findChild<ui::DocumentController*>()->document().layers.size());

    whenShown<ui::NewLayerDialog>([](ui::NewLayerDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("layerName")), QStringLiteral("Sentiers"));
        auto* geometry = dialog->findChild<QComboBox*>(QStringLiteral("geometry"));
        geometry->setCurrentIndex(geometry->findText(QStringLiteral("Lines")));
        dialog->addField(QStringLiteral("nom"));
        dialog->addField(QStringLiteral("etat"), gis::FieldKind::Choice, QStringLiteral("ouvert|ferme"));
        CHECK(dialog->fieldTable()->rowCount() == 2);
    });
    actions->newLayerAction()->trigger();
    auto* document = f.window->findChild<ui::DocumentController*>();
    REQUIRE(int(document->document().layers.size()) == layersBefore + 1);
    const core::LayerSpec* layer = currentLayer(*f.window);
    REQUIRE(layer);
    CHECK(layer->name == QStringLiteral("Sentiers"));
    const gis::LayerEditor editor(document->workingPath(), layer->sourceLayer);
    CHECK(editor.geometryKind().value() == gis::EditableGeometry::Line);

    // Drawn at once: the attribute form offers the choices.
    auto* edit = f.window->findChild<ui::EditingActions*>();
    REQUIRE(edit->addFeatureAction()->isEnabled());
    whenShown<ui::AttributeFormDialog>([](ui::AttributeFormDialog* form) {
        auto* state = form->findChild<QComboBox*>(QStringLiteral("etat"));
        REQUIRE(state);
        CHECK(state->count() == 3);  // none, ouvert, ferme
        state->setCurrentText(QStringLiteral("ferme"));
    });
    edit->addFeatureAction()->trigger();
    QWidget* canvas = f.window->canvas();
    const QPoint c = canvas->rect().center();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, c - QPoint(100, 0));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, c);
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, c + QPoint(100, 40));
    REQUIRE(editor.count().value() == 1);
    CHECK(editor.read(1).value().attributes.value(QStringLiteral("etat")) == QStringLiteral("ferme"));
    QTest::keyClick(canvas, Qt::Key_Escape);
}

TEST_CASE("Import into atlas and Export layer run with progress; the features go in and out", "[gui][edit]")
{
    test::GuiFixture f;
    test::TempDir dir;
    REQUIRE(f.window->openAtlas(test::copyDemoAtlas(dir)));
    REQUIRE(f.waitForMap());
    auto* actions = f.window->findChild<ui::LayerDataActions*>();
    const QString file = dir.writeFile(
        QStringLiteral("arbres.geojson"),
        R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"espece":"Tilleul"},"geometry":{"type":"Point","coordinates":[2.49,50.80]}},
{"type":"Feature","properties":{"espece":"Hêtre"},"geometry":{"type":"Point","coordinates":[2.50,50.81]}},
{"type":"Feature","properties":{"espece":"Chêne"},"geometry":{"type":"Point","coordinates":[2.51,50.82]}}]})");

    QSignalSpy finished(actions, &ui::LayerDataActions::finished);
    whenShown<ui::ImportLayersDialog>([](ui::ImportLayersDialog* dialog) {
        CHECK(dialog->layerList()->count() == 1);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("importName")), QStringLiteral("Arbres remarquables"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("importCrs")), QStringLiteral("EPSG:2154"));
    });
    actions->importFile(file);
    REQUIRE(finished.wait(20000));
    REQUIRE(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toString().contains(QStringLiteral("3 features")));
    const core::LayerSpec* layer = currentLayer(*f.window);
    REQUIRE(layer);
    CHECK(layer->name == QStringLiteral("Arbres remarquables"));
    const QString atlas = f.window->findChild<ui::DocumentController*>()->workingPath();
    CHECK(gis::LayerEditor(atlas, layer->sourceLayer).crs().value() == QStringLiteral("EPSG:2154"));

    const QString out = dir.filePath(QStringLiteral("arbres.gpkg"));
    finished.clear();
    whenShown<ui::ExportLayerDialog>([out](ui::ExportLayerDialog* dialog) {
        CHECK(dialog->pathBox()->text() == out);
    });
    actions->exportCurrentLayer(out);
    REQUIRE(finished.wait(20000));
    REQUIRE(finished.first().at(0).toBool());
    CHECK(featuresIn(out) == 3);

    // A name whose extension is no format cannot be exported.
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ui::ExportLayerDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->pathBox()->setText(QStringLiteral("/tmp/arbres.xyz"));
        CHECK_FALSE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->reject();
    });
    actions->exportCurrentLayer(out);
}

TEST_CASE("Edit › Copy features and Paste features: selected places go into a new layer; Undo takes them back",
          "[gui][edit]")
{
    test::GuiFixture f;
    test::TempDir dir;
    REQUIRE(f.window->openAtlas(test::copyDemoAtlas(dir)));
    REQUIRE(f.waitForMap());
    auto* document = f.window->findChild<ui::DocumentController*>();
    auto* layers = f.window->findChild<ui::LayersDock*>();
    auto* clipboard = f.window->findChild<ui::ClipboardActions*>();
    auto* table = f.window->findChild<ui::AttributeTableFeature*>();
    REQUIRE((clipboard && table));

    QString placesTable;
    for (const core::LayerSpec& layer : document->document().layers)
        if (layer.name == QStringLiteral("Partons 2.0 — lieux / plaatsen")) {
            layers->selectLayer(layer.identity.uuid);
            placesTable = layer.sourceLayer;
        }
    REQUIRE_FALSE(placesTable.isEmpty());
    CHECK_FALSE(clipboard->copyAction()->isEnabled());  // nothing selected yet
    QSignalSpy loaded(table->dock(), &ui::AttributeTableDock::loaded);
    table->openCurrentLayer();
    REQUIRE(loaded.wait(10000));
    table->dock()->selectFeatures({1, 2, 3}, false);
    REQUIRE(clipboard->copyAction()->isEnabled());
    clipboard->copyAction()->trigger();
    CHECK(clipboard->copiedCount() == 3);

    gis::NewLayerRequest request{document->workingPath(), QStringLiteral("Sélection"), gis::EditableGeometry::Point,
                                 QStringLiteral("EPSG:31370"), {{QStringLiteral("name"), gis::FieldKind::Text}}};
    auto created = gis::createOwnedLayer(request);
    REQUIRE(created);
    document->addLayers({created.value()});
    layers->selectLayer(created.value().identity.uuid);
    REQUIRE(clipboard->pasteAction()->isEnabled());
    QSignalSpy pasted(clipboard, &ui::ClipboardActions::pasted);
    clipboard->pasteAction()->trigger();
    REQUIRE(pasted.count() == 1);
    const gis::LayerEditor target(document->workingPath(), created.value().sourceLayer);
    const gis::LayerEditor source(document->workingPath(), placesTable);
    REQUIRE(target.count().value() == 3);
    for (qint64 id : {1, 2, 3})
        CHECK(target.read(id).value().attributes.value(QStringLiteral("name")) ==
              source.read(id).value().attributes.value(QStringLiteral("name")));

    f.window->findChild<ui::EditingActions*>()->undoAction()->trigger();
    CHECK(target.count().value() == 0);
}
