"""The app's name, id and version (one version number: the one in pyproject.toml)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Provenance Desk"
APP_ID = "org.provenancedesk.ProvenanceDesk"

try:
    __version__ = version("provenance-desk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
