"""Messages of an account import: the report, row reasons, value errors, refused files."""

MESSAGES = {
    # (fr, en)
    # --- the report
    "import.summary.applied": (
        "Importé : {added:,} ajoutés, {merged:,} fusionnés, {skipped:,} ignorés (doublons), "
        "{invalid:,} invalides ({rows:,} lignes de données)",
        "Imported: {added:,} added, {merged:,} merged, {skipped:,} skipped (duplicates), "
        "{invalid:,} invalid ({rows:,} data rows)",
    ),
    "import.summary.planned": (
        "À importer : {added:,} ajoutés, {merged:,} fusionnés, {skipped:,} ignorés (doublons), "
        "{invalid:,} invalides ({rows:,} lignes de données)",
        "Would import: {added:,} added, {merged:,} merged, {skipped:,} skipped (duplicates), "
        "{invalid:,} invalid ({rows:,} data rows)",
    ),
    "import.source": ("Source : {source}", "Source: {source}"),
    "import.source.header_row": (
        "{source}, en-têtes à la ligne {row}",
        "{source}, headers on row {row}",
    ),
    "import.source.sheet": (
        "{name}, feuille {sheet!r} sur {count}",
        "{name}, sheet {sheet!r} of {count}",
    ),
    "import.source.list": (
        "{name} (liste d'URL ou d'identifiants, {encoding})",
        "{name} (list of URLs or handles, {encoding})",
    ),
    "import.source.csv": (
        "{name} (CSV, séparateur {separator}, {encoding})",
        "{name} (CSV, separator {separator}, {encoding})",
    ),
    "import.separator.tab": ("tabulation", "tab"),
    "import.separator.none": ("aucun", "none"),
    "import.no_header.guessed": (
        "Pas de ligne d'en-têtes ; colonnes devinées d'après leur contenu : {columns}",
        "No header row; columns guessed from content: {columns}",
    ),
    "import.no_header": ("Pas de ligne d'en-têtes", "No header row"),
    "import.columns": ("Colonnes : {columns}", "Columns: {columns}"),
    "import.column": ("colonne {number}", "column {number}"),
    "import.column.mapped": ("colonne {number} → {field}", "column {number} → {field}"),
    "import.header.mapped": ("{header!r} → {field}", "{header!r} → {field}"),
    "import.website": (
        "site web de l'organisation (notes)",
        "organisation's website (notes)",
    ),
    "import.quoted": ("'{text}'", "'{text}'"),
    "import.unknown.kept": (
        "Colonnes inconnues (gardées dans les notes) : {columns}",
        "Unknown columns (kept in notes): {columns}",
    ),
    "import.unknown.dropped": (
        "Colonnes inconnues (non importées) : {columns}",
        "Unknown columns (not imported): {columns}",
    ),
    "import.secret_columns": (
        "Colonnes qui ressemblent à des mots de passe ou des codes, jamais importées : {columns}",
        "Columns that look like passwords or codes, never imported: {columns}",
    ),
    "import.warning": ("Attention : {warning}", "Warning: {warning}"),
    "import.platform_from_url": (
        (
            "Plateforme reconnue d'après l'URL (colonne plateforme vide) : {count:,} ligne",
            "Plateforme reconnue d'après l'URL (colonne plateforme vide) : {count:,} lignes",
        ),
        (
            "Platform recognised from the URL (platform column empty): {count:,} row",
            "Platform recognised from the URL (platform column empty): {count:,} rows",
        ),
    ),
    "import.section.conflicts": (
        "La colonne plateforme contredit l'URL : {count:,}",
        "Platform column disagreed with the URL: {count:,}",
    ),
    "import.section.duplicates_added": (
        "Doublons ajoutés quand même : {count:,}",
        "Duplicates added anyway: {count:,}",
    ),
    "import.section.merged": (
        "Fusionnés dans un compte existant (champs vides remplis) : {count:,}",
        "Merged into an existing account (empty fields filled): {count:,}",
    ),
    "import.section.skipped": ("Doublons ignorés : {count:,}", "Skipped duplicates: {count:,}"),
    "import.section.invalid": (
        "Lignes invalides (non importées) : {count:,}",
        "Invalid rows (not imported): {count:,}",
    ),
    "import.section.problems": (
        "Valeurs laissées vides ou ajustées : {count:,}",
        "Values left empty or adjusted: {count:,}",
    ),
    "import.row": ("ligne {row} : {reason}", "row {row}: {reason}"),
    "import.more": ("… et {count:,} de plus", "… and {count:,} more"),
    # --- row reasons
    "import.dup.audit": ("déjà dans l'audit ({key})", "already in the audit ({key})"),
    "import.dup.row": (
        "même compte que la ligne {row} ({key})",
        "same account as row {row} ({key})",
    ),
    "import.row.no_identity": (
        "aucune URL ni aucun identifiant ne désigne le compte",
        "no URL or handle identifies the account",
    ),
    "import.row.left_empty": (
        "{column} : {reason} ; laissé vide",
        "{column}: {reason}; left empty",
    ),
    "import.row.column_problem": ("{column} : {reason}", "{column}: {reason}"),
    "import.row.field_refused": ("{field} : {reason}", "{field}: {reason}"),
    "import.row.row": ("ligne", "row"),
    "import.row.not_validated": (
        "les valeurs n'ont pas pu être validées",
        "the values could not be validated",
    ),
    "import.row.not_url_used_handle": (
        "{column} : {text!r} n'est pas une URL ; identifiant utilisé",
        "{column}: {text!r} is not a URL; used the handle",
    ),
    "import.row.neither_url_nor_handle": (
        "{text!r} n'est ni une URL ni un identifiant",
        "{text!r} is neither a URL nor a handle",
    ),
    "import.row.platform_conflict": (
        "la colonne plateforme indique {given!r}, l'URL est {platform} : {platform} retenu",
        "the platform column says {given!r}, the URL is {platform}: used {platform}",
    ),
    "import.row.handle_conflict": (
        "{column} : indique {given!r}, l'URL indique {found!r} ; celui de l'URL est retenu",
        "{column}: says {given!r}, the URL says {found!r}; used the URL's",
    ),
    "import.row.url_is_post": (
        "l'URL est une publication ou une page, pas un compte ; gardée telle quelle",
        "the URL is a post or page, not an account; kept as given",
    ),
    # --- refused files
    "import.file.problem": ("{file} : {problem}", "{file}: {problem}"),
    "import.file.no_identity_guessed": (
        "{file} : aucun en-tête de colonne connu dans les premières lignes, et aucune colonne "
        "ne contient d'URL ou de @identifiant (première ligne : {first}) ; nommez les colonnes "
        "(par ex. Plateforme, URL, Identifiant) ou associez-les (--map 4=url, ou dans la "
        "fenêtre d'import)",
        "{file}: no known column headers in the first rows, and no column holds URLs or "
        "@handles (first row: {first}); name the columns (e.g. Platform, URL, Handle) or map "
        "them (--map 4=url, or in the import dialog)",
    ),
    "import.file.no_identity": (
        "{file} : aucune colonne ne contient d'URL ni d'identifiant (colonnes : {columns}) ; "
        "nommez-en une « URL » ou « Identifiant » / « Lien » ou « Handle », ou associez-la "
        "(--map)",
        "{file}: no column holds a URL or a handle (columns: {columns}); name one 'URL' or "
        "'Handle' / 'Lien' or 'Identifiant', or map it (--map)",
    ),
    "import.file.none": ("aucune", "none"),
    "import.file.invalid_audit": (
        "l'import rendrait l'audit invalide : {problem}",
        "the import would make the audit invalid: {problem}",
    ),
    # --- refused workbooks (zip and xlsx checks)
    "import.size_mb": ("{mb:,.0f} Mo", "{mb:,.0f} MB"),
    "import.xlsx.encrypted_ole": (
        "{file} est un classeur chiffré (protégé par mot de passe) ; ouvrez-le dans Excel, "
        "enregistrez-le en .xlsx sans mot de passe et importez cette copie",
        "{file} is an encrypted (password-protected) workbook; open it in Excel, save it as "
        ".xlsx without password, and import that copy",
    ),
    "import.xlsx.legacy": (
        "{file} est un classeur chiffré ou un ancien .xls (format Excel 97-2003) ; "
        "enregistrez-le en .xlsx sans mot de passe et importez cette copie",
        "{file} is an encrypted or legacy .xls workbook (Excel 97-2003 format); save it as "
        ".xlsx without password and import that copy",
    ),
    "import.xlsx.text": (
        "{file} est un fichier texte (CSV ?) avec un nom de classeur ; renommez-le en .csv "
        "et importez-le",
        "{file} is a text file (CSV?) with a workbook name; rename it to .csv and import it",
    ),
    "import.xlsx.not_xlsx": (
        "{file} n'est pas un classeur valide : son contenu n'est pas un fichier .xlsx",
        "{file} is not a valid workbook: its content is not an .xlsx file",
    ),
    "import.xlsx.suspicious_path": (
        "{file} n'est pas un classeur valide : il contient un chemin suspect ({member!r})",
        "{file} is not a valid workbook: it holds a suspicious path ({member!r})",
    ),
    "import.xlsx.encrypted_zip": (
        "{file} est un zip chiffré, pas un classeur que Vigie sait lire ; enregistrez-le en "
        ".xlsx sans mot de passe",
        "{file} is an encrypted zip, not a workbook Vigie can read; save it as .xlsx without "
        "password",
    ),
    "import.xlsx.expands": (
        "{file} occuperait plus de {limit} une fois décompressé (une bombe zip, ou un classeur "
        "bien plus grand qu'une liste de comptes) ; refusé",
        "{file} would expand to more than {limit} (a zip bomb, or a workbook far larger than "
        "a list of accounts); refused",
    ),
    "import.xlsx.ratio": (
        "{file} est compressé {ratio:,.0f} pour 1, comme une bombe zip ; refusé",
        "{file} is compressed {ratio:,.0f} to 1, like a zip bomb; refused",
    ),
    "import.xlsx.too_much_text": (
        "{file} contient {size} de texte, plus que {limit} ; découpez-le en fichiers plus petits",
        "{file} holds {size} of text, more than {limit}; split it into smaller files",
    ),
    "import.xlsx.xlsb": (
        "{file} est un classeur Excel binaire (.xlsb) ; enregistrez-le en .xlsx et importez "
        "cette copie",
        "{file} is a binary Excel workbook (.xlsb); save it as .xlsx and import that",
    ),
    "import.xlsx.ods": (
        "{file} est un fichier OpenDocument (.ods) ; enregistrez-le en .xlsx ou .csv et "
        "importez cette copie",
        "{file} is an OpenDocument file (.ods); save it as .xlsx or .csv and import that",
    ),
    "import.xlsx.word": (
        "{file} est un document Word, pas un classeur",
        "{file} is a Word document, not a workbook",
    ),
    "import.xlsx.other_zip": (
        "{file} est une archive zip mais pas un classeur Excel",
        "{file} is a zip archive but not an Excel workbook",
    ),
    "import.xlsx.damaged": (
        "{file} est endommagé ou tronqué ({problem})",
        "{file} is damaged or truncated ({problem})",
    ),
    "import.xlsx.entities": (
        "{file} n'est pas un classeur valide : il déclare des entités XML (un schéma d'attaque "
        "par entité externe ou « billion laughs ») ; refusé",
        "{file} is not a valid workbook: it declares XML entities (an external-entity or "
        "billion-laughs attack pattern); refused",
    ),
    "import.xlsx.empty": ("{file} est vide (0 octet)", "{file} is empty (0 bytes)"),
    "import.xlsx.too_large": (
        "{file} fait {size}, au-delà de la limite d'import de {limit} ; découpez-le ou "
        "enregistrez-le en CSV",
        "{file} is {size}, over the {limit} import limit; split it or save it as CSV",
    ),
    "import.xlsx.truncated": (
        "{file} est tronqué ou endommagé (la fin de l'archive zip manque)",
        "{file} is truncated or damaged (the end of the zip archive is missing)",
    ),
    "import.xlsx.too_many_parts": (
        "{file} contient {count:,} parties, plus que {limit:,} ; refusé",
        "{file} holds {count:,} parts, more than {limit:,}; refused",
    ),
    "import.xlsx.invalid": (
        "{file} n'est pas un classeur valide ({problem})",
        "{file} is not a valid workbook ({problem})",
    ),
    "import.xlsx.no_sheet": (
        "{file} n'a pas de feuille {sheet!r} (feuilles : {sheets})",
        "{file} has no sheet {sheet!r} (sheets: {sheets})",
    ),
    # --- values in a client's list
    "value.year_range": (
        "l'année {year} est hors limites ({low}-{high})",
        "the year {year} is out of range ({low}-{high})",
    ),
    "value.serial_not_date": ("{serial:g} n'est pas une date", "{serial:g} is not a date"),
    "value.not_date_example": (
        "{text!r} n'est pas une date (utilisez 2024-03-05 ou 05/03/2024)",
        "{text!r} is not a date (use 2024-03-05 or 05/03/2024)",
    ),
    "value.not_date_order": (
        "{text!r} n'est pas une date (jour/mois/année ou année-mois-jour)",
        "{text!r} is not a date (day/month/year or year-month-day)",
    ),
    "value.bool_not_number": (
        "une valeur oui/non n'est pas un nombre",
        "a yes/no value is not a number",
    ),
    "value.not_count": ("{text!r} n'est pas un nombre positif", "{text!r} is not a count"),
    "value.not_whole": ("{text!r} n'est pas un nombre entier", "{text!r} is not a whole number"),
    "value.not_number_example": (
        "{text!r} n'est pas un nombre (par ex. 1200, 1 200, 12,3 k, 1.2M)",
        "{text!r} is not a number (e.g. 1200, 1 200, 12,3 k, 1.2M)",
    ),
    "value.bool_not_percent": (
        "une valeur oui/non n'est pas un pourcentage",
        "a yes/no value is not a percentage",
    ),
    "value.not_percent": ("{text!r} n'est pas un pourcentage", "{text!r} is not a percentage"),
    "value.percent_range": (
        "{text!r} n'est pas un pourcentage entre 0 et 100",
        "{text!r} is not a percentage between 0 and 100",
    ),
    "value.not_yes_no": ("{text!r} n'est ni oui ni non", "{text!r} is not yes or no"),
    "value.not_one_of": (
        "{text!r} ne fait pas partie de : {expected}",
        "{text!r} is not one of: {expected}",
    ),
    "value.not_languages": (
        "{text!r} n'est pas une liste de langues (par ex. fr, en)",
        "{text!r} is not a list of languages (e.g. fr, en)",
    ),
}
