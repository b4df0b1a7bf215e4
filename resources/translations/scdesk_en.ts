<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ActionsTab</name>
        <message numerus="yes">
            <source>%n action(s) carried over: mark what was done or dropped.</source>
            <translation>
                <numerusform>%n action carried over: mark what was done or dropped.</numerusform>
                <numerusform>%n actions carried over: mark what was done or dropped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message numerus="yes">
            <source>%n activity(s)</source>
            <translation>
                <numerusform>%n activity</numerusform>
                <numerusform>%n activities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CitiesPage</name>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n city</numerusform>
                <numerusform>%n cities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%n probable duplicate(s) scoring {score} or more</source>
            <translation>
                <numerusform>%n probable duplicate scoring {score} or more</numerusform>
                <numerusform>%n probable duplicates scoring {score} or more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at: scdesk duplicates lists them</source>
            <translation>
                <numerusform>%n pair of probable duplicates to look at: scdesk duplicates lists it</numerusform>
                <numerusform>%n pairs of probable duplicates to look at: scdesk duplicates lists them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of {table} have no audit entry</source>
            <translation>
                <numerusform>%n row of {table} has no audit entry</numerusform>
                <numerusform>%n rows of {table} have no audit entry</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n pair(s) of probable duplicates counted here are not settled yet; `scdesk duplicates` lists them.</source>
            <translation>
                <numerusform>Warning: %n pair of probable duplicates counted here is not settled yet; `scdesk duplicates` lists it.</numerusform>
                <numerusform>Warning: %n pairs of probable duplicates counted here are not settled yet; `scdesk duplicates` lists them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n record(s) counted here break a rule after edits on two devices and wait for review (counted as they stand); `scdesk conflicts` lists them.</source>
            <translation>
                <numerusform>Warning: %n record counted here breaks a rule after edits on two devices and waits for review (counted as it stands); `scdesk conflicts` lists it.</numerusform>
                <numerusform>Warning: %n records counted here break a rule after edits on two devices and wait for review (counted as they stand); `scdesk conflicts` lists them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: fix the %n problem(s) above and import the file again.</source>
            <extracomment>Translators: %n is how many problems were listed above.</extracomment>
            <translation>
                <numerusform>Nothing was imported: fix the %n problem above and import the file again.</numerusform>
                <numerusform>Nothing was imported: fix the %n problems above and import the file again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommitteesPage</name>
        <message numerus="yes">
            <source>%n committee(s)</source>
            <translation>
                <numerusform>%n committee</numerusform>
                <numerusform>%n committees</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CooperationPage</name>
        <message numerus="yes">
            <source>%n raising(s) with national bodies</source>
            <translation>
                <numerusform>%n raising with national bodies</numerusform>
                <numerusform>%n raisings with national bodies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates counted here are not settled yet: some figures may count a person, event or city twice. The Duplicates page lists them.</source>
            <translation>
                <numerusform>%n pair of probable duplicates counted here is not settled yet: some figures may count a person, event or city twice. The Duplicates page lists it.</numerusform>
                <numerusform>%n pairs of probable duplicates counted here are not settled yet: some figures may count a person, event or city twice. The Duplicates page lists them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) counted here break a rule after edits on two devices and wait for review; they are counted as they stand. The Sync page's conflicts list them.</source>
            <translation>
                <numerusform>%n record counted here breaks a rule after edits on two devices and waits for review; it is counted as it stands. The Sync page's conflicts list it.</numerusform>
                <numerusform>%n records counted here break a rule after edits on two devices and wait for review; they are counted as they stand. The Sync page's conflicts list them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message numerus="yes">
            <source>%n pair(s) to look at</source>
            <translation>
                <numerusform>%n pair to look at</numerusform>
                <numerusform>%n pairs to look at</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) differed: the other values wait for review on the Sync page's Conflicts tab.</source>
            <translation>
                <numerusform>%n field differed: the other value waits for review on the Sync page's Conflicts tab.</numerusform>
                <numerusform>%n fields differed: the other values wait for review on the Sync page's Conflicts tab.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n finding</numerusform>
                <numerusform>%n findings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n unsynced change(s)</source>
            <translation>
                <numerusform>%n unsynced change</numerusform>
                <numerusform>%n unsynced changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n organisation</numerusform>
                <numerusform>%n organisations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message numerus="yes">
            <source>Ready: %n page(s)</source>
            <translation>
                <numerusform>Ready: %n page</numerusform>
                <numerusform>Ready: %n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer</source>
            <translation>
                <numerusform>Sent %n page to the printer</numerusform>
                <numerusform>Sent %n pages to the printer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n city</numerusform>
                <numerusform>%n cities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n committee meeting(s)</source>
            <translation>
                <numerusform>%n committee meeting</numerusform>
                <numerusform>%n committee meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consultation(s)</source>
            <translation>
                <numerusform>%n consultation</numerusform>
                <numerusform>%n consultations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>%n workshop</numerusform>
                <numerusform>%n workshops</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n roundtable(s)</source>
            <translation>
                <numerusform>%n roundtable</numerusform>
                <numerusform>%n roundtables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training session(s)</source>
            <translation>
                <numerusform>%n training session</numerusform>
                <numerusform>%n training sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n summit(s)</source>
            <translation>
                <numerusform>%n summit</numerusform>
                <numerusform>%n summits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other event(s)</source>
            <translation>
                <numerusform>%n other event</numerusform>
                <numerusform>%n other events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n youth activity(s)</source>
            <translation>
                <numerusform>%n youth activity</numerusform>
                <numerusform>%n youth activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them were women and girls ({share}%).</source>
            <extracomment>Translators: {share} is a percentage of the people engaged.</extracomment>
            <translation>
                <numerusform>%n of them was a woman or girl ({share}%).</numerusform>
                <numerusform>%n of them were women and girls ({share}%).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n young people under 25 were reached.</source>
            <translation>
                <numerusform>%n young person under 25 was reached.</numerusform>
                <numerusform>%n young people under 25 were reached.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mayors and local leaders took part.</source>
            <translation>
                <numerusform>%n mayor or local leader took part.</numerusform>
                <numerusform>%n mayors and local leaders took part.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cities joined the network in the period.</source>
            <translation>
                <numerusform>%n city joined the network in the period.</numerusform>
                <numerusform>%n cities joined the network in the period.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <extracomment>Translators: %n is how many days ago the action fell due.</extracomment>
            <translation>
                <numerusform>%n day late</numerusform>
                <numerusform>%n days late</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message numerus="yes">
            <source>%n grant(s)</source>
            <translation>
                <numerusform>%n grant</numerusform>
                <numerusform>%n grants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of expert advice</source>
            <translation>
                <numerusform>%n piece of expert advice</numerusform>
                <numerusform>%n pieces of expert advice</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert(s)</source>
            <translation>
                <numerusform>%n expert</numerusform>
                <numerusform>%n experts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) merged</source>
            <translation>
                <numerusform>%n file merged</numerusform>
                <numerusform>%n files merged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already merged</source>
            <translation>
                <numerusform>%n already merged</numerusform>
                <numerusform>%n already merged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not imported</source>
            <translation>
                <numerusform>%n not imported</numerusform>
                <numerusform>%n not imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at.</source>
            <translation>
                <numerusform>%n pair of probable duplicates to look at.</numerusform>
                <numerusform>%n pairs of probable duplicates to look at.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s) found; {first}</source>
            <translation>
                <numerusform>Nothing was imported: %n problem found; {first}</numerusform>
                <numerusform>Nothing was imported: %n problems found; {first}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message numerus="yes">
            <source>%n deleted record(s)</source>
            <translation>
                <numerusform>%n deleted record</numerusform>
                <numerusform>%n deleted records</numerusform>
            </translation>
        </message>
    </context>
</TS>
