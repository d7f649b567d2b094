#include "gis/render/frame_image.h"

#include <cstdlib>
#include <mutex>
#include <vector>

namespace atlas::gis {
namespace {

// Below this, allocation is cheap enough; above, a few buffers cover the canvas's frame, the
// one being drawn and the parts of a frame drawn in parallel.
constexpr std::size_t kMinPooledBytes = std::size_t(1) << 20;
constexpr std::size_t kPooledBuffers = 4;

struct Buffer {
    std::size_t bytes;
    uchar data[1];  // the pixels follow
};

struct BufferPool {
    std::mutex mutex;
    std::vector<Buffer*> idle;
};

BufferPool& pool()
{
    static auto* p = new BufferPool;  // never destroyed: images may outlive static destruction
    return *p;
}

Buffer* takeBuffer(std::size_t bytes)
{
    {
        BufferPool& p = pool();
        std::lock_guard lock(p.mutex);
        for (auto it = p.idle.begin(); it != p.idle.end(); ++it)
            if ((*it)->bytes == bytes) {
                Buffer* b = *it;
                p.idle.erase(it);
                return b;
            }
    }
    auto* b = static_cast<Buffer*>(std::malloc(offsetof(Buffer, data) + bytes));
    if (b)
        b->bytes = bytes;
    return b;
}

void giveBack(void* info)
{
    Buffer* evicted = nullptr;
    {
        BufferPool& p = pool();
        std::lock_guard lock(p.mutex);
        p.idle.insert(p.idle.begin(), static_cast<Buffer*>(info));  // most recent first: warmest pages
        if (p.idle.size() > kPooledBuffers) {
            evicted = p.idle.back();
            p.idle.pop_back();
        }
    }
    std::free(evicted);  // outside the lock: returning 8 MiB to the system takes time
}

}  // namespace

QImage frameImage(QSize size)
{
    const qsizetype bytesPerLine = qsizetype(std::max(0, size.width())) * 4;
    const std::size_t bytes = std::size_t(bytesPerLine) * std::size_t(std::max(0, size.height()));
    if (bytes < kMinPooledBytes)
        return QImage(size, QImage::Format_ARGB32_Premultiplied);
    Buffer* b = takeBuffer(bytes);
    if (!b)
        return QImage(size, QImage::Format_ARGB32_Premultiplied);  // null if memory is short
    return QImage(b->data, size.width(), size.height(), bytesPerLine, QImage::Format_ARGB32_Premultiplied, giveBack, b);
}

}  // namespace atlas::gis
