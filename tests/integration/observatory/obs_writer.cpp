// Test helper for the kill test: adds and edits fiches as fast as it can, printing
// "ack <uuid> <version>" after each committed write, until it is killed.

#include "core/model/wkb_point.h"
#include "gis/store/observation_store.h"

#include <QCoreApplication>
#include <cstdio>
#include <optional>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: obs_writer ATLAS\n");
        return 2;
    }
    auto opened = atlas::gis::ObservationStore::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "obs_writer: %s\n", qPrintable(opened.error().message()));
        return 1;
    }
    atlas::gis::ObservationStore& store = *opened.value();
    // Saves, then acknowledges on stdout only once the commit returned.
    const auto saveAndAck = [&store](const atlas::core::Observation& o) -> std::optional<atlas::core::Observation> {
        auto saved = store.saveObservation(o);
        if (!saved) {
            std::fprintf(stderr, "obs_writer: %s\n", qPrintable(saved.error().message()));
            return std::nullopt;
        }
        std::printf("ack %s %d\n", qPrintable(o.identity.uuid.toString(QUuid::WithoutBraces)),
                    saved.value().identity.version);
        std::fflush(stdout);
        return saved.take();
    };
    for (int i = 0;; ++i) {
        atlas::core::Observation o = atlas::core::Observation::create(atlas::core::ObservationKind(i % 4));
        o.titleFr = QStringLiteral("Fiche %1").arg(i);
        o.descriptionFr = QString(2000, QLatin1Char('x'));  // big enough to span pages
        o.geometryWkb = atlas::core::pointWkb(2.0 + (i % 100) * 0.01, 50.5);
        auto inserted = saveAndAck(o);
        if (!inserted)
            return 1;
        // And an edit of the same fiche: a second version that must survive too.
        inserted->titleNl = QStringLiteral("Fiche %1 (nl)").arg(i);
        if (!saveAndAck(*inserted))
            return 1;
    }
}
