"""The words of the written report that the workbook does not already have, in French and
English.

Labels the workbook prints (headers such as "Severity", "Owner", "Due date", the names of
the parts) come from :mod:`wizard.workbook.strings` and every enumerated value from
:mod:`wizard.audit.labels`, so the report and the workbook use one vocabulary. Only sentences and
headings proper to a document live here. Placeholders are filled with :meth:`str.format`
on fixed keys; user text is never used as a template.
"""

from __future__ import annotations

from typing import Final

# (fr, en)
_TEXT: Final[dict[str, tuple[str, str]]] = {
    # cover
    "cover_kicker": ("Rapport d'audit", "Audit report"),
    "confidential_notice_public": (
        "Ce rapport peut être diffusé librement.",
        "This report may be circulated freely.",
    ),
    "confidential_notice_internal": (
        "Usage interne : ce rapport ne doit pas être diffusé hors de l'organisation.",
        "Internal use: this report must not be circulated outside the organisation.",
    ),
    "confidential_notice_confidential": (
        "Confidentiel : diffusion limitée aux personnes concernées par l'audit.",
        "Confidential: for the people concerned by the audit only.",
    ),
    "confidential_notice_restricted": (
        "Diffusion restreinte : ne pas copier ni transmettre sans autorisation écrite.",
        "Restricted: do not copy or forward without written permission.",
    ),
    "page_of": ("Page {page} sur {pages}", "Page {page} of {pages}"),
    # parts
    "h_summary": ("Synthèse", "Executive summary"),
    "h_verdict": ("Conclusion", "Conclusion"),
    "h_stage": ("Stade de maturité", "Maturity stage"),
    "h_priorities": ("Cinq priorités", "Five priorities"),
    "h_method": ("Méthode", "Method"),
    "h_framework": ("Référentiel", "Framework"),
    "h_scale": ("Échelle et stades", "Scale and stages"),
    "h_reviewed": ("Ce qui a été examiné", "What was reviewed"),
    "h_scoring": ("Calcul des scores", "How scores are computed"),
    "h_results": ("Résultats", "Results"),
    "h_overview": ("Vue d'ensemble", "Overview"),
    "h_inventory": ("L'inventaire en chiffres", "The inventory in figures"),
    "h_problems": ("Problèmes relevés sur les comptes", "Problems found on accounts"),
    "h_findings": ("Constats", "Findings"),
    "h_action_plan": ("Plan d'action", "Action plan"),
    "h_legal_risks": ("Juridique et risques", "Legal and risks"),
    "h_appendices": ("Annexes", "Appendices"),
    "h_na": ("Annexe A — Critères sans objet", "Appendix A — Criteria not applicable"),
    "h_evidence": ("Annexe B — Registre des preuves", "Appendix B — Evidence log"),
    # summary sentences
    "verdict": (
        "Avec un score global de {score} sur 100, {org} se situe au stade « {stage} » du "
        "référentiel. L'audit relève {findings} constats, dont {high} de gravité élevée, sur "
        "{accounts} comptes inventoriés.",
        "With an overall score of {score} out of 100, {org} is at the “{stage}” stage of the "
        "framework. The audit raises {findings} findings, {high} of them of high severity, "
        "across {accounts} accounts inventoried.",
    ),
    "verdict_unscored": (
        "Aucun critère n'est encore évalué : le score global et le stade ne peuvent pas être "
        "établis. L'audit relève {findings} constats, dont {high} de gravité élevée, sur "
        "{accounts} comptes inventoriés.",
        "No criterion has been assessed yet, so there is no overall score or stage. The audit "
        "raises {findings} findings, {high} of them of high severity, across {accounts} "
        "accounts inventoried.",
    ),
    "the_organisation": ("l'organisation", "the organisation"),
    "completeness_sentence": (
        "L'évaluation est complète à {completeness} (critères évalués ou sans objet).",
        "The assessment is {completeness} complete (criteria assessed or not applicable).",
    ),
    "stage_sentence": ("Stade « {stage} » : {description}", "“{stage}” stage: {description}"),
    "priorities_intro": (
        "Les cinq constats les plus graves, avec la recommandation de l'auditeur :",
        "The five most severe findings, with the auditor's recommendation:",
    ),
    "no_priorities": ("Aucun constat actif.", "No active finding."),
    "priority_action": (
        "Action : {action} — responsable : {owner} ; échéance : {due} ; effort : {effort}.",
        "Action: {action} — owner: {owner}; due: {due}; effort: {effort}.",
    ),
    "priority_no_action": ("Aucune action planifiée.", "No action planned yet."),
    # method
    "framework_sentence": ("{title}, version {version}.", "{title}, version {version}."),
    "reviewed_sentence": (
        "{accounts} comptes sur {platforms} plateformes ; {assessed} critères évalués et "
        "{na} sans objet sur {criteria} ; {legal} éléments de la liste juridique renseignés "
        "sur {legal_total} ; {risks} risques au registre ; {evidence} pièces justificatives.",
        "{accounts} accounts on {platforms} platforms; {assessed} criteria assessed and "
        "{na} not applicable out of {criteria}; {legal} of {legal_total} legal checklist items "
        "answered; {risks} risks in the register; {evidence} supporting documents.",
    ),
    "levels_caption": ("Échelle de maturité", "Maturity scale"),
    "stages_caption": ("Stades de maturité", "Maturity stages"),
    # results
    "overall_sentence": (
        "Score global : {score} sur 100 (stade « {stage} »). Complétude : {completeness}.",
        "Overall score: {score} out of 100 (“{stage}” stage). Completeness: {completeness}.",
    ),
    "group_sentence": ("Score du groupe : {score} sur 100.", "Group score: {score} out of 100."),
    "chart_caption": ("Score par section (/100)", "Score by section (/100)"),
    "groups_caption": ("Scores par condition de succès", "Scores by success condition"),
    "sections_caption": ("Sections — {group}", "Sections — {group}"),
    "not_scored": ("non évalué", "not assessed"),
    # inventory
    "figures_caption": ("Chiffres clés de l'inventaire", "Inventory key figures"),
    "no_accounts": ("Aucun compte inventorié.", "No account inventoried."),
    "problem": ("Problème", "Problem"),
    # findings
    "findings_intro": (
        "{count} constats actifs, classés par gravité. Les constats écartés par l'auditeur ne "
        "figurent pas dans ce rapport.",
        "{count} active findings, by severity. Findings the auditor dismissed are not in this "
        "report.",
    ),
    "accounts_concerned": ("Comptes concernés", "Accounts concerned"),
    "evidence_refs": ("Preuves", "Evidence"),
    "and_more": ("et {count} autres", "and {count} more"),
    "no_findings": ("Aucun constat de cette gravité.", "No finding of this severity."),
    # action plan
    "actions_intro": (
        "{count} actions. {without} constats n'ont pas encore d'action.",
        "{count} actions. {without} findings have no action yet.",
    ),
    "actions_caption": ("Actions", "Actions"),
    "no_actions": ("Aucune action n'est encore prévue.", "No action is planned yet."),
    # legal & risks
    "legal_summary": (
        "Sur {total} éléments : {counts}.",
        "Of {total} items: {counts}.",
    ),
    "risks_summary": (
        "{count} risques, du plus au moins élevé (cote = probabilité × impact).",
        "{count} risks, highest rating first (rating = likelihood × impact).",
    ),
    "no_risks": ("Aucun risque au registre.", "No risk in the register."),
    # appendices
    "no_na": ("Aucun critère n'a été déclaré sans objet.", "No criterion was declared N/A."),
    "no_evidence": ("Aucune pièce justificative.", "No supporting document."),
    "na_caption": ("Critères sans objet", "Criteria not applicable"),
    "evidence_caption": ("Pièces justificatives", "Supporting documents"),
    # captions
    "figure": ("Figure", "Figure"),
    "table": ("Tableau", "Table"),
}

_MONTHS: Final = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def text(key: str, lang: str) -> str:
    fr, en = _TEXT[key]
    return fr if lang == "fr" else en


def month(number: int, lang: str) -> str:
    return _MONTHS[lang][number - 1]
