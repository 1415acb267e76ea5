"""The demo's findings reviews, the auditor's own findings and the action plan."""

from __future__ import annotations

from typing import Any

OWN_FINDINGS: list[dict[str, Any]] = [
    {
        "id": "own-01",
        "title": "Comptes ouverts par des dirigeants sans passer par le registre",
        "detail": (
            "La directrice générale a ouvert un compte Bluesky en 2025 sans en informer la "
            "Direction des communications ; le président du conseil commente les décisions "
            "sur son profil personnel. Aucune règle ne précise ce qui est attendu des comptes "
            "des dirigeants."
        ),
        "recommendation": (
            "Adopter une directive sur les comptes des dirigeants (inscription au registre, "
            "accompagnement, sécurité, mention de la fonction) et la présenter au comité de "
            "direction."
        ),
        "severity": "medium",
        "criterion": "ST1.1",
        "accounts": ["acc-027", "acc-028", "acc-029", "acc-030"],
    },
]

FINDING_REVIEWS: dict[str, dict[str, Any]] = {
    "inv.no_mfa": {"decision": "accepted"},
    "inv.not_in_registry": {
        "decision": "edited",
        "reason": (
            "Le registre ne couvre volontairement que les comptes institutionnels ; seule "
            "la campagne « Défi sans auto » aurait dû y figurer."
        ),
        "severity": "low",
    },
}

ACTIONS: list[dict[str, Any]] = [
    {
        "id": "act-01",
        "title": "Imposer la double authentification à tous les administrateurs",
        "detail": (
            "Clés de sécurité physiques pour les opérateurs du centre trafic ; vérification "
            "compte par compte, consignée au registre."
        ),
        "finding": "inv.no_mfa",
        "priority": "high",
        "owner": "Responsable de la sécurité de l'information",
        "due": "2026-05-31",
        "status": "in_progress",
        "effort": "medium",
    },
    {
        "id": "act-02",
        "title": "Archiver puis fermer les comptes dormants et le compte Vimeo",
        "detail": "Vimeo, Semaine de la mobilité (Facebook, Instagram), Défi sans auto, Telegram.",
        "finding": "inv.dormant",
        "priority": "high",
        "owner": "Directrice des communications et de la participation",
        "due": "2026-06-30",
        "status": "todo",
        "effort": "medium",
    },
    {
        "id": "act-03",
        "title": "Faire retirer la page frauduleuse « Remboursements »",
        "detail": (
            "Relancer le signalement, déposer une plainte pour usurpation, publier un "
            "avertissement épinglé sur les comptes officiels."
        ),
        "finding": "inv.unofficial",
        "priority": "high",
        "owner": "Directrice des communications et de la participation",
        "due": "2026-04-15",
        "status": "in_progress",
        "effort": "small",
    },
    {
        "id": "act-04",
        "title": "Revoir les accès de tous les comptes deux fois par an",
        "detail": "Première revue complète en mai 2026, incluant la chaîne WhatsApp.",
        "finding": "inv.stale_review",
        "priority": "medium",
        "owner": "Gestionnaire de communauté",
        "due": "2026-05-15",
        "status": "todo",
        "effort": "small",
    },
    {
        "id": "act-05",
        "title": "Adopter une directive sur les comptes des dirigeants",
        "detail": "",
        "finding": "own-01",
        "priority": "medium",
        "owner": "Directrice générale",
        "due": "2026-09-30",
        "status": "todo",
        "effort": "large",
    },
    {
        "id": "act-06",
        "title": "Lancer un programme de formation continue aux médias sociaux",
        "detail": (
            "Parcours annuel pour les gestionnaires et les ambassadeurs ; communauté de "
            "pratique trimestrielle ; budget à prévoir au plan 2027."
        ),
        "finding": "",
        "priority": "low",
        "owner": "Directeur des ressources humaines",
        "due": "2026-12-15",
        "status": "todo",
        "effort": "large",
    },
    {
        "id": "act-07",
        "title": "Lier l'avis d'utilisation depuis tous les profils",
        "detail": "Threads, Bluesky, WhatsApp : fait pendant l'audit.",
        "finding": "inv.no_notice",
        "priority": "low",
        "owner": "Gestionnaire de communauté",
        "due": "2026-03-31",
        "status": "done",
    },
]
