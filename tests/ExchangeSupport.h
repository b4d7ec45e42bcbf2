#pragma once

#include "TestSupport.h"

#include "exchange/BundleImport.h"
#include "exchange/InstanceKeys.h"

#include <QTemporaryDir>

#include <optional>

// One installation with its store and keys: a township (with villages 001 and 002) or a county.
struct Installation
{
    // Laptop: another installation of the township (370285105000 unless code says), set up to
    // join it.
    enum Kind { Township, County, Laptop };
    // name: the unit's name, 测试镇 or 测试县 when empty.
    explicit Installation(Kind kind, const QString &code = {}, const QString &name = {});

    Store &store() { return *place.store; }
    QString path() const { return place.path(); }
    // Closes and reopens the store, as the next start of the program would.
    Store &reopen();

    // Each trusts the other's key file, as two clerks exchanging key files would.
    void trustEachOther(Installation &other);
    // Makes a bundle for other into folder (the stick); returns its path.
    QString exportTo(Installation &other, const QString &folder, bool full = false);
    Result<BundleImport::Report> import(
        const QString &bundle, const BundleImport::Options &options = {});

    // Adds a person to village 001 of a township; returns the id.
    QString addPerson(const QString &name, int sequence);

    TempStore place;
    std::optional<InstanceKeys> keys;
};

// A county and two townships, 东镇 (370285105000) and 西镇 (370285106000), that trust each other,
// and the stick their bundles travel on.
struct CountyAndTwoTownships
{
    CountyAndTwoTownships();

    Installation county { Installation::County };
    Installation east { Installation::Township, {}, QStringLiteral("东镇") };
    Installation west { Installation::Township, QStringLiteral("370285106000"), QStringLiteral("西镇") };
    QTemporaryDir stick;
};

// A township's office PC and a field laptop that joined it, trusting each other; the laptop has
// had its first bundle (the villages) from the office.
struct OfficeAndLaptop
{
    OfficeAndLaptop();

    Installation office { Installation::Township };
    Installation laptop { Installation::Laptop };
    QTemporaryDir stick;
};

// The SHA-256 of a file's bytes.
QByteArray fileHash(const QString &path);
