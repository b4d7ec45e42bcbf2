#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class Store;

// What a user of an installation may do. Every write and every export of full data asks here,
// in core, so the GUI and the CLI obey the same rules.
enum class Role { Administrator, Clerk, CheckpointOperator, Supervisor, Viewer };

// The one working at the installation: the author of every record they make.
struct User
{
    QString id; // empty for the installation's own account, before any user exists
    QString name;
    Role role = Role::Viewer;
};

enum class Right {
    ManageUsers,
    ChangeSettings, // the unit, its villages, policy values, trusted producers
    ManageKeys,
    Restore,
    Work, // any ledger: residents, measures, testing, checkpoints, needs, supervision; bundles
    ExportFullData, // ID numbers and phones unmasked, in an export
    SeeFullData, // ID numbers and phones unmasked, on screen
    ReadAuditTrail, // who changed what, of every user
};

class Rights
{
    Q_DECLARE_TR_FUNCTIONS(Rights)

public:
    static QString key(Role role);
    static std::optional<Role> roleFromKey(const QString &key);
    static QString label(Role role);
    static QStringList roleKeys();

    static bool allows(Role role, Right right);
    // Whether the role may insert, change or remove rows of the table.
    static bool allowsWriting(Role role, const QString &table);

    // The store's user may, or the refusal says who may not do what.
    static Result<void> check(const Store &store, Right right);
    static Result<void> checkWriting(const Store &store, const QString &table);
};
