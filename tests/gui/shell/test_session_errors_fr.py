"""Session-file errors shown in the French interface are in French (issue 11, item 16)."""

from __future__ import annotations

from helpers.shell import answer

from ui import i18n


def test_a_non_vigie_file_is_refused_with_a_french_reason(window, tmp_path, monkeypatch):
    i18n.install("fr")
    path = tmp_path / "rapport.vigie"
    path.write_bytes(b"%PDF-1.7 this is a report")
    calls = answer(monkeypatch, "warn", None)
    assert not window.controller.open_file(path)
    reason = calls[0][3]
    assert "ce n'est pas une session Vigie" in reason
    assert "not a Vigie session" not in reason


def test_a_damaged_file_is_explained_in_french(window, tmp_path, monkeypatch):
    i18n.install("fr")
    path = tmp_path / "abime.vigie"
    path.write_bytes(b"PK\x03\x04 this is not a whole zip")
    calls = answer(monkeypatch, "warn", None)
    assert not window.controller.open_file(path)
    assert "le fichier est tronqué ou endommagé" in calls[0][3]
