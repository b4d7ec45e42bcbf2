#pragma once

#include "Hlc.h"
#include "Result.h"
#include "Rights.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

// One installation's SQLite store: opens the file (WAL, foreign keys, busy timeout), brings the
// schema up to date with the numbered migrations, and carries what every write needs: the hybrid
// logical clock, the instance id and the user making the change. A Store and its connection
// belong to the thread that opened it; a worker opens its own Store on the same file.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    static Result<std::unique_ptr<Store>> open(const QString &path);
    // The schema version this program writes; a store newer than this is refused.
    static int latestSchemaVersion();
    // The default store of this installation, in the platform data folder.
    static QString defaultPath();

    QSqlDatabase db() const;
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    Hlc &hlc() { return m_hlc; }
    // Empty until the unit has been set up (see UnitSetup).
    QString instanceId() const { return m_instanceId; }
    // The code of the township or county this installation serves: the owner of the rows it
    // makes (see Ownership).
    QString unitCode() const { return m_unitCode; }
    // Reads the instance id and unit again from the settings.
    void reloadSettings();
    // Who is working: the author of every change, whose rights every change is checked
    // against (see Rights). A worker's store is given the user of the store it works for.
    const User &user() const { return m_user; }
    void setUser(const User &user);
    // The operating system's account, which names the user before anyone logs in.
    static QString computerAccount();

    // Tables that carry id, updated_hlc, origin and deleted: the ones sync bundles carry.
    QStringList syncedTables() const;

    // Runs a statement that needs no bound values; a failure comes back with SQLite's message.
    Result<void> exec(const QString &sql);

private:
    Store(QString path, QString connectionName);
    Result<void> configure();
    Result<void> migrate();

    QString m_path;
    QString m_connectionName;
    QString m_instanceId;
    QString m_unitCode;
    User m_user;
    Hlc m_hlc;
};
