"""Cell values as clients type them: dates, counts, yes/no, labels, languages."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.audit import model as m
from wizard.importers import values as v


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024/03/05", date(2024, 3, 5)),
        ("2024-03-05T10:30:00", date(2024, 3, 5)),
        ("05/03/2024", date(2024, 3, 5)),
        ("5.3.2024", date(2024, 3, 5)),
        ("45356", date(2024, 3, 5)),
        (45356, date(2024, 3, 5)),
        (45356.75, date(2024, 3, 5)),
        (datetime(2024, 3, 5, 9, 0), date(2024, 3, 5)),
        ("", None),
        (None, None),
    ],
)
def test_dates_in_every_usual_form(text, expected):
    assert v.parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["13/13/2024", "31/02/2024", "hier", "2024-13-01", "1850-01-01", 12]
)
def test_bad_dates_say_what_is_expected(text):
    with pytest.raises(ValueError, match=r"date|year"):
        v.parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,3 k", 12_300),
        ("12,3k", 12_300),
        ("1 200", 1_200),
        ("1\u202f200", 1_200),
        ("12 345", 12_345),
        ("1,234", 1_234),
        ("1.234.567", 1_234_567),
        ("1.2M", 1_200_000),
        ("2,5 M", 2_500_000),
        ("2 millions", 2_000_000),
        ("12.5k", 12_500),
        ("~3k+", 3_000),
        (850, 850),
        (850.0, 850),
        ("", None),
    ],
)
def test_counts_as_people_write_them(text, expected):
    assert v.parse_count(text) == expected


@pytest.mark.parametrize("text", ["beaucoup", "12,3", "-5", "1.5", True])
def test_bad_counts_are_refused(text):
    with pytest.raises(ValueError, match=r"number|count"):
        v.parse_count(text)


@given(st.integers(min_value=0, max_value=10**9))
def test_thousands_separators_round_trip(n):
    assert v.parse_count(f"{n:,}") == n
    assert v.parse_count(f"{n:,}".replace(",", " ")) == n
    assert v.parse_count(str(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [("oui", True), ("Non", False), ("x", True), ("YES", True), ("no", False), ("vrai", True),
     ("1", True), (0, False), ("", None), ("Inconnu", None), ("?", None), (True, True)],
)  # fmt: skip
def test_yes_no(text, expected):
    assert v.parse_bool(text) is expected


def test_yes_no_refuses_other_words():
    with pytest.raises(ValueError, match="yes or no"):
        v.parse_bool("peut-être")


@pytest.mark.parametrize(
    ("enum", "text", "expected"),
    [
        (m.AccountStatus, "Actif", m.AccountStatus.ACTIVE),
        (m.AccountStatus, "à FERMER", m.AccountStatus.TO_CLOSE),
        (m.AccountStatus, "a fermer", m.AccountStatus.TO_CLOSE),
        (m.AccountStatus, "Fermé", m.AccountStatus.CLOSED),
        (m.AccountStatus, "Inconnu", m.AccountStatus.UNKNOWN),
        (m.AccountStatus, "to_close", m.AccountStatus.TO_CLOSE),
        (m.Frequency, "Hebdomadaire", m.Frequency.WEEKLY),
        (m.AccountKind, "Official (corporate)", m.AccountKind.OFFICIAL),
    ],
)
def test_enum_labels_in_both_languages(enum, text, expected):
    assert v.parse_enum(enum, text) is expected


def test_unknown_label_lists_the_choices():
    with pytest.raises(ValueError, match="Active, Dormant"):
        v.parse_enum(m.AccountStatus, "en veille")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("fr, en", ["fr", "en"]), ("Français / anglais", ["fr", "en"]), ("bilingue", ["fr", "en"]),
     ("EN", ["en"]), ("fr et fr", ["fr"]), ("", [])],
)  # fmt: skip
def test_languages(text, expected):
    assert v.parse_languages(text) == expected


def test_percent_and_fraction():
    assert v.parse_percent("3,5 %") == 3.5
    assert v.parse_percent(3.5) == 3.5
    assert v.parse_percent(0.035, fraction=True) == 3.5
    with pytest.raises(ValueError, match="between 0 and 100"):
        v.parse_percent("150 %")


def test_fold_ignores_case_accents_spacing_punctuation():
    assert v.fold("  Dernière   PUBLICATION: ") == "derniere publication"
    assert v.fold("Taux d'engagement") == "taux d engagement"
