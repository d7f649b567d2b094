#include "core/model/record_identity.h"

namespace atlas::core {

RecordIdentity RecordIdentity::create()
{
    return {QUuid::createUuid(), 1, QDateTime::currentDateTimeUtc(), false};
}

void RecordIdentity::touch()
{
    ++version;
    modified = QDateTime::currentDateTimeUtc();
}

}  // namespace atlas::core
