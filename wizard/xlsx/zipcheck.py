"""The pre-check every workbook passes before openpyxl sees it.

openpyxl trusts its input: a 220 KB file can take 215 MB because shared strings load eagerly,
and a zip bomb or an entity-expansion document would be parsed as given (docs/reliability.md,
"Untrusted workbooks"). Python's ``zipfile`` refuses to return more bytes than an
entry declares (a lie ends in ``Bad CRC-32``), so the declared sizes can be trusted here and
the whole check runs on the central directory plus a few kilobytes per XML part: it takes
milliseconds whatever the file claims.

Each refusal says what the file is and what to do, never just "invalid".
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from wizard.importers.errors import ImportFileError
from wizard.messages import Message
from wizard.sessions.regular_file import refuse_unless_regular

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
"""Compound File Binary: legacy .xls, and also what an encrypted .xlsx is wrapped in."""

ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
_XML_PROLOGUE = 4096


@dataclass(frozen=True)
class ZipLimits:
    """Bounds for an imported workbook; far above a real 50,000-row client list."""

    file_size: int = 50 * 1024 * 1024
    entries: int = 1_000
    total_uncompressed: int = 400 * 1024 * 1024
    entry_uncompressed: int = 250 * 1024 * 1024
    shared_strings: int = 60 * 1024 * 1024
    """Shared strings are loaded whole into memory even in read-only mode."""
    ratio: float = 200.0
    """Deflated XML rarely exceeds 30:1; zip bombs reach 1,000:1 and more."""
    ratio_floor: int = 1024 * 1024
    """Small parts may compress far better (a blank style sheet): judge ratio above this."""
    sheets: int = 1_000
    """openpyxl builds every sheet listed in ``workbook.xml`` up front: 100,000 of them (a
    333 KB part) took a minute; real workbooks have a handful."""


DEFAULT_ZIP_LIMITS = ZipLimits()


def _mib(size: int) -> Message:
    return Message("import.size_mb", mb=size / (1024 * 1024))


def looks_like_text(head: bytes) -> bool:
    """True for bytes that read as text (a CSV renamed .xlsx), in any common encoding."""
    if not head:
        return False
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    printable = sum(1 for b in head if b >= 0x20 or b in (9, 10, 13))
    return printable / len(head) > 0.95


def refuse_non_zip(name: str, data_head: bytes, whole: bytes | None = None) -> ImportFileError:
    """The specific error for a file that should be an xlsx but is not a zip at all."""
    if data_head.startswith(OLE_MAGIC):
        if whole is not None and _ENCRYPTED_MARK in whole:
            return ImportFileError(Message("import.xlsx.encrypted_ole", file=name))
        return ImportFileError(Message("import.xlsx.legacy", file=name))
    if looks_like_text(data_head[:4096]):
        return ImportFileError(Message("import.xlsx.text", file=name))
    return ImportFileError(Message("import.xlsx.not_xlsx", file=name))


def _check_names(name: str, infos: list[zipfile.ZipInfo]) -> None:
    for info in infos:
        member = info.filename
        parts = member.replace("\\", "/").split("/")
        if member.startswith(("/", "\\")) or ".." in parts or "\x00" in member or ":" in parts[0]:
            raise ImportFileError(
                Message("import.xlsx.suspicious_path", file=name, member=member[:80])
            )
        if info.flag_bits & 0x1:
            raise ImportFileError(Message("import.xlsx.encrypted_zip", file=name))


def _check_sizes(name: str, infos: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > limits.entry_uncompressed or total > limits.total_uncompressed:
            raise ImportFileError(
                Message("import.xlsx.expands", file=name, limit=_mib(limits.total_uncompressed))
            )
        if info.file_size > limits.ratio_floor:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.ratio:
                raise ImportFileError(Message("import.xlsx.ratio", file=name, ratio=ratio))
        strings = info.filename.lower().endswith("sharedstrings.xml")
        if strings and info.file_size > limits.shared_strings:
            raise ImportFileError(
                Message(
                    "import.xlsx.too_much_text",
                    file=name,
                    size=_mib(info.file_size),
                    limit=_mib(limits.shared_strings),
                )
            )


def _check_kind(name: str, names: set[str]) -> None:
    """A zip that is not a workbook: say what it probably is."""
    lowered = {n.lower() for n in names}
    if "xl/workbook.xml" in lowered or "xl/workbook.bin" in lowered:
        if "xl/workbook.bin" in lowered:
            raise ImportFileError(Message("import.xlsx.xlsb", file=name))
        return
    if "content.xml" in lowered and "mimetype" in lowered:
        raise ImportFileError(Message("import.xlsx.ods", file=name))
    if "word/document.xml" in lowered:
        raise ImportFileError(Message("import.xlsx.word", file=name))
    raise ImportFileError(Message("import.xlsx.other_zip", file=name))


def _check_xml_prologues(name: str, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse DOCTYPE/ENTITY declarations: no real workbook part has one.

    defusedxml inside openpyxl refuses them too; checking here keeps the message specific
    and keeps the defence if lxml is ever installed (openpyxl then parses some parts with it).
    """
    for info in infos:
        if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        try:
            with archive.open(info) as member:
                head = member.read(_XML_PROLOGUE)
        except Exception as exc:  # BadZipFile, zlib.error, EOFError: a corrupt stream
            raise ImportFileError(Message("import.xlsx.damaged", file=name, problem=exc)) from None
        upper = head.upper()
        if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
            raise ImportFileError(Message("import.xlsx.entities", file=name))


CONTENT_TYPES = "[Content_Types].xml"
SHARED_STRINGS_TYPE = "sharedStrings+xml"
_CONTENT_TYPES_LIMIT = 1024 * 1024


WORKBOOK_TYPES = ("sheet.main+xml", "sheet.macroEnabled.main+xml", "template.main+xml")


def _shared_string_parts(
    name: str, archive: zipfile.ZipFile, suffixes: tuple[str, ...] = (SHARED_STRINGS_TYPE,)
) -> set[str]:
    """Every part ``[Content_Types].xml`` declares with one of these types (by default:
    shared strings), whatever its name: openpyxl finds parts by this declaration, so a limit
    on the name alone is bypassed by renaming the part (224 MB of strings got in as
    ``xl/notes.xml``)."""
    info = next((i for i in archive.infolist() if i.filename == CONTENT_TYPES), None)
    if info is None:
        return set()
    if info.file_size > _CONTENT_TYPES_LIMIT:
        raise ImportFileError(f"{name} is not a valid workbook: its part list is oversized")
    try:
        root = ElementTree.fromstring(archive.read(info))
    except (ElementTree.ParseError, zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise ImportFileError(f"{name} is damaged: its part list cannot be read ({exc})") from None
    parts: set[str] = set()
    extensions: set[str] = set()
    for element in root:
        content_type = element.get("ContentType") or ""
        if not content_type.endswith(suffixes):
            continue
        if element.tag.endswith("Override") and element.get("PartName"):
            parts.add(element.get("PartName", "").lstrip("/").lower())
        elif element.tag.endswith("Default") and element.get("Extension"):
            extensions.add("." + element.get("Extension", "").lower())
    for member in archive.namelist():
        if member.lower().endswith(tuple(extensions)) and extensions:
            parts.add(member.lower())
    return parts


_SHEET_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sheet[\s/>]")


def _count_sheets(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """``<sheet>`` entries in the workbook part, counted as it streams by."""
    count, tail = 0, b""
    with archive.open(info) as member:
        while chunk := member.read(1024 * 1024):
            data = tail + chunk
            cut = max(len(data) - 64, 0)  # a tag starting later may continue in the next chunk
            count += sum(1 for m in _SHEET_TAG.finditer(data) if m.start() < cut)
            tail = data[cut:]
    return count + len(_SHEET_TAG.findall(tail))


MAX_ROW_CELLS = 16_384
"""Excel's column limit: no spreadsheet program writes a longer row."""
_CELL_OPENINGS = (b"<c ", b"<c>", b"<c/>")


def _longest_row(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """The most cells in one row of a worksheet part, counted by C-level byte searches:
    openpyxl parses a sheet without ``<dimension>`` whole when it opens it (9 million cells
    in one row: 15 s), so a row no program writes must be refused before openpyxl runs."""
    longest = current = 0
    tail = b""
    with archive.open(info) as member:
        while chunk := member.read(1024 * 1024):
            data = tail + chunk
            cut = max(len(data) - 8, 0)  # a tag cut by the chunk's end is counted next time
            body, tail = data[:cut], data[cut:]
            pieces = body.split(b"<row")
            for index, piece in enumerate(pieces):
                if index:
                    current = 0
                current += sum(piece.count(tag) for tag in _CELL_OPENINGS)
                longest = max(longest, current)
    pieces = tail.split(b"<row")
    for index, piece in enumerate(pieces):
        current = 0 if index else current
        current += sum(piece.count(tag) for tag in _CELL_OPENINGS)
        longest = max(longest, current)
    return longest


def _check_rows(name: str, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    sheets = _shared_string_parts(name, archive, ("worksheet+xml",))
    for info in infos:
        lowered = info.filename.lower()
        if lowered in sheets or (lowered.startswith("xl/worksheets/") and lowered.endswith(".xml")):
            try:
                longest = _longest_row(archive, info)
            except (zipfile.BadZipFile, ValueError, EOFError, OSError) as exc:
                raise ImportFileError(f"{name} is damaged or truncated ({exc})") from None
            if longest > MAX_ROW_CELLS:
                raise ImportFileError(
                    f"{name} is not a valid workbook: a row of {info.filename} holds "
                    f"{longest:,} cells, more than Excel's {MAX_ROW_CELLS:,}"
                )


def _check_roles(
    name: str, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: ZipLimits
) -> None:
    """Limits applied by role (declared type), not by name: shared strings, sheet count,
    row length."""
    _check_rows(name, archive, infos)
    workbooks = _shared_string_parts(name, archive, WORKBOOK_TYPES) | {"xl/workbook.xml"}
    for info in infos:
        if info.filename.lower() in workbooks:
            try:
                sheets = _count_sheets(archive, info)
            except (zipfile.BadZipFile, ValueError, EOFError, OSError) as exc:
                raise ImportFileError(f"{name} is damaged or truncated ({exc})") from None
            if sheets > limits.sheets:
                raise ImportFileError(
                    f"{name} lists {sheets:,} sheets, more than {limits.sheets:,}; "
                    "not a list of accounts Vigie can read"
                )
    strings = _shared_string_parts(name, archive)
    total = sum(i.file_size for i in infos if i.filename.lower() in strings)
    if total > limits.shared_strings:
        raise ImportFileError(
            f"{name} holds {_mib(total)} of text, more than "
            f"{_mib(limits.shared_strings)}; split it into smaller files"
        )


def check_xlsx(path: Path, *, limits: ZipLimits = DEFAULT_ZIP_LIMITS) -> None:
    """Raise :class:`ImportFileError` unless ``path`` is a workbook openpyxl may safely open."""
    path = Path(path)
    name = path.name
    special = refuse_unless_regular(path)
    if special:
        raise ImportFileError(special)
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(Message("import.xlsx.empty", file=name))
    if size > limits.file_size:
        raise ImportFileError(
            Message(
                "import.xlsx.too_large", file=name, size=_mib(size), limit=_mib(limits.file_size)
            )
        )
    with path.open("rb") as handle:
        head = handle.read(8)
        if not head.startswith(ZIP_MAGIC):
            handle.seek(0)
            raise refuse_non_zip(name, head + handle.read(4096), _read_all(handle))
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ImportFileError(Message("import.xlsx.truncated", file=name)) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.entries:
            raise ImportFileError(
                Message(
                    "import.xlsx.too_many_parts", file=name, count=len(infos), limit=limits.entries
                )
            )
        _check_names(name, infos)
        _check_sizes(name, infos, limits)
        _check_kind(name, {i.filename for i in infos})
        _check_xml_prologues(name, archive, infos)
        _check_roles(name, archive, infos, limits)


def _read_all(handle) -> bytes:
    """The whole (size-bounded) file, to tell an encrypted package from a legacy .xls."""
    handle.seek(0)
    return handle.read()
