#pragma once
// An XYZ tile server on 127.0.0.1 for the basemap tests: every /{z}/{x}/{y}.png is a
// plain tile of one colour, optionally after a delay; it counts what it served. It is also a
// WMTS service: /wmts/capabilities.xml offers the layer "plan" on a Lambert-93 tile matrix
// set "LAMB93" (levels 0-5, 2,000 m per pixel at level 0) whose tiles are those same ones.
// Tests never reach the internet.

#include <QByteArray>
#include <QColor>
#include <QString>
#include <atomic>
#include <memory>
#include <thread>

namespace httplib {
class Server;
}

namespace atlas::test {

class LoopbackTileServer {
public:
    explicit LoopbackTileServer(QColor colour, int delayMs = 0);
    ~LoopbackTileServer();  // stops and joins

    bool isListening() const { return m_port > 0; }
    // http://127.0.0.1:PORT/{z}/{x}/{y}.png
    QString urlTemplate() const;
    // http://127.0.0.1:PORT/wmts/capabilities.xml
    QString wmtsCapabilitiesUrl() const;
    int capabilitiesServed() const { return m_capabilitiesServed.load(); }
    int tilesServed() const { return m_served.load(); }
    void stop();

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    QByteArray m_png;
    int m_port = -1;
    int m_delayMs = 0;
    std::atomic<int> m_served{0};
    std::atomic<int> m_capabilitiesServed{0};
};

// A 256×256 PNG of one colour.
QByteArray plainTilePng(QColor colour);

}  // namespace atlas::test
