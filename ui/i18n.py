"""Interface language: which translators are installed, and which language is current.

Source strings are English (``self.tr``). For French, every ``*_fr.qm`` found in
``resources/i18n`` is installed (ours, the pages', and any added later), plus Qt's own
``qtbase_fr.qm`` for standard dialogs. English installs none. Translators are installed by
``main()`` (or a test), never at import.

:func:`current_language` tells pages which language to use for content that is bilingual
in the core (question bank, enumerated labels): it follows the translators installed here.
"""

from __future__ import annotations

import contextlib
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("fr", "en")

_state: dict[str, object] = {"lang": "en", "translators": []}


def resolve(choice: str, locale: QLocale | None = None) -> str:
    """``"fr"`` or ``"en"`` for a setting value (``"system"`` follows the locale)."""
    if choice in SUPPORTED:
        return choice
    locale = locale if locale is not None else QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def current_language() -> str:
    """The interface language now installed: ``"fr"`` or ``"en"``."""
    return str(_state["lang"])


def qm_names(lang: str) -> list[str]:
    """Names of our compiled translation files for ``lang`` in ``resources/i18n``."""
    folder = resources.files("resources") / "i18n"
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        return sorted(
            entry.name for entry in folder.iterdir() if entry.name.endswith(f"_{lang}.qm")
        )
    return []


def _load_ours(lang: str) -> list[QTranslator]:
    loaded = []
    folder = resources.files("resources") / "i18n"
    for name in qm_names(lang):
        translator = QTranslator()
        # as_file gives a real path even from a zip; Qt reads the file at load time.
        with resources.as_file(folder / name) as path:
            ok = translator.load(str(path))
        if ok:
            loaded.append(translator)
    return loaded


def _load_qt(lang: str) -> list[QTranslator]:
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [translator] if translator.load(f"qtbase_{lang}", folder) else []


def install(lang: str) -> str:
    """Replace the installed translators by those of ``lang``; return the language."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install translators after creating the application")
    previous = _state["translators"]
    assert isinstance(previous, list)
    for translator in previous:
        app.removeTranslator(translator)
    translators = [] if lang == "en" else _load_qt(lang) + _load_ours(lang)
    for translator in translators:
        app.installTranslator(translator)
    _state["translators"] = translators
    _state["lang"] = lang if lang in SUPPORTED else "en"
    return current_language()
