#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <vector>

// Reads the XML that the parts of a spreadsheet are written in, as a stream of UTF-8 bytes
// handed over piece by piece while they inflate: the start of an element with its attributes,
// its end, and the texts between, decoded (entities, character references, CDATA). The tokens
// are handed on as they are whole; a token split across pieces waits for the next piece.
//
// It refuses what a damaged or hostile part gets wrong: an element closed out of turn or never
// closed, text outside the root element, an unknown entity, a document type (whose entities
// could expand without end), a token or a nesting without bounds. It leaves out what no
// spreadsheet part needs: namespaces (a name is read without its prefix), validation, and
// encodings other than UTF-8. Working on the bytes, it reads a sheet several times faster than
// QXmlStreamReader, which turns every byte into UTF-16 first.
class XmlScanner
{
    Q_DECLARE_TR_FUNCTIONS(XmlScanner)

public:
    enum class Token { Start, End, Text };

    class Handler
    {
    public:
        virtual ~Handler() = default;
        // The scanner's current token is token; false stops the scanning.
        virtual bool token(const XmlScanner &xml, Token token) = 0;
    };

    // Scans the next piece of the document. False when the handler stopped or the document is
    // not well-formed (error() says how). Once the root element has ended, what follows is
    // not looked at.
    bool add(QByteArrayView piece, Handler &handler);
    bool isWhole() const { return m_whole; }
    // Ends a sentence "… is damaged: %1".
    const QString &error() const { return m_error; }

    // The current element's name without its prefix (Start and End).
    QByteArrayView name() const { return m_name; }
    // The current text, decoded (Text); valid until the handler returns.
    QByteArrayView text() const { return m_text; }
    // The value of the current start element's attribute of that name without a prefix, or, if
    // prefixed, with a prefix (r:id); null when it has none.
    QByteArrayView attribute(QByteArrayView name, bool prefixed = false) const;

    static constexpr qsizetype MaxTokenBytes = 4 << 20;
    static constexpr int MaxDepth = 256;

private:
    struct Attribute
    {
        QByteArrayView name;
        QByteArrayView value;
        bool prefixed;
    };
    enum class Scanned { Done, Incomplete, Failed };

    Scanned scan(const char *begin, const char *end, qsizetype &consumed, Handler &handler);
    Scanned startTag(const char *&p, const char *end, Handler &handler);
    Scanned endTag(const char *&p, const char *end, Handler &handler);
    bool emitText(QByteArrayView raw, Handler &handler);
    QByteArrayView innermost() const { return QByteArrayView(m_openNames).sliced(m_openStarts.back()); }
    bool decode(QByteArrayView raw, QByteArray &into);
    bool fail(const QString &error);

    QByteArray m_buffer; // what the last piece left unscanned
    // The names of the elements open, as written, one after the other, and where each begins.
    QByteArray m_openNames;
    std::vector<qsizetype> m_openStarts;
    std::vector<Attribute> m_attributes;
    std::vector<QByteArray> m_decodedValues; // attribute values that held entities
    QByteArray m_decodedText;
    QByteArrayView m_name;
    QByteArrayView m_text;
    bool m_started = false; // the root element has begun
    bool m_whole = false;
    bool m_stopped = false;
    QString m_error;
};
