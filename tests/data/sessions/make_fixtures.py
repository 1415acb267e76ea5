"""Write the hand-made session fixtures beside this script (run it after changing them).

    .venv/bin/python tests/data/sessions/make_fixtures.py

``pass/v0-minimal.vigie`` is a format-0 ("pre-release") audit written by hand, not by the
current code, so the migration test reads what an old file really looked like: answers as a
list of ``{"criterion": …}`` objects and ``accounts[].mfa`` as a yes/no flag
(docs/session-format.md, "Versions and migration"). The zip is byte-for-byte reproducible.

The other ``pass/`` files are format-1 sessions that must open (some with a warning), and
``fail/`` holds damaged and hostile files that must be refused with a specific reason
(docs/reliability.md cases 15-18): each has a line in the README beside it, and
``tests/helpers/session_corpus.py`` holds the reason expected for each. Every file is
built here from the same hand-written audit, without the app's own writer, so a bug in the
writer cannot hide in the fixtures. All are small (the zip bombs declare or expand to a huge
size but take a few kilobytes on disk) and reproducible byte for byte.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import random
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
WHEN = (2024, 3, 1, 9, 30, 0)


def _bi(en: str, fr: str) -> dict[str, str]:
    return {"en": en, "fr": fr}


NONE = {"en": "-", "fr": "-"}

FRAMEWORK_V0 = {
    "id": "proto",
    "version": "0.9",
    "title": _bi("Prototype bank", "Grille prototype"),
    "source": _bi("Vigie prototype", "Prototype Vigie"),
    "scale": [
        {"value": 0, "name": _bi("Absent", "Absent"), "description": _bi("None", "Rien")},
        {"value": 1, "name": _bi("Partial", "Partiel"), "description": _bi("Some", "Un peu")},
        {"value": 2, "name": _bi("Complete", "Complet"), "description": _bi("All", "Tout")},
    ],
    "stages": [
        {
            "id": "begin",
            "name": _bi("Begin", "Début"),
            "description": _bi("-", "-"),
            "min_score": 0,
        },
        {"id": "ok", "name": _bi("Fine", "Bien"), "description": _bi("-", "-"), "min_score": 60},
    ],
    "groups": [{"id": "gov", "title": _bi("Governance", "Gouvernance")}],
    "sections": [
        {
            "id": "policy",
            "group": "gov",
            "title": _bi("Policy", "Politique"),
            "description": _bi("Written rules", "Règles écrites"),
            "criteria": [
                {
                    "id": "policy.exists",
                    "text": _bi("A policy exists", "Une politique existe"),
                    "guidance": _bi("Ask for it", "La demander"),
                    "evidence": _bi("The document", "Le document"),
                },
                {
                    "id": "policy.known",
                    "text": _bi("Staff know it", "Le personnel la connaît"),
                    "guidance": _bi("Interview", "Entrevue"),
                    "evidence": _bi("Training records", "Registres de formation"),
                },
            ],
        }
    ],
    "legal": [],
}

AUDIT_V0 = {
    "format": "vigie-audit",
    "format_version": 0,
    "audit_id": "proto-0001",
    "created": "2024-03-01T09:00:00Z",
    "modified": "2024-03-01T09:30:00Z",
    "app_version": "0.0.1.dev0",
    "engagement": {
        "organisation": {"name": "Municipalité de Saint-Exemple", "sector": "municipal"},
        "title": "Audit des médias sociaux 2024",
        "language": "fr",
    },
    "framework": FRAMEWORK_V0,
    "accounts": [
        {
            "id": "fb-main",
            "platform": "facebook",
            "handle": "@saintexemple",
            "url": "https://www.facebook.com/saintexemple",
            "kind": "official",
            "mfa": True,
            "followers": 4200,
        },
        {"id": "x-old", "platform": "x", "handle": "@stexemple", "mfa": False},
        {"id": "ig", "platform": "instagram", "handle": "@st.exemple", "mfa": None},
    ],
    "answers": [
        {"criterion": "policy.exists", "level": 1, "notes": "Brouillon de 2019"},
        {
            "criterion": "policy.known",
            "not_applicable": True,
            "justification": "Pas de personnel dédié",
        },
    ],
}


def write_session(path: Path, audit: dict) -> None:
    """A session zip the way format 0 wrote it: mimetype first and stored, then the audit."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("mimetype", WHEN)
        archive.writestr(info, "application/vnd.vigie.audit+zip", zipfile.ZIP_STORED)
        info = zipfile.ZipInfo("audit.json", WHEN)
        text = json.dumps(audit, ensure_ascii=False, indent=2)
        archive.writestr(info, text, zipfile.ZIP_DEFLATED)


# --- format 1 and the damaged files

MIMETYPE = b"application/vnd.vigie.audit+zip"
STORED, DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
Member = tuple[str, bytes, int]


def audit_v1() -> dict:
    """The same audit in format 1 (what migrating the v0 file gives), with a two-line note."""
    audit = copy.deepcopy(AUDIT_V0)
    audit["format_version"] = 1
    audit["answers"] = {
        a["criterion"]: {k: v for k, v in a.items() if k != "criterion"}
        for a in AUDIT_V0["answers"]
    }
    coverage = {True: "all", False: "none", None: "unknown"}
    for account in audit["accounts"]:
        account["mfa"] = coverage[account["mfa"]]
    audit["accounts"][0]["notes"] = "Compte principal\nrevu en 2024"
    return audit


def changed(**paths: object) -> dict:
    """``audit_v1()`` with values replaced: ``changed(accounts__0__notes="x")``."""
    audit = audit_v1()
    for path, value in paths.items():
        keys: list = [int(k) if k.isdigit() else k for k in path.split("__")]
        node = audit
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value
    return audit


def as_json(audit: dict) -> bytes:
    return json.dumps(audit, ensure_ascii=False, indent=1).encode("utf-8")


def zip_bytes(members: list[Member]) -> bytes:
    """A zip of ``(name, data, method)`` members in that order, dated :data:`WHEN`."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data, method in members:
                archive.writestr(zipfile.ZipInfo(name, WHEN), data, method)
    return buffer.getvalue()


def session(audit_json: bytes, *extra: Member) -> bytes:
    """A well-formed container around ``audit_json`` (whatever it holds)."""
    return zip_bytes([("mimetype", MIMETYPE, STORED), ("audit.json", audit_json, DEFLATED), *extra])


def patch_member(data: bytes, name: str, *, flags: int = 0, size: int | None = None) -> bytes:
    """Forge ``name``'s headers (local and central): set flag bits, declare another size."""
    out = bytearray(data)
    encoded = name.encode()
    for signature, flag_at, size_at, name_at in (
        (b"PK\x03\x04", 6, 22, 30),
        (b"PK\x01\x02", 8, 24, 46),
    ):
        start = out.find(signature)
        while start >= 0:
            if out[start + name_at : start + name_at + len(encoded)] == encoded:
                (old,) = struct.unpack_from("<H", out, start + flag_at)
                struct.pack_into("<H", out, start + flag_at, old | flags)
                if size is not None:
                    struct.pack_into("<L", out, start + size_at, size)
            start = out.find(signature, start + 4)
    return bytes(out)


def forge_entry_count(data: bytes, count: int) -> bytes:
    out = bytearray(data)
    end = out.rindex(b"PK\x05\x06")
    struct.pack_into("<HH", out, end + 8, count, count)
    return bytes(out)


def bad_crc() -> bytes:
    """audit.json stored uncompressed, then one letter of it changed on "disk"."""
    raw = as_json(audit_v1())
    data = zip_bytes([("mimetype", MIMETYPE, STORED), ("audit.json", raw, STORED)])
    at = data.index(b"Saint-Exemple")
    return data[:at] + b"S@" + data[at + 2 :]


def with_text(audit: dict, placeholder: str, raw_json: str) -> bytes:
    """JSON where the string ``placeholder`` is replaced by raw JSON text (NaN, 1e999…)."""
    text = json.dumps(audit, ensure_ascii=False, indent=1)
    return text.replace(json.dumps(placeholder), raw_json).encode("utf-8")


def zip_bomb_ratio() -> bytes:
    """20 MiB of zeros deflated to ~20 KB (1,000:1), under every size limit."""
    zeros = bytes(20 * 1024 * 1024)
    member = f"evidence/{hashlib.sha256(zeros).hexdigest()}"
    compressor = zlib.compressobj(9)
    assert len(compressor.compress(zeros) + compressor.flush()) < 30_000
    return session(as_json(audit_v1()), (member, zeros, DEFLATED))


def evidence_checksum() -> bytes:
    real = b"%PDF-1.4 the policy document"
    digest = hashlib.sha256(real).hexdigest()
    audit = audit_v1()
    audit["evidence"] = [
        {
            "sha256": digest,
            "filename": "policy.pdf",
            "size": len(real),
            "added": "2024-03-01T09:00:00Z",
        }
    ]
    return session(as_json(audit), (f"evidence/{digest}", b"%PDF-1.4 a forged document", DEFLATED))


def v0_answered_twice() -> bytes:
    audit = copy.deepcopy(AUDIT_V0)
    audit["answers"].append({"criterion": "policy.exists", "level": 2})
    return session(as_json(audit))


def binary() -> bytes:
    data = random.Random(15).randbytes(4096)
    assert not data.startswith(b"PK")
    assert data[:8].strip(b"\0")
    return b"\x7f" + data


def with_evidence() -> bytes:
    blob = "Politique d'utilisation des médias sociaux, version 2019.\n".encode() * 20
    digest = hashlib.sha256(blob).hexdigest()
    audit = audit_v1()
    audit["evidence"] = [
        {
            "sha256": digest,
            "filename": "politique.txt",
            "size": len(blob),
            "media_type": "text/plain",
            "added": "2024-03-01T09:10:00Z",
        }
    ]
    audit["accounts"][0]["evidence"] = [digest]
    return session(as_json(audit), (f"evidence/{digest}", blob, DEFLATED))


VALID = session(as_json(audit_v1()))
FAIL: dict[str, Callable[[], bytes]] = {
    # case 15: damaged or not a session at all
    "empty.vigie": lambda: b"",
    "truncated.vigie": lambda: VALID[: len(VALID) // 2],
    "truncated_end.vigie": lambda: VALID[:-30],
    "zero_filled.vigie": lambda: bytes(4096),
    "binary.vigie": binary,
    "pdf.vigie": lambda: b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n",
    "json_text.vigie": lambda: as_json(audit_v1()),
    "no_audit_json.vigie": lambda: zip_bytes([("mimetype", MIMETYPE, STORED)]),
    "no_mimetype.vigie": lambda: zip_bytes([("audit.json", as_json(audit_v1()), DEFLATED)]),
    "wrong_mimetype.vigie": lambda: zip_bytes(
        [("mimetype", b"application/epub+zip", STORED), ("audit.json", b"{}", DEFLATED)]
    ),
    "office_document.vigie": lambda: zip_bytes(
        [
            ("[Content_Types].xml", b"<Types/>", DEFLATED),
            ("xl/workbook.xml", b"<workbook/>", DEFLATED),
        ]
    ),
    "bad_crc.vigie": bad_crc,
    "evidence_checksum.vigie": evidence_checksum,
    # case 16: hostile or invalid JSON inside a good container
    "nan.vigie": lambda: session(
        with_text(changed(accounts__0__followers="@NaN@"), "@NaN@", "NaN")
    ),
    "infinity.vigie": lambda: session(
        with_text(changed(accounts__0__engagement_rate="@inf@"), "@inf@", "1e999")
    ),
    "duplicate_keys.vigie": lambda: session(
        as_json(audit_v1()).replace(
            b'"handle": "@stexemple"', b'"handle": "@stexemple", "handle": "@x"'
        )
    ),
    "deep_nesting.vigie": lambda: session(
        with_text(changed(engagement__scope="@deep@"), "@deep@", "[" * 100_000 + "]" * 100_000)
    ),
    "huge_integer.vigie": lambda: session(as_json(changed(accounts__0__followers=10**30))),
    "huge_digits.vigie": lambda: session(
        with_text(changed(accounts__0__followers="@big@"), "@big@", "9" * 5000)
    ),
    "wrong_types.vigie": lambda: session(as_json(changed(accounts__0__followers="4200"))),
    "password_key.vigie": lambda: session(as_json(changed(accounts__0__password="Hiver2026!"))),
    "control_character.vigie": lambda: session(
        as_json(changed(accounts__0__notes="Compte\u0007 principal"))
    ),
    "lone_surrogate.vigie": lambda: session(
        with_text(changed(engagement__title="@sur@"), "@sur@", '"Audit \\ud800"')
    ),
    "not_utf8.vigie": lambda: session(json.dumps(audit_v1(), ensure_ascii=False).encode("cp1252")),
    "not_an_object.vigie": lambda: session(b"[1, 2, 3]"),
    "foreign_format.vigie": lambda: session(as_json(changed(format="other-app"))),
    "v0_answered_twice.vigie": v0_answered_twice,
    # case 17: refused before anything is decompressed
    "zip_bomb_ratio.vigie": zip_bomb_ratio,
    "zip_bomb_declared.vigie": lambda: patch_member(VALID, "audit.json", size=0xFFFF_FFF0),
    "forged_entry_count.vigie": lambda: forge_entry_count(VALID, 60_000),
    "path_traversal.vigie": lambda: session(as_json(audit_v1()), ("../../evil.txt", b"x", STORED)),
    "absolute_path.vigie": lambda: session(as_json(audit_v1()), ("/etc/cron.d/evil", b"x", STORED)),
    "duplicate_member.vigie": lambda: session(
        as_json(audit_v1()), ("audit.json", as_json(changed(accounts=[])), DEFLATED)
    ),
    "encrypted_member.vigie": lambda: patch_member(VALID, "audit.json", flags=0x1),
    # case 18: from a newer Vigie
    "newer_version.vigie": lambda: session(
        as_json({**changed(format_version=99), "hologram": {"depth": 3}})
    ),
}

PASS: dict[str, Callable[[], bytes]] = {
    "v1-minimal.vigie": lambda: VALID,
    "v1-crlf-notes.vigie": lambda: session(
        as_json(changed(accounts__0__notes="Compte principal\r\nrevu en 2024\rpar la DG"))
    ),
    "v1-rezipped.vigie": lambda: zip_bytes(
        [
            ("audit.json", as_json(audit_v1()), DEFLATED),
            ("mimetype", MIMETYPE, DEFLATED),
            ("notes.txt", b"written by another zip tool", DEFLATED),
        ]
    ),
    "v1-with-evidence.vigie": with_evidence,
}


def main() -> None:
    write_session(HERE / "pass" / "v0-minimal.vigie", AUDIT_V0)
    for folder, files in (("pass", PASS), ("fail", FAIL)):
        (HERE / folder).mkdir(exist_ok=True)
        for name, build in files.items():
            (HERE / folder / name).write_bytes(build())


if __name__ == "__main__":
    main()
