#pragma once
// The sync's JSON written straight to text (JsonText) where thousands of objects go by a
// second: stored op results, sync records, feed changes, push batches and answers, pull pages.

#include "core/sync/sync_messages.h"

#include <QByteArray>

namespace atlas::core {

QByteArray fieldChangesJsonText(const FieldChanges& changes);
QByteArray syncOpJsonText(const SyncOp& op);
QByteArray pushBatchJsonText(const PushBatch& batch);
// A record as a pull delivers it (no stamps), and a pull page.
QByteArray syncSnapshotJsonText(const SyncRecord& record);
QByteArray pullPageJsonText(const PullPage& page);
// The storage form of a record. Stamps are grouped by the change that made them
// ("stamps": [{"op", "version", "at", "replica", "author", "fields": [...]}]): the fields of
// a record mostly share a few, and one stamp per field was most of the text.
QByteArray syncRecordJsonText(const SyncRecord& record);
QByteArray opResultJsonText(const OpResult& result);
QByteArray pushResultJsonText(const PushResult& result);
// A JSON object text back as an object (the QJsonObject forms of the writers above).
QJsonObject jsonTextObject(const QByteArray& text);

}  // namespace atlas::core
