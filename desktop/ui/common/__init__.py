"""Small pieces every room of the window shares: background workers, the status palette, the
dialog that keeps input until the case accepts it, read-only lists. Imports Qt, db and desktop
(not desktop.ui)."""
