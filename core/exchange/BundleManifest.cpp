#include "BundleManifest.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString hex(quint64 v)
{
    return QString::number(v, 16);
}

// Clock values are 64-bit and do not fit a JSON number exactly: they travel as hex text.
quint64 fromHex(const QJsonValue &v, bool *ok)
{
    bool good = false;
    const quint64 n = v.toString().toULongLong(&good, 16);
    *ok = *ok && good;
    return n;
}

} // namespace

qint64 BundleManifest::rowCount() const
{
    qint64 total = 0;
    for (qint64 n : tables)
        total += n;
    return total;
}

QString BundleManifest::fileName() const
{
    return u"%1_%2_%3.tlb"_s.arg(producer.unitCode, created.toString(u"yyyyMMdd"_s)).arg(seq);
}

QByteArray BundleManifest::toJson() const
{
    QJsonObject producerJson {
        { u"instance"_s, producer.instanceId },
        { u"unit_code"_s, producer.unitCode },
        { u"unit_name"_s, producer.unitName },
        { u"unit_level"_s, producer.unitLevel },
        { u"signing_key"_s, QString::fromLatin1(producer.signingKey.toBase64()) },
        { u"encryption_key"_s, QString::fromLatin1(producer.encryptionKey.toBase64()) },
    };
    QJsonObject tablesJson;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        tablesJson.insert(it.key(), it.value());
    QJsonObject payload {
        { u"name"_s, PayloadEntry },
        { u"bytes"_s, payloadBytes },
        { u"plain_bytes"_s, plainBytes },
        { u"sealed_key"_s, QString::fromLatin1(sealedKey.toBase64()) },
    };
    QJsonObject root {
        { u"format"_s, format },
        { u"program"_s, program },
        { u"schema_version"_s, schemaVersion },
        { u"producer"_s, producerJson },
        { u"recipient"_s,
            QJsonObject { { u"instance"_s, recipientInstanceId },
                { u"fingerprint"_s, recipientFingerprint } } },
        { u"created"_s, created.toString(Qt::ISODateWithMs) },
        { u"seq"_s, seq },
        { u"previous_seq"_s, previousSeq },
        { u"full"_s, full },
        { u"hlc_from"_s, hex(hlcFrom) },
        { u"hlc_to"_s, hex(hlcTo) },
        { u"tables"_s, tablesJson },
        { u"payload"_s, payload },
        { u"entries"_s, QJsonObject { { PayloadEntry, payloadSha256 } } },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<BundleManifest> BundleManifest::fromJson(const QByteArray &json)
{
    using R = Result<BundleManifest>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("The bundle's manifest cannot be read."));
    const QJsonObject root = doc.object();
    BundleManifest m;
    m.format = root.value(u"format"_s).toInt(-1);
    if (m.format != FormatVersion)
        return R::failure(tr("The bundle is in format %1, which this program does not know "
                             "(it reads format %2). Update the program, then import it again.")
                              .arg(m.format)
                              .arg(FormatVersion));
    const QJsonObject producer = root.value(u"producer"_s).toObject();
    m.producer.instanceId = producer.value(u"instance"_s).toString();
    m.producer.unitCode = producer.value(u"unit_code"_s).toString();
    m.producer.unitName = producer.value(u"unit_name"_s).toString();
    m.producer.unitLevel = producer.value(u"unit_level"_s).toString();
    m.producer.signingKey
        = QByteArray::fromBase64(producer.value(u"signing_key"_s).toString().toLatin1());
    m.producer.encryptionKey
        = QByteArray::fromBase64(producer.value(u"encryption_key"_s).toString().toLatin1());
    const QJsonObject recipient = root.value(u"recipient"_s).toObject();
    m.recipientInstanceId = recipient.value(u"instance"_s).toString();
    m.recipientFingerprint = recipient.value(u"fingerprint"_s).toString();
    m.program = root.value(u"program"_s).toString();
    m.schemaVersion = root.value(u"schema_version"_s).toInt();
    m.created = QDateTime::fromString(root.value(u"created"_s).toString(), Qt::ISODateWithMs);
    m.seq = root.value(u"seq"_s).toInteger(-1);
    m.previousSeq = root.value(u"previous_seq"_s).toInteger(-1);
    m.full = root.value(u"full"_s).toBool();
    bool ok = true;
    m.hlcFrom = fromHex(root.value(u"hlc_from"_s), &ok);
    m.hlcTo = fromHex(root.value(u"hlc_to"_s), &ok);
    const QJsonObject tables = root.value(u"tables"_s).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        ok = ok && it.value().isDouble() && it.value().toInteger(-1) >= 0;
        m.tables.insert(it.key(), it.value().toInteger());
    }
    const QJsonObject payload = root.value(u"payload"_s).toObject();
    m.payloadBytes = payload.value(u"bytes"_s).toInteger(-1);
    m.plainBytes = payload.value(u"plain_bytes"_s).toInteger(-1);
    m.sealedKey = QByteArray::fromBase64(payload.value(u"sealed_key"_s).toString().toLatin1());
    m.payloadSha256 = root.value(u"entries"_s).toObject().value(PayloadEntry).toString();
    if (!ok || !m.producer.isValid() || m.recipientInstanceId.isEmpty() || !m.created.isValid()
        || m.seq < 1 || m.previousSeq < 0 || m.previousSeq >= m.seq || m.payloadBytes < 0
        || m.plainBytes < 0 || m.sealedKey.isEmpty() || m.payloadSha256.size() != 64
        || payload.value(u"name"_s).toString() != PayloadEntry)
        return R::failure(tr("The bundle's manifest is incomplete."));
    return m;
}
