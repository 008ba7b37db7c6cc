#pragma once
// A stand-in for Azure Resource Manager on 127.0.0.1 for the live import's tests: a minimal
// HTTP/1.1 server (QTcpServer, one request per connection) that answers recorded responses by
// method and path, in order (the last answer of a route repeats), and records what it received.
// It runs on the test's thread: the code under test must not block it (an event loop turns).

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace pathlight::test {

struct RecordedReply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. {"Retry-After", "1"}
    bool silent = false;                          // never answer (a slow server)
};

struct ReceivedRequest {
    QByteArray method, target; // target: path and query as sent
    QByteArray authorization;
    QByteArray body;
    QByteArray path() const {
        return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    }
};

class ArmTestServer {
public:
    ArmTestServer() {
        server_.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server_, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* socket = server_.nextPendingConnection())
                accept(socket);
        });
    }
    ~ArmTestServer() {
        for (QTcpSocket* s : server_.findChildren<QTcpSocket*>())
            s->abort();
    }
    bool listening() const { return server_.isListening(); }
    QString endpoint() const { return QString("http://127.0.0.1:%1").arg(server_.serverPort()); }

    // Requests whose method is `method`, whose path (without the query) equals `path` (ignoring
    // case, as ARM does) and, when `contains` is not empty, whose target or body contains it,
    // get `replies` in turn, the last one again for every later request. Routes are tried in the
    // order they were added.
    void on(const QByteArray& method, const QByteArray& path, std::vector<RecordedReply> replies,
            const QByteArray& contains = {}) {
        routes_.push_back({method, path.toLower(), contains, std::move(replies), 0});
    }
    const std::vector<ReceivedRequest>& received() const { return received_; }
    int count(const QByteArray& path) const {
        int n = 0;
        for (const auto& r : received_)
            n += r.path().toLower() == path.toLower();
        return n;
    }

private:
    struct Route {
        QByteArray method, path, contains;
        std::vector<RecordedReply> replies;
        std::size_t next;
    };

    void accept(QTcpSocket* socket) {
        auto buffer = std::make_shared<QByteArray>();
        socket->setParent(&server_);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0) return;
            ReceivedRequest request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            qsizetype length = 0;
            for (const QByteArray& line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length") length = value.toLongLong();
                if (name == "authorization") request.authorization = value;
            }
            if (buffer->size() < end + 4 + length) return;
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            received_.push_back(request);
            answer(socket, request);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void answer(QTcpSocket* socket, const ReceivedRequest& request) {
        RecordedReply reply{
            404, "{\"error\": {\"code\": \"NotRecorded\", \"message\": \"no recorded answer\"}}", {}, false};
        for (Route& route : routes_) {
            if (route.method != request.method || route.path != request.path().toLower()) continue;
            if (!route.contains.isEmpty() && !request.target.contains(route.contains) &&
                !request.body.contains(route.contains))
                continue;
            reply = route.replies[std::min(route.next, route.replies.size() - 1)];
            ++route.next;
            break;
        }
        if (reply.silent) return;
        QByteArray text = "HTTP/1.1 " + QByteArray::number(reply.status) + " Recorded\r\n";
        text += "Content-Type: application/json\r\nConnection: close\r\n";
        text += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        for (const auto& [name, value] : reply.headers)
            text += name + ": " + value + "\r\n";
        text += "\r\n" + reply.body;
        socket->write(text);
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
            if (socket->bytesToWrite() == 0) socket->disconnectFromHost();
        });
    }

    QTcpServer server_;
    std::vector<Route> routes_;
    std::vector<ReceivedRequest> received_;
};

} // namespace pathlight::test
