#pragma once
// Who may do what to a fiche: role in its group x sharing scope x action -> allowed. Pure.

#include "core/model/observation.h"

#include <QString>
#include <optional>

namespace atlas::server {

// Role of an account in one working group; None: not a member (or anonymous).
enum class Role { None, Reader, Contributor, Animator };
enum class Action { Read, Create, Update, Delete, Publish, Comment, Vote, Moderate };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);  // reader, contributor, animator
QString actionName(Action action);

// The caller as seen from one fiche's group.
struct Actor {
    bool registered = false;  // false: anonymous
    Role role = Role::None;   // in the fiche's group
    bool isAuthor = false;    // the fiche is theirs (false for Create)
};

// What the decision depends on in the fiche.
struct FicheFacts {
    core::SharingScope scope = core::SharingScope::Private;
    core::ObservationStatus status = core::ObservationStatus::Draft;
};

// The rules, in one place:
// - Read: private -> author only; group -> members; community -> members, and any registered
//   account once published; public -> members, and anyone once published.
// - Create: contributors and animators of the group (facts: the new fiche); creating it
//   already published needs Publish.
// - Update, Delete: the author if still contributor or animator; animators for any non-private
//   fiche of their group.
// - Publish (publish or reject a proposed fiche): animators, non-private fiches.
// - Comment, Vote: registered accounts, on published public fiches.
// - Moderate (hide/restore comments): animators of the group.
bool isAllowed(const Actor& actor, const FicheFacts& fiche, Action action);

}  // namespace atlas::server
