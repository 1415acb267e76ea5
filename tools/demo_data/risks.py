"""The demo's risk register."""

from __future__ import annotations

from typing import Any

RISKS: list[dict[str, Any]] = [
    {
        "id": "risk-01",
        "title": "Prise de contrôle d'un compte à forte audience",
        "description": (
            "Un opérateur sans double authentification se fait hameçonner ; de fausses "
            "alertes de trafic sont publiées sur un compte suivi par 30 000 personnes."
        ),
        "likelihood": 3,
        "impact": 5,
        "owner": "Responsable de la sécurité de l'information",
        "mitigation": (
            "Imposer la double authentification à tous les administrateurs (clés physiques "
            "pour le centre trafic), tester la procédure de reprise de compte."
        ),
        "accounts": ["acc-022", "acc-004", "acc-013"],
        "status": "open",
    },
    {
        "id": "risk-02",
        "title": "Usurpation d'identité et hameçonnage des usagers",
        "description": (
            "Des pages frauduleuses reprennent le logo de l'Agence pour collecter des "
            "données bancaires."
        ),
        "likelihood": 4,
        "impact": 4,
        "owner": "Directrice des communications et de la participation",
        "mitigation": (
            "Veille hebdomadaire des usurpations, signalement aux plateformes, publication de "
            "la liste des comptes officiels, certification des comptes principaux."
        ),
        "accounts": ["acc-035", "acc-036", "acc-038"],
        "status": "open",
    },
    {
        "id": "risk-03",
        "title": "Perte d'accès à des comptes rattachés à des personnes",
        "description": (
            "Des comptes dont la récupération passe par l'adresse personnelle d'un ancien "
            "employé ou d'une stagiaire ne peuvent plus être repris ni fermés."
        ),
        "likelihood": 3,
        "impact": 3,
        "owner": "Directrice des communications et de la participation",
        "mitigation": (
            "Basculer la récupération vers des adresses de service ; demander aux plateformes "
            "la récupération des comptes orphelins."
        ),
        "accounts": ["acc-012", "acc-021", "acc-010"],
        "status": "open",
    },
    {
        "id": "risk-04",
        "title": "Manquement aux obligations de langues officielles",
        "description": (
            "Des contenus publiés dans une seule langue exposent l'Agence à des plaintes "
            "auprès du commissariat aux langues officielles."
        ),
        "likelihood": 3,
        "impact": 3,
        "owner": "Directrice des communications et de la participation",
        "mitigation": (
            "Calendrier éditorial bilingue, traduction prévue dans les délais de publication, "
            "fusion du compte anglais dans le compte principal bilingue."
        ),
        "accounts": ["acc-007", "acc-004", "acc-013", "acc-017"],
        "status": "open",
    },
    {
        "id": "risk-05",
        "title": "Perte de documents publics",
        "description": (
            "Les publications et messages ne sont pas versés au système de gestion "
            "documentaire : une demande d'accès ou un litige ne pourrait pas être documenté."
        ),
        "likelihood": 2,
        "impact": 4,
        "owner": "Responsable de la gestion documentaire",
        "mitigation": (
            "Export trimestriel des comptes principaux et archivage avant toute fermeture."
        ),
        "accounts": ["acc-001", "acc-003", "acc-012", "acc-018", "acc-019"],
        "status": "mitigated",
    },
]
