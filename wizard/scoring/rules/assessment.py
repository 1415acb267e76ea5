"""Findings rules over the governance assessment and the legal checklist.

Unlike the inventory rules, these yield one finding per item (criterion, section or
checklist line), keyed ``<rule id>:<item id>``, and the severity depends on how far the item
falls short.

The "to review" flag is deliberately *not* a rule: it is the auditor's own working note, shown
with progress in the assessment pages, not something to hand the client as a finding.
Unanswered criteria are not findings either; completeness is reported beside every score.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wizard.audit.labels import label
from wizard.audit.model import Audit, Check, Severity
from wizard.bank.framework import Criterion, Framework, Section, Stage
from wizard.scoring.rules.common import Finding
from wizard.scoring.scores import SectionScore, score_section

CRITICAL_GROUPS = frozenset({"success"})
"""Groups whose absent practices (level 0) are high severity: the success conditions."""

WEAK_SECTION = 50.0
"""A section scoring below this (percent) is a finding…"""
VERY_WEAK_SECTION = 25.0
"""…of high severity below this."""


def is_low_level(level: int, framework: Framework) -> bool:
    """At most a quarter of the scale: levels 0 and 1 on the default 0–4 scale."""
    return level * 4 <= framework.max_level


def _target_level(framework: Framework) -> int:
    """The first level worth aiming for: the middle of the scale ("defined" on 0–4)."""
    return max(1, framework.max_level // 2)


def _quoted(text: str) -> str:
    """A criterion's sentence inside quotes: its own full stop would double the punctuation."""
    return text.strip().removesuffix(".")


def _level_name(framework: Framework, level: int, lang: str) -> str:
    return framework.scale[level].name.get(lang)


@dataclass(frozen=True)
class LowCriterionRule:
    """A criterion assessed at a low level: high when absent (0) in a success condition."""

    id: str = "asm.low_criterion"
    severity: Severity = Severity.HIGH
    framework_item: str = "criterion"
    scope: str = "assessment"

    def evaluate(self, audit: Audit, today: date) -> list[Finding]:
        found = []
        for section in audit.framework.sections:
            for criterion in section.criteria:
                level = audit.answer(criterion.id).level
                if level is not None and is_low_level(level, audit.framework):
                    found.append(self._finding(audit.framework, section, criterion, level))
        return found

    def _finding(
        self, framework: Framework, section: Section, criterion: Criterion, level: int
    ) -> Finding:
        critical = level == 0 and section.group in CRITICAL_GROUPS
        target = _target_level(framework)
        cid, top = criterion.id, framework.max_level

        def level_of(lang: str) -> str:
            return _level_name(framework, level, lang)

        def target_of(lang: str) -> str:
            return _level_name(framework, target, lang)

        return Finding(
            key=f"{self.id}:{cid}",
            rule_id=self.id,
            severity=Severity.HIGH if critical else Severity.MEDIUM,
            framework_item=cid,
            accounts=(),
            title_fr=f"{cid} : pratique {'absente' if level == 0 else 'embryonnaire'}",
            title_en=f"{cid}: practice {'absent' if level == 0 else 'at an early stage'}",
            detail_fr=(
                f"{section.title.get('fr')} — « {_quoted(criterion.text.get('fr'))} » : "
                f"niveau {level} "
                f"({level_of('fr')}) sur {top}."
            ),
            detail_en=(
                f"{section.title.get('en')} — “{_quoted(criterion.text.get('en'))}”: "
                f"level {level} "
                f"({level_of('en')}) out of {top}."
            ),
            recommendation_fr=(
                f"Mettre la pratique en place et la documenter pour atteindre au moins le "
                f"niveau {target} ({target_of('fr')}), avec un responsable et une échéance. "
                f"Preuves à produire : {criterion.evidence.get('fr')}"
            ),
            recommendation_en=(
                f"Put the practice in place and document it to reach at least level {target} "
                f"({target_of('en')}), with an owner and a due date. Evidence to produce: "
                f"{criterion.evidence.get('en')}"
            ),
        )


@dataclass(frozen=True)
class WeakSectionRule:
    """A section whose score is below 50 % (high below 25 %)."""

    id: str = "asm.weak_section"
    severity: Severity = Severity.HIGH
    framework_item: str = "section"
    scope: str = "assessment"

    def evaluate(self, audit: Audit, today: date) -> list[Finding]:
        found = []
        for section in audit.framework.sections:
            result = score_section(audit, section)
            score, stage = result.score, result.stage
            if score is not None and stage is not None and score < WEAK_SECTION:
                found.append(self._finding(audit, section, result, score, stage))
        return found

    def _finding(
        self, audit: Audit, section: Section, result: SectionScore, score: float, stage: Stage
    ) -> Finding:
        sid = section.id
        weakest = ", ".join(_weakest(audit, section))
        stage_fr, stage_en = stage.name.get("fr"), stage.name.get("en")
        return Finding(
            key=f"{self.id}:{sid}",
            rule_id=self.id,
            severity=Severity.HIGH if score < VERY_WEAK_SECTION else Severity.MEDIUM,
            framework_item=sid,
            accounts=(),
            title_fr=f"{sid} : section faible ({score:.0f} %)",
            title_en=f"{sid}: weak section ({score:.0f}%)",
            detail_fr=(
                f"La section « {section.title.get('fr')} » obtient {score:.0f} % "
                f"(stade : {stage_fr}) "
                f"sur {result.assessed} critère(s) évalué(s) ; complétude "
                f"{result.completeness:.0f} %. Critères les plus faibles : {weakest}."
            ),
            detail_en=(
                f"Section “{section.title.get('en')}” scores {score:.0f}% (stage: {stage_en}) over "
                f"{result.assessed} assessed criteria; completeness "
                f"{result.completeness:.0f}%. Weakest criteria: {weakest}."
            ),
            recommendation_fr=(
                f"Inscrire au plan d’action les critères les plus faibles ({weakest}), confier "
                f"chacun à un responsable avec une échéance, et réévaluer la section au "
                f"prochain audit."
            ),
            recommendation_en=(
                f"Put the weakest criteria ({weakest}) in the action plan, give each an owner "
                f"and a due date, and reassess the section at the next audit."
            ),
        )


def _weakest(audit: Audit, section: Section, count: int = 3) -> list[str]:
    """Ids of the lowest-level criteria, lowest first (ties in framework order): those below
    the target level, or, should none be (possible on odd scales), the lowest assessed."""
    target = _target_level(audit.framework)
    levels = sorted(
        (level, index, c.id)
        for index, c in enumerate(section.criteria)
        if (level := audit.answer(c.id).level) is not None
    )
    below = [item for item in levels if item[0] < target] or levels
    return [cid for _, _, cid in below[:count]]


@dataclass(frozen=True)
class LegalGapRule:
    """A legal-checklist line answered "no" (high) or "partial" (medium)."""

    id: str = "legal.gap"
    severity: Severity = Severity.HIGH
    framework_item: str = "legal"
    scope: str = "legal"

    def evaluate(self, audit: Audit, today: date) -> list[Finding]:
        found = []
        for item in audit.framework.legal:
            answer = audit.legal.get(item.id)
            if answer is None or answer.status not in (Check.NO, Check.PARTIAL):
                continue
            missing = answer.status is Check.NO
            status_fr, status_en = label(answer.status, "fr"), label(answer.status, "en")
            found.append(
                Finding(
                    key=f"{self.id}:{item.id}",
                    rule_id=self.id,
                    severity=Severity.HIGH if missing else Severity.MEDIUM,
                    framework_item=item.id,
                    accounts=(),
                    title_fr=(
                        f"Exigence {'non' if missing else 'partiellement'} satisfaite : "
                        f"{item.title.get('fr')}"
                    ),
                    title_en=(
                        f"Requirement {'not' if missing else 'partly'} met: {item.title.get('en')}"
                    ),
                    detail_fr=(
                        f"Le point « {item.title.get('fr')} » de la liste de contrôle "
                        "juridique est "
                        f"évalué « {status_fr} »."
                    ),
                    detail_en=(
                        f"The legal checklist item “{item.title.get('en')}” is assessed "
                        f"“{status_en}”."
                    ),
                    recommendation_fr=(
                        "Faire valider la pratique par le service juridique ou la personne "
                        "responsable de la conformité, adopter la règle ou la procédure "
                        "manquante et en suivre l’application. À vérifier : "
                        f"{item.guidance.get('fr')}"
                    ),
                    recommendation_en=(
                        "Have the legal service or the compliance lead review the practice, "
                        "adopt the missing rule or procedure and follow up on it. What to "
                        f"check: {item.guidance.get('en')}"
                    ),
                )
            )
        return found


ASSESSMENT_RULES = (LowCriterionRule(), WeakSectionRule(), LegalGapRule())
