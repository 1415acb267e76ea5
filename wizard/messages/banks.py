"""Messages of a question bank that cannot be used (``.toml`` or ``.xlsx``): what is wrong and
where, the place given as a TOML key path or a sheet, row and column.

A problem is ``bank.at`` (or ``bank.invalid`` when the reason is pydantic's own English text)
framing a place and a reason; the places of a spreadsheet (``bank.where.*``) are messages too,
so "sheet 'Criteria', row 4" reads "feuille 'Criteria', ligne 4" for a French user.
"""

MESSAGES = {
    # (fr, en)
    # --- a problem and its place
    "bank.at": ("{where} : {reason}", "{where}: {reason}"),
    "bank.invalid": ("{where} : valeur refusée ({reason})", "{where}: {reason}"),
    "bank.top_level": ("(niveau supérieur)", "(top level)"),
    "bank.where.sheet": ("feuille {sheet!r}", "sheet {sheet!r}"),
    "bank.where.cell": ("feuille {sheet!r}, cellule {cell}", "sheet {sheet!r}, cell {cell}"),
    "bank.where.row": ("feuille {sheet!r}, ligne {row}", "sheet {sheet!r}, row {row}"),
    "bank.where.column": (
        "feuille {sheet!r}, ligne {row}, colonne {column}",
        "sheet {sheet!r}, row {row}, column {column}",
    ),
    "bank.where.cell_of_column": (
        "feuille {sheet!r}, ligne {row}, colonne {column} ({letter})",
        "sheet {sheet!r}, row {row}, column {column} ({letter})",
    ),
    "bank.where.text": (
        "feuille {sheet!r}, ligne {row} ({text}_fr, {text}_en)",
        "sheet {sheet!r}, row {row} ({text}_fr, {text}_en)",
    ),
    "bank.where.sheet_column": (
        "feuille {sheet!r}, colonne {column}",
        "sheet {sheet!r}, column {column}",
    ),
    # --- the file itself
    "bank.unreadable": ("illisible : {problem}", "cannot be read: {problem}"),
    "bank.unreadable.short": ("illisible", "cannot be read"),
    "bank.not_regular": ("{file} est {kind}, pas un fichier", "{file} is {kind}, not a file"),
    "bank.not_bank_file": (
        "une banque est un fichier .toml ou un classeur .xlsx ; ce fichier n'est ni l'un ni "
        "l'autre",
        "a bank is a .toml file or an .xlsx workbook; this is neither",
    ),
    "bank.toml_too_large": (
        "fait {size:,.1f} Mo, plus que la taille permise pour une banque (5 Mo) ; refusé",
        "is {size:,.1f} MB, more than a bank may be (5 MB); refused",
    ),
    "bank.workbook_too_large": (
        "fait {size:.0f} Mo, plus que la taille permise pour une banque ({limit} Mo) ; refusé",
        "is {size:.0f} MB, more than a bank may be ({limit} MB); refused",
    ),
    "bank.not_toml": ("TOML non valide : {problem}", "not valid TOML: {problem}"),
    "bank.xlsx_is_text": (
        "{file} est un fichier texte, pas un classeur .xlsx ; enregistrez la banque en .xlsx",
        "{file} is a text file, not an .xlsx workbook; save the bank as .xlsx",
    ),
    "bank.macro_format": (
        "un classeur {suffix} est refusé (macros ou ancien format) ; enregistrez-le comme "
        "classeur Excel (.xlsx) sans macros",
        "a {suffix} workbook is refused (macros or an old format); save it as an Excel "
        "workbook (.xlsx) without macros",
    ),
    "bank.macros": (
        "le classeur contient des macros ; refusé (enregistrez-le en .xlsx sans macros)",
        "the workbook holds macros; refused (save it as .xlsx without macros)",
    ),
    "bank.damaged": (
        "classeur endommagé ou non valide ({problem})",
        "damaged or not a valid workbook ({problem})",
    ),
    "bank.refused": ("refusé : {problem}", "refused: {problem}"),
    "bank.xml_entities": (
        "refusé : la feuille déclare des entités XML",
        "refused: the sheet declares XML entities",
    ),
    "bank.more_problems": (
        (
            "{problem} (et {count:,} autre problème)",
            "{problem} (et {count:,} autres problèmes)",
        ),
        (
            "{problem} (and {count:,} more problem)",
            "{problem} (and {count:,} more problems)",
        ),
    ),
    # --- the sheets of a workbook
    "bank.sheet.missing": (
        "manque (écrivez la banque avec `vigie bank template` et gardez ses feuilles)",
        "is missing (write the bank with `vigie bank template` and keep its sheets)",
    ),
    "bank.sheet.too_many_rows": (
        "{rows:,} lignes, plus que les {limit:,} qu'une banque peut contenir",
        "{rows:,} rows, more than {limit:,} a bank may hold",
    ),
    "bank.sheet.beyond": (
        "plus de lignes que les {limit:,} qu'une banque peut contenir",
        "more than {limit:,} rows a bank may hold",
    ),
    "bank.sheet.unreadable": (
        "la feuille {sheet!r} est illisible",
        "sheet {sheet!r} cannot be read",
    ),
    "bank.sheet.unknown_column": (
        "colonne inconnue {name!r} (les colonnes sont {columns})",
        "unknown column {name!r} (the columns are {columns})",
    ),
    "bank.sheet.repeated_column": ("colonne {key!r} répétée", "column {key!r} repeated"),
    "bank.sheet.missing_column": (
        "la colonne {key!r} manque à la ligne 1",
        "column {key!r} is missing from row 1",
    ),
    "bank.sheet.no_header": (
        "la ligne 1 doit contenir les clés des colonnes ; elle est vide",
        "row 1 must hold the column keys; it is empty",
    ),
    "bank.sheet.one_row": (
        "doit contenir exactement une ligne sous les clés ; elle en contient {count}",
        "must hold exactly one row below the keys, holds {count}",
    ),
    "bank.cell.formula": (
        "contient une formule ({formula}) ; une banque ne contient que des valeurs",
        "holds a formula ({formula}); a bank holds values only",
    ),
    "bank.cell.no_column": (
        "une valeur dans une colonne sans clé à la ligne 1",
        "a value in a column without a key in row 1",
    ),
    "bank.cell.unknown_section": ("section inconnue {section!r}", "unknown section {section!r}"),
    "bank.cell.no_section": (
        "n'indique aucune section (écrivez l'identifiant d'une ligne de la feuille Sections)",
        "says no section (write the id of a row of the Sections sheet)",
    ),
    "bank.cell.empty": ("la cellule est vide", "the cell is empty"),
    "bank.cell.empty_language": (
        "la cellule est vide (la banque est rédigée en {languages})",
        "the cell is empty (the bank is written in {languages})",
    ),
    # --- the content of a bank
    "bank.key.unknown": (
        "clé inconnue (elle ne fait pas partie du format des banques ; vérifiez l'orthographe)",
        "unknown key (not part of the bank format; check the spelling)",
    ),
    "bank.key.missing": ("clé obligatoire absente", "required key is missing"),
    "bank.key.missing_language": (
        "clé obligatoire absente (la banque est rédigée en {languages})",
        "required key is missing (the bank is written in {languages})",
    ),
    "bank.text.empty_language": (
        "doit contenir au moins 1 caractère (la banque est rédigée en {languages})",
        "should have at least 1 character (the bank is written in {languages})",
    ),
    "bank.text.empty_both": (
        "le texte est vide dans les deux langues (écrivez-le en fr ou en en)",
        "the text is empty in both languages (write it in fr or en)",
    ),
    "bank.languages.fr": ("français", "French"),
    "bank.languages.en": ("anglais", "English"),
    "bank.languages.both": ("français et en anglais", "French and English"),
    "bank.scale.order": (
        "vaut {value}, {expected} attendu (les niveaux sont numérotés 0, 1, 2… dans l'ordre)",
        "is {value}, expected {expected} (levels are numbered 0, 1, 2… in order)",
    ),
    "bank.stages.first": (
        "vaut {score:,g} ; le premier stade doit commencer à 0",
        "is {score:,g}, the first stage must start at 0",
    ),
    "bank.stages.order": (
        "{score:,g} est inférieur au seuil du stade précédent ({previous:,g}) ; les stades "
        "vont par min_score croissant",
        "{score:,g} is below the previous stage's {previous:,g} (stages go in rising order of "
        "min_score)",
    ),
    "bank.group.unknown": (
        "groupe inconnu {group!r} (les groupes sont {groups})",
        "unknown group {group!r} (the groups are {groups})",
    ),
    "bank.id.used": (
        "l'identifiant {id!r} est déjà utilisé ailleurs ({at})",
        "id {id!r} is already used at {at}",
    ),
}
