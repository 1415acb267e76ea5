"""The demo's legal checklist: one status (and notes) per obligation."""

from __future__ import annotations

from typing import Any

LEGAL: dict[str, dict[str, Any]] = {
    "privacy": {
        "status": "partial",
        "notes": (
            "L'avis sur les médias sociaux mentionne la collecte de renseignements personnels, "
            "mais aucune évaluation des facteurs relatifs à la vie privée n'a été faite pour "
            "la messagerie Facebook ni pour la chaîne WhatsApp."
        ),
    },
    "copyright": {
        "status": "yes",
        "notes": (
            "Formulaire de consentement à l'image utilisé lors des tournages ; licences des "
            "photos de la photothèque indiquées photo par photo."
        ),
    },
    "accessibility": {
        "status": "partial",
        "notes": (
            "Textes alternatifs systématiques sur Facebook et Instagram ; sous-titres complets "
            "sur YouTube. Balado : transcriptions pour la moitié des épisodes seulement."
        ),
    },
    "official_languages": {
        "status": "partial",
        "notes": (
            "Politique de publication simultanée dans les deux langues respectée sur les "
            "comptes principaux ; TikTok et plusieurs comptes de programme ne publient qu'en "
            "français."
        ),
    },
    "records": {
        "status": "no",
        "notes": (
            "Aucun versement régulier des publications au système de gestion documentaire ; "
            "seul l'ancien compte anglais a été archivé avant sa fermeture."
        ),
    },
    "platform_terms": {
        "status": "partial",
        "notes": (
            "Conditions d'utilisation revues en 2023 pour TikTok ; pas de revue pour Bluesky, "
            "Threads ni WhatsApp, ouverts depuis."
        ),
    },
    "moderation": {
        "status": "yes",
        "notes": (
            "Règles de modération publiées et appliquées ; journal des commentaires masqués "
            "tenu par le gestionnaire de communauté."
        ),
    },
    "incident_response": {
        "status": "partial",
        "notes": (
            "Procédure de prise de contrôle de compte rédigée en 2024 mais jamais testée ; "
            "contacts d'urgence des plateformes à jour pour Meta et X seulement."
        ),
    },
}
