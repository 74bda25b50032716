"""Shared fixtures: real case files in tmp_path, a real PostgreSQL case when
PROVDESK_TEST_DATABASE_URL is set, isolated settings and user folders, offscreen Qt."""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the window in English, whatever the machine's language: $PROVDESK_LANGUAGE
# wins over the preference and the system's language (a test asks for another with
# `provdesk --language`, or `i18n.install`, and is put back in English after it).
os.environ["PROVDESK_LANGUAGE"] = "en"

from db.case import Case, open_case
from db.demo import create_demo

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
DIGEST_ARTICLE = ARTICLES / "levant-digest-2024-03-07.txt"
PG_URL = os.environ.get("PROVDESK_TEST_DATABASE_URL", "")


@pytest.fixture(autouse=True)
def isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Settings, data and cache folders of a throwaway user, so no test touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    for name, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setenv("PROVDESK_REVIEWER", "Test Reviewer")
    monkeypatch.setenv("PROVDESK_LANGUAGE", "en")
    monkeypatch.delenv("PROVDESK_CASE", raising=False)
    yield home
    i18n = sys.modules.get("desktop.ui.common.i18n")
    if i18n is not None and (i18n.current_language(), i18n.current_digits()) != ("en", "latin"):
        i18n.install("en", "latin")  # a test in another language leaves English behind it


@pytest.fixture
def digest_article() -> Path:
    """A translated digest of an Arabic daily with nested attributions, a date line, an Arabic
    passage and a translator's footer (tests/data/articles/README.md)."""
    return DIGEST_ARTICLE


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    return tmp_path / "test.provdesk"


@pytest.fixture
def sqlite_case(case_path: Path) -> Iterator[Case]:
    case = open_case(case_path, reviewer="Test Reviewer", create=True)
    yield case
    case.close()


def _fresh_pg_database() -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = make_url(PG_URL).set(drivername="postgresql+psycopg")
    name = f"provdesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "CI=true but PROVDESK_TEST_DATABASE_URL is not set: .ci/run starts the server"
            )
        pytest.skip("PROVDESK_TEST_DATABASE_URL is not set (`.ci/run` sets it)")
    yield from _fresh_pg_database()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_case(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Case]:
    """The same test on an SQLite file and on a PostgreSQL database."""
    if request.param == "sqlite":
        case = open_case(tmp_path / "any.provdesk", reviewer="Test Reviewer", create=True)
        yield case
        case.close()
        return
    url = request.getfixturevalue("pg_url")
    case = open_case(url, reviewer="Test Reviewer", create=True)
    yield case
    case.close()


@pytest.fixture
def demo_case(case_path: Path) -> Iterator[Case]:
    case = open_case(case_path, reviewer="Test Reviewer", create=True)
    create_demo(case)
    yield case
    case.close()


def _keyring_works(service: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(service, "probe", "probe")
        keyring.delete_password(service, "probe")
    except KeyringError as exc:
        return type(exc).__name__
    return None


@pytest.fixture
def desk_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A real Secret Service keyring, under a service name of this test alone."""
    service = f"Provenance Desk test {uuid.uuid4().hex[:10]}"
    monkeypatch.setenv("PROVDESK_KEYRING_SERVICE", service)
    problem = _keyring_works(service)
    if problem:
        reason = (
            f"no Secret Service keyring ({problem}); run the tests inside dbus-run-session with "
            "an unlocked gnome-keyring, as .ci/run does"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    yield service
    import keyring
    from keyring.errors import KeyringError

    from desktop.signing import KEY_ENTRY

    with contextlib.suppress(KeyringError):
        keyring.delete_password(service, KEY_ENTRY)
