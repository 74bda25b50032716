"""Everything the app uses at run time is declared in [project.dependencies] (issue 13, item 2).

A newcomer installs with `pip install .` and gets only what pyproject.toml declares (and what
those declare, extras spelled as they are: pip before 24 does not normalise `html_clean` to
`html-clean`, which is how lxml's html cleaner went missing). This test does a newcomer's work
in a fresh interpreter — import a PDF, a web page, a text and a Markdown file, export every
report format — and checks that every distribution whose modules were loaded is reachable
from the declared dependencies.
"""

from __future__ import annotations

import importlib.metadata as metadata
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = Path(__file__).resolve().parent / "data" / "articles"

WORK = r"""
import json, sys, tempfile
from pathlib import Path
from db.case import open_case
from db.demo import create_demo
from desktop.reports.export import FORMATS, export_report
from desktop.reports.scope import ReportScope
from desktop.sources import import_file

articles = Path(sys.argv[1])
out = Path(tempfile.mkdtemp())
case = open_case(out / "c.provdesk", reviewer="Newcomer", create=True)
create_demo(case)
for name in sorted(p.name for p in articles.iterdir() if p.suffix in {".pdf", ".html", ".txt", ".md"}):
    import_file(case, articles / name)
for fmt in FORMATS:
    export_report(
        case,
        ReportScope(),
        fmt,
        out / f"report.{fmt}",
        reviewer="Newcomer",
        base_url="https://desk.example/reports",
    )
case.close()
# The readers run in child processes; read once here too, so that their modules count.
from desktop.sources._child import warm_up
from desktop.sources.html import read_html
from desktop.sources.text import read_text
warm_up()
read_html((articles / "vesnia-today-orlan.html").read_bytes())
read_text((articles / "desk-notes-kuzey-tv.md").read_bytes(), markdown=True)
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


# Loaded when present, used only if so: pypdf reads images with Pillow and fonts with fontTools,
# prov turns to rdflib, something colours with Pygments; setuptools' distutils shim is loaded by
# a .pth file in every venv; urllib3 decodes with brotli; WeasyPrint subsets fonts with uharfbuzz
# when it is there (the test extra brings it for making test PDFs). The newcomer stage of .ci/run
# runs without them.
OPTIONAL = {"brotli", "fonttools", "pillow", "pygments", "rdflib", "setuptools", "uharfbuzz"}


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"]]


def reachable(roots: list[Requirement]) -> set[str]:
    """Distributions pip installs for `roots`: their requirements, transitively, with extras
    matched exactly as spelled (as pip 23, Debian 12's, does)."""
    seen: set[str] = set()
    todo = [(r, frozenset(r.extras)) for r in roots]
    done: set[tuple[str, frozenset[str]]] = set()
    while todo:
        req, extras = todo.pop()
        name = canonicalize_name(req.name)
        if (name, extras) in done:
            continue
        done.add((name, extras))
        seen.add(name)
        try:
            requires = metadata.requires(req.name) or []
        except metadata.PackageNotFoundError:
            continue
        for text in requires:
            sub = Requirement(text)
            if _applies(sub, extras):
                todo.append((sub, frozenset(sub.extras)))
    return seen


def _applies(req: Requirement, extras: frozenset[str]) -> bool:
    """Whether pip installs `req` for a distribution asked for with `extras`; an extra counts
    only as spelled (`packaging` itself would normalise it)."""
    if req.marker is None:
        return True
    text = str(req.marker)
    if "extra" not in text:
        return req.marker.evaluate({"extra": ""})
    return any(f'extra == "{e}"' in text and req.marker.evaluate({"extra": e}) for e in extras)


def test_the_newcomers_work_loads_only_declared_distributions():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", WORK, str(ARTICLES)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    modules = json.loads(done.stdout.splitlines()[-1])
    owners = metadata.packages_distributions()
    used = {canonicalize_name(d) for m in modules for d in owners.get(m, [])}
    used.discard(canonicalize_name("provenance-desk"))
    missing = sorted(used - reachable(declared()) - OPTIONAL)
    assert missing == [], f"used at run time but not installed by `pip install .`: {missing}"
    # The check itself: the html cleaner trafilatura loads is among the modules used.
    assert "lxml_html_clean" in modules


def test_test_only_libraries_stay_in_the_test_extra():
    runtime = {canonicalize_name(r.name) for r in declared()}
    for name in ("pytest", "pytest-qt", "hypothesis", "ruff", "mypy", "jsonschema", "extruct"):
        assert name not in runtime
