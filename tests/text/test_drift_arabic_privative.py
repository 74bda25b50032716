"""Arabic "بعدم" + a verbal noun ("advised … بعدم مغادرة منازلهم", "not to leave their homes")
renders an English "not": no negation drift on a faithful pair; a negation that is only in the
translation still is one."""

from __future__ import annotations

from db.text.drift import pair_drift


def test_bi_adam_renders_not() -> None:
    flags = pair_drift(
        "وأوصت وزارة البيئة كبار السن والأطفال بعدم مغادرة منازلهم.",
        "The Ministry of Environment advised the elderly and children not to leave their homes.",
        "ar",
        "en",
    )
    assert [f.kind for f in flags] == []


def test_a_not_only_in_the_translation_is_still_a_drift() -> None:
    flags = pair_drift(
        "وأوصت الوزارة السكان بمغادرة منازلهم.",
        "The ministry advised residents not to leave their homes.",
        "ar",
        "en",
    )
    assert [(f.kind, f.translation) for f in flags] == [("negation", "not")]
