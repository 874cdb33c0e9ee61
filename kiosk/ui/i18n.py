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
    """Holds the installed translator so that switching replaces it instead of stacking."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = "en"

    def switch(self, language: str) -> str:
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.language = language if language in UI_LANGUAGES else "en"
        if self.language != "en":
            translator = QTranslator()
            path = resource_path(f"translations/kiosk_{self.language}.qm")
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._translator = translator
            else:
                log.warning("no translation file for %s", self.language)
        QLocale.setDefault(QLocale(self.language))
        return self.language


def tr_message(message: Message) -> str:
    """Render a core validation message in the current UI language."""
    return message.render(lambda context, text: QCoreApplication.translate(context, text))
