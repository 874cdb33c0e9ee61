"""Fonts for printed sheets, and splitting a name into runs each font can draw.

reportlab draws glyphs one font at a time and does no shaping, so right-to-left text is
shaped (arabic-reshaper) and put in visual order (python-bidi) first, then every run of
characters goes to the first shipped font that has them all.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.resources import resource_path

REGULAR = "KioskSans"
BOLD = "KioskSans-Bold"
# Fallback order: the first font with a glyph for a character draws it.
FALLBACK = [
    (REGULAR, "NotoSans-Regular.ttf"),
    ("KioskSansHebrew", "NotoSansHebrew-Regular.ttf"),
    ("KioskSansArabic", "NotoSansArabic-Regular.ttf"),
    ("KioskSansCJK", "DroidSansFallbackFull.ttf"),
    ("KioskSansKorean", "NanumGothic.ttf"),  # the Hangul syllables Droid lacks
]
_RTL_CLASSES = {"R", "AL"}
# Blocks holding every right-to-left letter: a quick test before the exact per-character one.
_MAYBE_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


# The CJK and Korean fonts are 4-5 MB each, and parsing them cost 0.18 s and tens of MB in
# every drawing process: they load only when a name needs them.
_LAZY = {"KioskSansCJK", "KioskSansKorean"}
_FILES = {name: filename for name, filename in [*FALLBACK, (BOLD, "NotoSans-Bold.ttf")]}


class _Coverage(dict[str, frozenset[int]]):
    """Each font's character set, registering a font with reportlab on first use."""

    def __missing__(self, name: str) -> frozenset[int]:
        font = TTFont(name, str(resource_path(f"fonts/{_FILES[name]}")))
        pdfmetrics.registerFont(font)
        self[name] = frozenset(font.face.charToGlyph)
        return self[name]


@cache
def register_fonts() -> dict[str, frozenset[int]]:
    """Register the shipped fonts with reportlab once; returns each font's character set
    (the large CJK fonts are registered when first looked up)."""
    coverage = _Coverage()
    for name in _FILES:
        if name not in _LAZY:
            coverage[name]
    return coverage


def load_all_fonts() -> None:
    """Register the large fonts too: for the sheet workers' fork server, which parses them
    once for every worker it forks."""
    coverage = register_fonts()
    for name in _LAZY:
        coverage[name]  # registers it


def visual_order(text: str) -> str:
    """Shape Arabic and reorder right-to-left text for drawing left to right."""
    if not _MAYBE_RTL.search(text) or not any(
        unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text
    ):
        return text
    return get_display(arabic_reshaper.reshape(text))


def _font_for(ch: str, preferred: str, coverage: dict[str, frozenset[int]]) -> str:
    code = ord(ch)
    if code in coverage[preferred] or ch.isspace():
        return preferred
    for name, _ in FALLBACK:
        if code in coverage[name]:
            return name
    return preferred  # nothing has it: the preferred font's missing-glyph mark


def text_runs(text: str, preferred: str = REGULAR) -> list[tuple[str, str]]:
    """Split ``text`` (already in visual order) into (font name, text) runs."""
    coverage = register_fonts()
    if coverage[preferred].issuperset(map(ord, text)):  # the common case, checked in C
        return [(preferred, text)] if text else []
    runs: list[tuple[str, str]] = []
    for ch in text:
        font = _font_for(ch, preferred, coverage)
        if runs and (runs[-1][0] == font or ch.isspace()):
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def runs_width(runs: list[tuple[str, str]], size: float) -> float:
    return sum(pdfmetrics.stringWidth(text, font, size) for font, text in runs)


def fit_runs(text: str, width: float, size: float, preferred: str = REGULAR):
    """Runs for ``text`` in visual order, cut with an ellipsis to fit ``width``."""
    runs = text_runs(visual_order(text), preferred)
    if runs_width(runs, size) <= width:
        return runs
    chars = visual_order(text)
    while chars and runs_width(text_runs(chars + "…", preferred), size) > width:
        chars = chars[:-1]
    return text_runs(chars + "…", preferred)
