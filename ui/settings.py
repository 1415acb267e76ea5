"""Typed access to the application's persistent settings, with declared defaults.

Everything the GUI remembers between runs goes through :class:`AppSettings`, so every key,
its type and its default are written once. Tests hand in a ``QSettings`` on an INI file in
``tmp_path``; the application uses the native per-user store (redirectable with the
``VIGIE_SETTINGS`` environment variable, for smoke tests).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from wizard.audit.model import Brand

MAX_RECENT = 10
"""Recent audits listed in File → Open Recent and on the start page."""

LANGUAGES = ("system", "fr", "en")
"""Values of the language setting: follow the system locale, or a fixed language."""


class AppSettings:
    """The settings the GUI keeps, each with a typed getter and setter."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else default_store()

    @classmethod
    def at_path(cls, path: Path) -> AppSettings:
        """Settings kept in one INI file (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def store(self) -> QSettings:
        return self._store

    def sync(self) -> None:
        self._store.sync()

    # --- recent files (kept as JSON: QSettings turns one-element lists into strings)

    def recent_files(self) -> list[Path]:
        raw = self._store.value("files/recent", "[]")
        try:
            names = json.loads(str(raw))
        except ValueError:
            return []
        if not isinstance(names, list):
            return []
        return [Path(name) for name in names if isinstance(name, str) and name][:MAX_RECENT]

    def set_recent_files(self, paths: list[Path]) -> None:
        unique: list[str] = []
        for path in paths:
            text = str(path)
            if text not in unique:
                unique.append(text)
        self._store.setValue("files/recent", json.dumps(unique[:MAX_RECENT]))

    def add_recent_file(self, path: Path, organisation: str = "") -> None:
        """Put ``path`` first in the list (moving it up if it was already there)."""
        path = Path(path).absolute()
        self.set_recent_files([path, *(p for p in self.recent_files() if p != path)])
        labels = self._recent_labels()
        labels[str(path)] = organisation
        kept = {str(p) for p in self.recent_files()}
        labels = {key: value for key, value in labels.items() if key in kept}
        self._store.setValue("files/recent_organisations", json.dumps(labels))

    def remove_recent_file(self, path: Path) -> None:
        self.set_recent_files([p for p in self.recent_files() if p != Path(path)])

    def recent_organisation(self, path: Path) -> str:
        """The organisation audited in a recent file, as it was when last saved or opened."""
        return self._recent_labels().get(str(path), "")

    def _recent_labels(self) -> dict[str, str]:
        try:
            labels = json.loads(str(self._store.value("files/recent_organisations", "{}")))
        except ValueError:
            return {}
        if not isinstance(labels, dict):
            return {}
        return {str(k): str(v) for k, v in labels.items()}

    def last_directory(self) -> str:
        return str(self._store.value("files/last_directory", "") or "")

    def set_last_directory(self, directory: Path) -> None:
        self._store.setValue("files/last_directory", str(directory))

    # --- window

    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    # --- language and export choices

    def language(self) -> str:
        """``"system"``, ``"fr"`` or ``"en"``; anything else reads as ``"system"``."""
        value = str(self._store.value("ui/language", "system") or "system")
        return value if value in LANGUAGES else "system"

    def set_language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language setting {value!r}")
        self._store.setValue("ui/language", value)

    def export_include_names(self) -> bool:
        """Personal names stay out of exports unless the user asked for them."""
        return _as_bool(self._store.value("export/include_names", False))

    def set_export_include_names(self, value: bool) -> None:
        self._store.setValue("export/include_names", bool(value))

    # --- the consultant's question banks

    def bank_folder(self) -> Path | None:
        """The folder of the consultant's own question banks, or None when none is chosen."""
        value = str(self._store.value("banks/folder", "") or "")
        return Path(value) if value else None

    def set_bank_folder(self, folder: Path | None) -> None:
        self._store.setValue("banks/folder", str(folder) if folder else "")

    # --- the consultant's profile (their brand), kept as the model's JSON

    def brand_profile(self) -> Brand:
        """The consultant's brand; an empty one when none was saved or it no longer loads."""
        from wizard.audit.model import Brand  # lazy: the window's first frame needs no model

        raw = self._store.value("consultant/profile", "")
        if not isinstance(raw, str) or not raw:
            return Brand()
        try:
            return Brand.model_validate_json(raw)
        except ValueError:  # a hand-edited or damaged setting: start again, do not crash
            return Brand()

    def set_brand_profile(self, brand: Brand) -> None:
        self._store.setValue("consultant/profile", brand.model_dump_json())


def _as_bool(value: object) -> bool:
    """INI files give back ``"true"``/``"false"`` strings; the native store gives bools."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def default_store() -> QSettings:
    """The per-user store, or the INI file named by ``VIGIE_SETTINGS`` when set."""
    override = os.environ.get("VIGIE_SETTINGS")
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Vigie", "vigie")
