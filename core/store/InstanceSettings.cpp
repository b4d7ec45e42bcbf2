#include "InstanceSettings.h"

#include "Rights.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

InstanceSettings InstanceSettings::load(Store &store)
{
    InstanceSettings s;
    QSqlQuery q(store.db());
    q.exec(u"SELECT key, value FROM settings"_s);
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == "instance_id"_L1)
            s.instanceId = value;
        else if (key == "unit_code"_L1)
            s.unitCode = value;
        else if (key == "unit_name"_L1)
            s.unitName = value;
        else if (key == "unit_level"_L1)
            s.unitLevel = value == "county"_L1 ? UnitLevel::County : UnitLevel::Township;
        else if (key == "created_at"_L1)
            s.createdAt = value;
        else if (key == "created_as_demo"_L1)
            s.createdAsDemo = value == "1"_L1;
    }
    return s;
}

Result<void> InstanceSettings::save(Store &store) const
{
    if (auto allowed = Rights::check(store, Right::ChangeSettings); !allowed)
        return allowed;
    const QList<QPair<QString, QString>> values = {
        { u"instance_id"_s, instanceId },
        { u"unit_code"_s, unitCode },
        { u"unit_name"_s, unitName },
        { u"unit_level"_s, unitLevel == UnitLevel::County ? u"county"_s : u"township"_s },
        { u"created_at"_s, createdAt },
        { u"created_as_demo"_s, createdAsDemo ? u"1"_s : u"0"_s },
    };
    QSqlQuery q(store.db());
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    for (const auto &[key, value] : values) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    }
    store.reloadSettings();
    return {};
}
