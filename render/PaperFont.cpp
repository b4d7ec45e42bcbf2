#include "PaperFont.h"

#include <QFontDatabase>
#include <QRawFont>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PaperFont {

namespace {

// What a township PC or a Debian desktop has: SimSun, the Song face offices print in; AR PL
// UMing and WenQuanYi Micro Hei from Debian; Noto CJK, on every Debian with Chinese.
const QStringList Preferred = { u"SimSun"_s, u"AR PL UMing CN"_s, u"WenQuanYi Micro Hei"_s,
                                u"Noto Serif CJK SC"_s, u"Noto Sans CJK SC"_s };

QString range(char32_t first, char32_t last)
{
    QString text;
    for (char32_t c = first; c <= last; ++c)
        text += QChar(c);
    return text;
}

} // namespace

bool keepsRadicalsApart(const QString &family)
{
    if (!QFontDatabase::hasFamily(family))
        return false;
    QFont font(family);
    font.setPixelSize(12);
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    if (!raw.isValid() || raw.familyName() != family)
        return false;
    QSet<quint32> radicals;
    for (quint32 glyph : raw.glyphIndexesForString(range(0x2E80, 0x2FDF))) {
        if (glyph != 0)
            radicals.insert(glyph);
    }
    if (radicals.isEmpty())
        return true;
    const QList<quint32> ideographs = raw.glyphIndexesForString(range(0x4E00, 0x9FFF));
    return std::none_of(ideographs.cbegin(), ideographs.cend(),
                        [&](quint32 glyph) { return radicals.contains(glyph); });
}

QStringList chineseFamilies()
{
    // Asked once: the fonts installed do not change while the program runs.
    static const QStringList ordered = [] {
        QStringList apart;
        QStringList rest;
        for (const QString &family : Preferred)
            (keepsRadicalsApart(family) ? apart : rest) << family;
        return apart + rest;
    }();
    return ordered;
}

QStringList families()
{
    // The Chinese faces' Latin letters are as wide as a Chinese character (AR PL UMing's) or
    // rounder than paper wants; Liberation Serif has Times's narrow metrics.
    return QStringList { u"Liberation Serif"_s } + chineseFamilies();
}

QFont font(int points, bool bold)
{
    QFont font;
    font.setFamilies(families());
    font.setPixelSize(points);
    font.setBold(bold);
    return font;
}

} // namespace PaperFont
