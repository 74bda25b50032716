"""What every sub-command shares: the open case, the reviewer, and output helpers."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from db.actor_names import ActorCandidate
    from db.case import Case

# What a command may not need (the keyring, saved preferences, JSON output) is imported where it
# is used: the read commands start with little more than SQLAlchemy itself (bench_cli.py).


class CliError(Exception):
    """A mistake on the command line that argparse could not catch."""


class CliParser(argparse.ArgumentParser):
    """argparse, with the command line's contract: any mistake on the command line — a value
    typed wrong (an unknown verdict, relation or kind, an id that is not a number, a bad date),
    an unknown option or command, a missing argument — is one line on stderr naming the command
    and where its help is, and exit status 1 (never the usage and exit status 2).

    Sub-command parsers are made with this class too (`add_subparsers` uses the parent's)."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"{self.prog}: {usage_mistake(message)} (see {self.prog} --help)\n")

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as exc:
            raise CliError(str(exc)) from None

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if isinstance(action, argparse._SubParsersAction):
            super()._check_value(action, value)
            return
        try:
            super()._check_value(action, value)
        except argparse.ArgumentError as exc:
            raise CliError(str(exc)) from None


_REQUIRED = "the following arguments are required: "
_CHOICE = re.compile(r"^argument (COMMAND|ACTION): invalid choice: (?P<typed>'.*?') \(choose from")


def usage_mistake(message: str) -> str:
    """argparse's message for a wrong command line, said in a person's words."""
    if message.startswith(_REQUIRED):
        names = [_what(name) for name in message[len(_REQUIRED) :].split(", ")]
        if len(names) == 1:
            return f"{names[0]} is required"
        return f"{', '.join(names[:-1])} and {names[-1]} are required"
    choice = _CHOICE.match(message)
    if choice:
        return f"{choice['typed']} is not {_what(choice[1])}"
    return message


def _what(name: str) -> str:
    if name in ("COMMAND", "ACTION"):
        return f"a{'n' if name == 'ACTION' else ''} {name.lower()}"
    if name.startswith("-"):
        return name.split("/")[0]
    return f"a {name.lower()}" + (" id" if name in ("claim", "hop", "source", "actor") else "")


MAX_ID = 2**63 - 1


def count(text: str) -> int:
    """A whole number ≥ 1 as typed for --limit, --keep, --expect-version (bounded so that the
    database can hold it)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 2**31 - 1:
        raise argparse.ArgumentTypeError(f"{text!r} is out of range (1 to {2**31 - 1})")
    return value


count.__name__ = "number"


def search_words(text: str) -> str:
    """What `search` and `claims --search` take: at least one letter or digit."""
    if not any(ch.isalnum() for ch in text):
        raise argparse.ArgumentTypeError(
            f"{text!r} has no word to search for: give one or more words"
            if text.strip()
            else "a search needs one or more words (it was empty)"
        )
    return text


search_words.__name__ = "words"


class LazyVersion(argparse._VersionAction):
    """`--version`, looked up only when asked for (the package metadata costs ~40 ms)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        from ..version import __version__

        self.version = f"%(prog)s {__version__}"
        super().__call__(parser, namespace, values, option_string)


def choice(enum: Any) -> Any:
    """The argument type of a vocabulary (`db.vocabulary`): its slug, label or member name."""

    def parse(text: str) -> Any:
        try:
            return enum.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = enum.noun()
    return parse


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._case: Case | None = None
        self._stdin_password: str | None = None
        self._unnamed_said = False

    @property
    def location(self) -> str:
        given = self.args.case or os.environ.get("PROVDESK_CASE")
        if given:
            return str(given)
        from .. import preferences

        return str(preferences.default_case_path())

    @property
    def reviewer(self) -> str:
        given = self.args.reviewer or os.environ.get("PROVDESK_REVIEWER")
        if given:
            return str(given)
        from .. import preferences

        name = preferences.reviewer_name()
        if not name and sys.stdin.isatty():
            name = input("Your name for the audit trail: ").strip()
            if name:
                preferences.put(preferences.REVIEWER_NAME, name)
        if name:
            return name
        if not self._unnamed_said and not getattr(self.args, "reads_only", False):
            self._unnamed_said = True
            print(
                "provdesk-cli: note: no reviewer name is set, so the audit log records "
                f"“{preferences.fallback_reviewer()}” (never your login); give --reviewer NAME "
                "or PROVDESK_REVIEWER, or set it once in the window's Preferences",
                file=sys.stderr,
            )
        return preferences.fallback_reviewer()

    def case(self, *, create: bool = False) -> Case:
        if self._case is None:
            self._case = self.open(self.location, create=create)
        return self._case

    def open(self, location: str, *, create: bool = False) -> Case:
        """Open a case; a team server's password comes from stdin, the keyring or a prompt."""
        from db.case import case_url, open_case

        url = case_url(location)
        if url.get_backend_name() == "sqlite":  # a case file: no password, no keyring
            return open_case(url, reviewer=self.reviewer, create=create)
        from .. import credentials

        given = None
        if credentials.needs_password(url):
            given = self._password(url)
            url = url.set(password=given)
        case = open_case(url, reviewer=self.reviewer, create=create)
        if given is not None and self.args.remember_password:
            try:
                credentials.remember_password(url, given)
            except credentials.KeyringUnavailable as exc:
                print(f"provdesk-cli: warning: {exc}", file=sys.stderr)
        return case

    def _password(self, url: URL) -> str:
        import getpass

        from .. import credentials

        if self.args.server_password_stdin:
            if self._stdin_password is None:
                self._stdin_password = sys.stdin.readline().rstrip("\r\n")
            return self._stdin_password
        problems: list[str] = []
        stored = credentials.stored_password(url, problems)
        if stored is not None:
            return stored
        if sys.stdin.isatty():
            for problem in problems:
                print(f"provdesk-cli: warning: {problem}", file=sys.stderr)
            return getpass.getpass(f"Password for {url.username}@{url.host}: ")
        where = f"({problems[0]})" if problems else "in the keyring"
        raise CliError(
            f"no password for {url.render_as_string(hide_password=True)} {where}; "
            "give it with --password-stdin (and --remember-password to keep it)"
        )

    def close(self) -> None:
        if self._case is not None:
            self._case.close()


def print_json(value: Any) -> None:
    from db.views import jsonable

    from .visible import json_text

    sys.stdout.write(json_text(jsonable(value)) + "\n")


def parse_id(text: str) -> int:
    """An id as typed: `12` or `#12`."""
    try:
        value = int(text.lstrip("#"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a whole number)") from None
    if not 0 < value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a positive number)")
    return value


def offer_line(name: str, candidates: Sequence[ActorCandidate], new_option: str) -> str:
    """The line that offers existing actors for a new name, with how to answer."""
    first = candidates[0]
    others = "".join(f"; or {c.actor_name} (actor {c.actor_id})" for c in candidates[1:])
    return (
        f"{first.describe(name)}{others} — not added: add it to that actor with "
        f"--same-as {first.actor_id}, or as a new actor with {new_option}"
    )


def actor_of(
    uow: Any,
    name: str,
    kind: str | None,
    new_actor: bool,
    same_as: int | None = None,
    *,
    keeps_spelling: bool = False,
) -> tuple[int, tuple[str, str] | None]:
    """The actor called `name` (a name or alias of the case's), or a new one of `kind` (guessed
    when None) — unless it is likely another spelling of an actor of the case and `new_actor`
    is not set (`CliError` offering it). With `same_as` (a command's --same-as), the actor is
    that one and `name` is kept as its alias when it holds no such spelling (audited); a command
    that has --same-as says so with `keeps_spelling`, and its offer names it. Returns
    its id and, when it is new, its kind and why."""
    from db import operations as ops
    from db.actor_names import actor_candidates

    if same_as is not None:
        ops.keep_spelling(uow, same_as, name, why="given as the actor's name with --same-as")
        return same_as, None
    actor_id = ops.find_actor(uow, name)
    if actor_id is not None:
        return actor_id, None
    offered = () if new_actor else actor_candidates(uow.session, name)
    if offered:
        first = offered[0]
        answer = f'--actor "{first.actor_name}"'
        if keeps_spelling:
            answer = f"--same-as {first.actor_id} (keeps “{name}” as its alias) or {answer}"
        raise CliError(
            offer_line(name, offered, "--new-actor").replace(f"--same-as {first.actor_id}", answer)
        )
    kind, why = new_actor_kind(name, kind, "--actor-kind")
    return ops.add_actor(uow, name, kind), (kind, why)


def new_actor_kind(name: str, given: str | None, option: str) -> tuple[str, str]:
    """The kind for a new actor called `name` and why: as given with `option`, or guessed from
    the name's evidence (a known outlet, "News", "TV", "Ajansı", "وكالة", a domain …)."""
    if given is not None:
        return given, "as given"
    from db.text.actor_kinds import guess_actor_kind

    guess = guess_actor_kind(name)
    return guess.kind, f"guessed from {guess.evidence}; give {option} to choose"


def say_new_actor(actor_id: int, name: str, kind: str, why: str) -> None:
    """One line on stderr saying the kind a new actor was given and why (stdout keeps only the
    printed id, for scripts)."""
    article = "an" if kind[0] in "aeiou" else "a"
    print(
        f"provdesk-cli: new actor {actor_id} “{one_line(name, 60)}” is {article} {kind} ({why})",
        file=sys.stderr,
    )


def one_line(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


# Long texts: every text a command takes can also come from a file or from standard input.


def add_text(
    parser: argparse.ArgumentParser,
    flag: str,
    *,
    what: str,
    default: str | None = "",
    required: bool = False,
    help: str | None = None,
) -> None:
    """Add a text argument and its file twin to `parser`.

    `flag` is an option (`--why`) or a positional name (`text`). The twin is `--why-file FILE`
    (`--text-file FILE` for a positional); FILE `-` reads standard input, and so does the text
    `-` itself. A positional text becomes optional on the command line; with `required`, one of
    the two must be given (else `CliError`, exit 1). The file is read as UTF-8 and its final
    line end dropped; `resolve_texts` does the reading once the command line is parsed."""
    positional = not flag.startswith("-")
    dest = flag.lstrip("-").replace("-", "_")
    file_flag = f"--{'text' if positional else flag.lstrip('-')}-file"
    file_dest = file_flag.lstrip("-").replace("-", "_")
    note = f"{help + '; ' if help else ''}`-` reads standard input"
    if positional:
        parser.add_argument(dest, nargs="?", default=None, metavar=dest.upper(), help=note)
    else:
        parser.add_argument(flag, dest=dest, default=None, metavar="TEXT", help=note)
    parser.add_argument(
        file_flag,
        dest=file_dest,
        metavar="FILE",
        help=f"read the {what} from FILE (UTF-8; `-` for standard input)",
    )
    texts = list(parser.get_default("_texts") or ())
    texts.append((dest, file_dest, file_flag, what, default, required))
    parser.set_defaults(_texts=texts)


def pdf_password_needed(exc: Exception, args: argparse.Namespace, usage: str) -> CliError:
    """One line for an encrypted PDF read without its password: the exact form that gives it
    (`usage`, say "import --password-stdin FILE"), and, when --password-stdin stood before
    the command, that that one is the team server's password."""
    line = f"{exc}; give it after the command: provdesk-cli {usage}"
    if getattr(args, "server_password_stdin", False):
        line += (
            " (the --password-stdin before the command is the team server's password, "
            "not the PDF's)"
        )
    return CliError(line)


def _read_text_file(name: str, flag: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    else:
        try:
            data = Path(name).expanduser().read_bytes()
        except OSError as exc:
            raise CliError(f"{flag}: cannot read {name}: {exc.strerror or exc}") from None
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            where = "standard input" if name == "-" else name
            raise CliError(f"{flag}: {where} is not UTF-8 text") from None
    return data.removesuffix("\n").removesuffix("\r")


def resolve_texts(args: argparse.Namespace) -> None:
    """Fill every text argument of the parsed command line from its file or standard input."""
    stdin_used_by: str | None = None
    for dest, file_dest, file_flag, what, default, required in getattr(args, "_texts", ()):
        value = getattr(args, dest, None)
        name = getattr(args, file_dest, None)
        if value is not None and name is not None:
            raise CliError(f"give the {what} or {file_flag}, not both")
        if value == "-":
            name, value = "-", None
        if name is not None:
            if name == "-":
                if stdin_used_by is not None:
                    raise CliError(
                        f"standard input can give only one text (it already gives the "
                        f"{stdin_used_by})"
                    )
                stdin_used_by = what
            value = _read_text_file(name, file_flag)
        if value is None:
            if required:
                raise CliError(f"give the {what}, or {file_flag} FILE")
            value = default
        setattr(args, dest, value)
    if stdin_used_by is not None and (
        getattr(args, "password_stdin", False) or getattr(args, "server_password_stdin", False)
    ):
        raise CliError(
            f"--password-stdin and the {stdin_used_by} cannot both come from standard input"
        )
