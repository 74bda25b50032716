"""The report's sentences about a claim, a review and a quote's check, in the report's language
(`words.ReportWords`): what the HTML, PDF and Markdown reports say in words. The model's own
properties (`verdict_summary`, `ReportReview.change`, …) stay English for the machine formats.
"""

from __future__ import annotations

from collections.abc import Callable

from db.vocabulary import HopStatus, Verdict

from .checks import HopCheck
from .model import ReportClaim, ReportReview
from .words import N_, ReportWords

SIGNOFF = {
    "awaiting": N_("Awaiting sign-off"),
    "signed": N_("Signed off"),
    "returned": N_("Sent back"),
}
HEALTH = {"changed": N_("changed"), "lost": N_("lost")}


def signoff_label(w: ReportWords, state: str) -> str:
    return w._(SIGNOFF[state]) if state in SIGNOFF else state


def lower_label(w: ReportWords, text: str) -> str:
    """A label inside a sentence: lower case (all of it, as the English report has it)."""
    return text.lower() if w.language == "en" else w.lower_first(text)


def verdict_summary(w: ReportWords, claim: ReportClaim) -> str:
    """The verdict as a reader should see it: "False (awaiting sign-off)"."""
    label = w.value(Verdict, claim.verdict)
    if claim.signoff in ("awaiting", "signed"):
        return w._("{verdict} ({signoff})").format(
            verdict=label, signoff=lower_label(w, signoff_label(w, claim.signoff))
        )
    return label


def verdict_attribution(
    w: ReportWords, claim: ReportClaim, name: Callable[[str], str] = str
) -> str:
    """Who set the verdict and who signed it off: "Verdict set by A; signed off by B on T"
    (`name` escapes and isolates a reviewer's name for the renderer)."""
    parts = []
    if claim.verdict_set_by:
        parts.append(w._("Verdict set by {reviewer}").format(reviewer=name(claim.verdict_set_by)))
    by = name(claim.signed_off_by)
    at = w.when(claim.signed_off_at) if claim.signed_off_at else ""
    if claim.signoff == "awaiting":
        parts.append(w._("awaiting sign-off by a second reviewer"))
    elif claim.signoff == "signed":
        parts.append(
            w._("signed off by {reviewer} on {time}").format(reviewer=by, time=at)
            if at
            else w._("signed off by {reviewer}").format(reviewer=by)
        )
    elif claim.signoff == "returned":
        parts.append(
            w._("the last verdict was sent back by {reviewer} on {time}").format(
                reviewer=by, time=at
            )
            if at
            else w._("the last verdict was sent back by {reviewer}").format(reviewer=by)
        )
    return w.upper_first(w._("; ").join(parts))


def review_what(w: ReportWords, review: ReportReview) -> str:
    """What a review judged: "verdict", "sign-off of the verdict", "hop 3"."""
    if review.subject == "verdict":
        return w._("verdict")
    if review.subject == "signoff":
        return w._("sign-off of the verdict")
    return w._("hop {number}").format(number=review.hop_id)


def review_change(w: ReportWords, review: ReportReview) -> str:
    """The change: "Unchecked → Confirmed", the arrow pointing the way the language reads."""
    if review.subject == "verdict":
        before, after = (w.value(Verdict, v) for v in (review.from_value, review.to_value))
    elif review.subject == "hop":
        before, after = (w.value(HopStatus, v) for v in (review.from_value, review.to_value))
    else:
        before = signoff_label(w, review.from_value) or w._("none")
        after = signoff_label(w, review.to_value)
    return f"{before} {w.arrow} {after}"


def check_citation(w: ReportWords, check: HopCheck | None) -> str:
    """ "version 1 of 2: quote changed in version 2 — “45” → “4,500”", or "" while the source
    has one version (the note, naming the words that differ, is the case's text)."""
    if check is None:
        return ""
    text = ""
    if check.current > 1:
        text = w._("version {version} of {current}").format(
            version=check.version, current=check.current
        )
    if check.resolution == "kept":
        text += " " + w._("(kept)")
    if check.needs_review:
        health = w._(HEALTH.get(check.health, check.health))
        text += w._(": quote {health} in version {current}").format(
            health=health, current=check.current
        )
        if check.note:
            text += f" — {check.note}"
    return text.strip()
