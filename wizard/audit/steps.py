"""The wizard's steps named by stable keys, so a saved audit remembers where the auditor was.

A session file records the step it was saved on (``Audit.last_step``) and an opened file
comes back there. The key depends on neither the GUI nor the order of the question bank: an
assessment step is named by its section's **id** (``section:gov``), so a bank whose sections
moved or went cannot send the auditor to another section. What a file says is never trusted:
:func:`recorded_step` answers only for a key naming a step of this very audit, and anything
else (an unknown key, a section no longer in the bank, forged text) reads as "not recorded".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from wizard.audit.model import Audit

ENGAGEMENT: Final = "engagement"
INVENTORY: Final = "inventory"
LEGAL: Final = "legal"
FINDINGS: Final = "findings"
SUMMARY: Final = "summary"
FIXED_STEPS: Final = (ENGAGEMENT, INVENTORY, LEGAL, FINDINGS, SUMMARY)
"""The steps every audit has; the assessment sections sit between inventory and legal."""

SECTION_PREFIX: Final = "section:"


@dataclass(frozen=True)
class Step:
    """A step of one audit: ``key`` as stored; ``section`` is the index of an assessment
    step's section in the audit's bank (None for the other steps)."""

    key: str
    section: int | None = None


def section_key(section_id: str) -> str:
    """The key of the assessment step of section ``section_id``."""
    return f"{SECTION_PREFIX}{section_id}"


def step_of_section(audit: Audit, index: int) -> Step:
    """The assessment step of the bank's section at ``index``."""
    return Step(section_key(audit.framework.sections[index].id), index)


def recorded_step(audit: Audit) -> Step | None:
    """The step ``audit.last_step`` names, if it names one of this audit's steps."""
    return find_step(audit, audit.last_step)


def find_step(audit: Audit, key: str | None) -> Step | None:
    """The step of ``audit`` that ``key`` names, or None when it names none."""
    if key is None:
        return None
    if key in FIXED_STEPS:
        return Step(key)
    if not key.startswith(SECTION_PREFIX):
        return None
    section_id = key.removeprefix(SECTION_PREFIX)
    for index, section in enumerate(audit.framework.sections):
        if section.id == section_id:
            return Step(key, index)
    return None
