"""Hops' quotes as W3C Web Annotations: the export has the model's required structure (checked
against a JSON schema of the model's required fields, context http://www.w3.org/ns/anno.jsonld),
imports back as the same quotes into another case with the same evidence files, and an
annotation of an older version of a source is re-anchored in the current one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from desktop.cli import main as cli
from desktop.reports.webannotation import evidence_iri, sha256_of_iri

TEXT = (
    "The foreign minister told reporters on Tuesday that the talks would go on. "
    "A security official said there were no red lines. The talks would go on, he said."
)
SELECTOR_QUOTE = {
    "type": "object",
    "required": ["type", "exact"],
    "properties": {
        "type": {"const": "TextQuoteSelector"},
        "exact": {"type": "string", "minLength": 1},
        "prefix": {"type": "string"},
        "suffix": {"type": "string"},
    },
}
SELECTOR_POSITION = {
    "type": "object",
    "required": ["type", "start", "end"],
    "properties": {
        "type": {"const": "TextPositionSelector"},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
    },
}
TARGET = {
    "type": "object",
    "required": ["source", "selector"],
    "properties": {
        "type": {"const": "SpecificResource"},
        "source": {"type": "string", "format": "iri", "pattern": "^[a-z][a-z0-9+.-]*:"},
        "selector": {
            "type": "array",
            "items": {"oneOf": [SELECTOR_QUOTE, SELECTOR_POSITION]},
            "minItems": 1,
        },
        "state": {
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"const": "TimeState"}, "cached": {"type": "string"}},
        },
    },
}
BODY = {
    "type": "object",
    "required": ["type", "value"],
    "properties": {
        "type": {"const": "TextualBody"},
        "value": {"type": "string"},
        "purpose": {"enum": ["describing", "tagging", "classifying", "commenting"]},
    },
}
ANNOTATION = {
    "type": "object",
    "required": ["id", "type", "target"],
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z][a-z0-9+.-]*:"},
        "type": {"const": "Annotation"},
        "motivation": {"type": "string"},
        "body": {"type": "array", "items": BODY},
        "target": {"oneOf": [TARGET, {"type": "array", "items": TARGET, "minItems": 1}]},
    },
}
COLLECTION = {
    "type": "object",
    "required": ["@context", "type", "first"],
    "properties": {
        "@context": {"const": "http://www.w3.org/ns/anno.jsonld"},
        "type": {"const": "AnnotationCollection"},
        "total": {"type": "integer"},
        "first": {
            "type": "object",
            "required": ["type", "items"],
            "properties": {"type": {"const": "AnnotationPage"}, "items": {"items": ANNOTATION}},
        },
    },
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _case(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, article: Path) -> str:
    case = str(tmp_path / f"{name}.provdesk")
    assert run(capsys, "--case", case, "new")[0] == 0
    assert run(capsys, "--case", case, "import", str(article))[0] == 0
    return case


def _quotes(document: dict[str, Any]) -> list[tuple[Any, ...]]:
    out = []
    for item in document["first"]["items"]:
        bodies = tuple(b["value"] for b in item["body"])
        targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
        out.append((bodies, json.dumps([t["selector"] for t in targets]), targets[0]["source"]))
    return sorted(out)


def test_quotes_export_as_web_annotations_and_import_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "talks.txt"
    article.write_text(TEXT, encoding="utf-8")
    first = _case(capsys, tmp_path, "first", article)
    run(capsys, "--case", first, "claim", "add", "The talks go on")
    # The words occur twice: the second occurrence is the one quoted, by its span.
    second = TEXT.rindex("The talks would go on")
    for actor, extra in (
        ("Foreign minister", ["--quote", "the talks would go on"]),
        ("Security official", ["--quote", "there were no red lines"]),
        ("Security official", ["--quote", "The talks would go on",
                               "--span", f"{second}:{second + 21}"]),
    ):  # fmt: skip
        code, _out, err = run(
            capsys, "--case", first, "hop", "add", "1", "--actor", actor,
            "--relation", "said", "--source", "1", *extra,
        )  # fmt: skip
        assert code == 0, err
    out_file = tmp_path / "quotes.jsonld"
    code, _out, err = run(
        capsys, "--case", first, "export", "-f", "web-annotation", "-o", str(out_file)
    )
    assert code == 0, err
    document = json.loads(out_file.read_text(encoding="utf-8"))
    jsonschema.validate(document, COLLECTION)
    items = document["first"]["items"]
    assert len(items) == 3 and document["total"] == 3
    third = items[2]["target"]
    assert third["selector"][1] == {"type": "TextPositionSelector", "start": second,
                                    "end": second + 21}  # fmt: skip
    assert third["selector"][0]["prefix"].endswith("no red lines. ")
    assert sha256_of_iri(third["source"]) is not None
    # Into another case holding the same evidence file: the same quotes, the same places.
    other = _case(capsys, tmp_path, "other", article)
    code, out, err = run(capsys, "--case", other, "import-annotations", str(out_file))
    assert code == 0, err
    assert out.strip() == "3 hops added (new claims: 1)" and not err
    again = tmp_path / "again.jsonld"
    assert run(capsys, "--case", other, "export", "-f", "web-annotation", "-o", str(again))[0] == 0
    assert _quotes(json.loads(again.read_text(encoding="utf-8"))) == _quotes(document)


def test_an_annotation_of_an_older_version_is_reanchored_in_the_current_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "talks.txt"
    article.write_text(TEXT, encoding="utf-8")
    case = _case(capsys, tmp_path, "case", article)
    sha = json.loads(run(capsys, "--case", case, "source", "show", "1", "--json")[1])["source"][
        "evidence_sha256"
    ]
    changed = tmp_path / "talks-v2.txt"
    changed.write_text("Updated on Wednesday. " + TEXT, encoding="utf-8")
    assert run(capsys, "--case", case, "source", "update", "1", str(changed))[0] == 0
    start = TEXT.index("there were no red lines")
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:example:a1",
        "type": "Annotation",
        "body": [{"type": "TextualBody", "purpose": "describing", "value": "No red lines"}],
        "target": {
            "source": evidence_iri(sha),
            "selector": [
                {"type": "TextQuoteSelector", "exact": "there were no red lines"},
                {"type": "TextPositionSelector", "start": start, "end": start + 23},
            ],
        },
    }
    path = tmp_path / "one.jsonld"
    path.write_text(json.dumps(annotation), encoding="utf-8")
    code, _out, err = run(
        capsys, "--case", case, "import-annotations", str(path), "--actor", "Official"
    )
    assert code == 0 and not err, err
    hop = json.loads(run(capsys, "--case", case, "show", "1", "--json")[1])["hops"][0]
    shift = len("Updated on Wednesday. ")
    assert [s["start"] for s in hop["spans"]] == [start + shift]
    assert hop["checked_version"] == 2


def test_a_file_that_is_not_annotations_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "talks.txt"
    article.write_text(TEXT, encoding="utf-8")
    case = _case(capsys, tmp_path, "case", article)
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    code, _out, err = run(capsys, "--case", case, "import-annotations", str(bad))
    assert code == 1 and err.count("\n") == 1 and "is not JSON-LD text" in err
    empty = tmp_path / "empty.jsonld"
    empty.write_text('{"type": "AnnotationPage", "items": []}', encoding="utf-8")
    code, _out, err = run(capsys, "--case", case, "import-annotations", str(empty))
    assert code == 1 and "holds no W3C Web Annotation" in err
