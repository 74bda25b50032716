"""`provdesk-cli`: the case from the command line, without a display.

Sub-commands live in the `*_commands.py` modules of this package; each has a `register`
function that adds its parsers. The contract every sub-command keeps (tests/cli/test_contract.py
checks each one, found from the parser):

- a person's mistake (a wrong verdict, relation or kind name, an id that is no id, a missing
  file, a file that is no case) and a wrong command line (an unknown option or command, a
  missing argument: `CliParser.error`) end in one line on stderr and exit status 1; nothing a
  person can type ends in "internal error" (exit status 70 is for the app's own bugs);
- a command that only reads (`set_defaults(reads_only=True)`) leaves every byte of the case
  and its folder as they were, and so does every command that is refused;
- every text a command takes has a file twin (`common.add_text`: `--why-file FILE`, `-` for
  standard input).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .text_only import fast_main
from .visible import VisibleStream

if TYPE_CHECKING:
    import argparse

# The case machinery (database, keyring, Qt preferences) loads only when a command needs the
# full parser: `attributions FILE` runs without it (text_only.py).

READ_COMMANDS = frozenset({"claims", "show", "search", "actors", "audit"})
"""The everyday read commands (`reading_commands.py`): their command line is parsed by a parser
that holds only them, so the modules of the other commands are not loaded."""


def command_named(argv: Sequence[str]) -> str | None:
    """The sub-command a command line names after the global options, or None when that is not
    plain to see (help, an abbreviated or unknown option: the full parser then decides)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--case", "--reviewer"):
            skip = True
        elif arg.startswith(("--case=", "--reviewer=")) or arg in (
            "--password-stdin",
            "--remember-password",
        ):
            continue
        elif arg.startswith("-"):
            return None
        else:
            return None if {"-h", "--help"} & set(argv) else arg
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser: every command, or only those of the module `only` (say
    "reading_commands")."""
    import importlib

    from .common import CliParser, LazyVersion

    parser = CliParser(
        prog="provdesk-cli",
        description="Work on a Provenance Desk case from the command line.",
    )
    parser.add_argument("--version", action=LazyVersion)
    parser.add_argument(
        "--case",
        metavar="CASE",
        help="a case file path or a database URL (default: $PROVDESK_CASE, else the default case)",
    )
    parser.add_argument(
        "--reviewer",
        metavar="NAME",
        help="name for the audit trail (default: $PROVDESK_REVIEWER, else the saved name)",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        dest="server_password_stdin",
        help="read the team server's password from standard input (first line); an encrypted "
        "PDF's password goes after the command (import --password-stdin FILE)",
    )
    parser.add_argument(
        "--remember-password",
        action="store_true",
        help="keep the password given in the operating-system keyring",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    if only is not None:
        importlib.import_module(f"{__name__}.{only}").register(commands)
        return parser
    import pkgutil

    package = importlib.import_module(__name__)
    for module in sorted(m.name for m in pkgutil.iter_modules(package.__path__)):
        if module.endswith("_commands"):
            importlib.import_module(f"{__name__}.{module}").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # A file name that is not UTF-8 (surrogate escapes) never stops a command at its output;
    # the commands show such names with U+FFFD already (`db.text.file_names.readable`).
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    # Everything printed for a person shows direction and terminal controls by name (`visible`).
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleStream(sys.stdout), VisibleStream(sys.stderr)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _main(argv: Sequence[str] | None) -> int:
    fast = fast_main(list(sys.argv[1:] if argv is None else argv))
    if fast is not None:
        return fast
    from db.errors import CaseError

    from .common import CliError, Context, resolve_texts

    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser("reading_commands" if command_named(arguments) in READ_COMMANDS else None)
    try:
        args = parser.parse_args(argv)
        resolve_texts(args)
    except CliError as exc:
        print(f"provdesk-cli: error: {exc}", file=sys.stderr)
        return 1
    context = Context(args)
    try:
        result = args.run(context, args)
        return int(result or 0)
    except (CaseError, CliError) as exc:
        print(f"provdesk-cli: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("provdesk-cli: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("PROVDESK_DEBUG"):
            import traceback

            traceback.print_exc()
        print(
            f"provdesk-cli: internal error: {type(exc).__name__}: {exc} "
            "(set PROVDESK_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 70
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
