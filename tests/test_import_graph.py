"""The import graph: no core module imports itself back, and no import is hidden in a function
without saying why.

A cycle makes the import order decide what exists (half-initialised modules), and a cycle
broken by moving one import into a function is still a cycle; both read as design debt a
newcomer cannot see from the tree. grimp (installed with import-linter) builds the graph with
every import, at module level, in functions and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import grimp
import pytest

CORE = Path(__file__).resolve().parent.parent / "wizard"
LAZY_MARK = "# lazy:"
"""The comment above (or beside) an import made inside a function, followed by its reason."""


def _cycles(graph: grimp.ImportGraph, package: str) -> list[str]:
    """One line per import that closes a loop: ``a → b → … → a``."""
    found: list[str] = []
    for importer in sorted(graph.modules):
        if not importer.startswith(package):
            continue
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is not None:
                found.append(" → ".join((importer, *back)))
    return found


def test_the_core_has_no_import_cycle() -> None:
    graph = grimp.build_graph("wizard", cache_dir=None)
    assert _cycles(graph, "wizard") == []


def test_a_cycle_is_found_and_named() -> None:
    graph = grimp.ImportGraph()
    for name in ("pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    assert "pkg.a → pkg.b → pkg.c → pkg.a" in _cycles(graph, "pkg")


def _unexplained_lazy_imports(source: str) -> list[int]:
    """Line numbers of imports inside a function with no ``# lazy:`` reason above or beside
    them (one comment may head a run of consecutive imports)."""
    lines = source.splitlines()
    inner: list[ast.Import | ast.ImportFrom] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            inner.extend(
                child for child in ast.walk(node) if isinstance(child, ast.Import | ast.ImportFrom)
            )
    covered = {n for node in inner for n in range(node.lineno, (node.end_lineno or 0) + 1)}
    missing: list[int] = []
    for node in inner:
        if LAZY_MARK in lines[node.lineno - 1]:
            continue
        above = node.lineno - 1
        while above in covered or (above > 0 and lines[above - 1].strip().startswith("#")):
            if LAZY_MARK in lines[above - 1]:
                break
            above -= 1
        else:
            missing.append(node.lineno)
    return sorted(set(missing))


@pytest.mark.parametrize("package", [CORE, CORE.parent / "ui"], ids=["wizard", "ui"])
def test_every_import_inside_a_function_says_why(package: Path) -> None:
    """The core and the GUI: an import put off to a function (start-up time, an optional
    library) says why, so nobody moves it back to the top, or off it, unknowingly."""
    unexplained = [
        f"{path.relative_to(CORE.parent)}:{line}"
        for path in sorted(package.rglob("*.py"))
        for line in _unexplained_lazy_imports(path.read_text(encoding="utf-8"))
    ]
    assert unexplained == [], f"imports inside functions without '{LAZY_MARK} reason'"


def test_a_lazy_import_without_a_reason_is_found() -> None:
    source = (
        "def f():\n"
        "    # lazy: only when called\n"
        "    import json\n"
        "    from os import path\n"
        "\n"
        "def g():\n"
        "    import csv\n"
        "    import io  # lazy: beside it\n"
    )
    assert _unexplained_lazy_imports(source) == [7]
