"""What to say when a bank lacks the language an audit is shown in.

A consultant's bank may be written in one language; an audit in the other then shows the
bank's texts in the language present. This module words that notice once, in French and
English, for ``vigie bank check``, the workbook's About sheet and the GUI.
"""

from __future__ import annotations

from wizard.bank.framework import Framework

_NAMES = {
    "fr": {"fr": "français", "en": "anglais"},
    "en": {"fr": "French", "en": "English"},
}


def missing_language_notice(bank: Framework, lang: str, text_lang: str | None = None) -> str | None:
    """The notice (in ``text_lang``, by default ``lang``) when ``bank`` is not written in
    ``lang``; None when it is."""
    if lang in bank.languages or not bank.languages:
        return None
    present = bank.languages[0]
    words = text_lang or lang
    names = _NAMES["fr" if words == "fr" else "en"]
    if words == "fr":
        return (
            f"Banque rédigée en {names[present]} seulement : le {names[lang]} manque ; "
            f"ses textes sont montrés en {names[present]}."
        )
    return (
        f"Bank written in {names[present]} only: {names[lang]} is missing; "
        f"its texts are shown in {names[present]}."
    )


def check_notice(bank: Framework) -> str | None:
    """For ``vigie bank check``: which language the bank lacks, or None when it has both."""
    missing = bank.missing_languages()
    if not missing or not bank.languages:
        return None
    present = _NAMES["en"][bank.languages[0]]
    absent = _NAMES["en"][missing[0]]
    return (
        f"written in {present} only: {absent} is missing (an audit in {absent} shows this "
        f"bank's texts in {present})"
    )
