"""The demo's engagement: the fictional organisation, scope, objectives and auditors."""

from __future__ import annotations

from typing import Any

from .people import DIR_COM

ENGAGEMENT: dict[str, Any] = {
    "organisation": {
        "name": "Agence régionale de la mobilité durable du Val-de-Loire (ARMD) — fictive",
        "sector": "Administration publique régionale — transports et mobilité",
        "size": "large",
        "jurisdiction": "Province de Nouvelle-Laurentie (fictive) — organisme public bilingue",
        "official_languages": ["fr", "en"],
    },
    "title": "Audit de la présence et de la gouvernance des médias sociaux 2026",
    "scope": (
        "Tous les comptes de médias sociaux exploités par l'Agence, ses programmes et ses "
        "campagnes, les comptes de ses dirigeants et employés qui la représentent, et les "
        "comptes tiers qui se présentent comme elle.\n"
        "Gouvernance : stratégie, structure, ressources, sécurité, enjeux juridiques, culture "
        "d'apprentissage. Hors périmètre : publicité payante et site Web."
    ),
    "objectives": (
        "1. Dresser l'inventaire complet et vérifié des comptes.\n"
        "2. Évaluer la maturité de la gouvernance selon le référentiel CEFRIO 2012.\n"
        "3. Vérifier la sécurité des accès (double authentification, récupération, revues).\n"
        "4. Vérifier la conformité aux obligations de langues officielles, d'accessibilité et "
        "de conservation des documents.\n"
        "5. Proposer un plan d'action priorisé pour 2026–2027."
    ),
    "auditors": [
        {"name": "Claude Prototype", "role": "Auditrice principale"},
        {"name": "Noa Maquette", "role": "Auditeur — sécurité de l'information"},
    ],
    "client_contact": DIR_COM,
    "start_date": "2026-02-02",
    "end_date": "2026-04-17",
    "report_date": "2026-04-30",
    "language": "fr",
    "confidentiality": "internal",
    "baseline": "",
}
