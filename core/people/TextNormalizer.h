#pragma once

#include <QString>

// Folds text as clerks type it into the forms the store keeps.
namespace TextNormalizer {

// Full-width digits, letters and punctuation (０-９, Ａ-Ｚ, ．, ／) and the ideographic space become
// their ASCII forms; everything else is kept.
QString foldWidth(const QString &text);
// foldWidth, then every kind of space and invisible format character removed.
QString compact(const QString &text);

} // namespace TextNormalizer
