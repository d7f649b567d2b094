#include "gis/geometry/wkb_edit.h"

#include <QtEndian>
#include <cstdint>
#include <cmath>
#include <cstring>

namespace atlas::gis {
namespace {

// One coordinate tuple as stored: X, Y, then any Z and M.
using Tuple = QList<double>;

// What to do to the target sequence while copying; the walker calls it with the tuples.
using SequenceEdit = std::function<bool(QList<Tuple>& tuples, bool ring)>;

// Copies a WKB geometry, handing sequence `target` to `edit` (every one when target < 0,
// read-only then) and writing the counts the edit leaves.
class WkbCopier {
public:
    WkbCopier(const QByteArray& in, int target, SequenceEdit edit) : m_in(in), m_target(target), m_edit(std::move(edit)) {}

    bool geometry(int depth = 0)
    {
        if (depth > 32 || !has(5))
            return false;
        const bool little = m_in[m_pos] == 1;
        copy(1);
        std::uint32_t type = 0;
        if (!integer(little, type, true))
            return false;
        int dims = 2;
        if (type & 0x80000000u)
            ++dims;
        if (type & 0x40000000u)
            ++dims;
        if (type & 0x20000000u) {
            if (!has(4))
                return false;
            copy(4);
        }
        type &= 0x0fffffffu;
        dims += type / 1000 == 3 ? 2 : (type / 1000 == 1 || type / 1000 == 2 ? 1 : 0);
        switch (type % 1000) {
        case 1:
            return sequence(little, dims, 1, false);
        case 2:
            return counted(little, dims, false);
        case 3: {
            std::uint32_t rings = 0;
            if (!integer(little, rings, true))
                return false;
            for (std::uint32_t i = 0; i < rings; ++i)
                if (!counted(little, dims, true))
                    return false;
            return true;
        }
        case 4:
        case 5:
        case 6:
        case 7: {
            std::uint32_t parts = 0;
            if (!integer(little, parts, true))
                return false;
            for (std::uint32_t i = 0; i < parts; ++i)
                if (!geometry(depth + 1))
                    return false;
            return true;
        }
        default:
            return false;
        }
    }
    bool complete() const { return m_pos == std::size_t(m_in.size()); }
    const QByteArray& output() const { return m_out; }
    bool targetSeen() const { return m_seen > m_target; }

private:
    bool has(std::size_t n) const { return m_pos + n <= std::size_t(m_in.size()); }
    void copy(std::size_t n)
    {
        m_out.append(m_in.constData() + m_pos, qsizetype(n));
        m_pos += n;
    }
    bool integer(bool little, std::uint32_t& value, bool copyIt)
    {
        if (!has(4))
            return false;
        std::memcpy(&value, m_in.constData() + m_pos, 4);
        value = little ? qFromLittleEndian(value) : qFromBigEndian(value);
        if (copyIt)
            copy(4);
        else
            m_pos += 4;
        return true;
    }
    void writeInteger(bool little, std::uint32_t value)
    {
        value = little ? qToLittleEndian(value) : qToBigEndian(value);
        m_out.append(reinterpret_cast<const char*>(&value), 4);
    }
    double readDouble(bool little)
    {
        std::uint64_t bits = 0;
        std::memcpy(&bits, m_in.constData() + m_pos, 8);
        m_pos += 8;
        bits = little ? qFromLittleEndian(bits) : qFromBigEndian(bits);
        double v = 0;
        std::memcpy(&v, &bits, 8);
        return v;
    }
    void writeDouble(bool little, double v)
    {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &v, 8);
        bits = little ? qToLittleEndian(bits) : qToBigEndian(bits);
        m_out.append(reinterpret_cast<const char*>(&bits), 8);
    }
    bool counted(bool little, int dims, bool ring)
    {
        std::uint32_t count = 0;
        return integer(little, count, false) && sequence(little, dims, count, ring, true);
    }
    // Reads `count` tuples, lets the edit change them if this is its sequence, writes them.
    bool sequence(bool little, int dims, std::uint32_t count, bool ring, bool withCount = false)
    {
        if (count > (std::size_t(m_in.size()) - m_pos) / (std::size_t(dims) * 8))
            return false;
        QList<Tuple> tuples;
        tuples.reserve(count);
        for (std::uint32_t i = 0; i < count; ++i) {
            Tuple t;
            for (int d = 0; d < dims; ++d)
                t << readDouble(little);
            tuples << t;
        }
        const int index = m_seen++;
        if (m_edit && (m_target < 0 || index == m_target) && !m_edit(tuples, ring))
            return false;
        if (withCount)
            writeInteger(little, std::uint32_t(tuples.size()));
        else if (tuples.size() != qsizetype(count))
            return false;  // a point stays one point
        for (const Tuple& t : tuples)
            for (double v : t)
                writeDouble(little, v);
        return true;
    }

    const QByteArray& m_in;
    QByteArray m_out;
    std::size_t m_pos = 0;
    int m_target;
    int m_seen = 0;
    SequenceEdit m_edit;
};

std::optional<QByteArray> edited(const QByteArray& wkb, int sequence, const SequenceEdit& edit)
{
    WkbCopier copier(wkb, sequence, edit);
    if (!copier.geometry() || !copier.complete() || !copier.targetSeen())
        return std::nullopt;
    return copier.output();
}

}  // namespace

std::optional<QByteArray> mapWkbVertices(const QByteArray& wkb, const VertexMap& map)
{
    return edited(wkb, -1, [&map](QList<Tuple>& tuples, bool) {
        for (Tuple& t : tuples)
            if (!(std::isnan(t[0]) && std::isnan(t[1])) && !map(t[0], t[1]))  // NaN: POINT EMPTY
                return false;
        return true;
    });
}

QList<VertexSequence> vertexSequences(const QByteArray& wkb)
{
    QList<VertexSequence> sequences;
    WkbCopier copier(wkb, -1, [&sequences](QList<Tuple>& tuples, bool ring) {
        VertexSequence s{{}, ring};
        for (const Tuple& t : tuples)
            s.points << QPointF(t[0], t[1]);
        sequences << s;
        return true;
    });
    if (!copier.geometry() || !copier.complete())
        return {};
    return sequences;
}

std::optional<QByteArray> withVertexMoved(const QByteArray& wkb, int sequence, int index, const QPointF& to)
{
    return edited(wkb, sequence, [index, to](QList<Tuple>& tuples, bool ring) {
        if (index < 0 || index >= tuples.size())
            return false;
        tuples[index][0] = to.x(), tuples[index][1] = to.y();
        const int last = int(tuples.size()) - 1;
        if (ring && (index == 0 || index == last)) {  // the closing point is the first one
            tuples[0][0] = tuples[last][0] = to.x();
            tuples[0][1] = tuples[last][1] = to.y();
        }
        return true;
    });
}

std::optional<QByteArray> withVertexInserted(const QByteArray& wkb, int sequence, int index, const QPointF& at)
{
    return edited(wkb, sequence, [index, at](QList<Tuple>& tuples, bool ring) {
        // In a ring a vertex goes between two others, never past the closing point.
        const int limit = ring ? int(tuples.size()) - 1 : int(tuples.size());
        if (tuples.isEmpty() || index < (ring ? 1 : 0) || index > limit)
            return false;
        Tuple t = tuples[qMin(index, int(tuples.size()) - 1)];  // Z and M of a neighbour
        t[0] = at.x(), t[1] = at.y();
        tuples.insert(index, t);
        return true;
    });
}

std::optional<QByteArray> withVertexRemoved(const QByteArray& wkb, int sequence, int index)
{
    return edited(wkb, sequence, [index](QList<Tuple>& tuples, bool ring) {
        const int count = int(tuples.size());
        if (index < 0 || index >= count || count <= (ring ? 4 : 2))
            return false;
        if (ring && (index == 0 || index == count - 1)) {
            // The first point goes: the second one opens and closes the ring.
            tuples.removeFirst();
            tuples.last() = tuples.first();
        } else {
            tuples.removeAt(index);
        }
        return true;
    });
}

}  // namespace atlas::gis
