"""The filter row above the inventory: free text, platform, status and problem.

Its texts stay in the inventory page's translation context (``InventoryPage``): they are
read on that page, and their French translations were written there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit

from ui.models import account_fields
from ui.models.account_filter import AccountFilter
from ui.models.accounts_model import DUPLICATE, AccountsModel
from ui.read_only import mark_view_only
from wizard.audit import labels
from wizard.audit.model import AccountStatus
from wizard.scoring.scores import Problem, problem_label

ANY_PROBLEM = "*"


class InventoryFilters:
    """The four filters, each applied to the proxy as the user changes it."""

    def __init__(self, proxy: AccountFilter, model: AccountsModel) -> None:
        self.proxy = proxy
        self.model = model
        self.row = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            QCoreApplication.translate("InventoryPage", "Filter accounts (Ctrl+F)")
        )
        self.text.setAccessibleName(QCoreApplication.translate("InventoryPage", "Filter text"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(proxy.set_text)
        self.row.addWidget(self.text, 2)
        self.platform = self._combo(QCoreApplication.translate("InventoryPage", "Platform filter"))
        self.status = self._combo(QCoreApplication.translate("InventoryPage", "Status filter"))
        self.problem = self._combo(QCoreApplication.translate("InventoryPage", "Problem filter"))
        self.platform.currentIndexChanged.connect(
            lambda: proxy.set_platform(self.platform.currentData())
        )
        self.status.currentIndexChanged.connect(lambda: proxy.set_status(self.status.currentData()))
        self.problem.currentIndexChanged.connect(
            lambda: proxy.set_problem(self.problem.currentData())
        )
        mark_view_only(self.text, self.platform, self.status, self.problem)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.row.addWidget(combo)
        return combo

    def fill(self) -> None:
        """Offer every status and problem, and the platforms present, in the model's
        language."""
        lang = self.model.lang
        translate = QCoreApplication.translate
        refill(
            self.status,
            translate("InventoryPage", "All statuses"),
            [(str(status), labels.label(status, lang)) for status in AccountStatus],
        )
        refill(
            self.problem,
            translate("InventoryPage", "All rows"),
            [
                (ANY_PROBLEM, translate("InventoryPage", "Any problem")),
                (DUPLICATE, translate("InventoryPage", "Duplicates")),
                *((str(p), problem_label(p, lang)) for p in Problem),
            ],
        )
        self.fill_platforms()

    def fill_platforms(self, *_args: object) -> None:
        """The platforms of the accounts listed now (after accounts come or go)."""
        lang = self.model.lang
        present = sorted({a.platform for a in self.model.document.audit.accounts})
        items = [(pid, account_fields.platform_name(pid, lang)) for pid in present]
        refill(
            self.platform,
            QCoreApplication.translate("InventoryPage", "All platforms"),
            sorted(items, key=lambda pair: pair[1].casefold()),
        )


def refill(combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
    """Replace the items, keeping the current choice when it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for value, text in items:
        combo.addItem(text, value)
    found = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)
    if current is not None and found < 0:
        combo.currentIndexChanged.emit(0)
