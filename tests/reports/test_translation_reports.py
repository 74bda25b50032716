"""Reports on a hop quoted from a translation: the original beside it, the drift flags, the
pair's alignment in JSON, and PROV's translation activity."""

from __future__ import annotations

import csv
import io
import json

import jsonschema

from db import operations as ops
from db.case import Case
from desktop.reports import csvreport, html, jsonreport, markdown, provreport
from tests.text.parallel import load_pair

from .helpers import make_report


def _translated_hop(case: Case) -> tuple[int, int, int]:
    doc = load_pair("ar-en")[2]
    translation_text = doc.translation_text.replace("7,200", "72,000")
    with case.change() as uow:
        original = ops.add_source(
            uow,
            title="الوطن",
            outlet="al-Watan",
            language="ar",
            direction="rtl",
            text=doc.original_text,
        )
        translation = ops.add_source(
            uow,
            title="Syria digest",
            outlet="The Syrian Observer",
            language="en",
            text=translation_text,
        )
        ops.link_translation(uow, translation, original)
        claim = ops.add_claim(uow, "The dollar costs about 7,200 pounds on the black market")
        actor = ops.find_or_add_actor(uow, "The Syrian Observer", "outlet")
        hop = ops.add_hop(
            uow,
            claim,
            actor_id=actor,
            relation="translated",
            source_id=translation,
            quote=doc.translation[3].replace("7,200", "72,000"),
        )
    return original, translation, hop


def test_reports_show_the_original_beside_a_translated_quote(sqlite_case: Case) -> None:
    original, translation, _hop = _translated_hop(sqlite_case)
    report = make_report(sqlite_case)
    data = json.loads(jsonreport.render(report))
    jsonschema.Draft202012Validator(jsonreport.schema()).validate(data)
    (claim,) = data["claims"]
    t = claim["hops"][0]["translation"]
    assert t["original_source_id"] == original
    assert t["original_quote"] == "ويبلغ سعر الدولار في السوق السوداء نحو 7200 ليرة."
    assert t["drift"] == ["number differs: 7200 → 72,000"]
    assert t["alignment"][0]["kind"] == "1-1"
    assert t["alignment"][0]["original"][0]["text"] == t["original_quote"]

    page = html.render(report).decode("utf-8")
    assert '<div class="original">original (source #' in page
    assert 'dir="rtl" class="rtl" lang="ar">ويبلغ سعر الدولار' in page
    assert "number differs: 7200 → 72,000" in page

    text = markdown.render(report).decode("utf-8")
    assert "original (#" in text and "number differs: 7200 → 72,000" in text

    (row,) = csv.DictReader(io.StringIO(csvreport.hops_csv(report).decode("utf-8-sig")))
    assert row["original_source_id"] == str(original)
    assert row["original_quote"] == t["original_quote"] and row["original_language"] == "ar"
    assert row["translation_drift"] == "number differs: 7200 → 72,000"

    prov = json.loads(provreport.render_json(report))
    activity = f"case:source-{translation}-translating"
    assert prov["activity"][activity]["prov:type"]["$"] == "pd:Translation"
    derivation = prov["wasDerivedFrom"][f"case:source-{translation}-translation"]
    assert derivation["prov:usedEntity"] == f"case:source-{original}"
    assert derivation["prov:activity"] == activity
