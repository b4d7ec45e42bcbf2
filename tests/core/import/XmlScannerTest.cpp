#include "import/XmlScanner.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Every token as a line: "<c r=A1 t=s>", "</c>", "text:…".
class Recorder : public XmlScanner::Handler
{
public:
    bool token(const XmlScanner &xml, XmlScanner::Token token) override
    {
        switch (token) {
        case XmlScanner::Token::Start: {
            QString line = u"<"_s + QString::fromUtf8(xml.name());
            for (const char *name : { "r", "t", "s" }) {
                if (const QByteArrayView v = xml.attribute(name); !v.isNull())
                    line += u" "_s + QString::fromLatin1(name) + u"="_s + QString::fromUtf8(v);
            }
            if (const QByteArrayView id = xml.attribute("id", true); !id.isNull())
                line += u" :id="_s + QString::fromUtf8(id);
            tokens << line + u">"_s;
            break;
        }
        case XmlScanner::Token::End:
            tokens << u"</"_s + QString::fromUtf8(xml.name()) + u">"_s;
            break;
        case XmlScanner::Token::Text:
            // Texts split by a CDATA section come as two tokens: joined, as a reader keeps them.
            if (!tokens.isEmpty() && tokens.constLast().startsWith(u"text:"_s))
                tokens.last() += QString::fromUtf8(xml.text());
            else
                tokens << u"text:"_s + QString::fromUtf8(xml.text());
            break;
        }
        return tokens.size() < stopAfter;
    }

    QStringList tokens;
    qsizetype stopAfter = 1 << 30;
};

struct Scanned
{
    QStringList tokens;
    bool whole;
    QString error;
};

Scanned scan(const QByteArray &xml, qsizetype pieceSize)
{
    XmlScanner scanner;
    Recorder recorder;
    for (qsizetype at = 0; at < xml.size(); at += pieceSize) {
        if (!scanner.add(QByteArrayView(xml).sliced(at, qMin(pieceSize, xml.size() - at)), recorder))
            break;
    }
    return { recorder.tokens, scanner.isWhole(), scanner.error() };
}

} // namespace

TEST_CASE("The XML scanner gives the same tokens however the bytes are split", "[import][xml]")
{
    const QByteArray xml = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                           "<!-- written by hand -->"
                           "<x:worksheet xmlns:x=\"urn:x\" xmlns:r=\"urn:r\"><x:sheetData>"
                           "<x:row r='2'><x:c r=\"A2\" t=\"s\" s = \"3\"><x:v>12</x:v></x:c>"
                           "<x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>王&amp;李 &lt;甲&gt; &#x4E59;&#20025;"
                           "</x:t></x:is></x:c><x:c r=\"C2\"/></x:row>"
                           "<sheet name=\"表&quot;一&quot;\" r:id=\"rId1\"/>"
                           "<t><![CDATA[a < b & c]]> 与 d</t><t>一行\r\n二行\r三行</t>"
                           "</x:sheetData></x:worksheet>trailing bytes are not looked at";
    const QStringList expected = {
        u"<worksheet>"_s, u"<sheetData>"_s, u"<row r=2>"_s, u"<c r=A2 t=s s=3>"_s, u"<v>"_s,
        u"text:12"_s, u"</v>"_s, u"</c>"_s, u"<c r=B2 t=inlineStr>"_s, u"<is>"_s, u"<t>"_s,
        u"text:王&李 <甲> 乙丹"_s, u"</t>"_s, u"</is>"_s, u"</c>"_s, u"<c r=C2>"_s, u"</c>"_s,
        u"</row>"_s, u"<sheet :id=rId1>"_s, u"</sheet>"_s, u"<t>"_s, u"text:a < b & c 与 d"_s,
        u"</t>"_s, u"<t>"_s, u"text:一行\n二行\n三行"_s, u"</t>"_s, u"</sheetData>"_s,
        u"</worksheet>"_s,
    };
    for (qsizetype piece : { qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), xml.size() }) {
        CAPTURE(piece);
        const Scanned s = scan(xml, piece);
        CHECK(s.error.isEmpty());
        CHECK(s.whole);
        CHECK(s.tokens == expected);
    }
}

TEST_CASE("The XML scanner refuses what is not well-formed and says how", "[import][xml]")
{
    auto errorOf = [](const char *xml) {
        const Scanned s = scan(xml, 5);
        CHECK_FALSE(s.whole);
        return s.error;
    };
    CHECK(errorOf("<a><b></a>").contains(u"<b> is closed by </a>"_s));
    CHECK(errorOf("</a>").contains(u"closes no element"_s));
    CHECK(errorOf("text<a/>").contains(u"outside its root element"_s));
    CHECK(errorOf("<a>&nbsp;</a>").contains(u"&nbsp;"_s));
    CHECK(errorOf("<a>AT&T</a>").contains(u"&"_s));
    CHECK(errorOf("<a>&#0;</a>").contains(u"&#0;"_s));
    CHECK(errorOf("<a b=\"1\" c></a>").contains(u"<a>"_s));
    CHECK(errorOf("<a b=1></a>").contains(u"<a>"_s));
    CHECK(errorOf("<a b=\"<\"></a>").contains(u"<a>"_s));
    CHECK(errorOf("<!DOCTYPE a [<!ENTITY x \"xxxxxxxxxx\">]><a>&x;</a>").contains(u"document type"_s));

    // What follows the root element is not looked at.
    const Scanned after = scan("<a></a></b>", 5);
    CHECK(after.whole);
    CHECK(after.error.isEmpty());

    QByteArray deep;
    for (int i = 0; i <= XmlScanner::MaxDepth; ++i)
        deep += "<a>";
    CHECK(scan(deep, 64).error.contains(QString::number(XmlScanner::MaxDepth)));

    // A text without end fills no memory: it is refused once longer than any cell's.
    XmlScanner scanner;
    Recorder recorder;
    REQUIRE(scanner.add("<a><b>", recorder));
    const QByteArray block(1 << 20, 'x');
    bool refused = false;
    for (int i = 0; i < 8 && !refused; ++i)
        refused = !scanner.add(block, recorder);
    CHECK(refused);
    CHECK(scanner.error().contains(u"longer"_s));
}

TEST_CASE("A document cut short is not whole and the handler can stop the scanning", "[import][xml]")
{
    const Scanned cut = scan("<a><b>1</b><b>2</b", 4);
    CHECK(cut.error.isEmpty());
    CHECK_FALSE(cut.whole);
    CHECK(cut.tokens == QStringList { u"<a>"_s, u"<b>"_s, u"text:1"_s, u"</b>"_s, u"<b>"_s, u"text:2"_s });

    XmlScanner scanner;
    Recorder recorder;
    recorder.stopAfter = 3;
    CHECK_FALSE(scanner.add("<a><b>1</b><b>2</b></a>", recorder));
    CHECK(scanner.error().isEmpty());
    CHECK(recorder.tokens.size() == 3);
    // Once stopped it stays stopped.
    CHECK_FALSE(scanner.add("<c/>", recorder));
    CHECK(recorder.tokens.size() == 3);
}
