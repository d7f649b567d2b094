#include "gis/formats/rtree_bulk_loader.h"

#include "gis/formats/import_plan.h"
#include "gis/store/sqlite_database.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <algorithm>
#include <bit>
#include <cmath>

namespace atlas::gis {
namespace {

// A cell of a node being built: a row id (leaves) or a child's index in the level below.
struct Cell {
    std::int64_t ref;
    float box[4];  // minX, maxX, minY, maxY as the rtree stores them
};

// The rtree keeps 32-bit floats, rounded outwards so that boxes never shrink.
float down(double v)
{
    float f = float(v);
    return double(f) > v ? std::nextafter(f, -INFINITY) : f;
}
float up(double v)
{
    float f = float(v);
    return double(f) < v ? std::nextafter(f, INFINITY) : f;
}

void putBigEndian(std::string& out, std::uint64_t v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.push_back(char((v >> (8 * i)) & 0xFF));
}

// Sort-Tile-Recursive: groups of at most `capacity` cells that are close together.
std::vector<std::vector<Cell>> pack(std::vector<Cell> cells, size_t capacity)
{
    const size_t pages = (cells.size() + capacity - 1) / capacity;
    const size_t slices = size_t(std::ceil(std::sqrt(double(pages))));
    const size_t perSlice = slices * capacity;
    auto cx = [](const Cell& c) { return double(c.box[0]) + double(c.box[1]); };
    auto cy = [](const Cell& c) { return double(c.box[2]) + double(c.box[3]); };
    std::sort(cells.begin(), cells.end(), [&](const Cell& a, const Cell& b) { return cx(a) < cx(b); });
    std::vector<std::vector<Cell>> groups;
    for (size_t s = 0; s < cells.size(); s += perSlice) {
        const auto begin = cells.begin() + std::ptrdiff_t(s);
        const auto end = cells.begin() + std::ptrdiff_t(std::min(cells.size(), s + perSlice));
        std::sort(begin, end, [&](const Cell& a, const Cell& b) { return cy(a) < cy(b); });
        for (auto it = begin; it < end; it += std::ptrdiff_t(std::min<size_t>(capacity, size_t(end - it))))
            groups.emplace_back(it, it + std::ptrdiff_t(std::min<size_t>(capacity, size_t(end - it))));
    }
    return groups;
}

Cell bounds(const std::vector<Cell>& group, std::int64_t ref)
{
    Cell c{ref, {group[0].box[0], group[0].box[1], group[0].box[2], group[0].box[3]}};
    for (const Cell& g : group) {
        c.box[0] = std::min(c.box[0], g.box[0]);
        c.box[1] = std::max(c.box[1], g.box[1]);
        c.box[2] = std::min(c.box[2], g.box[2]);
        c.box[3] = std::max(c.box[3], g.box[3]);
    }
    return c;
}

}  // namespace

core::Status bulkLoadRTree(SqliteDatabase& db, const QString& rtree, std::vector<RTreeEntry> entries)
{
    auto fail = [&](const QString& reason) {
        return core::Error{db.path(), rtree,
                           QCoreApplication::translate("atlas::gis", "the spatial index cannot be filled: %1")
                               .arg(reason)};
    };
    if (entries.empty())
        return core::Done{};
    // Node size and emptiness as the rtree module sees them.
    auto root = db.prepare(QStringLiteral("SELECT length(data), (SELECT count(*) FROM %1) FROM %2 WHERE nodeno = 1")
                               .arg(quoteIdentifier(rtree + QStringLiteral("_rowid")),
                                    quoteIdentifier(rtree + QStringLiteral("_node"))));
    if (!root || !root.value().step())
        return fail(root ? root.value().errorString() : root.error().reason);
    const int nodeSize = int(root.value().integer(0));
    if (root.value().integer(1) != 0)
        return fail(QStringLiteral("not empty"));
    constexpr int cellSize = 8 + 4 * 4;
    const size_t capacity = size_t((nodeSize - 4) / cellSize);
    if (capacity < 4)
        return fail(QStringLiteral("node size %1").arg(nodeSize));

    // Levels from the leaves up; each node keeps its cells (row ids or child indexes).
    std::vector<std::vector<std::vector<Cell>>> levels;
    std::vector<Cell> cells;
    cells.reserve(entries.size());
    for (const RTreeEntry& e : entries)
        cells.push_back({e.id, {down(e.minX), up(e.maxX), down(e.minY), up(e.maxY)}});
    entries.clear();
    entries.shrink_to_fit();
    for (;;) {
        levels.push_back(pack(std::move(cells), capacity));
        const auto& level = levels.back();
        if (level.size() == 1)
            break;
        cells.clear();
        for (size_t i = 0; i < level.size(); ++i)
            cells.push_back(bounds(level[i], std::int64_t(i)));
    }

    // Node numbers: the root is 1, then level by level downwards.
    std::vector<std::vector<std::int64_t>> numbers(levels.size());
    std::int64_t next = 1;
    for (size_t l = levels.size(); l-- > 0;)
        for (size_t i = 0; i < levels[l].size(); ++i)
            numbers[l].push_back(next++);

    sqlite3_stmt* nodeStmt = nullptr;
    sqlite3_stmt* parentStmt = nullptr;
    sqlite3_stmt* rowidStmt = nullptr;
    auto prepareRaw = [&](const QString& sql, sqlite3_stmt** stmt) {
        const QByteArray utf8 = sql.toUtf8();
        return sqlite3_prepare_v2(db.handle(), utf8.constData(), int(utf8.size()), stmt, nullptr) == SQLITE_OK;
    };
    const bool prepared =
        prepareRaw(QStringLiteral("INSERT OR REPLACE INTO %1 (nodeno, data) VALUES (?, ?)")
                       .arg(quoteIdentifier(rtree + QStringLiteral("_node"))),
                   &nodeStmt) &&
        prepareRaw(QStringLiteral("INSERT INTO %1 (nodeno, parentnode) VALUES (?, ?)")
                       .arg(quoteIdentifier(rtree + QStringLiteral("_parent"))),
                   &parentStmt) &&
        prepareRaw(QStringLiteral("INSERT INTO %1 (rowid, nodeno) VALUES (?, ?)")
                       .arg(quoteIdentifier(rtree + QStringLiteral("_rowid"))),
                   &rowidStmt);
    auto run = [](sqlite3_stmt* stmt, std::int64_t a, std::int64_t b) {
        sqlite3_bind_int64(stmt, 1, a);
        sqlite3_bind_int64(stmt, 2, b);
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        return rc == SQLITE_DONE;
    };
    bool ok = prepared;
    std::string blob;
    const size_t top = levels.size() - 1;
    for (size_t l = 0; ok && l < levels.size(); ++l) {
        for (size_t i = 0; ok && i < levels[l].size(); ++i) {
            const std::vector<Cell>& cellsOfNode = levels[l][i];
            const std::int64_t number = numbers[l][i];
            blob.clear();
            putBigEndian(blob, l == top ? std::uint64_t(top) : 0, 2);  // depth, in the root only
            putBigEndian(blob, cellsOfNode.size(), 2);
            for (const Cell& c : cellsOfNode) {
                const std::int64_t ref = l == 0 ? c.ref : numbers[l - 1][size_t(c.ref)];
                putBigEndian(blob, std::uint64_t(ref), 8);
                for (float v : c.box)
                    putBigEndian(blob, std::bit_cast<std::uint32_t>(v), 4);
                ok = ok && (l == 0 ? run(rowidStmt, ref, number) : run(parentStmt, ref, number));
            }
            blob.resize(size_t(nodeSize), '\0');
            sqlite3_bind_int64(nodeStmt, 1, number);
            sqlite3_bind_blob(nodeStmt, 2, blob.data(), int(blob.size()), SQLITE_STATIC);
            ok = ok && sqlite3_step(nodeStmt) == SQLITE_DONE;
            sqlite3_reset(nodeStmt);
        }
    }
    const QString error = ok ? QString() : db.lastError();
    sqlite3_finalize(nodeStmt);
    sqlite3_finalize(parentStmt);
    sqlite3_finalize(rowidStmt);
    if (!ok)
        return fail(error);
    return core::Done{};
}

}  // namespace atlas::gis
