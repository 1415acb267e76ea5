"""Report table columns are widened to their longest ordinary word, at the others' expense."""

from __future__ import annotations

import pytest

from wizard.report import widths


def test_a_column_short_of_its_longest_word_takes_room_from_the_others():
    minimums = widths.minimum_widths(["Responsable", "Action"], [["x", "y"]], 9)
    fitted = widths.fit([1.0, 9.0], minimums, 10.0)
    assert fitted[0] == pytest.approx(minimums[0])
    assert sum(fitted) == pytest.approx(10.0)


def test_columns_wide_enough_keep_the_widths_asked_for():
    minimums = widths.minimum_widths(["Nom", "Part"], [["a", "b"]], 9)
    assert widths.fit([8.0, 2.0], minimums, 10.0) == pytest.approx([8.0, 2.0])


def test_no_column_is_pushed_below_its_own_minimum():
    rows = [["communications", "Authentification", "septembre"]]
    minimums = widths.minimum_widths(["Responsable", "Constat", "Échéance"], rows, 9)
    fitted = widths.fit([1.0, 1.0, 8.0], minimums, 10.0)
    assert all(width >= low - 1e-9 for width, low in zip(fitted, minimums, strict=True))


def test_a_hash_or_url_does_not_claim_a_minimum():
    digest = "dc0ace2dd87985b136e71846d1d7428762c2ddc7f3559dd835c7e6cbb38fce33"
    assert widths.longest_word_cm(digest, 9) == 0.0
    assert widths.longest_word_cm(f"Extrait {digest}", 9) > 0


def test_when_the_words_cannot_all_fit_the_columns_share_in_proportion():
    fitted = widths.fit([1.0, 1.0, 1.0], [1.6, 1.2, 1.6], 4.0)
    assert sum(fitted) == pytest.approx(4.0)
    assert fitted[0] / fitted[1] == pytest.approx(1.6 / 1.2)


def test_a_line_may_break_after_a_hyphen():
    whole = widths.longest_word_cm("registre-des-comptes", 9)
    assert whole == pytest.approx(widths.word_cm("registre-", 9))
