#include "gis/media/media_import.h"

#include "core/model/wkb_point.h"
#include "gis/media/media_store.h"
#include "gis/store/observation_store.h"

#include <QFileInfo>

namespace atlas::gis {

core::Result<MediaImportOutcome> importMedia(ObservationStore& store, const MediaStore& files, const QString& path,
                                             const MediaImportOptions& options)
{
    auto ingested = files.ingest(path);
    if (!ingested)
        return ingested.error();
    MediaImportOutcome outcome;
    core::MediaItem item = ingested.take();
    auto status = store.batch([&]() -> core::Status {
        // Same content already recorded: keep its record (and uuid), refresh what was given now.
        auto known = store.mediaBySha256(item.sha256);
        if (!known)
            return known.error();
        if (known.value()) {
            const core::MediaItem existing = *known.value();
            item.identity = existing.identity;
            item.title = existing.title.isEmpty() ? item.title : existing.title;
            item.caption = existing.caption;
            item.credits = existing.credits;
            item.licence = existing.licence;
        }
        if (!options.caption.isEmpty())
            item.caption = options.caption;
        if (!options.credits.isEmpty())
            item.credits = options.credits;
        if (!options.licence.isEmpty())
            item.licence = options.licence;
        auto saved = store.saveMedia(item);
        if (!saved)
            return saved.error();
        outcome.media = saved.value();
        if (!options.attachTo.isNull())
            if (auto s = store.linkMedia(options.attachTo, outcome.media.identity.uuid); !s)
                return s;
        const bool located = outcome.media.hasPosition();
        if (options.placeFiches && (located || options.placeUnlocatedAt)) {
            core::Observation fiche = core::Observation::create(core::ObservationKind::Landmark);
            // The caption says what the photo shows better than its file name.
            fiche.titleFr = outcome.media.caption.isEmpty() ? outcome.media.title : outcome.media.caption;
            fiche.geometryWkb = located ? core::pointWkb(*outcome.media.lon, *outcome.media.lat)
                                        : core::pointWkb(options.placeUnlocatedAt->x(), options.placeUnlocatedAt->y());
            fiche.dateStart = outcome.media.taken.date();
            auto placed = store.saveObservation(fiche);
            if (!placed)
                return placed.error();
            if (auto s = store.linkMedia(placed.value().identity.uuid, outcome.media.identity.uuid); !s)
                return s;
            outcome.fiche = placed.value();
        }
        return core::Done{};
    });
    if (!status)
        return status.error();
    return outcome;
}

}  // namespace atlas::gis
