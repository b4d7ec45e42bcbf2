#include "UnitSetup.h"

#include "RegionCode.h"
#include "RegionRepository.h"

#include "../store/InstanceSettings.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

Result<QList<UnitSetup::Village>> UnitSetup::parseVillageList(const QString &text,
                                                              const QString &townshipCode)
{
    using R = Result<QList<Village>>;
    const QString township = RegionCode::normalized(townshipCode);
    QList<Village> villages;
    QList<int> uncoded;
    QSet<QString> codes;
    QSet<QString> names;
    const QStringList lines = text.split(u'\n');
    static const QRegularExpression separators(u"[\\s\\x{3000},，;；、]+"_s);
    for (int lineNo = 0; lineNo < lines.size(); ++lineNo) {
        const QStringList parts = lines[lineNo].trimmed().split(separators, Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        Village village;
        for (const QString &part : parts) {
            static const QRegularExpression digits(u"^[0-9]+$"_s);
            const QString folded = RegionCode::normalized(part);
            if (digits.match(folded).hasMatch())
                // "201" is short for the village 201 of this township.
                village.code = folded.size() <= 3 ? township.left(9) + folded.rightJustified(3, u'0')
                                                  : folded;
            else
                village.name += village.name.isEmpty() ? part : u" "_s + part;
        }
        if (village.name.isEmpty())
            return R::failure(tr("Line %1: the village has no name.").arg(lineNo + 1));
        if (names.contains(village.name))
            return R::failure(tr("Line %1: the village %2 is listed twice.").arg(lineNo + 1).arg(village.name));
        names.insert(village.name);
        if (village.code.isEmpty()) {
            uncoded.append(villages.size());
        } else {
            if (const QString problem = RegionCode::problem(village.code, Region::Village, township);
                !problem.isEmpty())
                return R::failure(tr("Line %1: %2").arg(lineNo + 1).arg(problem));
            if (codes.contains(village.code))
                return R::failure(tr("Line %1: the code %2 is listed twice.").arg(lineNo + 1).arg(village.code));
            codes.insert(village.code);
        }
        villages.append(village);
    }
    if (villages.isEmpty())
        return R::failure(tr("List at least one village or community."));

    // Villages in the statistical code run from 001 upwards (2xx for villages is common too).
    int next = 1;
    for (int index : uncoded) {
        QString code;
        do {
            code = township.left(9) + u"%1"_s.arg(next++, 3, 10, QLatin1Char('0'));
        } while (codes.contains(code));
        if (next > 999)
            return R::failure(tr("There are too many villages for one township."));
        codes.insert(code);
        villages[index].code = code;
    }
    return villages;
}

namespace {

// Saves the instance settings and the unit's own region in the caller's transaction; on a
// failure the store forgets the new instance id again.
Result<QString> saveUnit(Store &store, const QString &code, const QString &name,
                         InstanceSettings::UnitLevel level)
{
    InstanceSettings settings;
    settings.instanceId = SyncedRows::newId();
    settings.unitCode = code;
    settings.unitName = name.trimmed();
    settings.unitLevel = level;
    settings.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (auto r = settings.save(store); !r)
        return Result<QString>::failure(r.error());
    return SyncedRows::insert(store, u"regions"_s,
                              { { u"code"_s, code },
                                { u"name"_s, settings.unitName },
                                { u"level"_s, int(level == InstanceSettings::UnitLevel::County ? Region::County
                                                                                                 : Region::Township) },
                                { u"parent_id"_s, QVariant(QMetaType::fromType<QString>()) } });
}

} // namespace

Result<void> UnitSetup::setUpTownship(Store &store, const QString &code, const QString &name,
                                      const QList<Village> &villages)
{
    const QString township = RegionCode::normalized(code);
    if (const QString problem = RegionCode::problem(township, Region::Township, {}); !problem.isEmpty())
        return Result<void>::failure(problem);
    if (name.trimmed().isEmpty())
        return Result<void>::failure(tr("Enter the name of the township."));
    if (InstanceSettings::load(store).isSetUp())
        return Result<void>::failure(tr("This store is already set up for a unit."));
    if (villages.isEmpty())
        return Result<void>::failure(tr("List at least one village or community."));

    Transaction transaction(store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    // The store takes the new instance id as soon as it is saved: a failure must undo both.
    auto failed = [&](const QString &message) {
        if (transaction.isActive())
            transaction.rollback();
        store.reloadInstanceId();
        return Result<void>::failure(message);
    };
    auto townshipId = saveUnit(store, township, name, InstanceSettings::UnitLevel::Township);
    if (!townshipId)
        return failed(townshipId.error());
    RegionRepository regions(store);
    for (const Village &village : villages) {
        if (auto r = regions.add(townshipId.value(), village.code, village.name); !r)
            return failed(r.error());
    }
    if (auto r = transaction.commit(); !r)
        return failed(r.error());
    return {};
}

Result<void> UnitSetup::setUpCounty(Store &store, const QString &code, const QString &name)
{
    const QString county = RegionCode::normalized(code);
    if (const QString problem = RegionCode::problem(county, Region::County, {}); !problem.isEmpty())
        return Result<void>::failure(problem);
    if (name.trimmed().isEmpty())
        return Result<void>::failure(tr("Enter the name of the county."));
    if (InstanceSettings::load(store).isSetUp())
        return Result<void>::failure(tr("This store is already set up for a unit."));
    Transaction transaction(store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    auto countyId = saveUnit(store, county, name, InstanceSettings::UnitLevel::County);
    Result<void> done = countyId ? transaction.commit() : Result<void>::failure(countyId.error());
    if (!done) {
        if (transaction.isActive())
            transaction.rollback();
        store.reloadInstanceId();
    }
    return done;
}

Result<void> UnitSetup::joinTownship(Store &store, const QString &code, const QString &name)
{
    const QString township = RegionCode::normalized(code);
    if (const QString problem = RegionCode::problem(township, Region::Township, {}); !problem.isEmpty())
        return Result<void>::failure(problem);
    if (name.trimmed().isEmpty())
        return Result<void>::failure(tr("Enter the name of the township."));
    if (InstanceSettings::load(store).isSetUp())
        return Result<void>::failure(tr("This store is already set up for a unit."));
    InstanceSettings settings;
    settings.instanceId = SyncedRows::newId();
    settings.unitCode = township;
    settings.unitName = name.trimmed();
    settings.unitLevel = InstanceSettings::UnitLevel::Township;
    settings.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Transaction transaction(store);
    Result<void> saved = settings.save(store);
    if (saved)
        saved = transaction.commit();
    if (!saved) {
        if (transaction.isActive())
            transaction.rollback();
        store.reloadInstanceId();
    }
    return saved;
}
