"""W3C PROV: PROV-JSON and PROV-N written directly, and checked against the `prov` package.

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
  hop it judged; a four-eyes sign-off (or sending back) is such an activity typed `pd:SignOff`,
  associated with the second reviewer in the role `pd:SecondReviewer`; the claim entity names
  who set its verdict and who signed it off (`pd:verdictSetBy`, `pd:signoff`,
  `pd:signedOffBy`, `pd:signedOffAt`);
- the report itself is an entity attributed to the exporting reviewer, with the audit head.

The report is first described as a `Graph` whose records are already in PROV-JSON form
(https://openprovenance.org/prov-json/); `check_types` verifies it before anything is written,
since `prov` checks no constraints. PROV-JSON is that graph as JSON: building `prov` records
costs ~90 µs each, ten times the whole JSON export of a 10,000-claim case. PROV-N is written from
the same PROV-JSON document (`provn.write_provn`), in the text `prov` writes for it; tests check
that what `prov` reads and writes again is the same PROV-JSON, and the same PROV-N.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .jsonreport import iso
from .model import Report, ReportClaim, ReportHop, ReportSource
from .provn import write_provn

if TYPE_CHECKING:
    from prov.model import ProvDocument

Step = Callable[[int], None]

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

# relation -> its formal attributes and the kind of record each must name; past the first two
# they are optional
RELATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "wasAttributedTo": (("prov:entity", "entity"), ("prov:agent", "agent")),
    "specializationOf": (("prov:specificEntity", "entity"), ("prov:generalEntity", "entity")),
    "wasDerivedFrom": (
        ("prov:generatedEntity", "entity"),
        ("prov:usedEntity", "entity"),
        ("prov:activity", "activity"),
    ),
    "wasAssociatedWith": (("prov:activity", "activity"), ("prov:agent", "agent")),
    "wasGeneratedBy": (("prov:entity", "entity"), ("prov:activity", "activity")),
    "used": (("prov:activity", "activity"), ("prov:entity", "entity")),
}
ELEMENTS = ("entity", "agent", "activity")

Record = dict[str, Any]


class ProvTypeError(ValueError):
    """A PROV relation joins records of the wrong kinds (a bug in the exporter)."""


def qname(text: str) -> dict[str, str]:
    """A qualified-name value (`prefix:local`) in PROV-JSON."""
    return {"$": text, "type": "xsd:QName"}


def text_value(text: str, language: str) -> Any:
    """A string, with its language tag when it has one."""
    return {"$": text, "lang": language} if language else text


@dataclass
class Graph:
    """PROV records in PROV-JSON form: elements by kind and id, relations in order (an id of
    None is a blank node)."""

    prefixes: dict[str, str]
    elements: dict[str, dict[str, Record]] = field(
        default_factory=lambda: {kind: {} for kind in ELEMENTS}
    )
    relations: list[tuple[str, str | None, Record]] = field(default_factory=list)

    def relate(
        self, kind: str, ident: str | None, *args: str | None, attrs: Record | None = None
    ) -> None:
        record = {name: value for value, (name, _k) in zip(args, RELATIONS[kind], strict=False)}
        if attrs:
            record.update(attrs)
        self.relations.append((kind, ident, record))


class _Builder:
    def __init__(self, report: Report) -> None:
        self.report = report
        case = quote(report.meta.case_name, safe="")
        self.g = Graph({"pd": PD_URI, "case": f"urn:provenance-desk:case:{case}:"})
        self.entities = self.g.elements["entity"]
        self.agents = self.g.elements["agent"]
        self.activities = self.g.elements["activity"]

    def agent(self, ident: str, name: str, kind: str) -> str:
        if ident not in self.agents:
            person = kind in ("person", "unnamed-official")
            self.agents[ident] = {
                "prov:type": qname("prov:Person" if person else "prov:Organization"),
                "prov:label": name,
                "pd:kind": kind,
            }
        return ident

    def reviewer(self, name: str, ident: str) -> str:
        """A reviewer's agent, named by the reviewer's record ("case:reviewer-17"); the name
        is only its label (names collide: two people, or any non-Latin script)."""
        return self.agent(f"case:{ident or 'reviewer-unknown'}", name, "person")

    def source(self, s: ReportSource) -> str:
        ident = f"case:source-{s.id}"
        if ident in self.entities:
            return ident
        record: Record = {
            "prov:type": qname("pd:Source"),
            "prov:label": s.title,
            "pd:outlet": s.outlet,
            "pd:kind": s.kind,
            "pd:language": s.language,
            "pd:incomplete": s.incomplete,
        }
        if s.url:
            record["prov:location"] = s.url
        if s.published_on:
            record["pd:publishedOn"] = iso(s.published_on)
        if s.evidence:
            record["pd:sha256"] = s.evidence.sha256
            record["pd:evidenceFile"] = s.evidence.file_name
        if s.missing_pages:
            record["pd:missingPages"] = " ".join(map(str, s.missing_pages))
        self.entities[ident] = record
        return ident

    def hop(self, claim_ident: dict[str, str], h: ReportHop) -> None:
        ident = f"case:hop-{h.id}"
        record: Record = {
            "prov:type": HOP_TYPE,
            "pd:claim": claim_ident,
            "pd:relation": h.relation,
            "pd:status": h.status,
            "pd:directionDoubtful": h.direction_doubtful,
        }
        if h.quote:
            record["prov:value"] = text_value(h.quote, h.language)
        if h.status_rationale:
            record["pd:statusRationale"] = h.status_rationale
        if h.note:
            record["pd:note"] = h.note
        if h.relayed_on:
            record["pd:relayedOn"] = h.relayed_on.isoformat()
        if h.spans:
            record["pd:spans"] = " ".join(f"{s.start}:{s.end}" for s in h.spans)
            pages = h.pages
            if pages:
                record["pd:pages"] = " ".join(map(str, pages))
                if h.source and h.source.page_labels:
                    record["pd:pagesCited"] = ", ".join(h.cited_pages)
        elif h.quote_not_located:
            record["pd:quoteNotLocated"] = True
        self.entities[ident] = record
        g = self.g
        actor = self.agent(f"case:actor-{h.actor.id}", h.actor.name, h.actor.kind)
        # Relations get ids of their own, stable across exports of the same case. The two that
        # every hop has are written out here; `relate` is the general (slower) way.
        relations = g.relations
        relations.append(
            (
                "wasAttributedTo",
                f"{ident}-attribution",
                {"prov:entity": ident, "prov:agent": actor},
            )
        )
        if h.source is not None:
            general = self.source(h.source)
            relations.append(
                (
                    "specializationOf",
                    None,
                    {"prov:specificEntity": ident, "prov:generalEntity": general},
                )
            )
        activity = None
        if h.relation == "translated":
            activity = f"case:translation-{h.id}"
            self.activities[activity] = {"prov:type": qname("pd:Translation")}
            g.relate("wasAssociatedWith", f"{activity}-by", activity, actor)
            g.relate("wasGeneratedBy", f"{ident}-generation", ident, activity)
        if h.relays_hop_id is not None:
            parent = f"case:hop-{h.relays_hop_id}"
            if activity is not None:
                g.relate("used", f"{activity}-usage", activity, parent)
            kind = DERIVATION_QNAMES[DERIVATION_TYPE.get(h.relation, "Revision")]
            derivation: Record = {"prov:generatedEntity": ident, "prov:usedEntity": parent}
            if activity:
                derivation["prov:activity"] = activity
            derivation["prov:type"] = kind
            relations.append(("wasDerivedFrom", f"{ident}-derivation", derivation))

    def claim(self, c: ReportClaim) -> None:
        ident = f"case:claim-{c.id}"
        record: Record = {
            "prov:type": qname("pd:Claim"),
            "prov:value": c.text,
            "pd:verdict": c.verdict,
        }
        if c.rationale:
            record["pd:rationale"] = c.rationale
        if c.tags:
            record["pd:tags"] = "; ".join(c.tags)
        if c.verdict_set_by:
            record["pd:verdictSetBy"] = c.verdict_set_by
        if c.signoff:
            record["pd:signoff"] = c.signoff
        if c.signed_off_by:
            record["pd:signedOffBy"] = c.signed_off_by
        if c.signed_off_at:
            record["pd:signedOffAt"] = iso(c.signed_off_at)
        self.entities[ident] = record
        claim_ident = qname(ident)
        for h in c.hops:
            self.hop(claim_ident, h)
        for chain in c.chains:
            self.g.relate(
                "wasDerivedFrom", f"{ident}-from-{chain[-1]}", ident, f"case:hop-{chain[-1]}"
            )
        for r in c.reviews:
            review = f"case:review-{r.id}"
            # ISO 8601 to the second, in the offset form `prov` itself writes back
            at = (iso(r.at) or "").replace("Z", "+00:00")
            signoff = r.subject == "signoff"
            record = {
                "prov:startTime": at,
                "prov:endTime": at,
                "prov:type": SIGNOFF_TYPE if signoff else REVIEW_TYPE,
                "pd:subject": r.subject,
                "pd:from": r.from_value,
                "pd:to": r.to_value,
            }
            if r.rationale:
                record["pd:rationale"] = r.rationale
            if r.evidence:
                record["pd:evidence"] = r.evidence
            self.activities[review] = record
            # A sign-off (or sending back) is the second reviewer's act under four-eyes.
            self.g.relate(
                "wasAssociatedWith",
                f"{review}-by",
                review,
                self.reviewer(r.reviewer, r.reviewer_id),
                attrs={"prov:role": SECOND_REVIEWER} if signoff else None,
            )
            judged = f"case:hop-{r.hop_id}" if r.hop_id is not None else ident
            self.g.relate("used", f"{review}-usage", review, judged)

    def finish(self) -> Graph:
        m = self.report.meta
        self.entities["case:report"] = {
            "prov:type": qname("pd:Report"),
            "pd:auditHead": m.audit_head,
            "pd:generatedAt": iso(m.generated_at),
            "pd:app": f"{m.app_name} {m.app_version}",
            "pd:scope": m.scope,
            "pd:case": m.case_name,
            "pd:fourEyes": m.four_eyes,
        }
        if m.signing_key:
            self.entities["case:report"]["pd:signingKey"] = m.signing_key
        self.g.relate(
            "wasAttributedTo",
            "case:report-attribution",
            "case:report",
            self.reviewer(m.reviewer, m.reviewer_id),
        )
        for s in self.report.sources:
            original = f"case:source-{s.translated_from_id}"
            if s.translated_from_id is not None and original not in self.entities:
                # an original that no hop cites is still the entity the translation came from
                self.entities[original] = {"prov:type": qname("pd:Source")}
            if s.translated_from_id is not None and original in self.entities:
                # the translation entity was derived from the original by a translation activity
                translating = f"case:source-{s.id}-translating"
                self.activities[translating] = {"prov:type": qname("pd:Translation")}
                self.g.relate("used", f"{translating}-usage", translating, original)
                self.g.relate(
                    "wasGeneratedBy",
                    f"case:source-{s.id}-generation",
                    f"case:source-{s.id}",
                    translating,
                )
                self.g.relate(
                    "wasDerivedFrom",
                    f"case:source-{s.id}-translation",
                    f"case:source-{s.id}",
                    original,
                    translating,
                    attrs={"prov:type": qname("prov:Revision")},
                )
        return self.g


HOP_TYPE = qname("pd:Hop")
REVIEW_TYPE = qname("pd:Review")
SIGNOFF_TYPE = qname("pd:SignOff")
SECOND_REVIEWER = qname("pd:SecondReviewer")
DERIVATION_QNAMES = {name: qname(f"prov:{name}") for name in set(DERIVATION_TYPE.values())}


def check_types(graph: Graph) -> None:
    """Every relation must join declared records of the kinds PROV-DM allows, and no record may
    be declared as two kinds."""
    kinds: dict[str, str] = {}
    for kind, records in graph.elements.items():
        for ident in records:
            known = kinds.setdefault(ident, kind)
            if known != kind:
                raise ProvTypeError(f"{ident} is both an {known} and an {kind}")
    for relation, _ident, record in graph.relations:
        formal = RELATIONS.get(relation)
        if formal is None:
            raise ProvTypeError(f"unexpected PROV relation {relation}")
        for position, (name, want) in enumerate(formal):
            value = record.get(name)
            if value is None and position >= 2:
                continue
            got = kinds.get(value) if isinstance(value, str) else None
            if got != want:
                raise ProvTypeError(
                    f"{relation} needs an {want} as {name} but {value} is {got or 'not declared'}"
                )


def build_graph(report: Report, step: Step | None = None) -> Graph:
    builder = _Builder(report)
    for index, claim in enumerate(report.claims):
        if step is not None:
            step(index)
        builder.claim(claim)
    graph = builder.finish()
    check_types(graph)
    return graph


def to_prov_json(graph: Graph) -> dict[str, Any]:
    out: dict[str, Any] = {"prefix": dict(graph.prefixes)}
    for kind in ELEMENTS:
        if graph.elements[kind]:
            out[kind] = graph.elements[kind]
    anonymous = 0
    for relation, ident, record in graph.relations:
        if ident is None:
            anonymous += 1
            ident = f"_:id{anonymous}"
        out.setdefault(relation, {})[ident] = record
    return out


def render_json(report: Report, step: Step | None = None) -> bytes:
    document = to_prov_json(build_graph(report, step))
    # The graph holds no cycles (it shares a few small dicts); skipping the check is a third
    # faster.
    return json.dumps(document, ensure_ascii=False, check_circular=False).encode("utf-8")


def build(report: Report, step: Step | None = None) -> ProvDocument:
    """The report as a `prov` document, read by `prov` from the PROV-JSON."""
    from prov.model import ProvDocument

    return ProvDocument.deserialize(
        content=render_json(report, step).decode("utf-8"), format="json"
    )


def render_provn(report: Report, step: Step | None = None) -> bytes:
    return write_provn(to_prov_json(build_graph(report, step))).encode("utf-8")
