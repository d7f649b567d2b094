#pragma once
// Frame-sized images drawn into memory kept from earlier frames. A full HD frame is 8 MiB:
// memory fresh from the system is touched in 2,000 page faults, 20 ms and more on a virtual
// machine, every time the allocator gives a new frame new pages.

#include <QImage>
#include <QSize>

namespace atlas::gis {

// An uninitialised premultiplied ARGB32 image of `size`; its memory goes back for the next
// frame when the last copy of the image is gone.
QImage frameImage(QSize size);

}  // namespace atlas::gis
