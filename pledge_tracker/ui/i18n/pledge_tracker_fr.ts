<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>e.g. Publish the first transparency report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished">Soutien</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished">Engagement</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Choose a supporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no particular commitment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {0} — overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>✓ Done {0}</source>
        <translation>✓ Faite le {0}</translation>
    </message>
    <message>
        <source>Overdue: was due {0}</source>
        <translation>En retard&#xa0;: échéance le {0}</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Search supporter, commitment or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide actions that are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Actions</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) · ⚠ {0} overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) · none overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivationDialog</name>
    <message>
        <source>Edit protocol activation</source>
        <translation>Modifier l&apos;activation de protocole</translation>
    </message>
    <message>
        <source>Add protocol activation</source>
        <translation>Ajouter une activation de protocole</translation>
    </message>
    <message>
        <source>One link a line: https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished">Protocole</translation>
    </message>
    <message>
        <source>&amp;Activated ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>You can open another database or create a new one.</source>
        <translation>Vous pouvez ouvrir une autre base de données ou en créer une nouvelle.</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup of {0}</source>
        <translation>&amp;Restaurer la sauvegarde du {0}</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Ouvrir une autre…</translation>
    </message>
    <message>
        <source>Create &amp;New…</source>
        <translation>Créer une &amp;nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Restored the backup of {0}. Changes made after it are not in the restored database. The damaged file was kept as {1}.</source>
        <translation>La sauvegarde du {0} a été restaurée. Les modifications faites après elle ne figurent pas dans la base restaurée. Le fichier endommagé a été conservé sous le nom {1}.</translation>
    </message>
</context>
<context>
    <name>AsOfControl</name>
    <message>
        <source>As-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every supporter&apos;s standing as it was on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today&apos;s standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today&apos;s standing (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Record Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this level? Cite what you relied on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the assessment cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date: the date the judgement describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date this judgement describes (not today&apos;s date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the evidence listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search evidence to cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence to cite: press Space to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new evidence item for this supporter and commitment, and cite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is linked to this supporter or commitment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n item(s) cited</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a rationale: say why you chose this level (required for every level but Not assessed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>The attachment cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file as an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be attached: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundLoader</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckListPicker</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} ticked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each row would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep All as Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take All from the Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row (nothing is written)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be added;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (is/are) already present and will be skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n row(s) have errors, so nothing can be imported (the first: row {0}, {1}). Correct the file, then go back and choose it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This database is empty: the package will be restored exactly ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package will add {0}. Nothing differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The package will add {0}. %n record(s) differ here and in the package: each is kept as it is here unless you tick the package&apos;s version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX spreadsheet of supporters, evidence, assessments, actions or sightings, or a .zip data package exported by Pledge Tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path/to/file.csv, .xlsx or .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an Empty &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a new spreadsheet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until the last step: you will see a preview, match the columns, and check what every row would do first. An import adds all its rows or none, and rows already present are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and data packages (*.csv *.xlsx *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentGroup</name>
    <message>
        <source>Governments</source>
        <translation>Gouvernements</translation>
    </message>
    <message>
        <source>Online service providers</source>
        <translation>Fournisseurs de services en ligne</translation>
    </message>
    <message>
        <source>Governments and providers together</source>
        <translation>Gouvernements et fournisseurs ensemble</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Supporters&apos; levels</source>
        <translation>Niveaux des soutiens</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalués</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Vérifié</translation>
    </message>
    <message>
        <source>⚠ Not yet verified</source>
        <translation>⚠ Pas encore vérifié</translation>
    </message>
    <message>
        <source>{0} not assessed</source>
        <translation>{0} non évalués</translation>
    </message>
    <message>
        <source>no supporter bound</source>
        <translation>aucun soutien lié</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review (stale evidence)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verified by {0} on {1} against: {2}</source>
        <translation>Vérifié par {0} le {1} sur&#xa0;: {2}</translation>
    </message>
    <message>
        <source>A reconstruction not yet compared with the official text</source>
        <translation>Une reconstitution pas encore comparée au texte officiel</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>a reconstruction, not yet compared with the official text</source>
        <translation>une reconstitution, pas encore comparée au texte officiel</translation>
    </message>
    <message>
        <source>by {0} on {1}, against: {2}</source>
        <translation>par {0} le {1}, sur&#xa0;: {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s) bound by it, as of {0}:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n of these judgements need(s) review (stale evidence).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, title or wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished">Engagements</translation>
    </message>
    <message>
        <source>Selected commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a commitment to read its wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;wording / verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected commitment&apos;s wording or mark it verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load official text from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every commitment&apos;s official wording from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels as of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Official Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets with columns code and wording (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which official text is this (site or document, and date)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Text Not Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Text Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The wording of %n commitment(s) is now marked verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Date joined</source>
        <translation>Date d&apos;adhésion</translation>
    </message>
    <message>
        <source>Join date precision</source>
        <translation>Précision de la date d&apos;adhésion</translation>
    </message>
    <message>
        <source>Founding supporter</source>
        <translation>Soutien fondateur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Lien de la source</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Effective date precision</source>
        <translation>Précision de la date d&apos;effet</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Period precision</source>
        <translation>Précision de la période</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Juridictions</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Sanctions</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Verified against</source>
        <translation>Vérifié sur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet enregistrement</translation>
    </message>
    <message>
        <source>Since you opened it, someone else saved a change to this record. Compare the two versions (the fields that differ are highlighted) and choose which to keep. Nothing is lost: the other version stays in the audit history.</source>
        <translation>Depuis que vous l&apos;avez ouvert, quelqu&apos;un d&apos;autre a enregistré une modification de cet enregistrement. Comparez les deux versions (les champs qui diffèrent sont surlignés) et choisissez celle à garder. Rien n&apos;est perdu&#xa0;: l&apos;autre version reste dans l&apos;historique d&apos;audit.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Save your version over theirs</source>
        <translation>Enregistrer votre version à la place de la leur</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>Discard your edit and keep the stored version</source>
        <translation>Abandonner votre modification et garder la version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Retour au formulaire</translation>
    </message>
    <message>
        <source>Your version and the stored version</source>
        <translation>Votre version et la version enregistrée</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your team&apos;s shared database on a PostgreSQL server. The password is used for this connection only and is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password for {0}.</source>
        <translation>Le serveur a refusé le mot de passe de {0}.</translation>
    </message>
    <message>
        <source>The server has no database named {0}.</source>
        <translation>Le serveur n&apos;a pas de base de données nommée {0}.</translation>
    </message>
    <message>
        <source>The server {0} cannot be reached: is it running, and are its name and port right?</source>
        <translation>Le serveur {0} est injoignable&#xa0;: est-il démarré, et son nom et son port sont-ils exacts&#xa0;?</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>Connexion impossible&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>CornerLabels</name>
    <message>
        <source>Supporter</source>
        <translation type="unfinished">Soutien</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished">Couverture</translation>
    </message>
</context>
<context>
    <name>CrisisResponseDialog</name>
    <message>
        <source>Crisis response: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1} ({2}). Hours are counted from the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished">Protocole</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished">Soutien</translation>
    </message>
    <message>
        <source>First action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.1f} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”? The audit log keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrosswalkView</name>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments and the commitments they implement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments binding each government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add instrument…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport crosswalk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Catégorie</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation type="unfinished">Juridictions</translation>
    </message>
    <message>
        <source>Status on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implements {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instrument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Instruments binding each government on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>† not verified in the reference sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished">Gouvernement</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished">Instruments</translation>
    </message>
    <message>
        <source> (as a member of {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected instrument? The audit log keeps a record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Compare with the standing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier date of the chart of what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter shared with the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar, line or cell to open the matrix narrowed to it; right-click to save the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, for the supporters the matrix filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, for every active supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image, 200 dpi (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>A date is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demonstration data</source>
        <translation type="unfinished">Données de démonstration</translation>
    </message>
    <message>
        <source>Demonstration data — not real assessments. The judgements and evidence marked as demonstration are public examples loaded from the Help menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>as of {0}</source>
        <translation>au {0}</translation>
    </message>
    <message>
        <source>effective {0}</source>
        <translation>en vigueur le {0}</translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>par {0}</translation>
    </message>
    <message>
        <source>Needs review: the evidence behind this judgement is older than the freshness age.</source>
        <translation>À réexaminer&#xa0;: la preuve de ce jugement est plus ancienne que la durée de fraîcheur.</translation>
    </message>
    <message>
        <source>This supporter is not bound by this commitment.</source>
        <translation>Ce soutien n&apos;est pas lié par cet engagement.</translation>
    </message>
    <message>
        <source>Commitment wording</source>
        <translation>Texte de l&apos;engagement</translation>
    </message>
    <message>
        <source>Verified by {0} on {1} against {2}</source>
        <translation>Vérifié par {0} le {1} sur {2}</translation>
    </message>
    <message>
        <source>Wording not yet verified against the official text</source>
        <translation>Texte pas encore vérifié sur le texte officiel</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non relu</translation>
    </message>
    <message>
        <source>Reviewed by {0} on {1}</source>
        <translation>Relu par {0} le {1}</translation>
    </message>
    <message>
        <source>Supporter&apos;s reply ({0}): {1}</source>
        <translation>Réponse du soutien ({0})&#xa0;: {1}</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Historique des évaluations</translation>
    </message>
    <message>
        <source>No judgement recorded yet.</source>
        <translation>Aucun jugement enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{0} confidence</source>
        <translation>confiance {0}</translation>
    </message>
    <message>
        <source>after the as-of date</source>
        <translation>après la date de référence</translation>
    </message>
    <message>
        <source>demonstration data</source>
        <translation>données de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) cited</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>No evidence linked to this supporter and commitment.</source>
        <translation>Aucune preuve liée à ce soutien et à cet engagement.</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>aucune source indiquée</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>cité</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>échéance le {0}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Record assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a judgement for this cell (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an assessment for this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence linked to this cell (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence for this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you, a second officer, checked this judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the shown judgement reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the supporter&apos;s reply to this judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the supporter&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell of the matrix to see the commitment&apos;s wording, the assessment history and the evidence behind it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNameDialog</name>
    <message>
        <source>Welcome to Pledge Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is recorded with every assessment you make and every change you save, so that readers know who judged what. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Aroha Ngata, DPMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Pledge Tracker</source>
        <translation>Pledge Tracker</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>The details were written to {0}.</source>
        <translation>Les détails ont été écrits dans {0}.</translation>
    </message>
    <message>
        <source>The log file could not be written; the details are below.</source>
        <translation>Le journal n&apos;a pas pu être écrit&#xa0;; les détails figurent ci-dessous.</translation>
    </message>
    <message>
        <source>Something went wrong that Pledge Tracker did not expect: {0}

Nothing half-done was saved, and you can carry on working. {1}</source>
        <translation>Un problème que Pledge Tracker n&apos;attendait pas est survenu&#xa0;: {0}

Rien d&apos;inachevé n&apos;a été enregistré, et vous pouvez continuer à travailler. {1}</translation>
    </message>
</context>
<context>
    <name>EventCategory</name>
    <message>
        <source>Call milestone</source>
        <translation>Étape de l&apos;Appel</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>Législation</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <source>Crisis response</source>
        <translation>Réponse aux crises</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Application de la loi</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>Intergouvernemental</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>Advisory network</source>
        <translation>Réseau consultatif</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>Algorithmes</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Mois seulement</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Année seulement</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>S&amp;upporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence citing i&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One link a line: https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified against its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">Vérifié</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Date de fin</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Catégorie</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Summ&amp;ary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Résumé</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence</source>
        <translation>Modifier la preuve</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Restricte&amp;d: leave out of public reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished">Restreint</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summ&amp;ary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Résumé</translation>
    </message>
    <message>
        <source>Source &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source name</source>
        <translation type="unfinished">Nom de la source</translation>
    </message>
    <message>
        <source>Source &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source link</source>
        <translation type="unfinished">Lien de la source</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrieved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relia&amp;bility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>S&amp;upporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files anywhere on this dialog to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (stored inside the database, named by SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one date (effective, published or retrieved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceFilterBar</name>
    <message>
        <source>Search title, summary, source and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public and restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 Restricted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished">Soutien</translation>
    </message>
    <message>
        <source>Co&amp;mmitment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished">Engagement</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public or restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any commitment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceKind</name>
    <message>
        <source>Legislation</source>
        <translation>Législation</translation>
    </message>
    <message>
        <source>Policy change</source>
        <translation>Changement de politique</translation>
    </message>
    <message>
        <source>Transparency report</source>
        <translation>Rapport de transparence</translation>
    </message>
    <message>
        <source>Technical measure</source>
        <translation>Mesure technique</translation>
    </message>
    <message>
        <source>Independent assessment</source>
        <translation>Évaluation indépendante</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>Article de presse</translation>
    </message>
    <message>
        <source>Self report</source>
        <translation>Auto-déclaration</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>{0} +{1}</source>
        <translation>{0} +{1}</translation>
    </message>
    <message>
        <source>🔒 Restricted</source>
        <translation>🔒 Restreint</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Effective {0}</source>
        <translation>En vigueur le {0}</translation>
    </message>
    <message>
        <source>Published {0}</source>
        <translation>Publié le {0}</translation>
    </message>
    <message>
        <source>Retrieved {0}</source>
        <translation>Consulté le {0}</translation>
    </message>
    <message>
        <source>
(Demonstration data)</source>
        <translation>
(Données de démonstration)</translation>
    </message>
    <message>
        <source>Restricted: left out of public reports</source>
        <translation>Restreint&#xa0;: exclu des rapports publics</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>(no link)</source>
        <translation>(aucun lien)</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <source>Only http and https source links open in the browser. This one was not opened:</source>
        <translation>Seuls les liens de source http et https s&apos;ouvrent dans le navigateur. Celui-ci n&apos;a pas été ouvert&#xa0;:</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>🔒 Restricted: left out of public reports</source>
        <translation>🔒 Restreint&#xa0;: exclu des rapports publics</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>aucune source enregistrée</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Supporters:</source>
        <translation>Soutiens&#xa0;:</translation>
    </message>
    <message>
        <source>Commitments:</source>
        <translation>Engagements&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected item&apos;s source link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} items match · searched in {1:.2f} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Pledge Tracker data package (*.zip)</source>
        <translation>Paquet de données Pledge Tracker (*.zip)</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <source>Export Assessments as of {0}</source>
        <translation>Exporter les évaluations au {0}</translation>
    </message>
    <message>
        <source>Export Matrix as of {0}</source>
        <translation>Exporter la matrice au {0}</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>Export Data Package</source>
        <translation>Exporter un paquet de données</translation>
    </message>
    <message>
        <source>Save Import Template</source>
        <translation>Enregistrer un modèle d&apos;import</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name or country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search supporters by name or country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fou&amp;nding only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the founding supporters of the Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inactive too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show supporters that have been deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (A–Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (highest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage (highest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date joined (earliest first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsBox</name>
    <message>
        <source>The briefing&apos;s key findings, one per paragraph (blank line between them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the findings saved for this language, period and scope, or a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;findings (briefing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting the key findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the findings, then generate the briefing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundHow</name>
    <message>
        <source>Own search</source>
        <translation>Recherche propre</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Signalement reçu</translation>
    </message>
    <message>
        <source>Removal order</source>
        <translation>Injonction de retrait</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>In the matrix: arrow keys move between cells, Enter records an assessment, Tab moves on to the detail panel.</source>
        <translation>Dans la matrice&#xa0;: les flèches déplacent d&apos;une case à l&apos;autre, Entrée enregistre une évaluation, Tab passe au panneau de détail.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Pledge Tracker</source>
        <translation>À propos de Pledge Tracker</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pledge Tracker {0}&lt;/b&gt;&lt;p&gt;Holds the Christchurch Call&apos;s supporters to account: assessments, evidence, charts and printed scorecards.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Pledge Tracker {0}&lt;/b&gt;&lt;p&gt;Demande des comptes aux soutiens de l&apos;Appel de Christchurch&#xa0;: évaluations, preuves, graphiques et fiches imprimées.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%n framework(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: imported {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already present (skipped).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: restored into an empty database ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}: merged, added {1}; %n already present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differed: {0} taken from the package, {1} kept as here, {2} unresolved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations de protocole</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chiffres publiés</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>Erreur inattendue&#xa0;: {0}</translation>
    </message>
    <message>
        <source>✚ Add</source>
        <translation>✚ Ajouter</translation>
    </message>
    <message>
        <source>＝ Already present</source>
        <translation>＝ Déjà présent</translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation>✖ Erreur</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What differs (here → package)</source>
        <translation>Différences (ici → paquet)</translation>
    </message>
    <message>
        <source>Take package&apos;s version</source>
        <translation>Prendre la version du paquet</translation>
    </message>
    <message>
        <source>Package&apos;s</source>
        <translation>Celle du paquet</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Garder celle-ci</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Edit incident</source>
        <translation>Modifier l&apos;incident</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished">Fuseau horaire</translation>
    </message>
    <message>
        <source>One link a line: https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>&amp;When (local):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}” with its protocol activations and supporter responses? Its sightings stay, unlinked. The audit log keeps what it said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentMenu</name>
    <message>
        <source>I&amp;ncident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis response…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished">Incident</translation>
    </message>
    <message>
        <source>No incident recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Edit published figure</source>
        <translation>Modifier le chiffre publié</translation>
    </message>
    <message>
        <source>Add published figure</source>
        <translation>Ajouter un chiffre publié</translation>
    </message>
    <message>
        <source>e.g. removal orders received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as published, e.g. 1,250 or 97.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished">Soutien</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished">Mesure</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished">Chiffre</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unité</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates &amp;known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">Publié</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Choose a supporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the evidence item it comes from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the evidence item the figure comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <source>Supporter whose figures are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search metric, unit or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a published figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n published figure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <source>Edit instrument</source>
        <translation>Modifier l&apos;instrument</translation>
    </message>
    <message>
        <source>Add instrument</source>
        <translation>Ajouter un instrument</translation>
    </message>
    <message>
        <source>e.g. Online Safety Act 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. European Union; or a country&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Catégorie</translation>
    </message>
    <message>
        <source>&amp;Jurisdictions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation type="unfinished">Juridictions</translation>
    </message>
    <message>
        <source>&amp;Adopted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplies from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck &amp;down:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repealed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no decision recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One link a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck down &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was struck down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Obligations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;nalties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation type="unfinished">Sanctions</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Sources</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Résumé</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>&amp;Verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished">Vérifié</translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmitments it implements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters it &amp;binds directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentKind</name>
    <message>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Décision de justice</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code de conduite</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
</context>
<context>
    <name>InstrumentStatus</name>
    <message>
        <source>Not yet applicable</source>
        <translation>Pas encore applicable</translation>
    </message>
    <message>
        <source>Adopted (date in force not recorded)</source>
        <translation>Adopté (date d&apos;entrée en vigueur non enregistrée)</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Struck down</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Repealed</source>
        <translation>Abrogé</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Complete</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Substantiel</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limité</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>En recul</translation>
    </message>
    <message>
        <source>No evidence found</source>
        <translation>Aucune preuve trouvée</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>LevelLegend</name>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} recorded {1}</source>
        <translation>{0} a enregistré {1}</translation>
    </message>
    <message>
        <source>{0} added {1}</source>
        <translation>{0} a ajouté {1}</translation>
    </message>
    <message>
        <source>{0} imported {1}</source>
        <translation>{0} a importé {1}</translation>
    </message>
    <message>
        <source>{0} deleted {1}</source>
        <translation>{0} a supprimé {1}</translation>
    </message>
    <message>
        <source>{0} withdrew {1}</source>
        <translation>{0} a retiré {1}</translation>
    </message>
    <message>
        <source>{0} reviewed {1}</source>
        <translation>{0} a relu {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A colleague changed the record</source>
        <translation>Un collègue a modifié l&apos;enregistrement</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collègue</translation>
    </message>
    <message>
        <source>{0} changed {1}</source>
        <translation>{0} a modifié {1}</translation>
    </message>
    <message>
        <source>, and more</source>
        <translation>, et d&apos;autres</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <translation type="unfinished">Vues</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evi&amp;dence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross&amp;walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;kedown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Demonstration Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pledge Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another user&apos;s change to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: this cannot be undone, so Undo starts again from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes signed as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished">Nouvelle base de données</translation>
    </message>
    <message>
        <source>{0} already exists. To use it, open it with File → Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished">Ouvrir une base de données</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n public example evidence item(s) and the demonstration assessments that cite them; each is marked as demonstration data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The demonstration data is already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading it cannot be undone; Undo starts again from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns marked * are required. Columns left unmatched are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column of the file is matched twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>{0}, score {1}, coverage {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Needs review: its evidence is older than the freshness age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording not yet verified against the official text</source>
        <translation type="unfinished">Texte pas encore vérifié sur le texte officiel</translation>
    </message>
    <message>
        <source>Founding supporter</source>
        <translation type="unfinished">Soutien fondateur</translation>
    </message>
    <message>
        <source> (inferred, not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {0} · coverage {1} ({2} of {3} assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixTable</name>
    <message>
        <source>Accountability matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters in rows, commitments in columns; press Enter to record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Updating the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the supporters shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a judgement for the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence for the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;As-of Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s) · score {0} · coverage {1}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenExternal</name>
    <message>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <source>No program on this computer opened the link:</source>
        <translation>Aucun programme de cet ordinateur n&apos;a ouvert le lien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Copy the address to paste it into a browser.</source>
        <translation>Copier l&apos;adresse pour la coller dans un navigateur.</translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation>Pièce jointe non ouverte</translation>
    </message>
    <message>
        <source>No program on this computer opened the attachment {0}.</source>
        <translation>Aucun programme de cet ordinateur n&apos;a ouvert la pièce jointe {0}.</translation>
    </message>
    <message>
        <source>&amp;Save Attachment As…</source>
        <translation>&amp;Enregistrer la pièce jointe sous…</translation>
    </message>
    <message>
        <source>Save a copy where you choose, then open it from there.</source>
        <translation>Enregistrer une copie à l&apos;endroit choisi, puis l&apos;ouvrir depuis cet endroit.</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>Enregistrer la pièce jointe sous</translation>
    </message>
    <message>
        <source>Attachment not saved</source>
        <translation>Pièce jointe non enregistrée</translation>
    </message>
    <message>
        <source>{0} was not saved: {1}</source>
        <translation>{0} n&apos;a pas été enregistré&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is before {1}, the earliest date allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is after {1}, the latest date allowed here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>Independent review</source>
        <translation>Examen indépendant</translation>
    </message>
    <message>
        <source>Self report</source>
        <translation>Auto-déclaration</translation>
    </message>
    <message>
        <source>Stakeholder reply</source>
        <translation>Réponse du soutien</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sheet {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}{1}: %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}{1}: %n rows. The first {2} are shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data package written by Pledge Tracker {0} on {1}. Into an empty database it is restored exactly; into this one it is merged, and any record that differs is listed for you to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>Christchurch Call Crisis Response Protocol</source>
        <translation>Protocole de réponse aux crises de l&apos;Appel de Christchurch</translation>
    </message>
    <message>
        <source>GIFCT Content Incident Protocol</source>
        <translation>Protocole d&apos;incident de contenu du GIFCT</translation>
    </message>
    <message>
        <source>EU Crisis Protocol</source>
        <translation>Protocole de crise de l&apos;UE</translation>
    </message>
    <message>
        <source>Other protocol</source>
        <translation>Autre protocole</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>Official</source>
        <translation>Officielle</translation>
    </message>
    <message>
        <source>Reputable</source>
        <translation>Reconnue</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondaire</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifiée</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Supporter&apos;s reply: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (where the supporter said it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source link</source>
        <translation type="unfinished">Lien de la source</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Supporter scorecards (a page each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full accountability report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident report (one incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters of one kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governments</source>
        <translation type="unfinished">Gouvernements</translation>
    </message>
    <message>
        <source>Intergovernmental bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online service providers</source>
        <translation type="unfinished">Fournisseurs de services en ligne</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Save writes: the PDF shown, or the same report as one HTML file for screen readers and reading at any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public edition (leave restricted evidence out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;viewed ratings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only ratings a second officer has reviewed; the others as not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished">Soutiens</translation>
    </message>
    <message>
        <source>Kind of supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes si&amp;nce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upporters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one supporter, or choose another scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an incident first: there is none to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out page {0} of about {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n page(s). Save or print it from here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available in this installation: save the PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is out of date: press Generate to make the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the accessible edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Edit supporter response</source>
        <translation>Modifier la réponse du soutien</translation>
    </message>
    <message>
        <source>Add supporter response</source>
        <translation>Ajouter une réponse du soutien</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished">Soutien</translation>
    </message>
    <message>
        <source>&amp;First action ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First action at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept for database files. A database server is backed up and restored with its own tools (pg_dump, pg_restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of {0} yet (they are kept in {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup of {0}. It is checked before anything changes, and the current file is kept beside it as {0}.replaced-&lt;date&gt;, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup taken {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace {0} with {1}? Changes made since then leave the open database, but the current file is kept aside, so they can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you, a second officer, checked the judgement shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Supporter&apos;s Re&amp;ply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the supporter&apos;s reply to the judgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as the assessor and in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence freshness age in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage needed to be ranked, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;freshness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment whose newest evidence is older than this is marked “needs review”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ranking threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports rank only supporters with at least this share of their commitments assessed; the others are listed apart as not enough assessed to rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the settings cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a display name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderKind</name>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <source>Online service provider</source>
        <translation>Fournisseur de services en ligne</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Database warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this warning until the next database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record in the audit log that you accept it as it is, and anchor it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: your team role is viewer. You can read, search, chart and print, but no change can be saved. Ask an admin of the team database for editor rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {0}. You can read, search, chart and print, but no change can be saved. To make changes, copy the file to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network drive: this database is on {0}. SQLite is not safe there: file locking over a network can fail and damage the database, above all when two people use it at once. Keep it on this computer&apos;s own disk, or, for a team, use a shared PostgreSQL server (pledge-tracker --db postgresql+psycopg://USER@SERVER/pledge_tracker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit anchor missing: {0}. If this is the database you have been using, accept its audit log; otherwise restore a backup (File → Restore backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering found: {0}. Run &apos;pledge-tracker check&apos; for a full report, and restore the newest good backup (File → Restore backup) if this change was not made through the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outside record of this database&apos;s audit log is missing, so a rewritten log would not show. Accept the log as it is now? Your acceptance is itself recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupporterDialog</name>
    <message>
        <source>Edit supporter</source>
        <translation>Modifier le soutien</translation>
    </message>
    <message>
        <source>Add supporter</source>
        <translation>Ajouter un soutien</translation>
    </message>
    <message>
        <source>two letters, e.g. NZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;founding supporter (15 May 2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding supporter</source>
        <translation type="unfinished">Soutien fondateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Catégorie</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished">Code pays</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date joined</source>
        <translation type="unfinished">Date d&apos;adhésion</translation>
    </message>
    <message>
        <source>&amp;Source link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source link</source>
        <translation type="unfinished">Lien de la source</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>no basis recorded</source>
        <translation type="unfinished">aucun fondement enregistré</translation>
    </message>
    <message>
        <source>ⓘ This join date was inferred ({0}). Typing a date marks it confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportersModel</name>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Founding</source>
        <translation>Fondateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>† Membership or date of joining not verified in the reference sources, or inferred from published totals.</source>
        <translation>† Adhésion ou date d&apos;adhésion non vérifiée dans les sources de référence, ou déduite des totaux publiés.</translation>
    </message>
    <message>
        <source>★ Founding</source>
        <translation>★ Fondateur</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>⊘ Inactive</source>
        <translation>⊘ Inactif</translation>
    </message>
    <message>
        <source>no basis recorded</source>
        <translation>aucun fondement enregistré</translation>
    </message>
    <message>
        <source>Join date inferred, not confirmed: {0}</source>
        <translation>Date d&apos;adhésion déduite, non confirmée&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n applicable commitment(s) assessed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportersView</name>
    <message>
        <source>Search name or country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished">Soutiens</translation>
    </message>
    <message>
        <source>&amp;Add supporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores as of {0} ·</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n supporter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the selected supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate the selected supporter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakedownFilters</name>
    <message>
        <source>Every incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found any way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own search</source>
        <translation type="unfinished">Recherche propre</translation>
    </message>
    <message>
        <source>A tool</source>
        <translation type="unfinished">Un outil</translation>
    </message>
    <message>
        <source>A tip</source>
        <translation type="unfinished">Un signalement reçu</translation>
    </message>
    <message>
        <source>Removal order</source>
        <translation type="unfinished">Injonction de retrait</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished">Incident</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished">Plateforme</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakedownView</name>
    <message>
        <source>Includes a demonstration incident: fictional data, not a real event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takedown figures per platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies still online, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Live Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chosen copy&apos;s live address, after a warning (never opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per platform as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly counts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies still online as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table as an Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s) as of {0} UTC.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still online, oldest first (addresses defanged): %n cop(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (the oldest {0} listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a copy in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live address copied to the clipboard. Do not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Removed ≤ 1 h</source>
        <translation>Retirés ≤ 1 h</translation>
    </message>
    <message>
        <source>Removed 1–24 h</source>
        <translation>Retirés en 1–24 h</translation>
    </message>
    <message>
        <source>Removed &gt; 24 h</source>
        <translation>Retirés &gt; 24 h</translation>
    </message>
    <message>
        <source>Still online</source>
        <translation>Encore en ligne</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Heure inconnue</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>Heures (médiane)</translation>
    </message>
    <message>
        <source>90th percentile hours</source>
        <translation>Heures (90e centile)</translation>
    </message>
    <message>
        <source>Items timed</source>
        <translation>Éléments chronométrés</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Address (defanged)</source>
        <translation>Adresse (neutralisée)</translation>
    </message>
    <message>
        <source>Found (UTC)</source>
        <translation>Découvert (UTC)</translation>
    </message>
    <message>
        <source>Online for (hours)</source>
        <translation>En ligne pendant (heures)</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Découvert par</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Own search</source>
        <translation>Recherche propre</translation>
    </message>
    <message>
        <source>A tool</source>
        <translation>Un outil</translation>
    </message>
    <message>
        <source>A tip</source>
        <translation>Un signalement reçu</translation>
    </message>
    <message>
        <source>Removal order</source>
        <translation>Injonction de retrait</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>New sightings</source>
        <translation>Nouveaux signalements</translation>
    </message>
    <message>
        <source>Removals</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <source>Export Takedown Figures</source>
        <translation>Exporter les chiffres de retrait</translation>
    </message>
    <message>
        <source>Copy the live address?</source>
        <translation>Copier l&apos;adresse active&#xa0;?</translation>
    </message>
    <message>
        <source>This puts the live address of terrorist or violent extremist content on the clipboard. Do not open it in a browser; paste it only where a removal request needs it, and clear the clipboard afterwards.</source>
        <translation>Cela place dans le presse-papiers l&apos;adresse active d&apos;un contenu terroriste ou extrémiste violent. Ne l&apos;ouvrez pas dans un navigateur&#xa0;; collez-la seulement là où une demande de retrait l&apos;exige, puis videz le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>† Not verified against its sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Search titles, summaries, notes, links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Catégorie</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Note&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Supporters: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence citing it:</source>
        <translation>Preuves qui le citent&#xa0;:</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}” from the timeline? The audit log keeps what it said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferMenu</name>
    <message>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <source>&amp;Assessments as of the chosen date</source>
        <translation>Év&amp;aluations à la date choisie</translation>
    </message>
    <message>
        <source>&amp;Matrix as of the chosen date</source>
        <translation>&amp;Matrice à la date choisie</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Data &amp;package (.zip)…</source>
        <translation>Pa&amp;quet de données (.zip)…</translation>
    </message>
    <message>
        <source>Import &amp;Template</source>
        <translation>&amp;Modèle d&apos;import</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Edit action: {0}</source>
        <translation>Modifier l&apos;action&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Edit evidence {0}</source>
        <translation>Modifier la preuve {0}</translation>
    </message>
    <message>
        <source>Edit figure: {0}</source>
        <translation>Modifier le chiffre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Delete figure: {0}</source>
        <translation>Supprimer le chiffre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Record assessment: {0}</source>
        <translation>Enregistrer l&apos;évaluation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Mark reviewed: {0}</source>
        <translation>Marquer comme relu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Record reply: {0}</source>
        <translation>Enregistrer la réponse&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Add supporter {0}</source>
        <translation>Ajouter le soutien {0}</translation>
    </message>
    <message>
        <source>Edit supporter {0}</source>
        <translation>Modifier le soutien {0}</translation>
    </message>
    <message>
        <source>Reactivate {0}</source>
        <translation>Réactiver {0}</translation>
    </message>
    <message>
        <source>Deactivate {0}</source>
        <translation>Désactiver {0}</translation>
    </message>
    <message>
        <source>Add evidence {0}</source>
        <translation>Ajouter la preuve {0}</translation>
    </message>
    <message>
        <source>Mark done: {0}</source>
        <translation>Marquer comme faite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Reopen: {0}</source>
        <translation>Rouvrir&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ValidatedDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record. Save again to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationMessage</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {most})</source>
        <translation>est trop long ({length} caractères&#xa0;; {most} au plus)</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas l&apos;une des valeurs&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value} is outside {minimum} to {maximum}</source>
        <translation>{value} est hors de l&apos;intervalle {minimum} à {maximum}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a decimal number as stored (e.g. 12.5)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre décimal tel qu&apos;enregistré (par ex. 12.5)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a two-letter ISO 3166 country code</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code de pays ISO 3166 à deux lettres</translation>
    </message>
    <message>
        <source>holds a lone surrogate (not valid Unicode text)</source>
        <translation>contient un demi-codet isolé (texte Unicode non valide)</translation>
    </message>
    <message>
        <source>holds a control character (U+{code})</source>
        <translation>contient un caractère de contrôle (U+{code})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an {schemes} or {last} link</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un lien {schemes} ou {last}</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>n&apos;est pas une date et une heure</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>n&apos;est pas une date</translation>
    </message>
    <message>
        <source>{day} is before {earliest}, the earliest accepted</source>
        <translation>{day} est antérieur au {earliest}, la date la plus ancienne acceptée</translation>
    </message>
    <message>
        <source>{day} is after {latest}, the latest accepted</source>
        <translation>{day} est postérieur au {latest}, la date la plus récente acceptée</translation>
    </message>
    <message>
        <source>a date is required (YYYY-MM-DD)</source>
        <translation>une date est obligatoire (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid date; use YYYY-MM-DD, e.g. 2019-05-15</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date valide&#xa0;; utilisez AAAA-MM-JJ, par ex. 2019-05-15</translation>
    </message>
    <message>
        <source>year {year} does not exist</source>
        <translation>l&apos;année {year} n&apos;existe pas</translation>
    </message>
    <message>
        <source>month {month} does not exist (months run 01 to 12)</source>
        <translation>le mois {month} n&apos;existe pas (les mois vont de 01 à 12)</translation>
    </message>
    <message>
        <source>{day} {month_name} {year} does not exist</source>
        <translation>le {day} {month_name} {year} n&apos;existe pas</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>ligne {0}</translation>
    </message>
    <message>
        <source>field &apos;{0}&apos;</source>
        <translation>champ «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no assessments or evidence yet.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with one of these. Demonstration data is public example evidence with made-up ratings, marked as demonstration data everywhere it appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demonstration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a first assessment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <source>e.g. christchurchcall.com, the Call&apos;s text as published, read 2025-03-01</source>
        <translation>par ex. christchurchcall.com, le texte de l&apos;Appel tel que publié, lu le 2025-03-01</translation>
    </message>
    <message>
        <source>Wording of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I compared this wording with the official text: mark it &amp;verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the wording verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished">Texte</translation>
    </message>
    <message>
        <source>Verified &amp;against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified against</source>
        <translation type="unfinished">Vérifié sur</translation>
    </message>
    <message>
        <source>The wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which official text you compared the wording with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
