#pragma once
// Chooses what a point is drawn with: the style's shape, a built-in SVG icon, or an SVG file picked
// with "Other file…" (a file that cannot be drawn is refused with the reason, the choice unchanged).

#include <QComboBox>

namespace atlas::ui {

class MarkerIconCombo : public QComboBox {
    Q_OBJECT
public:
    explicit MarkerIconCombo(const QString& path, QWidget* parent = nullptr);
    // Empty for the shape; a ":/markers/…" resource or an absolute file path.
    QString path() const;
    // Selects `path`, adding it as an entry when it is a file; false (nothing changed) when it
    // cannot be drawn, with the reason in `why`.
    bool setPath(const QString& path, QString* why = nullptr);

private:
    void chooseFile();
    int m_previous = 0;
};

}  // namespace atlas::ui
