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


def failure_text(reason: str, folder: str, message: str) -> str:
    """Why an export failed, in the volunteer's language where the cause is a common one."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("ExportFailure", text).replace("%1", folder)

    texts = {
        "missing": QT_TRANSLATE_NOOP(
            "ExportFailure", "The folder %1 does not exist: is the USB stick plugged in?"
        ),
        "full": QT_TRANSLATE_NOOP(
            "ExportFailure",
            "%1 is full. Nothing was left on it: free some space or use another stick.",
        ),
        "too-large": QT_TRANSLATE_NOOP(
            "ExportFailure",
            "A file is too large for %1 (FAT32 stops at 4 GiB). Nothing was left on it: use "
            "a stick formatted as exFAT or NTFS.",
        ),
        "read-only": QT_TRANSLATE_NOOP(
            "ExportFailure", "%1 cannot be written to (read-only, or no permission)."
        ),
        "gone": QT_TRANSLATE_NOOP(
            "ExportFailure",
            "%1 went away (was the stick pulled out?). Nothing was left half-written: plug "
            "it in and export again.",
        ),
        "passphrase": QT_TRANSLATE_NOOP(
            "ExportFailure", "That is not the organizer passphrase. Nothing was written."
        ),
        "unexpected": QT_TRANSLATE_NOOP(
            "ExportFailure", "The export failed unexpectedly; nothing was left on the drive."
        ),
    }
    if reason == "key" and "passphrase" in message:
        reason = "passphrase"
    if reason in texts:
        return tr(texts[reason])
    return message or tr(texts["unexpected"])
