// core::RecordIdentity: new records are unique; touch makes a new version of the same one.

#include "core/model/record_identity.h"
#include "support/test_support.h"

#include <QThread>

using atlas::core::RecordIdentity;

TEST_CASE("RecordIdentity::create gives a fresh, live, first version", "[core][identity]")
{
    const RecordIdentity a = RecordIdentity::create();
    const RecordIdentity b = RecordIdentity::create();
    CHECK_FALSE(a.uuid.isNull());
    CHECK(a.uuid != b.uuid);
    CHECK(a.version == 1);
    CHECK_FALSE(a.deleted);
    CHECK(a.modified.isValid());
    CHECK(a.modified.timeSpec() == Qt::UTC);
}

TEST_CASE("RecordIdentity::touch bumps the version and the time, keeps the uuid", "[core][identity]")
{
    RecordIdentity id = RecordIdentity::create();
    const RecordIdentity before = id;
    QThread::msleep(5);  // so that the new stamp is measurably later
    id.touch();
    CHECK(id.uuid == before.uuid);
    CHECK(id.version == before.version + 1);
    CHECK(id.modified > before.modified);
    CHECK(id.modified.timeSpec() == Qt::UTC);

    id.touch();
    CHECK(id.version == before.version + 2);
}
