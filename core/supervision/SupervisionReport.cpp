#include "SupervisionReport.h"

#include "SupervisionRepository.h"

#include "../checkpoints/CheckpointRepository.h"
#include "../store/InstanceSettings.h"
#include "../store/Store.h"
#include "../testing/TestCoverage.h"
#include "../testing/TestingRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

qint64 scalar(Store &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(store.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString percent(qint64 part, qint64 whole)
{
    return whole == 0 ? u"0"_s : QString::number(100.0 * double(part) / double(whole), 'f', 1);
}

} // namespace

SupervisionReport::Figures SupervisionReport::figures(
    Store &store, const QString &roundId, QDate today)
{
    Figures f;
    f.households = scalar(store, u"SELECT count(*) FROM households WHERE deleted = 0"_s);
    f.householdsVisited = scalar(store,
        u"SELECT count(DISTINCT v.household_id) FROM screening_visits v "
        "JOIN households h ON h.id = v.household_id WHERE v.deleted = 0 AND h.deleted = 0"_s);
    f.persons = scalar(store, u"SELECT count(*) FROM persons WHERE deleted = 0"_s);
    f.returnees
        = scalar(store, u"SELECT count(*) FROM persons WHERE deleted = 0 AND returnee = 1"_s);
    const QString running
        = u"SELECT count(*) FROM control_measures WHERE deleted = 0 AND released_on = '' AND kind = ?"_s;
    f.homeIsolation = scalar(store, running, { u"home_isolation"_s });
    f.centralIsolation = scalar(store, running, { u"central_isolation"_s });
    f.homeMonitoring = scalar(store, running, { u"home_monitoring"_s });
    CheckpointRepository checkpoints(store);
    f.checkpoints = checkpoints.all(true).size();
    f.uncoveredPeriods = checkpoints.uncovered(today).size();

    const SupervisionRound round = SupervisionRepository(store).round(roundId);
    if (round.startsOn.isValid()) {
        f.checkpointEntries = scalar(store,
            u"SELECT count(*) FROM checkpoint_entries WHERE deleted = 0 AND entered_at >= ? "
            "AND entered_at < ?"_s,
            { round.startsOn.toString(Qt::ISODate),
                round.endsOn.addDays(1).toString(Qt::ISODate) });
    }
    const QList<TestRound> testRounds = TestingRepository(store).rounds();
    if (!testRounds.isEmpty()) {
        // The latest round is the one a supervisor asks about.
        const TestRound latest = *std::max_element(testRounds.cbegin(), testRounds.cend(),
            [](const TestRound &a, const TestRound &b) { return a.roundOn < b.roundOn; });
        f.testRound = latest.name;
        const TestCoverage::VillageCoverage total
            = TestCoverage::total(TestCoverage(store, latest.id).perVillage());
        f.inScope = total.inScope;
        f.sampled = total.sampled;
    }

    const QList<SupervisionVisit> visits = SupervisionRepository(store).visits(roundId);
    f.visits = visits.size();
    f.unannounced = std::count_if(
        visits.cbegin(), visits.cend(), [](const SupervisionVisit &v) { return v.unannounced; });
    QSqlQuery q(store.db());
    q.prepare(u"SELECT fi.category, fi.status, fi.deadline FROM findings fi JOIN "
              u"supervision_visits v ON v.id = fi.visit_id "
              "WHERE fi.deleted = 0 AND v.deleted = 0 AND v.round_id = ?"_s);
    q.addBindValue(roundId);
    q.exec();
    while (q.next()) {
        Finding finding;
        finding.category = q.value(0).toString();
        finding.status = q.value(1).toString();
        finding.deadline = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        ++f.findings;
        ++f.findingsByCategory[finding.category];
        if (finding.status == "rectified"_L1 || finding.status == "closed"_L1)
            ++f.rectified;
        if (finding.status == "closed"_L1)
            ++f.closed;
        if (finding.isOverdue(today))
            ++f.overdue;
    }
    return f;
}

QString SupervisionReport::draft(Store &store, const QString &roundId, QDate today)
{
    SupervisionRepository supervision(store);
    const SupervisionRound round = supervision.round(roundId);
    if (round.id.isEmpty())
        return {};
    SupervisionTeam team;
    for (const SupervisionTeam &t : supervision.teams()) {
        if (t.id == round.teamId)
            team = t;
    }
    const Figures f = figures(store, roundId, today);
    const QString unit = InstanceSettings::load(store).unitName;
    const QString period = round.startsOn == round.endsOn
        ? tr("On %1").arg(round.startsOn.toString(tr("M/d")))
        : tr("From %1 to %2")
              .arg(round.startsOn.toString(tr("M/d")), round.endsOn.toString(tr("M/d")));

    QStringList text;
    text << tr("%1 epidemic prevention and control supervision report").arg(unit);
    text << tr("%1, the %2 led by %3 carried out supervision of %4 (%5). The findings are reported "
               "as follows.")
                .arg(period, team.name, team.leader,
                    round.targets.isEmpty() ? unit : round.targets.join(tr(", ")), round.purpose);
    text << tr("1. Work carried out");
    text << tr("The team visited %1 places, %2 of them unannounced (四不两直), checking against "
               "the checklist on "
               "the spot.")
                .arg(f.visits)
                .arg(f.unannounced);
    text << tr("Door-to-door screening has reached %1 of %2 households (%3%); %4 persons are "
               "registered, %5 of "
               "them returnees.")
                .arg(f.householdsVisited)
                .arg(f.households)
                .arg(percent(f.householdsVisited, f.households))
                .arg(f.persons)
                .arg(f.returnees);
    text << tr("2. Measures taken");
    text << tr("At present %1 persons are under home isolation, %2 under central isolation and %3 "
               "under home "
               "health monitoring, each with responsible cadres assigned.")
                .arg(f.homeIsolation)
                .arg(f.centralIsolation)
                .arg(f.homeMonitoring);
    text << tr("%1 checkpoints are staffed; during the round they logged %2 passages; today %3 "
               "duty periods are "
               "without staff.")
                .arg(f.checkpoints)
                .arg(f.checkpointEntries)
                .arg(f.uncoveredPeriods);
    if (!f.testRound.isEmpty()) {
        text << tr("In the testing round %1, %2 of %3 persons in scope were sampled (%4%).")
                    .arg(f.testRound)
                    .arg(f.sampled)
                    .arg(f.inScope)
                    .arg(percent(f.sampled, f.inScope));
    }
    text << tr("3. Problems found");
    text << tr(
        "%1 problems were found: %2 rectified (%3 verified and closed), %4 past their deadline.")
                .arg(f.findings)
                .arg(f.rectified)
                .arg(f.closed)
                .arg(f.overdue);
    int n = 0;
    for (auto it = f.findingsByCategory.cbegin(); it != f.findingsByCategory.cend(); ++it) {
        text << tr("(%1) %2: %3 problems.")
                    .arg(++n)
                    .arg(Finding::categoryLabel(it.key()))
                    .arg(it.value());
        SupervisionRepository::FindingFilter filter;
        filter.roundId = roundId;
        filter.category = it.key();
        // No limit: the report lists every problem of the round.
        for (const SupervisionRepository::FindingRow &row :
            supervision.findings(filter, today, 0, -1)) {
            text << tr("%1: %2 (%3, rectify by %4; %5).")
                        .arg(row.target, row.finding.description,
                            row.finding.responsibleUnit.isEmpty() ? row.finding.responsiblePerson
                                                                  : row.finding.responsibleUnit,
                            row.finding.deadline.toString(Qt::ISODate),
                            Finding::statusLabel(row.finding.status));
        }
    }
    text << tr("4. Next steps");
    text << tr("Rectify the open problems by their deadlines and close each only after "
               "verification; fill the "
               "uncovered checkpoint periods; keep screening until every household is visited; "
               "follow up the "
               "persons not yet sampled.");
    return text.join(u'\n');
}
