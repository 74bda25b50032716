"""The window's list of vocabulary labels (what lupdate translates) names every label the case's
vocabularies have, so that a new verdict or status cannot reach the window untranslated."""

from __future__ import annotations

from db import vocabulary
from desktop.ui.common.vocabulary_labels import LABELS, shown_value


def test_every_vocabulary_label_is_listed_for_translation() -> None:
    kinds = [c for c in vars(vocabulary).values() if isinstance(c, type)]
    kinds = [
        c for c in kinds if issubclass(c, vocabulary.Labelled) and c is not vocabulary.Labelled
    ]
    labels = {member.label for kind in kinds for member in kind}
    assert labels == set(LABELS)


def test_unknown_slug_is_shown_as_stored(qapp: object) -> None:
    assert shown_value(vocabulary.Verdict, "false") == "False"
    assert shown_value(vocabulary.Verdict, "someday") == "someday"
