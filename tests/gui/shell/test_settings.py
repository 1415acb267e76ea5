"""The typed settings wrapper: declared defaults, round trips, and bad stored values."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from ui.settings import MAX_RECENT, AppSettings


@pytest.fixture
def settings(tmp_path, qapp) -> AppSettings:
    return AppSettings.at_path(tmp_path / "settings.ini")


def test_defaults(settings):
    assert settings.recent_files() == []
    assert settings.language() == "system"
    assert settings.geometry() is None
    assert settings.export_include_names() is False
    assert settings.last_directory() == ""


def test_recent_files_most_recent_first_unique_and_capped(settings, tmp_path):
    paths = [tmp_path / f"a{i}.vigie" for i in range(MAX_RECENT + 3)]
    for path in paths:
        settings.add_recent_file(path, f"Org {path.stem}")
    settings.add_recent_file(paths[2], "Org again")
    recent = settings.recent_files()
    assert recent[0] == paths[2]
    assert len(recent) == MAX_RECENT
    assert len(set(recent)) == len(recent)
    assert settings.recent_organisation(paths[2]) == "Org again"
    settings.remove_recent_file(paths[2])
    assert paths[2] not in settings.recent_files()


def test_values_survive_a_new_wrapper(settings, tmp_path):
    settings.set_language("fr")
    settings.set_geometry(QByteArray(b"\x01\x02"))
    settings.set_export_include_names(True)
    settings.add_recent_file(Path("/tmp/x.vigie"))
    settings.sync()
    again = AppSettings.at_path(tmp_path / "settings.ini")
    assert again.language() == "fr"
    assert again.geometry() == QByteArray(b"\x01\x02")
    assert again.export_include_names() is True
    assert again.recent_files() == [Path("/tmp/x.vigie")]


def test_bad_stored_values_read_as_defaults(settings):
    settings.store.setValue("ui/language", "klingon")
    settings.store.setValue("files/recent", "{not json")
    assert settings.language() == "system"
    assert settings.recent_files() == []
    with pytest.raises(ValueError, match="unknown language"):
        settings.set_language("de")
