#pragma once

#include "TestSupport.h"

#include "store/SyncedRows.h"
#include "store/Transaction.h"

#include <catch2/catch.hpp>

// A township with a little of everything the registries read, written straight into the tables:
// 张三 (东村, returnee from a risk area, home isolation, a fever, tested negative, a household
// need met), 李四 (西村, elderly living alone, a medicine need still open, not tested), 王五 (东村,
// returnee, central isolation, not tested). One testing round covers both villages.
struct RegistryFixture : TownshipStore
{
    QString zhangId = syntheticIdNumber(QStringLiteral("19900101"), 123);
    QString liId = syntheticIdNumber(QStringLiteral("19451212"), 246);
    QString wangId = syntheticIdNumber(QStringLiteral("19800505"), 357);
    QString zhang, li, wang;

    RegistryFixture()
    {
        Store &s = *store;
        Transaction tx(s);
        const auto row = [&](const char *table, QVariantMap values) {
            auto id = SyncedRows::insert(s, QString::fromLatin1(table), std::move(values));
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
            return id.value();
        };
        const QString household = row("households",
            { { u"region_id"_qs, villageId(1) }, { u"address"_qs, u"东村1号"_qs },
                { u"phone"_qs, u"053287654321"_qs } });
        zhang = row("persons",
            { { u"household_id"_qs, household }, { u"region_id"_qs, villageId(1) },
                { u"name"_qs, u"张三"_qs }, { u"gender"_qs, u"male"_qs },
                { u"id_number"_qs, zhangId }, { u"phone"_qs, u"13800001111"_qs },
                { u"returnee"_qs, 1 }, { u"returnee_origin"_qs, u"上海"_qs },
                { u"arrived_on"_qs, u"2022-03-05"_qs }, { u"risk_area"_qs, 1 } });
        li = row("persons",
            { { u"region_id"_qs, villageId(2) }, { u"name"_qs, u"李四"_qs },
                { u"gender"_qs, u"female"_qs }, { u"id_number"_qs, liId },
                { u"phone"_qs, u"13900002222"_qs }, { u"special_group"_qs, u"elderly_alone"_qs } });
        wang = row("persons",
            { { u"region_id"_qs, villageId(1) }, { u"name"_qs, u"王五"_qs },
                { u"gender"_qs, u"male"_qs }, { u"id_number"_qs, wangId }, { u"returnee"_qs, 1 },
                { u"returnee_origin"_qs, u"北京"_qs }, { u"arrived_on"_qs, u"2022-04-10"_qs } });
        REQUIRE(
            SyncedRows::update(s, u"households"_qs, household, { { u"head_person_id"_qs, zhang } })
                .ok());

        const QString home = row("control_measures",
            { { u"person_id"_qs, zhang }, { u"kind"_qs, u"home_isolation"_qs },
                { u"started_on"_qs, u"2022-03-05"_qs }, { u"planned_end_on"_qs, u"2022-03-19"_qs },
                { u"card_posted"_qs, 1 } });
        row("responsibilities",
            { { u"measure_id"_qs, home }, { u"cadre_name"_qs, u"刘干部"_qs },
                { u"role"_qs, u"township_cadre"_qs } });
        row("responsibilities",
            { { u"measure_id"_qs, home }, { u"cadre_name"_qs, u"陈医生"_qs },
                { u"role"_qs, u"village_doctor"_qs } });
        const QString site
            = row("isolation_sites", { { u"name"_qs, u"城南酒店"_qs }, { u"capacity"_qs, 40 } });
        row("control_measures",
            { { u"person_id"_qs, wang }, { u"kind"_qs, u"central_isolation"_qs },
                { u"site_id"_qs, site }, { u"started_on"_qs, u"2022-04-10"_qs },
                { u"planned_end_on"_qs, u"2022-04-24"_qs }, { u"released_on"_qs, u"2022-04-24"_qs },
                { u"release_reason"_qs, u"期满"_qs } });

        row("health_checks",
            { { u"person_id"_qs, zhang }, { u"checked_on"_qs, u"2022-03-06"_qs },
                { u"period"_qs, u"morning"_qs }, { u"temperature"_qs, 36.5 } });
        row("health_checks",
            { { u"person_id"_qs, zhang }, { u"checked_on"_qs, u"2022-03-06"_qs },
                { u"period"_qs, u"afternoon"_qs }, { u"temperature"_qs, 37.5 },
                { u"symptoms"_qs, u"咳嗽"_qs } });
        row("health_checks",
            { { u"person_id"_qs, wang }, { u"checked_on"_qs, u"2022-04-11"_qs },
                { u"period"_qs, u"morning"_qs }, { u"temperature"_qs, 36.6 } });

        const QString round = row(
            "test_rounds", { { u"name"_qs, u"第一轮"_qs }, { u"round_on"_qs, u"2022-03-07"_qs } });
        row("test_round_villages",
            { { u"round_id"_qs, round }, { u"region_id"_qs, villageId(1) } });
        row("test_round_villages",
            { { u"round_id"_qs, round }, { u"region_id"_qs, villageId(2) } });
        const QString testSite
            = row("test_sites", { { u"round_id"_qs, round }, { u"name"_qs, u"村委会"_qs } });
        row("samples",
            { { u"round_id"_qs, round }, { u"person_id"_qs, zhang }, { u"site_id"_qs, testSite },
                { u"sampled_at"_qs, u"2022-03-07T09:30"_qs }, { u"result"_qs, u"negative"_qs } });

        row("need_records",
            { { u"person_id"_qs, li }, { u"need"_qs, u"medicine"_qs },
                { u"detail"_qs, u"降压药"_qs }, { u"requested_on"_qs, u"2022-03-08"_qs } });
        row("need_records",
            { { u"household_id"_qs, household }, { u"need"_qs, u"food"_qs },
                { u"requested_on"_qs, u"2022-03-09"_qs }, { u"met_on"_qs, u"2022-03-10"_qs },
                { u"met_by"_qs, u"网格员甲"_qs } });
        REQUIRE(tx.commit().ok());
    }
};
