#include "ui/dialogs/marker_icon_combo.h"

#include "gis/render/marker_icon.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace atlas::ui {
namespace {

// The built-in icons' names in the user's language, in gis::builtinMarkerIcons() order.
QString iconTitle(const QString& name)
{
    if (name == QLatin1String("church")) return MarkerIconCombo::tr("Church");
    if (name == QLatin1String("tree")) return MarkerIconCombo::tr("Tree");
    if (name == QLatin1String("star")) return MarkerIconCombo::tr("Star");
    if (name == QLatin1String("flag")) return MarkerIconCombo::tr("Flag");
    if (name == QLatin1String("pin")) return MarkerIconCombo::tr("Pin");
    if (name == QLatin1String("house")) return MarkerIconCombo::tr("House");
    return name;
}

constexpr int kChooseRole = Qt::UserRole + 1;

}  // namespace

MarkerIconCombo::MarkerIconCombo(const QString& path, QWidget* parent) : QComboBox(parent)
{
    setIconSize(QSize(20, 20));
    addItem(tr("Shape (no icon)"), QString());
    for (const QString& name : gis::builtinMarkerIcons()) {
        const QString resource = gis::builtinMarkerIconPath(name);
        addItem(QIcon(resource), iconTitle(name), resource);
    }
    addItem(tr("Other file…"));
    setItemData(count() - 1, true, kChooseRole);
    if (!setPath(path))
        addItem(QFileInfo(path).fileName(), path);  // a missing file stays chosen; the map warns
    setCurrentIndex(std::max(0, findData(path)));
    m_previous = currentIndex();
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (itemData(index, kChooseRole).toBool())
            chooseFile();
        else
            m_previous = index;
    });
}

QString MarkerIconCombo::path() const
{
    return itemData(currentIndex(), kChooseRole).toBool() ? QString() : currentData().toString();
}

bool MarkerIconCombo::setPath(const QString& path, QString* why)
{
    if (int i = findData(path); i >= 0) {
        setCurrentIndex(i);
        m_previous = i;
        return true;
    }
    if (!gis::markerIconUsable(path, why))
        return false;
    insertItem(count() - 1, QIcon(path), QFileInfo(path).fileName(), path);
    setItemData(count() - 2, path, Qt::ToolTipRole);
    setCurrentIndex(count() - 2);
    m_previous = currentIndex();
    return true;
}

void MarkerIconCombo::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose an SVG icon"), QString(), tr("SVG images (*.svg)"));
    QString why;
    if (file.isEmpty() || setPath(QFileInfo(file).absoluteFilePath(), &why))
        setCurrentIndex(file.isEmpty() ? m_previous : currentIndex());
    else {
        setCurrentIndex(m_previous);
        QMessageBox::warning(this, tr("Icon not usable"), why);
    }
}

}  // namespace atlas::ui
