#include "MeasureRepository.h"

#include "IsolationSiteRepository.h"
#include "PolicyValues.h"

#include "../people/PersonRepository.h"
#include "../people/PhoneNumber.h"
#include "../people/TextNormalizer.h"
#include "../regions/RegionRepository.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString measureColumns
    = u"m.id, m.person_id, m.kind, m.site_id, m.started_on, m.planned_end_on, m.released_on, "
      "m.release_reason, m.card_posted, m.agreement_signed, m.camera_installed, m.notes"_s;
constexpr int measureColumnCount = 12;

const QString runningWhere = u"m.deleted = 0 AND m.released_on = ''"_s;

QString iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

ControlMeasure measureFrom(const QSqlQuery &q)
{
    ControlMeasure m;
    m.id = q.value(0).toString();
    m.personId = q.value(1).toString();
    m.kind = q.value(2).toString();
    m.siteId = q.value(3).toString();
    m.startedOn = dateOf(q.value(4));
    m.plannedEndOn = dateOf(q.value(5));
    m.releasedOn = dateOf(q.value(6));
    m.releaseReason = q.value(7).toString();
    m.cardPosted = q.value(8).toBool();
    m.agreementSigned = q.value(9).toBool();
    m.cameraInstalled = q.value(10).toBool();
    m.notes = q.value(11).toString();
    return m;
}

MeasureRepository::Row rowFrom(const QSqlQuery &q)
{
    MeasureRepository::Row row;
    row.measure = measureFrom(q);
    row.personName = q.value(measureColumnCount).toString();
    row.idNumber = q.value(measureColumnCount + 1).toString();
    row.phone = q.value(measureColumnCount + 2).toString();
    row.villageName = q.value(measureColumnCount + 3).toString();
    row.siteName = q.value(measureColumnCount + 4).toString();
    return row;
}

// What rowFrom() reads, after the measure columns.
const QString rowJoins = u", p.name, p.id_number, p.phone, v.name, s.name "_s;
const QString measureJoins
    = u"FROM control_measures m JOIN persons p ON p.id = m.person_id "
      "JOIN regions r ON r.id = p.region_id "
      "LEFT JOIN regions v ON v.code = substr(r.code, 1, 12) AND v.deleted = 0 "
      "LEFT JOIN isolation_sites s ON s.id = m.site_id "_s;

} // namespace

QDate MeasureRepository::plannedEnd(QDate start, int days)
{
    return start.addDays(days - 1);
}

Result<Responsibility> MeasureRepository::checkResponsibility(const Responsibility &input)
{
    using R = Result<Responsibility>;
    Responsibility r = input;
    r.cadreName = TextNormalizer::foldWidth(r.cadreName).simplified();
    if (r.cadreName.isEmpty())
        return R::failure(tr("Enter the name of the responsible cadre."));
    if (!Responsibility::roles().contains(r.role))
        return R::failure(tr("Choose the role of %1.").arg(r.cadreName));
    if (TextNormalizer::compact(r.phone).isEmpty())
        return R::failure(tr("Enter the phone number of %1.").arg(r.cadreName));
    auto phone = PhoneNumber::normalize(r.phone);
    if (!phone)
        return R::failure(
            tr("The phone number of %1 is wrong: %2").arg(r.cadreName, phone.error()));
    r.phone = phone.value();
    return r;
}

Result<void> MeasureRepository::checkCadres(const QList<Responsibility> &cadres)
{
    using R = Result<void>;
    if (cadres.size() > Responsibility::MaxPerMeasure)
        return R::failure(
            tr("At most %1 cadres can be responsible for one person, but %2 were entered.")
                .arg(Responsibility::MaxPerMeasure)
                .arg(cadres.size()));
    QStringList cadreNames;
    for (const Responsibility &c : cadres) {
        auto checked = checkResponsibility(c);
        if (!checked)
            return R::failure(checked.error());
        if (cadreNames.contains(checked->cadreName))
            return R::failure(
                tr("%1 is entered twice among the responsible cadres.").arg(checked->cadreName));
        cadreNames << checked->cadreName;
    }
    return {};
}

Result<ControlMeasure> MeasureRepository::checkRecordedFields(
    const ControlMeasure &input, const QList<Responsibility> &cadres, QDate today)
{
    using R = Result<ControlMeasure>;
    ControlMeasure m = input;
    if (!ControlMeasure::kinds().contains(m.kind))
        return R::failure(tr("Choose the kind of measure."));
    if (!m.startedOn.isValid())
        return R::failure(tr("Enter the date the measure starts."));
    if (m.startedOn > today)
        return R::failure(tr("The start date %1 is in the future.").arg(iso(m.startedOn)));
    if (m.plannedEndOn.isValid() && m.plannedEndOn < m.startedOn)
        return R::failure(tr("The planned end %1 is before the measure started on %2.")
                              .arg(iso(m.plannedEndOn), iso(m.startedOn)));
    if (m.releasedOn.isValid()) {
        if (m.releasedOn < m.startedOn)
            return R::failure(tr("The release date %1 is before the measure started on %2.")
                                  .arg(iso(m.releasedOn), iso(m.startedOn)));
        if (m.releasedOn > today)
            return R::failure(tr("The release date %1 is in the future.").arg(iso(m.releasedOn)));
        m.releaseReason = m.releaseReason.simplified();
        if (m.releaseReason.isEmpty())
            return R::failure(tr("Enter the reason for the release."));
    } else {
        m.releaseReason.clear();
    }
    if (auto r = checkCadres(cadres); !r)
        return R::failure(r.error());
    return m;
}

Result<ControlMeasure> MeasureRepository::check(
    const ControlMeasure &input, const QList<Responsibility> &cadres, QDate today) const
{
    return check(input, cadres, today, false);
}

Result<ControlMeasure> MeasureRepository::check(const ControlMeasure &input,
    const QList<Responsibility> &cadres, QDate today, bool recorded) const
{
    using R = Result<ControlMeasure>;
    ControlMeasure m = input;
    if (!recorded) {
        m.releasedOn = {};
        m.releaseReason.clear();
    }
    const Person person = PersonRepository(m_store).byId(m.personId);
    if (person.id.isEmpty())
        return R::failure(tr("Choose the person the measure applies to."));
    auto fields = checkRecordedFields(m, cadres, today);
    if (!fields)
        return fields;
    m = std::move(fields).value();

    const bool running = m.isRunning();
    if (const ControlMeasure other = runningFor(m.personId); running && other.isValid())
        return R::failure(
            tr("%1 is already under %2 since %3 (planned end %4): release that measure "
               "before adding another.")
                .arg(person.name, ControlMeasure::kindLabel(other.kind), iso(other.startedOn),
                    iso(other.plannedEndOn)));
    if (m.kind == "central_isolation"_L1) {
        IsolationSiteRepository sites(m_store);
        const IsolationSite site = sites.byId(m.siteId);
        if (!site.isValid())
            return R::failure(tr("Choose the isolation site for central isolation."));
        if (running && site.status == "closed"_L1)
            return R::failure(tr("The isolation site %1 is closed.").arg(site.name));
        if (const int occupied = sites.occupied(site.id); running && occupied >= site.capacity)
            return R::failure(tr("The isolation site %1 is full: %2 of %3 places are taken.")
                                  .arg(site.name)
                                  .arg(occupied)
                                  .arg(site.capacity));
    } else {
        m.siteId.clear();
        if (m.kind != "home_isolation"_L1)
            m.cardPosted = m.agreementSigned = m.cameraInstalled = false;
    }
    if (!recorded || !m.plannedEndOn.isValid())
        m.plannedEndOn = plannedEnd(m.startedOn, PolicyValues(m_store).isolationDays(m.kind));
    return m;
}

Result<QString> MeasureRepository::insert(
    const ControlMeasure &m, const QList<Responsibility> &cadres)
{
    const QVariantMap columns = {
        { u"person_id"_s, m.personId },
        { u"kind"_s, m.kind },
        { u"site_id"_s, m.siteId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : m.siteId },
        { u"started_on"_s, iso(m.startedOn) },
        { u"planned_end_on"_s, iso(m.plannedEndOn) },
        { u"released_on"_s, iso(m.releasedOn) },
        { u"release_reason"_s, m.releaseReason },
        { u"card_posted"_s, int(m.cardPosted) },
        { u"agreement_signed"_s, int(m.agreementSigned) },
        { u"camera_installed"_s, int(m.cameraInstalled) },
        { u"notes"_s, m.notes.trimmed() },
    };
    auto id = SyncedRows::insert(m_store, u"control_measures"_s, columns);
    if (!id)
        return id;
    for (const Responsibility &entered : cadres) {
        const Responsibility c = checkResponsibility(entered).value();
        auto r = SyncedRows::insert(m_store, u"responsibilities"_s,
            { { u"measure_id"_s, id.value() }, { u"cadre_name"_s, c.cadreName },
                { u"role"_s, c.role }, { u"phone"_s, c.phone } });
        if (!r)
            return r;
    }
    return id;
}

Result<QString> MeasureRepository::add(
    const ControlMeasure &input, const QList<Responsibility> &cadres, QDate today)
{
    using R = Result<QString>;
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    // Checked inside the transaction, so that two clerks cannot both fill the last bed.
    auto checked = check(input, cadres, today, false);
    if (!checked)
        return R::failure(checked.error());
    auto id = insert(checked.value(), cadres);
    if (!id)
        return id;
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return id;
}

Result<QString> MeasureRepository::addRecorded(
    const ControlMeasure &input, const QList<Responsibility> &cadres, QDate today)
{
    using R = Result<QString>;
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    auto checked = check(input, cadres, today, true);
    if (!checked)
        return R::failure(checked.error());
    auto id = insert(checked.value(), cadres);
    if (!id)
        return id;
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return id;
}

QList<ControlMeasure> MeasureRepository::ofPerson(const QString &personId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT "_s + measureColumns
        + u" FROM control_measures m WHERE m.person_id = ? AND m.deleted = 0 "
          "ORDER BY m.started_on DESC, m.rowid DESC"_s);
    q.addBindValue(personId);
    QList<ControlMeasure> list;
    if (q.exec()) {
        while (q.next())
            list.append(measureFrom(q));
    }
    return list;
}

Result<void> MeasureRepository::checkRelease(
    const QString &measureId, QDate releasedOn, const QString &reason, QDate today) const
{
    using R = Result<void>;
    const ControlMeasure m = byId(measureId);
    if (!m.isValid())
        return R::failure(tr("The measure no longer exists."));
    if (!m.isRunning())
        return R::failure(tr("The measure was already released on %1.").arg(iso(m.releasedOn)));
    if (!releasedOn.isValid())
        return R::failure(tr("Enter the date of release."));
    if (releasedOn < m.startedOn)
        return R::failure(tr("The release date %1 is before the measure started on %2.")
                              .arg(iso(releasedOn), iso(m.startedOn)));
    if (releasedOn > today)
        return R::failure(tr("The release date %1 is in the future.").arg(iso(releasedOn)));
    if (reason.simplified().isEmpty())
        return R::failure(tr("Enter the reason for the release."));
    return {};
}

Result<void> MeasureRepository::release(
    const QString &measureId, QDate releasedOn, const QString &reason, QDate today)
{
    if (auto r = checkRelease(measureId, releasedOn, reason, today); !r)
        return r;
    const QString why = reason.simplified();
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    if (auto r = SyncedRows::update(m_store, u"control_measures"_s, measureId,
            { { u"released_on"_s, iso(releasedOn) }, { u"release_reason"_s, why } });
        !r)
        return r;
    return transaction.commit();
}

Result<void> MeasureRepository::setChecklist(
    const QString &measureId, bool cardPosted, bool agreementSigned, bool cameraInstalled)
{
    using R = Result<void>;
    const ControlMeasure m = byId(measureId);
    if (!m.isValid())
        return R::failure(tr("The measure no longer exists."));
    if (m.kind != "home_isolation"_L1)
        return R::failure(
            tr("The checklist (card, agreement, camera) applies to home isolation only."));
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (auto r = SyncedRows::update(m_store, u"control_measures"_s, measureId,
            { { u"card_posted"_s, int(cardPosted) },
                { u"agreement_signed"_s, int(agreementSigned) },
                { u"camera_installed"_s, int(cameraInstalled) } });
        !r)
        return r;
    return transaction.commit();
}

Result<QString> MeasureRepository::addResponsibility(const Responsibility &responsibility)
{
    using R = Result<QString>;
    auto checked = checkResponsibility(responsibility);
    if (!checked)
        return R::failure(checked.error());
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const ControlMeasure m = byId(checked->measureId);
    if (!m.isValid())
        return R::failure(tr("The measure no longer exists."));
    if (!m.isRunning())
        return R::failure(
            tr("The measure was released on %1: it needs no more cadres.").arg(iso(m.releasedOn)));
    const QList<Responsibility> present = responsibilities(m.id);
    const QString personName = PersonRepository(m_store).byId(m.personId).name;
    if (present.size() >= Responsibility::MaxPerMeasure)
        return R::failure(tr("%1 already has %2 responsible cadres: remove one before adding "
                             "another.")
                              .arg(personName)
                              .arg(Responsibility::MaxPerMeasure));
    for (const Responsibility &p : present) {
        if (p.cadreName == checked->cadreName)
            return R::failure(tr("%1 is already responsible for %2.").arg(p.cadreName, personName));
    }
    auto id = SyncedRows::insert(m_store, u"responsibilities"_s,
        { { u"measure_id"_s, m.id }, { u"cadre_name"_s, checked->cadreName },
            { u"role"_s, checked->role }, { u"phone"_s, checked->phone } });
    if (!id)
        return id;
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return id;
}

Result<void> MeasureRepository::removeResponsibility(const QString &responsibilityId)
{
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    if (auto r = SyncedRows::tombstone(m_store, u"responsibilities"_s, responsibilityId); !r)
        return r;
    return transaction.commit();
}

QList<Responsibility> MeasureRepository::responsibilities(const QString &measureId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id, measure_id, cadre_name, role, phone FROM responsibilities "
              "WHERE measure_id = ? AND deleted = 0 ORDER BY rowid"_s);
    q.addBindValue(measureId);
    QList<Responsibility> list;
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString() });
    }
    return list;
}

ControlMeasure MeasureRepository::byId(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT "_s + measureColumns
        + u" FROM control_measures m WHERE m.id = ? AND m.deleted = 0"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? measureFrom(q) : ControlMeasure();
}

ControlMeasure MeasureRepository::runningFor(const QString &personId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT "_s + measureColumns
        + u" FROM control_measures m WHERE m.person_id = ? AND "_s + runningWhere
        + u" ORDER BY m.started_on DESC LIMIT 1"_s);
    q.addBindValue(personId);
    return q.exec() && q.next() ? measureFrom(q) : ControlMeasure();
}

namespace {

// The WHERE clause of a running-measures filter, and its values.
QString filterWhere(Store &store, const MeasureRepository::Filter &filter, QVariantList &values)
{
    QString where = runningWhere;
    if (!filter.villageId.isEmpty()) {
        where += u" AND substr(r.code, 1, 12) = ?"_s;
        values << RegionRepository(store).byId(filter.villageId).code;
    }
    if (!filter.kind.isEmpty()) {
        where += u" AND m.kind = ?"_s;
        values << filter.kind;
    }
    return where;
}

} // namespace

int MeasureRepository::countRunning(const Filter &filter) const
{
    QVariantList values;
    const QString where = filterWhere(m_store, filter, values);
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT count(*) FROM control_measures m JOIN persons p ON p.id = m.person_id "
              "JOIN regions r ON r.id = p.region_id WHERE "_s
        + where);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<MeasureRepository::Row> MeasureRepository::running(
    const Filter &filter, int offset, int limit) const
{
    QVariantList values;
    const QString where = filterWhere(m_store, filter, values);
    return rows(where, values, offset, limit);
}

QList<MeasureRepository::Row> MeasureRepository::dueForRelease(QDate today) const
{
    return rows(runningWhere + u" AND m.planned_end_on = ?"_s, { iso(today) }, 0, -1);
}

QList<MeasureRepository::Row> MeasureRepository::overdue(QDate today) const
{
    return rows(runningWhere + u" AND m.planned_end_on < ?"_s, { iso(today) }, 0, -1);
}

QList<MeasureRepository::Row> MeasureRepository::rows(
    const QString &where, const QVariantList &values, int offset, int limit) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + measureColumns + rowJoins + measureJoins + u"WHERE "_s + where
        + u" ORDER BY m.planned_end_on, tl_name_key(p.name), m.id LIMIT ? OFFSET ?"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> list;
    if (q.exec()) {
        while (q.next())
            list.append(rowFrom(q));
    }
    return list;
}

QList<MeasureRepository::CadreLoad> MeasureRepository::cadreLoads() const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // Joined from the measures so that the cadre's columns come after what rowFrom() reads.
    q.prepare(u"SELECT "_s + measureColumns + rowJoins + u", c.cadre_name, c.phone, c.role "_s
        + measureJoins
        + u"JOIN responsibilities c ON c.measure_id = m.id AND c.deleted = 0 WHERE "_s
        + runningWhere
        + u" ORDER BY c.cadre_name, c.phone, m.planned_end_on, tl_name_key(p.name)"_s);
    QList<CadreLoad> loads;
    if (!q.exec())
        return loads;
    while (q.next()) {
        const QString name = q.value(measureColumnCount + 5).toString();
        const QString phone = q.value(measureColumnCount + 6).toString();
        if (loads.isEmpty() || loads.last().cadreName != name || loads.last().phone != phone)
            loads.append({ name, phone, q.value(measureColumnCount + 7).toString(), {} });
        loads.last().measures.append(rowFrom(q));
    }
    return loads;
}
