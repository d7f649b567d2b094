// Admin commands for shared layers: `layer import` reads any vector file GDAL opens into a
// group's layer (reprojected to longitude/latitude), `layer list` shows every layer.

#include "admin_commands.h"
#include "layers/layer_reader.h"

namespace atlas::server {
namespace {

int importLayer(ServerStore& store, QStringList a)
{
    const QString sourceLayer = takeOption(a, QStringLiteral("--source-layer"));
    const QString scopeText = takeOption(a, QStringLiteral("--scope"));
    QString title = takeOption(a, QStringLiteral("--title"));
    const QString ownerName = takeOption(a, QStringLiteral("--owner"));
    if (a.size() != 5)
        return adminUsage(QStringLiteral("usage: atlas-server layer import GROUP NAME FILE [--source-layer L] [--scope S] "
                                         "[--title T] [--owner USER]"));
    const QString groupName = a[2], name = a[3], file = a[4];
    if (!isValidLayerName(name))
        return adminFail(QStringLiteral("'%1': layer names are 1-64 letters, digits, '_' or '-'").arg(name));
    const auto scope = scopeText.isEmpty() ? core::SharingScope::Group : core::scopeFromName(scopeText);
    if (!scope)
        return adminFail(QStringLiteral("--scope: '%1' is not private, group, community or public").arg(scopeText));
    auto group = store.findGroup(groupName);
    if (!group)
        return adminFail(group.error().message());
    if (!group.value())
        return adminFail(QStringLiteral("%1: no such group").arg(groupName));
    LayerRecord l;
    if (!ownerName.isEmpty()) {
        auto owner = store.findUser(ownerName);
        if (!owner)
            return adminFail(owner.error().message());
        if (!owner.value())
            return adminFail(QStringLiteral("%1: no such account").arg(ownerName));
        l.uploaderId = owner.value()->id;
    } else if (*scope == core::SharingScope::Private) {
        return adminFail(QStringLiteral("a private layer needs --owner USER (nobody else may see it)"));
    }
    auto content = readLayerFile(file, sourceLayer);
    if (!content)
        return adminFail(content.error().message());
    l.groupId = group.value()->id;
    l.groupName = groupName;
    l.name = name;
    l.title = title.isEmpty() ? name : title;
    l.scope = *scope;
    l.sourceCrs = content.value().sourceCrs;
    l.geometryType = content.value().geometryType;
    l.extent = content.value().extent;
    auto stored = store.putLayer(l, content.value().features);
    if (!stored)
        return adminFail(stored.error().message());
    adminOut() << "layer " << groupName << '.' << name << ": " << stored.value().featureCount << " features ("
               << stored.value().geometryType << ", from " << stored.value().sourceCrs.left(80) << "), version "
               << stored.value().version << Qt::endl;
    return 0;
}

}  // namespace

int runLayerCommand(ServerStore& store, const QStringList& args)
{
    if (args.value(1) == QLatin1String("import"))
        return importLayer(store, args);
    if (args.value(1) != QLatin1String("list") || args.size() != 2)
        return adminUsage(QStringLiteral("usage: atlas-server layer import GROUP NAME FILE ... | layer list"));
    // Every layer whatever its scope: the administrator's view.
    auto layers = store.layers(std::nullopt, std::nullopt);
    if (!layers)
        return adminFail(layers.error().message());
    for (const LayerRecord& l : layers.value())
        adminOut() << l.groupName << '.' << l.name << '\t' << core::scopeName(l.scope) << '\t' << l.featureCount << '\t'
                   << l.geometryType << '\t' << l.sourceCrs.left(80) << '\n';
    adminOut().flush();
    return 0;
}

}  // namespace atlas::server
