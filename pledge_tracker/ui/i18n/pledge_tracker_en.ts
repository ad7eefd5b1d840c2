<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsModel</name>
    <message numerus="yes">
        <source>⚠ {0} — overdue by %n day(s)</source>
        <translation>
            <numerusform>⚠ {0} — overdue by %n day</numerusform>
            <numerusform>⚠ {0} — overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message numerus="yes">
        <source>%n action(s) · ⚠ {0} overdue</source>
        <translation>
            <numerusform>%n action · ⚠ {0} overdue</numerusform>
            <numerusform>%n actions · ⚠ {0} overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) · none overdue</source>
        <translation>
            <numerusform>%n action · none overdue</numerusform>
            <numerusform>%n actions · none overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message numerus="yes">
        <source>{0} of %n item(s) cited</source>
        <translation>
            <numerusform>{0} of %n item cited</numerusform>
            <numerusform>{0} of %n items cited</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n row(s) will be added;</source>
        <translation>
            <numerusform>%n row will be added;</numerusform>
            <numerusform>%n rows will be added;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (is/are) already present and will be skipped.</source>
        <translation>
            <numerusform>%n is already present and will be skipped.</numerusform>
            <numerusform>%n are already present and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n row(s) have errors, so nothing can be imported (the first: row {0}, {1}). Correct the file, then go back and choose it again.</source>
        <translation>
            <numerusform>✖ %n row has an error, so nothing can be imported (row {0}, {1}). Correct the file, then go back and choose it again.</numerusform>
            <numerusform>✖ %n rows have errors, so nothing can be imported (the first: row {0}, {1}). Correct the file, then go back and choose it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The package will add {0}. %n record(s) differ here and in the package: each is kept as it is here unless you tick the package&apos;s version.</source>
        <translation>
            <numerusform>The package will add {0}. %n record differs here and in the package: it is kept as it is here unless you tick the package&apos;s version.</numerusform>
            <numerusform>The package will add {0}. %n records differ here and in the package: each is kept as it is here unless you tick the package&apos;s version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message numerus="yes">
        <source>%n need(s) review (stale evidence)</source>
        <translation>
            <numerusform>%n needs review (stale evidence)</numerusform>
            <numerusform>%n need review (stale evidence)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message numerus="yes">
        <source>%n supporter(s) bound by it, as of {0}:</source>
        <translation>
            <numerusform>%n supporter bound by it, as of {0}:</numerusform>
            <numerusform>%n supporters bound by it, as of {0}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n of these judgements need(s) review (stale evidence).</source>
        <translation>
            <numerusform>⚑ %n of these judgements needs review (stale evidence).</numerusform>
            <numerusform>⚑ %n of these judgements need review (stale evidence).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wording of %n commitment(s) is now marked verified.</source>
        <translation>
            <numerusform>The wording of %n commitment is now marked verified.</numerusform>
            <numerusform>The wording of %n commitments is now marked verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrosswalkView</name>
    <message numerus="yes">
        <source>%n instrument(s)</source>
        <translation>
            <numerusform>%n instrument</numerusform>
            <numerusform>%n instruments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message numerus="yes">
        <source>%n evidence item(s) cited</source>
        <translation>
            <numerusform>%n evidence item cited</numerusform>
            <numerusform>%n evidence items cited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%n framework(s)</source>
        <translation>
            <numerusform>%n framework</numerusform>
            <numerusform>%n frameworks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s)</source>
        <translation>
            <numerusform>%n supporter</numerusform>
            <numerusform>%n supporters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidence item</numerusform>
            <numerusform>%n evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation>
            <numerusform>%n sighting</numerusform>
            <numerusform>%n sightings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present (skipped).</source>
        <translation>
            <numerusform>%n already present (skipped).</numerusform>
            <numerusform>%n already present (skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: merged, added {1}; %n already present</source>
        <translation>
            <numerusform>{0}: merged, added {1}; %n already present</numerusform>
            <numerusform>{0}: merged, added {1}; %n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differed: {0} taken from the package, {1} kept as here, {2} unresolved</source>
        <translation>
            <numerusform>%n record differed: {0} taken from the package, {1} kept as here, {2} unresolved</numerusform>
            <numerusform>%n records differed: {0} taken from the package, {1} kept as here, {2} unresolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message numerus="yes">
        <source>%n published figure(s)</source>
        <translation>
            <numerusform>%n published figure</numerusform>
            <numerusform>%n published figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidence item</numerusform>
            <numerusform>%n evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s)</source>
        <translation>
            <numerusform>%n supporter</numerusform>
            <numerusform>%n supporters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation>
            <numerusform>%n sighting</numerusform>
            <numerusform>%n sightings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
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
        <source>Loaded %n public example evidence item(s) and the demonstration assessments that cite them; each is marked as demonstration data.</source>
        <translation>
            <numerusform>Loaded %n public example evidence item and the demonstration assessments that cite it; each is marked as demonstration data.</numerusform>
            <numerusform>Loaded %n public example evidence items and the demonstration assessments that cite them; each is marked as demonstration data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message numerus="yes">
        <source>%n supporter(s) · score {0} · coverage {1}</source>
        <translation>
            <numerusform>%n supporter · score {0} · coverage {1}</numerusform>
            <numerusform>%n supporters · score {0} · coverage {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>{0}{1}: %n row(s).</source>
        <translation>
            <numerusform>{0}{1}: %n row.</numerusform>
            <numerusform>{0}{1}: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}{1}: %n rows. The first {2} are shown.</source>
        <translation>
            <numerusform>{0}{1}: %n rows. The first {2} are shown.</numerusform>
            <numerusform>{0}{1}: %n rows. The first {2} are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <source>{0}: %n page(s). Save or print it from here.</source>
        <translation>
            <numerusform>{0}: %n page. Save or print it from here.</numerusform>
            <numerusform>{0}: %n pages. Save or print it from here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportersModel</name>
    <message numerus="yes">
        <source>{0} of %n applicable commitment(s) assessed</source>
        <translation>
            <numerusform>{0} of %n applicable commitment assessed</numerusform>
            <numerusform>{0} of %n applicable commitments assessed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportersView</name>
    <message numerus="yes">
        <source>{0} of %n supporter(s)</source>
        <translation>
            <numerusform>{0} of %n supporter</numerusform>
            <numerusform>{0} of %n supporters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakedownView</name>
    <message numerus="yes">
        <source>%n sighting(s) as of {0} UTC.</source>
        <translation>
            <numerusform>%n sighting as of {0} UTC.</numerusform>
            <numerusform>%n sightings as of {0} UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still online, oldest first (addresses defanged): %n cop(ies)</source>
        <translation>
            <numerusform>Still online, oldest first (addresses defanged): %n copy</numerusform>
            <numerusform>Still online, oldest first (addresses defanged): %n copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
</TS>
