"""The command line's contract, checked for every sub-command the parser has (found from the
parser itself, so that a command added later is checked too) — issue 13, items 5–8:

- a value typed wrong and a wrong command line → one line on stderr, exit 1;
  nothing typed gives "internal error" (exit 70);
- commands that only read, and every refused command, leave every byte of the case file and
  its folder unchanged: on a 0-byte file, on another application's SQLite file, on a case;
- `new` on an existing case says so; long texts come from files or standard input.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.text.normalise import normalise_text
from desktop.cli import build_parser, main
from desktop.cli.common import search_words

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"

# Values a person may type where a name, an id, a number or a path is asked for.
BAD_VALUES = [
    "bogus",
    "0",
    "-7",
    "#x",
    "",
    "99999999999999999999999",
    "1.5",
    "no/such/file.pdf",
    ".",
    "-",
]
# Values tried in turn where a command needs an argument it should accept.
PLAUSIBLE = ["1", "unchecked", "accurate", "said", "person", "html", "up", "on", "reviewer"]


def leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every runnable sub-command: (its words, its parser)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, sub in subs[0].choices.items():
        yield from leaves(sub, (*path, name))


def takes_value(action: argparse.Action) -> bool:
    return action.nargs != 0 and not isinstance(action, argparse._HelpAction)


def plausible(action: argparse.Action, files: Path) -> str:
    """A value the argument accepts (checked through its own type and choices)."""
    if action.choices:
        return str(next(iter(action.choices)))
    if action.dest in ("file", "destination", "backup"):
        return str(files / "levant-digest-2024-03-07.txt")
    for candidate in PLAUSIBLE:
        try:
            if action.type is not None:
                action.type(candidate)  # type: ignore[misc]
        except (argparse.ArgumentTypeError, ValueError, TypeError):
            continue
        return candidate
    return "words"


def command_line(
    words: tuple[str, ...],
    parser: argparse.ArgumentParser,
    files: Path,
    bad: tuple[argparse.Action, str] | None = None,
) -> list[str]:
    """The sub-command with its positionals and required options filled in, one of them
    (`bad`) with a value typed wrong (or an optional one added with it)."""
    args = list(words)
    for action in parser._actions:
        if not takes_value(action):
            continue
        value = bad[1] if bad and bad[0] is action else plausible(action, files)
        if not action.option_strings:
            optional = action.nargs in ("?", "*") and action.dest != "text"
            if optional and not (bad and bad[0] is action):
                continue
            args.append(value)
        elif action.required or (bad and bad[0] is action):
            args += [action.option_strings[-1], value]
    return args


ALL = sorted(leaves(build_parser()), key=lambda leaf: leaf[0])
NAMES = [" ".join(words) for words, _ in ALL]


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    """The desk's signing key and team passwords: no keyring here, as on a bare machine."""
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    path = folder / "demo.provdesk"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PROVDESK_REVIEWER", "Template")
        mp.setenv("XDG_DATA_HOME", str(folder / "data"))
        assert main(["--case", str(path), "demo"]) == 0
        assert main(["--case", str(path), "import", str(ARTICLES / "desk-notes-kuzey-tv.md")]) == 0
    return path


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Commands run in their own folder; the case lives in a folder of its own."""
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    return tmp_path


def make_case(kind: str, folder: Path, template: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "case.provdesk"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "foreign":
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("CREATE TABLE songs (title TEXT, seconds INTEGER)")
            conn.execute("INSERT INTO songs VALUES ('Lamma bada', 241)")
            conn.commit()
    else:
        shutil.copy(template, path)
    return path


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        if p.is_file()
        else "folder"
        for p in sorted(folder.rglob("*"))
    }


def run(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's usage errors and --help
            code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def assert_contract(code: int, err: str, what: str) -> None:
    assert code in (0, 1), f"{what}: exit {code}: {err}"
    assert "internal error" not in err and "Traceback" not in err, f"{what}: {err}"
    if code == 1:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("provdesk-cli"), f"{what}: {err!r}"


def test_the_parser_has_the_commands_the_readme_names():
    for name in ("new", "demo", "claim add", "hop add", "status", "claims", "show", "search"):
        assert name in NAMES
    assert len(NAMES) >= 30


@pytest.mark.parametrize(("words", "parser"), ALL, ids=NAMES)
def test_a_value_typed_wrong_is_one_line_and_exit_1(
    capsys, workdir, demo_template, words, parser
) -> None:
    case = make_case("case", workdir / "case", demo_template)
    slots = [a for a in parser._actions if takes_value(a) and not a.option_strings]
    slots += [a for a in parser._actions if takes_value(a) and a.option_strings]
    for action in slots:
        for value in BAD_VALUES:
            args = command_line(words, parser, ARTICLES, (action, value))
            code, _out, err = run(capsys, "--case", str(case), *args)
            assert_contract(code, err, " ".join(args))
            # a search's words are any words (only an empty search is refused)
            typed = action.type not in (None, search_words) or action.choices is not None
            if typed and value in ("bogus", "#x", "1.5"):
                assert code == 1, f"{' '.join(args)} → exit {code}: {err}"


@pytest.mark.parametrize(("words", "parser"), ALL, ids=NAMES)
def test_a_wrong_command_line_is_one_line_and_exit_1(capsys, workdir, words, parser) -> None:
    args = command_line(words, parser, ARTICLES)
    code, _out, err = run(capsys, "--case", str(workdir / "x.provdesk"), *args, "--no-such-option")
    assert code == 1 and "unrecognized arguments: --no-such-option" in err
    assert len(err.strip().splitlines()) == 1 and "usage:" not in err
    code, _out, err = run(capsys, "--case", str(workdir / "x.provdesk"), *words, "-h")
    assert code == 0 and "usage: provdesk-cli" in _out
    assert not (workdir / "x.provdesk").exists()


def test_an_unknown_command_is_one_line_and_exit_1(capsys):
    code, _out, err = run(capsys, "frobnicate")
    assert (
        code == 1
        and err == "provdesk-cli: 'frobnicate' is not a command (see provdesk-cli --help)\n"
    )


@pytest.mark.parametrize("kind", ["empty", "foreign"])
@pytest.mark.parametrize(("words", "parser"), ALL, ids=NAMES)
def test_a_file_that_is_no_case_is_never_changed(
    capsys, workdir, demo_template, kind, words, parser
) -> None:
    if kind == "empty" and words in (("new",), ("demo",)):
        pytest.skip("new and demo make a case in an empty file: tested below")
    case = make_case(kind, workdir / "case", demo_template)
    before = snapshot(workdir / "case")
    args = command_line(words, parser, ARTICLES)
    code, _out, err = run(capsys, "--case", str(case), *args)
    assert_contract(code, err, f"{kind}: {' '.join(args)}")
    assert snapshot(workdir / "case") == before, f"{kind}: {' '.join(args)} changed the folder"


READS_ONLY = [(w, p) for w, p in ALL if p.get_default("reads_only")]


def test_the_commands_that_only_read_are_marked():
    marked = {" ".join(w) for w, _ in READS_ONLY}
    assert {"claims", "show", "search", "sources", "verify", "export", "actors", "audit"} <= marked
    assert {"source show", "source open", "backups", "key show", "verify-report"} <= marked


@pytest.mark.parametrize(("words", "parser"), READS_ONLY, ids=[" ".join(w) for w, _ in READS_ONLY])
def test_a_command_that_only_reads_leaves_the_case_as_it_was(
    capsys, workdir, demo_template, words, parser
) -> None:
    case = make_case("case", workdir / "case", demo_template)
    before = snapshot(workdir / "case")
    extra = {"export": ["--format", "json", "--output", str(workdir / "report.json")]}
    args = command_line(words, parser, ARTICLES)
    if words == ("export",):
        args = ["export", *extra["export"]]
    code, _out, err = run(capsys, "--case", str(case), *args)
    assert_contract(code, err, " ".join(args))
    if words in (("claims",), ("show",), ("search",), ("sources",), ("verify",), ("export",)):
        assert code == 0, err
    assert snapshot(workdir / "case") == before, f"{' '.join(args)} changed the case"


@pytest.mark.parametrize(("words", "parser"), ALL, ids=NAMES)
def test_a_refused_command_changes_nothing(capsys, workdir, demo_template, words, parser) -> None:
    case = make_case("case", workdir / "case", demo_template)
    before = snapshot(workdir / "case")
    for value in ("999999", "bogus"):
        slots = [a for a in parser._actions if takes_value(a) and not a.option_strings]
        for action in slots[:1] or [None]:
            bad = (action, value) if action is not None else None
            args = command_line(words, parser, ARTICLES, bad)
            code, _out, err = run(capsys, "--case", str(case), *args)
            assert_contract(code, err, " ".join(args))
            if code != 0:
                after = snapshot(workdir / "case")
                assert after == before, f"refused {' '.join(args)} changed the case"


def test_new_on_an_existing_case_says_it_exists(capsys, workdir, demo_template):
    case = make_case("case", workdir / "case", demo_template)
    before = snapshot(workdir / "case")
    code, out, err = run(capsys, "--case", str(case), "new")
    assert (code, out) == (0, "")
    assert err == f"provdesk-cli: a case already exists at {case} ('demo'); nothing was changed\n"
    assert snapshot(workdir / "case") == before
    for kind in ("foreign",):
        other = make_case(kind, workdir / kind, demo_template)
        code, out, err = run(capsys, "--case", str(other), "new")
        assert code == 1 and "is not a Provenance Desk case" in err and out == ""
    text = workdir / "notes.txt"
    text.write_text("not a case")
    code, _out, err = run(capsys, "--case", str(text), "new")
    assert code == 1 and "not an SQLite database" in err and text.read_text() == "not a case"


def test_new_makes_a_case_in_an_empty_file_or_a_new_path(capsys, workdir):
    empty = workdir / "empty.provdesk"
    empty.write_bytes(b"")
    for path in (empty, workdir / "fresh.provdesk"):
        code, out, _err = run(capsys, "--case", str(path), "new")
        assert code == 0 and out == f"case {path.stem!r} at {path}\n"
        assert run(capsys, "--case", str(path), "claims")[0] == 0


CLAIM = "A claim in the words of a long translated statement, " * 350  # 18,550 characters
NOTES = "Notes longer than the 128 KB one argument may hold on Linux. " * 30_000  # 1.8 MB


TEXT_DESTS = {"text", "notes", "note", "quote", "why", "rationale", "reason", "message"}


@pytest.mark.parametrize(("words", "parser"), ALL, ids=NAMES)
def test_every_text_argument_has_a_file_twin(words, parser) -> None:
    """A command added later that takes a text takes it from a file too (`common.add_text`)."""
    options = {o for a in parser._actions for o in a.option_strings}
    for action in parser._actions:
        if action.dest in TEXT_DESTS and takes_value(action):
            twin = (
                "--text-file" if not action.option_strings else f"{action.option_strings[-1]}-file"
            )
            assert twin in options, f"provdesk-cli {' '.join(words)}: {action.dest} has no {twin}"


def test_a_long_claim_comes_from_a_file_or_standard_input(capsys, workdir, demo_template):
    case = make_case("case", workdir / "case", demo_template)
    text_file = workdir / "claim.txt"
    text_file.write_text(CLAIM.strip() + "\n", encoding="utf-8")
    c = ["--case", str(case)]
    code, out, err = run(capsys, *c, "claim", "add", "--text-file", str(text_file))
    assert code == 0, err
    claim = out.strip()
    code, out, err = run(capsys, *c, "claim", "edit", claim, "--notes-file", "-", stdin=NOTES)
    assert code == 0, err
    shown = json.loads(run(capsys, *c, "show", claim, "--json")[1])
    assert (shown["text"], shown["notes"]) == (CLAIM.strip(), NOTES.strip())
    # Beyond the case's own limit: one line that says so.
    code, out, err = run(capsys, *c, "claim", "edit", claim, "--notes-file", "-", stdin=NOTES * 3)
    assert code == 1 and "notes is too long" in err and len(err.splitlines()) == 1
    code, out, err = run(
        capsys, "--case", str(case), "claim", "add", "-", "--notes", "from stdin", stdin="Short\n"
    )
    assert code == 0, err
    shown = json.loads(run(capsys, "--case", str(case), "show", out.strip(), "--json")[1])
    assert (shown["text"], shown["notes"]) == ("Short", "from stdin")


def test_every_text_has_its_file_twin(capsys, workdir, demo_template):
    case = make_case("case", workdir / "case", demo_template)
    why = workdir / "why.txt"
    why.write_text("The digest prints the words; the broadcast's own transcript is missing.\n")
    note = workdir / "note.md"
    note.write_text("Line one\n\nLine two — with Arabic: خطوط حمراء\n")
    c = ["--case", str(case)]
    assert run(capsys, *c, "status", "1", "misleading", "--why-file", str(why))[0] == 0
    code, out, err = run(
        capsys, *c, "hop", "add", "1", "--actor", "Kuzey TV", "--relation", "reported",
        "--quote-file", "-", "--note-file", str(note), stdin="No red lines\n",
    )  # fmt: skip
    assert code == 0, err
    hop = out.strip()
    assert run(capsys, *c, "hop", "status", hop, "differs", "--why-file", str(why))[0] == 0
    assert run(capsys, *c, "claim", "edit", "1", "--notes-file", str(note))[0] == 0
    shown = json.loads(run(capsys, *c, "show", "1", "--json")[1])
    assert shown["rationale"] == why.read_text().strip()
    assert shown["notes"] == note.read_text().rstrip("\n")
    added = next(h for h in shown["hops"] if str(h["id"]) == hop)
    assert (added["quote"], added["note"]) == ("No red lines", note.read_text().rstrip("\n"))
    # Mistakes with text files: one line, exit 1, nothing changed.
    before = snapshot(workdir / "case")
    for args, message in [
        (("claim", "add", "--text-file", "missing.txt"), "cannot read missing.txt"),
        (("claim", "add", "Text", "--text-file", str(why)), "not both"),
        (("claim", "add"), "give the claim's text, or --text-file FILE"),
        (("claim", "add", "-", "--notes-file", "-"), "standard input can give only one text"),
        (("send-back", "1", "--why-file", str(workdir)), "--why-file: cannot read"),
    ]:
        code, out, err = run(capsys, *c, *args, stdin="x")
        assert (code, out) == (1, ""), (args, err)
        assert message in err and len(err.strip().splitlines()) == 1, err
    latin = workdir / "latin1.txt"
    latin.write_bytes("Caf\xe9".encode("latin-1"))
    code, _out, err = run(capsys, *c, "claim", "add", "--text-file", str(latin))
    assert code == 1 and "is not UTF-8 text" in err
    assert snapshot(workdir / "case") == before


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=300))
def test_a_text_from_standard_input_is_stored_as_given(capsys, tmp_path, text):
    case = tmp_path / "h.provdesk"
    if not case.exists():
        assert main(["--case", str(case), "new"]) == 0
        capsys.readouterr()
    code, out, err = run(capsys, "--case", str(case), "claim", "add", "-", stdin=text + "\n")
    assert_contract(code, err, repr(text))
    expected = normalise_text(text.removeprefix("\ufeff")).strip()
    assert code == (0 if expected else 1), err
    if code == 0:
        shown = json.loads(run(capsys, "--case", str(case), "show", out.strip(), "--json")[1])
        assert shown["text"] == expected
