"""The pydantic base every audit record shares: strict types, unknown keys refused."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """Strict, closed record: a misspelt or foreign key (``password``…) is an error."""

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        validate_assignment=True,
        validate_default=False,
        str_strip_whitespace=False,
    )
