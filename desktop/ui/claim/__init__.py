"""The open claim: the detail pane (verdict, sign-off, tags, history), the chain diagram and the
hops model. Imports desktop.ui.common only (besides Qt, db and desktop)."""
