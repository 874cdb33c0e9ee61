"""The kiosk's look: large type readable from two metres, 48 px+ touch targets, and a
high-contrast variant."""

from __future__ import annotations

import re
from functools import cache
from string import Template

from kiosk.resources import resource_path

# Contrast (WCAG): text 7:1 or more in high contrast (4.5:1 in the normal theme), every
# control's outline 3:1 or more against what surrounds it. tests/ui/test_contrast.py measures
# the rendered pixels.
NORMAL = {
    "bg": "#f4f1ea",
    "panel": "#ffffff",
    "text": "#1b1b1b",
    "muted": "#4a4a4a",
    "accent": "#b3261e",
    "accent_on_bg": "#b3261e",
    "accent_text": "#ffffff",
    "border": "#7a7267",
    "error": "#a0000a",
    "focus": "#1a56db",
    "link": "#1a56db",
    "ok_bg": "#dff3e4",
    "ok_text": "#0b3d1a",
    "warn_bg": "#fff1c2",
    "warn_text": "#3d2e00",
    "error_bg": "#fde2e1",
    "error_text": "#6b0006",
}
HIGH_CONTRAST = {
    "bg": "#000000",
    "panel": "#000000",
    "text": "#ffffff",
    "muted": "#ffffff",
    "accent": "#ffd400",
    "accent_on_bg": "#ffd400",
    "accent_text": "#000000",
    "border": "#ffffff",
    "error": "#ff9a9a",
    "focus": "#00e5ff",
    "link": "#ffd400",
    "ok_bg": "#000000",
    "ok_text": "#7dff9a",
    "warn_bg": "#000000",
    "warn_text": "#ffd400",
    "error_bg": "#000000",
    "error_text": "#ff9a9a",
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


def screen_scale(width: int, height: int) -> float:
    """How much type and padding grow or shrink from the design size (1920x1080 landscape):
    by the shorter of the two fits, so a portrait tablet is not given landscape type."""
    return min(max(min(height / 1000, width / 1100), 0.7), 1.5)


def stylesheet(high_contrast: bool = False, scale: float = 1.0) -> str:
    text = resource_path("theme/kiosk.qss").read_text(encoding="utf-8")
    text = re.sub(r"\$\{s(\d+)\}", lambda m: str(round(int(m[1]) * scale)), text)
    return Template(text).substitute(HIGH_CONTRAST if high_contrast else NORMAL)
