"""Reviewers as records: each has an id that names them in exports (`case:reviewer-17`), so two
people with the same name, or names in any script, never collide. The audit trail records a
reviewer by name (on a team server "Display Name (login)"); this maps those names to ids."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Reviewer
from .reviewer_names import LOGIN
from .reviewer_names import UNNAMED_REVIEWER as UNNAMED_REVIEWER
from .reviewer_names import public_name as public_name
from .unit_of_work import UnitOfWork


def register_reviewer(uow: UnitOfWork) -> None:
    """Give the reviewer of this unit of work a reviewer record if they have none yet (on an
    SQLite case the login is the name recorded; a team server registers its database users
    when they connect)."""
    session = uow.session
    if session.get_bind().dialect.name != "sqlite":
        return
    name = uow.reviewer
    if session.scalar(select(Reviewer.id).where(Reviewer.login == name)) is None:
        session.add(Reviewer(login=name, display_name=name, created_at=uow.now))
        session.flush()


def reviewer_ids(session: Session, names: Iterable[str]) -> dict[str, str]:
    """The export id of each recorded reviewer name: "reviewer-17" from the reviewer's record
    (a team server's "Name (login)" by its login); a name with no record (a case written by an
    older app and not opened since) gets "reviewer-name-" and a hash of the name, which is
    still stable and never shared by two names."""
    logins: dict[str, int] = {
        login: ident for login, ident in session.execute(select(Reviewer.login, Reviewer.id))
    }
    out: dict[str, str] = {}
    for name in names:
        ident = logins.get(name)
        if ident is None:
            login = LOGIN.search(name)
            ident = logins.get(login.group(1)) if login else None
        if ident is not None:
            out[name] = f"reviewer-{ident}"
        else:
            digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
            out[name] = f"reviewer-name-{digest}"
    return out
