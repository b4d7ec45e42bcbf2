#include "PersonRepository.h"

#include "HouseholdRepository.h"
#include "IdNumber.h"
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
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

QString isoOrEmpty(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString PersonRepository::selectColumns(const QString &alias)
{
    static const QStringList columns = { u"id"_s, u"household_id"_s, u"region_id"_s, u"name"_s,
                                         u"id_number"_s, u"phone"_s, u"gender"_s, u"birth_date"_s,
                                         u"residence_type"_s, u"returnee"_s, u"returnee_origin"_s,
                                         u"arrived_on"_s, u"risk_area"_s, u"close_contact"_s,
                                         u"special_group"_s, u"notes"_s, u"relation_to_head"_s };
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    QStringList out;
    for (const QString &c : columns)
        out << prefix + c;
    return out.join(u", "_s);
}

Person PersonRepository::fromQuery(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toString();
    p.householdId = q.value(1).toString();
    p.regionId = q.value(2).toString();
    p.name = q.value(3).toString();
    p.idNumber = q.value(4).toString();
    p.phone = q.value(5).toString();
    p.gender = q.value(6).toString();
    p.birthDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.residenceType = q.value(8).toString();
    p.returnee = q.value(9).toBool();
    p.returneeOrigin = q.value(10).toString();
    p.arrivedOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    p.riskArea = q.value(12).toBool();
    p.closeContact = q.value(13).toBool();
    p.specialGroup = q.value(14).toString();
    p.notes = q.value(15).toString();
    p.relationToHead = q.value(16).toString();
    return p;
}

QVariantMap PersonRepository::toColumns(const Person &p)
{
    return {
        { u"household_id"_s, p.householdId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : p.householdId },
        { u"region_id"_s, p.regionId },
        { u"name"_s, p.name },
        { u"id_number"_s, p.idNumber },
        { u"phone"_s, p.phone },
        { u"gender"_s, p.gender },
        { u"birth_date"_s, isoOrEmpty(p.birthDate) },
        { u"residence_type"_s, p.residenceType },
        { u"returnee"_s, int(p.returnee) },
        { u"returnee_origin"_s, p.returneeOrigin },
        { u"arrived_on"_s, isoOrEmpty(p.arrivedOn) },
        { u"risk_area"_s, int(p.riskArea) },
        { u"close_contact"_s, int(p.closeContact) },
        { u"special_group"_s, p.specialGroup },
        { u"notes"_s, p.notes },
        { u"relation_to_head"_s, p.relationToHead },
    };
}

Result<Person> PersonRepository::checkFields(const Person &input, QDate today)
{
    using R = Result<Person>;
    Person p = input;
    p.name = TextNormalizer::foldWidth(p.name).simplified();
    if (p.name.isEmpty())
        return R::failure(tr("Enter the person's name."));
    if (p.name.size() > 40)
        return R::failure(tr("The name %1 is longer than 40 characters.").arg(p.name));
    if (std::any_of(p.name.begin(), p.name.end(), [](QChar c) { return c.isDigit(); }))
        return R::failure(tr("The name %1 contains digits: check that the ID number or phone was "
                             "not typed into the name.")
                                  .arg(p.name));

    if (!TextNormalizer::compact(p.idNumber).isEmpty()) {
        auto id = IdNumber::parse(p.idNumber, today);
        if (!id)
            return R::failure(id.error());
        const QString derivedGender = id->gender() == IdNumber::Gender::Male ? u"male"_s : u"female"_s;
        if (!p.gender.isEmpty() && p.gender != derivedGender)
            return R::failure(tr("The ID number %1 belongs to a %2, but %3 was entered.")
                                      .arg(id->text(), Person::genderLabel(derivedGender),
                                           Person::genderLabel(p.gender)));
        if (p.birthDate.isValid() && p.birthDate != id->birthDate())
            return R::failure(tr("The ID number %1 gives the birth date %2, but %3 was entered.")
                                      .arg(id->text(), id->birthDate().toString(Qt::ISODate),
                                           p.birthDate.toString(Qt::ISODate)));
        p.idNumber = id->text();
        p.gender = derivedGender;
        p.birthDate = id->birthDate();
    } else {
        p.idNumber.clear();
        if (p.birthDate.isValid() && p.birthDate > today)
            return R::failure(tr("The birth date %1 is in the future.").arg(p.birthDate.toString(Qt::ISODate)));
    }

    if (!TextNormalizer::compact(p.phone).isEmpty()) {
        auto phone = PhoneNumber::normalize(p.phone);
        if (!phone)
            return R::failure(phone.error());
        p.phone = phone.value();
    } else {
        p.phone.clear();
    }

    if (!Person::residenceTypes().contains(p.residenceType))
        return R::failure(tr("Choose the residence type."));
    if (!p.specialGroup.isEmpty() && !Person::specialGroups().contains(p.specialGroup))
        return R::failure(tr("Choose a special group from the list."));
    if (p.returnee) {
        p.returneeOrigin = p.returneeOrigin.trimmed();
        if (p.returneeOrigin.isEmpty())
            return R::failure(tr("Enter where the returnee came from."));
        if (!p.arrivedOn.isValid())
            return R::failure(tr("Enter the date the returnee arrived."));
        if (p.arrivedOn > today)
            return R::failure(tr("The arrival date %1 is in the future.").arg(p.arrivedOn.toString(Qt::ISODate)));
    } else {
        p.returneeOrigin.clear();
        p.arrivedOn = QDate();
    }

    if (!p.relationToHead.isEmpty() && !Person::relationsToHead().contains(p.relationToHead))
        return R::failure(tr("Choose the relation to the head of household from the list."));
    return p;
}

Result<Person> PersonRepository::check(const Person &input, QDate today) const
{
    using R = Result<Person>;
    auto fields = checkFields(input, today);
    if (!fields)
        return fields;
    Person p = std::move(fields).value();
    if (!p.householdId.isEmpty()) {
        QSqlQuery q(m_store.db());
        q.prepare(u"SELECT region_id, head_person_id FROM households WHERE id = ? AND deleted = 0"_s);
        q.addBindValue(p.householdId);
        if (!q.exec() || !q.next())
            return R::failure(tr("The household no longer exists."));
        // A member lives where the household lives.
        p.regionId = q.value(0).toString();
        if (!p.id.isEmpty() && q.value(1).toString() == p.id)
            p.relationToHead.clear();
    } else {
        p.relationToHead.clear();
    }
    const Region region = RegionRepository(m_store).byId(p.regionId);
    if (!region.isValid() || region.level < Region::Village)
        return R::failure(tr("Choose the village the person lives in."));

    if (!p.idNumber.isEmpty()) {
        // Unique within the township that keeps the person: at the county another township's
        // person may have the same number (DESIGN: "One person, two townships").
        QSqlQuery q(m_store.db());
        q.prepare(u"SELECT "_s + selectColumns({})
            + u" FROM persons WHERE id_number = ? AND owner_unit = ? AND deleted = 0 "
              "AND id_number <> ''"_s);
        q.addBindValue(p.idNumber);
        q.addBindValue(Ownership::ofRegion(region.code, region.level));
        const Person existing = q.exec() && q.next() ? fromQuery(q) : Person();
        if (!existing.id.isEmpty() && existing.id != p.id) {
            const Region village = RegionRepository(m_store).villageOf(existing.regionId);
            return R::failure(tr("The ID number %1 is already registered for %2 of %3.")
                                      .arg(p.idNumber, existing.name, village.name));
        }
    }
    return p;
}

Result<void> PersonRepository::noteShared(const QString &idNumber)
{
    // At a county, a number another township keeps too joins the list of persons known to
    // several townships (see KnownToSeveralUnits); imports note theirs in bulk.
    if (idNumber.isEmpty())
        return {};
    QSqlQuery q(m_store.db());
    q.prepare(u"INSERT OR IGNORE INTO shared_id_numbers SELECT ? WHERE (SELECT count(*) "
              "FROM persons WHERE id_number = ? AND deleted = 0) > 1"_s);
    q.addBindValue(idNumber);
    q.addBindValue(idNumber);
    if (!q.exec())
        return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    return {};
}

Result<QString> PersonRepository::add(const Person &person)
{
    auto checked = check(person);
    if (!checked)
        return Result<QString>::failure(checked.error());
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<QString>::failure(transaction.error());
    QVariantMap columns = toColumns(checked.value());
    if (!person.id.isEmpty())
        columns.insert(u"id"_s, person.id);
    // The first member of a household heads it.
    const bool heads = !checked->householdId.isEmpty()
        && HouseholdRepository(m_store).byId(checked->householdId).headPersonId.isEmpty()
        && members(checked->householdId).isEmpty();
    if (heads)
        columns.insert(u"relation_to_head"_s, u""_s);
    auto id = SyncedRows::insert(m_store, u"persons"_s, columns);
    if (!id)
        return id;
    if (heads) {
        if (auto r = SyncedRows::update(m_store, u"households"_s, checked->householdId,
                { { u"head_person_id"_s, id.value() } });
            !r)
            return Result<QString>::failure(r.error());
    }
    if (auto r = noteShared(checked->idNumber); !r)
        return Result<QString>::failure(r.error());
    if (auto r = transaction.commit(); !r)
        return Result<QString>::failure(r.error());
    return id;
}

Result<void> PersonRepository::update(const Person &person)
{
    auto checked = check(person);
    if (!checked)
        return Result<void>::failure(checked.error());
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    const QString formerHousehold = byId(person.id).householdId;
    if (auto r = SyncedRows::update(m_store, u"persons"_s, person.id, toColumns(checked.value())); !r)
        return r;
    // A head who leaves their household leaves it without a head.
    if (!formerHousehold.isEmpty() && formerHousehold != checked->householdId
        && HouseholdRepository(m_store).byId(formerHousehold).headPersonId == person.id) {
        if (auto r = SyncedRows::update(m_store, u"households"_s, formerHousehold,
                { { u"head_person_id"_s, QVariant(QMetaType::fromType<QString>()) } });
            !r)
            return r;
    }
    if (auto r = noteShared(checked->idNumber); !r)
        return r;
    return transaction.commit();
}

Result<void> PersonRepository::remove(const QString &id, const Removal &removal, QDate today)
{
    using R = Result<void>;
    const Person person = byId(id);
    if (person.id.isEmpty())
        return R::failure(tr("The person is no longer in the register."));
    QVariantMap tombstone = { { u"removal_reason"_s, removal.reason },
        { u"removal_note"_s, removal.note.simplified() },
        { u"removed_on"_s, (removal.on.isValid() ? removal.on : today).toString(Qt::ISODate) } };
    if (removal.reason == "moved_out"_L1) {
        if (removal.note.trimmed().isEmpty())
            return R::failure(tr("Enter where %1 moved to.").arg(person.name));
    } else if (removal.reason == "died"_L1) {
        if (!removal.on.isValid())
            return R::failure(tr("Enter the date %1 died.").arg(person.name));
    } else if (removal.reason == "duplicate"_L1) {
        const Person survivor = byId(removal.intoPersonId);
        if (survivor.id.isEmpty())
            return R::failure(tr("Choose the person %1 is the same as.").arg(person.name));
        if (survivor.id == person.id)
            return R::failure(tr("A person cannot be merged into themselves."));
        if (Ownership::ownerOf(m_store, u"persons"_s, { { u"region_id"_s, survivor.regionId } })
            != Ownership::ownerOf(m_store, u"persons"_s, { { u"region_id"_s, person.regionId } }))
            return R::failure(tr("%1 is kept by another township; only records of one township "
                                 "can be merged.")
                                  .arg(survivor.name));
    } else {
        return R::failure(tr("Choose why the person leaves the register."));
    }
    if (removal.on.isValid() && removal.on > today)
        return R::failure(tr("The date %1 is in the future.").arg(removal.on.toString(Qt::ISODate)));

    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (removal.reason == "duplicate"_L1) {
        if (auto r = RowMerge::mergeInto(m_store, u"persons"_s, id, removal.intoPersonId, tombstone);
            !r)
            return R::failure(r.error());
    } else if (auto r = SyncedRows::tombstone(m_store, u"persons"_s, id, tombstone); !r) {
        return r;
    }
    // A household whose head is gone has no head until the clerk names another; the record
    // that stays takes the place of one registered twice, if it is a member.
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id FROM households WHERE head_person_id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    QStringList headed;
    while (q.next())
        headed << q.value(0).toString();
    const Person survivor = removal.reason == "duplicate"_L1 ? byId(removal.intoPersonId) : Person();
    for (const QString &household : headed) {
        const QVariant head = survivor.householdId == household
            ? QVariant(survivor.id)
            : QVariant(QMetaType::fromType<QString>());
        if (auto r = SyncedRows::update(m_store, u"households"_s, household, { { u"head_person_id"_s, head } });
            !r)
            return r;
    }
    return transaction.commit();
}

Result<void> PersonRepository::restore(const QString &id)
{
    using R = Result<void>;
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT name, removal_reason, merged_into, household_id, id_number, owner_unit "
              "FROM persons WHERE id = ? AND deleted = 1"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return R::failure(tr("The person is not among the removed."));
    const QString name = q.value(0).toString();
    const QString survivor = q.value(2).toString();
    const QString householdId = q.value(3).toString();
    const QString idNumber = q.value(4).toString();
    const QString owner = q.value(5).toString();
    if (!idNumber.isEmpty()) {
        QSqlQuery same(m_store.db());
        same.prepare(u"SELECT name FROM persons WHERE id_number = ? AND owner_unit = ? "
                     "AND deleted = 0"_s);
        same.addBindValue(idNumber);
        same.addBindValue(owner);
        if (same.exec() && same.next())
            return R::failure(tr("%1 cannot come back: the ID number %2 is registered for %3 now.")
                                  .arg(name, idNumber, same.value(0).toString()));
    }
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QVariantMap revived = { { u"removal_reason"_s, u""_s }, { u"removal_note"_s, u""_s },
        { u"removed_on"_s, u""_s }, { u"merged_into"_s, QVariant(QMetaType::fromType<QString>()) } };
    // Back into the household, unless it is gone too.
    if (!householdId.isEmpty() && HouseholdRepository(m_store).byId(householdId).id.isEmpty())
        revived.insert(u"household_id"_s, QVariant(QMetaType::fromType<QString>()));
    if (auto r = SyncedRows::put(m_store, u"persons"_s, id, revived, false); !r)
        return r;
    if (!survivor.isEmpty()) {
        if (auto r = RowMerge::moveBack(m_store, id, survivor); !r)
            return r;
    }
    return transaction.commit();
}

Person PersonRepository::byId(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT "_s + selectColumns({}) + u" FROM persons WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? fromQuery(q) : Person();
}

Person PersonRepository::byIdNumber(const QString &idNumber) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT "_s + selectColumns({})
              + u" FROM persons WHERE id_number = ? AND deleted = 0 AND id_number <> ''"_s);
    q.addBindValue(TextNormalizer::compact(idNumber).toUpper());
    return q.exec() && q.next() ? fromQuery(q) : Person();
}

QList<Person> PersonRepository::members(const QString &householdId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT "_s + selectColumns({})
              + u" FROM persons WHERE household_id = ? AND deleted = 0 ORDER BY birth_date"_s);
    q.addBindValue(householdId);
    QList<Person> list;
    if (q.exec()) {
        while (q.next())
            list.append(fromQuery(q));
    }
    // As on a paper 花名册: the head first, then by relation to the head, the eldest first.
    const QString head = HouseholdRepository(m_store).byId(householdId).headPersonId;
    const QStringList &relations = Person::relationsToHead();
    auto rank = [&](const Person &p) {
        if (p.id == head)
            return qsizetype(-1);
        const qsizetype at = relations.indexOf(p.relationToHead);
        return at < 0 ? relations.size() : at;
    };
    std::stable_sort(list.begin(), list.end(),
        [&](const Person &a, const Person &b) { return rank(a) < rank(b); });
    return list;
}
