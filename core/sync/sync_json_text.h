#pragma once
// The sync's JSON written straight to text (JsonText) where the server writes thousands of
// objects a second: stored op results, sync records, feed changes and the push answer.

#include "core/sync/sync_messages.h"

#include <QByteArray>

namespace atlas::core {

QByteArray fieldChangesJsonText(const FieldChanges& changes);
// The storage form of a record. Stamps are grouped by the change that made them
// ("stamps": [{"op", "version", "at", "replica", "author", "fields": [...]}]): the fields of
// a record mostly share a few, and one stamp per field was most of the text.
QByteArray syncRecordJsonText(const SyncRecord& record);
QByteArray opResultJsonText(const OpResult& result);
QByteArray pushResultJsonText(const PushResult& result);
// A JSON object text back as an object (the QJsonObject forms of the writers above).
QJsonObject jsonTextObject(const QByteArray& text);

}  // namespace atlas::core
