#pragma once

#include "TestSupport.h"

#include "exchange/BundleImport.h"
#include "exchange/InstanceKeys.h"

#include <optional>

// One installation with its store and keys: a township (with villages 001 and 002) or a county.
struct Installation
{
    // Laptop: another installation of the township (370285105000), set up to join it.
    enum Kind { Township, County, Laptop };
    // name: the township's or county's, 测试镇 or 测试县 when not given.
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

// The SHA-256 of a file's bytes.
QByteArray fileHash(const QString &path);
