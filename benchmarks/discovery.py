"""Benchmark: discovering accounts in a generated folder of saved pages.

The folder mimics a mid-size organisation's site saved page by page: every page has a
header, a body of ~20 KB of text and internal links, a footer with eight account links and
share buttons, JSON-LD ``sameAs`` on the home pages, and one page in ten links a campaign or
partner account of its own. Each run happens in its own process, so the peak memory
(``resource.getrusage``, max RSS) is the scan's own; the baseline is a process that only
imports the same modules. The median of the repeats is printed.

    python benchmarks/discovery.py [--pages 500] [--repeat 3]

What it answers (issue 20): the time and memory a 500-page folder costs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FOOTER = "".join(
    f'<li><a href="{url}" aria-label="{name}"><svg></svg></a></li>'
    for name, url in (
        ("Facebook", "https://www.facebook.com/exemple.org"),
        ("Instagram", "https://www.instagram.com/exemple_org/"),
        ("X", "https://x.com/ExempleOrg"),
        ("LinkedIn", "https://www.linkedin.com/company/exemple-org/"),
        ("YouTube", "https://www.youtube.com/@exempleorg"),
        ("TikTok", "https://www.tiktok.com/@exempleorg"),
        ("Mastodon", "https://mastodon.social/@exempleorg"),
        ("Bluesky", "https://bsky.app/profile/exemple.org"),
    )
)
SHARE = (
    '<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexemple.org%2F">f</a>'
    '<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fexemple.org%2F">x</a>'
    '<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=x">in</a>'
)
PARAGRAPH = (
    "<p>La coopérative publie ses rapports, ses offres d’emploi et ses nouvelles ici. "
    '<a href="/nouvelles/article-{i}.html">Lire la suite</a> · <a href="../index.html">'
    'Accueil</a> · <a href="javascript:void(0)">Imprimer</a></p>\n'
)


def page(i: int) -> str:
    extra = ""
    if i % 10 == 0:
        extra = f'<p><a href="https://www.instagram.com/campagne{i}/">Campagne {i}</a></p>'
    ld = ""
    if i % 50 == 0:
        ld = (
            '<script type="application/ld+json">{"@type": "Organization", "sameAs": '
            '["https://www.facebook.com/exemple.org", "https://x.com/ExempleOrg"]}</script>'
        )
    body = "".join(PARAGRAPH.format(i=i * 100 + k) for k in range(60))
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Page {i}</title>'
        f'<link rel="canonical" href="https://exemple.org/section{i % 20}/page{i}.html">'
        f'<meta name="twitter:site" content="@ExempleOrg">{ld}</head><body>'
        f"<header><nav>{''.join(f'<a href=/s{k}.html>Section {k}</a>' for k in range(20))}"
        f"</nav></header><main><h1>Page {i}</h1>{body}{extra}</main>"
        f'<div class="share">{SHARE}</div><footer><ul>{FOOTER}</ul></footer></body></html>'
    )


def build(folder: Path, pages: int) -> int:
    size = 0
    for i in range(pages):
        path = folder / f"section{i % 20}" / f"page{i}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = page(i)
        path.write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


CHILD = """
import json, resource, sys, time
from pathlib import Path
from wizard.discovery import scan, compare
from wizard.audit.model import Audit
from wizard.bank.framework import default_bank
audit = Audit(framework=default_bank())
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
traced = 0
if sys.argv[2] in ("scan", "trace"):
    if sys.argv[2] == "trace":
        import tracemalloc
        tracemalloc.start()
    start = time.perf_counter()
    result = scan([Path(sys.argv[1])])
    plan = compare(result, audit)
    seconds = time.perf_counter() - start
    found, pages = len(result.accounts), result.pages
    if sys.argv[2] == "trace":
        traced = tracemalloc.get_traced_memory()[1]
else:
    seconds, found, pages = 0.0, 0, 0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_kb": peak, "base_kb": base,
                  "found": found, "pages": pages, "traced": traced}))
"""


def run(folder: Path, mode: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), mode],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    return json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "site"
        started = time.perf_counter()
        size = build(folder, args.pages)
        print(
            f"generated {args.pages} pages, {size / 1e6:.1f} MB "
            f"in {time.perf_counter() - started:.1f} s"
        )
        idle = [run(folder, "idle") for _ in range(args.repeat)]
        runs = [run(folder, "scan") for _ in range(args.repeat)]
        traced = run(folder, "trace")["traced"]
    seconds = statistics.median(r["seconds"] for r in runs)
    peak = statistics.median(r["peak_kb"] for r in runs) / 1024
    base = statistics.median(r["peak_kb"] for r in idle) / 1024
    first = runs[0]
    print(f"pages read: {first['pages']}, accounts found: {first['found']}")
    print(
        f"scan + compare: {seconds:.2f} s (median of {args.repeat}), "
        f"{seconds / max(first['pages'], 1) * 1000:.1f} ms per page"
    )
    print(
        f"peak memory: {peak:.0f} MB (process with the modules loaded, idle: {base:.0f} MB; "
        f"the scan adds {peak - base:.0f} MB)"
    )
    print(f"Python allocations at their peak during the scan (tracemalloc): {traced / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
