"""The ``vigie`` command line: subcommands, exit codes, and never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli_process import check_then
from hypothesis import given
from hypothesis import strategies as st

from wizard import __version__
from wizard.cli.main import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, _check_parser, _plain_file, main


def _vigie(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wizard.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
    )


def test_version(capsys):
    assert main(["--version"]) == EXIT_OK
    assert __version__ in capsys.readouterr().out


def test_help_documents_exit_codes(capsys):
    assert main(["--help"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "exit codes" in out
    assert "vigie check" in out


def test_demo_then_check_is_valid(tmp_path, capsys):
    target = tmp_path / "d.vigie"
    assert main(["demo", str(target)]) == EXIT_OK
    assert target.exists()
    assert main(["check", str(target)]) == EXIT_OK
    assert "valid" in capsys.readouterr().out


def test_truncated_file_gives_one_line_reason_and_exit_1(tmp_path):
    good = tmp_path / "d.vigie"
    assert main(["demo", str(good)]) == EXIT_OK
    data = good.read_bytes()
    bad = tmp_path / "truncated.vigie"
    bad.write_bytes(data[: len(data) // 2])
    result = _vigie("check", str(bad))
    assert result.returncode == EXIT_PROBLEM
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert str(bad) in lines[0]


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04garbage"])
def test_damaged_files_never_show_a_traceback(tmp_path, content):
    bad = tmp_path / "bad.vigie"
    bad.write_bytes(content)
    result = _vigie("check", str(bad))
    assert result.returncode == EXIT_PROBLEM
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_missing_file_is_a_problem_not_a_crash(tmp_path):
    result = _vigie("check", str(tmp_path / "missing.vigie"))
    assert result.returncode == EXIT_PROBLEM
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2():
    result = _vigie("check")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@given(st.lists(st.text(), max_size=3))
def test_the_plain_check_command_line_reads_as_its_parser_reads_it(argv: list[str]) -> None:
    """``vigie check FILE`` skips argparse; any command line it takes, the parser reads the
    same way, and anything else (options, ``-``, no file, two files) goes to the parser."""
    path = _plain_file(argv)
    if path is not None:
        assert path == _check_parser().parse_args(argv).file
    if len(argv) != 1 or argv[0].startswith("-"):
        assert path is None


def test_check_help_and_usage_errors_still_come_from_the_parser(capsys):
    assert main(["check", "--help"]) == EXIT_OK
    assert "Validate a session file" in capsys.readouterr().out
    assert main(["check"]) == EXIT_USAGE
    assert main(["check", "a.vigie", "b.vigie"]) == EXIT_USAGE
    assert "usage: vigie check" in capsys.readouterr().err


def test_a_check_loads_only_what_it_uses(tmp_path):
    """No argument parser, logging, TOML reader, package metadata or resources, nor what
    only a lock needs (host and user names): ~20 ms of every check."""
    target = tmp_path / "d.vigie"
    assert main(["demo", str(target)]) == EXIT_OK
    then = """
unused = ('argparse', 'logging', 'tomllib', 'importlib.metadata',
          'importlib.resources', 'socket', 'getpass')
print(*[name for name in unused if name in sys.modules])
"""
    assert check_then(target, then) == ""
