"""Property tests over generated audits: audit → session file → audit is the identity;
audit → workbook → every text field read back identical (openpyxl). Generated format-0
files are in test_case_19_older_version.py."""

from __future__ import annotations

from datetime import date

from helpers.bank import tiny_bank
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from wizard.audit import model as m
from wizard.audit.text import EXCEL_CELL_LIMIT, LINE_LIMIT, check_text
from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session
from wizard.workbook import export_workbook

FRAMEWORK = tiny_bank()


def _valid(multiline: bool):
    limit = EXCEL_CELL_LIMIT if multiline else LINE_LIMIT

    def check(text: str) -> bool:
        try:
            return check_text(text, limit=limit, multiline=multiline) == text
        except ValueError:
            return False

    return check


chars = st.characters(exclude_categories=("Cs",))
line = st.text(chars, max_size=40).filter(_valid(False))
note = st.text(chars, max_size=120).filter(_valid(True))
dates = st.none() | st.dates(date(1990, 1, 1), date(2100, 12, 31))


def enum(kind: type) -> st.SearchStrategy:
    return st.sampled_from(list(kind))


people = st.builds(m.Person, name=line, role=line)
accounts = st.builds(
    m.Account,
    platform=st.sampled_from(["facebook", "x", "instagram", "other", "mastodon"]),
    handle=line,
    url=st.sampled_from(["", "https://example.org/a", "javascript:x"]),
    display_name=line,
    kind=enum(m.AccountKind),
    status=enum(m.AccountStatus),
    verified=st.none() | st.booleans(),
    created=dates,
    owning_unit=line,
    owner=people,
    admins=st.lists(people, max_size=2),
    admin_count=st.none() | st.integers(0, 100_000),
    credentials=enum(m.CredentialStore),
    mfa=enum(m.MfaCoverage),
    third_party_apps=note,
    last_access_review=dates,
    followers=st.none() | st.integers(0, 10_000_000_000),
    posting_frequency=enum(m.Frequency),
    last_post=dates,
    engagement_rate=st.none() | st.floats(0, 100, allow_nan=False),
    audience=line,
    purpose=note,
    kpis=note,
    notice_linked=enum(m.Check),
    recommendation=enum(m.Recommendation),
    notes=note,
)
answers = st.one_of(
    st.builds(m.Answer, level=st.integers(0, 2), notes=note, justification=note),
    st.builds(m.Answer, not_applicable=st.just(True), justification=line.filter(str.strip)),
)
risks = st.builds(
    m.Risk,
    title=line,
    description=note,
    likelihood=st.integers(1, 5),
    impact=st.integers(1, 5),
    owner=line,
    mitigation=note,
    status=enum(m.RiskStatus),
)
actions = st.builds(
    m.Action,
    title=line.filter(bool),
    detail=note,
    priority=enum(m.Severity),
    owner=line,
    due=dates,
    status=enum(m.ActionStatus),
)


@st.composite
def audits(draw: st.DrawFn) -> m.Audit:
    audit = m.Audit(framework=FRAMEWORK)
    engagement = audit.engagement
    engagement.organisation.name = draw(line)
    engagement.title = draw(line)
    engagement.scope = draw(note)
    engagement.objectives = draw(note)
    audit.accounts = draw(st.lists(accounts, max_size=4))
    audit.answers = draw(
        st.dictionaries(st.sampled_from([c.id for c in FRAMEWORK.criteria()]), answers)
    )
    audit.risks = draw(st.lists(risks, max_size=3))
    audit.actions = draw(st.lists(actions, max_size=3))
    return audit


SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(audit=audits())
def test_session_file_round_trip_is_the_identity(tmp_path_factory, audit: m.Audit) -> None:
    path = tmp_path_factory.mktemp("s") / "audit.vigie"
    session = Session(audit=audit)
    save_session(session, path)  # stamps ``modified`` on the audit it saves
    assert load_session(path).session.audit == session.audit


def _verbatim_texts(audit: m.Audit) -> list[str]:
    """Text fields the workbook shows as typed (not composed with other values)."""
    texts = [audit.engagement.organisation.name, audit.engagement.title]
    texts += [audit.engagement.scope, audit.engagement.objectives]
    for a in audit.accounts:
        texts += [a.handle, a.url, a.display_name, a.notes, a.purpose, a.kpis, a.audience]
        texts += [a.owning_unit, a.third_party_apps]
    for r in audit.risks:
        texts += [r.title, r.description, r.mitigation]
    for answer in audit.answers.values():
        texts += [answer.notes, answer.justification]
    return [t for t in texts if t]


@SETTINGS
@given(audit=audits())
def test_workbook_gives_every_text_back(tmp_path_factory, audit: m.Audit) -> None:
    path = export_workbook(audit, tmp_path_factory.mktemp("w") / "a.xlsx", lang="en")
    book = load_workbook(path)
    found = {c.value for ws in book.worksheets for row in ws.iter_rows() for c in row}
    missing = [t for t in _verbatim_texts(audit) if t not in found]
    assert not missing
    cells = [v for v in found if isinstance(v, str)]
    for action in audit.actions:  # the plan shows an action's title and detail in one cell
        assert any(action.title in v and action.detail in v for v in cells), action
