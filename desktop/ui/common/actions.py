"""The window's one registry of actions: each action's words, keys and the conditions it needs
come from `action_catalogue`; a room binds its handler to an id; the registry fills the menus
and the toolbar in the catalogue's order and enables every action whose conditions hold.

    action = window.action_registry.bind("claim.set_verdict", editor.set_verdict)
    window.action_registry.when(Need.CASE_OPEN, lambda: window.case is not None)   # the shell does this

Read-only mode is a condition like any other (`Need.WRITABLE`): no list of actions to disable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from .action_catalogue import (
    ACTIONS,
    MENU_LAYOUT,
    SEPARATOR,
    TOOLBAR_LAYOUT,
    ActionSpec,
    Need,
    shown,
)


class ActionRegistry(QObject):
    def __init__(
        self,
        parent: QWidget,
        specs: Iterable[ActionSpec] = ACTIONS,
        menus: Mapping[str, tuple[str, ...]] = MENU_LAYOUT,
        toolbar: tuple[str, ...] = TOOLBAR_LAYOUT,
    ) -> None:
        super().__init__(parent)
        self._owner = parent
        self._specs = {spec.id: spec for spec in specs}
        self._layout = dict(menus)
        self._toolbar_layout = toolbar
        self._actions: dict[str, QAction] = {}
        self._needs: dict[Need, Callable[[], bool]] = {}
        self._menus: dict[str, QMenu] = {}
        self._menu_of = {
            id_: menu for menu, ids in menus.items() for id_ in ids if id_ != SEPARATOR
        }

    # -- what there is ------------------------------------------------------------------------

    def spec(self, action_id: str) -> ActionSpec:
        return self._specs[action_id]

    def specs(self) -> tuple[ActionSpec, ...]:
        return tuple(self._specs.values())

    def menu_of(self, action_id: str) -> str | None:
        """The menu the catalogue puts the action in (None for a toolbar- or key-only one)."""
        return self._menu_of.get(action_id)

    def action(self, action_id: str) -> QAction:
        """The bound action (KeyError before a room bound it)."""
        return self._actions[action_id]

    def get(self, action_id: str) -> QAction | None:
        return self._actions.get(action_id)

    def bound(self) -> dict[str, QAction]:
        return dict(self._actions)

    # -- rooms bind their handlers ------------------------------------------------------------

    def when(self, need: Need, holds: Callable[[], bool]) -> None:
        """Say how to tell whether `need` holds now (the room that knows it says it once)."""
        self._needs[need] = holds

    def bind(self, action_id: str, slot: Callable[[], Any]) -> QAction:
        """Make the catalogue's action `action_id`, running `slot` when triggered."""
        spec = self._specs[action_id]
        action = QAction(shown(spec.text), self._owner)
        action.setCheckable(spec.checkable)
        action.triggered.connect(lambda _checked=False: slot())
        if spec.tip:
            action.setToolTip(shown(spec.tip))
        return self._add(spec, action)

    def provide(self, action_id: str, action: QAction) -> QAction:
        """Put an action made elsewhere (an undo stack's, a dock's toggle, a submenu) where the
        catalogue says, with the catalogue's keys and status tip."""
        return self._add(self._specs[action_id], action)

    def _add(self, spec: ActionSpec, action: QAction) -> QAction:
        keys: list[QKeySequence] = []
        for key in spec.keys:
            sequence = QKeySequence(key)
            if not sequence.isEmpty() and sequence not in keys:
                keys.append(sequence)
        if keys:
            action.setShortcuts(keys)
        if spec.everywhere:
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if spec.tip:
            action.setStatusTip(shown(spec.tip))
        if spec.name:
            action.setObjectName(spec.name)
        self._actions[spec.id] = action
        menu = self._menu_of.get(spec.id)
        if menu is not None and menu in self._menus:
            self._fill(menu)
        self._enable(spec, action)
        return action

    # -- menus, toolbar, enablement ----------------------------------------------------------

    def build_menus(self, menus: Mapping[str, QMenu]) -> None:
        """Fill `menus` (by plain name) in the catalogue's order; an action bound later takes
        its place when it is bound."""
        self._menus = dict(menus)
        for name in self._layout:
            if name in self._menus:
                self._fill(name)

    def _fill(self, name: str) -> None:
        menu = self._menus[name]
        for old in menu.actions():  # not clear(): it would delete a submenu's action
            menu.removeAction(old)
            if old.isSeparator():
                old.deleteLater()
        pending = False
        for entry in self._layout[name]:
            if entry == SEPARATOR:
                pending = bool(menu.actions())
                continue
            action = self._actions.get(entry)
            if action is None:
                continue
            if pending:
                menu.addSeparator()
                pending = False
            menu.addAction(action)

    def build_toolbar(self, bar: QToolBar) -> None:
        """The toolbar's buttons, in the catalogue's order; each tip names its key."""
        for entry in self._toolbar_layout:
            if entry == SEPARATOR:
                bar.addSeparator()
                continue
            action = self._actions[entry]
            bar.addAction(action)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = action.statusTip() or action.text().replace("&", "")
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)

    def holds(self, needs: Iterable[Need]) -> bool:
        return all(self._needs[need]() for need in needs)

    def _enable(self, spec: ActionSpec, action: QAction) -> None:
        if spec.needs and all(need in self._needs for need in spec.needs):
            action.setEnabled(self.holds(spec.needs))

    def refresh(self, *_args: object) -> None:
        """Enable each action whose conditions hold now, disable the others."""
        for action_id, action in self._actions.items():
            self._enable(self._specs[action_id], action)
