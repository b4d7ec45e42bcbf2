#pragma once

#include <QFont>
#include <QStringList>

// The font paper is set in: Chinese on every system, and PDFs whose text layer gives back the
// characters drawn. Qt maps each glyph of a font it embeds back to the lowest code point that
// uses the glyph, so a font that draws 人 and the radical ⼈ (U+2F08) with one glyph, as Noto CJK
// does, puts ⼈ in the text layer and a search for 人员 finds nothing. Such a font is taken only
// when no other is installed.
namespace PaperFont {

// A font of this many points (the painter of a page draws in points): Latin letters and digits
// in a narrow serif face, Chinese in the first family installed that keeps its radicals apart,
// then in the others.
QFont font(int points, bool bold = false);
// The families in the order font() tries them for each character.
QStringList families();
// The Chinese ones among them, in that order.
QStringList chineseFamilies();
// Whether the family draws every radical (U+2E80–U+2FDF) it has with a glyph no unified
// ideograph uses; false when it is not installed.
bool keepsRadicalsApart(const QString &family);

} // namespace PaperFont
