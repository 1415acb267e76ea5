"""The inventory as a Qt table: one row per account of ``document.audit.accounts``.

The model keeps its own row order (``_rows``) and sorts itself (:meth:`sort`): the proxy
above it only filters. Qt's proxy sort calls ``data()`` twice per comparison, which is
1.7 s for 10,000 Python rows; a Python ``sorted`` over cached keys takes milliseconds.
Per-account facts the filter needs (search text, problems) are cached and dropped when
that account changes. ``version`` rises on every change so the proxy knows its cached
filter result is stale. :meth:`refresh_if_stale` re-reads everything only when the document's
``revision`` or the language moved since the last read, so showing the page again over an
unchanged 10,000-account audit recomputes nothing; identities (URL recognition) are memoised
by their inputs, so even a full refresh only recognises what was edited.

A big inventory is worked out in slices (:meth:`warm`, driven by the page's timer) so its
first paint does not wait for 10,000 URL recognitions; until every identity is known, a
painted row's facts lack only the duplicate mark and are not cached (the row is repainted
once identities are known). Anything needing every row (filter, count, sort) forces the rest.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.i18n import current_language
from ui.models import account_fields
from ui.models.roles import CHOICES_ROLE, KIND_ROLE, PROBLEMS_ROLE, RECORD_ID_ROLE
from ui.models.row_runs import runs_ascending, runs_descending
from ui.undo_commands import SetAccountField, push_edit
from wizard.audit.edits import EditError
from wizard.audit.field_labels import field_label
from wizard.audit.model import Account
from wizard.platforms.duplicates import Identities
from wizard.scoring import scores as scoring
from wizard.scoring.scores import Problem, account_problems, problem_label

(
    COL_PLATFORM,
    COL_HANDLE,
    COL_DISPLAY_NAME,
    COL_KIND,
    COL_STATUS,
    COL_OWNING_UNIT,
    COL_MFA,
    COL_CREDENTIALS,
    COL_FOLLOWERS,
    COL_LAST_POST,
    COL_RECOMMENDATION,
    COL_PROBLEMS,
) = range(12)

COLUMN_FIELDS: dict[int, str] = {
    COL_PLATFORM: "platform",
    COL_HANDLE: "handle",
    COL_DISPLAY_NAME: "display_name",
    COL_KIND: "kind",
    COL_STATUS: "status",
    COL_OWNING_UNIT: "owning_unit",
    COL_MFA: "mfa",
    COL_CREDENTIALS: "credentials",
    COL_FOLLOWERS: "followers",
    COL_LAST_POST: "last_post",
    COL_RECOMMENDATION: "recommendation",
}

ACCOUNT_ID_ROLE = RECORD_ID_ROLE
Index = QModelIndex | QPersistentModelIndex


_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        RECORD_ID_ROLE,
        PROBLEMS_ROLE,
        CHOICES_ROLE,
        KIND_ROLE,
    }
)


DUPLICATE = "duplicate"
"""A row whose account is already in the inventory: shown and filtered like a problem."""


@dataclass(frozen=True)
class RowFacts:
    """What filtering needs about one account, computed once per change."""

    haystack: str
    platform: str
    status: str
    problems: tuple[str, ...]
    """Problem codes, ``DUPLICATE`` first when the account has a twin."""


class AccountsModel(QAbstractTableModel):
    sig_edit_refused = Signal(str)
    """An edit was refused by the model; the message says which field and why."""

    def __init__(self, document, today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.today = today or scoring.as_of(document.audit)
        self.lang = current_language()
        self.version = 0
        self._rows: list[Account] = list(document.audit.accounts)
        self._row_of: dict[str, int] | None = None
        self._facts: dict[str, RowFacts] = {}
        self._identities = Identities()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._problem_count = (-1, 0)
        self._sorted: tuple[int, Qt.SortOrder, int] | None = None
        self._all_facts: tuple[int, list[RowFacts]] = (-1, [])
        self._read_at = self._stamp()
        self._warming = False
        """A :meth:`warm` up is under way: rows may be painted before identities are known."""
        self._warm_at = 0
        """Where the warm-up's next slice starts (in the accounts, then in the rows)."""
        events = document.events
        events.sig_account_changed.connect(self._on_account_changed)
        events.sig_accounts_inserted.connect(self._on_inserted)
        events.sig_accounts_removed.connect(self._on_removed)

    # --- Qt model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COL_PROBLEMS + 1

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[section] if 0 <= section <= COL_PROBLEMS else None

    def column_titles(self) -> list[str]:
        """The account fields' labels (the core's one table), then the Problems column."""
        fields = [field_label(COLUMN_FIELDS[c], self.lang) for c in range(COL_PROBLEMS)]
        return [*fields, self.tr("Problems")]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in COLUMN_FIELDS and not self.document.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # painting asks ~10 roles per cell: answer the ones we do not serve first
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        account = self._rows[index.row()]
        column = index.column()
        if role == ACCOUNT_ID_ROLE:
            return account.id
        if column == COL_PROBLEMS:
            return self._problems_data(account, role)
        field = COLUMN_FIELDS.get(column)
        if field is None:
            return None
        value = getattr(account, field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return account_fields.display(field, value, self.lang)
        if role == Qt.ItemDataRole.EditRole:
            return value.isoformat() if isinstance(value, date) else value
        if role == CHOICES_ROLE:
            return account_fields.choices(field, self.lang)
        if role == KIND_ROLE:
            return account_fields.kind(field)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_FOLLOWERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _problems_data(self, account: Account, role: int) -> Any:
        problems = self.facts(account).problems
        if role == PROBLEMS_ROLE:
            return [(str(p), self.problem_text(p)) for p in problems]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return ", ".join(self.problem_text(p) for p in problems)
        return None

    def problem_text(self, problem: str) -> str:
        if problem == DUPLICATE:
            return self.tr("Duplicate")
        return problem_label(Problem(problem), self.lang)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role=None) -> bool:
        if role is None:
            role = Qt.ItemDataRole.EditRole
        field = COLUMN_FIELDS.get(index.column())
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or field is None:
            return False
        account = self._rows[index.row()]
        return self.set_field(account.id, field, value)

    def set_field(self, account_id: str, field: str, value: Any) -> bool:
        """Edit one field through the undo stack; report a refusal instead of raising."""
        refusal = self.try_set_field(account_id, field, value)
        if refusal is not None:
            self.sig_edit_refused.emit(str(refusal))
            return False
        return self.document.audit.account(account_id) is not None

    def try_set_field(self, account_id: str, field: str, value: Any) -> EditError | None:
        """Edit one field through the undo stack; the refusal, for the caller to show."""
        try:
            value = account_fields.coerce(field, value)
            account = self.document.audit.account(account_id)
            if account is None or getattr(account, field) == value:
                return None
            text = self.tr("Edit %1").replace("%1", field.replace("_", " "))
            push_edit(self.document, SetAccountField(self.document, account_id, field, value, text))
        except EditError as exc:
            return exc
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows ourselves over cached keys (see the module docstring)."""
        if not 0 <= column <= COL_PROBLEMS or self._sorted == (column, order, self.version):
            return  # QTableView.sortByColumn asks twice
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[i.row()].id, i.column()) for i in persistent]
        key = self._sort_key(column)
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._sort = (column, order)
        self._rows_changed()
        self._sorted = (column, order, self.version)
        row_of = self.row_of()
        self.changePersistentIndexList(
            persistent, [self.index(row_of[aid], col) for aid, col in held]
        )
        self.layoutChanged.emit()

    def _sort_key(self, column: int):
        if column == COL_PROBLEMS:
            return lambda a: len(self.facts(a).problems)
        field = COLUMN_FIELDS[column]
        field_kind, enum = account_fields.FIELD_KINDS[field]
        if field_kind == "enum" and enum is not None:
            rank = {value: n for n, value in enumerate(enum)}
            return lambda a: rank[getattr(a, field)]
        if field_kind in ("int", "float", "date"):
            return lambda a: (getattr(a, field) is None, getattr(a, field) or 0)
        if field_kind == "platform":
            return lambda a: account_fields.platform_name(a.platform, self.lang).casefold()
        return lambda a: str(getattr(a, field)).casefold()

    # --- our interface

    def row_of(self) -> dict[str, int]:
        if self._row_of is None:
            self._row_of = {a.id: n for n, a in enumerate(self._rows)}
        return self._row_of

    def facts(self, account: Account) -> RowFacts:
        found = self._facts.get(account.id)
        if found is None:
            if self._warming and not self._identities.known:  # mid warm-up: no twins yet
                return self._compute_facts(account, duplicates=frozenset())
            found = self._compute_facts(account, self.duplicate_ids())
            self._facts[account.id] = found
        return found

    def warm(self, limit: int) -> bool:
        """Work out up to ``limit`` more identities, or rows' facts once identities are
        all known; True when every row's facts are known (see the module docstring).

        A cursor walks the accounts, so a slice costs its own accounts, not a pass over
        every account before it; the turn that completes the identities only marks the
        twins (the facts start on the next turn). An account the cursor missed (an edit
        during the warm-up) is worked out when its row is asked for, as any row is."""
        self._warming = True
        if not self._identities.known:
            self._warm_identities(limit)
            return False
        rows = self._rows
        end = min(self._warm_at + limit, len(rows))
        facts = self.facts
        for account in rows[self._warm_at : end]:
            facts(account)
        self._warm_at = end
        done = end >= len(rows)
        if done:
            self._warm_at = 0
        self._warming = not done
        return done

    def _warm_identities(self, limit: int) -> None:
        accounts = self.document.audit.accounts
        key = self._identities.key
        end = min(self._warm_at + limit, len(accounts))
        for account in accounts[self._warm_at : end]:
            key(account)
        self._warm_at = end
        if end < len(accounts):
            return
        self._warm_at = 0
        self.duplicate_ids()  # every identity is memoised now: lookups only
        if self._rows:  # rows painted without their duplicate mark
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, COL_PROBLEMS), self.index(last, COL_PROBLEMS))

    def warm_all(self) -> None:
        """Every identity and every row's facts at once (a small audit)."""
        while not self.warm(len(self._rows) + len(self.document.audit.accounts) + 1):
            pass  # two calls: the identities, then the facts

    def start_warming(self) -> None:
        """Say a :meth:`warm` up is coming: rows painted before it are not worth a full pass."""
        self._warming = True

    @property
    def warming(self) -> bool:
        """A :meth:`warm` up has started and not finished."""
        return self._warming

    def _compute_facts(self, account: Account, duplicates: AbstractSet[str]) -> RowFacts:
        words = [
            account.handle,
            account.display_name,
            account.url,
            account.owning_unit,
            account.owner.role,
            account.audience,
            account_fields.platform_name(account.platform, self.lang),
        ]
        audit = self.document.audit
        problems: tuple[str, ...] = tuple(account_problems(account, audit, self.today))
        if account.id in duplicates:
            problems = (DUPLICATE, *problems)
        return RowFacts(
            haystack="\n".join(words).casefold(),
            platform=account.platform,
            status=str(account.status),
            problems=problems,
        )

    def duplicate_ids(self) -> set[str]:
        """Accounts that have a twin in the inventory (cached until an identity changes)."""
        return self._identities.duplicate_ids(self.document.audit.accounts)

    def twins_of(self, account_id: str) -> list[Account]:
        """The other accounts that are the same account as ``account_id``."""
        audit = self.document.audit
        twins = self._identities.twin_ids(account_id, audit.accounts)
        return [a for a in (audit.account(i) for i in twins) if a is not None]

    def _identities_changed(self) -> None:
        self._identities.forget()
        self._facts.clear()
        self._warm_at = 0

    def all_facts(self) -> list[RowFacts]:
        """Facts of every row, in row order (the proxy's filter input), cached until the
        next change."""
        if self._all_facts[0] != self.version:
            self.duplicate_ids()  # every row's real facts, even mid warm-up
            facts = self.facts
            self._all_facts = (self.version, [facts(a) for a in self._rows])
        return self._all_facts[1]

    def count_with_problems(self) -> int:
        """How many accounts show at least one problem (cached until the next change)."""
        if self._problem_count[0] != self.version:
            self._problem_count = (self.version, sum(1 for f in self.all_facts() if f.problems))
        return self._problem_count[1]

    def _stamp(self) -> tuple[int, str]:
        """What our caches were read against: the document's revision and the language."""
        return (self.document.revision, current_language())

    def refresh_if_stale(self) -> bool:
        """:meth:`refresh` unless nothing changed since the last read (the page shown
        again, or first shown right after it was built); True when it refreshed."""
        if self._stamp() == self._read_at:
            return False
        self.refresh()
        return True

    def refresh(self) -> None:
        """Re-read the audit: after a change made outside our undo commands, a language
        switch or a change of the audit's settings (which move problems)."""
        self._read_at = self._stamp()
        self.lang = current_language()
        self._identities_changed()
        same = [a.id for a in self._rows] == [a.id for a in self.document.audit.accounts]
        if self._rows and (same or self._sort is not None):
            same = {a.id for a in self._rows} == {a.id for a in self.document.audit.accounts}
        if self._rows and same:
            self._rows_changed()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COL_PROBLEMS)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_PROBLEMS))
            return
        self.beginResetModel()
        self._rows = list(self.document.audit.accounts)
        self._rows_changed()
        self.endResetModel()

    def _rows_changed(self) -> None:
        self._row_of = None
        self.version += 1

    def _on_account_changed(self, account_id: str) -> None:
        self._facts.pop(account_id, None)
        account = self.document.audit.account(account_id)
        changed_rows = [account_id]
        if account is not None:
            twins = self._identities.update(account)  # its old and new twins change too
            for twin in twins:
                self._facts.pop(twin, None)
            changed_rows.extend(twins)
        self.version += 1
        for changed in set(changed_rows):
            row = self.row_of().get(changed)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COL_PROBLEMS))

    def _on_inserted(self, ids: list[str]) -> None:
        """Unsorted, rows go where the audit has them; sorted, they go to the end."""
        accounts = self.document.audit.accounts
        audit_index = {a.id: n for n, a in enumerate(accounts)}
        positions = sorted(audit_index[i] for i in ids)
        # one insert per run of neighbours: an import of thousands is one signal, not
        # thousands (each makes the filter proxy re-read every row)
        self._identities_changed()
        runs = [(len(self._rows), positions)] if self._sort else runs_ascending(positions)
        for row, run in runs:
            self.beginInsertRows(QModelIndex(), row, row + len(run) - 1)
            self._rows[row:row] = [accounts[p] for p in run]
            self._rows_changed()
            self.endInsertRows()

    def _on_removed(self, ids: list[str]) -> None:
        self._identities_changed()
        rows = sorted((self.row_of()[i] for i in ids if i in self.row_of()), reverse=True)
        for first, last in runs_descending(rows):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self._rows_changed()
            self.endRemoveRows()
