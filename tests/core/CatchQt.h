#pragma once

// Lets Catch print Qt strings and lists when a check fails, instead of "{?}".

#include <QSet>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        return "{ " + list.join(QStringLiteral(", ")).toStdString() + " }";
    }
};

template<>
struct StringMaker<QSet<QString>>
{
    static std::string convert(const QSet<QString> &set)
    {
        QStringList list(set.begin(), set.end());
        list.sort();
        return "{ " + list.join(QStringLiteral(", ")).toStdString() + " }";
    }
};

} // namespace Catch
