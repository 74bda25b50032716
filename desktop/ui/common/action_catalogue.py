"""Every action of the window's menus and toolbar: its words, keys, tip and the conditions it
needs, and where it sits. The one place to add an action (then bind it in its room) and the
one place its words are translated."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from desktop.version import APP_NAME

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

ACTIONS: tuple[ActionSpec, ...] = (
    # -- File
    ActionSpec(
        "file.new_case",
        "&New Case…",
        "Create an empty case file",
        ("Ctrl+Alt+N",),
        name="actionNewCase",
    ),
    ActionSpec(
        "file.open_case", "&Open Case…", "Open a case file", (_STD.Open,), name="actionOpenCase"
    ),
    ActionSpec("file.recent"),  # the Open Recent submenu (case_actions)
    ActionSpec(
        "file.connect_server",
        "Connect to &Team Server…",
        "Open the case a desk shares on a PostgreSQL server",
        ("Ctrl+Alt+T",),
        name="actionConnectServer",
    ),
    ActionSpec(
        "file.export",
        "&Export Report…",
        "Export claims with their chains, evidence hashes and review history",
        ("Ctrl+Alt+E",),
        name="actionExport",
    ),
    ActionSpec(
        "file.copy_to_server",
        "Copy Case to Team &Server…",
        "Put a copy of this case, evidence files and audit log included, on a team server",
        name="actionCopyToServer",
    ),
    ActionSpec(
        "file.copy_to_file",
        "Copy Case to &File…",
        "Write a copy of this case, evidence files and audit log included, to a case file",
        name="actionCopyToFile",
    ),
    ActionSpec(
        "file.restore_backup",
        "Restore from &Backup…",
        "Put the case back as it was in one of its backups (the current case is kept)",
        needs=(Need.NOT_ON_SERVER, Need.WRITABLE),
        name="actionRestoreBackup",
    ),
    ActionSpec(
        "file.import_source",
        "&Import Source…",
        "Import a PDF, web page or capture, text, e-mail, document or image as a source",
        ("Ctrl+I",),
        _EDIT,
        name="actionImportSource",
    ),
    ActionSpec(
        "file.import_new_version",
        "Import New &Version…",
        "Import a changed file of the source shown as its new version; its quotes are "
        "re-anchored (exact, changed or lost)",
        (),
        _EDIT,
        name="actionImportNewVersion",
    ),
    ActionSpec(
        "file.import_folder",
        "Import &Folder…",
        "Import every PDF, saved web page, text and Markdown file under a folder",
        ("Ctrl+Alt+I",),
        (Need.CASE_OPEN, Need.WRITABLE),
        name="actionImportFolder",
    ),
    ActionSpec(
        "file.ocr_language",
        "OCR &Language for Imports…",
        "The language(s) of screenshots and scanned pages imported next (default: guessed)",
        name="actionOcrLanguage",
    ),
    ActionSpec("file.quit", "&Quit", "Close the window", (_STD.Quit, "Ctrl+Q"), name="actionQuit"),
    # -- Edit
    ActionSpec("edit.undo", keys=(_STD.Undo,), name="actionUndo"),
    ActionSpec("edit.redo", keys=("Ctrl+Shift+Z", _STD.Redo), name="actionRedo"),
    ActionSpec(
        "edit.preferences",
        "&Preferences…",
        "Your reviewer name",
        (_STD.Preferences, "Ctrl+,"),
        name="actionPreferences",
    ),
    # -- View
    ActionSpec(
        "view.find",
        "&Find…",
        "Search the claims and quotes of the case",
        (_STD.Find,),
        name="actionFind",
    ),
    ActionSpec(
        "view.clear_filters",
        "&Clear Search and Filters",
        "Show every claim again",
        ("Ctrl+Shift+F",),
        name="actionClearFilters",
    ),
    ActionSpec(
        "view.reload",
        "&Reload",
        "Read the case again (changes made by others appear)",
        (_STD.Refresh,),
        name="actionReload",
    ),
    ActionSpec("view.actors", tip="Show or hide the Actors view", keys=("Ctrl+Shift+A",)),
    ActionSpec("view.sources", tip="Show or hide the Sources view", keys=("Ctrl+Shift+S",)),
    ActionSpec(
        "view.trash",
        tip="Show or hide the Trash: deleted records, to restore or purge",
        keys=("Ctrl+Shift+T",),
    ),
    ActionSpec("view.source", tip="Show or hide the source viewer", keys=("Ctrl+Shift+V",)),
    # -- Claim
    ActionSpec(
        "claim.new", "&New Claim…", "Write a new claim", ("Ctrl+N",), _EDIT, name="actionNewClaim"
    ),
    ActionSpec(
        "claim.duplicate",
        "&Duplicate Claim",
        "Copy the claim with its chain (verdict and statuses start afresh)",
        ("Ctrl+D",),
        _EDIT,
        name="actionDuplicateClaim",
    ),
    ActionSpec(
        "claim.edit",
        "&Edit Claim…",
        "Change the wording, tags or notes",
        ("F2",),
        _EDIT,
        name="actionEditClaim",
    ),
    ActionSpec(
        "claim.set_verdict",
        "Set &Verdict…",
        "Mark the claim's verdict with a rationale",
        ("Ctrl+E",),
        _EDIT,
        name="actionSetVerdict",
    ),
    ActionSpec(
        "claim.sign_off",
        "Sign &Off Verdict…",
        "Confirm another reviewer's final verdict (four-eyes)",
        ("Ctrl+Alt+S",),
        (Need.VERDICT_AWAITS_OTHER, Need.WRITABLE),
        name="actionSignOff",
    ),
    ActionSpec(
        "claim.send_back",
        "Send Verdict &Back…",
        "Return another reviewer's final verdict for more work, with the reason",
        ("Ctrl+Alt+B",),
        (Need.VERDICT_AWAITS_OTHER, Need.WRITABLE),
        name="actionSendBack",
    ),
    ActionSpec(
        "claim.delete",
        "De&lete Claim",
        "Move the claim with its chain to the Trash (Undo or View ▸ Trash brings it back)",
        ("Ctrl+Shift+Delete",),
        _EDIT,
        name="actionDeleteClaim",
    ),
    ActionSpec(
        "claim.add_hop",
        "&Add Hop…",
        "Add a hop at the end of the chain",
        ("Ctrl+H",),
        _EDIT,
        name="actionAddHop",
    ),
    ActionSpec(
        "claim.insert_hop",
        "&Insert Hop After Selected…",
        "Insert a hop between the selected hop and the next",
        ("Ctrl+Shift+I",),
        _EDIT,
        name="actionInsertHop",
    ),
    ActionSpec(
        "claim.edit_hop",
        "Edit &Hop…",
        "Change the selected hop",
        ("Shift+F2",),
        _EDIT,
        name="actionEditHop",
    ),
    ActionSpec(
        "claim.hop_status",
        "Set Hop &Status…",
        "Mark how faithfully the selected hop relays the claim",
        ("Ctrl+Shift+E",),
        _EDIT,
        name="actionSetHopStatus",
    ),
    ActionSpec(
        "claim.hop_up",
        "Move Hop &Up",
        "Towards the origin",
        ("Alt+Up",),
        _EDIT,
        name="actionMoveHopUp",
    ),
    ActionSpec(
        "claim.hop_down",
        "Move Hop Do&wn",
        "Away from the origin",
        ("Alt+Down",),
        _EDIT,
        name="actionMoveHopDown",
    ),
    ActionSpec(
        "claim.remove_hop",
        "&Remove Hop",
        "Take the selected hop out of the chain",
        ("Ctrl+Delete",),
        _EDIT,
        name="actionRemoveHop",
    ),
    ActionSpec(
        "claim.accept_anchor",
        "Accept New &Anchor",
        "The selected hop's changed quote takes the words of its source's current version",
        (),
        _EDIT,
        name="actionAcceptNewAnchor",
    ),
    ActionSpec(
        "claim.keep_version",
        "&Keep Old Version",
        "The selected hop's changed or lost quote stays checked against the version it was "
        "anchored in",
        (),
        _EDIT,
        name="actionKeepOldVersion",
    ),
    ActionSpec(
        "claim.where_else",
        "&Where Else?…",
        "Every source in the case carrying the selected hop's quote (or the claim's wording), "
        "by date, the earliest marked",
        ("Ctrl+Alt+W",),
        name="actionWhereElse",
    ),
    ActionSpec(
        "claim.add_hop_from_original",
        "Add Hop from the &Original",
        "Before the selected hop, quoted from a translation, add the original's hop with its "
        "quote located in the original through the sentence alignment",
        (),
        _EDIT,
        name="actionAddHopFromOriginal",
    ),
    # -- Source
    ActionSpec(
        "source.link_translation",
        "&Link Translation…",
        "Mark the source shown as the translation of another source and align their sentences",
        (),
        _EDIT,
        name="actionLinkTranslation",
    ),
    ActionSpec(
        "source.aligned_translation",
        "&Aligned Translation",
        "Split the source viewer: the source shown beside its original (or its translation), "
        "sentence against sentence, with drift flags",
        (),
        name="actionAlignedTranslation",
    ),
    # -- Tools
    ActionSpec(
        "tools.verify",
        "&Verify Case Integrity…",
        "Re-check the audit log's hash chain and every evidence file's hash",
        name="actionVerifyIntegrity",
    ),
    ActionSpec(
        "tools.back_up",
        "&Back Up Now",
        "Write a backup of the case file now",
        needs=(Need.NOT_ON_SERVER,),
        name="actionBackUpNow",
    ),
    ActionSpec(
        "tools.backup_schedule",
        "Backup &Schedule…",
        "How often the case is backed up on its own, and how many backups are kept",
        needs=(Need.NOT_ON_SERVER, Need.WRITABLE),
        name="actionBackupSchedule",
    ),
    ActionSpec(
        "tools.four_eyes",
        "Require &Second Reviewer",
        "Final verdicts of this case wait for a second reviewer's sign-off",
        needs=(Need.CASE_OPEN, Need.WRITABLE),
        name="actionFourEyes",
        checkable=True,
    ),
    # -- Help
    ActionSpec(
        "help.guide",
        "&User Guide",
        "How to record a chain, mark statuses, import sources and export reports",
        (_STD.HelpContents, "F1"),
        name="actionUserGuide",
        everywhere=True,
    ),
    ActionSpec("help.about", f"&About {APP_NAME}", "Version and licence", name="actionAbout"),
)

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
    "Source": ("source.link_translation", "source.aligned_translation"),
    "Tools": ("tools.verify", "tools.back_up", "tools.backup_schedule", "tools.four_eyes"),
    "Help": ("help.guide", SEPARATOR, "help.about"),
}
"""The menus, in the menu bar's order, and what each holds (`SEPARATOR` between groups)."""

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
