"""Claim ▸ Accept New Anchor and Claim ▸ Keep Old Version (`ClaimEditor` binds them): a
reviewer's answer to a hop whose quote changed or was lost in a new version of its source
(undoable, `version_commands`)."""

from __future__ import annotations

from typing import Any


def answer(editor: Any, *, accept: bool) -> str | None:
    """Run the answer for the selected hop; the problem shown, or None."""
    from .version_commands import AnswerChangedQuote

    selected = editor.selected_hop()
    if selected is None:
        editor.window.show_status("Select a hop of the open claim first")
        return "no hop selected"
    detail, hop = selected
    problem = None
    if not hop.needs_review:
        problem = "The selected hop's quote is neither changed nor lost in a new version"
    elif accept and hop.quote_health != "changed":
        problem = "Only a changed quote has a new anchor; a lost one can keep its old version"
    if problem:
        editor.window.show_status(problem)
        return problem
    command = AnswerChangedQuote(editor, hop.id, detail.id, accept=accept)
    command.claim_id, command.hop_id = detail.id, hop.id
    problem = editor.execute(command)
    if problem:
        editor.window.show_error(problem)
    return problem
