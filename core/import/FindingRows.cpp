#include "FindingRows.h"

#include "CellValues.h"

#include "../people/TextNormalizer.h"
#include "../store/Store.h"
#include "../supervision/SupervisionRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString visitKey(const QString &teamId, QDate day, const QString &place)
{
    return teamId + u'|' + iso(day) + u'|' + TextNormalizer::compact(place);
}

QString codeOf(const QString &text, const QList<std::pair<QStringList, QString>> &words,
               const QStringList &codes, QString (*label)(const QString &))
{
    const QString t = TextNormalizer::compact(text).toLower();
    for (const auto &[list, code] : words) {
        if (list.contains(t))
            return code;
    }
    for (const QString &code : codes) {
        if (t == code || t == TextNormalizer::compact(label(code)).toLower())
            return code;
    }
    return {};
}

QString statusOf(const QString &text)
{
    static const QList<std::pair<QStringList, QString>> words = {
        { { u"未整改"_s, u"待整改"_s, u"未完成"_s, u"否"_s, u"未"_s }, u"open"_s },
        { { u"整改中"_s, u"正在整改"_s, u"持续整改"_s, u"限期整改"_s, u"立行立改中"_s },
          u"in_progress"_s },
        { { u"已整改"_s, u"整改完成"_s, u"已完成"_s, u"完成"_s, u"已完成整改"_s, u"是"_s,
            u"立行立改"_s },
          u"rectified"_s },
        { { u"已销号"_s, u"销号"_s, u"已验收"_s, u"验收销号"_s }, u"closed"_s },
    };
    return codeOf(text, words, Finding::statuses(), &Finding::statusLabel);
}

QString severityOf(const QString &text)
{
    static const QList<std::pair<QStringList, QString>> words = {
        { { u"一般"_s, u"轻微"_s, u"较轻"_s, u"一般问题"_s }, u"minor"_s },
        { { u"较重"_s, u"严重"_s, u"较严重"_s, u"突出"_s }, u"serious"_s },
        { { u"重大"_s, u"特别严重"_s, u"极其严重"_s }, u"critical"_s },
    };
    return codeOf(text, words, Finding::severities(), &Finding::severityLabel);
}

} // namespace

FindingRows::FindingRows(const Context &context)
    : m_store(context.store), m_options(context.options)
{
    m_year = LedgerYear(m_options.year, context.header.fileDate);
}

Result<void> FindingRows::load(const Context &)
{
    using R = Result<void>;
    SupervisionRepository supervision(m_store);
    m_teams = supervision.teams();
    if (m_teams.isEmpty())
        return R::failure(tr("The township has no supervision team: set up the teams before "
                             "importing their findings."));
    m_rounds = supervision.rounds();
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT v.id, r.team_id, v.visited_on, v.target FROM supervision_visits v "
                "JOIN supervision_rounds r ON r.id = v.round_id "
                "WHERE v.deleted = 0 AND r.deleted = 0 ORDER BY v.rowid"_s))
        return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    while (q.next()) {
        const QString key = visitKey(q.value(1).toString(),
                                     QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                     q.value(3).toString());
        if (!m_visits.contains(key))
            m_visits.insert(key, q.value(0).toString());
    }
    if (!q.exec(u"SELECT r.team_id, v.visited_on, v.target, f.description FROM findings f "
                "JOIN supervision_visits v ON v.id = f.visit_id "
                "JOIN supervision_rounds r ON r.id = v.round_id "
                "WHERE f.deleted = 0 AND v.deleted = 0"_s))
        return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    while (q.next()) {
        const QString key = visitKey(q.value(0).toString(),
                                     QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                     q.value(2).toString());
        m_described.insert(key + u'|' + TextNormalizer::compact(q.value(3).toString()), 0);
    }
    return {};
}

const SupervisionTeam *FindingRows::teamFor(const QString &name, QStringList &fixed,
                                            QString &refused) const
{
    if (name.isEmpty()) {
        if (m_teams.size() == 1)
            return &m_teams.constFirst();
        refused = tr("The team is empty, and the township has %1 supervision teams (%2).")
                      .arg(m_teams.size())
                      .arg(namesOf(m_teams));
        return nullptr;
    }
    bool approximate = false;
    if (const SupervisionTeam *found = namedIn(m_teams, name, approximate)) {
        if (approximate)
            fixed << tr("team %1 taken as %2").arg(name, found->name);
        return found;
    }
    refused = tr("%1 is not one of the township's supervision teams (%2): set the team up "
                 "first, or write its name as it is set up.")
                  .arg(name, namesOf(m_teams));
    return nullptr;
}

QString FindingRows::storedRound(const QString &teamId, QDate day) const
{
    // Newest first, as the repository lists them.
    for (const SupervisionRound &r : m_rounds) {
        if (r.teamId == teamId && r.startsOn <= day && day <= r.endsOn)
            return r.id;
    }
    return {};
}

ImportRowVerdict FindingRows::take(const MappedRow &row)
{
    ImportRowVerdict verdict;
    QStringList fixed;
    auto refuse = [&verdict](const QString &why) {
        verdict.verdict = ImportVerdict::Refused;
        verdict.note = why;
        return verdict;
    };
    auto text = [&row](const QString &field) {
        return CellValues::text(row.cell(field)).value.value_or(QString());
    };
    auto dateOf = [&](const QString &field, const QString &label, QDate &date) {
        const CellValue<QDate> d = CellValues::date(row.cell(field), m_year);
        if (!d.refused.isEmpty())
            return tr("%1: %2").arg(label, d.refused);
        if (!d.fixed.isEmpty())
            fixed << label + u"："_s + d.fixed;
        date = d.value.value_or(QDate());
        return QString();
    };

    QString why;
    const SupervisionTeam *team = teamFor(text(u"team"_s), fixed, why);
    if (!team)
        return refuse(why);
    QDate visitedOn;
    if (const QString w = dateOf(u"visited_on"_s, tr("Visited on"), visitedOn); !w.isEmpty())
        return refuse(w);
    if (!visitedOn.isValid())
        return refuse(tr("The day of the visit is empty."));
    if (visitedOn > m_options.today)
        return refuse(tr("The visit on %1 is after today.").arg(iso(visitedOn)));
    const QString place = text(u"target"_s);
    if (place.isEmpty())
        return refuse(tr("The place visited is empty."));

    Finding f;
    f.description = text(u"description"_s);
    f.category = text(u"category"_s);
    if (f.category.isEmpty() && !f.description.isEmpty()) {
        f.category = tr("Other");
        fixed << tr("no category given: recorded as %1").arg(f.category);
    }
    if (const QString severity = text(u"severity"_s); !severity.isEmpty()) {
        f.severity = severityOf(severity);
        if (f.severity.isEmpty())
            return refuse(tr("%1 is not a severity: 一般, 较重 or 重大.").arg(severity));
    }
    f.responsibleUnit = text(u"responsible_unit"_s);
    f.responsiblePerson = text(u"responsible"_s);
    for (const auto &[field, label, date] :
         { std::tuple { u"deadline"_s, tr("Deadline"), &f.deadline },
           std::tuple { u"rectified_on"_s, tr("Rectified on"), &f.rectifiedOn },
           std::tuple { u"closed_on"_s, tr("Closed on"), &f.closedOn } }) {
        if (const QString w = dateOf(field, label, *date); !w.isEmpty())
            return refuse(w);
    }
    if (const QString status = text(u"status"_s); !status.isEmpty()) {
        f.status = statusOf(status);
        if (f.status.isEmpty())
            return refuse(tr("%1 is not a status of rectification: 未整改, 整改中, 已整改 or "
                             "已销号.")
                              .arg(status));
    }
    f.actionsTaken = text(u"actions_taken"_s);
    f.verifiedBy = text(u"verified_by"_s);
    auto checked = SupervisionRepository(m_store).checkRecordedFinding(f);
    if (!checked)
        return refuse(checked.error());
    f = std::move(checked).value();

    const QString key = visitKey(team->id, visitedOn, place);
    const QString described = key + u'|' + TextNormalizer::compact(f.description);
    if (const auto earlier = m_described.constFind(described); earlier != m_described.cend()) {
        verdict.verdict = ImportVerdict::Duplicate;
        verdict.note = *earlier > 0
            ? tr("The same problem of the same visit as row %1.").arg(*earlier)
            : tr("Already recorded on the visit of %1 to %2 on %3.")
                  .arg(team->name, place, iso(visitedOn));
        return verdict;
    }

    Pending p;
    if (const auto stored = m_visits.constFind(key); stored != m_visits.cend()) {
        f.visitId = *stored;
    } else if (const auto taken = m_newVisitByKey.constFind(key); taken != m_newVisitByKey.cend()) {
        p.newVisit = *taken;
    } else {
        NewVisit v;
        v.teamId = team->id;
        v.visit.roundId = storedRound(team->id, visitedOn);
        v.visit.target = place;
        v.visit.visitedOn = visitedOn;
        v.visit.unannounced = false; // a ledger of findings does not say
        p.newVisit = m_newVisits.size();
        m_newVisits.append(v);
        m_newVisitByKey.insert(key, p.newVisit);
        fixed << tr("the visit of %1 to %2 on %3 is not recorded yet: recorded from the row")
                     .arg(team->name, place, iso(visitedOn));
    }
    p.finding = f;
    m_pending.append(p);
    m_described.insert(described, row.row.number);
    if (!fixed.isEmpty()) {
        verdict.verdict = ImportVerdict::Fixed;
        verdict.note = fixed.join(u"；"_s);
    }
    return verdict;
}

Result<qint64> FindingRows::write(const LedgerImport::Progress &progress)
{
    using R = Result<qint64>;
    SupervisionRepository supervision(m_store);
    qint64 written = 0;
    // A team's visits that no round of it covers go into one round made for them, from the first
    // of their days to the last.
    QHash<QString, std::pair<QDate, QDate>> uncovered; // team id → days
    for (const NewVisit &v : std::as_const(m_newVisits)) {
        if (!v.visit.roundId.isEmpty())
            continue;
        auto &[from, to] = uncovered[v.teamId];
        from = from.isValid() ? std::min(from, v.visit.visitedOn) : v.visit.visitedOn;
        to = to.isValid() ? std::max(to, v.visit.visitedOn) : v.visit.visitedOn;
    }
    QHash<QString, QString> madeRounds; // team id → round id
    for (auto it = uncovered.cbegin(); it != uncovered.cend(); ++it) {
        SupervisionRound round;
        round.teamId = it.key();
        round.startsOn = it->first;
        round.endsOn = it->second;
        round.purpose = tr("Visits recorded from a ledger of findings");
        auto id = supervision.addRound(round);
        if (!id)
            return R::failure(id.error());
        madeRounds.insert(it.key(), id.value());
        ++written;
    }
    QStringList visitIds;
    for (NewVisit &v : m_newVisits) {
        if (v.visit.roundId.isEmpty())
            v.visit.roundId = madeRounds.value(v.teamId);
        auto id = supervision.addVisit(v.visit, {}, m_options.today);
        if (!id)
            return R::failure(id.error());
        visitIds << id.value();
        ++written;
    }
    qint64 findings = 0;
    for (Pending &p : m_pending) {
        if (p.newVisit >= 0)
            p.finding.visitId = visitIds[p.newVisit];
        auto id = supervision.addRecordedFinding(p.finding);
        if (!id)
            return R::failure(id.error());
        ++written;
        ++findings;
        if (findings % 200 == 0 && progress
            && !progress(double(findings) / double(m_pending.size())))
            return R::failure(LedgerImport::tr("Cancelled: the store is unchanged."));
    }
    return written;
}
