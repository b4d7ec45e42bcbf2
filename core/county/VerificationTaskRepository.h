#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Store;

// A person the county asks a township to locate and verify (核查任务), and what the township
// found. Made at the county, carried down in the township's bundle, answered there and carried
// back up.
struct VerificationTask
{
    QString id;
    QString forUnit; // the township's code
    QString personName;
    QString idNumber;
    QString phone;
    QString reason;
    QDate issuedOn;
    QDate dueOn;
    QString result; // empty while open; see results()
    QString resultNotes;
    QDate verifiedOn;
    QString verifiedBy;

    bool isOpen() const { return result.isEmpty(); }
    bool isOverdue(QDate today) const { return isOpen() && dueOn.isValid() && dueOn < today; }
    static const QStringList &results();
    static QString resultLabel(const QString &result);
};

class VerificationTaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(VerificationTaskRepository)

public:
    // A task with the person its township keeps under its ID number, if this store knows them.
    struct Row
    {
        VerificationTask task;
        QString knownPersonId;
        QString knownVillage;
    };

    explicit VerificationTaskRepository(Store &store)
        : m_store(store)
    { }

    Result<VerificationTask> check(
        const VerificationTask &task, QDate today = QDate::currentDate()) const;
    Result<QString> add(const VerificationTask &task, QDate today = QDate::currentDate());
    // Whether the result can be recorded so; recordResult() checks the same.
    Result<void> checkResult(const QString &id, const QString &result, const QString &notes,
                             QDate verifiedOn, const QString &verifiedBy,
                             QDate today = QDate::currentDate()) const;
    Result<void> recordResult(const QString &id, const QString &result, const QString &notes,
        QDate verifiedOn, const QString &verifiedBy, QDate today = QDate::currentDate());
    VerificationTask byId(const QString &id) const;

    // Open tasks first, the earliest due first; then answered ones, the latest answered first.
    // forUnit empty: every township's.
    qint64 count(const QString &forUnit = {}) const;
    qint64 openCount(const QString &forUnit = {}) const;
    QList<Row> list(const QString &forUnit = {}, qint64 offset = 0, int limit = 200) const;

private:
    Store &m_store;
};
