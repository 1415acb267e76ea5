"""Messages of a comparison with a baseline audit: the criterion mapping file's errors.

The comparison's own headings and counts are in :mod:`wizard.history.report` (``_TEXT``),
already in both languages."""

MESSAGES = {
    # (fr, en)
    "compare.map.unreadable": (
        "{path} : illisible ({problem})",
        "{path}: cannot be read ({problem})",
    ),
    "compare.map.not_toml": (
        "{path} : TOML non valide ({problem})",
        "{path}: not valid TOML ({problem})",
    ),
    "compare.map.no_table": (
        "{path} : une table [criteria] (ancien id = nouvel id) est nécessaire",
        "{path}: a [criteria] table (old id = new id) is needed",
    ),
    "compare.map.not_quoted": (
        "{path} : {key} doit correspondre à un identifiant de critère entre guillemets",
        "{path}: {key} must map to a criterion id in quotes",
    ),
}
