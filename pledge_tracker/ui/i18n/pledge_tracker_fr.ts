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
        <translation>p. ex. Publier le premier rapport de transparence</translation>
    </message>
    <message>
        <source>&amp;Supporter:</source>
        <translation>&amp;Soutien&#xa0;:</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Engagement&#xa0;:</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Choose a supporter…</source>
        <translation>Choisissez un soutien…</translation>
    </message>
    <message>
        <source>(no particular commitment)</source>
        <translation>(aucun engagement particulier)</translation>
    </message>
    <message>
        <source>choose a supporter</source>
        <translation>choisissez un soutien</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>L&apos;action</translation>
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
        <translation>
            <numerusform>⚠ {0} — en retard de %n jour</numerusform>
            <numerusform>⚠ {0} — en retard de %n jours</numerusform>
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
        <translation>Rechercher un soutien, un engagement ou une action</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Rechercher des actions</translation>
    </message>
    <message>
        <source>&amp;Hide done</source>
        <translation>Masquer les &amp;terminées</translation>
    </message>
    <message>
        <source>Hide actions that are done</source>
        <translation>Masquer les actions terminées</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>&amp;Ajouter une action…</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation>Modifier l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme t&amp;erminée</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) · ⚠ {0} overdue</source>
        <translation>
            <numerusform>%n action · ⚠ {0} en retard</numerusform>
            <numerusform>%n actions · ⚠ {0} en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) · none overdue</source>
        <translation>
            <numerusform>%n action · aucune en retard</numerusform>
            <numerusform>%n actions · aucune en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Reopen the selected action</source>
        <translation>Rouvrir l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Marquer l&apos;action sélectionnée comme terminée</translation>
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
        <translation>Un lien par ligne&#xa0;: https://…</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole&#xa0;:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>&amp;Activated ({0}):</source>
        <translation>&amp;Activé ({0})&#xa0;:</translation>
    </message>
    <message>
        <source>Activated at</source>
        <translation>Heure d&apos;activation</translation>
    </message>
    <message>
        <source>&amp;Closed ({0}):</source>
        <translation>&amp;Clos ({0})&#xa0;:</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Heure de clôture</translation>
    </message>
    <message>
        <source>Activated &amp;by:</source>
        <translation>Acti&amp;vé par&#xa0;:</translation>
    </message>
    <message>
        <source>Activated by</source>
        <translation>Activé par</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Source links</source>
        <translation>Liens vers les sources</translation>
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
        <translation>Date de la situation</translation>
    </message>
    <message>
        <source>Show every supporter&apos;s standing as it was on this date</source>
        <translation>Afficher la situation de chaque soutien telle qu&apos;elle était à cette date</translation>
    </message>
    <message>
        <source>As &amp;of</source>
        <translation>Situation &amp;au</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Show today&apos;s standing</source>
        <translation>Afficher la situation du jour</translation>
    </message>
    <message>
        <source>Show today&apos;s standing (Ctrl+T)</source>
        <translation>Afficher la situation du jour (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Record Assessment</source>
        <translation>Enregistrer une évaluation</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Effective &amp;date:</source>
        <translation>&amp;Date d&apos;effet&#xa0;:</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Fondement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Why this level? Cite what you relied on.</source>
        <translation>Pourquoi ce niveau&#xa0;? Citez les éléments sur lesquels vous vous appuyez.</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Preuves&#xa0;:</translation>
    </message>
    <message>
        <source>Why the assessment cannot be saved yet</source>
        <translation>Pourquoi l&apos;évaluation ne peut pas encore être enregistrée</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Choose a level…</source>
        <translation>Choisissez un niveau…</translation>
    </message>
    <message>
        <source>Effective date: the date the judgement describes</source>
        <translation>Date d&apos;effet&#xa0;: la date que décrit le jugement</translation>
    </message>
    <message>
        <source>The date this judgement describes (not today&apos;s date)</source>
        <translation>La date que décrit ce jugement (et non la date du jour)</translation>
    </message>
    <message>
        <source>Search the evidence listed below</source>
        <translation>Rechercher parmi les preuves ci-dessous</translation>
    </message>
    <message>
        <source>Search evidence to cite</source>
        <translation>Rechercher des preuves à citer</translation>
    </message>
    <message>
        <source>Evidence to cite: press Space to tick</source>
        <translation>Preuves à citer&#xa0;: appuyez sur Espace pour cocher</translation>
    </message>
    <message>
        <source>Loading the evidence…</source>
        <translation>Chargement des preuves…</translation>
    </message>
    <message>
        <source>&amp;New evidence…</source>
        <translation>Nou&amp;velle preuve…</translation>
    </message>
    <message>
        <source>Record a new evidence item for this supporter and commitment, and cite it</source>
        <translation>Enregistrer un nouvel élément de preuve pour ce soutien et cet engagement, et le citer</translation>
    </message>
    <message>
        <source>No evidence is linked to this supporter or commitment yet.</source>
        <translation>Aucune preuve n&apos;est encore liée à ce soutien ou à cet engagement.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n item(s) cited</source>
        <translation>
            <numerusform>Cités&#xa0;: {0} sur %n élément</numerusform>
            <numerusform>Cités&#xa0;: {0} sur %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a level.</source>
        <translation>Choisissez un niveau.</translation>
    </message>
    <message>
        <source>Effective date: {0}</source>
        <translation>Date d&apos;effet&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Write a rationale: say why you chose this level (required for every level but Not assessed).</source>
        <translation>Rédigez une justification&#xa0;: expliquez pourquoi vous avez choisi ce niveau (obligatoire pour tout niveau sauf Non évalué).</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>The attachment cannot be opened</source>
        <translation>La pièce jointe ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add a file as an attachment</source>
        <translation>Ajouter un fichier en pièce jointe</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Ouvrir la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Retirer la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>{0} cannot be attached: {1}</source>
        <translation>{0} ne peut pas être joint&#xa0;: {1}</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouveau)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
</context>
<context>
    <name>BackgroundLoader</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>CheckListPicker</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter {0}</source>
        <translation>Filtrer&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} ({1} ticked)</source>
        <translation>{0} (cochés&#xa0;: {1})</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>What each row would do</source>
        <translation>Effet de chaque ligne</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation>Afficher seulement les lignes en &amp;erreur</translation>
    </message>
    <message>
        <source>Records that differ</source>
        <translation>Enregistrements qui diffèrent</translation>
    </message>
    <message>
        <source>&amp;Keep All as Here</source>
        <translation>&amp;Garder partout la version d&apos;ici</translation>
    </message>
    <message>
        <source>&amp;Take All from the Package</source>
        <translation>Tout &amp;reprendre du paquet</translation>
    </message>
    <message>
        <source>Checking every row (nothing is written)…</source>
        <translation>Vérification de chaque ligne (rien n&apos;est écrit)…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be added;</source>
        <translation>
            <numerusform>%n ligne sera ajoutée&#xa0;;</numerusform>
            <numerusform>%n lignes seront ajoutées&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (is/are) already present and will be skipped.</source>
        <translation>
            <numerusform>%n est déjà présente et sera ignorée.</numerusform>
            <numerusform>%n sont déjà présentes et seront ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n row(s) have errors, so nothing can be imported (the first: row {0}, {1}). Correct the file, then go back and choose it again.</source>
        <translation>
            <numerusform>✖ %n ligne comporte des erreurs&#xa0;: rien ne peut donc être importé (la première&#xa0;: ligne {0}, {1}). Corrigez le fichier, puis revenez en arrière et choisissez-le à nouveau.</numerusform>
            <numerusform>✖ %n lignes comportent des erreurs&#xa0;: rien ne peut donc être importé (la première&#xa0;: ligne {0}, {1}). Corrigez le fichier, puis revenez en arrière et choisissez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is empty: the package will be restored exactly ({0}).</source>
        <translation>Cette base est vide&#xa0;: le paquet sera restauré à l&apos;identique ({0}).</translation>
    </message>
    <message>
        <source>The package will add {0}. Nothing differs.</source>
        <translation>Le paquet ajoutera&#xa0;: {0}. Aucune différence.</translation>
    </message>
    <message numerus="yes">
        <source>The package will add {0}. %n record(s) differ here and in the package: each is kept as it is here unless you tick the package&apos;s version.</source>
        <translation>
            <numerusform>Le paquet ajoutera&#xa0;: {0}. %n enregistrement diffère entre cette base et le paquet&#xa0;: il est conservé tel qu&apos;il est ici, sauf si vous cochez la version du paquet.</numerusform>
            <numerusform>Le paquet ajoutera&#xa0;: {0}. %n enregistrements diffèrent entre cette base et le paquet&#xa0;: chacun est conservé tel qu&apos;il est ici, sauf si vous cochez la version du paquet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>A CSV or XLSX spreadsheet of supporters, evidence, assessments, actions or sightings, or a .zip data package exported by Pledge Tracker.</source>
        <translation>Un tableur CSV ou XLSX de soutiens, de preuves, d&apos;évaluations, d&apos;actions ou de signalements, ou un paquet de données .zip exporté par Pledge Tracker.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>path/to/file.csv, .xlsx or .zip</source>
        <translation>chemin/vers/fichier.csv, .xlsx ou .zip</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Template kind</source>
        <translation>Type de modèle</translation>
    </message>
    <message>
        <source>Save an Empty &amp;Template…</source>
        <translation>Enregistrer un &amp;modèle vide…</translation>
    </message>
    <message>
        <source>Starting a new spreadsheet?</source>
        <translation>Vous commencez un nouveau tableur&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing is written until the last step: you will see a preview, match the columns, and check what every row would do first. An import adds all its rows or none, and rows already present are skipped.</source>
        <translation>Rien n&apos;est écrit avant la dernière étape&#xa0;: vous verrez d&apos;abord un aperçu, ferez correspondre les colonnes et vérifierez l&apos;effet de chaque ligne. Un import ajoute toutes ses lignes ou aucune, et les lignes déjà présentes sont ignorées.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Spreadsheets and data packages (*.csv *.xlsx *.zip);;All files (*)</source>
        <translation>Tableurs et paquets de données (*.csv *.xlsx *.zip);;Tous les fichiers (*)</translation>
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
        <translation>
            <numerusform>%n à réexaminer (preuves anciennes)</numerusform>
            <numerusform>%n à réexaminer (preuves anciennes)</numerusform>
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
        <translation>
            <numerusform>%n soutien lié par cet engagement, au {0}&#xa0;:</numerusform>
            <numerusform>%n soutiens liés par cet engagement, au {0}&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n of these judgements need(s) review (stale evidence).</source>
        <translation>
            <numerusform>⚑ %n de ces jugements est à réexaminer (preuves anciennes).</numerusform>
            <numerusform>⚑ %n de ces jugements sont à réexaminer (preuves anciennes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, title or wording</source>
        <translation>Rechercher un code, un intitulé ou un texte</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>Rechercher des engagements</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Selected commitment</source>
        <translation>Engagement sélectionné</translation>
    </message>
    <message>
        <source>Select a commitment to read its wording.</source>
        <translation>Sélectionnez un engagement pour en lire le texte.</translation>
    </message>
    <message>
        <source>Correct &amp;wording / verify…</source>
        <translation>Corriger le &amp;texte / vérifier…</translation>
    </message>
    <message>
        <source>Correct the selected commitment&apos;s wording or mark it verified</source>
        <translation>Corriger le texte de l&apos;engagement sélectionné ou le marquer comme vérifié</translation>
    </message>
    <message>
        <source>&amp;Load official text from a file…</source>
        <translation>&amp;Charger le texte officiel depuis un fichier…</translation>
    </message>
    <message>
        <source>Load every commitment&apos;s official wording from a CSV or Excel file</source>
        <translation>Charger le texte officiel de chaque engagement depuis un fichier CSV ou Excel</translation>
    </message>
    <message>
        <source>Levels as of {0}</source>
        <translation>Niveaux au {0}</translation>
    </message>
    <message>
        <source>Load Official Text</source>
        <translation>Charger le texte officiel</translation>
    </message>
    <message>
        <source>Spreadsheets with columns code and wording (*.csv *.xlsx)</source>
        <translation>Tableurs avec les colonnes code et wording (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Verified Against</source>
        <translation>Vérifié sur</translation>
    </message>
    <message>
        <source>Which official text is this (site or document, and date)?</source>
        <translation>De quel texte officiel s&apos;agit-il (site ou document, et date)&#xa0;?</translation>
    </message>
    <message>
        <source>Official Text Not Loaded</source>
        <translation>Texte officiel non chargé</translation>
    </message>
    <message>
        <source>Official Text Loaded</source>
        <translation>Texte officiel chargé</translation>
    </message>
    <message numerus="yes">
        <source>The wording of %n commitment(s) is now marked verified.</source>
        <translation>
            <numerusform>Le texte de %n engagement est désormais marqué comme vérifié.</numerusform>
            <numerusform>Le texte de %n engagements est désormais marqué comme vérifié.</numerusform>
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
        <translation>Connexion à la base de l&apos;équipe</translation>
    </message>
    <message>
        <source>Open your team&apos;s shared database on a PostgreSQL server. The password is used for this connection only and is never saved.</source>
        <translation>Ouvrez la base partagée de votre équipe sur un serveur PostgreSQL. Le mot de passe ne sert qu&apos;à cette connexion et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Connexions récentes</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>p. ex. db.example.org</translation>
    </message>
    <message>
        <source>e.g. pledges</source>
        <translation>p. ex. pledges</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récentes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Connexion à {0}…</translation>
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
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
</context>
<context>
    <name>CrisisResponseDialog</name>
    <message>
        <source>Crisis response: {0}</source>
        <translation>Réponse à la crise&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}, {1} ({2}). Hours are counted from the incident.</source>
        <translation>{0}, {1} ({2}). Les heures sont comptées depuis l&apos;incident.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Hours after</source>
        <translation>Heures après</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Protocol activations</source>
        <translation>Activations de protocole</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Première action</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Supporter responses</source>
        <translation>Réponses des soutiens</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>une activation</translation>
    </message>
    <message>
        <source>response</source>
        <translation>une réponse</translation>
    </message>
    <message>
        <source>Add {0}…</source>
        <translation>Ajouter {0}…</translation>
    </message>
    <message>
        <source>Edit {0}…</source>
        <translation>Modifier {0}…</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Supprimer {0}</translation>
    </message>
    <message>
        <source>{0:.1f} h</source>
        <translation>{0:.1f} h</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “{0}”? The audit log keeps it.</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;»&#xa0;? Le journal d&apos;audit en garde la trace.</translation>
    </message>
</context>
<context>
    <name>CrosswalkView</name>
    <message>
        <source>Decided</source>
        <translation>Rendue</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Conclu</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Status on date</source>
        <translation>Date du statut</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Juridiction&#xa0;:</translation>
    </message>
    <message>
        <source>Status &amp;on:</source>
        <translation>Statut &amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>Instruments and the commitments they implement</source>
        <translation>Instruments et engagements qu&apos;ils mettent en œuvre</translation>
    </message>
    <message>
        <source>Instruments binding each government</source>
        <translation>Instruments liant chaque gouvernement</translation>
    </message>
    <message>
        <source>&amp;Add instrument…</source>
        <translation>Ajouter un &amp;instrument…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>E&amp;xport crosswalk…</source>
        <translation>&amp;Exporter la correspondance…</translation>
    </message>
    <message>
        <source>All jurisdictions</source>
        <translation>Toutes les juridictions</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Juridictions</translation>
    </message>
    <message>
        <source>Status on {0}</source>
        <translation>Statut au {0}</translation>
    </message>
    <message>
        <source>Implements {0}</source>
        <translation>Met en œuvre {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n instrument(s)</source>
        <translation>
            <numerusform>%n instrument</numerusform>
            <numerusform>%n instruments</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruments binding each government on {0}</source>
        <translation>Instruments liant chaque gouvernement au {0}</translation>
    </message>
    <message>
        <source>† not verified in the reference sources</source>
        <translation>† non vérifié dans les sources de référence</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source> (as a member of {0})</source>
        <translation> (en tant que membre de&#xa0;: {0})</translation>
    </message>
    <message>
        <source>Delete instrument</source>
        <translation>Supprimer l&apos;instrument</translation>
    </message>
    <message>
        <source>Delete the selected instrument? The audit log keeps a record of it.</source>
        <translation>Supprimer l&apos;instrument sélectionné&#xa0;? Le journal d&apos;audit en garde la trace.</translation>
    </message>
    <message>
        <source>Export Crosswalk</source>
        <translation>Exporter la correspondance</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Compare with the standing on</source>
        <translation>Comparer avec la situation au</translation>
    </message>
    <message>
        <source>The earlier date of the chart of what changed</source>
        <translation>Date de départ du graphique des évolutions</translation>
    </message>
    <message>
        <source>&amp;Changes since</source>
        <translation>&amp;Évolutions depuis le</translation>
    </message>
    <message>
        <source>Show &amp;everyone</source>
        <translation>Afficher &amp;tous</translation>
    </message>
    <message>
        <source>Clear the filter shared with the matrix</source>
        <translation>Effacer le filtre partagé avec la matrice</translation>
    </message>
    <message>
        <source>Click a bar, line or cell to open the matrix narrowed to it; right-click to save the chart.</source>
        <translation>Cliquez sur une barre, une courbe ou une case pour ouvrir la matrice restreinte à cet élément&#xa0;; clic droit pour enregistrer le graphique.</translation>
    </message>
    <message>
        <source>As of %1, for the supporters the matrix filter shows</source>
        <translation>Au %1, pour les soutiens retenus par le filtre de la matrice</translation>
    </message>
    <message>
        <source>As of %1, for every active supporter</source>
        <translation>Au %1, pour tous les soutiens actifs</translation>
    </message>
    <message>
        <source>Save chart as…</source>
        <translation>Enregistrer le graphique sous…</translation>
    </message>
    <message>
        <source>PNG image, 200 dpi (*.png)</source>
        <translation>Image PNG, 200 ppp (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>Image vectorielle SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart as</source>
        <translation>Enregistrer le graphique sous</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>A date is required (YYYY-MM-DD).</source>
        <translation>Une date est obligatoire (AAAA-MM-JJ).</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Demonstration data — not real assessments. The judgements and evidence marked as demonstration are public examples loaded from the Help menu.</source>
        <translation>Données de démonstration — pas de véritables évaluations. Les jugements et preuves marqués «&#xa0;démonstration&#xa0;» sont des exemples publics chargés depuis le menu Aide.</translation>
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
        <translation>
            <numerusform>%n élément de preuve cité</numerusform>
            <numerusform>%n éléments de preuve cités</numerusform>
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
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
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
        <translation>Enregistrer une évaluation…</translation>
    </message>
    <message>
        <source>Record a judgement for this cell (Ctrl+E)</source>
        <translation>Enregistrer un jugement pour cette case (Ctrl+E)</translation>
    </message>
    <message>
        <source>Record an assessment for this cell</source>
        <translation>Enregistrer une évaluation pour cette case</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Ajouter une preuve…</translation>
    </message>
    <message>
        <source>Add evidence linked to this cell (Ctrl+Shift+E)</source>
        <translation>Ajouter une preuve liée à cette case (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Add evidence for this cell</source>
        <translation>Ajouter une preuve pour cette case</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme revu</translation>
    </message>
    <message>
        <source>Record that you, a second officer, checked this judgement</source>
        <translation>Enregistrer que vous, en tant que second agent, avez vérifié ce jugement</translation>
    </message>
    <message>
        <source>Mark the shown judgement reviewed</source>
        <translation>Marquer le jugement affiché comme revu</translation>
    </message>
    <message>
        <source>Record reply…</source>
        <translation>Enregistrer une réponse…</translation>
    </message>
    <message>
        <source>Record the supporter&apos;s reply to this judgement</source>
        <translation>Enregistrer la réponse du soutien à ce jugement</translation>
    </message>
    <message>
        <source>Record the supporter&apos;s reply</source>
        <translation>Enregistrer la réponse du soutien</translation>
    </message>
    <message>
        <source>Details of the selected cell</source>
        <translation>Détails de la case sélectionnée</translation>
    </message>
    <message>
        <source>Select a cell of the matrix to see the commitment&apos;s wording, the assessment history and the evidence behind it.</source>
        <translation>Sélectionnez une case de la matrice pour voir le texte de l&apos;engagement, l&apos;historique des évaluations et les preuves qui les fondent.</translation>
    </message>
</context>
<context>
    <name>DisplayNameDialog</name>
    <message>
        <source>Welcome to Pledge Tracker</source>
        <translation>Bienvenue dans Pledge Tracker</translation>
    </message>
    <message>
        <source>Your name is recorded with every assessment you make and every change you save, so that readers know who judged what. You can change it later in Settings.</source>
        <translation>Votre nom est enregistré avec chaque évaluation que vous faites et chaque modification que vous enregistrez, afin que les lecteurs sachent qui a jugé quoi. Vous pourrez le modifier plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>e.g. Aroha Ngata, DPMC</source>
        <translation>p. ex. Claire Martin, MEAE</translation>
    </message>
    <message>
        <source>Your display name</source>
        <translation>Votre nom affiché</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
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
        <translation>So&amp;utiens</translation>
    </message>
    <message>
        <source>Evidence citing i&amp;t</source>
        <translation>Preuves qui le ci&amp;tent</translation>
    </message>
    <message>
        <source>How much of the date is known</source>
        <translation>Précision de la date connue</translation>
    </message>
    <message>
        <source>One link a line: https://…</source>
        <translation>Un lien par ligne&#xa0;: https://…</translation>
    </message>
    <message>
        <source>&amp;Verified against its sources</source>
        <translation>&amp;Vérifié auprès de ses sources</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Date de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summ&amp;ary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Source links</source>
        <translation>Liens vers les sources</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>A date is required (YYYY-MM-DD).</source>
        <translation>Une date est obligatoire (AAAA-MM-JJ).</translation>
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
        <translation>Restrein&amp;t&#xa0;: exclure des rapports publics</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Type de preuve</translation>
    </message>
    <message>
        <source>Summ&amp;ary:</source>
        <translation>Ré&amp;sumé&#xa0;:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Source &amp;name:</source>
        <translation>&amp;Nom de la source&#xa0;:</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <source>Source &amp;link:</source>
        <translation>&amp;Lien de la source&#xa0;:</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Lien de la source</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>Date d&apos;&amp;effet&#xa0;:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publication&#xa0;:</translation>
    </message>
    <message>
        <source>Published date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>&amp;Retrieved:</source>
        <translation>&amp;Consultation&#xa0;:</translation>
    </message>
    <message>
        <source>Retrieved date</source>
        <translation>Date de consultation</translation>
    </message>
    <message>
        <source>Relia&amp;bility:</source>
        <translation>&amp;Fiabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Fiabilité de la source</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>S&amp;upporters</source>
        <translation>So&amp;utiens</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>Engage&amp;ments</translation>
    </message>
    <message>
        <source>Drop files anywhere on this dialog to attach them.</source>
        <translation>Déposez des fichiers n&apos;importe où dans cette fenêtre pour les joindre.</translation>
    </message>
    <message>
        <source>Attachments (stored inside the database, named by SHA-256):</source>
        <translation>Pièces jointes (stockées dans la base, nommées par leur SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>give at least one date (effective, published or retrieved)</source>
        <translation>indiquez au moins une date (d&apos;effet, de publication ou de consultation)</translation>
    </message>
</context>
<context>
    <name>EvidenceFilterBar</name>
    <message>
        <source>Search title, summary, source and notes</source>
        <translation>Rechercher dans le titre, le résumé, la source et les notes</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <source>Public and restricted</source>
        <translation>Publiques et restreintes</translation>
    </message>
    <message>
        <source>Public only</source>
        <translation>Publiques seulement</translation>
    </message>
    <message>
        <source>🔒 Restricted only</source>
        <translation>🔒 Restreintes seulement</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Rechercher des preuves</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>Type de preuve</translation>
    </message>
    <message>
        <source>&amp;Supporter:</source>
        <translation>&amp;Soutien&#xa0;:</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Co&amp;mmitment:</source>
        <translation>Enga&amp;gement&#xa0;:</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Datées à partir du</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Dated up to</source>
        <translation>Datées jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation>A&amp;ccès&#xa0;:</translation>
    </message>
    <message>
        <source>Public or restricted</source>
        <translation>Publiques ou restreintes</translation>
    </message>
    <message>
        <source>Any supporter</source>
        <translation>Tous les soutiens</translation>
    </message>
    <message>
        <source>Any commitment</source>
        <translation>Tous les engagements</translation>
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
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Selected evidence</source>
        <translation>Preuve sélectionnée</translation>
    </message>
    <message>
        <source>Select an item to see it in full.</source>
        <translation>Sélectionnez un élément pour le voir en entier.</translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>&amp;Ajouter une preuve…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open &amp;source</source>
        <translation>Ouvrir la s&amp;ource</translation>
    </message>
    <message>
        <source>Add an evidence item</source>
        <translation>Ajouter un élément de preuve</translation>
    </message>
    <message>
        <source>Edit the selected evidence item</source>
        <translation>Modifier l&apos;élément de preuve sélectionné</translation>
    </message>
    <message>
        <source>Open the selected item&apos;s source link</source>
        <translation>Ouvrir le lien de la source de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>{0:,} items match · searched in {1:.2f} s</source>
        <translation>{0:,} éléments correspondent · recherche en {1:.2f} s</translation>
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
        <translation>Rechercher un nom ou un code pays</translation>
    </message>
    <message>
        <source>Search supporters by name or country code</source>
        <translation>Rechercher des soutiens par nom ou code pays</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <source>Kind of supporter</source>
        <translation>Catégorie de soutien</translation>
    </message>
    <message>
        <source>Fou&amp;nding only</source>
        <translation>Fo&amp;ndateurs seulement</translation>
    </message>
    <message>
        <source>Show only the founding supporters of the Call</source>
        <translation>Afficher seulement les soutiens fondateurs de l&apos;Appel</translation>
    </message>
    <message>
        <source>&amp;Inactive too</source>
        <translation>&amp;Inactifs aussi</translation>
    </message>
    <message>
        <source>Also show supporters that have been deactivated</source>
        <translation>Afficher aussi les soutiens désactivés</translation>
    </message>
    <message>
        <source>Order of supporters</source>
        <translation>Ordre des soutiens</translation>
    </message>
    <message>
        <source>So&amp;rt</source>
        <translation>T&amp;ri</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>Inverser l&apos;ordre</translation>
    </message>
    <message>
        <source>Name (A–Z)</source>
        <translation>Nom (A–Z)</translation>
    </message>
    <message>
        <source>Score (highest first)</source>
        <translation>Note (la plus haute d&apos;abord)</translation>
    </message>
    <message>
        <source>Coverage (highest first)</source>
        <translation>Couverture (la plus haute d&apos;abord)</translation>
    </message>
    <message>
        <source>Date joined (earliest first)</source>
        <translation>Date d&apos;adhésion (la plus ancienne d&apos;abord)</translation>
    </message>
</context>
<context>
    <name>FindingsBox</name>
    <message>
        <source>The briefing&apos;s key findings, one per paragraph (blank line between them).</source>
        <translation>Constats principaux de la note de synthèse, un par paragraphe (séparés par une ligne vide).</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Constats principaux</translation>
    </message>
    <message>
        <source>&amp;Draft findings</source>
        <translation>&amp;Rédiger les constats</translation>
    </message>
    <message>
        <source>Show the findings saved for this language, period and scope, or a draft</source>
        <translation>Afficher les constats enregistrés pour cette langue, cette période et ce périmètre, ou une ébauche</translation>
    </message>
    <message>
        <source>Key &amp;findings (briefing):</source>
        <translation>&amp;Constats principaux (note de synthèse)&#xa0;:</translation>
    </message>
    <message>
        <source>Drafting the key findings…</source>
        <translation>Rédaction des constats principaux…</translation>
    </message>
    <message>
        <source>Edit the findings, then generate the briefing.</source>
        <translation>Modifiez les constats, puis produisez la note de synthèse.</translation>
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
        <source>Development build</source>
        <translation>Version de développement</translation>
    </message>
    <message>
        <source>Built on {0} from commit {1}</source>
        <translation>Construite le {0} à partir du commit {1}</translation>
    </message>
    <message>
        <source>Built on {0}</source>
        <translation>Construite le {0}</translation>
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
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message>
        <source>Import of {0}</source>
        <translation>Importation de {0}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%n framework(s)</source>
        <translation>
            <numerusform>%n cadre</numerusform>
            <numerusform>%n cadres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n engagement</numerusform>
            <numerusform>%n engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s)</source>
        <translation>
            <numerusform>%n soutien</numerusform>
            <numerusform>%n soutiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n élément de preuve</numerusform>
            <numerusform>%n éléments de preuve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
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
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>{0}: imported {1}</source>
        <translation>{0}&#xa0;: import de {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n already present (skipped).</source>
        <translation>
            <numerusform>%n déjà présent (ignoré).</numerusform>
            <numerusform>%n déjà présents (ignorés).</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: restored into an empty database ({1}).</source>
        <translation>{0}&#xa0;: restauré dans une base vide ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>{0}: merged, added {1}; %n already present</source>
        <translation>
            <numerusform>{0}&#xa0;: fusionné, ajout de {1}&#xa0;; %n déjà présent</numerusform>
            <numerusform>{0}&#xa0;: fusionné, ajout de {1}&#xa0;; %n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differed: {0} taken from the package, {1} kept as here, {2} unresolved</source>
        <translation>
            <numerusform>%n enregistrement différait&#xa0;: version du paquet pour {0}, version d&apos;ici conservée pour {1}, non résolu pour {2}</numerusform>
            <numerusform>%n enregistrements différaient&#xa0;: version du paquet pour {0}, version d&apos;ici conservée pour {1}, non résolus pour {2}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
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
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Élément de preuve</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Protocol activation</source>
        <translation>Activation de protocole</translation>
    </message>
    <message>
        <source>Supporter&apos;s response</source>
        <translation>Réponse du soutien</translation>
    </message>
    <message>
        <source>Sighting</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Report note</source>
        <translation>Note de rapport</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chiffre publié</translation>
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
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>One link a line: https://…</source>
        <translation>Un lien par ligne&#xa0;: https://…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;When (local):</source>
        <translation>&amp;Quand (heure locale)&#xa0;:</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Moment de l&apos;incident</translation>
    </message>
    <message>
        <source>Local date</source>
        <translation>Date locale</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Source links</source>
        <translation>Liens vers les sources</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>A date is required (YYYY-MM-DD).</source>
        <translation>Une date est obligatoire (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Supprimer l&apos;incident</translation>
    </message>
    <message>
        <source>Delete “{0}” with its protocol activations and supporter responses? Its sightings stay, unlinked. The audit log keeps what it said.</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;» avec ses activations de protocole et les réponses des soutiens&#xa0;? Ses signalements restent, sans lien. Le journal d&apos;audit conserve ce qu&apos;il contenait.</translation>
    </message>
</context>
<context>
    <name>IncidentMenu</name>
    <message>
        <source>I&amp;ncident</source>
        <translation>I&amp;ncident</translation>
    </message>
    <message>
        <source>Incident actions</source>
        <translation>Actions sur l&apos;incident</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nouvel incident…</translation>
    </message>
    <message>
        <source>Edit incident…</source>
        <translation>Modifier l&apos;incident…</translation>
    </message>
    <message>
        <source>Delete incident…</source>
        <translation>Supprimer l&apos;incident…</translation>
    </message>
    <message>
        <source>Crisis response…</source>
        <translation>Réponse à la crise…</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>No incident recorded</source>
        <translation>Aucun incident enregistré</translation>
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
        <translation>p. ex. injonctions de retrait reçues</translation>
    </message>
    <message>
        <source>as published, e.g. 1,250 or 97.5</source>
        <translation>tel que publié, p. ex. 1 250 ou 97,5</translation>
    </message>
    <message>
        <source>to the day</source>
        <translation>au jour près</translation>
    </message>
    <message>
        <source>to the month</source>
        <translation>au mois près</translation>
    </message>
    <message>
        <source>to the year</source>
        <translation>à l&apos;année près</translation>
    </message>
    <message>
        <source>&amp;Supporter:</source>
        <translation>&amp;Soutien&#xa0;:</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Chiffre&#xa0;:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Période &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Période &amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Dates &amp;known:</source>
        <translation>Dates co&amp;nnues&#xa0;:</translation>
    </message>
    <message>
        <source>Dates known</source>
        <translation>Dates connues</translation>
    </message>
    <message>
        <source>P&amp;ublished:</source>
        <translation>&amp;Publication&#xa0;:</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Sou&amp;rce&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Élément de preuve</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Choose a supporter…</source>
        <translation>Choisissez un soutien…</translation>
    </message>
    <message>
        <source>Choose the evidence item it comes from…</source>
        <translation>Choisissez l&apos;élément de preuve d&apos;où il provient…</translation>
    </message>
    <message>
        <source>choose a supporter</source>
        <translation>choisissez un soutien</translation>
    </message>
    <message>
        <source>The metric</source>
        <translation>La mesure</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>L&apos;unité</translation>
    </message>
    <message>
        <source>choose the evidence item the figure comes from</source>
        <translation>choisissez l&apos;élément de preuve d&apos;où provient le chiffre</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>La période ne peut pas se terminer avant de commencer.</translation>
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
        <translation>Soutien dont les chiffres sont affichés</translation>
    </message>
    <message>
        <source>Su&amp;pporter:</source>
        <translation>&amp;Soutien&#xa0;:</translation>
    </message>
    <message>
        <source>Search metric, unit or source</source>
        <translation>Rechercher une mesure, une unité ou une source</translation>
    </message>
    <message>
        <source>Search published figures</source>
        <translation>Rechercher des chiffres publiés</translation>
    </message>
    <message>
        <source>Published figures</source>
        <translation>Chiffres publiés</translation>
    </message>
    <message>
        <source>&amp;Add figure…</source>
        <translation>&amp;Ajouter un chiffre…</translation>
    </message>
    <message>
        <source>Add a published figure</source>
        <translation>Ajouter un chiffre publié</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected figure</source>
        <translation>Modifier le chiffre sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Delete the selected figure</source>
        <translation>Supprimer le chiffre sélectionné</translation>
    </message>
    <message>
        <source>All supporters</source>
        <translation>Tous les soutiens</translation>
    </message>
    <message numerus="yes">
        <source>%n published figure(s)</source>
        <translation>
            <numerusform>%n chiffre publié</numerusform>
            <numerusform>%n chiffres publiés</numerusform>
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
        <translation>p. ex. Online Safety Act 2021</translation>
    </message>
    <message>
        <source>e.g. European Union; or a country&apos;s name</source>
        <translation>p. ex. Union européenne&#xa0;; ou le nom d&apos;un pays</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Jurisdictions:</source>
        <translation>&amp;Juridictions&#xa0;:</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Juridictions</translation>
    </message>
    <message>
        <source>&amp;Adopted:</source>
        <translation>&amp;Adopté le&#xa0;:</translation>
    </message>
    <message>
        <source>In &amp;force:</source>
        <translation>En &amp;vigueur le&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;pplies from:</source>
        <translation>Applicable à partir &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>Struck &amp;down:</source>
        <translation>&amp;Censuré le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repealed:</source>
        <translation>A&amp;brogé le&#xa0;:</translation>
    </message>
    <message>
        <source>(no decision recorded)</source>
        <translation>(aucune décision enregistrée)</translation>
    </message>
    <message>
        <source>One link a line</source>
        <translation>Un lien par ligne</translation>
    </message>
    <message>
        <source>Checked against the sources</source>
        <translation>Vérifié dans les sources</translation>
    </message>
    <message>
        <source>Struck down &amp;by:</source>
        <translation>Censuré &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Struck down by</source>
        <translation>Censuré par</translation>
    </message>
    <message>
        <source>E&amp;xtent:</source>
        <translation>Po&amp;rtée&#xa0;:</translation>
    </message>
    <message>
        <source>What was struck down</source>
        <translation>Ce qui a été censuré</translation>
    </message>
    <message>
        <source>&amp;Obligations:</source>
        <translation>&amp;Obligations&#xa0;:</translation>
    </message>
    <message>
        <source>Key obligations</source>
        <translation>Principales obligations</translation>
    </message>
    <message>
        <source>Pe&amp;nalties:</source>
        <translation>&amp;Sanctions&#xa0;:</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Sanctions</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>So&amp;urces&#xa0;:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Résu&amp;mé&#xa0;:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Not&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Verified:</source>
        <translation>Vér&amp;ifié&#xa0;:</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>day</source>
        <translation>au jour près</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>au mois seulement</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>à l&apos;année seulement</translation>
    </message>
    <message>
        <source>Known to the</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>Co&amp;mmitments it implements</source>
        <translation>En&amp;gagements qu&apos;il met en œuvre</translation>
    </message>
    <message>
        <source>Supporters it &amp;binds directly</source>
        <translation>Soutiens qu&apos;il &amp;lie directement</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
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
        <translation>À réexaminer</translation>
    </message>
    <message>
        <source>Key: {0}</source>
        <translation>Légende&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n élément de preuve</numerusform>
            <numerusform>%n éléments de preuve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s)</source>
        <translation>
            <numerusform>%n soutien</numerusform>
            <numerusform>%n soutiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n engagement</numerusform>
            <numerusform>%n engagements</numerusform>
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
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
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
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
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
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
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
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>&amp;Supporters</source>
        <translation>&amp;Soutiens</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Engagements</translation>
    </message>
    <message>
        <source>Evi&amp;dence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>Cross&amp;walk</source>
        <translation>C&amp;orrespondances</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>Chi&amp;ffres</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Ta&amp;kedown</source>
        <translation>&amp;Retraits</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>R&amp;apports</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Se &amp;connecter à la base d&apos;équipe…</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Load &amp;Demonstration Data</source>
        <translation>Charger les données de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;About Pledge Tracker</source>
        <translation>À &amp;propos de Pledge Tracker</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Waiting for another user&apos;s change to finish…</source>
        <translation>Attente de la fin de la modification d&apos;un autre utilisateur…</translation>
    </message>
    <message>
        <source>{0}: this cannot be undone, so Undo starts again from here.</source>
        <translation>{0}&#xa0;: cette opération ne peut pas être annulée&#xa0;; l&apos;historique d&apos;annulation repart d&apos;ici.</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>Changes signed as {0}</source>
        <translation>Modifications signées au nom de {0}</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>{0} already exists. To use it, open it with File → Open Database.</source>
        <translation>Le fichier {0} existe déjà. Pour l&apos;utiliser, ouvrez-le par Fichier → Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l&apos;instant)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n public example evidence item(s) and the demonstration assessments that cite them; each is marked as demonstration data.</source>
        <translation>
            <numerusform>%n élément de preuve public servant d&apos;exemple a été chargé, avec les évaluations de démonstration qui le citent&#xa0;; chacun est signalé comme donnée de démonstration.</numerusform>
            <numerusform>%n éléments de preuve publics servant d&apos;exemples ont été chargés, avec les évaluations de démonstration qui les citent&#xa0;; chacun est signalé comme donnée de démonstration.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demonstration data is already loaded.</source>
        <translation>Les données de démonstration sont déjà chargées.</translation>
    </message>
    <message>
        <source>Demonstration data loaded</source>
        <translation>Données de démonstration chargées</translation>
    </message>
    <message>
        <source>Loading it cannot be undone; Undo starts again from here.</source>
        <translation>Ce chargement ne peut pas être annulé&#xa0;; l&apos;historique d&apos;annulation repart d&apos;ici.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Columns marked * are required. Columns left unmatched are not imported.</source>
        <translation>Les colonnes marquées * sont obligatoires. Les colonnes sans correspondance ne sont pas importées.</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Le fichier contient&#xa0;:</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>(column {0})</source>
        <translation>(colonne {0})</translation>
    </message>
    <message>
        <source>Choose a column for: {0}</source>
        <translation>Choisissez une colonne pour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>A column of the file is matched twice.</source>
        <translation>Une colonne du fichier est associée deux fois.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>{0}, score {1}, coverage {2}</source>
        <translation>{0}, note {1}, couverture {2}</translation>
    </message>
    <message>
        <source>Level: {0}</source>
        <translation>Niveau&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Effective: {0}</source>
        <translation>Date d&apos;effet&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Assessor: {0}</source>
        <translation>Évaluateur&#xa0;: {0}</translation>
    </message>
    <message>
        <source>⚑ Needs review: its evidence is older than the freshness age</source>
        <translation>⚑ À réexaminer&#xa0;: ses preuves sont plus anciennes que le seuil de fraîcheur</translation>
    </message>
    <message>
        <source>{0} on {1}: {2}</source>
        <translation>{0} pour {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>, needs review</source>
        <translation>, à réexaminer</translation>
    </message>
    <message>
        <source>Wording not yet verified against the official text</source>
        <translation>Libellé non encore vérifié par rapport au texte officiel</translation>
    </message>
    <message>
        <source>Founding supporter</source>
        <translation>Soutien fondateur</translation>
    </message>
    <message>
        <source> (inferred, not verified)</source>
        <translation> (déduite, non vérifiée)</translation>
    </message>
    <message>
        <source>Joined: {0}</source>
        <translation>Adhésion&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Score {0} · coverage {1} ({2} of {3} assessed)</source>
        <translation>Note {0} · couverture {1} ({2} évalués sur {3})</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
</context>
<context>
    <name>MatrixTable</name>
    <message>
        <source>Accountability matrix</source>
        <translation>Matrice de redevabilité</translation>
    </message>
    <message>
        <source>Supporters in rows, commitments in columns; press Enter to record</source>
        <translation>Soutiens en lignes, engagements en colonnes&#xa0;; appuyez sur Entrée pour enregistrer</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Updating the matrix</source>
        <translation>Mise à jour de la matrice</translation>
    </message>
    <message>
        <source>Updating the matrix…</source>
        <translation>Mise à jour de la matrice…</translation>
    </message>
    <message>
        <source>Summary of the supporters shown</source>
        <translation>Synthèse des soutiens affichés</translation>
    </message>
    <message>
        <source>&amp;Record Assessment…</source>
        <translation>&amp;Enregistrer une évaluation…</translation>
    </message>
    <message>
        <source>Record a judgement for the selected cell</source>
        <translation>Enregistrer un jugement pour la case sélectionnée</translation>
    </message>
    <message>
        <source>Add &amp;Evidence…</source>
        <translation>Ajouter une &amp;preuve…</translation>
    </message>
    <message>
        <source>Add evidence for the selected cell</source>
        <translation>Ajouter une preuve pour la case sélectionnée</translation>
    </message>
    <message>
        <source>Go to &amp;As-of Date</source>
        <translation>Aller à la &amp;date de situation</translation>
    </message>
    <message>
        <source>Show &amp;Today</source>
        <translation>Afficher &amp;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Go to the &amp;Matrix</source>
        <translation>Aller à la &amp;matrice</translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s) · score {0} · coverage {1}</source>
        <translation>
            <numerusform>%n soutien · note {0} · couverture {1}</numerusform>
            <numerusform>%n soutiens · note {0} · couverture {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>A date is required (YYYY-MM-DD).</source>
        <translation>Une date est obligatoire (AAAA-MM-JJ).</translation>
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
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Choisir une date dans un calendrier</translation>
    </message>
    <message>
        <source>{0} is before {1}, the earliest date allowed here</source>
        <translation>{0} précède le {1}, première date admise ici</translation>
    </message>
    <message>
        <source>{0} is after {1}, the latest date allowed here</source>
        <translation>{0} dépasse le {1}, dernière date admise ici</translation>
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
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Aperçu du fichier</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source> (sheet {0})</source>
        <translation> (feuille {0})</translation>
    </message>
    <message numerus="yes">
        <source>{0}{1}: %n row(s).</source>
        <translation>
            <numerusform>{0}{1}&#xa0;: %n ligne.</numerusform>
            <numerusform>{0}{1}&#xa0;: %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}{1}: %n rows. The first {2} are shown.</source>
        <translation>
            <numerusform>{0}{1}&#xa0;: %n ligne. Les {2} premières sont affichées.</numerusform>
            <numerusform>{0}{1}&#xa0;: %n lignes. Les {2} premières sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A data package written by Pledge Tracker {0} on {1}. Into an empty database it is restored exactly; into this one it is merged, and any record that differs is listed for you to decide.</source>
        <translation>Paquet de données écrit par Pledge Tracker {0} le {1}. Dans une base vide, il est restauré à l&apos;identique&#xa0;; dans celle-ci, il est fusionné, et chaque enregistrement qui diffère vous est présenté pour décision.</translation>
    </message>
    <message>
        <source>Go back to choose another file.</source>
        <translation>Revenez en arrière pour choisir un autre fichier.</translation>
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
        <translation>Réponse du soutien&#xa0;: {0}</translation>
    </message>
    <message>
        <source>https://… (where the supporter said it)</source>
        <translation>https://… (là où le soutien s&apos;est exprimé)</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the reply</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Lien de la source</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>La source</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Supporter scorecards (a page each)</source>
        <translation>Fiches des soutiens (une page chacun)</translation>
    </message>
    <message>
        <source>Summit briefing</source>
        <translation>Note de synthèse pour le sommet</translation>
    </message>
    <message>
        <source>Full accountability report</source>
        <translation>Rapport complet de redevabilité</translation>
    </message>
    <message>
        <source>Incident report (one incident)</source>
        <translation>Rapport d&apos;incident (un incident)</translation>
    </message>
    <message>
        <source>Every active supporter</source>
        <translation>Tous les soutiens actifs</translation>
    </message>
    <message>
        <source>Supporters of one kind</source>
        <translation>Soutiens d&apos;une même catégorie</translation>
    </message>
    <message>
        <source>Chosen supporters</source>
        <translation>Soutiens choisis</translation>
    </message>
    <message>
        <source>Governments</source>
        <translation>Gouvernements</translation>
    </message>
    <message>
        <source>Intergovernmental bodies</source>
        <translation>Organisations intergouvernementales</translation>
    </message>
    <message>
        <source>Online service providers</source>
        <translation>Fournisseurs de services en ligne</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>&amp;Supporters</source>
        <translation>Sou&amp;tiens</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Accessible HTML</source>
        <translation>HTML accessible</translation>
    </message>
    <message>
        <source>What Save writes: the PDF shown, or the same report as one HTML file for screen readers and reading at any size</source>
        <translation>Ce que produit l&apos;enregistrement&#xa0;: le PDF affiché, ou le même rapport en un seul fichier HTML, pour les lecteurs d&apos;écran et la lecture à toute taille</translation>
    </message>
    <message>
        <source>&amp;Public edition (leave restricted evidence out)</source>
        <translation>Édition p&amp;ublique (sans les preuves restreintes)</translation>
    </message>
    <message>
        <source>Re&amp;viewed ratings only</source>
        <translation>Notations re&amp;vues seulement</translation>
    </message>
    <message>
        <source>Print only ratings a second officer has reviewed; the others as not assessed</source>
        <translation>N&apos;imprimer que les notations revues par un second agent&#xa0;; les autres comme non évaluées</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer s&amp;ous…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Impri&amp;mer…</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Avancement du rapport</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Situation au</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Évolutions depuis le</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <source>Kind of supporter</source>
        <translation>Catégorie de soutien</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Format to save</source>
        <translation>Format d&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Situation &amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>Changes si&amp;nce:</source>
        <translation>Évolutions &amp;depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;upporters:</source>
        <translation>&amp;Soutiens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0} (inactif)</translation>
    </message>
    <message>
        <source>Tick at least one supporter, or choose another scope.</source>
        <translation>Cochez au moins un soutien, ou choisissez un autre périmètre.</translation>
    </message>
    <message>
        <source>Record an incident first: there is none to report on.</source>
        <translation>Enregistrez d&apos;abord un incident&#xa0;: il n&apos;y en a aucun sur lequel produire un rapport.</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Lecture de la base de données…</translation>
    </message>
    <message>
        <source>Laying out page {0} of about {1}…</source>
        <translation>Mise en page&#xa0;: page {0} sur {1} environ…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n page(s). Save or print it from here.</source>
        <translation>
            <numerusform>{0}&#xa0;: %n page. Enregistrez-le ou imprimez-le d&apos;ici.</numerusform>
            <numerusform>{0}&#xa0;: %n pages. Enregistrez-le ou imprimez-le d&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Annulé&#xa0;: aucun rapport n&apos;a été produit.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Le rapport n&apos;a pas pu être produit.</translation>
    </message>
    <message>
        <source>Printing is not available in this installation: save the PDF instead.</source>
        <translation>L&apos;impression n&apos;est pas disponible dans cette installation&#xa0;: enregistrez plutôt le PDF.</translation>
    </message>
    <message>
        <source>The preview is out of date: press Generate to make the report again.</source>
        <translation>L&apos;aperçu n&apos;est plus à jour&#xa0;: cliquez sur Générer pour produire de nouveau le rapport.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the accessible edition…</source>
        <translation>Écriture de l&apos;édition accessible…</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Enregistré dans {0}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;impression n&apos;a pas pu démarrer.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
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
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>S&amp;upporter:</source>
        <translation>&amp;Soutien&#xa0;:</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>&amp;First action ({0}):</source>
        <translation>&amp;Première action ({0})&#xa0;:</translation>
    </message>
    <message>
        <source>First action at</source>
        <translation>Heure de la première action</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Ce qui a été fait&#xa0;:</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>P&amp;reuve&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Preuve citée</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore from &amp;File…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Backups are kept for database files. A database server is backed up and restored with its own tools (pg_dump, pg_restore).</source>
        <translation>Les sauvegardes sont conservées pour les fichiers de base de données. Un serveur de base de données est sauvegardé et restauré avec ses propres outils (pg_dump, pg_restore).</translation>
    </message>
    <message>
        <source>No backups of {0} yet (they are kept in {1}).</source>
        <translation>Aucune sauvegarde de {0} pour l&apos;instant (elles sont conservées dans {1}).</translation>
    </message>
    <message>
        <source>Choose a backup of {0}. It is checked before anything changes, and the current file is kept beside it as {0}.replaced-&lt;date&gt;, so nothing is lost.</source>
        <translation>Choisissez une sauvegarde de {0}. Elle est vérifiée avant toute modification, et le fichier actuel est conservé à côté sous le nom {0}.replaced-&lt;date&gt;&#xa0;: rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d&apos;audit</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Restore from File</source>
        <translation>Restaurer depuis un fichier</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Bases de données (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the backup taken {0}</source>
        <translation>la sauvegarde du {0}</translation>
    </message>
    <message>
        <source>Replace {0} with {1}? Changes made since then leave the open database, but the current file is kept aside, so they can be recovered.</source>
        <translation>Remplacer {0} par {1}&#xa0;? Les modifications faites depuis disparaîtront de la base ouverte, mais le fichier actuel est mis de côté&#xa0;: elles pourront être récupérées.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation>Marquer comme &amp;revu</translation>
    </message>
    <message>
        <source>Record that you, a second officer, checked the judgement shown</source>
        <translation>Enregistrer que vous, second agent, avez vérifié le jugement affiché</translation>
    </message>
    <message>
        <source>Record Supporter&apos;s Re&amp;ply…</source>
        <translation>Enregistrer la réponse du &amp;soutien…</translation>
    </message>
    <message>
        <source>Record the supporter&apos;s reply to the judgement</source>
        <translation>Enregistrer la réponse du soutien au jugement</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Recorded as the assessor and in the audit log</source>
        <translation>Enregistré comme évaluateur et dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Evidence freshness age in months</source>
        <translation>Ancienneté maximale des preuves, en mois</translation>
    </message>
    <message>
        <source>Coverage needed to be ranked, in percent</source>
        <translation>Couverture requise pour être classé, en pourcentage</translation>
    </message>
    <message>
        <source>Default paper size</source>
        <translation>Format de papier par défaut</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence &amp;freshness:</source>
        <translation>&amp;Fraîcheur des preuves&#xa0;:</translation>
    </message>
    <message>
        <source>An assessment whose newest evidence is older than this is marked “needs review”.</source>
        <translation>Une évaluation dont la preuve la plus récente est plus ancienne est signalée «&#xa0;à réexaminer&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Ranking threshold:</source>
        <translation>Seuil de &amp;classement&#xa0;:</translation>
    </message>
    <message>
        <source>Reports rank only supporters with at least this share of their commitments assessed; the others are listed apart as not enough assessed to rank.</source>
        <translation>Les rapports ne classent que les soutiens dont au moins cette part des engagements est évaluée&#xa0;; les autres sont présentés à part comme trop peu évalués pour être classés.</translation>
    </message>
    <message>
        <source>Default &amp;paper size:</source>
        <translation>Format de &amp;papier par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The interface, dates, numbers and sorting change to this language the next time Pledge Tracker starts.</source>
        <translation>L&apos;interface, les dates, les nombres et le tri passeront à cette langue au prochain démarrage de Pledge Tracker.</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved yet</source>
        <translation>Pourquoi les paramètres ne peuvent pas encore être enregistrés</translation>
    </message>
    <message>
        <source>Give a display name.</source>
        <translation>Indiquez un nom affiché.</translation>
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
        <translation>Avertissement sur la base de données</translation>
    </message>
    <message>
        <source>Hide this warning until the next database</source>
        <translation>Masquer cet avertissement jusqu&apos;à la prochaine base de données</translation>
    </message>
    <message>
        <source>Hide warning</source>
        <translation>Masquer l&apos;avertissement</translation>
    </message>
    <message>
        <source>Accept this audit log…</source>
        <translation>Accepter ce journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Record in the audit log that you accept it as it is, and anchor it again</source>
        <translation>Consigner dans le journal d&apos;audit que vous l&apos;acceptez en l&apos;état, et l&apos;ancrer de nouveau</translation>
    </message>
    <message>
        <source>Read-only: your team role is viewer. You can read, search, chart and print, but no change can be saved. Ask an admin of the team database for editor rights.</source>
        <translation>Lecture seule&#xa0;: votre rôle dans l&apos;équipe est lecteur. Vous pouvez consulter, rechercher, faire des graphiques et imprimer, mais aucune modification ne peut être enregistrée. Demandez les droits de rédacteur à un administrateur de la base d&apos;équipe.</translation>
    </message>
    <message>
        <source>Read-only: {0}. You can read, search, chart and print, but no change can be saved. To make changes, copy the file to a folder you can write to and open the copy.</source>
        <translation>Lecture seule&#xa0;: {0}. Vous pouvez consulter, rechercher, faire des graphiques et imprimer, mais aucune modification ne peut être enregistrée. Pour apporter des modifications, copiez le fichier dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <source>this database was opened read-only</source>
        <translation>cette base de données a été ouverte en lecture seule</translation>
    </message>
    <message>
        <source>Network drive: this database is on {0}. SQLite is not safe there: file locking over a network can fail and damage the database, above all when two people use it at once. Keep it on this computer&apos;s own disk, or, for a team, use a shared PostgreSQL server (pledge-tracker --db postgresql+psycopg://USER@SERVER/pledge_tracker).</source>
        <translation>Lecteur réseau&#xa0;: cette base de données se trouve sur {0}. SQLite n&apos;y est pas sûr&#xa0;: le verrouillage des fichiers sur un réseau peut échouer et endommager la base, surtout quand deux personnes l&apos;utilisent en même temps. Conservez-la sur le disque de cet ordinateur ou, pour une équipe, utilisez un serveur PostgreSQL partagé (pledge-tracker --db postgresql+psycopg://USER@SERVER/pledge_tracker).</translation>
    </message>
    <message>
        <source>Check failed: {0}</source>
        <translation>Échec de la vérification&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Audit anchor missing: {0}. If this is the database you have been using, accept its audit log; otherwise restore a backup (File → Restore backup).</source>
        <translation>Ancrage d&apos;audit manquant&#xa0;: {0}. S&apos;il s&apos;agit bien de la base de données que vous utilisiez, acceptez son journal d&apos;audit&#xa0;; sinon, restaurez une sauvegarde (Fichier → Restaurer une sauvegarde).</translation>
    </message>
    <message>
        <source>Tampering found: {0}. Run &apos;pledge-tracker check&apos; for a full report, and restore the newest good backup (File → Restore backup) if this change was not made through the app.</source>
        <translation>Altération détectée&#xa0;: {0}. Lancez «&#xa0;pledge-tracker check&#xa0;» pour un rapport complet, et restaurez la dernière sauvegarde saine (Fichier → Restaurer une sauvegarde) si cette modification n&apos;a pas été faite dans l&apos;application.</translation>
    </message>
    <message>
        <source>Accept this audit log</source>
        <translation>Accepter ce journal d&apos;audit</translation>
    </message>
    <message>
        <source>The outside record of this database&apos;s audit log is missing, so a rewritten log would not show. Accept the log as it is now? Your acceptance is itself recorded in the audit log.</source>
        <translation>La trace externe du journal d&apos;audit de cette base de données est absente&#xa0;: une réécriture du journal passerait donc inaperçue. Accepter le journal dans son état actuel&#xa0;? Votre acceptation est elle-même consignée dans le journal d&apos;audit.</translation>
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
        <translation>deux lettres, p. ex. FR</translation>
    </message>
    <message>
        <source>A &amp;founding supporter (15 May 2019)</source>
        <translation>Soutien &amp;fondateur (15 mai 2019)</translation>
    </message>
    <message>
        <source>Founding supporter</source>
        <translation>Soutien fondateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>Date d&apos;a&amp;dhésion&#xa0;:</translation>
    </message>
    <message>
        <source>Date joined</source>
        <translation>Date d&apos;adhésion</translation>
    </message>
    <message>
        <source>&amp;Source link:</source>
        <translation>Lien de la &amp;source&#xa0;:</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Lien de la source</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>no basis recorded</source>
        <translation>aucune justification enregistrée</translation>
    </message>
    <message>
        <source>ⓘ This join date was inferred ({0}). Typing a date marks it confirmed.</source>
        <translation>ⓘ Cette date d&apos;adhésion a été déduite ({0}). Saisir une date la marque comme confirmée.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
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
        <translation>
            <numerusform>{0} sur %n engagement applicable évalué</numerusform>
            <numerusform>{0} sur %n engagements applicables évalués</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportersView</name>
    <message>
        <source>Search name or country code</source>
        <translation>Rechercher un nom ou un code pays</translation>
    </message>
    <message>
        <source>Search supporters</source>
        <translation>Rechercher des soutiens</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Afficher les &amp;inactifs</translation>
    </message>
    <message>
        <source>Show inactive supporters</source>
        <translation>Afficher les soutiens inactifs</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <source>&amp;Add supporter…</source>
        <translation>&amp;Ajouter un soutien…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Add a supporter</source>
        <translation>Ajouter un soutien</translation>
    </message>
    <message>
        <source>Edit the selected supporter</source>
        <translation>Modifier le soutien sélectionné</translation>
    </message>
    <message>
        <source>Scores as of {0} ·</source>
        <translation>Notes au {0} ·</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n supporter(s)</source>
        <translation>
            <numerusform>{0} sur %n soutien</numerusform>
            <numerusform>{0} sur %n soutiens</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Deactivate the selected supporter</source>
        <translation>Désactiver le soutien sélectionné</translation>
    </message>
    <message>
        <source>Reactivate the selected supporter</source>
        <translation>Réactiver le soutien sélectionné</translation>
    </message>
</context>
<context>
    <name>TakedownFilters</name>
    <message>
        <source>Every incident</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>Found any way</source>
        <translation>Tout mode de découverte</translation>
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
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation>Mode de découverte</translation>
    </message>
    <message>
        <source>Found from</source>
        <translation>Trouvées à partir du</translation>
    </message>
    <message>
        <source>Found until</source>
        <translation>Trouvées jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>P&amp;lateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Found &amp;by:</source>
        <translation>&amp;Trouvées par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TakedownView</name>
    <message>
        <source>Includes a demonstration incident: fictional data, not a real event.</source>
        <translation>Inclut un incident de démonstration&#xa0;: données fictives, pas un événement réel.</translation>
    </message>
    <message>
        <source>Takedown figures per platform</source>
        <translation>Chiffres de retrait par plateforme</translation>
    </message>
    <message>
        <source>Copies still online, oldest first</source>
        <translation>Copies encore en ligne, la plus ancienne d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Copy Live Address…</source>
        <translation>&amp;Copier l&apos;adresse réelle…</translation>
    </message>
    <message>
        <source>Copy the chosen copy&apos;s live address, after a warning (never opened)</source>
        <translation>Copier l&apos;adresse réelle de la copie choisie, après un avertissement (jamais ouverte)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Figures per platform as CSV…</source>
        <translation>Chiffres par plateforme en CSV…</translation>
    </message>
    <message>
        <source>Weekly counts as CSV…</source>
        <translation>Décomptes hebdomadaires en CSV…</translation>
    </message>
    <message>
        <source>Copies still online as CSV…</source>
        <translation>Copies encore en ligne en CSV…</translation>
    </message>
    <message>
        <source>Every table as an Excel workbook…</source>
        <translation>Tous les tableaux en classeur Excel…</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Chargement des chiffres…</translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s) as of {0} UTC.</source>
        <translation>
            <numerusform>%n signalement au {0} UTC.</numerusform>
            <numerusform>%n signalements au {0} UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still online, oldest first (addresses defanged): %n cop(ies)</source>
        <translation>
            <numerusform>Encore en ligne, la plus ancienne d&apos;abord (adresses neutralisées)&#xa0;: %n copie</numerusform>
            <numerusform>Encore en ligne, la plus ancienne d&apos;abord (adresses neutralisées)&#xa0;: %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source> (the oldest {0} listed)</source>
        <translation> (les {0} plus anciennes sont listées)</translation>
    </message>
    <message>
        <source>Choose a copy in the list first.</source>
        <translation>Choisissez d&apos;abord une copie dans la liste.</translation>
    </message>
    <message>
        <source>Live address copied to the clipboard. Do not open it.</source>
        <translation>Adresse réelle copiée dans le presse-papiers. Ne l&apos;ouvrez pas.</translation>
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
        <translation>† Non vérifié auprès de ses sources.</translation>
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
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Search titles, summaries, notes, links</source>
        <translation>Rechercher dans les titres, résumés, notes, liens</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Rechercher dans la chronologie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Depuis&#xa0;:</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Année de fin</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation>Détail de l&apos;événement</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;Ajouter un événement…</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Modifier l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Supprimer l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Classeur Excel…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Note&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Supporters: {0}</source>
        <translation>Soutiens&#xa0;: {0}</translation>
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
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>Delete “{0}” from the timeline? The audit log keeps what it said.</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;» de la chronologie&#xa0;? Le journal d&apos;audit en conserve le contenu.</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record. Save again to compare.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un d&apos;autre a modifié cet enregistrement. Enregistrez de nouveau pour comparer.</translation>
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
        <source>use a .csv or .xlsx spreadsheet or a .zip data package</source>
        <translation>utilisez un tableur .csv ou .xlsx, ou un paquet de données .zip</translation>
    </message>
    <message>
        <source>is a data package, not a spreadsheet</source>
        <translation>est un paquet de données, pas un tableur</translation>
    </message>
    <message>
        <source>is {size} MiB; the limit is {limit} MiB</source>
        <translation>fait {size}&#xa0;Mio&#xa0;; la limite est de {limit}&#xa0;Mio</translation>
    </message>
    <message>
        <source>cannot be read ({cause})</source>
        <translation>ne peut pas être lu ({cause})</translation>
    </message>
    <message>
        <source>is a zip archive (an XLSX workbook?), not CSV text: rename it .xlsx</source>
        <translation>est une archive zip (un classeur XLSX&#xa0;?), pas du texte CSV&#xa0;: renommez-le en .xlsx</translation>
    </message>
    <message>
        <source>is UTF-16 text; save it as &apos;CSV UTF-8 (comma delimited)&apos;</source>
        <translation>est du texte UTF-16&#xa0;; enregistrez-le au format «&#xa0;CSV UTF-8 (délimité par des virgules)&#xa0;»</translation>
    </message>
    <message>
        <source>holds NUL bytes: it is not a CSV text file</source>
        <translation>contient des octets NUL&#xa0;: ce n&apos;est pas un fichier texte CSV</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{byte} at offset {offset}; perhaps Windows-1252 or Latin-1). Save it as &apos;CSV UTF-8 (comma delimited)&apos;</source>
        <translation>n&apos;est pas du texte UTF-8 (octet 0x{byte} à la position {offset}&#xa0;; peut-être du Windows-1252 ou du Latin-1). Enregistrez-le au format «&#xa0;CSV UTF-8 (délimité par des virgules)&#xa0;»</translation>
    </message>
    <message>
        <source>has more than {most} rows; split it</source>
        <translation>compte plus de {most} lignes&#xa0;; divisez-le</translation>
    </message>
    <message>
        <source>is not valid CSV ({cause})</source>
        <translation>n&apos;est pas un CSV valide ({cause})</translation>
    </message>
    <message>
        <source>cannot be read as an XLSX workbook ({cause})</source>
        <translation>ne peut pas être lu comme un classeur XLSX ({cause})</translation>
    </message>
    <message>
        <source>is a zip archive but not an XLSX workbook</source>
        <translation>est une archive zip, mais pas un classeur XLSX</translation>
    </message>
    <message>
        <source>is not an XLSX workbook (an XLSX file is a zip archive); if it is CSV text, rename it .csv</source>
        <translation>n&apos;est pas un classeur XLSX (un fichier XLSX est une archive zip)&#xa0;; s&apos;il contient du texte CSV, renommez-le en .csv</translation>
    </message>
    <message>
        <source>has no worksheet</source>
        <translation>n&apos;a aucune feuille de calcul</translation>
    </message>
    <message>
        <source>is empty: it has no header row</source>
        <translation>est vide&#xa0;: il n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>has more than {most} columns</source>
        <translation>compte plus de {most} colonnes</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>cannot be less than {minimum}</source>
        <translation>ne peut pas être inférieur à {minimum}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too large</source>
        <translation>«&#xa0;{value}&#xa0;» est trop grand</translation>
    </message>
    <message>
        <source>a date and time is required (YYYY-MM-DDTHH:MM)</source>
        <translation>une date et une heure sont obligatoires (AAAA-MM-JJTHH:MM)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time; use e.g. 2024-03-15T14:30Z</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date et une heure&#xa0;; écrivez par ex. 2024-03-15T14:30Z</translation>
    </message>
    <message>
        <source>{value} is out of range</source>
        <translation>{value} est hors des limites acceptées</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an identifier (a UUID)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un identifiant (un UUID)</translation>
    </message>
    <message>
        <source>the name in quotes at &apos;{where}&apos; is not closed by a quote before the next ; (write a quote inside quotes as &quot;&quot;)</source>
        <translation>le nom entre guillemets à «&#xa0;{where}&#xa0;» n&apos;est pas fermé par un guillemet avant le prochain&#xa0;; (écrivez un guillemet entre guillemets sous la forme &quot;&quot;)</translation>
    </message>
    <message>
        <source>no supporter named &apos;{value}&apos;</source>
        <translation>aucun soutien nommé «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>no commitment &apos;{value}&apos;</source>
        <translation>aucun engagement «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>evidence &apos;{value}&apos; is named by more than one item; use its uid</source>
        <translation>plusieurs preuves portent le nom «&#xa0;{value}&#xa0;»&#xa0;; utilisez son uid</translation>
    </message>
    <message>
        <source>evidence &apos;{value}&apos; does not exist</source>
        <translation>la preuve «&#xa0;{value}&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>no instrument named &apos;{value}&apos; here</source>
        <translation>aucun instrument nommé «&#xa0;{value}&#xa0;» ici</translation>
    </message>
    <message>
        <source>is required: the evidence item the figure comes from</source>
        <translation>est obligatoire&#xa0;: la preuve dont provient le chiffre</translation>
    </message>
    <message>
        <source>is not a column of this import</source>
        <translation>n&apos;est pas une colonne de cet import</translation>
    </message>
    <message>
        <source>the file has no &apos;{column}&apos; column, which {kind} need (required: {required})</source>
        <translation>le fichier n&apos;a pas de colonne «&#xa0;{column}&#xa0;», requise pour l&apos;import {kind} (obligatoires&#xa0;: {required})</translation>
    </message>
    <message>
        <source>same as row {row}</source>
        <translation>identique à la ligne {row}</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>déjà présent</translation>
    </message>
    <message>
        <source>refused by the database: {detail}</source>
        <translation>refusé par la base de données&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{detail}; nothing was imported</source>
        <translation>{detail}&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{detail} (1 more row has errors); nothing was imported</source>
        <translation>{detail} (1 autre ligne comporte des erreurs)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{detail} ({more} more rows have errors); nothing was imported</source>
        <translation>{detail} ({more} autres lignes comportent des erreurs)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the columns do not match any kind of import; name the kind ({kinds}) or start from a template</source>
        <translation>les colonnes ne correspondent à aucun type d&apos;import&#xa0;; indiquez le type ({kinds}) ou partez d&apos;un modèle</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not csv or xlsx</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est ni csv ni xlsx</translation>
    </message>
    <message>
        <source>a template is a .csv or .xlsx file</source>
        <translation>un modèle est un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <source>a date is required (YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>une date est obligatoire (AAAA-MM-JJ, AAAA-MM ou AAAA)</translation>
    </message>
    <message>
        <source>no instrument &apos;{value}&apos; (add the decision first)</source>
        <translation>aucun instrument «&#xa0;{value}&#xa0;» (ajoutez d&apos;abord la décision)</translation>
    </message>
    <message>
        <source>no incident named &apos;{value}&apos;</source>
        <translation>aucun incident nommé «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not &apos;mine&apos; or &apos;theirs&apos;</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est ni «&#xa0;mine&#xa0;» ni «&#xa0;theirs&#xa0;»</translation>
    </message>
    <message>
        <source>the package&apos;s version of &apos;{label}&apos; clashes with another record here ({cause})</source>
        <translation>la version du paquet de «&#xa0;{label}&#xa0;» entre en conflit avec un autre enregistrement d&apos;ici ({cause})</translation>
    </message>
    <message>
        <source>the package&apos;s audit log is broken ({cause})</source>
        <translation>le journal d&apos;audit du paquet est rompu ({cause})</translation>
    </message>
    <message>
        <source>is not a readable zip archive ({cause})</source>
        <translation>n&apos;est pas une archive zip lisible ({cause})</translation>
    </message>
    <message>
        <source>uses an unsupported zip feature ({cause})</source>
        <translation>utilise une fonction zip non prise en charge ({cause})</translation>
    </message>
    <message>
        <source>attachment {digest}… is missing</source>
        <translation>la pièce jointe {digest}… est manquante</translation>
    </message>
    <message>
        <source>attachment {digest}… does not match its hash</source>
        <translation>la pièce jointe {digest}… ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not match the manifest&apos;s SHA-256 (altered or damaged)</source>
        <translation>«&#xa0;{name}&#xa0;» ne correspond pas au SHA-256 du manifeste (modifié ou endommagé)</translation>
    </message>
    <message>
        <source>has no manifest.json: it is not a Pledge Tracker data package</source>
        <translation>n&apos;a pas de manifest.json&#xa0;: ce n&apos;est pas un paquet de données Pledge Tracker</translation>
    </message>
    <message>
        <source>manifest.json is not a Pledge Tracker package manifest</source>
        <translation>manifest.json n&apos;est pas un manifeste de paquet Pledge Tracker</translation>
    </message>
    <message>
        <source>is package format {version}; this version reads 1</source>
        <translation>est au format de paquet {version}&#xa0;; cette version lit le format 1</translation>
    </message>
    <message>
        <source>attachment {digest}… has no matching file</source>
        <translation>la pièce jointe {digest}… n&apos;a pas de fichier correspondant</translation>
    </message>
    <message>
        <source>was written by Pledge Tracker {written_by} (database schema {revision}); this is version {version} (schema {head}), which cannot read it. Install Pledge Tracker {written_by} or newer to open it.</source>
        <translation>a été écrit par Pledge Tracker {written_by} (schéma de base de données {revision})&#xa0;; cette version est la {version} (schéma {head}), qui ne peut pas le lire. Installez Pledge Tracker {written_by} ou plus récent pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is known only to the year, not the month</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est connu qu&apos;à l&apos;année près, pas au mois</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is known only to the year, not the day</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est connu qu&apos;à l&apos;année près, pas au jour</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is known only to the month, not the day</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est connu qu&apos;au mois près, pas au jour</translation>
    </message>
    <message>
        <source>is required: a number</source>
        <translation>est obligatoire&#xa0;: un nombre</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has more than {most} decimals</source>
        <translation>«&#xa0;{value}&#xa0;» a plus de {most} décimales</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number: use one comma at most, for the decimals</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre&#xa0;: une seule virgule au plus, pour les décimales</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number: use a point for decimals</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre&#xa0;: utilisez un point pour les décimales</translation>
    </message>
    <message>
        <source>required: fill it in</source>
        <translation>obligatoire&#xa0;: remplissez ce champ</translation>
    </message>
    <message>
        <source>{value} holds line breaks, tabs or other invisible characters</source>
        <translation>{value} contient des sauts de ligne, des tabulations ou d&apos;autres caractères invisibles</translation>
    </message>
    <message>
        <source>{value} is longer than {most} bytes</source>
        <translation>{value} dépasse {most} octets</translation>
    </message>
    <message>
        <source>{value} is not a server name or address</source>
        <translation>{value} n&apos;est pas un nom ou une adresse de serveur</translation>
    </message>
    <message>
        <source>{value} is not a port number (1 to 65535)</source>
        <translation>{value} n&apos;est pas un numéro de port (1 à 65535)</translation>
    </message>
    <message>
        <source>the user name is empty</source>
        <translation>le nom d&apos;utilisateur est vide</translation>
    </message>
    <message>
        <source>the user name holds control characters</source>
        <translation>le nom d&apos;utilisateur contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the user name is longer than {most} bytes</source>
        <translation>le nom d&apos;utilisateur dépasse {most} octets</translation>
    </message>
    <message>
        <source>&apos;{user}&apos; is reserved for the server or the team roles</source>
        <translation>«&#xa0;{user}&#xa0;» est réservé au serveur ou aux rôles de l&apos;équipe</translation>
    </message>
    <message>
        <source>the password is empty or holds a NUL character</source>
        <translation>le mot de passe est vide ou contient un caractère NUL</translation>
    </message>
    <message>
        <source>roles need a PostgreSQL server: this database is a SQLite file, where whoever can open the file can read all of it</source>
        <translation>les rôles exigent un serveur PostgreSQL&#xa0;: cette base est un fichier SQLite, que quiconque peut ouvrir peut lire en entier</translation>
    </message>
    <message>
        <source>{user} may not grant roles ({detail}): run it as an admin or as the database&apos;s owner</source>
        <translation>{user} ne peut pas attribuer de rôles ({detail})&#xa0;: lancez l&apos;opération en tant qu&apos;administrateur ou propriétaire de la base</translation>
    </message>
    <message>
        <source>the server refused the grant: {detail}</source>
        <translation>le serveur a refusé l&apos;attribution&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>an assessment cannot describe a date in the future</source>
        <translation>une évaluation ne peut pas porter sur une date future</translation>
    </message>
    <message>
        <source>say why: a rationale is required for every level but &apos;not assessed&apos;</source>
        <translation>dites pourquoi&#xa0;: une justification est obligatoire pour tout niveau sauf «&#xa0;non évalué&#xa0;»</translation>
    </message>
    <message>
        <source>{supporter} is not bound by {code} (its kind does not pledge it)</source>
        <translation>{supporter} n&apos;est pas tenu par {code} (son type de soutien ne s&apos;y engage pas)</translation>
    </message>
    <message>
        <source>no evidence item with id {id}</source>
        <translation>aucune preuve avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>no assessment with id {id}</source>
        <translation>aucune évaluation avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>{who} recorded this judgement: a review needs a second officer</source>
        <translation>{who} a enregistré cette évaluation&#xa0;: une revue exige un second agent</translation>
    </message>
    <message>
        <source>already reviewed by {who}</source>
        <translation>déjà revue par {who}</translation>
    </message>
    <message>
        <source>is required: when the period began</source>
        <translation>est obligatoire&#xa0;: le début de la période</translation>
    </message>
    <message>
        <source>is required: when the period ended</source>
        <translation>est obligatoire&#xa0;: la fin de la période</translation>
    </message>
    <message>
        <source>cannot be before the start of the period</source>
        <translation>ne peut pas précéder le début de la période</translation>
    </message>
    <message>
        <source>&apos;{metric}&apos; is already recorded for this period; edit that one</source>
        <translation>«&#xa0;{metric}&#xa0;» est déjà enregistré pour cette période&#xa0;; modifiez celui-ci</translation>
    </message>
    <message>
        <source>no published figure with id {id}</source>
        <translation>aucun chiffre publié avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reload it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet enregistrement depuis que vous l&apos;avez ouvert. Rechargez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reload it, then make your change again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet enregistrement depuis que vous l&apos;avez ouvert. Rechargez-le, puis refaites votre modification.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; nothing was saved. Free some space, then try again.</source>
        <translation>Le disque qui contient {folder} est plein&#xa0;; rien n&apos;a été enregistré. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; nothing was imported. Free some space, then try again.</source>
        <translation>Le disque qui contient {folder} est plein&#xa0;; rien n&apos;a été importé. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Read-only: your team role is viewer ({user}), so no change can be saved. Ask an admin for editor rights (pledge-tracker db grant).</source>
        <translation>Lecture seule&#xa0;: votre rôle dans l&apos;équipe est lecteur ({user}), aucune modification ne peut donc être enregistrée. Demandez à un administrateur les droits de rédacteur (pledge-tracker db grant).</translation>
    </message>
    <message>
        <source>This database is open read-only: no change can be saved. Copy the file to a folder you can write to and open the copy to make changes.</source>
        <translation>Cette base est ouverte en lecture seule&#xa0;: aucune modification ne peut être enregistrée. Copiez le fichier dans un dossier où vous pouvez écrire et ouvrez la copie pour faire vos modifications.</translation>
    </message>
    <message>
        <source>This database is open read-only: a dry run needs a lock.</source>
        <translation>Cette base est ouverte en lecture seule&#xa0;: un essai à blanc exige un verrou.</translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only file or folder). Nothing was saved.</source>
        <translation>Le fichier de la base ne peut pas être écrit (fichier ou dossier en lecture seule). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database is busy: another window or program kept it locked too long. Nothing was saved; try again in a moment.</source>
        <translation>La base est occupée&#xa0;: une autre fenêtre ou un autre programme l&apos;a verrouillée trop longtemps. Rien n&apos;a été enregistré&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database file is damaged. Run &apos;pledge-tracker check&apos; and restore the newest good backup (File → Restore backup).</source>
        <translation>Le fichier de la base est endommagé. Lancez «&#xa0;pledge-tracker check&#xa0;» et restaurez la plus récente sauvegarde saine (Fichier → Restaurer une sauvegarde).</translation>
    </message>
    <message>
        <source>The change breaks a database rule: {detail}</source>
        <translation>La modification enfreint une règle de la base&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The disk refused the write ({detail}). Nothing was saved.</source>
        <translation>Le disque a refusé l&apos;écriture ({detail}). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database refused the operation: {detail}</source>
        <translation>La base a refusé l&apos;opération&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>the database ended the transaction; nothing was saved</source>
        <translation>la base a mis fin à la transaction&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Pledge Tracker (schema {schema}; this version knows up to {head}). Install the newer version to open it; the file was not changed.</source>
        <translation>Cette base a été écrite par une version plus récente de Pledge Tracker (schéma {schema}&#xa0;; cette version connaît jusqu&apos;au {head}). Installez la version plus récente pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>{file} is not a file that can be attached</source>
        <translation>{file} n&apos;est pas un fichier qui peut être joint</translation>
    </message>
    <message>
        <source>{name} is {size} MB; the limit is 200 MB</source>
        <translation>{name} fait {size}&#xa0;Mo&#xa0;; la limite est de 200&#xa0;Mo</translation>
    </message>
    <message>
        <source>{name} cannot be read: {detail}</source>
        <translation>{name} ne peut pas être lu&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{name} changed on disk after it was added (SHA-256 then {then}…, now {now}…); nothing was saved. Remove it and add it again</source>
        <translation>{name} a changé sur le disque après avoir été ajouté (SHA-256 alors {then}…, maintenant {now}…)&#xa0;; rien n&apos;a été enregistré. Retirez-le et ajoutez-le de nouveau</translation>
    </message>
    <message>
        <source>no attachment {digest}…</source>
        <translation>aucune pièce jointe {digest}…</translation>
    </message>
    <message>
        <source>the findings are empty; write at least one paragraph</source>
        <translation>les constats sont vides&#xa0;; écrivez au moins un paragraphe</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail})</source>
        <translation>{path} ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (byte {byte} cannot be read)</source>
        <translation>{path} n&apos;est pas un texte UTF-8 (l&apos;octet {byte} ne peut pas être lu)</translation>
    </message>
    <message>
        <source>{path} holds no finding; write one per paragraph</source>
        <translation>{path} ne contient aucun constat&#xa0;; écrivez-en un par paragraphe</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is recorded as struck down by it; change that first</source>
        <translation>«&#xa0;{name}&#xa0;» est enregistré comme censuré par celui-ci&#xa0;; modifiez d&apos;abord cela</translation>
    </message>
    <message>
        <source>{day} is before adopted ({first})</source>
        <translation>{day} est antérieur à l&apos;adoption ({first})</translation>
    </message>
    <message>
        <source>{day} is before in force ({first})</source>
        <translation>{day} est antérieur à l&apos;entrée en vigueur ({first})</translation>
    </message>
    <message>
        <source>no instrument with id {id}</source>
        <translation>aucun instrument avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>no other instrument with uid &apos;{uid}&apos;</source>
        <translation>aucun autre instrument avec l&apos;uid «&#xa0;{uid}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a court decision</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas une décision de justice</translation>
    </message>
    <message>
        <source>a date struck down is required with the decision</source>
        <translation>une date de censure est obligatoire avec la décision</translation>
    </message>
    <message>
        <source>no commitment with code {codes}</source>
        <translation>aucun engagement avec le code {codes}</translation>
    </message>
    <message>
        <source>no supporter with id {ids}</source>
        <translation>aucun soutien avec l&apos;identifiant {ids}</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): the database was truncated. The file was not changed. {advice}</source>
        <translation>{path} est vide (0&#xa0;octet)&#xa0;: la base a été tronquée. Le fichier n&apos;a pas été modifié. {advice}</translation>
    </message>
    <message>
        <source>{path} no longer starts like a database: it was damaged or overwritten. The file was not changed. {advice}</source>
        <translation>{path} ne commence plus comme une base de données&#xa0;: il a été endommagé ou écrasé. Le fichier n&apos;a pas été modifié. {advice}</translation>
    </message>
    <message>
        <source>{path} is damaged (SQLite&apos;s check found: {detail}). The file was not changed. {advice}</source>
        <translation>{path} est endommagé (la vérification de SQLite a trouvé&#xa0;: {detail}). Le fichier n&apos;a pas été modifié. {advice}</translation>
    </message>
    <message>
        <source>Restore the newest good backup, taken {taken}: pledge-tracker restore --db {path} --from {backup} (or File → Restore backup in the app); the damaged file is kept aside.</source>
        <translation>Restaurez la plus récente sauvegarde saine, prise le {taken}&#xa0;: pledge-tracker restore --db {path} --from {backup} (ou Fichier → Restaurer une sauvegarde dans l&apos;application)&#xa0;; le fichier endommagé est mis de côté.</translation>
    </message>
    <message>
        <source>No good backup of it was found in {folder}. Keep a copy of the damaged file; SQLite&apos;s own tool can salvage what is left (sqlite3 FILE .recover).</source>
        <translation>Aucune sauvegarde saine n&apos;a été trouvée dans {folder}. Gardez une copie du fichier endommagé&#xa0;; l&apos;outil de SQLite peut récupérer ce qui reste (sqlite3 FICHIER .recover).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>{path} is not a Pledge Tracker database (it is not a SQLite file). Choose another file, or create a new database with File → New.</source>
        <translation>{path} n&apos;est pas une base Pledge Tracker (ce n&apos;est pas un fichier SQLite). Choisissez un autre fichier, ou créez une nouvelle base avec Fichier → Nouvelle base de données.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it or choose another place.</source>
        <translation>Le dossier {folder} n&apos;existe pas. Créez-le ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>{path} does not exist. Create it with &apos;pledge-tracker init --db {path}&apos;.</source>
        <translation>{path} n&apos;existe pas. Créez-le avec «&#xa0;pledge-tracker init --db {path}&#xa0;».</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it holds no database. If it should hold your records, restore a backup (&apos;pledge-tracker backups&apos; lists them); to start afresh, run &apos;pledge-tracker init --db {path}&apos;.</source>
        <translation>{path} est vide (0&#xa0;octet)&#xa0;: il ne contient aucune base. S&apos;il doit contenir vos enregistrements, restaurez une sauvegarde («&#xa0;pledge-tracker backups&#xa0;» les liste)&#xa0;; pour repartir de zéro, lancez «&#xa0;pledge-tracker init --db {path}&#xa0;».</translation>
    </message>
    <message>
        <source>{path} cannot be created: {detail}. Choose a folder you can write to.</source>
        <translation>{path} ne peut pas être créé&#xa0;: {detail}. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>This SQLite file is not a Pledge Tracker database (it has other tables). Nothing was changed.</source>
        <translation>Ce fichier SQLite n&apos;est pas une base Pledge Tracker (il contient d&apos;autres tables). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This server database is not a Pledge Tracker database (it has other tables). Nothing was changed.</source>
        <translation>Cette base du serveur n&apos;est pas une base Pledge Tracker (elle contient d&apos;autres tables). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This database needs an upgrade to this version&apos;s schema, which a read-only database cannot take. Open a writable copy.</source>
        <translation>Cette base doit être mise à niveau vers le schéma de cette version, ce qu&apos;une base en lecture seule ne permet pas. Ouvrez une copie modifiable.</translation>
    </message>
    <message>
        <source>{folder} cannot be written: the disk is full</source>
        <translation>{folder} ne peut pas être écrit&#xa0;: le disque est plein</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup could not be made: {detail}</source>
        <translation>La sauvegarde n&apos;a pas pu être faite&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check ({detail}).</source>
        <translation>La copie de sauvegarde a échoué à sa vérification d&apos;intégrité ({detail}).</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be created: {detail}</source>
        <translation>Le dossier des sauvegardes {folder} ne peut pas être créé&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{path} already exists and is not an empty Pledge Tracker database ({detail}); choose a new file name. Nothing was changed.</source>
        <translation>{path} existe déjà et n&apos;est pas une base Pledge Tracker vide ({detail})&#xa0;; choisissez un nouveau nom de fichier. Rien n&apos;a été modifié.</translation>
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
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} record {3}, field &apos;{4}&apos;: {5}</source>
        <translation>{0}&#xa0;: {1}, table {2}, enregistrement {3}, champ «&#xa0;{4}&#xa0;»&#xa0;: {5}</translation>
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
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no assessments or evidence yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cette base de données ne contient encore ni évaluation ni preuve.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start with one of these. Demonstration data is public example evidence with made-up ratings, marked as demonstration data everywhere it appears.</source>
        <translation>Commencez par l&apos;une de ces options. Les données de démonstration sont des preuves publiques servant d&apos;exemples, avec des notations fictives, signalées comme données de démonstration partout où elles apparaissent.</translation>
    </message>
    <message>
        <source>Load &amp;demonstration data</source>
        <translation>Charger les données de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Importer une feuille de calcul…</translation>
    </message>
    <message>
        <source>&amp;Record a first assessment…</source>
        <translation>&amp;Enregistrer une première évaluation…</translation>
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
        <translation>Libellé de {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Actuellement&#xa0;: {0}</translation>
    </message>
    <message>
        <source>I compared this wording with the official text: mark it &amp;verified</source>
        <translation>J&apos;ai comparé ce libellé au texte officiel&#xa0;: le marquer comme &amp;vérifié</translation>
    </message>
    <message>
        <source>Mark the wording verified</source>
        <translation>Marquer le libellé comme vérifié</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Verified &amp;against:</source>
        <translation>Vérifié &amp;sur&#xa0;:</translation>
    </message>
    <message>
        <source>Verified against</source>
        <translation>Vérifié sur</translation>
    </message>
    <message>
        <source>The wording</source>
        <translation>Le libellé</translation>
    </message>
    <message>
        <source>say which official text you compared the wording with</source>
        <translation>indiquez à quel texte officiel vous avez comparé le libellé</translation>
    </message>
</context>
</TS>
