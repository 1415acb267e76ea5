"""The shipped catalogue is read once per process, and showing platform names compiles none
of its rules: the inventory's first paint needs names only (issue 15, a big inventory's
first visit), recognition compiles the rules when it first runs."""

from __future__ import annotations

import importlib
import tomllib
from collections.abc import Iterator
from typing import Any

import pytest

from wizard.platforms import account_key

catalogue_module = importlib.import_module("wizard.platforms.catalogue")


def _clear() -> None:
    for cached in (
        catalogue_module._shipped_data,
        catalogue_module._shipped_infos,
        catalogue_module.shipped,
    ):
        cached.cache_clear()


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts the TOML parses of a process whose catalogue was never loaded."""
    counted: list[int] = []
    real = tomllib.loads

    def loads(text: str, **kwargs: Any) -> dict[str, Any]:
        counted.append(len(text))
        return real(text, **kwargs)

    monkeypatch.setattr(catalogue_module.tomllib, "loads", loads)
    _clear()
    yield counted
    _clear()


def test_platform_names_compile_no_rule(reads: list[int]) -> None:
    names = catalogue_module.catalogue()
    assert catalogue_module.platform_name("facebook", "fr") == names["facebook"].name_fr
    assert catalogue_module.is_closed_platform("myspace")
    assert catalogue_module.shipped.cache_info().currsize == 0


def test_the_catalogue_is_read_once_for_names_and_rules(reads: list[int]) -> None:
    catalogue_module.catalogue()
    key = account_key("instagram", "", "https://www.instagram.com/Once_Per_Process/")
    catalogue_module.platform_name("instagram", "en")
    assert key == "instagram:once_per_process"
    assert catalogue_module.shipped.cache_info().currsize == 1
    assert len(reads) == 1
