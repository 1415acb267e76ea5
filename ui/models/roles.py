"""Item data roles our models share with the delegates."""

from __future__ import annotations

from PySide6.QtCore import Qt

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the record a row shows (account, risk, action…)."""

PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 2
"""List of ``(code, label)``: the badges a cell shows."""

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3
"""List of ``(value, label)`` for pick-list cells; None for free input."""

KIND_ROLE = Qt.ItemDataRole.UserRole + 4
"""The editor a cell needs: ``enum``, ``bool``, ``platform``, ``date``, ``int``, ``text``…"""
