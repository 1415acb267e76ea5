"""French and English complete: every catalogue translated, every visible string French."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QTranslator
from shell_helpers import fill_engagement
from walk import PAGES_STEPS, SHELL_STEPS, chrome_texts, step_texts

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
    names = (
        {p.name for p in platforms.catalogue().values()}
        if hasattr(platforms, "catalogue")
        else set()
    )
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
