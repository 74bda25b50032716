"""The application's name, id and version: one place for the About dialog, reports and the CLI.

The version has one source, ``pyproject.toml``. An installed package (also an editable install)
answers through its distribution metadata; the PyInstaller bundle carries that metadata too
(``copy_metadata`` in ``packaging/provdesk.spec``). A plain source checkout that was never
installed reads ``pyproject.toml`` next to the packages. This module imports no Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

APP_NAME = "Provenance Desk"
APP_ID = "org.provenancedesk.ProvenanceDesk"
DISTRIBUTION = "provenance-desk"
#: Shown when neither the metadata nor pyproject.toml can be found (a broken install).
UNKNOWN_VERSION = "0+unknown"

_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _version_from_pyproject(path: Path = _PYPROJECT) -> str | None:
    import tomllib

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return None
    project = data.get("project")
    if not isinstance(project, dict) or project.get("name") != DISTRIBUTION:
        return None
    version = project.get("version")
    return version if isinstance(version, str) else None


def _find_version() -> str:
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    return _version_from_pyproject() or UNKNOWN_VERSION


def __getattr__(name: str) -> Any:
    """`__version__` is looked up on first use: importlib.metadata costs ~45 ms of start-up,
    and the window only needs the version for About and reports."""
    if name == "__version__":
        value = _find_version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["APP_ID", "APP_NAME", "DISTRIBUTION", "__version__"]  # noqa: F822 (module __getattr__)
