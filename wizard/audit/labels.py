"""Bilingual labels for the stored enumerated values.

The model stores stable English identifiers; what people read (in the GUI and the workbook)
comes from here, in French or English. Like the question bank, this is content in two
languages rather than interface chrome, so it lives in the core.
"""

from __future__ import annotations

from enum import StrEnum

from wizard.audit import model as m

_LABEL_LIST: tuple[tuple[StrEnum, tuple[str, str]], ...] = (
    # (fr, en)
    (m.AccountKind.OFFICIAL, ("Officiel (organisation)", "Official (corporate)")),
    (m.AccountKind.PROGRAMME, ("Programme ou campagne", "Programme or campaign")),
    (m.AccountKind.EXECUTIVE, ("Dirigeant", "Executive")),
    (m.AccountKind.EMPLOYEE, ("Employé", "Employee")),
    (m.AccountKind.UNOFFICIAL, ("Non officiel ou usurpateur", "Unofficial or impostor")),
    (m.AccountKind.UNKNOWN, ("Inconnu", "Unknown")),
    (m.AccountStatus.ACTIVE, ("Actif", "Active")),
    (m.AccountStatus.DORMANT, ("Dormant", "Dormant")),
    (m.AccountStatus.TO_CLOSE, ("À fermer", "To close")),
    (m.AccountStatus.CLOSED, ("Fermé", "Closed")),
    (m.AccountStatus.UNKNOWN, ("Inconnu", "Unknown")),
    (m.CredentialStore.PASSWORD_MANAGER, ("Gestionnaire de mots de passe", "Password manager")),
    (m.CredentialStore.SHARED_DOCUMENT, ("Document partagé", "Shared document")),
    (m.CredentialStore.INDIVIDUAL, ("Chez une personne", "Held by one person")),
    (m.CredentialStore.UNKNOWN, ("Inconnu", "Unknown")),
    (m.MfaCoverage.ALL, ("Tous les administrateurs", "All admins")),
    (m.MfaCoverage.SOME, ("Certains administrateurs", "Some admins")),
    (m.MfaCoverage.NONE, ("Aucun", "None")),
    (m.MfaCoverage.UNKNOWN, ("Inconnu", "Unknown")),
    (m.Check.YES, ("Oui", "Yes")),
    (m.Check.PARTIAL, ("Partiel", "Partial")),
    (m.Check.NO, ("Non", "No")),
    (m.Check.NOT_APPLICABLE, ("Sans objet", "Not applicable")),
    (m.Check.UNKNOWN, ("Inconnu", "Unknown")),
    (m.Frequency.DAILY, ("Quotidienne", "Daily")),
    (m.Frequency.WEEKLY, ("Hebdomadaire", "Weekly")),
    (m.Frequency.MONTHLY, ("Mensuelle", "Monthly")),
    (m.Frequency.RARELY, ("Rare", "Rarely")),
    (m.Frequency.NEVER, ("Jamais", "Never")),
    (m.Frequency.UNKNOWN, ("Inconnue", "Unknown")),
    (m.Recommendation.KEEP, ("Conserver", "Keep")),
    (m.Recommendation.MERGE, ("Fusionner", "Merge")),
    (m.Recommendation.CLOSE, ("Fermer", "Close")),
    (m.Recommendation.UNDECIDED, ("À décider", "Undecided")),
    (m.OrgSize.SMALL, ("Moins de 50 personnes", "Under 50 staff")),
    (m.OrgSize.MEDIUM, ("50 à 249 personnes", "50 to 249 staff")),
    (m.OrgSize.LARGE, ("250 à 999 personnes", "250 to 999 staff")),
    (m.OrgSize.VERY_LARGE, ("1 000 personnes et plus", "1,000 staff or more")),
    (m.OrgSize.UNKNOWN, ("Inconnue", "Unknown")),
    (m.Confidentiality.PUBLIC, ("Public", "Public")),
    (m.Confidentiality.INTERNAL, ("Usage interne", "Internal use")),
    (m.Confidentiality.CONFIDENTIAL, ("Confidentiel", "Confidential")),
    (m.Confidentiality.RESTRICTED, ("Diffusion restreinte", "Restricted")),
    (m.Severity.HIGH, ("Élevée", "High")),
    (m.Severity.MEDIUM, ("Moyenne", "Medium")),
    (m.Severity.LOW, ("Faible", "Low")),
    (m.ActionStatus.TODO, ("À faire", "To do")),
    (m.ActionStatus.IN_PROGRESS, ("En cours", "In progress")),
    (m.ActionStatus.DONE, ("Terminée", "Done")),
    (m.ActionStatus.CANCELLED, ("Annulée", "Cancelled")),
    (m.Effort.SMALL, ("Petit (jours)", "Small (days)")),
    (m.Effort.MEDIUM, ("Moyen (semaines)", "Medium (weeks)")),
    (m.Effort.LARGE, ("Important (mois)", "Large (months)")),
    (m.Effort.UNKNOWN, ("Non estimé", "Not estimated")),
    (m.Decision.ACCEPTED, ("Acceptée", "Accepted")),
    (m.Decision.EDITED, ("Modifiée", "Edited")),
    (m.Decision.DISMISSED, ("Écartée", "Dismissed")),
    (m.RiskStatus.OPEN, ("Ouvert", "Open")),
    (m.RiskStatus.MITIGATED, ("Atténué", "Mitigated")),
    (m.RiskStatus.ACCEPTED, ("Accepté", "Accepted")),
    (m.RiskStatus.CLOSED, ("Clos", "Closed")),
)

_LABELS: dict[tuple[type[StrEnum], str], tuple[str, str]] = {
    (type(value), value.value): pair for value, pair in _LABEL_LIST
}
"""Keyed by enum type too: StrEnum members of different enums with the same value
(``AccountStatus.CLOSED`` and ``RiskStatus.CLOSED``) are equal, so keying by member alone made
the last one's labels win for all of them."""

_BOOL = {True: ("Oui", "Yes"), False: ("Non", "No"), None: ("Inconnu", "Unknown")}


def label(value: StrEnum, lang: str) -> str:
    """The label of an enumerated value in ``lang`` ("fr" or "en")."""
    fr, en = _LABELS[type(value), value.value]
    return fr if lang == "fr" else en


def bool_label(value: bool | None, lang: str) -> str:
    fr, en = _BOOL[value]
    return fr if lang == "fr" else en


def choices(enum: type[StrEnum], lang: str) -> list[tuple[StrEnum, str]]:
    """Every value of ``enum`` with its label, in declaration order (for pick-lists)."""
    return [(value, label(value, lang)) for value in enum]


def parse_label(enum: type[StrEnum], text: str) -> StrEnum | None:
    """The value whose identifier or label (either language) is ``text``, ignoring case."""
    wanted = text.strip().casefold()
    for value in enum:
        fr, en = _LABELS[enum, value.value]
        if wanted in (value.value.casefold(), fr.casefold(), en.casefold()):
            return value
    return None
