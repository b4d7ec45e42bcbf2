#include "TextNormalizer.h"

#include <algorithm>

namespace TextNormalizer {

namespace {

bool isWide(char16_t u)
{
    return (u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000;
}

bool isDropped(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Format;
}

} // namespace

QString foldWidth(const QString &text)
{
    // Most texts have nothing to fold: they are shared, not copied.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isWide(c.unicode()); }))
        return text;
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QChar(u' ');
    }
    return out;
}

QString compact(const QString &text)
{
    QString out = foldWidth(text);
    // Text copied from web forms and other systems carries invisible format characters
    // (zero-width space, byte-order mark, bidirectional marks) that would make a valid ID
    // number 20 characters long.
    if (std::any_of(out.cbegin(), out.cend(), isDropped))
        out.removeIf(isDropped);
    return out;
}

} // namespace TextNormalizer
