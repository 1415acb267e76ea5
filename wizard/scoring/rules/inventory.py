"""Findings rules over the account inventory (strategy tip 12, "audit your current presence").

Each rule watches one :class:`~wizard.scoring.scores.Problem` badge and yields at most one finding
that names every account showing it, so the GUI badges, the workbook's flagged cells and the
findings can never disagree. Texts are templates: ``{days}``, ``{months}`` and
``{languages}`` are filled from the audit's settings and engagement.

The ``framework_item`` ids are criteria of the default bank (``cefrio-2012``): SC5.x account
security, SC6.x legal obligations, records and notice, ST11.1 style guide, ST12.x the account
register, ST14.2 detecting impersonation. With another bank they are only labels.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from wizard.audit.model import Account, AccountKind, Audit, Severity
from wizard.platforms.catalogue import is_closed_platform, platform_name
from wizard.scoring.rules.common import Finding, account_list, accounts_finding
from wizard.scoring.rules.discovery import DISCOVERY_RULES
from wizard.scoring.scores import Problem, given_problems

Text = tuple[str, str]
"""(fr, en)"""


@dataclass(frozen=True)
class InventoryRule:
    id: str
    problem: Problem
    severity: Severity
    framework_item: str
    title: Text
    description: Text
    """What is wrong, without naming accounts (the list is appended)."""
    recommendation: Text
    scope: str = "inventory"

    def evaluate(self, audit: Audit, today: date) -> list[Finding]:
        return self.build(audit, accounts_by_problem(audit, today).get(self.problem, []))

    def build(self, audit: Audit, affected: Sequence[Account]) -> list[Finding]:
        """The finding about ``affected``, the accounts showing the rule's problem."""
        return accounts_finding(self, affected, _values(audit) if affected else {})


def accounts_by_problem(
    audit: Audit, today: date, problems: Sequence[Sequence[Problem]] | None = None
) -> dict[Problem, list[Account]]:
    """The accounts showing each problem, in inventory order: one pass over the inventory
    for all the rules (each rule scanning 10,000 accounts for its badge took longer than
    working the badges out). ``problems``: each account's, when the caller has them."""
    found: defaultdict[Problem, list[Account]] = defaultdict(list)
    for account, badges in zip(audit.accounts, given_problems(audit, today, problems), strict=True):
        for problem in badges:
            found[problem].append(account)
    return found


def inventory_findings(
    audit: Audit, today: date, problems: Sequence[Sequence[Problem]] | None = None
) -> list[Finding]:
    """Every inventory rule's finding, in rule order, computing each account's problems once
    (or not at all when the caller gives them: ``problems``, one list per account)."""
    affected = accounts_by_problem(audit, today, problems)
    found = [
        f for rule in INVENTORY_RULES for f in rule.build(audit, affected.get(rule.problem, []))
    ]
    found += [f for rule in PLATFORM_RULES for f in rule.evaluate(audit, today)]
    return found + [f for rule in DISCOVERY_RULES for f in rule.evaluate(audit, today)]


@dataclass(frozen=True)
class ClosedPlatformRule:
    """Accounts on a platform that has shut down (MySpace, Google+, Vine…).

    Not a badge of :func:`~wizard.scoring.scores.account_problems`: nothing about the account itself
    can be secured, the platform is gone. Old registries still list such accounts and
    websites still link to them; both should drop them. Unofficial accounts are left out
    (the organisation never listed them)."""

    id: str = "inv.closed_platform"
    severity: Severity = Severity.MEDIUM
    framework_item: str = "ST12.1"
    scope: str = "inventory"
    title: Text = ("Compte sur une plateforme fermée", "Account on a closed platform")
    description: Text = (
        "Ces comptes sont sur des plateformes qui ont cessé leurs activités ({platforms}) : "
        "les liens du registre et du site Web ne mènent plus nulle part.",
        "These accounts are on platforms that have shut down ({platforms}): the links in the "
        "registry and on the website lead nowhere.",
    )
    recommendation: Text = (
        "Retirer ces comptes du registre et du site Web (liens, icônes, pages de contact) ; "
        "s’il faut une présence équivalente, l’ouvrir sur une plateforme active et "
        "l’inscrire au registre.",
        "Remove these accounts from the registry and the website (links, icons, contact "
        "pages); if an equivalent presence is needed, open it on a live platform and enter "
        "it in the registry.",
    )

    def evaluate(self, audit: Audit, today: date) -> list[Finding]:
        affected = [
            a
            for a in audit.accounts
            if is_closed_platform(a.platform) and a.kind is not AccountKind.UNOFFICIAL
        ]
        if not affected:
            return []
        ids = list(dict.fromkeys(a.platform for a in affected))
        detail = []
        for i, lang in enumerate(("fr", "en")):
            names = ", ".join(platform_name(pid, lang) for pid in ids)
            text = self.description[i].format(platforms=names)
            detail.append(f"{text} {account_list(affected, lang)}")
        return [
            Finding(
                key=self.id,
                rule_id=self.id,
                severity=self.severity,
                framework_item=self.framework_item,
                accounts=tuple(a.id for a in affected),
                title_fr=self.title[0],
                title_en=self.title[1],
                detail_fr=detail[0],
                detail_en=detail[1],
                recommendation_fr=self.recommendation[0],
                recommendation_en=self.recommendation[1],
            )
        ]


def _values(audit: Audit) -> dict[str, object]:
    return {
        "days": audit.settings.dormant_after_days,
        "months": audit.settings.access_review_months,
        "languages": ", ".join(audit.engagement.organisation.official_languages),
    }


H, M, L = Severity.HIGH, Severity.MEDIUM, Severity.LOW

INVENTORY_RULES: tuple[InventoryRule, ...] = (
    InventoryRule(
        "inv.no_mfa",
        Problem.NO_MFA,
        H,
        "SC5.1",
        (
            "Authentification multifacteur absente ou incomplète",
            "Multi-factor authentication missing or incomplete",
        ),
        (
            "Au moins un administrateur se connecte sans authentification multifacteur : "
            "un mot de passe volé suffit pour prendre le contrôle du compte.",
            "At least one administrator signs in without multi-factor authentication: a "
            "stolen password is enough to take the account over.",
        ),
        (
            "Activer l’authentification multifacteur pour chaque administrateur, de "
            "préférence avec une application d’authentification ou une clé de sécurité plutôt "
            "que par SMS, puis l’inscrire au registre des comptes.",
            "Enable multi-factor authentication for every administrator, preferably with an "
            "authenticator app or a security key rather than SMS, and record it in the "
            "account register.",
        ),
    ),
    InventoryRule(
        "inv.credentials_unsafe",
        Problem.CREDENTIALS_UNSAFE,
        H,
        "SC5.2",
        (
            "Identifiants conservés hors d’un gestionnaire de mots de passe",
            "Credentials kept outside a password manager",
        ),
        (
            "Les identifiants sont conservés dans un document partagé ou par une seule "
            "personne : ils peuvent fuiter ou partir avec elle.",
            "The credentials are kept in a shared document or by one person: they can leak, "
            "or leave with that person.",
        ),
        (
            "Transférer les identifiants dans le gestionnaire de mots de passe de "
            "l’organisation, avec un accès nominatif par administrateur ; supprimer les autres "
            "copies (documents, courriels) et changer ensuite les mots de passe.",
            "Move the credentials into the organisation's password manager with named access "
            "for each administrator; delete every other copy (documents, e-mails) and then "
            "change the passwords.",
        ),
    ),
    InventoryRule(
        "inv.unofficial",
        Problem.UNOFFICIAL,
        H,
        "ST14.2",
        ("Compte non officiel ou usurpateur", "Unofficial or impostor account"),
        (
            "Ces comptes se présentent comme l’organisation sans avoir été autorisés par "
            "elle : le public peut les prendre pour des sources officielles.",
            "These accounts present themselves as the organisation without its "
            "authorisation: the public may take them for official sources.",
        ),
        (
            "Documenter chaque compte (captures d’écran datées) et le signaler à la plateforme "
            "par sa procédure d’usurpation d’identité ou de marque ; s’il est tenu par du "
            "personnel, le régulariser ou le fermer. Publier la liste des comptes officiels.",
            "Document each account (dated screenshots) and report it to the platform through "
            "its impersonation or trademark procedure; if staff run it, bring it under "
            "governance or close it. Publish the list of official accounts.",
        ),
    ),
    InventoryRule(
        "inv.personal_recovery",
        Problem.PERSONAL_RECOVERY,
        H,
        "SC5.2",
        (
            "Récupération liée à une adresse ou un téléphone personnel",
            "Recovery tied to a personal e-mail or phone",
        ),
        (
            "Le courriel ou le numéro de récupération n’appartient pas à l’organisation : "
            "elle peut perdre le compte au départ d’une personne.",
            "The recovery e-mail or phone number does not belong to the organisation, which "
            "can lose the account when someone leaves.",
        ),
        (
            "Remplacer le contact de récupération par une boîte générique de l’organisation "
            "(par ex. medias-sociaux@…) et un numéro de l’organisation, puis tester la "
            "procédure de récupération.",
            "Replace the recovery contact with a shared organisational mailbox (e.g. "
            "social-media@…) and an organisational phone number, then test the recovery "
            "procedure.",
        ),
    ),
    InventoryRule(
        "inv.no_owner",
        Problem.NO_OWNER,
        M,
        "ST12.2",
        ("Aucun responsable désigné", "No business owner"),
        (
            "Aucune unité ni aucun rôle n’est désigné comme responsable du compte.",
            "No unit or role is named as accountable for the account.",
        ),
        (
            "Désigner pour chaque compte une unité et un rôle responsables du contenu, des "
            "accès et de la fermeture, et les inscrire au registre ; ce responsable approuve "
            "les accès et répond des publications.",
            "Name, for each account, a unit and a role accountable for its content, access and "
            "retirement, and record them in the register; that owner approves access and "
            "answers for what is published.",
        ),
    ),
    InventoryRule(
        "inv.dormant",
        Problem.DORMANT,
        M,
        "ST12.4",
        ("Compte dormant", "Dormant account"),
        (
            "Ces comptes sont marqués dormants ou n’ont rien publié depuis plus de {days} "
            "jours ; un compte abandonné peut être détourné sans que personne le remarque.",
            "These accounts are marked dormant or have not posted for more than {days} days; "
            "an abandoned account can be hijacked without anyone noticing.",
        ),
        (
            "Pour chaque compte, décider de le relancer avec un plan de contenu ou de le "
            "retirer : archiver son contenu, publier un message qui renvoie au compte actif, "
            "puis le fermer ou le verrouiller.",
            "For each account, decide to revive it with a content plan or to retire it: "
            "archive its content, post a message pointing to the active account, then close "
            "or lock it.",
        ),
    ),
    InventoryRule(
        "inv.single_admin",
        Problem.SINGLE_ADMIN,
        M,
        "ST12.2",
        ("Un seul administrateur", "Single administrator"),
        (
            "Une seule personne administre le compte : son absence ou son départ prive "
            "l’organisation de tout accès.",
            "Only one person administers the account: their absence or departure locks the "
            "organisation out.",
        ),
        (
            "Nommer au moins deux administrateurs de l’organisation, chacun avec son propre "
            "accès nominatif et l’authentification multifacteur, sans partager d’identifiant.",
            "Appoint at least two administrators from the organisation, each with their own "
            "named access and multi-factor authentication, without sharing a login.",
        ),
    ),
    InventoryRule(
        "inv.stale_review",
        Problem.STALE_REVIEW,
        M,
        "SC5.3",
        ("Revue des accès en retard", "Access review overdue"),
        (
            "Les accès n’ont pas été revus depuis plus de {months} mois, ou aucune revue n’est "
            "consignée pour un compte actif.",
            "Access has not been reviewed for more than {months} months, or no review is "
            "recorded for an active account.",
        ),
        (
            "Revoir les administrateurs et les applications connectées au moins tous les "
            "{months} mois et à chaque départ ; retirer les accès devenus inutiles et "
            "consigner la date de la revue au registre.",
            "Review administrators and connected apps at least every {months} months and "
            "whenever someone leaves; remove access no longer needed and record the review "
            "date in the register.",
        ),
    ),
    InventoryRule(
        "inv.language_gap",
        Problem.LANGUAGE_GAP,
        M,
        "SC6.1",
        ("Langues officielles non respectées", "Official languages not met"),
        (
            "L’organisation a plusieurs langues officielles ({languages}), mais ces comptes "
            "ne publient pas, ou seulement en partie, dans chacune d’elles.",
            "The organisation has several official languages ({languages}), but these "
            "accounts do not publish in each of them, or only partly.",
        ),
        (
            "Publier chaque message dans toutes les langues officielles (message bilingue ou "
            "comptes parallèles de qualité égale), répondre dans la langue de l’interlocuteur "
            "et inscrire la règle au guide de rédaction.",
            "Publish every message in each official language (a bilingual post or parallel "
            "accounts of equal quality), reply in the language of the person writing, and put "
            "the rule in the writing guide.",
        ),
    ),
    InventoryRule(
        "inv.no_archiving",
        Problem.NO_ARCHIVING,
        M,
        "SC6.2",
        ("Publications non archivées", "Posts not archived"),
        (
            "Les publications et les échanges de ces comptes ne sont pas conservés, alors "
            "qu’ils peuvent constituer des documents de l’organisation.",
            "The posts and conversations of these accounts are not kept, although they may be "
            "records of the organisation.",
        ),
        (
            "Mettre en place une exportation ou un outil d’archivage périodique des "
            "publications, commentaires et messages, conforme au calendrier de conservation, "
            "et archiver aussi avant toute fermeture.",
            "Set up a periodic export or archiving tool for posts, comments and messages, in "
            "line with the retention schedule, and archive before any account is closed.",
        ),
    ),
    InventoryRule(
        "inv.no_notice",
        Problem.NO_NOTICE,
        L,
        "SC6.3",
        ("Avis d’utilisation non lié", "No notice or terms linked"),
        (
            "Le profil ne renvoie à aucun avis qui précise les conditions d’utilisation, la "
            "modération et le traitement des renseignements personnels.",
            "The profile links to no notice setting out the terms of use, moderation and the "
            "handling of personal information.",
        ),
        (
            "Publier un avis sur les médias sociaux (but du compte, règles de modération, "
            "délais de réponse, renseignements personnels, langues) et le lier depuis la "
            "biographie ou la section « À propos » de chaque compte.",
            "Publish a social media notice (purpose of the account, moderation rules, response "
            "times, personal information, languages) and link it from the bio or About "
            "section of each account.",
        ),
    ),
    InventoryRule(
        "inv.not_in_registry",
        Problem.NOT_IN_REGISTRY,
        L,
        "ST12.1",
        ("Compte absent du registre officiel", "Account not in the official registry"),
        (
            "Ces comptes officiels ou de programme ne figurent pas au registre des comptes : "
            "le public ne peut pas vérifier leur authenticité.",
            "These official or programme accounts are missing from the account registry: the "
            "public cannot check that they are genuine.",
        ),
        (
            "Inscrire chaque compte au registre (plateforme, adresse, unité responsable, date "
            "de création) et publier la liste des comptes officiels sur le site Web.",
            "Enter each account in the registry (platform, address, owning unit, creation "
            "date) and publish the list of official accounts on the website.",
        ),
    ),
    InventoryRule(
        "inv.branding",
        Problem.BRANDING,
        L,
        "ST11.1",
        ("Image de marque incohérente", "Inconsistent branding"),
        (
            "Le nom, l’image de profil ou la description ne suivent pas les normes de "
            "l’organisation, ce qui rend le compte moins reconnaissable.",
            "The name, profile picture or description do not follow the organisation's "
            "standards, which makes the account harder to recognise.",
        ),
        (
            "Appliquer le gabarit de profil de l’organisation (nom, logo, bannière, "
            "description, lien vers le site Web) et le consigner dans le guide de rédaction.",
            "Apply the organisation's profile template (name, logo, banner, description, link "
            "to the website) and record it in the writing guide.",
        ),
    ),
    InventoryRule(
        "inv.mfa_unknown",
        Problem.MFA_UNKNOWN,
        L,
        "ST12.3",
        (
            "Authentification multifacteur non vérifiée",
            "Multi-factor authentication not verified",
        ),
        (
            "On ignore si les administrateurs de ces comptes utilisent l’authentification "
            "multifacteur.",
            "Whether the administrators of these accounts use multi-factor authentication is "
            "not known.",
        ),
        (
            "Vérifier dans les paramètres de sécurité de chaque plateforme, ou auprès de "
            "chaque administrateur, que l’authentification multifacteur est activée, et "
            "consigner le résultat au registre.",
            "Check in each platform's security settings, or with each administrator, that "
            "multi-factor authentication is on, and record the result in the register.",
        ),
    ),
)


PLATFORM_RULES: tuple[ClosedPlatformRule, ...] = (ClosedPlatformRule(),)
"""Inventory rules about the platform rather than an account badge."""
