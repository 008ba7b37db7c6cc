<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>About</name>
    <message>
        <location filename="../app/gui/about_dialog.cpp" line="+91"/>
        <source>About Pathlight</source>
        <translation>Pathlight について</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Traces flows through hybrid Azure networks: the route at every hop, each NSG decision, the source address the destination sees, and what is wrong.</source>
        <translation>ハイブリッド Azure ネットワークを通るフローをトレースします: 各ホップのルート、各 NSG の判定、宛先から見える送信元アドレス、そして何が問題か。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 でビルドされ、Qt %2 で実行中です。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pathlight uses these libraries, under their licences:</source>
        <translation>Pathlight は次のライブラリをそれぞれのライセンスの下で使用しています:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The licences&apos; full texts are in /usr/share/doc/PACKAGE/copyright on Debian (libqt6core6, libqcustomplot2.1-qt6, nlohmann-json3-dev, libgvc6).</source>
        <translation>ライセンスの全文は Debian の /usr/share/doc/PACKAGE/copyright にあります (libqt6core6、libqcustomplot2.1-qt6、nlohmann-json3-dev、libgvc6)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Libraries</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What Pathlight says about Azure follows Microsoft Learn documentation; the model rests mostly on these pages:</source>
        <translation>Pathlight が Azure について示す内容は Microsoft Learn のドキュメントに従っています。モデルは主に次のページに基づきます:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../app/io/atomic_file.cpp" line="+11"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is read-only</source>
        <translation>ファイルは読み取り専用です</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="+163"/>
        <source>Azure KMS (Windows activation)</source>
        <translation>Azure KMS (Windows ライセンス認証)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure platform address (DNS, DHCP, health probes, VM agent)</source>
        <translation>Azure プラットフォーム アドレス (DNS、DHCP、正常性プローブ、VM エージェント)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Instance Metadata Service</source>
        <translation>Azure Instance Metadata Service (インスタンス メタデータ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUSE public cloud update infrastructure (Azure)</source>
        <translation>SUSE パブリック クラウド更新インフラストラクチャ (Azure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red Hat Update Infrastructure (Azure)</source>
        <translation>Red Hat 更新インフラストラクチャ (Azure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID (Arc agent sign-in)</source>
        <translation>Microsoft Entra ID (Arc エージェントのサインイン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID (login.windows.net)</source>
        <translation>Microsoft Entra ID (login.windows.net)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID (pas.windows.net)</source>
        <translation>Microsoft Entra ID (pas.windows.net)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Resource Manager</source>
        <translation>Azure Resource Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc hybrid identity service (global discovery)</source>
        <translation>Arc ハイブリッド ID サービス (グローバル検出)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc hybrid identity service (East Asia)</source>
        <translation>Arc ハイブリッド ID サービス (東アジア)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc guest configuration (East Asia)</source>
        <translation>Arc ゲスト構成 (東アジア)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc guest configuration agent service (global)</source>
        <translation>Arc ゲスト構成エージェント サービス (グローバル)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli_catalog.cpp" line="+27"/>
        <location line="+17"/>
        <location filename="../app/cli/cli_options.cpp" line="+14"/>
        <source>option %1 needs a value</source>
        <translation>オプション %1 には値が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>option %1 is given twice</source>
        <translation>オプション %1 が 2 回指定されています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a regular file (a folder, device or pipe)</source>
        <translation>通常のファイルではありません (フォルダー、デバイス、パイプ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read the service tag file: %2</source>
        <translation>%1: サービス タグ ファイルを読み取れません: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot use this service tag file: it is %2 MB; a service tag file is at most %3 MB</source>
        <translation>%1: このサービス タグ ファイルは使えません: %2 MB あります。サービス タグ ファイルは最大 %3 MB です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot use this service tag file:</source>
        <translation>%1: このサービス タグ ファイルは使えません:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_options.cpp" line="+8"/>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_commands.cpp" line="+65"/>
        <location line="+33"/>
        <location filename="../app/cli/cli_diff.cpp" line="+15"/>
        <location filename="../app/cli/cli_ids.cpp" line="+17"/>
        <source>%1: cannot use this file:</source>
        <translation>%1: このファイルは使用できません:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>usage: pathlight-cli check FILE</source>
        <translation>使用法: pathlight-cli check FILE</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2、%3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>via %1</source>
        <translation>経由: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flow %1: %2 → %3 (%4 %5)</source>
        <translation>フロー %1: %2 → %3 (%4 %5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(as expected)</source>
        <translation>(想定どおり)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(EXPECTED %1)</source>
        <translation>(想定は %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>an Azure default outbound address</source>
        <translation>Azure の既定の送信アドレス</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>apparent source: %1 (%2)</source>
        <translation>見かけの送信元: %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>source %1 → %2</source>
        <translation>送信元 %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NSG %1 %2: %3 (%4) %5</source>
        <translation>NSG %1 %2: %3 (%4) %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hidden platform allowance %1; IP flow verify: %2</source>
        <translation>非表示のプラットフォーム許可 %1、IP フロー検証: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>route %1</source>
        <translation>ルート %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reply:</source>
        <translation>応答:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fix %1%2: %3</source>
        <translation>修正 %1%2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (explained, not applicable here)</source>
        <translation> (説明のみ、ここでは適用不可)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+174"/>
        <source>no flow with id &quot;%1&quot; in %2</source>
        <translation>%2 に ID「%1」のフローはありません</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port には 0 から 65535 の数値を指定してください</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>usage: pathlight-cli trace FILE [--flow ID | --from SRC --to DST [--port N] [--protocol Tcp|Udp|Icmp|Esp|Ah|*]] [--json]</source>
        <translation>使用法: pathlight-cli trace FILE [--flow ID | --from SRC --to DST [--port N] [--protocol Tcp|Udp|Icmp|Esp|Ah|*]] [--json]</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--protocol must be Tcp, Udp, Icmp, Esp, Ah or *</source>
        <translation>--protocol には Tcp、Udp、Icmp、Esp、Ah、* のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no flows; name one with --from and --to</source>
        <translation>%1 にはフローがありません。--from と --to で指定してください</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>flow %1 (/flows/%2): %3</source>
        <translation>フロー %1 (/flows/%2): %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>usage: pathlight-cli routes FILE --nic ID [--json]</source>
        <translation>使用法: pathlight-cli routes FILE --nic ID [--json]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no NIC with id &quot;%1&quot; in %2</source>
        <translation>%2 に ID「%1」の NIC はありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NIC &quot;%1&quot; is not in a known subnet</source>
        <translation>NIC「%1」は既知のサブネットにありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Effective routes of NIC %1 (subnet %2)</source>
        <translation>NIC %1 (サブネット %2) の有効なルート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address prefix</source>
        <translation>アドレス プレフィックス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hop type</source>
        <translation>次ホップの種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hop IP</source>
        <translation>次ホップ IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service tag</source>
        <translation>サービス タグ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>default outbound</source>
        <translation>既定の送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, apparent source %1 → %2</source>
        <translation>、見かけの送信元 %1 → %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: pathlight-cli fix FILE --flow ID (--apply CODE | --all) -o OUT</source>
        <translation>使用法: pathlight-cli fix FILE --flow ID (--apply CODE | --all) -o OUT</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the fixes cannot be applied together</source>
        <translation>これらの修正は一緒に適用できません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fix %1 of flow %2 is explained, not applied: %3</source>
        <translation>フロー %2 の修正 %1 は説明のみで、適用されません: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>flow %1 has no error finding with an applicable fix</source>
        <translation>フロー %1 には、適用できる修正を伴うエラーの検出結果がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no fix %1 for flow %2; available: %3</source>
        <translation>フロー %2 に修正 %1 はありません。利用可能: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the fixes cannot be applied together: %1</source>
        <translation>これらの修正は同時に適用できません: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>applied %1</source>
        <translation>%1 を適用しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flow %1 is now delivered</source>
        <translation>フロー %1 は到達するようになりました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow %1 is still not delivered</source>
        <translation>フロー %1 はまだ到達しません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WARNING, breaks %1</source>
        <translation>警告: %1 を壊します</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changes %1</source>
        <translation>%1 が変わります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no other flow changes</source>
        <translation>ほかのフローは変わりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_import.cpp" line="+167"/>
        <source>wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: pathlight-cli format FILE [-o OUT]</source>
        <translation>使用法: pathlight-cli format FILE [-o OUT]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>usage: pathlight-cli COMMAND FILE [options]
commands:
  check FILE                                   load and validate
  trace FILE [--flow ID | --from SRC --to DST [--port N] [--protocol P]] [--json]
  fix FILE --flow ID (--apply CODE | --all) -o OUT   apply fixes, show what changes
  routes FILE --nic ID [--json]                effective routes of a NIC
  format FILE [-o OUT]                         rewrite in canonical form (atomic)
  import INPUT... -o OUT [--parameters F] [--context k=v,...] [--suggest-flows]
         [--report R.json]                     Azure files (JSON, templates) to a topology
  import --live --subscription ID [--resource-group RG]... -o OUT [--endpoint URL]
         [--token-from az|env] [--timeout S]   read from Azure Resource Manager
  diff DESIGN OTHER [--json]                   objects and flow verdicts that differ
  ids FILE flows|nics                          the file&apos;s flow or NIC ids, one a line
  service-tags --subscription ID [--location REGION] -o OUT.json
         [--endpoint URL] [--token-from az|env] Azure&apos;s service tags, read live
options for every command:
  --lang en|ja|zh_TW                           language of the text output
  --service-tags FILE                          Microsoft&apos;s service tag file (ServiceTags_*.json)
  -h, --help                                   this text
  --version                                    the version
</source>
        <translation>使用法: pathlight-cli COMMAND FILE [options]
コマンド:
  check FILE                                   読み込んで検証する
  trace FILE [--flow ID | --from SRC --to DST [--port N] [--protocol P]] [--json]
  fix FILE --flow ID (--apply CODE | --all) -o OUT   修正を適用し、変わる内容を表示する
  routes FILE --nic ID [--json]                NIC の有効なルート
  format FILE [-o OUT]                         正規の形式で書き直す (アトミック)
  import INPUT... -o OUT [--parameters F] [--context k=v,...] [--suggest-flows]
         [--report R.json]                     Azure のファイル (JSON、テンプレート) をトポロジにする
  import --live --subscription ID [--resource-group RG]... -o OUT [--endpoint URL]
         [--token-from az|env] [--timeout S]   Azure Resource Manager から読み取る
  diff DESIGN OTHER [--json]                   違うオブジェクトとフローの判定を示す
  ids FILE flows|nics                          ファイルのフローまたは NIC の ID を 1 行に 1 つ
  service-tags --subscription ID [--location REGION] -o OUT.json
         [--endpoint URL] [--token-from az|env] Azure のサービス タグをライブで読み取る
すべてのコマンドのオプション:
  --lang en|ja|zh_TW                           テキスト出力の言語
  --service-tags FILE                          Microsoft のサービス タグ ファイル (ServiceTags_*.json)
  -h, --help                                   この説明
  --version                                    バージョン
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+39"/>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>不明な言語「%1」(利用可能: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_import.cpp" line="-143"/>
        <source>--context expects key=value pairs, found &quot;%1&quot;</source>
        <translation>--context には key=value の組を指定します。「%1」が指定されました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--context: &quot;%1&quot; is given twice</source>
        <translation>--context: 「%1」が 2 回指定されています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--context: %1 must be 1 to 90 printable characters without &quot;/&quot;, found &quot;%2&quot;</source>
        <translation>--context: %1 には「/」を含まない 1 ～ 90 文字の印字可能な文字を指定します。「%2」が指定されました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--context: unknown key &quot;%1&quot; (subscription, resourceGroup, location, deployment)</source>
        <translation>--context: 不明なキー「%1」(subscription、resourceGroup、location、deployment のいずれか)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: pathlight-cli import INPUT... [--parameters FILE] [--context subscription=...,resourceGroup=...] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</source>
        <translation>使用法: pathlight-cli import INPUT... [--parameters FILE] [--context subscription=...,resourceGroup=...] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>   or: pathlight-cli import --live --subscription ID [--resource-group RG]... [--endpoint URL] [--token-from az|env] [--timeout SECONDS] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</source>
        <translation>または: pathlight-cli import --live --subscription ID [--resource-group RG]... [--endpoint URL] [--token-from az|env] [--timeout SECONDS] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is for files, not with --live</source>
        <translation>%1 はファイル用です。--live とは使えません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 needs --live</source>
        <translation>%1 には --live が必要です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>-o and --report name the same file</source>
        <translation>-o と --report に同じファイルが指定されています</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is an input: the import does not write over what it reads</source>
        <translation>%1 は入力です。インポートは読み込むファイルを上書きしません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing imported:</source>
        <translation>何もインポートされませんでした:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n more suggested flows left out (at most 50 of each kind)</source>
        <translation>
            <numerusform>推奨フローをさらに %n 件省きました (種類ごとに最大 50 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n suggested flows added</source>
        <translation>
            <numerusform>推奨チェックのフローを %n 件追加しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli_diff.cpp" line="+9"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: pathlight-cli diff DESIGN OTHER [--json]</source>
        <translation>使用法: pathlight-cli diff DESIGN OTHER [--json]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>objects: %1 added, %2 removed, %3 changed</source>
        <translation>オブジェクト: 追加 %1、削除 %2、変更 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>flows: %1 of %2 differ</source>
        <translation>フロー: %2 件中 %1 件が異なります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 in the design; not traceable in the other (its ends are missing)</source>
        <translation>%1: 設計では %2。もう一方ではトレースできません (端点がありません)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 → %3; apparent source %4 → %5</source>
        <translation>%1: %2 → %3、見かけの送信元 %4 → %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_ids.cpp" line="-5"/>
        <source>usage: pathlight-cli ids FILE flows|nics</source>
        <translation>使用法: pathlight-cli ids FILE flows|nics</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_import_live.cpp" line="+46"/>
        <source>--timeout expects seconds above 0 and at most 3600, found &quot;%1&quot;</source>
        <translation>--timeout には 0 より大きく 3600 以下の秒数が必要ですが、&quot;%1&quot; でした</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--token-from expects az or env, found &quot;%1&quot;</source>
        <translation>--token-from には az または env が必要ですが、&quot;%1&quot; でした</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>read %n resources; %1 requests left</source>
        <translation>
            <numerusform>%n 個のリソースを読み取りました。残りの要求は %1 個です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>read %n resources in %1 requests from %2</source>
        <translation>
            <numerusform>%2 から %1 回の要求で %n 個のリソースを読み取りました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli_service_tags.cpp" line="+26"/>
        <source>usage: pathlight-cli service-tags --subscription ID [--location REGION] [--endpoint URL] [--token-from az|env] [--timeout SECONDS] -o OUT.json</source>
        <translation>使用法: pathlight-cli service-tags --subscription ID [--location REGION] [--endpoint URL] [--token-from az|env] [--timeout SECONDS] -o OUT.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option %1 is missing</source>
        <translation>オプション %1 がありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--location expects a region name such as westeurope, found &quot;%1&quot;</source>
        <translation>--location には westeurope のようなリージョン名が必要ですが、&quot;%1&quot; でした</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write %1: not a file in a folder that exists</source>
        <translation>%1 に書き込めません: 存在するフォルダー内のファイルではありません</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: the answer is not a service tag list:</source>
        <translation>%1: 応答はサービス タグの一覧ではありません:</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n service tag(s), cloud %2, change number %3, written to %4</source>
        <translation>
            <numerusform>%1: サービス タグ %n 個、クラウド %2、変更番号 %3、%4 に書き込みました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <location filename="../views/canvas/diagram.cpp" line="+210"/>
        <source>VPN gateway</source>
        <translation>VPN ゲートウェイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExpressRoute gateway</source>
        <translation>ExpressRoute ゲートウェイ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> (+%1 NIC)</source>
        <translation> (+%1 NIC)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <location line="+110"/>
        <location filename="../app/gui/main_window.cpp" line="+267"/>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and Microsoft services</source>
        <translation>および Microsoft サービス</translation>
    </message>
    <message>
        <location filename="../views/canvas/canvas_items.cpp" line="+53"/>
        <location filename="../views/canvas/diagram.cpp" line="+11"/>
        <source>peering</source>
        <translation>ピアリング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute connection</source>
        <translation>ExpressRoute 接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPN connection</source>
        <translation>VPN 接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>circuit attachment</source>
        <translation>回線の接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BGP peering</source>
        <translation>BGP ピアリング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <location filename="../views/canvas/diagram.cpp" line="+2"/>
        <source> · gateway transit</source>
        <translation> · ゲートウェイ転送</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VNet-to-VNet VPN · BGP</source>
        <translation>VNet 間 VPN · BGP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNet-to-VNet VPN</source>
        <translation>VNet 間 VPN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S2S VPN · BGP</source>
        <translation>サイト間 VPN · BGP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S2S VPN</source>
        <translation>サイト間 VPN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BGP AS %1</source>
        <translation>BGP AS %1</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../model/edit/topology_edit.cpp" line="+51"/>
        <location line="+146"/>
        <source>no object &quot;%1&quot; to edit</source>
        <translation>編集するオブジェクト「%1」がありません</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>the id &quot;%1&quot; is already used</source>
        <translation>ID「%1」は既に使われています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not the last of its kind</source>
        <translation>「%1」は同じ種類の最後のオブジェクトではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no position %1 in &quot;%2&quot;</source>
        <translation>「%2」に位置 %1 はありません</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>unknown edit</source>
        <translation>不明な編集です</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../views/canvas/drawio_writer.cpp" line="+179"/>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../model/trace/tracer.cpp" line="+378"/>
        <source>VM &quot;%1&quot; has no NIC to receive traffic</source>
        <translation>VM「%1」には通信を受け取る NIC がありません</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>destination &quot;%1&quot; is not an IP address, an id, or an FQDN known to the catalog or to endpoints</source>
        <translation>宛先「%1」は IP アドレス、ID、カタログまたはエンドポイントにある FQDN のいずれでもありません</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VM &quot;%1&quot; has no NIC to send from</source>
        <translation>VM「%1」には送信に使う NIC がありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a flow starts at a vm, nic, host, appGateway or an IP address, not at %1 &quot;%2&quot;</source>
        <translation>フローの送信元は vm、nic、host、appGateway または IP アドレスです。%1「%2」は指定できません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>source %1 is a private address that no NIC or host holds</source>
        <translation>送信元 %1 はどの NIC もホストも持っていないプライベート アドレスです</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>source &quot;%1&quot; is neither an id nor an IP address</source>
        <translation>送信元「%1」は ID でも IP アドレスでもありません</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>NIC &quot;%1&quot; of VM &quot;%2&quot; has no default gateway in the guest: Azure gives one only to the primary NIC, so traffic from %3 to %4 outside subnet %5 goes nowhere until a guest route is added.</source>
        <translation>VM「%2」の NIC「%1」にはゲスト OS の既定ゲートウェイがありません。Azure はプライマリ NIC にしか既定ゲートウェイを設定しないため、%3 からサブネット %5 の外の %4 への通信は、ゲストにルートを追加するまでどこにも届きません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Application Gateway &quot;%1&quot; has no instanceIps to send from</source>
        <translation>Application Gateway「%1」には送信に使う instanceIps がありません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Application Gateway &quot;%1&quot; has no frontend public IP to reach %2 on the Internet.</source>
        <translation>Application Gateway「%1」には、インターネット上の %2 に到達するためのフロントエンド パブリック IP がありません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not a public IP of any NIC in this topology.</source>
        <translation>%1 はこのトポロジのどの NIC のパブリック IP でもありません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Public IP %1 is a Standard SKU address: it admits no inbound traffic until an NSG on NIC &quot;%2&quot; or its subnet allows it.</source>
        <translation>パブリック IP %1 は Standard SKU のアドレスです。NIC「%2」またはそのサブネットの NSG が許可するまで、受信トラフィックは受け付けられません。</translation>
    </message>
    <message>
        <location filename="../model/trace/trace_explanation.cpp" line="+47"/>
        <source>NSG &quot;%1&quot; rule &quot;%2&quot; (priority %3) denies this traffic and IP flow verify reports Deny, but Azure&apos;s hidden platform rule (%4) lets it through; flow logs show nothing.</source>
        <translation>NSG「%1」の規則「%2」(優先度 %3) はこの通信を拒否し、IP フロー検証も拒否と報告しますが、Azure の非表示のプラットフォーム規則 (%4) が通過させます。フロー ログには何も記録されません。</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>NSG &quot;%1&quot; allows Application Gateway &quot;%2&quot; by its frontend address %3 (rule &quot;%4&quot;), but its probes and requests come from its instance addresses such as %5, which rule &quot;%6&quot; denies.</source>
        <translation>NSG「%1」は Application Gateway「%2」をフロントエンド アドレス %3 で許可していますが (規則「%4」)、プローブと要求は %5 などのインスタンス アドレスから送られ、規則「%6」がそれを拒否します。</translation>
    </message>
    <message>
        <location filename="../model/trace/tracer.cpp" line="+29"/>
        <source>NSG &quot;%1&quot; denies this %2 traffic from %3 to %4 port %5 with rule &quot;%6&quot; (priority %7).</source>
        <translation>NSG「%1」は、%3 から %4 ポート %5 へのこの%2通信を規則「%6」(優先度 %7) で拒否します。</translation>
    </message>
    <message>
        <location filename="../model/trace/trace_explanation.cpp" line="-122"/>
        <source>NSG &quot;%1&quot; rule &quot;%2&quot; names service tag %3, whose addresses Pathlight does not know; had it matched, it would have decided instead of rule &quot;%4&quot;. The decision is uncertain until a service tag file that lists the tag is loaded.</source>
        <translation>NSG &quot;%1&quot; の規則 &quot;%2&quot; はサービス タグ %3 を指定していますが、Pathlight はそのアドレスを知りません。一致していれば、規則 &quot;%4&quot; の代わりにこの規則が判定していました。そのタグを含むサービス タグ ファイルを読み込むまで、判定は不確かです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure Firewall &quot;%1&quot; rule &quot;%2&quot; names service tag %3, whose addresses Pathlight does not know; had it matched, it would have decided otherwise. The decision is uncertain until a service tag file that lists the tag is loaded.</source>
        <translation>Azure Firewall &quot;%1&quot; の規則 &quot;%2&quot; はサービス タグ %3 を指定していますが、Pathlight はそのアドレスを知りません。一致していれば、別の判定になっていました。そのタグを含むサービス タグ ファイルを読み込むまで、判定は不確かです。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: a default route (and 168.63.129.16).</source>
        <translation>NSG「%1」の規則「%2」は VirtualNetwork タグを使っていますが、このタグは VNet「%3」以外も含みます: 既定ルート (および 168.63.129.16)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4 (and 168.63.129.16).</source>
        <translation>NSG「%1」の規則「%2」は VirtualNetwork タグを使っていますが、このタグは VNet「%3」以外も含みます: %4 (および 168.63.129.16)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4 and %5 (and 168.63.129.16).</source>
        <translation>NSG「%1」の規則「%2」は VirtualNetwork タグを使っていますが、このタグは VNet「%3」以外も含みます: %4 と %5 (および 168.63.129.16)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4, %5 and %6 (and 168.63.129.16).</source>
        <translation>NSG「%1」の規則「%2」は VirtualNetwork タグを使っていますが、このタグは VNet「%3」以外も含みます: %4、%5、%6 (および 168.63.129.16)。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from NVA &quot;%1&quot; through Route Server.</source>
        <translation>インターネット向けの通信は Azure のインターネット エッジを通らずに強制的に転送されています。サブネットの 0.0.0.0/0 は Route Server 経由で NVA「%1」から来ています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from route table &quot;%1&quot; (next hop virtual network gateway).</source>
        <translation>インターネット向けの通信は Azure のインターネット エッジを通らずに強制的に転送されています。サブネットの 0.0.0.0/0 はルート テーブル「%1」(次ホップは仮想ネットワーク ゲートウェイ) から来ています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from gateway &quot;%1&quot; (announced by &quot;%2&quot;).</source>
        <translation>インターネット向けの通信は Azure のインターネット エッジを通らずに強制的に転送されています。サブネットの 0.0.0.0/0 はゲートウェイ「%1」から来ています (「%2」がアドバタイズ)。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The subnet of Application Gateway v2 &quot;%1&quot; learns 0.0.0.0/0 from %2: Azure accepts this forced tunnel but does not support it for v2 (the route must use next hop Internet, or gateway route propagation must be off). Traced as Azure routes it.</source>
        <translation>Application Gateway v2「%1」のサブネットは %2 から 0.0.0.0/0 を学習しています。Azure はこの強制トンネリングを受け入れますが、v2 ではサポートしていません (ルートは次ホップ Internet を使うか、ゲートウェイ ルートの伝達を無効にする必要があります)。Azure のルーティングどおりにトレースしています。</translation>
    </message>
    <message>
        <location filename="../model/trace/tracer.cpp" line="+57"/>
        <source>Route &quot;%1&quot; (%2) of route table &quot;%3&quot; sends traffic to the virtual network gateway, which Azure refuses while ExpressRoute and VPN gateways coexist: the route is never deployed, and the packet follows the others.</source>
        <translation>ルート表「%3」のルート「%1」(%2) は仮想ネットワーク ゲートウェイに送りますが、ExpressRoute と VPN のゲートウェイが共存する間は Azure がこれを拒否します。このルートは展開されず、パケットは他のルートに従います。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+492"/>
        <source>Subnet &quot;%1&quot; has no route for %2.</source>
        <translation>サブネット「%1」には %2 へのルートがありません。</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>Private endpoint &quot;%1&quot;&apos;s /32 route is longer than user route %2 → %3 of route table &quot;%4&quot;: this traffic goes straight to the endpoint and does not cross %3. Route-table network policies on the endpoint&apos;s subnet and a route for its subnet or VNet would send it through.</source>
        <translation>プライベート エンドポイント「%1」の /32 ルートは、ルート テーブル「%4」のユーザー ルート %2 → %3 より長いため、このトラフィックはエンドポイントに直接届き、%3 を通りません。エンドポイントのサブネットでルート テーブルのネットワーク ポリシーを有効にし、そのサブネットか VNet へのルートを追加すると、%3 を経由させられます。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Peering &quot;%1&quot; does not allow access between the two VNets: traffic to VNet &quot;%2&quot; is dropped.</source>
        <translation>ピアリング「%1」は 2 つの VNet 間のアクセスを許可していないため、VNet「%2」へのトラフィックは破棄されます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Peering &quot;%1&quot; does not allow forwarded traffic into VNet &quot;%3&quot;, so packets &quot;%2&quot; forwards there from %4 are dropped.</source>
        <translation>ピアリング「%1」は VNet「%3」への転送トラフィックを許可していないため、「%2」が %4 から転送するパケットは破棄されます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a private address, but the route %2 sends it to the Internet, where it cannot be reached.</source>
        <translation>%1 はプライベート アドレスですが、ルート %2 がインターネットへ送るため到達できません。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The route %1 points to the appliance %2, but no NIC in this or a peered VNet holds that address.</source>
        <translation>ルート %1 はアプライアンス %2 を指していますが、この VNet にもピアリングされた VNet にもそのアドレスを持つ NIC はありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VM &quot;%1&quot; sends %2 by the route %3 whose next hop %4 is its own address: the packet loops.</source>
        <translation>VM「%1」は %2 をルート %3 で送りますが、その次ホップ %4 は自身のアドレスです。パケットはループします。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NVA &quot;%1&quot; forwards %2 by the route %3 whose next hop %4 is the NVA itself (learned from Route Server: the route it announced): the packet loops. Its subnet needs its own route (e.g. 0.0.0.0/0 → Internet).</source>
        <translation>NVA「%1」は %2 をルート %3 で転送しますが、その次ホップ %4 は NVA 自身です (Route Server から学習した、自分がアドバタイズしたルート)。パケットはループします。そのサブネットには専用のルートが必要です (例: 0.0.0.0/0 → Internet)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NVA &quot;%1&quot; forwards %2 by the route %3 whose next hop %4 is the NVA itself: the packet loops. Its subnet needs its own route (e.g. 0.0.0.0/0 → Internet).</source>
        <translation>NVA「%1」は %2 をルート %3 で転送しますが、その次ホップ %4 は NVA 自身です。パケットはループします。そのサブネットには専用のルートが必要です (例: 0.0.0.0/0 → Internet)。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The route %1 points to a virtual network gateway, but VNet &quot;%2&quot; has none (nor a remote one).</source>
        <translation>ルート %1 は仮想ネットワーク ゲートウェイを指していますが、VNet「%2」にはゲートウェイがありません (リモート ゲートウェイもありません)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The route %1 has next hop None: Azure drops traffic to %2.</source>
        <translation>ルート %1 の次ホップは None です。Azure は %2 への通信を破棄します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No NIC, gateway or Application Gateway in VNet &quot;%1&quot; holds %2.</source>
        <translation>VNet「%1」には %2 を持つ NIC、ゲートウェイ、Application Gateway がありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In VNet &quot;%1&quot;, %2 is the address of %3, not of %4: %4 is in another VNet that uses the same addresses and is not reached from here.</source>
        <translation>VNet「%1」では %2 は %3 のアドレスで、%4 のものではありません。%4 は同じアドレスを使う別の VNet にあり、ここからは到達しません。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Load balancer &quot;%1&quot; is Standard: it admits no inbound traffic to NIC &quot;%2&quot; until an NSG on the NIC or its subnet allows it.</source>
        <translation>ロード バランサー「%1」は Standard のため、NIC またはそのサブネットの NSG が許可するまで、NIC「%2」への受信トラフィックを受け付けません。</translation>
    </message>
    <message>
        <location line="-995"/>
        <source>The packet to %1 comes back to &quot;%2&quot;: the routes form a loop.</source>
        <translation>%1 へのパケットが「%2」に戻ってきます。ルートがループしています。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The packet to %1 has crossed %2 hops without arriving; Pathlight follows a packet for %2 hops at most.</source>
        <translation>%1 宛てのパケットは %2 ホップを越えても届いていません。Pathlight が追うのは %2 ホップまでです。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>User routes on service tags whose addresses Pathlight does not know: %1; if %2 is in one of those tags, its route may decide here. The route chosen is uncertain until a service tag file that lists the tags is loaded.</source>
        <translation>Pathlight がアドレスを知らないサービス タグ上のユーザー定義ルート: %1。%2 がそれらのタグのどれかに含まれるなら、ここではそのルートが決める可能性があります。それらのタグを含むサービス タグ ファイルを読み込むまで、選ばれたルートは不確かです。</translation>
    </message>
    <message>
        <location line="+918"/>
        <source>Traffic for %1 is routed to NIC &quot;%2&quot; of &quot;%3&quot;, which does not own that address and has IP forwarding off in Azure: the packet is dropped.</source>
        <translation>%1 宛ての通信は「%3」の NIC「%2」にルーティングされますが、この NIC はそのアドレスを持たず、Azure の IP 転送も無効なため、パケットは破棄されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traffic for %1 reaches NIC &quot;%2&quot; of &quot;%3&quot;, but IP forwarding is off in the guest OS: the packet is dropped.</source>
        <translation>%1 宛ての通信は「%3」の NIC「%2」に届きますが、ゲスト OS の IP 転送が無効なため、パケットは破棄されます。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Azure Firewall &quot;%1&quot; denies this traffic from %2 to %3 port %4: no rule allows it, and what no rule allows is denied.</source>
        <translation>Azure Firewall「%1」は %2 から %3 ポート %4 へのこのトラフィックを拒否します。許可するルールがなく、どのルールも許可しないものは拒否されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure Firewall &quot;%1&quot; denies this traffic from %2 to %3 port %4 with rule &quot;%5&quot; of collection &quot;%6&quot; (group &quot;%7&quot;).</source>
        <translation>Azure Firewall「%1」は %2 から %3 ポート %4 へのこのトラフィックを、コレクション「%6」(グループ「%7」) のルール「%5」で拒否します。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Azure Firewall &quot;%1&quot; is in forced-tunneling mode, which does not support inbound DNAT: its replies leave by the tunnel, not the public IP the client reached.</source>
        <translation>Azure Firewall「%1」は強制トンネリング モードで、受信 DNAT をサポートしません。応答はクライアントが接続したパブリック IP ではなく、トンネル経由で出ていきます。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Azure Firewall &quot;%1&quot; cannot carry this %2 packet to the Internet: it translates only TCP and UDP to a public address.</source>
        <translation>Azure Firewall「%1」はこの %2 パケットをインターネットに送れません。パブリック アドレスに変換するのは TCP と UDP だけです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure Firewall &quot;%1&quot; treats %2 as private (its SNAT private ranges) and keeps the private source, so it cannot send the packet to the Internet.</source>
        <translation>Azure Firewall「%1」は %2 をプライベート (SNAT のプライベート範囲) として扱い、プライベートの送信元を保つため、パケットをインターネットに送れません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Azure Firewall &quot;%1&quot; has no public IP and its subnet no NAT gateway: Internet-bound traffic has no way out.</source>
        <translation>Azure Firewall「%1」にはパブリック IP がなく、そのサブネットには NAT ゲートウェイもないため、インターネット向けトラフィックの出口がありません。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 carries this traffic to private endpoint &quot;%2&quot; without translating its source %3. Microsoft documents SNAT as required for the reply to come back through it (reports say it works without).</source>
        <translation>%1 は送信元 %3 を変換せずに、このトラフィックをプライベート エンドポイント「%2」へ運びます。Microsoft は応答を同じ経路で戻すために SNAT が必要と記載しています (なくても動くという報告もあります)。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Load balancer &quot;%1&quot; answers the ping on %2 with &quot;Destination host unreachable&quot;: every member of pool &quot;%3&quot; is probed down.</source>
        <translation>ロード バランサー &quot;%1&quot; は %2 への ping に &quot;Destination host unreachable&quot; を返します。プール &quot;%3&quot; のメンバーはすべて正常性プローブで停止と判定されています。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Load balancer &quot;%1&quot; has no load-balancing rule on frontend &quot;%2&quot; for this %3 packet to port %4 (load balancers carry TCP and UDP only).</source>
        <translation>ロード バランサー「%1」には、フロントエンド「%2」でポート %4 宛てのこの %3 パケットに対する負荷分散規則がありません (ロード バランサーが運ぶのは TCP と UDP だけです)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load balancer &quot;%1&quot; reaches no healthy member of pool &quot;%2&quot; for rule &quot;%3&quot;: every health probe fails, so new flows are dropped.</source>
        <translation>ロード バランサー「%1」は、規則「%3」のプール「%2」に正常なメンバーを見つけられません。すべての正常性プローブが失敗しているため、新しいフローは破棄されます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a member of load balancer &quot;%2&quot;&apos;s pool and sends to its own frontend %3: Azure does not support this (hairpin); the flow fails.</source>
        <translation>%1 はロード バランサー「%2」のプールのメンバーで、自分のフロントエンド %3 に送信しています。Azure はこれ (ヘアピン) をサポートしないため、フローは失敗します。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; sends %2&apos;s packet to the Internet without translating it; Azure translates only the NIC&apos;s own addresses, so it is dropped. Enable SNAT on the NVA.</source>
        <translation>「%1」は %2 のパケットを変換せずにインターネットへ送ります。Azure が変換するのは NIC 自身のアドレスだけなので、パケットは破棄されます。NVA で SNAT を有効にしてください。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Subnet &quot;%1&quot; is private (no default outbound access) and has no NAT gateway, and %2 has no public IP: Internet-bound traffic has no way out.</source>
        <translation>サブネット「%1」はプライベート (既定の送信アクセスなし) で NAT ゲートウェイもなく、%2 にはパブリック IP もありません。インターネット向けの通信には出口がありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ICMP to the Internet leaves through %1, which carries only TCP and UDP; only an instance public IP carries ping.</source>
        <translation>インターネット宛ての ICMP は %1 から出ますが、%1 は TCP と UDP しか運びません。ping を運べるのはインスタンスのパブリック IP だけです。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%2 to the Internet leaves through %1, which carries only TCP and UDP; only an instance public IP carries it (IPsec can use NAT-T, UDP 4500).</source>
        <translation>インターネット宛ての %2 は %1 から出ますが、%1 は TCP と UDP しか運びません。運べるのはインスタンスのパブリック IP だけです (IPsec は NAT-T、UDP 4500 を使えます)。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The route sends the packet to the Internet, but %1 is a private address of %2: no peering, VPN or ExpressRoute connection leads there from here.</source>
        <translation>ルートはパケットをインターネットに送りますが、%1 は %2 のプライベート アドレスです。ここからそこへ至るピアリング、VPN、ExpressRoute 接続はありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 answers only requests from an Azure public IP address, but this request arrives from %2 (%3).</source>
        <translation>%1 は Azure のパブリック IP アドレスからの要求にしか応答しませんが、この要求は %2 (%3) から届きます。</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Gateway &quot;%1&quot; has learned no route for %2, and its default site &quot;%3&quot; has no VPN connection from it to carry the packet.</source>
        <translation>ゲートウェイ &quot;%1&quot; は %2 へのルートを学習しておらず、既定のサイト &quot;%3&quot; にはこのゲートウェイからの VPN 接続がないため、パケットを運べません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Gateway &quot;%1&quot; has learned no route for %2 and has no default site.</source>
        <translation>ゲートウェイ「%1」は %2 へのルートを学習しておらず、既定のサイトもありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gateway &quot;%1&quot; has no route it can forward %2 on.</source>
        <translation>ゲートウェイ &quot;%1&quot; には %2 を転送できるルートがありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ExpressRoute circuit &quot;%1&quot; has no route for %2 on private peering.</source>
        <translation>ExpressRoute 回線「%1」のプライベート ピアリングには %2 へのルートがありません。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No host of site &quot;%1&quot; holds %2.</source>
        <translation>サイト「%1」に %2 を持つホストはありません。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is reachable from site &quot;%2&quot; only over Microsoft peering, but the route filter of circuit &quot;%3&quot; does not carry its community %4, so no route to it is learned.</source>
        <translation>%1 にはサイト「%2」から Microsoft ピアリング経由でしか到達できませんが、回線「%3」のルート フィルターにそのコミュニティ %4 がないため、ルートは学習されません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Site &quot;%1&quot; has no Internet access and no route for %2.</source>
        <translation>サイト「%1」にはインターネット アクセスも %2 へのルートもありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site &quot;%1&quot; has no route for %2.</source>
        <translation>サイト「%1」には %2 へのルートがありません。</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The request reaches %1, but its reply to %2 stops at %3 (%4): the connection never completes.</source>
        <translation>要求は %1 に届きますが、%2 への応答は %3 で止まります (%4)。接続は成立しません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply to %1 arrives at %2, not at %3 that sent the request: the connection never completes.</source>
        <translation>%1 への応答は、要求を送った %3 ではなく %2 に届きます。接続は成立しません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 sends the request to %2, but the reply comes back from %3: the client drops it.</source>
        <translation>%1 は要求を %2 に送りますが、応答は %3 から戻ります。クライアントはそれを破棄します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request crosses the stateful device %1, but the reply to %2 bypasses it: %1 never sees the connection complete and drops what follows.</source>
        <translation>要求はステートフルなデバイス %1 を通りますが、%2 への応答はそれを迂回します。%1 は接続の確立を見ないため、後続のパケットを破棄します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reply to %1 crosses the stateful device %2, which did not carry the request: it drops the reply.</source>
        <translation>%1 への応答は、要求を運ばなかったステートフルなデバイス %2 を通るため、%2 が応答を破棄します。</translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <location filename="../model/advice/fix_advisor.cpp" line="+462"/>
        <source>Route %1&apos;s addresses straight to the Internet from subnet %2</source>
        <translation>%1 のアドレスをサブネット %2 からインターネットへ直接ルーティングする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A route table on subnet %1 sends the %2 address(es) of %3 to next hop Internet, so the request leaves from an Azure public address. Only these /32 routes change: the rest of the subnet&apos;s Internet traffic keeps its current path.</source>
        <translation>サブネット %1 のルート テーブルが %3 の %2 個のアドレスを次ホップ Internet に送るため、要求は Azure のパブリック アドレスから出ていきます。変わるのはこれらの /32 ルートだけで、サブネットのほかのインターネット向け通信は現在の経路のままです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alternative: give Azure services an Azure egress path</source>
        <translation>代替案: Azure サービス向けに Azure からの送信経路を用意する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 2015 article&apos;s other remedy was ExpressRoute public peering (now retired), which hairpins traffic to Azure public services; today an NVA or Azure Firewall in Azure with its own public IP does the same for every service. It changes more than the activation traffic and costs more than three routes.</source>
        <translation>2015 年の記事のもう 1 つの対処法は ExpressRoute のパブリック ピアリング (現在は廃止) で、Azure のパブリック サービス向けの通信を折り返していました。現在は、独自のパブリック IP を持つ Azure 内の NVA または Azure Firewall がすべてのサービスに対して同じことを行います。ライセンス認証の通信以外も変わり、3 つのルートよりコストがかかります。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+28"/>
        <source>Edit or move rule %1 of NSG %2</source>
        <translation>NSG %2 の規則 %1 を編集または移動する</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>NSG %1 has Azure&apos;s maximum of %2 rules, so no rule can be added: narrow or edit rule %3.</source>
        <translation>NSG %1 の規則は Azure の上限 %2 個に達しているため、規則を追加できません。規則 %3 を絞り込むか編集してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1 has priority %2, outside Azure&apos;s range of 100 to 4096: give it a valid priority first.</source>
        <translation>規則 %1 の優先度 %2 は Azure の範囲 (100 から 4096) の外です。先に有効な優先度を付けてください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No priority is free just above or just below rule %1 (%2), so no rule can be added without changing what others decide: narrow the rule, or renumber the rules around it.</source>
        <translation>規則 %1 (%2) のすぐ上にもすぐ下にも空いている優先度がないため、他の判定を変えずに規則を追加できません。規則の範囲を狭めるか、前後の規則の番号を振り直してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Allow this traffic in NSG %1 at priority %2 and move rule %3 to %4</source>
        <translation>NSG %1 で優先度 %2 でこの通信を許可し、規則 %3 を %4 に移動する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1 is at %2 and nothing can go above it, so it moves one number down (free, so nothing else changes) and the new rule takes its place; everything else rule %1 denies stays denied.</source>
        <translation>規則 %1 は %2 にあり、その上には何も置けないため、1 つ下の番号 (空いているので他は何も変わりません) に移動し、新しい規則がその位置に入ります。規則 %1 が拒否するその他の通信は拒否されたままです。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Allow this traffic in NSG %1 at priority %2, just above rule %3</source>
        <translation>NSG %1 で、規則 %3 のすぐ上の優先度 %2 でこの通信を許可する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule for exactly this source, destination, protocol and port; everything else rule %1 denies stays denied.</source>
        <translation>まさにこの送信元、宛先、プロトコル、ポートのための規則です。規則 %1 が拒否するそれ以外の通信は拒否されたままです。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Allow Application Gateway subnet %1 in NSG %2 at priority %3</source>
        <translation>NSG %2 で優先度 %3 により Application Gateway のサブネット %1 を許可する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probes and requests come from the gateway&apos;s instance addresses, which Azure takes from subnet %1 and may change when the gateway scales; allowing the subnet prefix covers them all.</source>
        <translation>プローブと要求はゲートウェイのインスタンス アドレスから送られます。これらのアドレスは Azure がサブネット %1 から割り当て、スケール時に変わることがあります。サブネットのプレフィックスを許可すれば、すべてをカバーできます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enable IP forwarding on NIC %1</source>
        <translation>NIC %1 で IP 転送を有効にする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure drops packets for other addresses at a NIC unless IP forwarding is on; the guest OS must forward too.</source>
        <translation>IP 転送が有効でない限り、Azure は NIC でほかのアドレス宛てのパケットを破棄します。ゲスト OS でも転送が必要です。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enable IP forwarding in the guest OS of %1</source>
        <translation>%1 のゲスト OS で IP 転送を有効にする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest step: the operating system must route packets between interfaces; Azure&apos;s NIC setting alone is not enough.</source>
        <translation>ゲスト側の手順です。オペレーティング システムがインターフェイス間でパケットをルーティングする必要があり、Azure の NIC 設定だけでは不十分です。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give NVA subnet %1 its own 0.0.0.0/0 → Internet route</source>
        <translation>NVA のサブネット %1 に独自の 0.0.0.0/0 → Internet ルートを設定する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route Server programs the default route the NVA announces into every subnet, the NVA&apos;s own included; a user route on the NVA&apos;s subnet wins over it and sends the NVA&apos;s traffic out (RSTS). Other subnets keep using the NVA.</source>
        <translation>Route Server は NVA がアドバタイズする既定ルートを、NVA 自身のサブネットを含むすべてのサブネットに設定します。NVA のサブネットのユーザー定義ルートはそれより優先され、NVA の通信を外へ送ります (RSTS)。ほかのサブネットは引き続き NVA を使います。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add community %1 to the route filter of circuit %2</source>
        <translation>回線 %2 のルート フィルターにコミュニティ %1 を追加する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft peering advertises only the prefixes whose communities the route filter allows (circuits since August 2017 learn none without a filter). Adding %1 brings the prefixes of %2.</source>
        <translation>Microsoft ピアリングは、ルート フィルターが許可するコミュニティのプレフィックスだけをアドバタイズします (2017 年 8 月以降の回線は、フィルターがないと何も学習しません)。%1 を追加すると %2 のプレフィックスが届きます。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Alternative: reach %1 through a proxy or a private endpoint</source>
        <translation>代替案: プロキシまたはプライベート エンドポイント経由で %1 に到達する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An HTTPS proxy with Internet access, or Azure Arc Private Link Scope endpoints over private peering, avoid changing the route filter; Entra ID and Azure Resource Manager stay public either way.</source>
        <translation>インターネットにアクセスできる HTTPS プロキシ、またはプライベート ピアリング経由の Azure Arc Private Link Scope エンドポイントを使えば、ルート フィルターを変更せずに済みます。どちらの場合も Entra ID と Azure Resource Manager はパブリックのままです。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a route in the guest for NIC %1 through %2</source>
        <translation>NIC %1 用のルートを %2 経由でゲストに追加する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest step: Azure&apos;s DHCP gives only the primary NIC a default gateway. Add a default route for this NIC&apos;s address (policy routing on Linux, a route with a higher metric on Windows); the subnet&apos;s gateway is its first address.</source>
        <translation>ゲスト側の手順です。Azure の DHCP はプライマリ NIC にしか既定ゲートウェイを設定しません。この NIC のアドレス用の既定ルートを追加してください (Linux ではポリシー ルーティング、Windows ではメトリックの大きいルート)。サブネットのゲートウェイはその最初のアドレスです。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+155"/>
        <source>Translate forwarded traffic to the NVA&apos;s own address on %1</source>
        <translation>%1 で、転送する通信を NVA 自身のアドレスに変換する</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>A guest step: Azure&apos;s outbound translation covers only the NIC&apos;s own addresses, so an NVA must SNAT (masquerade) what it forwards to the Internet.</source>
        <translation>ゲスト側の手順です。Azure の送信方向の変換は NIC 自身のアドレスにしか適用されないため、NVA はインターネットへ転送する通信を SNAT (マスカレード) する必要があります。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Give subnet %1 a NAT gateway (recommended)</source>
        <translation>サブネット %1 に NAT ゲートウェイを付ける (推奨)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An explicit outbound method, as Microsoft recommends for private subnets: a NAT gateway with a Standard public IP that Azure allocates; add the NAT gateway and its address to the file once it exists.</source>
        <translation>Microsoft がプライベート サブネットに推奨する明示的な送信方法です: Azure が割り当てる Standard パブリック IP を持つ NAT ゲートウェイ。作成後に NAT ゲートウェイとそのアドレスをファイルに追加してください。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Turn default outbound access back on for subnet %1</source>
        <translation>サブネット %1 の既定の送信アクセスを再び有効にする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quickest way out; Microsoft recommends an explicit method instead (a NAT gateway or a public IP), and VMs must be stopped and deallocated for the change to apply.</source>
        <translation>最も手早い方法ですが、Microsoft は明示的な方法 (NAT ゲートウェイまたはパブリック IP) を推奨しています。変更を反映するには VM を停止して割り当て解除する必要があります。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Send requests to %1 from subnet %2 through NVA %3</source>
        <translation>サブネット %2 から %1 への要求を NVA %3 経由で送る</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply already crosses the NVA; a user route on the client&apos;s subnet makes the request cross it too, so its connection tracking sees both directions.</source>
        <translation>応答はすでに NVA を通っています。クライアントのサブネットのユーザー定義ルートにより要求も NVA を通り、その接続追跡が両方向を見られます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A guest step: with SNAT (masquerade) the destination answers the NVA&apos;s address, so every reply comes back through the NVA that keeps the connection; the destination then sees the NVA as the source.</source>
        <translation>ゲストでの手順: SNAT (マスカレード) により宛先は NVA のアドレスに応答するため、すべての応答は接続を保持する NVA を通って戻ります。宛先からは NVA が送信元に見えます。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send replies to %1 from subnet %2 through NVA %3</source>
        <translation>サブネット %2 から %1 への応答を NVA %3 経由で送る</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user route on the destination&apos;s subnet makes the reply take the NVA the request crossed, so its connection tracking sees both directions. Widen the prefix to the client&apos;s subnet where many clients are affected.</source>
        <translation>宛先のサブネットのユーザー定義ルートにより、応答は要求が通った NVA を通り、その接続追跡が両方向を見られます。多くのクライアントが影響を受ける場合は、プレフィックスをクライアントのサブネットまで広げてください。</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Allow this flow on Azure Firewall %1 in collection %2</source>
        <translation>Azure Firewall %1 のコレクション %2 でこのフローを許可する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network rule for exactly this source, destination and port, in an allow collection that Azure evaluates before the rule that denied it (network rules before application rules, then by group and collection priority).</source>
        <translation>この送信元・宛先・ポートだけを対象とするネットワーク ルールを、拒否したルールより先に Azure が評価する許可コレクションに追加します (ネットワーク ルールはアプリケーション ルールより先、その後はグループとコレクションの優先度順)。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove deny rule %1 from collection %2 of Azure Firewall %3</source>
        <translation>Azure Firewall %3 のコレクション %2 から拒否ルール %1 を削除する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No allow collection comes before the deny, so the deny rule itself goes (everything else it matched is then allowed or denied by the rules after it), and a rule for exactly this flow goes into the first allow collection.</source>
        <translation>拒否より前に許可コレクションがないため、拒否ルールそのものを削除し (このルールに一致していたほかのトラフィックは、その後のルールで許可または拒否されます)、このフローだけを対象とするルールを最初の許可コレクションに追加します。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Remove route %1 (%2) from route table %3</source>
        <translation>ルート テーブル %3 からルート %1 (%2) を削除する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The route covers AzureFirewallSubnet, so replies to Azure Firewall %1&apos;s instance address go to its front end and may reach another instance. Without it, the peering route takes them straight to the instance that holds the session.</source>
        <translation>このルートは AzureFirewallSubnet を含むため、Azure Firewall %1 のインスタンス アドレスへの応答がフロントエンドに送られ、別のインスタンスに届くことがあります。削除すると、ピアリング ルートによってセッションを持つインスタンスに直接届きます。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Route 0.0.0.0/0 to the Internet from subnet %1 of %2</source>
        <translation>%2 のサブネット %1 から 0.0.0.0/0 を Internet へルーティングする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user route 0.0.0.0/0 with next hop Internet on the gateway&apos;s subnet beats the learned default route, so the listener&apos;s replies leave the way requests came; Microsoft requires it for v2 gateways.</source>
        <translation>ゲートウェイのサブネットに次ホップ Internet の 0.0.0.0/0 ユーザー定義ルートを置くと、学習した既定ルートに優先し、リスナーの応答は要求が来た経路で出ていきます。v2 ゲートウェイでは Microsoft がこれを必須としています。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send replies to %1 back to the Internet from subnet %2</source>
        <translation>%1 への応答をサブネット %2 からインターネットへ戻す</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A more specific user route for the client&apos;s prefix beats the forced-tunnel default route, so replies leave the way the request came (azure-facts §2.3). Other Internet traffic stays forced; publishing through the NVA or a load balancer on its path is the alternative.</source>
        <translation>クライアントのプレフィックスに対するより具体的なユーザー ルートは強制トンネリングの既定ルートより優先されるため、応答は要求が来た経路で戻ります (azure-facts §2.3)。ほかのインターネット向け通信は強制されたままです。代替案は NVA または経路上のロード バランサー経由での公開です。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Allow forwarded traffic on peering %1</source>
        <translation>ピアリング %1 で転送されたトラフィックを許可する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic an NVA forwards did not originate in the peered VNet; Azure lets it in only with &quot;allow forwarded traffic&quot; on the peering. Set it on both sides in Azure.</source>
        <translation>NVA が転送する通信はピアリングされた VNet から発信されたものではありません。Azure は、ピアリングで「転送されたトラフィックを許可する」が有効な場合にのみ受け入れます。Azure で両側に設定してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Traffic an NVA forwards did not originate in the peered VNet; Azure lets it in only with &quot;allow forwarded traffic&quot; on the receiving VNet&apos;s side of the peering, here %1&apos;s.</source>
        <translation>NVA が転送するトラフィックはピアリング先の VNet から発したものではありません。Azure は、受け取る側 (ここでは %1) のピアリングで「転送されたトラフィックを許可する」が有効なときだけ通します。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Create NSG %1 on NIC %2 allowing %3 from %4</source>
        <translation>NIC %2 に、%4 からの %3 を許可する NSG %1 を作成する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard public IPs admit nothing until an NSG allows it. The rule admits only this client and port; widen the source deliberately if others need it.</source>
        <translation>Standard パブリック IP は、NSG が許可するまで何も受け付けません。この規則はこのクライアントとポートだけを許可します。ほかにも必要な場合は意図して送信元を広げてください。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Route %1 and %2 to each other through %3 in %4</source>
        <translation>%1 と %2 の相互の通信を %4 の %3 経由でルーティングする</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peering is not transitive: two spokes of one hub reach each other only through something in the hub that forwards. A user route on each side (for the other spoke&apos;s space) sends the traffic there, both ways.</source>
        <translation>ピアリングは推移的ではありません。同じハブの 2 つのスポークは、ハブ内で転送するものを経由してのみ互いに到達できます。両側のユーザー定義ルート (相手のスポークの空間向け) が、双方向のトラフィックをそこへ送ります。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alternative: peer %1 and %2 directly</source>
        <translation>代替案: %1 と %2 を直接ピアリングする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A direct peering gives each VNet a route to the other&apos;s space; add it to the drawing once it exists (a peering is one object per direction in Azure).</source>
        <translation>直接ピアリングにより各 VNet に相手のアドレス空間へのルートができます。作成後に図へ追加してください (Azure ではピアリングは方向ごとに 1 つのオブジェクトです)。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Alternative: connect a site to gateway %1 as its default site, or learn 0.0.0.0/0 over BGP</source>
        <translation>代替案: サイトをゲートウェイ %1 に接続して既定のサイトにする、または BGP で 0.0.0.0/0 を学習する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A VPN gateway sends what it has learned no route for to its default site, which must be a site it has a VPN connection to; gateway %1 has none to choose. Connect the on-premises site that is to carry this traffic and make it the default site, or have that site announce 0.0.0.0/0 over BGP. If the traffic is not meant to leave through on-premises, route the subnet&apos;s 0.0.0.0/0 to the Internet instead.</source>
        <translation>VPN ゲートウェイは、ルートを学習していない宛先への通信を既定のサイトへ送ります。既定のサイトは VPN 接続のあるサイトでなければなりませんが、ゲートウェイ %1 には選べるサイトがありません。この通信を運ぶオンプレミス サイトを接続して既定のサイトにするか、そのサイトから BGP で 0.0.0.0/0 をアナウンスしてください。オンプレミス経由で出ていく想定でない通信なら、代わりにサブネットの 0.0.0.0/0 をインターネットへルーティングしてください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Make site %1 the default site of gateway %2</source>
        <translation>サイト %1 をゲートウェイ %2 の既定のサイトにする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VPN gateway sends what it has learned no route for to its default site (forced tunnelling). The gateway must be route-based, and the device of site %1 must accept 0.0.0.0/0 as its traffic selector and send Internet traffic on from its own address.</source>
        <translation>VPN ゲートウェイは、ルートを学習していない宛先への通信を既定のサイトへ送ります (強制トンネリング)。ゲートウェイはルート ベースである必要があり、サイト %1 のデバイスはトラフィック セレクターとして 0.0.0.0/0 を受け入れ、インターネット向けの通信を自身のアドレスから送り出す必要があります。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Send traffic for private endpoint %1 through %2</source>
        <translation>プライベート エンドポイント %1 宛てのトラフィックを %2 経由にする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With route-table network policies on subnet %1, a user route for %2 (no broader than the VNet&apos;s range) in the client&apos;s route table marks the endpoint&apos;s /32 Invalid, and the traffic follows the user route to %3. Other subnets&apos; traffic to the endpoint keeps its path unless their tables route it too.</source>
        <translation>サブネット %1 でルート テーブルのネットワーク ポリシーを有効にし、クライアントのルート テーブルに %2 (VNet の範囲より広くない) のユーザー ルートを置くと、エンドポイントの /32 は無効になり、トラフィックはユーザー ルートに従って %3 へ向かいます。ほかのサブネットからエンドポイントへのトラフィックは、そのテーブルにも経路がない限り今の経路のままです。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Give the VM an instance-level public IP</source>
        <translation>VM にインスタンス レベルのパブリック IP を付ける</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A NAT gateway, a load balancer&apos;s outbound SNAT, default outbound access and Azure Firewall carry only TCP and UDP to the Internet. A public IP on the VM&apos;s own NIC carries ICMP, ESP and AH too; for IPsec, NAT traversal (UDP 4500) passes a NAT gateway.</source>
        <translation>NAT ゲートウェイ、ロード バランサーの送信 SNAT、既定の送信アクセス、Azure Firewall はインターネットへ TCP と UDP しか運びません。VM 自身の NIC のパブリック IP なら ICMP、ESP、AH も運びます。IPsec では NAT トラバーサル (UDP 4500) が NAT ゲートウェイを通ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make the health probe succeed on a member</source>
        <translation>メンバーの正常性プローブを成功させる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The load balancer sends nothing to a member its probe finds down. The probe comes from 168.63.129.16 (service tag AzureLoadBalancer): the member&apos;s NSGs must allow it on the probe port, and the service must answer there. In the design, a member&apos;s &quot;healthy&quot; says what the probe finds.</source>
        <translation>ロード バランサーは、プローブで停止と判定したメンバーには何も送りません。プローブは 168.63.129.16 (サービス タグ AzureLoadBalancer) から来るので、メンバーの NSG がプローブのポートで許可し、サービスがそこで応答する必要があります。設計では、メンバーの &quot;healthy&quot; がプローブの結果を表します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a load-balancing rule for this protocol and port</source>
        <translation>このプロトコルとポートの負荷分散規則を追加する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A load balancer forwards only what a rule names: TCP or UDP on the rule&apos;s frontend port, or every port with an HA-ports rule (protocol All, ports 0) on an internal frontend. ICMP and other protocols are never forwarded to the members.</source>
        <translation>ロード バランサーが転送するのは規則に書かれたものだけです。規則のフロントエンド ポートの TCP か UDP、または内部フロントエンドの HA ポート規則 (プロトコル All、ポート 0) なら全ポートです。ICMP などほかのプロトコルはメンバーへ転送されません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reach the service without its own frontend</source>
        <translation>自分のフロントエンドを通さずにサービスへ到達する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A member of an internal load balancer&apos;s pool cannot reach that load balancer&apos;s frontend. Call another member directly, or run the client outside the pool.</source>
        <translation>内部ロード バランサーのプールのメンバーは、そのロード バランサーのフロントエンドに到達できません。別のメンバーを直接呼び出すか、クライアントをプールの外で動かしてください。</translation>
    </message>
</context>
<context>
    <name>HopKind</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="+56"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NVA</source>
        <translation>NVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute circuit</source>
        <translation>ExpressRoute 回線</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on-premises site</source>
        <translation>オンプレミス サイト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on-premises host</source>
        <translation>オンプレミス ホスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application Gateway</source>
        <translation>Application Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure platform</source>
        <translation>Azure プラットフォーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route Server</source>
        <translation>Route Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load balancer</source>
        <translation>ロード バランサー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private endpoint</source>
        <translation>プライベート エンドポイント</translation>
    </message>
</context>
<context>
    <name>HopText</name>
    <message>
        <location filename="../views/panels/hop_text.cpp" line="+18"/>
        <source>default outbound address</source>
        <translation>既定の送信アドレス</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2%3 (source %4%5)</source>
        <translation>%1 → %2%3 (ソース %4%5)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>; beat %n other matching route(s)</source>
        <translation>
            <numerusform>、ほかに一致した %n 個のルートより優先</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2: rule %3 (priority %4) → %5</source>
        <translation>%1 %2: 規則 %3 (優先度 %4) → %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; hidden platform allowance %1 — IP flow verify says %2</source>
        <translation>、非表示のプラットフォーム許可 %1 — IP フロー検証の結果は %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>an unresolved address</source>
        <translation>未解決のアドレス</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Route: %1</source>
        <translation>ルート: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSG: %1</source>
        <translation>NSG: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source translated: %1 → %2</source>
        <translation>送信元の変換: %1 → %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../model/import/arm_mapper.cpp" line="+283"/>
        <source>public IP address %1 has no address in the input (Azure allocates it at deployment): left out</source>
        <translation>パブリック IP アドレス %1 には入力にアドレスがありません (Azure がデプロイ時に割り当てます)。取り込みません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>public IP address %1 is not in the input: left out</source>
        <translation>パブリック IP アドレス %1 は入力にありません。取り込みません</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>peering %1 of %2 leads to %3, which is not in the input: left out</source>
        <translation>%2 のピアリング %1 の相手 %3 は入力にありません。取り込みません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>peering %1 of %2 is %3, not Connected: it carries nothing and is left out</source>
        <translation>%2 のピアリング %1 は Connected ではなく %3 です。何も運ばないため取り込みません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>peering %1 of %2 leads to %2 itself: left out</source>
        <translation>%2 のピアリング %1 の相手は %2 自身です。取り込みません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>peering %1 from %2 to %3 has no peering back in the input: Azure carries nothing until both sides exist; left out</source>
        <translation>%2 から %3 へのピアリング %1 には、入力に逆方向のピアリングがありません。両側がそろうまで Azure は何も運ばないため、取り込みません</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>IPv6 prefix %1 left out (Pathlight models IPv4)</source>
        <translation>IPv6 プレフィックス %1 は取り込みません (Pathlight は IPv4 を扱います)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>subnet %1 of %2 has no IPv4 prefix in the input</source>
        <translation>%2 のサブネット %1 には入力に IPv4 プレフィックスがありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>subnet %1 has %2 prefixes; Pathlight keeps the first, %3</source>
        <translation>サブネット %1 にはプレフィックスが %2 個あります。Pathlight は最初の %3 を使います</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>rule %1 names application security group %2, which is not in the input</source>
        <translation>ルール %1 が指定するアプリケーション セキュリティ グループ %2 は入力にありません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rule %1 is about IPv6 addresses only: left out</source>
        <translation>ルール %1 は IPv6 アドレスだけが対象です。取り込みません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>route %1 to IPv6 prefix %2 left out (Pathlight models IPv4)</source>
        <translation>IPv6 プレフィックス %2 へのルート %1 は取り込みません (Pathlight は IPv4 を扱います)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>public IP prefix %1 has no prefix in the input: left out</source>
        <translation>パブリック IP プレフィックス %1 には入力にプレフィックスがありません。取り込みません</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Microsoft peering NAT addresses of %1 are the first address of each advertised public prefix</source>
        <translation>%1 の Microsoft ピアリングの NAT アドレスは、アドバタイズされた各パブリック プレフィックスの最初のアドレスとしました</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>route filter %1 is not in the input: no Microsoft prefixes are learned</source>
        <translation>ルート フィルター %1 は入力にありません。Microsoft のプレフィックスは学習されません</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 stands for the on-premises network behind circuit %2, which Azure does not describe</source>
        <translation>%1 は回線 %2 の先にあるオンプレミス ネットワークの代わりです (Azure には記述がありません)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which prefixes does on-premises announce over circuit %1? Add them to %2&apos;s address space (Azure keeps them in the gateway&apos;s learned routes only)</source>
        <translation>オンプレミスは回線 %1 でどのプレフィックスをアナウンスしていますか? %2 のアドレス空間に追加してください (Azure はゲートウェイの学習済みルートにしか持っていません)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the VPN device of %1 is named by FQDN %2, which Pathlight does not resolve: the site has no public address</source>
        <translation>%1 の VPN デバイスは FQDN %2 で指定されていますが、Pathlight は名前解決しないため、サイトにパブリック アドレスがありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which prefixes does %1 announce over BGP? Pathlight assumes its address space</source>
        <translation>%1 は BGP でどのプレフィックスをアナウンスしていますか? Pathlight はそのアドレス空間と仮定しています</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gateway %1 has type &quot;%2&quot;: left out</source>
        <translation>ゲートウェイ %1 の種類は「%2」です。取り込みません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>gateway %1&apos;s virtual network is not in the input: left out</source>
        <translation>ゲートウェイ %1 の仮想ネットワークは入力にありません。取り込みません</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>&quot;%1&quot; is not a valid IPv4 prefix (%2): left out</source>
        <translation>「%1」は有効な IPv4 プレフィックスではありません (%2)。取り込みません</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>subnet %1&apos;s %2 %3 is not in the input: left out</source>
        <translation>サブネット %1 の %2 %3 は入力にありません。この参照は取り込みません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route table</source>
        <translation>ルート テーブル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+8"/>
        <source>route %1: &quot;%2&quot; is not a valid IPv4 prefix (%3): left out</source>
        <translation>ルート %1: 「%2」は有効な IPv4 プレフィックスではありません (%3)。取り込みません</translation>
    </message>
    <message>
        <location line="+222"/>
        <location line="+41"/>
        <source>connection %1&apos;s gateway is not in the input: left out</source>
        <translation>接続 %1 のゲートウェイは入力にありません。取り込みません</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>connection %1&apos;s local network gateway is not in the input: left out</source>
        <translation>接続 %1 のローカル ネットワーク ゲートウェイは入力にありません。取り込みません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>connection %1 names no circuit: left out</source>
        <translation>接続 %1 には回線の指定がありません。取り込みません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>connection %1 has type &quot;%2&quot;: left out</source>
        <translation>接続 %1 の種類は「%2」です。取り込みません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>gateway %1 has no connection in the input: nothing on-premises is reached through it</source>
        <translation>ゲートウェイ %1 には入力に接続がありません。これを通って届くオンプレミスはありません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>circuit %1 is not in the input (often another subscription): a placeholder with private peering stands for it</source>
        <translation>回線 %1 は入力にありません (別のサブスクリプションにあることがよくあります)。プライベート ピアリングを持つ仮の回線で代用します</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VM %1&apos;s network interface %2 is not in the input</source>
        <translation>VM %1 のネットワーク インターフェイス %2 は入力にありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VM %1 names network interface %2, which another VM already has: Azure attaches a NIC to one VM only; left out here</source>
        <translation>VM %1 が指定するネットワーク インターフェイス %2 は、すでに別の VM のものです。Azure は NIC を 1 台の VM にしか接続しないため、ここでは取り込みません</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>network interface %1 has no VM in the input: VM %2 (Linux) stands for it</source>
        <translation>ネットワーク インターフェイス %1 の VM は入力にありません。VM %2 (Linux) で代用します</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>IPv6 configuration %1 of %2 left out (Pathlight models IPv4)</source>
        <translation>%2 の IPv6 構成 %1 は取り込みません (Pathlight は IPv4 を扱います)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>network interface %1&apos;s subnet %2 is not in the input: left out</source>
        <translation>ネットワーク インターフェイス %1 のサブネット %2 は入力にありません。取り込みません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>network interface %1&apos;s address &quot;%2&quot; is not an IPv4 address</source>
        <translation>ネットワーク インターフェイス %1 のアドレス「%2」は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>network interface %1 has no private address and its subnet has none free: left out</source>
        <translation>ネットワーク インターフェイス %1 にはプライベート アドレスがなく、サブネットにも空きがありません。取り込みません</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+450"/>
        <location line="+136"/>
        <source>%1 takes %2, the first free address of its subnet, as Azure allocates dynamic addresses</source>
        <translation>%1 には、Azure が動的アドレスを割り当てるのと同じく、サブネットの最初の空きアドレス %2 を割り当てました</translation>
    </message>
    <message>
        <location line="-574"/>
        <source>What is the address of %1&apos;s public IP %2? Without it, Pathlight traces %1 as having none (its Internet traffic then leaves by default outbound access or a NAT gateway); add it as the ipConfiguration&apos;s publicIp</source>
        <translation>%1 のパブリック IP %2 のアドレスは何ですか? アドレスがないと、Pathlight は %1 をパブリック IP なしとしてトレースします (インターネット向けトラフィックは既定の送信アクセスか NAT ゲートウェイから出ます)。ipConfiguration の publicIp として追加してください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>network interface %1&apos;s NSG %2 is not in the input: left out</source>
        <translation>ネットワーク インターフェイス %1 の NSG %2 は入力にありません。取り込みません</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 is taken as a network virtual appliance: IP forwarding is on at its NIC</source>
        <translation>%1 をネットワーク仮想アプライアンスとみなしました。NIC で IP 転送が有効です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is taken as a network virtual appliance: routes or Route Server name its address</source>
        <translation>%1 をネットワーク仮想アプライアンスとみなしました。ルートか Route Server がそのアドレスを指定しています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does %1&apos;s operating system forward packets, translate sources (SNAT) or speak BGP? Azure cannot see inside the guest; Pathlight assumes it forwards, without SNAT</source>
        <translation>%1 の OS はパケットを転送しますか? 送信元を変換 (SNAT) しますか? BGP を話しますか? Azure からゲストの中は見えません。Pathlight は SNAT なしで転送すると仮定しています</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>virtual hub %1 belongs to a Virtual WAN, which Pathlight does not model: left out</source>
        <translation>仮想ハブ %1 は Virtual WAN に属しており、Pathlight はモデル化していません。取り込みません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Route Server %1 has no ipConfigurations in the input: it is placed in %2, whose subnet holds its addresses</source>
        <translation>Route Server %1 には入力に ipConfigurations がありません。そのアドレスを含むサブネットのある %2 に配置しました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route Server %1 has no subnet in the input (its ipConfigurations): left out</source>
        <translation>Route Server %1 には入力にサブネット (ipConfigurations) がありません。取り込みません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Route Server %1&apos;s addresses are taken as %2 and %3, the first two Azure gives out in RouteServerSubnet</source>
        <translation>Route Server %1 のアドレスは、Azure が RouteServerSubnet で最初に割り当てる 2 つ、%2 と %3 としました</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Route Server peer %1 (%2) matches no NIC address in the input: left out</source>
        <translation>Route Server のピア %1 (%2) は入力のどの NIC のアドレスとも一致しません。取り込みません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Route Server %1 has no BGP peer in the input: it learns and programs no routes</source>
        <translation>Route Server %1 には入力に BGP ピアがありません。ルートを学習もプログラムもしません</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>firewall %1&apos;s private address is not in the input: Pathlight takes %2, the first address Azure gives out in AzureFirewallSubnet</source>
        <translation>ファイアウォール %1 のプライベート アドレスは入力にありません。Azure が AzureFirewallSubnet で最初に割り当てる %2 としました</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>firewall %1&apos;s AzureFirewallSubnet is not in the input: left out</source>
        <translation>ファイアウォール %1 の AzureFirewallSubnet は入力にありません。取り込みません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>firewall %1&apos;s policy %2 is not in the input: Pathlight sees no rules, so it denies everything</source>
        <translation>ファイアウォール %1 のポリシー %2 は入力にありません。ルールが見えないため、すべて拒否されます</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>policy %1 inherits from a parent policy, whose rules Pathlight does not read</source>
        <translation>ポリシー %1 は親ポリシーを継承していますが、Pathlight は親のルールを読みません</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>firewall rule %1 uses IP groups, which Pathlight does not read: those addresses are left out</source>
        <translation>ファイアウォール ルール %1 は IP グループを使っていますが、Pathlight は読みません。そのアドレスは取り込みません</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>firewall %1&apos;s classic rule collections are read as one rule collection group, &quot;classic-rules&quot;</source>
        <translation>ファイアウォール %1 のクラシック ルール コレクションは、1 つのルール コレクション グループ「classic-rules」として読み込みました</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>frontend %1 of %2 has no subnet or address in the input: left out</source>
        <translation>%2 のフロントエンド %1 には入力にサブネットかアドレスがありません。取り込みません</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>load-balancing rule %1 of %2 names no frontend or pool in the input: left out</source>
        <translation>%2 の負荷分散規則 %1 は入力にあるフロントエンドまたはプールを指定していません。取り込みません</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>private endpoint %1 has no subnet or address in the input: left out</source>
        <translation>プライベート エンドポイント %1 には入力にサブネットかアドレスがありません。取り込みません</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Application Gateway %1&apos;s subnet is not in the input: left out</source>
        <translation>Application Gateway %1 のサブネットは入力にありません。取り込みません</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Application Gateway %1&apos;s instance addresses are in no Azure output: Pathlight shows &quot;an address of its subnet&quot;; add instanceIps if you know them</source>
        <translation>Application Gateway %1 のインスタンスのアドレスはどの Azure の出力にもありません。Pathlight は「サブネットのいずれかのアドレス」と表示します。わかる場合は instanceIps を追加してください</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 of %2 is a secret: not copied</source>
        <translation>%2 の %1 はシークレットです。コピーしません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 belongs to %2, which is not in the input: left out</source>
        <translation>%1 は %2 に属しますが、%2 は入力にありません。取り込みません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type %1 is not part of Pathlight&apos;s model: left out</source>
        <translation>種類 %1 は Pathlight のモデルにありません。取り込みません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type %1 is not a network resource: left out</source>
        <translation>種類 %1 はネットワーク リソースではありません。取り込みません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type %1 is part of Virtual WAN, which Pathlight does not model: left out</source>
        <translation>種類 %1 は Virtual WAN の一部で、Pathlight はモデル化していません。取り込みません</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="+84"/>
        <source>the folder holds no .json files</source>
        <translation>フォルダーに .json ファイルがありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such file or folder</source>
        <translation>そのようなファイルやフォルダーはありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 input files</source>
        <translation>入力ファイルが %1 個を超えています</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読めません: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has %1 bytes, more than the limit of %2</source>
        <translation>ファイルは %1 バイトで、上限の %2 を超えています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the file</source>
        <translation>ファイルを読めません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not JSON at line %1, column %2: %3</source>
        <translation>%1 行 %2 列が JSON ではありません: %3</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>%1 left out: %2</source>
        <translation>%1 は取り込みません: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>a legacy Azure building-blocks (azbb) file, not an ARM template: refused. Deploy it and import the resource group&apos;s export or az output instead</source>
        <translation>旧式の Azure building-blocks (azbb) ファイルで、ARM テンプレートではないため拒否しました。デプロイしてから、リソース グループのエクスポートか az の出力をインポートしてください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Terraform state is not supported yet: refused. Import the resource groups&apos; exports or az output instead</source>
        <translation>Terraform の状態ファイルにはまだ対応していないため拒否しました。代わりにリソース グループのエクスポートか az の出力をインポートしてください</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a parameters file: expected {&quot;parameters&quot;: {&quot;name&quot;: {&quot;value&quot;: ...}}}</source>
        <translation>パラメーター ファイルではありません。{&quot;parameters&quot;: {&quot;name&quot;: {&quot;value&quot;: ...}}} の形式が必要です</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the template cannot be expanded: %1</source>
        <translation>テンプレートを展開できません: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the template is evaluated as deployed to subscription %1, resource group %2, location %3 (--context changes them)</source>
        <translation>テンプレートは、サブスクリプション %1、リソース グループ %2、場所 %3 にデプロイされたものとして評価しました (--context で変更できます)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>secure parameter %1 is a secret: not read, and what uses it is left out</source>
        <translation>セキュア パラメーター %1 はシークレットです。読み取らず、これを使うものは取り込みません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a secret: not copied</source>
        <translation>%1 はシークレットです。コピーしません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not evaluated (%1): %2; what depends on it is left out</source>
        <translation>評価しません (%1): %2。これに依存するものは取り込みません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no Azure resources found: neither resource JSON with ids nor an ARM template</source>
        <translation>Azure リソースが見つかりません。ID を持つリソースの JSON でも ARM テンプレートでもありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>effective routes or security rules: Azure&apos;s answers, not a network description; not imported (trace the imported network and compare)</source>
        <translation>有効なルートまたはセキュリティ規則です。Azure の回答であってネットワークの記述ではないため、インポートしません (インポートしたネットワークをトレースして比較してください)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a parameters file that no template in the input uses: ignored (name it &quot;&lt;template&gt;.parameters.json&quot; or give --parameters)</source>
        <translation>入力のどのテンプレートも使わないパラメーター ファイルです。無視しました (「&lt;テンプレート&gt;.parameters.json」という名前にするか、--parameters で指定してください)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the template deploys its resources through %1 linked templates on the web, which Pathlight does not fetch: import the deployed resource group&apos;s export or az output instead</source>
        <translation>このテンプレートは Web 上の %1 個のリンク テンプレートでリソースをデプロイしますが、Pathlight は取得しません。デプロイ済みリソース グループのエクスポートか az の出力をインポートしてください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no resource could be imported: a value could not be evaluated (%1): %2</source>
        <translation>どのリソースもインポートできません。値を評価できませんでした (%1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no resource could be named: %1 values depend on parameters without a value; give them with --parameters FILE</source>
        <translation>どのリソースにも名前を付けられません。%1 個の値が値のないパラメーターに依存しています。--parameters FILE で指定してください</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no Azure resources to import in the input</source>
        <translation>入力にインポートする Azure リソースがありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this copy of %1 gives %2 another value than an earlier one: this later value is used</source>
        <translation>この %1 の写しは、%2 に前の写しと異なる値を持っています。後の値を使います</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the imported network does not load: %1</source>
        <translation>インポートしたネットワークを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../model/import/resolved_input.cpp" line="+146"/>
        <source>not an Azure resource (no resource id): skipped</source>
        <translation>Azure リソースではありません (リソース ID がありません)。スキップしました</translation>
    </message>
    <message>
        <location filename="../model/import/suggested_flows.cpp" line="+56"/>
        <source>%1 activates Windows with Azure KMS (TCP 1688)</source>
        <translation>%1 が Azure KMS で Windows をライセンス認証する (TCP 1688)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (subnet %2) reaches the Internet on HTTPS (443)</source>
        <translation>%1 (サブネット %2) から HTTPS (443) でインターネットに届く</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) reaches on-premises %3</source>
        <translation>%1 (%2) からオンプレミスの %3 に届く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on-premises %1 reaches %2 (%3)</source>
        <translation>オンプレミスの %1 から %2 (%3) に届く</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) reaches %3 (%4), spoke to spoke</source>
        <translation>%1 (%2) から %3 (%4) に届く (スポーク間)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) reaches Azure&apos;s platform address 168.63.129.16 (VM agent, TCP 80)</source>
        <translation>%1 (%2) から Azure のプラットフォーム アドレス 168.63.129.16 に届く (VM エージェント、TCP 80)</translation>
    </message>
    <message>
        <location filename="../views/text/import_text.cpp" line="+20"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret dropped</source>
        <translation>シークレットを除外</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unresolved</source>
        <translation>未解決</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inferred</source>
        <translation>推定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half-configured</source>
        <translation>構成が不完全</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>not read</source>
        <translation>読み取れなかったもの</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resolved resource JSON</source>
        <translation>解決済みリソース JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ARM template or export</source>
        <translation>ARM テンプレートまたはエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameters file</source>
        <translation>パラメーター ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diagnostic output</source>
        <translation>診断の出力</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Files read:</source>
        <translation>読み込んだファイル:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%2, %n resources)</source>
        <translation>
            <numerusform>%1 (%2、リソース %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources by type:</source>
        <translation>種類別のリソース:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from %1</source>
        <translation>%1 からインポート</translation>
    </message>
</context>
<context>
    <name>Ipv4</name>
    <message>
        <location filename="../model/ip/ipv4.cpp" line="+44"/>
        <source>expected four dot-separated numbers</source>
        <translation>ドットで区切った 4 つの数値が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>octet %1 is not a number from 0 to 255</source>
        <translation>第 %1 オクテットが 0 から 255 の数値ではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing &apos;/length&apos;</source>
        <translation>&apos;/長さ&apos; がありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>prefix length must be a number from 0 to 32</source>
        <translation>プレフィックス長は 0 から 32 の数値でなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host bits are set (did you mean %1?)</source>
        <translation>ホスト部のビットが立っています (%1 のことですか?)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the last address comes before the first</source>
        <translation>最後のアドレスが最初のアドレスより前です</translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <location filename="../model/validation/lints.cpp" line="+98"/>
        <source>Azure refuses the name &quot;%1&quot;: 1 to 80 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit and ending with a letter, digit or &apos;_&apos;</source>
        <translation>Azure は名前 &quot;%1&quot; を受け付けません: 英字、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; で 1 ～ 80 文字、先頭は英字か数字、末尾は英字、数字、&apos;_&apos; のいずれかです</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; is not a BGP community (two numbers, as in 12076:51004)</source>
        <translation>&quot;%1&quot; は BGP コミュニティではありません (12076:51004 のような 2 つの数値)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Azure refuses the resource group name &quot;%1&quot;: 1 to 90 letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;(&apos; or &apos;)&apos;, not ending with &apos;.&apos;</source>
        <translation>Azure はリソース グループ名 &quot;%1&quot; を受け付けません: 英字、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos;、&apos;(&apos;、&apos;)&apos; で 1 ～ 90 文字、末尾は &apos;.&apos; 以外です</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the id &quot;internet&quot; stands for the Internet itself (on the canvas and in traces); give this object another id</source>
        <translation>ID &quot;internet&quot; はインターネットそのもの (キャンバスとトレース) を表します。このオブジェクトには別の ID を付けてください</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>rule &quot;%1&quot; names &quot;%2&quot;, which is no address, range, prefix or service tag: IP groups are not modelled, so it never matches here</source>
        <translation>規則 &quot;%1&quot; は &quot;%2&quot; を指定していますが、これはアドレス、範囲、プレフィックス、サービス タグのどれでもありません。IP グループはモデル化されていないため、ここでは一致しません</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>subnet &quot;%1&quot; (%2) is outside the address space of VNet &quot;%3&quot;</source>
        <translation>サブネット「%1」(%2) は VNet「%3」のアドレス空間の外にあります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>subnet &quot;%1&quot; (%2) overlaps subnet &quot;%3&quot; (%4)</source>
        <translation>サブネット「%1」(%2) がサブネット「%3」(%4) と重複しています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>subnet &quot;%1&quot; is %2; Azure&apos;s smallest subnet is /29</source>
        <translation>サブネット「%1」は %2 です。Azure の最小のサブネットは /29 です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be VNet address space (Azure reserves 224.0.0.0/4, 127.0.0.0/8, 169.254.0.0/16 and 168.63.129.16)</source>
        <translation>%1 は VNet のアドレス空間にできません (Azure は 224.0.0.0/4、127.0.0.0/8、169.254.0.0/16、168.63.129.16 を予約しています)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peered VNets &quot;%1&quot; (%2) and &quot;%3&quot; (%4) have overlapping address spaces</source>
        <translation>ピアリングされた VNet「%1」(%2) と「%3」(%4) のアドレス空間が重複しています</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VNet &quot;%1&quot; has its own gateway and cannot use remote gateways</source>
        <translation>VNet「%1」には独自のゲートウェイがあるため、リモート ゲートウェイを使用できません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VNet &quot;%1&quot; uses remote gateways, but &quot;%2&quot; does not allow gateway transit on this peering</source>
        <translation>VNet「%1」はリモート ゲートウェイを使用していますが、このピアリングで「%2」がゲートウェイ転送を許可していません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VNet &quot;%1&quot; uses remote gateways, but &quot;%2&quot; has no gateway or Route Server</source>
        <translation>VNet「%1」はリモート ゲートウェイを使用していますが、「%2」にはゲートウェイも Route Server もありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VNet &quot;%1&quot; uses remote gateways on more than one peering; Azure allows only one</source>
        <translation>VNet「%1」は複数のピアリングでリモート ゲートウェイを使用しています。Azure で許可されるのは 1 つだけです</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VM &quot;%1&quot; marks NICs &quot;%2&quot; and &quot;%3&quot; as primary; a VM has one primary NIC</source>
        <translation>VM「%1」は NIC「%2」と「%3」をプライマリにしています。VM のプライマリ NIC は 1 つです</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is used by %2 and %3 in the same VNet</source>
        <translation>%1 が同じ VNet 内の %2 と %3 で使われています</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 of %2 is outside its subnet &quot;%3&quot; (%4)</source>
        <translation>%2 の %1 はサブネット「%3」(%4) の外にあります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 is one of the five addresses Azure reserves in %3 (the first four and the last)</source>
        <translation>%2 の %1 は、Azure が %3 で予約している 5 つのアドレス (最初の 4 つと最後の 1 つ) の 1 つです</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NSG &quot;%1&quot; has %2 rules; Azure allows 1,000</source>
        <translation>NSG &quot;%1&quot; には %2 個の規則があります。Azure の上限は 1,000 です</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>rule &quot;%1&quot; has an empty address entry; Azure needs a prefix, an address, a service tag or *</source>
        <translation>規則 &quot;%1&quot; に空のアドレス項目があります。Azure ではプレフィックス、アドレス、サービス タグ、* のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rule &quot;%1&quot; names &quot;%2&quot;, which is not an address, a prefix or a service tag Pathlight knows (%3): the rule never matches it here</source>
        <translation>規則「%1」の「%2」は、アドレスでもプレフィックスでも Pathlight が知っているサービス タグ (%3) でもありません。ここではこの規則は一致しません</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>NSG &quot;%1&quot; has more than one rule named &quot;%2&quot;; Azure needs each rule name once</source>
        <translation>NSG「%1」には「%2」という名前の規則が複数あります。Azure では規則名は一意である必要があります</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>rule &quot;%1&quot; has priority %2; custom rules use 100 to 4096</source>
        <translation>規則「%1」の優先度は %2 です。カスタム規則は 100 から 4096 を使います</translation>
    </message>
    <message>
        <location line="-641"/>
        <source>the layout places &quot;%1&quot;, which is no object of the file: the entry is ignored</source>
        <translation>レイアウトが「%1」を配置していますが、ファイルにそのオブジェクトはありません。この項目は無視されます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the layout entry of &quot;%1&quot; is not an object with x and y: the box is placed automatically</source>
        <translation>「%1」のレイアウト項目が x と y を持つオブジェクトではありません。ボックスは自動で配置されます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of &quot;%2&quot; is ignored: a position lies within ±1,000,000 and a size between 1 and 100,000</source>
        <translation>「%2」の %1 は無視されます。位置は ±1,000,000 以内、サイズは 1 から 100,000 の間です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the layout entry of &quot;%1&quot; has no x and y: the box is placed automatically</source>
        <translation>「%1」のレイアウト項目に x と y がありません。ボックスは自動で配置されます</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>VNet &quot;%1&quot; already holds Azure Firewall &quot;%2&quot;; Azure allows one firewall per VNet</source>
        <translation>VNet「%1」には既に Azure Firewall「%2」があります。Azure では VNet ごとにファイアウォールは 1 つです</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure Firewall &quot;%1&quot; needs a subnet named AzureFirewallSubnet (/26 or larger) in VNet &quot;%2&quot;</source>
        <translation>Azure Firewall「%1」には VNet「%2」に AzureFirewallSubnet という名前のサブネット (/26 以上) が必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NSG &quot;%1&quot; on AzureFirewallSubnet of VNet &quot;%2&quot; is not applied: Azure protects the firewall itself</source>
        <translation>VNet「%2」の AzureFirewallSubnet にある NSG「%1」は適用されません。ファイアウォールは Azure 自身が保護します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AzureFirewallSubnet of VNet &quot;%1&quot; is %2; Azure Firewall needs /26 or larger</source>
        <translation>VNet「%1」の AzureFirewallSubnet は %2 です。Azure Firewall には /26 以上が必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>%1 is not in AzureFirewallSubnet (%2) of Azure Firewall &quot;%3&quot;</source>
        <translation>%1 は Azure Firewall「%3」の AzureFirewallSubnet (%2) にありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Azure Firewall &quot;%1&quot; in forced-tunneling mode needs a subnet named AzureFirewallManagementSubnet (/26 or larger) in VNet &quot;%2&quot;</source>
        <translation>強制トンネリング モードの Azure Firewall「%1」には、VNet「%2」に AzureFirewallManagementSubnet という名前のサブネット (/26 以上) が必要です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Route table &quot;%1&quot; sends 0.0.0.0/0 from AzureFirewallSubnet to %2; without forced-tunneling mode Azure Firewall needs 0.0.0.0/0 to the Internet</source>
        <translation>ルート テーブル「%1」は AzureFirewallSubnet の 0.0.0.0/0 を %2 に送ります。強制トンネリング モードでない Azure Firewall には、インターネットへの 0.0.0.0/0 が必要です</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rule collection &quot;%1&quot;: a NAT collection&apos;s action is Dnat, a filter collection&apos;s Allow or Deny</source>
        <translation>ルール コレクション「%1」: NAT コレクションのアクションは Dnat、フィルター コレクションは Allow か Deny です</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+73"/>
        <source>rule &quot;%1&quot; is a %2 in a %3 collection</source>
        <translation>ルール「%1」は %3 コレクション内の %2 です</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>DNAT rule &quot;%1&quot; translates to port %2; Azure Firewall NAT rules take ports 1 to 63999</source>
        <translation>DNAT ルール「%1」はポート %2 に変換します。Azure Firewall の NAT ルールで使えるポートは 1～63999 です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DNAT rule &quot;%1&quot; listens on %2, which is not a public IP of Azure Firewall &quot;%3&quot;: it never matches</source>
        <translation>DNAT ルール「%1」は %2 で待ち受けますが、これは Azure Firewall「%3」のパブリック IP ではないため、一致することはありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a firewall policy&apos;s groups, collections and rules need a name</source>
        <translation>ファイアウォール ポリシーのグループ、コレクション、規則には名前が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name &quot;%1&quot; is used twice here; Azure keeps these names unique</source>
        <translation>名前「%1」がここで 2 回使われています。Azure ではこれらの名前は一意です</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>another collection of group &quot;%1&quot; has priority %2: their order is not defined (the file&apos;s order is used)</source>
        <translation>グループ「%1」の別のコレクションも優先度 %2 です。順序は定義されていません (ファイルの順序を使います)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rule &quot;%1&quot; has no %2; Azure requires at least one</source>
        <translation>ルール「%1」に %2 がありません。Azure では 1 つ以上必要です</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>network rule &quot;%1&quot; names FQDNs: Azure needs the firewall&apos;s DNS proxy for them (assumed here); its clients must use the firewall as DNS server</source>
        <translation>ネットワーク ルール「%1」は FQDN を指定しています。Azure ではファイアウォールの DNS プロキシが必要で (ここでは有効と仮定)、クライアントはファイアウォールを DNS サーバーとして使う必要があります</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not in subnet &quot;%2&quot; (%3) of private endpoint &quot;%4&quot;</source>
        <translation>%1 はプライベート エンドポイント「%4」のサブネット「%2」(%3) にありません</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NIC &quot;%1&quot; is in VNet &quot;%2&quot;, but application security group &quot;%3&quot; already holds NIC &quot;%4&quot; of VNet &quot;%5&quot;; Azure keeps a group&apos;s NICs in one VNet</source>
        <translation>NIC「%1」は VNet「%2」にありますが、アプリケーション セキュリティ グループ「%3」には既に VNet「%5」の NIC「%4」があります。Azure ではグループの NIC は 1 つの VNet に限られます</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rule &quot;%1&quot; names %2 application security groups on one side; Azure allows 10</source>
        <translation>ルール「%1」は片側に %2 個のアプリケーション セキュリティ グループを指定しています。Azure の上限は 10 です</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Azure does not support a network security group on %1 (&quot;%2&quot; in VNet &quot;%3&quot;): remove it</source>
        <translation>Azure は %1 のネットワーク セキュリティ グループをサポートしていません (VNet「%3」の「%2」)。削除してください</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>rule &quot;%1&quot; lists %2 addresses in %3; Azure allows 4,000</source>
        <translation>規則「%1」の %3 には %2 個のアドレスがあります。Azure の上限は 4,000 です</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>rules &quot;%1&quot; and &quot;%2&quot; share priority %3 in the %4 direction</source>
        <translation>規則「%1」と「%2」は %4 方向で同じ優先度 %3 を使っています</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the id &quot;%1&quot; reads as an address: a flow naming it means this object, not the address; give it another id</source>
        <translation>ID「%1」はアドレスとして読めます。これを指定したフローはアドレスではなくこのオブジェクトを指します。別の ID にしてください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the id &quot;%1&quot; is also the name of the built-in endpoint &quot;%2&quot;: a flow naming it means this object; give it another id</source>
        <translation>ID「%1」は組み込みのエンドポイント「%2」の名前でもあります。これを指定したフローはこのオブジェクトを指します。別の ID にしてください</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; and &quot;%2&quot; have the same name &quot;%3&quot; in one resource group: in Azure they are one resource, and deploying one rewrites the other</source>
        <translation>「%1」と「%2」は同じリソース グループで同じ名前「%3」です。Azure では 1 つのリソースになり、一方を展開するともう一方が書き換えられます</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>gateway &quot;%1&quot; needs a subnet named GatewaySubnet in VNet &quot;%2&quot;</source>
        <translation>ゲートウェイ「%1」には VNet「%2」に GatewaySubnet という名前のサブネットが必要です</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>connection &quot;%1&quot; is %2 but gateway &quot;%3&quot; is %4</source>
        <translation>接続「%1」は %2 ですが、ゲートウェイ「%3」は %4 です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VNet-to-VNet connection &quot;%1&quot; joins two gateways of VNet &quot;%2&quot;; it must join two VNets</source>
        <translation>VNet 間接続 &quot;%1&quot; は VNet &quot;%2&quot; の 2 つのゲートウェイを結んでいます。2 つの VNet を結ぶ必要があります</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>VNet-to-VNet connection &quot;%1&quot;: the address spaces of &quot;%2&quot; (%3) and &quot;%4&quot; (%5) overlap</source>
        <translation>VNet 間接続 &quot;%1&quot;: &quot;%2&quot; (%3) と &quot;%4&quot; (%5) のアドレス空間が重なっています</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>VNet-to-VNet connection &quot;%1&quot; uses BGP but both gateways have ASN %2: each drops the other&apos;s routes; give one gateway another ASN</source>
        <translation>VNet 間接続 &quot;%1&quot; は BGP を使いますが、両方のゲートウェイの ASN が %2 です。互いの経路を破棄するので、一方に別の ASN を付けてください</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&quot;%1&quot; names service tag %2, which the loaded service tag file (%3, change number %4) does not list: a misspelt or a newer tag; what it could decide is uncertain</source>
        <translation>&quot;%1&quot; はサービス タグ %2 を指定していますが、読み込んだサービス タグ ファイル (%3、変更番号 %4) にはありません: 綴りの誤りか新しいタグです。これが決め得ることは不確かです</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; names service tag %2, whose addresses Pathlight does not know until a service tag file is loaded; what it could decide is uncertain</source>
        <translation>&quot;%1&quot; はサービス タグ %2 を指定していますが、サービス タグ ファイルを読み込むまで Pathlight はそのアドレスを知りません。これが決め得ることは不確かです</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>connections &quot;%1&quot; and &quot;%2&quot; join the same two gateways; one connection stands for both directions</source>
        <translation>接続 &quot;%1&quot; と &quot;%2&quot; は同じ 2 つのゲートウェイを結んでいます。1 つの接続で両方向を表します</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Route Server &quot;%1&quot; needs a subnet named RouteServerSubnet in VNet &quot;%2&quot;</source>
        <translation>Route Server「%1」には VNet「%2」に RouteServerSubnet という名前のサブネットが必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RouteServerSubnet of VNet &quot;%1&quot; is %2; it must be /27 or larger</source>
        <translation>VNet「%1」の RouteServerSubnet は %2 です。/27 以上にする必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route Server &quot;%1&quot; has %2 BGP peers; Azure allows 8 (the others are ignored)</source>
        <translation>Route Server &quot;%1&quot; には %2 個の BGP ピアがあります。Azure の上限は 8 です (残りは無視されます)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NVA &quot;%1&quot; announces %2 routes; Route Server tears down a session that sends more than 4,000</source>
        <translation>NVA &quot;%1&quot; は %2 個のルートをアドバタイズしています。4,000 を超えて送るセッションを Route Server は切断します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Route Server peer &quot;%1&quot; is not marked as an NVA</source>
        <translation>Route Server のピア「%1」は NVA として設定されていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an NVA cannot use ASN 65515, Route Server&apos;s own</source>
        <translation>NVA は Route Server 自身の ASN 65515 を使用できません</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>route table &quot;%1&quot; has %2 routes on service tags; Azure allows 25 a table</source>
        <translation>ルート テーブル &quot;%1&quot; にはサービス タグのルートが %2 個あります。Azure では 1 テーブルに 25 個までです</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>routes &quot;%1&quot; and &quot;%2&quot; of route table &quot;%3&quot; have the same prefix %4; Azure refuses a second route for a prefix</source>
        <translation>ルート テーブル「%3」のルート「%1」と「%2」は同じプレフィックス %4 です。Azure は同じプレフィックスの 2 つ目のルートを拒否します</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>route table &quot;%1&quot; has more than one route named &quot;%2&quot;; Azure needs each route name once</source>
        <translation>ルート テーブル「%1」に「%2」という名前のルートが複数あります。Azure ではルート名は 1 つずつでなければなりません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>route &quot;%1&quot; goes to a VirtualAppliance but has no nextHopIpAddress</source>
        <translation>ルート「%1」は VirtualAppliance 宛てですが、nextHopIpAddress がありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>route &quot;%1&quot; goes to VirtualNetworkGateway, which Azure refuses while ExpressRoute and VPN gateways coexist (VNet &quot;%2&quot;); use BGP, or a VirtualAppliance route</source>
        <translation>ルート「%1」の次ホップは VirtualNetworkGateway ですが、ExpressRoute と VPN のゲートウェイが共存する間 (VNet「%2」) は Azure が拒否します。BGP か VirtualAppliance ルートを使ってください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>route &quot;%1&quot; sends traffic to %2, the address of VM %3, whose NIC does not forward IP traffic: it drops what is not addressed to it</source>
        <translation>ルート「%1」はトラフィックを VM %3 のアドレス %2 に送りますが、その NIC は IP 転送をしません。自分宛てでないものは破棄されます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>route &quot;%1&quot; has a nextHopIpAddress, which only VirtualAppliance routes use</source>
        <translation>ルート「%1」に nextHopIpAddress がありますが、これは VirtualAppliance のルートでのみ使われます</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Application Gateway &quot;%1&quot; needs %2 addresses (instances, private frontend and Azure&apos;s five), but subnet &quot;%3&quot; (%4) has %5</source>
        <translation>Application Gateway「%1」には %2 個のアドレス (インスタンス、プライベート フロントエンド、Azure の 5 つ) が必要ですが、サブネット「%3」(%4) には %5 個しかありません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>NSG &quot;%1&quot; on the subnet of Application Gateway &quot;%2&quot; does not allow inbound TCP %3 from GatewayManager; backend health shows Unknown unless the gateway is a private deployment</source>
        <translation>Application Gateway「%2」のサブネットの NSG「%1」は GatewayManager からの受信 TCP %3 を許可していません。ゲートウェイがプライベート デプロイでない限り、バックエンドの正常性は Unknown と表示されます</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>NSG &quot;%1&quot; on the subnet of Application Gateway v2 &quot;%2&quot; denies outbound traffic to the Internet (rule &quot;%3&quot;); Azure requires it open unless the gateway is a private deployment</source>
        <translation>Application Gateway v2「%2」のサブネットの NSG「%1」はインターネットへの送信を拒否しています (規則「%3」)。プライベート デプロイでない限り、Azure はこれを開けておくことを求めます</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For routes associated to subnet containing Application Gateway V2, please ensure &apos;0.0.0.0/0&apos; uses Next Hop Type as &apos;Internet&apos; (route table &quot;%1&quot;, subnet &quot;%2&quot;)</source>
        <translation>Application Gateway V2 を含むサブネットに関連付けたルートでは、&apos;0.0.0.0/0&apos; の次ホップの種類を &apos;Internet&apos; にしてください (ルート テーブル「%1」、サブネット「%2」)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>flow &quot;%1&quot; goes to &quot;%2&quot;, a %3; a destination is an IP, FQDN, endpoint, private endpoint, vm or host</source>
        <translation>フロー「%1」の宛先「%2」は %3 です。宛先には IP、FQDN、エンドポイント、プライベート エンドポイント、VM、ホストを指定します</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>flow &quot;%1&quot; goes to &quot;%2&quot;, which is not an IP address, an id, or an FQDN known to the catalog or to endpoints</source>
        <translation>フロー「%1」の宛先「%2」は IP アドレス、ID、カタログまたはエンドポイントにある FQDN のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../model/analysis/route_lints.cpp" line="+18"/>
        <source>Application Gateway v2 &quot;%1&quot;: its subnet &quot;%2&quot; learns 0.0.0.0/0 from %3, which Azure accepts but does not support for v2; use a 0.0.0.0/0 route with next hop Internet or turn off gateway route propagation</source>
        <translation>Application Gateway v2「%1」: サブネット「%2」は %3 から 0.0.0.0/0 を学習しています。Azure は受け入れますが v2 ではサポートしません。次ホップ Internet の 0.0.0.0/0 ルートを使うか、ゲートウェイ ルートの伝達を無効にしてください</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Azure Firewall &quot;%1&quot;: AzureFirewallSubnet learns 0.0.0.0/0 from %2; without forced-tunneling mode the firewall needs direct Internet access: add a route 0.0.0.0/0 → Internet to the subnet&apos;s route table, or use forced-tunneling mode</source>
        <translation>Azure Firewall &quot;%1&quot;: AzureFirewallSubnet は %2 から 0.0.0.0/0 を学習しています。強制トンネリング モードでないファイアウォールには直接のインターネット接続が必要です。サブネットのルート テーブルに 0.0.0.0/0 → Internet のルートを追加するか、強制トンネリング モードを使ってください</translation>
    </message>
</context>
<context>
    <name>LiveImport</name>
    <message>
        <location filename="../app/gui/live_import_dialog.cpp" line="+149"/>
        <source>service tags are read once, for one subscription</source>
        <translation>サービス タグは 1 つのサブスクリプションに対して 1 回読み取ります</translation>
    </message>
    <message>
        <location filename="../app/live/access_token.cpp" line="+18"/>
        <source>the token is empty</source>
        <translation>トークンが空です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token is longer than 16,384 characters</source>
        <translation>トークンが 16,384 文字を超えています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token holds characters a bearer token does not have (a space, a line break, quotes): paste the token alone</source>
        <translation>トークンにベアラー トークンにない文字 (空白、改行、引用符) が含まれています: トークンだけを貼り付けてください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not set</source>
        <translation>%1 が設定されていません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the Azure CLI (az) is not installed or not on PATH: install it and run az login, or give the token in %1</source>
        <translation>Azure CLI (az) がインストールされていないか PATH にありません: インストールして az login を実行するか、%1 でトークンを渡してください</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the Azure CLI could not be started: %1</source>
        <translation>Azure CLI を起動できませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>az account get-access-token failed (exit %1): %2 — run az login with an account that has Reader on the subscription</source>
        <translation>az account get-access-token が失敗しました (終了コード %1): %2 — サブスクリプションの閲覧者ロールを持つアカウントで az login を実行してください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>az account get-access-token gave no accessToken in its JSON</source>
        <translation>az account get-access-token の JSON に accessToken がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>az account get-access-token gave no answer in %1 s</source>
        <translation>az account get-access-token が %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/live/live_import.cpp" line="+238"/>
        <source>canceled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location filename="../app/live/arm_client.cpp" line="+66"/>
        <source>the endpoint %1 is not a URL with a host</source>
        <translation>エンドポイント %1 はホストを含む URL ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the endpoint %1 must be a scheme and a host only, such as https://management.azure.com</source>
        <translation>エンドポイント %1 はスキームとホストだけにしてください (例: https://management.azure.com)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the endpoint %1 is not https: Pathlight sends a token over plain http only to this machine (127.0.0.1, ::1, localhost)</source>
        <translation>エンドポイント %1 は https ではありません: Pathlight が平文の http でトークンを送るのはこのマシン (127.0.0.1、::1、localhost) だけです</translation>
    </message>
    <message>
        <location filename="../app/live/live_import.cpp" line="-135"/>
        <source>no subscription chosen</source>
        <translation>サブスクリプションが選ばれていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a subscription id (a GUID such as 00000000-0000-0000-0000-000000000000)</source>
        <translation>&quot;%1&quot; はサブスクリプション ID (00000000-0000-0000-0000-000000000000 のような GUID) ではありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a resource group name (1 to 90 letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot;, &quot;(&quot;, &quot;)&quot;, not ending in &quot;.&quot;)</source>
        <translation>&quot;%1&quot; はリソース グループ名 (1 から 90 文字の英字、数字、&quot;-&quot;、&quot;_&quot;、&quot;.&quot;、&quot;(&quot;、&quot;)&quot;。&quot;.&quot; で終わらない) ではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported from Azure: %1</source>
        <translation>Azure からインポート: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the token was refused (%1): it has expired or is not meant for %2. Get a new one (az login, then az account get-access-token) for an account with the Reader role on the subscription</source>
        <translation>トークンが拒否されました (%1): 期限切れか、%2 向けではありません。サブスクリプションの閲覧者ロールを持つアカウントで新しいトークンを取得してください (az login の後 az account get-access-token)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>access denied (%1): the token&apos;s account needs the Reader role on %2</source>
        <translation>アクセスが拒否されました (%1): トークンのアカウントには %2 の閲覧者ロールが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not found (%1)</source>
        <translation>見つかりません (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Resource Manager still throttled the request after %1 attempts (%2): try again in a few minutes</source>
        <translation>Azure Resource Manager は %1 回試行した後も要求を制限しました (%2): 数分後にもう一度試してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the request failed (%1)</source>
        <translation>要求が失敗しました (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒以内に完全な応答がありませんでした</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request could not be sent or answered: %1</source>
        <translation>要求を送信できないか、応答がありませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is not JSON: %1</source>
        <translation>応答が JSON ではありません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is larger than %1 bytes</source>
        <translation>応答が %1 バイトを超えています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the next page is at %1, not at the endpoint: not followed (the token is sent to the endpoint only)</source>
        <translation>次のページは %1 にあり、エンドポイントではありません: たどりません (トークンはエンドポイントにだけ送ります)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>more than %1 pages, or a page link repeated: stopped</source>
        <translation>%1 ページを超えたか、ページのリンクが繰り返されました: 停止しました</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 not read: %2; the rest is imported</source>
        <translation>%1 は読み取れませんでした: %2。残りはインポートします</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>resource group %1 is in none of the chosen subscriptions</source>
        <translation>リソース グループ %1 は選んだどのサブスクリプションにもありません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>none of the chosen subscriptions and resource groups can be read with this token (the notes say why): it needs the Reader role on them</source>
        <translation>選んだサブスクリプションとリソース グループはどれもこのトークンで読み取れません (理由は注記にあります): それらの閲覧者ロールが必要です</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the chosen subscriptions and resource groups hold no network resource this token can read</source>
        <translation>選んだサブスクリプションとリソース グループには、このトークンで読み取れるネットワーク リソースがありません</translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <location filename="../model/analysis/analysis.cpp" line="+532"/>
        <location filename="../model/edit/topology_patch.cpp" line="+208"/>
        <location filename="../model/io/topology_reader.cpp" line="+65"/>
        <location line="+1180"/>
        <source>expected an object, found %1</source>
        <translation>オブジェクトが必要ですが、%1 が見つかりました</translation>
    </message>
    <message>
        <location filename="../model/io/topology_reader.cpp" line="-1168"/>
        <location line="+782"/>
        <location line="+80"/>
        <source>required key &quot;%1&quot; is missing</source>
        <translation>必須のキー「%1」がありません</translation>
    </message>
    <message>
        <location line="-851"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an id must not be empty</source>
        <translation>ID は空にできません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>id &quot;%1&quot; is already used at %2; ids must be unique in the file</source>
        <translation>ID「%1」は %2 で既に使われています。ID はファイル内で一意である必要があります</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+374"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 は範囲外です (%2 から %3)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected an IPv4 prefix string, found %1</source>
        <translation>IPv4 プレフィックスの文字列が必要ですが、%1 が見つかりました</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+549"/>
        <location line="+94"/>
        <location line="+70"/>
        <source>%1 is not an IPv4 prefix: %2</source>
        <translation>%1 は IPv4 プレフィックスではありません: %2</translation>
    </message>
    <message>
        <location line="-703"/>
        <source>expected an IPv4 address string, found %1</source>
        <translation>IPv4 アドレスの文字列が必要ですが、%1 が見つかりました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an IPv4 address: %2</source>
        <translation>%1 は IPv4 アドレスではありません: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected a string, found %1</source>
        <translation>文字列が必要ですが、%1 が見つかりました</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a reference must not be empty; leave the key out for none</source>
        <translation>参照を空にすることはできません。参照しない場合はキーを省略してください</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+508"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <location line="-483"/>
        <source>unknown key &quot;%1&quot; is kept as it is but not used</source>
        <translation>不明なキー「%1」はそのまま保持されますが、使われません</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+164"/>
        <source>expected %1, found %2</source>
        <translation>%1 が必要ですが、%2 が見つかりました</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+134"/>
        <location line="+70"/>
        <source>expected an id string, found %1</source>
        <translation>ID の文字列が必要ですが、%1 が見つかりました</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>expected a service name or {&quot;service&quot;: name}, found %1</source>
        <translation>サービス名か {&quot;service&quot;: 名前} が必要ですが、%1 でした</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a peering joins exactly two VNets</source>
        <translation>ピアリングはちょうど 2 つの VNet を結びます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a VNet cannot be peered with itself (&quot;%1&quot;)</source>
        <translation>VNet はそれ自身とピアリングできません (「%1」)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>&quot;%1&quot; is not one of the two peered VNets</source>
        <translation>「%1」はピアリングされた 2 つの VNet のどちらでもありません</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>a NIC needs at least one IP configuration</source>
        <translation>NIC には IP 構成が少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a backend needs &quot;ip&quot; or &quot;vm&quot;</source>
        <translation>バックエンドには「ip」または「vm」が必要です</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a security rule needs a name (Azure requires one)</source>
        <translation>セキュリティ規則には名前が必要です (Azure で必須)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;%1&quot; is empty: give a value, or &quot;*&quot; for any</source>
        <translation>「%1」が空です。値を指定してください (すべてなら &quot;*&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>give either &quot;%1&quot; or &quot;%2&quot;, not both (Azure refuses a rule with both)</source>
        <translation>「%1」と「%2」のどちらか一方だけを指定してください (両方を持つ規則は Azure が拒否します)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&quot;%1&quot; is empty: give at least one value, or &quot;*&quot; for any</source>
        <translation>「%1」が空です。値を 1 つ以上指定してください (すべてなら &quot;*&quot;)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+129"/>
        <source>&quot;%1&quot; is not a port, a range like 1000-2000, or *</source>
        <translation>「%1」はポート、1000-2000 のような範囲、* のいずれでもありません</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&quot;%1&quot; is missing: Azure requires the rule&apos;s addresses (prefixes, addresses, service tags or &quot;*&quot;)</source>
        <translation>「%1」がありません。Azure では規則のアドレス (プレフィックス、アドレス、サービス タグ、または &quot;*&quot;) が必須です</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+71"/>
        <source>%1 is not a port number (0 to 65535)</source>
        <translation>%1 はポート番号 (0 から 65535) ではありません</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>a frontend has either &quot;subnet&quot; and &quot;privateIPAddress&quot;, or &quot;publicIPAddress&quot;</source>
        <translation>フロントエンドには &quot;subnet&quot; と &quot;privateIPAddress&quot;、または &quot;publicIPAddress&quot; のどちらかを指定します</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 VNets are linked to circuit &quot;%2&quot;; Azure links at most %3 (Premium, 10 Gbps or more; Standard: 10)</source>
        <translation>回線「%2」に %1 個の VNet がリンクされています。Azure がリンクできるのは最大 %3 個です (Premium、10 Gbps 以上。Standard は 10 個)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>%1 refers to %2 &quot;%3&quot;, which does not exist</source>
        <translation>%1 は %2「%3」を参照していますが、存在しません</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 refers to &quot;%2&quot; as a %3, but it is a %4</source>
        <translation>%1 は「%2」を %3 として参照していますが、これは %4 です</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 starts at &quot;%2&quot;, a %3; a flow starts at a vm, nic, host, appGateway or an IP address</source>
        <translation>%1 の送信元「%2」は %3 です。フローの送信元は vm、nic、host、appGateway または IP アドレスです</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+161"/>
        <location filename="../app/gui/document.cpp" line="+48"/>
        <source>the file is %1 bytes; files over %2 bytes are refused</source>
        <translation>ファイルは %1 バイトです。%2 バイトを超えるファイルは受け付けません</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>the file holds a NUL byte at offset %1; it is not JSON text</source>
        <translation>ファイルのオフセット %1 に NUL バイトがあります。JSON テキストではありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file nests deeper than %1 levels; it is refused</source>
        <translation>ファイルの入れ子が %1 レベルを超えています。受け付けません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has more than %1 objects or arrays; it is refused</source>
        <translation>ファイルのオブジェクトまたは配列が %1 個を超えています。受け付けません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file has more than %1 values; it is refused</source>
        <translation>ファイルの値が %1 個を超えています。受け付けません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not valid JSON at line %1, column %2: %3</source>
        <translation>ファイルは有効な JSON ではありません (%1 行 %2 列): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file must be a JSON object</source>
        <translation>ファイルは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;format&quot; is %1; a Pathlight topology says &quot;pathlight.topology&quot;</source>
        <translation>「format」は %1 です。Pathlight のトポロジでは「pathlight.topology」です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;version&quot; is %1; this Pathlight reads versions 1 and 2</source>
        <translation>&quot;version&quot; は %1 です。この Pathlight が読めるのはバージョン 1 と 2 です</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 more errors are not listed</source>
        <translation>ほかに %1 件のエラーがあります (一覧には表示されません)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 more warnings are not listed</source>
        <translation>ほかに %1 件の警告は表示していません</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/gui/document.cpp" line="-12"/>
        <source>%1 is not a regular file (a folder, device or pipe)</source>
        <translation>%1 は通常のファイルではありません (フォルダー、デバイス、パイプ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/gui/document.cpp" line="+6"/>
        <source>cannot open %1</source>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <location filename="../model/edit/topology_patch.cpp" line="-64"/>
        <source>the change cannot be applied: %1</source>
        <translation>変更を適用できません: %1</translation>
    </message>
</context>
<context>
    <name>ObjectCopy</name>
    <message>
        <location filename="../model/edit/object_copy.cpp" line="+134"/>
        <source>nothing to paste</source>
        <translation>貼り付けるものがありません</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>no free address space for a copy of %1</source>
        <translation>%1 のコピー用の空きアドレス空間がありません</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>subnet &quot;%1&quot; has no free address</source>
        <translation>サブネット「%1」に空きアドレスがありません</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>VNet &quot;%1&quot; already has a %2</source>
        <translation>VNet「%1」には既に %2 があります</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VNet &quot;%1&quot; has no room for another /%2</source>
        <translation>VNet「%1」にはもう /%2 を追加する余地がありません</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>site &quot;%1&quot; has no free address</source>
        <translation>サイト「%1」に空きアドレスがありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is copied only together with its VNet: a VNet has one gateway of each type and one Route Server</source>
        <translation>%1 は VNet と一緒にしかコピーできません。VNet には種類ごとに 1 つのゲートウェイと 1 つの Route Server しか置けません</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>the clipboard holds no Pathlight objects</source>
        <translation>クリップボードに Pathlight のオブジェクトがありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the clipboard holds %1 objects; a paste takes at most %2 (File ▸ Import from Azure files… reads large networks)</source>
        <translation>クリップボードには %1 個のオブジェクトがあります。貼り付けは最大 %2 個までです (大きなネットワークはファイル ▸ Azure のファイルからインポート… で読み込みます)</translation>
    </message>
</context>
<context>
    <name>ObjectFactory</name>
    <message>
        <location filename="../model/edit/object_factory.cpp" line="+277"/>
        <source>no free /16 left in 10.0.0.0/8</source>
        <translation>10.0.0.0/8 に空きの /16 がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a subnet goes inside a VNet</source>
        <translation>サブネットは VNet の中に置きます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNet &quot;%1&quot; has no free /24 left</source>
        <translation>VNet「%1」に空きの /24 がありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a VM, NVA or Application Gateway goes inside a subnet</source>
        <translation>VM、NVA、Application Gateway はサブネットの中に置きます</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+152"/>
        <location line="+114"/>
        <location line="+24"/>
        <source>subnet &quot;%1&quot; has no free address</source>
        <translation>サブネット「%1」に空きアドレスがありません</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>&quot;%1&quot; is not a subnet</source>
        <translation>「%1」はサブネットではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is reserved for Azure&apos;s gateways and Route Server</source>
        <translation>%1 は Azure のゲートウェイと Route Server 専用です</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>a gateway goes inside a VNet (in its GatewaySubnet)</source>
        <translation>ゲートウェイは VNet の中 (その GatewaySubnet) に置きます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no room for a /27 GatewaySubnet</source>
        <translation>/27 の GatewaySubnet を置く余地がありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Route Server goes inside a VNet (in its RouteServerSubnet)</source>
        <translation>Route Server は VNet の中 (その RouteServerSubnet) に置きます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RouteServerSubnet has no two free addresses</source>
        <translation>RouteServerSubnet に空きアドレスが 2 つありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no room for a /27 RouteServerSubnet</source>
        <translation>/27 の RouteServerSubnet を置く余地がありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an Azure Firewall goes inside a VNet (in its AzureFirewallSubnet)</source>
        <translation>Azure Firewall は VNet 内 (その AzureFirewallSubnet) に配置します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VNet &quot;%1&quot; already holds Azure Firewall &quot;%2&quot;</source>
        <translation>VNet「%1」には既に Azure Firewall「%2」があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no room for a /26 AzureFirewallSubnet</source>
        <translation>/26 の AzureFirewallSubnet を作る空きがありません</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a private endpoint goes inside a workload subnet</source>
        <translation>プライベート エンドポイントはワークロードのサブネット内に配置します</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an internal load balancer goes inside a workload subnet</source>
        <translation>内部ロード バランサーはワークロードのサブネット内に配置します</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>an application security group is dropped on a VM</source>
        <translation>アプリケーション セキュリティ グループは VM の上にドロップします</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no free /24 left in 192.168.0.0/16</source>
        <translation>192.168.0.0/16 に空きの /24 がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a host goes inside a site</source>
        <translation>ホストはサイトの中に置きます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>site &quot;%1&quot; has no free address</source>
        <translation>サイト「%1」に空きアドレスがありません</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Azure does not support a network security group on %1</source>
        <translation>Azure は %1 でのネットワーク セキュリティ グループをサポートしていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure does not support a route table on RouteServerSubnet</source>
        <translation>Azure は RouteServerSubnet でのルート テーブルをサポートしていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a route table is associated with a subnet, not a NIC</source>
        <translation>ルート テーブルは NIC ではなくサブネットに関連付けます</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>a %1 cannot be connected to a %2 (peerings join VNets; connections join a gateway to a circuit, a site or another VNet&apos;s VPN gateway; sites attach to circuits; NVAs peer with Route Server)</source>
        <translation>%1 を %2 に接続できません (ピアリングは VNet 同士、接続はゲートウェイと回線・サイト・別の VNet の VPN ゲートウェイ、サイトは回線に、NVA は Route Server とピアリングします)</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>不明な種類「%1」</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>pick two different objects</source>
        <translation>異なる 2 つのオブジェクトを選んでください</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>these VNets are already peered</source>
        <translation>これらの VNet は既にピアリングされています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>their address spaces overlap (%1, %2); Azure cannot peer them</source>
        <translation>アドレス空間が重複しています (%1、%2)。Azure ではピアリングできません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a circuit connects to an ExpressRoute gateway, not a VPN gateway</source>
        <translation>回線は VPN ゲートウェイではなく ExpressRoute ゲートウェイに接続します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a site connects over S2S VPN to a VPN gateway, not an ExpressRoute gateway</source>
        <translation>サイトはサイト間 VPN で、ExpressRoute ゲートウェイではなく VPN ゲートウェイに接続します</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>they are already connected</source>
        <translation>既に接続されています</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a VNet-to-VNet connection joins the VPN gateways of two different VNets</source>
        <translation>VNet 間接続は 2 つの異なる VNet の VPN ゲートウェイを結びます</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>their VNets&apos; address spaces overlap (%1, %2); Azure cannot connect them</source>
        <translation>VNet のアドレス空間が重なっています (%1, %2)。Azure では接続できません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the site is already attached to this circuit</source>
        <translation>サイトは既にこの回線に接続されています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an NVA peers with Route Server; mark the VM as an NVA first</source>
        <translation>Route Server とピアリングできるのは NVA だけです。先に VM を NVA として設定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this NVA already peers with the Route Server</source>
        <translation>この NVA は既に Route Server とピアリングしています</translation>
    </message>
</context>
<context>
    <name>ObjectFields</name>
    <message>
        <location filename="../views/panels/object_fields.cpp" line="+70"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inside a region (ms)</source>
        <translation>リージョン内 (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global peering (ms)</source>
        <translation>グローバル ピアリング (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute link (ms)</source>
        <translation>ExpressRoute リンク (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPN tunnel (ms)</source>
        <translation>VPN トンネル (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-premises link (ms)</source>
        <translation>オンプレミスのリンク (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet (ms)</source>
        <translation>インターネット (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency assumptions</source>
        <translation>遅延の想定値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Address space</source>
        <translation>アドレス空間</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Address prefix</source>
        <translation>アドレス プレフィックス</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>Network security group</source>
        <translation>ネットワーク セキュリティ グループ</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Route table</source>
        <translation>ルート テーブル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default outbound access</source>
        <translation>既定の送信アクセス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private endpoint network policies</source>
        <translation>プライベート エンドポイントのネットワーク ポリシー</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <location line="+40"/>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+73"/>
        <source>Advertised prefixes</source>
        <translation>アドバタイズするプレフィックス</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+119"/>
        <source>BGP</source>
        <translation>BGP</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+80"/>
        <location line="+43"/>
        <source>Public IPs</source>
        <translation>パブリック IP</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>SNAT to the first public IP</source>
        <translation>最初のパブリック IP へ SNAT する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet access</source>
        <translation>インターネット アクセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet edge</source>
        <translation>インターネット エッジ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peering location</source>
        <translation>ピアリングの場所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth (Mbps)</source>
        <translation>帯域幅 (Mbps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private peering</source>
        <translation>プライベート ピアリング</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT IPs</source>
        <translation>NAT IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route filter</source>
        <translation>ルート フィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft peering</source>
        <translation>Microsoft ピアリング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active-active</source>
        <translation>アクティブ/アクティブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default site</source>
        <translation>既定のサイト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP addresses</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch-to-branch</source>
        <translation>ブランチ間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <location line="+62"/>
        <location line="+4"/>
        <source>Subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+78"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>Private IP</source>
        <translation>プライベート IP</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+91"/>
        <source>Public IP</source>
        <translation>パブリック IP</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>IP forwarding (Azure)</source>
        <translation>IP 転送 (Azure)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default gateway in the guest</source>
        <translation>ゲスト OS の既定ゲートウェイ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application security groups</source>
        <translation>アプリケーション セキュリティ グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIC %1</source>
        <translation>NIC %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP forwarding (guest OS)</source>
        <translation>IP 転送 (ゲスト OS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNAT</source>
        <translation>SNAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNAT exclusions</source>
        <translation>SNAT の除外</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Originate 0.0.0.0/0</source>
        <translation>0.0.0.0/0 を生成する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network virtual appliance</source>
        <translation>ネットワーク仮想アプライアンス</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <location line="+13"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Frontend private IP</source>
        <translation>フロントエンド プライベート IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frontend public IP</source>
        <translation>フロントエンド パブリック IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Instance IPs</source>
        <translation>インスタンス IP</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Public IP prefixes</source>
        <translation>パブリック IP プレフィックス</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers only Azure public sources</source>
        <translation>Azure のパブリック送信元にのみ応答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft peering community</source>
        <translation>Microsoft ピアリングのコミュニティ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allow forwarded traffic into %1</source>
        <translation>%1 への転送トラフィックを許可</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow forwarded traffic</source>
        <translation>転送されたトラフィックを許可する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow access between the VNets</source>
        <translation>VNet 間のアクセスを許可</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Local network gateway prefixes</source>
        <translation>ローカル ネットワーク ゲートウェイのプレフィックス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forced tunneling</source>
        <translation>強制トンネリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat intelligence</source>
        <translation>脅威インテリジェンス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNAT private ranges</source>
        <translation>SNAT のプライベート範囲</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-resource</source>
        <translation>サブリソース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
</context>
<context>
    <name>ObjectKind</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="+13"/>
        <source>site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>circuit</source>
        <translation>回線</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNet</source>
        <translation>VNet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peering</source>
        <translation>ピアリング</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route Server</source>
        <translation>Route Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application Gateway</source>
        <translation>Application Gateway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>route table</source>
        <translation>ルート テーブル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>private endpoint</source>
        <translation>プライベート エンドポイント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application security group</source>
        <translation>アプリケーション セキュリティ グループ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load balancer</source>
        <translation>ロード バランサー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frontend</source>
        <translation>フロントエンド</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backend pool</source>
        <translation>バックエンド プール</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../app/report/report_writer.cpp" line="+126"/>
        <location line="+121"/>
        <source>File: %1 — report written %2</source>
        <translation>ファイル: %1 — レポート作成日時 %2</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+110"/>
        <source>Diagram</source>
        <translation>図</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+31"/>
        <location line="+88"/>
        <location line="+21"/>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+109"/>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Protocol/port</source>
        <translation>プロトコル/ポート</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+34"/>
        <location line="+85"/>
        <location line="+24"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>No fix proposed</source>
        <translation>修正案はありません</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+119"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+116"/>
        <source>Errors and their fixes</source>
        <translation>エラーとその修正</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+115"/>
        <source>No flow has an error.</source>
        <translation>エラーのあるフローはありません。</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+1"/>
        <location line="+110"/>
        <location line="+1"/>
        <source>Reachability</source>
        <translation>到達可能性</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+109"/>
        <source>Expected</source>
        <translation>想定</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Apparent source</source>
        <translation>見かけの送信元</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+113"/>
        <source>%1 → %2, %3 port %4; the destination sees %5.</source>
        <translation>%1 → %2、%3 ポート %4。宛先から見た送信元は %5 です。</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Hop</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>何が起きるか</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NSG decisions</source>
        <translation>NSG の判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packet</source>
        <translation>パケット</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+113"/>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+113"/>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+124"/>
        <location line="+112"/>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <location line="-236"/>
        <location line="+124"/>
        <location line="+112"/>
        <source>Alternative: %1</source>
        <translation>代替案: %1</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bicep</source>
        <translation>Bicep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Route: %1</source>
        <translation>ルート: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSG: %1</source>
        <translation>NSG: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source translated: %1</source>
        <translation>送信元の変換: %1</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../model/routing/routing_model.cpp" line="+84"/>
        <source>invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid: %1</source>
        <translation>無効: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a longer prefix (/%1) wins</source>
        <translation>より長いプレフィックス (/%1) が優先</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lower precedence (User &gt; BGP &gt; System)</source>
        <translation>優先順位が低い (ユーザー &gt; BGP &gt; システム)</translation>
    </message>
    <message>
        <location filename="../model/routing/route_set.cpp" line="+55"/>
        <source>overridden by the User route with the same prefix</source>
        <translation>同じプレフィックスのユーザー ルートに上書きされました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overridden by the VirtualNetworkGateway route with the same prefix</source>
        <translation>同じプレフィックスの仮想ネットワーク ゲートウェイ ルートに上書きされました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overridden by the Default route with the same prefix</source>
        <translation>同じプレフィックスの既定ルートに上書きされました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute is preferred for the same prefix</source>
        <translation>同じプレフィックスでは ExpressRoute が優先されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a shorter AS path wins</source>
        <translation>AS パスが短いルートが優先されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalidated by a user route that covers the private endpoint (route-table network policies on its subnet)</source>
        <translation>プライベート エンドポイントを含むユーザー ルートによって無効 (そのサブネットでルート テーブルのネットワーク ポリシーが有効)</translation>
    </message>
</context>
<context>
    <name>ServiceTags</name>
    <message>
        <location filename="../model/catalog/service_tags.cpp" line="+112"/>
        <source>This is not a service tag file: it has no &quot;values&quot; list of tags (the shape of Microsoft&apos;s ServiceTags_*.json download).</source>
        <translation>これはサービス タグ ファイルではありません: タグの &quot;values&quot; 一覧がありません (Microsoft の ServiceTags_*.json ダウンロードの形式)。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This entry is skipped: a tag needs a &quot;name&quot; and &quot;properties&quot; with an &quot;addressPrefixes&quot; list.</source>
        <translation>この項目は飛ばします: タグには &quot;name&quot; と、&quot;addressPrefixes&quot; 一覧を持つ &quot;properties&quot; が必要です。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Skipped in tag %1: %2 is not public address space (service tags hold Azure&apos;s public addresses).</source>
        <translation>タグ %1 で飛ばしました: %2 はパブリック アドレス空間ではありません (サービス タグは Azure のパブリック アドレスを含みます)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Too many prefixes: a tag has at most %1 and a file at most %2 (the published files have far fewer).</source>
        <translation>プレフィックスが多すぎます: 1 つのタグは最大 %1 個、1 つのファイルは最大 %2 個です (公開されているファイルはずっと少ないです)。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skipped in tag %1: &quot;%2&quot; is not an address prefix.</source>
        <translation>タグ %1 で飛ばしました: &quot;%2&quot; はアドレス プレフィックスではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag %1 appears twice; the first one is kept.</source>
        <translation>タグ %1 が 2 回現れます。最初のものを使います。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file lists no usable service tag.</source>
        <translation>ファイルには使えるサービス タグがありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is %1 MB; a service tag file is at most %2 MB.</source>
        <translation>ファイルは %1 MB あります。サービス タグ ファイルは最大 %2 MB です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is not valid JSON.</source>
        <translation>ファイルは有効な JSON ではありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/service_tag_store.cpp" line="+28"/>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み取れません。</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="-143"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../model/trace/source_kind.cpp" line="+16"/>
        <source>private address</source>
        <translation>プライベート アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet address</source>
        <translation>インターネット アドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application Gateway frontend</source>
        <translation>Application Gateway フロントエンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NVA source NAT</source>
        <translation>NVA の送信元 NAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default outbound access</source>
        <translation>既定の送信アクセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance public IP</source>
        <translation>インスタンスのパブリック IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft peering NAT</source>
        <translation>Microsoft ピアリング NAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on-premises edge NAT</source>
        <translation>オンプレミス エッジの NAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Firewall instance address</source>
        <translation>Azure Firewall のインスタンス アドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Firewall public IP</source>
        <translation>Azure Firewall のパブリック IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load balancer frontend</source>
        <translation>ロード バランサーのフロントエンド</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <location filename="../model/trace/tracer.cpp" line="-2061"/>
        <source>The packet stops at %1.</source>
        <translation>パケットは %1 で止まります。</translation>
    </message>
    <message>
        <location line="+416"/>
        <source>%1 answers %2 from %3 through NIC %4.</source>
        <translation>%1 は NIC %4 から %3 として %2 に応答します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The guest sends the reply out of NIC %1 (its default gateway), not NIC %2 the request came in on; Azure drops it: %3 is not an address of NIC %1.</source>
        <translation>ゲストは応答を、要求を受けた NIC %2 ではなく NIC %1 (既定ゲートウェイ) から送ります。%3 は NIC %1 のアドレスではないため、Azure はそれを破棄します。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Host %1 answers %2.</source>
        <translation>ホスト %1 が %2 に応答します。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 sends the packet from %2 to %3.</source>
        <translation>%1 が %2 から %3 へパケットを送信します。</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+80"/>
        <source>The guest has no route out of NIC %1 for %2: dropped.</source>
        <translation>ゲストには NIC %1 から %2 へ出るルートがありません: 破棄されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Host %1 sends the packet from %2.</source>
        <translation>ホスト %1 が %2 からパケットを送信します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Application Gateway %1 opens a new connection to the backend from its instance address %2 (not from its frontend).</source>
        <translation>Application Gateway %1 はインスタンス アドレス %2 から (フロントエンドからではなく) バックエンドへの新しい接続を開きます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A client on the Internet at %1 sends the packet to %2.</source>
        <translation>インターネット上の %1 のクライアントが %2 へパケットを送信します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No public IP of this topology is %1: nothing in the drawing receives it.</source>
        <translation>このトポロジに %1 というパブリック IP はありません。図の中の誰も受け取りません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure translates the public address %1 to %2 of NIC %3.</source>
        <translation>Azure はパブリック アドレス %1 を NIC %3 の %2 に変換します。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>NSG %1 denies the packet (rule %2, priority %3).</source>
        <translation>NSG %1 がパケットを拒否します (規則 %2、優先度 %3)。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The host answers %1 itself; user-defined routes do not apply.</source>
        <translation>ホストが %1 に自ら応答します。ユーザー定義ルートは適用されません。</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The NVA&apos;s own subnet routes the packet back to the NVA: loop.</source>
        <translation>NVA 自身のサブネットがパケットを NVA に送り返します: ループです。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The route %1 drops the packet (next hop None).</source>
        <translation>ルート %1 がパケットを破棄します (次ホップ None)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nobody in VNet %1 holds %2: dropped.</source>
        <translation>VNet %1 に %2 を持つものはありません: 破棄されます。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Application Gateway %1 receives the packet.</source>
        <translation>Application Gateway %1 がパケットを受信します。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Route Server %1 receives the packet.</source>
        <translation>Route Server %1 がパケットを受信します。</translation>
    </message>
    <message>
        <location line="-502"/>
        <source>Application Gateway %1 answers %2 by its subnet&apos;s routes.</source>
        <translation>Application Gateway %1 はサブネットのルートに従って %2 に応答します。</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>The service endpoint of the subnet carries the packet to %1 over the Azure backbone; the service sees the private source %2.</source>
        <translation>サブネットのサービス エンドポイントが Azure バックボーン経由でパケットを %1 に運びます。サービスから見える送信元はプライベートの %2 です。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Peering %1 does not allow access: dropped.</source>
        <translation>ピアリング %1 はアクセスを許可していないため、破棄されます。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The subnet routes the packet back to %1 itself: loop.</source>
        <translation>サブネットはパケットを %1 自身へ戻します: ループ。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 in VNet %2 belongs to %3, not to the flow&apos;s destination: dropped.</source>
        <translation>VNet %2 の %1 は %3 のもので、フローの宛先のものではありません。破棄されます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Azure Firewall %1 receives the packet.</source>
        <translation>Azure Firewall %1 がパケットを受信します。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>NVA %1 undoes its SNAT: the reply goes on to %2.</source>
        <translation>NVA %1 が SNAT を元に戻し、応答は %2 へ進みます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 receives the packet on %2, from source %3.</source>
        <translation>%1 が %2 で送信元 %3 からのパケットを受信します。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 does not forward packets (IP forwarding off): dropped.</source>
        <translation>%1 はパケットを転送しません (IP 転送が無効): 破棄されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NVA %1 receives the packet and forwards it.</source>
        <translation>NVA %1 がパケットを受信して転送します。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure Firewall %1 denies the packet: no rule allows it.</source>
        <translation>Azure Firewall %1 はパケットを拒否します。許可するルールがありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure Firewall %1 denies the packet (rule %2, collection %3).</source>
        <translation>Azure Firewall %1 はパケットを拒否します (ルール %2、コレクション %3)。</translation>
    </message>
    <message>
        <location line="-1054"/>
        <source>Azure Firewall %1 has no AzureFirewallSubnet: it forwards nothing.</source>
        <translation>Azure Firewall %1 には AzureFirewallSubnet がないため、何も転送しません。</translation>
    </message>
    <message>
        <location line="+800"/>
        <source>The route has %1 equal next hops (ECMP); this flow&apos;s hash picks %2.</source>
        <translation>この経路には等コストの次ホップが %1 個あります (ECMP)。このフローのハッシュは %2 を選びます。</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Azure Firewall %1 allows the packet by application rule %2 (collection %3); application rules always translate the source.</source>
        <translation>Azure Firewall %1 はアプリケーション ルール %2 (コレクション %3) でパケットを許可します。アプリケーション ルールは常に送信元を変換します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Firewall %1 allows the packet by network rule %2 (collection %3).</source>
        <translation>Azure Firewall %1 はネットワーク ルール %2 (コレクション %3) でパケットを許可します。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Azure Firewall %1 translates %2 to %3 port %4 (DNAT rule %5) and the source to its instance address %6.</source>
        <translation>Azure Firewall %1 は %2 を %3 ポート %4 に変換し (DNAT ルール %5)、送信元をインスタンス アドレス %6 に変換します。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure Firewall %1 has no session for this reply (the request did not cross it): the stateful firewall drops it.</source>
        <translation>Azure Firewall %1 にはこの応答のセッションがありません (要求はここを通っていません)。ステートフルなファイアウォールは応答を破棄します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply to the firewall&apos;s instance address %1 is routed to its front end %2 instead, which can hand it to another instance: dropped.</source>
        <translation>ファイアウォールのインスタンス アドレス %1 への応答がフロントエンド %2 にルーティングされ、別のインスタンスに渡される可能性があるため、破棄されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Azure Firewall %1 matches the reply to its session and sends it on to %2.</source>
        <translation>Azure Firewall %1 は応答をセッションに照合し、%2 へ送ります。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Azure Firewall %1 translates only TCP and UDP to the Internet: the packet is dropped.</source>
        <translation>Azure Firewall %1 がインターネット向けに変換するのは TCP と UDP だけです。パケットは破棄されます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+256"/>
        <source>NAT gateway %1 translates the source to %2.</source>
        <translation>NAT ゲートウェイ %1 が送信元を %2 に変換します。</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Azure Firewall %1 allows the packet by network rule %2 and translates the source to its instance address %3: %4 is not in its SNAT private ranges.</source>
        <translation>Azure Firewall %1 はネットワーク ルール %2 でパケットを許可し、送信元をインスタンス アドレス %3 に変換します。%4 は SNAT のプライベート範囲にありません。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Private endpoint %1 receives the packet, from source %2.</source>
        <translation>プライベート エンドポイント %1 が送信元 %2 からのパケットを受信します。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Load balancer %1 answers the ping on %2 itself.</source>
        <translation>ロード バランサー %1 が %2 への ping に自ら応答します。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Load balancer %1 has no rule for the packet: dropped.</source>
        <translation>ロード バランサー %1 にはこのパケットの規則がないため、破棄されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load balancer %1 has no healthy member: dropped.</source>
        <translation>ロード バランサー %1 には正常なメンバーがないため、破棄されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A member of the pool cannot reach its own frontend: dropped.</source>
        <translation>プールのメンバーは自分のフロントエンドに到達できないため、破棄されます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Load balancer %1 sends the flow to %2 by rule %3 (%4 healthy member(s)).</source>
        <translation>ロード バランサー %1 は規則 %3 でフローを %2 に送ります (正常なメンバー %4 個)。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The load balancer translates the source to its frontend %1.</source>
        <translation>ロード バランサーが送信元をフロントエンド %1 に変換します。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Azure&apos;s default outbound access translates the source to a Microsoft-owned public address.</source>
        <translation>Azure の既定の送信アクセスが、送信元を Microsoft 所有のパブリック アドレスに変換します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 carries only TCP and UDP to the Internet: the ICMP packet is dropped.</source>
        <translation>%1 はインターネットへ TCP と UDP しか通しません。ICMP パケットは破棄されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 carries only TCP and UDP to the Internet: the %2 packet is dropped.</source>
        <translation>%1 はインターネットへ TCP と UDP しか運びません。%2 パケットは破棄されます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reply crosses the Internet to the edge of site %1, %2.</source>
        <translation>応答はインターネットを通ってサイト %1 のエッジ %2 へ届きます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The packet crosses the Internet to %1, a public address in this drawing.</source>
        <translation>パケットはインターネットを通って、この図にあるパブリック アドレス %1 へ向かいます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The packet leaves for the Internet, where %1 is not %2: it never arrives.</source>
        <translation>パケットはインターネットへ出ますが、そこでの %1 は %2 ではありません。届くことはありません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 refuses the request: its source %2 is not an Azure public address.</source>
        <translation>%1 は要求を拒否します。送信元 %2 が Azure のパブリック アドレスではないためです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 receives the packet from an Azure default outbound address.</source>
        <translation>%1 は Azure の既定の送信アドレスからパケットを受け取ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 receives the packet from %2.</source>
        <translation>%1 が %2 からのパケットを受信します。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Gateway %1 forwards the packet into VNet %2.</source>
        <translation>ゲートウェイ %1 がパケットを VNet %2 へ転送します。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Gateway %1 sends the packet through the VNet-to-VNet connection to gateway %2 (route %3).</source>
        <translation>ゲートウェイ %1 は VNet 間接続を通してゲートウェイ %2 へパケットを送ります (経路 %3)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gateway %1 sends the packet over ExpressRoute circuit %2 (route %3).</source>
        <translation>ゲートウェイ %1 がパケットを ExpressRoute 回線 %2 経由で送信します (ルート %3)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gateway %1 sends the packet through the VPN tunnel to site %2 (route %3).</source>
        <translation>ゲートウェイ %1 がパケットを VPN トンネル経由でサイト %2 へ送信します (ルート %3)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gateway %1 sends the packet to NVA %2, the next hop Route Server taught it (route %3).</source>
        <translation>ゲートウェイ %1 がパケットを、Route Server から学習した次ホップである NVA %2 へ送信します (ルート %3)。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gateway %1 passes the packet to gateway %2 of the same VNet, which learned route %3 (Route Server branch-to-branch).</source>
        <translation>ゲートウェイ %1 は、ルート %3 を学習した同じ VNet のゲートウェイ %2 にパケットを渡します (Route Server のブランチ間接続)。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Gateway %1 sends the packet to its default site %2.</source>
        <translation>ゲートウェイ %1 がパケットを既定のサイト %2 へ送信します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gateway %1 has no route it can use for %2: the packet stops here.</source>
        <translation>ゲートウェイ %1 には %2 に使えるルートがありません。パケットはここで止まります。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Circuit %1 carries the packet to %2 (route %3).</source>
        <translation>回線 %1 がパケットを %2 へ運びます (ルート %3)。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Host %1 receives the packet from %2.</source>
        <translation>ホスト %1 が %2 からのパケットを受信します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site %1 has no host with address %2: the packet is dropped here.</source>
        <translation>サイト %1 にはアドレス %2 のホストがありません。パケットはここで破棄されます。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Site %1 sends the packet over Microsoft peering of circuit %2 (community %3 is in the route filter).</source>
        <translation>サイト %1 が回線 %2 の Microsoft ピアリング経由でパケットを送信します (コミュニティ %3 がルート フィルターにあります)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Circuit %1 carries it to Microsoft with the NAT address %2.</source>
        <translation>回線 %1 が NAT アドレス %2 でパケットを Microsoft へ運びます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Site %1 sends the packet towards Azure through %2 (route %3).</source>
        <translation>サイト %1 が %2 経由で Azure へパケットを送信します (ルート %3)。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Site %1 has no route to %2: Microsoft peering does not advertise it and there is no Internet path.</source>
        <translation>サイト %1 には %2 へのルートがありません。Microsoft ピアリングはそれをアドバタイズせず、インターネット経路もありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Site %1 sends the packet to the Internet through its edge, as %2.</source>
        <translation>サイト %1 がエッジ経由で %2 としてパケットをインターネットへ送信します。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The reply&apos;s destination is translated back to %2; %1 receives the reply.</source>
        <translation>応答の宛先は %2 に戻され、%1 が応答を受け取ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 receives the reply.</source>
        <translation>%1 が応答を受け取ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 translates the reply&apos;s destination back to %2.</source>
        <translation>%1 が応答の宛先を %2 に戻します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply passes %1.</source>
        <translation>応答は %1 を通過します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answers; the reply goes back the way the request came, its translations undone in turn.</source>
        <translation>%1 が応答します。応答は要求が来た経路を戻り、変換は順に元に戻されます。</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../model/trace/trace_explanation.cpp" line="-172"/>
        <source>peered VNets</source>
        <translation>ピアリングされた VNet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on-premises prefixes</source>
        <translation>オンプレミスのプレフィックス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDR prefixes</source>
        <translation>UDR のプレフィックス</translation>
    </message>
    <message>
        <location filename="../views/text/message_text.cpp" line="-53"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VirtualNetworkGateway</source>
        <translation>仮想ネットワーク ゲートウェイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound</source>
        <translation>受信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InternetEdge</source>
        <translation>インターネット エッジ</translation>
    </message>
    <message>
        <location filename="../model/trace/tracer.cpp" line="-1327"/>
        <source>inbound</source>
        <translation>受信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outbound</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="+49"/>
        <source>delivered</source>
        <translation>到達</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>宛先が拒否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-route</source>
        <translation>ルートなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asymmetric</source>
        <translation>非対称</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+43"/>
        <source>Design and debug hybrid Azure networks.</source>
        <translation>ハイブリッド Azure ネットワークを設計し、デバッグします。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a PNG of the window after it opens, then quit.</source>
        <translation>ウィンドウを開いた後に PNG を保存して終了します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select this object and show it in the inspector.</source>
        <translation>このオブジェクトを選択してインスペクターに表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this flow&apos;s path.</source>
        <translation>このフローの経路を表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: en, ja or zh_TW (remembered).</source>
        <translation>画面の言語: en、ja、zh_TW (記憶されます)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import these Azure files or folders (repeat the option for several) as a new document, instead of opening a topology.</source>
        <translation>トポロジを開く代わりに、これらの Azure のファイルまたはフォルダーを新しいドキュメントとしてインポートします (複数ならオプションを繰り返します)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare the opened design with this topology file (File ▸ Compare with…).</source>
        <translation>開いた設計をこのトポロジ ファイルと比較します ([ファイル] ▸ [比較…])。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--%1 needs a value; it took the option %2</source>
        <translation>--%1 には値が必要です。オプション %2 を値として受け取りました</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Topology files to open, each in a window of its own (default: the built-in demo).</source>
        <translation>開くトポロジ ファイル。それぞれ別のウィンドウで開きます (既定: 組み込みのデモ)。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export the diagram (with --flow, that flow&apos;s path) to this file, by its extension: .png, .svg, .pdf or .drawio; then quit.</source>
        <translation>ダイアグラム (--flow を付けるとそのフローの経路も) を拡張子 .png、.svg、.pdf、.drawio に従ってこのファイルにエクスポートし、終了します。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--%1 goes with a single file (got %2)</source>
        <translation>--%1 はファイル 1 つとだけ使えます (%2 個でした)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown language %1 (use %2)</source>
        <translation>不明な言語 %1 (%2 のいずれかを指定してください)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write the screenshot %1 (not a regular file)</source>
        <translation>スクリーンショット %1 を書き込めません (通常のファイルではありません)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write the screenshot %1 (its name must end in .png)</source>
        <translation>スクリーンショット %1 を書き込めません (名前は .png で終わる必要があります)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot export to %1 (a file ending in .png, .svg, .pdf or .drawio)</source>
        <translation>%1 にエクスポートできません (.png、.svg、.pdf、.drawio で終わるファイル)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--export and --screenshot: one or the other</source>
        <translation>--export と --screenshot はどちらか一方だけです</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be opened:</source>
        <translation>%1 を開けません:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--import and a file to open: one or the other</source>
        <translation>--import と開くファイルは同時に指定できません</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no flow %1 in %2</source>
        <translation>%2 にフロー %1 はありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no object %1 in %2</source>
        <translation>%2 にオブジェクト %1 はありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write the screenshot %1 (a PNG in a folder that exists)</source>
        <translation>スクリーンショット %1 を書き込めません (既存のフォルダー内の PNG を指定してください)</translation>
    </message>
</context>
<context>
    <name>pathlight</name>
    <message>
        <location filename="../views/canvas/scene_export.cpp" line="+25"/>
        <source>the drawing is too large for an image</source>
        <translation>図が大きすぎて画像にできません</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+10"/>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Exported by Pathlight</source>
        <translation>Pathlight でエクスポート</translation>
    </message>
</context>
<context>
    <name>pathlight::ChallengeDialog</name>
    <message>
        <location filename="../views/panels/challenge_dialog.cpp" line="+27"/>
        <source>&amp;Reveal</source>
        <translation>答えを見る(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next flow</source>
        <translation>次のフロー(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenge</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 10.1.1.4, or empty for Azure&apos;s default outbound address</source>
        <translation>例: 10.1.1.4 (Azure の既定の送信アドレスなら空欄)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happens?</source>
        <translation>どうなりますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination sees the source as</source>
        <translation>宛先から見た送信元</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This document has no flows to ask about.</source>
        <translation>このドキュメントには出題できるフローがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Question %1 of %2.&lt;/b&gt; %3: from &lt;b&gt;%4&lt;/b&gt; to &lt;b&gt;%5&lt;/b&gt;, %6 port %7.</source>
        <translation>&lt;b&gt;問題 %1 / %2。&lt;/b&gt; %3: &lt;b&gt;%4&lt;/b&gt; から &lt;b&gt;%5&lt;/b&gt; へ、%6 ポート %7。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Score: %1 of %2</source>
        <translation>スコア: %1 / %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>✓ Verdict: %1.</source>
        <translation>✓ 判定: %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Verdict: it is %1.</source>
        <translation>✗ 判定: 正解は %1 です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Source seen as %1.</source>
        <translation>✓ 送信元は %1 と見えます。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ The destination sees the source as %1.</source>
        <translation>✗ 宛先から見た送信元は %1 です。</translation>
    </message>
</context>
<context>
    <name>pathlight::ComparisonPanel</name>
    <message>
        <location filename="../views/panels/comparison_panel.cpp" line="+66"/>
        <source>Compare again</source>
        <translation>もう一度比較</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>違い</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>もう一方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No comparison yet: File ▸ Compare with… compares this design with another topology, such as an import of what is deployed.</source>
        <translation>まだ比較していません。[ファイル] ▸ [比較…] で、この設計をデプロイ済みのものをインポートしたトポロジなど、別のトポロジと比較できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compared with %1: %2 flows of %3 differ; %4 objects changed, %5 removed, %6 added.</source>
        <translation>%1 と比較: %3 件中 %2 件のフローが異なります。オブジェクトの変更 %4、削除 %5、追加 %6。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The design changed since: compare again.</source>
        <translation>その後、設計が変わりました。もう一度比較してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows that differ (%1)</source>
        <translation>異なるフロー (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not traceable (its ends are missing)</source>
        <translation>トレースできません (端点がありません)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed (%1)</source>
        <translation>変更 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the design (%1)</source>
        <translation>設計にだけある (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the other (%1)</source>
        <translation>もう一方にだけある (%1)</translation>
    </message>
</context>
<context>
    <name>pathlight::Document</name>
    <message>
        <location filename="../app/gui/document.cpp" line="+186"/>
        <source>no recovery copy is free (99 are in use)</source>
        <translation>空いている復元用コピーがありません (99 個が使用中)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no recovery copy</source>
        <translation>回復用のコピーがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the recovery copy cannot be read</source>
        <translation>回復用のコピーを読み込めません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover unsaved changes</source>
        <translation>保存されていない変更の回復</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>pathlight::EffectiveView</name>
    <message>
        <location filename="../views/panels/effective_view.cpp" line="+62"/>
        <location line="+3"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address prefixes</source>
        <translation>アドレス プレフィックス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hop type</source>
        <translation>次ホップの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hop IP address</source>
        <translation>次ホップ IP アドレス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it lost</source>
        <translation>無効になった理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source ports</source>
        <translation>送信元ポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination ports</source>
        <translation>宛先ポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective routes and security rules</source>
        <translation>有効なルートとセキュリティ規則</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>NIC %1 (%2)</source>
        <translation>NIC %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subnet %1 (%2, %3)</source>
        <translation>サブネット %1 (%2、%3)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Network interface or subnet:</source>
        <translation>ネットワーク インターフェイスまたはサブネット:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effective routes</source>
        <translation>有効なルート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective security rules</source>
        <translation>有効なセキュリティ規則</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV をエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV</source>
        <translation>CSV のエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Subnet %1</source>
        <translation>サブネット %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NIC %1</source>
        <translation>NIC %1</translation>
    </message>
</context>
<context>
    <name>pathlight::FirewallPolicyEditor</name>
    <message>
        <location filename="../views/editors/firewall_policy_editor.cpp" line="+99"/>
        <source>Policy name</source>
        <translation>ポリシー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure CLI and PowerShell fixes name the policy by this name</source>
        <translation>Azure CLI と PowerShell の修正はこの名前でポリシーを指定します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Rule processing&lt;/b&gt;: DNAT rules first, then network rules, then application rules, whatever their priorities; inside each, groups and then collections by priority (lowest number first). What matches nothing is denied.</source>
        <translation>&lt;b&gt;規則の処理順&lt;/b&gt;: 優先度に関係なく、DNAT 規則、ネットワーク規則、アプリケーション規則の順です。それぞれの中では、グループ、次にコレクションを優先度順 (小さい番号が先) に評価します。どれにも一致しないものは拒否されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group / collection</source>
        <translation>グループ / コレクション</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;group</source>
        <translation>グループの追加(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;collection</source>
        <translation>コレクションの追加(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNAT collection</source>
        <translation>DNAT コレクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network collection</source>
        <translation>ネットワーク コレクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application collection</source>
        <translation>アプリケーション コレクション</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add rule</source>
        <translation>規則の追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rule</source>
        <translation>規則の削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Firewall policy of %1</source>
        <translation>%1 のファイアウォール ポリシー</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+12"/>
        <location line="+130"/>
        <source>DNAT</source>
        <translation>DNAT</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+142"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+142"/>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source addresses</source>
        <translation>ソース アドレス</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Protocols</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Destination (public IP)</source>
        <translation>宛先 (パブリック IP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Destination ports</source>
        <translation>宛先ポート</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Translated address</source>
        <translation>変換後のアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated port</source>
        <translation>変換後のポート</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination addresses</source>
        <translation>宛先アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination FQDNs</source>
        <translation>宛先 FQDN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protocols (type:port)</source>
        <translation>プロトコル (種類:ポート)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target FQDNs</source>
        <translation>対象 FQDN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FQDN tags</source>
        <translation>FQDN タグ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a rule collection on the left to see and edit its rules.</source>
        <translation>左のルール コレクションを選ぶと、その規則を表示・編集できます。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rules of %1 (%2) in %3</source>
        <translation>%3 の %1 (%2) の規則</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>rule %1</source>
        <translation>規則 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: %2</source>
        <translation>行 %1: %2</translation>
    </message>
</context>
<context>
    <name>pathlight::FlowDialog</name>
    <message>
        <location filename="../views/editors/flow_dialog.cpp" line="+52"/>
        <source>Flow %1</source>
        <translation>フロー %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New flow</source>
        <translation>新しいフロー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an address or a name, as 203.0.113.10 or www.microsoft.com</source>
        <translation>アドレスまたは名前 (203.0.113.10、www.microsoft.com など)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NVA %1 (%2)</source>
        <translation>NVA %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VM %1 (%2)</source>
        <translation>VM %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NIC %1 (%2)</source>
        <translation>NIC %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host %1 at %2 (%3)</source>
        <translation>ホスト %1 (%2、%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application Gateway %1 (its instances)</source>
        <translation>Application Gateway %1 (そのインスタンス)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoint %1</source>
        <translation>エンドポイント %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint %1 (%2)</source>
        <translation>エンドポイント %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (built in)</source>
        <translation>%1 (組み込み)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 (built in)</source>
        <translation>%1 — %2 (組み込み)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object, or an IP address (an Internet client)</source>
        <translation>オブジェクト、または IP アドレス (インターネット上のクライアント)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object, an endpoint, an IP address or an FQDN</source>
        <translation>オブジェクト、エンドポイント、IP アドレス、または FQDN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no expectation)</source>
        <translation>(想定なし)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>送信元(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination</source>
        <translation>宛先(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protocol</source>
        <translation>プロトコル(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort</source>
        <translation>ポート(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected</source>
        <translation>想定(&amp;E)</translation>
    </message>
</context>
<context>
    <name>pathlight::FlowsPanel</name>
    <message>
        <location filename="../views/panels/flows_panel.cpp" line="+52"/>
        <source>&amp;New flow…</source>
        <translation>新しいフロー(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit flow…</source>
        <translation>フローの編集(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Remove %n flow(s)</source>
        <translation>
            <numerusform>%n 個のフローを削除(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apparent source</source>
        <translation>見かけの送信元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>想定</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Azure default outbound</source>
        <translation>Azure の既定の送信</translation>
    </message>
</context>
<context>
    <name>pathlight::HopsPanel</name>
    <message>
        <location filename="../views/panels/hops_panel.cpp" line="+27"/>
        <source>cannot be applied here: %1</source>
        <translation>ここでは適用できません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fixes this flow</source>
        <translation>このフローを修正します</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this flow stays undelivered</source>
        <translation>このフローは到達しないままです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; 0 others change</source>
        <translation>%1。ほかのフローは変わりません</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; %n other flow(s) change: %2</source>
        <translation>
            <numerusform>%1。ほかに %n 個のフローが変わります: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+170"/>
        <source>Hop</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+170"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apparent source</source>
        <translation>見かけの送信元</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Packet in</source>
        <translation>受信パケット</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beat</source>
        <translation>採用されなかったルート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 → %2%3 (%4, %5): %6</source>
        <translation>%1 → %2%3 (%4、%5): %6</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deny: no rule allows it (default deny)</source>
        <translation>拒否: 許可するルールがありません (既定の拒否)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: rule %2 (%3), collection %4, group %5</source>
        <translation>%1: ルール %2 (%3)、コレクション %4、グループ %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packet out</source>
        <translation>送信パケット</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hop(s) back to the client</source>
        <translation>
            <numerusform>クライアントへ戻る %n ホップ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R%1</source>
        <translation>R%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternative</source>
        <translation>代替案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix code: %1 (pathlight-cli fix FILE --flow %2 --apply %1)</source>
        <translation>修正コード: %1 (pathlight-cli fix FILE --flow %2 --apply %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply this fix (one undo step); right-click for its scripts</source>
        <translation>この修正を適用します (1 回の元に戻す操作)。右クリックでスクリプトを表示</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Apply fix</source>
        <translation>修正を適用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy Azure CLI</source>
        <translation>Azure CLI をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy PowerShell</source>
        <translation>PowerShell をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Bicep</source>
        <translation>Bicep をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Terraform</source>
        <translation>Terraform をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Windows guest commands</source>
        <translation>Windows ゲストのコマンドをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Linux guest commands</source>
        <translation>Linux ゲストのコマンドをコピー</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>pathlight::ImportReportPanel</name>
    <message>
        <location filename="../views/panels/import_report_panel.cpp" line="+17"/>
        <location line="+16"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files read (%1)</source>
        <translation>読み込んだファイル (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %2, %n resources</source>
        <translation>
            <numerusform>%1: %2、リソース %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathlight::InspectorPanel</name>
    <message>
        <location filename="../views/panels/inspector_panel.cpp" line="+39"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address prefix</source>
        <translation>アドレス プレフィックス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hop type</source>
        <translation>次ホップの種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hop IP</source>
        <translation>次ホップ IP</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+63"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+47"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Effective routes</source>
        <translation>有効なルート</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <location line="+383"/>
        <source>Edit policy rules…</source>
        <translation>ポリシーの規則を編集…</translation>
    </message>
    <message>
        <location line="-416"/>
        <location line="+35"/>
        <location line="+385"/>
        <source>Rule collection groups, collections and rules of this firewall&apos;s policy</source>
        <translation>このファイアウォールのポリシーのルール コレクション グループ、コレクション、規則</translation>
    </message>
    <message>
        <location line="-409"/>
        <location line="+21"/>
        <source>Apply the edited settings as one undo step (Ctrl+Enter)</source>
        <translation>編集した設定を 1 回の元に戻す操作として適用します (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this network security group&apos;s rules</source>
        <translation>このネットワーク セキュリティ グループの規則を編集します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this route table&apos;s routes</source>
        <translation>このルート テーブルのルートを編集します</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Several values: separate them with commas</source>
        <translation>複数の値はコンマで区切ります</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>select an object on the canvas to see and edit its settings</source>
        <translation>キャンバス上のオブジェクトを選択すると、その設定を表示・編集できます</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an object on the canvas to see and edit its settings and, for a VM or subnet, its effective routes.</source>
        <translation>キャンバス上のオブジェクトを選択すると、その設定と、VM またはサブネットの場合は有効なルートを表示・編集できます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit frontends, pools and rules…</source>
        <translation>フロントエンド、プール、規則を編集…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frontends, backend pools, load-balancing rules and outbound rules</source>
        <translation>フロントエンド、バックエンド プール、負荷分散規則、送信規則</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <source>Effective routes of %1</source>
        <translation>%1 の有効なルート</translation>
    </message>
</context>
<context>
    <name>pathlight::LatencyChart</name>
    <message>
        <location filename="../views/plots/latency_chart.cpp" line="+36"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative</source>
        <translation>累積</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms (one way)</source>
        <translation>ms (片道)</translation>
    </message>
</context>
<context>
    <name>pathlight::LiveImportDialog</name>
    <message>
        <location filename="../app/gui/live_import_dialog.cpp" line="-112"/>
        <source>Import from Azure</source>
        <translation>Azure からインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update service tags from Azure</source>
        <translation>Azure からサービス タグを更新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subscription ids, separated by commas</source>
        <translation>サブスクリプション ID (コンマ区切り)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all resource groups</source>
        <translation>すべてのリソース グループ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Resource Manager: https://management.azure.com for the public cloud; a sovereign cloud&apos;s own, e.g. https://management.usgovcloudapi.net</source>
        <translation>Azure Resource Manager: パブリック クラウドは https://management.azure.com、ソブリン クラウドはそれぞれのもの (例: https://management.usgovcloudapi.net)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure CLI (az account get-access-token)</source>
        <translation>Azure CLI (az account get-access-token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable %1</source>
        <translation>環境変数 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted here:</source>
        <translation>ここに貼り付け:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a bearer token for Azure Resource Manager</source>
        <translation>Azure Resource Manager 用のベアラー トークン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure CLI (az) is not installed or not on PATH</source>
        <translation>Azure CLI (az) がインストールされていないか PATH にありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Subscriptions:</source>
        <translation>サブスクリプション:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource groups:</source>
        <translation>リソース グループ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint:</source>
        <translation>エンドポイント:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is sent before you press Read. Pathlight then sends only these read-only requests, with the token in memory only (never saved, logged or written to the report). The token&apos;s account needs the Reader role on what it reads.</source>
        <translation>[読み取り] を押すまで何も送信しません。その後 Pathlight が送るのは次の読み取り専用の要求だけで、トークンはメモリにだけ保持します (保存、ログ、レポートへの書き込みはしません)。トークンのアカウントには読み取る対象の閲覧者ロールが必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
</context>
<context>
    <name>pathlight::LoadBalancerEditor</name>
    <message>
        <location filename="../views/editors/load_balancer_editor.cpp" line="+94"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Subnet (internal)</source>
        <translation>サブネット (内部)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private IP</source>
        <translation>プライベート IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public IP</source>
        <translation>パブリック IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members (NICs)</source>
        <translation>メンバー (NIC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probed down</source>
        <translation>プローブで停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frontend</source>
        <translation>フロントエンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Backend pool</source>
        <translation>バックエンド プール</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Frontend port</source>
        <translation>フロントエンド ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend port</source>
        <translation>バックエンド ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floating IP</source>
        <translation>フローティング IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No outbound SNAT</source>
        <translation>送信 SNAT なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Frontends</source>
        <translation>フロントエンド</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backend pools</source>
        <translation>バックエンド プール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load-balancing rules</source>
        <translation>負荷分散規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound rules</source>
        <translation>送信規則</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An internal frontend has a subnet and a private IP; a public one has a public IP.</source>
        <translation>内部フロントエンドにはサブネットとプライベート IP、パブリック フロントエンドにはパブリック IP があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members are NIC ids. &quot;Probed down&quot; lists the members whose health probe fails: no flow goes to them.</source>
        <translation>メンバーは NIC の ID です。「プローブで停止」には正常性プローブが失敗するメンバーを挙げます。そのメンバーにはフローが届きません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol All with ports 0 is HA ports (every port, TCP and UDP): the internal frontend an NVA pair sits behind.</source>
        <translation>プロトコル All でポート 0 は HA ポート (全ポート、TCP と UDP) です。NVA の組の前に置く内部フロントエンドです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound rules translate the pool&apos;s Internet-bound traffic to their frontends&apos; public IPs (after a NAT gateway and instance public IPs).</source>
        <translation>送信規則は、プールのインターネット宛てトラフィックをフロントエンドのパブリック IP に変換します (NAT ゲートウェイとインスタンスのパブリック IP の次)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Load balancer %1</source>
        <translation>ロード バランサー %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a member of this pool</source>
        <translation>&quot;%1&quot; はこのプールのメンバーではありません</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>pathlight::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="-216"/>
        <source>Unsaved changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to %1?</source>
        <translation>%1 への変更を保存しますか?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover unsaved changes</source>
        <translation>保存されていない変更の回復</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathlight found changes to this document that were not saved (autosaved %1). Recover them?</source>
        <translation>このドキュメントに保存されていない変更が見つかりました (%1 に自動保存)。回復しますか?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recover unsaved work</source>
        <translation>未保存の作業を復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathlight found work that was autosaved but never saved (after a crash, say).
Choose one to recover now; the others stay for later (File ▸ Recover unsaved work).</source>
        <translation>自動保存されたまま保存されていない作業が見つかりました (クラッシュの後など)。
今復元するものを 1 つ選んでください。残りは後で復元できます (ファイル ▸ 未保存の作業を復元)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This fix breaks other flows</source>
        <translation>この修正はほかのフローを壊します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying it stops these flows from being delivered:
%1
Apply it anyway?</source>
        <translation>適用すると、次のフローが到達しなくなります:
%1
それでも適用しますか?</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+57"/>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Hops</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Latency</source>
        <translation>遅延</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Reachability</source>
        <translation>到達性</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Import report</source>
        <translation>インポート レポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+410"/>
        <source>Zoom: Ctrl+0 fits the drawing, Ctrl+1 shows it at 100 %</source>
        <translation>ズーム: Ctrl+0 で図全体を表示、Ctrl+1 で 100 % 表示</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Click on the canvas to place it (Esc cancels)</source>
        <translation>キャンバスをクリックして配置します (Esc で取り消し)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1%2 — Pathlight</source>
        <translation>%1%2 — Pathlight</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n flow(s): %1 delivered, %2 not delivered</source>
        <translation>
            <numerusform>%n 個のフロー: 到達 %1、未到達 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_menus.cpp" line="-405"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New from &amp;scenario…</source>
        <translation>シナリオから新規作成(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;example</source>
        <translation>サンプルを開く(&amp;E)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover &amp;unsaved work…</source>
        <translation>未保存の作業を復元(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unsaved work to recover</source>
        <translation>復元する未保存の作業はありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export diagram…</source>
        <translation>図のエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report…</source>
        <translation>レポートのエクスポート(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;onnect objects</source>
        <translation>オブジェクトの接続(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag from one object to another: VNet–VNet peering, gateway–circuit or gateway–site connection, site–circuit, NVA–Route Server</source>
        <translation>オブジェクトから別のオブジェクトへドラッグします: VNet 間のピアリング、ゲートウェイと回線またはサイトの接続、サイトと回線、NVA と Route Server</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cancel placing or connecting</source>
        <translation>配置または接続を取り消す</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Import from Azure files…</source>
        <translation>Azure のファイルからインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Azure f&amp;older…</source>
        <translation>Azure のフォルダーからインポート(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from &amp;Azure…</source>
        <translation>Azure からインポート(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare &amp;with…</source>
        <translation>比較(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update service &amp;tags from file…</source>
        <translation>ファイルからサービス タグを更新(&amp;T)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update service tags from A&amp;zure…</source>
        <translation>Azure からサービス タグを更新(&amp;Z)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Close window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connect mode: drag between objects · Esc stops</source>
        <translation>接続モード: オブジェクト間をドラッグ · Esc で終了</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag from one object to another to connect them (Esc to stop)</source>
        <translation>オブジェクトから別のオブジェクトへドラッグして接続します (Esc で終了)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;flow…</source>
        <translation>新しいフロー(&amp;F)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Draw a flow</source>
        <translation>フローを描く(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag from the source to the destination (or to empty canvas to type one)</source>
        <translation>送信元から宛先へドラッグします (宛先を入力する場合は空いているキャンバスへ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag from a flow&apos;s source to its destination (Esc or Ctrl+Shift+T to stop)</source>
        <translation>フローの送信元から宛先へドラッグします (Esc か Ctrl+Shift+T で終了)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network &amp;security groups</source>
        <translation>ネットワーク セキュリティ グループ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New network security group</source>
        <translation>新しいネットワーク セキュリティ グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route &amp;tables</source>
        <translation>ルート テーブル(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New route table</source>
        <translation>新しいルート テーブル</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Firewall policies</source>
        <translation>ファイアウォール ポリシー(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No Azure Firewall in this design</source>
        <translation>この設計には Azure Firewall がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load balancers</source>
        <translation>ロード バランサー(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No load balancer in this design</source>
        <translation>この設計にはロード バランサーがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrange</source>
        <translation>配置(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic &amp;layout</source>
        <translation>自動レイアウト(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Align</source>
        <translation>整列(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Left edges</source>
        <translation>左端(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right edges</source>
        <translation>右端(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Top edges</source>
        <translation>上端(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bottom edges</source>
        <translation>下端(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres &amp;horizontally</source>
        <translation>左右中央(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres &amp;vertically</source>
        <translation>上下中央(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Effective &amp;routes and security rules…</source>
        <translation>有効なルートとセキュリティ規則(&amp;R)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Teaching</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presenter mode</source>
        <translation>プレゼンター モード(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Challenge…</source>
        <translation>チャレンジ(&amp;C)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick start</source>
        <translation>クイック スタート(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Pathlight</source>
        <translation>Pathlight について(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick start</source>
        <translation>クイック スタート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Pathlight in five steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick a flow&lt;/b&gt; in Flows: the canvas lights its path hop by hop, the reply dotted beside it, and the verdict at its end.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read the hops&lt;/b&gt; in the Hops panel: the route chosen at each hop and the routes it beat, every NSG decision, the addresses before and after.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fix what is wrong&lt;/b&gt;: Problems and the hop panel list each finding with its fixes. Apply one and every flow is traced again; Edit ▸ Undo takes it back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Draw&lt;/b&gt;: choose an object in the Palette and click the canvas (a VNet, then subnets and VMs inside it); Edit ▸ Connect objects links two; select an object to edit it in the Inspector.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ask a question&lt;/b&gt;: Edit ▸ New flow… from a source to a destination, and the answer appears in Flows. Teaching ▸ steps through a flow for a class.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;File ▸ New from scenario… opens worked cases from real reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pathlight の 5 つのステップ&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;フローを選ぶ&lt;/b&gt;: [フロー] で選ぶと、キャンバスに経路がホップごとに表示され、応答は点線で並び、終点に判定が出ます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;ホップを読む&lt;/b&gt;: [ホップ] パネルに、各ホップで選ばれたルートと採用されなかったルート、NSG の判定、前後のアドレスが表示されます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;問題を直す&lt;/b&gt;: [問題] とホップ パネルに、見つかった問題ごとに修正案があります。適用するとすべてのフローが再トレースされ、編集 ▸ 元に戻す で取り消せます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;描く&lt;/b&gt;: [パレット] でオブジェクトを選びキャンバスをクリックします (まず VNet、その中にサブネットと VM)。編集 ▸ オブジェクトの接続 で 2 つをつなぎます。オブジェクトを選ぶと [インスペクター] で編集できます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;問いを立てる&lt;/b&gt;: 編集 ▸ 新しいフロー… で送信元と宛先を指定すると、答えが [フロー] に表示されます。学習 ▸ で授業向けにフローを 1 ステップずつ進められます。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;ファイル ▸ シナリオから新規作成… で、実際の報告に基づく事例を開けます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="-266"/>
        <source>Cannot open file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 cannot be opened: %n problem(s) found.</source>
        <translation>
            <numerusform>%1 を開けません: %n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_files.cpp" line="+52"/>
        <source>%1 — autosaved %2</source>
        <translation>%1 — %2 に自動保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 was not opened; the document shown is unchanged</source>
        <translation>%1 は開かれませんでした。表示中のドキュメントは変更されていません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open topology</source>
        <translation>トポロジを開く</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_compare.cpp" line="+33"/>
        <source>%1 was not compared</source>
        <translation>%1 は比較されませんでした</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compare the design with</source>
        <translation>設計と比較するファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_files.cpp" line="+1"/>
        <source>Pathlight topologies (*.pathlight.json *.json);;All files (*)</source>
        <translation>Pathlight トポロジ (*.pathlight.json *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only in the design: %1 has no %2 %3</source>
        <translation>設計にだけあります。%1 には %2 %3 がありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Differs in %1: %2</source>
        <translation>%1 では異なります: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+220"/>
        <source>%1 — %2%3 — Pathlight</source>
        <translation>%1 — %2%3 — Pathlight</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="+74"/>
        <source>%1 cannot move into %2: %3</source>
        <translation>%1 は %2 に移動できません: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを移動</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot move: %1</source>
        <translation>移動できません: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Cannot place it there: %1</source>
        <translation>そこには配置できません: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1</source>
        <translation>%1 を追加しました</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Cannot connect %1 and %2: %3</source>
        <translation>%1 と %2 を接続できません: %3</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Connect %1 and %2</source>
        <translation>%1 と %2 を接続</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected %1 and %2</source>
        <translation>%1 と %2 を接続しました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを削除</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be deleted: %2</source>
        <translation>%1 は削除できません: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %1 and %n object(s) that depended on it, %2 flow(s) among them</source>
        <translation>
            <numerusform>%1 と、それに依存する %n 個のオブジェクト (うちフロー %2 個) を削除しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトをコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Nothing pasted: %1</source>
        <translation>貼り付けませんでした: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pasted %1; not all: %2</source>
        <translation>%1 を貼り付けました。一部は貼り付けられません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasted %1</source>
        <translation>%1 を貼り付けました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate %1</source>
        <translation>%1 を複製</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select two or more objects to align</source>
        <translation>整列するには 2 つ以上のオブジェクトを選択してください</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the editor produced no object</source>
        <translation>エディターがオブジェクトを生成しませんでした</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_flows.cpp" line="+95"/>
        <location line="+75"/>
        <source>Add flow %1</source>
        <translation>フロー %1 を追加</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Edit flow %1</source>
        <translation>フロー %1 を編集</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Remove %n flow(s)</source>
        <translation>
            <numerusform>%n 個のフローを削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="+4"/>
        <location line="+54"/>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_teaching.cpp" line="+43"/>
        <source>Presenter mode: → or Space steps, ← goes back, Home restarts, P plays; %1 leaves</source>
        <translation>プレゼンター モード: → または Space で進む、← で戻る、Home で最初から、P で再生、%1 で終了</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="-16"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>有効な JSON ではありません (%1 行 %2 列): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a JSON object</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit document settings</source>
        <translation>ドキュメントの設定を編集</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_files.cpp" line="+31"/>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save topology</source>
        <translation>トポロジを保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathlight topologies (*.pathlight.json)</source>
        <translation>Pathlight トポロジ (*.pathlight.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Traced paths</source>
        <translation>トレースした経路</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export diagram</source>
        <translation>図のエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 図 (*.svg);;PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw.io diagram (*.drawio)</source>
        <translation>draw.io ダイアグラム (*.drawio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+70"/>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+70"/>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Reachability matrix for %1 port %2: sources in rows, destinations in columns, each cell coloured by its verdict as on the canvas.</source>
        <translation>%1 ポート %2 の到達可能性マトリックス: 行が送信元、列が宛先で、各セルはキャンバスと同じく判定の色で塗られています。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML report (*.html);;Markdown report (*.md)</source>
        <translation>HTML レポート (*.html);;Markdown レポート (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="+24"/>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply fix: %1</source>
        <translation>修正を適用: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Fix applied: %1 is now delivered; %n other flow(s) changed.</source>
        <translation>
            <numerusform>修正を適用しました: %1 は到達するようになりました。ほかに %n 個のフローが変わりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fix applied: %1 is still not delivered; %n other flow(s) changed.</source>
        <translation>
            <numerusform>修正を適用しました: %1 はまだ到達しません。ほかに %n 個のフローが変わりました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_files.cpp" line="-56"/>
        <source>Untitled topology</source>
        <translation>無題のトポロジ</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_flows.cpp" line="-78"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_import.cpp" line="+52"/>
        <source>Nothing was imported; the document shown is unchanged</source>
        <translation>何もインポートされませんでした。表示中のドキュメントは変わりません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import from Azure</source>
        <translation>Azure からインポート</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Imported %1 VNets and %2 VMs; %n suggested checks added</source>
        <translation>
            <numerusform>VNet %1 個と VM %2 台をインポートし、推奨チェックを %n 件追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n more left out: at most 50 of each kind)</source>
        <translation>
            <numerusform>(さらに %n 件を省略: 種類ごとに最大 50 件)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import an Azure folder</source>
        <translation>Azure のフォルダーをインポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import from Azure files</source>
        <translation>Azure のファイルからインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure JSON (az or REST output, ARM templates, exports) (*.json);;All files (*)</source>
        <translation>Azure の JSON (az や REST の出力、ARM テンプレート、エクスポート) (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already laid out automatically</source>
        <translation>すでに自動レイアウトです</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic layout</source>
        <translation>自動レイアウト</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_live_import.cpp" line="+39"/>
        <location line="+59"/>
        <location filename="../app/gui/main_window_service_tags.cpp" line="+105"/>
        <source>Azure Resource Manager at %1</source>
        <translation>%1 の Azure Resource Manager</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Asking the Azure CLI for a token…</source>
        <translation>Azure CLI にトークンを要求しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <location filename="../app/gui/main_window_service_tags.cpp" line="-5"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading from Azure…</source>
        <translation>Azure から読み取っています…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Read %n resources; %1 requests left</source>
        <translation>
            <numerusform>%n 個のリソースを読み取りました。残りの要求は %1 個です</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import from Azure canceled; the document shown is unchanged</source>
        <translation>Azure からのインポートをキャンセルしました。表示中のドキュメントは変わっていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing what was read…</source>
        <translation>読み取った内容をインポートしています…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_service_tags.cpp" line="-65"/>
        <source>The stored service tags (%1) cannot be read: only the platform tags are known</source>
        <translation>保存されたサービス タグ (%1) を読み取れません: プラットフォーム タグだけを使います</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service tags: the platform tags only (no service tag file loaded)</source>
        <translation>サービス タグ: プラットフォーム タグのみ (サービス タグ ファイル未読み込み)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Service tags: %1 cloud, change number %2, %n tag(s), loaded %3</source>
        <translation>
            <numerusform>サービス タグ: %1 クラウド、変更番号 %2、%n 個のタグ、読み込み %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the command line</source>
        <translation>コマンド ラインから</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update service tags from file</source>
        <translation>ファイルからサービス タグを更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure service tags (ServiceTags_*.json *.json);;All files (*)</source>
        <translation>Azure サービス タグ (ServiceTags_*.json *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+59"/>
        <source>The service tags cannot be kept in %1: %2</source>
        <translation>サービス タグを %1 に保存できません: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>%1 (%n entry(ies) skipped)</source>
        <translation>
            <numerusform>%1 (%n 個の項目を飛ばしました)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the service tags from Azure…</source>
        <translation>Azure からサービス タグを読み取っています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the service tags canceled; nothing changed</source>
        <translation>サービス タグの読み取りをキャンセルしました。何も変わっていません</translation>
    </message>
</context>
<context>
    <name>pathlight::PalettePanel</name>
    <message>
        <location filename="../views/panels/palette_panel.cpp" line="+22"/>
        <source>VNet</source>
        <translation>VNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NVA</source>
        <translation>NVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExpressRoute gateway</source>
        <translation>ExpressRoute ゲートウェイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VPN gateway</source>
        <translation>VPN ゲートウェイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route Server</source>
        <translation>Route Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application Gateway</source>
        <translation>Application Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private endpoint</source>
        <translation>プライベート エンドポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal load balancer</source>
        <translation>内部ロード バランサー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExpressRoute circuit</source>
        <translation>ExpressRoute 回線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network security group</source>
        <translation>ネットワーク セキュリティ グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route table</source>
        <translation>ルート テーブル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application security group</source>
        <translation>アプリケーション セキュリティ グループ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Drop it on a subnet (or, for an NSG, a VM) to associate a new %1 with it</source>
        <translation>サブネット (NSG の場合は VM も可) にドロップすると、新しい %1 を関連付けます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click, then click on the canvas to place a %1 — or drag it there</source>
        <translation>クリックしてからキャンバスをクリックすると %1 を配置します。ドラッグしても配置できます</translation>
    </message>
</context>
<context>
    <name>pathlight::ProblemsPanel</name>
    <message>
        <location filename="../views/panels/problems_panel.cpp" line="+35"/>
        <location line="+14"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Apply fix</source>
        <translation>修正を適用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy Azure CLI</source>
        <translation>Azure CLI をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy PowerShell</source>
        <translation>PowerShell をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Bicep</source>
        <translation>Bicep をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Terraform</source>
        <translation>Terraform をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Windows guest commands</source>
        <translation>Windows ゲストのコマンドをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Linux guest commands</source>
        <translation>Linux ゲストのコマンドをコピー</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>flow %1</source>
        <translation>フロー %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alternative: %1</source>
        <translation>代替案: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix (guest step): %1</source>
        <translation>修正 (ゲスト側の手順): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
</context>
<context>
    <name>pathlight::ReachabilityMatrix</name>
    <message>
        <location filename="../views/plots/reachability_matrix.cpp" line="+109"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to check yet.
Add VMs or sites: each row is a source, each column a destination.</source>
        <translation>まだ確認するものがありません。
VM またはサイトを追加してください: 各行が送信元、各列が宛先です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 to itself: the packet does not leave the machine, so no route or NSG applies.</source>
        <translation>%1 から自身へ: パケットはマシンの外に出ないため、ルートも NSG も適用されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2 (%3/%4): %5</source>
        <translation>%1 → %2 (%3/%4): %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seen as %1</source>
        <translation>見かけの送信元 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to show this flow</source>
        <translation>クリックするとこのフローを表示します</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Destination (the first %1)</source>
        <translation>宛先 (最初の %1 個)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
</context>
<context>
    <name>pathlight::RuleSetEditor</name>
    <message>
        <location filename="../views/editors/rule_set_editor.cpp" line="+47"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+35"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source ports</source>
        <translation>送信元ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination ports</source>
        <translation>宛先ポート</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source ASGs</source>
        <translation>ソース ASG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination ASGs</source>
        <translation>宛先 ASG</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address prefix</source>
        <translation>アドレス プレフィックス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next hop type</source>
        <translation>次ホップの種類</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next hop IP</source>
        <translation>次ホップ IP</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Network security group %1</source>
        <translation>ネットワーク セキュリティ グループ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route table %1</source>
        <translation>ルート テーブル %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not propagate gateway routes (disableBgpRoutePropagation)</source>
        <translation>ゲートウェイのルートを伝達しない (disableBgpRoutePropagation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Rules&lt;/b&gt; (lowest priority number first; the first match decides)</source>
        <translation>&lt;b&gt;規則&lt;/b&gt; (優先度の数値が小さいものから。最初に一致した規則で決まります)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Routes&lt;/b&gt; (longest prefix wins; a route here beats BGP and system routes of the same length)</source>
        <translation>&lt;b&gt;ルート&lt;/b&gt; (最長のプレフィックスが優先。同じ長さなら、ここのルートが BGP とシステム ルートより優先されます)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add rule</source>
        <translation>規則の追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add route</source>
        <translation>ルートの追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rule</source>
        <translation>規則の削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove route</source>
        <translation>ルートの削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sort by priority</source>
        <translation>優先度で並べ替え(&amp;S)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;span style=&apos;color:#777&apos;&gt;Default rules (Azure adds them to every NSG; they cannot be changed, only overridden by a lower number)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;既定の規則 (Azure がすべての NSG に追加します。変更できず、より小さい数値の規則で上書きするしかありません)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Row %1: %2</source>
        <translation>行 %1: %2</translation>
    </message>
</context>
<context>
    <name>pathlight::ScenarioGallery</name>
    <message>
        <location filename="../views/panels/scenario_gallery.cpp" line="+105"/>
        <source>Welcome to Pathlight</source>
        <translation>Pathlight へようこそ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New from scenario</source>
        <translation>シナリオから新規作成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Welcome to Pathlight&lt;/h2&gt;&lt;p&gt;Draw a hybrid Azure network and see where each flow goes: the route at every hop, each NSG decision, the address the destination sees, and what to change. The demo (scenario 1) is open behind this window; or start from one of the cases Pathlight was born from.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pathlight へようこそ&lt;/h2&gt;&lt;p&gt;ハイブリッド Azure ネットワークを描き、各フローの行き先を確かめましょう。各ホップのルート、各 NSG の判定、宛先から見たアドレス、そして何を変えればよいかがわかります。この画面の後ろでデモ (シナリオ 1) が開いています。Pathlight の原点となった事例から始めることもできます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Open scenario</source>
        <translation>シナリオを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a &amp;file…</source>
        <translation>ファイルを開く(&amp;F)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start with the demo</source>
        <translation>デモから始める(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this window at startup</source>
        <translation>起動時にこのウィンドウを表示する</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you will learn</source>
        <translation>学べること</translation>
    </message>
</context>
<context>
    <name>pathlight::StepBar</name>
    <message>
        <location filename="../views/panels/step_bar.cpp" line="+16"/>
        <location line="+41"/>
        <source>Step through</source>
        <translation>ステップ実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart</source>
        <translation>最初から</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Step</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select a flow, then step through it hop by hop.</source>
        <translation>フローを選択して、ホップごとにステップ実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2, %3 port %4. Press Step or Play.</source>
        <translation>%1 → %2、%3 ポート %4。[次へ] または [再生] を押してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 → %3, %4 port %5. Press Step or Play.</source>
        <translation>%1: %2 → %3、%4 ポート %5。[次へ] または [再生] を押してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hop %1 of %2: %3</source>
        <translation>ホップ %1 / %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NSG: %1.</source>
        <translation>NSG: %1。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Reply %1 of %2: %3</source>
        <translation>応答 %1 / %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verdict: %1.</source>
        <translation>判定: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination sees the source as %1.</source>
        <translation>宛先から見た送信元は %1 です。</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+119"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
</context>
<context>
    <name>pathlight::TopologyScene</name>
    <message>
        <location filename="../views/canvas/topology_scene.cpp" line="+89"/>
        <source>An empty design. Choose an object in the Palette and click here to place it (a VNet first), or open one: File ▸ New from scenario…, File ▸ Open example.</source>
        <translation>空のデザインです。[パレット] でオブジェクトを選び、ここをクリックして配置してください (まず VNet)。または ファイル ▸ シナリオから新規作成…、ファイル ▸ サンプルを開く で開きます。</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+55"/>
        <source>Source translated: %1 → %2</source>
        <translation>送信元の変換: %1 → %2</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>seen as %1</source>
        <translation>見かけの送信元 %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>R%1</source>
        <translation>R%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>back to the client</source>
        <translation>クライアントへ戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply of %1</source>
        <translation>%1 の応答</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 — click for the fixes</source>
        <translation>%1 — クリックすると修正を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — click for the alternatives</source>
        <translation>%1 — クリックすると代替案を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — click for details</source>
        <translation>%1 — クリックすると詳細を表示</translation>
    </message>
</context>
</TS>
