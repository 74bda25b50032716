"""PROV-N (https://www.w3.org/TR/prov-n/) written straight from the report's PROV-JSON document,
in the very text `prov`'s own writer gives for it (tests compare the two).

Reading the PROV-JSON back into `prov` and letting it write PROV-N cost fifteen times the
PROV-JSON export: `prov` builds, checks and escapes an object for every record, attribute and
name. The report holds few kinds of value (strings, booleans, qualified names, language-tagged
strings, times), all written here; a name whose local part is not plain letters, digits, `_`
and `-` is escaped by `prov` itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any

Namer = Callable[[str], str]

# The formal attributes of each PROV-N record, in their order (PROV-N §3); a missing one is "-".
FORMAL: dict[str, tuple[str, ...]] = {
    "entity": (),
    "agent": (),
    "activity": ("prov:startTime", "prov:endTime"),
    "wasAttributedTo": ("prov:entity", "prov:agent"),
    "specializationOf": ("prov:specificEntity", "prov:generalEntity"),
    "wasDerivedFrom": (
        "prov:generatedEntity",
        "prov:usedEntity",
        "prov:activity",
        "prov:generation",
        "prov:usage",
    ),
    "wasAssociatedWith": ("prov:activity", "prov:agent", "prov:plan"),
    "wasGeneratedBy": ("prov:entity", "prov:activity", "prov:time"),
    "used": ("prov:activity", "prov:entity", "prov:time"),
}
TIMES = frozenset({"prov:startTime", "prov:endTime", "prov:time"})
ELEMENTS = frozenset({"entity", "agent", "activity"})
# a local part PROV-N takes as it is (no metacharacter, no leading "-" or ".", no "%")
PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
# an int PROV-N writes bare (xsd:int)
INT_RANGE = range(-(2**31) + 1, 2**31)


class ProvNError(TypeError):
    """A value the report's PROV-JSON should not hold (a bug in the exporter)."""


def string(value: str) -> str:
    """A PROV-N string literal: backslashes and quotes escaped; triple-quoted over lines."""
    s = value.replace("\\", "\\\\").replace('"', '\\"')
    if "\n" in s:
        return f'"""{s}"""'
    return '"' + s.replace("\r", "\\r") + '"'


def write_provn(document: Mapping[str, Any]) -> str:
    """The PROV-N of a PROV-JSON document (as `provreport.to_prov_json` builds it)."""
    prefixes: Mapping[str, str] = document.get("prefix", {})
    name = _namer(prefixes)
    lines = ["document"]
    lines.extend(f"prefix {prefix} <{uri}>" for prefix, uri in prefixes.items())
    if prefixes:
        lines.append("")
    for kind, records in document.items():
        if kind != "prefix":
            lines.extend(_records(kind, records, name))
    return "\n  ".join(lines) + "\nendDocument"


def _records(kind: str, records: Mapping[str, Any], name: Namer) -> Iterator[str]:
    formal = FORMAL.get(kind)
    if formal is None:
        raise ProvNError(f"no PROV-N writer for {kind} records")
    element = kind in ELEMENTS
    for ident, record in records.items():
        items = [name(ident)] if element else []
        for attr in formal:
            value = record.get(attr)
            if value is None:
                items.append("-")
            elif attr in TIMES:
                items.append(dt.datetime.fromisoformat(value).isoformat())
            else:
                items.append(name(value))
        extra = [
            f"{name(attr)}={_value(value, name)}"
            for attr, value in record.items()
            if attr not in formal
        ]
        if extra:
            items.append("[" + ", ".join(extra) + "]")
        head = "" if element or ident.startswith("_:") else name(ident) + "; "
        yield f"{kind}({head}{', '.join(items)})"


def _value(value: Any, name: Namer) -> str:
    if isinstance(value, str):
        return string(value)
    if isinstance(value, bool):
        return '"true" %% xsd:boolean' if value else '"false" %% xsd:boolean'
    if isinstance(value, int) and value in INT_RANGE:
        return str(value)
    if isinstance(value, dict):
        text = value.get("$")
        if isinstance(text, str) and value.get("type") == "xsd:QName" and len(value) == 2:
            return f"'{name(text)}'"
        language = value.get("lang")
        if isinstance(text, str) and isinstance(language, str) and len(value) == 2:
            return f"{string(text)}@{language.replace('_', '-')}" if language else string(text)
    raise ProvNError(f"no PROV-N writer for the value {value!r}")


def _namer(prefixes: Mapping[str, str]) -> Namer:
    """`prefix:local` at an identifier's place: plain local parts as they are, any other
    escaped by `prov` (metacharacters with a backslash, the rest percent-encoded)."""
    known = {**prefixes, "prov": "http://www.w3.org/ns/prov#", "xsd": XSD}

    @cache
    def escaped(text: str) -> str:
        from prov.identifier import Namespace

        prefix, _, local = text.partition(":")
        if prefix not in known:
            raise ProvNError(f"{text} names no declared prefix")
        return Namespace(prefix, known[prefix])[local].provn_bare_representation()

    def name(text: str) -> str:
        prefix, _, local = text.partition(":")
        if prefix in known and PLAIN_LOCAL.fullmatch(local):
            return text
        return escaped(text)

    return name


XSD = "http://www.w3.org/2001/XMLSchema#"
