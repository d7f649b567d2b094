#pragma once
// Asks which feature's attributes the merged feature keeps: one row per feature (its id
// and first values), the first chosen by default.

#include "gis/store/editable_feature.h"

#include <QDialog>
#include <QList>

class QListWidget;

namespace atlas::ui {

class MergeFeaturesDialog : public QDialog {
    Q_OBJECT
public:
    MergeFeaturesDialog(const QList<gis::FeatureRecord>& features, const QString& layerName, QWidget* parent = nullptr);

    // Index in `features` of the chosen one.
    int chosen() const;
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
};

}  // namespace atlas::ui
