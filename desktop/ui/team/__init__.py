"""Team mode: connecting to a PostgreSQL case, live changes from other reviewers, banners for
read-only and lost connections, copying a case. Imports desktop.ui.common only."""
