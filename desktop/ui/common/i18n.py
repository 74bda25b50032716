"""The window's language: Qt translators for the app's rooms and Qt's own dialogs.

The app's translations are `resources/i18n/<room>_<lang>.qm`, built from the committed `.ts`
files by `packaging/build_translations.py` (Qt's lupdate/lrelease); Qt's own (`qtbase_ar.qm`, …)
come with PySide6. English needs only the plural forms of `%n` strings.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

LANGUAGES: dict[str, str] = {"en": "English", "ar": "العربية", "tr": "Türkçe", "ru": "Русский"}
"""The window's languages: code → the language's own name."""

RIGHT_TO_LEFT = frozenset({"ar"})

_installed: list[QTranslator] = []


def qm_files(language: str) -> list[Path]:
    """The app's compiled translations for `language` (one per room), sorted by name."""
    folder = Path(str(resources.files("resources").joinpath("i18n")))
    return sorted(folder.glob(f"*_{language}.qm"))


def install(language: str) -> str:
    """Put the window in `language` ("en", "ar", "tr", "ru"; anything else is English):
    replaces translators installed before, sets the default locale and the layout direction.
    Returns the language applied. Widgets built before the call keep their texts."""
    app = QCoreApplication.instance()
    if language not in LANGUAGES:
        language = "en"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_folder)] if language != "en" else []
    candidates += [(qm.stem, str(qm.parent)) for qm in qm_files(language)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    if app is not None and hasattr(app, "setLayoutDirection"):
        direction = (
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)
    return language
