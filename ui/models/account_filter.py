"""Filtering the inventory: free text plus platform, status and problem.

Qt calls :meth:`filterAcceptsRow` once per source row; with 10,000 rows each call must cost
next to nothing. So the whole answer is computed in one Python pass over the source
model's cached :class:`~ui.models.accounts_model.RowFacts` and kept as a list of booleans,
rebuilt only when the filter or the source's ``version`` changes. Sorting is delegated to
the source model (see its docstring).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.models.accounts_model import AccountsModel, RowFacts


class AccountFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._platform: str | None = None
        self._status: str | None = None
        self._problem: str | None = None
        self._any_problem = False
        self._mask: list[bool] | None = None
        self._mask_version = -1

    def setSourceModel(self, model) -> None:
        assert isinstance(model, AccountsModel)
        self._source = model
        super().setSourceModel(model)

    def source(self) -> AccountsModel:
        return self._source

    # --- filter settings

    def set_text(self, text: str) -> None:
        self._change(lambda: setattr(self, "_words", text.casefold().split()))

    def set_platform(self, platform_id: str | None) -> None:
        self._change(lambda: setattr(self, "_platform", platform_id or None))

    def set_status(self, status: str | None) -> None:
        self._change(lambda: setattr(self, "_status", status or None))

    def set_problem(self, problem: str | None) -> None:
        """A problem code, ``"*"`` for any problem, or None for no problem filter."""

        def apply() -> None:
            self._any_problem = problem == "*"
            self._problem = None if problem in (None, "", "*") else problem

        self._change(apply)

    def _change(self, apply) -> None:
        """Apply a new filter as one layout change: an incremental row update emits a
        signal per removed range (thousands), which the view handles far more slowly."""
        apply()
        self._mask = None
        self.invalidate()

    # --- Qt overrides

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        # called once per source row on every change: keep it to a list lookup
        mask = self._mask
        if mask is None or self._mask_version != self._source.version:
            mask = self._build_mask()
        return mask[source_row] if source_row < len(mask) else True

    def _build_mask(self) -> list[bool]:
        """Every row's answer in a few list passes over the source's cached facts (one
        comprehension per active criterion is several times faster than a call per row)."""
        source = self.source()
        active = self._words or self._platform or self._status
        if not (active or self._any_problem or self._problem):  # no filter: no facts needed
            mask = [True] * source.rowCount()
            self._mask, self._mask_version = mask, source.version
            return mask
        facts = source.all_facts()
        mask = [True] * len(facts)
        for word in self._words:
            mask = [m and word in f.haystack for m, f in zip(mask, facts, strict=True)]
        if self._platform:
            mask = [m and f.platform == self._platform for m, f in zip(mask, facts, strict=True)]
        if self._status:
            mask = [m and f.status == self._status for m, f in zip(mask, facts, strict=True)]
        if self._any_problem or self._problem:
            mask = [m and self._problem_ok(f) for m, f in zip(mask, facts, strict=True)]
        self._mask, self._mask_version = mask, source.version
        return mask

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The source sorts itself; the proxy keeps its order (no Qt sort)."""
        self.source().sort(column, order)

    # --- the rule

    def _problem_ok(self, facts: RowFacts) -> bool:
        if self._any_problem and not facts.problems:
            return False
        return not (self._problem and self._problem not in facts.problems)

    def accepts(self, facts: RowFacts) -> bool:
        """The rule for one row (the mask applies the same rule to all rows at once)."""
        if self._words and not all(word in facts.haystack for word in self._words):
            return False
        if self._platform and facts.platform != self._platform:
            return False
        if self._status and facts.status != self._status:
            return False
        return self._problem_ok(facts)
