"""Labels of enumerated values: each enum keeps its own, even where stored values coincide."""

from __future__ import annotations

from wizard.audit import labels
from wizard.audit import model as m


def test_equal_values_of_different_enums_keep_their_own_labels():
    """StrEnum members compare equal to their value: ``AccountStatus.CLOSED`` and
    ``RiskStatus.CLOSED`` once shared one dict key, so accounts were exported as "Clos"."""
    assert labels.label(m.AccountStatus.CLOSED, "fr") == "Fermé"
    assert labels.label(m.RiskStatus.CLOSED, "fr") == "Clos"
    assert labels.label(m.AccountStatus.UNKNOWN, "fr") == "Inconnu"
    assert labels.label(m.Frequency.UNKNOWN, "fr") == "Inconnue"
    assert labels.label(m.MfaCoverage.NONE, "en") == "None"
    assert labels.parse_label(m.AccountStatus, "fermé") is m.AccountStatus.CLOSED


def test_every_value_of_every_enum_has_labels():
    enums = [m.AccountKind, m.AccountStatus, m.CredentialStore, m.MfaCoverage, m.Check,
             m.Frequency, m.Recommendation, m.OrgSize, m.Confidentiality, m.Severity,
             m.ActionStatus, m.Decision, m.RiskStatus]  # fmt: skip
    for enum in enums:
        for value in enum:
            assert labels.parse_label(enum, labels.label(value, "fr")) is value
            assert labels.parse_label(enum, labels.label(value, "en")) is value
