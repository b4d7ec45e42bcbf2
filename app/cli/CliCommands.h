#pragma once

#include "store/Result.h"

#include <QCoreApplication>
#include <QMultiMap>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class Store;

// The command-line tool's commands: each parses its own arguments, calls core, and prints the
// outcome. Refused input gives one line on stderr and a non-zero exit code.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }
    int run(const QStringList &arguments);

private:
    // The problem and the usage on stderr; exit code 2.
    int usage(const QString &problem);
    // The usage of every command, or of one, on stdout; exit code 0.
    int help(const QString &command);
    QString usageText() const;
    int fail(const QString &message);
    // May replace the store with a new one (demo --force), hence the owning pointer.
    int demo(std::unique_ptr<Store> &store, const QMultiMap<QString, QString> &options);
    int addMeasure(Store &store, const QMultiMap<QString, QString> &options);
    int exportRegistry(Store &store, const QString &name, const QMultiMap<QString, QString> &options);
    int supervision(Store &store, const QString &sub, const QMultiMap<QString, QString> &options);
    int checkpoint(Store &store, const QString &sub, const QMultiMap<QString, QString> &options);
    int keys(Store &store, const QString &sub, const QStringList &words,
             const QMultiMap<QString, QString> &options);
    int bundle(Store &store, const QString &sub, const QStringList &words,
               const QMultiMap<QString, QString> &options);
    int person(Store &store, const QString &sub, const QStringList &words,
               const QMultiMap<QString, QString> &options);
    int household(Store &store, const QString &sub, const QStringList &words,
                  const QMultiMap<QString, QString> &options);
    int importLedger(Store &store, const QStringList &words,
                     const QMultiMap<QString, QString> &options);
    int knownToSeveral(Store &store, const QMultiMap<QString, QString> &options);
    int user(Store &store, const QString &sub, const QStringList &words,
             const QMultiMap<QString, QString> &options);
    int audit(Store &store, const QMultiMap<QString, QString> &options);
    // Logs the user in with the password typed or given in TL_PASSWORD; 0 when logged in.
    int logIn(Store &store, const QString &name);
    int addFirstAdministrator(Store &store, const QString &name);
    // A password from the environment variable, else typed at the terminal without echo;
    // none when neither can be had.
    std::optional<QString> password(const char *variable, const QString &prompt);
    // A new user's password: from the variable, or typed twice.
    Result<QString> newPassword(const QString &name, const char *variable);

    QTextStream &m_out;
    QTextStream &m_err;
};
