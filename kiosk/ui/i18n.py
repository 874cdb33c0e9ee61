"""Qt translations: the UI follows the language picked on the welcome screen, live."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.core.i18n import Message
from kiosk.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "uk": "Українська", "es": "Español"}
UI_LANGUAGES = tuple(LANGUAGE_NAMES)


class LanguageSwitcher:
    """Switching replaces the application's translator instead of stacking another one.
    The translator is the application's, not a window's: shared by every switcher."""

    _translator: QTranslator | None = None

    def __init__(self) -> None:
        self.language = "en"

    def switch(self, language: str) -> str:
        app = QCoreApplication.instance()
        if LanguageSwitcher._translator is not None:
            app.removeTranslator(LanguageSwitcher._translator)
            LanguageSwitcher._translator = None
        self.language = language if language in UI_LANGUAGES else "en"
        # English too: its file holds only the plural forms ("1 second", "2 seconds").
        translator = QTranslator()
        path = resource_path(f"translations/kiosk_{self.language}.qm")
        if translator.load(str(path)):
            app.installTranslator(translator)
            LanguageSwitcher._translator = translator
        else:
            log.warning("no translation file for %s", self.language)
        QLocale.setDefault(QLocale(self.language))
        return self.language


def tr_message(message: Message) -> str:
    """Render a core validation message in the current UI language."""
    return message.render(lambda context, text: QCoreApplication.translate(context, text))
