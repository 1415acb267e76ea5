"""Fixtures for the report tests: the demo report in each language, written once."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from wizard.demo import demo_session
from wizard.report import export_report


@pytest.fixture(scope="session")
def demo():
    return demo_session()


@pytest.fixture(scope="session")
def demo_reports(demo, tmp_path_factory) -> dict[str, Path]:
    """The demo's report in French and English (names withheld, the default)."""
    folder = tmp_path_factory.mktemp("reports")
    paths = {}
    for lang in ("fr", "en"):
        paths[lang] = export_report(demo, folder / f"demo-{lang}.docx", lang=lang)
    return paths


@pytest.fixture(scope="session")
def demo_docs(demo_reports):
    return {lang: docx.Document(str(path)) for lang, path in demo_reports.items()}
