#include "MeasureRows.h"

#include "CellValues.h"

#include "../measures/IsolationSiteRepository.h"
#include "../measures/MeasureRepository.h"
#include "../people/PhoneNumber.h"
#include "../people/TextNormalizer.h"
#include "../store/Store.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString volunteer = u"volunteer"_s;

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// The words for a cadre's role written beside the name (张三（村医）, 民警：李四), longest first
// so that 乡村医生 is not read as 医生 with 乡村 left over; and our own labels, for a registry
// read back.
const QList<std::pair<QString, QString>> &roleWords()
{
    static const QList<std::pair<QString, QString>> words = [] {
        QList<std::pair<QString, QString>> w = {
            { u"包保干部"_s, u"township_cadre"_s }, { u"乡镇干部"_s, u"township_cadre"_s },
            { u"镇街干部"_s, u"township_cadre"_s }, { u"街道干部"_s, u"township_cadre"_s },
            { u"镇干部"_s, u"township_cadre"_s }, { u"包保领导"_s, u"township_cadre"_s },
            { u"村两委干部"_s, u"village_cadre"_s }, { u"村居干部"_s, u"village_cadre"_s },
            { u"社区干部"_s, u"village_cadre"_s }, { u"村干部"_s, u"village_cadre"_s },
            { u"村两委"_s, u"village_cadre"_s },
            { u"乡村医生"_s, u"village_doctor"_s }, { u"医务人员"_s, u"village_doctor"_s },
            { u"医护人员"_s, u"village_doctor"_s }, { u"村医生"_s, u"village_doctor"_s },
            { u"医生"_s, u"village_doctor"_s }, { u"村医"_s, u"village_doctor"_s },
            { u"派出所民警"_s, u"police_officer"_s }, { u"社区民警"_s, u"police_officer"_s },
            { u"民警"_s, u"police_officer"_s }, { u"警察"_s, u"police_officer"_s },
            { u"辅警"_s, u"police_officer"_s },
            { u"网格管理员"_s, u"grid_worker"_s }, { u"网格员"_s, u"grid_worker"_s },
            { u"网格长"_s, u"grid_worker"_s },
            { u"党员志愿者"_s, volunteer }, { u"志愿者"_s, volunteer },
        };
        for (const QString &role : Responsibility::roles()) {
            w.append({ TextNormalizer::compact(Responsibility::roleLabel(role)).toLower(), role });
            w.append({ role, role });
        }
        std::stable_sort(w.begin(), w.end(),
                         [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        return w;
    }();
    return words;
}

QString roleNamed(const QString &text)
{
    const QString t = TextNormalizer::compact(text).toLower();
    for (const auto &[word, role] : roleWords()) {
        if (t == word)
            return role;
    }
    return {};
}

struct NamedCadre
{
    QString name;
    QString phone;
    QString role; // empty: not given
};

// 张三 13800000000、李四（村医）13900000000 / 民警：王五: the cadres one cell names, with their
// phones and roles where the cell gives them.
QList<NamedCadre> cadresIn(const QString &cell, const QString &columnRole)
{
    static const QRegularExpression separators(u"[、,，;；/\\n]+"_s);
    static const QRegularExpression phonePattern(u"(1\\d{10}|0\\d{2,3}-?\\d{7,8})"_s);
    static const QRegularExpression bracket(u"[(（\\[【]([^)）\\]】]*)[)）\\]】]"_s);
    QList<NamedCadre> cadres;
    for (const QString &part : TextNormalizer::foldWidth(cell).split(separators, Qt::SkipEmptyParts)) {
        QString p = part.simplified();
        QString phone;
        if (const auto m = phonePattern.match(p); m.hasMatch()) {
            phone = m.captured(1);
            p.remove(m.capturedStart(1), m.capturedLength(1));
        }
        QString role;
        for (auto m = bracket.globalMatch(p); m.hasNext();) {
            const auto match = m.next();
            if (const QString r = roleNamed(match.captured(1)); !r.isEmpty())
                role = r;
        }
        p.remove(bracket);
        p.replace(u'：', u' ').replace(u':', u' ');
        p = p.simplified();
        if (role.isEmpty()) {
            const QString lower = p.toLower();
            for (const auto &[word, r] : roleWords()) {
                if (lower.startsWith(word) && p.size() > word.size()) {
                    role = r;
                    p = p.mid(word.size()).trimmed();
                    break;
                }
            }
        }
        const QStringList names = p.split(u' ', Qt::SkipEmptyParts);
        if (names.isEmpty()) {
            // 张三/13800000000: the phone of the name before it.
            if (!phone.isEmpty() && !cadres.isEmpty() && cadres.last().phone.isEmpty())
                cadres.last().phone = phone;
            continue;
        }
        for (qsizetype i = 0; i < names.size(); ++i)
            cadres.append({ names[i], i == names.size() - 1 ? phone : QString(),
                            role.isEmpty() ? columnRole : role });
    }
    return cadres;
}

} // namespace

MeasureRows::MeasureRows(const Context &context)
    : m_store(context.store),
      m_options(context.options),
      m_kind(context.target.key),
      m_persons(context, PersonRows::Mode::Listed)
{
    m_year = LedgerYear(m_options.year, context.header.fileDate);
}

Result<void> MeasureRows::load(const Context &context)
{
    using R = Result<void>;
    if (auto r = m_persons.load(context); !r)
        return r;
    for (const IsolationSiteRepository::Occupancy &o : IsolationSiteRepository(m_store).occupancies()) {
        m_sites.append(o.site);
        m_freePlaces.insert(o.site.id, o.site.capacity - o.occupied);
    }
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT cadre_name, phone FROM responsibilities WHERE deleted = 0 AND phone <> '' "
                "ORDER BY rowid"_s))
        return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    while (q.next())
        m_cadrePhones.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(u"SELECT p.id_number, m.kind, m.started_on, m.planned_end_on, m.released_on "
                "FROM control_measures m JOIN persons p ON p.id = m.person_id "
                "WHERE m.deleted = 0 AND p.deleted = 0 AND p.id_number <> ''"_s))
        return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    while (q.next()) {
        Known k;
        k.measure.kind = q.value(1).toString();
        k.measure.startedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        k.measure.plannedEndOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        k.measure.releasedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        m_measuresOf[q.value(0).toString()].append(k);
    }
    return {};
}

const IsolationSite *MeasureRows::siteFor(const QString &name, QStringList &fixed,
                                          QString &refused) const
{
    // 如家酒店 for 如家酒店集中隔离点.
    bool approximate = false;
    if (const IsolationSite *found = namedIn(m_sites, name, approximate)) {
        if (approximate)
            fixed << tr("isolation site %1 taken as %2").arg(name, found->name);
        return found;
    }
    refused = m_sites.isEmpty()
        ? tr("%1 is not an isolation site of the township: set up the site first.").arg(name)
        : tr("%1 is not one of the township's isolation sites (%2): set it up first, or write "
             "its name as it is set up.")
              .arg(name, namesOf(m_sites));
    return nullptr;
}

QList<Responsibility> MeasureRows::cadresOf(const MappedRow &row, QStringList &fixed,
                                            QString &refused)
{
    QList<NamedCadre> named;
    auto read = [&](const QString &field, const QString &role) {
        const QString text = CellValues::text(row.cell(field)).value.value_or(QString());
        // CellValues::text makes line breaks spaces; the raw cell keeps them as separators.
        const SheetCell cell = row.cell(field);
        const QList<NamedCadre> found = cadresIn(cell.kind == SheetCell::Kind::Text ? cell.text : text, role);
        const QString phones = CellValues::text(row.cell(QString(u"cadre_phone:"_s + role))).value.value_or(QString());
        if (!role.isEmpty() && !phones.isEmpty()) {
            // 村干部 | 村干部电话: the phones in their own column, in the order of the names.
            static const QRegularExpression separators(u"[、,，;；/\\s]+"_s);
            const QStringList list = TextNormalizer::foldWidth(phones).split(separators, Qt::SkipEmptyParts);
            qsizetype next = 0;
            QList<NamedCadre> withPhones = found;
            for (NamedCadre &c : withPhones) {
                if (c.phone.isEmpty() && next < list.size())
                    c.phone = list[next++];
            }
            named += withPhones;
            return;
        }
        named += found;
    };
    read(u"cadres"_s, {});
    for (const QString &role : Responsibility::roles() + QStringList { volunteer })
        read(u"cadre:"_s + role, role);

    QList<Responsibility> cadres;
    QStringList names;
    for (NamedCadre &c : named) {
        if (names.contains(c.name))
            continue;
        if (c.role.isEmpty()) {
            c.role = u"village_cadre"_s;
            fixed << tr("the role of %1 is not given: taken as %2")
                         .arg(c.name, Responsibility::roleLabel(c.role));
        } else if (c.role == volunteer) {
            c.role = u"grid_worker"_s;
            fixed << tr("volunteer %1 recorded as %2").arg(c.name, Responsibility::roleLabel(c.role));
        }
        if (c.phone.isEmpty()) {
            c.phone = m_cadrePhones.value(c.name);
            if (c.phone.isEmpty()) {
                fixed << tr("%1 has no phone number: not recorded as responsible").arg(c.name);
                continue;
            }
        }
        auto phone = PhoneNumber::normalize(c.phone);
        if (!phone) {
            refused = tr("The phone number of %1 is wrong: %2").arg(c.name, phone.error());
            return {};
        }
        names << c.name;
        Responsibility r;
        r.cadreName = c.name;
        r.role = c.role;
        r.phone = phone.value();
        cadres.append(r);
    }
    return cadres;
}

ImportRowVerdict MeasureRows::take(const MappedRow &row)
{
    ImportRowVerdict verdict;
    QStringList fixed;
    auto refuse = [&verdict](const QString &why) {
        verdict.verdict = ImportVerdict::Refused;
        verdict.note = why;
        return verdict;
    };
    // A date, or the day of a date with a time (隔离开始时间 2022-03-05 14:00).
    auto dateOf = [&](const QString &field, const QString &label, QDate &date) {
        const SheetCell cell = row.cell(field);
        CellValue<QDate> d = CellValues::date(cell, m_year);
        if (!d.refused.isEmpty()) {
            const CellValue<QDateTime> t = CellValues::dateTime(cell, m_year);
            if (t.value) {
                date = t.value->date();
                return QString();
            }
            return tr("%1: %2").arg(label, d.refused);
        }
        if (!d.fixed.isEmpty())
            fixed << label + u"："_s + d.fixed;
        date = d.value.value_or(QDate());
        return QString();
    };

    ControlMeasure m;
    m.kind = m_kind;
    for (const auto &[field, label, date] :
         { std::tuple { u"started_on"_s, tr("Start date"), &m.startedOn },
           std::tuple { u"planned_end_on"_s, tr("Planned end"), &m.plannedEndOn },
           std::tuple { u"released_on"_s, tr("Release date"), &m.releasedOn } }) {
        if (const QString why = dateOf(field, label, *date); !why.isEmpty())
            return refuse(why);
    }
    if (!m.startedOn.isValid())
        return refuse(tr("The start date is empty."));
    if (m.releasedOn.isValid()) {
        m.releaseReason = CellValues::text(row.cell(u"release_reason"_s)).value.value_or(QString());
        if (m.releaseReason.isEmpty()) {
            m.releaseReason = tr("Period completed");
            fixed << tr("released without a reason: %1 taken").arg(m.releaseReason);
        }
    }
    m.notes = CellValues::text(row.cell(u"notes"_s)).value.value_or(QString());
    for (const auto &[field, flag] : { std::pair { u"card_posted"_s, &m.cardPosted },
                                       std::pair { u"agreement_signed"_s, &m.agreementSigned },
                                       std::pair { u"camera_installed"_s, &m.cameraInstalled } }) {
        const CellValue<bool> v = CellValues::yesNo(row.cell(field));
        if (!v.refused.isEmpty())
            return refuse(v.refused);
        *flag = v.value.value_or(false);
    }
    const IsolationSite *site = nullptr;
    if (m_kind == "central_isolation"_L1) {
        const QString name = CellValues::text(row.cell(u"site"_s)).value.value_or(QString());
        if (name.isEmpty())
            return refuse(tr("The isolation site is empty."));
        QString why;
        site = siteFor(name, fixed, why);
        if (!site)
            return refuse(why);
        m.siteId = site->id;
    }
    QString why;
    const QList<Responsibility> cadres = cadresOf(row, fixed, why);
    if (!why.isEmpty())
        return refuse(why);
    auto checked = MeasureRepository::checkRecordedFields(m, cadres, m_options.today);
    if (!checked)
        return refuse(checked.error());
    m = std::move(checked).value();

    // The person's other measures, before the person is taken: a refused row registers nobody.
    const CellValue<QString> id = CellValues::idNumber(row.cell(u"id_number"_s), m_options.today);
    if (id.value && !id.value->isEmpty()) {
        for (const Known &k : m_measuresOf.value(*id.value)) {
            if (k.measure.kind == m.kind && k.measure.startedOn == m.startedOn) {
                verdict.verdict = ImportVerdict::Duplicate;
                verdict.note = k.row > 0
                    ? tr("The same measure as row %1.").arg(k.row)
                    : tr("Already recorded: %1 from %2.")
                          .arg(ControlMeasure::kindLabel(m.kind), iso(m.startedOn));
                return verdict;
            }
            if (m.isRunning() && k.measure.isRunning())
                return refuse(tr("Already under %1 since %2: a person is under one running "
                                 "measure at a time; release that one first.")
                                  .arg(ControlMeasure::kindLabel(k.measure.kind),
                                       iso(k.measure.startedOn)));
        }
    }
    if (site && m.isRunning()) {
        if (site->status == "closed"_L1)
            return refuse(tr("The isolation site %1 is closed.").arg(site->name));
        if (m_freePlaces.value(site->id) <= 0)
            return refuse(tr("The isolation site %1 is full: its %2 places are taken.")
                              .arg(site->name)
                              .arg(site->capacity));
    }

    const ImportRowVerdict person = m_persons.take(row);
    if (person.verdict == ImportVerdict::Refused || person.verdict == ImportVerdict::Duplicate)
        return person;
    if (!person.note.isEmpty())
        fixed.prepend(person.note);
    m.personId = m_persons.lastPersonId();
    if (site && m.isRunning())
        --m_freePlaces[site->id];
    for (const Responsibility &c : cadres)
        m_cadrePhones.insert(c.cadreName, c.phone);
    m_measuresOf[id.value.value_or(QString())].append({ m, row.row.number });
    m_pending.append({ m, cadres });
    if (!fixed.isEmpty()) {
        verdict.verdict = ImportVerdict::Fixed;
        verdict.note = fixed.join(u"；"_s);
    }
    return verdict;
}

Result<qint64> MeasureRows::write(const LedgerImport::Progress &progress)
{
    using R = Result<qint64>;
    auto persons = m_persons.write(progress);
    if (!persons)
        return persons;
    qint64 written = persons.value();
    MeasureRepository measures(m_store);
    for (const Pending &p : std::as_const(m_pending)) {
        auto id = measures.addRecorded(p.measure, p.cadres, m_options.today);
        if (!id)
            return R::failure(id.error());
        ++written;
        if (written % 200 == 0 && progress && !progress(double(written) / double(m_pending.size())))
            return R::failure(LedgerImport::tr("Cancelled: the store is unchanged."));
    }
    return written;
}
