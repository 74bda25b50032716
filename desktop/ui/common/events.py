"""The window's one events object: what happened, for any room to hear (rooms never call each
other to say it). The shell emits the case's events; the team room says read-only."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class WindowEvents(QObject):
    #: The case shown now (a `db.case.Case`), or None; emitted after the list has it.
    caseChanged = Signal(object)
    #: A unit of work changed the case (its `db.unit_of_work.Changes`), after the claim list
    #: and the open claim were refreshed: views showing other records refresh themselves.
    changesApplied = Signal(object)
    #: A claim was opened in the claim pane (its id), or none (None).
    claimOpened = Signal(object)
    #: The reviewer may (False) or may not (True) change the open case any more.
    readOnlyChanged = Signal(bool)
