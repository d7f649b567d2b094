#include "core/model/observation.h"

#include <array>

namespace atlas::core {
namespace {

template <typename E, std::size_t N>
std::optional<E> fromName(const std::array<const char*, N>& names, const QString& name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return E(i);
    return std::nullopt;
}

constexpr std::array<const char*, 4> kKinds = {"landmark", "project", "realisation", "action"};
constexpr std::array<const char*, 3> kStatuses = {"draft", "proposed", "published"};
constexpr std::array<const char*, 4> kScopes = {"private", "group", "community", "public"};

QString pick(const QString& preferred, const QString& other)
{
    return preferred.trimmed().isEmpty() ? other : preferred;
}

}  // namespace

QString kindName(ObservationKind kind)
{
    return QLatin1String(kKinds[std::size_t(kind)]);
}

QString statusName(ObservationStatus status)
{
    return QLatin1String(kStatuses[std::size_t(status)]);
}

QString scopeName(SharingScope scope)
{
    return QLatin1String(kScopes[std::size_t(scope)]);
}

std::optional<ObservationKind> kindFromName(const QString& name)
{
    // "procedure" is how the observatory names the fourth kind ("procedure & action").
    if (name.compare(QLatin1String("procedure"), Qt::CaseInsensitive) == 0)
        return ObservationKind::Action;
    return fromName<ObservationKind>(kKinds, name);
}

std::optional<ObservationStatus> statusFromName(const QString& name)
{
    return fromName<ObservationStatus>(kStatuses, name);
}

std::optional<SharingScope> scopeFromName(const QString& name)
{
    return fromName<SharingScope>(kScopes, name);
}

QStringList kindNames()
{
    QStringList names;
    for (const char* k : kKinds)
        names << QLatin1String(k);
    return names;
}

QStringList defaultThemes()
{
    return {QStringLiteral("architecture"), QStringLiteral("urbanism"),      QStringLiteral("landscape"),
            QStringLiteral("environment"),  QStringLiteral("heritage"),      QStringLiteral("mobility"),
            QStringLiteral("public space"), QStringLiteral("participation")};
}

Observation Observation::create(ObservationKind kind)
{
    Observation o;
    o.identity = RecordIdentity::create();
    o.kind = kind;
    return o;
}

QString Observation::title(const QString& language) const
{
    return language.startsWith(QLatin1String("nl")) ? pick(titleNl, titleFr) : pick(titleFr, titleNl);
}

QString Observation::description(const QString& language) const
{
    return language.startsWith(QLatin1String("nl")) ? pick(descriptionNl, descriptionFr)
                                                    : pick(descriptionFr, descriptionNl);
}

bool Observation::sameContent(const Observation& o) const
{
    return kind == o.kind && titleFr == o.titleFr && titleNl == o.titleNl && descriptionFr == o.descriptionFr &&
           descriptionNl == o.descriptionNl && themes == o.themes && geometryWkb == o.geometryWkb &&
           dateStart == o.dateStart && dateEnd == o.dateEnd && author == o.author && status == o.status &&
           scope == o.scope && commune == o.commune && tags == o.tags && links == o.links;
}

}  // namespace atlas::core
