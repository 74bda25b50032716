"""Versions of a source in the window: Import New Version…, Read in Another Encoding…, the
history under the source viewer's facts. Imports desktop.ui.sources, desktop.ui.editing and
desktop.ui.common."""
