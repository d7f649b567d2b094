// The authz policy, exhaustively: every actor (anonymous, registered non-member, each role,
// author or not) x scope x status x action, checked against the rules as the issue states
// them, plus the properties any sane policy keeps (more role never means fewer rights).

#include "auth/authz_policy.h"
#include "support/test_support.h"

using namespace atlas::server;
using atlas::core::ObservationStatus;
using atlas::core::SharingScope;

namespace {

const Role kRoles[] = {Role::None, Role::Reader, Role::Contributor, Role::Animator};
const SharingScope kScopes[] = {SharingScope::Private, SharingScope::Group, SharingScope::Community, SharingScope::Public};
const ObservationStatus kStatuses[] = {ObservationStatus::Draft, ObservationStatus::Proposed, ObservationStatus::Published};
const Action kActions[] = {Action::Read,    Action::Create,  Action::Update, Action::Delete,
                           Action::Publish, Action::Comment, Action::Vote,   Action::Moderate};

// The rules written as the issue says them, one case at a time (not the same code shape).
bool expected(const Actor& a, const FicheFacts& f, Action action)
{
    const bool published = f.status == ObservationStatus::Published;
    const bool member = a.registered && a.role != Role::None;
    const bool writer = a.registered && (a.role == Role::Contributor || a.role == Role::Animator);
    const bool animator = a.registered && a.role == Role::Animator;
    const bool author = a.registered && a.isAuthor;
    bool read = false;
    if (f.scope == SharingScope::Private)
        read = author;
    if (f.scope == SharingScope::Group)
        read = author || member;
    if (f.scope == SharingScope::Community)
        read = author || member || (a.registered && published);
    if (f.scope == SharingScope::Public)
        read = author || member || published;
    switch (action) {
    case Action::Read:
        return read;
    case Action::Create:
        return writer;
    case Action::Update:
    case Action::Delete:
        return (author && writer) || (animator && f.scope != SharingScope::Private);
    case Action::Publish:
        return animator && f.scope != SharingScope::Private;
    case Action::Comment:
    case Action::Vote:
        return a.registered && f.scope == SharingScope::Public && published;
    case Action::Moderate:
        return animator;
    }
    return false;
}

}  // namespace

TEST_CASE("authz policy: every actor x scope x status x action follows the rules")
{
    int checked = 0;
    for (bool registered : {false, true})
        for (Role role : kRoles)
            for (bool isAuthor : {false, true})
                for (SharingScope scope : kScopes)
                    for (ObservationStatus status : kStatuses)
                        for (Action action : kActions) {
                            const Actor actor{registered, registered ? role : Role::None, registered && isAuthor};
                            const FicheFacts facts{scope, status};
                            INFO(roleName(actor.role).toStdString() << (actor.isAuthor ? " author" : "")
                                 << (registered ? "" : " anonymous") << " " << atlas::core::scopeName(scope).toStdString()
                                 << " " << atlas::core::statusName(status).toStdString() << " "
                                 << actionName(action).toStdString());
                            CHECK(isAllowed(actor, facts, action) == expected(actor, facts, action));
                            ++checked;
                        }
    CHECK(checked == 2 * 4 * 2 * 4 * 3 * 8);
}

TEST_CASE("authz policy: properties")
{
    for (SharingScope scope : kScopes)
        for (ObservationStatus status : kStatuses)
            for (Action action : kActions) {
                const FicheFacts f{scope, status};
                // Anonymous callers never change anything.
                if (action != Action::Read)
                    CHECK_FALSE(isAllowed(Actor{false, Role::None, false}, f, action));
                for (bool author : {false, true})
                    for (int r = 0; r + 1 < 4; ++r) {
                        // A higher role never loses a right of a lower one.
                        const Actor lower{true, kRoles[r], author}, higher{true, kRoles[r + 1], author};
                        if (isAllowed(lower, f, action))
                            CHECK(isAllowed(higher, f, action));
                    }
                for (Role role : kRoles) {
                    const Actor other{true, role, false};
                    // Nobody but its author touches a private fiche, not even an animator.
                    if (scope == SharingScope::Private && action != Action::Create && action != Action::Moderate)
                        CHECK_FALSE(isAllowed(other, f, action));
                    // Whoever may change or publish a fiche may also read it.
                    for (Action write : {Action::Update, Action::Delete, Action::Publish, Action::Comment, Action::Vote})
                        if (isAllowed(other, f, write))
                            CHECK(isAllowed(other, f, Action::Read));
                }
            }
}

TEST_CASE("authz policy: role names round-trip and unknown names are refused")
{
    for (Role r : {Role::Reader, Role::Contributor, Role::Animator})
        CHECK(roleFromName(roleName(r)) == r);
    CHECK_FALSE(roleFromName(QStringLiteral("admin")).has_value());
    CHECK_FALSE(roleFromName(QStringLiteral("none")).has_value());
    CHECK_FALSE(roleFromName(QStringLiteral("Reader")).has_value());
}
