// Who is working: logging in with --user, the first administrator of init, user add, list and
// unlock; and who did what, from the audit trail.
#include "CliCommands.h"

#include "people/ClerkDate.h"
#include "store/AuditLog.h"
#include "store/Store.h"
#include "users/AuditExport.h"
#include "users/AuditTexts.h"
#include "users/UserRepository.h"

#include <QLocale>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

std::optional<QString> CliCommands::password(const char *variable, const QString &prompt)
{
    // A scheduled task has no terminal to type in: the password comes from its environment.
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    m_err << prompt << Qt::flush;
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    m_err << Qt::endl;
    return QString::fromStdString(line);
#else
    Q_UNUSED(prompt)
    return std::nullopt;
#endif
}

int CliCommands::logIn(Store &store, const QString &name)
{
    const auto typed = password("TL_PASSWORD", tr("Password of %1: ").arg(name));
    if (!typed)
        return fail(tr("No password for %1: type it in a terminal, or set TL_PASSWORD.").arg(name));
    auto user = UserRepository(store).logIn(name, *typed);
    if (!user)
        return fail(user.error());
    return 0;
}

Result<QString> CliCommands::newPassword(const QString &name, const char *variable)
{
    using R = Result<QString>;
    const auto first = password(variable, tr("New password of %1: ").arg(name));
    if (!first)
        return R::failure(tr("No password for %1: type it in a terminal, or set %2.")
                              .arg(name, QString::fromLatin1(variable)));
    // Typed at a prompt, it is typed twice.
    if (!qEnvironmentVariableIsSet(variable)) {
        const auto again = password(variable, tr("The same password again: "));
        if (!again || *again != *first)
            return R::failure(tr("The two passwords differ."));
    }
    return *first;
}

int CliCommands::addFirstAdministrator(Store &store, const QString &name)
{
    // The one setting up the installation is its first user, and so the one working now.
    const auto typed = newPassword(name, "TL_PASSWORD");
    if (!typed)
        return fail(typed.error());
    auto added = UserRepository(store).add(name, Role::Administrator, typed.value());
    if (!added)
        return fail(added.error());
    return 0;
}

int CliCommands::user(Store &store, const QString &sub, const QStringList &words,
                      const QMultiMap<QString, QString> &options)
{
    UserRepository users(store);
    if (sub == "list"_L1) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const UserRepository::Account &a : users.list()) {
            m_out << a.user.name << '\t' << Rights::key(a.user.role);
            if (a.lockedUntil.isValid() && a.lockedUntil > now)
                m_out << '\t'
                      << tr("locked until %1")
                             .arg(QLocale().toString(a.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
            m_out << Qt::endl;
        }
        return 0;
    }
    if (words.size() != 1)
        return usage(tr("user %1 needs the user's name.").arg(sub));
    const QString name = words.first();
    if (sub == "add"_L1) {
        const auto role = Rights::roleFromKey(options.value(u"role"_s));
        if (!role)
            return usage(tr("--role takes one of %1.").arg(Rights::roleKeys().join(u", "_s)));
        // Refused before the password is asked when the one asking may not add users.
        if (users.hasUsers()) {
            if (auto allowed = Rights::check(store, Right::ManageUsers); !allowed)
                return fail(allowed.error());
        }
        const auto typed = newPassword(name, "TL_NEW_PASSWORD");
        if (!typed)
            return fail(typed.error());
        auto added = users.add(name, *role, typed.value());
        if (!added)
            return fail(added.error());
        m_out << tr("%1 can log in as %2.").arg(added->name, Rights::label(added->role)) << Qt::endl;
        return 0;
    }
    if (sub == "unlock"_L1) {
        if (auto r = users.unlock(name); !r)
            return fail(r.error());
        m_out << tr("%1 can log in again.").arg(name) << Qt::endl;
        return 0;
    }
    return usage(tr("Unknown command: user %1").arg(sub));
}

int CliCommands::audit(Store &store, const QMultiMap<QString, QString> &options)
{
    AuditLog::Filter filter;
    filter.userName = options.value(u"by"_s);
    filter.table = options.value(u"table"_s);
    filter.rowId = options.value(u"record"_s);
    for (const auto &[option, day] : { std::pair { u"from"_s, &filter.from },
                                       std::pair { u"to"_s, &filter.to } }) {
        if (!options.contains(option))
            continue;
        const auto parsed = ClerkDate::parse(options.value(option));
        if (!parsed)
            return usage(tr("--%1: %2").arg(option, parsed.error()));
        *day = parsed.value();
    }
    if (options.contains(u"out"_s)) {
        const QString path = options.value(u"out"_s);
        const auto written = AuditExport::write(store, filter, path);
        if (!written)
            return fail(written.error());
        m_out << tr("Wrote %n audit entries to %1.", nullptr, int(written.value())).arg(path)
              << Qt::endl;
        return 0;
    }
    // One entry a line, newest first, for a scheduled task or grep.
    const auto visited = AuditLog::forEach(store, filter, [&](const AuditLog::Entry &e) {
        m_out << AuditTexts::at(e.at) << '\t' << e.userName << '\t' << e.action << '\t' << e.table
              << '\t' << e.rowId << '\t' << e.changed.join(u',') << Qt::endl;
        return true;
    });
    if (!visited)
        return fail(visited.error());
    return 0;
}
