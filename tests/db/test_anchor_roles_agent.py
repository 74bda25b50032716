"""Who is the agent and who the patient: a swap of roles between the same two names is no longer
"probably the same" in English, Arabic, Russian and Turkish, and the same roles written in
another order or voice still are."""

from __future__ import annotations

import pytest

from db.text.meaning import check_pair

SWAPPED = [
    (
        "Азербайджан обвинил Армению в нарушении перемирия.",
        "Азербайджан был обвинён Арменией в нарушении перемирия.",
    ),
    ("Company A sued Company B over the merger.", "Company B sued Company A over the merger."),
    (
        "Armenia accused Azerbaijan of breaking the truce.",
        "Azerbaijan accused Armenia of breaking the truce.",
    ),
    (
        "Nokia was bought by Microsoft last year.",
        "Microsoft was bought by Nokia last year.",
    ),
    (
        "Azerbaijan accused Armenia of breaking the truce.",
        "Azerbaijan was accused by Armenia of breaking the truce.",
    ),
    ("اتهمت أرمينيا أذربيجان بخرق الهدنة.", "اتهمت أذربيجان أرمينيا بخرق الهدنة."),
    ("اتهمت أرمينيا أذربيجان بخرق الهدنة.", "أذربيجان اتهمت أرمينيا بخرق الهدنة."),
    (
        "Армения обвинила Азербайджан в нарушении перемирия.",
        "Азербайджан обвинил Армению в нарушении перемирия.",
    ),
    ("Израиль обвинил Иран в атаке.", "Иран обвинил Израиль в атаке."),
    (
        "Ermenistan, Azerbaycan'ı ateşkesi bozmakla suçladı.",
        "Azerbaycan, Ermenistan'ı ateşkesi bozmakla suçladı.",
    ),
    (
        "Ermenistan, Azerbaycan'ı ateşkesi bozmakla suçladı.",
        "Ermenistan'ı Azerbaycan ateşkesi bozmakla suçladı.",
    ),
]

SAME_ROLES = [
    (
        "Азербайджан обвинил Армению в нарушении перемирия.",
        "Армения была обвинена Азербайджаном в нарушении перемирия.",
    ),
    (
        "Company A sued Company B over the merger.",
        "Company B was sued by Company A over the merger.",
    ),
    ("Seoul said North Korea fired a missile.", "North Korea fired a missile, Seoul said."),
    ("اتهمت أرمينيا أذربيجان بخرق الهدنة.", "أرمينيا اتهمت أذربيجان بخرق الهدنة."),
    (
        "Армения обвинила Азербайджан в нарушении перемирия.",
        "Азербайджан обвинила Армения в нарушении перемирия.",
    ),
    (
        "Азербайджан обвинил Армению в нарушении перемирия.",
        "Армению обвинил Азербайджан в нарушении перемирия.",
    ),
    (
        "Ermenistan, Azerbaycan'ı ateşkesi bozmakla suçladı.",
        "Azerbaycan'ı Ermenistan ateşkesi bozmakla suçladı.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SWAPPED)
def test_swapped_roles_are_named_and_not_the_same(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        check = check_pair(left, right, 0.95)
        assert not check.agree
        described = [d.describe() for d in check.anchors.differences]
        assert any(d.startswith("roles swapped") for d in described), described


@pytest.mark.parametrize(("a", "b"), SAME_ROLES)
def test_same_roles_in_another_order_or_voice_stay_the_same(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        check = check_pair(left, right, 0.95)
        assert check.agree, [d.describe() for d in (*check.anchors.differences, *check.other_words)]
