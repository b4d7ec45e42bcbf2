#include "RegistryCatalog.h"

#include "../checkpoints/Checkpoint.h"
#include "../measures/Responsibility.h"
#include "../needs/NeedRecord.h"
#include "../people/Person.h"
#include "../supervision/Supervision.h"
#include "../testing/Sample.h"

using namespace Qt::StringLiterals;

namespace {

using Kind = RegistryColumn::Kind;

// Every region with its village (the level-2 region whose code begins the region's code), kept
// to the filter's village. Regions are few: made once per query, they spare each of a hundred
// thousand persons two index searches, and with a village filter the persons are found through
// their region index.
const QString regionVillages = uR"(WITH rv AS MATERIALIZED (
SELECT r.id AS region_id, r.code AS region_code, v.code AS village_code, v.name AS village_name
FROM regions r
LEFT JOIN regions v ON v.code = substr(r.code, 1, 12) AND v.deleted = 0 AND v.level = 2
WHERE :village = '' OR substr(r.code, 1, 12) = :village)
)"_s;
// A person's village (from regionVillages) and household.
const QString personJoins = uR"(JOIN rv ON rv.region_id = p.region_id
LEFT JOIN households h ON h.id = p.household_id)"_s;

QString yesNo(const QString &flag)
{
    return flag == "0"_L1 ? RegistryCatalog::tr("No") : RegistryCatalog::tr("Yes");
}

// 张三（村干部）13800000001、李四（村医）13800000002: the cadres of a measure as the 五包一 card
// lists them, from role, name and phone (separated by 0x1f, cadres by 0x1e). Their phones are
// the duty numbers printed on the card, not masked; the import reads the cell back.
QString cadreList(const QString &raw)
{
    QStringList cadres;
    for (const QString &cadre : raw.split(QChar(0x1e), Qt::SkipEmptyParts)) {
        const QStringList parts = cadre.split(QChar(0x1f));
        if (parts.size() != 3)
            continue;
        cadres << RegistryCatalog::tr("%1 (%2) %3")
                      .arg(parts[1], Responsibility::roleLabel(parts[0]), parts[2])
                      .trimmed();
    }
    return cadres.join(u"、"_s);
}

RegistryColumn rowNumber()
{
    return { RegistryCatalog::tr("No."), {}, 5, Kind::RowNumber, {}, {} };
}

RegistryColumn column(const QString &heading, const QString &field, int width,
    Kind kind = Kind::Text, const QString &group = {},
    std::function<QString(const QString &)> label = {})
{
    return { heading, field, width, kind, group, std::move(label) };
}

RegistryColumn nameColumn(const QString &group = {})
{
    return column(RegistryCatalog::tr("Name"), u"name"_s, 9, Kind::Text, group);
}
RegistryColumn genderColumn(const QString &group = {})
{
    return column(
        RegistryCatalog::tr("Gender"), u"gender"_s, 6, Kind::Text, group, &Person::genderLabel);
}
RegistryColumn idColumn(const QString &group = {})
{
    return column(RegistryCatalog::tr("ID number"), u"id_number"_s, 20, Kind::IdNumber, group);
}
RegistryColumn phoneColumn(const QString &group = {})
{
    return column(RegistryCatalog::tr("Phone"), u"phone"_s, 13, Kind::Phone, group);
}
RegistryColumn villageColumn(const QString &group = {})
{
    return column(RegistryCatalog::tr("Village"), u"village"_s, 10, Kind::Text, group);
}
RegistryColumn addressColumn(const QString &group = {})
{
    return column(RegistryCatalog::tr("Address"), u"address"_s, 22, Kind::Text, group);
}
RegistryColumn notesColumn()
{
    return column(RegistryCatalog::tr("Notes"), u"notes"_s, 14);
}

RegistryDefinition personnelRegister()
{
    const QString basic = RegistryCatalog::tr("Basic information");
    const QString residence = RegistryCatalog::tr("Residence");
    RegistryDefinition d;
    d.name = u"personnel_register"_s;
    d.title = RegistryCatalog::tr("Personnel register");
    d.columns = { rowNumber(), nameColumn(basic), genderColumn(basic), idColumn(basic),
        column(RegistryCatalog::tr("Date of birth"), u"birth_date"_s, 11, Kind::Date, basic),
        phoneColumn(basic), villageColumn(residence), addressColumn(residence),
        column(RegistryCatalog::tr("Residence type"), u"residence_type"_s, 12, Kind::Text,
            residence, &Person::residenceTypeLabel),
        column(RegistryCatalog::tr("Special group"), u"special_group"_s, 10, Kind::Text, {},
            &Person::specialGroupLabel),
        notesColumn() };
    d.filters = RegistryDefinition::VillageFilter | RegistryDefinition::CategoryFilter;
    d.categories = { { u"returnee"_s, RegistryCatalog::tr("Returnees") },
        { u"risk_area"_s, RegistryCatalog::tr("From risk areas") },
        { u"close_contact"_s, RegistryCatalog::tr("Close contacts") },
        { u"special_group"_s, RegistryCatalog::tr("Special groups") } };
    d.sql = regionVillages
        + uR"(SELECT p.name AS name, p.gender AS gender, p.id_number AS id_number,
p.birth_date AS birth_date, p.phone AS phone, rv.village_name AS village, h.address AS address,
p.residence_type AS residence_type, p.special_group AS special_group, p.notes AS notes
FROM persons p )"_s
        + personJoins + uR"(
WHERE p.deleted = 0
AND (:category = '' OR (:category = 'returnee' AND p.returnee = 1)
     OR (:category = 'risk_area' AND p.risk_area = 1)
     OR (:category = 'close_contact' AND p.close_contact = 1)
     OR (:category = 'special_group' AND p.special_group <> '')))"_s;
    d.orderBy = u"rv.region_code, h.address COLLATE tl_natural, tl_name_key(p.name), p.rowid"_s;
    return d;
}

// 不漏一户: the households of the current screening that no one has visited yet, for the village
// cadre to knock on.
RegistryDefinition unvisitedHouseholds()
{
    RegistryDefinition d;
    d.name = u"unvisited_households"_s;
    d.title = RegistryCatalog::tr("Households not yet visited");
    d.columns = { rowNumber(), villageColumn(), addressColumn(),
        column(RegistryCatalog::tr("Head of household"), u"head"_s, 9),
        phoneColumn(),
        column(RegistryCatalog::tr("Members"), u"members"_s, 6, Kind::Number),
        column(RegistryCatalog::tr("Last visit"), u"last_visit"_s, 11, Kind::Date),
        notesColumn() };
    d.filters = RegistryDefinition::VillageFilter | RegistryDefinition::DateFilter;
    // Visits on or after the range's start count; without one, any visit does.
    d.dateLabel = RegistryCatalog::tr("Visits since");
    d.sql = regionVillages + uR"(SELECT rv.village_name AS village, h.address AS address,
hp.name AS head, h.phone AS phone,
(SELECT count(*) FROM persons m WHERE m.household_id = h.id AND m.deleted = 0) AS members,
(SELECT max(s.visited_on) FROM screening_visits s WHERE s.household_id = h.id AND s.deleted = 0)
    AS last_visit,
'' AS notes
FROM households h JOIN rv ON rv.region_id = h.region_id
LEFT JOIN persons hp ON hp.id = h.head_person_id AND hp.deleted = 0
WHERE h.deleted = 0 AND NOT EXISTS (SELECT 1 FROM screening_visits s WHERE s.household_id = h.id
    AND s.deleted = 0 AND s.visited_on >= :from AND (:to = '' OR s.visited_on <= :to)))"_s;
    d.orderBy = u"rv.region_code, h.address COLLATE tl_natural, h.rowid"_s;
    return d;
}

RegistryDefinition returneeScreening()
{
    const QString returned = RegistryCatalog::tr("Return");
    const QString risk = RegistryCatalog::tr("Risk");
    RegistryDefinition d;
    d.name = u"returnee_screening"_s;
    d.title = RegistryCatalog::tr("Returnee screening register");
    d.columns = { rowNumber(), nameColumn(), genderColumn(), idColumn(), phoneColumn(),
        villageColumn(), addressColumn(),
        column(RegistryCatalog::tr("Came from"), u"returnee_origin"_s, 14, Kind::Text, returned),
        column(RegistryCatalog::tr("Arrived on"), u"arrived_on"_s, 11, Kind::Date, returned),
        column(RegistryCatalog::tr("Risk area"), u"risk_area"_s, 6, Kind::Text, risk, &yesNo),
        column(
            RegistryCatalog::tr("Close contact"), u"close_contact"_s, 6, Kind::Text, risk, &yesNo),
        notesColumn() };
    d.filters = RegistryDefinition::VillageFilter | RegistryDefinition::DateFilter
        | RegistryDefinition::CategoryFilter;
    d.dateLabel = RegistryCatalog::tr("Arrived on");
    d.categories = { { u"risk_area"_s, RegistryCatalog::tr("From risk areas") },
        { u"close_contact"_s, RegistryCatalog::tr("Close contacts") } };
    d.sql = regionVillages
        + uR"(SELECT p.name AS name, p.gender AS gender, p.id_number AS id_number,
p.phone AS phone, rv.village_name AS village, h.address AS address, p.returnee_origin AS returnee_origin,
p.arrived_on AS arrived_on, p.risk_area AS risk_area, p.close_contact AS close_contact,
p.notes AS notes
FROM persons p )"_s
        + personJoins + uR"(
WHERE p.deleted = 0 AND p.returnee = 1
AND (:from = '' OR p.arrived_on >= :from) AND (:to = '' OR p.arrived_on <= :to)
AND (:category = '' OR (:category = 'risk_area' AND p.risk_area = 1)
     OR (:category = 'close_contact' AND p.close_contact = 1)))"_s;
    d.orderBy = u"p.arrived_on, rv.village_code, tl_name_key(p.name), p.rowid"_s;
    return d;
}

// Home and central isolation share their shape: a measure in force at some time in the range.
RegistryDefinition isolation(const QString &kind)
{
    const bool central = kind == "central_isolation"_L1;
    const QString period = RegistryCatalog::tr("Isolation period");
    const QString checklist = RegistryCatalog::tr("Checklist");
    RegistryDefinition d;
    d.name = kind;
    d.title = central ? RegistryCatalog::tr("Central isolation register")
                      : RegistryCatalog::tr("Home isolation register");
    d.columns
        = { rowNumber(), nameColumn(), genderColumn(), idColumn(), phoneColumn(), villageColumn() };
    if (central)
        d.columns << column(RegistryCatalog::tr("Isolation site"), u"site"_s, 14);
    else
        d.columns << addressColumn();
    d.columns << column(RegistryCatalog::tr("Started on"), u"started_on"_s, 11, Kind::Date, period)
              << column(RegistryCatalog::tr("Planned end"), u"planned_end_on"_s, 11, Kind::Date,
                     period)
              << column(
                     RegistryCatalog::tr("Released on"), u"released_on"_s, 11, Kind::Date, period);
    // The reason beside the release date, for both kinds: the register is the measure's record,
    // and it imports back whole.
    d.columns << column(RegistryCatalog::tr("Release reason"), u"release_reason"_s, 12);
    if (!central) {
        d.columns << column(
            RegistryCatalog::tr("Card posted"), u"card_posted"_s, 6, Kind::Text, checklist, &yesNo)
                  << column(RegistryCatalog::tr("Agreement signed"), u"agreement_signed"_s, 6,
                         Kind::Text, checklist, &yesNo)
                  << column(RegistryCatalog::tr("Camera installed"), u"camera_installed"_s, 6,
                         Kind::Text, checklist, &yesNo);
    }
    d.columns << column(RegistryCatalog::tr("Responsible cadres"), u"cadres"_s, 18, Kind::Text,
                     {}, &cadreList)
              << notesColumn();
    d.filters = RegistryDefinition::VillageFilter | RegistryDefinition::DateFilter
        | RegistryDefinition::CategoryFilter;
    d.dateLabel = RegistryCatalog::tr("In force");
    d.categories = { { u"running"_s, RegistryCatalog::tr("Under isolation") },
        { u"released"_s, RegistryCatalog::tr("Released") } };
    d.sql = regionVillages
        + uR"(SELECT p.name AS name, p.gender AS gender, p.id_number AS id_number,
p.phone AS phone, rv.village_name AS village, h.address AS address, s.name AS site,
m.started_on AS started_on, m.planned_end_on AS planned_end_on, m.released_on AS released_on,
m.release_reason AS release_reason, m.card_posted AS card_posted,
m.agreement_signed AS agreement_signed, m.camera_installed AS camera_installed,
(SELECT group_concat(c.role || char(31) || c.cadre_name || char(31) || c.phone, char(30))
 FROM (SELECT role, cadre_name, phone FROM responsibilities
       WHERE measure_id = m.id AND deleted = 0 ORDER BY rowid) c) AS cadres, m.notes AS notes
FROM control_measures m
JOIN persons p ON p.id = m.person_id
LEFT JOIN isolation_sites s ON s.id = m.site_id
)"_s + personJoins
        + uR"(
WHERE m.deleted = 0 AND p.deleted = 0 AND m.kind = ')"_s
        + kind + uR"('
AND (:from = '' OR m.released_on = '' OR m.released_on >= :from)
AND (:to = '' OR m.started_on <= :to)
AND (:category = '' OR (:category = 'running' AND m.released_on = '')
     OR (:category = 'released' AND m.released_on <> '')))"_s;
    d.orderBy = u"m.started_on, rv.village_code, tl_name_key(p.name), m.rowid"_s;
    return d;
}

RegistryDefinition healthMonitoring()
{
    const QString temperature = RegistryCatalog::tr("Temperature (℃)");
    RegistryDefinition d;
    d.name = u"health_monitoring"_s;
    d.title = RegistryCatalog::tr("Health monitoring register");
    d.columns = { rowNumber(), column(RegistryCatalog::tr("Date"), u"checked_on"_s, 11, Kind::Date),
        nameColumn(), idColumn(), phoneColumn(), villageColumn(),
        column(RegistryCatalog::tr("Morning"), u"morning"_s, 7, Kind::Number, temperature),
        column(RegistryCatalog::tr("Afternoon"), u"afternoon"_s, 7, Kind::Number, temperature),
        column(RegistryCatalog::tr("Symptoms"), u"symptoms"_s, 14),
        column(RegistryCatalog::tr("Taken by"), u"taken_by"_s, 10) };
    d.filters = RegistryDefinition::VillageFilter | RegistryDefinition::DateFilter
        | RegistryDefinition::CategoryFilter;
    d.dateLabel = RegistryCatalog::tr("Date");
    d.categories = { { u"fever"_s, RegistryCatalog::tr("Fever") } };
    // One line per person and day, the two daily temperatures side by side (一天两测).
    d.sql = regionVillages
        + uR"(SELECT hc.checked_on AS checked_on, p.name AS name, p.id_number AS id_number,
p.phone AS phone, rv.village_name AS village,
max(CASE WHEN hc.period = 'morning' THEN hc.temperature END) AS morning,
max(CASE WHEN hc.period = 'afternoon' THEN hc.temperature END) AS afternoon,
group_concat(NULLIF(hc.symptoms, ''), '；') AS symptoms,
group_concat(DISTINCT NULLIF(hc.taken_by, '')) AS taken_by
FROM health_checks hc
JOIN persons p ON p.id = hc.person_id
)"_s + personJoins
        + uR"(
WHERE hc.deleted = 0 AND p.deleted = 0
AND (:from = '' OR hc.checked_on >= :from) AND (:to = '' OR hc.checked_on <= :to)
GROUP BY hc.person_id, hc.checked_on
HAVING :category = '' OR (:category = 'fever' AND max(hc.temperature) >= :fever))"_s;
    d.orderBy = u"hc.checked_on, rv.village_code, tl_name_key(p.name), hc.person_id"_s;
    return d;
}

RegistryDefinition testingRoster()
{
    const QString round = RegistryCatalog::tr("Testing round");
    const QString sample = RegistryCatalog::tr("Sample");
    RegistryDefinition d;
    d.name = u"testing_roster"_s;
    d.title = RegistryCatalog::tr("Testing roster");
    d.columns
        = { rowNumber(), column(RegistryCatalog::tr("Round"), u"round"_s, 12, Kind::Text, round),
              column(RegistryCatalog::tr("Round date"), u"round_on"_s, 11, Kind::Date, round),
              nameColumn(), idColumn(), phoneColumn(), villageColumn(),
              column(RegistryCatalog::tr("Site"), u"site"_s, 12, Kind::Text, sample),
              column(RegistryCatalog::tr("Sampled at"), u"sampled_at"_s, 16, Kind::Date, sample),
              column(RegistryCatalog::tr("Result"), u"result"_s, 8, Kind::Text, sample,
                  &Sample::resultLabel),
              column(RegistryCatalog::tr("Taken by"), u"taken_by"_s, 10, Kind::Text, sample) };
    d.filters = RegistryDefinition::VillageFilter | RegistryDefinition::DateFilter
        | RegistryDefinition::CategoryFilter;
    d.dateLabel = RegistryCatalog::tr("Round date");
    d.categories = { { u"pending"_s, Sample::resultLabel(u"pending"_s) },
        { u"negative"_s, Sample::resultLabel(u"negative"_s) },
        { u"positive"_s, Sample::resultLabel(u"positive"_s) } };
    d.sql = regionVillages + uR"(SELECT t.name AS round, t.round_on AS round_on, p.name AS name,
p.id_number AS id_number, p.phone AS phone, rv.village_name AS village, ts.name AS site,
s.sampled_at AS sampled_at, s.result AS result, s.taken_by AS taken_by
FROM samples s
JOIN test_rounds t ON t.id = s.round_id AND t.deleted = 0
JOIN persons p ON p.id = s.person_id
LEFT JOIN test_sites ts ON ts.id = s.site_id
)"_s + personJoins
        + uR"(
WHERE s.deleted = 0 AND p.deleted = 0
AND (:from = '' OR t.round_on >= :from) AND (:to = '' OR t.round_on <= :to)
AND (:category = '' OR s.result = :category))"_s;
    d.orderBy = u"t.round_on, t.name, rv.village_code, tl_name_key(p.name), s.rowid"_s;
    return d;
}

RegistryDefinition untestedList()
{
    const QString round = RegistryCatalog::tr("Testing round");
    RegistryDefinition d;
    d.name = u"untested_list"_s;
    d.title = RegistryCatalog::tr("Untested persons");
    d.columns = { rowNumber(),
        column(RegistryCatalog::tr("Round"), u"round"_s, 12, Kind::Text, round),
        column(RegistryCatalog::tr("Round date"), u"round_on"_s, 11, Kind::Date, round),
        nameColumn(), genderColumn(), idColumn(), phoneColumn(), villageColumn(), addressColumn() };
    d.filters = RegistryDefinition::VillageFilter | RegistryDefinition::DateFilter;
    d.dateLabel = RegistryCatalog::tr("Round date");
    // Everybody living in a village the round covers (应检尽检) without a sample in that round.
    d.sql = uR"(SELECT t.name AS round, t.round_on AS round_on, p.name AS name, p.gender AS gender,
p.id_number AS id_number, p.phone AS phone, v.name AS village, h.address AS address
FROM test_rounds t
JOIN test_round_villages tv ON tv.round_id = t.id AND tv.deleted = 0
JOIN regions v ON v.id = tv.region_id
JOIN regions r ON substr(r.code, 1, 12) = v.code AND r.deleted = 0
JOIN persons p ON p.region_id = r.id AND p.deleted = 0
LEFT JOIN households h ON h.id = p.household_id
WHERE t.deleted = 0 AND (:village = '' OR v.code = :village)
AND (:from = '' OR t.round_on >= :from) AND (:to = '' OR t.round_on <= :to)
AND NOT EXISTS (SELECT 1 FROM samples s
                WHERE s.round_id = t.id AND s.person_id = p.id AND s.deleted = 0))"_s;
    d.orderBy = u"t.round_on, t.name, r.code, h.address COLLATE tl_natural, tl_name_key(p.name), "
                "p.rowid"_s;
    return d;
}

RegistryDefinition specialNeeds()
{
    const QString needGroup = RegistryCatalog::tr("Need");
    const QString met = RegistryCatalog::tr("Met");
    RegistryDefinition d;
    d.name = u"special_needs"_s;
    d.title = RegistryCatalog::tr("Special-needs register");
    d.columns = { rowNumber(), nameColumn(), idColumn(), phoneColumn(), villageColumn(),
        addressColumn(),
        column(RegistryCatalog::tr("Special group"), u"special_group"_s, 10, Kind::Text, {},
            &Person::specialGroupLabel),
        column(RegistryCatalog::tr("Kind"), u"need"_s, 10, Kind::Text, needGroup, &NeedRecord::needLabel),
        column(RegistryCatalog::tr("Detail"), u"detail"_s, 18, Kind::Text, needGroup),
        column(RegistryCatalog::tr("Requested on"), u"requested_on"_s, 11, Kind::Date, needGroup),
        column(RegistryCatalog::tr("Met on"), u"met_on"_s, 11, Kind::Date, met),
        column(RegistryCatalog::tr("Met by"), u"met_by"_s, 9, Kind::Text, met), notesColumn() };
    d.filters = RegistryDefinition::VillageFilter | RegistryDefinition::DateFilter
        | RegistryDefinition::CategoryFilter;
    d.dateLabel = RegistryCatalog::tr("Requested on");
    d.categories = { { u"open"_s, RegistryCatalog::tr("Not yet met") },
        { u"met"_s, RegistryCatalog::tr("Met") } };
    // A need of a whole household shows its head.
    d.sql = uR"(SELECT coalesce(p.name, hp.name, '') AS name,
coalesce(p.id_number, hp.id_number, '') AS id_number,
coalesce(nullif(p.phone, ''), nullif(h.phone, ''), hp.phone, '') AS phone,
v.name AS village, h.address AS address,
coalesce(p.special_group, hp.special_group, '') AS special_group, n.need AS need,
n.detail AS detail, n.requested_on AS requested_on, n.met_on AS met_on, n.met_by AS met_by,
n.notes AS notes
FROM need_records n
LEFT JOIN persons p ON p.id = n.person_id
LEFT JOIN households h ON h.id = coalesce(n.household_id, p.household_id)
LEFT JOIN persons hp ON hp.id = h.head_person_id AND n.person_id IS NULL
JOIN regions r ON r.id = coalesce(p.region_id, h.region_id)
LEFT JOIN regions v ON v.code = substr(r.code, 1, 12) AND v.deleted = 0 AND v.level = 2
WHERE n.deleted = 0 AND (:village = '' OR substr(r.code, 1, 12) = :village)
AND (:from = '' OR n.requested_on >= :from) AND (:to = '' OR n.requested_on <= :to)
AND (:category = '' OR (:category = 'open' AND n.met_on = '')
     OR (:category = 'met' AND n.met_on <> '')))"_s;
    d.orderBy = u"n.requested_on, v.code, tl_name_key(coalesce(p.name, hp.name, '')), n.rowid"_s;
    return d;
}

RegistryDefinition checkpointEntryLog()
{
    const QString passer = RegistryCatalog::tr("Person or vehicle");
    const QString check = RegistryCatalog::tr("Check");
    RegistryDefinition d;
    d.name = u"checkpoint_entries"_s;
    d.title = RegistryCatalog::tr("Checkpoint entry log");
    d.columns = { rowNumber(), column(RegistryCatalog::tr("Time"), u"entered_at"_s, 16),
        column(RegistryCatalog::tr("Checkpoint"), u"checkpoint"_s, 12),
        column(RegistryCatalog::tr("In/out"), u"direction"_s, 5, Kind::Text, {},
            &CheckpointEntry::directionLabel),
        nameColumn(passer), idColumn(passer), phoneColumn(passer),
        column(RegistryCatalog::tr("Plate"), u"plate"_s, 10, Kind::Text, passer),
        column(RegistryCatalog::tr("Temperature (℃)"), u"temperature"_s, 7, Kind::Number, check),
        column(RegistryCatalog::tr("Health code"), u"health_code"_s, 6, Kind::Text, check,
            &CheckpointEntry::healthCodeLabel),
        column(RegistryCatalog::tr("Disinfected"), u"disinfected"_s, 6, Kind::Text, check, &yesNo),
        column(RegistryCatalog::tr("Permit"), u"permit_number"_s, 9, Kind::Text, check),
        column(RegistryCatalog::tr("From"), u"came_from"_s, 12),
        column(RegistryCatalog::tr("Reason"), u"reason"_s, 10),
        column(RegistryCatalog::tr("Outcome"), u"outcome"_s, 8, Kind::Text, {},
            &CheckpointEntry::outcomeLabel),
        column(RegistryCatalog::tr("Recorded by"), u"recorded_by"_s, 8) };
    d.filters = RegistryDefinition::VillageFilter | RegistryDefinition::DateFilter
        | RegistryDefinition::CategoryFilter | RegistryDefinition::CheckpointFilter;
    d.dateLabel = RegistryCatalog::tr("Date");
    d.categories = { { u"not_let_through"_s, RegistryCatalog::tr("Not let through") },
        { u"fever"_s, RegistryCatalog::tr("Fever") },
        { u"red_yellow"_s, RegistryCatalog::tr("Red or yellow code") },
        { u"vehicle"_s, RegistryCatalog::tr("Vehicles") } };
    // An amended entry is shown as its correction only.
    d.sql = uR"(SELECT replace(e.entered_at, 'T', ' ') AS entered_at, c.name AS checkpoint,
e.direction AS direction, e.person_name AS name, e.id_number AS id_number, e.phone AS phone,
e.plate AS plate, e.temperature AS temperature, e.health_code AS health_code,
e.disinfected AS disinfected, e.permit_number AS permit_number, e.came_from AS came_from,
e.reason AS reason, e.outcome AS outcome, e.recorded_by AS recorded_by
FROM checkpoint_entries e
JOIN checkpoints c ON c.id = e.checkpoint_id
JOIN regions r ON r.id = c.region_id
WHERE e.deleted = 0
AND NOT EXISTS (SELECT 1 FROM checkpoint_entries a WHERE a.amends_id = e.id AND a.deleted = 0)
AND (:village = '' OR substr(r.code, 1, 12) = :village)
AND (:checkpoint = '' OR e.checkpoint_id = :checkpoint)
AND (:from = '' OR e.entered_at >= :from) AND (:to = '' OR e.entered_at < date(:to, '+1 day'))
AND (:category = '' OR (:category = 'not_let_through' AND e.outcome <> 'let_through')
     OR (:category = 'fever' AND e.temperature >= :fever)
     OR (:category = 'red_yellow' AND e.health_code IN ('red', 'yellow'))
     OR (:category = 'vehicle' AND e.plate <> '')))"_s;
    d.orderBy = u"e.entered_at, e.id"_s;
    return d;
}

RegistryDefinition dutyRoster()
{
    RegistryDefinition d;
    d.name = u"checkpoint_duty"_s;
    d.title = RegistryCatalog::tr("Checkpoint duty roster");
    d.columns = { rowNumber(), column(RegistryCatalog::tr("Date"), u"duty_on"_s, 11, Kind::Date),
        column(RegistryCatalog::tr("Checkpoint"), u"checkpoint"_s, 14),
        column(RegistryCatalog::tr("Hours"), u"hours"_s, 7),
        column(RegistryCatalog::tr("On duty"), u"name"_s, 9),
        column(RegistryCatalog::tr("Role"), u"role"_s, 9, Kind::Text, {}, &DutyShift::roleLabel),
        phoneColumn() };
    d.filters = RegistryDefinition::VillageFilter | RegistryDefinition::DateFilter
        | RegistryDefinition::CheckpointFilter;
    d.dateLabel = RegistryCatalog::tr("Date");
    d.sql = uR"(SELECT s.duty_on AS duty_on, c.name AS checkpoint,
s.from_hour || '-' || s.to_hour AS hours, s.staff_name AS name, s.role AS role, s.phone AS phone
FROM duty_shifts s
JOIN checkpoints c ON c.id = s.checkpoint_id
JOIN regions r ON r.id = c.region_id
WHERE s.deleted = 0 AND (:village = '' OR substr(r.code, 1, 12) = :village)
AND (:checkpoint = '' OR s.checkpoint_id = :checkpoint)
AND (:from = '' OR s.duty_on >= :from) AND (:to = '' OR s.duty_on <= :to))"_s;
    d.orderBy = u"s.duty_on, c.name COLLATE tl_natural, s.from_hour, s.staff_name, s.id"_s;
    return d;
}

RegistryDefinition supervisionFindings()
{
    const QString found = RegistryCatalog::tr("Problem found");
    const QString rectification = RegistryCatalog::tr("Rectification");
    RegistryDefinition d;
    d.name = u"supervision_findings"_s;
    d.title = RegistryCatalog::tr("Supervision findings and rectification ledger");
    d.columns = { rowNumber(), column(RegistryCatalog::tr("Team"), u"team"_s, 12),
        column(RegistryCatalog::tr("Visited on"), u"visited_on"_s, 11, Kind::Date),
        column(RegistryCatalog::tr("Place"), u"target"_s, 12),
        column(RegistryCatalog::tr("Category"), u"category"_s, 10, Kind::Text, found, &Finding::categoryLabel),
        column(RegistryCatalog::tr("Problem"), u"description"_s, 24, Kind::Text, found),
        column(RegistryCatalog::tr("Severity"), u"severity"_s, 6, Kind::Text, found, &Finding::severityLabel),
        column(RegistryCatalog::tr("Responsible"), u"responsible"_s, 12, Kind::Text, rectification),
        column(RegistryCatalog::tr("Deadline"), u"deadline"_s, 11, Kind::Date, rectification),
        column(RegistryCatalog::tr("Status"), u"status"_s, 9, Kind::Text, rectification, &Finding::statusLabel),
        column(RegistryCatalog::tr("Actions taken"), u"actions_taken"_s, 18, Kind::Text, rectification),
        column(RegistryCatalog::tr("Verified by"), u"verified_by"_s, 8, Kind::Text, rectification),
        column(RegistryCatalog::tr("Closed on"), u"closed_on"_s, 11, Kind::Date, rectification) };
    d.filters = RegistryDefinition::DateFilter | RegistryDefinition::CategoryFilter;
    d.dateLabel = RegistryCatalog::tr("Visited on");
    d.categories = { { u"open"_s, RegistryCatalog::tr("Not yet rectified") },
        { u"overdue"_s, RegistryCatalog::tr("Overdue") },
        { u"rectified"_s, RegistryCatalog::tr("Rectified, not closed") },
        { u"closed"_s, RegistryCatalog::tr("Closed") } };
    d.sql = uR"(SELECT t.name AS team, v.visited_on AS visited_on, v.target AS target, f.category AS category,
f.description AS description, f.severity AS severity,
trim(f.responsible_unit || ' ' || f.responsible_person) AS responsible, f.deadline AS deadline,
f.status AS status, f.actions_taken AS actions_taken, f.verified_by AS verified_by, f.closed_on AS closed_on
FROM findings f
JOIN supervision_visits v ON v.id = f.visit_id
JOIN supervision_rounds r ON r.id = v.round_id
JOIN supervision_teams t ON t.id = r.team_id
WHERE f.deleted = 0 AND v.deleted = 0
AND (:from = '' OR v.visited_on >= :from) AND (:to = '' OR v.visited_on <= :to)
AND (:category = '' OR (:category = 'open' AND f.status IN ('open', 'in_progress'))
     OR (:category = 'overdue' AND f.status IN ('open', 'in_progress') AND f.deadline < date('now', 'localtime'))
     OR (:category = 'rectified' AND f.status = 'rectified') OR (:category = 'closed' AND f.status = 'closed')))"_s;
    d.orderBy = u"v.visited_on, t.name, v.target, f.rowid"_s;
    return d;
}

RegistryDefinition supervisionVisits()
{
    RegistryDefinition d;
    d.name = u"supervision_visits"_s;
    d.title = RegistryCatalog::tr("Supervision visit log");
    d.columns = { rowNumber(), column(RegistryCatalog::tr("Visited on"), u"visited_on"_s, 11, Kind::Date),
        column(RegistryCatalog::tr("Team"), u"team"_s, 12), column(RegistryCatalog::tr("Leader"), u"leader"_s, 8),
        column(RegistryCatalog::tr("Place"), u"target"_s, 14),
        column(RegistryCatalog::tr("Unannounced"), u"unannounced"_s, 7, Kind::Text, {}, &yesNo),
        column(RegistryCatalog::tr("Problems found"), u"findings"_s, 7, Kind::Number),
        column(RegistryCatalog::tr("Notes"), u"notes"_s, 24) };
    d.filters = RegistryDefinition::DateFilter;
    d.dateLabel = RegistryCatalog::tr("Visited on");
    d.sql = uR"(SELECT v.visited_on AS visited_on, t.name AS team, t.leader AS leader, v.target AS target,
v.unannounced AS unannounced,
(SELECT count(*) FROM findings f WHERE f.visit_id = v.id AND f.deleted = 0) AS findings, v.notes AS notes
FROM supervision_visits v
JOIN supervision_rounds r ON r.id = v.round_id
JOIN supervision_teams t ON t.id = r.team_id
WHERE v.deleted = 0 AND (:from = '' OR v.visited_on >= :from) AND (:to = '' OR v.visited_on <= :to))"_s;
    d.orderBy = u"v.visited_on, t.name, v.target, v.rowid"_s;
    return d;
}

} // namespace

QList<RegistryDefinition> RegistryCatalog::all()
{
    // Later areas (the daily report) add their registry here.
    return { personnelRegister(), unvisitedHouseholds(), returneeScreening(), isolation(u"home_isolation"_s),
        isolation(u"central_isolation"_s), healthMonitoring(), testingRoster(), untestedList(),
        specialNeeds(), checkpointEntryLog(), dutyRoster(), supervisionFindings(), supervisionVisits() };
}

QStringList RegistryCatalog::names()
{
    QStringList names;
    for (const RegistryDefinition &d : all())
        names << d.name;
    return names;
}

RegistryDefinition RegistryCatalog::find(const QString &name)
{
    for (const RegistryDefinition &d : all())
        if (d.name == name)
            return d;
    return {};
}
