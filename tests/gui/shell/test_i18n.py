"""French and English complete: every catalogue translated, every visible string French."""

from __future__ import annotations

import html
import re
from xml.etree import ElementTree

import pytest
from helpers.shell import fill_engagement
from helpers.walk import PAGES_STEPS, SHELL_STEPS, chrome_texts, step_texts, visible_widgets
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QLabel

from ui import i18n
from ui.wizard import PageId
from wizard import platforms

ROOT = __import__("pathlib").Path(__file__).resolve().parents[3]
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("*_fr.ts"))

SAME_IN_BOTH = {
    "Audit",
    "Organisation",
    "Notes",
    "URL",
    "MFA",
    "Stage",
    "Public",
    "Dormant",
    "Description",
    "Action",
    "Actions",
    "Type",
    "Total",
    "Date",
    "Contact",
    "Impact",
    "Effort",
    "Mitigation",
    "Statut",
    "English",
    "Français",
    "Vigie",
    "OK",
    "Version",
    "Facebook",
    "Absent",
}
"""Words spelt the same in French and English, or names that are never translated."""


def _is_data(text: str) -> bool:
    """Numbers, symbols, file paths, platform names and typed values are not interface text."""
    if not re.search(r"[A-Za-zÀ-ÿ]{2,}", text):
        return True
    names = {p.name for p in platforms.catalogue().values()}
    return text in names or "/" in text or text.startswith(("Ville de", "Audit 2026"))


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_every_message_is_translated(ts):
    root = ElementTree.parse(ts).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert unfinished == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_compiled_catalogue_loads_and_is_current(ts, qapp):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"run tools/update_translations.py to compile {qm.name}"
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"{qm.name} is older than {ts.name}"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert not translator.isEmpty()


def test_french_translators_are_found(qapp):
    assert "vigie_fr.qm" in i18n.qm_names("fr")
    assert i18n.resolve("system") in ("fr", "en")
    assert i18n.resolve("fr") == "fr"


def test_language_switch_retranslates_live(window):
    fill_engagement(window)
    window.go_to(PageId.SUMMARY)
    window.set_language("fr")
    assert i18n.current_language() == "fr"
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.wizard.currentId() == PageId.SUMMARY  # same step after the rebuild
    assert window.wizard.page(PageId.SUMMARY).title() == "Synthèse et export"
    assert window.document.audit.engagement.organisation.name == "Ville de Québec"
    assert window.settings.language() == "fr"
    window.set_language("en")
    assert window.menuBar().actions()[0].text() == "&File"


def _walk(window, steps) -> set[str]:
    texts = set()
    for step in steps:
        texts |= step_texts(window, step)
    return texts | chrome_texts(window)


def _untranslated(window, steps) -> list[str]:
    fill_engagement(window)
    english = _walk(window, steps)
    window.set_language("fr")
    french = _walk(window, steps)
    return sorted(t for t in french & english if not _same_in_both(t) and not _is_data(t))


def _same_in_both(text: str) -> bool:
    """An allowed word, alone or after a level number ("0 · Absent")."""
    return re.sub(r"^\d+\s*·\s*", "", text) in SAME_IN_BOTH


def test_shell_steps_are_all_french(window):
    assert _untranslated(window, SHELL_STEPS) == []


def test_pages_steps_are_all_french(window):
    assert _untranslated(window, PAGES_STEPS) == []


def _english_sources() -> set[str]:
    """Every interface string of the catalogues, as the English source spells it (no ``&``).

    Only phrases of two words or more: a lone English word inside French text may be a
    name or a shared word; a phrase is not.
    """
    sources = set()
    for ts in CATALOGUES:
        for message in ElementTree.parse(ts).getroot().iter("message"):
            text = (message.findtext("source") or "").replace("&", "").strip()
            if "%" in text or _is_data(text) or _same_in_both(text):
                continue
            if len(text.split()) >= 2:
                sources.add(text)
    return sources


def _label_fragments(text: str) -> list[str]:
    """A label's text as a reader sees it: tags removed, entities decoded, split at tags
    and line breaks (a rich-text label is assembled from pieces)."""
    pieces = re.split(r"<[^>]+>|\n", text)
    return [html.unescape(piece).strip() for piece in pieces if piece.strip()]


def _english_in_labels(window, steps) -> list[str]:
    """English source phrases found inside the labels of ``steps`` (rich text included)."""
    sources = _english_sources()
    found = set()
    for step in steps:
        assert window.go_to(step)
        for widget in visible_widgets(window.wizard.page(step)):
            if not isinstance(widget, QLabel) or not widget.text():
                continue
            for fragment in _label_fragments(widget.text()):
                found |= {
                    source
                    for source in sources
                    if fragment == source
                    or re.search(rf"(?<!\w){re.escape(source)}(?!\w)", fragment)
                }
    return sorted(found)


def test_rich_text_labels_are_french(window):
    """Text assembled in code (rich-text labels, f-strings) escapes the plain comparison:
    look for English phrases inside every label of every step, in French."""
    window.controller.open_demo()
    window.set_language("fr")
    page = window.wizard.page(PageId.FINDINGS)
    assert window.go_to(PageId.FINDINGS)
    page = window.wizard.page(PageId.FINDINGS)
    page.select_finding(page.findings_model.findings[0].key)  # fills the detail label
    assert _english_in_labels(window, SHELL_STEPS + PAGES_STEPS) == []


def _tr_literals(path) -> set[str]:
    """Literal texts passed to ``tr()`` / ``translate()`` in a module, f-strings included."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        position = {"tr": 0, "translate": 1}.get(name or "")
        if position is None or len(node.args) <= position:
            continue
        argument = node.args[position]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            found.add(argument.value)
    return found


def test_every_tr_text_reaches_a_catalogue():
    """lupdate misses a ``tr()`` written inside an f-string or in a module it is not told
    about; such a text stays English in French. Every literal must be in a catalogue."""
    sources = {
        message.findtext("source")
        for ts in CATALOGUES
        for message in ElementTree.parse(ts).getroot().iter("message")
    }
    missing = sorted(
        f"{path.relative_to(ROOT)}: {text}"
        for path in (ROOT / "ui").rglob("*.py")
        for text in _tr_literals(path)
        if text not in sources
    )
    assert missing == []
