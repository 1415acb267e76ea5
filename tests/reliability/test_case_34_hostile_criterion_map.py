"""Issue 18, case 6: ``compare --map`` with a TOML table nested 500 levels deep exited 70
("maximum recursion depth exceeded"); a map's unknown criterion ids were ignored silently."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.reliability import vigie


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    assert vigie("demo", str(path)).returncode == 0
    return path


def test_a_deeply_nested_map_is_refused(session: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("[criteria]\nx = " + "{a = " * 500 + "1" + "}" * 500 + "\n", encoding="utf-8")
    done = vigie("compare", str(session), str(session), "--map", str(deep))
    assert done.returncode == 1
    assert "deep.toml: not valid TOML (nested too deeply)" in done.stderr
    assert "internal error" not in done.stderr


def test_unknown_criterion_ids_are_named(session: Path, tmp_path: Path) -> None:
    mapping = tmp_path / "map.toml"
    mapping.write_text('[criteria]\n"NOPE1" = "GOV1.1"\n', encoding="utf-8")
    done = vigie("compare", str(session), str(session), "--map", str(mapping))
    assert done.returncode == 0, done.stderr
    assert "map.toml: 'NOPE1' is not a criterion of the baseline audit" in done.stderr
