// The XML scanner under every part of an xlsx, fed raw (a zip's deflate and checksums keep most
// mutations away from it otherwise). A part inflates in pieces of any size, so the scanner must
// read the same tokens, and reach the same verdict, whether the document comes whole or cut
// into pieces: the first byte of the input sets the piece size.
#include "FuzzInput.h"

#include "import/XmlScanner.h"

#include <QList>

namespace {

class Recorder : public XmlScanner::Handler
{
public:
    QList<QByteArray> tokens;

    bool token(const XmlScanner &xml, XmlScanner::Token token) override
    {
        switch (token) {
        case XmlScanner::Token::Start:
            tokens << "<" + xml.name().toByteArray() + " r=" + xml.attribute("r").toByteArray()
                    + " t=" + xml.attribute("t").toByteArray()
                    + " id=" + xml.attribute("id", true).toByteArray();
            break;
        case XmlScanner::Token::End:
            tokens << "</" + xml.name().toByteArray();
            break;
        case XmlScanner::Token::Text:
            tokens << "text " + xml.text().toByteArray();
            break;
        }
        return true;
    }
};

struct Scan
{
    bool ok = true;
    bool whole = false;
    QList<QByteArray> tokens;
};

Scan scan(QByteArrayView document, qsizetype pieceSize)
{
    XmlScanner scanner;
    Recorder recorder;
    Scan result;
    for (qsizetype at = 0; at < document.size() && result.ok; at += pieceSize)
        result.ok = scanner.add(document.sliced(at, qMin(pieceSize, document.size() - at)), recorder);
    result.whole = scanner.isWhole();
    result.tokens = recorder.tokens;
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype pieceSize = 1 + data[0] % 64;
    const QByteArrayView document(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const Scan whole = scan(document, qMax<qsizetype>(1, document.size()));
    const Scan pieces = scan(document, pieceSize);
    FuzzInput::require(whole.ok == pieces.ok, "pieces reach the verdict the whole document does");
    if (whole.ok) {
        FuzzInput::require(whole.whole == pieces.whole, "pieces end the document as the whole does");
        FuzzInput::require(whole.tokens == pieces.tokens, "pieces give the tokens the whole does");
    }
    return 0;
}
