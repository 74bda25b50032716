"""A heading, a list item, a table row or a line ended by <br> in an HTML page (and a Word
document's heading) is a paragraph of its own in the source's text: it never runs into the
sentence after it (newcomer trial, round 8, item 6: an <h1> and the first <p> aligned as one
sentence)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from db.text.sentences import split_sentences
from desktop.cli import main as cli
from desktop.sources.mail import html_to_text
from desktop.sources.office import read_docx

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour of Vesnia opens again</title></head><body><article>
<h1>Harbour of Vesnia opens again</h1>
<p>The harbour master of Vesnia said on Friday that ships
may dock again from Monday.</p>
<h2>Ships waiting offshore</h2>
<p>Some 30 freighters are still at anchor outside the breakwater, the port office said.</p>
<ul><li>Ferries first</li><li>Freighters after the ferries</li></ul>
<p>Repairs to the quay took six weeks<br>The crane is working again.</p>
</article></body></html>"""

ALONE = (
    "Harbour of Vesnia opens again",
    "Ships waiting offshore",
    "- Ferries first",  # trafilatura marks a list item
    "- Freighters after the ferries",
    "Repairs to the quay took six weeks",
)


def test_an_imported_page_keeps_its_headings_apart(tmp_path: Path, capsys) -> None:
    case, page = tmp_path / "case.provdesk", tmp_path / "harbour.html"
    page.write_text(PAGE, encoding="utf-8")
    assert cli(["--case", str(case), "new"]) == 0
    assert cli(["--case", str(case), "import", str(page)]) == 0
    source = capsys.readouterr().out.strip().splitlines()[-1]
    assert cli(["--case", str(case), "source", "show", source, "--json", "--text"]) == 0
    shown = json.loads(capsys.readouterr().out)
    text = shown["text"] if "text" in shown else shown["source"]["text"]
    assert "Harbour of Vesnia opens again\n\nThe harbour master" in text
    sentences = [s.text for s in split_sentences(text, "en")]
    for block in ALONE:
        assert block in sentences, sentences
    assert "The crane is working again." in sentences


def test_a_mail_body_and_a_word_document_keep_their_headings_apart() -> None:
    body = html_to_text(PAGE)
    assert [s.text for s in split_sentences(body, "en")][:2] == [
        "Harbour of Vesnia opens again",
        "The harbour master of Vesnia said on Friday that ships may dock again from Monday.",
    ]
    assert "Repairs to the quay took six weeks\n\nThe crane is working again." in body
    import docx

    document = docx.Document()
    document.add_heading("Harbour of Vesnia opens again", level=1)
    document.add_paragraph("The harbour master said that ships may dock again from Monday.")
    data = io.BytesIO()
    document.save(data)
    text = read_docx(data.getvalue()).text
    assert split_sentences(text, "en")[0].text == "Harbour of Vesnia opens again"
