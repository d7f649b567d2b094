// The cartographic part of the layer style dialog: stroke style, size unit (sizes keep their look when
// it changes), marker icon (built-in, a file, a broken file refused), blending, the layer's and the
// labels' scale ranges and the label priority, shown from a style and handed back, driven by keys;
// in the main window, a scale range chosen in the dialog hides the layer from the map; the rows in
// French and Dutch.

#include "gui/gui_fixture.h"
#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/layer_style_dialog.h"
#include "ui/dialogs/marker_icon_combo.h"
#include "ui/dialogs/scale_range_edit.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace atlas;

namespace {

// Selects everything in a spin box and types `text` over it, key by key.
void retype(QAbstractSpinBox* box, const QString& text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

QStringList itemTexts(const QComboBox* box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemText(i);
    return out;
}

core::LayerStyle cartographicStyle()
{
    core::LayerStyle s;
    s.dash = core::StrokeDash::Dot;
    s.sizeUnit = core::SizeUnit::Millimetres;
    s.strokeWidth = 0.5;
    s.markerSize = 2.5;
    s.markerSvg = QStringLiteral(":/markers/tree.svg");
    s.blend = core::BlendMode::Multiply;
    s.opacity = 0.6;
    s.visibleScales = {1000, 250000};
    s.labelField = QStringLiteral("kind");
    s.labelPriority = 7;
    s.labelScales = {0, 50000};
    return s;
}

}  // namespace

TEST_CASE("the style dialog shows and returns dash, unit, icon, blending, scale ranges and label priority",
          "[gui][style]")
{
    test::TempDir dir;
    using namespace test::geojson;
    const QString path = dir.writeFile(QStringLiteral("obs.geojson"),
                                       featureCollection({feature(point({3.0, 50.5}), R"({"kind":"faune"})")}));
    const core::LayerStyle initial = cartographicStyle();
    ui::LayerStyleDialog dialog(QStringLiteral("obs"), initial, {QStringLiteral("kind")}, {path, {}, core::LayerKind::Vector});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // Shown as it is, and handed back unchanged.
    CHECK(dialog.dashBox()->currentText() == QStringLiteral("Dotted"));
    CHECK(dialog.unitBox()->currentText() == QStringLiteral("Millimetres"));
    CHECK(dialog.markerSizeBox()->value() == Approx(2.5));
    CHECK(dialog.markerSizeBox()->suffix() == QStringLiteral(" mm"));
    CHECK(dialog.iconBox()->currentText() == QStringLiteral("Tree"));
    CHECK(dialog.blendBox()->currentText() == QStringLiteral("Multiply"));
    CHECK(dialog.scalesEdit()->closest()->value() == 1000);
    CHECK(dialog.scalesEdit()->farthest()->value() == 250000);
    CHECK(dialog.labelScalesEdit()->closest()->text() == QStringLiteral("no limit"));
    CHECK(dialog.labelPriorityBox()->value() == 7);
    CHECK(dialog.style() == initial);

    // Edited with the keyboard.
    dialog.dashBox()->setFocus();
    QTest::keyClick(dialog.dashBox(), Qt::Key_Down);  // Dash-dot
    dialog.unitBox()->setFocus();
    QTest::keyClick(dialog.unitBox(), Qt::Key_Up);  // Pixels: the sizes keep their look
    CHECK(dialog.markerSizeBox()->suffix() == QStringLiteral(" px"));
    CHECK(dialog.markerSizeBox()->value() == Approx(2.5 * 96 / 25.4).margin(0.01));
    dialog.iconBox()->setFocus();
    QTest::keyClick(dialog.iconBox(), Qt::Key_Home);  // the shape, no icon
    dialog.blendBox()->setFocus();
    QTest::keyClicks(dialog.blendBox(), QStringLiteral("Sc"));
    CHECK(dialog.blendBox()->currentText() == QStringLiteral("Screen"));
    // Ends typed the wrong way round are swapped rather than hiding the layer everywhere.
    retype(dialog.scalesEdit()->closest(), QStringLiteral("500000"));
    retype(dialog.scalesEdit()->farthest(), QStringLiteral("2000"));
    retype(dialog.labelScalesEdit()->closest(), QStringLiteral("10000"));
    retype(dialog.labelPriorityBox(), QStringLiteral("-3"));

    const core::LayerStyle s = dialog.style();
    CHECK(s.dash == core::StrokeDash::DashDot);
    CHECK(s.sizeUnit == core::SizeUnit::Pixels);
    CHECK(s.markerSize == Approx(2.5 * 96 / 25.4).margin(0.01));
    CHECK(s.strokeWidth == Approx(0.5 * 96 / 25.4).margin(0.05));
    CHECK(s.markerSvg.isEmpty());
    CHECK(s.blend == core::BlendMode::Screen);
    CHECK(s.visibleScales == core::ScaleRange{2000, 500000});
    CHECK(s.labelScales == core::ScaleRange{10000, 50000});
    CHECK(s.labelPriority == -3);
    CHECK(s.opacity == Approx(0.6));
    CHECK(s.labelField == QStringLiteral("kind"));

    // And back to millimetres: the sizes they started from.
    QTest::keyClick(dialog.unitBox(), Qt::Key_Down);
    CHECK(dialog.style().markerSize == Approx(2.5).margin(0.01));
}

TEST_CASE("the marker icon box takes an SVG file and refuses a broken one with the reason", "[gui][style]")
{
    test::TempDir dir;
    const QString good = dir.writeFile(QStringLiteral("mill.svg"),
                                       R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">)"
                                       R"(<rect width="10" height="10" fill="#a05000"/></svg>)");
    const QString broken = dir.writeFile(QStringLiteral("broken.svg"), "<svg oops");
    ui::MarkerIconCombo box{QString()};
    CHECK(box.path().isEmpty());
    CHECK(box.currentText() == QStringLiteral("Shape (no icon)"));

    box.setFocus();
    QTest::keyClick(&box, Qt::Key_Down);  // the first built-in icon
    CHECK(box.path() == QStringLiteral(":/markers/church.svg"));
    CHECK(box.currentText() == QStringLiteral("Church"));

    QString why;
    CHECK_FALSE(box.setPath(broken, &why));
    CHECK(why.contains(QStringLiteral("not an SVG image")));
    CHECK(box.path() == QStringLiteral(":/markers/church.svg"));  // unchanged
    CHECK(box.findData(broken) < 0);

    REQUIRE(box.setPath(good, &why));
    CHECK(box.path() == good);
    CHECK(box.currentText() == QStringLiteral("mill.svg"));
    // Chosen from the box again after another choice.
    QTest::keyClick(&box, Qt::Key_Home);
    CHECK(box.path().isEmpty());
    box.setCurrentIndex(box.findData(good));
    CHECK(box.path() == good);

    SECTION("a style whose icon file has gone keeps it chosen")
    {
        const QString gone = dir.filePath(QStringLiteral("gone.svg"));
        ui::MarkerIconCombo kept(gone);
        CHECK(kept.path() == gone);
        CHECK(kept.currentText() == QStringLiteral("gone.svg"));
    }
}

TEST_CASE("a scale range set in the style dialog hides the layer from the map", "[gui][style]")
{
    test::GuiFixture f;
    test::TempDir dir;
    using namespace test::geojson;
    const QString path = dir.writeFile(
        QStringLiteral("zone.geojson"),
        featureCollection({feature(polygon({{{3.0, 50.5}, {3.2, 50.5}, {3.2, 50.6}, {3.0, 50.6}, {3.0, 50.5}}}))}));
    ui::DocumentController* doc = f.window->document();
    REQUIRE(doc->addLayersFromFile(path).ok());
    f.window->zoomToFullExtent();
    REQUIRE(f.waitForMap());
    REQUIRE(test::nonBackgroundShare(f.window->canvas()->lastRenderedImage()) > 0.05);
    const double scale = f.window->canvas()->mapSettings().scaleDenominator();
    INFO("scale 1:" << scale);
    REQUIRE(scale > 2000);

    // Layer shown up to 1:N, N below the map's scale; dashed outline.
    const int limit = int(scale / 2);
    bool edited = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::LayerStyleDialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        dialog->dashBox()->setFocus();
        QTest::keyClick(dialog->dashBox(), Qt::Key_Down);
        retype(dialog->scalesEdit()->farthest(), QString::number(limit));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        edited = true;
    });
    auto* layers = f.window->findChild<ui::LayersDock*>();
    REQUIRE(layers);
    QListView* view = layers->view();
    const QRect row = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row.center());
    REQUIRE(edited);

    const core::LayerStyle style = doc->document().layers.first().style;
    CHECK(style.dash == core::StrokeDash::Dash);
    CHECK(style.visibleScales == core::ScaleRange{0, double(limit)});
    REQUIRE(f.waitForMap());
    CHECK(test::nonBackgroundShare(f.window->canvas()->lastRenderedImage()) < 0.001);
}

TEST_CASE("the style dialog's new rows are in French and Dutch", "[gui][style][i18n]")
{
    test::GuiFixture f;
    test::TempDir dir;
    using namespace test::geojson;
    const QString path = dir.writeFile(QStringLiteral("p.geojson"), featureCollection({feature(point({3.0, 50.5}))}));
    const auto texts = [&](const char* code) {
        f.languages->setPreference(QString::fromLatin1(code));
        QCoreApplication::processEvents();
        ui::LayerStyleDialog dialog(QStringLiteral("p"), {}, {}, {path, {}, core::LayerKind::Vector});
        return itemTexts(dialog.dashBox()) + itemTexts(dialog.unitBox()) + itemTexts(dialog.blendBox()) +
               QStringList{dialog.iconBox()->itemText(0), dialog.iconBox()->itemText(1),
                           dialog.scalesEdit()->closest()->specialValueText()};
    };
    const QStringList fr = texts("fr");
    const QStringList nl = texts("nl");
    const QStringList en = texts("en");
    INFO(fr.join(u", ").toStdString() << " | " << nl.join(u", ").toStdString());
    CHECK(fr.contains(QStringLiteral("Tirets")));
    CHECK(fr.contains(QStringLiteral("Millimètres")));
    CHECK(fr.contains(QStringLiteral("Église")));
    CHECK(nl.contains(QStringLiteral("Gestreept")));
    CHECK(nl.contains(QStringLiteral("Vermenigvuldigen")));
    CHECK(nl.contains(QStringLiteral("Kerk")));
    REQUIRE(fr.size() == en.size());
    REQUIRE(nl.size() == en.size());
    for (int i = 0; i < en.size(); ++i) {
        INFO(en[i].toStdString());
        // Translated, except the words the three languages share.
        if (en[i] != QStringLiteral("Pixels") && en[i] != QStringLiteral("Normal"))
            CHECK(fr[i] != en[i]);
        if (en[i] != QStringLiteral("Pixels"))
            CHECK(nl[i] != en[i]);
    }
}
