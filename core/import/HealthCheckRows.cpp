#include "HealthCheckRows.h"

#include "CellValues.h"

#include "../health/HealthCheckRepository.h"
#include "../health/Temperature.h"
#include "../measures/MeasureRepository.h"
#include "../people/TextNormalizer.h"
#include "../store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Cells that say the check was made and was fine, without the temperature.
bool isMark(const SheetCell &cell)
{
    static const QStringList marks = { u"正常"_s, u"√"_s, u"✓"_s, u"✔"_s, u"无异常"_s, u"已测"_s,
                                       u"无"_s, u"体温正常"_s, u"ok"_s, u"normal"_s };
    return cell.kind == SheetCell::Kind::Text
        && marks.contains(TextNormalizer::compact(cell.text).toLower());
}

QString slotKey(QDate day, const QString &period)
{
    return day.toString(Qt::ISODate) + u'|' + period;
}

} // namespace

HealthCheckRows::HealthCheckRows(const Context &context)
    : m_store(context.store), m_options(context.options)
{
    m_year = LedgerYear(m_options.year, context.header.fileDate);
}

Result<void> HealthCheckRows::load(const Context &context)
{
    using R = Result<void>;
    for (const FieldColumns::Entry &entry : context.columns) {
        const DayColumn day = DayColumn::fromKey(entry.field);
        if (!day.isValid())
            continue;
        const qsizetype c = entry.column;
        const QString heading = c < context.header.columns.size()
            ? context.header.columns[c].name() : entry.field;
        if (day.needsYear() && !m_year.isKnown())
            return R::failure(tr("The day columns (such as %1) give no year, and the sheet has no "
                                 "填报日期: give the year of the ledger.")
                                  .arg(heading));
        m_grid.append({ day, heading, c });
    }
    std::sort(m_grid.begin(), m_grid.end(), [](const GridColumn &a, const GridColumn &b) {
        return a.column < b.column;
    });
    const bool lines = context.columns.contains(u"checked_on"_s)
        && (context.columns.contains(u"morning"_s) || context.columns.contains(u"afternoon"_s));
    if (m_grid.isEmpty() && !lines)
        return R::failure(tr("The sheet has no columns of days (3月5日 over 上午 and 下午, "
                             "3月5日上午, 第1天) and no date column beside the temperatures."));

    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT p.id, p.id_number, p.name, EXISTS (SELECT 1 FROM control_measures m "
                "WHERE m.person_id = p.id AND m.deleted = 0) FROM persons p WHERE p.deleted = 0"_s))
        return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    while (q.next()) {
        const Found f { q.value(0).toString(), q.value(2).toString() };
        if (!q.value(1).toString().isEmpty())
            m_byIdNumber.insert(q.value(1).toString(), f);
        if (q.value(3).toBool())
            m_byName[TextNormalizer::compact(f.name)].append(f);
    }
    return {};
}

QDate HealthCheckRows::measureStart(const QString &personId)
{
    auto found = m_starts.constFind(personId);
    if (found == m_starts.cend()) {
        std::optional<QDate> start;
        const QList<ControlMeasure> measures = MeasureRepository(m_store).ofPerson(personId);
        for (const ControlMeasure &m : measures) {
            if (m.isRunning()) {
                start = m.startedOn;
                break;
            }
        }
        if (!start && !measures.isEmpty())
            start = measures.constFirst().startedOn;
        found = m_starts.insert(personId, start);
    }
    return found->value_or(QDate());
}

const QHash<QString, double> &HealthCheckRows::recorded(const QString &personId)
{
    auto found = m_recorded.find(personId);
    if (found == m_recorded.end()) {
        QHash<QString, double> bySlot;
        for (const HealthCheck &c : HealthCheckRepository(m_store).ofPerson(personId))
            bySlot.insert(slotKey(c.checkedOn, c.period), c.temperature);
        found = m_recorded.insert(personId, bySlot);
    }
    return *found;
}

ImportRowVerdict HealthCheckRows::take(const MappedRow &row)
{
    ImportRowVerdict verdict;
    QStringList fixed;
    auto refuse = [&verdict](const QString &why) {
        verdict.verdict = ImportVerdict::Refused;
        verdict.note = why;
        return verdict;
    };

    const QString name = CellValues::text(row.cell(u"name"_s)).value.value_or(QString());
    const CellValue<QString> idNumber = CellValues::idNumber(row.cell(u"id_number"_s), m_options.today);
    if (!idNumber.refused.isEmpty())
        return refuse(idNumber.refused);
    if (!idNumber.fixed.isEmpty())
        fixed << tr("ID number") + u"："_s + idNumber.fixed;
    Found person;
    if (idNumber.value && !idNumber.value->isEmpty()) {
        const auto f = m_byIdNumber.constFind(*idNumber.value);
        if (f == m_byIdNumber.cend())
            return refuse(tr("No registered person has the ID number %1: register the person, or "
                             "import the isolation ledger, first.")
                              .arg(*idNumber.value));
        person = *f;
        if (!name.isEmpty() && TextNormalizer::compact(name) != TextNormalizer::compact(person.name))
            fixed << tr("the ID number is registered as %1").arg(person.name);
    } else {
        if (name.isEmpty())
            return refuse(tr("The row gives neither a name nor an ID number."));
        const QList<Found> named = m_byName.value(TextNormalizer::compact(name));
        if (named.isEmpty())
            return refuse(tr("%1 is not among the persons under a measure: give the ID number.")
                              .arg(name));
        if (named.size() > 1)
            return refuse(tr("%1 persons named %2 are under measures: give the ID number.")
                              .arg(named.size())
                              .arg(name));
        person = named.constFirst();
    }

    struct Given
    {
        QDate day;
        QString period;
        SheetCell cell;
        QString heading;
    };
    QList<Given> given;
    for (const GridColumn &column : std::as_const(m_grid)) {
        const SheetCell &cell = row.at(column.column);
        if (cell.isBlank())
            continue;
        QDate start;
        if (column.day.countsFromStart()) {
            start = measureStart(person.id);
            if (!start.isValid())
                return refuse(tr("%1 has no measure to count %2 from.")
                                  .arg(person.name, column.heading));
        }
        const QDate day = column.day.dayFor(m_year, start);
        if (!day.isValid())
            return refuse(tr("%1 is not a day of %2.")
                              .arg(column.heading)
                              .arg(m_year.of(column.day.month, column.day.day)));
        given.append({ day, column.day.period, cell, column.heading });
    }
    if (row.has(u"checked_on"_s)) {
        const CellValue<QDate> day = CellValues::date(row.cell(u"checked_on"_s), m_year);
        if (!day.refused.isEmpty())
            return refuse(day.refused);
        for (const QString &period : HealthCheck::periods()) {
            const SheetCell cell = row.cell(period);
            if (cell.isBlank())
                continue;
            if (!day.value)
                return refuse(tr("The date is empty."));
            given.append({ *day.value, period, cell, HealthCheck::periodLabel(period) });
        }
    }

    const QString takenBy = CellValues::text(row.cell(u"taken_by"_s)).value.value_or(QString());
    QList<HealthCheck> checks;
    QStringList marks;
    qsizetype already = 0;
    for (const Given &g : std::as_const(given)) {
        if (isMark(g.cell)) {
            marks << g.heading;
            continue;
        }
        const CellValue<double> t = CellValues::temperature(g.cell);
        if (!t.refused.isEmpty())
            return refuse(tr("%1: %2").arg(g.heading, t.refused));
        if (!t.fixed.isEmpty())
            fixed << g.heading + u"："_s + t.fixed;
        if (g.day > m_options.today)
            return refuse(tr("%1: %2 is after today.").arg(g.heading, g.day.toString(Qt::ISODate)));
        const QString slot = slotKey(g.day, g.period);
        if (const auto earlier = m_given.constFind(person.id + u'|' + slot); earlier != m_given.cend()) {
            fixed << tr("%1: given already in row %2, not taken again").arg(g.heading).arg(*earlier);
            continue;
        }
        const auto stored = recorded(person.id).constFind(slot);
        if (stored != recorded(person.id).cend()) {
            const Temperature before = Temperature::fromCelsius(*stored);
            const Temperature now = Temperature::fromCelsius(*t.value);
            if (before.tenths() == now.tenths()) {
                ++already;
                continue;
            }
            if (m_options.duplicates != DuplicatePolicy::Update) {
                ++already;
                fixed << tr("%1: %2 ℃ recorded, %3 ℃ in the ledger: kept")
                             .arg(g.heading, before.text(), now.text());
                continue;
            }
            fixed << tr("%1: %2 ℃ recorded, corrected to %3 ℃")
                         .arg(g.heading, before.text(), now.text());
        }
        HealthCheck c;
        c.personId = person.id;
        c.checkedOn = g.day;
        c.period = g.period;
        c.temperature = *t.value;
        c.takenBy = takenBy;
        checks.append(c);
    }
    if (!marks.isEmpty())
        fixed << tr("%1 marked without a temperature: not recorded").arg(marks.join(u"、"_s));

    if (checks.isEmpty()) {
        if (already > 0) {
            verdict.verdict = ImportVerdict::Duplicate;
            verdict.note = tr("The temperatures of %1 are recorded already.").arg(person.name);
        } else {
            verdict.verdict = ImportVerdict::Skipped;
            verdict.note = fixed.isEmpty() ? tr("no temperature in the row") : fixed.join(u"；"_s);
        }
        return verdict;
    }
    for (const HealthCheck &c : std::as_const(checks))
        m_given.insert(person.id + u'|' + slotKey(c.checkedOn, c.period), row.row.number);
    m_checks += checks;
    if (!fixed.isEmpty()) {
        verdict.verdict = ImportVerdict::Fixed;
        verdict.note = fixed.join(u"；"_s);
    }
    return verdict;
}

Result<qint64> HealthCheckRows::write(const LedgerImport::Progress &progress)
{
    if (progress && !progress(0.0))
        return Result<qint64>::failure(LedgerImport::tr("Cancelled: the store is unchanged."));
    return HealthCheckRepository(m_store).recordAll(m_checks, m_options.today);
}
