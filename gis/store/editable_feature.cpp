#include "gis/store/editable_feature.h"

#include "core/model/translate.h"
#include "gis/geometry/geometry_validity.h"

namespace atlas::gis {

core::Result<QByteArray> validatedGeometry(const QByteArray& wkb, bool repair, const QString& file,
                                           const QString& layer)
{
    if (wkb.isEmpty())
        return wkb;
    auto report = checkValidity(wkb);
    if (!report)
        return core::Error{file, layer, report.error().reason};
    if (report.value().valid)
        return wkb;
    if (!repair)
        return core::Error{file, layer, tr("invalid geometry: %1").arg(report.value().message())};
    auto fixed = makeValid(wkb);
    if (!fixed)
        return core::Error{file, layer, fixed.error().reason};
    return fixed.value();
}

core::Result<EditableGeometry> editableGeometryOf(int ogcType, const QString& file, const QString& layer)
{
    switch (ogcType) {
    case 1:
    case 4:
        return EditableGeometry::Point;
    case 2:
    case 5:
        return EditableGeometry::Line;
    case 3:
    case 6:
        return EditableGeometry::Polygon;
    default:
        return core::Error{file, layer, tr("the layer mixes geometry types; draw into a point, line or polygon layer")};
    }
}

}  // namespace atlas::gis
