"""The case's closed vocabularies as the window shows them, in the window's language.

The case stores each value as its slug (`db.vocabulary`); the audit log, the command line and
the reports record that slug whatever the window's language. Only what the window shows goes
through Qt's translators, under the context "Vocabulary".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.vocabulary import Labelled

CONTEXT = "Vocabulary"

LABELS: tuple[str, ...] = (
    # verdicts
    QT_TRANSLATE_NOOP("Vocabulary", "Unverified"),
    QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    QT_TRANSLATE_NOOP("Vocabulary", "Accurate"),
    QT_TRANSLATE_NOOP("Vocabulary", "Partly accurate"),
    QT_TRANSLATE_NOOP("Vocabulary", "Misleading"),
    QT_TRANSLATE_NOOP("Vocabulary", "False"),
    QT_TRANSLATE_NOOP("Vocabulary", "Unverifiable"),
    # hop statuses
    QT_TRANSLATE_NOOP("Vocabulary", "Unchecked"),
    QT_TRANSLATE_NOOP("Vocabulary", "Confirmed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Differs"),
    QT_TRANSLATE_NOOP("Vocabulary", "Not found"),
    QT_TRANSLATE_NOOP("Vocabulary", "Unavailable"),
    # relations
    QT_TRANSLATE_NOOP("Vocabulary", "Said"),
    QT_TRANSLATE_NOOP("Vocabulary", "Quoted"),
    QT_TRANSLATE_NOOP("Vocabulary", "Reported"),
    QT_TRANSLATE_NOOP("Vocabulary", "Paraphrased"),
    QT_TRANSLATE_NOOP("Vocabulary", "Translated"),
    QT_TRANSLATE_NOOP("Vocabulary", "Republished"),
    QT_TRANSLATE_NOOP("Vocabulary", "Summarised"),
    # source kinds
    QT_TRANSLATE_NOOP("Vocabulary", "Article"),
    QT_TRANSLATE_NOOP("Vocabulary", "Transcript"),
    QT_TRANSLATE_NOOP("Vocabulary", "Broadcast"),
    QT_TRANSLATE_NOOP("Vocabulary", "Post"),
    # actor kinds
    QT_TRANSLATE_NOOP("Vocabulary", "Person"),
    QT_TRANSLATE_NOOP("Vocabulary", "Organisation"),
    QT_TRANSLATE_NOOP("Vocabulary", "Outlet"),
    QT_TRANSLATE_NOOP("Vocabulary", "Unnamed official"),
)
"""Every label of `db.vocabulary`, listed literally so that lupdate finds them (a test checks
that the list and the vocabularies agree)."""


def shown(member: Labelled) -> str:
    """`member`'s label in the window's language: shown(Verdict.FALSE) → "False" / "خاطئ"."""
    return QCoreApplication.translate(CONTEXT, member.label)


def shown_value(kind: type[Labelled], value: str) -> str:
    """The label of the stored slug `value` of vocabulary `kind`, translated; an unknown slug
    is shown as it is stored."""
    try:
        return shown(kind(value))
    except ValueError:
        return value
