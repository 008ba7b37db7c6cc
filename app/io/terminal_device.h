#pragma once
// The CLI's output device: passes text through to stdout or stderr with every character that a
// terminal would obey rather than show replaced by a visible stand-in. Names come from files,
// and a name holding ESC sequences could otherwise clear the screen, fake output or write the
// clipboard (OSC 52).

#include <QByteArray>
#include <QIODevice>

namespace pathlight {

// Replaces, in UTF-8 text: C0 controls but newline and tab, and DEL, by their Unicode control
// pictures (ESC → U+241B "␛"); C1 controls (U+0080..U+009F), the line and paragraph separators,
// and the bidirectional overrides and isolates (U+202A..U+202E, U+2066..U+2069) by U+FFFD.
// Malformed UTF-8 bytes become U+FFFD too.
QByteArray terminalSafe(const QByteArray& utf8);

class TerminalDevice : public QIODevice {
public:
    // Writes to target (not owned), which must already be open for writing.
    explicit TerminalDevice(QIODevice* target);
    ~TerminalDevice() override;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice* target_;
    QByteArray pending_; // an incomplete UTF-8 sequence at the end of the last write
};

} // namespace pathlight
