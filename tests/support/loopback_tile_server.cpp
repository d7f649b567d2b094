#include "support/loopback_tile_server.h"

#include <QBuffer>
#include <QImage>
#include <httplib.h>

#include <chrono>

namespace atlas::test {

QByteArray plainTilePng(QColor colour)
{
    QImage tile(256, 256, QImage::Format_ARGB32);
    tile.fill(colour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    tile.save(&buffer, "PNG");
    return png;
}

LoopbackTileServer::LoopbackTileServer(QColor colour, int delayMs)
    : m_server(std::make_unique<httplib::Server>()), m_png(plainTilePng(colour)), m_delayMs(delayMs)
{
    m_server->Get(R"(/(\d+)/(\d+)/(\d+)\.png)", [this](const httplib::Request&, httplib::Response& res) {
        if (m_delayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_delayMs));
        ++m_served;
        res.set_content(m_png.constData(), std::size_t(m_png.size()), "image/png");
    });
    m_port = m_server->bind_to_any_port("127.0.0.1");
    if (m_port > 0)
        m_thread = std::thread([this] { m_server->listen_after_bind(); });
}

LoopbackTileServer::~LoopbackTileServer()
{
    stop();
}

void LoopbackTileServer::stop()
{
    if (m_thread.joinable()) {
        m_server->stop();
        m_thread.join();
    }
}

QString LoopbackTileServer::urlTemplate() const
{
    return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_port);
}

}  // namespace atlas::test
