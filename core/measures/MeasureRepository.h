#pragma once

#include "ControlMeasure.h"
#include "Responsibility.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Store;

// Reads and writes control measures and the cadres responsible for them, and answers the morning
// questions: who runs under which measure, who is due for release today, who is overdue, and who
// is responsible for whom. Every write runs in its own transaction and is audited.
//
// Day convention: the start day is the first day of the measure, and plannedEndOn is its last
// day, so a 14-day isolation starting 2022-03-25 ends on 2022-04-07 and is due for release that
// day. A release may be dated any day from the start to today.
class MeasureRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeasureRepository)

public:
    // A measure with what the lists show of its person.
    struct Row
    {
        ControlMeasure measure;
        QString personName;
        QString idNumber;
        QString phone;
        QString villageName;
        QString siteName;
    };

    struct Filter
    {
        QString villageId; // empty: every village
        QString kind; // empty: every kind
    };

    // One cadre (by name and phone) and the running measures they are responsible for.
    struct CadreLoad
    {
        QString cadreName;
        QString phone;
        QString role;
        QList<Row> measures;
    };

    explicit MeasureRepository(Store &store)
        : m_store(store)
    { }

    // The last day of a measure of that many days starting on start.
    static QDate plannedEnd(QDate start, int days);

    // The measure as it will be stored (planned end from the policy values, no site unless
    // central), or the first thing wrong with it or its cadres. Refuses a person already under a
    // running measure, and for central isolation a missing, closed or full site.
    Result<ControlMeasure> check(const ControlMeasure &measure, const QList<Responsibility> &cadres,
        QDate today = QDate::currentDate()) const;
    // Adds a running measure with its cadres, checked as by check().
    Result<QString> add(const ControlMeasure &measure, const QList<Responsibility> &cadres = {},
        QDate today = QDate::currentDate());
    // The rules of a measure as a ledger records it that need nothing stored: its kind, its days
    // (a planned end, when given, not before the start; a release, when given, from the start to
    // today and with its reason) and its cadres. For the rows of a ledger whose persons are not
    // registered yet; addRecorded() checks the rest.
    static Result<ControlMeasure> checkRecordedFields(const ControlMeasure &measure,
        const QList<Responsibility> &cadres, QDate today = QDate::currentDate());
    // Adds a measure as an office's ledger recorded it, with its cadres: its planned end as the
    // ledger gives it (from the policy values when invalid), and released already when
    // releasedOn is set; a released measure takes no place at a site and may lie beside the
    // person's running one. Otherwise checked as by check(). One step of the caller's
    // transaction when there is one.
    Result<QString> addRecorded(const ControlMeasure &measure,
        const QList<Responsibility> &cadres = {}, QDate today = QDate::currentDate());
    // Every live measure of the person, the latest start first.
    QList<ControlMeasure> ofPerson(const QString &personId) const;
    // Whether the running measure can be released on that day for that reason.
    Result<void> checkRelease(const QString &measureId, QDate releasedOn, const QString &reason,
        QDate today = QDate::currentDate()) const;
    Result<void> release(const QString &measureId, QDate releasedOn, const QString &reason,
        QDate today = QDate::currentDate());
    Result<void> setChecklist(
        const QString &measureId, bool cardPosted, bool agreementSigned, bool cameraInstalled);

    Result<QString> addResponsibility(const Responsibility &responsibility);
    Result<void> removeResponsibility(const QString &responsibilityId);
    QList<Responsibility> responsibilities(const QString &measureId) const;

    ControlMeasure byId(const QString &id) const;
    // The person's running measure, or an invalid one.
    ControlMeasure runningFor(const QString &personId) const;

    // Running measures, soonest planned end first.
    int countRunning(const Filter &filter = {}) const;
    QList<Row> running(const Filter &filter = {}, int offset = 0, int limit = 200) const;
    // Running measures whose last day is today.
    QList<Row> dueForRelease(QDate today = QDate::currentDate()) const;
    // Running measures whose last day has passed: someone forgot to release them.
    QList<Row> overdue(QDate today = QDate::currentDate()) const;
    // Cadres by name, each with the running measures they answer for.
    QList<CadreLoad> cadreLoads() const;

private:
    static Result<Responsibility> checkResponsibility(const Responsibility &responsibility);
    static Result<void> checkCadres(const QList<Responsibility> &cadres);
    Result<ControlMeasure> check(const ControlMeasure &measure, const QList<Responsibility> &cadres,
        QDate today, bool recorded) const;
    Result<QString> insert(const ControlMeasure &measure, const QList<Responsibility> &cadres);
    QList<Row> rows(const QString &where, const QVariantList &values, int offset, int limit) const;
    Store &m_store;
};
