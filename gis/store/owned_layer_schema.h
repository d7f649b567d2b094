#pragma once
// Creates an empty layer owned by the atlas (a SpatiaLite table with its spatial index)
// from a schema the user defines: text, integer, real, date, boolean and choice fields.
// Choice fields keep their list in `atlas_field_choices` and the table refuses other values.

#include "core/model/layer_spec.h"
#include "core/model/result.h"
#include "gis/store/owned_layer_editor.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace atlas::gis {

enum class FieldKind { Text, Integer, Real, Date, Boolean, Choice };

struct NewField {
    QString name;
    FieldKind kind = FieldKind::Text;
    QStringList choices = {};  // for Choice
};

struct NewLayerRequest {
    QString atlasPath;
    QString name;  // shown in the layer list; the table gets a safe name made from it
    EditableGeometry geometry = EditableGeometry::Point;
    QString crs = QStringLiteral("EPSG:4326");
    QList<NewField> fields = {};
    int styleIndex = 0;  // which default style the layer gets
};

// The field kind named `name` (text, integer, real, date, boolean, choice); false if none.
bool fieldKindFromName(const QString& name, FieldKind& kind);
QString fieldKindName(FieldKind kind);

// A schema problem in words (an empty or repeated field name, a choice field without
// choices…), empty when the request can be created.
QString checkNewLayer(const NewLayerRequest& request);

// Creates the table in one transaction and returns the layer to add to the document.
core::Result<core::LayerSpec> createOwnedLayer(const NewLayerRequest& request);

// The choice lists of the fields of `table` (field name → choices); empty when none.
QHash<QString, QStringList> fieldChoices(SqliteDatabase& db, const QString& table);

}  // namespace atlas::gis
