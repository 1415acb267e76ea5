"""Regenerate the demonstration audit, ``resources/demo/demo-audit.json``.

The demo is a FICTIONAL regional public body (no real organisation, no real person: every
name is obviously invented). It is stored without its ``framework``: :func:`wizard.demo.
demo_session` loads it onto the installed default bank, so the generator checks every
criterion id against that bank and refuses to write a demo the app could not open.

Run from the repository root::

    .venv/bin/python tools/build_demo.py

Everything is fixed (ids, dates), so running it twice gives the same bytes. The evidence
attachment is a data file (``resources/demo/evidence/``); its SHA-256 is computed here and
stored in the JSON, and :func:`wizard.demo.demo_session` checks it.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.framework import default_bank  # noqa: E402
from wizard.model import Audit  # noqa: E402

DEMO_DIR = ROOT / "resources" / "demo"
JSON_PATH = DEMO_DIR / "demo-audit.json"
EVIDENCE_DIR = DEMO_DIR / "evidence"

AUDIT_ID = "demo-armd-2026"
CREATED = "2026-02-02T08:30:00Z"
MODIFIED = "2026-03-20T16:45:00Z"

# --- people (obviously fictional)

DG = {"name": "Camille Exemple", "role": "Directrice générale"}
PRESIDENT = {"name": "Dominique Modèle", "role": "Président du conseil d'administration"}
DIR_COM = {"name": "Alex Démo", "role": "Directrice des communications et de la participation"}
CM = {"name": "Sacha Témoin", "role": "Gestionnaire de communauté"}
CM2 = {"name": "", "role": "Conseiller en communication numérique"}
RSSI = {"name": "Morgan Placebo", "role": "Responsable de la sécurité de l'information"}
TRAFIC = {"name": "", "role": "Chef du centre d'information trafic"}
PROJETS = {"name": "Lou Échantillon", "role": "Chargée de projets mobilité active"}
INGENIEUR = {"name": "Jordan Fictif", "role": "Ingénieur en planification des transports"}
DATA = {"name": "Rémi Gabarit", "role": "Analyste de données de mobilité"}

COM_UNIT = "Direction des communications et de la participation"

# --- the evidence document: a data file, hashed here; the hash is stored in the JSON

EVIDENCE_FILENAME = "registre-des-comptes-extrait.txt"
EVIDENCE_ADDED = "2026-02-10T14:05:00Z"
# --- accounts

BASE: dict[str, Any] = {
    "kind": "official",
    "languages": ["fr", "en"],
    "status": "active",
    "verified": True,
    "in_registry": True,
    "owning_unit": COM_UNIT,
    "owner": DIR_COM,
    "admin_count": 3,
    "admins": [CM, CM2, {"name": "", "role": "Directrice des communications (secours)"}],
    "credentials": "password_manager",
    "mfa": "all",
    "recovery_organisational": True,
    "third_party_apps": "Outil de planification des publications (licence de l'Agence)",
    "last_access_review": "2025-11-14",
    "posting_frequency": "weekly",
    "notice_linked": "yes",
    "moderation_rules": "yes",
    "accessibility": "partial",
    "branding_consistent": "yes",
    "official_languages": "yes",
    "archiving": "yes",
    "recommendation": "keep",
}

# Fields every account spells out, whatever BASE says, in model order.
ACCOUNTS: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- official corporate
    {
        "id": "acc-001",
        "platform": "facebook",
        "handle": "armd.valdeloire",
        "url": "https://www.facebook.com/armd.valdeloire",
        "display_name": "ARMD – Mobilité durable Val-de-Loire",
        "created": "2016-03-01",
        "admin_count": 4,
        "admins": [CM, CM2, TRAFIC, {"name": "", "role": "Directrice des communications"}],
        "followers": 48_200,
        "posting_frequency": "daily",
        "last_post": "2026-03-19",
        "engagement_rate": 2.1,
        "audience": "Grand public, usagers du réseau régional",
        "purpose": "Page institutionnelle : annonces, consultations publiques, service aux usagers",
        "kpis": "Portée mensuelle, taux d'engagement, délai de réponse aux messages (< 1 jour)",
        "accessibility": "yes",
        "notes": "Messagerie ouverte : délai de réponse médian mesuré à 6 h ouvrables.",
    },
    {
        "id": "acc-002",
        "platform": "instagram",
        "handle": "armd_valdeloire",
        "url": "https://www.instagram.com/armd_valdeloire",
        "display_name": "ARMD Val-de-Loire",
        "created": "2017-05-15",
        "followers": 21_700,
        "posting_frequency": "weekly",
        "last_post": "2026-03-17",
        "engagement_rate": 3.8,
        "audience": "Jeunes adultes, étudiants, cyclistes",
        "purpose": "Valoriser les projets de mobilité active et les chantiers en images.",
        "kpis": "Abonnés, taux d'engagement, clics vers le site",
        "official_languages": "partial",
        "notes": "Les légendes anglaises sont souvent plus courtes que les françaises.",
        "evidence_from_registry": True,
    },
    {
        "id": "acc-003",
        "platform": "x",
        "handle": "armd_valdeloire",
        "url": "https://x.com/armd_valdeloire",
        "display_name": "ARMD Val-de-Loire",
        "created": "2014-09-02",
        "followers": 15_400,
        "posting_frequency": "daily",
        "last_post": "2026-03-20",
        "engagement_rate": 0.7,
        "audience": "Médias, élus, partenaires institutionnels",
        "purpose": "Relations médias, annonces officielles, relais des alertes majeures.",
        "kpis": "Mentions presse, impressions",
        "third_party_apps": "Outil de planification ; outil de veille (accès en lecture)",
        "notes": "Certification gouvernementale obtenue en 2023.",
    },
    {
        "id": "acc-004",
        "platform": "x",
        "handle": "armd_vdl_en",
        "url": "https://x.com/armd_vdl_en",
        "display_name": "ARMD Val-de-Loire (English)",
        "languages": ["en"],
        "verified": False,
        "created": "2019-01-14",
        "admin_count": 2,
        "admins": [CM2, {"name": "", "role": "Traductrice-réviseure"}],
        "mfa": "some",
        "last_access_review": "2024-10-02",
        "followers": 1_350,
        "posting_frequency": "monthly",
        "last_post": "2026-02-11",
        "engagement_rate": 0.3,
        "audience": "Anglophone residents and partners",
        "purpose": "English versions of corporate announcements.",
        "kpis": "",
        "official_languages": "partial",
        "recommendation": "merge",
        "notes": (
            "Doublon du compte principal, qui est déjà bilingue ; la traductrice n'a pas "
            "activé la double authentification. Fusion recommandée dans @armd_valdeloire."
        ),
    },
    {
        "id": "acc-005",
        "platform": "linkedin",
        "handle": "armd-valdeloire",
        "url": "https://www.linkedin.com/company/armd-valdeloire",
        "display_name": "Agence régionale de la mobilité durable du Val-de-Loire",
        "created": "2015-01-20",
        "owning_unit": "Direction des ressources humaines",
        "owner": {"name": "", "role": "Directeur des ressources humaines"},
        "admin_count": 5,
        "admins": [
            {"name": "", "role": "Conseillère en acquisition de talents"},
            {"name": "", "role": "Conseiller en acquisition de talents"},
            CM,
            CM2,
            {"name": "", "role": "Directeur des ressources humaines"},
        ],
        "followers": 9_800,
        "posting_frequency": "weekly",
        "last_post": "2026-03-12",
        "engagement_rate": 4.2,
        "audience": "Candidats, partenaires professionnels",
        "purpose": "Marque employeur, offres d'emploi, appels d'offres.",
        "kpis": "Candidatures issues de LinkedIn, abonnés",
        "notes": "Deux administrateurs du service RH ont changé de poste sans retrait d'accès.",
    },
    {
        "id": "acc-006",
        "platform": "youtube",
        "handle": "armd_valdeloire",
        "url": "https://www.youtube.com/@armd_valdeloire",
        "display_name": "ARMD Val-de-Loire",
        "created": "2015-06-10",
        "followers": 6_100,
        "posting_frequency": "monthly",
        "last_post": "2026-02-27",
        "engagement_rate": 1.4,
        "audience": "Grand public, participants aux consultations",
        "purpose": "Séances publiques, vidéos explicatives des projets.",
        "kpis": "Vues, durée moyenne de visionnage",
        "accessibility": "yes",
        "notes": "Sous-titres français et anglais vérifiés sur toutes les vidéos depuis 2024.",
    },
    {
        "id": "acc-007",
        "platform": "tiktok",
        "handle": "armd_valdeloire",
        "url": "https://www.tiktok.com/@armd_valdeloire",
        "display_name": "ARMD Val-de-Loire",
        "languages": ["fr"],
        "verified": False,
        "created": "2023-04-03",
        "admin_count": 2,
        "admins": [CM, {"name": "", "role": "Stagiaire en communication"}],
        "followers": 12_900,
        "posting_frequency": "weekly",
        "last_post": "2026-03-14",
        "engagement_rate": 6.5,
        "audience": "15–24 ans",
        "purpose": "Sensibiliser les jeunes aux transports collectifs et au vélo.",
        "kpis": "Vues, partages",
        "third_party_apps": "",
        "official_languages": "no",
        "notes": (
            "Contenu uniquement en français. Évaluation juridique de la plateforme faite "
            "en 2023 ; à renouveler."
        ),
    },
    {
        "id": "acc-008",
        "platform": "threads",
        "handle": "armd_valdeloire",
        "url": "https://www.threads.net/@armd_valdeloire",
        "display_name": "ARMD Val-de-Loire",
        "verified": False,
        "created": "2023-07-06",
        "followers": 2_300,
        "posting_frequency": "weekly",
        "last_post": "2026-03-18",
        "engagement_rate": 1.1,
        "audience": "Grand public",
        "purpose": "Reprise des publications Instagram.",
        "kpis": "",
        "notice_linked": "no",
        "notes": "Profil sans lien vers l'avis d'utilisation des médias sociaux.",
    },
    {
        "id": "acc-009",
        "platform": "bluesky",
        "handle": "armd-valdeloire.bsky.social",
        "url": "https://bsky.app/profile/armd-valdeloire.bsky.social",
        "display_name": "ARMD Val-de-Loire",
        "verified": False,
        "created": "2024-11-18",
        "admin_count": 2,
        "admins": [CM, CM2],
        "third_party_apps": "",
        "followers": 3_050,
        "posting_frequency": "daily",
        "last_post": "2026-03-20",
        "engagement_rate": 2.4,
        "audience": "Médias, chercheurs, élus",
        "purpose": "Relais des annonces officielles, en parallèle de X.",
        "kpis": "Abonnés",
        "notice_linked": "no",
        "notes": "Domaine personnalisé (armd-valdeloire.example) prévu mais pas configuré.",
    },
    {
        "id": "acc-010",
        "platform": "mastodon",
        "handle": "armd_valdeloire@mastodon.social",
        "url": "https://mastodon.social/@armd_valdeloire",
        "display_name": "ARMD Val-de-Loire",
        "verified": None,
        "created": "2022-11-21",
        "admin_count": 1,
        "admins": [CM2],
        "third_party_apps": "Passerelle de publication automatique depuis le site web",
        "followers": 870,
        "posting_frequency": "weekly",
        "last_post": "2026-03-16",
        "engagement_rate": 0.9,
        "audience": "Communauté technique, logiciels libres",
        "purpose": "Publication automatique des communiqués.",
        "kpis": "",
        "notice_linked": "partial",
        "moderation_rules": "partial",
        "notes": (
            "Un seul administrateur : si son accès est perdu, l'Agence ne peut plus gérer le "
            "compte. Avis lié en français seulement."
        ),
    },
    {
        "id": "acc-011",
        "platform": "flickr",
        "handle": "armd_valdeloire",
        "url": "https://www.flickr.com/photos/armd_valdeloire",
        "display_name": "ARMD Val-de-Loire – photothèque",
        "verified": None,
        "created": "2012-10-09",
        "admin_count": 2,
        "admins": [CM, {"name": "", "role": "Photographe de l'Agence"}],
        "third_party_apps": "",
        "mfa": "unknown",
        "last_access_review": "2024-05-21",
        "followers": 410,
        "posting_frequency": "monthly",
        "last_post": "2026-01-30",
        "engagement_rate": None,
        "audience": "Médias, partenaires",
        "purpose": "Photothèque libre de droits pour la presse.",
        "kpis": "Téléchargements",
        "moderation_rules": "not_applicable",
        "notes": "Licences Creative Commons indiquées photo par photo ; MFA non vérifiée.",
    },
    {
        "id": "acc-012",
        "platform": "vimeo",
        "handle": "armdvaldeloire",
        "url": "https://vimeo.com/armdvaldeloire",
        "display_name": "ARMD Val-de-Loire",
        "status": "dormant",
        "verified": None,
        "created": "2013-04-08",
        "admin_count": 1,
        "admins": [{"name": "", "role": "Ancien vidéaste (poste supprimé)"}],
        "credentials": "shared_document",
        "mfa": "none",
        "recovery_organisational": False,
        "third_party_apps": "",
        "last_access_review": "2024-05-21",
        "followers": 95,
        "posting_frequency": "never",
        "last_post": "2021-06-15",
        "engagement_rate": None,
        "audience": "",
        "purpose": "Ancien hébergement vidéo, remplacé par YouTube en 2015.",
        "kpis": "",
        "moderation_rules": "not_applicable",
        "accessibility": "no",
        "official_languages": "no",
        "archiving": "no",
        "recommendation": "close",
        "notes": (
            "Identifiants notés dans un tableur partagé de l'équipe ; adresse de récupération "
            "personnelle d'un ancien employé. Archiver les 34 vidéos puis fermer."
        ),
        "evidence_from_registry": True,
    },
    {
        "id": "acc-013",
        "platform": "podcast",
        "handle": "id1700000001",
        "url": "https://podcasts.apple.com/ca/podcast/en-route-le-balado-de-l-armd/id1700000001",
        "display_name": "En route ! Le balado de l'ARMD",
        "kind": "programme",
        "languages": ["fr"],
        "verified": None,
        "created": "2024-02-05",
        "admin_count": 2,
        "admins": [CM, {"name": "", "role": "Réalisateur (prestataire)"}],
        "third_party_apps": "Plateforme d'hébergement de balados (contrat annuel)",
        "mfa": "some",
        "followers": 1_200,
        "posting_frequency": "monthly",
        "last_post": "2026-03-03",
        "engagement_rate": None,
        "audience": "Navetteurs, grand public",
        "purpose": "Balado mensuel sur les projets et les métiers de la mobilité.",
        "kpis": "Écoutes par épisode, taux d'écoute complète",
        "moderation_rules": "not_applicable",
        "accessibility": "partial",
        "official_languages": "partial",
        "notes": "Transcriptions publiées pour la moitié des épisodes ; pas de version anglaise.",
    },
    {
        "id": "acc-014",
        "platform": "whatsapp",
        "handle": "0029VbArmdValDeLoire2025",
        "url": "https://whatsapp.com/channel/0029VbArmdValDeLoire2025",
        "display_name": "ARMD Val-de-Loire – chaîne d'information",
        "verified": False,
        "created": "2025-03-10",
        "admin_count": 2,
        "admins": [CM, TRAFIC],
        "third_party_apps": "",
        "recovery_organisational": True,
        "last_access_review": None,
        "followers": 4_600,
        "posting_frequency": "weekly",
        "last_post": "2026-03-19",
        "engagement_rate": None,
        "audience": "Usagers abonnés aux perturbations",
        "purpose": "Annonces de perturbations majeures et de consultations.",
        "kpis": "Abonnés",
        "notice_linked": "no",
        "moderation_rules": "not_applicable",
        "notes": (
            "Chaîne rattachée au numéro de téléphone professionnel du centre trafic. "
            "Jamais incluse dans une revue des accès."
        ),
    },
    {
        "id": "acc-015",
        "platform": "telegram",
        "handle": "armd_valdeloire",
        "url": "https://t.me/armd_valdeloire",
        "display_name": "ARMD Val-de-Loire",
        "status": "to_close",
        "verified": None,
        "created": "2020-04-01",
        "admin_count": 2,
        "admins": [CM, {"name": "", "role": "Ancienne conseillère (partie en 2024)"}],
        "third_party_apps": "",
        "mfa": "some",
        "last_access_review": "2024-10-02",
        "followers": 640,
        "posting_frequency": "rarely",
        "last_post": "2025-10-06",
        "engagement_rate": None,
        "audience": "Usagers",
        "purpose": "Doublon de la chaîne WhatsApp et du canal info trafic.",
        "kpis": "",
        "notice_linked": "no",
        "moderation_rules": "not_applicable",
        "official_languages": "partial",
        "archiving": "partial",
        "recommendation": "close",
        "notes": (
            "Fermeture décidée par le comité éditorial en janvier 2026 ; message de "
            "redirection à publier avant la fermeture."
        ),
    },
    # ---------------------------------------------------------------- programmes, campaigns
    {
        "id": "acc-016",
        "platform": "facebook",
        "handle": "covoiturage.valdeloire",
        "url": "https://www.facebook.com/covoiturage.valdeloire",
        "display_name": "Covoiturage Val-de-Loire",
        "kind": "programme",
        "verified": False,
        "created": "2018-09-17",
        "owning_unit": "Direction des services aux usagers",
        "owner": {"name": "", "role": "Directeur des services aux usagers"},
        "admin_count": 3,
        "admins": [
            {"name": "", "role": "Agente de promotion du covoiturage"},
            {"name": "", "role": "Agent de promotion du covoiturage"},
            CM,
        ],
        "followers": 7_350,
        "posting_frequency": "weekly",
        "last_post": "2026-03-15",
        "engagement_rate": 3.2,
        "audience": "Navetteurs",
        "purpose": "Animer la communauté du programme de covoiturage régional.",
        "kpis": "Inscriptions au programme via la page",
        "branding_consistent": "no",
        "notes": (
            "Logo et couleurs d'avant 2021 : l'identité visuelle de l'Agence n'a jamais été "
            "appliquée à cette page."
        ),
    },
    {
        "id": "acc-017",
        "platform": "instagram",
        "handle": "velo_valdeloire",
        "url": "https://www.instagram.com/velo_valdeloire",
        "display_name": "À vélo au boulot – Val-de-Loire",
        "kind": "programme",
        "verified": False,
        "created": "2021-04-12",
        "owning_unit": "Direction de la mobilité active",
        "owner": PROJETS,
        "admin_count": 2,
        "admins": [PROJETS, CM],
        "third_party_apps": "",
        "followers": 5_900,
        "posting_frequency": "weekly",
        "last_post": "2026-03-11",
        "engagement_rate": 5.1,
        "audience": "Cyclistes, employeurs participants",
        "purpose": "Campagne annuelle de promotion du vélo pour les déplacements domicile-travail.",
        "kpis": "Participants au défi annuel, mentions du mot-clic",
        "official_languages": "partial",
        "notes": "",
    },
    {
        "id": "acc-018",
        "platform": "instagram",
        "handle": "semaine_mobilite_vdl",
        "url": "https://www.instagram.com/semaine_mobilite_vdl",
        "display_name": "Semaine de la mobilité VDL",
        "kind": "programme",
        "status": "dormant",
        "verified": False,
        "created": "2022-08-01",
        "owning_unit": "Direction de la mobilité active",
        "owner": {"name": "", "role": "Chargée de projets mobilité active"},
        "admin_count": 2,
        "admins": [PROJETS, {"name": "", "role": "Agence événementielle (prestataire)"}],
        "third_party_apps": "",
        "mfa": "unknown",
        "last_access_review": "2023-10-05",
        "followers": 1_150,
        "posting_frequency": "never",
        "last_post": "2023-09-24",
        "engagement_rate": None,
        "audience": "Grand public",
        "purpose": "Campagne ponctuelle de la Semaine de la mobilité 2022 et 2023.",
        "kpis": "",
        "official_languages": "partial",
        "archiving": "no",
        "recommendation": "merge",
        "notes": (
            "Le prestataire événementiel a toujours un accès administrateur. Rediriger vers "
            "@velo_valdeloire et fermer."
        ),
    },
    {
        "id": "acc-019",
        "platform": "facebook",
        "handle": "semainemobilitevdl",
        "url": "https://www.facebook.com/semainemobilitevdl",
        "display_name": "Semaine de la mobilité VDL",
        "kind": "programme",
        "status": "dormant",
        "verified": False,
        "created": "2022-08-01",
        "owning_unit": "Direction de la mobilité active",
        "owner": {"name": "", "role": "Chargée de projets mobilité active"},
        "admin_count": 2,
        "admins": [PROJETS, {"name": "", "role": "Agence événementielle (prestataire)"}],
        "third_party_apps": "",
        "mfa": "some",
        "last_access_review": "2023-10-05",
        "followers": 2_050,
        "posting_frequency": "never",
        "last_post": "2023-09-25",
        "engagement_rate": None,
        "audience": "Grand public",
        "purpose": "Campagne ponctuelle de la Semaine de la mobilité 2022 et 2023.",
        "kpis": "",
        "official_languages": "partial",
        "archiving": "no",
        "recommendation": "merge",
        "notes": "Messages privés sans réponse depuis 2023 (12 en attente).",
    },
    {
        "id": "acc-020",
        "platform": "youtube",
        "handle": "tad_valdeloire",
        "url": "https://www.youtube.com/@tad_valdeloire",
        "display_name": "Transport à la demande Val-de-Loire – tutoriels",
        "kind": "programme",
        "verified": False,
        "created": "2021-01-25",
        "owning_unit": "Direction des services aux usagers",
        "owner": {"name": "", "role": "Directeur des services aux usagers"},
        "admin_count": 2,
        "admins": [{"name": "", "role": "Agente de service à la clientèle"}, CM],
        "third_party_apps": "",
        "followers": 780,
        "posting_frequency": "rarely",
        "last_post": "2025-12-02",
        "engagement_rate": 0.8,
        "audience": "Personnes âgées, personnes à mobilité réduite, aidants",
        "purpose": "Tutoriels de réservation du transport à la demande.",
        "kpis": "Vues par tutoriel",
        "accessibility": "yes",
        "recommendation": "merge",
        "notes": "Pourrait devenir une playlist de la chaîne principale.",
    },
    {
        "id": "acc-021",
        "platform": "tiktok",
        "handle": "defi_sans_auto",
        "url": "https://www.tiktok.com/@defi_sans_auto",
        "display_name": "Défi sans auto",
        "kind": "programme",
        "languages": ["fr"],
        "status": "dormant",
        "verified": False,
        "created": "2024-05-06",
        "owning_unit": "Direction de la mobilité active",
        "owner": {"name": "", "role": "Chargée de projets mobilité active"},
        "admin_count": 1,
        "admins": [{"name": "", "role": "Stagiaire en communication (contrat terminé)"}],
        "credentials": "individual",
        "mfa": "unknown",
        "recovery_organisational": False,
        "third_party_apps": "",
        "last_access_review": None,
        "followers": 3_400,
        "posting_frequency": "never",
        "last_post": "2024-06-30",
        "engagement_rate": None,
        "audience": "15–24 ans",
        "purpose": "Campagne « Défi sans auto » de juin 2024.",
        "kpis": "",
        "official_languages": "no",
        "archiving": "no",
        "recommendation": "close",
        "in_registry": False,
        "notes": (
            "Créé par une stagiaire avec son adresse personnelle ; l'Agence ne contrôle pas "
            "la récupération du compte. Jamais inscrit au registre."
        ),
    },
    {
        "id": "acc-022",
        "platform": "x",
        "handle": "info_trafic_vdl",
        "url": "https://x.com/info_trafic_vdl",
        "display_name": "Info trafic Val-de-Loire",
        "kind": "programme",
        "created": "2018-02-01",
        "owning_unit": "Centre d'information trafic",
        "owner": TRAFIC,
        "admin_count": 9,
        "admins": [TRAFIC, *({"name": "", "role": "Opérateur du centre trafic"} for _ in range(8))],
        "third_party_apps": "Flux automatique des alertes du système de gestion du trafic",
        "mfa": "some",
        "last_access_review": "2025-06-30",
        "followers": 31_800,
        "posting_frequency": "daily",
        "last_post": "2026-03-20",
        "engagement_rate": 1.6,
        "audience": "Automobilistes, usagers des transports collectifs",
        "purpose": "Alertes de trafic et de perturbations en temps réel, 6 h – 22 h.",
        "kpis": "Délai de publication d'une alerte, abonnés",
        "accessibility": "yes",
        "notes": (
            "Neuf opérateurs en rotation ; trois n'ont pas activé la double authentification "
            "(téléphones personnels non fournis)."
        ),
    },
    {
        "id": "acc-023",
        "platform": "telegram",
        "handle": "info_trafic_vdl",
        "url": "https://t.me/info_trafic_vdl",
        "display_name": "Info trafic Val-de-Loire",
        "kind": "programme",
        "verified": None,
        "created": "2022-10-03",
        "owning_unit": "Centre d'information trafic",
        "owner": TRAFIC,
        "admin_count": 2,
        "admins": [TRAFIC, {"name": "", "role": "Opérateur du centre trafic"}],
        "third_party_apps": "Robot de diffusion des alertes (développé en interne)",
        "last_access_review": "2025-06-30",
        "followers": 5_200,
        "posting_frequency": "daily",
        "last_post": "2026-03-20",
        "engagement_rate": None,
        "audience": "Usagers des transports collectifs",
        "purpose": "Diffusion automatique des alertes de perturbation.",
        "kpis": "Abonnés",
        "moderation_rules": "not_applicable",
        "notes": "",
        "evidence_from_registry": True,
    },
    {
        "id": "acc-024",
        "platform": "linkedin",
        "handle": "carrefour-innovation-mobilite",
        "url": "https://www.linkedin.com/showcase/carrefour-innovation-mobilite",
        "display_name": "Carrefour de l'innovation en mobilité",
        "kind": "programme",
        "verified": False,
        "created": "2023-02-13",
        "owning_unit": "Direction de la planification et de l'innovation",
        "owner": {"name": "", "role": "Directrice de la planification et de l'innovation"},
        "admin_count": 2,
        "admins": [DATA, CM],
        "third_party_apps": "",
        "followers": 2_700,
        "posting_frequency": "monthly",
        "last_post": "2026-03-05",
        "engagement_rate": 3.0,
        "audience": "Entreprises, chercheurs, jeunes pousses",
        "purpose": "Programme d'appels à projets d'innovation.",
        "kpis": "Projets déposés",
        "notes": "",
    },
    {
        "id": "acc-025",
        "platform": "flickr",
        "handle": "pole_echanges_gare",
        "url": "https://www.flickr.com/photos/pole_echanges_gare",
        "display_name": "Chantier du pôle d'échanges de la gare",
        "kind": "programme",
        "status": "dormant",
        "verified": None,
        "created": "2019-03-04",
        "owning_unit": "Direction des grands projets",
        "owner": {"name": "", "role": "Directeur des grands projets"},
        "admin_count": 2,
        "admins": [{"name": "", "role": "Chargé de communication de chantier"}, CM],
        "third_party_apps": "",
        "mfa": "unknown",
        "last_access_review": "2023-03-15",
        "followers": 130,
        "posting_frequency": "never",
        "last_post": "2024-11-08",
        "engagement_rate": None,
        "audience": "Riverains, médias",
        "purpose": "Suivi photographique du chantier (terminé en 2024).",
        "kpis": "",
        "moderation_rules": "not_applicable",
        "official_languages": "no",
        "archiving": "partial",
        "recommendation": "merge",
        "notes": "Verser les albums dans la photothèque principale, puis fermer.",
    },
    {
        "id": "acc-026",
        "platform": "bluesky",
        "handle": "infotrafic-vdl.bsky.social",
        "url": "https://bsky.app/profile/infotrafic-vdl.bsky.social",
        "display_name": "Info trafic Val-de-Loire",
        "kind": "programme",
        "verified": False,
        "created": "2025-01-20",
        "owning_unit": "Centre d'information trafic",
        "owner": TRAFIC,
        "admin_count": 2,
        "admins": [TRAFIC, {"name": "", "role": "Opérateur du centre trafic"}],
        "third_party_apps": "Flux automatique des alertes du système de gestion du trafic",
        "last_access_review": "2025-06-30",
        "followers": 1_900,
        "posting_frequency": "daily",
        "last_post": "2026-03-20",
        "engagement_rate": 0.6,
        "audience": "Usagers",
        "purpose": "Miroir des alertes publiées sur X.",
        "kpis": "",
        "notice_linked": "no",
        "notes": "",
    },
    # ---------------------------------------------------------------- executives
    {
        "id": "acc-027",
        "platform": "linkedin_person",
        "handle": "camille-exemple-armd",
        "url": "https://www.linkedin.com/in/camille-exemple-armd",
        "display_name": "Camille Exemple",
        "kind": "executive",
        "verified": True,
        "created": "2011-05-30",
        "in_registry": True,
        "owning_unit": "Direction générale",
        "owner": DG,
        "admin_count": 2,
        "admins": [DG, {"name": "", "role": "Conseillère à la direction générale"}],
        "third_party_apps": "",
        "last_access_review": "2025-11-14",
        "followers": 6_400,
        "posting_frequency": "weekly",
        "last_post": "2026-03-13",
        "engagement_rate": 5.6,
        "audience": "Partenaires, élus, gestionnaires publics",
        "purpose": "Prises de parole de la directrice générale sur la stratégie de l'Agence.",
        "kpis": "Engagement par publication",
        "notice_linked": "not_applicable",
        "moderation_rules": "partial",
        "notes": (
            "Compte personnel utilisé à titre professionnel ; une conseillère publie pour la "
            "DG avec un accès délégué. Règles d'usage à formaliser."
        ),
    },
    {
        "id": "acc-028",
        "platform": "x",
        "handle": "cexemple_armd",
        "url": "https://x.com/cexemple_armd",
        "display_name": "Camille Exemple",
        "kind": "executive",
        "verified": False,
        "created": "2020-09-01",
        "owning_unit": "Direction générale",
        "owner": DG,
        "admin_count": 1,
        "admins": [DG],
        "credentials": "individual",
        "mfa": "all",
        "recovery_organisational": True,
        "third_party_apps": "",
        "last_access_review": "2025-11-14",
        "followers": 2_900,
        "posting_frequency": "rarely",
        "last_post": "2026-01-22",
        "engagement_rate": 1.2,
        "audience": "Médias, élus",
        "purpose": "Réactions de la DG à l'actualité de la mobilité.",
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "partial",
        "official_languages": "partial",
        "notes": "",
    },
    {
        "id": "acc-029",
        "platform": "linkedin_person",
        "handle": "dominique-modele",
        "url": "https://www.linkedin.com/in/dominique-modele",
        "display_name": "Dominique Modèle",
        "kind": "executive",
        "languages": ["fr"],
        "verified": False,
        "created": "2009-02-17",
        "in_registry": False,
        "owning_unit": "Conseil d'administration",
        "owner": PRESIDENT,
        "admin_count": 1,
        "admins": [PRESIDENT],
        "credentials": "individual",
        "mfa": "unknown",
        "recovery_organisational": False,
        "third_party_apps": "",
        "last_access_review": None,
        "followers": 1_800,
        "posting_frequency": "monthly",
        "last_post": "2026-02-20",
        "engagement_rate": 2.0,
        "audience": "Réseau professionnel",
        "purpose": "Profil personnel du président du conseil, qui y commente les décisions.",
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "not_applicable",
        "accessibility": "unknown",
        "official_languages": "not_applicable",
        "archiving": "no",
        "recommendation": "keep",
        "notes": (
            "Compte personnel : hors du périmètre de gestion de l'Agence, mais ses "
            "publications engagent l'institution. Sensibilisation proposée."
        ),
    },
    {
        "id": "acc-030",
        "platform": "bluesky",
        "handle": "camille-exemple.bsky.social",
        "url": "https://bsky.app/profile/camille-exemple.bsky.social",
        "display_name": "Camille Exemple",
        "kind": "executive",
        "verified": False,
        "created": "2025-02-03",
        "owning_unit": "Direction générale",
        "owner": DG,
        "admin_count": 1,
        "admins": [DG],
        "credentials": "individual",
        "mfa": "unknown",
        "recovery_organisational": False,
        "third_party_apps": "",
        "last_access_review": None,
        "followers": 450,
        "posting_frequency": "rarely",
        "last_post": "2025-12-10",
        "engagement_rate": 1.5,
        "audience": "Chercheurs, médias",
        "purpose": "Essai de présence personnelle de la DG.",
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "not_applicable",
        "in_registry": False,
        "recommendation": "undecided",
        "notes": "Compte ouvert sans en informer la Direction des communications.",
    },
    # ---------------------------------------------------------------- employees
    {
        "id": "acc-031",
        "platform": "linkedin_person",
        "handle": "sacha-temoin",
        "url": "https://www.linkedin.com/in/sacha-temoin",
        "display_name": "Sacha Témoin",
        "kind": "employee",
        "verified": False,
        "created": "2014-06-02",
        "in_registry": False,
        "owner": CM,
        "admin_count": 1,
        "admins": [CM],
        "credentials": "individual",
        "mfa": "all",
        "recovery_organisational": False,
        "third_party_apps": "",
        "last_access_review": None,
        "followers": 2_100,
        "posting_frequency": "weekly",
        "last_post": "2026-03-18",
        "engagement_rate": 3.4,
        "audience": "Communicateurs du secteur public",
        "purpose": "Ambassadeur de l'Agence : relais des campagnes.",
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "not_applicable",
        "official_languages": "not_applicable",
        "archiving": "not_applicable",
        "notes": "Participe au programme d'ambassadeurs (lignes directrices signées en 2025).",
    },
    {
        "id": "acc-032",
        "platform": "x",
        "handle": "jfictif_transpo",
        "url": "https://x.com/jfictif_transpo",
        "display_name": "Jordan Fictif",
        "kind": "employee",
        "languages": ["fr"],
        "verified": False,
        "created": "2016-11-11",
        "in_registry": False,
        "owning_unit": "Direction de la planification et de l'innovation",
        "owner": INGENIEUR,
        "admin_count": 1,
        "admins": [INGENIEUR],
        "credentials": "individual",
        "mfa": "unknown",
        "recovery_organisational": False,
        "third_party_apps": "",
        "last_access_review": None,
        "followers": 1_050,
        "posting_frequency": "weekly",
        "last_post": "2026-03-09",
        "engagement_rate": 2.2,
        "audience": "Urbanistes, passionnés de transport",
        "purpose": "Compte personnel ; la biographie mentionne l'Agence.",
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "not_applicable",
        "branding_consistent": "partial",
        "official_languages": "not_applicable",
        "archiving": "not_applicable",
        "recommendation": "keep",
        "notes": (
            "Utilise le logo de l'Agence en bannière : à remplacer par la mention "
            "« opinions personnelles » prévue au code de conduite."
        ),
    },
    {
        "id": "acc-033",
        "platform": "tiktok",
        "handle": "mobilite_avec_lou",
        "url": "https://www.tiktok.com/@mobilite_avec_lou",
        "display_name": "Lou – mobilité active",
        "kind": "employee",
        "languages": ["fr"],
        "verified": False,
        "created": "2024-03-01",
        "in_registry": False,
        "owning_unit": "Direction de la mobilité active",
        "owner": PROJETS,
        "admin_count": 1,
        "admins": [PROJETS],
        "credentials": "individual",
        "mfa": "all",
        "recovery_organisational": False,
        "third_party_apps": "",
        "last_access_review": None,
        "followers": 8_700,
        "posting_frequency": "weekly",
        "last_post": "2026-03-16",
        "engagement_rate": 7.9,
        "audience": "Jeunes cyclistes",
        "purpose": "Créatrice de contenu, employée de l'Agence, parle souvent des projets vélo.",
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "not_applicable",
        "branding_consistent": "not_applicable",
        "official_languages": "not_applicable",
        "archiving": "not_applicable",
        "notes": "Audience plus large que le compte TikTok officiel : partenariat à encadrer.",
    },
    {
        "id": "acc-034",
        "platform": "mastodon",
        "handle": "rgabarit@fosstodon.org",
        "url": "https://fosstodon.org/@rgabarit",
        "display_name": "Rémi Gabarit",
        "kind": "employee",
        "verified": None,
        "created": "2022-12-05",
        "in_registry": False,
        "owning_unit": "Direction de la planification et de l'innovation",
        "owner": DATA,
        "admin_count": 1,
        "admins": [DATA],
        "credentials": "individual",
        "mfa": "all",
        "recovery_organisational": False,
        "third_party_apps": "",
        "last_access_review": None,
        "followers": 620,
        "posting_frequency": "monthly",
        "last_post": "2026-02-26",
        "engagement_rate": None,
        "audience": "Communauté des données ouvertes",
        "purpose": "Annonce les jeux de données ouverts de l'Agence à titre personnel.",
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "not_applicable",
        "official_languages": "not_applicable",
        "archiving": "not_applicable",
        "notes": "",
    },
    # ---------------------------------------------------------------- unofficial, impostors
    {
        "id": "acc-035",
        "platform": "facebook",
        "handle": "armd.remboursements",
        "url": "https://www.facebook.com/armd.remboursements",
        "display_name": "ARMD Val de Loire – Remboursements",
        "kind": "unofficial",
        "languages": ["fr"],
        "verified": False,
        "created": "2026-01-08",
        "in_registry": False,
        "owning_unit": "",
        "owner": {"name": "", "role": "Inconnu (usurpation)"},
        "admin_count": None,
        "admins": [],
        "credentials": "unknown",
        "mfa": "unknown",
        "recovery_organisational": None,
        "third_party_apps": "",
        "last_access_review": None,
        "followers": 2_300,
        "posting_frequency": "daily",
        "last_post": "2026-03-18",
        "engagement_rate": None,
        "audience": "Usagers ciblés par hameçonnage",
        "purpose": "Page frauduleuse promettant le remboursement d'abonnements.",
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "not_applicable",
        "accessibility": "not_applicable",
        "branding_consistent": "no",
        "official_languages": "not_applicable",
        "archiving": "not_applicable",
        "recommendation": "close",
        "notes": (
            "Usurpation : reprend le logo et renvoie vers un faux formulaire de paiement. "
            "Signalée à la plateforme le 2026-02-12 ; avertissement publié sur la page "
            "officielle. Suivi du signalement en cours."
        ),
    },
    {
        "id": "acc-036",
        "platform": "x",
        "handle": "armd_valdel0ire",
        "url": "https://x.com/armd_valdel0ire",
        "display_name": "ARMD Val-de-Loire (parodie)",
        "kind": "unofficial",
        "languages": ["fr"],
        "verified": False,
        "created": "2024-09-30",
        "in_registry": False,
        "owning_unit": "",
        "owner": {"name": "", "role": "Inconnu"},
        "admin_count": None,
        "admins": [],
        "credentials": "unknown",
        "mfa": "unknown",
        "recovery_organisational": None,
        "third_party_apps": "",
        "last_access_review": None,
        "followers": 740,
        "posting_frequency": "weekly",
        "last_post": "2026-03-10",
        "engagement_rate": None,
        "audience": "",
        "purpose": (
            "Compte parodique (un zéro remplace le « o ») ; la mention « parodie » n'apparaît "
            "que dans le nom."
        ),
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "not_applicable",
        "accessibility": "not_applicable",
        "branding_consistent": "no",
        "official_languages": "not_applicable",
        "archiving": "not_applicable",
        "recommendation": "undecided",
        "notes": "Surveiller ; signaler si le compte publie de fausses alertes de trafic.",
    },
    {
        "id": "acc-037",
        "platform": "instagram",
        "handle": "transports_valdeloire_fans",
        "url": "https://www.instagram.com/transports_valdeloire_fans",
        "display_name": "Transports Val-de-Loire – fans",
        "kind": "unofficial",
        "languages": ["fr"],
        "verified": False,
        "created": None,
        "in_registry": False,
        "owning_unit": "",
        "owner": {"name": "", "role": "Communauté d'usagers"},
        "admin_count": None,
        "admins": [],
        "credentials": "unknown",
        "mfa": "unknown",
        "recovery_organisational": None,
        "third_party_apps": "",
        "last_access_review": None,
        "followers": 3_900,
        "posting_frequency": "weekly",
        "last_post": "2026-03-02",
        "engagement_rate": None,
        "audience": "Passionnés de transport",
        "purpose": "Compte de passionnés, sans lien avec l'Agence, qui utilise ses photos.",
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "not_applicable",
        "accessibility": "not_applicable",
        "branding_consistent": "partial",
        "official_languages": "not_applicable",
        "archiving": "not_applicable",
        "recommendation": "undecided",
        "notes": "Pas une usurpation ; demander la mention « compte non officiel ».",
    },
    {
        "id": "acc-038",
        "platform": "tiktok",
        "handle": "armd.officiel",
        "url": "https://www.tiktok.com/@armd.officiel",
        "display_name": "ARMD Officiel",
        "kind": "unofficial",
        "languages": ["fr"],
        "status": "unknown",
        "verified": False,
        "created": None,
        "in_registry": False,
        "owning_unit": "",
        "owner": {"name": "", "role": "Inconnu"},
        "admin_count": None,
        "admins": [],
        "credentials": "unknown",
        "mfa": "unknown",
        "recovery_organisational": None,
        "third_party_apps": "",
        "last_access_review": None,
        "followers": 15,
        "posting_frequency": "never",
        "last_post": None,
        "engagement_rate": None,
        "audience": "",
        "purpose": "Nom réservé par un tiers ; aucune publication.",
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "not_applicable",
        "accessibility": "not_applicable",
        "branding_consistent": "no",
        "official_languages": "not_applicable",
        "archiving": "not_applicable",
        "recommendation": "close",
        "notes": "Demander à la plateforme le transfert du nom « ARMD Officiel ».",
    },
    # ---------------------------------------------------------------- closed, legacy
    {
        "id": "acc-039",
        "platform": "x",
        "handle": "armd_mobility",
        "url": "https://x.com/ARMD_mobility",
        "display_name": "ARMD Mobility",
        "languages": ["en"],
        "status": "closed",
        "verified": False,
        "created": "2014-09-02",
        "admin_count": 0,
        "admins": [],
        "third_party_apps": "",
        "last_access_review": "2025-06-30",
        "followers": 0,
        "posting_frequency": "never",
        "last_post": "2019-01-10",
        "engagement_rate": None,
        "audience": "",
        "purpose": "Ancien compte anglais, remplacé en 2019 par @armd_vdl_en.",
        "kpis": "",
        "notice_linked": "not_applicable",
        "moderation_rules": "not_applicable",
        "accessibility": "not_applicable",
        "branding_consistent": "not_applicable",
        "official_languages": "not_applicable",
        "archiving": "yes",
        "recommendation": "close",
        "notes": "Fermé en juin 2025 après export complet des publications (archive versée).",
    },
    {
        "id": "acc-040",
        "platform": "youtube",
        "handle": "armd_seances",
        "url": "https://www.youtube.com/@armd_seances",
        "display_name": "ARMD – Séances du conseil",
        "kind": "official",
        "status": "active",
        "created": "2020-05-19",
        "owning_unit": "Secrétariat général",
        "owner": {"name": "", "role": "Secrétaire général"},
        "admin_count": 2,
        "admins": [{"name": "", "role": "Technicien audiovisuel"}, CM],
        "third_party_apps": "Logiciel de diffusion en direct",
        "last_access_review": "2025-11-14",
        "followers": 1_450,
        "posting_frequency": "monthly",
        "last_post": "2026-03-04",
        "engagement_rate": 0.4,
        "audience": "Citoyens, élus, médias",
        "purpose": "Diffusion en direct et archives des séances publiques du conseil.",
        "kpis": "Spectateurs en direct",
        "moderation_rules": "partial",
        "accessibility": "partial",
        "official_languages": "partial",
        "notes": "Sous-titres automatiques seulement ; interprétation anglaise non archivée.",
    },
    {
        "id": "acc-041",
        "platform": "instagram",
        "handle": "armd_carrieres",
        "url": "https://www.instagram.com/armd_carrieres",
        "display_name": "Carrières à l'ARMD",
        "kind": "programme",
        "verified": False,
        "created": "2024-09-09",
        "owning_unit": "Direction des ressources humaines",
        "owner": {"name": "", "role": "Directeur des ressources humaines"},
        "admin_count": 2,
        "admins": [{"name": "", "role": "Conseillère en acquisition de talents"}, CM],
        "third_party_apps": "",
        "followers": 1_600,
        "posting_frequency": "weekly",
        "last_post": "2026-03-06",
        "engagement_rate": 4.0,
        "audience": "Candidats",
        "purpose": "Marque employeur : portraits d'employés et offres d'emploi.",
        "kpis": "Clics vers le site carrière",
        "notice_linked": "partial",
        "official_languages": "partial",
        "notes": "",
    },
]


# --- engagement

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

# --- governance answers
#
# One entry per criterion of the default bank, in order: a level on the 0–4 scale, None (not
# yet assessed) or NA (not applicable, justified below). The profile: strong on the inventory
# (ST12) and account security (SC5), weak on the learning culture (LC), middling elsewhere.

NA = "n/a"

PROFILE: dict[str, list[int | str | None]] = {
    "SC1": [2, 2, 1],
    "SC2": [3, 3, 2],
    "SC3": [2, 1, None],
    "SC4": [2, 1, 3],
    "SC5": [3, 3, 3],
    "SC6": [3, 1, 3],
    "LC1": [1, 1, 2],
    "LC2": [1, 0, 1],
    "LC3": [1, NA, 1],
    "LC4": [NA, 1, 2],
    "LC5": [1, None, 0],
    "ST1": [3, 2, 3],
    "ST2": [2, 3, 3],
    "ST3": [3, 3, 2],
    "ST4": [2, 1, None],
    "ST5": [3, 3, 2],
    "ST6": [2, 1, 2],
    "ST7": [2, 1, 2],
    "ST8": [2, 2, 1],
    "ST9": [2, None, 3],
    "ST10": [3, 2, 2],
    "ST11": [3, 2, 1],
    "ST12": [4, 3, 3, 3],
    "ST13": [3, 3, 3],
    "ST14": [3, 3, 1],
    "ST15": [2, None, 2],
}

NOT_APPLICABLE: dict[str, str] = {
    "LC3.2": (
        "La politique de l'Agence interdit les comptes d'essai sur les plateformes publiques : "
        "les essais se font en mode brouillon dans l'outil de planification, sans publication."
    ),
    "LC4.1": (
        "Le budget de formation est géré par le ministère de tutelle pour tous les organismes "
        "régionaux ; l'Agence ne peut pas réserver de budget propre (voir LC2.1)."
    ),
}

TO_REVIEW = ["SC6.2", "ST10.2"]
"""Answers the auditors want to check again before the report."""

NOTES: dict[str, str] = {
    "SC1.1": (
        "Orientations numériques 2023–2026 approuvées par le comité de direction en mars 2023 ; "
        "les médias sociaux y occupent deux pages, sans lien explicite avec le plan stratégique."
    ),
    "SC1.3": (
        "Entrevues : 3 responsables de compte sur 8 connaissaient l'existence des orientations."
    ),
    "SC2.1": "La directrice des communications est responsable (mandat écrit de 2022).",
    "SC2.2": (
        "Règle d'approbation inscrite en tête du registre ; contournée pour le compte Bluesky de "
        "la DG et la campagne « Défi sans auto »."
    ),
    "SC2.3": "Matrice des responsabilités pour les comptes principaux seulement.",
    "SC3.2": "Bilan annuel limité au nombre d'abonnés ; aucun cas de service documenté.",
    "SC4.1": (
        "Deux postes dédiés aux communications numériques ; pas de relève désignée pendant les "
        "vacances d'été."
    ),
    "SC4.2": "Dépenses imputées au budget général des communications, non identifiées.",
    "SC4.3": (
        "Gestionnaire de mots de passe de l'Agence déployé en 2024, outil de planification sous "
        "licence. Exception : identifiants du compte Vimeo dans un tableur partagé."
    ),
    "SC5.1": (
        "MFA vérifiée pour tous les administrateurs des comptes principaux. Lacunes : 3 "
        "opérateurs du centre trafic, compte anglais sur X, Vimeo (aucune MFA)."
    ),
    "SC5.2": (
        "Adresses de récupération de service pour 34 comptes ; deux comptes dépendent encore "
        "d'adresses personnelles (Vimeo, Défi sans auto)."
    ),
    "SC5.3": (
        "Procédure de départ avec retrait des accès sous 48 h ; revue semestrielle, mais la "
        "dernière revue n'a pas couvert les comptes de programme ouverts en 2025."
    ),
    "SC6.1": (
        "Obligations recensées dans la directive sur les médias sociaux (2024), révisée par "
        "le contentieux ; la localisation des données n'y figure pas."
    ),
    "SC6.2": (
        "Le calendrier de conservation prévoit les médias sociaux, mais aucun versement n'a été "
        "fait depuis 2022. À confirmer avec la responsable de la gestion documentaire."
    ),
    "SC6.3": "Avis publié en 2024 et lié depuis la plupart des profils (voir l'inventaire).",
    "LC1.1": "Aucune prise de position écrite de la direction sur l'apprentissage.",
    "LC1.3": "La directrice générale publie elle-même sur LinkedIn chaque semaine.",
    "LC2.2": "Aucune évaluation des besoins de compétences par rôle.",
    "LC3.1": "Une seule formation formelle (accueil) ; pas de mentorat ni de communauté.",
    "LC3.3": "Capsule de sensibilisation à l'hameçonnage pour tout le personnel, rien de propre "
    "aux comptes de médias sociaux.",
    "LC4.3": "Guides et gabarits rangés dans l'intranet des communications, partiellement à jour.",
    "LC5.3": "Le plan de formation n'a pas été revu depuis 2021.",
    "ST1.1": "La directrice générale parraine les orientations numériques.",
    "ST1.2": "Bilan annuel présenté au comité de direction ; aucun bilan des risques.",
    "ST2.1": (
        "Comité éditorial numérique : communications, TI, services aux usagers ; le juridique "
        "et les ressources humaines ne siègent pas."
    ),
    "ST2.3": "Le comité approuve chaque ouverture de compte et tient le registre.",
    "ST3.1": "Outil de veille sous licence ; mots-clés couvrant l'Agence et ses dirigeants.",
    "ST4.1": "Exports mensuels des statistiques des plateformes dans un classeur partagé.",
    "ST5.2": "Raison d'être écrite au registre pour chaque compte officiel et de programme.",
    "ST6.2": "Dernière étude des publics datée de 2021.",
    "ST7.2": "Évaluation des risques faite pour TikTok seulement (2023).",
    "ST8.3": "Indicateurs essentiellement de volume (abonnés, portée, mentions « J'aime »).",
    "ST9.3": "Centre d'information trafic en service de 6 h à 22 h, garde téléphonique la nuit.",
    "ST10.1": "Code de conduite intégré au code d'éthique du personnel (2024).",
    "ST10.2": (
        "Attestation annuelle prévue, mais le taux de signature n'a pas pu être vérifié. "
        "Demander l'extrait du système des ressources humaines."
    ),
    "ST11.2": "Le guide traite des langues officielles, peu de l'accessibilité.",
    "ST11.3": "Aucun contrôle par échantillon.",
    "ST12.1": (
        "Registre officiel tenu depuis 2016 (version 7, novembre 2025) ; extrait joint. Il "
        "couvre 30 des 41 comptes relevés par l'audit : manquent les comptes personnels de "
        "dirigeants et d'employés, la campagne « Défi sans auto » et les comptes non officiels."
    ),
    "ST12.2": "Propriétaire désigné pour chaque compte ; un seul administrateur sur Mastodon.",
    "ST12.3": "État de la MFA consigné au registre pour chaque compte, sauf Flickr.",
    "ST12.4": (
        "Revue annuelle faite en novembre 2025 ; procédure de fermeture appliquée à l'ancien "
        "compte anglais, pas encore aux comptes de campagne dormants."
    ),
    "ST13.2": "Circuit d'approbation à deux niveaux pour les annonces officielles.",
    "ST14.1": "Délais de réponse publiés dans l'avis : 1 jour ouvrable.",
    "ST14.2": "Veille des usurpations hebdomadaire depuis l'incident de janvier 2026.",
    "ST14.3": "Plan rédigé en 2024, jamais exercé ; contacts d'urgence à jour pour Meta et X.",
    "ST15.3": "Veille des conditions d'utilisation faite de façon informelle.",
}

REGISTRY_EVIDENCE_CRITERIA = ["ST12.1"]


def answers(bank: Any) -> dict[str, dict[str, Any]]:
    """The answers, checked against the bank: a criterion added or removed stops the build."""
    known = {c.id for c in bank.criteria()}
    named = [*NOT_APPLICABLE, *TO_REVIEW, *NOTES, *REGISTRY_EVIDENCE_CRITERIA]
    missing = sorted(set(named) - known)
    if missing:
        raise SystemExit(f"criteria not in the default bank: {missing}")
    if set(PROFILE) != {s.id for s in bank.sections}:
        raise SystemExit("PROFILE does not list exactly the sections of the default bank")
    out: dict[str, dict[str, Any]] = {}
    for section in bank.sections:
        levels = PROFILE[section.id]
        if len(levels) != len(section.criteria):
            raise SystemExit(
                f"{section.id}: {len(section.criteria)} criteria, {len(levels)} levels"
            )
        for criterion, level in zip(section.criteria, levels, strict=True):
            cid = criterion.id
            if (level == NA) != (cid in NOT_APPLICABLE):
                raise SystemExit(f"{cid}: N/A and its justification must go together")
            answer: dict[str, Any] = {}
            if level == NA:
                answer["not_applicable"] = True
                answer["justification"] = NOT_APPLICABLE[cid]
            elif level is not None:
                answer["level"] = level
            if cid in NOTES:
                answer["notes"] = NOTES[cid]
            if cid in TO_REVIEW:
                answer["to_review"] = True
            if answer:
                out[cid] = answer
    return out


# --- legal checklist

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

# --- risk register

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

# --- findings and actions

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


# --- assembling


def evidence_record(data: bytes) -> dict[str, Any]:
    return {
        "sha256": hashlib.sha256(data).hexdigest(),
        "filename": EVIDENCE_FILENAME,
        "size": len(data),
        "media_type": "text/plain",
        "added": EVIDENCE_ADDED,
        "description": "Extrait du registre officiel des comptes (version 7, novembre 2025)",
    }


def account(spec: dict[str, Any], digest: str) -> dict[str, Any]:
    spec = dict(spec)
    with_evidence = spec.pop("evidence_from_registry", False)
    data = {**BASE, **spec}
    data["evidence"] = [digest] if with_evidence else []
    return data


def build() -> tuple[dict[str, Any], bytes]:
    """The demo audit as JSON-ready data (without ``framework``) and the evidence bytes."""
    bank = default_bank()
    blob = (EVIDENCE_DIR / EVIDENCE_FILENAME).read_bytes()
    record = evidence_record(blob)
    digest = record["sha256"]
    answer_data = answers(bank)
    for cid in REGISTRY_EVIDENCE_CRITERIA:
        answer_data[cid]["evidence"] = [digest]
    legal = {key: dict(value) for key, value in LEGAL.items()}
    legal["records"]["evidence"] = []
    data: dict[str, Any] = {
        "format": "vigie-audit",
        "format_version": 1,
        "audit_id": AUDIT_ID,
        "created": CREATED,
        "modified": MODIFIED,
        "app_version": "démonstration",
        "engagement": ENGAGEMENT,
        "accounts": [account(spec, digest) for spec in ACCOUNTS],
        "answers": answer_data,
        "legal": legal,
        "risks": RISKS,
        "finding_reviews": FINDING_REVIEWS,
        "own_findings": OWN_FINDINGS,
        "actions": ACTIONS,
        "evidence": [record],
        "settings": {"dormant_after_days": 180, "access_review_months": 12},
    }
    # Refuse to write what the app could not load.
    Audit.model_validate_json(json.dumps({**data, "framework": bank.model_dump(mode="json")}))
    return data, blob


def main() -> None:
    data, _ = build()
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    JSON_PATH.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {JSON_PATH.relative_to(ROOT)} ({len(data['accounts'])} accounts)")


if __name__ == "__main__":
    main()
