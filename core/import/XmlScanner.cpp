#include "XmlScanner.h"

#include <cstring>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool endsName(char c)
{
    return isSpace(c) || c == '/' || c == '>' || c == '=' || c == '<' || c == '"' || c == '\'';
}

const char *find(const char *from, const char *end, QByteArrayView what)
{
    const auto at = QByteArrayView(from, end - from).indexOf(what);
    return at < 0 ? nullptr : from + at;
}

QByteArrayView localName(QByteArrayView name)
{
    const qsizetype colon = name.lastIndexOf(':');
    return colon < 0 ? name : name.sliced(colon + 1);
}

bool startsWith(const char *p, const char *end, QByteArrayView prefix)
{
    return end - p >= prefix.size() && std::memcmp(p, prefix.data(), size_t(prefix.size())) == 0;
}

} // namespace

QByteArrayView XmlScanner::attribute(QByteArrayView name, bool prefixed) const
{
    for (const Attribute &a : m_attributes) {
        if (a.prefixed == prefixed && a.name == name)
            return a.value;
    }
    return {};
}

bool XmlScanner::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool XmlScanner::add(QByteArrayView piece, Handler &handler)
{
    if (!m_error.isEmpty() || m_stopped)
        return false;
    if (m_whole)
        return true;
    m_buffer.append(piece.data(), piece.size());
    qsizetype consumed = 0;
    if (scan(m_buffer.constData(), m_buffer.constData() + m_buffer.size(), consumed, handler)
        == Scanned::Failed)
        return false;
    if (m_whole)
        m_buffer.clear();
    else
        m_buffer.remove(0, consumed);
    if (m_buffer.size() > MaxTokenBytes)
        return fail(tr("it holds a text far longer than a cell's"));
    return true;
}

XmlScanner::Scanned XmlScanner::scan(const char *begin, const char *end, qsizetype &consumed,
                                     Handler &handler)
{
    const char *p = begin;
    while (p < end && !m_whole) {
        Scanned scanned = Scanned::Done;
        if (*p != '<') {
            const auto *lt = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
            if (!lt)
                break; // the text goes on in the next piece
            if (!emitText({ p, lt - p }, handler))
                return Scanned::Failed;
            p = lt;
            continue;
        }
        if (end - p < 2)
            break;
        if (p[1] == '/') {
            scanned = endTag(p, end, handler);
        } else if (p[1] == '?') {
            // The XML declaration, or a processing instruction: nothing a spreadsheet needs.
            const char *close = find(p + 2, end, "?>");
            if (!close)
                break;
            p = close + 2;
        } else if (startsWith(p, end, "<!--")) {
            const char *close = find(p + 4, end, "-->");
            if (!close)
                break;
            p = close + 3;
        } else if (p[1] == '!') {
            if (end - p < 9)
                break;
            if (!startsWith(p, end, "<![CDATA[")) {
                fail(startsWith(p, end, "<!DOCTYPE") ? tr("it declares a document type")
                                                     : tr("it holds a declaration no spreadsheet has"));
                return Scanned::Failed;
            }
            const char *close = find(p + 9, end, "]]>");
            if (!close)
                break;
            if (m_openStarts.empty()) {
                fail(tr("it holds text outside its root element"));
                return Scanned::Failed;
            }
            m_text = QByteArrayView(p + 9, close - p - 9);
            if (!handler.token(*this, Token::Text)) {
                m_stopped = true;
                return Scanned::Failed;
            }
            p = close + 3;
        } else {
            scanned = startTag(p, end, handler);
        }
        if (scanned == Scanned::Failed)
            return scanned;
        if (scanned == Scanned::Incomplete)
            break;
    }
    consumed = p - begin;
    return Scanned::Done;
}

XmlScanner::Scanned XmlScanner::startTag(const char *&p, const char *end, Handler &handler)
{
    const char *q = p + 1;
    while (q < end && !endsName(*q))
        ++q;
    if (q == end)
        return Scanned::Incomplete;
    const QByteArrayView name(p + 1, q - p - 1);
    if (name.isEmpty()) {
        fail(tr("a tag has no name"));
        return Scanned::Failed;
    }
    m_attributes.clear();
    m_decodedValues.clear();
    bool selfClosing = false;
    for (;;) {
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return Scanned::Incomplete;
        if (*q == '>') {
            ++q;
            break;
        }
        if (*q == '/') {
            if (q + 1 == end)
                return Scanned::Incomplete;
            if (q[1] != '>') {
                fail(tr("the tag <%1> is not well-formed").arg(QString::fromUtf8(name)));
                return Scanned::Failed;
            }
            selfClosing = true;
            q += 2;
            break;
        }
        const char *nameStart = q;
        while (q < end && !endsName(*q))
            ++q;
        const char *nameEnd = q;
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return Scanned::Incomplete;
        if (nameEnd == nameStart || *q != '=') {
            fail(tr("the tag <%1> is not well-formed").arg(QString::fromUtf8(name)));
            return Scanned::Failed;
        }
        ++q;
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return Scanned::Incomplete;
        const char quote = *q;
        if (quote != '"' && quote != '\'') {
            fail(tr("the tag <%1> is not well-formed").arg(QString::fromUtf8(name)));
            return Scanned::Failed;
        }
        ++q;
        const auto *valueEnd = static_cast<const char *>(std::memchr(q, quote, size_t(end - q)));
        if (!valueEnd)
            return Scanned::Incomplete;
        QByteArrayView value(q, valueEnd - q);
        if (value.contains('<')) {
            fail(tr("the tag <%1> is not well-formed").arg(QString::fromUtf8(name)));
            return Scanned::Failed;
        }
        if (value.contains('&')) {
            QByteArray decoded;
            if (!decode(value, decoded))
                return Scanned::Failed;
            // A QByteArray keeps its bytes where they are when the vector moves it.
            m_decodedValues.push_back(std::move(decoded));
            value = m_decodedValues.back();
        }
        const QByteArrayView attributeName(nameStart, nameEnd - nameStart);
        m_attributes.push_back({ localName(attributeName), value, attributeName.contains(':') });
        q = valueEnd + 1;
    }
    if (m_openStarts.size() >= size_t(MaxDepth)) {
        fail(tr("its elements are nested more than %1 deep").arg(MaxDepth));
        return Scanned::Failed;
    }
    m_started = true;
    m_name = localName(name);
    if (!handler.token(*this, Token::Start)) {
        m_stopped = true;
        return Scanned::Failed;
    }
    if (selfClosing) {
        m_name = localName(name);
        if (!handler.token(*this, Token::End)) {
            m_stopped = true;
            return Scanned::Failed;
        }
        m_whole = m_openStarts.empty();
    } else {
        m_openStarts.push_back(m_openNames.size());
        m_openNames.append(name.data(), name.size());
    }
    p = q;
    return Scanned::Done;
}

XmlScanner::Scanned XmlScanner::endTag(const char *&p, const char *end, Handler &handler)
{
    const auto *close = static_cast<const char *>(std::memchr(p, '>', size_t(end - p)));
    if (!close)
        return Scanned::Incomplete;
    const QByteArrayView name = QByteArrayView(p + 2, close - p - 2).trimmed();
    if (m_openStarts.empty()) {
        fail(tr("</%1> closes no element").arg(QString::fromUtf8(name)));
        return Scanned::Failed;
    }
    if (name != innermost()) {
        fail(tr("the element <%1> is closed by </%2>")
                 .arg(QString::fromUtf8(innermost()), QString::fromUtf8(name)));
        return Scanned::Failed;
    }
    m_name = localName(name);
    if (!handler.token(*this, Token::End)) {
        m_stopped = true;
        return Scanned::Failed;
    }
    m_openNames.truncate(m_openStarts.back());
    m_openStarts.pop_back();
    m_whole = m_openStarts.empty();
    p = close + 1;
    return Scanned::Done;
}

bool XmlScanner::emitText(QByteArrayView raw, Handler &handler)
{
    if (m_openStarts.empty()) {
        // Before the root element only a byte-order mark and white space may come, and after
        // it nothing is looked at.
        if (!m_started && raw.startsWith("\xEF\xBB\xBF"))
            raw = raw.sliced(3);
        for (char c : raw) {
            if (!isSpace(c))
                return fail(tr("it holds text outside its root element"));
        }
        return true;
    }
    // Line ends are a line feed in XML, whatever the file has.
    if (raw.contains('&') || raw.contains('\r')) {
        if (!decode(raw, m_decodedText))
            return false;
        m_text = m_decodedText;
    } else {
        m_text = raw;
    }
    if (!handler.token(*this, Token::Text)) {
        m_stopped = true;
        return false;
    }
    return true;
}

bool XmlScanner::decode(QByteArrayView raw, QByteArray &into)
{
    into.resize(0);
    into.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r') {
            into.append('\n');
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
            continue;
        }
        if (c != '&') {
            into.append(c);
            continue;
        }
        const qsizetype semicolon = raw.indexOf(';', i + 1);
        // The longest reference is &#x10FFFF; (10 bytes).
        if (semicolon < 0 || semicolon - i > 10)
            return fail(tr("it has an & that begins no entity"));
        const QByteArrayView entity = raw.sliced(i + 1, semicolon - i - 1);
        if (entity == "lt") {
            into.append('<');
        } else if (entity == "gt") {
            into.append('>');
        } else if (entity == "amp") {
            into.append('&');
        } else if (entity == "quot") {
            into.append('"');
        } else if (entity == "apos") {
            into.append('\'');
        } else if (entity.startsWith('#')) {
            bool ok = false;
            const uint code = entity.startsWith("#x") ? entity.sliced(2).toUInt(&ok, 16)
                                                      : entity.sliced(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                return fail(tr("it refers to a character that cannot be (&%1;)")
                                .arg(QString::fromLatin1(entity)));
            const char32_t character = code;
            into.append(QString::fromUcs4(&character, 1).toUtf8());
        } else {
            return fail(tr("it uses an entity that is not defined (&%1;)")
                            .arg(QString::fromUtf8(entity)));
        }
        i = semicolon;
    }
    return true;
}
