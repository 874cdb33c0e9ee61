"""What the fork server loads before it forks sheet and opening workers (see worker_pool):
the drawing code and every font, the CJK ones included, parsed once for all workers
instead of once in each."""

import reportlab.graphics.barcode.qr
import reportlab.graphics.renderPDF  # noqa: F401

from kiosk.export import opening, sheet_worker  # noqa: F401 - loaded for the workers
from kiosk.export.fonts import load_all_fonts

load_all_fonts()
