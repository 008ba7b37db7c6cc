#include "io/terminal_device.h"

namespace pathlight {

namespace {

// Length of the UTF-8 sequence a lead byte starts (0: not a lead byte).
int sequenceLength(unsigned char b) {
    if (b < 0x80) return 1;
    if ((b >> 5) == 0x6) return 2;
    if ((b >> 4) == 0xE) return 3;
    if ((b >> 3) == 0x1E) return 4;
    return 0;
}

bool isUnsafe(char32_t cp) {
    return (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

const QByteArray kReplacement = QByteArray("\xEF\xBF\xBD"); // U+FFFD

// Sanitizes whole sequences; returns how many bytes at the end form an incomplete sequence.
qsizetype sanitize(const QByteArray& in, QByteArray& out) {
    qsizetype i = 0;
    out.reserve(out.size() + in.size());
    auto printableAscii = [](unsigned char b) { return (b >= 0x20 && b < 0x7F) || b == '\n' || b == '\t'; };
    while (i < in.size()) {
        // A run of printable ASCII (nearly all of the output) is appended at once.
        qsizetype run = i;
        while (run < in.size() && printableAscii(static_cast<unsigned char>(in[run])))
            ++run;
        if (run > i) {
            out.append(in.constData() + i, run - i);
            i = run;
            continue;
        }
        const auto b = static_cast<unsigned char>(in[i]);
        const int length = sequenceLength(b);
        if (length == 1) {
            if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
                const char32_t picture = b == 0x7F ? 0x2421 : 0x2400 + b; // Control Pictures block
                out += QString(QChar(char16_t(picture))).toUtf8();
            } else {
                out += char(b);
            }
            ++i;
            continue;
        }
        if (length == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        if (i + length > in.size()) return in.size() - i; // wait for the rest
        char32_t cp = b & (0x7F >> length);
        bool valid = true;
        for (int k = 1; k < length; ++k) {
            const auto c = static_cast<unsigned char>(in[i + k]);
            valid = valid && (c & 0xC0) == 0x80;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (!valid) {
            out += kReplacement;
            ++i;
            continue;
        }
        if (isUnsafe(cp))
            out += kReplacement;
        else
            out += in.mid(i, length);
        i += length;
    }
    return 0;
}

} // namespace

QByteArray terminalSafe(const QByteArray& utf8) {
    QByteArray out;
    const qsizetype rest = sanitize(utf8, out);
    for (qsizetype k = 0; k < rest; ++k)
        out += kReplacement;
    return out;
}

TerminalDevice::TerminalDevice(QIODevice* target) : target_(target) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalDevice::~TerminalDevice() {
    for (qsizetype k = 0; k < pending_.size(); ++k)
        target_->write(kReplacement);
    target_->waitForBytesWritten(-1);
}

qint64 TerminalDevice::writeData(const char* data, qint64 size) {
    QByteArray in = pending_ + QByteArray(data, size);
    QByteArray out;
    const qsizetype rest = sanitize(in, out);
    pending_ = in.right(rest);
    if (!out.isEmpty() && target_->write(out) < 0) return -1;
    return size;
}

} // namespace pathlight
