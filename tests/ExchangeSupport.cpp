#include "ExchangeSupport.h"

#include "exchange/BundleExport.h"
#include "exchange/ExchangePeers.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"
#include "regions/UnitSetup.h"
#include "store/InstanceSettings.h"

#include <QCryptographicHash>
#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

Installation::Installation(Kind kind, const QString &code, const QString &name)
{
    place.open();
    const QString unitName = !name.isEmpty() ? name : kind == County ? u"测试县"_s : u"测试镇"_s;
    Result<void> r = kind == Laptop
        ? UnitSetup::joinTownship(store(), code.isEmpty() ? u"370285105000"_s : code, unitName)
        : kind == County
        ? UnitSetup::setUpCounty(store(), code.isEmpty() ? u"370285000000"_s : code, unitName)
        : UnitSetup::setUpTownship(store(), code.isEmpty() ? u"370285105000"_s : code, unitName,
            { { code.isEmpty() ? u"370285105001"_s : code.left(9) + u"001"_s, u"东村"_s },
                { code.isEmpty() ? u"370285105002"_s : code.left(9) + u"002"_s, u"西村"_s } });
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    auto loaded = InstanceKeys::loadOrCreate(InstanceKeys::folderFor(path()));
    REQUIRE(loaded.ok());
    keys = loaded.value();
}

Store &Installation::reopen()
{
    return place.open();
}

void Installation::trustEachOther(Installation &other)
{
    auto mine = KeyFile::read(KeyFile::write(KeyFile::self(store(), *keys).value()));
    auto theirs = KeyFile::read(KeyFile::write(KeyFile::self(other.store(), *other.keys).value()));
    REQUIRE(mine.ok());
    REQUIRE(theirs.ok());
    REQUIRE(ExchangePeers(store()).trust(theirs.value()).ok());
    REQUIRE(ExchangePeers(other.store()).trust(mine.value()).ok());
}

QString Installation::exportTo(Installation &other, const QString &folder, bool full)
{
    BundleExport::Options options;
    options.full = full;
    auto made = BundleExport::write(store(), *keys, other.store().instanceId(), folder, options);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    return made->filePath;
}

Result<BundleImport::Report> Installation::import(
    const QString &bundle, const BundleImport::Options &options)
{
    return BundleImport::run(store(), *keys, bundle, options);
}

QString Installation::addPerson(const QString &name, int sequence)
{
    Person person;
    person.name = name;
    person.idNumber = syntheticIdNumber(u"19800101"_s, sequence);
    person.regionId = RegionRepository(store())
                          .byCode(InstanceSettings::load(store()).unitCode.left(9) + u"001"_s)
                          .id;
    auto id = PersonRepository(store()).add(person);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

CountyAndTwoTownships::CountyAndTwoTownships()
{
    county.trustEachOther(east);
    county.trustEachOther(west);
}

OfficeAndLaptop::OfficeAndLaptop()
{
    office.trustEachOther(laptop);
    auto first = laptop.import(office.exportTo(laptop, stick.path()));
    INFO(first.error().toStdString());
    REQUIRE(first.ok());
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}
