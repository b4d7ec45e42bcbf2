#include "HouseholdRepository.h"

#include "PhoneNumber.h"
#include "TextNormalizer.h"

#include "../regions/RegionRepository.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariantMap toColumns(const Household &h)
{
    return { { u"region_id"_s, h.regionId },
             { u"address"_s, h.address },
             { u"head_person_id"_s, nullable(h.headPersonId) },
             { u"phone"_s, h.phone },
             { u"household_type"_s, h.householdType } };
}

} // namespace

const QStringList &HouseholdRepository::householdTypes()
{
    static const QStringList types = { u"family"_s, u"collective"_s };
    return types;
}

QString HouseholdRepository::householdTypeLabel(const QString &type)
{
    if (type == "family"_L1)
        return tr("Family household");
    if (type == "collective"_L1)
        return tr("Collective household");
    return type;
}

const QStringList &HouseholdRepository::visitResults()
{
    static const QStringList results = { u"all_present"_s, u"some_away"_s, u"nobody_home"_s,
                                         u"moved_out"_s };
    return results;
}

QString HouseholdRepository::visitResultLabel(const QString &result)
{
    if (result == "all_present"_L1)
        return tr("All members present");
    if (result == "some_away"_L1)
        return tr("Some members away");
    if (result == "nobody_home"_L1)
        return tr("Nobody at home");
    if (result == "moved_out"_L1)
        return tr("Moved out");
    return result;
}

Result<Household> HouseholdRepository::check(const Household &input) const
{
    using R = Result<Household>;
    Household h = input;
    h.address = TextNormalizer::foldWidth(h.address).simplified();
    if (h.address.isEmpty())
        return R::failure(tr("Enter the household's address."));
    const Region region = RegionRepository(m_store).byId(h.regionId);
    if (!region.isValid() || region.level < Region::Village)
        return R::failure(tr("Choose the village, group or grid of the household."));
    if (!householdTypes().contains(h.householdType))
        return R::failure(tr("Choose the household type."));
    if (!TextNormalizer::compact(h.phone).isEmpty()) {
        auto phone = PhoneNumber::normalize(h.phone);
        if (!phone)
            return R::failure(phone.error());
        h.phone = phone.value();
    } else {
        h.phone.clear();
    }
    if (!h.headPersonId.isEmpty()) {
        QSqlQuery q(m_store.db());
        q.prepare(u"SELECT household_id FROM persons WHERE id = ? AND deleted = 0"_s);
        q.addBindValue(h.headPersonId);
        if (!q.exec() || !q.next() || (!h.id.isEmpty() && q.value(0).toString() != h.id))
            return R::failure(tr("The head of household must be one of its members."));
    }
    return h;
}

Result<QString> HouseholdRepository::add(const Household &household)
{
    auto checked = check(household);
    if (!checked)
        return Result<QString>::failure(checked.error());
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<QString>::failure(transaction.error());
    auto id = SyncedRows::insert(m_store, u"households"_s, toColumns(checked.value()));
    if (!id)
        return id;
    if (auto r = transaction.commit(); !r)
        return Result<QString>::failure(r.error());
    return id;
}

Result<void> HouseholdRepository::update(const Household &household)
{
    auto checked = check(household);
    if (!checked)
        return Result<void>::failure(checked.error());
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    if (auto r = SyncedRows::update(m_store, u"households"_s, household.id, toColumns(checked.value())); !r)
        return r;
    // Members move with their household.
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id FROM persons WHERE household_id = ? AND deleted = 0 AND region_id <> ?"_s);
    q.addBindValue(household.id);
    q.addBindValue(checked->regionId);
    q.exec();
    while (q.next()) {
        if (auto r = SyncedRows::update(m_store, u"persons"_s, q.value(0).toString(),
                                        { { u"region_id"_s, checked->regionId } });
            !r)
            return r;
    }
    return transaction.commit();
}

Household HouseholdRepository::byId(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id, region_id, address, head_person_id, phone, household_type "
              "FROM households WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString(), q.value(4).toString(), q.value(5).toString() };
}

QList<Household> HouseholdRepository::inRegion(const QString &regionId, const QString &addressText,
                                               int limit) const
{
    const Region region = RegionRepository(m_store).byId(regionId);
    // Codes below a village extend its code; villages replace the township's last three digits
    // and townships the county's last six.
    const QString prefix = region.level == Region::County ? region.code.left(6)
            : region.level == Region::Township           ? region.code.left(9)
                                                         : region.code;
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT h.id, h.region_id, h.address, h.head_person_id, h.phone, h.household_type "
              "FROM households h JOIN regions r ON r.id = h.region_id "
              "WHERE h.deleted = 0 AND substr(r.code, 1, ?) = ? AND instr(h.address, ?) > 0 "
              "ORDER BY h.address COLLATE tl_natural LIMIT ?"_s);
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    q.addBindValue(TextNormalizer::foldWidth(addressText).trimmed());
    q.addBindValue(limit);
    QList<Household> list;
    if (region.isValid() && q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    }
    return list;
}

Result<QString> HouseholdRepository::addVisit(const ScreeningVisit &visit, QDate today)
{
    using R = Result<QString>;
    if (byId(visit.householdId).id.isEmpty())
        return R::failure(tr("The household no longer exists."));
    if (!visit.visitedOn.isValid())
        return R::failure(tr("Enter the date of the visit."));
    if (visit.visitedOn > today)
        return R::failure(tr("The visit date %1 is in the future.").arg(visit.visitedOn.toString(Qt::ISODate)));
    if (visit.visitor.trimmed().isEmpty())
        return R::failure(tr("Enter who made the visit."));
    if (!visitResults().contains(visit.result))
        return R::failure(tr("Choose the result of the visit."));
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    auto id = SyncedRows::insert(m_store, u"screening_visits"_s,
                                 { { u"household_id"_s, visit.householdId },
                                   { u"visited_on"_s, visit.visitedOn.toString(Qt::ISODate) },
                                   { u"visitor"_s, visit.visitor.simplified() },
                                   { u"result"_s, visit.result },
                                   { u"notes"_s, visit.notes.trimmed() } });
    if (!id)
        return id;
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return id;
}

QList<ScreeningVisit> HouseholdRepository::visits(const QString &householdId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id, household_id, visited_on, visitor, result, notes FROM screening_visits "
              "WHERE household_id = ? AND deleted = 0 ORDER BY visited_on DESC, updated_hlc DESC"_s);
    q.addBindValue(householdId);
    QList<ScreeningVisit> list;
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(),
                          QDate::fromString(q.value(2).toString(), Qt::ISODate),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    }
    return list;
}
