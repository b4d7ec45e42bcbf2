#include "TextNormalizer.h"

namespace TextNormalizer {

QString foldWidth(const QString &text)
{
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
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out;
}

} // namespace TextNormalizer
