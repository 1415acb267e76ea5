"""The finding a discovery of accounts from the organisation's pages raises.

An account in the inventory that no page the auditor provided links to is a verification
gap: the public cannot tell it is official, and an impostor looks exactly like it. The rule
speaks only once a discovery was recorded (:attr:`wizard.audit.model.Audit.discovery`): before
that, "not linked" means "not checked". Unofficial accounts (fans, impostors already known)
and closed ones are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wizard.audit.model import AccountKind, AccountStatus, Audit, Severity
from wizard.scoring.rules.common import Finding, accounts_finding

Text = tuple[str, str]
"""(fr, en)"""


@dataclass(frozen=True)
class UnlinkedAccountRule:
    id: str = "inv.not_linked"
    severity: Severity = Severity.MEDIUM
    framework_item: str = "ST14.2"
    scope: str = "inventory"
    title: Text = (
        "Compte lié depuis aucune page officielle : vérifier à qui il appartient",
        "Not linked from any official page: verify ownership",
    )
    description: Text = (
        "Aucune des pages officielles fournies ({pages} pages lues) ne renvoie à ces comptes : "
        "le public ne peut pas vérifier qu’ils sont officiels, et un imposteur leur "
        "ressemblerait en tout point.",
        "None of the official pages provided ({pages} pages read) links to these accounts: "
        "the public cannot check that they are official, and an impostor would look exactly "
        "like them.",
    )
    recommendation: Text = (
        "Confirmer avec le client que ces comptes sont bien les siens ; si oui, les lier "
        "depuis le site Web (pied de page ou page de contact) ; sinon, les signaler à la "
        "plateforme comme usurpation.",
        "Confirm with the client that these accounts are theirs; if so, link them from the "
        "website (footer or contact page); if not, report them to the platform as "
        "impersonation.",
    )

    def evaluate(self, audit: Audit, today: date) -> list[Finding]:
        if audit.discovery is None:
            return []
        affected = [
            a
            for a in audit.accounts
            if a.official_link is False
            and a.kind is not AccountKind.UNOFFICIAL
            and a.status is not AccountStatus.CLOSED
        ]
        return accounts_finding(self, affected, {"pages": audit.discovery.pages})


DISCOVERY_RULES: tuple[UnlinkedAccountRule, ...] = (UnlinkedAccountRule(),)
