"""Typed URLs: typos and plain words refused with a reason, real addresses accepted."""

import pytest

from wizard.platforms.url_check import UrlProblem, url_problem


@pytest.mark.parametrize(
    "text",
    [
        "",
        "https://www.facebook.com/villequebec",
        "http://ville.quebec.qc.ca/",
        "www.ville.quebec.qc.ca",
        "x.com/villequebec",
        "https://mastodon.social/@ville",
        "ville.ca:8080/page",
        "https://www.québec.ca/nouvelles",
    ],
)
def test_real_addresses_pass(text):
    assert url_problem(text) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("pas une url", UrlProblem.SPACES),
        ("htp:/ville.ca", UrlProblem.BAD_SCHEME),
        ("https:/ville.ca", UrlProblem.BAD_SCHEME),
        ("http//ville.ca", UrlProblem.BAD_SCHEME),
        ("ftp://ville.ca", UrlProblem.BAD_SCHEME),
        ("https://ville", UrlProblem.NO_HOST),
        ("villequebec", UrlProblem.NO_HOST),
    ],
)
def test_typos_and_words_are_refused(text, problem):
    assert url_problem(text) is problem
