"""Tools ▸ integrity: verify the audit log, backups and restore, schedules, and four-eyes
sign-off actions. Imports desktop.ui.editing and desktop.ui.common."""
