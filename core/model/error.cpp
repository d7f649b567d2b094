#include "core/model/error.h"

#include <QStringList>

namespace atlas::core {

QString Error::message() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << file;
    if (!location.isEmpty())
        parts << location;
    parts << (reason.isEmpty() ? QStringLiteral("unknown error") : reason);
    return parts.join(QStringLiteral(": "));
}

}  // namespace atlas::core
