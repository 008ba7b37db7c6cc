<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <location filename="../app/gui/about_dialog.cpp" line="+91"/>
        <source>About Pathlight</source>
        <translation>About Pathlight</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Traces flows through hybrid Azure networks: the route at every hop, each NSG decision, the source address the destination sees, and what is wrong.</source>
        <translation>Traces flows through hybrid Azure networks: the route at every hop, each NSG decision, the source address the destination sees, and what is wrong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pathlight uses these libraries, under their licences:</source>
        <translation>Pathlight uses these libraries, under their licences:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The licences&apos; full texts are in /usr/share/doc/PACKAGE/copyright on Debian (libqt6core6, libqcustomplot2.1-qt6, nlohmann-json3-dev, libgvc6).</source>
        <translation>The licences&apos; full texts are in /usr/share/doc/PACKAGE/copyright on Debian (libqt6core6, libqcustomplot2.1-qt6, nlohmann-json3-dev, libgvc6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What Pathlight says about Azure follows Microsoft Learn documentation; the model rests mostly on these pages:</source>
        <translation>What Pathlight says about Azure follows Microsoft Learn documentation; the model rests mostly on these pages:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../app/io/atomic_file.cpp" line="+11"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="+163"/>
        <source>Azure KMS (Windows activation)</source>
        <translation>Azure KMS (Windows activation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure platform address (DNS, DHCP, health probes, VM agent)</source>
        <translation>Azure platform address (DNS, DHCP, health probes, VM agent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Instance Metadata Service</source>
        <translation>Azure Instance Metadata Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUSE public cloud update infrastructure (Azure)</source>
        <translation>SUSE public cloud update infrastructure (Azure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red Hat Update Infrastructure (Azure)</source>
        <translation>Red Hat Update Infrastructure (Azure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID (Arc agent sign-in)</source>
        <translation>Microsoft Entra ID (Arc agent sign-in)</translation>
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
        <translation>Arc hybrid identity service (global discovery)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc hybrid identity service (East Asia)</source>
        <translation>Arc hybrid identity service (East Asia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc guest configuration (East Asia)</source>
        <translation>Arc guest configuration (East Asia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc guest configuration agent service (global)</source>
        <translation>Arc guest configuration agent service (global)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli_catalog.cpp" line="+27"/>
        <location line="+17"/>
        <location filename="../app/cli/cli_options.cpp" line="+14"/>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>option %1 is given twice</source>
        <translation>option %1 is given twice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a regular file (a folder, device or pipe)</source>
        <translation>not a regular file (a folder, device or pipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read the service tag file: %2</source>
        <translation>%1: cannot read the service tag file: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot use this service tag file: it is %2 MB; a service tag file is at most %3 MB</source>
        <translation>%1: cannot use this service tag file: it is %2 MB; a service tag file is at most %3 MB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot use this service tag file:</source>
        <translation>%1: cannot use this service tag file:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_options.cpp" line="+8"/>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_commands.cpp" line="+65"/>
        <location line="+33"/>
        <location filename="../app/cli/cli_diff.cpp" line="+15"/>
        <location filename="../app/cli/cli_ids.cpp" line="+17"/>
        <source>%1: cannot use this file:</source>
        <translation>%1: cannot use this file:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>usage: pathlight-cli check FILE</source>
        <translation>usage: pathlight-cli check FILE</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flow %1: %2 → %3 (%4 %5)</source>
        <translation>flow %1: %2 → %3 (%4 %5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verdict: %1</source>
        <translation>verdict: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(as expected)</source>
        <translation>(as expected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(EXPECTED %1)</source>
        <translation>(EXPECTED %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>an Azure default outbound address</source>
        <translation>an Azure default outbound address</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>apparent source: %1 (%2)</source>
        <translation>apparent source: %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>source %1 → %2</source>
        <translation>source %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NSG %1 %2: %3 (%4) %5</source>
        <translation>NSG %1 %2: %3 (%4) %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hidden platform allowance %1; IP flow verify: %2</source>
        <translation>hidden platform allowance %1; IP flow verify: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>route %1</source>
        <translation>route %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reply:</source>
        <translation>reply:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fix %1%2: %3</source>
        <translation>fix %1%2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (explained, not applicable here)</source>
        <translation> (explained, not applicable here)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+174"/>
        <source>no flow with id &quot;%1&quot; in %2</source>
        <translation>no flow with id &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port must be a number from 0 to 65535</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>usage: pathlight-cli trace FILE [--flow ID | --from SRC --to DST [--port N] [--protocol Tcp|Udp|Icmp|Esp|Ah|*]] [--json]</source>
        <translation>usage: pathlight-cli trace FILE [--flow ID | --from SRC --to DST [--port N] [--protocol Tcp|Udp|Icmp|Esp|Ah|*]] [--json]</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--protocol must be Tcp, Udp, Icmp, Esp, Ah or *</source>
        <translation>--protocol must be Tcp, Udp, Icmp, Esp, Ah or *</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no flows; name one with --from and --to</source>
        <translation>%1 has no flows; name one with --from and --to</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>flow %1 (/flows/%2): %3</source>
        <translation>flow %1 (/flows/%2): %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>usage: pathlight-cli routes FILE --nic ID [--json]</source>
        <translation>usage: pathlight-cli routes FILE --nic ID [--json]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no NIC with id &quot;%1&quot; in %2</source>
        <translation>no NIC with id &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NIC &quot;%1&quot; is not in a known subnet</source>
        <translation>NIC &quot;%1&quot; is not in a known subnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Effective routes of NIC %1 (subnet %2)</source>
        <translation>Effective routes of NIC %1 (subnet %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address prefix</source>
        <translation>Address prefix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hop type</source>
        <translation>Next hop type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hop IP</source>
        <translation>Next hop IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service tag</source>
        <translation>Service tag</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>default outbound</source>
        <translation>default outbound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, apparent source %1 → %2</source>
        <translation>, apparent source %1 → %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: pathlight-cli fix FILE --flow ID (--apply CODE | --all) -o OUT</source>
        <translation>usage: pathlight-cli fix FILE --flow ID (--apply CODE | --all) -o OUT</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the fixes cannot be applied together</source>
        <translation>the fixes cannot be applied together</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fix %1 of flow %2 is explained, not applied: %3</source>
        <translation>fix %1 of flow %2 is explained, not applied: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>flow %1 has no error finding with an applicable fix</source>
        <translation>flow %1 has no error finding with an applicable fix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no fix %1 for flow %2; available: %3</source>
        <translation>no fix %1 for flow %2; available: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the fixes cannot be applied together: %1</source>
        <translation>the fixes cannot be applied together: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>applied %1</source>
        <translation>applied %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flow %1 is now delivered</source>
        <translation>flow %1 is now delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow %1 is still not delivered</source>
        <translation>flow %1 is still not delivered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WARNING, breaks %1</source>
        <translation>WARNING, breaks %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changes %1</source>
        <translation>changes %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no other flow changes</source>
        <translation>no other flow changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cli_import.cpp" line="+167"/>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: pathlight-cli format FILE [-o OUT]</source>
        <translation>usage: pathlight-cli format FILE [-o OUT]</translation>
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
        <translation>usage: pathlight-cli COMMAND FILE [options]
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
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+39"/>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>unknown language &quot;%1&quot; (available: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_import.cpp" line="-143"/>
        <source>--context expects key=value pairs, found &quot;%1&quot;</source>
        <translation>--context expects key=value pairs, found &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--context: &quot;%1&quot; is given twice</source>
        <translation>--context: &quot;%1&quot; is given twice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--context: %1 must be 1 to 90 printable characters without &quot;/&quot;, found &quot;%2&quot;</source>
        <translation>--context: %1 must be 1 to 90 printable characters without &quot;/&quot;, found &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--context: unknown key &quot;%1&quot; (subscription, resourceGroup, location, deployment)</source>
        <translation>--context: unknown key &quot;%1&quot; (subscription, resourceGroup, location, deployment)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: pathlight-cli import INPUT... [--parameters FILE] [--context subscription=...,resourceGroup=...] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</source>
        <translation>usage: pathlight-cli import INPUT... [--parameters FILE] [--context subscription=...,resourceGroup=...] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>   or: pathlight-cli import --live --subscription ID [--resource-group RG]... [--endpoint URL] [--token-from az|env] [--timeout SECONDS] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</source>
        <translation>   or: pathlight-cli import --live --subscription ID [--resource-group RG]... [--endpoint URL] [--token-from az|env] [--timeout SECONDS] [--suggest-flows] [--report FILE.json] -o OUT.pathlight.json</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is for files, not with --live</source>
        <translation>%1 is for files, not with --live</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 needs --live</source>
        <translation>%1 needs --live</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>-o and --report name the same file</source>
        <translation>-o and --report name the same file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is an input: the import does not write over what it reads</source>
        <translation>%1 is an input: the import does not write over what it reads</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing imported:</source>
        <translation>nothing imported:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n more suggested flows left out (at most 50 of each kind)</source>
        <translation>
            <numerusform>%n more suggested flow left out (at most 50 of each kind)</numerusform>
            <numerusform>%n more suggested flows left out (at most 50 of each kind)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n suggested flows added</source>
        <translation>
            <numerusform>%n suggested flow added</numerusform>
            <numerusform>%n suggested flows added</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli_diff.cpp" line="+9"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: pathlight-cli diff DESIGN OTHER [--json]</source>
        <translation>usage: pathlight-cli diff DESIGN OTHER [--json]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>objects: %1 added, %2 removed, %3 changed</source>
        <translation>objects: %1 added, %2 removed, %3 changed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>flows: %1 of %2 differ</source>
        <translation>flows: %1 of %2 differ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 in the design; not traceable in the other (its ends are missing)</source>
        <translation>%1: %2 in the design; not traceable in the other (its ends are missing)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 → %3; apparent source %4 → %5</source>
        <translation>%1: %2 → %3; apparent source %4 → %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_ids.cpp" line="-5"/>
        <source>usage: pathlight-cli ids FILE flows|nics</source>
        <translation>usage: pathlight-cli ids FILE flows|nics</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_import_live.cpp" line="+46"/>
        <source>--timeout expects seconds above 0 and at most 3600, found &quot;%1&quot;</source>
        <translation>--timeout expects seconds above 0 and at most 3600, found &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--token-from expects az or env, found &quot;%1&quot;</source>
        <translation>--token-from expects az or env, found &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>read %n resources; %1 requests left</source>
        <translation>
            <numerusform>read %n resource; %1 requests left</numerusform>
            <numerusform>read %n resources; %1 requests left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>read %n resources in %1 requests from %2</source>
        <translation>
            <numerusform>read %n resource in %1 requests from %2</numerusform>
            <numerusform>read %n resources in %1 requests from %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli_service_tags.cpp" line="+26"/>
        <source>usage: pathlight-cli service-tags --subscription ID [--location REGION] [--endpoint URL] [--token-from az|env] [--timeout SECONDS] -o OUT.json</source>
        <translation>usage: pathlight-cli service-tags --subscription ID [--location REGION] [--endpoint URL] [--token-from az|env] [--timeout SECONDS] -o OUT.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option %1 is missing</source>
        <translation>option %1 is missing</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--location expects a region name such as westeurope, found &quot;%1&quot;</source>
        <translation>--location expects a region name such as westeurope, found &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write %1: not a file in a folder that exists</source>
        <translation>cannot write %1: not a file in a folder that exists</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: the answer is not a service tag list:</source>
        <translation>%1: the answer is not a service tag list:</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n service tag(s), cloud %2, change number %3, written to %4</source>
        <translation>
            <numerusform>%1: %n service tag, cloud %2, change number %3, written to %4</numerusform>
            <numerusform>%1: %n service tags, cloud %2, change number %3, written to %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <location filename="../views/canvas/diagram.cpp" line="+210"/>
        <source>VPN gateway</source>
        <translation>VPN gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExpressRoute gateway</source>
        <translation>ExpressRoute gateway</translation>
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
        <translation>Internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and Microsoft services</source>
        <translation>and Microsoft services</translation>
    </message>
    <message>
        <location filename="../views/canvas/canvas_items.cpp" line="+53"/>
        <location filename="../views/canvas/diagram.cpp" line="+11"/>
        <source>peering</source>
        <translation>peering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute connection</source>
        <translation>ExpressRoute connection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPN connection</source>
        <translation>VPN connection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>circuit attachment</source>
        <translation>circuit attachment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BGP peering</source>
        <translation>BGP peering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT gateway</source>
        <translation>NAT gateway</translation>
    </message>
    <message>
        <location filename="../views/canvas/diagram.cpp" line="+2"/>
        <source> · gateway transit</source>
        <translation> · gateway transit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VNet-to-VNet VPN · BGP</source>
        <translation>VNet-to-VNet VPN · BGP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNet-to-VNet VPN</source>
        <translation>VNet-to-VNet VPN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S2S VPN · BGP</source>
        <translation>S2S VPN · BGP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S2S VPN</source>
        <translation>S2S VPN</translation>
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
        <translation>no object &quot;%1&quot; to edit</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>the id &quot;%1&quot; is already used</source>
        <translation>the id &quot;%1&quot; is already used</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not the last of its kind</source>
        <translation>&quot;%1&quot; is not the last of its kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no position %1 in &quot;%2&quot;</source>
        <translation>no position %1 in &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>unknown edit</source>
        <translation>unknown edit</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../views/canvas/drawio_writer.cpp" line="+179"/>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../model/trace/tracer.cpp" line="+378"/>
        <source>VM &quot;%1&quot; has no NIC to receive traffic</source>
        <translation>VM &quot;%1&quot; has no NIC to receive traffic</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>destination &quot;%1&quot; is not an IP address, an id, or an FQDN known to the catalog or to endpoints</source>
        <translation>destination &quot;%1&quot; is not an IP address, an id, or an FQDN known to the catalog or to endpoints</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VM &quot;%1&quot; has no NIC to send from</source>
        <translation>VM &quot;%1&quot; has no NIC to send from</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a flow starts at a vm, nic, host, appGateway or an IP address, not at %1 &quot;%2&quot;</source>
        <translation>a flow starts at a vm, nic, host, appGateway or an IP address, not at %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>source %1 is a private address that no NIC or host holds</source>
        <translation>source %1 is a private address that no NIC or host holds</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>source &quot;%1&quot; is neither an id nor an IP address</source>
        <translation>source &quot;%1&quot; is neither an id nor an IP address</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>NIC &quot;%1&quot; of VM &quot;%2&quot; has no default gateway in the guest: Azure gives one only to the primary NIC, so traffic from %3 to %4 outside subnet %5 goes nowhere until a guest route is added.</source>
        <translation>NIC &quot;%1&quot; of VM &quot;%2&quot; has no default gateway in the guest: Azure gives one only to the primary NIC, so traffic from %3 to %4 outside subnet %5 goes nowhere until a guest route is added.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Application Gateway &quot;%1&quot; has no instanceIps to send from</source>
        <translation>Application Gateway &quot;%1&quot; has no instanceIps to send from</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Application Gateway &quot;%1&quot; has no frontend public IP to reach %2 on the Internet.</source>
        <translation>Application Gateway &quot;%1&quot; has no frontend public IP to reach %2 on the Internet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not a public IP of any NIC in this topology.</source>
        <translation>%1 is not a public IP of any NIC in this topology.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Public IP %1 is a Standard SKU address: it admits no inbound traffic until an NSG on NIC &quot;%2&quot; or its subnet allows it.</source>
        <translation>Public IP %1 is a Standard SKU address: it admits no inbound traffic until an NSG on NIC &quot;%2&quot; or its subnet allows it.</translation>
    </message>
    <message>
        <location filename="../model/trace/trace_explanation.cpp" line="+47"/>
        <source>NSG &quot;%1&quot; rule &quot;%2&quot; (priority %3) denies this traffic and IP flow verify reports Deny, but Azure&apos;s hidden platform rule (%4) lets it through; flow logs show nothing.</source>
        <translation>NSG &quot;%1&quot; rule &quot;%2&quot; (priority %3) denies this traffic and IP flow verify reports Deny, but Azure&apos;s hidden platform rule (%4) lets it through; flow logs show nothing.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>NSG &quot;%1&quot; allows Application Gateway &quot;%2&quot; by its frontend address %3 (rule &quot;%4&quot;), but its probes and requests come from its instance addresses such as %5, which rule &quot;%6&quot; denies.</source>
        <translation>NSG &quot;%1&quot; allows Application Gateway &quot;%2&quot; by its frontend address %3 (rule &quot;%4&quot;), but its probes and requests come from its instance addresses such as %5, which rule &quot;%6&quot; denies.</translation>
    </message>
    <message>
        <location filename="../model/trace/tracer.cpp" line="+29"/>
        <source>NSG &quot;%1&quot; denies this %2 traffic from %3 to %4 port %5 with rule &quot;%6&quot; (priority %7).</source>
        <translation>NSG &quot;%1&quot; denies this %2 traffic from %3 to %4 port %5 with rule &quot;%6&quot; (priority %7).</translation>
    </message>
    <message>
        <location filename="../model/trace/trace_explanation.cpp" line="-122"/>
        <source>NSG &quot;%1&quot; rule &quot;%2&quot; names service tag %3, whose addresses Pathlight does not know; had it matched, it would have decided instead of rule &quot;%4&quot;. The decision is uncertain until a service tag file that lists the tag is loaded.</source>
        <translation>NSG &quot;%1&quot; rule &quot;%2&quot; names service tag %3, whose addresses Pathlight does not know; had it matched, it would have decided instead of rule &quot;%4&quot;. The decision is uncertain until a service tag file that lists the tag is loaded.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure Firewall &quot;%1&quot; rule &quot;%2&quot; names service tag %3, whose addresses Pathlight does not know; had it matched, it would have decided otherwise. The decision is uncertain until a service tag file that lists the tag is loaded.</source>
        <translation>Azure Firewall &quot;%1&quot; rule &quot;%2&quot; names service tag %3, whose addresses Pathlight does not know; had it matched, it would have decided otherwise. The decision is uncertain until a service tag file that lists the tag is loaded.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: a default route (and 168.63.129.16).</source>
        <translation>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: a default route (and 168.63.129.16).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4 (and 168.63.129.16).</source>
        <translation>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4 (and 168.63.129.16).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4 and %5 (and 168.63.129.16).</source>
        <translation>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4 and %5 (and 168.63.129.16).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4, %5 and %6 (and 168.63.129.16).</source>
        <translation>In NSG &quot;%1&quot;, rule &quot;%2&quot; uses the VirtualNetwork tag, which covers more than VNet &quot;%3&quot;: %4, %5 and %6 (and 168.63.129.16).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from NVA &quot;%1&quot; through Route Server.</source>
        <translation>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from NVA &quot;%1&quot; through Route Server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from route table &quot;%1&quot; (next hop virtual network gateway).</source>
        <translation>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from route table &quot;%1&quot; (next hop virtual network gateway).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from gateway &quot;%1&quot; (announced by &quot;%2&quot;).</source>
        <translation>Internet-bound traffic is forced away from Azure&apos;s Internet edge: the subnet&apos;s 0.0.0.0/0 comes from gateway &quot;%1&quot; (announced by &quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The subnet of Application Gateway v2 &quot;%1&quot; learns 0.0.0.0/0 from %2: Azure accepts this forced tunnel but does not support it for v2 (the route must use next hop Internet, or gateway route propagation must be off). Traced as Azure routes it.</source>
        <translation>The subnet of Application Gateway v2 &quot;%1&quot; learns 0.0.0.0/0 from %2: Azure accepts this forced tunnel but does not support it for v2 (the route must use next hop Internet, or gateway route propagation must be off). Traced as Azure routes it.</translation>
    </message>
    <message>
        <location filename="../model/trace/tracer.cpp" line="+57"/>
        <source>Route &quot;%1&quot; (%2) of route table &quot;%3&quot; sends traffic to the virtual network gateway, which Azure refuses while ExpressRoute and VPN gateways coexist: the route is never deployed, and the packet follows the others.</source>
        <translation>Route &quot;%1&quot; (%2) of route table &quot;%3&quot; sends traffic to the virtual network gateway, which Azure refuses while ExpressRoute and VPN gateways coexist: the route is never deployed, and the packet follows the others.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+492"/>
        <source>Subnet &quot;%1&quot; has no route for %2.</source>
        <translation>Subnet &quot;%1&quot; has no route for %2.</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>Private endpoint &quot;%1&quot;&apos;s /32 route is longer than user route %2 → %3 of route table &quot;%4&quot;: this traffic goes straight to the endpoint and does not cross %3. Route-table network policies on the endpoint&apos;s subnet and a route for its subnet or VNet would send it through.</source>
        <translation>Private endpoint &quot;%1&quot;&apos;s /32 route is longer than user route %2 → %3 of route table &quot;%4&quot;: this traffic goes straight to the endpoint and does not cross %3. Route-table network policies on the endpoint&apos;s subnet and a route for its subnet or VNet would send it through.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Peering &quot;%1&quot; does not allow access between the two VNets: traffic to VNet &quot;%2&quot; is dropped.</source>
        <translation>Peering &quot;%1&quot; does not allow access between the two VNets: traffic to VNet &quot;%2&quot; is dropped.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Peering &quot;%1&quot; does not allow forwarded traffic into VNet &quot;%3&quot;, so packets &quot;%2&quot; forwards there from %4 are dropped.</source>
        <translation>Peering &quot;%1&quot; does not allow forwarded traffic into VNet &quot;%3&quot;, so packets &quot;%2&quot; forwards there from %4 are dropped.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a private address, but the route %2 sends it to the Internet, where it cannot be reached.</source>
        <translation>%1 is a private address, but the route %2 sends it to the Internet, where it cannot be reached.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The route %1 points to the appliance %2, but no NIC in this or a peered VNet holds that address.</source>
        <translation>The route %1 points to the appliance %2, but no NIC in this or a peered VNet holds that address.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VM &quot;%1&quot; sends %2 by the route %3 whose next hop %4 is its own address: the packet loops.</source>
        <translation>VM &quot;%1&quot; sends %2 by the route %3 whose next hop %4 is its own address: the packet loops.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NVA &quot;%1&quot; forwards %2 by the route %3 whose next hop %4 is the NVA itself (learned from Route Server: the route it announced): the packet loops. Its subnet needs its own route (e.g. 0.0.0.0/0 → Internet).</source>
        <translation>NVA &quot;%1&quot; forwards %2 by the route %3 whose next hop %4 is the NVA itself (learned from Route Server: the route it announced): the packet loops. Its subnet needs its own route (e.g. 0.0.0.0/0 → Internet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NVA &quot;%1&quot; forwards %2 by the route %3 whose next hop %4 is the NVA itself: the packet loops. Its subnet needs its own route (e.g. 0.0.0.0/0 → Internet).</source>
        <translation>NVA &quot;%1&quot; forwards %2 by the route %3 whose next hop %4 is the NVA itself: the packet loops. Its subnet needs its own route (e.g. 0.0.0.0/0 → Internet).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The route %1 points to a virtual network gateway, but VNet &quot;%2&quot; has none (nor a remote one).</source>
        <translation>The route %1 points to a virtual network gateway, but VNet &quot;%2&quot; has none (nor a remote one).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The route %1 has next hop None: Azure drops traffic to %2.</source>
        <translation>The route %1 has next hop None: Azure drops traffic to %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No NIC, gateway or Application Gateway in VNet &quot;%1&quot; holds %2.</source>
        <translation>No NIC, gateway or Application Gateway in VNet &quot;%1&quot; holds %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In VNet &quot;%1&quot;, %2 is the address of %3, not of %4: %4 is in another VNet that uses the same addresses and is not reached from here.</source>
        <translation>In VNet &quot;%1&quot;, %2 is the address of %3, not of %4: %4 is in another VNet that uses the same addresses and is not reached from here.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Load balancer &quot;%1&quot; is Standard: it admits no inbound traffic to NIC &quot;%2&quot; until an NSG on the NIC or its subnet allows it.</source>
        <translation>Load balancer &quot;%1&quot; is Standard: it admits no inbound traffic to NIC &quot;%2&quot; until an NSG on the NIC or its subnet allows it.</translation>
    </message>
    <message>
        <location line="-995"/>
        <source>The packet to %1 comes back to &quot;%2&quot;: the routes form a loop.</source>
        <translation>The packet to %1 comes back to &quot;%2&quot;: the routes form a loop.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The packet to %1 has crossed %2 hops without arriving; Pathlight follows a packet for %2 hops at most.</source>
        <translation>The packet to %1 has crossed %2 hops without arriving; Pathlight follows a packet for %2 hops at most.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>User routes on service tags whose addresses Pathlight does not know: %1; if %2 is in one of those tags, its route may decide here. The route chosen is uncertain until a service tag file that lists the tags is loaded.</source>
        <translation>User routes on service tags whose addresses Pathlight does not know: %1; if %2 is in one of those tags, its route may decide here. The route chosen is uncertain until a service tag file that lists the tags is loaded.</translation>
    </message>
    <message>
        <location line="+918"/>
        <source>Traffic for %1 is routed to NIC &quot;%2&quot; of &quot;%3&quot;, which does not own that address and has IP forwarding off in Azure: the packet is dropped.</source>
        <translation>Traffic for %1 is routed to NIC &quot;%2&quot; of &quot;%3&quot;, which does not own that address and has IP forwarding off in Azure: the packet is dropped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traffic for %1 reaches NIC &quot;%2&quot; of &quot;%3&quot;, but IP forwarding is off in the guest OS: the packet is dropped.</source>
        <translation>Traffic for %1 reaches NIC &quot;%2&quot; of &quot;%3&quot;, but IP forwarding is off in the guest OS: the packet is dropped.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Azure Firewall &quot;%1&quot; denies this traffic from %2 to %3 port %4: no rule allows it, and what no rule allows is denied.</source>
        <translation>Azure Firewall &quot;%1&quot; denies this traffic from %2 to %3 port %4: no rule allows it, and what no rule allows is denied.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure Firewall &quot;%1&quot; denies this traffic from %2 to %3 port %4 with rule &quot;%5&quot; of collection &quot;%6&quot; (group &quot;%7&quot;).</source>
        <translation>Azure Firewall &quot;%1&quot; denies this traffic from %2 to %3 port %4 with rule &quot;%5&quot; of collection &quot;%6&quot; (group &quot;%7&quot;).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Azure Firewall &quot;%1&quot; is in forced-tunneling mode, which does not support inbound DNAT: its replies leave by the tunnel, not the public IP the client reached.</source>
        <translation>Azure Firewall &quot;%1&quot; is in forced-tunneling mode, which does not support inbound DNAT: its replies leave by the tunnel, not the public IP the client reached.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Azure Firewall &quot;%1&quot; cannot carry this %2 packet to the Internet: it translates only TCP and UDP to a public address.</source>
        <translation>Azure Firewall &quot;%1&quot; cannot carry this %2 packet to the Internet: it translates only TCP and UDP to a public address.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure Firewall &quot;%1&quot; treats %2 as private (its SNAT private ranges) and keeps the private source, so it cannot send the packet to the Internet.</source>
        <translation>Azure Firewall &quot;%1&quot; treats %2 as private (its SNAT private ranges) and keeps the private source, so it cannot send the packet to the Internet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Azure Firewall &quot;%1&quot; has no public IP and its subnet no NAT gateway: Internet-bound traffic has no way out.</source>
        <translation>Azure Firewall &quot;%1&quot; has no public IP and its subnet no NAT gateway: Internet-bound traffic has no way out.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 carries this traffic to private endpoint &quot;%2&quot; without translating its source %3. Microsoft documents SNAT as required for the reply to come back through it (reports say it works without).</source>
        <translation>%1 carries this traffic to private endpoint &quot;%2&quot; without translating its source %3. Microsoft documents SNAT as required for the reply to come back through it (reports say it works without).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Load balancer &quot;%1&quot; answers the ping on %2 with &quot;Destination host unreachable&quot;: every member of pool &quot;%3&quot; is probed down.</source>
        <translation>Load balancer &quot;%1&quot; answers the ping on %2 with &quot;Destination host unreachable&quot;: every member of pool &quot;%3&quot; is probed down.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Load balancer &quot;%1&quot; has no load-balancing rule on frontend &quot;%2&quot; for this %3 packet to port %4 (load balancers carry TCP and UDP only).</source>
        <translation>Load balancer &quot;%1&quot; has no load-balancing rule on frontend &quot;%2&quot; for this %3 packet to port %4 (load balancers carry TCP and UDP only).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load balancer &quot;%1&quot; reaches no healthy member of pool &quot;%2&quot; for rule &quot;%3&quot;: every health probe fails, so new flows are dropped.</source>
        <translation>Load balancer &quot;%1&quot; reaches no healthy member of pool &quot;%2&quot; for rule &quot;%3&quot;: every health probe fails, so new flows are dropped.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a member of load balancer &quot;%2&quot;&apos;s pool and sends to its own frontend %3: Azure does not support this (hairpin); the flow fails.</source>
        <translation>%1 is a member of load balancer &quot;%2&quot;&apos;s pool and sends to its own frontend %3: Azure does not support this (hairpin); the flow fails.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; sends %2&apos;s packet to the Internet without translating it; Azure translates only the NIC&apos;s own addresses, so it is dropped. Enable SNAT on the NVA.</source>
        <translation>&quot;%1&quot; sends %2&apos;s packet to the Internet without translating it; Azure translates only the NIC&apos;s own addresses, so it is dropped. Enable SNAT on the NVA.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Subnet &quot;%1&quot; is private (no default outbound access) and has no NAT gateway, and %2 has no public IP: Internet-bound traffic has no way out.</source>
        <translation>Subnet &quot;%1&quot; is private (no default outbound access) and has no NAT gateway, and %2 has no public IP: Internet-bound traffic has no way out.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ICMP to the Internet leaves through %1, which carries only TCP and UDP; only an instance public IP carries ping.</source>
        <translation>ICMP to the Internet leaves through %1, which carries only TCP and UDP; only an instance public IP carries ping.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%2 to the Internet leaves through %1, which carries only TCP and UDP; only an instance public IP carries it (IPsec can use NAT-T, UDP 4500).</source>
        <translation>%2 to the Internet leaves through %1, which carries only TCP and UDP; only an instance public IP carries it (IPsec can use NAT-T, UDP 4500).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The route sends the packet to the Internet, but %1 is a private address of %2: no peering, VPN or ExpressRoute connection leads there from here.</source>
        <translation>The route sends the packet to the Internet, but %1 is a private address of %2: no peering, VPN or ExpressRoute connection leads there from here.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 answers only requests from an Azure public IP address, but this request arrives from %2 (%3).</source>
        <translation>%1 answers only requests from an Azure public IP address, but this request arrives from %2 (%3).</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Gateway &quot;%1&quot; has learned no route for %2, and its default site &quot;%3&quot; has no VPN connection from it to carry the packet.</source>
        <translation>Gateway &quot;%1&quot; has learned no route for %2, and its default site &quot;%3&quot; has no VPN connection from it to carry the packet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Gateway &quot;%1&quot; has learned no route for %2 and has no default site.</source>
        <translation>Gateway &quot;%1&quot; has learned no route for %2 and has no default site.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gateway &quot;%1&quot; has no route it can forward %2 on.</source>
        <translation>Gateway &quot;%1&quot; has no route it can forward %2 on.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ExpressRoute circuit &quot;%1&quot; has no route for %2 on private peering.</source>
        <translation>ExpressRoute circuit &quot;%1&quot; has no route for %2 on private peering.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No host of site &quot;%1&quot; holds %2.</source>
        <translation>No host of site &quot;%1&quot; holds %2.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is reachable from site &quot;%2&quot; only over Microsoft peering, but the route filter of circuit &quot;%3&quot; does not carry its community %4, so no route to it is learned.</source>
        <translation>%1 is reachable from site &quot;%2&quot; only over Microsoft peering, but the route filter of circuit &quot;%3&quot; does not carry its community %4, so no route to it is learned.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Site &quot;%1&quot; has no Internet access and no route for %2.</source>
        <translation>Site &quot;%1&quot; has no Internet access and no route for %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site &quot;%1&quot; has no route for %2.</source>
        <translation>Site &quot;%1&quot; has no route for %2.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The request reaches %1, but its reply to %2 stops at %3 (%4): the connection never completes.</source>
        <translation>The request reaches %1, but its reply to %2 stops at %3 (%4): the connection never completes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply to %1 arrives at %2, not at %3 that sent the request: the connection never completes.</source>
        <translation>The reply to %1 arrives at %2, not at %3 that sent the request: the connection never completes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 sends the request to %2, but the reply comes back from %3: the client drops it.</source>
        <translation>%1 sends the request to %2, but the reply comes back from %3: the client drops it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request crosses the stateful device %1, but the reply to %2 bypasses it: %1 never sees the connection complete and drops what follows.</source>
        <translation>The request crosses the stateful device %1, but the reply to %2 bypasses it: %1 never sees the connection complete and drops what follows.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reply to %1 crosses the stateful device %2, which did not carry the request: it drops the reply.</source>
        <translation>The reply to %1 crosses the stateful device %2, which did not carry the request: it drops the reply.</translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <location filename="../model/advice/fix_advisor.cpp" line="+462"/>
        <source>Route %1&apos;s addresses straight to the Internet from subnet %2</source>
        <translation>Route %1&apos;s addresses straight to the Internet from subnet %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A route table on subnet %1 sends the %2 address(es) of %3 to next hop Internet, so the request leaves from an Azure public address. Only these /32 routes change: the rest of the subnet&apos;s Internet traffic keeps its current path.</source>
        <translation>A route table on subnet %1 sends the %2 address(es) of %3 to next hop Internet, so the request leaves from an Azure public address. Only these /32 routes change: the rest of the subnet&apos;s Internet traffic keeps its current path.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alternative: give Azure services an Azure egress path</source>
        <translation>Alternative: give Azure services an Azure egress path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 2015 article&apos;s other remedy was ExpressRoute public peering (now retired), which hairpins traffic to Azure public services; today an NVA or Azure Firewall in Azure with its own public IP does the same for every service. It changes more than the activation traffic and costs more than three routes.</source>
        <translation>The 2015 article&apos;s other remedy was ExpressRoute public peering (now retired), which hairpins traffic to Azure public services; today an NVA or Azure Firewall in Azure with its own public IP does the same for every service. It changes more than the activation traffic and costs more than three routes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+28"/>
        <source>Edit or move rule %1 of NSG %2</source>
        <translation>Edit or move rule %1 of NSG %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>NSG %1 has Azure&apos;s maximum of %2 rules, so no rule can be added: narrow or edit rule %3.</source>
        <translation>NSG %1 has Azure&apos;s maximum of %2 rules, so no rule can be added: narrow or edit rule %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1 has priority %2, outside Azure&apos;s range of 100 to 4096: give it a valid priority first.</source>
        <translation>Rule %1 has priority %2, outside Azure&apos;s range of 100 to 4096: give it a valid priority first.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No priority is free just above or just below rule %1 (%2), so no rule can be added without changing what others decide: narrow the rule, or renumber the rules around it.</source>
        <translation>No priority is free just above or just below rule %1 (%2), so no rule can be added without changing what others decide: narrow the rule, or renumber the rules around it.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Allow this traffic in NSG %1 at priority %2 and move rule %3 to %4</source>
        <translation>Allow this traffic in NSG %1 at priority %2 and move rule %3 to %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1 is at %2 and nothing can go above it, so it moves one number down (free, so nothing else changes) and the new rule takes its place; everything else rule %1 denies stays denied.</source>
        <translation>Rule %1 is at %2 and nothing can go above it, so it moves one number down (free, so nothing else changes) and the new rule takes its place; everything else rule %1 denies stays denied.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Allow this traffic in NSG %1 at priority %2, just above rule %3</source>
        <translation>Allow this traffic in NSG %1 at priority %2, just above rule %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule for exactly this source, destination, protocol and port; everything else rule %1 denies stays denied.</source>
        <translation>A rule for exactly this source, destination, protocol and port; everything else rule %1 denies stays denied.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Allow Application Gateway subnet %1 in NSG %2 at priority %3</source>
        <translation>Allow Application Gateway subnet %1 in NSG %2 at priority %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probes and requests come from the gateway&apos;s instance addresses, which Azure takes from subnet %1 and may change when the gateway scales; allowing the subnet prefix covers them all.</source>
        <translation>Probes and requests come from the gateway&apos;s instance addresses, which Azure takes from subnet %1 and may change when the gateway scales; allowing the subnet prefix covers them all.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enable IP forwarding on NIC %1</source>
        <translation>Enable IP forwarding on NIC %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure drops packets for other addresses at a NIC unless IP forwarding is on; the guest OS must forward too.</source>
        <translation>Azure drops packets for other addresses at a NIC unless IP forwarding is on; the guest OS must forward too.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enable IP forwarding in the guest OS of %1</source>
        <translation>Enable IP forwarding in the guest OS of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest step: the operating system must route packets between interfaces; Azure&apos;s NIC setting alone is not enough.</source>
        <translation>A guest step: the operating system must route packets between interfaces; Azure&apos;s NIC setting alone is not enough.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give NVA subnet %1 its own 0.0.0.0/0 → Internet route</source>
        <translation>Give NVA subnet %1 its own 0.0.0.0/0 → Internet route</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route Server programs the default route the NVA announces into every subnet, the NVA&apos;s own included; a user route on the NVA&apos;s subnet wins over it and sends the NVA&apos;s traffic out (RSTS). Other subnets keep using the NVA.</source>
        <translation>Route Server programs the default route the NVA announces into every subnet, the NVA&apos;s own included; a user route on the NVA&apos;s subnet wins over it and sends the NVA&apos;s traffic out (RSTS). Other subnets keep using the NVA.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add community %1 to the route filter of circuit %2</source>
        <translation>Add community %1 to the route filter of circuit %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft peering advertises only the prefixes whose communities the route filter allows (circuits since August 2017 learn none without a filter). Adding %1 brings the prefixes of %2.</source>
        <translation>Microsoft peering advertises only the prefixes whose communities the route filter allows (circuits since August 2017 learn none without a filter). Adding %1 brings the prefixes of %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Alternative: reach %1 through a proxy or a private endpoint</source>
        <translation>Alternative: reach %1 through a proxy or a private endpoint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An HTTPS proxy with Internet access, or Azure Arc Private Link Scope endpoints over private peering, avoid changing the route filter; Entra ID and Azure Resource Manager stay public either way.</source>
        <translation>An HTTPS proxy with Internet access, or Azure Arc Private Link Scope endpoints over private peering, avoid changing the route filter; Entra ID and Azure Resource Manager stay public either way.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a route in the guest for NIC %1 through %2</source>
        <translation>Add a route in the guest for NIC %1 through %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest step: Azure&apos;s DHCP gives only the primary NIC a default gateway. Add a default route for this NIC&apos;s address (policy routing on Linux, a route with a higher metric on Windows); the subnet&apos;s gateway is its first address.</source>
        <translation>A guest step: Azure&apos;s DHCP gives only the primary NIC a default gateway. Add a default route for this NIC&apos;s address (policy routing on Linux, a route with a higher metric on Windows); the subnet&apos;s gateway is its first address.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+155"/>
        <source>Translate forwarded traffic to the NVA&apos;s own address on %1</source>
        <translation>Translate forwarded traffic to the NVA&apos;s own address on %1</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>A guest step: Azure&apos;s outbound translation covers only the NIC&apos;s own addresses, so an NVA must SNAT (masquerade) what it forwards to the Internet.</source>
        <translation>A guest step: Azure&apos;s outbound translation covers only the NIC&apos;s own addresses, so an NVA must SNAT (masquerade) what it forwards to the Internet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Give subnet %1 a NAT gateway (recommended)</source>
        <translation>Give subnet %1 a NAT gateway (recommended)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An explicit outbound method, as Microsoft recommends for private subnets: a NAT gateway with a Standard public IP that Azure allocates; add the NAT gateway and its address to the file once it exists.</source>
        <translation>An explicit outbound method, as Microsoft recommends for private subnets: a NAT gateway with a Standard public IP that Azure allocates; add the NAT gateway and its address to the file once it exists.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Turn default outbound access back on for subnet %1</source>
        <translation>Turn default outbound access back on for subnet %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quickest way out; Microsoft recommends an explicit method instead (a NAT gateway or a public IP), and VMs must be stopped and deallocated for the change to apply.</source>
        <translation>The quickest way out; Microsoft recommends an explicit method instead (a NAT gateway or a public IP), and VMs must be stopped and deallocated for the change to apply.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Send requests to %1 from subnet %2 through NVA %3</source>
        <translation>Send requests to %1 from subnet %2 through NVA %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply already crosses the NVA; a user route on the client&apos;s subnet makes the request cross it too, so its connection tracking sees both directions.</source>
        <translation>The reply already crosses the NVA; a user route on the client&apos;s subnet makes the request cross it too, so its connection tracking sees both directions.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A guest step: with SNAT (masquerade) the destination answers the NVA&apos;s address, so every reply comes back through the NVA that keeps the connection; the destination then sees the NVA as the source.</source>
        <translation>A guest step: with SNAT (masquerade) the destination answers the NVA&apos;s address, so every reply comes back through the NVA that keeps the connection; the destination then sees the NVA as the source.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send replies to %1 from subnet %2 through NVA %3</source>
        <translation>Send replies to %1 from subnet %2 through NVA %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user route on the destination&apos;s subnet makes the reply take the NVA the request crossed, so its connection tracking sees both directions. Widen the prefix to the client&apos;s subnet where many clients are affected.</source>
        <translation>A user route on the destination&apos;s subnet makes the reply take the NVA the request crossed, so its connection tracking sees both directions. Widen the prefix to the client&apos;s subnet where many clients are affected.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Allow this flow on Azure Firewall %1 in collection %2</source>
        <translation>Allow this flow on Azure Firewall %1 in collection %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network rule for exactly this source, destination and port, in an allow collection that Azure evaluates before the rule that denied it (network rules before application rules, then by group and collection priority).</source>
        <translation>A network rule for exactly this source, destination and port, in an allow collection that Azure evaluates before the rule that denied it (network rules before application rules, then by group and collection priority).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove deny rule %1 from collection %2 of Azure Firewall %3</source>
        <translation>Remove deny rule %1 from collection %2 of Azure Firewall %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No allow collection comes before the deny, so the deny rule itself goes (everything else it matched is then allowed or denied by the rules after it), and a rule for exactly this flow goes into the first allow collection.</source>
        <translation>No allow collection comes before the deny, so the deny rule itself goes (everything else it matched is then allowed or denied by the rules after it), and a rule for exactly this flow goes into the first allow collection.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Remove route %1 (%2) from route table %3</source>
        <translation>Remove route %1 (%2) from route table %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The route covers AzureFirewallSubnet, so replies to Azure Firewall %1&apos;s instance address go to its front end and may reach another instance. Without it, the peering route takes them straight to the instance that holds the session.</source>
        <translation>The route covers AzureFirewallSubnet, so replies to Azure Firewall %1&apos;s instance address go to its front end and may reach another instance. Without it, the peering route takes them straight to the instance that holds the session.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Route 0.0.0.0/0 to the Internet from subnet %1 of %2</source>
        <translation>Route 0.0.0.0/0 to the Internet from subnet %1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user route 0.0.0.0/0 with next hop Internet on the gateway&apos;s subnet beats the learned default route, so the listener&apos;s replies leave the way requests came; Microsoft requires it for v2 gateways.</source>
        <translation>A user route 0.0.0.0/0 with next hop Internet on the gateway&apos;s subnet beats the learned default route, so the listener&apos;s replies leave the way requests came; Microsoft requires it for v2 gateways.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send replies to %1 back to the Internet from subnet %2</source>
        <translation>Send replies to %1 back to the Internet from subnet %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A more specific user route for the client&apos;s prefix beats the forced-tunnel default route, so replies leave the way the request came (azure-facts §2.3). Other Internet traffic stays forced; publishing through the NVA or a load balancer on its path is the alternative.</source>
        <translation>A more specific user route for the client&apos;s prefix beats the forced-tunnel default route, so replies leave the way the request came (azure-facts §2.3). Other Internet traffic stays forced; publishing through the NVA or a load balancer on its path is the alternative.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Allow forwarded traffic on peering %1</source>
        <translation>Allow forwarded traffic on peering %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic an NVA forwards did not originate in the peered VNet; Azure lets it in only with &quot;allow forwarded traffic&quot; on the peering. Set it on both sides in Azure.</source>
        <translation>Traffic an NVA forwards did not originate in the peered VNet; Azure lets it in only with &quot;allow forwarded traffic&quot; on the peering. Set it on both sides in Azure.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Traffic an NVA forwards did not originate in the peered VNet; Azure lets it in only with &quot;allow forwarded traffic&quot; on the receiving VNet&apos;s side of the peering, here %1&apos;s.</source>
        <translation>Traffic an NVA forwards did not originate in the peered VNet; Azure lets it in only with &quot;allow forwarded traffic&quot; on the receiving VNet&apos;s side of the peering, here %1&apos;s.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Create NSG %1 on NIC %2 allowing %3 from %4</source>
        <translation>Create NSG %1 on NIC %2 allowing %3 from %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard public IPs admit nothing until an NSG allows it. The rule admits only this client and port; widen the source deliberately if others need it.</source>
        <translation>Standard public IPs admit nothing until an NSG allows it. The rule admits only this client and port; widen the source deliberately if others need it.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Route %1 and %2 to each other through %3 in %4</source>
        <translation>Route %1 and %2 to each other through %3 in %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peering is not transitive: two spokes of one hub reach each other only through something in the hub that forwards. A user route on each side (for the other spoke&apos;s space) sends the traffic there, both ways.</source>
        <translation>Peering is not transitive: two spokes of one hub reach each other only through something in the hub that forwards. A user route on each side (for the other spoke&apos;s space) sends the traffic there, both ways.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alternative: peer %1 and %2 directly</source>
        <translation>Alternative: peer %1 and %2 directly</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A direct peering gives each VNet a route to the other&apos;s space; add it to the drawing once it exists (a peering is one object per direction in Azure).</source>
        <translation>A direct peering gives each VNet a route to the other&apos;s space; add it to the drawing once it exists (a peering is one object per direction in Azure).</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Alternative: connect a site to gateway %1 as its default site, or learn 0.0.0.0/0 over BGP</source>
        <translation>Alternative: connect a site to gateway %1 as its default site, or learn 0.0.0.0/0 over BGP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A VPN gateway sends what it has learned no route for to its default site, which must be a site it has a VPN connection to; gateway %1 has none to choose. Connect the on-premises site that is to carry this traffic and make it the default site, or have that site announce 0.0.0.0/0 over BGP. If the traffic is not meant to leave through on-premises, route the subnet&apos;s 0.0.0.0/0 to the Internet instead.</source>
        <translation>A VPN gateway sends what it has learned no route for to its default site, which must be a site it has a VPN connection to; gateway %1 has none to choose. Connect the on-premises site that is to carry this traffic and make it the default site, or have that site announce 0.0.0.0/0 over BGP. If the traffic is not meant to leave through on-premises, route the subnet&apos;s 0.0.0.0/0 to the Internet instead.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Make site %1 the default site of gateway %2</source>
        <translation>Make site %1 the default site of gateway %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VPN gateway sends what it has learned no route for to its default site (forced tunnelling). The gateway must be route-based, and the device of site %1 must accept 0.0.0.0/0 as its traffic selector and send Internet traffic on from its own address.</source>
        <translation>A VPN gateway sends what it has learned no route for to its default site (forced tunnelling). The gateway must be route-based, and the device of site %1 must accept 0.0.0.0/0 as its traffic selector and send Internet traffic on from its own address.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Send traffic for private endpoint %1 through %2</source>
        <translation>Send traffic for private endpoint %1 through %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With route-table network policies on subnet %1, a user route for %2 (no broader than the VNet&apos;s range) in the client&apos;s route table marks the endpoint&apos;s /32 Invalid, and the traffic follows the user route to %3. Other subnets&apos; traffic to the endpoint keeps its path unless their tables route it too.</source>
        <translation>With route-table network policies on subnet %1, a user route for %2 (no broader than the VNet&apos;s range) in the client&apos;s route table marks the endpoint&apos;s /32 Invalid, and the traffic follows the user route to %3. Other subnets&apos; traffic to the endpoint keeps its path unless their tables route it too.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Give the VM an instance-level public IP</source>
        <translation>Give the VM an instance-level public IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A NAT gateway, a load balancer&apos;s outbound SNAT, default outbound access and Azure Firewall carry only TCP and UDP to the Internet. A public IP on the VM&apos;s own NIC carries ICMP, ESP and AH too; for IPsec, NAT traversal (UDP 4500) passes a NAT gateway.</source>
        <translation>A NAT gateway, a load balancer&apos;s outbound SNAT, default outbound access and Azure Firewall carry only TCP and UDP to the Internet. A public IP on the VM&apos;s own NIC carries ICMP, ESP and AH too; for IPsec, NAT traversal (UDP 4500) passes a NAT gateway.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make the health probe succeed on a member</source>
        <translation>Make the health probe succeed on a member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The load balancer sends nothing to a member its probe finds down. The probe comes from 168.63.129.16 (service tag AzureLoadBalancer): the member&apos;s NSGs must allow it on the probe port, and the service must answer there. In the design, a member&apos;s &quot;healthy&quot; says what the probe finds.</source>
        <translation>The load balancer sends nothing to a member its probe finds down. The probe comes from 168.63.129.16 (service tag AzureLoadBalancer): the member&apos;s NSGs must allow it on the probe port, and the service must answer there. In the design, a member&apos;s &quot;healthy&quot; says what the probe finds.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a load-balancing rule for this protocol and port</source>
        <translation>Add a load-balancing rule for this protocol and port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A load balancer forwards only what a rule names: TCP or UDP on the rule&apos;s frontend port, or every port with an HA-ports rule (protocol All, ports 0) on an internal frontend. ICMP and other protocols are never forwarded to the members.</source>
        <translation>A load balancer forwards only what a rule names: TCP or UDP on the rule&apos;s frontend port, or every port with an HA-ports rule (protocol All, ports 0) on an internal frontend. ICMP and other protocols are never forwarded to the members.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reach the service without its own frontend</source>
        <translation>Reach the service without its own frontend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A member of an internal load balancer&apos;s pool cannot reach that load balancer&apos;s frontend. Call another member directly, or run the client outside the pool.</source>
        <translation>A member of an internal load balancer&apos;s pool cannot reach that load balancer&apos;s frontend. Call another member directly, or run the client outside the pool.</translation>
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
        <translation>gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute circuit</source>
        <translation>ExpressRoute circuit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on-premises site</source>
        <translation>on-premises site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on-premises host</source>
        <translation>on-premises host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT gateway</source>
        <translation>NAT gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application Gateway</source>
        <translation>Application Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endpoint</source>
        <translation>endpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure platform</source>
        <translation>Azure platform</translation>
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
        <translation>load balancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private endpoint</source>
        <translation>private endpoint</translation>
    </message>
</context>
<context>
    <name>HopText</name>
    <message>
        <location filename="../views/panels/hop_text.cpp" line="+18"/>
        <source>default outbound address</source>
        <translation>default outbound address</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2%3 (source %4%5)</source>
        <translation>%1 → %2%3 (source %4%5)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>; beat %n other matching route(s)</source>
        <translation>
            <numerusform>; beat %n other matching route</numerusform>
            <numerusform>; beat %n other matching routes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2: rule %3 (priority %4) → %5</source>
        <translation>%1 %2: rule %3 (priority %4) → %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; hidden platform allowance %1 — IP flow verify says %2</source>
        <translation>; hidden platform allowance %1 — IP flow verify says %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>an unresolved address</source>
        <translation>an unresolved address</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSG: %1</source>
        <translation>NSG: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source translated: %1 → %2</source>
        <translation>Source translated: %1 → %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../model/import/arm_mapper.cpp" line="+283"/>
        <source>public IP address %1 has no address in the input (Azure allocates it at deployment): left out</source>
        <translation>public IP address %1 has no address in the input (Azure allocates it at deployment): left out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>public IP address %1 is not in the input: left out</source>
        <translation>public IP address %1 is not in the input: left out</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>peering %1 of %2 leads to %3, which is not in the input: left out</source>
        <translation>peering %1 of %2 leads to %3, which is not in the input: left out</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>peering %1 of %2 is %3, not Connected: it carries nothing and is left out</source>
        <translation>peering %1 of %2 is %3, not Connected: it carries nothing and is left out</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>peering %1 of %2 leads to %2 itself: left out</source>
        <translation>peering %1 of %2 leads to %2 itself: left out</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>peering %1 from %2 to %3 has no peering back in the input: Azure carries nothing until both sides exist; left out</source>
        <translation>peering %1 from %2 to %3 has no peering back in the input: Azure carries nothing until both sides exist; left out</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>IPv6 prefix %1 left out (Pathlight models IPv4)</source>
        <translation>IPv6 prefix %1 left out (Pathlight models IPv4)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>subnet %1 of %2 has no IPv4 prefix in the input</source>
        <translation>subnet %1 of %2 has no IPv4 prefix in the input</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>subnet %1 has %2 prefixes; Pathlight keeps the first, %3</source>
        <translation>subnet %1 has %2 prefixes; Pathlight keeps the first, %3</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>rule %1 names application security group %2, which is not in the input</source>
        <translation>rule %1 names application security group %2, which is not in the input</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rule %1 is about IPv6 addresses only: left out</source>
        <translation>rule %1 is about IPv6 addresses only: left out</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>route %1 to IPv6 prefix %2 left out (Pathlight models IPv4)</source>
        <translation>route %1 to IPv6 prefix %2 left out (Pathlight models IPv4)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>public IP prefix %1 has no prefix in the input: left out</source>
        <translation>public IP prefix %1 has no prefix in the input: left out</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Microsoft peering NAT addresses of %1 are the first address of each advertised public prefix</source>
        <translation>Microsoft peering NAT addresses of %1 are the first address of each advertised public prefix</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>route filter %1 is not in the input: no Microsoft prefixes are learned</source>
        <translation>route filter %1 is not in the input: no Microsoft prefixes are learned</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 stands for the on-premises network behind circuit %2, which Azure does not describe</source>
        <translation>%1 stands for the on-premises network behind circuit %2, which Azure does not describe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which prefixes does on-premises announce over circuit %1? Add them to %2&apos;s address space (Azure keeps them in the gateway&apos;s learned routes only)</source>
        <translation>Which prefixes does on-premises announce over circuit %1? Add them to %2&apos;s address space (Azure keeps them in the gateway&apos;s learned routes only)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the VPN device of %1 is named by FQDN %2, which Pathlight does not resolve: the site has no public address</source>
        <translation>the VPN device of %1 is named by FQDN %2, which Pathlight does not resolve: the site has no public address</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which prefixes does %1 announce over BGP? Pathlight assumes its address space</source>
        <translation>Which prefixes does %1 announce over BGP? Pathlight assumes its address space</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gateway %1 has type &quot;%2&quot;: left out</source>
        <translation>gateway %1 has type &quot;%2&quot;: left out</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>gateway %1&apos;s virtual network is not in the input: left out</source>
        <translation>gateway %1&apos;s virtual network is not in the input: left out</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>&quot;%1&quot; is not a valid IPv4 prefix (%2): left out</source>
        <translation>&quot;%1&quot; is not a valid IPv4 prefix (%2): left out</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>subnet %1&apos;s %2 %3 is not in the input: left out</source>
        <translation>subnet %1&apos;s %2 %3 is not in the input: left out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route table</source>
        <translation>route table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT gateway</source>
        <translation>NAT gateway</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+8"/>
        <source>route %1: &quot;%2&quot; is not a valid IPv4 prefix (%3): left out</source>
        <translation>route %1: &quot;%2&quot; is not a valid IPv4 prefix (%3): left out</translation>
    </message>
    <message>
        <location line="+222"/>
        <location line="+41"/>
        <source>connection %1&apos;s gateway is not in the input: left out</source>
        <translation>connection %1&apos;s gateway is not in the input: left out</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>connection %1&apos;s local network gateway is not in the input: left out</source>
        <translation>connection %1&apos;s local network gateway is not in the input: left out</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>connection %1 names no circuit: left out</source>
        <translation>connection %1 names no circuit: left out</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>connection %1 has type &quot;%2&quot;: left out</source>
        <translation>connection %1 has type &quot;%2&quot;: left out</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>gateway %1 has no connection in the input: nothing on-premises is reached through it</source>
        <translation>gateway %1 has no connection in the input: nothing on-premises is reached through it</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>circuit %1 is not in the input (often another subscription): a placeholder with private peering stands for it</source>
        <translation>circuit %1 is not in the input (often another subscription): a placeholder with private peering stands for it</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VM %1&apos;s network interface %2 is not in the input</source>
        <translation>VM %1&apos;s network interface %2 is not in the input</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VM %1 names network interface %2, which another VM already has: Azure attaches a NIC to one VM only; left out here</source>
        <translation>VM %1 names network interface %2, which another VM already has: Azure attaches a NIC to one VM only; left out here</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>network interface %1 has no VM in the input: VM %2 (Linux) stands for it</source>
        <translation>network interface %1 has no VM in the input: VM %2 (Linux) stands for it</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>IPv6 configuration %1 of %2 left out (Pathlight models IPv4)</source>
        <translation>IPv6 configuration %1 of %2 left out (Pathlight models IPv4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>network interface %1&apos;s subnet %2 is not in the input: left out</source>
        <translation>network interface %1&apos;s subnet %2 is not in the input: left out</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>network interface %1&apos;s address &quot;%2&quot; is not an IPv4 address</source>
        <translation>network interface %1&apos;s address &quot;%2&quot; is not an IPv4 address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>network interface %1 has no private address and its subnet has none free: left out</source>
        <translation>network interface %1 has no private address and its subnet has none free: left out</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+450"/>
        <location line="+136"/>
        <source>%1 takes %2, the first free address of its subnet, as Azure allocates dynamic addresses</source>
        <translation>%1 takes %2, the first free address of its subnet, as Azure allocates dynamic addresses</translation>
    </message>
    <message>
        <location line="-574"/>
        <source>What is the address of %1&apos;s public IP %2? Without it, Pathlight traces %1 as having none (its Internet traffic then leaves by default outbound access or a NAT gateway); add it as the ipConfiguration&apos;s publicIp</source>
        <translation>What is the address of %1&apos;s public IP %2? Without it, Pathlight traces %1 as having none (its Internet traffic then leaves by default outbound access or a NAT gateway); add it as the ipConfiguration&apos;s publicIp</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>network interface %1&apos;s NSG %2 is not in the input: left out</source>
        <translation>network interface %1&apos;s NSG %2 is not in the input: left out</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 is taken as a network virtual appliance: IP forwarding is on at its NIC</source>
        <translation>%1 is taken as a network virtual appliance: IP forwarding is on at its NIC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is taken as a network virtual appliance: routes or Route Server name its address</source>
        <translation>%1 is taken as a network virtual appliance: routes or Route Server name its address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does %1&apos;s operating system forward packets, translate sources (SNAT) or speak BGP? Azure cannot see inside the guest; Pathlight assumes it forwards, without SNAT</source>
        <translation>Does %1&apos;s operating system forward packets, translate sources (SNAT) or speak BGP? Azure cannot see inside the guest; Pathlight assumes it forwards, without SNAT</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>virtual hub %1 belongs to a Virtual WAN, which Pathlight does not model: left out</source>
        <translation>virtual hub %1 belongs to a Virtual WAN, which Pathlight does not model: left out</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Route Server %1 has no ipConfigurations in the input: it is placed in %2, whose subnet holds its addresses</source>
        <translation>Route Server %1 has no ipConfigurations in the input: it is placed in %2, whose subnet holds its addresses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route Server %1 has no subnet in the input (its ipConfigurations): left out</source>
        <translation>Route Server %1 has no subnet in the input (its ipConfigurations): left out</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Route Server %1&apos;s addresses are taken as %2 and %3, the first two Azure gives out in RouteServerSubnet</source>
        <translation>Route Server %1&apos;s addresses are taken as %2 and %3, the first two Azure gives out in RouteServerSubnet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Route Server peer %1 (%2) matches no NIC address in the input: left out</source>
        <translation>Route Server peer %1 (%2) matches no NIC address in the input: left out</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Route Server %1 has no BGP peer in the input: it learns and programs no routes</source>
        <translation>Route Server %1 has no BGP peer in the input: it learns and programs no routes</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>firewall %1&apos;s private address is not in the input: Pathlight takes %2, the first address Azure gives out in AzureFirewallSubnet</source>
        <translation>firewall %1&apos;s private address is not in the input: Pathlight takes %2, the first address Azure gives out in AzureFirewallSubnet</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>firewall %1&apos;s AzureFirewallSubnet is not in the input: left out</source>
        <translation>firewall %1&apos;s AzureFirewallSubnet is not in the input: left out</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>firewall %1&apos;s policy %2 is not in the input: Pathlight sees no rules, so it denies everything</source>
        <translation>firewall %1&apos;s policy %2 is not in the input: Pathlight sees no rules, so it denies everything</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>policy %1 inherits from a parent policy, whose rules Pathlight does not read</source>
        <translation>policy %1 inherits from a parent policy, whose rules Pathlight does not read</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>firewall rule %1 uses IP groups, which Pathlight does not read: those addresses are left out</source>
        <translation>firewall rule %1 uses IP groups, which Pathlight does not read: those addresses are left out</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>firewall %1&apos;s classic rule collections are read as one rule collection group, &quot;classic-rules&quot;</source>
        <translation>firewall %1&apos;s classic rule collections are read as one rule collection group, &quot;classic-rules&quot;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>frontend %1 of %2 has no subnet or address in the input: left out</source>
        <translation>frontend %1 of %2 has no subnet or address in the input: left out</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>load-balancing rule %1 of %2 names no frontend or pool in the input: left out</source>
        <translation>load-balancing rule %1 of %2 names no frontend or pool in the input: left out</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>private endpoint %1 has no subnet or address in the input: left out</source>
        <translation>private endpoint %1 has no subnet or address in the input: left out</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Application Gateway %1&apos;s subnet is not in the input: left out</source>
        <translation>Application Gateway %1&apos;s subnet is not in the input: left out</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Application Gateway %1&apos;s instance addresses are in no Azure output: Pathlight shows &quot;an address of its subnet&quot;; add instanceIps if you know them</source>
        <translation>Application Gateway %1&apos;s instance addresses are in no Azure output: Pathlight shows &quot;an address of its subnet&quot;; add instanceIps if you know them</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 of %2 is a secret: not copied</source>
        <translation>%1 of %2 is a secret: not copied</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 belongs to %2, which is not in the input: left out</source>
        <translation>%1 belongs to %2, which is not in the input: left out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type %1 is not part of Pathlight&apos;s model: left out</source>
        <translation>type %1 is not part of Pathlight&apos;s model: left out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type %1 is not a network resource: left out</source>
        <translation>type %1 is not a network resource: left out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type %1 is part of Virtual WAN, which Pathlight does not model: left out</source>
        <translation>type %1 is part of Virtual WAN, which Pathlight does not model: left out</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="+84"/>
        <source>the folder holds no .json files</source>
        <translation>the folder holds no .json files</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 input files</source>
        <translation>more than %1 input files</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has %1 bytes, more than the limit of %2</source>
        <translation>the file has %1 bytes, more than the limit of %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the file</source>
        <translation>cannot read the file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not JSON at line %1, column %2: %3</source>
        <translation>not JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>%1 left out: %2</source>
        <translation>%1 left out: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>a legacy Azure building-blocks (azbb) file, not an ARM template: refused. Deploy it and import the resource group&apos;s export or az output instead</source>
        <translation>a legacy Azure building-blocks (azbb) file, not an ARM template: refused. Deploy it and import the resource group&apos;s export or az output instead</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Terraform state is not supported yet: refused. Import the resource groups&apos; exports or az output instead</source>
        <translation>Terraform state is not supported yet: refused. Import the resource groups&apos; exports or az output instead</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a parameters file: expected {&quot;parameters&quot;: {&quot;name&quot;: {&quot;value&quot;: ...}}}</source>
        <translation>not a parameters file: expected {&quot;parameters&quot;: {&quot;name&quot;: {&quot;value&quot;: ...}}}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the template cannot be expanded: %1</source>
        <translation>the template cannot be expanded: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the template is evaluated as deployed to subscription %1, resource group %2, location %3 (--context changes them)</source>
        <translation>the template is evaluated as deployed to subscription %1, resource group %2, location %3 (--context changes them)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>secure parameter %1 is a secret: not read, and what uses it is left out</source>
        <translation>secure parameter %1 is a secret: not read, and what uses it is left out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a secret: not copied</source>
        <translation>%1 is a secret: not copied</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not evaluated (%1): %2; what depends on it is left out</source>
        <translation>not evaluated (%1): %2; what depends on it is left out</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no Azure resources found: neither resource JSON with ids nor an ARM template</source>
        <translation>no Azure resources found: neither resource JSON with ids nor an ARM template</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>effective routes or security rules: Azure&apos;s answers, not a network description; not imported (trace the imported network and compare)</source>
        <translation>effective routes or security rules: Azure&apos;s answers, not a network description; not imported (trace the imported network and compare)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a parameters file that no template in the input uses: ignored (name it &quot;&lt;template&gt;.parameters.json&quot; or give --parameters)</source>
        <translation>a parameters file that no template in the input uses: ignored (name it &quot;&lt;template&gt;.parameters.json&quot; or give --parameters)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the template deploys its resources through %1 linked templates on the web, which Pathlight does not fetch: import the deployed resource group&apos;s export or az output instead</source>
        <translation>the template deploys its resources through %1 linked templates on the web, which Pathlight does not fetch: import the deployed resource group&apos;s export or az output instead</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no resource could be imported: a value could not be evaluated (%1): %2</source>
        <translation>no resource could be imported: a value could not be evaluated (%1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no resource could be named: %1 values depend on parameters without a value; give them with --parameters FILE</source>
        <translation>no resource could be named: %1 values depend on parameters without a value; give them with --parameters FILE</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no Azure resources to import in the input</source>
        <translation>no Azure resources to import in the input</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this copy of %1 gives %2 another value than an earlier one: this later value is used</source>
        <translation>this copy of %1 gives %2 another value than an earlier one: this later value is used</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the imported network does not load: %1</source>
        <translation>the imported network does not load: %1</translation>
    </message>
    <message>
        <location filename="../model/import/resolved_input.cpp" line="+146"/>
        <source>not an Azure resource (no resource id): skipped</source>
        <translation>not an Azure resource (no resource id): skipped</translation>
    </message>
    <message>
        <location filename="../model/import/suggested_flows.cpp" line="+56"/>
        <source>%1 activates Windows with Azure KMS (TCP 1688)</source>
        <translation>%1 activates Windows with Azure KMS (TCP 1688)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (subnet %2) reaches the Internet on HTTPS (443)</source>
        <translation>%1 (subnet %2) reaches the Internet on HTTPS (443)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) reaches on-premises %3</source>
        <translation>%1 (%2) reaches on-premises %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on-premises %1 reaches %2 (%3)</source>
        <translation>on-premises %1 reaches %2 (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) reaches %3 (%4), spoke to spoke</source>
        <translation>%1 (%2) reaches %3 (%4), spoke to spoke</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) reaches Azure&apos;s platform address 168.63.129.16 (VM agent, TCP 80)</source>
        <translation>%1 (%2) reaches Azure&apos;s platform address 168.63.129.16 (VM agent, TCP 80)</translation>
    </message>
    <message>
        <location filename="../views/text/import_text.cpp" line="+20"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret dropped</source>
        <translation>secret dropped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unresolved</source>
        <translation>unresolved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inferred</source>
        <translation>inferred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half-configured</source>
        <translation>half-configured</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resolved resource JSON</source>
        <translation>resolved resource JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ARM template or export</source>
        <translation>ARM template or export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameters file</source>
        <translation>parameters file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diagnostic output</source>
        <translation>diagnostic output</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Files read:</source>
        <translation>Files read:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%2, %n resources)</source>
        <translation>
            <numerusform>%1 (%2, %n resource)</numerusform>
            <numerusform>%1 (%2, %n resources)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources by type:</source>
        <translation>Resources by type:</translation>
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
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from %1</source>
        <translation>Imported from %1</translation>
    </message>
</context>
<context>
    <name>Ipv4</name>
    <message>
        <location filename="../model/ip/ipv4.cpp" line="+44"/>
        <source>expected four dot-separated numbers</source>
        <translation>expected four dot-separated numbers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>octet %1 is not a number from 0 to 255</source>
        <translation>octet %1 is not a number from 0 to 255</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing &apos;/length&apos;</source>
        <translation>missing &apos;/length&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>prefix length must be a number from 0 to 32</source>
        <translation>prefix length must be a number from 0 to 32</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host bits are set (did you mean %1?)</source>
        <translation>host bits are set (did you mean %1?)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the last address comes before the first</source>
        <translation>the last address comes before the first</translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <location filename="../model/validation/lints.cpp" line="+98"/>
        <source>Azure refuses the name &quot;%1&quot;: 1 to 80 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit and ending with a letter, digit or &apos;_&apos;</source>
        <translation>Azure refuses the name &quot;%1&quot;: 1 to 80 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit and ending with a letter, digit or &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; is not a BGP community (two numbers, as in 12076:51004)</source>
        <translation>&quot;%1&quot; is not a BGP community (two numbers, as in 12076:51004)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Azure refuses the resource group name &quot;%1&quot;: 1 to 90 letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;(&apos; or &apos;)&apos;, not ending with &apos;.&apos;</source>
        <translation>Azure refuses the resource group name &quot;%1&quot;: 1 to 90 letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;(&apos; or &apos;)&apos;, not ending with &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the id &quot;internet&quot; stands for the Internet itself (on the canvas and in traces); give this object another id</source>
        <translation>the id &quot;internet&quot; stands for the Internet itself (on the canvas and in traces); give this object another id</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>rule &quot;%1&quot; names &quot;%2&quot;, which is no address, range, prefix or service tag: IP groups are not modelled, so it never matches here</source>
        <translation>rule &quot;%1&quot; names &quot;%2&quot;, which is no address, range, prefix or service tag: IP groups are not modelled, so it never matches here</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>subnet &quot;%1&quot; (%2) is outside the address space of VNet &quot;%3&quot;</source>
        <translation>subnet &quot;%1&quot; (%2) is outside the address space of VNet &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>subnet &quot;%1&quot; (%2) overlaps subnet &quot;%3&quot; (%4)</source>
        <translation>subnet &quot;%1&quot; (%2) overlaps subnet &quot;%3&quot; (%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>subnet &quot;%1&quot; is %2; Azure&apos;s smallest subnet is /29</source>
        <translation>subnet &quot;%1&quot; is %2; Azure&apos;s smallest subnet is /29</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be VNet address space (Azure reserves 224.0.0.0/4, 127.0.0.0/8, 169.254.0.0/16 and 168.63.129.16)</source>
        <translation>%1 cannot be VNet address space (Azure reserves 224.0.0.0/4, 127.0.0.0/8, 169.254.0.0/16 and 168.63.129.16)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peered VNets &quot;%1&quot; (%2) and &quot;%3&quot; (%4) have overlapping address spaces</source>
        <translation>peered VNets &quot;%1&quot; (%2) and &quot;%3&quot; (%4) have overlapping address spaces</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VNet &quot;%1&quot; has its own gateway and cannot use remote gateways</source>
        <translation>VNet &quot;%1&quot; has its own gateway and cannot use remote gateways</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VNet &quot;%1&quot; uses remote gateways, but &quot;%2&quot; does not allow gateway transit on this peering</source>
        <translation>VNet &quot;%1&quot; uses remote gateways, but &quot;%2&quot; does not allow gateway transit on this peering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VNet &quot;%1&quot; uses remote gateways, but &quot;%2&quot; has no gateway or Route Server</source>
        <translation>VNet &quot;%1&quot; uses remote gateways, but &quot;%2&quot; has no gateway or Route Server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VNet &quot;%1&quot; uses remote gateways on more than one peering; Azure allows only one</source>
        <translation>VNet &quot;%1&quot; uses remote gateways on more than one peering; Azure allows only one</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VM &quot;%1&quot; marks NICs &quot;%2&quot; and &quot;%3&quot; as primary; a VM has one primary NIC</source>
        <translation>VM &quot;%1&quot; marks NICs &quot;%2&quot; and &quot;%3&quot; as primary; a VM has one primary NIC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is used by %2 and %3 in the same VNet</source>
        <translation>%1 is used by %2 and %3 in the same VNet</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 of %2 is outside its subnet &quot;%3&quot; (%4)</source>
        <translation>%1 of %2 is outside its subnet &quot;%3&quot; (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 is one of the five addresses Azure reserves in %3 (the first four and the last)</source>
        <translation>%1 of %2 is one of the five addresses Azure reserves in %3 (the first four and the last)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NSG &quot;%1&quot; has %2 rules; Azure allows 1,000</source>
        <translation>NSG &quot;%1&quot; has %2 rules; Azure allows 1,000</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>rule &quot;%1&quot; has an empty address entry; Azure needs a prefix, an address, a service tag or *</source>
        <translation>rule &quot;%1&quot; has an empty address entry; Azure needs a prefix, an address, a service tag or *</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rule &quot;%1&quot; names &quot;%2&quot;, which is not an address, a prefix or a service tag Pathlight knows (%3): the rule never matches it here</source>
        <translation>rule &quot;%1&quot; names &quot;%2&quot;, which is not an address, a prefix or a service tag Pathlight knows (%3): the rule never matches it here</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>NSG &quot;%1&quot; has more than one rule named &quot;%2&quot;; Azure needs each rule name once</source>
        <translation>NSG &quot;%1&quot; has more than one rule named &quot;%2&quot;; Azure needs each rule name once</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>rule &quot;%1&quot; has priority %2; custom rules use 100 to 4096</source>
        <translation>rule &quot;%1&quot; has priority %2; custom rules use 100 to 4096</translation>
    </message>
    <message>
        <location line="-641"/>
        <source>the layout places &quot;%1&quot;, which is no object of the file: the entry is ignored</source>
        <translation>the layout places &quot;%1&quot;, which is no object of the file: the entry is ignored</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the layout entry of &quot;%1&quot; is not an object with x and y: the box is placed automatically</source>
        <translation>the layout entry of &quot;%1&quot; is not an object with x and y: the box is placed automatically</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of &quot;%2&quot; is ignored: a position lies within ±1,000,000 and a size between 1 and 100,000</source>
        <translation>%1 of &quot;%2&quot; is ignored: a position lies within ±1,000,000 and a size between 1 and 100,000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the layout entry of &quot;%1&quot; has no x and y: the box is placed automatically</source>
        <translation>the layout entry of &quot;%1&quot; has no x and y: the box is placed automatically</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>VNet &quot;%1&quot; already holds Azure Firewall &quot;%2&quot;; Azure allows one firewall per VNet</source>
        <translation>VNet &quot;%1&quot; already holds Azure Firewall &quot;%2&quot;; Azure allows one firewall per VNet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure Firewall &quot;%1&quot; needs a subnet named AzureFirewallSubnet (/26 or larger) in VNet &quot;%2&quot;</source>
        <translation>Azure Firewall &quot;%1&quot; needs a subnet named AzureFirewallSubnet (/26 or larger) in VNet &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NSG &quot;%1&quot; on AzureFirewallSubnet of VNet &quot;%2&quot; is not applied: Azure protects the firewall itself</source>
        <translation>NSG &quot;%1&quot; on AzureFirewallSubnet of VNet &quot;%2&quot; is not applied: Azure protects the firewall itself</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AzureFirewallSubnet of VNet &quot;%1&quot; is %2; Azure Firewall needs /26 or larger</source>
        <translation>AzureFirewallSubnet of VNet &quot;%1&quot; is %2; Azure Firewall needs /26 or larger</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>%1 is not in AzureFirewallSubnet (%2) of Azure Firewall &quot;%3&quot;</source>
        <translation>%1 is not in AzureFirewallSubnet (%2) of Azure Firewall &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Azure Firewall &quot;%1&quot; in forced-tunneling mode needs a subnet named AzureFirewallManagementSubnet (/26 or larger) in VNet &quot;%2&quot;</source>
        <translation>Azure Firewall &quot;%1&quot; in forced-tunneling mode needs a subnet named AzureFirewallManagementSubnet (/26 or larger) in VNet &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Route table &quot;%1&quot; sends 0.0.0.0/0 from AzureFirewallSubnet to %2; without forced-tunneling mode Azure Firewall needs 0.0.0.0/0 to the Internet</source>
        <translation>Route table &quot;%1&quot; sends 0.0.0.0/0 from AzureFirewallSubnet to %2; without forced-tunneling mode Azure Firewall needs 0.0.0.0/0 to the Internet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rule collection &quot;%1&quot;: a NAT collection&apos;s action is Dnat, a filter collection&apos;s Allow or Deny</source>
        <translation>rule collection &quot;%1&quot;: a NAT collection&apos;s action is Dnat, a filter collection&apos;s Allow or Deny</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+73"/>
        <source>rule &quot;%1&quot; is a %2 in a %3 collection</source>
        <translation>rule &quot;%1&quot; is a %2 in a %3 collection</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>DNAT rule &quot;%1&quot; translates to port %2; Azure Firewall NAT rules take ports 1 to 63999</source>
        <translation>DNAT rule &quot;%1&quot; translates to port %2; Azure Firewall NAT rules take ports 1 to 63999</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DNAT rule &quot;%1&quot; listens on %2, which is not a public IP of Azure Firewall &quot;%3&quot;: it never matches</source>
        <translation>DNAT rule &quot;%1&quot; listens on %2, which is not a public IP of Azure Firewall &quot;%3&quot;: it never matches</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a firewall policy&apos;s groups, collections and rules need a name</source>
        <translation>a firewall policy&apos;s groups, collections and rules need a name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name &quot;%1&quot; is used twice here; Azure keeps these names unique</source>
        <translation>the name &quot;%1&quot; is used twice here; Azure keeps these names unique</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>another collection of group &quot;%1&quot; has priority %2: their order is not defined (the file&apos;s order is used)</source>
        <translation>another collection of group &quot;%1&quot; has priority %2: their order is not defined (the file&apos;s order is used)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rule &quot;%1&quot; has no %2; Azure requires at least one</source>
        <translation>rule &quot;%1&quot; has no %2; Azure requires at least one</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>network rule &quot;%1&quot; names FQDNs: Azure needs the firewall&apos;s DNS proxy for them (assumed here); its clients must use the firewall as DNS server</source>
        <translation>network rule &quot;%1&quot; names FQDNs: Azure needs the firewall&apos;s DNS proxy for them (assumed here); its clients must use the firewall as DNS server</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not in subnet &quot;%2&quot; (%3) of private endpoint &quot;%4&quot;</source>
        <translation>%1 is not in subnet &quot;%2&quot; (%3) of private endpoint &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NIC &quot;%1&quot; is in VNet &quot;%2&quot;, but application security group &quot;%3&quot; already holds NIC &quot;%4&quot; of VNet &quot;%5&quot;; Azure keeps a group&apos;s NICs in one VNet</source>
        <translation>NIC &quot;%1&quot; is in VNet &quot;%2&quot;, but application security group &quot;%3&quot; already holds NIC &quot;%4&quot; of VNet &quot;%5&quot;; Azure keeps a group&apos;s NICs in one VNet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rule &quot;%1&quot; names %2 application security groups on one side; Azure allows 10</source>
        <translation>rule &quot;%1&quot; names %2 application security groups on one side; Azure allows 10</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Azure does not support a network security group on %1 (&quot;%2&quot; in VNet &quot;%3&quot;): remove it</source>
        <translation>Azure does not support a network security group on %1 (&quot;%2&quot; in VNet &quot;%3&quot;): remove it</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>rule &quot;%1&quot; lists %2 addresses in %3; Azure allows 4,000</source>
        <translation>rule &quot;%1&quot; lists %2 addresses in %3; Azure allows 4,000</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>rules &quot;%1&quot; and &quot;%2&quot; share priority %3 in the %4 direction</source>
        <translation>rules &quot;%1&quot; and &quot;%2&quot; share priority %3 in the %4 direction</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the id &quot;%1&quot; reads as an address: a flow naming it means this object, not the address; give it another id</source>
        <translation>the id &quot;%1&quot; reads as an address: a flow naming it means this object, not the address; give it another id</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the id &quot;%1&quot; is also the name of the built-in endpoint &quot;%2&quot;: a flow naming it means this object; give it another id</source>
        <translation>the id &quot;%1&quot; is also the name of the built-in endpoint &quot;%2&quot;: a flow naming it means this object; give it another id</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; and &quot;%2&quot; have the same name &quot;%3&quot; in one resource group: in Azure they are one resource, and deploying one rewrites the other</source>
        <translation>&quot;%1&quot; and &quot;%2&quot; have the same name &quot;%3&quot; in one resource group: in Azure they are one resource, and deploying one rewrites the other</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>gateway &quot;%1&quot; needs a subnet named GatewaySubnet in VNet &quot;%2&quot;</source>
        <translation>gateway &quot;%1&quot; needs a subnet named GatewaySubnet in VNet &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>connection &quot;%1&quot; is %2 but gateway &quot;%3&quot; is %4</source>
        <translation>connection &quot;%1&quot; is %2 but gateway &quot;%3&quot; is %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VNet-to-VNet connection &quot;%1&quot; joins two gateways of VNet &quot;%2&quot;; it must join two VNets</source>
        <translation>VNet-to-VNet connection &quot;%1&quot; joins two gateways of VNet &quot;%2&quot;; it must join two VNets</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>VNet-to-VNet connection &quot;%1&quot;: the address spaces of &quot;%2&quot; (%3) and &quot;%4&quot; (%5) overlap</source>
        <translation>VNet-to-VNet connection &quot;%1&quot;: the address spaces of &quot;%2&quot; (%3) and &quot;%4&quot; (%5) overlap</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>VNet-to-VNet connection &quot;%1&quot; uses BGP but both gateways have ASN %2: each drops the other&apos;s routes; give one gateway another ASN</source>
        <translation>VNet-to-VNet connection &quot;%1&quot; uses BGP but both gateways have ASN %2: each drops the other&apos;s routes; give one gateway another ASN</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&quot;%1&quot; names service tag %2, which the loaded service tag file (%3, change number %4) does not list: a misspelt or a newer tag; what it could decide is uncertain</source>
        <translation>&quot;%1&quot; names service tag %2, which the loaded service tag file (%3, change number %4) does not list: a misspelt or a newer tag; what it could decide is uncertain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; names service tag %2, whose addresses Pathlight does not know until a service tag file is loaded; what it could decide is uncertain</source>
        <translation>&quot;%1&quot; names service tag %2, whose addresses Pathlight does not know until a service tag file is loaded; what it could decide is uncertain</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>connections &quot;%1&quot; and &quot;%2&quot; join the same two gateways; one connection stands for both directions</source>
        <translation>connections &quot;%1&quot; and &quot;%2&quot; join the same two gateways; one connection stands for both directions</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Route Server &quot;%1&quot; needs a subnet named RouteServerSubnet in VNet &quot;%2&quot;</source>
        <translation>Route Server &quot;%1&quot; needs a subnet named RouteServerSubnet in VNet &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RouteServerSubnet of VNet &quot;%1&quot; is %2; it must be /27 or larger</source>
        <translation>RouteServerSubnet of VNet &quot;%1&quot; is %2; it must be /27 or larger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route Server &quot;%1&quot; has %2 BGP peers; Azure allows 8 (the others are ignored)</source>
        <translation>Route Server &quot;%1&quot; has %2 BGP peers; Azure allows 8 (the others are ignored)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NVA &quot;%1&quot; announces %2 routes; Route Server tears down a session that sends more than 4,000</source>
        <translation>NVA &quot;%1&quot; announces %2 routes; Route Server tears down a session that sends more than 4,000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Route Server peer &quot;%1&quot; is not marked as an NVA</source>
        <translation>Route Server peer &quot;%1&quot; is not marked as an NVA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an NVA cannot use ASN 65515, Route Server&apos;s own</source>
        <translation>an NVA cannot use ASN 65515, Route Server&apos;s own</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>route table &quot;%1&quot; has %2 routes on service tags; Azure allows 25 a table</source>
        <translation>route table &quot;%1&quot; has %2 routes on service tags; Azure allows 25 a table</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>routes &quot;%1&quot; and &quot;%2&quot; of route table &quot;%3&quot; have the same prefix %4; Azure refuses a second route for a prefix</source>
        <translation>routes &quot;%1&quot; and &quot;%2&quot; of route table &quot;%3&quot; have the same prefix %4; Azure refuses a second route for a prefix</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>route table &quot;%1&quot; has more than one route named &quot;%2&quot;; Azure needs each route name once</source>
        <translation>route table &quot;%1&quot; has more than one route named &quot;%2&quot;; Azure needs each route name once</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>route &quot;%1&quot; goes to a VirtualAppliance but has no nextHopIpAddress</source>
        <translation>route &quot;%1&quot; goes to a VirtualAppliance but has no nextHopIpAddress</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>route &quot;%1&quot; goes to VirtualNetworkGateway, which Azure refuses while ExpressRoute and VPN gateways coexist (VNet &quot;%2&quot;); use BGP, or a VirtualAppliance route</source>
        <translation>route &quot;%1&quot; goes to VirtualNetworkGateway, which Azure refuses while ExpressRoute and VPN gateways coexist (VNet &quot;%2&quot;); use BGP, or a VirtualAppliance route</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>route &quot;%1&quot; sends traffic to %2, the address of VM %3, whose NIC does not forward IP traffic: it drops what is not addressed to it</source>
        <translation>route &quot;%1&quot; sends traffic to %2, the address of VM %3, whose NIC does not forward IP traffic: it drops what is not addressed to it</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>route &quot;%1&quot; has a nextHopIpAddress, which only VirtualAppliance routes use</source>
        <translation>route &quot;%1&quot; has a nextHopIpAddress, which only VirtualAppliance routes use</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Application Gateway &quot;%1&quot; needs %2 addresses (instances, private frontend and Azure&apos;s five), but subnet &quot;%3&quot; (%4) has %5</source>
        <translation>Application Gateway &quot;%1&quot; needs %2 addresses (instances, private frontend and Azure&apos;s five), but subnet &quot;%3&quot; (%4) has %5</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>NSG &quot;%1&quot; on the subnet of Application Gateway &quot;%2&quot; does not allow inbound TCP %3 from GatewayManager; backend health shows Unknown unless the gateway is a private deployment</source>
        <translation>NSG &quot;%1&quot; on the subnet of Application Gateway &quot;%2&quot; does not allow inbound TCP %3 from GatewayManager; backend health shows Unknown unless the gateway is a private deployment</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>NSG &quot;%1&quot; on the subnet of Application Gateway v2 &quot;%2&quot; denies outbound traffic to the Internet (rule &quot;%3&quot;); Azure requires it open unless the gateway is a private deployment</source>
        <translation>NSG &quot;%1&quot; on the subnet of Application Gateway v2 &quot;%2&quot; denies outbound traffic to the Internet (rule &quot;%3&quot;); Azure requires it open unless the gateway is a private deployment</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For routes associated to subnet containing Application Gateway V2, please ensure &apos;0.0.0.0/0&apos; uses Next Hop Type as &apos;Internet&apos; (route table &quot;%1&quot;, subnet &quot;%2&quot;)</source>
        <translation>For routes associated to subnet containing Application Gateway V2, please ensure &apos;0.0.0.0/0&apos; uses Next Hop Type as &apos;Internet&apos; (route table &quot;%1&quot;, subnet &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>flow &quot;%1&quot; goes to &quot;%2&quot;, a %3; a destination is an IP, FQDN, endpoint, private endpoint, vm or host</source>
        <translation>flow &quot;%1&quot; goes to &quot;%2&quot;, a %3; a destination is an IP, FQDN, endpoint, private endpoint, vm or host</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>flow &quot;%1&quot; goes to &quot;%2&quot;, which is not an IP address, an id, or an FQDN known to the catalog or to endpoints</source>
        <translation>flow &quot;%1&quot; goes to &quot;%2&quot;, which is not an IP address, an id, or an FQDN known to the catalog or to endpoints</translation>
    </message>
    <message>
        <location filename="../model/analysis/route_lints.cpp" line="+18"/>
        <source>Application Gateway v2 &quot;%1&quot;: its subnet &quot;%2&quot; learns 0.0.0.0/0 from %3, which Azure accepts but does not support for v2; use a 0.0.0.0/0 route with next hop Internet or turn off gateway route propagation</source>
        <translation>Application Gateway v2 &quot;%1&quot;: its subnet &quot;%2&quot; learns 0.0.0.0/0 from %3, which Azure accepts but does not support for v2; use a 0.0.0.0/0 route with next hop Internet or turn off gateway route propagation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Azure Firewall &quot;%1&quot;: AzureFirewallSubnet learns 0.0.0.0/0 from %2; without forced-tunneling mode the firewall needs direct Internet access: add a route 0.0.0.0/0 → Internet to the subnet&apos;s route table, or use forced-tunneling mode</source>
        <translation>Azure Firewall &quot;%1&quot;: AzureFirewallSubnet learns 0.0.0.0/0 from %2; without forced-tunneling mode the firewall needs direct Internet access: add a route 0.0.0.0/0 → Internet to the subnet&apos;s route table, or use forced-tunneling mode</translation>
    </message>
</context>
<context>
    <name>LiveImport</name>
    <message>
        <location filename="../app/gui/live_import_dialog.cpp" line="+149"/>
        <source>service tags are read once, for one subscription</source>
        <translation>service tags are read once, for one subscription</translation>
    </message>
    <message>
        <location filename="../app/live/access_token.cpp" line="+18"/>
        <source>the token is empty</source>
        <translation>the token is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token is longer than 16,384 characters</source>
        <translation>the token is longer than 16,384 characters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token holds characters a bearer token does not have (a space, a line break, quotes): paste the token alone</source>
        <translation>the token holds characters a bearer token does not have (a space, a line break, quotes): paste the token alone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not set</source>
        <translation>%1 is not set</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the Azure CLI (az) is not installed or not on PATH: install it and run az login, or give the token in %1</source>
        <translation>the Azure CLI (az) is not installed or not on PATH: install it and run az login, or give the token in %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the Azure CLI could not be started: %1</source>
        <translation>the Azure CLI could not be started: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>az account get-access-token failed (exit %1): %2 — run az login with an account that has Reader on the subscription</source>
        <translation>az account get-access-token failed (exit %1): %2 — run az login with an account that has Reader on the subscription</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>az account get-access-token gave no accessToken in its JSON</source>
        <translation>az account get-access-token gave no accessToken in its JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>az account get-access-token gave no answer in %1 s</source>
        <translation>az account get-access-token gave no answer in %1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/live/live_import.cpp" line="+238"/>
        <source>canceled</source>
        <translation>canceled</translation>
    </message>
    <message>
        <location filename="../app/live/arm_client.cpp" line="+66"/>
        <source>the endpoint %1 is not a URL with a host</source>
        <translation>the endpoint %1 is not a URL with a host</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the endpoint %1 must be a scheme and a host only, such as https://management.azure.com</source>
        <translation>the endpoint %1 must be a scheme and a host only, such as https://management.azure.com</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the endpoint %1 is not https: Pathlight sends a token over plain http only to this machine (127.0.0.1, ::1, localhost)</source>
        <translation>the endpoint %1 is not https: Pathlight sends a token over plain http only to this machine (127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <location filename="../app/live/live_import.cpp" line="-135"/>
        <source>no subscription chosen</source>
        <translation>no subscription chosen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a subscription id (a GUID such as 00000000-0000-0000-0000-000000000000)</source>
        <translation>&quot;%1&quot; is not a subscription id (a GUID such as 00000000-0000-0000-0000-000000000000)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a resource group name (1 to 90 letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot;, &quot;(&quot;, &quot;)&quot;, not ending in &quot;.&quot;)</source>
        <translation>&quot;%1&quot; is not a resource group name (1 to 90 letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot;, &quot;(&quot;, &quot;)&quot;, not ending in &quot;.&quot;)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported from Azure: %1</source>
        <translation>Imported from Azure: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the token was refused (%1): it has expired or is not meant for %2. Get a new one (az login, then az account get-access-token) for an account with the Reader role on the subscription</source>
        <translation>the token was refused (%1): it has expired or is not meant for %2. Get a new one (az login, then az account get-access-token) for an account with the Reader role on the subscription</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>access denied (%1): the token&apos;s account needs the Reader role on %2</source>
        <translation>access denied (%1): the token&apos;s account needs the Reader role on %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not found (%1)</source>
        <translation>not found (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Resource Manager still throttled the request after %1 attempts (%2): try again in a few minutes</source>
        <translation>Azure Resource Manager still throttled the request after %1 attempts (%2): try again in a few minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the request failed (%1)</source>
        <translation>the request failed (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no complete answer within %1 s</source>
        <translation>no complete answer within %1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request could not be sent or answered: %1</source>
        <translation>the request could not be sent or answered: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is not JSON: %1</source>
        <translation>the answer is not JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is larger than %1 bytes</source>
        <translation>the answer is larger than %1 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the next page is at %1, not at the endpoint: not followed (the token is sent to the endpoint only)</source>
        <translation>the next page is at %1, not at the endpoint: not followed (the token is sent to the endpoint only)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>more than %1 pages, or a page link repeated: stopped</source>
        <translation>more than %1 pages, or a page link repeated: stopped</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 not read: %2; the rest is imported</source>
        <translation>%1 not read: %2; the rest is imported</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>resource group %1 is in none of the chosen subscriptions</source>
        <translation>resource group %1 is in none of the chosen subscriptions</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>none of the chosen subscriptions and resource groups can be read with this token (the notes say why): it needs the Reader role on them</source>
        <translation>none of the chosen subscriptions and resource groups can be read with this token (the notes say why): it needs the Reader role on them</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the chosen subscriptions and resource groups hold no network resource this token can read</source>
        <translation>the chosen subscriptions and resource groups hold no network resource this token can read</translation>
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
        <translation>expected an object, found %1</translation>
    </message>
    <message>
        <location filename="../model/io/topology_reader.cpp" line="-1168"/>
        <location line="+782"/>
        <location line="+80"/>
        <source>required key &quot;%1&quot; is missing</source>
        <translation>required key &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <location line="-851"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an id must not be empty</source>
        <translation>an id must not be empty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>id &quot;%1&quot; is already used at %2; ids must be unique in the file</source>
        <translation>id &quot;%1&quot; is already used at %2; ids must be unique in the file</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+374"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 is out of range (%2 to %3)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected an IPv4 prefix string, found %1</source>
        <translation>expected an IPv4 prefix string, found %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+549"/>
        <location line="+94"/>
        <location line="+70"/>
        <source>%1 is not an IPv4 prefix: %2</source>
        <translation>%1 is not an IPv4 prefix: %2</translation>
    </message>
    <message>
        <location line="-703"/>
        <source>expected an IPv4 address string, found %1</source>
        <translation>expected an IPv4 address string, found %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an IPv4 address: %2</source>
        <translation>%1 is not an IPv4 address: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected a string, found %1</source>
        <translation>expected a string, found %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a reference must not be empty; leave the key out for none</source>
        <translation>a reference must not be empty; leave the key out for none</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+508"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 is not one of: %2</translation>
    </message>
    <message>
        <location line="-483"/>
        <source>unknown key &quot;%1&quot; is kept as it is but not used</source>
        <translation>unknown key &quot;%1&quot; is kept as it is but not used</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+164"/>
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+134"/>
        <location line="+70"/>
        <source>expected an id string, found %1</source>
        <translation>expected an id string, found %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>expected a service name or {&quot;service&quot;: name}, found %1</source>
        <translation>expected a service name or {&quot;service&quot;: name}, found %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a peering joins exactly two VNets</source>
        <translation>a peering joins exactly two VNets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a VNet cannot be peered with itself (&quot;%1&quot;)</source>
        <translation>a VNet cannot be peered with itself (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>&quot;%1&quot; is not one of the two peered VNets</source>
        <translation>&quot;%1&quot; is not one of the two peered VNets</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>a NIC needs at least one IP configuration</source>
        <translation>a NIC needs at least one IP configuration</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a backend needs &quot;ip&quot; or &quot;vm&quot;</source>
        <translation>a backend needs &quot;ip&quot; or &quot;vm&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a security rule needs a name (Azure requires one)</source>
        <translation>a security rule needs a name (Azure requires one)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;%1&quot; is empty: give a value, or &quot;*&quot; for any</source>
        <translation>&quot;%1&quot; is empty: give a value, or &quot;*&quot; for any</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>give either &quot;%1&quot; or &quot;%2&quot;, not both (Azure refuses a rule with both)</source>
        <translation>give either &quot;%1&quot; or &quot;%2&quot;, not both (Azure refuses a rule with both)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&quot;%1&quot; is empty: give at least one value, or &quot;*&quot; for any</source>
        <translation>&quot;%1&quot; is empty: give at least one value, or &quot;*&quot; for any</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+129"/>
        <source>&quot;%1&quot; is not a port, a range like 1000-2000, or *</source>
        <translation>&quot;%1&quot; is not a port, a range like 1000-2000, or *</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&quot;%1&quot; is missing: Azure requires the rule&apos;s addresses (prefixes, addresses, service tags or &quot;*&quot;)</source>
        <translation>&quot;%1&quot; is missing: Azure requires the rule&apos;s addresses (prefixes, addresses, service tags or &quot;*&quot;)</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+71"/>
        <source>%1 is not a port number (0 to 65535)</source>
        <translation>%1 is not a port number (0 to 65535)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>a frontend has either &quot;subnet&quot; and &quot;privateIPAddress&quot;, or &quot;publicIPAddress&quot;</source>
        <translation>a frontend has either &quot;subnet&quot; and &quot;privateIPAddress&quot;, or &quot;publicIPAddress&quot;</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 VNets are linked to circuit &quot;%2&quot;; Azure links at most %3 (Premium, 10 Gbps or more; Standard: 10)</source>
        <translation>%1 VNets are linked to circuit &quot;%2&quot;; Azure links at most %3 (Premium, 10 Gbps or more; Standard: 10)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>%1 refers to %2 &quot;%3&quot;, which does not exist</source>
        <translation>%1 refers to %2 &quot;%3&quot;, which does not exist</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 refers to &quot;%2&quot; as a %3, but it is a %4</source>
        <translation>%1 refers to &quot;%2&quot; as a %3, but it is a %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 starts at &quot;%2&quot;, a %3; a flow starts at a vm, nic, host, appGateway or an IP address</source>
        <translation>%1 starts at &quot;%2&quot;, a %3; a flow starts at a vm, nic, host, appGateway or an IP address</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+161"/>
        <location filename="../app/gui/document.cpp" line="+48"/>
        <source>the file is %1 bytes; files over %2 bytes are refused</source>
        <translation>the file is %1 bytes; files over %2 bytes are refused</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>the file holds a NUL byte at offset %1; it is not JSON text</source>
        <translation>the file holds a NUL byte at offset %1; it is not JSON text</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file nests deeper than %1 levels; it is refused</source>
        <translation>the file nests deeper than %1 levels; it is refused</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has more than %1 objects or arrays; it is refused</source>
        <translation>the file has more than %1 objects or arrays; it is refused</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file has more than %1 values; it is refused</source>
        <translation>the file has more than %1 values; it is refused</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not valid JSON at line %1, column %2: %3</source>
        <translation>the file is not valid JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file must be a JSON object</source>
        <translation>the file must be a JSON object</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;format&quot; is %1; a Pathlight topology says &quot;pathlight.topology&quot;</source>
        <translation>&quot;format&quot; is %1; a Pathlight topology says &quot;pathlight.topology&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;version&quot; is %1; this Pathlight reads versions 1 and 2</source>
        <translation>&quot;version&quot; is %1; this Pathlight reads versions 1 and 2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 more errors are not listed</source>
        <translation>%1 more errors are not listed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 more warnings are not listed</source>
        <translation>%1 more warnings are not listed</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/gui/document.cpp" line="-12"/>
        <source>%1 is not a regular file (a folder, device or pipe)</source>
        <translation>%1 is not a regular file (a folder, device or pipe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/gui/document.cpp" line="+6"/>
        <source>cannot open %1</source>
        <translation>cannot open %1</translation>
    </message>
    <message>
        <location filename="../model/edit/topology_patch.cpp" line="-64"/>
        <source>the change cannot be applied: %1</source>
        <translation>the change cannot be applied: %1</translation>
    </message>
</context>
<context>
    <name>ObjectCopy</name>
    <message>
        <location filename="../model/edit/object_copy.cpp" line="+134"/>
        <source>nothing to paste</source>
        <translation>nothing to paste</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>no free address space for a copy of %1</source>
        <translation>no free address space for a copy of %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>subnet &quot;%1&quot; has no free address</source>
        <translation>subnet &quot;%1&quot; has no free address</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>VNet &quot;%1&quot; already has a %2</source>
        <translation>VNet &quot;%1&quot; already has a %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VNet &quot;%1&quot; has no room for another /%2</source>
        <translation>VNet &quot;%1&quot; has no room for another /%2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>site &quot;%1&quot; has no free address</source>
        <translation>site &quot;%1&quot; has no free address</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is copied only together with its VNet: a VNet has one gateway of each type and one Route Server</source>
        <translation>%1 is copied only together with its VNet: a VNet has one gateway of each type and one Route Server</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>the clipboard holds no Pathlight objects</source>
        <translation>the clipboard holds no Pathlight objects</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the clipboard holds %1 objects; a paste takes at most %2 (File ▸ Import from Azure files… reads large networks)</source>
        <translation>the clipboard holds %1 objects; a paste takes at most %2 (File ▸ Import from Azure files… reads large networks)</translation>
    </message>
</context>
<context>
    <name>ObjectFactory</name>
    <message>
        <location filename="../model/edit/object_factory.cpp" line="+277"/>
        <source>no free /16 left in 10.0.0.0/8</source>
        <translation>no free /16 left in 10.0.0.0/8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a subnet goes inside a VNet</source>
        <translation>a subnet goes inside a VNet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNet &quot;%1&quot; has no free /24 left</source>
        <translation>VNet &quot;%1&quot; has no free /24 left</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a VM, NVA or Application Gateway goes inside a subnet</source>
        <translation>a VM, NVA or Application Gateway goes inside a subnet</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+152"/>
        <location line="+114"/>
        <location line="+24"/>
        <source>subnet &quot;%1&quot; has no free address</source>
        <translation>subnet &quot;%1&quot; has no free address</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>&quot;%1&quot; is not a subnet</source>
        <translation>&quot;%1&quot; is not a subnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is reserved for Azure&apos;s gateways and Route Server</source>
        <translation>%1 is reserved for Azure&apos;s gateways and Route Server</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>a gateway goes inside a VNet (in its GatewaySubnet)</source>
        <translation>a gateway goes inside a VNet (in its GatewaySubnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no room for a /27 GatewaySubnet</source>
        <translation>no room for a /27 GatewaySubnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Route Server goes inside a VNet (in its RouteServerSubnet)</source>
        <translation>a Route Server goes inside a VNet (in its RouteServerSubnet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RouteServerSubnet has no two free addresses</source>
        <translation>RouteServerSubnet has no two free addresses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no room for a /27 RouteServerSubnet</source>
        <translation>no room for a /27 RouteServerSubnet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an Azure Firewall goes inside a VNet (in its AzureFirewallSubnet)</source>
        <translation>an Azure Firewall goes inside a VNet (in its AzureFirewallSubnet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VNet &quot;%1&quot; already holds Azure Firewall &quot;%2&quot;</source>
        <translation>VNet &quot;%1&quot; already holds Azure Firewall &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no room for a /26 AzureFirewallSubnet</source>
        <translation>no room for a /26 AzureFirewallSubnet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a private endpoint goes inside a workload subnet</source>
        <translation>a private endpoint goes inside a workload subnet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an internal load balancer goes inside a workload subnet</source>
        <translation>an internal load balancer goes inside a workload subnet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>an application security group is dropped on a VM</source>
        <translation>an application security group is dropped on a VM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no free /24 left in 192.168.0.0/16</source>
        <translation>no free /24 left in 192.168.0.0/16</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a host goes inside a site</source>
        <translation>a host goes inside a site</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>site &quot;%1&quot; has no free address</source>
        <translation>site &quot;%1&quot; has no free address</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Azure does not support a network security group on %1</source>
        <translation>Azure does not support a network security group on %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure does not support a route table on RouteServerSubnet</source>
        <translation>Azure does not support a route table on RouteServerSubnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a route table is associated with a subnet, not a NIC</source>
        <translation>a route table is associated with a subnet, not a NIC</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>a %1 cannot be connected to a %2 (peerings join VNets; connections join a gateway to a circuit, a site or another VNet&apos;s VPN gateway; sites attach to circuits; NVAs peer with Route Server)</source>
        <translation>a %1 cannot be connected to a %2 (peerings join VNets; connections join a gateway to a circuit, a site or another VNet&apos;s VPN gateway; sites attach to circuits; NVAs peer with Route Server)</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unknown kind &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>pick two different objects</source>
        <translation>pick two different objects</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>these VNets are already peered</source>
        <translation>these VNets are already peered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>their address spaces overlap (%1, %2); Azure cannot peer them</source>
        <translation>their address spaces overlap (%1, %2); Azure cannot peer them</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a circuit connects to an ExpressRoute gateway, not a VPN gateway</source>
        <translation>a circuit connects to an ExpressRoute gateway, not a VPN gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a site connects over S2S VPN to a VPN gateway, not an ExpressRoute gateway</source>
        <translation>a site connects over S2S VPN to a VPN gateway, not an ExpressRoute gateway</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>they are already connected</source>
        <translation>they are already connected</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a VNet-to-VNet connection joins the VPN gateways of two different VNets</source>
        <translation>a VNet-to-VNet connection joins the VPN gateways of two different VNets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>their VNets&apos; address spaces overlap (%1, %2); Azure cannot connect them</source>
        <translation>their VNets&apos; address spaces overlap (%1, %2); Azure cannot connect them</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the site is already attached to this circuit</source>
        <translation>the site is already attached to this circuit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an NVA peers with Route Server; mark the VM as an NVA first</source>
        <translation>only an NVA peers with Route Server; mark the VM as an NVA first</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this NVA already peers with the Route Server</source>
        <translation>this NVA already peers with the Route Server</translation>
    </message>
</context>
<context>
    <name>ObjectFields</name>
    <message>
        <location filename="../views/panels/object_fields.cpp" line="+70"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inside a region (ms)</source>
        <translation>Inside a region (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global peering (ms)</source>
        <translation>Global peering (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute link (ms)</source>
        <translation>ExpressRoute link (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPN tunnel (ms)</source>
        <translation>VPN tunnel (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-premises link (ms)</source>
        <translation>On-premises link (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet (ms)</source>
        <translation>Internet (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency assumptions</source>
        <translation>Latency assumptions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Address space</source>
        <translation>Address space</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Address prefix</source>
        <translation>Address prefix</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>Network security group</source>
        <translation>Network security group</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Route table</source>
        <translation>Route table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT gateway</source>
        <translation>NAT gateway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default outbound access</source>
        <translation>Default outbound access</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private endpoint network policies</source>
        <translation>Private endpoint network policies</translation>
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
        <translation>Advertised prefixes</translation>
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
        <translation>Public IPs</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>SNAT to the first public IP</source>
        <translation>SNAT to the first public IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet access</source>
        <translation>Internet access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet edge</source>
        <translation>Internet edge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peering location</source>
        <translation>Peering location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth (Mbps)</source>
        <translation>Bandwidth (Mbps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private peering</source>
        <translation>Private peering</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT IPs</source>
        <translation>NAT IPs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route filter</source>
        <translation>Route filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft peering</source>
        <translation>Microsoft peering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active-active</source>
        <translation>Active-active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default site</source>
        <translation>Default site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP addresses</source>
        <translation>IP addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch-to-branch</source>
        <translation>Branch-to-branch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <location line="+62"/>
        <location line="+4"/>
        <source>Subnet</source>
        <translation>Subnet</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+78"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+91"/>
        <source>Public IP</source>
        <translation>Public IP</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>IP forwarding (Azure)</source>
        <translation>IP forwarding (Azure)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default gateway in the guest</source>
        <translation>Default gateway in the guest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application security groups</source>
        <translation>Application security groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIC %1</source>
        <translation>NIC %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP forwarding (guest OS)</source>
        <translation>IP forwarding (guest OS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNAT</source>
        <translation>SNAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNAT exclusions</source>
        <translation>SNAT exclusions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Originate 0.0.0.0/0</source>
        <translation>Originate 0.0.0.0/0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network virtual appliance</source>
        <translation>Network virtual appliance</translation>
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
        <translation>Frontend private IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frontend public IP</source>
        <translation>Frontend public IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Instance IPs</source>
        <translation>Instance IPs</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Public IP prefixes</source>
        <translation>Public IP prefixes</translation>
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
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers only Azure public sources</source>
        <translation>Answers only Azure public sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft peering community</source>
        <translation>Microsoft peering community</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allow forwarded traffic into %1</source>
        <translation>Allow forwarded traffic into %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow forwarded traffic</source>
        <translation>Allow forwarded traffic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow access between the VNets</source>
        <translation>Allow access between the VNets</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Local network gateway prefixes</source>
        <translation>Local network gateway prefixes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forced tunneling</source>
        <translation>Forced tunneling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat intelligence</source>
        <translation>Threat intelligence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNAT private ranges</source>
        <translation>SNAT private ranges</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-resource</source>
        <translation>Sub-resource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>ObjectKind</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="+13"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>circuit</source>
        <translation>circuit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNet</source>
        <translation>VNet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subnet</source>
        <translation>subnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peering</source>
        <translation>peering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gateway</source>
        <translation>gateway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection</source>
        <translation>connection</translation>
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
        <translation>NAT gateway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>route table</source>
        <translation>route table</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>endpoint</source>
        <translation>endpoint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow</source>
        <translation>flow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>private endpoint</source>
        <translation>private endpoint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application security group</source>
        <translation>application security group</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load balancer</source>
        <translation>load balancer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frontend</source>
        <translation>frontend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backend pool</source>
        <translation>backend pool</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../app/report/report_writer.cpp" line="+126"/>
        <location line="+121"/>
        <source>File: %1 — report written %2</source>
        <translation>File: %1 — report written %2</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+110"/>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+31"/>
        <location line="+88"/>
        <location line="+21"/>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+109"/>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Protocol/port</source>
        <translation>Protocol/port</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+34"/>
        <location line="+85"/>
        <location line="+24"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>No fix proposed</source>
        <translation>No fix proposed</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+119"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+116"/>
        <source>Errors and their fixes</source>
        <translation>Errors and their fixes</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+115"/>
        <source>No flow has an error.</source>
        <translation>No flow has an error.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+1"/>
        <location line="+110"/>
        <location line="+1"/>
        <source>Reachability</source>
        <translation>Reachability</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+109"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Apparent source</source>
        <translation>Apparent source</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+113"/>
        <source>%1 → %2, %3 port %4; the destination sees %5.</source>
        <translation>%1 → %2, %3 port %4; the destination sees %5.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NSG decisions</source>
        <translation>NSG decisions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packet</source>
        <translation>Packet</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+113"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+113"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+124"/>
        <location line="+112"/>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <location line="-236"/>
        <location line="+124"/>
        <location line="+112"/>
        <source>Alternative: %1</source>
        <translation>Alternative: %1</translation>
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
        <translation>Route: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSG: %1</source>
        <translation>NSG: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source translated: %1</source>
        <translation>Source translated: %1</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../model/routing/routing_model.cpp" line="+84"/>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a longer prefix (/%1) wins</source>
        <translation>a longer prefix (/%1) wins</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lower precedence (User &gt; BGP &gt; System)</source>
        <translation>lower precedence (User &gt; BGP &gt; System)</translation>
    </message>
    <message>
        <location filename="../model/routing/route_set.cpp" line="+55"/>
        <source>overridden by the User route with the same prefix</source>
        <translation>overridden by the User route with the same prefix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overridden by the VirtualNetworkGateway route with the same prefix</source>
        <translation>overridden by the VirtualNetworkGateway route with the same prefix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overridden by the Default route with the same prefix</source>
        <translation>overridden by the Default route with the same prefix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExpressRoute is preferred for the same prefix</source>
        <translation>ExpressRoute is preferred for the same prefix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a shorter AS path wins</source>
        <translation>a shorter AS path wins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalidated by a user route that covers the private endpoint (route-table network policies on its subnet)</source>
        <translation>invalidated by a user route that covers the private endpoint (route-table network policies on its subnet)</translation>
    </message>
</context>
<context>
    <name>ServiceTags</name>
    <message>
        <location filename="../model/catalog/service_tags.cpp" line="+112"/>
        <source>This is not a service tag file: it has no &quot;values&quot; list of tags (the shape of Microsoft&apos;s ServiceTags_*.json download).</source>
        <translation>This is not a service tag file: it has no &quot;values&quot; list of tags (the shape of Microsoft&apos;s ServiceTags_*.json download).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This entry is skipped: a tag needs a &quot;name&quot; and &quot;properties&quot; with an &quot;addressPrefixes&quot; list.</source>
        <translation>This entry is skipped: a tag needs a &quot;name&quot; and &quot;properties&quot; with an &quot;addressPrefixes&quot; list.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Skipped in tag %1: %2 is not public address space (service tags hold Azure&apos;s public addresses).</source>
        <translation>Skipped in tag %1: %2 is not public address space (service tags hold Azure&apos;s public addresses).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Too many prefixes: a tag has at most %1 and a file at most %2 (the published files have far fewer).</source>
        <translation>Too many prefixes: a tag has at most %1 and a file at most %2 (the published files have far fewer).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skipped in tag %1: &quot;%2&quot; is not an address prefix.</source>
        <translation>Skipped in tag %1: &quot;%2&quot; is not an address prefix.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag %1 appears twice; the first one is kept.</source>
        <translation>Tag %1 appears twice; the first one is kept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file lists no usable service tag.</source>
        <translation>The file lists no usable service tag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is %1 MB; a service tag file is at most %2 MB.</source>
        <translation>The file is %1 MB; a service tag file is at most %2 MB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is not valid JSON.</source>
        <translation>The file is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../app/gui/service_tag_store.cpp" line="+28"/>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="-143"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../model/trace/source_kind.cpp" line="+16"/>
        <source>private address</source>
        <translation>private address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet address</source>
        <translation>Internet address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application Gateway frontend</source>
        <translation>Application Gateway frontend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NVA source NAT</source>
        <translation>NVA source NAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT gateway</source>
        <translation>NAT gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default outbound access</source>
        <translation>default outbound access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance public IP</source>
        <translation>instance public IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft peering NAT</source>
        <translation>Microsoft peering NAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on-premises edge NAT</source>
        <translation>on-premises edge NAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Firewall instance address</source>
        <translation>Azure Firewall instance address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Firewall public IP</source>
        <translation>Azure Firewall public IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load balancer frontend</source>
        <translation>load balancer frontend</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <location filename="../model/trace/tracer.cpp" line="-2061"/>
        <source>The packet stops at %1.</source>
        <translation>The packet stops at %1.</translation>
    </message>
    <message>
        <location line="+416"/>
        <source>%1 answers %2 from %3 through NIC %4.</source>
        <translation>%1 answers %2 from %3 through NIC %4.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The guest sends the reply out of NIC %1 (its default gateway), not NIC %2 the request came in on; Azure drops it: %3 is not an address of NIC %1.</source>
        <translation>The guest sends the reply out of NIC %1 (its default gateway), not NIC %2 the request came in on; Azure drops it: %3 is not an address of NIC %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Host %1 answers %2.</source>
        <translation>Host %1 answers %2.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 sends the packet from %2 to %3.</source>
        <translation>%1 sends the packet from %2 to %3.</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+80"/>
        <source>The guest has no route out of NIC %1 for %2: dropped.</source>
        <translation>The guest has no route out of NIC %1 for %2: dropped.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Host %1 sends the packet from %2.</source>
        <translation>Host %1 sends the packet from %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Application Gateway %1 opens a new connection to the backend from its instance address %2 (not from its frontend).</source>
        <translation>Application Gateway %1 opens a new connection to the backend from its instance address %2 (not from its frontend).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A client on the Internet at %1 sends the packet to %2.</source>
        <translation>A client on the Internet at %1 sends the packet to %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No public IP of this topology is %1: nothing in the drawing receives it.</source>
        <translation>No public IP of this topology is %1: nothing in the drawing receives it.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure translates the public address %1 to %2 of NIC %3.</source>
        <translation>Azure translates the public address %1 to %2 of NIC %3.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>NSG %1 denies the packet (rule %2, priority %3).</source>
        <translation>NSG %1 denies the packet (rule %2, priority %3).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The host answers %1 itself; user-defined routes do not apply.</source>
        <translation>The host answers %1 itself; user-defined routes do not apply.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The NVA&apos;s own subnet routes the packet back to the NVA: loop.</source>
        <translation>The NVA&apos;s own subnet routes the packet back to the NVA: loop.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The route %1 drops the packet (next hop None).</source>
        <translation>The route %1 drops the packet (next hop None).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nobody in VNet %1 holds %2: dropped.</source>
        <translation>Nobody in VNet %1 holds %2: dropped.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Application Gateway %1 receives the packet.</source>
        <translation>Application Gateway %1 receives the packet.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Route Server %1 receives the packet.</source>
        <translation>Route Server %1 receives the packet.</translation>
    </message>
    <message>
        <location line="-502"/>
        <source>Application Gateway %1 answers %2 by its subnet&apos;s routes.</source>
        <translation>Application Gateway %1 answers %2 by its subnet&apos;s routes.</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>The service endpoint of the subnet carries the packet to %1 over the Azure backbone; the service sees the private source %2.</source>
        <translation>The service endpoint of the subnet carries the packet to %1 over the Azure backbone; the service sees the private source %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Peering %1 does not allow access: dropped.</source>
        <translation>Peering %1 does not allow access: dropped.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The subnet routes the packet back to %1 itself: loop.</source>
        <translation>The subnet routes the packet back to %1 itself: loop.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 in VNet %2 belongs to %3, not to the flow&apos;s destination: dropped.</source>
        <translation>%1 in VNet %2 belongs to %3, not to the flow&apos;s destination: dropped.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Azure Firewall %1 receives the packet.</source>
        <translation>Azure Firewall %1 receives the packet.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>NVA %1 undoes its SNAT: the reply goes on to %2.</source>
        <translation>NVA %1 undoes its SNAT: the reply goes on to %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 receives the packet on %2, from source %3.</source>
        <translation>%1 receives the packet on %2, from source %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 does not forward packets (IP forwarding off): dropped.</source>
        <translation>%1 does not forward packets (IP forwarding off): dropped.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NVA %1 receives the packet and forwards it.</source>
        <translation>NVA %1 receives the packet and forwards it.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure Firewall %1 denies the packet: no rule allows it.</source>
        <translation>Azure Firewall %1 denies the packet: no rule allows it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure Firewall %1 denies the packet (rule %2, collection %3).</source>
        <translation>Azure Firewall %1 denies the packet (rule %2, collection %3).</translation>
    </message>
    <message>
        <location line="-1054"/>
        <source>Azure Firewall %1 has no AzureFirewallSubnet: it forwards nothing.</source>
        <translation>Azure Firewall %1 has no AzureFirewallSubnet: it forwards nothing.</translation>
    </message>
    <message>
        <location line="+800"/>
        <source>The route has %1 equal next hops (ECMP); this flow&apos;s hash picks %2.</source>
        <translation>The route has %1 equal next hops (ECMP); this flow&apos;s hash picks %2.</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Azure Firewall %1 allows the packet by application rule %2 (collection %3); application rules always translate the source.</source>
        <translation>Azure Firewall %1 allows the packet by application rule %2 (collection %3); application rules always translate the source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Firewall %1 allows the packet by network rule %2 (collection %3).</source>
        <translation>Azure Firewall %1 allows the packet by network rule %2 (collection %3).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Azure Firewall %1 translates %2 to %3 port %4 (DNAT rule %5) and the source to its instance address %6.</source>
        <translation>Azure Firewall %1 translates %2 to %3 port %4 (DNAT rule %5) and the source to its instance address %6.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure Firewall %1 has no session for this reply (the request did not cross it): the stateful firewall drops it.</source>
        <translation>Azure Firewall %1 has no session for this reply (the request did not cross it): the stateful firewall drops it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply to the firewall&apos;s instance address %1 is routed to its front end %2 instead, which can hand it to another instance: dropped.</source>
        <translation>The reply to the firewall&apos;s instance address %1 is routed to its front end %2 instead, which can hand it to another instance: dropped.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Azure Firewall %1 matches the reply to its session and sends it on to %2.</source>
        <translation>Azure Firewall %1 matches the reply to its session and sends it on to %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Azure Firewall %1 translates only TCP and UDP to the Internet: the packet is dropped.</source>
        <translation>Azure Firewall %1 translates only TCP and UDP to the Internet: the packet is dropped.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+256"/>
        <source>NAT gateway %1 translates the source to %2.</source>
        <translation>NAT gateway %1 translates the source to %2.</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Azure Firewall %1 allows the packet by network rule %2 and translates the source to its instance address %3: %4 is not in its SNAT private ranges.</source>
        <translation>Azure Firewall %1 allows the packet by network rule %2 and translates the source to its instance address %3: %4 is not in its SNAT private ranges.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Private endpoint %1 receives the packet, from source %2.</source>
        <translation>Private endpoint %1 receives the packet, from source %2.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Load balancer %1 answers the ping on %2 itself.</source>
        <translation>Load balancer %1 answers the ping on %2 itself.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Load balancer %1 has no rule for the packet: dropped.</source>
        <translation>Load balancer %1 has no rule for the packet: dropped.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load balancer %1 has no healthy member: dropped.</source>
        <translation>Load balancer %1 has no healthy member: dropped.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A member of the pool cannot reach its own frontend: dropped.</source>
        <translation>A member of the pool cannot reach its own frontend: dropped.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Load balancer %1 sends the flow to %2 by rule %3 (%4 healthy member(s)).</source>
        <translation>Load balancer %1 sends the flow to %2 by rule %3 (%4 healthy member(s)).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The load balancer translates the source to its frontend %1.</source>
        <translation>The load balancer translates the source to its frontend %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Azure&apos;s default outbound access translates the source to a Microsoft-owned public address.</source>
        <translation>Azure&apos;s default outbound access translates the source to a Microsoft-owned public address.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 carries only TCP and UDP to the Internet: the ICMP packet is dropped.</source>
        <translation>%1 carries only TCP and UDP to the Internet: the ICMP packet is dropped.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 carries only TCP and UDP to the Internet: the %2 packet is dropped.</source>
        <translation>%1 carries only TCP and UDP to the Internet: the %2 packet is dropped.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reply crosses the Internet to the edge of site %1, %2.</source>
        <translation>The reply crosses the Internet to the edge of site %1, %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The packet crosses the Internet to %1, a public address in this drawing.</source>
        <translation>The packet crosses the Internet to %1, a public address in this drawing.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The packet leaves for the Internet, where %1 is not %2: it never arrives.</source>
        <translation>The packet leaves for the Internet, where %1 is not %2: it never arrives.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 refuses the request: its source %2 is not an Azure public address.</source>
        <translation>%1 refuses the request: its source %2 is not an Azure public address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 receives the packet from an Azure default outbound address.</source>
        <translation>%1 receives the packet from an Azure default outbound address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 receives the packet from %2.</source>
        <translation>%1 receives the packet from %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Gateway %1 forwards the packet into VNet %2.</source>
        <translation>Gateway %1 forwards the packet into VNet %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Gateway %1 sends the packet through the VNet-to-VNet connection to gateway %2 (route %3).</source>
        <translation>Gateway %1 sends the packet through the VNet-to-VNet connection to gateway %2 (route %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gateway %1 sends the packet over ExpressRoute circuit %2 (route %3).</source>
        <translation>Gateway %1 sends the packet over ExpressRoute circuit %2 (route %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gateway %1 sends the packet through the VPN tunnel to site %2 (route %3).</source>
        <translation>Gateway %1 sends the packet through the VPN tunnel to site %2 (route %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gateway %1 sends the packet to NVA %2, the next hop Route Server taught it (route %3).</source>
        <translation>Gateway %1 sends the packet to NVA %2, the next hop Route Server taught it (route %3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gateway %1 passes the packet to gateway %2 of the same VNet, which learned route %3 (Route Server branch-to-branch).</source>
        <translation>Gateway %1 passes the packet to gateway %2 of the same VNet, which learned route %3 (Route Server branch-to-branch).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Gateway %1 sends the packet to its default site %2.</source>
        <translation>Gateway %1 sends the packet to its default site %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gateway %1 has no route it can use for %2: the packet stops here.</source>
        <translation>Gateway %1 has no route it can use for %2: the packet stops here.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Circuit %1 carries the packet to %2 (route %3).</source>
        <translation>Circuit %1 carries the packet to %2 (route %3).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Host %1 receives the packet from %2.</source>
        <translation>Host %1 receives the packet from %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site %1 has no host with address %2: the packet is dropped here.</source>
        <translation>Site %1 has no host with address %2: the packet is dropped here.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Site %1 sends the packet over Microsoft peering of circuit %2 (community %3 is in the route filter).</source>
        <translation>Site %1 sends the packet over Microsoft peering of circuit %2 (community %3 is in the route filter).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Circuit %1 carries it to Microsoft with the NAT address %2.</source>
        <translation>Circuit %1 carries it to Microsoft with the NAT address %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Site %1 sends the packet towards Azure through %2 (route %3).</source>
        <translation>Site %1 sends the packet towards Azure through %2 (route %3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Site %1 has no route to %2: Microsoft peering does not advertise it and there is no Internet path.</source>
        <translation>Site %1 has no route to %2: Microsoft peering does not advertise it and there is no Internet path.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Site %1 sends the packet to the Internet through its edge, as %2.</source>
        <translation>Site %1 sends the packet to the Internet through its edge, as %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The reply&apos;s destination is translated back to %2; %1 receives the reply.</source>
        <translation>The reply&apos;s destination is translated back to %2; %1 receives the reply.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 receives the reply.</source>
        <translation>%1 receives the reply.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 translates the reply&apos;s destination back to %2.</source>
        <translation>%1 translates the reply&apos;s destination back to %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply passes %1.</source>
        <translation>The reply passes %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answers; the reply goes back the way the request came, its translations undone in turn.</source>
        <translation>%1 answers; the reply goes back the way the request came, its translations undone in turn.</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../model/trace/trace_explanation.cpp" line="-172"/>
        <source>peered VNets</source>
        <translation>peered VNets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on-premises prefixes</source>
        <translation>on-premises prefixes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDR prefixes</source>
        <translation>UDR prefixes</translation>
    </message>
    <message>
        <location filename="../views/text/message_text.cpp" line="-53"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VirtualNetworkGateway</source>
        <translation>VirtualNetworkGateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InternetEdge</source>
        <translation>InternetEdge</translation>
    </message>
    <message>
        <location filename="../model/trace/tracer.cpp" line="-1327"/>
        <source>inbound</source>
        <translation>inbound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outbound</source>
        <translation>outbound</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../views/text/message_text.cpp" line="+49"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-route</source>
        <translation>no-route</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loop</source>
        <translation>loop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asymmetric</source>
        <translation>asymmetric</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+43"/>
        <source>Design and debug hybrid Azure networks.</source>
        <translation>Design and debug hybrid Azure networks.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a PNG of the window after it opens, then quit.</source>
        <translation>Save a PNG of the window after it opens, then quit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select this object and show it in the inspector.</source>
        <translation>Select this object and show it in the inspector.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this flow&apos;s path.</source>
        <translation>Show this flow&apos;s path.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: en, ja or zh_TW (remembered).</source>
        <translation>Interface language: en, ja or zh_TW (remembered).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import these Azure files or folders (repeat the option for several) as a new document, instead of opening a topology.</source>
        <translation>Import these Azure files or folders (repeat the option for several) as a new document, instead of opening a topology.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare the opened design with this topology file (File ▸ Compare with…).</source>
        <translation>Compare the opened design with this topology file (File ▸ Compare with…).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--%1 needs a value; it took the option %2</source>
        <translation>--%1 needs a value; it took the option %2</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Topology files to open, each in a window of its own (default: the built-in demo).</source>
        <translation>Topology files to open, each in a window of its own (default: the built-in demo).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export the diagram (with --flow, that flow&apos;s path) to this file, by its extension: .png, .svg, .pdf or .drawio; then quit.</source>
        <translation>Export the diagram (with --flow, that flow&apos;s path) to this file, by its extension: .png, .svg, .pdf or .drawio; then quit.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--%1 goes with a single file (got %2)</source>
        <translation>--%1 goes with a single file (got %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown language %1 (use %2)</source>
        <translation>unknown language %1 (use %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write the screenshot %1 (not a regular file)</source>
        <translation>cannot write the screenshot %1 (not a regular file)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write the screenshot %1 (its name must end in .png)</source>
        <translation>cannot write the screenshot %1 (its name must end in .png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot export to %1 (a file ending in .png, .svg, .pdf or .drawio)</source>
        <translation>cannot export to %1 (a file ending in .png, .svg, .pdf or .drawio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--export and --screenshot: one or the other</source>
        <translation>--export and --screenshot: one or the other</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be opened:</source>
        <translation>%1 cannot be opened:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--import and a file to open: one or the other</source>
        <translation>--import and a file to open: one or the other</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no flow %1 in %2</source>
        <translation>no flow %1 in %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no object %1 in %2</source>
        <translation>no object %1 in %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write the screenshot %1 (a PNG in a folder that exists)</source>
        <translation>cannot write the screenshot %1 (a PNG in a folder that exists)</translation>
    </message>
</context>
<context>
    <name>pathlight</name>
    <message>
        <location filename="../views/canvas/scene_export.cpp" line="+25"/>
        <source>the drawing is too large for an image</source>
        <translation>the drawing is too large for an image</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+10"/>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Exported by Pathlight</source>
        <translation>Exported by Pathlight</translation>
    </message>
</context>
<context>
    <name>pathlight::ChallengeDialog</name>
    <message>
        <location filename="../views/panels/challenge_dialog.cpp" line="+27"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Reveal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next flow</source>
        <translation>&amp;Next flow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 10.1.1.4, or empty for Azure&apos;s default outbound address</source>
        <translation>e.g. 10.1.1.4, or empty for Azure&apos;s default outbound address</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happens?</source>
        <translation>What happens?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination sees the source as</source>
        <translation>The destination sees the source as</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This document has no flows to ask about.</source>
        <translation>This document has no flows to ask about.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Question %1 of %2.&lt;/b&gt; %3: from &lt;b&gt;%4&lt;/b&gt; to &lt;b&gt;%5&lt;/b&gt;, %6 port %7.</source>
        <translation>&lt;b&gt;Question %1 of %2.&lt;/b&gt; %3: from &lt;b&gt;%4&lt;/b&gt; to &lt;b&gt;%5&lt;/b&gt;, %6 port %7.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Score: %1 of %2</source>
        <translation>Score: %1 of %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>✓ Verdict: %1.</source>
        <translation>✓ Verdict: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Verdict: it is %1.</source>
        <translation>✗ Verdict: it is %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Source seen as %1.</source>
        <translation>✓ Source seen as %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ The destination sees the source as %1.</source>
        <translation>✗ The destination sees the source as %1.</translation>
    </message>
</context>
<context>
    <name>pathlight::ComparisonPanel</name>
    <message>
        <location filename="../views/panels/comparison_panel.cpp" line="+66"/>
        <source>Compare again</source>
        <translation>Compare again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No comparison yet: File ▸ Compare with… compares this design with another topology, such as an import of what is deployed.</source>
        <translation>No comparison yet: File ▸ Compare with… compares this design with another topology, such as an import of what is deployed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compared with %1: %2 flows of %3 differ; %4 objects changed, %5 removed, %6 added.</source>
        <translation>Compared with %1: %2 flows of %3 differ; %4 objects changed, %5 removed, %6 added.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The design changed since: compare again.</source>
        <translation>The design changed since: compare again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows that differ (%1)</source>
        <translation>Flows that differ (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not traceable (its ends are missing)</source>
        <translation>not traceable (its ends are missing)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the design (%1)</source>
        <translation>Only in the design (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the other (%1)</source>
        <translation>Only in the other (%1)</translation>
    </message>
</context>
<context>
    <name>pathlight::Document</name>
    <message>
        <location filename="../app/gui/document.cpp" line="+186"/>
        <source>no recovery copy is free (99 are in use)</source>
        <translation>no recovery copy is free (99 are in use)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no recovery copy</source>
        <translation>no recovery copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the recovery copy cannot be read</source>
        <translation>the recovery copy cannot be read</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover unsaved changes</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>pathlight::EffectiveView</name>
    <message>
        <location filename="../views/panels/effective_view.cpp" line="+62"/>
        <location line="+3"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address prefixes</source>
        <translation>Address prefixes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hop type</source>
        <translation>Next hop type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hop IP address</source>
        <translation>Next hop IP address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it lost</source>
        <translation>Why it lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source ports</source>
        <translation>Source ports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination ports</source>
        <translation>Destination ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective routes and security rules</source>
        <translation>Effective routes and security rules</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>NIC %1 (%2)</source>
        <translation>NIC %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subnet %1 (%2, %3)</source>
        <translation>Subnet %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Network interface or subnet:</source>
        <translation>Network interface or subnet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effective routes</source>
        <translation>Effective routes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective security rules</source>
        <translation>Effective security rules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Subnet %1</source>
        <translation>Subnet %1</translation>
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
        <translation>Policy name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure CLI and PowerShell fixes name the policy by this name</source>
        <translation>The Azure CLI and PowerShell fixes name the policy by this name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Rule processing&lt;/b&gt;: DNAT rules first, then network rules, then application rules, whatever their priorities; inside each, groups and then collections by priority (lowest number first). What matches nothing is denied.</source>
        <translation>&lt;b&gt;Rule processing&lt;/b&gt;: DNAT rules first, then network rules, then application rules, whatever their priorities; inside each, groups and then collections by priority (lowest number first). What matches nothing is denied.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group / collection</source>
        <translation>Group / collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;group</source>
        <translation>Add &amp;group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;collection</source>
        <translation>Add &amp;collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNAT collection</source>
        <translation>DNAT collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network collection</source>
        <translation>Network collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application collection</source>
        <translation>Application collection</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Add rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Remove rule</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Firewall policy of %1</source>
        <translation>Firewall policy of %1</translation>
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
        <translation>Network</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+142"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source addresses</source>
        <translation>Source addresses</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Destination (public IP)</source>
        <translation>Destination (public IP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Destination ports</source>
        <translation>Destination ports</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Translated address</source>
        <translation>Translated address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated port</source>
        <translation>Translated port</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination addresses</source>
        <translation>Destination addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination FQDNs</source>
        <translation>Destination FQDNs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protocols (type:port)</source>
        <translation>Protocols (type:port)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target FQDNs</source>
        <translation>Target FQDNs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FQDN tags</source>
        <translation>FQDN tags</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a rule collection on the left to see and edit its rules.</source>
        <translation>Choose a rule collection on the left to see and edit its rules.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rules of %1 (%2) in %3</source>
        <translation>Rules of %1 (%2) in %3</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>rule %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>pathlight::FlowDialog</name>
    <message>
        <location filename="../views/editors/flow_dialog.cpp" line="+52"/>
        <source>Flow %1</source>
        <translation>Flow %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New flow</source>
        <translation>New flow</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an address or a name, as 203.0.113.10 or www.microsoft.com</source>
        <translation>an address or a name, as 203.0.113.10 or www.microsoft.com</translation>
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
        <translation>Host %1 at %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application Gateway %1 (its instances)</source>
        <translation>Application Gateway %1 (its instances)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint %1 (%2)</source>
        <translation>Endpoint %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (built in)</source>
        <translation>%1 (built in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 (built in)</source>
        <translation>%1 — %2 (built in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object, or an IP address (an Internet client)</source>
        <translation>an object, or an IP address (an Internet client)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object, an endpoint, an IP address or an FQDN</source>
        <translation>an object, an endpoint, an IP address or an FQDN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no expectation)</source>
        <translation>(no expectation)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected</source>
        <translation>&amp;Expected</translation>
    </message>
</context>
<context>
    <name>pathlight::FlowsPanel</name>
    <message>
        <location filename="../views/panels/flows_panel.cpp" line="+52"/>
        <source>&amp;New flow…</source>
        <translation>&amp;New flow…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit flow…</source>
        <translation>&amp;Edit flow…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Remove %n flow(s)</source>
        <translation>
            <numerusform>&amp;Remove %n flow</numerusform>
            <numerusform>&amp;Remove %n flows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apparent source</source>
        <translation>Apparent source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Azure default outbound</source>
        <translation>Azure default outbound</translation>
    </message>
</context>
<context>
    <name>pathlight::HopsPanel</name>
    <message>
        <location filename="../views/panels/hops_panel.cpp" line="+27"/>
        <source>cannot be applied here: %1</source>
        <translation>cannot be applied here: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fixes this flow</source>
        <translation>fixes this flow</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this flow stays undelivered</source>
        <translation>this flow stays undelivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; 0 others change</source>
        <translation>%1; 0 others change</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; %n other flow(s) change: %2</source>
        <translation>
            <numerusform>%1; %n other flow change: %2</numerusform>
            <numerusform>%1; %n other flows change: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+170"/>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+170"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apparent source</source>
        <translation>Apparent source</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Packet in</source>
        <translation>Packet in</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beat</source>
        <translation>Beat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 → %2%3 (%4, %5): %6</source>
        <translation>%1 → %2%3 (%4, %5): %6</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deny: no rule allows it (default deny)</source>
        <translation>Deny: no rule allows it (default deny)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: rule %2 (%3), collection %4, group %5</source>
        <translation>%1: rule %2 (%3), collection %4, group %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packet out</source>
        <translation>Packet out</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hop(s) back to the client</source>
        <translation>
            <numerusform>%n hop back to the client</numerusform>
            <numerusform>%n hops back to the client</numerusform>
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
        <translation>Fix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix code: %1 (pathlight-cli fix FILE --flow %2 --apply %1)</source>
        <translation>Fix code: %1 (pathlight-cli fix FILE --flow %2 --apply %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply this fix (one undo step); right-click for its scripts</source>
        <translation>Apply this fix (one undo step); right-click for its scripts</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Apply fix</source>
        <translation>Apply fix</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy Azure CLI</source>
        <translation>Copy Azure CLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy PowerShell</source>
        <translation>Copy PowerShell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Bicep</source>
        <translation>Copy Bicep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Terraform</source>
        <translation>Copy Terraform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Windows guest commands</source>
        <translation>Copy Windows guest commands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Linux guest commands</source>
        <translation>Copy Linux guest commands</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>NSG</source>
        <translation>NSG</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Source</source>
        <translation>Source</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files read (%1)</source>
        <translation>Files read (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %2, %n resources</source>
        <translation>
            <numerusform>%1: %2, %n resource</numerusform>
            <numerusform>%1: %2, %n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathlight::InspectorPanel</name>
    <message>
        <location filename="../views/panels/inspector_panel.cpp" line="+39"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address prefix</source>
        <translation>Address prefix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hop type</source>
        <translation>Next hop type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hop IP</source>
        <translation>Next hop IP</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+63"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+47"/>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Effective routes</source>
        <translation>Effective routes</translation>
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
        <translation>Edit policy rules…</translation>
    </message>
    <message>
        <location line="-416"/>
        <location line="+35"/>
        <location line="+385"/>
        <source>Rule collection groups, collections and rules of this firewall&apos;s policy</source>
        <translation>Rule collection groups, collections and rules of this firewall&apos;s policy</translation>
    </message>
    <message>
        <location line="-409"/>
        <location line="+21"/>
        <source>Apply the edited settings as one undo step (Ctrl+Enter)</source>
        <translation>Apply the edited settings as one undo step (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this network security group&apos;s rules</source>
        <translation>Edit this network security group&apos;s rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this route table&apos;s routes</source>
        <translation>Edit this route table&apos;s routes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Several values: separate them with commas</source>
        <translation>Several values: separate them with commas</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>select an object on the canvas to see and edit its settings</source>
        <translation>select an object on the canvas to see and edit its settings</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an object on the canvas to see and edit its settings and, for a VM or subnet, its effective routes.</source>
        <translation>Select an object on the canvas to see and edit its settings and, for a VM or subnet, its effective routes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit frontends, pools and rules…</source>
        <translation>Edit frontends, pools and rules…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frontends, backend pools, load-balancing rules and outbound rules</source>
        <translation>Frontends, backend pools, load-balancing rules and outbound rules</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <source>Effective routes of %1</source>
        <translation>Effective routes of %1</translation>
    </message>
</context>
<context>
    <name>pathlight::LatencyChart</name>
    <message>
        <location filename="../views/plots/latency_chart.cpp" line="+36"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms (one way)</source>
        <translation>ms (one way)</translation>
    </message>
</context>
<context>
    <name>pathlight::LiveImportDialog</name>
    <message>
        <location filename="../app/gui/live_import_dialog.cpp" line="-112"/>
        <source>Import from Azure</source>
        <translation>Import from Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update service tags from Azure</source>
        <translation>Update service tags from Azure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subscription ids, separated by commas</source>
        <translation>subscription ids, separated by commas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all resource groups</source>
        <translation>all resource groups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Resource Manager: https://management.azure.com for the public cloud; a sovereign cloud&apos;s own, e.g. https://management.usgovcloudapi.net</source>
        <translation>Azure Resource Manager: https://management.azure.com for the public cloud; a sovereign cloud&apos;s own, e.g. https://management.usgovcloudapi.net</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure CLI (az account get-access-token)</source>
        <translation>Azure CLI (az account get-access-token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable %1</source>
        <translation>Environment variable %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted here:</source>
        <translation>Pasted here:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a bearer token for Azure Resource Manager</source>
        <translation>a bearer token for Azure Resource Manager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure CLI (az) is not installed or not on PATH</source>
        <translation>The Azure CLI (az) is not installed or not on PATH</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Subscriptions:</source>
        <translation>Subscriptions:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource groups:</source>
        <translation>Resource groups:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is sent before you press Read. Pathlight then sends only these read-only requests, with the token in memory only (never saved, logged or written to the report). The token&apos;s account needs the Reader role on what it reads.</source>
        <translation>Nothing is sent before you press Read. Pathlight then sends only these read-only requests, with the token in memory only (never saved, logged or written to the report). The token&apos;s account needs the Reader role on what it reads.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read</source>
        <translation>Read</translation>
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
        <translation>Name</translation>
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
        <translation>Id</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Subnet (internal)</source>
        <translation>Subnet (internal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public IP</source>
        <translation>Public IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members (NICs)</source>
        <translation>Members (NICs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probed down</source>
        <translation>Probed down</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frontend</source>
        <translation>Frontend</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Backend pool</source>
        <translation>Backend pool</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Frontend port</source>
        <translation>Frontend port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend port</source>
        <translation>Backend port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floating IP</source>
        <translation>Floating IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No outbound SNAT</source>
        <translation>No outbound SNAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Frontends</source>
        <translation>Frontends</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backend pools</source>
        <translation>Backend pools</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load-balancing rules</source>
        <translation>Load-balancing rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound rules</source>
        <translation>Outbound rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An internal frontend has a subnet and a private IP; a public one has a public IP.</source>
        <translation>An internal frontend has a subnet and a private IP; a public one has a public IP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members are NIC ids. &quot;Probed down&quot; lists the members whose health probe fails: no flow goes to them.</source>
        <translation>Members are NIC ids. &quot;Probed down&quot; lists the members whose health probe fails: no flow goes to them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol All with ports 0 is HA ports (every port, TCP and UDP): the internal frontend an NVA pair sits behind.</source>
        <translation>Protocol All with ports 0 is HA ports (every port, TCP and UDP): the internal frontend an NVA pair sits behind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound rules translate the pool&apos;s Internet-bound traffic to their frontends&apos; public IPs (after a NAT gateway and instance public IPs).</source>
        <translation>Outbound rules translate the pool&apos;s Internet-bound traffic to their frontends&apos; public IPs (after a NAT gateway and instance public IPs).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Load balancer %1</source>
        <translation>Load balancer %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a member of this pool</source>
        <translation>&quot;%1&quot; is not a member of this pool</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
</context>
<context>
    <name>pathlight::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="-216"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to %1?</source>
        <translation>Save the changes to %1?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover unsaved changes</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathlight found changes to this document that were not saved (autosaved %1). Recover them?</source>
        <translation>Pathlight found changes to this document that were not saved (autosaved %1). Recover them?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathlight found work that was autosaved but never saved (after a crash, say).
Choose one to recover now; the others stay for later (File ▸ Recover unsaved work).</source>
        <translation>Pathlight found work that was autosaved but never saved (after a crash, say).
Choose one to recover now; the others stay for later (File ▸ Recover unsaved work).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This fix breaks other flows</source>
        <translation>This fix breaks other flows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying it stops these flows from being delivered:
%1
Apply it anyway?</source>
        <translation>Applying it stops these flows from being delivered:
%1
Apply it anyway?</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+57"/>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Reachability</source>
        <translation>Reachability</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+1"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../app/gui/main_window_menus.cpp" line="+410"/>
        <source>Zoom: Ctrl+0 fits the drawing, Ctrl+1 shows it at 100 %</source>
        <translation>Zoom: Ctrl+0 fits the drawing, Ctrl+1 shows it at 100 %</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Click on the canvas to place it (Esc cancels)</source>
        <translation>Click on the canvas to place it (Esc cancels)</translation>
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
            <numerusform>%n flow: %1 delivered, %2 not delivered</numerusform>
            <numerusform>%n flows: %1 delivered, %2 not delivered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_menus.cpp" line="-405"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New from &amp;scenario…</source>
        <translation>New from &amp;scenario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;example</source>
        <translation>Open &amp;example</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover &amp;unsaved work…</source>
        <translation>Recover &amp;unsaved work…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unsaved work to recover</source>
        <translation>No unsaved work to recover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export diagram…</source>
        <translation>&amp;Export diagram…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report…</source>
        <translation>Export &amp;report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;onnect objects</source>
        <translation>C&amp;onnect objects</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag from one object to another: VNet–VNet peering, gateway–circuit or gateway–site connection, site–circuit, NVA–Route Server</source>
        <translation>Drag from one object to another: VNet–VNet peering, gateway–circuit or gateway–site connection, site–circuit, NVA–Route Server</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cancel placing or connecting</source>
        <translation>Cancel placing or connecting</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Import from Azure files…</source>
        <translation>&amp;Import from Azure files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Azure f&amp;older…</source>
        <translation>Import from Azure f&amp;older…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from &amp;Azure…</source>
        <translation>Import from &amp;Azure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare &amp;with…</source>
        <translation>Compare &amp;with…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update service &amp;tags from file…</source>
        <translation>Update service &amp;tags from file…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update service tags from A&amp;zure…</source>
        <translation>Update service tags from A&amp;zure…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Close window</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connect mode: drag between objects · Esc stops</source>
        <translation>Connect mode: drag between objects · Esc stops</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag from one object to another to connect them (Esc to stop)</source>
        <translation>Drag from one object to another to connect them (Esc to stop)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;flow…</source>
        <translation>New &amp;flow…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Draw a flow</source>
        <translation>&amp;Draw a flow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag from the source to the destination (or to empty canvas to type one)</source>
        <translation>Drag from the source to the destination (or to empty canvas to type one)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag from a flow&apos;s source to its destination (Esc or Ctrl+Shift+T to stop)</source>
        <translation>Drag from a flow&apos;s source to its destination (Esc or Ctrl+Shift+T to stop)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network &amp;security groups</source>
        <translation>Network &amp;security groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New network security group</source>
        <translation>New network security group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route &amp;tables</source>
        <translation>Route &amp;tables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New route table</source>
        <translation>New route table</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Firewall policies</source>
        <translation>&amp;Firewall policies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No Azure Firewall in this design</source>
        <translation>No Azure Firewall in this design</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load balancers</source>
        <translation>&amp;Load balancers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No load balancer in this design</source>
        <translation>No load balancer in this design</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Arrange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic &amp;layout</source>
        <translation>Automatic &amp;layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Align</source>
        <translation>&amp;Align</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Left edges</source>
        <translation>&amp;Left edges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right edges</source>
        <translation>&amp;Right edges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Top edges</source>
        <translation>&amp;Top edges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bottom edges</source>
        <translation>&amp;Bottom edges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres &amp;horizontally</source>
        <translation>Centres &amp;horizontally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres &amp;vertically</source>
        <translation>Centres &amp;vertically</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Effective &amp;routes and security rules…</source>
        <translation>Effective &amp;routes and security rules…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Teaching</source>
        <translation>&amp;Teaching</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Presenter mode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Challenge…</source>
        <translation>&amp;Challenge…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick start</source>
        <translation>&amp;Quick start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Pathlight</source>
        <translation>&amp;About Pathlight</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick start</source>
        <translation>Quick start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Pathlight in five steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick a flow&lt;/b&gt; in Flows: the canvas lights its path hop by hop, the reply dotted beside it, and the verdict at its end.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read the hops&lt;/b&gt; in the Hops panel: the route chosen at each hop and the routes it beat, every NSG decision, the addresses before and after.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fix what is wrong&lt;/b&gt;: Problems and the hop panel list each finding with its fixes. Apply one and every flow is traced again; Edit ▸ Undo takes it back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Draw&lt;/b&gt;: choose an object in the Palette and click the canvas (a VNet, then subnets and VMs inside it); Edit ▸ Connect objects links two; select an object to edit it in the Inspector.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ask a question&lt;/b&gt;: Edit ▸ New flow… from a source to a destination, and the answer appears in Flows. Teaching ▸ steps through a flow for a class.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;File ▸ New from scenario… opens worked cases from real reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pathlight in five steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick a flow&lt;/b&gt; in Flows: the canvas lights its path hop by hop, the reply dotted beside it, and the verdict at its end.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read the hops&lt;/b&gt; in the Hops panel: the route chosen at each hop and the routes it beat, every NSG decision, the addresses before and after.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fix what is wrong&lt;/b&gt;: Problems and the hop panel list each finding with its fixes. Apply one and every flow is traced again; Edit ▸ Undo takes it back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Draw&lt;/b&gt;: choose an object in the Palette and click the canvas (a VNet, then subnets and VMs inside it); Edit ▸ Connect objects links two; select an object to edit it in the Inspector.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ask a question&lt;/b&gt;: Edit ▸ New flow… from a source to a destination, and the answer appears in Flows. Teaching ▸ steps through a flow for a class.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;File ▸ New from scenario… opens worked cases from real reports.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="-266"/>
        <source>Cannot open file</source>
        <translation>Cannot open file</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 cannot be opened: %n problem(s) found.</source>
        <translation>
            <numerusform>%1 cannot be opened: %n problem found.</numerusform>
            <numerusform>%1 cannot be opened: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_files.cpp" line="+52"/>
        <source>%1 — autosaved %2</source>
        <translation>%1 — autosaved %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 was not opened; the document shown is unchanged</source>
        <translation>%1 was not opened; the document shown is unchanged</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open topology</source>
        <translation>Open topology</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_compare.cpp" line="+33"/>
        <source>%1 was not compared</source>
        <translation>%1 was not compared</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compare the design with</source>
        <translation>Compare the design with</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_files.cpp" line="+1"/>
        <source>Pathlight topologies (*.pathlight.json *.json);;All files (*)</source>
        <translation>Pathlight topologies (*.pathlight.json *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only in the design: %1 has no %2 %3</source>
        <translation>Only in the design: %1 has no %2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Differs in %1: %2</source>
        <translation>Differs in %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+220"/>
        <source>%1 — %2%3 — Pathlight</source>
        <translation>%1 — %2%3 — Pathlight</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="+74"/>
        <source>%1 cannot move into %2: %3</source>
        <translation>%1 cannot move into %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>Move %n object</numerusform>
            <numerusform>Move %n objects</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot move: %1</source>
        <translation>Cannot move: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Cannot place it there: %1</source>
        <translation>Cannot place it there: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Cannot connect %1 and %2: %3</source>
        <translation>Cannot connect %1 and %2: %3</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Connect %1 and %2</source>
        <translation>Connect %1 and %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected %1 and %2</source>
        <translation>Connected %1 and %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Delete %n object</numerusform>
            <numerusform>Delete %n objects</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be deleted: %2</source>
        <translation>%1 cannot be deleted: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %1 and %n object(s) that depended on it, %2 flow(s) among them</source>
        <translation>
            <numerusform>Deleted %1 and %n object that depended on it, %2 flow among them</numerusform>
            <numerusform>Deleted %1 and %n objects that depended on it, %2 flows among them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>Copied %n object</numerusform>
            <numerusform>Copied %n objects</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Nothing pasted: %1</source>
        <translation>Nothing pasted: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pasted %1; not all: %2</source>
        <translation>Pasted %1; not all: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasted %1</source>
        <translation>Pasted %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate %1</source>
        <translation>Duplicate %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select two or more objects to align</source>
        <translation>Select two or more objects to align</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the editor produced no object</source>
        <translation>the editor produced no object</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_flows.cpp" line="+95"/>
        <location line="+75"/>
        <source>Add flow %1</source>
        <translation>Add flow %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Edit flow %1</source>
        <translation>Edit flow %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Remove %n flow(s)</source>
        <translation>
            <numerusform>Remove %n flow</numerusform>
            <numerusform>Remove %n flows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="+4"/>
        <location line="+54"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_teaching.cpp" line="+43"/>
        <source>Presenter mode: → or Space steps, ← goes back, Home restarts, P plays; %1 leaves</source>
        <translation>Presenter mode: → or Space steps, ← goes back, Home restarts, P plays; %1 leaves</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="-16"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>not valid JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a JSON object</source>
        <translation>expected a JSON object</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit document settings</source>
        <translation>Edit document settings</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_files.cpp" line="+31"/>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save topology</source>
        <translation>Save topology</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathlight topologies (*.pathlight.json)</source>
        <translation>Pathlight topologies (*.pathlight.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Traced paths</source>
        <translation>Traced paths</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export diagram</source>
        <translation>Export diagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw.io diagram (*.drawio)</source>
        <translation>draw.io diagram (*.drawio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+70"/>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+70"/>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Reachability matrix for %1 port %2: sources in rows, destinations in columns, each cell coloured by its verdict as on the canvas.</source>
        <translation>Reachability matrix for %1 port %2: sources in rows, destinations in columns, each cell coloured by its verdict as on the canvas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML report (*.html);;Markdown report (*.md)</source>
        <translation>HTML report (*.html);;Markdown report (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_editing.cpp" line="+24"/>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply fix: %1</source>
        <translation>Apply fix: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Fix applied: %1 is now delivered; %n other flow(s) changed.</source>
        <translation>
            <numerusform>Fix applied: %1 is now delivered; %n other flow changed.</numerusform>
            <numerusform>Fix applied: %1 is now delivered; %n other flows changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fix applied: %1 is still not delivered; %n other flow(s) changed.</source>
        <translation>
            <numerusform>Fix applied: %1 is still not delivered; %n other flow changed.</numerusform>
            <numerusform>Fix applied: %1 is still not delivered; %n other flows changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_files.cpp" line="-56"/>
        <source>Untitled topology</source>
        <translation>Untitled topology</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_flows.cpp" line="-78"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_import.cpp" line="+52"/>
        <source>Nothing was imported; the document shown is unchanged</source>
        <translation>Nothing was imported; the document shown is unchanged</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import from Azure</source>
        <translation>Import from Azure</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Imported %1 VNets and %2 VMs; %n suggested checks added</source>
        <translation>
            <numerusform>Imported %1 VNets and %2 VMs; %n suggested check added</numerusform>
            <numerusform>Imported %1 VNets and %2 VMs; %n suggested checks added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n more left out: at most 50 of each kind)</source>
        <translation>
            <numerusform>(%n more left out: at most 50 of each kind)</numerusform>
            <numerusform>(%n more left out: at most 50 of each kind)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import an Azure folder</source>
        <translation>Import an Azure folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import from Azure files</source>
        <translation>Import from Azure files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure JSON (az or REST output, ARM templates, exports) (*.json);;All files (*)</source>
        <translation>Azure JSON (az or REST output, ARM templates, exports) (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already laid out automatically</source>
        <translation>Already laid out automatically</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic layout</source>
        <translation>Automatic layout</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_live_import.cpp" line="+39"/>
        <location line="+59"/>
        <location filename="../app/gui/main_window_service_tags.cpp" line="+105"/>
        <source>Azure Resource Manager at %1</source>
        <translation>Azure Resource Manager at %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Asking the Azure CLI for a token…</source>
        <translation>Asking the Azure CLI for a token…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <location filename="../app/gui/main_window_service_tags.cpp" line="-5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading from Azure…</source>
        <translation>Reading from Azure…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Read %n resources; %1 requests left</source>
        <translation>
            <numerusform>Read %n resource; %1 requests left</numerusform>
            <numerusform>Read %n resources; %1 requests left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import from Azure canceled; the document shown is unchanged</source>
        <translation>Import from Azure canceled; the document shown is unchanged</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing what was read…</source>
        <translation>Importing what was read…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_service_tags.cpp" line="-65"/>
        <source>The stored service tags (%1) cannot be read: only the platform tags are known</source>
        <translation>The stored service tags (%1) cannot be read: only the platform tags are known</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service tags: the platform tags only (no service tag file loaded)</source>
        <translation>Service tags: the platform tags only (no service tag file loaded)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Service tags: %1 cloud, change number %2, %n tag(s), loaded %3</source>
        <translation>
            <numerusform>Service tags: %1 cloud, change number %2, %n tag, loaded %3</numerusform>
            <numerusform>Service tags: %1 cloud, change number %2, %n tags, loaded %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the command line</source>
        <translation>from the command line</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update service tags from file</source>
        <translation>Update service tags from file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure service tags (ServiceTags_*.json *.json);;All files (*)</source>
        <translation>Azure service tags (ServiceTags_*.json *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+59"/>
        <source>The service tags cannot be kept in %1: %2</source>
        <translation>The service tags cannot be kept in %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>%1 (%n entry(ies) skipped)</source>
        <translation>
            <numerusform>%1 (%n entry skipped)</numerusform>
            <numerusform>%1 (%n entries skipped)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the service tags from Azure…</source>
        <translation>Reading the service tags from Azure…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the service tags canceled; nothing changed</source>
        <translation>Reading the service tags canceled; nothing changed</translation>
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
        <translation>Subnet</translation>
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
        <translation>ExpressRoute gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VPN gateway</source>
        <translation>VPN gateway</translation>
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
        <translation>NAT gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private endpoint</source>
        <translation>Private endpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal load balancer</source>
        <translation>Internal load balancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExpressRoute circuit</source>
        <translation>ExpressRoute circuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network security group</source>
        <translation>Network security group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route table</source>
        <translation>Route table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application security group</source>
        <translation>Application security group</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Drop it on a subnet (or, for an NSG, a VM) to associate a new %1 with it</source>
        <translation>Drop it on a subnet (or, for an NSG, a VM) to associate a new %1 with it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click, then click on the canvas to place a %1 — or drag it there</source>
        <translation>Click, then click on the canvas to place a %1 — or drag it there</translation>
    </message>
</context>
<context>
    <name>pathlight::ProblemsPanel</name>
    <message>
        <location filename="../views/panels/problems_panel.cpp" line="+35"/>
        <location line="+14"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Apply fix</source>
        <translation>Apply fix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy Azure CLI</source>
        <translation>Copy Azure CLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy PowerShell</source>
        <translation>Copy PowerShell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Bicep</source>
        <translation>Copy Bicep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Terraform</source>
        <translation>Copy Terraform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Windows guest commands</source>
        <translation>Copy Windows guest commands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Linux guest commands</source>
        <translation>Copy Linux guest commands</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>flow %1</source>
        <translation>flow %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alternative: %1</source>
        <translation>Alternative: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix (guest step): %1</source>
        <translation>Fix (guest step): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
</context>
<context>
    <name>pathlight::ReachabilityMatrix</name>
    <message>
        <location filename="../views/plots/reachability_matrix.cpp" line="+109"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to check yet.
Add VMs or sites: each row is a source, each column a destination.</source>
        <translation>Nothing to check yet.
Add VMs or sites: each row is a source, each column a destination.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 to itself: the packet does not leave the machine, so no route or NSG applies.</source>
        <translation>%1 to itself: the packet does not leave the machine, so no route or NSG applies.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2 (%3/%4): %5</source>
        <translation>%1 → %2 (%3/%4): %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seen as %1</source>
        <translation>seen as %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to show this flow</source>
        <translation>Click to show this flow</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Destination (the first %1)</source>
        <translation>Destination (the first %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
</context>
<context>
    <name>pathlight::RuleSetEditor</name>
    <message>
        <location filename="../views/editors/rule_set_editor.cpp" line="+47"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source ports</source>
        <translation>Source ports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination ports</source>
        <translation>Destination ports</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source ASGs</source>
        <translation>Source ASGs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination ASGs</source>
        <translation>Destination ASGs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address prefix</source>
        <translation>Address prefix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next hop type</source>
        <translation>Next hop type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next hop IP</source>
        <translation>Next hop IP</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Network security group %1</source>
        <translation>Network security group %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route table %1</source>
        <translation>Route table %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not propagate gateway routes (disableBgpRoutePropagation)</source>
        <translation>Do not propagate gateway routes (disableBgpRoutePropagation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Rules&lt;/b&gt; (lowest priority number first; the first match decides)</source>
        <translation>&lt;b&gt;Rules&lt;/b&gt; (lowest priority number first; the first match decides)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Routes&lt;/b&gt; (longest prefix wins; a route here beats BGP and system routes of the same length)</source>
        <translation>&lt;b&gt;Routes&lt;/b&gt; (longest prefix wins; a route here beats BGP and system routes of the same length)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Add rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add route</source>
        <translation>&amp;Add route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Remove rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove route</source>
        <translation>&amp;Remove route</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sort by priority</source>
        <translation>&amp;Sort by priority</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;span style=&apos;color:#777&apos;&gt;Default rules (Azure adds them to every NSG; they cannot be changed, only overridden by a lower number)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;Default rules (Azure adds them to every NSG; they cannot be changed, only overridden by a lower number)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>pathlight::ScenarioGallery</name>
    <message>
        <location filename="../views/panels/scenario_gallery.cpp" line="+105"/>
        <source>Welcome to Pathlight</source>
        <translation>Welcome to Pathlight</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New from scenario</source>
        <translation>New from scenario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Welcome to Pathlight&lt;/h2&gt;&lt;p&gt;Draw a hybrid Azure network and see where each flow goes: the route at every hop, each NSG decision, the address the destination sees, and what to change. The demo (scenario 1) is open behind this window; or start from one of the cases Pathlight was born from.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Pathlight&lt;/h2&gt;&lt;p&gt;Draw a hybrid Azure network and see where each flow goes: the route at every hop, each NSG decision, the address the destination sees, and what to change. The demo (scenario 1) is open behind this window; or start from one of the cases Pathlight was born from.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Open scenario</source>
        <translation>&amp;Open scenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a &amp;file…</source>
        <translation>Open a &amp;file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start with the demo</source>
        <translation>&amp;Start with the demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this window at startup</source>
        <translation>Show this window at startup</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The problem</source>
        <translation>The problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you will learn</source>
        <translation>What you will learn</translation>
    </message>
</context>
<context>
    <name>pathlight::StepBar</name>
    <message>
        <location filename="../views/panels/step_bar.cpp" line="+16"/>
        <location line="+41"/>
        <source>Step through</source>
        <translation>Step through</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select a flow, then step through it hop by hop.</source>
        <translation>Select a flow, then step through it hop by hop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2, %3 port %4. Press Step or Play.</source>
        <translation>%1 → %2, %3 port %4. Press Step or Play.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 → %3, %4 port %5. Press Step or Play.</source>
        <translation>%1: %2 → %3, %4 port %5. Press Step or Play.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hop %1 of %2: %3</source>
        <translation>Hop %1 of %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NSG: %1.</source>
        <translation>NSG: %1.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Reply %1 of %2: %3</source>
        <translation>Reply %1 of %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verdict: %1.</source>
        <translation>Verdict: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination sees the source as %1.</source>
        <translation>The destination sees the source as %1.</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+119"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>pathlight::TopologyScene</name>
    <message>
        <location filename="../views/canvas/topology_scene.cpp" line="+89"/>
        <source>An empty design. Choose an object in the Palette and click here to place it (a VNet first), or open one: File ▸ New from scenario…, File ▸ Open example.</source>
        <translation>An empty design. Choose an object in the Palette and click here to place it (a VNet first), or open one: File ▸ New from scenario…, File ▸ Open example.</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+55"/>
        <source>Source translated: %1 → %2</source>
        <translation>Source translated: %1 → %2</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>seen as %1</source>
        <translation>seen as %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>R%1</source>
        <translation>R%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reply</source>
        <translation>reply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>back to the client</source>
        <translation>back to the client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply of %1</source>
        <translation>Reply of %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 — click for the fixes</source>
        <translation>%1 — click for the fixes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — click for the alternatives</source>
        <translation>%1 — click for the alternatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — click for details</source>
        <translation>%1 — click for details</translation>
    </message>
</context>
</TS>
