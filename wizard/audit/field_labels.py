"""What the user reads about each field of an account, in French and English: one table.

The inventory's columns, the account form, the workbook's Inventory headers, the merge
dialog, the progress comparison and the import report all name an account's fields; four
tables of their own had drifted ("Verified" here, "Verified badge" there). They all read
:func:`field_label` now. Like :mod:`wizard.audit.labels` this is content in two languages,
so it lives in the core, where the GUI and the workbook can both reach it.
"""

from __future__ import annotations

from typing import Final

from wizard.messages import Both

ACCOUNT_FIELDS: Final[dict[str, tuple[str, str]]] = {
    # (fr, en); owner.role and owner.name are the two parts of ``owner``
    "id": ("Identifiant interne", "Internal id"),
    "platform": ("Plateforme", "Platform"),
    "handle": ("Identifiant", "Handle"),
    "url": ("Adresse (URL)", "URL"),
    "display_name": ("Nom affiché", "Display name"),
    "kind": ("Type", "Kind"),
    "languages": ("Langues", "Languages"),
    "status": ("Statut", "Status"),
    "verified": ("Badge de vérification", "Verified badge"),
    "created": ("Créé le", "Created"),
    "in_registry": ("Au registre officiel", "In the official registry"),
    "official_link": ("Lié depuis le site officiel", "Linked from the official site"),
    "official_link_source": ("Page qui le lie", "Linking page"),
    "owning_unit": ("Unité responsable", "Owning unit"),
    "owner": ("Responsable", "Owner"),
    "owner.role": ("Responsable (fonction)", "Owner (role)"),
    "owner.name": ("Responsable (nom)", "Owner (name)"),
    "admin_count": ("Nombre d'administrateurs", "Number of admins"),
    "admins": ("Administrateurs", "Administrators"),
    "credentials": ("Identifiants conservés dans", "Credentials kept in"),
    "mfa": ("MFA", "MFA"),
    "recovery_organisational": (
        "Contact de récupération organisationnel",
        "Organisational recovery contact",
    ),
    "third_party_apps": ("Applications tierces connectées", "Connected third-party apps"),
    "last_access_review": ("Dernière revue des accès", "Last access review"),
    "followers": ("Abonnés", "Followers"),
    "posting_frequency": ("Fréquence de publication", "Posting frequency"),
    "last_post": ("Dernière publication", "Last post"),
    "engagement_rate": ("Taux d'engagement (%)", "Engagement rate (%)"),
    "audience": ("Public cible", "Audience"),
    "purpose": ("Objectif", "Purpose"),
    "kpis": ("Indicateurs suivis", "KPIs tracked"),
    "notice_linked": ("Avis ou conditions liés", "Notice or terms linked"),
    "moderation_rules": ("Règles de modération appliquées", "Moderation rules applied"),
    "accessibility": ("Pratiques d'accessibilité", "Accessibility practices"),
    "branding_consistent": ("Image de marque cohérente", "Consistent branding"),
    "official_languages": ("Langues officielles", "Official languages"),
    "archiving": ("Archivage en place", "Archiving in place"),
    "recommendation": ("Recommandation", "Recommendation"),
    "notes": ("Notes", "Notes"),
    "evidence": ("Preuves", "Evidence"),
}

FORMER_HEADERS: Final[dict[str, tuple[str, ...]]] = {
    "verified": ("Vérifié", "Verified"),
    "in_registry": ("Au registre", "In registry"),
    "admin_count": ("Nb admin.", "Admins (n)"),
    "credentials": ("Identifiants conservés", "Credentials kept"),
    "recovery_organisational": ("Récupération organisationnelle", "Organisational recovery"),
    "third_party_apps": ("Applications tierces", "Third-party apps"),
    "engagement_rate": ("Taux d'engagement", "Engagement rate"),
    "kpis": ("Indicateurs", "KPIs"),
    "notice_linked": ("Avis lié", "Notice linked"),
    "moderation_rules": ("Règles de modération", "Moderation rules"),
    "accessibility": ("Accessibilité", "Accessibility"),
    "branding_consistent": ("Image de marque",),
    "archiving": ("Archivage", "Archiving"),
}
"""Headers earlier versions wrote on the Inventory sheet: a workbook exported then and
returned or imported now is still read."""


def field_label(field: str, lang: str) -> str:
    """``field`` of an account (``owner.role`` for a part) as the user reads it in ``lang``;
    an unknown name reads as itself, spaced."""
    pair = ACCOUNT_FIELDS.get(field)
    if pair is None:
        return field.replace("_", " ").replace(".", " · ")
    return pair[0] if lang == "fr" else pair[1]


def field_both(field: str) -> Both:
    """The label in both languages, for a core message rendered later in the reader's."""
    return Both(field_label(field, "fr"), field_label(field, "en"))
