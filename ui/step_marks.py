"""What the side list shows for each step: its title and how complete it is.

Completeness figures come from :mod:`wizard.scoring.scores`; this module only maps them to the
three marks of the side list (not started, in progress, complete).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.step_list import Mark
from ui.wizard import MAX_SECTIONS, PageId, assessment_id
from wizard.audit.model import Audit
from wizard.scoring import scores as scoring

translate = QCoreApplication.translate


def step_titles(audit: Audit, lang: str) -> list[tuple[int | None, str, bool]]:
    """(page id or None for a heading, title, indented) in the order of the side list."""
    steps: list[tuple[int | None, str, bool]] = [
        (PageId.START, translate("Steps", "Start"), False),
        (PageId.ENGAGEMENT, translate("Steps", "Engagement"), False),
        (PageId.INVENTORY, translate("Steps", "Account inventory"), False),
    ]
    framework = audit.framework
    groups = {group.id: group for group in framework.groups}
    current_group = None
    for index, section in enumerate(framework.sections[:MAX_SECTIONS]):
        if section.group != current_group:
            current_group = section.group
            steps.append((None, groups[section.group].title.get(lang), False))
        steps.append((assessment_id(index), section.title.get(lang), True))
    steps += [
        (PageId.LEGAL, translate("Steps", "Legal and risks"), False),
        (PageId.FINDINGS, translate("Steps", "Findings and action plan"), False),
        (PageId.SUMMARY, translate("Steps", "Summary and export"), False),
    ]
    return steps


def _by_fraction(done: int, total: int) -> Mark:
    if total and done >= total:
        return Mark.DONE
    return Mark.PARTIAL if done else Mark.EMPTY


def step_marks(audit: Audit, engagement_filled: bool, page_ids: list[int]) -> dict[int, Mark]:
    marks: dict[int, Mark] = {
        PageId.START: Mark.NONE,
        PageId.SUMMARY: Mark.NONE,
        PageId.ENGAGEMENT: Mark.DONE if engagement_filled else Mark.EMPTY,
        PageId.INVENTORY: Mark.DONE if audit.accounts else Mark.EMPTY,
    }
    for index, score in enumerate(scoring.section_scores(audit)[:MAX_SECTIONS]):
        marks[assessment_id(index)] = _by_fraction(score.total - score.unanswered, score.total)
    legal_ids = [item.id for item in audit.framework.legal]
    answered = sum(1 for item_id in legal_ids if audit.legal_answered(item_id))
    marks[PageId.LEGAL] = _by_fraction(answered, len(legal_ids)) if legal_ids else Mark.NONE
    has_work = bool(audit.actions or audit.finding_reviews or audit.own_findings)
    marks[PageId.FINDINGS] = (
        Mark.DONE if audit.actions else (Mark.PARTIAL if has_work else Mark.EMPTY)
    )
    return {page_id: mark for page_id, mark in marks.items() if page_id in page_ids}
