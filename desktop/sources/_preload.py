"""Imported by the fork server: loads the readers and the language model once for all readers,
the attribution assistant and the translation links' search for the window's analyses of
long sources (`run_apart`)."""

from db import translation_proposals  # noqa: F401
from desktop.attribution import of_text

from ._child import warm_up

warm_up()
of_text.warm_up()
