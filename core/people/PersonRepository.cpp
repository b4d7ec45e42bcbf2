#include "PersonRepository.h"

#include "IdNumber.h"
#include "PhoneNumber.h"
#include "TextNormalizer.h"

#include "../regions/RegionRepository.h"
#include "../store/Ownership.h"
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
                                         u"special_group"_s, u"notes"_s };
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
    };
}

Result<Person> PersonRepository::check(const Person &input, QDate today) const
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

    if (!p.householdId.isEmpty()) {
        QSqlQuery q(m_store.db());
        q.prepare(u"SELECT region_id FROM households WHERE id = ? AND deleted = 0"_s);
        q.addBindValue(p.householdId);
        if (!q.exec() || !q.next())
            return R::failure(tr("The household no longer exists."));
        // A member lives where the household lives.
        p.regionId = q.value(0).toString();
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
    auto id = SyncedRows::insert(m_store, u"persons"_s, columns);
    if (!id)
        return id;
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
    if (auto r = SyncedRows::update(m_store, u"persons"_s, person.id, toColumns(checked.value())); !r)
        return r;
    if (auto r = noteShared(checked->idNumber); !r)
        return r;
    return transaction.commit();
}

Result<void> PersonRepository::remove(const QString &id)
{
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    if (auto r = SyncedRows::tombstone(m_store, u"persons"_s, id); !r)
        return r;
    // A household whose head is gone has no head until the clerk names another.
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id FROM households WHERE head_person_id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        if (auto r = SyncedRows::update(m_store, u"households"_s, q.value(0).toString(),
                                        { { u"head_person_id"_s, QVariant(QMetaType::fromType<QString>()) } });
            !r)
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
    return list;
}
