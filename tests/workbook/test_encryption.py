"""A workbook protected with a password: Office agile encryption, made in memory, so the
unencrypted workbook never touches the disk; the password is never stored or shown."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import msoffcrypto
import pytest
from msoffcrypto.exceptions import InvalidKeyError
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_sheet_writer

from wizard.audit.model import new_audit
from wizard.cli.main import main
from wizard.sessions.session import Session
from wizard.sessions.store import save_session
from wizard.workbook import export_workbook, strings, writer
from wizard.workbook.encryption import Password, PasswordError, decrypt, password_from_file

SECRET = "Tr0ub4dor&3 été"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ORGANISATION = "Ville de Québec"


def _session() -> Session:
    session = Session(audit=new_audit())
    session.audit.engagement.organisation.name = ORGANISATION
    return session


def _open(path: Path, password: str):
    office = msoffcrypto.OfficeFile(io.BytesIO(path.read_bytes()))
    office.load_key(password=password)
    plain = io.BytesIO()
    office.decrypt(plain)
    return load_workbook(plain)


def test_the_protected_workbook_opens_with_its_password_only(tmp_path: Path):
    target = tmp_path / "audit.xlsx"
    export_workbook(_session(), target, lang="fr", password=Password(SECRET))
    assert target.read_bytes().startswith(OLE_MAGIC)
    assert msoffcrypto.OfficeFile(io.BytesIO(target.read_bytes())).is_encrypted()
    book = _open(target, SECRET)
    assert book[strings.sheet_name("cover", "fr")]["B3"].value == ORGANISATION
    with pytest.raises(InvalidKeyError):
        _open(target, "tr0ub4dor&3 été")
    with pytest.raises(PasswordError, match="wrong password"):
        decrypt(target.read_bytes(), SECRET.upper())
    assert decrypt(target.read_bytes(), SECRET).startswith(ZIP_MAGIC)


def test_no_unencrypted_byte_is_written_to_disk(tmp_path: Path, monkeypatch):
    """Every byte the atomic write puts on disk is the encrypted file, and openpyxl's
    write-only sheets never spill their rows to a temporary file."""
    written: list[bytes] = []
    real_atomic_write = writer.atomic_write

    def watching(path, write, verify, **kwargs):
        def recording(stream):
            sink = io.BytesIO()
            write(sink)
            written.append(sink.getvalue())
            stream.write(sink.getvalue())

        return real_atomic_write(path, recording, verify, **kwargs)

    def no_temp_file(*_args, **_kwargs):
        raise AssertionError("a sheet was about to be written to a temporary file")

    monkeypatch.setattr(writer, "atomic_write", watching)
    monkeypatch.setattr(openpyxl_sheet_writer, "create_temporary_file", no_temp_file)
    target = tmp_path / "audit.xlsx"
    export_workbook(_session(), target, lang="en", password=Password(SECRET))
    assert len(written) == 1
    assert written[0].startswith(OLE_MAGIC)
    assert ZIP_MAGIC not in written[0]
    assert ORGANISATION.encode() not in written[0]
    assert [p.name for p in tmp_path.iterdir()] == ["audit.xlsx"]


def test_an_unprotected_export_still_streams_as_before(tmp_path: Path):
    target = tmp_path / "audit.xlsx"
    export_workbook(_session(), target, lang="en")
    assert target.read_bytes().startswith(ZIP_MAGIC)


@pytest.mark.parametrize(
    ("value", "reason"),
    [("", "empty"), ("x" * 256, "at most 255"), ("a\tb", "control character")],
)
def test_unusable_passwords_are_refused_with_the_reason(value, reason):
    with pytest.raises(PasswordError, match=reason):
        Password(value)


def test_a_password_never_shows_itself():
    password = Password(SECRET)
    assert SECRET not in repr(password)
    assert SECRET not in str(password)
    assert SECRET not in f"{password!r} {password}"
    with pytest.raises(TypeError):
        pickle.dumps(password)


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"s3cret\n", "s3cret"), (b"s3cret\r\n", "s3cret"), (b"s3cret", "s3cret"), (b"a b ", "a b ")],
)
def test_a_password_file_loses_only_its_line_break(tmp_path: Path, content, expected):
    path = tmp_path / "pw.txt"
    path.write_bytes(content)
    assert password_from_file(path).reveal() == expected


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\n", "empty"), (b"\xff\xfe", "not UTF-8"), (b"a\nb\n", "control")],
)
def test_a_bad_password_file_is_refused_by_name(tmp_path: Path, content, reason):
    path = tmp_path / "pw.txt"
    path.write_bytes(content)
    with pytest.raises(PasswordError, match=reason) as caught:
        password_from_file(path)
    assert str(caught.value).startswith(str(path))


# --- the command line


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    save_session(_session(), path)
    return path


def test_export_with_a_password_file(tmp_path: Path, session_file: Path, capsys):
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    before = session_file.read_bytes()
    out = tmp_path / "out.xlsx"
    args = ["export", str(session_file), "-o", str(out), "--password-file", str(secret_file)]
    assert main(args) == 0
    assert _open(out, SECRET)[strings.sheet_name("cover", "fr")]["B3"].value == ORGANISATION
    printed = capsys.readouterr()
    assert "protected with a password" in printed.out
    assert SECRET not in printed.out + printed.err
    assert session_file.read_bytes() == before, "the session is not touched"


def test_ask_password_reads_it_twice_without_echo(tmp_path: Path, session_file: Path, monkeypatch):
    answers = iter([SECRET, SECRET])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    out = tmp_path / "out.xlsx"
    assert main(["export", str(session_file), "-o", str(out), "--ask-password"]) == 0
    assert _open(out, SECRET) is not None


@pytest.mark.parametrize(
    ("typed", "reason"), [(["", ""], "empty"), ([SECRET, SECRET + "!"], "differ")]
)
def test_ask_password_refuses_empty_or_different(
    tmp_path: Path, session_file: Path, monkeypatch, capsys, typed, reason
):
    answers = iter(typed)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    out = tmp_path / "out.xlsx"
    assert main(["export", str(session_file), "-o", str(out), "--ask-password"]) == 1
    err = capsys.readouterr().err
    assert reason in err
    assert len(err.strip().splitlines()) == 1
    assert SECRET not in err
    assert not out.exists()


def test_both_password_options_are_refused(tmp_path: Path, session_file: Path, capsys):
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET, encoding="utf-8")
    out = tmp_path / "out.xlsx"
    args = ["export", str(session_file), "-o", str(out), "--ask-password"]
    assert main([*args, "--password-file", str(secret_file)]) == 1
    assert "not both" in capsys.readouterr().err
    assert not out.exists()
