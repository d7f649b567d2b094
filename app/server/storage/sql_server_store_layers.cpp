// SqlServerStore: shared layers of a group and their features, and which media files a
// non-member may download because a fiche they may read shows them.

#include "storage/sql_server_store.h"

#include "storage/sql_batch.h"

namespace atlas::server {
namespace {

const char* kLayerColumns =
    "SELECT l.id, l.group_id, g.name, l.name, l.title, l.scope, COALESCE(l.uploader_id, 0), COALESCE(u.name, ''), "
    "l.source_crs, l.geometry_type, l.feature_count, l.min_x, l.min_y, l.max_x, l.max_y, l.version, l.modified "
    "FROM layers l JOIN work_groups g ON g.id = l.group_id LEFT JOIN users u ON u.id = l.uploader_id ";

LayerRecord layerFromRow(const SqlRow& r)
{
    LayerRecord l;
    l.id = r.integer(0);
    l.groupId = r.integer(1);
    l.groupName = r.text(2);
    l.name = r.text(3);
    l.title = r.text(4);
    l.scope = core::scopeFromName(r.text(5)).value_or(core::SharingScope::Private);
    l.uploaderId = r.integer(6);
    l.uploaderName = r.text(7);
    l.sourceCrs = r.text(8);
    l.geometryType = r.text(9);
    l.featureCount = r.integer(10);
    if (!r.isNull(11))
        l.extent = BoundingBox{r.real(11), r.real(12), r.real(13), r.real(14)};
    l.version = int(r.integer(15));
    l.modified = r.text(16);
    return l;
}

QVariant extentValue(const std::optional<BoundingBox>& box, double BoundingBox::*side)
{
    return box ? QVariant((*box).*side) : QVariant();
}

// Many features per statement: one round trip for many rows.
core::Status insertFeatures(SqlConnection& db, qint64 layerId, const QList<LayerFeature>& features)
{
    SqlInsertBatch batch{QStringLiteral("layer_features"), {"layer_id", "fid", "body", "geom"}, QStringLiteral("geom"),
                         {}, {}};
    for (const LayerFeature& f : features)
        batch.rows << QVariantList{layerId, f.fid, QString::fromUtf8(f.json), f.wkb.isEmpty() ? QVariant() : QVariant(f.wkb)};
    return batch.flush(db);
}

}  // namespace

core::Result<LayerRecord> SqlServerStore::putLayer(const LayerRecord& l, const QList<LayerFeature>& features)
{
    std::lock_guard lock(m_mutex);
    qint64 id = 0;
    auto s = m_db->transaction([&]() -> core::Status {
        auto existing = queryValue(*m_db, QStringLiteral("SELECT id FROM layers WHERE group_id = ? AND name = ?"),
                                   {l.groupId, l.name});
        if (!existing)
            return existing.error();
        const QVariantList meta{l.title,
                                core::scopeName(l.scope),
                                l.sourceCrs,
                                l.geometryType,
                                qint64(features.size()),
                                extentValue(l.extent, &BoundingBox::minX),
                                extentValue(l.extent, &BoundingBox::minY),
                                extentValue(l.extent, &BoundingBox::maxX),
                                extentValue(l.extent, &BoundingBox::maxY),
                                storeNow()};
        if (existing.value().isNull()) {
            auto ins = queryValue(*m_db,
                                  QStringLiteral("INSERT INTO layers (title, scope, source_crs, geometry_type, feature_count, "
                                                 "min_x, min_y, max_x, max_y, modified, group_id, name, uploader_id, version) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
                                  meta + QVariantList{l.groupId, l.name, l.uploaderId > 0 ? QVariant(l.uploaderId) : QVariant()});
            if (!ins)
                return ins.error();
            id = ins.value().toLongLong();
        } else {
            // A replacement keeps the layer's owner: an animator replacing it does not take it over.
            id = existing.value().toLongLong();
            if (auto d = statusOf(m_db->query(QStringLiteral("DELETE FROM layer_features WHERE layer_id = ?"), {id})); !d)
                return d;
            auto up = m_db->query(QStringLiteral("UPDATE layers SET title = ?, scope = ?, source_crs = ?, geometry_type = ?, "
                                                 "feature_count = ?, min_x = ?, min_y = ?, max_x = ?, max_y = ?, modified = ?, "
                                                 "version = version + 1 WHERE id = ?"),
                                  meta + QVariantList{id});
            if (!up)
                return up.error();
        }
        return insertFeatures(*m_db, id, features);
    });
    if (!s)
        return core::Error{s.error().file, QStringLiteral("layer %1: %2").arg(l.name, s.error().location), s.error().reason};
    auto rows = m_db->query(QString::fromLatin1(kLayerColumns) + QStringLiteral("WHERE l.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return core::Error{{}, l.name, QStringLiteral("the layer vanished after it was written")};
    return layerFromRow(rows.value().first());
}

core::Result<QList<LayerRecord>> SqlServerStore::layers(std::optional<Viewer> viewer, std::optional<qint64> groupId)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList params;
    if (viewer) {
        where += QStringLiteral(" AND ") + readableCondition(QStringLiteral("l"), QStringLiteral("uploader_id"), {});
        params << readerParams(*viewer);
    }
    if (groupId) {
        where += QStringLiteral(" AND l.group_id = ?");
        params << *groupId;
    }
    auto rows = lease.value()->query(QString::fromLatin1(kLayerColumns) + where + QStringLiteral(" ORDER BY g.name, l.name"),
                                     params);
    if (!rows)
        return rows.error();
    QList<LayerRecord> out;
    for (const SqlRow& r : rows.value())
        out << layerFromRow(r);
    return out;
}

core::Result<std::optional<LayerRecord>> SqlServerStore::layer(const QString& groupName, const QString& name)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    auto rows = lease.value()->query(QString::fromLatin1(kLayerColumns) + QStringLiteral("WHERE g.name = ? AND l.name = ?"),
                                     {groupName, name});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<LayerRecord>();
    return std::optional<LayerRecord>(layerFromRow(rows.value().first()));
}

core::Status SqlServerStore::removeLayer(qint64 layerId)
{
    std::lock_guard lock(m_mutex);
    return m_db->transaction([&]() -> core::Status {
        if (auto s = statusOf(m_db->query(QStringLiteral("DELETE FROM layer_features WHERE layer_id = ?"), {layerId})); !s)
            return s;
        return statusOf(m_db->query(QStringLiteral("DELETE FROM layers WHERE id = ?"), {layerId}));
    });
}

core::Result<LayerFeaturePage> SqlServerStore::layerFeatures(const LayerFeatureQuery& q)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    QString where;
    QVariantList params;
    if (q.bbox) {
        // As for fiches: start from the spatial index, not from the layer's (larger) one.
        where = QStringLiteral("WHERE lf.layer_id + 0 = ? AND ");
        where += bboxCondition(QStringLiteral("layer_features"), QStringLiteral("lf"));
        params << q.layerId << q.bbox->minX << q.bbox->minY << q.bbox->maxX << q.bbox->maxY;
    } else {
        where = QStringLiteral("WHERE lf.layer_id = ?");
        params << q.layerId;
    }
    // One round trip, as for fiches: the matches once, counted and paged.
    auto rows = db.query(QStringLiteral("WITH m AS (SELECT lf.id, lf.fid FROM layer_features lf ") + where
                             + QStringLiteral(") SELECT lf.fid, lf.body, (SELECT COUNT(*) FROM m) FROM layer_features lf "
                                              "WHERE lf.id IN (SELECT id FROM m ORDER BY fid LIMIT ? OFFSET ?) ORDER BY lf.fid"),
                         params + QVariantList{q.limit, q.offset});
    if (!rows)
        return rows.error();
    LayerFeaturePage page;
    for (const SqlRow& r : rows.value()) {
        page.features << LayerFeature{r.integer(0), r.text(1).toUtf8(), {}};
        page.matched = r.integer(2);
    }
    if (rows.value().isEmpty() && q.offset > 0) {
        auto count = queryValue(db, QStringLiteral("SELECT COUNT(*) FROM layer_features lf ") + where, params, 0);
        if (!count)
            return count.error();
        page.matched = count.value().toLongLong();
    }
    return page;
}

core::Result<std::optional<LayerFeature>> SqlServerStore::layerFeature(qint64 layerId, qint64 fid)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    auto rows = lease.value()->query(QStringLiteral("SELECT fid, body FROM layer_features WHERE layer_id = ? AND fid = ?"),
                                     {layerId, fid});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<LayerFeature>();
    const SqlRow& r = rows.value().first();
    return std::optional<LayerFeature>(LayerFeature{r.integer(0), r.text(1).toUtf8(), {}});
}

core::Result<bool> SqlServerStore::mediaShownToViewer(qint64 groupId, const QString& sha256, const Viewer& viewer)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    // The links live in the sync records (docs/sync-protocol.md): a `media` record names the
    // file, the fiche's `observation_media` record has the media uuid as a field set to true.
    const bool lite = m_db->dialect() == SqlDialect::SpatiaLite;
    const QString shaOf = lite ? QStringLiteral("json_extract(m.body, '$.fields.sha256')")
                               : QStringLiteral("(m.body::jsonb -> 'fields' ->> 'sha256')");
    const QString linked = lite ? QStringLiteral("json_extract(l.body, '$.fields.\"' || m.record_uuid || '\"') = 1")
                                : QStringLiteral("(l.body::jsonb -> 'fields' -> m.record_uuid) = 'true'::jsonb");
    const QString sql =
        QStringLiteral("SELECT 1 FROM sync_records m "
                       "JOIN sync_records l ON l.record_table = 'observation_media' AND l.group_id = m.group_id AND l.deleted = 0 "
                       "JOIN fiches f ON f.uuid = l.record_uuid AND f.group_id = m.group_id AND f.deleted = 0 "
                       "WHERE m.record_table = 'media' AND m.group_id = ? AND m.deleted = 0 AND ")
        + shaOf + QStringLiteral(" = ? AND ") + linked + QStringLiteral(" AND ")
        + readableCondition(QStringLiteral("f"), QStringLiteral("author_id"), QStringLiteral("f.status = 'published'"))
        + QStringLiteral(" LIMIT 1");
    auto rows = lease.value()->query(sql, QVariantList{groupId, sha256} + readerParams(viewer));
    if (!rows)
        return rows.error();
    return !rows.value().isEmpty();
}

}  // namespace atlas::server
