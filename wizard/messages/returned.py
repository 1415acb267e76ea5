"""Messages of a returned workbook's review: change lines, refused values, notes, warnings."""

_DATE_HINT_FR = "saisissez-la comme une date, par exemple 2024-03-15"
_DATE_HINT_EN = "write it as a date, for example 2024-03-15"

MESSAGES = {
    # (fr, en)
    # --- one change
    "returned.row": ("ligne {row}", "row {row}"),
    "returned.not_in_workbook": ("absent du classeur", "not in the workbook"),
    "returned.head": ("{item} ({where})", "{item} ({where})"),
    "returned.change.deleted": (
        "{head} : supprimé par le client ; conservé sauf si vous choisissez de le supprimer",
        "{head}: deleted by the client; kept unless you choose to delete it",
    ),
    "returned.change.new": ("{head} : nouveau", "{head}: new"),
    "returned.change.field": ("{head} : {column} : {change}", "{head}: {column}: {change}"),
    "returned.change.refused": ("  REFUSÉ : {reason}", "  REFUSED: {reason}"),
    "returned.empty": ("(vide)", "(empty)"),
    # --- the review as text
    "returned.report.title": (
        "{file} : revue des modifications du client",
        "{file}: review of the client's changes",
    ),
    "returned.report.foreign": (
        "  d'un autre audit ({audit}) : importé comme nouvelles données",
        "  from another audit ({audit}): imported as new data",
    ),
    "returned.report.warning": ("Attention : {warning}", "Warning: {warning}"),
    "returned.report.none": (
        "Aucune modification : le classeur correspond à l'audit.",
        "No changes: the workbook matches the audit.",
    ),
    "returned.report.counts": (
        "{updates} champ(s) modifié(s), {new} nouvel(s) élément(s), {deleted} ligne(s) "
        "supprimée(s) (appliquées seulement sur demande), {refused} valeur(s) refusée(s)",
        "{updates} field change(s), {new} new item(s), {deleted} deleted row(s) (applied only "
        "when asked), {refused} refused value(s)",
    ),
    "returned.report.legend": (
        "* appliqué par --apply   ? seulement sur demande   ! refusé : corrigez-le dans Vigie",
        "* applied by --apply   ? only when asked   ! refused: fix it in Vigie",
    ),
    "returned.applied": (
        "{applied} modification(s) appliquée(s) : {updated} champ(s) mis à jour, {added} "
        "élément(s) ajouté(s), {deleted} élément(s) supprimé(s)",
        "{applied} change(s) applied: {updated} field(s) updated, {added} item(s) added, "
        "{deleted} item(s) deleted",
    ),
    "returned.not_applied": (
        "non appliqué : {change} : {reason}",
        "not applied: {change}: {reason}",
    ),
    "returned.cli.nothing_changed": (
        "Rien n'a changé : relancez avec --apply pour appliquer les modifications marquées *.",
        "Nothing changed: run again with --apply to apply the changes marked *.",
    ),
    "returned.cli.saved": ("{path} enregistré.", "Saved {path}."),
    "returned.cli.unchanged": (
        "Aucun changement : {path} est resté tel quel.",
        "No change: {path} left as it was.",
    ),
    # --- warnings and notes
    "returned.warn.id_deleted": (
        "la colonne cachée des identifiants de {sheet!r} a été supprimée : ses lignes ne "
        "peuvent pas être rapprochées de l'audit, rien n'a donc été lu dans ce tableau",
        "the hidden id column of {sheet!r} was deleted: its rows cannot be matched to the "
        "audit, so nothing was read from that table",
    ),
    "returned.warn.unknown_column": (
        "la colonne {name!r} de {sheet!r} n'est pas celle de Vigie ; ignorée",
        "column {name!r} of {sheet!r} is not Vigie's; ignored",
    ),
    "returned.warn.foreign": (
        "importé comme nouvelles données d'un autre audit : chaque ligne de compte, de risque "
        "et d'action est nouvelle",
        "imported as new data from another audit: every account, risk and action row is new",
    ),
    "returned.warn.stale": (
        "ce classeur a été exporté le {when} UTC et l'audit a changé depuis : une valeur "
        "modifiée dans Vigie après l'export apparaît comme un retour à la valeur du classeur ; "
        "refusez ces modifications",
        "this workbook was exported on {when} UTC and the audit changed since: a value "
        "changed in Vigie after the export shows as a change back to the workbook's value; "
        "reject those",
    ),
    "returned.note.same_account": (
        "même compte que {account}, déjà dans l'audit",
        "same account as {account}, already in the audit",
    ),
    "returned.note.copy": (
        "copie d'une autre ligne (même identifiant caché) : ajoutée comme nouvel élément",
        "a copy of another row (same hidden id): added as a new item",
    ),
    "returned.note.unknown_id": (
        "son identifiant n'est pas dans cet audit (supprimé depuis l'export ?)",
        "its id is not in this audit (deleted since the export?)",
    ),
    "returned.note.same_title": (
        "même titre que {title!r}, déjà dans l'audit",
        "same title as {title!r}, already in the audit",
    ),
    "returned.foreign": (
        "{file} a été exporté d'un autre audit ({workbook}, celui-ci est {session}) ; refusé. "
        "Importez-le comme nouvelles données seulement si c'est voulu.",
        "{file} was exported from another audit ({workbook}, this one is {session}); "
        "refused. Import it as new data only if that is intended.",
    ),
    # --- refused values
    "returned.value.cannot_add": (
        "ne peut pas être ajouté : {problem}",
        "cannot be added: {problem}",
    ),
    "returned.value.formula": (
        "une formule ({formula}) à la place d'une valeur ; saisissez la valeur elle-même",
        "a formula ({formula}) where a value belongs; type the value itself",
    ),
    "returned.value.invalid_date": (
        "{text!r} n'est pas une date valide ; " + _DATE_HINT_FR,
        "{text!r} is not a valid date; " + _DATE_HINT_EN,
    ),
    "returned.value.ambiguous_date": (
        "{text!r} est ambigu (jour/mois ou mois/jour ?) ; " + _DATE_HINT_FR,
        "{text!r} is ambiguous (day/month or month/day?); " + _DATE_HINT_EN,
    ),
    "returned.value.unreadable_date": (
        "{text!r} n'est pas une date que Vigie sait lire ; " + _DATE_HINT_FR,
        "{text!r} is not a date Vigie can read; " + _DATE_HINT_EN,
    ),
    "returned.value.date_out_of_range": (
        "{date} est hors des dates que Vigie accepte (du {first} au {last}) ; " + _DATE_HINT_FR,
        "{date} is outside the dates Vigie accepts ({first} to {last}); " + _DATE_HINT_EN,
    ),
    "returned.value.yes_no_not_text": (
        "{shown} est une valeur oui/non, pas du texte ; tapez-la comme texte si c'est voulu",
        "{shown} is a yes/no value, not text; type it as text if it is meant",
    ),
    "returned.value.not_date": (
        "{text!r} n'est pas une date ; " + _DATE_HINT_FR,
        "{text!r} is not a date; " + _DATE_HINT_EN,
    ),
    "returned.value.text_not_number": (
        "{text!r} est du texte à la place d'un nombre",
        "{text!r} is text where a number belongs",
    ),
    "returned.value.bool_not_number": ("{text} n'est pas un nombre", "{text} is not a number"),
    "returned.value.not_number": ("{text!r} n'est pas un nombre", "{text!r} is not a number"),
    "returned.value.not_whole": (
        "{text!r} n'est pas un nombre entier",
        "{text!r} is not a whole number",
    ),
    "returned.value.bool_not_percent": (
        "{text} n'est pas un pourcentage",
        "{text} is not a percentage",
    ),
    "returned.value.not_percent": (
        "{text!r} n'est pas un pourcentage",
        "{text!r} is not a percentage",
    ),
    "returned.value.not_choice": (
        "{text!r} ne fait pas partie des choix ({choices})",
        "{text!r} is not one of the choices ({choices})",
    ),
    "returned.value.needed": ("une valeur est requise", "a value is needed"),
    "returned.value.unknown_platform": (
        "{text!r} n'est pas une plateforme connue de Vigie ; choisissez-en une dans la liste",
        "{text!r} is not a platform Vigie knows; choose one from the list",
    ),
    "returned.value.not_answer": (
        "{text!r} n'est pas une réponse : saisissez un niveau de 0 à {top} ou {na}",
        "{text!r} is not an answer: enter a level from 0 to {top} or {na}",
    ),
    "returned.value.not_level": (
        "{level} n'est pas un niveau de l'échelle (0 à {top})",
        "{level} is not a level of the scale (0 to {top})",
    ),
    "returned.value.not_rating": (
        "{shown} n'est pas une note de 1 à 5",
        "{shown} is not a rating from 1 to 5",
    ),
    "returned.value.action_title": (
        "une action doit avoir un titre sur sa première ligne",
        "an action needs a title on its first line",
    ),
}
