"""Core messages exist in French and English and render in the reader's language (issue 11,
item 16): the catalogue is complete, every id the code uses is in it, and the import report,
session errors and merge refusals read French for a French user and English by default."""

from __future__ import annotations

import copy
import pickle
import re
import string
from pathlib import Path

import pytest
from helpers.audits import make_audit, make_session

from wizard.importers import ImportFileError
from wizard.importers.plan import ImportOptions, plan_import
from wizard.messages import CATALOGUE, Both, Joined, Message, localise, reason_of
from wizard.sessions import store
from wizard.teams import merge

WIZARD = Path(__file__).resolve().parents[1] / "wizard"


def _forms(text) -> list[str]:
    return list(text) if isinstance(text, tuple) else [text]


def _fields(template: str) -> set[tuple[str, str | None]]:
    """(name, conversion) of every placeholder: ``{text!r}`` must be ``{text!r}`` in both."""
    return {(name, conv) for _, name, _, conv in string.Formatter().parse(template) if name}


def _letters(template: str) -> str:
    """The words of a template, placeholders removed."""
    return re.sub(r"[^\w]+", "", re.sub(r"\{[^}]*\}", "", template))


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_has_both_languages_with_the_same_placeholders(key) -> None:
    fr, en = CATALOGUE[key]
    assert isinstance(fr, tuple) == isinstance(en, tuple), f"{key}: plural in one language only"
    forms = _forms(fr) + _forms(en)
    assert all(form.strip() for form in forms), f"{key}: an empty text"
    expected = _fields(forms[0])
    for form in forms:
        assert _fields(form) == expected, f"{key}: placeholders differ in {form!r}"
    if isinstance(fr, tuple):
        assert ("count", None) in {(n, None) for n, _ in expected}, f"{key}: plural needs count"
    for french, english in zip(_forms(fr), _forms(en), strict=True):
        if _letters(english):  # not only punctuation around placeholders
            assert french != english, f"{key}: the French text is the English one"


def test_every_message_id_the_code_names_is_in_the_catalogue_and_each_entry_is_used() -> None:
    named: set[str] = set()
    literals: set[str] = set()
    for path in WIZARD.rglob("*.py"):
        if path.parent.name == "messages":
            continue
        text = path.read_text(encoding="utf-8")
        named |= set(re.findall(r"(?:Message|say)\(\s*\"([a-z_.]+)\"", text))
        literals |= set(re.findall(r"\"([a-z]+\.[a-z_.]+)\"", text))
    assert named - set(CATALOGUE) == set(), "ids used but not in the catalogue"
    assert set(CATALOGUE) - literals == set(), "catalogue entries no code uses"


def test_a_message_is_its_english_text_and_renders_in_french() -> None:
    reason = Message("import.dup.row", row=3, key="facebook:ville")
    assert reason == "same account as row 3 (facebook:ville)"
    assert f"{reason}" == "same account as row 3 (facebook:ville)"
    assert reason.text("fr") == "même compte que la ligne 3 (facebook:ville)"
    assert localise(reason, "fr") == reason.text("fr")
    assert localise("a user's own text", "fr") == "a user's own text"
    nested = Message("import.row", row=4, reason=reason)
    assert nested.text("fr") == "ligne 4 : même compte que la ligne 3 (facebook:ville)"
    assert nested.text("en") == "row 4: same account as row 3 (facebook:ville)"


def test_numbers_plurals_and_bilingual_parameters_follow_the_language() -> None:
    summary = Message(
        "import.summary.applied", added=12345, merged=0, skipped=1, invalid=2, rows=12348
    )
    assert "12,345 added" in summary
    assert "12\u202f345 ajoutés" in summary.text("fr")
    assert Message("import.platform_from_url", count=1).text("fr").endswith(": 1 ligne")
    assert Message("import.platform_from_url", count=1).text("en").endswith(": 1 row")
    assert Message("import.platform_from_url", count=2).text("fr").endswith(": 2 lignes")
    both = Message("value.not_one_of", text="x", expected=Both("Actif, Fermé", "Active, Closed"))
    assert both.text("fr").endswith("Actif, Fermé")
    assert both.endswith("Active, Closed")
    joined = Message("merge.failures", failures=Joined([Message("import.file.none"), "b"], "; "))
    assert joined.text("fr") == "aucune; b"
    assert joined == "none; b"


def test_a_quoted_message_parameter_is_quoted_in_the_readers_language() -> None:
    column = Message("import.column", number=2)
    problem = Message("import.row.neither_url_nor_handle", text=column)
    assert problem.text("fr") == "'colonne 2' n'est ni une URL ni un identifiant"
    assert problem == "'column 2' is neither a URL nor a handle"


def test_a_message_survives_copies_and_exceptions() -> None:
    reason = Message("session.empty", file="a.vigie")
    for again in (copy.deepcopy(reason), pickle.loads(pickle.dumps(reason))):
        assert again.text("fr") == reason.text("fr")
        assert again == reason
    error = ValueError(reason)
    assert str(error) == "a.vigie: the file is empty (0 bytes)"
    assert reason_of(error).text("fr") == "a.vigie : le fichier est vide (0 octet)"
    assert reason_of(ValueError("plain")) == "plain"


def test_an_unknown_id_or_a_missing_parameter_fails_where_it_is_made() -> None:
    with pytest.raises(KeyError):
        Message("import.no_such_message")
    with pytest.raises(KeyError):
        Message("import.dup.row", row=3)


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "comptes.csv"
    path.write_text(
        "Plateforme,Lien,Abonnés,Statut\n"
        "Facebook,https://www.facebook.com/ville01/,1200,Actif\n"
        "Facebook,https://www.facebook.com/ville01/,1200,Actif\n"
        "Instagram,,beaucoup,Actif\n"
        "Twitter,https://twitter.com/ville02,beaucoup,Peut-être\n",
        encoding="utf-8",
    )
    return path


def test_the_import_report_reads_french_for_a_french_user(tmp_path) -> None:
    plan = plan_import(_csv(tmp_path), make_audit(0), ImportOptions())
    french = "\n".join(plan.report.lines(lang="fr"))
    assert "ligne 3 : même compte que la ligne 2" in french
    assert "ligne 4 : aucune URL ni aucun identifiant ne désigne le compte" in french
    assert "'Abonnés' : 'beaucoup' n'est pas un nombre" in french
    assert "'Statut' : 'Peut-être' ne fait pas partie de : Actif, " in french
    assert "Doublons ignorés : 1" in french
    assert "Lignes invalides (non importées) : 1" in french
    assert "séparateur ','" in french
    for english in ("row ", "same account", "left empty", "is not", "Skipped", "separator"):
        assert english not in french, english


def test_the_import_report_stays_english_by_default(tmp_path) -> None:
    plan = plan_import(_csv(tmp_path), make_audit(0), ImportOptions())
    english = "\n".join(plan.report.lines())
    assert "row 3: same account as row 2" in english
    assert "'Abonnés': 'beaucoup' is not a number" in english
    assert "'Statut': 'Peut-être' is not one of: Active, " in english
    assert plan.report.summary().startswith("Would import: 2 added")
    assert plan.report.summary("fr").startswith("À importer : 2 ajoutés")


def test_headerless_guess_notes_read_french(tmp_path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Ville,https://www.facebook.com/ville01/\nMusée,https://twitter.com/musee02\n",
        encoding="utf-8",
    )
    plan = plan_import(path, make_audit(0), ImportOptions(no_header=True))
    french = "\n".join(plan.report.lines(lang="fr"))
    guessed = "Pas de ligne d'en-têtes ; colonnes devinées d'après leur contenu : "
    assert guessed + "colonne 2 → Adresse (URL)" in french
    assert "column" not in french


def test_session_file_errors_read_french(tmp_path) -> None:
    path = tmp_path / "notes.vigie"
    path.write_bytes(b"%PDF-1.7 not a session")
    with pytest.raises(store.ForeignFileError) as caught:
        store.load_session(path)
    reason = caught.value.reason
    assert "this is not a Vigie session" in reason
    assert "ce n'est pas une session Vigie" in localise(reason, "fr")
    with pytest.raises(store.SessionError) as missing:
        store.load_session(tmp_path / "absent.vigie")
    assert "n'existe pas (déplacé ou supprimé ?)" in localise(missing.value.reason, "fr")


def test_merge_refusals_read_french() -> None:
    mine, theirs = make_session(), make_session()
    with pytest.raises(merge.DifferentAuditError) as caught:
        merge.merge_sessions(None, mine, theirs)
    assert "different audits" in str(caught.value)
    assert "audits différents" in localise(reason_of(caught.value), "fr")


@pytest.mark.parametrize(
    ("name", "french"),
    [
        ("zip_bomb.xlsx", "comme une bombe zip ; refusé"),
        ("legacy.xls", "un ancien .xls (format Excel 97-2003)"),
        ("encrypted.xlsx", "est un classeur chiffré (protégé par mot de passe)"),
    ],
)
def test_a_refused_workbook_says_why_in_french(name, french) -> None:
    path = Path(__file__).resolve().parent / "data" / "import" / "fail" / name
    with pytest.raises(ImportFileError) as caught:
        plan_import(path, make_audit(0))
    assert french in localise(caught.value.reason, "fr")
    assert french not in caught.value.reason  # English by default
