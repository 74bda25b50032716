"""PROV-N is written straight from the PROV-JSON document, in the very text `prov`'s own writer
gives after reading that PROV-JSON: the same records, names, escapes and literals."""

from __future__ import annotations

import json
import warnings
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from prov.model import ProvDocument

from db import operations as ops
from desktop.reports import provreport
from desktop.reports.provn import write_provn

from .conftest import ARABIC_QUOTE, HOSTILE_QUOTE, ReportCase, sign_off_as_second_reviewer
from .helpers import make_report


def _provs(document: dict[str, Any]) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # prov warns when it percent-encodes a name
        return ProvDocument.deserialize(content=json.dumps(document), format="json").get_provn()


def test_report_provn_is_what_prov_writes(report_case: ReportCase) -> None:
    with report_case.case.change() as uow:  # a verdict awaiting a second reviewer's sign-off
        ops.set_verdict(uow, report_case.hostile_claim, "false", 'Said "no" \\ twice.\nThen left.')
    sign_off_as_second_reviewer(report_case.case, report_case.hostile_claim)
    report = make_report(report_case.case)
    ours = provreport.render_provn(report).decode("utf-8")
    assert ours == provreport.build(report).get_provn()
    # what a reader of the file finds: the Arabic quote with its language, the hostile one
    # escaped, the sign-off and the derivations between hops
    assert f'prov:value="{ARABIC_QUOTE}"@ar' in ours
    assert HOSTILE_QUOTE.replace('"', '\\"') in ours
    assert "pd:SignOff" in ours and "wasDerivedFrom(case:hop-2-derivation; " in ours


LOCAL = st.text(alphabet="ab7_-.=:;()[],'%é", min_size=1, max_size=6).filter(
    lambda s: s not in (".", "-") and not s.startswith("%")
)
VALUE = st.one_of(
    st.text(max_size=12),
    st.booleans(),
    st.integers(min_value=-(2**31) + 1, max_value=2**31 - 1),
    st.builds(
        lambda t, lang: {"$": t, "lang": lang},
        st.text(max_size=8),
        st.sampled_from(["", "en", "ar", "pt_BR", "zh-Hant"]),
    ),
    st.builds(lambda local: {"$": f"ex:{local}", "type": "xsd:QName"}, LOCAL),
)


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(LOCAL, min_size=2, max_size=4, unique=True),
    values=st.lists(VALUE, min_size=1, max_size=4),
    at=st.sampled_from(["2026-01-02T03:04:05+00:00", "2026-01-02T03:04:05+05:30"]),
)
def test_any_names_and_values_are_written_as_prov_writes_them(
    names: list[str], values: list[Any], at: str
) -> None:
    first, second = (f"ex:{n}" for n in names[:2])
    attributes = {f"ex:a{i}": v for i, v in enumerate(values)}
    document = {
        "prefix": {"ex": "https://example.org/ns#"},
        "entity": {first: {"prov:type": {"$": "ex:Thing", "type": "xsd:QName"}, **attributes}},
        "agent": {"ex:someone": {}},
        "activity": {second: {"prov:startTime": at, "prov:endTime": at}},
        "wasGeneratedBy": {"_:id1": {"prov:entity": first, "prov:activity": second}},
        "wasAssociatedWith": {
            f"{second}-by": {"prov:activity": second, "prov:agent": "ex:someone", **attributes}
        },
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # so do we, through prov, for the same names
        ours = write_provn(document)
    assert ours == _provs(document)
