"""The demo's governance answers and their notes, checked against the default bank.

The profile is given per section so that a criterion added to or removed from the bank stops
the build instead of shifting every level by one.
"""

from __future__ import annotations

from typing import Any

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
