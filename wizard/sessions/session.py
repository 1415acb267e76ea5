"""An audit with its evidence bytes: what one ``.vigie`` file holds, in memory."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path

from wizard.audit.model import Audit, Evidence, new_audit, now
from wizard.bank.framework import Framework

EVIDENCE_LIMIT = 100 * 1024 * 1024
"""One attachment may not exceed 100 MiB: the session file must stay e-mailable-ish."""


class EvidenceError(ValueError):
    pass


@dataclass
class Session:
    audit: Audit
    blobs: dict[str, bytes] = field(default_factory=dict)
    """Evidence bytes by SHA-256 (hex)."""
    path: Path | None = None
    """Where the session was last saved or opened from; None for a new audit."""
    evidence_file: Path | None = None
    """Set when the attachments were checked but left in the file they were loaded from
    (the commands do this, so no attachment is held in memory): saving copies those not in
    :attr:`blobs` from there, one at a time."""

    @classmethod
    def new(cls, framework: Framework | None = None) -> Session:
        """An empty audit on ``framework`` (the shipped bank when None)."""
        return cls(audit=new_audit(framework))

    def add_evidence(self, filename: str, data: bytes, description: str = "") -> Evidence:
        """Store an attachment (once per content) and return its record."""
        if len(data) > EVIDENCE_LIMIT:
            raise EvidenceError(
                f"{filename}: {len(data):,} bytes is over the {EVIDENCE_LIMIT:,}-byte limit"
            )
        digest = hashlib.sha256(data).hexdigest()
        existing = next((e for e in self.audit.evidence if e.sha256 == digest), None)
        if existing is not None:
            self.blobs.setdefault(digest, data)
            return existing
        media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        record = Evidence(
            sha256=digest,
            filename=Path(filename).name or "attachment",
            size=len(data),
            media_type=media_type,
            added=now(),
            description=description,
        )
        self.audit.evidence.append(record)
        self.blobs[digest] = data
        return record

    def add_evidence_file(self, path: Path, description: str = "") -> Evidence:
        size = path.stat().st_size
        if size > EVIDENCE_LIMIT:
            raise EvidenceError(f"{path.name}: {size:,} bytes is over the limit")
        return self.add_evidence(path.name, path.read_bytes(), description)

    def evidence_users(self, sha256: str) -> list[str]:
        """Where an attachment is referenced: criterion ids, legal ids and account ids."""
        audit = self.audit
        users = [cid for cid, ans in audit.answers.items() if sha256 in ans.evidence]
        users += [lid for lid, ans in audit.legal.items() if sha256 in ans.evidence]
        users += [acc.id for acc in audit.accounts if sha256 in acc.evidence]
        return users
