// Frame-sized images reuse the memory of frames that are gone, never of frames still shown.
#include "gis/render/frame_image.h"

#include <catch2/catch.hpp>

using atlas::gis::frameImage;

TEST_CASE("Frame images reuse the memory of released frames only", "[gis][render][frame]")
{
    const QSize fullHd(1920, 1080);
    const uchar* first = nullptr;
    {
        QImage frame = frameImage(fullHd);
        REQUIRE(frame.size() == fullHd);
        CHECK(frame.format() == QImage::Format_ARGB32_Premultiplied);
        CHECK(frame.bytesPerLine() == 1920 * 4);
        frame.fill(Qt::red);
        first = frame.constBits();
        // Alive, it is not lent again.
        QImage second = frameImage(fullHd);
        CHECK(second.constBits() != first);
        // A copy that is changed gets memory of its own; the frame keeps its pixels.
        QImage copy = frame;
        copy.fill(Qt::blue);
        CHECK(copy.constBits() != first);
        CHECK(frame.pixel(10, 10) == QColor(Qt::red).rgba());
    }
    // Released (with its copies), the next frame of the same size draws into the same memory.
    const QImage next = frameImage(fullHd);
    CHECK(next.constBits() == first);
    // Another size does not take a buffer of the wrong size.
    const QImage other = frameImage(QSize(1280, 720));
    CHECK(other.size() == QSize(1280, 720));
    CHECK(other.constBits() != first);
    // Small images are ordinary ones.
    CHECK_FALSE(frameImage(QSize(64, 64)).isNull());
}
