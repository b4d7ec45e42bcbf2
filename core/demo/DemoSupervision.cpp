#include "DemoSupervision.h"

#include "../checkpoints/CheckpointRepository.h"
#include "../regions/RegionRepository.h"
#include "../supervision/SupervisionRepository.h"

using namespace Qt::StringLiterals;

namespace DemoSupervision {

Result<Summary> generate(Store &store, QDate today)
{
    using R = Result<Summary>;
    Summary summary;
    SupervisionRepository supervision(store);
    const QList<Region> villages = RegionRepository(store).villages();
    const QList<Checkpoint> checkpoints = CheckpointRepository(store).all(true);
    if (villages.isEmpty())
        return summary;

    auto checklist = supervision.addChecklist({ {}, u"乡镇疫情防控督导检查表"_s,
        { u"返乡人员登记台账完整"_s, u"卡口24小时有人值守"_s, u"居家隔离户张贴告知书"_s,
            u"消杀记录齐全"_s, u"五包一责任人到位"_s, u"特殊人群需求有人跟进"_s } });
    if (!checklist)
        return R::failure(checklist.error());
    auto countyTeam = supervision.addTeam({ {}, u"county"_s, u"县疫情防控第三督导组"_s, u"王建华"_s,
        { u"李明"_s, u"赵芳"_s }, { u"清河镇"_s } });
    auto townshipTeam = supervision.addTeam({ {}, u"township"_s, u"镇督导组"_s, u"孙立新"_s,
        { u"周敏"_s }, { villages.first().name } });
    if (!countyTeam || !townshipTeam)
        return R::failure(countyTeam ? townshipTeam.error() : countyTeam.error());

    QStringList targets;
    for (const Region &v : villages.mid(0, 3))
        targets << v.name;
    for (const Checkpoint &c : checkpoints.mid(0, 2))
        targets << c.name;
    SupervisionRound round;
    round.teamId = countyTeam.value();
    round.startsOn = today.addDays(-6);
    round.endsOn = today.addDays(-4);
    round.purpose = u"疫情防控措施落实情况暗访督导"_s;
    round.targets = targets;
    round.checklistId = checklist.value();
    auto roundId = supervision.addRound(round);
    if (!roundId)
        return R::failure(roundId.error());

    const QStringList items = supervision.checklist(checklist.value()).items;
    // What each visit finds: two problems are left open past their deadline.
    struct Problem
    {
        QString category;
        QString description;
        QString unit;
        int days;
        int steps; // 0 open, 1 being rectified, 2 rectified, 3 closed
    };
    const QList<QList<Problem>> perVisit = {
        { { Finding::categories().value(0), u"返乡人员登记台账缺少3月以来的返乡人员，信息不全"_s,
              u"村委会"_s, 2, 0 },
            { Finding::categories().value(2), u"居家隔离户门口未张贴告知书"_s, u"村委会"_s, 1,
                3 } },
        { { Finding::categories().value(4), u"村内公共场所消杀记录缺失"_s, u"村委会"_s, 3, 2 } },
        { { Finding::categories().value(0), u"外来人员摸排底数与台账不一致"_s, u"村委会"_s, 10,
            1 } },
        { { Finding::categories().value(1), u"夜间卡口值守人员脱岗"_s, u"镇派出所"_s, 1, 0 },
            { Finding::categories().value(1), u"卡口出入登记字迹潦草、体温漏记"_s, u"卡口值守组"_s,
                10, 1 } },
        { { Finding::categories().value(4), u"卡口车辆消杀未登记"_s, u"卡口值守组"_s, 3, 3 } },
    };
    QString overdueFinding;
    for (qsizetype i = 0; i < targets.size() && i < perVisit.size(); ++i) {
        SupervisionVisit visit;
        visit.roundId = roundId.value();
        visit.target = targets[i];
        visit.visitedOn = round.startsOn.addDays(int(i % 3));
        visit.unannounced = i != 2;
        for (qsizetype k = 0; k < items.size(); ++k)
            visit.answers.insert(items[k], (k + i) % 4 == 0 ? u"no"_s : u"yes"_s);
        visit.notes = u"现场查看台账、随机入户核实"_s;
        QList<Finding> found;
        for (const Problem &p : perVisit[i]) {
            Finding f;
            f.category = p.category;
            f.description = p.description;
            f.severity = p.steps == 0 ? u"serious"_s : u"minor"_s;
            f.responsibleUnit = p.unit;
            f.responsiblePerson = u"负责人"_s;
            f.deadline = visit.visitedOn.addDays(p.days);
            found.append(f);
        }
        auto visitId = supervision.addVisit(visit, found, today);
        if (!visitId)
            return R::failure(visitId.error());
        ++summary.visits;
        const QList<FindingRow> rows = supervision.findings({}, today);
        for (const Problem &p : perVisit[i]) {
            const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const FindingRow &r) {
                return r.finding.visitId == visitId.value()
                    && r.finding.description == p.description;
            });
            if (row == rows.cend())
                continue;
            ++summary.findings;
            const QString id = row->finding.id;
            if (p.steps == 0 && overdueFinding.isEmpty())
                overdueFinding = id;
            for (int step = 0; step < p.steps; ++step) {
                if (auto r = supervision.advance(id, u"已组织整改，补齐台账并现场复查"_s,
                        u"王建华"_s, row->finding.deadline.addDays(-1));
                    !r)
                    return R::failure(r.error());
            }
        }
    }
    if (!overdueFinding.isEmpty()) {
        AccountabilityRecord record;
        record.person = u"刘某某"_s;
        record.unit = villages.first().name + u"村委会"_s;
        record.action = u"talk"_s;
        record.reason = u"返乡人员排查不细致，整改逾期未完成"_s;
        record.decidedOn = today.addDays(-1);
        record.findingIds = { overdueFinding };
        if (auto r = supervision.addAccountability(record); !r)
            return R::failure(r.error());
    }
    return summary;
}

} // namespace DemoSupervision
