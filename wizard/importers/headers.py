"""Which column holds what: French and English header names, as clients really write them.

Headers are compared folded (no case, accents, punctuation or extra spaces), so "Réseau",
"RESEAU " and "réseau:" are one name. A header matches a field exactly first; failing that,
the longest field name it contains wins ("Date de création du compte" is a creation date, not
a handle). A few words ("compte", "page", "nom") only say what a column is about, so they are
tried last. The project's own workbook export is recognised through its strings module, so a
renamed export column cannot silently stop round-tripping.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from wizard.audit.field_labels import field_both
from wizard.importers.values import as_text, fold
from wizard.messages import Both, Message
from wizard.workbook.strings import former_inventory_headers, inventory_header, text

IGNORE = "_ignore"
"""Known columns that carry nothing to import (the export's id, problems, evidence and
follower change)."""

SECRET = "_secret"
"""Columns that look like passwords or codes: never imported, never copied into notes."""

WEBSITE = "website"
"""The organisation's own site (registries list it beside each account): copied into the
notes as ``Website: …``, never taken for the account's URL while another column holds one."""

_VARIANTS: dict[str, str] = {
    "platform": (
        "plateforme|platform|reseau|reseau social|reseaux sociaux|network|"
        "social network|media social|medias sociaux|social media|type de reseau"
    ),
    "handle": (
        "identifiant|handle|username|user name|nom d utilisateur|utilisateur|pseudo|"
        "pseudonyme|@|screen name|compte|account|nom de compte|identifiant du compte|"
        "account handle"
    ),
    "url": (
        "url|lien|liens|adresse|link|adresse url|adresse web|web address|address|"
        "lien du compte|url du compte|adresse du compte|account url|profile url|"
        "url du profil|lien du profil|profil|profile|page url|url de la page|"
        "lien vers la page|lien url|hyperlien|hyperlink"
    ),
    "display_name": (
        "nom affiche|display name|nom|name|nom du compte|account name|titre|"
        "nom de la page|page name|libelle|intitule"
    ),
    "kind": "type|kind|type de compte|account type|categorie|category|nature",
    "languages": "langues|langue|languages|language|langue de publication",
    "status": "statut|status|etat|state|statut du compte|account status",
    "verified": "verifie|verified|certifie|compte verifie|badge de verification",
    "created": (
        "cree le|created|date de creation|creation date|created on|creation|"
        "date d ouverture|ouvert le|opened"
    ),
    "in_registry": "au registre|in registry|registre|registry|inscrit au registre",
    "owning_unit": (
        "unite responsable|owning unit|unite|unit|direction|departement|department|"
        "equipe|team|service responsable|secteur|agency|agence|sub agency|bureau|office|"
        "service|ministere|ministry|division|branch|organisme|owner unit"
    ),
    "owner": (
        "responsable|owner|proprietaire|gestionnaire|manager|personne responsable|"
        "account owner|responsable du compte|contact"
    ),
    "admin_count": (
        "nb admin|admins n|nombre d administrateurs|number of admins|admin count|"
        "nb d administrateurs|nombre d admins"
    ),
    "admins": "administrateurs|administrators|admins|admin|administrateur",
    "credentials": (
        "identifiants conserves|credentials kept|credentials|stockage des mots de passe|"
        "password storage|conservation des identifiants|acces conserves"
    ),
    "mfa": (
        "mfa|2fa|a2f|authentification a deux facteurs|two factor authentication|"
        "two factor|authentification multifacteur|double authentification|"
        "multi factor authentication"
    ),
    "recovery_organisational": (
        "recuperation organisationnelle|organisational recovery|organizational recovery|"
        "recuperation|recovery|courriel de recuperation|recovery email"
    ),
    "third_party_apps": (
        "applications tierces|third party apps|outils tiers|applications connectees|"
        "connected apps|outil de gestion|management tool|third party tools"
    ),
    "last_access_review": (
        "derniere revue des acces|last access review|revue des acces|access review"
    ),
    "followers": (
        "abonnes|followers|nombre d abonnes|nb abonnes|nb d abonnes|subscribers|"
        "abonnements|fans|membres|members|mentions j aime|audience size"
    ),
    "posting_frequency": (
        "frequence de publication|posting frequency|frequence|frequency|"
        "rythme de publication|publishing frequency"
    ),
    "last_post": (
        "derniere publication|last post|dernier message|dernier post|last posted|"
        "date de la derniere publication|last activity|derniere activite|"
        "date of last post"
    ),
    "engagement_rate": (
        "taux d engagement|engagement rate|engagement|taux d interaction|engagement %|"
        "taux d engagement %"
    ),
    "audience": "public cible|audience|cible|target audience|public|clientele",
    "purpose": "objectif|purpose|objectifs|but|mission|usage|raison d etre",
    "kpis": "indicateurs|kpis|kpi|indicateurs de performance|metrics",
    "notice_linked": "avis lie|notice linked|avis|avis de confidentialite",
    "moderation_rules": "regles de moderation|moderation rules|moderation|netiquette",
    "accessibility": "accessibilite|accessibility",
    "branding_consistent": "image de marque|consistent branding|branding|charte graphique",
    "official_languages": "langues officielles|official languages",
    "archiving": "archivage|archiving|archive|archives",
    "recommendation": (
        "recommandation|recommendation|decision|action recommandee|recommended action"
    ),
    WEBSITE: (
        "website|site web|site internet|web site|site|agency website|site de l organisation|"
        "organisation website|organization website|homepage|site officiel"
    ),
    "notes": (
        "notes|note|commentaires|commentaire|comments|comment|remarques|remarks|"
        "observations|observation"
    ),
    IGNORE: "id|vigie id|problemes|problems|preuves|evidence|#|no|n",
    SECRET: (
        "mot de passe|mots de passe|password|passwords|mdp|pwd|passe|codes de secours|"
        "code de secours|backup codes|recovery codes|codes de recuperation|"
        "code de recuperation|otp|secret|cle secrete"
    ),
}

_WEAK = frozenset(
    {
        "compte",
        "account",
        "page",
        "nom",
        "name",
        "type",
        "public",
        "contact",
        "n",
        "no",
        "#",
        "site",
        "service",
        "office",
    }
)
"""Words that say what a column is about rather than what it holds: exact matches only,
then tried last."""

FIELDS: tuple[str, ...] = tuple(k for k in _VARIANTS if not k.startswith("_") and k != WEBSITE)
"""Every importable account field, in the order the dialog lists them."""

IDENTITY = frozenset({"url", "handle"})
"""A row needs one of these to be an account."""

CHOICES: tuple[str, ...] = (*FIELDS, WEBSITE)
"""What a column may be mapped to in the dialog or with ``--map``."""


@functools.cache
def _table() -> tuple[dict[str, str], list[tuple[str, str]], list[tuple[str, str]]]:
    """Exact names, then strong and weak names for containment, longest first."""

    exact: dict[str, str] = {}
    for key in ("id", "problems"):
        for lang in ("fr", "en"):
            exact.setdefault(fold(text(key, lang)), IGNORE)
    for key in FIELDS:
        for lang in ("fr", "en"):
            exact.setdefault(fold(inventory_header(key, lang)), key)
        for name in former_inventory_headers(key):  # an older export's header
            exact.setdefault(fold(name), key)
    # file names; a change, not a count; what a discovery recorded
    for key in ("evidence", "followers_change", "official_link", "official_link_source"):
        for lang in ("fr", "en"):
            exact.setdefault(fold(inventory_header(key, lang)), IGNORE)
    for key, names in _VARIANTS.items():
        for name in names.split("|"):
            exact.setdefault(fold(name), key)
    exact[fold(WEBSITE)] = WEBSITE
    strong = sorted(
        ((n, k) for n, k in exact.items() if n not in _WEAK and len(n) >= 3),
        key=lambda item: -len(item[0]),
    )
    weak = [(n, exact[n]) for n in sorted(_WEAK, key=len, reverse=True) if n in exact]
    return exact, strong, weak


def match_header(header: object) -> str | None:
    """The field a header names (or :data:`IGNORE`/:data:`SECRET`), or None if unknown."""
    folded = fold(as_text(header))
    if not folded:
        return None
    exact, strong, weak = _table()
    if folded in exact:
        return exact[folded]
    padded = f" {folded} "
    for candidates in (strong, weak):
        for name, key in candidates:
            if f" {name} " in padded:
                return key
    return None


@dataclass
class Mapping:
    """Column index → field. Editable in the import dialog; the plan only reads it."""

    headers: list[str]
    fields: dict[int, str] = field(default_factory=dict)
    unknown: list[int] = field(default_factory=list)
    """Columns with a header no field matches: reported, optionally kept in notes."""
    ignored: list[int] = field(default_factory=list)
    """Known columns with nothing to import, and second columns for an already mapped field."""
    secret: list[int] = field(default_factory=list)
    guessed: bool = False
    """True when the file has no header row and the fields were guessed from the content."""

    def column(self, key: str) -> int | None:
        return next((i for i, k in self.fields.items() if k == key), None)

    def has_identity(self) -> bool:
        return any(k in IDENTITY for k in self.fields.values())

    def describe(self) -> list[str]:
        """One line per mapped column, for the report."""
        if self.guessed:
            return [
                Message("import.column.mapped", number=i + 1, field=mapped_field(k))
                for i, k in sorted(self.fields.items())
            ]
        return [
            Message("import.header.mapped", header=self.headers[i], field=mapped_field(k))
            for i, k in sorted(self.fields.items())
        ]

    def promote_website(self) -> None:
        """A list whose only address column is headed "Website" lists websites: its URLs."""
        column = self.column(WEBSITE)
        if column is not None and not self.has_identity():
            self.fields[column] = "url"


def mapped_field(key: str) -> Message | Both:
    """What a column was mapped to, as the reader of the report names it."""
    if key == WEBSITE:
        return Message("import.website")
    return field_both(key)


def suggest_mapping(headers: Sequence[object]) -> Mapping:
    """The mapping the headers suggest; the first column wins when two name the same field."""
    names = [as_text(h) for h in headers]
    mapping = Mapping(headers=names)
    for index, name in enumerate(names):
        if not name:
            continue
        key = match_header(name)
        if key is None:
            mapping.unknown.append(index)
        elif key == SECRET:
            mapping.secret.append(index)
        elif key == IGNORE or key in mapping.fields.values():
            mapping.ignored.append(index)
        else:
            mapping.fields[index] = key
    return mapping


def header_score(cells: Sequence[object]) -> int:
    """How many cells of a row read as known headers: the header row scores highest.

    A row holding an address (a URL, an ``@handle``, an e-mail address), or made mostly of
    numbers and dates, is data, never the header row, whatever its other cells say
    ("Department of Agriculture" contains a header word). A lone year among labels does not
    disqualify a header row."""
    if any(looks_like_address_cell(cell) for cell in cells):
        return 0
    filled = [c for c in cells if c is not None and as_text(c)]
    if filled and sum(looks_like_number_cell(c) for c in filled) * 2 > len(filled):
        return 0
    return sum(1 for cell in cells if cell is not None and match_header(cell) is not None)


_ADDRESS = re.compile(
    r"(https?://|www\.|@)\S+|[\w\-]+(\.[\w\-]+)*\.[a-z]{2,}(/\S*)?|\S+@\S+\.\S+",
    re.IGNORECASE,
)
"""URLs with or without a scheme, handles and e-mail addresses."""

_NUMBER = re.compile(r"\d[\d\s.,:/\-%]*")
"""Numbers and dates as text."""


def looks_like_address_cell(cell: object) -> bool:
    """True for a URL, an ``@handle`` or an e-mail address: never a column's name."""
    return isinstance(cell, str) and _ADDRESS.fullmatch(cell.strip()) is not None


def looks_like_number_cell(cell: object) -> bool:
    """True for a number or a date (typed, or as a workbook stores it)."""
    if isinstance(cell, str):
        return _NUMBER.fullmatch(cell.strip()) is not None
    return cell is not None


def find_header_row(rows: Sequence[Sequence[object]], *, scan: int = 30) -> int | None:
    """Index of the header row among the first ``scan`` rows (under any title block), or None.

    The best-scoring row wins, the earliest on a tie. One known header counts only when it is
    the row's only cell (a one-column list headed "URL").
    """
    best, best_score = None, 0
    for index, cells in enumerate(rows[:scan]):
        filled = [c for c in cells if c is not None and as_text(c)]
        score = header_score(filled)
        if score == 1 and len(filled) > 1:
            score = 0
        if score > best_score:
            best, best_score = index, score
    return best


def override(mapping: Mapping, choices: dict[str, str]) -> Mapping:
    """``mapping`` with the user's choices applied (``--map 4=url``, ``--map Site=website``).

    A column is named by its number (from 1) or its header; a field by its name, or
    ``ignore``. Raises ``ValueError`` naming the column or field it cannot place.
    """
    result = Mapping(
        headers=list(mapping.headers),
        fields=dict(mapping.fields),
        unknown=list(mapping.unknown),
        ignored=list(mapping.ignored),
        secret=list(mapping.secret),
        guessed=mapping.guessed,
    )
    for column, choice in choices.items():
        index = _column_index(result, column)
        key = choice.strip().lower()
        if key not in (*CHOICES, "ignore"):
            raise ValueError(
                f"--map {column}={choice}: unknown field {choice!r} "
                f"(one of: ignore, {', '.join(CHOICES)})"
            )
        for lst in (result.unknown, result.ignored, result.secret):
            if index in lst:
                lst.remove(index)
        result.fields.pop(index, None)
        if key == "ignore":
            result.ignored.append(index)
            continue
        for other, existing in list(result.fields.items()):
            if existing == key:  # one column per field: the user's choice wins
                del result.fields[other]
                result.ignored.append(other)
        result.fields[index] = key
    return result


def _column_index(mapping: Mapping, column: str) -> int:
    text = column.strip()
    if text.isdigit():
        index = int(text) - 1
        if 0 <= index < len(mapping.headers):
            return index
        raise ValueError(
            f"--map {column}=…: there is no column {text} (the file has {len(mapping.headers)})"
        )
    folded = [fold(h) for h in mapping.headers]
    if fold(text) in folded:
        return folded.index(fold(text))
    raise ValueError(f"--map {column}=…: no column is headed {column!r}")
