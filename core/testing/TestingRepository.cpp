#include "TestingRepository.h"

#include "../people/IdNumber.h"
#include "../people/PersonRepository.h"
#include "../regions/RegionRepository.h"
#include "../store/Rights.h"
#include "../store/SqliteStatement.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

TestSite siteFrom(const QSqlQuery &q)
{
    TestSite s;
    s.id = q.value(0).toString();
    s.roundId = q.value(1).toString();
    s.name = q.value(2).toString();
    s.address = q.value(3).toString();
    s.testUnits = q.value(4).toInt();
    return s;
}

const QString siteColumns = u"id, round_id, name, address, test_units"_s;

} // namespace

Result<QString> TestingRepository::addRound(const TestRound &round, const QList<TestSite> &sites)
{
    using R = Result<QString>;
    const QString name = round.name.trimmed();
    if (name.isEmpty())
        return R::failure(tr("Enter the name of the round."));
    if (!round.roundOn.isValid())
        return R::failure(tr("Enter the day of the round."));
    if (round.villageIds.isEmpty())
        return R::failure(tr("Choose at least one village the round covers."));
    if (sites.isEmpty())
        return R::failure(tr("Add at least one test site."));
    for (const TestSite &site : sites) {
        if (site.name.trimmed().isEmpty())
            return R::failure(tr("Enter the name of every test site."));
        if (site.testUnits < 1)
            return R::failure(tr("Test site %1 needs at least one test unit.").arg(site.name));
    }
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    RegionRepository regions(m_store);
    for (const QString &villageId : round.villageIds) {
        const Region v = regions.byId(villageId);
        if (!v.isValid() || v.level != Region::Village)
            return R::failure(tr("The round may cover only villages of this township."));
    }
    auto id = SyncedRows::insert(m_store, u"test_rounds"_s,
        { { u"name"_s, name }, { u"round_on"_s, round.roundOn.toString(Qt::ISODate) },
            { u"notes"_s, round.notes.trimmed() } });
    if (!id)
        return id;
    for (const QString &villageId : round.villageIds) {
        auto r = SyncedRows::insert(m_store, u"test_round_villages"_s,
            { { u"round_id"_s, id.value() }, { u"region_id"_s, villageId } });
        if (!r)
            return r;
    }
    for (const TestSite &site : sites) {
        auto r = SyncedRows::insert(m_store, u"test_sites"_s,
            { { u"round_id"_s, id.value() }, { u"name"_s, site.name.trimmed() },
                { u"address"_s, site.address.trimmed() }, { u"test_units"_s, site.testUnits } });
        if (!r)
            return r;
    }
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return id;
}

QList<TestRound> TestingRepository::rounds() const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT r.id, r.name, r.round_on, r.notes, "
              "  (SELECT group_concat(v.region_id) FROM test_round_villages v "
              "   WHERE v.round_id = r.id AND v.deleted = 0) "
              "FROM test_rounds r WHERE r.deleted = 0 "
              "ORDER BY r.round_on DESC, r.updated_hlc DESC"_s);
    QList<TestRound> list;
    if (q.exec()) {
        while (q.next()) {
            TestRound r;
            r.id = q.value(0).toString();
            r.name = q.value(1).toString();
            r.roundOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            r.notes = q.value(3).toString();
            r.villageIds = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
            list.append(r);
        }
    }
    return list;
}

TestRound TestingRepository::byId(const QString &roundId) const
{
    for (const TestRound &r : rounds()) {
        if (r.id == roundId)
            return r;
    }
    return {};
}

QList<TestSite> TestingRepository::sites(const QString &roundId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM test_sites WHERE round_id = ? AND deleted = 0 ORDER BY name"_s.arg(
        siteColumns));
    q.addBindValue(roundId);
    QList<TestSite> list;
    if (q.exec()) {
        while (q.next())
            list.append(siteFrom(q));
    }
    return list;
}

Sample TestingRepository::sampleById(const QString &sampleId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id, round_id, person_id, site_id, sampled_at, result, taken_by "
              "FROM samples WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(sampleId);
    Sample s;
    if (q.exec() && q.next()) {
        s.id = q.value(0).toString();
        s.roundId = q.value(1).toString();
        s.personId = q.value(2).toString();
        s.siteId = q.value(3).toString();
        s.sampledAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        s.result = q.value(5).toString();
        s.takenBy = q.value(6).toString();
    }
    return s;
}

Result<QString> TestingRepository::addSample(const QString &roundId, const QString &personId,
    const QString &siteId, const QDateTime &sampledAt, const QString &takenBy)
{
    using R = Result<QString>;
    if (!sampledAt.isValid())
        return R::failure(tr("Enter when the sample was taken."));
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const TestRound round = byId(roundId);
    if (!round.isValid())
        return R::failure(tr("Choose a testing round."));
    bool siteOfRound = false;
    for (const TestSite &s : sites(roundId))
        siteOfRound = siteOfRound || s.id == siteId;
    if (!siteOfRound)
        return R::failure(tr("Choose a test site of this round."));
    const Person person = PersonRepository(m_store).byId(personId);
    if (person.id.isEmpty())
        return R::failure(tr("Choose a registered person."));
    const Region village = RegionRepository(m_store).villageOf(person.regionId);
    if (!round.villageIds.contains(village.id)) {
        return R::failure(tr("%1 lives in %2, which this round does not cover.")
                              .arg(person.name, village.name));
    }
    // Checked inside the transaction, so that two sites cannot both record the same person.
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT s.sampled_at, coalesce(t.name, '') FROM samples s "
              "LEFT JOIN test_sites t ON t.id = s.site_id "
              "WHERE s.round_id = ? AND s.person_id = ? AND s.deleted = 0 LIMIT 1"_s);
    q.addBindValue(roundId);
    q.addBindValue(personId);
    if (q.exec() && q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        return R::failure(tr("%1 was already sampled in this round on %2 at test site %3.")
                              .arg(person.name, at.toString(u"yyyy-MM-dd HH:mm"_s),
                                  q.value(1).toString()));
    }
    auto id = SyncedRows::insert(m_store, u"samples"_s,
        { { u"round_id"_s, roundId }, { u"person_id"_s, personId }, { u"site_id"_s, siteId },
            { u"sampled_at"_s, sampledAt.toString(Qt::ISODate) },
            { u"taken_by"_s, takenBy.trimmed() } });
    if (!id)
        return id;
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return id;
}

Result<Person> TestingRepository::sampleByIdNumber(const QString &roundId,
    const QString &idNumberText, const QString &siteId, const QDateTime &now,
    const QString &takenBy)
{
    using R = Result<Person>;
    const auto number = IdNumber::parse(idNumberText, now.date());
    if (!number)
        return R::failure(number.error());
    const Person person = PersonRepository(m_store).byIdNumber(number->text());
    if (person.id.isEmpty())
        return R::failure(tr("Nobody with ID number %1 is registered.").arg(number->text()));
    auto id = addSample(roundId, person.id, siteId, now, takenBy);
    if (!id)
        return R::failure(id.error());
    return person;
}

Result<qint64> TestingRepository::recordAll(const QList<Sample> &samples)
{
    using R = Result<qint64>;
    if (auto allowed = Rights::checkWriting(m_store, u"samples"_s); !allowed)
        return R::failure(allowed.error());
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QHash<QString, TestRound> rounds;
    for (const TestRound &r : this->rounds())
        rounds.insert(r.id, r);
    QHash<QString, QString> siteRounds; // site id → its round
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, round_id FROM test_sites WHERE deleted = 0"_s))
        return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    while (q.next())
        siteRounds.insert(q.value(0).toString(), q.value(1).toString());
    QSqlQuery person(m_store.db());
    person.prepare(u"SELECT p.name, p.owner_unit, coalesce(v.id, ''), coalesce(v.name, '') "
                   "FROM persons p JOIN regions r ON r.id = p.region_id "
                   "LEFT JOIN regions v ON v.code = substr(r.code, 1, 12) "
                   "WHERE p.id = ? AND p.deleted = 0"_s);
    QSqlQuery sampled(m_store.db());
    sampled.prepare(u"SELECT 1 FROM samples WHERE round_id = ? AND person_id = ? AND deleted = 0 "
                    "LIMIT 1"_s);
    SqliteStatement insert(m_store.handle(),
        "INSERT INTO samples (id, round_id, person_id, site_id, sampled_at, result, taken_by, "
        "updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString origin = m_store.instanceId();
    QSet<QString> taken; // round|person of the samples written here
    qint64 written = 0;
    for (const Sample &s : samples) {
        if (!s.sampledAt.isValid())
            return R::failure(tr("Enter when the sample was taken."));
        if (!Sample::results().contains(s.result))
            return R::failure(tr("Choose a test result."));
        const auto round = rounds.constFind(s.roundId);
        if (round == rounds.cend())
            return R::failure(tr("Choose a testing round."));
        if (siteRounds.value(s.siteId) != s.roundId)
            return R::failure(tr("Choose a test site of this round."));
        person.addBindValue(s.personId);
        if (!person.exec() || !person.next())
            return R::failure(tr("Choose a registered person."));
        const QString name = person.value(0).toString();
        const QString owner = person.value(1).toString();
        const QString villageId = person.value(2).toString();
        const QString villageName = person.value(3).toString();
        person.finish();
        if (!round->villageIds.contains(villageId))
            return R::failure(tr("%1 lives in %2, which this round does not cover.")
                                  .arg(name, villageName));
        const QString key = s.roundId + u'|' + s.personId;
        sampled.addBindValue(s.roundId);
        sampled.addBindValue(s.personId);
        if (!sampled.exec())
            return R::failure(Store::tr("Database error: %1").arg(sampled.lastError().text()));
        const bool stored = sampled.next();
        sampled.finish();
        if (stored || taken.contains(key))
            return R::failure(tr("%1 was already sampled in round %2.").arg(name, round->name));
        taken.insert(key);
        if (!(SqliteRow(insert) << SyncedRows::newId() << s.roundId << s.personId << s.siteId
                                 << s.sampledAt.toString(Qt::ISODate) << s.result
                                 << s.takenBy.trimmed() << qint64(m_store.hlc().now()) << origin
                                 << owner)
                 .run())
            return R::failure(Store::tr("Database error: %1").arg(insert.error()));
        ++written;
    }
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return written;
}

Result<void> TestingRepository::setResult(const QString &sampleId, const QString &result)
{
    using R = Result<void>;
    if (!Sample::results().contains(result))
        return R::failure(tr("Choose a test result."));
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (auto r = SyncedRows::update(m_store, u"samples"_s, sampleId, { { u"result"_s, result } });
        !r)
        return r;
    return transaction.commit();
}

Result<int> TestingRepository::setSiteResults(
    const QString &roundId, const QString &siteId, const QString &result)
{
    using R = Result<int>;
    if (!Sample::results().contains(result) || result == "pending"_L1)
        return R::failure(tr("Choose a test result."));
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id FROM samples WHERE round_id = ? AND site_id = ? AND deleted = 0 "
              "AND result = 'pending'"_s);
    q.addBindValue(roundId);
    q.addBindValue(siteId);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    // One audited update per sample, so that each result travels in a bundle on its own.
    for (const QString &id : ids) {
        if (auto r = SyncedRows::update(m_store, u"samples"_s, id, { { u"result"_s, result } });
            !r)
            return R::failure(r.error());
    }
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return int(ids.size());
}
