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
        "les sessions utilisent des banques de questions différentes ({mine} et {theirs}) ; "
        "leurs réponses ne portent pas sur les mêmes questions : elles ne peuvent pas être "
        "fusionnées",
        "the sessions use different question banks ({mine} and {theirs}); their answers are "
        "not to the same questions: they cannot be merged",
    ),
    "merge.bank_versions": (
        "les sessions utilisent deux versions de la même banque de questions ; une réponse "
        "à un critère absent d'une version serait perdue, elles ne sont donc pas fusionnées. "
        "{details} Mettez d'abord les deux copies sur la même version.",
        "the sessions use two versions of the same question bank; an answer to a criterion "
        "missing from one version would be lost, so they are not merged. {details} Bring "
        "both copies to the same version first.",
    ),
    "merge.item_refused": ("{item} : {problem}", "{item}: {problem}"),
    "merge.failures": ("{failures}", "{failures}"),
}
