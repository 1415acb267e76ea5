"""Plain-text rendering of a :class:`~wizard.history.compare.Comparison`, in French or English.

Kept apart from the computation so ``vigie compare`` and ``vigie merge`` share one way of
showing a stored value (:func:`show_value`) and the comparison module stays small.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from wizard.audit.field_labels import field_label
from wizard.audit.labels import bool_label, label
from wizard.audit.model import Account, Person
from wizard.platforms import platform_name

if TYPE_CHECKING:
    from wizard.history.compare import AccountChange, Comparison, ScoreChange

_TEXT: dict[str, tuple[str, str]] = {
    # key: (fr, en)
    "heading": ("Progrès depuis l'audit de référence", "Progress since the baseline audit"),
    "baseline": ("Référence", "Baseline"),
    "current": ("Audit actuel", "Current audit"),
    "other_bank": (
        "Attention : les deux audits n'utilisent pas la même grille de questions.",
        "Note: the two audits use different question banks.",
    ),
    "overall": ("Score global", "Overall score"),
    "completeness": ("Complétude", "Completeness"),
    "sections": ("Sections", "Sections"),
    "accounts": ("Comptes", "Accounts"),
    "added": ("ajoutés", "added"),
    "removed": ("retirés de l'inventaire", "removed from the inventory"),
    "closed": ("fermés", "closed"),
    "status": ("statut modifié", "status changed"),
    "changed": ("autres modifications", "other changes"),
    "criteria": ("Réponses modifiées", "Answers changed"),
    "unmapped": ("Critères sans correspondance", "Criteria with no counterpart"),
    "findings": ("Constats", "Findings"),
    "resolved": ("résolus", "resolved"),
    "new": ("nouveaux", "new"),
    "pending": ("à réévaluer", "not yet re-assessed"),
    "unchanged": ("sections inchangées", "sections unchanged"),
    "none": ("aucun changement", "no change"),
    "unassessed": ("non évalué", "not assessed"),
    "na": ("S.O.", "N/A"),
}


def text(key: str, lang: str) -> str:
    fr, en = _TEXT[key]
    return fr if lang == "fr" else en


def show_value(value: Any, lang: str) -> str:
    """A stored value as a person reads it: labels for codes, ISO dates, "—" for nothing."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return bool_label(value, lang)
    if isinstance(value, StrEnum):
        return label(value, lang)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, Person):
        return ", ".join(part for part in (value.name, value.role) if part) or "—"
    if isinstance(value, list | tuple):
        return "; ".join(show_value(item, lang) for item in value)
    if isinstance(value, BaseModel):
        return ", ".join(f"{k}={show_value(v, lang)}" for k, v in value)
    return str(value)


def account_label(account: Account, lang: str) -> str:
    """The platform and handle ("Facebook armd.valdeloire"): how the reader knows the row."""
    who = account.handle or account.url or account.display_name or account.id
    return f"{platform_name(account.platform, lang)} {who}"


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _score_line(change: ScoreChange) -> str:
    delta = change.delta
    shown = "" if delta is None else f" ({delta:+.1f})"
    return f"{_number(change.old)} → {_number(change.new)}{shown}"


def _rating(value: Any, lang: str) -> str:
    if value is None:
        return text("unassessed", lang)
    return text("na", lang) if value == "n/a" else str(value)


def _change_list(change: AccountChange, lang: str) -> str:
    return "; ".join(
        f"{field_label(c.field, lang)}: {show_value(c.old, lang)} → {show_value(c.new, lang)}"
        for c in change.other_changes
    )


def _account_lines(c: Comparison, lang: str) -> list[str]:
    counts = [
        (text("added", lang), len(c.added)),
        (text("removed", lang), len(c.removed)),
        (text("closed", lang), len(c.closed)),
        (text("status", lang), len(c.status_changed)),
        (text("changed", lang), len(c.fields_changed)),
    ]
    summary = ", ".join(f"{n} {what}" for what, n in counts)
    lines = [f"{text('accounts', lang)}: {c.accounts_before} → {c.accounts_after} ({summary})"]
    lines += [f"  + {account_label(a, lang)}" for a in c.added]
    lines += [f"  - {account_label(a, lang)}" for a in c.removed]
    for change in c.closed + c.status_changed:
        status = change.status_change
        assert status is not None
        lines.append(
            f"  ~ {account_label(change.new, lang)}: {text('status', lang)} "
            f"{show_value(status.old, lang)} → {show_value(status.new, lang)}"
        )
    lines += [
        f"  * {account_label(ch.new, lang)}: {_change_list(ch, lang)}" for ch in c.fields_changed
    ]
    return lines


def _criteria_lines(c: Comparison, lang: str) -> list[str]:
    lines = [f"{text('criteria', lang)}: {len(c.criteria)}"]
    for change in c.criteria:
        moved = f" ({change.old_id})" if change.old_id not in (None, change.criterion_id) else ""
        lines.append(
            f"  {change.criterion_id}{moved}: {_rating(change.old, lang)} → "
            f"{_rating(change.new, lang)}"
        )
    if c.unmapped:
        lines.append(f"{text('unmapped', lang)}: {', '.join(c.unmapped)}")
    return lines


def _finding_lines(c: Comparison, lang: str) -> list[str]:
    lines = [
        f"{text('findings', lang)}: {len(c.findings_resolved)} {text('resolved', lang)}, "
        f"{len(c.findings_new)} {text('new', lang)}, "
        f"{len(c.findings_pending)} {text('pending', lang)}"
    ]
    lines += [f"  ✓ [{f.severity}] {f.title(lang)}" for f in c.findings_resolved]
    lines += [f"  ? [{f.severity}] {f.title(lang)}" for f in c.findings_pending]
    lines += [f"  ! [{f.severity}] {f.title(lang)}" for f in c.findings_new]
    return lines


def format_comparison(c: Comparison, lang: str = "fr") -> str:
    """The comparison as the text ``vigie compare`` prints (one item per line)."""
    lines = [
        text("heading", lang),
        f"{text('baseline', lang)}: {c.old_title or '—'} ({c.old_date.isoformat()})",
        f"{text('current', lang)}: {c.new_title or '—'} ({c.new_date.isoformat()})",
    ]
    if c.bank is not None:
        lines += c.bank.lines(lang)
    elif not c.same_bank:
        lines.append(text("other_bank", lang))
    lines += [
        "",
        f"{text('overall', lang)}: {_score_line(c.overall)}",
        f"{text('completeness', lang)}: {_score_line(c.completeness)} %",
    ]
    moved = [s for s in c.sections if s.old != s.new]
    lines.append(
        f"{text('sections', lang)}: {len(moved)} / {len(c.sections)} "
        f"({len(c.sections) - len(moved)} {text('unchanged', lang)})"
    )
    for section in moved:
        title = section.title.get(lang) if section.title else ""
        lines.append(f"  {section.item_id} {title}: {_score_line(section)}")
    lines += ["", *_account_lines(c, lang), "", *_criteria_lines(c, lang)]
    lines += ["", *_finding_lines(c, lang)]
    return "\n".join(lines) + "\n"
