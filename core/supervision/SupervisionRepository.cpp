#include "SupervisionRepository.h"

#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString iso(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : u""_s;
}

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QStringList lines(const QVariant &v)
{
    return v.toString().split(u'\n', Qt::SkipEmptyParts);
}

QStringList cleaned(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list) {
        if (!s.simplified().isEmpty())
            out << s.simplified();
    }
    return out;
}

const QString findingColumns
    = u"f.id, f.visit_id, f.category, f.description, f.severity, f.responsible_unit, "
      "f.responsible_person, f.deadline, f.status, f.actions_taken, f.rectified_on, "
      "f.verified_by, f.closed_on"_s;

Finding findingFrom(const QSqlQuery &q)
{
    Finding f;
    f.id = q.value(0).toString();
    f.visitId = q.value(1).toString();
    f.category = q.value(2).toString();
    f.description = q.value(3).toString();
    f.severity = q.value(4).toString();
    f.responsibleUnit = q.value(5).toString();
    f.responsiblePerson = q.value(6).toString();
    f.deadline = date(q.value(7));
    f.status = q.value(8).toString();
    f.actionsTaken = q.value(9).toString();
    f.rectifiedOn = date(q.value(10));
    f.verifiedBy = q.value(11).toString();
    f.closedOn = date(q.value(12));
    return f;
}

// The WHERE clause of a findings filter and its values.
QString findingWhere(
    const SupervisionRepository::FindingFilter &filter, QDate today, QVariantList &values)
{
    QString where = u"f.deleted = 0"_s;
    if (!filter.roundId.isEmpty()) {
        where += u" AND r.id = ?"_s;
        values << filter.roundId;
    }
    if (!filter.teamId.isEmpty()) {
        where += u" AND r.team_id = ?"_s;
        values << filter.teamId;
    }
    if (!filter.target.isEmpty()) {
        where += u" AND v.target = ?"_s;
        values << filter.target;
    }
    if (!filter.category.isEmpty()) {
        where += u" AND f.category = ?"_s;
        values << filter.category;
    }
    if (!filter.status.isEmpty()) {
        where += u" AND f.status = ?"_s;
        values << filter.status;
    }
    if (filter.overdueOnly) {
        where += u" AND f.status IN ('open', 'in_progress') AND f.deadline < ?"_s;
        values << iso(today);
    }
    return where;
}

const QString findingJoins = u"FROM findings f JOIN supervision_visits v ON v.id = f.visit_id "
                             "JOIN supervision_rounds r ON r.id = v.round_id "
                             "JOIN supervision_teams t ON t.id = r.team_id "_s;

} // namespace

Result<QString> SupervisionRepository::addTeam(const SupervisionTeam &team)
{
    if (!SupervisionTeam::levels().contains(team.level))
        return Result<QString>::failure(tr("Choose the team's level: city, county or township."));
    if (team.name.simplified().isEmpty())
        return Result<QString>::failure(tr("Enter the name of the team."));
    if (team.leader.simplified().isEmpty())
        return Result<QString>::failure(tr("Enter the team's leader."));
    return SyncedRows::insertAndCommit(m_store, u"supervision_teams"_s,
        { { u"level"_s, team.level }, { u"name"_s, team.name.simplified() },
            { u"leader"_s, team.leader.simplified() },
            { u"members"_s, cleaned(team.members).join(u'\n') },
            { u"assigned_areas"_s, cleaned(team.assignedAreas).join(u'\n') } });
}

QList<SupervisionTeam> SupervisionRepository::teams() const
{
    QList<SupervisionTeam> list;
    QSqlQuery q(m_store.db());
    q.exec(
        u"SELECT id, level, name, leader, members, assigned_areas FROM supervision_teams WHERE "
        u"deleted = 0 "
        "ORDER BY CASE level WHEN 'city' THEN 0 WHEN 'county' THEN 1 ELSE 2 END, name COLLATE tl_natural"_s);
    while (q.next()) {
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), lines(q.value(4)), lines(q.value(5)) });
    }
    return list;
}

Result<QString> SupervisionRepository::addChecklist(const ChecklistTemplate &checklist)
{
    if (checklist.name.simplified().isEmpty())
        return Result<QString>::failure(tr("Enter the name of the checklist."));
    if (cleaned(checklist.items).isEmpty())
        return Result<QString>::failure(tr("A checklist needs at least one item."));
    return SyncedRows::insertAndCommit(m_store, u"checklist_templates"_s,
        { { u"name"_s, checklist.name.simplified() },
            { u"items"_s, cleaned(checklist.items).join(u'\n') } });
}

Result<void> SupervisionRepository::updateChecklist(const ChecklistTemplate &checklist)
{
    if (checklist.name.simplified().isEmpty())
        return Result<void>::failure(tr("Enter the name of the checklist."));
    if (cleaned(checklist.items).isEmpty())
        return Result<void>::failure(tr("A checklist needs at least one item."));
    Transaction tx(m_store);
    if (auto r = SyncedRows::update(m_store, u"checklist_templates"_s, checklist.id,
            { { u"name"_s, checklist.name.simplified() },
                { u"items"_s, cleaned(checklist.items).join(u'\n') } });
        !r)
        return r;
    return tx.commit();
}

QList<ChecklistTemplate> SupervisionRepository::checklists() const
{
    QList<ChecklistTemplate> list;
    QSqlQuery q(m_store.db());
    q.exec(
        u"SELECT id, name, items FROM checklist_templates WHERE deleted = 0 ORDER BY name COLLATE tl_natural"_s);
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString(), lines(q.value(2)) });
    return list;
}

ChecklistTemplate SupervisionRepository::checklist(const QString &id) const
{
    for (const ChecklistTemplate &c : checklists()) {
        if (c.id == id)
            return c;
    }
    return {};
}

Result<QString> SupervisionRepository::addRound(const SupervisionRound &round)
{
    using R = Result<QString>;
    const QList<SupervisionTeam> all = teams();
    const bool teamKnown = std::any_of(
        all.cbegin(), all.cend(), [&](const SupervisionTeam &t) { return t.id == round.teamId; });
    if (!teamKnown)
        return R::failure(tr("Choose the team that makes the round."));
    if (!round.startsOn.isValid() || !round.endsOn.isValid() || round.endsOn < round.startsOn)
        return R::failure(tr("Enter the first and the last day of the round."));
    if (round.purpose.simplified().isEmpty())
        return R::failure(tr("Say what the round is for."));
    if (!round.checklistId.isEmpty() && checklist(round.checklistId).id.isEmpty())
        return R::failure(tr("The checklist no longer exists."));
    return SyncedRows::insertAndCommit(m_store, u"supervision_rounds"_s,
        { { u"team_id"_s, round.teamId }, { u"starts_on"_s, iso(round.startsOn) },
            { u"ends_on"_s, iso(round.endsOn) }, { u"purpose"_s, round.purpose.trimmed() },
            { u"targets"_s, cleaned(round.targets).join(u'\n') },
            { u"checklist_id"_s,
                round.checklistId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(round.checklistId) } });
}

QList<SupervisionRound> SupervisionRepository::rounds() const
{
    QList<SupervisionRound> list;
    QSqlQuery q(m_store.db());
    q.exec(u"SELECT id, team_id, starts_on, ends_on, purpose, targets, checklist_id FROM "
           u"supervision_rounds "
           "WHERE deleted = 0 ORDER BY starts_on DESC, rowid DESC"_s);
    while (q.next()) {
        list.append({ q.value(0).toString(), q.value(1).toString(), date(q.value(2)),
            date(q.value(3)), q.value(4).toString(), lines(q.value(5)), q.value(6).toString() });
    }
    return list;
}

SupervisionRound SupervisionRepository::round(const QString &id) const
{
    for (const SupervisionRound &r : rounds()) {
        if (r.id == id)
            return r;
    }
    return {};
}

Result<Finding> SupervisionRepository::checkFinding(const Finding &given) const
{
    using R = Result<Finding>;
    Finding f = given;
    f.category = Finding::categoryFromText(f.category);
    f.description = f.description.trimmed();
    if (f.category.isEmpty())
        return R::failure(tr("Choose or type the finding's category."));
    if (f.description.isEmpty())
        return R::failure(tr("Describe the problem found."));
    if (!Finding::severities().contains(f.severity))
        return R::failure(tr("Choose how serious the problem is."));
    if (f.responsibleUnit.simplified().isEmpty() && f.responsiblePerson.simplified().isEmpty())
        return R::failure(tr("Enter who must rectify it: the unit or the person responsible."));
    if (!f.deadline.isValid())
        return R::failure(tr("Enter the deadline for the rectification."));
    f.responsibleUnit = f.responsibleUnit.simplified();
    f.responsiblePerson = f.responsiblePerson.simplified();
    f.status = u"open"_s;
    return f;
}

Result<Finding> SupervisionRepository::checkRecordedFinding(const Finding &given) const
{
    using R = Result<Finding>;
    auto checked = checkFinding(given);
    if (!checked)
        return checked;
    Finding f = std::move(checked).value();
    f.status = given.status;
    f.actionsTaken = given.actionsTaken.trimmed();
    f.verifiedBy = given.verifiedBy.simplified();
    f.rectifiedOn = given.rectifiedOn;
    f.closedOn = given.closedOn;
    if (!Finding::statuses().contains(f.status))
        return R::failure(tr("Choose the finding's status."));
    const bool rectified = f.status == "rectified"_L1 || f.status == "closed"_L1;
    if (rectified && f.actionsTaken.isEmpty())
        return R::failure(tr("Say what was done to rectify it."));
    if (f.status == "closed"_L1 && f.verifiedBy.isEmpty())
        return R::failure(tr("Enter who verified the rectification before closing the finding."));
    if (!rectified)
        f.rectifiedOn = {};
    if (f.status != "closed"_L1)
        f.closedOn = {};
    if (f.rectifiedOn.isValid() && f.closedOn.isValid() && f.closedOn < f.rectifiedOn)
        return R::failure(tr("A finding is closed after it is rectified."));
    return f;
}

Result<QString> SupervisionRepository::addRecordedFinding(const Finding &given)
{
    using R = Result<QString>;
    auto checked = checkRecordedFinding(given);
    if (!checked)
        return R::failure(checked.error());
    const Finding &f = checked.value();
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT 1 FROM supervision_visits WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(f.visitId);
    if (!q.exec() || !q.next())
        return R::failure(tr("Choose the visit the finding was made on."));
    return SyncedRows::insertAndCommit(m_store, u"findings"_s,
        { { u"visit_id"_s, f.visitId }, { u"category"_s, f.category },
            { u"description"_s, f.description }, { u"severity"_s, f.severity },
            { u"responsible_unit"_s, f.responsibleUnit },
            { u"responsible_person"_s, f.responsiblePerson }, { u"deadline"_s, iso(f.deadline) },
            { u"status"_s, f.status }, { u"actions_taken"_s, f.actionsTaken },
            { u"rectified_on"_s, iso(f.rectifiedOn) }, { u"verified_by"_s, f.verifiedBy },
            { u"closed_on"_s, iso(f.closedOn) } });
}

Result<QString> SupervisionRepository::addVisit(
    const SupervisionVisit &visit, const QList<Finding> &findings, QDate today)
{
    using R = Result<QString>;
    const SupervisionRound r = round(visit.roundId);
    if (r.id.isEmpty())
        return R::failure(tr("Choose the round the visit belongs to."));
    if (visit.target.simplified().isEmpty())
        return R::failure(tr("Enter the place visited."));
    if (!visit.visitedOn.isValid() || visit.visitedOn > today)
        return R::failure(tr("The day of the visit cannot be in the future."));
    for (auto it = visit.answers.cbegin(); it != visit.answers.cend(); ++it) {
        if (it.value() != "yes"_L1 && it.value() != "no"_L1 && it.value() != "n/a"_L1)
            return R::failure(tr("Answer %1 with yes, no or not applicable.").arg(it.key()));
    }
    QList<Finding> checked;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        auto f = checkFinding(findings[i]);
        if (!f)
            return R::failure(tr("Finding %1: %2").arg(i + 1).arg(f.error()));
        checked.append(f.value());
    }
    QJsonObject answers;
    for (auto it = visit.answers.cbegin(); it != visit.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    Transaction tx(m_store);
    auto id = SyncedRows::insert(m_store, u"supervision_visits"_s,
        { { u"round_id"_s, visit.roundId }, { u"target"_s, visit.target.simplified() },
            { u"visited_on"_s, iso(visit.visitedOn) },
            { u"unannounced"_s, visit.unannounced ? 1 : 0 },
            { u"answers"_s,
                QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)) },
            { u"notes"_s, visit.notes.trimmed() } });
    if (!id)
        return id;
    for (const Finding &f : checked) {
        auto added = SyncedRows::insert(m_store, u"findings"_s,
            { { u"visit_id"_s, id.value() }, { u"category"_s, f.category },
                { u"description"_s, f.description }, { u"severity"_s, f.severity },
                { u"responsible_unit"_s, f.responsibleUnit },
                { u"responsible_person"_s, f.responsiblePerson },
                { u"deadline"_s, iso(f.deadline) } });
        if (!added)
            return added;
    }
    if (auto c = tx.commit(); !c)
        return R::failure(c.error());
    return id;
}

QList<SupervisionVisit> SupervisionRepository::visits(const QString &roundId) const
{
    QList<SupervisionVisit> list;
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id, round_id, target, visited_on, unannounced, answers, notes FROM "
              u"supervision_visits "
              "WHERE round_id = ? AND deleted = 0 ORDER BY visited_on, rowid"_s);
    q.addBindValue(roundId);
    q.exec();
    while (q.next()) {
        SupervisionVisit v;
        v.id = q.value(0).toString();
        v.roundId = q.value(1).toString();
        v.target = q.value(2).toString();
        v.visitedOn = date(q.value(3));
        v.unannounced = q.value(4).toBool();
        const QJsonObject answers
            = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        for (auto it = answers.begin(); it != answers.end(); ++it)
            v.answers.insert(it.key(), it.value().toString());
        v.notes = q.value(6).toString();
        list.append(v);
    }
    return list;
}

Finding SupervisionRepository::finding(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM findings f WHERE f.id = ? AND f.deleted = 0"_s.arg(findingColumns));
    q.addBindValue(id);
    return q.exec() && q.next() ? findingFrom(q) : Finding();
}

QString SupervisionRepository::advanceNeeds(
    const Finding &f, const QString &actionsTaken, const QString &verifiedBy) const
{
    if (f.status == "closed"_L1)
        return tr("The finding is already closed.");
    if (f.status == "in_progress"_L1 && actionsTaken.trimmed().isEmpty()
        && f.actionsTaken.isEmpty())
        return tr("Say what was done to rectify it.");
    if (f.status == "rectified"_L1 && verifiedBy.simplified().isEmpty())
        return tr("Enter who verified the rectification before closing the finding.");
    return {};
}

Result<void> SupervisionRepository::advance(
    const QString &id, const QString &actionsTaken, const QString &verifiedBy, QDate on)
{
    const Finding f = finding(id);
    if (f.id.isEmpty())
        return Result<void>::failure(tr("The finding no longer exists."));
    if (const QString needs = advanceNeeds(f, actionsTaken, verifiedBy); !needs.isEmpty())
        return Result<void>::failure(needs);
    QVariantMap changes;
    if (f.status == "open"_L1) {
        changes.insert(u"status"_s, u"in_progress"_s);
    } else if (f.status == "in_progress"_L1) {
        changes.insert(u"status"_s, u"rectified"_s);
        changes.insert(u"rectified_on"_s, iso(on));
        if (!actionsTaken.trimmed().isEmpty())
            changes.insert(u"actions_taken"_s, actionsTaken.trimmed());
    } else {
        changes.insert(u"status"_s, u"closed"_s);
        changes.insert(u"verified_by"_s, verifiedBy.simplified());
        changes.insert(u"closed_on"_s, iso(on));
    }
    Transaction tx(m_store);
    if (auto r = SyncedRows::update(m_store, u"findings"_s, id, changes); !r)
        return r;
    return tx.commit();
}

QList<SupervisionRepository::FindingRow> SupervisionRepository::findings(
    const FindingFilter &filter, QDate today, int offset, int limit) const
{
    QVariantList values;
    const QString where = findingWhere(filter, today, values);
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1, v.target, v.visited_on, t.id, t.name %2 WHERE %3 "
              "ORDER BY CASE f.status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 0 WHEN "
              "'rectified' THEN 1 "
              "ELSE 2 END, f.deadline, f.rowid LIMIT ? OFFSET ?"_s.arg(
                  findingColumns, findingJoins, where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    q.exec();
    QList<FindingRow> rows;
    while (q.next())
        rows.append({ findingFrom(q), q.value(13).toString(), date(q.value(14)),
            q.value(15).toString(), q.value(16).toString() });
    return rows;
}

qint64 SupervisionRepository::countFindings(const FindingFilter &filter, QDate today) const
{
    QVariantList values;
    const QString where = findingWhere(filter, today, values);
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT count(*) %1 WHERE %2"_s.arg(findingJoins, where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<QString> SupervisionRepository::addAccountability(const AccountabilityRecord &record)
{
    using R = Result<QString>;
    if (record.person.simplified().isEmpty() || record.unit.simplified().isEmpty())
        return R::failure(tr("Enter the person held accountable and their unit."));
    if (!AccountabilityRecord::actions().contains(record.action))
        return R::failure(
            tr("Choose the action: admonishing talk, notice of criticism or dismissal."));
    if (record.reason.trimmed().isEmpty())
        return R::failure(tr("Give the reason."));
    if (!record.decidedOn.isValid())
        return R::failure(tr("Enter the day it was decided."));
    for (const QString &id : record.findingIds) {
        if (finding(id).id.isEmpty())
            return R::failure(tr("A linked finding no longer exists."));
    }
    return SyncedRows::insertAndCommit(m_store, u"accountability_records"_s,
        { { u"person"_s, record.person.simplified() }, { u"unit"_s, record.unit.simplified() },
            { u"action"_s, record.action }, { u"reason"_s, record.reason.trimmed() },
            { u"decided_on"_s, iso(record.decidedOn) },
            { u"finding_ids"_s, record.findingIds.join(u'\n') } });
}

QList<AccountabilityRecord> SupervisionRepository::accountability() const
{
    QList<AccountabilityRecord> list;
    QSqlQuery q(m_store.db());
    q.exec(u"SELECT id, person, unit, action, reason, decided_on, finding_ids FROM "
           u"accountability_records "
           "WHERE deleted = 0 ORDER BY decided_on DESC, rowid DESC"_s);
    while (q.next()) {
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), date(q.value(5)), lines(q.value(6)) });
    }
    return list;
}
