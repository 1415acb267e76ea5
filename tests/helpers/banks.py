"""Question banks of any size for tests: a consultant's 3-section bank, a 60-section one,
a bank in one language, and a second version of a bank with criteria added, removed and a
changed scale."""

from __future__ import annotations

from typing import Any

from wizard.bank.framework import Framework, Lang


def _text(text: str, langs: tuple[Lang, ...]) -> dict[str, str]:
    words = {"fr": f"{text} (fr)", "en": text}
    return {lang: words[lang] for lang in langs}


def bank_data(
    sections: int,
    criteria: int = 3,
    *,
    groups: int = 1,
    levels: int = 5,
    langs: tuple[Lang, ...] = ("fr", "en"),
    bank_id: str = "consultant-bank",
    version: str = "1",
) -> dict[str, Any]:
    """The raw table of a bank: ``sections`` sections of ``criteria`` criteria each, spread
    over ``groups`` groups, a scale of ``levels`` levels, two stages, one legal item."""

    def t(text: str) -> dict[str, str]:
        return _text(text, langs)

    return {
        "id": bank_id,
        "version": version,
        "title": t(f"Bank of {sections} sections"),
        "source": t("Written for the tests"),
        "scale": [
            {"value": i, "name": t(f"Level {i}"), "description": t(f"Practice level {i}")}
            for i in range(levels)
        ],
        "stages": [
            {"id": "early", "name": t("Early"), "description": t("Early stage"), "min_score": 0},
            {"id": "mature", "name": t("Mature"), "description": t("Mature"), "min_score": 60},
        ],
        "groups": [{"id": f"G{g + 1}", "title": t(f"Group {g + 1}")} for g in range(groups)],
        "sections": [
            {
                "id": f"S{s + 1}",
                "group": f"G{s * groups // sections + 1}",
                "weight": 1.0 + (s % 3),
                "title": t(f"Section {s + 1}"),
                "description": t(f"What section {s + 1} covers"),
                "criteria": [
                    {
                        "id": f"S{s + 1}.{c + 1}",
                        "weight": 1.0 + (c % 2),
                        "text": t(f"Criterion {s + 1}.{c + 1}"),
                        "guidance": t(f"How to judge {s + 1}.{c + 1}"),
                        "evidence": t(f"Evidence for {s + 1}.{c + 1}"),
                    }
                    for c in range(criteria)
                ],
            }
            for s in range(sections)
        ],
        "legal": [{"id": "LAW1", "title": t("Privacy law"), "guidance": t("Check the notice")}],
    }


def sized_bank(sections: int, criteria: int = 3, **options: Any) -> Framework:
    return Framework.model_validate(bank_data(sections, criteria, **options))
