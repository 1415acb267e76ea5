"""Cell values as people type them, turned into model values.

Client lists are written by hand in French or English: "12,3 k" followers, "1 200", "oui",
"05/03/2024", or an Excel serial when a date column lost its format. Each parser returns
None for an empty cell and raises ``ValueError`` with a message naming what was expected, so
the plan can report the row and leave that one field empty instead of dropping the account.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from wizard.audit import labels
from wizard.messages import Both, Message

E = TypeVar("E", bound=StrEnum)

MIN_YEAR = 1970
MAX_YEAR = 2100
_EXCEL_EPOCH = date(1899, 12, 30)
"""Day 0 of Excel's 1900 system, valid for serials from 61 on (Excel's 1900 leap-year bug)."""

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_YMD = re.compile(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[ T].*)?")
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
_THOUSANDS = re.compile(r"\d{1,3}(?:[,.]\d{3})+")
_NUMBER = re.compile(r"(\d+(?:[.,]\d+)?)([a-z]*)")
_MULTIPLIERS = {
    "": 1,
    "k": 1_000,
    "m": 1_000_000,
    "mm": 1_000_000,
    "mio": 1_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "md": 1_000_000_000,
    "g": 1_000_000_000,
    "b": 1_000_000_000,
}
_TRUE = {"oui", "o", "yes", "y", "x", "vrai", "true", "1", "✓", "✔", "ok"}
_FALSE = {"non", "n", "no", "faux", "false", "0", "-", "✗", "✘"}
_UNKNOWN = {"", "?", "inconnu", "inconnue", "unknown", "n/a", "na", "s.o.", "so", "nd", "n.d."}
_LANG_WORDS = {
    "fr": "fr",
    "fra": "fr",
    "fre": "fr",
    "en": "en",
    "eng": "en",
    "ang": "en",
    "es": "es",
    "esp": "es",
    "spa": "es",
    "de": "de",
}
_LANG_NAMES = {
    # code: names in English and French, folded (no accents)
    "fr": "french francais francaise",
    "en": "english anglais anglaise",
    "es": "spanish espanol espagnol castellano",
    "de": "german deutsch allemand",
    "pt": "portuguese portugues portugais",
    "it": "italian italiano italien",
    "zh": "chinese mandarin cantonese chinois",
    "ar": "arabic arabe",
    "ru": "russian russe",
    "ja": "japanese japonais",
    "ko": "korean coreen",
    "vi": "vietnamese vietnamien",
    "tl": "tagalog filipino",
    "hi": "hindi",
    "ht": "haitian creole creole haitien",
    "pl": "polish polonais",
    "nl": "dutch neerlandais",
    "fa": "persian farsi persan",
    "ur": "urdu ourdou",
    "sw": "swahili",
    "uk": "ukrainian ukrainien",
    "iu": "inuktitut",
}
for _code, _names in _LANG_NAMES.items():
    for _name in _names.split():
        _LANG_WORDS[_name] = _code
_LANG_FILLERS = frozenset({"et", "and", "y", "only", "seulement", "language", "langue"})


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lowercase, no accents, punctuation as single spaces: how headers and labels compare."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^0-9a-z@+#%]+", " ", plain).split())


def as_text(value: object) -> str:
    """A cell as text: numbers without a spurious ``.0``, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if not value.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _checked(day: date) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(Message("value.year_range", year=day.year, low=MIN_YEAR, high=MAX_YEAR))
    return day


def excel_serial(serial: float) -> date:
    """An Excel date serial (1900 system), as stored when a cell lost its date format."""
    if serial < 61 or serial > 2_958_465:
        raise ValueError(Message("value.serial_not_date", serial=serial))
    return _checked(_EXCEL_EPOCH + timedelta(days=int(serial)))


def parse_date(value: object) -> date | None:
    """ISO ``2024-03-05``, ``2024/03/05``, day first ``05/03/2024`` or an Excel serial."""
    if isinstance(value, datetime):
        return _checked(value.date())
    if isinstance(value, date):
        return _checked(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return excel_serial(float(value))
    text = as_text(value)
    if not text:
        return None
    try:
        if match := _YMD.fullmatch(text):
            year, month, day = (int(g) for g in match.groups())
        elif match := _DMY.fullmatch(text):
            day, month, year = (int(g) for g in match.groups())
        elif _SERIAL.fullmatch(text):
            return excel_serial(float(text))
        else:
            raise ValueError(Message("value.not_date_example", text=text))
        return _checked(date(year, month, day))
    except ValueError as exc:
        if "is not a date" in str(exc) or "out of range (" in str(exc):
            raise
        raise ValueError(Message("value.not_date_order", text=text)) from None


def _number_text(value: object) -> str:
    text = as_text(value).casefold()
    text = _SPACES.sub("", text).lstrip("~≈+>").rstrip("+")
    return text.replace("mille", "k")


def parse_count(value: object) -> int | None:
    """Follower-style counts: ``12 345``, ``1,234``, ``12,3 k``, ``1.2M``, ``2 millions``."""
    if isinstance(value, bool):
        raise ValueError(Message("value.bool_not_number"))
    if isinstance(value, str) and len(value) <= 15 and value.isascii() and value.isdigit():
        return int(value)  # the common case, exactly what the general path gives
    if isinstance(value, int):
        number: float = value
    elif isinstance(value, float):
        number = value
    else:
        text = _number_text(value)
        if not text:
            return None
        number = _count_from_text(text, as_text(value))
    if number < 0 or number != number:
        raise ValueError(Message("value.not_count", text=as_text(value)))
    if not float(number).is_integer():
        raise ValueError(Message("value.not_whole", text=as_text(value)))
    return int(number)


def _count_from_text(text: str, shown: str) -> float:
    if _THOUSANDS.fullmatch(text):
        return float(re.sub(r"[,.]", "", text))
    match = _NUMBER.fullmatch(text)
    if match is None or match.group(2) not in _MULTIPLIERS:
        raise ValueError(Message("value.not_number_example", text=shown))
    digits, suffix = match.groups()
    return round(float(digits.replace(",", ".")) * _MULTIPLIERS[suffix], 6)


def parse_percent(value: object, *, fraction: bool = False) -> float | None:
    """A rate in percent. ``fraction`` says the column holds 0.035 for 3.5 % (Excel style)."""
    if isinstance(value, bool):
        raise ValueError(Message("value.bool_not_percent"))
    if isinstance(value, int | float):
        rate = float(value) * (100 if fraction else 1)
    else:
        text = _SPACES.sub("", as_text(value)).replace(",", ".")
        if not text:
            return None
        try:
            rate = float(text.rstrip("%"))
        except ValueError:
            raise ValueError(Message("value.not_percent", text=as_text(value))) from None
    if not 0 <= rate <= 100:
        raise ValueError(Message("value.percent_range", text=as_text(value)))
    return round(rate, 4)


def parse_bool(value: object) -> bool | None:
    """oui/non, yes/no, x, vrai/faux, 1/0; "inconnu"/"?" and empty are unknown (None)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = as_text(value).casefold().strip(" .")
    folded = fold(word)
    if word in _TRUE or folded in _TRUE:
        return True
    if word in _FALSE or folded in _FALSE:
        return False
    if word in _UNKNOWN or folded in _UNKNOWN:
        return None
    raise ValueError(Message("value.not_yes_no", text=as_text(value)))


def parse_enum(enum: type[E], value: object) -> E | None:
    """A label in French or English (``Actif``, ``To close``) or the stored identifier."""
    text = as_text(value)
    if not text:
        return None
    found = labels.parse_label(enum, text) or _folded_labels(enum).get(fold(text))
    if found is None:
        expected = Both(*(", ".join(labels.label(v, lang) for v in enum) for lang in ("fr", "en")))
        raise ValueError(Message("value.not_one_of", text=text, expected=expected))
    return enum(found)


@functools.cache
def _folded_labels(enum: type[StrEnum]) -> dict[str, StrEnum]:
    """Identifier and both labels of every value, folded: "a fermer" finds "À fermer"."""
    folded: dict[str, StrEnum] = {}
    for value in enum:
        for text in (value.value, labels.label(value, "fr"), labels.label(value, "en")):
            folded.setdefault(fold(text), value)
    return folded


def language_words() -> frozenset[str]:
    """Language names (not codes) that :func:`parse_languages` reads, folded."""
    return frozenset(w for w in _LANG_WORDS if len(w) > 3)


def parse_languages(value: object) -> list[str]:
    """``fr, en``, ``Français / anglais``, ``English, Spanish``, ``bilingue``: ISO 639 codes,
    in order, once each."""
    text = fold(as_text(value))
    if not text:
        return []
    if text in ("bilingue", "bilingual"):
        return ["fr", "en"]
    codes: list[str] = []
    for word in text.split():
        if word in _LANG_FILLERS:
            continue
        code = _LANG_WORDS.get(word)
        if code is None and re.fullmatch(r"[a-z]{2,3}", word):
            code = word
        if code is None:
            raise ValueError(Message("value.not_languages", text=as_text(value)))
        if code not in codes:
            codes.append(code)
    return codes[:10]
