#pragma once
// Rows of one import on their way from the reading thread to the writing thread.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace atlas::gis {

// One cell; text and blob bytes live in the batch's byte buffer.
struct CellValue {
    enum class Kind : std::uint8_t { Null, Integer, Real, Text, Blob };
    Kind kind = Kind::Null;
    std::int64_t integer = 0;
    double real = 0;
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
};

struct RowBatch {
    int columns = 0;                // cells per row, the geometry being the last one
    std::vector<CellValue> cells;   // rows * columns
    std::string bytes;              // text and blob payloads
    std::vector<std::int64_t> fids; // source feature ids, for messages

    int rows() const { return columns ? int(cells.size() / size_t(columns)) : 0; }
    void clear()
    {
        cells.clear();
        bytes.clear();
        fids.clear();
    }
};

// A bounded queue between one producer and one consumer; close() ends both sides.
class BatchQueue {
public:
    explicit BatchQueue(size_t capacity) : m_capacity(capacity) {}

    // False when the queue was closed (the consumer gave up): stop producing.
    bool push(std::unique_ptr<RowBatch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    // Null once the producer finished (or the queue was closed) and all was taken.
    std::unique_ptr<RowBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_closed || m_finished || !m_items.empty(); });
        if (m_items.empty())
            return nullptr;
        auto batch = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return batch;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_items.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<std::unique_ptr<RowBatch>> m_items;
    size_t m_capacity;
    bool m_finished = false;
    bool m_closed = false;
};

}  // namespace atlas::gis
