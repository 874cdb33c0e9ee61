"""What each export format is called on screen (translated in the "FormatLabels" context)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FORMAT_LABELS = {
    "pdf": QT_TRANSLATE_NOOP("FormatLabels", "Printable signature sheets (PDF)"),
    "action-network": QT_TRANSLATE_NOOP("FormatLabels", "Action Network CSV"),
    "action-network-do-not-subscribe": QT_TRANSLATE_NOOP(
        "FormatLabels", "Action Network CSV (signed, not subscribed)"
    ),
    "nationbuilder": QT_TRANSLATE_NOOP("FormatLabels", "NationBuilder CSV"),
    "mailchimp": QT_TRANSLATE_NOOP("FormatLabels", "Mailchimp CSV (opted-in only)"),
    "postcodes": QT_TRANSLATE_NOOP("FormatLabels", "Signatures per postcode (CSV)"),
    "csv": QT_TRANSLATE_NOOP("FormatLabels", "Spreadsheet CSV"),
    "bundle": QT_TRANSLATE_NOOP("FormatLabels", "Sealed bundle (safe to e-mail)"),
}


def format_label(kind: str) -> str:
    text = FORMAT_LABELS.get(kind, kind)
    return QCoreApplication.translate("FormatLabels", text)
