#include "HouseholdRepository.h"

#include "PersonRepository.h"
#include "PhoneNumber.h"
#include "TextNormalizer.h"

#include "../regions/RegionRepository.h"
#include "../store/Ownership.h"
#include "../store/RowMerge.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QSqlError>
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

Result<void> HouseholdRepository::setHead(
    const QString &householdId, const QString &personId, const QString &formerHeadRelation)
{
    using R = Result<void>;
    const Household h = byId(householdId);
    if (h.id.isEmpty())
        return R::failure(tr("The household no longer exists."));
    const Person person = PersonRepository(m_store).byId(personId);
    if (person.householdId != h.id)
        return R::failure(tr("The head of household must be one of its members."));
    if (!formerHeadRelation.isEmpty() && !Person::relationsToHead().contains(formerHeadRelation))
        return R::failure(tr("Choose the relation to the head of household from the list."));
    if (h.headPersonId == personId)
        return {};
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (auto r = SyncedRows::update(m_store, u"households"_s, h.id, { { u"head_person_id"_s, personId } }); !r)
        return r;
    if (auto r = SyncedRows::update(m_store, u"persons"_s, personId, { { u"relation_to_head"_s, u""_s } }); !r)
        return r;
    if (!h.headPersonId.isEmpty() && !PersonRepository(m_store).byId(h.headPersonId).id.isEmpty()) {
        if (auto r = SyncedRows::update(m_store, u"persons"_s, h.headPersonId,
                { { u"relation_to_head"_s, formerHeadRelation } });
            !r)
            return r;
    }
    return transaction.commit();
}

Result<void> HouseholdRepository::moveInto(
    const QString &personId, const Household &to, const QString &relation)
{
    using R = Result<void>;
    const Person person = PersonRepository(m_store).byId(personId);
    if (person.id.isEmpty())
        return R::failure(tr("The person is no longer in the register."));
    if (!relation.isEmpty() && !Person::relationsToHead().contains(relation))
        return R::failure(tr("Choose the relation to the head of household from the list."));
    const Region from = RegionRepository(m_store).byId(person.regionId);
    const Region into = RegionRepository(m_store).byId(to.regionId);
    if (Ownership::ofRegion(from.code, from.level) != Ownership::ofRegion(into.code, into.level))
        return R::failure(tr("%1 lives in another township: a move between townships is a "
                             "removal there (moved out) and a new registration here.")
                              .arg(person.name));
    const bool becomesHead = to.headPersonId.isEmpty() && PersonRepository(m_store).members(to.id).isEmpty();
    if (auto r = SyncedRows::update(m_store, u"persons"_s, personId,
            { { u"household_id"_s, to.id }, { u"region_id"_s, to.regionId },
                { u"relation_to_head"_s, becomesHead ? QString(u""_s) : relation } });
        !r)
        return r;
    if (becomesHead) {
        if (auto r = SyncedRows::update(m_store, u"households"_s, to.id, { { u"head_person_id"_s, personId } }); !r)
            return r;
    }
    if (!person.householdId.isEmpty() && person.householdId != to.id
        && byId(person.householdId).headPersonId == personId) {
        if (auto r = SyncedRows::update(m_store, u"households"_s, person.householdId,
                { { u"head_person_id"_s, QVariant(QMetaType::fromType<QString>()) } });
            !r)
            return r;
    }
    return {};
}

Result<void> HouseholdRepository::movePerson(
    const QString &personId, const QString &toHouseholdId, const QString &relation)
{
    using R = Result<void>;
    const Household to = byId(toHouseholdId);
    if (to.id.isEmpty())
        return R::failure(tr("The household no longer exists."));
    if (PersonRepository(m_store).byId(personId).householdId == to.id)
        return R::failure(tr("The person is a member of that household already."));
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (auto r = moveInto(personId, to, relation); !r)
        return r;
    return transaction.commit();
}

Result<QString> HouseholdRepository::split(const QString &householdId,
    const Household &newHousehold, const QString &headPersonId, const QList<Member> &others)
{
    using R = Result<QString>;
    const Household from = byId(householdId);
    if (from.id.isEmpty())
        return R::failure(tr("The household no longer exists."));
    QStringList moving = { headPersonId };
    for (const Member &m : others)
        moving << m.personId;
    for (const QString &id : moving) {
        if (PersonRepository(m_store).byId(id).householdId != from.id)
            return R::failure(tr("Only members of the household can start a household of their own."));
    }
    if (moving.size() >= PersonRepository(m_store).members(from.id).size())
        return R::failure(tr("At least one member stays: to move the whole household, edit its "
                             "address instead."));
    Household made = newHousehold;
    made.id.clear();
    made.headPersonId.clear();
    auto checked = check(made);
    if (!checked)
        return R::failure(checked.error());
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    auto id = SyncedRows::insert(m_store, u"households"_s, toColumns(checked.value()));
    if (!id)
        return id;
    made = checked.value();
    made.id = id.value();
    if (auto r = moveInto(headPersonId, made, {}); !r)
        return R::failure(r.error());
    made.headPersonId = headPersonId;
    for (const Member &m : others) {
        if (auto r = moveInto(m.personId, made, m.relation); !r)
            return R::failure(r.error());
    }
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return id;
}

Result<void> HouseholdRepository::merge(const QString &mergedId, const QString &intoId)
{
    using R = Result<void>;
    const Household merged = byId(mergedId);
    const Household into = byId(intoId);
    if (merged.id.isEmpty() || into.id.isEmpty())
        return R::failure(tr("The household no longer exists."));
    if (merged.id == into.id)
        return R::failure(tr("A household cannot be merged into itself."));
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    Household target = into;
    for (const Person &p : PersonRepository(m_store).members(merged.id)) {
        // Their relation to the other household's head is for the clerk to say.
        if (auto r = moveInto(p.id, target, {}); !r)
            return r;
        target = byId(into.id);
    }
    if (auto r = RowMerge::mergeInto(m_store, u"households"_s, merged.id, into.id); !r)
        return R::failure(r.error());
    return transaction.commit();
}

QString HouseholdRepository::whereOf(const Filter &filter, QVariantList &values) const
{
    const Region region = RegionRepository(m_store).byId(filter.regionId);
    if (!region.isValid())
        return u"0"_s;
    // Codes below a village extend its code; villages replace the township's last three digits
    // and townships the county's last six.
    const QString prefix = region.level == Region::County ? region.code.left(6)
        : region.level == Region::Township               ? region.code.left(9)
                                                         : region.code;
    QString where = u"h.deleted = 0 AND substr(r.code, 1, ?) = ?"_s;
    values << prefix.size() << prefix;
    const QString text = TextNormalizer::foldWidth(filter.addressText).simplified();
    if (!text.isEmpty()) {
        where += u" AND (instr(h.address, ?) > 0 OR instr((SELECT name FROM persons hp "
                 "WHERE hp.id = h.head_person_id AND hp.deleted = 0), ?) > 0)"_s;
        values << text << text;
    }
    if (filter.visits != Filter::Visits::Any) {
        where += filter.visits == Filter::Visits::Visited ? u" AND "_s : u" AND NOT "_s;
        where += u"EXISTS (SELECT 1 FROM screening_visits s WHERE s.household_id = h.id "
                 "AND s.deleted = 0 AND s.visited_on >= ?)"_s;
        values << (filter.visitedSince.isValid() ? filter.visitedSince.toString(Qt::ISODate) : u""_s);
    }
    return where;
}

Result<qint64> HouseholdRepository::count(const Filter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT count(*) FROM households h JOIN regions r ON r.id = h.region_id WHERE "_s
        + whereOf(filter, values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(
            tr("The households cannot be counted: %1").arg(q.lastError().text()));
    return q.value(0).toLongLong();
}

Result<QList<HouseholdRepository::Row>> HouseholdRepository::page(
    const Filter &filter, qint64 offset, int limit) const
{
    using R = Result<QList<Row>>;
    QVariantList values;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT h.id, h.region_id, h.address, h.head_person_id, h.phone, h.household_type, "
              "v.name, hp.name, "
              "(SELECT count(*) FROM persons m WHERE m.household_id = h.id AND m.deleted = 0), "
              "(SELECT max(s.visited_on) FROM screening_visits s WHERE s.household_id = h.id "
              "AND s.deleted = 0) "
              "FROM households h JOIN regions r ON r.id = h.region_id "
              "LEFT JOIN regions v ON v.code = substr(r.code, 1, 12) AND v.deleted = 0 "
              "LEFT JOIN persons hp ON hp.id = h.head_person_id AND hp.deleted = 0 WHERE "_s
        + whereOf(filter, values)
        + u" ORDER BY v.code, h.address COLLATE tl_natural, h.rowid LIMIT ? OFFSET ?"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return R::failure(tr("The households cannot be read: %1").arg(q.lastError().text()));
    QList<Row> rows;
    while (q.next()) {
        Row row;
        row.household = { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString() };
        row.villageName = q.value(6).toString();
        row.headName = q.value(7).toString();
        row.members = q.value(8).toLongLong();
        row.lastVisit = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        rows.append(row);
    }
    return rows;
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
