"""The inventory's columns, the account form and the merge dialog name an account's fields
with the words of the core's one table, the words the workbook's headers use, in French and
in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui import i18n
from ui.merge.labels import field_label as merge_field_label
from ui.models.accounts_model import COLUMN_FIELDS, AccountsModel
from ui.widgets.account_form import AccountForm
from wizard.audit.field_labels import field_label
from wizard.workbook.strings import inventory_header


@pytest.fixture(params=["fr", "en"])
def lang(request, qapp) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_inventory_columns_read_as_the_workbook_headers(document, lang):
    model = AccountsModel(document)
    for column, field in COLUMN_FIELDS.items():
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert title == field_label(field, lang)
        assert title == inventory_header(field, lang)


def test_the_account_form_labels_its_fields_with_the_same_words(document, lang, qtbot):
    form = AccountForm(AccountsModel(document))
    qtbot.addWidget(form)
    form.build()  # the editors are made on first need
    captions = {label.buddy(): label.text() for label in form.findChildren(QLabel) if label.buddy()}
    assert len(form.editors) >= 30
    for name, editor in form.editors.items():
        assert captions[editor] == field_label(name, lang), name
        assert editor.accessibleName() == field_label(name, lang)
    for name in ("verified", "admin_count", "credentials"):
        assert captions[form.editors[name]] == inventory_header(name, lang)


def test_a_merge_conflict_on_an_account_names_the_field_the_same_way(lang):
    for name in ("verified", "admin_count", "owner.role", "recovery_organisational"):
        assert merge_field_label("account", name) == field_label(name, lang)
