"""What the fork server loads before it forks sheet and opening workers (see worker_pool):
the drawing code and every font, the CJK ones included, parsed once for all workers
instead of once in each."""

import gc
import io

import reportlab.graphics.barcode.qr
import reportlab.graphics.renderPDF  # noqa: F401

from kiosk.campaign import load_campaign
from kiosk.export import opening, sheet_worker  # noqa: F401 - loaded for the workers
from kiosk.export.fonts import fit_runs, load_all_fonts
from kiosk.export.pdf_layout import SheetLayout, new_canvas
from kiosk.resources import default_campaign_dir

# Names in the scripts the sheets draw: shaping and bidi compile their patterns on first use.
_SAMPLES = ("Ada Lovelace", "Ярослава Шевченко", "محمد حداد", "שרה כהן", "さくら 佐藤", "지수 김")


def _warm_up() -> None:
    """Draw one page to memory, so that every worker starts with reportlab's caches, the
    patterns and the QR code's drawing code ready (0.1 s each worker paid on its first
    chunk)."""
    layout = SheetLayout(load_campaign(default_campaign_dir()), "en", True)
    canvas = new_canvas(io.BytesIO(), layout.title)
    layout.begin(canvas)
    layout.page_furniture(canvas, "kiosk", None, 1, 1, None)
    text = canvas.beginText(40, 40)
    for sample in _SAMPLES:
        for font, run in fit_runs(sample, 100, 10):
            text.setFont(font, 10)
            text.textOut(run)
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()


load_all_fonts()
_warm_up()
# What is loaded now is shared with every forked worker: kept out of the garbage collector's
# sweeps, whose writes to each object would copy the pages holding it into every worker.
gc.freeze()
