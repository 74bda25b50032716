"""The closed vocabularies of a case: verdicts, hop statuses, relations, kinds.

Each value is stored as its `value` (a stable, command-line friendly slug) and shown by its
`label`. The mapping from verdicts to schema.org ClaimReview ratings lives here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Self


class Labelled(StrEnum):
    """A string enum whose members also carry a human label."""

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").replace("_", " ").capitalize()

    @classmethod
    def parse(cls, text: str) -> Self:
        """Accept the slug, the label or the member name, in any case and with `_` or `-`."""
        wanted = text.strip().lower().replace("_", "-").replace(" ", "-")
        for member in cls:
            if wanted in (member.value, member.name.lower().replace("_", "-")):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"unknown {cls.noun()} {text!r}; choose one of: {choices}")

    @classmethod
    def noun(cls) -> str:
        return cls.__name__.lower()


class Verdict(Labelled):
    UNVERIFIED = "unverified"
    IN_PROGRESS = "in-progress"
    ACCURATE = "accurate"
    PARTLY_ACCURATE = "partly-accurate"
    MISLEADING = "misleading"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"

    @property
    def is_final(self) -> bool:
        return self not in (Verdict.UNVERIFIED, Verdict.IN_PROGRESS)

    @property
    def needs_rationale(self) -> bool:
        return self.is_final


class HopStatus(Labelled):
    UNCHECKED = "unchecked"
    CONFIRMED = "confirmed"
    DIFFERS = "differs"
    NOT_FOUND = "not-found"
    UNAVAILABLE = "unavailable"

    @classmethod
    def noun(cls) -> str:
        return "hop status"

    @property
    def needs_rationale(self) -> bool:
        return self is not HopStatus.UNCHECKED


class Relation(Labelled):
    """How a hop's actor relayed the claim from the hop before it."""

    SAID = "said"
    QUOTED = "quoted"
    REPORTED = "reported"
    PARAPHRASED = "paraphrased"
    TRANSLATED = "translated"
    REPUBLISHED = "republished"
    SUMMARISED = "summarised"


class SourceKind(Labelled):
    ARTICLE = "article"
    TRANSCRIPT = "transcript"
    BROADCAST = "broadcast"
    POST = "post"

    @classmethod
    def noun(cls) -> str:
        return "source kind"


class ActorKind(Labelled):
    PERSON = "person"
    ORGANISATION = "organisation"
    OUTLET = "outlet"
    UNNAMED_OFFICIAL = "unnamed-official"

    @classmethod
    def noun(cls) -> str:
        return "actor kind"


@dataclass(frozen=True)
class ClaimReviewRating:
    """A schema.org `Rating` as ClaimReview publishes it (1 = worst, 5 = best)."""

    rating_value: int | None
    alternate_name: str
    best_rating: int = 5
    worst_rating: int = 1


CLAIM_REVIEW_RATINGS: dict[Verdict, ClaimReviewRating] = {
    Verdict.FALSE: ClaimReviewRating(1, "False"),
    Verdict.MISLEADING: ClaimReviewRating(2, "Misleading"),
    Verdict.PARTLY_ACCURATE: ClaimReviewRating(3, "Partly accurate"),
    Verdict.ACCURATE: ClaimReviewRating(5, "Accurate"),
    Verdict.UNVERIFIABLE: ClaimReviewRating(None, "Unverifiable"),
}
"""Final verdicts and their ClaimReview rating. `unverifiable` has no point on the 1–5 scale, so
it is published with `alternateName` only."""


def claim_review_rating(verdict: Verdict) -> ClaimReviewRating | None:
    """The ClaimReview rating for a verdict, or None while the verdict is not final."""
    return CLAIM_REVIEW_RATINGS.get(verdict)


TRASH_KINDS = ("claim", "hop", "actor", "source")
"""What the Trash holds, as the command line names it."""
