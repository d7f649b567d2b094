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

namespace {

// Levels of the Lambert-93 matrix set: 2,000 m per pixel at level 0 over 1,024 km, halved each level.
QByteArray wmtsCapabilities(int port)
{
    QByteArray levels;
    for (int z = 0; z <= 5; ++z) {
        const double metresPerPixel = 2000.0 / (1 << z);
        const int tiles = 2 << z;
        levels += QStringLiteral("<TileMatrix><ows:Identifier>%1</ows:Identifier><ScaleDenominator>%2</ScaleDenominator>"
                                 "<TopLeftCorner>100000 7200000</TopLeftCorner><TileWidth>256</TileWidth>"
                                 "<TileHeight>256</TileHeight><MatrixWidth>%3</MatrixWidth><MatrixHeight>%3</MatrixHeight>"
                                 "</TileMatrix>")
                      .arg(z)
                      .arg(metresPerPixel / 0.00028, 0, 'f', 6)
                      .arg(tiles)
                      .toUtf8();
    }
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
               "<Capabilities xmlns=\"http://www.opengis.net/wmts/1.0\" xmlns:ows=\"http://www.opengis.net/ows/1.1\" "
               "version=\"1.0.0\"><ows:ServiceIdentification><ows:Title>Loopback</ows:Title></ows:ServiceIdentification>"
               "<Contents><Layer><ows:Title>Plan de test</ows:Title><ows:Identifier>plan</ows:Identifier>"
               "<Style isDefault=\"true\"><ows:Identifier>normal</ows:Identifier></Style><Format>image/png</Format>"
               "<TileMatrixSetLink><TileMatrixSet>LAMB93</TileMatrixSet></TileMatrixSetLink>"
               "<ResourceURL format=\"image/png\" resourceType=\"tile\" "
               "template=\"http://127.0.0.1:%1/{TileMatrix}/{TileCol}/{TileRow}.png\"/></Layer>"
               "<TileMatrixSet><ows:Identifier>LAMB93</ows:Identifier>"
               "<ows:SupportedCRS>urn:ogc:def:crs:EPSG::2154</ows:SupportedCRS>")
               .arg(port)
               .toUtf8() +
           levels + "</TileMatrixSet></Contents></Capabilities>";
}

}  // namespace

LoopbackTileServer::LoopbackTileServer(QColor colour, int delayMs)
    : m_server(std::make_unique<httplib::Server>()), m_png(plainTilePng(colour)), m_delayMs(delayMs)
{
    m_server->Get(R"(/(\d+)/(\d+)/(\d+)\.png)", [this](const httplib::Request&, httplib::Response& res) {
        if (m_delayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_delayMs));
        ++m_served;
        res.set_content(m_png.constData(), std::size_t(m_png.size()), "image/png");
    });
    m_server->Get("/wmts/capabilities.xml", [this](const httplib::Request&, httplib::Response& res) {
        ++m_capabilitiesServed;
        const QByteArray xml = wmtsCapabilities(m_port);
        res.set_content(xml.constData(), std::size_t(xml.size()), "application/xml");
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

QString LoopbackTileServer::wmtsCapabilitiesUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/wmts/capabilities.xml").arg(m_port);
}

QString LoopbackTileServer::urlTemplate() const
{
    return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_port);
}

}  // namespace atlas::test
