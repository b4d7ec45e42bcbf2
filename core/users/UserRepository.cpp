#include "UserRepository.h"

#include "../store/AuditLog.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxNameLength = 32;

QString databaseError(const QSqlQuery &q)
{
    return Store::tr("Database error: %1").arg(q.lastError().text());
}

UserRepository::Account accountOf(const QSqlQuery &q)
{
    UserRepository::Account a;
    a.user = { q.value(0).toString(), q.value(1).toString(),
               Rights::roleFromKey(q.value(2).toString()).value_or(Role::Viewer) };
    a.failedLogins = q.value(3).toInt();
    a.lockedUntil = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    a.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    return a;
}

const char *const AccountColumns = "id, name, role, failed_logins, locked_until, created_at";

std::optional<QByteArray> hashOf(const QString &password)
{
    if (sodium_init() < 0)
        return std::nullopt;
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    // The interactive limits (64 MiB, about a tenth of a second): a login on an old office PC
    // stays quick, a stolen store still costs a guesser that much per password.
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return std::nullopt;
    return QByteArray(hash);
}

bool matches(const QByteArray &hash, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    return sodium_init() >= 0
        && crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace

bool UserRepository::hasUsers() const
{
    QSqlQuery q(m_store.db());
    return q.exec(u"SELECT EXISTS (SELECT 1 FROM users)"_s) && q.next() && q.value(0).toBool();
}

QList<UserRepository::Account> UserRepository::list() const
{
    QList<Account> accounts;
    QSqlQuery q(m_store.db());
    q.exec(u"SELECT %1 FROM users ORDER BY name"_s.arg(QLatin1StringView(AccountColumns)));
    while (q.next())
        accounts.append(accountOf(q));
    return accounts;
}

std::optional<UserRepository::Account> UserRepository::byName(const QString &name) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM users WHERE name = ?"_s.arg(QLatin1StringView(AccountColumns)));
    q.addBindValue(name.simplified());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return accountOf(q);
}

Result<void> UserRepository::checkPassword(const QString &password) const
{
    if (password.size() < MinPasswordLength)
        return Result<void>::failure(
            tr("A password needs at least %1 characters.").arg(MinPasswordLength));
    return {};
}

Result<User> UserRepository::add(const QString &name, Role role, const QString &password)
{
    using R = Result<User>;
    const bool first = !hasUsers();
    if (first && role != Role::Administrator)
        return R::failure(tr("The first user of an installation is its administrator."));
    if (!first) {
        if (auto r = Rights::check(m_store, Right::ManageUsers); !r)
            return R::failure(r.error());
    }
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return R::failure(tr("A user needs a name."));
    if (simplified.size() > MaxNameLength)
        return R::failure(tr("A user's name has at most %1 characters.").arg(MaxNameLength));
    if (byName(simplified))
        return R::failure(tr("There is already a user named %1.").arg(simplified));
    if (auto r = checkPassword(password); !r)
        return R::failure(r.error());
    const auto hash = hashOf(password);
    if (!hash)
        return R::failure(tr("The password cannot be hashed: the computer is out of memory."));

    const User user { SyncedRows::newId(), simplified, role };
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery q(m_store.db());
    q.prepare(u"INSERT INTO users (id, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(user.id);
    q.addBindValue(user.name);
    q.addBindValue(Rights::key(role));
    q.addBindValue(QString::fromLatin1(*hash));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return R::failure(databaseError(q));
    // The first administrator makes themself: the entry names them, not the computer account.
    if (first)
        m_store.setUser(user);
    if (auto r = AuditLog::append(m_store, u"users"_s, user.id, AuditLog::Action::Insert, {},
                                  { { u"name"_s, user.name }, { u"role"_s, Rights::key(role) } });
        !r)
        return R::failure(r.error());
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return user;
}

Result<User> UserRepository::logIn(const QString &name, const QString &password, const QDateTime &now)
{
    using R = Result<User>;
    const auto account = byName(name);
    // The same words for an unknown name as for a wrong password: the list of users is shown
    // anyway, but a guesser at the CLI learns nothing.
    if (!account)
        return R::failure(tr("Wrong name or password."));
    if (account->lockedUntil.isValid() && account->lockedUntil > now)
        return R::failure(tr("%1 is locked after %2 wrong passwords until %3; an administrator "
                             "can unlock them sooner.")
                              .arg(account->user.name)
                              .arg(MaxFailedLogins)
                              .arg(QLocale().toString(account->lockedUntil.toLocalTime().time(),
                                                      QLocale::ShortFormat)));
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT password_hash FROM users WHERE id = ?"_s);
    q.addBindValue(account->user.id);
    if (!q.exec() || !q.next())
        return R::failure(databaseError(q));
    const bool good = matches(q.value(0).toString().toLatin1(), password);

    QSqlQuery update(m_store.db());
    if (good) {
        update.prepare(u"UPDATE users SET failed_logins = 0, locked_until = '' WHERE id = ?"_s);
        update.addBindValue(account->user.id);
    } else {
        const int failed = account->failedLogins + 1;
        const bool lock = failed >= MaxFailedLogins;
        update.prepare(u"UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"_s);
        update.addBindValue(lock ? 0 : failed);
        update.addBindValue(lock ? now.addSecs(LockMinutes * 60).toUTC().toString(Qt::ISODate) : u""_s);
        update.addBindValue(account->user.id);
    }
    if (!update.exec())
        return R::failure(databaseError(update));
    if (!good) {
        const int left = MaxFailedLogins - (account->failedLogins + 1);
        return R::failure(left > 0
            ? tr("Wrong name or password. %n more wrong password(s) lock this user for %1 minutes.",
                 nullptr, left).arg(LockMinutes)
            : tr("Wrong password: %1 is locked for %2 minutes.").arg(account->user.name).arg(LockMinutes));
    }
    m_store.setUser(account->user);
    return account->user;
}

Result<void> UserRepository::confirm(const QString &password, const QDateTime &now)
{
    const User before = m_store.user();
    auto loggedIn = logIn(before.name, password, now);
    // A failed unlock leaves the user as they were: the window stays locked, not logged out.
    m_store.setUser(before);
    if (!loggedIn)
        return Result<void>::failure(loggedIn.error());
    return {};
}

Result<void> UserRepository::unlock(const QString &name)
{
    if (auto r = Rights::check(m_store, Right::ManageUsers); !r)
        return r;
    const auto account = byName(name);
    if (!account)
        return Result<void>::failure(tr("There is no user named %1.").arg(name.simplified()));
    QSqlQuery q(m_store.db());
    q.prepare(u"UPDATE users SET failed_logins = 0, locked_until = '' WHERE id = ?"_s);
    q.addBindValue(account->user.id);
    if (!q.exec())
        return Result<void>::failure(databaseError(q));
    return {};
}

int UserRepository::administratorCount() const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT count(*) FROM users WHERE role = ?"_s);
    q.addBindValue(Rights::key(Role::Administrator));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Result<void> UserRepository::changeRole(const QString &name, Role role)
{
    using R = Result<void>;
    if (auto r = Rights::check(m_store, Right::ManageUsers); !r)
        return r;
    const auto account = byName(name);
    if (!account)
        return R::failure(tr("There is no user named %1.").arg(name.simplified()));
    if (account->user.role == role)
        return {};
    if (account->user.role == Role::Administrator && administratorCount() <= 1)
        return R::failure(tr("%1 is the only administrator: make another user administrator first.")
                              .arg(account->user.name));
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery q(m_store.db());
    q.prepare(u"UPDATE users SET role = ? WHERE id = ?"_s);
    q.addBindValue(Rights::key(role));
    q.addBindValue(account->user.id);
    if (!q.exec())
        return R::failure(databaseError(q));
    if (auto r = AuditLog::append(m_store, u"users"_s, account->user.id, AuditLog::Action::Update,
                                  { { u"role"_s, Rights::key(account->user.role) } },
                                  { { u"role"_s, Rights::key(role) } });
        !r)
        return r;
    if (m_store.user().id == account->user.id)
        m_store.setUser({ account->user.id, account->user.name, role });
    return transaction.commit();
}

Result<void> UserRepository::setPassword(const QString &name, const QString &password)
{
    using R = Result<void>;
    const auto account = byName(name);
    const bool own = account && account->user.id == m_store.user().id;
    if (!own) {
        if (auto r = Rights::check(m_store, Right::ManageUsers); !r)
            return r;
    }
    if (!account)
        return R::failure(tr("There is no user named %1.").arg(name.simplified()));
    if (auto r = checkPassword(password); !r)
        return r;
    const auto hash = hashOf(password);
    if (!hash)
        return R::failure(tr("The password cannot be hashed: the computer is out of memory."));
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery q(m_store.db());
    q.prepare(u"UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = '' WHERE id = ?"_s);
    q.addBindValue(QString::fromLatin1(*hash));
    q.addBindValue(account->user.id);
    if (!q.exec())
        return R::failure(databaseError(q));
    // That the password changed, never a value: the trail masks the column.
    if (auto r = AuditLog::append(m_store, u"users"_s, account->user.id, AuditLog::Action::Update,
                                  { { u"password"_s, u"old"_s } }, { { u"password"_s, u"new"_s } });
        !r)
        return r;
    return transaction.commit();
}
