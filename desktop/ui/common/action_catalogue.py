"""Every action of the window's menus and toolbar: its words, keys, tip and the conditions it
needs, and where it sits. The one place to add an action (then bind it in its room) and the
one place its words are translated."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

Key = str | QKeySequence.StandardKey
SEPARATOR = "-"


class Need(enum.Enum):
    """A condition an action needs to be enabled; the room that knows it says how to tell
    (`ActionRegistry.when`)."""

    CASE_OPEN = "a case is open"
    WRITABLE = "the reviewer may change the open case (not read-only)"
    NOT_ON_SERVER = "no case is open, or it is a case file (a server backs itself up)"
    VERDICT_AWAITS_OTHER = "the open claim's verdict awaits another reviewer's sign-off"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    #: The menu text ("" for an action made by its room: an undo stack's, a dock's toggle).
    text: str = ""
    tip: str = ""
    #: Every key that triggers it (duplicates and keys the platform lacks are dropped).
    keys: tuple[Key, ...] = ()
    needs: tuple[Need, ...] = ()
    #: The Qt object name (tests and style sheets find the action by it).
    name: str = ""
    checkable: bool = False
    #: The key works in every window of the app, not only the main window.
    everywhere: bool = False


_STD = QKeySequence.StandardKey
_EDIT = (Need.WRITABLE,)
CONTEXT = "Actions"
"""The translation context of the catalogue's texts and tips (see `shown`)."""


def _action(
    action_id: str,
    name: str,
    keys: tuple[Key, ...],
    text: str,
    tip: str,
    *,
    needs: tuple[Need, ...] = (),
    checkable: bool = False,
    everywhere: bool = False,
) -> ActionSpec:
    """A menu action: its id, Qt object name, keys, menu text and tip."""
    return ActionSpec(action_id, text, tip, keys, needs, name, checkable, everywhere)


def _edit(action_id: str, name: str, keys: tuple[Key, ...], text: str, tip: str) -> ActionSpec:
    """A menu action that changes the case: it needs a case the reviewer may change."""
    return _action(action_id, name, keys, text, tip, needs=_EDIT)


def _toggle(action_id: str, keys: tuple[Key, ...], tip: str) -> ActionSpec:
    """A view's show/hide toggle: its dock makes the action, the catalogue gives keys and tip."""
    return ActionSpec(action_id, tip=tip, keys=keys)


def shown(text: str) -> str:
    """A text or tip of the catalogue in the window's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


# One entry an action: id, object name, keys, then its text and tip marked for Qt's lupdate
# (context "Actions"; the registry shows them translated). A table, so kept as written.
# fmt: off
ACTIONS: tuple[ActionSpec, ...] = (
    # -- File
    _action("file.new_case", "actionNewCase", ("Ctrl+Alt+N",),
        QT_TRANSLATE_NOOP("Actions", "&New Case…"),
        QT_TRANSLATE_NOOP("Actions", "Create an empty case file")),
    _action("file.open_case", "actionOpenCase", (_STD.Open,),
        QT_TRANSLATE_NOOP("Actions", "&Open Case…"),
        QT_TRANSLATE_NOOP("Actions", "Open a case file")),
    ActionSpec("file.recent"),  # the Open Recent submenu (case_actions)
    _action("file.connect_server", "actionConnectServer", ("Ctrl+Alt+T",),
        QT_TRANSLATE_NOOP("Actions", "Connect to &Team Server…"),
        QT_TRANSLATE_NOOP("Actions", "Open the case a desk shares on a PostgreSQL server")),
    _action("file.export", "actionExport", ("Ctrl+Alt+E",),
        QT_TRANSLATE_NOOP("Actions", "&Export Report…"),
        QT_TRANSLATE_NOOP("Actions", "Export claims with their chains, evidence hashes and review "
                                     "history")),
    _action("file.copy_to_server", "actionCopyToServer", (),
        QT_TRANSLATE_NOOP("Actions", "Copy Case to Team &Server…"),
        QT_TRANSLATE_NOOP("Actions", "Put a copy of this case, evidence files and audit log "
                                     "included, on a team server")),
    _action("file.copy_to_file", "actionCopyToFile", (),
        QT_TRANSLATE_NOOP("Actions", "Copy Case to &File…"),
        QT_TRANSLATE_NOOP("Actions", "Write a copy of this case, evidence files and audit log "
                                     "included, to a case file")),
    _action("file.restore_backup", "actionRestoreBackup", (),
        QT_TRANSLATE_NOOP("Actions", "Restore from &Backup…"),
        QT_TRANSLATE_NOOP("Actions", "Put the case back as it was in one of its backups (the "
                                     "current case is kept)"),
        needs=(Need.NOT_ON_SERVER, Need.WRITABLE)),
    _edit("file.import_source", "actionImportSource", ("Ctrl+I",),
        QT_TRANSLATE_NOOP("Actions", "&Import Source…"),
        QT_TRANSLATE_NOOP("Actions", "Import a PDF, web page or capture, text, e-mail, document "
                                     "or image as a source")),
    _edit("file.import_new_version", "actionImportNewVersion", (),
        QT_TRANSLATE_NOOP("Actions", "Import New &Version…"),
        QT_TRANSLATE_NOOP("Actions", "Import a changed file of the source shown as its new "
                                     "version; its quotes are re-anchored (exact, changed or "
                                     "lost)")),
    _action("file.import_folder", "actionImportFolder", ("Ctrl+Alt+I",),
        QT_TRANSLATE_NOOP("Actions", "Import &Folder…"),
        QT_TRANSLATE_NOOP("Actions", "Import every PDF, saved web page, text and Markdown file "
                                     "under a folder"),
        needs=(Need.CASE_OPEN, Need.WRITABLE)),
    _action("file.ocr_language", "actionOcrLanguage", (),
        QT_TRANSLATE_NOOP("Actions", "OCR &Language for Imports…"),
        QT_TRANSLATE_NOOP("Actions", "The language(s) of screenshots and scanned pages imported "
                                     "next (default: guessed)")),
    _action("file.quit", "actionQuit", (_STD.Quit, "Ctrl+Q"),
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Close the window")),
    # -- Edit
    ActionSpec("edit.undo", keys=(_STD.Undo,), name="actionUndo"),
    ActionSpec("edit.redo", keys=("Ctrl+Shift+Z", _STD.Redo), name="actionRedo"),
    _action("edit.preferences", "actionPreferences", (_STD.Preferences, "Ctrl+,"),
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        QT_TRANSLATE_NOOP("Actions", "Your reviewer name, the window's language and its digits")),
    # -- View
    _action("view.find", "actionFind", (_STD.Find,),
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        QT_TRANSLATE_NOOP("Actions", "Search the claims and quotes of the case")),
    _action("view.clear_filters", "actionClearFilters", ("Ctrl+Shift+F",),
        QT_TRANSLATE_NOOP("Actions", "&Clear Search and Filters"),
        QT_TRANSLATE_NOOP("Actions", "Show every claim again")),
    _action("view.reload", "actionReload", (_STD.Refresh,),
        QT_TRANSLATE_NOOP("Actions", "&Reload"),
        QT_TRANSLATE_NOOP("Actions", "Read the case again (changes made by others appear)")),
    _toggle("view.actors", ("Ctrl+Shift+A",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the Actors view")),
    _toggle("view.sources", ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the Sources view")),
    _toggle("view.trash", ("Ctrl+Shift+T",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the Trash: deleted records, to restore or purge")),
    _toggle("view.source", ("Ctrl+Shift+V",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the source viewer")),
    # -- Claim
    _edit("claim.new", "actionNewClaim", ("Ctrl+N",),
        QT_TRANSLATE_NOOP("Actions", "&New Claim…"),
        QT_TRANSLATE_NOOP("Actions", "Write a new claim")),
    _edit("claim.duplicate", "actionDuplicateClaim", ("Ctrl+D",),
        QT_TRANSLATE_NOOP("Actions", "&Duplicate Claim"),
        QT_TRANSLATE_NOOP("Actions", "Copy the claim with its chain (verdict and statuses start "
                                     "afresh)")),
    _edit("claim.edit", "actionEditClaim", ("F2",),
        QT_TRANSLATE_NOOP("Actions", "&Edit Claim…"),
        QT_TRANSLATE_NOOP("Actions", "Change the wording, tags or notes")),
    _edit("claim.set_verdict", "actionSetVerdict", ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Actions", "Set &Verdict…"),
        QT_TRANSLATE_NOOP("Actions", "Mark the claim's verdict with a rationale")),
    _action("claim.sign_off", "actionSignOff", ("Ctrl+Alt+S",),
        QT_TRANSLATE_NOOP("Actions", "Sign &Off Verdict…"),
        QT_TRANSLATE_NOOP("Actions", "Confirm another reviewer's final verdict (four-eyes)"),
        needs=(Need.VERDICT_AWAITS_OTHER, Need.WRITABLE)),
    _action("claim.send_back", "actionSendBack", ("Ctrl+Alt+B",),
        QT_TRANSLATE_NOOP("Actions", "Send Verdict &Back…"),
        QT_TRANSLATE_NOOP("Actions", "Return another reviewer's final verdict for more work, with "
                                     "the reason"),
        needs=(Need.VERDICT_AWAITS_OTHER, Need.WRITABLE)),
    _edit("claim.delete", "actionDeleteClaim", ("Ctrl+Shift+Delete",),
        QT_TRANSLATE_NOOP("Actions", "De&lete Claim"),
        QT_TRANSLATE_NOOP("Actions", "Move the claim with its chain to the Trash (Undo or View ▸ "
                                     "Trash brings it back)")),
    _edit("claim.add_hop", "actionAddHop", ("Ctrl+H",),
        QT_TRANSLATE_NOOP("Actions", "&Add Hop…"),
        QT_TRANSLATE_NOOP("Actions", "Add a hop at the end of the chain")),
    _edit("claim.insert_hop", "actionInsertHop", ("Ctrl+Shift+I",),
        QT_TRANSLATE_NOOP("Actions", "&Insert Hop After Selected…"),
        QT_TRANSLATE_NOOP("Actions", "Insert a hop between the selected hop and the next")),
    _edit("claim.edit_hop", "actionEditHop", ("Shift+F2",),
        QT_TRANSLATE_NOOP("Actions", "Edit &Hop…"),
        QT_TRANSLATE_NOOP("Actions", "Change the selected hop")),
    _edit("claim.hop_status", "actionSetHopStatus", ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("Actions", "Set Hop &Status…"),
        QT_TRANSLATE_NOOP("Actions", "Mark how faithfully the selected hop relays the claim")),
    _edit("claim.hop_up", "actionMoveHopUp", ("Alt+Up",),
        QT_TRANSLATE_NOOP("Actions", "Move Hop &Up"),
        QT_TRANSLATE_NOOP("Actions", "Towards the origin")),
    _edit("claim.hop_down", "actionMoveHopDown", ("Alt+Down",),
        QT_TRANSLATE_NOOP("Actions", "Move Hop Do&wn"),
        QT_TRANSLATE_NOOP("Actions", "Away from the origin")),
    _edit("claim.remove_hop", "actionRemoveHop", ("Ctrl+Delete",),
        QT_TRANSLATE_NOOP("Actions", "&Remove Hop"),
        QT_TRANSLATE_NOOP("Actions", "Take the selected hop out of the chain")),
    _edit("claim.accept_anchor", "actionAcceptNewAnchor", (),
        QT_TRANSLATE_NOOP("Actions", "Accept New &Anchor"),
        QT_TRANSLATE_NOOP("Actions", "The selected hop's changed quote takes the words of its "
                                     "source's current version")),
    _edit("claim.keep_version", "actionKeepOldVersion", (),
        QT_TRANSLATE_NOOP("Actions", "&Keep Old Version"),
        QT_TRANSLATE_NOOP("Actions", "The selected hop's changed or lost quote stays checked "
                                     "against the version it was anchored in")),
    _action("claim.where_else", "actionWhereElse", ("Ctrl+Alt+W",),
        QT_TRANSLATE_NOOP("Actions", "&Where Else?…"),
        QT_TRANSLATE_NOOP("Actions", "Every source in the case carrying the selected hop's quote "
                                     "(or the claim's wording), by date, the earliest marked")),
    _edit("claim.add_hop_from_original", "actionAddHopFromOriginal", (),
        QT_TRANSLATE_NOOP("Actions", "Add Hop from the &Original"),
        QT_TRANSLATE_NOOP("Actions", "Before the selected hop, quoted from a translation, add the "
                                     "original's hop with its quote located in the original "
                                     "through the sentence alignment")),
    # -- Source
    _edit("source.link_translation", "actionLinkTranslation", (),
        QT_TRANSLATE_NOOP("Actions", "&Link Translation…"),
        QT_TRANSLATE_NOOP("Actions", "Mark the source shown as the translation of another source "
                                     "and align their sentences")),
    _action("source.proposed_links", "actionProposedLinks", (),
        QT_TRANSLATE_NOOP("Actions", "&Proposed Translation Links…"),
        QT_TRANSLATE_NOOP("Actions", "Sources that say they were translated, each with the source "
                                     "in another language that shares its numbers and names: "
                                     "show one, then link or dismiss it")),
    _action("source.aligned_translation", "actionAlignedTranslation", (),
        QT_TRANSLATE_NOOP("Actions", "&Aligned Translation"),
        QT_TRANSLATE_NOOP("Actions", "Split the source viewer: the source shown beside its "
                                     "original (or its translation), sentence against sentence, "
                                     "with drift flags")),
    # -- Tools
    _action("tools.verify", "actionVerifyIntegrity", (),
        QT_TRANSLATE_NOOP("Actions", "&Verify Case Integrity…"),
        QT_TRANSLATE_NOOP("Actions", "Re-check the audit log's hash chain and every evidence "
                                     "file's hash")),
    _action("tools.back_up", "actionBackUpNow", (),
        QT_TRANSLATE_NOOP("Actions", "&Back Up Now"),
        QT_TRANSLATE_NOOP("Actions", "Write a backup of the case file now"),
        needs=(Need.NOT_ON_SERVER,)),
    _action("tools.backup_schedule", "actionBackupSchedule", (),
        QT_TRANSLATE_NOOP("Actions", "Backup &Schedule…"),
        QT_TRANSLATE_NOOP("Actions", "How often the case is backed up on its own, and how many "
                                     "backups are kept"),
        needs=(Need.NOT_ON_SERVER, Need.WRITABLE)),
    _action("tools.four_eyes", "actionFourEyes", (),
        QT_TRANSLATE_NOOP("Actions", "Require &Second Reviewer"),
        QT_TRANSLATE_NOOP("Actions", "Final verdicts of this case wait for a second reviewer's "
                                     "sign-off"),
        needs=(Need.CASE_OPEN, Need.WRITABLE), checkable=True),
    # -- Help
    _action("help.guide", "actionUserGuide", (_STD.HelpContents, "F1"),
        QT_TRANSLATE_NOOP("Actions", "&User Guide"),
        QT_TRANSLATE_NOOP("Actions", "How to record a chain, mark statuses, import sources and "
                                     "export reports"),
        everywhere=True),
    _action("help.about", "actionAbout", (),
        QT_TRANSLATE_NOOP("Actions", "&About Provenance Desk"),
        QT_TRANSLATE_NOOP("Actions", "Version and licence")),
)
# fmt: on

MENU_LAYOUT: dict[str, tuple[str, ...]] = {
    "File": (
        "file.new_case",
        "file.open_case",
        "file.recent",
        "file.connect_server",
        SEPARATOR,
        "file.export",
        "file.copy_to_server",
        "file.copy_to_file",
        "file.restore_backup",
        "file.import_source",
        "file.import_new_version",
        "file.import_folder",
        "file.ocr_language",
        SEPARATOR,
        "file.quit",
    ),
    "Edit": ("edit.undo", "edit.redo", SEPARATOR, "edit.preferences"),
    "View": (
        "view.find",
        "view.clear_filters",
        "view.reload",
        "view.actors",
        "view.sources",
        "view.trash",
        "view.source",
    ),
    "Claim": (
        "claim.new",
        "claim.duplicate",
        "claim.edit",
        "claim.set_verdict",
        "claim.sign_off",
        "claim.send_back",
        "claim.delete",
        SEPARATOR,
        "claim.add_hop",
        "claim.insert_hop",
        "claim.edit_hop",
        "claim.hop_status",
        "claim.hop_up",
        "claim.hop_down",
        "claim.remove_hop",
        "claim.where_else",
        "claim.add_hop_from_original",
        "claim.accept_anchor",
        "claim.keep_version",
    ),
    "Source": (
        "source.link_translation",
        "source.proposed_links",
        "source.aligned_translation",
    ),
    "Tools": ("tools.verify", "tools.back_up", "tools.backup_schedule", "tools.four_eyes"),
    "Help": ("help.guide", SEPARATOR, "help.about"),
}
"""The menus, in the menu bar's order, and what each holds (`SEPARATOR` between groups)."""

MENU_TITLES: dict[str, str] = {
    "File": QT_TRANSLATE_NOOP("Actions", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "View": QT_TRANSLATE_NOOP("Actions", "&View"),
    "Claim": QT_TRANSLATE_NOOP("Actions", "&Claim"),
    "Source": QT_TRANSLATE_NOOP("Actions", "&Source"),
    "Tools": QT_TRANSLATE_NOOP("Actions", "&Tools"),
    "Help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}
"""Each menu's title in the menu bar (translated with `shown`)."""

TOOLBAR_LAYOUT: tuple[str, ...] = (
    "claim.new",
    "claim.edit",
    "claim.set_verdict",
    SEPARATOR,
    "claim.add_hop",
    "claim.insert_hop",
    "claim.hop_status",
    SEPARATOR,
    "edit.undo",
    "edit.redo",
)
