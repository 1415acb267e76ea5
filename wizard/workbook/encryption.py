"""A workbook protected with a password: standard Office agile encryption (``msoffcrypto-tool``).

Excel, LibreOffice and Numbers open such a file after asking for the password. The workbook is
built and encrypted in memory (:func:`encrypt`); only the encrypted bytes go to the atomic
write (:func:`wizard.workbook.writer.save_atomic`), so the plaintext never touches the disk.

A password is held in a :class:`Password`, whose ``repr`` and ``str`` never show it, so it
cannot end up in a log line, a traceback's message or a recovery file by accident. Nothing in
Vigie stores it: not the session, not the settings.
"""

from __future__ import annotations

import os
from io import BytesIO
from pathlib import Path
from typing import Any

from wizard.sessions.regular_file import open_regular
from wizard.workbook.errors import ExportError

MAX_LENGTH = 255
"""Office refuses longer passwords (the agile encryption's own limit)."""

MAX_FILE_BYTES = 4096
"""A password file is one line; anything bigger is not a password file."""


class PasswordError(ExportError):
    """A password that cannot be used, with the reason (never the password itself)."""


class Password:
    """A non-empty password of at most 255 characters; shown as ``Password(hidden)``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value:
            raise PasswordError("the password is empty: type one, or export without a password")
        if len(value) > MAX_LENGTH:
            raise PasswordError(
                f"the password has {len(value)} characters; Office accepts at most {MAX_LENGTH}"
            )
        if any(ord(char) < 32 for char in value):
            raise PasswordError("the password holds a control character (a tab or a line break)")
        self._value = value

    def reveal(self) -> str:
        """The password itself, for the encryption only."""
        return self._value

    def __repr__(self) -> str:
        return "Password(hidden)"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[Any, ...]:  # never pickled into a recovery or cache file
        raise TypeError("a password is not saved anywhere")


def password_from_file(path: Path) -> Password:
    """The password in ``path``: UTF-8, one line; one trailing line break (LF or CRLF) is
    removed, as an editor adds it."""

    try:
        with open_regular(path) as handle:
            if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
                raise PasswordError(f"{path}: a password file holds one line, this one is larger")
            raw = handle.read(MAX_FILE_BYTES + 1)
    except PasswordError:
        raise
    except OSError as exc:
        reason = exc.strerror or exc
        raise PasswordError(f"{path}: cannot read the password file ({reason})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PasswordError(f"{path}: the password file is not UTF-8 text") from None
    text = text.removeprefix("\ufeff")
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise PasswordError(f"{path}: the password file is empty")
    try:
        return Password(text)
    except PasswordError as exc:
        raise PasswordError(f"{path}: {exc}") from None


def encrypt(plain: bytes, password: Password) -> bytes:
    """The ``.xlsx`` bytes ``plain`` encrypted with ``password`` (ECMA-376 agile, AES-256)."""
    # lazy: msoffcrypto (and cryptography) load only for a protected workbook
    from msoffcrypto.format.ooxml import OOXMLFile

    sealed = BytesIO()
    try:
        OOXMLFile(BytesIO(plain)).encrypt(password.reveal(), sealed)
    except Exception as exc:  # the library's own errors carry no password
        raise ExportError(f"could not encrypt the workbook ({type(exc).__name__})") from None
    return sealed.getvalue()


def decrypt(sealed: bytes, password: str) -> bytes:
    """The plain ``.xlsx`` inside ``sealed``; :class:`PasswordError` for a wrong password."""
    # lazy: msoffcrypto loads only for a protected workbook
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError

    office = msoffcrypto.OfficeFile(BytesIO(sealed))
    plain = BytesIO()
    try:
        office.load_key(password=password)
        office.decrypt(plain)
    except DecryptionError:  # a wrong password, or none
        raise PasswordError("wrong password") from None
    return plain.getvalue()
