#include "TestSupport.h"

#include "demo/DemoTownship.h"
#include "zip/ZipArchive.h"
#include "measures/MeasureRepository.h"
#include "people/PersonRepository.h"
#include "supervision/OdtDocument.h"
#include "supervision/SupervisionReport.h"
#include "supervision/SupervisionRepository.h"

#include "../CatchQt.h"

#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 4, 10);

struct SupervisionFixture : TownshipStore
{
    SupervisionFixture()
    {
        SupervisionRepository s(*store);
        teamId = s.addTeam({ {}, u"county"_s, u"县第三督导组"_s, u"王建华"_s, { u"李明"_s }, {} })
                     .value();
        checklistId = s.addChecklist({ {}, u"督导检查表"_s,
                                         { u"返乡人员登记台账完整"_s, u"卡口24小时有人值守"_s } })
                          .value();
        SupervisionRound round;
        round.teamId = teamId;
        round.startsOn = today.addDays(-3);
        round.endsOn = today;
        round.purpose = u"暗访督导"_s;
        round.targets = { u"东村"_s, u"西村"_s };
        round.checklistId = checklistId;
        roundId = s.addRound(round).value();
    }

    Finding finding(const QString &description, int deadlineInDays) const
    {
        Finding f;
        f.category = Finding::categories().value(0);
        f.description = description;
        f.responsibleUnit = u"东村村委会"_s;
        f.deadline = today.addDays(deadlineInDays);
        return f;
    }

    QString visit(const QString &target, const QList<Finding> &findings)
    {
        SupervisionVisit v;
        v.roundId = roundId;
        v.target = target;
        v.visitedOn = today.addDays(-2);
        v.answers = { { u"返乡人员登记台账完整"_s, u"no"_s } };
        auto id = SupervisionRepository(*store).addVisit(v, findings, today);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    QString teamId;
    QString checklistId;
    QString roundId;
};

} // namespace

TEST_CASE(
    "a finding moves open, being rectified, rectified, closed, and is never closed unrectified",
    "[supervision]")
{
    SupervisionFixture f;
    f.visit(u"东村"_s, { f.finding(u"台账不全"_s, 2) });
    SupervisionRepository s(*f.store);
    const QString id = s.findings({}, today).value(0).finding.id;

    // Even with a verifier at hand, an open finding only starts being rectified.
    REQUIRE(s.advance(id, {}, u"王建华"_s, today).ok());
    CHECK(s.finding(id).status == u"in_progress"_s);
    CHECK_FALSE(s.advance(id, {}, {}, today).ok()); // rectified needs what was done
    REQUIRE(s.advance(id, u"已补齐台账"_s, {}, today).ok());
    CHECK(s.finding(id).status == u"rectified"_s);
    CHECK(s.finding(id).rectifiedOn == today);
    CHECK_FALSE(s.advance(id, {}, {}, today).ok()); // closing needs who verified it
    REQUIRE(s.advance(id, {}, u"王建华"_s, today).ok());
    CHECK(s.finding(id).status == u"closed"_s);
    CHECK(s.finding(id).verifiedBy == u"王建华"_s);
    CHECK_FALSE(s.advance(id, {}, u"王建华"_s, today).ok());
}

TEST_CASE("a finding not rectified by its deadline is overdue", "[supervision]")
{
    SupervisionFixture f;
    f.visit(u"东村"_s, { f.finding(u"卡口夜间脱岗"_s, -1), f.finding(u"消杀记录缺失"_s, 3) });
    SupervisionRepository s(*f.store);
    FindingFilter overdue;
    overdue.overdueOnly = true;
    REQUIRE(s.countFindings(overdue, today) == 1);
    const Finding late = s.findings(overdue, today).value(0).finding;
    CHECK(late.isOverdue(today));
    CHECK_FALSE(late.isOverdue(today.addDays(-1)));
    REQUIRE(s.advance(late.id, {}, {}, today).ok());
    CHECK(s.countFindings(overdue, today) == 1); // being rectified is still late
    REQUIRE(s.advance(late.id, u"已调整排班"_s, {}, today).ok());
    CHECK(s.countFindings(overdue, today) == 0);
}

TEST_CASE("a visit with a finding that lacks what it needs is refused whole", "[supervision]")
{
    SupervisionFixture f;
    SupervisionVisit v;
    v.roundId = f.roundId;
    v.target = u"东村"_s;
    v.visitedOn = today;
    Finding incomplete = f.finding(u"台账不全"_s, 2);
    incomplete.responsibleUnit.clear();
    auto refused
        = SupervisionRepository(*f.store).addVisit(v, { f.finding(u"a"_s, 1), incomplete }, today);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"2"_s));
    CHECK(SupervisionRepository(*f.store).visits(f.roundId).isEmpty());
    v.visitedOn = today.addDays(1);
    CHECK_FALSE(SupervisionRepository(*f.store).addVisit(v, {}, today).ok());
}

TEST_CASE("the report's figures are the store's", "[supervision]")
{
    SupervisionFixture f;
    for (int i = 0; i < 3; ++i) {
        Person p;
        p.name = QStringList { u"张伟"_s, u"李娜"_s, u"王芳"_s }.value(i);
        p.idNumber = syntheticIdNumber(u"19800101"_s, 100 + i);
        p.regionId = f.villageId(1);
        p.returnee = i == 0;
        if (p.returnee) {
            p.returneeOrigin = u"上海市"_s;
            p.arrivedOn = today.addDays(-1);
        }
        auto id = PersonRepository(*f.store).add(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        if (i == 0) {
            ControlMeasure m;
            m.personId = id.value();
            m.kind = u"home_isolation"_s;
            m.startedOn = today.addDays(-1);
            REQUIRE(MeasureRepository(*f.store).add(m).ok());
        }
    }
    f.visit(u"东村"_s, { f.finding(u"台账不全"_s, -1) });
    f.visit(u"西村"_s, { f.finding(u"消杀记录缺失"_s, 3) });
    SupervisionRepository s(*f.store);
    const QString second = s.findings({}, today).value(1).finding.id;
    REQUIRE(s.advance(second, {}, {}, today).ok());
    REQUIRE(s.advance(second, u"已补记"_s, {}, today).ok());

    const SupervisionReport::Figures fig = SupervisionReport::figures(*f.store, f.roundId, today);
    CHECK(fig.persons == 3);
    CHECK(fig.returnees == 1);
    CHECK(fig.homeIsolation == 1);
    CHECK(fig.visits == 2);
    CHECK(fig.unannounced == 2);
    CHECK(fig.findings == 2);
    CHECK(fig.rectified == 1);
    CHECK(fig.overdue == 1);
    CHECK(fig.findingsByCategory.value(Finding::categories().value(0)) == 2);

    const QString text = SupervisionReport::draft(*f.store, f.roundId, today);
    CHECK(text.contains(u"县第三督导组"_s));
    CHECK(text.contains(u"台账不全"_s));
    CHECK(OdtDocument::headingLevel(text.section(u'\n', 2, 2)) == 1);
}

TEST_CASE("a round's report lists its own problems and not another round's", "[supervision]")
{
    SupervisionFixture f;
    f.visit(u"东村"_s, { f.finding(u"台账不全"_s, 2) });
    SupervisionRepository s(*f.store);
    SupervisionRound other;
    other.teamId = f.teamId;
    other.startsOn = today.addDays(-1);
    other.endsOn = today;
    other.purpose = u"复查"_s;
    other.targets = { u"西村"_s };
    other.checklistId = f.checklistId;
    const QString otherId = s.addRound(other).value();
    SupervisionVisit v;
    v.roundId = otherId;
    v.target = u"西村"_s;
    v.visitedOn = today;
    REQUIRE(s.addVisit(v, { f.finding(u"卡口夜间脱岗"_s, 2) }, today).ok());

    FindingFilter byRound;
    byRound.roundId = otherId;
    REQUIRE(s.countFindings(byRound, today) == 1);
    CHECK(s.findings(byRound, today).value(0).finding.description == u"卡口夜间脱岗"_s);

    const QString first = SupervisionReport::draft(*f.store, f.roundId, today);
    CHECK(first.contains(u"台账不全"_s));
    CHECK_FALSE(first.contains(u"卡口夜间脱岗"_s));
    const QString second = SupervisionReport::draft(*f.store, otherId, today);
    CHECK(second.contains(u"卡口夜间脱岗"_s));
    CHECK_FALSE(second.contains(u"台账不全"_s));
}

TEST_CASE("the report is a well-formed ODT", "[supervision]")
{
    SupervisionFixture f;
    f.visit(u"东村"_s, { f.finding(u"台账不全 & 记录<缺失>"_s, 2) });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.odt"_s);
    REQUIRE(OdtDocument::write(SupervisionReport::draft(*f.store, f.roundId, today), path).ok());

    ZipReader zip(path);
    REQUIRE(zip.isOpen());
    REQUIRE(zip.entries().value(0).name == u"mimetype"_s);
    CHECK(zip.entries().value(0).compressedSize == zip.entries().value(0).size); // stored
    CHECK(zip.read(u"mimetype"_s, 100).value() == "application/vnd.oasis.opendocument.text");
    const QByteArray content = zip.read(u"content.xml"_s, 1 << 20).value();
    QXmlStreamReader xml(content);
    int headings = 0;
    QString all;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"h")
            ++headings;
        if (xml.isCharacters())
            all += xml.text();
    }
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
    CHECK(headings >= 4);
    CHECK(all.contains(u"台账不全 & 记录<缺失>"_s));
    for (const QString &name : { u"styles.xml"_s, u"META-INF/manifest.xml"_s }) {
        QXmlStreamReader other(zip.read(name, 1 << 20).value());
        while (!other.atEnd())
            other.readNext();
        CHECK_FALSE(other.hasError());
    }
}

TEST_CASE("the demo township has a round with findings in every status, two overdue, and one "
          "accountability",
    "[supervision]")
{
    TempStore t;
    Store &store = t.open();
    DemoTownship::Options options;
    options.persons = 800;
    REQUIRE(DemoTownship::generate(store, options).ok());
    SupervisionRepository s(store);
    CHECK(s.teams().size() == 2);
    REQUIRE(s.rounds().size() == 1);
    for (const QString &status : Finding::statuses()) {
        FindingFilter filter;
        filter.status = status;
        CHECK(s.countFindings(filter) > 0);
    }
    FindingFilter overdue;
    overdue.overdueOnly = true;
    CHECK(s.countFindings(overdue) == 2);
    CHECK(s.accountability().size() == 1);
}

TEST_CASE("a checklist is data a clerk edits, and accountability names existing findings",
    "[supervision]")
{
    SupervisionFixture f;
    SupervisionRepository s(*f.store);
    ChecklistTemplate c = s.checklist(f.checklistId);
    c.items << u"消杀记录齐全"_s << u"  "_s;
    REQUIRE(s.updateChecklist(c).ok());
    CHECK(s.checklist(f.checklistId).items.size() == 3);
    c.items = { u" "_s };
    CHECK_FALSE(s.updateChecklist(c).ok());

    f.visit(u"东村"_s, { f.finding(u"台账不全"_s, -1) });
    AccountabilityRecord record;
    record.person = u"刘某"_s;
    record.unit = u"东村村委会"_s;
    record.reason = u"整改逾期"_s;
    record.decidedOn = today;
    record.findingIds = { u"no-such-finding"_s };
    CHECK_FALSE(s.addAccountability(record).ok());
    record.findingIds = { s.findings({}, today).value(0).finding.id };
    REQUIRE(s.addAccountability(record).ok());
    CHECK(s.accountability().value(0).findingIds == record.findingIds);
}

TEST_CASE("finding categories are stored as codes, and those filed as words are turned into codes",
    "[supervision]")
{
    CHECK(Finding::categoryFromText(u" Checkpoint duty "_s) == u"checkpoint_duty"_s);
    CHECK(Finding::categoryLabel(u"checkpoint_duty"_s) == u"Checkpoint duty"_s);
    CHECK(Finding::categoryFromText(u"垃圾清运"_s) == u"垃圾清运"_s);
    CHECK(Finding::categoryLabel(u"垃圾清运"_s) == u"垃圾清运"_s);

    SupervisionFixture f;
    Finding chosen = f.finding(u"夜间脱岗"_s, 2);
    chosen.category = u"Checkpoint duty"_s; // as the clerk picked it in an English window
    f.visit(u"东村"_s, { chosen, f.finding(u"消杀记录缺失"_s, 3), f.finding(u"垃圾未清运"_s, 3) });
    auto category = [&](const QString &description) {
        QSqlQuery q(f.store->db());
        q.prepare(u"SELECT category FROM findings WHERE description = ?"_s);
        q.addBindValue(description);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    CHECK(category(u"夜间脱岗"_s) == u"checkpoint_duty"_s);

    // A store from before the codes: the words on screen, in either language, or typed.
    QSqlQuery q(f.store->db());
    REQUIRE(q.exec(u"UPDATE findings SET category = '卡口值守' WHERE description = '夜间脱岗'"_s));
    REQUIRE(q.exec(
        u"UPDATE findings SET category = 'Disinfection' WHERE description = '消杀记录缺失'"_s));
    REQUIRE(
        q.exec(u"UPDATE findings SET category = '垃圾清运' WHERE description = '垃圾未清运'"_s));
    // Migration 0007 as it ran on such a store.
    QFile migration(u":/migrations/0007_finding_categories.sql"_s);
    REQUIRE(migration.open(QIODevice::ReadOnly));
    REQUIRE(sqlite3_exec(f.store->handle(), migration.readAll().constData(), nullptr, nullptr,
                nullptr)
        == SQLITE_OK);
    CHECK(category(u"夜间脱岗"_s) == u"checkpoint_duty"_s);
    CHECK(category(u"消杀记录缺失"_s) == u"disinfection"_s);
    CHECK(category(u"垃圾未清运"_s) == u"垃圾清运"_s);
}
