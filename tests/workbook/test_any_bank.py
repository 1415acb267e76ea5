"""Issue 17: scoring, stages, findings and the workbook adapt to a consultant's bank of any
size — a 3-section bank and a 60-section one — and to a bank written in one language."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from helpers.banks import sized_bank
from helpers.libreoffice import assert_libreoffice_recomputes_scores
from helpers.sample import generated_audit
from helpers.workbook import export, load

from wizard.audit.model import Answer, Audit
from wizard.bank.framework import Framework
from wizard.scoring.findings import generate_findings
from wizard.scoring.scores import overall_score
from wizard.workbook import charts, strings

TODAY = date(2025, 3, 15)


def _audit(bank: Framework) -> Audit:
    audit = generated_audit(12, seed=5, framework=bank, today=TODAY)
    weak = bank.sections[-1]
    for criterion in weak.criteria:  # the last section is weak whatever the seed
        audit.answers[criterion.id] = Answer(level=0)
    return audit


BANKS = {
    "3 sections": lambda: sized_bank(3, 4),
    "60 sections": lambda: sized_bank(60, 3, groups=4, levels=4),
}


@pytest.mark.parametrize("name", list(BANKS))
def test_scores_stages_and_weak_sections_follow_the_bank(name: str) -> None:
    bank = BANKS[name]()
    audit = _audit(bank)
    result = overall_score(audit)
    assert [s.section_id for s in result.sections] == [s.id for s in bank.sections]
    assert list(result.by_group) == [g.id for g in bank.groups]
    assert result.stage is not None
    assert result.stage.id in {"early", "mature"}
    weak = {
        f.framework_item
        for f in generate_findings(audit, TODAY)
        if f.rule_id.endswith("weak_section")
    }
    assert bank.sections[-1].id in weak
    expected = {s.section_id for s in result.sections if s.score is not None and s.score < 50}
    assert weak == expected


def _charts(path: Path) -> list[bytes]:
    with zipfile.ZipFile(path) as archive:
        return [archive.read(n) for n in archive.namelist() if n.startswith("xl/charts/chart")]


def test_three_sections_get_bars_and_a_three_spoke_radar(tmp_path: Path) -> None:
    audit = _audit(sized_bank(3, 4))
    path = export(audit, tmp_path, "en")
    found = _charts(path)
    assert len(found) == 2
    assert any(b"radarChart" in chart for chart in found)
    summary = load(path)[strings.sheet_name("summary", "en")]
    ids = [row[1].value for row in summary.iter_rows() if row[1].value in {"S1", "S2", "S3"}]
    assert ids[:3] == ["S1", "S2", "S3"]


def test_sixty_sections_get_readable_bars_and_no_hedgehog_radar(tmp_path: Path) -> None:
    audit = _audit(sized_bank(60, 3, groups=4, levels=4))
    path = export(audit, tmp_path, "fr")
    found = _charts(path)
    assert len(found) == 1, "the first group has 15 sections: too many spokes, no radar"
    bars = found[0]
    assert b"barChart" in bars
    assert b'sz="600"' in bars  # ids small enough for 60 side by side
    assert b"<c:dLbls>" not in bars  # values would overlap; the table says them
    assert charts.bar_label_size(26) == 900


def test_one_language_bank_exports_in_the_missing_language(tmp_path: Path) -> None:
    bank = sized_bank(3, 2, langs=("fr",))
    audit = _audit(bank)
    book = load(export(audit, tmp_path, "en"))
    summary = book[strings.sheet_name("summary", "en")]
    texts = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Section 1 (fr)" in texts  # the French title, not an empty cell
    about = book[strings.sheet_name("about", "en")]
    notes = [c.value for row in about.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("Bank written in French only: English is missing" in t for t in notes), notes


@pytest.mark.libreoffice
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", list(BANKS))
def test_libreoffice_recomputes_any_bank(
    tmp_path: Path, soffice: str, name: str, lang: str
) -> None:
    audit = _audit(BANKS[name]())
    assert_libreoffice_recomputes_scores(
        audit, export(audit, tmp_path, lang), tmp_path, soffice, lang
    )


def test_export_command_warns_when_the_bank_lacks_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wizard.cli.main import main
    from wizard.sessions.session import Session
    from wizard.sessions.store import save_session

    session = Session.new(sized_bank(3, 2, langs=("fr",)))
    save_session(session, tmp_path / "a.vigie")
    out = tmp_path / "a.xlsx"
    assert main(["export", str(tmp_path / "a.vigie"), "-o", str(out), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "warning: Bank written in French only: English is missing" in err
    assert main(["export", str(tmp_path / "a.vigie"), "-o", str(out), "--lang", "fr"]) == 0
    assert "warning" not in capsys.readouterr().err
