"""Help menu: the User Guide (F1), shown in the app, and About."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout

from desktop import version
from desktop.version import APP_NAME

from .main_window import MainWindow

ABOUT = QT_TRANSLATE_NOOP(
    "About",
    "<h3>{name} {version}</h3>"
    "<p>Record each claim with the chain of people and outlets that carried it, check every "
    "link against the sources, mark verdicts, and export provenance reports.</p>"
    "<p>Every change is written to the case's audit log, hash-chained so that tampering shows."
    "</p><p>Licensed under the GNU GPL, version 3 or later.</p>",
)
GUIDE = ("help", "user-guide.html")
"""The user guide's page, under the `resources` package; `user-guide.<lang>.html` beside it is
the guide in that language."""


def guide_html(language: str | None = None) -> str:
    """The user guide as HTML in `language` (default: the window's, from the default QLocale
    that `common.i18n.install` sets), falling back to English."""
    language = language or QLocale().name().split("_")[0]
    folder = resources.files("resources").joinpath(GUIDE[0])
    translated = folder.joinpath(GUIDE[1].replace(".html", f".{language}.html"))
    page = translated if language != "en" and translated.is_file() else folder.joinpath(GUIDE[1])
    return page.read_text("utf-8")


class UserGuide(QDialog):
    """The user guide in a window of its own (not modal: the reviewer reads and works)."""

    def __init__(self, parent: MainWindow) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("{app} User Guide").format(app=APP_NAME))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)


def add_help_menu(window: MainWindow) -> None:
    guide: list[UserGuide] = []

    def show_guide() -> None:
        if not guide:
            guide.append(UserGuide(window))
        dialog = guide[0]
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def about() -> None:
        about_text = QCoreApplication.translate("About", ABOUT)
        text = about_text.format(name=APP_NAME, version=version.__version__)
        title = QCoreApplication.translate("About", "About {app}").format(app=APP_NAME)
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=window)
        box.setObjectName("aboutBox")
        box.open()

    window.action_registry.bind("help.guide", show_guide)
    window.action_registry.bind("help.about", about)
