"""The consultant's brand as the audit stores it: firm, contact and confidentiality lines,
accent colour and the logo's own bytes (checked as untrusted input by :mod:`wizard.brand`).
"""

from __future__ import annotations

import base64
from typing import Annotated, Literal

from pydantic import Field, model_validator

from wizard.audit.base import Record
from wizard.audit.text import Line
from wizard.brand.image import LogoError, inspect_logo

LogoData = Annotated[str, Field(pattern=r"^[A-Za-z0-9+/]*={0,2}$", max_length=700_000)]
"""Base64 of at most 512 KiB (:data:`wizard.brand.image.MAX_BYTES`)."""
AccentColour = Annotated[str, Field(pattern=r"^#[0-9A-F]{6}$")]


class Logo(Record):
    """The brand's logo, its bytes kept in the audit so every copy exports the same cover.

    Only PNG and JPEG, checked from their own headers (:mod:`wizard.brand.image`); an SVG is
    rendered to PNG before it gets here."""

    media_type: Literal["image/png", "image/jpeg"]
    width: Annotated[int, Field(ge=8, le=4096)]
    height: Annotated[int, Field(ge=8, le=4096)]
    data: LogoData

    @model_validator(mode="after")
    def _is_the_image_it_says(self) -> Logo:
        try:
            found = inspect_logo(self.image_bytes())
        except (LogoError, ValueError) as exc:
            raise ValueError(str(exc)) from None
        if (found.media_type, found.width, found.height) != (
            self.media_type,
            self.width,
            self.height,
        ):
            raise ValueError("the logo's type or size does not match its bytes")
        return self

    def image_bytes(self) -> bytes:
        return base64.b64decode(self.data, validate=True)

    @classmethod
    def from_bytes(cls, data: bytes, name: str = "the logo") -> Logo:
        """A logo from a PNG or JPEG file's bytes (:class:`wizard.brand.image.LogoError`)."""
        found = inspect_logo(data, name)
        return cls(
            media_type=found.media_type,
            width=found.width,
            height=found.height,
            data=base64.b64encode(data).decode("ascii"),
        )


class Brand(Record):
    """Whose deliverable this is: the consultant's firm, logo, colour and lines, chosen per
    audit (from the consultant's profile) and stored in it. All empty: Vigie's plain look."""

    firm: Line = ""
    contact: Line = ""
    """A contact line, e.g. "Conseil Lavoie inc. · 418 555-0100 · info@lavoie.example"."""
    confidentiality_line: Line = ""
    """Printed on the cover and in every page footer, e.g. "Confidentiel — usage interne"."""
    accent: AccentColour | None = None
    """The cover's title band; None: Vigie's own colour."""
    logo: Logo | None = None

    def is_empty(self) -> bool:
        return self == Brand()
