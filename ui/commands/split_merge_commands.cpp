#include "ui/commands/split_merge_commands.h"

#include "ui/commands/add_feature_command.h"
#include "ui/commands/change_geometries_command.h"
#include "ui/commands/delete_features_command.h"

#include <QCoreApplication>

namespace atlas::ui {

CompoundEditCommand* splitFeaturesCommand(const QString& atlasPath, const QString& table, const QList<FeatureSplit>& splits,
                                          std::shared_ptr<QString> error, std::shared_ptr<QList<qint64>> added)
{
    auto* command = new CompoundEditCommand(
        QCoreApplication::translate("atlas::ui", "Split %n feature(s)", nullptr, int(splits.size())), error);
    QList<ChangeGeometriesCommand::Change> changes;
    for (const FeatureSplit& split : splits)
        changes << ChangeGeometriesCommand::Change{split.original.fid, split.original.wkb, split.pieces.value(0)};
    auto reshaped = std::make_shared<QString>();
    command->add(new ChangeGeometriesCommand(atlasPath, table, changes, command->text(), reshaped), [reshaped] { return *reshaped; });
    for (const FeatureSplit& split : splits)
        for (qsizetype i = 1; i < split.pieces.size(); ++i) {
            auto outcome = std::make_shared<AddFeatureCommand::Outcome>();
            command->add(new AddFeatureCommand(atlasPath, table, {-1, split.pieces[i], split.original.attributes}, outcome),
                         [outcome, added] {
                             if (outcome->error.isEmpty() && !added->contains(outcome->fid))
                                 *added << outcome->fid;
                             return outcome->error;
                         });
        }
    return command;
}

CompoundEditCommand* mergeFeaturesCommand(const QString& atlasPath, const QString& table, const QList<qint64>& ids,
                                          const QByteArray& merged, const QVariantMap& attributes,
                                          std::shared_ptr<QString> error)
{
    auto* removal = new DeleteFeaturesCommand(atlasPath, table, ids);
    if (!removal->error().isEmpty() || ids.isEmpty()) {
        *error = removal->error();
        delete removal;
        return nullptr;
    }
    auto* command = new CompoundEditCommand(
        QCoreApplication::translate("atlas::ui", "Merge %n feature(s)", nullptr, int(ids.size())), error);
    command->add(removal, [removal] { return removal->error(); });
    // The first feature comes back under its own id with the merged shape.
    auto outcome = std::make_shared<AddFeatureCommand::Outcome>();
    command->add(new AddFeatureCommand(atlasPath, table, {ids.first(), merged, attributes}, outcome),
                 [outcome] { return outcome->error; });
    return command;
}

}  // namespace atlas::ui
