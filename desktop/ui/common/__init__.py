"""Small pieces every room of the window shares: the events object, the registry and catalogue
of actions, background workers, the status palette, the submit dialog, read-only lists.
Imports Qt, db and desktop (not desktop.ui)."""
