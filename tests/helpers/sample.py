"""Generated audits for tests and benchmarks: realistic, varied, reproducible.

:func:`generated_audit` fills every kind of field on the default bank — accounts across
platforms and statuses, answers with N/A and unanswered criteria, legal answers, risks,
actions and evidence records — from a seed, so a failure can be replayed. Text is kept
model-valid (it goes through the same validation as typed input).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from wizard.audit import model as m
from wizard.bank.framework import Framework

PLATFORMS = (
    "facebook",
    "instagram",
    "x",
    "linkedin",
    "youtube",
    "tiktok",
    "threads",
    "bluesky",
    "mastodon",
    "flickr",
    "vimeo",
    "other",
)
HOSTS = {
    "facebook": "facebook.com",
    "instagram": "instagram.com",
    "x": "x.com",
    "linkedin": "linkedin.com/company",
    "youtube": "youtube.com/@",
    "tiktok": "tiktok.com/@",
    "threads": "threads.net/@",
    "bluesky": "bsky.app/profile",
    "flickr": "flickr.com/photos",
    "vimeo": "vimeo.com",
    "mastodon": "mastodon.social/@",
}
UNITS = (
    "Communications",
    "Loisirs",
    "Culture",
    "Sécurité publique",
    "Travaux publics",
    "Bibliothèques",
    "Direction générale",
    "Ressources humaines",
    "Environnement",
)
ROLES = (
    "Conseiller en communication",
    "Chef de division",
    "Agente d'information",
    "Directeur des communications",
    "Coordonnatrice Web",
    "Community manager",
)
FIRST = ("Marie", "Jean", "Sophie", "Luc", "Isabelle", "Mathieu", "Nadia", "Éric", "Chloé")
LAST = ("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie")
NOTES = (
    "Compte repris en 2023 après le départ de l'ancien gestionnaire.",
    "Mot de passe partagé par courriel — à corriger.\nVoir la note de service.",
    '=HYPERLINK("http://example.com","cliquez")',
    "+1 abonné depuis la campagne",
    "-15 % d'engagement",
    "@mention à vérifier",
    "#N/A",
    "Publications bilingues 🇨🇦 ✓",
    "",
)


def _person(rng: random.Random) -> m.Person:
    return m.Person(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", role=rng.choice(ROLES))


def _maybe(rng: random.Random, value: object, p: float = 0.8) -> object:
    return value if rng.random() < p else None


def _account(rng: random.Random, index: int, today: date) -> m.Account:
    platform = rng.choice(PLATFORMS)
    handle = f"ville_{rng.choice(UNITS).split()[0].lower()}_{index}"
    host = HOSTS.get(platform)
    url = f"https://{host}/{handle}".replace("@/", "@") if host else f"https://example.org/{handle}"
    last_post = today - timedelta(days=rng.randint(0, 900))
    admins = [_person(rng) for _ in range(rng.randint(0, 4))]
    return m.Account(
        id=f"acc{index:06d}",
        platform=platform,
        handle=handle,
        url=rng.choice([url, url, url, "", "javascript:alert(1)"]),
        display_name=f"Ville — {rng.choice(UNITS)} {index}",
        kind=rng.choice(list(m.AccountKind)),
        languages=rng.sample(["fr", "en", "es"], rng.randint(0, 2)),
        status=rng.choice(list(m.AccountStatus)),
        verified=rng.choice([True, False, None]),
        created=_maybe(rng, today - timedelta(days=rng.randint(200, 5000))),
        in_registry=rng.choice([True, False, None]),
        owning_unit=rng.choice((*UNITS, "")),
        owner=rng.choice([_person(rng), m.Person(role=rng.choice(ROLES)), m.Person()]),
        admin_count=_maybe(rng, len(admins)),
        admins=admins,
        credentials=rng.choice(list(m.CredentialStore)),
        mfa=rng.choice(list(m.MfaCoverage)),
        recovery_organisational=rng.choice([True, False, None]),
        third_party_apps=rng.choice(["", "Hootsuite", "Hootsuite, Canva", "Later"]),
        last_access_review=_maybe(rng, today - timedelta(days=rng.randint(10, 800)), 0.5),
        followers=_maybe(rng, rng.randint(0, 250_000)),
        posting_frequency=rng.choice(list(m.Frequency)),
        last_post=_maybe(rng, last_post),
        engagement_rate=_maybe(rng, round(rng.uniform(0, 12), 2)),
        audience=rng.choice(["Citoyens", "Familles", "Gens d'affaires", "Touristes", ""]),
        purpose=rng.choice(["Information municipale", "Promotion des activités", ""]),
        kpis=rng.choice(["Portée, engagement", "", "Nombre d'inscriptions"]),
        notice_linked=rng.choice(list(m.Check)),
        moderation_rules=rng.choice(list(m.Check)),
        accessibility=rng.choice(list(m.Check)),
        branding_consistent=rng.choice(list(m.Check)),
        official_languages=rng.choice(list(m.Check)),
        archiving=rng.choice(list(m.Check)),
        recommendation=rng.choice(list(m.Recommendation)),
        notes=rng.choice(NOTES),
    )


def _answers(rng: random.Random, framework: Framework, ratio: float) -> dict[str, m.Answer]:
    answers: dict[str, m.Answer] = {}
    top = framework.max_level
    for criterion in framework.criteria():
        if rng.random() >= ratio:
            continue
        if rng.random() < 0.12:
            answers[criterion.id] = m.Answer(
                not_applicable=True, justification="Ne s'applique pas à l'organisation."
            )
        else:
            answers[criterion.id] = m.Answer(
                level=rng.randint(0, top),
                justification=rng.choice(
                    [
                        "Entrevue avec la direction.",
                        "Documents consultés.",
                        "=SUM(A1:A3) noté tel quel",
                    ]
                ),
                notes=rng.choice(NOTES),
                to_review=rng.random() < 0.1,
            )
    return answers


def _evidence(rng: random.Random, count: int, when: datetime) -> list[m.Evidence]:
    return [
        m.Evidence(
            sha256=f"{rng.getrandbits(256):064x}",
            filename=f"preuve-{i + 1}.pdf",
            size=rng.randint(1_000, 5_000_000),
            media_type="application/pdf",
            added=when - timedelta(days=i),
            description=f"Document {i + 1}",
        )
        for i in range(count)
    ]


def _risks(rng: random.Random, accounts: list[m.Account]) -> list[m.Risk]:
    titles = (
        "Prise de contrôle d'un compte",
        "Perte d'accès au compte principal",
        "Publication non autorisée",
        "Non-respect des langues officielles",
        "Fuite de renseignements personnels",
        "Usurpation d'identité",
    )
    return [
        m.Risk(
            id=f"risk{i}",
            title=title,
            likelihood=rng.randint(1, 5),
            impact=rng.randint(1, 5),
            owner=rng.choice(ROLES),
            mitigation="Activer la MFA et revoir les accès.",
            description="Scénario évalué avec la direction des communications.",
            accounts=[a.id for a in rng.sample(accounts, min(len(accounts), 3))],
            status=rng.choice(list(m.RiskStatus)),
        )
        for i, title in enumerate(titles)
    ]


def _actions(rng: random.Random, today: date) -> list[m.Action]:
    keys = ("inv.no_mfa", "inv.no_owner", "inv.dormant", "")
    return [
        m.Action(
            id=f"act{i}",
            title=f"Action {i + 1} : corriger les accès",
            finding=rng.choice(keys),
            priority=rng.choice(list(m.Severity)),
            owner=rng.choice(ROLES),
            due=today + timedelta(days=30 * (i + 1)),
            status=rng.choice(list(m.ActionStatus)),
        )
        for i in range(8)
    ]


def generated_audit(
    n_accounts: int = 40,
    seed: int = 0,
    answered_ratio: float = 0.8,
    framework: Framework | None = None,
    today: date | None = None,
) -> m.Audit:
    """A reproducible audit with ``n_accounts`` accounts on the default bank.

    ``answered_ratio`` of the criteria get an answer (about one in eight of those is N/A);
    the rest are left unanswered.
    """
    rng = random.Random(seed)
    today = today or date(2025, 3, 15)
    audit = m.new_audit(framework)
    when = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    engagement = audit.engagement
    engagement.organisation = m.Organisation(
        name="Ville de Saint-Exemple",
        sector="Municipal",
        size=m.OrgSize.LARGE,
        jurisdiction="Québec",
        official_languages=["fr", "en"],
    )
    engagement.title = "Audit de la présence numérique 2025"
    engagement.scope = "Tous les comptes officiels et de programmes de la Ville."
    engagement.objectives = "Réduire les risques d'accès et structurer la gouvernance."
    engagement.auditors = [_person(rng), _person(rng)]
    engagement.client_contact = _person(rng)
    engagement.start_date, engagement.end_date = today - timedelta(days=40), today
    engagement.report_date = today
    engagement.confidentiality = m.Confidentiality.CONFIDENTIAL
    audit.accounts = [_account(rng, i, today) for i in range(n_accounts)]
    audit.answers = _answers(rng, audit.framework, answered_ratio)
    audit.legal = {
        item.id: m.LegalAnswer(status=rng.choice(list(m.Check)), notes=rng.choice(NOTES))
        for item in audit.framework.legal
    }
    audit.risks = _risks(rng, audit.accounts)
    audit.actions = _actions(rng, today)
    audit.evidence = _evidence(rng, 5, when)
    for answer in list(audit.answers.values())[:3]:
        answer.evidence = [audit.evidence[0].sha256]
    if audit.accounts:
        audit.accounts[0].evidence = [audit.evidence[1].sha256]
    return audit


_HANDLE_WORDS = ("ministere", "environnement", "changements", "climatiques", "communications")


def _long_handle(length: int, seed: int) -> str:
    text = ""
    while len(text) < length:
        text += _HANDLE_WORDS[(seed + len(text)) % len(_HANDLE_WORDS)] + "_"
    return text[:length]


def long_handle_audit() -> m.Audit:
    """30 generated accounts whose handles run from 40 to 60 characters without a space;
    every risk names five of them and an attachment is linked to two (the sheets that list
    accounts: Inventory, Risk register, Evidence)."""
    audit = generated_audit(30, seed=5)
    for i, account in enumerate(audit.accounts):
        account.handle = _long_handle(40 + i % 21, i)
    for i, risk in enumerate(audit.risks):
        risk.accounts = [a.id for a in audit.accounts[i : i + 5]]
    digest = audit.evidence[1].sha256
    for account in audit.accounts[:2]:
        account.evidence = [digest]
    return audit
