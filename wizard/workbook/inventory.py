"""The Inventory sheet: one Excel table, one row per account, every field.

Enumerated columns get dropdowns bound to the hidden list sheet; problem cells (no MFA,
dormant, no owner) are flagged by conditional formats that follow the client's edits; only
http(s) URLs become hyperlinks. Rows are written in batches so a 10,000-account export can
report progress and be cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.table import Table, TableStyleInfo

from wizard.audit import labels
from wizard.audit import model as m
from wizard.scoring.scores import problem_label
from wizard.workbook import names, page, styles
from wizard.workbook.cells import StreamColumn, write_text
from wizard.workbook.context import BATCH, ExportContext
from wizard.workbook.lists import ENUM_LISTS, Lists
from wizard.workbook.row_xml import Piece
from wizard.workbook.sheet import Sheet as Worksheet
from wizard.workbook.strings import inventory_header

TABLE_NAME = "tblInventory"
HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1

Getter = Callable[[ExportContext, m.Account], Any]


@dataclass(frozen=True)
class Column:
    """One inventory column: the field, how to write it, its dropdown list and width."""

    key: str
    kind: str
    """text, wrap, url, enum, bool, date, int, change (signed int), percent."""
    width: float
    get: Getter
    list_key: str | None = None


def _field(name: str) -> Getter:
    return lambda ctx, account: getattr(account, name)


def _enum(name: str) -> Getter:
    return lambda ctx, account: labels.label(getattr(account, name), ctx.lang)


def _bool(name: str) -> Getter:
    return lambda ctx, account: labels.bool_label(getattr(account, name), ctx.lang)


def _admins(ctx: ExportContext, account: m.Account) -> str:
    people = (ctx.person(p, ctx.t("name_withheld")) for p in account.admins)
    return "\n".join(p for p in people if p)


def _problems(ctx: ExportContext, account: m.Account) -> str:
    return ", ".join(problem_label(p, ctx.lang) for p in ctx.problems_of(account))


def _rate(ctx: ExportContext, account: m.Account) -> float | None:
    return None if account.engagement_rate is None else account.engagement_rate / 100


def _c(
    key: str, kind: str, width: float, get: Getter | None = None, lst: str | None = None
) -> Column:
    if get is None:
        get = {"enum": _enum, "bool": _bool}.get(kind, _field)(key)
    return Column(key, kind, width, get, lst or ("bool" if kind == "bool" else None))


COLUMNS: tuple[Column, ...] = (
    _c("id", "text", 10),
    # printed: the key columns, one band across a landscape page
    _c("platform", "wrap", 14, lambda ctx, a: ctx.platform(a.platform), "platform"),
    _c("handle", "wrap", 21),
    _c("kind", "enum", 15, lst="kind"),
    _c("status", "enum", 9, lst="status"),
    _c("owner", "wrap", 25, lambda ctx, a: ctx.person(a.owner)),
    _c("mfa", "enum", 10, lst="mfa"),
    _c("last_post", "date", 11),
    _c("problems", "wrap", 40, _problems),
    # on screen only: the display name and the link (platform and handle identify the
    # account; a display name of 25-30 characters made most printed rows two lines tall, and
    # LibreOffice never wraps a hyperlink, so it would be cut), ownership and access,
    # activity, purpose, compliance, notes
    _c("display_name", "wrap", 22),
    _c("url", "url", 30),
    _c("languages", "text", 10, lambda ctx, a: ", ".join(a.languages)),
    _c("verified", "bool", 8),
    _c("created", "date", 11),
    _c("in_registry", "bool", 10),
    _c("official_link", "bool", 12),
    _c("official_link_source", "url", 30),
    _c("owning_unit", "wrap", 16),
    _c("admin_count", "int", 9),
    _c("admins", "wrap", 18, _admins),
    _c("credentials", "enum", 15, lst="credentials"),
    _c("recovery_organisational", "bool", 13),
    _c("third_party_apps", "wrap", 18),
    _c("last_access_review", "date", 11),
    _c("followers", "int", 10),
    _c("followers_change", "change", 11, lambda ctx, a: ctx.follower_changes.get(a.id)),
    _c("posting_frequency", "enum", 13, lst="frequency"),
    _c("engagement_rate", "percent", 12, _rate),
    _c("audience", "wrap", 18),
    _c("purpose", "wrap", 24),
    _c("kpis", "wrap", 20),
    _c("notice_linked", "enum", 10, lst="check"),
    _c("moderation_rules", "enum", 11, lst="check"),
    _c("accessibility", "enum", 11, lst="check"),
    _c("branding_consistent", "enum", 11, lst="check"),
    _c("official_languages", "enum", 11, lst="check"),
    _c("archiving", "enum", 10, lst="check"),
    _c("recommendation", "enum", 15, lst="recommendation"),
    _c("notes", "wrap", 32),
    _c("evidence", "wrap", 18, lambda ctx, a: ctx.evidence_list(a.evidence)),
)

PRINTED_LAST = "problems"
"""The print area ends with this column: one landscape band of the columns a reader of the
paper report needs, rows as tall as those columns need (usually one line). The other
columns stay in the workbook, on screen."""
PRINTED_WIDTH = 168.0
"""Width units of the printed band: LibreOffice fits it across a landscape page at about
86 % (body text 8.4 pt measured). The dropdown columns are as wide as their longest label in the
export's language, so they hold on one line; Problems takes what is left."""

HANDLE_DONORS = {"problems": 24.0, "owner": 20.0}
"""Where a long handle takes its width (field → the narrowest its column becomes): Problems
(its longest label, "Identifiants non protégés", still on one line), then Owner; both wrap
between words. With them a handle of about 45 characters prints whole in either language."""

_STYLE = {
    "text": styles.TEXT,
    "wrap": styles.WRAP,
    "url": styles.TEXT,
    "enum": styles.WRAP,
    "bool": styles.TEXT,
    "date": styles.DATE,
    "int": styles.NUMBER,
    "change": styles.SIGNED,
    "percent": styles.PERCENT,
}


def _index(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def letter(key: str) -> str:
    """The column letter of an inventory field (for tests and cross-sheet references)."""
    return get_column_letter(_index(key) + 1)


def last_row(ctx: ExportContext) -> int:
    """The table's last row (the header row plus one row even when there are no accounts)."""
    return FIRST_ROW + max(len(ctx.audit.accounts), 1) - 1


def column_range(ctx: ExportContext, key: str) -> str:
    """The absolute range of one field's cells, for the Summary's live counts."""

    col = letter(key)
    sheet = quote_sheetname(ctx.sheet("inventory"))
    return f"{sheet}!${col}${FIRST_ROW}:${col}${last_row(ctx)}"


def _header_label(ctx: ExportContext, key: str) -> str:
    if key in ("id", "problems"):
        return ctx.t(key)

    return inventory_header(key, ctx.lang)


Writer = Callable[[Any], Cell | Piece | None]
"""How one column writes a value into its reused cell (None: nothing to write)."""


def _writers(ws: Worksheet) -> list[tuple[Column, Writer, int, float]]:
    """Per column: the column, how its cells are written (one styled cell per look, reused
    for every row since rows are streamed), and, for wrapped columns, the characters a line
    holds and its width (0 elsewhere: only printed columns set a row's height).
    Each column also gets its look as column style, so empty cells are
    not written (the title rows above have blank cells of their own, see :func:`_header`)."""
    writers: list[tuple[Column, Writer, int, float]] = []
    for col, column in enumerate(COLUMNS, start=1):
        style = None if column.key == "id" else _STYLE[column.kind]
        link = styles.LINK if column.kind == "url" else None
        repeated = column.kind in ("enum", "bool") or column.key == "platform"
        cells = StreamColumn(ws, col, style, link, column_style=True, repeated=repeated)
        put: Writer = {
            "url": cells.url,
            "text": cells.text,
            "wrap": cells.text,
            "enum": cells.text,
            "bool": cells.text,
        }.get(column.kind, cells.value)
        width = ws.column_dimensions[get_column_letter(col)].width
        wraps = column.kind in ("wrap", "enum") and col <= _index(PRINTED_LAST) + 1
        writers.append((column, put, page.line_capacity(width) if wraps else 0, width))
    return writers


def _fill_row(
    ctx: ExportContext,
    writers: list[tuple[Column, Writer, int, float]],
    account: m.Account,
) -> tuple[list[Cell | Piece | None], int]:
    """One account's cells, and the lines its tallest wrapped cell needs."""
    lines = 1
    cells: list[Cell | Piece | None] = []
    for column, put, capacity, width in writers:
        value = column.get(ctx, account)
        cells.append(put(value))
        # most cells fit on one line: measure only those that may not
        if capacity and value and (len(value) > capacity or "\n" in value):
            lines = max(lines, page.text_lines(value, width))
    return cells, lines


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _flags(ctx: ExportContext, ws: Worksheet, last: int) -> None:
    """Conditional formats for no MFA, dormant and no owner, relative to the first row."""
    lang, r = ctx.lang, FIRST_ROW
    red = {"fill": styles.fill(styles.RED_FILL)}
    mfa, status, post = letter("mfa"), letter("status"), letter("last_post")
    unit, owner, kind = letter("owning_unit"), letter("owner"), letter("kind")
    weak = [labels.label(v, lang) for v in (m.MfaCoverage.NONE, m.MfaCoverage.SOME)]
    no_mfa = "OR(" + ",".join(f"${mfa}{r}={_quoted(w)}" for w in weak) + ")"
    dormant_label = _quoted(labels.label(m.AccountStatus.DORMANT, lang))
    days = ctx.audit.settings.dormant_after_days
    live = ",".join(
        f"${status}{r}={_quoted(labels.label(s, lang))}"
        for s in (m.AccountStatus.ACTIVE, m.AccountStatus.UNKNOWN)
    )
    dormant = (
        f"OR(${status}{r}={dormant_label},AND(OR({live}),ISNUMBER(${post}{r}),"
        f"${post}{r}<{names.REPORT_DATE}-{days}))"
    )
    unofficial = _quoted(labels.label(m.AccountKind.UNOFFICIAL, lang))
    closed = _quoted(labels.label(m.AccountStatus.CLOSED, lang))
    no_owner = (
        f"AND(LEN(TRIM(${unit}{r}))=0,LEN(TRIM(${owner}{r}))=0,"
        f"${kind}{r}<>{unofficial},${status}{r}<>{closed})"
    )
    for col, formula in ((mfa, no_mfa), (status, dormant), (post, dormant), (owner, no_owner)):
        rule = FormulaRule(formula=[formula], **red)
        ws.conditional_formatting.add(f"{col}{r}:{col}{last}", rule)


def _validations(ws: Worksheet, lists: Lists, last: int) -> None:
    for col, column in enumerate(COLUMNS, start=1):
        if column.list_key is None:
            continue
        dv = lists.validation(column.list_key)
        col_letter = get_column_letter(col)
        dv.add(f"{col_letter}{FIRST_ROW}:{col_letter}{last}")
        ws.add_data_validation(dv)


def _header(ctx: ExportContext, ws: Worksheet) -> None:
    write_text(ws, ctx.sheet("inventory"), row=1, column=2, style=styles.TITLE)
    ws.row_dimensions[1].height = 30
    write_text(
        ws, ctx.audit.engagement.organisation.name, row=2, column=2, style=styles.MUTED_STYLE
    )
    for col, column in enumerate(COLUMNS, start=1):
        write_text(
            ws, _header_label(ctx, column.key), row=HEADER_ROW, column=col, style=styles.HEADER
        )
        ws.column_dimensions[get_column_letter(col)].width = column.width
        if col > 2:  # columns carry the data's look (see _writers): not the title rows
            for row in range(1, HEADER_ROW):
                write_text(ws, None, row=row, column=col, style=styles.MUTED_STYLE)
    ws.column_dimensions["A"].hidden = True
    _fit_printed_band(ctx, ws)
    page.fit_header(ws, HEADER_ROW, 2, len(COLUMNS))
    problems = ws.column_dimensions[letter("problems")]
    others = sum(
        ws.column_dimensions[get_column_letter(col)].width
        for col in range(2, _index(PRINTED_LAST) + 1)
    )
    problems.width = max(problems.width, PRINTED_WIDTH - others)
    _fit_handles(ctx, ws)


def _fit_handles(ctx: ExportContext, ws: Worksheet) -> None:
    """The Handle column as wide as the longest handle, within what :data:`HANDLE_DONORS`
    give: a 40-character handle prints whole instead of cut mid-word, and the printed band
    keeps its width, so its print scale."""
    longest = page.longest_word(a.handle for a in ctx.audit.accounts)
    donors = {letter(key): narrowest for key, narrowest in HANDLE_DONORS.items()}
    page.widen(ws, letter("handle"), page.width_for(longest), donors)


def _fit_printed_band(ctx: ExportContext, ws: Worksheet) -> None:
    """Each printed dropdown column as wide as its longest label in the export's language,
    so "Certains administrateurs" or "Officiel (organisation)" stays on one line; the
    platform column as wide as the longest platform name the audit uses (up to 15)."""
    for col, column in enumerate(COLUMNS[: _index(PRINTED_LAST) + 1], start=1):
        dimension = ws.column_dimensions[get_column_letter(col)]
        if column.kind == "enum" and column.list_key in ENUM_LISTS:
            texts = [labels.label(v, ctx.lang) for v in ENUM_LISTS[column.list_key]]
            widest = 24.0
        elif column.key == "platform":
            texts = [ctx.platform(p) for p in {a.platform for a in ctx.audit.accounts}]
            widest = 15.0
        else:
            continue
        longest = max((len(text) for text in texts), default=0)
        dimension.width = min(max(column.width, (longest + 1) / 1.2 + 0.5), widest)


def build(ctx: ExportContext, lists: Lists) -> None:
    ws = ctx.new_sheet(ctx.sheet("inventory"))
    _header(ctx, ws)
    _print_setup(ctx, ws)  # the fit-to-page flag is written with the sheet's first row
    ws.freeze_panes = f"D{FIRST_ROW}"
    accounts = ctx.audit.accounts
    writers = _writers(ws)
    for index, account in enumerate(accounts):
        row = FIRST_ROW + index
        cells, lines = _fill_row(ctx, writers, account)
        if lines > 1:
            ws.row_dimensions[row].height = lines * page.LINE_HEIGHT + 3
        ws.stream(row, cells)
        if (index + 1) % BATCH == 0:
            ctx.step()
    ws.flush()
    last = last_row(ctx)
    end = get_column_letter(len(COLUMNS))
    table = Table(displayName=TABLE_NAME, ref=f"A{HEADER_ROW}:{end}{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table, [_header_label(ctx, column.key) for column in COLUMNS])
    _validations(ws, lists, last)
    _flags(ctx, ws, last)
    ws.print_area = f"B1:{letter(PRINTED_LAST)}{last}"
    ctx.step()


def _print_setup(ctx: ExportContext, ws: Worksheet) -> None:
    """The key columns across one landscape page, the header row repeated on each page."""
    page.setup(ctx, ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def steps(ctx: ExportContext) -> int:
    """Progress steps this sheet reports (one per batch, plus one)."""
    return len(ctx.audit.accounts) // BATCH + 1
