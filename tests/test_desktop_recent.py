"""The desktop's own recent-documents list learns the audits Vigie opens, without harm to it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from defusedxml import ElementTree

from wizard.desktop_recent import BOOKMARK_NS, MIME_NS, record_in_xbel, record_recent

WHEN = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)

OTHER_PROGRAM = f"""<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0" xmlns:bookmark="{BOOKMARK_NS}" xmlns:mime="{MIME_NS}">
  <bookmark href="file:///home/a/report.odt" added="2026-01-01T00:00:00Z"
            modified="2026-01-01T00:00:00Z" visited="2026-01-01T00:00:00Z">
    <info><metadata owner="http://freedesktop.org">
      <mime:mime-type type="application/vnd.oasis.opendocument.text"/>
      <bookmark:applications>
        <bookmark:application name="LibreOffice" exec="'soffice %u'"
                              modified="2026-01-01T00:00:00Z" count="4"/>
      </bookmark:applications>
    </metadata></info>
  </bookmark>
</xbel>
"""


def _bookmarks(xbel: Path) -> dict[str, object]:
    root = ElementTree.fromstring(xbel.read_bytes())
    return {b.get("href"): b for b in root.findall("bookmark")}


def _our_count(bookmark) -> str:
    apps = bookmark.find(f"info/metadata/{{{BOOKMARK_NS}}}applications")
    ours = [a for a in apps if a.get("name") == "Vigie"]
    return ours[0].get("count")


def test_a_first_audit_creates_the_list_with_its_type(tmp_path: Path) -> None:
    xbel = tmp_path / "share" / "recently-used.xbel"
    audit = tmp_path / "Audit 2026.vigie"
    assert record_in_xbel(xbel, audit, WHEN)
    entry = _bookmarks(xbel)[audit.as_uri()]
    mime = entry.find(f"info/metadata/{{{MIME_NS}}}mime-type")
    assert mime.get("type") == "application/vnd.vigie.audit+zip"
    assert entry.get("visited") == "2026-12-03T09:30:00.000000Z"
    assert _our_count(entry) == "1"


def test_other_programs_entries_are_kept_and_a_reopen_is_counted(tmp_path: Path) -> None:
    xbel = tmp_path / "recently-used.xbel"
    xbel.write_text(OTHER_PROGRAM, encoding="utf-8")
    audit = tmp_path / "client.vigie"
    record_in_xbel(xbel, audit, WHEN)
    record_in_xbel(xbel, audit, WHEN)
    entries = _bookmarks(xbel)
    assert set(entries) == {"file:///home/a/report.odt", audit.as_uri()}
    assert _our_count(entries[audit.as_uri()]) == "2"
    libre = entries["file:///home/a/report.odt"].find(
        f"info/metadata/{{{BOOKMARK_NS}}}applications/{{{BOOKMARK_NS}}}application"
    )
    assert libre.get("count") == "4"


def test_a_list_it_cannot_read_is_left_untouched(tmp_path: Path, monkeypatch) -> None:
    xbel = tmp_path / "recently-used.xbel"
    xbel.write_text("<xbel><bookmark", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert record_recent(tmp_path / "a.vigie", now=WHEN) is False
    assert xbel.read_text(encoding="utf-8") == "<xbel><bookmark"
    assert [p.name for p in tmp_path.iterdir()] == ["recently-used.xbel"]


def test_the_list_is_found_under_xdg_data_home(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert record_recent(tmp_path / "a.vigie", now=WHEN)
    assert (tmp_path / "a.vigie").as_uri() in _bookmarks(tmp_path / "recently-used.xbel")
