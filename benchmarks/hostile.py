"""Time and peak memory of the ``vigie`` commands on the hostile inputs of issue 18.

Run: ``python -m benchmarks.hostile`` (all cases) or ``python -m benchmarks.hostile 1 2 13``.
``--code DIR`` runs the commands of another checkout (e.g. the code before the fixes:
``git archive 72b92a6 wizard | tar -x -C /tmp/vigie-before`` then ``--code /tmp/vigie-before``),
so the same corpus gives the before/after table. Each command runs in a fresh process,
measured by a wrapper that has no other child (``ru_maxrss`` of the command alone); a
command still running after ``--timeout`` seconds is killed and shown as a hang.

Prints one line per command: case, command, exit code, seconds, peak MB, first line of
stderr. The corpus is generated in a temporary folder (about 150 MB) and deleted after.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # helpers.hostile_xlsx

from helpers.hostile_xlsx import (  # noqa: E402
    ACCOUNT_ROW,
    HEADER_ROW,
    MAIN,
    build,
    sheet_xml,
    wide_row,
    workbook_xml,
)

from wizard.audit.model import Evidence, new_audit, now  # noqa: E402
from wizard.sessions.container import AUDIT_MEMBER, MIMETYPE, MIMETYPE_MEMBER, MiB  # noqa: E402
from wizard.sessions.session import Session  # noqa: E402
from wizard.sessions.store import acquire_lock, save_session  # noqa: E402

_WRAPPER = """
import json, resource, subprocess, sys, time
argv, env, cwd, timeout = json.loads(sys.argv[1])
started = time.perf_counter()
try:
    done = subprocess.run(argv, capture_output=True, env=env, cwd=cwd, timeout=timeout)
    code, err = done.returncode, done.stderr.decode("utf-8", "replace")
except subprocess.TimeoutExpired:
    code, err = "hang", f"killed after {timeout} s"
wall = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"code": code, "seconds": wall, "peak_mb": peak, "stderr": err}))
"""


def _raw_session(path: Path, audit_json: bytes, members: list[tuple[str, bytes]] = ()) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MIMETYPE_MEMBER, MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr(AUDIT_MEMBER, audit_json)
        for name, data in members:
            archive.writestr(name, data)
    return path


def many_small_attachments(folder: Path, count: int = 2_000) -> Path:
    """Case 1: ``count`` members of 1 MiB of (almost) zeros, each under the per-member floor."""
    session = Session.new()
    blob = bytearray(MiB)
    digests = []
    for index in range(count):
        blob[:8] = index.to_bytes(8, "big")
        digest = hashlib.sha256(blob).hexdigest()
        digests.append(digest)
        session.audit.evidence.append(
            Evidence(sha256=digest, filename=f"z{index}.bin", size=MiB, added=now())
        )
    path = folder / "many_attachments.vigie"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MIMETYPE_MEMBER, MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr(AUDIT_MEMBER, session.audit.model_dump_json())
        for index, digest in enumerate(digests):
            blob[:8] = index.to_bytes(8, "big")
            archive.writestr(f"evidence/{digest}", bytes(blob))
    return path


def large_attachments(folder: Path, count: int = 300) -> Path:
    """Case 16 (not hostile): ``count`` MiB of incompressible attachments, the memory a
    command needs for a legitimate large session."""
    session = Session.new()
    for index in range(count):
        session.add_evidence(f"photo{index}.jpg", os.urandom(MiB))
    path = folder / "large_attachments.vigie"
    save_session(session, path)
    return path


def many_accounts(folder: Path) -> Path:
    """Case 2: 200,001 minimal accounts."""
    data = new_audit().model_dump_json().encode()
    data = data.replace(b'"accounts":[]', b'"accounts":[' + b",".join([b"{}"] * 200_001) + b"]")
    return _raw_session(folder / "many_accounts.vigie", data)


def naive_times(folder: Path, demo: Path) -> Path:
    """Case 3: created/modified without a time zone."""
    import re

    target = folder / "naive.vigie"
    with zipfile.ZipFile(demo) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == AUDIT_MEMBER:
                data = re.sub(rb'"(created|modified)":"([0-9T:.-]+)Z"', rb'"\1":"\2"', data)
            new.writestr(info, data)
    return target


def zip64_locator(folder: Path) -> Path:
    """Case 4: a zip64 locator pointing at offset 2^63."""
    path = _raw_session(folder / "zip64.vigie", b"{}")
    data = path.read_bytes()
    end = data.rfind(b"PK\x05\x06")
    record = bytearray(data[end:])
    struct.pack_into("<HH", record, 8, 0xFFFF, 0xFFFF)
    locator = b"PK\x06\x07" + struct.pack("<LQL", 0, 2**63, 1)
    path.write_bytes(data[:end] + locator + bytes(record))
    return path


def deep_map(folder: Path) -> Path:
    """Case 6: a TOML map nested 500 levels."""
    path = folder / "deep.toml"
    path.write_text("[criteria]\nx = " + "{a = " * 500 + "1" + "}" * 500 + "\n")
    return path


def renamed_strings(folder: Path, megabytes: int = 120) -> Path:
    """Case 11: shared strings renamed ``xl/notes.xml`` holding ``megabytes`` MB of words."""
    base = zipfile.ZipFile(io.BytesIO(build(strings_part="xl/notes.xml")))
    words = [f"mot{i:02d}" for i in range(40)]
    noise = random.Random(11)
    path = folder / "renamed_strings.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in base.infolist():
            if info.filename != "xl/notes.xml":
                out.writestr(info.filename, base.read(info))
        with out.open("xl/notes.xml", "w", force_zip64=True) as member:
            member.write(f'<sst xmlns="{MAIN}">'.encode())
            for text in ("Plateforme", "Lien", "Facebook", "https://www.facebook.com/ville/"):
                member.write(f"<si><t>{text}</t></si>".encode())
            written = 0
            while written < megabytes * MiB:
                chunk = "".join(
                    "<si><t>" + " ".join(noise.choices(words, k=8)) + "</t></si>"
                    for _ in range(10_000)
                ).encode()
                member.write(chunk)
                written += len(chunk)
            member.write(b"</sst>")
    return path


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def make_corpus(folder: Path, cases: set[int]) -> dict[int, list[tuple[str, list[str]]]]:
    """Case number → [(label, vigie argv)]."""
    demo = folder / "demo.vigie"
    save_session(_demo(), demo)
    urls = _write(folder, "urls.txt", b"https://x.com/one\nhttps://x.com/two\n")

    def fresh(name: str) -> str:
        path = folder / name
        shutil.copyfile(demo, path)
        return str(path)

    plan: dict[int, Callable[[], list[tuple[str, list[str]]]]] = {
        1: lambda: [
            ("check", ["check", str(many_small_attachments(folder))]),
            (
                "import-accounts --apply",
                ["import-accounts", str(folder / "many_attachments.vigie"), str(urls), "--apply"],
            ),
        ],
        2: lambda: [("check", ["check", str(many_accounts(folder))])],
        3: lambda: [
            (
                "merge -o",
                ["merge", str(naive_times(folder, demo)), str(demo), "-o", fresh("m3.vigie")],
            )
        ],
        4: lambda: [("check", ["check", str(zip64_locator(folder))])],
        5: lambda: [
            (
                "import-accounts",
                [
                    "import-accounts",
                    str(demo),
                    str(
                        _write(
                            folder, "big_field.csv", b'Plateforme,Lien\nFacebook,"' + b"x" * 10**7
                        )
                    ),
                ],
            )
        ],
        6: lambda: [
            ("compare --map", ["compare", str(demo), str(demo), "--map", str(deep_map(folder))])
        ],
        7: lambda: [("check (named pipe)", ["check", str(_fifo(folder / "pipe.vigie"))])],
        8: lambda: [
            (
                "import-accounts --apply",
                [
                    "import-accounts",
                    _big_pid_lock(folder, fresh("lock8.vigie")),
                    str(urls),
                    "--apply",
                ],
            )
        ],
        9: lambda: [
            (
                "import-accounts --apply",
                ["import-accounts", _latin1_name(folder, demo), str(urls), "--apply"],
            )
        ],
        10: lambda: [
            (
                "export -o (250 bytes)",
                ["export", str(demo), "-o", str(folder / ("b" * 245 + ".xlsx"))],
            )
        ],
        11: lambda: [
            ("import-accounts", ["import-accounts", str(demo), str(renamed_strings(folder))])
        ],
        12: lambda: [
            (
                "import-accounts",
                [
                    "import-accounts",
                    str(demo),
                    str(_write(folder, "sheets.xlsx", build(workbook=workbook_xml(100_000)))),
                ],
            ),
            ("merge-workbook", ["merge-workbook", str(demo), str(folder / "sheets.xlsx")]),
        ],
        13: lambda: [
            (
                "import-accounts",
                [
                    "import-accounts",
                    str(demo),
                    str(
                        _write(
                            folder,
                            "wide.xlsx",
                            build(
                                sheet=sheet_xml(
                                    HEADER_ROW.encode() + ACCOUNT_ROW.encode() + wide_row(9_000_000)
                                )
                            ),
                        )
                    ),
                ],
            )
        ],
        14: lambda: [
            (
                "import-accounts --apply",
                [
                    "import-accounts",
                    fresh("mixed14.vigie"),
                    str(
                        _write(
                            folder,
                            "mixed.csv",
                            "Plateforme,Lien,Nom\nFacebook,https://facebook.com/mtl,Montréal\n".encode()
                            + "X,https://x.com/gat,Gatineau élégante\n".encode("cp1252"),
                        )
                    ),
                    "--apply",
                ],
            )
        ],
        16: lambda: [
            ("check (300 MiB of attachments)", ["check", str(large_attachments(folder))]),
            (
                "import-accounts --apply (same)",
                ["import-accounts", str(folder / "large_attachments.vigie"), str(urls), "--apply"],
            ),
        ],
        15: lambda: [
            (
                "merge -o (held by a live lock)",
                ["merge", str(demo), str(demo), "-o", fresh("held.vigie")],
            )
        ],
    }
    return {case: plan[case]() for case in sorted(cases)}


def _demo() -> Session:
    from wizard.demo import demo_session

    return demo_session()


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _big_pid_lock(folder: Path, session: str) -> str:
    lock = {
        "user": "marie",
        "host": os.uname().nodename,
        "pid": 2**31,
        "time": datetime.now(UTC).isoformat(),
    }
    (folder / f".{Path(session).name}.lock").write_text(json.dumps(lock))
    return session


def _latin1_name(folder: Path, demo: Path) -> str:
    target = os.fsencode(folder) + b"/caf\xe9.vigie"
    shutil.copyfile(demo, target)
    return os.fsdecode(target)


def measure(argv: list[str], code_dir: Path | None, timeout: float) -> dict:
    # strict UTF-8 on stdout, as under a real UTF-8 locale (C.UTF-8 alone hides case 9)
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict"}
    cwd = str(code_dir or ROOT)
    if code_dir is not None:
        env["PYTHONPATH"] = str(code_dir)
    command = [sys.executable, "-m", "wizard.cli.main", *argv]
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, json.dumps([command, env, cwd, timeout])],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "cases",
        nargs="*",
        type=int,
        help="issue 18 case numbers, 16 = large legitimate attachments (default: all)",
    )
    parser.add_argument("--code", type=Path, help="a checkout whose wizard/ runs the commands")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    cases = set(args.cases or range(1, 17))
    with tempfile.TemporaryDirectory(prefix="vigie-hostile-") as temp:
        folder = Path(temp)
        corpus = make_corpus(folder, cases)
        print(
            f"{'case':>4} | {'command':32} | {'exit':>4} | {'seconds':>7} | {'peak MB':>7} | stderr"
        )
        for case, runs in corpus.items():
            for label, argv in runs:
                if case == 15:
                    with acquire_lock(Path(argv[-1])):
                        result = measure(argv, args.code, args.timeout)
                else:
                    result = measure(argv, args.code, args.timeout)
                first = (result["stderr"].strip().splitlines() or [""])[-1][:110]
                print(
                    f"{case:>4} | {label:32} | {result['code']!s:>4} | {result['seconds']:7.1f} | "
                    f"{result['peak_mb']:7.0f} | {first}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
