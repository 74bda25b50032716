"""Imported by the fork server: loads the readers and the language model once for all readers,
and the attribution assistant for the window's analyses of long sources (`run_apart`)."""

from desktop.attribution import of_text

from ._child import warm_up

warm_up()
of_text.warm_up()
