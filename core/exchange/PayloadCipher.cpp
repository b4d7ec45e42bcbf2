#include "PayloadCipher.h"

#include <QtEndian>

#include <sodium.h>

namespace PayloadCipher {

namespace {

auto *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}
auto *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

// Fast compression: the payload is mostly repeated column text, and an old PC should spend its
// time on the import, not on squeezing the file.
constexpr int compressionLevel = 1;
// A compressed piece may be a little larger than the piece itself.
constexpr qint64 cipherPieceLimit = PieceSize + PieceSize / 8 + 1024;

} // namespace

Result<Encrypted> encrypt(const QString &plainPath, const QByteArray &recipientEncryptionKey,
    const std::function<bool(const QByteArray &)> &sink)
{
    using R = Result<Encrypted>;
    if (sodium_init() < 0 || recipientEncryptionKey.size() != crypto_box_PUBLICKEYBYTES)
        return R::failure(Decryptor::tr("The recipient's encryption key is not usable."));
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return R::failure(Decryptor::tr("Cannot read %1: %2").arg(plainPath, in.errorString()));

    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_keygen(bytes(key));
    Encrypted result;
    result.sealedKey.resize(crypto_box_SEALBYTES + key.size());
    crypto_box_seal(
        bytes(result.sealedKey), bytes(key), quint64(key.size()), bytes(recipientEncryptionKey));

    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytes(header), bytes(key));
    sodium_memzero(key.data(), size_t(key.size()));
    if (!sink(header))
        return R::failure(Decryptor::tr("The bundle cannot be written."));

    const qint64 size = in.size();
    qint64 done = 0;
    do {
        const QByteArray plain = in.read(PieceSize);
        if (plain.isEmpty() && done < size)
            return R::failure(Decryptor::tr("Cannot read %1: %2").arg(plainPath, in.errorString()));
        done += plain.size();
        const QByteArray packed = qCompress(plain, compressionLevel);
        QByteArray frame(4 + packed.size() + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
        const unsigned char tag
            = done >= size ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        crypto_secretstream_xchacha20poly1305_push(&state, bytes(frame) + 4, nullptr, bytes(packed),
            quint64(packed.size()), nullptr, 0, tag);
        qToLittleEndian<quint32>(quint32(frame.size() - 4), frame.data());
        if (!sink(frame))
            return R::failure(Decryptor::tr("The bundle cannot be written."));
    } while (done < size);
    result.plainBytes = size;
    return result;
}

struct Decryptor::State
{
    crypto_secretstream_xchacha20poly1305_state stream;
};

Decryptor::Decryptor(const QByteArray &key, const QString &plainPath, qint64 plainLimit)
    : m_state(std::make_unique<State>())
    , m_key(key)
    , m_out(plainPath)
    , m_plainLimit(plainLimit)
{
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        m_problem = tr("The payload cannot be opened with this installation's key.");
    else if (!m_out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        m_problem = tr("Cannot write %1: %2").arg(plainPath, m_out.errorString());
}

Decryptor::~Decryptor()
{
    sodium_memzero(m_key.data(), size_t(m_key.size()));
}

Result<void> Decryptor::feed(const QByteArray &piece)
{
    if (!m_problem.isEmpty())
        return Result<void>::failure(m_problem);
    m_pending += piece;
    qsizetype at = 0;
    if (!m_headerRead) {
        if (m_pending.size() < crypto_secretstream_xchacha20poly1305_HEADERBYTES)
            return {};
        if (crypto_secretstream_xchacha20poly1305_init_pull(
                &m_state->stream, bytes(m_pending), bytes(m_key))
            != 0)
            m_problem = tr("The payload is damaged.");
        m_headerRead = true;
        at = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    }
    while (m_problem.isEmpty() && m_pending.size() - at >= 4) {
        const quint32 length = qFromLittleEndian<quint32>(m_pending.constData() + at);
        if (length > cipherPieceLimit || m_finished) {
            m_problem = tr("The payload is damaged.");
            break;
        }
        if (m_pending.size() - at - 4 < qsizetype(length))
            break;
        if (auto r = takePiece(m_pending.mid(at + 4, length)); !r)
            m_problem = r.error();
        at += 4 + length;
    }
    m_pending.remove(0, at);
    if (!m_problem.isEmpty())
        return Result<void>::failure(m_problem);
    return {};
}

Result<void> Decryptor::takePiece(const QByteArray &cipher)
{
    if (cipher.size() < crypto_secretstream_xchacha20poly1305_ABYTES)
        return Result<void>::failure(tr("The payload is damaged."));
    QByteArray packed(cipher.size() - crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state->stream, bytes(packed), nullptr, &tag,
            bytes(cipher), quint64(cipher.size()), nullptr, 0)
        != 0)
        return Result<void>::failure(tr("The payload is damaged: a piece does not decrypt."));
    // qCompress puts the plain size first; a size beyond one piece is refused before anything
    // is allocated for it.
    if (packed.size() < 4 || qFromBigEndian<quint32>(packed.constData()) > PieceSize)
        return Result<void>::failure(tr("The payload is damaged."));
    const QByteArray plain = qUncompress(packed);
    if (plain.isNull() && qFromBigEndian<quint32>(packed.constData()) != 0)
        return Result<void>::failure(tr("The payload is damaged."));
    m_written += plain.size();
    if (m_written > m_plainLimit)
        return Result<void>::failure(
            tr("The payload is larger than its manifest says; it is refused."));
    if (m_out.write(plain) != plain.size())
        return Result<void>::failure(
            tr("Cannot write %1: %2").arg(m_out.fileName(), m_out.errorString()));
    m_finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return {};
}

Result<void> Decryptor::finish()
{
    if (!m_problem.isEmpty())
        return Result<void>::failure(m_problem);
    if (!m_finished || !m_pending.isEmpty())
        return Result<void>::failure(tr("The payload is cut short."));
    if (!m_out.flush())
        return Result<void>::failure(
            tr("Cannot write %1: %2").arg(m_out.fileName(), m_out.errorString()));
    m_out.close();
    return {};
}

} // namespace PayloadCipher
