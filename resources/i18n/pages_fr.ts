<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountForm</name>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Ownership and access</source>
        <translation>Responsabilité et accès</translation>
    </message>
    <message>
        <source>Activity and audience</source>
        <translation>Activité et public</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, en</source>
        <translation>Codes de langue, p. ex. fr, en</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>One role a line; a name after “;”</source>
        <translation>Une fonction par ligne ; un nom après « ; »</translation>
    </message>
    <message>
        <source>this is not a web address (it has spaces)</source>
        <translation>ce n’est pas une adresse web (elle contient des espaces)</translation>
    </message>
    <message>
        <source>the start is mistyped: write https://…</source>
        <translation>le début est mal tapé : écrivez https://…</translation>
    </message>
    <message>
        <source>no site name, e.g. https://www.facebook.com/…</source>
        <translation>aucun nom de site, p. ex. https://www.facebook.com/…</translation>
    </message>
</context>
<context>
    <name>AccountPickerDialog</name>
    <message>
        <source>Linked accounts</source>
        <translation>Comptes liés</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>The finding this action answers</source>
        <translation>Le constat auquel répond cette action</translation>
    </message>
    <message>
        <source>Who carries out the action: a role, not a person&apos;s name</source>
        <translation>Qui mène l’action : une fonction, pas le nom d’une personne</translation>
    </message>
    <message>
        <source>How much work the action takes: small (days), medium (weeks), large (months)</source>
        <translation>Ampleur du travail que demande l’action : petit (jours), moyen (semaines), important (mois)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>BrandPreview</name>
    <message>
        <source>Vigie&apos;s plain look</source>
        <translation>Style Vigie</translation>
    </message>
    <message>
        <source>Social media audit</source>
        <translation>Audit des médias sociaux</translation>
    </message>
    <message>
        <source>No brand: Vigie&apos;s plain look</source>
        <translation>Sans marque : la présentation sobre de Vigie</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>Import the column “%1” as</source>
        <translation>Importer la colonne « %1 » comme</translation>
    </message>
</context>
<context>
    <name>ClientReturnDialog</name>
    <message>
        <source>Client changes in %1</source>
        <translation>Modifications du client dans %1</translation>
    </message>
    <message>
        <source>Tick the changes to apply. Refused values are listed with the reason and are never applied; rows the client deleted are deleted here only if you tick them.</source>
        <translation>Cochez les modifications à appliquer. Les valeurs refusées sont listées avec leur motif et ne sont jamais appliquées ; les lignes supprimées par le client ne sont supprimées ici que si vous les cochez.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Changes found in the workbook</source>
        <translation>Modifications trouvées dans le classeur</translation>
    </message>
    <message>
        <source>Optional: name or role</source>
        <translation>Facultatif : nom ou rôle</translation>
    </message>
    <message>
        <source>&amp;Returned by:</source>
        <translation>&amp;Retourné par :</translation>
    </message>
    <message>
        <source>&amp;Accept All</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>Re&amp;ject All</source>
        <translation>Tout re&amp;jeter</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Change(s)</source>
        <translation>
            <numerusform>Appliquer %n modification</numerusform>
            <numerusform>Appliquer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Import client workbook</source>
        <translation>Importer le classeur du client</translation>
    </message>
    <message>
        <source>Reading the client&apos;s workbook…</source>
        <translation>Lecture du classeur du client…</translation>
    </message>
    <message>
        <source>This workbook was exported from another audit. Import its rows as new data?</source>
        <translation>Ce classeur a été exporté d&apos;un autre audit. Importer ses lignes comme nouvelles données ?</translation>
    </message>
    <message>
        <source>This workbook cannot be read.</source>
        <translation>Ce classeur ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The workbook holds no change to this audit.</source>
        <translation>Le classeur ne contient aucune modification de cet audit.</translation>
    </message>
    <message>
        <source>Import client workbook %1</source>
        <translation>Importer le classeur du client %1</translation>
    </message>
</context>
<context>
    <name>ClientReturnModel</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>In the audit</source>
        <translation>Dans l&apos;audit</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>Dans le classeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Deleted by the client: tick to delete it here too</source>
        <translation>Supprimé par le client : cochez pour le supprimer ici aussi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine (this audit)</source>
        <translation>La mienne (cet audit)</translation>
    </message>
    <message>
        <source>Theirs (other file)</source>
        <translation>La leur (autre fichier)</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Valeur gardée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>To choose</source>
        <translation>À choisir</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
</context>
<context>
    <name>CriterionCard</name>
    <message>
        <source>Criterion %1</source>
        <translation>Critère %1</translation>
    </message>
    <message>
        <source>The level given in the baseline audit: a hint only</source>
        <translation>Le niveau donné dans l’audit de référence : un indice seulement</translation>
    </message>
    <message>
        <source>Guidance and evidence</source>
        <translation>Conseils et preuves</translation>
    </message>
    <message>
        <source>Show guidance</source>
        <translation>Afficher les conseils</translation>
    </message>
    <message>
        <source>Typical evidence:</source>
        <translation>Preuves habituelles :</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S. O.</translation>
    </message>
    <message>
        <source>Not applicable (justify)</source>
        <translation>Sans objet (à justifier)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Justification for N/A</source>
        <translation>Justification du « sans objet »</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Last audit: %1</source>
        <translation>Dernier audit : %1</translation>
    </message>
    <message>
        <source>N/A needs a justification: say why this criterion does not apply.</source>
        <translation>Le « sans objet » doit être justifié : expliquez pourquoi ce critère ne s’applique pas.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Capture date of %1</source>
        <translation>Date de capture de %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>« %1 » n’est pas une date : tapez-la sous la forme AAAA-MM-JJ ou JJ/MM/AAAA.</translation>
    </message>
</context>
<context>
    <name>DiscoverDialog</name>
    <message>
        <source>Discover Accounts from Web Pages</source>
        <translation>Découvrir des comptes à partir de pages Web</translation>
    </message>
    <message>
        <source>Vigie reads web pages you saved (it never goes online): a page, a folder of pages, a sitemap.xml beside its pages, a bookmarks export or a HAR archive. It lists the accounts they link to and sets them against the inventory.</source>
        <translation>Vigie lit des pages Web que vous avez enregistrées (il ne va jamais en ligne) : une page, un dossier de pages, un sitemap.xml à côté de ses pages, des favoris exportés ou une archive HAR. Il dresse la liste des comptes vers lesquels elles pointent et la compare à l’inventaire.</translation>
    </message>
    <message>
        <source>Type or paste a file or folder path</source>
        <translation>Tapez ou collez le chemin d’un fichier ou d’un dossier</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin :</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Read the Pages</source>
        <translation>&amp;Lire les pages</translation>
    </message>
    <message>
        <source>&amp;Cancel Reading</source>
        <translation>A&amp;nnuler la lecture</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Trouvé sur</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Texte du lien</translation>
    </message>
    <message>
        <source>&amp;Not Ours</source>
        <translation>&amp;Pas à nous</translation>
    </message>
    <message>
        <source>A partner&apos;s or someone else&apos;s account: never proposed again for this audit</source>
        <translation>Le compte d’un partenaire ou de quelqu’un d’autre : jamais reproposé pour cet audit</translation>
    </message>
    <message>
        <source>Linked from</source>
        <translation>Lié depuis</translation>
    </message>
    <message>
        <source>&amp;Add and Record</source>
        <translation>Ajouter et &amp;enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not in the Inventory (%1)</source>
        <translation>Absents de l’inventaire (%1)</translation>
    </message>
    <message>
        <source>Linked from the Site (%1)</source>
        <translation>Liés depuis le site (%1)</translation>
    </message>
    <message>
        <source>Linked from No Page (%1)</source>
        <translation>Liés depuis aucune page (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Saved pages and exports (*.html *.htm *.xhtml *.shtml *.xml *.json *.har);;All files (*)</source>
        <translation>Pages enregistrées et exports (*.html *.htm *.xhtml *.shtml *.xml *.json *.har);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add Saved Pages</source>
        <translation>Ajouter des pages enregistrées</translation>
    </message>
    <message>
        <source>Add a Folder of Saved Pages</source>
        <translation>Ajouter un dossier de pages enregistrées</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading page %1: %2</source>
        <translation>Lecture de la page %1 : %2</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing changed.</source>
        <translation>Lecture annulée ; rien n’a changé.</translation>
    </message>
    <message>
        <source>%1 pages read, %2 accounts found, %3 share links ignored.</source>
        <translation>%1 pages lues, %2 comptes trouvés, %3 liens de partage ignorés.</translation>
    </message>
    <message>
        <source>%1 marked “not ours” earlier, not proposed.</source>
        <translation>%1 marqués « pas à nous » auparavant, non proposés.</translation>
    </message>
    <message>
        <source>Not ours</source>
        <translation>Pas à nous</translation>
    </message>
    <message numerus="yes">
        <source>Discover accounts: %n added</source>
        <translation>
            <numerusform>Découverte de comptes : %n ajouté</numerusform>
            <numerusform>Découverte de comptes : %n ajoutés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss finding</source>
        <translation>Écarter le constat</translation>
    </message>
    <message>
        <source>Reason for dismissal</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Evidence files</source>
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Captured on</source>
        <translation>Capturé le</translation>
    </message>
    <message>
        <source>Date the selected file was captured</source>
        <translation>Date de capture du fichier choisi</translation>
    </message>
    <message>
        <source>When the screenshot or document was taken (blank: unknown)</source>
        <translation>Quand la capture d’écran ou le document a été pris (vide : inconnue)</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre une preuve</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>Impossible de joindre le fichier</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>Choose a value</source>
        <translation>Choisir une valeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Un constat doit avoir un titre.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Own finding</source>
        <translation>Constat de l’auditeur</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À revoir</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings and action plan</source>
        <translation>Constats et plan d’action</translation>
    </message>
    <message>
        <source>Review each generated finding, add your own, and turn them into actions.</source>
        <translation>Examinez chaque constat généré, ajoutez les vôtres et transformez-les en actions.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Finding detail</source>
        <translation>Détail du constat</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Retirer l’action</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>Accepter le constat</translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation>Acc&amp;epter</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>Écar&amp;ter…</translation>
    </message>
    <message>
        <source>&amp;Undecide</source>
        <translation>A&amp;nnuler la décision</translation>
    </message>
    <message>
        <source>Add &amp;own finding…</source>
        <translation>Ajouter &amp;un constat…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Create action from finding</source>
        <translation>&amp;Créer une action à partir du constat</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>A&amp;jouter une action</translation>
    </message>
    <message>
        <source>Re&amp;move action</source>
        <translation>Retirer &amp;l’action</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Recommandation :</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Écarter le constat</translation>
    </message>
    <message>
        <source>Undecide finding</source>
        <translation>Annuler la décision sur le constat</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Modifier le constat</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ajouter un constat</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Retirer le constat</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>Choose a CSV, Excel or text file listing the accounts.</source>
        <translation>Choisissez un fichier CSV, Excel ou texte qui liste les comptes.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Feuille de calcul</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Feuill&amp;e :</translation>
    </message>
    <message>
        <source>Row holding the column names</source>
        <translation>Ligne qui porte les noms des colonnes</translation>
    </message>
    <message>
        <source>No header row: the first row is data</source>
        <translation>Pas de ligne d’en-tête : la première ligne contient des données</translation>
    </message>
    <message>
        <source>The file has no header row</source>
        <translation>Le fichier n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Ligne des &amp;titres :</translation>
    </message>
    <message>
        <source>Accounts already met</source>
        <translation>Comptes déjà rencontrés</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Doublons :</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problème avec le fichier</translation>
    </message>
    <message>
        <source>This file has no header row: the columns were guessed from their content. Check “Imported as” below and change any that is wrong.</source>
        <translation>Ce fichier n’a pas de ligne d’en-tête : les colonnes ont été déduites de leur contenu. Vérifiez « Importée comme » ci-dessous et corrigez au besoin.</translation>
    </message>
    <message>
        <source>Columns guessed from content</source>
        <translation>Colonnes déduites du contenu</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation>Fermer sans importer</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Merge: fill their empty fields only</source>
        <translation>Fusionner : remplir seulement leurs champs vides</translation>
    </message>
    <message>
        <source>Add them anyway</source>
        <translation>Les ajouter quand même</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l’importation</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Cancel reading the file</source>
        <translation>Annuler la lecture du fichier</translation>
    </message>
    <message>
        <source>Account lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Listes de comptes (*.csv *.tsv *.txt *.xlsx *.xlsm);;Fichiers CSV (*.csv *.tsv *.txt);;Classeurs Excel (*.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Ready: nothing is changed until you press Import.</source>
        <translation>Prêt : rien ne change tant que vous n’appuyez pas sur Importer.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n account(s)</source>
        <translation>
            <numerusform>&amp;Importer %n compte</numerusform>
            <numerusform>&amp;Importer %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported. Choose the file again to resume.</source>
        <translation>Annulé : rien n’a été importé. Choisissez de nouveau le fichier pour reprendre.</translation>
    </message>
    <message>
        <source>%1 rows read…</source>
        <translation>%1 lignes lues…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n’a été importé.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n account(s)</source>
        <translation>
            <numerusform>Importer %n compte</numerusform>
            <numerusform>Importer %n comptes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Preview of the first %1 rows</source>
        <translation>Aperçu des %1 premières lignes</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Report for the whole file</source>
        <translation>Rapport pour tout le fichier</translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message>
        <source>The file is too large to import on this computer.</source>
        <translation>Le fichier est trop volumineux pour être importé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>Le fichier n’a pas pu être lu (%1).</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Account inventory</source>
        <translation>Inventaire des comptes</translation>
    </message>
    <message>
        <source>Every account the organisation has, or that claims to be it.</source>
        <translation>Tous les comptes de l’organisation, et ceux qui se font passer pour elle.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dup&amp;liquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>&amp;Paste URLs…</source>
        <translation>&amp;Coller des URL…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import accounts from a CSV, Excel or text file</source>
        <translation>Importer des comptes depuis un fichier CSV, Excel ou texte</translation>
    </message>
    <message>
        <source>Filter accounts (Ctrl+F)</source>
        <translation>Filtrer les comptes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Filtre par plateforme</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Problem filter</source>
        <translation>Filtre par problème</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Any problem</source>
        <translation>Avec un problème</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Duplicate account</source>
        <translation>Dupliquer le compte</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n account(s)</source>
        <translation>
            <numerusform>Supprimer %n compte</numerusform>
            <numerusform>Supprimer %n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n account(s)</source>
        <translation>
            <numerusform>Coller %n compte</numerusform>
            <numerusform>Coller %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is already in the inventory: %1 %2.</source>
        <translation>Ce compte est déjà dans l’inventaire : %1 %2.</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>%1 compte</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 comptes</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <comment>one</comment>
        <translation>%1 affiché</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <comment>many</comment>
        <translation>%1 affichés</translation>
    </message>
    <message>
        <source>%1 with problems</source>
        <translation>%1 avec des problèmes</translation>
    </message>
</context>
<context>
    <name>LegalModel</name>
    <message>
        <source>Legal question</source>
        <translation>Question juridique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Legal checklist: %1</source>
        <translation>Liste juridique : %1</translation>
    </message>
</context>
<context>
    <name>LegalRisksPage</name>
    <message>
        <source>Legal issues and risks</source>
        <translation>Enjeux juridiques et risques</translation>
    </message>
    <message>
        <source>Check each legal question, then record the risks, who owns them and how they are mitigated.</source>
        <translation>Vérifiez chaque question juridique, puis consignez les risques, leurs responsables et leur atténuation.</translation>
    </message>
    <message>
        <source>Legal checklist</source>
        <translation>Liste de contrôle juridique</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>&amp;Add risk</source>
        <translation>Ajouter &amp;un risque</translation>
    </message>
    <message>
        <source>&amp;Link accounts…</source>
        <translation>&amp;Lier des comptes…</translation>
    </message>
    <message>
        <source>&amp;Remove risk</source>
        <translation>&amp;Retirer le risque</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Retirer le risque</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <translation>Valeur refusée</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>Keep in notes</source>
        <translation>Garder dans les notes</translation>
    </message>
    <message>
        <source>Never imported (looks like a password or code)</source>
        <translation>Jamais importée (ressemble à un mot de passe ou à un code)</translation>
    </message>
    <message>
        <source>Organisation&apos;s website (kept in notes)</source>
        <translation>Site Web de l’organisation (conservé dans les notes)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with %1</source>
        <translation>Fusionner avec %1</translation>
    </message>
    <message>
        <source>“Mine” is the audit open here, “theirs” is %1. Where both set a field to different values, choose which to keep. Items only one side has are all kept.</source>
        <translation>« La mienne » : la valeur de l’audit ouvert ici ; « la leur » : celle de %1. Là où les deux ont donné des valeurs différentes à un champ, choisissez laquelle garder. Les éléments présents d’un seul côté sont tous conservés.</translation>
    </message>
    <message>
        <source>Merge results</source>
        <translation>Résultat de la fusion</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Items kept from one side</source>
        <translation>Éléments conservés d’un seul côté</translation>
    </message>
    <message>
        <source>&amp;Apply the Merge</source>
        <translation>&amp;Appliquer la fusion</translation>
    </message>
    <message>
        <source>Without the file both copies started from, every difference is a conflict.</source>
        <translation>Sans le fichier dont les deux copies sont parties, chaque différence est un conflit.</translation>
    </message>
    <message>
        <source>Use the &amp;Common Starting File…</source>
        <translation>Utiliser le fichier de &amp;départ commun…</translation>
    </message>
    <message>
        <source>Choose the file both copies started from</source>
        <translation>Choisir le fichier dont les deux copies sont parties</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder &amp;ma valeur</translation>
    </message>
    <message>
        <source>Keep my value for the selected conflicts</source>
        <translation>Garder ma valeur pour les conflits sélectionnés</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Prendre &amp;leur valeur</translation>
    </message>
    <message>
        <source>Take their value for the selected conflicts</source>
        <translation>Prendre leur valeur pour les conflits sélectionnés</translation>
    </message>
    <message>
        <source>Prefer mine</source>
        <translation>Préférer ma valeur</translation>
    </message>
    <message>
        <source>Prefer theirs</source>
        <translation>Préférer leur valeur</translation>
    </message>
    <message>
        <source>Prefer the most recently saved</source>
        <translation>Préférer le fichier enregistré en dernier</translation>
    </message>
    <message>
        <source>Rule for the remaining conflicts</source>
        <translation>Règle pour les conflits restants</translation>
    </message>
    <message>
        <source>&amp;Settle the Rest</source>
        <translation>&amp;Régler le reste</translation>
    </message>
    <message>
        <source>Settle every remaining conflict by the rule</source>
        <translation>Régler chaque conflit restant selon la règle</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>Rè&amp;gle :</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Kept from one side (%1)</source>
        <translation>Conservés d’un seul côté (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left to resolve.</source>
        <translation>
            <numerusform>%n conflit à résoudre.</numerusform>
            <numerusform>%n conflits à résoudre.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict left: the merge can be applied.</source>
        <translation>Plus aucun conflit : la fusion peut être appliquée.</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Impossible : %1</translation>
    </message>
    <message>
        <source>The file both copies started from</source>
        <translation>Le fichier dont les deux copies sont parties</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This file is not a copy of this audit.</source>
        <translation>Ce fichier n’est pas une copie de cet audit.</translation>
    </message>
    <message>
        <source>The sessions cannot be merged.</source>
        <translation>Les sessions ne peuvent pas être fusionnées.</translation>
    </message>
    <message>
        <source>Starting file: %1</source>
        <translation>Fichier de départ : %1</translation>
    </message>
    <message>
        <source>Merge with another session</source>
        <translation>Fusionner avec une autre session</translation>
    </message>
    <message>
        <source>This file is not a copy of this audit (its audit id differs). Merge it anyway, as the same audit?</source>
        <translation>Ce fichier n’est pas une copie de cet audit (son identifiant d’audit diffère). Le fusionner quand même, comme le même audit ?</translation>
    </message>
    <message>
        <source>This is the audit open here.</source>
        <translation>C’est l’audit ouvert ici.</translation>
    </message>
    <message>
        <source>Reading the other session…</source>
        <translation>Lecture de l’autre session…</translation>
    </message>
</context>
<context>
    <name>MergeLabels</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Legal item</source>
        <translation>Élément juridique</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Own finding</source>
        <translation>Constat ajouté</translation>
    </message>
    <message>
        <source>Finding decision</source>
        <translation>Décision sur un constat</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation>Langues officielles</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Justification for N/A</source>
        <translation>Justification du S.O.</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Last audit&apos;s level</source>
        <translation>Niveau du dernier audit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Accounts concerned</source>
        <translation>Comptes concernés</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Finding answered</source>
        <translation>Constat visé</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Auditeurs</translation>
    </message>
    <message>
        <source>Client contact (name)</source>
        <translation>Contact client (nom)</translation>
    </message>
    <message>
        <source>Client contact (role)</source>
        <translation>Contact client (rôle)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Deliverable language</source>
        <translation>Langue du livrable</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Dormant after (days)</source>
        <translation>Dormant après (jours)</translation>
    </message>
    <message>
        <source>Access review every (months)</source>
        <translation>Revue des accès tous les (mois)</translation>
    </message>
    <message>
        <source>Answer (level or N/A)</source>
        <translation>Réponse (niveau ou S.O.)</translation>
    </message>
    <message>
        <source>Description of the attachment</source>
        <translation>Description de la pièce jointe</translation>
    </message>
    <message>
        <source>Date the attachment was captured</source>
        <translation>Date de capture de la pièce</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
</context>
<context>
    <name>OneSidedModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Only in</source>
        <translation>Seulement dans</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Mine (this audit)</source>
        <translation>Cet audit</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>L’autre fichier</translation>
    </message>
    <message>
        <source>Deleted in the other copy: kept here</source>
        <translation>Supprimé dans l’autre copie : conservé ici</translation>
    </message>
    <message>
        <source>Added on that side</source>
        <translation>Ajouté de ce côté</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
</context>
<context>
    <name>PasteUrlsDialog</name>
    <message>
        <source>Paste URLs or handles</source>
        <translation>Coller des URL ou des identifiants</translation>
    </message>
    <message>
        <source>One URL or handle a line, e.g. https://x.com/name or @name@instance.</source>
        <translation>Une URL ou un identifiant par ligne, p. ex. https://x.com/nom ou @nom@instance.</translation>
    </message>
    <message>
        <source>URLs or handles, one a line</source>
        <translation>URL ou identifiants, un par ligne</translation>
    </message>
    <message>
        <source>Preview of the recognised accounts</source>
        <translation>Aperçu des comptes reconnus</translation>
    </message>
    <message>
        <source>Add accounts</source>
        <translation>Ajouter les comptes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Not recognised: added as typed</source>
        <translation>Non reconnu : ajouté tel quel</translation>
    </message>
    <message>
        <source>Already in the inventory: skipped</source>
        <translation>Déjà dans l’inventaire : ignoré</translation>
    </message>
    <message>
        <source>Cannot add: %1</source>
        <translation>Ajout impossible : %1</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Add (duplicate)</source>
        <translation>Ajouter (doublon)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Skip (duplicate)</source>
        <translation>Ignorer (doublon)</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>RisksModel</name>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Likelihood, from 1 (rare) to 5 (almost certain)</source>
        <translation>Probabilité, de 1 (rare) à 5 (presque certaine)</translation>
    </message>
    <message>
        <source>Impact, from 1 (minor) to 5 (severe)</source>
        <translation>Impact, de 1 (mineur) à 5 (grave)</translation>
    </message>
    <message>
        <source>Rating: likelihood × impact, from 1 to 25</source>
        <translation>Cote : probabilité × impact, de 1 à 25</translation>
    </message>
    <message>
        <source>Owner of the risk: a role, not a person&apos;s name</source>
        <translation>Responsable du risque : une fonction, pas le nom d’une personne</translation>
    </message>
    <message>
        <source>How the risk is reduced</source>
        <translation>Comment le risque est atténué</translation>
    </message>
    <message>
        <source>Accounts of the inventory this risk concerns</source>
        <translation>Comptes de l’inventaire concernés par ce risque</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Section progress</source>
        <translation>Avancement de la section</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Avancement global</translation>
    </message>
    <message>
        <source>%p% assessed</source>
        <translation>%p % évalué</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>%1 of %2 assessed in this section</source>
        <translation>%1 sur %2 évalués dans cette section</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>This text looks like a password or code. Vigie must not store secrets: remove it.</source>
        <translation>Ce texte ressemble à un mot de passe ou à un code. Vigie ne doit conserver aucun secret : retirez-le.</translation>
    </message>
    <message>
        <source>%1 / %2 characters: too long, shorten it to save it</source>
        <translation>%1 / %2 caractères : trop long, raccourcissez-le pour l’enregistrer</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Le retirer</translation>
    </message>
    <message>
        <source>Replace what looks like a password or code with [removed]</source>
        <translation>Remplacer ce qui ressemble à un mot de passe ou à un code par [removed]</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <source>must be %1 or more</source>
        <translation>doit être %1 ou plus</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>doit être plus que %1</translation>
    </message>
    <message>
        <source>must be %1 or less</source>
        <translation>doit être %1 ou moins</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>“%1” is not a valid value</source>
        <translation>« %1 » n’est pas une valeur valide</translation>
    </message>
    <message>
        <source>is too long: %1 characters, the limit is %2</source>
        <translation>est trop long : %1 caractères, la limite est %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>This audit is open read-only: nothing is changed.</source>
        <translation>Cet audit est ouvert en lecture seule : rien n’est modifié.</translation>
    </message>
</context>
</TS>
