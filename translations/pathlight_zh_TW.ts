<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>About</name>
    <message>
        <location filename="../app/gui/about_dialog.cpp" line="+91"/>
        <source>About Pathlight</source>
        <translation>關於 Pathlight</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Traces flows through hybrid Azure networks: the route at every hop, each NSG decision, the source address the destination sees, and what is wrong.</source>
        <translation>追蹤混合式 Azure 網路中的流程：每個躍點的路由、每個 NSG 的判定、目的地看到的來源位址，以及問題所在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>以 Qt %1 建置，執行於 Qt %2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pathlight uses these libraries, under their licences:</source>
        <translation>Pathlight 依各自的授權使用以下程式庫:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>程式庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>授權</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The licences&apos; full texts are in /usr/share/doc/PACKAGE/copyright on Debian (libqt6core6, libqcustomplot2.1-qt6, nlohmann-json3-dev, libgvc6).</source>
        <translation>授權全文位於 Debian 的 /usr/share/doc/PACKAGE/copyright (libqt6core6、libqcustomplot2.1-qt6、nlohmann-json3-dev、libgvc6)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Libraries</source>
        <translation>程式庫</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What Pathlight says about Azure follows Microsoft Learn documentation; the model rests mostly on these pages:</source>
        <translation>Pathlight 對 Azure 的說明遵循 Microsoft Learn 文件；模型主要依據以下頁面:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../app/io/atomic_file.cpp" line="+11"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a folder</source>
        <translation>這是資料夾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a regular file</source>
        <translation>這不是一般檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is read-only</source>
        <translation>檔案為唯讀</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="+163"/>
        <source>Azure KMS (Windows activation)</source>
        <translation>Azure KMS (Windows 啟用)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure platform address (DNS, DHCP, health probes, VM agent)</source>
        <translation>Azure 平台位址 (DNS、DHCP、健康情況探查、VM 代理程式)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Instance Metadata Service</source>
        <translation>Azure 執行個體中繼資料服務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUSE public cloud update infrastructure (Azure)</source>
        <translation>SUSE 公用雲端更新基礎結構 (Azure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red Hat Update Infrastructure (Azure)</source>
        <translation>Red Hat 更新基礎結構 (Azure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID (Arc agent sign-in)</source>
        <translation>Microsoft Entra ID (Arc 代理程式登入)</translation>
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
        <translation>Arc 混合式身分識別服務 (全域探索)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc hybrid identity service (East Asia)</source>
        <translation>Arc 混合式身分識別服務 (東亞)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc guest configuration (East Asia)</source>
        <translation>Arc 客體設定 (東亞)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc guest configuration agent service (global)</source>
        <translation>Arc 客體設定代理程式服務 (全域)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli_catalog.cpp" line="+27"/>
        <location line="+17"/>
        <location filename="../app/cli/cli_options.cpp" line="+14"/>
        <source>option %1 needs a value</source>
        <translation>選項 %1 需要一個值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>option %1 is given twice</source>
        <translation>選項 %1 指定了兩次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a regular file (a folder, device or pipe)</source>
        <translation>不是一般檔案 (資料夾、裝置或管道)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read the service tag file: %2</source>
        <translation>%1: 無法讀取服務標籤檔案: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot use this service tag file: it is %2 MB; a service tag file is at most %3 MB</source>
        <translation>%1: 無法使用此服務標籤檔案: 大小為 %2 MB；服務標籤檔案最多 %3 MB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot use this service tag file:</source>
        <translation>%1: 無法使用此服務標籤檔案:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_options.cpp" line="+8"/>
        <source>unknown option %1</source>
        <translation>未知的選項 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_commands.cpp" line="+65"/>
        <location line="+33"/>
        <location filename="../app/cli/cli_diff.cpp" line="+15"/>
        <location filename="../app/cli/cli_ids.cpp" line="+17"/>
        <source>%1: cannot use this file:</source>
        <translation>%1: 無法使用此檔案:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>usage: pathlight-cli check FILE</source>
        <translation>用法：pathlight-cli check FILE</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>via %1</source>
        <translation>經由 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flow %1: %2 → %3 (%4 %5)</source>
        <translation>流量 %1: %2 → %3 (%4 %5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verdict: %1</source>
        <translation>判定：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(as expected)</source>
        <translation>(符合預期)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(EXPECTED %1)</source>
        <translation>(預期為 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>an Azure default outbound address</source>
        <translation>Azure 預設輸出位址</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>apparent source: %1 (%2)</source>
        <translation>表面來源：%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>source %1 → %2</source>
        <translation>來源 %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NSG %1 %2: %3 (%4) %5</source>
        <translation>NSG %1 %2: %3 (%4) %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hidden platform allowance %1; IP flow verify: %2</source>
        <translation>隱藏的平台允許 %1；IP 流量驗證：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>route %1</source>
        <translation>路由 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reply:</source>
        <translation>回應:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fix %1%2: %3</source>
        <translation>修正 %1%2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (explained, not applicable here)</source>
        <translation> (僅說明，此處不適用)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+174"/>
        <source>no flow with id &quot;%1&quot; in %2</source>
        <translation>%2 中沒有識別碼為「%1」的流量</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port 必須是 0 到 65535 的數字</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>usage: pathlight-cli trace FILE [--flow ID | --from SRC --to DST [--port N] [--protocol Tcp|Udp|Icmp|Esp|Ah|*]] [--json]</source>
        <translation>用法：pathlight-cli trace FILE [--flow ID | --from SRC --to DST [--port N] [--protocol Tcp|Udp|Icmp|Esp|Ah|*]] [--json]</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--protocol must be Tcp, Udp, Icmp, Esp, Ah or *</source>
        <translation>--protocol 必須是 Tcp、Udp、Icmp、Esp、Ah 或 *</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no flows; name one with --from and --to</source>
        <translation>%1 沒有流量；請以 --from 和 --to 指定</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>flow %1 (/flows/%2): %3</source>
        <translation>流量 %1 (/flows/%2)：%3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>usage: pathlight-cli routes FILE --nic ID [--json]</source>
        <translation>用法：pathlight-cli routes FILE --nic ID [--json]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no NIC with id &quot;%1&quot; in %2</source>
        <translation>%2 中沒有識別碼為「%1」的 NIC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NIC &quot;%1&quot; is not in a known subnet</source>
        <translation>NIC「%1」不在已知的子網路中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Effective routes of NIC %1 (subnet %2)</source>
        <translation>NIC %1 (子網路 %2) 的有效路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address prefix</source>
        <translation>位址首碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hop type</source>
        <translation>下一個躍點類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hop IP</source>
        <translation>下一個躍點 IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service tag</source>
        <translation>服務標籤</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>default outbound</source>
        <translation>預設輸出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, apparent source %1 → %2</source>
        <translation>，表面來源 %1 → %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: pathlight-cli fix FILE --flow ID (--apply CODE | --all) -o OUT</source>
        <translation>用法：pathlight-cli fix FILE --flow ID (--apply CODE | --all) -o OUT</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the fixes cannot be applied together</source>
        <translation>這些修正無法一起套用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fix %1 of flow %2 is explained, not applied: %3</source>
        <translation>流量 %2 的修正 %1 僅供說明，不會套用：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>flow %1 has no error finding with an applicable fix</source>
        <translation>流量 %1 沒有可套用修正的錯誤發現</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no fix %1 for flow %2; available: %3</source>
        <translation>流量 %2 沒有修正 %1；可用的有：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the fixes cannot be applied together: %1</source>
        <translation>這些修正無法同時套用：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>applied %1</source>
        <translation>已套用 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flow %1 is now delivered</source>
        <translation>流量 %1 現在已送達</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow %1 is still not delivered</source>
        <translation>流量 %1 仍未送達</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WARNING, breaks %1</source>
        <translation>警告：會破壞 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changes %1</source>
        <translation>會變更 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no other flow changes</source>
        <translation>其他流量沒有變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_import.cpp" line="+167"/>
        <source>wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: pathlight-cli format FILE [-o OUT]</source>
        <translation>用法：pathlight-cli format FILE [-o OUT]</translation>
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
        <translation>用法：pathlight-cli COMMAND FILE [options]
命令:
  check FILE                                   載入並驗證
  trace FILE [--flow ID | --from SRC --to DST [--port N] [--protocol P]] [--json]
  fix FILE --flow ID (--apply CODE | --all) -o OUT   套用修正並顯示變更
  routes FILE --nic ID [--json]                NIC 的有效路由
  format FILE [-o OUT]                         以標準格式重寫 (不可部分完成)
  import INPUT... -o OUT [--parameters F] [--context k=v,...] [--suggest-flows]
         [--report R.json]                     將 Azure 檔案 (JSON、範本) 轉成拓撲
  import --live --subscription ID [--resource-group RG]... -o OUT [--endpoint URL]
         [--token-from az|env] [--timeout S]   從 Azure Resource Manager 讀取
  diff DESIGN OTHER [--json]                   顯示不同的物件與流程判定
  ids FILE flows|nics                          檔案中的流程或 NIC 識別碼，每行一個
  service-tags --subscription ID [--location REGION] -o OUT.json
         [--endpoint URL] [--token-from az|env] 即時讀取 Azure 的服務標籤
所有命令的選項:
  --lang en|ja|zh_TW                           文字輸出的語言
  --service-tags FILE                          Microsoft 的服務標籤檔案 (ServiceTags_*.json)
  -h, --help                                   此說明
  --version                                    版本
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知的命令「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+39"/>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>未知的語言「%1」(可用：%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_import.cpp" line="-143"/>
        <source>--context expects key=value pairs, found &quot;%1&quot;</source>
        <translation>--context 需要 key=value 配對，但找到「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--context: &quot;%1&quot; is given twice</source>
        <translation>--context：「%1」指定了兩次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--context: %1 must be 1 to 90 printable characters without &quot;/&quot;, found &quot;%2&quot;</source>
        <translation>--context：%1 必須是 1 到 90 個不含「/」的可列印字元，但找到「%2」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--context: unknown key &quot;%1&quot; (subscription, resourceGroup, location, deployment)</source>
        <translation>--context：未知的索引鍵「%1」(可用 subscription、resourceGroup、location、deployment)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: pathlight-cli import INPUT... [--parameters FILE] [--context subscription=...,resourceGroup=...] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</source>
        <translation>用法：pathlight-cli import INPUT... [--parameters FILE] [--context subscription=...,resourceGroup=...] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>   or: pathlight-cli import --live --subscription ID [--resource-group RG]... [--endpoint URL] [--token-from az|env] [--timeout SECONDS] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</source>
        <translation>   或：pathlight-cli import --live --subscription ID [--resource-group RG]... [--endpoint URL] [--token-from az|env] [--timeout SECONDS] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is for files, not with --live</source>
        <translation>%1 用於檔案，不能與 --live 一起使用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 needs --live</source>
        <translation>%1 需要 --live</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>-o and --report name the same file</source>
        <translation>-o 與 --report 指定了同一個檔案</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is an input: the import does not write over what it reads</source>
        <translation>%1 是輸入：匯入不會覆寫它讀取的檔案</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing imported:</source>
        <translation>未匯入任何內容：</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n more suggested flows left out (at most 50 of each kind)</source>
        <translation>
            <numerusform>另有 %n 個建議的流程被略去 (每種最多 50 個)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n suggested flows added</source>
        <translation>
            <numerusform>已新增 %n 個建議的流程</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli_diff.cpp" line="+9"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>變更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: pathlight-cli diff DESIGN OTHER [--json]</source>
        <translation>用法：pathlight-cli diff DESIGN OTHER [--json]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>objects: %1 added, %2 removed, %3 changed</source>
        <translation>物件：新增 %1、移除 %2、變更 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>flows: %1 of %2 differ</source>
        <translation>流程：%2 個中有 %1 個不同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 in the design; not traceable in the other (its ends are missing)</source>
        <translation>%1：設計中為 %2；在另一方無法追蹤 (缺少其端點)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 → %3; apparent source %4 → %5</source>
        <translation>%1：%2 → %3；表面來源 %4 → %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_ids.cpp" line="-5"/>
        <source>usage: pathlight-cli ids FILE flows|nics</source>
        <translation>用法：pathlight-cli ids FILE flows|nics</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_import_live.cpp" line="+46"/>
        <source>--timeout expects seconds above 0 and at most 3600, found &quot;%1&quot;</source>
        <translation>--timeout 需要大於 0 且不超過 3600 的秒數，收到 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--token-from expects az or env, found &quot;%1&quot;</source>
        <translation>--token-from 需要 az 或 env，收到 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>read %n resources; %1 requests left</source>
        <translation>
            <numerusform>已讀取 %n 個資源；剩餘 %1 個要求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>read %n resources in %1 requests from %2</source>
        <translation>
            <numerusform>以 %1 個要求從 %2 讀取了 %n 個資源</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli_service_tags.cpp" line="+26"/>
        <source>usage: pathlight-cli service-tags --subscription ID [--location REGION] [--endpoint URL] [--token-from az|env] [--timeout SECONDS] -o OUT.json</source>
        <translation>用法：pathlight-cli service-tags --subscription ID [--location REGION] [--endpoint URL] [--token-from az|env] [--timeout SECONDS] -o OUT.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>非預期的引數 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option %1 is missing</source>
        <translation>缺少選項 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--location expects a region name such as westeurope, found &quot;%1&quot;</source>
        <translation>--location 需要 westeurope 之類的區域名稱，收到 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write %1: not a file in a folder that exists</source>
        <translation>無法寫入 %1：不是現有資料夾中的檔案</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: the answer is not a service tag list:</source>
        <translation>%1: 回應不是服務標籤清單:</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n service tag(s), cloud %2, change number %3, written to %4</source>
        <translation>
            <numerusform>%1: %n 個服務標籤，雲端 %2，變更編號 %3，已寫入 %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <location filename="../views/canvas/diagram.cpp" line="+210"/>
        <source>VPN gateway</source>
        <translation>VPN 閘道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExpressRoute gateway</source>
        <translation>ExpressRoute 閘道</translation>
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
        <translation>網際網路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and Microsoft services</source>
        <translation>與 Microsoft 服務</translation>
    </message>
    <message>
        <location filename="../views/canvas/canvas_items.cpp" line="+53"/>
        <location filename="../views/canvas/diagram.cpp" line="+11"/>
        <source>peering</source>
        <translation>對等互連</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute connection</source>
        <translation>ExpressRoute 連線</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPN connection</source>
        <translation>VPN 連線</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>circuit attachment</source>
        <translation>線路連接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BGP peering</source>
        <translation>BGP 對等互連</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT gateway</source>
        <translation>NAT 閘道</translation>
    </message>
    <message>
        <location filename="../views/canvas/diagram.cpp" line="+2"/>
        <source> · gateway transit</source>
        <translation> · 閘道傳輸</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VNet-to-VNet VPN · BGP</source>
        <translation>VNet 對 VNet VPN · BGP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNet-to-VNet VPN</source>
        <translation>VNet 對 VNet VPN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S2S VPN · BGP</source>
        <translation>站對站 VPN · BGP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S2S VPN</source>
        <translation>站對站 VPN</translation>
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
        <translation>沒有可編輯的物件「%1」</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>the id &quot;%1&quot; is already used</source>
        <translation>ID「%1」已被使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not the last of its kind</source>
        <translation>「%1」不是同類中的最後一個</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no position %1 in &quot;%2&quot;</source>
        <translation>「%2」中沒有位置 %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>unknown edit</source>
        <translation>未知的編輯</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../views/canvas/drawio_writer.cpp" line="+179"/>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../model/trace/tracer.cpp" line="+378"/>
        <source>VM &quot;%1&quot; has no NIC to receive traffic</source>
        <translation>VM「%1」沒有可接收流量的 NIC</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>destination &quot;%1&quot; is not an IP address, an id, or an FQDN known to the catalog or to endpoints</source>
        <translation>目的地「%1」不是 IP 位址、識別碼，也不是目錄或端點中已知的 FQDN</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VM &quot;%1&quot; has no NIC to send from</source>
        <translation>VM「%1」沒有可傳送的 NIC</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a flow starts at a vm, nic, host, appGateway or an IP address, not at %1 &quot;%2&quot;</source>
        <translation>流量的來源必須是 vm、nic、host、appGateway 或 IP 位址，不能是 %1「%2」</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>source %1 is a private address that no NIC or host holds</source>
        <translation>來源 %1 是沒有任何 NIC 或主機持有的私人位址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>source &quot;%1&quot; is neither an id nor an IP address</source>
        <translation>來源「%1」既不是識別碼也不是 IP 位址</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>NIC &quot;%1&quot; of VM &quot;%2&quot; has no default gateway in the guest: Azure gives one only to the primary NIC, so traffic from %3 to %4 outside subnet %5 goes nowhere until a guest route is added.</source>
        <translation>VM「%2」的 NIC「%1」在客體作業系統中沒有預設閘道：Azure 只為主要 NIC 設定預設閘道，因此從 %3 送往子網路 %5 以外 %4 的流量，在新增客體路由之前無處可去。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Application Gateway &quot;%1&quot; has no instanceIps to send from</source>
        <translation>應用程式閘道「%1」沒有可傳送的 instanceIps</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Application Gateway &quot;%1&quot; has no frontend public IP to reach %2 on the Internet.</source>
        <translation>應用程式閘道「%1」沒有可連線到網際網路上 %2 的前端公用 IP。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not a public IP of any NIC in this topology.</source>
        <translation>%1 不是此拓撲中任何 NIC 的公用 IP。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Public IP %1 is a Standard SKU address: it admits no inbound traffic until an NSG on NIC &quot;%2&quot; or its subnet allows it.</source>
        <translation>公用 IP %1 是標準 SKU 位址：在 NIC「%2」或其子網路的 NSG 允許之前，不接受任何輸入流量。</translation>
    </message>
    <message>
        <location filename="../model/trace/trace_explanation.cpp" line="+47"/>
        <source>NSG &quot;%1&quot; rule &quot;%2&quot; (priority %3) denies this traffic and IP flow verify reports Deny, but Azure&apos;s hidden platform rule (%4) lets it through; flow logs show nothing.</source>
        <translation>NSG「%1」的規則「%2」(優先順序 %3) 拒絕此流量，IP 流量驗證也回報 Deny，但 Azure 隱藏的平台規則 (%4) 讓它通過；流量記錄中不會有任何紀錄。</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>NSG &quot;%1&quot; allows Application Gateway &quot;%2&quot; by its frontend address %3 (rule &quot;%4&quot;), but its probes and requests come from its instance addresses such as %5, which rule &quot;%6&quot; denies.</source>
        <translation>NSG「%1」以前端位址 %3 允許應用程式閘道「%2」(規則「%4」)，但其探查與要求來自執行個體位址 (例如 %5)，而規則「%6」拒絕了這些位址。</translation>
    </message>
    <message>
        <location filename="../model/trace/tracer.cpp" line="+29"/>
        <source>NSG &quot;%1&quot; denies this %2 traffic from %3 to %4 port %5 with rule &quot;%6&quot; (priority %7).</source>
        <translation>NSG「%1」以規則「%6」(優先順序 %7) 拒絕從 %3 到 %4 連接埠 %5 的這個%2流量。</translation>
    </message>
    <message>
        <location filename="../model/trace/trace_explanation.cpp" line="-122"/>
        <source>NSG &quot;%1&quot; rule &quot;%2&quot; names service tag %3, whose addresses Pathlight does not know; had it matched, it would have decided instead of rule &quot;%4&quot;. The decision is uncertain until a service tag file that lists the tag is loaded.</source>
        <translation>NSG &quot;%1&quot; 的規則 &quot;%2&quot; 指定了服務標籤 %3，但 Pathlight 不知道其位址；若它相符，將由它取代規則 &quot;%4&quot; 做出判定。在載入列有該標籤的服務標籤檔案之前，此判定不確定。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure Firewall &quot;%1&quot; rule &quot;%2&quot; names service tag %3, whose addresses Pathlight does not know; had it matched, it would have decided otherwise. The decision is uncertain until a service tag file that lists the tag is loaded.</source>
        <translation>Azure Firewall &quot;%1&quot; 的規則 &quot;%2&quot; 指定了服務標籤 %3，但 Pathlight 不知道其位址；若它相符，判定將會不同。在載入列有該標籤的服務標籤檔案之前，此判定不確定。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: a default route (and 168.63.129.16).</source>
        <translation>在 NSG「%1」中，規則「%2」使用 VirtualNetwork 標籤，其涵蓋範圍超過 VNet「%3」：預設路由 (以及 168.63.129.16)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4 (and 168.63.129.16).</source>
        <translation>在 NSG「%1」中，規則「%2」使用 VirtualNetwork 標籤，其涵蓋範圍超過 VNet「%3」：%4 (以及 168.63.129.16)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4 and %5 (and 168.63.129.16).</source>
        <translation>NSG「%1」的規則「%2」使用 VirtualNetwork 標籤，其涵蓋範圍超出 VNet「%3」：%4 與 %5（以及 168.63.129.16）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4, %5 and %6 (and 168.63.129.16).</source>
        <translation>NSG「%1」的規則「%2」使用 VirtualNetwork 標籤，其涵蓋範圍超出 VNet「%3」：%4、%5 與 %6（以及 168.63.129.16）。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from NVA &quot;%1&quot; through Route Server.</source>
        <translation>前往網際網路的流量被強制帶離 Azure 的網際網路邊緣：子網路的 0.0.0.0/0 來自經由路由伺服器的 NVA「%1」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from route table &quot;%1&quot; (next hop virtual network gateway).</source>
        <translation>前往網際網路的流量被強制帶離 Azure 的網際網路邊緣：子網路的 0.0.0.0/0 來自路由表「%1」(下一個躍點為虛擬網路閘道)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from gateway &quot;%1&quot; (announced by &quot;%2&quot;).</source>
        <translation>前往網際網路的流量被強制帶離 Azure 的網際網路邊緣：子網路的 0.0.0.0/0 來自閘道「%1」(由「%2」通告)。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The subnet of Application Gateway v2 &quot;%1&quot; learns 0.0.0.0/0 from %2: Azure accepts this forced tunnel but does not support it for v2 (the route must use next hop Internet, or gateway route propagation must be off). Traced as Azure routes it.</source>
        <translation>Application Gateway v2「%1」的子網路從 %2 學到 0.0.0.0/0：Azure 接受此強制通道，但 v2 不支援（該路由必須使用下一個躍點 Internet，或必須關閉閘道路由傳播）。此處依 Azure 的實際路由追蹤。</translation>
    </message>
    <message>
        <location filename="../model/trace/tracer.cpp" line="+57"/>
        <source>Route &quot;%1&quot; (%2) of route table &quot;%3&quot; sends traffic to the virtual network gateway, which Azure refuses while ExpressRoute and VPN gateways coexist: the route is never deployed, and the packet follows the others.</source>
        <translation>路由表「%3」的路由「%1」（%2）將流量送往虛擬網路閘道，但在 ExpressRoute 與 VPN 閘道並存時 Azure 會拒絕：此路由永遠不會部署，封包會依其他路由前進。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+492"/>
        <source>Subnet &quot;%1&quot; has no route for %2.</source>
        <translation>子網路「%1」沒有前往 %2 的路由。</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>Private endpoint &quot;%1&quot;&apos;s /32 route is longer than user route %2 → %3 of route table &quot;%4&quot;: this traffic goes straight to the endpoint and does not cross %3. Route-table network policies on the endpoint&apos;s subnet and a route for its subnet or VNet would send it through.</source>
        <translation>私人端點「%1」的 /32 路由比路由表「%4」的使用者路由 %2 → %3 更長：此流量直接抵達端點，不會經過 %3。在端點的子網路啟用路由表網路原則，並為其子網路或 VNet 加上路由，即可讓流量經過它。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Peering &quot;%1&quot; does not allow access between the two VNets: traffic to VNet &quot;%2&quot; is dropped.</source>
        <translation>對等互連「%1」不允許兩個 VNet 之間的存取：送往 VNet「%2」的流量會被捨棄。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Peering &quot;%1&quot; does not allow forwarded traffic into VNet &quot;%3&quot;, so packets &quot;%2&quot; forwards there from %4 are dropped.</source>
        <translation>對等互連「%1」不允許轉送流量進入 VNet「%3」，因此「%2」從 %4 轉送過去的封包會被捨棄。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a private address, but the route %2 sends it to the Internet, where it cannot be reached.</source>
        <translation>%1 是私人位址，但路由 %2 將它送往網際網路，因此無法到達。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The route %1 points to the appliance %2, but no NIC in this or a peered VNet holds that address.</source>
        <translation>路由 %1 指向設備 %2，但此 VNet 或對等互連的 VNet 中沒有任何 NIC 持有該位址。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VM &quot;%1&quot; sends %2 by the route %3 whose next hop %4 is its own address: the packet loops.</source>
        <translation>VM「%1」以路由 %3 送出 %2，但其下一個躍點 %4 是它自己的位址：封包形成迴圈。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NVA &quot;%1&quot; forwards %2 by the route %3 whose next hop %4 is the NVA itself (learned from Route Server: the route it announced): the packet loops. Its subnet needs its own route (e.g. 0.0.0.0/0 → Internet).</source>
        <translation>NVA「%1」以路由 %3 轉送 %2，但其下一個躍點 %4 就是 NVA 本身（從 Route Server 學到、即它自己宣告的路由）：封包形成迴圈。其子網路需要自己的路由（例如 0.0.0.0/0 → Internet）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NVA &quot;%1&quot; forwards %2 by the route %3 whose next hop %4 is the NVA itself: the packet loops. Its subnet needs its own route (e.g. 0.0.0.0/0 → Internet).</source>
        <translation>NVA「%1」以路由 %3 轉送 %2，但其下一個躍點 %4 就是 NVA 本身：封包形成迴圈。其子網路需要自己的路由（例如 0.0.0.0/0 → Internet）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The route %1 points to a virtual network gateway, but VNet &quot;%2&quot; has none (nor a remote one).</source>
        <translation>路由 %1 指向虛擬網路閘道，但 VNet「%2」沒有閘道 (也沒有遠端閘道)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The route %1 has next hop None: Azure drops traffic to %2.</source>
        <translation>路由 %1 的下一個躍點是 None：Azure 會捨棄前往 %2 的流量。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No NIC, gateway or Application Gateway in VNet &quot;%1&quot; holds %2.</source>
        <translation>VNet「%1」中沒有持有 %2 的 NIC、閘道或應用程式閘道。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In VNet &quot;%1&quot;, %2 is the address of %3, not of %4: %4 is in another VNet that uses the same addresses and is not reached from here.</source>
        <translation>在 VNet「%1」中，%2 是 %3 的位址，而不是 %4 的：%4 位於使用相同位址的另一個 VNet，從這裡無法到達。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Load balancer &quot;%1&quot; is Standard: it admits no inbound traffic to NIC &quot;%2&quot; until an NSG on the NIC or its subnet allows it.</source>
        <translation>負載平衡器「%1」是 Standard：在 NIC 或其子網路的 NSG 允許之前，不接受送往 NIC「%2」的輸入流量。</translation>
    </message>
    <message>
        <location line="-995"/>
        <source>The packet to %1 comes back to &quot;%2&quot;: the routes form a loop.</source>
        <translation>送往 %1 的封包回到「%2」：路由形成迴圈。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The packet to %1 has crossed %2 hops without arriving; Pathlight follows a packet for %2 hops at most.</source>
        <translation>前往 %1 的封包經過 %2 個躍點仍未抵達；Pathlight 最多追蹤 %2 個躍點。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>User routes on service tags whose addresses Pathlight does not know: %1; if %2 is in one of those tags, its route may decide here. The route chosen is uncertain until a service tag file that lists the tags is loaded.</source>
        <translation>Pathlight 不知道其位址的服務標籤上的使用者定義路由：%1；若 %2 屬於其中某個標籤，此處可能由其路由決定。在載入列有這些標籤的服務標籤檔案之前，所選路由不確定。</translation>
    </message>
    <message>
        <location line="+918"/>
        <source>Traffic for %1 is routed to NIC &quot;%2&quot; of &quot;%3&quot;, which does not own that address and has IP forwarding off in Azure: the packet is dropped.</source>
        <translation>前往 %1 的流量被路由到「%3」的 NIC「%2」，但它不擁有該位址且在 Azure 中關閉了 IP 轉送：封包會被捨棄。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traffic for %1 reaches NIC &quot;%2&quot; of &quot;%3&quot;, but IP forwarding is off in the guest OS: the packet is dropped.</source>
        <translation>前往 %1 的流量到達「%3」的 NIC「%2」，但客體作業系統中關閉了 IP 轉送：封包會被捨棄。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Azure Firewall &quot;%1&quot; denies this traffic from %2 to %3 port %4: no rule allows it, and what no rule allows is denied.</source>
        <translation>Azure Firewall「%1」拒絕這個從 %2 到 %3 連接埠 %4 的流量：沒有規則允許它，而沒有規則允許的流量一律拒絕。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure Firewall &quot;%1&quot; denies this traffic from %2 to %3 port %4 with rule &quot;%5&quot; of collection &quot;%6&quot; (group &quot;%7&quot;).</source>
        <translation>Azure Firewall「%1」以集合「%6」(群組「%7」) 的規則「%5」拒絕這個從 %2 到 %3 連接埠 %4 的流量。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Azure Firewall &quot;%1&quot; is in forced-tunneling mode, which does not support inbound DNAT: its replies leave by the tunnel, not the public IP the client reached.</source>
        <translation>Azure Firewall「%1」處於強制通道模式，不支援輸入 DNAT：其回應會經由通道離開，而不是用戶端連線的公用 IP。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Azure Firewall &quot;%1&quot; cannot carry this %2 packet to the Internet: it translates only TCP and UDP to a public address.</source>
        <translation>Azure Firewall「%1」無法將這個 %2 封包送到網際網路：它只會將 TCP 與 UDP 轉譯為公用位址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure Firewall &quot;%1&quot; treats %2 as private (its SNAT private ranges) and keeps the private source, so it cannot send the packet to the Internet.</source>
        <translation>Azure Firewall「%1」將 %2 視為私人位址 (其 SNAT 私人範圍) 並保留私人來源，因此無法將封包送到網際網路。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Azure Firewall &quot;%1&quot; has no public IP and its subnet no NAT gateway: Internet-bound traffic has no way out.</source>
        <translation>Azure Firewall「%1」沒有公用 IP，其子網路也沒有 NAT 閘道：送往網際網路的流量沒有出口。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 carries this traffic to private endpoint &quot;%2&quot; without translating its source %3. Microsoft documents SNAT as required for the reply to come back through it (reports say it works without).</source>
        <translation>%1 在未轉譯來源 %3 的情況下，將此流量送到私人端點「%2」。Microsoft 文件指出需要 SNAT，回應才會經由它返回 (也有回報指出沒有 SNAT 也能運作)。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Load balancer &quot;%1&quot; answers the ping on %2 with &quot;Destination host unreachable&quot;: every member of pool &quot;%3&quot; is probed down.</source>
        <translation>負載平衡器 &quot;%1&quot; 對 %2 的 ping 回應 &quot;Destination host unreachable&quot;：集區 &quot;%3&quot; 的所有成員都被健康情況探查判定為停止。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Load balancer &quot;%1&quot; has no load-balancing rule on frontend &quot;%2&quot; for this %3 packet to port %4 (load balancers carry TCP and UDP only).</source>
        <translation>負載平衡器「%1」在前端「%2」上沒有適用於這個送往連接埠 %4 的 %3 封包的負載平衡規則 (負載平衡器只承載 TCP 與 UDP)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load balancer &quot;%1&quot; reaches no healthy member of pool &quot;%2&quot; for rule &quot;%3&quot;: every health probe fails, so new flows are dropped.</source>
        <translation>負載平衡器「%1」在規則「%3」的集區「%2」中找不到狀況良好的成員：所有健康情況探查都失敗，新流程會被捨棄。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a member of load balancer &quot;%2&quot;&apos;s pool and sends to its own frontend %3: Azure does not support this (hairpin); the flow fails.</source>
        <translation>%1 是負載平衡器「%2」集區的成員，卻傳送到自己的前端 %3：Azure 不支援這種情況 (髮夾式)，流程會失敗。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; sends %2&apos;s packet to the Internet without translating it; Azure translates only the NIC&apos;s own addresses, so it is dropped. Enable SNAT on the NVA.</source>
        <translation>「%1」未經轉譯就將 %2 的封包送往網際網路；Azure 只轉譯 NIC 自己的位址，因此封包會被捨棄。請在 NVA 上啟用 SNAT。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Subnet &quot;%1&quot; is private (no default outbound access) and has no NAT gateway, and %2 has no public IP: Internet-bound traffic has no way out.</source>
        <translation>子網路「%1」是私人子網路 (沒有預設輸出存取) 且沒有 NAT 閘道，而 %2 也沒有公用 IP：前往網際網路的流量沒有出口。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ICMP to the Internet leaves through %1, which carries only TCP and UDP; only an instance public IP carries ping.</source>
        <translation>前往網際網路的 ICMP 經由 %1 離開，但 %1 只承載 TCP 與 UDP；只有執行個體公用 IP 能承載 ping。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%2 to the Internet leaves through %1, which carries only TCP and UDP; only an instance public IP carries it (IPsec can use NAT-T, UDP 4500).</source>
        <translation>前往網際網路的 %2 經由 %1 離開，但 %1 只承載 TCP 與 UDP；只有執行個體公用 IP 能承載它（IPsec 可改用 NAT-T，UDP 4500）。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The route sends the packet to the Internet, but %1 is a private address of %2: no peering, VPN or ExpressRoute connection leads there from here.</source>
        <translation>路由將封包送往網際網路，但 %1 是 %2 的私人位址：從這裡沒有任何對等互連、VPN 或 ExpressRoute 連線通往那裡。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 answers only requests from an Azure public IP address, but this request arrives from %2 (%3).</source>
        <translation>%1 只回應來自 Azure 公用 IP 位址的要求，但此要求來自 %2 (%3)。</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Gateway &quot;%1&quot; has learned no route for %2, and its default site &quot;%3&quot; has no VPN connection from it to carry the packet.</source>
        <translation>閘道 &quot;%1&quot; 沒有學到 %2 的路由，而其預設站台 &quot;%3&quot; 沒有從此閘道出發的 VPN 連線可承載封包。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Gateway &quot;%1&quot; has learned no route for %2 and has no default site.</source>
        <translation>閘道「%1」沒有學到前往 %2 的路由，也沒有預設站台。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gateway &quot;%1&quot; has no route it can forward %2 on.</source>
        <translation>閘道 &quot;%1&quot; 沒有可用來轉送 %2 的路由。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ExpressRoute circuit &quot;%1&quot; has no route for %2 on private peering.</source>
        <translation>ExpressRoute 線路「%1」的私用對等互連上沒有前往 %2 的路由。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No host of site &quot;%1&quot; holds %2.</source>
        <translation>站台「%1」中沒有持有 %2 的主機。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is reachable from site &quot;%2&quot; only over Microsoft peering, but the route filter of circuit &quot;%3&quot; does not carry its community %4, so no route to it is learned.</source>
        <translation>從站台「%2」只能透過 Microsoft 對等互連連到 %1，但線路「%3」的路由篩選沒有其社群 %4，因此學不到任何路由。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Site &quot;%1&quot; has no Internet access and no route for %2.</source>
        <translation>站台「%1」沒有網際網路存取，也沒有前往 %2 的路由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site &quot;%1&quot; has no route for %2.</source>
        <translation>站台「%1」沒有前往 %2 的路由。</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The request reaches %1, but its reply to %2 stops at %3 (%4): the connection never completes.</source>
        <translation>要求抵達 %1，但給 %2 的回應停在 %3（%4）：連線永遠無法完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply to %1 arrives at %2, not at %3 that sent the request: the connection never completes.</source>
        <translation>給 %1 的回應抵達 %2，而非送出要求的 %3：連線永遠無法完成。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 sends the request to %2, but the reply comes back from %3: the client drops it.</source>
        <translation>%1 將要求送往 %2，但回應來自 %3：用戶端會丟棄它。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request crosses the stateful device %1, but the reply to %2 bypasses it: %1 never sees the connection complete and drops what follows.</source>
        <translation>要求會經過具狀態的裝置 %1，但送往 %2 的回應繞過了它：%1 看不到連線完成，會捨棄後續的封包。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reply to %1 crosses the stateful device %2, which did not carry the request: it drops the reply.</source>
        <translation>送往 %1 的回應經過未承載要求的具狀態裝置 %2：它會捨棄此回應。</translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <location filename="../model/advice/fix_advisor.cpp" line="+462"/>
        <source>Route %1&apos;s addresses straight to the Internet from subnet %2</source>
        <translation>將 %1 的位址從子網路 %2 直接路由至網際網路</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A route table on subnet %1 sends the %2 address(es) of %3 to next hop Internet, so the request leaves from an Azure public address. Only these /32 routes change: the rest of the subnet&apos;s Internet traffic keeps its current path.</source>
        <translation>子網路 %1 上的路由表將 %3 的 %2 個位址送往下一個躍點 Internet，因此要求會從 Azure 公用位址送出。只有這些 /32 路由會變更：子網路其餘前往網際網路的流量維持目前的路徑。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alternative: give Azure services an Azure egress path</source>
        <translation>替代方案：為 Azure 服務提供 Azure 輸出路徑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 2015 article&apos;s other remedy was ExpressRoute public peering (now retired), which hairpins traffic to Azure public services; today an NVA or Azure Firewall in Azure with its own public IP does the same for every service. It changes more than the activation traffic and costs more than three routes.</source>
        <translation>2015 年文章的另一個解法是 ExpressRoute 公用對等互連 (現已淘汰)，將流量折返到 Azure 公用服務；現在則由 Azure 中具有自己公用 IP 的 NVA 或 Azure 防火牆為所有服務做同樣的事。它變更的不只是啟用流量，成本也比三條路由高。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+28"/>
        <source>Edit or move rule %1 of NSG %2</source>
        <translation>編輯或移動 NSG %2 的規則 %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>NSG %1 has Azure&apos;s maximum of %2 rules, so no rule can be added: narrow or edit rule %3.</source>
        <translation>NSG %1 的規則已達 Azure 上限 %2 條，因此無法新增規則：請縮小或編輯規則 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1 has priority %2, outside Azure&apos;s range of 100 to 4096: give it a valid priority first.</source>
        <translation>規則 %1 的優先順序 %2 超出 Azure 的範圍 (100 到 4096)：請先給它有效的優先順序。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No priority is free just above or just below rule %1 (%2), so no rule can be added without changing what others decide: narrow the rule, or renumber the rules around it.</source>
        <translation>規則 %1（%2）的正上方與正下方都沒有空的優先順序，因此無法在不改變其他判定的情況下新增規則：請縮小該規則的範圍，或重新編排其前後規則的編號。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Allow this traffic in NSG %1 at priority %2 and move rule %3 to %4</source>
        <translation>在 NSG %1 以優先順序 %2 允許此流量，並將規則 %3 移至 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1 is at %2 and nothing can go above it, so it moves one number down (free, so nothing else changes) and the new rule takes its place; everything else rule %1 denies stays denied.</source>
        <translation>規則 %1 位於 %2，其上方無法再放任何規則，因此將它下移一號（該號碼空著，其他都不受影響），由新規則取代其位置；規則 %1 拒絕的其他流量仍被拒絕。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Allow this traffic in NSG %1 at priority %2, just above rule %3</source>
        <translation>在 NSG %1 中以優先順序 %2 (緊接在規則 %3 之上) 允許此流量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule for exactly this source, destination, protocol and port; everything else rule %1 denies stays denied.</source>
        <translation>這是專為此來源、目的地、通訊協定與連接埠而設的規則；規則 %1 所拒絕的其他流量仍會被拒絕。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Allow Application Gateway subnet %1 in NSG %2 at priority %3</source>
        <translation>在 NSG %2 中以優先順序 %3 允許應用程式閘道子網路 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probes and requests come from the gateway&apos;s instance addresses, which Azure takes from subnet %1 and may change when the gateway scales; allowing the subnet prefix covers them all.</source>
        <translation>探查與要求來自閘道的執行個體位址，Azure 從子網路 %1 配置這些位址，閘道調整規模時可能會變更；允許子網路首碼即可涵蓋全部。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enable IP forwarding on NIC %1</source>
        <translation>在 NIC %1 上啟用 IP 轉送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure drops packets for other addresses at a NIC unless IP forwarding is on; the guest OS must forward too.</source>
        <translation>除非啟用 IP 轉送，否則 Azure 會在 NIC 上捨棄送往其他位址的封包；客體作業系統也必須轉送。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enable IP forwarding in the guest OS of %1</source>
        <translation>在 %1 的客體作業系統中啟用 IP 轉送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest step: the operating system must route packets between interfaces; Azure&apos;s NIC setting alone is not enough.</source>
        <translation>客體步驟：作業系統必須在介面之間路由封包；只靠 Azure 的 NIC 設定並不足夠。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give NVA subnet %1 its own 0.0.0.0/0 → Internet route</source>
        <translation>為 NVA 子網路 %1 設定自己的 0.0.0.0/0 → Internet 路由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route Server programs the default route the NVA announces into every subnet, the NVA&apos;s own included; a user route on the NVA&apos;s subnet wins over it and sends the NVA&apos;s traffic out (RSTS). Other subnets keep using the NVA.</source>
        <translation>路由伺服器會把 NVA 通告的預設路由設定到每個子網路，包括 NVA 自己的子網路；NVA 子網路上的使用者定義路由優先於它，將 NVA 的流量送出 (RSTS)。其他子網路仍繼續使用 NVA。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add community %1 to the route filter of circuit %2</source>
        <translation>在線路 %2 的路由篩選中加入社群 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft peering advertises only the prefixes whose communities the route filter allows (circuits since August 2017 learn none without a filter). Adding %1 brings the prefixes of %2.</source>
        <translation>Microsoft 對等互連只會通告路由篩選所允許社群的首碼 (2017 年 8 月之後的線路若沒有篩選則學不到任何首碼)。加入 %1 即可取得 %2 的首碼。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Alternative: reach %1 through a proxy or a private endpoint</source>
        <translation>替代方案：透過 Proxy 或私人端點連線到 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An HTTPS proxy with Internet access, or Azure Arc Private Link Scope endpoints over private peering, avoid changing the route filter; Entra ID and Azure Resource Manager stay public either way.</source>
        <translation>使用可存取網際網路的 HTTPS Proxy，或透過私用對等互連的 Azure Arc Private Link 範圍端點，就不必變更路由篩選；無論哪種方式，Entra ID 與 Azure Resource Manager 仍是公用的。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a route in the guest for NIC %1 through %2</source>
        <translation>在客體中為 NIC %1 新增經由 %2 的路由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest step: Azure&apos;s DHCP gives only the primary NIC a default gateway. Add a default route for this NIC&apos;s address (policy routing on Linux, a route with a higher metric on Windows); the subnet&apos;s gateway is its first address.</source>
        <translation>客體步驟：Azure 的 DHCP 只為主要 NIC 設定預設閘道。請為此 NIC 的位址新增預設路由 (Linux 使用原則路由，Windows 使用計量較高的路由)；子網路的閘道是其第一個位址。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+155"/>
        <source>Translate forwarded traffic to the NVA&apos;s own address on %1</source>
        <translation>在 %1 上將轉送的流量轉譯為 NVA 自己的位址</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>A guest step: Azure&apos;s outbound translation covers only the NIC&apos;s own addresses, so an NVA must SNAT (masquerade) what it forwards to the Internet.</source>
        <translation>客體步驟：Azure 的輸出轉譯只涵蓋 NIC 自己的位址，因此 NVA 必須對轉送到網際網路的流量執行 SNAT (偽裝)。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Give subnet %1 a NAT gateway (recommended)</source>
        <translation>為子網路 %1 加上 NAT 閘道（建議）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An explicit outbound method, as Microsoft recommends for private subnets: a NAT gateway with a Standard public IP that Azure allocates; add the NAT gateway and its address to the file once it exists.</source>
        <translation>Microsoft 為私人子網路建議的明確輸出方式：使用 Azure 配置之 Standard 公用 IP 的 NAT 閘道；建立後請將 NAT 閘道及其位址加入檔案。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Turn default outbound access back on for subnet %1</source>
        <translation>重新開啟子網路 %1 的預設輸出存取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quickest way out; Microsoft recommends an explicit method instead (a NAT gateway or a public IP), and VMs must be stopped and deallocated for the change to apply.</source>
        <translation>這是最快的出路；但 Microsoft 建議改用明確的方法 (NAT 閘道或公用 IP)，而且必須將 VM 停止並解除配置，變更才會生效。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Send requests to %1 from subnet %2 through NVA %3</source>
        <translation>讓子網路 %2 送往 %1 的要求經過 NVA %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply already crosses the NVA; a user route on the client&apos;s subnet makes the request cross it too, so its connection tracking sees both directions.</source>
        <translation>回應已經經過該 NVA；在用戶端子網路加上使用者定義路由，讓要求也經過它，使其連線追蹤看到雙向流量。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A guest step: with SNAT (masquerade) the destination answers the NVA&apos;s address, so every reply comes back through the NVA that keeps the connection; the destination then sees the NVA as the source.</source>
        <translation>客體步驟：使用 SNAT（偽裝）時，目的地回應 NVA 的位址，因此所有回應都經過保存連線狀態的 NVA 返回；目的地看到的來源則是 NVA。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send replies to %1 from subnet %2 through NVA %3</source>
        <translation>讓子網路 %2 送往 %1 的回應經過 NVA %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user route on the destination&apos;s subnet makes the reply take the NVA the request crossed, so its connection tracking sees both directions. Widen the prefix to the client&apos;s subnet where many clients are affected.</source>
        <translation>目的地子網路上的使用者定義路由讓回應經過要求所經過的 NVA，使其連線追蹤看到雙向流量。若影響許多用戶端，請將首碼放寬到用戶端的子網路。</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Allow this flow on Azure Firewall %1 in collection %2</source>
        <translation>在 Azure Firewall %1 的集合 %2 中允許此流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network rule for exactly this source, destination and port, in an allow collection that Azure evaluates before the rule that denied it (network rules before application rules, then by group and collection priority).</source>
        <translation>針對這個來源、目的地與連接埠的網路規則，放在 Azure 會比拒絕它的規則更早評估的允許集合中 (網路規則先於應用程式規則，之後依群組與集合的優先順序)。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove deny rule %1 from collection %2 of Azure Firewall %3</source>
        <translation>從 Azure Firewall %3 的集合 %2 移除拒絕規則 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No allow collection comes before the deny, so the deny rule itself goes (everything else it matched is then allowed or denied by the rules after it), and a rule for exactly this flow goes into the first allow collection.</source>
        <translation>拒絕規則之前沒有允許集合，因此移除拒絕規則本身 (原本符合它的其他流量，之後由其後的規則允許或拒絕)，並在第一個允許集合中加入只針對此流程的規則。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Remove route %1 (%2) from route table %3</source>
        <translation>從路由表 %3 移除路由 %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The route covers AzureFirewallSubnet, so replies to Azure Firewall %1&apos;s instance address go to its front end and may reach another instance. Without it, the peering route takes them straight to the instance that holds the session.</source>
        <translation>此路由涵蓋 AzureFirewallSubnet，因此送往 Azure Firewall %1 執行個體位址的回應會送到其前端，可能抵達另一個執行個體。移除後，對等互連路由會直接送到持有工作階段的執行個體。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Route 0.0.0.0/0 to the Internet from subnet %1 of %2</source>
        <translation>將 %2 的子網路 %1 的 0.0.0.0/0 路由至 Internet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user route 0.0.0.0/0 with next hop Internet on the gateway&apos;s subnet beats the learned default route, so the listener&apos;s replies leave the way requests came; Microsoft requires it for v2 gateways.</source>
        <translation>在閘道子網路加上下一個躍點為 Internet 的 0.0.0.0/0 使用者定義路由，可勝過學到的預設路由，讓接聽程式的回應沿要求的來路離開；Microsoft 要求 v2 閘道必須如此。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send replies to %1 back to the Internet from subnet %2</source>
        <translation>將回應 %1 的流量從子網路 %2 送回網際網路</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A more specific user route for the client&apos;s prefix beats the forced-tunnel default route, so replies leave the way the request came (azure-facts §2.3). Other Internet traffic stays forced; publishing through the NVA or a load balancer on its path is the alternative.</source>
        <translation>針對用戶端首碼的更明確使用者路由會勝過強制通道的預設路由，因此回應會沿著要求來的路徑返回 (azure-facts §2.3)。其他網際網路流量仍被強制；替代方案是透過 NVA 或其路徑上的負載平衡器發布。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Allow forwarded traffic on peering %1</source>
        <translation>在對等互連 %1 上允許轉送的流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic an NVA forwards did not originate in the peered VNet; Azure lets it in only with &quot;allow forwarded traffic&quot; on the peering. Set it on both sides in Azure.</source>
        <translation>NVA 轉送的流量並非源自對等互連的 VNet；只有在對等互連上設定「允許轉送的流量」時，Azure 才會讓它進入。請在 Azure 中兩側都設定。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Traffic an NVA forwards did not originate in the peered VNet; Azure lets it in only with &quot;allow forwarded traffic&quot; on the receiving VNet&apos;s side of the peering, here %1&apos;s.</source>
        <translation>NVA 轉送的流量並非源自對等互連的 VNet；只有在接收端（此處為 %1）的對等互連啟用「允許轉送的流量」時，Azure 才會放行。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Create NSG %1 on NIC %2 allowing %3 from %4</source>
        <translation>在 NIC %2 上建立允許來自 %4 之 %3 的 NSG %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard public IPs admit nothing until an NSG allows it. The rule admits only this client and port; widen the source deliberately if others need it.</source>
        <translation>標準公用 IP 在 NSG 允許之前不接受任何流量。此規則只允許這個用戶端與連接埠；若其他來源也需要，請刻意擴大來源。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Route %1 and %2 to each other through %3 in %4</source>
        <translation>讓 %1 與 %2 之間的流量經由 %4 中的 %3 路由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peering is not transitive: two spokes of one hub reach each other only through something in the hub that forwards. A user route on each side (for the other spoke&apos;s space) sends the traffic there, both ways.</source>
        <translation>對等互連不具遞移性：同一中樞的兩個輪輻只能透過中樞內負責轉送的元件互通。兩側各加一條使用者定義路由（指向對方輪輻的位址空間），即可讓雙向流量經過該處。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alternative: peer %1 and %2 directly</source>
        <translation>替代方案：直接對等互連 %1 與 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A direct peering gives each VNet a route to the other&apos;s space; add it to the drawing once it exists (a peering is one object per direction in Azure).</source>
        <translation>直接對等互連讓每個 VNet 取得通往對方位址空間的路由；建立後請將其加入圖中（在 Azure 中，對等互連每個方向各為一個物件）。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Alternative: connect a site to gateway %1 as its default site, or learn 0.0.0.0/0 over BGP</source>
        <translation>替代方案：將站台連線到閘道 %1 並設為其預設站台，或透過 BGP 學習 0.0.0.0/0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A VPN gateway sends what it has learned no route for to its default site, which must be a site it has a VPN connection to; gateway %1 has none to choose. Connect the on-premises site that is to carry this traffic and make it the default site, or have that site announce 0.0.0.0/0 over BGP. If the traffic is not meant to leave through on-premises, route the subnet&apos;s 0.0.0.0/0 to the Internet instead.</source>
        <translation>VPN 閘道會將沒有學到路由的流量送往其預設站台，而預設站台必須是與其有 VPN 連線的站台；閘道 %1 沒有可選的站台。請連線要承載此流量的內部部署站台並將其設為預設站台，或由該站台透過 BGP 公告 0.0.0.0/0。若此流量不應經由內部部署離開，請改將子網路的 0.0.0.0/0 路由到網際網路。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Make site %1 the default site of gateway %2</source>
        <translation>將站台 %1 設為閘道 %2 的預設站台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VPN gateway sends what it has learned no route for to its default site (forced tunnelling). The gateway must be route-based, and the device of site %1 must accept 0.0.0.0/0 as its traffic selector and send Internet traffic on from its own address.</source>
        <translation>VPN 閘道會將沒有學到路由的流量送往其預設站台（強制通道）。閘道必須是路由式，且站台 %1 的裝置必須接受 0.0.0.0/0 作為流量選取器，並從其自身位址將網際網路流量送出。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Send traffic for private endpoint %1 through %2</source>
        <translation>讓送往私人端點 %1 的流量經過 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With route-table network policies on subnet %1, a user route for %2 (no broader than the VNet&apos;s range) in the client&apos;s route table marks the endpoint&apos;s /32 Invalid, and the traffic follows the user route to %3. Other subnets&apos; traffic to the endpoint keeps its path unless their tables route it too.</source>
        <translation>在子網路 %1 啟用路由表網路原則，並在用戶端的路由表加入 %2（不比 VNet 範圍更寬）的使用者路由後，端點的 /32 會變為無效，流量依使用者路由前往 %3。其他子網路送往端點的流量維持原路徑，除非其路由表也加入路由。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Give the VM an instance-level public IP</source>
        <translation>為 VM 指派執行個體層級的公用 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A NAT gateway, a load balancer&apos;s outbound SNAT, default outbound access and Azure Firewall carry only TCP and UDP to the Internet. A public IP on the VM&apos;s own NIC carries ICMP, ESP and AH too; for IPsec, NAT traversal (UDP 4500) passes a NAT gateway.</source>
        <translation>NAT 閘道、負載平衡器的輸出 SNAT、預設輸出存取與 Azure Firewall 只將 TCP 與 UDP 送往網際網路。VM 自身 NIC 上的公用 IP 也能承載 ICMP、ESP 與 AH；IPsec 可用 NAT 周遊（UDP 4500）通過 NAT 閘道。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make the health probe succeed on a member</source>
        <translation>讓成員的健康情況探查成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The load balancer sends nothing to a member its probe finds down. The probe comes from 168.63.129.16 (service tag AzureLoadBalancer): the member&apos;s NSGs must allow it on the probe port, and the service must answer there. In the design, a member&apos;s &quot;healthy&quot; says what the probe finds.</source>
        <translation>負載平衡器不會將任何流量送往探查判定為停止的成員。探查來自 168.63.129.16（服務標籤 AzureLoadBalancer）：成員的 NSG 必須在探查連接埠允許它，且服務必須在該處回應。在設計中，成員的 &quot;healthy&quot; 表示探查的結果。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a load-balancing rule for this protocol and port</source>
        <translation>為此通訊協定與連接埠新增負載平衡規則</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A load balancer forwards only what a rule names: TCP or UDP on the rule&apos;s frontend port, or every port with an HA-ports rule (protocol All, ports 0) on an internal frontend. ICMP and other protocols are never forwarded to the members.</source>
        <translation>負載平衡器只轉送規則所指定的流量：規則前端連接埠上的 TCP 或 UDP，或內部前端上 HA 連接埠規則（通訊協定 All、連接埠 0）的所有連接埠。ICMP 與其他通訊協定絕不會轉送給成員。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reach the service without its own frontend</source>
        <translation>不經由自身的前端連到服務</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A member of an internal load balancer&apos;s pool cannot reach that load balancer&apos;s frontend. Call another member directly, or run the client outside the pool.</source>
        <translation>內部負載平衡器集區的成員無法連到該負載平衡器的前端。請直接呼叫其他成員，或在集區外執行用戶端。</translation>
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
        <translation>閘道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute circuit</source>
        <translation>ExpressRoute 線路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on-premises site</source>
        <translation>內部部署站台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on-premises host</source>
        <translation>內部部署主機</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet</source>
        <translation>網際網路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT gateway</source>
        <translation>NAT 閘道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application Gateway</source>
        <translation>Application Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endpoint</source>
        <translation>端點</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure platform</source>
        <translation>Azure 平台</translation>
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
        <translation>負載平衡器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private endpoint</source>
        <translation>私人端點</translation>
    </message>
</context>
<context>
    <name>HopText</name>
    <message>
        <location filename="../views/panels/hop_text.cpp" line="+18"/>
        <source>default outbound address</source>
        <translation>預設輸出位址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2%3 (source %4%5)</source>
        <translation>%1 → %2%3 (來源 %4%5)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>; beat %n other matching route(s)</source>
        <translation>
            <numerusform>；勝過其他 %n 條符合的路由</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2: rule %3 (priority %4) → %5</source>
        <translation>%1 %2: 規則 %3 (優先順序 %4) → %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; hidden platform allowance %1 — IP flow verify says %2</source>
        <translation>；隱藏的平台允許 %1 — IP 流量驗證顯示 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>an unresolved address</source>
        <translation>未解析的位址</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Route: %1</source>
        <translation>路由：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSG: %1</source>
        <translation>NSG: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source translated: %1 → %2</source>
        <translation>來源已轉譯：%1 → %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../model/import/arm_mapper.cpp" line="+283"/>
        <source>public IP address %1 has no address in the input (Azure allocates it at deployment): left out</source>
        <translation>公用 IP 位址 %1 在輸入中沒有位址 (Azure 於部署時配置)：已略過</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>public IP address %1 is not in the input: left out</source>
        <translation>公用 IP 位址 %1 不在輸入中：已略過</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>peering %1 of %2 leads to %3, which is not in the input: left out</source>
        <translation>%2 的對等互連 %1 通往不在輸入中的 %3：已略過</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>peering %1 of %2 is %3, not Connected: it carries nothing and is left out</source>
        <translation>%2 的對等互連 %1 狀態為 %3 而非 Connected：它不承載任何流量，已略過</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>peering %1 of %2 leads to %2 itself: left out</source>
        <translation>%2 的對等互連 %1 通往 %2 自己：已略過</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>peering %1 from %2 to %3 has no peering back in the input: Azure carries nothing until both sides exist; left out</source>
        <translation>從 %2 到 %3 的對等互連 %1 在輸入中沒有反向的對等互連：兩側都存在之前 Azure 不承載任何流量；已略過</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>IPv6 prefix %1 left out (Pathlight models IPv4)</source>
        <translation>已略過 IPv6 首碼 %1 (Pathlight 僅模擬 IPv4)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>subnet %1 of %2 has no IPv4 prefix in the input</source>
        <translation>%2 的子網路 %1 在輸入中沒有 IPv4 首碼</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>subnet %1 has %2 prefixes; Pathlight keeps the first, %3</source>
        <translation>子網路 %1 有 %2 個首碼；Pathlight 保留第一個 %3</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>rule %1 names application security group %2, which is not in the input</source>
        <translation>規則 %1 指定的應用程式安全性群組 %2 不在輸入中</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rule %1 is about IPv6 addresses only: left out</source>
        <translation>規則 %1 只涉及 IPv6 位址：已略過</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>route %1 to IPv6 prefix %2 left out (Pathlight models IPv4)</source>
        <translation>已略過通往 IPv6 首碼 %2 的路由 %1 (Pathlight 僅模擬 IPv4)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>public IP prefix %1 has no prefix in the input: left out</source>
        <translation>公用 IP 首碼 %1 在輸入中沒有首碼：已略過</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Microsoft peering NAT addresses of %1 are the first address of each advertised public prefix</source>
        <translation>%1 的 Microsoft 對等互連 NAT 位址取自每個公告公用首碼的第一個位址</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>route filter %1 is not in the input: no Microsoft prefixes are learned</source>
        <translation>路由篩選 %1 不在輸入中：不會學到任何 Microsoft 首碼</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 stands for the on-premises network behind circuit %2, which Azure does not describe</source>
        <translation>%1 代表線路 %2 後方的內部部署網路 (Azure 沒有描述它)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which prefixes does on-premises announce over circuit %1? Add them to %2&apos;s address space (Azure keeps them in the gateway&apos;s learned routes only)</source>
        <translation>內部部署透過線路 %1 公告哪些首碼？請將它們加入 %2 的位址空間 (Azure 只在閘道的已學習路由中保有它們)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the VPN device of %1 is named by FQDN %2, which Pathlight does not resolve: the site has no public address</source>
        <translation>%1 的 VPN 裝置以 FQDN %2 指定，Pathlight 不會解析：此站台沒有公用位址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which prefixes does %1 announce over BGP? Pathlight assumes its address space</source>
        <translation>%1 透過 BGP 公告哪些首碼？Pathlight 假設為其位址空間</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gateway %1 has type &quot;%2&quot;: left out</source>
        <translation>閘道 %1 的類型為「%2」：已略過</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>gateway %1&apos;s virtual network is not in the input: left out</source>
        <translation>閘道 %1 的虛擬網路不在輸入中：已略過</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>&quot;%1&quot; is not a valid IPv4 prefix (%2): left out</source>
        <translation>「%1」不是有效的 IPv4 首碼 (%2)：已略過</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>subnet %1&apos;s %2 %3 is not in the input: left out</source>
        <translation>子網路 %1 的 %2 %3 不在輸入中：已略過此參照</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route table</source>
        <translation>路由表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT gateway</source>
        <translation>NAT 閘道</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+8"/>
        <source>route %1: &quot;%2&quot; is not a valid IPv4 prefix (%3): left out</source>
        <translation>路由 %1：「%2」不是有效的 IPv4 首碼 (%3)：已略過</translation>
    </message>
    <message>
        <location line="+222"/>
        <location line="+41"/>
        <source>connection %1&apos;s gateway is not in the input: left out</source>
        <translation>連線 %1 的閘道不在輸入中：已略過</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>connection %1&apos;s local network gateway is not in the input: left out</source>
        <translation>連線 %1 的區域網路閘道不在輸入中：已略過</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>connection %1 names no circuit: left out</source>
        <translation>連線 %1 未指定線路：已略過</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>connection %1 has type &quot;%2&quot;: left out</source>
        <translation>連線 %1 的類型為「%2」：已略過</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>gateway %1 has no connection in the input: nothing on-premises is reached through it</source>
        <translation>閘道 %1 在輸入中沒有連線：沒有任何內部部署經由它抵達</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>circuit %1 is not in the input (often another subscription): a placeholder with private peering stands for it</source>
        <translation>線路 %1 不在輸入中 (常見於其他訂用帳戶)：以具有私人對等互連的預留位置代替</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VM %1&apos;s network interface %2 is not in the input</source>
        <translation>VM %1 的網路介面 %2 不在輸入中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VM %1 names network interface %2, which another VM already has: Azure attaches a NIC to one VM only; left out here</source>
        <translation>VM %1 指定的網路介面 %2 已屬於另一部 VM：Azure 只會將 NIC 連接到一部 VM；此處已略過</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>network interface %1 has no VM in the input: VM %2 (Linux) stands for it</source>
        <translation>網路介面 %1 的 VM 不在輸入中：以 VM %2 (Linux) 代替</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>IPv6 configuration %1 of %2 left out (Pathlight models IPv4)</source>
        <translation>已略過 %2 的 IPv6 設定 %1 (Pathlight 僅模擬 IPv4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>network interface %1&apos;s subnet %2 is not in the input: left out</source>
        <translation>網路介面 %1 的子網路 %2 不在輸入中：已略過</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>network interface %1&apos;s address &quot;%2&quot; is not an IPv4 address</source>
        <translation>網路介面 %1 的位址「%2」不是 IPv4 位址</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>network interface %1 has no private address and its subnet has none free: left out</source>
        <translation>網路介面 %1 沒有私人位址，其子網路也沒有可用位址：已略過</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+450"/>
        <location line="+136"/>
        <source>%1 takes %2, the first free address of its subnet, as Azure allocates dynamic addresses</source>
        <translation>%1 取得其子網路的第一個可用位址 %2，與 Azure 配置動態位址的方式相同</translation>
    </message>
    <message>
        <location line="-574"/>
        <source>What is the address of %1&apos;s public IP %2? Without it, Pathlight traces %1 as having none (its Internet traffic then leaves by default outbound access or a NAT gateway); add it as the ipConfiguration&apos;s publicIp</source>
        <translation>%1 的公用 IP %2 的位址是什麼？沒有位址時，Pathlight 會把 %1 當作沒有公用 IP 來追蹤 (其網際網路流量會經由預設輸出存取或 NAT 閘道離開)；請將它加入為 ipConfiguration 的 publicIp</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>network interface %1&apos;s NSG %2 is not in the input: left out</source>
        <translation>網路介面 %1 的 NSG %2 不在輸入中：已略過</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 is taken as a network virtual appliance: IP forwarding is on at its NIC</source>
        <translation>%1 視為網路虛擬設備：其 NIC 已啟用 IP 轉送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is taken as a network virtual appliance: routes or Route Server name its address</source>
        <translation>%1 視為網路虛擬設備：有路由或 Route Server 指定其位址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does %1&apos;s operating system forward packets, translate sources (SNAT) or speak BGP? Azure cannot see inside the guest; Pathlight assumes it forwards, without SNAT</source>
        <translation>%1 的作業系統是否轉送封包、轉譯來源 (SNAT) 或使用 BGP？Azure 看不到客體內部；Pathlight 假設它會轉送且不做 SNAT</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>virtual hub %1 belongs to a Virtual WAN, which Pathlight does not model: left out</source>
        <translation>虛擬中樞 %1 屬於 Virtual WAN，Pathlight 不模擬：已略過</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Route Server %1 has no ipConfigurations in the input: it is placed in %2, whose subnet holds its addresses</source>
        <translation>Route Server %1 在輸入中沒有 ipConfigurations：已將它放在子網路包含其位址的 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route Server %1 has no subnet in the input (its ipConfigurations): left out</source>
        <translation>Route Server %1 在輸入中沒有子網路 (其 ipConfigurations)：已略過</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Route Server %1&apos;s addresses are taken as %2 and %3, the first two Azure gives out in RouteServerSubnet</source>
        <translation>Route Server %1 的位址取為 Azure 在 RouteServerSubnet 中最先配置的兩個位址 %2 與 %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Route Server peer %1 (%2) matches no NIC address in the input: left out</source>
        <translation>Route Server 對等 %1 (%2) 不符合輸入中任何 NIC 的位址：已略過</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Route Server %1 has no BGP peer in the input: it learns and programs no routes</source>
        <translation>Route Server %1 在輸入中沒有 BGP 對等：它不會學習或設定任何路由</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>firewall %1&apos;s private address is not in the input: Pathlight takes %2, the first address Azure gives out in AzureFirewallSubnet</source>
        <translation>防火牆 %1 的私人位址不在輸入中：Pathlight 取 Azure 在 AzureFirewallSubnet 中最先配置的位址 %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>firewall %1&apos;s AzureFirewallSubnet is not in the input: left out</source>
        <translation>防火牆 %1 的 AzureFirewallSubnet 不在輸入中：已略過</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>firewall %1&apos;s policy %2 is not in the input: Pathlight sees no rules, so it denies everything</source>
        <translation>防火牆 %1 的原則 %2 不在輸入中：Pathlight 看不到任何規則，因此全部拒絕</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>policy %1 inherits from a parent policy, whose rules Pathlight does not read</source>
        <translation>原則 %1 繼承自父原則，Pathlight 不會讀取其規則</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>firewall rule %1 uses IP groups, which Pathlight does not read: those addresses are left out</source>
        <translation>防火牆規則 %1 使用 IP 群組，Pathlight 不會讀取：這些位址已略過</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>firewall %1&apos;s classic rule collections are read as one rule collection group, &quot;classic-rules&quot;</source>
        <translation>防火牆 %1 的傳統規則集合讀取為一個規則集合群組「classic-rules」</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>frontend %1 of %2 has no subnet or address in the input: left out</source>
        <translation>%2 的前端 %1 在輸入中沒有子網路或位址：已略過</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>load-balancing rule %1 of %2 names no frontend or pool in the input: left out</source>
        <translation>%2 的負載平衡規則 %1 未指定輸入中的前端或集區：已略過</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>private endpoint %1 has no subnet or address in the input: left out</source>
        <translation>私人端點 %1 在輸入中沒有子網路或位址：已略過</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Application Gateway %1&apos;s subnet is not in the input: left out</source>
        <translation>Application Gateway %1 的子網路不在輸入中：已略過</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Application Gateway %1&apos;s instance addresses are in no Azure output: Pathlight shows &quot;an address of its subnet&quot;; add instanceIps if you know them</source>
        <translation>Application Gateway %1 的執行個體位址不在任何 Azure 輸出中：Pathlight 顯示為「其子網路的某個位址」；若已知請加入 instanceIps</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 of %2 is a secret: not copied</source>
        <translation>%2 的 %1 是祕密：不會複製</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 belongs to %2, which is not in the input: left out</source>
        <translation>%1 屬於不在輸入中的 %2：已略過</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type %1 is not part of Pathlight&apos;s model: left out</source>
        <translation>類型 %1 不在 Pathlight 的模型中：已略過</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type %1 is not a network resource: left out</source>
        <translation>類型 %1 不是網路資源：已略過</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type %1 is part of Virtual WAN, which Pathlight does not model: left out</source>
        <translation>類型 %1 屬於 Virtual WAN，Pathlight 不模擬：已略過</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="+84"/>
        <source>the folder holds no .json files</source>
        <translation>資料夾中沒有 .json 檔案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such file or folder</source>
        <translation>沒有這個檔案或資料夾</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 input files</source>
        <translation>輸入檔案超過 %1 個</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has %1 bytes, more than the limit of %2</source>
        <translation>檔案有 %1 位元組，超過上限 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the file</source>
        <translation>無法讀取檔案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 欄不是 JSON：%3</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>%1 left out: %2</source>
        <translation>已略過 %1：%2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>a legacy Azure building-blocks (azbb) file, not an ARM template: refused. Deploy it and import the resource group&apos;s export or az output instead</source>
        <translation>這是舊版 Azure building-blocks (azbb) 檔案，不是 ARM 範本：已拒絕。請部署後改為匯入資源群組的匯出或 az 輸出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Terraform state is not supported yet: refused. Import the resource groups&apos; exports or az output instead</source>
        <translation>尚不支援 Terraform 狀態：已拒絕。請改為匯入資源群組的匯出或 az 輸出</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a parameters file: expected {&quot;parameters&quot;: {&quot;name&quot;: {&quot;value&quot;: ...}}}</source>
        <translation>不是參數檔：需要 {&quot;parameters&quot;: {&quot;name&quot;: {&quot;value&quot;: ...}}} 的格式</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the template cannot be expanded: %1</source>
        <translation>無法展開範本：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the template is evaluated as deployed to subscription %1, resource group %2, location %3 (--context changes them)</source>
        <translation>範本以部署到訂用帳戶 %1、資源群組 %2、位置 %3 的方式評估 (可用 --context 變更)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>secure parameter %1 is a secret: not read, and what uses it is left out</source>
        <translation>安全參數 %1 是祕密：不會讀取，使用它的內容已略過</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a secret: not copied</source>
        <translation>%1 是祕密：不會複製</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not evaluated (%1): %2; what depends on it is left out</source>
        <translation>未評估 (%1)：%2；相依於它的內容已略過</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no Azure resources found: neither resource JSON with ids nor an ARM template</source>
        <translation>找不到 Azure 資源：既不是含識別碼的資源 JSON，也不是 ARM 範本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>effective routes or security rules: Azure&apos;s answers, not a network description; not imported (trace the imported network and compare)</source>
        <translation>有效路由或安全性規則：這是 Azure 的答案，不是網路描述；不匯入 (請追蹤匯入的網路並比較)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a parameters file that no template in the input uses: ignored (name it &quot;&lt;template&gt;.parameters.json&quot; or give --parameters)</source>
        <translation>輸入中沒有範本使用此參數檔：已忽略 (請命名為「&lt;範本&gt;.parameters.json」或以 --parameters 指定)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the template deploys its resources through %1 linked templates on the web, which Pathlight does not fetch: import the deployed resource group&apos;s export or az output instead</source>
        <translation>此範本透過網路上的 %1 個連結範本部署資源，Pathlight 不會下載：請改為匯入已部署資源群組的匯出或 az 輸出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no resource could be imported: a value could not be evaluated (%1): %2</source>
        <translation>無法匯入任何資源：有個值無法評估 (%1)：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no resource could be named: %1 values depend on parameters without a value; give them with --parameters FILE</source>
        <translation>無法為任何資源命名：有 %1 個值相依於沒有值的參數；請以 --parameters FILE 提供</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no Azure resources to import in the input</source>
        <translation>輸入中沒有可匯入的 Azure 資源</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this copy of %1 gives %2 another value than an earlier one: this later value is used</source>
        <translation>此份 %1 的 %2 與先前的一份值不同：使用此較後的值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the imported network does not load: %1</source>
        <translation>無法載入匯入的網路：%1</translation>
    </message>
    <message>
        <location filename="../model/import/resolved_input.cpp" line="+146"/>
        <source>not an Azure resource (no resource id): skipped</source>
        <translation>不是 Azure 資源 (沒有資源識別碼)：已略過</translation>
    </message>
    <message>
        <location filename="../model/import/suggested_flows.cpp" line="+56"/>
        <source>%1 activates Windows with Azure KMS (TCP 1688)</source>
        <translation>%1 透過 Azure KMS 啟用 Windows (TCP 1688)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (subnet %2) reaches the Internet on HTTPS (443)</source>
        <translation>%1 (子網路 %2) 以 HTTPS (443) 連上網際網路</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) reaches on-premises %3</source>
        <translation>%1 (%2) 連到內部部署 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on-premises %1 reaches %2 (%3)</source>
        <translation>內部部署 %1 連到 %2 (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) reaches %3 (%4), spoke to spoke</source>
        <translation>%1 (%2) 連到 %3 (%4)，輪輻之間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) reaches Azure&apos;s platform address 168.63.129.16 (VM agent, TCP 80)</source>
        <translation>%1 (%2) 連到 Azure 平台位址 168.63.129.16 (VM 代理程式，TCP 80)</translation>
    </message>
    <message>
        <location filename="../views/text/import_text.cpp" line="+20"/>
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret dropped</source>
        <translation>已捨棄祕密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unresolved</source>
        <translation>未解析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inferred</source>
        <translation>推斷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half-configured</source>
        <translation>設定不完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>refused</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>not read</source>
        <translation>未讀取</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resolved resource JSON</source>
        <translation>已解析的資源 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ARM template or export</source>
        <translation>ARM 範本或匯出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameters file</source>
        <translation>參數檔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diagnostic output</source>
        <translation>診斷輸出</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Files read:</source>
        <translation>已讀取的檔案：</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%2, %n resources)</source>
        <translation>
            <numerusform>%1 (%2，%n 個資源)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources by type:</source>
        <translation>依類型的資源：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2)：</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 還有 %n 項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from %1</source>
        <translation>從 %1 匯入</translation>
    </message>
</context>
<context>
    <name>Ipv4</name>
    <message>
        <location filename="../model/ip/ipv4.cpp" line="+44"/>
        <source>expected four dot-separated numbers</source>
        <translation>需要以點分隔的四個數字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>octet %1 is not a number from 0 to 255</source>
        <translation>第 %1 個八位元組不是 0 到 255 的數字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing &apos;/length&apos;</source>
        <translation>缺少 &apos;/長度&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>prefix length must be a number from 0 to 32</source>
        <translation>首碼長度必須是 0 到 32 的數字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host bits are set (did you mean %1?)</source>
        <translation>主機位元已設定 (是否指 %1？)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the last address comes before the first</source>
        <translation>最後一個位址在第一個位址之前</translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <location filename="../model/validation/lints.cpp" line="+98"/>
        <source>Azure refuses the name &quot;%1&quot;: 1 to 80 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit and ending with a letter, digit or &apos;_&apos;</source>
        <translation>Azure 不接受名稱 &quot;%1&quot;：須為 1 到 80 個英文字母、數字、&apos;_&apos;、&apos;.&apos; 或 &apos;-&apos;，以字母或數字開頭，並以字母、數字或 &apos;_&apos; 結尾</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; is not a BGP community (two numbers, as in 12076:51004)</source>
        <translation>&quot;%1&quot; 不是 BGP 社群（兩個數字，例如 12076:51004）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Azure refuses the resource group name &quot;%1&quot;: 1 to 90 letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;(&apos; or &apos;)&apos;, not ending with &apos;.&apos;</source>
        <translation>Azure 不接受資源群組名稱 &quot;%1&quot;：須為 1 到 90 個字母、數字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos;、&apos;(&apos; 或 &apos;)&apos;，且不可以 &apos;.&apos; 結尾</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the id &quot;internet&quot; stands for the Internet itself (on the canvas and in traces); give this object another id</source>
        <translation>ID &quot;internet&quot; 代表網際網路本身（在畫布與追蹤中）；請為此物件另取 ID</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>rule &quot;%1&quot; names &quot;%2&quot;, which is no address, range, prefix or service tag: IP groups are not modelled, so it never matches here</source>
        <translation>規則 &quot;%1&quot; 指定了 &quot;%2&quot;，它不是位址、範圍、前置詞或服務標籤：IP 群組未建模，因此在此永遠不相符</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>subnet &quot;%1&quot; (%2) is outside the address space of VNet &quot;%3&quot;</source>
        <translation>子網路「%1」(%2) 位於 VNet「%3」的位址空間之外</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>subnet &quot;%1&quot; (%2) overlaps subnet &quot;%3&quot; (%4)</source>
        <translation>子網路「%1」(%2) 與子網路「%3」(%4) 重疊</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>subnet &quot;%1&quot; is %2; Azure&apos;s smallest subnet is /29</source>
        <translation>子網路「%1」是 %2；Azure 最小的子網路是 /29</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be VNet address space (Azure reserves 224.0.0.0/4, 127.0.0.0/8, 169.254.0.0/16 and 168.63.129.16)</source>
        <translation>%1 不能作為 VNet 位址空間 (Azure 保留了 224.0.0.0/4、127.0.0.0/8、169.254.0.0/16 與 168.63.129.16)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peered VNets &quot;%1&quot; (%2) and &quot;%3&quot; (%4) have overlapping address spaces</source>
        <translation>對等互連的 VNet「%1」(%2) 與「%3」(%4) 的位址空間重疊</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VNet &quot;%1&quot; has its own gateway and cannot use remote gateways</source>
        <translation>VNet「%1」有自己的閘道，無法使用遠端閘道</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VNet &quot;%1&quot; uses remote gateways, but &quot;%2&quot; does not allow gateway transit on this peering</source>
        <translation>VNet「%1」使用遠端閘道，但「%2」在此對等互連上不允許閘道傳輸</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VNet &quot;%1&quot; uses remote gateways, but &quot;%2&quot; has no gateway or Route Server</source>
        <translation>VNet「%1」使用遠端閘道，但「%2」沒有閘道或路由伺服器</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VNet &quot;%1&quot; uses remote gateways on more than one peering; Azure allows only one</source>
        <translation>VNet「%1」在多個對等互連上使用遠端閘道；Azure 只允許一個</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VM &quot;%1&quot; marks NICs &quot;%2&quot; and &quot;%3&quot; as primary; a VM has one primary NIC</source>
        <translation>VM「%1」將 NIC「%2」與「%3」都標為主要；VM 只能有一個主要 NIC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is used by %2 and %3 in the same VNet</source>
        <translation>%1 在同一個 VNet 中同時被 %2 與 %3 使用</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 of %2 is outside its subnet &quot;%3&quot; (%4)</source>
        <translation>%2 的 %1 位於其子網路「%3」(%4) 之外</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 is one of the five addresses Azure reserves in %3 (the first four and the last)</source>
        <translation>%2 的 %1 是 Azure 在 %3 中保留的五個位址之一 (前四個與最後一個)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NSG &quot;%1&quot; has %2 rules; Azure allows 1,000</source>
        <translation>NSG &quot;%1&quot; 有 %2 條規則；Azure 上限為 1,000 條</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>rule &quot;%1&quot; has an empty address entry; Azure needs a prefix, an address, a service tag or *</source>
        <translation>規則 &quot;%1&quot; 有空白的位址項目；Azure 需要首碼、位址、服務標籤或 *</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rule &quot;%1&quot; names &quot;%2&quot;, which is not an address, a prefix or a service tag Pathlight knows (%3): the rule never matches it here</source>
        <translation>規則「%1」指定的「%2」不是位址、首碼，也不是 Pathlight 認得的服務標籤 (%3)：此規則在這裡永遠不會相符</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>NSG &quot;%1&quot; has more than one rule named &quot;%2&quot;; Azure needs each rule name once</source>
        <translation>NSG「%1」有多條名為「%2」的規則；Azure 要求每個規則名稱只能使用一次</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>rule &quot;%1&quot; has priority %2; custom rules use 100 to 4096</source>
        <translation>規則「%1」的優先順序是 %2；自訂規則使用 100 到 4096</translation>
    </message>
    <message>
        <location line="-641"/>
        <source>the layout places &quot;%1&quot;, which is no object of the file: the entry is ignored</source>
        <translation>版面配置放置了「%1」，但檔案中沒有這個物件：此項目會被忽略</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the layout entry of &quot;%1&quot; is not an object with x and y: the box is placed automatically</source>
        <translation>「%1」的版面配置項目不是含 x 與 y 的物件：方塊會自動放置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of &quot;%2&quot; is ignored: a position lies within ±1,000,000 and a size between 1 and 100,000</source>
        <translation>「%2」的 %1 會被忽略：位置須在 ±1,000,000 以內，大小須在 1 到 100,000 之間</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the layout entry of &quot;%1&quot; has no x and y: the box is placed automatically</source>
        <translation>「%1」的版面配置項目沒有 x 與 y：方塊會自動放置</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>VNet &quot;%1&quot; already holds Azure Firewall &quot;%2&quot;; Azure allows one firewall per VNet</source>
        <translation>VNet「%1」已有 Azure Firewall「%2」；Azure 每個 VNet 只允許一個防火牆</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure Firewall &quot;%1&quot; needs a subnet named AzureFirewallSubnet (/26 or larger) in VNet &quot;%2&quot;</source>
        <translation>Azure Firewall「%1」需要 VNet「%2」中名為 AzureFirewallSubnet 的子網路 (/26 或更大)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NSG &quot;%1&quot; on AzureFirewallSubnet of VNet &quot;%2&quot; is not applied: Azure protects the firewall itself</source>
        <translation>VNet「%2」之 AzureFirewallSubnet 上的 NSG「%1」不會套用：防火牆由 Azure 自行保護</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AzureFirewallSubnet of VNet &quot;%1&quot; is %2; Azure Firewall needs /26 or larger</source>
        <translation>VNet「%1」的 AzureFirewallSubnet 是 %2；Azure Firewall 需要 /26 或更大</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>%1 is not in AzureFirewallSubnet (%2) of Azure Firewall &quot;%3&quot;</source>
        <translation>%1 不在 Azure Firewall「%3」的 AzureFirewallSubnet (%2) 中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Azure Firewall &quot;%1&quot; in forced-tunneling mode needs a subnet named AzureFirewallManagementSubnet (/26 or larger) in VNet &quot;%2&quot;</source>
        <translation>強制通道模式的 Azure Firewall「%1」需要 VNet「%2」中名為 AzureFirewallManagementSubnet 的子網路 (/26 或更大)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Route table &quot;%1&quot; sends 0.0.0.0/0 from AzureFirewallSubnet to %2; without forced-tunneling mode Azure Firewall needs 0.0.0.0/0 to the Internet</source>
        <translation>路由表「%1」將 AzureFirewallSubnet 的 0.0.0.0/0 送往 %2；未使用強制通道模式時，Azure Firewall 需要通往網際網路的 0.0.0.0/0</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rule collection &quot;%1&quot;: a NAT collection&apos;s action is Dnat, a filter collection&apos;s Allow or Deny</source>
        <translation>規則集合「%1」：NAT 集合的動作是 Dnat，篩選集合則是 Allow 或 Deny</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+73"/>
        <source>rule &quot;%1&quot; is a %2 in a %3 collection</source>
        <translation>規則「%1」是 %3 集合中的 %2</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>DNAT rule &quot;%1&quot; translates to port %2; Azure Firewall NAT rules take ports 1 to 63999</source>
        <translation>DNAT 規則「%1」轉譯到連接埠 %2；Azure Firewall 的 NAT 規則只接受連接埠 1 到 63999</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DNAT rule &quot;%1&quot; listens on %2, which is not a public IP of Azure Firewall &quot;%3&quot;: it never matches</source>
        <translation>DNAT 規則「%1」接聽 %2，但那不是 Azure Firewall「%3」的公用 IP：永遠不會符合</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a firewall policy&apos;s groups, collections and rules need a name</source>
        <translation>防火牆原則的群組、集合與規則都需要名稱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name &quot;%1&quot; is used twice here; Azure keeps these names unique</source>
        <translation>名稱「%1」在此使用了兩次；Azure 要求這些名稱唯一</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>another collection of group &quot;%1&quot; has priority %2: their order is not defined (the file&apos;s order is used)</source>
        <translation>群組「%1」的另一個集合也是優先順序 %2：其順序未定義 (使用檔案中的順序)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rule &quot;%1&quot; has no %2; Azure requires at least one</source>
        <translation>規則「%1」沒有 %2；Azure 至少需要一個</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>network rule &quot;%1&quot; names FQDNs: Azure needs the firewall&apos;s DNS proxy for them (assumed here); its clients must use the firewall as DNS server</source>
        <translation>網路規則「%1」指定了 FQDN：Azure 需要防火牆的 DNS Proxy (此處假設已啟用)，其用戶端必須以防火牆作為 DNS 伺服器</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not in subnet &quot;%2&quot; (%3) of private endpoint &quot;%4&quot;</source>
        <translation>%1 不在私人端點「%4」的子網路「%2」(%3) 中</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NIC &quot;%1&quot; is in VNet &quot;%2&quot;, but application security group &quot;%3&quot; already holds NIC &quot;%4&quot; of VNet &quot;%5&quot;; Azure keeps a group&apos;s NICs in one VNet</source>
        <translation>NIC「%1」位於 VNet「%2」，但應用程式安全性群組「%3」已包含 VNet「%5」的 NIC「%4」；Azure 要求群組的 NIC 位於同一個 VNet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rule &quot;%1&quot; names %2 application security groups on one side; Azure allows 10</source>
        <translation>規則「%1」在一側指定了 %2 個應用程式安全性群組；Azure 最多允許 10 個</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Azure does not support a network security group on %1 (&quot;%2&quot; in VNet &quot;%3&quot;): remove it</source>
        <translation>Azure 不支援 %1 上的網路安全性群組 (VNet「%3」中的「%2」)：請移除</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>rule &quot;%1&quot; lists %2 addresses in %3; Azure allows 4,000</source>
        <translation>規則「%1」的 %3 列出 %2 個位址；Azure 上限為 4,000</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>rules &quot;%1&quot; and &quot;%2&quot; share priority %3 in the %4 direction</source>
        <translation>規則「%1」與「%2」在 %4 方向共用優先順序 %3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the id &quot;%1&quot; reads as an address: a flow naming it means this object, not the address; give it another id</source>
        <translation>識別碼「%1」看起來像位址：指定它的流量代表這個物件而不是該位址；請改用其他識別碼</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the id &quot;%1&quot; is also the name of the built-in endpoint &quot;%2&quot;: a flow naming it means this object; give it another id</source>
        <translation>識別碼「%1」也是內建端點「%2」的名稱：指定它的流量代表這個物件；請改用其他識別碼</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; and &quot;%2&quot; have the same name &quot;%3&quot; in one resource group: in Azure they are one resource, and deploying one rewrites the other</source>
        <translation>「%1」和「%2」在同一個資源群組中名稱相同 (「%3」)：在 Azure 中它們是同一個資源，部署其中一個會覆寫另一個</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>gateway &quot;%1&quot; needs a subnet named GatewaySubnet in VNet &quot;%2&quot;</source>
        <translation>閘道「%1」需要 VNet「%2」中名為 GatewaySubnet 的子網路</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>connection &quot;%1&quot; is %2 but gateway &quot;%3&quot; is %4</source>
        <translation>連線「%1」是 %2，但閘道「%3」是 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VNet-to-VNet connection &quot;%1&quot; joins two gateways of VNet &quot;%2&quot;; it must join two VNets</source>
        <translation>VNet 對 VNet 連線 &quot;%1&quot; 連接的是 VNet &quot;%2&quot; 的兩個閘道；它必須連接兩個 VNet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>VNet-to-VNet connection &quot;%1&quot;: the address spaces of &quot;%2&quot; (%3) and &quot;%4&quot; (%5) overlap</source>
        <translation>VNet 對 VNet 連線 &quot;%1&quot;：&quot;%2&quot; (%3) 與 &quot;%4&quot; (%5) 的位址空間重疊</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>VNet-to-VNet connection &quot;%1&quot; uses BGP but both gateways have ASN %2: each drops the other&apos;s routes; give one gateway another ASN</source>
        <translation>VNet 對 VNet 連線 &quot;%1&quot; 使用 BGP，但兩個閘道的 ASN 都是 %2：彼此會丟棄對方的路由；請為其中一個閘道指定其他 ASN</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&quot;%1&quot; names service tag %2, which the loaded service tag file (%3, change number %4) does not list: a misspelt or a newer tag; what it could decide is uncertain</source>
        <translation>&quot;%1&quot; 指定了服務標籤 %2，但已載入的服務標籤檔案 (%3，變更編號 %4) 未列出：拼錯或較新的標籤；它可能做出的判定不確定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; names service tag %2, whose addresses Pathlight does not know until a service tag file is loaded; what it could decide is uncertain</source>
        <translation>&quot;%1&quot; 指定了服務標籤 %2，在載入服務標籤檔案之前 Pathlight 不知道其位址；它可能做出的判定不確定</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>connections &quot;%1&quot; and &quot;%2&quot; join the same two gateways; one connection stands for both directions</source>
        <translation>連線 &quot;%1&quot; 與 &quot;%2&quot; 連接相同的兩個閘道；一個連線即代表雙向</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Route Server &quot;%1&quot; needs a subnet named RouteServerSubnet in VNet &quot;%2&quot;</source>
        <translation>路由伺服器「%1」需要 VNet「%2」中名為 RouteServerSubnet 的子網路</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RouteServerSubnet of VNet &quot;%1&quot; is %2; it must be /27 or larger</source>
        <translation>VNet「%1」的 RouteServerSubnet 是 %2；必須是 /27 或更大</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route Server &quot;%1&quot; has %2 BGP peers; Azure allows 8 (the others are ignored)</source>
        <translation>Route Server &quot;%1&quot; 有 %2 個 BGP 對等；Azure 上限為 8 個（其餘會被忽略）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NVA &quot;%1&quot; announces %2 routes; Route Server tears down a session that sends more than 4,000</source>
        <translation>NVA &quot;%1&quot; 通告了 %2 條路由；傳送超過 4,000 條的工作階段會被 Route Server 中斷</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Route Server peer &quot;%1&quot; is not marked as an NVA</source>
        <translation>路由伺服器對等「%1」未標示為 NVA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an NVA cannot use ASN 65515, Route Server&apos;s own</source>
        <translation>NVA 不能使用路由伺服器自己的 ASN 65515</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>route table &quot;%1&quot; has %2 routes on service tags; Azure allows 25 a table</source>
        <translation>路由表 &quot;%1&quot; 有 %2 條使用服務標籤的路由；Azure 每個路由表最多允許 25 條</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>routes &quot;%1&quot; and &quot;%2&quot; of route table &quot;%3&quot; have the same prefix %4; Azure refuses a second route for a prefix</source>
        <translation>路由表「%3」的路由「%1」和「%2」有相同的首碼 %4；Azure 不接受同一首碼的第二條路由</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>route table &quot;%1&quot; has more than one route named &quot;%2&quot;; Azure needs each route name once</source>
        <translation>路由表「%1」有多條名為「%2」的路由；Azure 要求每個路由名稱只出現一次</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>route &quot;%1&quot; goes to a VirtualAppliance but has no nextHopIpAddress</source>
        <translation>路由「%1」指向 VirtualAppliance，但沒有 nextHopIpAddress</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>route &quot;%1&quot; goes to VirtualNetworkGateway, which Azure refuses while ExpressRoute and VPN gateways coexist (VNet &quot;%2&quot;); use BGP, or a VirtualAppliance route</source>
        <translation>路由「%1」指向 VirtualNetworkGateway，但在 ExpressRoute 與 VPN 閘道並存時（VNet「%2」）Azure 會拒絕；請改用 BGP 或 VirtualAppliance 路由</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>route &quot;%1&quot; sends traffic to %2, the address of VM %3, whose NIC does not forward IP traffic: it drops what is not addressed to it</source>
        <translation>路由「%1」將流量送往 VM %3 的位址 %2，但其 NIC 不轉送 IP 流量：不是送給它的封包都會被丟棄</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>route &quot;%1&quot; has a nextHopIpAddress, which only VirtualAppliance routes use</source>
        <translation>路由「%1」有 nextHopIpAddress，但只有 VirtualAppliance 路由會使用它</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Application Gateway &quot;%1&quot; needs %2 addresses (instances, private frontend and Azure&apos;s five), but subnet &quot;%3&quot; (%4) has %5</source>
        <translation>應用程式閘道「%1」需要 %2 個位址 (執行個體、私人前端與 Azure 保留的五個)，但子網路「%3」(%4) 只有 %5 個</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>NSG &quot;%1&quot; on the subnet of Application Gateway &quot;%2&quot; does not allow inbound TCP %3 from GatewayManager; backend health shows Unknown unless the gateway is a private deployment</source>
        <translation>應用程式閘道「%2」子網路上的 NSG「%1」未允許來自 GatewayManager 的輸入 TCP %3；除非閘道是私人部署，否則後端健康情況會顯示 Unknown</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>NSG &quot;%1&quot; on the subnet of Application Gateway v2 &quot;%2&quot; denies outbound traffic to the Internet (rule &quot;%3&quot;); Azure requires it open unless the gateway is a private deployment</source>
        <translation>Application Gateway v2「%2」子網路上的 NSG「%1」拒絕前往網際網路的輸出流量（規則「%3」）；除非閘道為私人部署，Azure 要求保持開放</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For routes associated to subnet containing Application Gateway V2, please ensure &apos;0.0.0.0/0&apos; uses Next Hop Type as &apos;Internet&apos; (route table &quot;%1&quot;, subnet &quot;%2&quot;)</source>
        <translation>對於與包含應用程式閘道 V2 之子網路相關聯的路由，請確保 &apos;0.0.0.0/0&apos; 的下一個躍點類型為 &apos;Internet&apos; (路由表「%1」，子網路「%2」)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>flow &quot;%1&quot; goes to &quot;%2&quot;, a %3; a destination is an IP, FQDN, endpoint, private endpoint, vm or host</source>
        <translation>流程「%1」的目的地「%2」是 %3；目的地應為 IP、FQDN、端點、私人端點、VM 或主機</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>flow &quot;%1&quot; goes to &quot;%2&quot;, which is not an IP address, an id, or an FQDN known to the catalog or to endpoints</source>
        <translation>流量「%1」前往「%2」，它不是 IP 位址、識別碼，也不是目錄或端點中已知的 FQDN</translation>
    </message>
    <message>
        <location filename="../model/analysis/route_lints.cpp" line="+18"/>
        <source>Application Gateway v2 &quot;%1&quot;: its subnet &quot;%2&quot; learns 0.0.0.0/0 from %3, which Azure accepts but does not support for v2; use a 0.0.0.0/0 route with next hop Internet or turn off gateway route propagation</source>
        <translation>Application Gateway v2「%1」：其子網路「%2」從 %3 學到 0.0.0.0/0，Azure 接受但 v2 不支援；請使用下一個躍點為 Internet 的 0.0.0.0/0 路由，或關閉閘道路由傳播</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Azure Firewall &quot;%1&quot;: AzureFirewallSubnet learns 0.0.0.0/0 from %2; without forced-tunneling mode the firewall needs direct Internet access: add a route 0.0.0.0/0 → Internet to the subnet&apos;s route table, or use forced-tunneling mode</source>
        <translation>Azure Firewall &quot;%1&quot;：AzureFirewallSubnet 從 %2 學到 0.0.0.0/0；非強制通道模式的防火牆需要直接的網際網路連線：請在子網路的路由表加入 0.0.0.0/0 → Internet 路由，或使用強制通道模式</translation>
    </message>
</context>
<context>
    <name>LiveImport</name>
    <message>
        <location filename="../app/gui/live_import_dialog.cpp" line="+149"/>
        <source>service tags are read once, for one subscription</source>
        <translation>服務標籤只針對一個訂用帳戶讀取一次</translation>
    </message>
    <message>
        <location filename="../app/live/access_token.cpp" line="+18"/>
        <source>the token is empty</source>
        <translation>權杖是空的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token is longer than 16,384 characters</source>
        <translation>權杖超過 16,384 個字元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token holds characters a bearer token does not have (a space, a line break, quotes): paste the token alone</source>
        <translation>權杖含有持有人權杖不會有的字元 (空格、換行、引號)：請只貼上權杖</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not set</source>
        <translation>%1 未設定</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the Azure CLI (az) is not installed or not on PATH: install it and run az login, or give the token in %1</source>
        <translation>Azure CLI (az) 未安裝或不在 PATH 中：請安裝並執行 az login，或在 %1 中提供權杖</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the Azure CLI could not be started: %1</source>
        <translation>無法啟動 Azure CLI: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>az account get-access-token failed (exit %1): %2 — run az login with an account that has Reader on the subscription</source>
        <translation>az account get-access-token 失敗 (結束代碼 %1)：%2 — 請以具有訂用帳戶讀者角色的帳戶執行 az login</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>az account get-access-token gave no accessToken in its JSON</source>
        <translation>az account get-access-token 的 JSON 中沒有 accessToken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>az account get-access-token gave no answer in %1 s</source>
        <translation>az account get-access-token 在 %1 秒內沒有回應</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/live/live_import.cpp" line="+238"/>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/live/arm_client.cpp" line="+66"/>
        <source>the endpoint %1 is not a URL with a host</source>
        <translation>端點 %1 不是含有主機的 URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the endpoint %1 must be a scheme and a host only, such as https://management.azure.com</source>
        <translation>端點 %1 只能包含配置與主機，例如 https://management.azure.com</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the endpoint %1 is not https: Pathlight sends a token over plain http only to this machine (127.0.0.1, ::1, localhost)</source>
        <translation>端點 %1 不是 https：Pathlight 只會透過純 http 將權杖傳送到本機 (127.0.0.1、::1、localhost)</translation>
    </message>
    <message>
        <location filename="../app/live/live_import.cpp" line="-135"/>
        <source>no subscription chosen</source>
        <translation>未選擇訂用帳戶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a subscription id (a GUID such as 00000000-0000-0000-0000-000000000000)</source>
        <translation>&quot;%1&quot; 不是訂用帳戶識別碼 (例如 00000000-0000-0000-0000-000000000000 的 GUID)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a resource group name (1 to 90 letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot;, &quot;(&quot;, &quot;)&quot;, not ending in &quot;.&quot;)</source>
        <translation>&quot;%1&quot; 不是資源群組名稱 (1 到 90 個字母、數字、&quot;-&quot;、&quot;_&quot;、&quot;.&quot;、&quot;(&quot;、&quot;)&quot;，且不以 &quot;.&quot; 結尾)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported from Azure: %1</source>
        <translation>從 Azure 匯入：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the token was refused (%1): it has expired or is not meant for %2. Get a new one (az login, then az account get-access-token) for an account with the Reader role on the subscription</source>
        <translation>權杖遭拒 (%1)：已過期或不是用於 %2。請以具有訂用帳戶讀者角色的帳戶取得新權杖 (az login，然後 az account get-access-token)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>access denied (%1): the token&apos;s account needs the Reader role on %2</source>
        <translation>存取遭拒 (%1)：權杖的帳戶需要 %2 的讀者角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not found (%1)</source>
        <translation>找不到 (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Resource Manager still throttled the request after %1 attempts (%2): try again in a few minutes</source>
        <translation>Azure Resource Manager 在嘗試 %1 次後仍節流該要求 (%2)：請在幾分鐘後再試</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the request failed (%1)</source>
        <translation>要求失敗 (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒內沒有完整回應</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request could not be sent or answered: %1</source>
        <translation>無法傳送要求或沒有回應：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is not JSON: %1</source>
        <translation>回應不是 JSON：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is larger than %1 bytes</source>
        <translation>回應大於 %1 位元組</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the next page is at %1, not at the endpoint: not followed (the token is sent to the endpoint only)</source>
        <translation>下一頁位於 %1，不在端點上：未追蹤 (權杖只會傳送到端點)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>more than %1 pages, or a page link repeated: stopped</source>
        <translation>超過 %1 頁，或頁面連結重複：已停止</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 not read: %2; the rest is imported</source>
        <translation>未讀取 %1：%2；其餘已匯入</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>resource group %1 is in none of the chosen subscriptions</source>
        <translation>資源群組 %1 不在任何選取的訂用帳戶中</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>none of the chosen subscriptions and resource groups can be read with this token (the notes say why): it needs the Reader role on them</source>
        <translation>此權杖無法讀取任何選取的訂用帳戶與資源群組 (原因見附註)：需要它們的讀者角色</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the chosen subscriptions and resource groups hold no network resource this token can read</source>
        <translation>選取的訂用帳戶與資源群組中沒有此權杖可讀取的網路資源</translation>
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
        <translation>需要物件，但找到 %1</translation>
    </message>
    <message>
        <location filename="../model/io/topology_reader.cpp" line="-1168"/>
        <location line="+782"/>
        <location line="+80"/>
        <source>required key &quot;%1&quot; is missing</source>
        <translation>缺少必要的索引鍵「%1」</translation>
    </message>
    <message>
        <location line="-851"/>
        <source>a string</source>
        <translation>字串</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an id must not be empty</source>
        <translation>識別碼不可為空白</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>id &quot;%1&quot; is already used at %2; ids must be unique in the file</source>
        <translation>識別碼「%1」已在 %2 使用；識別碼在檔案中必須是唯一的</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+374"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 超出範圍 (%2 到 %3)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected an IPv4 prefix string, found %1</source>
        <translation>需要 IPv4 首碼字串，但找到 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+549"/>
        <location line="+94"/>
        <location line="+70"/>
        <source>%1 is not an IPv4 prefix: %2</source>
        <translation>%1 不是 IPv4 首碼：%2</translation>
    </message>
    <message>
        <location line="-703"/>
        <source>expected an IPv4 address string, found %1</source>
        <translation>需要 IPv4 位址字串，但找到 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an IPv4 address: %2</source>
        <translation>%1 不是 IPv4 位址：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an array</source>
        <translation>陣列</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected a string, found %1</source>
        <translation>需要字串，但找到 %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a reference must not be empty; leave the key out for none</source>
        <translation>參照不可為空；若無參照請省略此鍵</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+508"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 不是下列其中之一：%2</translation>
    </message>
    <message>
        <location line="-483"/>
        <source>unknown key &quot;%1&quot; is kept as it is but not used</source>
        <translation>未知的索引鍵「%1」會原樣保留但不會使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+164"/>
        <source>expected %1, found %2</source>
        <translation>需要 %1，但找到 %2</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+134"/>
        <location line="+70"/>
        <source>expected an id string, found %1</source>
        <translation>需要識別碼字串，但找到 %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>expected a service name or {&quot;service&quot;: name}, found %1</source>
        <translation>應為服務名稱或 {&quot;service&quot;: 名稱}，但找到 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a peering joins exactly two VNets</source>
        <translation>對等互連只連接恰好兩個 VNet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a VNet cannot be peered with itself (&quot;%1&quot;)</source>
        <translation>VNet 不能與自己對等互連 (「%1」)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>&quot;%1&quot; is not one of the two peered VNets</source>
        <translation>「%1」不是對等互連的兩個 VNet 之一</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>a NIC needs at least one IP configuration</source>
        <translation>NIC 至少需要一個 IP 設定</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a backend needs &quot;ip&quot; or &quot;vm&quot;</source>
        <translation>後端需要「ip」或「vm」</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a security rule needs a name (Azure requires one)</source>
        <translation>安全性規則需要名稱 (Azure 要求必須有)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;%1&quot; is empty: give a value, or &quot;*&quot; for any</source>
        <translation>「%1」是空的：請提供一個值 (任意則用 &quot;*&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>give either &quot;%1&quot; or &quot;%2&quot;, not both (Azure refuses a rule with both)</source>
        <translation>請只指定「%1」或「%2」其中之一 (Azure 會拒絕同時具有兩者的規則)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&quot;%1&quot; is empty: give at least one value, or &quot;*&quot; for any</source>
        <translation>「%1」是空的：請至少提供一個值 (任意則用 &quot;*&quot;)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+129"/>
        <source>&quot;%1&quot; is not a port, a range like 1000-2000, or *</source>
        <translation>「%1」不是連接埠、像 1000-2000 的範圍，也不是 *</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&quot;%1&quot; is missing: Azure requires the rule&apos;s addresses (prefixes, addresses, service tags or &quot;*&quot;)</source>
        <translation>缺少「%1」：Azure 要求規則必須有位址 (首碼、位址、服務標籤或 &quot;*&quot;)</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+71"/>
        <source>%1 is not a port number (0 to 65535)</source>
        <translation>%1 不是連接埠號碼 (0 到 65535)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>a frontend has either &quot;subnet&quot; and &quot;privateIPAddress&quot;, or &quot;publicIPAddress&quot;</source>
        <translation>前端應指定 &quot;subnet&quot; 與 &quot;privateIPAddress&quot;，或 &quot;publicIPAddress&quot; 其中之一</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 VNets are linked to circuit &quot;%2&quot;; Azure links at most %3 (Premium, 10 Gbps or more; Standard: 10)</source>
        <translation>線路「%2」連結了 %1 個 VNet；Azure 最多可連結 %3 個 (Premium，10 Gbps 以上；Standard 為 10 個)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>%1 refers to %2 &quot;%3&quot;, which does not exist</source>
        <translation>%1 參考了 %2「%3」，但它不存在</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 refers to &quot;%2&quot; as a %3, but it is a %4</source>
        <translation>%1 將「%2」當作 %3 參考，但它是 %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 starts at &quot;%2&quot;, a %3; a flow starts at a vm, nic, host, appGateway or an IP address</source>
        <translation>%1 從「%2」開始，這是 %3；流量的來源必須是 vm、nic、host、appGateway 或 IP 位址</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+161"/>
        <location filename="../app/gui/document.cpp" line="+48"/>
        <source>the file is %1 bytes; files over %2 bytes are refused</source>
        <translation>檔案大小為 %1 位元組；超過 %2 位元組的檔案會被拒絕</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>the file holds a NUL byte at offset %1; it is not JSON text</source>
        <translation>檔案在偏移 %1 處含有 NUL 位元組；這不是 JSON 文字</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file nests deeper than %1 levels; it is refused</source>
        <translation>檔案的巢狀層級超過 %1 層；已拒絕</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has more than %1 objects or arrays; it is refused</source>
        <translation>檔案的物件或陣列超過 %1 個；已拒絕</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file has more than %1 values; it is refused</source>
        <translation>檔案的值超過 %1 個；已拒絕</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not valid JSON at line %1, column %2: %3</source>
        <translation>檔案不是有效的 JSON（第 %1 行第 %2 欄）：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file must be a JSON object</source>
        <translation>檔案必須是 JSON 物件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;format&quot; is %1; a Pathlight topology says &quot;pathlight.topology&quot;</source>
        <translation>「format」是 %1；Pathlight 拓撲應為「pathlight.topology」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;version&quot; is %1; this Pathlight reads versions 1 and 2</source>
        <translation>&quot;version&quot; 為 %1；此 Pathlight 只能讀取版本 1 與 2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 more errors are not listed</source>
        <translation>另有 %1 個錯誤未列出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 more warnings are not listed</source>
        <translation>另有 %1 個警告未列出</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/gui/document.cpp" line="-12"/>
        <source>%1 is not a regular file (a folder, device or pipe)</source>
        <translation>%1 不是一般檔案（資料夾、裝置或管道）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/gui/document.cpp" line="+6"/>
        <source>cannot open %1</source>
        <translation>無法開啟 %1</translation>
    </message>
    <message>
        <location filename="../model/edit/topology_patch.cpp" line="-64"/>
        <source>the change cannot be applied: %1</source>
        <translation>無法套用變更：%1</translation>
    </message>
</context>
<context>
    <name>ObjectCopy</name>
    <message>
        <location filename="../model/edit/object_copy.cpp" line="+134"/>
        <source>nothing to paste</source>
        <translation>沒有可貼上的內容</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>no free address space for a copy of %1</source>
        <translation>沒有可供 %1 複本使用的位址空間</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>subnet &quot;%1&quot; has no free address</source>
        <translation>子網路「%1」沒有可用位址</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>VNet &quot;%1&quot; already has a %2</source>
        <translation>VNet「%1」已經有 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VNet &quot;%1&quot; has no room for another /%2</source>
        <translation>VNet「%1」已沒有空間再放一個 /%2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>site &quot;%1&quot; has no free address</source>
        <translation>站台「%1」沒有可用位址</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is copied only together with its VNet: a VNet has one gateway of each type and one Route Server</source>
        <translation>%1 只能與其 VNet 一起複製：一個 VNet 每種類型只有一個閘道，且只有一個路由伺服器</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>the clipboard holds no Pathlight objects</source>
        <translation>剪貼簿中沒有 Pathlight 物件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the clipboard holds %1 objects; a paste takes at most %2 (File ▸ Import from Azure files… reads large networks)</source>
        <translation>剪貼簿有 %1 個物件；一次貼上最多 %2 個（大型網路請用 檔案 ▸ 從 Azure 檔案匯入… 讀取）</translation>
    </message>
</context>
<context>
    <name>ObjectFactory</name>
    <message>
        <location filename="../model/edit/object_factory.cpp" line="+277"/>
        <source>no free /16 left in 10.0.0.0/8</source>
        <translation>10.0.0.0/8 中沒有可用的 /16</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a subnet goes inside a VNet</source>
        <translation>子網路要放在 VNet 內</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNet &quot;%1&quot; has no free /24 left</source>
        <translation>VNet「%1」沒有可用的 /24</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a VM, NVA or Application Gateway goes inside a subnet</source>
        <translation>VM、NVA 或應用程式閘道要放在子網路內</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+152"/>
        <location line="+114"/>
        <location line="+24"/>
        <source>subnet &quot;%1&quot; has no free address</source>
        <translation>子網路「%1」沒有可用位址</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>&quot;%1&quot; is not a subnet</source>
        <translation>「%1」不是子網路</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is reserved for Azure&apos;s gateways and Route Server</source>
        <translation>%1 保留給 Azure 的閘道與路由伺服器使用</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>a gateway goes inside a VNet (in its GatewaySubnet)</source>
        <translation>閘道要放在 VNet 內 (在其 GatewaySubnet 中)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no room for a /27 GatewaySubnet</source>
        <translation>沒有空間放置 /27 的 GatewaySubnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Route Server goes inside a VNet (in its RouteServerSubnet)</source>
        <translation>路由伺服器要放在 VNet 內 (在其 RouteServerSubnet 中)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RouteServerSubnet has no two free addresses</source>
        <translation>RouteServerSubnet 沒有兩個可用位址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no room for a /27 RouteServerSubnet</source>
        <translation>沒有空間放置 /27 的 RouteServerSubnet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an Azure Firewall goes inside a VNet (in its AzureFirewallSubnet)</source>
        <translation>Azure Firewall 應放在 VNet 內 (其 AzureFirewallSubnet 中)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VNet &quot;%1&quot; already holds Azure Firewall &quot;%2&quot;</source>
        <translation>VNet「%1」已有 Azure Firewall「%2」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no room for a /26 AzureFirewallSubnet</source>
        <translation>沒有空間建立 /26 的 AzureFirewallSubnet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a private endpoint goes inside a workload subnet</source>
        <translation>私人端點應放在工作負載子網路內</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an internal load balancer goes inside a workload subnet</source>
        <translation>內部負載平衡器應放在工作負載子網路內</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>an application security group is dropped on a VM</source>
        <translation>應用程式安全性群組應放到 VM 上</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no free /24 left in 192.168.0.0/16</source>
        <translation>192.168.0.0/16 中沒有可用的 /24</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a host goes inside a site</source>
        <translation>主機要放在站台內</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>site &quot;%1&quot; has no free address</source>
        <translation>站台「%1」沒有可用位址</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Azure does not support a network security group on %1</source>
        <translation>Azure 不支援在 %1 上使用網路安全性群組</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure does not support a route table on RouteServerSubnet</source>
        <translation>Azure 不支援在 RouteServerSubnet 上使用路由表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a route table is associated with a subnet, not a NIC</source>
        <translation>路由表是與子網路相關聯，而不是 NIC</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>a %1 cannot be connected to a %2 (peerings join VNets; connections join a gateway to a circuit, a site or another VNet&apos;s VPN gateway; sites attach to circuits; NVAs peer with Route Server)</source>
        <translation>%1 無法連接到 %2（對等互連連接 VNet；連線連接閘道與線路、站台或另一個 VNet 的 VPN 閘道；站台附加到線路；NVA 與 Route Server 對等）</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知的類型「%1」</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>pick two different objects</source>
        <translation>請選擇兩個不同的物件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>these VNets are already peered</source>
        <translation>這些 VNet 已經對等互連</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>their address spaces overlap (%1, %2); Azure cannot peer them</source>
        <translation>其位址空間重疊 (%1、%2)；Azure 無法將它們對等互連</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a circuit connects to an ExpressRoute gateway, not a VPN gateway</source>
        <translation>線路要連線到 ExpressRoute 閘道，而不是 VPN 閘道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a site connects over S2S VPN to a VPN gateway, not an ExpressRoute gateway</source>
        <translation>站台透過站對站 VPN 連線到 VPN 閘道，而不是 ExpressRoute 閘道</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>they are already connected</source>
        <translation>它們已經連線</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a VNet-to-VNet connection joins the VPN gateways of two different VNets</source>
        <translation>VNet 對 VNet 連線連接兩個不同 VNet 的 VPN 閘道</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>their VNets&apos; address spaces overlap (%1, %2); Azure cannot connect them</source>
        <translation>兩個 VNet 的位址空間重疊（%1、%2）；Azure 無法連接它們</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the site is already attached to this circuit</source>
        <translation>此站台已連接到這條線路</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an NVA peers with Route Server; mark the VM as an NVA first</source>
        <translation>只有 NVA 能與路由伺服器對等；請先將 VM 標示為 NVA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this NVA already peers with the Route Server</source>
        <translation>此 NVA 已與路由伺服器對等</translation>
    </message>
</context>
<context>
    <name>ObjectFields</name>
    <message>
        <location filename="../views/panels/object_fields.cpp" line="+70"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inside a region (ms)</source>
        <translation>區域內 (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global peering (ms)</source>
        <translation>全域對等互連 (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute link (ms)</source>
        <translation>ExpressRoute 連結 (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPN tunnel (ms)</source>
        <translation>VPN 通道 (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-premises link (ms)</source>
        <translation>內部部署連結 (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet (ms)</source>
        <translation>網際網路 (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency assumptions</source>
        <translation>延遲假設</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Address space</source>
        <translation>位址空間</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Address prefix</source>
        <translation>位址首碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>Network security group</source>
        <translation>網路安全性群組</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Route table</source>
        <translation>路由表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT gateway</source>
        <translation>NAT 閘道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default outbound access</source>
        <translation>預設輸出存取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private endpoint network policies</source>
        <translation>私人端點網路原則</translation>
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
        <translation>通告的首碼</translation>
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
        <translation>公用 IP</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>SNAT to the first public IP</source>
        <translation>SNAT 到第一個公用 IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet access</source>
        <translation>網際網路存取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet edge</source>
        <translation>網際網路邊緣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peering location</source>
        <translation>對等互連位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth (Mbps)</source>
        <translation>頻寬 (Mbps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private peering</source>
        <translation>私用對等互連</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT IPs</source>
        <translation>NAT IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route filter</source>
        <translation>路由篩選</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft peering</source>
        <translation>Microsoft 對等互連</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active-active</source>
        <translation>主動-主動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default site</source>
        <translation>預設站台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP addresses</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch-to-branch</source>
        <translation>分支對分支</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operating system</source>
        <translation>作業系統</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>映像</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <location line="+62"/>
        <location line="+4"/>
        <source>Subnet</source>
        <translation>子網路</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+78"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>Private IP</source>
        <translation>私人 IP</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+91"/>
        <source>Public IP</source>
        <translation>公用 IP</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>IP forwarding (Azure)</source>
        <translation>IP 轉送 (Azure)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default gateway in the guest</source>
        <translation>客體中的預設閘道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application security groups</source>
        <translation>應用程式安全性群組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIC %1</source>
        <translation>NIC %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP forwarding (guest OS)</source>
        <translation>IP 轉送 (客體作業系統)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNAT</source>
        <translation>SNAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNAT exclusions</source>
        <translation>SNAT 排除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Originate 0.0.0.0/0</source>
        <translation>產生 0.0.0.0/0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network virtual appliance</source>
        <translation>網路虛擬設備</translation>
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
        <translation>前端私人 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frontend public IP</source>
        <translation>前端公用 IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Instance IPs</source>
        <translation>執行個體 IP</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Public IP prefixes</source>
        <translation>公用 IP 首碼</translation>
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
        <translation>位址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers only Azure public sources</source>
        <translation>只回應 Azure 公用來源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft peering community</source>
        <translation>Microsoft 對等互連社群</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allow forwarded traffic into %1</source>
        <translation>允許轉送流量進入 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow forwarded traffic</source>
        <translation>允許轉送的流量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow access between the VNets</source>
        <translation>允許 VNet 之間的存取</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Local network gateway prefixes</source>
        <translation>區域網路閘道首碼</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forced tunneling</source>
        <translation>強制通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat intelligence</source>
        <translation>威脅情報</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNAT private ranges</source>
        <translation>SNAT 私人範圍</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resource</source>
        <translation>資源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-resource</source>
        <translation>子資源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>服務</translation>
    </message>
</context>
<context>
    <name>ObjectKind</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="+13"/>
        <source>site</source>
        <translation>站台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host</source>
        <translation>主機</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>circuit</source>
        <translation>線路</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNet</source>
        <translation>VNet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subnet</source>
        <translation>子網路</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peering</source>
        <translation>對等互連</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gateway</source>
        <translation>閘道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection</source>
        <translation>連線</translation>
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
        <translation>NAT 閘道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>route table</source>
        <translation>路由表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>endpoint</source>
        <translation>端點</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow</source>
        <translation>流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>private endpoint</source>
        <translation>私人端點</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application security group</source>
        <translation>應用程式安全性群組</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load balancer</source>
        <translation>負載平衡器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frontend</source>
        <translation>前端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backend pool</source>
        <translation>後端集區</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../app/report/report_writer.cpp" line="+126"/>
        <location line="+121"/>
        <source>File: %1 — report written %2</source>
        <translation>檔案：%1 — 報告產生於 %2</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+110"/>
        <source>Diagram</source>
        <translation>圖表</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+31"/>
        <location line="+88"/>
        <location line="+21"/>
        <source>Flows</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+109"/>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Protocol/port</source>
        <translation>通訊協定/連接埠</translation>
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
        <translation>未提出修正</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+119"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+116"/>
        <source>Errors and their fixes</source>
        <translation>錯誤及其修正</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+115"/>
        <source>No flow has an error.</source>
        <translation>沒有流程發生錯誤。</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+1"/>
        <location line="+110"/>
        <location line="+1"/>
        <source>Reachability</source>
        <translation>可達性</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+109"/>
        <source>Expected</source>
        <translation>預期</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Apparent source</source>
        <translation>表面來源</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+113"/>
        <source>%1 → %2, %3 port %4; the destination sees %5.</source>
        <translation>%1 → %2，%3 連接埠 %4；目的地看到的來源是 %5。</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Hop</source>
        <translation>躍點</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NSG decisions</source>
        <translation>NSG 判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packet</source>
        <translation>封包</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+113"/>
        <source>Reply</source>
        <translation>回應</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+113"/>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+124"/>
        <location line="+112"/>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <location line="-236"/>
        <location line="+124"/>
        <location line="+112"/>
        <source>Alternative: %1</source>
        <translation>替代方案：%1</translation>
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
        <translation>路由：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSG: %1</source>
        <translation>NSG: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source translated: %1</source>
        <translation>來源已轉譯：%1</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../model/routing/routing_model.cpp" line="+84"/>
        <source>invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid: %1</source>
        <translation>無效：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a longer prefix (/%1) wins</source>
        <translation>較長的首碼 (/%1) 勝出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lower precedence (User &gt; BGP &gt; System)</source>
        <translation>優先順序較低 (使用者 &gt; BGP &gt; 系統)</translation>
    </message>
    <message>
        <location filename="../model/routing/route_set.cpp" line="+55"/>
        <source>overridden by the User route with the same prefix</source>
        <translation>被相同首碼的使用者路由覆寫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overridden by the VirtualNetworkGateway route with the same prefix</source>
        <translation>被相同首碼的虛擬網路閘道路由覆寫</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overridden by the Default route with the same prefix</source>
        <translation>被相同首碼的預設路由覆寫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute is preferred for the same prefix</source>
        <translation>相同首碼時優先使用 ExpressRoute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a shorter AS path wins</source>
        <translation>AS 路徑較短者勝出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalidated by a user route that covers the private endpoint (route-table network policies on its subnet)</source>
        <translation>因涵蓋私人端點的使用者路由而無效 (其子網路啟用了路由表網路原則)</translation>
    </message>
</context>
<context>
    <name>ServiceTags</name>
    <message>
        <location filename="../model/catalog/service_tags.cpp" line="+112"/>
        <source>This is not a service tag file: it has no &quot;values&quot; list of tags (the shape of Microsoft&apos;s ServiceTags_*.json download).</source>
        <translation>這不是服務標籤檔案：沒有標籤的 &quot;values&quot; 清單 (Microsoft ServiceTags_*.json 下載檔的格式)。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This entry is skipped: a tag needs a &quot;name&quot; and &quot;properties&quot; with an &quot;addressPrefixes&quot; list.</source>
        <translation>略過此項目：標籤需要 &quot;name&quot; 以及含有 &quot;addressPrefixes&quot; 清單的 &quot;properties&quot;。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Skipped in tag %1: %2 is not public address space (service tags hold Azure&apos;s public addresses).</source>
        <translation>已在標籤 %1 中略過：%2 不是公用位址空間 (服務標籤包含 Azure 的公用位址)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Too many prefixes: a tag has at most %1 and a file at most %2 (the published files have far fewer).</source>
        <translation>前置詞過多：每個標籤最多 %1 個，每個檔案最多 %2 個 (公開的檔案遠少於此)。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skipped in tag %1: &quot;%2&quot; is not an address prefix.</source>
        <translation>已在標籤 %1 中略過：&quot;%2&quot; 不是位址前置詞。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag %1 appears twice; the first one is kept.</source>
        <translation>標籤 %1 出現兩次；保留第一個。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file lists no usable service tag.</source>
        <translation>檔案中沒有可用的服務標籤。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is %1 MB; a service tag file is at most %2 MB.</source>
        <translation>檔案大小為 %1 MB；服務標籤檔案最多 %2 MB。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is not valid JSON.</source>
        <translation>檔案不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../app/gui/service_tag_store.cpp" line="+28"/>
        <source>The file cannot be read.</source>
        <translation>無法讀取檔案。</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="-143"/>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>資訊</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../model/trace/source_kind.cpp" line="+16"/>
        <source>private address</source>
        <translation>私人位址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet address</source>
        <translation>網際網路位址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application Gateway frontend</source>
        <translation>Application Gateway 前端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NVA source NAT</source>
        <translation>NVA 來源 NAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT gateway</source>
        <translation>NAT 閘道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default outbound access</source>
        <translation>預設輸出存取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance public IP</source>
        <translation>執行個體公用 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft peering NAT</source>
        <translation>Microsoft 對等互連 NAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on-premises edge NAT</source>
        <translation>內部部署邊緣 NAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Firewall instance address</source>
        <translation>Azure Firewall 執行個體位址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Firewall public IP</source>
        <translation>Azure Firewall 公用 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load balancer frontend</source>
        <translation>負載平衡器前端</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <location filename="../model/trace/tracer.cpp" line="-2061"/>
        <source>The packet stops at %1.</source>
        <translation>封包在 %1 停止。</translation>
    </message>
    <message>
        <location line="+416"/>
        <source>%1 answers %2 from %3 through NIC %4.</source>
        <translation>%1 透過 NIC %4 以 %3 回應 %2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The guest sends the reply out of NIC %1 (its default gateway), not NIC %2 the request came in on; Azure drops it: %3 is not an address of NIC %1.</source>
        <translation>客體從 NIC %1（其預設閘道）而非接收要求的 NIC %2 送出回應；%3 不是 NIC %1 的位址，因此 Azure 將其丟棄。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Host %1 answers %2.</source>
        <translation>主機 %1 回應 %2。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 sends the packet from %2 to %3.</source>
        <translation>%1 從 %2 傳送封包到 %3。</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+80"/>
        <source>The guest has no route out of NIC %1 for %2: dropped.</source>
        <translation>客體中沒有從 NIC %1 前往 %2 的路由：已捨棄。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Host %1 sends the packet from %2.</source>
        <translation>主機 %1 從 %2 傳送封包。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Application Gateway %1 opens a new connection to the backend from its instance address %2 (not from its frontend).</source>
        <translation>應用程式閘道 %1 從其執行個體位址 %2 (而不是前端) 開啟新的後端連線。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A client on the Internet at %1 sends the packet to %2.</source>
        <translation>網際網路上位於 %1 的用戶端傳送封包到 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No public IP of this topology is %1: nothing in the drawing receives it.</source>
        <translation>此拓撲中沒有公用 IP %1：圖中沒有任何東西會接收它。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure translates the public address %1 to %2 of NIC %3.</source>
        <translation>Azure 將公用位址 %1 轉譯為 NIC %3 的 %2。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>NSG %1 denies the packet (rule %2, priority %3).</source>
        <translation>NSG %1 拒絕此封包 (規則 %2，優先順序 %3)。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The host answers %1 itself; user-defined routes do not apply.</source>
        <translation>主機自行回應 %1；使用者定義路由不適用。</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The NVA&apos;s own subnet routes the packet back to the NVA: loop.</source>
        <translation>NVA 自己的子網路將封包送回 NVA：形成迴圈。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The route %1 drops the packet (next hop None).</source>
        <translation>路由 %1 捨棄此封包 (下一個躍點 None)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nobody in VNet %1 holds %2: dropped.</source>
        <translation>VNet %1 中沒有持有 %2 的對象：已捨棄。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Application Gateway %1 receives the packet.</source>
        <translation>應用程式閘道 %1 接收封包。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Route Server %1 receives the packet.</source>
        <translation>路由伺服器 %1 接收封包。</translation>
    </message>
    <message>
        <location line="-502"/>
        <source>Application Gateway %1 answers %2 by its subnet&apos;s routes.</source>
        <translation>Application Gateway %1 依其子網路的路由回應 %2。</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>The service endpoint of the subnet carries the packet to %1 over the Azure backbone; the service sees the private source %2.</source>
        <translation>子網路的服務端點經由 Azure 骨幹將封包送到 %1；服務看到的是私人來源 %2。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Peering %1 does not allow access: dropped.</source>
        <translation>對等互連 %1 不允許存取：已捨棄。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The subnet routes the packet back to %1 itself: loop.</source>
        <translation>子網路將封包送回 %1 本身：迴圈。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 in VNet %2 belongs to %3, not to the flow&apos;s destination: dropped.</source>
        <translation>VNet %2 中的 %1 屬於 %3，而不是流量的目的地：已丟棄。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Azure Firewall %1 receives the packet.</source>
        <translation>Azure Firewall %1 收到封包。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>NVA %1 undoes its SNAT: the reply goes on to %2.</source>
        <translation>NVA %1 還原其 SNAT：回應繼續送往 %2。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 receives the packet on %2, from source %3.</source>
        <translation>%1 在 %2 上接收來自來源 %3 的封包。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 does not forward packets (IP forwarding off): dropped.</source>
        <translation>%1 不轉送封包 (IP 轉送已關閉)：已捨棄。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NVA %1 receives the packet and forwards it.</source>
        <translation>NVA %1 接收封包並加以轉送。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure Firewall %1 denies the packet: no rule allows it.</source>
        <translation>Azure Firewall %1 拒絕封包：沒有規則允許它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure Firewall %1 denies the packet (rule %2, collection %3).</source>
        <translation>Azure Firewall %1 拒絕封包 (規則 %2，集合 %3)。</translation>
    </message>
    <message>
        <location line="-1054"/>
        <source>Azure Firewall %1 has no AzureFirewallSubnet: it forwards nothing.</source>
        <translation>Azure Firewall %1 沒有 AzureFirewallSubnet：不轉送任何封包。</translation>
    </message>
    <message>
        <location line="+800"/>
        <source>The route has %1 equal next hops (ECMP); this flow&apos;s hash picks %2.</source>
        <translation>此路由有 %1 個等成本下一個躍點（ECMP）；此流量的雜湊選擇 %2。</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Azure Firewall %1 allows the packet by application rule %2 (collection %3); application rules always translate the source.</source>
        <translation>Azure Firewall %1 依應用程式規則 %2 (集合 %3) 允許封包；應用程式規則一律轉譯來源。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Firewall %1 allows the packet by network rule %2 (collection %3).</source>
        <translation>Azure Firewall %1 依網路規則 %2 (集合 %3) 允許封包。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Azure Firewall %1 translates %2 to %3 port %4 (DNAT rule %5) and the source to its instance address %6.</source>
        <translation>Azure Firewall %1 將 %2 轉譯為 %3 連接埠 %4 (DNAT 規則 %5)，並將來源轉譯為其執行個體位址 %6。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure Firewall %1 has no session for this reply (the request did not cross it): the stateful firewall drops it.</source>
        <translation>Azure Firewall %1 沒有此回應的工作階段 (要求未經過它)：具狀態的防火牆會捨棄它。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply to the firewall&apos;s instance address %1 is routed to its front end %2 instead, which can hand it to another instance: dropped.</source>
        <translation>送往防火牆執行個體位址 %1 的回應被路由到其前端 %2，可能交給另一個執行個體：已捨棄。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Azure Firewall %1 matches the reply to its session and sends it on to %2.</source>
        <translation>Azure Firewall %1 將回應對應到其工作階段，並送往 %2。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Azure Firewall %1 translates only TCP and UDP to the Internet: the packet is dropped.</source>
        <translation>Azure Firewall %1 只會為網際網路轉譯 TCP 與 UDP：封包已捨棄。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+256"/>
        <source>NAT gateway %1 translates the source to %2.</source>
        <translation>NAT 閘道 %1 將來源轉譯為 %2。</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Azure Firewall %1 allows the packet by network rule %2 and translates the source to its instance address %3: %4 is not in its SNAT private ranges.</source>
        <translation>Azure Firewall %1 依網路規則 %2 允許封包，並將來源轉譯為其執行個體位址 %3：%4 不在其 SNAT 私人範圍內。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Private endpoint %1 receives the packet, from source %2.</source>
        <translation>私人端點 %1 收到來自來源 %2 的封包。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Load balancer %1 answers the ping on %2 itself.</source>
        <translation>負載平衡器 %1 自行回應 %2 的 ping。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Load balancer %1 has no rule for the packet: dropped.</source>
        <translation>負載平衡器 %1 沒有適用此封包的規則：已捨棄。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load balancer %1 has no healthy member: dropped.</source>
        <translation>負載平衡器 %1 沒有狀況良好的成員：已捨棄。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A member of the pool cannot reach its own frontend: dropped.</source>
        <translation>集區成員無法連到自己的前端：已捨棄。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Load balancer %1 sends the flow to %2 by rule %3 (%4 healthy member(s)).</source>
        <translation>負載平衡器 %1 依規則 %3 將流程送往 %2 (狀況良好的成員 %4 個)。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The load balancer translates the source to its frontend %1.</source>
        <translation>負載平衡器將來源轉譯為其前端 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Azure&apos;s default outbound access translates the source to a Microsoft-owned public address.</source>
        <translation>Azure 的預設輸出存取將來源轉譯為 Microsoft 擁有的公用位址。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 carries only TCP and UDP to the Internet: the ICMP packet is dropped.</source>
        <translation>%1 只把 TCP 與 UDP 送往網際網路：ICMP 封包被丟棄。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 carries only TCP and UDP to the Internet: the %2 packet is dropped.</source>
        <translation>%1 只將 TCP 與 UDP 送往網際網路：%2 封包被丟棄。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reply crosses the Internet to the edge of site %1, %2.</source>
        <translation>回應經網際網路抵達站台 %1 的邊緣 %2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The packet crosses the Internet to %1, a public address in this drawing.</source>
        <translation>封包經網際網路送往 %1，這是此圖中的公用位址。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The packet leaves for the Internet, where %1 is not %2: it never arrives.</source>
        <translation>封包離開前往網際網路，但那裡的 %1 不是 %2：它永遠不會抵達。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 refuses the request: its source %2 is not an Azure public address.</source>
        <translation>%1 拒絕此要求：其來源 %2 不是 Azure 公用位址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 receives the packet from an Azure default outbound address.</source>
        <translation>%1 從 Azure 預設輸出位址收到封包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 receives the packet from %2.</source>
        <translation>%1 接收來自 %2 的封包。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Gateway %1 forwards the packet into VNet %2.</source>
        <translation>閘道 %1 將封包轉送到 VNet %2。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Gateway %1 sends the packet through the VNet-to-VNet connection to gateway %2 (route %3).</source>
        <translation>閘道 %1 經由 VNet 對 VNet 連線將封包送往閘道 %2（路由 %3）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gateway %1 sends the packet over ExpressRoute circuit %2 (route %3).</source>
        <translation>閘道 %1 透過 ExpressRoute 線路 %2 傳送封包 (路由 %3)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gateway %1 sends the packet through the VPN tunnel to site %2 (route %3).</source>
        <translation>閘道 %1 透過 VPN 通道將封包傳送到站台 %2 (路由 %3)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gateway %1 sends the packet to NVA %2, the next hop Route Server taught it (route %3).</source>
        <translation>閘道 %1 將封包傳送到 NVA %2，這是路由伺服器教給它的下一個躍點 (路由 %3)。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gateway %1 passes the packet to gateway %2 of the same VNet, which learned route %3 (Route Server branch-to-branch).</source>
        <translation>閘道 %1 將封包交給同一 VNet 中學到路由 %3 的閘道 %2（Route Server 分支對分支）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Gateway %1 sends the packet to its default site %2.</source>
        <translation>閘道 %1 將封包傳送到其預設站台 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gateway %1 has no route it can use for %2: the packet stops here.</source>
        <translation>閘道 %1 沒有可用於 %2 的路由：封包在此停止。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Circuit %1 carries the packet to %2 (route %3).</source>
        <translation>線路 %1 將封包送到 %2 (路由 %3)。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Host %1 receives the packet from %2.</source>
        <translation>主機 %1 接收來自 %2 的封包。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site %1 has no host with address %2: the packet is dropped here.</source>
        <translation>站台 %1 沒有位址為 %2 的主機：封包在此被丟棄。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Site %1 sends the packet over Microsoft peering of circuit %2 (community %3 is in the route filter).</source>
        <translation>站台 %1 透過線路 %2 的 Microsoft 對等互連傳送封包 (社群 %3 在路由篩選中)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Circuit %1 carries it to Microsoft with the NAT address %2.</source>
        <translation>線路 %1 以 NAT 位址 %2 將封包送到 Microsoft。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Site %1 sends the packet towards Azure through %2 (route %3).</source>
        <translation>站台 %1 經由 %2 將封包送往 Azure (路由 %3)。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Site %1 has no route to %2: Microsoft peering does not advertise it and there is no Internet path.</source>
        <translation>站台 %1 沒有前往 %2 的路由：Microsoft 對等互連不會通告它，也沒有網際網路路徑。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Site %1 sends the packet to the Internet through its edge, as %2.</source>
        <translation>站台 %1 透過其邊緣以 %2 的身分將封包送往網際網路。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The reply&apos;s destination is translated back to %2; %1 receives the reply.</source>
        <translation>回應的目的地轉譯回 %2；%1 收到回應。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 receives the reply.</source>
        <translation>%1 收到回應。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 translates the reply&apos;s destination back to %2.</source>
        <translation>%1 將回應的目的地轉譯回 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply passes %1.</source>
        <translation>回應通過 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answers; the reply goes back the way the request came, its translations undone in turn.</source>
        <translation>%1 回應；回應沿要求的路徑返回，途中的轉譯依序還原。</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../model/trace/trace_explanation.cpp" line="-172"/>
        <source>peered VNets</source>
        <translation>對等互連的 VNet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on-premises prefixes</source>
        <translation>內部部署首碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDR prefixes</source>
        <translation>UDR 首碼</translation>
    </message>
    <message>
        <location filename="../views/text/message_text.cpp" line="-53"/>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VirtualNetworkGateway</source>
        <translation>虛擬網路閘道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>作用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>輸出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow</source>
        <translation>允許</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>站台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InternetEdge</source>
        <translation>網際網路邊緣</translation>
    </message>
    <message>
        <location filename="../model/trace/tracer.cpp" line="-1327"/>
        <source>inbound</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outbound</source>
        <translation>輸出</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="+49"/>
        <source>delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>目的地拒絕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-route</source>
        <translation>無路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>已捨棄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loop</source>
        <translation>迴圈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asymmetric</source>
        <translation>非對稱</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+43"/>
        <source>Design and debug hybrid Azure networks.</source>
        <translation>設計並偵錯混合式 Azure 網路。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a PNG of the window after it opens, then quit.</source>
        <translation>開啟視窗後儲存 PNG，然後結束。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select this object and show it in the inspector.</source>
        <translation>選取此物件並在檢查器中顯示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this flow&apos;s path.</source>
        <translation>顯示此流量的路徑。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: en, ja or zh_TW (remembered).</source>
        <translation>介面語言：en、ja 或 zh_TW (會記住)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import these Azure files or folders (repeat the option for several) as a new document, instead of opening a topology.</source>
        <translation>改為將這些 Azure 檔案或資料夾匯入為新文件，而不是開啟拓撲 (多個時請重複此選項)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare the opened design with this topology file (File ▸ Compare with…).</source>
        <translation>將開啟的設計與此拓撲檔案比較 (檔案 ▸ 比較…)。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--%1 needs a value; it took the option %2</source>
        <translation>--%1 需要一個值；它把選項 %2 當成了值</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Topology files to open, each in a window of its own (default: the built-in demo).</source>
        <translation>要開啟的拓撲檔案，每個各自開在一個視窗中 (預設：內建示範)。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export the diagram (with --flow, that flow&apos;s path) to this file, by its extension: .png, .svg, .pdf or .drawio; then quit.</source>
        <translation>依副檔名 .png、.svg、.pdf 或 .drawio 將圖表 (搭配 --flow 時含該流程的路徑) 匯出到此檔案，然後結束。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--%1 goes with a single file (got %2)</source>
        <translation>--%1 只能搭配單一檔案 (收到 %2 個)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown language %1 (use %2)</source>
        <translation>未知的語言 %1（請使用 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write the screenshot %1 (not a regular file)</source>
        <translation>無法寫入螢幕擷取畫面 %1（不是一般檔案）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write the screenshot %1 (its name must end in .png)</source>
        <translation>無法寫入螢幕擷取畫面 %1（名稱必須以 .png 結尾）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot export to %1 (a file ending in .png, .svg, .pdf or .drawio)</source>
        <translation>無法匯出到 %1 (須為以 .png、.svg、.pdf 或 .drawio 結尾的檔案)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--export and --screenshot: one or the other</source>
        <translation>--export 與 --screenshot 只能擇一</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be opened:</source>
        <translation>無法開啟 %1：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--import and a file to open: one or the other</source>
        <translation>--import 與要開啟的檔案只能擇一</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no flow %1 in %2</source>
        <translation>%2 中沒有流量 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no object %1 in %2</source>
        <translation>%2 中沒有物件 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write the screenshot %1 (a PNG in a folder that exists)</source>
        <translation>無法寫入螢幕擷取畫面 %1（請指定現有資料夾中的 PNG）</translation>
    </message>
</context>
<context>
    <name>pathlight</name>
    <message>
        <location filename="../views/canvas/scene_export.cpp" line="+25"/>
        <source>the drawing is too large for an image</source>
        <translation>圖表太大，無法輸出成影像</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+10"/>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Exported by Pathlight</source>
        <translation>由 Pathlight 匯出</translation>
    </message>
</context>
<context>
    <name>pathlight::ChallengeDialog</name>
    <message>
        <location filename="../views/panels/challenge_dialog.cpp" line="+27"/>
        <source>&amp;Reveal</source>
        <translation>揭曉(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next flow</source>
        <translation>下一個流量(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenge</source>
        <translation>挑戰</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 10.1.1.4, or empty for Azure&apos;s default outbound address</source>
        <translation>例如 10.1.1.4；若為 Azure 預設輸出位址則留白</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happens?</source>
        <translation>會發生什麼事？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination sees the source as</source>
        <translation>目的地看到的來源</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This document has no flows to ask about.</source>
        <translation>此文件沒有可出題的流量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Question %1 of %2.&lt;/b&gt; %3: from &lt;b&gt;%4&lt;/b&gt; to &lt;b&gt;%5&lt;/b&gt;, %6 port %7.</source>
        <translation>&lt;b&gt;第 %1 題，共 %2 題。&lt;/b&gt; %3: 從 &lt;b&gt;%4&lt;/b&gt; 到 &lt;b&gt;%5&lt;/b&gt;，%6 連接埠 %7。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Score: %1 of %2</source>
        <translation>分數：%1 / %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>✓ Verdict: %1.</source>
        <translation>✓ 判定：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Verdict: it is %1.</source>
        <translation>✗ 判定：正確答案是 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Source seen as %1.</source>
        <translation>✓ 來源被視為 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ The destination sees the source as %1.</source>
        <translation>✗ 目的地看到的來源是 %1。</translation>
    </message>
</context>
<context>
    <name>pathlight::ComparisonPanel</name>
    <message>
        <location filename="../views/panels/comparison_panel.cpp" line="+66"/>
        <source>Compare again</source>
        <translation>再次比較</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>另一方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No comparison yet: File ▸ Compare with… compares this design with another topology, such as an import of what is deployed.</source>
        <translation>尚未比較：檔案 ▸ 比較… 可將此設計與另一個拓撲 (例如匯入已部署的內容) 比較。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compared with %1: %2 flows of %3 differ; %4 objects changed, %5 removed, %6 added.</source>
        <translation>與 %1 比較：%3 個流程中有 %2 個不同；物件變更 %4、移除 %5、新增 %6。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The design changed since: compare again.</source>
        <translation>設計之後已變更：請再次比較。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows that differ (%1)</source>
        <translation>不同的流程 (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not traceable (its ends are missing)</source>
        <translation>無法追蹤 (缺少其端點)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed (%1)</source>
        <translation>變更 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the design (%1)</source>
        <translation>只在設計中 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the other (%1)</source>
        <translation>只在另一方 (%1)</translation>
    </message>
</context>
<context>
    <name>pathlight::Document</name>
    <message>
        <location filename="../app/gui/document.cpp" line="+186"/>
        <source>no recovery copy is free (99 are in use)</source>
        <translation>沒有可用的復原副本 (99 個正在使用中)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no recovery copy</source>
        <translation>沒有復原副本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the recovery copy cannot be read</source>
        <translation>無法讀取復原副本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover unsaved changes</source>
        <translation>復原未儲存的變更</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>pathlight::EffectiveView</name>
    <message>
        <location filename="../views/panels/effective_view.cpp" line="+62"/>
        <location line="+3"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address prefixes</source>
        <translation>位址首碼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hop type</source>
        <translation>下一個躍點類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hop IP address</source>
        <translation>下一個躍點 IP 位址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it lost</source>
        <translation>失效原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>關聯</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>存取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source ports</source>
        <translation>來源連接埠</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination ports</source>
        <translation>目的地連接埠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective routes and security rules</source>
        <translation>有效路由與安全性規則</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>NIC %1 (%2)</source>
        <translation>NIC %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subnet %1 (%2, %3)</source>
        <translation>子網路 %1 (%2，%3)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Network interface or subnet:</source>
        <translation>網路介面或子網路:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effective routes</source>
        <translation>有效路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective security rules</source>
        <translation>有效安全性規則</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV…</source>
        <translation>匯出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Subnet %1</source>
        <translation>子網路 %1</translation>
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
        <translation>原則名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure CLI and PowerShell fixes name the policy by this name</source>
        <translation>Azure CLI 與 PowerShell 修正以此名稱指定原則</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Rule processing&lt;/b&gt;: DNAT rules first, then network rules, then application rules, whatever their priorities; inside each, groups and then collections by priority (lowest number first). What matches nothing is denied.</source>
        <translation>&lt;b&gt;規則處理順序&lt;/b&gt;：不論優先順序，先 DNAT 規則，再網路規則，最後應用程式規則；各類型內依優先順序（數字小者先）先比對群組，再比對集合。皆不符合者會被拒絕。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group / collection</source>
        <translation>群組 / 集合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;group</source>
        <translation>新增群組(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;collection</source>
        <translation>新增集合(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNAT collection</source>
        <translation>DNAT 集合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network collection</source>
        <translation>網路集合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application collection</source>
        <translation>應用程式集合</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add rule</source>
        <translation>新增規則(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rule</source>
        <translation>移除規則(&amp;R)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Firewall policy of %1</source>
        <translation>%1 的防火牆原則</translation>
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
        <translation>網路</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+142"/>
        <source>Application</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source addresses</source>
        <translation>來源位址</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Protocols</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Destination (public IP)</source>
        <translation>目的地（公用 IP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Destination ports</source>
        <translation>目的地連接埠</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Translated address</source>
        <translation>轉譯後位址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated port</source>
        <translation>轉譯後連接埠</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination addresses</source>
        <translation>目的地位址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination FQDNs</source>
        <translation>目的地 FQDN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protocols (type:port)</source>
        <translation>通訊協定（類型:連接埠）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target FQDNs</source>
        <translation>目標 FQDN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FQDN tags</source>
        <translation>FQDN 標籤</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a rule collection on the left to see and edit its rules.</source>
        <translation>在左側選擇規則集合，即可檢視並編輯其規則。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rules of %1 (%2) in %3</source>
        <translation>%3 中 %1（%2）的規則</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>rule %1</source>
        <translation>規則 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
</context>
<context>
    <name>pathlight::FlowDialog</name>
    <message>
        <location filename="../views/editors/flow_dialog.cpp" line="+52"/>
        <source>Flow %1</source>
        <translation>流量 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New flow</source>
        <translation>新增流量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an address or a name, as 203.0.113.10 or www.microsoft.com</source>
        <translation>位址或名稱，例如 203.0.113.10 或 www.microsoft.com</translation>
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
        <translation>主機 %1，位於 %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application Gateway %1 (its instances)</source>
        <translation>應用程式閘道 %1 (其執行個體)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoint %1</source>
        <translation>端點 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint %1 (%2)</source>
        <translation>端點 %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (built in)</source>
        <translation>%1（內建）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 (built in)</source>
        <translation>%1 — %2 (內建)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object, or an IP address (an Internet client)</source>
        <translation>物件，或 IP 位址 (網際網路用戶端)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object, an endpoint, an IP address or an FQDN</source>
        <translation>物件、端點、IP 位址或 FQDN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no expectation)</source>
        <translation>(無預期)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>來源(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination</source>
        <translation>目的地(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protocol</source>
        <translation>通訊協定(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort</source>
        <translation>連接埠(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected</source>
        <translation>預期(&amp;E)</translation>
    </message>
</context>
<context>
    <name>pathlight::FlowsPanel</name>
    <message>
        <location filename="../views/panels/flows_panel.cpp" line="+52"/>
        <source>&amp;New flow…</source>
        <translation>新增流量(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit flow…</source>
        <translation>編輯流量(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Remove %n flow(s)</source>
        <translation>
            <numerusform>移除 %n 個流量(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apparent source</source>
        <translation>表面來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>預期</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Azure default outbound</source>
        <translation>Azure 預設輸出</translation>
    </message>
</context>
<context>
    <name>pathlight::HopsPanel</name>
    <message>
        <location filename="../views/panels/hops_panel.cpp" line="+27"/>
        <source>cannot be applied here: %1</source>
        <translation>此處無法套用：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fixes this flow</source>
        <translation>修正此流量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this flow stays undelivered</source>
        <translation>此流量仍未送達</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; 0 others change</source>
        <translation>%1；其他流量沒有變更</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; %n other flow(s) change: %2</source>
        <translation>
            <numerusform>%1；另有 %n 個流量變更：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+170"/>
        <source>Hop</source>
        <translation>躍點</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+170"/>
        <source>Detail</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apparent source</source>
        <translation>表面來源</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Packet in</source>
        <translation>進入的封包</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beat</source>
        <translation>未採用的路由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 → %2%3 (%4, %5): %6</source>
        <translation>%1 → %2%3 (%4，%5): %6</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deny: no rule allows it (default deny)</source>
        <translation>拒絕：沒有規則允許 (預設拒絕)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: rule %2 (%3), collection %4, group %5</source>
        <translation>%1：規則 %2 (%3)，集合 %4，群組 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firewall</source>
        <translation>防火牆</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packet out</source>
        <translation>離開的封包</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply</source>
        <translation>回應</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hop(s) back to the client</source>
        <translation>
            <numerusform>返回用戶端的 %n 個躍點</numerusform>
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
        <translation>替代方案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix code: %1 (pathlight-cli fix FILE --flow %2 --apply %1)</source>
        <translation>修正代碼：%1（pathlight-cli fix FILE --flow %2 --apply %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply this fix (one undo step); right-click for its scripts</source>
        <translation>套用此修正 (一個復原步驟)；按右鍵可取得其指令碼</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Apply fix</source>
        <translation>套用修正</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy Azure CLI</source>
        <translation>複製 Azure CLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy PowerShell</source>
        <translation>複製 PowerShell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Bicep</source>
        <translation>複製 Bicep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Terraform</source>
        <translation>複製 Terraform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Windows guest commands</source>
        <translation>複製 Windows 客體命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Linux guest commands</source>
        <translation>複製 Linux 客體命令</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Source</source>
        <translation>來源</translation>
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
        <translation>注意事項</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files read (%1)</source>
        <translation>已讀取的檔案 (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %2, %n resources</source>
        <translation>
            <numerusform>%1：%2，%n 個資源</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathlight::InspectorPanel</name>
    <message>
        <location filename="../views/panels/inspector_panel.cpp" line="+39"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address prefix</source>
        <translation>位址首碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hop type</source>
        <translation>下一個躍點類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hop IP</source>
        <translation>下一個躍點 IP</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+63"/>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+47"/>
        <source>Properties</source>
        <translation>屬性</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Effective routes</source>
        <translation>有效路由</translation>
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
        <translation>編輯原則規則…</translation>
    </message>
    <message>
        <location line="-416"/>
        <location line="+35"/>
        <location line="+385"/>
        <source>Rule collection groups, collections and rules of this firewall&apos;s policy</source>
        <translation>此防火牆原則的規則集合群組、集合與規則</translation>
    </message>
    <message>
        <location line="-409"/>
        <location line="+21"/>
        <source>Apply the edited settings as one undo step (Ctrl+Enter)</source>
        <translation>將編輯的設定套用為一個復原步驟 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>(none)</source>
        <translation>(無)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this network security group&apos;s rules</source>
        <translation>編輯此網路安全性群組的規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this route table&apos;s routes</source>
        <translation>編輯此路由表的路由</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Several values: separate them with commas</source>
        <translation>多個值請以逗號分隔</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>select an object on the canvas to see and edit its settings</source>
        <translation>選取畫布上的物件即可檢視及編輯其設定</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an object on the canvas to see and edit its settings and, for a VM or subnet, its effective routes.</source>
        <translation>選取畫布上的物件，即可檢視及編輯其設定；若為 VM 或子網路，還可檢視其有效路由。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit frontends, pools and rules…</source>
        <translation>編輯前端、集區與規則…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frontends, backend pools, load-balancing rules and outbound rules</source>
        <translation>前端、後端集區、負載平衡規則與輸出規則</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <source>Effective routes of %1</source>
        <translation>%1 的有效路由</translation>
    </message>
</context>
<context>
    <name>pathlight::LatencyChart</name>
    <message>
        <location filename="../views/plots/latency_chart.cpp" line="+36"/>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative</source>
        <translation>累計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms (one way)</source>
        <translation>ms (單向)</translation>
    </message>
</context>
<context>
    <name>pathlight::LiveImportDialog</name>
    <message>
        <location filename="../app/gui/live_import_dialog.cpp" line="-112"/>
        <source>Import from Azure</source>
        <translation>從 Azure 匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update service tags from Azure</source>
        <translation>從 Azure 更新服務標籤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subscription ids, separated by commas</source>
        <translation>訂用帳戶識別碼，以逗號分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all resource groups</source>
        <translation>所有資源群組</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Resource Manager: https://management.azure.com for the public cloud; a sovereign cloud&apos;s own, e.g. https://management.usgovcloudapi.net</source>
        <translation>Azure Resource Manager：公用雲端為 https://management.azure.com；主權雲端使用各自的端點，例如 https://management.usgovcloudapi.net</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure CLI (az account get-access-token)</source>
        <translation>Azure CLI (az account get-access-token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable %1</source>
        <translation>環境變數 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted here:</source>
        <translation>貼在此處:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a bearer token for Azure Resource Manager</source>
        <translation>Azure Resource Manager 的持有人權杖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure CLI (az) is not installed or not on PATH</source>
        <translation>Azure CLI (az) 未安裝或不在 PATH 中</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Subscriptions:</source>
        <translation>訂用帳戶:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource groups:</source>
        <translation>資源群組:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint:</source>
        <translation>端點:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token:</source>
        <translation>權杖:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is sent before you press Read. Pathlight then sends only these read-only requests, with the token in memory only (never saved, logged or written to the report). The token&apos;s account needs the Reader role on what it reads.</source>
        <translation>按下「讀取」之前不會傳送任何內容。之後 Pathlight 只會傳送以下唯讀要求，權杖只保留在記憶體中 (絕不儲存、記錄或寫入報告)。權杖的帳戶需要所讀取對象的讀者角色。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read</source>
        <translation>讀取</translation>
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
        <translation>名稱</translation>
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
        <translation>識別碼</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Subnet (internal)</source>
        <translation>子網路（內部）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private IP</source>
        <translation>私人 IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public IP</source>
        <translation>公用 IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members (NICs)</source>
        <translation>成員（NIC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probed down</source>
        <translation>探查判定停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frontend</source>
        <translation>前端</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Backend pool</source>
        <translation>後端集區</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Frontend port</source>
        <translation>前端連接埠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend port</source>
        <translation>後端連接埠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floating IP</source>
        <translation>浮動 IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No outbound SNAT</source>
        <translation>不做輸出 SNAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Frontends</source>
        <translation>前端</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backend pools</source>
        <translation>後端集區</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load-balancing rules</source>
        <translation>負載平衡規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound rules</source>
        <translation>輸出規則</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An internal frontend has a subnet and a private IP; a public one has a public IP.</source>
        <translation>內部前端有子網路與私人 IP；公用前端有公用 IP。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members are NIC ids. &quot;Probed down&quot; lists the members whose health probe fails: no flow goes to them.</source>
        <translation>成員是 NIC 識別碼。「探查判定停止」列出健康情況探查失敗的成員：不會有流量送往它們。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol All with ports 0 is HA ports (every port, TCP and UDP): the internal frontend an NVA pair sits behind.</source>
        <translation>通訊協定 All 且連接埠為 0 即 HA 連接埠（所有連接埠、TCP 與 UDP）：NVA 組合前方的內部前端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound rules translate the pool&apos;s Internet-bound traffic to their frontends&apos; public IPs (after a NAT gateway and instance public IPs).</source>
        <translation>輸出規則會將集區前往網際網路的流量轉譯為其前端的公用 IP（優先順序在 NAT 閘道與執行個體公用 IP 之後）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Load balancer %1</source>
        <translation>負載平衡器 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a member of this pool</source>
        <translation>&quot;%1&quot; 不是此集區的成員</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
</context>
<context>
    <name>pathlight::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="-216"/>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to %1?</source>
        <translation>要儲存對 %1 的變更嗎？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover unsaved changes</source>
        <translation>復原未儲存的變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathlight found changes to this document that were not saved (autosaved %1). Recover them?</source>
        <translation>Pathlight 發現此文件有未儲存的變更 (自動儲存於 %1)。要復原嗎？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recover unsaved work</source>
        <translation>復原未儲存的工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathlight found work that was autosaved but never saved (after a crash, say).
Choose one to recover now; the others stay for later (File ▸ Recover unsaved work).</source>
        <translation>Pathlight 找到已自動儲存但從未儲存的工作（例如當機之後）。
請選擇一項立即復原；其餘的留待之後（檔案 ▸ 復原未儲存的工作）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This fix breaks other flows</source>
        <translation>此修正會破壞其他流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying it stops these flows from being delivered:
%1
Apply it anyway?</source>
        <translation>套用後，下列流量將無法送達:
%1
仍要套用嗎？</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+57"/>
        <source>Flows</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Palette</source>
        <translation>元件庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Hops</source>
        <translation>躍點</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Inspector</source>
        <translation>檢查器</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Latency</source>
        <translation>延遲</translation>
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
        <translation>可達性</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Import report</source>
        <translation>匯入報告</translation>
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
        <translation>縮放：Ctrl+0 顯示整張圖，Ctrl+1 以 100 % 顯示</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Click on the canvas to place it (Esc cancels)</source>
        <translation>按一下畫布即可放置 (Esc 取消)</translation>
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
            <numerusform>%n 個流量：已送達 %1，未送達 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_menus.cpp" line="-405"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New from &amp;scenario…</source>
        <translation>從案例新增(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;example</source>
        <translation>開啟範例(&amp;E)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open &amp;recent</source>
        <translation>開啟最近使用的檔案(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover &amp;unsaved work…</source>
        <translation>復原未儲存的工作(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unsaved work to recover</source>
        <translation>沒有可復原的未儲存工作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export diagram…</source>
        <translation>匯出圖表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report…</source>
        <translation>匯出報告(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;onnect objects</source>
        <translation>連接物件(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag from one object to another: VNet–VNet peering, gateway–circuit or gateway–site connection, site–circuit, NVA–Route Server</source>
        <translation>從一個物件拖曳到另一個物件：VNet 對 VNet 對等互連、閘道對線路或閘道對站台連線、站台對線路、NVA 對路由伺服器</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cancel placing or connecting</source>
        <translation>取消放置或連接</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Import from Azure files…</source>
        <translation>從 Azure 檔案匯入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Azure f&amp;older…</source>
        <translation>從 Azure 資料夾匯入(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from &amp;Azure…</source>
        <translation>從 Azure 匯入(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare &amp;with…</source>
        <translation>比較(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update service &amp;tags from file…</source>
        <translation>從檔案更新服務標籤(&amp;T)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update service tags from A&amp;zure…</source>
        <translation>從 Azure 更新服務標籤(&amp;Z)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Close window</source>
        <translation>關閉視窗(&amp;C)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connect mode: drag between objects · Esc stops</source>
        <translation>連接模式：在物件之間拖曳 · 按 Esc 結束</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag from one object to another to connect them (Esc to stop)</source>
        <translation>從一個物件拖曳到另一個物件以連接 (按 Esc 結束)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>再製(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;flow…</source>
        <translation>新增流量(&amp;F)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Draw a flow</source>
        <translation>繪製流量(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag from the source to the destination (or to empty canvas to type one)</source>
        <translation>從來源拖曳到目的地 (或拖到空白畫布以輸入目的地)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag from a flow&apos;s source to its destination (Esc or Ctrl+Shift+T to stop)</source>
        <translation>從流量的來源拖曳到目的地 (Esc 或 Ctrl+Shift+T 停止)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network &amp;security groups</source>
        <translation>網路安全性群組(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New network security group</source>
        <translation>新增網路安全性群組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route &amp;tables</source>
        <translation>路由表(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New route table</source>
        <translation>新增路由表</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Firewall policies</source>
        <translation>防火牆原則(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No Azure Firewall in this design</source>
        <translation>此設計中沒有 Azure Firewall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load balancers</source>
        <translation>負載平衡器(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No load balancer in this design</source>
        <translation>此設計中沒有負載平衡器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic &amp;layout</source>
        <translation>自動版面配置(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Align</source>
        <translation>對齊(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Left edges</source>
        <translation>左邊緣(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right edges</source>
        <translation>右邊緣(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Top edges</source>
        <translation>上邊緣(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bottom edges</source>
        <translation>下邊緣(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres &amp;horizontally</source>
        <translation>水平置中(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres &amp;vertically</source>
        <translation>垂直置中(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to window</source>
        <translation>符合視窗大小(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Effective &amp;routes and security rules…</source>
        <translation>有效路由與安全性規則(&amp;R)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Teaching</source>
        <translation>教學(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presenter mode</source>
        <translation>簡報者模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Challenge…</source>
        <translation>挑戰(&amp;C)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick start</source>
        <translation>快速入門(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Pathlight</source>
        <translation>關於 Pathlight(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick start</source>
        <translation>快速入門</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Pathlight in five steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick a flow&lt;/b&gt; in Flows: the canvas lights its path hop by hop, the reply dotted beside it, and the verdict at its end.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read the hops&lt;/b&gt; in the Hops panel: the route chosen at each hop and the routes it beat, every NSG decision, the addresses before and after.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fix what is wrong&lt;/b&gt;: Problems and the hop panel list each finding with its fixes. Apply one and every flow is traced again; Edit ▸ Undo takes it back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Draw&lt;/b&gt;: choose an object in the Palette and click the canvas (a VNet, then subnets and VMs inside it); Edit ▸ Connect objects links two; select an object to edit it in the Inspector.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ask a question&lt;/b&gt;: Edit ▸ New flow… from a source to a destination, and the answer appears in Flows. Teaching ▸ steps through a flow for a class.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;File ▸ New from scenario… opens worked cases from real reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pathlight 五步驟&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;選擇流量&lt;/b&gt;：在 [流量] 中選擇後，畫布會逐躍點點亮其路徑，回覆以虛線並列，終點顯示判定。&lt;/li&gt;&lt;li&gt;&lt;b&gt;閱讀躍點&lt;/b&gt;：[躍點] 面板列出每個躍點選用的路由與被勝過的路由、每個 NSG 判定，以及前後的位址。&lt;/li&gt;&lt;li&gt;&lt;b&gt;修正問題&lt;/b&gt;：[問題] 與躍點面板為每個發現列出修正。套用後所有流量會重新追蹤；編輯 ▸ 復原 可撤銷。&lt;/li&gt;&lt;li&gt;&lt;b&gt;繪製&lt;/b&gt;：在 [元件庫] 選擇物件後按一下畫布（先 VNet，再於其中放子網路與 VM）；編輯 ▸ 連接物件 可連接兩者；選取物件即可在 [檢查器] 中編輯。&lt;/li&gt;&lt;li&gt;&lt;b&gt;提出問題&lt;/b&gt;：編輯 ▸ 新增流量… 指定來源與目的地，答案會顯示在 [流量]。教學 ▸ 可為課堂逐步播放流量。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;檔案 ▸ 從案例新增… 可開啟依據真實回報的案例。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="-266"/>
        <source>Cannot open file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 cannot be opened: %n problem(s) found.</source>
        <translation>
            <numerusform>無法開啟 %1: 發現 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_files.cpp" line="+52"/>
        <source>%1 — autosaved %2</source>
        <translation>%1 — 自動儲存於 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 was not opened; the document shown is unchanged</source>
        <translation>未開啟 %1；顯示中的文件未變更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open topology</source>
        <translation>開啟拓撲</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_compare.cpp" line="+33"/>
        <source>%1 was not compared</source>
        <translation>未比較 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compare the design with</source>
        <translation>將設計與下列比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_files.cpp" line="+1"/>
        <source>Pathlight topologies (*.pathlight.json *.json);;All files (*)</source>
        <translation>Pathlight 拓撲 (*.pathlight.json *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only in the design: %1 has no %2 %3</source>
        <translation>只在設計中：%1 沒有 %2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Differs in %1: %2</source>
        <translation>在 %1 中不同：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+220"/>
        <source>%1 — %2%3 — Pathlight</source>
        <translation>%1 — %2%3 — Pathlight</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="+74"/>
        <source>%1 cannot move into %2: %3</source>
        <translation>%1 無法移入 %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>移動 %n 個物件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot move: %1</source>
        <translation>無法移動：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Cannot place it there: %1</source>
        <translation>無法放在那裡：%1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1</source>
        <translation>已新增 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Cannot connect %1 and %2: %3</source>
        <translation>無法連接 %1 與 %2: %3</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Connect %1 and %2</source>
        <translation>連接 %1 與 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected %1 and %2</source>
        <translation>已連接 %1 與 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>刪除 %n 個物件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be deleted: %2</source>
        <translation>無法刪除 %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %1 and %n object(s) that depended on it, %2 flow(s) among them</source>
        <translation>
            <numerusform>已刪除 %1 以及依賴它的 %n 個物件，其中包含 %2 個流量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>已複製 %n 個物件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Nothing pasted: %1</source>
        <translation>未貼上任何內容：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pasted %1; not all: %2</source>
        <translation>已貼上 %1；部分未貼上：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasted %1</source>
        <translation>已貼上 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate %1</source>
        <translation>再製 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select two or more objects to align</source>
        <translation>請選取兩個以上的物件以對齊</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the editor produced no object</source>
        <translation>編輯器沒有產生物件</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_flows.cpp" line="+95"/>
        <location line="+75"/>
        <source>Add flow %1</source>
        <translation>新增流量 %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Edit flow %1</source>
        <translation>編輯流量 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Remove %n flow(s)</source>
        <translation>
            <numerusform>移除 %n 個流量</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="+4"/>
        <location line="+54"/>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_teaching.cpp" line="+43"/>
        <source>Presenter mode: → or Space steps, ← goes back, Home restarts, P plays; %1 leaves</source>
        <translation>簡報者模式：→ 或 Space 前進、← 後退、Home 重新開始、P 播放；%1 離開</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="-16"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>不是有效的 JSON（第 %1 行第 %2 欄）：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a JSON object</source>
        <translation>需要 JSON 物件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit document settings</source>
        <translation>編輯文件設定</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_files.cpp" line="+31"/>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save topology</source>
        <translation>儲存拓撲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathlight topologies (*.pathlight.json)</source>
        <translation>Pathlight 拓撲 (*.pathlight.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Traced paths</source>
        <translation>追蹤的路徑</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export diagram</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 影像 (*.png);;SVG 繪圖 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw.io diagram (*.drawio)</source>
        <translation>draw.io 圖表 (*.drawio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+70"/>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+70"/>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Reachability matrix for %1 port %2: sources in rows, destinations in columns, each cell coloured by its verdict as on the canvas.</source>
        <translation>%1 連接埠 %2 的可達性矩陣：列為來源，欄為目的地，每個儲存格依其判定著色，與畫布相同。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML report (*.html);;Markdown report (*.md)</source>
        <translation>HTML 報告 (*.html);;Markdown 報告 (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="+24"/>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply fix: %1</source>
        <translation>套用修正：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Fix applied: %1 is now delivered; %n other flow(s) changed.</source>
        <translation>
            <numerusform>已套用修正：%1 現在已送達；另有 %n 個流量變更。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fix applied: %1 is still not delivered; %n other flow(s) changed.</source>
        <translation>
            <numerusform>已套用修正：%1 仍未送達；另有 %n 個流量變更。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_files.cpp" line="-56"/>
        <source>Untitled topology</source>
        <translation>未命名的拓撲</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_flows.cpp" line="-78"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_import.cpp" line="+52"/>
        <source>Nothing was imported; the document shown is unchanged</source>
        <translation>未匯入任何內容；顯示的文件未變更</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import from Azure</source>
        <translation>從 Azure 匯入</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Imported %1 VNets and %2 VMs; %n suggested checks added</source>
        <translation>
            <numerusform>已匯入 %1 個 VNet 與 %2 部 VM；已新增 %n 個建議的檢查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n more left out: at most 50 of each kind)</source>
        <translation>
            <numerusform>(另略去 %n 個：每種最多 50 個)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import an Azure folder</source>
        <translation>匯入 Azure 資料夾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import from Azure files</source>
        <translation>從 Azure 檔案匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure JSON (az or REST output, ARM templates, exports) (*.json);;All files (*)</source>
        <translation>Azure JSON (az 或 REST 輸出、ARM 範本、匯出) (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already laid out automatically</source>
        <translation>已是自動版面配置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic layout</source>
        <translation>自動版面配置</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_live_import.cpp" line="+39"/>
        <location line="+59"/>
        <location filename="../app/gui/main_window_service_tags.cpp" line="+105"/>
        <source>Azure Resource Manager at %1</source>
        <translation>位於 %1 的 Azure Resource Manager</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Asking the Azure CLI for a token…</source>
        <translation>正在向 Azure CLI 要求權杖…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <location filename="../app/gui/main_window_service_tags.cpp" line="-5"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading from Azure…</source>
        <translation>正在從 Azure 讀取…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Read %n resources; %1 requests left</source>
        <translation>
            <numerusform>已讀取 %n 個資源；剩餘 %1 個要求</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import from Azure canceled; the document shown is unchanged</source>
        <translation>已取消從 Azure 匯入；顯示的文件未變更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing what was read…</source>
        <translation>正在匯入讀取的內容…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_service_tags.cpp" line="-65"/>
        <source>The stored service tags (%1) cannot be read: only the platform tags are known</source>
        <translation>無法讀取已保存的服務標籤 (%1)：僅知道平台標籤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service tags: the platform tags only (no service tag file loaded)</source>
        <translation>服務標籤：僅平台標籤 (未載入服務標籤檔案)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Service tags: %1 cloud, change number %2, %n tag(s), loaded %3</source>
        <translation>
            <numerusform>服務標籤：%1 雲端，變更編號 %2，%n 個標籤，載入於 %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the command line</source>
        <translation>從命令列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update service tags from file</source>
        <translation>從檔案更新服務標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure service tags (ServiceTags_*.json *.json);;All files (*)</source>
        <translation>Azure 服務標籤 (ServiceTags_*.json *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+59"/>
        <source>The service tags cannot be kept in %1: %2</source>
        <translation>無法將服務標籤保存在 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>%1 (%n entry(ies) skipped)</source>
        <translation>
            <numerusform>%1 (略過 %n 個項目)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the service tags from Azure…</source>
        <translation>正在從 Azure 讀取服務標籤…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the service tags canceled; nothing changed</source>
        <translation>已取消讀取服務標籤；沒有任何變更</translation>
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
        <translation>子網路</translation>
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
        <translation>ExpressRoute 閘道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VPN gateway</source>
        <translation>VPN 閘道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route Server</source>
        <translation>路由伺服器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application Gateway</source>
        <translation>應用程式閘道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT gateway</source>
        <translation>NAT 閘道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private endpoint</source>
        <translation>私人端點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal load balancer</source>
        <translation>內部負載平衡器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>站台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExpressRoute circuit</source>
        <translation>ExpressRoute 線路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>端點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network security group</source>
        <translation>網路安全性群組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route table</source>
        <translation>路由表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application security group</source>
        <translation>應用程式安全性群組</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Drop it on a subnet (or, for an NSG, a VM) to associate a new %1 with it</source>
        <translation>拖放到子網路 (NSG 也可拖放到 VM) 上，即可將新的 %1 與其關聯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click, then click on the canvas to place a %1 — or drag it there</source>
        <translation>按一下後再按一下畫布即可放置 %1，也可以直接拖曳過去</translation>
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
        <translation>位置</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Apply fix</source>
        <translation>套用修正</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy Azure CLI</source>
        <translation>複製 Azure CLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy PowerShell</source>
        <translation>複製 PowerShell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Bicep</source>
        <translation>複製 Bicep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Terraform</source>
        <translation>複製 Terraform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Windows guest commands</source>
        <translation>複製 Windows 客體命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Linux guest commands</source>
        <translation>複製 Linux 客體命令</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>flow %1</source>
        <translation>流量 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alternative: %1</source>
        <translation>替代方案：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix (guest step): %1</source>
        <translation>修正 (客體步驟): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
</context>
<context>
    <name>pathlight::ReachabilityMatrix</name>
    <message>
        <location filename="../views/plots/reachability_matrix.cpp" line="+109"/>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to check yet.
Add VMs or sites: each row is a source, each column a destination.</source>
        <translation>尚無可檢查的項目。
請新增 VM 或站台：每一列是來源，每一欄是目的地。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 to itself: the packet does not leave the machine, so no route or NSG applies.</source>
        <translation>%1 到自身：封包不會離開機器，因此不套用任何路由或 NSG。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2 (%3/%4): %5</source>
        <translation>%1 → %2 (%3/%4): %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seen as %1</source>
        <translation>來源顯示為 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to show this flow</source>
        <translation>按一下以顯示此流量</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Destination (the first %1)</source>
        <translation>目的地 (前 %1 個)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
</context>
<context>
    <name>pathlight::RuleSetEditor</name>
    <message>
        <location filename="../views/editors/rule_set_editor.cpp" line="+47"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+35"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>存取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source ports</source>
        <translation>來源連接埠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination ports</source>
        <translation>目的地連接埠</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source ASGs</source>
        <translation>來源 ASG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination ASGs</source>
        <translation>目的地 ASG</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address prefix</source>
        <translation>位址首碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next hop type</source>
        <translation>下一個躍點類型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next hop IP</source>
        <translation>下一個躍點 IP</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Network security group %1</source>
        <translation>網路安全性群組 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route table %1</source>
        <translation>路由表 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not propagate gateway routes (disableBgpRoutePropagation)</source>
        <translation>不傳播閘道路由 (disableBgpRoutePropagation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Rules&lt;/b&gt; (lowest priority number first; the first match decides)</source>
        <translation>&lt;b&gt;規則&lt;/b&gt; (優先順序數字小者優先；第一個符合的規則決定結果)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Routes&lt;/b&gt; (longest prefix wins; a route here beats BGP and system routes of the same length)</source>
        <translation>&lt;b&gt;路由&lt;/b&gt; (最長首碼優先；長度相同時，這裡的路由勝過 BGP 與系統路由)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add rule</source>
        <translation>新增規則(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add route</source>
        <translation>新增路由(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rule</source>
        <translation>移除規則(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove route</source>
        <translation>移除路由(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sort by priority</source>
        <translation>依優先順序排序(&amp;S)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;span style=&apos;color:#777&apos;&gt;Default rules (Azure adds them to every NSG; they cannot be changed, only overridden by a lower number)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;預設規則 (Azure 會加入每個 NSG；無法變更，只能以較小的數字覆寫)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
</context>
<context>
    <name>pathlight::ScenarioGallery</name>
    <message>
        <location filename="../views/panels/scenario_gallery.cpp" line="+105"/>
        <source>Welcome to Pathlight</source>
        <translation>歡迎使用 Pathlight</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New from scenario</source>
        <translation>從案例新增</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Welcome to Pathlight&lt;/h2&gt;&lt;p&gt;Draw a hybrid Azure network and see where each flow goes: the route at every hop, each NSG decision, the address the destination sees, and what to change. The demo (scenario 1) is open behind this window; or start from one of the cases Pathlight was born from.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;歡迎使用 Pathlight&lt;/h2&gt;&lt;p&gt;繪製混合式 Azure 網路，看看每個流量的去向：每個躍點的路由、每個 NSG 判定、目的地看到的位址，以及該變更什麼。示範 (案例 1) 已在此視窗後方開啟；您也可以從 Pathlight 誕生的案例之一開始。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Open scenario</source>
        <translation>開啟案例(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a &amp;file…</source>
        <translation>開啟檔案(&amp;F)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start with the demo</source>
        <translation>從示範開始(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this window at startup</source>
        <translation>啟動時顯示此視窗</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you will learn</source>
        <translation>您將學到</translation>
    </message>
</context>
<context>
    <name>pathlight::StepBar</name>
    <message>
        <location filename="../views/panels/step_bar.cpp" line="+16"/>
        <location line="+41"/>
        <source>Step through</source>
        <translation>逐步執行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Step</source>
        <translation>下一步</translation>
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
        <translation>選取流量，然後逐一躍點執行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2, %3 port %4. Press Step or Play.</source>
        <translation>%1 → %2，%3 連接埠 %4。請按「下一步」或「播放」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 → %3, %4 port %5. Press Step or Play.</source>
        <translation>%1: %2 → %3，%4 連接埠 %5。請按「下一步」或「播放」。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hop %1 of %2: %3</source>
        <translation>躍點 %1 / %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NSG: %1.</source>
        <translation>NSG: %1。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Reply %1 of %2: %3</source>
        <translation>回覆 %1 / %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verdict: %1.</source>
        <translation>判定：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination sees the source as %1.</source>
        <translation>目的地看到的來源是 %1。</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+119"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
</context>
<context>
    <name>pathlight::TopologyScene</name>
    <message>
        <location filename="../views/canvas/topology_scene.cpp" line="+89"/>
        <source>An empty design. Choose an object in the Palette and click here to place it (a VNet first), or open one: File ▸ New from scenario…, File ▸ Open example.</source>
        <translation>這是空白的設計。請在 [元件庫] 選擇物件並按一下此處放置（先放 VNet），或開啟現有設計：檔案 ▸ 從案例新增…、檔案 ▸ 開啟範例。</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+55"/>
        <source>Source translated: %1 → %2</source>
        <translation>來源已轉譯：%1 → %2</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>seen as %1</source>
        <translation>來源顯示為 %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>R%1</source>
        <translation>R%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reply</source>
        <translation>回應</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>back to the client</source>
        <translation>返回用戶端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply of %1</source>
        <translation>%1 的回應</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 — click for the fixes</source>
        <translation>%1 — 按一下以查看修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — click for the alternatives</source>
        <translation>%1 — 按一下以查看替代方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — click for details</source>
        <translation>%1 — 按一下以查看詳細資料</translation>
    </message>
</context>
</TS>
