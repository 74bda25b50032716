"""Imported by the fork server: loads the readers and the language model once for all readers."""

from ._child import warm_up

warm_up()
