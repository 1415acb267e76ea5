"""What differs between the banks of two audits, and what that leaves comparable.

Comparing two audits (:mod:`wizard.history.compare`) or merging two copies
(:mod:`wizard.teams.merge`) only means something question by question when both use the same
bank. Two versions of one bank (same id) share most criteria: this module names the criteria
and sections added and removed, the criteria reworded or reweighted, and a changed maturity
scale (a level 3 out of 4 is not a level 3 out of 5, so levels are then not compared). Two
different banks (different ids) share nothing that can be compared, and :meth:`lines` says so
plainly in French or English.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wizard.bank.framework import Framework


class BankRelation(StrEnum):
    SAME = "same"
    VERSIONS = "versions"
    """Same bank id, different content (usually a new version)."""
    DIFFERENT = "different"


@dataclass(frozen=True)
class BankDifference:
    relation: BankRelation
    old_name: str
    new_name: str
    criteria_added: tuple[str, ...] = ()
    criteria_removed: tuple[str, ...] = ()
    criteria_changed: tuple[str, ...] = ()
    """Same id, different text or weight: compared, but the question is not quite the same."""
    sections_added: tuple[str, ...] = ()
    sections_removed: tuple[str, ...] = ()
    scale_changed: str = ""
    """``0–4 → 0–3`` when the scale's levels differ; "" when they are the same."""

    @property
    def levels_comparable(self) -> bool:
        """Whether an answer's level in one audit means the same in the other."""
        return self.relation is not BankRelation.DIFFERENT and not self.scale_changed

    @property
    def questions_comparable(self) -> bool:
        return self.relation is not BankRelation.DIFFERENT

    def lines(self, lang: str) -> list[str]:
        """What cannot be compared, one plain sentence per line; none for the same bank."""
        fr = lang == "fr"
        if self.relation is BankRelation.SAME:
            return []
        if self.relation is BankRelation.DIFFERENT:
            return [
                (
                    f"Les deux audits utilisent des banques de questions différentes "
                    f"({self.old_name} et {self.new_name}) : les sections, les réponses et les "
                    "constats d'évaluation ne peuvent pas être comparés ; seuls l'inventaire "
                    "et les scores globaux sont mis côte à côte."
                )
                if fr
                else (
                    f"The two audits use different question banks ({self.old_name} and "
                    f"{self.new_name}): sections, answers and assessment findings cannot be "
                    "compared; only the inventory and the overall scores are set side by side."
                )
            ]
        out = [
            f"Deux versions de la banque : {self.old_name} → {self.new_name}."
            if fr
            else f"Two versions of the bank: {self.old_name} → {self.new_name}."
        ]
        lists = (
            (self.sections_added, "Sections ajoutées (sans score antérieur)",
             "Sections added (no earlier score)"),
            (self.sections_removed, "Sections retirées (sans score actuel)",
             "Sections removed (no current score)"),
            (self.criteria_added, "Critères ajoutés (sans réponse antérieure)",
             "Criteria added (no earlier answer)"),
            (self.criteria_removed, "Critères retirés (non comparés)",
             "Criteria removed (not compared)"),
            (self.criteria_changed, "Critères reformulés ou repondérés (à comparer avec prudence)",
             "Criteria reworded or reweighted (compare with care)"),
        )  # fmt: skip
        for ids, fr_text, en_text in lists:
            if ids:
                label, colon = (fr_text, " : ") if fr else (en_text, ": ")
                out.append(f"{label}{colon}{', '.join(ids)}")
        if self.scale_changed:
            out.append(
                f"Échelle modifiée ({self.scale_changed}) : les niveaux des réponses ne sont "
                "pas comparés, seuls les scores sur 100 le sont."
                if fr
                else f"Scale changed ({self.scale_changed}): answer levels are not compared, "
                "only the scores out of 100."
            )
        return out


def _name(bank: Framework) -> str:
    return f"{bank.id} {bank.version}"


def _scale(bank: Framework) -> str:
    return f"0–{bank.max_level}"


def bank_difference(old: Framework, new: Framework) -> BankDifference:
    """How ``new`` differs from ``old``, as far as comparing answers is concerned."""
    if old == new:
        return BankDifference(BankRelation.SAME, _name(old), _name(new))
    if old.id != new.id:
        return BankDifference(BankRelation.DIFFERENT, _name(old), _name(new))
    old_criteria = {c.id: c for c in old.criteria()}
    new_criteria = {c.id: c for c in new.criteria()}
    old_sections = [s.id for s in old.sections]
    new_sections = [s.id for s in new.sections]
    scale_changed = ""
    if [lv.value for lv in old.scale] != [lv.value for lv in new.scale]:
        scale_changed = f"{_scale(old)} → {_scale(new)}"
    return BankDifference(
        BankRelation.VERSIONS,
        _name(old),
        _name(new),
        criteria_added=tuple(cid for cid in new_criteria if cid not in old_criteria),
        criteria_removed=tuple(cid for cid in old_criteria if cid not in new_criteria),
        criteria_changed=tuple(
            cid
            for cid, c in new_criteria.items()
            if cid in old_criteria
            and (c.text != old_criteria[cid].text or c.weight != old_criteria[cid].weight)
        ),
        sections_added=tuple(s for s in new_sections if s not in old_sections),
        sections_removed=tuple(s for s in old_sections if s not in new_sections),
        scale_changed=scale_changed,
    )
