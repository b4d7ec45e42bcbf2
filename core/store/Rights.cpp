#include "Rights.h"

#include "Store.h"

using namespace Qt::StringLiterals;

namespace {

constexpr Role AllRoles[] = { Role::Administrator, Role::Clerk, Role::CheckpointOperator,
                              Role::Supervisor, Role::Viewer };

// The supervision area, which a supervisor keeps.
const QStringList &supervisionTables()
{
    static const QStringList tables = { u"supervision_teams"_s, u"checklist_templates"_s,
                                        u"supervision_rounds"_s, u"supervision_visits"_s,
                                        u"findings"_s, u"accountability_records"_s };
    return tables;
}

QString rightDescription(Right right)
{
    switch (right) {
    case Right::ManageUsers: return Rights::tr("manage the users");
    case Right::ChangeSettings: return Rights::tr("change the settings");
    case Right::ManageKeys: return Rights::tr("manage the keys");
    case Right::Restore: return Rights::tr("restore a copy of the store");
    case Right::Work: return Rights::tr("change the ledgers");
    case Right::ExportFullData: return Rights::tr("export full ID numbers and phones");
    case Right::SeeFullData: return Rights::tr("see full ID numbers and phones");
    case Right::ReadAuditTrail: return Rights::tr("read the audit trail");
    }
    Q_UNREACHABLE();
}

} // namespace

QString Rights::key(Role role)
{
    switch (role) {
    case Role::Administrator: return u"administrator"_s;
    case Role::Clerk: return u"clerk"_s;
    case Role::CheckpointOperator: return u"checkpoint_operator"_s;
    case Role::Supervisor: return u"supervisor"_s;
    case Role::Viewer: return u"viewer"_s;
    }
    Q_UNREACHABLE();
}

std::optional<Role> Rights::roleFromKey(const QString &key)
{
    for (Role role : AllRoles) {
        if (Rights::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString Rights::label(Role role)
{
    switch (role) {
    case Role::Administrator: return tr("Administrator");
    case Role::Clerk: return tr("Clerk");
    case Role::CheckpointOperator: return tr("Checkpoint operator");
    case Role::Supervisor: return tr("Supervisor");
    case Role::Viewer: return tr("Viewer");
    }
    Q_UNREACHABLE();
}

QStringList Rights::roleKeys()
{
    QStringList keys;
    for (Role role : AllRoles)
        keys << key(role);
    return keys;
}

bool Rights::allows(Role role, Right right)
{
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Clerk:
        return right == Right::Work || right == Right::ExportFullData || right == Right::SeeFullData;
    case Role::CheckpointOperator:
    case Role::Supervisor:
        return right == Right::SeeFullData;
    case Role::Viewer:
        return false;
    }
    Q_UNREACHABLE();
}

bool Rights::allowsWriting(Role role, const QString &table)
{
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Clerk:
        // The region tree and the policy values are the installation's settings.
        return table != "regions"_L1 && table != "policy_values"_L1;
    case Role::CheckpointOperator:
        return table == "checkpoint_entries"_L1;
    case Role::Supervisor:
        return supervisionTables().contains(table);
    case Role::Viewer:
        return false;
    }
    Q_UNREACHABLE();
}

Result<void> Rights::check(const Store &store, Right right)
{
    const User &user = store.user();
    if (allows(user.role, right))
        return {};
    return Result<void>::failure(tr("%1 (%2) may not %3.")
                                     .arg(user.name, label(user.role), rightDescription(right)));
}

Result<void> Rights::checkWriting(const Store &store, const QString &table)
{
    const User &user = store.user();
    if (allowsWriting(user.role, table))
        return {};
    QString refusal;
    switch (user.role) {
    case Role::CheckpointOperator:
        refusal = tr("%1 (%2) may only log the passages at a checkpoint.");
        break;
    case Role::Supervisor:
        refusal = tr("%1 (%2) may only change the supervision rounds, visits and findings.");
        break;
    case Role::Clerk:
        refusal = tr("%1 (%2) may not change the villages or the policy values: an "
                     "administrator keeps them.");
        break;
    default:
        refusal = tr("%1 (%2) may read the ledgers but not change them.");
        break;
    }
    return Result<void>::failure(refusal.arg(user.name, label(user.role)));
}
