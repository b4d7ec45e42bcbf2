#include "PolicyValues.h"

#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QSqlQuery>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString daysKey(const QString &kind)
{
    return u"isolation_days."_s + kind;
}

const QString feverKey = u"fever_threshold"_s;
const QString clockToleranceKey = u"clock_tolerance_minutes"_s;

} // namespace

int PolicyValues::defaultIsolationDays(const QString &kind)
{
    if (kind == "home_monitoring"_L1)
        return 7;
    return 14;
}

int PolicyValues::isolationDays(const QString &kind) const
{
    bool ok = false;
    const int days = value(daysKey(kind)).toInt(&ok);
    return ok && days > 0 ? days : defaultIsolationDays(kind);
}

Result<void> PolicyValues::setIsolationDays(const QString &kind, int days)
{
    if (days < 1 || days > 60)
        return Result<void>::failure(tr("Isolation days must be between 1 and 60."));
    return setValue(daysKey(kind), QString::number(days));
}

double PolicyValues::feverThreshold() const
{
    bool ok = false;
    const double t = value(feverKey).toDouble(&ok);
    return ok && t >= 36.0 && t <= 39.0 ? t : defaultFeverThreshold;
}

Result<void> PolicyValues::setFeverThreshold(double celsius)
{
    if (!(celsius >= 36.0 && celsius <= 39.0))
        return Result<void>::failure(tr("The fever threshold must be between 36.0 ℃ and 39.0 ℃."));
    return setValue(feverKey, QString::number(std::round(celsius * 10) / 10, 'f', 1));
}

QString PolicyValues::value(const QString &key) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT value FROM policy_values WHERE key = ? AND deleted = 0"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

namespace {

const QString periodsKey = QStringLiteral("checkpoint_periods");

// "0-8,8-16,16-24" as hour pairs; empty when the text is not periods that cover the day once.
QList<QPair<int, int>> parsePeriods(const QString &text)
{
    QList<QPair<int, int>> periods;
    int expected = 0;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,，;；\\s]+")), Qt::SkipEmptyParts)) {
        const QStringList hours = part.split(QRegularExpression(QStringLiteral("[-－~～]")));
        bool okFrom = false;
        bool okTo = false;
        const int from = hours.value(0).toInt(&okFrom);
        const int to = hours.value(1).toInt(&okTo);
        if (hours.size() != 2 || !okFrom || !okTo || from != expected || to <= from || to > 24)
            return {};
        periods.append({ from, to });
        expected = to;
    }
    return expected == 24 ? periods : QList<QPair<int, int>>();
}

} // namespace

QList<QPair<int, int>> PolicyValues::checkpointPeriods() const
{
    const QList<QPair<int, int>> periods = parsePeriods(value(periodsKey));
    return periods.isEmpty() ? QList<QPair<int, int>> { { 0, 8 }, { 8, 16 }, { 16, 24 } } : periods;
}

Result<void> PolicyValues::setCheckpointPeriods(const QString &text)
{
    const QList<QPair<int, int>> periods = parsePeriods(text);
    if (periods.isEmpty())
        return Result<void>::failure(tr("Write the periods as hours from 0 to 24 that follow each other, "
                                        "such as 0-8,8-16,16-24."));
    return setValue(periodsKey, periodsText(periods));
}

QString PolicyValues::periodsText(const QList<QPair<int, int>> &periods)
{
    QStringList parts;
    for (const auto &[from, to] : periods)
        parts << QStringLiteral("%1-%2").arg(from).arg(to);
    return parts.join(u',');
}

int PolicyValues::clockToleranceMinutes() const
{
    bool ok = false;
    const int minutes = value(clockToleranceKey).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultClockToleranceMinutes;
}

Result<void> PolicyValues::setClockToleranceMinutes(int minutes)
{
    if (minutes < 0 || minutes > 24 * 60)
        return Result<void>::failure(tr("The clock tolerance must be between 0 and 1440 minutes."));
    return setValue(clockToleranceKey, QString::number(minutes));
}

QString PolicyValues::rowId(const QString &key)
{
    // Every installation names a key's row alike, so that a value set by the county and one set
    // by the township are the same row in a bundle, and the newer one wins.
    static const QUuid policyNamespace(u"6f1c1c52-5a7e-4d1e-9a53-7d2f4c0b9e11"_s);
    return QUuid::createUuidV5(policyNamespace, key).toString(QUuid::WithoutBraces);
}

Result<void> PolicyValues::setValue(const QString &key, const QString &value)
{
    Transaction txn(m_store);
    if (!txn.isActive())
        return Result<void>::failure(txn.error());
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id FROM policy_values WHERE key = ? AND deleted = 0"_s);
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        if (auto r = SyncedRows::update(m_store, u"policy_values"_s, q.value(0).toString(),
                                        { { u"value"_s, value } });
            !r)
            return r;
    } else if (auto r = SyncedRows::insert(m_store, u"policy_values"_s,
                                           { { u"id"_s, rowId(key) }, { u"key"_s, key }, { u"value"_s, value } });
               !r) {
        return Result<void>::from(r);
    }
    return txn.commit();
}
