"""Translations in the window: Source ▸ Link Translation…, the aligned side-by-side reading of
a translation and its original. Imports desktop.ui.sources/editing/claim, common and the sandbox."""
