"""Read an input file into rows of cells: CSV, XLSX or a plain list of URLs.

Nothing here interprets the cells; that is the plan's job, so the dialog can re-map columns
without reading the file again. Every refusal is an :class:`ImportFileError` whose reason
says what the file is and what to do, and every reader is bounded in rows and columns.
"""

from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path

from wizard.importers.errors import ImportFileError
from wizard.importers.table import MAX_COLS, MAX_ROWS, Cancel, Progress, Table, Ticker, blank_row
from wizard.sessions.regular_file import refuse_unless_regular
from wizard.xlsx.zipcheck import OLE_MAGIC, ZIP_MAGIC, check_xlsx, refuse_non_zip

MAX_TEXT_BYTES = 50 * 1024 * 1024

TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab", ".list")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_SEPARATORS = ("\t", ";", ",", "|")


# --------------------------------------------------------------------------- text


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding it was in (see :func:`decode_noting_lines`)."""
    text, label, _lines = decode_noting_lines(data, name)
    return text, label


def decode_noting_lines(data: bytes, name: str) -> tuple[str, str, list[int]]:
    """The text, the encoding it was in, and the lines read in another encoding than the rest.

    BOM first, then UTF-16 by its NULs, UTF-8, UTF-8 line by line, cp1252.

    There is no Latin-1 fallback on purpose: it decodes any bytes, so binary garbage would be
    "read" into nonsense rows instead of being refused.
    """
    for bom, codec, label in (
        (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with BOM"),
        (b"\xff\xfe", "utf-16", "UTF-16"),
        (b"\xfe\xff", "utf-16", "UTF-16"),
    ):
        if data.startswith(bom):
            return _strict(data, codec, name, label), label, []
    head = data[:4096]
    if len(head) >= 4 and head.count(b"\x00") * 3 > len(head):
        even_nuls = head[0::2].count(b"\x00") > head[1::2].count(b"\x00")
        codec = "utf-16-be" if even_nuls else "utf-16-le"
        return _strict(data, codec, name, "UTF-16"), "UTF-16", []
    if b"\x00" in data:
        raise ImportFileError(f"{name} is not a text file (it holds binary data)")
    try:
        return data.decode("utf-8"), "UTF-8", []
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data, name)
    if mixed is not None:
        return mixed
    try:
        return data.decode("cp1252"), "Windows-1252", []
    except UnicodeDecodeError:
        raise ImportFileError(
            f"{name} is not readable text: neither UTF-8, UTF-16 nor Windows-1252 "
            "(binary data, or save it again as CSV UTF-8)"
        ) from None


MIXED_LABEL = "UTF-8 with lines in Windows-1252"


def _decode_mixed(data: bytes, name: str) -> tuple[str, str, list[int]] | None:
    """A UTF-8 file with a few lines pasted from a Windows-1252 one, decoded line by line.

    Decoding it whole as Windows-1252 would turn every UTF-8 accent into mojibake
    ("MontrÃ©al") without a word. None when no line has UTF-8 accents (a plain 1252 file).
    """
    parts = data.split(b"\n")
    utf8_accents = False
    bad: list[int] = []
    texts: list[str] = []
    for number, part in enumerate(parts, start=1):
        try:
            texts.append(part.decode("utf-8"))
            utf8_accents = utf8_accents or not part.isascii()
        except UnicodeDecodeError:
            bad.append(number)
            try:
                texts.append(part.decode("cp1252"))
            except UnicodeDecodeError:
                raise ImportFileError(
                    f"{name}, line {number:,}: not readable text in UTF-8 or Windows-1252"
                ) from None
    if not utf8_accents:
        return None
    return "\n".join(texts), MIXED_LABEL, bad


def _line_list(numbers: list[int]) -> str:
    shown = ", ".join(f"{n:,}" for n in numbers[:10])
    more = f" and {len(numbers) - 10:,} more" if len(numbers) > 10 else ""
    return f"line{'s' if len(numbers) > 1 else ''} {shown}{more}"


def _strict(data: bytes, codec: str, name: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"{name} starts as {label} but byte {exc.start:,} is not valid {label}; "
            "the file is damaged or mixes encodings"
        ) from None


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls > max(4, len(sample) // 100)


def sniff_separator(lines: list[str]) -> str:
    """The separator that splits the first lines into the same number (> 1) of fields.

    Scores each candidate by the number of lines agreeing with its most common field count;
    "1,5" decimals in a ';' file therefore do not make ',' win.
    """
    best, best_score = "", 0
    sample = lines[:50]
    for sep in _SEPARATORS:
        counts = _field_counts(sample, sep)
        counts = [c for c in counts if c > 1]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * 1000 + common
        if score > best_score:
            best, best_score = sep, score
    return best


def _field_counts(lines: list[str], separator: str) -> list[int]:
    """Fields per row of ``lines``, up to a row the csv module cannot read (a field over its
    size limit, an unclosed quote): reading it is the parser's job, with the line number."""
    counts: list[int] = []
    reader = csv.reader(lines, delimiter=separator)
    try:
        for row in reader:
            if row:
                counts.append(len(row))
    except csv.Error:
        pass
    return counts


def read_text(
    path: Path, *, progress: Progress | None = None, cancel: Cancel | None = None
) -> Table:
    """A CSV (any of the usual encodings and separators) or a plain list of URLs."""
    name = path.name
    data = _read_bounded(path)
    if data.startswith(ZIP_MAGIC) or data.startswith(OLE_MAGIC):
        raise ImportFileError(
            f"{name} is a workbook or archive with a text-file name; give it its real "
            "extension (.xlsx) or save it as CSV"
        )
    text, encoding, odd_lines = decode_noting_lines(data, name)
    notes = []
    if odd_lines:
        notes.append(
            f"{name} is UTF-8 but {_line_list(odd_lines)} "
            f"{'were' if len(odd_lines) > 1 else 'was'} in Windows-1252, read as such: "
            "check the accents there"
        )
    if _looks_binary(text):
        raise ImportFileError(f"{name} is not a text file (it holds binary data)")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise ImportFileError(f"{name} holds no data (only blank lines)")
    separator = sniff_separator(lines)
    if separator and _is_address(lines[0]) and not _has_other_fields(lines, separator):
        separator = ""  # a list of URLs whose queries or paths hold "," or ";"
    ticker = Ticker(progress, cancel, len(lines))
    if not separator:
        rows = _parse_lines(text, name, ticker)
        return Table(name, "list", rows, encoding=encoding, warnings=notes)
    rows = _parse_csv(text, separator, name, ticker)
    return Table(name, "csv", rows, encoding=encoding, separator=separator, warnings=notes)


def _has_other_fields(lines: list[str], separator: str, sample: int = 50) -> bool:
    """Whether lines starting with a URL carry other fields after ``separator``: a name with
    spaces or another address (a headerless registry), rather than the rest of the URL
    itself (``?ids=1,2``, ``/ville;mobile``)."""
    for line in lines[:sample]:
        for cell in line.split(separator)[1:]:
            cell = cell.strip().strip('"')
            if " " in cell or _is_address(cell):
                return True
    return False


def _is_address(line: str) -> bool:
    """A line that is one URL (or ``@handle``), with no space: a first line like this is no
    header row, and the file is a list unless its lines carry other fields
    (:func:`_has_other_fields`)."""
    text = line.strip().lower()
    if any(ch.isspace() for ch in text):
        return False
    return text.startswith(("http://", "https://", "www.", "@"))


def _read_bounded(path: Path) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(f"{path.name} is empty (0 bytes)")
    if size > MAX_TEXT_BYTES:
        raise ImportFileError(
            f"{path.name} is {size / 2**20:,.0f} MB, over the "
            f"{MAX_TEXT_BYTES // 2**20} MB import limit; split it"
        )
    return path.read_bytes()


def _too_many(name: str) -> ImportFileError:
    return ImportFileError(f"{name} has more than {MAX_ROWS:,} rows; split it into smaller files")


def _parse_lines(text: str, name: str, ticker: Ticker) -> list[tuple[int, tuple[object, ...]]]:
    """One URL or handle per line; blank lines skipped, line numbers kept for the report."""
    rows: list[tuple[int, tuple[object, ...]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            rows.append((number, (line.strip(),)))
            if len(rows) > MAX_ROWS + 1:
                raise _too_many(name)
            ticker.tick(len(rows))
    return rows


def _parse_csv(
    text: str, separator: str, name: str, ticker: Ticker
) -> list[tuple[int, tuple[object, ...]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    rows: list[tuple[int, tuple[object, ...]]] = []
    start = 1
    try:
        for cells in reader:
            row = tuple(c.strip() for c in cells[:MAX_COLS])
            if not blank_row(row):
                rows.append((start, row))
                if len(rows) > MAX_ROWS + 1:
                    raise _too_many(name)
                ticker.tick(len(rows))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field limit" not in str(exc):
            raise ImportFileError(
                f"{name}, line {reader.line_num}: cannot be read ({exc})"
            ) from None
        raise ImportFileError(
            f"{name}, line {start}: a field is longer than {csv.field_size_limit():,} "
            f"characters (read up to line {reader.line_num}; a quote left open?)"
        ) from None
    return rows


# --------------------------------------------------------------------------- xlsx


def read_xlsx(
    path: Path,
    sheet: str | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Table:
    """One worksheet (the chosen one, else the export's inventory, else the first visible)."""
    check_xlsx(path)
    # lazy: openpyxl loads only when an xlsx file is read (the CSV path and GUI start-up)
    from wizard.importers import workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return workbook.read(path, sheet, Ticker(progress, cancel, 0))


# --------------------------------------------------------------------------- dispatch


def read_source(
    path: Path,
    sheet: str | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Table:
    """Read ``path`` by its extension, checking the content agrees with it."""
    path = Path(path)
    if not path.exists():
        raise ImportFileError(f"{path} does not exist")
    if path.is_dir():
        raise ImportFileError(f"{path} is a folder, not a file")
    special = refuse_unless_regular(path)
    if special:
        raise ImportFileError(special)
    suffix = path.suffix.lower()
    try:
        if suffix in XLSX_SUFFIXES:
            return read_xlsx(path, sheet, progress=progress, cancel=cancel)
        if suffix == ".xls":
            return _read_xls(path, sheet, progress, cancel)
        if suffix in TEXT_SUFFIXES or not suffix:
            return read_text(path, progress=progress, cancel=cancel)
    except OSError as exc:
        raise ImportFileError(f"{path.name} cannot be read: {exc.strerror or exc}") from None
    raise ImportFileError(f"{path.name}: {suffix} files are not supported; use .xlsx, .csv or .txt")


def _read_xls(
    path: Path, sheet: str | None, progress: Progress | None, cancel: Cancel | None
) -> Table:
    """A ``.xls`` name: an .xlsx renamed is read; a real Excel 97-2003 file is refused."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        raise ImportFileError(f"{path.name} is empty (0 bytes)")
    if head.startswith(ZIP_MAGIC):
        return read_xlsx(path, sheet, progress=progress, cancel=cancel)
    if head.startswith(OLE_MAGIC):
        raise refuse_non_zip(path.name, head, _read_bounded(path))
    raise refuse_non_zip(path.name, head)
