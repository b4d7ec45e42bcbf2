#pragma once

#include "../store/Result.h"
#include "../store/Rights.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

class Store;

// The users of an installation and their passwords: who may log in, with which role. A
// password is kept only as its Argon2id hash (libsodium's crypto_pwhash_str); five wrong
// passwords in a row lock the user for five minutes.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    struct Account
    {
        User user;
        int failedLogins = 0;
        QDateTime lockedUntil; // invalid when not locked
        QDateTime createdAt;
    };

    static constexpr int MaxFailedLogins = 5;
    static constexpr int LockMinutes = 5;
    static constexpr int MinPasswordLength = 6;

    explicit UserRepository(Store &store) : m_store(store) { }

    bool hasUsers() const;
    // By name.
    QList<Account> list() const;
    std::optional<Account> byName(const QString &name) const;

    // Adds a user. Needs the right to manage users, except for the first user of an
    // installation, who must be an administrator.
    Result<User> add(const QString &name, Role role, const QString &password);
    // Checks the password and makes the user the store's user. Refused, saying why, for an
    // unknown name, a wrong password (counting towards the lock) or a locked user.
    Result<User> logIn(const QString &name, const QString &password,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Whether the password is the store's user's own, for unlocking an idle window; a wrong
    // one counts towards the lock as at login.
    Result<void> confirm(const QString &password,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Lifts a lock before its time. Needs the right to manage users.
    Result<void> unlock(const QString &name);
    // Gives a user another role. Needs the right to manage users; the last administrator stays
    // one, so that someone can still manage the users.
    Result<void> changeRole(const QString &name, Role role);
    // Sets a user's password (and lifts a lock): an administrator's for a user who forgot theirs,
    // or the store's user's own.
    Result<void> setPassword(const QString &name, const QString &password);

private:
    Result<void> checkPassword(const QString &password) const;
    int administratorCount() const;

    Store &m_store;
};
