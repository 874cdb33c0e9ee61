"""The look of a signature sheet (reportlab), drawn straight onto the canvas for speed.

Every page carries the campaign title, the full statement, the event, place and dates, the
kiosk id, "page x of y", the count on the page, the organizer's contact, a QR code to the
online petition, and a line saying the signatures were captured digitally.  Text a signer typed
is drawn with ``drawString`` only, so markup characters print literally.
"""

from __future__ import annotations

import math
import zlib
from array import array
from collections.abc import Sequence
from datetime import datetime
from itertools import chain
from operator import itemgetter

from reportlab import rl_config
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from kiosk.campaign import Campaign
from kiosk.core.models import Event, OpenedSignature, Stroke, StrokeValues
from kiosk.export.fonts import BOLD, REGULAR, fit_runs, register_fonts, runs_width, text_runs
from kiosk.export.fonts import visual_order as _visual
from kiosk.export.sheet_labels import labels

# Page streams stay binary (Flate only): ASCII85 would make files 25 % larger and slower.
rl_config.useA85 = 0


class _QuickFlate(pdfdoc.PDFStreamFilterZCompress):
    """Flate at level 4: on sheet pages five times faster than zlib's default (6), for
    files about 8 % larger.  Compressing was a quarter of the time of drawing a page."""

    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 4)


# ReportLab looks the shared filter up by this name each time it writes a stream.
pdfdoc.PDFZCompress = _QuickFlate()

PAGE = landscape(A4)
MARGIN = 28.0
ROW_H = 30.0
HEADER_ROW_H = 16.0
FOOTER_H = 30.0
QR_SIZE = 66.0
GREY = Color(0.45, 0.45, 0.45)
RULE = Color(0.75, 0.75, 0.75)
ROW_MARK = "/PKRow"  # marked-content tag around each signer's row
FURNITURE = "sheetFurniture"
# Columns that hold only ASCII digits and punctuation, sized to fit them ("100000",
# "2026-11-28 20:20").
_ASCII = frozenset({"number", "time"})  # the form holding what every page shares


def _wrap(text: str, width: float, size: float, font: str = REGULAR) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and runs_width(text_runs(_visual(candidate), font), size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _draw_runs(canvas: Canvas, x: float, y: float, runs, size: float) -> None:
    for font, text in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        x += canvas.stringWidth(text, font, size)


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class SheetLayout:
    """Page furniture and row geometry, shared by filled and blank sheets."""

    def __init__(self, campaign: Campaign, language: str, include_email: bool):
        register_fonts()
        self.campaign = campaign
        self.text = labels(language)
        self.title = campaign.text(campaign.title, language)
        self.width, self.height = PAGE
        body_width = self.width - 2 * MARGIN - QR_SIZE - 16
        self.statement = _wrap(campaign.text(campaign.statement, language), body_width, 9.5)
        # Tall enough for the statement, and for the QR code with its caption.
        self.header_h = max(22 + 12 * len(self.statement) + 20, QR_SIZE + 22)
        self.event_y = self.height - MARGIN - 32 - 12 * len(self.statement) - 4
        self.table_top = self.height - MARGIN - self.header_h
        usable = self.table_top - HEADER_ROW_H - (MARGIN + FOOTER_H)
        self.rows_per_page = max(1, int(usable // ROW_H))
        keys = {f.key for f in campaign.fields}
        columns = [("number", 40.0), ("name", 185.0)]  # room for "100000"
        if "postal_code" in keys:
            columns.append(("postal_code", 70.0))
        if "organization" in keys:
            columns.append(("organization", 130.0))
        if include_email and "email" in keys:
            columns.append(("email", 150.0))
        columns.append(("time", 88.0))
        used = sum(w for _, w in columns)
        columns.append(("signature", self.width - 2 * MARGIN - used))
        self.columns = columns
        self._qr_ops: str | None = None  # the QR code's drawing, made once per process

    def _draw_qr(self, canvas: Canvas, x: float, y: float) -> None:
        """The QR code for the online petition, its operators worked out once: reportlab's
        widget and renderer took 16 ms, for each of the 130 files that 100,000 signers'
        sheets are drawn in."""
        if self._qr_ops is None:
            # Only the processes that draw need reportlab's graphics (75 ms to import).
            from reportlab.graphics import renderPDF
            from reportlab.graphics.barcode.qr import QrCodeWidget
            from reportlab.graphics.shapes import Drawing

            widget = QrCodeWidget(self.campaign.petition_url, barLevel="M")
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(
                QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
            )
            drawing.add(widget)
            scratch = new_canvas(None, "")
            start = len(scratch._code)
            renderPDF.draw(drawing, scratch, 0, 0)
            # Rectangles and colours only: the renderer's empty text objects name a font
            # this file would not hold.
            self._qr_ops = " ".join(op for op in scratch._code[start:] if "BT" not in op)
        canvas._code.append(f"q 1 0 0 1 {fp_str(x, y)} cm {self._qr_ops} Q")

    def pages_for(self, count: int) -> int:
        return max(1, math.ceil(count / self.rows_per_page))

    def begin(self, canvas: Canvas) -> None:
        """Draw what every page shares once, as a form each page refers to (the title, the
        statement, the QR code, the column headings, the row lines, the organizer's line):
        drawing and storing it once per file instead of once per page."""
        t, w, h = self.text, self.width, self.height
        top = h - MARGIN
        canvas.beginForm(FURNITURE)
        canvas.setFillColor(black)
        _draw_runs(
            canvas, MARGIN, top - 16, fit_runs(self.title, w - 2 * MARGIN - QR_SIZE, 16, BOLD), 16
        )
        y = top - 32
        for line in self.statement:
            _draw_runs(canvas, MARGIN, y, text_runs(_visual(line)), 9.5)
            y -= 12
        self._draw_qr(canvas, w - MARGIN - QR_SIZE, top - QR_SIZE)
        canvas.setFont(REGULAR, 6.5)
        canvas.setFillColor(GREY)
        canvas.drawRightString(
            w - MARGIN, top - QR_SIZE - 9, f"{t['online']}: {self.campaign.petition_url}"
        )
        # column headings
        x = MARGIN
        y = self.table_top - HEADER_ROW_H + 4
        canvas.setFillColor(black)
        for key, width in self.columns:
            canvas.setFont(BOLD, 8.5)
            canvas.drawString(x + 3, y, t[key])
            x += width
        canvas.setStrokeColor(black)
        canvas.setLineWidth(0.8)
        canvas.line(
            MARGIN, self.table_top - HEADER_ROW_H, w - MARGIN, self.table_top - HEADER_ROW_H
        )
        self._row_lines(canvas)
        canvas.setFillColor(GREY)
        organizer = t["organizer"].format(
            name=self.campaign.organizer_name, contact=self.campaign.organizer_contact
        )
        _draw_runs(canvas, MARGIN, MARGIN + 14, fit_runs(organizer, w / 2, 7.5), 7.5)
        canvas.endForm()

    def page_furniture(
        self,
        canvas: Canvas,
        kiosk_id: str,
        event: Event | None,
        page: int,
        pages: int,
        on_page: int | None,
    ) -> None:
        """The shared form, then what differs from page to page: the event, the page number
        and the count on it."""
        t, w = self.text, self.width
        canvas.doForm(FURNITURE)
        canvas.setFillColor(black)
        if event is None:
            event_line = (
                f"{t['event']}: ____________________   {t['place']}: "
                f"____________________   {t['kiosk']}: {kiosk_id}"
            )
        else:
            when = _local(event.starts_at) + (
                f" – {_local(event.ends_at)}" if event.ends_at else ""
            )
            event_line = (
                f"{t['event']}: {event.name}   ·   {t['place']}: {event.place or '—'}"
                f"   ·   {when}   ·   {t['kiosk']}: {kiosk_id}"
            )
        _draw_runs(
            canvas,
            MARGIN,
            self.event_y,
            fit_runs(event_line, w - 2 * MARGIN - QR_SIZE - 16, 9.5, BOLD),
            9.5,
        )
        canvas.setFillColor(GREY)
        _draw_runs(
            canvas,
            MARGIN,
            MARGIN + 4,
            fit_runs(t["digital"] if event is not None else t["paper"], w * 0.7, 7.5),
            7.5,
        )
        right = t["page"].format(page=page, pages=pages)
        if on_page is not None:
            right = t["on_page"].format(count=on_page) + "   ·   " + right
        canvas.setFont(BOLD, 8.5)
        canvas.setFillColor(black)
        canvas.drawRightString(w - MARGIN, MARGIN + 14, right)
        # What the rows draw with (their text is black too).
        canvas.setStrokeColor(black)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)

    def _row_lines(self, canvas: Canvas) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        y = self.table_top - HEADER_ROW_H
        for _ in range(self.rows_per_page):
            y -= ROW_H
            canvas.line(MARGIN, y, self.width - MARGIN, y)
        x = MARGIN
        for _, width in self.columns[:-1]:
            x += width
            canvas.line(x, self.table_top - HEADER_ROW_H, x, y)

    def draw_row(self, canvas: Canvas, index: int, number: int, item: OpenedSignature) -> None:
        record = item.record
        fields = record.fields
        base = self.table_top - HEADER_ROW_H - (index + 1) * ROW_H
        text_y = base + ROW_H / 2 - 3.5
        name = " ".join(p for p in (fields.get("first_name"), fields.get("last_name")) if p)
        values = {
            "number": str(number),
            "name": name,
            "postal_code": fields.get("postal_code", ""),
            "organization": fields.get("organization", ""),
            "email": fields.get("email", ""),
            "time": _local(record.signed_at),
        }
        x = MARGIN
        # A marked-content tag per signer row: verify() counts them on every page it reads back.
        canvas.addLiteral(ROW_MARK + " BMC")
        canvas.setFillColor(black)
        # One text object for the whole row: a text object per cell costs more than the text.
        text = canvas.beginText()
        for key, width in self.columns:
            if key == "signature":
                draw_strokes(canvas, item.strokes_to_draw(), x + 4, base + 3, width - 8, ROW_H - 6)
            elif key in _ASCII:  # no font fallback, no shaping and no fitting to work out
                text.setTextOrigin(x + 3, text_y)
                text.setFont(REGULAR, 8.5)
                text.textOut(values[key])
            elif values[key]:
                size = 10 if key == "name" else 8.5
                text.setTextOrigin(x + 3, text_y)
                for font, run in fit_runs(values[key], width - 6, size):
                    text.setFont(font, size)
                    text.textOut(run)
            x += width
        canvas.drawText(text)
        canvas.addLiteral("EMC")


_X, _Y, _PRESSURE, _XY = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(0, 1)

# A stroke as drawing needs it: its xs, ys and pressures, and x, y, x, y, … for the path.
_Parts = tuple[Sequence[float], Sequence[float], Sequence[float], list[float] | array]


def _parts(stroke: Stroke | StrokeValues) -> _Parts:
    if isinstance(stroke, array):  # values, as sheets open them: sliced in C
        xy = array("d", stroke)
        del xy[2::3]
        return stroke[0::3], stroke[1::3], stroke[2::3], xy
    xs, ys, pressures = list(map(_X, stroke)), list(map(_Y, stroke)), list(map(_PRESSURE, stroke))
    return xs, ys, pressures, list(chain.from_iterable(map(_XY, stroke)))


def draw_strokes(
    canvas: Canvas,
    strokes: list[Stroke] | list[StrokeValues],
    x: float,
    y: float,
    w: float,
    h: float,
) -> None:
    """Scale the drawing uniformly into the box, centred; y in strokes points down.  The
    strokes come as points, or as each stroke's values (OpenedSignature.drawing): the same
    operators either way.

    The scaling is one transformation matrix, so the pad's own coordinates (0-1, four
    decimals) are written as they are: no arithmetic per point, and every loop runs in C
    (this was half the time of drawing a row)."""
    parts = [_parts(stroke) for stroke in strokes if len(stroke)]
    if not parts:
        return
    left, right = min(min(p[0]) for p in parts), max(max(p[0]) for p in parts)
    top, bottom = min(min(p[1]) for p in parts), max(max(p[1]) for p in parts)
    span_x, span_y = max(right - left, 1e-3), max(bottom - top, 1e-3)
    scale = min(w / span_x, h / span_y)
    off_x = x + (w - span_x * scale) / 2 - left * scale
    off_y = y + (h + span_y * scale) / 2 + top * scale
    code = [f"q {fp_str(scale, 0, 0, -scale, off_x, off_y)} cm"]
    for _xs, _ys, pressures, xy in parts:
        width = (0.5 + 0.9 * sum(pressures) / len(pressures)) / scale
        if len(pressures) == 1:  # a dot: a short line, drawn round by the line cap
            xy.extend((xy[0] + 0.3 / scale, xy[1]))
        numbers = iter(fp_str(*xy).split(" "))
        pairs = list(map(" ".join, zip(numbers, numbers, strict=False)))
        code.append(f"{fp_str(width)} w {pairs[0]} m {' l '.join(pairs[1:])} l S")
    code.append("Q")
    # Raw path operators: ReportLab's path object costs several times more per point.
    canvas._code.append(" ".join(code))


def new_canvas(target, title: str) -> Canvas:
    canvas = Canvas(target, pagesize=PAGE, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("Petition Kiosk")
    canvas.setCreator("Petition Kiosk")
    return canvas
