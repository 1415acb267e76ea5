"""Messages of a merge of two auditors' copies: why sessions or choices are refused."""

MESSAGES = {
    # (fr, en)
    "merge.different_audit": (
        "les sessions appartiennent à des audits différents (identifiants d'audit différents) ; "
        "confirmez qu'il s'agit du même audit pour les fusionner quand même",
        "the sessions belong to different audits (different audit ids); confirm they are the "
        "same audit to merge them anyway",
    ),
    "merge.different_banks": (
        "les sessions utilisent des grilles de questions différentes ; elles ne peuvent pas "
        "être fusionnées",
        "the sessions use different question banks; they cannot be merged",
    ),
    "merge.item_refused": ("{item} : {problem}", "{item}: {problem}"),
    "merge.failures": ("{failures}", "{failures}"),
}
