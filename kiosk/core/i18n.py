"""Translatable messages without Qt.

Core code marks user-facing text with :func:`QT_TRANSLATE_NOOP` so that ``pyside6-lupdate``
extracts it into the Qt translation files; the UI later passes the English source text and the
context to ``QCoreApplication.translate``.  The command line prints the English text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A user-facing message: English source text, its translation context, and parameters."""

    text: str
    context: str = "validation"
    params: dict[str, object] = field(default_factory=dict)

    def render(self, translate=None) -> str:
        """Format the message, translating it first when a ``translate(context, text)`` is given."""
        template = translate(self.context, self.text) if translate else self.text
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to English.
            return self.text.format(**self.params)
