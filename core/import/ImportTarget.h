#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// A column a ledger of one kind may have, and the headings offices give it.
struct ImportField
{
    QString key;
    QString label; // translated
    // Headings that mean this field, as SheetHeader::normalized() gives them, most usual first.
    QStringList synonyms;
    bool required = false;
};

// What a ledger can be imported as: its key (for the command line), name and fields, and the
// table its records go to.
struct ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ImportTarget)

public:
    QString key;
    QString label;
    QString table; // for the audit entry and the exchange history
    QList<ImportField> fields;
    // Columns beyond the fixed fields, for a ledger whose columns are data (the days of a
    // temperature grid): the field key a column's headings give (the group heading, empty in a
    // one-row header, and its own), or empty. The key is unique to the column, and each target
    // reads its own keys. Empty for a target of fixed fields only.
    std::function<QString(const QString &upper, const QString &lower)> columnField;
    // Whether a key is one columnField gives (a mapping remembered or chosen by the clerk).
    std::function<bool(const QString &key)> isColumnField;

    bool isValid() const { return !key.isEmpty(); }
    const ImportField *field(const QString &key) const;
    // A fixed field or one columnField gives.
    bool knows(const QString &fieldKey) const
    {
        return field(fieldKey) || (isColumnField && isColumnField(fieldKey));
    }

    // Every target, in the order the import wizard offers them.
    static const QList<ImportTarget> &all();
    // The target with this key, or an invalid one.
    static ImportTarget byKey(const QString &key);
    static QStringList keys();
};
