#include "admin_commands.h"

#include "auth/credentials.h"

#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>

namespace atlas::server {

QTextStream& adminOut()
{
    static QTextStream s(stdout);
    return s;
}

int adminFail(const QString& message)
{
    static QTextStream err(stderr);
    err << "atlas-server: error: " << message << Qt::endl;
    return 1;
}

int adminUsage(const QString& message)
{
    static QTextStream err(stderr);
    err << "atlas-server: " << message << Qt::endl;
    return 2;
}

QString takeOption(QStringList& args, const QString& option)
{
    const int i = int(args.indexOf(option));
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString v = args[i + 1];
    args.remove(i, 2);
    return v;
}

namespace {

core::Result<UserRecord> existingUser(ServerStore& store, const QString& name)
{
    auto user = store.findUser(name);
    if (!user)
        return user.error();
    if (!user.value())
        return core::Error{{}, name, QStringLiteral("no such account")};
    return *user.value();
}

core::Result<QString> passwordHashFrom(const QString& file)
{
    if (file.isEmpty())
        return core::Error{{}, QStringLiteral("--password-file"), QStringLiteral("is required")};
    auto password = readPasswordFile(file);
    if (!password)
        return password.error();
    return hashPassword(password.value());
}

int userCommand(ServerStore& store, QStringList a)
{
    const QString passwordFile = takeOption(a, QStringLiteral("--password-file"));
    const QString sub = a.value(1), name = a.value(2);
    if (sub == QLatin1String("list") && a.size() == 2) {
        auto users = store.listUsers();
        if (!users)
            return adminFail(users.error().message());
        for (const UserRecord& u : users.value()) {
            auto groups = store.membershipsOf(u.id);
            if (!groups)
                return adminFail(groups.error().message());
            QStringList roles;
            for (const MembershipRecord& m : groups.value())
                roles << m.groupName + QLatin1Char(':') + roleName(m.role);
            adminOut() << u.name << '\t' << u.created << '\t' << roles.join(QLatin1Char(',')) << '\n';
        }
        adminOut().flush();
        return 0;
    }
    if ((sub != QLatin1String("add") && sub != QLatin1String("passwd")) || a.size() != 3)
        return adminUsage(QStringLiteral("usage: atlas-server user add|passwd NAME --password-file F | user list"));
    if (!isValidName(name))
        return adminFail(QStringLiteral("'%1': account names are 1-64 letters, digits, '_', '.' or '-'").arg(name));
    auto hash = passwordHashFrom(passwordFile);
    if (!hash)
        return adminFail(hash.error().message());
    if (sub == QLatin1String("add")) {
        auto id = store.addUser(name, hash.value());
        if (!id)
            return adminFail(id.error().message());
        adminOut() << "account " << name << " added" << Qt::endl;
        return 0;
    }
    auto user = existingUser(store, name);
    if (!user)
        return adminFail(user.error().message());
    if (auto s = store.setPasswordHash(user.value().id, hash.value()); !s)
        return adminFail(s.error().message());
    adminOut() << "password of " << name << " changed; its sessions are closed" << Qt::endl;
    return 0;
}

int groupCommand(ServerStore& store, QStringList a)
{
    const QString roleText = takeOption(a, QStringLiteral("--role"));
    if (a.value(1) == QLatin1String("add") && a.size() == 3) {
        if (!isValidName(a[2]))
            return adminFail(QStringLiteral("'%1': group names are 1-64 letters, digits, '_', '.' or '-'").arg(a[2]));
        auto id = store.addGroup(a[2]);
        if (!id)
            return adminFail(id.error().message());
        adminOut() << "group " << a[2] << " added" << Qt::endl;
        return 0;
    }
    if (a.value(1) != QLatin1String("member") || a.value(2) != QLatin1String("add") || a.size() != 5)
        return adminUsage(QStringLiteral("usage: atlas-server group add NAME | group member add GROUP USER --role R"));
    const auto role = roleFromName(roleText);
    if (!role)
        return adminFail(QStringLiteral("--role: '%1' is not reader, contributor or animator").arg(roleText));
    auto group = store.findGroup(a[3]);
    if (!group)
        return adminFail(group.error().message());
    if (!group.value())
        return adminFail(QStringLiteral("%1: no such group").arg(a[3]));
    auto user = existingUser(store, a[4]);
    if (!user)
        return adminFail(user.error().message());
    if (auto s = store.setMembership(group.value()->id, user.value().id, *role); !s)
        return adminFail(s.error().message());
    adminOut() << a[4] << " is " << roleName(*role) << " of " << a[3] << Qt::endl;
    return 0;
}

}  // namespace

bool isValidName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return re.match(name).hasMatch();
}

int runAdminCommand(ServerStore& store, const QStringList& args)
{
    if (args.value(0) == QLatin1String("user"))
        return userCommand(store, args);
    if (args.value(0) == QLatin1String("group"))
        return groupCommand(store, args);
    if (args.value(0) == QLatin1String("layer"))
        return runLayerCommand(store, args);
    return adminUsage(QStringLiteral("unknown command '%1'").arg(args.value(0)));
}

}  // namespace atlas::server
