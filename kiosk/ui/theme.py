"""The kiosk's look: large type readable from two metres, 48 px+ touch targets, and a
high-contrast variant."""

from __future__ import annotations

from functools import cache
from string import Template

from kiosk.resources import resource_path

NORMAL = {
    "bg": "#f4f1ea",
    "panel": "#ffffff",
    "text": "#1b1b1b",
    "muted": "#4a4a4a",
    "accent": "#b3261e",
    "accent_text": "#ffffff",
    "border": "#c9c2b5",
    "error": "#a0000a",
    "focus": "#1a56db",
}
HIGH_CONTRAST = {
    "bg": "#000000",
    "panel": "#000000",
    "text": "#ffffff",
    "muted": "#ffffff",
    "accent": "#ffd400",
    "accent_text": "#000000",
    "border": "#ffffff",
    "error": "#ff8080",
    "focus": "#00e5ff",
}


UI_FONTS = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansArabic-Regular.ttf",
)


@cache
def load_fonts() -> str:
    """Use the shipped Noto Sans, so every kiosk looks like the screenshots whatever fonts its
    laptop has (CJK and Korean still fall back to the system's fonts)."""
    from PySide6.QtGui import QFontDatabase

    families = []
    for name in UI_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(f"fonts/{name}")))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else ""


def stylesheet(high_contrast: bool = False, scale: float = 1.0) -> str:
    template = Template(resource_path("theme/kiosk.qss").read_text(encoding="utf-8"))
    colours = HIGH_CONTRAST if high_contrast else NORMAL
    sizes = {f"s{n}": str(round(n * scale)) for n in (16, 18, 20, 22, 24, 28, 32, 40, 48, 56)}
    return template.substitute(colours, **sizes)
