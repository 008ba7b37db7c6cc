// IPv4 value types and the LPM trie.

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "common/message.h"
#include "ip/ipv4.h"
#include "ip/prefix_trie.h"
#endif

#include <QTest>

using namespace pathlight;

class TestIpv4 : public QObject {
    Q_OBJECT
private slots:
    void parsesAddresses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<uint>("value");
        QTest::newRow("zero") << "0.0.0.0" << true << 0u;
        QTest::newRow("broadcast") << "255.255.255.255" << true << 0xffffffffu;
        QTest::newRow("wireserver") << "168.63.129.16" << true
                                    << ((168u << 24) | (63u << 16) | (129u << 8) | 16u);
        QTest::newRow("octet 256") << "10.0.0.256" << false << 0u;
        QTest::newRow("three octets") << "10.0.0" << false << 0u;
        QTest::newRow("five octets") << "10.0.0.0.1" << false << 0u;
        QTest::newRow("leading zero") << "10.01.0.1" << false << 0u;
        QTest::newRow("space") << "10.0.0. 1" << false << 0u;
        QTest::newRow("empty octet") << "10..0.1" << false << 0u;
        QTest::newRow("sign") << "10.0.0.+1" << false << 0u;
        QTest::newRow("empty") << "" << false << 0u;
    }
    void parsesAddresses() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(uint, value);
        std::string reason;
        auto a = Ipv4Address::parse(text.toStdString(), &reason);
        QCOMPARE(a.has_value(), valid);
        if (valid) {
            QCOMPARE(a->value(), value);
            QCOMPARE(QString::fromStdString(a->toString()), text);
        } else {
            QVERIFY(!reason.empty());
        }
    }

    void parsesPrefixes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("/0") << "0.0.0.0/0" << true << "";
        QTest::newRow("/32") << "10.1.2.3/32" << true << "";
        QTest::newRow("/16") << "10.1.0.0/16" << true << "";
        QTest::newRow("/33") << "10.0.0.0/33" << false << "0 to 32";
        QTest::newRow("host bits") << "10.0.0.1/16" << false << "did you mean 10.0.0.0/16";
        QTest::newRow("/0 with bits") << "1.0.0.0/0" << false << "host bits";
        QTest::newRow("no length") << "10.0.0.0" << false << "missing";
        QTest::newRow("empty length") << "10.0.0.0/" << false << "0 to 32";
        QTest::newRow("bad address") << "10.0.0.300/24" << false << "octet 4";
    }
    void parsesPrefixes() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, reasonContains);
        std::string reason;
        auto p = Ipv4Prefix::parse(text.toStdString(), &reason);
        QCOMPARE(p.has_value(), valid);
        if (valid) {
            QCOMPARE(QString::fromStdString(p->toString()), text);
        } else {
            const std::string shown = Message{"", "%1", {reason}}.english();
            QVERIFY2(QString::fromStdString(shown).contains(reasonContains), shown.c_str());
        }
    }

    void bareAddressOnlyWhenAllowed() {
        QVERIFY(!Ipv4Prefix::parse("168.63.129.16"));
        auto p = Ipv4Prefix::parse("168.63.129.16", nullptr, true);
        QVERIFY(p);
        QCOMPARE(p->length(), 32);
    }

    void containmentAndOverlap() {
        const auto p16 = *Ipv4Prefix::parse("10.0.0.0/16");
        const auto p24 = *Ipv4Prefix::parse("10.0.5.0/24");
        const auto other = *Ipv4Prefix::parse("10.1.0.0/16");
        const auto all = *Ipv4Prefix::parse("0.0.0.0/0");
        QVERIFY(p16.contains(p24));
        QVERIFY(!p24.contains(p16));
        QVERIFY(p16.overlaps(p24) && p24.overlaps(p16));
        QVERIFY(!p16.overlaps(other));
        QVERIFY(all.contains(p16) && all.contains(Ipv4Address(255, 255, 255, 255)));
        QVERIFY(p16.contains(p16));
        QCOMPARE(all.size(), std::uint64_t(1) << 32);
        QCOMPARE(p24.size(), std::uint64_t(256));
        QCOMPARE(QString::fromStdString(p24.last().toString()), QString("10.0.5.255"));
        const auto host = *Ipv4Prefix::parse("10.0.5.7/32");
        QVERIFY(host.contains(Ipv4Address(10, 0, 5, 7)) && !host.contains(Ipv4Address(10, 0, 5, 8)));
        QCOMPARE(QString::fromStdString(Ipv4Prefix::containing(Ipv4Address(10, 0, 5, 7), 20).toString()),
                 QString("10.0.0.0/20"));
    }

    void nonPublicRanges() {
        QVERIFY(isNonPublic(Ipv4Address(10, 1, 2, 3)));
        QVERIFY(isNonPublic(Ipv4Address(172, 31, 0, 1)));
        QVERIFY(!isNonPublic(Ipv4Address(172, 32, 0, 1)));
        QVERIFY(isNonPublic(Ipv4Address(100, 64, 0, 1)));
        QVERIFY(isNonPublic(Ipv4Address(169, 254, 169, 254)));
        QVERIFY(!isNonPublic(Ipv4Address(20, 118, 99, 224)));
        QVERIFY(!isNonPublic(wellknown::kWireServer)); // public-looking; handled by name where it matters
    }

    void ranges() {
        auto r = Ipv4Range::parse("10.0.0.4-10.0.0.9");
        QVERIFY(r);
        QCOMPARE(r->size(), std::uint64_t(6));
        QVERIFY(r->contains(Ipv4Address(10, 0, 0, 4)) && r->contains(Ipv4Address(10, 0, 0, 9)));
        QVERIFY(!r->contains(Ipv4Address(10, 0, 0, 10)));
        QVERIFY(r->overlaps(*Ipv4Range::parse("10.0.0.9/32")));
        QVERIFY(!r->overlaps(*Ipv4Range::parse("10.0.0.10-10.0.0.20")));
        QCOMPARE(Ipv4Range::parse("0.0.0.0/0")->size(), std::uint64_t(1) << 32);
        QCOMPARE(QString::fromStdString(Ipv4Range::parse("192.168.1.7")->toString()),
                 QString("192.168.1.7-192.168.1.7"));
        std::string reason;
        QVERIFY(!Ipv4Range::parse("10.0.0.9-10.0.0.4", &reason));
        QVERIFY(reason.find("before") != std::string::npos);
        QVERIFY(!Ipv4Range::parse("10.0.0.1-10.0.0", &reason));
        QVERIFY(!Ipv4Range::parse("10.0.0.1/16", &reason));
    }

    // T2: longest prefix match.
    void trieLongestMatch() {
        PrefixTrie trie;
        trie.insert(*Ipv4Prefix::parse("10.0.0.0/24"), 1);
        trie.insert(*Ipv4Prefix::parse("10.0.0.0/16"), 2);
        trie.insert(*Ipv4Prefix::parse("0.0.0.0/0"), 3);
        trie.insert(*Ipv4Prefix::parse("10.0.0.5/32"), 4);
        QCOMPARE(trie.longestMatch(Ipv4Address(10, 0, 0, 6)), 1u);
        QCOMPARE(trie.longestMatch(Ipv4Address(10, 0, 1, 5)), 2u);
        QCOMPARE(trie.longestMatch(Ipv4Address(8, 8, 8, 8)), 3u);
        QCOMPARE(trie.longestMatch(Ipv4Address(10, 0, 0, 5)), 4u);
        std::vector<std::uint32_t> seen;
        trie.forEachMatch(Ipv4Address(10, 0, 0, 5), [&](std::uint32_t p) { seen.push_back(p); });
        QCOMPARE(seen, (std::vector<std::uint32_t>{3, 2, 1, 4}));
        PrefixTrie empty;
        QCOMPARE(empty.longestMatch(Ipv4Address(1, 2, 3, 4)), PrefixTrie::kNone);
    }
};

QTEST_APPLESS_MAIN(TestIpv4)
#include "tst_ipv4.moc"
