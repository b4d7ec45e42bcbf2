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

Result<QList<UnitSetup::Village>> UnitSetup::parseVillageList(
    const QString &text, const QString &townshipCode)
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
                village.code = folded.size() <= 3
                    ? township.left(9) + folded.rightJustified(3, u'0')
                    : folded;
            else
                village.name += village.name.isEmpty() ? part : u" "_s + part;
        }
        if (village.name.isEmpty())
            return R::failure(tr("Line %1: the village has no name.").arg(lineNo + 1));
        if (names.contains(village.name))
            return R::failure(
                tr("Line %1: the village %2 is listed twice.").arg(lineNo + 1).arg(village.name));
        names.insert(village.name);
        if (village.code.isEmpty()) {
            uncoded.append(villages.size());
        } else {
            if (const QString problem
                = RegionCode::problem(village.code, Region::Village, township);
                !problem.isEmpty())
                return R::failure(tr("Line %1: %2").arg(lineNo + 1).arg(problem));
            if (codes.contains(village.code))
                return R::failure(
                    tr("Line %1: the code %2 is listed twice.").arg(lineNo + 1).arg(village.code));
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

enum class Setup { Township, County, Joining };

// Sets up the unit in one transaction: its settings and, unless it joins a township set up
// elsewhere, its own region; then whatever `more` adds under that region (villages). Checks the
// code and the name first. The store takes the new instance id as soon as it is saved, so a
// failure undoes both.
Result<void> setUp(Store &store, const QString &code, const QString &name, Setup kind,
    const std::function<Result<void>(const QString &unitRegionId)> &more = {})
{
    const bool county = kind == Setup::County;
    const QString unit = RegionCode::normalized(code);
    if (const QString problem
        = RegionCode::problem(unit, county ? Region::County : Region::Township, {});
        !problem.isEmpty())
        return Result<void>::failure(problem);
    if (name.trimmed().isEmpty())
        return Result<void>::failure(county ? UnitSetup::tr("Enter the name of the county.")
                                            : UnitSetup::tr("Enter the name of the township."));
    if (InstanceSettings::load(store).isSetUp())
        return Result<void>::failure(UnitSetup::tr("This store is already set up for a unit."));

    Transaction transaction(store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    InstanceSettings settings;
    settings.instanceId = SyncedRows::newId();
    settings.unitCode = unit;
    settings.unitName = name.trimmed();
    settings.unitLevel
        = county ? InstanceSettings::UnitLevel::County : InstanceSettings::UnitLevel::Township;
    settings.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Result<void> done = settings.save(store);
    if (done && kind != Setup::Joining) {
        auto regionId = SyncedRows::insert(store, u"regions"_s,
            { { u"code"_s, unit }, { u"name"_s, settings.unitName },
                { u"level"_s, int(county ? Region::County : Region::Township) },
                { u"parent_id"_s, QVariant(QMetaType::fromType<QString>()) } });
        done = regionId ? (more ? more(regionId.value()) : Result<void>())
                        : Result<void>::failure(regionId.error());
    }
    if (done)
        done = transaction.commit();
    if (!done) {
        if (transaction.isActive())
            transaction.rollback();
        store.reloadSettings();
    }
    return done;
}

} // namespace

Result<void> UnitSetup::setUpTownship(
    Store &store, const QString &code, const QString &name, const QList<Village> &villages)
{
    return setUp(store, code, name, Setup::Township, [&](const QString &townshipId) {
        if (villages.isEmpty())
            return Result<void>::failure(tr("List at least one village or community."));
        RegionRepository regions(store);
        for (const Village &village : villages) {
            if (auto r = regions.add(townshipId, village.code, village.name); !r)
                return Result<void>::failure(r.error());
        }
        return Result<void>();
    });
}

Result<void> UnitSetup::setUpCounty(Store &store, const QString &code, const QString &name)
{
    return setUp(store, code, name, Setup::County);
}

Result<void> UnitSetup::joinTownship(Store &store, const QString &code, const QString &name)
{
    return setUp(store, code, name, Setup::Joining);
}
