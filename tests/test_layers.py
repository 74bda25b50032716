"""The layers of the README's Architecture: the core imports neither Qt nor the desktop layer."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_readers_reports_and_cli_use_no_widgets() -> None:
    """import-linter cannot forbid a sub-module of an external package, so this test does."""
    offenders = []
    for folder in ("desktop/sources", "desktop/reports", "desktop/cli"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
                if any(n.startswith(("PySide6.QtWidgets", "PySide6.QtPdfWidgets")) for n in names):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_the_core_runs_without_qt_loaded() -> None:
    code = (
        "import sys, db.case, db.operations, db.queries, db.search, db.demo, db.audit\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop')))\n"
        "print(','.join(loaded))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def _import_cycles(*packages: str) -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan) in the run-time import graph."""
    import grimp

    graph = grimp.build_graph(*packages, exclude_type_checking_imports=True)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in graph.modules:
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            # A package that imports its own modules is not a circle of its own making.
            if len(group) > 1 and not all(
                m.startswith(min(group) + ".") or m == min(group) for m in group
            ):
                cycles.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return cycles


def test_no_import_circles() -> None:
    assert _import_cycles("db", "desktop") == []


def test_every_window_room_says_what_lives_there_and_what_it_may_import() -> None:
    ui = ROOT / "desktop" / "ui"
    for room in sorted(p for p in ui.iterdir() if (p / "__init__.py").exists()):
        doc = ast.get_docstring(ast.parse((room / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "Imports" in doc, room.name
        modules = [p for p in room.glob("*.py") if p.name != "__init__.py"]
        assert 1 <= len(modules) <= 12, (room.name, len(modules))


#: The product's modules stay readable: at most this many lines each.
MODULE_LINES = 450


def test_no_module_is_over_the_line_limit() -> None:
    over = {}
    for folder in ("db", "desktop", "packaging"):
        for path in (ROOT / folder).rglob("*.py"):
            name = path.relative_to(ROOT).as_posix()
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MODULE_LINES:
                over[name] = lines
    assert over == {}, f"split these modules along a seam (at most {MODULE_LINES} lines)"
