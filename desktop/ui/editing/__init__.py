"""Edits to a case: undo commands, the Edit and Claim menu actions, and the claim, hop, status,
conflict and create-claim-from-suggestion dialogs they open. Imports desktop.ui.claim and
desktop.ui.common."""
