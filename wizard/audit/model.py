"""The audit as typed, validated data.

Every record is strict and closed (:class:`wizard.audit.base.Record`): unknown keys are refused, so
there is no place for a password or code to hide. Text goes through the types of
:mod:`wizard.audit.text`. The whole :class:`Audit` is what a session file stores.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Final, Literal

from pydantic import AfterValidator, Field, model_validator

from wizard.audit.base import Record, empty_dict, empty_list
from wizard.audit.branding import Brand
from wizard.audit.choices import (
    AccountKind,
    AccountStatus,
    ActionStatus,
    Check,
    Confidentiality,
    CredentialStore,
    Decision,
    Effort,
    Frequency,
    MfaCoverage,
    OrgSize,
    Recommendation,
    RiskStatus,
    Severity,
)
from wizard.audit.text import Line, Note, UrlText
from wizard.bank.framework import Framework, Identifier, Lang, default_bank

FORMAT: Final = "vigie-audit"
FORMAT_VERSION: Final = 2

Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
RecordId = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
PlatformId = Annotated[str, Field(pattern=r"^[a-z0-9_-]{1,40}$")]
LangCode = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]
Count = Annotated[int, Field(ge=0, le=10_000_000_000)]
StepKey = Annotated[str, Field(max_length=200)]
"""Any text: one naming no step is ignored when the file opens, never refused (an older or
edited file still opens); only a wrong type or an absurd length is."""


def new_id() -> str:
    return uuid.uuid4().hex


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _in_utc_when_naive(value: datetime) -> datetime:
    """Vigie writes every time with its offset (UTC); a hand-edited one without is read as
    UTC, so every command compares and sorts times the same way (none can mix the two)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


Stamp = Annotated[datetime, AfterValidator(_in_utc_when_naive)]
"""A moment: always time-zone aware once validated."""


# --- engagement


class Person(Record):
    """Someone named in the audit. The name is optional and left out of exports by default."""

    name: Line = ""
    role: Line = ""


class Organisation(Record):
    name: Line = ""
    sector: Line = ""
    size: OrgSize = OrgSize.UNKNOWN
    jurisdiction: Line = ""
    official_languages: list[LangCode] = Field(default_factory=empty_list, max_length=10)


class Engagement(Record):
    organisation: Organisation = Field(default_factory=Organisation)
    title: Line = ""
    scope: Note = ""
    objectives: Note = ""
    auditors: list[Person] = Field(default_factory=empty_list, max_length=50)
    client_contact: Person = Field(default_factory=Person)
    start_date: date | None = None
    end_date: date | None = None
    report_date: date | None = None
    language: Lang = "fr"
    confidentiality: Confidentiality = Confidentiality.INTERNAL
    baseline: Line = ""
    """Path of last year's audit file, as the user chose it (may not exist on this machine)."""

    @model_validator(mode="after")
    def _dates_in_order(self) -> Engagement:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError("the end date is before the start date")
        return self


# --- inventory


class Account(Record):
    id: RecordId = Field(default_factory=new_id)
    # identity
    platform: PlatformId = "other"
    handle: Line = ""
    url: UrlText = ""
    display_name: Line = ""
    kind: AccountKind = AccountKind.UNKNOWN
    languages: list[LangCode] = Field(default_factory=empty_list, max_length=10)
    status: AccountStatus = AccountStatus.UNKNOWN
    verified: bool | None = None
    created: date | None = None
    in_registry: bool | None = None
    # ownership & access
    owning_unit: Line = ""
    owner: Person = Field(default_factory=Person)
    admin_count: Annotated[int, Field(ge=0, le=100_000)] | None = None
    admins: list[Person] = Field(default_factory=empty_list, max_length=500)
    credentials: CredentialStore = CredentialStore.UNKNOWN
    mfa: MfaCoverage = MfaCoverage.UNKNOWN
    recovery_organisational: bool | None = None
    third_party_apps: Note = ""
    last_access_review: date | None = None
    # activity & audience
    followers: Count | None = None
    posting_frequency: Frequency = Frequency.UNKNOWN
    last_post: date | None = None
    engagement_rate: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None = None
    """Percent."""
    audience: Line = ""
    purpose: Note = ""
    kpis: Note = ""
    # compliance
    notice_linked: Check = Check.UNKNOWN
    moderation_rules: Check = Check.UNKNOWN
    accessibility: Check = Check.UNKNOWN
    branding_consistent: Check = Check.UNKNOWN
    official_languages: Check = Check.UNKNOWN
    archiving: Check = Check.UNKNOWN
    recommendation: Recommendation = Recommendation.UNDECIDED
    notes: Note = ""
    evidence: list[Sha256] = Field(default_factory=empty_list, max_length=1000)
    # discovery (format 2): is the account linked from the organisation's own pages?
    official_link: bool | None = None
    """True: a page the auditor provided links to it; False: a discovery was run and no
    page did; None: not checked (no discovery since the account was entered)."""
    official_link_source: UrlText = ""
    """The page that links to it (its address, or the saved file's name)."""


# --- assessment


class Answer(Record):
    """The answer to one criterion. No level and not N/A means "not yet assessed"."""

    level: Annotated[int, Field(ge=0, le=10)] | None = None
    not_applicable: bool = False
    justification: Note = ""
    notes: Note = ""
    evidence: list[Sha256] = Field(default_factory=empty_list, max_length=1000)
    to_review: bool = False
    previous_level: Annotated[int, Field(ge=0, le=10)] | None = None
    """The level given in the baseline audit ("start from last year's audit"): a hint shown
    beside the question, never a score. Scoring, completeness and findings ignore it."""

    @model_validator(mode="after")
    def _na_is_justified(self) -> Answer:
        if self.not_applicable:
            if self.level is not None:
                raise ValueError("an answer cannot be both N/A and a level")
            if not self.justification.strip():
                raise ValueError("N/A needs a justification")
        return self

    @property
    def assessed(self) -> bool:
        return self.not_applicable or self.level is not None


class LegalAnswer(Record):
    status: Check = Check.UNKNOWN
    notes: Note = ""
    evidence: list[Sha256] = Field(default_factory=empty_list, max_length=1000)


class Risk(Record):
    id: RecordId = Field(default_factory=new_id)
    title: Line = ""
    description: Note = ""
    likelihood: Annotated[int, Field(ge=1, le=5)] = 3
    impact: Annotated[int, Field(ge=1, le=5)] = 3
    owner: Line = ""
    """A role; risks are owned by functions, not people."""
    mitigation: Note = ""
    accounts: list[RecordId] = Field(default_factory=empty_list, max_length=100_000)
    status: RiskStatus = RiskStatus.OPEN

    @property
    def rating(self) -> int:
        return self.likelihood * self.impact


# --- findings and actions


class FindingReview(Record):
    """The auditor's decision on a generated finding (keyed by the finding's key)."""

    decision: Decision
    reason: Note = ""
    title: Line = ""
    recommendation: Note = ""
    severity: Severity | None = None

    @model_validator(mode="after")
    def _dismissal_has_reason(self) -> FindingReview:
        if self.decision is Decision.DISMISSED and not self.reason.strip():
            raise ValueError("dismissing a finding needs a reason")
        return self


class OwnFinding(Record):
    """A finding the auditor wrote."""

    id: RecordId = Field(default_factory=new_id)
    title: Line = Field(min_length=1)
    detail: Note = ""
    recommendation: Note = ""
    severity: Severity = Severity.MEDIUM
    criterion: Identifier | None = None
    accounts: list[RecordId] = Field(default_factory=empty_list, max_length=100_000)


class Action(Record):
    id: RecordId = Field(default_factory=new_id)
    title: Line = Field(min_length=1)
    detail: Note = ""
    finding: Line = ""
    """Key of the generated finding or id of the own finding this action answers, if any."""
    priority: Severity = Severity.MEDIUM
    owner: Line = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.TODO
    effort: Effort = Effort.UNKNOWN
    """Rough size of the work (format 2; absent in older files: not estimated)."""


# --- evidence


class Evidence(Record):
    """An attachment; its bytes travel in the session file as ``evidence/<sha256>``."""

    sha256: Sha256
    filename: Line = Field(min_length=1)
    size: Annotated[int, Field(ge=0, le=2**40)]
    media_type: Line = "application/octet-stream"
    added: Stamp
    """When it was attached to the audit (set by Vigie)."""
    description: Line = ""
    captured: date | None = None
    """When the screenshot or document was taken, as the auditor says (None: unknown).
    Separate from :attr:`added`: a screenshot taken in March may be attached in May."""


class ClientReturn(Record):
    """A workbook the client sent back, recorded when its changes were applied."""

    received: Stamp
    file_name: Line = ""
    returned_by: Line = ""
    """Who sent it (free text, optional)."""
    changes_applied: Count = 0


class Discovery(Record):
    """The last account discovery from the organisation's saved pages (:mod:`wizard.discovery`)."""

    when: Stamp
    sources: list[Line] = Field(default_factory=empty_list, max_length=1000)
    """The files and folders read, by name."""
    pages: Count = 0
    found: Count = 0
    """Accounts the pages link to."""
    not_ours: list[Line] = Field(default_factory=empty_list, max_length=100_000)
    """Account keys the auditor marked "not ours": found on the pages (a partner, a
    sponsor), never proposed again."""


class Settings(Record):
    """Thresholds the findings rules use; set per audit."""

    dormant_after_days: Annotated[int, Field(ge=7, le=3650)] = 180
    access_review_months: Annotated[int, Field(ge=1, le=120)] = 12


# --- the audit


class Audit(Record):
    format: Literal["vigie-audit"] = FORMAT
    format_version: Literal[2] = FORMAT_VERSION
    audit_id: RecordId = Field(default_factory=new_id)
    created: Stamp = Field(default_factory=now)
    modified: Stamp = Field(default_factory=now)
    app_version: Line = ""
    engagement: Engagement = Field(default_factory=Engagement)
    framework: Framework
    accounts: list[Account] = Field(default_factory=empty_list, max_length=200_000)
    answers: dict[Identifier, Answer] = Field(default_factory=empty_dict)
    legal: dict[Identifier, LegalAnswer] = Field(default_factory=empty_dict)
    risks: list[Risk] = Field(default_factory=empty_list, max_length=10_000)
    finding_reviews: dict[Line, FindingReview] = Field(default_factory=empty_dict)
    own_findings: list[OwnFinding] = Field(default_factory=empty_list, max_length=10_000)
    actions: list[Action] = Field(default_factory=empty_list, max_length=100_000)
    evidence: list[Evidence] = Field(default_factory=empty_list, max_length=10_000)
    settings: Settings = Field(default_factory=Settings)
    client_returns: list[ClientReturn] = Field(default_factory=empty_list, max_length=10_000)
    """Client workbooks whose changes were applied (:mod:`wizard.returned`), oldest first."""
    discovery: Discovery | None = None
    """The last discovery of accounts from saved web pages; None when none was recorded
    (then no account is flagged as unlinked)."""
    brand: Brand = Field(default_factory=Brand)
    """The consultant's brand on this audit's deliverables (:mod:`wizard.brand`)."""
    last_step: StepKey | None = None
    """The step the auditor was on when the audit was saved (:mod:`wizard.audit.steps`), so
    an opened file comes back there; None when not recorded. Not content: merge, comparison,
    the exports and the unsaved state ignore it, and a value naming no step of this audit is
    ignored on opening."""

    @model_validator(mode="after")
    def _references_exist(self) -> Audit:
        criterion_ids = {c.id for c in self.framework.criteria()}
        unknown = sorted(set(self.answers) - criterion_ids)
        if unknown:
            raise ValueError(f"answers to criteria not in the question bank: {unknown[:5]}")
        top = self.framework.max_level
        beyond = sorted(k for k, a in self.answers.items() if a.level is not None and a.level > top)
        if beyond:
            raise ValueError(f"answers above the top level {top} of the scale: {beyond[:5]}")
        legal_ids = {item.id for item in self.framework.legal}
        unknown = sorted(set(self.legal) - legal_ids)
        if unknown:
            raise ValueError(f"legal answers not in the checklist: {unknown[:5]}")
        ids = [a.id for a in self.accounts]
        if len(set(ids)) != len(ids):
            raise ValueError("two accounts have the same id")
        return self

    def answer(self, criterion_id: str) -> Answer:
        """The stored answer, or an unassessed one (not stored)."""
        return self.answers.get(criterion_id) or Answer()

    def legal_answered(self, item_id: str) -> bool:
        """True when the legal checklist item has an answer other than "unknown" (the step
        list's mark and the progress comparison ask the same question)."""
        legal = self.legal.get(item_id)
        return legal is not None and legal.status is not Check.UNKNOWN

    def account(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts if a.id == account_id), None)


def new_audit(framework: Framework | None = None) -> Audit:
    """An empty audit on the given bank (the default bank when none is given)."""
    if framework is None:
        framework = default_bank()
    audit = Audit(framework=framework)
    if framework.languages and audit.engagement.language not in framework.languages:
        # a bank written in one language: the report starts in that language
        audit.engagement.language = framework.languages[0]
    return audit
