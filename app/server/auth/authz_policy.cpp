#include "auth/authz_policy.h"

namespace atlas::server {
namespace {

bool atLeast(Role role, Role minimum)
{
    return static_cast<int>(role) >= static_cast<int>(minimum);
}

bool canRead(const Actor& a, const FicheFacts& f)
{
    using core::SharingScope;
    const bool published = f.status == core::ObservationStatus::Published;
    const bool member = a.registered && atLeast(a.role, Role::Reader);
    const bool author = a.registered && a.isAuthor;
    switch (f.scope) {
    case SharingScope::Private:
        return author;
    case SharingScope::Group:
        return author || member;
    case SharingScope::Community:
        return author || member || (a.registered && published);
    case SharingScope::Public:
        return author || member || published;
    }
    return false;
}

bool canEdit(const Actor& a, const FicheFacts& f)
{
    if (!a.registered)
        return false;
    if (a.isAuthor && atLeast(a.role, Role::Contributor))
        return true;
    return a.role == Role::Animator && f.scope != core::SharingScope::Private;
}

}  // namespace

bool isAllowed(const Actor& a, const FicheFacts& f, Action action)
{
    const bool animator = a.registered && a.role == Role::Animator;
    switch (action) {
    case Action::Read:
        return canRead(a, f);
    case Action::Create:
        return a.registered && atLeast(a.role, Role::Contributor);
    case Action::Update:
    case Action::Delete:
        return canEdit(a, f);
    case Action::Publish:
        return animator && f.scope != core::SharingScope::Private;
    case Action::Comment:
    case Action::Vote:
        return a.registered && f.scope == core::SharingScope::Public
            && f.status == core::ObservationStatus::Published;
    case Action::Moderate:
        return animator;
    }
    return false;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::None:
        return QStringLiteral("none");
    case Role::Reader:
        return QStringLiteral("reader");
    case Role::Contributor:
        return QStringLiteral("contributor");
    case Role::Animator:
        return QStringLiteral("animator");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role r : {Role::Reader, Role::Contributor, Role::Animator})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

QString actionName(Action action)
{
    static const char* names[] = {"read", "create", "update", "delete", "publish", "comment", "vote", "moderate"};
    return QString::fromLatin1(names[static_cast<int>(action)]);
}

}  // namespace atlas::server
