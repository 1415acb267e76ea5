<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>BankChoiceDialog</name>
    <message>
        <source>New Audit on a Question Bank</source>
        <translation>Nouvel audit sur une banque de questions</translation>
    </message>
    <message>
        <source>Choose the question bank of the new audit. It is copied into the audit file, so the audit reopens the same way wherever the file goes.</source>
        <translation>Choisissez la banque de questions du nouvel audit. Elle est copiée dans le fichier d’audit : l’audit se rouvre de la même façon partout où le fichier va.</translation>
    </message>
    <message>
        <source>Question banks</source>
        <translation>Banques de questions</translation>
    </message>
    <message>
        <source>Create Audit</source>
        <translation>Créer l’audit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bank Fol&amp;der…</source>
        <translation>&amp;Dossier de banques…</translation>
    </message>
    <message>
        <source>The folder where you keep your question banks</source>
        <translation>Le dossier où vous rangez vos banques de questions</translation>
    </message>
    <message>
        <source>Open a Bank &amp;File…</source>
        <translation>Ouvrir un &amp;fichier de banque…</translation>
    </message>
    <message>
        <source>A question bank file (.toml or .xlsx) kept anywhere</source>
        <translation>Un fichier de banque de questions (.toml ou .xlsx) rangé n’importe où</translation>
    </message>
    <message>
        <source>Bank folder: %1</source>
        <translation>Dossier de banques : %1</translation>
    </message>
    <message>
        <source>No bank folder chosen yet.</source>
        <translation>Aucun dossier de banques choisi pour l’instant.</translation>
    </message>
    <message>
        <source>%1 — cannot be used</source>
        <translation>%1 — inutilisable</translation>
    </message>
    <message>
        <source>%1 (shipped with Vigie)</source>
        <translation>%1 (fournie avec Vigie)</translation>
    </message>
    <message>
        <source>Groups: %1 · sections: %2 · criteria: %3 · levels 0–%4 · legal items: %5</source>
        <translation>Groupes : %1 · sections : %2 · critères : %3 · niveaux 0 à %4 · points juridiques : %5</translation>
    </message>
    <message>
        <source>Choose your bank folder</source>
        <translation>Choisir votre dossier de banques</translation>
    </message>
    <message>
        <source>Open a question bank</source>
        <translation>Ouvrir une banque de questions</translation>
    </message>
    <message>
        <source>Cannot use this bank</source>
        <translation>Banque inutilisable</translation>
    </message>
    <message>
        <source>%1 cannot be used as a question bank:</source>
        <translation>%1 ne peut pas servir de banque de questions :</translation>
    </message>
</context>
<context>
    <name>BrandChoice</name>
    <message>
        <source>Use &amp;my profile</source>
        <translation>Utiliser &amp;mon profil</translation>
    </message>
    <message>
        <source>Use my consultant profile for this audit</source>
        <translation>Utiliser mon profil de consultant pour cet audit</translation>
    </message>
    <message>
        <source>No b&amp;rand</source>
        <translation>Sans ma&amp;rque</translation>
    </message>
    <message>
        <source>No brand on this audit&apos;s deliverables</source>
        <translation>Aucune marque sur les livrables de cet audit</translation>
    </message>
    <message>
        <source>Your consultant profile is empty: fill it in Edit → Consultant profile…</source>
        <translation>Votre profil de consultant est vide : remplissez-le dans Édition → Profil de consultant…</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
</context>
<context>
    <name>ConsultantProfileDialog</name>
    <message>
        <source>Consultant profile</source>
        <translation>Profil de consultant</translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>&amp;Firm</source>
        <translation>&amp;Cabinet</translation>
    </message>
    <message>
        <source>Contact line</source>
        <translation>Ligne de coordonnées</translation>
    </message>
    <message>
        <source>e.g. 418 555-0100 · info@firm.example</source>
        <translation>p. ex. 418 555-0100 · info@cabinet.exemple</translation>
    </message>
    <message>
        <source>C&amp;ontact line</source>
        <translation>C&amp;oordonnées</translation>
    </message>
    <message>
        <source>Default confidentiality line</source>
        <translation>Mention de confidentialité par défaut</translation>
    </message>
    <message>
        <source>e.g. Confidential: for the client only</source>
        <translation>p. ex. Confidentiel : réservé au client</translation>
    </message>
    <message>
        <source>Confidentiality l&amp;ine</source>
        <translation>&amp;Mention de confidentialité</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <source>&amp;Accent colour</source>
        <translation>Couleur d’acce&amp;nt</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Choisir le &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Logo not used: %1</source>
        <translation>Logo non retenu : %1</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it as #RRGGBB, e.g. #1F6F8B.</source>
        <translation>« %1 » n’est pas une couleur : écrivez-la #RRVVBB, p. ex. #1F6F8B.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>(the log could not be written)</source>
        <translation>(le journal n’a pas pu être écrit)</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong in Vigie. Your work is kept in a recovery copy; save it under a new name if you can.</source>
        <translation>Un problème est survenu dans Vigie. Votre travail est conservé dans une copie de récupération ; enregistrez-le sous un nouveau nom si vous le pouvez.</translation>
    </message>
    <message>
        <source>Details were written to %1</source>
        <translation>Les détails ont été écrits dans %1</translation>
    </message>
</context>
<context>
    <name>EngagementPage</name>
    <message>
        <source>Engagement</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Who is audited, by whom, when, and for which deliverable.</source>
        <translation>Qui est audité, par qui, quand, et pour quel livrable.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Or&amp;ganisation name</source>
        <translation>Nom de l’or&amp;ganisation</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>Se&amp;cteur</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Juridiction</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>other codes, e.g. es, iu</source>
        <translation>autres codes, p. ex. es, iu</translation>
    </message>
    <message>
        <source>Other official languages</source>
        <translation>Autres langues officielles</translation>
    </message>
    <message>
        <source>French is an official language</source>
        <translation>Le français est une langue officielle</translation>
    </message>
    <message>
        <source>English is an official language</source>
        <translation>L’anglais est une langue officielle</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation>Langues officielles</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Audit &amp;title</source>
        <translation>T&amp;itre de l’audit</translation>
    </message>
    <message>
        <source>Sc&amp;ope</source>
        <translation>P&amp;ortée</translation>
    </message>
    <message>
        <source>Object&amp;ives</source>
        <translation>O&amp;bjectifs</translation>
    </message>
    <message>
        <source>&amp;Deliverable language</source>
        <translation>Langue du li&amp;vrable</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Clear the baseline</source>
        <translation>Effacer la référence</translation>
    </message>
    <message>
        <source>Clear the baseline: compare with no other audit</source>
        <translation>Effacer la référence : ne comparer à aucun autre audit</translation>
    </message>
    <message>
        <source>&amp;Client contact name</source>
        <translation>No&amp;m du contact client</translation>
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
        <source>Confidentialit&amp;y</source>
        <translation>Confidentia&amp;lité</translation>
    </message>
    <message>
        <source>last year&apos;s audit file (optional)</source>
        <translation>fichier de l’audit de l’an dernier (facultatif)</translation>
    </message>
    <message>
        <source>Choose the baseline audit file</source>
        <translation>Choisir le fichier de l’audit de référence</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Base&amp;line</source>
        <translation>Référe&amp;nce</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Auditeurs</translation>
    </message>
    <message>
        <source>Client contact &amp;role</source>
        <translation>Rôle du contact cli&amp;ent</translation>
    </message>
    <message>
        <source>* required. Names are left out of exports unless you ask.</source>
        <translation>* obligatoire. Les noms sont exclus des exports, sauf sur demande.</translation>
    </message>
    <message>
        <source>Baseline audit</source>
        <translation>Audit de référence</translation>
    </message>
    <message>
        <source>To continue, fill in: %1.</source>
        <translation>Pour continuer, remplissez : %1.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Export the workbook</source>
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Workbook language</source>
        <translation>Langue du classeur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Include personal names</source>
        <translation>Inclure les noms des personnes</translation>
    </message>
    <message>
        <source>Off: people appear by their role only, as privacy law usually expects.</source>
        <translation>Décoché : les personnes n’apparaissent que par leur rôle, comme le veut habituellement la protection des renseignements personnels.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Save the audit</source>
        <translation>Enregistrer &amp;l’audit</translation>
    </message>
    <message>
        <source>&amp;Open the workbook</source>
        <translation>&amp;Ouvrir le classeur</translation>
    </message>
    <message>
        <source>Show &amp;in folder</source>
        <translation>Aff&amp;icher dans le dossier</translation>
    </message>
    <message>
        <source>&amp;Protect with a password</source>
        <translation>Pro&amp;téger par un mot de passe</translation>
    </message>
    <message>
        <source>The workbook is encrypted: Excel and LibreOffice ask for the password to open it. Vigie does not keep the password; send it by another channel than the file.</source>
        <translation>Le classeur est chiffré : Excel et LibreOffice demandent le mot de passe pour l’ouvrir. Vigie ne conserve pas le mot de passe ; transmettez-le par un autre canal que le fichier.</translation>
    </message>
    <message>
        <source>Workbook password</source>
        <translation>Mot de passe du classeur</translation>
    </message>
    <message>
        <source>Workbook password again</source>
        <translation>Mot de passe du classeur, à nouveau</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Same password again</source>
        <translation>Le même mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>Type the password twice, or untick the protection.</source>
        <translation>Tapez le mot de passe deux fois, ou décochez la protection.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent : tapez le même deux fois.</translation>
    </message>
    <message>
        <source>This password cannot be used: no tabs or line breaks.</source>
        <translation>Ce mot de passe est inutilisable : ni tabulation ni saut de ligne.</translation>
    </message>
    <message>
        <source>Workbook written to %1, protected with a password</source>
        <translation>Classeur écrit dans %1, protégé par un mot de passe</translation>
    </message>
    <message>
        <source>The file is no longer there (moved or deleted).</source>
        <translation>Le fichier n’est plus là (déplacé ou supprimé).</translation>
    </message>
    <message>
        <source>No program on this computer opens it (install a spreadsheet program, or open the file from its folder).</source>
        <translation>Aucun programme de cet ordinateur ne l’ouvre (installez un tableur, ou ouvrez le fichier depuis son dossier).</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Workbook written to %1</source>
        <translation>Classeur écrit dans %1</translation>
    </message>
    <message>
        <source>The workbook was not written.</source>
        <translation>Le classeur n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>The workbook was not written. Choose another name or folder and retry.</source>
        <translation>Le classeur n’a pas été écrit. Choisissez un autre nom ou un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Vigie user guide</source>
        <translation>Guide d’utilisation de Vigie</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>The user guide is in docs/user-guide.md of the Vigie sources.</source>
        <translation>Le guide d’utilisation se trouve dans docs/user-guide.md des sources de Vigie.</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>There is not enough memory on this computer for this work.</source>
        <translation>Cet ordinateur n’a pas assez de mémoire pour ce travail.</translation>
    </message>
    <message>
        <source>The work failed (%1).</source>
        <translation>Le travail a échoué (%1).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consultant profile saved</source>
        <translation>Profil de consultant enregistré</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Workbook written to %1</source>
        <translation>Classeur écrit dans %1</translation>
    </message>
    <message>
        <source>Steps of the audit</source>
        <translation>Étapes de l’audit</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Audit of an organisation&apos;s social media presence and governance.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Audit de la présence et de la gouvernance d’une organisation dans les médias sociaux.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur : rien n’est envoyé nulle part.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>Vigie is still working; close it when the work has ended.</source>
        <translation>Vigie travaille encore ; fermez-le quand le travail sera terminé.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Add an auditor</source>
        <translation>Ajouter &amp;un auditeur</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected auditor</source>
        <translation>Retirer l’auditeur sélectionné</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Auditeurs</translation>
    </message>
</context>
<context>
    <name>PreviousAudit</name>
    <message>
        <source>Start from last year&apos;s audit</source>
        <translation>Partir de l’audit de l’an dernier</translation>
    </message>
    <message>
        <source>Reading last year&apos;s audit…</source>
        <translation>Lecture de l’audit de l’an dernier…</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Last year&apos;s audit cannot be read.</source>
        <translation>L’audit de l’an dernier ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress since the baseline</source>
        <translation>Progrès depuis l’audit de référence</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Score change by section</source>
        <translation>Évolution du score par section</translation>
    </message>
    <message>
        <source>Baseline unavailable: %1</source>
        <translation>Référence indisponible : %1</translation>
    </message>
    <message>
        <source>untitled audit</source>
        <translation>audit sans titre</translation>
    </message>
    <message>
        <source>Compared with “%1” of %2.</source>
        <translation>Comparé à « %1 » du %2.</translation>
    </message>
    <message>
        <source>%1 added, %2 closed, %3 changed status, %4 removed (%5 → %6)</source>
        <translation>%1 ajoutés, %2 fermés, %3 au statut modifié, %4 retirés (%5 → %6)</translation>
    </message>
    <message>
        <source>%1 resolved, %2 new</source>
        <translation>%1 résolus, %2 nouveaux</translation>
    </message>
    <message>
        <source>, %1 not yet re-assessed</source>
        <translation>, %1 à réévaluer</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Opened read-only: %1 has it open since %2. Changes cannot be saved here.</source>
        <translation>Ouvert en lecture seule : %1 l’a ouvert depuis %2. Les modifications ne peuvent pas être enregistrées ici.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>Opened read-only: this file cannot be changed here.</source>
        <translation>Ouvert en lecture seule : ce fichier ne peut pas être modifié ici.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>A damaged copy (%1).</source>
        <translation>Une copie endommagée (%1).</translation>
    </message>
    <message>
        <source>An audit without an organisation name</source>
        <translation>Un audit sans nom d’organisation</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Jamais enregistré</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Dernière modification : %1</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Rapport non écrit</translation>
    </message>
    <message>
        <source>The report was not written. Choose another name or folder and retry.</source>
        <translation>Le rapport n’a pas été écrit. Choisissez un autre nom ou un autre dossier et réessayez.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Include personal &amp;names</source>
        <translation>Inclure les &amp;noms des personnes</translation>
    </message>
    <message>
        <source>Without this, auditors and the client contact appear by their role</source>
        <translation>Sinon, les auditeurs et la personne-ressource figurent par leur rôle</translation>
    </message>
    <message>
        <source>Also make a &amp;PDF</source>
        <translation>Produire aussi un &amp;PDF</translation>
    </message>
    <message>
        <source>Needs LibreOffice, which is not installed</source>
        <translation>Nécessite LibreOffice, qui n’est pas installé</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Untitled audit</source>
        <translation>Audit sans titre</translation>
    </message>
    <message>
        <source>Open an audit</source>
        <translation>Ouvrir un audit</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>This file does not exist:</source>
        <translation>Ce fichier n’existe pas :</translation>
    </message>
    <message>
        <source>Newer file</source>
        <translation>Fichier plus récent</translation>
    </message>
    <message>
        <source>This audit was made by a newer version of Vigie. Update Vigie to open it.</source>
        <translation>Cet audit a été créé par une version plus récente de Vigie. Mettez Vigie à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Not a Vigie audit</source>
        <translation>Pas un audit Vigie</translation>
    </message>
    <message>
        <source>“%1” is not a Vigie audit file. Open it with the program that made it; a list of accounts can be brought in with File → Import Accounts.</source>
        <translation>« %1 » n’est pas un fichier d’audit Vigie. Ouvrez-le avec le programme qui l’a créé ; une liste de comptes s’ajoute avec Fichier → Importer des comptes.</translation>
    </message>
    <message>
        <source>This audit file is damaged and was not opened.</source>
        <translation>Ce fichier d’audit est endommagé et n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Fichier endommagé</translation>
    </message>
    <message>
        <source>Open the backup copy “%1” instead?</source>
        <translation>Ouvrir plutôt la copie de sauvegarde « %1 » ?</translation>
    </message>
    <message>
        <source>The backup is damaged too.</source>
        <translation>La copie de sauvegarde est endommagée elle aussi.</translation>
    </message>
    <message>
        <source>This file was made by an older version of Vigie and was updated. </source>
        <translation>Ce fichier a été créé par une version antérieure de Vigie et a été mis à jour. </translation>
    </message>
    <message>
        <source>The original is kept as a backup when you save.</source>
        <translation>L’original est conservé en copie de sauvegarde lorsque vous enregistrez.</translation>
    </message>
    <message>
        <source>Save the audit as</source>
        <translation>Enregistrer l’audit sous</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>That file is open by someone else.</source>
        <translation>Ce fichier est ouvert par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>The audit could not be saved. Your work is still open.</source>
        <translation>L’audit n’a pas pu être enregistré. Votre travail est toujours ouvert.</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Échec de la récupération</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Reading the unsaved work…</source>
        <translation>Lecture du travail non enregistré…</translation>
    </message>
    <message>
        <source>The unsaved work cannot be read.</source>
        <translation>Le travail non enregistré ne peut pas être lu.</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening the demonstration audit…</source>
        <translation>Ouverture de l’audit de démonstration…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Vigie</source>
        <translation>Bienvenue dans Vigie</translation>
    </message>
    <message>
        <source>Audit an organisation&apos;s social media accounts and their governance.</source>
        <translation>Auditez les comptes de médias sociaux d’une organisation et leur gouvernance.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Que voulez-vous faire ?</translation>
    </message>
    <message>
        <source>Start an empty audit</source>
        <translation>Commencer un audit vide</translation>
    </message>
    <message>
        <source>New &amp;audit</source>
        <translation>&amp;Nouvel audit</translation>
    </message>
    <message>
        <source>&amp;Open an audit…</source>
        <translation>&amp;Ouvrir un audit…</translation>
    </message>
    <message>
        <source>Open a .vigie file</source>
        <translation>Ouvrir un fichier .vigie</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration audit</source>
        <translation>Ouvrir l’audit de dé&amp;monstration</translation>
    </message>
    <message>
        <source>A fictitious audit to explore every step</source>
        <translation>Un audit fictif pour explorer chaque étape</translation>
    </message>
    <message>
        <source>Start from last &amp;year&apos;s audit…</source>
        <translation>&amp;Partir de l’audit de l’an dernier…</translation>
    </message>
    <message>
        <source>Copy last year&apos;s inventory and keep its levels as hints</source>
        <translation>Reprendre l’inventaire de l’an dernier et garder ses niveaux comme indices</translation>
    </message>
    <message>
        <source>&amp;Recover unsaved work…</source>
        <translation>&amp;Récupérer le travail non enregistré…</translation>
    </message>
    <message>
        <source>Work left unsaved when Vigie last closed unexpectedly</source>
        <translation>Le travail resté non enregistré lors de la dernière fermeture inattendue de Vigie</translation>
    </message>
    <message>
        <source>Recent audits</source>
        <translation>Audits récents</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>No recent audits yet.</source>
        <translation>Aucun audit récent pour l’instant.</translation>
    </message>
    <message>
        <source>Open the se&amp;lected audit</source>
        <translation>Ouvrir l’audit sé&amp;lectionné</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Account inventory</source>
        <translation>Inventaire des comptes</translation>
    </message>
    <message>
        <source>Legal and risks</source>
        <translation>Enjeux juridiques et risques</translation>
    </message>
    <message>
        <source>Findings and action plan</source>
        <translation>Constats et plan d’action</translation>
    </message>
    <message>
        <source>Summary and export</source>
        <translation>Synthèse et export</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary and export</source>
        <translation>Synthèse et export</translation>
    </message>
    <message>
        <source>Maturity by section, the inventory in figures, and the workbook.</source>
        <translation>La maturité par section, l’inventaire en chiffres et le classeur.</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Scores by section (0–100)</source>
        <translation>Scores par section (0 à 100)</translation>
    </message>
    <message>
        <source>Scores by section</source>
        <translation>Scores par section</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Managed by the organisation</source>
        <translation>Gérés par l’organisation</translation>
    </message>
    <message>
        <source>MFA on every admin</source>
        <translation>MFA pour tous les administrateurs</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormants</translation>
    </message>
    <message>
        <source>Without an owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Unofficial or impostor</source>
        <translation>Non officiels ou usurpateurs</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermés</translation>
    </message>
    <message>
        <source>Most severe findings</source>
        <translation>Constats les plus graves</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>Provisional: only %1 of the criteria are answered, so this score can still change a lot.</source>
        <translation>Provisoire : seulement %1 des critères sont renseignés, ce score peut encore beaucoup changer.</translation>
    </message>
    <message>
        <source>%1 of the criteria answered</source>
        <translation>%1 des critères renseignés</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>╌ Dashed lines: where each stage begins (%1).</source>
        <translation>╌ Lignes pointillées : début de chaque stade (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;New Audit</source>
        <translation>&amp;Nouvel audit</translation>
    </message>
    <message>
        <source>Start a new, empty audit</source>
        <translation>Commencer un nouvel audit vide</translation>
    </message>
    <message>
        <source>New Audit on a &amp;Question Bank…</source>
        <translation>Nouvel audit sur une &amp;banque de questions…</translation>
    </message>
    <message>
        <source>Start a new audit on a question bank of your own</source>
        <translation>Commencer un nouvel audit sur une banque de questions à vous</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an audit file</source>
        <translation>Ouvrir un fichier d’audit</translation>
    </message>
    <message>
        <source>Start from Last &amp;Year&apos;s Audit…</source>
        <translation>&amp;Partir de l’audit de l’an dernier…</translation>
    </message>
    <message>
        <source>A new audit with last year&apos;s inventory, its levels as hints</source>
        <translation>Un nouvel audit avec l’inventaire de l’an dernier, ses niveaux comme indices</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the audit</source>
        <translation>Enregistrer l’audit</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the audit under another name</source>
        <translation>Enregistrer l’audit sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>&amp;Importer des comptes…</translation>
    </message>
    <message>
        <source>Add accounts from a CSV, Excel or text list</source>
        <translation>Ajouter des comptes depuis une liste CSV, Excel ou texte</translation>
    </message>
    <message>
        <source>Import &amp;Client Workbook…</source>
        <translation>Importer le classeur du &amp;client…</translation>
    </message>
    <message>
        <source>Review and apply the changes a client made in an exported workbook</source>
        <translation>Examiner et appliquer les modifications faites par le client dans un classeur exporté</translation>
    </message>
    <message>
        <source>&amp;Discover Accounts from Web Pages…</source>
        <translation>&amp;Découvrir des comptes à partir de pages Web…</translation>
    </message>
    <message>
        <source>Find the accounts the organisation&apos;s saved web pages link to</source>
        <translation>Trouver les comptes vers lesquels pointent les pages Web enregistrées de l’organisation</translation>
    </message>
    <message>
        <source>&amp;Merge with Another Session…</source>
        <translation>&amp;Fusionner avec une autre session…</translation>
    </message>
    <message>
        <source>Combine another auditor&apos;s copy of this audit, conflict by conflict</source>
        <translation>Réunir la copie de cet audit d’un autre auditeur, conflit par conflit</translation>
    </message>
    <message>
        <source>&amp;Export Workbook…</source>
        <translation>&amp;Exporter le classeur…</translation>
    </message>
    <message>
        <source>Write the Excel workbook</source>
        <translation>Écrire le classeur Excel</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Write the audit report as an editable Word document</source>
        <translation>Écrire le rapport d’audit en document Word modifiable</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Vigie</source>
        <translation>Fermer Vigie</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>&amp;Find in Inventory</source>
        <translation>&amp;Rechercher dans l’inventaire</translation>
    </message>
    <message>
        <source>Search the account inventory</source>
        <translation>Rechercher dans l’inventaire des comptes</translation>
    </message>
    <message>
        <source>&amp;Consultant Profile…</source>
        <translation>Profil de &amp;consultant…</translation>
    </message>
    <message>
        <source>Your firm, logo, colour and lines for the deliverables</source>
        <translation>Votre cabinet, logo, couleur et mentions pour les livrables</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>How to run an audit with Vigie</source>
        <translation>Comment mener un audit avec Vigie</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>No recent audits</source>
        <translation>Aucun audit récent</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Enregistrer les modifications de « %1 » avant de le fermer ?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>This audit is open by %1 on %2 since %3.</source>
        <translation>Cet audit est ouvert par %1 sur %2 depuis %3.</translation>
    </message>
    <message>
        <source>Audit in use</source>
        <translation>Audit en cours d’utilisation</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Ouvrir une copie</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Prendre la main</translation>
    </message>
    <message>
        <source>Taking over may make their changes conflict with yours.</source>
        <translation>Prendre la main peut mettre ses modifications en conflit avec les vôtres.</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Vigie did not close properly. Unsaved work was found:</source>
        <translation>Vigie ne s’est pas fermé correctement. Du travail non enregistré a été trouvé :</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else since you opened it.</source>
        <translation>« %1 » a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Save as a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Saving a copy keeps both versions.</source>
        <translation>Enregistrer une copie conserve les deux versions.</translation>
    </message>
    <message>
        <source>Vigie audits (*.%1);;All files (*)</source>
        <translation>Audits Vigie (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Question banks (*.toml *.xlsx)</source>
        <translation>Banques de questions (*.toml *.xlsx)</translation>
    </message>
</context>
</TS>
