#include "OdtDocument.h"

#include "../zip/ZipArchive.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {

const QByteArray manifest = R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
)";

// A4 with the margins of an official document; 仿宋 body, 黑体 headings, 小标宋 title where the
// fonts exist (WPS and Word fall back to what they have).
const QByteArray styles = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:text-indent="0.85cm" fo:line-height="150%"/>
   <style:text-properties style:font-name-asian="FangSong" fo:font-size="16pt" style:font-size-asian="16pt"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
   <style:text-properties style:font-name-asian="SimSun" fo:font-size="22pt" style:font-size-asian="22pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties style:font-name-asian="SimHei" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties style:font-name-asian="KaiTi"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4"/>
 </office:master-styles>
</office:document-styles>
)";

QByteArray content(const QString &text)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    const QString office = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
    const QString textNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
    w.writeNamespace(office, u"office"_s);
    w.writeNamespace(textNs, u"text"_s);
    w.writeStartElement(office, u"document-content"_s);
    w.writeAttribute(office, u"version"_s, u"1.2"_s);
    w.writeStartElement(office, u"body"_s);
    w.writeStartElement(office, u"text"_s);
    bool first = true;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const int level = OdtDocument::headingLevel(trimmed);
        if (first) {
            w.writeStartElement(textNs, u"p"_s);
            w.writeAttribute(textNs, u"style-name"_s, u"Title"_s);
        } else if (level > 0) {
            w.writeStartElement(textNs, u"h"_s);
            w.writeAttribute(textNs, u"style-name"_s, u"Heading_20_%1"_s.arg(level));
            w.writeAttribute(textNs, u"outline-level"_s, QString::number(level));
        } else {
            w.writeStartElement(textNs, u"p"_s);
            w.writeAttribute(textNs, u"style-name"_s, u"Standard"_s);
        }
        w.writeCharacters(trimmed);
        w.writeEndElement();
        first = false;
    }
    w.writeEndDocument();
    return xml;
}

} // namespace

int OdtDocument::headingLevel(const QString &line)
{
    static const QRegularExpression first(u"^([一二三四五六七八九十]+、|\\d+\\.\\s)"_s);
    static const QRegularExpression second(u"^[（(]([一二三四五六七八九十]+|\\d+)[）)]"_s);
    if (first.match(line).hasMatch())
        return 1;
    if (second.match(line).hasMatch())
        return 2;
    return 0;
}

Result<void> OdtDocument::write(const QString &text, const QString &path)
{
    if (text.trimmed().isEmpty())
        return Result<void>::failure(tr("The report is empty."));
    const QString part = path + u".part"_s;
    {
        ZipWriter zip(part);
        // The mimetype comes first and uncompressed, so that a program knows the file by its start.
        const bool ok = zip.isOpen()
            && zip.addEntry(u"mimetype"_s, "application/vnd.oasis.opendocument.text", false)
            && zip.addEntry(u"META-INF/manifest.xml"_s, manifest, true)
            && zip.addEntry(u"styles.xml"_s, styles, true)
            && zip.addEntry(u"content.xml"_s, content(text), true) && zip.close();
        if (!ok) {
            QFile::remove(part);
            return Result<void>::failure(tr("Cannot write %1.").arg(path));
        }
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Result<void>::failure(tr("Cannot write %1.").arg(path));
    }
    return {};
}
