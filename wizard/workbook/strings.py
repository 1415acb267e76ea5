"""Every label the workbook prints, in French and English.

Sheet names are fixed here per language and never built from user text, so they are always
valid (≤ 31 characters, none of ``[]:*?/\\``) whatever the organisation is called.
"""

from __future__ import annotations

from typing import Final

from wizard.audit.field_labels import ACCOUNT_FIELDS, FORMER_HEADERS, field_label

SHEET_KEYS: Final = (
    "cover",
    "summary",
    "inventory",
    "assessment",
    "legal",
    "risks",
    "action_plan",
    "evidence",
    "about",
)

PROGRESS_KEY: Final = "progress"
"""The Progress sheet, written after the Summary only when the audit has a loadable
baseline (:mod:`wizard.workbook.progress`)."""

MARKED_SHEETS: Final = ("inventory", "assessment", "legal", "risks", "action_plan")
"""Sheets whose cell A1 (in a hidden column) holds :func:`sheet_marker`: the sheets a client
edits, found again by that marker when a returned workbook is read (:mod:`wizard.returned`)."""

FORMAT_1_MARKED_SHEETS: Final = ("inventory", "assessment", "legal_risks", "action_plan")
"""The marked sheets of workbook format 1, where one "Legal and risks" sheet held the legal
checklist and the risk register: clients still return such workbooks."""

MARKER_PREFIX: Final = "vigie:"

LISTS_SHEET: Final = "_lists"
META_SHEET: Final = "_vigie"

_SHEETS = {  # "legal_risks": the combined sheet of workbook format 1, read back only
    "fr": {
        "cover": "Couverture",
        "summary": "Synthèse",
        "progress": "Progrès",
        "inventory": "Inventaire",
        "assessment": "Évaluation",
        "legal": "Liste de contrôle juridique",
        "risks": "Registre des risques",
        "legal_risks": "Juridique et risques",
        "action_plan": "Plan d'action",
        "evidence": "Preuves",
        "about": "À propos",
    },
    "en": {
        "cover": "Cover",
        "summary": "Summary",
        "progress": "Progress",
        "inventory": "Inventory",
        "assessment": "Assessment",
        "legal": "Legal checklist",
        "risks": "Risk register",
        "legal_risks": "Legal and risks",
        "action_plan": "Action plan",
        "evidence": "Evidence",
        "about": "About",
    },
}

# (fr, en)
_TEXT: dict[str, tuple[str, str]] = {
    # cover
    "report": ("Audit des médias sociaux", "Social media audit"),
    "organisation": ("Organisation", "Organisation"),
    "audit_title": ("Titre de l'audit", "Audit title"),
    "auditors": ("Auditeurs", "Auditors"),
    "client_contact": ("Personne-ressource", "Client contact"),
    "period": ("Période", "Period"),
    "report_date": ("Date du rapport", "Report date"),
    "as_of": ("Données arrêtées au", "Figures as of"),
    "scope": ("Portée", "Scope"),
    "objectives": ("Objectifs", "Objectives"),
    "framework": ("Référentiel", "Framework"),
    "framework_version": ("Version du référentiel", "Framework version"),
    "confidentiality": ("Confidentialité", "Confidentiality"),
    "generated": ("Généré le", "Generated on"),
    "contents": ("Table des matières", "Contents"),
    "name_withheld": ("Nom masqué", "Name withheld"),
    "to": ("au", "to"),
    # sheet descriptions for the table of contents
    "toc_summary": (
        "Synthèse pour la direction, chiffres clés, scores, graphiques, principaux constats",
        "Executive summary, key figures, scores, charts, main findings",
    ),
    "toc_progress": (
        "Évolution depuis l'audit de référence",
        "What changed since the baseline audit",
    ),
    "toc_inventory": ("Tous les comptes et leurs attributs", "Every account and its attributes"),
    "toc_assessment": (
        "Chaque critère : réponse, niveau, justification, preuves",
        "Every criterion: answer, level, justification, evidence",
    ),
    "toc_legal": (
        "Chaque obligation juridique vérifiée : statut, notes, preuves",
        "Every legal obligation checked: status, notes, evidence",
    ),
    "toc_risks": (
        "Les risques, leur cote (probabilité × impact) et leur atténuation",
        "The risks, their rating (likelihood × impact) and mitigation",
    ),
    "toc_action_plan": (
        "Actions planifiées, avec le constat et la recommandation auxquels elles répondent",
        "Planned actions, with the finding and recommendation they answer",
    ),
    "toc_evidence": ("Pièces justificatives jointes", "Attached supporting documents"),
    "toc_about": ("Échelle, méthode de calcul, versions", "Scale, scoring method, versions"),
    # summary
    "key_figures": ("Chiffres clés", "Key figures"),
    "accounts_total": ("Comptes inventoriés", "Accounts inventoried"),
    "by_platform": ("Comptes par plateforme", "Accounts by platform"),
    "by_status": ("Comptes par statut", "Accounts by status"),
    "by_kind": ("Comptes par type", "Accounts by kind"),
    "mfa_coverage": ("Couverture MFA (tous les admin.)", "MFA coverage (all admins)"),
    "dormant": ("Comptes dormants", "Dormant accounts"),
    "without_owner": ("Comptes sans responsable", "Accounts without owner"),
    "findings_by_severity": ("Constats par gravité", "Findings by severity"),
    "overall": ("Résultat global", "Overall result"),
    "overall_score": ("Score global (/100)", "Overall score (/100)"),
    "completeness": ("Complétude", "Completeness"),
    "stage": ("Stade", "Stage"),
    "scores_by_section": ("Scores par section", "Scores by section"),
    "scores_by_group": ("Scores par condition de succès", "Scores by success condition"),
    "section": ("Section", "Section"),
    "group": ("Condition", "Condition"),
    "title": ("Titre", "Title"),
    "weight": ("Poids", "Weight"),
    "score": ("Score (/100)", "Score (/100)"),
    "level": ("Niveau", "Level"),
    "chart_sections": ("Score par section (/100)", "Score by section (/100)"),
    "chart_groups": ("Conditions de succès (/100)", "Success conditions (/100)"),
    "findings_live_note": (
        "Les constats tirés des scores (sections faibles, critères bas) se recalculent ; "
        "les autres (inventaire, juridique, constats de l'auditeur) sont ceux de la date "
        "du rapport.",
        "Findings from the scores (weak sections, low criteria) recalculate; the others "
        "(inventory, legal, the auditor's own) are as of the report date.",
    ),
    "weak_section_title": (
        "{section} : section faible ({score} %)",
        "{section}: weak section ({score}%)",
    ),
    "section_recovered_title": (
        "{section} : section remontée à {score} % (n'est plus faible)",
        "{section}: section now at {score}% (no longer weak)",
    ),
    "unplanned_findings": (
        "Constats sans action planifiée à la date du rapport : {count} ({parts}). "
        "Voir la Synthèse.",
        "Findings with no planned action as of the report date: {count} ({parts}). "
        "See the Summary.",
    ),
    "all_findings_planned": (
        "Chaque constat a au moins une action planifiée.",
        "Every finding has at least one planned action.",
    ),
    "executive_summary": ("Synthèse pour la direction", "Executive summary"),
    "priorities": (
        "Cinq priorités (à la date du rapport)",
        "Five priorities (as of the report date)",
    ),
    "with_criteria": ("critères {items}", "criteria {items}"),
    "no_action_yet": ("Aucune action planifiée", "No action planned yet"),
    "verdict_none": (
        "Aucun critère n'est encore évalué : pas de score global.",
        "No criterion is assessed yet: no overall score.",
    ),
    "verdict_1": ("Score global de ", "Overall score "),
    "verdict_2": (" sur 100 : stade « ", " out of 100: stage “"),
    "verdict_3": (" », sur ", "”, with "),
    "verdict_4": (
        " % des critères évalués. Inventaire : ",
        "% of the criteria assessed. Inventory: ",
    ),
    "verdict_5": (" comptes, dont ", " accounts, "),
    "verdict_6": (" dormants et ", " dormant and "),
    "verdict_7": (
        " sans responsable ; MFA sur tous les accès : ",
        " without an owner; MFA on every access: ",
    ),
    "verdict_8": (" des comptes gérés.", " of the managed accounts."),
    "actions_lacking_1": (" des ", " of the "),
    "actions_lacking_2": (
        " actions planifiées n'ont pas encore de responsable ou d'échéance ; constats sans "
        "aucune action à la date du rapport : ",
        " planned actions still lack an owner or a due date; findings with no action as of "
        "the report date: ",
    ),
    "actions_lacking_3": (".", "."),
    "top_findings": (
        "Principaux constats (liste à la date du rapport ; gravité des constats de score "
        "recalculée)",
        "Main findings (list as of the report date; severity of score findings recalculated)",
    ),
    "severity": ("Gravité", "Severity"),
    "finding": ("Constat", "Finding"),
    "framework_item": ("Élément du référentiel", "Framework item"),
    "accounts": ("Comptes", "Accounts"),
    "count": ("Nombre", "Count"),
    "share": ("Part", "Share"),
    "none_yet": ("Aucun", "None"),
    # assessment
    "id": ("id", "id"),
    "number": ("N°", "No."),
    "criterion": ("Critère", "Criterion"),
    "guidance": ("Indications", "Guidance"),
    "answer": ("Réponse", "Answer"),
    "level_label": ("Niveau atteint", "Level reached"),
    "justification": ("Justification", "Justification"),
    "notes": ("Notes", "Notes"),
    "evidence": ("Preuves", "Evidence"),
    "to_review": ("À revoir", "To review"),
    "scored": ("points", "points"),
    "counted": ("poids compté", "counted weight"),
    "assessed": ("évalué", "assessed"),
    "na_token": ("S.O.", "N/A"),
    "na_label": ("Sans objet", "Not applicable"),
    "answer_help": (
        "Saisir un niveau de 0 à {max} ou « S.O. » (sans objet).",
        'Enter a level from 0 to {max} or "N/A" (not applicable).',
    ),
    # legal & risks
    "legal_checklist": ("Liste de contrôle juridique", "Legal checklist"),
    "item": ("Élément", "Item"),
    "status": ("Statut", "Status"),
    "risk_register": ("Registre des risques", "Risk register"),
    "risk": ("Risque", "Risk"),
    "description": ("Description", "Description"),
    "likelihood": ("Probabilité (1-5)", "Likelihood (1-5)"),
    "impact": ("Impact (1-5)", "Impact (1-5)"),
    "rating": ("Cote (P×I)", "Rating (L×I)"),
    "owner": ("Responsable", "Owner"),
    "mitigation": ("Atténuation", "Mitigation"),
    # action plan
    "recommendation": ("Recommandation", "Recommendation"),
    "action": ("Action", "Action"),
    "due": ("Échéance", "Due date"),
    "effort": ("Effort", "Effort"),
    "finding_key": ("constat", "finding"),
    # evidence
    "file_name": ("Nom du fichier", "File name"),
    "linked_to": ("Lié à", "Linked to"),
    "size": ("Taille (octets)", "Size (bytes)"),
    "sha256": ("SHA-256", "SHA-256"),
    "added": ("Ajouté le", "Added on"),
    "captured": ("Capturé le", "Captured on"),
    "prepared_by": ("Préparé par", "Prepared by"),
    "media_type": ("Type", "Type"),
    # about
    "scale": ("Échelle de maturité", "Maturity scale"),
    "value": ("Valeur", "Value"),
    "name": ("Nom", "Name"),
    "stages": ("Stades", "Stages"),
    "min_score": ("Score minimal", "Minimum score"),
    "method": ("Méthode de calcul", "How scores are computed"),
    "bank_language": ("Langue de la banque", "Bank language"),
    "method_section": (
        "Score d'une section = moyenne pondérée (poids des critères) des niveaux des critères "
        "évalués, hors « S.O. », divisée par le niveau maximal × 100. Les critères sans réponse "
        "ne comptent pas.",
        "Section score = weighted mean (criterion weights) of the levels of the assessed "
        "criteria, excluding N/A, divided by the top level × 100. Unanswered criteria do not "
        "count.",
    ),
    "method_overall": (
        "Score global = moyenne pondérée (poids des sections) des scores des sections qui en "
        "ont un.",
        "Overall score = weighted mean (section weights) of the sections that have a score.",
    ),
    "method_completeness": (
        "Complétude = part des critères ayant une réponse (niveau ou S.O.).",
        "Completeness = share of criteria with an answer (a level or N/A).",
    ),
    "method_live": (
        "Ce qui se recalcule (formules) : dans la Synthèse, les scores, niveaux, stades et "
        "la complétude (d'après les réponses de l'onglet Évaluation), les chiffres clés et les "
        "tableaux par statut, type et plateforme (d'après l'onglet Inventaire), la gravité des "
        "constats tirés des scores (sections faibles, critères bas) ; dans l'Évaluation, le "
        "libellé des niveaux ; dans l'Inventaire, les cellules signalées. La dormance se mesure "
        "depuis la date d'arrêté des données (Couverture), jamais depuis la date du jour. "
        "Ce qui reste à la date du rapport : les autres constats (inventaire, juridique, "
        "constats de l'auditeur), l'ordre des principaux constats, le plan d'action, les "
        "risques et la colonne Problèmes de l'inventaire.",
        "What recalculates (formulas): on the Summary, the scores, levels, stages and "
        "completeness (from the answers on the Assessment sheet), the key figures and the "
        "tables by status, kind and platform (from the Inventory sheet), and the severity of "
        "findings drawn from the scores (weak sections, low criteria); on the Assessment, the "
        "level labels; on the Inventory, the flagged cells. Dormancy is measured from the "
        "figures-as-of date on the Cover, never from today's date. What stays as of the "
        "report date: the other findings (inventory, legal, the auditor's own), the order of "
        "the main findings, the action plan, the risks and the inventory's Problems column.",
    ),
    "method_risk": (
        "Cote d'un risque = probabilité × impact (1 à 25).",
        "Risk rating = likelihood × impact (1 to 25).",
    ),
    "versions": ("Versions", "Versions"),
    "source": ("Source", "Source"),
    "app_version": ("Version de Vigie", "Vigie version"),
    "file_format": ("Format du classeur", "Workbook format"),
    "session_format": ("Format de session", "Session format"),
    "audit_id": ("Identifiant de l'audit", "Audit id"),
    "names_policy": ("Noms de personnes", "Personal names"),
    "names_included": ("Inclus", "Included"),
    "names_excluded": (
        "Remplacés par les rôles (auditeurs, personne-ressource, responsables, "
        "administrateurs). Les comptes personnels de dirigeants ou d'employés restent "
        "désignés par leur nom affiché, leur identifiant et leur adresse, tels qu'inventoriés.",
        "Replaced by roles (auditors, client contact, owners, administrators). Personal "
        "accounts of executives or employees are still shown by their display name, handle "
        "and URL, as inventoried.",
    ),
    # progress since the baseline
    "progress_baseline": ("Audit de référence", "Baseline audit"),
    "progress_current": ("Audit actuel", "Current audit"),
    "progress_other_bank": (
        "Les deux audits n'utilisent pas la même grille de questions.",
        "The two audits use different question banks.",
    ),
    "progress_scores": ("Évolution des scores", "Score changes"),
    "progress_before": ("Référence", "Baseline"),
    "progress_after": ("Actuel", "Current"),
    "progress_change": ("Écart", "Change"),
    "progress_completeness": ("Complétude (%)", "Completeness (%)"),
    "progress_accounts": ("Évolution de l'inventaire", "Inventory changes"),
    "progress_accounts_before": ("Comptes (référence)", "Accounts (baseline)"),
    "progress_accounts_after": ("Comptes (actuel)", "Accounts (current)"),
    "progress_added": ("Ajouté", "Added"),
    "progress_removed": ("Retiré de l'inventaire", "Removed from the inventory"),
    "progress_closed": ("Fermé", "Closed"),
    "progress_status": ("Statut modifié", "Status changed"),
    "progress_changed": ("Autres modifications", "Other changes"),
    "progress_followers": (
        "Variation des abonnés (comptes présents aux deux audits)",
        "Follower change (accounts in both audits)",
    ),
    "progress_detail": ("Détail", "Detail"),
    "progress_criteria": ("Réponses modifiées", "Answers changed"),
    "progress_unmapped": ("Critères sans correspondance", "Criteria with no counterpart"),
    "progress_findings": ("Constats", "Findings"),
    "progress_resolved": ("Résolu", "Resolved"),
    "progress_new": ("Nouveau", "New"),
    "progress_pending": ("À réévaluer", "Not yet re-assessed"),
    "progress_outcome": ("Évolution", "Outcome"),
    "progress_unassessed": ("Non évalué", "Not assessed"),
    "progress_none": ("Aucun changement", "No change"),
    # inventory
    "problems": ("Problèmes", "Problems"),
    "page": ("Page &P de &N", "Page &P of &N"),
}

_EXTRA_INVENTORY_HEADERS: dict[str, tuple[str, str]] = {
    # columns that are not a field of the account (its fields are named by field_labels)
    "followers_change": ("Abonnés : variation", "Follower change"),
}


def sheet_name(key: str, lang: str) -> str:
    return _SHEETS[lang][key]


def sheet_keys(progress: bool = False) -> list[str]:
    """The visible sheets' keys in workbook order; the Progress sheet follows the Summary."""
    keys = list(SHEET_KEYS)
    if progress:
        keys.insert(keys.index("summary") + 1, PROGRESS_KEY)
    return keys


def sheet_names(lang: str, progress: bool = False) -> list[str]:
    """The visible sheet names, in workbook order (nine, ten with the Progress sheet)."""
    return [_SHEETS[lang][key] for key in sheet_keys(progress)]


def sheet_marker(key: str) -> str:
    return MARKER_PREFIX + key


def marked_role(title: str, lang: str) -> str | None:
    """The key of a marked sheet called ``title`` in ``lang``, else None."""
    return next((key for key in MARKED_SHEETS if _SHEETS[lang][key] == title), None)


def marked_sheets(format_version: int) -> tuple[str, ...]:
    """The marked sheets a workbook of ``format_version`` has (1: legal and risks combined)."""
    return FORMAT_1_MARKED_SHEETS if format_version < 2 else MARKED_SHEETS


def text(key: str, lang: str) -> str:
    fr, en = _TEXT[key]
    return fr if lang == "fr" else en


def inventory_header(field: str, lang: str) -> str:
    """The Inventory sheet's header of ``field``: the account field's label everywhere."""
    extra = _EXTRA_INVENTORY_HEADERS.get(field)
    if extra is not None:
        return extra[0] if lang == "fr" else extra[1]
    if field not in ACCOUNT_FIELDS:
        raise KeyError(field)
    return field_label(field, lang)


def former_inventory_headers(field: str) -> tuple[str, ...]:
    """Headers earlier versions wrote for ``field``, still recognised when read back."""
    return FORMER_HEADERS.get(field, ())
