#include "RegistryQuery.h"

#include "../measures/PolicyValues.h"
#include "../people/IdNumber.h"
#include "../people/PhoneNumber.h"
#include "../regions/RegionRepository.h"
#include "../store/AuditLog.h"
#include "../store/InstanceSettings.h"
#include "../store/Rights.h"
#include "../store/Store.h"

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

void RegistryQuery::StatementDeleter::operator()(sqlite3_stmt *stmt) const
{
    sqlite3_finalize(stmt);
}

RegistryQuery::RegistryQuery(Store &store, RegistryDefinition definition, RegistryFilter filter)
    : m_store(store)
    , m_definition(std::move(definition))
    , m_filter(std::move(filter))
{
    if (!m_definition.isValid()) {
        m_problem = tr("There is no such registry.");
        return;
    }
    if (!m_filter.village.isEmpty()) {
        RegionRepository regions(store);
        Region village = regions.byCode(m_filter.village);
        if (!village.isValid())
            village = regions.byId(m_filter.village);
        if (!village.isValid() || village.level != Region::Village)
            m_problem = tr("There is no village %1.").arg(m_filter.village);
        m_villageCode = village.code;
        m_villageName = village.name;
    }
    if (!m_filter.category.isEmpty()) {
        bool known = false;
        for (const RegistryCategory &c : m_definition.categories)
            known = known || c.value == m_filter.category;
        if (!known)
            m_problem = tr("The registry %1 has no category %2.")
                            .arg(m_definition.name, m_filter.category);
    }
    if (m_filter.from.isValid() && m_filter.to.isValid() && m_filter.from > m_filter.to)
        m_problem
            = tr("The start date %1 is after the end date %2.")
                  .arg(m_filter.from.toString(Qt::ISODate), m_filter.to.toString(Qt::ISODate));
    m_fever = PolicyValues(store).feverThreshold();
    m_labels.resize(m_definition.columns.size());
    m_cells.resize(m_definition.columns.size());
}

RegistryQuery::~RegistryQuery() = default;

QString RegistryQuery::unitName() const
{
    const QString township = InstanceSettings::load(m_store).unitName;
    return m_villageName.isEmpty() ? township : township + u' ' + m_villageName;
}

Result<RegistryQuery::Statement> RegistryQuery::prepare(const QString &sql)
{
    if (!m_problem.isEmpty())
        return Result<Statement>::failure(m_problem);
    sqlite3_stmt *raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_store.handle(), utf8.constData(), int(utf8.size()), &raw, nullptr)
        != SQLITE_OK) {
        return Result<Statement>::failure(
            tr("The registry %1 cannot be read: %2")
                .arg(m_definition.name, QString::fromUtf8(sqlite3_errmsg(m_store.handle()))));
    }
    Statement stmt(raw);
    // Parameters the registry's SQL does not use are simply not there to bind.
    const auto bind = [&](const char *name, const QByteArray &value) {
        if (const int index = sqlite3_bind_parameter_index(raw, name); index > 0)
            sqlite3_bind_text(raw, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    };
    const bool dates = m_definition.hasFilter(RegistryDefinition::DateFilter);
    bind(":village", m_villageCode.toUtf8());
    bind(":from",
        dates && m_filter.from.isValid() ? m_filter.from.toString(Qt::ISODate).toUtf8()
                                         : QByteArray(""));
    bind(":to",
        dates && m_filter.to.isValid() ? m_filter.to.toString(Qt::ISODate).toUtf8()
                                       : QByteArray(""));
    bind(":category", m_filter.category.toUtf8());
    bind(":checkpoint", m_filter.checkpoint.toUtf8());
    if (const int index = sqlite3_bind_parameter_index(raw, ":fever"); index > 0)
        sqlite3_bind_double(raw, index, m_fever);
    return stmt;
}

Result<qint64> RegistryQuery::count()
{
    auto stmt = prepare(u"SELECT count(*) FROM ("_s + m_definition.sql + u")"_s);
    if (!stmt)
        return Result<qint64>::failure(stmt.error());
    if (sqlite3_step(stmt.value().get()) != SQLITE_ROW)
        return Result<qint64>::failure(QString::fromUtf8(sqlite3_errmsg(m_store.handle())));
    return qint64(sqlite3_column_int64(stmt.value().get(), 0));
}

Result<void> RegistryQuery::start(qint64 offset, qint64 limit)
{
    if (m_filter.fullData) {
        if (auto allowed = Rights::check(m_store, Right::SeeFullData); !allowed)
            return allowed;
    }
    return run(offset, limit);
}

Result<void> RegistryQuery::rewind()
{
    return run(0, -1);
}

Result<void> RegistryQuery::run(qint64 offset, qint64 limit)
{
    m_rows.reset();
    m_error.clear();
    auto stmt = prepare(m_definition.sql + u"\nORDER BY "_s + m_definition.orderBy
        + u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset));
    if (!stmt)
        return Result<void>::failure(stmt.error());
    m_rows = std::move(stmt).value();
    sqlite3_stmt *raw = m_rows.get();
    QHash<QByteArray, int> byName;
    for (int i = 0; i < sqlite3_column_count(raw); ++i)
        byName.insert(QByteArray(sqlite3_column_name(raw, i)), i);
    m_fieldIndex.clear();
    for (const RegistryColumn &c : m_definition.columns) {
        const int index = byName.value(c.field.toUtf8(), -1);
        Q_ASSERT_X(c.kind == RegistryColumn::Kind::RowNumber || index >= 0, "RegistryQuery",
            "a column names a field its SELECT lacks");
        m_fieldIndex << index;
    }
    m_rowNumber = offset;
    return {};
}

Result<void> RegistryQuery::startExport()
{
    using R = Result<void>;
    if (m_filter.fullData) {
        if (auto allowed = Rights::check(m_store, Right::ExportFullData); !allowed)
            return allowed;
        if (m_filter.reason.trimmed().isEmpty())
            return R::failure(tr("Say why the full ID numbers and phones leave the program: the "
                                 "reason is kept in the audit log."));
        auto rows = count();
        if (!rows)
            return R::failure(rows.error());
        const QVariantMap noted = { { u"registry"_s, m_definition.name },
                                    { u"village"_s, m_filter.village },
                                    { u"from"_s, m_filter.from.toString(Qt::ISODate) },
                                    { u"to"_s, m_filter.to.toString(Qt::ISODate) },
                                    { u"category"_s, m_filter.category },
                                    { u"checkpoint"_s, m_filter.checkpoint },
                                    { u"rows"_s, rows.value() },
                                    { u"reason"_s, m_filter.reason.trimmed() } };
        if (auto r = AuditLog::append(m_store, u"registries"_s, m_definition.name,
                                      AuditLog::Action::Export, {}, noted);
            !r)
            return r;
    }
    return run(0, -1);
}

QByteArray RegistryQuery::labelled(int column, const QByteArray &raw)
{
    // A code column holds a handful of values: each is put into words once per query.
    QHash<QByteArray, QByteArray> &cache = m_labels[column];
    auto it = cache.constFind(raw);
    if (it == cache.constEnd()) {
        const QString words = m_definition.columns[column].label(QString::fromUtf8(raw));
        // raw may point into SQLite's row: the key keeps a copy of its own.
        it = cache.insert(QByteArray(raw.constData(), raw.size()), words.toUtf8());
    }
    return *it;
}

bool RegistryQuery::next()
{
    if (!m_rows)
        return false;
    sqlite3_stmt *raw = m_rows.get();
    const int rc = sqlite3_step(raw);
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE)
            m_error
                = tr("The registry %1 cannot be read: %2")
                      .arg(m_definition.name, QString::fromUtf8(sqlite3_errmsg(m_store.handle())));
        m_rows.reset();
        return false;
    }
    ++m_rowNumber;
    for (int c = 0; c < m_definition.columns.size(); ++c) {
        const RegistryColumn &column = m_definition.columns[c];
        const int index = m_fieldIndex[c];
        if (column.kind == RegistryColumn::Kind::RowNumber) {
            m_cells[c] = QByteArray::number(m_rowNumber);
            continue;
        }
        const char *text = reinterpret_cast<const char *>(sqlite3_column_text(raw, index));
        const int size = sqlite3_column_bytes(raw, index);
        QByteArray &cell = m_cells[c];
        if (size > 0 && column.label) {
            cell = labelled(c, QByteArray::fromRawData(text, size));
            continue;
        }
        // The cell's buffer is reused from row to row: a registry has a million cells.
        cell.resize(size);
        if (size > 0)
            std::memcpy(cell.data(), text, size_t(size));
        if (size > 0 && !m_filter.fullData) {
            if (column.kind == RegistryColumn::Kind::IdNumber)
                cell = IdNumber::masked(QString::fromLatin1(cell)).toLatin1();
            else if (column.kind == RegistryColumn::Kind::Phone)
                cell = PhoneNumber::masked(QString::fromLatin1(cell)).toLatin1();
        }
    }
    return true;
}

Result<QList<QStringList>> RegistryQuery::fetch(qint64 offset, int limit)
{
    if (auto started = start(offset, limit); !started)
        return Result<QList<QStringList>>::failure(started.error());
    QList<QStringList> rows;
    while (next()) {
        QStringList row;
        row.reserve(m_cells.size());
        for (const QByteArray &cell : std::as_const(m_cells))
            row << QString::fromUtf8(cell);
        rows << row;
    }
    if (!m_error.isEmpty())
        return Result<QList<QStringList>>::failure(m_error);
    return rows;
}
