"""W3C PROV (PROV-JSON and PROV-N) written with the `prov` package.

The mapping, per PROV-DM:
- a source is an entity (`pd:Source`, with its evidence file's SHA-256); a source translated
  from another is derived from it;
- a hop is an entity (`pd:Hop`, its quote as `prov:value` with a language tag) that is a
  `specializationOf` its source and `wasAttributedTo` its actor (an agent: `prov:Person` or
  `prov:Organization`);
- a hop that relays another `wasDerivedFrom` it, typed by its relation: quoted and republished
  are `prov:Quotation`; paraphrased, summarised and translated are `prov:Revision`; said and
  reported are `prov:PrimarySource` (the relayed hop is the primary source of the report);
- a translation is also an activity that used the relayed hop, generated the hop and
  `wasAssociatedWith` its translator (the hop's actor);
- the claim is an entity derived from the last hop of each of its chains (the reviewer's wording
  comes from what reached the desk);
- a review is an activity at its time, `wasAssociatedWith` the reviewer, that used the claim or
  hop it judged;
- the report itself is an entity attributed to the exporting reviewer, with the audit head.

`prov` checks no constraints, so `check_types` verifies before writing that every relation
joins records of the right kinds and that no record is declared twice with different kinds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote

from prov.model import PROV, Literal, ProvDocument, QualifiedName

from .jsonreport import iso
from .model import Report, ReportClaim, ReportHop, ReportSource

Step = Callable[[int], None]

# Attribute names as QualifiedNames: `prov` parses a "prefix:name" string on every use.
P_TYPE, P_LABEL, P_VALUE, P_LOCATION = PROV["type"], PROV["label"], PROV["value"], PROV["location"]

PD_URI = "https://provenancedesk.org/ns/prov#"

DERIVATION_TYPE = {
    "quoted": "Quotation",
    "republished": "Quotation",
    "paraphrased": "Revision",
    "summarised": "Revision",
    "translated": "Revision",
    "said": "PrimarySource",
    "reported": "PrimarySource",
}

_TYPES_OF = {
    # relation name -> (kind of first argument, kind of second argument)
    "prov:Attribution": ("prov:Entity", "prov:Agent"),
    "prov:Derivation": ("prov:Entity", "prov:Entity"),
    "prov:Specialization": ("prov:Entity", "prov:Entity"),
    "prov:Association": ("prov:Activity", "prov:Agent"),
    "prov:Usage": ("prov:Activity", "prov:Entity"),
    "prov:Generation": ("prov:Entity", "prov:Activity"),
}


class ProvTypeError(ValueError):
    """A PROV relation joins records of the wrong kinds (a bug in the exporter)."""


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"


class _Builder:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.doc = ProvDocument()
        self.pd = self.doc.add_namespace("pd", PD_URI)
        case = quote(report.meta.case_name, safe="")
        self.case = self.doc.add_namespace("case", f"urn:provenance-desk:case:{case}:")
        self.doc.add_namespace("xsd", "http://www.w3.org/2001/XMLSchema#")
        self.agents: set[str] = set()
        self.sources: set[int] = set()

    def q(self, local: str) -> QualifiedName:
        return self.case[local]

    def agent(self, local: str, name: str, kind: str) -> QualifiedName:
        qn = self.q(local)
        if local not in self.agents:
            self.agents.add(local)
            prov_type = (
                PROV["Person"] if kind in ("person", "unnamed-official") else PROV["Organization"]
            )
            self.doc.agent(qn, {P_TYPE: prov_type, P_LABEL: name, self.pd["kind"]: kind})
        return qn

    def reviewer(self, name: str) -> QualifiedName:
        return self.agent(f"reviewer-{_slug(name)}", name, "person")

    def source(self, s: ReportSource) -> QualifiedName:
        qn = self.q(f"source-{s.id}")
        if s.id in self.sources:
            return qn
        self.sources.add(s.id)
        attrs: dict[object, object] = {
            P_TYPE: self.pd["Source"],
            P_LABEL: s.title,
            self.pd["outlet"]: s.outlet,
            self.pd["kind"]: s.kind,
            self.pd["language"]: s.language,
            self.pd["incomplete"]: s.incomplete,
        }
        if s.url:
            attrs[P_LOCATION] = s.url
        if s.published_on:
            attrs[self.pd["publishedOn"]] = iso(s.published_on)
        if s.evidence:
            attrs[self.pd["sha256"]] = s.evidence.sha256
            attrs[self.pd["evidenceFile"]] = s.evidence.file_name
        if s.missing_pages:
            attrs[self.pd["missingPages"]] = " ".join(map(str, s.missing_pages))
        self.doc.entity(qn, attrs)
        return qn

    def hop(self, claim: ReportClaim, h: ReportHop) -> None:
        qn = self.q(f"hop-{h.id}")
        attrs: dict[object, object] = {
            P_TYPE: self.pd["Hop"],
            self.pd["claim"]: self.q(f"claim-{claim.id}"),
            self.pd["relation"]: h.relation,
            self.pd["status"]: h.status,
            self.pd["directionDoubtful"]: h.direction_doubtful,
        }
        if h.quote:
            attrs[P_VALUE] = Literal(h.quote, langtag=h.language or None)
        for key, value in (
            ("statusRationale", h.status_rationale),
            ("note", h.note),
            ("relayedOn", iso(h.relayed_on)),
            ("spans", " ".join(f"{s.start}:{s.end}" for s in h.spans)),
            ("pages", " ".join(map(str, h.pages))),
        ):
            if value:
                attrs[self.pd[key]] = value
        self.doc.entity(qn, attrs)
        actor = self.agent(f"actor-{h.actor.id}", h.actor.name, h.actor.kind)
        # Relations get ids of their own: stable across exports, and `prov` need not hash every
        # record to number anonymous ones when it writes PROV-JSON.
        self.doc.wasAttributedTo(qn, actor, identifier=self.q(f"hop-{h.id}-attribution"))
        if h.source is not None:
            self.doc.specializationOf(qn, self.source(h.source))
        activity = None
        if h.relation == "translated":
            activity = self.q(f"translation-{h.id}")
            self.doc.activity(activity, other_attributes={P_TYPE: self.pd["Translation"]})
            self.doc.wasAssociatedWith(activity, actor, identifier=self.q(f"translation-{h.id}-by"))
            self.doc.wasGeneratedBy(qn, activity, identifier=self.q(f"hop-{h.id}-generation"))
        if h.relays_hop_id is not None:
            parent = self.q(f"hop-{h.relays_hop_id}")
            if activity is not None:
                self.doc.used(activity, parent, identifier=self.q(f"translation-{h.id}-usage"))
            self.doc.wasDerivedFrom(
                qn,
                parent,
                activity,
                identifier=self.q(f"hop-{h.id}-derivation"),
                other_attributes={P_TYPE: PROV[DERIVATION_TYPE.get(h.relation, "Revision")]},
            )

    def claim(self, c: ReportClaim) -> None:
        qn = self.q(f"claim-{c.id}")
        attrs: dict[object, object] = {
            P_TYPE: self.pd["Claim"],
            P_VALUE: c.text,
            self.pd["verdict"]: c.verdict,
        }
        if c.rationale:
            attrs[self.pd["rationale"]] = c.rationale
        if c.tags:
            attrs[self.pd["tags"]] = "; ".join(c.tags)
        self.doc.entity(qn, attrs)
        for h in c.hops:
            self.hop(c, h)
        for chain in c.chains:
            self.doc.wasDerivedFrom(
                qn, self.q(f"hop-{chain[-1]}"), identifier=self.q(f"claim-{c.id}-from-{chain[-1]}")
            )
        for r in c.reviews:
            review = self.q(f"review-{r.id}")
            attrs = {
                P_TYPE: self.pd["Review"],
                self.pd["subject"]: r.subject,
                self.pd["from"]: r.from_value,
                self.pd["to"]: r.to_value,
            }
            if r.rationale:
                attrs[self.pd["rationale"]] = r.rationale
            if r.evidence:
                attrs[self.pd["evidence"]] = r.evidence
            self.doc.activity(review, r.at, r.at, attrs)
            self.doc.wasAssociatedWith(
                review, self.reviewer(r.reviewer), identifier=self.q(f"review-{r.id}-by")
            )
            judged = self.q(f"hop-{r.hop_id}") if r.hop_id is not None else qn
            self.doc.used(review, judged, identifier=self.q(f"review-{r.id}-usage"))

    def finish(self) -> None:
        m = self.report.meta
        report = self.q("report")
        attrs: dict[object, object] = {
            P_TYPE: self.pd["Report"],
            self.pd["auditHead"]: m.audit_head,
            self.pd["generatedAt"]: iso(m.generated_at),
            self.pd["app"]: f"{m.app_name} {m.app_version}",
            self.pd["scope"]: m.scope,
            self.pd["case"]: m.case_name,
        }
        self.doc.entity(report, attrs)
        self.doc.wasAttributedTo(
            report, self.reviewer(m.reviewer), identifier=self.q("report-attribution")
        )
        for s in self.report.sources:
            if s.translated_from_id is not None and s.translated_from_id in self.sources:
                self.doc.wasDerivedFrom(
                    self.q(f"source-{s.id}"),
                    self.q(f"source-{s.translated_from_id}"),
                    identifier=self.q(f"source-{s.id}-translation"),
                    other_attributes={P_TYPE: PROV["Revision"]},
                )


def check_types(doc: ProvDocument) -> None:
    """Every relation must join declared records of the kinds PROV-DM allows."""
    kinds: dict[QualifiedName, str] = {}
    relations = []
    for record in doc.get_records():
        kind = str(record.get_type())
        if kind in ("prov:Entity", "prov:Agent", "prov:Activity"):
            known = kinds.setdefault(record.identifier, kind)
            if known != kind:
                raise ProvTypeError(f"{record.identifier} is both {known} and {kind}")
        else:
            relations.append(record)
    for record in relations:
        expected = _TYPES_OF.get(str(record.get_type()))
        if expected is None:
            raise ProvTypeError(f"unexpected PROV relation {record.get_type()}")
        args = [v for _k, v in record.formal_attributes[:2]]
        for value, want in zip(args, expected, strict=True):
            got = kinds.get(value)
            if got != want:
                raise ProvTypeError(
                    f"{record.get_type()} needs a {want} but {value} is {got or 'not declared'}"
                )


def build(report: Report, step: Step | None = None) -> ProvDocument:
    builder = _Builder(report)
    for index, claim in enumerate(report.claims):
        if step is not None:
            step(index)
        builder.claim(claim)
    builder.finish()
    check_types(builder.doc)
    return builder.doc


def render_json(report: Report, step: Step | None = None) -> bytes:
    return build(report, step).serialize(format="json").encode("utf-8")


def render_provn(report: Report, step: Step | None = None) -> bytes:
    return build(report, step).get_provn().encode("utf-8")
