#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A column a ledger of one kind may have, and the headings offices give it.
struct ImportField
{
    QString key;
    QString label; // translated
    // Headings that mean this field, as SheetHeader::normalized() gives them, most usual first.
    QStringList synonyms;
    bool required = false;
};

// What a ledger can be imported as: its key (for the command line), name and fields.
struct ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ImportTarget)

public:
    QString key;
    QString label;
    QList<ImportField> fields;

    bool isValid() const { return !key.isEmpty(); }
    const ImportField *field(const QString &key) const;

    // Every target, in the order the import wizard offers them.
    static const QList<ImportTarget> &all();
    // The target with this key, or an invalid one.
    static ImportTarget byKey(const QString &key);
    static QStringList keys();
};
