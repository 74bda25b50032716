"""Settings of a case that travel with it (kept in `CaseInfo.settings`): where the desk publishes
its reviews. Each change writes its audit event in the same transaction."""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import CaseInfo
from ..unit_of_work import UnitOfWork

PUBLISH_URL_SETTING = "publish_url"
"""The key of the publishing URL in `CaseInfo.settings`."""
MAX_URL = 2_000


def check_publish_url(url: str) -> str:
    """`url` trimmed, when it is an absolute http(s) address without a fragment (the reviews'
    `#claim-N` anchors are added to it); "" stays "" (no URL). Raises InvalidInput with a
    sentence for a person otherwise."""
    url = url.strip()
    if not url:
        return ""
    if len(url) > MAX_URL:
        raise InvalidInput(f"the publishing URL is longer than {MAX_URL} characters")
    try:
        parts = urlsplit(url)
    except ValueError:
        raise InvalidInput(f"{url!r} is not a web address") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InvalidInput(
            f"{url!r} is not a web address; give the full address the report will be published "
            "at, e.g. https://desk.example.org/reports/case-1"
        )
    if parts.fragment or url.endswith("#"):
        raise InvalidInput(
            f"{url!r} has a #fragment; give the page's address without one (each claim's "
            "#claim-N is added to it)"
        )
    if any(c.isspace() for c in url):
        raise InvalidInput(f"{url!r} holds spaces; a web address cannot")
    return url


def publish_url(session: Session) -> str:
    """The case's publishing URL, or "" when none was set (read in any session)."""
    settings = session.scalar(select(CaseInfo.settings).limit(1)) or {}
    return str(settings.get(PUBLISH_URL_SETTING, "") or "")


def set_publish_url(uow: UnitOfWork, url: str) -> str:
    """Keep `url` as the address the case's reviews are published at ("" forgets it); returns
    the URL kept. Writes a "set publishing URL" audit event. Raises InvalidInput for anything
    but an absolute http(s) address without a fragment."""
    cleaned = check_publish_url(url)
    info = uow.session.scalar(select(CaseInfo).limit(1))
    if info is None:
        raise InvalidInput("the case has no case information row")
    before = dict(info.settings or {})
    after = dict(before)
    if cleaned:
        after[PUBLISH_URL_SETTING] = cleaned
    else:
        after.pop(PUBLISH_URL_SETTING, None)
    info.settings = after
    uow.session.flush()
    uow.record("set publishing URL", "case", info.id, before, dict(after))
    uow.changes.case = True
    return cleaned
